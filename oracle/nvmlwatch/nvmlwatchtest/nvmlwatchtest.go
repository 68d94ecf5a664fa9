// Package nvmlwatchtest is test support for the NVML evidence: go-nvml's
// mock DGX H100 as a busy node's watcher samples it, and the evidence its
// agent answers a challenge with. Benchmarks of the agent, the reporter
// and the transport share it.
package nvmlwatchtest

import (
	"context"
	"strconv"
	"testing"
	"time"

	"github.com/NVIDIA/go-nvml/pkg/nvml"

	"github.com/hourglass-exchange/hourglass/oracle/challenge"
	"github.com/hourglass-exchange/hourglass/oracle/nvmlwatch"
	"github.com/hourglass-exchange/hourglass/oracle/nvmlwatch/nvmlmock"
)

// BusySnapshot is the watcher's snapshot of go-nvml's mock DGX H100 (8
// GPUs, two processes on each) once every GPU has been sampled, with the
// GPUs' UUIDs.
func BusySnapshot(tb testing.TB) ([]string, nvmlwatch.Snapshot) {
	tb.Helper()
	n := nvmlmock.New()
	var uuids []string
	for i := range n.Devices {
		uuids = append(uuids, nvmlmock.UUID(i))
		n.Fault(i, func(g *nvmlmock.GPU) {
			g.Processes = []nvml.ProcessInfo{{Pid: 100, UsedGpuMemory: 1 << 34}, {Pid: 101, UsedGpuMemory: 1 << 30}}
		})
	}
	w, err := nvmlwatch.New(nvmlwatch.Config{NVML: n, GPUs: uuids, WaitTimeout: 10 * time.Millisecond})
	if err != nil {
		tb.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	defer func() { cancel(); <-done }()
	for deadline := time.Now().Add(10 * time.Second); w.Snapshot().GPUs[len(uuids)-1].SampledAt.IsZero(); time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			tb.Fatal("the watcher took no sample")
		}
	}
	return uuids, w.Snapshot()
}

// BusyEvidence is the node's evidence as its agent answers a challenge:
// BusySnapshot's GPUs and snapshot, and 8 running one-GPU leases (lease
// g+1 on GPU g, its job 100+g).
func BusyEvidence(tb testing.TB) challenge.Evidence {
	tb.Helper()
	uuids, s := BusySnapshot(tb)
	ev := challenge.Evidence{GPUs: uuids, NVML: &s}
	for g, u := range uuids {
		ev.Leases = append(ev.Leases, challenge.LeaseEvidence{ID: strconv.Itoa(g + 1), State: "running", GPUs: []string{u},
			Job: strconv.Itoa(100 + g)})
	}
	return ev
}
