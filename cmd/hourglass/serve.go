package main

import (
	"context"
	"crypto/ecdsa"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/internal/node"
)

// runServe is "hourglass serve": the whole exchange in one process
// (package operator). With no configuration it runs the embedded demo: an
// in-process chain with the contracts deployed and a demo provider and
// bots seeded, the journal in a temporary folder, an in-process bus. It
// stops on ctx (SIGINT, SIGTERM), closing sockets with 1001.
func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cfg node.Config
	fs.StringVar(&cfg.Addr, "addr", "127.0.0.1:8080", "listen address of the websocket and REST gateway")
	fs.StringVar(&cfg.Dir, "dir", "", "journal directory (default: a temporary one, removed at exit)")
	fs.IntVar(&cfg.BotAccounts, "bot-accounts", 24, "accounts the demo bots trade from (at least 20)")
	fs.IntVar(&cfg.BotRate, "bot-rate", 100, "bot commands per second (0: no bots)")
	fs.IntVar(&cfg.Traders, "traders", 4, "simulated people trading through the gateway with the Go client")
	fs.Float64Var(&cfg.TraderRate, "trader-rate", 1, "orders per second of each such trader")
	fs.StringVar(&cfg.Domain, "domain", "localhost", "the domain Sign-In with Ethereum messages must name")
	fs.StringVar(&cfg.RPCURL, "rpc", os.Getenv("ETH_RPC_URL"), "Ethereum node JSON-RPC URL (default $ETH_RPC_URL; empty: the embedded chain)")
	fs.Uint64Var(&cfg.Confirmations, "confirmations", 1, "blocks that make a chain event final, its own included")
	fs.IntVar(&cfg.BatchFills, "batch-fills", 100, "fills that close a settlement batch")
	fs.DurationVar(&cfg.BatchDelay, "batch-delay", time.Second, "how long a fill waits for its batch to fill up")
	chainRPC := fs.Bool("chain-rpc", true, "serve the embedded chain's JSON-RPC on loopback (for wallets and the CLI)")
	verbose := fs.Bool("v", false, "log at debug level")
	fs.Usage = func() {
		fmt.Fprint(stderr, `usage: hourglass serve [flags]

environment:
  DATABASE_URL            history in PostgreSQL
  REDIS_URL               fan-out through Redis
  ETH_RPC_URL             settle on this node instead of the embedded chain
  HOURGLASS_DEPLOYER_KEY  hex key that deploys and seeds the contracts on that node when the
                          directory holds no deployment yet (contracts.json)
  HOURGLASS_OPERATOR_KEY  hex key that sends the settlements (default: the deployer key)

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
	if cfg.BotRate == 0 {
		cfg.BotRate = -1
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
	cfg.Ready = func(in node.Info) { node.PrintInfo(stdout, in) }
	return node.Run(ctx, cfg)
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
