package node_test

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/journal"
	"github.com/hourglass-exchange/hourglass/exchange/settlement"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
	"github.com/hourglass-exchange/hourglass/internal/node"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
	"github.com/hourglass-exchange/hourglass/sim"
)

// The crash child: the operator on a node, fed a fixed list of signed
// orders, printing what it acknowledges.
const (
	crashChildEnv = "HOURGLASS_CRASH_CHILD"
	crashOrders   = 1200
	crashTraders  = 24 // the demo's bot accounts, funded by the seed
	crashOrderID  = exchange.OrderID(1) << 61
)

// crashOrder is order i of the list: trader i % 24 alternately buys above
// and sells below a fair price in the first demo market, so most orders
// trade; nonce i+1, order id 2^61 + i.
func crashOrder(i int, spec exchange.MarketSpec) exchange.Command {
	r := rand.New(rand.NewPCG(uint64(i), 7))
	side := exchange.Side(i % 2)
	px := spec.RefPrice + int64(r.IntN(40))
	if side == exchange.Sell {
		px = spec.RefPrice - int64(r.IntN(40))
	}
	return exchange.Command{Kind: exchange.CmdPlace, Market: 0, OrderID: crashOrderID + exchange.OrderID(i), Side: side,
		TIF: exchange.GTC, STP: exchange.STPCancelNewest, Price: px, Qty: 1 + int64(r.IntN(20)), MaxFeeBps: 5, Nonce: uint64(i + 1)}
}

func crashKey(i int) *ecdsa.PrivateKey { return sim.BotKey(i % crashTraders) } // the demo's bot accounts

// runCrashChild is the child process: it runs the operator, resubmits the
// orders the journal lacks, prints "have i" for those it already had and
// "ack i" for each it acknowledges, and once everything is settled prints
// "final <state hash>" and exits.
func runCrashChild() {
	fail := func(err error) { fmt.Println("error", err); os.Exit(3) }
	key, err := crypto.HexToECDSA(os.Getenv("CRASH_KEY"))
	if err != nil {
		fail(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan node.Info, 1)
	done := make(chan error, 1)
	// The demo's markets and bot accounts, funded by the seed; no bots.
	w, err := sim.NewWorld(time.Now(), crashTraders, 0)
	if err != nil {
		fail(err)
	}
	go func() {
		done <- node.Run(ctx, node.Config{Addr: "127.0.0.1:0", Dir: os.Getenv("CRASH_DIR"), RPCURL: os.Getenv("CRASH_RPC"),
			DeployerKey: key, Markets: w.Specs, Fund: w.Accounts(), BatchFills: 25, BatchDelay: 30 * time.Millisecond,
			WithdrawalDelay: time.Hour, Ready: func(in node.Info) { ready <- in }})
	}()
	var in node.Info
	select {
	case in = <-ready:
	case err := <-done:
		fail(err)
	}
	fmt.Println("ready")
	domain := eip712.Domain{ChainID: in.ChainID, VerifyingContract: in.Contracts.Exchange}
	// Wait for the traders' deposits, then list the orders the engine has.
	var (
		spec   exchange.MarketSpec
		ids    [crashTraders]exchange.AccountID
		have   []bool
		ready2 bool
	)
	for !ready2 {
		in.Seq.Query(func(e exchange.View) {
			spec, _ = e.Spec(0)
			for i := range ids {
				a, ok := e.AccountByAddress(crypto.PubkeyToAddress(crashKey(i).PublicKey))
				if !ok {
					return
				}
				if avail, held := e.Balance(a, spec.BaseAsset); avail+held == 0 {
					return
				}
				ids[i] = a
			}
			have = make([]bool, crashOrders)
			for i := range have {
				have[i] = e.NonceUsed(ids[i%crashTraders], uint64(i+1))
			}
			ready2 = true
		})
		if !ready2 {
			time.Sleep(10 * time.Millisecond)
		}
	}
	out := bufio.NewWriter(os.Stdout)
	for i, h := range have {
		if h {
			fmt.Fprintln(out, "have", i)
		}
	}
	fmt.Fprintln(out, "listed")
	out.Flush()
	var mu sync.Mutex
	ack := func(i int) func(*exchange.Command, []exchange.Event) {
		return func(_ *exchange.Command, evs []exchange.Event) {
			mu.Lock()
			defer mu.Unlock()
			if evs[0].Kind == exchange.EvRejected {
				fmt.Fprintln(out, "rejected", i, evs[0].Reason)
			} else {
				fmt.Fprintln(out, "ack", i)
			}
			out.Flush()
		}
	}
	// Under load: a few orders every few milliseconds.
	for i := 0; i < crashOrders; i++ {
		if have[i] {
			continue
		}
		c := crashOrder(i, spec)
		c.Account = ids[i%crashTraders]
		if c, err = settlement.SignPlace(crashKey(i), domain, spec, c); err != nil {
			fail(err)
		}
		if err := in.Seq.Submit(c, ack(i)); err != nil {
			fail(err)
		}
		if i%4 == 3 {
			time.Sleep(100 * time.Millisecond) // 40 orders a second: the load lasts through the 50 kills
		}
	}
	// Everything settled and quiet: report the state and stop.
	for {
		var quiet bool
		var hash [32]byte
		in.Seq.Query(func(e exchange.View) {
			quiet = e.PendingCount() == 0
			hash = e.StateHash()
		})
		if quiet {
			time.Sleep(500 * time.Millisecond)
			var again [32]byte
			in.Seq.Query(func(e exchange.View) { again = e.StateHash() })
			if again == hash {
				mu.Lock()
				fmt.Fprintln(out, "final", hex.EncodeToString(hash[:]))
				out.Flush()
				mu.Unlock()
				cancel()
				if err := <-done; err != nil {
					fail(err)
				}
				os.Exit(0)
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// crashRun is one run of the child.
type crashRun struct {
	have, acks map[int]bool
	final      string
	ready      bool
	listed     bool // the have lines are complete
	err        string
}

// TestCrashSafety SIGKILLs the operator at random moments while it takes
// orders and settles them on geth --dev, 50 times, restarting it on the
// same journal, transaction journal and chain each time; then lets it
// finish. Every order acknowledged before a kill is in the engine after
// the restart; every fill settles exactly once (one BatchSettled per
// batch id, no skipped fill); the chain's balances equal the engine's;
// the recovered engine's state hash equals that of a crash-free run of
// its journal; and trading came out as in a crash-free engine fed the
// same orders.
func TestCrashSafety(t *testing.T) {
	if testing.Short() {
		t.Skip("50 process kills")
	}
	rpc, _, devKey := testsvc.Geth(t)
	dir := t.TempDir()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	run := func(kill time.Duration) crashRun {
		t.Helper()
		cmd := exec.Command(exe, "-test.run", "^$")
		cmd.Env = append(os.Environ(), crashChildEnv+"=1", "CRASH_DIR="+dir, "CRASH_RPC="+rpc,
			"CRASH_KEY="+hex.EncodeToString(crypto.FromECDSA(devKey)))
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		cmd.Stderr = nil
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		r := crashRun{have: map[int]bool{}, acks: map[int]bool{}}
		var mu sync.Mutex
		lines := make(chan struct{})
		readyAt := make(chan struct{}, 1)
		go func() {
			defer close(lines)
			sc := bufio.NewScanner(stdout)
			for sc.Scan() {
				f := strings.Fields(sc.Text())
				if len(f) == 0 {
					continue
				}
				mu.Lock()
				switch f[0] {
				case "ready":
					r.ready = true
					readyAt <- struct{}{}
				case "have", "ack":
					i, _ := strconv.Atoi(f[1])
					map[bool]map[int]bool{true: r.have, false: r.acks}[f[0] == "have"][i] = true
				case "listed":
					r.listed = true
				case "final":
					r.final = f[1]
				default:
					r.err += sc.Text() + "\n"
				}
				mu.Unlock()
			}
		}()
		if kill > 0 {
			select {
			case <-readyAt:
				time.Sleep(kill)
			case <-lines:
			case <-time.After(60 * time.Second):
			}
			_ = cmd.Process.Signal(syscall.SIGKILL)
		}
		<-lines
		_ = cmd.Wait()
		mu.Lock()
		defer mu.Unlock()
		return r
	}

	rng := rand.New(rand.NewPCG(42, 43))
	acked := map[int]bool{}
	kills, checked := 0, 0
	for trial := 0; kills < 50; trial++ {
		if trial == 80 {
			t.Fatalf("only %d of 80 runs were killed before they finished", kills)
		}
		r := run(time.Duration(rng.IntN(1200)) * time.Millisecond)
		if r.err != "" {
			t.Fatalf("trial %d: %s", trial, r.err)
		}
		if r.final != "" {
			t.Logf("trial %d finished before its kill", trial)
			continue
		}
		kills++
		// What the journal held at this start includes every order
		// acknowledged before.
		if r.listed {
			checked++
			for i := range acked {
				if !r.have[i] {
					t.Fatalf("trial %d: order %d was acknowledged before the crash and is gone", trial, i)
				}
			}
		}
		for i := range r.acks {
			acked[i] = true
		}
	}
	r := run(0)
	if r.err != "" || r.final == "" {
		t.Fatalf("final run: %q, no final state", r.err)
	}
	for i := range acked {
		if !r.have[i] && !r.acks[i] {
			t.Fatalf("order %d was acknowledged and is gone", i)
		}
	}
	for i := range crashOrders {
		if !r.have[i] && !r.acks[i] {
			t.Fatalf("order %d never made it", i)
		}
	}
	t.Logf("%d kills, %d restarts checked for every earlier acknowledgement, %d orders acknowledged before a kill", kills, checked, len(acked))

	// A crash-free run of the journal: the same state.
	j, err := journal.Open(filepath.Join(dir, "journal"), journal.Options{})
	if err != nil {
		t.Fatal(err)
	}
	e := exchange.New(exchange.Config{})
	type balKey struct {
		a exchange.AccountID
		x exchange.AssetID
	}
	deposits := map[balKey]int64{}
	if err := j.Replay(1, func(seq uint64, payload []byte) error {
		var c exchange.Command
		if err := exchange.DecodeCommand(payload, &c); err != nil {
			return err
		}
		evs := e.Apply(&c)
		if len(evs) > 0 && evs[0].Kind == exchange.EvRejected {
			return nil
		}
		switch c.Kind {
		case exchange.CmdDeposit:
			deposits[balKey{c.Account, c.Asset}] += c.Amount
		case exchange.CmdChainDeposit:
			// The engine resolved the account and the asset: the one
			// balance the deposit changed.
			for _, ev := range evs {
				if ev.Kind == exchange.EvBalance {
					deposits[balKey{ev.Account, ev.Asset}] += new(big.Int).SetBytes(c.Log.Amount[:]).Int64()
				}
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	j.Close()
	if h := e.StateHash(); hex.EncodeToString(h[:]) != r.final {
		t.Fatalf("recovered state %s, crash-free replay of its journal %x", r.final, h)
	}

	// Every fill settled exactly once on chain.
	cl, err := ethclient.Dial(rpc)
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	ctx := context.Background()
	var exAddr common.Address
	b, err := os.ReadFile(filepath.Join(dir, "contracts.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(strings.Trim(line, " ,")); len(f) == 2 && f[0] == `"Exchange":` {
			exAddr = common.HexToAddress(strings.Trim(f[1], `"`))
		}
	}
	logs, err := cl.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{exAddr}, Topics: settlement.ExchangeTopics()})
	if err != nil {
		t.Fatal(err)
	}
	settled := map[uint64]int{}
	fills := 0
	for _, l := range logs {
		ev, err := settlement.Decode(l)
		if err != nil {
			continue
		}
		if bs, ok := ev.(settlement.BatchSettled); ok {
			settled[bs.BatchID]++
			fills += bs.Fills()
			if bs.Skipped != 0 {
				t.Errorf("batch %d: %d fills skipped %v", bs.BatchID, bs.Skipped, bs.Skips())
			}
		}
	}
	if uint64(len(settled)) != e.NextBatch()-1 {
		t.Fatalf("%d batches settled on chain, the engine closed %d", len(settled), e.NextBatch()-1)
	}
	for id, n := range settled {
		if n != 1 {
			t.Errorf("batch %d settled %d times", id, n)
		}
	}
	if e.PendingCount() != 0 || fills == 0 {
		t.Fatalf("%d fills pending, %d settled", e.PendingCount(), fills)
	}
	checkOnChain(t, cl, exAddr, engineBalances(e.View()))
	specs := e.Markets()

	// Trading as a crash-free engine fed the same orders in the same
	// order: the same fills, so the same balances and open orders.
	ref := exchange.New(exchange.Config{NoSettlement: true})
	var seq uint64
	apply := func(c exchange.Command) {
		seq++
		c.Seq = seq
		ref.Apply(&c)
	}
	for _, s := range specs {
		apply(exchange.Command{Kind: exchange.CmdAddMarket, Spec: &s})
	}
	for a := exchange.AccountID(0); ; a++ {
		addr, ok := e.AccountAddress(a)
		if !ok {
			break
		}
		apply(exchange.Command{Kind: exchange.CmdOpenAccount, Address: addr})
		assets := []exchange.AssetID{specs[0].QuoteAsset}
		for _, s := range specs {
			assets = append(assets, s.BaseAsset)
		}
		for _, as := range assets {
			if amt := deposits[balKey{a, as}]; amt > 0 {
				apply(exchange.Command{Kind: exchange.CmdDeposit, Account: a, Asset: as, Amount: amt})
			}
		}
	}
	for i := range crashOrders {
		c := crashOrder(i, specs[0])
		acct, _ := e.AccountByAddress(crypto.PubkeyToAddress(crashKey(i).PublicKey))
		c.Account = acct
		apply(c)
	}
	for a := exchange.AccountID(0); ; a++ {
		if _, ok := e.AccountAddress(a); !ok {
			break
		}
		for _, as := range []exchange.AssetID{specs[0].QuoteAsset, specs[0].BaseAsset} {
			ga, gh := e.Balance(a, as)
			wa, wh := ref.Balance(a, as)
			if ga != wa || gh != wh {
				t.Errorf("account %d asset %d: %d + %d held, crash-free %d + %d", a, as, ga, gh, wa, wh)
			}
		}
	}
	for i := range crashOrders {
		got, gok := e.Order(crashOrderID + exchange.OrderID(i))
		want, wok := ref.Order(crashOrderID + exchange.OrderID(i))
		if gok != wok || got != want {
			t.Errorf("order %d: %+v %v, crash-free %+v %v", i, got, gok, want, wok)
		}
	}
}
