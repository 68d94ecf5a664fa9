// Package apitest runs a real engine behind a sequencer, the market-data
// publisher and gateways on 127.0.0.1 for the api tests: the harness the
// api and api/client tests share.
package apitest

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/api"
	"github.com/hourglass-exchange/hourglass/api/publish"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/exchange/sequencer"
	"github.com/hourglass-exchange/hourglass/internal/bus"
	"github.com/hourglass-exchange/hourglass/internal/postgres"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// Start is the engine time of the harness's first command.
var Start = time.Date(2027, 1, 4, 0, 0, 0, 0, time.UTC)

// Window is the window start of the harness's market, a week after Start:
// the engine closes a market at its window start less a lead (2 h), so a
// market whose window starts at Start would be closed from the first
// command.
var Window = Start.AddDate(0, 0, 7)

// Engine is a sequencer with one market and a few funded accounts, and a
// publisher feeding a bus.
type Engine struct {
	T         testing.TB
	Seq       *sequencer.Sequencer
	Publisher *publish.Publisher
	Symbol    string
	Accounts  int
	now       int64
	nextOrder exchange.OrderID
	mu        sync.Mutex
	close     func()
	closeOnce sync.Once
}

// Close stops the publisher and the sequencer, as a process that exits
// would (the test's end does it too).
func (e *Engine) Close() { e.closeOnce.Do(e.close) }

// Options of NewEngine.
type Options struct {
	Bus       bus.Publisher
	Publisher publish.Options // Bus and Query are filled in
	Accounts  int             // default 4
	// Dir holds the journal (default: a temporary folder). A journal that
	// has the market already is resumed as it is: nothing is added to it,
	// and Limit's order ids continue above every order it holds.
	Dir string
	// Feeder, if set, writes the engine's stream into a store: its OnApply
	// runs after the publisher's, and its Durable holds the sequencer's
	// snapshots back. Its Run must already be running.
	Feeder *postgres.Feeder
	// Sync makes the journal sync each batch to disk, as in production,
	// for tests that depend on what a journal write costs.
	Sync bool
}

// NewEngine starts the engine and its publisher; both stop when the test
// ends.
func NewEngine(t testing.TB, o Options) *Engine {
	t.Helper()
	if o.Accounts == 0 {
		o.Accounts = 4
	}
	po := o.Publisher
	po.Bus = o.Bus
	var seq *sequencer.Sequencer
	po.Query = func(fn func(exchange.View)) error { return seq.Query(fn) }
	p := publish.New(po)
	var err error
	if o.Dir == "" {
		o.Dir = t.TempDir()
	}
	so := sequencer.Options{Dir: o.Dir, NoSync: !o.Sync, KeepCommandTime: true, OnApply: p.OnApply,
		Logger: slog.New(slog.DiscardHandler)}
	if f := o.Feeder; f != nil {
		so.OnApply = func(c *exchange.Command, evs []exchange.Event) { p.OnApply(c, evs); f.OnApply(c, evs) }
		so.OnReplay, so.Durable = f.OnApply, f.Durable
	}
	seq, err = sequencer.Open(so)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); p.Run(ctx) }()
	e := &Engine{T: t, Seq: seq, Publisher: p, Accounts: o.Accounts, now: Start.UnixNano(),
		close: func() { cancel(); <-done; seq.Close() }}
	t.Cleanup(e.Close)
	in, err := instrument.NewReservation(instrument.GPUH100SXM, instrument.DefaultInterconnect(instrument.GPUH100SXM), instrument.RegionUS, 1, Window, 168)
	if err != nil {
		t.Fatal(err)
	}
	id, err := in.Encode()
	if err != nil {
		t.Fatal(err)
	}
	e.Symbol = in.Symbol()
	var resumed bool
	if err := seq.Query(func(v exchange.View) {
		if len(v.Markets()) > 0 {
			resumed = true
			e.now, e.nextOrder = v.Now(), exchange.OrderID(v.LastSeq())
		}
	}); err != nil {
		t.Fatal(err)
	}
	if resumed {
		return e
	}
	spec := &exchange.MarketSpec{Instrument: id, Symbol: e.Symbol, BaseAsset: 1, QuoteAsset: 0,
		TickSize: 100, LotSize: 1, MinNotional: 1_000_000, MaxPrice: 1 << 20, MaxQty: 1 << 20,
		RefPrice: 21000, BandBps: 5000, TakerFeeBps: 5}
	cmds := []exchange.Command{{Kind: exchange.CmdAddMarket, Spec: spec}}
	for a := range o.Accounts {
		var addr [20]byte
		addr[19] = byte(a + 1)
		cmds = append(cmds,
			exchange.Command{Kind: exchange.CmdOpenAccount, Address: addr},
			exchange.Command{Kind: exchange.CmdDeposit, Account: exchange.AccountID(a), Asset: 0, Amount: 1 << 50},
			exchange.Command{Kind: exchange.CmdDeposit, Account: exchange.AccountID(a), Asset: 1, Amount: 1 << 40})
	}
	e.Submit(cmds...)
	return e
}

// Submit runs commands through the sequencer, one millisecond apart, and
// waits until they are applied. It fails the test on a rejected command.
func (e *Engine) Submit(cmds ...exchange.Command) {
	e.T.Helper()
	e.mu.Lock()
	for i := range cmds {
		e.now += int64(time.Millisecond)
		cmds[i].Time = e.now
	}
	e.mu.Unlock()
	var wg sync.WaitGroup
	wg.Add(len(cmds))
	var mu sync.Mutex
	var rejects []string
	if err := e.Seq.SubmitBatch(cmds, func(c *exchange.Command, evs []exchange.Event) {
		for _, ev := range evs {
			if ev.Kind == exchange.EvRejected {
				mu.Lock()
				rejects = append(rejects, fmt.Sprintf("cmd %d: %v", c.Seq, ev.Reason))
				mu.Unlock()
			}
		}
		wg.Done()
	}); err != nil {
		e.T.Fatal(err)
	}
	wg.Wait()
	if len(rejects) > 0 {
		e.T.Fatalf("rejected: %s", strings.Join(rejects, "; "))
	}
}

// Limit returns a GTC limit order of account a.
func (e *Engine) Limit(a int, side exchange.Side, price, qty int64) exchange.Command {
	e.mu.Lock()
	e.nextOrder++
	id := e.nextOrder
	e.mu.Unlock()
	return exchange.Command{Kind: exchange.CmdPlace, Account: exchange.AccountID(a), Market: 0, OrderID: id,
		Side: side, Type: exchange.Limit, TIF: exchange.GTC, Price: price, Qty: qty, MaxFeeBps: 100, Nonce: uint64(id)}
}

// Book returns the engine's book as price strings with 4 decimals and
// sizes with none (the harness market's format), best first.
func (e *Engine) Book() (bids, asks [][2]string) {
	e.T.Helper()
	err := e.Seq.Query(func(en exchange.View) {
		en.Depth(0, exchange.Buy, 1<<30, func(p, q int64) { bids = append(bids, [2]string{price(p), fmt.Sprint(q)}) })
		en.Depth(0, exchange.Sell, 1<<30, func(p, q int64) { asks = append(asks, [2]string{price(p), fmt.Sprint(q)}) })
	})
	if err != nil {
		e.T.Fatal(err)
	}
	return bids, asks
}

func price(ticks int64) string { return fmt.Sprintf("%d.%04d", ticks/10000, ticks%10000) }

// Gateway is an api.Server on 127.0.0.1.
type Gateway struct {
	*api.Server
	Addr string
}

// URL returns the websocket URL.
func (g *Gateway) URL() string { return "ws://" + g.Addr + "/v1/ws" }

// HTTP returns the REST base URL.
func (g *Gateway) HTTP() string { return "http://" + g.Addr }

// NewGateway starts a gateway on a random port of 127.0.0.1 and waits
// until it is ready; it is shut down when the test ends.
func NewGateway(t testing.TB, o api.Options) *Gateway {
	t.Helper()
	g := StartGateway(t, o)
	testsvc.CheckFor(t, 10*time.Second, 5*time.Millisecond, func() error {
		if !g.Ready() {
			return fmt.Errorf("gateway not ready")
		}
		return nil
	})
	return g
}

// StartGateway starts a gateway on a random port of 127.0.0.1 without
// waiting until it is ready (its bus may be down); it is shut down when
// the test ends. Unless o has a FrameTap, or t is a benchmark, every
// message of its websockets is checked against the protocol's schema
// (Conformance) and the test fails, once the gateway is shut down, on
// one that does not conform.
func StartGateway(t testing.TB, o api.Options) *Gateway {
	t.Helper()
	if _, bench := t.(*testing.B); o.FrameTap == nil && !bench {
		k := NewConformance(o.MaxMessageBytes)
		o.FrameTap = k.Tap
		t.Cleanup(func() { k.Check(t) }) // after the shutdown below: cleanups run last first
	}
	s, err := api.NewServer(o)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go s.Serve(ln)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		s.Shutdown(ctx)
	})
	return &Gateway{Server: s, Addr: ln.Addr().String()}
}

// SubmitNow submits commands stamped with the wall clock, without waiting
// (benchmarks measure delivery delay from the "ts" of the messages).
func (e *Engine) SubmitNow(cmds ...exchange.Command) error {
	now := time.Now().UnixNano()
	for i := range cmds {
		cmds[i].Time = now
	}
	return e.Seq.SubmitBatch(cmds, nil)
}

// WaitMarket waits until the gateway lists a market: the publisher runs
// behind the engine, so a market just added may not have reached it yet.
func (g *Gateway) WaitMarket(t testing.TB, symbol string) {
	t.Helper()
	testsvc.CheckFor(t, 10*time.Second, 5*time.Millisecond, func() error {
		resp, err := http.Get(g.HTTP() + "/v1/markets")
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		if !strings.Contains(string(body), `"symbol":"`+symbol+`"`) {
			return fmt.Errorf("market %s not listed: %s", symbol, body)
		}
		return nil
	})
}
