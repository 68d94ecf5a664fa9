package tests

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/contracts/gasbench"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
)

// secp256k1N is the order of the secp256k1 group.
var secp256k1N, _ = new(big.Int).SetString("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16)

// TestExchangeReplayOtherDomain: an order signed for another chain id or
// another Exchange is skipped BAD_SIGNATURE; a second deployment refuses
// the first one's orders and the reverse.
func TestExchangeReplayOtherDomain(t *testing.T) {
	x := newX(t, 0)
	ks := x.keys(2)
	x.fundCash(10_000, ks[0].Addr)
	x.fundTokens(x.Market, 10, ks[1].Addr)
	s := x.order(ks[1], sell(100, 10, 0))
	signFor := func(d eip712.Domain, k gasbench.Key, o eip712.Order) eip712.SignedOrder {
		sig, err := eip712.Sign(k.Priv, d, o)
		x.must(err)
		return eip712.SignedOrder{Order: o, Signature: sig}
	}
	otherChain := eip712.Domain{ChainID: big.NewInt(1), VerifyingContract: x.Exchange}
	otherContract := eip712.Domain{ChainID: x.Chain.ChainID, VerifyingContract: common.HexToAddress("0x1234")}
	b1 := signFor(otherChain, ks[0], x.Order(ks[0], buy(100, 1, 0)))
	b2 := signFor(otherContract, ks[0], x.Order(ks[0], buy(100, 1, 1)))
	b3 := x.order(ks[0], buy(100, 1, 2))
	r := x.settle([]eip712.SignedOrder{s, b1, b2, b3}, []eip712.Fill{fill(1, 0, 1, 0, 0), fill(2, 0, 1, 0, 0), fill(3, 0, 1, 0, 0)})
	x.wantResult(r, []uint16{2}, sk(0, taker, eip712.BadSignature), sk(1, taker, eip712.BadSignature))
	x.wantCash(ks[0].Addr, 9_900)
	x.conserve()

	// A second Exchange over the same tokens.
	addr2, err := x.DeployExchange(gasbench.Admin)
	x.must(err)
	e2 := *x.Env
	e2.Exchange, e2.ExchangeI = addr2, x.ExB.Instance(x.Chain.Client, addr2)
	e2.Domain = eip712.Domain{ChainID: x.Chain.ChainID, VerifyingContract: addr2}
	x.sendTo(gasbench.Admin, x.CoinI, x.CoinB.PackApprove(addr2, maxU256))
	x.must(e2.FundCash([]common.Address{ks[0].Addr}, big.NewInt(10_000)))
	x.must(e2.FundTokens([]common.Address{ks[1].Addr}, x.Market, big.NewInt(10)))
	if x.Domain.VerifyingContract == addr2 {
		t.Fatal("same address")
	}
	s1, bb1 := x.order(ks[1], sell(100, 10, 5)), x.order(ks[0], buy(100, 1, 5)) // for the first Exchange
	s2, err := e2.Signed(ks[1], sell(100, 10, 6))
	x.must(err)
	bb2, err := e2.Signed(ks[0], buy(100, 1, 6))
	x.must(err)
	bt, err := eip712.EncodeBatch([]eip712.SignedOrder{s1, bb1, s2, bb2}, []eip712.Fill{
		fill(1, 0, 1, 0, 0), // both signed for the first Exchange: refused by the second
		fill(3, 0, 1, 0, 0), // maker signed for the first
		fill(3, 2, 1, 0, 0), // both for the second: settles
	})
	x.must(err)
	r, err = e2.SettleRaw(gasbench.Operator, 1, bt)
	x.must(err)
	x.wantResult(r, []uint16{2}, sk(0, taker, eip712.BadSignature), sk(1, maker, eip712.BadSignature))
	for _, c := range []struct {
		who  common.Address
		id   *big.Int
		want int64
	}{{ks[0].Addr, cashID, 9_900}, {ks[0].Addr, x.Market, 1}, {ks[1].Addr, cashID, 100}, {ks[1].Addr, x.Market, 9}} {
		got, err := e2.Balance(c.who, c.id)
		x.must(err)
		if got.Int64() != c.want {
			t.Fatalf("second Exchange: balance %s/%s = %s, want %d", c.who.Hex(), c.id, got, c.want)
		}
	}
	// The first Exchange refuses the second one's orders.
	r = x.settle([]eip712.SignedOrder{s1, bb2}, []eip712.Fill{fill(1, 0, 1, 0, 0)})
	x.wantResult(r, nil, sk(0, taker, eip712.BadSignature))
	x.wantCash(ks[0].Addr, 9_900)
	x.wantTok(ks[0].Addr, 1)
	x.conserve()
}

// TestExchangeSignatureForgery: orders nobody signed are skipped and move
// nothing: a malleable signature (s -> n-s, v flipped), v not 27/28,
// garbage, all zeros, another key, a field changed after signing, an EOA
// order relabelled as EIP-1271, and maker 0 with a zero signature.
func TestExchangeSignatureForgery(t *testing.T) {
	x := newX(t, 0)
	ks := x.keys(3)
	buyer, seller, other := ks[0], ks[1], ks[2]
	x.fundCash(100_000, buyer.Addr)
	x.fundTokens(x.Market, 100, seller.Addr)
	b := x.order(buyer, buy(100, 100, 0))
	mod := func(nonce uint64, f func(o *eip712.SignedOrder)) eip712.SignedOrder {
		o := x.order(seller, sell(100, 10, nonce))
		o.Signature = append([]byte(nil), o.Signature...)
		f(&o)
		return o
	}
	// The malleable twin recovers to the seller under plain ecrecover.
	mall := mod(1, func(o *eip712.SignedOrder) {
		s := new(big.Int).SetBytes(o.Signature[32:64])
		new(big.Int).Sub(secp256k1N, s).FillBytes(o.Signature[32:64])
		o.Signature[64] ^= 27 ^ 28
	})
	d, err := eip712.Digest(x.Domain, mall.Order)
	x.must(err)
	raw := append([]byte(nil), mall.Signature...)
	raw[64] -= 27
	if pub, err := crypto.Ecrecover(d[:], raw); err != nil || common.BytesToAddress(crypto.Keccak256(pub[1:])[12:]) != seller.Addr {
		t.Fatalf("the malleable signature should recover to the seller with plain ecrecover (err %v)", err)
	}
	orders := []eip712.SignedOrder{b,
		mall, // 1
		mod(2, func(o *eip712.SignedOrder) { o.Signature[64] = 29 }),
		mod(3, func(o *eip712.SignedOrder) { o.Signature[64] -= 27 }), // v 0/1
		mod(4, func(o *eip712.SignedOrder) {
			copy(o.Signature, crypto.Keccak256([]byte("garbage")))
			copy(o.Signature[32:], crypto.Keccak256([]byte("more")))
		}),
		mod(5, func(o *eip712.SignedOrder) { o.Signature = make([]byte, 65) }),
		mod(6, func(o *eip712.SignedOrder) {
			sig, err := eip712.Sign(other.Priv, x.Domain, o.Order)
			x.must(err)
			o.Signature = sig
		}),
		mod(7, func(o *eip712.SignedOrder) { o.Amount = big.NewInt(1_000) }),
		mod(8, func(o *eip712.SignedOrder) { o.Price = big.NewInt(1) }),
		mod(9, func(o *eip712.SignedOrder) { o.SignatureType = eip712.Contract }),
		mod(10, func(o *eip712.SignedOrder) { o.Maker = common.Address{}; o.Signature = make([]byte, 65) }),
		x.order(seller, sell(100, 10, 11)), // 11: genuine
	}
	var fills []eip712.Fill
	for i := 1; i < len(orders); i++ {
		fills = append(fills, fill(0, uint16(i), 1, 0, 0))
	}
	r := x.settle(orders, fills)
	var want []skip
	for i := 0; i < 9; i++ {
		want = append(want, sk(uint16(i), maker, eip712.BadSignature))
	}
	want = append(want, sk(9, maker, eip712.BadOrder))
	x.wantResult(r, []uint16{10}, want...)
	x.wantCash(buyer.Addr, 100_000-100)
	x.wantTok(buyer.Addr, 1)
	x.wantTok(seller.Addr, 99)
	x.wantCash(seller.Addr, 100)
	x.conserve()
}

// TestExchangeExpiry: an order is dead from its expiry second on (expiry ==
// block time is expired); expiry 0 never expires.
func TestExchangeExpiry(t *testing.T) {
	x := newX(t, 0)
	ks := x.keys(2)
	x.fundCash(10_000, ks[0].Addr)
	x.fundTokens(x.Market, 10, ks[1].Addr)
	now := x.now() // the settle below mines at now+1
	spec := func(expiry, nonce uint64) gasbench.OrderSpec {
		s := sell(100, 5, nonce)
		s.Expiry = expiry
		return s
	}
	b := x.order(ks[0], buy(100, 10, 0))
	s1, s2, s3 := x.order(ks[1], spec(now+1, 1)), x.order(ks[1], spec(now+2, 2)), x.order(ks[1], spec(now, 3))
	r := x.settle([]eip712.SignedOrder{b, s1, s2, s3}, []eip712.Fill{fill(0, 1, 1, 0, 0), fill(0, 2, 1, 0, 0), fill(0, 3, 1, 0, 0)})
	if x.now() != now+1 {
		t.Fatalf("settled at %d, want %d", x.now(), now+1)
	}
	x.wantResult(r, []uint16{1}, sk(0, maker, eip712.Expired), sk(2, maker, eip712.Expired))
	// s2 expires at now+2: the next block.
	r = x.settle([]eip712.SignedOrder{b, s2}, []eip712.Fill{fill(0, 1, 1, 0, 0)})
	x.wantResult(r, nil, sk(0, maker, eip712.Expired))
	x.wantTok(ks[0].Addr, 1)
	x.wantCash(ks[1].Addr, 100)
	x.conserve()
}

// TestExchangeDustRounding: fees are floor(notional * bps / 10000) on each
// side, so rounding never goes against the maker (or the taker): the fee
// recipient absorbs it. Dust fills can carry no fee at all.
func TestExchangeDustRounding(t *testing.T) {
	x := newX(t, 0)
	ks := x.keys(2)
	fee := x.Addr(gasbench.FeeRecipient)
	x.fundCash(1_000_000, ks[0].Addr)
	x.fundTokens(x.Market, 1_000, ks[1].Addr)
	spec := func(side eip712.Side, price int64, nonce uint64) gasbench.OrderSpec {
		return gasbench.OrderSpec{Side: side, Price: price, Amount: 100, MaxFeeBps: 1000, Nonce: nonce, Salt: nonce}
	}
	orders := []eip712.SignedOrder{
		x.order(ks[0], spec(eip712.Buy, 10_000, 0)),
		x.order(ks[1], spec(eip712.Sell, 1, 0)),    // 1
		x.order(ks[1], spec(eip712.Sell, 3333, 1)), // 2
		x.order(ks[1], spec(eip712.Sell, 9, 2)),    // 3
	}
	fills := []eip712.Fill{
		fill(0, 1, 1, 10, 10),     // notional 1: fees 0 and 0
		fill(0, 2, 3, 10, 10),     // notional 9,999: fees floor(9.999) = 9 each
		fill(0, 3, 10, 1000, 999), // notional 90: fees 9 and floor(8.991) = 8
	}
	for i := 0; i < 10; i++ {
		fills = append(fills, fill(0, 3, 1, 1000, 1000)) // notional 9: fees floor(0.9) = 0
	}
	r := x.settle(orders, fills)
	var all []uint16
	for i := range fills {
		all = append(all, uint16(i))
	}
	x.wantResult(r, all)
	// Buyer: 1 + 9,999 + 9 + 90 + 9 + 10*9 = 10,198; seller: 1 + 9,990 + 82 + 90 = 10,163; fees 35.
	x.wantCash(ks[0].Addr, 1_000_000-10_198)
	x.wantCash(ks[1].Addr, 10_163)
	x.wantCash(fee, 35)
	x.wantTok(ks[0].Addr, 24)
	x.conserve()
}

// TestExchangeDuplicateOrder: the same order twice in one batch's order
// list gets one fill counter: the second copy is skipped DUPLICATE_ORDER.
func TestExchangeDuplicateOrder(t *testing.T) {
	x := newX(t, 0)
	ks := x.keys(3)
	x.fundCash(10_000, ks[1].Addr, ks[2].Addr)
	x.fundTokens(x.Market, 10, ks[0].Addr)
	s := x.order(ks[0], sell(100, 2, 0))
	b1, b2 := x.order(ks[1], buy(100, 2, 0)), x.order(ks[2], buy(100, 2, 0))
	r := x.settle([]eip712.SignedOrder{s, s, b1, b2, b2}, []eip712.Fill{
		fill(2, 0, 2, 0, 0), // completes s (copy 0)
		fill(3, 1, 2, 0, 0), // copy 1 of s
		fill(4, 0, 1, 0, 0), // copy 2 of b2 (copy 1 was validated by fill 1)
		fill(3, 0, 1, 0, 0), // s is complete
	})
	x.wantResult(r, []uint16{0}, sk(1, maker, eip712.DuplicateOrder), sk(2, taker, eip712.DuplicateOrder), sk(3, maker, eip712.NonceUsed))
	r = x.settle([]eip712.SignedOrder{b2, b2, x.order(ks[0], sell(100, 4, 1))}, []eip712.Fill{fill(0, 2, 2, 0, 0), fill(1, 2, 2, 0, 0)})
	x.wantResult(r, []uint16{0}, sk(1, taker, eip712.DuplicateOrder))
	x.wantTok(ks[1].Addr, 2)
	x.wantTok(ks[2].Addr, 2)
	x.wantTok(ks[0].Addr, 6)
	x.conserve()
}

// TestExchangeWithdrawalRace: a withdrawal request does not cancel a fill
// matched before it. The fill was matched, then the buyer requested its
// whole balance: the batch still settles the fill (no skip), and the
// withdrawal pays what is left after the delay, logging the unpaid rest as
// cancelled (the engine, which debited the whole request, credits it
// back). A settle before the request spends the funds first (the request
// for more reverts).
func TestExchangeWithdrawalRace(t *testing.T) {
	x := newX(t, 3)
	a0, a1 := x.trader(0), x.trader(1)
	ks := x.keys(1)
	x.fundCash(1_000, a0, a1)
	x.fundTokens(x.Market, 100, ks[0].Addr)
	s := x.order(ks[0], sell(100, 100, 0))

	// Matched (a buy of 6 at 100), then the whole balance requested.
	matched := []eip712.SignedOrder{s, x.order(x.FundedKey(tr0), buy(100, 10, 0))}
	x.ex(tr0, x.ExB.PackRequestWithdrawal(cashID, big.NewInt(1_000)))
	x.wantCash(a0, 1_000)
	x.wantPending(a0, cashID, 1_000, x.now()+3600)
	coin0 := x.coinOf(a0).Int64()
	r := x.settle(matched, []eip712.Fill{fill(1, 0, 6, 0, 0)})
	x.wantResult(r, []uint16{0})
	x.wantCash(a0, 400)
	x.wantTok(a0, 6)
	x.conserve()
	// Not before the delay.
	x.expectRevert(tr2, x.Exchange, x.ExB.PackExecuteWithdrawal(a0, cashID), x.exErr("WithdrawalNotReady", x.pend(a0, cashID).ReadyAt))
	x.advance(exDelay)
	rc := x.ex(tr2, x.ExB.PackExecuteWithdrawal(a0, cashID))
	var executed, cancelled int64
	for _, l := range rc.Logs {
		if ev, err := x.ExB.UnpackWithdrawalExecutedEvent(l); err == nil {
			executed += ev.Amount.Int64()
		}
		if ev, err := x.ExB.UnpackWithdrawalCancelledEvent(l); err == nil {
			cancelled += ev.Amount.Int64()
		}
	}
	if executed != 400 || cancelled != 600 {
		t.Fatalf("executeWithdrawal logged %d executed, %d cancelled; want 400 and 600", executed, cancelled)
	}
	x.wantCoin(a0, coin0+400)
	x.wantCash(a0, 0)
	x.wantPending(a0, cashID, 0, 0)
	x.wantTok(a0, 6)
	x.conserve()

	// Settle first.
	r = x.settle([]eip712.SignedOrder{s, x.order(x.FundedKey(tr1), buy(100, 10, 0))}, []eip712.Fill{fill(1, 0, 6, 0, 0)})
	x.wantResult(r, []uint16{0})
	x.expectRevert(tr1, x.Exchange, x.ExB.PackRequestWithdrawal(cashID, big.NewInt(1_000)), x.exErr("InsufficientBalance", big.NewInt(400), big.NewInt(1_000)))
	x.ex(tr1, x.ExB.PackRequestWithdrawal(cashID, big.NewInt(400)))
	x.wantCash(a1, 400) // earmarked, still in the balance until paid
	x.wantPending(a1, cashID, 400, x.now()+3600)
	x.expectRevert(tr1, x.Exchange, x.ExB.PackRequestWithdrawal(cashID, big.NewInt(1)), x.exErr("InsufficientBalance", big.NewInt(400), big.NewInt(401)))
	x.wantTok(a1, 6)
	x.conserve()
}

// TestExchangeReentrantReceiver: an account contract whose ERC-1155 hook
// re-enters the Exchange during executeWithdrawal cannot take anything:
// every re-entry reverts ReentrancyGuardReentrantCall; a hook that burns
// all gas only fails its own withdrawal, which stays pending.
func TestExchangeReentrantReceiver(t *testing.T) {
	x := newX(t, 3)
	a2 := x.trader(2)
	recvAddr, _, err := x.Chain.Deploy(tr0, &bindings.ReentrantReceiverMetaData, x.recv.PackConstructor(x.Exchange))
	x.must(err)
	x.track(recvAddr)
	recvI := x.recv.Instance(x.Chain.Client, recvAddr)
	x.fundTokens(x.Market, 15, recvAddr, a2)
	exec := func(target common.Address, data []byte) {
		x.sendTo(tr0, recvI, x.recv.PackExec(target, data))
	}
	exec(x.Token, x.TokenB.PackSetApprovalForAll(x.Exchange, true))
	exec(x.Exchange, x.ExB.PackRequestWithdrawal(x.Market, big.NewInt(10)))
	x.advance(exDelay)
	reentry := x.exErr("ReentrancyGuardReentrantCall")
	for mode := uint8(1); mode <= 4; mode++ {
		x.sendTo(tr0, recvI, x.recv.PackSetMode(mode, x.Market))
		x.expectRevert(tr1, x.Exchange, x.ExB.PackExecuteWithdrawal(recvAddr, x.Market), reentry)
	}
	x.wantBal(recvAddr, x.Market, 15) // the pending 10 included
	x.wantPending(recvAddr, x.Market, 10, x.pend(recvAddr, x.Market).ReadyAt)

	// The hook swallows the failed re-entry: the withdrawal pays once.
	x.sendTo(tr0, recvI, x.recv.PackSetMode(5, x.Market))
	x.ex(tr1, x.ExB.PackExecuteWithdrawal(recvAddr, x.Market))
	last, err := bind.Call(recvI, nil, x.recv.PackLastRevert(), x.recv.UnpackLastRevert)
	x.must(err)
	if string(last) != string(reentry) {
		t.Fatalf("re-entry reverted with %s, want ReentrancyGuardReentrantCall", x.errName(last))
	}
	x.wantTokOf(recvAddr, x.Market, 10)
	x.wantPending(recvAddr, x.Market, 0, 0)
	x.wantBal(recvAddr, x.Market, 5)
	x.conserve()

	// Gas burner: its own withdrawal fails and stays pending; others go on.
	exec(x.Exchange, x.ExB.PackRequestWithdrawal(x.Market, big.NewInt(5)))
	x.ex(tr2, x.ExB.PackRequestWithdrawal(x.Market, big.NewInt(15)))
	x.sendTo(tr0, recvI, x.recv.PackSetMode(6, x.Market))
	x.advance(exDelay)
	x.expectRevert(tr1, x.Exchange, x.ExB.PackExecuteWithdrawal(recvAddr, x.Market), packErr(t, x.tokABI, "ERC1155InvalidReceiver", recvAddr))
	x.ex(tr1, x.ExB.PackExecuteWithdrawal(a2, x.Market))
	x.wantTokOf(a2, x.Market, 15)
	if p := x.pend(recvAddr, x.Market); p.Amount.Int64() != 5 {
		t.Fatalf("burner's pending withdrawal %s, want 5", p.Amount)
	}
	x.conserve()
	exec(x.Exchange, x.ExB.PackCancelWithdrawal(x.Market))
	x.wantBal(recvAddr, x.Market, 5)
	x.conserve()
}

// walletSell is a sell order of 1271 wallet w, signed by its owner.
func (x *xenv) walletSell(w common.Address, owner gasbench.Key, price, amount int64, nonce uint64) eip712.SignedOrder {
	return x.walletOrder(w, owner, sell(price, amount, nonce))
}

// TestExchange1271Wallet: an EIP-1271 wallet is asked once per batch and
// order, on the order's first fill; its answer holds for the rest of the
// batch (a wallet that would say no on a second call, mode FirstCallInTx,
// is not asked again), and a later batch asks again (toggled off: skipped
// BAD_SIGNATURE).
func TestExchange1271Wallet(t *testing.T) {
	x := newX(t, 1)
	ks := x.keys(3)
	owner, b1, b2 := ks[0], ks[1], ks[2]
	w, wI := x.deployWallet(tr0, owner.Addr, 0)
	x.fundTokens(x.Market, 10, w)
	x.fundCash(10_000, b1.Addr, b2.Addr)
	s := x.walletSell(w, owner, 100, 6, 0)
	if x.hashOrder(s.Order) != mustDigest(x, s.Order) {
		t.Fatal("hashOrder of a wallet order differs from the Go digest")
	}
	o1, o2 := x.order(b1, buy(100, 10, 0)), x.order(b2, buy(100, 10, 0))
	forged := x.walletOrder(w, b1, sell(1, 10, 1)) // signed by someone else than the owner

	r := x.settle([]eip712.SignedOrder{s, o1, forged}, []eip712.Fill{fill(1, 0, 1, 0, 0), fill(1, 2, 1, 0, 0)})
	x.wantResult(r, []uint16{0}, sk(1, maker, eip712.BadSignature))
	// Toggled off: a later batch is refused; on again: fills.
	x.sendTo(tr0, wI, x.wallet.PackSetMode(1))
	r = x.settle([]eip712.SignedOrder{s, o1}, []eip712.Fill{fill(1, 0, 1, 0, 0)})
	x.wantResult(r, nil, sk(0, maker, eip712.BadSignature))
	x.sendTo(tr0, wI, x.wallet.PackSetMode(0))
	r = x.settle([]eip712.SignedOrder{s, o1}, []eip712.Fill{fill(1, 0, 1, 0, 0)})
	x.wantResult(r, []uint16{0})
	// Valid on the first call of the transaction only: asked once, so every
	// fill of the order in the batch settles.
	x.sendTo(tr0, wI, x.wallet.PackSetMode(4))
	r = x.settle([]eip712.SignedOrder{s, o1, o2}, []eip712.Fill{fill(1, 0, 1, 0, 0), fill(2, 0, 1, 0, 0), fill(2, 0, 1, 0, 0)})
	x.wantResult(r, []uint16{0, 1, 2})
	if got := x.filled(s); got.Int64() != 5 {
		t.Fatalf("wallet order filled %s, want 5", got)
	}
	x.wantBal(w, x.Market, 5)
	x.wantCash(w, 500)
	x.wantTok(b1.Addr, 3)
	x.wantTok(b2.Addr, 2)
	x.conserve()
}

// TestExchange1271AcceptAllWallet documents that a wallet answering the
// magic value for everything is only as good as its owner's intent: the
// operator can fill any order "of" it, at any price, with any signature.
func TestExchange1271AcceptAllWallet(t *testing.T) {
	x := newX(t, 1)
	ks := x.keys(1)
	w, _ := x.deployWallet(tr0, common.Address{}, 2)
	x.fundTokens(x.Market, 10, w)
	x.fundCash(10_000, ks[0].Addr)
	o := x.Order(gasbench.Key{Addr: w}, sell(1, 10, 0)) // price 1: nobody meant this
	o.SignatureType = eip712.Contract
	junk := eip712.SignedOrder{Order: o, Signature: []byte("anything")}
	r := x.settle([]eip712.SignedOrder{junk, x.order(ks[0], buy(1, 10, 0))}, []eip712.Fill{fill(1, 0, 10, 0, 0)})
	x.wantResult(r, []uint16{0})
	x.wantBal(w, x.Market, 0)
	x.wantCash(w, 10)
	x.conserve()
}

// TestExchange1271GasBurner: a wallet that burns all gas costs the batch at
// most CONTRACT_SIGNATURE_GAS however many fills name its order (it is
// asked once), the fill is skipped BAD_SIGNATURE, and the batch settles.
func TestExchange1271GasBurner(t *testing.T) {
	x := newX(t, 1)
	ks := x.keys(6)
	burner, _ := x.deployWallet(tr0, ks[0].Addr, 3)
	rejecter, _ := x.deployWallet(tr0, ks[0].Addr, 1)
	x.fundTokens(x.Market, 10, burner, rejecter, ks[1].Addr)
	x.fundCash(10_000, ks[2].Addr, ks[3].Addr)
	limit, err := bind.Call(x.ExchangeI, nil, x.ExB.PackCONTRACTSIGNATUREGAS(), x.ExB.UnpackCONTRACTSIGNATUREGAS)
	x.must(err)
	run := func(w common.Address, buyer gasbench.Key) uint64 {
		orders := []eip712.SignedOrder{x.walletSell(w, ks[0], 100, 5, 0), x.order(buyer, buy(100, 10, 0)), x.order(ks[1], sell(100, 10, 0))}
		r := x.settle(orders, []eip712.Fill{fill(1, 0, 1, 0, 0), fill(1, 0, 1, 0, 0), fill(1, 2, 1, 0, 0)})
		x.wantResult(r, []uint16{2}, sk(0, maker, eip712.BadSignature), sk(1, maker, eip712.BadSignature))
		return r.Receipt.GasUsed
	}
	gReject := run(rejecter, ks[2])
	gBurn := run(burner, ks[3])
	extra := int64(gBurn) - int64(gReject)
	t.Logf("batch with a rejecting wallet %d gas, with a gas burner %d (+%d)", gReject, gBurn, extra)
	if extra > limit.Int64() || extra < limit.Int64()/2 {
		t.Fatalf("the gas burner cost the batch %d more gas; want at most CONTRACT_SIGNATURE_GAS %s (and most of it)", extra, limit)
	}
	x.wantTok(ks[2].Addr, 1)
	x.wantTok(ks[3].Addr, 1)
	x.wantBal(burner, x.Market, 10)
	x.conserve()
}

func mustDigest(x *xenv, o eip712.Order) common.Hash {
	x.t.Helper()
	d, err := eip712.Digest(x.Domain, o)
	x.must(err)
	return d
}
