package main

import (
	"context"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/flash1"
	"github.com/hourglass-exchange/hourglass/exchange/jsonl"
	"github.com/hourglass-exchange/hourglass/sim"
)

// errUsage means the command line was wrong and usage has been printed; main
// exits with status 2 without printing it again.
var errUsage = errors.New("usage")

const usage = `usage: hourglass <command> [flags]

commands:
  serve     run the exchange: engine, journal, gateway, settlement on a chain (embedded by
            default, with the contracts deployed, a demo provider and trading bots)
  devnet    run a local geth --dev as the contracts' gas figures assume (Osaka, 60M gas), with a
            funded trader key; prints its RPC URL and keys and the commands that serve on it
  reconcile compare the stopped operator's engine with the chain; --apply sets its balances
            to the chain's (the recovery for events lost with a node's blocks)
  simulate  run the engine behind its journal on a generated market and print what happened
  replay    replay a workload through the matching engine (flash1: and time it; jsonl: print its events)
` + userUsage + providerUsage

// Run runs one hourglass command: args are the command line without the
// program name. It is main without the process, so tests can call it.
func Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return errUsage
	}
	switch cmd, rest := args[0], args[1:]; cmd {
	case "replay":
		return runReplay(ctx, rest, stdout, stderr)
	case "simulate":
		return runSimulate(ctx, rest, stdout, stderr)
	case "serve":
		return runServe(ctx, rest, stdout, stderr)
	case "reconcile":
		return runReconcile(ctx, rest, stdout, stderr)
	case "devnet":
		return runDevnet(ctx, rest, stdout, stderr)
	case "deposit", "withdraw", "order", "book", "balances", "orders", "fills", "settlement", "provider", "redeem", "spec", "wrap", "unwrap", "lease", "oracle", "spot":
		return runUser(ctx, cmd, rest, stdout, stderr, osUserEnv())
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	default:
		fmt.Fprintf(stderr, "hourglass: unknown command %q\n%s", cmd, usage)
		return errUsage
	}
}

// replayFlags are the flags of "hourglass replay".
type replayFlags struct {
	format   string
	generate string
	orders   int
	seed     uint64
	passes   int
	expect   string
	file     string // the positional FILE
}

func parseReplay(args []string, stderr io.Writer) (*replayFlags, error) {
	f := &replayFlags{}
	fs := flag.NewFlagSet("replay", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&f.format, "format", "", "workload format: flash1 or jsonl")
	fs.StringVar(&f.generate, "generate", "", "generate a workload of this scenario instead of reading FILE: "+
		strings.Join(scenarioNames(), ", "))
	fs.IntVar(&f.orders, "orders", 1_000_000, "new orders in a generated workload")
	fs.Uint64Var(&f.seed, "seed", 23, "seed of a generated workload")
	fs.IntVar(&f.passes, "passes", flash1.DefaultPasses, "throughput passes; the best is reported")
	fs.StringVar(&f.expect, "expect-sha256", "", "fail unless the report stream has this SHA-256")
	fs.Usage = func() {
		fmt.Fprint(stderr, "usage: hourglass replay --format flash1 FILE(.bin|.bin.xz)\n"+
			"       hourglass replay --format jsonl FILE\n"+
			"       hourglass replay --format flash1 --generate SCENARIO [--orders N] [--seed S]\n\nflags:\n")
		fs.PrintDefaults()
	}
	// Flags may come before or after FILE.
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, errUsage
		}
		if fs.NArg() == 0 {
			break
		}
		pos, args = append(pos, fs.Arg(0)), fs.Args()[1:]
	}
	switch {
	case f.format == "":
		return nil, usageError(fs, "--format is required")
	case len(pos) > 1:
		return nil, usageError(fs, "more than one FILE")
	case (len(pos) == 1) == (f.generate != ""):
		return nil, usageError(fs, "give exactly one of FILE and --generate")
	case f.orders < 0 || f.passes < 1:
		return nil, usageError(fs, "--orders must be ≥ 0 and --passes ≥ 1")
	}
	if len(pos) == 1 {
		f.file = pos[0]
	}
	return f, nil
}

func usageError(fs *flag.FlagSet, msg string) error {
	fmt.Fprintf(fs.Output(), "hourglass replay: %s\n", msg)
	fs.Usage()
	return errUsage
}

func scenarioNames() []string {
	var names []string
	for _, sc := range flash1.Scenarios() {
		names = append(names, string(sc))
	}
	return names
}

// runReplay is "hourglass replay": it replays a workload through the
// production engine, prints its report hash and the engine's timings as
// key=value lines, one per line, for people and scripts alike.
func runReplay(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	f, err := parseReplay(args, stderr)
	if err != nil {
		return err
	}
	switch f.format {
	case "flash1":
		return replayFlash1(ctx, f, stdout)
	case "jsonl":
		if f.generate != "" {
			fmt.Fprintln(stderr, "hourglass replay: --generate is for --format flash1")
			return errUsage
		}
		return replayJSONL(f, stdout)
	default:
		fmt.Fprintf(stderr, "hourglass replay: unknown --format %q (known: flash1, jsonl)\n", f.format)
		return errUsage
	}
}

// replayFlash1 reads or generates a flash1 workload and runs it.
func replayFlash1(ctx context.Context, f *replayFlags, stdout io.Writer) error {
	var (
		recs []flash1.Record
		err  error
	)
	if f.file != "" {
		if recs, err = flash1.ReadFile(f.file); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "source=%s\n", f.file)
	} else {
		sc, err := flash1.ParseScenario(f.generate)
		if err != nil {
			return err
		}
		if recs, err = flash1.Generate(sc, f.orders, f.seed); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "scenario=%s\norders=%d\nseed=%d\n", sc, f.orders, f.seed)
	}
	// The replay is CPU-bound and short; an interrupt is honoured between
	// loading and measuring.
	if err := ctx.Err(); err != nil {
		return err
	}
	res, err := flash1.Run(recs, flash1.Options{Passes: f.passes})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "report_sha256=%s\nmessages=%d\nlines=%d\ntrades=%d\nrejects=%d\nresting=%d\n",
		res.ReportSHA256, res.Messages, res.Lines, res.Trades, res.Rejects, res.Resting)
	fmt.Fprintf(stdout, "order_capacity=%d\nbest_of_passes=%d\nmsgs_per_sec=%.0f\nns_per_msg=%.1f\n",
		res.Capacity, res.Passes, res.MsgsPerSec, res.NsPerMsg)
	fmt.Fprintf(stdout, "p50_ns=%d\np99_ns=%d\np999_ns=%d\nmax_ns=%d\nallocs_per_msg=%.6f\n",
		res.P50Ns, res.P99Ns, res.P999Ns, res.MaxNs, res.AllocsPerMsg)
	if f.expect != "" && res.ReportSHA256 != f.expect {
		return fmt.Errorf("report hash %s, want %s", res.ReportSHA256, f.expect)
	}
	return nil
}

// replayJSONL applies a file of JSON commands (docs/engine.md) to a fresh
// engine, printing every event as a JSON line and then the state hash.
func replayJSONL(f *replayFlags, stdout io.Writer) error {
	in, err := os.Open(f.file)
	if err != nil {
		return err
	}
	defer in.Close()
	res, err := jsonl.Replay(in, stdout, exchange.Config{})
	if err != nil {
		return fmt.Errorf("%s: %w", f.file, err)
	}
	fmt.Fprintf(stdout, "commands=%d\nevents=%d\nstate_hash=%s\n", res.Commands, res.Events, hex.EncodeToString(res.StateHash[:]))
	return nil
}

// runSimulate is "hourglass simulate": the engine, its journal and a generated
// market of a few thousand accounts.
func runSimulate(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("simulate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o sim.DemoOptions
	fs.IntVar(&o.Accounts, "accounts", 3000, "accounts")
	fs.IntVar(&o.Commands, "commands", 1_000_000, "commands to generate")
	fs.Uint64Var(&o.Seed, "seed", 1, "seed of the generated flow")
	fs.StringVar(&o.Dir, "dir", "", "journal directory (default: a temporary one, removed at the end)")
	if err := fs.Parse(args); err != nil || fs.NArg() > 0 {
		return errUsage
	}
	_, err := sim.Demo(ctx, stdout, o)
	if err == nil {
		fmt.Fprint(stdout, "\nNext: make test runs every test; make bench prints the engine and journal figures;\n"+
			"hourglass replay --format flash1 ../shared/testdata/flash1/normal.bin.xz checks the outside conformance hash.\n")
	}
	return err
}
