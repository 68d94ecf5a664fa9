package tests

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/contracts/gasbench"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
)

// Wallet modes of TestWallet1271.
const (
	wOwner             = 0
	wReject            = 1
	wBurn              = 3
	wFirstCallThenBurn = 5
)

func (x *xenv) constant(pack []byte, unpack func([]byte) (*big.Int, error)) uint64 {
	x.t.Helper()
	v, err := bind.Call(x.ExchangeI, nil, pack, unpack)
	x.must(err)
	return v.Uint64()
}

// walletBatch is a batch of honest ECDSA fills interleaved with fills of
// EIP-1271 wallet sell orders, every wallet order filled `each` times.
func (x *xenv) walletBatch(wallets []common.Address, owner gasbench.Key, honest []gasbench.Key, buyer gasbench.Key, each int, nonce uint64) ([]eip712.SignedOrder, []eip712.Fill) {
	x.t.Helper()
	orders := []eip712.SignedOrder{x.order(buyer, buy(100, 10_000, nonce))}
	var fills []eip712.Fill
	for _, k := range honest {
		orders = append(orders, x.order(k, sell(100, 100, nonce)))
		fills = append(fills, fill(0, uint16(len(orders)-1), 1, 0, 0))
	}
	for _, w := range wallets {
		orders = append(orders, x.walletSell(w, owner, 100, 100, nonce))
		for j := 0; j < each; j++ {
			fills = append(fills, fill(0, uint16(len(orders)-1), 1, 0, 0))
			// An honest fill between the wallet's fills.
			fills = append(fills, fill(0, uint16(1+j%len(honest)), 1, 0, 0))
		}
	}
	return orders, fills
}

// TestExchange1271WalletBudget: EIP-1271 wallets cannot stall a batch. A
// wallet that answers valid once and burns all its gas on every later call
// is asked once per batch and order (its fills all settle, at the price of
// one call); wallets that always burn cost the batch at most
// WALLET_GAS_BUDGET together: once less than CONTRACT_SIGNATURE_GAS of it
// is left, their orders are skipped WALLET_GAS_BUDGET without a call; the
// honest fills all settle and the batch stays within the settle gas bound.
func TestExchange1271WalletBudget(t *testing.T) {
	x := newX(t, 1)
	ks := x.keys(6)
	owner, buyer, honest := ks[0], ks[1], ks[2:]
	budget := x.constant(x.ExB.PackWALLETGASBUDGET(), x.ExB.UnpackWALLETGASBUDGET)
	perCall := x.constant(x.ExB.PackCONTRACTSIGNATUREGAS(), x.ExB.UnpackCONTRACTSIGNATUREGAS)
	if budget != gasbench.WalletGasBudget {
		t.Fatalf("WALLET_GAS_BUDGET %d, gasbench.WalletGasBudget %d", budget, gasbench.WalletGasBudget)
	}
	const nFirst, nBurn, each = 3, 14, 4
	var firsts, burners, rejecters []common.Address
	for i := 0; i < nFirst+nBurn; i++ {
		w, _ := x.deployWallet(tr0, owner.Addr, wReject)
		rejecters = append(rejecters, w)
		mode := uint8(wBurn)
		if i < nFirst {
			mode = wFirstCallThenBurn
		}
		w, _ = x.deployWallet(tr0, owner.Addr, mode)
		if i < nFirst {
			firsts = append(firsts, w)
		} else {
			burners = append(burners, w)
		}
	}
	all := append(append([]common.Address{}, firsts...), burners...)
	x.fundTokens(x.Market, 1_000, all...)
	for _, k := range honest {
		x.fundTokens(x.Market, 1_000, k.Addr)
	}
	x.fundTokens(x.Market, 1_000, rejecters...)
	x.fundCash(100_000_000, buyer.Addr)

	// Baseline: the same batch with wallets that just say no.
	orders, fills := x.walletBatch(rejecters, owner, honest, buyer, each, 0)
	base := x.settle(orders, fills)
	orders, fills = x.walletBatch(all, owner, honest, buyer, each, 1)
	r := x.settle(orders, fills)
	t.Logf("%d fills: %d gas with rejecting wallets, %d with %d first-call-then-burn and %d burning wallets (bound %d)",
		len(fills), base.Receipt.GasUsed, r.Receipt.GasUsed, nFirst, nBurn, gasbench.SettleGasBound(len(fills)))

	reasons := r.Reasons()
	var asked, starved int
	for f, fl := range fills {
		mo := orders[fl.Maker].Maker
		why, skipped := reasons[uint16(f)]
		switch {
		case fl.Maker == 0 || fl.Maker <= uint16(len(honest)) || contains(firsts, mo):
			if skipped {
				t.Fatalf("fill %d (maker %s) skipped %s; want settled", f, mo.Hex(), why)
			}
		case why == eip712.BadSignature:
			asked++
		case why == eip712.WalletGasBudget:
			starved++
		default:
			t.Fatalf("burner fill %d: %v %s", f, skipped, why)
		}
	}
	asked /= each
	starved /= each
	if asked+starved != nBurn || asked > int(budget/perCall) || starved == 0 {
		t.Fatalf("%d burning wallets asked, %d skipped WALLET_GAS_BUDGET; want at most %d asked, the rest skipped", asked, starved, budget/perCall)
	}
	if extra := int64(r.Receipt.GasUsed) - int64(base.Receipt.GasUsed); extra > int64(budget) {
		t.Fatalf("the wallets cost the batch %d gas more than rejecting ones; want at most WALLET_GAS_BUDGET %d", extra, budget)
	}
	if r.Receipt.GasUsed > gasbench.SettleGasBound(len(fills)) {
		t.Fatalf("settle used %d gas, above the bound %d", r.Receipt.GasUsed, gasbench.SettleGasBound(len(fills)))
	}
	for _, w := range firsts {
		x.wantBal(w, x.Market, 1_000-each)
	}
	for _, w := range burners {
		x.wantBal(w, x.Market, 1_000)
	}
	x.conserve()
}

func contains(as []common.Address, a common.Address) bool {
	for _, b := range as {
		if a == b {
			return true
		}
	}
	return false
}

// TestExchangeNonceSlideBounded: an account that cancelled a long run of
// nonces above its lowest unused one makes the settle that completes that
// order slide its nonce base by at most MAX_SLIDE_STEPS steps (a bounded
// cost, whatever the run's length); every nonce of the run stays used, and
// later calls (slideNonces, by anyone) carry the base to the end of the run.
func TestExchangeNonceSlideBounded(t *testing.T) {
	x := newX(t, 2)
	a0 := x.trader(0)
	ks := x.keys(2)
	x.fundCash(1_000_000, a0, ks[1].Addr)
	x.fundTokens(x.Market, 1_000, ks[0].Addr)
	steps := x.constant(x.ExB.PackMAXSLIDESTEPS(), x.ExB.UnpackMAXSLIDESTEPS)
	const end = 64 * 40 // nonces 1..end-1 cancelled: 40 window lengths
	for lo := uint64(1); lo < end; lo += 400 {
		var ns []uint64
		for n := lo; n < min(lo+400, end); n++ {
			ns = append(ns, n)
		}
		x.ex(tr0, x.ExB.PackCancelNonces(ns))
	}
	// The same fill by an account without cancelled nonces, for the cost.
	base := x.settle([]eip712.SignedOrder{x.order(ks[1], buy(100, 1, 0)), x.order(ks[0], sell(100, 10, 0))}, []eip712.Fill{fill(0, 1, 1, 0, 0)})
	x.wantResult(base, []uint16{0})
	r := x.settle([]eip712.SignedOrder{x.order(x.FundedKey(tr0), buy(100, 1, 0)), x.order(ks[0], sell(100, 10, 1))}, []eip712.Fill{fill(0, 1, 1, 0, 0)})
	x.wantResult(r, []uint16{0})
	extra := int64(r.Receipt.GasUsed) - int64(base.Receipt.GasUsed)
	t.Logf("completing nonce 0 before %d cancelled nonces: %d gas, %d more than without", end-1, r.Receipt.GasUsed, extra)
	// A step reads at most two cold bitmap words (2 x 2,100) and hashes two slots.
	if extra > int64(steps)*6_000 {
		t.Fatalf("the slide cost %d gas; want at most %d steps' worth (%d)", extra, steps, steps*6_000)
	}
	if r.Receipt.GasUsed > gasbench.SettleGasBound(1) {
		t.Fatalf("settle used %d gas, above the bound %d", r.Receipt.GasUsed, gasbench.SettleGasBound(1))
	}
	st := x.nonceState(a0)
	if st.Base != steps*64 || st.Window&1 != 1 {
		t.Fatalf("nonce state %+v after one slide; want base %d (MAX_SLIDE_STEPS windows) with the next nonce used", st, steps*64)
	}
	wantUsed := func() {
		t.Helper()
		for _, n := range []uint64{0, 1, 63, 64, st.Base - 1, st.Base, st.Base + 63, st.Base + 64, end - 1} {
			if !x.nonceUsed(a0, n) {
				t.Fatalf("nonce %d not used (state %+v)", n, x.nonceState(a0))
			}
		}
		if x.nonceUsed(a0, end) || x.nonceUsed(a0, end+64) {
			t.Fatalf("nonce %d used", end)
		}
	}
	wantUsed()
	// An order of the run is still refused.
	r = x.settle([]eip712.SignedOrder{x.order(x.FundedKey(tr0), buy(100, 1, 700)), x.order(ks[0], sell(100, 10, 2))}, []eip712.Fill{fill(0, 1, 1, 0, 0)})
	x.wantResult(r, nil, sk(0, taker, eip712.NonceUsed))
	// Anyone slides the base on, MAX_SLIDE_STEPS windows a call.
	calls := 0
	for x.nonceState(a0).Base < end {
		x.ex(tr1, x.ExB.PackSlideNonces(a0))
		wantUsed()
		if calls++; calls > end/64 {
			t.Fatalf("the base stuck at %d", x.nonceState(a0).Base)
		}
	}
	if st := x.nonceState(a0); st.Base != end || st.Window&1 != 0 {
		t.Fatalf("nonce state %+v, want base %d with it unused", st, end)
	}
	// The first unused nonce trades.
	r = x.settle([]eip712.SignedOrder{x.order(x.FundedKey(tr0), buy(100, 1, end)), x.order(ks[0], sell(100, 10, 3))}, []eip712.Fill{fill(0, 1, 1, 0, 0)})
	x.wantResult(r, []uint16{0})
	x.conserve()
}

// TestExchangeZeroDeposits: nobody can log a deposit of nothing for
// someone else: zero-amount cash deposits and zero-value token transfers
// (single or batch, with any beneficiary) revert ZeroAmount.
func TestExchangeZeroDeposits(t *testing.T) {
	x := newX(t, 2)
	a0, victim := x.trader(0), x.trader(1)
	x.must(x.MintCoin(a0, big.NewInt(1_000)))
	x.must(x.MintTokens(a0, x.Market, big.NewInt(10)))
	zero := x.exErr("ZeroAmount")
	x.expectRevert(tr0, x.Exchange, x.ExB.PackDeposit(big.NewInt(0)), zero)
	x.expectRevert(tr0, x.Exchange, x.ExB.PackDepositFor(victim, big.NewInt(0)), zero)
	x.expectRevert(tr0, x.Exchange, x.ExB.PackDepositToken(x.Market, big.NewInt(0)), zero)
	to := common.LeftPadBytes(victim[:], 32)
	x.expectRevert(tr0, x.Token, x.TokenB.PackSafeTransferFrom(a0, x.Exchange, x.Market, big.NewInt(0), to), zero)
	x.expectRevert(tr0, x.Token, x.TokenB.PackSafeTransferFrom(a0, x.Exchange, big.NewInt(12345), big.NewInt(0), nil), zero)
	x.expectRevert(tr0, x.Token, x.TokenB.PackSafeBatchTransferFrom(a0, x.Exchange, []*big.Int{x.Market, x.Market}, bigs(1, 0), to), zero)
	// Amounts above zero still credit.
	x.sendTo(tr0, x.TokenI, x.TokenB.PackSafeBatchTransferFrom(a0, x.Exchange, []*big.Int{x.Market}, bigs(3), to))
	x.wantTok(victim, 3)
	x.conserve()
}

// TestExchangeWithdrawTo: the owner of a balance may have its withdrawal
// paid to another address (its own, only: nobody else chooses), which
// rescues tokens of an account contract whose ERC-1155 hook refuses them.
func TestExchangeWithdrawTo(t *testing.T) {
	x := newX(t, 3)
	a0, a1 := x.trader(0), x.trader(1)
	x.fundCash(1_000, a0)
	x.ex(tr0, x.ExB.PackRequestWithdrawal(cashID, big.NewInt(300)))
	x.advance(exDelay)
	x.expectRevert(tr0, x.Exchange, x.ExB.PackExecuteWithdrawalTo(cashID, common.Address{}), x.exErr("ZeroAddress"))
	// a1 has nothing pending: it cannot move a0's withdrawal.
	x.expectRevert(tr1, x.Exchange, x.ExB.PackExecuteWithdrawalTo(cashID, a1), x.exErr("NoPendingWithdrawal"))
	coin0, coin1 := x.coinOf(a0).Int64(), x.coinOf(a1).Int64()
	x.ex(tr0, x.ExB.PackExecuteWithdrawalTo(cashID, a1))
	x.wantCoin(a1, coin1+300)
	x.wantCoin(a0, coin0)
	x.wantCash(a0, 700)
	x.wantPending(a0, cashID, 0, 0)
	x.conserve()

	// An account contract whose hook burns all gas: its own withdrawal
	// cannot be paid to it, but it can be paid elsewhere.
	recvAddr, _, err := x.Chain.Deploy(tr0, &bindings.ReentrantReceiverMetaData, x.recv.PackConstructor(x.Exchange))
	x.must(err)
	x.track(recvAddr)
	recvI := x.recv.Instance(x.Chain.Client, recvAddr)
	x.fundTokens(x.Market, 15, recvAddr)
	x.sendTo(tr0, recvI, x.recv.PackExec(x.Exchange, x.ExB.PackRequestWithdrawal(x.Market, big.NewInt(10))))
	x.sendTo(tr0, recvI, x.recv.PackSetMode(6, x.Market))
	x.advance(exDelay)
	x.expectRevert(tr1, x.Exchange, x.ExB.PackExecuteWithdrawal(recvAddr, x.Market), packErr(t, x.tokABI, "ERC1155InvalidReceiver", recvAddr))
	x.sendTo(tr0, recvI, x.recv.PackExec(x.Exchange, x.ExB.PackExecuteWithdrawalTo(x.Market, a1)))
	x.wantTokOf(a1, x.Market, 10)
	x.wantBal(recvAddr, x.Market, 5)
	x.wantPending(recvAddr, x.Market, 0, 0)
	x.conserve()
}

// TestExchangeFeeOnTransferCoin: an Exchange over a stablecoin that takes
// a fee on transfer refuses deposits (TransferAmountMismatch with what
// arrived): it never credits more than it received.
func TestExchangeFeeOnTransferCoin(t *testing.T) {
	x := newX(t, 1)
	a0 := x.trader(0)
	fb := bindings.NewFeeOnTransferCoin()
	coin, _, err := x.Chain.Deploy(tr0, &bindings.FeeOnTransferCoinMetaData, fb.PackConstructor(big.NewInt(100))) // 1%
	x.must(err)
	coinI := fb.Instance(x.Chain.Client, coin)
	ex, _, err := x.Chain.Deploy(gasbench.Admin, &bindings.ExchangeMetaData, x.ExB.PackConstructor(
		coin, x.Token, x.Addr(gasbench.Admin), x.Addr(gasbench.Operator), x.Addr(gasbench.Guardian), x.Addr(gasbench.FeeRecipient), 3600, common.Address{}))
	x.must(err)
	x.sendTo(tr0, coinI, fb.PackMint(a0, big.NewInt(10_000)))
	x.sendTo(tr0, coinI, fb.PackApprove(ex, maxU256))
	x.expectCallRevert(tr0, ex, x.ExB.PackDeposit(big.NewInt(1_000)), x.exErr("TransferAmountMismatch", big.NewInt(990), big.NewInt(1_000)))
	x.expectCallRevert(tr0, ex, x.ExB.PackDepositFor(x.trader(0), big.NewInt(5_000)), x.exErr("TransferAmountMismatch", big.NewInt(4_950), big.NewInt(5_000)))
	exI := x.ExB.Instance(x.Chain.Client, ex)
	v, err := bind.Call(exI, nil, x.ExB.PackBalanceOf(a0, cashID), x.ExB.UnpackBalanceOf)
	x.must(err)
	held, err := bind.Call(coinI, nil, fb.PackBalanceOf(ex), fb.UnpackBalanceOf)
	x.must(err)
	if v.Sign() != 0 || held.Sign() != 0 {
		t.Fatalf("balance %s, holdings %s after refused deposits", v, held)
	}
}

// TestExchangeTradingClosed: a reservation instrument's fills are refused
// from its window start minus TRADING_CLOSE_LEAD (2 h) on (skipped
// TRADING_CLOSED, for either order); a spot instrument has no last trading
// time (its fills go to the spot desk instead).
func TestExchangeTradingClosed(t *testing.T) {
	x := newX(t, 1)
	ks := x.keys(2)
	lead := x.constant(x.ExB.PackTRADINGCLOSELEAD(), x.ExB.UnpackTRADINGCLOSELEAD)
	if lead != 7200 {
		t.Fatalf("TRADING_CLOSE_LEAD %d, want 2 h", lead)
	}
	start := (x.now()/3600 + 4) * 3600 // 3 to 4 hours ahead
	soon := instrumentOf(t, time.Unix(int64(start), 0).UTC(), 24)
	spot, err := instrument.NewSpot(0x2330, instrument.SXM, instrument.RegionUS, 1, 4)
	x.must(err)
	spotID := mustEncode(t, spot)
	x.fundTokens(soon, 100, ks[0].Addr)
	x.fundTokens(spotID, 100, ks[0].Addr)
	x.fundTokens(x.Market, 100, ks[0].Addr)
	x.fundCash(100_000, ks[1].Addr)
	nonce := uint64(0)
	trade := func(m *big.Int) gasbench.Result {
		t.Helper()
		nonce++
		s, b := sell(100, 1, nonce), buy(100, 1, nonce)
		s.Market, b.Market = m, m
		return x.settle([]eip712.SignedOrder{x.order(ks[0], s), x.order(ks[1], b)}, []eip712.Fill{fill(1, 0, 1, 0, 0)})
	}
	x.wantResult(trade(soon), []uint16{0})
	// The last second of trading: the settle mines at start - lead - 1.
	x.setNow(start - lead - 2)
	x.wantResult(trade(soon), []uint16{0})
	// From start - lead on: closed (the taker order is checked first).
	x.wantResult(trade(soon), nil, sk(0, taker, eip712.TradingClosed))
	// Closed for a maker order whose taker is another market: the maker.
	s := sell(100, 1, 50)
	s.Market = soon
	r := x.settle([]eip712.SignedOrder{x.order(ks[0], s), x.order(ks[1], buy(100, 1, 51))}, []eip712.Fill{fill(1, 0, 1, 0, 0)})
	x.wantResult(r, nil, sk(0, maker, eip712.TradingClosed))
	x.setNow(start + 30*24*3600)
	// A spot fill is not closed but goes to the spot desk, which this
	// exchange has none of: SPOT_REFUSED, the seller's (spot_test.go).
	x.wantResult(trade(spotID), nil, sk(0, maker, eip712.SpotRefused))
	x.wantResult(trade(x.Market), []uint16{0})
	x.wantTok(ks[1].Addr, 1)
	x.wantBal(ks[1].Addr, soon, 2)
	x.wantBal(ks[1].Addr, spotID, 0)
	x.conserve()
}

// instrumentOf is the id of an H100 SXM US tier 1 reservation window.
func instrumentOf(t *testing.T, start time.Time, hours uint16) *big.Int {
	t.Helper()
	in, err := instrument.NewReservation(0x2330, instrument.SXM, instrument.RegionUS, 1, start, hours)
	if err != nil {
		t.Fatal(err)
	}
	return mustEncode(t, in)
}

func mustEncode(t *testing.T, in instrument.Instrument) *big.Int {
	t.Helper()
	id, err := in.Encode()
	if err != nil {
		t.Fatal(err)
	}
	return id.Big()
}

// TestExchangeWorstCaseGas: the worst batches gasbench builds (every fill
// between two new, partially filled orders of fresh accounts with far
// nonces, creating two balance slots; EIP-1271 wallets burning the whole
// wallet budget; a valid-once-then-burning wallet's order filled again and
// again) stay within the documented bound SettleGasBound(fills), under the
// per-transaction gas cap.
func TestExchangeWorstCaseGas(t *testing.T) {
	for _, s := range []gasbench.WorstShape{
		gasbench.ShapeWorst100,
		{Fills: 100},
		{Fills: 20, Burners: 12},
		{Fills: 100, Burners: 12, Refills: 60},
	} {
		total, per, err := gasbench.MeasureWorst(s)
		if err != nil {
			t.Fatalf("%+v: %v", s, err)
		}
		bound := gasbench.SettleGasBound(s.Fills)
		t.Logf("%+v: %d gas, %d a fill (bound %d, %d a fill)", s, total, per, bound, bound/uint64(s.Fills))
		if total > bound {
			t.Fatalf("%+v: %d gas, above the bound %d", s, total, bound)
		}
		if s.Burners+s.Refills == 0 && per > gasbench.MaxGasPerFill {
			t.Fatalf("%+v: %d gas a fill, above MaxGasPerFill %d", s, per, gasbench.MaxGasPerFill)
		}
	}
}
