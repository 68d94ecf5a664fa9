package api

import (
	"context"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"

	"github.com/hourglass-exchange/hourglass/api/marketdata"
	"github.com/hourglass-exchange/hourglass/api/orderentry"
	"github.com/hourglass-exchange/hourglass/api/wire"
	"github.com/hourglass-exchange/hourglass/exchange"
)

// MethodOrderStatus asks what became of one order of the account, by
// order_id or client_order_id: how a client that lost an acknowledgement
// learns whether its order.place took effect.
const MethodOrderStatus = "order.status"

// OrderLookup is the result of order.status, GET /v1/orders/{order_id} and
// GET /v1/orders/by-client-id/{client_order_id}.
type OrderLookup struct {
	// Account: REST only.
	Account string `json:"account,omitempty"`
	// ClientOrderID and NonceUsed: for a client order id asked, or an order
	// that has one. NonceUsed is the engine's answer: true when an order
	// with that nonce was accepted (Order says what became of it, where
	// the gateway knows), or the account cancelled the nonces below a
	// floor above it; false when no order with it was accepted, so a place
	// with it (again) is the first.
	ClientOrderID string `json:"client_order_id,omitempty"`
	NonceUsed     *bool  `json:"nonce_used,omitempty"`
	// Order is the order as GET /v1/orders lists it: the live one from the
	// engine, else the history's (with a database), else null.
	Order *PrivateOrder `json:"order"`
}

// NonceResponse is GET /v1/nonce.
type NonceResponse struct {
	Account string `json:"account"`
	wire.Nonces
}

// lookupOrder answers for one order of acct (known false: the engine has
// no account for the address yet), named by id, or by nonce when id is 0.
func (s *Server) lookupOrder(ctx context.Context, acct exchange.AccountID, known bool, id exchange.OrderID, nonce uint64) (OrderLookup, *Error) {
	var out OrderLookup
	st := OrderState{Nonce: nonce}
	if known {
		var err error
		if st, err = s.opts.Engine.OrderState(ctx, acct, id, nonce); err != nil {
			return out, engineError(err)
		}
	}
	switch {
	case st.Live:
		if info := s.marketByID(st.Order.Market); info != nil {
			o := liveOrder(info, st.Order)
			out.Order = &o
		}
	case known && s.opts.History != nil:
		var (
			h   HistoryOrder
			ok  bool
			err error
		)
		if id != 0 {
			h, ok, err = s.opts.History.Order(ctx, acct, id)
		} else {
			h, ok, err = s.opts.History.OrderByClientID(ctx, acct, strconv.FormatUint(nonce, 10))
		}
		if err != nil {
			return out, errorf(CodeUnavailable, "order history is unavailable")
		}
		if !ok {
			break
		}
		if info := s.marketByID(h.Market); info != nil {
			o := historyOrder(info, h)
			out.Order = &o
		}
		if n, perr := strconv.ParseUint(h.ClientID, 10, 64); id != 0 && perr == nil && n != 0 {
			// The order's nonce, asked of the engine.
			if st, err = s.opts.Engine.OrderState(ctx, acct, 0, n); err != nil {
				return out, engineError(err)
			}
		}
	}
	if id != 0 && out.Order == nil {
		msg := "no order of the account has that id"
		if s.opts.History == nil {
			msg = "no live order of the account has that id (without a database the gateway knows only live orders)"
		}
		return out, errorf(CodeUnknownOrder, msg)
	}
	if st.Nonce != 0 {
		used := st.NonceUsed
		out.ClientOrderID, out.NonceUsed = strconv.FormatUint(st.Nonce, 10), &used
	}
	return out, nil
}

// liveOrder writes a live order as GET /v1/orders does without a database:
// size is the signed size and filled_size the size less the open size.
func liveOrder(info *marketdata.MarketInfo, o OpenOrder) PrivateOrder {
	placed := max(o.Placed, o.Qty)
	status := "open"
	if placed > o.Qty {
		status = "partially_filled"
	}
	return PrivateOrder{OrderID: uint64(o.ID), ClientOrderID: wire.ClientOrderID(o.Nonce),
		Market: info.Symbol, Side: wire.SideName(o.Side), Price: info.Price(o.Price), Size: info.Size(placed),
		FilledSize: info.Size(placed - o.Qty), OpenSize: info.Size(o.Qty), Status: status}
}

// historyOrder writes a history row as GET /v1/orders does.
func historyOrder(info *marketdata.MarketInfo, o HistoryOrder) PrivateOrder {
	status := string(o.Status)
	if o.Status == OrderOpen && o.FilledQty > 0 {
		status = "partially_filled"
	}
	return PrivateOrder{OrderID: uint64(o.OrderID), ClientOrderID: o.ClientID,
		Market: info.Symbol, Side: wire.SideName(o.Side), Price: info.Price(o.Price), Size: info.Size(o.Qty),
		FilledSize: info.Size(o.FilledQty), OpenSize: info.Size(o.OpenQty), Status: status, Reason: o.Reason,
		CmdSeq: o.UpdatedSeq, Time: formatTime(o.UpdatedNs), TimeMS: floorDivMs(o.UpdatedNs)}
}

// parseClientOrderID reads a client order id as order.place does.
func parseClientOrderID(s string) (uint64, *Error) {
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil || n == 0 {
		return 0, errorf(Code(orderentry.CodeInvalidClientID), "client_order_id: want a decimal integer from 1 to 2^64-1")
	}
	return n, nil
}

// orderStatus answers order.status.
func (c *conn) orderStatus(ctx context.Context, req request) ([]byte, *Error) {
	var ref orderRef
	if len(req.Params) == 0 || json.Unmarshal(req.Params, &ref) != nil || (ref.OrderID == nil) == (ref.ClientOrderID == nil) {
		return nil, errorf(CodeInvalidParams, "params: order_id or client_order_id")
	}
	var (
		id    exchange.OrderID
		nonce uint64
	)
	if ref.OrderID != nil {
		n, err := strconv.ParseUint(ref.OrderID.String(), 10, 64)
		if err != nil || n == 0 {
			return nil, errorf(CodeInvalidParams, "order_id: want a positive integer")
		}
		id = exchange.OrderID(n)
	} else {
		var e *Error
		if nonce, e = parseClientOrderID(*ref.ClientOrderID); e != nil {
			return nil, e
		}
	}
	if !c.hasAcct {
		a, ok, err := c.s.opts.Engine.Account(ctx, c.session.Address)
		if err != nil {
			return nil, engineError(err)
		}
		if ok {
			c.account, c.hasAcct = a, true
		}
	}
	out, e := c.s.lookupOrder(ctx, c.account, c.hasAcct, id, nonce)
	if e != nil {
		return nil, e
	}
	b, _ := json.Marshal(out)
	return b, nil
}

// restOrder serves GET /v1/orders/{order_id} and
// GET /v1/orders/by-client-id/{client_order_id}.
func (s *Server) restOrder(w http.ResponseWriter, r *http.Request) *Error {
	rest := strings.TrimPrefix(r.URL.Path, "/v1/orders/")
	var (
		id    exchange.OrderID
		nonce uint64
	)
	if coid, ok := strings.CutPrefix(rest, "by-client-id/"); ok {
		var e *Error
		if nonce, e = parseClientOrderID(coid); e != nil {
			return e
		}
	} else {
		n, err := strconv.ParseUint(rest, 10, 64)
		if err != nil || n == 0 {
			return errorf(CodeInvalidParams, "order id: want a positive integer, as in /v1/orders/41, or /v1/orders/by-client-id/7")
		}
		id = exchange.OrderID(n)
	}
	addr, acct, known, err := s.restAccount(r)
	if err != nil {
		return err
	}
	out, err := s.lookupOrder(r.Context(), acct, known, id, nonce)
	if err != nil {
		return err
	}
	out.Account = wire.Account(addr)
	return writeJSON(w, out)
}

// restNonce serves GET /v1/nonce: the account's nonce window.
func (s *Server) restNonce(w http.ResponseWriter, r *http.Request) *Error {
	addr, acct, known, err := s.restAccount(r)
	if err != nil {
		return err
	}
	base := uint64(1)
	if known {
		b, eerr := s.opts.Engine.NonceBase(r.Context(), acct)
		if eerr != nil {
			return engineError(eerr)
		}
		base = b
	}
	return writeJSON(w, NonceResponse{Account: wire.Account(addr), Nonces: wire.NoncesOf(base)})
}
