package testsvc

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// RedisServer is a redis-server that the test starts, stops and starts
// again on the same Unix socket, to play Redis being late at start, lost
// mid-run, or restarted empty (it keeps nothing on disk). Redis, not this,
// is what tests that only need a server use. It is stopped when the test
// ends.
type RedisServer struct {
	t    testing.TB
	bin  string
	dir  string
	sock string

	mu  sync.Mutex
	cmd *exec.Cmd
}

// NewRedisServer prepares a redis-server for this test without starting
// it: URL is known at once, and clients made from it fail until Start. It
// needs the redis-server binary; with REDIS_URL set the test is skipped
// (a shared server cannot be stopped), even under CI=true.
func NewRedisServer(t testing.TB) *RedisServer {
	t.Helper()
	if os.Getenv("REDIS_URL") != "" {
		t.Skip("testsvc: this test stops and starts its own redis-server; unset REDIS_URL")
	}
	bin := findBinary("redis-server")
	if bin == "" {
		unavailable(t, "redis-server not found (Debian: apt-get install redis-server)")
	}
	dir, err := os.MkdirTemp("", "hg-redis-")
	if err != nil {
		t.Fatal(err)
	}
	r := &RedisServer{t: t, bin: bin, dir: dir, sock: filepath.Join(dir, "redis.sock")}
	t.Cleanup(func() {
		r.Stop()
		_ = os.RemoveAll(dir)
	})
	return r
}

// URL is the server's address, valid before Start and across restarts.
func (r *RedisServer) URL() string { return "unix://" + r.sock }

// Start starts the server, empty, and waits until it accepts connections.
func (r *RedisServer) Start() {
	r.t.Helper()
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.cmd != nil {
		r.t.Fatal("testsvc: redis-server already running")
	}
	cmd := exec.Command(r.bin, "--port", "0", "--unixsocket", r.sock, "--unixsocketperm", "700",
		"--save", "", "--appendonly", "no", "--dir", r.dir, "--daemonize", "no")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		r.t.Fatal(err)
	}
	cmd.Stderr = cmd.Stdout
	if err := cmd.Start(); err != nil {
		unavailable(r.t, "start redis-server: %v", err)
	}
	ready := make(chan struct{})
	var lines []string
	var linesMu sync.Mutex
	go func() {
		sc := bufio.NewScanner(stdout)
		once := sync.Once{}
		for sc.Scan() {
			linesMu.Lock()
			lines = append(lines, sc.Text())
			linesMu.Unlock()
			if strings.Contains(strings.ToLower(sc.Text()), "ready to accept connections") {
				once.Do(func() { close(ready) })
			}
		}
	}()
	select {
	case <-ready:
	case <-time.After(20 * time.Second):
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		linesMu.Lock()
		defer linesMu.Unlock()
		r.t.Fatalf("testsvc: redis-server did not start: %s", strings.Join(lines, "\n"))
	}
	r.cmd = cmd
}

// Stop kills the server (SIGKILL: connections drop at once, nothing is
// kept), if it runs.
func (r *RedisServer) Stop() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.cmd == nil {
		return
	}
	_ = r.cmd.Process.Kill()
	_ = r.cmd.Wait()
	_ = os.Remove(r.sock)
	r.cmd = nil
}
