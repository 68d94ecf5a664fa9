package judge_test

import (
	"testing"

	"github.com/hourglass-exchange/hourglass/oracle/judge"
	"github.com/hourglass-exchange/hourglass/redeemer/lease"
)

// TestReasonsMatchTheRedeemer holds the copied codes to redeemer/lease's:
// same number, same name, same side of the fault line. (Only this test
// imports the redeemer; the package may not.)
func TestReasonsMatchTheRedeemer(t *testing.T) {
	rs := lease.Reasons()
	if len(rs) == 0 {
		t.Fatal("no reasons in redeemer/lease")
	}
	for _, r := range rs {
		j := judge.Reason(r)
		if j.String() != r.String() {
			t.Errorf("code %d: judge %q, redeemer %q", uint8(r), j, r)
		}
		if j.ProviderFault() != r.ProviderFault() {
			t.Errorf("code %d (%s): judge says provider fault %v, redeemer %v", uint8(r), r, j.ProviderFault(), r.ProviderFault())
		}
	}
	for _, own := range []judge.Reason{judge.AttestationFailed, judge.JobUnreachable} {
		if int(own) <= len(rs) {
			t.Errorf("the oracle's own code %d (%s) is the redeemer's %s now: renumber one", own, own, lease.Reason(own))
		}
	}
}

func TestReasonBits(t *testing.T) {
	bm := judge.NodeLost.Bit() | judge.GPUFault.Bit() | judge.AttestationFailed.Bit()
	if bm != 1<<5|1<<6|1<<12 {
		t.Fatalf("bitmap %b", bm)
	}
	got := judge.ReasonsOf(bm)
	if len(got) != 3 || got[0] != judge.NodeLost || got[1] != judge.GPUFault || got[2] != judge.AttestationFailed {
		t.Fatalf("ReasonsOf: %v", got)
	}
	if judge.NoReason.Bit() != 0 {
		t.Fatal("NoReason has a bit")
	}
}
