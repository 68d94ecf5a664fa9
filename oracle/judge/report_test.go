package judge

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/hourglass-exchange/hourglass/oracle/merkle"
)

func res(lease, hour, gpus uint64, o Outcome, why Reason) HourResult {
	return HourResult{Lease: lease, Hour: hour, GPUs: gpus, Outcome: o, Reason: why}
}

func TestBuildReport(t *testing.T) {
	r1, err := BuildReport(100, nil, []HourResult{
		res(7, 100, 2, Delivered, NoReason),
		res(3, 99, 8, Delivered, NoReason),
		res(3, 100, 8, Undelivered, NodeLost),
	})
	if err != nil {
		t.Fatal(err)
	}
	want1 := []merkle.Leaf{{LeaseID: 3, Delivered: 8, Undelivered: 8, Reasons: 1 << 5}, {LeaseID: 7, Delivered: 2}}
	if !slices.Equal(r1.Leaves, want1) {
		t.Fatalf("leaves %+v, want %+v", r1.Leaves, want1)
	}
	r2, err := BuildReport(102, r1, []HourResult{
		res(7, 101, 2, Undelivered, GPUFault),
		res(7, 102, 2, Undelivered, GPUFault),
		res(3, 101, 8, Undelivered, AttestationFailed),
		res(9, 102, 1, Delivered, NoReason),
	})
	if err != nil {
		t.Fatal(err)
	}
	want2 := []merkle.Leaf{
		{LeaseID: 3, Delivered: 8, Undelivered: 16, Reasons: 1<<5 | 1<<12},
		{LeaseID: 7, Delivered: 2, Undelivered: 4, Reasons: 1 << 6},
		{LeaseID: 9, Delivered: 1},
	}
	if !slices.Equal(r2.Leaves, want2) {
		t.Fatalf("leaves %+v, want %+v", r2.Leaves, want2)
	}
	if !slices.Equal(r1.Leaves, want1) {
		t.Fatal("building on a report changed it")
	}
	// Every leaf proves against the root, as MerkleProof.verify would;
	// and a lease's figures from the previous report do not.
	for _, l := range want2 {
		got, proof, err := r2.Proof(l.LeaseID)
		if err != nil {
			t.Fatal(err)
		}
		if got != l || !merkle.VerifyLeaf(r2.Root, l, proof) {
			t.Fatalf("lease %d: leaf %+v does not prove against the root", l.LeaseID, got)
		}
		if old, ok := r1.Leaf(l.LeaseID); ok && merkle.VerifyLeaf(r2.Root, old, proof) {
			t.Fatalf("lease %d: the previous epoch's figures prove against the new root", l.LeaseID)
		}
	}
	if _, _, err := r2.Proof(4); CodeOf(err) != CodeNoLease {
		t.Fatalf("proof of a lease not in the report: %v", err)
	}
	if r2.Epoch != 102 {
		t.Fatalf("epoch %d", r2.Epoch)
	}
}

func TestBuildReportBadInput(t *testing.T) {
	prev, err := BuildReport(100, nil, []HourResult{res(7, 100, 2, Delivered, NoReason)})
	if err != nil {
		t.Fatal(err)
	}
	before := slices.Clone(prev.Leaves)
	cases := []struct {
		name    string
		epoch   uint64
		prev    *Report
		results []HourResult
		code    Code
	}{
		{"an hour after the epoch", 101, prev, []HourResult{res(7, 102, 2, Delivered, NoReason)}, CodeHourOutsideEpoch},
		{"an hour the previous report counted", 101, prev, []HourResult{res(7, 100, 2, Delivered, NoReason)}, CodeHourOutsideEpoch},
		{"an epoch not after the previous", 100, prev, nil, CodeHourOutsideEpoch},
		{"a lease-hour twice", 101, prev, []HourResult{res(7, 101, 2, Delivered, NoReason), res(7, 101, 2, Undelivered, NodeLost)}, CodeDuplicateResult},
		{"no GPUs", 101, prev, []HourResult{res(7, 101, 0, Delivered, NoReason)}, CodeBadLease},
		{"an abstention", 101, prev, []HourResult{res(7, 101, 2, Abstain, NoReason)}, CodeBadLease},
		{"undelivered without a reason", 101, prev, []HourResult{res(7, 101, 2, Undelivered, NoReason)}, CodeBadLease},
		{"no lease at all", 5, nil, nil, CodeNoLeases},
		{"overflow", 101, &Report{Epoch: 100, Leaves: []merkle.Leaf{{LeaseID: 7, Delivered: math.MaxUint64 - 1}}},
			[]HourResult{res(7, 101, 2, Delivered, NoReason)}, CodeOverflow},
	}
	for _, c := range cases {
		if _, err := BuildReport(c.epoch, c.prev, c.results); CodeOf(err) != c.code {
			t.Errorf("%s: error %v, want code %s", c.name, err, c.code)
		}
	}
	if !slices.Equal(prev.Leaves, before) {
		t.Fatal("a refused report changed the previous one")
	}
}

// TestReportsAgree: reporters that combine the same verdicts in any order,
// and build reports on any schedule (every epoch, or skipping some),
// reach the same leaves and root; and once a lease's hours are all
// judged its delivered plus undelivered GPU-hours are GPUs x hours.
func TestReportsAgree(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	type lease struct{ id, start, hours, gpus uint64 }
	var leases []lease
	for i := range 60 {
		leases = append(leases, lease{uint64(i + 1), 1000 + uint64(r.IntN(10)), 1 + uint64(r.IntN(12)), 1 + uint64(r.IntN(8))})
	}
	reasons := []Reason{NodeLost, GPUFault, AttestationFailed, ProviderNeverStarted}
	byHour := map[uint64][]HourResult{}
	for _, l := range leases {
		for h := l.start; h < l.start+l.hours; h++ {
			hr := res(l.id, h, l.gpus, Delivered, NoReason)
			if r.IntN(4) == 0 {
				hr.Outcome, hr.Reason = Undelivered, reasons[r.IntN(len(reasons))]
			}
			byHour[h] = append(byHour[h], hr)
		}
	}
	const last = 1030
	var want *Report
	for schedule := range 6 {
		var rep *Report
		var pending []HourResult
		for e := uint64(1000); e <= last; e++ {
			pending = append(pending, byHour[e]...)
			if e != last && len(pending) == 0 {
				continue
			}
			if e != last && schedule > 0 && r.IntN(schedule+1) != 0 {
				continue // this reporter skips the epoch; the next report covers it
			}
			batch := slices.Clone(pending)
			r.Shuffle(len(batch), func(i, j int) { batch[i], batch[j] = batch[j], batch[i] })
			next, err := BuildReport(e, rep, batch)
			if err != nil {
				t.Fatal(err)
			}
			rep, pending = next, nil
		}
		if want == nil {
			want = rep
			continue
		}
		if rep.Root != want.Root || !slices.Equal(rep.Leaves, want.Leaves) {
			t.Fatalf("schedule %d built root %s, schedule 0 %s", schedule, rep.Root, want.Root)
		}
	}
	for _, l := range leases {
		leaf, ok := want.Leaf(l.id)
		if !ok {
			t.Fatalf("lease %d missing", l.id)
		}
		if leaf.Delivered+leaf.Undelivered != l.gpus*l.hours {
			t.Fatalf("lease %d: %d delivered + %d undelivered, want %d GPU-hours", l.id, leaf.Delivered, leaf.Undelivered, l.gpus*l.hours)
		}
	}
}
