package node_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/shopspring/decimal"

	"github.com/hourglass-exchange/hourglass/api/client"
	"github.com/hourglass-exchange/hourglass/api/wallet"
	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/exchange/settlement"
	"github.com/hourglass-exchange/hourglass/internal/node"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// TestGethEndToEnd runs the whole exchange against a real geth --dev: the
// operator deploys and seeds the contracts with geth's developer key and
// follows the chain over the websocket JSON-RPC, while two fresh traders
// use the HTTP JSON-RPC from their wallets (api/wallet) and the gateway
// over its websocket (api/client). The traders are funded on chain, deposit
// (the stablecoin, and the seller's tokens), sign in with SIWE, see their
// deposits credited, trade with signed orders, see their fills and then
// see them settled on chain, with the contract's balances equal to the
// gateway's; then the buyer requests a withdrawal, sees its available
// balance drop, and executes it after the withdrawal delay. Under CI=true a
// missing geth fails the test instead of skipping it.
func TestGethEndToEnd(t *testing.T) {
	rpcURL, wsURL, devKey := testsvc.Geth(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()

	const delay = 2 * time.Second
	var (
		mu      sync.Mutex
		batches []settlement.BatchEvent
	)
	cfg := node.Config{RPCURL: wsURL, DeployerKey: devKey, Confirmations: 1, WithdrawalDelay: delay,
		BatchFills: 100, BatchDelay: 200 * time.Millisecond,
		Settled: func(ev settlement.BatchEvent) {
			mu.Lock()
			batches = append(batches, ev)
			mu.Unlock()
		}}
	withDemo(t, &cfg, 0)
	in := startOperator(t, cfg)
	if in.Embedded || in.RPCURL != wsURL {
		t.Fatalf("the operator runs on %q (embedded %v), not geth's websocket %s", in.RPCURL, in.Embedded, wsURL)
	}

	// The wallets' side of the chain: HTTP JSON-RPC.
	eth, err := ethclient.DialContext(ctx, rpcURL)
	if err != nil {
		t.Fatal(err)
	}
	defer eth.Close()
	gw := "http://" + in.Gateway
	chainInfo, err := (&client.REST{BaseURL: gw}).Chain(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if chainInfo.Exchange != in.Contracts.Exchange || chainInfo.ChainID != in.ChainID.Uint64() {
		t.Fatalf("GET /v1/chain %+v, the operator deployed %+v", chainInfo, in.Contracts)
	}
	// The gateway lists the markets once the publisher has read them from
	// the engine.
	var markets []client.Market
	testsvc.CheckFor(t, 10*time.Second, 20*time.Millisecond, func() error {
		markets, err = (&client.REST{BaseURL: gw}).Markets(ctx)
		if err == nil && len(markets) == 0 {
			err = errors.New("GET /v1/markets lists no market yet")
		}
		return err
	})
	mkt := markets[0]
	instID, err := instrument.ParseID(mkt.Instrument)
	if err != nil {
		t.Fatalf("market %s: instrument %q: %v", mkt.Symbol, mkt.Instrument, err)
	}
	token := instID.Big()
	t.Logf("market %s: tick %s, lot %s, fees %d/%d bps, decimals %d/%d", mkt.Symbol, mkt.TickSize, mkt.LotSize,
		mkt.MakerFeeBps, mkt.TakerFeeBps, mkt.AssetDecimals.Quote, mkt.AssetDecimals.Base)

	// Two fresh traders, funded by the developer key (which deployed the
	// contracts, owns the stablecoin and is the demo's provider): ETH for
	// gas and stablecoin for both, and tokens of the market for the
	// seller, minted through the vault on a node of its own.
	buyerKey, sellerKey := newKey(t), newKey(t)
	buyer, seller := crypto.PubkeyToAddress(buyerKey.PublicKey), crypto.PubkeyToAddress(sellerKey.PublicKey)
	const tokens = 50
	cash := big.NewInt(1_000 * 1_000_000) // 1,000 USDC
	dev := newDevSender(ctx, t, eth, devKey, in.ChainID)
	oneETH := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	dev.transfer(buyer, oneETH)
	dev.transfer(seller, oneETH)
	coin, vault, tok := bindings.NewMockStablecoin(), bindings.NewProviderVault(), bindings.NewGPUHourToken()
	collateral := big.NewInt(1_000 * 1_000_000)
	dev.call(in.Contracts.Stablecoin, coin.PackMint(buyer, cash))
	dev.call(in.Contracts.Stablecoin, coin.PackMint(seller, cash))
	dev.call(in.Contracts.Stablecoin, coin.PackMint(dev.from, collateral))
	var node [32]byte
	copy(node[:], "hourglass e2e test node")
	dev.call(in.Contracts.Vault, vault.PackProposeNode(node, instID.GradeKey().Big(), 1, crypto.PubkeyToAddress(newKey(t).PublicKey)))
	dev.call(in.Contracts.Vault, vault.PackApproveNode(dev.from, node))
	dev.call(in.Contracts.Stablecoin, coin.PackApprove(in.Contracts.Vault, collateral))
	dev.call(in.Contracts.Vault, vault.PackDepositCollateral(collateral))
	dev.call(in.Contracts.Vault, vault.PackMint(token, big.NewInt(tokens)))
	dev.call(in.Contracts.Token, tok.PackSafeTransferFrom(dev.from, seller, token, big.NewInt(tokens), nil))
	dev.flush()

	contracts := wallet.Contracts{ChainID: in.ChainID, Exchange: chainInfo.Exchange, Stablecoin: chainInfo.Stablecoin,
		Token: chainInfo.Token, Confirmations: chainInfo.Confirmations}
	bw, sw := wallet.New(eth, buyerKey, contracts), wallet.New(eth, sellerKey, contracts)
	bw.Poll, sw.Poll = 20*time.Millisecond, 20*time.Millisecond
	if got, err := sw.TokenBalance(ctx, token); err != nil || got.Int64() != tokens {
		t.Fatalf("the seller's wallet holds %v tokens, %v; want %d", got, err, tokens)
	}

	// Both sign in over the gateway's websocket and follow their private
	// channels.
	type trader struct {
		name   string
		key    *ecdsa.PrivateKey
		w      *wallet.Wallet
		c      *client.Client
		events *privateEvents
	}
	traders := []*trader{{name: "buyer", key: buyerKey, w: bw}, {name: "seller", key: sellerKey, w: sw}}
	for _, tr := range traders {
		c, err := client.DialGateway(ctx, gw)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		s, err := c.Login(ctx, tr.key)
		if err != nil {
			t.Fatalf("%s: login: %v", tr.name, err)
		}
		if s.Address != tr.w.Address() || s.ChainID != in.ChainID.Uint64() {
			t.Fatalf("%s: session %+v", tr.name, s)
		}
		tr.c, tr.events = c, &privateEvents{settled: map[uint64]string{}}
		for _, ch := range []string{"fills", "settlement"} {
			if err := c.SubscribePrivate(ctx, ch, tr.events.handle); err != nil {
				t.Fatalf("%s: subscribe %s: %v", tr.name, ch, err)
			}
		}
	}

	// Deposits: the stablecoin (approve, then deposit) for both, the
	// tokens for the seller; the settlement pipeline's watcher credits
	// them, and the gateway shows them.
	if _, err := bw.DepositCash(ctx, cash); err != nil {
		t.Fatal(err)
	}
	if _, err := sw.DepositCash(ctx, cash); err != nil {
		t.Fatal(err)
	}
	if _, err := sw.DepositToken(ctx, token, big.NewInt(tokens)); err != nil {
		t.Fatal(err)
	}
	usdc := func(units int64) string { return decimal.New(units, -int32(mkt.AssetDecimals.Quote)).String() }
	waitBalances(t, traders[0].c, map[string]string{"USDC": usdc(cash.Int64())})
	waitBalances(t, traders[1].c, map[string]string{"USDC": usdc(cash.Int64()), mkt.Symbol: fmt.Sprint(tokens)})

	// Trade: the seller rests an offer, the buyer lifts it in two orders;
	// two fills, each seen by both sides, each settled on chain.
	const price = "2.1"
	lot := decimal.RequireFromString(mkt.LotSize)
	ask, err := traders[1].c.PlaceOrder(ctx, client.OrderParams{Market: mkt.Symbol, Side: "sell", Price: price,
		Size: lot.Mul(decimal.NewFromInt(30)).String(), ClientOrderID: 1, PostOnly: true})
	if err != nil || ask.Status != "open" {
		t.Fatalf("seller's order: %+v, %v", ask, err)
	}
	for i, n := range []int64{10, 20} {
		ack, err := traders[0].c.PlaceOrder(ctx, client.OrderParams{Market: mkt.Symbol, Side: "buy", Price: price,
			Size: lot.Mul(decimal.NewFromInt(n)).String(), TIF: "ioc", ClientOrderID: uint64(i + 1)})
		if err != nil || ack.Status != "filled" {
			t.Fatalf("buyer's order %d: %+v, %v", i+1, ack, err)
		}
	}
	for _, tr := range traders {
		testsvc.CheckFor(t, 30*time.Second, 20*time.Millisecond, func() error {
			fills, settled := tr.events.counts()
			if fills != 2 || settled != 2 {
				return fmt.Errorf("%s: %d fills, %d settled on the private channels; want 2 and 2", tr.name, fills, settled)
			}
			return nil
		})
		tr.events.check(t, tr.name)
		fs, err := tr.c.REST().Fills(ctx, client.Page{})
		if err != nil || len(fs) != 2 {
			t.Fatalf("%s: GET /v1/fills %+v, %v", tr.name, fs, err)
		}
	}
	mu.Lock()
	var settledFills int
	for _, b := range batches {
		if b.Kind == "resolved" {
			settledFills += b.Settled
			if b.Skipped != 0 {
				t.Errorf("batch %d: %d fills skipped", b.Batch, b.Skipped)
			}
		}
	}
	mu.Unlock()
	t.Logf("2 fills settled in %d batch events; checking balances", len(batches))
	if settledFills != 2 {
		t.Errorf("the pipeline reports %d fills settled, want 2", settledFills)
	}

	// The contract holds what the gateway reports, asset by asset.
	for _, tr := range traders {
		bals := balances(t, tr.c)
		for asset, id := range map[string]*big.Int{"USDC": wallet.Cash, mkt.Symbol: token} {
			onChain, err := tr.w.ExchangeBalance(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			dec := mkt.AssetDecimals.Quote
			if asset != "USDC" {
				dec = mkt.AssetDecimals.Base
			}
			b := bals[asset]
			total := decimal.RequireFromString(orZero(b.Available)).Add(decimal.RequireFromString(orZero(b.Held))).Shift(int32(dec))
			if total.BigInt().Cmp(onChain) != 0 {
				t.Errorf("%s %s: the gateway reports %s+%s, the contract holds %s base units", tr.name, asset, b.Available, b.Held, onChain)
			}
		}
	}
	bought := lot.Mul(decimal.NewFromInt(30)).Shift(int32(mkt.AssetDecimals.Base))
	if got, _ := bw.ExchangeBalance(ctx, token); got == nil || got.Cmp(bought.BigInt()) != 0 {
		t.Errorf("the buyer holds %v tokens in the Exchange, want %s", got, bought)
	}

	// Withdraw: the request leaves the buyer's available balance once the
	// watcher confirms it; after the delay the wallet executes it and
	// receives the stablecoin.
	before := balances(t, traders[0].c)["USDC"]
	out := big.NewInt(100 * 1_000_000)
	if _, err := bw.RequestWithdrawal(ctx, wallet.Cash, out); err != nil {
		t.Fatal(err)
	}
	want := decimal.RequireFromString(before.Available).Sub(decimal.New(out.Int64(), -int32(mkt.AssetDecimals.Quote)))
	testsvc.CheckFor(t, 20*time.Second, 20*time.Millisecond, func() error {
		b := balances(t, traders[0].c)["USDC"]
		if !decimal.RequireFromString(b.Available).Equal(want) {
			return fmt.Errorf("available USDC %s, want %s", b.Available, want)
		}
		return nil
	})
	p, err := bw.PendingWithdrawal(ctx, wallet.Cash)
	if err != nil || p.Amount.Cmp(out) != 0 {
		t.Fatalf("pending withdrawal %+v, %v", p, err)
	}
	walletBefore, err := bw.StablecoinBalance(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// geth --dev mines only when a transaction comes: the seller pokes it
	// with empty transfers until a block is past the withdrawal's time.
	poke := newDevSender(ctx, t, eth, sellerKey, in.ChainID)
	poke.mineUntil(p.ReadyAt, 250*time.Millisecond)
	rc, err := bw.ExecuteWithdrawal(ctx, wallet.Cash)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("withdrawal requested, ready at %s, executed in block %d", p.ReadyAt.Format(time.TimeOnly), rc.BlockNumber)
	walletAfter, err := bw.StablecoinBalance(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).Sub(walletAfter, walletBefore); got.Cmp(out) != 0 {
		t.Fatalf("the wallet received %s base units, want %s", got, out)
	}
	if p, err := bw.PendingWithdrawal(ctx, wallet.Cash); err != nil || p.Amount.Sign() != 0 {
		t.Fatalf("still pending after execution: %+v, %v", p, err)
	}
	// The engine's balance and the contract's still agree.
	onChain, err := bw.ExchangeBalance(ctx, wallet.Cash)
	if err != nil {
		t.Fatal(err)
	}
	b := balances(t, traders[0].c)["USDC"]
	total := decimal.RequireFromString(orZero(b.Available)).Add(decimal.RequireFromString(orZero(b.Held))).Shift(int32(mkt.AssetDecimals.Quote))
	if total.BigInt().Cmp(onChain) != 0 {
		t.Errorf("after the withdrawal: the gateway reports %s+%s USDC, the contract holds %s", b.Available, b.Held, onChain)
	}
}

// privateEvents collects a trader's fills and settlement states from the
// private channels.
type privateEvents struct {
	mu      sync.Mutex
	fills   []client.Fill
	settled map[uint64]string // fill id → last settlement state
	batches map[uint64]uint64 // fill id → batch
	errs    []error
}

func (p *privateEvents) handle(ev *client.Event) {
	if ev.Type != "update" {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	switch ev.Channel {
	case "fills":
		var f client.Fill
		if err := json.Unmarshal(ev.Data, &f); err != nil {
			p.errs = append(p.errs, err)
			return
		}
		p.fills = append(p.fills, f)
	case "settlement":
		var s client.Settlement
		if err := json.Unmarshal(ev.Data, &s); err != nil {
			p.errs = append(p.errs, err)
			return
		}
		if s.State == "reverted" {
			p.errs = append(p.errs, fmt.Errorf("fill %d reverted: %s (%s)", s.FillID, s.Reason, s.Party))
		}
		p.settled[s.FillID] = s.State
		if s.Batch != 0 {
			if p.batches == nil {
				p.batches = map[uint64]uint64{}
			}
			p.batches[s.FillID] = s.Batch
		}
	}
}

// counts returns the fills seen and how many of them are settled.
func (p *privateEvents) counts() (fills, settled int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, f := range p.fills {
		if p.settled[f.FillID] == "settled" {
			settled++
		}
	}
	return len(p.fills), settled
}

func (p *privateEvents) check(t *testing.T, name string) {
	t.Helper()
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, err := range p.errs {
		t.Errorf("%s: %v", name, err)
	}
	for _, f := range p.fills {
		if f.Settlement != "matched" {
			t.Errorf("%s: fill %d arrived %q, want matched", name, f.FillID, f.Settlement)
		}
		if p.batches[f.FillID] == 0 {
			t.Errorf("%s: fill %d settled with no batch", name, f.FillID)
		}
	}
}

// balances reads GET /v1/balances by asset.
func balances(t *testing.T, c *client.Client) map[string]client.Balance {
	t.Helper()
	bs, err := c.REST().Balances(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]client.Balance{}
	for _, b := range bs {
		m[b.Asset] = b
	}
	return m
}

// waitBalances waits until the account's available balances are want.
func waitBalances(t *testing.T, c *client.Client, want map[string]string) {
	t.Helper()
	testsvc.CheckFor(t, 30*time.Second, 20*time.Millisecond, func() error {
		bs, err := c.REST().Balances(context.Background())
		if err != nil {
			return err
		}
		got := map[string]string{}
		for _, b := range bs {
			got[b.Asset] = b.Available
		}
		for a, w := range want {
			g, ok := got[a]
			if !ok || !decimal.RequireFromString(g).Equal(decimal.RequireFromString(w)) {
				return fmt.Errorf("balances %v, want %v", got, want)
			}
		}
		return nil
	})
}

func orZero(s string) string {
	if s == "" {
		return "0"
	}
	return s
}

func newKey(t *testing.T) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// devSender sends transactions from one key with nonces it counts, so
// that several go into one block, and waits for them all at flush.
type devSender struct {
	t       *testing.T
	ctx     context.Context
	eth     *ethclient.Client
	key     *ecdsa.PrivateKey
	from    common.Address
	chainID *big.Int
	nonce   uint64
	sent    []*types.Transaction
}

func newDevSender(ctx context.Context, t *testing.T, eth *ethclient.Client, key *ecdsa.PrivateKey, chainID *big.Int) *devSender {
	t.Helper()
	from := crypto.PubkeyToAddress(key.PublicKey)
	n, err := eth.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	return &devSender{t: t, ctx: ctx, eth: eth, key: key, from: from, chainID: chainID, nonce: n}
}

func (s *devSender) transfer(to common.Address, value *big.Int) { s.send(to, value, nil, 21_000) }

// mineUntil pokes the chain with empty transfers to itself, checking every
// poll, until a block's time is at or past at: geth --dev mines only when
// a transaction comes.
func (s *devSender) mineUntil(at time.Time, poll time.Duration) {
	s.t.Helper()
	testsvc.CheckFor(s.t, 30*time.Second, poll, func() error {
		h, err := s.eth.HeaderByNumber(s.ctx, nil)
		if err != nil {
			return err
		}
		if bt := time.Unix(int64(h.Time), 0); bt.Before(at) {
			s.transfer(s.from, new(big.Int))
			s.flush()
			return fmt.Errorf("block %d at %s, waiting for %s", h.Number, bt, at)
		}
		return nil
	})
}

func (s *devSender) call(to common.Address, data []byte) { s.send(to, nil, data, 1_000_000) }

func (s *devSender) send(to common.Address, value *big.Int, data []byte, gas uint64) {
	s.t.Helper()
	h, err := s.eth.HeaderByNumber(s.ctx, nil)
	if err != nil {
		s.t.Fatal(err)
	}
	tip := big.NewInt(1_000_000_000)
	feeCap := new(big.Int).Add(new(big.Int).Mul(h.BaseFee, big.NewInt(2)), tip)
	if value == nil {
		value = new(big.Int)
	}
	tx, err := types.SignNewTx(s.key, types.LatestSignerForChainID(s.chainID), &types.DynamicFeeTx{ChainID: s.chainID,
		Nonce: s.nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: &to, Value: value, Data: data})
	if err != nil {
		s.t.Fatal(err)
	}
	if err := s.eth.SendTransaction(s.ctx, tx); err != nil {
		s.t.Fatalf("transaction %d from %s: %v", s.nonce, s.from, err)
	}
	s.nonce++
	s.sent = append(s.sent, tx)
}

// flush waits until every transaction sent is mined and succeeded.
func (s *devSender) flush() {
	s.t.Helper()
	for _, tx := range s.sent {
		var rc *types.Receipt
		testsvc.CheckFor(s.t, 30*time.Second, 10*time.Millisecond, func() error {
			var err error
			rc, err = s.eth.TransactionReceipt(s.ctx, tx.Hash())
			if errors.Is(err, ethereum.NotFound) || err != nil && strings.Contains(err.Error(), "indexing is in progress") {
				return fmt.Errorf("transaction %s not mined", tx.Hash())
			}
			return err
		})
		if rc.Status != types.ReceiptStatusSuccessful {
			s.t.Fatalf("transaction %s (nonce %d) reverted", tx.Hash(), tx.Nonce())
		}
	}
	s.sent = nil
}
