package tests

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
)

// TestRedeemOneProvider: a redemption that the oldest minter can hold goes
// to it whole; the tokens are burned, the GPU-hours assigned, the hours
// leased, the collateral stays locked, and the events say everything.
func TestRedeemOneProvider(t *testing.T) {
	d := newDeliveryEnv(t, 8, 8)
	p, q := firstProvider, firstProvider+1
	d.mintTo(p, d.id, 100)
	d.mintTo(q, d.id, 100)
	spec := crypto.Keccak256Hash([]byte("job spec"))
	start := d.startHour() + 2
	r := d.redeem(d.id, 4, 10, start, spec)
	t.Logf("gas ProviderVault.redeem (one provider): %d", r.GasUsed)

	as := events(r, d.vaultAddr, d.vault.UnpackLeaseAssignedEvent)
	if len(as) != 1 {
		t.Fatalf("LeaseAssigned events %+v", as)
	}
	a := as[0]
	if a.LeaseId.Int64() != 1 || a.Holder != d.addr(d.holder) || a.Provider != d.addr(p) || a.Id.Cmp(d.id) != 0 ||
		a.Gpus.Int64() != 4 || a.StartHour.Int64() != int64(start) || a.Hours.Int64() != 10 || a.SpecHash != spec ||
		a.Time.Int64() != d.now().Unix() {
		t.Fatalf("LeaseAssigned %+v", a)
	}
	rs := events(r, d.vaultAddr, d.vault.UnpackRedeemedEvent)
	if len(rs) != 1 || rs[0].FirstLeaseId.Int64() != 1 || rs[0].Leases.Int64() != 1 || rs[0].Gpus.Int64() != 4 {
		t.Fatalf("Redeemed %+v", rs)
	}
	l := d.lease(1)
	if l.State != leaseAssigned || l.Provider != d.addr(p) || l.Holder != d.addr(d.holder) || l.Gpus != 4 ||
		l.Hours != 10 || l.StartHour != start || l.SpecHash != spec || l.AssignedAt.Int64() != d.now().Unix() || l.Id.Cmp(d.id) != 0 {
		t.Fatalf("lease %+v", l)
	}
	if b := d.tokenBalance(d.holder, d.id); b.Int64() != 160 {
		t.Fatalf("holder balance %s, want 160", b)
	}
	if u := d.unassigned(p, d.id); u != 60 {
		t.Fatalf("unassigned %d, want 60", u)
	}
	// The position still owes the 100 GPU-hours: collateral stays locked.
	d.checkAccount(p, 1_000_000, 100)
	if d.position(p, d.id).Minted.Int64() != 100 {
		t.Fatal("position changed")
	}
	for h, want := range map[uint32]int64{start - 1: 0, start: 4, start + 9: 4, start + 10: 0} {
		if got := d.leased(p, h); got != want {
			t.Fatalf("leased at hour %d = %d, want %d", h, got, want)
		}
	}
	// Burns take only unassigned GPU-hours: p holds none, q burns its own.
	d.send(d.holder, d.tokInst, d.tok.PackSafeTransferFrom(d.addr(d.holder), d.addr(p), d.id, big.NewInt(100), nil))
	d.expectRevert(p, d.vaultAddr, d.vault.PackBurn(d.id, big.NewInt(61)),
		packErr(t, d.vaultABI, "BurnExceedsUnassigned", d.addr(p), d.id, big.NewInt(60), big.NewInt(61)))
	d.burn(p, d.id, 60)
	if u := d.unassigned(p, d.id); u != 0 {
		t.Fatalf("unassigned %d after burn", u)
	}
}

// TestRedeemSplit: when no provider can hold the lease alone, it splits in
// queue order, each provider taking what its tokens and capacity allow; each
// part is a lease of its own. Beyond what they can hold together it is
// refused and nothing changes.
func TestRedeemSplit(t *testing.T) {
	d := newDeliveryEnv(t, 2, 3, 8)
	p, q, s := firstProvider, firstProvider+1, firstProvider+2
	d.mintTo(p, d.id, 24) // 2 GPUs x 12 hours by capacity and tokens
	d.mintTo(q, d.id, 48) // 3 GPUs by capacity
	d.mintTo(s, d.id, 12) // 1 GPU x 12 hours by tokens
	start := d.startHour()
	d.expectRevert(d.holder, d.vaultAddr, d.vault.PackRedeem(d.id, 7, 12, start, [32]byte{1}),
		packErr(t, d.vaultABI, "NotAssignable", d.id, big.NewInt(7), big.NewInt(12), big.NewInt(6)))
	r := d.redeem(d.id, 6, 12, start, [32]byte{1})
	t.Logf("gas ProviderVault.redeem (split across three): %d", r.GasUsed)
	as := events(r, d.vaultAddr, d.vault.UnpackLeaseAssignedEvent)
	want := []struct {
		p    int
		gpus int64
	}{{p, 2}, {q, 3}, {s, 1}}
	if len(as) != len(want) {
		t.Fatalf("LeaseAssigned events %+v", as)
	}
	for i, w := range want {
		if as[i].LeaseId.Int64() != int64(i+1) || as[i].Provider != d.addr(w.p) || as[i].Gpus.Int64() != w.gpus {
			t.Fatalf("part %d: %+v, want provider %d gpus %d", i, as[i], w.p, w.gpus)
		}
		if got := d.leased(w.p, start+11); got != w.gpus {
			t.Fatalf("provider %d leased %d in the last hour, want %d", w.p, got, w.gpus)
		}
	}
	if rs := events(r, d.vaultAddr, d.vault.UnpackRedeemedEvent); len(rs) != 1 || rs[0].Leases.Int64() != 3 {
		t.Fatalf("Redeemed %+v", rs)
	}
	if b := d.tokenBalance(d.holder, d.id); b.Int64() != 84-72 {
		t.Fatalf("holder balance %s", b)
	}
	// q has 12 GPU-hours left but no free GPU in those hours.
	d.expectRevert(d.holder, d.vaultAddr, d.vault.PackRedeem(d.id, 1, 1, start+3, [32]byte{1}),
		packErr(t, d.vaultABI, "NotAssignable", d.id, big.NewInt(1), big.NewInt(1), big.NewInt(0)))
	d.redeem(d.id, 1, 12, start+12, [32]byte{2})
	if l := d.lease(4); l.Provider != d.addr(q) || l.Gpus != 1 {
		t.Fatalf("lease 4 %+v", l)
	}
}

// TestRedeemRefusals: every bad redemption reverts with its error and
// changes nothing.
func TestRedeemRefusals(t *testing.T) {
	d := newDeliveryEnv(t, 8)
	p := firstProvider
	d.mintTo(p, d.id, 100)
	start := d.startHour()
	spot, err := spotID(t)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		data []byte
		want []byte
	}{
		{"zero gpus", d.vault.PackRedeem(d.id, 0, 1, start, [32]byte{}), packErr(t, d.vaultABI, "ZeroGpus")},
		{"zero hours", d.vault.PackRedeem(d.id, 1, 0, start, [32]byte{}), packErr(t, d.vaultABI, "ZeroHours")},
		{"spot", d.vault.PackRedeem(spot, 1, 1, start, [32]byte{}), packErr(t, d.vaultABI, "NotReservation", spot)},
		{"before window", d.vault.PackRedeem(d.id, 1, 1, start-1, [32]byte{}),
			packErr(t, d.vaultABI, "LeaseOutsideWindow", d.id, big.NewInt(int64(start-1)), big.NewInt(1))},
		{"past window", d.vault.PackRedeem(d.id, 1, 2, start+23, [32]byte{}),
			packErr(t, d.vaultABI, "LeaseOutsideWindow", d.id, big.NewInt(int64(start+23)), big.NewInt(2))},
		{"beyond capacity", d.vault.PackRedeem(d.id, 9, 1, start, [32]byte{}),
			packErr(t, d.vaultABI, "NotAssignable", d.id, big.NewInt(9), big.NewInt(1), big.NewInt(8))},
	} {
		t.Run(c.name, func(t *testing.T) { d.expectRevert(d.holder, d.vaultAddr, c.data, c.want) })
	}
	// Holding fewer tokens than redeemed: the token refuses the burn.
	d.expectCallRevert(firstProvider+1, d.vaultAddr, d.vault.PackRedeem(d.id, 1, 1, start, [32]byte{}),
		packErr(t, d.tokABI, "ERC1155MissingApprovalForAll", d.vaultAddr, d.addr(firstProvider+1)))

	// At the last trading time (window start - 2 h) redemption closes.
	ltt := d.lastTradingTime(d.id)
	if ltt != int64(start)*3600-7200 {
		t.Fatalf("last trading time %d", ltt)
	}
	d.setTime(ltt - 1)
	d.expectCallRevert(d.holder, d.vaultAddr, d.vault.PackExpire(d.addr(p), d.id),
		packErr(t, d.vaultABI, "TradingOpen", d.id, big.NewInt(ltt)))
	d.setTime(ltt)
	d.expectRevert(d.holder, d.vaultAddr, d.vault.PackRedeem(d.id, 1, 1, start, [32]byte{}),
		packErr(t, d.vaultABI, "TradingClosed", d.id, big.NewInt(ltt)))
	if b := d.tokenBalance(d.holder, d.id); b.Int64() != 100 {
		t.Fatalf("holder balance %s", b)
	}
}

// TestLastTradingTimeMatchesExchange: the vault closes redemption with the
// Exchange's lead.
func TestLastTradingTimeMatchesExchange(t *testing.T) {
	d := newDeliveryEnv(t)
	v, err := bind.Call(d.vaultInst, nil, d.vault.PackTRADINGCLOSELEAD(), d.vault.UnpackTRADINGCLOSELEAD)
	if err != nil {
		t.Fatal(err)
	}
	ex := bindings.NewExchange()
	addr, _, err := d.c.Deploy(adminAcct, &bindings.ExchangeMetaData, ex.PackConstructor(d.coinAddr, d.tokAddr,
		d.addr(adminAcct), d.addr(adminAcct), d.addr(adminAcct), d.addr(adminAcct), 0, common.Address{}))
	if err != nil {
		t.Fatal(err)
	}
	w, err := bind.Call(ex.Instance(d.c.Client, addr), nil, ex.PackTRADINGCLOSELEAD(), ex.UnpackTRADINGCLOSELEAD)
	if err != nil {
		t.Fatal(err)
	}
	if v.Cmp(w) != 0 || v.Int64() != 7200 {
		t.Fatalf("vault lead %s, exchange lead %s", v, w)
	}
}

// TestExpire: at the last trading time, what nobody redeemed lapses and its
// collateral is released; assigned GPU-hours stay locked.
func TestExpire(t *testing.T) {
	d := newDeliveryEnv(t, 8, 8)
	p, q := firstProvider, firstProvider+1
	d.mintTo(p, d.id, 100)
	d.mintTo(q, d.id, 50)
	d.redeem(d.id, 2, 10, d.startHour(), [32]byte{})
	d.checkAccount(p, 1_000_000, 100)
	d.setTime(d.lastTradingTime(d.id))
	r := d.send(d.holder, d.vaultInst, d.vault.PackExpire(d.addr(p), d.id)) // anyone may
	t.Logf("gas ProviderVault.expire: %d", r.GasUsed)
	ev := events(r, d.vaultAddr, d.vault.UnpackExpiredEvent)
	if len(ev) != 1 || ev[0].Provider != d.addr(p) || ev[0].Amount.Int64() != 80 || ev[0].CollateralReleased.Int64() != 80 || ev[0].Locked.Int64() != 20 {
		t.Fatalf("Expired %+v", ev)
	}
	d.checkAccount(p, 1_000_000, 20)
	if pos := d.position(p, d.id); pos.Minted.Int64() != 20 || pos.Locked.Int64() != 20 {
		t.Fatalf("position %+v", pos)
	}
	d.expectRevert(d.holder, d.vaultAddr, d.vault.PackExpire(d.addr(p), d.id),
		packErr(t, d.vaultABI, "NothingToExpire", d.addr(p), d.id))
	d.send(firstProvider+2, d.vaultInst, d.vault.PackExpire(d.addr(q), d.id))
	d.checkAccount(q, 1_000_000, 0)
	if e := d.exposureOf(q); e.Outstanding.Sign() != 0 {
		t.Fatalf("exposure %+v", e)
	}
}

func (d *deliveryEnv) exposureOf(p int) bindings.ProviderVaultExposure {
	d.t.Helper()
	v, err := bind.Call(d.vaultInst, nil, d.vault.PackExposure(d.addr(p), d.grade), d.vault.UnpackExposure)
	if err != nil {
		d.t.Fatal(err)
	}
	return v
}

func spotID(t *testing.T) (*big.Int, error) {
	in, err := instrument.NewSpot(instrument.GPUH100SXM, instrument.SXM, instrument.RegionUS, 1, 4)
	if err != nil {
		return nil, err
	}
	id, err := in.Encode()
	if err != nil {
		return nil, err
	}
	return id.Big(), nil
}

// TestNodeKeys: a node carries its agent's key; a key serves one approved
// node at a time and is freed when the node retires.
func TestNodeKeys(t *testing.T) {
	d := newDeliveryEnv(t, 8)
	p, q := firstProvider, firstProvider+1
	key := nodeKeyOf(d.addr(p), nodeID("node"))
	if n := d.node(p, nodeID("node")); n.Key != key {
		t.Fatalf("node key %s, want %s", n.Key, key)
	}
	if got, err := bind.Call(d.vaultInst, nil, d.vault.PackNodeKeyProvider(key), d.vault.UnpackNodeKeyProvider); err != nil || got != d.addr(p) {
		t.Fatalf("nodeKeyProvider %s %v", got, err)
	}
	d.expectRevert(q, d.vaultAddr, d.vault.PackProposeNode(nodeID("n"), d.grade, 1, key),
		packErr(t, d.vaultABI, "NodeKeyInUse", key, d.addr(p)))
	d.expectRevert(q, d.vaultAddr, d.vault.PackProposeNode(nodeID("n"), d.grade, 1, common.Address{}),
		packErr(t, d.vaultABI, "ZeroAddress"))
	d.send(p, d.vaultInst, d.vault.PackRetireNode(nodeID("node")))
	if got, _ := bind.Call(d.vaultInst, nil, d.vault.PackNodeKeyProvider(key), d.vault.UnpackNodeKeyProvider); got != (common.Address{}) {
		t.Fatalf("key still registered to %s", got)
	}
	d.send(q, d.vaultInst, d.vault.PackProposeNode(nodeID("n"), d.grade, 1, key))
	d.send(registrarAcct, d.vaultInst, d.vault.PackApproveNode(d.addr(q), nodeID("n")))
}

// TestLeaseHoldsCapacity: a lease's GPUs count in the provider's exposure,
// so it cannot retire the nodes the lease needs (here until the window the
// mint counted ends, which is later than the lease's end).
func TestLeaseHoldsCapacity(t *testing.T) {
	d := newDeliveryEnv(t, 8)
	p := firstProvider
	d.addNode(p, nodeID("second"), d.grade, 8)
	d.mintTo(p, d.id, 24) // by mints alone, 1 GPU per hour would do
	start := d.startHour()
	d.redeem(d.id, 16, 1, start+3, [32]byte{})
	end := int64(start+24) * 3600
	d.expectRevert(p, d.vaultAddr, d.vault.PackRetireNode(nodeID("second")),
		packErr(t, d.vaultABI, "CapacityInUse", d.addr(p), d.grade, big.NewInt(8), big.NewInt(16), big.NewInt(end)))
	if e := d.exposureOf(p); e.PeakGpus != 16 || int64(e.PeakUntil) != end {
		t.Fatalf("exposure %+v", e)
	}
}

// TestNodeKeyApprovedOnce: two nodes proposed with one key; only the first
// approved gets it.
func TestNodeKeyApprovedOnce(t *testing.T) {
	d := newDeliveryEnv(t)
	p, q := firstProvider, firstProvider+1
	key := d.addr(deliveryHolder + 1)
	d.send(p, d.vaultInst, d.vault.PackProposeNode(nodeID("a"), d.grade, 1, key))
	d.send(q, d.vaultInst, d.vault.PackProposeNode(nodeID("b"), d.grade, 1, key))
	d.send(registrarAcct, d.vaultInst, d.vault.PackApproveNode(d.addr(q), nodeID("b")))
	d.expectRevert(registrarAcct, d.vaultAddr, d.vault.PackApproveNode(d.addr(p), nodeID("a")),
		packErr(t, d.vaultABI, "NodeKeyInUse", key, d.addr(q)))
}
