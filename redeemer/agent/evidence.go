package agent

import (
	"context"
	"encoding/json"
	"sort"

	"github.com/hourglass-exchange/hourglass/oracle/challenge"
	"github.com/hourglass-exchange/hourglass/redeemer/lease"
)

// Evidence is what the node answers a challenge with: Config.Evidence
// when set (the NVML snapshot of the node's GPUs, and the CC attestation
// over the nonce where the node claims CC), else the agent's own view —
// its GPUs by UUID and its open leases with their state, GPUs and whether
// their job is known to the executor (docs/oracle.md, "Nonce
// challenges").
func (a *Agent) Evidence(ctx context.Context, c challenge.Challenge) (json.RawMessage, error) {
	if a.cfg.Evidence != nil {
		return a.cfg.Evidence(ctx, c)
	}
	return json.Marshal(a.view())
}

// View is the agent's own evidence: what it runs where.
type View struct {
	GPUs   []string    `json:"gpus"`
	Leases []LeaseView `json:"leases"`
}

// LeaseView is one open lease in a View.
type LeaseView struct {
	ID    string      `json:"id"`
	State lease.State `json:"state"`
	GPUs  []string    `json:"gpus"`
	// Job is the executor's handle of the lease's job ("" before it runs).
	Job string `json:"job,omitempty"`
}

func (a *Agent) view() View {
	v := View{GPUs: []string{}, Leases: []LeaseView{}}
	for _, g := range a.gpus {
		v.GPUs = append(v.GPUs, g.UUID)
	}
	a.mu.Lock()
	for _, r := range a.leases {
		if !r.Lease.State.Open() {
			continue
		}
		lv := LeaseView{ID: r.Lease.ID, State: r.Lease.State, GPUs: append([]string(nil), r.GPUs...)}
		if r.Handle != nil {
			lv.Job = r.Handle.ID
		}
		v.Leases = append(v.Leases, lv)
	}
	a.mu.Unlock()
	sort.Slice(v.Leases, func(i, j int) bool { return v.Leases[i].ID < v.Leases[j].ID })
	return v
}
