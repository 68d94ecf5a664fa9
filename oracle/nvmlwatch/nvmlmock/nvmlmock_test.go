package nvmlmock_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/dgxh100"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/server"

	"github.com/hourglass-exchange/hourglass/internal/testsvc"
	"github.com/hourglass-exchange/hourglass/oracle/nvmlwatch"
	"github.com/hourglass-exchange/hourglass/oracle/nvmlwatch/nvmlmock"
)

// TestWireAnExistingNode: a dgxh100 node built elsewhere (random UUIDs)
// and wired runs a watcher healthy until an XID 79 on one GPU, the way an
// agent test injects a fault mid-lease.
func TestWireAnExistingNode(t *testing.T) {
	s := dgxh100.New()
	n := nvmlmock.Wire(s)
	var uuids []string
	for _, d := range s.Devices {
		uuids = append(uuids, d.(*server.Device).UUID)
	}
	w, err := nvmlwatch.New(nvmlwatch.Config{NVML: n, GPUs: uuids, WaitTimeout: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
	}()
	healthy := func(want int) func() error {
		return func() error {
			got := 0
			for _, g := range w.Snapshot().GPUs {
				if g.Healthy {
					got++
				}
			}
			if got != want {
				return fmt.Errorf("%d healthy GPUs, want %d", got, want)
			}
			return nil
		}
	}
	testsvc.CheckFor(t, 5*time.Second, 5*time.Millisecond, healthy(8))
	n.XID(6, 79)
	testsvc.CheckFor(t, 5*time.Second, 5*time.Millisecond, healthy(7))
	g, _ := w.Snapshot().GPU(uuids[6])
	if len(g.Reasons) != 1 || g.Reasons[0] != (nvmlwatch.Reason{Code: nvmlwatch.ReasonXIDCritical, XID: 79, Detail: "count 1"}) {
		t.Errorf("GPU 6: %+v", g.Health)
	}
	if n.Registered(6) != nvmlwatch.EventMask {
		t.Errorf("registered %#x", n.Registered(6))
	}
}
