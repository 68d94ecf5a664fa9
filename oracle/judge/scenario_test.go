package judge

import (
	"crypto/ecdsa"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/oracle/merkle"
)

// TestScenario runs the whole pure pipeline for four hours with five
// reporters (k = 3), one lying (always "delivered") and one silent:
// lease 7 (2 GPUs on node A) gets XID 79 on a leased GPU at 101:30 and
// node A's later snapshots claim health again; lease 8 (1 GPU on node B)
// is fine until node B answers hour 103's challenges with replays of old
// answers. Every honest reporter builds the same report each epoch, and
// the three honest signatures recover to registered reporters.
func TestScenario(t *testing.T) {
	w := newWorld(t, 5)
	rng := rand.New(rand.NewPCG(79, 79))
	p := Params{Domain: testDomain}
	var rs []common.Address
	for _, k := range w.reporters {
		rs = append(rs, addr(k))
	}
	q := Quorum{Reporters: rs, K: DefaultK(5)}
	const liar, silent = 3, 4
	leaseA := w.lease
	leaseB := Lease{ID: 8, Holder: addr(w.holder), Provider: addr(w.provider), Node: addr(w.nodeB), GPUs: 1,
		GPUUUIDs: []string{"GPU-b0"}, StartHour: hour0, Hours: 4, RunningAt: EpochStart(hour0).Add(time.Minute)}
	faultAt := EpochStart(hour0 + 1).Add(30 * time.Minute)

	snapA := func(at time.Time) Snapshot {
		s := healthy()
		if !at.Before(faultAt) && at.Before(EpochStart(hour0+2)) {
			s.GPUs[1] = GPUHealth{UUID: "GPU-a1", Health: Faulty, Signal: "xid", XID: 79}
		}
		return s // from hour 102 on the provider's agent lies: all healthy
	}
	snapB := func(time.Time) Snapshot {
		return Snapshot{GPUs: []GPUHealth{{UUID: "GPU-b0", Health: Healthy}}, Jobs: []JobSeen{{Lease: 8, OnGPUs: true}}}
	}
	// observe is reporter r's hour h of challenges to one node: one at a
	// random minute of each quarter, answered by the node's agent.
	type nodeSide struct {
		lease Lease
		key   *ecdsa.PrivateKey
		snap  func(time.Time) Snapshot
		seen  []Seen // per reporter
		last  []*Answer
	}
	nodes := []*nodeSide{
		{lease: leaseA, key: w.nodeA, snap: snapA, seen: make([]Seen, 5), last: make([]*Answer, 5)},
		{lease: leaseB, key: w.nodeB, snap: snapB, seen: make([]Seen, 5), last: make([]*Answer, 5)},
	}
	for _, n := range nodes {
		for r := range n.seen {
			n.seen[r] = Seen{}
		}
	}
	observe := func(n *nodeSide, r int, h uint64) []Observation {
		var obs []Observation
		for quarter := range 4 {
			ch := Challenge{Reporter: rs[r], Node: n.lease.Node, Nonce: w.nonce(),
				SentAt: EpochStart(h).Add(time.Duration(quarter*15+rng.IntN(15))*time.Minute + time.Duration(rng.IntN(60))*time.Second)}
			a := w.answer(t, ch, n.key, time.Duration(1+rng.IntN(5))*time.Second, n.snap(ch.SentAt))
			if n.lease.ID == 8 && h == hour0+3 && n.last[r] != nil {
				// Node B replays its last good answer.
				replay := *n.last[r]
				replay.ReceivedAt = ch.SentAt.Add(time.Second)
				a = &replay
			} else {
				n.last[r] = a
			}
			obs = append(obs, Observation{Challenge: ch, Answer: a})
		}
		Check(obs, DefaultAnswerDeadline, n.lease.Provider, w.keys, n.seen[r])
		return obs
	}

	faulted := map[uint64]bool{}
	var reports [5]*Report
	for h := uint64(hour0); h < hour0+4; h++ {
		var results []HourResult
		for _, n := range nodes {
			var vs []Verdict
			for r := range 5 {
				if r == silent {
					continue
				}
				v, err := JudgeHour(p, HourInput{Reporter: rs[r], Lease: n.lease, Hour: h,
					FaultedBefore: faulted[n.lease.ID], Observations: observe(n, r, h)})
				if err != nil {
					t.Fatal(err)
				}
				if r == liar {
					v = Verdict{Reporter: rs[r], Lease: n.lease.ID, Hour: h, Outcome: Delivered}
				}
				vs = append(vs, v)
			}
			res, err := Combine(q, &n.lease, h, vs)
			if err != nil {
				t.Fatal(err)
			}
			faulted[n.lease.ID] = faulted[n.lease.ID] || res.Fault
			results = append(results, res)
		}
		// Each honest reporter builds the epoch's report on its own.
		for r := range 5 {
			if r == liar || r == silent {
				continue
			}
			rep, err := BuildReport(h, reports[r], results)
			if err != nil {
				t.Fatal(err)
			}
			reports[r] = rep
		}
		if reports[0].Root != reports[1].Root || reports[1].Root != reports[2].Root {
			t.Fatalf("hour %d: honest reporters built different roots", h)
		}
	}

	want := map[uint64]merkle.Leaf{
		7: {LeaseID: 7, Delivered: 2, Undelivered: 6, Reasons: GPUFault.Bit()},
		8: {LeaseID: 8, Delivered: 3, Undelivered: 1, Reasons: NodeLost.Bit()},
	}
	rep := reports[0]
	for id, l := range want {
		got, proof, err := rep.Proof(id)
		if err != nil {
			t.Fatal(err)
		}
		if got != l {
			t.Errorf("lease %d: %+v, want %+v", id, got, l)
		}
		if !merkle.VerifyLeaf(rep.Root, got, proof) {
			t.Errorf("lease %d: proof does not verify", id)
		}
	}
	signers := map[common.Address]bool{}
	for r := range 3 {
		sig, err := reports[r].Sign(w.reporters[r], testDomain)
		if err != nil {
			t.Fatal(err)
		}
		s, err := RecoverReportSigner(testDomain, rep.Epoch, rep.Root, sig)
		if err != nil || indexOf(rs, s) < 0 {
			t.Fatalf("signature %d recovers %s, %v", r, s, err)
		}
		signers[s] = true
	}
	if len(signers) < q.K {
		t.Fatalf("%d distinct signers, k=%d", len(signers), q.K)
	}
}
