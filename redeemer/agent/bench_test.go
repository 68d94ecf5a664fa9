package agent_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/redeemer/agent"
	"github.com/hourglass-exchange/hourglass/redeemer/executor/process"
	"github.com/hourglass-exchange/hourglass/redeemer/lease"
)

// BenchmarkLeaseStart measures, with the process executor, the wall time
// from the moment the clock reaches a lease's start to its job's first
// output line in the lease's log: 104 one-GPU leases, eight at a time on
// the mock node's eight GPUs, in windows two hours apart (each window's
// leases provisioned ahead, the previous window's jobs already stopped).
// It prints p50, p99 and max.
func BenchmarkLeaseStart(b *testing.B) {
	const windows, perWindow = 13, 8
	var lat []time.Duration
	for range b.N {
		lat = lat[:0]
		dir := b.TempDir()
		clk := clock.NewFake(t0)
		pe, err := process.New(process.Config{StateDir: filepath.Join(dir, "executor"), Clock: clk})
		if err != nil {
			b.Fatal(err)
		}
		a, err := agent.New(agent.Config{Dir: dir, NVML: mockNode(), Executor: pe, Reporter: &agent.Recorder{},
			Clock: clk, Grace: time.Second, ProvisionAhead: 5 * time.Minute})
		if err != nil {
			b.Fatal(err)
		}
		stop := make(chan struct{})
		done := make(chan struct{})
		go func() {
			defer close(done)
			_ = a.Run(ctxUntil(stop))
		}()
		for w := range windows {
			start := ten.Add(time.Duration(2*w) * time.Hour)
			var ids []string
			for i := range perWindow {
				id := fmt.Sprintf("W%dL%d", w, i)
				ids = append(ids, id)
				if _, err := a.Assign(terms(id, 1, start, 1), sh(`echo up; exec sleep 3600`)); err != nil {
					b.Fatal(err)
				}
			}
			clk.Set(start.Add(-5 * time.Minute))
			waitAll(b, a, ids, lease.Provisioning)
			at := time.Now()
			clk.Set(start)
			seen := map[string]bool{}
			for len(seen) < len(ids) {
				for _, id := range ids {
					if seen[id] {
						continue
					}
					if fi, err := os.Stat(filepath.Join(a.LogDir(id), process.StdoutFile)); err == nil && fi.Size() > 0 {
						seen[id] = true
						lat = append(lat, time.Since(at))
					}
				}
				if time.Since(at) > 30*time.Second {
					b.Fatalf("window %d: %d of %d jobs wrote in 30s", w, len(seen), len(ids))
				}
				time.Sleep(100 * time.Microsecond)
			}
			clk.Set(start.Add(time.Hour))
			waitAll(b, a, ids, lease.Closed)
		}
		close(stop)
		<-done
	}
	slices.Sort(lat)
	p := func(q float64) time.Duration { return lat[int(q*float64(len(lat)-1))] }
	b.ReportMetric(float64(p(0.5).Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(p(0.99).Microseconds())/1000, "p99-ms")
	fmt.Printf("lease start (process executor, mock H100 node): %d leases, start time to first output line: p50 %v, p99 %v, max %v\n",
		len(lat), p(0.5).Round(10*time.Microsecond), p(0.99).Round(10*time.Microsecond), lat[len(lat)-1].Round(10*time.Microsecond))
}

func waitAll(b *testing.B, a *agent.Agent, ids []string, want lease.State) {
	deadline := time.Now().Add(30 * time.Second)
	for _, id := range ids {
		for {
			st, err := a.Lease(id)
			if err != nil {
				b.Fatal(err)
			}
			if st.Lease.State == want {
				break
			}
			if time.Now().After(deadline) {
				b.Fatalf("lease %s is %s, want %s", id, st.Lease.State, want)
			}
			time.Sleep(time.Millisecond)
		}
	}
}

// ctxUntil is a context that ends when stop is closed.
func ctxUntil(stop <-chan struct{}) context.Context {
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		<-stop
		cancel()
	}()
	return ctx
}
