package marketdata

import (
	"strconv"

	"github.com/hourglass-exchange/hourglass/exchange"
)

// Channel names a public market-data channel.
type Channel uint8

const (
	ChannelBook Channel = iota + 1
	ChannelTrades
	ChannelTicker
	ChannelCandles
	ChannelHeartbeat
)

var channelNames = [...]string{"", "book", "trades", "ticker", "candles", "heartbeat"}

// String returns the channel's wire name.
func (c Channel) String() string {
	if int(c) < len(channelNames) {
		return channelNames[c]
	}
	return "unknown"
}

// MessageType says whether a message is the whole state of its stream or a
// change to it.
type MessageType uint8

const (
	Update MessageType = iota
	Snapshot
)

// String returns the type's wire name.
func (t MessageType) String() string {
	if t == Snapshot {
		return "snapshot"
	}
	return "update"
}

// Interval is the length of a candle.
type Interval uint8

const (
	Interval1m Interval = iota
	Interval5m
	Interval1h
	Interval1d
	numIntervals
)

var (
	intervalNames = [numIntervals]string{"1m", "5m", "1h", "1d"}
	intervalNanos = [numIntervals]int64{60e9, 300e9, 3600e9, 86400e9}
)

// Intervals lists every candle interval, shortest first.
func Intervals() []Interval { return []Interval{Interval1m, Interval5m, Interval1h, Interval1d} }

// ParseInterval reads a wire interval name ("1m", "5m", "1h", "1d").
func ParseInterval(s string) (Interval, bool) {
	for i, n := range intervalNames {
		if n == s {
			return Interval(i), true
		}
	}
	return 0, false
}

// String returns the interval's wire name.
func (iv Interval) String() string {
	if iv < numIntervals {
		return intervalNames[iv]
	}
	return "unknown"
}

// Nanos returns the interval's length in nanoseconds.
func (iv Interval) Nanos() int64 { return intervalNanos[iv] }

// sideName is the wire name of a side.
func sideName(s exchange.Side) string {
	if s == exchange.Sell {
		return "sell"
	}
	return "buy"
}

// ---- book ----

// BookLevel is one level of a book message: a price in ticks and the new
// absolute quantity there in lots, 0 meaning the level is gone.
type BookLevel struct {
	Price int64
	Qty   int64

	// The ranks of the level (0 = best) before and after the change, -1
	// where it did not exist, and whether its quantity changed: an update
	// also lists unchanged levels that moved into the top of the book, which
	// only a depth-limited stream sends (see BookMessage.AppendJSONDepth).
	rankBefore, rankAfter int32
	changed               bool
}

// inDepth reports whether a depth-limited stream (depth > 0) sends l.
func (l *BookLevel) inDepth(depth int) bool {
	if depth <= 0 {
		return l.changed
	}
	d := int32(depth)
	if l.changed {
		return (l.rankBefore >= 0 && l.rankBefore < d) || (l.rankAfter >= 0 && l.rankAfter < d)
	}
	return l.rankAfter >= 0 && l.rankAfter < d && (l.rankBefore < 0 || l.rankBefore >= d)
}

// BookMessage is a message of the book channel. A snapshot lists the best
// levels of each side, best first; an update lists, best first, the levels
// one command changed with their new absolute quantities. Seq rises by
// exactly one per update of the market and a snapshot carries the current
// one. Checksum covers the top ChecksumLevels levels of each side after the
// message is applied.
//
// The slices of a message from Feed.Apply are reused by the next Apply.
type BookMessage struct {
	Market   *MarketInfo
	Type     MessageType
	Seq      uint64
	Time     int64 // unix ns of the command (snapshot: of the last command)
	Bids     []BookLevel
	Asks     []BookLevel
	Checksum uint32
}

// AppendJSON appends the message as sent to a full-depth subscriber.
func (m *BookMessage) AppendJSON(dst []byte) []byte { return m.AppendJSONDepth(dst, 0) }

// AppendJSONDepth appends the message as sent to a subscriber of depth
// levels (0: the full book). For an update, that is the changed levels that
// were or are among the best depth, and the unchanged levels that entered
// the best depth because levels above them went; after applying it, a
// client truncates its book to depth levels per side. depth must be 0 or
// one of the Config.Depths the feed was built with.
func (m *BookMessage) AppendJSONDepth(dst []byte, depth int) []byte {
	dst = appendHead(dst, ChannelBook, m.Type, m.Market, m.Seq, true, m.Time)
	dst = append(dst, `{"bids":`...)
	dst = m.appendLevels(dst, m.Bids, depth)
	dst = append(dst, `,"asks":`...)
	dst = m.appendLevels(dst, m.Asks, depth)
	dst = append(dst, `},"checksum":`...)
	dst = strconv.AppendUint(dst, uint64(m.Checksum), 10)
	return append(dst, '}')
}

func (m *BookMessage) appendLevels(dst []byte, lv []BookLevel, depth int) []byte {
	dst = append(dst, '[')
	n := 0
	for i := range lv {
		l := &lv[i]
		if m.Type == Update && !l.inDepth(depth) {
			continue
		}
		if n > 0 {
			dst = append(dst, ',')
		}
		n++
		dst = append(dst, `["`...)
		dst = m.Market.AppendPrice(dst, l.Price)
		dst = append(dst, `","`...)
		dst = m.Market.AppendSize(dst, l.Qty)
		dst = append(dst, `"]`...)
	}
	return append(dst, ']')
}

// MarshalJSON encodes the message as sent to a full-depth subscriber.
func (m BookMessage) MarshalJSON() ([]byte, error) { return m.AppendJSON(nil), nil }

// ---- trades ----

// Trade is one public trade: a per-market id from 1, the time, the price in
// ticks, the size in lots and the taker's side.
type Trade struct {
	ID    uint64
	Time  int64
	Price int64
	Qty   int64
	Side  exchange.Side
}

// TradeMessage is a message of the trades channel: an update carries one
// trade and Seq equals its id; a snapshot carries the most recent trades,
// oldest first, and Seq is the last trade id.
type TradeMessage struct {
	Market *MarketInfo
	Type   MessageType
	Seq    uint64
	Time   int64
	Trades []Trade
}

// AppendJSON appends the message's JSON.
func (m *TradeMessage) AppendJSON(dst []byte) []byte {
	dst = appendHead(dst, ChannelTrades, m.Type, m.Market, m.Seq, true, m.Time)
	dst = append(dst, '[')
	for i := range m.Trades {
		t := &m.Trades[i]
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, `{"trade_id":`...)
		dst = strconv.AppendUint(dst, t.ID, 10)
		dst = append(dst, `,"price":"`...)
		dst = m.Market.AppendPrice(dst, t.Price)
		dst = append(dst, `","size":"`...)
		dst = m.Market.AppendSize(dst, t.Qty)
		dst = append(dst, `","side":"`...)
		dst = append(dst, sideName(t.Side)...)
		dst = append(dst, `","time":"`...)
		dst = appendTime(dst, t.Time)
		dst = append(dst, `","time_ms":`...)
		dst = strconv.AppendInt(dst, floorDiv(t.Time, 1e6), 10)
		dst = append(dst, '}')
	}
	return append(dst, "]}"...)
}

// MarshalJSON encodes the message.
func (m TradeMessage) MarshalJSON() ([]byte, error) { return m.AppendJSON(nil), nil }

// ---- ticker ----

// Ticker is the summary of a market. Prices are ticks and 0 means none
// (no trade yet, an empty side, no trade in the last 24 hours); sizes are
// lots. The 24-hour figures cover the trades of the 1440 whole UTC minutes
// that end with the current one.
type Ticker struct {
	Last, LastQty int64
	Bid, BidQty   int64
	Ask, AskQty   int64
	Open, High    int64
	Low           int64
	Volume        int64 // lots traded
	Trades        int64 // number of trades
	// SpotMarket is, for a reservation window, its grade's spot reference
	// market (the spot market with the shortest lease), nil when the
	// grade has none; Spot is that market's last price in this market's
	// ticks (0 before its first trade). The ticker then carries "spot"
	// and "spot_market" (docs/instruments.md, "Basis").
	SpotMarket *MarketInfo
	Spot       int64
}

// TickerMessage is a message of the ticker channel, sent after each
// command that traded or changed the best bid or ask of the market; Seq
// rises by one per message.
type TickerMessage struct {
	Market *MarketInfo
	Type   MessageType
	Seq    uint64
	Time   int64
	Ticker Ticker
}

// AppendJSON appends the message's JSON.
func (m *TickerMessage) AppendJSON(dst []byte) []byte {
	t, mk := &m.Ticker, m.Market
	dst = appendHead(dst, ChannelTicker, m.Type, mk, m.Seq, true, m.Time)
	dst = append(dst, `{"last":`...)
	dst = appendOptPrice(dst, mk, t.Last)
	dst = append(dst, `,"last_size":`...)
	dst = appendOptSize(dst, mk, t.Last, t.LastQty)
	dst = append(dst, `,"bid":`...)
	dst = appendOptPrice(dst, mk, t.Bid)
	dst = append(dst, `,"bid_size":`...)
	dst = appendOptSize(dst, mk, t.Bid, t.BidQty)
	dst = append(dst, `,"ask":`...)
	dst = appendOptPrice(dst, mk, t.Ask)
	dst = append(dst, `,"ask_size":`...)
	dst = appendOptSize(dst, mk, t.Ask, t.AskQty)
	dst = append(dst, `,"open_24h":`...)
	dst = appendOptPrice(dst, mk, t.Open)
	dst = append(dst, `,"high_24h":`...)
	dst = appendOptPrice(dst, mk, t.High)
	dst = append(dst, `,"low_24h":`...)
	dst = appendOptPrice(dst, mk, t.Low)
	dst = append(dst, `,"volume_24h":"`...)
	dst = mk.AppendSize(dst, t.Volume)
	dst = append(dst, `","trades_24h":`...)
	dst = strconv.AppendInt(dst, t.Trades, 10)
	if t.SpotMarket != nil {
		dst = append(dst, `,"spot":`...)
		dst = appendOptPrice(dst, mk, t.Spot)
		dst = append(dst, `,"spot_market":`...)
		dst = append(dst, t.SpotMarket.quoted...)
	}
	return append(dst, "}}"...)
}

// MarshalJSON encodes the message.
func (m TickerMessage) MarshalJSON() ([]byte, error) { return m.AppendJSON(nil), nil }

func appendOptPrice(dst []byte, mk *MarketInfo, ticks int64) []byte {
	if ticks == 0 {
		return append(dst, "null"...)
	}
	dst = append(dst, '"')
	dst = mk.AppendPrice(dst, ticks)
	return append(dst, '"')
}

func appendOptSize(dst []byte, mk *MarketInfo, price, lots int64) []byte {
	if price == 0 {
		return append(dst, "null"...)
	}
	dst = append(dst, '"')
	dst = mk.AppendSize(dst, lots)
	return append(dst, '"')
}

// ---- candles ----

// Candle is the OHLCV of one interval: Start is the UTC-aligned start of
// the bucket (unix ns), prices are ticks, Volume lots, Trades the number of
// trades. Buckets without trades have no candle.
type Candle struct {
	Start                  int64
	Open, High, Low, Close int64
	Volume                 int64
	Trades                 int64
}

// CandleMessage is a message of the candles channel for one interval: an
// update carries the current candle after a command that traded; a snapshot
// carries the most recent candles, oldest first. Seq rises by one per
// update of (market, interval).
type CandleMessage struct {
	Market   *MarketInfo
	Type     MessageType
	Seq      uint64
	Time     int64
	Interval Interval
	Candles  []Candle
}

// AppendJSON appends the message's JSON.
func (m *CandleMessage) AppendJSON(dst []byte) []byte {
	mk := m.Market
	dst = appendHead(dst, ChannelCandles, m.Type, mk, m.Seq, true, m.Time)
	dst = append(dst, '[')
	for i := range m.Candles {
		c := &m.Candles[i]
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, `{"interval":"`...)
		dst = append(dst, m.Interval.String()...)
		dst = append(dst, `","start":"`...)
		dst = appendTime(dst, c.Start)
		dst = append(dst, `","start_ms":`...)
		dst = strconv.AppendInt(dst, floorDiv(c.Start, 1e6), 10)
		dst = append(dst, `,"open":"`...)
		dst = mk.AppendPrice(dst, c.Open)
		dst = append(dst, `","high":"`...)
		dst = mk.AppendPrice(dst, c.High)
		dst = append(dst, `","low":"`...)
		dst = mk.AppendPrice(dst, c.Low)
		dst = append(dst, `","close":"`...)
		dst = mk.AppendPrice(dst, c.Close)
		dst = append(dst, `","volume":"`...)
		dst = mk.AppendSize(dst, c.Volume)
		dst = append(dst, `","trades":`...)
		dst = strconv.AppendInt(dst, c.Trades, 10)
		dst = append(dst, '}')
	}
	return append(dst, "]}"...)
}

// MarshalJSON encodes the message.
func (m CandleMessage) MarshalJSON() ([]byte, error) { return m.AppendJSON(nil), nil }

// ---- heartbeat ----

// HeartbeatMessage tells a subscriber that a market is alive and where its
// streams stand, so that a lost message shows even in a quiet market. It
// has no sequence number of its own.
type HeartbeatMessage struct {
	Market      *MarketInfo
	Time        int64
	BookSeq     uint64
	LastTradeID uint64
	TickerSeq   uint64
}

// AppendJSON appends the message's JSON.
func (m *HeartbeatMessage) AppendJSON(dst []byte) []byte {
	dst = appendHead(dst, ChannelHeartbeat, Update, m.Market, 0, false, m.Time)
	dst = append(dst, `{"book_seq":`...)
	dst = strconv.AppendUint(dst, m.BookSeq, 10)
	dst = append(dst, `,"last_trade_id":`...)
	dst = strconv.AppendUint(dst, m.LastTradeID, 10)
	dst = append(dst, `,"ticker_seq":`...)
	dst = strconv.AppendUint(dst, m.TickerSeq, 10)
	return append(dst, "}}"...)
}

// MarshalJSON encodes the message.
func (m HeartbeatMessage) MarshalJSON() ([]byte, error) { return m.AppendJSON(nil), nil }

// appendHead appends the envelope up to and including `"data":`.
func appendHead(dst []byte, ch Channel, typ MessageType, mk *MarketInfo, seq uint64, hasSeq bool, ts int64) []byte {
	dst = append(dst, `{"channel":"`...)
	dst = append(dst, ch.String()...)
	dst = append(dst, `","type":"`...)
	dst = append(dst, typ.String()...)
	dst = append(dst, `","market":`...)
	dst = append(dst, mk.quoted...)
	if hasSeq {
		dst = append(dst, `,"seq":`...)
		dst = strconv.AppendUint(dst, seq, 10)
	}
	dst = append(dst, `,"ts":"`...)
	dst = appendTime(dst, ts)
	return append(dst, `","data":`...)
}
