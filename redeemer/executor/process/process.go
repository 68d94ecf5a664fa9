// Package process is the plain-process Executor, the default one and the
// one tests use: each job is an os/exec process in a process group of its
// own, which sees exactly its lease's GPUs through CUDA_VISIBLE_DEVICES
// and NVIDIA_VISIBLE_DEVICES (their UUIDs, comma-separated), writes its
// stdout and stderr to the lease's log files, and is stopped as a group:
// SIGTERM, a grace period, SIGKILL.
//
// Jobs outlive the agent: the executor keeps one small state file per
// lease (pid, the process's start time in clock ticks since boot as
// /proc/<pid>/stat gives it, the GPUs, the exit when it saw one), written
// atomically, so that a restarted agent finds a job that is still running
// and adopts it instead of starting a second one. The start-time check
// keeps a pid the kernel reused for another process from being mistaken
// for the job. A job that exits while no executor watches it (the agent
// was down) is reported exited with ExitCode UnknownExitCode: only a
// process's parent learns its exit status.
//
// It isolates nothing: the job runs as the agent's user on the host, with
// the agent's PATH, in its log directory. It is for tests, demos and
// providers who trust their holders; the OCI executor is the isolated one.
// SSHPublicKey is not used: the holder reaches a plain-process job only
// through its logs.
package process

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/hourglass-exchange/hourglass/internal/atomicfile"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/redeemer/executor"
)

// UnknownExitCode is the ExitCode of a job that exited while no executor
// watched it.
const UnknownExitCode = -1

// Log file names inside a job's LogDir.
const (
	StdoutFile = "stdout.log"
	StderrFile = "stderr.log"
)

// Errors of Wait, Stop and Inspect.
var (
	// ErrBadHandle: a handle this executor never issued.
	ErrBadHandle = errors.New("process: malformed handle")
	// ErrNoJob: a handle with only a lease id, for a lease this executor
	// has no job of.
	ErrNoJob = errors.New("process: no job for the lease")
)

// Config configures an Executor.
type Config struct {
	// StateDir holds one state file per lease; it is created if absent.
	StateDir string
	// Clock stamps StartedAt and EndedAt (default the wall clock). The
	// grace period of Stop and the polling of adopted jobs are wall time
	// whatever the clock: they are the processes' time.
	Clock clock.Clock
	// PollEvery is how often an adopted job (one this executor did not
	// start) is checked for its exit; default 50ms.
	PollEvery time.Duration
	Log       *slog.Logger
}

// Executor runs jobs as local processes.
type Executor struct {
	cfg  Config
	clk  clock.Clock
	log  *slog.Logger
	mu   sync.Mutex // guards jobs and the state files
	jobs map[string]*job
}

var _ executor.Executor = (*Executor)(nil)

// New returns an executor keeping its state in cfg.StateDir.
func New(cfg Config) (*Executor, error) {
	if cfg.StateDir == "" {
		return nil, errors.New("process: no state directory")
	}
	if err := os.MkdirAll(cfg.StateDir, 0o700); err != nil {
		return nil, fmt.Errorf("process: state directory: %w", err)
	}
	if cfg.PollEvery <= 0 {
		cfg.PollEvery = 50 * time.Millisecond
	}
	log := cfg.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Executor{cfg: cfg, clk: clock.Or(cfg.Clock), log: log, jobs: map[string]*job{}}, nil
}

// record is a job's state file.
type record struct {
	LeaseID    string    `json:"leaseId"`
	PID        int       `json:"pid"`
	StartTicks uint64    `json:"startTicks"` // /proc/<pid>/stat field 22
	GPUs       []string  `json:"gpus"`
	LogDir     string    `json:"logDir"`
	StartedAt  time.Time `json:"startedAt"`
	Exited     bool      `json:"exited"`
	ExitCode   int       `json:"exitCode"`
	EndedAt    time.Time `json:"endedAt,omitzero"`
}

func (r record) handleID() string { return fmt.Sprintf("%d@%d", r.PID, r.StartTicks) }

// job is a job this executor watches: one it started (cmd set) or one it
// adopted after a restart.
type job struct {
	mu   sync.Mutex
	rec  record
	done chan struct{} // closed when the process is gone
}

func (j *job) state() executor.State {
	j.mu.Lock()
	defer j.mu.Unlock()
	return executor.State{Running: !j.rec.Exited, Exited: j.rec.Exited, ExitCode: j.rec.ExitCode,
		StartedAt: j.rec.StartedAt, EndedAt: j.rec.EndedAt}
}

func (j *job) handle() executor.Handle {
	j.mu.Lock()
	defer j.mu.Unlock()
	return executor.Handle{LeaseID: j.rec.LeaseID, ID: j.rec.handleID()}
}

func (j *job) exited() bool {
	select {
	case <-j.done:
		return true
	default:
		return false
	}
}

func uuids(gpus []executor.GPU) []string {
	out := make([]string, len(gpus))
	for i, g := range gpus {
		out[i] = g.UUID
	}
	return out
}

// Start starts job on gpus, or returns the handle of the job it already
// runs for the lease (asking for other GPUs then is an error). The job's
// environment is the agent's PATH, job.Env, then HOURGLASS_LEASE_ID,
// CUDA_VISIBLE_DEVICES and NVIDIA_VISIBLE_DEVICES, which override any the
// job set: a job never chooses its GPUs.
func (e *Executor) Start(ctx context.Context, jb executor.Job, gpus []executor.GPU) (executor.Handle, error) {
	if err := executor.Validate(jb, gpus); err != nil {
		return executor.Handle{}, err
	}
	if err := ctx.Err(); err != nil {
		return executor.Handle{}, err
	}
	want := uuids(gpus)
	e.mu.Lock()
	defer e.mu.Unlock()
	j := e.jobs[jb.LeaseID]
	if j == nil {
		j = e.adoptLocked(jb.LeaseID, "")
	}
	if j != nil && !j.exited() {
		j.mu.Lock()
		have := j.rec.GPUs
		j.mu.Unlock()
		if strings.Join(have, ",") != strings.Join(want, ",") {
			return executor.Handle{}, fmt.Errorf("process: lease %s already runs on %v, asked for %v", jb.LeaseID, have, want)
		}
		return j.handle(), nil
	}
	if err := os.MkdirAll(jb.LogDir, 0o750); err != nil {
		return executor.Handle{}, fmt.Errorf("process: lease %s: log directory: %w", jb.LeaseID, err)
	}
	open := func(name string) (*os.File, error) {
		return os.OpenFile(filepath.Join(jb.LogDir, name), os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o640)
	}
	stdout, err := open(StdoutFile)
	if err != nil {
		return executor.Handle{}, fmt.Errorf("process: lease %s: %w", jb.LeaseID, err)
	}
	defer stdout.Close()
	stderr, err := open(StderrFile)
	if err != nil {
		return executor.Handle{}, fmt.Errorf("process: lease %s: %w", jb.LeaseID, err)
	}
	defer stderr.Close()

	cmd := exec.Command(jb.Command[0], jb.Command[1:]...)
	cmd.Dir = jb.LogDir
	dev := strings.Join(want, ",")
	cmd.Env = append(append([]string{"PATH=" + os.Getenv("PATH")}, jb.Env...),
		"HOURGLASS_LEASE_ID="+jb.LeaseID, "CUDA_VISIBLE_DEVICES="+dev, "NVIDIA_VISIBLE_DEVICES="+dev)
	cmd.Stdout, cmd.Stderr = stdout, stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		if errors.Is(err, exec.ErrNotFound) || errors.Is(err, fs.ErrNotExist) || errors.Is(err, fs.ErrPermission) {
			return executor.Handle{}, fmt.Errorf("%w: lease %s: %v", executor.ErrSpecInvalid, jb.LeaseID, err)
		}
		return executor.Handle{}, fmt.Errorf("process: lease %s: start: %w", jb.LeaseID, err)
	}
	ticks, _, err := procStart(cmd.Process.Pid)
	if err != nil {
		// The process is ours and has not been waited for: its /proc
		// entry exists until then, so this is a broken /proc.
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		_ = cmd.Wait()
		return executor.Handle{}, fmt.Errorf("process: lease %s: %w", jb.LeaseID, err)
	}
	j = &job{rec: record{LeaseID: jb.LeaseID, PID: cmd.Process.Pid, StartTicks: ticks, GPUs: want,
		LogDir: jb.LogDir, StartedAt: e.clk.Now()}, done: make(chan struct{})}
	if err := e.saveLocked(j.rec); err != nil {
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		_ = cmd.Wait()
		return executor.Handle{}, err
	}
	e.jobs[jb.LeaseID] = j
	e.log.Info("job started", "lease", jb.LeaseID, "pid", j.rec.PID, "gpus", dev)
	go e.reap(j, cmd)
	return j.handle(), nil
}

// reap waits for a job this executor started and records its exit.
func (e *Executor) reap(j *job, cmd *exec.Cmd) {
	err := cmd.Wait()
	code := 0
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
				code = 128 + int(ws.Signal())
			} else {
				code = ee.ExitCode()
			}
		} else {
			code = UnknownExitCode
		}
	}
	e.finish(j, code)
}

// finish records j's exit and wakes its waiters.
func (e *Executor) finish(j *job, code int) {
	e.mu.Lock()
	j.mu.Lock()
	j.rec.Exited, j.rec.ExitCode, j.rec.EndedAt = true, code, e.clk.Now()
	rec := j.rec
	j.mu.Unlock()
	if cur := e.jobs[rec.LeaseID]; cur == j {
		if err := e.saveLocked(rec); err != nil {
			e.log.Error("job exit not recorded", "lease", rec.LeaseID, "err", err)
		}
	}
	e.mu.Unlock()
	e.log.Info("job exited", "lease", rec.LeaseID, "pid", rec.PID, "code", code)
	close(j.done)
}

// poll watches an adopted job, which is not this process's child, until
// it is gone.
func (e *Executor) poll(j *job) {
	j.mu.Lock()
	pid, ticks := j.rec.PID, j.rec.StartTicks
	j.mu.Unlock()
	t := time.NewTicker(e.cfg.PollEvery)
	defer t.Stop()
	for range t.C {
		if !alive(pid, ticks) {
			e.finish(j, UnknownExitCode)
			return
		}
	}
}

// adoptLocked finds the job of a lease this executor does not watch yet:
// from its state file, or, without one, from the handle id. It returns
// nil when there is nothing to find. e.mu is held.
func (e *Executor) adoptLocked(leaseID, handleID string) *job {
	rec, err := e.loadLocked(leaseID)
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			e.log.Error("job state unreadable", "lease", leaseID, "err", err)
		}
		pid, ticks, ok := parseHandleID(handleID)
		if !ok {
			return nil
		}
		rec = record{LeaseID: leaseID, PID: pid, StartTicks: ticks}
	} else if handleID != "" && rec.handleID() != handleID {
		// The state file is of another run of this lease's job.
		pid, ticks, ok := parseHandleID(handleID)
		if !ok {
			return nil
		}
		rec = record{LeaseID: leaseID, PID: pid, StartTicks: ticks, GPUs: rec.GPUs, LogDir: rec.LogDir}
		if alive(pid, ticks) {
			return e.watchLocked(rec)
		}
		j := &job{rec: rec, done: make(chan struct{})}
		j.rec.Exited, j.rec.ExitCode = true, UnknownExitCode
		close(j.done)
		return j // not kept: the lease's current job is the state file's
	}
	if rec.Exited {
		j := &job{rec: rec, done: make(chan struct{})}
		close(j.done)
		e.jobs[leaseID] = j
		return j
	}
	if !alive(rec.PID, rec.StartTicks) {
		j := &job{rec: rec, done: make(chan struct{})}
		j.rec.Exited, j.rec.ExitCode = true, UnknownExitCode
		if !j.rec.StartedAt.IsZero() {
			j.rec.EndedAt = e.clk.Now()
		}
		close(j.done)
		e.jobs[leaseID] = j
		if err := e.saveLocked(j.rec); err != nil {
			e.log.Error("job exit not recorded", "lease", leaseID, "err", err)
		}
		e.log.Info("job found gone", "lease", leaseID, "pid", rec.PID)
		return j
	}
	return e.watchLocked(rec)
}

func (e *Executor) watchLocked(rec record) *job {
	j := &job{rec: rec, done: make(chan struct{})}
	e.jobs[rec.LeaseID] = j
	e.log.Info("job adopted", "lease", rec.LeaseID, "pid", rec.PID)
	go e.poll(j)
	return j
}

// find returns the job h names; a handle with only a lease id names the
// lease's latest job.
func (e *Executor) find(h executor.Handle) (*job, error) {
	if !executor.LeaseIDPattern.MatchString(h.LeaseID) {
		return nil, fmt.Errorf("%w: %+v", ErrBadHandle, h)
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if h.ID == "" {
		j := e.jobs[h.LeaseID]
		if j == nil {
			j = e.adoptLocked(h.LeaseID, "")
		}
		if j == nil {
			return nil, fmt.Errorf("%w: %s", ErrNoJob, h.LeaseID)
		}
		return j, nil
	}
	if _, _, ok := parseHandleID(h.ID); !ok {
		return nil, fmt.Errorf("%w: %+v", ErrBadHandle, h)
	}
	if j := e.jobs[h.LeaseID]; j != nil && j.handle().ID == h.ID {
		return j, nil
	}
	if j := e.adoptLocked(h.LeaseID, h.ID); j != nil {
		return j, nil
	}
	return nil, fmt.Errorf("%w: %+v", ErrBadHandle, h)
}

// Wait blocks until the job exits or ctx ends.
func (e *Executor) Wait(ctx context.Context, h executor.Handle) (executor.State, error) {
	j, err := e.find(h)
	if err != nil {
		return executor.State{}, err
	}
	select {
	case <-j.done:
		return j.state(), nil
	case <-ctx.Done():
		return j.state(), ctx.Err()
	}
}

// Inspect reports the job's state.
func (e *Executor) Inspect(ctx context.Context, h executor.Handle) (executor.State, error) {
	j, err := e.find(h)
	if err != nil {
		return executor.State{}, err
	}
	return j.state(), nil
}

// Stop sends SIGTERM to the job's process group, waits up to grace (wall
// time) for the job to exit, then SIGKILLs the group. Whatever is left of
// the group after the job exits is killed too: a lease leaves nothing
// behind. It returns when the job is gone, or when ctx ends.
func (e *Executor) Stop(ctx context.Context, h executor.Handle, grace time.Duration) error {
	j, err := e.find(h)
	if err != nil {
		return err
	}
	j.mu.Lock()
	pgid := j.rec.PID
	j.mu.Unlock()
	if !j.exited() {
		_ = syscall.Kill(-pgid, syscall.SIGTERM)
		t := time.NewTimer(grace)
		select {
		case <-j.done:
		case <-t.C:
			e.log.Info("job outlived its grace; killing", "lease", h.LeaseID, "grace", grace)
			_ = syscall.Kill(-pgid, syscall.SIGKILL)
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		}
		t.Stop()
		select {
		case <-j.done:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	// The group outlives its leader only through children the job left
	// behind; the group id is not reused while any of them lives.
	_ = syscall.Kill(-pgid, syscall.SIGKILL)
	return nil
}

func (e *Executor) path(leaseID string) string {
	return filepath.Join(e.cfg.StateDir, leaseID+".json")
}

func (e *Executor) loadLocked(leaseID string) (record, error) {
	b, err := os.ReadFile(e.path(leaseID))
	if err != nil {
		return record{}, err
	}
	var r record
	if err := json.Unmarshal(b, &r); err != nil {
		return record{}, fmt.Errorf("process: state of lease %s: %w", leaseID, err)
	}
	if r.LeaseID != leaseID {
		return record{}, fmt.Errorf("process: state file of lease %s names lease %s", leaseID, r.LeaseID)
	}
	return r, nil
}

func (e *Executor) saveLocked(r record) error {
	b, err := json.Marshal(r)
	if err != nil {
		return err
	}
	if err := atomicfile.Write(e.path(r.LeaseID), b, 0o600); err != nil {
		return fmt.Errorf("process: state of lease %s: %w", r.LeaseID, err)
	}
	return nil
}

func parseHandleID(id string) (pid int, ticks uint64, ok bool) {
	p, t, found := strings.Cut(id, "@")
	if !found {
		return 0, 0, false
	}
	pid, err1 := strconv.Atoi(p)
	ticks, err2 := strconv.ParseUint(t, 10, 64)
	return pid, ticks, err1 == nil && err2 == nil && pid > 0
}

// procStart reads a process's start time (clock ticks since boot) and its
// state letter from /proc/<pid>/stat.
func procStart(pid int) (ticks uint64, state byte, err error) {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0, 0, err
	}
	// The command name (field 2) is in parentheses and may hold anything:
	// the fields after it start after the last ')'.
	i := strings.LastIndexByte(string(b), ')')
	if i < 0 {
		return 0, 0, fmt.Errorf("process: /proc/%d/stat: no command field", pid)
	}
	f := strings.Fields(string(b[i+1:]))
	// f[0] is field 3 (state); field 22 (starttime) is f[19].
	if len(f) < 20 || len(f[0]) != 1 {
		return 0, 0, fmt.Errorf("process: /proc/%d/stat: %d fields", pid, len(f))
	}
	ticks, err = strconv.ParseUint(f[19], 10, 64)
	if err != nil {
		return 0, 0, fmt.Errorf("process: /proc/%d/stat: start time: %w", pid, err)
	}
	return ticks, f[0][0], nil
}

// alive reports whether pid is still the process that started at ticks,
// and not a zombie.
func alive(pid int, ticks uint64) bool {
	t, st, err := procStart(pid)
	return err == nil && t == ticks && st != 'Z' && st != 'X'
}
