package node_test

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/api/client"
	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/node"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
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
	oracleSettlesLease(t, node.Config{}, func(r *leaseRun, _ clock.Clock) []*reporter.Reporter {
		if len(r.in.Reporters) != 3 {
			t.Fatalf("%d reporters in process", len(r.in.Reporters))
		}
		return r.in.Reporters
	})
}

// oracleSettlesLease runs TestOracleSettlesLease's loop with the operator
// configured by cfg and the reporters that reporters starts (given the
// operator and the oracle's clock); the test drives the honest ones it
// returns.
func oracleSettlesLease(t *testing.T, cfg node.Config, reporters func(r *leaseRun, oclk clock.Clock) []*reporter.Reporter) *leaseRun {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	oclk := clock.NewFake(time.Now())
	cfg.OracleClock, cfg.ChallengesPerHour, cfg.ReportChallengeWindow, cfg.MarkInterval = oclk, 4, time.Minute, 100*time.Millisecond
	r := startLeaseRun(t, ctx, cfg)
	if r.in.DemoNVML == nil {
		t.Fatal("no mock NVML")
	}
	honest := reporters(r, oclk)
	call := func(to common.Address, data []byte) []byte {
		t.Helper()
		out, err := r.eth.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	// The market's mark is on-chain before its last trading time: it is
	// the settlement price.
	chain, err := (&client.REST{BaseURL: r.gw}).Chain(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var feed common.Address
	for _, f := range chain.MarkFeeds {
		if f.Market == r.mkt.Symbol {
			feed = f.Feed
		}
	}
	fb := bindings.NewMarkPriceFeed()
	testsvc.CheckFor(t, 30*time.Second, 50*time.Millisecond, func() error {
		out, err := r.eth.CallContract(ctx, ethereum.CallMsg{To: &feed, Data: fb.PackLatestRoundData()}, nil)
		if err != nil {
			return fmt.Errorf("no mark yet: %v", err)
		}
		rd, err := fb.UnpackLatestRoundData(out)
		if err != nil || rd.Answer.Sign() <= 0 {
			return fmt.Errorf("mark %+v %v", rd, err)
		}
		return nil
	})

	spec, sig := r.redeem(1, 2, `echo "hello"; exec sleep 7200`)
	leaseID := r.leaseID()
	if _, err := r.sc.Call(ctx, "lease.submit_spec", map[string]any{"lease_id": leaseID, "spec": spec,
		"signature": "0x" + common.Bytes2Hex(sig)}); err != nil {
		t.Fatal(err)
	}
	provider := common.HexToAddress(r.lease(leaseID).Provider)
	vb, cb, ob := bindings.NewProviderVault(), bindings.NewMockStablecoin(), bindings.NewDeliveryOracle()
	account := func() bindings.ProviderVaultAccount {
		a, err := vb.UnpackAccount(call(r.in.Contracts.Vault, vb.PackAccount(provider)))
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	cash := func() *big.Int {
		b, err := cb.UnpackBalanceOf(call(r.in.Contracts.Stablecoin, cb.PackBalanceOf(r.buyer)))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}

	at := func(ts time.Time) { r.moveTo(ts); oclk.Set(ts) }
	at(r.start.Add(-5 * time.Minute))
	r.waitLease(leaseID, "provisioning on-chain", func(l client.Lease) bool { return l.ChainState == "provisioning" })
	at(r.start)
	r.waitLease(leaseID, "running on-chain", func(l client.Lease) bool { return l.State == "running" && l.ChainState == "running" })

	// An hour of challenges: the reporters send each at its time, the
	// node answers within the poll, the reporters collect in time.
	driveHour := func(h uint64) {
		t.Helper()
		end := judge.EpochStart(h + 1)
		for {
			var next time.Time
			for _, rep := range honest {
				if d := rep.NextDue(); !d.IsZero() && (next.IsZero() || d.Before(next)) {
					next = d
				}
			}
			if next.IsZero() || !next.Before(end) {
				return
			}
			if next.After(oclk.Now()) {
				at(next)
			}
			testsvc.CheckFor(t, 20*time.Second, 100*time.Millisecond, func() error {
				oclk.Advance(time.Second) // the reporters collect every second
				for _, rep := range honest {
					if n := rep.Pending(); n > 0 || rep.NextDue().Equal(next) {
						return fmt.Errorf("reporter %s: %d unanswered", rep.Address(), n)
					}
				}
				return nil
			})
		}
	}
	h1 := judge.EpochOf(r.start)
	// The reporters plan the hour at their first step in it.
	testsvc.CheckFor(t, 10*time.Second, 50*time.Millisecond, func() error {
		oclk.Advance(time.Second)
		for _, rep := range honest {
			if rep.NextDue().IsZero() {
				return fmt.Errorf("reporter %s has planned nothing", rep.Address())
			}
		}
		return nil
	})
	driveHour(h1)

	// The second hour: XID 79 on the lease's GPU.
	at(judge.EpochStart(h1 + 1).Add(time.Minute))
	gpu := r.lease(leaseID).History[1].Detail // "on GPU-…"
	idx := strings.Index(gpu, "GPU-")
	if idx < 0 {
		t.Fatalf("the lease's placement: %q", gpu)
	}
	var n int
	fmt.Sscanf(gpu[idx:], "GPU-%08d", &n)
	r.in.DemoNVML.XID(n, 79)
	l := r.waitLease(leaseID, "closed gpu_fault on-chain", func(l client.Lease) bool {
		return l.State == "closed" && l.ChainState == "closed"
	})
	if l.Reason != "gpu_fault" || l.ChainReason != "gpu_fault" || !strings.Contains(l.History[len(l.History)-1].Detail, "79") {
		t.Fatalf("closed: %+v", l)
	}

	// The quorum judges each hour two minutes after it ends and posts the
	// report; a minute later (the challenge window) it is final and the
	// lease settles.
	before, paidBefore := account(), cash()
	at(judge.EpochStart(h1 + 2).Add(3 * time.Minute))
	var st bindings.DeliveryOracleSettlement
	testsvc.CheckFor(t, 60*time.Second, 200*time.Millisecond, func() error {
		r.moveTo(oclk.Now().Add(30 * time.Second))
		oclk.Advance(30 * time.Second)
		st, err = ob.UnpackSettlement(call(r.in.Contracts.Oracle, ob.PackSettlement(big.NewInt(1))))
		if err != nil {
			return err
		}
		if st.Delivered != 1 || st.Undelivered != 1 {
			return fmt.Errorf("settled %+v", st)
		}
		return nil
	})
	after, paid := account(), new(big.Int).Sub(cash(), paidBefore)
	sp, err := fb.UnpackSettlementPrice(call(feed, fb.PackSettlementPrice()))
	if err != nil {
		t.Fatal(err)
	}
	price := new(big.Int).Div(sp.Answer, big.NewInt(100)) // 8 decimals to the stablecoin's 6
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
	d := r.lease(leaseID).Delivery
	if d == nil || d.DeliveredGPUHours != 1 || d.UndeliveredGPUHours != 1 || len(d.Reasons) != 1 || d.Reasons[0] != "gpu_fault" {
		t.Fatalf("the gateway's delivery %+v", d)
	}
	t.Logf("lease %s: 1 GPU-hour delivered, 1 undelivered (gpu_fault); settlement price %s, lease collateral %s: the holder was paid %s; the provider's deposit %s → %s",
		leaseID, price, st.Collateral, paid, before.Deposited, after.Deposited)
	return r
}
