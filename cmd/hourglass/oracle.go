package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"math/big"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/api/client"
	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/oracle/judge"
	"github.com/hourglass-exchange/hourglass/oracle/reporter"
	"github.com/hourglass-exchange/hourglass/redeemer/agent"
)

// The files of a reporter's directory.
const (
	reporterKeyFile   = "reporter.key"
	reporterStateFile = "tally.json"
)

// oracleReporter runs one of the oracle's reporters in a process of its
// own (docs/oracle.md, "Reporters in processes of their own"): its key in
// --dir (created the first time; the DeliveryOracle's admin registers its
// address through the timelock), its challenges through the gateway, and
// its part in each epoch through the board, until interrupted.
func (u *user) oracleReporter(ctx context.Context, args []string) error {
	var (
		dir     string
		address bool
		perHour int
	)
	if err := u.providerFlags("oracle reporter", "oracle reporter --dir DIR [--per-hour N] [--address]", args, func(fs *flag.FlagSet) {
		fs.StringVar(&dir, "dir", "", "the reporter's directory: its key and its tally (required)")
		fs.BoolVar(&address, "address", false, "print the reporter key's address (creating the key) and exit: the DeliveryOracle's admin registers it")
		fs.IntVar(&perHour, "per-hour", 4, "challenges per node per hour, at random times")
	}); err != nil {
		return err
	}
	if dir == "" {
		return badInput("--dir is required: the reporter's directory (its key and tally)")
	}
	if perHour < 1 || perHour > 60 {
		return badInput("--per-hour %d: 1 to 60", perHour)
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		return badInput("--dir: %v", err)
	}
	key, err := agent.LoadOrCreateKey(filepath.Join(dir, reporterKeyFile))
	if err != nil {
		return err
	}
	me := crypto.PubkeyToAddress(key.PublicKey)
	if address {
		fmt.Fprintln(u.stdout, me.Hex())
		return nil
	}
	if err := u.connect(ctx); err != nil {
		return err
	}
	ch, err := u.rest.Chain(ctx)
	if err != nil {
		return fmt.Errorf("asking the gateway for its chain: %w", err)
	}
	if ch.Oracle == (common.Address{}) {
		return fmt.Errorf("the gateway's chain has no DeliveryOracle")
	}
	rpc := u.f.rpc
	if rpc == "" {
		rpc = ch.RPCURL
	}
	if rpc == "" {
		return badInput("no chain to read the reporter set from: give --rpc URL or set ETH_RPC_URL (the gateway publishes no rpc_url)")
	}
	b, err := u.env.dialChain(ctx, rpc)
	if err != nil {
		return fmt.Errorf("connecting to the chain at %s: %w", rpc, err)
	}
	// The reporter set and threshold come from the contract, never from
	// the operator's board.
	ob := bindings.NewDeliveryOracle()
	inst := ob.Instance(b, ch.Oracle)
	readQuorum := func(ctx context.Context) (judge.Quorum, error) {
		rs, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, ob.PackReporters(), ob.UnpackReporters)
		if err != nil {
			return judge.Quorum{}, fmt.Errorf("reading the DeliveryOracle's reporters at %s: %w", ch.Oracle, err)
		}
		th, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, ob.PackThreshold(), ob.UnpackThreshold)
		if err != nil {
			return judge.Quorum{}, fmt.Errorf("reading the DeliveryOracle's threshold at %s: %w", ch.Oracle, err)
		}
		return judge.Quorum{Reporters: rs, K: int(th.Int64())}, nil
	}
	q, err := readQuorum(ctx)
	if err != nil {
		return err
	}
	rs := q.Reporters
	registered := false
	for _, a := range rs {
		registered = registered || a == me
	}
	if !registered {
		return fmt.Errorf("%s is not a registered reporter of the DeliveryOracle at %s: its admin registers it (setReporters, through the timelock)",
			me.Hex(), ch.Oracle.Hex())
	}
	if err := q.Validate(); err != nil {
		return fmt.Errorf("the DeliveryOracle's reporter set: %w", err)
	}
	log := slog.New(slog.NewTextHandler(u.stderr, nil))
	link := reporter.JSONLink{Link: &client.ReporterLink{BaseURL: u.f.gateway, Key: key}}
	nodes := &nodeList{}
	r, err := reporter.New(reporter.Config{Key: key, Relay: link, Nodes: nodes.get, PerHour: perHour, Clock: u.env.clock, Log: log})
	if err != nil {
		return err
	}
	dom := judge.Domain{ChainID: new(big.Int).SetUint64(ch.ChainID), VerifyingContract: ch.Oracle}
	posted := func(ctx context.Context, epoch uint64) (common.Hash, error) {
		rep, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, ob.PackReport(epoch), ob.UnpackReport)
		if err != nil || rep.Voided {
			return common.Hash{}, err
		}
		return rep.Root, nil
	}
	m, err := reporter.NewMember(reporter.MemberConfig{Reporter: r, Board: link, Quorum: q, Params: judge.Params{Domain: dom}, Domain: dom,
		StateFile: filepath.Join(dir, reporterStateFile), PostedRoot: posted, QuorumNow: readQuorum, Log: log})
	if err != nil {
		return err
	}
	fmt.Fprintf(u.stderr, "oracle reporter %s: %d of %d reporters sign (DeliveryOracle %s); gateway %s, %d challenges per node per hour\n",
		me.Hex(), q.K, len(q.Reporters), ch.Oracle.Hex(), u.f.gateway, perHour)
	var wg sync.WaitGroup
	wg.Add(3)
	go func() { defer wg.Done(); nodes.follow(ctx, link, log) }()
	go func() { defer wg.Done(); _ = r.Run(ctx) }()
	go func() { defer wg.Done(); m.Run(ctx) }()
	wg.Wait()
	return nil
}

// nodeList is the nodes a reporter challenges, read from the gateway every
// nodeListEvery.
type nodeList struct {
	mu    sync.Mutex
	nodes []common.Address
}

const nodeListEvery = 10 * time.Second

func (n *nodeList) get() []common.Address {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.nodes
}

// follow reads the list until ctx ends; a failure is said once, and again
// when it works.
func (n *nodeList) follow(ctx context.Context, link reporter.JSONLink, log *slog.Logger) {
	failing := ""
	for {
		ns, err := link.Nodes(ctx)
		switch {
		case err != nil && ctx.Err() == nil && err.Error() != failing:
			failing = err.Error()
			log.Error("oracle reporter: reading the nodes to challenge failed; challenging the last ones known", "err", err)
		case err == nil:
			if failing != "" {
				failing = ""
				log.Info("oracle reporter: reading the nodes to challenge works again")
			}
			n.mu.Lock()
			n.nodes = ns
			n.mu.Unlock()
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(nodeListEvery):
		}
	}
}
