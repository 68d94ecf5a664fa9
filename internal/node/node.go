// Package node runs the exchange as one process: the sequencer and engine
// behind the journal, the market-data publisher, the gateway, and the
// settlement pipeline to the Exchange contract. By default everything is
// embedded (an in-process chain with the contracts deployed and seeded, the
// journal in a folder, an in-process bus, no history database); PostgreSQL,
// Redis and a real node replace the embedded parts by configuration
// (docs/operations.md). The markets come from Config (hourglass serve reads
// them from a file, or passes the demo's); who trades on them is no concern
// of this package: the demo's bots and traders (sim) are the gateway's
// clients like anyone else.
//
// The way from a socket to the chain and back, by package:
//
//	api (the gateway: sign-in, signed orders over the websocket)
//	  → exchange/sequencer (journals each command, then applies it)
//	  → exchange (the engine: matches, emits fills)
//	  → exchange/settlement (batches the fills into settle transactions)
//	  → internal/evm/txsend (signs, sends, bumps and journals them)
//	  → the Exchange contract (contracts/)
//	  → internal/evm/watch (follows its logs, reorg-safe, to the confirmation depth)
//	  → exchange/settlement (one command per confirmed log)
//	  → exchange/sequencer (journals and applies it: the fills are settled)
//
// Run opens the parts in that order of dependence, one named step each:
// the directory, the history store (which must belong to the directory's
// journal), the chain, the bus, the sequencer with the consumers of applied
// events, the markets, their mark price feeds, the settlement pipeline, the
// mark poster (internal/markfeed), the redeemer and the gateway. The
// consumers of applied events are one list, called in order on the
// sequencer's apply goroutine for every command (consumers):
// the market-data publisher, the history feeder (with DATABASE_URL), the
// settlement pipeline's kick (a fill is waiting), the mark poster, and
// Config.OnApply.
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
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/server"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/redis/go-redis/v9"

	"github.com/hourglass-exchange/hourglass/api"
	"github.com/hourglass-exchange/hourglass/api/auth"
	"github.com/hourglass-exchange/hourglass/api/publish"
	"github.com/hourglass-exchange/hourglass/api/wire"
	"github.com/hourglass-exchange/hourglass/contracts/deploy"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/exchange/sequencer"
	"github.com/hourglass-exchange/hourglass/exchange/settlement"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
	"github.com/hourglass-exchange/hourglass/internal/bus"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/evm/devchain"
	"github.com/hourglass-exchange/hourglass/internal/evm/txsend"
	"github.com/hourglass-exchange/hourglass/internal/markfeed"
	"github.com/hourglass-exchange/hourglass/internal/postgres"
	"github.com/hourglass-exchange/hourglass/internal/redisbus"
	"github.com/hourglass-exchange/hourglass/oracle/attest"
	"github.com/hourglass-exchange/hourglass/oracle/judge"
	"github.com/hourglass-exchange/hourglass/oracle/nvmlwatch/nvmlmock"
	"github.com/hourglass-exchange/hourglass/oracle/reporter"
	"github.com/hourglass-exchange/hourglass/redeemer/service"
)

// Config configures the node.
type Config struct {
	// Addr is the gateway's listen address (default 127.0.0.1:8080).
	Addr string
	// Dir holds the journal, snapshots, the transaction journal and the
	// deployment (default: a temporary folder, removed at exit).
	Dir string
	// Domain is what Sign-In with Ethereum messages must name (default
	// localhost).
	Domain string

	// Markets are the markets a fresh journal starts with, in order (their
	// ids are their positions); a fresh deployment is seeded with their
	// instruments. A journal that has markets keeps its own: on a restart
	// Markets is not used. Specs builds them from a markets file
	// (LoadMarketConfigs) and command-line markets (ParseMarket).
	Markets []exchange.MarketSpec
	// Fund are the accounts a fresh deployment credits inside the Exchange
	// with demo cash and tokens of every market (the demo's bots and
	// traders).
	Fund []common.Address

	// DatabaseURL keeps history in PostgreSQL; RedisURL fans out through
	// Redis. Empty: in memory, in process.
	DatabaseURL, RedisURL string

	// RPCURL is an Ethereum node (geth --dev, a test network). Empty: the
	// embedded chain. On a node the node reuses the deployment saved in
	// Dir, or deploys and seeds one with DeployerKey.
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

	// OrderRate is the order commands an account may send per second
	// through the gateway, and MessageRate the messages a connection may,
	// each with bursts of twice that (0: the gateway's defaults, 10 and 20
	// a second). The demo raises them for its bots.
	OrderRate, MessageRate float64
	// SignInRate is the sign-in requests (auth.challenge, auth.login) one
	// source address may send per second, with bursts of ten times that
	// and at least 100 (0: the gateway's default, 10). The demo raises it:
	// its bots and traders all sign in from loopback.
	SignInRate float64

	// LeaseStore keeps the redeemer's leases (default: with DatabaseURL
	// PostgreSQL's lease tables, else a file store, LeaseStoreFile in Dir).
	LeaseStore service.Store
	// RedeemerPoll is how often the redeemer polls the chain and retries
	// its relays (default 500ms).
	RedeemerPoll time.Duration
	// Reporters are the oracle's reporters whose nonce challenges the
	// redeemer relays to the nodes (POST /v1/oracle/challenges;
	// docs/oracle.md, "Nonce challenges").
	Reporters []common.Address
	// ReporterKeys run reporters in the operator's process, one per key
	// (with DemoProvider and none given: three, DemoReporterKeys(3)):
	// each challenges the nodes holding open leases ChallengesPerHour
	// times an hour (default 4) through the redeemer's relay.
	ReporterKeys      []*ecdsa.PrivateKey
	ChallengesPerHour int
	// ReportChallengeWindow is, on the embedded chain, the DeliveryOracle's
	// challenge window: how long a posted report waits, voidable by the
	// guardian, before leases settle from it (default
	// DefaultReportChallengeWindow).
	ReportChallengeWindow time.Duration
	// OracleClock drives the in-process reporters, their quorum and the
	// lease settlements (default Clock; tests move a fake one with the
	// chain's time).
	OracleClock clock.Clock
	// DemoProvider runs the demo provider's node agent in the process
	// (node 0 of the demo's seed, deploy.DemoNodeKey(0), in DemoNodeDir
	// under Dir): the process executor on go-nvml's mock DGX H100, 8
	// GPUs. The embedded chain with Fund only. ProviderClock is its clock
	// (default Clock): tests move a lease's window to now with it.
	DemoProvider bool
	// Penalty is the DeliveryOracle's penalty per undelivered GPU-hour of
	// every demo grade, on the embedded chain with the demo's seed (nil:
	// none), on top of the settlement price (reservations) or the price
	// paid (spot leases).
	Penalty       *big.Int
	ProviderClock clock.Clock
	// DemoCC, when set, makes the demo node claim confidential computing
	// (AgentConfig.ClaimsCC) and is called with its mock NVML to wire the
	// conf-compute calls (go-nvml's mock has none; tests wire a real
	// sample or a test device: oracle/attest/attesttest).
	DemoCC func(*server.Server)
	// AttestVerifier is the in-process reporters' CC verifier (default:
	// attest.DefaultVerifier, NVIDIA's pinned root with OCSP).
	AttestVerifier *attest.Verifier

	// MarkInterval is the mark poster's heartbeat: the longest a market's
	// MarkPriceFeed goes without a post while it has a mark (default 60s;
	// docs/delivery.md, "Mark price and settlement price").
	// MarkDeviationBps is the move from the last posted answer that is
	// posted before it (default 50), MarkTick how often the marks are
	// checked (default 1s, at most MarkInterval). MarkClock is the
	// poster's clock (default Clock): tests move past a reservation's last
	// trading time with it. Marked, if set, is told what the poster did.
	MarkInterval     time.Duration
	MarkDeviationBps int
	MarkTick         time.Duration
	MarkClock        clock.Clock
	Marked           func(markfeed.Event)

	// Clock is the node's time (default clock.Real{}).
	Clock  clock.Clock
	Logger *slog.Logger
	// Ready, if set, is called once everything runs.
	Ready func(Info)
	// Settled, if set, is told about every settlement batch.
	Settled func(settlement.BatchEvent)
	// OnApply, if set, sees every command the engine applies with its
	// events, after the node's own consumers, on the sequencer's apply
	// goroutine: it must return quickly and not keep evs (the measurements
	// of fill-to-settled latency hook in here).
	OnApply sequencer.Done
}

// Info is where a running node can be reached.
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
	// DemoNVML is the demo node's mock NVML (Config.DemoProvider): tests
	// inject GPU faults through it.
	DemoNVML *nvmlmock.Node
	// Reporters are the in-process reporters (Config.ReporterKeys); Tally
	// is the operator's tally of the quorum's epochs.
	Reporters []*reporter.Reporter
	Tally     *reporter.Tally
	// OracleQuorum is the DeliveryOracle's reporter set and threshold
	// (none: no oracle, or no reporter registered).
	OracleQuorum judge.Quorum
	// DemoNode is the demo provider node's key address (Config.DemoProvider;
	// zero without), DemoNodeDir its agent's directory.
	DemoNode    common.Address
	DemoNodeDir string
	// AdjustChainTime moves the embedded chain's block time ahead (nil on
	// a node): tests reach a lease's window with it.
	AdjustChainTime func(time.Duration) error
	// MarkFeeds are the markets' MarkPriceFeeds, posted to every
	// MarkInterval.
	MarkFeeds        []wire.MarkFeed
	MarkInterval     time.Duration
	MarkDeviationBps int

	// Test hooks (export_test.go): the embedded chain and its miner (nil
	// on a node), and a stop for the demo provider's node agent.
	devChain      *devchain.Chain
	devMiner      *devchain.Miner
	stopDemoAgent func()
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
	c.Clock = clock.Or(c.Clock)
	if c.ProviderClock == nil {
		c.ProviderClock = c.Clock
	}
	if c.MarkClock == nil {
		c.MarkClock = c.Clock
	}
	if c.OracleClock == nil {
		c.OracleClock = c.Clock
	}
	if c.MarkInterval <= 0 {
		c.MarkInterval = markfeed.DefaultHeartbeat
	}
	if c.MarkDeviationBps <= 0 {
		c.MarkDeviationBps = markfeed.DefaultDeviationBps
	}
	if c.RedeemerPoll <= 0 {
		c.RedeemerPoll = 500 * time.Millisecond
	}
	if c.DemoProvider && c.ReporterKeys == nil {
		c.ReporterKeys = DemoReporterKeys(3) // the embedded default: three reporters in process
	}
	if c.ReportChallengeWindow <= 0 {
		c.ReportChallengeWindow = DefaultReportChallengeWindow
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
}

// Demo amounts: each funded account gets this much cash and of every
// window's tokens inside the Exchange; the user's wallet gets UserCash
// outside it.
var (
	fundCash       = big.NewInt(5_000_000 * 1_000_000) // 5M USDC
	fundTokens     = big.NewInt(100_000)               // GPU-hours per window
	UserCash       = big.NewInt(100_000 * 1_000_000)   // 100k USDC
	collateral     = big.NewInt(4_000_000)             // 4.00 USDC per GPU-hour: above every demo grade's price, so an undelivered hour pays the holder in full
	spotCollateral = big.NewInt(4_000 * 1_000_000)     // the demo provider's spot leases: 1,000 GPU-hours at the rate
)

// node is one run: what the steps opened, and how to close it.
type node struct {
	cfg Config
	log *slog.Logger

	closers []func() // close runs them, the last first
	run     context.Context
	stopRun context.CancelFunc
	wg      sync.WaitGroup // the background loops of run

	chain  *chainSetup
	domain eip712.Domain
	bus    interface {
		bus.Publisher
		bus.Subscriber
	}
	busm       []prometheus.Collector // the bus's metrics (Redis: hourglass_dependency_up)
	sessions   auth.SharedSessions    // nil: in this process
	seqBase    uint64                 // where the in-process bus's seqs start (mdseq.go)
	history    api.History            // nil: none
	pg         *postgres.Store        // the history store, nil without DATABASE_URL
	feeder     *postgres.Feeder       // nil: no history
	pub        *publish.Publisher
	seq        *sequencer.Sequencer
	markets    []string
	specs      []exchange.MarketSpec // the journal's markets, by id
	wrappers   []common.Address      // their ERC-20 wrappers, by market id (zero: none, or spot)
	feeds      []common.Address      // their MarkPriceFeeds, by market id (zero: none)
	opSender   *txsend.Sender        // the operator's transactions: settle batches, marks
	marks      atomic.Pointer[markfeed.Poster]
	markm      []prometheus.Collector // the poster's metrics
	pipe       atomic.Pointer[settlement.Pipeline]
	metrics    *settlement.Metrics
	failed     chan error           // a background part that stopped the node
	leases     api.Leases           // the redeemer
	nodeAgents api.NodeAgents       // the redeemer, for the providers' node agents
	oracle     api.OracleRelay      // the redeemer, relaying the reporters' challenges
	demoAgent  *NodeAgent           // the demo provider's node agent
	demoNVML   *nvmlmock.Node       // its mock NVML
	reporters  []*reporter.Reporter // the in-process reporters
	// oracleQ is the DeliveryOracle's reporters and threshold as last read
	// (none: no oracle), under quorumMu; quorumFailing: reading it failed
	// (said once).
	oracleQ       judge.Quorum
	quorumMu      sync.Mutex
	quorumFailing bool
	tally         reporter.Tally // the operator's tally of the board's epochs
	oracleMu      sync.Mutex
	posted        []*judge.Report // the reports posted to the DeliveryOracle, the last 48
	// oracleSaveFailing: saving OracleStateFile failed (said once).
	oracleSaveFailing bool
	srv               *api.Server
	ln                net.Listener
	served            chan error
	// stopDemoAgent stops the demo agent's Run (tests: a silent node).
	stopDemoAgent context.CancelFunc
}

// Run runs the node until ctx ends, then shuts the gateway down (closing
// sockets with 1001) and stops.
func Run(ctx context.Context, cfg Config) error {
	cfg.defaults()
	n := &node{cfg: cfg, log: cfg.Logger, failed: make(chan error, 1)}
	n.run, n.stopRun = context.WithCancel(context.Background())
	defer n.close()

	if err := n.openDir(); err != nil {
		return err
	}
	// The history store first: one that belongs to another journal is
	// refused before the chain is touched.
	if err := n.openHistory(ctx); err != nil {
		return err
	}
	if err := n.openChain(ctx); err != nil {
		return fmt.Errorf("chain: %w", err)
	}
	if err := n.openBus(); err != nil {
		return err
	}
	// The background loops stop once the parts opened below are closed:
	// the sequencer still feeds its consumers as it closes.
	n.onClose(n.stopLoops)
	if err := n.openSequencer(); err != nil {
		return err
	}
	if err := n.addMarkets(); err != nil {
		return err
	}
	if err := n.openFeeds(ctx); err != nil {
		return err
	}
	if err := n.openWrappers(ctx); err != nil {
		return err
	}
	if err := n.startSettlement(); err != nil {
		return err
	}
	if err := n.startMarks(); err != nil {
		return fmt.Errorf("mark poster: %w", err)
	}
	if err := n.startRedeemer(ctx); err != nil {
		return err
	}
	if err := n.startGateway(); err != nil {
		return err
	}
	n.startDemoAgent()
	if n.cfg.Ready != nil {
		n.cfg.Ready(n.info())
	}
	return n.wait(ctx)
}

// onClose adds f to what close runs, the last added first.
func (n *node) onClose(f func()) { n.closers = append(n.closers, f) }

// close closes what the steps opened, the last first.
func (n *node) close() {
	for i := len(n.closers) - 1; i >= 0; i-- {
		n.closers[i]()
	}
	n.stopRun()
}

// stopLoops stops the background loops (goRun) and waits for them.
func (n *node) stopLoops() {
	n.stopRun()
	n.wg.Wait()
}

// goRun runs f in the background until the node stops.
func (n *node) goRun(f func(ctx context.Context)) {
	n.wg.Add(1)
	go func() { defer n.wg.Done(); f(n.run) }()
}

// openDir makes the directory, a temporary one if none is configured.
func (n *node) openDir() error {
	if n.cfg.Dir == "" {
		d, err := os.MkdirTemp("", "hourglass-")
		if err != nil {
			return err
		}
		n.onClose(func() { os.RemoveAll(d) })
		n.cfg.Dir = d
	}
	return os.MkdirAll(n.cfg.Dir, 0o755)
}

// openChain connects to the chain, deploying and seeding the contracts
// where they are new.
func (n *node) openChain(ctx context.Context) error {
	// The provider mints the reservation windows; a spot market mints
	// nothing: its fills lock collateral as they settle.
	var ids []instrument.ID
	for _, s := range n.cfg.Markets {
		if in, err := instrument.Decode(s.Instrument); err != nil || in.Kind != instrument.Spot {
			ids = append(ids, s.Instrument)
		}
	}
	ch, err := openChain(ctx, &n.cfg, deploy.Seed{Markets: ids, Traders: n.cfg.Fund, CashEach: fundCash, TokensEach: fundTokens,
		CollateralPerHour: collateral, SpotCollateral: spotCollateral, WalletCash: UserCash, Penalty: n.cfg.Penalty})
	if err != nil {
		return err
	}
	n.onClose(ch.close)
	n.chain = ch
	n.domain = eip712.Domain{ChainID: ch.contracts.ChainID, VerifyingContract: ch.contracts.Exchange}
	return nil
}

// openBus opens the market-data bus: Redis (which also shares the sign-in
// sessions between gateways) or in process.
func (n *node) openBus() error {
	if n.cfg.RedisURL == "" {
		base, err := reserveSeqs(n.cfg.Dir)
		if err != nil {
			return fmt.Errorf("market data: %w", err)
		}
		lb := bus.NewLocal(bus.Options{Logger: n.log})
		n.onClose(func() { lb.Close() })
		n.bus, n.seqBase = lb, base
		n.goRun(func(ctx context.Context) { n.keepSeqsReserved(ctx, lb, base+mdSeqReserve) })
		return nil
	}
	opt, err := redis.ParseURL(n.cfg.RedisURL)
	if err != nil {
		return fmt.Errorf("REDIS_URL: %w", err)
	}
	rdb := redis.NewClient(opt)
	n.onClose(func() { rdb.Close() })
	rb := redisbus.New(rdb, redisbus.Options{Prefix: "hourglass:", Logger: n.log})
	n.onClose(func() { rb.Close() })
	n.bus = rb
	n.busm = rb.Collectors()
	n.sessions = redisbus.NewKV(rdb, "hourglass:kv:")
	return nil
}

// openHistory opens the PostgreSQL history store, checks that it belongs
// to this directory's journal (journalID), and starts its feeder, before the
// sequencer replays through it. A feeder that stops (the store and the
// journal disagree) stops the node.
func (n *node) openHistory(ctx context.Context) error {
	if n.cfg.DatabaseURL == "" {
		return nil
	}
	id, fresh, err := journalID(n.cfg.Dir)
	if err != nil {
		return fmt.Errorf("journal id: %w", err)
	}
	st, err := postgres.Open(ctx, n.cfg.DatabaseURL, n.log)
	if err != nil {
		return err
	}
	n.onClose(st.Close)
	if err := st.BindJournal(ctx, id, fresh); err != nil {
		return fmt.Errorf("history store: %w", err)
	}
	if n.feeder, err = postgres.NewFeeder(ctx, st, postgres.FeederOptions{Logger: n.log}); err != nil {
		return err
	}
	n.onClose(n.stopLoops) // the feeder writes what it holds before the store closes
	n.goRun(func(ctx context.Context) {
		if err := n.feeder.Run(ctx); err != nil && ctx.Err() == nil {
			select {
			case n.failed <- fmt.Errorf("history store: %w", err):
			default:
			}
		}
	})
	n.history, n.pg = st, st
	return nil
}

// consumers are what sees every applied command with its events, in this
// order, on the sequencer's apply goroutine.
func (n *node) consumers() []sequencer.Done {
	list := []sequencer.Done{n.pub.OnApply}
	if n.feeder != nil {
		list = append(list, n.feeder.OnApply)
	}
	list = append(list, n.kickSettlement, n.markApply)
	if n.cfg.OnApply != nil {
		list = append(list, n.cfg.OnApply)
	}
	return list
}

// feederCollectors are the history feeder's metrics, if there is one.
func (n *node) feederCollectors() []prometheus.Collector {
	if n.feeder == nil {
		return nil
	}
	return n.feeder.Collectors()
}

// kickSettlement wakes the settlement pipeline when a command made a fill.
func (n *node) kickSettlement(_ *exchange.Command, evs []exchange.Event) {
	pipe := n.pipe.Load()
	if pipe == nil {
		return
	}
	for i := range evs {
		if evs[i].Kind == exchange.EvFill {
			pipe.Kick()
			return
		}
	}
}

// engineConfig is the engine's configuration, the same for every tool
// that opens the journal (serve, reconcile).
var engineConfig = exchange.Config{SettlementHorizon: exchange.DefaultSettlementHorizon}

// openSequencer opens the journal and the engine behind it, replaying what
// the journal holds, with the consumers of applied events, and starts the
// market-data publisher.
func (n *node) openSequencer() error {
	n.pub = publish.New(publish.Options{Bus: n.bus, Query: func(fn func(exchange.View)) error { return n.seq.Query(fn) },
		Logger: n.log, Clock: n.cfg.Clock, SeqBase: n.seqBase})
	consumers := n.consumers()
	opts := sequencer.Options{Dir: n.cfg.Dir, Logger: n.log, Engine: engineConfig, OnApply: func(c *exchange.Command, evs []exchange.Event) {
		for _, f := range consumers {
			f(c, evs)
		}
	}}
	if n.feeder != nil {
		opts.OnReplay, opts.Durable = n.feeder.OnApply, n.feeder.Durable
	}
	seq, err := sequencer.Open(opts)
	if err != nil {
		return err
	}
	n.onClose(func() { seq.Close() })
	n.seq = seq
	if n.feeder != nil {
		if err := checkHistoryBehind(seq, n.feeder, n.cfg.Dir); err != nil {
			return err
		}
	}
	n.goRun(func(ctx context.Context) { n.pub.Run(ctx) })
	return nil
}

// addMarkets adds the configured markets to a fresh journal; a journal
// that has markets keeps its own, whatever the configuration says now.
func (n *node) addMarkets() error {
	var have []exchange.MarketSpec
	if err := n.seq.Query(func(e exchange.View) { have = e.Markets() }); err != nil {
		return err
	}
	if len(have) == 0 {
		if len(n.cfg.Markets) == 0 {
			return errors.New("no markets: a fresh journal needs markets from the configuration (hourglass serve --markets FILE)")
		}
		cmds := make([]exchange.Command, len(n.cfg.Markets))
		for i := range n.cfg.Markets {
			cmds[i] = exchange.Command{Kind: exchange.CmdAddMarket, Spec: &n.cfg.Markets[i]}
		}
		if err := submitAll(n.seq, cmds); err != nil {
			return err
		}
		have = n.cfg.Markets
	}
	for _, s := range have {
		n.markets = append(n.markets, s.Symbol)
	}
	n.specs = have
	return nil
}

// startSettlement starts the transaction sender and the settlement
// pipeline: fills to batches to settle transactions, and the chain's
// confirmed logs back to the engine.
func (n *node) startSettlement() error {
	j, err := txsend.OpenFileJournal(filepath.Join(n.cfg.Dir, "txsend.journal"))
	if err != nil {
		return err
	}
	sender, err := txsend.New(n.run, txsend.Config{Node: n.chain.node, Key: n.chain.operator, Journal: j, Logger: n.log,
		PollInterval: 50 * time.Millisecond, ReplaceAfter: 20 * time.Second, Clock: n.cfg.Clock, Health: n.chain.up})
	if err != nil {
		return err
	}
	n.onClose(func() { sender.Close() })
	n.opSender = sender
	n.metrics = settlement.NewMetrics()
	pipe, err := settlement.New(settlement.Config{Engine: n.seq, Sender: sender, Chain: n.chain.node,
		Exchange: n.chain.contracts.Exchange, Vault: n.chain.contracts.Vault, StartBlock: n.chain.contracts.Block, Confirmations: n.cfg.Confirmations,
		MaxFills: n.cfg.BatchFills, MaxDelay: n.cfg.BatchDelay, PollInterval: 50 * time.Millisecond, Logger: n.log, Clock: n.cfg.Clock,
		ChainHealth: n.chain.up,
		Observe: func(ev settlement.BatchEvent) {
			n.metrics.Observe(ev)
			if n.feeder != nil && ev.Kind == "resolved" {
				n.feeder.RecordBatchTx(ev.Batch, ev.TxHash) // the store's fills.tx_hash
			}
			if n.cfg.Settled != nil {
				n.cfg.Settled(ev)
			}
		}})
	if err != nil {
		return err
	}
	n.pipe.Store(pipe)
	n.goRun(n.backfillSettleTxs) // the history's tx hashes of batches final while it was not told
	n.goRun(func(ctx context.Context) {
		if err := pipe.Run(ctx); err != nil {
			n.log.Error("settlement stopped", "err", err)
			n.failed <- err
		}
	})
	return nil
}

// startGateway starts the websocket and REST gateway: sign-in, order
// entry into the sequencer, market data from the bus, the chain's facts.
func (n *node) startGateway() error {
	c := n.chain.contracts
	verifier, err := auth.New(auth.Config{Domain: n.cfg.Domain, ChainID: c.ChainID.Uint64(), Logger: n.log, Shared: n.sessions, Clock: n.cfg.Clock})
	if err != nil {
		return err
	}
	opts := api.Options{Bus: n.bus, History: n.history, Logger: n.log, Auth: verifier,
		Engine: api.SequencerEngine{Seq: n.seq}, OrderDomain: n.domain, Contracts: auth.ContractSignatures{Caller: n.chain.node},
		Chain: &api.ChainInfo{ChainID: c.ChainID.Uint64(), Exchange: c.Exchange, Stablecoin: c.Stablecoin, Token: c.Token, Oracle: c.Oracle,
			WrapperFactory: c.WrapperFactory, Confirmations: n.cfg.Confirmations, RPCURL: n.chain.rpcURL, MarkFeeds: n.markFeeds()},
		Collectors: slices.Concat(n.metrics.Collectors(), n.feederCollectors(), n.pub.Collectors(), n.busm, n.markm), Clock: n.cfg.Clock, SettlementHorizon: exchange.DefaultSettlementHorizon,
		Health: n.health, Leases: n.leases, NodeAgents: n.nodeAgents, Oracle: n.oracle}
	opts.Collectors = append(opts.Collectors, n.chain.up.Collector()) // hourglass_dependency_up{dependency="chain"}
	if r := n.cfg.OrderRate; r > 0 {
		opts.OrderRate, opts.OrderBurst = r, max(1, int(2*r))
	}
	if r := n.cfg.MessageRate; r > 0 {
		opts.RateLimit, opts.RateBurst = r, max(1, int(2*r))
	}
	if r := n.cfg.SignInRate; r > 0 {
		opts.SignInRate, opts.SignInBurst = r, max(api.DefaultSignInBurst, int(10*r))
	}
	if n.srv, err = api.NewServer(opts); err != nil {
		return err
	}
	if n.ln, err = net.Listen("tcp", n.cfg.Addr); err != nil {
		return err
	}
	n.served = make(chan error, 1)
	go func() { n.served <- n.srv.Serve(n.ln) }()
	return nil
}

// health is GET /healthz's question: a stalled settlement pipeline is the
// node's problem, said there as in the log and the metrics.
func (n *node) health() string {
	if p := n.pipe.Load(); p != nil {
		if stalled, why := p.Stalled(); stalled {
			return "settlement stalled: " + why
		}
	}
	return ""
}

// info says where the running node is.
func (n *node) info() Info {
	ch := n.chain
	in := Info{Gateway: n.ln.Addr().String(), Dir: n.cfg.Dir, ChainID: ch.contracts.ChainID, Contracts: ch.contracts,
		RPCURL: ch.rpcURL, WSURL: ch.wsURL, Embedded: ch.embedded, Markets: n.markets, Seq: n.seq, Reporters: n.reporters, Tally: &n.tally, OracleQuorum: n.quorumNow(), DemoNVML: n.demoNVML,
		MarkFeeds: n.markFeeds(), MarkInterval: n.cfg.MarkInterval, MarkDeviationBps: n.cfg.MarkDeviationBps}
	if ch.embedded {
		in.UserKey = UserKey()
		in.AdjustChainTime = ch.adjustTime
		in.devChain, in.devMiner = ch.dev, ch.miner
	}
	in.stopDemoAgent = n.stopDemoAgent
	if n.cfg.DemoProvider {
		in.DemoNode, in.DemoNodeDir = crypto.PubkeyToAddress(deploy.DemoNodeKey(0).PublicKey), filepath.Join(n.cfg.Dir, DemoNodeDir)
	}
	return in
}

// wait runs until ctx ends or a part stops, then shuts the gateway down.
func (n *node) wait(ctx context.Context) error {
	var err error
	select {
	case <-ctx.Done():
	case err = <-n.failed:
	case err = <-n.served:
		if errors.Is(err, http.ErrServerClosed) {
			err = nil
		}
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if serr := n.srv.Shutdown(sctx); err == nil {
		err = serr
	}
	return err
}

// PrintInfo tells a person where everything is and what to try.
func PrintInfo(w io.Writer, in Info) {
	a := in.Gateway
	fmt.Fprintf(w, "hourglass is running\n  websocket: ws://%s/v1/ws\n  REST:      http://%s/v1/markets\n  metrics:   http://%s/metrics\n  journal:   %s\n", a, a, a, in.Dir)
	chain := "embedded chain (new at every start)"
	if !in.Embedded {
		chain = in.RPCURL
	} else if in.RPCURL != "" {
		chain += ", JSON-RPC " + in.RPCURL + " and " + in.WSURL
	}
	fmt.Fprintf(w, "  chain:     %s, chain id %s\n  exchange:  %s (deployed at block %d)\n  stablecoin %s, token %s, vault %s\n",
		chain, in.ChainID, in.Contracts.Exchange, in.Contracts.Block, in.Contracts.Stablecoin, in.Contracts.Token, in.Contracts.Vault)
	fmt.Fprintf(w, "  markets:   %v\n", in.Markets)
	if len(in.MarkFeeds) > 0 {
		fmt.Fprintf(w, "  marks:     %d MarkPriceFeeds, a round on every %d bps move of the mark and at least every %s while a market quotes or trades (their addresses: curl http://%s/v1/chain)\n", len(in.MarkFeeds), in.MarkDeviationBps, in.MarkInterval, a)
	}
	if in.Contracts.WrapperFactory != (common.Address{}) {
		fmt.Fprintf(w, "  defi:      GPUHourWrapperFactory %s (ERC-20 per reservation, 18 decimals; docs/defi.md)\n", in.Contracts.WrapperFactory)
		for _, f := range in.MarkFeeds {
			if f.Wrapper != (common.Address{}) {
				fmt.Fprintf(w, "             %s: wrapper %s, mark feed %s\n", f.Market, f.Wrapper, f.Feed)
			}
		}
	}
	if q := in.OracleQuorum; len(q.Reporters) > 0 {
		fmt.Fprintf(w, "  oracle:    DeliveryOracle %s, %d of %d reporters sign each hour's report (%d in this process); a lease's delivered GPU-hours: hourglass lease status ID\n",
			in.Contracts.Oracle, q.K, len(q.Reporters), len(in.Reporters))
	}
	fmt.Fprintf(w, "try: curl http://%s/v1/markets\n", a)
	if len(in.Markets) > 0 {
		fmt.Fprintf(w, "     subscribe over the websocket: {\"id\":1,\"method\":\"subscribe\",\"params\":{\"channel\":\"book\",\"markets\":[\"%s\"]}}\n", in.Markets[0])
	}
	if in.UserKey != nil && in.RPCURL != "" {
		fmt.Fprintf(w, "     a funded wallet for the CLI (dev only): export HOURGLASS_KEY=0x%x ETH_RPC_URL=%s\n", crypto.FromECDSA(in.UserKey), in.RPCURL)
	}
	if in.DemoNode != (common.Address{}) {
		fmt.Fprintf(w, "  demo node: %s, 8 mock H100 GPUs (the %s grade), jobs run as local processes; logs in %s\n",
			in.DemoNode, firstGrade(in.Markets), filepath.Join(in.DemoNodeDir, "logs"))
		printDemoJob(w, in.Markets)
		for _, m := range in.Markets {
			if sp, err := instrument.ParseSymbol(m); err == nil && sp.Kind == instrument.Spot {
				fmt.Fprintf(w, "  spot:      %s: the demo provider offers its idle GPUs for %d-hour leases and a team buys one every 10 minutes, each fill a lease running at once (its uptime: the \"sim: spot lease\" log lines); buy one with the same job.json: hourglass order place --market %s --side buy --price 2.00 --size %d --tif ioc --client-id 3 --spec job.json\n",
					m, sp.WindowHours, m, sp.WindowHours)
			}
		}
	}
}

// printDemoJob prints how to run a job on the demo node with the CLI and
// the funded wallet, line by line as they are pasted (cmd/hourglass's
// TestDemoJobWalkthrough runs them): buy one GPU-hour of the first
// market, withdraw it to the wallet, redeem it for the window's first
// hour with a job spec, submit the signed spec and follow the job's
// output.
func printDemoJob(w io.Writer, markets []string) {
	if len(markets) == 0 {
		return
	}
	m := markets[0]
	start := "<the window's first hour>"
	if in, err := instrument.ParseSymbol(m); err == nil {
		start = in.WindowStartTime().UTC().Format(time.RFC3339)
	}
	fmt.Fprintf(w, "     run a job on it with that wallet, line by line (docs/delivery.md, \"Tools\"):\n")
	for _, line := range []string{
		"hourglass deposit --asset usdc --amount 10",
		"hourglass order place --market " + m + " --side buy --price 2.50 --size 1 --tif ioc --client-id 2",
		"hourglass withdraw request --asset " + m + " --amount 1      # once the fill settles (hourglass fills)",
		"hourglass withdraw execute --asset " + m + "                 # once ready: after the withdrawal delay (1m)",
		`echo '{"command": ["sh", "-c", "echo hello from the job on $CUDA_VISIBLE_DEVICES; exec sleep 3600"]}' > job.json`,
		"hourglass redeem --market " + m + " --gpus 1 --hours 1 --start-hour " + start + " --spec job.json --out job.signed.json",
		"hourglass lease submit --spec job.signed.json",
		"hourglass lease logs 1 --follow      # the lease id redeem printed; the job starts at " + start + ", the window's start",
	} {
		fmt.Fprintf(w, "       %s\n", line)
	}
}

// submitAll submits commands and waits until all are applied; a command
// the engine rejects is an error.
func submitAll(seq *sequencer.Sequencer, cmds []exchange.Command) error {
	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		rejected error
	)
	wg.Add(len(cmds))
	if err := seq.SubmitBatch(cmds, func(c *exchange.Command, evs []exchange.Event) {
		defer wg.Done()
		for _, ev := range evs {
			if ev.Kind == exchange.EvRejected {
				mu.Lock()
				if rejected == nil {
					rejected = fmt.Errorf("command %d (%v): rejected: %v", c.Seq, c.Kind, ev.Reason)
					if c.Spec != nil {
						rejected = fmt.Errorf("market %s: the engine refused its spec: %v", c.Spec.Symbol, ev.Reason)
					}
				}
				mu.Unlock()
			}
		}
	}); err != nil {
		return err
	}
	wg.Wait()
	return rejected
}
