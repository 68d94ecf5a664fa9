package exchange

import (
	"iter"
	"slices"
)

// The settlement ledger (docs/engine.md, "Settlement"): every fill is
// pending until the chain settles or reverts it. Batches partition a prefix
// of the pending fills, in fill order; results resolve the oldest open batch.

// pendingFill is one ledger record (120 bytes). The flash1 replay runs
// with NoSettlement and keeps none.
type pendingFill struct {
	seq        uint64 // the EvFill's market Seq
	takerOrder OrderID
	makerOrder OrderID
	price      int64
	qty        int64
	takerFee   int64
	makerFee   int64
	market     MarketID
	taker      AccountID
	maker      AccountID
	side       Side // the taker's
	// The signed orders (Command.Meta) of the taker and the maker, shared
	// with the orders and never written: the batch that settles the fill
	// needs them after the orders have left the book.
	takerMeta, makerMeta []byte
}

func (f *pendingFill) public() PendingFill {
	return PendingFill{
		ID: FillID{f.market, f.seq}, Taker: f.taker, Maker: f.maker,
		TakerOrder: f.takerOrder, MakerOrder: f.makerOrder, TakerSide: f.side,
		Price: f.price, Qty: f.qty, TakerFee: f.takerFee, MakerFee: f.makerFee,
		TakerMeta: clip(f.takerMeta), MakerMeta: clip(f.makerMeta),
	}
}

// chainKind reports whether commands of kind k may come from the chain and
// carry Command.Chain.
func chainKind(k CommandKind) bool {
	return k == CmdDeposit || k == CmdWithdraw || k == CmdCancelNoncesBelow || k == CmdSettlementResult ||
		(k >= CmdChainDeposit && k <= CmdChainCancelNonces) || k == CmdChainCapacity || k == CmdChainLease
}

// pending returns the ledger's live records, oldest first.
func (e *Engine) pending() []pendingFill { return e.pend[e.pendHead:] }

// PendingCount returns the number of fills neither settled nor reverted.
func (e *Engine) PendingCount() int { return len(e.pend) - e.pendHead }

// UnbatchedCount returns the number of pending fills in no batch yet: the
// most a CmdSettleBatch may take.
func (e *Engine) UnbatchedCount() int { return e.PendingCount() - e.batched }

// PendingFills iterates the fills neither settled nor reverted, in fill
// order (batched ones first). The engine must not change while it runs.
func (e *Engine) PendingFills() iter.Seq[PendingFill] {
	return func(yield func(PendingFill) bool) {
		for i := range e.pending() {
			if !yield(e.pend[e.pendHead+i].public()) {
				return
			}
		}
	}
}

// NextBatch returns the id the next CmdSettleBatch must carry.
func (e *Engine) NextBatch() uint64 { return e.batchBase + uint64(len(e.batchLen)) }

// OldestOpenBatch returns the id of the batch the next CmdSettlementResult
// must be about, if any batch is open.
func (e *Engine) OldestOpenBatch() (uint64, bool) { return e.batchBase, len(e.batchLen) > 0 }

// Batch returns the fills of an open batch (closed by CmdSettleBatch, no
// result yet) in order: what the settlement transaction of the batch
// carries. It returns false for any other id.
func (e *Engine) Batch(id uint64) ([]PendingFill, bool) {
	if id < e.batchBase || id-e.batchBase >= uint64(len(e.batchLen)) {
		return nil, false
	}
	start := 0
	for _, n := range e.batchLen[:id-e.batchBase] {
		start += int(n)
	}
	p := e.pending()[start : start+int(e.batchLen[id-e.batchBase])]
	out := make([]PendingFill, len(p))
	for i := range p {
		out[i] = p[i].public()
	}
	return out, true
}

// ChainPosition returns the highest Command.Chain applied (0 = none).
func (e *Engine) ChainPosition() uint64 { return e.chainPos }

// clip caps a shared slice so that an append by the caller cannot write
// into the engine's copy.
func clip(b []byte) []byte { return b[:len(b):len(b)] }

// record appends a fill to the ledger, with the signed orders of the taker
// (in tslot) and the maker (in mslot).
func (e *Engine) record(ev *Event, tslot, mslot int32) {
	if e.cfg.NoSettlement {
		return
	}
	e.pend = append(e.pend, pendingFill{
		seq: ev.Seq, takerOrder: ev.OrderID, makerOrder: ev.MakerOrderID,
		price: ev.Price, qty: ev.Qty, takerFee: ev.TakerFee, makerFee: ev.MakerFee,
		market: ev.Market, taker: ev.Account, maker: ev.MakerAccount, side: ev.Side,
		takerMeta: e.takerMeta(tslot), makerMeta: e.slotMeta(mslot),
	})
}

// slotMeta returns the meta of the order in slot, or nil.
func (e *Engine) slotMeta(slot int32) []byte {
	if x := e.ext(slot); x != nil {
		return x.meta
	}
	return nil
}

// takerMeta returns the meta of the taking order in slot: a resting order's
// (an amend that crosses) or that of the place command being matched,
// copied once, since the command's slice is the caller's.
func (e *Engine) takerMeta(slot int32) []byte {
	if m := e.slotMeta(slot); m != nil {
		return m
	}
	if c := e.placing; c != nil && len(c.Meta) > 0 {
		if e.placingMeta == nil {
			e.placingMeta = slices.Clone(c.Meta)
		}
		return e.placingMeta
	}
	return nil
}

func (e *Engine) settleBatch(c *Command) {
	if c.Batch != e.NextBatch() {
		e.reject(c, ReasonBadBatchID)
		return
	}
	if c.Count == 0 || int64(c.Count) > int64(e.UnbatchedCount()) {
		e.reject(c, ReasonInvalidBatchSize)
		return
	}
	e.batchLen = append(e.batchLen, c.Count)
	e.batched += int(c.Count)
	ev := e.ledgerEvent(EvBatchClosed)
	ev.Batch = c.Batch
	ev.Qty = int64(c.Count)
}

func (e *Engine) settlementResult(c *Command) {
	if len(e.batchLen) == 0 || c.Batch != e.batchBase {
		e.reject(c, ReasonBadBatchID)
		return
	}
	n := int(e.batchLen[0])
	if len(c.Meta) != n {
		e.reject(c, ReasonBadResults)
		return
	}
	for i, r := range c.Meta {
		f := &e.pend[e.pendHead+i]
		kind := EvSettled
		if r != 0 {
			kind = EvReverted
			e.reverse(f)
		} else if e.markets[f.market].spot != 0 {
			e.spotSettled(f)
		}
		ev := e.ledgerEvent(kind)
		ev.Result = r
		ev.Batch = c.Batch
		ev.FillMarket, ev.FillSeq = f.market, f.seq
		ev.Account, ev.OrderID, ev.Side = f.taker, f.takerOrder, f.side
		ev.MakerAccount, ev.MakerOrderID = f.maker, f.makerOrder
		ev.Price, ev.Qty, ev.TakerFee, ev.MakerFee = f.price, f.qty, f.takerFee, f.makerFee
	}
	clear(e.pend[e.pendHead : e.pendHead+n]) // drop the meta references
	e.pendHead += n
	e.batched -= n
	e.batchLen = append(e.batchLen[:0], e.batchLen[1:]...)
	e.batchBase++
	// Keep the ledger's memory proportional to what is pending.
	switch live := len(e.pend) - e.pendHead; {
	case live == 0:
		e.pend, e.pendHead = e.pend[:0], 0
	case e.pendHead >= live:
		copy(e.pend, e.pend[e.pendHead:])
		clear(e.pend[live:])
		e.pend, e.pendHead = e.pend[:live], 0
	}
}

// reverse undoes fill f in the balances, exactly: the buyer gets back the
// notional and its fee and gives back the tokens, the seller gives back the
// notional less its fee and gets its tokens back, the market's fee balance
// gives back both fees. Only available balances change, and they may go
// negative. It touches the taker's quote and base balances, then the
// maker's, then the fee balance.
func (e *Engine) reverse(f *pendingFill) {
	m := &e.markets[f.market]
	s := &m.spec
	base := f.qty * s.LotSize
	n := base * f.price * s.TickSize
	tq, tb := e.balance(f.taker, s.QuoteAsset), e.balance(f.taker, s.BaseAsset)
	mq, mb := e.balance(f.maker, s.QuoteAsset), e.balance(f.maker, s.BaseAsset)
	for _, sl := range [...]int32{tq, tb, mq, mb} {
		e.touch(sl)
	}
	bq, bb, sq, sb := tq, tb, mq, mb
	bf, sf := f.takerFee, f.makerFee
	seller := f.maker
	if f.side == Sell {
		bq, bb, sq, sb = mq, mb, tq, tb
		bf, sf = sf, bf
		seller = f.taker
	}
	e.bals[bq].avail += n + bf
	if m.spot == 0 {
		e.bals[bb].avail -= base
		e.bals[sb].avail += base
		e.bals[sq].avail -= n - sf
	} else {
		// The escrow gives the notional back and the seller's pending
		// capacity is free again (spot.go); the seller was paid nothing
		// and paid no fee.
		e.supply[s.QuoteAsset] += n
		e.spotRelease(seller, f.market, base, false)
	}
	if bf|sf != 0 {
		e.touch(m.feeBal).avail -= bf + sf
	}
}
