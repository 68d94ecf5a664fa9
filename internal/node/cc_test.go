package node_test

import (
	"context"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/server"

	"github.com/hourglass-exchange/hourglass/internal/node"
	"github.com/hourglass-exchange/hourglass/oracle/attest"
	"github.com/hourglass-exchange/hourglass/oracle/attest/attesttest"
	"github.com/hourglass-exchange/hourglass/oracle/judge"
)

// switchGPU is a mock GPU's attestation source the test can swap while
// the agent uses it.
type switchGPU struct {
	mu  sync.Mutex
	src attesttest.Source
}

func (s *switchGPU) set(src attesttest.Source) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.src = src
}

func (s *switchGPU) get() attesttest.Source {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.src
}

func (s *switchGPU) Chain() []byte { return s.get().Chain() }

func (s *switchGPU) Report(n [attest.NonceSize]byte) ([]byte, nvml.Return) { return s.get().Report(n) }

// ccHour is one hour of a CC lease test: what the node's GPUs attest
// with, and what the reporters and the quorum must make of it.
type ccHour struct {
	gpus    func(i int) attesttest.Source
	verdict judge.CCVerdict // every answer's
	code    attest.Code     // the reporters' code for the answers
	outcome judge.Outcome
}

// TestCCNodeBadReport: a node that claims CC (its signed lease reports
// say so; the redeemer records the claim) presents a bad report: a real
// H100's (the nvtrust sample) with each challenge's nonce written into it,
// through its mock NVML's conf-compute calls. The operator's three
// reporters, with their default verifier (NVIDIA's pinned root), fail
// every answer on its signature; the quorum judges the lease-hour
// undelivered attestation_failed, posts the report, and the lease
// settles: the holder is paid the settlement price for the GPU-hour out of
// the provider's collateral, which drops by exactly that.
func TestCCNodeBadReport(t *testing.T) {
	sample := attesttest.Samples(t)[0]
	runCCLease(t, nil, []ccHour{{gpus: func(int) attesttest.Source { return attesttest.Forge(sample) },
		verdict: judge.CCFail, code: attest.CodeBadSignature, outcome: judge.Undelivered}})
}

// TestCCNodeAttests: a node that claims CC attests with GPUs that are
// synthetic devices (the real H100 report layout, signed over each
// challenge's nonce) under a test root the reporters pin: the hour is
// delivered. In the next hour it presents bad reports, a measurement
// changed after the GPU signed (a hidden firmware change): undelivered
// attestation_failed, and the holder is paid for that GPU-hour alone.
func TestCCNodeAttests(t *testing.T) {
	sample := attesttest.Samples(t)[0]
	ca := attesttest.NewCA(t, sample.Evidence.Report)
	devs := make([]*attesttest.Device, 8)
	for i := range devs {
		devs[i] = ca.NewDevice(t)
	}
	runCCLease(t, &attest.Verifier{Root: ca.Root}, []ccHour{
		{gpus: func(i int) attesttest.Source { return devs[i] }, verdict: judge.CCPass, code: attest.OK, outcome: judge.Delivered},
		{gpus: func(i int) attesttest.Source { return attesttest.Tamper{Src: devs[i], At: 200} }, verdict: judge.CCFail,
			code: attest.CodeBadSignature, outcome: judge.Undelivered},
	})
}

// runCCLease runs a one-GPU lease of len(hours) hours on the demo node,
// which claims CC, with the operator's in-process reporters verifying
// with v (nil: their default), the node's GPUs attesting each hour as it
// says; then checks the reporters' verdicts, the quorum's results, the
// settlement on-chain (exactly one undelivered GPU-hour paid to the
// holder) and the gateway's view.
func runCCLease(t *testing.T, v *attest.Verifier, hours []ccHour) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	gpus := make([]*switchGPU, 8)
	for i := range gpus {
		gpus[i] = &switchGPU{src: hours[0].gpus(i)}
	}
	r := startOracleLease(t, ctx, node.Config{AttestVerifier: v,
		DemoCC: func(s *server.Server) { attesttest.Wire(s, func(i int) attesttest.Source { return gpus[i] }) }},
		oracleLease{Hours: uint16(len(hours)), Cmd: `exec sleep 7200`})
	h1 := judge.EpochOf(r.start)
	for i, hr := range hours {
		h := h1 + uint64(i)
		if i > 0 {
			for j, g := range gpus {
				g.set(hr.gpus(j))
			}
			r.at(judge.EpochStart(h))
			r.planned(h)
		}
		r.driveHour(h, nil)
		n := 0
		for _, rep := range r.in.Reporters {
			for _, o := range rep.Observations(r.in.DemoNode, h) {
				res, ok := rep.CC(o.Challenge.Nonce)
				if o.Answer == nil || !ok || o.CC != hr.verdict || res.Code != hr.code {
					t.Fatalf("hour %d: reporter %s: answered %v, verdict %d %+v; want %d %s", i+1, rep.Address(), o.Answer != nil,
						o.CC, res, hr.verdict, hr.code)
				}
				n++
			}
		}
		if n < len(r.in.Reporters) {
			t.Fatalf("hour %d: %d answers", i+1, n)
		}
	}

	// The quorum judges each hour two minutes after it ends and posts the
	// report; a minute later (the challenge window) it is final and the
	// lease settles.
	before, paidBefore := r.account(), r.cash()
	st := r.settle(h1+uint64(len(hours))-1, uint64(len(hours)-1), 1)
	rs := r.in.Tally.Results(1)
	if len(rs) != len(hours) {
		t.Fatalf("the quorum's results %+v", rs)
	}
	for i, hr := range hours {
		if rs[i].Outcome != hr.outcome || hr.outcome == judge.Undelivered && rs[i].Reason != judge.AttestationFailed {
			t.Fatalf("hour %d: the quorum's result %+v, want %s", i+1, rs[i], hr.outcome)
		}
	}
	after, paid := r.account(), new(big.Int).Sub(r.cash(), paidBefore)
	price := r.settlementPrice()
	want := new(big.Int).Set(price)
	if st.Collateral.Cmp(want) < 0 {
		want.Set(st.Collateral)
	}
	if paid.Sign() <= 0 || paid.Cmp(want) != 0 {
		t.Fatalf("the holder was paid %s; the settlement price is %s per GPU-hour, the lease's collateral %s", paid, price, st.Collateral)
	}
	if drop := new(big.Int).Sub(before.Deposited, after.Deposited); drop.Cmp(paid) != 0 {
		t.Fatalf("the provider's collateral dropped by %s, the holder was paid %s", drop, paid)
	}
	d := r.lease(r.leaseID).Delivery
	if d == nil || d.DeliveredGPUHours != st.Delivered || d.UndeliveredGPUHours != 1 || len(d.Reasons) != 1 ||
		d.Reasons[0] != "attestation_failed" {
		t.Fatalf("the gateway's delivery %+v", d)
	}
	t.Logf("lease %s on a node claiming CC: %d GPU-hours delivered, 1 undelivered (attestation_failed); the holder was paid %s, the provider's deposit %s → %s",
		r.leaseID, st.Delivered, paid, before.Deposited, after.Deposited)
}
