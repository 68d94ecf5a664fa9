package exchange

import (
	"bytes"
	"testing"
)

// TestSkipFills: CmdSkipFills takes fills out of an open batch that is not
// the oldest, reverting them exactly as a contract skip does (the same
// balances as CmdSettlementResult with that result), keeps the rest in
// order for the batch's result, survives a snapshot, and refuses bad
// input without changing anything.
func TestSkipFills(t *testing.T) {
	e, seq := settleEngine(t, Config{}, 6)
	twin, tseq := settleEngine(t, Config{}, 6)
	for _, x := range []struct {
		e   *Engine
		seq *uint64
	}{{e, seq}, {twin, tseq}} {
		mustApply(t, x.e, x.seq, Command{Kind: CmdSettleBatch, Batch: 1, Count: 2})
		mustApply(t, x.e, x.seq, Command{Kind: CmdSettleBatch, Batch: 2, Count: 3})
	}
	before, _ := e.Batch(2)
	a0, h0 := e.Balance(0, 0)
	for _, bad := range []Command{
		{Kind: CmdSkipFills, Batch: 3, Meta: SkipMeta([]SkipEntry{{0, ResultSimulationFailed}})},
		{Kind: CmdSkipFills, Batch: 2},
		{Kind: CmdSkipFills, Batch: 2, Meta: []byte{0, 0}},
		{Kind: CmdSkipFills, Batch: 2, Meta: SkipMeta([]SkipEntry{{3, ResultSimulationFailed}})},
		{Kind: CmdSkipFills, Batch: 2, Meta: SkipMeta([]SkipEntry{{1, ResultSimulationFailed}, {1, ResultSimulationFailed}})},
		{Kind: CmdSkipFills, Batch: 2, Meta: SkipMeta([]SkipEntry{{1, 0x43}})}, // a contract result
	} {
		*seq++
		bad.Seq = *seq
		evs := e.Apply(&bad)
		if len(evs) != 1 || evs[0].Kind != EvRejected {
			t.Fatalf("%+v: %+v", bad, evs)
		}
	}
	if b, _ := e.Batch(2); len(b) != 3 || e.PendingCount() != 6 {
		t.Fatal("a refused skip changed the ledger")
	}
	if a, h := e.Balance(0, 0); a != a0 || h != h0 {
		t.Fatal("a refused skip changed a balance")
	}

	evs := mustApply(t, e, seq, Command{Kind: CmdSkipFills, Batch: 2,
		Meta: SkipMeta([]SkipEntry{{0, ResultSimulationFailed}, {2, ResultUnbuildable}})})
	var reverted []Event
	for _, ev := range evs {
		if ev.Kind == EvReverted {
			reverted = append(reverted, ev)
		}
	}
	if len(reverted) != 2 || reverted[0].FillSeq != before[0].ID.Seq || reverted[1].FillSeq != before[2].ID.Seq ||
		reverted[0].Result != ResultSimulationFailed || reverted[1].Result != ResultUnbuildable || reverted[0].Batch != 2 {
		t.Fatalf("reverted %+v", reverted)
	}
	after, ok := e.Batch(2)
	if !ok || len(after) != 1 || !after[0].Equal(before[1]) || e.PendingCount() != 4 || e.UnbatchedCount() != 1 {
		t.Fatalf("batch 2 after the skip: %+v (pending %d, unbatched %d)", after, e.PendingCount(), e.UnbatchedCount())
	}
	// The balances are those of the contract skipping the two fills.
	mustApply(t, twin, tseq, Command{Kind: CmdSettlementResult, Batch: 1, Meta: []byte{0, 0}})
	mustApply(t, twin, tseq, Command{Kind: CmdSettlementResult, Batch: 2, Meta: []byte{0x43, 0, 0x43}})
	mustApply(t, e, seq, Command{Kind: CmdSettlementResult, Batch: 1, Meta: []byte{0, 0}})
	r, err := Restore(Config{}, e.Snapshot())
	if err != nil || !bytes.Equal(r.Snapshot(), e.Snapshot()) {
		t.Fatalf("restore: %v", err)
	}
	mustApply(t, e, seq, Command{Kind: CmdSettlementResult, Batch: 2, Meta: []byte{0}})
	for acct := AccountID(0); acct < 2; acct++ {
		for asset := AssetID(0); asset < 2; asset++ {
			a1, h1 := e.Balance(acct, asset)
			a2, h2 := twin.Balance(acct, asset)
			if a1 != a2 || h1 != h2 {
				t.Errorf("account %d asset %d: %d+%d after the skip, %d+%d after the chain's", acct, asset, a1, h1, a2, h2)
			}
		}
	}
	if e.PendingCount() != 1 || twin.PendingCount() != 1 {
		t.Fatalf("pending %d and %d", e.PendingCount(), twin.PendingCount())
	}
}

// TestSkipFillsCodec: the command round-trips through the journal codec.
func TestSkipFillsCodec(t *testing.T) {
	c := Command{Kind: CmdSkipFills, Seq: 3, Time: 4, Batch: 9, Meta: SkipMeta([]SkipEntry{{5, ResultSimulationFailed}})}
	var d Command
	if err := DecodeCommand(AppendCommand(nil, &c), &d); err != nil || d.Batch != 9 || !bytes.Equal(d.Meta, c.Meta) {
		t.Fatalf("%+v %v", d, err)
	}
	if err := DecodeCommand(append(AppendCommand(nil, &c), 0), &d); err == nil {
		t.Fatal("a trailing byte decoded")
	}
}
