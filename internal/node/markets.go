package node

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
)

// MarketConfig is one market of a markets file (LoadMarkets), in the
// engine's integer units: prices in ticks, sizes in lots, amounts in the
// stablecoin's base units (6 decimals).
type MarketConfig struct {
	// Symbol names the instrument (docs/instruments.md), e.g.
	// H100SXM-US-T1-2026-11-30+168h; its id is derived from it.
	Symbol string `json:"symbol"`
	// TickSize is the stablecoin base units per GPU-hour of one tick
	// (required; 100 is $0.0001).
	TickSize int64 `json:"tick_size"`
	// LotSize is the GPU-hours of one lot (default 1). A spot market's
	// lot is one GPU for its lease length: its lot size is the lease
	// length (the default; any other is an error).
	LotSize int64 `json:"lot_size"`
	// MinNotional refuses smaller orders, in stablecoin base units
	// (default 0: none).
	MinNotional int64 `json:"min_notional"`
	// MaxPrice (ticks) and MaxQty (lots) bound an order (default 2^20).
	MaxPrice int64 `json:"max_price"`
	MaxQty   int64 `json:"max_qty"`
	// RefPrice (ticks) centres a price band BandBps basis points wide on
	// each side (default 0: no band).
	RefPrice int64 `json:"ref_price"`
	BandBps  int64 `json:"band_bps"`
	// Fees in basis points of the notional.
	MakerFeeBps int64 `json:"maker_fee_bps"`
	TakerFeeBps int64 `json:"taker_fee_bps"`
}

// MarketsFile is the JSON of a markets file: {"markets": [...]}.
type MarketsFile struct {
	Markets []MarketConfig `json:"markets"`
}

// LoadMarketConfigs reads a markets file's markets as written: Specs
// checks and numbers them, with any given as flags after them.
func LoadMarketConfigs(path string) ([]MarketConfig, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	ms, err := readMarketConfigs(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return ms, nil
}

// ReadMarkets reads a markets file from r. Market i's token is asset i+1,
// quoted in the stablecoin (asset 0), as the Exchange contract's ledger
// has them.
func ReadMarkets(r io.Reader) ([]exchange.MarketSpec, error) {
	ms, err := readMarketConfigs(r)
	if err != nil {
		return nil, err
	}
	return Specs(ms)
}

func readMarketConfigs(r io.Reader) ([]MarketConfig, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var mf MarketsFile
	if err := dec.Decode(&mf); err != nil {
		return nil, err
	}
	return mf.Markets, nil
}

// Specs turns markets (from a file, flags or both, in that order) into the
// specs of Config.Markets: market i trades token asset i+1 against the
// stablecoin (asset 0), as the Exchange contract's ledger has them. A
// market listed twice is an error.
func Specs(markets []MarketConfig) ([]exchange.MarketSpec, error) {
	if len(markets) == 0 {
		return nil, fmt.Errorf("no markets")
	}
	seen := map[string]bool{}
	specs := make([]exchange.MarketSpec, len(markets))
	for i, m := range markets {
		s, err := m.spec(i)
		if err != nil {
			return nil, fmt.Errorf("market %d (%q): %w", i, m.Symbol, err)
		}
		if seen[s.Symbol] {
			return nil, fmt.Errorf("market %d: %s is listed twice", i, s.Symbol)
		}
		seen[s.Symbol] = true
		specs[i] = s
	}
	return specs, nil
}

// ParseMarket reads a market given on the command line (hourglass serve
// --market) as SYMBOL:TICK_SIZE[:LOT_SIZE], in a markets file's units; the
// other fields take their defaults.
func ParseMarket(s string) (MarketConfig, error) {
	parts := strings.Split(s, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return MarketConfig{}, fmt.Errorf("market %q: want SYMBOL:TICK_SIZE[:LOT_SIZE]", s)
	}
	m := MarketConfig{Symbol: parts[0]}
	var err error
	if m.TickSize, err = strconv.ParseInt(parts[1], 10, 64); err != nil || m.TickSize <= 0 {
		return MarketConfig{}, fmt.Errorf("market %q: tick size %q is not a positive integer", s, parts[1])
	}
	if len(parts) == 3 {
		if m.LotSize, err = strconv.ParseInt(parts[2], 10, 64); err != nil || m.LotSize <= 0 {
			return MarketConfig{}, fmt.Errorf("market %q: lot size %q is not a positive integer", s, parts[2])
		}
	}
	if _, err := m.spec(0); err != nil {
		return MarketConfig{}, fmt.Errorf("market %q: %w", s, err)
	}
	return m, nil
}

// spec is the engine's spec of m as market i.
func (m MarketConfig) spec(i int) (exchange.MarketSpec, error) {
	in, err := instrument.ParseSymbol(m.Symbol)
	if err != nil {
		return exchange.MarketSpec{}, err
	}
	id, err := in.Encode()
	if err != nil {
		return exchange.MarketSpec{}, err
	}
	def := func(v, d int64) int64 {
		if v == 0 {
			return d
		}
		return v
	}
	lot := def(m.LotSize, 1)
	if in.Kind == instrument.Spot {
		if m.LotSize != 0 && m.LotSize != int64(in.WindowHours) {
			return exchange.MarketSpec{}, fmt.Errorf("lot_size %d: a spot market's lot is one GPU for its lease length, %d GPU-hours", m.LotSize, in.WindowHours)
		}
		lot = int64(in.WindowHours)
	}
	s := exchange.MarketSpec{Instrument: id, Symbol: in.Symbol(), BaseAsset: exchange.AssetID(i + 1), QuoteAsset: 0,
		TickSize: m.TickSize, LotSize: lot, MinNotional: m.MinNotional,
		MaxPrice: def(m.MaxPrice, 1<<20), MaxQty: def(m.MaxQty, 1<<20), RefPrice: m.RefPrice, BandBps: m.BandBps,
		MakerFeeBps: m.MakerFeeBps, TakerFeeBps: m.TakerFeeBps}
	// The engine judges the rest when it adds the market.
	if s.TickSize <= 0 {
		return s, fmt.Errorf("tick_size must be positive")
	}
	return s, nil
}
