package tests

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/bindings/morpho"
	"github.com/hourglass-exchange/hourglass/contracts/deploy"
	"github.com/hourglass-exchange/hourglass/internal/evm/devchain"
)

// usdc is v whole USDC in base units (6 decimals).
func usdc(v int64) *big.Int { return new(big.Int).Mul(big.NewInt(v), big.NewInt(1_000_000)) }

// TestMorphoLending runs a real Morpho Blue 1.0.0 market (built from its
// npm package with solc 0.8.19) with a wrapped GPU-hour as collateral, the
// stablecoin as loan token and MorphoMarkOracle over the reservation's
// MarkPriceFeed as oracle, at 77 % LLTV: the worked market of docs/defi.md.
// 100 GPU-hours at $2.50 allow 192.50 USDC: 210 is refused ("insufficient
// collateral"), 190 lent. The mark falls to $2.00: the position is
// liquidatable, a liquidator seizes 40 wrapped GPU-hours for ~74.5 USDC of
// debt and unwraps them to ERC-1155 GPU-hours. Later the ramp halves the
// price, and from the close the price is 0 and the rest of the collateral
// can be seized with the remaining debt booked as bad debt, without the
// oracle ever reverting.
func TestMorphoLending(t *testing.T) {
	w := newWrapEnv(t, 100)
	const lender, liquidator = firstProvider + 1, firstProvider + 2
	borrower := holder
	ctx := context.Background()

	// The feed at $2.50 and the adapter: USDC (6 decimals), 1 h staleness
	// bound, 48 h ramp.
	fb := bindings.NewMarkPriceFeed()
	feed, _, err := w.c.Deploy(adminAcct, &bindings.MarkPriceFeedMetaData, fb.PackConstructor(w.id, w.addr(adminAcct), w.addr(adminAcct)))
	if err != nil {
		t.Fatal(err)
	}
	fi := fb.Instance(w.c.Client, feed)
	w.send(adminAcct, fi, fb.PackPostMark(big.NewInt(250_000_000)))
	ob := bindings.NewMorphoMarkOracle()
	const ramp = 48 * 3600 // the window closes ~70 h from now
	oracle, _, err := w.c.Deploy(adminAcct, &bindings.MorphoMarkOracleMetaData, ob.PackConstructor(feed, 6, big.NewInt(3600), big.NewInt(ramp)))
	if err != nil {
		t.Fatal(err)
	}

	// Morpho, owned by the admin, with its IrmMock; the market (deploy's
	// helpers wait for their transactions: a miner mines them meanwhile).
	miner := devchain.MineEvery(w.c, 10*time.Millisecond)
	mAddr, irm, err := deploy.DeployMorpho(ctx, w.c.Client, w.c.Keys[adminAcct])
	if err != nil {
		t.Fatal(err)
	}
	mb := morpho.NewMorpho()
	mi := mb.Instance(w.c.Client, mAddr)
	params := morpho.MarketParams{LoanToken: w.coinAddr, CollateralToken: w.wrapAddr, Oracle: oracle, Irm: irm,
		Lltv: new(big.Int).Mul(big.NewInt(77), big.NewInt(1e16))}
	mid, err := deploy.CreateMorphoMarket(ctx, w.c.Client, w.c.Keys[adminAcct], mAddr, params)
	miner.Stop()
	if err != nil {
		t.Fatal(err)
	}
	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	for _, who := range []int{lender, liquidator} {
		w.send(adminAcct, w.coinInst, w.coin.PackMint(w.addr(who), usdc(10_000)))
		w.send(who, w.coinInst, w.coin.PackApprove(mAddr, max))
	}
	w.send(lender, mi, mb.PackSupply(params, usdc(10_000), big.NewInt(0), w.addr(lender), nil))

	// The borrower wraps 100 GPU-hours and posts them.
	w.wrap(borrower, 100, nil)
	w.send(borrower, w.wInst, w.w.PackApprove(mAddr, max))
	r := w.send(borrower, mi, mb.PackSupplyCollateral(params, units(100), w.addr(borrower), nil))
	t.Logf("gas Morpho.supplyCollateral (100 wrapped GPU-hours): %d", r.GasUsed)
	borrow := func(v *big.Int) []byte {
		return mb.PackBorrow(params, v, big.NewInt(0), w.addr(borrower), w.addr(borrower))
	}
	_, err = w.c.Client.EstimateGas(ctx, callFrom(w.addr(borrower), mAddr, borrow(usdc(210))))
	if err == nil || !strings.Contains(err.Error(), "insufficient collateral") {
		t.Fatalf("borrowing 210 USDC against 250 USDC of collateral at 77%% LLTV: %v", err)
	}
	before := w.coinBalance(w.addr(borrower))
	r = w.send(borrower, mi, borrow(usdc(190)))
	t.Logf("gas Morpho.borrow: %d", r.GasUsed)
	if got := new(big.Int).Sub(w.coinBalance(w.addr(borrower)), before); got.Cmp(usdc(190)) != 0 {
		t.Fatalf("the borrower received %s", got)
	}
	liquidate := func(seize *big.Int) []byte {
		return mb.PackLiquidate(params, w.addr(borrower), seize, big.NewInt(0), nil)
	}
	if _, err := w.c.Client.EstimateGas(ctx, callFrom(w.addr(liquidator), mAddr, liquidate(units(1)))); err == nil ||
		!strings.Contains(err.Error(), "position is healthy") {
		t.Fatalf("liquidating a healthy position: %v", err)
	}

	// The mark falls to $2.00: 100 x 2.00 x 0.77 = 154 < 190.
	w.send(adminAcct, fi, fb.PackPostMark(big.NewInt(200_000_000)))
	coinBefore := w.coinBalance(w.addr(liquidator))
	r = w.send(liquidator, mi, liquidate(units(40)))
	t.Logf("gas Morpho.liquidate: %d", r.GasUsed)
	paid := new(big.Int).Sub(coinBefore, w.coinBalance(w.addr(liquidator)))
	// 40 x 2.00 / LIF (1 / (1 - 0.3 x 0.23) = 1.0741...) = 74.48 USDC.
	if paid.Cmp(usdc(74)) < 0 || paid.Cmp(usdc(75)) > 0 {
		t.Fatalf("the liquidator paid %s for 40 GPU-hours at $2.00", paid)
	}
	if got := w.wbal(w.addr(liquidator)); got.Cmp(units(40)) != 0 {
		t.Fatalf("the liquidator holds %s units", got)
	}
	tokBefore := w.tokenBalance(liquidator, w.id)
	w.send(liquidator, w.wInst, w.w.PackUnwrap(big.NewInt(40), w.addr(liquidator)))
	if got := new(big.Int).Sub(w.tokenBalance(liquidator, w.id), tokBefore); got.Int64() != 40 {
		t.Fatalf("the liquidator unwrapped %s GPU-hours", got)
	}
	w.backed()

	// Half-way through the ramp the price is half the mark; from the close
	// it is 0 and the rest is seized, the debt left booked as bad debt.
	close := int64(bits(w.id, 16, 32))*3600 - 7200
	w.setTime(close - ramp/2)
	p, err := bind.Call(ob.Instance(w.c.Client, oracle), nil, ob.PackPrice(), ob.UnpackPrice)
	if err != nil || p.Cmp(new(big.Int).Mul(big.NewInt(1e8), big.NewInt(1e16))) != 0 {
		t.Fatalf("mid-ramp price %s %v", p, err)
	}
	w.setTime(close + 3600)
	pos, err := bind.Call(mi, nil, mb.PackPosition(mid, w.addr(borrower)), mb.UnpackPosition)
	if err != nil || pos.Collateral.Cmp(units(60)) != 0 {
		t.Fatalf("position %+v %v", pos, err)
	}
	r = w.send(liquidator, mi, liquidate(pos.Collateral))
	if got := new(big.Int).Sub(coinBefore, w.coinBalance(w.addr(liquidator))); got.Cmp(paid) != 0 {
		t.Fatalf("seizing worthless collateral cost %s", new(big.Int).Sub(got, paid))
	}
	pos, err = bind.Call(mi, nil, mb.PackPosition(mid, w.addr(borrower)), mb.UnpackPosition)
	if err != nil || pos.Collateral.Sign() != 0 || pos.BorrowShares.Sign() != 0 {
		t.Fatalf("position after the close %+v %v", pos, err)
	}
	// The wrapped GPU-hours of an expired window still unwrap.
	w.send(liquidator, w.wInst, w.w.PackUnwrap(big.NewInt(60), w.addr(liquidator)))
	w.backed()
}
