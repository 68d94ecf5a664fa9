package agent

import (
	"context"
	"encoding/json"
	"errors"
	"sort"

	"github.com/hourglass-exchange/hourglass/oracle/attest"
	"github.com/hourglass-exchange/hourglass/oracle/challenge"
)

// Evidence is what the node answers a challenge with: Config.Evidence
// when set, else its challenge.Evidence — its GPUs by UUID, its open
// leases with their state, GPUs and job, the NVML snapshot of its GPUs
// (Config.NVMLSnapshot: oracle/nvmlwatch) (docs/oracle.md, "Nonce
// challenges"), and with Config.ClaimsCC each GPU's attestation over the
// challenge's nonce ("CC attestation in answers").
func (a *Agent) Evidence(ctx context.Context, c challenge.Challenge) (json.RawMessage, error) {
	if a.cfg.Evidence != nil {
		return a.cfg.Evidence(ctx, c)
	}
	v := a.view()
	if a.cfg.NVMLSnapshot != nil {
		if s, ok := a.cfg.NVMLSnapshot(); ok {
			v.NVML = &s
		}
	}
	if a.cfg.ClaimsCC {
		v.CC = a.attest(c.Nonce)
	}
	return json.Marshal(v)
}

// attest collects each GPU's attestation over nonce through NVML. An
// error is carried in the evidence as it is (the reporter judges it a
// failed attestation, as CC is claimed); CC being off is the whole
// node's. The agent says once that its GPUs cannot attest, with the first
// error, and once when they all attest again.
func (a *Agent) attest(nonce [attest.NonceSize]byte) *challenge.CCEvidence {
	cc := &challenge.CCEvidence{}
	var first error
	for _, g := range a.gpus {
		ev, err := attest.Collect(a.cfg.NVML, g.Index, nonce)
		if errors.Is(err, attest.ErrCCOff) {
			cc, first = &challenge.CCEvidence{Error: err.Error()}, err
			break
		}
		ga := challenge.GPUAttestation{UUID: g.UUID, Evidence: ev}
		if err != nil {
			ga.Error = err.Error()
			if first == nil {
				first = err
			}
		}
		cc.GPUs = append(cc.GPUs, ga)
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	switch {
	case first != nil && !a.ccFailing:
		a.ccFailing = true
		a.log.Error("agent: the node claims CC but cannot attest; its hours are judged undelivered (attestation_failed)", "err", first)
	case first == nil && a.ccFailing:
		a.ccFailing = false
		a.log.Info("agent: every GPU attests again")
	}
	return cc
}

func (a *Agent) view() challenge.Evidence {
	v := challenge.Evidence{GPUs: []string{}, Leases: []challenge.LeaseEvidence{}}
	for _, g := range a.gpus {
		v.GPUs = append(v.GPUs, g.UUID)
	}
	a.mu.Lock()
	for _, r := range a.leases {
		if !r.Lease.State.Open() {
			continue
		}
		lv := challenge.LeaseEvidence{ID: r.Lease.ID, State: r.Lease.State.String(), GPUs: append([]string(nil), r.GPUs...)}
		if r.Handle != nil {
			lv.Job = r.Handle.ID
		}
		v.Leases = append(v.Leases, lv)
	}
	a.mu.Unlock()
	sort.Slice(v.Leases, func(i, j int) bool { return v.Leases[i].ID < v.Leases[j].ID })
	return v
}
