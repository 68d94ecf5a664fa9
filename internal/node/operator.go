// Package node runs the exchange as one process: the sequencer and
// engine behind the journal, the gateway, the settlement pipeline to the
// Exchange contract, and, for a live demo, market-making bots. By default
// everything is embedded (an in-process chain with the contracts deployed
// and a demo world seeded, the journal in a folder, an in-process bus, no
// history database); PostgreSQL, Redis and a real node replace the embedded
// parts by configuration (docs/operations.md).
//
// The order of things, from socket to chain: api (the gateway) submits
// commands to exchange/sequencer, which journals and applies them; its
// OnApply feeds the market-data publisher, the history store and the
// settlement pipeline (settlement), which batches fills into settle
// transactions (chain/txsend) and applies what the chain confirms
// (chain/watch) as journaled commands again.
package node

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/redis/go-redis/v9"

	"github.com/hourglass-exchange/hourglass/api"
	"github.com/hourglass-exchange/hourglass/api/auth"
	"github.com/hourglass-exchange/hourglass/api/publish"
	"github.com/hourglass-exchange/hourglass/contracts/deploy"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/sequencer"
	"github.com/hourglass-exchange/hourglass/exchange/settlement"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
	"github.com/hourglass-exchange/hourglass/internal/bus"
	"github.com/hourglass-exchange/hourglass/internal/evm/txsend"
	"github.com/hourglass-exchange/hourglass/internal/postgres"
	"github.com/hourglass-exchange/hourglass/internal/redisbus"
	"github.com/hourglass-exchange/hourglass/sim"
)

// Config configures the operator. The zero value runs the embedded demo.
type Config struct {
	// Addr is the gateway's listen address (default 127.0.0.1:8080).
	Addr string
	// Dir holds the journal, snapshots, the transaction journal and the
	// deployment (default: a temporary folder, removed at exit).
	Dir string
	// Domain is what Sign-In with Ethereum messages must name (default
	// localhost).
	Domain string

	// DatabaseURL keeps history in PostgreSQL; RedisURL fans out through
	// Redis. Empty: in memory, in process.
	DatabaseURL, RedisURL string

	// RPCURL is an Ethereum node (geth --dev, a test network). Empty: the
	// embedded chain. On a node the operator reuses the deployment saved
	// in Dir, or deploys and seeds one with DeployerKey.
	RPCURL      string
	DeployerKey *ecdsa.PrivateKey
	// OperatorKey sends the settle transactions on a node (default: the
	// deployer key).
	OperatorKey *ecdsa.PrivateKey
	// ChainRPC serves the embedded chain's JSON-RPC on loopback, for
	// wallets and the CLI.
	ChainRPC bool
	// BlockPoll is how often the embedded chain looks for transactions to
	// mine (default 20ms).
	BlockPoll time.Duration
	// Confirmations makes a log final (default 1: mined).
	Confirmations uint64
	// WithdrawalDelay is the Exchange's delay on a fresh deployment
	// (default 1 minute).
	WithdrawalDelay time.Duration
	// Batch closes settlement batches (defaults: 100 fills, 1s).
	BatchFills int
	BatchDelay time.Duration

	// BotAccounts trade at BotRate commands per second (defaults 24 and
	// 100; a negative rate runs no bots).
	BotAccounts, BotRate int
	// BotCommands stops the bots after that many commands (0: never).
	BotCommands int
	// Traders trade through the gateway itself, as people would, with the
	// Go client (sim.Traders): signed in, orders signed by their own keys,
	// at TraderRate orders per second each (defaults 0 and 1).
	Traders    int
	TraderRate float64

	Logger *slog.Logger
	// Ready, if set, is called once everything runs.
	Ready func(Info)
	// Settled, if set, is told about every settlement batch.
	Settled func(settlement.BatchEvent)
	// OnApply, if set, sees every command the engine applies with its
	// events, after the operator's own consumers, on the sequencer's
	// apply goroutine: it must return quickly and not keep evs (the
	// measurements of fill-to-settled latency hook in here).
	OnApply sequencer.Done
}

// Info is where a running operator can be reached.
type Info struct {
	Gateway   string // host:port
	Dir       string
	ChainID   *big.Int
	Contracts deploy.Contracts
	RPCURL    string // the node's (or the embedded chain's) JSON-RPC, if any
	WSURL     string
	Embedded  bool
	Markets   []string
	// UserKey is a funded wallet of the embedded chain (nil on a node).
	UserKey *ecdsa.PrivateKey
	// Seq gives tests and tools the engine.
	Seq *sequencer.Sequencer
}

func (c *Config) defaults() {
	if c.Addr == "" {
		c.Addr = "127.0.0.1:8080"
	}
	if c.Domain == "" {
		c.Domain = "localhost"
	}
	if c.BlockPoll <= 0 {
		c.BlockPoll = 20 * time.Millisecond
	}
	if c.Confirmations == 0 {
		c.Confirmations = 1
	}
	if c.WithdrawalDelay == 0 {
		c.WithdrawalDelay = time.Minute
	}
	if c.BotAccounts == 0 {
		c.BotAccounts = 24
	}
	if c.BotRate == 0 {
		c.BotRate = 100
	}
	if c.TraderRate <= 0 {
		c.TraderRate = 1
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
}

// Demo amounts: each bot gets this much cash and of every window's tokens
// inside the Exchange; the user's wallet gets UserCash outside it.
var (
	botCash     = big.NewInt(5_000_000 * 1_000_000) // 5M USDC
	botTokens   = big.NewInt(100_000)               // GPU-hours per window
	UserCash    = big.NewInt(100_000 * 1_000_000)   // 100k USDC
	collateral  = big.NewInt(100_000)               // 0.10 USDC per GPU-hour
	readyFunded = 2 * time.Minute
)

// Run runs the operator until ctx ends, then shuts the gateway down
// (closing sockets with 1001) and stops.
func Run(ctx context.Context, cfg Config) error {
	cfg.defaults()
	log := cfg.Logger
	if cfg.Dir == "" {
		d, err := os.MkdirTemp("", "hourglass-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(d)
		cfg.Dir = d
	}
	if err := os.MkdirAll(cfg.Dir, 0o755); err != nil {
		return err
	}

	// The demo's markets and bots decide what the chain is seeded with.
	bots, setup, err := sim.NewBots(time.Now(), max(cfg.BotAccounts, 20), 1)
	if err != nil {
		return err
	}
	cb := newChainBots(bots, setup)
	traderKeys := make([]*ecdsa.PrivateKey, cfg.Traders)
	seedTraders := append([]common.Address(nil), cb.addrs...)
	for i := range traderKeys {
		traderKeys[i] = TraderKey(i)
		seedTraders = append(seedTraders, crypto.PubkeyToAddress(traderKeys[i].PublicKey))
	}
	ch, err := openChain(ctx, &cfg, func(c deploy.Contracts) deploy.Seed {
		return deploy.Seed{Markets: cb.instruments(), Traders: seedTraders, CashEach: botCash, TokensEach: botTokens,
			CollateralPerHour: collateral, WalletCash: UserCash}
	})
	if err != nil {
		return fmt.Errorf("chain: %w", err)
	}
	defer ch.close()
	domain := eip712.Domain{ChainID: ch.contracts.ChainID, VerifyingContract: ch.contracts.Exchange}
	cb.domain = domain

	var b interface {
		bus.Publisher
		bus.Subscriber
	}
	var shared auth.SharedSessions
	if cfg.RedisURL != "" {
		opt, err := redis.ParseURL(cfg.RedisURL)
		if err != nil {
			return fmt.Errorf("REDIS_URL: %w", err)
		}
		rdb := redis.NewClient(opt)
		defer rdb.Close()
		rb := redisbus.New(rdb, redisbus.Options{Prefix: "hourglass:", Logger: log})
		defer rb.Close()
		b = rb
		shared = redisbus.NewKV(rdb, "hourglass:kv:")
	} else {
		lb := bus.NewLocal(bus.Options{Logger: log})
		defer lb.Close()
		b = lb
	}

	var (
		history api.History
		feeder  *postgres.Feeder
		wg      sync.WaitGroup
	)
	runCtx, stopAll := context.WithCancel(context.Background())
	defer func() { stopAll(); wg.Wait() }()
	if cfg.DatabaseURL != "" {
		st, err := postgres.Open(ctx, cfg.DatabaseURL, log)
		if err != nil {
			return err
		}
		defer st.Close()
		if feeder, err = postgres.NewFeeder(ctx, st, postgres.FeederOptions{Logger: log}); err != nil {
			return err
		}
		wg.Add(1)
		go func() { defer wg.Done(); feeder.Run(runCtx) }()
		history = st
	}

	var (
		seq  *sequencer.Sequencer
		pipe *settlement.Pipeline
	)
	pub := publish.New(publish.Options{Bus: b, Query: func(fn func(exchange.View)) error { return seq.Query(fn) }, Logger: log})
	opts := sequencer.Options{Dir: cfg.Dir, Logger: log, OnApply: func(c *exchange.Command, evs []exchange.Event) {
		pub.OnApply(c, evs)
		cb.observe(evs)
		if feeder != nil {
			feeder.OnApply(c, evs)
		}
		if pipe != nil {
			for i := range evs {
				if evs[i].Kind == exchange.EvFill {
					pipe.Kick()
					break
				}
			}
		}
		if cfg.OnApply != nil {
			cfg.OnApply(c, evs)
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
	seq.Query(func(e exchange.View) { markets = len(e.Markets()) })
	if markets == 0 { // a fresh journal: the demo's markets
		if err := submitAll(seq, cb.markets()); err != nil {
			return err
		}
	} else {
		// A restart: the markets are the journal's, whatever week it is
		// now; the bots sign for those.
		seq.Query(func(e exchange.View) { copy(cb.specs, e.Markets()) })
	}

	j, err := txsend.OpenFileJournal(filepath.Join(cfg.Dir, "txsend.journal"))
	if err != nil {
		return err
	}
	sender, err := txsend.New(runCtx, txsend.Config{Node: ch.node, Key: ch.operator, Journal: j, Logger: log,
		PollInterval: 50 * time.Millisecond, ReplaceAfter: 20 * time.Second})
	if err != nil {
		return err
	}
	defer sender.Close()
	metrics := settlement.NewMetrics()
	pipe, err = settlement.New(settlement.Config{Engine: seq, Sender: sender, Chain: ch.node, Exchange: ch.contracts.Exchange,
		StartBlock: ch.contracts.Block, Confirmations: cfg.Confirmations, MaxFills: cfg.BatchFills, MaxDelay: cfg.BatchDelay,
		PollInterval: 50 * time.Millisecond, Logger: log, Observe: func(ev settlement.BatchEvent) {
			metrics.Observe(ev)
			if cfg.Settled != nil {
				cfg.Settled(ev)
			}
		}})
	if err != nil {
		return err
	}
	pipeErr := make(chan error, 1)
	wg.Add(1)
	go func() {
		defer wg.Done()
		if err := pipe.Run(runCtx); err != nil {
			log.Error("settlement stopped", "err", err)
			pipeErr <- err
		}
	}()

	verifier, err := auth.New(auth.Config{Domain: cfg.Domain, ChainID: ch.contracts.ChainID.Uint64(), Logger: log, Shared: shared})
	if err != nil {
		return err
	}
	srv, err := api.NewServer(api.Options{Bus: b, History: history, Logger: log, Auth: verifier,
		Engine: api.SequencerEngine{Seq: seq}, OrderDomain: domain, Contracts: auth.ContractSignatures{Caller: ch.node},
		Chain: &api.ChainInfo{ChainID: ch.contracts.ChainID.Uint64(), Exchange: ch.contracts.Exchange,
			Stablecoin: ch.contracts.Stablecoin, Token: ch.contracts.Token, Confirmations: cfg.Confirmations, RPCURL: ch.rpcURL},
		Collectors: metrics.Collectors()})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return err
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()

	info := Info{Gateway: ln.Addr().String(), Dir: cfg.Dir, ChainID: ch.contracts.ChainID, Contracts: ch.contracts,
		RPCURL: ch.rpcURL, WSURL: ch.wsURL, Embedded: ch.embedded, Seq: seq}
	for _, m := range cb.specs {
		info.Markets = append(info.Markets, m.Symbol)
	}
	if ch.embedded {
		info.UserKey = UserKey()
	}
	if cfg.BotRate > 0 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := cb.run(runCtx, seq, cfg.BotRate, cfg.BotCommands, log); err != nil && runCtx.Err() == nil {
				log.Warn("bots stopped", "err", err)
			}
		}()
	}
	// The traders are the gateway's clients: they leave before it shuts
	// down.
	tradersCtx, stopTraders := context.WithCancel(runCtx)
	tradersDone := make(chan struct{})
	go func() {
		defer close(tradersDone)
		if cfg.Traders > 0 {
			tr := &sim.Traders{Gateway: "http://" + info.Gateway, Keys: traderKeys, Rate: cfg.TraderRate, Seed: 1, Logger: log}
			if err := tr.Run(tradersCtx); err != nil {
				log.Warn("traders stopped", "err", err)
			}
		}
	}()
	if cfg.Ready != nil {
		cfg.Ready(info)
	}
	select {
	case <-ctx.Done():
	case err = <-pipeErr:
	case err = <-served:
		if errors.Is(err, http.ErrServerClosed) {
			err = nil
		}
	}
	stopTraders()
	<-tradersDone
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if serr := srv.Shutdown(sctx); err == nil {
		err = serr
	}
	return err
}

// PrintInfo tells a person where everything is and what to try.
func PrintInfo(w io.Writer, in Info) {
	a := in.Gateway
	fmt.Fprintf(w, "hourglass is running\n  websocket: ws://%s/v1/ws\n  REST:      http://%s/v1/markets\n  metrics:   http://%s/metrics\n  journal:   %s\n", a, a, a, in.Dir)
	chain := "embedded chain (in memory)"
	if !in.Embedded {
		chain = in.RPCURL
	} else if in.RPCURL != "" {
		chain += ", JSON-RPC " + in.RPCURL + " and " + in.WSURL
	}
	fmt.Fprintf(w, "  chain:     %s, chain id %s\n  exchange:  %s (deployed at block %d)\n  stablecoin %s, token %s, vault %s\n",
		chain, in.ChainID, in.Contracts.Exchange, in.Contracts.Block, in.Contracts.Stablecoin, in.Contracts.Token, in.Contracts.Vault)
	fmt.Fprintf(w, "  markets:   %v\n", in.Markets)
	fmt.Fprintf(w, "try: curl http://%s/v1/markets\n", a)
	fmt.Fprintf(w, "     subscribe over the websocket: {\"id\":1,\"method\":\"subscribe\",\"params\":{\"channel\":\"book\",\"markets\":[\"%s\"]}}\n", in.Markets[0])
	if in.UserKey != nil && in.RPCURL != "" {
		fmt.Fprintf(w, "     a funded wallet for the CLI (dev only): HOURGLASS_KEY=%x ETH_RPC_URL=%s\n", crypto.FromECDSA(in.UserKey), in.RPCURL)
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
