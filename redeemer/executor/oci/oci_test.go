package oci_test

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/internal/testsvc"
	"github.com/hourglass-exchange/hourglass/redeemer/executor"
	"github.com/hourglass-exchange/hourglass/redeemer/executor/oci"
)

// These tests run real containers: runc, an overlay rootfs holding one
// static Go binary (testdata/job), and a fake CDI spec in which the GPU
// GPU-…0001 is the host's /dev/null seen as /dev/nvidia0 (§1.4 of the
// delivery reference). They need root; under CI=true a missing runc fails.

const (
	gpu0 = "GPU-00000000-fake-0000-0000-000000000001"
	gpu1 = "GPU-00000000-fake-0000-0000-000000000002" // in the CDI spec, never leased
)

const fakeCDISpec = `cdiVersion: "0.6.0"
kind: nvidia.com/gpu
devices:
  - name: ` + gpu0 + `
    containerEdits:
      deviceNodes:
        - path: /dev/nvidia0
          hostPath: /dev/null
  - name: ` + gpu1 + `
    containerEdits:
      deviceNodes:
        - path: /dev/nvidia1
          hostPath: /dev/zero
containerEdits:
  deviceNodes:
    - path: /dev/nvidiactl
      hostPath: /dev/zero
`

const testKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl holder@example"

var (
	buildOnce sync.Once
	jobBinary string
	buildErr  error
)

// jobBin builds testdata/job once per test binary, static.
func jobBin(t testing.TB) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "oci-job-")
		if err != nil {
			buildErr = err
			return
		}
		jobBinary = filepath.Join(dir, "job")
		cmd := exec.Command("go", "build", "-o", jobBinary, "./testdata/job")
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("build testdata/job: %v: %s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return jobBinary
}

func TestMain(m *testing.M) {
	code := m.Run()
	if jobBinary != "" {
		os.RemoveAll(filepath.Dir(jobBinary))
	}
	os.Exit(code)
}

// requireRunc skips when the test cannot run containers here: not root,
// or (outside CI) no runc.
func requireRunc(t testing.TB) {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("oci: running containers with runc needs root")
	}
	if _, err := exec.LookPath("runc"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("oci: runc not installed (CI=true; .ci/install-deps installs it): %v", err)
		}
		t.Skip("oci: runc not installed (apt-get install runc, or run .ci/install-deps)")
	}
}

type env struct {
	t      testing.TB
	opts   oci.Options
	image  string // name@sha256:… of the test image
	images string
}

// newEnv makes an image directory holding the test rootfs, a CDI spec
// directory with the fake GPUs, and runc/state directories.
func newEnv(t testing.TB) *env {
	t.Helper()
	requireRunc(t)
	bin := jobBin(t)
	dir := t.TempDir()
	b, err := os.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(b)
	digest := hex.EncodeToString(sum[:])
	images := filepath.Join(dir, "images")
	rootfs := filepath.Join(images, digest, "rootfs")
	for _, d := range []string{"bin", "dev", "proc", "sys", "tmp", "etc", "root"} {
		if err := os.MkdirAll(filepath.Join(rootfs, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(rootfs, "bin", "job"), b, 0o755); err != nil {
		t.Fatal(err)
	}
	cdiDir := filepath.Join(dir, "cdi")
	if err := os.MkdirAll(cdiDir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(cdiDir, "fake-nvidia.yaml"), []byte(fakeCDISpec), 0o644); err != nil {
		t.Fatal(err)
	}
	var rnd [6]byte
	if _, err := rand.Read(rnd[:]); err != nil {
		t.Fatal(err)
	}
	parent := "/hourglass-test-" + hex.EncodeToString(rnd[:])
	t.Cleanup(func() {
		for _, c := range []string{"memory", "pids", "cpu", "cpuacct", "cpuset", "devices", "freezer", "blkio", "systemd", "unified", ""} {
			_ = os.Remove(filepath.Join("/sys/fs/cgroup", c, parent))
		}
	})
	return &env{
		t:      t,
		image:  "example.test/job@sha256:" + digest,
		images: images,
		opts: oci.Options{
			Root:         filepath.Join(dir, "runc"),
			StateDir:     filepath.Join(dir, "state"),
			Images:       oci.ImageDir{Dir: images},
			CDISpecDirs:  []string{cdiDir},
			CgroupParent: parent,
			StartTimeout: 30 * time.Second,
		},
	}
}

// executor returns a new Executor on the env's directories: two of them
// are an agent and its restarted self.
func (e *env) executor() *oci.Executor {
	e.t.Helper()
	x, err := oci.New(e.opts)
	if err != nil {
		e.t.Fatal(err)
	}
	return x
}

func (e *env) job(lease string, args ...string) executor.Job {
	return executor.Job{
		LeaseID: lease,
		Image:   e.image,
		Command: append([]string{"/bin/job"}, args...),
		LogDir:  filepath.Join(e.t.TempDir(), "logs"),
	}
}

// cleanupJob stops and removes h's container when the test ends, so that
// no container or overlay mount outlives it.
func cleanupJob(t testing.TB, x *oci.Executor, h executor.Handle) {
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := x.Stop(ctx, h, 0); err != nil && !errors.Is(err, oci.ErrNoJob) {
			t.Errorf("cleanup: stop %s: %v", h.ID, err)
		}
		if err := x.Remove(ctx, h); err != nil {
			t.Errorf("cleanup: remove %s: %v", h.ID, err)
		}
	})
}

func readLog(t testing.TB, job executor.Job, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(job.LogDir, name))
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		t.Fatal(err)
	}
	return string(b)
}

func waitForLog(t *testing.T, job executor.Job, want string) {
	t.Helper()
	testsvc.CheckFor(t, 20*time.Second, 10*time.Millisecond, func() error {
		if got := readLog(t, job, "stdout.log"); !strings.Contains(got, want) {
			return fmt.Errorf("stdout.log %q lacks %q", got, want)
		}
		return nil
	})
}

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// TestGPUJob runs a job on one fake GPU and checks, inside the container,
// the env, the injected device node (only the leased GPU's), the holder's
// authorized_keys, the logs and the exit code.
func TestGPUJob(t *testing.T) {
	e := newEnv(t)
	x := e.executor()
	ctx := ctxT(t)
	job := e.job("lease-1",
		"env", "NVIDIA_VISIBLE_DEVICES", "env", "FOO",
		"dev", "/dev/nvidia0", "dev", "/dev/nvidiactl", "dev", "/dev/nvidia1",
		"cat", "/root/.ssh/authorized_keys", "hostname",
		"stderr", "to stderr", "exit", "3")
	job.Env = []string{"FOO=bar", "NVIDIA_VISIBLE_DEVICES=all"} // the job cannot widen its GPUs
	job.SSHPublicKey = testKey
	h, err := x.Start(ctx, job, []executor.GPU{{UUID: gpu0, Index: 0}})
	if err != nil {
		t.Fatal(err)
	}
	cleanupJob(t, x, h)
	if h.LeaseID != "lease-1" || h.ID != oci.ContainerID("lease-1") {
		t.Fatalf("handle %+v", h)
	}
	st, err := x.Wait(ctx, h)
	if err != nil {
		t.Fatal(err)
	}
	if !st.Exited || st.Running || st.ExitCode != 3 {
		t.Fatalf("state %+v, want exited with 3", st)
	}
	if st.StartedAt.IsZero() || st.EndedAt.Before(st.StartedAt) {
		t.Fatalf("times %v .. %v", st.StartedAt, st.EndedAt)
	}
	want := strings.Join([]string{
		"NVIDIA_VISIBLE_DEVICES=" + gpu0,
		"FOO=bar",
		"/dev/nvidia0 char 1:3",   // the host's /dev/null
		"/dev/nvidiactl char 1:5", // the spec's common node: /dev/zero
		"/dev/nvidia1 no such file or directory",
		testKey,
		oci.ContainerID("lease-1"),
	}, "\n") + "\n"
	if got := readLog(t, job, "stdout.log"); got != want {
		t.Fatalf("stdout.log:\n%s\nwant:\n%s", got, want)
	}
	if got := readLog(t, job, "stderr.log"); got != "to stderr\n" {
		t.Fatalf("stderr.log %q", got)
	}
	// The key went into the lease's upper layer, not into the image.
	if _, err := os.Stat(filepath.Join(e.images, strings.SplitN(e.image, ":", 2)[1], "rootfs", "root", ".ssh")); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("image rootfs changed: %v", err)
	}
}

// TestStopIgnoringSIGTERM: a job that ignores SIGTERM is SIGKILLed after
// the grace period; Stop returns once it is gone.
func TestStopIgnoringSIGTERM(t *testing.T) {
	e := newEnv(t)
	e.opts.MemoryLimit = 64 << 20
	e.opts.PidsLimit = 64
	x := e.executor()
	ctx := ctxT(t)
	job := e.job("lease-stubborn", "ignore-term", "ready", "sleep", "1h")
	h, err := x.Start(ctx, job, nil)
	if err != nil {
		t.Fatal(err)
	}
	cleanupJob(t, x, h)
	waitForLog(t, job, "ready")

	// The cgroup limits are applied (v1 or v2 layout).
	cg := filepath.Join(e.opts.CgroupParent, h.ID)
	limits := map[string]string{
		filepath.Join("/sys/fs/cgroup/memory", cg, "memory.limit_in_bytes"): "67108864",
		filepath.Join("/sys/fs/cgroup", cg, "memory.max"):                   "67108864",
		filepath.Join("/sys/fs/cgroup/pids", cg, "pids.max"):                "64",
		filepath.Join("/sys/fs/cgroup", cg, "pids.max"):                     "64",
	}
	found := 0
	for f, want := range limits {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		found++
		if got := strings.TrimSpace(string(b)); got != want {
			t.Errorf("%s = %s, want %s", f, got, want)
		}
	}
	if found != 2 {
		t.Errorf("found %d of the memory and pids limit files, want 2", found)
	}

	st, err := x.Inspect(ctx, h)
	if err != nil || !st.Running {
		t.Fatalf("inspect running job: %+v, %v", st, err)
	}
	const grace = 300 * time.Millisecond
	t0 := time.Now()
	if err := x.Stop(ctx, h, grace); err != nil {
		t.Fatal(err)
	}
	if took := time.Since(t0); took < grace {
		t.Fatalf("Stop took %v, less than the grace %v", took, grace)
	}
	st, err = x.Inspect(ctx, h)
	if err != nil {
		t.Fatal(err)
	}
	if !st.Exited || st.ExitCode != 128+9 {
		t.Fatalf("state %+v, want exited 137 (SIGKILL)", st)
	}
	// Stopping again is not an error.
	if err := x.Stop(ctx, h, grace); err != nil {
		t.Fatalf("second stop: %v", err)
	}
}

// TestStopGraceful: a job that handles SIGTERM exits on it, with its own
// status, well within the grace period.
func TestStopGraceful(t *testing.T) {
	e := newEnv(t)
	x := e.executor()
	ctx := ctxT(t)
	job := e.job("lease-polite", "term-exit", "42", "ready", "sleep", "1h")
	h, err := x.Start(ctx, job, nil)
	if err != nil {
		t.Fatal(err)
	}
	cleanupJob(t, x, h)
	waitForLog(t, job, "ready")
	t0 := time.Now()
	if err := x.Stop(ctx, h, 20*time.Second); err != nil {
		t.Fatal(err)
	}
	if took := time.Since(t0); took > 10*time.Second {
		t.Fatalf("Stop took %v: SIGTERM did not reach the job", took)
	}
	st, err := x.Wait(ctx, h)
	if err != nil || !st.Exited || st.ExitCode != 42 {
		t.Fatalf("state %+v, %v; want exited 42", st, err)
	}
	waitForLog(t, job, "got SIGTERM")
}

// TestStartIdempotentAndRestart: a second Start of a running lease returns
// its handle without starting another job; a fresh Executor (the agent
// restarted) finds the running job, stops it, and reads the exit status of
// a job that ended while no executor watched.
func TestStartIdempotentAndRestart(t *testing.T) {
	e := newEnv(t)
	x := e.executor()
	ctx := ctxT(t)
	job := e.job("lease-7", "ignore-term", "ready", "sleep", "1h")
	h, err := x.Start(ctx, job, []executor.GPU{{UUID: gpu0}})
	if err != nil {
		t.Fatal(err)
	}
	cleanupJob(t, x, h)
	waitForLog(t, job, "ready")
	h2, err := x.Start(ctx, job, []executor.GPU{{UUID: gpu0}})
	if err != nil {
		t.Fatal(err)
	}
	if h2 != h {
		t.Fatalf("second start %+v, first %+v", h2, h)
	}

	// A job that ends on its own while the first executor is gone.
	short := e.job("lease-8", "ready", "sleep", "300ms", "exit", "5")
	hs, err := x.Start(ctx, short, nil)
	if err != nil {
		t.Fatal(err)
	}
	cleanupJob(t, x, hs)

	restarted := e.executor() // the agent came back: same runc root, same state dir
	st, err := restarted.Inspect(ctx, executor.Handle{LeaseID: "lease-7"})
	if err != nil || !st.Running || st.StartedAt.IsZero() {
		t.Fatalf("restarted inspect: %+v, %v", st, err)
	}
	if h3, err := restarted.Start(ctx, job, []executor.GPU{{UUID: gpu0}}); err != nil || h3 != h {
		t.Fatalf("restarted start: %+v, %v", h3, err)
	}
	if got := strings.Count(readLog(t, job, "stdout.log"), "ready"); got != 1 {
		t.Fatalf("the job ran %d times", got)
	}
	st, err = restarted.Wait(ctx, hs)
	if err != nil || !st.Exited || st.ExitCode != 5 {
		t.Fatalf("restarted wait: %+v, %v; want exited 5", st, err)
	}
	if err := restarted.Stop(ctx, h, 0); err != nil {
		t.Fatal(err)
	}
	st, err = x.Inspect(ctx, h) // the first instance sees the same
	if err != nil || !st.Exited || st.ExitCode != 137 {
		t.Fatalf("after stop: %+v, %v", st, err)
	}

	// Started again after it exited: a fresh run, logs appended.
	if _, err := restarted.Start(ctx, job, []executor.GPU{{UUID: gpu0}}); err != nil {
		t.Fatal(err)
	}
	testsvc.CheckFor(t, 20*time.Second, 10*time.Millisecond, func() error {
		if n := strings.Count(readLog(t, job, "stdout.log"), "ready"); n != 2 {
			return fmt.Errorf("%d runs", n)
		}
		return nil
	})
}

// TestStartErrors: each bad input maps to the error the agent closes the
// lease with, and leaves nothing running.
func TestStartErrors(t *testing.T) {
	e := newEnv(t)
	x := e.executor()
	ctx := ctxT(t)
	missing := "example.test/gone@sha256:" + strings.Repeat("ab", 32)
	cases := []struct {
		name string
		edit func(*executor.Job)
		gpus []executor.GPU
		want error
	}{
		{"image not unpacked", func(j *executor.Job) { j.Image = missing }, nil, executor.ErrImageUnavailable},
		{"image by tag", func(j *executor.Job) { j.Image = "example.test/job:latest" }, nil, executor.ErrSpecInvalid},
		{"no command", func(j *executor.Job) { j.Command = nil }, nil, executor.ErrSpecInvalid},
		{"command not in image", func(j *executor.Job) { j.Command = []string{"/bin/nope"} }, nil, executor.ErrSpecInvalid},
		{"command not in PATH", func(j *executor.Job) { j.Command = []string{"nope"} }, nil, executor.ErrSpecInvalid},
		{"bad env", func(j *executor.Job) { j.Env = []string{"NOEQUALS"} }, nil, executor.ErrSpecInvalid},
		{"bad ssh key", func(j *executor.Job) { j.SSHPublicKey = "ssh-ed25519 notbase64!" }, nil, executor.ErrSpecInvalid},
		{"two-line ssh key", func(j *executor.Job) { j.SSHPublicKey = testKey + "\n" + testKey }, nil, executor.ErrSpecInvalid},
		{"lease id with a slash", func(j *executor.Job) { j.LeaseID = "../x" }, nil, executor.ErrSpecInvalid},
		{"relative log dir", func(j *executor.Job) { j.LogDir = "logs" }, nil, executor.ErrSpecInvalid},
		{"gpu twice", nil, []executor.GPU{{UUID: gpu0}, {UUID: gpu0}}, executor.ErrSpecInvalid},
		{"gpu not in CDI", nil, []executor.GPU{{UUID: "GPU-00000000-fake-0000-0000-00000000ffff"}}, nil},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			job := e.job(fmt.Sprintf("lease-bad-%d", i), "exit", "0")
			if c.edit != nil {
				c.edit(&job)
			}
			h, err := x.Start(ctx, job, c.gpus)
			if err == nil {
				cleanupJob(t, x, h)
				t.Fatal("started")
			}
			t.Logf("err: %v", err)
			if c.want != nil && !errors.Is(err, c.want) {
				t.Fatalf("err %v, want %v", err, c.want)
			}
			if c.want == nil && (errors.Is(err, executor.ErrSpecInvalid) || errors.Is(err, executor.ErrImageUnavailable)) {
				t.Fatalf("err %v: a provider fault, not the holder's", err)
			}
			if strings.HasPrefix(c.name, "command not in") {
				if err := x.Remove(ctx, executor.Handle{LeaseID: job.LeaseID}); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

// TestAuthorizedKeysSymlink: an image whose /root points outside the
// rootfs cannot make the executor write the key on the host.
func TestAuthorizedKeysSymlink(t *testing.T) {
	e := newEnv(t)
	outside := t.TempDir()
	root := filepath.Join(e.images, strings.SplitN(e.image, ":", 2)[1], "rootfs", "root")
	if err := os.Remove(root); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, root); err != nil {
		t.Fatal(err)
	}
	x := e.executor()
	ctx := ctxT(t)
	job := e.job("lease-sym", "exit", "0")
	job.SSHPublicKey = testKey
	h, err := x.Start(ctx, job, nil)
	if err == nil {
		cleanupJob(t, x, h)
		t.Fatal("started")
	}
	if !errors.Is(err, executor.ErrSpecInvalid) {
		t.Fatalf("err %v, want ErrSpecInvalid", err)
	}
	if _, err := os.Stat(filepath.Join(outside, ".ssh")); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("key written outside the rootfs: %v", err)
	}
	if err := x.Remove(ctx, executor.Handle{LeaseID: "lease-sym"}); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkLeaseStart measures, per lease, the time from Start to the
// job's first output line in its log (the container created, the overlay
// mounted, the GPU injected, the process running and writing), and
// reports p50 and p99. Run it with -benchtime 20x.
func BenchmarkLeaseStart(b *testing.B) {
	e := newEnv(b)
	x := e.executor()
	ctx := context.Background()
	var took []time.Duration
	for i := 0; b.Loop(); i++ {
		job := e.job(fmt.Sprintf("bench-%d", i), "ready", "exit", "0")
		t0 := time.Now()
		h, err := x.Start(ctx, job, []executor.GPU{{UUID: gpu0}})
		if err != nil {
			b.Fatal(err)
		}
		for !strings.Contains(readLog(b, job, "stdout.log"), "ready") {
			time.Sleep(time.Millisecond)
		}
		took = append(took, time.Since(t0))
		b.StopTimer()
		if _, err := x.Wait(ctx, h); err != nil {
			b.Fatal(err)
		}
		if err := x.Remove(ctx, h); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	slices.Sort(took)
	q := func(p float64) time.Duration { return took[min(len(took)-1, int(p*float64(len(took))))] }
	b.ReportMetric(float64(q(0.50).Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(q(0.99).Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(len(took)), "leases")
}
