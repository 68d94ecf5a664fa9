package node_test

import (
	"strings"
	"testing"

	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/internal/node"
)

func TestReadMarkets(t *testing.T) {
	specs, err := node.ReadMarkets(strings.NewReader(`{"markets": [
		{"symbol": "H100SXM-US-T1-2026-11-30+168h", "tick_size": 100, "min_notional": 1000000, "ref_price": 21000, "band_bps": 2500, "taker_fee_bps": 5},
		{"symbol": "H200-US-T1-2026-11-30+168h", "tick_size": 100, "lot_size": 2, "max_price": 4096, "max_qty": 100}
	]}`))
	if err != nil {
		t.Fatal(err)
	}
	in, err := instrument.ParseSymbol("H100SXM-US-T1-2026-11-30+168h")
	if err != nil {
		t.Fatal(err)
	}
	id, _ := in.Encode()
	want := exchange.MarketSpec{Instrument: id, Symbol: "H100SXM-US-T1-2026-11-30+168h", BaseAsset: 1, QuoteAsset: 0,
		TickSize: 100, LotSize: 1, MinNotional: 1_000_000, MaxPrice: 1 << 20, MaxQty: 1 << 20, RefPrice: 21000, BandBps: 2500,
		TakerFeeBps: 5}
	if len(specs) != 2 || specs[0] != want {
		t.Fatalf("got %+v\nwant %+v first", specs, want)
	}
	if s := specs[1]; s.BaseAsset != 2 || s.LotSize != 2 || s.MaxPrice != 4096 || s.MaxQty != 100 || s.BandBps != 0 {
		t.Errorf("second market: %+v", s)
	}

	for _, bad := range []string{
		`{"markets": []}`,
		`{"markets": [{"symbol": "H100SXM-US-T1-2026-11-30+168h"}]}`,              // no tick size
		`{"markets": [{"symbol": "nonsense", "tick_size": 100}]}`,                 // not a symbol
		`{"markets": [{"symbol": "H100SXM-US-T1-2026-11-30+168h", "tick": 100}]}`, // unknown field
		`{"markets": [{"symbol": "H100SXM-US-T1-2026-11-30+168h", "tick_size": 100},
		              {"symbol": "H100SXM-US-T1-2026-11-30+168h", "tick_size": 50}]}`, // twice
		`[]`,
	} {
		if _, err := node.ReadMarkets(strings.NewReader(bad)); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
}

// TestFreshJournalNeedsMarkets: a node with no markets configured and a
// fresh journal refuses to start, saying what is missing.
func TestFreshJournalNeedsMarkets(t *testing.T) {
	err := node.Run(t.Context(), node.Config{Addr: "127.0.0.1:0", Dir: t.TempDir()})
	if err == nil || !strings.Contains(err.Error(), "no markets") {
		t.Fatalf("Run with no markets: %v", err)
	}
}

// TestParseMarket: a market on the command line is SYMBOL:TICK[:LOT], and
// file and flag markets number in order and may not repeat.
func TestParseMarket(t *testing.T) {
	m, err := node.ParseMarket("H200-US-T1-2026-11-30+168h:100:2")
	if err != nil {
		t.Fatal(err)
	}
	if m != (node.MarketConfig{Symbol: "H200-US-T1-2026-11-30+168h", TickSize: 100, LotSize: 2}) {
		t.Fatalf("got %+v", m)
	}
	one, err := node.ParseMarket("H100SXM-US-T1-2026-11-30+168h:50")
	if err != nil {
		t.Fatal(err)
	}
	specs, err := node.Specs([]node.MarketConfig{m, one})
	if err != nil {
		t.Fatal(err)
	}
	if specs[0].BaseAsset != 1 || specs[0].LotSize != 2 || specs[1].BaseAsset != 2 || specs[1].TickSize != 50 || specs[1].LotSize != 1 {
		t.Errorf("specs %+v", specs)
	}
	// A spot market's lot is one GPU for its lease length.
	spot, err := node.ParseMarket("H100SXM-US-T1-SPOT+4h:100")
	if err != nil {
		t.Fatal(err)
	}
	if specs, err := node.Specs([]node.MarketConfig{spot}); err != nil || specs[0].LotSize != 4 {
		t.Fatalf("spot market: %+v, %v", specs, err)
	}
	if _, err := node.ParseMarket("H100SXM-US-T1-SPOT+4h:100:4"); err != nil {
		t.Fatalf("spot market with its lease length as lot: %v", err)
	}
	if _, err := node.Specs([]node.MarketConfig{one, one}); err == nil || !strings.Contains(err.Error(), "twice") {
		t.Errorf("a market twice: %v", err)
	}
	for _, bad := range []string{
		"H100SXM-US-T1-2026-11-30+168h",         // no tick size
		"H100SXM-US-T1-2026-11-30+168h:0",       // tick size zero
		"H100SXM-US-T1-2026-11-30+168h:x",       // not a number
		"H100SXM-US-T1-2026-11-30+168h:100:-1",  // negative lot
		"H100SXM-US-T1-2026-11-30+168h:100:1:1", // too many parts
		"nonsense:100",                          // not a symbol
		"H100SXM-US-T1-SPOT+4h:100:1",           // a spot lot that is not its lease length
	} {
		if _, err := node.ParseMarket(bad); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
}
