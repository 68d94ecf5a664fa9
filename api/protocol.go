package api

import (
	"bytes"
	"encoding/json"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/hourglass-exchange/hourglass/api/marketdata"
	"github.com/hourglass-exchange/hourglass/api/wire"
)

// Websocket methods. The authentication and order-entry methods answer
// not_implemented on a gateway without Options.Auth (and Options.Engine).
const (
	MethodSubscribe      = "subscribe"
	MethodUnsubscribe    = "unsubscribe"
	MethodPing           = "ping"
	MethodAuthChallenge  = "auth.challenge"
	MethodAuthLogin      = "auth.login"
	MethodOrderPlace     = "order.place"
	MethodOrderCancel    = "order.cancel"
	MethodOrderCancelAll = "order.cancel_all"
	MethodOrderAmend     = "order.amend"
	MethodCancelAfter    = "cancel_after"
)

var reservedMethods = []string{
	MethodAuthChallenge, MethodAuthLogin, MethodOrderPlace, MethodOrderCancel,
	MethodOrderCancelAll, MethodOrderAmend, MethodCancelAfter, MethodOrderStatus,
	MethodLeaseSubmitSpec, MethodLeaseStop, MethodLeaseComplain,
	MethodSpotSetSpec, MethodSpotWithdrawSpec, MethodSpotSpecs,
}

// maxIDBytes bounds a request's id as written (a string's quotes and
// escapes included): the response echoes it, so a longer one would make
// every response (and every rate_limited one) as long.
const maxIDBytes = 64

// request is a decoded websocket request: {"id", "method", "params"}.
// Unknown fields are ignored.
type request struct {
	ID     json.RawMessage // a JSON number or string as sent, or nil
	Method string
	Params json.RawMessage // a JSON object, or nil
}

type wireRequest struct {
	ID     json.RawMessage `json:"id"`
	Method json.RawMessage `json:"method"`
	Params json.RawMessage `json:"params"`
}

// decodeRequest parses one websocket text message. A rejection carries the
// id when it could be read, so that the client can match the error.
func decodeRequest(data []byte) (request, *Error) {
	var w wireRequest
	trimmed := bytes.TrimLeft(data, " \t\r\n")
	if len(trimmed) == 0 || trimmed[0] != '{' {
		return request{}, errorf(CodeInvalidJSON, "a request is a JSON object")
	}
	if err := json.Unmarshal(data, &w); err != nil {
		return request{}, errorf(CodeInvalidJSON, "malformed JSON: "+err.Error())
	}
	var r request
	switch id := bytes.TrimSpace(w.ID); {
	case len(id) == 0 || string(id) == "null":
	case len(id) > maxIDBytes:
		return r, errorf(CodeInvalidID, "id is longer than "+strconv.Itoa(maxIDBytes)+" bytes")
	case !utf8.Valid(id):
		return r, errorf(CodeInvalidID, "id is not valid UTF-8")
	case id[0] == '"' || id[0] == '-' || (id[0] >= '0' && id[0] <= '9'):
		r.ID = id
	default:
		return r, errorf(CodeInvalidRequest, "id must be a number or a string")
	}
	if len(w.Method) == 0 || string(w.Method) == "null" {
		return r, errorf(CodeInvalidRequest, "method is missing")
	}
	if err := json.Unmarshal(w.Method, &r.Method); err != nil {
		return r, errorf(CodeInvalidRequest, "method must be a string")
	}
	switch p := bytes.TrimSpace(w.Params); {
	case len(p) == 0 || string(p) == "null":
	case p[0] == '{':
		r.Params = p
	default:
		return r, errorf(CodeInvalidRequest, "params must be an object")
	}
	return r, nil
}

// subscribeParams are the params of subscribe and unsubscribe.
type subscribeParams struct {
	Channel  string   `json:"channel"`
	Markets  []string `json:"markets"`
	Depth    *int     `json:"depth"`
	Interval *string  `json:"interval"`
}

// stream is one (channel, market[, depth | interval]) a connection reads.
type streamKey struct {
	channel  marketdata.Channel
	market   string
	depth    int
	interval marketdata.Interval
}

// topic is the bus topic the stream is read from.
func (k streamKey) topic() wire.Topic {
	switch k.channel {
	case marketdata.ChannelBook:
		return wire.BookTopic(k.market, k.depth)
	case marketdata.ChannelTrades:
		return wire.TradesTopic(k.market)
	case marketdata.ChannelTicker:
		return wire.TickerTopic(k.market)
	case marketdata.ChannelCandles:
		return wire.CandlesTopic(k.interval, k.market)
	case channelMarkets:
		return wire.MarketsTopic
	}
	return wire.HeartbeatTopic(k.market)
}

var channelsByName = map[string]marketdata.Channel{
	"book": marketdata.ChannelBook, "trades": marketdata.ChannelTrades, "ticker": marketdata.ChannelTicker,
	"candles": marketdata.ChannelCandles, "heartbeat": marketdata.ChannelHeartbeat,
}

// maxMarketsPerRequest bounds the markets of one subscribe.
const maxMarketsPerRequest = 100

// parseSubscribe validates subscribe/unsubscribe params against the
// market list and the depths served; on success it returns one stream per
// market, in request order, without duplicates.
func parseSubscribe(raw json.RawMessage, depths []int, known func(string) bool) ([]streamKey, *Error) {
	var p subscribeParams
	if len(raw) == 0 {
		return nil, errorf(CodeInvalidParams, "params are required: channel and markets")
	}
	if err := json.Unmarshal(raw, &p); err != nil {
		return nil, errorf(CodeInvalidParams, "params: "+err.Error())
	}
	if p.Channel == "" {
		return nil, errorf(CodeInvalidParams, "channel is required")
	}
	ch, ok := channelsByName[p.Channel]
	if !ok {
		return nil, errorf(CodeUnknownChannel, "unknown channel "+strconv.Quote(p.Channel))
	}
	if len(p.Markets) == 0 {
		return nil, errorf(CodeInvalidParams, "markets must list at least one market")
	}
	if len(p.Markets) > maxMarketsPerRequest {
		return nil, errorf(CodeInvalidParams, "markets lists more than "+strconv.Itoa(maxMarketsPerRequest)+" markets")
	}
	k := streamKey{channel: ch}
	if p.Depth != nil {
		if ch != marketdata.ChannelBook {
			return nil, errorf(CodeInvalidParams, "depth applies to the book channel only")
		}
		if *p.Depth != 0 && !slices.Contains(depths, *p.Depth) {
			return nil, errorf(CodeInvalidParams, "depth must be 0 (full book) or one of "+intsString(depths))
		}
		k.depth = *p.Depth
	}
	if p.Interval != nil {
		if ch != marketdata.ChannelCandles {
			return nil, errorf(CodeInvalidParams, "interval applies to the candles channel only")
		}
		iv, ok := marketdata.ParseInterval(*p.Interval)
		if !ok {
			return nil, errorf(CodeInvalidParams, "interval must be one of 1m, 5m, 1h, 1d")
		}
		k.interval = iv
	} else if ch == marketdata.ChannelCandles {
		return nil, errorf(CodeInvalidParams, "interval is required for candles: 1m, 5m, 1h or 1d")
	}
	out := make([]streamKey, 0, len(p.Markets))
	for _, m := range p.Markets {
		if !known(m) {
			return nil, errorf(CodeUnknownMarket, "unknown market "+strconv.Quote(m))
		}
		k.market = m
		if !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out, nil
}

func intsString(v []int) string {
	b := []byte{}
	for i, x := range v {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = strconv.AppendInt(b, int64(x), 10)
	}
	return string(b)
}

// appendResponse appends a response envelope: {"id","status","result"} or
// {"id","status","error"}.
func appendResponse(dst []byte, id json.RawMessage, result []byte, e *Error) []byte {
	dst = append(dst, `{"id":`...)
	if len(id) == 0 {
		dst = append(dst, "null"...)
	} else {
		dst = append(dst, id...)
	}
	dst = append(dst, `,"status":`...)
	if e != nil {
		dst = strconv.AppendInt(dst, int64(e.Code.Status()), 10)
		dst = append(dst, `,"error":`...)
		dst = e.appendJSON(dst)
	} else {
		dst = append(dst, `200,"result":`...)
		if len(result) == 0 {
			result = []byte("{}")
		}
		dst = append(dst, result...)
	}
	return append(dst, '}')
}

// errorEvent is what the server sends, unasked, before it closes a
// connection for a reason of its own: {"channel":"error","error":{…}}.
func errorEvent(e *Error) []byte {
	return append(e.appendJSON([]byte(`{"channel":"error","error":`)), '}')
}

// appendJSONString appends s as a JSON string.
func appendJSONString(dst []byte, s string) []byte {
	b, _ := json.Marshal(s)
	return append(dst, b...)
}
