package api

import (
	"context"
	"net/http"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/api/wire"
	"github.com/hourglass-exchange/hourglass/exchange"
)

// OrdersResponse is GET /v1/orders.
type OrdersResponse struct {
	Account string         `json:"account"`
	Orders  []PrivateOrder `json:"orders"`
}

// FillsResponse is GET /v1/fills.
type FillsResponse struct {
	Account string        `json:"account"`
	Fills   []PrivateFill `json:"fills"`
}

// BalancesResponse is GET /v1/balances.
type BalancesResponse struct {
	Account  string           `json:"account"`
	Balances []PrivateBalance `json:"balances"`
}

// restAccount authenticates a REST request by its bearer token and returns
// the session's address and engine account (ok false: the engine has no
// account for it yet).
func (s *Server) restAccount(r *http.Request) (common.Address, exchange.AccountID, bool, *Error) {
	if s.opts.Auth == nil || s.opts.Engine == nil {
		return common.Address{}, 0, false, errorf(CodeNotImplemented, r.URL.Path+" is not served by this gateway")
	}
	h := r.Header.Get("Authorization")
	token, ok := strings.CutPrefix(h, "Bearer ")
	if !ok || token == "" {
		return common.Address{}, 0, false, errorf(CodeAuthRequired, "Authorization: Bearer <session token> is required")
	}
	sess, err := s.opts.Auth.Sessions().Lookup(strings.TrimSpace(token))
	if err != nil {
		return common.Address{}, 0, false, authError(err)
	}
	a, ok, err := s.opts.Engine.Account(r.Context(), sess.Address)
	if err != nil {
		return sess.Address, 0, false, engineError(err)
	}
	return sess.Address, a, ok, nil
}

func (s *Server) restOrders(w http.ResponseWriter, r *http.Request) *Error {
	addr, acct, known, err := s.restAccount(r)
	if err != nil {
		return err
	}
	since, limit, err := pageParams(r)
	if err != nil {
		return err
	}
	onlyOpen := false
	switch r.URL.Query().Get("open") {
	case "", "false":
	case "true":
		onlyOpen = true
	default:
		return errorf(CodeInvalidParams, "open must be true or false")
	}
	resp := OrdersResponse{Account: wire.Account(addr), Orders: []PrivateOrder{}}
	if !known {
		return writeJSON(w, resp)
	}
	if s.opts.History != nil {
		os, herr := s.opts.History.Orders(r.Context(), acct, since, int(limit), onlyOpen)
		if herr != nil {
			return errorf(CodeUnavailable, "order history is unavailable")
		}
		for _, o := range os {
			if info := s.marketByID(o.Market); info != nil {
				resp.Orders = append(resp.Orders, historyOrder(info, o))
			}
		}
		return writeJSON(w, resp)
	}
	// Without a database: the engine's open orders.
	os, eerr := s.opts.Engine.OpenOrders(r.Context(), acct)
	if eerr != nil {
		return engineError(eerr)
	}
	for _, o := range os {
		if info := s.marketByID(o.Market); info != nil && len(resp.Orders) < int(limit) {
			resp.Orders = append(resp.Orders, liveOrder(info, o))
		}
	}
	return writeJSON(w, resp)
}

func (s *Server) restFills(w http.ResponseWriter, r *http.Request) *Error {
	addr, acct, known, err := s.restAccount(r)
	if err != nil {
		return err
	}
	since, limit, err := pageParams(r)
	if err != nil {
		return err
	}
	resp := FillsResponse{Account: wire.Account(addr), Fills: []PrivateFill{}}
	if !known {
		return writeJSON(w, resp)
	}
	if s.opts.History != nil {
		fs, herr := s.opts.History.Fills(r.Context(), acct, since, int(limit))
		if herr != nil {
			return errorf(CodeUnavailable, "fill history is unavailable")
		}
		for _, f := range fs {
			info := s.marketByID(f.Key.Market)
			if info == nil {
				continue
			}
			view := func(id exchange.OrderID, side exchange.Side, fee int64, liq string) {
				resp.Fills = append(resp.Fills, PrivateFill{Market: info.Symbol, FillID: f.Key.Seq, OrderID: uint64(id),
					Side: wire.SideName(side), Price: info.Price(f.Price), Size: info.Size(f.Qty),
					Fee: wire.FormatAmount(fee, info.Decimals.Quote), FeeAsset: wire.QuoteAssetName, Liquidity: liq,
					Settlement: string(f.State), CmdSeq: f.CmdSeq, Time: formatTime(f.TimeNs), TimeMS: floorDivMs(f.TimeNs)})
			}
			if f.TakerAccount == acct {
				view(f.TakerOrderID, f.TakerSide, f.TakerFee, "taker")
			}
			if f.MakerAccount == acct {
				view(f.MakerOrderID, f.TakerSide.Opposite(), f.MakerFee, "maker")
			}
		}
		return writeJSON(w, resp)
	}
	// Without a database: the recent fills of the account's private stream,
	// which this gateway follows for the request, with their settlement
	// state from the settlement channel.
	t, perr := s.priv.acquire(addr)
	if perr != nil {
		return perr
	}
	defer s.priv.release(t)
	ctx, cancel := contextWithTimeout(r, s)
	defer cancel()
	if err := t.wait(ctx, func(st *wire.AccountState) {
		for _, f := range st.RecentFills() {
			if f.TimeMS >= since && len(resp.Fills) < int(limit) {
				if state, ok := st.SettlementOf(f.Market, f.FillID, f.Liquidity); ok {
					f.Settlement = state // what the settlement channel last said
				}
				resp.Fills = append(resp.Fills, f)
			}
		}
	}); err != nil {
		return err
	}
	return writeJSON(w, resp)
}

func (s *Server) restBalances(w http.ResponseWriter, r *http.Request) *Error {
	addr, acct, known, err := s.restAccount(r)
	if err != nil {
		return err
	}
	resp := BalancesResponse{Account: wire.Account(addr), Balances: []PrivateBalance{}}
	if !known {
		return writeJSON(w, resp)
	}
	if s.opts.History != nil {
		bs, herr := s.opts.History.Balances(r.Context(), acct)
		if herr != nil {
			return errorf(CodeUnavailable, "balances are unavailable")
		}
		for _, b := range bs {
			if name, dec, ok := s.assetName(b.Asset); ok {
				resp.Balances = append(resp.Balances, PrivateBalance{Asset: name, Available: wire.FormatAmount(b.Available, dec),
					Held: wire.FormatAmount(b.Held, dec), CmdSeq: b.CmdSeq})
			}
		}
		return writeJSON(w, resp)
	}
	bs, eerr := s.opts.Engine.Balances(r.Context(), acct)
	if eerr != nil {
		return engineError(eerr)
	}
	for _, b := range bs {
		if name, dec, ok := s.assetName(b.Asset); ok {
			resp.Balances = append(resp.Balances, PrivateBalance{Asset: name, Available: wire.FormatAmount(b.Available, dec),
				Held: wire.FormatAmount(b.Held, dec)})
		}
	}
	return writeJSON(w, resp)
}

// assetName names an asset as the private channels do.
func (s *Server) assetName(a exchange.AssetID) (string, int, bool) {
	r := s.registry()
	if r == nil {
		return "", 0, false
	}
	for _, e := range r.list {
		switch a {
		case e.info.Spec.BaseAsset:
			return e.info.Symbol, e.info.Decimals.Base, true
		case e.info.Spec.QuoteAsset:
			return wire.QuoteAssetName, e.info.Decimals.Quote, true
		}
	}
	return "", 0, false
}

func contextWithTimeout(r *http.Request, s *Server) (context.Context, context.CancelFunc) {
	return context.WithTimeout(r.Context(), s.opts.SyncTimeout)
}
