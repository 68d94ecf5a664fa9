package publish

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
	"github.com/hourglass-exchange/hourglass/api/wire"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/internal/bus"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/health"
)

// Options configure a Publisher.
type Options struct {
	// Bus receives the market data.
	Bus bus.Publisher
	// Query runs a function on the engine's apply goroutine between
	// commands: the sequencer's Query. The publisher builds its feed from
	// the engine through it when it starts and after its queue overflowed.
	Query func(fn func(e exchange.View)) error
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
	// (bus.Options.Retention, 10000 messages by default), so that a joining
	// subscriber always finds the snapshot and the messages after it.
	SnapshotEvery int
	// PrivateSnapshotEvery is SnapshotEvery for the accounts' topics
	// (default 64), whose logs are short (bus.DefaultShortRetention: 256
	// messages, 128 KiB, a minute).
	PrivateSnapshotEvery int
	// SnapshotInterval stores the snapshot of every topic that changed
	// since its last one (default 1s).
	SnapshotInterval time.Duration
	// HeartbeatInterval is the time between heartbeats (default 1s).
	HeartbeatInterval time.Duration
	// MaxBatch bounds the commands whose messages go out in one Publish
	// call (default 256).
	MaxBatch int
	// SeqBase is where the sequence numbers of a fresh publisher start at
	// least (default 0). A bus that outlives the publisher (a bus.Resumer:
	// Redis) raises it by itself: Run reads the bus's highest seq before it
	// publishes anything and numbers every topic above it, so that a
	// restarted engine process never publishes a seq at or below one
	// published before (the bus would drop it as a duplicate, and a gateway
	// that stayed would see the seqs go backwards).
	SeqBase uint64
	// RetryMax caps the backoff between tries of a bus that fails
	// (default 5s). While the bus fails the publisher keeps its feed up
	// to date, drops what it would publish, logs the outage once and its
	// end once, and then stores a fresh snapshot of every topic and the
	// market list, so that everyone re-syncs.
	RetryMax time.Duration
}

// Publisher runs the market-data feed behind the sequencer and publishes
// its messages to the bus: OnApply (the sequencer's OnApply hook) hands
// each command to the publisher's own goroutine (Run) through a bounded
// queue and never waits; Run applies it to a marketdata.Feed, publishes
// every message to its topic (wire.Topic) with the message's seq as the
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
	opts Options
	log  *slog.Logger

	q      chan applied
	resync atomic.Bool // set: OnApply drops commands until Run has rebuilt the feed

	// base is where fresh topics start: SeqBase, raised to the bus's
	// highest seq (bus.Resumer) before Run publishes anything.
	base    uint64
	resumed bool

	// The bus failing: drop what would be published until retryAt, then
	// store every snapshot again (Run's goroutine).
	down    bool
	retryAt time.Time
	backoff health.Backoff
	downAt  time.Time
	dropped int

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
	names     []wire.Topic
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

// New returns a Publisher; start it with Run, and pass OnApply to
// the sequencer. Until Run has built its feed, OnApply drops everything.
func New(opts Options) *Publisher {
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
	if opts.PrivateSnapshotEvery <= 0 {
		opts.PrivateSnapshotEvery = 64
	}
	if opts.RetryMax <= 0 {
		opts.RetryMax = 5 * time.Second
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
	p := &Publisher{opts: opts, log: opts.Logger, q: make(chan applied, opts.QueueLen), base: opts.SeqBase}
	p.backoff = health.Backoff{Base: 100 * time.Millisecond, Max: opts.RetryMax}
	p.marketsT.names = []wire.Topic{wire.MarketsTopic}
	p.resync.Store(true)
	p.m = publisherMetrics{
		overflows: prometheus.NewCounter(prometheus.CounterOpts{Name: "hourglass_md_publisher_queue_overflows_total", Help: "Times the publisher's queue overflowed and commands were dropped."}),
		resyncs:   prometheus.NewCounter(prometheus.CounterOpts{Name: "hourglass_md_publisher_resyncs_total", Help: "Times the publisher rebuilt its feed from the engine (start included)."}),
		messages:  prometheus.NewCounter(prometheus.CounterOpts{Name: "hourglass_md_published_messages_total", Help: "Market-data messages published to the bus."}),
		snapshots: prometheus.NewCounter(prometheus.CounterOpts{Name: "hourglass_md_snapshots_total", Help: "Topic snapshots stored on the bus."}),
		errors:    prometheus.NewCounter(prometheus.CounterOpts{Name: "hourglass_md_publish_errors_total", Help: "Failed bus Publish or SetSnapshot calls."}),
	}
	if r := opts.Registerer; r != nil {
		r.MustRegister(p.Collectors()...)
	}
	return p
}

// Collectors returns the publisher's metrics (hourglass_md_*), for a
// registry that Options.Registerer did not name: a gateway's
// (api.Options.Collectors) in a process that runs both.
func (p *Publisher) Collectors() []prometheus.Collector {
	return []prometheus.Collector{p.m.overflows, p.m.resyncs, p.m.messages, p.m.snapshots, p.m.errors,
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "hourglass_md_publisher_queue_length", Help: "Commands waiting for the publisher."},
			func() float64 { return float64(len(p.q)) })}
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
	if !p.resume(ctx) {
		return nil
	}
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
		var (
			retryT clock.Timer
			retry  <-chan time.Time // while the bus is down: the next try
		)
		if p.down {
			retryT = p.opts.Clock.NewTimer(max(p.retryAt.Sub(p.opts.Clock.Now()), 0))
			retry = retryT.C()
		}
		select {
		case <-ctx.Done():
			return nil
		case <-retry:
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
		if retryT != nil {
			retryT.Stop()
		}
		p.flush(ctx)
	}
}

// resume raises the base of fresh topics above the bus's highest seq when
// the bus outlives the publisher, waiting (with backoff, said once in the
// log) while the bus cannot answer: nothing may be published before. It
// reports false if ctx ended first.
func (p *Publisher) resume(ctx context.Context) bool {
	r, ok := p.opts.Bus.(bus.Resumer)
	if !ok || p.resumed {
		return true
	}
	b := health.Backoff{Base: 100 * time.Millisecond, Max: p.opts.RetryMax}
	start := p.opts.Clock.Now()
	for failed := false; ; failed = true {
		high, err := r.HighSeq(ctx)
		if err == nil {
			p.base, p.resumed = max(p.base, high), true
			if failed {
				p.log.Info("market-data publisher: bus reachable; publishing", "waited", clock.Since(p.opts.Clock, start).Round(time.Millisecond))
			}
			return true
		}
		if !failed {
			p.log.Error("market-data publisher: cannot read the bus's highest seq; nothing is published until it answers", "err", err)
		}
		if !clock.Sleep(ctx, p.opts.Clock, b.Next()) {
			return false
		}
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
	err := p.opts.Query(func(e exchange.View) {
		f = marketdata.NewFromEngine(p.opts.Feed, e)
		last = e.LastSeq()
		for _, s := range e.Markets() {
			refs = append(refs, s.RefPrice)
		}
		pe = p.readPrivate(e)
		p.resync.Store(false)
	})
	if err != nil {
		return fmt.Errorf("publish: rebuild: %w", err)
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
// starting above p.base.
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
		pm.book.names = append(pm.book.names, wire.BookTopic(s, d))
	}
	pm.trades.names = []wire.Topic{wire.TradesTopic(s)}
	pm.ticker.names = []wire.Topic{wire.TickerTopic(s)}
	for _, iv := range marketdata.Intervals() {
		pm.candles[iv].names = []wire.Topic{wire.CandlesTopic(iv, s)}
	}
	pm.hb.names = []wire.Topic{wire.HeartbeatTopic(s)}
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
		base := p.base
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
			p.batch = append(p.batch, bus.Message{Topic: string(name), Seq: nop.Seq, Data: nop.AppendJSON(nil)})
		}
		pm.book.published = true
	}
	if pm.ticker.off > 0 {
		tk, _ := p.feed.TickerSnapshot(id)
		tk.Type, tk.Seq = marketdata.Update, tk.Seq+pm.ticker.off
		p.batch = append(p.batch, bus.Message{Topic: string(pm.ticker.names[0]), Seq: tk.Seq, Data: tk.AppendJSON(nil)})
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
	p.snaps = append(p.snaps, bus.Message{Topic: string(t.names[i]), Seq: seq, Data: data, Kind: bus.KindSnapshot})
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
	p.batch = append(p.batch, bus.Message{Topic: string(t.names[i]), Seq: seq, Data: data})
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
		if !t.published && t.last < p.base {
			t.last = p.base
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
// it changed.
//
// A failed call is counted and starts an outage (logged once): until the
// next try, with capped exponential backoff, what would be published is
// dropped (the seqs keep rising, so subscribers see the hole); the try
// stores a fresh snapshot of every topic and the market list first, and
// when it succeeds the end of the outage is logged once.
func (p *Publisher) flush(ctx context.Context) {
	wasDown := p.down
	if p.down {
		if p.opts.Clock.Now().Before(p.retryAt) {
			p.dropped += len(p.batch)
			p.batch, p.snaps = nil, p.snaps[:0]
			return
		}
		p.snapshotAll()
	}
	if p.marketsChg {
		p.marketsChg = false
		p.publishMarkets()
	}
	lost := false
	for _, s := range p.snaps {
		if err := p.opts.Bus.SetSnapshot(ctx, s.Topic, s.Seq, s.Data); errors.Is(err, bus.ErrStateLost) {
			lost = true
		} else if err != nil {
			p.failed(ctx, "snapshot", err)
			return
		}
		p.m.snapshots.Inc()
	}
	p.snaps = p.snaps[:0]
	if len(p.batch) > 0 {
		if err := p.opts.Bus.Publish(ctx, p.batch...); errors.Is(err, bus.ErrStateLost) {
			lost = true
		} else if err != nil {
			p.failed(ctx, "publish", err)
			return
		}
		p.m.messages.Add(float64(len(p.batch)))
		p.batch = nil // the bus keeps the messages' data
	}
	if lost && !wasDown {
		// Redis came back empty between two calls: nothing failed, but
		// every snapshot and the market list are gone.
		p.log.Warn("market-data publisher: the bus lost its snapshots (Redis restarted empty?); storing every snapshot again")
		p.snapshotAll()
		p.flush(ctx)
		return
	}
	if p.down {
		p.down = false
		p.backoff.Reset()
		p.log.Info("market-data publisher: bus back; stored a fresh snapshot of every topic",
			"down_for", clock.Since(p.opts.Clock, p.downAt).Round(time.Millisecond), "dropped_messages", p.dropped)
		p.dropped = 0
	}
}

// failed counts a failed bus call, drops what was queued and arms the next
// try; the first failure of an outage is logged.
func (p *Publisher) failed(ctx context.Context, what string, err error) {
	p.m.errors.Inc()
	p.dropped += len(p.batch)
	p.batch, p.snaps = nil, p.snaps[:0]
	if ctx.Err() != nil || errors.Is(err, bus.ErrClosed) {
		return
	}
	now := p.opts.Clock.Now()
	if !p.down {
		p.down, p.downAt = true, now
		p.log.Error("market-data publisher: bus "+what+" failed; retrying with backoff, then storing every snapshot again", "err", err)
	}
	p.retryAt = now.Add(p.backoff.Next())
}

// snapshotAll queues a snapshot of every topic and the market list: after
// the bus failed, or came back empty, every subscriber re-syncs from them.
func (p *Publisher) snapshotAll() {
	p.marketsChg = true
	for _, pa := range p.priv.accounts {
		p.snapshotAccount(pa)
	}
	for _, pm := range p.markets {
		if pm != nil {
			p.snapshotMarket(pm)
		}
	}
}

// publishMarkets publishes the market list as one update and its snapshot.
func (p *Publisher) publishMarkets() {
	var bm wire.Markets
	for _, pm := range p.markets {
		if pm == nil {
			continue
		}
		spec := pm.info.Spec
		spec.RefPrice = pm.ref
		bm.Markets = append(bm.Markets, wire.Market{ID: pm.info.ID, Decimals: pm.info.Decimals, Spec: spec})
	}
	data, err := json.Marshal(bm)
	if err != nil {
		p.log.Error("market-data publisher: encoding the market list", "err", err)
		return
	}
	t := &p.marketsT
	if !t.published && t.last < p.base {
		t.last = p.base
	}
	p.add(t, 0, t.last+1, data)
	p.addSnap(t, 0, t.last, data)
}
