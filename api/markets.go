package api

import (
	"encoding/hex"
	"encoding/json"
	"time"

	"github.com/shopspring/decimal"

	"github.com/hourglass-exchange/hourglass/api/marketdata"
	"github.com/hourglass-exchange/hourglass/api/wire"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
)

// Market is a market as GET /v1/markets lists it. Prices and sizes are
// decimal strings in the market's canonical format (PriceDecimals and
// SizeDecimals digits after the point); amounts of the quote asset
// (min_notional) are in whole stablecoin units. Clients ignore fields they
// do not know.
type Market struct {
	Symbol        string     `json:"symbol"`
	MarketID      uint32     `json:"market_id"`
	Instrument    string     `json:"instrument"` // 0x + 64 hex digits: the ERC-1155 token id
	Kind          string     `json:"kind"`       // "reservation" or "spot"
	BaseAsset     uint32     `json:"base_asset"`
	QuoteAsset    uint32     `json:"quote_asset"`
	TickSize      string     `json:"tick_size"` // price step, per GPU-hour
	LotSize       string     `json:"lot_size"`  // size step, GPU-hours
	PriceDecimals int        `json:"price_decimals"`
	SizeDecimals  int        `json:"size_decimals"`
	MinNotional   string     `json:"min_notional"` // price × size, in quote units
	MaxPrice      string     `json:"max_price"`
	MaxSize       string     `json:"max_size"` // per order
	RefPrice      *string    `json:"ref_price"`
	BandBps       int64      `json:"band_bps"`
	PriceBand     PriceBand  `json:"price_band"`      // prices accepted now
	WindowStart   *string    `json:"window_start"`    // RFC 3339 UTC; null for spot
	WindowStartMS *int64     `json:"window_start_ms"` // null for spot
	WindowHours   int        `json:"window_hours"`    // spot: the lease length of a fill
	MakerFeeBps   int64      `json:"maker_fee_bps"`
	TakerFeeBps   int64      `json:"taker_fee_bps"`
	Decimals      MarketDecs `json:"asset_decimals"`
}

// PriceBand is the range of limit prices the engine accepts.
type PriceBand struct {
	Min string `json:"min"`
	Max string `json:"max"`
}

// MarketDecs are the decimal places of a market's assets' base units.
type MarketDecs struct {
	Quote int `json:"quote"`
	Base  int `json:"base"`
}

// publicMarket derives the REST form of a market.
func publicMarket(info *marketdata.MarketInfo, refPrice int64) Market {
	s := &info.Spec
	m := Market{
		Symbol:        info.Symbol,
		MarketID:      uint32(info.ID),
		Instrument:    "0x" + hex.EncodeToString(s.Instrument[:]),
		Kind:          "reservation",
		BaseAsset:     uint32(s.BaseAsset),
		QuoteAsset:    uint32(s.QuoteAsset),
		TickSize:      info.Price(1),
		LotSize:       info.Size(1),
		PriceDecimals: info.PriceDecimals,
		SizeDecimals:  info.SizeDecimals,
		MinNotional:   decimal.New(s.MinNotional, -int32(info.Decimals.Quote)).String(),
		MaxPrice:      info.Price(s.MaxPrice),
		MaxSize:       info.Size(s.MaxQty),
		BandBps:       s.BandBps,
		MakerFeeBps:   s.MakerFeeBps,
		TakerFeeBps:   s.TakerFeeBps,
		Decimals:      MarketDecs{Quote: info.Decimals.Quote, Base: info.Decimals.Base},
	}
	if refPrice > 0 {
		p := info.Price(refPrice)
		m.RefPrice = &p
	}
	lo, hi := int64(1), s.MaxPrice
	if s.BandBps > 0 {
		d := refPrice * s.BandBps / 10000
		lo, hi = max(refPrice-d, 1), min(refPrice+d, s.MaxPrice)
	}
	m.PriceBand = PriceBand{Min: info.Price(lo), Max: info.Price(hi)}
	if in, err := instrument.Decode(instrument.ID(s.Instrument)); err == nil {
		if in.Kind == instrument.Spot {
			m.Kind = "spot"
			m.WindowHours = int(in.WindowHours) // a lot is one GPU for this many hours
		} else {
			t := in.WindowStartTime().UTC()
			ts, ms := t.Format(time.RFC3339), t.UnixMilli()
			m.WindowStart, m.WindowStartMS, m.WindowHours = &ts, &ms, int(in.WindowHours)
		}
	}
	return m
}

// marketRegistry is the gateway's view of the market list, rebuilt from
// each message of the markets topic. It is immutable once built.
type marketRegistry struct {
	bySymbol map[string]*marketEntry
	list     []*marketEntry
	json     []byte // {"markets":[…]}\n, as GET /v1/markets answers (shared: never append to it)
}

type marketEntry struct {
	info   *marketdata.MarketInfo
	public Market
}

// newMarketRegistry builds the registry from a markets topic payload. The
// MarketInfo of each market comes from a throwaway Feed, so that prices and
// sizes are formatted exactly as the publisher's feed formats them.
func newMarketRegistry(data []byte) (*marketRegistry, error) {
	var bm wire.Markets
	if err := json.Unmarshal(data, &bm); err != nil {
		return nil, err
	}
	decs := make(map[exchange.MarketID]marketdata.Decimals, len(bm.Markets))
	ids := make(map[string]exchange.MarketID, len(bm.Markets))
	for _, m := range bm.Markets {
		decs[m.ID] = m.Decimals
		ids[m.Spec.Symbol] = m.ID
	}
	f := marketdata.New(marketdata.Config{Decimals: func(s *exchange.MarketSpec) marketdata.Decimals { return decs[ids[s.Symbol]] }})
	r := &marketRegistry{bySymbol: make(map[string]*marketEntry, len(bm.Markets))}
	pub := make([]Market, 0, len(bm.Markets))
	for _, m := range bm.Markets {
		spec := m.Spec
		f.Apply(&exchange.Command{Kind: exchange.CmdAddMarket, Spec: &spec}, []exchange.Event{{Kind: exchange.EvMarketAdded, Market: m.ID}})
		info, ok := f.Market(m.ID)
		if !ok {
			continue
		}
		e := &marketEntry{info: info, public: publicMarket(info, m.Spec.RefPrice)}
		r.bySymbol[info.Symbol] = e
		r.list = append(r.list, e)
		pub = append(pub, e.public)
	}
	var err error
	r.json, err = json.Marshal(struct {
		Markets []Market `json:"markets"`
	}{pub})
	r.json = append(r.json, '\n')
	return r, err
}
