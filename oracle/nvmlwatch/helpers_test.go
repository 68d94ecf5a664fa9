package nvmlwatch

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
	"github.com/hourglass-exchange/hourglass/oracle/nvmlwatch/nvmlmock"
)

// t0 is the fake clock's start.
var t0 = time.Date(2027, 1, 4, 10, 0, 0, 0, time.UTC)

// uuid is the UUID of the mock node's GPU i.
func uuid(i int) string { return nvmlmock.UUID(i) }

func allUUIDs(n int) []string {
	u := make([]string, n)
	for i := range u {
		u[i] = uuid(i)
	}
	return u
}

// run is one watcher running over a node, with a fake clock.
type run struct {
	t    testing.TB
	n    *nvmlmock.Node
	w    *Watcher
	clk  *clock.Fake
	stop context.CancelFunc
	done chan error
}

func start(t testing.TB, n *nvmlmock.Node, cfg Config) *run {
	t.Helper()
	clk := clock.NewFake(t0)
	cfg.NVML, cfg.Clock = n, clk
	if cfg.GPUs == nil {
		cfg.GPUs = allUUIDs(len(n.Devices))
	}
	if cfg.WaitTimeout == 0 {
		cfg.WaitTimeout = 20 * time.Millisecond
	}
	w, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	r := &run{t: t, n: n, w: w, clk: clk, stop: cancel, done: make(chan error, 1)}
	go func() { r.done <- w.Run(ctx) }()
	t.Cleanup(func() { r.close() })
	r.waitPolls(1)
	return r
}

// close stops the watcher and waits for Run to return.
func (r *run) close() error {
	r.t.Helper()
	if r.stop == nil {
		return nil
	}
	r.stop()
	r.stop = nil
	select {
	case err := <-r.done:
		return err
	case <-time.After(5 * time.Second):
		r.t.Fatal("Run did not return after its context ended")
		return nil
	}
}

// waitPolls waits until every GPU has been polled at least k times.
func (r *run) waitPolls(k uint64) Snapshot {
	r.t.Helper()
	var snap Snapshot
	testsvc.CheckFor(r.t, 5*time.Second, 5*time.Millisecond, func() error {
		snap = r.w.Snapshot()
		for _, g := range snap.GPUs {
			if g.Signals.Polls < k {
				return fmt.Errorf("GPU %s polled %d times, want %d", g.UUID, g.Signals.Polls, k)
			}
		}
		return nil
	})
	return snap
}

// poll advances the clock one interval and waits for the poll it starts.
func (r *run) poll() Snapshot {
	r.t.Helper()
	k := r.w.Snapshot().GPUs[0].Signals.Polls
	r.clk.Advance(r.w.interval)
	return r.waitPolls(k + 1)
}

// until waits until GPU i's snapshot satisfies ok.
func (r *run) until(i int, what string, ok func(g GPUSnapshot) bool) Snapshot {
	r.t.Helper()
	var snap Snapshot
	testsvc.CheckFor(r.t, 5*time.Second, 5*time.Millisecond, func() error {
		snap = r.w.Snapshot()
		g, _ := snap.GPU(uuid(i))
		if !ok(g) {
			return fmt.Errorf("GPU %d: not yet %s: %+v", i, what, g.Health)
		}
		return nil
	})
	return snap
}

// codes is a GPU's reasons as "code" or "code:xid" strings.
func codes(g GPUSnapshot) []string {
	var c []string
	for _, r := range g.Reasons {
		if r.XID != 0 {
			c = append(c, fmt.Sprintf("%s:%d", r.Code, r.XID))
		} else {
			c = append(c, r.Code)
		}
	}
	return c
}

// othersHealthy fails unless every GPU but the ones named is healthy with
// no reason.
func othersHealthy(t testing.TB, snap Snapshot, except ...int) {
	t.Helper()
	skip := map[string]bool{}
	for _, i := range except {
		skip[uuid(i)] = true
	}
	for _, g := range snap.GPUs {
		if skip[g.UUID] {
			continue
		}
		if !g.Healthy || g.Degraded || len(g.Reasons) != 0 {
			t.Errorf("GPU %s: want healthy with no reason, got %+v", g.UUID, g.Health)
		}
	}
}
