package judge

import (
	"crypto/ecdsa"
	"fmt"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// benchNode is one simulated node: 8 GPUs, 8 one-GPU leases, and one
// reporter's signed challenges and answers for an hour.
type benchNode struct {
	leases []Lease
	obs    []Observation
	keys   Keys
}

const benchHour = 500000

func newBenchNode(b *testing.B, id int, reporter common.Address, challenges int) benchNode {
	provider := common.Address{0xaa, byte(id >> 8), byte(id)}
	nk, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprint("bench node ", id))))
	if err != nil {
		b.Fatal(err)
	}
	node := crypto.PubkeyToAddress(nk.PublicKey)
	n := benchNode{keys: Keys{node: provider}}
	snap := Snapshot{}
	for g := range 8 {
		uuid := fmt.Sprintf("GPU-%d-%d", id, g)
		snap.GPUs = append(snap.GPUs, GPUHealth{UUID: uuid, Health: Healthy})
		lid := uint64(id*8 + g + 1)
		snap.Jobs = append(snap.Jobs, JobSeen{Lease: lid, OnGPUs: true})
		n.leases = append(n.leases, Lease{ID: lid, Holder: common.Address{0xbb}, Provider: provider, Node: node, GPUs: 1,
			GPUUUIDs: []string{uuid}, StartHour: benchHour - 3, Hours: 8, RunningAt: EpochStart(benchHour - 3)})
	}
	for c := range challenges {
		var nonce Nonce
		copy(nonce[:], crypto.Keccak256([]byte(fmt.Sprint(id, c))))
		ch := Challenge{Reporter: reporter, Node: node, Nonce: nonce,
			SentAt: EpochStart(benchHour).Add(time.Duration(c) * time.Hour / time.Duration(challenges))}
		n.obs = append(n.obs, Observation{Challenge: ch, Answer: signedAnswer(b, nk, ch, snap)})
	}
	return n
}

func signedAnswer(b *testing.B, k *ecdsa.PrivateKey, ch Challenge, s Snapshot) *Answer {
	d := snapshotDigest(ch.Nonce, s)
	sig, err := SignDigest(k, d)
	if err != nil {
		b.Fatal(err)
	}
	return &Answer{Nonce: ch.Nonce, ReceivedAt: ch.SentAt.Add(time.Second), Digest: d, Signature: sig, Snapshot: s}
}

// judgeNode is a reporter's hour of work on one node: check every answer
// (one signature recovery each), then judge each lease-hour.
func judgeNode(b *testing.B, p Params, reporter common.Address, n *benchNode, out []Verdict) []Verdict {
	Check(n.obs, DefaultAnswerDeadline, n.leases[0].Provider, n.keys, make(Seen, len(n.obs)))
	for i := range n.leases {
		v, err := JudgeHour(p, HourInput{Reporter: reporter, Lease: n.leases[i], Hour: benchHour, Observations: n.obs})
		if err != nil {
			b.Fatal(err)
		}
		if v.Outcome != Delivered {
			b.Fatalf("bench lease-hour judged %s", v)
		}
		out = append(out, v)
	}
	return out
}

// BenchmarkJudgeNodeHour is a reporter's CPU for one node's hour: its
// challenges' answers checked and its 8 lease-hours judged.
func BenchmarkJudgeNodeHour(b *testing.B) {
	p := Params{Domain: testDomain}
	reporter := common.Address{0x01}
	for _, challenges := range []int{4, 12} {
		b.Run(fmt.Sprintf("challenges=%d", challenges), func(b *testing.B) {
			n := newBenchNode(b, 1, reporter, challenges)
			out := make([]Verdict, 0, 8)
			b.ReportAllocs()
			for b.Loop() {
				out = judgeNode(b, p, reporter, &n, out[:0])
			}
		})
	}
}

// BenchmarkEpochReport is one reporter's CPU for an epoch of 1,000 nodes
// x 8 leases (8,000 lease-hours), 4 challenges per node: "judge" checks
// and judges every node; "report" combines three reporters' verdicts per
// lease-hour, builds the report on the previous epoch's 8,000 leaves and
// signs it.
func BenchmarkEpochReport(b *testing.B) {
	const nodes = 1000
	p := Params{Domain: testDomain}
	rs := []common.Address{{0x01}, {0x02}, {0x03}}
	q := Quorum{Reporters: rs, K: 2}
	ns := make([]benchNode, nodes)
	for i := range ns {
		ns[i] = newBenchNode(b, i, rs[0], 4)
	}
	var verdicts []Verdict
	for i := range ns {
		verdicts = judgeNode(b, p, rs[0], &ns[i], verdicts)
	}
	b.Run("judge", func(b *testing.B) {
		out := make([]Verdict, 0, 8*nodes)
		b.ReportAllocs()
		for b.Loop() {
			out = out[:0]
			for i := range ns {
				out = judgeNode(b, p, rs[0], &ns[i], out)
			}
		}
	})

	var prevResults []HourResult
	for i := range ns {
		for _, l := range ns[i].leases {
			prevResults = append(prevResults, HourResult{Lease: l.ID, Hour: benchHour - 1, GPUs: 1, Outcome: Delivered})
		}
	}
	prev, err := BuildReport(benchHour-1, nil, prevResults)
	if err != nil {
		b.Fatal(err)
	}
	sk, err := crypto.ToECDSA(crypto.Keccak256([]byte("bench reporter")))
	if err != nil {
		b.Fatal(err)
	}
	b.Run("report", func(b *testing.B) {
		results := make([]HourResult, 0, len(verdicts))
		three := make([]Verdict, 3)
		b.ReportAllocs()
		for b.Loop() {
			results = results[:0]
			for i, v := range verdicts {
				n := &ns[i/8]
				for r := range three {
					three[r] = v
					three[r].Reporter = rs[r]
				}
				res, err := Combine(q, &n.leases[i%8], benchHour, three)
				if err != nil {
					b.Fatal(err)
				}
				results = append(results, res)
			}
			rep, err := BuildReport(benchHour, prev, results)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := rep.Sign(sk, testDomain); err != nil {
				b.Fatal(err)
			}
		}
	})
}
