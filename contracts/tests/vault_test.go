package tests

import (
	"bytes"
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/redeemer/assign"
)

// Node statuses of ProviderVault.NodeStatus.
const (
	statusNone uint8 = iota
	statusProposed
	statusApproved
	statusRejected
	statusRetired
)

// events returns the events of one kind that contract addr emitted in r.
func events[T any](r *types.Receipt, addr common.Address, unpack func(*types.Log) (*T, error)) []*T {
	var out []*T
	for _, l := range r.Logs {
		if l.Address != addr {
			continue
		}
		if ev, err := unpack(l); err == nil {
			out = append(out, ev)
		}
	}
	return out
}

func big64(v int64) *big.Int { return big.NewInt(v) }

func (e *env) checkAccount(i int, deposited, locked int64) {
	e.t.Helper()
	a := e.account(i)
	if a.Deposited.Int64() != deposited || a.Locked.Int64() != locked {
		e.t.Fatalf("account %d: deposited %s locked %s, want %d %d", i, a.Deposited, a.Locked, deposited, locked)
	}
}

func (e *env) checkPosition(i int, id *big.Int, minted, locked int64) {
	e.t.Helper()
	p := e.position(i, id)
	if p.Minted.Int64() != minted || p.Locked.Int64() != locked {
		e.t.Fatalf("position %d %#x: minted %s locked %s, want %d %d", i, id, p.Minted, p.Locked, minted, locked)
	}
	if b := e.tokenBalance(i, id); b.Int64() != minted {
		// The tests that use checkPosition never transfer tokens.
		e.t.Fatalf("token balance %d %#x = %s, want %d", i, id, b, minted)
	}
}

// TestVaultNodeRegistration covers proposing, approving, rejecting and
// retiring nodes, and who may do each.
func TestVaultNodeRegistration(t *testing.T) {
	e := newEnv(t, 5)
	p, q := firstProvider, firstProvider+1
	id := reservation(t, instrument.GPUH100SXM, 1, hourAfter(e.now(), 48*time.Hour), 24)
	grade := gradeOf(id)
	registrar := e.registrarRole()
	var adminRole [32]byte
	n1, n2 := nodeID("node-1"), nodeID("node-2")

	r := e.send(p, e.vaultInst, e.vault.PackProposeNode(n1, grade, 8, nodeKeyOf(e.addr(p), n1)))
	if ev := events(r, e.vaultAddr, e.vault.UnpackNodeProposedEvent); len(ev) != 1 ||
		ev[0].Provider != e.addr(p) || ev[0].NodeId != n1 || ev[0].GradeKey.Cmp(grade) != 0 || ev[0].Gpus != 8 {
		t.Fatalf("NodeProposed events %+v", ev)
	}
	if n := e.node(p, n1); n.Status != statusProposed || n.Gpus != 8 || n.GradeKey.Cmp(grade) != 0 {
		t.Fatalf("node %+v", n)
	}
	if c := e.capacity(p, grade); c.Sign() != 0 {
		t.Fatalf("capacity %s before approval", c)
	}
	e.expectRevert(p, e.vaultAddr, e.vault.PackProposeNode(n1, grade, 4, nodeKeyOf(e.addr(p), n1)),
		packErr(t, e.vaultABI, "NodeAlreadyRegistered", e.addr(p), n1, statusProposed))

	// Only the registrar decides; the admin does not hold the role.
	for _, who := range []int{adminAcct, p, q} {
		e.expectRevert(who, e.vaultAddr, e.vault.PackApproveNode(e.addr(p), n1),
			packErr(t, e.vaultABI, "AccessControlUnauthorizedAccount", e.addr(who), registrar))
		e.expectRevert(who, e.vaultAddr, e.vault.PackRejectNode(e.addr(p), n1),
			packErr(t, e.vaultABI, "AccessControlUnauthorizedAccount", e.addr(who), registrar))
	}
	r = e.send(registrarAcct, e.vaultInst, e.vault.PackApproveNode(e.addr(p), n1))
	if ev := events(r, e.vaultAddr, e.vault.UnpackNodeApprovedEvent); len(ev) != 1 || ev[0].Capacity.Int64() != 8 {
		t.Fatalf("NodeApproved events %+v", ev)
	}
	if c := e.capacity(p, grade); c.Int64() != 8 {
		t.Fatalf("capacity %s, want 8", c)
	}
	e.expectRevert(registrarAcct, e.vaultAddr, e.vault.PackApproveNode(e.addr(p), n1),
		packErr(t, e.vaultABI, "NodeNotPending", e.addr(p), n1, statusApproved))
	e.expectRevert(p, e.vaultAddr, e.vault.PackProposeNode(n1, grade, 8, nodeKeyOf(e.addr(p), nodeID("fresh"))),
		packErr(t, e.vaultABI, "NodeAlreadyRegistered", e.addr(p), n1, statusApproved))

	// Rejection adds nothing; a rejected node may be proposed again.
	e.send(p, e.vaultInst, e.vault.PackProposeNode(n2, grade, 16, nodeKeyOf(e.addr(p), n2)))
	r = e.send(registrarAcct, e.vaultInst, e.vault.PackRejectNode(e.addr(p), n2))
	if ev := events(r, e.vaultAddr, e.vault.UnpackNodeRejectedEvent); len(ev) != 1 || ev[0].NodeId != n2 {
		t.Fatalf("NodeRejected events %+v", ev)
	}
	if n := e.node(p, n2); n.Status != statusRejected {
		t.Fatalf("node %+v", n)
	}
	e.expectRevert(registrarAcct, e.vaultAddr, e.vault.PackApproveNode(e.addr(p), n2),
		packErr(t, e.vaultABI, "NodeNotPending", e.addr(p), n2, statusRejected))
	e.expectRevert(registrarAcct, e.vaultAddr, e.vault.PackRejectNode(e.addr(p), n2),
		packErr(t, e.vaultABI, "NodeNotPending", e.addr(p), n2, statusRejected))
	e.addNode(p, n2, grade, 4)
	if c := e.capacity(p, grade); c.Int64() != 12 {
		t.Fatalf("capacity %s, want 12", c)
	}

	// Node ids are per provider: q has no node-1, and cannot touch p's.
	e.expectRevert(q, e.vaultAddr, e.vault.PackRetireNode(n1),
		packErr(t, e.vaultABI, "NodeNotApproved", e.addr(q), n1, statusNone))
	if c := e.capacity(q, grade); c.Sign() != 0 {
		t.Fatalf("q capacity %s", c)
	}

	// Retirement (no mints outstanding).
	r = e.send(p, e.vaultInst, e.vault.PackRetireNode(n2))
	if ev := events(r, e.vaultAddr, e.vault.UnpackNodeRetiredEvent); len(ev) != 1 || ev[0].Capacity.Int64() != 8 || ev[0].Gpus != 4 {
		t.Fatalf("NodeRetired events %+v", ev)
	}
	if n := e.node(p, n2); n.Status != statusRetired || e.capacity(p, grade).Int64() != 8 {
		t.Fatalf("after retire: node %+v capacity %s", n, e.capacity(p, grade))
	}
	e.expectRevert(p, e.vaultAddr, e.vault.PackRetireNode(n2),
		packErr(t, e.vaultABI, "NodeNotApproved", e.addr(p), n2, statusRetired))

	// Proposal validation.
	e.expectRevert(p, e.vaultAddr, e.vault.PackProposeNode(nodeID("x"), grade, 0, nodeKeyOf(e.addr(p), nodeID("x"))), packErr(t, e.vaultABI, "ZeroGpus"))
	spot, _ := instrument.NewSpot(instrument.GPUH100SXM, instrument.SXM, instrument.RegionUS, 1, 4)
	spotID, _ := spot.Encode()
	for _, bad := range []*big.Int{
		id,                                 // a full id, not a grade key
		spotID.Big(),                       // the spot grade
		setField(grade, 120, 8, 2),         // layout version 2
		setField(grade, 64, 16, 0),         // region 0
		new(big.Int).SetBit(grade, 200, 1), // bits above 127
		setField(grade, 88, 16, 0xFFFF),    // GPU 0xFFFF
		big.NewInt(0),
	} {
		e.expectRevert(p, e.vaultAddr, e.vault.PackProposeNode(nodeID("x"), bad, 1, nodeKeyOf(e.addr(p), nodeID("x"))), packErr(t, e.vaultABI, "InvalidGrade", bad))
		e.expectRevert(adminAcct, e.vaultAddr, e.vault.PackSetCollateralPerGpuHour(bad, big64(1)), packErr(t, e.vaultABI, "InvalidGrade", bad))
	}

	// Pricing is the admin's alone, and bounded.
	e.expectRevert(p, e.vaultAddr, e.vault.PackSetCollateralPerGpuHour(grade, big64(1)),
		packErr(t, e.vaultABI, "AccessControlUnauthorizedAccount", e.addr(p), adminRole))
	e.expectRevert(registrarAcct, e.vaultAddr, e.vault.PackSetCollateralPerGpuHour(grade, big64(1)),
		packErr(t, e.vaultABI, "AccessControlUnauthorizedAccount", e.addr(registrarAcct), adminRole))
	huge := new(big.Int).Lsh(big.NewInt(1), 128)
	e.expectRevert(adminAcct, e.vaultAddr, e.vault.PackSetCollateralPerGpuHour(grade, huge), packErr(t, e.vaultABI, "RateTooHigh", huge))
	r = e.send(adminAcct, e.vaultInst, e.vault.PackSetCollateralPerGpuHour(grade, big64(25)))
	if ev := events(r, e.vaultAddr, e.vault.UnpackCollateralRateSetEvent); len(ev) != 1 || ev[0].CollateralPerGpuHour.Int64() != 25 {
		t.Fatalf("CollateralRateSet events %+v", ev)
	}
}

// TestVaultMintLimits mints up to capacity and up to collateral, and one
// unit past each.
func TestVaultMintLimits(t *testing.T) {
	e := newEnv(t, 4)
	p := firstProvider
	start := hourAfter(e.now(), 48*time.Hour)
	short := reservation(t, instrument.GPUH100SXM, 1, start, 10) // 2 GPUs x 10 h = 20 GPU-hours
	long := reservation(t, instrument.GPUH100SXM, 1, start.Add(24*time.Hour), 100)
	grade := gradeOf(short)
	e.setRate(grade, 5)
	e.addNode(p, nodeID("n1"), grade, 2)
	e.fund(p, 1_000_000)
	e.deposit(p, 1000) // covers 200 GPU-hours at 5

	// Capacity: 20 GPU-hours of the 10-hour window.
	r := e.mint(p, short, 15)
	if ev := events(r, e.vaultAddr, e.vault.UnpackMintedEvent); len(ev) != 1 || ev[0].Amount.Int64() != 15 ||
		ev[0].CollateralLocked.Int64() != 75 || ev[0].Locked.Int64() != 75 || ev[0].Id.Cmp(short) != 0 {
		t.Fatalf("Minted events %+v", ev)
	}
	if ev := events(r, e.tokAddr, e.tok.UnpackTransferSingleEvent); len(ev) != 1 || ev[0].To != e.addr(p) || ev[0].Value.Int64() != 15 {
		t.Fatalf("TransferSingle events %+v", ev)
	}
	e.mint(p, short, 5)
	e.checkPosition(p, short, 20, 100)
	e.expectRevert(p, e.vaultAddr, e.vault.PackMint(short, big64(1)),
		packErr(t, e.vaultABI, "CapacityExceeded", e.addr(p), short, big64(20), big64(1), big64(20)))
	e.checkAccount(p, 1000, 100)

	// Collateral: 900 free covers 180 of the 200 GPU-hours of the long window.
	e.expectRevert(p, e.vaultAddr, e.vault.PackMint(long, big64(181)),
		packErr(t, e.vaultABI, "InsufficientCollateral", e.addr(p), big64(905), big64(900)))
	e.mint(p, long, 180)
	e.checkAccount(p, 1000, 1000)
	e.expectRevert(p, e.vaultAddr, e.vault.PackMint(long, big64(1)),
		packErr(t, e.vaultABI, "InsufficientCollateral", e.addr(p), big64(5), big64(0)))
	// Capacity is checked before collateral.
	e.expectRevert(p, e.vaultAddr, e.vault.PackMint(long, big64(21)),
		packErr(t, e.vaultABI, "CapacityExceeded", e.addr(p), long, big64(180), big64(21), big64(200)))
	// A partial unit of collateral does not count.
	e.deposit(p, 9)
	e.expectRevert(p, e.vaultAddr, e.vault.PackMint(long, big64(2)),
		packErr(t, e.vaultABI, "InsufficientCollateral", e.addr(p), big64(10), big64(9)))
	e.mint(p, long, 1)
	e.checkPosition(p, long, 181, 905)
	e.checkAccount(p, 1009, 1005)
	if ts, err := callBig(e, e.tok.PackTotalSupply0(long), e.tok.UnpackTotalSupply0); err != nil || ts.Int64() != 181 {
		t.Fatalf("totalSupply(long) = %v, %v", ts, err)
	}
	// More capacity lifts the capacity bound, not the collateral one.
	e.addNode(p, nodeID("n2"), grade, 1)
	e.expectRevert(p, e.vaultAddr, e.vault.PackMint(short, big64(1)),
		packErr(t, e.vaultABI, "InsufficientCollateral", e.addr(p), big64(5), big64(4)))
	e.deposit(p, 46)
	if m := callMintable(e, p, short); m.Int64() != 10 {
		t.Fatalf("mintable %s, want 10", m)
	}
	e.mint(p, short, 10)
	e.expectRevert(p, e.vaultAddr, e.vault.PackMint(short, big64(1)),
		packErr(t, e.vaultABI, "CapacityExceeded", e.addr(p), short, big64(30), big64(1), big64(30)))
}

func callBig(e *env, data []byte, unpack func([]byte) (*big.Int, error)) (*big.Int, error) {
	out, err := e.c.Client.CallContract(ctxBG(), callMsg(e.tokAddr, data), nil)
	if err != nil {
		return nil, err
	}
	return unpack(out)
}

func callMintable(e *env, i int, id *big.Int) *big.Int {
	e.t.Helper()
	out, err := e.c.Client.CallContract(ctxBG(), callMsg(e.vaultAddr, e.vault.PackMintable(e.addr(i), id)), nil)
	if err != nil {
		e.t.Fatal(err)
	}
	v, err := e.vault.UnpackMintable(out)
	if err != nil {
		e.t.Fatal(err)
	}
	return v
}

// TestVaultMintRejects: zero amounts, invalid ids, spot ids, started
// windows, unpriced grades and callers without capacity.
func TestVaultMintRejects(t *testing.T) {
	e := newEnv(t, 4)
	p := firstProvider
	now := e.now()
	id := reservation(t, instrument.GPUH100SXM, 1, hourAfter(now, 2*time.Hour), 24)
	grade := gradeOf(id)
	e.setRate(grade, 5)
	e.addNode(p, nodeID("n1"), grade, 4)
	e.fund(p, 1_000_000)
	e.deposit(p, 100_000)

	e.expectRevert(p, e.vaultAddr, e.vault.PackMint(id, big64(0)), packErr(t, e.vaultABI, "ZeroAmount"))

	// Invalid ids name the rule they break (InstrumentId.Reason).
	for _, c := range []struct {
		id     *big.Int
		reason uint8
	}{
		{setField(id, 120, 8, 2), reasonVersion},
		{new(big.Int).SetBit(id, 104, 1), reasonReservedBits},
		{new(big.Int).SetBit(id, 128, 1), reasonReservedBits},
		{setField(id, 88, 16, 0), reasonGPU},
		{setField(id, 80, 8, 3), reasonInterconnect},
		{setField(id, 64, 16, 8), reasonRegion},
		{setField(id, 56, 8, 0), reasonTier},
		{setField(id, 48, 8, 2), reasonKind},
		{setField(id, 0, 16, 0), reasonWindow},
		{big.NewInt(0), reasonVersion},
	} {
		e.expectRevert(p, e.vaultAddr, e.vault.PackMint(c.id, big64(1)),
			packErr(t, e.vaultABI, "InvalidInstrument", c.id, c.reason))
	}

	// A spot id is valid but has no tokens.
	spot, _ := instrument.NewSpot(instrument.GPUH100SXM, instrument.SXM, instrument.RegionUS, 1, 4)
	spotID, _ := spot.Encode()
	e.expectRevert(p, e.vaultAddr, e.vault.PackMint(spotID.Big(), big64(1)), packErr(t, e.vaultABI, "NotReservation", spotID.Big()))

	// A window that has started, or ended.
	startedAt := now.Truncate(time.Hour)
	started := reservation(t, instrument.GPUH100SXM, 1, startedAt, 24)
	e.expectRevert(p, e.vaultAddr, e.vault.PackMint(started, big64(1)),
		packErr(t, e.vaultABI, "WindowStarted", started, big64(startedAt.Unix())))
	past := reservation(t, instrument.GPUH100SXM, 1, startedAt.Add(-72*time.Hour), 1)
	e.expectRevert(p, e.vaultAddr, e.vault.PackMint(past, big64(1)),
		packErr(t, e.vaultABI, "WindowStarted", past, big64(startedAt.Add(-72*time.Hour).Unix())))

	// An unpriced grade: tier 2 of the same model, where p has capacity.
	tier2 := reservation(t, instrument.GPUH100SXM, 2, hourAfter(now, 2*time.Hour), 24)
	e.addNode(p, nodeID("t2"), gradeOf(tier2), 4)
	e.expectRevert(p, e.vaultAddr, e.vault.PackMint(tier2, big64(1)), packErr(t, e.vaultABI, "GradeNotPriced", gradeOf(tier2)))

	// No capacity: another provider, and the admin.
	for _, who := range []int{p + 1, adminAcct} {
		e.expectRevert(who, e.vaultAddr, e.vault.PackMint(id, big64(1)),
			packErr(t, e.vaultABI, "CapacityExceeded", e.addr(who), id, big64(0), big64(1), big64(0)))
	}

	// The same id mints until the second its window starts, then not.
	e.mint(p, id, 1)
	idStart := hourAfter(now, 2*time.Hour)
	e.setTime(idStart.Unix() - 1)
	if m := callMintable(e, p, id); m.Sign() == 0 {
		t.Fatalf("mintable one second before the window = 0")
	}
	if _, err := e.c.Client.CallContract(ctxBG(), callFrom(e.addr(p), e.vaultAddr, e.vault.PackMint(id, big64(1))), nil); err != nil {
		t.Fatalf("mint one second before the window: %v%s", err, e.decodeErr(err))
	}
	e.setTime(idStart.Unix())
	e.expectRevert(p, e.vaultAddr, e.vault.PackMint(id, big64(1)),
		packErr(t, e.vaultABI, "WindowStarted", id, big64(idStart.Unix())))
	if m := callMintable(e, p, id); m.Sign() != 0 {
		t.Fatalf("mintable after start = %s", m)
	}

	// Unpricing a grade stops new mints.
	later := reservation(t, instrument.GPUH100SXM, 1, hourAfter(e.now(), 48*time.Hour), 24)
	e.mint(p, later, 1)
	e.setRate(grade, 0)
	e.expectRevert(p, e.vaultAddr, e.vault.PackMint(later, big64(1)), packErr(t, e.vaultABI, "GradeNotPriced", grade))
}

// TestVaultBurn: burning releases collateral pro rata; only tokens the
// caller minted and still holds burn.
func TestVaultBurn(t *testing.T) {
	e := newEnv(t, 4)
	p, q := firstProvider, firstProvider+1
	id := reservation(t, instrument.GPUH100SXM, 1, hourAfter(e.now(), 48*time.Hour), 24)
	grade := gradeOf(id)
	e.setRate(grade, 5)
	e.addNode(p, nodeID("n1"), grade, 1)
	e.fund(p, 1_000_000)
	e.deposit(p, 1000)
	e.mint(p, id, 10)
	e.checkAccount(p, 1000, 50)

	r := e.burn(p, id, 4)
	if ev := events(r, e.vaultAddr, e.vault.UnpackBurnedEvent); len(ev) != 1 || ev[0].Amount.Int64() != 4 ||
		ev[0].CollateralReleased.Int64() != 20 || ev[0].Locked.Int64() != 30 {
		t.Fatalf("Burned events %+v", ev)
	}
	e.checkAccount(p, 1000, 30)
	e.checkPosition(p, id, 6, 30)
	e.expectRevert(p, e.vaultAddr, e.vault.PackBurn(id, big64(7)),
		packErr(t, e.vaultABI, "BurnExceedsMinted", e.addr(p), id, big64(6), big64(7)))
	e.expectRevert(p, e.vaultAddr, e.vault.PackBurn(id, big64(0)), packErr(t, e.vaultABI, "ZeroAmount"))

	// Tokens sold to q: q did not mint them, and p no longer holds them.
	e.send(p, e.tokInst, e.tok.PackSafeTransferFrom(e.addr(p), e.addr(q), id, big64(3), nil))
	e.expectRevert(q, e.vaultAddr, e.vault.PackBurn(id, big64(1)),
		packErr(t, e.vaultABI, "BurnExceedsMinted", e.addr(q), id, big64(0), big64(1)))
	e.expectRevert(p, e.vaultAddr, e.vault.PackBurn(id, big64(6)),
		packErr(t, e.tokABI, "ERC1155InsufficientBalance", e.addr(p), big64(3), big64(6), id))
	e.burn(p, id, 3)
	e.checkAccount(p, 1000, 15)
	// Bought back: p burns the rest and is free.
	e.send(q, e.tokInst, e.tok.PackSafeTransferFrom(e.addr(q), e.addr(p), id, big64(3), nil))
	e.burn(p, id, 3)
	e.checkAccount(p, 1000, 0)
	e.checkPosition(p, id, 0, 0)

	// Pro rata across a rate change: 3 at 10 and 1 at 20 lock 50 for 4.
	id2 := reservation(t, instrument.GPUH100SXM, 1, hourAfter(e.now(), 72*time.Hour), 24)
	e.setRate(grade, 10)
	e.mint(p, id2, 3)
	e.setRate(grade, 20)
	e.mint(p, id2, 1)
	e.checkPosition(p, id2, 4, 50)
	r = e.burn(p, id2, 1)
	if ev := events(r, e.vaultAddr, e.vault.UnpackBurnedEvent); len(ev) != 1 || ev[0].CollateralReleased.Int64() != 12 {
		t.Fatalf("Burned events %+v (want 50*1/4 = 12 released)", ev)
	}
	e.checkPosition(p, id2, 3, 38)
	e.burn(p, id2, 3) // the last burn releases the remainder
	e.checkPosition(p, id2, 0, 0)
	e.checkAccount(p, 1000, 0)
	ex, err := callExposure(e, p, grade)
	if err != nil || ex.Outstanding.Sign() != 0 || ex.PeakGpus != 0 || ex.PeakUntil != 0 {
		t.Fatalf("exposure after burning everything = %+v, %v", ex, err)
	}
}

func callExposure(e *env, i int, grade *big.Int) (bindings.ProviderVaultExposure, error) {
	out, err := e.c.Client.CallContract(ctxBG(), callMsg(e.vaultAddr, e.vault.PackExposure(e.addr(i), grade)), nil)
	if err != nil {
		return bindings.ProviderVaultExposure{}, err
	}
	return e.vault.UnpackExposure(out)
}

// TestVaultCollateral: deposits, and withdrawals only of free collateral.
func TestVaultCollateral(t *testing.T) {
	e := newEnv(t, 4)
	p := firstProvider
	id := reservation(t, instrument.GPUH100SXM, 1, hourAfter(e.now(), 48*time.Hour), 24)
	grade := gradeOf(id)
	e.setRate(grade, 50)
	e.addNode(p, nodeID("n1"), grade, 1)

	e.send(adminAcct, e.coinInst, e.coin.PackMint(e.addr(p), big64(1000)))
	e.expectRevert(p, e.vaultAddr, e.vault.PackDepositCollateral(big64(1)),
		packErr(t, e.coinABI, "ERC20InsufficientAllowance", e.vaultAddr, big64(0), big64(1)))
	e.fund(p, 0)
	e.expectRevert(p, e.vaultAddr, e.vault.PackDepositCollateral(big64(0)), packErr(t, e.vaultABI, "ZeroAmount"))
	e.expectRevert(p, e.vaultAddr, e.vault.PackDepositCollateral(big64(1001)),
		packErr(t, e.coinABI, "ERC20InsufficientBalance", e.addr(p), big64(1000), big64(1001)))
	r := e.deposit(p, 1000)
	if ev := events(r, e.vaultAddr, e.vault.UnpackCollateralDepositedEvent); len(ev) != 1 || ev[0].Deposited.Int64() != 1000 {
		t.Fatalf("CollateralDeposited events %+v", ev)
	}
	if b := e.coinBalance(e.vaultAddr); b.Int64() != 1000 {
		t.Fatalf("vault balance %s", b)
	}
	e.mint(p, id, 10) // locks 500

	e.expectRevert(p, e.vaultAddr, e.vault.PackWithdrawCollateral(big64(501)),
		packErr(t, e.vaultABI, "InsufficientCollateral", e.addr(p), big64(501), big64(500)))
	e.expectRevert(p, e.vaultAddr, e.vault.PackWithdrawCollateral(big64(0)), packErr(t, e.vaultABI, "ZeroAmount"))
	r = e.send(p, e.vaultInst, e.vault.PackWithdrawCollateral(big64(500)))
	if ev := events(r, e.vaultAddr, e.vault.UnpackCollateralWithdrawnEvent); len(ev) != 1 || ev[0].Amount.Int64() != 500 || ev[0].Deposited.Int64() != 500 {
		t.Fatalf("CollateralWithdrawn events %+v", ev)
	}
	e.checkAccount(p, 500, 500)
	if b := e.coinBalance(e.addr(p)); b.Int64() != 500 {
		t.Fatalf("provider balance %s", b)
	}
	e.expectRevert(p, e.vaultAddr, e.vault.PackWithdrawCollateral(big64(1)),
		packErr(t, e.vaultABI, "InsufficientCollateral", e.addr(p), big64(1), big64(0)))
	// Another provider cannot take p's collateral.
	e.expectRevert(p+1, e.vaultAddr, e.vault.PackWithdrawCollateral(big64(1)),
		packErr(t, e.vaultABI, "InsufficientCollateral", e.addr(p+1), big64(1), big64(0)))
	e.burn(p, id, 4)
	e.expectRevert(p, e.vaultAddr, e.vault.PackWithdrawCollateral(big64(201)),
		packErr(t, e.vaultABI, "InsufficientCollateral", e.addr(p), big64(201), big64(200)))
	e.send(p, e.vaultInst, e.vault.PackWithdrawCollateral(big64(200)))
	e.burn(p, id, 6)
	e.send(p, e.vaultInst, e.vault.PackWithdrawCollateral(big64(300)))
	e.checkAccount(p, 0, 0)
	if b, v := e.coinBalance(e.addr(p)), e.coinBalance(e.vaultAddr); b.Int64() != 1000 || v.Sign() != 0 {
		t.Fatalf("balances: provider %s vault %s", b, v)
	}
}

// TestVaultRetireNode: a node retires only while the remaining capacity
// covers the GPUs per hour of the provider's open mints of the grade.
func TestVaultRetireNode(t *testing.T) {
	e := newEnv(t, 4)
	p := firstProvider
	start := hourAfter(e.now(), 48*time.Hour)
	a := reservation(t, instrument.GPUH100SXM, 1, start, 10)
	end := start.Add(10 * time.Hour).Unix()
	grade := gradeOf(a)
	e.setRate(grade, 1)
	e.fund(p, 1_000_000)
	e.deposit(p, 1_000_000)
	n1, n2, n3, n4 := nodeID("n1"), nodeID("n2"), nodeID("n3"), nodeID("n4")
	e.addNode(p, n1, grade, 4)
	e.addNode(p, n2, grade, 4)
	e.addNode(p, n3, grade, 1)
	inUse := func(capAfter, gpus, until int64) []byte {
		return packErr(t, e.vaultABI, "CapacityInUse", e.addr(p), grade, big64(capAfter), big64(gpus), big64(until))
	}

	e.mint(p, a, 10)                                   // 1 GPU per hour over the 10-hour window
	e.mint(p, a, 5)                                    // 15 GPU-hours: 2 GPUs (rounded up)
	e.send(p, e.vaultInst, e.vault.PackRetireNode(n1)) // 9 -> 5 >= 2
	e.expectRevert(p, e.vaultAddr, e.vault.PackRetireNode(n2), inUse(1, 2, end))
	e.mint(p, a, 35) // 50 GPU-hours: 5 GPUs, all of the capacity
	e.expectRevert(p, e.vaultAddr, e.vault.PackRetireNode(n3), inUse(4, 5, end))
	// Conservative: burning some does not lower the recorded peak...
	e.burn(p, a, 20)
	e.expectRevert(p, e.vaultAddr, e.vault.PackRetireNode(n3), inUse(4, 5, end))
	// ...burning all of the grade does.
	e.burn(p, a, 30)
	e.send(p, e.vaultInst, e.vault.PackRetireNode(n3))
	if c := e.capacity(p, grade); c.Int64() != 4 {
		t.Fatalf("capacity %s", c)
	}

	// Other grades do not count: a tier 2 mint does not hold tier 1 nodes.
	t2 := reservation(t, instrument.GPUH100SXM, 2, start, 10)
	e.setRate(gradeOf(t2), 1)
	e.addNode(p, nodeID("t2"), gradeOf(t2), 1)
	e.mint(p, t2, 10)
	e.mint(p, a, 40) // 4 GPUs of tier 1
	e.expectRevert(p, e.vaultAddr, e.vault.PackRetireNode(n2), inUse(0, 4, end))

	// From the second the window ends, its mints no longer need capacity
	// (their collateral stays locked).
	e.setTime(end - 1)
	e.expectCallRevert(p, e.vaultAddr, e.vault.PackRetireNode(n2), inUse(0, 4, end))
	e.setTime(end)
	if _, err := e.c.Client.CallContract(ctxBG(), callFrom(e.addr(p), e.vaultAddr, e.vault.PackRetireNode(n2)), nil); err != nil {
		t.Fatalf("retire at window end: %v%s", err, e.decodeErr(err))
	}
	// A mint in a later window starts a fresh peak: 10 GPU-hours over 10
	// hours need 1 GPU, so 2 of 6 GPUs suffice.
	e.addNode(p, n4, grade, 2)
	b := reservation(t, instrument.GPUH100SXM, 1, start.Add(240*time.Hour), 10)
	e.mint(p, b, 10)
	ex, err := callExposure(e, p, grade)
	bEnd := start.Add(250 * time.Hour).Unix()
	if err != nil || ex.Outstanding.Int64() != 50 || ex.PeakGpus != 1 || int64(ex.PeakUntil) != bEnd {
		t.Fatalf("exposure = %+v, %v; want 50 outstanding, peak 1 until %d", ex, err, bEnd)
	}
	e.send(p, e.vaultInst, e.vault.PackRetireNode(n2))
	e.expectRevert(p, e.vaultAddr, e.vault.PackRetireNode(n4), inUse(0, 1, bEnd))
	if c := e.capacity(p, grade); c.Int64() != 2 {
		t.Fatalf("capacity %s", c)
	}
	e.checkAccount(p, 1_000_000, 60) // the ended window's 40 stay locked, with b's 10 and t2's 10
}

// ---- random sequence ----

// vaultModel is what the vault should hold, computed in Go.
type vaultModel struct {
	rate      map[string]int64         // grade -> collateral per GPU-hour
	capacity  map[int]map[string]int64 // provider -> grade -> GPUs
	deposited map[int]int64            // provider
	locked    map[int]int64            // provider
	minted    map[int]map[string]int64 // provider -> id -> GPU-hours
	posLocked map[int]map[string]int64 // provider -> id -> collateral
	balance   map[int]map[string]int64 // provider -> id -> tokens held
	in, out   int64                    // stablecoin deposited and withdrawn, all providers
	ids       map[string]struct{ grade, hrs int64 }
	// Redemption: the queue and assigned GPU-hours per id, the leased GPUs
	// per grade (redeemer/assign, checked equal to the contract by
	// TestAssignMatchesGo).
	books   map[string]*assign.Book
	ledgers map[string]*assign.Ledger
}

func key(x *big.Int) string { return x.Text(16) }

// TestVaultRandomSequence runs a few hundred random deposits, mints, burns,
// withdrawals, token transfers and redemptions by several providers (a
// provider redeems tokens it holds, whoever minted them), then expires
// every unredeemed GPU-hour after the last trading time, predicting each
// outcome (success or the exact custom error) with a Go model, and checks
// after every step that the vault's stablecoin balance equals deposits less
// withdrawals, that every provider's locked collateral is at most its
// deposit and equals the sum of minted x rate, and that the token's supply
// of the id touched is the sum of the providers' unassigned GPU-hours in it:
// the invariant "a provider's minted, undelivered GPU-hours never exceed
// what its collateral covers" (docs/contracts.md). After expiry every
// provider's locked collateral is exactly its assigned GPU-hours x rate.
func TestVaultRandomSequence(t *testing.T) {
	const providers = 4
	steps := 300
	if testing.Short() {
		steps = 100
	}
	e := newEnv(t, firstProvider+providers)
	r := rand.New(rand.NewPCG(42, 43))
	base := hourAfter(e.now(), 72*time.Hour)

	m := &vaultModel{
		rate: map[string]int64{}, capacity: map[int]map[string]int64{}, deposited: map[int]int64{}, locked: map[int]int64{},
		minted: map[int]map[string]int64{}, posLocked: map[int]map[string]int64{}, balance: map[int]map[string]int64{},
		ids: map[string]struct{ grade, hrs int64 }{}, books: map[string]*assign.Book{}, ledgers: map[string]*assign.Ledger{},
	}
	type grade struct {
		key  *big.Int
		rate int64
	}
	grades := []grade{
		{gradeOf(reservation(t, instrument.GPUH100SXM, 1, base, 1)), 3},
		{gradeOf(reservation(t, instrument.GPUH200, 2, base, 1)), 7},
	}
	var ids []*big.Int
	for gi, g := range grades {
		e.setRate(g.key, g.rate)
		m.rate[key(g.key)] = g.rate
		m.ledgers[key(g.key)] = assign.NewLedger()
		for w := 0; w < 3; w++ {
			hrs := uint16(1 + r.IntN(24))
			gpu := []uint16{instrument.GPUH100SXM, instrument.GPUH200}[gi]
			id := reservation(t, gpu, uint8(gi+1), base.Add(time.Duration(w*12)*time.Hour), hrs)
			if gradeOf(id).Cmp(g.key) != 0 {
				t.Fatal("grade mismatch")
			}
			ids = append(ids, id)
			m.ids[key(id)] = struct{ grade, hrs int64 }{int64(gi), int64(hrs)}
			m.books[key(id)] = assign.NewBook()
		}
	}
	for p := firstProvider; p < firstProvider+providers; p++ {
		m.capacity[p] = map[string]int64{}
		m.minted[p], m.posLocked[p], m.balance[p] = map[string]int64{}, map[string]int64{}, map[string]int64{}
		e.fund(p, 1_000_000_000)
		for gi, g := range grades {
			if r.IntN(3) == 0 && !(gi == len(grades)-1 && len(m.capacity[p]) == 0) {
				continue // no node of this grade (but at least one node in all)
			}
			gpus := 1 + r.IntN(3)
			e.addNode(p, nodeID("node-"+string(rune('a'+gi))), g.key, uint32(gpus))
			m.capacity[p][key(g.key)] = int64(gpus)
			m.ledgers[key(g.key)].SetCapacity(e.addr(p), uint64(gpus))
		}
	}

	var nOK, nRevert int
	counts := map[string]int{}
	for step := 0; step < steps; step++ {
		p := firstProvider + r.IntN(providers)
		id := ids[r.IntN(len(ids))]
		k := key(id)
		info := m.ids[k]
		g := grades[info.grade]
		var want []byte // nil: must succeed
		var op string
		book := m.books[k]
		switch a := r.IntN(11); {
		case a < 2:
			op = "deposit"
			amt := int64(1 + r.IntN(400))
			e.deposit(p, amt)
			m.deposited[p] += amt
			m.in += amt
		case a < 6:
			op = "mint"
			amt := int64(1 + r.IntN(20))
			limit := m.capacity[p][key(g.key)] * info.hrs
			need, free := amt*g.rate, m.deposited[p]-m.locked[p]
			switch {
			case m.minted[p][k]+amt > limit:
				want = packErr(t, e.vaultABI, "CapacityExceeded", e.addr(p), id, big64(m.minted[p][k]), big64(amt), big64(limit))
			case need > free:
				want = packErr(t, e.vaultABI, "InsufficientCollateral", e.addr(p), big64(need), big64(free))
			}
			if want == nil {
				e.mint(p, id, amt)
				m.minted[p][k] += amt
				m.posLocked[p][k] += need
				m.locked[p] += need
				m.balance[p][k] += amt
				book.Mint(e.addr(p), uint64(amt))
			} else {
				e.expectRevert(p, e.vaultAddr, e.vault.PackMint(id, big64(amt)), want)
			}
		case a < 8:
			op = "burn"
			amt := int64(1 + r.IntN(int(m.minted[p][k]+2)))
			if m.minted[p][k] > 0 && r.IntN(3) > 0 {
				amt = int64(1 + r.IntN(int(m.minted[p][k])))
			}
			switch {
			case amt > m.minted[p][k]:
				want = packErr(t, e.vaultABI, "BurnExceedsMinted", e.addr(p), id, big64(m.minted[p][k]), big64(amt))
			case uint64(amt) > book.Unassigned(e.addr(p)):
				want = packErr(t, e.vaultABI, "BurnExceedsUnassigned", e.addr(p), id, big64(int64(book.Unassigned(e.addr(p)))), big64(amt))
			case amt > m.balance[p][k]:
				want = packErr(t, e.tokABI, "ERC1155InsufficientBalance", e.addr(p), big64(m.balance[p][k]), big64(amt), id)
			}
			if want == nil {
				e.burn(p, id, amt)
				release := m.posLocked[p][k] * amt / m.minted[p][k]
				if amt == m.minted[p][k] {
					release = m.posLocked[p][k]
				}
				m.minted[p][k] -= amt
				m.posLocked[p][k] -= release
				m.locked[p] -= release
				m.balance[p][k] -= amt
				if err := book.Burn(e.addr(p), uint64(amt)); err != nil {
					t.Fatal(err)
				}
			} else {
				e.expectRevert(p, e.vaultAddr, e.vault.PackBurn(id, big64(amt)), want)
			}
		case a < 9:
			op = "withdraw"
			free := m.deposited[p] - m.locked[p]
			amt := int64(1 + r.IntN(int(free+50)))
			if amt > free {
				want = packErr(t, e.vaultABI, "InsufficientCollateral", e.addr(p), big64(amt), big64(free))
				e.expectRevert(p, e.vaultAddr, e.vault.PackWithdrawCollateral(big64(amt)), want)
			} else {
				e.send(p, e.vaultInst, e.vault.PackWithdrawCollateral(big64(amt)))
				m.deposited[p] -= amt
				m.out += amt
			}
		case a < 10:
			op = "redeem"
			hrs := 1 + r.Int64N(min(info.hrs, 4))
			ws := int64(bits(id, instrument.ShiftWindowStart, 32))
			req := assign.Request{GPUs: uint64(1 + r.IntN(3)), Hours: uint64(hrs), StartHour: uint64(ws + r.Int64N(info.hrs-hrs+1))}
			need := int64(req.GPUs * req.Hours)
			data := e.vault.PackRedeem(id, uint32(req.GPUs), uint16(req.Hours), uint32(req.StartHour), [32]byte{byte(step)})
			_, err := assign.Assign(book, m.ledgers[key(g.key)], req)
			var na *assign.NotAssignableError
			switch {
			case errors.As(err, &na):
				want = packErr(t, e.vaultABI, "NotAssignable", id, big64(int64(na.GPUs)), big64(int64(na.Hours)), big64(int64(na.Assignable)))
			case err != nil:
				t.Fatal(err)
			case need > m.balance[p][k]:
				want = packErr(t, e.tokABI, "ERC1155InsufficientBalance", e.addr(p), big64(m.balance[p][k]), big64(need), id)
			}
			if want == nil {
				e.send(p, e.vaultInst, data)
				if _, err := assign.Redeem(book, m.ledgers[key(g.key)], req); err != nil {
					t.Fatal(err)
				}
				m.balance[p][k] -= need
			} else {
				e.expectRevert(p, e.vaultAddr, data, want)
			}
		default:
			op = "transfer"
			if m.balance[p][k] == 0 {
				continue
			}
			q := firstProvider + r.IntN(providers)
			amt := int64(1 + r.IntN(int(m.balance[p][k])))
			e.send(p, e.tokInst, e.tok.PackSafeTransferFrom(e.addr(p), e.addr(q), id, big64(amt), nil))
			m.balance[p][k] -= amt
			m.balance[q][k] += amt
		}
		if want == nil {
			nOK++
			counts[op]++
		} else {
			nRevert++
			counts[op+" reverted"]++
		}

		// Invariants after every step.
		if b := e.coinBalance(e.vaultAddr); b.Int64() != m.in-m.out {
			t.Fatalf("step %d (%s): vault holds %s, deposits less withdrawals %d", step, op, b, m.in-m.out)
		}
		for q := firstProvider; q < firstProvider+providers; q++ {
			a := e.account(q)
			var sum int64
			for idk, mint := range m.minted[q] {
				sum += mint * m.rate[key(grades[m.ids[idk].grade].key)]
			}
			if a.Locked.Cmp(a.Deposited) > 0 || a.Deposited.Int64() != m.deposited[q] || a.Locked.Int64() != m.locked[q] || a.Locked.Int64() != sum {
				t.Fatalf("step %d (%s): provider %d deposited %s locked %s; model %d %d, sum minted x rate %d",
					step, op, q, a.Deposited, a.Locked, m.deposited[q], m.locked[q], sum)
			}
		}
		if pos := e.position(p, id); pos.Minted.Int64() != m.minted[p][k] || pos.Locked.Int64() != m.posLocked[p][k] ||
			pos.Assigned.Uint64() != book.Assigned(e.addr(p)) {
			t.Fatalf("step %d (%s): position %+v, model %d %d assigned %d", step, op, pos, m.minted[p][k], m.posLocked[p][k], book.Assigned(e.addr(p)))
		}
		// Every token of id in existence is one some provider minted and
		// still backs unassigned: the supply is the sum of the positions'
		// unassigned GPU-hours (the token has no other minter, and this
		// sequence burns only through the vault: a provider's burn or a
		// redemption, which assigns what it burns).
		var backed int64
		for q := firstProvider; q < firstProvider+providers; q++ {
			backed += int64(book.Unassigned(e.addr(q)))
		}
		if sup, err := bind.Call(e.tokInst, nil, e.tok.PackTotalSupply0(id), e.tok.UnpackTotalSupply0); err != nil || sup.Int64() != backed {
			t.Fatalf("step %d (%s): supply of %#x %v (%v), sum of positions %d", step, op, id, sup, err, backed)
		}
	}
	// The mix must exercise every operation, in proportion to the steps
	// (about 40% mints, 20% burns, 10% withdrawals are drawn).
	if counts["mint"] < steps/15 || counts["burn"] < steps/30 || counts["mint reverted"] < steps/60 || counts["withdraw"] < steps/60 ||
		counts["redeem"] < steps/60 {
		t.Fatalf("sequence too one-sided: %v", counts)
	}

	// After every last trading time, anyone expires what is unassigned: the
	// collateral left locked is exactly the assigned GPU-hours x rate.
	var last int64
	for _, id := range ids {
		last = max(last, int64(bits(id, instrument.ShiftWindowStart, 32))*3600-7200)
	}
	e.setTime(last)
	for p := firstProvider; p < firstProvider+providers; p++ {
		var want int64
		for _, id := range ids {
			k := key(id)
			book := m.books[k]
			rate := m.rate[key(grades[m.ids[k].grade].key)]
			if book.Unassigned(e.addr(p)) == 0 {
				e.expectRevert(p, e.vaultAddr, e.vault.PackExpire(e.addr(p), id), packErr(t, e.vaultABI, "NothingToExpire", e.addr(p), id))
			} else {
				e.send(firstProvider+(p+1)%providers, e.vaultInst, e.vault.PackExpire(e.addr(p), id))
				counts["expire"]++
			}
			want += int64(book.Assigned(e.addr(p))) * rate
		}
		if a := e.account(p); a.Locked.Int64() != want || a.Deposited.Int64() != m.deposited[p] {
			t.Fatalf("after expiry provider %d: %+v, want locked %d (assigned x rate), deposited %d", p, a, want, m.deposited[p])
		}
	}
	t.Logf("%d steps: %d succeeded, %d reverted as predicted; %v", steps, nOK, nRevert, counts)
}

// TestVaultGas measures deposit, mint, burn and withdraw under Osaka rules
// (the first deposit also creates the vault's stablecoin balance slot; a
// mint of a new id creates the position, the holder's token balance and the
// id's supply slots).
func TestVaultGas(t *testing.T) {
	e := newEnv(t, 4)
	p := firstProvider
	start := hourAfter(e.now(), 48*time.Hour)
	id := reservation(t, instrument.GPUH100SXM, 1, start, 24)
	id2 := reservation(t, instrument.GPUH100SXM, 1, start.Add(24*time.Hour), 24)
	grade := gradeOf(id)
	e.setRate(grade, 2_000_000) // 2 USDC per GPU-hour
	e.fund(p, 1_000_000_000_000)
	r := e.send(p, e.vaultInst, e.vault.PackProposeNode(nodeID("n1"), grade, 8, nodeKeyOf(e.addr(p), nodeID("n1"))))
	t.Logf("gas ProviderVault.proposeNode: %d", r.GasUsed)
	r = e.send(registrarAcct, e.vaultInst, e.vault.PackApproveNode(e.addr(p), nodeID("n1")))
	t.Logf("gas ProviderVault.approveNode: %d", r.GasUsed)

	gas := map[string]uint64{}
	gas["deposit (first)"] = e.deposit(p, 500_000_000).GasUsed
	gas["deposit (again)"] = e.deposit(p, 500_000_000).GasUsed
	e.fund(p+1, 1_000_000)
	gas["deposit (another provider's first)"] = e.deposit(p+1, 1_000_000).GasUsed
	gas["mint (new id)"] = e.mint(p, id, 100).GasUsed
	gas["mint (same id)"] = e.mint(p, id, 50).GasUsed
	gas["mint (2nd id, same grade)"] = e.mint(p, id2, 50).GasUsed
	gas["burn (part)"] = e.burn(p, id, 50).GasUsed
	gas["burn (rest of id)"] = e.burn(p, id, 100).GasUsed
	gas["withdraw"] = e.send(p, e.vaultInst, e.vault.PackWithdrawCollateral(big64(1_000_000))).GasUsed
	for _, k := range []string{"deposit (first)", "deposit (again)", "deposit (another provider's first)", "mint (new id)", "mint (same id)",
		"mint (2nd id, same grade)", "burn (part)", "burn (rest of id)", "withdraw"} {
		t.Logf("gas ProviderVault.%s: %d", k, gas[k])
		if gas[k] > 250_000 {
			t.Errorf("%s used %d gas; expected well under 250k under Osaka rules", k, gas[k])
		}
	}
}

// TestVaultConstructor: the wiring getters, and no zero addresses.
func TestVaultConstructor(t *testing.T) {
	e := newEnv(t, 3)
	coin, err := bind.Call(e.vaultInst, nil, e.vault.PackSTABLECOIN(), e.vault.UnpackSTABLECOIN)
	if err != nil || coin != e.coinAddr {
		t.Fatalf("STABLECOIN = %s, %v", coin, err)
	}
	tok, err := bind.Call(e.vaultInst, nil, e.vault.PackTOKEN(), e.vault.UnpackTOKEN)
	if err != nil || tok != e.tokAddr {
		t.Fatalf("TOKEN = %s, %v", tok, err)
	}
	var adminRole [32]byte
	isAdmin, err := bind.Call(e.vaultInst, nil, e.vault.PackHasRole(adminRole, e.addr(adminAcct)), e.vault.UnpackHasRole)
	if err != nil || !isAdmin {
		t.Fatalf("admin role: %v, %v", isAdmin, err)
	}
	var zero common.Address
	reg := e.addr(registrarAcct)
	for _, args := range [][4]common.Address{
		{zero, reg, e.coinAddr, e.tokAddr}, {e.addr(adminAcct), reg, zero, e.tokAddr}, {e.addr(adminAcct), reg, e.coinAddr, zero},
	} {
		_, _, err := e.c.Deploy(adminAcct, &bindings.ProviderVaultMetaData, e.vault.PackConstructor(args[0], args[1], args[2], args[3]))
		if got, ok := revertData(err); !ok || !bytes.Equal(got, packErr(t, e.vaultABI, "ZeroAddress")) {
			t.Fatalf("deploy with %v: %v%s, want ZeroAddress", args, err, e.decodeErr(err))
		}
	}
	// A second vault over the same token is not its minter: it cannot be
	// deployed, so no vault but the one the token names can ever mint.
	_, _, err = e.c.Deploy(adminAcct, &bindings.ProviderVaultMetaData, e.vault.PackConstructor(e.addr(adminAcct), reg, e.coinAddr, e.tokAddr))
	if got, ok := revertData(err); !ok || !bytes.Equal(got, packErr(t, e.vaultABI, "NotTokenMinter", e.tokAddr, e.vaultAddr)) {
		t.Fatalf("deploy over a token minted by another vault: %v%s, want NotTokenMinter", err, e.decodeErr(err))
	}
	isReg, err := bind.Call(e.vaultInst, nil, e.vault.PackHasRole(e.registrarRole(), reg), e.vault.UnpackHasRole)
	if err != nil || !isReg {
		t.Fatalf("registrar role: %v, %v", isReg, err)
	}
}
