package marketdata

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
)

// TestTickerSpotReference: a reservation window's ticker carries its
// grade's spot reference (the spot market with the shortest lease): null
// before that market trades, its last price after, and a spot trade sends
// the window's ticker again. Windows of another grade, and the spot
// markets themselves, carry none.
func TestTickerSpotReference(t *testing.T) {
	id := func(in instrument.Instrument, err error) [32]byte {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		v, err := in.Encode()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	start := time.Date(2027, 1, 4, 0, 0, 0, 0, time.UTC)
	window := id(instrument.NewReservation(instrument.GPUH100SXM, instrument.SXM, instrument.RegionUS, 1, start, 168))
	spot4 := id(instrument.NewSpot(instrument.GPUH100SXM, instrument.SXM, instrument.RegionUS, 1, 4))
	spot1 := id(instrument.NewSpot(instrument.GPUH100SXM, instrument.SXM, instrument.RegionUS, 1, 1))
	other := id(instrument.NewReservation(instrument.GPUH200, instrument.SXM, instrument.RegionUS, 1, start, 168))
	specs := []exchange.MarketSpec{
		{Instrument: window, Symbol: "W", TickSize: 100, LotSize: 1},
		{Instrument: spot4, Symbol: "S4", TickSize: 100, LotSize: 4},
		{Instrument: spot1, Symbol: "S1", TickSize: 1000, LotSize: 1},
		{Instrument: other, Symbol: "O", TickSize: 100, LotSize: 1},
	}
	f := New(Config{})
	now := int64(1_800_000_000_000_000_000)
	for i := range specs {
		f.Apply(&exchange.Command{Kind: exchange.CmdAddMarket, Time: now, Spec: &specs[i]},
			[]exchange.Event{{Kind: exchange.EvMarketAdded, Market: exchange.MarketID(i)}})
	}
	data := func(m TickerMessage) TickerData {
		t.Helper()
		var env struct{ Data TickerData }
		if err := json.Unmarshal(m.AppendJSON(nil), &env); err != nil {
			t.Fatal(err)
		}
		return env.Data
	}
	tick := func(m exchange.MarketID) TickerData {
		t.Helper()
		msg, ok := f.TickerSnapshot(m)
		if !ok {
			t.Fatalf("no market %d", m)
		}
		return data(msg)
	}
	if d := tick(0); d.SpotMarket != "S1" || d.Spot != nil {
		t.Fatalf("window before any spot trade: spot %v of %q, want null of S1 (the shortest lease)", d.Spot, d.SpotMarket)
	}
	for _, m := range []exchange.MarketID{1, 2, 3} {
		if d := tick(m); d.SpotMarket != "" || d.Spot != nil {
			t.Fatalf("market %d carries a spot reference %q", m, d.SpotMarket)
		}
	}
	// The 4-hour spot market trading changes nothing: it is not the
	// reference.
	out := f.Apply(&exchange.Command{Kind: exchange.CmdPlace, Time: now + 1}, []exchange.Event{{Kind: exchange.EvTrade, Market: 1, Price: 20000, Qty: 1}})
	if len(out.Tickers) != 1 || out.Tickers[0].Market.Symbol != "S4" {
		t.Fatalf("%d ticker updates after a 4-hour spot trade", len(out.Tickers))
	}
	// The 1-hour one at 1.95/GPU-hour (1950 ticks of 1000): the window's
	// ticker follows in its own ticks.
	out = f.Apply(&exchange.Command{Kind: exchange.CmdPlace, Time: now + 2}, []exchange.Event{{Kind: exchange.EvTrade, Market: 2, Price: 1950, Qty: 1}})
	var syms []string
	for _, m := range out.Tickers {
		syms = append(syms, m.Market.Symbol)
	}
	if len(syms) != 2 || syms[0] != "S1" || syms[1] != "W" {
		t.Fatalf("ticker updates %v after a reference spot trade, want [S1 W]", syms)
	}
	if d := data(out.Tickers[1]); d.Spot == nil || *d.Spot != "1.9500" || d.SpotMarket != "S1" {
		t.Fatalf("window's spot %v of %q, want 1.9500 of S1", d.Spot, d.SpotMarket)
	}
	if d := tick(3); d.SpotMarket != "" {
		t.Fatalf("another grade's window carries %q", d.SpotMarket)
	}
}
