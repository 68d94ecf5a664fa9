package node_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/settlement"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
	"github.com/hourglass-exchange/hourglass/internal/node"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
	"github.com/hourglass-exchange/hourglass/sim"
)

// TestGethLosesBlocks SIGKILLs geth --dev under load, as in issue 11: the
// operator takes signed orders and settles them while geth is killed and
// started again on its datadir, coming back at the state it last wrote
// (here: where it was last shut down cleanly, after the deployment and the
// deposits), many blocks behind the engine, with the operator's settle
// transactions gone from the chain and from its pool. The operator is not
// restarted. Every fill ends settled exactly once (one BatchSettled per
// batch id on the chain, the contract's lastBatchId equal to the engine's
// last batch), the chain's balances equal the engine's, and the pipeline
// reported itself stalled meanwhile rather than going silent.
func TestGethLosesBlocks(t *testing.T) {
	if testing.Short() {
		t.Skip("kills geth: not in -short")
	}
	g := testsvc.StartGeth(t)
	const traders, orders = 24, 400
	w, err := sim.NewWorld(time.Now(), traders, 0)
	if err != nil {
		t.Fatal(err)
	}
	var stalled atomic.Bool
	cfg := node.Config{RPCURL: g.WS, DeployerKey: g.Key, Markets: w.Specs, Fund: w.Accounts(), Confirmations: 1,
		BatchFills: 25, BatchDelay: 30 * time.Millisecond, WithdrawalDelay: time.Hour,
		Logger: slog.New(slog.NewTextHandler(tLog{t}, &slog.HandlerOptions{Level: slog.LevelError})),
		Settled: func(ev settlement.BatchEvent) {
			if ev.Kind == "health" && ev.Stalled {
				stalled.Store(true)
			}
		}}
	in := startOperator(t, cfg)
	domain := eip712.Domain{ChainID: in.ChainID, VerifyingContract: in.Contracts.Exchange}
	spec, ids := waitFunded(t, in, traders)
	// A clean restart writes geth's state: the deployment and the
	// deposits survive the kill below, the trading does not.
	g.Restart()

	submit := func(from, to int) {
		for i := from; i < to; i++ {
			c := crashOrder(i, spec)
			c.Account = ids[i%traders]
			c, err := settlement.SignPlace(crashKey(i), domain, spec, c)
			if err != nil {
				t.Fatal(err)
			}
			if err := in.Seq.Submit(c, func(*exchange.Command, []exchange.Event) {}); err != nil {
				t.Fatal(err)
			}
			if i%4 == 3 {
				time.Sleep(20 * time.Millisecond)
			}
		}
	}
	submit(0, orders/2)
	// Some batches final in the engine, then the kill.
	testsvc.CheckFor(t, 60*time.Second, 20*time.Millisecond, func() error {
		var base uint64
		in.Seq.Query(func(e exchange.View) { base, _ = e.OldestOpenBatch() })
		if base < 4 {
			return errors.New("fewer than 3 batches final")
		}
		return nil
	})
	cl, err := ethclient.Dial(g.RPC)
	if err != nil {
		t.Fatal(err)
	}
	before, err := cl.BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	cl.Close()
	g.Kill()
	// Back, the node makes a block a second as a live chain does: the
	// pipeline waits for its head to pass the engine's chain position
	// again, which a dev node that mines only on demand may never do.
	g.SetPeriod(1)
	g.Restart()
	if cl, err = ethclient.Dial(g.RPC); err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	after, err := cl.BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("geth: head %d before SIGKILL, %d after the restart", before, after)
	if after >= before {
		t.Fatalf("geth lost no blocks (head %d, was %d): the test shows nothing", after, before)
	}
	submit(orders/2, orders)

	// Converges: every fill resolved, each batch settled once on chain.
	var next uint64
	testsvc.CheckFor(t, 90*time.Second, 50*time.Millisecond, func() error {
		var pending int
		in.Seq.Query(func(e exchange.View) { pending, next = e.PendingCount(), e.NextBatch() })
		if pending > 0 {
			return fmt.Errorf("%d fills pending", pending)
		}
		return nil
	})
	last := lastBatchOnChain(t, cl, in.Contracts.Exchange)
	if last != next-1 {
		t.Fatalf("the contract settled %d batches, the engine closed %d", last, next-1)
	}
	logs, err := cl.FilterLogs(context.Background(), ethereum.FilterQuery{Addresses: []common.Address{in.Contracts.Exchange},
		Topics: settlement.ExchangeTopics()})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[uint64]int{}
	skipped := 0
	for _, l := range logs {
		if d, err := settlement.Decode(l); err == nil {
			if b, ok := d.(settlement.BatchSettled); ok {
				seen[b.BatchID]++
				skipped += int(b.Skipped)
			}
		}
	}
	for id := uint64(1); id < next; id++ {
		if seen[id] != 1 {
			t.Errorf("batch %d settled %d times on the chain", id, seen[id])
		}
	}
	var want []balance
	in.Seq.Query(func(e exchange.View) { want = engineBalances(e) })
	checkOnChain(t, cl, in.Contracts.Exchange, want)
	if !stalled.Load() {
		t.Error("the pipeline never reported the lost blocks")
	}
	t.Logf("%d batches, %d fills skipped on chain", next-1, skipped)
}

// tLog writes log lines to t.Log.
type tLog struct{ t *testing.T }

func (w tLog) Write(b []byte) (int, error) { w.t.Log(string(b)); return len(b), nil }

func lastBatchOnChain(t *testing.T, cl *ethclient.Client, ex common.Address) uint64 {
	t.Helper()
	b := bindings.NewExchange()
	out, err := cl.CallContract(context.Background(), ethereum.CallMsg{To: &ex, Data: b.PackLastBatchId()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	last, err := b.UnpackLastBatchId(out)
	if err != nil {
		t.Fatal(err)
	}
	return last
}
