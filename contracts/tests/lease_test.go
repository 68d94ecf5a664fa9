package tests

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestLeaseLifecycle: assigned -> provisioning (by the node's key) ->
// running -> closed completed at the end, with timestamps and events.
func TestLeaseLifecycle(t *testing.T) {
	d := newDeliveryEnv(t, 8)
	p := firstProvider
	d.mintTo(p, d.id, 100)
	start := d.startHour()
	d.redeem(d.id, 2, 3, start, [32]byte{7})
	one := big.NewInt(1)

	// The node's key signs for the provider: give it an account on the chain.
	nodeAcct := deliveryHolder + 1
	d.send(p, d.vaultInst, d.vault.PackProposeNode(nodeID("agent"), d.grade, 1, d.addr(nodeAcct)))
	d.send(registrarAcct, d.vaultInst, d.vault.PackApproveNode(d.addr(p), nodeID("agent")))

	// Nobody else moves it; running before provisioning is refused.
	d.expectRevert(d.holder, d.vaultAddr, d.vault.PackMarkProvisioning(one),
		packErr(t, d.vaultABI, "NotLeaseProvider", one, d.addr(d.holder)))
	d.expectRevert(p, d.vaultAddr, d.vault.PackMarkRunning(one),
		packErr(t, d.vaultABI, "BadTransition", one, leaseAssigned, leaseRunning))
	d.expectRevert(p, d.vaultAddr, d.vault.PackMarkProvisioning(big.NewInt(9)),
		packErr(t, d.vaultABI, "UnknownLease", big.NewInt(9)))

	r := d.send(nodeAcct, d.vaultInst, d.vault.PackMarkProvisioning(one))
	t.Logf("gas ProviderVault.markProvisioning: %d", r.GasUsed)
	d.checkStateEvent(r, 1, leaseProvisioning, reasonNoneClose, nodeAcct)
	d.expectRevert(p, d.vaultAddr, d.vault.PackMarkProvisioning(one),
		packErr(t, d.vaultABI, "BadTransition", one, leaseProvisioning, leaseProvisioning))
	d.expectRevert(nodeAcct, d.vaultAddr, d.vault.PackMarkRunning(one),
		packErr(t, d.vaultABI, "LeaseNotStarted", one, big.NewInt(int64(start)*3600)))

	d.setTime(int64(start) * 3600)
	r = d.send(nodeAcct, d.vaultInst, d.vault.PackMarkRunning(one))
	runningAt := d.now().Unix()
	t.Logf("gas ProviderVault.markRunning: %d", r.GasUsed)
	d.checkStateEvent(r, 1, leaseRunning, reasonNoneClose, nodeAcct)

	// Completed only at the end; never-started not once running.
	end := int64(start+3) * 3600
	d.expectRevert(p, d.vaultAddr, d.vault.PackCloseLease(one, reasonCompleted),
		packErr(t, d.vaultABI, "LeaseNotEnded", one, big.NewInt(end)))
	d.expectRevert(d.holder, d.vaultAddr, d.vault.PackCloseLease(one, reasonProviderNeverStarted),
		packErr(t, d.vaultABI, "ReasonNotAllowed", one, reasonProviderNeverStarted, leaseRunning))
	d.expectRevert(p, d.vaultAddr, d.vault.PackCloseLease(one, reasonNoneClose),
		packErr(t, d.vaultABI, "ReasonNotAllowed", one, reasonNoneClose, leaseRunning))
	d.expectRevert(p, d.vaultAddr, d.vault.PackCloseLease(one, reasonHolderStopped),
		packErr(t, d.vaultABI, "NotLeaseHolder", one, d.addr(p)))
	d.setTime(end)
	r = d.send(nodeAcct, d.vaultInst, d.vault.PackCloseLease(one, reasonCompleted))
	t.Logf("gas ProviderVault.closeLease (completed): %d", r.GasUsed)
	d.checkStateEvent(r, 1, leaseClosed, reasonCompleted, nodeAcct)
	l := d.lease(1)
	if l.State != leaseClosed || l.Reason != reasonCompleted || l.ProvisioningAt.Sign() == 0 ||
		l.RunningAt.Int64() != runningAt || l.ClosedAt.Int64() != d.now().Unix() || l.AssignedAt.Cmp(l.ProvisioningAt) > 0 {
		t.Fatalf("lease %+v", l)
	}
	d.expectRevert(p, d.vaultAddr, d.vault.PackCloseLease(one, reasonGPUFault),
		packErr(t, d.vaultABI, "BadTransition", one, leaseClosed, leaseClosed))
	// The collateral stays locked for the assigned hours.
	d.checkAccount(p, 1_000_000, 100)
}

// checkStateEvent checks that r carries exactly one LeaseStateChanged:
// lease leaseID to state with reason, moved by account `by` at the block's time.
func (d *deliveryEnv) checkStateEvent(r *types.Receipt, leaseID int64, state, reason uint8, by int) {
	d.t.Helper()
	ev := events(r, d.vaultAddr, d.vault.UnpackLeaseStateChangedEvent)
	l := d.lease(leaseID)
	if len(ev) != 1 || ev[0].LeaseId.Int64() != leaseID || ev[0].State != state || ev[0].Reason != reason ||
		ev[0].By != d.addr(by) || ev[0].Holder != l.Holder || ev[0].Provider != l.Provider || ev[0].Time.Int64() != d.now().Unix() {
		d.t.Fatalf("LeaseStateChanged %+v, want lease %d state %d reason %d by %s", ev, leaseID, state, reason, d.addr(by))
	}
}

// TestLeaseCloseReasons: who may give each reason, and when.
func TestLeaseCloseReasons(t *testing.T) {
	d := newDeliveryEnv(t, 8)
	p := firstProvider
	d.mintTo(p, d.id, 100)
	start := d.startHour()
	for range 5 {
		d.redeem(d.id, 1, 2, start, crypto.Keccak256Hash([]byte("spec")))
	}
	d.redeem(d.id, 1, 2, start+4, [32]byte{}) // lease 6
	// Lease 1: the holder stops it (a provider may not give that reason).
	r := d.send(d.holder, d.vaultInst, d.vault.PackCloseLease(big.NewInt(1), reasonHolderStopped))
	t.Logf("gas ProviderVault.closeLease (holder stopped): %d", r.GasUsed)
	d.checkStateEvent(r, 1, leaseClosed, reasonHolderStopped, d.holder)
	// Lease 2: provider-side reasons are the provider's, not the holder's.
	d.expectRevert(d.holder, d.vaultAddr, d.vault.PackCloseLease(big.NewInt(2), reasonSpecInvalid),
		packErr(t, d.vaultABI, "NotLeaseProvider", big.NewInt(2), d.addr(d.holder)))
	d.send(p, d.vaultInst, d.vault.PackCloseLease(big.NewInt(2), reasonSpecInvalid))
	// Lease 3: provisioning, then the image is missing.
	d.send(p, d.vaultInst, d.vault.PackMarkProvisioning(big.NewInt(3)))
	d.send(p, d.vaultInst, d.vault.PackCloseLease(big.NewInt(3), reasonImageUnavailable))
	// Lease 4: never started. Anyone, but only from start + 30 min.
	deadline := int64(start)*3600 + 1800
	d.setTime(deadline - 2) // the call sees deadline-2, the transaction's block deadline-1
	d.expectRevert(firstProvider+1, d.vaultAddr, d.vault.PackCloseLease(big.NewInt(4), reasonProviderNeverStarted),
		packErr(t, d.vaultABI, "StartGraceNotOver", big.NewInt(4), big.NewInt(deadline)))
	d.setTime(deadline)
	r = d.send(firstProvider+1, d.vaultInst, d.vault.PackCloseLease(big.NewInt(4), reasonProviderNeverStarted))
	t.Logf("gas ProviderVault.closeLease (provider never started): %d", r.GasUsed)
	d.checkStateEvent(r, 4, leaseClosed, reasonProviderNeverStarted, firstProvider+1)
	// Lease 5: running, then the GPU fails.
	d.send(p, d.vaultInst, d.vault.PackMarkProvisioning(big.NewInt(5)))
	d.send(p, d.vaultInst, d.vault.PackMarkRunning(big.NewInt(5)))
	// Node lost is the redeemer's verdict, not the provider's.
	redeemerRole := crypto.Keccak256Hash([]byte("REDEEMER_ROLE"))
	d.expectRevert(p, d.vaultAddr, d.vault.PackCloseLease(big.NewInt(5), reasonNodeLost),
		packErr(t, d.vaultABI, "AccessControlUnauthorizedAccount", d.addr(p), redeemerRole))
	d.send(p, d.vaultInst, d.vault.PackCloseLease(big.NewInt(5), reasonGPUFault))
	for i, want := range []uint8{reasonHolderStopped, reasonSpecInvalid, reasonImageUnavailable, reasonProviderNeverStarted, reasonGPUFault} {
		if l := d.lease(int64(i + 1)); l.State != leaseClosed || l.Reason != want {
			t.Fatalf("lease %d: %+v, want closed %d", i+1, l, want)
		}
	}
	// Lease 6: past its end only closing is left; the redeemer's node lost.
	d.send(p, d.vaultInst, d.vault.PackMarkProvisioning(big.NewInt(6)))
	end := int64(start+6) * 3600
	d.setTime(end)
	d.expectRevert(p, d.vaultAddr, d.vault.PackMarkRunning(big.NewInt(6)), packErr(t, d.vaultABI, "LeaseEnded", big.NewInt(6), big.NewInt(end)))
	d.send(adminAcct, d.vaultInst, d.vault.PackGrantRole(redeemerRole, d.addr(registrarAcct)))
	r = d.send(registrarAcct, d.vaultInst, d.vault.PackCloseLease(big.NewInt(6), reasonNodeLost))
	d.checkStateEvent(r, 6, leaseClosed, reasonNodeLost, registrarAcct)
}
