package exchange

import (
	"bytes"
	"errors"
	"slices"
	"testing"
	"unsafe"
)

// settleEngine returns an engine with two accounts that traded n times in
// one market (alice buys from bob), fees on both sides.
func settleEngine(t *testing.T, cfg Config, n int) (*Engine, *uint64) {
	t.Helper()
	e := New(cfg)
	seq := new(uint64)
	spec := MarketSpec{Instrument: [32]byte{1}, BaseAsset: 1, TickSize: 1, LotSize: 1, MaxPrice: 1000, MaxQty: 100, MakerFeeBps: 10, TakerFeeBps: 25}
	cmds := []Command{
		{Kind: CmdAddMarket, Spec: &spec},
		{Kind: CmdOpenAccount, Address: [20]byte{1}},
		{Kind: CmdOpenAccount, Address: [20]byte{2}},
		{Kind: CmdDeposit, Account: 0, Asset: 0, Amount: 10_000_000},
		{Kind: CmdDeposit, Account: 1, Asset: 1, Amount: 10_000},
	}
	for i := range n {
		cmds = append(cmds,
			Command{Kind: CmdPlace, Account: 1, OrderID: OrderID(2*i + 1), Side: Sell, Price: 500, Qty: 2, MaxFeeBps: 25},
			Command{Kind: CmdPlace, Account: 0, OrderID: OrderID(2*i + 2), Side: Buy, Price: 500, Qty: 2, TIF: IOC, MaxFeeBps: 25})
	}
	for i := range cmds {
		mustApply(t, e, seq, cmds[i])
	}
	return e, seq
}

func mustApply(t *testing.T, e *Engine, seq *uint64, c Command) []Event {
	t.Helper()
	*seq++
	c.Seq = *seq
	evs := e.Apply(&c)
	for _, ev := range evs {
		if ev.Kind == EvRejected {
			t.Fatalf("command %+v rejected %v", c, ev.Reason)
		}
	}
	if err := e.CheckInvariants(); err != nil {
		t.Fatal(err)
	}
	return evs
}

// TestSettlementSnapshot: the ledger, the open batches and the chain
// position are state: in the snapshot, the hash and what Restore rebuilds.
func TestSettlementSnapshot(t *testing.T) {
	e, seq := settleEngine(t, Config{}, 5)
	if e.PendingCount() != 5 {
		t.Fatalf("%d pending", e.PendingCount())
	}
	h0 := e.StateHash()
	mustApply(t, e, seq, Command{Kind: CmdSettleBatch, Batch: 1, Count: 2})
	h1 := e.StateHash()
	mustApply(t, e, seq, Command{Kind: CmdSettleBatch, Batch: 2, Count: 2})
	mustApply(t, e, seq, Command{Kind: CmdSettlementResult, Batch: 1, Meta: []byte{0, 0x4d}, Chain: ChainPos(7, 1)})
	h2 := e.StateHash()
	mustApply(t, e, seq, Command{Kind: CmdDeposit, Account: 0, Asset: 0, Amount: 1, Chain: ChainPos(7, 2)})
	mustApply(t, e, seq, Command{Kind: CmdWithdraw, Account: 0, Asset: 0, Amount: 1})
	h3 := e.StateHash()
	if h0 == h1 || h1 == h2 || h2 == h3 {
		t.Fatal("closing a batch, a result or the chain position does not change the state hash")
	}
	snap := e.Snapshot()
	r, err := Restore(Config{}, snap)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(r.Snapshot(), snap) || r.ChainPosition() != ChainPos(7, 2) || r.NextBatch() != 3 ||
		r.PendingCount() != 3 || r.UnbatchedCount() != 1 {
		t.Fatalf("restored: chain %d next batch %d pending %d unbatched %d", r.ChainPosition(), r.NextBatch(), r.PendingCount(), r.UnbatchedCount())
	}
	if !slices.EqualFunc(slices.Collect(r.PendingFills()), slices.Collect(e.PendingFills()), PendingFill.Equal) {
		t.Fatal("restored ledger differs")
	}
	b1, _ := e.Batch(2)
	b2, ok := r.Batch(2)
	if !ok || !slices.EqualFunc(b1, b2, PendingFill.Equal) || len(b2) != 2 {
		t.Fatalf("restored batch 2: %v %v", b2, ok)
	}
	// Both go on identically.
	for _, c := range []Command{
		{Kind: CmdSettlementResult, Batch: 2, Meta: []byte{0x81, 0}, Chain: ChainPos(7, 2)},
		{Kind: CmdSettlementResult, Batch: 2, Meta: []byte{0x81, 0}, Chain: ChainPos(8, 0)},
		{Kind: CmdSettleBatch, Batch: 3, Count: 1},
	} {
		*seq++
		c.Seq = *seq
		c1, c2 := c, c
		if !slices.Equal(slices.Clone(e.Apply(&c1)), r.Apply(&c2)) {
			t.Fatalf("restored engine answers %+v differently", c)
		}
	}
	if e.StateHash() != r.StateHash() {
		t.Fatal("restored engine diverged")
	}
}

// TestRestoreRejectsBadLedger: a ledger that cannot have come from the
// engine is refused.
func TestRestoreRejectsBadLedger(t *testing.T) {
	for name, mutate := range map[string]func(e *Engine){
		"batch beyond pending": func(e *Engine) { e.batchLen, e.batched = []uint32{9}, 9 },
		"empty batch":          func(e *Engine) { e.batchLen = []uint32{0} },
		"batch base 0":         func(e *Engine) { e.batchBase = 0 },
		"fill beyond market":   func(e *Engine) { e.pend[2].seq = 1 << 40 },
		"fills out of order":   func(e *Engine) { e.pend[0], e.pend[1] = e.pend[1], e.pend[0] },
		"unknown account":      func(e *Engine) { e.pend[0].maker = 7 },
		"zero quantity":        func(e *Engine) { e.pend[0].qty = 0 },
	} {
		e, _ := settleEngine(t, Config{}, 3)
		mutate(e)
		if _, err := Restore(Config{}, e.Snapshot()); !errors.Is(err, ErrSnapshot) {
			t.Errorf("%s: err %v", name, err)
		}
	}
	e, _ := settleEngine(t, Config{}, 1)
	if _, err := Restore(Config{NoSettlement: true}, e.Snapshot()); !errors.Is(err, ErrSnapshot) {
		t.Errorf("pending fills restored under NoSettlement: err %v", err)
	}
}

// TestNoSettlement: the flash1 setting keeps no ledger.
func TestNoSettlement(t *testing.T) {
	e, seq := settleEngine(t, Config{NoSettlement: true}, 4)
	if e.PendingCount() != 0 {
		t.Fatalf("%d pending under NoSettlement", e.PendingCount())
	}
	*seq++
	evs := e.Apply(&Command{Kind: CmdSettleBatch, Seq: *seq, Batch: 1, Count: 1})
	if len(evs) != 1 || evs[0].Reason != ReasonInvalidBatchSize {
		t.Fatalf("settle batch under NoSettlement: %+v", evs)
	}
	if _, err := Restore(Config{NoSettlement: true}, e.Snapshot()); err != nil {
		t.Fatal(err)
	}
}

// TestLedgerMemory: a ledger record stays small, and resolved fills give
// their room back.
func TestLedgerMemory(t *testing.T) {
	if s := unsafe.Sizeof(pendingFill{}); s > 120 {
		t.Fatalf("a pending fill takes %d bytes", s)
	}
	e, seq := settleEngine(t, Config{}, 40)
	for b := uint64(1); e.PendingCount() > 0; b++ {
		n := min(3, e.UnbatchedCount())
		mustApply(t, e, seq, Command{Kind: CmdSettleBatch, Batch: b, Count: uint32(n)})
		mustApply(t, e, seq, Command{Kind: CmdSettlementResult, Batch: b, Meta: make([]byte, n)})
		if e.pendHead > e.PendingCount() {
			t.Fatalf("ledger keeps %d resolved records for %d pending", e.pendHead, e.PendingCount())
		}
	}
	if e.pendHead != 0 || len(e.pend) != 0 {
		t.Fatalf("empty ledger keeps head %d, %d records", e.pendHead, len(e.pend))
	}
}
