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
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/node"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
	"github.com/hourglass-exchange/hourglass/oracle/judge"
	"github.com/hourglass-exchange/hourglass/oracle/reporter"
)

// oracleRun is a leaseRun with the oracle's reporters on a fake clock
// (moved with the chain's and the agent's) and one running lease.
type oracleRun struct {
	*leaseRun
	oclk *clock.Fake
	// reps are the reporters the test drives: the operator's in-process
	// ones, or the honest ones oracleLease.Reporters started.
	reps    []*reporter.Reporter
	leaseID string
	lid     uint64
	feed    common.Address // the market's MarkPriceFeed
}

// oracleLease is what startOracleLease runs.
type oracleLease struct {
	Hours uint16
	// Cmd is the job (default: it prints hello and sleeps two minutes;
	// a node that goes silent never hears that its lease was closed).
	Cmd string
	// Reporters starts reporters outside the operator, given it and the
	// oracle's clock, and returns the honest ones the test drives (nil:
	// the operator's three in-process reporters).
	Reporters func(r *leaseRun, oclk clock.Clock) []*reporter.Reporter
	// Provisioning runs while the lease is provisioning, before its
	// window starts.
	Provisioning func(o *oracleRun)
}

// startOracleLease starts the operator with cfg (the reporters on a fake
// clock, 4 challenges an hour, a one-minute report challenge window),
// waits for the market's mark on-chain, and runs a one-GPU lease of
// l.Hours from the window's start until it is running on-chain, the
// reporters planning its first hour.
func startOracleLease(t *testing.T, ctx context.Context, cfg node.Config, l oracleLease) *oracleRun {
	t.Helper()
	o := startOracle(t, cfg, l.Reporters, func(cfg node.Config) *leaseRun { return startLeaseRun(t, ctx, cfg) })
	if l.Cmd == "" {
		l.Cmd = `echo "hello"; exec sleep 120`
	}
	spec, sig := o.redeem(1, l.Hours, l.Cmd)
	o.leaseID = o.leaseRun.leaseID()
	var err error
	if o.lid, err = parseLeaseID(o.leaseID); err != nil {
		t.Fatal(err)
	}
	if _, err := o.sc.Call(ctx, "lease.submit_spec", map[string]any{"lease_id": o.leaseID, "spec": spec,
		"signature": "0x" + common.Bytes2Hex(sig)}); err != nil {
		t.Fatal(err)
	}
	o.at(o.start.Add(-5 * time.Minute))
	o.waitLease(o.leaseID, "provisioning on-chain", func(l client.Lease) bool { return l.ChainState == "provisioning" })
	if l.Provisioning != nil {
		l.Provisioning(o)
	}
	o.at(o.start)
	o.waitLease(o.leaseID, "running on-chain", func(l client.Lease) bool { return l.State == "running" && l.ChainState == "running" })
	o.planned(judge.EpochOf(o.start))
	return o
}

// startOracle starts the operator with cfg through start (the reporters on
// a fake clock, 4 challenges an hour, a one-minute report challenge
// window) and waits for the market's mark on-chain.
func startOracle(t *testing.T, cfg node.Config, reporters func(r *leaseRun, oclk clock.Clock) []*reporter.Reporter,
	start func(node.Config) *leaseRun) *oracleRun {
	t.Helper()
	o := &oracleRun{oclk: clock.NewFake(time.Now())}
	cfg.OracleClock, cfg.ChallengesPerHour, cfg.ReportChallengeWindow, cfg.MarkInterval = o.oclk, 4, time.Minute, 100*time.Millisecond
	o.leaseRun = start(cfg)
	ctx := o.ctx
	if reporters != nil {
		o.reps = reporters(o.leaseRun, o.oclk)
	} else if o.reps = o.in.Reporters; len(o.reps) != 3 {
		t.Fatalf("%d in-process reporters", len(o.reps))
	}
	chain, err := (&client.REST{BaseURL: o.gw}).Chain(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range chain.MarkFeeds {
		if f.Market == o.mkt.Symbol {
			o.feed = f.Feed
		}
	}
	// The market's mark is on-chain before its last trading time: it is
	// the settlement price. (A spot market has none until it trades.)
	if o.inst.Kind == instrument.Spot {
		return o
	}
	o.waitMark(30 * time.Second)
	return o
}

// waitMark waits up to d for a positive mark on the market's feed.
func (o *oracleRun) waitMark(d time.Duration) *big.Int {
	o.t.Helper()
	fb := bindings.NewMarkPriceFeed()
	var answer *big.Int
	testsvc.CheckFor(o.t, d, 50*time.Millisecond, func() error {
		out, err := o.eth.CallContract(o.ctx, ethereum.CallMsg{To: &o.feed, Data: fb.PackLatestRoundData()}, nil)
		if err != nil {
			return fmt.Errorf("no mark yet: %v", err)
		}
		rd, err := fb.UnpackLatestRoundData(out)
		if err != nil || rd.Answer.Sign() <= 0 {
			return fmt.Errorf("mark %+v %v", rd, err)
		}
		answer = rd.Answer
		return nil
	})
	return answer
}

func parseLeaseID(s string) (uint64, error) {
	var id uint64
	_, err := fmt.Sscanf(s, "%d", &id)
	return id, err
}

// at moves the chain's, the agent's and the reporters' time to ts.
func (o *oracleRun) at(ts time.Time) { o.moveTo(ts); o.oclk.Set(ts) }

// planned waits until every reporter has planned hour h's challenges to
// the lease's node (stepping its clock a second at a time).
func (o *oracleRun) planned(h uint64) {
	o.t.Helper()
	testsvc.CheckFor(o.t, 10*time.Second, 50*time.Millisecond, func() error {
		o.oclk.Advance(time.Second)
		for _, rep := range o.reps {
			if d := rep.NextDue(); (d.IsZero() || judge.EpochOf(d) != h) && len(rep.Observations(o.in.DemoNode, h)) == 0 {
				return fmt.Errorf("reporter %s has planned nothing in hour %d", rep.Address(), h)
			}
		}
		return nil
	})
}

// driveHour sends hour h's remaining challenges at their times: at each,
// the reporters' clock steps a second at a time until every challenge is
// answered or past its deadline; each is called at every step.
func (o *oracleRun) driveHour(h uint64, each func()) {
	o.t.Helper()
	end := judge.EpochStart(h + 1)
	for {
		var next time.Time
		for _, rep := range o.reps {
			if d := rep.NextDue(); !d.IsZero() && (next.IsZero() || d.Before(next)) {
				next = d
			}
		}
		if next.IsZero() || !next.Before(end) {
			return
		}
		if next.After(o.oclk.Now()) {
			o.at(next)
		}
		testsvc.CheckFor(o.t, 30*time.Second, 100*time.Millisecond, func() error {
			if each != nil {
				each()
			}
			o.oclk.Advance(time.Second) // the reporters collect every second
			for _, rep := range o.reps {
				if n := rep.Pending(); n > 0 || rep.NextDue().Equal(next) {
					return fmt.Errorf("reporter %s: %d unanswered", rep.Address(), n)
				}
			}
			return nil
		})
	}
}

func (o *oracleRun) call(to common.Address, data []byte) []byte {
	o.t.Helper()
	out, err := o.eth.CallContract(o.ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		o.t.Fatal(err)
	}
	return out
}

// account is the lease's provider's collateral account in the vault.
func (o *oracleRun) account() bindings.ProviderVaultAccount {
	vb := bindings.NewProviderVault()
	a, err := vb.UnpackAccount(o.call(o.in.Contracts.Vault, vb.PackAccount(common.HexToAddress(o.lease(o.leaseID).Provider))))
	if err != nil {
		o.t.Fatal(err)
	}
	return a
}

// gpuIndex is the index of the mock GPU the agent placed the lease on.
func (o *oracleRun) gpuIndex() int {
	o.t.Helper()
	gpu := o.lease(o.leaseID).History[1].Detail // "on GPU-…"
	i := strings.Index(gpu, "GPU-")
	if i < 0 {
		o.t.Fatalf("the lease's placement: %q", gpu)
	}
	var n int
	if _, err := fmt.Sscanf(gpu[i:], "GPU-%08d", &n); err != nil {
		o.t.Fatalf("the lease's placement: %q: %v", gpu, err)
	}
	return n
}

// cash is the holder's stablecoin in its wallet.
func (o *oracleRun) cash() *big.Int { return o.erc20(o.buyer) }

// erc20 is addr's stablecoin in its wallet.
func (o *oracleRun) erc20(addr common.Address) *big.Int {
	cb := bindings.NewMockStablecoin()
	b, err := cb.UnpackBalanceOf(o.call(o.in.Contracts.Stablecoin, cb.PackBalanceOf(addr)))
	if err != nil {
		o.t.Fatal(err)
	}
	return b
}

// settlement is what the DeliveryOracle settled of the lease.
func (o *oracleRun) settlement() bindings.DeliveryOracleSettlement {
	ob := bindings.NewDeliveryOracle()
	st, err := ob.UnpackSettlement(o.call(o.in.Contracts.Oracle, ob.PackSettlement(new(big.Int).SetUint64(o.lid))))
	if err != nil {
		o.t.Fatal(err)
	}
	return st
}

// settle moves time on, 30 seconds a step from 3 minutes after hour last
// (the quorum judges it 2 minutes after its end, its report is final a
// minute after it is posted), until the lease is settled with delivered
// and undelivered GPU-hours on-chain.
func (o *oracleRun) settle(last, delivered, undelivered uint64) bindings.DeliveryOracleSettlement {
	o.t.Helper()
	o.at(judge.EpochStart(last + 1).Add(3 * time.Minute))
	var st bindings.DeliveryOracleSettlement
	testsvc.CheckFor(o.t, 90*time.Second, 200*time.Millisecond, func() error {
		o.moveTo(o.oclk.Now().Add(30 * time.Second))
		o.oclk.Advance(30 * time.Second)
		if st = o.settlement(); st.Delivered != delivered || st.Undelivered != undelivered {
			return fmt.Errorf("settled %+v", st)
		}
		return nil
	})
	return st
}

// settlementPrice is the market's settlement price in stablecoin units
// (the feed's 8 decimals to the stablecoin's 6).
func (o *oracleRun) settlementPrice() *big.Int {
	fb := bindings.NewMarkPriceFeed()
	sp, err := fb.UnpackSettlementPrice(o.call(o.feed, fb.PackSettlementPrice()))
	if err != nil {
		o.t.Fatal(err)
	}
	return new(big.Int).Div(sp.Answer, big.NewInt(100))
}

// hourResult is the quorum's result for the lease's hour h (false: not
// judged yet).
func (o *oracleRun) hourResult(h uint64) (judge.HourResult, bool) {
	for _, r := range o.in.Tally.Results(o.lid) {
		if r.Hour == h {
			return r, true
		}
	}
	return judge.HourResult{}, false
}
