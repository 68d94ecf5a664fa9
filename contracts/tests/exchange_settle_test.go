package tests

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/contracts/gasbench"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
)

const (
	taker = eip712.PartyTaker
	maker = eip712.PartyMaker
	pfill = eip712.PartyFill
)

// TestExchangeBatchID: the batch id must be lastBatchId+1; a replayed or
// skipped id reverts BadBatchId and changes nothing.
func TestExchangeBatchID(t *testing.T) {
	x := newX(t, 0)
	ks := x.keys(2)
	x.fundCash(10_000, ks[0].Addr)
	x.fundTokens(x.Market, 10, ks[1].Addr)
	orders := []eip712.SignedOrder{x.order(ks[0], buy(100, 10, 0)), x.order(ks[1], sell(100, 10, 0))}
	b, err := eip712.EncodeBatch(orders, []eip712.Fill{fill(0, 1, 2, 0, 0)})
	x.must(err)
	r, err := x.SettleRaw(gasbench.Operator, 1, b)
	x.must(err)
	x.wantResult(r, []uint16{0})
	for _, id := range []uint64{1, 0, 3, 1 << 40} {
		x.expectRevert(gasbench.Operator, x.Exchange, x.ExB.PackSettle(id, b.Orders, b.Fills, b.ContractSigs), x.exErr("BadBatchId", id, uint64(2)))
	}
	if x.lastBatch() != 1 {
		t.Fatalf("lastBatchId %d, want 1", x.lastBatch())
	}
	x.wantCash(ks[0].Addr, 9_800)
	x.wantTok(ks[0].Addr, 2)
	x.wantTok(ks[1].Addr, 8)
	x.conserve()
	// The same batch content under the next id settles again (the orders are
	// partially filled, not dead).
	r, err = x.SettleRaw(gasbench.Operator, 2, b)
	x.must(err)
	x.wantResult(r, []uint16{0})
	x.wantTok(ks[0].Addr, 4)
	x.conserve()
}

// TestExchangeFillAtMakerPrice: a fill settles at the maker's price with
// exact moves for buyer, seller and fee recipient, whichever side the taker is.
func TestExchangeFillAtMakerPrice(t *testing.T) {
	x := newX(t, 0)
	ks := x.keys(4)
	fee := x.Addr(gasbench.FeeRecipient)
	x.fundCash(100_000_000, ks[0].Addr, ks[2].Addr)
	x.fundTokens(x.Market, 100, ks[1].Addr, ks[3].Addr)

	// Taker buys (limit 2.6) from a maker selling at 2.5.
	s := x.order(ks[1], gasbench.OrderSpec{Side: eip712.Sell, Price: 2_500_000, Amount: 10, MaxFeeBps: 10})
	b := x.order(ks[0], gasbench.OrderSpec{Side: eip712.Buy, Price: 2_600_000, Amount: 4, MaxFeeBps: 10})
	// Taker sells (limit 2.0) to a maker buying at 2.4.
	mb := x.order(ks[2], gasbench.OrderSpec{Side: eip712.Buy, Price: 2_400_000, Amount: 3, MaxFeeBps: 10})
	ts := x.order(ks[3], gasbench.OrderSpec{Side: eip712.Sell, Price: 2_000_000, Amount: 3, MaxFeeBps: 10})
	r := x.settle([]eip712.SignedOrder{s, b, mb, ts}, []eip712.Fill{fill(1, 0, 4, 5, 2), fill(3, 2, 3, 10, 0)})
	x.wantResult(r, []uint16{0, 1})
	for i, want := range []int64{2_500_000, 2_400_000} {
		if r.Settled[i].Price.Int64() != want {
			t.Fatalf("fill %d settled at %s, want the maker's price %d", i, r.Settled[i].Price, want)
		}
	}
	// Fill 0: notional 10,000,000; taker fee 5 bps = 5,000; maker fee 2 bps = 2,000.
	x.wantCash(ks[0].Addr, 100_000_000-10_000_000-5_000)
	x.wantTok(ks[0].Addr, 4)
	x.wantCash(ks[1].Addr, 10_000_000-2_000)
	x.wantTok(ks[1].Addr, 96)
	// Fill 1: notional 7,200,000; taker (seller) fee 10 bps = 7,200; maker 0.
	x.wantCash(ks[2].Addr, 100_000_000-7_200_000)
	x.wantTok(ks[2].Addr, 3)
	x.wantCash(ks[3].Addr, 7_200_000-7_200)
	x.wantTok(ks[3].Addr, 97)
	x.wantCash(fee, 5_000+2_000+7_200)
	x.conserve()
}

// TestExchangeFeeLimits: a fee above the order's signed maxFeeBps or above
// MAX_FEE_BPS (1000) is skipped FEE_TOO_HIGH naming the party.
func TestExchangeFeeLimits(t *testing.T) {
	x := newX(t, 0)
	ks := x.keys(4)
	fee := x.Addr(gasbench.FeeRecipient)
	x.fundCash(1_000_000, ks[0].Addr, ks[2].Addr)
	x.fundTokens(x.Market, 100, ks[1].Addr, ks[3].Addr)
	spec := func(side eip712.Side, maxFee uint16) gasbench.OrderSpec {
		return gasbench.OrderSpec{Side: side, Price: 1_000, Amount: 100, MaxFeeBps: maxFee}
	}
	orders := []eip712.SignedOrder{
		x.order(ks[0], spec(eip712.Buy, 20)),    // 0
		x.order(ks[1], spec(eip712.Sell, 30)),   // 1
		x.order(ks[2], spec(eip712.Buy, 2000)),  // 2: signs more than the contract allows
		x.order(ks[3], spec(eip712.Sell, 5000)), // 3
	}
	r := x.settle(orders, []eip712.Fill{
		fill(0, 1, 1, 21, 0),      // 0: taker above its 20
		fill(0, 1, 1, 0, 31),      // 1: maker above its 30
		fill(0, 1, 1, 20, 30),     // 2: both at their maximum: settles
		fill(2, 3, 1, 1001, 0),    // 3: above MAX_FEE_BPS although signed 2000
		fill(2, 3, 1, 0, 1001),    // 4
		fill(2, 3, 1, 1000, 1000), // 5: MAX_FEE_BPS: settles
		fill(2, 3, 1, 65535, 0),   // 6
	})
	x.wantResult(r, []uint16{2, 5},
		sk(0, taker, eip712.FeeTooHigh), sk(1, maker, eip712.FeeTooHigh),
		sk(3, taker, eip712.FeeTooHigh), sk(4, maker, eip712.FeeTooHigh), sk(6, taker, eip712.FeeTooHigh))
	// Fill 2: notional 1,000, fees 2 and 3. Fill 5: fees 100 and 100.
	x.wantCash(ks[0].Addr, 1_000_000-1_000-2)
	x.wantCash(ks[1].Addr, 1_000-3)
	x.wantCash(ks[2].Addr, 1_000_000-1_000-100)
	x.wantCash(ks[3].Addr, 1_000-100)
	x.wantCash(fee, 205)
	x.conserve()
}

// TestExchangeMatchRules: prices must cross, sides differ, markets match,
// indexes exist and the quantity is not zero; every skip names its party
// and the batch's other fills settle.
func TestExchangeMatchRules(t *testing.T) {
	x := newX(t, 0)
	ks := x.keys(3)
	m2 := new(big.Int).Add(x.Market, big.NewInt(1))
	x.fundCash(100_000, ks[0].Addr, ks[1].Addr)
	x.fundTokens(x.Market, 100, ks[0].Addr, ks[2].Addr)
	x.fundTokens(m2, 100, ks[0].Addr)
	orders := []eip712.SignedOrder{
		x.order(ks[0], sell(100, 10, 0)), // 0
		x.order(ks[1], buy(90, 10, 0)),   // 1: below the ask
		x.order(ks[1], buy(110, 10, 1)),  // 2
		x.order(ks[0], gasbench.OrderSpec{Market: m2, Side: eip712.Sell, Price: 100, Amount: 10, Nonce: 1, Salt: 9}), // 3
		x.order(ks[2], sell(95, 10, 0)), // 4: a seller above the maker bid of order 1
	}
	r := x.settle(orders, []eip712.Fill{
		fill(1, 0, 1, 0, 0), // 0: bid 90 < ask 100
		fill(2, 1, 1, 0, 0), // 1: buy against buy
		fill(2, 3, 1, 0, 0), // 2: another market
		fill(2, 5, 1, 0, 0), // 3: no order 5
		fill(9, 0, 1, 0, 0), // 4: no order 9
		fill(2, 0, 0, 0, 0), // 5: quantity 0
		fill(4, 1, 1, 0, 0), // 6: taker sells at 95 to a maker bid of 90
		fill(2, 2, 1, 0, 0), // 7: an order against itself
		fill(0, 4, 1, 0, 0), // 8: sell against sell
		fill(2, 0, 2, 0, 0), // 9: settles at 100
	})
	x.wantResult(r, []uint16{9},
		sk(0, pfill, eip712.PriceNotCrossed), sk(1, pfill, eip712.SameSide), sk(2, pfill, eip712.MarketMismatch),
		sk(3, pfill, eip712.BadOrderIndex), sk(4, pfill, eip712.BadOrderIndex), sk(5, pfill, eip712.ZeroQty),
		sk(6, pfill, eip712.PriceNotCrossed), sk(7, pfill, eip712.SameSide), sk(8, pfill, eip712.SameSide))
	x.wantCash(ks[1].Addr, 100_000-200)
	x.wantTok(ks[1].Addr, 2)
	x.wantCash(ks[0].Addr, 100_200)
	x.wantTok(ks[0].Addr, 98)
	x.wantBal(ks[0].Addr, m2, 100)
	x.conserve()
}

// TestExchangeOverfill: an order never fills beyond its amount, within a
// batch or across batches; a partially filled order continues in a later
// batch, and a completed one cannot be reused.
func TestExchangeOverfill(t *testing.T) {
	x := newX(t, 0)
	ks := x.keys(4)
	x.fundCash(10_000, ks[1].Addr, ks[2].Addr, ks[3].Addr)
	x.fundTokens(x.Market, 100, ks[0].Addr)
	s := x.order(ks[0], sell(100, 5, 0))
	b1 := x.order(ks[1], buy(100, 3, 0))
	b2 := x.order(ks[2], buy(100, 3, 0))

	r := x.settle([]eip712.SignedOrder{s, b1, b2}, []eip712.Fill{
		fill(1, 0, 3, 0, 0), // settles: s 3/5, b1 complete
		fill(2, 0, 3, 0, 0), // s would reach 6
		fill(1, 0, 1, 0, 0), // b1 would reach 4 (its nonce is used now)
	})
	x.wantResult(r, []uint16{0}, sk(1, maker, eip712.Overfill), sk(2, taker, eip712.NonceUsed))
	if got := x.filled(s); got.Int64() != 3 {
		t.Fatalf("filled amount of s %s, want 3", got)
	}
	if ns := x.nonceState(ks[0].Addr); ns.PartialOrders.Int64() != 1 || ns.Base != 0 {
		t.Fatalf("maker nonce state %+v, want one partial order and base 0", ns)
	}

	r = x.settle([]eip712.SignedOrder{s, b2}, []eip712.Fill{
		fill(1, 0, 3, 0, 0), // 3+3 > 5
		fill(1, 0, 2, 0, 0), // completes s; b2 2/3
	})
	x.wantResult(r, []uint16{1}, sk(0, maker, eip712.Overfill))
	if got := x.filled(s); got.Sign() != 0 {
		t.Fatalf("filled amount of completed s %s, want 0 (deleted)", got)
	}
	if ns := x.nonceState(ks[0].Addr); ns.PartialOrders.Sign() != 0 || ns.Base != 1 || !x.nonceUsed(ks[0].Addr, 0) {
		t.Fatalf("maker nonce state %+v, want nonce 0 used and no partial order", ns)
	}
	if got := x.filled(b2); got.Int64() != 2 {
		t.Fatalf("filled amount of b2 %s, want 2", got)
	}

	s3 := x.order(ks[0], sell(100, 5, 1))
	b3 := x.order(ks[3], buy(100, 1, 0))
	r = x.settle([]eip712.SignedOrder{s, b3, b2, s3, b1}, []eip712.Fill{
		fill(1, 0, 1, 0, 0), // s is complete
		fill(2, 3, 2, 0, 0), // b2 has 1 left
		fill(2, 3, 1, 0, 0), // completes b2
		fill(4, 3, 1, 0, 0), // b1 complete earlier
	})
	x.wantResult(r, []uint16{2}, sk(0, maker, eip712.NonceUsed), sk(1, taker, eip712.Overfill), sk(3, taker, eip712.NonceUsed))
	x.wantTok(ks[0].Addr, 94)
	x.wantCash(ks[0].Addr, 600)
	x.wantTok(ks[1].Addr, 3)
	x.wantTok(ks[2].Addr, 3)
	x.wantCash(ks[2].Addr, 9_700)
	x.wantTok(ks[3].Addr, 0)
	x.conserve()
}

// TestExchangeInsufficientFunds: a buyer without cash for notional + fee or
// a seller without tokens is skipped with its party; the batch goes on.
func TestExchangeInsufficientFunds(t *testing.T) {
	x := newX(t, 0)
	ks := x.keys(6)
	fee := x.Addr(gasbench.FeeRecipient)
	x.fundCash(250, ks[0].Addr)
	x.fundCash(300, ks[1].Addr)
	x.fundCash(500, ks[2].Addr)
	x.fundTokens(x.Market, 2, ks[3].Addr)
	x.fundTokens(x.Market, 100, ks[4].Addr)
	orders := []eip712.SignedOrder{
		x.order(ks[0], buy(100, 3, 0)),   // 0: 250 cash
		x.order(ks[1], buy(100, 3, 0)),   // 1: 300 cash
		x.order(ks[2], buy(100, 10, 0)),  // 2: 500 cash
		x.order(ks[3], sell(100, 3, 0)),  // 3: 2 tokens
		x.order(ks[4], sell(100, 50, 0)), // 4: 100 tokens
		x.order(ks[5], sell(100, 5, 0)),  // 5: nothing
	}
	r := x.settle(orders, []eip712.Fill{
		fill(0, 4, 3, 0, 0),   // 0: taker buyer short of cash
		fill(4, 0, 3, 0, 0),   // 1: maker buyer short of cash
		fill(1, 4, 3, 100, 0), // 2: 300 + fee 3 > 300
		fill(1, 3, 3, 0, 0),   // 3: maker seller has 2 tokens
		fill(5, 2, 1, 0, 0),   // 4: taker seller has none
		fill(1, 4, 3, 0, 0),   // 5: exactly 300: settles
		fill(2, 4, 3, 0, 0),   // 6: 300 of 500: settles
		fill(2, 4, 3, 0, 0),   // 7: 200 left: short
		fill(2, 3, 2, 0, 0),   // 8: 200: settles, seller 3 sells its 2
	})
	x.wantResult(r, []uint16{5, 6, 8},
		sk(0, taker, eip712.InsufficientCash), sk(1, maker, eip712.InsufficientCash), sk(2, taker, eip712.InsufficientCash),
		sk(3, maker, eip712.InsufficientTokens), sk(4, taker, eip712.InsufficientTokens), sk(7, taker, eip712.InsufficientCash))
	x.wantCash(ks[0].Addr, 250)
	x.wantCash(ks[1].Addr, 0)
	x.wantTok(ks[1].Addr, 3)
	x.wantCash(ks[2].Addr, 0)
	x.wantTok(ks[2].Addr, 5)
	x.wantCash(ks[3].Addr, 200)
	x.wantTok(ks[3].Addr, 0)
	x.wantCash(ks[4].Addr, 600)
	x.wantTok(ks[4].Addr, 94)
	x.wantCash(fee, 0)
	x.conserve()
}

// TestExchangeNonceOneOrder: one nonce, one order. Two orders may share a
// nonce while neither is complete; once one completes, the other is dead
// (also later in the same batch), and its stored filled amount can be
// cleared by anyone.
func TestExchangeNonceOneOrder(t *testing.T) {
	x := newX(t, 1)
	ks := x.keys(5)
	m := ks[0]
	x.fundTokens(x.Market, 100, m.Addr)
	x.fundCash(10_000, ks[1].Addr, ks[2].Addr, ks[3].Addr, ks[4].Addr)
	a := x.order(m, gasbench.OrderSpec{Side: eip712.Sell, Price: 100, Amount: 2, Nonce: 7, Salt: 1})
	bo := x.order(m, gasbench.OrderSpec{Side: eip712.Sell, Price: 100, Amount: 2, Nonce: 7, Salt: 2})
	d := x.order(m, gasbench.OrderSpec{Side: eip712.Sell, Price: 100, Amount: 2, Nonce: 8, Salt: 3})
	t1, t2, t3 := x.order(ks[1], buy(100, 5, 0)), x.order(ks[2], buy(100, 5, 0)), x.order(ks[3], buy(100, 5, 0))
	r := x.settle([]eip712.SignedOrder{a, bo, t1, t2, t3, d}, []eip712.Fill{
		fill(2, 1, 1, 0, 0), // bo 1/2
		fill(3, 0, 2, 0, 0), // a completes: nonce 7 used
		fill(4, 1, 1, 0, 0), // bo is dead now
		fill(4, 5, 1, 0, 0), // d 1/2
	})
	x.wantResult(r, []uint16{0, 1, 3}, sk(2, maker, eip712.NonceUsed))
	c := x.order(m, gasbench.OrderSpec{Side: eip712.Sell, Price: 100, Amount: 2, Nonce: 7, Salt: 4})
	r = x.settle([]eip712.SignedOrder{bo, c, t3}, []eip712.Fill{fill(2, 0, 1, 0, 0), fill(2, 1, 1, 0, 0)})
	x.wantResult(r, nil, sk(0, maker, eip712.NonceUsed), sk(1, maker, eip712.NonceUsed))

	// bo and d left stored filled amounts; only bo's (nonce used) can be cleared.
	if ns := x.nonceState(m.Addr); ns.PartialOrders.Int64() != 2 {
		t.Fatalf("partial orders %s, want 2", ns.PartialOrders)
	}
	dBo, err := eip712.Digest(x.Domain, bo.Order)
	x.must(err)
	dD, err := eip712.Digest(x.Domain, d.Order)
	x.must(err)
	x.ex(tr0, x.ExB.PackClearFilled(m.Addr, [][32]byte{dBo, dD, {}}))
	if x.filled(bo).Sign() != 0 || x.filled(d).Int64() != 1 {
		t.Fatalf("after clearFilled: bo %s (want 0), d %s (want 1)", x.filled(bo), x.filled(d))
	}
	if ns := x.nonceState(m.Addr); ns.PartialOrders.Int64() != 1 {
		t.Fatalf("partial orders %s, want 1", ns.PartialOrders)
	}
	// d continues from its stored amount.
	r = x.settle([]eip712.SignedOrder{d, t3}, []eip712.Fill{fill(1, 0, 2, 0, 0), fill(1, 0, 1, 0, 0)})
	x.wantResult(r, []uint16{1}, sk(0, maker, eip712.Overfill))
	x.wantTok(m.Addr, 95)
	x.wantCash(m.Addr, 500)
	x.conserve()
}

// TestExchangeCancels: cancelNonces and cancelBelow make orders unfillable
// (NONCE_USED), also for nonces far above the window; a cancelled partially
// filled order stops, and clearFilled removes its stored amount.
func TestExchangeCancels(t *testing.T) {
	x := newX(t, 2)
	mk := x.FundedKey(tr0)
	ma := mk.Addr
	ks := x.keys(1)
	x.fundTokens(x.Market, 100, ma)
	x.fundCash(100_000, ks[0].Addr)
	bigBuy := x.order(ks[0], buy(100, 1_000, 0))
	so := func(nonce uint64, amount int64) eip712.SignedOrder { return x.order(mk, sell(100, amount, nonce)) }

	x.ex(tr0, x.ExB.PackCancelNonces([]uint64{3, 100, 1000}))
	for n, want := range map[uint64]bool{3: true, 100: true, 1000: true, 0: false, 4: false, 99: false, 999: false} {
		if x.nonceUsed(ma, n) != want {
			t.Fatalf("nonce %d used: %v, want %v", n, !want, want)
		}
	}
	if ns := x.nonceState(ma); ns.Base != 0 || ns.Window != 1<<3 || !ns.FarNonces {
		t.Fatalf("nonce state %+v", ns)
	}
	p := so(60, 4)
	r := x.settle([]eip712.SignedOrder{bigBuy, so(3, 1), so(100, 1), so(1000, 1), so(4, 1), p}, []eip712.Fill{
		fill(0, 1, 1, 0, 0), fill(0, 2, 1, 0, 0), fill(0, 3, 1, 0, 0), fill(0, 4, 1, 0, 0), fill(0, 5, 1, 0, 0),
	})
	x.wantResult(r, []uint16{3, 4}, sk(0, maker, eip712.NonceUsed), sk(1, maker, eip712.NonceUsed), sk(2, maker, eip712.NonceUsed))

	// Cancelling the partially filled order p.
	x.ex(tr0, x.ExB.PackCancelNonces([]uint64{60}))
	r = x.settle([]eip712.SignedOrder{bigBuy, p}, []eip712.Fill{fill(0, 1, 1, 0, 0)})
	x.wantResult(r, nil, sk(0, maker, eip712.NonceUsed))
	dp, err := eip712.Digest(x.Domain, p.Order)
	x.must(err)
	if x.filled(p).Int64() != 1 || x.nonceState(ma).PartialOrders.Int64() != 1 {
		t.Fatalf("p filled %s, partial orders %s; want 1 and 1", x.filled(p), x.nonceState(ma).PartialOrders)
	}
	x.ex(tr1, x.ExB.PackClearFilled(ma, [][32]byte{dp}))
	if x.filled(p).Sign() != 0 || x.nonceState(ma).PartialOrders.Sign() != 0 {
		t.Fatalf("clearFilled left p filled %s, partial orders %s", x.filled(p), x.nonceState(ma).PartialOrders)
	}

	// cancelBelow(50): everything under 50 dies; bits above stay, and the
	// far nonce 100 enters the window.
	x.ex(tr0, x.ExB.PackCancelBelow(50))
	if ns := x.nonceState(ma); ns.Base != 50 || ns.Window != 1<<10|1<<50 {
		t.Fatalf("nonce state after cancelBelow(50): %+v", ns)
	}
	for n, want := range map[uint64]bool{0: true, 49: true, 50: false, 51: false, 60: true, 100: true, 1000: true, 999: false} {
		if x.nonceUsed(ma, n) != want {
			t.Fatalf("nonce %d used: %v, want %v", n, !want, want)
		}
	}
	x.ex(tr0, x.ExB.PackCancelBelow(10)) // below the base: nothing
	if ns := x.nonceState(ma); ns.Base != 50 {
		t.Fatalf("cancelBelow(10) moved the base to %d", ns.Base)
	}
	far := so(5_000, 1)
	r = x.settle([]eip712.SignedOrder{bigBuy, so(49, 1), so(50, 1), far, so(1000, 1)}, []eip712.Fill{
		fill(0, 1, 1, 0, 0), fill(0, 2, 1, 0, 0), fill(0, 3, 1, 0, 0), fill(0, 4, 1, 0, 0),
	})
	x.wantResult(r, []uint16{1, 2}, sk(0, maker, eip712.NonceUsed), sk(3, maker, eip712.NonceUsed))
	if !x.nonceUsed(ma, 5_000) || x.nonceUsed(ma, 4_999) || x.nonceState(ma).Base != 51 {
		t.Fatalf("after filling nonces 50 and 5000: state %+v", x.nonceState(ma))
	}
	r = x.settle([]eip712.SignedOrder{bigBuy, far}, []eip712.Fill{fill(0, 1, 1, 0, 0)})
	x.wantResult(r, nil, sk(0, maker, eip712.NonceUsed))

	// cancelBelow far ahead pulls the bitmap into the window.
	x.ex(tr0, x.ExB.PackCancelBelow(990))
	for n, want := range map[uint64]bool{989: true, 990: false, 995: false, 1000: true, 5_000: true, 5_001: false} {
		if x.nonceUsed(ma, n) != want {
			t.Fatalf("after cancelBelow(990): nonce %d used %v, want %v", n, !want, want)
		}
	}
	r = x.settle([]eip712.SignedOrder{bigBuy, so(995, 1), so(1000, 1)}, []eip712.Fill{fill(0, 1, 1, 0, 0), fill(0, 2, 1, 0, 0)})
	x.wantResult(r, []uint16{0}, sk(1, maker, eip712.NonceUsed))
	x.wantTok(ma, 95)
	x.wantTok(ks[0].Addr, 5)
	x.wantCash(ma, 500)
	x.conserve()
}

// TestExchangeHashOrder: the contract's digest is the one the Go side signs.
func TestExchangeHashOrder(t *testing.T) {
	x := newX(t, 0)
	k := x.keys(1)[0]
	o := x.Order(k, gasbench.OrderSpec{Side: eip712.Sell, Price: 7, Amount: 9, MaxFeeBps: 3, Expiry: 77, Nonce: 5, Salt: 11})
	want, err := eip712.Digest(x.Domain, o)
	x.must(err)
	got := x.hashOrder(o)
	if got != want {
		t.Fatalf("hashOrder %x, Go digest %x", got, want)
	}
}

func (x *xenv) hashOrder(o eip712.Order) common.Hash {
	x.t.Helper()
	v, err := bind.Call(x.ExchangeI, nil, x.ExB.PackHashOrder(toExchangeOrder(o)), x.ExB.UnpackHashOrder)
	x.must(err)
	return v
}
