package marketdata

import (
	"fmt"
	"slices"

	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
)

// Config sets up a Feed. The zero value is usable.
type Config struct {
	// Decimals gives the decimal places of a market's stablecoin and
	// token base units (nil: DefaultDecimals for every market).
	Decimals func(spec *exchange.MarketSpec) Decimals
	// Depths are the depths of the depth-limited book streams a subscriber
	// may choose besides the full book; each is at least ChecksumLevels
	// (default 10, 50 and 500).
	Depths []int
	// CandleHistory is how many candles per interval a snapshot can show,
	// the current one included (default 1000).
	CandleHistory int
	// TradeHistory is how many recent trades a snapshot can show (default
	// 100).
	TradeHistory int
}

// DefaultDepths are the book depths a subscriber may choose by default.
var DefaultDepths = []int{10, 50, 500}

// Feed turns the engine's applied commands and events into the public
// market-data channels of every market (book, trades, ticker, candles,
// heartbeat) and keeps the state their snapshots need.
//
// A Feed is a pure state machine like the engine: it does no I/O, starts no
// goroutines and reads no clock; time comes from the commands and from the
// caller of Heartbeats. It is not safe for concurrent use: one goroutine
// (the sequencer's apply loop, or one just behind it) calls Apply for every
// applied command in order, and takes snapshots between two Applies, so a
// snapshot and the updates after it join without a gap.
type Feed struct {
	cfg    Config
	depths []int

	markets  []*market // by MarketID; nil where unknown
	bySymbol map[string]*market
	// spots is each grade's spot reference market: its spot market with
	// the shortest lease (by instrument.ID.ReservationGrade).
	spots map[instrument.ID]*market

	now     int64 // the latest time seen: commands and heartbeats
	cmdTime int64 // the latest command time

	out     Output
	dirty   []*market
	scratch []byte
	hb      []HeartbeatMessage
}

// Output is what one command produced, per channel, in the order the events
// happened. It and the slices of its messages are reused by the next Apply.
type Output struct {
	Book    []BookMessage
	Trades  []TradeMessage
	Tickers []TickerMessage
	Candles []CandleMessage

	trades  []Trade
	candles []Candle
}

// Len returns the number of messages.
func (o *Output) Len() int { return len(o.Book) + len(o.Trades) + len(o.Tickers) + len(o.Candles) }

// market is the feed's state of one market.
type market struct {
	info       *MarketInfo
	bids, asks ladder

	bookSeq  uint64
	checksum uint32

	// per-command state
	dirty   bool
	traded  bool
	preTop  [4]int64 // bid, bid qty, ask, ask qty before the command
	changes []change
	index   map[levelKey]int // changes by level, once there are many
	sorted  []change
	outBids []BookLevel
	outAsks []BookLevel

	tradeID   uint64
	recent    []Trade // ring of the last trades
	recentN   int
	last      int64
	lastQty   int64
	tickerSeq uint64
	day       dayWindow
	candles   [numIntervals]series

	// grade is the instrument's reservation grade key; spot reports
	// whether the market is a spot market, leaseHours its lease length.
	grade      instrument.ID
	spot       bool
	leaseHours uint16
	gradeKnown bool
}

// change is one level a command touched: its quantity before the command
// and now. insBetter and delBetter count the touched levels better than it
// that appeared and disappeared.
type change struct {
	side                 exchange.Side
	price                int64
	old, new             int64
	insBetter, delBetter int
}

type levelKey struct {
	side  exchange.Side
	price int64
}

// indexAfter is how many changes of one command a linear search tolerates.
const indexAfter = 16

// New returns an empty feed; markets appear as the engine adds them.
func New(cfg Config) *Feed {
	if cfg.CandleHistory <= 0 {
		cfg.CandleHistory = 1000
	}
	if cfg.TradeHistory <= 0 {
		cfg.TradeHistory = 100
	}
	depths := slices.Clone(cfg.Depths)
	if depths == nil {
		depths = slices.Clone(DefaultDepths)
	}
	for _, d := range depths {
		if d < ChecksumLevels {
			panic(fmt.Sprintf("marketdata: book depth %d is below %d", d, ChecksumLevels))
		}
	}
	slices.Sort(depths)
	return &Feed{
		cfg:      cfg,
		depths:   slices.Compact(depths),
		bySymbol: make(map[string]*market),
		spots:    make(map[instrument.ID]*market),
		scratch:  make([]byte, 0, 1024),
	}
}

// NewFromEngine returns a feed that starts from the markets and books of
// an engine, for a process that did not see the commands before now. Book
// sequence numbers and trade ids start again from 0, and trade, ticker and
// candle history is empty.
func NewFromEngine(cfg Config, e exchange.View) *Feed {
	f := New(cfg)
	f.now, f.cmdTime = e.Now(), e.Now()
	for i, spec := range e.Markets() {
		id := exchange.MarketID(i)
		m := f.addMarket(id, &spec)
		e.Depth(id, exchange.Buy, int(^uint(0)>>1), func(p, q int64) { m.bids.lv = append(m.bids.lv, level{p, q}) })
		e.Depth(id, exchange.Sell, int(^uint(0)>>1), func(p, q int64) { m.asks.lv = append(m.asks.lv, level{p, q}) })
		slices.Reverse(m.bids.lv) // best first -> worst first
		slices.Reverse(m.asks.lv)
		m.checksum = checksum(m.info, &m.asks, &m.bids, &f.scratch)
	}
	return f
}

// Depths returns the depths of the depth-limited book streams, ascending.
func (f *Feed) Depths() []int { return slices.Clone(f.depths) }

// Market returns a market's naming and number format.
func (f *Feed) Market(id exchange.MarketID) (*MarketInfo, bool) {
	if m := f.market(id); m != nil {
		return m.info, true
	}
	return nil, false
}

// MarketBySymbol finds a market by its symbol.
func (f *Feed) MarketBySymbol(symbol string) (*MarketInfo, bool) {
	if m, ok := f.bySymbol[symbol]; ok {
		return m.info, true
	}
	return nil, false
}

// Markets lists every market in id order.
func (f *Feed) Markets() []*MarketInfo {
	out := make([]*MarketInfo, 0, len(f.markets))
	for _, m := range f.markets {
		if m != nil {
			out = append(out, m.info)
		}
	}
	return out
}

func (f *Feed) market(id exchange.MarketID) *market {
	if int(id) < len(f.markets) {
		return f.markets[id]
	}
	return nil
}

func (f *Feed) addMarket(id exchange.MarketID, spec *exchange.MarketSpec) *market {
	d := DefaultDecimals
	if f.cfg.Decimals != nil {
		d = f.cfg.Decimals(spec)
	}
	info, err := newMarketInfo(id, spec, d)
	if err != nil {
		panic(fmt.Sprintf("marketdata: market %d (%s): %v", id, spec.Symbol, err))
	}
	m := &market{
		info:   info,
		bids:   ladder{bid: true},
		asks:   ladder{bid: false},
		recent: make([]Trade, f.cfg.TradeHistory),
	}
	for iv := range numIntervals {
		m.candles[iv] = newSeries(iv, f.cfg.CandleHistory)
	}
	for int(id) >= len(f.markets) {
		f.markets = append(f.markets, nil)
	}
	f.markets[id] = m
	f.bySymbol[spec.Symbol] = m
	if in, err := instrument.Decode(instrument.ID(spec.Instrument)); err == nil {
		m.grade, m.gradeKnown = instrument.ID(spec.Instrument).ReservationGrade(), true
		if in.Kind == instrument.Spot {
			m.spot, m.leaseHours = true, in.WindowHours
			if cur := f.spots[m.grade]; cur == nil || in.WindowHours < cur.leaseHours {
				f.spots[m.grade] = m
			}
		}
	}
	return m
}

// spotRef is the spot reference of reservation market m: the last price of
// its grade's spot market with the shortest lease, in m's ticks (rounded
// down), and that market; 0 and nil when the grade has none or it has not
// traded.
func (f *Feed) spotRef(m *market) (int64, *market) {
	if m.spot || !m.gradeKnown {
		return 0, nil
	}
	s := f.spots[m.grade]
	if s == nil {
		return 0, nil
	}
	if s.last == 0 {
		return 0, s
	}
	return s.last * s.info.Spec.TickSize / m.info.Spec.TickSize, s
}

// Apply consumes one applied command and the events it caused (the
// sequencer's OnApply shape) and returns the messages they produce: per
// market whose book changed, one book update; one trades update per trade;
// per market that traded, one candle update per interval; per market that
// traded or whose best bid or ask changed, one ticker update. Events of
// markets the feed does not know are ignored. The result is reused by the
// next call.
func (f *Feed) Apply(cmd *exchange.Command, evs []exchange.Event) *Output {
	o := &f.out
	o.Book, o.Trades, o.Tickers, o.Candles = o.Book[:0], o.Trades[:0], o.Tickers[:0], o.Candles[:0]
	o.trades, o.candles = o.trades[:0], o.candles[:0]
	f.cmdTime = max(f.cmdTime, cmd.Time)
	f.now = max(f.now, f.cmdTime)
	t := f.cmdTime
	for i := range evs {
		ev := &evs[i]
		switch ev.Kind {
		case exchange.EvMarketAdded:
			if cmd.Spec != nil && f.market(ev.Market) == nil {
				f.addMarket(ev.Market, cmd.Spec)
			}
		case exchange.EvBookDelta:
			if m := f.market(ev.Market); m != nil {
				f.touch(m)
				m.delta(ev.Side, ev.Price, ev.Qty)
			}
		case exchange.EvTrade:
			if m := f.market(ev.Market); m != nil {
				f.touch(m)
				f.trade(m, t, ev)
			}
		}
	}
	for _, m := range f.dirty {
		f.finish(m, t)
	}
	clear(f.dirty)
	f.dirty = f.dirty[:0]
	for i := range o.Trades {
		o.Trades[i].Trades = o.trades[i : i+1 : i+1]
	}
	for i := range o.Candles {
		o.Candles[i].Candles = o.candles[i : i+1 : i+1]
	}
	return o
}

// touch marks m as changed by the current command.
func (f *Feed) touch(m *market) {
	if m.dirty {
		return
	}
	m.dirty = true
	b, a := m.bids.top(), m.asks.top()
	m.preTop = [4]int64{b.price, b.qty, a.price, a.qty}
	f.dirty = append(f.dirty, m)
}

func (m *market) ladder(s exchange.Side) *ladder {
	if s == exchange.Sell {
		return &m.asks
	}
	return &m.bids
}

// delta applies one book delta and records the level as touched.
func (m *market) delta(side exchange.Side, price, qty int64) {
	old := m.ladder(side).set(price, qty)
	k := levelKey{side, price}
	if m.index != nil && len(m.changes) > indexAfter {
		if i, ok := m.index[k]; ok {
			m.changes[i].new = qty
			return
		}
	} else {
		for i := range m.changes {
			if c := &m.changes[i]; c.price == price && c.side == side {
				c.new = qty
				return
			}
		}
	}
	m.changes = append(m.changes, change{side: side, price: price, old: old, new: qty})
	if n := len(m.changes); n > indexAfter {
		if m.index == nil {
			m.index = make(map[levelKey]int)
		}
		if n == indexAfter+1 {
			for i, c := range m.changes {
				m.index[levelKey{c.side, c.price}] = i
			}
		} else {
			m.index[k] = n - 1
		}
	}
}

func (f *Feed) trade(m *market, t int64, ev *exchange.Event) {
	m.tradeID++
	tr := Trade{ID: m.tradeID, Time: t, Price: ev.Price, Qty: ev.Qty, Side: ev.Side}
	if len(m.recent) > 0 {
		m.recent[m.recentN%len(m.recent)] = tr
		m.recentN++
	}
	m.last, m.lastQty = ev.Price, ev.Qty
	m.day.add(t, ev.Price, ev.Qty)
	for iv := range m.candles {
		m.candles[iv].add(t, ev.Price, ev.Qty)
	}
	m.traded = true
	f.out.trades = append(f.out.trades, tr)
	f.out.Trades = append(f.out.Trades, TradeMessage{Market: m.info, Type: Update, Seq: tr.ID, Time: t})
}

// finish emits m's messages for the command that just ended.
func (f *Feed) finish(m *market, t int64) {
	o := &f.out
	if len(m.changes) > 0 {
		f.finishBook(m, t)
	}
	if m.traded {
		for iv := range m.candles {
			s := &m.candles[iv]
			s.seq++
			o.candles = append(o.candles, s.cur)
			o.Candles = append(o.Candles, CandleMessage{Market: m.info, Type: Update, Seq: s.seq, Time: t, Interval: Interval(iv)})
		}
	}
	b, a := m.bids.top(), m.asks.top()
	if m.traded || m.preTop != [4]int64{b.price, b.qty, a.price, a.qty} {
		m.tickerSeq++
		o.Tickers = append(o.Tickers, TickerMessage{Market: m.info, Type: Update, Seq: m.tickerSeq, Time: t, Ticker: f.ticker(m)})
	}
	if m.traded && m.spot && f.spots[m.grade] == m {
		// The grade's reservation windows show the new spot price.
		for _, r := range f.markets {
			if r != nil && !r.spot && r.gradeKnown && r.grade == m.grade {
				r.tickerSeq++
				o.Tickers = append(o.Tickers, TickerMessage{Market: r.info, Type: Update, Seq: r.tickerSeq, Time: t, Ticker: f.ticker(r)})
			}
		}
	}
	m.dirty, m.traded = false, false
}

// finishBook turns the levels the command touched into one book update,
// unless none of them ended with a different quantity.
func (f *Feed) finishBook(m *market, t int64) {
	bids := f.sideLevels(m, &m.bids, exchange.Buy, m.outBids[:0])
	asks := f.sideLevels(m, &m.asks, exchange.Sell, m.outAsks[:0])
	m.outBids, m.outAsks = bids, asks
	m.changes = m.changes[:0]
	if m.index != nil {
		clear(m.index)
	}
	if len(bids) == 0 && len(asks) == 0 {
		return
	}
	m.bookSeq++
	// The checksum covers the best ChecksumLevels levels, which change
	// only if a changed level was or is among them.
	if inChecksum(bids) || inChecksum(asks) {
		m.checksum = checksum(m.info, &m.asks, &m.bids, &f.scratch)
	}
	f.out.Book = append(f.out.Book, BookMessage{
		Market: m.info, Type: Update, Seq: m.bookSeq, Time: t,
		Bids: bids, Asks: asks, Checksum: m.checksum,
	})
}

// inChecksum reports whether a changed level was or is among the levels
// the checksum covers.
func inChecksum(ls []BookLevel) bool {
	for i := range ls {
		if l := &ls[i]; l.changed && (uint32(l.rankBefore) < ChecksumLevels || uint32(l.rankAfter) < ChecksumLevels) {
			return true
		}
	}
	return false
}

// sideLevels appends to out, best first, the levels of one side that the
// command changed, with their ranks before and after it, and the unchanged
// levels that it moved into the top of a depth-limited stream.
func (f *Feed) sideLevels(m *market, ld *ladder, side exchange.Side, out []BookLevel) []BookLevel {
	cs := m.sorted[:0]
	for _, c := range m.changes {
		if c.side == side {
			cs = append(cs, c)
		}
	}
	m.sorted = cs
	if len(cs) == 0 {
		return out
	}
	if len(cs) > 1 {
		slices.SortFunc(cs, func(a, b change) int { return ld.cmp(a.price, b.price) })
	}
	ins, del := 0, 0
	for i := range cs {
		c := &cs[i]
		c.insBetter, c.delBetter = ins, del
		switch {
		case c.old == 0 && c.new != 0:
			ins++
		case c.old != 0 && c.new == 0:
			del++
		}
	}
	for i := range cs {
		c := &cs[i]
		if c.old == c.new {
			continue
		}
		bc := ld.betterCount(c.price)
		l := BookLevel{Price: c.price, Qty: c.new, rankBefore: -1, rankAfter: -1, changed: true}
		if c.old != 0 {
			l.rankBefore = int32(bc - c.insBetter + c.delBetter)
		}
		if c.new != 0 {
			l.rankAfter = int32(bc)
		}
		out = append(out, l)
	}
	if del == 0 {
		return out // nothing went, so nothing moved up
	}
	changed := len(out)
	for _, d := range f.depths {
		for r := max(0, d-del); r < d && r < len(ld.lv); r++ {
			lv := ld.rank(r)
			// j: the touched levels better than lv
			j, _ := slices.BinarySearchFunc(cs, lv.price, func(c change, p int64) int { return ld.cmp(c.price, p) })
			if j < len(cs) && cs[j].price == lv.price && cs[j].old != cs[j].new {
				continue // listed as changed
			}
			insB, delB := ins, del
			if j < len(cs) {
				insB, delB = cs[j].insBetter, cs[j].delBetter
			}
			rb := r - insB + delB
			if rb < d || slices.ContainsFunc(out[changed:], func(l BookLevel) bool { return l.Price == lv.price }) {
				continue
			}
			out = append(out, BookLevel{Price: lv.price, Qty: lv.qty, rankBefore: int32(rb), rankAfter: int32(r)})
		}
	}
	if len(out) > changed {
		slices.SortFunc(out, func(a, b BookLevel) int { return ld.cmp(a.Price, b.Price) })
	}
	return out
}

// cmp orders prices best first.
func (l *ladder) cmp(a, b int64) int {
	switch {
	case a == b:
		return 0
	case l.better(a, b):
		return -1
	}
	return 1
}

// ticker computes m's ticker now.
func (f *Feed) ticker(m *market) Ticker {
	b, a := m.bids.top(), m.asks.top()
	open, high, low, vol, n := m.day.stats(f.now)
	t := Ticker{
		Last: m.last, LastQty: m.lastQty,
		Bid: b.price, BidQty: b.qty, Ask: a.price, AskQty: a.qty,
		Open: open, High: high, Low: low, Volume: vol, Trades: n,
	}
	if spot, s := f.spotRef(m); s != nil {
		t.Spot, t.SpotMarket = spot, s.info
	}
	return t
}

// Snapshot returns the book of a market: the best depth levels of each side
// (depth <= 0: all of them), best first, with the book's current sequence
// number and checksum. The caller owns the slices.
func (f *Feed) Snapshot(id exchange.MarketID, depth int) (BookMessage, bool) {
	m := f.market(id)
	if m == nil {
		return BookMessage{}, false
	}
	return BookMessage{
		Market: m.info, Type: Snapshot, Seq: m.bookSeq, Time: f.cmdTime,
		Bids: snapshotSide(&m.bids, depth), Asks: snapshotSide(&m.asks, depth),
		Checksum: m.checksum,
	}, true
}

func snapshotSide(ld *ladder, depth int) []BookLevel {
	n := len(ld.lv)
	if depth > 0 && depth < n {
		n = depth
	}
	out := make([]BookLevel, n)
	for r := range out {
		l := ld.rank(r)
		out[r] = BookLevel{Price: l.price, Qty: l.qty, rankBefore: int32(r), rankAfter: int32(r), changed: true}
	}
	return out
}

// TradesSnapshot returns up to limit of a market's most recent trades,
// oldest first (limit <= 0: all that are kept); Seq is the last trade id.
func (f *Feed) TradesSnapshot(id exchange.MarketID, limit int) (TradeMessage, bool) {
	m := f.market(id)
	if m == nil {
		return TradeMessage{}, false
	}
	n := min(m.recentN, len(m.recent))
	if limit > 0 && limit < n {
		n = limit
	}
	out := make([]Trade, n)
	for i := range out {
		out[i] = m.recent[(m.recentN-n+i)%len(m.recent)]
	}
	return TradeMessage{Market: m.info, Type: Snapshot, Seq: m.tradeID, Time: f.cmdTime, Trades: out}, true
}

// TickerSnapshot returns a market's ticker at the latest time the feed
// has seen, with the sequence number of the last ticker update.
func (f *Feed) TickerSnapshot(id exchange.MarketID) (TickerMessage, bool) {
	m := f.market(id)
	if m == nil {
		return TickerMessage{}, false
	}
	return TickerMessage{Market: m.info, Type: Snapshot, Seq: m.tickerSeq, Time: f.now, Ticker: f.ticker(m)}, true
}

// CandlesSnapshot returns up to limit of a market's most recent candles of
// one interval, oldest first, the current one last (limit <= 0: all that
// are kept), with the sequence number of the last candle update.
func (f *Feed) CandlesSnapshot(id exchange.MarketID, iv Interval, limit int) (CandleMessage, bool) {
	m := f.market(id)
	if m == nil || iv >= numIntervals {
		return CandleMessage{}, false
	}
	s := &m.candles[iv]
	return CandleMessage{Market: m.info, Type: Snapshot, Seq: s.seq, Time: f.cmdTime, Interval: iv, Candles: s.last(limit)}, true
}

// Heartbeats returns one heartbeat per market for the time now (unix ns),
// which the caller reads from its clock about once a second. The result is
// reused by the next call.
func (f *Feed) Heartbeats(now int64) []HeartbeatMessage {
	f.now = max(f.now, now)
	f.hb = f.hb[:0]
	for _, m := range f.markets {
		if m == nil {
			continue
		}
		f.hb = append(f.hb, HeartbeatMessage{
			Market: m.info, Time: f.now,
			BookSeq: m.bookSeq, LastTradeID: m.tradeID, TickerSeq: m.tickerSeq,
		})
	}
	return f.hb
}
