package api

import (
	"net/http"
	"strconv"
)

// Code is a stable machine-readable error code. Every error a client can
// see carries one; docs/api.md lists them all. Codes are never renamed or
// reused; new ones may be added.
type Code string

// The error codes of the websocket and REST API.
const (
	// CodeInvalidJSON: the message is not valid JSON, or not a JSON object.
	CodeInvalidJSON Code = "invalid_json"
	// CodeInvalidRequest: the envelope is wrong: id is not a number or
	// string, method is missing or not a string, params is not an object,
	// or the frame is binary.
	CodeInvalidRequest Code = "invalid_request"
	// CodeInvalidParams: a parameter is missing, of the wrong type or out of
	// range (REST: a bad query parameter).
	CodeInvalidParams Code = "invalid_params"
	// CodeUnknownMethod: the method is not one the server knows.
	CodeUnknownMethod Code = "unknown_method"
	// CodeUnknownChannel: subscribe/unsubscribe named a channel that does
	// not exist.
	CodeUnknownChannel Code = "unknown_channel"
	// CodeUnknownMarket: a market symbol that the exchange does not list.
	CodeUnknownMarket Code = "unknown_market"
	// CodeTooManySubscriptions: the connection would hold more streams than
	// Options.MaxSubscriptions.
	CodeTooManySubscriptions Code = "too_many_subscriptions"
	// CodeRateLimited: the connection sent more messages than its limit;
	// retry_after_ms says when the next one is accepted.
	CodeRateLimited Code = "rate_limited"
	// CodeMessageTooLarge: the message exceeded Options.MaxMessageBytes; the
	// connection is closed with 1009.
	CodeMessageTooLarge Code = "message_too_large"
	// CodeSlowConsumer: the connection's send queue overflowed; it is
	// closed with 1008.
	CodeSlowConsumer Code = "slow_consumer"
	// CodeNotImplemented: a reserved method or path whose feature is not
	// served yet (order entry, authentication, account endpoints).
	CodeNotImplemented Code = "not_implemented"
	// CodeNotFound: REST path that does not exist.
	CodeNotFound Code = "not_found"
	// CodeMethodNotAllowed: REST path that exists, with another HTTP method.
	CodeMethodNotAllowed Code = "method_not_allowed"
	// CodeUnavailable: the data is not available now (market data not yet
	// synchronised, history store failing, server shutting down); retry.
	CodeUnavailable Code = "unavailable"
	// CodeInternal: a bug; the request may or may not have taken effect.
	CodeInternal Code = "internal"
)

// codeStatus is the HTTP-like status each code is answered with.
var codeStatus = map[Code]int{
	CodeInvalidJSON:          http.StatusBadRequest,
	CodeInvalidRequest:       http.StatusBadRequest,
	CodeInvalidParams:        http.StatusBadRequest,
	CodeUnknownMethod:        http.StatusNotFound,
	CodeUnknownChannel:       http.StatusBadRequest,
	CodeUnknownMarket:        http.StatusNotFound,
	CodeTooManySubscriptions: http.StatusBadRequest,
	CodeRateLimited:          http.StatusTooManyRequests,
	CodeMessageTooLarge:      http.StatusRequestEntityTooLarge,
	CodeSlowConsumer:         http.StatusServiceUnavailable,
	CodeNotImplemented:       http.StatusNotImplemented,
	CodeNotFound:             http.StatusNotFound,
	CodeMethodNotAllowed:     http.StatusMethodNotAllowed,
	CodeUnavailable:          http.StatusServiceUnavailable,
	CodeInternal:             http.StatusInternalServerError,
}

// Codes lists every error code, for documentation tests and clients.
func Codes() []Code {
	return []Code{
		CodeInvalidJSON, CodeInvalidRequest, CodeInvalidParams, CodeUnknownMethod,
		CodeUnknownChannel, CodeUnknownMarket, CodeTooManySubscriptions, CodeRateLimited,
		CodeMessageTooLarge, CodeSlowConsumer, CodeNotImplemented, CodeNotFound,
		CodeMethodNotAllowed, CodeUnavailable, CodeInternal,
	}
}

// Status returns the HTTP-like status a response with the code carries.
func (c Code) Status() int {
	if s, ok := codeStatus[c]; ok {
		return s
	}
	return http.StatusInternalServerError
}

// Error is an error as a client sees it: {"code", "message"} and, for
// rate_limited, "retry_after_ms".
type Error struct {
	Code         Code
	Message      string
	RetryAfterMS int64 // rate_limited only
}

func (e *Error) Error() string { return "api: " + string(e.Code) + ": " + e.Message }

func errorf(code Code, msg string) *Error { return &Error{Code: code, Message: msg} }

// appendJSON appends {"code":…,"message":…[,"retry_after_ms":…]}.
func (e *Error) appendJSON(dst []byte) []byte {
	dst = append(dst, `{"code":`...)
	dst = strconv.AppendQuote(dst, string(e.Code))
	dst = append(dst, `,"message":`...)
	dst = appendJSONString(dst, e.Message)
	if e.Code == CodeRateLimited {
		dst = append(dst, `,"retry_after_ms":`...)
		dst = strconv.AppendInt(dst, e.RetryAfterMS, 10)
	}
	return append(dst, '}')
}
