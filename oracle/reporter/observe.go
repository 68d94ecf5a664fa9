// Package reporter is the oracle's reporter (docs/oracle.md, "Reporters"):
// it challenges the nodes, turns their answers into the judge's
// observations, and judges each lease-hour. This file holds the pure
// step from a challenge and its answer to judge.Observation.
package reporter

import (
	"encoding/json"
	"strconv"
	"time"

	"github.com/hourglass-exchange/hourglass/oracle/challenge"
	"github.com/hourglass-exchange/hourglass/oracle/judge"
	"github.com/hourglass-exchange/hourglass/oracle/nvmlwatch"
)

// Observe turns one of the reporter's challenges and the answer that came
// back (nil: none) into the judge's observation, with its status left to
// judge.Check: the answer's digest and signature exactly as the node
// signed them, the reporter's own time of receipt, and the snapshot read
// from the signed evidence (Snapshot). Evidence that does not parse is a
// snapshot without GPUs: every leased GPU counts as missing.
func Observe(c challenge.Challenge, a *challenge.Answer, receivedAt time.Time) judge.Observation {
	o := judge.Observation{Challenge: judge.Challenge{Reporter: c.Reporter, Node: c.Node, Nonce: judge.Nonce(c.Nonce),
		SentAt: time.UnixMilli(c.IssuedAt)}}
	if a == nil {
		return o
	}
	ja := &judge.Answer{Nonce: judge.Nonce(a.Challenge.Nonce), ReceivedAt: receivedAt, Signature: a.Signature}
	if d, err := a.Digest(); err == nil {
		ja.Digest = d
	}
	var ev challenge.Evidence
	if json.Unmarshal(a.Evidence, &ev) == nil {
		ja.Snapshot = Snapshot(ev)
	}
	o.Answer = ja
	return o
}

// Snapshot is the judge's view of a node's evidence: each GPU's health
// recomputed from its NVML signals by NVIDIA's rules (nvmlwatch.Judge;
// the node's own verdict is not taken), and for each running lease
// whether NVML lists a process on every one of its GPUs. A node that sent
// no NVML snapshot shows no GPU.
func Snapshot(ev challenge.Evidence) judge.Snapshot {
	var s judge.Snapshot
	procs := map[string]bool{}
	if ev.NVML != nil {
		for _, g := range ev.NVML.GPUs {
			h := nvmlwatch.Judge(g.Signals)
			gh := judge.GPUHealth{UUID: g.UUID, Health: judge.Healthy}
			switch {
			case !h.Healthy:
				gh.Health = judge.Faulty
			case h.Degraded:
				gh.Health = judge.Degraded
			}
			if len(h.Reasons) > 0 && gh.Health != judge.Healthy {
				gh.Signal, gh.XID = h.Reasons[0].Code, uint32(h.Reasons[0].XID)
			}
			s.GPUs = append(s.GPUs, gh)
			procs[g.UUID] = len(g.Signals.Processes) > 0
		}
	}
	for _, l := range ev.Leases {
		id, err := strconv.ParseUint(l.ID, 10, 64)
		if err != nil || l.State != "running" {
			continue
		}
		on := len(l.GPUs) > 0 && l.Job != ""
		for _, u := range l.GPUs {
			on = on && procs[u]
		}
		s.Jobs = append(s.Jobs, judge.JobSeen{Lease: id, OnGPUs: on})
	}
	return s
}
