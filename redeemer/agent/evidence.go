package agent

import (
	"context"
	"encoding/json"
	"sort"

	"github.com/hourglass-exchange/hourglass/oracle/challenge"
	"github.com/hourglass-exchange/hourglass/redeemer/lease"
)

// Evidence is what the node answers a challenge with: Config.Evidence
// when set, else the agent's view — its GPUs by UUID, its open leases
// with their state, GPUs and job, and the NVML snapshot of its GPUs
// (Config.NVMLSnapshot: oracle/nvmlwatch) — (docs/oracle.md, "Nonce
// challenges").
func (a *Agent) Evidence(ctx context.Context, c challenge.Challenge) (json.RawMessage, error) {
	if a.cfg.Evidence != nil {
		return a.cfg.Evidence(ctx, c)
	}
	v := a.view()
	if a.cfg.NVMLSnapshot != nil {
		v.NVML = a.cfg.NVMLSnapshot()
	}
	return json.Marshal(v)
}

// View is the agent's own evidence: what it runs where.
type View struct {
	GPUs   []string    `json:"gpus"`
	Leases []LeaseView `json:"leases"`
	// NVML is the NVML snapshot of the node's GPUs (oracle/nvmlwatch's
	// Snapshot), when the agent watches them.
	NVML any `json:"nvml,omitempty"`
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
