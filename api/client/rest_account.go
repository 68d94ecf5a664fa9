package client

import (
	"context"
	"net/url"
	"strconv"

	"github.com/hourglass-exchange/hourglass/api/wire"
)

// Chain is GET /v1/chain: the chain the exchange settles on.
type Chain = wire.Chain

// Chain fetches GET /v1/chain (a gateway given no chain answers
// chain_not_configured).
func (r *REST) Chain(ctx context.Context) (Chain, error) {
	var out Chain
	err := r.Get(ctx, "/v1/chain", nil, &out)
	return out, err
}

// Order is an order as GET /v1/orders and the orders channel give it.
type Order = wire.Order

// Fill is one side's view of a fill, as GET /v1/fills and the fills
// channel give it.
type Fill = wire.Fill

// Balance is one asset's balance.
type Balance = wire.Balance

// Settlement is one side's view of a fill's settlement state, on the
// settlement channel.
type Settlement = wire.Settlement

// Page selects a page of history: at or after SinceMS, at most Limit
// (0: the gateway's default).
type Page struct {
	SinceMS int64
	Limit   int
}

func (p Page) values() url.Values {
	q := url.Values{}
	if p.SinceMS > 0 {
		q.Set("since", strconv.FormatInt(p.SinceMS, 10))
	}
	if p.Limit > 0 {
		q.Set("limit", strconv.Itoa(p.Limit))
	}
	return q
}

// Orders fetches the account's orders (GET /v1/orders; openOnly: open=true).
func (r *REST) Orders(ctx context.Context, p Page, openOnly bool) ([]Order, error) {
	q := p.values()
	if openOnly {
		q.Set("open", "true")
	}
	var out struct {
		Orders []Order `json:"orders"`
	}
	err := r.Get(ctx, "/v1/orders", q, &out)
	return out.Orders, err
}

// Fills fetches the account's fills with their settlement state
// (GET /v1/fills).
func (r *REST) Fills(ctx context.Context, p Page) ([]Fill, error) {
	var out struct {
		Fills []Fill `json:"fills"`
	}
	err := r.Get(ctx, "/v1/fills", p.values(), &out)
	return out.Fills, err
}

// Balances fetches the account's balances (GET /v1/balances).
func (r *REST) Balances(ctx context.Context) ([]Balance, error) {
	var out struct {
		Balances []Balance `json:"balances"`
	}
	err := r.Get(ctx, "/v1/balances", nil, &out)
	return out.Balances, err
}

// Nonces is the account's nonce window (GET /v1/nonce, the nonces
// channel): a client order id must be unused and from LowestUnused to Max.
type Nonces = wire.Nonces

// Nonce fetches the account's nonce window (GET /v1/nonce).
func (r *REST) Nonce(ctx context.Context) (Nonces, error) {
	var out Nonces
	err := r.Get(ctx, "/v1/nonce", nil, &out)
	return out, err
}
