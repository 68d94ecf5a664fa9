package tests

import (
	"math/big"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
)

// TestInstrumentSymbolMatchesGo: the wrapper's on-chain symbol spelling
// (InstrumentSymbol) is the Go package's Symbol for random valid ids of
// every kind, model table row, interconnect and window (years past 9999
// included), and the worked examples of docs/instruments.md.
func TestInstrumentSymbolMatchesGo(t *testing.T) {
	h := deployHarness(t)
	r := rand.New(rand.NewPCG(17, 4))
	var ids []*big.Int
	var want []string
	add := func(in instrument.Instrument) {
		id, err := in.Encode()
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id.Big())
		want = append(want, in.Symbol())
	}
	for i := 0; i < 300; i++ {
		add(randomValid(r))
	}
	for _, s := range []string{"H100SXM-US-T1-2027-01-04+168h", "H100SXM-US-T1-2027-01-04T06+24h", "H100SXM-US-T1-SPOT+4h",
		"H200.NVL-EU-T2-SPOT+1h", "GPU2342-APAC-T3-2027-03-01+1h", "B200-MEA-T3-2028-02-29T23+1h", "A100PCIE-LATAM-T2-1970-01-01+1h"} {
		in, err := instrument.ParseSymbol(s)
		if err != nil {
			t.Fatal(s, err)
		}
		add(in)
	}
	for start := 0; start < len(ids); start += 100 {
		end := min(start+100, len(ids))
		got, err := bind.Call(h.inst, nil, h.h.PackSymbols(ids[start:end]), h.h.UnpackSymbols)
		if err != nil {
			t.Fatal(err)
		}
		for i, s := range got {
			if s != want[start+i] {
				t.Errorf("id %x: on-chain %q, Go %q", ids[start+i], s, want[start+i])
			}
		}
	}
}

// wenv is a vault env with the wrapper factory deployed and a provider
// holding minted GPU-hour tokens of one reservation.
type wenv struct {
	*env
	id       *big.Int
	fac      *bindings.GPUHourWrapperFactory
	facInst  *bind.BoundContract
	facAddr  common.Address
	w        *bindings.WrappedGPUHour
	wrapAddr common.Address
	wInst    *bind.BoundContract
}

const holder = firstProvider

func newWrapEnv(t *testing.T, minted int64) *wenv {
	t.Helper()
	e := newEnv(t, 6)
	id := reservation(t, instrument.GPUH100SXM, 1, hourAfter(e.now(), 72*time.Hour), 168)
	grade := gradeOf(id)
	e.setRate(grade, 10)
	e.addNode(holder, nodeID("n1"), grade, 8)
	e.fund(holder, 1_000_000)
	e.deposit(holder, 1_000_000)
	e.mint(holder, id, minted)
	w := &wenv{env: e, id: id, fac: bindings.NewGPUHourWrapperFactory(), w: bindings.NewWrappedGPUHour()}
	var err error
	if w.facAddr, _, err = e.c.Deploy(adminAcct, &bindings.GPUHourWrapperFactoryMetaData, w.fac.PackConstructor(e.tokAddr)); err != nil {
		t.Fatal(err)
	}
	w.facInst = w.fac.Instance(e.c.Client, w.facAddr)
	r := e.send(firstProvider+3, w.facInst, w.fac.PackCreate(id)) // anyone
	t.Logf("gas GPUHourWrapperFactory.create: %d", r.GasUsed)
	ev := events(r, w.facAddr, w.fac.UnpackWrapperCreatedEvent)
	if len(ev) != 1 || ev[0].Id.Cmp(id) != 0 {
		t.Fatalf("WrapperCreated %+v", ev)
	}
	w.wrapAddr = ev[0].Wrapper
	w.wInst = w.w.Instance(e.c.Client, w.wrapAddr)
	return w
}

// units is n GPU-hours in wrapped units (18 decimals).
func units(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

func (w *wenv) wbal(a common.Address) *big.Int {
	w.t.Helper()
	b, err := bind.Call(w.wInst, nil, w.w.PackBalanceOf(a), w.w.UnpackBalanceOf)
	if err != nil {
		w.t.Fatal(err)
	}
	return b
}

// backed checks the wrapper's invariant: tokens held x 1e18 == supply.
func (w *wenv) backed() {
	w.t.Helper()
	supply, err := bind.Call(w.wInst, nil, w.w.PackTotalSupply(), w.w.UnpackTotalSupply)
	if err != nil {
		w.t.Fatal(err)
	}
	held, err := bind.Call(w.tokInst, nil, w.tok.PackBalanceOf(w.wrapAddr, w.id), w.tok.UnpackBalanceOf)
	if err != nil {
		w.t.Fatal(err)
	}
	if new(big.Int).Mul(held, big.NewInt(1e18)).Cmp(supply) != 0 {
		w.t.Fatalf("wrapper holds %s tokens, supply %s units", held, supply)
	}
}

func (w *wenv) wrap(from int, amount int64, data []byte) {
	w.t.Helper()
	r := w.send(from, w.tokInst, w.tok.PackSafeTransferFrom(w.addr(from), w.wrapAddr, w.id, big.NewInt(amount), data))
	w.t.Logf("gas wrap (safeTransferFrom to the wrapper): %d", r.GasUsed)
	w.backed()
}

// TestWrapperFactory: one wrapper per reservation id at the CREATE2
// address Go computes from the factory, the salt bytes32(id) and the
// wrapper's creation code with (token, id); create is idempotent and
// refuses spot and invalid ids; name, symbol and decimals come from the id.
func TestWrapperFactory(t *testing.T) {
	w := newWrapEnv(t, 5)
	initCode := append(common.FromHex(bindings.WrappedGPUHourMetaData.Bin), w.w.PackConstructor(w.tokAddr, w.id)...)
	want := crypto.CreateAddress2(w.facAddr, common.BigToHash(w.id), crypto.Keccak256(initCode))
	if w.wrapAddr != want {
		t.Fatalf("wrapper at %s, CREATE2 predicts %s", w.wrapAddr, want)
	}
	if got, err := bind.Call(w.facInst, nil, w.fac.PackWrapperOf(w.id), w.fac.UnpackWrapperOf); err != nil || got != want {
		t.Fatalf("wrapperOf %s %v", got, err)
	}
	other := reservation(t, instrument.GPUH100SXM, 2, hourAfter(w.now(), 96*time.Hour), 24)
	if got, err := bind.Call(w.facInst, nil, w.fac.PackCreated(other), w.fac.UnpackCreated); err != nil || got {
		t.Fatalf("created(other) %v %v", got, err)
	}
	// Again: the same address, no second event.
	r := w.send(firstProvider+1, w.facInst, w.fac.PackCreate(w.id))
	if ev := events(r, w.facAddr, w.fac.UnpackWrapperCreatedEvent); len(ev) != 0 {
		t.Fatalf("second create logged %+v", ev)
	}
	facABI := mustABI(t, &bindings.GPUHourWrapperFactoryMetaData)
	spot, err := instrument.NewSpot(instrument.GPUH100SXM, instrument.SXM, instrument.RegionUS, 1, 4)
	if err != nil {
		t.Fatal(err)
	}
	spotID, _ := spot.Encode()
	w.expectRevert(firstProvider, w.facAddr, w.fac.PackCreate(spotID.Big()), packErr(t, facABI, "NotReservation", spotID.Big()))
	w.expectRevert(firstProvider, w.facAddr, w.fac.PackCreate(big.NewInt(5)), packErr(t, facABI, "InvalidInstrument", big.NewInt(5), uint8(1)))

	name, err := bind.Call(w.wInst, nil, w.w.PackName(), w.w.UnpackName)
	if err != nil {
		t.Fatal(err)
	}
	sym, err := bind.Call(w.wInst, nil, w.w.PackSymbol(), w.w.UnpackSymbol)
	if err != nil {
		t.Fatal(err)
	}
	dec, err := bind.Call(w.wInst, nil, w.w.PackDecimals(), w.w.UnpackDecimals)
	if err != nil {
		t.Fatal(err)
	}
	iid, _ := instrument.FromBig(w.id)
	in, _ := instrument.Decode(iid)
	if sym != "w"+in.Symbol() || name != "Wrapped "+in.Symbol() || dec != 18 || !strings.HasPrefix(sym, "wH100SXM-US-T1-") {
		t.Fatalf("name %q symbol %q decimals %d", name, sym, dec)
	}
}

// TestWrapperHasNoAdmin: the wrapper's whole external interface is ERC-20,
// the two ERC-1155 receiver hooks, unwrap and read-only getters: nothing
// an owner, admin or the factory could use to move, burn or freeze units.
func TestWrapperHasNoAdmin(t *testing.T) {
	a := mustABI(t, &bindings.WrappedGPUHourMetaData)
	var got []string
	for name := range a.Methods {
		got = append(got, name)
	}
	slices.Sort(got)
	want := []string{"FACTORY", "ID", "TOKEN", "UNIT", "allowance", "approve", "balanceOf", "decimals", "name",
		"onERC1155BatchReceived", "onERC1155Received", "supportsInterface", "symbol", "totalSupply",
		"transfer", "transferFrom", "unwrap"}
	if !slices.Equal(got, want) {
		t.Fatalf("wrapper methods %v, want %v", got, want)
	}
}

// TestWrapUnwrap: wrapping 1:1 into 18-decimal units (to the sender or to
// the address in the transfer's data, single or one-id batch), refusals
// that change nothing, unwrapping whole GPU-hours to anyone, fractions
// staying wrapped, and unwrap still working after the last trading time
// and the window's end. After every step the wrapper's tokens back its
// supply exactly.
func TestWrapUnwrap(t *testing.T) {
	w := newWrapEnv(t, 20)
	wABI := mustABI(t, &bindings.WrappedGPUHourMetaData)
	alice, bob := firstProvider+1, firstProvider+2

	w.wrap(holder, 4, nil)
	if got := w.wbal(w.addr(holder)); got.Cmp(units(4)) != 0 {
		t.Fatalf("holder units %s", got)
	}
	// To another address named in data.
	w.wrap(holder, 3, common.LeftPadBytes(w.addr(alice).Bytes(), 32))
	if got := w.wbal(w.addr(alice)); got.Cmp(units(3)) != 0 {
		t.Fatalf("alice units %s", got)
	}
	// A one-id batch.
	r := w.send(holder, w.tokInst, w.tok.PackSafeBatchTransferFrom(w.addr(holder), w.wrapAddr, []*big.Int{w.id, w.id}, bigs(1, 2), nil))
	if ev := events(r, w.wrapAddr, w.w.UnpackWrappedEvent); len(ev) != 1 || ev[0].Amount.Int64() != 3 || ev[0].To != w.addr(holder) {
		t.Fatalf("Wrapped %+v", ev)
	}
	w.backed()
	if got := w.wbal(w.addr(holder)); got.Cmp(units(7)) != 0 {
		t.Fatalf("holder units %s after batch", got)
	}

	// Refusals (each reverts the whole transfer: nothing moves).
	bad := common.LeftPadBytes(nil, 32) // the zero address
	w.expectRevert(holder, w.tokAddr, w.tok.PackSafeTransferFrom(w.addr(holder), w.wrapAddr, w.id, big.NewInt(1), bad),
		packErr(t, wABI, "BadRecipient", bad))
	w.expectRevert(holder, w.tokAddr, w.tok.PackSafeTransferFrom(w.addr(holder), w.wrapAddr, w.id, big.NewInt(1), []byte{1, 2}),
		packErr(t, wABI, "BadRecipient", []byte{1, 2}))
	w.expectRevert(holder, w.tokAddr, w.tok.PackSafeTransferFrom(w.addr(holder), w.wrapAddr, w.id, big.NewInt(0), nil),
		packErr(t, wABI, "ZeroAmount"))
	// Another id (minted too) is refused by this wrapper.
	other := reservation(t, instrument.GPUH100SXM, 1, hourAfter(w.now(), 300*time.Hour), 24)
	w.mint(holder, other, 2)
	w.expectRevert(holder, w.tokAddr, w.tok.PackSafeTransferFrom(w.addr(holder), w.wrapAddr, other, big.NewInt(1), nil),
		packErr(t, wABI, "WrongId", other))
	w.expectRevert(holder, w.tokAddr, w.tok.PackSafeBatchTransferFrom(w.addr(holder), w.wrapAddr, []*big.Int{w.id, other}, bigs(1, 1), nil),
		packErr(t, wABI, "WrongId", other))
	// The hooks answer only the token: a direct call mints nothing.
	w.expectRevert(bob, w.wrapAddr, w.w.PackOnERC1155Received(w.addr(bob), w.addr(bob), w.id, big.NewInt(5), nil),
		packErr(t, wABI, "NotToken", w.addr(bob)))
	w.backed()

	// Unwrap: to bob, more than held, to the wrapper itself, zero.
	before := w.tokenBalance(bob, w.id)
	r = w.send(holder, w.wInst, w.w.PackUnwrap(big.NewInt(2), w.addr(bob)))
	t.Logf("gas unwrap: %d", r.GasUsed)
	if got := new(big.Int).Sub(w.tokenBalance(bob, w.id), before); got.Int64() != 2 {
		t.Fatalf("bob got %s tokens", got)
	}
	w.backed()
	w.expectRevert(alice, w.wrapAddr, w.w.PackUnwrap(big.NewInt(4), w.addr(alice)),
		packErr(t, wABI, "ERC20InsufficientBalance", w.addr(alice), units(3), units(4)))
	w.expectRevert(alice, w.wrapAddr, w.w.PackUnwrap(big.NewInt(1), w.wrapAddr), packErr(t, wABI, "UnwrapToSelf"))
	w.expectRevert(alice, w.wrapAddr, w.w.PackUnwrap(big.NewInt(0), w.addr(alice)), packErr(t, wABI, "ZeroAmount"))

	// A fraction (as a liquidation may seize) stays wrapped until whole.
	half := new(big.Int).Div(units(1), big.NewInt(2))
	w.send(alice, w.wInst, w.w.PackTransfer(w.addr(bob), half))
	w.expectRevert(bob, w.wrapAddr, w.w.PackUnwrap(big.NewInt(1), w.addr(bob)),
		packErr(t, wABI, "ERC20InsufficientBalance", w.addr(bob), half, units(1)))
	w.send(alice, w.wInst, w.w.PackTransfer(w.addr(bob), half))
	w.send(bob, w.wInst, w.w.PackUnwrap(big.NewInt(1), w.addr(bob)))
	w.backed()

	// After the last trading time and after the window: unwrap still works.
	ltt := int64(bits(w.id, instrument.ShiftWindowStart, 32))*3600 - 7200
	w.setTime(ltt + 1)
	w.send(alice, w.wInst, w.w.PackUnwrap(big.NewInt(1), w.addr(alice)))
	w.setTime(int64(bits(w.id, instrument.ShiftWindowStart, 32)+168)*3600 + 10)
	w.send(holder, w.wInst, w.w.PackUnwrap(big.NewInt(5), w.addr(holder)))
	w.backed()
	if got := w.wbal(w.addr(holder)); got.Sign() != 0 {
		t.Fatalf("holder units %s after unwrapping all", got)
	}
	if got := w.tokenBalance(holder, w.id); got.Int64() != 20-4-3-3+5 {
		t.Fatalf("holder tokens %s", got)
	}
}

// TestMorphoMarkOracle: the adapter's price is the feed's 8-decimal mark
// scaled to Morpho's 1e36 form for a 6-decimal loan token and the
// 18-decimal wrapper (2.50 USD -> 2.5e24); it reverts StalePrice on a round
// older than MAX_AGE before the ramp, falls linearly over the ramp, is 0
// from the last trading time on and never reverts then, also after the
// window has ended. Spot feeds and a ramp longer than the time to the
// close are refused.
func TestMorphoMarkOracle(t *testing.T) {
	e := newEnv(t, 4)
	const operator = firstProvider
	start := hourAfter(e.now(), 10*24*time.Hour)
	id := reservation(t, instrument.GPUH100SXM, 1, start, 168)
	fb := bindings.NewMarkPriceFeed()
	feed, _, err := e.c.Deploy(adminAcct, &bindings.MarkPriceFeedMetaData, fb.PackConstructor(id, e.addr(adminAcct), e.addr(operator)))
	if err != nil {
		t.Fatal(err)
	}
	fi := fb.Instance(e.c.Client, feed)
	ob := bindings.NewMorphoMarkOracle()
	oABI := mustABI(t, &bindings.MorphoMarkOracleMetaData)
	const maxAge, ramp = 3600, 2 * 24 * 3600
	oracle, _, err := e.c.Deploy(adminAcct, &bindings.MorphoMarkOracleMetaData, ob.PackConstructor(feed, 6, big.NewInt(maxAge), big.NewInt(ramp)))
	if err != nil {
		t.Fatal(err)
	}
	oi := ob.Instance(e.c.Client, oracle)
	price := func() *big.Int {
		t.Helper()
		p, err := bind.Call(oi, nil, ob.PackPrice(), ob.UnpackPrice)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	e.send(operator, fi, fb.PackPostMark(big.NewInt(250_000_000)))
	posted := e.now().Unix()
	if got, want := price(), new(big.Int).Mul(big.NewInt(25), new(big.Int).Exp(big.NewInt(10), big.NewInt(23), nil)); got.Cmp(want) != 0 {
		t.Fatalf("price %s, want %s", got, want)
	}
	if a, err := bind.Call(fi, nil, fb.PackLatestAnswer(), fb.UnpackLatestAnswer); err != nil || a.Int64() != 250_000_000 {
		t.Fatalf("latestAnswer %s %v", a, err)
	}
	if ts, err := bind.Call(fi, nil, fb.PackLatestTimestamp(), fb.UnpackLatestTimestamp); err != nil || ts.Int64() != posted {
		t.Fatalf("latestTimestamp %s %v", ts, err)
	}
	e.setTime(posted + maxAge + 1)
	expectCallRevert(t, e.c.Client, e.addr(3), oracle, ob.PackPrice(), packErr(t, oABI, "StalePrice", big.NewInt(posted), big.NewInt(maxAge)),
		func(b []byte) string { return revertName(b, oABI) })

	close := start.Unix() - 7200
	// Half-way through the ramp: half the mark (the staleness check is off
	// in the ramp, so a quiet book cannot freeze liquidations near expiry).
	e.setTime(close - ramp/2)
	if got, want := price(), new(big.Int).Mul(big.NewInt(125), new(big.Int).Exp(big.NewInt(10), big.NewInt(22), nil)); got.Cmp(want) != 0 {
		t.Fatalf("mid-ramp price %s, want %s", got, want)
	}
	e.send(operator, fi, fb.PackPostMark(big.NewInt(300_000_000)))
	at := e.now().Unix()
	want := new(big.Int).Mul(big.NewInt(300_000_000), new(big.Int).Exp(big.NewInt(10), big.NewInt(16), nil))
	want.Mul(want, big.NewInt(close-at))
	want.Div(want, big.NewInt(ramp))
	if got := price(); got.Cmp(want) != 0 {
		t.Fatalf("ramp price %s, want %s", got, want)
	}
	e.setTime(close)
	if got := price(); got.Sign() != 0 {
		t.Fatalf("price at the close %s", got)
	}
	e.setTime(start.Unix() + 169*3600)
	if got := price(); got.Sign() != 0 {
		t.Fatalf("price after the window %s", got)
	}
	// The feed itself keeps answering the settlement price.
	if a, err := bind.Call(fi, nil, fb.PackLatestAnswer(), fb.UnpackLatestAnswer); err != nil || a.Int64() != 300_000_000 {
		t.Fatalf("latestAnswer after the window %s %v", a, err)
	}

	spot, _ := instrument.NewSpot(instrument.GPUH100SXM, instrument.SXM, instrument.RegionUS, 1, 1)
	spotID, _ := spot.Encode()
	spotFeed, _, err := e.c.Deploy(adminAcct, &bindings.MarkPriceFeedMetaData, fb.PackConstructor(spotID.Big(), e.addr(adminAcct), e.addr(operator)))
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := e.c.Deploy(adminAcct, &bindings.MorphoMarkOracleMetaData, ob.PackConstructor(spotFeed, 6, big.NewInt(0), big.NewInt(0))); err == nil {
		t.Fatal("an adapter of a spot feed deployed")
	}
	if _, _, err := e.c.Deploy(adminAcct, &bindings.MorphoMarkOracleMetaData, ob.PackConstructor(feed, 37, big.NewInt(0), big.NewInt(0))); err == nil {
		t.Fatal("an adapter with 37 loan decimals deployed")
	}
}
