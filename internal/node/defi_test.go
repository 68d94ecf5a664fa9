package node_test

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	bindv2 "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/api/client"
	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/bindings/morpho"
	"github.com/hourglass-exchange/hourglass/contracts/deploy"
	"github.com/hourglass-exchange/hourglass/internal/node"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// TestLendingOnTheMark lends against GPU-hours bought on the book, valued
// by the mark the operator posts from real trades: the buyer of the lease
// tests' setup (its tokens withdrawn to its wallet) wraps them with the
// wrapper GET /v1/chain lists (the embedded chain creates it at start),
// posts them in a real Morpho Blue market (MorphoMarkOracle over the
// market's MarkPriceFeed, 77 % LLTV), is refused a loan one base unit
// past the LLTV and lent up to it. Trades on the book at a lower price move
// the operator's mark down round by round; the position becomes
// liquidatable, a liquidator seizes the collateral and unwraps it to
// ERC-1155 GPU-hours.
func TestLendingOnTheMark(t *testing.T) {
	if testing.Short() {
		t.Skip("the operator and a lending market on the embedded chain")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	r := startLeaseRun(t, ctx, node.Config{})
	eth, user := r.eth, r.bkey
	me := crypto.PubkeyToAddress(user.PublicKey)

	// GET /v1/chain: the factory, and the market's feed and wrapper.
	chain, err := (&client.REST{BaseURL: r.gw}).Chain(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if chain.WrapperFactory == (common.Address{}) || chain.WrapperFactory != r.in.Contracts.WrapperFactory {
		t.Fatalf("wrapper_factory %s, deployment %s", chain.WrapperFactory, r.in.Contracts.WrapperFactory)
	}
	var feed, wrapper common.Address
	for _, f := range chain.MarkFeeds {
		if f.Market == r.mkt.Symbol {
			feed, wrapper = f.Feed, f.Wrapper
		}
	}
	if feed == (common.Address{}) || wrapper != deploy.WrapperAddress(chain.WrapperFactory, chain.Token, r.id) {
		t.Fatalf("mark_feeds %+v: want %s's wrapper at %s", chain.MarkFeeds, r.mkt.Symbol, deploy.WrapperAddress(chain.WrapperFactory, chain.Token, r.id))
	}
	if code, err := eth.CodeAt(ctx, wrapper, nil); err != nil || len(code) == 0 {
		t.Fatalf("no wrapper deployed at %s (%v)", wrapper, err)
	}
	fb := bindings.NewMarkPriceFeed()
	fi := fb.Instance(eth, feed)
	answer := func() int64 {
		a, err := bindv2.Call(fi, &bindv2.CallOpts{Context: ctx}, fb.PackLatestAnswer(), fb.UnpackLatestAnswer)
		if err != nil {
			return 0 // NoData before the first round
		}
		return a.Int64()
	}
	// The setup's trade at 2.10 is the first mark.
	testsvc.CheckFor(t, 30*time.Second, 50*time.Millisecond, func() error {
		if a := answer(); a != 210_000_000 {
			return fmt.Errorf("feed answer %d, want the trade's 2.10", a)
		}
		return nil
	})

	// A lender and a liquidator: fresh keys with gas and stablecoin from
	// the user's wallet.
	lenderKey, _ := crypto.GenerateKey()
	liqKey, _ := crypto.GenerateKey()
	lender, liq := crypto.PubkeyToAddress(lenderKey.PublicKey), crypto.PubkeyToAddress(liqKey.PublicKey)
	coin := bindings.NewMockStablecoin()
	s := newDevSender(ctx, t, eth, user, r.in.ChainID)
	eth1 := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	for _, a := range []common.Address{lender, liq} {
		s.transfer(a, eth1)
		s.call(chain.Stablecoin, coin.PackTransfer(a, big.NewInt(100_000_000))) // 100 USDC
	}
	s.flush()

	// Morpho Blue (owned by the user here), the adapter and the market.
	mAddr, irm, err := deploy.DeployMorpho(ctx, eth, user)
	if err != nil {
		t.Fatal(err)
	}
	ob := bindings.NewMorphoMarkOracle()
	opts := bindv2.NewKeyedTransactor(user, r.in.ChainID)
	opts.Context = ctx
	oracle, tx, err := bindv2.DeployContract(opts, common.FromHex(bindings.MorphoMarkOracleMetaData.Bin), eth,
		ob.PackConstructor(feed, 6, big.NewInt(0), big.NewInt(0)))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bindv2.WaitDeployed(ctx, eth, tx.Hash()); err != nil {
		t.Fatal(err)
	}
	lltv := new(big.Int).Mul(big.NewInt(77), big.NewInt(1e16))
	params := morpho.MarketParams{LoanToken: chain.Stablecoin, CollateralToken: wrapper, Oracle: oracle, Irm: irm, Lltv: lltv}
	mid, err := deploy.CreateMorphoMarket(ctx, eth, user, mAddr, params)
	if err != nil {
		t.Fatal(err)
	}
	mb := morpho.NewMorpho()
	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	ls := newDevSender(ctx, t, eth, lenderKey, r.in.ChainID)
	ls.call(chain.Stablecoin, coin.PackApprove(mAddr, max))
	ls.call(mAddr, mb.PackSupply(params, big.NewInt(100_000_000), big.NewInt(0), lender, nil))
	ls.flush()

	// The user wraps what it bought and posts it.
	wb := bindings.NewWrappedGPUHour()
	tb := bindings.NewGPUHourToken()
	collateral := new(big.Int).Mul(r.bought, big.NewInt(1e18))
	s = newDevSender(ctx, t, eth, user, r.in.ChainID)
	s.call(chain.Token, tb.PackSafeTransferFrom(me, wrapper, r.token, r.bought, nil))
	s.call(wrapper, wb.PackApprove(mAddr, max))
	s.call(mAddr, mb.PackSupplyCollateral(params, collateral, me, nil))
	s.flush()

	// At most collateral x price / 1e36 x LLTV (Morpho rounds down).
	price, err := bindv2.Call(ob.Instance(eth, oracle), &bindv2.CallOpts{Context: ctx}, ob.PackPrice(), ob.UnpackPrice)
	if err != nil {
		t.Fatal(err)
	}
	maxBorrow := new(big.Int).Mul(collateral, price)
	maxBorrow.Div(maxBorrow, new(big.Int).Exp(big.NewInt(10), big.NewInt(36), nil))
	maxBorrow.Mul(maxBorrow, lltv)
	maxBorrow.Div(maxBorrow, big.NewInt(1e18))
	if want := new(big.Int).Div(new(big.Int).Mul(r.bought, big.NewInt(2_100_000*77)), big.NewInt(100)); maxBorrow.Cmp(want) != 0 {
		t.Fatalf("max borrow %s, want %s (%s GPU-hours at 2.10, 77%%)", maxBorrow, want, r.bought)
	}
	borrow := func(v *big.Int) []byte { return mb.PackBorrow(params, v, big.NewInt(0), me, me) }
	over := new(big.Int).Add(maxBorrow, big.NewInt(1))
	if _, err := eth.EstimateGas(ctx, ethereum.CallMsg{From: me, To: &mAddr, Data: borrow(over)}); err == nil ||
		!strings.Contains(err.Error(), "insufficient collateral") {
		t.Fatalf("borrowing %s past the LLTV: %v", over, err)
	}
	s.call(mAddr, borrow(maxBorrow))
	s.flush()
	liquidate := func(seize *big.Int) []byte { return mb.PackLiquidate(params, me, seize, big.NewInt(0), nil) }
	if _, err := eth.EstimateGas(ctx, ethereum.CallMsg{From: lender, To: &mAddr, Data: liquidate(big.NewInt(1))}); err == nil ||
		!strings.Contains(err.Error(), "position is healthy") {
		t.Fatalf("liquidating at the LLTV: %v", err)
	}

	// Real trades at 1.90 (inside the engine's price band) move the
	// operator's mark down: the position is no longer healthy.
	bc, _ := r.login(user)
	lot := r.mkt.LotSize
	for i := range 3 {
		if ack, err := r.sc.PlaceOrder(ctx, client.OrderParams{Market: r.mkt.Symbol, Side: "sell", Price: "1.9", Size: lot,
			ClientOrderID: uint64(10 + i)}); err != nil || ack.Status != "open" {
			t.Fatalf("sell at 1.90: %+v %v", ack, err)
		}
		if ack, err := bc.PlaceOrder(ctx, client.OrderParams{Market: r.mkt.Symbol, Side: "buy", Price: "1.9", Size: lot, TIF: "ioc",
			ClientOrderID: uint64(10 + i)}); err != nil || ack.Status != "filled" {
			t.Fatalf("buy at 1.90: %+v %v", ack, err)
		}
	}
	testsvc.CheckFor(t, 60*time.Second, 100*time.Millisecond, func() error {
		if a := answer(); a != 190_000_000 {
			return fmt.Errorf("feed answer %d, waiting for the trades' 1.90 (3 lots against 2 at 2.10: the median)", a)
		}
		return nil
	})
	t.Logf("the mark fell to %d", answer())

	// A liquidator seizes half the collateral (all of it would be worth
	// more than the debt, with the incentive) and unwraps it.
	half := new(big.Int).Div(r.bought, big.NewInt(2))
	seized := new(big.Int).Mul(half, big.NewInt(1e18))
	q := newDevSender(ctx, t, eth, liqKey, r.in.ChainID)
	q.call(chain.Stablecoin, coin.PackApprove(mAddr, max))
	q.call(mAddr, liquidate(seized))
	q.flush()
	pos, err := bindv2.Call(mb.Instance(eth, mAddr), &bindv2.CallOpts{Context: ctx}, mb.PackPosition(mid, me), mb.UnpackPosition)
	if err != nil || pos.Collateral.Cmp(new(big.Int).Sub(collateral, seized)) != 0 {
		t.Fatalf("the borrower's position after liquidation %+v %v", pos, err)
	}
	q.call(wrapper, wb.PackUnwrap(half, liq))
	q.flush()
	got, err := bindv2.Call(tb.Instance(eth, chain.Token), &bindv2.CallOpts{Context: ctx}, tb.PackBalanceOf(liq, r.token), tb.UnpackBalanceOf)
	if err != nil || got.Cmp(half) != 0 {
		t.Fatalf("the liquidator holds %s GPU-hour tokens, want %s (%v)", got, half, err)
	}
}
