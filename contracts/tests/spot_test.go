package tests

import (
	"bytes"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/contracts/gasbench"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
)

// The spot tests drive the Exchange of gasbench.Env with a spot desk
// (gasbench.DeploySpotDesk: a ProviderVault and a DeliveryOracle on the
// same stablecoin, wired as contracts/deploy wires them). Every test
// checks the Exchange's conservation invariant (holdings = Σ balances)
// and that the oracle holds exactly escrowHeld of the stablecoin.

const (
	spotLease   = 4         // the lease length of the spot market, hours
	spotPrice   = 2_500_000 // per GPU-hour: 2.50 USDC
	spotRate    = 1_000_000 // collateral per GPU-hour: 1 USDC
	spotPenalty = 400_000   // the grade's penalty per undelivered GPU-hour
	spotFeeBps  = 5         // the buyer's fee
	spotCash    = 1_000_000_000
)

// spotEnv: xenv with a spot desk; providers are funded accounts
// FirstTrader+i (an approved node of `gpus` GPUs of the spot id's
// reservation grade each, collateral deposited), the rate and penalty set.
type spotEnv struct {
	*xenv
	d            *gasbench.SpotDesk
	id, grade    *big.Int
	vABI, oABI   *abi.ABI
	nonce        uint64
	reportLeaves map[uint64][]leafFig
}

func newSpot(t *testing.T, traders int) *spotEnv {
	t.Helper()
	x := newX(t, traders)
	d, err := x.DeploySpotDesk(5, oracleWindow)
	x.must(err)
	s := &spotEnv{xenv: x, d: d, id: gasbench.SpotID(spotLease), vABI: mustABI(t, &bindings.ProviderVaultMetaData),
		oABI: mustABI(t, &bindings.DeliveryOracleMetaData), nonce: 100, reportLeaves: map[uint64][]leafFig{}}
	s.grade = gasbench.ReservationGrade(s.id)
	x.sendTo(gasbench.Admin, d.VaultI, d.VaultB.PackSetCollateralPerGpuHour(s.grade, big.NewInt(spotRate)))
	x.sendTo(gasbench.Admin, d.OracleI, d.OracleB.PackSetPenalty(s.grade, big.NewInt(spotPenalty)))
	x.track(d.Oracle)
	return s
}

// provider makes trader i a provider with `gpus` GPUs and `collateral`.
func (s *spotEnv) provider(i int, gpus uint32, collateral int64) gasbench.Key {
	s.t.Helper()
	a := gasbench.FirstTrader + i
	s.must(s.d.AddProvider(s.Env, a, s.grade, gpus, common.BigToAddress(big.NewInt(int64(0xc000+i))), big.NewInt(collateral)))
	return s.FundedKey(a)
}

// sellSpot and buySpot are orders of `hours` GPU-hours of market m at
// spotPrice (each with a fresh nonce).
func (s *spotEnv) sellSpot(k gasbench.Key, m *big.Int, gpuHours int64) eip712.SignedOrder {
	s.t.Helper()
	s.nonce++
	o := sell(spotPrice, gpuHours, s.nonce)
	o.Market = m
	return s.order(k, o)
}

func (s *spotEnv) buySpot(k gasbench.Key, m *big.Int, gpuHours int64) eip712.SignedOrder {
	s.t.Helper()
	s.nonce++
	o := buy(spotPrice, gpuHours, s.nonce)
	o.Market = m
	return s.order(k, o)
}

func (s *spotEnv) lease(id int64) bindings.ProviderVaultLease {
	s.t.Helper()
	l, err := bind.Call(s.d.VaultI, nil, s.d.VaultB.PackLease(big.NewInt(id)), s.d.VaultB.UnpackLease)
	s.must(err)
	return l
}

func (s *spotEnv) nextLease() int64 {
	s.t.Helper()
	v, err := bind.Call(s.d.VaultI, nil, s.d.VaultB.PackNextLeaseId(), s.d.VaultB.UnpackNextLeaseId)
	s.must(err)
	return v.Int64()
}

func (s *spotEnv) vaultAccount(a common.Address) bindings.ProviderVaultAccount {
	s.t.Helper()
	v, err := bind.Call(s.d.VaultI, nil, s.d.VaultB.PackAccount(a), s.d.VaultB.UnpackAccount)
	s.must(err)
	return v
}

func (s *spotEnv) escrow() int64 {
	s.t.Helper()
	v, err := bind.Call(s.d.OracleI, nil, s.d.OracleB.PackEscrowHeld(), s.d.OracleB.UnpackEscrowHeld)
	s.must(err)
	return v.Int64()
}

// checkEscrow: the oracle holds exactly escrowHeld (it holds nothing else),
// equal to want; and the Exchange's conservation invariant holds.
func (s *spotEnv) checkEscrow(want int64) {
	s.t.Helper()
	if got, held := s.escrow(), s.coinOf(s.d.Oracle); got != want || held.Int64() != want {
		s.t.Fatalf("escrowHeld %d, the oracle holds %s; want %d", got, held, want)
	}
	s.conserve()
}

func (s *spotEnv) leased(p common.Address, hour uint64) int64 {
	s.t.Helper()
	v, err := bind.Call(s.d.VaultI, nil, s.d.VaultB.PackLeasedGpus(p, s.grade, new(big.Int).SetUint64(hour)), s.d.VaultB.UnpackLeasedGpus)
	s.must(err)
	return v.Int64()
}

// cost is what a buyer pays for gpuHours: notional + its fee.
func cost(gpuHours int64, bps int64) int64 {
	n := gpuHours * spotPrice
	return n + n*bps/10_000
}

// TestSpotFillOpensLease: a spot fill creates a lease of qty/h GPUs for h
// hours from the settle's clock hour, assigned to the seller for the
// buyer; the buyer pays notional + its fee, the notional is in escrow at
// the oracle, the fee with the fee recipient; the seller gets no cash and
// pays no fee; the provider's collateral is locked for the lease's
// GPU-hours and its ledger books the hours; no token moves.
func TestSpotFillOpensLease(t *testing.T) {
	s := newSpot(t, 1)
	pk := s.provider(0, 8, 100*spotRate)
	buyer := s.keys(1)[0]
	s.fundCash(spotCash, buyer.Addr)
	s.track(pk.Addr)
	s.trackID(s.id)
	feeBefore := s.bal(s.Addr(gasbench.FeeRecipient), cashID).Int64()
	holdBefore := s.coinOf(s.Exchange).Int64()

	r := s.settle([]eip712.SignedOrder{s.sellSpot(pk, s.id, 3*spotLease), s.buySpot(buyer, s.id, 2*spotLease)},
		[]eip712.Fill{fill(1, 0, 2*spotLease, spotFeeBps, 0)})
	s.wantResult(r, []uint16{0})
	block, err := s.Chain.Client.HeaderByNumber(ctxBG(), r.Receipt.BlockNumber)
	s.must(err)
	hour := block.Time / 3600

	notional := int64(2 * spotLease * spotPrice)
	s.wantCash(buyer.Addr, spotCash-cost(2*spotLease, spotFeeBps))
	s.wantCash(pk.Addr, 0)
	s.wantCash(s.Addr(gasbench.FeeRecipient), feeBefore+notional*spotFeeBps/10_000)
	s.wantBal(buyer.Addr, s.id, 0)
	if got := s.coinOf(s.Exchange).Int64(); got != holdBefore-notional {
		t.Fatalf("the Exchange holds %d, want %d (the notional went to escrow)", got, holdBefore-notional)
	}
	s.checkEscrow(notional)

	l := s.lease(1)
	if l.Holder != buyer.Addr || l.Provider != pk.Addr || l.Id.Cmp(s.id) != 0 || l.Gpus != 2 || l.Hours != spotLease ||
		uint64(l.StartHour) != hour || l.State != leaseAssigned || l.SpecHash != ([32]byte{}) || l.AssignedAt.Uint64() != block.Time {
		t.Fatalf("lease %+v (hour %d)", l, hour)
	}
	if p, err := bind.Call(s.d.OracleI, nil, s.d.OracleB.PackSpotPrice(big.NewInt(1)), s.d.OracleB.UnpackSpotPrice); err != nil || p.Int64() != spotPrice {
		t.Fatalf("spotPrice %v %v", p, err)
	}
	// The vault: collateral for 8 GPU-hours locked in the provider's
	// position of the spot id, minted and assigned at once; the hours booked.
	if a := s.vaultAccount(pk.Addr); a.Locked.Int64() != 2*spotLease*spotRate || a.Deposited.Int64() != 100*spotRate {
		t.Fatalf("provider account %+v", a)
	}
	pos, err := bind.Call(s.d.VaultI, nil, s.d.VaultB.PackPosition(pk.Addr, s.id), s.d.VaultB.UnpackPosition)
	s.must(err)
	if pos.Minted.Int64() != 2*spotLease || pos.Assigned.Int64() != 2*spotLease || pos.Locked.Int64() != 2*spotLease*spotRate || pos.QueueSlot != 0 {
		t.Fatalf("position %+v", pos)
	}
	for h := hour - 1; h <= hour+spotLease; h++ {
		want := int64(0)
		if h >= hour && h < hour+spotLease {
			want = 2
		}
		if got := s.leased(pk.Addr, h); got != want {
			t.Fatalf("hour %d: %d GPUs leased, want %d", h, got, want)
		}
	}
	ex, err := bind.Call(s.d.VaultI, nil, s.d.VaultB.PackExposure(pk.Addr, s.grade), s.d.VaultB.UnpackExposure)
	s.must(err)
	if ex.Outstanding.Int64() != 2*spotLease || ex.PeakGpus != 2 || ex.PeakUntil != (hour+spotLease)*3600 {
		t.Fatalf("exposure %+v", ex)
	}
	// The logs: LeaseAssigned as a redemption's, SpotLeaseOpened.
	la := events(r.Receipt, s.d.Vault, s.d.VaultB.UnpackLeaseAssignedEvent)
	if len(la) != 1 || la[0].LeaseId.Int64() != 1 || la[0].Holder != buyer.Addr || la[0].Provider != pk.Addr || la[0].Gpus.Int64() != 2 ||
		la[0].StartHour.Uint64() != hour || la[0].Hours.Int64() != spotLease || la[0].SpecHash != ([32]byte{}) {
		t.Fatalf("LeaseAssigned %+v", la)
	}
	so := events(r.Receipt, s.d.Oracle, s.d.OracleB.UnpackSpotLeaseOpenedEvent)
	if len(so) != 1 || so[0].LeaseId.Int64() != 1 || so[0].Holder != buyer.Addr || so[0].Provider != pk.Addr || so[0].Id.Cmp(s.id) != 0 ||
		so[0].Gpus.Int64() != 2 || so[0].Price.Int64() != spotPrice {
		t.Fatalf("SpotLeaseOpened %+v", so)
	}
	// The seller's order rests with one lot left; the buyer's is complete.
	if !s.nonceUsed(buyer.Addr, s.nonce) || s.nonceUsed(pk.Addr, s.nonce-1) {
		t.Fatal("nonces after the fill")
	}
	// Its lease lives as a redeemed one's: the provider runs it at once.
	s.sendTo(gasbench.FirstTrader, s.d.VaultI, s.d.VaultB.PackMarkProvisioning(big.NewInt(1)))
	s.sendTo(gasbench.FirstTrader, s.d.VaultI, s.d.VaultB.PackMarkRunning(big.NewInt(1)))
	if s.lease(1).State != leaseRunning {
		t.Fatal("the spot lease does not run")
	}
}

// TestSpotRefused: a spot fill the desk refuses is skipped SPOT_REFUSED
// for the seller and changes nothing (the buyer keeps its cash, no lease,
// no escrow, both orders as they were): beyond the seller's free capacity
// (a second spot sell in the same batch, or hours that a redeemed
// reservation lease holds), beyond its free collateral, a quantity that
// is not a whole number of leases. A non-zero seller fee is FEE_TOO_HIGH
// and a buyer short of cash INSUFFICIENT_CASH, neither asking the desk.
// Only the desk may open spot leases.
func TestSpotRefused(t *testing.T) {
	s := newSpot(t, 4)
	two := s.provider(0, 2, 1_000*spotRate)        // 2 GPUs
	poor := s.provider(1, 8, spotLease*spotRate-1) // collateral for less than one lease
	res := s.provider(2, 2, 1_000*spotRate)        // 2 GPUs, a reservation lease ahead
	holder := gasbench.FirstTrader + 3
	bs := s.keys(3)
	s.fundCash(spotCash, bs[0].Addr, bs[1].Addr)
	s.fundCash(cost(spotLease, spotFeeBps)-1, bs[2].Addr) // one short
	s.track(two.Addr, poor.Addr, res.Addr)
	s.trackID(s.id)

	// Capacity: two spot sells of provider `two` in one batch, 2 GPUs and
	// then 1 more: the second is refused, the first stands.
	r := s.settle([]eip712.SignedOrder{s.sellSpot(two, s.id, 2*spotLease), s.sellSpot(two, s.id, spotLease),
		s.buySpot(bs[0], s.id, 2*spotLease), s.buySpot(bs[1], s.id, spotLease)},
		[]eip712.Fill{fill(2, 0, 2*spotLease, spotFeeBps, 0), fill(3, 1, spotLease, spotFeeBps, 0)})
	s.wantResult(r, []uint16{0}, sk(1, maker, eip712.SpotRefused))
	s.wantCash(bs[1].Addr, spotCash)
	if s.nextLease() != 2 || s.nonceUsed(bs[1].Addr, s.nonce) || s.nonceUsed(two.Addr, s.nonce-2) {
		t.Fatalf("after the refused fill: next lease %d", s.nextLease())
	}
	s.checkEscrow(2 * spotLease * spotPrice)
	escrow := s.escrow()
	mid := s.snapshot()

	refused := func(seller gasbench.Key, m *big.Int, qty int64, reason eip712.SkipReason, party eip712.Party, sellerFee uint16, b gasbench.Key) {
		t.Helper()
		leases := s.nextLease()
		// The seller as maker, then as taker.
		r := s.settle([]eip712.SignedOrder{s.sellSpot(seller, m, qty), s.buySpot(b, m, qty)}, []eip712.Fill{fill(1, 0, qty, spotFeeBps, sellerFee)})
		s.wantResult(r, nil, sk(0, party, reason))
		r = s.settle([]eip712.SignedOrder{s.buySpot(b, m, qty), s.sellSpot(seller, m, qty)}, []eip712.Fill{fill(1, 0, qty, sellerFee, spotFeeBps)})
		s.wantResult(r, nil, sk(0, 3-party, reason))
		if s.nextLease() != leases {
			t.Fatalf("%s: a lease was opened", reason)
		}
		s.sameSnapshot(mid, s.snapshot())
		s.checkEscrow(escrow)
	}
	// Provider `two` has no GPU free now; `poor` no collateral for 4 GPU-hours.
	refused(two, s.id, spotLease, eip712.SpotRefused, maker, 0, bs[1])
	refused(poor, s.id, spotLease, eip712.SpotRefused, maker, 0, bs[1])
	// 6 GPU-hours are not a whole number of 4-hour leases.
	refused(res, s.id, 6, eip712.SpotRefused, maker, 0, bs[1])
	// A seller fee, and a buyer one unit short: the desk is not asked.
	refused(res, s.id, spotLease, eip712.FeeTooHigh, maker, 1, bs[1])
	refused(res, s.id, spotLease, eip712.InsufficientCash, taker, 0, bs[2])

	// Hours a redeemed reservation lease holds: provider `res` mints a
	// window starting 4 hours on and the holder redeems its 2 GPUs for the
	// window's first 2 hours; a 1-GPU spot lease of 8 hours from now
	// overlaps them, one of 2 hours does not.
	now := s.now()
	startHour := now/3600 + 4 // more than 3 hours ahead: its last trading time is over an hour away
	rid := reservation(t, instrument.GPUH100SXM, 1, time.Unix(int64(startHour*3600), 0).UTC(), 24)
	if gradeOf(rid).Cmp(s.grade) != 0 {
		t.Fatalf("the reservation's grade %x is not the spot id's reservation grade %x", gradeOf(rid), s.grade)
	}
	s.sendTo(gasbench.FirstTrader+2, s.d.VaultI, s.d.VaultB.PackMint(rid, big.NewInt(4)))
	s.sendTo(gasbench.FirstTrader+2, s.d.TokenI, s.d.TokenB.PackSafeTransferFrom(res.Addr, s.Addr(holder), rid, big.NewInt(4), nil))
	s.sendTo(holder, s.d.TokenI, s.d.TokenB.PackSetApprovalForAll(s.d.Vault, true))
	s.sendTo(holder, s.d.VaultI, s.d.VaultB.PackRedeem(rid, 2, 2, uint32(startHour), [32]byte{7}))
	escrow = s.escrow()
	long, short := gasbench.SpotID(8), gasbench.SpotID(2)
	s.trackID(long)
	s.trackID(short)
	mid = s.snapshot()
	refused(res, long, 8, eip712.SpotRefused, maker, 0, bs[1])
	r = s.settle([]eip712.SignedOrder{s.sellSpot(res, short, 2), s.buySpot(bs[1], short, 2)}, []eip712.Fill{fill(1, 0, 2, spotFeeBps, 0)})
	s.wantResult(r, []uint16{0})
	if l := s.lease(s.nextLease() - 1); l.Provider != res.Addr || l.Gpus != 1 || l.Hours != 2 || l.Id.Cmp(short) != 0 {
		t.Fatalf("lease %+v", l)
	}
	s.checkEscrow(escrow + 2*spotPrice)

	// Only the Exchange (EXCHANGE_ROLE) opens spot leases at the oracle,
	// only the oracle (SPOT_ROLE) at the vault.
	exRole, spotRole := roleHash("EXCHANGE_ROLE"), roleHash("SPOT_ROLE")
	expectCallRevert(t, s.Chain.Client, res.Addr, s.d.Oracle, s.d.OracleB.PackOpenSpot(res.Addr, res.Addr, s.id, big.NewInt(4), big.NewInt(1)),
		packErr(t, s.oABI, "AccessControlUnauthorizedAccount", res.Addr, exRole), s.errName)
	expectCallRevert(t, s.Chain.Client, s.Exchange, s.d.Vault, s.d.VaultB.PackOpenSpotLease(res.Addr, res.Addr, s.id, 1),
		packErr(t, s.vABI, "AccessControlUnauthorizedAccount", s.Exchange, spotRole), s.errName)
	// What the desk says when it refuses (as the Exchange, an eth_call).
	for _, c := range []struct {
		id       *big.Int
		gpuHours int64
		want     []byte
	}{
		{s.id, 6, packErr(t, s.oABI, "BadSpotSize", s.id, big.NewInt(6))},
		{s.id, 0, packErr(t, s.oABI, "BadSpotSize", s.id, big.NewInt(0))},
		{rid, 24, packErr(t, s.vABI, "NotSpot", rid)},
		{s.id, 4, packErr(t, s.vABI, "SpotCapacityExceeded", two.Addr, s.id, big.NewInt(1), big.NewInt(0))},
	} {
		expectCallRevert(t, s.Chain.Client, s.Exchange, s.d.Oracle, s.d.OracleB.PackOpenSpot(bs[0].Addr, two.Addr, c.id, big.NewInt(c.gpuHours), big.NewInt(1)),
			c.want, func(b []byte) string { return revertName(b, s.oABI, s.vABI) })
	}
	expectCallRevert(t, s.Chain.Client, s.Exchange, s.d.Oracle, s.d.OracleB.PackOpenSpot(bs[0].Addr, poor.Addr, s.id, big.NewInt(4), big.NewInt(1)),
		packErr(t, s.vABI, "InsufficientCollateral", poor.Addr, big.NewInt(spotLease*spotRate), big.NewInt(spotLease*spotRate-1)),
		func(b []byte) string { return revertName(b, s.oABI, s.vABI) })
}

// TestSpotMixedBatch: spot fills and token fills in one batch, a refused
// spot fill among them: each settles or is skipped on its own, the
// running balances stay exact (the buyer of both pays for both), one
// transfer takes the batch's escrow to the oracle.
func TestSpotMixedBatch(t *testing.T) {
	s := newSpot(t, 2)
	p := s.provider(0, 4, 1_000*spotRate)
	ks := s.keys(3)
	s.fundCash(spotCash, ks[0].Addr, ks[1].Addr)
	s.fundTokens(s.Market, 100, ks[2].Addr)
	s.track(p.Addr)
	s.trackID(s.id)
	fee0 := s.bal(s.Addr(gasbench.FeeRecipient), cashID).Int64()
	tokBuy, tokSell := buy(2_000_000, 10, 900), sell(2_000_000, 10, 901)
	orders := []eip712.SignedOrder{
		s.sellSpot(p, s.id, 5*spotLease),  // 0: 4 GPUs free, 5 lots offered
		s.buySpot(ks[0], s.id, spotLease), // 1
		s.order(ks[0], tokBuy),            // 2: the same buyer buys tokens too
		s.order(ks[2], tokSell),           // 3
		s.buySpot(ks[1], s.id, 4*spotLease),
	}
	fills := []eip712.Fill{
		fill(1, 0, spotLease, spotFeeBps, 0),   // spot: 1 GPU
		fill(2, 3, 6, 10, 10),                  // tokens
		fill(4, 0, 4*spotLease, spotFeeBps, 0), // spot: 4 more GPUs, only 3 free: refused
		fill(4, 0, 3*spotLease, spotFeeBps, 0), // spot: 3 GPUs
		fill(2, 3, 4, 10, 10),                  // tokens
	}
	r := s.settle(orders, fills)
	s.wantResult(r, []uint16{0, 1, 3, 4}, sk(2, maker, eip712.SpotRefused))
	tokNotional := int64(10 * 2_000_000)
	s.wantCash(ks[0].Addr, spotCash-cost(spotLease, spotFeeBps)-tokNotional-6*2_000_000*10/10_000-4*2_000_000*10/10_000)
	s.wantCash(ks[1].Addr, spotCash-cost(3*spotLease, spotFeeBps))
	s.wantBal(ks[0].Addr, s.Market, 10)
	s.wantCash(ks[2].Addr, tokNotional-tokNotional*10/10_000)
	s.wantCash(s.Addr(gasbench.FeeRecipient), fee0+4*spotLease*spotPrice*spotFeeBps/10_000+2*tokNotional*10/10_000)
	s.checkEscrow(4 * spotLease * spotPrice)
	if s.nextLease() != 3 || s.lease(1).Gpus != 1 || s.lease(2).Gpus != 3 || s.lease(2).Holder != ks[1].Addr {
		t.Fatalf("leases: next %d, %+v, %+v", s.nextLease(), s.lease(1), s.lease(2))
	}
	// One stablecoin transfer, Exchange -> oracle, of the whole escrow.
	var transfers int
	for _, l := range r.Receipt.Logs {
		if ev, err := s.CoinB.UnpackTransferEvent(l); err == nil && l.Address == s.Coin {
			transfers++
			if ev.From != s.Exchange || ev.To != s.d.Oracle || ev.Value.Int64() != 4*spotLease*spotPrice {
				t.Fatalf("transfer %+v", ev)
			}
		}
	}
	if transfers != 1 {
		t.Fatalf("%d stablecoin transfers in the batch", transfers)
	}
}

// ---- settlement of spot leases ----

// openSpot opens a spot lease of `gpus` GPUs from provider p for buyer b
// through a one-fill batch and returns its id and first hour.
func (s *spotEnv) openSpot(p, b gasbench.Key, gpus int64) (int64, uint64) {
	s.t.Helper()
	r := s.settle([]eip712.SignedOrder{s.sellSpot(p, s.id, gpus*spotLease), s.buySpot(b, s.id, gpus*spotLease)},
		[]eip712.Fill{fill(1, 0, gpus*spotLease, spotFeeBps, 0)})
	s.wantResult(r, []uint16{0})
	id := s.nextLease() - 1
	return id, uint64(s.lease(id).StartHour)
}

// startOfHour moves the chain to the start of the next hour, so that the
// leases a test opens next start in the same hour.
func (s *spotEnv) startOfHour() {
	s.t.Helper()
	s.setNow((s.now()/3600 + 1) * 3600)
}

// postReports posts the reports of the given epochs (ascending, each
// over), signed by three of the five reporters, and waits out the
// challenge window.
func (s *spotEnv) postReports(epochs ...uint64) {
	s.t.Helper()
	for _, e := range epochs {
		if now := s.now(); now < (e+1)*3600 {
			s.setNow((e + 1) * 3600)
		}
		root, _ := s.tree(e)
		sigs, err := gasbench.SignReport(s.d.Reporters[:3], gasbench.ReportDigest(s.Chain.ChainID, s.d.Oracle, e, root))
		s.must(err)
		s.sendTo(gasbench.Operator, s.d.OracleI, s.d.OracleB.PackPostReport(e, root, sigs))
	}
	s.advance((oracleWindow + 1) * time.Second)
}

func (s *spotEnv) tree(epoch uint64) (common.Hash, [][][32]byte) {
	var hs []common.Hash
	for _, l := range s.reportLeaves[epoch] {
		hs = append(hs, gasbench.OracleLeaf(new(big.Int).SetUint64(l.lease), l.d, l.u, l.reasons))
	}
	return gasbench.MerkleProofs(hs)
}

// settleAt settles lease `lease` with its leaf of epoch `epoch`; returns
// the receipt and its SpotEscrowReleased and LeaseSettled events.
func (s *spotEnv) settleAt(epoch uint64, lease uint64) (*types.Receipt, *bindings.DeliveryOracleSpotEscrowReleased, *bindings.DeliveryOracleLeaseSettled) {
	s.t.Helper()
	_, proofs := s.tree(epoch)
	for i, l := range s.reportLeaves[epoch] {
		if l.lease != lease {
			continue
		}
		r := s.sendTo(gasbench.Operator, s.d.OracleI, s.d.OracleB.PackSettleLease(new(big.Int).SetUint64(l.lease), new(big.Int).SetUint64(l.d),
			new(big.Int).SetUint64(l.u), new(big.Int).SetUint64(l.reasons), epoch, proofs[i]))
		er := events(r, s.d.Oracle, s.d.OracleB.UnpackSpotEscrowReleasedEvent)
		ls := events(r, s.d.Oracle, s.d.OracleB.UnpackLeaseSettledEvent)
		if len(er) != 1 || len(ls) != 1 || er[0].LeaseId.Uint64() != lease {
			s.t.Fatalf("settlement of lease %d at epoch %d: %d SpotEscrowReleased, %d LeaseSettled", lease, epoch, len(er), len(ls))
		}
		return r, er[0], ls[0]
	}
	s.t.Fatalf("no leaf of lease %d in epoch %d", lease, epoch)
	return nil, nil, nil
}

// TestSpotSettlement: a spot lease's settlement pays the provider the
// price of each delivered GPU-hour from escrow and frees the collateral;
// each undelivered hour refunds the holder the price from escrow plus the
// reservation grade's penalty from the collateral (never more than the
// lease's collateral); after a holder's stop, the hours from the stop's
// hour on go back to the holder without penalty. escrowHeld is always
// what the oracle holds.
func TestSpotSettlement(t *testing.T) {
	s := newSpot(t, 3)
	p := s.provider(0, 16, 10_000*spotRate)
	holder := s.FundedKey(gasbench.FirstTrader + 1) // sends closeLease
	other := s.keys(1)[0]
	s.fundCash(spotCash, holder.Addr, other.Addr)
	s.track(p.Addr)
	s.trackID(s.id)
	deposited := int64(10_000 * spotRate)
	s.startOfHour()

	a, h := s.openSpot(p, other, 2)  // all delivered
	b, _ := s.openSpot(p, other, 2)  // 5 of 8 delivered
	c, _ := s.openSpot(p, holder, 2) // the holder stops it in its second hour
	if s.lease(c).StartHour != uint32(h) {
		t.Fatal("the leases do not start in the same hour")
	}
	s.checkEscrow(3 * 8 * spotPrice)
	if acct := s.vaultAccount(p.Addr); acct.Locked.Int64() != 3*8*spotRate {
		t.Fatalf("locked %s", acct.Locked)
	}
	s.setNow(h*3600 + 3600 + 100)
	s.sendTo(gasbench.FirstTrader+1, s.d.VaultI, s.d.VaultB.PackCloseLease(big.NewInt(c), reasonHolderStopped))
	// Lease c: hour h delivered (2), hour h+1 one GPU delivered and one
	// not, hours h+2 and h+3 after the stop, which the judge counts
	// delivered (4): D 7, U 1; the provider is owed 3 (the hours before
	// the stop's hour h+2, less the undelivered one), the holder 5 (1
	// undelivered, 4 refunded) and the penalty of 1 GPU-hour.
	last := h + spotLease - 1
	s.reportLeaves[last] = []leafFig{{uint64(a), 8, 0, 0}, {uint64(b), 5, 3, 1 << 5}, {uint64(c), 7, 1, 1 << 2}}
	s.postReports(last)

	pc, hc := s.coinOf(p.Addr).Int64(), s.coinOf(other.Addr).Int64()
	_, er, ls := s.settleAt(last, uint64(a))
	if er.ToProvider.Int64() != 8*spotPrice || er.ToHolder.Sign() != 0 || ls.Paid.Sign() != 0 || ls.Released.Int64() != 8*spotRate {
		t.Fatalf("lease a: %+v %+v", er, ls)
	}
	if s.coinOf(p.Addr).Int64() != pc+8*spotPrice || s.coinOf(other.Addr).Int64() != hc {
		t.Fatal("lease a: payments")
	}
	s.checkEscrow(2 * 8 * spotPrice)
	if acct := s.vaultAccount(p.Addr); acct.Locked.Int64() != 2*8*spotRate || acct.Deposited.Int64() != deposited {
		t.Fatalf("after lease a: %+v", acct)
	}

	_, er, ls = s.settleAt(last, uint64(b))
	if er.ToProvider.Int64() != 5*spotPrice || er.ToHolder.Int64() != 3*spotPrice || ls.Paid.Int64() != 3*spotPenalty ||
		ls.Released.Int64() != 8*spotRate-3*spotPenalty {
		t.Fatalf("lease b: %+v %+v", er, ls)
	}
	if s.coinOf(p.Addr).Int64() != pc+13*spotPrice || s.coinOf(other.Addr).Int64() != hc+3*spotPrice+3*spotPenalty {
		t.Fatal("lease b: payments")
	}
	s.checkEscrow(8 * spotPrice)
	if acct := s.vaultAccount(p.Addr); acct.Locked.Int64() != 8*spotRate || acct.Deposited.Int64() != deposited-3*spotPenalty {
		t.Fatalf("after lease b: %+v", acct)
	}

	hh := s.coinOf(holder.Addr).Int64()
	_, er, ls = s.settleAt(last, uint64(c))
	if er.ToProvider.Int64() != 3*spotPrice || er.ToHolder.Int64() != 5*spotPrice || ls.Paid.Int64() != spotPenalty {
		t.Fatalf("lease c: %+v %+v", er, ls)
	}
	if s.coinOf(holder.Addr).Int64() != hh+5*spotPrice+spotPenalty || s.coinOf(p.Addr).Int64() != pc+16*spotPrice {
		t.Fatal("lease c: payments")
	}
	s.checkEscrow(0)
	if acct := s.vaultAccount(p.Addr); acct.Locked.Sign() != 0 || acct.Deposited.Int64() != deposited-4*spotPenalty {
		t.Fatalf("after lease c: %+v", acct)
	}
	st, err := bind.Call(s.d.OracleI, nil, s.d.OracleB.PackSettlement(big.NewInt(c)), s.d.OracleB.UnpackSettlement)
	s.must(err)
	if st.Rate.Int64() != spotPenalty || st.Delivered != 7 || st.Undelivered != 1 || st.Collateral.Int64() != 8*spotRate {
		t.Fatalf("settlement of lease c %+v (the rate is the penalty alone)", st)
	}
}

// TestSpotPenaltyCapped: the penalty comes from the lease's collateral,
// never more: with a penalty above the collateral rate, a lease that
// delivered nothing pays the holder its whole price back from escrow and
// its whole collateral, and takes nothing from the provider's other
// collateral or leases.
func TestSpotPenaltyCapped(t *testing.T) {
	s := newSpot(t, 1)
	s.sendTo(gasbench.Admin, s.d.OracleI, s.d.OracleB.PackSetPenalty(s.grade, big.NewInt(3*spotRate)))
	p := s.provider(0, 8, 1_000*spotRate)
	b := s.keys(1)[0]
	s.fundCash(spotCash, b.Addr)
	s.track(p.Addr)
	s.trackID(s.id)
	s.startOfHour()
	l1, h := s.openSpot(p, b, 2)
	l2, _ := s.openSpot(p, b, 1)
	last := h + spotLease - 1
	s.reportLeaves[last] = []leafFig{{uint64(l1), 0, 8, 1 << 8}, {uint64(l2), 4, 0, 0}}
	s.postReports(last)
	hb := s.coinOf(b.Addr).Int64()
	_, er, ls := s.settleAt(last, uint64(l1))
	if er.ToHolder.Int64() != 8*spotPrice || er.ToProvider.Sign() != 0 || ls.Paid.Int64() != 8*spotRate || ls.Released.Sign() != 0 {
		t.Fatalf("%+v %+v", er, ls)
	}
	if s.coinOf(b.Addr).Int64() != hb+8*spotPrice+8*spotRate {
		t.Fatal("holder's payments")
	}
	if acct := s.vaultAccount(p.Addr); acct.Locked.Int64() != spotLease*spotRate || acct.Deposited.Int64() != 1_000*spotRate-8*spotRate {
		t.Fatalf("provider %+v", acct)
	}
	s.checkEscrow(spotLease * spotPrice)
	s.settleAt(last, uint64(l2))
	s.checkEscrow(0)
	if acct := s.vaultAccount(p.Addr); acct.Locked.Sign() != 0 {
		t.Fatalf("provider %+v", acct)
	}
}

// TestSpotSettlementAnyOrder: a lease's reports of several epochs settled
// out of order pay every GPU-hour once: the same totals as a twin lease
// settled epoch by epoch; an older report after a newer one is refused
// (FiguresDecreased) and the same one twice (NothingToSettle).
func TestSpotSettlementAnyOrder(t *testing.T) {
	s := newSpot(t, 1)
	p := s.provider(0, 8, 1_000*spotRate)
	b1, b2 := s.keys(1)[0], s.keys(1)[0]
	s.fundCash(spotCash, b1.Addr, b2.Addr)
	s.track(p.Addr)
	s.trackID(s.id)
	s.startOfHour()
	x, h := s.openSpot(p, b1, 2)
	y, _ := s.openSpot(p, b2, 2)
	figs := [][2]uint64{{2, 0}, {3, 1}, {5, 1}, {7, 1}} // cumulative (delivered, undelivered) at the end of hours h..h+3
	for i, f := range figs {
		s.reportLeaves[h+uint64(i)] = []leafFig{{uint64(x), f[0], f[1], 1 << 5}, {uint64(y), f[0], f[1], 1 << 5}}
	}
	s.postReports(h, h+1, h+2, h+3)
	type tot struct{ prov, hold, paid, rel int64 }
	add := func(t *tot, er *bindings.DeliveryOracleSpotEscrowReleased, ls *bindings.DeliveryOracleLeaseSettled) {
		t.prov += er.ToProvider.Int64()
		t.hold += er.ToHolder.Int64()
		t.paid += ls.Paid.Int64()
		t.rel += ls.Released.Int64()
	}
	var tx, ty tot
	for i := range figs {
		_, er, ls := s.settleAt(h+uint64(i), uint64(x))
		add(&tx, er, ls)
	}
	for _, e := range []uint64{h + 2, h + 1, h + 3} {
		if e == h+1 {
			_, proofs := s.tree(e)
			l := s.reportLeaves[e][1]
			expectCallRevert(t, s.Chain.Client, s.Addr(gasbench.Operator), s.d.Oracle, s.d.OracleB.PackSettleLease(big.NewInt(y), big64(int64(l.d)),
				big64(int64(l.u)), big64(int64(l.reasons)), e, proofs[1]), packErr(t, s.oABI, "FiguresDecreased", big.NewInt(y), big64(5), big64(1)),
				func(b []byte) string { return revertName(b, s.oABI, s.vABI) })
			continue
		}
		_, er, ls := s.settleAt(e, uint64(y))
		add(&ty, er, ls)
	}
	_, proofs := s.tree(h + 3)
	l := s.reportLeaves[h+3][1]
	expectCallRevert(t, s.Chain.Client, s.Addr(gasbench.Operator), s.d.Oracle, s.d.OracleB.PackSettleLease(big.NewInt(y), big64(int64(l.d)),
		big64(int64(l.u)), big64(int64(l.reasons)), h+3, proofs[1]), packErr(t, s.oABI, "NothingToSettle", big.NewInt(y)),
		func(b []byte) string { return revertName(b, s.oABI, s.vABI) })
	want := tot{prov: 7 * spotPrice, hold: spotPrice, paid: spotPenalty, rel: 8*spotRate - spotPenalty}
	if tx != want || ty != want {
		t.Fatalf("in order %+v, out of order %+v, want %+v", tx, ty, want)
	}
	s.checkEscrow(0)
}

// TestSpotGasTooLow: a spot fill needs only the gas it uses (the batch's
// estimate is far below SPOT_CALL_GAS), but a batch whose gas runs so low
// that the desk's call may have been starved reverts whole
// (SpotGasTooLow) instead of skipping the fill SPOT_REFUSED; with its
// estimate it settles.
func TestSpotGasTooLow(t *testing.T) {
	s := newSpot(t, 1)
	p := s.provider(0, 8, 1_000*spotRate)
	b := s.keys(1)[0]
	s.fundCash(spotCash, b.Addr)
	s.track(p.Addr)
	s.trackID(s.id)
	batch, err := eip712.EncodeBatch([]eip712.SignedOrder{s.sellSpot(p, s.id, spotLease), s.buySpot(b, s.id, spotLease)},
		[]eip712.Fill{fill(1, 0, spotLease, spotFeeBps, 0)})
	s.must(err)
	data := s.ExB.PackSettle(s.NextBatchID(), batch.Orders, batch.Fills, batch.ContractSigs)
	msg := callFrom(s.Addr(gasbench.Operator), s.Exchange, data)
	est, err := s.Chain.Client.EstimateGas(ctxBG(), msg)
	s.must(err)
	if est > 600_000 {
		t.Fatalf("estimate %d for one spot fill", est)
	}
	msg.Gas = est * 2 / 3
	_, err = s.Chain.Client.CallContract(ctxBG(), msg, nil)
	if got, ok := revertData(err); !ok || !bytes.Equal(got, s.exErr("SpotGasTooLow")) {
		t.Fatalf("settle with %d gas: %v (%s), want SpotGasTooLow", msg.Gas, err, s.revertName(err))
	}
	before := s.snapshot()
	tx, err := s.SendNoEstimate(gasbench.Operator, s.ExchangeI, data, msg.Gas)
	s.must(err)
	s.Chain.Backend.Commit()
	rc, err := s.Receipt(tx)
	s.must(err)
	if rc.Status != types.ReceiptStatusFailed || s.nextLease() != 1 {
		t.Fatalf("the starved batch: status %d, next lease %d", rc.Status, s.nextLease())
	}
	s.sameSnapshot(before, s.snapshot())
	tx, err = s.SendNoEstimate(gasbench.Operator, s.ExchangeI, data, est)
	s.must(err)
	s.Chain.Backend.Commit()
	rc, err = s.Receipt(tx)
	s.must(err)
	if rc.Status != types.ReceiptStatusSuccessful || s.nextLease() != 2 {
		t.Fatalf("the batch with its estimate: status %d, next lease %d", rc.Status, s.nextLease())
	}
	s.checkEscrow(spotLease * spotPrice)
}

// TestSpotNeverStartedGrace: a spot lease starts in the hour its fill
// settled, here 50 minutes into it; anyone may close it
// provider_never_started only NEVER_STARTED_GRACE after its assignment,
// not after its start hour (which had passed before the fill).
func TestSpotNeverStartedGrace(t *testing.T) {
	s := newSpot(t, 2)
	p := s.provider(0, 8, 1_000*spotRate)
	b := s.keys(1)[0]
	s.fundCash(spotCash, b.Addr)
	s.startOfHour()
	s.setNow(s.now() + 50*60)
	l, h := s.openSpot(p, b, 1)
	assigned := int64(s.lease(l).AssignedAt.Uint64())
	if int64(h)*3600 >= assigned {
		t.Fatalf("lease start hour %d, assigned at %d: want the fill late in its hour", h, assigned)
	}
	never := s.d.VaultB.PackCloseLease(big.NewInt(l), 8) // ProviderNeverStarted
	stranger := gasbench.FirstTrader + 1
	s.setNow(uint64(assigned) + 29*60)
	s.expectRevert(stranger, s.d.Vault, never, packErr(t, s.vABI, "StartGraceNotOver", big.NewInt(l), big.NewInt(assigned+1800)))
	s.setNow(uint64(assigned) + 30*60)
	s.sendTo(stranger, s.d.VaultI, never)
	if ls := s.lease(l); ls.State != 4 || ls.Reason != 8 {
		t.Fatalf("lease %+v, want closed provider_never_started", ls)
	}
}
