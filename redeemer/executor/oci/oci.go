// Package oci is the executor that runs a lease's job as an OCI container
// on runc, with the leased GPUs injected through CDI
// (nvidia.com/gpu=GPU-<uuid>). It needs no daemon: runc is a program, the
// container's state lives under the runc root and the lease's bundle
// directory, and a restarted agent finds its containers again from those.
//
// Each job runs under a small shim, `sh -c 'runc run ...; echo $? > exit'`,
// started in its own session: runc run stays the container's parent and
// reaps it, and the shim records the exit status in the bundle, so the
// status survives the agent (runc itself keeps none once its child is
// gone). The agent must therefore not kill its whole cgroup when it stops
// (systemd: KillMode=process).
//
// Per lease, under StateDir/hourglass-<lease id>/:
//
//	config.json  the runtime spec (CDI devices injected)
//	rootfs/      overlay: the image's rootfs below, upper/ above
//	upper/ work/ the lease's own writes (authorized_keys among them)
//	pid          the container's init pid, written by runc once it runs
//	started      when the job started (RFC 3339)
//	exit         the job's exit status, written by the shim when it ends
//	shim.pid     the shim's pid, to tell a starting job from a lost one
//	runc.log     runc's own log (JSON), for errors that are not the job's
package oci

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	specs "github.com/opencontainers/runtime-spec/specs-go"
	"tags.cncf.io/container-device-interface/pkg/cdi"

	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/redeemer/executor"
)

// Options configure an Executor. Zero values take the defaults named.
type Options struct {
	// Runc is the runc binary (default: "runc" looked up in PATH).
	Runc string
	// Root is runc's state directory (runc --root), kept apart from any
	// other user of runc on the host (default /run/hourglass/runc).
	Root string
	// StateDir holds one bundle per lease (default /var/lib/hourglass/oci).
	// It must be on a filesystem overlayfs accepts as an upper layer.
	StateDir string
	// Images resolves an image digest to an unpacked rootfs (required).
	Images Images
	// CDISpecDirs are where CDI specs are read from (default /etc/cdi and
	// /var/run/cdi, where nvidia-ctk writes nvidia.yaml).
	CDISpecDirs []string
	// CDIKind is the CDI device kind of the GPUs (default nvidia.com/gpu):
	// a GPU "GPU-<uuid>" is requested as "<CDIKind>=GPU-<uuid>".
	CDIKind string
	// HostNetwork runs jobs in the host's network namespace (needed for the
	// holder to reach an sshd in the job); default is a network namespace
	// of the job's own with only loopback.
	HostNetwork bool
	// MemoryLimit and PidsLimit, when positive, are the job's cgroup limits.
	MemoryLimit int64
	PidsLimit   int64
	// CgroupParent is the cgroup under which each job gets its own
	// (default /hourglass): the job's cgroup is <CgroupParent>/<container id>.
	CgroupParent string
	// ShmSize is the size of /dev/shm (default 1g: data loaders use it).
	ShmSize string
	// StartTimeout bounds how long Start waits for runc to run the job
	// (default 60s).
	StartTimeout time.Duration
	Clock        clock.Clock
	Logger       *slog.Logger
}

// Executor runs jobs as runc containers. It is safe for concurrent use;
// two Executors on the same Root and StateDir (an agent and its
// restarted self) see the same jobs.
type Executor struct {
	runc     runc
	stateDir string
	images   Images
	cdi      *cdi.Cache
	cdiKind  string
	opts     Options
	clock    clock.Clock
	log      *slog.Logger

	mu     sync.Mutex
	leases executor.Locks           // per container id: Start and Stop of one lease run one at a time
	shims  map[string]chan struct{} // closed when a shim this process started exits
}

var _ executor.Executor = (*Executor)(nil)

// ErrNoJob is returned by Wait, Stop and Inspect for a handle the executor
// has no bundle for.
var ErrNoJob = errors.New("oci: no job for this lease")

// ErrLost is returned by Wait and Inspect for a job whose bundle exists but
// whose container and shim are gone without an exit status (the node
// rebooted, or the shim was killed): the job is not running.
var ErrLost = errors.New("oci: job lost (no container, no exit status)")

// New returns an Executor. It fails when runc cannot be found or the CDI
// spec directories cannot be read.
func New(o Options) (*Executor, error) {
	if o.Images == nil {
		return nil, errors.New("oci: Options.Images is required")
	}
	bin := o.Runc
	if bin == "" {
		bin = "runc"
	}
	path, err := exec.LookPath(bin)
	if err != nil {
		return nil, fmt.Errorf("oci: runc: %w", err)
	}
	if o.Root == "" {
		o.Root = "/run/hourglass/runc"
	}
	if o.StateDir == "" {
		o.StateDir = "/var/lib/hourglass/oci"
	}
	if len(o.CDISpecDirs) == 0 {
		o.CDISpecDirs = cdi.DefaultSpecDirs
	}
	if o.CDIKind == "" {
		o.CDIKind = "nvidia.com/gpu"
	}
	if o.CgroupParent == "" {
		o.CgroupParent = "/hourglass"
	}
	if o.ShmSize == "" {
		o.ShmSize = "1g"
	}
	if o.StartTimeout <= 0 {
		o.StartTimeout = 60 * time.Second
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	for _, d := range []string{o.Root, o.StateDir} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			return nil, fmt.Errorf("oci: %w", err)
		}
	}
	cache, err := cdi.NewCache(cdi.WithSpecDirs(o.CDISpecDirs...), cdi.WithAutoRefresh(false))
	if err != nil {
		// A spec file that does not parse is reported, not fatal: the
		// devices of the other specs still resolve.
		o.Logger.Warn("oci: CDI specs", "err", err)
	}
	return &Executor{
		runc:     runc{bin: path, root: o.Root},
		stateDir: o.StateDir,
		images:   o.Images,
		cdi:      cache,
		cdiKind:  o.CDIKind,
		opts:     o,
		clock:    clock.Or(o.Clock),
		log:      o.Logger,
		shims:    map[string]chan struct{}{},
	}, nil
}

// ContainerID is the runc container id of a lease's job.
func ContainerID(leaseID string) string { return "hourglass-" + leaseID }

func (e *Executor) containerID(h executor.Handle) (string, error) {
	if !executor.LeaseIDPattern.MatchString(h.LeaseID) {
		return "", fmt.Errorf("%w: lease id %q", executor.ErrSpecInvalid, h.LeaseID)
	}
	id := ContainerID(h.LeaseID)
	if h.ID != "" && h.ID != id {
		return "", fmt.Errorf("oci: handle %q is not lease %s's container", h.ID, h.LeaseID)
	}
	return id, nil
}

func (e *Executor) lock(id string) func() { return e.leases.Lock(id) }

func (e *Executor) bundle(id string) string { return filepath.Join(e.stateDir, id) }

// validate checks what Start needs of job and gpus, before anything is
// touched: every failure wraps executor.ErrSpecInvalid.
func validate(job executor.Job, gpus []executor.GPU) error {
	if err := executor.Validate(job, gpus); err != nil {
		return err
	}
	_, err := ImageDigest(job.Image)
	return err
}

// Start runs job in a new container on gpus, or returns the handle of the
// container already running (or starting) for job.LeaseID. A lease whose
// previous job exited is started afresh: its upper layer (files the job
// wrote) is kept, its exit status replaced.
func (e *Executor) Start(ctx context.Context, job executor.Job, gpus []executor.GPU) (_ executor.Handle, err error) {
	if err := validate(job, gpus); err != nil {
		return executor.Handle{}, err
	}
	id := ContainerID(job.LeaseID)
	h := executor.Handle{LeaseID: job.LeaseID, ID: id}
	defer e.lock(id)()

	if st, err := e.inspect(ctx, id); err == nil && st.Running {
		return h, nil
	}

	lower, err := e.images.Rootfs(ctx, job.Image)
	if err != nil {
		return executor.Handle{}, err
	}
	if strings.ContainsAny(lower, ",:") {
		return executor.Handle{}, fmt.Errorf("oci: image rootfs path %q holds ',' or ':' (overlayfs options)", lower)
	}
	b := e.bundle(id)
	// What is left of a container that ended without its shim (a lost job).
	_ = e.runc.delete(ctx, id)
	if err := e.prepareBundle(b, lower); err != nil {
		return executor.Handle{}, err
	}
	defer func() {
		if err != nil {
			e.cleanup(ctx, id) // nothing runs: release the overlay
		}
	}()
	if err := writeAuthorizedKeys(filepath.Join(b, "rootfs"), job.SSHPublicKey); err != nil {
		return executor.Handle{}, err
	}
	spec, err := e.spec(job, gpus, filepath.Join(b, "rootfs"), id)
	if err != nil {
		return executor.Handle{}, err
	}
	if err := writeJSON(filepath.Join(b, "config.json"), spec); err != nil {
		return executor.Handle{}, err
	}
	if err := e.spawn(job, b, id); err != nil {
		return executor.Handle{}, err
	}
	if err := e.waitRunning(ctx, b); err != nil {
		return executor.Handle{}, err
	}
	e.log.Info("oci: job started", "lease", job.LeaseID, "container", id, "gpus", len(gpus))
	return h, nil
}

// prepareBundle (re)creates the bundle's overlay rootfs over lower and
// clears the previous run's status files.
func (e *Executor) prepareBundle(b, lower string) error {
	for _, d := range []string{"upper", "work", "rootfs"} {
		if err := os.MkdirAll(filepath.Join(b, d), 0o700); err != nil {
			return fmt.Errorf("oci: bundle: %w", err)
		}
	}
	for _, f := range []string{"exit", "exit.tmp", "pid", "started", "shim.pid"} {
		if err := os.Remove(filepath.Join(b, f)); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("oci: bundle: %w", err)
		}
	}
	rootfs := filepath.Join(b, "rootfs")
	if err := unmountIfMounted(rootfs); err != nil {
		return err
	}
	opts := fmt.Sprintf("lowerdir=%s,upperdir=%s,workdir=%s", lower, filepath.Join(b, "upper"), filepath.Join(b, "work"))
	if err := syscall.Mount("overlay", rootfs, "overlay", 0, opts); err != nil {
		return fmt.Errorf("oci: mount overlay rootfs at %s: %w", rootfs, err)
	}
	return nil
}

// isMountpoint reports whether path is mounted over (its device differs
// from its parent's), which is how an overlay rootfs looks.
func isMountpoint(path string) (bool, error) {
	var st, parent syscall.Stat_t
	if err := syscall.Stat(path, &st); err != nil {
		if errors.Is(err, syscall.ENOENT) {
			return false, nil
		}
		return false, err
	}
	if err := syscall.Stat(filepath.Dir(path), &parent); err != nil {
		return false, err
	}
	return st.Dev != parent.Dev, nil
}

func unmountIfMounted(path string) error {
	m, err := isMountpoint(path)
	if err != nil || !m {
		return err
	}
	if err := syscall.Unmount(path, 0); err != nil {
		if err := syscall.Unmount(path, syscall.MNT_DETACH); err != nil {
			return fmt.Errorf("oci: unmount %s: %w", path, err)
		}
	}
	return nil
}

// writeAuthorizedKeys authorises key for root in the container: it is
// written to /root/.ssh/authorized_keys in the lease's upper layer,
// never passed through the environment. os.Root keeps a symlink in the
// image (say /root -> /etc) from pointing the write at the host.
func writeAuthorizedKeys(rootfs, key string) error {
	if key == "" {
		return nil
	}
	r, err := os.OpenRoot(rootfs)
	if err != nil {
		return fmt.Errorf("oci: rootfs: %w", err)
	}
	defer r.Close()
	if err := r.MkdirAll("root/.ssh", 0o700); err != nil {
		return fmt.Errorf("%w: /root/.ssh in the image: %v", executor.ErrSpecInvalid, err)
	}
	if err := r.Chmod("root/.ssh", 0o700); err != nil {
		return fmt.Errorf("oci: /root/.ssh: %w", err)
	}
	if err := r.WriteFile("root/.ssh/authorized_keys", []byte(strings.TrimRight(key, "\n")+"\n"), 0o600); err != nil {
		return fmt.Errorf("oci: authorized_keys: %w", err)
	}
	return nil
}

const defaultPath = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

// spec builds the job's runtime spec and injects its GPUs through CDI.
func (e *Executor) spec(job executor.Job, gpus []executor.GPU, rootfs, id string) (*specs.Spec, error) {
	env := job.Env
	hasPath := false
	for _, kv := range env {
		hasPath = hasPath || strings.HasPrefix(kv, "PATH=")
	}
	if !hasPath {
		env = append([]string{defaultPath}, env...)
	}
	uuids := make([]string, len(gpus))
	devices := make([]string, len(gpus))
	for i, g := range gpus {
		uuids[i] = g.UUID
		devices[i] = e.cdiKind + "=" + g.UUID
	}
	visible := strings.Join(uuids, ",")
	if visible == "" {
		visible = "void" // the NVIDIA runtime's word for "no GPU"
	}
	hostname := id
	if len(hostname) > 63 {
		hostname = hostname[:63]
	}
	s := newSpec(specInput{
		leaseID:     job.LeaseID,
		hostname:    hostname,
		rootfs:      rootfs,
		args:        job.Command,
		env:         mergeEnv(env, map[string]string{"NVIDIA_VISIBLE_DEVICES": visible}),
		hostNetwork: e.opts.HostNetwork,
		cgroupsPath: filepath.Join(e.opts.CgroupParent, id),
		memoryLimit: e.opts.MemoryLimit,
		pidsLimit:   e.opts.PidsLimit,
		shmSize:     e.opts.ShmSize,
	})
	if len(devices) > 0 {
		if e.cdi == nil {
			return nil, errors.New("oci: no CDI cache")
		}
		refreshErr := e.cdi.Refresh()
		if unresolved, err := e.cdi.InjectDevices(s, devices...); err != nil {
			if refreshErr != nil {
				err = fmt.Errorf("%w (CDI specs: %v)", err, refreshErr)
			}
			return nil, fmt.Errorf("oci: CDI devices %v: %w", unresolved, err)
		}
	}
	return s, nil
}

// shimScript runs the container in the foreground under runc and records
// its exit status (0-255; 128+signal when a signal ended it) atomically.
const shimScript = `"$1" --root "$2" --log "$3/runc.log" --log-format json run --bundle "$3" --pid-file "$3/pid" "$4"
code=$?
echo "$code" > "$3/exit.tmp" && mv -f "$3/exit.tmp" "$3/exit"`

// spawn starts the shim in a session of its own, its output appended to
// the lease's logs.
func (e *Executor) spawn(job executor.Job, b, id string) error {
	if err := os.MkdirAll(job.LogDir, 0o755); err != nil {
		return fmt.Errorf("oci: log dir: %w", err)
	}
	open := func(name string) (*os.File, error) {
		return os.OpenFile(filepath.Join(job.LogDir, name), os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
	}
	stdout, err := open("stdout.log")
	if err != nil {
		return fmt.Errorf("oci: %w", err)
	}
	defer stdout.Close()
	stderr, err := open("stderr.log")
	if err != nil {
		return fmt.Errorf("oci: %w", err)
	}
	defer stderr.Close()

	cmd := exec.Command("/bin/sh", "-c", shimScript, "hourglass-shim", e.runc.bin, e.runc.root, b, id)
	cmd.Stdout, cmd.Stderr = stdout, stderr
	cmd.Dir = b
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("oci: start shim: %w", err)
	}
	done := make(chan struct{})
	e.mu.Lock()
	e.shims[id] = done
	e.mu.Unlock()
	go func() {
		_ = cmd.Wait() // reap it; its status is in the exit file
		close(done)
	}()
	if err := os.WriteFile(filepath.Join(b, "shim.pid"), []byte(strconv.Itoa(cmd.Process.Pid)), 0o600); err != nil {
		return fmt.Errorf("oci: %w", err)
	}
	return os.WriteFile(filepath.Join(b, "started"), []byte(e.clock.Now().UTC().Format(time.RFC3339Nano)), 0o600)
}

const pollEvery = 10 * time.Millisecond

// execFailed matches runc's report that the job's command could not be
// executed in the image (missing, not in PATH, not executable): the
// holder's spec, not the provider's node. Other "no such file" errors (a
// CDI mount source missing on the host) stay the provider's.
var execFailed = regexp.MustCompile(`exec: "[^"]*": (stat .*: no such file or directory|executable file not found in \$PATH|permission denied)`)

// waitRunning waits until runc has written the container's pid (the job
// runs) or the shim has recorded an exit without one (runc could not run
// it: its log says why).
func (e *Executor) waitRunning(ctx context.Context, b string) error {
	ctx, cancel := context.WithTimeout(ctx, e.opts.StartTimeout)
	defer cancel()
	t := time.NewTicker(pollEvery)
	defer t.Stop()
	for {
		if exists(filepath.Join(b, "pid")) {
			return nil
		}
		if exists(filepath.Join(b, "exit")) {
			if exists(filepath.Join(b, "pid")) {
				return nil // ran and ended already
			}
			msg := lastLogError(filepath.Join(b, "runc.log"))
			if execFailed.MatchString(msg) {
				return fmt.Errorf("%w: %s", executor.ErrSpecInvalid, msg)
			}
			return fmt.Errorf("oci: runc could not run the job: %s", msg)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("oci: waiting for runc to start the job: %w", ctx.Err())
		case <-t.C:
		}
	}
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// Inspect reports the job's state from its bundle and runc.
func (e *Executor) Inspect(ctx context.Context, h executor.Handle) (executor.State, error) {
	id, err := e.containerID(h)
	if err != nil {
		return executor.State{}, err
	}
	return e.inspect(ctx, id)
}

func (e *Executor) inspect(ctx context.Context, id string) (executor.State, error) {
	b := e.bundle(id)
	if !exists(filepath.Join(b, "config.json")) {
		return executor.State{}, fmt.Errorf("%w: %s", ErrNoJob, id)
	}
	var st executor.State
	if raw, err := os.ReadFile(filepath.Join(b, "started")); err == nil {
		st.StartedAt, _ = time.Parse(time.RFC3339Nano, string(raw))
	}
	if raw, err := os.ReadFile(filepath.Join(b, "exit")); err == nil {
		code, err := strconv.Atoi(strings.TrimSpace(string(raw)))
		if err != nil {
			return st, fmt.Errorf("oci: %s exit status %q: %w", id, raw, err)
		}
		st.Exited, st.ExitCode = true, code
		if fi, err := os.Stat(filepath.Join(b, "exit")); err == nil {
			st.EndedAt = fi.ModTime().UTC()
		}
		return st, nil
	}
	cs, err := e.runc.state(ctx, id)
	if err == nil && cs.Status != "stopped" {
		st.Running = true
		return st, nil
	}
	if err != nil && !errors.Is(err, errNoContainer) {
		return st, err
	}
	if e.shimAlive(b) {
		st.Running = true // starting, or runc run just returned and the shim is writing the status
		return st, nil
	}
	// The shim may have written the status between our two reads.
	if exists(filepath.Join(b, "exit")) {
		return e.inspect(ctx, id)
	}
	return st, fmt.Errorf("%w: %s", ErrLost, id)
}

// shimAlive reports whether the shim recorded in b/shim.pid still runs
// (the pid is alive and is a shim of this bundle, not a reused pid).
func (e *Executor) shimAlive(b string) bool {
	raw, err := os.ReadFile(filepath.Join(b, "shim.pid"))
	if err != nil {
		return false
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(raw)))
	if err != nil || pid <= 0 {
		return false
	}
	cmdline, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
	if err != nil {
		return false
	}
	// A zombie (exited, not yet reaped) has an empty cmdline.
	return strings.Contains(string(cmdline), "\x00"+b+"\x00")
}

// Wait blocks until the job has exited (or ctx ends) and returns its
// state.
func (e *Executor) Wait(ctx context.Context, h executor.Handle) (executor.State, error) {
	id, err := e.containerID(h)
	if err != nil {
		return executor.State{}, err
	}
	e.mu.Lock()
	done := e.shims[id]
	e.mu.Unlock()
	t := time.NewTicker(pollEvery)
	defer t.Stop()
	for {
		st, err := e.inspect(ctx, id)
		if err != nil || st.Exited {
			if st.Exited {
				e.cleanup(ctx, id)
			}
			return st, err
		}
		select {
		case <-ctx.Done():
			return st, ctx.Err()
		case <-done:
			done = nil
		case <-t.C:
		}
	}
}

// Stop sends SIGTERM to the job, waits up to grace for it to exit, then
// SIGKILLs it, and returns once its exit status is recorded and the
// container deleted.
func (e *Executor) Stop(ctx context.Context, h executor.Handle, grace time.Duration) error {
	id, err := e.containerID(h)
	if err != nil {
		return err
	}
	defer e.lock(id)()
	st, err := e.inspect(ctx, id)
	if errors.Is(err, ErrLost) {
		_ = e.runc.delete(ctx, id)
		e.cleanup(ctx, id)
		return nil
	}
	if err != nil {
		return err
	}
	if !st.Exited {
		if err := e.runc.kill(ctx, id, syscall.SIGTERM); err != nil && !errors.Is(err, errNoContainer) {
			return err
		}
		if !e.waitExit(ctx, id, grace) {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			e.log.Info("oci: job ignored SIGTERM; killing it", "container", id, "grace", grace)
			if err := e.runc.kill(ctx, id, syscall.SIGKILL); err != nil && !errors.Is(err, errNoContainer) {
				return err
			}
			if !e.waitExit(ctx, id, -1) {
				return fmt.Errorf("oci: %s after SIGKILL: %w", id, ctx.Err())
			}
		}
	}
	if err := e.runc.delete(ctx, id); err != nil && !errors.Is(err, errNoContainer) {
		return err
	}
	e.cleanup(ctx, id)
	e.log.Info("oci: job stopped", "container", id)
	return nil
}

// waitExit waits until the job's exit status is recorded, up to d (d < 0:
// until ctx ends). It reports whether it was.
func (e *Executor) waitExit(ctx context.Context, id string, d time.Duration) bool {
	exit := filepath.Join(e.bundle(id), "exit")
	var deadline <-chan time.Time
	if d >= 0 {
		timer := e.clock.NewTimer(d)
		defer timer.Stop()
		deadline = timer.C()
	}
	t := time.NewTicker(pollEvery)
	defer t.Stop()
	for {
		if exists(exit) {
			return true
		}
		select {
		case <-ctx.Done():
			return false
		case <-deadline:
			return exists(exit)
		case <-t.C:
		}
	}
}

// cleanup releases what an exited job holds on the host: its overlay
// mount. The bundle (status, upper layer) stays for Inspect and a restart.
func (e *Executor) cleanup(_ context.Context, id string) {
	if err := unmountIfMounted(filepath.Join(e.bundle(id), "rootfs")); err != nil {
		e.log.Warn("oci: cleanup", "container", id, "err", err)
	}
}

// Remove deletes a lease's container and bundle (its upper layer and
// status included) once its job has exited; the agent calls it when the
// lease is closed and its logs are kept elsewhere.
func (e *Executor) Remove(ctx context.Context, h executor.Handle) error {
	id, err := e.containerID(h)
	if err != nil {
		return err
	}
	defer e.lock(id)()
	st, err := e.inspect(ctx, id)
	if errors.Is(err, ErrNoJob) {
		return nil
	}
	if err == nil && !st.Exited {
		return fmt.Errorf("oci: %s still runs: stop it first", id)
	}
	if err := e.runc.delete(ctx, id); err != nil && !errors.Is(err, errNoContainer) {
		return err
	}
	if err := unmountIfMounted(filepath.Join(e.bundle(id), "rootfs")); err != nil {
		return err
	}
	e.mu.Lock()
	delete(e.shims, id)
	e.mu.Unlock()
	return os.RemoveAll(e.bundle(id))
}
