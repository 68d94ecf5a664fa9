// Package docker is the executor for providers who already run Docker: a
// lease's job is a container created through the Docker Engine API (the
// maintained github.com/moby/moby/client), its GPUs requested as CDI
// devices, HostConfig.DeviceRequests = [{Driver: "cdi", DeviceIDs:
// ["nvidia.com/gpu=GPU-<uuid>", …]}], which needs Docker 27 or later with
// CDI enabled and the NVIDIA CDI spec generated (nvidia-ctk cdi generate).
//
// The container is named hourglass-<lease id> and labelled with the lease
// id and its log directory, so a restarted agent finds it again and goes on
// copying its logs. The engine keeps the container's state and exit status;
// the executor keeps nothing of its own but a log cursor.
package docker

import (
	"archive/tar"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"time"

	cerrdefs "github.com/containerd/errdefs"
	"github.com/moby/moby/api/pkg/stdcopy"
	"github.com/moby/moby/api/types/container"
	"github.com/moby/moby/client"

	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/redeemer/executor"
)

// Labels every container of the executor carries.
const (
	LeaseLabel  = "exchange.hourglass.lease-id"
	LogDirLabel = "exchange.hourglass.log-dir"
)

// Engine is the part of the moby client the executor uses; *client.Client
// implements it.
type Engine interface {
	ContainerCreate(ctx context.Context, o client.ContainerCreateOptions) (client.ContainerCreateResult, error)
	ContainerStart(ctx context.Context, id string, o client.ContainerStartOptions) (client.ContainerStartResult, error)
	ContainerInspect(ctx context.Context, id string, o client.ContainerInspectOptions) (client.ContainerInspectResult, error)
	ContainerWait(ctx context.Context, id string, o client.ContainerWaitOptions) client.ContainerWaitResult
	ContainerStop(ctx context.Context, id string, o client.ContainerStopOptions) (client.ContainerStopResult, error)
	ContainerKill(ctx context.Context, id string, o client.ContainerKillOptions) (client.ContainerKillResult, error)
	ContainerRemove(ctx context.Context, id string, o client.ContainerRemoveOptions) (client.ContainerRemoveResult, error)
	ContainerLogs(ctx context.Context, id string, o client.ContainerLogsOptions) (client.ContainerLogsResult, error)
	CopyToContainer(ctx context.Context, id string, o client.CopyToContainerOptions) (client.CopyToContainerResult, error)
	ImageInspect(ctx context.Context, image string, o ...client.ImageInspectOption) (client.ImageInspectResult, error)
	ImagePull(ctx context.Context, ref string, o client.ImagePullOptions) (client.ImagePullResponse, error)
}

var _ Engine = (*client.Client)(nil)

// Options configure an Executor. Zero values take the defaults named.
type Options struct {
	// CDIKind is the CDI device kind of the GPUs (default nvidia.com/gpu).
	CDIKind string
	// NetworkMode is the containers' network ("host" lets the holder reach
	// an sshd in the job; default: the engine's default bridge).
	NetworkMode string
	// MemoryLimit and PidsLimit, when positive, are the job's limits.
	MemoryLimit int64
	PidsLimit   int64
	// RegistryAuth is the base64 X-Registry-Auth value for private images.
	RegistryAuth string
	Clock        clock.Clock
	Logger       *slog.Logger
}

// Executor runs jobs as Docker containers.
type Executor struct {
	engine Engine
	opts   Options
	clock  clock.Clock
	log    *slog.Logger

	ctx       context.Context // log copies run under it; Close cancels it
	cancel    context.CancelFunc
	copies    sync.WaitGroup
	mu        sync.Mutex
	leases    executor.Locks           // Start and Stop of one lease run one at a time
	followers map[string]chan struct{} // container id -> closed when its log copy ends
}

var _ executor.Executor = (*Executor)(nil)

// ErrNoJob is returned for a handle whose container the engine does not
// have.
var ErrNoJob = errors.New("docker: no job for this lease")

// New returns an Executor on engine.
func New(engine Engine, o Options) *Executor {
	if o.CDIKind == "" {
		o.CDIKind = "nvidia.com/gpu"
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	ctx, cancel := context.WithCancel(context.Background())
	return &Executor{
		ctx:       ctx,
		cancel:    cancel,
		engine:    engine,
		opts:      o,
		clock:     clock.Or(o.Clock),
		log:       o.Logger,
		followers: map[string]chan struct{}{},
	}
}

// Close stops the executor's log copies and waits for them; the jobs run
// on, and a new Executor resumes their logs from the cursor.
func (e *Executor) Close() error {
	e.cancel()
	e.copies.Wait()
	return nil
}

// Dial returns a moby client for host (a "unix://" or "tcp://" URL; empty:
// DOCKER_HOST or the local socket), with API version negotiation.
func Dial(host string) (*client.Client, error) {
	opts := []client.Opt{client.FromEnv}
	if host != "" {
		opts = append(opts, client.WithHost(host))
	}
	return client.New(opts...)
}

var (
	imageRef = regexp.MustCompile(`^[a-z0-9][a-z0-9._/:-]*@sha256:[0-9a-f]{64}$`)
)

// ContainerName is the container name of a lease's job.
func ContainerName(leaseID string) string { return "hourglass-" + leaseID }

func validate(job executor.Job, gpus []executor.GPU) error {
	if err := executor.Validate(job, gpus); err != nil {
		return err
	}
	if !imageRef.MatchString(job.Image) {
		return fmt.Errorf("%w: image %q is not name@sha256:<64 hex digits>", executor.ErrSpecInvalid, job.Image)
	}
	return nil
}

func (e *Executor) lock(name string) func() { return e.leases.Lock(name) }

// Start creates and starts the lease's container, or returns the handle of
// the one already running. A container of the lease that exited is
// started again (its writable layer kept, its logs appended).
func (e *Executor) Start(ctx context.Context, job executor.Job, gpus []executor.GPU) (executor.Handle, error) {
	if err := validate(job, gpus); err != nil {
		return executor.Handle{}, err
	}
	name := ContainerName(job.LeaseID)
	defer e.lock(name)()

	id := ""
	got, err := e.engine.ContainerInspect(ctx, name, client.ContainerInspectOptions{})
	switch {
	case err == nil:
		if got.Container.Config == nil || got.Container.Config.Labels[LeaseLabel] != job.LeaseID {
			return executor.Handle{}, fmt.Errorf("docker: container %s exists but is not lease %s's", name, job.LeaseID)
		}
		id = got.Container.ID
		if got.Container.State != nil && got.Container.State.Running {
			e.follow(id, job.LogDir)
			return executor.Handle{LeaseID: job.LeaseID, ID: id}, nil
		}
	case cerrdefs.IsNotFound(err):
		if id, err = e.create(ctx, job, gpus, name); err != nil {
			return executor.Handle{}, err
		}
	default:
		return executor.Handle{}, fmt.Errorf("docker: inspect %s: %w", name, err)
	}
	if _, err := e.engine.ContainerStart(ctx, id, client.ContainerStartOptions{}); err != nil {
		return executor.Handle{}, e.startError(err)
	}
	e.follow(id, job.LogDir)
	e.log.Info("docker: job started", "lease", job.LeaseID, "container", id, "gpus", len(gpus))
	return executor.Handle{LeaseID: job.LeaseID, ID: id}, nil
}

// execFailed matches the OCI runtime's report, passed on by the engine,
// that the job's command could not be executed in the image (missing, not
// in PATH, not executable).
var execFailed = regexp.MustCompile(`exec: "[^"]*": (stat .*: no such file or directory|executable file not found in \$PATH|permission denied)`)

// startError classifies a start failure: a command the image lacks is the
// holder's spec, anything else the provider's.
func (e *Executor) startError(err error) error {
	if execFailed.MatchString(err.Error()) {
		return fmt.Errorf("%w: %v", executor.ErrSpecInvalid, err)
	}
	return fmt.Errorf("docker: start: %w", err)
}

// create makes sure the image is there, creates the container and puts
// the holder's key into it.
func (e *Executor) create(ctx context.Context, job executor.Job, gpus []executor.GPU, name string) (string, error) {
	if err := e.ensureImage(ctx, job.Image); err != nil {
		return "", err
	}
	uuids := make([]string, len(gpus))
	devices := make([]string, len(gpus))
	for i, g := range gpus {
		uuids[i] = g.UUID
		devices[i] = e.opts.CDIKind + "=" + g.UUID
	}
	visible := strings.Join(uuids, ",")
	if visible == "" {
		visible = "void"
	}
	env := make([]string, 0, len(job.Env)+1)
	for _, kv := range job.Env {
		if !strings.HasPrefix(kv, "NVIDIA_VISIBLE_DEVICES=") {
			env = append(env, kv)
		}
	}
	env = append(env, "NVIDIA_VISIBLE_DEVICES="+visible)
	hc := &container.HostConfig{
		NetworkMode: container.NetworkMode(e.opts.NetworkMode),
	}
	if len(devices) > 0 {
		hc.DeviceRequests = []container.DeviceRequest{{Driver: "cdi", DeviceIDs: devices}}
	}
	if e.opts.MemoryLimit > 0 {
		hc.Memory = e.opts.MemoryLimit
	}
	if e.opts.PidsLimit > 0 {
		hc.PidsLimit = &e.opts.PidsLimit
	}
	res, err := e.engine.ContainerCreate(ctx, client.ContainerCreateOptions{
		Name: name,
		Config: &container.Config{
			Image: job.Image,
			// The job's command exactly, whatever the image's entrypoint.
			Entrypoint: job.Command[:1],
			Cmd:        job.Command[1:],
			Env:        env,
			Labels:     map[string]string{LeaseLabel: job.LeaseID, LogDirLabel: job.LogDir},
		},
		HostConfig: hc,
	})
	if err != nil {
		if cerrdefs.IsNotFound(err) {
			return "", fmt.Errorf("%w: %s: %v", executor.ErrImageUnavailable, job.Image, err)
		}
		return "", fmt.Errorf("docker: create %s: %w", name, err)
	}
	if job.SSHPublicKey != "" {
		if err := e.authorizeKey(ctx, res.ID, job.SSHPublicKey); err != nil {
			return "", err
		}
	}
	return res.ID, nil
}

// ensureImage pulls image by digest unless the engine has it already. An
// image the registry does not have is executor.ErrImageUnavailable.
func (e *Executor) ensureImage(ctx context.Context, image string) error {
	_, err := e.engine.ImageInspect(ctx, image)
	if err == nil {
		return nil
	}
	if !cerrdefs.IsNotFound(err) {
		return fmt.Errorf("docker: image inspect %s: %w", image, err)
	}
	pull, err := e.engine.ImagePull(ctx, image, client.ImagePullOptions{RegistryAuth: e.opts.RegistryAuth})
	if err != nil {
		if cerrdefs.IsNotFound(err) || cerrdefs.IsUnauthorized(err) || cerrdefs.IsPermissionDenied(err) {
			return fmt.Errorf("%w: %s: %v", executor.ErrImageUnavailable, image, err)
		}
		return fmt.Errorf("docker: pull %s: %w", image, err)
	}
	defer pull.Close()
	for msg, err := range pull.JSONMessages(ctx) {
		if err != nil {
			return fmt.Errorf("docker: pull %s: %w", image, err)
		}
		if msg.Error != nil {
			// The engine answered 200 and reports the failure in the stream.
			if m := msg.Error.Message; strings.Contains(m, "not found") || strings.Contains(m, "manifest unknown") || strings.Contains(m, "denied") {
				return fmt.Errorf("%w: %s: %s", executor.ErrImageUnavailable, image, m)
			}
			return fmt.Errorf("docker: pull %s: %s", image, msg.Error.Message)
		}
	}
	return nil
}

// authorizeKey writes key as /root/.ssh/authorized_keys in the created
// container (PUT /containers/{id}/archive), never through the environment.
func (e *Executor) authorizeKey(ctx context.Context, id, key string) error {
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	now := e.clock.Now()
	body := []byte(strings.TrimRight(key, "\n") + "\n")
	for _, h := range []*tar.Header{
		{Name: "root/", Typeflag: tar.TypeDir, Mode: 0o700, ModTime: now},
		{Name: "root/.ssh/", Typeflag: tar.TypeDir, Mode: 0o700, ModTime: now},
		{Name: "root/.ssh/authorized_keys", Typeflag: tar.TypeReg, Mode: 0o600, Size: int64(len(body)), ModTime: now},
	} {
		if err := tw.WriteHeader(h); err != nil {
			return fmt.Errorf("docker: authorized_keys: %w", err)
		}
	}
	if _, err := tw.Write(body); err != nil {
		return fmt.Errorf("docker: authorized_keys: %w", err)
	}
	if err := tw.Close(); err != nil {
		return fmt.Errorf("docker: authorized_keys: %w", err)
	}
	if _, err := e.engine.CopyToContainer(ctx, id, client.CopyToContainerOptions{DestinationPath: "/", Content: &buf}); err != nil {
		return fmt.Errorf("docker: authorized_keys into %s: %w", id, err)
	}
	return nil
}

// inspect returns the lease's container, checking it is the lease's.
func (e *Executor) inspect(ctx context.Context, h executor.Handle) (container.InspectResponse, error) {
	if !executor.LeaseIDPattern.MatchString(h.LeaseID) {
		return container.InspectResponse{}, fmt.Errorf("%w: lease id %q", executor.ErrSpecInvalid, h.LeaseID)
	}
	ref := h.ID
	if ref == "" {
		ref = ContainerName(h.LeaseID)
	}
	got, err := e.engine.ContainerInspect(ctx, ref, client.ContainerInspectOptions{})
	if cerrdefs.IsNotFound(err) {
		return container.InspectResponse{}, fmt.Errorf("%w: %s", ErrNoJob, ref)
	}
	if err != nil {
		return container.InspectResponse{}, fmt.Errorf("docker: inspect %s: %w", ref, err)
	}
	c := got.Container
	if c.Config == nil || c.Config.Labels[LeaseLabel] != h.LeaseID || c.State == nil {
		return container.InspectResponse{}, fmt.Errorf("docker: container %s is not lease %s's", ref, h.LeaseID)
	}
	return c, nil
}

func state(c container.InspectResponse) executor.State {
	s := c.State
	st := executor.State{Running: s.Running || s.Restarting || s.Paused}
	st.StartedAt = parseTime(s.StartedAt)
	if !st.Running && (s.Status == container.StateExited || s.Status == container.StateDead) {
		st.Exited, st.ExitCode = true, s.ExitCode
		st.EndedAt = parseTime(s.FinishedAt)
	}
	return st
}

// parseTime reads the engine's timestamps; its zero time
// (0001-01-01T00:00:00Z) stays zero.
func parseTime(s string) time.Time {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil || t.Year() <= 1 {
		return time.Time{}
	}
	return t
}

// Inspect reports the job's state; for a job that ran while no executor
// copied its logs (an agent restart), it resumes the copy.
func (e *Executor) Inspect(ctx context.Context, h executor.Handle) (executor.State, error) {
	c, err := e.inspect(ctx, h)
	if err != nil {
		return executor.State{}, err
	}
	st := state(c)
	if st.Running || st.Exited {
		e.follow(c.ID, c.Config.Labels[LogDirLabel])
	}
	return st, nil
}

// Wait blocks until the job exits, and until its logs are copied.
func (e *Executor) Wait(ctx context.Context, h executor.Handle) (executor.State, error) {
	c, err := e.inspect(ctx, h)
	if err != nil {
		return executor.State{}, err
	}
	done := e.follow(c.ID, c.Config.Labels[LogDirLabel])
	if st := state(c); !st.Exited {
		w := e.engine.ContainerWait(ctx, c.ID, client.ContainerWaitOptions{Condition: container.WaitConditionNotRunning})
		select {
		case <-w.Result:
		case err := <-w.Error:
			return st, fmt.Errorf("docker: wait %s: %w", c.ID, err)
		case <-ctx.Done():
			return st, ctx.Err()
		}
	}
	select {
	case <-done:
	case <-ctx.Done():
		return executor.State{}, ctx.Err()
	}
	c, err = e.inspect(ctx, executor.Handle{LeaseID: h.LeaseID, ID: c.ID})
	if err != nil {
		return executor.State{}, err
	}
	return state(c), nil
}

// Stop asks the engine to stop the container (SIGTERM, then SIGKILL after
// grace, rounded up to whole seconds: the API's unit); should that call
// fail, it kills the container outright. It returns once the container no
// longer runs. The container is kept, for Inspect; Remove deletes it.
func (e *Executor) Stop(ctx context.Context, h executor.Handle, grace time.Duration) error {
	c, err := e.inspect(ctx, h)
	if err != nil {
		return err
	}
	defer e.lock(ContainerName(h.LeaseID))()
	if state(c).Exited {
		return nil
	}
	secs := int((grace + time.Second - 1) / time.Second)
	if _, err := e.engine.ContainerStop(ctx, c.ID, client.ContainerStopOptions{Timeout: &secs}); err != nil {
		if cerrdefs.IsNotFound(err) {
			return fmt.Errorf("%w: %s", ErrNoJob, c.ID)
		}
		e.log.Warn("docker: stop failed; killing", "container", c.ID, "err", err)
		if _, err := e.engine.ContainerKill(ctx, c.ID, client.ContainerKillOptions{Signal: "SIGKILL"}); err != nil && !cerrdefs.IsConflict(err) {
			return fmt.Errorf("docker: kill %s: %w", c.ID, err)
		}
	}
	w := e.engine.ContainerWait(ctx, c.ID, client.ContainerWaitOptions{Condition: container.WaitConditionNotRunning})
	select {
	case <-w.Result:
	case err := <-w.Error:
		return fmt.Errorf("docker: wait %s: %w", c.ID, err)
	case <-ctx.Done():
		return ctx.Err()
	}
	// The job's last lines are in LogDir when Stop returns.
	select {
	case <-e.follow(c.ID, c.Config.Labels[LogDirLabel]):
	case <-ctx.Done():
		return ctx.Err()
	}
	e.log.Info("docker: job stopped", "container", c.ID)
	return nil
}

// Remove deletes the lease's container once its job is no longer running.
func (e *Executor) Remove(ctx context.Context, h executor.Handle) error {
	c, err := e.inspect(ctx, h)
	if errors.Is(err, ErrNoJob) {
		return nil
	}
	if err != nil {
		return err
	}
	if state(c).Running {
		return fmt.Errorf("docker: %s still runs: stop it first", c.ID)
	}
	if _, err := e.engine.ContainerRemove(ctx, c.ID, client.ContainerRemoveOptions{}); err != nil && !cerrdefs.IsNotFound(err) {
		return fmt.Errorf("docker: remove %s: %w", c.ID, err)
	}
	return nil
}

// follow copies the container's logs into logDir (stdout.log, stderr.log)
// in the background, from where the last copy stopped (the cursor file
// logDir/.docker-logs-since), until the container stops. It returns a
// channel closed when the copy ends; one copy runs per container.
func (e *Executor) follow(id, logDir string) <-chan struct{} {
	e.mu.Lock()
	defer e.mu.Unlock()
	if done, ok := e.followers[id]; ok {
		return done
	}
	done := make(chan struct{})
	if logDir == "" {
		close(done)
		return done
	}
	if e.ctx.Err() != nil {
		close(done) // closed: no new copies
		return done
	}
	e.followers[id] = done
	e.copies.Add(1)
	go func() {
		defer e.copies.Done()
		defer close(done)
		err := e.copyLogs(id, logDir)
		e.mu.Lock()
		delete(e.followers, id)
		e.mu.Unlock()
		if err != nil && e.ctx.Err() == nil {
			// Inspect or Wait starts the copy again from the cursor.
			e.log.Warn("docker: copying logs stopped", "container", id, "err", err)
		}
	}()
	return done
}

const cursorFile = ".docker-logs-since"

func (e *Executor) copyLogs(id, logDir string) error {
	if err := os.MkdirAll(logDir, 0o755); err != nil {
		return err
	}
	open := func(name string) (*os.File, error) {
		return os.OpenFile(filepath.Join(logDir, name), os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
	}
	stdout, err := open("stdout.log")
	if err != nil {
		return err
	}
	defer stdout.Close()
	stderr, err := open("stderr.log")
	if err != nil {
		return err
	}
	defer stderr.Close()

	cur := &cursor{path: filepath.Join(logDir, cursorFile)}
	since := ""
	if raw, err := os.ReadFile(cur.path); err == nil {
		if t, err := time.Parse(time.RFC3339Nano, strings.TrimSpace(string(raw))); err == nil {
			cur.last = t
			t = t.Add(time.Nanosecond)
			since = fmt.Sprintf("%d.%09d", t.Unix(), t.Nanosecond())
		}
	}
	rc, err := e.engine.ContainerLogs(e.ctx, id, client.ContainerLogsOptions{
		ShowStdout: true, ShowStderr: true, Follow: true, Timestamps: true, Since: since,
	})
	if err != nil {
		return err
	}
	defer rc.Close()
	ow, ew := &lineWriter{w: stdout, cur: cur}, &lineWriter{w: stderr, cur: cur}
	_, err = stdcopy.StdCopy(ow, ew, rc)
	ow.flush()
	ew.flush()
	return err
}

// cursor remembers the timestamp of the last log line written, so that a
// restarted copy neither repeats nor skips lines.
type cursor struct {
	mu   sync.Mutex
	path string
	last time.Time
}

func (c *cursor) advance(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !t.After(c.last) {
		return
	}
	c.last = t
	_ = os.WriteFile(c.path, []byte(t.Format(time.RFC3339Nano)), 0o644)
}

// lineWriter strips the engine's "<RFC 3339 timestamp> " prefix from each
// log line (asked for with Timestamps, to keep the cursor) and writes the
// rest.
type lineWriter struct {
	w   io.Writer
	cur *cursor
	buf []byte
}

func (l *lineWriter) Write(p []byte) (int, error) {
	l.buf = append(l.buf, p...)
	for {
		i := bytes.IndexByte(l.buf, '\n')
		if i < 0 {
			return len(p), nil
		}
		if err := l.line(l.buf[:i+1]); err != nil {
			return 0, err
		}
		l.buf = l.buf[i+1:]
	}
}

func (l *lineWriter) line(b []byte) error {
	ts, rest, ok := bytes.Cut(b, []byte(" "))
	var t time.Time
	if ok {
		if parsed, err := time.Parse(time.RFC3339Nano, string(ts)); err == nil {
			t, b = parsed, rest
		}
	}
	if _, err := l.w.Write(b); err != nil {
		return err
	}
	if !t.IsZero() {
		l.cur.advance(t)
	}
	return nil
}

// flush writes a last line that had no newline.
func (l *lineWriter) flush() {
	if len(l.buf) > 0 {
		_ = l.line(l.buf)
		l.buf = nil
	}
}
