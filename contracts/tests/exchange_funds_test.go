package tests

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/contracts/gasbench"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
)

const (
	tr0 = gasbench.FirstTrader + iota
	tr1
	tr2
	tr3
)

// permitSig signs an EIP-2612 permit of the stablecoin by funded account i.
func (x *xenv) permitSig(i int, spender common.Address, value *big.Int, nonce, deadline uint64) (uint8, [32]byte, [32]byte) {
	x.t.Helper()
	ds, err := bind.Call(x.CoinI, nil, x.CoinB.PackDOMAINSEPARATOR(), x.CoinB.UnpackDOMAINSEPARATOR)
	x.must(err)
	typeHash := crypto.Keccak256([]byte("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"))
	owner := x.Addr(i)
	sh := crypto.Keccak256(typeHash, common.LeftPadBytes(owner[:], 32), common.LeftPadBytes(spender[:], 32),
		common.LeftPadBytes(value.Bytes(), 32), common.LeftPadBytes(new(big.Int).SetUint64(nonce).Bytes(), 32),
		common.LeftPadBytes(new(big.Int).SetUint64(deadline).Bytes(), 32))
	digest := crypto.Keccak256([]byte{0x19, 0x01}, ds[:], sh)
	sig, err := crypto.Sign(digest, x.Chain.Keys[i])
	x.must(err)
	var r, s [32]byte
	copy(r[:], sig[:32])
	copy(s[:], sig[32:64])
	return sig[64] + 27, r, s
}

// TestExchangeDepositCash: deposit, depositFor, depositWithPermit (also
// with a permit someone else submitted first), zero amounts and addresses.
func TestExchangeDepositCash(t *testing.T) {
	x := newX(t, 3)
	a0, a2 := x.trader(0), x.trader(2)
	k := x.keys(1)[0]
	x.must(x.MintCoin(a0, big.NewInt(1_000_000)))
	x.must(x.MintCoin(a2, big.NewInt(10_000)))

	x.expectRevert(tr0, x.Exchange, x.ExB.PackDeposit(big.NewInt(0)), x.exErr("ZeroAmount"))
	x.expectRevert(tr0, x.Exchange, x.ExB.PackDepositFor(k.Addr, big.NewInt(0)), x.exErr("ZeroAmount"))
	x.expectRevert(tr0, x.Exchange, x.ExB.PackDepositFor(common.Address{}, big.NewInt(5)), x.exErr("ZeroAddress"))

	x.ex(tr0, x.ExB.PackDeposit(big.NewInt(1_000)))
	x.wantCash(a0, 1_000)
	x.wantCoin(a0, 999_000)
	x.ex(tr0, x.ExB.PackDepositFor(k.Addr, big.NewInt(500)))
	x.wantCash(k.Addr, 500)
	x.wantCash(a0, 1_000)
	x.wantCoin(a0, 998_500)
	x.conserve()

	// depositWithPermit from an account without allowance.
	x.sendTo(tr2, x.CoinI, x.CoinB.PackApprove(x.Exchange, big.NewInt(0)))
	deadline := x.now() + 3600
	v, r, s := x.permitSig(tr2, x.Exchange, big.NewInt(3_000), 0, deadline)
	x.ex(tr2, x.ExB.PackDepositWithPermit(big.NewInt(3_000), big.NewInt(int64(deadline)), v, r, s))
	x.wantCash(a2, 3_000)
	x.wantCoin(a2, 7_000)

	// Front-run: another account submits the permit first; the deposit
	// still goes through on the allowance the permit set.
	v, r, s = x.permitSig(tr2, x.Exchange, big.NewInt(2_000), 1, deadline)
	x.sendTo(tr1, x.CoinI, x.CoinB.PackPermit(a2, x.Exchange, big.NewInt(2_000), big.NewInt(int64(deadline)), v, r, s))
	x.ex(tr2, x.ExB.PackDepositWithPermit(big.NewInt(2_000), big.NewInt(int64(deadline)), v, r, s))
	x.wantCash(a2, 5_000)
	x.wantCoin(a2, 5_000)

	// A used permit and no allowance: the transfer fails.
	x.expectRevert(tr2, x.Exchange, x.ExB.PackDepositWithPermit(big.NewInt(2_000), big.NewInt(int64(deadline)), v, r, s),
		packErr(t, x.coinABI, "ERC20InsufficientAllowance", x.Exchange, big.NewInt(0), big.NewInt(2_000)))
	x.conserve()
}

// TestExchangeCashCap: the Exchange's stablecoin holdings never exceed
// MAX_CASH (2^96-1); stablecoin sent to it directly counts and is stuck.
func TestExchangeCashCap(t *testing.T) {
	x := newX(t, 2)
	a0 := x.trader(0)
	maxCash := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))
	got, err := bind.Call(x.ExchangeI, nil, x.ExB.PackMAXCASH(), x.ExB.UnpackMAXCASH)
	x.must(err)
	if got.Cmp(maxCash) != 0 {
		t.Fatalf("MAX_CASH %s, want %s", got, maxCash)
	}
	x.must(x.MintCoin(a0, new(big.Int).Lsh(big.NewInt(1), 97)))
	x.ex(tr0, x.ExB.PackDeposit(new(big.Int).Sub(maxCash, big.NewInt(10))))
	x.expectRevert(tr0, x.Exchange, x.ExB.PackDeposit(big.NewInt(11)), x.exErr("CashCapExceeded"))
	x.expectRevert(tr0, x.Exchange, x.ExB.PackDepositFor(x.trader(1), big.NewInt(11)), x.exErr("CashCapExceeded"))
	x.ex(tr0, x.ExB.PackDeposit(big.NewInt(10)))
	x.wantBalBig(a0, cashID, maxCash)
	x.expectRevert(tr0, x.Exchange, x.ExB.PackDeposit(big.NewInt(1)), x.exErr("CashCapExceeded"))
	x.conserve()

	// Withdrawing makes room again; a direct transfer (not a deposit) is
	// credited to nobody but still counts toward the cap.
	x.ex(tr0, x.ExB.PackRequestWithdrawal(cashID, big.NewInt(100)))
	x.advance(exDelay)
	x.ex(tr1, x.ExB.PackExecuteWithdrawal(a0, cashID))
	x.conserve()
	x.sendTo(tr0, x.CoinI, x.CoinB.PackTransfer(x.Exchange, big.NewInt(60)))
	x.ex(tr0, x.ExB.PackDeposit(big.NewInt(40)))
	x.expectRevert(tr0, x.Exchange, x.ExB.PackDeposit(big.NewInt(1)), x.exErr("CashCapExceeded"))
	if held := x.coinOf(x.Exchange); held.Cmp(maxCash) != 0 {
		t.Fatalf("holdings %s, want MAX_CASH", held)
	}
	want := new(big.Int).Sub(maxCash, big.NewInt(60))
	x.wantBalBig(a0, cashID, want) // the 60 sent directly are nobody's
}

// TestExchangeDepositTokens: depositToken, safeTransferFrom with a 32-byte
// beneficiary (other lengths credit the sender), batch transfers, token id
// 0 refused, zero amounts, and tokens of another ERC-1155 contract refused.
func TestExchangeDepositTokens(t *testing.T) {
	x := newX(t, 2)
	a0 := x.trader(0)
	k := x.keys(1)[0]
	m2 := new(big.Int).Add(x.Market, big.NewInt(1))
	x.trackID(m2)
	x.must(x.MintTokens(a0, x.Market, big.NewInt(100)))
	x.must(x.MintTokens(a0, m2, big.NewInt(100)))
	x.must(x.MintTokens(a0, cashID, big.NewInt(100)))

	x.ex(tr0, x.ExB.PackDepositToken(x.Market, big.NewInt(7)))
	x.wantTok(a0, 7)
	x.wantTokOf(a0, x.Market, 93)
	x.expectRevert(tr0, x.Exchange, x.ExB.PackDepositToken(cashID, big.NewInt(1)), x.exErr("CashAsTokenId"))
	x.expectRevert(tr0, x.Exchange, x.ExB.PackDepositToken(x.Market, big.NewInt(0)), x.exErr("ZeroAmount"))

	tok := func(data []byte) { x.sendTo(tr0, x.TokenI, data) }
	// 32 bytes of data name the beneficiary; any other length credits the sender.
	tok(x.TokenB.PackSafeTransferFrom(a0, x.Exchange, x.Market, big.NewInt(5), common.LeftPadBytes(k.Addr[:], 32)))
	x.wantTok(k.Addr, 5)
	tok(x.TokenB.PackSafeTransferFrom(a0, x.Exchange, x.Market, big.NewInt(3), k.Addr[:]))
	x.wantTok(a0, 10)
	tok(x.TokenB.PackSafeTransferFrom(a0, x.Exchange, x.Market, big.NewInt(2), make([]byte, 64)))
	x.wantTok(a0, 12)
	x.expectRevert(tr0, x.Token, x.TokenB.PackSafeTransferFrom(a0, x.Exchange, x.Market, big.NewInt(1), make([]byte, 32)), x.exErr("ZeroAddress"))
	// Token id 0 is the cash asset id: refused, alone or in a batch.
	x.expectRevert(tr0, x.Token, x.TokenB.PackSafeTransferFrom(a0, x.Exchange, cashID, big.NewInt(1), nil), x.exErr("CashAsTokenId"))
	x.expectRevert(tr0, x.Token, x.TokenB.PackSafeBatchTransferFrom(a0, x.Exchange, []*big.Int{x.Market, cashID}, bigs(1, 1), nil), x.exErr("CashAsTokenId"))
	tok(x.TokenB.PackSafeBatchTransferFrom(a0, x.Exchange, []*big.Int{x.Market, m2}, bigs(4, 6), common.LeftPadBytes(k.Addr[:], 32)))
	x.wantTok(k.Addr, 9)
	x.wantBal(k.Addr, m2, 6)
	x.conserve()

	// Tokens of a contract other than the Exchange's token: NotToken,
	// whether minted or transferred to the Exchange, or the hook called directly.
	fake := bindings.NewFakeGPUHourToken()
	fakeAddr, _, err := x.Chain.Deploy(tr0, &bindings.FakeGPUHourTokenMetaData, nil)
	x.must(err)
	fakeI := fake.Instance(x.Chain.Client, fakeAddr)
	x.expectRevert(tr0, fakeAddr, fake.PackMint(x.Exchange, x.Market, big.NewInt(5), common.LeftPadBytes(a0[:], 32)), x.exErr("NotToken"))
	x.sendTo(tr0, fakeI, fake.PackMint(a0, x.Market, big.NewInt(5), nil))
	x.expectRevert(tr0, fakeAddr, fake.PackSafeTransferFrom(a0, x.Exchange, x.Market, big.NewInt(5), nil), x.exErr("NotToken"))
	x.expectRevert(tr0, fakeAddr, fake.PackSafeBatchTransferFrom(a0, x.Exchange, []*big.Int{x.Market}, bigs(5), nil), x.exErr("NotToken"))
	x.expectRevert(tr0, x.Exchange, x.ExB.PackOnERC1155Received(a0, a0, x.Market, big.NewInt(1000), nil), x.exErr("NotToken"))
	x.expectRevert(tr0, x.Exchange, x.ExB.PackOnERC1155BatchReceived(a0, a0, []*big.Int{x.Market}, bigs(1000), nil), x.exErr("NotToken"))
	x.wantTok(a0, 12)
	x.conserve()
}

// TestExchangeWithdrawals: requestWithdrawal earmarks part of the balance
// (it stays in the balance, and all requests together are at most the
// balance), executeWithdrawal pays the account (called by anyone) from its
// ready time on and debits it then, cancelWithdrawal drops the request, a
// second request restarts the delay, and setWithdrawalDelay is bounded and
// leaves pending requests alone.
func TestExchangeWithdrawals(t *testing.T) {
	x := newX(t, 3)
	a0, a1 := x.trader(0), x.trader(1)
	x.fundCash(1_000, a0)
	x.fundTokens(x.Market, 50, a0)
	delay := uint64(exDelay / time.Second)

	x.expectRevert(tr0, x.Exchange, x.ExB.PackRequestWithdrawal(cashID, big.NewInt(0)), x.exErr("ZeroAmount"))
	x.expectRevert(tr0, x.Exchange, x.ExB.PackRequestWithdrawal(cashID, big.NewInt(1_001)), x.exErr("InsufficientBalance", big.NewInt(1_000), big.NewInt(1_001)))
	x.expectRevert(tr0, x.Exchange, x.ExB.PackRequestWithdrawal(x.Market, big.NewInt(51)), x.exErr("InsufficientBalance", big.NewInt(50), big.NewInt(51)))
	x.expectRevert(tr1, x.Exchange, x.ExB.PackExecuteWithdrawal(a0, cashID), x.exErr("NoPendingWithdrawal"))
	x.expectRevert(tr0, x.Exchange, x.ExB.PackCancelWithdrawal(cashID), x.exErr("NoPendingWithdrawal"))

	x.ex(tr0, x.ExB.PackRequestWithdrawal(cashID, big.NewInt(400)))
	r1 := x.now()
	x.wantCash(a0, 1_000)
	x.wantPending(a0, cashID, 400, r1+delay)
	x.conserve()
	x.expectRevert(tr1, x.Exchange, x.ExB.PackExecuteWithdrawal(a0, cashID), x.exErr("WithdrawalNotReady", r1+delay))

	// A second request adds to the pending amount and restarts the delay.
	x.ex(tr0, x.ExB.PackRequestWithdrawal(cashID, big.NewInt(100)))
	r2 := x.now()
	if r2 <= r1 {
		t.Fatalf("block time did not advance")
	}
	x.wantCash(a0, 1_000)
	x.wantPending(a0, cashID, 500, r2+delay)
	// Requests together are at most the balance.
	x.expectRevert(tr0, x.Exchange, x.ExB.PackRequestWithdrawal(cashID, big.NewInt(501)), x.exErr("InsufficientBalance", big.NewInt(1_000), big.NewInt(1_001)))
	// One second before the ready time: not ready (a mined transaction at r2+delay-1).
	x.setNow(r2 + delay - 2)
	x.expectRevert(tr1, x.Exchange, x.ExB.PackExecuteWithdrawal(a0, cashID), x.exErr("WithdrawalNotReady", r2+delay))
	if x.now() != r2+delay-1 {
		t.Fatalf("block time %d, want %d", x.now(), r2+delay-1)
	}
	// At the ready time anyone may execute; the account is paid.
	coin0, coin1 := x.coinOf(a0).Int64(), x.coinOf(a1).Int64()
	x.exAt(tr1, x.ExB.PackExecuteWithdrawal(a0, cashID))
	if x.now() != r2+delay {
		t.Fatalf("executed at %d, want %d", x.now(), r2+delay)
	}
	x.wantCoin(a0, coin0+500)
	x.wantCoin(a1, coin1)
	x.wantPending(a0, cashID, 0, 0)
	x.wantCash(a0, 500)
	x.expectRevert(tr1, x.Exchange, x.ExB.PackExecuteWithdrawal(a0, cashID), x.exErr("NoPendingWithdrawal"))
	x.conserve()

	// Tokens: cancel drops the request; a later request pays out in tokens.
	x.ex(tr0, x.ExB.PackRequestWithdrawal(x.Market, big.NewInt(20)))
	x.wantTok(a0, 50)
	x.wantPending(a0, x.Market, 20, x.now()+delay)
	x.ex(tr0, x.ExB.PackCancelWithdrawal(x.Market))
	x.wantTok(a0, 50)
	x.wantPending(a0, x.Market, 0, 0)
	x.expectRevert(tr0, x.Exchange, x.ExB.PackCancelWithdrawal(x.Market), x.exErr("NoPendingWithdrawal"))
	x.ex(tr0, x.ExB.PackRequestWithdrawal(x.Market, big.NewInt(30)))
	x.advance(exDelay)
	x.ex(tr2, x.ExB.PackExecuteWithdrawal(a0, x.Market))
	x.wantTokOf(a0, x.Market, 30)
	x.wantTok(a0, 20)
	x.conserve()

	// setWithdrawalDelay: owner only, at most 7 days; pending requests keep
	// their ready time, new ones use the new delay.
	week := uint64(7 * 24 * 3600)
	x.expectRevert(tr0, x.Exchange, x.ExB.PackSetWithdrawalDelay(10), x.exErr("OwnableUnauthorizedAccount", a0))
	x.expectRevert(gasbench.Admin, x.Exchange, x.ExB.PackSetWithdrawalDelay(week+1), x.exErr("DelayTooLong", week+1, week))
	x.ex(tr0, x.ExB.PackRequestWithdrawal(cashID, big.NewInt(10)))
	r3 := x.now()
	x.ex(gasbench.Admin, x.ExB.PackSetWithdrawalDelay(week))
	x.wantPending(a0, cashID, 10, r3+delay)
	x.ex(tr0, x.ExB.PackRequestWithdrawal(x.Market, big.NewInt(1)))
	x.wantPending(a0, x.Market, 1, x.now()+week)
	x.ex(gasbench.Admin, x.ExB.PackSetWithdrawalDelay(0))
	x.ex(tr0, x.ExB.PackRequestWithdrawal(cashID, big.NewInt(5)))
	x.wantPending(a0, cashID, 15, x.now())
	x.ex(tr1, x.ExB.PackExecuteWithdrawal(a0, cashID))
	x.wantCash(a0, 485)
	x.conserve()
}

// TestExchangePause: only the guardian pauses; a pause stops settle and
// nothing else; the batch id is not consumed by the refused settle.
func TestExchangePause(t *testing.T) {
	x := newX(t, 2)
	a0 := x.trader(0)
	ks := x.keys(2)
	x.fundCash(10_000, ks[0].Addr, a0)
	x.fundTokens(x.Market, 10, ks[1].Addr, a0)
	x.must(x.MintCoin(a0, big.NewInt(1_001)))
	x.must(x.MintTokens(a0, x.Market, big.NewInt(10)))

	for _, i := range []int{gasbench.Admin, gasbench.Operator, tr0} {
		x.expectRevert(i, x.Exchange, x.ExB.PackPauseSettlement(), x.exErr("NotGuardian"))
	}
	x.ex(gasbench.Guardian, x.ExB.PackPauseSettlement())
	orders := []eip712.SignedOrder{x.order(ks[0], buy(100, 1, 0)), x.order(ks[1], sell(100, 1, 0))}
	b, err := eip712.EncodeBatch(orders, []eip712.Fill{fill(0, 1, 1, 0, 0)})
	x.must(err)
	x.expectRevert(gasbench.Operator, x.Exchange, x.ExB.PackSettle(1, b.Orders, b.Fills, b.ContractSigs), x.exErr("SettlementIsPaused"))

	// Everything else goes on.
	x.ex(tr0, x.ExB.PackDeposit(big.NewInt(1_000)))
	x.ex(tr0, x.ExB.PackDepositFor(ks[0].Addr, big.NewInt(1)))
	x.ex(tr0, x.ExB.PackDepositToken(x.Market, big.NewInt(10)))
	x.ex(tr0, x.ExB.PackRequestWithdrawal(cashID, big.NewInt(500)))
	x.ex(tr0, x.ExB.PackRequestWithdrawal(x.Market, big.NewInt(5)))
	x.ex(tr0, x.ExB.PackCancelWithdrawal(x.Market))
	x.ex(tr0, x.ExB.PackCancelNonces([]uint64{1}))
	x.ex(tr0, x.ExB.PackCancelBelow(1))
	x.advance(exDelay)
	x.ex(tr1, x.ExB.PackExecuteWithdrawal(a0, cashID))
	x.wantCash(a0, 10_500)
	x.wantTok(a0, 20)
	x.conserve()

	x.expectRevert(gasbench.Admin, x.Exchange, x.ExB.PackUnpauseSettlement(), x.exErr("NotGuardian"))
	x.ex(gasbench.Guardian, x.ExB.PackUnpauseSettlement())
	if x.lastBatch() != 0 {
		t.Fatalf("lastBatchId %d after a refused settle", x.lastBatch())
	}
	x.wantResult(x.settle(orders, []eip712.Fill{fill(0, 1, 1, 0, 0)}), []uint16{0})
	x.wantCash(ks[0].Addr, 9_901)
	x.wantTok(ks[0].Addr, 1)
	x.conserve()
}

// TestExchangeAdmin: only the owner sets operator, guardian, fee recipient
// and delay; only the operator settles; a new operator, guardian or fee
// recipient takes over at once; ownership moves in two steps.
func TestExchangeAdmin(t *testing.T) {
	x := newX(t, 3)
	a0, a1, a2 := x.trader(0), x.trader(1), x.trader(2)
	for _, i := range []int{gasbench.Operator, gasbench.Guardian, gasbench.FeeRecipient, tr0} {
		who := x.Addr(i)
		for _, data := range [][]byte{
			x.ExB.PackSetOperator(a0), x.ExB.PackSetGuardian(a0), x.ExB.PackSetFeeRecipient(a0),
			x.ExB.PackSetWithdrawalDelay(1),
		} {
			x.expectRevert(i, x.Exchange, data, x.exErr("OwnableUnauthorizedAccount", who))
		}
	}
	x.expectRevert(gasbench.Admin, x.Exchange, x.ExB.PackSetFeeRecipient(common.Address{}), x.exErr("ZeroAddress"))

	ks := x.keys(2)
	x.fundCash(10_000, ks[0].Addr)
	x.fundTokens(x.Market, 10, ks[1].Addr)
	orders := []eip712.SignedOrder{x.order(ks[0], buy(1_000, 10, 0)), x.order(ks[1], sell(1_000, 10, 0))}
	b, err := eip712.EncodeBatch(orders, []eip712.Fill{fill(0, 1, 1, 100, 50)})
	x.must(err)
	settleData := x.ExB.PackSettle(1, b.Orders, b.Fills, b.ContractSigs)
	for _, i := range []int{gasbench.Admin, gasbench.Guardian, gasbench.FeeRecipient, tr0} {
		x.expectRevert(i, x.Exchange, settleData, x.exErr("NotOperator"))
	}

	// New operator and fee recipient.
	x.ex(gasbench.Admin, x.ExB.PackSetOperator(a1))
	x.ex(gasbench.Admin, x.ExB.PackSetFeeRecipient(a2))
	x.expectRevert(gasbench.Operator, x.Exchange, settleData, x.exErr("NotOperator"))
	r, err := x.SettleRaw(tr1, 1, b)
	x.must(err)
	x.wantResult(r, []uint16{0})
	x.wantCash(ks[0].Addr, 10_000-1_000-10)
	x.wantCash(ks[1].Addr, 1_000-5)
	x.wantCash(a2, 15)
	x.wantCash(x.Addr(gasbench.FeeRecipient), 0)
	x.conserve()

	// New guardian.
	x.ex(gasbench.Admin, x.ExB.PackSetGuardian(a0))
	x.expectRevert(gasbench.Guardian, x.Exchange, x.ExB.PackPauseSettlement(), x.exErr("NotGuardian"))
	x.ex(tr0, x.ExB.PackPauseSettlement())
	x.ex(tr0, x.ExB.PackUnpauseSettlement())

	// Two-step ownership.
	x.ex(gasbench.Admin, x.ExB.PackTransferOwnership(a0))
	x.ex(gasbench.Admin, x.ExB.PackSetWithdrawalDelay(5)) // still the owner until accepted
	x.expectRevert(tr1, x.Exchange, x.ExB.PackAcceptOwnership(), x.exErr("OwnableUnauthorizedAccount", a1))
	x.ex(tr0, x.ExB.PackAcceptOwnership())
	x.expectRevert(gasbench.Admin, x.Exchange, x.ExB.PackSetWithdrawalDelay(6), x.exErr("OwnableUnauthorizedAccount", x.Addr(gasbench.Admin)))
	x.ex(tr0, x.ExB.PackSetWithdrawalDelay(6))
}
