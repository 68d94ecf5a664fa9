package tests

import (
	"fmt"
	"math/big"
	"sort"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/contracts/gasbench"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
)

// The Exchange tests drive gasbench.Env (the same deployment the gas
// figures use) and check every value-moving test against the conservation
// invariant: the Exchange's stablecoin holdings equal the sum of the
// tracked accounts' cash (a pending withdrawal stays in it until paid),
// and likewise per token id.

// exDelay is the withdrawal delay of the test deployments.
const exDelay = time.Hour

// cashID is the asset id of the stablecoin.
var cashID = new(big.Int)

// xenv is gasbench.Env with test helpers and the accounts and token ids the
// test used (for the conservation check).
type xenv struct {
	*gasbench.Env
	t                      *testing.T
	exABI, coinABI, tokABI *abi.ABI
	wallet                 *bindings.TestWallet1271
	recv                   *bindings.ReentrantReceiver
	accts                  map[common.Address]bool
	ids                    map[string]*big.Int
}

// newX deploys the Exchange with `traders` funded trader accounts
// (gasbench.FirstTrader on), each of which approved the Exchange for its
// stablecoin and tokens. The chain's clock is moved far past the wall
// clock, so that every later block is exactly one second after its parent
// (block times become predictable: the next transaction's block is Now()+1).
func newX(t *testing.T, traders int) *xenv {
	t.Helper()
	e, err := gasbench.NewEnv(gasbench.FirstTrader+traders, exDelay)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = e.Close() })
	x := &xenv{Env: e, t: t,
		exABI: mustABI(t, &bindings.ExchangeMetaData), coinABI: mustABI(t, &bindings.MockStablecoinMetaData),
		tokABI: mustABI(t, &bindings.GPUHourTokenMetaData),
		wallet: bindings.NewTestWallet1271(), recv: bindings.NewReentrantReceiver(),
		accts: map[common.Address]bool{}, ids: map[string]*big.Int{}}
	x.track(e.Addr(gasbench.FeeRecipient))
	x.trackID(e.Market)
	for i := 0; i < traders; i++ {
		a := gasbench.FirstTrader + i
		x.track(e.Addr(a))
		x.sendTo(a, e.CoinI, e.CoinB.PackApprove(e.Exchange, maxU256))
		x.sendTo(a, e.TokenI, e.TokenB.PackSetApprovalForAll(e.Exchange, true))
	}
	x.must(e.AdvanceTime(30 * 24 * time.Hour))
	return x
}

var maxU256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

func (x *xenv) must(err error) {
	x.t.Helper()
	if err != nil {
		x.t.Fatalf("%v%s", err, x.revertName(err))
	}
}

func (x *xenv) track(as ...common.Address) {
	for _, a := range as {
		x.accts[a] = true
	}
}

func (x *xenv) trackID(id *big.Int) { x.ids[id.String()] = id }

// trader is funded account FirstTrader+i.
func (x *xenv) trader(i int) common.Address { return x.Addr(gasbench.FirstTrader + i) }

// keys returns n fresh passive trader keys (they never send transactions).
func (x *xenv) keys(n int) []gasbench.Key {
	ks := x.NewKeys(n)
	for _, k := range ks {
		x.track(k.Addr)
	}
	return ks
}

func (x *xenv) fundCash(amount int64, as ...common.Address) {
	x.t.Helper()
	x.track(as...)
	x.must(x.FundCash(as, big.NewInt(amount)))
}

func (x *xenv) fundTokens(id *big.Int, amount int64, as ...common.Address) {
	x.t.Helper()
	x.track(as...)
	x.trackID(id)
	x.must(x.FundTokens(as, id, big.NewInt(amount)))
}

// sendTo sends data from funded account i to inst, mines it and fails the
// test unless it succeeds.
func (x *xenv) sendTo(i int, inst *bind.BoundContract, data []byte) *types.Receipt {
	x.t.Helper()
	r, err := x.Send(i, inst, data)
	if err != nil {
		x.t.Fatalf("transaction from account %d: %v%s", i, err, x.revertName(err))
	}
	return r
}

// ex sends data from funded account i to the Exchange.
func (x *xenv) ex(i int, data []byte) *types.Receipt {
	x.t.Helper()
	return x.sendTo(i, x.ExchangeI, data)
}

// exAt sends data from funded account i to the Exchange with a fixed gas
// limit (no estimate at the latest block, whose time differs) and mines it
// in the next block; it must succeed.
func (x *xenv) exAt(i int, data []byte) *types.Receipt {
	x.t.Helper()
	tx, err := x.SendNoEstimate(i, x.ExchangeI, data, 3_000_000)
	x.must(err)
	x.Chain.Backend.Commit()
	r, err := x.Receipt(tx)
	x.must(err)
	if r.Status != types.ReceiptStatusSuccessful {
		x.t.Fatalf("transaction from account %d reverted", i)
	}
	return r
}

func (x *xenv) revertName(err error) string {
	if data, ok := revertData(err); ok {
		return " (" + x.errName(data) + ")"
	}
	return ""
}

// errName spells revert data as a custom error of the Exchange, the coin or the token.
func (x *xenv) errName(data []byte) string {
	return revertName(data, x.exABI, x.coinABI, x.tokABI)
}

// exErr is the revert data of the Exchange's custom error name(args).
func (x *xenv) exErr(name string, args ...any) []byte {
	x.t.Helper()
	return packErr(x.t, x.exABI, name, args...)
}

// expectRevert checks that data sent by funded account `from` to `to`
// reverts with exactly `want` (an eth_call at the latest block), then that
// the mined transaction fails and changes no tracked balance.
func (x *xenv) expectRevert(from int, to common.Address, data, want []byte) {
	x.t.Helper()
	x.expectCallRevert(from, to, data, want)
	before := x.snapshot()
	opts := x.Chain.Opts(from)
	opts.GasLimit = 3_000_000
	tx, err := bind.Transact(bind.NewBoundContract(to, abi.ABI{}, x.Chain.Client, x.Chain.Client, x.Chain.Client), opts, data)
	x.must(err)
	x.Chain.Backend.Commit()
	r, err := x.Receipt(tx)
	x.must(err)
	if r.Status != types.ReceiptStatusFailed {
		x.t.Fatalf("transaction from account %d succeeded on-chain, want revert %s", from, x.errName(want))
	}
	x.sameSnapshot(before, x.snapshot())
}

// expectCallRevert checks that an eth_call of data by funded account
// `from` to `to` reverts with exactly `want`.
func (x *xenv) expectCallRevert(from int, to common.Address, data, want []byte) {
	x.t.Helper()
	expectCallRevert(x.t, x.Chain.Client, x.Addr(from), to, data, want, x.errName)
}

// ---- reads ----

func (x *xenv) bal(a common.Address, asset *big.Int) *big.Int {
	x.t.Helper()
	v, err := x.Balance(a, asset)
	x.must(err)
	return v
}

func (x *xenv) pend(a common.Address, asset *big.Int) bindings.ExchangePending {
	x.t.Helper()
	p, err := x.Pending(a, asset)
	x.must(err)
	return p
}

func (x *xenv) coinOf(a common.Address) *big.Int {
	x.t.Helper()
	v, err := x.CoinBalance(a)
	x.must(err)
	return v
}

func (x *xenv) tokOf(a common.Address, id *big.Int) *big.Int {
	x.t.Helper()
	v, err := x.TokenBalance(a, id)
	x.must(err)
	return v
}

func (x *xenv) now() uint64 {
	x.t.Helper()
	n, err := x.Now()
	x.must(err)
	return n
}

// advance is Env.AdvanceTime: a block d later, then one a second later.
func (x *xenv) advance(d time.Duration) {
	x.t.Helper()
	x.must(x.AdvanceTime(d))
}

// setNow mines empty blocks until the latest block's time is exactly ts
// (the next transaction then mines at ts+1).
func (x *xenv) setNow(ts uint64) {
	x.t.Helper()
	n := x.now()
	switch {
	case ts <= n:
		x.t.Fatalf("setNow(%d): the chain is at %d already", ts, n)
	case ts == n+1:
		x.Chain.Backend.Commit()
	default:
		// AdvanceTime(d) mines a block d later and then another one second later.
		x.advance(time.Duration(ts-n-1) * time.Second)
	}
	if got := x.now(); got != ts {
		x.t.Fatalf("setNow(%d): block time %d", ts, got)
	}
}

func (x *xenv) nonceUsed(a common.Address, nonce uint64) bool {
	x.t.Helper()
	v, err := bind.Call(x.ExchangeI, nil, x.ExB.PackIsNonceUsed(a, nonce), x.ExB.UnpackIsNonceUsed)
	x.must(err)
	return v
}

func (x *xenv) nonceState(a common.Address) bindings.ExchangeNonceState {
	x.t.Helper()
	v, err := bind.Call(x.ExchangeI, nil, x.ExB.PackNonceState(a), x.ExB.UnpackNonceState)
	x.must(err)
	return v
}

func (x *xenv) filled(o eip712.SignedOrder) *big.Int {
	x.t.Helper()
	d, err := eip712.Digest(x.Domain, o.Order)
	x.must(err)
	v, err := bind.Call(x.ExchangeI, nil, x.ExB.PackFilledAmount(o.Maker, d), x.ExB.UnpackFilledAmount)
	x.must(err)
	return v
}

func (x *xenv) lastBatch() uint64 {
	x.t.Helper()
	v, err := bind.Call(x.ExchangeI, nil, x.ExB.PackLastBatchId(), x.ExB.UnpackLastBatchId)
	x.must(err)
	return v
}

// ---- assertions ----

func (x *xenv) wantBal(a common.Address, asset *big.Int, want int64) {
	x.t.Helper()
	x.wantBalBig(a, asset, big.NewInt(want))
}

func (x *xenv) wantBalBig(a common.Address, asset *big.Int, want *big.Int) {
	x.t.Helper()
	if got := x.bal(a, asset); got.Cmp(want) != 0 {
		x.t.Fatalf("balance of %s in asset %s: %s, want %s", a.Hex(), asset, got, want)
	}
}

func (x *xenv) wantCash(a common.Address, want int64) { x.t.Helper(); x.wantBal(a, cashID, want) }

func (x *xenv) wantTok(a common.Address, want int64) { x.t.Helper(); x.wantBal(a, x.Market, want) }

func (x *xenv) wantPending(a common.Address, asset *big.Int, amount int64, readyAt uint64) {
	x.t.Helper()
	p := x.pend(a, asset)
	if p.Amount.Cmp(big.NewInt(amount)) != 0 || p.ReadyAt != readyAt {
		x.t.Fatalf("pending of %s in asset %s: %s ready at %d, want %d ready at %d", a.Hex(), asset, p.Amount, p.ReadyAt, amount, readyAt)
	}
}

func (x *xenv) wantCoin(a common.Address, want int64) {
	x.t.Helper()
	if got := x.coinOf(a); got.Cmp(big.NewInt(want)) != 0 {
		x.t.Fatalf("stablecoin held by %s: %s, want %d", a.Hex(), got, want)
	}
}

func (x *xenv) wantTokOf(a common.Address, id *big.Int, want int64) {
	x.t.Helper()
	if got := x.tokOf(a, id); got.Cmp(big.NewInt(want)) != 0 {
		x.t.Fatalf("tokens %s held by %s: %s, want %d", id, a.Hex(), got, want)
	}
}

// snapshot reads every tracked balance and pending withdrawal, and the
// Exchange's holdings.
func (x *xenv) snapshot() map[string]string {
	x.t.Helper()
	s := map[string]string{}
	assets := append([]*big.Int{cashID}, x.idList()...)
	for a := range x.accts {
		for _, id := range assets {
			s["bal "+a.Hex()+" "+id.String()] = x.bal(a, id).String()
			p := x.pend(a, id)
			s["pend "+a.Hex()+" "+id.String()] = fmt.Sprint(p.Amount, "@", p.ReadyAt)
		}
	}
	s["holdings cash"] = x.coinOf(x.Exchange).String()
	for _, id := range x.idList() {
		s["holdings "+id.String()] = x.tokOf(x.Exchange, id).String()
	}
	return s
}

func (x *xenv) sameSnapshot(before, after map[string]string) {
	x.t.Helper()
	for k, v := range before {
		if after[k] != v {
			x.t.Fatalf("%s changed: %s -> %s", k, v, after[k])
		}
	}
}

func (x *xenv) idList() []*big.Int {
	var ids []*big.Int
	for _, id := range x.ids {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i].Cmp(ids[j]) < 0 })
	return ids
}

// conserve checks the conservation invariant over the tracked accounts:
// holdings = Σ balanceOf (pending withdrawals are part of it until paid),
// for cash and for every tracked token id.
func (x *xenv) conserve() {
	x.t.Helper()
	for _, id := range append([]*big.Int{cashID}, x.idList()...) {
		sum := new(big.Int)
		for a := range x.accts {
			sum.Add(sum, x.bal(a, id))
		}
		var held *big.Int
		if id.Sign() == 0 {
			held = x.coinOf(x.Exchange)
		} else {
			held = x.tokOf(x.Exchange, id)
		}
		if held.Cmp(sum) != 0 {
			x.t.Fatalf("conservation of asset %s: the Exchange holds %s, its accounts sum to %s", id, held, sum)
		}
	}
}

// ---- orders and batches ----

func (x *xenv) order(k gasbench.Key, s gasbench.OrderSpec) eip712.SignedOrder {
	x.t.Helper()
	o, err := x.Signed(k, s)
	x.must(err)
	return o
}

func buy(price, amount int64, nonce uint64) gasbench.OrderSpec {
	return gasbench.OrderSpec{Side: eip712.Buy, Price: price, Amount: amount, MaxFeeBps: 100, Nonce: nonce, Salt: nonce + 1}
}

func sell(price, amount int64, nonce uint64) gasbench.OrderSpec {
	return gasbench.OrderSpec{Side: eip712.Sell, Price: price, Amount: amount, MaxFeeBps: 100, Nonce: nonce, Salt: nonce + 1}
}

func fill(taker, maker uint16, qty int64, takerBps, makerBps uint16) eip712.Fill {
	return eip712.Fill{Taker: taker, Maker: maker, Qty: big.NewInt(qty), TakerFeeBps: takerBps, MakerFeeBps: makerBps}
}

// settle settles a batch and fails the test if the transaction reverts.
func (x *xenv) settle(orders []eip712.SignedOrder, fills []eip712.Fill) gasbench.Result {
	x.t.Helper()
	r, err := x.Settle(orders, fills)
	x.must(err)
	return r
}

type skip = eip712.Skipped

func sk(index uint16, party eip712.Party, reason eip712.SkipReason) skip {
	return skip{Index: index, Party: party, Reason: reason}
}

// wantResult checks exactly which fills settled (by index) and which were
// skipped, with party and reason.
func (x *xenv) wantResult(r gasbench.Result, settled []uint16, skipped ...skip) {
	x.t.Helper()
	var got []uint16
	for _, s := range r.Settled {
		got = append(got, s.Index)
	}
	if fmt.Sprint(got) != fmt.Sprint(settled) {
		x.t.Fatalf("settled fills %v, want %v (skipped: %v)", got, settled, r.Skipped)
	}
	if fmt.Sprint(r.Skipped) != fmt.Sprint(skipped) {
		x.t.Fatalf("skipped fills %v, want %v", r.Skipped, skipped)
	}
}

// bigs builds a []*big.Int.
func bigs(vs ...int64) []*big.Int {
	out := make([]*big.Int, len(vs))
	for i, v := range vs {
		out[i] = big.NewInt(v)
	}
	return out
}

// deployWallet deploys a TestWallet1271 owned by `owner` from funded
// account `from` (its controller) and tracks it as an account.
func (x *xenv) deployWallet(from int, owner common.Address, mode uint8) (common.Address, *bind.BoundContract) {
	x.t.Helper()
	a, _, err := x.Chain.Deploy(from, &bindings.TestWallet1271MetaData, x.wallet.PackConstructor(owner, mode))
	x.must(err)
	x.track(a)
	return a, x.wallet.Instance(x.Chain.Client, a)
}

// walletOrder is an order whose maker is the 1271 wallet at w, signed by
// the wallet owner's key (the signature the wallet checks in mode Owner).
func (x *xenv) walletOrder(w common.Address, owner gasbench.Key, s gasbench.OrderSpec) eip712.SignedOrder {
	x.t.Helper()
	o := x.Order(gasbench.Key{Addr: w}, s)
	o.SignatureType = eip712.Contract
	sig, err := eip712.Sign(owner.Priv, x.Domain, o)
	x.must(err)
	return eip712.SignedOrder{Order: o, Signature: sig}
}

func toExchangeOrder(o eip712.Order) bindings.ExchangeOrder {
	return bindings.ExchangeOrder{Maker: o.Maker, Market: o.Market, Side: uint8(o.Side), Price: o.Price, Amount: o.Amount,
		MaxFeeBps: o.MaxFeeBps, Expiry: o.Expiry, Nonce: o.Nonce, Salt: o.Salt, SignatureType: uint8(o.SignatureType)}
}
