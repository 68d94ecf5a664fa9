package reporter

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/dgxh100"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/oracle/attest"
	"github.com/hourglass-exchange/hourglass/oracle/attest/attesttest"
	"github.com/hourglass-exchange/hourglass/oracle/challenge"
	"github.com/hourglass-exchange/hourglass/oracle/judge"
	"github.com/hourglass-exchange/hourglass/oracle/nvmlwatch"
)

// ccEvidence is a node's evidence: GPUs uuids, attested by atts.
func ccEvidence(t *testing.T, uuids []string, atts ...challenge.GPUAttestation) json.RawMessage {
	t.Helper()
	b, err := json.Marshal(challenge.Evidence{GPUs: uuids, Leases: []challenge.LeaseEvidence{},
		CC: &challenge.CCEvidence{GPUs: atts}})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func chal(nonce [32]byte) challenge.Challenge {
	return challenge.Challenge{Reporter: common.HexToAddress("0x7e"), Node: common.HexToAddress("0x40de"), Nonce: nonce,
		IssuedAt: attesttest.At.UnixMilli()}
}

// TestVerifyCCRealSamples: a real H100's report passes only for the
// challenge whose nonce it was made over, under NVIDIA's pinned root; a
// fresh nonce, a flipped byte, a foreign root, a GPU left out, no
// attestation at all and the node's own error each fail; the verifier's
// own failure (no root, OCSP unreachable) gives no verdict, unless the
// node fails as well.
func TestVerifyCCRealSamples(t *testing.T) {
	ctx := context.Background()
	nvidia := &attest.Verifier{Root: attest.NVIDIARoot()}
	for _, s := range attesttest.Samples(t) {
		ev := ccEvidence(t, []string{"GPU-0"}, challenge.GPUAttestation{UUID: "GPU-0", Evidence: s.Evidence})
		if res := VerifyCC(ctx, nvidia, chal(s.Nonce), ev); res.Verdict != judge.CCPass || res.Code != attest.OK {
			t.Fatalf("%s over its own nonce: %+v", s.Name, res)
		}
		fresh, _ := challenge.NewNonce()
		if res := VerifyCC(ctx, nvidia, chal(fresh), ev); res.Verdict != judge.CCFail || res.Code != attest.CodeBadNonce {
			t.Fatalf("%s over a fresh nonce: %+v", s.Name, res)
		}
	}
	s := attesttest.Samples(t)[0]
	att := func(e attest.Evidence) challenge.GPUAttestation {
		return challenge.GPUAttestation{UUID: "GPU-0", Evidence: e}
	}
	flipped := s.Evidence
	flipped.Report = bytes.Clone(s.Evidence.Report)
	flipped.Report[200] ^= 0x01 // a measurement byte
	ca := attesttest.NewCA(t, s.Evidence.Report)
	foreign := &attest.Verifier{Root: ca.Root}
	noOCSP := &attest.Verifier{Root: attest.NVIDIARoot(), Revocation: &attest.OCSPChecker{Client: downOCSP{}}}
	for name, c := range map[string]struct {
		v    *attest.Verifier
		ev   json.RawMessage
		want judge.CCVerdict
		code attest.Code
	}{
		"flipped byte":   {nvidia, ccEvidence(t, []string{"GPU-0"}, att(flipped)), judge.CCFail, attest.CodeBadSignature},
		"foreign root":   {foreign, ccEvidence(t, []string{"GPU-0"}, att(s.Evidence)), judge.CCFail, attest.CodeBadChain},
		"a GPU left out": {nvidia, ccEvidence(t, []string{"GPU-0", "GPU-1"}, att(s.Evidence)), judge.CCFail, CCMissing},
		"no attestation": {nvidia, json.RawMessage(`{"gpus":["GPU-0"],"leases":[]}`), judge.CCFail, CCMissing},
		"no GPU":         {nvidia, ccEvidence(t, []string{}), judge.CCFail, CCMissing},
		"garbage":        {nvidia, json.RawMessage(`[1,2]`), judge.CCFail, attest.CodeMalformed},
		"node error": {nvidia, ccEvidence(t, []string{"GPU-0"}, challenge.GPUAttestation{UUID: "GPU-0", Error: "GPU lost"}),
			judge.CCFail, CCNodeError},
		"cc off":    {nvidia, json.RawMessage(`{"gpus":["GPU-0"],"cc":{"error":"CC is off"}}`), judge.CCFail, CCNodeError},
		"no root":   {&attest.Verifier{}, ccEvidence(t, []string{"GPU-0"}, att(s.Evidence)), judge.CCNone, attest.CodeVerifierError},
		"OCSP down": {noOCSP, ccEvidence(t, []string{"GPU-0"}, att(s.Evidence)), judge.CCNone, attest.CodeRevocationFailed},
		"OCSP down, a GPU flipped": {noOCSP, ccEvidence(t, []string{"GPU-0", "GPU-1"}, att(s.Evidence),
			challenge.GPUAttestation{UUID: "GPU-1", Evidence: flipped}), judge.CCFail, attest.CodeBadSignature},
	} {
		if res := VerifyCC(ctx, c.v, chal(s.Nonce), c.ev); res.Verdict != c.want || res.Code != c.code {
			t.Errorf("%s: %+v, want verdict %d code %s", name, res, c.want, c.code)
		}
	}
	// The GPUs named by the node's leases and its NVML snapshot must be
	// attested too.
	for name, ev := range map[string]challenge.Evidence{
		"a leased GPU": {GPUs: []string{"GPU-0"}, Leases: []challenge.LeaseEvidence{{ID: "1", State: "running", GPUs: []string{"GPU-9"}}}},
		"a watched GPU": {GPUs: []string{"GPU-0"}, NVML: &nvmlwatch.Snapshot{GPUs: []nvmlwatch.GPUSnapshot{{UUID: "GPU-0"},
			{UUID: "GPU-9"}}}},
	} {
		ev.CC = &challenge.CCEvidence{GPUs: []challenge.GPUAttestation{att(s.Evidence)}}
		b, _ := json.Marshal(ev)
		if res := VerifyCC(ctx, nvidia, chal(s.Nonce), b); res.Verdict != judge.CCFail || res.Code != CCMissing ||
			!strings.Contains(res.Detail, "GPU-9") {
			t.Errorf("%s unattested: %+v", name, res)
		}
	}
}

type downOCSP struct{}

func (downOCSP) Query(context.Context, string, []byte) ([]byte, error) {
	return nil, errors.New("connection refused")
}

// TestVerifyCCCollected: evidence as the agent collects it through
// go-nvml's DGX H100 mock whose conf-compute calls answer with a real
// sample passes for the sample's nonce; eight synthetic devices under a
// test root pass over any nonce, and fail when one GPU presents another's
// device certificate.
func TestVerifyCCCollected(t *testing.T) {
	ctx := context.Background()
	s := attesttest.Samples(t)[0]
	srv := dgxh100.New()
	attesttest.Wire(srv, func(int) attesttest.Source { return attesttest.Replay(s) })
	ev, err := attest.Collect(srv, 2, s.Nonce)
	if err != nil {
		t.Fatal(err)
	}
	raw := ccEvidence(t, []string{"GPU-2"}, challenge.GPUAttestation{UUID: "GPU-2", Evidence: ev})
	if res := VerifyCC(ctx, &attest.Verifier{Root: attest.NVIDIARoot()}, chal(s.Nonce), raw); res.Verdict != judge.CCPass {
		t.Fatalf("collected sample: %+v", res)
	}

	ca := attesttest.NewCA(t, s.Evidence.Report)
	devs := make([]*attesttest.Device, 8)
	for i := range devs {
		devs[i] = ca.NewDevice(t)
	}
	srv = dgxh100.New()
	attesttest.Wire(srv, func(i int) attesttest.Source { return devs[i] })
	nonce, _ := challenge.NewNonce()
	collect := func() json.RawMessage {
		var uuids []string
		var atts []challenge.GPUAttestation
		for i := range devs {
			e, err := attest.Collect(srv, i, nonce)
			if err != nil {
				t.Fatal(err)
			}
			u := "GPU-" + string(rune('0'+i))
			uuids, atts = append(uuids, u), append(atts, challenge.GPUAttestation{UUID: u, Evidence: e})
		}
		return ccEvidence(t, uuids, atts...)
	}
	v := &attest.Verifier{Root: ca.Root}
	if res := VerifyCC(ctx, v, chal(nonce), collect()); res.Verdict != judge.CCPass {
		t.Fatalf("eight test devices: %+v", res)
	}
	attesttest.Wire(srv, func(i int) attesttest.Source { return devs[i/2] }) // one device per two GPUs
	if res := VerifyCC(ctx, v, chal(nonce), collect()); res.Verdict != judge.CCFail || res.Code != CCDuplicateDevice {
		t.Fatalf("a device counted twice: %+v", res)
	}
}

// TestReporterCCVerdicts: the reporter verifies each answer's attestation
// against its own challenge as it collects it, and the observation
// carries the verdict: a node attesting with its devices over the
// challenge's nonce passes; one replaying a real report, or forging the
// nonce into it, fails; the verifier failing on its own gives no verdict
// and is said once, and once when it verifies again.
func TestReporterCCVerdicts(t *testing.T) {
	hour := uint64(499_000)
	clk := clock.NewFake(judge.EpochStart(hour))
	repKey, _ := crypto.GenerateKey()
	nodeKey, _ := crypto.GenerateKey()
	node := crypto.PubkeyToAddress(nodeKey.PublicKey)
	s := attesttest.Samples(t)[0]
	ca := attesttest.NewCA(t, s.Evidence.Report)
	dev := ca.NewDevice(t)
	relay := &fakeRelay{}
	var logs bytes.Buffer
	v := &attest.Verifier{Root: ca.Root}
	r, err := New(Config{Key: repKey, Relay: relay, Nodes: func() []common.Address { return []common.Address{node} }, PerHour: 5,
		Seed: 3, Clock: clk, Attest: v, Log: slog.New(slog.NewTextHandler(&logs, nil))})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	sources := []attesttest.Source{dev, attesttest.Replay(s), attesttest.Forge(s), dev, dev}
	want := []judge.CCVerdict{judge.CCPass, judge.CCFail, judge.CCFail, judge.CCNone, judge.CCPass}
	healthy := nvmlwatch.Snapshot{GPUs: []nvmlwatch.GPUSnapshot{{UUID: "GPU-0",
		Signals: nvmlwatch.Signals{Polls: 1, EventMask: nvml.EventTypeAll}}}}
	if h := nvmlwatch.Judge(healthy.GPUs[0].Signals); !h.Healthy || h.Degraded {
		t.Fatalf("the test's snapshot: %+v", h)
	}
	seq := uint64(0)
	r.Step(ctx) // plans the hour
	for i := range sources {
		for {
			next := r.NextDue()
			if next.IsZero() {
				t.Fatal("fewer challenges than planned")
			}
			clk.Set(next)
			r.Step(ctx)
			relay.mu.Lock()
			n := len(relay.posted)
			relay.mu.Unlock()
			if n > i {
				break
			}
		}
		relay.mu.Lock()
		c := relay.posted[i]
		relay.mu.Unlock()
		rep, _ := sources[i].Report(c.Nonce)
		ev, _ := json.Marshal(challenge.Evidence{GPUs: []string{"GPU-0"}, NVML: &healthy,
			CC: &challenge.CCEvidence{GPUs: []challenge.GPUAttestation{{UUID: "GPU-0",
				Evidence: attest.Evidence{Report: rep, CertChain: sources[i].Chain()}}}}})
		a := challenge.Answer{Challenge: c, AnsweredAt: c.IssuedAt + 100, Evidence: ev}
		if err := a.Sign(nodeKey); err != nil {
			t.Fatal(err)
		}
		seq++
		relay.mu.Lock()
		relay.answers = append(relay.answers, Collected{Seq: seq, Answer: a})
		relay.mu.Unlock()
		if i == 3 {
			v.Root = nil // the verifier breaks on its own
		}
		clk.Advance(time.Second)
		r.Step(ctx)
		v.Root = ca.Root
		res, ok := r.CC(c.Nonce)
		if !ok || res.Verdict != want[i] {
			t.Fatalf("answer %d: %+v %v, want verdict %d", i, res, ok, want[i])
		}
	}
	obs := r.Observations(node, hour)
	if len(obs) != len(want) {
		t.Fatalf("%d observations", len(obs))
	}
	for i, o := range obs {
		if o.Answer == nil || o.CC != want[i] {
			t.Errorf("observation %d: CC %d, want %d", i, o.CC, want[i])
		}
	}
	// The hour of a node that claims CC: an attestation failed.
	l := judge.Lease{ID: 1, Provider: common.HexToAddress("0xb0b"), Node: node, GPUs: 1, GPUUUIDs: []string{"GPU-0"},
		StartHour: hour, Hours: 1, ClaimsCC: true, RunningAt: judge.EpochStart(hour)}
	judge.Check(obs, judge.DefaultAnswerDeadline, l.Provider, judge.Keys{node: l.Provider}, judge.Seen{})
	vd, err := judge.JudgeHour(judge.Params{}, judge.HourInput{Reporter: r.Address(), Lease: l, Hour: hour, Observations: obs})
	if err != nil {
		t.Fatal(err)
	}
	if vd.Outcome != judge.Undelivered || vd.Reason != judge.AttestationFailed {
		t.Fatalf("the CC node's hour: %+v", vd)
	}
	// Only the passing answers: delivered; only the one without a
	// verdict: the reporter abstains.
	for _, c := range []struct {
		obs  []judge.Observation
		want judge.Outcome
	}{{[]judge.Observation{obs[0], obs[4]}, judge.Delivered}, {[]judge.Observation{obs[3]}, judge.Abstain}} {
		vd, err := judge.JudgeHour(judge.Params{}, judge.HourInput{Reporter: r.Address(), Lease: l, Hour: hour, Observations: c.obs})
		if err != nil || vd.Outcome != c.want {
			t.Fatalf("%+v %v, want %s", vd, err, c.want)
		}
	}
	out := logs.String()
	if strings.Count(out, "CC verifier fails on its own") != 1 || strings.Count(out, "CC verifier works again") != 1 {
		t.Fatalf("logs:\n%s", out)
	}
}
