package gasbench

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
)

// Shape is a settlement workload: Makers accounts with one resting sell
// order each, every one filled by TakersPerMaker takers, each a distinct
// account with one new buy order filled completely, all in one batch. This
// is the issue's workload ("10 maker accounts each with one resting order
// filled by 10 takers"): the batch fills each maker order completely.
type Shape struct {
	Makers, TakersPerMaker int
	// MakersRest: the maker orders are twice as large as the batch fills, so
	// they stay on the book half filled and their filled amount is stored
	// (one new storage slot each, about 22,100 gas).
	MakersRest bool
	// OnlySpent: makers deposited only tokens and takers only cash, so every
	// fill creates the taker's token slot and the maker's cash slot; otherwise
	// every account holds both assets in the exchange already.
	OnlySpent bool
}

// Fills is the number of fills of the shape.
func (s Shape) Fills() int { return s.Makers * s.TakersPerMaker }

// Benchmark figures: prices in stablecoin base units (6 decimals) per
// GPU-hour, quantities in GPU-hours.
const (
	benchQty        = 10
	benchMakerPrice = 2_500_000
	benchTakerLimit = 2_600_000
	benchTakerFee   = 5
	benchMakerFee   = 2
	benchMaxFee     = 10
)

// salt is a deterministic 64-bit salt, as a client would pick at random.
func salt(i int) uint64 { return 0x9e3779b97f4a7c15 * uint64(i+1) }

// Measure runs the shape with fresh accounts and returns the settle
// transaction's gas used and its gas per fill. Every fill must settle.
func (e *Env) Measure(s Shape) (total, perFill uint64, err error) {
	makers := e.NewKeys(s.Makers)
	takers := e.NewKeys(s.Makers * s.TakersPerMaker)
	cash := big.NewInt(1_000_000_000)
	tokens := big.NewInt(1_000)
	var buyers, sellers []common.Address
	for _, k := range takers {
		buyers = append(buyers, k.Addr)
	}
	for _, k := range makers {
		sellers = append(sellers, k.Addr)
	}
	cashTo, tokensTo := append(append([]common.Address{}, buyers...), sellers...), append(append([]common.Address{}, buyers...), sellers...)
	if s.OnlySpent {
		cashTo, tokensTo = buyers, sellers
	}
	if err := e.FundCash(cashTo, cash); err != nil {
		return 0, 0, err
	}
	if err := e.FundTokens(tokensTo, e.Market, tokens); err != nil {
		return 0, 0, err
	}
	now, err := e.Now()
	if err != nil {
		return 0, 0, err
	}
	expiry := now + 86_400
	makerAmount := int64(2 * s.TakersPerMaker * benchQty)
	if !s.MakersRest {
		makerAmount /= 2
	}
	var orders []eip712.SignedOrder
	for i, k := range makers {
		o, err := e.Signed(k, OrderSpec{Side: eip712.Sell, Price: benchMakerPrice, Amount: makerAmount, MaxFeeBps: benchMaxFee, Expiry: expiry, Salt: salt(i)})
		if err != nil {
			return 0, 0, err
		}
		orders = append(orders, o)
	}
	for i, k := range takers {
		o, err := e.Signed(k, OrderSpec{Side: eip712.Buy, Price: benchTakerLimit, Amount: benchQty, MaxFeeBps: benchMaxFee, Expiry: expiry, Salt: salt(len(makers) + i)})
		if err != nil {
			return 0, 0, err
		}
		orders = append(orders, o)
	}
	var fills []eip712.Fill
	for m := range makers {
		for t := 0; t < s.TakersPerMaker; t++ {
			fills = append(fills, eip712.Fill{
				Taker: uint16(len(makers) + m*s.TakersPerMaker + t), Maker: uint16(m),
				Qty: big.NewInt(benchQty), TakerFeeBps: benchTakerFee, MakerFeeBps: benchMakerFee,
			})
		}
	}
	res, err := e.Settle(orders, fills)
	if err != nil {
		return 0, 0, err
	}
	if len(res.Settled) != len(fills) {
		return 0, 0, fmt.Errorf("gasbench: %d of %d fills settled (skipped: %+v)", len(res.Settled), len(fills), res.Skipped)
	}
	return res.Receipt.GasUsed, res.Receipt.GasUsed / uint64(len(fills)), nil
}

// Figure is one measured value.
type Figure struct {
	Key   string
	Value uint64
}

// The shapes behind the gas_per_fill figures.
var (
	ShapeBatch1   = Shape{Makers: 1, TakersPerMaker: 1}
	ShapeBatch10  = Shape{Makers: 1, TakersPerMaker: 10}
	ShapeBatch100 = Shape{Makers: 10, TakersPerMaker: 10}
	// ShapeBatch100Cold: 200 accounts that deposited both assets and never
	// traded; each maker order is filled once, completely.
	ShapeBatch100Cold = Shape{Makers: 100, TakersPerMaker: 1}
	// ShapeBatch100ColdNewSlots: as cold, but each account deposited only
	// what it spends, so each fill creates two balance slots.
	ShapeBatch100ColdNewSlots = Shape{Makers: 100, TakersPerMaker: 1, OnlySpent: true}
	// ShapeBatch10MakerRests and ShapeBatch100MakersRest: the maker orders
	// stay on the book half filled after the batch.
	ShapeBatch10MakerRests  = Shape{Makers: 1, TakersPerMaker: 10, MakersRest: true}
	ShapeBatch100MakersRest = Shape{Makers: 10, TakersPerMaker: 10, MakersRest: true}
)

// Run measures every figure on a fresh chain: gas per fill of the
// settlement shapes, then the single operations of a trader.
func Run() ([]Figure, error) {
	e, err := NewEnv(FirstTrader+1, time.Hour)
	if err != nil {
		return nil, err
	}
	defer e.Close()
	// Warm-up: the fee recipient's balance slot exists in steady state.
	if _, _, err := e.Measure(ShapeBatch1); err != nil {
		return nil, fmt.Errorf("warm-up: %w", err)
	}
	var figs []Figure
	for _, s := range []struct {
		key   string
		shape Shape
	}{
		{"gas_per_fill_batch1", ShapeBatch1},
		{"gas_per_fill_batch10", ShapeBatch10},
		{"gas_per_fill_batch100", ShapeBatch100},
		{"gas_per_fill_batch100_cold", ShapeBatch100Cold},
		{"gas_per_fill_batch100_cold_new_slots", ShapeBatch100ColdNewSlots},
		{"gas_per_fill_batch10_maker_rests", ShapeBatch10MakerRests},
		{"gas_per_fill_batch100_makers_rest", ShapeBatch100MakersRest},
	} {
		_, per, err := e.Measure(s.shape)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", s.key, err)
		}
		figs = append(figs, Figure{s.key, per})
	}
	ops, err := e.measureOps(FirstTrader)
	if err != nil {
		return nil, err
	}
	figs = append(figs, ops...)
	// The worst batch traders can make, on a chain of its own.
	_, worst, err := MeasureWorst(ShapeWorst100)
	if err != nil {
		return nil, fmt.Errorf("gas_per_fill_worst_batch100: %w", err)
	}
	figs = append(figs, Figure{"gas_per_fill_worst_batch100", worst})
	// Redemption, leases, expiry and the mark feed, on a chain of their own.
	delivery, err := MeasureDelivery()
	if err != nil {
		return nil, fmt.Errorf("delivery: %w", err)
	}
	figs = append(figs, delivery...)
	// Spot fills (each a lease through the spot desk) and a spot lease's
	// settlement, on a chain of their own.
	spot, err := MeasureSpot()
	if err != nil {
		return nil, fmt.Errorf("spot: %w", err)
	}
	return append(figs, spot...), nil
}

// measureOps measures a trader's own transactions (funded account i, which
// already holds cash in the exchange when it deposits again).
func (e *Env) measureOps(i int) ([]Figure, error) {
	a := e.Addr(i)
	cash := big.NewInt(0)
	if err := e.MintCoin(a, big.NewInt(10_000_000_000)); err != nil {
		return nil, err
	}
	if _, err := e.Send(i, e.CoinI, e.CoinB.PackApprove(e.Exchange, maxUint256)); err != nil {
		return nil, err
	}
	if _, err := e.Send(i, e.ExchangeI, e.ExB.PackDeposit(big.NewInt(1_000_000_000))); err != nil {
		return nil, err
	}
	var figs []Figure
	step := func(key string, data []byte) error {
		r, err := e.Send(i, e.ExchangeI, data)
		if err != nil {
			return fmt.Errorf("%s: %w", key, err)
		}
		figs = append(figs, Figure{key, r.GasUsed})
		return nil
	}
	if err := step("gas_deposit", e.ExB.PackDeposit(big.NewInt(1_000_000_000))); err != nil {
		return nil, err
	}
	if err := step("gas_withdraw_request", e.ExB.PackRequestWithdrawal(cash, big.NewInt(500_000_000))); err != nil {
		return nil, err
	}
	if err := e.AdvanceTime(time.Hour + time.Minute); err != nil {
		return nil, err
	}
	if err := step("gas_withdraw_execute", e.ExB.PackExecuteWithdrawal(a, cash)); err != nil {
		return nil, err
	}
	if err := step("gas_cancel", e.ExB.PackCancelNonces([]uint64{3})); err != nil {
		return nil, err
	}
	if err := step("gas_cancel_all", e.ExB.PackCancelBelow(1_000)); err != nil {
		return nil, err
	}
	mint, err := e.measureMint(i)
	if err != nil {
		return nil, fmt.Errorf("gas_mint: %w", err)
	}
	return append(figs, Figure{"gas_mint", mint}), nil
}

// measureMint deploys a ProviderVault over the Env's stablecoin and a
// GPUHourToken of its own (the token's minter is fixed at construction, so
// the vault gets a token that names it), makes funded account i a provider
// (an approved 8-GPU node of the market's grade, 1,000 USDC collateral at 2
// USDC per GPU-hour) and returns the gas of its first ProviderVault.mint:
// 100 GPU-hours of Env.Market. Another provider (the admin) mints 1 of the
// market first, so that, as in a live market, the id's supply is not new.
func (e *Env) measureMint(i int) (uint64, error) {
	vb := bindings.NewProviderVault()
	nonce, err := e.Chain.Client.PendingNonceAt(context.Background(), e.Addr(Admin))
	if err != nil {
		return 0, err
	}
	vaultAt := crypto.CreateAddress(e.Addr(Admin), nonce+1) // the token is deployed at nonce, the vault next
	token, _, err := e.Chain.Deploy(Admin, &bindings.GPUHourTokenMetaData, e.TokenB.PackConstructor(vaultAt))
	if err != nil {
		return 0, fmt.Errorf("deploy token: %w", err)
	}
	vault, _, err := e.Chain.Deploy(Admin, &bindings.ProviderVaultMetaData, vb.PackConstructor(e.Addr(Admin), e.Addr(Admin), e.Coin, token))
	if err != nil {
		return 0, fmt.Errorf("deploy vault: %w", err)
	}
	vi := vb.Instance(e.Chain.Client, vault)
	grade := new(big.Int).AndNot(e.Market, big.NewInt(1<<48-1)) // window fields zeroed
	var node [32]byte
	copy(node[:], "gasbench-node")
	for _, s := range []struct {
		from int
		inst *bind.BoundContract
		data []byte
	}{
		{Admin, vi, vb.PackSetCollateralPerGpuHour(grade, big.NewInt(2_000_000))},
		{Admin, vi, vb.PackProposeNode(node, grade, 1, common.HexToAddress("0x00000000000000000000000000000000000a0001"))},
		{Admin, vi, vb.PackApproveNode(e.Addr(Admin), node)},
		{Admin, e.CoinI, e.CoinB.PackMint(e.Addr(Admin), big.NewInt(2_000_000))},
		{Admin, e.CoinI, e.CoinB.PackApprove(vault, maxUint256)},
		{Admin, vi, vb.PackDepositCollateral(big.NewInt(2_000_000))},
		{Admin, vi, vb.PackMint(e.Market, big.NewInt(1))},
		{i, vi, vb.PackProposeNode(node, grade, 8, common.HexToAddress("0x00000000000000000000000000000000000a0002"))},
		{Admin, vi, vb.PackApproveNode(e.Addr(i), node)},
		{i, e.CoinI, e.CoinB.PackApprove(vault, maxUint256)},
		{i, vi, vb.PackDepositCollateral(big.NewInt(1_000_000_000))},
	} {
		if _, err := e.Send(s.from, s.inst, s.data); err != nil {
			return 0, err
		}
	}
	r, err := e.Send(i, vi, vb.PackMint(e.Market, big.NewInt(100)))
	if err != nil {
		return 0, err
	}
	return r.GasUsed, nil
}
