package challenge_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/oracle/challenge"
	"github.com/hourglass-exchange/hourglass/oracle/nvmlwatch/nvmlwatchtest"
)

// BenchmarkAgentAnswer is the agent's work for one challenge once its
// watcher has sampled: the evidence to JSON (8 GPUs' NVML snapshot, 8
// leases), the answer signed by the node key, the answer to JSON as it is
// posted (POST /v1/agent/answers). answer-B is the body's size.
func BenchmarkAgentAnswer(b *testing.B) {
	ev := nvmlwatchtest.BusyEvidence(b)
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
	ev := nvmlwatchtest.BusyEvidence(b)
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
