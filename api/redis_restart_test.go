package api_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/redis/go-redis/v9"

	"github.com/hourglass-exchange/hourglass/api"
	"github.com/hourglass-exchange/hourglass/api/client"
	"github.com/hourglass-exchange/hourglass/api/internal/apitest"
	"github.com/hourglass-exchange/hourglass/api/publish"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/internal/redisbus"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// redisClient opens a client of its own to url, closed when the test ends.
func redisClient(t *testing.T, url string) *redis.Client {
	t.Helper()
	opt, err := redis.ParseURL(url)
	if err != nil {
		t.Fatal(err)
	}
	// Short timeouts, as a dead server on a Unix socket fails at once
	// anyway; no retries, so that failures reach the bus's backoff.
	opt.MaxRetries = -1
	rc := redis.NewClient(opt)
	t.Cleanup(func() { rc.Close() })
	return rc
}

// streamRecorder records every event of a client's market-data channels,
// by channel, and fails on a seq that goes backwards.
type streamRecorder struct {
	mu     sync.Mutex
	last   map[string]uint64 // channel: last seq
	events map[string][]string
	errs   []string
}

func newStreamRecorder() *streamRecorder {
	return &streamRecorder{last: map[string]uint64{}, events: map[string][]string{}}
}

func (r *streamRecorder) handle(ev *client.Event) {
	r.mu.Lock()
	defer r.mu.Unlock()
	ch := string(ev.Channel)
	r.events[ch] = append(r.events[ch], fmt.Sprintf("%s %d", ev.Type, ev.Seq))
	last, seen := r.last[ch]
	switch {
	case !seen:
	case ev.Type == "update" && ev.Seq != last+1:
		r.errs = append(r.errs, fmt.Sprintf("%s: update %d after %d", ch, ev.Seq, last))
	case ev.Seq < last:
		r.errs = append(r.errs, fmt.Sprintf("%s: %s %d after %d: backwards", ch, ev.Type, ev.Seq, last))
	}
	r.last[ch] = ev.Seq
}

func (r *streamRecorder) check(t *testing.T) {
	t.Helper()
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, e := range r.errs {
		t.Error(e)
	}
}

// TestPublisherRestartOverRedis restarts the engine process (sequencer on
// the same journal, a new publisher and Redis client) while Redis keeps
// the old topics and a gateway and its client stay connected: the
// restarted publisher numbers every topic above what Redis holds, so the
// client sees no seq go backwards, no hole and no checksum mismatch, and
// its book follows the engine at once (issue 12: the gateway looped on
// checksum mismatches for two minutes).
func TestPublisherRestartOverRedis(t *testing.T) {
	url := testsvc.Redis(t)
	dir := t.TempDir()
	opts := redisbus.Options{Prefix: "r:", Logger: slog.New(slog.DiscardHandler)}
	pub1 := redisbus.New(redisClient(t, url), opts)
	e1 := apitest.NewEngine(t, apitest.Options{Bus: pub1, Dir: dir})
	gwBus := redisbus.New(redisClient(t, url), opts)
	t.Cleanup(func() { gwBus.Close() })
	g := apitest.NewGateway(t, api.Options{Bus: gwBus})
	g.WaitMarket(t, e1.Symbol)

	ctx := context.Background()
	c, err := client.Dial(ctx, g.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	rec := newStreamRecorder()
	for _, ch := range []string{"book", "trades", "ticker"} {
		if err := c.Subscribe(ctx, client.SubscribeParams{Channel: ch, Markets: []string{e1.Symbol}}, rec.handle); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 60 {
		trade(e1, i)
	}
	checkBook(t, e1, c)
	before := rec.last["book"]

	// The engine process goes away and comes back on the same journal and
	// the same Redis; the gateway and the client stay.
	e1.Close()
	pub1.Close()
	pub2 := redisbus.New(redisClient(t, url), opts)
	t.Cleanup(func() { pub2.Close() })
	e2 := apitest.NewEngine(t, apitest.Options{Bus: pub2, Dir: dir})
	for i := range 5 {
		trade(e2, i)
	}
	checkBook(t, e2, c)
	rec.mu.Lock()
	after := rec.last["book"]
	rec.mu.Unlock()
	if after <= before {
		t.Errorf("book seq %d after the restart, %d before", after, before)
	}
	rec.check(t)
	if n := c.Resyncs(); n != 0 {
		t.Errorf("the client re-subscribed %d times (gap or checksum mismatch)", n)
	}
}

// logCounter counts log records at WARN and above.
type logCounter struct {
	mu    sync.Mutex
	lines []string
}

func (l *logCounter) Enabled(context.Context, slog.Level) bool { return true }
func (l *logCounter) Handle(_ context.Context, r slog.Record) error {
	if r.Level < slog.LevelInfo {
		return nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lines = append(l.lines, r.Level.String()+" "+r.Message)
	return nil
}
func (l *logCounter) WithAttrs([]slog.Attr) slog.Handler { return l }
func (l *logCounter) WithGroup(string) slog.Handler      { return l }

func (l *logCounter) count() (int, string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.lines), strings.Join(l.lines, "\n")
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

var redisUp = regexp.MustCompile(`(?m)^hourglass_dependency_up\{dependency="redis"\} ([01])$`)

// TestRedisLateAndLost starts the engine, its publisher and a gateway with
// Redis down; Redis comes up seconds later, and later still is killed and
// started again empty. Each time every part recovers by itself: the
// market list comes back (GET /v1/markets), subscribes work, a client that
// stayed connected gets its book back; the outage is logged a bounded
// number of times, not once per try; and hourglass_dependency_up
// {dependency="redis"} says 0 while Redis is away (issue 12: /v1/markets
// answered 503 for as long as it was watched).
func TestRedisLateAndLost(t *testing.T) {
	srv := testsvc.NewRedis(t, false)
	logs := &logCounter{}
	log := slog.New(logs)
	opts := redisbus.Options{Prefix: "late:", Logger: log, FollowTimeout: 500 * time.Millisecond}
	pubBus := redisbus.New(redisClient(t, srv.URL), opts)
	t.Cleanup(func() { pubBus.Close() })
	e := apitest.NewEngine(t, apitest.Options{Bus: pubBus, Publisher: publish.Options{Logger: log}})
	gwBus := redisbus.New(redisClient(t, srv.URL), opts)
	t.Cleanup(func() { gwBus.Close() })
	g := apitest.StartGateway(t, api.Options{Bus: gwBus, Logger: log, Collectors: gwBus.Collectors()})

	// Redis is not there: no market list, and the gauge says so.
	metric := func() string {
		_, body := get(t, g.HTTP()+"/metrics")
		if m := redisUp.FindStringSubmatch(body); m != nil {
			return m[1]
		}
		return "absent"
	}
	testsvc.CheckFor(t, 10*time.Second, 20*time.Millisecond, func() error {
		if v := metric(); v != "0" {
			return fmt.Errorf("hourglass_dependency_up{dependency=\"redis\"} %s while Redis is down", v)
		}
		return nil
	})
	if code, body := get(t, g.HTTP()+"/v1/markets"); code != http.StatusServiceUnavailable {
		t.Fatalf("GET /v1/markets with Redis down: %d %s", code, body)
	}
	// Long enough for the backoffs to pass 2 s.
	outage := 4 * time.Second
	time.Sleep(outage)
	lines, text := logs.count()
	if lines > 6 {
		t.Errorf("%d log lines in a %v outage at start:\n%s", lines, outage, text)
	}

	srv.Start()
	g.WaitMarket(t, e.Symbol) // within 10 s
	if v := metric(); v != "1" {
		t.Errorf("hourglass_dependency_up{dependency=\"redis\"} %s with Redis up", v)
	}
	ctx := context.Background()
	c, err := client.Dial(ctx, g.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	rec := newStreamRecorder()
	if err := c.Subscribe(ctx, client.SubscribeParams{Channel: "book", Markets: []string{e.Symbol}}, rec.handle); err != nil {
		t.Fatal(err)
	}
	for i := range 10 {
		trade(e, i)
	}
	checkBook(t, e, c)

	// Lost mid-run, and back empty: the publisher stores the market list
	// and every snapshot again; the client's book recovers by itself.
	lines, _ = logs.count()
	srv.Stop()
	e.Submit(e.Limit(0, exchange.Buy, 20800, 3))
	time.Sleep(outage)
	srv.Start()
	e.Submit(e.Limit(1, exchange.Sell, 21300, 4))
	checkBook(t, e, c)
	if code, body := get(t, g.HTTP()+"/v1/markets"); code != http.StatusOK || !strings.Contains(body, e.Symbol) {
		t.Errorf("GET /v1/markets after Redis came back empty: %d %s", code, body)
	}
	// A new client subscribes as usual.
	subscribeAndCheckBook(ctx, t, g, e)
	rec.check(t)
	after, text := logs.count()
	if after-lines > 10 {
		t.Errorf("%d log lines for a %v outage mid-run:\n%s", after-lines, outage, text)
	}
	t.Logf("log lines: %d at start, %d mid-run:\n%s", lines, after-lines, text)
}

// TestRedisRestartedEmpty restarts Redis, empty, between two publications
// of a quiet publisher: no call fails, but the market list and every
// snapshot are gone. The next publication finds Redis's high seq missing
// (bus.ErrStateLost) and the publisher stores them all again, so that a
// gateway started afterwards lists the markets and serves the book.
func TestRedisRestartedEmpty(t *testing.T) {
	srv := testsvc.NewRedis(t, false)
	srv.Start()
	quiet := slog.New(slog.DiscardHandler)
	opts := redisbus.Options{Prefix: "empty:", Logger: quiet}
	// The publisher's client retries a command on a dropped connection, so
	// that no call fails across the restart.
	opt, err := redis.ParseURL(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	rc := redis.NewClient(opt)
	t.Cleanup(func() { rc.Close() })
	pubBus := redisbus.New(rc, opts)
	t.Cleanup(func() { pubBus.Close() })
	e := apitest.NewEngine(t, apitest.Options{Bus: pubBus, Publisher: publish.Options{Logger: quiet,
		HeartbeatInterval: time.Hour, SnapshotInterval: time.Hour}})
	gw1 := redisbus.New(redisClient(t, srv.URL), opts)
	t.Cleanup(func() { gw1.Close() })
	g1 := apitest.NewGateway(t, api.Options{Bus: gw1, Logger: quiet})
	g1.WaitMarket(t, e.Symbol)
	e.Submit(e.Limit(0, exchange.Buy, 20900, 10))

	srv.Stop()
	srv.Start()
	e.Submit(e.Limit(1, exchange.Sell, 21100, 7))
	gw2 := redisbus.New(redisClient(t, srv.URL), opts)
	t.Cleanup(func() { gw2.Close() })
	g2 := apitest.StartGateway(t, api.Options{Bus: gw2, Logger: quiet})
	g2.WaitMarket(t, e.Symbol)
	ctx := context.Background()
	subscribeAndCheckBook(ctx, t, g2, e)
	if n := pubErrors(t, e.Publisher); n != 0 {
		t.Errorf("%v failed bus calls; the restart should have gone unnoticed but for the lost high seq", n)
	}
}

// subscribeAndCheckBook subscribes a new client of g to e's book and
// checks that its copy becomes the engine's.
func subscribeAndCheckBook(ctx context.Context, t *testing.T, g *apitest.Gateway, e *apitest.Engine) {
	t.Helper()
	c, err := client.Dial(ctx, g.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Subscribe(ctx, client.SubscribeParams{Channel: "book", Markets: []string{e.Symbol}}, nil); err != nil {
		t.Fatal(err)
	}
	checkBook(t, e, c)
}

// pubErrors reads the publisher's hourglass_md_publish_errors_total.
func pubErrors(t *testing.T, p *publish.Publisher) float64 {
	t.Helper()
	reg := prometheus.NewRegistry()
	reg.MustRegister(p.Collectors()...)
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() == "hourglass_md_publish_errors_total" {
			return mf.GetMetric()[0].GetCounter().GetValue()
		}
	}
	t.Fatal("no hourglass_md_publish_errors_total")
	return 0
}
