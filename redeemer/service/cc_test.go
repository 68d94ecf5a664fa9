package service_test

import (
	"context"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/redeemer/agent"
	"github.com/hourglass-exchange/hourglass/redeemer/lease"
	"github.com/hourglass-exchange/hourglass/redeemer/service"
)

// ccReporter is a node whose first report of a lease claims CC (signed
// with the node key) and whose later reports do not.
type ccReporter struct{ w *world }

func (r ccReporter) Report(ctx context.Context, rep agent.Report) error {
	if rep.Seq == 1 {
		rep.CC = true
		if err := rep.Sign(r.w.key(nodeAcct)); err != nil {
			return err
		}
	}
	return reporter(r).Report(ctx, rep)
}

// TestClaimsCCRecorded: the node's signed claim of CC is recorded with
// the lease (the judge's ClaimsCC), is not withdrawn by its later reports
// that do not carry it, and survives the redeemer's restart; before the
// claim the lease is recorded without it.
func TestClaimsCCRecorded(t *testing.T) {
	w := newWorld(t)
	w.startAgent(ccReporter{w})
	w.provide(w.ag.Address())
	agents := service.StaticAgents{w.addr(providerAcct): {Agent: w.ag, Node: w.ag.Address()}}
	stop := w.startService(agents)
	spec := w.spec("exec sleep 600")
	w.redeem(spec)
	const id = "1"
	w.waitRecord(id, "confirmed", func(r service.Record) bool { return r.Confirmed })
	if r, _ := w.svc.Lease(id); r.ClaimsCC {
		t.Fatal("claimed before the node said so")
	}
	sig, err := service.SignSpec(spec, w.dom, w.key(holderAcct))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.svc.SubmitSpec(context.Background(), id, spec, sig); err != nil {
		t.Fatal(err)
	}
	w.clk.Set(w.start.Add(-5 * time.Minute))
	w.waitRecord(id, "provisioning, claimed", func(r service.Record) bool {
		return r.Lease.State == lease.Provisioning && r.ClaimsCC
	})
	w.setChainTime(w.start)
	w.clk.Set(w.start)
	w.waitRecord(id, "running, still claimed", func(r service.Record) bool { return r.Lease.State == lease.Running && r.ClaimsCC })
	stop()
	w.startService(agents)
	if r, err := w.svc.Lease(id); err != nil || !r.ClaimsCC || r.Lease.State != lease.Running {
		t.Fatalf("after a restart: %+v, %v", r, err)
	}
}
