package reporter

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/hourglass-exchange/hourglass/oracle/attest"
	"github.com/hourglass-exchange/hourglass/oracle/challenge"
	"github.com/hourglass-exchange/hourglass/oracle/judge"
)

// CCResult is the reporter's verdict on the CC attestation of one answer,
// with the reason for people (logs, tests).
type CCResult struct {
	Verdict judge.CCVerdict
	// Code is the first failing check's code (attest.Code, or one of
	// CCMissing, CCNodeError, CCDuplicateDevice); attest.OK on a pass.
	Code   attest.Code
	Detail string
}

// Codes of a CC verdict beyond attest's own.
const (
	// CCMissing: the answer carries no attestation, or none for one of
	// the node's GPUs.
	CCMissing attest.Code = "attestation_missing"
	// CCNodeError: the node said it could not attest (NVML failed, or
	// CC is off).
	CCNodeError attest.Code = "attestation_error"
	// CCDuplicateDevice: two GPUs presented the same device leaf
	// certificate: one GPU's attestation counted twice.
	CCDuplicateDevice attest.Code = "duplicate_device"
)

// VerifyCC judges the CC attestation in an answer's evidence against the
// reporter's own challenge c: every GPU the node names (its GPUs, its
// leases' GPUs, its NVML snapshot's GPUs) must come with a report over
// c.Nonce that v verifies at the challenge's time (the same time for
// every reporter), each from a distinct device certificate.
//
// The verdict is judge.CCFail when the node's evidence fails (no
// attestation: from a node that claims CC that is a failed one; the judge
// ignores the verdict for a node that does not), judge.CCNone when only
// the verifier failed on its own (no pinned root, OCSP unavailable or
// stale: attest.CodeVerifierError, CodeRevocationFailed,
// CodeRevocationStale), judge.CCPass otherwise. A failure of the node
// outweighs the verifier's.
func VerifyCC(ctx context.Context, v *attest.Verifier, c challenge.Challenge, evidence json.RawMessage) CCResult {
	var ev challenge.Evidence
	if err := json.Unmarshal(evidence, &ev); err != nil {
		return CCResult{Verdict: judge.CCFail, Code: attest.CodeMalformed, Detail: fmt.Sprintf("evidence: %v", err)}
	}
	if ev.CC == nil {
		return CCResult{Verdict: judge.CCFail, Code: CCMissing, Detail: "the answer carries no attestation"}
	}
	if ev.CC.Error != "" {
		return CCResult{Verdict: judge.CCFail, Code: CCNodeError, Detail: "the node could not attest: " + ev.CC.Error}
	}
	var want []string
	seen := map[string]bool{}
	add := func(u string) {
		if u != "" && !seen[u] {
			seen[u] = true
			want = append(want, u)
		}
	}
	for _, u := range ev.GPUs {
		add(u)
	}
	for _, l := range ev.Leases {
		for _, u := range l.GPUs {
			add(u)
		}
	}
	if ev.NVML != nil {
		for _, g := range ev.NVML.GPUs {
			add(g.UUID)
		}
	}
	if len(want) == 0 {
		return CCResult{Verdict: judge.CCFail, Code: CCMissing, Detail: "the node names no GPU to attest"}
	}
	byUUID := map[string]challenge.GPUAttestation{}
	for _, g := range ev.CC.GPUs {
		if _, dup := byUUID[g.UUID]; !dup {
			byUUID[g.UUID] = g // the first stands
		}
	}
	at := time.UnixMilli(c.IssuedAt)
	var none *CCResult
	var leaves [][]byte
	for _, u := range want {
		g, ok := byUUID[u]
		switch {
		case !ok:
			return CCResult{Verdict: judge.CCFail, Code: CCMissing, Detail: "no attestation for " + u}
		case g.Error != "":
			return CCResult{Verdict: judge.CCFail, Code: CCNodeError, Detail: u + ": " + g.Error}
		}
		res := v.Verify(ctx, g.Evidence, c.Nonce, at)
		switch res.Code {
		case attest.OK:
		case attest.CodeVerifierError, attest.CodeRevocationFailed, attest.CodeRevocationStale:
			if none == nil {
				none = &CCResult{Verdict: judge.CCNone, Code: res.Code, Detail: u + ": " + res.Detail}
			}
			continue
		default:
			return CCResult{Verdict: judge.CCFail, Code: res.Code, Detail: u + ": " + res.Detail}
		}
		certs, err := attest.ParseChain(g.CertChain) // parsed once more: Verify checked it
		if err != nil {
			return CCResult{Verdict: judge.CCFail, Code: attest.CodeMalformed, Detail: u + ": " + err.Error()}
		}
		for _, l := range leaves {
			if bytes.Equal(l, certs[0].Raw) {
				return CCResult{Verdict: judge.CCFail, Code: CCDuplicateDevice, Detail: u + " presents another GPU's device certificate"}
			}
		}
		leaves = append(leaves, certs[0].Raw)
	}
	if none != nil {
		return *none
	}
	return CCResult{Verdict: judge.CCPass, Code: attest.OK}
}

// verifyCC judges the attestation of answers just collected, outside the
// reporter's lock (a revocation check may wait on the network). Until it
// is done an answer's verdict reads CCNone. The verifier's own failure is
// said once, and once when it verifies again.
func (r *Reporter) verifyCC(ctx context.Context, fresh []*sentChallenge) {
	for _, sc := range fresh {
		res := VerifyCC(ctx, r.cfg.Attest, sc.c, sc.answer.Evidence)
		r.mu.Lock()
		sc.cc = res
		was := r.ccFault
		switch {
		case res.Verdict == judge.CCNone && was == "":
			r.ccFault = string(res.Code)
			r.log.Error("reporter: the CC verifier fails on its own; CC nodes' hours go without its verdict",
				"reporter", r.addr, "code", res.Code, "detail", res.Detail)
		case res.Verdict == judge.CCPass && was != "":
			r.ccFault = ""
			r.log.Info("reporter: the CC verifier works again", "reporter", r.addr)
		}
		r.mu.Unlock()
	}
}

// CC returns the reporter's attestation verdict on the answer to its
// challenge with nonce (false: no such challenge, or no answer yet).
func (r *Reporter) CC(nonce [attest.NonceSize]byte) (CCResult, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	sc := r.byNonce[nonce]
	if sc == nil || sc.answer == nil {
		return CCResult{}, false
	}
	return sc.cc, true
}
