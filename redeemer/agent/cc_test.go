package agent_test

import (
	"context"
	"encoding/json"
	"log/slog"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/server"
	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
	"github.com/hourglass-exchange/hourglass/oracle/attest"
	"github.com/hourglass-exchange/hourglass/oracle/attest/attesttest"
	"github.com/hourglass-exchange/hourglass/oracle/challenge"
	"github.com/hourglass-exchange/hourglass/oracle/judge"
	"github.com/hourglass-exchange/hourglass/oracle/reporter"
	"github.com/hourglass-exchange/hourglass/redeemer/agent"
	"github.com/hourglass-exchange/hourglass/redeemer/lease"
)

// TestClaimsCC: an agent that claims CC says so in its signed lease
// reports, and answers a challenge with each GPU's attestation over the
// challenge's nonce, collected through NVML's conf-compute calls (go-nvml's
// DGX H100 mock, its GPUs synthetic devices under a test root): a reporter
// pinning that root passes it, one pinning NVIDIA's fails it. An agent
// that does not claim CC carries no attestation and no claim.
func TestClaimsCC(t *testing.T) {
	ca := attesttest.NewCA(t, attesttest.Samples(t)[0].Evidence.Report)
	node := mockNode()
	attesttest.Wire(node, func(int) attesttest.Source { return ca.NewDevice(t) })
	clk := clock.NewFake(t0)
	h := newHarness(t, t.TempDir(), clk, options{node: node, cc: true})
	killJobsAtEnd(t, h.exec, func() *agent.Agent { return h.a })

	c := challengeFor(t, h.a.Address())
	ev := evidence(t, h, c)
	if ev.CC == nil || ev.CC.Error != "" || len(ev.CC.GPUs) != 8 {
		t.Fatalf("attestation %+v", ev.CC)
	}
	for i, g := range ev.CC.GPUs {
		if g.UUID != uuid(i) || g.Error != "" || len(g.Report) == 0 || len(g.CertChain) == 0 {
			t.Fatalf("GPU %d: %+v", i, g)
		}
	}
	raw, _ := json.Marshal(ev)
	if res := reporter.VerifyCC(context.Background(), &attest.Verifier{Root: ca.Root}, c, raw); res.Verdict != judge.CCPass {
		t.Fatalf("under the test root: %+v", res)
	}
	if res := reporter.VerifyCC(context.Background(), &attest.Verifier{Root: attest.NVIDIARoot()}, c, raw); res.Verdict != judge.CCFail ||
		res.Code != attest.CodeBadChain {
		t.Fatalf("under NVIDIA's root: %+v", res)
	}

	// The claim rides on the signed reports.
	if _, err := h.a.Assign(terms("1", 1, ten, 1), sh("exec sleep 600")); err != nil {
		t.Fatal(err)
	}
	clk.Set(ten.Add(-5 * time.Minute))
	h.waitState("1", lease.Provisioning)
	rep := h.waitReports("1", 1)[0]
	if !rep.CC || rep.Verify() != nil {
		t.Fatalf("report %+v (verify %v)", rep, rep.Verify())
	}
	unclaimed := rep
	unclaimed.CC = false
	if unclaimed.Verify() == nil {
		t.Fatal("the claim is not signed")
	}

	// Without the claim: no attestation, no claim.
	plain := newHarness(t, t.TempDir(), clock.NewFake(t0), options{node: mockNode()})
	if ev := evidence(t, plain, challengeFor(t, plain.a.Address())); ev.CC != nil {
		t.Fatalf("attestation from a node that claims none: %+v", ev.CC)
	}
}

// TestClaimsCCCannotAttest: a node that claims CC with CC off, or whose
// NVML fails or answers another nonce, answers with the error in its
// evidence, said once in its log; the reporter judges it failed.
func TestClaimsCCCannotAttest(t *testing.T) {
	s := attesttest.Samples(t)[0]
	for name, c := range map[string]struct {
		wire func(*server.Server)
		code attest.Code
		err  string
	}{
		"cc off": {func(n *server.Server) { attesttest.WireCCOff(n) }, reporter.CCNodeError, "not enabled"},
		"nvml fails": {func(n *server.Server) {
			attesttest.Wire(n, func(int) attesttest.Source { return attesttest.Failing{Ret: nvml.ERROR_GPU_IS_LOST} })
		}, reporter.CCNodeError, "GetConfComputeGpuCertificate"},
		"replayed report": {func(n *server.Server) {
			attesttest.Wire(n, func(int) attesttest.Source { return attesttest.Replay(s) })
		}, reporter.CCNodeError, "answered nonce"},
	} {
		t.Run(name, func(t *testing.T) {
			node := mockNode()
			c.wire(node)
			var buf testsvc.SyncBuffer
			h := newHarness(t, t.TempDir(), clock.NewFake(t0), options{node: node, cc: true, log: slog.New(slog.NewTextHandler(&buf, nil))})
			var raw json.RawMessage
			for i := 0; i < 2; i++ {
				ch := challengeFor(t, h.a.Address())
				var err error
				if raw, err = h.a.Evidence(context.Background(), ch); err != nil {
					t.Fatal(err)
				}
				res := reporter.VerifyCC(context.Background(), attest.DefaultVerifier(), ch, raw)
				if res.Verdict != judge.CCFail || res.Code != c.code || !strings.Contains(res.Detail, c.err) {
					t.Fatalf("verdict %+v", res)
				}
			}
			if n := strings.Count(buf.String(), "cannot attest"); n != 1 {
				t.Fatalf("said %d times:\n%s", n, buf.String())
			}
		})
	}
}

func challengeFor(t *testing.T, node common.Address) challenge.Challenge {
	n, err := challenge.NewNonce()
	if err != nil {
		t.Fatal(err)
	}
	return challenge.Challenge{Reporter: common.HexToAddress("0x7e"), Node: node, Nonce: n, IssuedAt: attesttest.At.UnixMilli()}
}

func evidence(t *testing.T, h *harness, c challenge.Challenge) challenge.Evidence {
	t.Helper()
	raw, err := h.a.Evidence(context.Background(), c)
	if err != nil {
		t.Fatal(err)
	}
	var ev challenge.Evidence
	if err := json.Unmarshal(raw, &ev); err != nil {
		t.Fatal(err)
	}
	return ev
}

// flaky is a GPU that fails while down is set, else attests as dev.
type flaky struct {
	dev  *attesttest.Device
	down *atomic.Bool
}

func (f flaky) Chain() []byte {
	if f.down.Load() {
		return nil
	}
	return f.dev.Chain()
}

func (f flaky) Report(n [attest.NonceSize]byte) ([]byte, nvml.Return) {
	if f.down.Load() {
		return nil, nvml.ERROR_GPU_IS_LOST
	}
	return f.dev.Report(n)
}

// TestClaimsCCRecovers: GPUs that cannot attest are said once, and once
// when every GPU attests again; the answers then pass.
func TestClaimsCCRecovers(t *testing.T) {
	ca := attesttest.NewCA(t, attesttest.Samples(t)[0].Evidence.Report)
	var down atomic.Bool
	down.Store(true)
	node := mockNode()
	attesttest.Wire(node, func(int) attesttest.Source { return flaky{dev: ca.NewDevice(t), down: &down} })
	var buf testsvc.SyncBuffer
	h := newHarness(t, t.TempDir(), clock.NewFake(t0), options{node: node, cc: true, log: slog.New(slog.NewTextHandler(&buf, nil))})
	v := &attest.Verifier{Root: ca.Root}
	for i, want := range []judge.CCVerdict{judge.CCFail, judge.CCFail, judge.CCPass, judge.CCPass, judge.CCFail} {
		down.Store(want == judge.CCFail)
		c := challengeFor(t, h.a.Address())
		raw, err := h.a.Evidence(context.Background(), c)
		if err != nil {
			t.Fatal(err)
		}
		if res := reporter.VerifyCC(context.Background(), v, c, raw); res.Verdict != want {
			t.Fatalf("answer %d: %+v, want %d", i, res, want)
		}
	}
	out := buf.String()
	if strings.Count(out, "cannot attest") != 2 || strings.Count(out, "every GPU attests again") != 1 {
		t.Fatalf("logs:\n%s", out)
	}
}
