package agent_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/server"

	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
	"github.com/hourglass-exchange/hourglass/redeemer/agent"
	"github.com/hourglass-exchange/hourglass/redeemer/executor"
	"github.com/hourglass-exchange/hourglass/redeemer/lease"
)

// End to end with the process executor and a fake clock: the lease is
// placed on two GPUs, provisioned five minutes ahead, its job starts at
// the window's start on exactly those GPU UUIDs, its output reaches the
// holder's logs, and at the end the job gets SIGTERM and the lease closes
// completed. Every transition is reported, in order, signed by the node
// key.
func TestEndToEnd(t *testing.T) {
	clk := clock.NewFake(t0)
	h := newHarness(t, t.TempDir(), clk, options{})
	killJobsAtEnd(t, h.exec, func() *agent.Agent { return h.a })
	if len(h.a.GPUs()) != 8 || h.a.GPUs()[0].Name != "NVIDIA H100 80GB HBM3" {
		t.Fatalf("GPUs %+v", h.a.GPUs())
	}
	st, err := h.a.Assign(terms("L1", 2, ten, 1),
		sh(`trap 'echo "bye"; exit 0' TERM; echo "hello on $CUDA_VISIBLE_DEVICES"; while :; do sleep 0.05; done`))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{uuid(0), uuid(1)}
	if st.Lease.State != lease.Assigned || !slices.Equal(st.GPUs, want) {
		t.Fatalf("assigned %+v", st)
	}

	clk.Set(ten.Add(-5 * time.Minute))
	h.waitState("L1", lease.Provisioning)
	if c, err := h.a.Logs("L1", agent.Stdout, 0, 100); err != nil || len(c.Data) != 0 {
		t.Fatalf("output before the window: %q %v", c.Data, err)
	}
	clk.Set(ten)
	h.waitState("L1", lease.Running)
	h.waitLog("L1", "hello on "+uuid(0)+","+uuid(1)+"\n")

	clk.Set(ten.Add(time.Hour))
	st = h.waitState("L1", lease.Closed)
	if st.Lease.Reason != lease.Completed || !strings.Contains(st.Lease.History[len(st.Lease.History)-1].Detail, "exit code 0") {
		t.Fatalf("closed %+v", st.Lease)
	}
	h.waitLog("L1", "bye\n")
	if js, err := h.exec.Inspect(context.Background(), *st.Handle); err != nil || !js.Exited {
		t.Fatalf("job after the end: %+v %v", js, err)
	}

	reps := h.waitReports("L1", 3)
	var tos []string
	for i, r := range reps {
		tos = append(tos, r.Transition.To.String())
		if r.Seq != i+1 || r.Node != h.a.Address() || !slices.Equal(r.GPUs, want) {
			t.Fatalf("report %d: %+v", i, r)
		}
		if err := r.Verify(); err != nil {
			t.Fatalf("report %d: %v", i, err)
		}
	}
	if !slices.Equal(tos, []string{"provisioning", "running", "closed"}) {
		t.Fatalf("reported %v", tos)
	}
	if !reps[0].Transition.At.Equal(ten.Add(-5*time.Minute)) || !reps[1].Transition.At.Equal(ten) ||
		!reps[2].Transition.At.Equal(ten.Add(time.Hour)) {
		t.Fatalf("times %v %v %v", reps[0].Transition.At, reps[1].Transition.At, reps[2].Transition.At)
	}
	// A report verifies after a trip through JSON (the redeemer's side);
	// a forged one does not.
	b, err := json.Marshal(reps[1])
	if err != nil {
		t.Fatal(err)
	}
	var back agent.Report
	if err := json.Unmarshal(b, &back); err != nil || back.Verify() != nil || !strings.Contains(string(b), `"to":"running"`) {
		t.Fatalf("report through JSON: %s %v", b, err)
	}
	forged := reps[2]
	forged.Transition.Reason = lease.ProviderStopped
	if err := forged.Verify(); !errors.Is(err, agent.ErrBadSignature) {
		t.Fatalf("forged report: %v", err)
	}
}

// Place never puts two leases whose windows overlap on one GPU, and
// refuses exactly when the free GPUs are too few.
func TestPlaceProperty(t *testing.T) {
	node := make([]agent.GPU, 8)
	for i := range node {
		node[i] = agent.GPU{UUID: uuid(i), Index: i}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 200; trial++ {
		var placed []agent.Placement
		for i := 0; i < 30; i++ {
			tm := terms(fmt.Sprintf("L%d", i), uint32(1+rng.IntN(8)), ten.Add(time.Duration(rng.IntN(12))*time.Hour), uint32(1+rng.IntN(4)))
			free := map[string]bool{}
			for _, g := range node {
				free[g.UUID] = true
			}
			for _, p := range placed {
				if p.Start.Before(tm.End()) && tm.Start().Before(p.End) {
					for _, u := range p.GPUs {
						free[u] = false
					}
				}
			}
			nfree := 0
			for _, f := range free {
				if f {
					nfree++
				}
			}
			got, err := agent.Place(node, placed, tm)
			if nfree < int(tm.GPUs) {
				var ce *agent.CapacityError
				if !errors.As(err, &ce) || !errors.Is(err, agent.ErrNoCapacity) || ce.Free != nfree || ce.Need != int(tm.GPUs) {
					t.Fatalf("trial %d lease %d: %d free, need %d: %v", trial, i, nfree, tm.GPUs, err)
				}
				continue
			}
			if err != nil || len(got) != int(tm.GPUs) {
				t.Fatalf("trial %d lease %d: %v %v", trial, i, got, err)
			}
			p := agent.Placement{LeaseID: tm.ID, Start: tm.Start(), End: tm.End()}
			for _, g := range got {
				if !free[g.UUID] {
					t.Fatalf("trial %d lease %d: %s is taken", trial, i, g.UUID)
				}
				free[g.UUID] = false // and never twice in one lease
				p.GPUs = append(p.GPUs, g.UUID)
			}
			placed = append(placed, p)
		}
	}
}

// Two leases never share a GPU: a lease that would need a GPU another
// lease holds over its window is refused with no_capacity and changes
// nothing; a lease in the next window may take the same GPUs, and its job
// starts only once the previous lease's job (which ignores SIGTERM) is
// gone.
func TestNoTwoLeasesOnOneGPU(t *testing.T) {
	clk := clock.NewFake(t0)
	pe := &recordingExec{}
	dir := t.TempDir()
	{
		h := newHarness(t, dir, clk, options{})
		pe.Executor = h.exec
		h.close()
	}
	h := newHarness(t, dir, clk, options{exec: pe, grace: 300 * time.Millisecond})
	killJobsAtEnd(t, pe, func() *agent.Agent { return h.a })
	forever := sh(`trap '' TERM; echo "on $CUDA_VISIBLE_DEVICES"; while :; do sleep 0.05; done`)
	a, err := h.a.Assign(terms("A", 5, ten, 2), forever)
	if err != nil {
		t.Fatal(err)
	}
	before := h.a.Leases()
	_, err = h.a.Assign(terms("B", 4, ten.Add(time.Hour), 2), forever)
	var ce *agent.CapacityError
	if !errors.As(err, &ce) || ce.Need != 4 || ce.Free != 3 || ce.Total != 8 ||
		!strings.Contains(err.Error(), "no_capacity: lease B needs 4 GPUs") {
		t.Fatalf("over capacity: %v", err)
	}
	if !reflect.DeepEqual(h.a.Leases(), before) {
		t.Fatal("a refused lease changed the agent's leases")
	}
	if _, err := h.a.Lease("B"); !errors.Is(err, agent.ErrUnknownLease) {
		t.Fatalf("refused lease: %v", err)
	}
	c, err := h.a.Assign(terms("C", 3, ten, 1), forever)
	if err != nil {
		t.Fatal(err)
	}
	d, err := h.a.Assign(terms("D", 8, ten.Add(2*time.Hour), 1), forever)
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range c.GPUs {
		if slices.Contains(a.GPUs, u) {
			t.Fatalf("A %v and C %v share %s", a.GPUs, c.GPUs, u)
		}
	}

	clk.Set(ten)
	h.waitState("A", lease.Running)
	h.waitState("C", lease.Running)
	clk.Set(ten.Add(2 * time.Hour)) // A and C end, D begins, on A's GPUs among others
	h.waitState("D", lease.Running)
	h.waitState("A", lease.Closed)
	h.waitLog("D", "on "+strings.Join(d.GPUs, ",")+"\n")
	ev := pe.events()
	if slices.Index(ev, "stopped A") < 0 || slices.Index(ev, "stopped A") > slices.Index(ev, "start D") ||
		slices.Index(ev, "stopped C") > slices.Index(ev, "start D") {
		t.Fatalf("D started while A's or C's job lived: %v", ev)
	}
}

// A spec that cannot run, a command that is not there, an image that is
// not there and an executor that fails each close the lease with their
// own reason; a job that exits early closes job_exited with its code.
func TestFailuresCloseWithTheirReason(t *testing.T) {
	clk := clock.NewFake(t0)
	dir := t.TempDir()
	h := newHarness(t, dir, clk, options{})
	killJobsAtEnd(t, h.exec, func() *agent.Agent { return h.a })
	must := func(id string, spec agent.Spec) {
		t.Helper()
		if _, err := h.a.Assign(terms(id, 1, ten, 1), spec); err != nil {
			t.Fatal(err)
		}
	}
	must("nocommand", agent.Spec{})
	must("badenv", agent.Spec{Command: []string{"true"}, Env: []string{"JUSTAKEY"}})
	must("badkey", agent.Spec{Command: []string{"true"}, SSHPublicKey: "ssh-ed25519 not-base64"})
	must("notfound", agent.Spec{Command: []string{"/nonexistent/hourglass-job"}})
	must("exits", sh(`echo done; exit 4`))
	clk.Set(ten.Add(-5 * time.Minute))
	for _, id := range []string{"nocommand", "badenv", "badkey"} {
		st := h.waitState(id, lease.Closed)
		if st.Lease.Reason != lease.SpecInvalid || st.Lease.History[1].From != lease.Assigned {
			t.Fatalf("%s: %+v", id, st.Lease)
		}
	}
	clk.Set(ten)
	st := h.waitState("notfound", lease.Closed)
	if st.Lease.Reason != lease.SpecInvalid || !strings.Contains(st.Lease.History[len(st.Lease.History)-1].Detail, "hourglass-job") {
		t.Fatalf("notfound: %+v", st.Lease)
	}
	st = h.waitState("exits", lease.Closed)
	if st.Lease.Reason != lease.JobExited || st.Lease.History[len(st.Lease.History)-1].Detail != "exit code 4" {
		t.Fatalf("exits: %+v", st.Lease)
	}
	h.waitLog("exits", "done\n")
	h.close()

	// The container executors' failures, through a fake executor.
	fe := &fakeExec{start: func(j executor.Job) (executor.Handle, error) {
		if j.LeaseID == "noimage" {
			return executor.Handle{}, fmt.Errorf("pull: %w", executor.ErrImageUnavailable)
		}
		return executor.Handle{}, errors.New("runc: out of pids")
	}}
	h2 := newHarness(t, t.TempDir(), clk, options{exec: fe})
	for _, id := range []string{"noimage", "broken"} {
		if _, err := h2.a.Assign(terms(id, 1, ten, 1), agent.Spec{Image: "x@sha256:00", Command: []string{"x"}}); err != nil {
			t.Fatal(err)
		}
	}
	if st := h2.waitState("noimage", lease.Closed); st.Lease.Reason != lease.ImageUnavailable {
		t.Fatalf("noimage: %+v", st.Lease)
	}
	if st := h2.waitState("broken", lease.Closed); st.Lease.Reason != lease.StartFailed ||
		!strings.Contains(st.Lease.History[len(st.Lease.History)-1].Detail, "out of pids") {
		t.Fatalf("broken: %+v", st.Lease)
	}
	reps := h2.waitReports("broken", 2)
	if reps[1].Transition.Reason != lease.StartFailed {
		t.Fatalf("reported %+v", reps[1])
	}
}

// The holder stops a running lease: the job is stopped and the lease
// closes holder_stopped. Requests the rules refuse change nothing.
func TestStop(t *testing.T) {
	clk := clock.NewFake(ten)
	h := newHarness(t, t.TempDir(), clk, options{})
	killJobsAtEnd(t, h.exec, func() *agent.Agent { return h.a })
	if _, err := h.a.Assign(terms("L1", 1, ten, 2), sh(`echo up; while :; do sleep 0.05; done`)); err != nil {
		t.Fatal(err)
	}
	h.waitLog("L1", "up\n")
	st := h.waitState("L1", lease.Running)
	if err := h.a.Stop("L1", lease.Provider, lease.HolderStopped, ""); lease.CodeOf(err) != lease.CodeNotPermitted {
		t.Fatalf("provider as holder: %v", err)
	}
	if err := h.a.Stop("L1", lease.Holder, lease.Completed, ""); !errors.Is(err, agent.ErrBadRequest) {
		t.Fatalf("stop completed: %v", err)
	}
	if err := h.a.Stop("nope", lease.Holder, lease.HolderStopped, ""); !errors.Is(err, agent.ErrUnknownLease) {
		t.Fatalf("unknown: %v", err)
	}
	if now, _ := h.a.Lease("L1"); !reflect.DeepEqual(now, st) {
		t.Fatalf("refused stops changed the lease: %+v", now)
	}
	clk.Advance(10 * time.Minute)
	if err := h.a.Stop("L1", lease.Holder, lease.HolderStopped, "done early"); err != nil {
		t.Fatal(err)
	}
	st = h.waitState("L1", lease.Closed)
	if st.Lease.Reason != lease.HolderStopped || !st.Lease.Since().Equal(ten.Add(10*time.Minute)) {
		t.Fatalf("%+v", st.Lease)
	}
	if js, err := h.exec.Inspect(context.Background(), *st.Handle); err != nil || !js.Exited || js.ExitCode != 128+15 {
		t.Fatalf("job %+v %v", js, err)
	}
	if err := h.a.Stop("L1", lease.Holder, lease.HolderStopped, ""); lease.CodeOf(err) != lease.CodeClosed {
		t.Fatalf("stop a closed lease: %v", err)
	}
}

// A Reporter that fails does not hold a lease back; its reports come, in
// order, once it works again.
func TestReportsRetried(t *testing.T) {
	clk := clock.NewFake(t0)
	var down atomic.Bool
	down.Store(true)
	rec := &agent.Recorder{Fail: func(agent.Report) error {
		if down.Load() {
			return errors.New("redeemer unreachable")
		}
		return nil
	}}
	h := newHarness(t, t.TempDir(), clk, options{rec: rec})
	killJobsAtEnd(t, h.exec, func() *agent.Agent { return h.a })
	if _, err := h.a.Assign(terms("L1", 1, ten, 1), sh(`while :; do sleep 0.05; done`)); err != nil {
		t.Fatal(err)
	}
	clk.Set(ten)
	st := h.waitState("L1", lease.Running)
	if st.Reported != 1 || len(rec.Reports()) != 0 {
		t.Fatalf("reported %d with the reporter down", st.Reported)
	}
	down.Store(false)
	clk.Advance(time.Minute) // the retry
	reps := h.waitReports("L1", 2)
	if reps[0].Seq != 1 || reps[1].Seq != 2 || reps[1].Transition.To != lease.Running {
		t.Fatalf("%+v", reps)
	}
	testsvc.CheckFor(t, 20*time.Second, 5*time.Millisecond, func() error {
		if st, _ := h.a.Lease("L1"); st.Reported != 3 {
			return fmt.Errorf("reported %d", st.Reported)
		}
		return nil
	})
}

// Assign again with the same terms is a no-op; with others, a conflict.
// Bad terms are refused with the lease package's codes. The node key
// survives a restart; the logs API pages through a log.
func TestAssignKeyAndLogs(t *testing.T) {
	clk := clock.NewFake(ten)
	dir := t.TempDir()
	h := newHarness(t, dir, clk, options{})
	killJobsAtEnd(t, h.exec, func() *agent.Agent { return h.a })
	spec := sh(`printf 'abcdefghij'; while :; do sleep 0.05; done`)
	st, err := h.a.Assign(terms("L1", 1, ten, 1), spec)
	if err != nil {
		t.Fatal(err)
	}
	if again, err := h.a.Assign(terms("L1", 1, ten, 1), spec); err != nil || !slices.Equal(again.GPUs, st.GPUs) {
		t.Fatalf("again: %+v %v", again, err)
	}
	if _, err := h.a.Assign(terms("L1", 2, ten, 1), spec); !errors.Is(err, agent.ErrLeaseConflict) {
		t.Fatalf("conflict: %v", err)
	}
	if _, err := h.a.Assign(terms("L1", 1, ten, 1), sh("other")); !errors.Is(err, agent.ErrLeaseConflict) {
		t.Fatalf("conflict: %v", err)
	}
	if _, err := h.a.Assign(terms("../x", 1, ten, 1), spec); lease.CodeOf(err) != lease.CodeInvalidTerms {
		t.Fatalf("bad id: %v", err)
	}
	if _, err := h.a.Assign(terms("old", 1, ten.Add(-2*time.Hour), 1), spec); lease.CodeOf(err) != lease.CodeWindowOver {
		t.Fatalf("past window: %v", err)
	}
	h.waitLog("L1", "abcdefghij")
	c, err := h.a.Logs("L1", agent.Stdout, 3, 4)
	if err != nil || string(c.Data) != "defg" || c.Next != 7 || c.Size != 10 {
		t.Fatalf("%q %+v %v", c.Data, c, err)
	}
	c, err = h.a.Logs("L1", agent.Stdout, c.Next, 100)
	if err != nil || string(c.Data) != "hij" || c.Next != 10 {
		t.Fatalf("%q %+v %v", c.Data, c, err)
	}
	if c, err := h.a.Logs("L1", agent.Stderr, 0, 100); err != nil || len(c.Data) != 0 {
		t.Fatalf("stderr %q %v", c.Data, err)
	}
	for _, bad := range []func() error{
		func() error { _, err := h.a.Logs("L1", "env", 0, 1); return err },
		func() error { _, err := h.a.Logs("L1", agent.Stdout, -1, 1); return err },
		func() error { _, err := h.a.Logs("L1", agent.Stdout, 0, 0); return err },
	} {
		if err := bad(); !errors.Is(err, agent.ErrBadRequest) {
			t.Fatalf("bad log request: %v", err)
		}
	}
	if _, err := h.a.Logs("L9", agent.Stdout, 0, 1); !errors.Is(err, agent.ErrUnknownLease) {
		t.Fatal(err)
	}
	addr := h.a.Address()
	fi, err := os.Stat(filepath.Join(dir, agent.KeyFile))
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("key file %v %v", fi, err)
	}
	h.close()
	h2 := newHarness(t, dir, clk, options{exec: h.exec})
	if h2.a.Address() != addr {
		t.Fatalf("node key changed: %s, was %s", h2.a.Address(), addr)
	}
}

// A GPU the lease was placed on that is gone when the agent comes back
// closes the lease gpu_fault, naming it.
func TestGPUGoneAfterRestart(t *testing.T) {
	clk := clock.NewFake(t0)
	dir := t.TempDir()
	h := newHarness(t, dir, clk, options{})
	st, err := h.a.Assign(terms("L1", 2, ten, 1), sh(`sleep 60`))
	if err != nil {
		t.Fatal(err)
	}
	h.close()
	node := mockNode()
	node.Devices[1].(*server.Device).UUID = "GPU-99999999-0000-4000-8000-000000000000" // GPU 1 was replaced
	h2 := newHarness(t, dir, clk, options{node: node})
	st = h2.waitState("L1", lease.Closed)
	if st.Lease.Reason != lease.GPUFault || !strings.Contains(st.Lease.History[1].Detail, uuid(1)+" gone from the node") {
		t.Fatalf("%+v", st.Lease)
	}
}

// A start that takes the executor past the window's end still records
// the job as running (at the time the start was decided) and then stops
// it and completes the lease, instead of wedging it.
func TestStartRacesTheEnd(t *testing.T) {
	clk := clock.NewFake(ten)
	var stopped atomic.Bool
	fe := &fakeExec{start: func(j executor.Job) (executor.Handle, error) {
		clk.Set(ten.Add(time.Hour + time.Second)) // a slow image pull, say
		return executor.Handle{LeaseID: j.LeaseID, ID: "job-1"}, nil
	}, stop: func() { stopped.Store(true) }}
	h := newHarness(t, t.TempDir(), clk, options{exec: fe})
	if _, err := h.a.Assign(terms("L1", 1, ten, 1), sh("x")); err != nil {
		t.Fatal(err)
	}
	st := h.waitState("L1", lease.Closed)
	if st.Lease.Reason != lease.Completed || !st.Lease.History[2].At.Equal(ten) || st.Lease.History[2].To != lease.Running || !stopped.Load() {
		t.Fatalf("%+v (stopped %v)", st.Lease, stopped.Load())
	}
}

// An agent that was down through a whole window closes the lease
// provider_stopped when it comes back, whether the lease had been
// provisioned or not; a lease of a later window waits for it.
func TestDownThroughTheWindow(t *testing.T) {
	for _, provisioned := range []bool{false, true} {
		clk := clock.NewFake(t0)
		dir := t.TempDir()
		h := newHarness(t, dir, clk, options{})
		for _, tm := range []lease.Terms{terms("L1", 1, ten, 1), terms("next", 1, ten.Add(2*time.Hour), 1)} {
			if _, err := h.a.Assign(tm, sh(`sleep 60`)); err != nil {
				t.Fatal(err)
			}
		}
		if provisioned {
			clk.Set(ten.Add(-time.Minute))
			h.waitState("L1", lease.Provisioning)
		}
		h.close()
		clk.Set(ten.Add(time.Hour))
		h2 := newHarness(t, dir, clk, options{exec: h.exec})
		st := h2.waitState("L1", lease.Closed)
		if st.Lease.Reason != lease.ProviderStopped || st.Handle != nil || len(st.Lease.History) != map[bool]int{false: 2, true: 3}[provisioned] {
			t.Fatalf("provisioned %v: %+v", provisioned, st.Lease)
		}
		if st, _ := h2.a.Lease("next"); st.Lease.State != lease.Assigned {
			t.Fatalf("next: %+v", st.Lease)
		}
		h2.close()
	}
}

// The lease ids the lease package accepts are exactly those every
// executor accepts.
func TestLeaseIDPatterns(t *testing.T) {
	if lease.IDPattern.String() != executor.LeaseIDPattern.String() {
		t.Fatalf("lease ids %s, executors %s", lease.IDPattern, executor.LeaseIDPattern)
	}
}
