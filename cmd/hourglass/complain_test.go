package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/api/client"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/node"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
	"github.com/hourglass-exchange/hourglass/oracle/judge"
	"github.com/hourglass-exchange/hourglass/sim"
)

// TestLeaseComplainCommand: against an operator node with the demo
// provider, the holder buys a GPU-hour, redeems it and complains about
// the lease's hour with lease complain: the command signs under the
// DeliveryOracle's domain that GET /v1/chain names, and the redeemer takes
// it once the hour has begun (on the oracle's clock, a fake one here);
// filing it again answers the same complaint. An hour not begun, an hour
// not the lease's, someone else's lease and bad input are refused with
// their codes and exit statuses.
func TestLeaseComplainCommand(t *testing.T) {
	oclk := clock.NewFake(time.Now())
	d := startDemoNodeWith(t, func(c *node.Config) { c.OracleClock = oclk })
	t.Chdir(t.TempDir())
	holderKey, sellerKey := node.UserKey(), sim.BotKey(0)
	holder, seller := hexKey(holderKey), hexKey(sellerKey)
	m := d.in.Markets[0]
	inst, err := instrument.ParseSymbol(m)
	if err != nil {
		t.Fatal(err)
	}
	start := inst.WindowStartTime()
	hour := strconv.FormatUint(judge.EpochOf(start), 10)

	// Bad input first: exit status 2, nothing asked.
	for _, c := range []struct {
		args []string
		msg  string
	}{
		{[]string{"lease", "complain", "1"}, "--hour is required"},
		{[]string{"lease", "complain", "1", "--hour", "noon"}, "hours since 1970"},
		{[]string{"lease", "complain", "--hour", hour}, "give one LEASE_ID"},
		{[]string{"lease", "complain", "x1", "--hour", hour}, "not a chain lease"},
	} {
		_, _, err := d.cli(holder, c.args...)
		refusedWith(t, strings.Join(c.args, " "), err, 2, c.msg)
	}

	// A GPU-hour bought, withdrawn to the wallet and redeemed: lease 1.
	d.ok(seller, "order", "place", "--market", m, "--side", "sell", "--price", "2.10", "--size", "1", "--client-id", "1")
	d.ok(holder, "deposit", "--asset", "usdc", "--amount", "10")
	d.ok(holder, "order", "place", "--market", m, "--side", "buy", "--price", "2.50", "--size", "1", "--tif", "ioc", "--client-id", "2")
	testsvc.CheckFor(t, 30*time.Second, 100*time.Millisecond, func() error {
		_, errs, err := d.cli(holder, "withdraw", "request", "--asset", m, "--amount", "1")
		if err != nil {
			return fmt.Errorf("%v %s", err, errs)
		}
		return nil
	})
	testsvc.CheckFor(t, 30*time.Second, 100*time.Millisecond, func() error {
		if err := d.in.AdjustChainTime(time.Second); err != nil {
			return err
		}
		_, errs, err := d.cli(holder, "withdraw", "execute", "--asset", m)
		if err != nil {
			return fmt.Errorf("%v %s", err, errs)
		}
		return nil
	})
	if err := os.WriteFile("job.json", []byte(`{"command": ["sleep", "3600"]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	d.ok(holder, "redeem", "--market", m, "--gpus", "1", "--hours", "1", "--start-hour", start.Format(time.RFC3339), "--spec", "job.json")
	d.waitLease(holder, "1", "known to the redeemer", func(l client.Lease) bool { return l.ID == "1" })

	// Before the hour: complaint_hour.
	_, _, err = d.cli(holder, "lease", "complain", "1", "--hour", hour)
	refusedWith(t, "a complaint before the hour", err, 1, "complaint_hour")
	oclk.Set(start.Add(10 * time.Minute))
	out := d.ok(holder, "lease", "complain", "1", "--hour", hour)
	if !strings.Contains(flat(out), "lease 1 hour "+hour+" ("+start.UTC().Format(time.RFC3339)+"): complaint filed") {
		t.Fatalf("lease complain:\n%s", out)
	}
	// Again, by a time inside the hour, with --json: the same complaint.
	var c client.LeaseComplaint
	if err := json.Unmarshal([]byte(d.ok(holder, "lease", "complain", "1", "--hour", start.Add(30*time.Minute).Format(time.RFC3339), "--json")), &c); err != nil {
		t.Fatal(err)
	}
	chain, err := (&client.REST{BaseURL: "http://" + d.in.Gateway}).Chain(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	dom := judge.Domain{ChainID: d.in.ChainID, VerifyingContract: chain.Oracle}
	sig, err := hexutil.Decode(c.Signature)
	if err != nil {
		t.Fatal(err)
	}
	jl := judge.Lease{ID: 1, Holder: crypto.PubkeyToAddress(holderKey.PublicKey), StartHour: judge.EpochOf(start), Hours: 1}
	if c.LeaseID != "1" || strconv.FormatUint(c.Hour, 10) != hour || chain.Oracle == (common.Address{}) ||
		!judge.ValidComplaint(dom, &jl, c.Hour, judge.Complaint{Lease: 1, Hour: c.Hour, Signature: sig}) {
		t.Fatalf("lease complain --json: %+v (oracle %s)", c, chain.Oracle)
	}
	// Not the lease's hour; someone else's lease; an unknown one.
	_, _, err = d.cli(holder, "lease", "complain", "1", "--hour", strconv.FormatUint(judge.EpochOf(start)+1, 10))
	refusedWith(t, "another hour", err, 1, "complaint_hour")
	_, _, err = d.cli(seller, "lease", "complain", "1", "--hour", hour)
	refusedWith(t, "the seller's complaint", err, 1, "not_lease_holder")
	_, _, err = d.cli(holder, "lease", "complain", "9", "--hour", hour)
	refusedWith(t, "an unknown lease", err, 1, "unknown_lease")
	if l := d.status(holder, "1"); l.State != "assigned" || len(l.Complaints) != 1 || l.Complaints[0] != c {
		t.Fatalf("lease 1 after the complaints: %+v", l)
	}
	if out := d.ok(holder, "lease", "status", "1"); !strings.Contains(flat(out), "complaint hour "+hour+" ("+start.UTC().Format(time.RFC3339)+"), filed") {
		t.Fatalf("lease status 1 does not show the complaint:\n%s", out)
	}
}
