package node_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/sequencer"
	"github.com/hourglass-exchange/hourglass/exchange/settlement"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
	"github.com/hourglass-exchange/hourglass/internal/node"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
	"github.com/hourglass-exchange/hourglass/sim"
)

// runUntilStopped runs the operator on cfg.Dir (runNode) until stop is
// called; an error of the run fails the test.
func runUntilStopped(t *testing.T, cfg node.Config) (node.Info, func()) {
	t.Helper()
	n := runNode(t, cfg)
	return n.Info, func() {
		if err := n.stop(); err != nil {
			t.Errorf("operator: %v", err)
		}
	}
}

// journalTo applies cmds to the stopped operator's journal in dir, as a
// tool would; a command the engine rejects fails the test.
func journalTo(t *testing.T, dir string, cmds ...exchange.Command) {
	t.Helper()
	seq, err := sequencer.Open(sequencer.Options{Dir: dir, Engine: exchange.Config{SettlementHorizon: exchange.DefaultSettlementHorizon}})
	if err != nil {
		t.Fatal(err)
	}
	defer seq.Close()
	done := make(chan string, len(cmds))
	for _, c := range cmds {
		if err := seq.Submit(c, func(c *exchange.Command, evs []exchange.Event) {
			r := ""
			for _, ev := range evs {
				if ev.Kind == exchange.EvRejected {
					r = fmt.Sprintf("command %v rejected: %v", c.Kind, ev.Reason)
				}
			}
			done <- r
		}); err != nil {
			t.Fatal(err)
		}
	}
	for range cmds {
		if r := <-done; r != "" {
			t.Fatal(r)
		}
	}
}

// TestGethReconcile is the recovery for Exchange events the engine and the
// chain do not share (docs/settlement.md, "Recovery"), against a real geth
// --dev: the operator runs with the demo's deposits, stops; a deposit from
// blocks the node lost is journaled (a CmdChainDeposit above the chain's
// head), and a deposit from a new address is mined below that position,
// where the watcher never delivers it; `reconcile` reports exactly those
// two differences, --apply sets the engine to the chain for every account
// (opening the new one), and the operator runs again on the directory with
// the chain's balances. It refuses while the operator runs, while fills
// are pending, and while the chain has a deposit above the engine's
// position.
func TestGethReconcile(t *testing.T) {
	if testing.Short() {
		t.Skip("runs geth: not in -short")
	}
	g := testsvc.StartGeth(t)
	w, err := sim.NewWorld(time.Now(), crashTraders, 0)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var logs bytes.Buffer
	cfg := node.Config{RPCURL: g.WS, DeployerKey: g.Key, Markets: w.Specs, Fund: w.Accounts(), Confirmations: 1,
		Dir: dir, BatchFills: 25, BatchDelay: 30 * time.Millisecond, WithdrawalDelay: time.Hour,
		Logger: slog.New(slog.NewTextHandler(tLog{t}, &slog.HandlerOptions{Level: slog.LevelError}))}
	in, stop := runUntilStopped(t, cfg)
	spec, ids := waitFunded(t, in, crashTraders)
	// A trade, settled: fees reach the fee recipient's cash on chain and the
	// engine's fee account, which reconcile compares as one.
	domain := eip712.Domain{ChainID: in.ChainID, VerifyingContract: in.Contracts.Exchange}
	for i := range 2 {
		c := crashOrder(i, spec)
		c.Account = ids[i]
		c, err := settlement.SignPlace(crashKey(i), domain, spec, c)
		if err != nil {
			t.Fatal(err)
		}
		if err := in.Seq.Submit(c, func(*exchange.Command, []exchange.Event) {}); err != nil {
			t.Fatal(err)
		}
	}
	testsvc.CheckFor(t, 60*time.Second, 20*time.Millisecond, func() error {
		var pending int
		var next uint64
		var fees int64
		in.Seq.Query(func(e exchange.View) {
			pending, next = e.PendingCount(), e.NextBatch()
			fees, _ = e.Balance(exchange.FeeAccount, spec.QuoteAsset)
		})
		if pending > 0 || next < 2 || fees == 0 {
			return fmt.Errorf("%d fills pending, next batch %d, fees %d", pending, next, fees)
		}
		return nil
	})
	exAddr := in.Contracts.Exchange
	ctx := context.Background()
	rc := node.Config{Dir: dir, RPCURL: g.RPC, Logger: slog.New(slog.NewTextHandler(&logs, nil))}
	var out bytes.Buffer
	// The journal has one writer: not while the operator runs.
	if _, err := node.Reconcile(ctx, rc, true, &out); !errors.Is(err, sequencer.ErrLocked) {
		t.Fatalf("with the operator running: %v, want sequencer.ErrLocked", err)
	}
	stop()

	diffs, err := node.Reconcile(ctx, rc, false, &out)
	if err != nil || len(diffs) != 0 || !strings.Contains(out.String(), "engine and chain agree") {
		t.Fatalf("after a clean run: %v, %d differences\n%s", err, len(diffs), out.String())
	}
	t.Log(out.String())

	// Not quiescent: a copy of the directory with a fill pending.
	busy := t.TempDir()
	if err := os.CopyFS(busy, os.DirFS(dir)); err != nil {
		t.Fatal(err)
	}
	b2, s3 := crashOrder(2, spec), crashOrder(3, spec)
	b2.Account, s3.Account = ids[2], ids[3]
	journalTo(t, busy, b2, s3)
	rcBusy := rc
	rcBusy.Dir = busy
	if _, err := node.Reconcile(ctx, rcBusy, true, &out); !errors.Is(err, node.ErrNotQuiescent) {
		t.Fatalf("with a fill pending: %v, want ErrNotQuiescent", err)
	}

	// A deposit from lost blocks: the engine has it, the chain does not.
	cl, err := ethclient.Dial(g.RPC)
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	head, err := cl.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	victim := crypto.PubkeyToAddress(crashKey(3).PublicKey)
	const lost = 777_000_000
	lostAt := head + 10
	journalTo(t, dir, exchange.Command{Kind: exchange.CmdChainDeposit, Address: victim,
		Log: &exchange.ChainLog{Amount: exchange.AmountWord(lost)}, Chain: exchange.ChainPos(lostAt, 0)})
	// And a deposit mined below the engine's position now, from an address
	// the engine has never seen: the watcher never delivers it.
	s := newDevSender(ctx, t, cl, g.Key, in.ChainID)
	coin, ex := bindings.NewMockStablecoin(), bindings.NewExchange()
	// For an address the engine has no account of: not the dev key's own
	// (it is the demo provider, whose node's capacity opened its account).
	payer := crypto.PubkeyToAddress(g.Key.PublicKey)
	me := common.HexToAddress("0x0000000000000000000000000000000000c0ffee")
	const missed = 5_000_000
	s.call(in.Contracts.Stablecoin, coin.PackMint(payer, big.NewInt(2*missed)))
	s.call(in.Contracts.Stablecoin, coin.PackApprove(exAddr, big.NewInt(2*missed)))
	s.call(exAddr, ex.PackDepositFor(me, big.NewInt(missed)))
	s.flush()
	if h, err := cl.BlockNumber(ctx); err != nil || h >= lostAt {
		t.Fatalf("head %d %v: not below the lost block %d", h, err, lostAt)
	}

	out.Reset()
	diffs, err = node.Reconcile(ctx, rc, false, &out)
	t.Log(out.String())
	if err != nil {
		t.Fatal(err)
	}
	if len(diffs) != 2 {
		t.Fatalf("%d differences, want the lost deposit and the missed one: %+v", len(diffs), diffs)
	}
	d := diffs[0]
	if d.Address != victim || d.New || d.Symbol != "cash" || d.ChainAsset.Sign() != 0 || d.Delta().Cmp(big.NewInt(-lost)) != 0 || d.Applied {
		t.Fatalf("difference %+v, want %s cash −%d, not applied", d, victim, lost)
	}
	if d := diffs[1]; d.Address != me || !d.New || d.Symbol != "cash" || d.Engine != 0 || d.Chain.Cmp(big.NewInt(missed)) != 0 {
		t.Fatalf("difference %+v, want %s cash +%d, no account", d, me, missed)
	}
	if !strings.Contains(out.String(), victim.Hex()) || !strings.Contains(out.String(), "-777000000") ||
		!strings.Contains(out.String(), me.Hex()+" (no account)") || !strings.Contains(out.String(), "+5000000") {
		t.Fatalf("the table does not show the differences:\n%s", out.String())
	}

	out.Reset()
	if diffs, err = node.Reconcile(ctx, rc, true, &out); err != nil || len(diffs) != 2 || !diffs[0].Applied || !diffs[1].Applied {
		t.Fatalf("--apply: %v %+v\n%s", err, diffs, out.String())
	}
	if !strings.Contains(logs.String(), "level=WARN") || !strings.Contains(logs.String(), victim.Hex()) {
		t.Errorf("no WARN line for the account:\n%s", logs.String())
	}
	out.Reset()
	if diffs, err = node.Reconcile(ctx, rc, false, &out); err != nil || len(diffs) != 0 {
		t.Fatalf("after --apply: %v, %d differences\n%s", err, len(diffs), out.String())
	}

	// The operator runs again on the directory, with the chain's balances.
	// Blocks past the lost one let its pipeline past the position.
	in, stop = runUntilStopped(t, cfg)
	for {
		if h, err := cl.BlockNumber(ctx); err != nil {
			t.Fatal(err)
		} else if h > lostAt {
			break
		}
		s.transfer(victim, big.NewInt(1))
		s.flush()
	}
	var want []balance
	in.Seq.Query(func(e exchange.View) {
		want = engineBalances(e)
		if err := e.CheckInvariants(); err != nil {
			t.Error(err)
		}
	})
	checkOnChain(t, cl, exAddr, want)
	found := 0
	for _, b := range want {
		if (b.addr == victim || b.addr == me) && b.asset.Sign() == 0 {
			found++
		}
	}
	if found != 2 {
		t.Fatal("the accounts reconciled are not among the balances checked")
	}
	// Reconcile is no chain event: the position is the lost deposit's.
	var pos uint64
	in.Seq.Query(func(e exchange.View) { pos = e.ChainPosition() })
	if pos != exchange.ChainPos(lostAt, 0) {
		t.Errorf("chain position %d, want the lost deposit's %d", pos, exchange.ChainPos(lostAt, 0))
	}
	stop()

	// A deposit mined while the operator is stopped is above the engine's
	// position: the operator applies it when it runs, so reconcile refuses
	// rather than count it twice.
	s.call(exAddr, ex.PackDeposit(big.NewInt(missed)))
	s.flush()
	if _, err := node.Reconcile(ctx, rc, true, &out); !errors.Is(err, node.ErrBehindChain) {
		t.Fatalf("with a deposit the engine has not applied yet: %v, want ErrBehindChain", err)
	}
}
