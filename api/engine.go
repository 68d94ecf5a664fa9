package api

import (
	"cmp"
	"context"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/api/wire"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/sequencer"
)

// Engine is what order entry needs from the engine process. The gateway
// declares it; SequencerEngine implements it in process, and a remote
// implementation (over the bus, to a sharded engine) can follow.
type Engine interface {
	// Submit journals and applies cmd and returns it as stamped (Seq,
	// Time, and the OrderID of a place submitted with 0) with the events
	// it caused. It returns only after the command is durable: what the
	// gateway acknowledges from the events is journaled first.
	Submit(ctx context.Context, cmd exchange.Command) (exchange.Command, []exchange.Event, error)
	// Account returns the engine account of addr.
	Account(ctx context.Context, addr common.Address) (exchange.AccountID, bool, error)
	// Order returns a live order.
	Order(ctx context.Context, id exchange.OrderID) (exchange.OrderInfo, bool, error)
	// OrderByNonce returns the live order account placed with nonce (its
	// client order id).
	OrderByNonce(ctx context.Context, account exchange.AccountID, nonce uint64) (exchange.OrderInfo, bool, error)
	// OpenOrders returns the account's live orders that carry a signed
	// order (every order placed through a gateway), by order id.
	OpenOrders(ctx context.Context, account exchange.AccountID) ([]OpenOrder, error)
	// Balances returns the account's balances in every asset of a market.
	Balances(ctx context.Context, account exchange.AccountID) ([]AssetBalance, error)
	// OrderState returns what the engine knows of one order of account,
	// named by id, or by nonce when id is 0.
	OrderState(ctx context.Context, account exchange.AccountID, id exchange.OrderID, nonce uint64) (OrderState, error)
	// NonceBase returns the account's lowest unused nonce.
	NonceBase(ctx context.Context, account exchange.AccountID) (uint64, error)
}

// OrderState is what the engine knows of one order of an account.
type OrderState struct {
	// Live: the order rests on the book; Order is it.
	Live  bool
	Order OpenOrder
	// Nonce is the nonce asked, or the live order's; NonceUsed reports
	// whether it can no longer be used (an order with it was accepted, or
	// the account cancelled the nonces below a floor above it).
	Nonce     uint64
	NonceUsed bool
}

// OpenOrder is a live order and the size it was placed with (lots; 0 when
// unknown).
type OpenOrder struct {
	exchange.OrderInfo
	Placed int64
}

// AssetBalance is one balance of an account, in the asset's base units.
type AssetBalance struct {
	Asset           exchange.AssetID
	Available, Held int64
}

// SequencerEngine is the in-process Engine: the gateway and the sequencer
// share one process.
type SequencerEngine struct {
	Seq *sequencer.Sequencer
}

var _ Engine = SequencerEngine{}

type submitted struct {
	cmd exchange.Command
	evs []exchange.Event
}

// Submit hands cmd to the sequencer and waits for its done callback, which
// runs after the journal write and the engine's Apply.
func (e SequencerEngine) Submit(ctx context.Context, cmd exchange.Command) (exchange.Command, []exchange.Event, error) {
	ch := make(chan submitted, 1)
	err := e.Seq.Submit(cmd, func(c *exchange.Command, evs []exchange.Event) {
		out := *c
		out.Meta, out.Spec = nil, nil // the caller's; not needed in the answer
		ch <- submitted{cmd: out, evs: slices.Clone(evs)}
	})
	if err != nil {
		return exchange.Command{}, nil, err
	}
	select {
	case r := <-ch:
		return r.cmd, r.evs, nil
	case <-ctx.Done():
		// The command may still be applied: the caller cannot know.
		return exchange.Command{}, nil, ctx.Err()
	}
}

// Account looks addr up on the engine's goroutine.
func (e SequencerEngine) Account(_ context.Context, addr common.Address) (a exchange.AccountID, ok bool, err error) {
	err = e.Seq.Query(func(en exchange.View) { a, ok = en.AccountByAddress(addr) })
	return a, ok, err
}

// Order looks a live order up on the engine's goroutine.
func (e SequencerEngine) Order(_ context.Context, id exchange.OrderID) (o exchange.OrderInfo, ok bool, err error) {
	err = e.Seq.Query(func(en exchange.View) { o, ok = en.Order(id) })
	return o, ok, err
}

// OrderByNonce looks a live order up by its account and nonce.
func (e SequencerEngine) OrderByNonce(_ context.Context, account exchange.AccountID, nonce uint64) (o exchange.OrderInfo, ok bool, err error) {
	err = e.Seq.Query(func(en exchange.View) {
		var id exchange.OrderID
		if id, ok = en.OrderByNonce(account, nonce); ok {
			o, ok = en.Order(id)
		}
	})
	return o, ok, err
}

// OrderState looks one order of account up, by id or else by nonce, in one
// query of the engine.
func (e SequencerEngine) OrderState(_ context.Context, account exchange.AccountID, id exchange.OrderID, nonce uint64) (st OrderState, err error) {
	err = e.Seq.Query(func(en exchange.View) {
		if id == 0 {
			id, _ = en.OrderByNonce(account, nonce)
		}
		if o, ok := en.Order(id); ok && id != 0 && o.Account == account {
			st.Live, st.Order.OrderInfo = true, o
			if meta, ok := en.OrderMeta(id); ok {
				st.Order.Placed = placedLots(en, o.Market, meta)
			}
			nonce = o.Nonce
		}
		st.Nonce, st.NonceUsed = nonce, en.NonceUsed(account, nonce)
	})
	return st, err
}

// NonceBase reads the account's lowest unused nonce.
func (e SequencerEngine) NonceBase(_ context.Context, account exchange.AccountID) (base uint64, err error) {
	err = e.Seq.Query(func(en exchange.View) { base = en.NonceBase(account) })
	return base, err
}

// OpenOrders lists the account's live orders with signed meta.
func (e SequencerEngine) OpenOrders(_ context.Context, account exchange.AccountID) (out []OpenOrder, err error) {
	err = e.Seq.Query(func(en exchange.View) {
		for id, meta := range en.OrderMetas() {
			o, ok := en.Order(id)
			if !ok || o.Account != account {
				continue
			}
			out = append(out, OpenOrder{OrderInfo: o, Placed: placedLots(en, o.Market, meta)})
		}
	})
	slices.SortFunc(out, func(a, b OpenOrder) int { return cmp.Compare(a.ID, b.ID) })
	return out, err
}

// placedLots reads the placed size from an order's signed meta (0 for a
// market the engine does not know, whose LotSize is 0).
func placedLots(en exchange.View, m exchange.MarketID, meta []byte) int64 {
	spec, _ := en.Spec(m)
	return wire.PlacedLots(meta, spec.LotSize)
}

// Balances reads the account's balances in every asset a market uses.
func (e SequencerEngine) Balances(_ context.Context, account exchange.AccountID) (out []AssetBalance, err error) {
	err = e.Seq.Query(func(en exchange.View) {
		var seen []exchange.AssetID
		for _, s := range en.Markets() {
			for _, a := range []exchange.AssetID{s.QuoteAsset, s.BaseAsset} {
				if slices.Contains(seen, a) {
					continue
				}
				seen = append(seen, a)
				av, h := en.Balance(account, a)
				out = append(out, AssetBalance{Asset: a, Available: av, Held: h})
			}
		}
	})
	return out, err
}

// errNoAccount: the engine refused to open an account for an address.
