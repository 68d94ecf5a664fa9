package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"

	"github.com/hourglass-exchange/hourglass/internal/node"
)

// runReconcile is "hourglass reconcile": the recovery for an Exchange event
// the engine and the chain do not share (docs/settlement.md, "Recovery").
// It compares the stopped operator's engine with the chain and, with
// --apply, sets the engine's balances to the chain's (node.Reconcile).
func runReconcile(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("reconcile", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cfg node.Config
	fs.StringVar(&cfg.Dir, "dir", "", "the operator's journal directory (with its contracts.json)")
	fs.StringVar(&cfg.RPCURL, "rpc", os.Getenv("ETH_RPC_URL"), "Ethereum node JSON-RPC URL (default $ETH_RPC_URL)")
	apply := fs.Bool("apply", false, "journal a correction per difference, setting the engine's balance to the chain's")
	fs.Usage = func() {
		fmt.Fprint(stderr, `usage: hourglass reconcile --dir DIR --rpc URL [--apply]

Compares every account's balance in the engine (DIR's journal) with the Exchange contract's at the
node's latest block (balanceOf less the pending withdrawal) and prints the differences. With
--apply it journals one correction per difference, logged at WARN. Run it with the operator
stopped, after its pipeline has settled every fill.

flags:
`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if fs.NArg() > 0 || cfg.Dir == "" || cfg.RPCURL == "" {
		fmt.Fprintln(stderr, "hourglass reconcile: --dir and --rpc are needed, and no arguments")
		fs.Usage()
		return errUsage
	}
	cfg.Logger = slog.New(slog.NewTextHandler(stderr, nil))
	_, err := node.Reconcile(ctx, cfg, *apply, stdout)
	return err
}
