package node_test

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/api/client"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/node"
	"github.com/hourglass-exchange/hourglass/oracle/judge"
	"github.com/hourglass-exchange/hourglass/oracle/reporter"
)

// TestOracleSettlesLease is the oracle's whole loop on the embedded chain,
// as the demo runs it: a holder's one-GPU, two-hour lease runs on the demo
// node; the operator's three reporters challenge the node at random times
// each hour through the redeemer's relay (their clock a fake one, moved
// with the chain's and the agent's); in the second hour the lease's GPU
// raises XID 79 (fallen off the bus) through go-nvml's mock: the agent
// closes the lease gpu_fault, on-chain too. The quorum judges the first
// hour delivered and the second undelivered gpu_fault, posts each epoch's
// report to the DeliveryOracle, and once the report is final the lease is
// settled from its Merkle proof: the holder is paid the settlement price
// (plus the grade's penalty, none in the demo) for the undelivered
// GPU-hour, out of the provider's collateral, which drops by exactly
// that. The gateway shows the lease's delivered and undelivered hours.
func TestOracleSettlesLease(t *testing.T) {
	oracleSettlesLease(t, node.Config{}, nil)
}

// oracleSettlesLease runs TestOracleSettlesLease's loop with the operator
// configured by cfg and the reporters that reporters starts (nil: the
// operator's own; see oracleLease.Reporters).
func oracleSettlesLease(t *testing.T, cfg node.Config, reporters func(r *leaseRun, oclk clock.Clock) []*reporter.Reporter) *oracleRun {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	o := startOracleLease(t, ctx, cfg, oracleLease{Hours: 2, Cmd: `echo "hello"; exec sleep 7200`, Reporters: reporters})
	if o.in.DemoNVML == nil {
		t.Fatal("no mock NVML")
	}
	h1 := judge.EpochOf(o.start)
	o.driveHour(h1, nil)

	// The second hour: XID 79 on the lease's GPU.
	o.at(judge.EpochStart(h1 + 1).Add(time.Minute))
	o.in.DemoNVML.XID(o.gpuIndex(), 79)
	l := o.waitLease(o.leaseID, "closed gpu_fault on-chain", func(l client.Lease) bool {
		return l.State == "closed" && l.ChainState == "closed"
	})
	if l.Reason != "gpu_fault" || l.ChainReason != "gpu_fault" || !strings.Contains(l.History[len(l.History)-1].Detail, "79") {
		t.Fatalf("closed: %+v", l)
	}

	// The quorum judges each hour two minutes after it ends and posts the
	// report; a minute later (the challenge window) it is final and the
	// lease settles.
	before, paidBefore := o.account(), o.cash()
	st := o.settle(h1+1, 1, 1)
	after, paid := o.account(), new(big.Int).Sub(o.cash(), paidBefore)
	price := o.settlementPrice()
	// The undelivered GPU-hour pays the settlement price (the demo seeds
	// no penalty), never more than the lease's collateral.
	want := new(big.Int).Set(price)
	if st.Collateral.Cmp(want) < 0 {
		want.Set(st.Collateral)
	}
	if st.Rate.Cmp(price) != 0 || paid.Sign() <= 0 || paid.Cmp(want) != 0 {
		t.Fatalf("the holder was paid %s, rate %s, lease collateral %s; the settlement price is %s per GPU-hour", paid, st.Rate, st.Collateral, price)
	}
	if drop := new(big.Int).Sub(before.Deposited, after.Deposited); drop.Cmp(paid) != 0 {
		t.Fatalf("the provider's collateral dropped by %s, the holder was paid %s", drop, paid)
	}
	d := o.lease(o.leaseID).Delivery
	if d == nil || d.DeliveredGPUHours != 1 || d.UndeliveredGPUHours != 1 || len(d.Reasons) != 1 || d.Reasons[0] != "gpu_fault" {
		t.Fatalf("the gateway's delivery %+v", d)
	}
	t.Logf("lease %s: 1 GPU-hour delivered, 1 undelivered (gpu_fault); settlement price %s, lease collateral %s: the holder was paid %s; the provider's deposit %s → %s",
		o.leaseID, price, st.Collateral, paid, before.Deposited, after.Deposited)
	return o
}
