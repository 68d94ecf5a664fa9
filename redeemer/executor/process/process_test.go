package process_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/internal/atomicfile"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
	"github.com/hourglass-exchange/hourglass/redeemer/executor"
	"github.com/hourglass-exchange/hourglass/redeemer/executor/process"
)

var gpus = []executor.GPU{
	{UUID: "GPU-11111111-1111-1111-1111-111111111111", Index: 0},
	{UUID: "GPU-33333333-3333-3333-3333-333333333333", Index: 2},
}

const gpuList = "GPU-11111111-1111-1111-1111-111111111111,GPU-33333333-3333-3333-3333-333333333333"

func newExec(t *testing.T, dir string) *process.Executor {
	t.Helper()
	e, err := process.New(process.Config{StateDir: dir, PollEvery: 10 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func job(t *testing.T, logDir, lease, script string, env ...string) executor.Job {
	return executor.Job{LeaseID: lease, Command: []string{"sh", "-c", script}, Env: env, LogDir: logDir}
}

func readLog(t *testing.T, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		t.Fatal(err)
	}
	return string(b)
}

// stopAtEnd makes sure no job outlives its test.
func stopAtEnd(t *testing.T, e *process.Executor, h executor.Handle) {
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_ = e.Stop(ctx, h, 0)
	})
}

func ctx(t *testing.T) context.Context {
	c, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	return c
}

// The job sees exactly its GPUs (whatever its own env said), its output
// lands in the log files, and its exit code comes back.
func TestRunsOnItsGPUs(t *testing.T) {
	dir := t.TempDir()
	e := newExec(t, filepath.Join(dir, "state"))
	logs := filepath.Join(dir, "logs", "L1")
	h, err := e.Start(ctx(t), job(t, logs, "L1",
		`echo "cuda=$CUDA_VISIBLE_DEVICES nvidia=$NVIDIA_VISIBLE_DEVICES lease=$HOURGLASS_LEASE_ID x=$X"; echo oops >&2; exit 3`,
		"X=1", "CUDA_VISIBLE_DEVICES=0"), gpus)
	if err != nil {
		t.Fatal(err)
	}
	st, err := e.Wait(ctx(t), h)
	if err != nil {
		t.Fatal(err)
	}
	if !st.Exited || st.Running || st.ExitCode != 3 || st.StartedAt.IsZero() || st.EndedAt.Before(st.StartedAt) {
		t.Fatalf("state %+v", st)
	}
	want := "cuda=" + gpuList + " nvidia=" + gpuList + " lease=L1 x=1\n"
	if got := readLog(t, logs, process.StdoutFile); got != want {
		t.Fatalf("stdout %q, want %q", got, want)
	}
	if got := readLog(t, logs, process.StderrFile); got != "oops\n" {
		t.Fatalf("stderr %q", got)
	}
	// Inspect after the exit, and from a fresh executor on the same state
	// directory: the exit code was recorded.
	if st2, err := e.Inspect(ctx(t), h); err != nil || st2 != st {
		t.Fatalf("inspect %+v %v, want %+v", st2, err, st)
	}
	e2 := newExec(t, filepath.Join(dir, "state"))
	if st2, err := e2.Inspect(ctx(t), h); err != nil || !st2.Exited || st2.ExitCode != 3 {
		t.Fatalf("inspect after restart %+v %v", st2, err)
	}
	// Stopping a job that exited is not an error.
	if err := e.Stop(ctx(t), h, time.Second); err != nil {
		t.Fatal(err)
	}
	// A second run of the lease appends to the same logs.
	h2, err := e.Start(ctx(t), job(t, logs, "L1", `echo again`), gpus)
	if err != nil {
		t.Fatal(err)
	}
	if h2 == h {
		t.Fatal("a new run got the old handle")
	}
	if st, err := e.Wait(ctx(t), h2); err != nil || st.ExitCode != 0 {
		t.Fatalf("%+v %v", st, err)
	}
	if got := readLog(t, logs, process.StdoutFile); got != want+"again\n" {
		t.Fatalf("stdout %q", got)
	}
}

// Start is idempotent per lease: a second Start of a running job returns
// its handle and starts nothing; asking for other GPUs is refused.
func TestStartIdempotent(t *testing.T) {
	dir := t.TempDir()
	e := newExec(t, dir)
	logs := filepath.Join(dir, "L2")
	j := job(t, logs, "L2", `echo started; while :; do sleep 0.05; done`)
	h, err := e.Start(ctx(t), j, gpus)
	if err != nil {
		t.Fatal(err)
	}
	stopAtEnd(t, e, h)
	h2, err := e.Start(ctx(t), j, gpus)
	if err != nil || h2 != h {
		t.Fatalf("second start %+v %v, want %+v", h2, err, h)
	}
	if _, err := e.Start(ctx(t), j, gpus[:1]); err == nil || !strings.Contains(err.Error(), "already runs on") {
		t.Fatalf("start on other GPUs: %v", err)
	}
	testsvc.CheckFor(t, 5*time.Second, 10*time.Millisecond, func() error {
		if got := readLog(t, logs, process.StdoutFile); got != "started\n" {
			return fmt.Errorf("stdout %q", got)
		}
		return nil
	})
	if st, err := e.Inspect(ctx(t), h); err != nil || !st.Running {
		t.Fatalf("%+v %v", st, err)
	}
	// A handle with only the lease id names the lease's job, here and in
	// a fresh executor; a lease without a job is ErrNoJob.
	fresh := newExec(t, dir)
	for _, ex := range []*process.Executor{e, fresh} {
		if st, err := ex.Inspect(ctx(t), executor.Handle{LeaseID: "L2"}); err != nil || !st.Running {
			t.Fatalf("by lease id: %+v %v", st, err)
		}
		if _, err := ex.Inspect(ctx(t), executor.Handle{LeaseID: "L9"}); !errors.Is(err, process.ErrNoJob) {
			t.Fatalf("no job: %v", err)
		}
	}
	// Both executors watch the job now: stop it, and let the fresh one see
	// it go (and write its state) before the directory is removed.
	if err := e.Stop(ctx(t), h, time.Second); err != nil {
		t.Fatal(err)
	}
	if st, err := fresh.Wait(ctx(t), executor.Handle{LeaseID: "L2"}); err != nil || !st.Exited {
		t.Fatalf("%+v %v", st, err)
	}
}

// Stop: SIGTERM to the group; a job that handles it exits in its grace.
func TestStopTerm(t *testing.T) {
	dir := t.TempDir()
	e := newExec(t, dir)
	logs := filepath.Join(dir, "L3")
	h, err := e.Start(ctx(t), job(t, logs, "L3", `trap 'echo term; exit 0' TERM; echo up; while :; do sleep 0.05; done`), gpus)
	if err != nil {
		t.Fatal(err)
	}
	stopAtEnd(t, e, h)
	testsvc.CheckFor(t, 5*time.Second, 10*time.Millisecond, func() error {
		if !strings.Contains(readLog(t, logs, process.StdoutFile), "up") {
			return errors.New("not up yet")
		}
		return nil
	})
	t0 := time.Now()
	if err := e.Stop(ctx(t), h, 10*time.Second); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(t0); d > 5*time.Second {
		t.Fatalf("stop took %v: the trap did not run", d)
	}
	st, _ := e.Inspect(ctx(t), h)
	if !st.Exited || st.ExitCode != 0 {
		t.Fatalf("%+v", st)
	}
	if got := readLog(t, logs, process.StdoutFile); got != "up\nterm\n" {
		t.Fatalf("stdout %q", got)
	}
}

// A job that ignores SIGTERM is SIGKILLed after the grace, with every
// process of its group, including children it started in the background.
func TestStopKillsAJobThatIgnoresTerm(t *testing.T) {
	dir := t.TempDir()
	e := newExec(t, dir)
	logs := filepath.Join(dir, "L4")
	h, err := e.Start(ctx(t), job(t, logs, "L4", `trap '' TERM; sleep 60 & echo child $!; while :; do sleep 0.05; done`), gpus)
	if err != nil {
		t.Fatal(err)
	}
	stopAtEnd(t, e, h)
	var child int
	testsvc.CheckFor(t, 5*time.Second, 10*time.Millisecond, func() error {
		_, err := fmt.Sscanf(readLog(t, logs, process.StdoutFile), "child %d", &child)
		return err
	})
	const grace = 300 * time.Millisecond
	t0 := time.Now()
	if err := e.Stop(ctx(t), h, grace); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(t0); d < grace {
		t.Fatalf("stopped in %v, before the grace %v", d, grace)
	}
	st, _ := e.Inspect(ctx(t), h)
	if !st.Exited || st.ExitCode != 128+int(syscall.SIGKILL) {
		t.Fatalf("%+v", st)
	}
	testsvc.CheckFor(t, 5*time.Second, 10*time.Millisecond, func() error {
		if gone(child) {
			return nil
		}
		return fmt.Errorf("the job's child %d outlived it", child)
	})
}

// gone reports whether pid is no more (or a zombie nobody reaped yet).
func gone(pid int) bool {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return true
	}
	f := strings.Fields(string(b[strings.LastIndexByte(string(b), ')')+1:]))
	return f[0] == "Z"
}

// A second executor on the same state directory (the agent restarted)
// adopts the running job: Start returns its handle, Inspect sees it run,
// Stop stops it. A state file whose pid now names another process (the
// start time differs) is not mistaken for the job.
func TestAdoptAfterRestart(t *testing.T) {
	dir := t.TempDir()
	state := filepath.Join(dir, "state")
	e := newExec(t, state)
	logs := filepath.Join(dir, "L5")
	j := job(t, logs, "L5", `trap '' TERM; echo up; while :; do sleep 0.05; done`)
	h, err := e.Start(ctx(t), j, gpus)
	if err != nil {
		t.Fatal(err)
	}
	stopAtEnd(t, e, h)
	// Up: its TERM trap is set (a SIGTERM before it would end the job).
	testsvc.CheckFor(t, 5*time.Second, 10*time.Millisecond, func() error {
		if !strings.Contains(readLog(t, logs, process.StdoutFile), "up") {
			return errors.New("not up yet")
		}
		return nil
	})

	e2 := newExec(t, state)
	h2, err := e2.Start(ctx(t), j, gpus)
	if err != nil || h2 != h {
		t.Fatalf("adopting start %+v %v, want %+v", h2, err, h)
	}
	if st, err := e2.Inspect(ctx(t), h); err != nil || !st.Running || st.StartedAt.IsZero() {
		t.Fatalf("%+v %v", st, err)
	}
	if err := e2.Stop(ctx(t), h, 100*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	if st, err := e2.Inspect(ctx(t), h); err != nil || !st.Exited {
		t.Fatalf("%+v %v", st, err)
	}
	if st, err := e.Wait(ctx(t), h); err != nil || st.ExitCode != 137 {
		t.Fatalf("the parent saw %+v %v", st, err)
	}

	// A reused pid: the state file names this test's own process, with
	// another start time.
	rec := map[string]any{"leaseId": "L6", "pid": os.Getpid(), "startTicks": 1, "gpus": []string{gpus[0].UUID},
		"logDir": filepath.Join(dir, "L6"), "startedAt": time.Now()}
	b, _ := json.Marshal(rec)
	if err := os.WriteFile(filepath.Join(state, "L6.json"), b, 0o600); err != nil {
		t.Fatal(err)
	}
	e3 := newExec(t, state)
	old := executor.Handle{LeaseID: "L6", ID: fmt.Sprintf("%d@1", os.Getpid())}
	if st, err := e3.Inspect(ctx(t), old); err != nil || !st.Exited || st.ExitCode != process.UnknownExitCode {
		t.Fatalf("a reused pid: %+v %v", st, err)
	}
	h6, err := e3.Start(ctx(t), job(t, filepath.Join(dir, "L6"), "L6", `exit 0`), gpus[:1])
	if err != nil || h6 == old {
		t.Fatalf("start after a reused pid: %+v %v", h6, err)
	}
	if st, err := e3.Wait(ctx(t), h6); err != nil || st.ExitCode != 0 {
		t.Fatalf("%+v %v", st, err)
	}
	if err := e3.Stop(ctx(t), old, time.Second); err != nil {
		t.Fatal(err) // a job long gone: nothing to do, and this process lives on
	}
}

// Jobs that cannot run are refused with ErrSpecInvalid, and start nothing.
func TestSpecInvalid(t *testing.T) {
	dir := t.TempDir()
	e := newExec(t, filepath.Join(dir, "state"))
	logs := filepath.Join(dir, "logs")
	for name, j := range map[string]executor.Job{
		"no command":    {LeaseID: "S1", LogDir: logs},
		"not found":     {LeaseID: "S2", Command: []string{"/nonexistent/hourglass-job"}, LogDir: logs},
		"not on PATH":   {LeaseID: "S3", Command: []string{"hourglass-no-such-command"}, LogDir: logs},
		"bad env":       {LeaseID: "S4", Command: []string{"true"}, Env: []string{"NOEQUALS"}, LogDir: logs},
		"empty key":     {LeaseID: "S5", Command: []string{"true"}, Env: []string{"=x"}, LogDir: logs},
		"bad lease id":  {LeaseID: "../x", Command: []string{"true"}, LogDir: logs},
		"no log dir":    {LeaseID: "S6", Command: []string{"true"}},
		"relative logs": {LeaseID: "S8", Command: []string{"true"}, LogDir: "logs"},
		"bad ssh key":   {LeaseID: "S9", Command: []string{"true"}, LogDir: logs, SSHPublicKey: "not a key"},
		"NUL in a word": {LeaseID: "S7", Command: []string{"true", "a\x00b"}, LogDir: logs},
	} {
		if _, err := e.Start(ctx(t), j, gpus); !errors.Is(err, executor.ErrSpecInvalid) {
			t.Errorf("%s: %v", name, err)
		}
	}
	if ents, _ := os.ReadDir(filepath.Join(dir, "state")); len(ents) != 0 {
		t.Fatalf("refused jobs left state: %v", ents)
	}
	if _, err := e.Inspect(ctx(t), executor.Handle{LeaseID: "S1", ID: "garbage"}); !errors.Is(err, process.ErrBadHandle) {
		t.Fatalf("bad handle: %v", err)
	}
}

func TestWriteFileAtomic(t *testing.T) {
	p := filepath.Join(t.TempDir(), "f.json")
	for _, s := range []string{"one", "two"} {
		if err := atomicfile.Write(p, []byte(s), 0o600); err != nil {
			t.Fatal(err)
		}
		if b, _ := os.ReadFile(p); string(b) != s {
			t.Fatalf("%q", b)
		}
	}
	if ents, _ := os.ReadDir(filepath.Dir(p)); len(ents) != 1 {
		t.Fatalf("temporary files left: %v", ents)
	}
}
