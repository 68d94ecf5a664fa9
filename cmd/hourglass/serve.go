package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/api/client"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/markfeed"
	"github.com/hourglass-exchange/hourglass/internal/node"
	"github.com/hourglass-exchange/hourglass/redeemer/service"
	"github.com/hourglass-exchange/hourglass/sim"
)

// runServe is "hourglass serve": the whole exchange in one process
// (internal/node). Its markets come from --markets FILE and --market
// flags; without either it
// runs the demo: the demo's generated markets, its bot and trader accounts
// funded on the chain, and once the node is ready the bots and traders
// (sim) trading on the gateway. With no configuration at all that is on
// the embedded defaults: an in-process chain with the contracts deployed
// and seeded, the journal in a temporary folder, an in-process bus. It
// stops on ctx (SIGINT, SIGTERM), closing sockets with 1001.
func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var (
		cfg  node.Config
		demo struct {
			bots, botRate, traders int
			spot                   bool
			traderRate             float64
		}
	)
	fs.StringVar(&cfg.Addr, "addr", "127.0.0.1:8080", "listen address of the websocket and REST gateway")
	fs.StringVar(&cfg.Dir, "dir", "", "journal directory (default: a temporary one, removed at exit)")
	markets := fs.String("markets", "", "JSON file of the markets a new journal starts with (default: the demo's, with its bots and traders)")
	var flagMarkets []node.MarketConfig
	fs.Func("market", "a market a new journal starts with, as SYMBOL:TICK_SIZE[:LOT_SIZE] (repeatable; after --markets' own)", func(v string) error {
		m, err := node.ParseMarket(v)
		flagMarkets = append(flagMarkets, m)
		return err
	})
	fs.IntVar(&demo.bots, "bot-accounts", 24, fmt.Sprintf("demo: accounts the bots trade from (at least %d)", sim.MinBots))
	fs.IntVar(&demo.botRate, "bot-rate", 100, "demo: bot commands per second (0: no bots)")
	fs.IntVar(&demo.traders, "traders", 4, "demo: simulated people trading through the gateway with the Go client")
	fs.BoolVar(&demo.spot, "spot", true, "demo: the provider quotes its idle GPUs on the spot market and a team buys a GPU-hour every 10 minutes, each fill a running lease on the demo node")
	fs.Float64Var(&demo.traderRate, "trader-rate", 1, "demo: orders per second of each such trader")
	fs.Float64Var(&cfg.OrderRate, "order-rate", 0, "order commands per second an account may send (0: the gateway's 10, or in the demo the bot rate)")
	fs.Float64Var(&cfg.MessageRate, "message-rate", 0, "messages per second a connection may send (0: the gateway's 20, or in the demo the bot rate)")
	fs.StringVar(&cfg.Domain, "domain", "localhost", "the domain Sign-In with Ethereum messages must name")
	fs.StringVar(&cfg.RPCURL, "rpc", os.Getenv("ETH_RPC_URL"), "Ethereum node JSON-RPC URL (default $ETH_RPC_URL; empty: the embedded chain)")
	fs.Uint64Var(&cfg.Confirmations, "confirmations", 1, "blocks that make a chain event final, its own included")
	fs.DurationVar(&cfg.WithdrawalDelay, "withdrawal-delay", time.Minute, "the Exchange's withdrawal delay on a fresh deployment (whole seconds)")
	fs.IntVar(&cfg.BatchFills, "batch-fills", 100, "fills that close a settlement batch")
	fs.DurationVar(&cfg.BatchDelay, "batch-delay", time.Second, "how long a fill waits for its batch to fill up")
	fs.DurationVar(&cfg.MarkInterval, "mark-interval", time.Minute, "the mark poster's heartbeat: the longest each market's MarkPriceFeed goes without a post while the market has a mark")
	fs.IntVar(&cfg.MarkDeviationBps, "mark-deviation-bps", markfeed.DefaultDeviationBps, "a move of the mark from its last posted answer, in basis points of it, that is posted at the next check (every second) before the heartbeat (1 to 10000)")
	fs.Func("reporter", "an oracle reporter's address running `hourglass oracle reporter` (repeatable): registered with the DeliveryOracle on the embedded chain beside the demo's three in-process reporters; on a chain of your own the contract's reporters are served", func(v string) error {
		if !common.IsHexAddress(v) {
			return fmt.Errorf("--reporter %q: not an address", v)
		}
		cfg.Reporters = append(cfg.Reporters, common.HexToAddress(v))
		return nil
	})
	chainRPC := fs.Bool("chain-rpc", true, "serve the embedded chain's JSON-RPC on loopback (for wallets and the CLI)")
	verbose := fs.Bool("v", false, "log at debug level")
	fs.Usage = func() {
		fmt.Fprint(stderr, `usage: hourglass serve [--markets FILE] [--market SYMBOL:TICK_SIZE[:LOT_SIZE] ...] [flags]

environment:
  DATABASE_URL            history in PostgreSQL
  REDIS_URL               fan-out through Redis
  ETH_RPC_URL             settle on this node instead of the embedded chain
  HOURGLASS_DEPLOYER_KEY  hex key that deploys and seeds the contracts on that node when the
                          directory holds no deployment yet (contracts.json), and the
                          markets' MarkPriceFeeds it lacks (feeds.json)
  HOURGLASS_OPERATOR_KEY  hex key that sends the settlements and posts the marks (default:
                          the deployer key)

flags:
`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if fs.NArg() != 0 {
		return usageError(fs, "unexpected arguments")
	}
	if cfg.WithdrawalDelay <= 0 || cfg.WithdrawalDelay%time.Second != 0 {
		return usageError(fs, "--withdrawal-delay must be a positive whole number of seconds")
	}
	if cfg.MarkDeviationBps < 1 || cfg.MarkDeviationBps > 10_000 {
		return usageError(fs, "--mark-deviation-bps must be from 1 to 10000")
	}
	cfg.ChainRPC = *chainRPC
	cfg.DatabaseURL, cfg.RedisURL = os.Getenv("DATABASE_URL"), os.Getenv("REDIS_URL")
	var err error
	if cfg.DeployerKey, err = envKey("HOURGLASS_DEPLOYER_KEY"); err != nil {
		return err
	}
	if cfg.OperatorKey, err = envKey("HOURGLASS_OPERATOR_KEY"); err != nil {
		return err
	}
	level := slog.LevelInfo
	if *verbose {
		level = slog.LevelDebug
	}
	cfg.Logger = slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))
	cfg.Clock = clock.Real{}

	var world *sim.World
	if *markets != "" || len(flagMarkets) > 0 {
		var ms []node.MarketConfig
		if *markets != "" {
			if ms, err = node.LoadMarketConfigs(*markets); err != nil {
				return err
			}
		}
		if cfg.Markets, err = node.Specs(append(ms, flagMarkets...)); err != nil {
			return err
		}
	} else {
		if world, err = sim.NewWorld(cfg.Clock.Now(), max(demo.bots, sim.MinBots), demo.traders); err != nil {
			return err
		}
		cfg.Markets, cfg.Fund = world.Specs, world.Accounts()
		cfg.DemoProvider = cfg.RPCURL == "" // the demo provider's node agent (internal/node)
		if demo.botRate > 0 {
			// The bots are the demo's market makers: the gateway lets an
			// account send as much as they all do together.
			if cfg.OrderRate == 0 {
				cfg.OrderRate = max(float64(demo.botRate), 10)
			}
			if cfg.MessageRate == 0 {
				cfg.MessageRate = max(float64(demo.botRate), 20)
			}
			// Every bot and trader signs in from loopback: one source.
			cfg.SignInRate = float64(2 * (max(demo.bots, sim.MinBots) + demo.traders))
		}
	}

	// The demo's bots and traders are the gateway's clients: they start
	// once it runs and stop with it.
	clients, stopClients := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer func() { stopClients(); wg.Wait() }()
	cfg.Ready = func(in node.Info) {
		node.PrintInfo(stdout, in)
		if world == nil {
			return
		}
		gw := "http://" + in.Gateway
		if demo.botRate > 0 {
			bots := world.Bots(gw)
			bots.Rate, bots.Clock, bots.Logger = demo.botRate, cfg.Clock, cfg.Logger
			wg.Add(1)
			go func() {
				defer wg.Done()
				if err := bots.Run(clients); err != nil {
					cfg.Logger.Warn("bots stopped", "err", err)
				}
			}()
		}
		if demo.spot && in.DemoNode != (common.Address{}) {
			spot := world.SpotBots(gw, node.DemoProviderKey())
			spot.Clock, spot.Logger = cfg.Clock, cfg.Logger
			spot.Spec = demoSpotSpec(in, world.TeamKey)
			wg.Add(1)
			go func() {
				defer wg.Done()
				if err := spot.Run(clients); err != nil {
					cfg.Logger.Warn("spot bots stopped", "err", err)
				}
			}()
		}
		if demo.traders > 0 {
			traders := world.Traders(gw)
			traders.Rate, traders.Clock, traders.Logger = demo.traderRate, cfg.Clock, cfg.Logger
			wg.Add(1)
			go func() {
				defer wg.Done()
				if err := traders.Run(clients); err != nil {
					cfg.Logger.Warn("traders stopped", "err", err)
				}
			}()
		}
	}
	return node.Run(ctx, cfg)
}

// demoSpotSpec stands the demo team's job on the spot market, signed with
// its key: a process on the demo node that says which GPUs it got and
// stays for the lease.
func demoSpotSpec(in node.Info, key *ecdsa.PrivateKey) func(context.Context, *client.Client, client.Market) error {
	return func(ctx context.Context, c *client.Client, m client.Market) error {
		id, err := instrument.ParseID(m.Instrument)
		if err != nil {
			return err
		}
		js := service.JobSpec{Holder: crypto.PubkeyToAddress(key.PublicKey), Instrument: id, Hours: uint16(m.WindowHours),
			Command: []string{"sh", "-c", `echo "spot job running on $NVIDIA_VISIBLE_DEVICES"; exec sleep 86400`}}
		sig, err := service.SignSpec(js, service.Domain{ChainID: new(big.Int).Set(in.ChainID), Vault: in.Contracts.Vault}, key)
		if err != nil {
			return err
		}
		raw, err := json.Marshal(js)
		if err != nil {
			return err
		}
		_, err = c.REST().SetSpotSpec(ctx, m.Symbol, raw, sig)
		return err
	}
}

// envKey reads a hex private key from the environment variable name, if
// set.
func envKey(name string) (*ecdsa.PrivateKey, error) {
	v := strings.TrimPrefix(strings.TrimSpace(os.Getenv(name)), "0x")
	if v == "" {
		return nil, nil
	}
	k, err := crypto.HexToECDSA(v)
	if err != nil {
		return nil, fmt.Errorf("%s: not a hex private key", name)
	}
	return k, nil
}
