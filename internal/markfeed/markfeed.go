// Package markfeed is the operator's mark poster: it follows each market's
// best bid and ask and its trades in the engine's applied event stream,
// stamped with the engine's own command times, and every Tick computes the
// market's mark with exchange/mark. It posts it to the instrument's
// MarkPriceFeed (postMark) through the operator's transaction sender with
// Chainlink's semantics: when it differs from the last posted answer by
// DeviationBps or more, or when Heartbeat has passed since the last post,
// and never while the previous post is not mined. After
// a reservation's last trading time it posts no more and calls settle()
// once, which freezes the last round as the settlement price
// (docs/delivery.md, "Mark price and settlement price").
//
// The inputs are a function of the journal: the quotes and trades carry the
// times the sequencer stamped their commands with, and the book the poster
// starts from is the engine's (Start, on the apply goroutine). The window is
// bounded: quotes that change nothing in the mark (the same mid, or a quote
// replaced within the same millisecond) are not kept, trades at the same
// millisecond and price are one, entries older than the window are dropped
// at every tick, and at most MaxPoints quotes and MaxPoints trades are kept
// per market (beyond that the oldest go early).
//
// A restart loses the window (it starts again from the engine's book) but
// not the clamp: the previous mark is read back from the feed's latest
// round, and whether the settlement price is recorded from the feed too.
package markfeed

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"math/bits"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/exchange/mark"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/evm/txsend"
)

// Defaults. DefaultHeartbeat and DefaultDeviationBps are the promises a
// MarkPriceFeed states to its readers (its HEARTBEAT and DEVIATION_BPS).
const (
	// DefaultHeartbeat is the longest a feed goes without a post while its
	// market has a mark (MarkPriceFeed.HEARTBEAT, 60 s).
	DefaultHeartbeat = 60 * time.Second
	// DefaultDeviationBps is the move from the last posted answer, in
	// basis points of it, that is posted before the heartbeat
	// (MarkPriceFeed.DEVIATION_BPS, 0.5 %).
	DefaultDeviationBps = 50
	// DefaultTick is how often the marks are computed and checked.
	DefaultTick = time.Second
	// DefaultMaxPoints bounds each market's kept quotes, and its trades.
	DefaultMaxPoints = 1 << 17
	// CloseLead is MarkPriceFeed.TRADING_CLOSE_LEAD: a reservation feed
	// takes no post from its window start less this on.
	CloseLead = 2 * time.Hour
	// callTimeout bounds one call to the node.
	callTimeout = 10 * time.Second
)

// Feed is one market's MarkPriceFeed.
type Feed struct {
	Market     exchange.MarketID
	Symbol     string
	Instrument instrument.ID
	Address    common.Address
	// TickSize (stablecoin base units per GPU-hour per tick) and LotSize
	// (GPU-hours per lot) turn the engine's prices and sizes into the
	// mark's units.
	TickSize, LotSize int64
}

// Sender sends the operator's transactions (txsend.Sender).
type Sender interface {
	Send(ctx context.Context, req txsend.Request) (*txsend.Pending, error)
}

// Health is told whether the chain answered the poster's reads
// (health.Dependency, shared with the rest of the node).
type Health interface {
	Failed(by string, err error)
	OK()
}

// Config configures a Poster.
type Config struct {
	Feeds  []Feed
	Sender Sender
	Chain  bind.ContractBackend
	// Params is the mark rule's (zero: mark.DefaultParams).
	Params mark.Params
	// Heartbeat is the longest a feed goes without a post while its
	// market has a mark (default DefaultHeartbeat): a post is due at the
	// first tick from Heartbeat - Tick/2 after the last one (the tick
	// nearest the heartbeat; with Tick = Heartbeat, every tick).
	Heartbeat time.Duration
	// DeviationBps is the move from the last posted answer, in basis
	// points of it, that is posted at the next tick, before the heartbeat
	// (default DefaultDeviationBps).
	DeviationBps int
	// Tick is how often the marks are computed and checked (default
	// DefaultTick, and at most Heartbeat).
	Tick time.Duration
	// MaxPoints bounds each market's quotes, and its trades (default
	// DefaultMaxPoints).
	MaxPoints int
	Clock     clock.Clock
	Log       *slog.Logger
	Health    Health
	// Observe, if set, is told what the poster did (from its goroutines).
	Observe func(Event)
}

// What an Event reports.
const (
	EventSent         = "sent"          // a postMark was sent: Mark, Answer, At
	EventPosted       = "posted"        // a postMark was mined: Round, Answer, UpdatedAt, TxHash
	EventNoMark       = "no_mark"       // no quote and no trade in the window: nothing posted
	EventUnchanged    = "unchanged"     // the mark (Mark, Answer) moved less than DeviationBps and the heartbeat is not due: nothing posted
	EventInFlight     = "in_flight"     // the previous post is not mined yet: nothing posted
	EventFailed       = "failed"        // a post or settle failed: Err
	EventClosed       = "closed"        // the reservation's last trading time passed: no more posts
	EventSettled      = "settled"       // the settlement price is recorded: Round, Answer, UpdatedAt
	EventNoSettlement = "no_settlement" // closed with no round: no settlement price can be recorded
)

// Event is one thing the poster did for one feed.
type Event struct {
	Kind      string
	Market    string
	Feed      common.Address
	At        time.Time // the poster's time of the tick
	Mark      uint64    // stablecoin base units per GPU-hour
	Answer    int64     // the feed's 8-decimal answer
	Round     uint64
	UpdatedAt uint64 // the round's block time
	TxHash    common.Hash
	Err       error
}

var feedB = bindings.NewMarkPriceFeed()

// feed is one feed's state.
type feed struct {
	Feed
	reservation bool
	ltt         int64 // last trading time, Unix seconds (reservations)

	// The book mirror: the apply goroutine's only.
	bids, asks       levels
	bestBid, bestAsk int64
	qBid, qAsk       int64 // the last quote recorded
	touched          bool

	// The window: under Poster.mu.
	quotes []mark.Quote
	trades []mark.Trade

	// Run's goroutine only.
	ready bool
	prev  uint64 // the previous mark (base units), 0: none: the clamp's
	// The last answer known on the feed (mined, or read back at the
	// start; 0: none) and when it was sent (the poster's clock), which
	// the deviation and the heartbeat count from; the one in flight.
	posted     int64
	postedAt   time.Time
	sentAnswer int64
	sentAt     time.Time
	waitSaid   bool // the post in flight was said to be waited for
	closed     bool
	done       bool // settled, or closed with nothing to settle
	pending    *txsend.Pending
	settling   *txsend.Pending
	said       string // the failure said last, "" when none

	m feedMetrics
}

type feedMetrics struct {
	price, updated, settled prometheus.Gauge
	posts                   prometheus.Counter
}

// Poster posts marks. OnApply runs on the sequencer's apply goroutine;
// Run on its own.
type Poster struct {
	cfg      Config
	log      *slog.Logger
	feeds    []*feed
	byMarket []*feed // by market id (nil: no feed)
	touched  []*feed // OnApply's scratch

	mu sync.Mutex // the windows

	headSaid string // Run's: the head's failure said last

	wg                       sync.WaitGroup // the receipt waiters
	price, updated, settledG *prometheus.GaugeVec
	posts                    *prometheus.CounterVec
}

// New returns a poster of cfg's feeds.
func New(cfg Config) (*Poster, error) {
	if cfg.Sender == nil || cfg.Chain == nil {
		return nil, errors.New("markfeed: a sender and a chain are needed")
	}
	if cfg.Params == (mark.Params{}) {
		cfg.Params = mark.DefaultParams
	}
	if cfg.Heartbeat <= 0 {
		cfg.Heartbeat = DefaultHeartbeat
	}
	if cfg.DeviationBps <= 0 {
		cfg.DeviationBps = DefaultDeviationBps
	}
	if cfg.Tick <= 0 {
		cfg.Tick = DefaultTick
	}
	cfg.Tick = min(cfg.Tick, cfg.Heartbeat)
	if cfg.MaxPoints <= 0 {
		cfg.MaxPoints = DefaultMaxPoints
	}
	cfg.Clock = clock.Or(cfg.Clock)
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	p := &Poster{cfg: cfg, log: cfg.Log,
		price: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "hourglass_mark_price",
			Help: "The mark last posted to each market's MarkPriceFeed, USD per GPU-hour (0: none yet)."}, []string{"market"}),
		updated: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "hourglass_mark_updated_timestamp_seconds",
			Help: "The block time (Unix seconds) of each feed's latest round (0: none); time() minus it is the mark's age."}, []string{"market"}),
		settledG: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "hourglass_mark_settled",
			Help: "1 once a reservation feed's settlement price is recorded on-chain."}, []string{"market"}),
		posts: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "hourglass_mark_posts_total",
			Help: "Marks this process posted (postMark mined), by market."}, []string{"market"}),
	}
	for _, f := range cfg.Feeds {
		if f.TickSize <= 0 || f.LotSize <= 0 {
			return nil, fmt.Errorf("markfeed: market %s: tick and lot sizes must be positive", f.Symbol)
		}
		if p.feedOf(f.Market) != nil {
			return nil, fmt.Errorf("markfeed: market %s has two feeds", f.Symbol)
		}
		in, err := instrument.Decode(f.Instrument)
		if err != nil {
			return nil, fmt.Errorf("markfeed: market %s: %w", f.Symbol, err)
		}
		st := &feed{Feed: f, bids: levels{buy: true}}
		if in.Kind == instrument.Reservation {
			st.reservation = true
			st.ltt = in.WindowStartTime().Add(-CloseLead).Unix()
		}
		st.m = feedMetrics{price: p.price.WithLabelValues(f.Symbol), updated: p.updated.WithLabelValues(f.Symbol),
			settled: p.settledG.WithLabelValues(f.Symbol), posts: p.posts.WithLabelValues(f.Symbol)}
		p.feeds = append(p.feeds, st)
		if n := int(f.Market) + 1; n > len(p.byMarket) {
			p.byMarket = append(p.byMarket, make([]*feed, n-len(p.byMarket))...)
		}
		p.byMarket[f.Market] = st
	}
	return p, nil
}

// Collectors are the poster's metrics.
func (p *Poster) Collectors() []prometheus.Collector {
	return []prometheus.Collector{p.price, p.updated, p.settledG, p.posts}
}

// Start takes the markets' books from the engine: call it on the apply
// goroutine (in a Sequencer.Query) and feed OnApply every command applied
// after it. The books stand as a quote from the engine's last command time.
func (p *Poster) Start(v exchange.View) {
	at := v.Now() / 1e6
	for _, f := range p.feeds {
		v.Depth(f.Market, exchange.Buy, 1<<30, func(price, qty int64) { f.delta(exchange.Buy, price, qty) })
		v.Depth(f.Market, exchange.Sell, 1<<30, func(price, qty int64) { f.delta(exchange.Sell, price, qty) })
		if at > 0 && (f.bestBid != 0 || f.bestAsk != 0) {
			p.mu.Lock()
			p.addQuote(f, at)
			p.mu.Unlock()
		}
	}
}

// OnApply takes one applied command's book changes and trades
// (sequencer.Done).
func (p *Poster) OnApply(cmd *exchange.Command, evs []exchange.Event) {
	var trades bool
	for i := range evs {
		ev := &evs[i]
		switch ev.Kind {
		case exchange.EvBookDelta:
			f := p.feedOf(ev.Market)
			if f == nil {
				continue
			}
			f.delta(ev.Side, ev.Price, ev.Qty)
			if !f.touched {
				f.touched = true
				p.touched = append(p.touched, f)
			}
		case exchange.EvTrade:
			trades = trades || p.feedOf(ev.Market) != nil
		}
	}
	if !trades && len(p.touched) == 0 {
		return
	}
	at := cmd.Time / 1e6
	p.mu.Lock()
	if trades {
		for i := range evs {
			if ev := &evs[i]; ev.Kind == exchange.EvTrade {
				if f := p.feedOf(ev.Market); f != nil {
					p.addTrade(f, mark.Trade{At: at, Price: uint64(ev.Price * f.TickSize), Qty: uint64(ev.Qty * f.LotSize)})
				}
			}
		}
	}
	for _, f := range p.touched {
		f.touched = false
		if f.bestBid != f.qBid || f.bestAsk != f.qAsk {
			p.addQuote(f, at)
		}
	}
	p.mu.Unlock()
	p.touched = p.touched[:0]
}

// feedOf is market m's feed, nil if it has none.
func (p *Poster) feedOf(m exchange.MarketID) *feed {
	if int(m) < len(p.byMarket) {
		return p.byMarket[m]
	}
	return nil
}

// delta applies one book level's new total.
func (f *feed) delta(side exchange.Side, price, qty int64) {
	if side == exchange.Sell {
		f.asks.set(price, qty > 0)
		f.bestAsk = f.asks.best()
		return
	}
	f.bids.set(price, qty > 0)
	f.bestBid = f.bids.best()
}

// levels are one side's prices that have orders, sorted worst first: the
// best is the last, and the book's changes, mostly near the top, move
// few of them.
type levels struct {
	p   []int64
	buy bool
}

// worse says whether a ranks below b on this side.
func (l *levels) worse(a, b int64) bool {
	if l.buy {
		return a < b
	}
	return a > b
}

// set adds price (present) or removes it.
func (l *levels) set(price int64, present bool) {
	i := sort.Search(len(l.p), func(i int) bool { return !l.worse(l.p[i], price) })
	found := i < len(l.p) && l.p[i] == price
	switch {
	case present && !found:
		l.p = slices.Insert(l.p, i, price)
	case !present && found:
		l.p = slices.Delete(l.p, i, i+1)
	}
}

// best is the side's best price, 0 when it is empty.
func (l *levels) best() int64 {
	if len(l.p) == 0 {
		return 0
	}
	return l.p[len(l.p)-1]
}

// addQuote records f's top from at (ms), under p.mu. A quote that holds
// no time (the next one comes in the same millisecond) is replaced, and
// one whose mid is the last one's (or which, like it, has no mid) is not
// kept: neither changes the mark.
func (p *Poster) addQuote(f *feed, at int64) {
	f.qBid, f.qAsk = f.bestBid, f.bestAsk
	q := mark.Quote{At: at, Bid: uint64(f.bestBid * f.TickSize), Ask: uint64(f.bestAsk * f.TickSize)}
	if n := len(f.quotes); n > 0 && at <= f.quotes[n-1].At {
		q.At = f.quotes[n-1].At // never backwards
		f.quotes = f.quotes[:n-1]
	}
	if n := len(f.quotes); n > 0 && mid(f.quotes[n-1]) == mid(q) {
		return
	}
	if len(f.quotes) >= p.cfg.MaxPoints {
		f.quotes = f.quotes[1:]
	}
	f.quotes = append(f.quotes, q)
}

// mid is what a quote contributes: its mid, or 0 with a side empty.
func mid(q mark.Quote) uint64 {
	if q.Bid == 0 || q.Ask == 0 {
		return 0
	}
	return q.Bid/2 + q.Ask/2 + (q.Bid%2+q.Ask%2)/2
}

// addTrade records a trade, under p.mu; one at the same millisecond and
// price as the last is added to it.
func (p *Poster) addTrade(f *feed, t mark.Trade) {
	if n := len(f.trades); n > 0 {
		last := &f.trades[n-1]
		if t.At < last.At {
			t.At = last.At
		}
		if t.At == last.At && t.Price == last.Price {
			last.Qty += t.Qty
			return
		}
	}
	if len(f.trades) >= p.cfg.MaxPoints {
		f.trades = f.trades[1:]
	}
	f.trades = append(f.trades, t)
}

// prune drops what lies before the window starting at start (ms), keeping
// the quote in force at its start; under p.mu.
func (f *feed) prune(start int64) {
	i := 0
	for i+1 < len(f.quotes) && f.quotes[i+1].At <= start {
		i++
	}
	f.quotes = f.quotes[i:]
	j := 0
	for j < len(f.trades) && f.trades[j].At <= start {
		j++
	}
	f.trades = f.trades[j:]
}

// Run checks every Tick until ctx ends, then waits for its receipt
// waiters.
func (p *Poster) Run(ctx context.Context) {
	defer p.wg.Wait()
	t := p.cfg.Clock.NewTicker(p.cfg.Tick)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C():
			p.tick(ctx)
		}
	}
}

// tick computes every open feed's mark and posts those due, and settles
// the closed reservations.
func (p *Poster) tick(ctx context.Context) {
	now := p.cfg.Clock.Now()
	cctx, cancel := context.WithTimeout(ctx, callTimeout)
	head, err := p.cfg.Chain.HeaderByNumber(cctx, nil)
	cancel()
	if err != nil {
		// Nothing can be posted or settled without the chain.
		p.chainFailed(err)
		return
	}
	p.chainOK()
	for _, f := range p.feeds {
		if ctx.Err() != nil {
			return
		}
		p.step(ctx, f, now, head.Time)
	}
}

// chainFailed says that the head could not be read: a chain that does
// not answer through the shared health (said once for the node), another
// error at WARN once until it changes or the chain answers.
func (p *Poster) chainFailed(err error) {
	if errors.Is(err, context.Canceled) {
		return // the node is stopping
	}
	if txsend.IsTransient(err) || errors.Is(err, context.DeadlineExceeded) {
		if p.cfg.Health != nil {
			p.cfg.Health.Failed("mark", err)
		}
		p.log.Debug("mark: the chain does not answer", "err", err)
		return
	}
	if msg := err.Error(); msg != p.headSaid {
		p.headSaid = msg
		p.log.Warn("mark: reading the chain's head failed; nothing posted until it works", "err", err)
	}
}

func (p *Poster) chainOK() {
	p.headSaid = ""
	if p.cfg.Health != nil {
		p.cfg.Health.OK()
	}
}

// step is one feed's part of a tick.
func (p *Poster) step(ctx context.Context, f *feed, now time.Time, headTime uint64) {
	if f.done {
		return
	}
	if !f.ready {
		if err := p.load(ctx, f, now); err != nil {
			p.failed(f, now, "reading the feed", err)
			return
		}
		f.ready = true
		if f.done {
			return
		}
	}
	if f.reservation && !f.closed && (now.Unix() >= f.ltt || int64(headTime) >= f.ltt) {
		p.close(f, now)
	}
	if f.closed {
		p.settle(ctx, f, now, headTime)
		return
	}
	if f.pending != nil {
		select {
		case <-f.pending.Done():
			p.landed(ctx, f, now)
		default:
			if !f.waitSaid {
				f.waitSaid = true
				p.log.Debug("mark: the previous post is not mined yet; no other until it is", "market", f.Symbol)
			}
			p.observe(Event{Kind: EventInFlight, Market: f.Symbol, Feed: f.Address, At: now})
			return
		}
	}
	nowMs := now.UnixMilli()
	p.mu.Lock()
	f.prune(nowMs - p.cfg.Params.WindowMs)
	m, ok := mark.Compute(p.cfg.Params, nowMs, f.prev, f.quotes, f.trades)
	p.mu.Unlock()
	if !ok {
		p.observe(Event{Kind: EventNoMark, Market: f.Symbol, Feed: f.Address, At: now})
		return
	}
	answer := mark.FeedAnswer(m)
	if !p.due(f, now, answer) {
		p.observe(Event{Kind: EventUnchanged, Market: f.Symbol, Feed: f.Address, At: now, Mark: m, Answer: answer})
		return
	}
	cctx, cancel := context.WithTimeout(ctx, callTimeout)
	pd, err := p.cfg.Sender.Send(cctx, txsend.Request{To: f.Address, Data: feedB.PackPostMark(big.NewInt(answer)),
		Key: fmt.Sprintf("mark-%s-%d", f.Instrument, nowMs)})
	cancel()
	if err != nil {
		if isRevert(err, bindings.MarkPriceFeedTradingClosedErrorID()) {
			p.close(f, now) // the chain's time is past the close already
			return
		}
		p.failed(f, now, "posting the mark", err)
		return
	}
	f.prev, f.pending, f.sentAnswer, f.sentAt, f.waitSaid = m, pd, answer, now, false
	p.observe(Event{Kind: EventSent, Market: f.Symbol, Feed: f.Address, At: now, Mark: m, Answer: answer})
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		rc, err := pd.Wait(ctx)
		if err != nil {
			if ctx.Err() == nil {
				// Said (once) by the next tick's landed.
				p.observe(Event{Kind: EventFailed, Market: f.Symbol, Feed: f.Address, At: now, Mark: m, Err: err})
			}
			return
		}
		for _, l := range rc.Logs {
			ev, err := feedB.UnpackMarkPostedEvent(l)
			if err != nil || l.Address != f.Address {
				continue
			}
			f.m.price.Set(float64(answer) / 1e8)
			f.m.updated.Set(float64(ev.UpdatedAt.Uint64()))
			f.m.posts.Inc()
			p.observe(Event{Kind: EventPosted, Market: f.Symbol, Feed: f.Address, At: now, Mark: m, Answer: answer,
				Round: ev.RoundId.Uint64(), UpdatedAt: ev.UpdatedAt.Uint64(), TxHash: rc.TxHash})
		}
	}()
}

// landed takes the outcome of f's post in flight, which is done: mined, its
// answer is the one the deviation and the heartbeat count from; failed, it
// is said once (the feed's last answer stays what it was, so the next tick
// posts again if one is still due).
func (p *Poster) landed(ctx context.Context, f *feed, now time.Time) {
	pd := f.pending
	f.pending = nil
	if _, err := pd.Wait(ctx); err != nil {
		p.say(f, "posting the mark", err)
		return
	}
	f.posted, f.postedAt = f.sentAnswer, f.sentAt
	p.recovered(f)
}

// due says whether f's answer is to be posted at now: there is no answer
// on the feed yet, or answer differs from it by DeviationBps or more, or
// the heartbeat is due (at the tick nearest it: from Heartbeat - Tick/2 on,
// so that a tick read a little early does not skip a whole heartbeat).
func (p *Poster) due(f *feed, now time.Time, answer int64) bool {
	if f.posted <= 0 || f.postedAt.IsZero() {
		return true
	}
	if now.Sub(f.postedAt) >= p.cfg.Heartbeat-p.cfg.Tick/2 {
		return true
	}
	return deviates(answer, f.posted, p.cfg.DeviationBps)
}

// deviates says whether answer differs from posted (> 0) by bps basis
// points of it or more: |answer - posted| x 10,000 >= posted x bps, in 128
// bits.
func deviates(answer, posted int64, bps int) bool {
	if answer <= 0 {
		return false // FeedAnswer of a positive mark is positive
	}
	a, b := uint64(answer), uint64(posted)
	d := max(a, b) - min(a, b)
	dh, dl := bits.Mul64(d, 10_000)
	ph, pl := bits.Mul64(b, uint64(bps))
	return dh > ph || (dh == ph && dl >= pl)
}

// load reads the feed's latest round (the clamp's previous mark, and the
// answer the deviation and the heartbeat count from: its block time, or
// now if that is later) and, for a reservation, whether its settlement
// price is recorded.
func (p *Poster) load(ctx context.Context, f *feed, now time.Time) error {
	latest, err := p.call(ctx, f, feedB.PackLatestRound(), feedB.UnpackLatestRound)
	if err != nil {
		return err
	}
	if latest.Sign() > 0 {
		out, err := call(ctx, p, f, feedB.PackGetRoundData(latest), feedB.UnpackGetRoundData)
		if err != nil {
			return err
		}
		if out.Answer.Sign() > 0 {
			f.prev = uint64(out.Answer.Int64() / 100)
			f.posted = out.Answer.Int64()
			f.postedAt = time.Unix(out.UpdatedAt.Int64(), 0)
			if f.postedAt.After(now) {
				f.postedAt = now // a chain ahead of the poster's clock
			}
		}
		f.m.price.Set(float64(out.Answer.Int64()) / 1e8)
		f.m.updated.Set(float64(out.UpdatedAt.Uint64()))
	}
	if f.reservation {
		return p.readSettlement(ctx, f, time.Time{})
	}
	return nil
}

// readSettlement marks f done when its settlement price is recorded.
func (p *Poster) readSettlement(ctx context.Context, f *feed, now time.Time) error {
	round, err := p.call(ctx, f, feedB.PackSettlementRound(), feedB.UnpackSettlementRound)
	if err != nil || round.Sign() == 0 {
		return err
	}
	out, err := call(ctx, p, f, feedB.PackGetRoundData(round), feedB.UnpackGetRoundData)
	if err != nil {
		return err
	}
	f.closed, f.done = true, true
	f.m.settled.Set(1)
	p.observe(Event{Kind: EventSettled, Market: f.Symbol, Feed: f.Address, At: now, Answer: out.Answer.Int64(),
		Mark: uint64(out.Answer.Int64() / 100), Round: round.Uint64(), UpdatedAt: out.UpdatedAt.Uint64()})
	return nil
}

// close stops f's posts: its last trading time has passed.
func (p *Poster) close(f *feed, now time.Time) {
	f.closed = true
	p.log.Info("mark: trading closed; no more marks, the settlement price follows", "market", f.Symbol,
		"last_trading_time", time.Unix(f.ltt, 0).UTC())
	p.observe(Event{Kind: EventClosed, Market: f.Symbol, Feed: f.Address, At: now})
}

// settle records f's settlement price once the chain's time is past its
// last trading time: settle() unless the feed has it already.
func (p *Poster) settle(ctx context.Context, f *feed, now time.Time, headTime uint64) {
	if int64(headTime) < f.ltt {
		return // settle() would revert TradingOpen: the chain's time is not there yet
	}
	// The feed is the truth: a settle() mined, by this process or anyone,
	// shows there first.
	if err := p.readSettlement(ctx, f, now); err != nil {
		p.failed(f, now, "reading the settlement", err)
		return
	}
	if f.done {
		f.settling = nil
		p.log.Info("mark: settlement price recorded", "market", f.Symbol, "feed", f.Address)
		return
	}
	if f.settling != nil {
		select {
		case <-f.settling.Done():
			if _, err := f.settling.Wait(ctx); err != nil {
				p.failed(f, now, "settling", err)
			}
			f.settling = nil
		default:
			return
		}
	}
	latest, err := p.call(ctx, f, feedB.PackLatestRound(), feedB.UnpackLatestRound)
	if err != nil {
		p.failed(f, now, "reading the feed", err)
		return
	}
	if latest.Sign() == 0 {
		f.done = true
		p.log.Warn("mark: no mark was posted before the last trading time: the market has no settlement price",
			"market", f.Symbol, "feed", f.Address)
		p.observe(Event{Kind: EventNoSettlement, Market: f.Symbol, Feed: f.Address, At: now})
		return
	}
	cctx, cancel := context.WithTimeout(ctx, callTimeout)
	pd, err := p.cfg.Sender.Send(cctx, txsend.Request{To: f.Address, Data: feedB.PackSettle(), Key: "settle-mark-" + f.Instrument.String()})
	cancel()
	if err != nil {
		if isRevert(err, bindings.MarkPriceFeedAlreadySettledErrorID()) {
			return // read at the next tick
		}
		p.failed(f, now, "settling", err)
		return
	}
	p.recovered(f)
	f.settling = pd
}

// failed says a feed's failure: a chain that does not answer through the
// shared health (once for the node), anything else at ERROR once until it
// changes or the feed works again.
func (p *Poster) failed(f *feed, now time.Time, what string, err error) {
	if errors.Is(err, context.Canceled) {
		return // the node is stopping
	}
	p.observe(Event{Kind: EventFailed, Market: f.Symbol, Feed: f.Address, At: now, Err: err})
	p.say(f, what, err)
}

// say says a feed's failure (failed's), without the event.
func (p *Poster) say(f *feed, what string, err error) {
	if errors.Is(err, context.Canceled) {
		return // the node is stopping
	}
	if txsend.IsTransient(err) || errors.Is(err, context.DeadlineExceeded) {
		if p.cfg.Health != nil {
			p.cfg.Health.Failed("mark", err)
		}
		p.log.Debug("mark: "+what+" failed", "market", f.Symbol, "err", err)
		return
	}
	if msg := what + ": " + err.Error(); msg != f.said {
		f.said = msg
		p.log.Error("mark: "+what+" failed; retrying at every tick", "market", f.Symbol, "feed", f.Address, "err", err)
	}
}

// recovered says that a feed that failed works again.
func (p *Poster) recovered(f *feed) {
	if f.said != "" {
		f.said = ""
		p.log.Info("mark: posting again", "market", f.Symbol, "feed", f.Address)
	}
}

func (p *Poster) observe(ev Event) {
	if p.cfg.Observe != nil {
		p.cfg.Observe(ev)
	}
}

func (p *Poster) call(ctx context.Context, f *feed, data []byte, unpack func([]byte) (*big.Int, error)) (*big.Int, error) {
	return call(ctx, p, f, data, unpack)
}

// call reads f with one eth_call, telling the chain's health.
func call[T any](ctx context.Context, p *Poster, f *feed, data []byte, unpack func([]byte) (T, error)) (T, error) {
	cctx, cancel := context.WithTimeout(ctx, callTimeout)
	defer cancel()
	out, err := bind.Call(feedB.Instance(p.cfg.Chain, f.Address), &bind.CallOpts{Context: cctx}, data, unpack)
	if err == nil {
		p.chainOK()
	}
	return out, err
}

// isRevert says whether err is a simulation revert with the custom error
// whose id is id.
func isRevert(err error, id common.Hash) bool {
	var re *txsend.RevertError
	return errors.As(err, &re) && re.Selector() == [4]byte(id[:4])
}
