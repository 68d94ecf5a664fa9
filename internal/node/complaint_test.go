package node_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/server"
	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/api/client"
	"github.com/hourglass-exchange/hourglass/internal/node"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
	"github.com/hourglass-exchange/hourglass/oracle/judge"
	"github.com/hourglass-exchange/hourglass/oracle/nvmlwatch/nvmlmock"
)

// TestHolderComplaints is the holder's word end to end, on the embedded
// chain as the demo runs it: a one-GPU, two-hour lease runs on the demo
// node while the operator's three reporters challenge it (their clock a
// fake one). In the first hour NVML lists no process on the lease's GPU
// (the job does not use it): the reporters' evidence shows the job not on
// its GPUs, which alone leaves the hour delivered (TestOracleSettlesLease's
// first hour); the holder complains, signed under the oracle's domain
// from GET /v1/chain, and the quorum judges the hour undelivered
// job_unreachable. In the second hour the job's process is on the GPU:
// the holder complains again and the hour stays delivered (a holder
// cannot erase a delivered hour alone). Complaints the redeemer refuses
// through the gateway (an hour not begun, someone else's, a signature
// under another domain) change nothing.
func TestHolderComplaints(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	var (
		dom    judge.Domain
		holder *client.REST
	)
	complain := func(o *oracleRun, rest *client.REST, d judge.Domain, hour uint64) (client.LeaseComplaint, error) {
		t.Helper()
		c, err := judge.SignComplaint(o.bkey, d, o.lid, hour)
		if err != nil {
			t.Fatal(err)
		}
		return rest.Complain(ctx, o.leaseID, hour, c.Signature)
	}
	refusedWith := func(what string, err error, code string) {
		t.Helper()
		var ce *client.Error
		if !errors.As(err, &ce) || ce.Code != code {
			t.Fatalf("%s: %v, want %s", what, err, code)
		}
	}
	r := startOracleLease(t, ctx, node.Config{}, oracleLease{Hours: 2, Cmd: `echo "hello"; exec sleep 7200`,
		Provisioning: func(o *oracleRun) {
			chain, err := (&client.REST{BaseURL: o.gw}).Chain(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if chain.Oracle == (common.Address{}) {
				t.Fatal("GET /v1/chain names no oracle")
			}
			dom = judge.Domain{ChainID: new(big.Int).SetUint64(chain.ChainID), VerifyingContract: chain.Oracle}
			holder = &client.REST{BaseURL: o.gw, Token: o.bs.Token}
			_, err = complain(o, holder, dom, judge.EpochOf(o.start))
			refusedWith("a complaint before the hour", err, "complaint_hour")
		}})
	id, lid, h1 := r.leaseID, r.lid, judge.EpochOf(r.start)
	n := r.gpuIndex()
	uuid := nvmlmock.UUID(n)

	// jobSeen says what the reporters' answers in hour h showed of the
	// job on its GPU: every answer on it, none, or some.
	jobSeen := func(h uint64) (on, off int) {
		for _, rep := range r.in.Reporters {
			for _, o := range rep.Observations(r.in.DemoNode, h) {
				if o.Answer == nil {
					continue
				}
				for _, j := range o.Answer.Snapshot.Jobs {
					if j.Lease == lid && j.OnGPUs {
						on++
					} else if j.Lease == lid {
						off++
					}
				}
			}
		}
		return on, off
	}
	r.driveHour(h1, nil)
	if on, off := jobSeen(h1); on != 0 || off == 0 {
		t.Fatalf("hour 1: the job seen on its GPU in %d answers, not in %d; want never", on, off)
	}
	// The holder's word for the first hour; someone else's and one signed
	// under another domain are refused.
	_, err := complain(r, r.sc.REST(), dom, h1)
	refusedWith("the seller's complaint", err, "not_lease_holder")
	_, err = complain(r, holder, judge.Domain{ChainID: dom.ChainID, VerifyingContract: r.in.Contracts.Vault}, h1)
	refusedWith("a complaint under the vault's domain", err, "bad_complaint")
	c1, err := complain(r, holder, dom, h1)
	if err != nil {
		t.Fatal(err)
	}
	if c1.Hour != h1 || c1.LeaseID != id || c1.HourStart != judge.EpochStart(h1).UTC().Format("2006-01-02T15:04:05.000000000Z") {
		t.Fatalf("complaint %+v", c1)
	}

	// The second hour: the job's process on the lease's GPU, seen by the
	// node's NVML watcher (it polls every 10 s of real time) before the
	// hour's challenges.
	dev := r.in.DemoNVML.Devices[n].(*server.Device)
	polls := len(dev.GetComputeRunningProcessesCalls())
	r.in.DemoNVML.Fault(n, func(g *nvmlmock.GPU) {
		g.Processes = []nvml.ProcessInfo{{Pid: 4242, UsedGpuMemory: 1 << 30}}
	})
	testsvc.CheckFor(t, 30*time.Second, 100*time.Millisecond, func() error {
		if len(dev.GetComputeRunningProcessesCalls()) <= polls {
			return fmt.Errorf("the watcher has not polled %s's processes since", uuid)
		}
		return nil
	})
	h2 := h1 + 1
	r.at(judge.EpochStart(h2))
	r.planned(h2)
	r.driveHour(h2, nil)
	if on, off := jobSeen(h2); on == 0 || off != 0 {
		t.Fatalf("hour 2: the job seen on its GPU in %d answers, not in %d; want always", on, off)
	}
	if _, err := complain(r, holder, dom, h2); err != nil {
		t.Fatal(err)
	}
	// Filing the first hour's again answers the complaint filed.
	if again, err := complain(r, holder, dom, h1); err != nil || again != c1 {
		t.Fatalf("the first hour's complaint again: %+v %v, want %+v", again, err, c1)
	}
	if cs := r.lease(id).Complaints; len(cs) != 2 || cs[0] != c1 || cs[1].Hour != h2 {
		t.Fatalf("the lease shows the complaints %+v", cs)
	}

	// The quorum judges each hour two minutes after it ends.
	r.at(judge.EpochStart(h2 + 1).Add(3 * time.Minute))
	var d *client.LeaseDelivery
	testsvc.CheckFor(t, 60*time.Second, 200*time.Millisecond, func() error {
		r.moveTo(r.oclk.Now().Add(30 * time.Second))
		r.oclk.Advance(30 * time.Second)
		if d = r.lease(id).Delivery; d == nil || len(d.Hours) != 2 {
			return fmt.Errorf("delivery %+v", d)
		}
		return nil
	})
	if d.Hours[0].Delivered || d.Hours[0].Reason != "job_unreachable" || !d.Hours[1].Delivered ||
		d.DeliveredGPUHours != 1 || d.UndeliveredGPUHours != 1 {
		t.Fatalf("the quorum's judgement %+v", d)
	}
	t.Logf("lease %s: hour 1 (job not on its GPU) undelivered job_unreachable on the holder's complaint; hour 2 (job on its GPU) delivered despite it", id)
}
