package exchange

import "testing"

// TestRestoreUnderLongerHorizon: a snapshot written without a horizon
// restores under one (a node upgraded over its old journal), and a resting
// order that the new horizon covers leaves, EXPIRY_WITHIN_HORIZON, at the
// next command that moves time; the restored engine never matches it.
func TestRestoreUnderLongerHorizon(t *testing.T) {
	e := New(Config{})
	spec := MarketSpec{Instrument: [32]byte{1}, BaseAsset: 1, TickSize: 1, LotSize: 1, MaxPrice: 100, MaxQty: 100}
	for i, c := range []Command{
		{Kind: CmdAddMarket, Spec: &spec},
		{Kind: CmdOpenAccount, Address: [20]byte{1}},
		{Kind: CmdDeposit, Asset: 0, Amount: 1000},
		{Kind: CmdPlace, OrderID: 7, Price: 10, Qty: 2, TIF: GTD, Expiry: 1_000},
	} {
		c.Seq, c.Time = uint64(i+1), 100
		if evs := e.Apply(&c); len(evs) > 0 && evs[0].Kind == EvRejected {
			t.Fatalf("setup %d: %v", i, evs[0].Reason)
		}
	}
	r, err := Restore(Config{SettlementHorizon: 950}, e.Snapshot())
	if err != nil {
		t.Fatal(err)
	}
	evs := r.Apply(&Command{Kind: CmdTick, Seq: 5, Time: 101})
	if len(evs) == 0 || evs[0].Kind != EvCanceled || evs[0].OrderID != 7 || evs[0].Reason != ReasonExpiryWithinHorizon {
		t.Fatalf("the order within the new horizon did not leave: %+v", evs)
	}
	if err := r.CheckInvariants(); err != nil {
		t.Fatal(err)
	}
}
