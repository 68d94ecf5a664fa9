package reporter

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
	"github.com/hourglass-exchange/hourglass/oracle/challenge"
	"github.com/hourglass-exchange/hourglass/oracle/judge"
	"github.com/hourglass-exchange/hourglass/oracle/merkle"
	"github.com/hourglass-exchange/hourglass/oracle/nvmlwatch"
)

// nodeRelay is a relay to one node that answers every challenge at once
// with the node's signed evidence (the watcher's NVML snapshot and its
// leases), or, down, loses them all.
type nodeRelay struct {
	fakeRelay
	key    *ecdsa.PrivateKey
	w      *nvmlwatch.Watcher
	leases []challenge.LeaseEvidence
	clk    clock.Clock
	seq    uint64
}

func (n *nodeRelay) PostChallenge(ctx context.Context, c challenge.Challenge) error {
	if err := n.fakeRelay.PostChallenge(ctx, c); err != nil {
		return err
	}
	snap := n.w.Snapshot()
	b, _ := json.Marshal(challenge.Evidence{GPUs: []string{}, Leases: n.leases, NVML: &snap})
	a := challenge.Answer{Challenge: c, AnsweredAt: n.clk.Now().UnixMilli(), Evidence: b}
	if err := a.Sign(n.key); err != nil {
		return err
	}
	n.mu.Lock()
	n.seq++
	n.answers = append(n.answers, Collected{Seq: n.seq, Answer: a})
	n.mu.Unlock()
	return nil
}

// TestQuorumEpochs runs the oracle's three reporters in process over two
// hours of two one-GPU leases on a mock DGX H100: lease 7 on GPU 3, lease
// 8 on GPU 0. In the second hour GPU 3 raises XID 79. One reporter's relay
// loses every challenge (it judges node_lost: a wrong minority). The
// quorum's results follow the two honest reporters: both leases delivered
// in the first hour; in the second, lease 7 undelivered gpu_fault and
// lease 8 delivered. The reports carry the cumulative figures, every
// reporter signed each root (EIP-712), and each lease's proof verifies.
func TestQuorumEpochs(t *testing.T) {
	hour := uint64(499_000)
	clk := clock.NewFake(judge.EpochStart(hour))
	n, w, uuids := watchMock(t)
	ctx := context.Background()

	nodeKey, _ := crypto.GenerateKey()
	node := crypto.PubkeyToAddress(nodeKey.PublicKey)
	provider := common.HexToAddress("0xb0b")
	leases := []judge.Lease{
		{ID: 7, Provider: provider, Node: node, GPUs: 1, GPUUUIDs: []string{uuids[3]}, StartHour: hour, Hours: 2, RunningAt: judge.EpochStart(hour)},
		{ID: 8, Provider: provider, Node: node, GPUs: 1, GPUUUIDs: []string{uuids[0]}, StartHour: hour, Hours: 2, RunningAt: judge.EpochStart(hour)},
	}
	running := []challenge.LeaseEvidence{{ID: "7", State: "running", GPUs: []string{uuids[3]}, Job: "1"},
		{ID: "8", State: "running", GPUs: []string{uuids[0]}, Job: "2"}}
	var reps []*Reporter
	var addrs []common.Address
	for i := 0; i < 3; i++ {
		k, _ := crypto.GenerateKey()
		rl := &nodeRelay{key: nodeKey, w: w, leases: running, clk: clk}
		if i == 2 {
			rl.down = true
		}
		r, err := New(Config{Key: k, Relay: rl, Nodes: func() []common.Address { return []common.Address{node} }, Seed: uint64(i + 1), Clock: clk})
		if err != nil {
			t.Fatal(err)
		}
		reps, addrs = append(reps, r), append(addrs, r.Address())
	}
	dom := judge.Domain{ChainID: big.NewInt(1337), VerifyingContract: common.HexToAddress("0x0a")}
	q := &Quorum{Q: judge.Quorum{Reporters: addrs, K: 2}, Domain: dom, Reporters: reps}
	keys := judge.Keys{node: provider}
	runHour := func(h uint64) *Epoch {
		for m := 0; m < 60; m++ {
			clk.Set(judge.EpochStart(h).Add(time.Duration(m) * time.Minute))
			for _, r := range reps {
				r.Step(ctx)
				r.Step(ctx)
			}
		}
		clk.Set(judge.EpochStart(h + 1).Add(time.Minute))
		e, err := q.Run(ctx, h, append([]judge.Lease(nil), leases...), keys)
		if err != nil {
			t.Fatal(err)
		}
		return e
	}
	e1 := runHour(hour)
	n.XID(3, 79)
	testsvc.CheckFor(t, 10*time.Second, 10*time.Millisecond, func() error {
		if g, _ := w.Snapshot().GPU(uuids[3]); g.Healthy {
			return fmt.Errorf("GPU 3 still healthy")
		}
		return nil
	})
	e2 := runHour(hour + 1)

	want := map[uint64][2]judge.Outcome{7: {judge.Delivered, judge.Undelivered}, 8: {judge.Delivered, judge.Delivered}}
	for i, e := range []*Epoch{e1, e2} {
		if len(e.Results) != 2 {
			t.Fatalf("epoch %d: %+v", e.Hour, e.Results)
		}
		for _, res := range e.Results {
			if res.Outcome != want[res.Lease][i] || res.Outcome == judge.Undelivered && res.Reason != judge.GPUFault {
				t.Fatalf("epoch %d lease %d: %s", e.Hour, res.Lease, res)
			}
		}
		if len(e.Signatures) != 3 {
			t.Fatalf("%d signatures", len(e.Signatures))
		}
		for a, sig := range e.Signatures {
			if got, err := judge.RecoverReportSigner(dom, e.Hour, e.Report.Root, sig); err != nil || got != a {
				t.Fatalf("signature of %s recovers %s, %v", a, got, err)
			}
		}
	}
	for id, wantLeaf := range map[uint64]merkle.Leaf{
		7: {LeaseID: 7, Delivered: 1, Undelivered: 1, Reasons: judge.GPUFault.Bit()},
		8: {LeaseID: 8, Delivered: 2},
	} {
		leaf, proof, err := e2.Report.Proof(id)
		if err != nil || leaf != wantLeaf || !merkle.VerifyLeaf(e2.Report.Root, leaf, proof) {
			t.Fatalf("lease %d: leaf %+v (want %+v), proof ok %v, %v", id, leaf, wantLeaf, merkle.VerifyLeaf(e2.Report.Root, leaf, proof), err)
		}
	}
	if _, err := q.Run(ctx, hour, leases, keys); err == nil {
		t.Fatal("an epoch judged twice")
	}
	if rs := q.Results(7); len(rs) != 2 || !rs[1].Fault {
		t.Fatalf("lease 7's results %+v", rs)
	}

	// A restarted quorum, its state kept as JSON, carries the figures on:
	// the next epoch (no lease-hour in it) has the same leaves and root.
	b, err := json.Marshal(q.State())
	if err != nil {
		t.Fatal(err)
	}
	var st QuorumState
	if err := json.Unmarshal(b, &st); err != nil {
		t.Fatal(err)
	}
	q2 := &Quorum{Q: q.Q, Domain: dom, Reporters: reps}
	if err := q2.Restore(&st); err != nil {
		t.Fatal(err)
	}
	if q2.Last().Root != e2.Report.Root {
		t.Fatal("the restored report has another root")
	}
	if _, err := q2.Run(ctx, hour+1, leases, keys); err == nil {
		t.Fatal("the restored quorum judged an epoch it had judged")
	}
	e3, err := q2.Run(ctx, hour+2, append([]judge.Lease(nil), leases...), keys)
	if err != nil {
		t.Fatal(err)
	}
	if e3.Report.Root != e2.Report.Root || len(e3.Results) != 0 || len(q2.Results(7)) != 2 {
		t.Fatalf("after the restart: %d results, root changed %v", len(e3.Results), e3.Report.Root != e2.Report.Root)
	}
	if leaf, proof, err := q2.Last().Proof(7); err != nil || !merkle.VerifyLeaf(e3.Report.Root, leaf, proof) {
		t.Fatalf("a proof from the restored report: %v", err)
	}
}
