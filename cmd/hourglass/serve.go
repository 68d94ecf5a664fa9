package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/hourglass-exchange/hourglass/api"
	"github.com/hourglass-exchange/hourglass/api/auth"
	"github.com/hourglass-exchange/hourglass/bus"
	"github.com/hourglass-exchange/hourglass/bus/redisbus"
	"github.com/hourglass-exchange/hourglass/chain/eip712"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/sequencer"
	"github.com/hourglass-exchange/hourglass/sim"
	"github.com/hourglass-exchange/hourglass/store"
)

// devChainID is the chain id orders and sign-in use until the gateway is
// wired to a chain (the settlement issue): the dev chain's.
const devChainID = 1337

// runServe runs the gateway on the engine, with the demo's markets and
// bots keeping the books alive: the embedded defaults (journal in a
// folder, in-process bus), or PostgreSQL and Redis when DATABASE_URL and
// REDIS_URL say so. It stops on ctx (SIGINT, SIGTERM), closing sockets
// with 1001.
func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "listen address of the websocket and REST gateway")
	dir := fs.String("dir", "", "journal directory (default: a temporary one, removed at exit)")
	accounts := fs.Int("bot-accounts", 100, "accounts the demo bots trade from (at least 20)")
	rate := fs.Int("bot-rate", 200, "bot commands per second (0: no bots)")
	domain := fs.String("domain", "localhost", "the domain Sign-In with Ethereum messages must name")
	fs.Usage = func() {
		fmt.Fprint(stderr, "usage: hourglass serve [flags]\n\nenvironment: DATABASE_URL (history in PostgreSQL), REDIS_URL (fan-out through Redis)\n\nflags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if fs.NArg() != 0 {
		return usageError(fs, "unexpected arguments")
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	if *dir == "" {
		d, err := os.MkdirTemp("", "hourglass-serve-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(d)
		*dir = d
	}

	var b interface {
		bus.Publisher
		bus.Subscriber
	}
	if u := os.Getenv("REDIS_URL"); u != "" {
		opt, err := redis.ParseURL(u)
		if err != nil {
			return fmt.Errorf("REDIS_URL: %w", err)
		}
		rdb := redis.NewClient(opt)
		defer rdb.Close()
		rb := redisbus.New(rdb, redisbus.Options{Prefix: "hourglass:", Logger: log})
		defer rb.Close()
		b = rb
	} else {
		lb := bus.NewLocal(bus.Options{Logger: log})
		defer lb.Close()
		b = lb
	}

	var (
		history api.History
		feeder  *store.Feeder
		wg      sync.WaitGroup
	)
	runCtx, stopAll := context.WithCancel(context.Background())
	defer func() { stopAll(); wg.Wait() }()
	if u := os.Getenv("DATABASE_URL"); u != "" {
		st, err := store.Open(ctx, u, log)
		if err != nil {
			return err
		}
		defer st.Close()
		if feeder, err = store.NewFeeder(ctx, st, store.FeederOptions{Logger: log}); err != nil {
			return err
		}
		wg.Add(1)
		go func() { defer wg.Done(); feeder.Run(runCtx) }()
		history = st
	}

	var seq *sequencer.Sequencer
	pub := api.NewPublisher(api.PublisherOptions{Bus: b, Query: func(fn func(*exchange.Engine)) error { return seq.Query(fn) }, Logger: log})
	bots, setup, err := sim.NewBots(time.Now(), *accounts, 1)
	if err != nil {
		return err
	}
	opts := sequencer.Options{Dir: *dir, Logger: log, OnApply: func(c *exchange.Command, evs []exchange.Event) {
		pub.OnApply(c, evs)
		bots.Observe(evs)
		if feeder != nil {
			feeder.OnApply(c, evs)
		}
	}}
	if feeder != nil {
		opts.OnReplay, opts.Durable = feeder.OnApply, feeder.Durable
	}
	if seq, err = sequencer.Open(opts); err != nil {
		return err
	}
	defer seq.Close()
	wg.Add(1)
	go func() { defer wg.Done(); pub.Run(runCtx) }()

	var markets int
	seq.Query(func(e *exchange.Engine) {
		for {
			if _, ok := e.Spec(exchange.MarketID(markets)); !ok {
				return
			}
			markets++
		}
	})
	if markets == 0 { // a fresh journal: the demo's markets and bot accounts
		if err := submitAll(seq, setup); err != nil {
			return err
		}
	}

	verifier, err := auth.New(auth.Config{Domain: *domain, ChainID: devChainID, Logger: log})
	if err != nil {
		return err
	}
	srv, err := api.NewServer(api.Options{Bus: b, History: history, Logger: log, Auth: verifier,
		Engine: api.SequencerEngine{Seq: seq}, OrderDomain: eip712.Domain{ChainID: big.NewInt(devChainID)}})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	a := ln.Addr().String()
	fmt.Fprintf(stdout, "hourglass gateway\n  websocket: ws://%s/v1/ws\n  REST:      http://%s/v1/markets\n  metrics:   http://%s/metrics\n  journal:   %s\n", a, a, a, *dir)
	fmt.Fprintf(stdout, "  history:   %s\n  fan-out:   %s\n", choose(history != nil, "PostgreSQL (DATABASE_URL)", "in memory"), choose(os.Getenv("REDIS_URL") != "", "Redis (REDIS_URL)", "in process"))
	fmt.Fprintf(stdout, "try: curl http://%s/v1/markets, or subscribe over the websocket: {\"id\":1,\"method\":\"subscribe\",\"params\":{\"channel\":\"book\",\"markets\":[\"%s\"]}}\n", a, bots.Markets[0].Symbol)
	fmt.Fprintln(stdout, "orders are signed for chain id 1337 and the zero verifying contract until the gateway is wired to a chain")

	if *rate > 0 {
		wg.Add(1)
		go func() { defer wg.Done(); runBots(runCtx, seq, bots, *rate, log) }()
	}
	select {
	case <-ctx.Done():
	case err := <-served:
		if err != nil && !errors.Is(err, http.ErrServerClosed) {
			return err
		}
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return srv.Shutdown(sctx)
}

// runBots submits the bots' commands at rate per second until ctx ends.
func runBots(ctx context.Context, seq *sequencer.Sequencer, bots *sim.Bots, rate int, log *slog.Logger) {
	const tick = 10 * time.Millisecond
	per := max(1, rate*int(tick)/int(time.Second))
	t := time.NewTicker(tick)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := seq.SubmitBatch(bots.Next(per), nil); err != nil {
				log.Warn("bots stopped", "err", err)
				return
			}
		}
	}
}

// submitAll submits commands and waits until all are applied.
func submitAll(seq *sequencer.Sequencer, cmds []exchange.Command) error {
	var wg sync.WaitGroup
	wg.Add(len(cmds))
	if err := seq.SubmitBatch(cmds, func(*exchange.Command, []exchange.Event) { wg.Done() }); err != nil {
		return err
	}
	wg.Wait()
	return nil
}

func choose(c bool, a, b string) string {
	if c {
		return a
	}
	return b
}
