package docker_test

import (
	"archive/tar"
	"bytes"
	"context"
	"crypto/rand"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/moby/moby/api/types/container"
	"github.com/moby/moby/client"

	"github.com/hourglass-exchange/hourglass/internal/testsvc"
	"github.com/hourglass-exchange/hourglass/redeemer/executor"
	"github.com/hourglass-exchange/hourglass/redeemer/executor/docker"
)

// fakeEngine is an httptest Docker Engine API server, as much of it as the
// executor uses: it records each request and keeps containers whose jobs
// behave as the test says (what they print, how they exit, whether they
// ignore SIGTERM).
type fakeEngine struct {
	t   *testing.T
	srv *httptest.Server

	mu         sync.Mutex
	reqs       []string // "METHOD /path?query", version prefix kept
	images     map[string]bool
	pullable   map[string]string // image -> "" (pull works), "404" or "stream" (fails so)
	jobs       map[string]fakeJob
	containers map[string]*fakeContainer // by id and by name
	bodies     map[string][]byte         // "create", "archive"
	stopFails  bool
}

// fakeJob is how a container's job behaves once started.
type fakeJob struct {
	stdout, stderr []string // lines
	exitCode       int
	untilStopped   bool          // runs until stopped or killed
	runFor         time.Duration // exits this long after its start
	ignoreTerm     bool          // a stop waits its timeout, then the job dies of SIGKILL
	startErr       string        // start answers 400 with this message
}

type fakeContainer struct {
	id, name   string
	labels     map[string]string
	job        fakeJob
	running    bool
	exited     bool
	exitCode   int
	startedAt  time.Time
	finishedAt time.Time
	done       chan struct{} // closed when the job exits
	logs       []logLine
}

type logLine struct {
	stream byte // 1 stdout, 2 stderr
	at     time.Time
	text   string
}

const apiVersion = "1.51"

func newFakeEngine(t *testing.T) *fakeEngine {
	f := &fakeEngine{
		t:          t,
		images:     map[string]bool{},
		pullable:   map[string]string{},
		jobs:       map[string]fakeJob{},
		containers: map[string]*fakeContainer{},
		bodies:     map[string][]byte{},
	}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

// client returns a moby client on the fake, as Dial would on a real host.
func (f *fakeEngine) client() *client.Client {
	f.t.Helper()
	c, err := client.New(client.WithHost(f.srv.URL))
	if err != nil {
		f.t.Fatal(err)
	}
	f.t.Cleanup(func() { c.Close() })
	return c
}

// executor returns an Executor on the fake, closed when the test ends
// (before the test's earlier temporary directories are removed).
func (f *fakeEngine) executor(o docker.Options) *docker.Executor {
	x := docker.New(f.client(), o)
	f.t.Cleanup(func() { x.Close() })
	return x
}

func (f *fakeEngine) requests() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.reqs)
}

var versioned = regexp.MustCompile(`^/v([0-9.]+)(/.*)$`)

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

func notFound(w http.ResponseWriter, msg string) {
	writeJSON(w, http.StatusNotFound, map[string]string{"message": msg})
}

func (f *fakeEngine) serve(w http.ResponseWriter, r *http.Request) {
	line := r.Method + " " + r.URL.Path
	if r.URL.RawQuery != "" {
		line += "?" + r.URL.RawQuery
	}
	f.mu.Lock()
	f.reqs = append(f.reqs, line)
	f.mu.Unlock()

	if r.URL.Path == "/_ping" {
		w.Header().Set("Api-Version", apiVersion)
		w.Header().Set("Ostype", "linux")
		w.WriteHeader(http.StatusOK)
		if r.Method != http.MethodHead {
			io.WriteString(w, "OK")
		}
		return
	}
	m := versioned.FindStringSubmatch(r.URL.Path)
	if m == nil || m[1] != apiVersion {
		f.t.Errorf("request %s: not on the negotiated API version %s", line, apiVersion)
		http.Error(w, "bad version", http.StatusBadRequest)
		return
	}
	path := m[2]
	switch {
	case r.Method == http.MethodGet && strings.HasPrefix(path, "/images/") && strings.HasSuffix(path, "/json"):
		image := strings.TrimSuffix(strings.TrimPrefix(path, "/images/"), "/json")
		f.mu.Lock()
		ok := f.images[image]
		f.mu.Unlock()
		if !ok {
			notFound(w, "No such image: "+image)
			return
		}
		writeJSON(w, http.StatusOK, map[string]any{"Id": "sha256:" + strings.Repeat("1", 64), "RepoDigests": []string{image}})
	case r.Method == http.MethodPost && path == "/images/create":
		image := r.URL.Query().Get("fromImage") + "@" + r.URL.Query().Get("tag")
		f.mu.Lock()
		how, ok := f.pullable[image]
		if ok && how == "" {
			f.images[image] = true
		}
		f.mu.Unlock()
		switch {
		case !ok || how == "404":
			notFound(w, "pull access denied for "+image+": manifest unknown")
		case how == "stream":
			w.WriteHeader(http.StatusOK)
			io.WriteString(w, `{"status":"Pulling from example.test/job"}`+"\n")
			io.WriteString(w, `{"errorDetail":{"message":"manifest for `+image+` not found: manifest unknown"},"error":"manifest unknown"}`+"\n")
		default:
			w.WriteHeader(http.StatusOK)
			io.WriteString(w, `{"status":"Pulling from example.test/job"}`+"\n")
			io.WriteString(w, `{"status":"Digest: `+r.URL.Query().Get("tag")+`"}`+"\n")
		}
	case r.Method == http.MethodPost && path == "/containers/create":
		f.create(w, r)
	case strings.HasPrefix(path, "/containers/"):
		rest := strings.TrimPrefix(path, "/containers/")
		ref, verb, _ := strings.Cut(rest, "/")
		f.mu.Lock()
		c := f.containers[ref]
		f.mu.Unlock()
		if c == nil {
			notFound(w, "No such container: "+ref)
			return
		}
		f.container(w, r, c, verb)
	default:
		f.t.Errorf("unexpected request %s", line)
		http.Error(w, "not in the fake", http.StatusNotImplemented)
	}
}

func (f *fakeEngine) create(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	var req container.CreateRequest
	if err := json.Unmarshal(body, &req); err != nil || req.Config == nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	name := r.URL.Query().Get("name")
	f.mu.Lock()
	defer f.mu.Unlock()
	f.bodies["create"] = body
	if !f.images[req.Image] {
		notFound(w, "No such image: "+req.Image)
		return
	}
	if f.containers[name] != nil {
		writeJSON(w, http.StatusConflict, map[string]string{"message": "Conflict. The container name is already in use"})
		return
	}
	var id [32]byte
	_, _ = rand.Read(id[:])
	c := &fakeContainer{
		id: hex.EncodeToString(id[:]), name: name, labels: req.Labels,
		job: f.jobs[name], done: make(chan struct{}),
	}
	f.containers[c.id], f.containers[name] = c, c
	writeJSON(w, http.StatusCreated, map[string]any{"Id": c.id, "Warnings": []string{}})
}

// exit ends c's job with code; f.mu held.
func (c *fakeContainer) exit(code int) {
	if !c.running {
		return
	}
	c.running, c.exited, c.exitCode, c.finishedAt = false, true, code, time.Now().UTC()
	close(c.done)
}

func (f *fakeEngine) container(w http.ResponseWriter, r *http.Request, c *fakeContainer, verb string) {
	switch {
	case r.Method == http.MethodGet && verb == "json":
		f.mu.Lock()
		status := container.StateCreated
		if c.running {
			status = container.StateRunning
		} else if c.exited {
			status = container.StateExited
		}
		resp := container.InspectResponse{
			ID: c.id, Name: "/" + c.name,
			Config: &container.Config{Labels: c.labels},
			State: &container.State{
				Status: status, Running: c.running, ExitCode: c.exitCode,
				StartedAt: c.startedAt.Format(time.RFC3339Nano), FinishedAt: c.finishedAt.Format(time.RFC3339Nano),
			},
		}
		f.mu.Unlock()
		writeJSON(w, http.StatusOK, resp)
	case r.Method == http.MethodPut && verb == "archive":
		body, _ := io.ReadAll(r.Body)
		f.mu.Lock()
		f.bodies["archive"] = body
		f.mu.Unlock()
		w.WriteHeader(http.StatusOK)
	case r.Method == http.MethodPost && verb == "start":
		f.mu.Lock()
		defer f.mu.Unlock()
		if c.running {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		if c.job.startErr != "" {
			writeJSON(w, http.StatusBadRequest, map[string]string{"message": c.job.startErr})
			return
		}
		c.running, c.exited, c.startedAt, c.done = true, false, time.Now().UTC(), make(chan struct{})
		at := time.Now().UTC()
		for _, s := range c.job.stdout {
			at = at.Add(time.Millisecond)
			c.logs = append(c.logs, logLine{1, at, s})
		}
		for _, s := range c.job.stderr {
			at = at.Add(time.Millisecond)
			c.logs = append(c.logs, logLine{2, at, s})
		}
		switch {
		case c.job.runFor > 0:
			time.AfterFunc(c.job.runFor, func() {
				f.mu.Lock()
				defer f.mu.Unlock()
				c.exit(c.job.exitCode)
			})
		case !c.job.untilStopped:
			c.exit(c.job.exitCode)
		}
		w.WriteHeader(http.StatusNoContent)
	case r.Method == http.MethodPost && verb == "wait":
		f.mu.Lock()
		done := c.done
		f.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusOK)
		w.(http.Flusher).Flush()
		select {
		case <-done:
		case <-r.Context().Done():
			return
		}
		f.mu.Lock()
		code := c.exitCode
		f.mu.Unlock()
		_ = json.NewEncoder(w).Encode(container.WaitResponse{StatusCode: int64(code)})
	case r.Method == http.MethodPost && verb == "stop":
		f.mu.Lock()
		fail, running, ignore := f.stopFails, c.running, c.job.ignoreTerm
		f.mu.Unlock()
		if fail {
			writeJSON(w, http.StatusInternalServerError, map[string]string{"message": "stop failed in the fake"})
			return
		}
		if !running {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		code := 128 + 15
		if ignore {
			secs, _ := strconv.Atoi(r.URL.Query().Get("t"))
			time.Sleep(time.Duration(secs) * time.Second)
			code = 128 + 9
		}
		f.mu.Lock()
		c.exit(code)
		f.mu.Unlock()
		w.WriteHeader(http.StatusNoContent)
	case r.Method == http.MethodPost && verb == "kill":
		f.mu.Lock()
		c.exit(128 + 9)
		f.mu.Unlock()
		w.WriteHeader(http.StatusNoContent)
	case r.Method == http.MethodGet && verb == "logs":
		f.logs(w, r, c)
	case r.Method == http.MethodDelete && verb == "":
		f.mu.Lock()
		delete(f.containers, c.id)
		delete(f.containers, c.name)
		f.mu.Unlock()
		w.WriteHeader(http.StatusNoContent)
	default:
		f.t.Errorf("unexpected %s %s", r.Method, r.URL.Path)
		http.Error(w, "not in the fake", http.StatusNotImplemented)
	}
}

// logs writes c's log lines after ?since as a multiplexed stream (8-byte
// frame headers: stream, 0, 0, 0, big-endian size), with timestamps when
// asked, then follows until the job exits.
func (f *fakeEngine) logs(w http.ResponseWriter, r *http.Request, c *fakeContainer) {
	q := r.URL.Query()
	var since time.Time
	if s := q.Get("since"); s != "" {
		sec, frac, _ := strings.Cut(s, ".")
		secs, _ := strconv.ParseInt(sec, 10, 64)
		nanos, _ := strconv.ParseInt((frac + "000000000")[:9], 10, 64)
		since = time.Unix(secs, nanos)
	}
	f.mu.Lock()
	lines := slices.Clone(c.logs)
	done := c.done
	f.mu.Unlock()
	w.Header().Set("Content-Type", "application/vnd.docker.multiplexed-stream")
	w.WriteHeader(http.StatusOK)
	for _, l := range lines {
		if l.at.Before(since) {
			continue
		}
		payload := l.text + "\n"
		if q.Get("timestamps") == "1" {
			payload = l.at.Format(time.RFC3339Nano) + " " + payload
		}
		var hdr [8]byte
		hdr[0] = l.stream
		binary.BigEndian.PutUint32(hdr[4:], uint32(len(payload)))
		w.Write(hdr[:])
		io.WriteString(w, payload)
	}
	w.(http.Flusher).Flush()
	if q.Get("follow") == "1" {
		select {
		case <-done:
		case <-r.Context().Done():
		}
	}
}

const (
	testImage = "example.test/job@sha256:2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"
	testKey   = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl holder@example"
)

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func readLog(t *testing.T, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		t.Fatal(err)
	}
	return string(b)
}

// withoutLogs drops the log requests, which run concurrently with the rest.
func withoutLogs(reqs []string) []string {
	var out []string
	for _, r := range reqs {
		if !strings.Contains(r, "/logs?") {
			out = append(out, r)
		}
	}
	return out
}

// TestRequestShapes checks each request the executor makes for a GPU job,
// in order: ping, inspect, image inspect, pull by digest, create (CDI
// device request, labels, env, limits), the key as a tar, start, logs,
// wait; and the logs demultiplexed into LogDir.
func TestRequestShapes(t *testing.T) {
	f := newFakeEngine(t)
	f.pullable[testImage] = ""
	f.jobs["hourglass-lease-1"] = fakeJob{stdout: []string{"hello", "world"}, stderr: []string{"oops"}, exitCode: 3, runFor: 200 * time.Millisecond}
	logDir := filepath.Join(t.TempDir(), "logs")
	x := f.executor(docker.Options{MemoryLimit: 1 << 30, PidsLimit: 512})
	ctx := ctxT(t)
	job := executor.Job{
		LeaseID: "lease-1", Image: testImage,
		Command:      []string{"/bin/train", "--epochs", "3"},
		Env:          []string{"FOO=bar", "NVIDIA_VISIBLE_DEVICES=all"},
		SSHPublicKey: testKey, LogDir: logDir,
	}
	h, err := x.Start(ctx, job, []executor.GPU{{UUID: "GPU-aaaa", Index: 0}, {UUID: "GPU-bbbb", Index: 1}})
	if err != nil {
		t.Fatal(err)
	}
	st, err := x.Wait(ctx, h)
	if err != nil {
		t.Fatal(err)
	}
	if !st.Exited || st.ExitCode != 3 || st.StartedAt.IsZero() || st.EndedAt.IsZero() {
		t.Fatalf("state %+v", st)
	}

	f.mu.Lock()
	c := f.containers["hourglass-lease-1"]
	f.mu.Unlock()
	if h.ID != c.id || h.LeaseID != "lease-1" {
		t.Fatalf("handle %+v, container %s", h, c.id)
	}
	v := "/v" + apiVersion
	want := []string{
		"/_ping",
		"GET " + v + "/containers/hourglass-lease-1/json",
		"GET " + v + "/images/" + testImage + "/json",
		"POST " + v + "/images/create?fromImage=example.test%2Fjob&tag=sha256%3A2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
		"POST " + v + "/containers/create?name=hourglass-lease-1",
		"PUT " + v + "/containers/" + c.id + "/archive?noOverwriteDirNonDir=true&path=%2F",
		"POST " + v + "/containers/" + c.id + "/start",
		"GET " + v + "/containers/" + c.id + "/json", // Wait: still running
		"POST " + v + "/containers/" + c.id + "/wait?condition=not-running",
		"GET " + v + "/containers/" + c.id + "/json",
	}
	got := withoutLogs(f.requests())
	if len(got) != len(want) || !strings.HasSuffix(got[0], want[0]) {
		t.Fatalf("requests:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for i := 1; i < len(want); i++ {
		if got[i] != want[i] {
			t.Fatalf("request %d: %s, want %s\nall:\n%s", i, got[i], want[i], strings.Join(got, "\n"))
		}
	}
	logReqs := slices.DeleteFunc(f.requests(), func(r string) bool { return !strings.Contains(r, "/logs?") })
	if len(logReqs) != 1 || logReqs[0] != "GET "+v+"/containers/"+c.id+"/logs?follow=1&stderr=1&stdout=1&timestamps=1" {
		t.Fatalf("log requests %q", logReqs)
	}

	var body container.CreateRequest
	if err := json.Unmarshal(f.bodies["create"], &body); err != nil {
		t.Fatal(err)
	}
	wantDevices := []container.DeviceRequest{{Driver: "cdi", DeviceIDs: []string{"nvidia.com/gpu=GPU-aaaa", "nvidia.com/gpu=GPU-bbbb"}}}
	if !reflect.DeepEqual(body.HostConfig.DeviceRequests, wantDevices) {
		t.Fatalf("DeviceRequests %+v", body.HostConfig.DeviceRequests)
	}
	if !bytes.Contains(f.bodies["create"], []byte(`"DeviceRequests":[{"Driver":"cdi","Count":0,"DeviceIDs":["nvidia.com/gpu=GPU-aaaa","nvidia.com/gpu=GPU-bbbb"]`)) {
		t.Fatalf("create body on the wire: %s", f.bodies["create"])
	}
	if body.Image != testImage || !slices.Equal(body.Entrypoint, []string{"/bin/train"}) || !slices.Equal(body.Cmd, []string{"--epochs", "3"}) {
		t.Fatalf("image %s entrypoint %q cmd %q", body.Image, body.Entrypoint, body.Cmd)
	}
	if !slices.Equal(body.Env, []string{"FOO=bar", "NVIDIA_VISIBLE_DEVICES=GPU-aaaa,GPU-bbbb"}) {
		t.Fatalf("env %q", body.Env)
	}
	if body.Labels[docker.LeaseLabel] != "lease-1" || body.Labels[docker.LogDirLabel] != logDir {
		t.Fatalf("labels %v", body.Labels)
	}
	if body.HostConfig.Memory != 1<<30 || body.HostConfig.PidsLimit == nil || *body.HostConfig.PidsLimit != 512 {
		t.Fatalf("limits %d %v", body.HostConfig.Memory, body.HostConfig.PidsLimit)
	}
	if bytes.Contains(f.bodies["create"], []byte("AAAAC3NzaC1lZDI1NTE5")) {
		t.Fatal("the ssh key went into the create body")
	}

	// The key arrives as a tar extracted at /.
	tr := tar.NewReader(bytes.NewReader(f.bodies["archive"]))
	files := map[string]string{}
	for {
		hd, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(tr)
		files[hd.Name] = fmt.Sprintf("%o %s", hd.Mode, b)
	}
	if files["root/.ssh/authorized_keys"] != "600 "+testKey+"\n" || files["root/.ssh/"] != "700 " {
		t.Fatalf("archive %q", files)
	}

	if got := readLog(t, logDir, "stdout.log"); got != "hello\nworld\n" {
		t.Fatalf("stdout.log %q", got)
	}
	if got := readLog(t, logDir, "stderr.log"); got != "oops\n" {
		t.Fatalf("stderr.log %q", got)
	}
}

// TestStopIdempotentRestart: a second Start returns the running
// container; a fresh Executor (the agent restarted) finds it by lease id,
// resumes its logs from the cursor without repeating a line, and stops it:
// stop with the grace in whole seconds, then SIGKILL.
func TestStopIdempotentRestart(t *testing.T) {
	f := newFakeEngine(t)
	f.images[testImage] = true
	f.jobs["hourglass-lease-2"] = fakeJob{stdout: []string{"ready"}, untilStopped: true, ignoreTerm: true}
	logDir := filepath.Join(t.TempDir(), "logs")
	x := f.executor(docker.Options{})
	ctx := ctxT(t)
	job := executor.Job{LeaseID: "lease-2", Image: testImage, Command: []string{"/bin/serve"}, LogDir: logDir}
	h, err := x.Start(ctx, job, nil)
	if err != nil {
		t.Fatal(err)
	}
	h2, err := x.Start(ctx, job, nil)
	if err != nil || h2 != h {
		t.Fatalf("second start %+v, %v; first %+v", h2, err, h)
	}
	testsvc.CheckFor(t, 10*time.Second, 10*time.Millisecond, func() error {
		if got := readLog(t, logDir, "stdout.log"); got != "ready\n" {
			return fmt.Errorf("stdout.log %q", got)
		}
		return nil
	})

	restarted := f.executor(docker.Options{})
	st, err := restarted.Inspect(ctx, executor.Handle{LeaseID: "lease-2"})
	if err != nil || !st.Running || st.StartedAt.IsZero() {
		t.Fatalf("restarted inspect %+v, %v", st, err)
	}
	if h3, err := restarted.Start(ctx, job, nil); err != nil || h3 != h {
		t.Fatalf("restarted start %+v, %v", h3, err)
	}
	t0 := time.Now()
	if err := restarted.Stop(ctx, h, 1500*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	if took := time.Since(t0); took < time.Second {
		t.Fatalf("stop took %v", took)
	}
	st, err = restarted.Wait(ctx, h)
	if err != nil || !st.Exited || st.ExitCode != 137 {
		t.Fatalf("after stop %+v, %v", st, err)
	}
	reqs := f.requests()
	creates := slices.DeleteFunc(slices.Clone(reqs), func(r string) bool { return !strings.Contains(r, "/containers/create") })
	if len(creates) != 1 {
		t.Fatalf("%d creates", len(creates))
	}
	if !slices.Contains(reqs, "POST /v"+apiVersion+"/containers/"+h.ID+"/stop?t=2") {
		t.Fatalf("no stop with t=2 in\n%s", strings.Join(reqs, "\n"))
	}
	var resumed bool
	for _, r := range reqs {
		resumed = resumed || (strings.Contains(r, "/logs?") && strings.Contains(r, "since="))
	}
	if !resumed {
		t.Fatalf("the restarted executor did not resume the logs from the cursor:\n%s", strings.Join(reqs, "\n"))
	}
	if got := readLog(t, logDir, "stdout.log"); got != "ready\n" {
		t.Fatalf("stdout.log %q", got)
	}
	// Stopping an exited job is not an error, and asks the engine nothing.
	n := len(f.requests())
	if err := restarted.Stop(ctx, h, time.Second); err != nil {
		t.Fatal(err)
	}
	for _, r := range f.requests()[n:] {
		if strings.Contains(r, "/stop") || strings.Contains(r, "/kill") {
			t.Fatalf("stopped again: %s", r)
		}
	}
	// Started again after it exited: the same container, started anew, its
	// new output appended after the old (the cursor skips the old lines).
	if h4, err := restarted.Start(ctx, job, nil); err != nil || h4 != h {
		t.Fatalf("start after exit %+v, %v", h4, err)
	}
	if err := restarted.Stop(ctx, h, 0); err != nil {
		t.Fatal(err)
	}
	if got := readLog(t, logDir, "stdout.log"); got != "ready\nready\n" {
		t.Fatalf("stdout.log after the second run %q", got)
	}
	creates = slices.DeleteFunc(f.requests(), func(r string) bool { return !strings.Contains(r, "/containers/create") })
	if len(creates) != 1 {
		t.Fatalf("%d creates", len(creates))
	}
	if err := restarted.Remove(ctx, h); err != nil {
		t.Fatal(err)
	}
	if _, err := restarted.Inspect(ctx, h); !errors.Is(err, docker.ErrNoJob) {
		t.Fatalf("inspect after remove: %v", err)
	}
}

// TestStopFallsBackToKill: when the engine's stop fails, the executor
// kills the container.
func TestStopFallsBackToKill(t *testing.T) {
	f := newFakeEngine(t)
	f.images[testImage] = true
	f.jobs["hourglass-lease-3"] = fakeJob{untilStopped: true}
	logDir := t.TempDir()
	x := f.executor(docker.Options{})
	ctx := ctxT(t)
	h, err := x.Start(ctx, executor.Job{LeaseID: "lease-3", Image: testImage, Command: []string{"/bin/serve"}, LogDir: logDir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	f.mu.Lock()
	f.stopFails = true
	f.mu.Unlock()
	if err := x.Stop(ctx, h, time.Second); err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(f.requests(), "POST /v"+apiVersion+"/containers/"+h.ID+"/kill?signal=SIGKILL") {
		t.Fatalf("no kill in\n%s", strings.Join(f.requests(), "\n"))
	}
	st, err := x.Inspect(ctx, h)
	if err != nil || !st.Exited || st.ExitCode != 137 {
		t.Fatalf("state %+v, %v", st, err)
	}
}

// TestStartErrors: a missing image (the registry's 404, or an error inside
// the pull stream) is ErrImageUnavailable and creates nothing; a bad spec
// is ErrSpecInvalid and asks the engine nothing.
func TestStartErrors(t *testing.T) {
	f := newFakeEngine(t)
	gone := "example.test/gone@sha256:" + strings.Repeat("ab", 32)
	broken := "example.test/broken@sha256:" + strings.Repeat("cd", 32)
	f.pullable[gone] = "404"
	f.pullable[broken] = "stream"
	logDir := t.TempDir()
	x := f.executor(docker.Options{})
	ctx := ctxT(t)
	base := executor.Job{LeaseID: "lease-4", Image: testImage, Command: []string{"/bin/x"}, LogDir: logDir}
	for _, image := range []string{gone, broken} {
		job := base
		job.Image = image
		if _, err := x.Start(ctx, job, nil); !errors.Is(err, executor.ErrImageUnavailable) {
			t.Fatalf("%s: err %v, want ErrImageUnavailable", image, err)
		}
	}
	for _, r := range f.requests() {
		if strings.Contains(r, "/containers/create") {
			t.Fatalf("created a container for a missing image: %s", r)
		}
	}
	n := len(f.requests())
	for name, edit := range map[string]func(*executor.Job){
		"tag":       func(j *executor.Job) { j.Image = "example.test/job:latest" },
		"command":   func(j *executor.Job) { j.Command = nil },
		"env":       func(j *executor.Job) { j.Env = []string{"=x"} },
		"lease id":  func(j *executor.Job) { j.LeaseID = "a/b" },
		"key lines": func(j *executor.Job) { j.SSHPublicKey = testKey + "\n" + testKey },
		"bad key":   func(j *executor.Job) { j.SSHPublicKey = "ssh-ed25519 notbase64!" },
		"log dir":   func(j *executor.Job) { j.LogDir = "" },
	} {
		job := base
		edit(&job)
		if _, err := x.Start(ctx, job, nil); !errors.Is(err, executor.ErrSpecInvalid) {
			t.Fatalf("%s: err %v, want ErrSpecInvalid", name, err)
		}
	}
	if got := f.requests()[n:]; len(got) != 0 {
		t.Fatalf("bad specs reached the engine: %q", got)
	}

	// The engine passes on the runtime's words: a command the image lacks
	// is the holder's spec; another start failure is the provider's.
	f.images[testImage] = true
	f.jobs["hourglass-lease-5"] = fakeJob{startErr: `failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "/bin/x": stat /bin/x: no such file or directory: unknown`}
	f.jobs["hourglass-lease-6"] = fakeJob{startErr: `failed to create task for container: error mounting "/usr/lib/libcuda.so" to rootfs: no such file or directory: unknown`}
	job := base
	job.LeaseID = "lease-5"
	if _, err := x.Start(ctx, job, nil); !errors.Is(err, executor.ErrSpecInvalid) {
		t.Fatalf("command not in image: err %v, want ErrSpecInvalid", err)
	}
	job.LeaseID = "lease-6"
	if _, err := x.Start(ctx, job, nil); err == nil || errors.Is(err, executor.ErrSpecInvalid) || errors.Is(err, executor.ErrImageUnavailable) {
		t.Fatalf("mount failure: err %v, want the provider's", err)
	}
}
