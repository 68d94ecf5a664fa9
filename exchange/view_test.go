package exchange

import (
	"reflect"
	"testing"
)

// TestViewMarkets: Markets lists every spec in id order and
// MarketByInstrument finds a market by its instrument id, on a live engine
// and on one restored from its snapshot (which rebuilds the index), and
// the view answers as the engine does.
func TestViewMarkets(t *testing.T) {
	e := New(Config{})
	specs := fzMarkets()
	for i := range specs {
		e.Apply(&Command{Kind: CmdAddMarket, Seq: uint64(i + 1), Spec: &specs[i]})
	}
	r, err := Restore(Config{}, e.Snapshot())
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range []*Engine{e, r} {
		v := x.View()
		if got := v.Markets(); !reflect.DeepEqual(got, specs) {
			t.Fatalf("Markets: %+v", got)
		}
		for i, s := range specs {
			id, got, ok := v.MarketByInstrument(s.Instrument)
			if !ok || id != MarketID(i) || got != s {
				t.Fatalf("MarketByInstrument(%x): %d %v", s.Instrument, id, ok)
			}
		}
		if _, _, ok := v.MarketByInstrument([32]byte{31: 99}); ok {
			t.Fatal("found an unknown instrument")
		}
		if v.StateHash() != e.StateHash() || v.LastSeq() != 2 {
			t.Fatal("the view disagrees with the engine")
		}
	}
	if len(New(Config{}).View().Markets()) != 0 {
		t.Fatal("markets on an empty engine")
	}
}
