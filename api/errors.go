package api

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/hourglass-exchange/hourglass/api/auth"
	"github.com/hourglass-exchange/hourglass/api/orderentry"
	"github.com/hourglass-exchange/hourglass/exchange"
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
	// CodeChainNotConfigured: GET /v1/chain on a gateway that was given no
	// chain.
	CodeChainNotConfigured Code = "chain_not_configured"

	// CodeAuthRequired: the method needs a signed-in connection
	// (auth.login).
	CodeAuthRequired Code = "auth_required"
	// CodeOrderRateLimited: the account placed, cancelled or amended more
	// orders than its limit; retry_after_ms says when the next is taken.
	CodeOrderRateLimited Code = "order_rate_limited"
	// CodeUnknownOrder: no live order of the account has that order id or
	// client order id.
	CodeUnknownOrder Code = "unknown_order"
	// CodeDuplicateClientOrderID: the account already used the client
	// order id (the signed nonce); order_id names the live order it
	// created, when there is one.
	CodeDuplicateClientOrderID Code = "duplicate_client_order_id"
	// CodeAmendPriceChange: an amend asked for another price; the signed
	// order fixes the price, so a new price needs a new signed order.
	CodeAmendPriceChange Code = "amend_price_change"
	// CodeAmendNotDecrease: an amend's size is not below the order's open
	// size; a larger size needs a new signed order.
	CodeAmendNotDecrease Code = "amend_not_decrease"
	// CodeMarketClosed: the market is past its last trading time (its
	// window start less the grade's lead, less the settlement horizon):
	// it takes no orders, and its resting orders were cancelled.
	CodeMarketClosed Code = "market_closed"
	// CodeTooManySwitches: cancel_after would arm more switches from the
	// connection's source than Options.MaxSwitchesPerSource.
	CodeTooManySwitches Code = "too_many_switches"
)

// The codes of the gateway's connection limits (docs/api.md, "Limits and
// close codes").
const (
	// CodeInvalidID: the request's id is longer than maxIDBytes (64) or is
	// not valid UTF-8; the response's id is null.
	CodeInvalidID Code = "invalid_id"
	// CodeRateLimitExceeded: the connection kept sending after being
	// rate-limited (Options.RateLimitCloseAfter times in
	// Options.RateLimitWindow); it is closed with 1008.
	CodeRateLimitExceeded Code = "rate_limit_exceeded"
	// CodeTooManyConnections: the gateway holds Options.MaxConns
	// websockets; the upgrade is refused with 503.
	CodeTooManyConnections Code = "too_many_connections"
	// CodeTooManySourceConnections: the source address holds
	// Options.MaxConnsPerIP websockets, or Options.MaxOpenConnsPerIP
	// connections; refused with 429.
	CodeTooManySourceConnections Code = "too_many_source_connections"
)

// authCodeStatus is the status of each sign-in failure.
var authCodeStatus = map[auth.Code]int{
	auth.CodeMalformedMessage:          http.StatusBadRequest,
	auth.CodeWrongDomain:               http.StatusUnauthorized,
	auth.CodeWrongURI:                  http.StatusUnauthorized,
	auth.CodeWrongChain:                http.StatusUnauthorized,
	auth.CodeUnknownNonce:              http.StatusUnauthorized,
	auth.CodeExpired:                   http.StatusUnauthorized,
	auth.CodeNotYetValid:               http.StatusUnauthorized,
	auth.CodeBadSignature:              http.StatusForbidden,
	auth.CodeContractSignatureRejected: http.StatusForbidden,
	auth.CodeContractCallFailed:        http.StatusServiceUnavailable,
	auth.CodeInvalidSession:            http.StatusUnauthorized,
}

// orderCodes are order entry's refusals (api/orderentry), with their
// status; every other one is 400.
var orderCodes = []orderentry.Code{
	orderentry.CodeUnknownMarket, orderentry.CodeInvalidSide, orderentry.CodeInvalidType,
	orderentry.CodeInvalidTIF, orderentry.CodeInvalidSTP, orderentry.CodeInvalidPrice,
	orderentry.CodeInvalidSize, orderentry.CodeInvalidClientID, orderentry.CodeInvalidExpiry,
	orderentry.CodeOrderExpired, orderentry.CodeExpiresTooSoon, orderentry.CodeInvalidSalt, orderentry.CodeInvalidSignature,
	orderentry.CodeSignatureMismatch, orderentry.CodeContractRejected, orderentry.CodeContractCall,
}

var orderCodeStatus = map[orderentry.Code]int{
	orderentry.CodeUnknownMarket:     http.StatusNotFound,
	orderentry.CodeSignatureMismatch: http.StatusForbidden,
	orderentry.CodeContractRejected:  http.StatusForbidden,
	orderentry.CodeContractCall:      http.StatusServiceUnavailable,
}

// engineCodePrefix starts the code of an engine rejection:
// engine_ and the reason's name in lower case (engine_insufficient_balance).
const engineCodePrefix = "engine_"

// engineCode is the code a rejection by the engine is answered with.
func engineCode(r exchange.Reason) Code {
	switch r {
	case exchange.ReasonUnknownOrder, exchange.ReasonNotOwner:
		return CodeUnknownOrder
	case exchange.ReasonDuplicateNonce:
		return CodeDuplicateClientOrderID
	case exchange.ReasonExpiryWithinHorizon:
		// The engine's own time (the chain's clock, when it runs ahead)
		// put the expiry within the horizon: the gateway's refusal.
		return Code(orderentry.CodeExpiresTooSoon)
	case exchange.ReasonMarketClosed:
		return CodeMarketClosed
	}
	return Code(engineCodePrefix + strings.ToLower(r.String()))
}

// engineRejections are the reasons an order command of the gateway can be
// rejected with, besides those engineCode maps to a code of its own.
var engineRejections = []exchange.Reason{
	exchange.ReasonUnknownMarket, exchange.ReasonUnknownAccount, exchange.ReasonInvalidSide,
	exchange.ReasonInvalidType, exchange.ReasonInvalidQuantity, exchange.ReasonInvalidPrice,
	exchange.ReasonPriceOutOfBand, exchange.ReasonBelowMinNotional, exchange.ReasonInsufficientBalance,
	exchange.ReasonPostOnlyWouldTake, exchange.ReasonFOKNotFillable, exchange.ReasonTooManyOpenOrders,
	exchange.ReasonMaxFeeTooLow, exchange.ReasonAlreadyExpired, exchange.ReasonNoChange,
	exchange.ReasonNoLiquidity, exchange.ReasonNonceTooFar, exchange.ReasonMetaTooLarge,
}

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
	CodeChainNotConfigured:   http.StatusNotFound,

	CodeAuthRequired:           http.StatusUnauthorized,
	CodeOrderRateLimited:       http.StatusTooManyRequests,
	CodeUnknownOrder:           http.StatusNotFound,
	CodeDuplicateClientOrderID: http.StatusConflict,
	CodeAmendPriceChange:       http.StatusBadRequest,
	CodeAmendNotDecrease:       http.StatusBadRequest,
	CodeMarketClosed:           http.StatusConflict,
	CodeTooManySwitches:        http.StatusTooManyRequests,

	CodeInvalidID:                http.StatusBadRequest,
	CodeRateLimitExceeded:        http.StatusTooManyRequests,
	CodeTooManyConnections:       http.StatusServiceUnavailable,
	CodeTooManySourceConnections: http.StatusTooManyRequests,
}

func init() {
	for c, st := range authCodeStatus {
		codeStatus[Code(c)] = st
	}
	for _, c := range orderCodes {
		st, ok := orderCodeStatus[c]
		if !ok {
			st = http.StatusBadRequest
		}
		if _, dup := codeStatus[Code(c)]; !dup {
			codeStatus[Code(c)] = st
		}
	}
	for _, r := range engineRejections {
		codeStatus[engineCode(r)] = http.StatusBadRequest
	}
}

// Codes lists every error code, for documentation tests and clients.
func Codes() []Code {
	cs := []Code{
		CodeInvalidJSON, CodeInvalidRequest, CodeInvalidParams, CodeUnknownMethod,
		CodeUnknownChannel, CodeUnknownMarket, CodeTooManySubscriptions, CodeRateLimited,
		CodeMessageTooLarge, CodeSlowConsumer, CodeNotImplemented, CodeNotFound,
		CodeMethodNotAllowed, CodeUnavailable, CodeInternal, CodeChainNotConfigured,
		CodeAuthRequired, CodeOrderRateLimited, CodeUnknownOrder, CodeDuplicateClientOrderID,
		CodeAmendPriceChange, CodeAmendNotDecrease, CodeMarketClosed, CodeTooManySwitches,
		CodeInvalidID, CodeRateLimitExceeded, CodeTooManyConnections, CodeTooManySourceConnections,
	}
	cs = append(cs, CodeUnknownContract)
	cs = append(cs, leaseCodeList...)
	cs = append(cs, nodeCodeList...)
	for _, c := range auth.Codes {
		cs = append(cs, Code(c))
	}
	for _, c := range orderCodes {
		if c != orderentry.CodeUnknownMarket { // the same code as CodeUnknownMarket
			cs = append(cs, Code(c))
		}
	}
	for _, r := range engineRejections {
		cs = append(cs, engineCode(r))
	}
	return cs
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
	RetryAfterMS int64  // rate_limited and order_rate_limited only
	OrderID      uint64 // duplicate_client_order_id: the live order, when there is one
}

func (e *Error) Error() string { return "api: " + string(e.Code) + ": " + e.Message }

func errorf(code Code, msg string) *Error { return &Error{Code: code, Message: msg} }

// appendJSON appends {"code":…,"message":…[,"retry_after_ms":…][,"order_id":…]}.
func (e *Error) appendJSON(dst []byte) []byte {
	dst = append(dst, `{"code":`...)
	dst = strconv.AppendQuote(dst, string(e.Code))
	dst = append(dst, `,"message":`...)
	dst = appendJSONString(dst, e.Message)
	if e.Code == CodeRateLimited || e.Code == CodeOrderRateLimited {
		dst = append(dst, `,"retry_after_ms":`...)
		dst = strconv.AppendInt(dst, e.RetryAfterMS, 10)
	}
	if e.OrderID != 0 {
		dst = append(dst, `,"order_id":`...)
		dst = strconv.AppendUint(dst, e.OrderID, 10)
	}
	return append(dst, '}')
}
