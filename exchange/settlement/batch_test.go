package settlement

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/hourglass-exchange/hourglass/api/marketdata"
	"github.com/hourglass-exchange/hourglass/api/orderentry"
	"github.com/hourglass-exchange/hourglass/contracts/gasbench"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
)

const (
	cash  = exchange.AssetID(0)
	token = exchange.AssetID(1)
)

// TestEngineBatchSettlesOnChain is the engine and the contract agreeing:
// orders signed through the gateway's order entry are matched by the real
// engine, its settlement batch is built into calldata, and the real
// Exchange settles every fill, leaving every account's on-chain balances
// (and the fee recipient's) equal to the engine's.
func TestEngineBatchSettlesOnChain(t *testing.T) {
	env, err := gasbench.NewEnv(gasbench.FirstTrader+1, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	defer env.Close()
	keys := env.NewKeys(5)
	addrs := make([]common.Address, len(keys))
	for i, k := range keys {
		addrs[i] = k.Addr
	}
	const cashEach, tokensEach = 1_000_000_000, 1_000
	if err := env.FundCash(addrs, big.NewInt(cashEach)); err != nil {
		t.Fatal(err)
	}
	if err := env.FundTokens(addrs, env.Market, big.NewInt(tokensEach)); err != nil {
		t.Fatal(err)
	}
	feeBefore, err := env.Balance(env.Addr(gasbench.FeeRecipient), big.NewInt(0))
	if err != nil {
		t.Fatal(err)
	}

	// The same market and deposits in the engine.
	eng := exchange.New(exchange.Config{})
	feed := marketdata.New(marketdata.Config{})
	var seq uint64
	now, err := env.Now()
	if err != nil {
		t.Fatal(err)
	}
	apply := func(c exchange.Command) []exchange.Event {
		seq++
		c.Seq, c.Time = seq, int64(now)*1e9
		evs := eng.Apply(&c)
		feed.Apply(&c, evs)
		for _, ev := range evs {
			if ev.Kind == exchange.EvRejected {
				t.Fatalf("command %+v rejected: %v", c, ev.Reason)
			}
		}
		return append([]exchange.Event(nil), evs...)
	}
	var id instrument.ID
	env.Market.FillBytes(id[:])
	spec := &exchange.MarketSpec{Instrument: id, Symbol: "H100SXM-US-T1-2027-01-04+168h", BaseAsset: token, QuoteAsset: cash,
		TickSize: 100, LotSize: 1, MinNotional: 1, MaxPrice: 1 << 30, MaxQty: 1 << 20, MakerFeeBps: 2, TakerFeeBps: 5}
	apply(exchange.Command{Kind: exchange.CmdAddMarket, Spec: spec})
	for i, a := range addrs {
		apply(exchange.Command{Kind: exchange.CmdOpenAccount, Address: a})
		apply(exchange.Command{Kind: exchange.CmdDeposit, Account: exchange.AccountID(i), Asset: cash, Amount: cashEach})
		apply(exchange.Command{Kind: exchange.CmdDeposit, Account: exchange.AccountID(i), Asset: token, Amount: tokensEach})
	}

	entry := &orderentry.Entry{Domain: env.Domain, Markets: feed, Now: func() uint64 { return now }}
	metas := map[exchange.OrderID][]byte{}
	var nextID exchange.OrderID
	place := func(acct int, side, tif string, ticks, size int64) {
		t.Helper()
		nextID++
		p := orderentry.Place{Market: spec.Symbol, Side: side, TIF: tif, Price: fmt.Sprintf("%d.%04d", ticks/10000, ticks%10000),
			Size: strconv.FormatInt(size, 10), ClientOrderID: strconv.FormatUint(uint64(nextID), 10), MaxFeeBps: 10}
		p.Signature = sign(t, keys[acct].Priv, env.Domain, addrs[acct], env.Market, side, ticks*spec.TickSize, size, uint64(nextID))
		got, err := entry.Prepare(context.Background(), addrs[acct], p)
		if err != nil {
			t.Fatal(err)
		}
		c := got.Command
		c.Account, c.OrderID = exchange.AccountID(acct), nextID
		metas[nextID] = c.Meta
		apply(c)
	}
	place(0, "sell", "gtc", 25000, 10) // makers
	place(1, "sell", "gtc", 25100, 5)
	place(2, "buy", "gtc", 24500, 4)
	place(3, "buy", "ioc", 25200, 12) // takes 10 @ 2.5000 and 2 @ 2.5100
	place(4, "sell", "ioc", 24000, 3) // takes 3 @ 2.4500
	place(1, "buy", "ioc", 25100, 1)  // meets its own sell: self-trade prevention, no fill

	n := eng.UnbatchedCount()
	if n != 3 {
		t.Fatalf("%d fills, want 3", n)
	}
	apply(exchange.Command{Kind: exchange.CmdSettleBatch, Batch: 1, Count: uint32(n)})
	fills, ok := eng.Batch(1)
	if !ok {
		t.Fatal("no batch 1")
	}
	for _, f := range fills {
		if !bytes.Equal(f.TakerMeta, metas[f.TakerOrder]) || !bytes.Equal(f.MakerMeta, metas[f.MakerOrder]) {
			t.Fatalf("fill %v does not carry its orders' signed orders", f.ID)
		}
	}
	b, err := Build(fills, eng.Spec)
	if err != nil {
		t.Fatal(err)
	}
	res, err := env.SettleRaw(gasbench.Operator, env.NextBatchID(), b)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Skipped) != 0 || len(res.Settled) != n {
		t.Fatalf("settled %d, skipped %+v", len(res.Settled), res.Skipped)
	}
	for i, f := range fills {
		if s := res.Settled[i]; s.Qty.Int64() != f.Qty*spec.LotSize || s.Price.Int64() != f.Price*spec.TickSize {
			t.Errorf("fill %d settled %s @ %s, engine %d @ %d ticks", i, s.Qty, s.Price, f.Qty, f.Price)
		}
	}
	// On-chain balances are the engine's (held amounts are still the owner's on-chain).
	for i, a := range addrs {
		for _, asset := range []struct {
			engine exchange.AssetID
			chain  *big.Int
		}{{cash, big.NewInt(0)}, {token, env.Market}} {
			onChain, err := env.Balance(a, asset.chain)
			if err != nil {
				t.Fatal(err)
			}
			avail, held := eng.Balance(exchange.AccountID(i), asset.engine)
			if onChain.Int64() != avail+held {
				t.Errorf("account %d asset %d: chain %s, engine %d + %d held", i, asset.engine, onChain, avail, held)
			}
		}
	}
	feeAfter, err := env.Balance(env.Addr(gasbench.FeeRecipient), big.NewInt(0))
	if err != nil {
		t.Fatal(err)
	}
	fees, _ := eng.Balance(exchange.FeeAccount, cash)
	if got := new(big.Int).Sub(feeAfter, feeBefore); got.Int64() != fees || fees == 0 {
		t.Errorf("fee recipient got %s on chain, the engine's fee account %d", got, fees)
	}
}

// sign signs the order Prepare will build, as a wallet would.
func sign(t *testing.T, key *ecdsa.PrivateKey, d eip712.Domain, maker common.Address, market *big.Int, side string, price, amount int64, nonce uint64) string {
	t.Helper()
	s := eip712.Buy
	if side == "sell" {
		s = eip712.Sell
	}
	sig, err := eip712.Sign(key, d, eip712.Order{Maker: maker, Market: market, Side: s, Price: big.NewInt(price),
		Amount: big.NewInt(amount), MaxFeeBps: 10, Nonce: nonce, Salt: new(big.Int)})
	if err != nil {
		t.Fatal(err)
	}
	return hexutil.Encode(sig)
}
