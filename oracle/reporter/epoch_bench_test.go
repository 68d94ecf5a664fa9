package reporter_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/oracle/challenge"
	"github.com/hourglass-exchange/hourglass/oracle/judge"
	"github.com/hourglass-exchange/hourglass/oracle/merkle"
	"github.com/hourglass-exchange/hourglass/oracle/nvmlwatch/nvmlmock"
	"github.com/hourglass-exchange/hourglass/oracle/nvmlwatch/nvmlwatchtest"
	"github.com/hourglass-exchange/hourglass/oracle/reporter"
)

// simNodes are simulated agents: each node answers every challenge at once
// with its evidence (8 GPUs, 8 running one-GPU leases, the NVML
// snapshot), signed by its key.
type simNodes struct {
	keys map[common.Address]*ecdsa.PrivateKey
	ev   map[common.Address]json.RawMessage
}

// simRelay is one reporter's relay to the simulated agents.
type simRelay struct {
	nodes *simNodes
	got   []reporter.Collected
	seq   uint64
}

func (r *simRelay) PostChallenge(_ context.Context, c challenge.Challenge) error {
	a := challenge.Answer{Challenge: c, AnsweredAt: c.IssuedAt, Evidence: r.nodes.ev[c.Node]}
	if err := a.Sign(r.nodes.keys[c.Node]); err != nil {
		return err
	}
	r.seq++
	r.got = append(r.got, reporter.Collected{Seq: r.seq, Answer: a})
	return nil
}

func (r *simRelay) Answers(context.Context, uint64) ([]reporter.Collected, error) {
	out := r.got
	r.got = nil
	return out, nil
}

// BenchmarkReporterEpoch is the in-process quorum's epoch for 1,000 nodes
// of 8 GPUs, each with 8 running one-GPU leases, 4 challenges per node and
// hour, answered by simulated agents with their NVML snapshot: three
// reporters each read every answer (Observe: the evidence's JSON, each
// GPU's health recomputed), check it (one signature recovery) and judge
// their 8,000 lease-hours (JudgeHour), then the quorum combines the
// verdicts, builds the report on the previous epoch's 8,000 leaves and
// each reporter signs it. ns/op is the epoch for all three; ms/reporter
// one reporter's share (what a reporter in its own process spends), and
// µs/node that per node.
func BenchmarkReporterEpoch(b *testing.B) {
	const nodes, challenges = 1000, 4
	hour := judge.EpochOf(time.Date(2027, 1, 4, 12, 0, 0, 0, time.UTC))
	_, snap := nvmlwatchtest.BusySnapshot(b)
	sim := &simNodes{keys: map[common.Address]*ecdsa.PrivateKey{}, ev: map[common.Address]json.RawMessage{}}
	var addrs []common.Address
	var leases []judge.Lease
	keys := judge.Keys{}
	for i := range nodes {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprint("bench node ", i))))
		if err != nil {
			b.Fatal(err)
		}
		node, provider := crypto.PubkeyToAddress(k.PublicKey), common.Address{0xaa, byte(i >> 8), byte(i)}
		addrs = append(addrs, node)
		sim.keys[node], keys[node] = k, provider
		ev := challenge.Evidence{NVML: &snap}
		for g := range 8 {
			u := nvmlmock.UUID(g)
			id := uint64(i*8 + g + 1)
			ev.GPUs = append(ev.GPUs, u)
			ev.Leases = append(ev.Leases, challenge.LeaseEvidence{ID: strconv.FormatUint(id, 10), State: "running", GPUs: []string{u},
				Job: strconv.Itoa(100 + g)})
			leases = append(leases, judge.Lease{ID: id, Holder: common.Address{0xbb}, Provider: provider, Node: node, GPUs: 1,
				GPUUUIDs: []string{u}, StartHour: hour - 3, Hours: 8, RunningAt: judge.EpochStart(hour - 3)})
		}
		raw, err := json.Marshal(ev)
		if err != nil {
			b.Fatal(err)
		}
		sim.ev[node] = raw
	}
	// Three reporters challenge every node through the hour, stepping
	// every 10 seconds: each answer is in at once.
	clk := clock.NewFake(judge.EpochStart(hour))
	var reps []*reporter.Reporter
	var raddrs []common.Address
	for i := range 3 {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprint("bench reporter ", i))))
		if err != nil {
			b.Fatal(err)
		}
		r, err := reporter.New(reporter.Config{Key: k, Relay: &simRelay{nodes: sim}, Nodes: func() []common.Address { return addrs },
			PerHour: challenges, Clock: clk, Seed: uint64(i + 1)})
		if err != nil {
			b.Fatal(err)
		}
		reps, raddrs = append(reps, r), append(raddrs, r.Address())
	}
	ctx := context.Background()
	for clk.Now().Before(judge.EpochStart(hour + 1)) {
		for _, r := range reps {
			r.Step(ctx)
		}
		clk.Advance(10 * time.Second)
	}
	if n := len(reps[0].Observations(addrs[0], hour)); n != challenges {
		b.Fatalf("%d observations of node 0", n)
	}
	// The previous epoch's report: every lease-hour so far delivered.
	var prev []merkle.Leaf
	for _, l := range leases {
		prev = append(prev, merkle.Leaf{LeaseID: l.ID, Delivered: 3})
	}
	dom := judge.Domain{ChainID: big.NewInt(1337), VerifyingContract: common.HexToAddress("0x0a")}
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		q := &reporter.Quorum{Q: judge.Quorum{Reporters: raddrs, K: 2}, Params: judge.Params{Domain: dom}, Domain: dom, Reporters: reps}
		if err := q.Restore(&reporter.QuorumState{Epoch: hour - 1, Leaves: prev}); err != nil {
			b.Fatal(err)
		}
		ls := append([]judge.Lease(nil), leases...)
		b.StartTimer()
		e, err := q.Run(ctx, hour, ls, keys)
		if err != nil {
			b.Fatal(err)
		}
		if len(e.Results) != 8*nodes || len(e.Signatures) != 3 {
			b.Fatalf("%d results, %d signatures", len(e.Results), len(e.Signatures))
		}
		for _, r := range e.Results {
			if r.Outcome != judge.Delivered {
				b.Fatalf("lease-hour judged %+v", r)
			}
		}
	}
	per := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	b.ReportMetric(per/3/1e6, "ms/reporter")
	b.ReportMetric(per/3/nodes/1e3, "µs/node")
	b.ReportMetric(float64(len(sim.ev[addrs[0]])), "evidence-B")
}
