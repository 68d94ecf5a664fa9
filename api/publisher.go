package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/hourglass-exchange/hourglass/api/marketdata"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/internal/bus"
	"github.com/hourglass-exchange/hourglass/internal/clock"
)

// PublisherOptions configure a Publisher.
type PublisherOptions struct {
	// Bus receives the market data.
	Bus bus.Publisher
	// Query runs a function on the engine's apply goroutine between
	// commands: the sequencer's Query. The publisher builds its feed from
	// the engine through it when it starts and after its queue overflowed.
	Query func(fn func(e *exchange.Engine)) error
	// Feed configures the market-data feed; the gateways' Options.Depths
	// must list the same book depths.
	Feed marketdata.Config
	// Clock drives heartbeats and the snapshot timer (default clock.Real).
	Clock  clock.Clock
	Logger *slog.Logger // default: discard
	// Registerer receives the publisher's metrics (nil: none).
	Registerer prometheus.Registerer
	// QueueLen bounds the commands waiting between the apply goroutine and
	// the publisher (default 65536). When it overflows, commands are
	// dropped and the publisher resynchronises from the engine.
	QueueLen int
	// SnapshotEvery stores a topic's snapshot after this many messages of
	// it (default 1000). It must stay well below the bus's retained log
	// (bus.Options.Retain, redisbus.Options.Retain; 10000 by default), so
	// that a joining subscriber always finds the snapshot and the messages
	// after it.
	SnapshotEvery int
	// SnapshotInterval stores the snapshot of every topic that changed
	// since its last one (default 1s).
	SnapshotInterval time.Duration
	// HeartbeatInterval is the time between heartbeats (default 1s).
	HeartbeatInterval time.Duration
	// MaxBatch bounds the commands whose messages go out in one Publish
	// call (default 256).
	MaxBatch int
	// SeqBase is where the sequence numbers of a fresh publisher start
	// (default 0). A restarted engine process that publishes to a bus that
	// outlived it (Redis) must pass a base above every seq published before
	// — the wall clock in microseconds, say — or the bus drops its
	// messages as duplicates until it passes the old ones.
	SeqBase uint64
}

// Publisher runs the market-data feed behind the sequencer and publishes
// its messages to the bus: OnApply (the sequencer's OnApply hook) hands
// each command to the publisher's own goroutine (Run) through a bounded
// queue and never waits; Run applies it to a marketdata.Feed, publishes
// every message to its topic (see topics.go) with the message's seq as the
// bus seq, stores snapshots every SnapshotEvery messages and every
// SnapshotInterval, and publishes heartbeats.
//
// When the queue overflows, OnApply drops commands (and logs, and counts)
// until Run has rebuilt the feed from the engine through Query; the feed's
// sequence numbers then jump by one or two and a fresh snapshot is stored
// at the new seq, so that every subscriber re-syncs (see resync). Trade,
// ticker and candle history restart empty after that: only the engine's
// books survive a rebuild.
type Publisher struct {
	opts PublisherOptions
	log  *slog.Logger

	q      chan applied
	resync atomic.Bool // set: OnApply drops commands until Run has rebuilt the feed

	// Owned by Run's goroutine.
	feed       *marketdata.Feed
	fromSeq    uint64 // commands at or below this are in the feed already
	markets    []*pubMarket
	marketsT   topicSeq
	marketsChg bool
	batch      []bus.Message
	snaps      []bus.Message // snapshots to store after the batch is published
	trade      [1]marketdata.Trade
	priv       privPublisher

	m publisherMetrics
}

// applied is one command as the publisher needs it: the events that move
// market data, copied off the apply goroutine.
type applied struct {
	seq  uint64
	time int64
	spec *exchange.MarketSpec
	evs  []exchange.Event
	cmd  privCmd
	priv []exchange.Event // the events of the private channels
}

// topicSeq is the publisher's state of one topic (or of a group of topics
// that move together, like the depths of one book).
type topicSeq struct {
	names     []string
	off       uint64 // added to the feed's seq (and trade ids) on the wire
	last      uint64 // the last seq published or snapshotted
	published bool
	since     int  // messages since the last snapshot
	dirty     bool // changed since the last snapshot
}

// pubMarket is the publisher's state of one market.
type pubMarket struct {
	info    *marketdata.MarketInfo
	ref     int64 // the current reference price, ticks
	book    topicSeq
	trades  topicSeq
	ticker  topicSeq
	candles [4]topicSeq
	hb      topicSeq
	depths  []int // per book topic name; 0 is the full book
}

type publisherMetrics struct {
	overflows, resyncs, messages, snapshots, errors prometheus.Counter
}

// NewPublisher returns a Publisher; start it with Run, and pass OnApply to
// the sequencer. Until Run has built its feed, OnApply drops everything.
func NewPublisher(opts PublisherOptions) *Publisher {
	opts.Clock = clock.Or(opts.Clock)
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.QueueLen <= 0 {
		opts.QueueLen = 65536
	}
	if opts.SnapshotEvery <= 0 {
		opts.SnapshotEvery = 1000
	}
	if opts.SnapshotInterval <= 0 {
		opts.SnapshotInterval = time.Second
	}
	if opts.HeartbeatInterval <= 0 {
		opts.HeartbeatInterval = time.Second
	}
	if opts.MaxBatch <= 0 {
		opts.MaxBatch = 256
	}
	p := &Publisher{opts: opts, log: opts.Logger, q: make(chan applied, opts.QueueLen)}
	p.marketsT.names = []string{MarketsTopic}
	p.resync.Store(true)
	p.m = publisherMetrics{
		overflows: prometheus.NewCounter(prometheus.CounterOpts{Name: "hourglass_md_publisher_queue_overflows_total", Help: "Times the publisher's queue overflowed and commands were dropped."}),
		resyncs:   prometheus.NewCounter(prometheus.CounterOpts{Name: "hourglass_md_publisher_resyncs_total", Help: "Times the publisher rebuilt its feed from the engine (start included)."}),
		messages:  prometheus.NewCounter(prometheus.CounterOpts{Name: "hourglass_md_published_messages_total", Help: "Market-data messages published to the bus."}),
		snapshots: prometheus.NewCounter(prometheus.CounterOpts{Name: "hourglass_md_snapshots_total", Help: "Topic snapshots stored on the bus."}),
		errors:    prometheus.NewCounter(prometheus.CounterOpts{Name: "hourglass_md_publish_errors_total", Help: "Failed bus Publish or SetSnapshot calls."}),
	}
	if r := opts.Registerer; r != nil {
		r.MustRegister(p.m.overflows, p.m.resyncs, p.m.messages, p.m.snapshots, p.m.errors,
			prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "hourglass_md_publisher_queue_length", Help: "Commands waiting for the publisher."},
				func() float64 { return float64(len(p.q)) }))
	}
	return p
}

// OnApply is the sequencer's OnApply hook. It copies what market data
// needs and queues it without ever waiting.
func (p *Publisher) OnApply(cmd *exchange.Command, evs []exchange.Event) {
	if p.resync.Load() {
		return
	}
	var keep, priv []exchange.Event
	for i := range evs {
		switch evs[i].Kind {
		case exchange.EvMarketAdded, exchange.EvBookDelta, exchange.EvTrade, exchange.EvMarketUpdated:
			keep = append(keep, evs[i])
		}
		if isPrivate(evs[i].Kind) {
			priv = append(priv, evs[i])
		}
	}
	if len(keep) == 0 && len(priv) == 0 {
		return
	}
	a := applied{seq: cmd.Seq, time: cmd.Time, evs: keep, priv: priv,
		cmd: privCmd{kind: cmd.Kind, address: cmd.Address, market: cmd.Market, side: cmd.Side, price: cmd.Price, qty: cmd.Qty}}
	if cmd.Spec != nil {
		s := *cmd.Spec
		a.spec = &s
	}
	select {
	case p.q <- a:
	default:
		p.resync.Store(true)
		p.m.overflows.Inc()
		p.log.Error("market-data publisher queue overflowed: dropping commands and resynchronising from the engine",
			"queue_len", cap(p.q), "seq", cmd.Seq)
	}
}

// Resync makes Run rebuild its feed from the engine and store fresh
// snapshots, as after an overflow.
func (p *Publisher) Resync() { p.resync.Store(true) }

// Run builds the feed from the engine and then publishes until ctx ends.
// It returns nil when ctx ends, or the error that stopped it (the
// sequencer closed).
func (p *Publisher) Run(ctx context.Context) error {
	hb := p.opts.Clock.NewTicker(p.opts.HeartbeatInterval)
	defer hb.Stop()
	snap := p.opts.Clock.NewTicker(p.opts.SnapshotInterval)
	defer snap.Stop()
	for {
		if ctx.Err() != nil {
			return nil
		}
		if p.resync.Load() {
			if err := p.rebuild(ctx); err != nil {
				if ctx.Err() != nil {
					return nil
				}
				return err
			}
			continue
		}
		select {
		case <-ctx.Done():
			return nil
		case a := <-p.q:
			p.apply(a)
		drain:
			for range p.opts.MaxBatch - 1 {
				select {
				case a := <-p.q:
					p.apply(a)
				default:
					break drain
				}
			}
		case now := <-hb.C():
			p.heartbeats(now)
		case <-snap.C():
			p.snapshotDirty()
		}
		p.flush(ctx)
	}
}

// rebuild replaces the feed by one built from the engine as it stands, and
// stores a snapshot of every topic at a seq above everything published
// before. Commands queued before are covered by the new feed: Query runs
// between two commands on the apply goroutine, and the resync flag, which
// it clears there, kept OnApply from queueing any since it was set, but
// one that was already on its way is skipped by its seq.
func (p *Publisher) rebuild(ctx context.Context) error {
	for len(p.q) > 0 {
		<-p.q
	}
	var (
		f    *marketdata.Feed
		last uint64
		refs []int64
		pe   privEngine
	)
	err := p.opts.Query(func(e *exchange.Engine) {
		f = marketdata.NewFromEngine(p.opts.Feed, e)
		last = e.LastSeq()
		for id := exchange.MarketID(0); ; id++ {
			s, ok := e.Spec(id)
			if !ok {
				break
			}
			refs = append(refs, s.RefPrice)
		}
		pe = p.readPrivate(e)
		p.resync.Store(false)
	})
	if err != nil {
		return fmt.Errorf("api: publisher: rebuild: %w", err)
	}
	p.m.resyncs.Inc()
	p.feed, p.fromSeq = f, last
	for _, info := range f.Markets() {
		pm := p.market(info)
		pm.ref = refs[info.ID]
	}
	for _, pm := range p.markets {
		if pm == nil {
			continue
		}
		if _, ok := f.Market(pm.info.ID); !ok {
			continue
		}
		p.restart(pm)
	}
	p.rebuildPrivate(pe)
	p.marketsChg = true
	p.log.Info("market-data publisher synchronised from the engine", "seq", last, "markets", len(f.Markets()))
	p.flush(ctx)
	return nil
}

// market returns the state of a market, creating it with every topic
// starting at SeqBase.
func (p *Publisher) market(info *marketdata.MarketInfo) *pubMarket {
	for int(info.ID) >= len(p.markets) {
		p.markets = append(p.markets, nil)
	}
	if pm := p.markets[info.ID]; pm != nil {
		return pm
	}
	s := info.Symbol
	pm := &pubMarket{info: info, ref: info.Spec.RefPrice}
	pm.depths = append([]int{0}, p.feed.Depths()...)
	for _, d := range pm.depths {
		pm.book.names = append(pm.book.names, BookTopic(s, d))
	}
	pm.trades.names = []string{TradesTopic(s)}
	pm.ticker.names = []string{TickerTopic(s)}
	for _, iv := range marketdata.Intervals() {
		pm.candles[iv].names = []string{CandlesTopic(iv, s)}
	}
	pm.hb.names = []string{HeartbeatTopic(s)}
	p.markets[info.ID] = pm
	return pm
}

// restart sets the offsets of a market's topics after the feed was
// (re)built, so that the feed's seqs, which start again from 0, land above
// everything published before; stores a snapshot of each; and, for the
// book and the ticker, publishes an update with the snapshot's own seq, so
// that a subscriber that is up to date with the old numbering sees a hole
// at once and fetches the snapshot (a book update with no levels, the
// ticker as it stands).
func (p *Publisher) restart(pm *pubMarket) {
	for _, t := range pm.topics() {
		base := p.opts.SeqBase
		if t.published {
			base = t.last
		}
		t.off = 0
		if base > 0 {
			t.off = base + 1
		}
	}
	id := pm.info.ID
	book, _ := p.feed.Snapshot(id, 0)
	p.snapshotMarket(pm)
	if pm.book.off > 0 {
		nop := marketdata.BookMessage{Market: pm.info, Type: marketdata.Update, Seq: book.Seq + pm.book.off, Time: book.Time, Checksum: book.Checksum}
		for _, name := range pm.book.names {
			p.batch = append(p.batch, bus.Message{Topic: name, Seq: nop.Seq, Data: nop.AppendJSON(nil)})
		}
		pm.book.published = true
	}
	if pm.ticker.off > 0 {
		tk, _ := p.feed.TickerSnapshot(id)
		tk.Type, tk.Seq = marketdata.Update, tk.Seq+pm.ticker.off
		p.batch = append(p.batch, bus.Message{Topic: pm.ticker.names[0], Seq: tk.Seq, Data: tk.AppendJSON(nil)})
		pm.ticker.published = true
	}
}

func (pm *pubMarket) topics() []*topicSeq {
	ts := []*topicSeq{&pm.book, &pm.trades, &pm.ticker, &pm.hb}
	for i := range pm.candles {
		ts = append(ts, &pm.candles[i])
	}
	return ts
}

// snapshotMarket queues a snapshot of every topic of a market (heartbeats
// have none).
func (p *Publisher) snapshotMarket(pm *pubMarket) {
	p.snapshotBook(pm)
	p.snapshotTrades(pm)
	p.snapshotTicker(pm)
	for _, iv := range marketdata.Intervals() {
		p.snapshotCandles(pm, iv)
	}
}

func (p *Publisher) addSnap(t *topicSeq, i int, seq uint64, data []byte) {
	p.snaps = append(p.snaps, bus.Message{Topic: t.names[i], Seq: seq, Data: data, Kind: bus.KindSnapshot})
	t.last, t.since, t.dirty = max(t.last, seq), 0, false
}

func (p *Publisher) snapshotBook(pm *pubMarket) {
	for i, d := range pm.depths {
		m, _ := p.feed.Snapshot(pm.info.ID, d)
		m.Seq += pm.book.off
		p.addSnap(&pm.book, i, m.Seq, m.AppendJSON(nil))
	}
}

func (p *Publisher) snapshotTrades(pm *pubMarket) {
	m, _ := p.feed.TradesSnapshot(pm.info.ID, 0)
	m.Seq += pm.trades.off
	for i := range m.Trades {
		m.Trades[i].ID += pm.trades.off
	}
	p.addSnap(&pm.trades, 0, m.Seq, m.AppendJSON(nil))
}

func (p *Publisher) snapshotTicker(pm *pubMarket) {
	m, _ := p.feed.TickerSnapshot(pm.info.ID)
	m.Seq += pm.ticker.off
	p.addSnap(&pm.ticker, 0, m.Seq, m.AppendJSON(nil))
}

func (p *Publisher) snapshotCandles(pm *pubMarket, iv marketdata.Interval) {
	m, _ := p.feed.CandlesSnapshot(pm.info.ID, iv, 0)
	t := &pm.candles[iv]
	m.Seq += t.off
	p.addSnap(t, 0, m.Seq, m.AppendJSON(nil))
}

// apply runs one command through the feed and queues its messages.
func (p *Publisher) apply(a applied) {
	if a.seq != 0 && a.seq <= p.fromSeq {
		return
	}
	cmd := exchange.Command{Seq: a.seq, Time: a.time, Spec: a.spec}
	if a.spec != nil {
		cmd.Kind = exchange.CmdAddMarket
	}
	out := p.feed.Apply(&cmd, a.evs)
	defer p.applyPrivate(&a)
	for i := range a.evs {
		ev := &a.evs[i]
		switch ev.Kind {
		case exchange.EvMarketAdded:
			if info, ok := p.feed.Market(ev.Market); ok {
				pm := p.market(info)
				p.restart(pm)
				p.marketsChg = true
			}
		case exchange.EvMarketUpdated:
			if int(ev.Market) < len(p.markets) && p.markets[ev.Market] != nil {
				p.markets[ev.Market].ref = ev.Price
				p.marketsChg = true
			}
		}
	}
	for i := range out.Book {
		m := out.Book[i]
		pm := p.markets[m.Market.ID]
		m.Seq += pm.book.off
		for j, d := range pm.depths {
			p.add(&pm.book, j, m.Seq, m.AppendJSONDepth(nil, d))
		}
		if p.count(&pm.book) {
			p.snapshotBook(pm)
		}
	}
	for i := range out.Trades {
		m := out.Trades[i]
		pm := p.markets[m.Market.ID]
		p.trade[0] = m.Trades[0]
		p.trade[0].ID += pm.trades.off
		m.Seq += pm.trades.off
		m.Trades = p.trade[:]
		p.add(&pm.trades, 0, m.Seq, m.AppendJSON(nil))
		if p.count(&pm.trades) {
			p.snapshotTrades(pm)
		}
	}
	for i := range out.Tickers {
		m := out.Tickers[i]
		pm := p.markets[m.Market.ID]
		m.Seq += pm.ticker.off
		p.add(&pm.ticker, 0, m.Seq, m.AppendJSON(nil))
		if p.count(&pm.ticker) {
			p.snapshotTicker(pm)
		}
	}
	for i := range out.Candles {
		m := out.Candles[i]
		pm := p.markets[m.Market.ID]
		t := &pm.candles[m.Interval]
		m.Seq += t.off
		p.add(t, 0, m.Seq, m.AppendJSON(nil))
		if p.count(t) {
			p.snapshotCandles(pm, m.Interval)
		}
	}
}

func (p *Publisher) add(t *topicSeq, i int, seq uint64, data []byte) {
	p.batch = append(p.batch, bus.Message{Topic: t.names[i], Seq: seq, Data: data})
	t.last, t.published, t.dirty = seq, true, true
}

// count counts one message of t and reports whether it is due a snapshot.
func (p *Publisher) count(t *topicSeq) bool {
	t.since++
	return t.since >= p.opts.SnapshotEvery
}

// heartbeats queues one heartbeat per market.
func (p *Publisher) heartbeats(now time.Time) {
	for _, h := range p.feed.Heartbeats(now.UnixNano()) {
		pm := p.markets[h.Market.ID]
		h.BookSeq += pm.book.off
		h.LastTradeID += pm.trades.off
		h.TickerSeq += pm.ticker.off
		t := &pm.hb
		if !t.published && t.last < p.opts.SeqBase {
			t.last = p.opts.SeqBase
		}
		p.add(t, 0, t.last+1, h.AppendJSON(nil))
	}
}

// snapshotDirty queues a snapshot of every topic that changed since its
// last one.
func (p *Publisher) snapshotDirty() {
	p.snapshotDirtyAccounts()
	for _, pm := range p.markets {
		if pm == nil {
			continue
		}
		if pm.book.dirty {
			p.snapshotBook(pm)
		}
		if pm.trades.dirty {
			p.snapshotTrades(pm)
		}
		if pm.ticker.dirty {
			p.snapshotTicker(pm)
		}
		for _, iv := range marketdata.Intervals() {
			if pm.candles[iv].dirty {
				p.snapshotCandles(pm, iv)
			}
		}
	}
}

// flush publishes what is queued: first the snapshots, then the messages
// in one call (so that a topic never has messages on the bus without a
// snapshot at or after its first one: a subscriber that joins in between
// finds the snapshot and drops the older messages), and the market list if
// it changed. A failed call is logged and counted, and every topic is
// marked for a fresh snapshot; the seqs keep rising, so subscribers see the
// hole and recover.
func (p *Publisher) flush(ctx context.Context) {
	if p.marketsChg {
		p.marketsChg = false
		p.publishMarkets()
	}
	for _, s := range p.snaps {
		if err := p.opts.Bus.SetSnapshot(ctx, s.Topic, s.Seq, s.Data); err != nil {
			p.failed(ctx, "snapshot", err)
			break
		}
		p.m.snapshots.Inc()
	}
	p.snaps = p.snaps[:0]
	if len(p.batch) > 0 {
		if err := p.opts.Bus.Publish(ctx, p.batch...); err != nil {
			p.failed(ctx, "publish", err)
		} else {
			p.m.messages.Add(float64(len(p.batch)))
		}
		p.batch = nil // the bus keeps the messages' data
	}
}

func (p *Publisher) failed(ctx context.Context, what string, err error) {
	p.m.errors.Inc()
	if ctx.Err() != nil || errors.Is(err, bus.ErrClosed) {
		return
	}
	p.log.Error("market-data publisher: bus "+what+" failed", "err", err)
	for _, pm := range p.markets {
		if pm != nil {
			for _, t := range pm.topics() {
				t.dirty = t != &pm.hb
			}
		}
	}
	for _, pa := range p.priv.accounts {
		pa.t.dirty = true
	}
}

// publishMarkets publishes the market list as one update and its snapshot.
func (p *Publisher) publishMarkets() {
	var bm busMarkets
	for _, pm := range p.markets {
		if pm == nil {
			continue
		}
		spec := pm.info.Spec
		spec.RefPrice = pm.ref
		bm.Markets = append(bm.Markets, busMarket{ID: pm.info.ID, Decimals: pm.info.Decimals, Spec: spec})
	}
	data, err := json.Marshal(bm)
	if err != nil {
		p.log.Error("market-data publisher: encoding the market list", "err", err)
		return
	}
	t := &p.marketsT
	if !t.published && t.last < p.opts.SeqBase {
		t.last = p.opts.SeqBase
	}
	p.add(t, 0, t.last+1, data)
	p.addSnap(t, 0, t.last, data)
}
