// Package invariant drives the Exchange with long random sequences of
// deposits, withdrawals, cancels and settlements, and checks after every
// step that the contract's holdings of every asset equal the sum of the
// internal balances (a pending withdrawal stays in the balance until it is
// paid), and that every balance, pending withdrawal, fill, skip reason,
// nonce and stored filled amount equals a Go model of the contract's rules.
//
// Batches go through eip712.EncodeBatch (gasbench.Env.Settle) and outcomes
// come from gasbench.Result only: the test never parses logs or wire bytes.
package invariant

import (
	"context"
	"flag"
	"fmt"
	"math/big"
	"math/rand/v2"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hourglass-exchange/hourglass/contracts/gasbench"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
)

var (
	seedFlag  = flag.Uint64("invariant.seed", 20260801, "seed of TestExchangeInvariants' random sequence")
	stepsFlag = flag.Int("invariant.steps", 0, "steps of TestExchangeInvariants (0: 300, or 100 with -short)")
)

const (
	numTraders      = 8
	withdrawalDelay = time.Hour
	maxFeeBps       = 1000 // the contract's MAX_FEE_BPS
)

// Step kinds, with their weights in the random mix.
type kind int

const (
	kDepositCash kind = iota
	kDepositToken
	kRequestWithdrawal
	kExecuteWithdrawal
	kCancelWithdrawal
	kCancelNonces
	kCancelBelow
	kClearFilled
	kSettle
	numKinds
)

var kindNames = [numKinds]string{
	"deposit_cash", "deposit_token", "request_withdrawal", "execute_withdrawal", "cancel_withdrawal",
	"cancel_nonces", "cancel_below", "clear_filled", "settle",
}

var kindWeights = [numKinds]int{10, 10, 10, 8, 5, 5, 3, 3, 46}

type balKey struct {
	a     common.Address
	asset int // index into harness.assets
}

type pending struct {
	amount  *big.Int
	readyAt uint64
}

// nonces is the model of an account's nonce state: every nonce below floor
// is used, and the nonces in used.
type nonces struct {
	floor uint64
	used  map[uint64]bool
}

func (n *nonces) isUsed(x uint64) bool { return x < n.floor || n.used[x] }

// order is a signed order the test made, with what the model knows of it.
type order struct {
	so     eip712.SignedOrder
	digest common.Hash
	badSig bool     // signed by another key
	bad    bool     // malformed: the contract skips it BAD_ORDER
	filled *big.Int // total quantity the model settled, over all batches
	seen   *big.Int // total quantity the contract reported settled (Result.Settled)
}

type harness struct {
	t   *testing.T
	e   *gasbench.Env
	rng *rand.Rand

	traders    []int            // funded account indexes of the traders
	withdraws  []int            // accounts that send their own withdrawals: traders and the fee recipient
	accounts   []common.Address // every funded account: the sums run over these
	feeAddr    common.Address
	assets     []*big.Int // 0: CASH, then token ids
	markets    []int      // asset indexes of the token ids traders hold
	phantom    int        // asset index of a valid token id nobody ever deposits
	refPrice   map[int]int64
	assetOfMkt map[string]int

	// The model.
	bal       map[balKey]*big.Int
	pend      map[balKey]pending
	nonce     map[common.Address]*nonces
	nextNonce map[common.Address]uint64
	stored    map[common.Hash]*big.Int // filledAmount(maker, digest)
	orders    map[common.Hash]*order
	pool      []*order

	// Statistics.
	counts      [numKinds]int
	reverts     [numKinds]int // steps that were meant to revert and did
	fills       int
	settled     int
	reused      int // settled fills of orders partially filled by an earlier batch
	reasons     map[eip712.SkipReason]int
	executed    int
	timeSkips   int
	selfTrades  int
	partialSeen int
}

func (h *harness) fatalf(format string, args ...any) {
	h.t.Helper()
	h.t.Fatalf(format, args...)
}

func (h *harness) must(err error, what string) {
	h.t.Helper()
	if err != nil {
		h.fatalf("%s: %v", what, err)
	}
}

// instrumentID returns a function that encodes an instrument or fails t.
func instrumentID(t *testing.T) func(instrument.Instrument, error) *big.Int {
	return func(in instrument.Instrument, err error) *big.Int {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		id, err := in.Encode()
		if err != nil {
			t.Fatal(err)
		}
		return id.Big()
	}
}

func newHarness(t *testing.T, seed uint64) *harness {
	e, err := gasbench.NewEnv(gasbench.FirstTrader+numTraders, withdrawalDelay)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = e.Close() })
	h := &harness{
		t: t, e: e, rng: rand.New(rand.NewPCG(seed, 0x1badb002)),
		feeAddr: e.Addr(gasbench.FeeRecipient), refPrice: map[int]int64{}, assetOfMkt: map[string]int{},
		bal: map[balKey]*big.Int{}, pend: map[balKey]pending{}, nonce: map[common.Address]*nonces{},
		nextNonce: map[common.Address]uint64{}, stored: map[common.Hash]*big.Int{}, orders: map[common.Hash]*order{},
		reasons: map[eip712.SkipReason]int{},
	}
	for i := 0; i < gasbench.FirstTrader+numTraders; i++ {
		h.accounts = append(h.accounts, e.Addr(i))
		h.nonce[e.Addr(i)] = &nonces{used: map[uint64]bool{}}
	}
	for i := gasbench.FirstTrader; i < gasbench.FirstTrader+numTraders; i++ {
		h.traders = append(h.traders, i)
	}
	h.withdraws = append(append([]int{}, h.traders...), gasbench.FeeRecipient)

	// Assets: cash, Env.Market, the same grade a week later, another grade
	// and region for a day, and a spot id nobody holds.
	week2 := instrumentID(t)(instrument.NewReservation(0x2330, instrument.SXM, instrument.RegionUS, 1, time.Date(2099, 1, 12, 0, 0, 0, 0, time.UTC), 168))
	day := instrumentID(t)(instrument.NewReservation(0x2324, instrument.PCIe, instrument.RegionEU, 2, time.Date(2099, 2, 2, 12, 0, 0, 0, time.UTC), 24))
	spot := instrumentID(t)(instrument.NewSpot(0x2330, instrument.SXM, instrument.RegionAPAC, 3, 4))
	h.assets = []*big.Int{new(big.Int), e.Market, week2, day, spot}
	h.markets = []int{1, 2, 3}
	h.phantom = 4
	for i, id := range h.assets[1:] {
		h.assetOfMkt[id.String()] = i + 1
	}
	h.refPrice[1], h.refPrice[2], h.refPrice[3], h.refPrice[4] = 2_500, 2_300, 1_700, 3_000

	// Wallets: each trader holds stablecoin and tokens outside the exchange
	// and has approved it; each starts with some of both inside.
	var traderAddrs []common.Address
	for _, i := range h.traders {
		a := e.Addr(i)
		traderAddrs = append(traderAddrs, a)
		h.must(e.MintCoin(a, big.NewInt(1_000_000_000_000)), "mint coin")
		_, err := e.Send(i, e.CoinI, e.CoinB.PackApprove(e.Exchange, new(big.Int).Lsh(big.NewInt(1), 255)))
		h.must(err, "approve")
		for _, m := range h.markets {
			h.must(e.MintTokens(a, h.assets[m], big.NewInt(1_000_000)), "mint tokens")
		}
		_, err = e.Send(i, e.TokenI, e.TokenB.PackSetApprovalForAll(e.Exchange, true))
		h.must(err, "setApprovalForAll")
	}
	// Move the chain's clock a year ahead of the wall clock: from then on
	// each block is one second after the last, so a seed replays exactly.
	h.advance(365 * 24 * time.Hour)
	h.must(e.FundCash(traderAddrs, big.NewInt(60_000)), "fund cash")
	for _, a := range traderAddrs {
		h.add(a, 0, big.NewInt(60_000))
	}
	for _, m := range h.markets {
		h.must(e.FundTokens(traderAddrs, h.assets[m], big.NewInt(60)), "fund tokens")
		for _, a := range traderAddrs {
			h.add(a, m, big.NewInt(60))
		}
	}
	return h
}

// ---------------------------------------------------------------------
// Model helpers

func (h *harness) get(a common.Address, asset int) *big.Int {
	if v, ok := h.bal[balKey{a, asset}]; ok {
		return v
	}
	return new(big.Int)
}

func (h *harness) add(a common.Address, asset int, x *big.Int) {
	h.bal[balKey{a, asset}] = new(big.Int).Add(h.get(a, asset), x)
}

func (h *harness) sub(a common.Address, asset int, x *big.Int) {
	v := new(big.Int).Sub(h.get(a, asset), x)
	if v.Sign() < 0 {
		h.fatalf("model bug: balance of %s asset %d below zero", a.Hex(), asset)
	}
	h.bal[balKey{a, asset}] = v
}

func (h *harness) pendingOf(a common.Address, asset int) pending {
	if p, ok := h.pend[balKey{a, asset}]; ok {
		return p
	}
	return pending{amount: new(big.Int)}
}

func (h *harness) assetOf(market *big.Int) (int, bool) {
	i, ok := h.assetOfMkt[market.String()]
	return i, ok
}

func (h *harness) blockTime(r *types.Receipt) uint64 {
	hd, err := h.e.Chain.Client.HeaderByNumber(context.Background(), r.BlockNumber)
	h.must(err, "header")
	return hd.Time
}

func (h *harness) now() uint64 {
	n, err := h.e.Now()
	h.must(err, "now")
	return n
}

// advance is Env.AdvanceTime: a block d later, then one a second later.
func (h *harness) advance(d time.Duration) {
	h.t.Helper()
	if err := h.e.AdvanceTime(d); err != nil {
		h.fatalf("advance time: %v", err)
	}
}

func (h *harness) pick(xs []int) int { return xs[h.rng.IntN(len(xs))] }

// randUpTo returns a value in [1, n] (n >= 1).
func (h *harness) randUpTo(n int64) int64 { return 1 + h.rng.Int64N(n) }

// ---------------------------------------------------------------------
// Checks

// check asserts the holdings invariant for every asset and that every
// balance and pending withdrawal equals the model.
func (h *harness) check(step int, what string) {
	h.t.Helper()
	e := h.e
	// Read everything first, one goroutine per account (the simulated
	// backend serves calls concurrently), then compare.
	type reading struct {
		bal []*big.Int
		pen []pending
		err error
	}
	reads := make([]reading, len(h.accounts))
	held := make([]*big.Int, len(h.assets))
	heldErr := make([]error, len(h.assets))
	var wg sync.WaitGroup
	for i, a := range h.accounts {
		wg.Go(func() {
			r := &reads[i]
			for _, asset := range h.assets {
				b, err := e.Balance(a, asset)
				if err != nil {
					r.err = err
					return
				}
				p, err := e.Pending(a, asset)
				if err != nil {
					r.err = err
					return
				}
				r.bal = append(r.bal, b)
				r.pen = append(r.pen, pending{amount: p.Amount, readyAt: p.ReadyAt})
			}
		})
	}
	for ai, asset := range h.assets {
		wg.Go(func() {
			if ai == 0 {
				held[ai], heldErr[ai] = e.CoinBalance(e.Exchange)
			} else {
				held[ai], heldErr[ai] = e.TokenBalance(e.Exchange, asset)
			}
		})
	}
	wg.Wait()
	for _, err := range heldErr {
		h.must(err, "holdings")
	}
	for _, r := range reads {
		h.must(r.err, "balanceOf / pendingWithdrawal")
	}
	var errs []string
	for ai, asset := range h.assets {
		sum := new(big.Int)
		for i, a := range h.accounts {
			b, p := reads[i].bal[ai], reads[i].pen[ai]
			sum.Add(sum, b) // a pending withdrawal stays in the balance until paid
			if want := h.get(a, ai); b.Cmp(want) != 0 {
				errs = append(errs, fmt.Sprintf("balanceOf(%s, asset %d) = %s, model %s", a.Hex(), ai, b, want))
			}
			if want := h.pendingOf(a, ai); p.amount.Cmp(want.amount) != 0 || p.readyAt != want.readyAt {
				errs = append(errs, fmt.Sprintf("pendingWithdrawal(%s, asset %d) = %s ready %d, model %s ready %d",
					a.Hex(), ai, p.amount, p.readyAt, want.amount, want.readyAt))
			}
		}
		if held[ai].Cmp(sum) != 0 {
			errs = append(errs, fmt.Sprintf("INVARIANT: the exchange holds %s of asset %d (%#x), balances sum to %s",
				held[ai], ai, asset, sum))
		}
	}
	if len(errs) > 0 {
		h.fatalf("after step %d (%s):\n  %s", step, what, strings.Join(errs, "\n  "))
	}
}

func (h *harness) checkNonce(a common.Address, n uint64, ctx string) {
	h.t.Helper()
	got, err := bind.Call(h.e.ExchangeI, nil, h.e.ExB.PackIsNonceUsed(a, n), h.e.ExB.UnpackIsNonceUsed)
	h.must(err, "isNonceUsed")
	if want := h.nonce[a].isUsed(n); got != want {
		h.fatalf("%s: isNonceUsed(%s, %d) = %v, model %v (floor %d)", ctx, a.Hex(), n, got, want, h.nonce[a].floor)
	}
}

func (h *harness) checkStored(o *order, ctx string) {
	h.t.Helper()
	got, err := bind.Call(h.e.ExchangeI, nil, h.e.ExB.PackFilledAmount(o.so.Maker, o.digest), h.e.ExB.UnpackFilledAmount)
	h.must(err, "filledAmount")
	want := h.stored[o.digest]
	if want == nil {
		want = new(big.Int)
	}
	if got.Cmp(want) != 0 {
		h.fatalf("%s: filledAmount(%s, %s) = %s, model %s", ctx, o.so.Maker.Hex(), o.digest.Hex(), got, want)
	}
}

// ---------------------------------------------------------------------
// Steps

// send sends a trader's transaction; wantOK says whether the model expects
// it to succeed. It returns the receipt of a successful one.
func (h *harness) send(k kind, from int, data []byte, inst *bind.BoundContract, wantOK bool, what string) *types.Receipt {
	h.t.Helper()
	r, err := h.e.Send(from, inst, data)
	switch {
	case wantOK && err != nil:
		h.fatalf("%s: want success, got %v", what, err)
	case !wantOK && err == nil:
		h.fatalf("%s: want a revert, but it succeeded", what)
	case !wantOK:
		h.reverts[k]++
	}
	return r
}

func (h *harness) depositCash() string {
	e := h.e
	from := h.pick(h.traders)
	to := from
	amt := big.NewInt(h.randUpTo(100_000))
	switch r := h.rng.IntN(10); {
	case r == 0: // a zero deposit reverts
		h.send(kDepositCash, from, e.ExB.PackDeposit(new(big.Int)), e.ExchangeI, false, "deposit(0)")
		return "deposit(0)"
	case r < 5:
		h.send(kDepositCash, from, e.ExB.PackDeposit(amt), e.ExchangeI, true, "deposit")
	case r < 8:
		to = h.pick(h.traders)
		h.send(kDepositCash, from, e.ExB.PackDepositFor(e.Addr(to), amt), e.ExchangeI, true, "depositFor")
	default:
		h.must(e.FundCash([]common.Address{e.Addr(to)}, amt), "FundCash")
	}
	h.add(e.Addr(to), 0, amt)
	return fmt.Sprintf("deposit %s cash %d→%d", amt, from, to)
}

func (h *harness) depositToken() string {
	e := h.e
	from := h.pick(h.traders)
	to := from
	m := h.pick(h.markets)
	id := h.assets[m]
	amt := big.NewInt(h.randUpTo(40))
	switch r := h.rng.IntN(10); {
	case r == 0:
		h.send(kDepositToken, from, e.ExB.PackDepositToken(id, new(big.Int)), e.ExchangeI, false, "depositToken(0)")
		return "depositToken(0)"
	case r == 1:
		h.send(kDepositToken, from, e.ExB.PackDepositToken(new(big.Int), amt), e.ExchangeI, false, "depositToken(CASH)")
		return "depositToken(CASH)"
	case r < 6:
		h.send(kDepositToken, from, e.ExB.PackDepositToken(id, amt), e.ExchangeI, true, "depositToken")
	case r < 8: // a gift: safeTransferFrom with the beneficiary in data
		to = h.pick(h.traders)
		a := e.Addr(to)
		h.send(kDepositToken, from, e.TokenB.PackSafeTransferFrom(e.Addr(from), e.Exchange, id, amt, common.LeftPadBytes(a[:], 32)), e.TokenI, true, "safeTransferFrom gift")
	default:
		h.must(e.FundTokens([]common.Address{e.Addr(to)}, id, amt), "FundTokens")
	}
	h.add(e.Addr(to), m, amt)
	return fmt.Sprintf("deposit %s of token %d %d→%d", amt, m, from, to)
}

func (h *harness) withdrawAsset() int {
	if h.rng.IntN(3) == 0 {
		return 0
	}
	return h.pick(h.markets)
}

func (h *harness) requestWithdrawal() string {
	e := h.e
	from := h.pick(h.withdraws)
	a := e.Addr(from)
	asset := h.withdrawAsset()
	// A request earmarks part of the balance: at most what is not yet
	// earmarked.
	bal := new(big.Int).Sub(h.get(a, asset), h.pendingOf(a, asset).amount)
	if bal.Sign() < 0 {
		bal.SetInt64(0)
	}
	var amt *big.Int
	switch r := h.rng.IntN(20); {
	case r == 0:
		amt = new(big.Int)
	case r < 6:
		amt = new(big.Int).Add(bal, big.NewInt(h.randUpTo(100)))
	case r < 8:
		amt = new(big.Int).Set(bal)
	default:
		if bal.Sign() == 0 || !bal.IsInt64() {
			amt = big.NewInt(1)
		} else {
			amt = big.NewInt(h.randUpTo(bal.Int64()))
		}
	}
	ok := amt.Sign() > 0 && amt.Cmp(bal) <= 0
	what := fmt.Sprintf("requestWithdrawal(%d, asset %d, %s of %s)", from, asset, amt, bal)
	r := h.send(kRequestWithdrawal, from, e.ExB.PackRequestWithdrawal(h.assets[asset], amt), e.ExchangeI, ok, what)
	if ok {
		p := h.pendingOf(a, asset)
		h.pend[balKey{a, asset}] = pending{amount: new(big.Int).Add(p.amount, amt), readyAt: h.blockTime(r) + uint64(withdrawalDelay/time.Second)}
	}
	return what
}

// pendingKeys lists the model's pending withdrawals in a fixed order.
func (h *harness) pendingKeys() []balKey {
	var ks []balKey
	for k, p := range h.pend {
		if p.amount.Sign() > 0 {
			ks = append(ks, k)
		}
	}
	sort.Slice(ks, func(i, j int) bool {
		if c := ks[i].a.Cmp(ks[j].a); c != 0 {
			return c < 0
		}
		return ks[i].asset < ks[j].asset
	})
	return ks
}

func (h *harness) executeWithdrawal() string {
	e := h.e
	var k balKey
	if ks := h.pendingKeys(); len(ks) > 0 && h.rng.IntN(5) != 0 {
		k = ks[h.rng.IntN(len(ks))]
	} else {
		k = balKey{e.Addr(h.pick(h.withdraws)), h.withdrawAsset()}
	}
	p := h.pendingOf(k.a, k.asset)
	now := h.now()
	if p.amount.Sign() > 0 && p.readyAt > now && h.rng.IntN(2) == 0 {
		h.advance(withdrawalDelay + time.Minute)
		h.timeSkips++
		now = h.now()
	}
	if p.amount.Sign() > 0 && p.readyAt > now && p.readyAt <= now+60 {
		// Too close to call: the next block's time decides. Step past it.
		h.advance(2 * time.Minute)
		now = h.now()
	}
	ok := p.amount.Sign() > 0 && p.readyAt <= now
	caller := h.pick(h.withdraws)
	before := h.wallet(k)
	what := fmt.Sprintf("executeWithdrawal(%s, asset %d) by %d: %s ready %d, now %d", k.a.Hex(), k.asset, caller, p.amount, p.readyAt, now)
	h.send(kExecuteWithdrawal, caller, e.ExB.PackExecuteWithdrawal(k.a, h.assets[k.asset]), e.ExchangeI, ok, what)
	if ok {
		// Pays what is left of the request: settlement may have spent
		// part of the balance during the delay.
		paid := new(big.Int).Set(p.amount)
		if b := h.get(k.a, k.asset); b.Cmp(paid) < 0 {
			paid.Set(b)
		}
		delete(h.pend, k)
		h.sub(k.a, k.asset, paid)
		h.executed++
		if got := new(big.Int).Sub(h.wallet(k), before); got.Cmp(paid) != 0 {
			h.fatalf("%s: the account's wallet grew by %s, want %s", what, got, paid)
		}
	}
	return what
}

// wallet is what account k.a holds of asset k.asset outside the exchange.
func (h *harness) wallet(k balKey) *big.Int {
	var v *big.Int
	var err error
	if k.asset == 0 {
		v, err = h.e.CoinBalance(k.a)
	} else {
		v, err = h.e.TokenBalance(k.a, h.assets[k.asset])
	}
	h.must(err, "wallet balance")
	return v
}

func (h *harness) cancelWithdrawal() string {
	e := h.e
	from := h.pick(h.withdraws)
	asset := h.withdrawAsset()
	// Mostly a withdrawal that is pending.
	if ks := h.pendingKeys(); len(ks) > 0 && h.rng.IntN(4) != 0 {
		k := ks[h.rng.IntN(len(ks))]
		for _, i := range h.withdraws {
			if e.Addr(i) == k.a {
				from, asset = i, k.asset
			}
		}
	}
	a := e.Addr(from)
	p := h.pendingOf(a, asset)
	ok := p.amount.Sign() > 0
	what := fmt.Sprintf("cancelWithdrawal(%d, asset %d): %s pending", from, asset, p.amount)
	h.send(kCancelWithdrawal, from, e.ExB.PackCancelWithdrawal(h.assets[asset]), e.ExchangeI, ok, what)
	if ok {
		delete(h.pend, balKey{a, asset}) // the amount never left the balance
	}
	return what
}

// poolOf lists the pool's orders of maker a.
func (h *harness) poolOf(a common.Address) []*order {
	var os []*order
	for _, o := range h.pool {
		if o.so.Maker == a {
			os = append(os, o)
		}
	}
	return os
}

func (h *harness) cancelNonces() string {
	e := h.e
	from := h.pick(h.traders)
	a := e.Addr(from)
	next := h.nextNonce[a]
	mine := h.poolOf(a)
	var ns []uint64
	for range h.rng.IntN(5) {
		switch r := h.rng.IntN(10); {
		case r < 5 && len(mine) > 0:
			ns = append(ns, mine[h.rng.IntN(len(mine))].so.Nonce)
		case r < 8:
			ns = append(ns, next+uint64(h.rng.IntN(70)))
		default:
			ns = append(ns, next+64+uint64(h.rng.IntN(2000)))
		}
	}
	h.send(kCancelNonces, from, e.ExB.PackCancelNonces(ns), e.ExchangeI, true, "cancelNonces")
	for _, n := range ns {
		h.nonce[a].used[n] = true
	}
	ctx := fmt.Sprintf("cancelNonces(%d, %v)", from, ns)
	for _, n := range ns {
		h.checkNonce(a, n, ctx)
	}
	for _, o := range mine {
		h.checkNonce(a, o.so.Nonce, ctx)
	}
	return ctx
}

func (h *harness) cancelBelow() string {
	e := h.e
	from := h.pick(h.traders)
	a := e.Addr(from)
	nm := h.nonce[a]
	next := h.nextNonce[a]
	var floor uint64
	switch r := h.rng.IntN(20); {
	case r < 8:
		floor = nm.floor + 1 + uint64(h.rng.IntN(5))
	case r < 14:
		floor = next - min(next, uint64(h.rng.IntN(4)))
	case r < 17:
		floor = nm.floor - min(nm.floor, uint64(h.rng.IntN(3)))
	default:
		floor = next + uint64(h.rng.IntN(300))
	}
	h.send(kCancelBelow, from, e.ExB.PackCancelBelow(floor), e.ExchangeI, true, "cancelBelow")
	nm.floor = max(nm.floor, floor)
	if h.rng.IntN(10) < 7 {
		h.nextNonce[a] = max(next, nm.floor)
	}
	ctx := fmt.Sprintf("cancelBelow(%d, %d)", from, floor)
	for _, n := range []uint64{floor - min(floor, 1), floor, floor + 1, next, next + 64} {
		h.checkNonce(a, n, ctx)
	}
	for _, o := range h.poolOf(a) {
		h.checkNonce(a, o.so.Nonce, ctx)
	}
	return ctx
}

func (h *harness) clearFilled() string {
	e := h.e
	var makers []common.Address
	byMaker := map[common.Address][]common.Hash{}
	for d := range h.stored {
		o := h.orders[d]
		if len(byMaker[o.so.Maker]) == 0 {
			makers = append(makers, o.so.Maker)
		}
		byMaker[o.so.Maker] = append(byMaker[o.so.Maker], d)
	}
	sort.Slice(makers, func(i, j int) bool { return makers[i].Cmp(makers[j]) < 0 })
	var maker common.Address
	var ds []common.Hash
	if len(makers) > 0 {
		maker = makers[h.rng.IntN(len(makers))]
		ds = byMaker[maker]
		sort.Slice(ds, func(i, j int) bool { return ds[i].Cmp(ds[j]) < 0 })
		h.rng.Shuffle(len(ds), func(i, j int) { ds[i], ds[j] = ds[j], ds[i] })
		ds = ds[:1+h.rng.IntN(len(ds))]
	} else {
		maker = e.Addr(h.pick(h.traders))
	}
	if h.rng.IntN(3) == 0 { // a digest the maker never signed
		var junk common.Hash
		for i := range junk {
			junk[i] = byte(h.rng.Uint32())
		}
		ds = append(ds, junk)
	}
	raw := make([][32]byte, len(ds))
	for i, d := range ds {
		raw[i] = d
	}
	caller := h.pick(h.withdraws)
	h.send(kClearFilled, caller, e.ExB.PackClearFilled(maker, raw), e.ExchangeI, true, "clearFilled")
	cleared := 0
	for _, d := range ds {
		o := h.orders[d]
		if o == nil || h.stored[d] == nil {
			continue
		}
		if h.nonce[maker].isUsed(o.so.Nonce) {
			delete(h.stored, d)
			cleared++
		}
	}
	ctx := fmt.Sprintf("clearFilled(%s, %d digests) by %d: %d cleared", maker.Hex(), len(ds), caller, cleared)
	for _, d := range ds {
		if o := h.orders[d]; o != nil {
			h.checkStored(o, ctx)
		}
	}
	return ctx
}

// ---------------------------------------------------------------------
// Settlement

// freshOrder makes and signs a new order of a random trader: mostly valid,
// sometimes expired, malformed, badly signed, or on a used nonce.
func (h *harness) freshOrder(now uint64) *order {
	m := h.pick(h.markets)
	if h.rng.IntN(30) == 0 {
		m = h.phantom
	}
	side := eip712.Side(h.rng.IntN(2))
	ref := h.refPrice[m]
	// Sells a little below the reference, buys a little above: most pairs cross.
	var price int64
	if side == eip712.Sell {
		price = ref*85/100 + h.rng.Int64N(ref*25/100)
	} else {
		price = ref*90/100 + h.rng.Int64N(ref*25/100)
	}
	return h.newOrder(now, m, side, price, 0)
}

// counterOrder makes a fresh order against o: same market, the other side,
// usually a crossing price.
func (h *harness) counterOrder(now uint64, o *order) *order {
	m, _ := h.assetOf(o.so.Market)
	p := o.so.Price.Int64()
	side := eip712.Buy
	var price int64
	if o.so.Side == eip712.Buy {
		side = eip712.Sell
		price = p - h.rng.Int64N(p/10+1) + p/40 // crosses unless above p
	} else {
		price = p + h.rng.Int64N(p/10+1) - p/40 // crosses unless below p
	}
	amount := int64(0)
	if rem := new(big.Int).Sub(o.so.Amount, o.filled); rem.IsInt64() && rem.Int64() > 0 && h.rng.IntN(3) == 0 {
		amount = rem.Int64() // a match of its size
	}
	return h.newOrder(now, m, side, max(price, 1), amount)
}

// newOrder makes and signs an order of a random trader with the given
// market, side and price: mostly valid, sometimes expired, malformed,
// badly signed, or on a used nonce.
// An amount of 0 picks one at random.
func (h *harness) newOrder(now uint64, m int, side eip712.Side, price, amount int64) *order {
	e := h.e
	ti := h.pick(h.traders)
	k := e.FundedKey(ti)
	fees := []uint16{0, 3, 10, 30, 100, 1000, 2000, 65535}
	switch {
	case amount > 0:
	case h.rng.IntN(25) == 0: // more than most accounts can pay for or deliver
		amount = 150 + h.rng.Int64N(300)
	default:
		amount = h.randUpTo(30)
	}
	o := eip712.Order{
		Maker: k.Addr, Market: h.assets[m], Side: side, Price: big.NewInt(price), Amount: big.NewInt(amount),
		MaxFeeBps: fees[h.rng.IntN(len(fees))], Salt: new(big.Int).SetUint64(h.rng.Uint64()),
	}
	switch r := h.rng.IntN(40); {
	case r < 16: // no expiry
	case r < 32:
		o.Expiry = now + 86_400 + uint64(h.rng.IntN(86_400))
	case r < 38: // may expire after a time skip
		o.Expiry = now + 60 + uint64(h.rng.IntN(7_200))
	default: // already expired
		o.Expiry = now - uint64(h.rng.IntN(1_000))
	}
	a := k.Addr
	switch r := h.rng.IntN(20); {
	case r < 14:
		o.Nonce = h.nextNonce[a]
		h.nextNonce[a]++
	case r < 16: // shares a nonce with another order of the maker
		if mine := h.poolOf(a); len(mine) > 0 {
			o.Nonce = mine[h.rng.IntN(len(mine))].so.Nonce
		} else {
			o.Nonce = h.nextNonce[a]
		}
	case r < 18: // beyond the nonce window
		o.Nonce = h.nextNonce[a] + 64 + uint64(h.rng.IntN(1_000))
	default: // an old nonce, maybe used
		o.Nonce = uint64(h.rng.Int64N(int64(h.nextNonce[a]) + 1))
	}
	badSig, bad := false, true
	switch h.rng.IntN(50) {
	case 0:
		o.Amount = new(big.Int)
	case 1:
		o.Price = new(big.Int).Set(eip712.MaxOrderValue)
		o.Price.Add(o.Price, big.NewInt(1))
	case 2:
		o.Side = 2
	case 3:
		o.SignatureType = 2
	case 4, 5:
		badSig, bad = true, false
	default:
		bad = false
	}
	signer := k
	if badSig {
		signer = e.FundedKey(h.pick(h.traders))
		if signer.Addr == k.Addr {
			signer = e.FundedKey(gasbench.Guardian)
		}
	}
	so, err := e.Sign(signer, o)
	h.must(err, "sign")
	d, err := eip712.Digest(e.Domain, o)
	h.must(err, "digest")
	if prev := h.orders[d]; prev != nil {
		return prev
	}
	ord := &order{so: so, digest: d, badSig: badSig, bad: bad, filled: new(big.Int), seen: new(big.Int)}
	h.orders[d] = ord
	return ord
}

// live says whether the model expects o to be able to fill at time now.
func (h *harness) live(o *order, now uint64) bool {
	return !o.bad && !o.badSig && (o.so.Expiry == 0 || o.so.Expiry > now) &&
		!h.nonce[o.so.Maker].isUsed(o.so.Nonce) && o.filled.Cmp(o.so.Amount) < 0
}

// slot is an order of a batch as the contract's order state tracks it.
type slot struct {
	o      *order
	status eip712.SkipReason // 0 unvalidated, sValid, or why it failed
	filled *big.Int
	start  *big.Int // filled before the batch
}

const sValid eip712.SkipReason = 0xff

type outcome struct {
	reason eip712.SkipReason
	party  eip712.Party
	qty    *big.Int
	price  *big.Int
}

func (h *harness) settle() string {
	e := h.e
	now := h.now()
	// The batch's orders: partially filled and other pool orders, fresh ones.
	var list []*order
	nOrders := 2 + h.rng.IntN(7)
	var partials []*order
	for _, o := range h.pool {
		if o.filled.Sign() > 0 && h.live(o, now) {
			partials = append(partials, o)
		}
	}
	inList := map[common.Hash]bool{}
	for len(list) < nOrders {
		var o *order
		switch r := h.rng.IntN(20); {
		case r < 5 && len(partials) > 0:
			o = partials[h.rng.IntN(len(partials))]
		case r < 9 && len(h.pool) > 0:
			o = h.pool[h.rng.IntN(len(h.pool))]
		default:
			o = h.freshOrder(now)
		}
		if inList[o.digest] {
			continue
		}
		inList[o.digest] = true
		list = append(list, o)
	}
	if h.rng.IntN(15) == 0 { // the same order twice: the later-validated copy is a duplicate
		list = append(list, list[h.rng.IntN(len(list))])
	}
	// Fills: mostly a maker against a crossing taker of the other side.
	planned := map[common.Hash]*big.Int{}
	remaining := func(o *order) int64 {
		r := new(big.Int).Sub(o.so.Amount, o.filled)
		if p := planned[o.digest]; p != nil {
			r.Sub(r, p)
		}
		if !r.IsInt64() {
			return 0
		}
		return r.Int64()
	}
	nFills := 1 + h.rng.IntN(10)
	var fills []eip712.Fill
	for range nFills {
		mi := h.rng.IntN(len(list))
		m := list[mi]
		var cands []int
		for j, o := range list {
			if j != mi && o.so.Market.Cmp(m.so.Market) == 0 && o.so.Side != m.so.Side {
				cands = append(cands, j)
			}
		}
		ti := h.rng.IntN(len(list))
		if h.rng.IntN(20) < 17 {
			if len(cands) > 0 && (len(list) >= 30 || h.rng.IntN(3) != 0) {
				ti = cands[h.rng.IntN(len(cands))]
			} else if len(list) < 30 && !m.bad {
				c := h.counterOrder(now, m)
				if !inList[c.digest] {
					inList[c.digest] = true
					list = append(list, c)
					ti = len(list) - 1
				}
			}
		}
		t := list[ti]
		rem := min(remaining(t), remaining(m))
		var qty int64
		switch r := h.rng.IntN(40); {
		case r == 0:
			qty = 0
		case r < 5: // over-fills one of them
			qty = max(rem, 0) + 1 + h.rng.Int64N(3)
		case rem <= 0:
			qty = 1 + h.rng.Int64N(3)
		case r < 14:
			qty = rem
		default:
			qty = h.randUpTo(rem)
		}
		fee := func(o *order) uint16 {
			limit := min(int(o.so.MaxFeeBps), maxFeeBps)
			if h.rng.IntN(15) == 0 {
				return uint16(limit + 1 + h.rng.IntN(50))
			}
			return uint16(h.rng.IntN(limit + 1))
		}
		f := eip712.Fill{Taker: uint16(ti), Maker: uint16(mi), Qty: big.NewInt(qty), TakerFeeBps: fee(t), MakerFeeBps: fee(m)}
		if h.rng.IntN(50) == 0 {
			f.Maker = uint16(len(list) + h.rng.IntN(3))
		}
		fills = append(fills, f)
		if qty > 0 {
			p := planned[t.digest]
			if p == nil {
				p = new(big.Int)
			}
			planned[t.digest] = p.Add(p, big.NewInt(qty))
			if m != t {
				p := planned[m.digest]
				if p == nil {
					p = new(big.Int)
				}
				planned[m.digest] = p.Add(p, big.NewInt(qty))
			}
		}
	}
	signed := make([]eip712.SignedOrder, len(list))
	for i, o := range list {
		signed[i] = o.so
	}
	res, err := e.Settle(signed, fills)
	if err != nil {
		h.fatalf("settle of %d orders, %d fills: %v (a well-formed batch never reverts)", len(list), len(fills), err)
	}
	bt := h.blockTime(res.Receipt)
	want := h.modelBatch(list, fills, bt)
	ctx := fmt.Sprintf("batch %d (%d orders, %d fills, block time %d)", e.NextBatchID()-1, len(list), len(fills), bt)

	// Compare the contract's outcome fill by fill.
	got := map[uint16]outcome{}
	for _, s := range res.Settled {
		if _, dup := got[s.Index]; dup {
			h.fatalf("%s: fill %d reported twice", ctx, s.Index)
		}
		got[s.Index] = outcome{qty: s.Qty, price: s.Price}
	}
	for _, s := range res.Skipped {
		if _, dup := got[s.Index]; dup {
			h.fatalf("%s: fill %d reported twice", ctx, s.Index)
		}
		got[s.Index] = outcome{reason: s.Reason, party: s.Party}
	}
	var diffs []string
	for i, w := range want {
		g, ok := got[uint16(i)]
		f := fills[i]
		desc := fmt.Sprintf("fill %d (taker %d, maker %d, qty %s, fees %d/%d)", i, f.Taker, f.Maker, f.Qty, f.TakerFeeBps, f.MakerFeeBps)
		switch {
		case !ok:
			diffs = append(diffs, desc+": no outcome reported")
		case w.reason != g.reason || w.party != g.party:
			diffs = append(diffs, fmt.Sprintf("%s: contract %s, model %s", desc, describe(g), describe(w)))
		case w.reason == 0 && (w.qty.Cmp(g.qty) != 0 || w.price.Cmp(g.price) != 0):
			diffs = append(diffs, fmt.Sprintf("%s: contract settled %s at %s, model %s at %s", desc, g.qty, g.price, w.qty, w.price))
		}
	}
	if len(got) != len(want) {
		diffs = append(diffs, fmt.Sprintf("%d outcomes reported for %d fills", len(got), len(want)))
	}
	if len(diffs) > 0 {
		h.fatalf("%s:\n  %s\norders:\n%s", ctx, strings.Join(diffs, "\n  "), h.describeOrders(list))
	}

	// No order is ever filled beyond its amount, by the contract's account.
	for _, s := range res.Settled {
		f := fills[s.Index]
		for _, idx := range []uint16{f.Taker, f.Maker} {
			o := list[idx]
			o.seen.Add(o.seen, s.Qty)
			if o.seen.Cmp(o.so.Amount) > 0 {
				h.fatalf("%s: order %s (amount %s) filled %s in total", ctx, o.digest.Hex(), o.so.Amount, o.seen)
			}
		}
	}
	// Nonces and stored filled amounts of the batch's orders.
	for _, o := range list {
		h.checkNonce(o.so.Maker, o.so.Nonce, ctx)
		h.checkStored(o, ctx)
		if o.filled.Sign() > 0 && o.filled.Cmp(o.so.Amount) == 0 && !h.nonce[o.so.Maker].isUsed(o.so.Nonce) {
			h.fatalf("model bug: order %s filled completely with its nonce unused", o.digest.Hex())
		}
	}

	// The pool keeps the batch's new orders; dead ones leave it slowly so
	// that some are offered again (NONCE_USED, EXPIRED).
	for _, o := range list {
		found := false
		for _, p := range h.pool {
			found = found || p == o
		}
		if !found {
			h.pool = append(h.pool, o)
		}
	}
	kept := h.pool[:0]
	for _, o := range h.pool {
		if h.live(o, now) || h.rng.IntN(3) == 0 {
			kept = append(kept, o)
		}
	}
	h.pool = kept
	for len(h.pool) > 40 {
		i := h.rng.IntN(len(h.pool))
		h.pool = append(h.pool[:i], h.pool[i+1:]...)
	}
	return fmt.Sprintf("%s: %d settled, %d skipped", ctx, len(res.Settled), len(res.Skipped))
}

func describe(o outcome) string {
	if o.reason == 0 {
		return fmt.Sprintf("settled %s at %s", o.qty, o.price)
	}
	return fmt.Sprintf("skipped %s (%s)", o.reason, o.party)
}

func (h *harness) describeOrders(list []*order) string {
	var b strings.Builder
	for i, o := range list {
		x := o.so
		fmt.Fprintf(&b, "  %d: maker %s market %d side %d price %s amount %s maxFee %d expiry %d nonce %d sigType %d badSig %v filled-before %s digest %s\n",
			i, x.Maker.Hex()[:10], h.assetOfMkt[x.Market.String()], x.Side, x.Price, x.Amount, x.MaxFeeBps, x.Expiry, x.Nonce, x.SignatureType, o.badSig, o.filled, o.digest.Hex()[:10])
	}
	return b.String()
}

// modelBatch applies a batch to the model as the contract's rules say and
// returns each fill's outcome. It mirrors the order of the checks: the
// fill's indexes and quantity, the taker order, the maker order (each
// validated on first use in the batch), the pair, the fees, over-fills, the
// buyer's cash and the seller's tokens.
func (h *harness) modelBatch(list []*order, fills []eip712.Fill, blockTime uint64) []outcome {
	slots := make([]*slot, len(list))
	for i, o := range list {
		slots[i] = &slot{o: o}
	}
	seen := map[common.Hash]bool{} // digests validated past expiry in this batch
	validate := func(s *slot) eip712.SkipReason {
		x := s.o.so
		if x.Side > 1 || x.SignatureType > 1 || x.Maker == (common.Address{}) || x.Market.Sign() == 0 ||
			x.Price.Sign() == 0 || x.Amount.Sign() == 0 || x.Price.Cmp(eip712.MaxOrderValue) > 0 || x.Amount.Cmp(eip712.MaxOrderValue) > 0 {
			return eip712.BadOrder
		}
		if x.Expiry != 0 && blockTime >= x.Expiry {
			return eip712.Expired
		}
		if m := x.Market; m.BitLen() <= 128 {
			lo := new(big.Int).And(m, new(big.Int).SetUint64(^uint64(0))).Uint64()
			kind, start := (lo>>48)&0xff, (lo>>16)&0xffffffff*3600
			if kind == 0 && start != 0 && blockTime+2*3600 >= start { // TRADING_CLOSE_LEAD
				return eip712.TradingClosed
			}
		}
		if seen[s.o.digest] {
			return eip712.DuplicateOrder
		}
		seen[s.o.digest] = true
		if h.nonce[x.Maker].isUsed(x.Nonce) {
			return eip712.NonceUsed
		}
		if s.o.filled.Cmp(x.Amount) >= 0 {
			return eip712.NonceUsed
		}
		if s.o.badSig {
			return eip712.BadSignature
		}
		s.filled = new(big.Int).Set(s.o.filled)
		s.start = new(big.Int).Set(s.o.filled)
		return 0
	}
	use := func(s *slot) eip712.SkipReason {
		switch s.status {
		case sValid:
			if h.nonce[s.o.so.Maker].isUsed(s.o.so.Nonce) {
				s.status = eip712.NonceUsed
				return eip712.NonceUsed
			}
			return 0
		case 0:
			r := validate(s)
			s.status = r
			if r == 0 {
				s.status = sValid
			}
			return r
		default:
			return s.status
		}
	}
	out := make([]outcome, len(fills))
	for fi, f := range fills {
		skip := func(r eip712.SkipReason, p eip712.Party) { out[fi] = outcome{reason: r, party: p} }
		if int(f.Taker) >= len(list) || int(f.Maker) >= len(list) {
			skip(eip712.BadOrderIndex, eip712.PartyFill)
			continue
		}
		if f.Qty.Sign() == 0 {
			skip(eip712.ZeroQty, eip712.PartyFill)
			continue
		}
		ts, ms := slots[f.Taker], slots[f.Maker]
		if r := use(ts); r != 0 {
			skip(r, eip712.PartyTaker)
			continue
		}
		if r := use(ms); r != 0 {
			skip(r, eip712.PartyMaker)
			continue
		}
		t, m := ts.o.so, ms.o.so
		if t.Market.Cmp(m.Market) != 0 {
			skip(eip712.MarketMismatch, eip712.PartyFill)
			continue
		}
		if t.Side == m.Side {
			skip(eip712.SameSide, eip712.PartyFill)
			continue
		}
		if (t.Side == eip712.Buy && t.Price.Cmp(m.Price) < 0) || (t.Side == eip712.Sell && t.Price.Cmp(m.Price) > 0) {
			skip(eip712.PriceNotCrossed, eip712.PartyFill)
			continue
		}
		if f.TakerFeeBps > maxFeeBps || f.TakerFeeBps > t.MaxFeeBps {
			skip(eip712.FeeTooHigh, eip712.PartyTaker)
			continue
		}
		if f.MakerFeeBps > maxFeeBps || f.MakerFeeBps > m.MaxFeeBps {
			skip(eip712.FeeTooHigh, eip712.PartyMaker)
			continue
		}
		if new(big.Int).Add(ts.filled, f.Qty).Cmp(t.Amount) > 0 {
			skip(eip712.Overfill, eip712.PartyTaker)
			continue
		}
		if new(big.Int).Add(ms.filled, f.Qty).Cmp(m.Amount) > 0 {
			skip(eip712.Overfill, eip712.PartyMaker)
			continue
		}
		// Priced at the maker's price; each side's fee is floor(notional * bps / 10000).
		notional := new(big.Int).Mul(f.Qty, m.Price)
		feeOf := func(bps uint16) *big.Int {
			x := new(big.Int).Mul(notional, big.NewInt(int64(bps)))
			return x.Div(x, big.NewInt(10_000))
		}
		tFee, mFee := feeOf(f.TakerFeeBps), feeOf(f.MakerFeeBps)
		buyer, seller, bFee, sFee, bParty := t.Maker, m.Maker, tFee, mFee, eip712.PartyTaker
		sBps := f.MakerFeeBps
		if t.Side == eip712.Sell {
			buyer, seller, bFee, sFee, bParty = m.Maker, t.Maker, mFee, tFee, eip712.PartyMaker
			sBps = f.TakerFeeBps
		}
		asset, ok := h.assetOf(m.Market)
		if !ok {
			h.fatalf("model bug: market %s unknown", m.Market)
		}
		// A spot market's fills go to the spot desk, which this exchange
		// has none of: after the seller's fee (0 in spot) and the buyer's
		// cash, SPOT_REFUSED, the seller's.
		spot := m.Market.BitLen() <= 128 && new(big.Int).Rsh(m.Market, 48).Uint64()&0xff == 1
		if spot && sBps != 0 {
			skip(eip712.FeeTooHigh, 3-bParty)
			continue
		}
		cost := new(big.Int).Add(notional, bFee)
		if h.get(buyer, 0).Cmp(cost) < 0 {
			skip(eip712.InsufficientCash, bParty)
			continue
		}
		if spot {
			skip(eip712.SpotRefused, 3-bParty)
			continue
		}
		if h.get(seller, asset).Cmp(f.Qty) < 0 {
			skip(eip712.InsufficientTokens, 3-bParty)
			continue
		}
		h.sub(buyer, 0, cost)
		h.sub(seller, asset, f.Qty)
		h.add(seller, 0, new(big.Int).Sub(notional, sFee))
		h.add(h.feeAddr, 0, new(big.Int).Add(bFee, sFee))
		h.add(buyer, asset, f.Qty)
		if ts.start.Sign() > 0 || ms.start.Sign() > 0 {
			h.reused++
		}
		for _, s := range []*slot{ts, ms} {
			s.filled.Add(s.filled, f.Qty)
			s.o.filled = new(big.Int).Set(s.filled)
			if s.filled.Cmp(s.o.so.Amount) == 0 {
				h.nonce[s.o.so.Maker].used[s.o.so.Nonce] = true
			}
		}
		if buyer == seller {
			h.selfTrades++
		}
		out[fi] = outcome{qty: new(big.Int).Set(f.Qty), price: new(big.Int).Set(m.Price)}
	}
	// Stored filled amounts: kept while partial, deleted when complete.
	for _, s := range slots {
		if s.status == 0 || s.filled == nil || s.filled.Cmp(s.start) == 0 {
			continue
		}
		if s.filled.Cmp(s.o.so.Amount) == 0 {
			delete(h.stored, s.o.digest)
		} else {
			h.stored[s.o.digest] = new(big.Int).Set(s.filled)
			h.partialSeen++
		}
	}
	h.fills += len(fills)
	for _, o := range out {
		if o.reason == 0 {
			h.settled++
		} else {
			h.reasons[o.reason]++
		}
	}
	return out
}

// ---------------------------------------------------------------------

// TestExchangeInvariants runs a fixed-seed random sequence of deposits,
// withdrawal requests, executions and cancels, nonce cancels, clearFilled
// calls and settlements of random batches, and after every step checks:
//
//   - for CASH and every token id, the exchange's stablecoin / ERC-1155
//     holdings equal the sum over all accounts (the fee recipient included)
//     of balanceOf (a pending withdrawal is part of it until paid);
//   - every balanceOf and pendingWithdrawal (amount and ready time) equals
//     the Go model;
//
// and after every batch that each fill settled (quantity, maker's price) or
// was skipped (reason, party) exactly as the model says, that no order was
// ever filled beyond its amount, and that the nonces and stored filled
// amounts of the batch's orders equal the model.
func TestExchangeInvariants(t *testing.T) {
	start := time.Now()
	steps := 300
	if testing.Short() {
		steps = 100
	}
	if *stepsFlag > 0 {
		steps = *stepsFlag
	}
	h := newHarness(t, *seedFlag)
	h.check(0, "setup")
	// Kinds come from a shuffled deck holding each kind as often as its
	// weight, dealt again when empty: a random order with the planned mix.
	var deck []kind
	total := 0
	for _, w := range kindWeights {
		total += w
	}
	for step := 1; step <= steps; step++ {
		if len(deck) == 0 {
			for k, w := range kindWeights {
				for range w {
					deck = append(deck, kind(k))
				}
			}
			h.rng.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
		}
		k := deck[0]
		deck = deck[1:]
		h.counts[k]++
		var what string
		switch k {
		case kDepositCash:
			what = h.depositCash()
		case kDepositToken:
			what = h.depositToken()
		case kRequestWithdrawal:
			what = h.requestWithdrawal()
		case kExecuteWithdrawal:
			what = h.executeWithdrawal()
		case kCancelWithdrawal:
			what = h.cancelWithdrawal()
		case kCancelNonces:
			what = h.cancelNonces()
		case kCancelBelow:
			what = h.cancelBelow()
		case kClearFilled:
			what = h.clearFilled()
		case kSettle:
			what = h.settle()
		}
		h.check(step, kindNames[k]+": "+what)
	}

	// Report the mix and fail if it is degenerate.
	var parts []string
	for k := range numKinds {
		parts = append(parts, fmt.Sprintf("%s %d (%d reverted)", kindNames[k], h.counts[k], h.reverts[k]))
	}
	t.Logf("%d steps in %v, seed %d: %s", steps, time.Since(start).Round(time.Millisecond), *seedFlag, strings.Join(parts, ", "))
	var rs []string
	for r := eip712.SkipReason(1); r <= eip712.InsufficientTokens; r++ {
		rs = append(rs, fmt.Sprintf("%s %d", r, h.reasons[r]))
	}
	t.Logf("fills %d: settled %d (%d on orders partially filled by an earlier batch, %d self-trades), skipped: %s",
		h.fills, h.settled, h.reused, h.selfTrades, strings.Join(rs, ", "))
	t.Logf("withdrawals executed %d, time skips %d, orders left partially filled %d times, orders signed %d",
		h.executed, h.timeSkips, h.partialSeen, len(h.orders))

	for k := range numKinds {
		if want := steps * kindWeights[k] / total / 3; h.counts[k] < max(want, 1) {
			t.Errorf("degenerate mix: %d %s steps of %d (want at least %d)", h.counts[k], kindNames[k], steps, max(want, 1))
		}
	}
	batches := h.counts[kSettle]
	need := map[string][2]int{ // what: got, at least
		"settled fills":                      {h.settled, batches},
		"fills on orders from earlier batch": {h.reused, max(batches/20, 1)},
		"executed withdrawals":               {h.executed, max(h.counts[kExecuteWithdrawal]/4, 1)},
		"reverted withdrawal requests":       {h.reverts[kRequestWithdrawal], max(h.counts[kRequestWithdrawal]/20, 1)},
	}
	core := []eip712.SkipReason{eip712.NonceUsed, eip712.PriceNotCrossed, eip712.Overfill, eip712.FeeTooHigh, eip712.InsufficientCash}
	if !testing.Short() {
		core = append(core, eip712.Expired, eip712.InsufficientTokens, eip712.SameSide, eip712.MarketMismatch, eip712.BadSignature, eip712.BadOrder)
	}
	for _, r := range core {
		need["skips "+r.String()] = [2]int{h.reasons[r], 1}
	}
	keys := make([]string, 0, len(need))
	for k := range need {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if v := need[k]; v[0] < v[1] {
			t.Errorf("degenerate run: %d %s (want at least %d)", v[0], k, v[1])
		}
	}
}
