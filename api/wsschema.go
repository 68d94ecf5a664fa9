package api

import (
	"net/http"

	"github.com/hourglass-exchange/hourglass/api/wire"
)

// restWSSchema serves the websocket protocol's JSON Schema
// (wire.WebsocketSchema): GET /v1/ws.schema.json.
func (s *Server) restWSSchema(w http.ResponseWriter, r *http.Request) *Error {
	w.Header().Set("Content-Type", "application/json")
	w.Write(wire.WebsocketSchema)
	return nil
}

// FrameDir says what a FrameTap call reports.
type FrameDir uint8

// What Options.FrameTap is told.
const (
	// FrameRead: a message the gateway read from a client (text or
	// binary; an oversized one cut at Options.MaxMessageBytes+1 bytes).
	FrameRead FrameDir = iota + 1
	// FrameWritten: a message the gateway writes to a client (a response
	// or an event), just before it goes to the socket.
	FrameWritten
	// FrameClosed: the connection ended; data is nil. No call for the
	// connection follows.
	FrameClosed
)

func (d FrameDir) String() string {
	switch d {
	case FrameRead:
		return "read"
	case FrameWritten:
		return "written"
	case FrameClosed:
		return "closed"
	}
	return "FrameDir(?)"
}
