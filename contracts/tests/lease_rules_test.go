package tests

import (
	"context"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/hourglass-exchange/hourglass/redeemer/lease"
)

// TestLeaseRulesMatchGo holds the vault's lease transitions to the table of
// redeemer/lease (the redeemer's and the agent's state machine): for every
// open state, every event (provision, run, close with each reason), every
// actor (the provider's node key, the holder, an account with
// REDEEMER_ROLE) and every time that matters (before the lease's start, in
// its hours before and after the never-started grace, at its end), the
// contract accepts exactly what lease.Check accepts. Then the one rule the
// chain adds: anyone may close a lease that never started once the grace
// is over, and nothing else.
func TestLeaseRulesMatchGo(t *testing.T) {
	d := newDeliveryEnv(t, 8)
	p := firstProvider
	nodeAcct, redeemerAcct, stranger := deliveryHolder+1, registrarAcct, firstProvider+1
	d.send(p, d.vaultInst, d.vault.PackProposeNode(nodeID("agent"), d.grade, 1, d.addr(nodeAcct)))
	d.send(registrarAcct, d.vaultInst, d.vault.PackApproveNode(d.addr(p), nodeID("agent")))
	role, err := bind.Call(d.vaultInst, nil, d.vault.PackREDEEMERROLE(), d.vault.UnpackREDEEMERROLE)
	if err != nil {
		t.Fatal(err)
	}
	d.send(adminAcct, d.vaultInst, d.vault.PackGrantRole(role, d.addr(redeemerAcct)))
	d.mintTo(p, d.id, 100)

	// Three leases of 1 GPU for 2 hours from the window's third hour: one
	// stays assigned, one is provisioned now, one runs once the hours begin.
	startHour := d.startHour() + 2
	for range 3 {
		d.redeem(d.id, 1, 2, startHour, [32]byte{1})
	}
	assigned, provisioning, running := int64(1), int64(2), int64(3)
	d.send(nodeAcct, d.vaultInst, d.vault.PackMarkProvisioning(big.NewInt(provisioning)))
	d.send(nodeAcct, d.vaultInst, d.vault.PackMarkProvisioning(big.NewInt(running)))
	created := d.now()
	start, end := int64(startHour)*3600, int64(startHour+2)*3600

	actors := map[lease.Actor]int{lease.Provider: nodeAcct, lease.Holder: d.holder, lease.Redeemer: redeemerAcct}
	type event struct {
		ev   lease.Event
		data func(id *big.Int) []byte
	}
	var events []event
	events = append(events, event{lease.Event{Kind: lease.Provision}, d.vault.PackMarkProvisioning},
		event{lease.Event{Kind: lease.Run}, d.vault.PackMarkRunning})
	for _, r := range lease.Reasons() {
		r := r
		events = append(events, event{lease.Event{Kind: lease.Close, Reason: r},
			func(id *big.Int) []byte { return d.vault.PackCloseLease(id, uint8(r)) }})
	}
	call := func(from int, data []byte) error {
		_, err := d.c.Client.CallContract(context.Background(), ethereum.CallMsg{From: d.addr(from), To: &d.vaultAddr, Data: data}, nil)
		return err
	}
	checked, accepted := 0, 0
	check := func(phase string, leases map[lease.State]int64) {
		t.Helper()
		now := d.now()
		for st, id := range leases {
			l := lease.Lease{
				Terms: lease.Terms{ID: fmt.Sprint(id), Holder: d.addr(d.holder), Provider: d.addr(p), GPUs: 1, StartHour: startHour, Hours: 2},
				State: st, History: []lease.Transition{{To: st, At: created}},
			}
			for _, e := range events {
				for actor, acct := range actors {
					ev := e.ev
					ev.Actor, ev.At = actor, now
					goErr := l.Check(ev)
					chainErr := call(acct, e.data(big.NewInt(id)))
					// The chain's one addition: anyone closes a lease that
					// never started once the grace is over.
					anyone := ev.Reason == lease.ProviderNeverStarted && st != lease.Running && now.Unix() >= start+1800
					if (goErr == nil || anyone) != (chainErr == nil) {
						t.Errorf("%s, lease %s, %s %s by %s: Go %v, contract %v%s", phase, st, ev.Kind, ev.Reason, actor, goErr, chainErr, d.decodeErr(chainErr))
					}
					checked++
					if goErr == nil {
						accepted++
					}
				}
			}
		}
	}
	check("before the start", map[lease.State]int64{lease.Assigned: assigned, lease.Provisioning: provisioning})
	d.setTime(start + 600)
	d.send(nodeAcct, d.vaultInst, d.vault.PackMarkRunning(big.NewInt(running)))
	created = d.now()
	both := map[lease.State]int64{lease.Assigned: assigned, lease.Provisioning: provisioning, lease.Running: running}
	check("10 minutes in", both)

	// The chain's own rule: anyone, from the start plus the grace.
	never := d.vault.PackCloseLease(big.NewInt(assigned), reasonProviderNeverStarted)
	d.expectCallRevert(stranger, d.vaultAddr, never, packErr(t, d.vaultABI, "StartGraceNotOver", big.NewInt(assigned), big.NewInt(start+1800)))
	d.setTime(start + 1800)
	check("30 minutes in", both)
	if err := call(stranger, never); err != nil {
		t.Errorf("a stranger cannot close a never-started lease after the grace: %v%s", err, d.decodeErr(err))
	}
	for _, e := range events {
		if e.ev.Reason == lease.ProviderNeverStarted {
			continue
		}
		if err := call(stranger, e.data(big.NewInt(provisioning))); err == nil {
			t.Errorf("a stranger may %s %s", e.ev.Kind, e.ev.Reason)
		}
	}
	d.setTime(end)
	check("at the end", both)
	if accepted == 0 || accepted == checked {
		t.Fatalf("%d of %d checks accepted", accepted, checked)
	}
	t.Logf("%d transitions checked, %d accepted by both", checked, accepted)
}
