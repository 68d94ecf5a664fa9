// Package executor runs a lease's job on the GPUs the provider's node
// agent placed it on. One interface, three implementations: a plain
// process (the default, and what tests use), an OCI container on runc with
// CDI device injection (nvidia.com/gpu=GPU-<uuid>), and the Docker Engine
// API. The agent (redeemer/agent) owns the schedule; an Executor only
// starts, watches and stops one job at a time per lease.
package executor

import (
	"context"
	"errors"
	"sync"
	"time"
)

// Job is what to run for one lease: the holder's signed job spec, as the
// redeemer accepted it (its hash is the lease's specHash on-chain).
type Job struct {
	// LeaseID names the job: Start is idempotent per lease ID, and an
	// executor labels what it starts with it so that a restarted agent
	// finds its jobs again (Inspect).
	LeaseID string
	// Image is an OCI image by digest (name@sha256:…) for the container
	// executors; the process executor ignores it.
	Image   string
	Command []string
	Env     []string // KEY=VALUE
	// SSHPublicKey, when set, is authorised for the holder (an
	// authorized_keys line), never passed through the environment.
	SSHPublicKey string
	// LogDir is where the executor writes the job's stdout and stderr
	// (LogDir/stdout.log, LogDir/stderr.log), appending across restarts.
	LogDir string
}

// GPU is one GPU of the node the lease holds, by its NVML UUID
// ("GPU-<uuid>"): the executors expose exactly these and no other.
type GPU struct {
	UUID  string
	Index int // NVML index on the node, for logs only (indices are not stable)
}

// State is what an executor sees of a job.
type State struct {
	Running   bool
	Exited    bool
	ExitCode  int // valid when Exited; a job killed by a signal is 128+signal
	StartedAt time.Time
	EndedAt   time.Time // zero while running
}

// Handle names a started job to its executor; it survives an agent
// restart (the agent stores it with the lease).
type Handle struct {
	LeaseID string
	ID      string // the executor's own id: a pid, a container id
}

// Executor runs jobs.
type Executor interface {
	// Start starts job on gpus, or returns the handle of the job it
	// already runs for job.LeaseID.
	Start(ctx context.Context, job Job, gpus []GPU) (Handle, error)
	// Wait blocks until the job exits (or ctx ends) and returns its state.
	Wait(ctx context.Context, h Handle) (State, error)
	// Stop sends SIGTERM, waits up to grace, then SIGKILLs; it returns when
	// the job is gone. Stopping a job that already exited is not an error.
	Stop(ctx context.Context, h Handle, grace time.Duration) error
	// Inspect reports the job's state, for liveness reports and for an
	// agent that restarted and finds its jobs again.
	Inspect(ctx context.Context, h Handle) (State, error)
}

// Errors of Start that close a lease with a reason of their own (the
// agent maps them to the lease close reasons "image unavailable" and
// "spec invalid"); any other error is the provider's fault.
var (
	ErrImageUnavailable = errors.New("executor: the job's image is not available")
	ErrSpecInvalid      = errors.New("executor: the job spec cannot be run")
)

// Locks makes the calls on one job run one at a time (Start and Stop of
// one lease never interleave), by name; the zero value is ready.
type Locks struct {
	mu sync.Mutex
	m  map[string]*sync.Mutex
}

// Lock locks name's mutex and returns its unlock.
func (l *Locks) Lock(name string) (unlock func()) {
	l.mu.Lock()
	m, ok := l.m[name]
	if !ok {
		if l.m == nil {
			l.m = map[string]*sync.Mutex{}
		}
		m = &sync.Mutex{}
		l.m[name] = m
	}
	l.mu.Unlock()
	m.Lock()
	return m.Unlock
}
