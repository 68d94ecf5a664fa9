package markfeed

import (
	"context"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/contracts/deploy"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/exchange/mark"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/evm/devchain"
	"github.com/hourglass-exchange/hourglass/internal/evm/txsend"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// TestWindowKeepsTheMark: the window the poster keeps (quotes replaced
// within a millisecond or repeating the mid dropped, trades at one
// millisecond and price merged, the past pruned) gives mark.Compute the
// same mark as every quote and trade would, at every time, while holding
// fewer of them.
func TestWindowKeepsTheMark(t *testing.T) {
	params := mark.Params{WindowMs: 5_000, TradeWeightMs: 700, BandBps: 1000}
	for seed := range uint64(20) {
		r := rand.New(rand.NewPCG(seed, 1))
		f := &feed{Feed: Feed{TickSize: 100, LotSize: 1}}
		p := &Poster{cfg: Config{MaxPoints: DefaultMaxPoints}}
		var quotes []mark.Quote
		var trades []mark.Trade
		at := int64(1_000_000)
		for range 2000 {
			at += int64(r.IntN(40)) // often the same millisecond
			if r.IntN(4) == 0 {
				tr := mark.Trade{At: at, Price: uint64(100 * (95 + r.IntN(10))), Qty: uint64(1 + r.IntN(3))}
				trades = append(trades, tr)
				p.addTrade(f, tr)
				continue
			}
			f.bestBid, f.bestAsk = int64(90+r.IntN(8)), int64(98+r.IntN(8))
			if r.IntN(5) == 0 {
				f.bestBid = 0
			}
			quotes = append(quotes, mark.Quote{At: at, Bid: uint64(f.bestBid * 100), Ask: uint64(f.bestAsk * 100)})
			p.addQuote(f, at)
			if r.IntN(50) == 0 {
				now := at + int64(r.IntN(100))
				f.prune(now - params.WindowMs)
				for _, prev := range []uint64{0, 9_700} {
					want, wok := mark.Compute(params, now, prev, quotes, trades)
					got, gok := mark.Compute(params, now, prev, f.quotes, f.trades)
					if want != got || wok != gok {
						t.Fatalf("seed %d at %d prev %d: kept window gives %d %v, all of it %d %v", seed, now, prev, got, gok, want, wok)
					}
				}
			}
		}
		if len(f.quotes) >= len(quotes) || len(f.trades) >= len(trades) {
			t.Fatalf("seed %d: kept %d quotes of %d, %d trades of %d", seed, len(f.quotes), len(quotes), len(f.trades), len(trades))
		}
	}
}

// TestBookMirror: the top the poster follows from book deltas is the
// book's best bid and ask, a level emptied at the top included.
func TestBookMirror(t *testing.T) {
	f := &feed{bids: levels{buy: true}}
	steps := []struct {
		side         exchange.Side
		price, qty   int64
		wantB, wantA int64
	}{
		{exchange.Buy, 100, 5, 100, 0},
		{exchange.Buy, 102, 1, 102, 0},
		{exchange.Sell, 110, 2, 102, 110},
		{exchange.Sell, 108, 2, 102, 108},
		{exchange.Buy, 101, 3, 102, 108},
		{exchange.Buy, 102, 0, 101, 108},
		{exchange.Sell, 108, 0, 101, 110},
		{exchange.Sell, 110, 0, 101, 0},
		{exchange.Buy, 101, 0, 100, 0},
	}
	for i, s := range steps {
		f.delta(s.side, s.price, s.qty)
		if f.bestBid != s.wantB || f.bestAsk != s.wantA {
			t.Fatalf("step %d: top %d/%d, want %d/%d", i, f.bestBid, f.bestAsk, s.wantB, s.wantA)
		}
	}
	// Random deltas against a plain map of the levels.
	r := rand.New(rand.NewPCG(3, 4))
	f = &feed{bids: levels{buy: true}}
	ref := [2]map[int64]int64{{}, {}}
	for i := range 20_000 {
		side := exchange.Side(r.IntN(2))
		price, qty := 100+int64(r.IntN(60)), int64(r.IntN(3))
		f.delta(side, price, qty)
		if qty == 0 {
			delete(ref[side], price)
		} else {
			ref[side][price] = qty
		}
		var wb, wa int64
		for p := range ref[exchange.Buy] {
			wb = max(wb, p)
		}
		for p := range ref[exchange.Sell] {
			if wa == 0 || p < wa {
				wa = p
			}
		}
		if f.bestBid != wb || f.bestAsk != wa {
			t.Fatalf("delta %d: top %d/%d, the levels' %d/%d", i, f.bestBid, f.bestAsk, wb, wa)
		}
	}
}

// deployed is a dev chain of two accounts, mined every poll, with the
// contracts deployed by account 0 and account 1 as the operator.
func deployed(ctx context.Context, t *testing.T, poll time.Duration) (*devchain.Chain, *devchain.Miner, deploy.Contracts) {
	t.Helper()
	c := devchain.New(2)
	miner := devchain.AutoMine(c, poll)
	t.Cleanup(func() { miner.Stop(); _ = c.Close() })
	contracts, err := deploy.Deploy(ctx, c.Client, c.Keys[0], deploy.Roles{Operator: c.Addrs[1], Guardian: c.Addrs[0], FeeRecipient: c.Addrs[0]}, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	return c, miner, contracts
}

// recorded keeps the events a poster observes.
type recorded struct {
	mu     sync.Mutex
	events []Event
}

func (r *recorded) observe(ev Event) { r.mu.Lock(); r.events = append(r.events, ev); r.mu.Unlock() }

// count is how many events of kind were observed.
func (r *recorded) count(kind string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	n := 0
	for _, ev := range r.events {
		if ev.Kind == kind {
			n++
		}
	}
	return n
}

// run runs p until the returned stop, having waited until its ticker is
// armed on clk.
func run(ctx context.Context, t *testing.T, p *Poster, clk *clock.Fake) (stop func()) {
	t.Helper()
	rctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { defer close(done); p.Run(rctx) }()
	testsvc.CheckFor(t, 10*time.Second, time.Millisecond, func() error {
		if clk.Waiters() == 0 {
			return fmt.Errorf("the poster's ticker is not armed yet")
		}
		return nil
	})
	return func() { cancel(); <-done }
}

// TestRestartAndSettle runs posters one after another on the embedded
// chain with the real contracts and transaction sender, as restarts of
// the operator: the second reads the first's round back and clamps its
// mark to it; past the last trading time it records the settlement price
// once; a third, even with a fresh transaction journal, reads that the
// price is recorded and sends nothing.
func TestRestartAndSettle(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c, _, contracts := deployed(ctx, t, 10*time.Millisecond)
	operator := c.Addrs[1]
	now := time.Now()
	ltt := now.Truncate(time.Hour).Add(time.Hour)
	if ltt.Sub(now) < 10*time.Minute {
		ltt = ltt.Add(time.Hour) // the posts below, a minute apart, come before it
	}
	in, err := instrument.NewReservation(instrument.GPUH100SXM, instrument.DefaultInterconnect(instrument.GPUH100SXM),
		instrument.RegionUS, 1, ltt.Add(CloseLead), 24)
	if err != nil {
		t.Fatal(err)
	}
	id, _ := in.Encode()
	addrs, err := deploy.DeployFeeds(ctx, c.Client, c.Keys[0], contracts, operator, []instrument.ID{id})
	if err != nil {
		t.Fatal(err)
	}
	feedAddr := addrs[0]

	var rec recorded
	count := rec.count
	waitFor := func(kind string, n int) {
		t.Helper()
		testsvc.CheckFor(t, 30*time.Second, 10*time.Millisecond, func() error {
			if got := count(kind); got < n {
				return fmt.Errorf("%d %s events, want %d", got, kind, n)
			}
			return nil
		})
	}
	// start runs a poster with its own clock and the sender's journal in
	// journal, as one run of the operator.
	start := func(clk *clock.Fake, journal string) (*Poster, func()) {
		t.Helper()
		j, err := txsend.OpenFileJournal(journal)
		if err != nil {
			t.Fatal(err)
		}
		s, err := txsend.New(ctx, txsend.Config{Node: c.Client, Key: c.Keys[1], Journal: j, PollInterval: 20 * time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		p, err := New(Config{Feeds: []Feed{{Market: 0, Symbol: "M", Instrument: id, Address: feedAddr, TickSize: 100, LotSize: 1}},
			Sender: s, Chain: c.Client, Clock: clk, Observe: rec.observe})
		if err != nil {
			t.Fatal(err)
		}
		stop := run(ctx, t, p, clk)
		return p, func() { stop(); s.Close() }
	}
	trade := func(p *Poster, at time.Time, price int64) {
		p.OnApply(&exchange.Command{Time: at.UnixNano()}, []exchange.Event{{Kind: exchange.EvTrade, Market: 0, Price: price, Qty: 1}})
	}
	fb := feedB
	round := func(r int64) int64 {
		t.Helper()
		out, err := bind.Call(fb.Instance(c.Client, feedAddr), &bind.CallOpts{Context: ctx}, fb.PackGetRoundData(big.NewInt(r)), fb.UnpackGetRoundData)
		if err != nil {
			t.Fatal(err)
		}
		return out.Answer.Int64()
	}
	journal := filepath.Join(t.TempDir(), "operator.txjournal")

	// Run 1: a trade at 200 ticks ($0.02) is the first mark.
	clk := clock.NewFake(now)
	p, stop := start(clk, journal)
	trade(p, now.Add(-time.Second), 200)
	clk.Advance(time.Minute)
	waitFor(EventPosted, 1)
	stop()
	if got := round(1); got != mark.FeedAnswer(200*100) {
		t.Fatalf("round 1: %d", got)
	}

	// Run 2: a trade at 300 ticks; the mark is clamped to 10 % above the
	// first run's, read back from the feed.
	clk = clock.NewFake(now.Add(time.Minute))
	p, stop = start(clk, journal)
	trade(p, now.Add(time.Minute), 300)
	clk.Advance(time.Minute)
	waitFor(EventPosted, 2)
	if got := round(2); got != mark.FeedAnswer(220*100) {
		t.Fatalf("round 2: %d, want the clamped %d", got, mark.FeedAnswer(220*100))
	}
	// Past the last trading time: settled once.
	h, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if d := ltt.Sub(time.Unix(int64(h.Time), 0)); d > 0 {
		if err := c.AdjustTime(d + time.Second); err != nil {
			t.Fatal(err)
		}
	}
	clk.Set(ltt.Add(time.Second))
	waitFor(EventClosed, 1)
	testsvc.CheckFor(t, 30*time.Second, 10*time.Millisecond, func() error {
		r, err := bind.Call(fb.Instance(c.Client, feedAddr), &bind.CallOpts{Context: ctx}, fb.PackSettlementRound(), fb.UnpackSettlementRound)
		if err != nil {
			return err
		}
		if r.Uint64() != 2 {
			return fmt.Errorf("settlement round %d", r)
		}
		return nil
	})
	clk.Advance(time.Minute)
	waitFor(EventSettled, 1)
	stop()
	nonce, err := c.Client.PendingNonceAt(ctx, operator)
	if err != nil {
		t.Fatal(err)
	}

	// Run 3, with a fresh journal: it reads the settlement and sends
	// nothing, posts included (a trade waits in its window).
	clk = clock.NewFake(ltt.Add(2 * time.Second))
	p, stop = start(clk, filepath.Join(t.TempDir(), "fresh.txjournal"))
	defer stop()
	trade(p, ltt, 300)
	clk.Advance(time.Minute)
	waitFor(EventSettled, 2)
	clk.Advance(time.Minute)
	if n, err := c.Client.PendingNonceAt(ctx, operator); err != nil || n != nonce {
		t.Fatalf("the operator's nonce went from %d to %d (%v)", nonce, n, err)
	}
	if n := count(EventSent); n != 2 {
		t.Fatalf("%d marks sent in all, want 2", n)
	}
}

// BenchmarkOnApply: what the poster adds to the sequencer's apply
// goroutine per command (two book deltas near the top of a 200-level book,
// a trade every tenth).
func BenchmarkOnApply(b *testing.B) {
	p, err := New(Config{Feeds: []Feed{{Market: 0, Symbol: "M", Instrument: benchID(b), Address: common.Address{1}, TickSize: 100, LotSize: 1}},
		Sender: nopSender{}, Chain: nopChain{}})
	if err != nil {
		b.Fatal(err)
	}
	f := p.feeds[0]
	for i := range int64(200) {
		f.delta(exchange.Buy, 1000-i, 5)
		f.delta(exchange.Sell, 1001+i, 5)
	}
	r := rand.New(rand.NewPCG(1, 2))
	cmd := &exchange.Command{}
	evs := make([]exchange.Event, 3)
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		cmd.Time = int64(i) * 1e6 // a command a millisecond
		side := exchange.Side(r.IntN(2))
		px := 1000 - int64(r.IntN(3))
		if side == exchange.Sell {
			px = 1001 + int64(r.IntN(3))
		}
		evs = evs[:2]
		evs[0] = exchange.Event{Kind: exchange.EvBookDelta, Side: side, Price: px, Qty: int64(r.IntN(3))}
		evs[1] = exchange.Event{Kind: exchange.EvBookDelta, Side: side, Price: px - 1 + 2*int64(side), Qty: 5}
		if i%10 == 0 {
			evs = append(evs, exchange.Event{Kind: exchange.EvTrade, Price: px, Qty: 1})
		}
		p.OnApply(cmd, evs)
		if i%100_000 == 0 {
			p.mu.Lock()
			f.prune(cmd.Time/1e6 - mark.DefaultParams.WindowMs)
			p.mu.Unlock()
		}
	}
}

type nopSender struct{}

func (nopSender) Send(context.Context, txsend.Request) (*txsend.Pending, error) { return nil, nil }

// nopChain is a chain the benchmark never calls.
type nopChain struct{ bind.ContractBackend }

func benchID(b *testing.B) instrument.ID {
	in, err := instrument.NewReservation(instrument.GPUH100SXM, instrument.DefaultInterconnect(instrument.GPUH100SXM),
		instrument.RegionUS, 1, time.Date(2030, 1, 7, 0, 0, 0, 0, time.UTC), 168)
	if err != nil {
		b.Fatal(err)
	}
	id, err := in.Encode()
	if err != nil {
		b.Fatal(err)
	}
	return id
}

// TestDeviationAndHeartbeat checks that the defaults are the feed's
// HEARTBEAT and DEVIATION_BPS, then drives a poster tick by tick on a
// fake clock (a 1 s tick, the default 50 bps deviation, a 10 s heartbeat)
// against the embedded chain with the real contracts and sender: the
// first mark is posted at the first tick; a move of 49 bps posts nothing;
// one of exactly 50 bps is posted at the next tick, before the heartbeat;
// a mark that does not move is posted again at the heartbeat (the tick
// nearest it) and not before; while a post is not mined (the miner
// paused), nothing more is sent, neither for a move of 5 % nor past the
// heartbeat, and once it is the next tick posts the new mark.
func TestDeviationAndHeartbeat(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c, miner, contracts := deployed(ctx, t, 5*time.Millisecond)
	operator := c.Addrs[1]
	now := time.Now()
	in, err := instrument.NewReservation(instrument.GPUH100SXM, instrument.DefaultInterconnect(instrument.GPUH100SXM),
		instrument.RegionUS, 1, now.Truncate(time.Hour).Add(30*24*time.Hour), 24)
	if err != nil {
		t.Fatal(err)
	}
	id, _ := in.Encode()
	addrs, err := deploy.DeployFeeds(ctx, c.Client, c.Keys[0], contracts, operator, []instrument.ID{id})
	if err != nil {
		t.Fatal(err)
	}
	feedAddr := addrs[0]
	// The defaults are the promises the feed states.
	fi := feedB.Instance(c.Client, feedAddr)
	hb, err := bind.Call(fi, &bind.CallOpts{Context: ctx}, feedB.PackHEARTBEAT(), feedB.UnpackHEARTBEAT)
	if err != nil || hb.Int64() != int64(DefaultHeartbeat/time.Second) {
		t.Fatalf("HEARTBEAT %v (%v), DefaultHeartbeat %s", hb, err, DefaultHeartbeat)
	}
	dev, err := bind.Call(fi, &bind.CallOpts{Context: ctx}, feedB.PackDEVIATIONBPS(), feedB.UnpackDEVIATIONBPS)
	if err != nil || dev.Int64() != DefaultDeviationBps {
		t.Fatalf("DEVIATION_BPS %v (%v), DefaultDeviationBps %d", dev, err, DefaultDeviationBps)
	}
	s, err := txsend.New(ctx, txsend.Config{Node: c.Client, Key: c.Keys[1], PollInterval: 5 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var rec recorded
	const heartbeat = 10 * time.Second
	clk := clock.NewFake(now)
	p, err := New(Config{Feeds: []Feed{{Market: 0, Symbol: "M", Instrument: id, Address: feedAddr, TickSize: 1, LotSize: 1}},
		Sender: s, Chain: c.Client, Clock: clk, Heartbeat: heartbeat, Observe: rec.observe})
	if err != nil {
		t.Fatal(err)
	}
	if p.cfg.Tick != time.Second || p.cfg.DeviationBps != 50 {
		t.Fatalf("defaults: tick %s, deviation %d bps", p.cfg.Tick, p.cfg.DeviationBps)
	}
	defer run(ctx, t, p, clk)()
	count := rec.count
	// tick moves the clock one tick on and returns what the poster did
	// for the feed at it.
	tick := func() Event {
		t.Helper()
		clk.Advance(time.Second)
		at := clk.Now()
		var got Event
		testsvc.CheckFor(t, 30*time.Second, time.Millisecond, func() error {
			rec.mu.Lock()
			defer rec.mu.Unlock()
			for _, ev := range rec.events {
				switch ev.Kind {
				case EventSent, EventUnchanged, EventInFlight, EventNoMark, EventFailed:
					if ev.At.Equal(at) {
						got = ev
						return nil
					}
				}
			}
			return fmt.Errorf("the tick at %s has not run", at)
		})
		if got.Kind == EventFailed || got.Kind == EventNoMark {
			t.Fatalf("the tick at %s: %+v", at, got)
		}
		return got
	}
	want := func(ev Event, kind string, m uint64) {
		t.Helper()
		if ev.Kind != kind || ev.Mark != m {
			t.Fatalf("at +%s: %s of %d, want %s of %d", ev.At.Sub(now), ev.Kind, ev.Mark, kind, m)
		}
	}
	waitPosted := func(n int) {
		t.Helper()
		testsvc.CheckFor(t, 30*time.Second, time.Millisecond, func() error {
			if got := count(EventPosted); got < n {
				return fmt.Errorf("%d posts mined, want %d", got, n)
			}
			return nil
		})
	}
	// trade adds a trade at the clock's time: each one below outweighs
	// all those before it, so the mark (their weighted median) is its
	// price.
	trade := func(price, qty int64) {
		p.OnApply(&exchange.Command{Time: clk.Now().UnixNano()}, []exchange.Event{{Kind: exchange.EvTrade, Market: 0, Price: price, Qty: qty}})
	}
	fb := feedB
	rounds := func() []int64 {
		t.Helper()
		n, err := bind.Call(fb.Instance(c.Client, feedAddr), &bind.CallOpts{Context: ctx}, fb.PackLatestRound(), fb.UnpackLatestRound)
		if err != nil {
			t.Fatal(err)
		}
		var out []int64
		for r := int64(1); r <= n.Int64(); r++ {
			rd, err := bind.Call(fb.Instance(c.Client, feedAddr), &bind.CallOpts{Context: ctx}, fb.PackGetRoundData(big.NewInt(r)), fb.UnpackGetRoundData)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, rd.Answer.Int64())
		}
		return out
	}

	// The first mark: posted at the first tick.
	trade(10_000, 1)
	want(tick(), EventSent, 10_000)
	waitPosted(1)
	// 49 bps: nothing, tick after tick.
	trade(10_049, 2)
	for range 3 {
		want(tick(), EventUnchanged, 10_049)
	}
	// 50 bps: posted at the next tick, 4 s after the last post.
	trade(10_050, 4)
	want(tick(), EventSent, 10_050)
	waitPosted(2)
	// No move: nothing until the heartbeat, 10 s after the last post.
	for i := range 9 {
		if ev := tick(); ev.Kind != EventUnchanged {
			t.Fatalf("%d s after the last post: %s", i+1, ev.Kind)
		}
	}
	want(tick(), EventSent, 10_050)
	waitPosted(3)

	// A post not mined: nothing more is sent, for a 5 % move nor past
	// the heartbeat.
	miner.Pause(true)
	trade(10_500, 8)
	want(tick(), EventSent, 10_500)
	trade(11_000, 16)
	for i := range int(heartbeat/time.Second) + 2 {
		if ev := tick(); ev.Kind != EventInFlight {
			t.Fatalf("%d s after a post not mined: %s", i+1, ev.Kind)
		}
	}
	if n := count(EventSent); n != 4 {
		t.Fatalf("%d posts sent, want 4", n)
	}
	// Mined: the next tick posts the new mark.
	miner.Pause(false)
	waitPosted(4)
	want(tick(), EventSent, 11_000)
	waitPosted(5)
	got := rounds()
	if w := []int64{1_000_000, 1_005_000, 1_005_000, 1_050_000, 1_100_000}; !slices.Equal(got, w) {
		t.Fatalf("the feed's rounds: %v, want %v", got, w)
	}
}

// TestDeviates: the deviation test, at its edges and without overflow.
func TestDeviates(t *testing.T) {
	for _, c := range []struct {
		answer, posted int64
		bps            int
		want           bool
	}{
		{1_005_000, 1_000_000, 50, true},
		{995_000, 1_000_000, 50, true},
		{1_004_999, 1_000_000, 50, false},
		{995_001, 1_000_000, 50, false},
		{1_000_000, 1_000_000, 1, false},
		{1_000_001, 1_000_000, 1, false},
		{1_000_100, 1_000_000, 1, true},
		{math.MaxInt64, 1, 10_000, true},
		{1, math.MaxInt64, 10_000, false},
		{1, math.MaxInt64, 9_999, true},
		{0, 1_000_000, 50, false},
	} {
		if got := deviates(c.answer, c.posted, c.bps); got != c.want {
			t.Errorf("deviates(%d, %d, %d) = %v", c.answer, c.posted, c.bps, got)
		}
	}
}
