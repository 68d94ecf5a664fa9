package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/api"
	"github.com/hourglass-exchange/hourglass/api/auth"
	"github.com/hourglass-exchange/hourglass/api/publish"
	"github.com/hourglass-exchange/hourglass/api/wallet"
	"github.com/hourglass-exchange/hourglass/contracts/gasbench"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/exchange/sequencer"
	"github.com/hourglass-exchange/hourglass/internal/bus"
	"github.com/hourglass-exchange/hourglass/internal/evm/devchain"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// world is a simulated chain with the contracts, an engine with the
// chain's market behind a gateway that names the chain, and the env the
// trader commands run with.
type world struct {
	t      *testing.T
	chain  *gasbench.Env
	seq    *sequencer.Sequencer
	gw     string
	symbol string
	now    int64
	// miner mines a block every few milliseconds, as a dev chain would;
	// passTime pauses it.
	miner *devchain.Miner
}

func newWorld(t *testing.T) *world { return newWorldWith(t, nil) }

// newWorldWith is newWorld where deploy, when not nil, deploys more on the
// chain first and returns the chain the gateway names and its market.
func newWorldWith(t *testing.T, deploy func(env *gasbench.Env) (api.ChainInfo, *big.Int)) *world {
	t.Helper()
	env, err := gasbench.NewEnv(gasbench.FirstTrader+2, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { env.Close() })
	chain := api.ChainInfo{ChainID: env.Chain.ChainID.Uint64(), Exchange: env.Exchange, Stablecoin: env.Coin, Token: env.Token, Confirmations: 2}
	market := env.Market
	if deploy != nil {
		chain, market = deploy(env)
	}
	w := &world{t: t, chain: env, now: time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC).UnixNano()}

	b := bus.NewLocal(bus.Options{})
	t.Cleanup(func() { b.Close() })
	var seq *sequencer.Sequencer
	pub := publish.New(publish.Options{Bus: b, Query: func(fn func(exchange.View)) error { return seq.Query(fn) }})
	seq, err = sequencer.Open(sequencer.Options{Dir: t.TempDir(), NoSync: true, KeepCommandTime: true, OnApply: pub.OnApply,
		Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	w.seq = seq
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); pub.Run(ctx) }()
	t.Cleanup(func() { cancel(); <-done; seq.Close() })

	var id instrument.ID
	market.FillBytes(id[:])
	in, err := instrument.Decode(id)
	if err != nil {
		t.Fatal(err)
	}
	w.symbol = in.Symbol()
	w.submit(exchange.Command{Kind: exchange.CmdAddMarket, Spec: &exchange.MarketSpec{Instrument: id, Symbol: w.symbol, BaseAsset: 1,
		QuoteAsset: 0, TickSize: 100, LotSize: 1, MinNotional: 1_000_000, MaxPrice: 1 << 20, MaxQty: 1 << 20,
		RefPrice: 21000, BandBps: 5000, TakerFeeBps: 5}})

	v, err := auth.New(auth.Config{Domain: "hourglass.test", ChainID: env.Chain.ChainID.Uint64()})
	if err != nil {
		t.Fatal(err)
	}
	srv, err := api.NewServer(api.Options{Bus: b, Auth: v, Engine: api.SequencerEngine{Seq: seq}, OrderDomain: env.Domain,
		Chain: &chain})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
	})
	w.gw = "http://" + ln.Addr().String()
	testsvc.CheckFor(t, 10*time.Second, 5*time.Millisecond, func() error {
		if !srv.Ready() {
			return fmt.Errorf("not ready")
		}
		return nil
	})

	// Mine a block every few milliseconds, as a dev chain would.
	w.miner = devchain.MineEvery(env.Chain, 5*time.Millisecond)
	t.Cleanup(w.miner.Stop)
	return w
}

// submit runs engine commands (as the chain watcher and the settlement
// pipeline would) and fails on a rejection.
func (w *world) submit(cmds ...exchange.Command) {
	w.t.Helper()
	for i := range cmds {
		w.now += int64(time.Millisecond)
		cmds[i].Time = w.now
	}
	var wg sync.WaitGroup
	wg.Add(len(cmds))
	var rejected []string
	var mu sync.Mutex
	if err := w.seq.SubmitBatch(cmds, func(c *exchange.Command, evs []exchange.Event) {
		for _, ev := range evs {
			if ev.Kind == exchange.EvRejected {
				mu.Lock()
				rejected = append(rejected, ev.Reason.String())
				mu.Unlock()
			}
		}
		wg.Done()
	}); err != nil {
		w.t.Fatal(err)
	}
	wg.Wait()
	if len(rejected) > 0 {
		w.t.Fatalf("rejected: %v", rejected)
	}
}

func (w *world) account(k *ecdsa.PrivateKey) exchange.AccountID {
	addr := crypto.PubkeyToAddress(k.PublicKey)
	var a exchange.AccountID
	var ok bool
	w.seq.Query(func(e exchange.View) { a, ok = e.AccountByAddress(addr) })
	if !ok {
		w.submit(exchange.Command{Kind: exchange.CmdOpenAccount, Address: addr})
		w.seq.Query(func(e exchange.View) { a, _ = e.AccountByAddress(addr) })
	}
	return a
}

// cli runs a trader command with the world's chain and environment.
func (w *world) cli(ctx context.Context, vars map[string]string, args ...string) (string, string, error) {
	var stdout bytes.Buffer
	stderr, err := w.cliTo(ctx, vars, &stdout, args...)
	return stdout.String(), stderr, err
}

// cliTo is cli writing its standard output to stdout as it goes.
func (w *world) cliTo(ctx context.Context, vars map[string]string, stdout io.Writer, args ...string) (string, error) {
	var stderr bytes.Buffer
	env := userEnv{
		getenv: func(k string) string {
			if v, ok := vars[k]; ok {
				return v
			}
			if k == "HOURGLASS_GATEWAY" {
				return w.gw
			}
			return ""
		},
		dialChain: func(_ context.Context, u string) (wallet.Backend, error) {
			if u != "sim://chain" {
				return nil, fmt.Errorf("no chain at %s", u)
			}
			return w.chain.Chain.Client, nil
		},
		poll: 5 * time.Millisecond,
	}
	err := runUser(ctx, args[0], args[1:], stdout, &stderr, env)
	return stderr.String(), err
}

// passTime moves the chain's clock on by at least d.
func (w *world) passTime(d time.Duration) {
	w.t.Helper()
	w.miner.Pause(true)
	defer w.miner.Pause(false)
	h, err := w.chain.Chain.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		w.t.Fatal(err)
	}
	target := h.Time + uint64(d/time.Second)
	for range 10 {
		if err := w.chain.Chain.AdjustTime(d); err != nil {
			w.t.Fatal(err)
		}
		if h, err = w.chain.Chain.Client.HeaderByNumber(context.Background(), nil); err == nil && h.Time >= target {
			return
		}
	}
	w.t.Fatalf("the chain's time did not move on by %s", d)
}

// flat collapses runs of white space (tables align with spaces).
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

func hexKey(k *ecdsa.PrivateKey) string { return "0x" + hex.EncodeToString(crypto.FromECDSA(k)) }

func TestCLIChainCommands(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	trader := w.chain.FundedKey(gasbench.FirstTrader)
	if err := w.chain.MintCoin(trader.Addr, big.NewInt(1000e6)); err != nil {
		t.Fatal(err)
	}
	if err := w.chain.MintTokens(trader.Addr, w.chain.Market, big.NewInt(50)); err != nil {
		t.Fatal(err)
	}
	acct := w.account(trader.Priv)
	vars := map[string]string{"HOURGLASS_KEY": hexKey(trader.Priv), "ETH_RPC_URL": "sim://chain"}

	// The chain watcher's part: once the deposit is on chain, the engine
	// is credited.
	onChain := func(asset *big.Int) *big.Int {
		b, err := bind.Call(w.chain.ExchangeI, nil, w.chain.ExB.PackBalanceOf(trader.Addr, asset), w.chain.ExB.UnpackBalanceOf)
		if err != nil {
			t.Error(err)
			return new(big.Int)
		}
		return b
	}
	type result struct {
		out, progress string
		err           error
	}
	deposited := make(chan result, 1)
	go func() {
		out, progress, err := w.cli(ctx, vars, "deposit", "--asset", "usdc", "--amount", "250.5")
		deposited <- result{out, progress, err}
	}()
	testsvc.CheckFor(t, 10*time.Second, 5*time.Millisecond, func() error {
		b := onChain(wallet.Cash)
		if b.Sign() <= 0 {
			return errors.New("the deposit is not on chain")
		}
		w.submit(exchange.Command{Kind: exchange.CmdDeposit, Account: acct, Asset: 0, Amount: b.Int64()})
		return nil
	})
	r := <-deposited
	out, progress, err := r.out, r.progress, r.err
	if err != nil {
		t.Fatalf("deposit: %v\n%s", err, progress)
	}
	for _, want := range []string{"approve: sent transaction 0x", "deposit: sent transaction 0x", "deposit: waiting for 2 confirmations",
		"deposit: mined in block", "waiting until the gateway's USDC balance shows it"} {
		if !strings.Contains(progress, want) {
			t.Fatalf("progress lacks %q:\n%s", want, progress)
		}
	}
	if !strings.Contains(flat(out), "deposited 250.500000 USDC") || !strings.Contains(out, "the gateway's balance shows it") {
		t.Fatalf("deposit output:\n%s", out)
	}
	if strings.Contains(out+progress, strings.TrimPrefix(hexKey(trader.Priv), "0x")) {
		t.Fatal("the key was printed")
	}
	if b := onChain(wallet.Cash); b.Int64() != 250_500_000 {
		t.Fatalf("on chain %v", b)
	}

	// Tokens by symbol, JSON, without waiting for the gateway.
	out, _, err = w.cli(ctx, vars, "deposit", "--asset", w.symbol, "--amount", "10", "--no-wait", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var res txResult
	if err := json.Unmarshal([]byte(out), &res); err != nil || res.Asset != w.symbol || res.Amount != "10" || res.Credited != nil ||
		!strings.HasPrefix(res.Transaction, "0x") || res.Account != trader.Addr.Hex() {
		t.Fatalf("token deposit %q: %+v %v", out, res, err)
	}
	if b := onChain(w.chain.Market); b.Int64() != 10 {
		t.Fatalf("tokens on chain %v", b)
	}
	// No watcher this time: the wait times out, and says the deposit is on chain.
	_, _, err = w.cli(ctx, vars, "deposit", "--asset", "usdc", "--amount", "1", "--wait-timeout", "200ms")
	if err == nil || !strings.Contains(err.Error(), "is on chain") || exitCode(err) != 1 {
		t.Fatalf("deposit not credited: %v", err)
	}

	// Withdrawals: request, status, execute too early, cancel.
	out, _, err = w.cli(ctx, vars, "withdraw", "request", "--asset", "usdc", "--amount", "100")
	if err != nil || !strings.Contains(out, "withdrawal requested") || !strings.Contains(out, "ready at") {
		t.Fatalf("request: %v\n%s", err, out)
	}
	out, _, err = w.cli(ctx, vars, "withdraw", "status", "--asset", "usdc", "--json")
	if err := json.Unmarshal([]byte(out), &res); err != nil || res.Amount != "100.000000" || res.ReadyAt == "" {
		t.Fatalf("status %q: %v", out, err)
	}
	if _, _, err = w.cli(ctx, vars, "withdraw", "execute", "--asset", "usdc"); err == nil || !strings.Contains(err.Error(), "ready at") || exitCode(err) != 1 {
		t.Fatalf("execute early: %v", err)
	}
	out, _, err = w.cli(ctx, vars, "withdraw", "cancel", "--asset", "usdc")
	if err != nil || !strings.Contains(out, "withdrawal cancelled") {
		t.Fatalf("cancel: %v\n%s", err, out)
	}
	if b := onChain(wallet.Cash); b.Int64() != 251_500_000 {
		t.Fatalf("cash after the cancel %v", b)
	}
	// Tokens: request, then execute once the delay passed.
	if _, _, err = w.cli(ctx, vars, "withdraw", "request", "--asset", w.symbol, "--amount", "4"); err != nil {
		t.Fatal(err)
	}
	w.passTime(2 * time.Hour)
	if out, _, err = w.cli(ctx, vars, "withdraw", "execute", "--asset", w.symbol); err != nil || !strings.Contains(out, "withdrawn") {
		t.Fatalf("execute: %v\n%s", err, out)
	}
	if b := onChain(w.chain.Market); b.Int64() != 6 {
		t.Fatalf("tokens after the withdrawal %v", b)
	}

	// Bad input: exit status 2, nothing sent.
	for _, c := range []struct {
		vars map[string]string
		args []string
		msg  string
	}{
		{vars, []string{"deposit", "--asset", "usdc", "--amount", "1.0000001"}, "more than 6 decimals"},
		{vars, []string{"deposit", "--asset", "usdc", "--amount", "-3"}, "not positive"},
		{vars, []string{"deposit", "--asset", "NOPE-1", "--amount", "1"}, "unknown asset"},
		{vars, []string{"deposit", "--asset", w.symbol, "--amount", "0.5"}, "more than 0 decimals"},
		{vars, []string{"deposit", "--asset", "usdc"}, "--amount is required"},
		{map[string]string{"ETH_RPC_URL": "sim://chain"}, []string{"deposit", "--asset", "usdc", "--amount", "1"}, "no key"},
		{map[string]string{"HOURGLASS_KEY": "0xzz"}, []string{"deposit", "--asset", "usdc", "--amount", "1"}, "not a valid"},
		{map[string]string{"HOURGLASS_KEY": hexKey(trader.Priv)}, []string{"deposit", "--asset", "usdc", "--amount", "1"}, "--rpc"},
		{vars, []string{"withdraw", "request", "--asset", "usdc"}, "--amount is required"},
		{vars, []string{"deposit", "--gateway", "ftp://x", "--asset", "usdc", "--amount", "1"}, "want http"},
	} {
		_, _, err := w.cli(ctx, c.vars, c.args...)
		if err == nil || exitCode(err) != 2 || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("%v: %v (exit %d), want %q", c.args, err, exitCode(err), c.msg)
		}
	}
	if _, _, err := w.cli(ctx, vars, "withdraw", "sideways"); exitCode(err) != 2 {
		t.Errorf("unknown withdraw action: %v", err)
	}
}

func TestCLIGatewayCommands(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	// The maker's key in a keystore file, the taker's in the environment.
	mk, _ := crypto.GenerateKey()
	tk, _ := crypto.GenerateKey()
	dir := t.TempDir()
	ks := keystore.NewKeyStore(dir, keystore.LightScryptN, keystore.LightScryptP)
	ka, err := ks.ImportECDSA(mk, "correct horse")
	if err != nil {
		t.Fatal(err)
	}
	pw := filepath.Join(dir, "password")
	os.WriteFile(pw, []byte("correct horse\n"), 0o600)
	ma, ta := w.account(mk), w.account(tk)
	w.submit(exchange.Command{Kind: exchange.CmdDeposit, Account: ma, Asset: 0, Amount: 1000e6},
		exchange.Command{Kind: exchange.CmdDeposit, Account: ta, Asset: 1, Amount: 100})
	maker := func(args ...string) (string, error) {
		out, _, err := w.cli(ctx, map[string]string{}, append(args, "--keystore", ka.URL.Path, "--password-file", pw)...)
		return out, err
	}
	taker := map[string]string{"HOURGLASS_KEY": hexKey(tk)}

	out, err := maker("order", "place", "--market", w.symbol, "--side", "buy", "--price", "2.10", "--size", "10", "--client-id", "7", "--post-only")
	if err != nil || !strings.Contains(out, "buy 10 "+w.symbol+" @ 2.1000") || !strings.Contains(out, "open") {
		t.Fatalf("place: %v\n%s", err, out)
	}
	out, _, err = w.cli(ctx, taker, "order", "place", "--market", w.symbol, "--side", "sell", "--price", "2.1", "--size", "4",
		"--client-id", "1", "--tif", "ioc", "--json")
	var ack map[string]any
	if err != nil || json.Unmarshal([]byte(out), &ack) != nil || ack["status"] != "filled" {
		t.Fatalf("taker: %v %s", err, out)
	}
	out, err = maker("order", "amend", "--client-id", "7", "--size", "5")
	if err != nil || !strings.Contains(out, "amended: open 5 @ 2.1000") {
		t.Fatalf("amend: %v\n%s", err, out)
	}
	out, err = maker("orders", "--json")
	var orders struct{ Orders []map[string]any }
	if err != nil || json.Unmarshal([]byte(out), &orders) != nil || len(orders.Orders) != 1 || orders.Orders[0]["open_size"] != "5" {
		t.Fatalf("orders: %v\n%s", err, out)
	}
	out, err = maker("balances")
	if err != nil || !strings.Contains(out, "USDC") || !strings.Contains(out, "981.100000") || !strings.Contains(out, "10.500000") {
		t.Fatalf("balances: %v\n%s", err, out)
	}
	testsvc.CheckFor(t, 10*time.Second, 10*time.Millisecond, func() error {
		out, err := maker("fills")
		if err != nil || !strings.Contains(out, "maker") || !strings.Contains(out, "matched") {
			return fmt.Errorf("fills: %v\n%s", err, out)
		}
		return nil
	})
	// Market data reaches the gateway asynchronously: the book shows the
	// amended order soon, not necessarily at once.
	testsvc.CheckFor(t, 10*time.Second, 20*time.Millisecond, func() error {
		out, _, err := w.cli(ctx, nil, "book", w.symbol)
		if err != nil || !strings.Contains(flat(out), "bid 2.1000 5") {
			return fmt.Errorf("book: %v\n%s", err, out)
		}
		return nil
	})

	// Follow the settlement channel while the fill is batched and settled.
	fctx, stop := context.WithCancel(ctx)
	var fbuf testsvc.SyncBuffer
	var ferr error
	followed := make(chan struct{})
	go func() {
		defer close(followed)
		_, ferr = w.cliTo(fctx, taker, &fbuf, "settlement")
	}()
	out, _, err = w.cli(ctx, taker, "settlement", "--once")
	if err != nil || !strings.Contains(out, "taker") || !strings.Contains(out, "matched") {
		t.Fatalf("settlement --once: %v\n%s", err, out)
	}
	testsvc.CheckFor(t, 10*time.Second, 5*time.Millisecond, func() error {
		if strings.Count(fbuf.String(), "\n") < 2 { // header, snapshot line
			return fmt.Errorf("the follower has not printed its snapshot:\n%s", fbuf.String())
		}
		return nil
	})
	w.submit(exchange.Command{Kind: exchange.CmdSettleBatch, Batch: 1, Count: 1})
	w.submit(exchange.Command{Kind: exchange.CmdSettlementResult, Batch: 1, Meta: []byte{1<<6 | 13}})
	testsvc.CheckFor(t, 10*time.Second, 10*time.Millisecond, func() error {
		out, err := maker("fills")
		if err != nil || !strings.Contains(out, "reverted") {
			return fmt.Errorf("fills: %v\n%s", err, out)
		}
		return nil
	})
	testsvc.CheckFor(t, 10*time.Second, 5*time.Millisecond, func() error {
		if !strings.Contains(fbuf.String(), "reverted") {
			return fmt.Errorf("the follower has not printed the revert:\n%s", fbuf.String())
		}
		return nil
	})
	stop()
	<-followed
	fout := fbuf.String()
	if ferr != nil || !strings.Contains(fout, "reverted") || !strings.Contains(fout, "INSUFFICIENT_CASH (taker)") ||
		strings.Count(fout, "\n") != 4 { // header, snapshot line, batched, reverted
		t.Fatalf("settlement follow: %v\n%s", ferr, fout)
	}

	out, err = maker("order", "status", "--client-id", "7")
	if err != nil || !strings.Contains(out, "used: an order with it was accepted") || !strings.Contains(out, "partially_filled") {
		t.Fatalf("status: %v\n%s", err, out)
	}
	out, err = maker("order", "status", "--client-id", "70")
	if err != nil || !strings.Contains(out, "no order with it was accepted") {
		t.Fatalf("status of an unused id: %v\n%s", err, out)
	}
	out, err = maker("order", "cancel", "--client-id", "7")
	if err != nil || !strings.Contains(out, "canceled 5") {
		t.Fatalf("cancel: %v\n%s", err, out)
	}
	if _, err := maker("order", "cancel", "--client-id", "7"); err == nil || exitCode(err) != 1 || !strings.Contains(err.Error(), "unknown_order") {
		t.Fatalf("cancel again: %v", err)
	}
	if _, err := maker("order", "place", "--market", w.symbol, "--side", "buy", "--price", "2", "--size", "1", "--client-id", "8"); err != nil {
		t.Fatal(err)
	}
	out, err = maker("order", "cancel-all", "--market", w.symbol)
	if err != nil || !strings.Contains(out, "1 orders") {
		t.Fatalf("cancel-all: %v\n%s", err, out)
	}

	for _, c := range []struct {
		args []string
		msg  string
	}{
		{[]string{"order", "place", "--market", "NOPE", "--side", "buy", "--price", "2", "--size", "1", "--client-id", "9"}, "unknown market"},
		{[]string{"order", "place", "--market", w.symbol, "--side", "buy", "--price", "2.00001", "--size", "1", "--client-id", "9"}, "whole number"},
		{[]string{"order", "place", "--market", w.symbol, "--side", "buy", "--price", "2", "--size", "1"}, "--client-id is required"},
		{[]string{"order", "place", "--market", w.symbol, "--side", "up", "--price", "2", "--size", "1", "--client-id", "9"}, "want buy or sell"},
		{[]string{"order", "cancel"}, "--id or --client-id"},
		{[]string{"book", "NOPE"}, "unknown market"},
	} {
		_, err := maker(c.args...)
		if err == nil || exitCode(err) != 2 || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("%v: %v (exit %d), want %q", c.args, err, exitCode(err), c.msg)
		}
	}
	if _, _, err := w.cli(ctx, map[string]string{}, "balances"); err == nil || exitCode(err) != 2 {
		t.Errorf("balances without a key: %v", err)
	}
	if _, _, err := w.cli(ctx, nil, "balances", "--keystore", ka.URL.Path, "--password-file", filepath.Join(dir, "nope")); err == nil || exitCode(err) != 2 {
		t.Errorf("missing password file: %v", err)
	}
}
