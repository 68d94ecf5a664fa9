package service_test

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/hourglass-exchange/hourglass/internal/testsvc"
	"github.com/hourglass-exchange/hourglass/redeemer/service"
)

// TestReorgRemovesLease: a redemption the service has seen (and whose
// spec it accepted) is orphaned by a reorg before it is confirmed: the
// lease leaves the service and its store, no agent ever got it, and the
// redemption's lease id names nothing any more.
func TestReorgRemovesLease(t *testing.T) {
	w := newWorld(t)
	w.provide(w.addr(nodeAcct))
	agents := service.StaticAgents{} // no agent: nothing may be dispatched
	w.startService(agents)

	w.miner.Pause(true)
	t.Cleanup(func() { w.miner.Pause(false) })
	parent, err := w.c.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	spec := w.spec("echo never")
	opts := w.c.Opts(holderAcct)
	tx, err := bind.Transact(bind.NewBoundContract(w.ct.Vault, abi.ABI{}, w.c.Client, w.c.Client, w.c.Client), opts,
		vaultB.PackRedeem(w.id.Big(), spec.GPUs, spec.Hours, spec.StartHour, spec.Hash(w.dom)))
	if err != nil {
		t.Fatal(err)
	}
	w.c.Commit()
	const id = "1"
	w.waitRecord(id, "seen", func(service.Record) bool { return true })
	sig, _ := service.SignSpec(spec, w.dom, w.key(holderAcct))
	if r, err := w.svc.SubmitSpec(context.Background(), id, spec, sig); err != nil || r.Confirmed || r.Node != (common.Address{}) {
		t.Fatalf("spec for an unconfirmed lease: %+v, %v", r, err)
	}
	if recs, _, _ := w.store.Load(); len(recs) != 1 {
		t.Fatalf("store holds %d leases before the reorg", len(recs))
	}

	// The fork: the holder's nonce goes to another transaction, so that
	// the redemption is not mined again on the new branch.
	if err := w.c.Backend.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	testsvc.CheckFor(t, 5*time.Second, 5*time.Millisecond, func() error {
		o := w.c.Opts(holderAcct)
		o.Nonce = new(big.Int).SetUint64(tx.Nonce())
		o.GasTipCap = big.NewInt(50 * params.GWei)
		o.GasFeeCap = big.NewInt(100 * params.GWei)
		o.GasLimit = 200_000
		_, err := bind.Transact(bind.NewBoundContract(w.ct.Token, abi.ABI{}, w.c.Client, w.c.Client, w.c.Client), o,
			tokenB.PackSetApprovalForAll(w.ct.Vault, true))
		return err
	})
	w.c.Commit()
	w.c.Commit()
	testsvc.CheckFor(t, 20*time.Second, 10*time.Millisecond, func() error {
		if _, err := w.svc.Lease(id); service.CodeOf(err) != service.CodeUnknownLease {
			return fmt.Errorf("lease %s after the reorg: %v", id, err)
		}
		return nil
	})
	if recs, cp, _ := w.store.Load(); len(recs) != 0 || cp == nil {
		t.Fatalf("store after the reorg: %d leases, checkpoint %v", len(recs), cp)
	}
	if l := w.chainLease(1); l.State != 0 {
		t.Fatalf("lease 1 on the new branch: %+v", l)
	}
	if got := w.svc.Leases(w.addr(holderAcct)); len(got) != 0 {
		t.Fatalf("holder's leases after the reorg: %+v", got)
	}
	if _, err := w.svc.SubmitSpec(context.Background(), id, spec, sig); service.CodeOf(err) != service.CodeUnknownLease {
		t.Fatalf("spec after the reorg: %v, want %s", err, service.CodeUnknownLease)
	}

	// Redeemed again on the new branch: a new lease under the same id,
	// confirmed, seen once.
	w.miner.Pause(false)
	w.redeem(spec)
	r := w.waitRecord(id, "confirmed", func(r service.Record) bool { return r.Confirmed })
	if r.Spec != nil {
		t.Fatalf("the new lease inherited the orphaned one's spec: %+v", r)
	}
}
