package node

import (
	"log/slog"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/oracle/judge"
	"github.com/hourglass-exchange/hourglass/oracle/merkle"
	"github.com/hourglass-exchange/hourglass/oracle/reporter"
	"github.com/hourglass-exchange/hourglass/redeemer/lease"
	"github.com/hourglass-exchange/hourglass/redeemer/service"
)

// TestJudgeLeases: the judge sees the redeemer's leases that reached a
// node, with the GPUs the node placed them on and their on-chain running
// and closing times; leases on no node and non-chain ids are left out.
func TestJudgeLeases(t *testing.T) {
	terms := func(id string) lease.Terms {
		return lease.Terms{ID: id, Holder: common.HexToAddress("0xa11ce"), Provider: common.HexToAddress("0xb0b"), GPUs: 2,
			StartHour: 499_000, Hours: 3}
	}
	node := common.HexToAddress("0x0de")
	run, closed := uint64(499_000*3600+10), uint64(499_001*3600+5)
	recs := []service.Record{
		{Lease: lease.Lease{Terms: terms("7")}, Node: node, GPUs: []string{"GPU-a", "GPU-b"},
			Chain: []service.ChainChange{{State: lease.Provisioning, Time: run - 300}, {State: lease.Running, Time: run},
				{State: lease.Closed, Reason: lease.GPUFault, Time: closed}}},
		{Lease: lease.Lease{Terms: terms("8")}, Node: node, GPUs: []string{"GPU-c"}}, // placement of the wrong size: unknown
		{Lease: lease.Lease{Terms: terms("9")}},                                      // on no node
		{Lease: lease.Lease{Terms: terms("x-1")}, Node: node},                        // not a chain lease
	}
	ls, keys := judgeLeases(recs)
	if len(ls) != 2 || keys[node] != common.HexToAddress("0xb0b") {
		t.Fatalf("leases %+v, keys %v", ls, keys)
	}
	l := ls[0]
	if l.ID != 7 || l.Node != node || l.GPUs != 2 || len(l.GPUUUIDs) != 2 || l.StartHour != 499_000 || l.Hours != 3 ||
		!l.RunningAt.Equal(time.Unix(int64(run), 0)) || !l.ClosedAt.Equal(time.Unix(int64(closed), 0)) || l.CloseReason != judge.GPUFault {
		t.Fatalf("lease 7: %+v", l)
	}
	if ls[1].ID != 8 || ls[1].GPUUUIDs != nil || !ls[1].RunningAt.IsZero() {
		t.Fatalf("lease 8: %+v", ls[1])
	}
}

// TestDeliveryView: a lease's judged hours add up to its delivered and
// undelivered GPU-hours, each undelivered reason named once.
func TestDeliveryView(t *testing.T) {
	if deliveryView(nil) != nil {
		t.Fatal("a lease with no judged hour has a delivery")
	}
	d := deliveryView([]judge.HourResult{
		{Lease: 7, Hour: 499_000, GPUs: 2, Outcome: judge.Delivered},
		{Lease: 7, Hour: 499_001, GPUs: 2, Outcome: judge.Undelivered, Reason: judge.GPUFault, Fault: true},
		{Lease: 7, Hour: 499_002, GPUs: 2, Outcome: judge.Undelivered, Reason: judge.GPUFault},
	})
	if d.DeliveredGPUHours != 2 || d.UndeliveredGPUHours != 4 || len(d.Reasons) != 1 || d.Reasons[0] != "gpu_fault" ||
		len(d.Hours) != 3 || d.Hours[0].Hour != "2026-12-04T16:00:00.000000000Z" || !d.Hours[0].Delivered || d.Hours[2].Reason != "gpu_fault" {
		t.Fatalf("%+v", d)
	}
}

// TestOracleStateSurvivesRestart: the quorum's figures, the reports
// posted and the next epoch are written to OracleStateFile and a new node
// on the directory restores them (the next report carries the figures on;
// a posted report still gives proofs); a damaged file refuses to start.
func TestOracleStateSurvivesRestart(t *testing.T) {
	dir := t.TempDir()
	leaves := []merkle.Leaf{{LeaseID: 8, Delivered: 2}, {LeaseID: 7, Delivered: 1, Undelivered: 1, Reasons: judge.GPUFault.Bit()}}
	n := &node{cfg: Config{Dir: dir}, log: slog.New(slog.DiscardHandler)}
	q := &n.tally
	if err := q.Restore(&reporter.QuorumState{Epoch: 499_001, Leaves: leaves, Faulted: []uint64{7},
		Results: map[uint64][]judge.HourResult{7: {{Lease: 7, Hour: 499_001, GPUs: 1, Outcome: judge.Undelivered, Reason: judge.GPUFault}}}}); err != nil {
		t.Fatal(err)
	}
	n.posted = append(n.posted, q.Last())
	n.saveOracleState(499_002)

	m := &node{cfg: Config{Dir: dir}, log: slog.New(slog.DiscardHandler)}
	st, err := m.loadOracleState()
	if err != nil {
		t.Fatal(err)
	}
	if st.Next != 499_002 || m.tally.Last() == nil || m.tally.Last().Root != q.Last().Root ||
		len(m.tally.Results(7)) != 1 || len(m.tally.State().Faulted) != 1 || m.tally.State().Faulted[0] != 7 {
		t.Fatalf("restored %+v", st)
	}
	if len(m.posted) != 1 {
		t.Fatalf("%d posted reports", len(m.posted))
	}
	leaf, proof, err := m.posted[0].Proof(7)
	if err != nil || leaf.Undelivered != 1 || !merkle.VerifyLeaf(m.posted[0].Root, leaf, proof) {
		t.Fatalf("a proof from the restored report: %+v %v", leaf, err)
	}
	if err := os.WriteFile(filepath.Join(dir, OracleStateFile), []byte("{"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := (&node{cfg: Config{Dir: dir}}).loadOracleState(); err == nil {
		t.Fatal("a damaged state file was taken")
	}
}
