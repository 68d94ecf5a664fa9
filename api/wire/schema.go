package wire

import _ "embed"

// WebsocketSchema is the JSON Schema (draft 2020-12) of every websocket
// message of the gateway (schema/ws.schema.json), which the gateway serves
// at GET /v1/ws.schema.json. Its $defs name one schema per message kind:
// client_message and request_<method> for requests, server_message,
// response_<method>, error_response and event_<channel>_<type> for what
// the server sends (a method's dots written as underscores). The api and
// api/client tests validate every frame their gateways and clients
// exchange against it, so it cannot drift from the protocol unnoticed.
//
//go:embed schema/ws.schema.json
var WebsocketSchema []byte
