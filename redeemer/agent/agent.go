// Package agent is the provider's node agent: one per node, it holds the
// node key whose address the provider registers on-chain, knows the
// node's GPUs (through NVML), places each lease it is given on concrete
// GPUs by UUID (never two leases on one GPU at once), and runs the lease's
// job through an Executor on the lease's schedule: provisioning a little
// ahead of the window, the job started at the window's start and stopped
// (SIGTERM, grace, SIGKILL) at its end. Every transition is applied
// through redeemer/lease, persisted in the agent's directory before
// anything is reported, and reported (signed by the node key) to a
// Reporter.
//
// An agent killed mid-lease comes back on the same directory and resumes:
// each open lease keeps its GPUs; a job that is still running is adopted,
// a job that vanished while the agent was down is restarted on the same
// GPUs; a lease whose end passed meanwhile is closed. Stopping the agent
// (cancelling Run) leaves the jobs running for the next start.
//
// The agent's directory holds node.key, state.json (the leases, their
// placements, job specs, executor handles and report cursors) and
// logs/<lease>/{stdout,stderr}.log, which the holder reads through Logs.
package agent

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/internal/atomicfile"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/oracle/challenge"
	"github.com/hourglass-exchange/hourglass/oracle/nvmlwatch"
	"github.com/hourglass-exchange/hourglass/redeemer/executor"
	"github.com/hourglass-exchange/hourglass/redeemer/lease"
)

// Errors of the agent's API, with their stable codes.
var (
	// ErrUnknownLease: the agent has no lease by that id.
	ErrUnknownLease = errors.New("agent: unknown_lease")
	// ErrLeaseConflict: a lease by that id exists with other terms or spec.
	ErrLeaseConflict = errors.New("agent: lease_conflict")
	// ErrBadRequest: malformed arguments (a log stream other than stdout
	// or stderr, a negative offset, a stop reason that is not a stop).
	ErrBadRequest = errors.New("agent: bad_request")
)

// Spec is the holder's job, as the redeemer accepted it (signed by the
// holder, its hash the lease's specHash).
type Spec struct {
	Image        string   `json:"image,omitempty"` // by digest; the process executor ignores it
	Command      []string `json:"command"`
	Env          []string `json:"env,omitempty"` // KEY=VALUE
	SSHPublicKey string   `json:"sshPublicKey,omitempty"`
}

func (s Spec) equal(o Spec) bool {
	a, _ := json.Marshal(s)
	b, _ := json.Marshal(o)
	return string(a) == string(b)
}

// Config configures an Agent.
type Config struct {
	// Dir holds the node key, the state and the logs.
	Dir string
	// NVML is the GPU library: OpenNVML() on a GPU node, go-nvml's
	// mock/dgxh100 elsewhere.
	NVML     nvml.Interface
	Executor executor.Executor
	Reporter Reporter
	Clock    clock.Clock
	// Grace is how long a job has between SIGTERM and SIGKILL when its
	// lease ends or is stopped (default 30s, wall time).
	Grace time.Duration
	// ProvisionAhead is how long before the window the agent begins
	// provisioning (default 5m): spec checks, log directory, and for the
	// container executors the image, so that the job starts on time.
	ProvisionAhead time.Duration
	// Evidence, when set, is what the node answers the oracle's nonce
	// challenges with (the NVML snapshot of its GPUs, the CC attestation
	// over the nonce); nil answers with the agent's own view (Evidence).
	Evidence func(ctx context.Context, c challenge.Challenge) (json.RawMessage, error)
	// NVMLSnapshot, when set, is the NVML snapshot of the node's GPUs the
	// agent's evidence carries (oracle/nvmlwatch.Watcher.Snapshot).
	NVMLSnapshot func() (nvmlwatch.Snapshot, bool)
	// ClaimsCC: the node claims confidential computing. Its lease reports
	// say so (Report.CC: the redeemer records the claim with the lease),
	// and its answers to challenges carry each GPU's attestation over the
	// challenge's nonce, collected through NVML's conf-compute calls
	// (attest.Collect). The claim is the provider's; once made, an hour
	// without a passing attestation is not delivered (docs/oracle.md, "CC
	// attestation in answers").
	ClaimsCC bool
	// RetryEvery is how often a failed report or state write is retried
	// (default 5s).
	RetryEvery time.Duration
	Log        *slog.Logger
}

// Agent is one node's agent.
type Agent struct {
	cfg  Config
	clk  clock.Clock
	log  *slog.Logger
	key  *ecdsa.PrivateKey
	addr common.Address
	gpus []GPU

	mu        sync.Mutex
	leases    map[string]*record
	busy      map[string]string // GPU UUID -> lease whose job is (or may be) alive on it
	freed     chan struct{}     // closed and replaced whenever busy shrinks
	wakes     map[string]chan struct{}
	ctx       context.Context // Run's, once it runs
	wg        sync.WaitGroup
	poke      chan struct{} // wakes the reporter
	saveErr   bool          // a state write failed: said once, and once when it works again
	ccFailing bool          // an attestation failure was said (once until it recovers)
}

// record is one lease as the agent persists it.
type record struct {
	Lease  lease.Lease      `json:"lease"`
	Spec   Spec             `json:"spec"`
	GPUs   []string         `json:"gpus"`
	Handle *executor.Handle `json:"handle,omitempty"`
	Stop   *stopRequest     `json:"stop,omitempty"`
	Sent   int              `json:"sent"` // transitions reported
}

// stopRequest is a stop the runner has yet to carry out.
type stopRequest struct {
	Actor  lease.Actor  `json:"actor"`
	Reason lease.Reason `json:"reason"`
	Detail string       `json:"detail,omitempty"`
}

type stateFile struct {
	Version int       `json:"version"`
	Node    string    `json:"node"`
	Leases  []*record `json:"leases"`
}

const stateVersion = 1

// New opens (or creates) the agent in cfg.Dir: loads or creates the node
// key, discovers the GPUs and loads the leases it had.
func New(cfg Config) (*Agent, error) {
	if cfg.Dir == "" || cfg.NVML == nil || cfg.Executor == nil || cfg.Reporter == nil {
		return nil, errors.New("agent: Dir, NVML, Executor and Reporter are required")
	}
	dir, err := filepath.Abs(cfg.Dir)
	if err != nil {
		return nil, fmt.Errorf("agent: %w", err)
	}
	cfg.Dir = dir // the executors want absolute log directories
	if cfg.Grace <= 0 {
		cfg.Grace = 30 * time.Second
	}
	if cfg.ProvisionAhead <= 0 {
		cfg.ProvisionAhead = 5 * time.Minute
	}
	if cfg.RetryEvery <= 0 {
		cfg.RetryEvery = 5 * time.Second
	}
	log := cfg.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if err := os.MkdirAll(filepath.Join(cfg.Dir, "logs"), 0o750); err != nil {
		return nil, fmt.Errorf("agent: %w", err)
	}
	key, err := LoadOrCreateKey(filepath.Join(cfg.Dir, KeyFile))
	if err != nil {
		return nil, err
	}
	gpus, err := DiscoverGPUs(cfg.NVML)
	if err != nil {
		return nil, err
	}
	a := &Agent{cfg: cfg, clk: clock.Or(cfg.Clock), log: log, key: key, addr: crypto.PubkeyToAddress(key.PublicKey),
		gpus: gpus, leases: map[string]*record{}, busy: map[string]string{}, freed: make(chan struct{}),
		wakes: map[string]chan struct{}{}, poke: make(chan struct{}, 1)}
	b, err := os.ReadFile(a.statePath())
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return nil, fmt.Errorf("agent: state: %w", err)
	default:
		var st stateFile
		if err := json.Unmarshal(b, &st); err != nil {
			return nil, fmt.Errorf("agent: state %s: %w", a.statePath(), err)
		}
		if st.Version != stateVersion {
			return nil, fmt.Errorf("agent: state %s: version %d, want %d", a.statePath(), st.Version, stateVersion)
		}
		if st.Node != a.addr.Hex() {
			return nil, fmt.Errorf("agent: state %s belongs to node %s, the key is %s", a.statePath(), st.Node, a.addr.Hex())
		}
		for _, r := range st.Leases {
			a.leases[r.Lease.ID] = r
		}
	}
	log.Info("node agent", "node", a.addr, "gpus", len(gpus), "leases", len(a.leases))
	return a, nil
}

// Address is the node key's address, the one the provider registers.
func (a *Agent) Address() common.Address { return a.addr }

// GPUs lists the node's GPUs.
func (a *Agent) GPUs() []GPU { return append([]GPU(nil), a.gpus...) }

// Status is what the agent knows of one lease.
type Status struct {
	Lease  lease.Lease
	Spec   Spec
	GPUs   []string // UUIDs
	Handle *executor.Handle
	// Reported is how many transitions the Reporter took (the
	// assignment counts as reported).
	Reported int
}

func (r *record) status() Status {
	l := r.Lease
	l.History = append([]lease.Transition(nil), l.History...)
	s := Status{Lease: l, Spec: r.Spec, GPUs: append([]string(nil), r.GPUs...), Reported: r.Sent}
	if r.Handle != nil {
		h := *r.Handle
		s.Handle = &h
	}
	return s
}

// Lease returns one lease's status.
func (a *Agent) Lease(id string) (Status, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	r, ok := a.leases[id]
	if !ok {
		return Status{}, fmt.Errorf("%w: %q", ErrUnknownLease, id)
	}
	return r.status(), nil
}

// Leases returns every lease's status, by id.
func (a *Agent) Leases() []Status {
	a.mu.Lock()
	defer a.mu.Unlock()
	out := make([]Status, 0, len(a.leases))
	for _, r := range a.leases {
		out = append(out, r.status())
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Lease.ID < out[j].Lease.ID })
	return out
}

// Assign takes a lease assigned to this node, with its job spec: it
// places it on GPUs and schedules it. A lease it already has with the same
// terms and spec is accepted again (nothing changes); other terms under
// the same id are a conflict. Bad terms are refused with the lease
// package's errors, a lease the node cannot hold with ErrNoCapacity; a
// refusal changes nothing. A spec that cannot run is accepted here and
// closes the lease spec_invalid when provisioning begins, so that the
// closure is reported like any other.
func (a *Agent) Assign(t lease.Terms, spec Spec) (Status, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if r, ok := a.leases[t.ID]; ok {
		if r.Lease.Terms != t || !r.Spec.equal(spec) {
			return Status{}, fmt.Errorf("%w: lease %s is held with other terms or another spec", ErrLeaseConflict, t.ID)
		}
		return r.status(), nil
	}
	l, err := lease.Assign(t, a.clk.Now())
	if err != nil {
		return Status{}, err
	}
	var taken []Placement
	for _, r := range a.leases {
		if r.Lease.State.Open() {
			taken = append(taken, Placement{LeaseID: r.Lease.ID, Start: r.Lease.Start(), End: r.Lease.End(), GPUs: r.GPUs})
		}
	}
	gpus, err := Place(a.gpus, taken, t)
	if err != nil {
		return Status{}, err
	}
	r := &record{Lease: l, Spec: spec, Sent: 1}
	for _, g := range gpus {
		r.GPUs = append(r.GPUs, g.UUID)
	}
	a.leases[t.ID] = r
	if err := a.saveLocked(); err != nil {
		delete(a.leases, t.ID)
		return Status{}, err
	}
	a.log.Info("lease assigned", "lease", t.ID, "gpus", r.GPUs, "start", t.Start(), "end", t.End())
	a.startRunnerLocked(t.ID)
	return r.status(), nil
}

// Stop asks for a lease to be stopped: by its holder (reason
// holder_stopped), by the provider (provider_stopped, or gpu_fault) or by
// the redeemer, whose verdict closed it (provider_never_started,
// node_lost, spec_missing, spec_invalid, gpu_fault). The
// job is stopped (SIGTERM, grace, SIGKILL) and the lease closed with the
// reason; Stop returns once the request is recorded. A request the lease's
// rules refuse (a closed lease, the wrong actor) is refused here and
// changes nothing, except the redeemer's verdict on an open lease: the
// redeemer closed it already, so its job is stopped all the same and the
// lease closed provider_stopped when the rules refuse the verdict (a job
// that started meanwhile).
func (a *Agent) Stop(id string, actor lease.Actor, reason lease.Reason, detail string) error {
	switch reason {
	case lease.HolderStopped, lease.ProviderStopped, lease.GPUFault:
	case lease.ProviderNeverStarted, lease.NodeLost, lease.SpecMissing, lease.SpecInvalid:
		if actor != lease.Redeemer {
			return fmt.Errorf("%w: %s is the redeemer's verdict", ErrBadRequest, reason)
		}
	default:
		return fmt.Errorf("%w: %s is not a reason to stop a lease", ErrBadRequest, reason)
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	r, ok := a.leases[id]
	if !ok {
		return fmt.Errorf("%w: %q", ErrUnknownLease, id)
	}
	if err := r.Lease.Check(lease.Event{Kind: lease.Close, Actor: actor, Reason: reason, At: a.nowFor(r), Detail: detail}); err != nil &&
		(actor != lease.Redeemer || !r.Lease.State.Open()) {
		return err // the redeemer's verdict is final: its lease is closed whatever moved here since
	}
	if r.Stop != nil {
		return nil // already asked
	}
	r.Stop = &stopRequest{Actor: actor, Reason: reason, Detail: detail}
	if err := a.saveLocked(); err != nil {
		r.Stop = nil
		return err
	}
	a.wakeLocked(id)
	return nil
}

// nowFor is the clock's time, never before the lease's last transition
// (a clock that stepped back must not wedge a lease).
func (a *Agent) nowFor(r *record) time.Time {
	now := a.clk.Now()
	if s := r.Lease.Since(); now.Before(s) {
		return s
	}
	return now
}

// Stream names a log.
type Stream string

// The two logs of a lease.
const (
	Stdout Stream = "stdout"
	Stderr Stream = "stderr"
)

// LogChunk is a piece of a lease's log.
type LogChunk struct {
	Data []byte
	// Next is the offset to ask for next; Size the log's size now.
	Next, Size int64
}

// LogDir is where a lease's logs are.
func (a *Agent) LogDir(id string) string { return filepath.Join(a.cfg.Dir, "logs", id) }

// Logs reads up to max bytes (at most 1 MiB) of a lease's stdout or stderr
// from offset: the holder follows a job's output by asking again from
// Next. A lease whose job has not written yet has an empty log.
func (a *Agent) Logs(id string, s Stream, offset int64, max int) (LogChunk, error) {
	if s != Stdout && s != Stderr {
		return LogChunk{}, fmt.Errorf("%w: log stream %q (stdout or stderr)", ErrBadRequest, s)
	}
	if offset < 0 || max <= 0 {
		return LogChunk{}, fmt.Errorf("%w: offset %d, max %d", ErrBadRequest, offset, max)
	}
	max = min(max, 1<<20)
	a.mu.Lock()
	_, ok := a.leases[id]
	a.mu.Unlock()
	if !ok {
		return LogChunk{}, fmt.Errorf("%w: %q", ErrUnknownLease, id)
	}
	f, err := os.Open(filepath.Join(a.LogDir(id), string(s)+".log"))
	if errors.Is(err, fs.ErrNotExist) {
		return LogChunk{Next: offset}, nil
	}
	if err != nil {
		return LogChunk{}, fmt.Errorf("agent: log of lease %s: %w", id, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return LogChunk{}, err
	}
	buf := make([]byte, max)
	n, err := f.ReadAt(buf, offset)
	if err != nil && !errors.Is(err, io.EOF) {
		return LogChunk{}, fmt.Errorf("agent: log of lease %s: %w", id, err)
	}
	return LogChunk{Data: buf[:n], Next: offset + int64(n), Size: fi.Size()}, nil
}

// Run runs the leases' schedules and the reports until ctx ends; it runs
// once per Agent. Jobs keep running after it returns: the next agent on
// the same directory adopts them.
func (a *Agent) Run(ctx context.Context) error {
	a.mu.Lock()
	if a.ctx != nil {
		a.mu.Unlock()
		return errors.New("agent: already running")
	}
	a.ctx = ctx
	// A running lease's job may be alive: its GPUs are busy until its
	// runner has looked, so that no other lease's job starts on them.
	for id, r := range a.leases {
		if r.Lease.State == lease.Running {
			for _, u := range r.GPUs {
				a.busy[u] = id
			}
		}
	}
	for id, r := range a.leases {
		if r.Lease.State.Open() {
			a.startRunnerLocked(id)
		}
	}
	a.wg.Add(1)
	go a.reportLoop(ctx)
	a.mu.Unlock()
	a.pokeReporter()
	<-ctx.Done()
	a.wg.Wait()
	return nil
}

func (a *Agent) startRunnerLocked(id string) {
	if a.ctx == nil {
		return // Run starts it
	}
	if a.ctx.Err() != nil {
		return // Run is over: the next agent on this directory resumes it
	}
	if _, ok := a.wakes[id]; ok {
		return
	}
	a.wakes[id] = make(chan struct{}, 1)
	a.wg.Add(1)
	go a.runLease(a.ctx, id)
}

func (a *Agent) wakeLocked(id string) {
	if c, ok := a.wakes[id]; ok {
		select {
		case c <- struct{}{}:
		default:
		}
	}
}

func (a *Agent) statePath() string { return filepath.Join(a.cfg.Dir, "state.json") }

// saveLocked writes the state file; a.mu is held.
func (a *Agent) saveLocked() error {
	st := stateFile{Version: stateVersion, Node: a.addr.Hex()}
	for _, r := range a.leases {
		st.Leases = append(st.Leases, r)
	}
	sort.Slice(st.Leases, func(i, j int) bool { return st.Leases[i].Lease.ID < st.Leases[j].Lease.ID })
	b, err := json.MarshalIndent(st, "", " ")
	if err == nil {
		err = atomicfile.Write(a.statePath(), b, 0o600)
	}
	if err != nil {
		if !a.saveErr {
			a.log.Error("agent state not written; retrying", "err", err)
			a.saveErr = true
		}
		return fmt.Errorf("agent: state: %w", err)
	}
	if a.saveErr {
		a.log.Info("agent state written again")
		a.saveErr = false
	}
	return nil
}

func (a *Agent) pokeReporter() {
	select {
	case a.poke <- struct{}{}:
	default:
	}
}

// reportLoop sends every unreported transition, lease by lease, in order,
// retrying every RetryEvery while the Reporter fails (said once, and once
// when it works again).
func (a *Agent) reportLoop(ctx context.Context) {
	defer a.wg.Done()
	failing := false
	for {
		err := a.reportPending(ctx)
		switch {
		case err != nil && !failing && ctx.Err() == nil:
			a.log.Error("reports failing; retrying", "every", a.cfg.RetryEvery, "err", err)
			failing = true
		case err == nil && failing:
			a.log.Info("reports delivered again")
			failing = false
		}
		var retry <-chan time.Time
		var t clock.Timer
		if err != nil {
			t = a.clk.NewTimer(a.cfg.RetryEvery)
			retry = t.C()
		}
		select {
		case <-ctx.Done():
		case <-a.poke:
		case <-retry:
		}
		if t != nil {
			t.Stop()
		}
		if ctx.Err() != nil {
			return
		}
	}
}

func (a *Agent) reportPending(ctx context.Context) error {
	for {
		a.mu.Lock()
		var next *Report
		var ids []string
		for id := range a.leases {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			r := a.leases[id]
			if r.Sent < len(r.Lease.History) {
				rep := Report{Node: a.addr, LeaseID: id, Seq: r.Sent, Transition: r.Lease.History[r.Sent],
					GPUs: append([]string(nil), r.GPUs...), CC: a.cfg.ClaimsCC}
				next = &rep
				break
			}
		}
		a.mu.Unlock()
		if next == nil {
			return nil
		}
		if err := next.Sign(a.key); err != nil {
			return err
		}
		if err := a.cfg.Reporter.Report(ctx, *next); err != nil {
			return fmt.Errorf("lease %s transition %d: %w", next.LeaseID, next.Seq, err)
		}
		a.mu.Lock()
		if r := a.leases[next.LeaseID]; r != nil && r.Sent == next.Seq {
			r.Sent++
			if err := a.saveLocked(); err != nil {
				r.Sent--
				a.mu.Unlock()
				return err
			}
		}
		a.mu.Unlock()
	}
}
