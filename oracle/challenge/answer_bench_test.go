package challenge_test

import (
	"context"
	"encoding/json"
	"strconv"
	"testing"
	"time"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/oracle/challenge"
	"github.com/hourglass-exchange/hourglass/oracle/nvmlwatch"
	"github.com/hourglass-exchange/hourglass/oracle/nvmlwatch/nvmlmock"
)

// benchEvidence is a node's evidence as its agent answers: go-nvml's mock
// DGX H100 (8 GPUs, two processes each) as the watcher samples it, and 8
// running one-GPU leases.
func benchEvidence(b *testing.B) challenge.Evidence {
	b.Helper()
	n := nvmlmock.New()
	var uuids []string
	for i := range n.Devices {
		uuids = append(uuids, nvmlmock.UUID(i))
		n.Fault(i, func(g *nvmlmock.GPU) {
			g.Processes = []nvml.ProcessInfo{{Pid: 100, UsedGpuMemory: 1 << 34}, {Pid: 101, UsedGpuMemory: 1 << 30}}
		})
	}
	w, err := nvmlwatch.New(nvmlwatch.Config{NVML: n, GPUs: uuids, WaitTimeout: 10 * time.Millisecond})
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	defer func() { cancel(); <-done }()
	for deadline := time.Now().Add(10 * time.Second); w.Snapshot().GPUs[7].SampledAt.IsZero(); time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			b.Fatal("the watcher took no sample")
		}
	}
	ev := challenge.Evidence{GPUs: uuids}
	for g, u := range uuids {
		ev.Leases = append(ev.Leases, challenge.LeaseEvidence{ID: strconv.Itoa(g + 1), State: "running", GPUs: []string{u},
			Job: strconv.Itoa(100 + g)})
	}
	s := w.Snapshot()
	ev.NVML = &s
	return ev
}

// BenchmarkAgentAnswer is the agent's work for one challenge once its
// watcher has sampled: the evidence to JSON (8 GPUs' NVML snapshot, 8
// leases), the answer signed by the node key, the answer to JSON as it is
// posted (POST /v1/agent/answers). answer-B is the body's size.
func BenchmarkAgentAnswer(b *testing.B) {
	ev := benchEvidence(b)
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("bench node")))
	if err != nil {
		b.Fatal(err)
	}
	c := challenge.Challenge{Reporter: common.Address{0x01}, Node: crypto.PubkeyToAddress(key.PublicKey),
		Nonce: common.Hash{0x02}, IssuedAt: time.Now().UnixMilli()}
	var size int
	b.ReportAllocs()
	for b.Loop() {
		raw, err := json.Marshal(ev)
		if err != nil {
			b.Fatal(err)
		}
		a := challenge.Answer{Challenge: c, AnsweredAt: time.Now().UnixMilli(), Evidence: raw}
		if err := a.Sign(key); err != nil {
			b.Fatal(err)
		}
		body, err := json.Marshal(a)
		if err != nil {
			b.Fatal(err)
		}
		size = len(body)
	}
	b.ReportMetric(float64(size), "answer-B")
}

// BenchmarkAnswerVerify is the relay's and the reporter's check of one
// such answer: its JSON read and its node signature recovered (Verify).
func BenchmarkAnswerVerify(b *testing.B) {
	ev := benchEvidence(b)
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("bench node")))
	if err != nil {
		b.Fatal(err)
	}
	raw, _ := json.Marshal(ev)
	a := challenge.Answer{Challenge: challenge.Challenge{Reporter: common.Address{0x01}, Node: crypto.PubkeyToAddress(key.PublicKey),
		Nonce: common.Hash{0x02}, IssuedAt: time.Now().UnixMilli()}, AnsweredAt: time.Now().UnixMilli(), Evidence: raw}
	if err := a.Sign(key); err != nil {
		b.Fatal(err)
	}
	body, _ := json.Marshal(a)
	b.ReportAllocs()
	for b.Loop() {
		var got challenge.Answer
		if err := json.Unmarshal(body, &got); err != nil {
			b.Fatal(err)
		}
		if err := got.Verify(); err != nil {
			b.Fatal(err)
		}
	}
}
