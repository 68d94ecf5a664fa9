package agent

import (
	"context"
	"encoding/json"
	"sort"

	"github.com/hourglass-exchange/hourglass/oracle/challenge"
)

// Evidence is what the node answers a challenge with: Config.Evidence
// when set, else its challenge.Evidence — its GPUs by UUID, its open
// leases with their state, GPUs and job, and the NVML snapshot of its
// GPUs (Config.NVMLSnapshot: oracle/nvmlwatch) (docs/oracle.md, "Nonce
// challenges").
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
	return json.Marshal(v)
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
