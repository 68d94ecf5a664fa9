package client

import (
	"context"
	"math/big"
	"net/url"
	"strconv"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/chain/eip712"
)

// Chain is GET /v1/chain: the chain the exchange settles on.
type Chain struct {
	ChainID       uint64         `json:"chain_id"`
	Exchange      common.Address `json:"exchange"`
	Stablecoin    common.Address `json:"stablecoin"`
	Token         common.Address `json:"token"`
	Confirmations uint64         `json:"confirmations"`
	RPCURL        string         `json:"rpc_url,omitempty"`
}

// Domain is the EIP-712 domain orders are signed in on this chain.
func (c Chain) Domain() eip712.Domain {
	return eip712.Domain{ChainID: new(big.Int).SetUint64(c.ChainID), VerifyingContract: c.Exchange}
}

// Chain fetches GET /v1/chain (a gateway given no chain answers
// chain_not_configured).
func (r *REST) Chain(ctx context.Context) (Chain, error) {
	var out Chain
	err := r.Get(ctx, "/v1/chain", nil, &out)
	return out, err
}

// Order is an order as GET /v1/orders and the orders channel give it.
type Order struct {
	OrderID       uint64 `json:"order_id"`
	ClientOrderID string `json:"client_order_id,omitempty"`
	Market        string `json:"market"`
	Side          string `json:"side"`
	Price         string `json:"price"`
	Size          string `json:"size"`
	FilledSize    string `json:"filled_size"`
	OpenSize      string `json:"open_size"`
	Status        string `json:"status"`
	Event         string `json:"event,omitempty"`
	Reason        string `json:"reason,omitempty"`
	CmdSeq        uint64 `json:"cmd_seq"`
	Time          string `json:"time"`
	TimeMS        int64  `json:"time_ms"`
}

// Fill is one side's view of a fill, as GET /v1/fills and the fills
// channel give it.
type Fill struct {
	Market        string `json:"market"`
	FillID        uint64 `json:"fill_id"`
	OrderID       uint64 `json:"order_id"`
	ClientOrderID string `json:"client_order_id,omitempty"`
	Side          string `json:"side"`
	Price         string `json:"price"`
	Size          string `json:"size"`
	Fee           string `json:"fee"`
	FeeAsset      string `json:"fee_asset"`
	Liquidity     string `json:"liquidity"`
	Settlement    string `json:"settlement"`
	CmdSeq        uint64 `json:"cmd_seq"`
	Time          string `json:"time"`
	TimeMS        int64  `json:"time_ms"`
}

// Balance is one asset's balance.
type Balance struct {
	Asset     string `json:"asset"`
	Available string `json:"available"`
	Held      string `json:"held"`
	CmdSeq    uint64 `json:"cmd_seq,omitempty"`
}

// Settlement is one side's view of a fill's settlement state, on the
// settlement channel.
type Settlement struct {
	Market        string `json:"market"`
	FillID        uint64 `json:"fill_id"`
	OrderID       uint64 `json:"order_id"`
	ClientOrderID string `json:"client_order_id,omitempty"`
	Side          string `json:"side"`
	Liquidity     string `json:"liquidity"`
	Price         string `json:"price"`
	Size          string `json:"size"`
	State         string `json:"state"`
	Batch         uint64 `json:"batch,omitempty"`
	Reason        string `json:"reason,omitempty"`
	Party         string `json:"party,omitempty"`
	CmdSeq        uint64 `json:"cmd_seq"`
	Time          string `json:"time"`
	TimeMS        int64  `json:"time_ms"`
}

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
