package api_test

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/hourglass-exchange/hourglass/api"
	"github.com/hourglass-exchange/hourglass/api/client"
	"github.com/hourglass-exchange/hourglass/api/internal/apitest"
	"github.com/hourglass-exchange/hourglass/api/marketdata"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/internal/bus"
	"github.com/hourglass-exchange/hourglass/internal/redisbus"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

var checkFor = testsvc.CheckFor

// bookRecorder records the seq and checksum of every book message.
type bookRecorder struct {
	mu   sync.Mutex
	msgs []string // "type seq checksum"
	seqs []uint64
}

func (r *bookRecorder) handle(ev *client.Event) {
	r.mu.Lock()
	defer r.mu.Unlock()
	var sum uint32
	if ev.Checksum != nil {
		sum = *ev.Checksum
	}
	r.msgs = append(r.msgs, fmt.Sprintf("%s %d %d", ev.Type, ev.Seq, sum))
	r.seqs = append(r.seqs, ev.Seq)
}

// updatesAfter returns the messages after the first snapshot, as "seq sum".
func (r *bookRecorder) updatesFrom(seq uint64) []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []string
	for i, m := range r.msgs {
		if r.seqs[i] > seq {
			out = append(out, m[len("update "):])
		}
	}
	return out
}

// checkBook waits until the client's copy of the book equals the engine's.
func checkBook(t *testing.T, e *apitest.Engine, c *client.Client) {
	t.Helper()
	checkFor(t, 10*time.Second, 5*time.Millisecond, func() error {
		bids, asks := e.Book()
		v, ok := c.Book(e.Symbol)
		if !ok || !v.Synced {
			return fmt.Errorf("book not synced")
		}
		if got, want := levels(v.Bids), bids; !slices.Equal(got, want) {
			return fmt.Errorf("bids %v, engine %v", got, want)
		}
		if got, want := levels(v.Asks), asks; !slices.Equal(got, want) {
			return fmt.Errorf("asks %v, engine %v", got, want)
		}
		return nil
	})
}

func levels(ls []marketdata.Level) [][2]string {
	out := make([][2]string, 0, len(ls))
	for _, l := range ls {
		out = append(out, [2]string{l.Price, l.Size})
	}
	return out
}

// trade submits a few crossing orders around price.
func trade(e *apitest.Engine, round int) {
	p := int64(21000 + round%7)
	e.Submit(
		e.Limit(0, exchange.Buy, p-5, 3),
		e.Limit(1, exchange.Sell, p+5, 4),
		e.Limit(2, exchange.Buy, p+5, 1),   // takes
		e.Limit(3, exchange.Sell, p-10, 2), // takes
	)
}

func TestMarketDataEndToEnd(t *testing.T) {
	b := bus.NewLocal(bus.Options{})
	defer b.Close()
	e := apitest.NewEngine(t, apitest.Options{Bus: b})
	g := apitest.NewGateway(t, api.Options{Bus: b})
	g.WaitMarket(t, e.Symbol)
	ctx := context.Background()
	e.Submit(e.Limit(0, exchange.Buy, 20900, 10), e.Limit(1, exchange.Sell, 21100, 7))

	c, err := client.Dial(ctx, g.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var rec bookRecorder
	if err := c.Subscribe(ctx, client.SubscribeParams{Channel: "book", Markets: []string{e.Symbol}}, rec.handle); err != nil {
		t.Fatal(err)
	}
	var tradesMu sync.Mutex
	var tradeSeqs []uint64
	if err := c.Subscribe(ctx, client.SubscribeParams{Channel: "trades", Markets: []string{e.Symbol}}, func(ev *client.Event) {
		tradesMu.Lock()
		tradeSeqs = append(tradeSeqs, ev.Seq)
		tradesMu.Unlock()
	}); err != nil {
		t.Fatal(err)
	}
	depth := 10
	c10, err := client.Dial(ctx, g.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer c10.Close()
	if err := c10.Subscribe(ctx, client.SubscribeParams{Channel: "book", Markets: []string{e.Symbol}, Depth: &depth}, nil); err != nil {
		t.Fatal(err)
	}
	checkBook(t, e, c)
	for i := range 30 {
		trade(e, i)
	}
	checkBook(t, e, c)
	// The depth-10 book equals the engine's best 10 levels.
	checkFor(t, 10*time.Second, 5*time.Millisecond, func() error {
		bids, asks := e.Book()
		v, _ := c10.Book(e.Symbol)
		if !v.Synced || !slices.Equal(levels(v.Bids), bids[:min(10, len(bids))]) || !slices.Equal(levels(v.Asks), asks[:min(10, len(asks))]) {
			return fmt.Errorf("depth-10 book differs")
		}
		return nil
	})
	rec.mu.Lock()
	for i := 1; i < len(rec.seqs); i++ {
		if rec.seqs[i] != rec.seqs[i-1]+1 {
			t.Errorf("book seq %d after %d", rec.seqs[i], rec.seqs[i-1])
		}
	}
	if rec.msgs[0][:8] != "snapshot" {
		t.Errorf("first book message %q, want a snapshot", rec.msgs[0])
	}
	rec.mu.Unlock()
	if c.Resyncs() != 0 || c10.Resyncs() != 0 {
		t.Errorf("resyncs %d, %d; want none", c.Resyncs(), c10.Resyncs())
	}
	tradesMu.Lock()
	for i := 2; i < len(tradeSeqs); i++ { // [0] is the snapshot
		if tradeSeqs[i] != tradeSeqs[i-1]+1 {
			t.Errorf("trade seq %d after %d", tradeSeqs[i], tradeSeqs[i-1])
		}
	}
	tradesMu.Unlock()

	// A publisher resync (as after a queue overflow) makes the seqs jump;
	// the gateway and the client follow through the fresh snapshot.
	e.Publisher.Resync()
	e.Submit(e.Limit(0, exchange.Buy, 20950, 2))
	checkBook(t, e, c)
	checkBook(t, e, c10)
}

func TestTwoGatewaysOverRedis(t *testing.T) {
	url := testsvc.Redis(t)
	newClient := func() *redis.Client {
		opt, err := redis.ParseURL(url)
		if err != nil {
			t.Fatal(err)
		}
		rc := redis.NewClient(opt)
		t.Cleanup(func() { rc.Close() })
		return rc
	}
	pub := redisbus.New(newClient(), redisbus.Options{Prefix: "t:"})
	defer pub.Close()
	e := apitest.NewEngine(t, apitest.Options{Bus: pub})
	e.Submit(e.Limit(0, exchange.Buy, 20900, 10), e.Limit(1, exchange.Sell, 21100, 7))
	var gws []*apitest.Gateway
	for range 2 {
		b := redisbus.New(newClient(), redisbus.Options{Prefix: "t:"})
		t.Cleanup(func() { b.Close() })
		g := apitest.NewGateway(t, api.Options{Bus: b})
		g.WaitMarket(t, e.Symbol)
		gws = append(gws, g)
	}
	ctx := context.Background()
	var cs []*client.Client
	recs := make([]*bookRecorder, 2)
	for i, g := range gws {
		c, err := client.Dial(ctx, g.URL())
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		recs[i] = &bookRecorder{}
		if err := c.Subscribe(ctx, client.SubscribeParams{Channel: "book", Markets: []string{e.Symbol}}, recs[i].handle); err != nil {
			t.Fatal(err)
		}
		cs = append(cs, c)
	}
	for _, c := range cs {
		checkBook(t, e, c)
	}
	var start uint64
	for _, c := range cs {
		v, _ := c.Book(e.Symbol)
		start = max(start, v.Seq)
	}
	for i := range 40 {
		trade(e, i)
	}
	for _, c := range cs {
		checkBook(t, e, c)
	}
	checkFor(t, 10*time.Second, 5*time.Millisecond, func() error {
		a, b := recs[0].updatesFrom(start), recs[1].updatesFrom(start)
		if len(a) == 0 || !slices.Equal(a, b) {
			return fmt.Errorf("gateway 1 saw %d updates, gateway 2 %d, or they differ", len(a), len(b))
		}
		return nil
	})
	for _, c := range cs {
		if c.Resyncs() != 0 {
			t.Errorf("client resynced %d times", c.Resyncs())
		}
	}
}
