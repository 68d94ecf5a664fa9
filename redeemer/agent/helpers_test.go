package agent_test

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/dgxh100"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/server"
	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
	"github.com/hourglass-exchange/hourglass/redeemer/agent"
	"github.com/hourglass-exchange/hourglass/redeemer/executor"
	"github.com/hourglass-exchange/hourglass/redeemer/executor/process"
	"github.com/hourglass-exchange/hourglass/redeemer/lease"
)

// TestMain runs the tests, or the crash test's child: an agent driven
// through stdin.
func TestMain(m *testing.M) {
	if os.Getenv(childEnv) != "" {
		runChild()
		return
	}
	os.Exit(m.Run())
}

// t0 is ten minutes before the 10:00 window the tests use.
var t0 = time.Date(2027, 1, 4, 9, 50, 0, 0, time.UTC)

// hourAt is the start hour of the window that begins at t.
func hourAt(t time.Time) uint32 { return uint32(t.Unix() / 3600) }

var ten = t0.Add(10 * time.Minute)

// uuid is the deterministic UUID the tests give GPU i of the mock node.
func uuid(i int) string { return fmt.Sprintf("GPU-%08d-0000-4000-8000-000000000000", i) }

// mockNode is go-nvml's DGX H100 (8 GPUs) with deterministic UUIDs: the
// mock draws random ones, and a restarted agent must find the same GPUs.
func mockNode() *server.Server {
	s := dgxh100.New()
	for i, d := range s.Devices {
		d.(*server.Device).UUID = uuid(i)
	}
	return s
}

func terms(id string, gpus uint32, start time.Time, hours uint32) lease.Terms {
	return lease.Terms{ID: id, Holder: common.HexToAddress("0x00000000000000000000000000000000000a11ce"),
		Provider: common.HexToAddress("0x0000000000000000000000000000000000000b0b"),
		GPUs:     gpus, StartHour: hourAt(start), Hours: hours, SpecHash: common.HexToHash("0x5bec")}
}

func sh(script string) agent.Spec { return agent.Spec{Command: []string{"sh", "-c", script}} }

// harness is one agent over a directory, with a fake clock, the process
// executor and a recording reporter.
type harness struct {
	t      *testing.T
	dir    string
	clk    *clock.Fake
	rec    *agent.Recorder
	exec   executor.Executor
	a      *agent.Agent
	cancel context.CancelFunc
	done   chan error
}

type options struct {
	exec  executor.Executor
	node  *server.Server
	grace time.Duration
	rec   *agent.Recorder
	log   *slog.Logger
	cc    bool // the node claims CC
}

func newHarness(t *testing.T, dir string, clk *clock.Fake, o options) *harness {
	t.Helper()
	if o.exec == nil {
		pe, err := process.New(process.Config{StateDir: filepath.Join(dir, "executor"), Clock: clk, PollEvery: 10 * time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		o.exec = pe
	}
	if o.node == nil {
		o.node = mockNode()
	}
	if o.grace == 0 {
		o.grace = 5 * time.Second
	}
	if o.rec == nil {
		o.rec = &agent.Recorder{}
	}
	a, err := agent.New(agent.Config{Dir: dir, NVML: o.node, Executor: o.exec, Reporter: o.rec, Clock: clk,
		Grace: o.grace, ProvisionAhead: 5 * time.Minute, RetryEvery: time.Minute, Log: o.log, ClaimsCC: o.cc})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	h := &harness{t: t, dir: dir, clk: clk, rec: o.rec, exec: o.exec, a: a, cancel: cancel, done: make(chan error, 1)}
	go func() { h.done <- a.Run(ctx) }()
	t.Cleanup(h.close)
	return h
}

// close stops the agent (its jobs keep running) once.
func (h *harness) close() {
	if h.cancel == nil {
		return
	}
	h.cancel()
	h.cancel = nil
	select {
	case err := <-h.done:
		if err != nil {
			h.t.Error(err)
		}
	case <-time.After(20 * time.Second):
		h.t.Error("the agent did not stop")
	}
}

// killJobsAtEnd stops every job of the directory's leases when the test
// ends, whatever happened.
func killJobsAtEnd(t *testing.T, e executor.Executor, a func() *agent.Agent) {
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		for _, s := range a().Leases() {
			if s.Handle != nil {
				_ = e.Stop(ctx, *s.Handle, 0)
			}
		}
	})
}

// waitState waits until the lease is in state want (and returns it).
func (h *harness) waitState(id string, want lease.State) agent.Status {
	h.t.Helper()
	var st agent.Status
	testsvc.CheckFor(h.t, 20*time.Second, 5*time.Millisecond, func() error {
		var err error
		st, err = h.a.Lease(id)
		if err != nil {
			return err
		}
		if st.Lease.State != want {
			return fmt.Errorf("lease %s is %s (%s), want %s", id, st.Lease.State, st.Lease.Reason, want)
		}
		return nil
	})
	return st
}

// waitReports waits until the reporter has n reports of lease id.
func (h *harness) waitReports(id string, n int) []agent.Report {
	h.t.Helper()
	var got []agent.Report
	testsvc.CheckFor(h.t, 20*time.Second, 5*time.Millisecond, func() error {
		got = got[:0]
		for _, r := range h.rec.Reports() {
			if r.LeaseID == id {
				got = append(got, r)
			}
		}
		if len(got) < n {
			return fmt.Errorf("%d reports of %s, want %d", len(got), id, n)
		}
		return nil
	})
	return got
}

// waitLog waits until a lease's stdout holds want.
func (h *harness) waitLog(id, want string) string {
	h.t.Helper()
	var out string
	testsvc.CheckFor(h.t, 20*time.Second, 5*time.Millisecond, func() error {
		c, err := h.a.Logs(id, agent.Stdout, 0, 1<<16)
		if err != nil {
			return err
		}
		out = string(c.Data)
		if !strings.Contains(out, want) {
			return fmt.Errorf("stdout of %s is %q, want %q in it", id, out, want)
		}
		return nil
	})
	return out
}

// recordingExec wraps an executor and records what it did, in order.
type recordingExec struct {
	executor.Executor
	mu  sync.Mutex
	log []string
}

func (r *recordingExec) note(s string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.log = append(r.log, s)
}

func (r *recordingExec) events() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.log...)
}

func (r *recordingExec) Start(ctx context.Context, j executor.Job, g []executor.GPU) (executor.Handle, error) {
	h, err := r.Executor.Start(ctx, j, g)
	if err == nil {
		r.note("start " + j.LeaseID)
	}
	return h, err
}

func (r *recordingExec) Stop(ctx context.Context, h executor.Handle, grace time.Duration) error {
	err := r.Executor.Stop(ctx, h, grace)
	if err == nil {
		r.note("stopped " + h.LeaseID)
	}
	return err
}

// fakeExec is an Executor made of functions, for the failures the process
// executor cannot produce.
type fakeExec struct {
	start func(executor.Job) (executor.Handle, error)
	stop  func() // optional
}

func (f *fakeExec) Start(_ context.Context, j executor.Job, _ []executor.GPU) (executor.Handle, error) {
	return f.start(j)
}
func (f *fakeExec) Wait(ctx context.Context, _ executor.Handle) (executor.State, error) {
	<-ctx.Done()
	return executor.State{}, ctx.Err()
}
func (f *fakeExec) Stop(context.Context, executor.Handle, time.Duration) error {
	if f.stop != nil {
		f.stop()
	}
	return nil
}
func (f *fakeExec) Inspect(context.Context, executor.Handle) (executor.State, error) {
	return executor.State{Running: true}, nil
}
