package testsvc

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// PostgresServer is a PostgreSQL cluster of one test's own, which the test
// can stop, crash and start again: its URL stays the same (a Unix socket in
// its folder), its data survives. Postgres is the way to a fresh database
// on the shared server; this is for tests of outages.
type PostgresServer struct {
	t  testing.TB
	s  *pgServer
	up bool
	// URL is the database "hourglass" on this server.
	URL string
}

// StartPostgres starts a PostgreSQL cluster for this test alone, with an
// empty database "hourglass"; it is removed when the test ends.
func StartPostgres(t testing.TB) *PostgresServer {
	t.Helper()
	s := initPostgres()
	s.durable = true
	if s.err == nil {
		s.err = s.start()
	}
	if s.err != nil {
		if s.dir != "" {
			_ = os.RemoveAll(s.dir)
		}
		unavailable(t, "PostgreSQL: %v", s.err)
	}
	p := &PostgresServer{t: t, s: s, up: true, URL: s.url("hourglass")}
	t.Cleanup(func() {
		if p.up {
			_ = s.stop("immediate")
		}
		_ = os.RemoveAll(s.dir)
	})
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, s.url("postgres"))
	if err != nil {
		t.Fatalf("testsvc: connect to PostgreSQL: %v", err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE DATABASE hourglass"); err != nil {
		t.Fatalf("testsvc: create database: %v", err)
	}
	return p
}

// Stop shuts the server down cleanly, disconnecting its clients.
func (p *PostgresServer) Stop() { p.t.Helper(); p.stop("fast") }

// Kill stops the server as a crash would (pg_ctl's immediate mode): no
// shutdown checkpoint, recovery at the next start.
func (p *PostgresServer) Kill() { p.t.Helper(); p.stop("immediate") }

func (p *PostgresServer) stop(mode string) {
	p.t.Helper()
	if !p.up {
		return
	}
	if err := p.s.stop(mode); err != nil {
		p.t.Fatalf("testsvc: %v", err)
	}
	p.up = false
}

// Start starts the server again on the same data and socket.
func (p *PostgresServer) Start() {
	p.t.Helper()
	if p.up {
		return
	}
	if err := p.s.start(); err != nil {
		p.t.Fatalf("testsvc: %v", err)
	}
	p.up = true
}

// RedisServer is a redis-server of one test's own on a fixed Unix socket,
// which the test can start late, kill and start again.
type RedisServer struct {
	t       testing.TB
	bin     string
	dir     string
	sock    string
	persist bool

	mu   sync.Mutex
	proc *exec.Cmd
	done chan struct{}
	// URL is where the server listens, whether it runs or not.
	URL string
}

// NewRedis prepares a redis-server for this test alone, not started:
// Start starts it. With persist its data survives a restart (an
// append-only file, written every second: what a kill loses is the last
// second); without, every start is empty. It is killed when the test ends.
// With REDIS_URL set the test is skipped (a shared server cannot be
// stopped), even under CI=true.
func NewRedis(t testing.TB, persist bool) *RedisServer {
	t.Helper()
	if os.Getenv("REDIS_URL") != "" {
		t.Skip("testsvc: this test stops and starts its own redis-server; unset REDIS_URL")
	}
	bin := findBinary("redis-server")
	if bin == "" {
		unavailable(t, "redis-server not found (Debian: apt-get install redis-server)")
	}
	dir := t.TempDir()
	r := &RedisServer{t: t, bin: bin, dir: dir, sock: filepath.Join(dir, "redis.sock"), persist: persist}
	r.URL = "unix://" + r.sock
	t.Cleanup(r.Kill)
	return r
}

// StartRedis is NewRedis, started.
func StartRedis(t testing.TB, persist bool) *RedisServer {
	t.Helper()
	r := NewRedis(t, persist)
	r.Start()
	return r
}

// Start runs redis-server and waits until it accepts connections.
func (r *RedisServer) Start() {
	r.t.Helper()
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.proc != nil {
		return
	}
	args := []string{"--port", "0", "--unixsocket", r.sock, "--unixsocketperm", "700", "--dir", r.dir,
		"--daemonize", "no", "--save", ""}
	if r.persist {
		args = append(args, "--appendonly", "yes", "--appendfsync", "everysec")
	} else {
		args = append(args, "--appendonly", "no")
	}
	cmd := exec.Command(r.bin, args...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		r.t.Fatal(err)
	}
	cmd.Stderr = cmd.Stdout
	if err := cmd.Start(); err != nil {
		unavailable(r.t, "start redis-server: %v", err)
	}
	ready, done := make(chan struct{}), make(chan struct{})
	var (
		logMu sync.Mutex
		lines []string
	)
	go func() {
		sc := bufio.NewScanner(stdout)
		var once sync.Once
		for sc.Scan() {
			logMu.Lock()
			if len(lines) < 200 {
				lines = append(lines, sc.Text())
			}
			logMu.Unlock()
			if strings.Contains(strings.ToLower(sc.Text()), "ready to accept connections") {
				once.Do(func() { close(ready) })
			}
		}
		_ = cmd.Wait()
		close(done)
	}()
	select {
	case <-ready:
		r.proc, r.done = cmd, done
	case <-done:
		logMu.Lock()
		defer logMu.Unlock()
		r.t.Fatalf("testsvc: redis-server exited at start: %s", strings.Join(lines, "\n"))
	case <-time.After(20 * time.Second):
		_ = cmd.Process.Kill()
		logMu.Lock()
		defer logMu.Unlock()
		r.t.Fatalf("testsvc: redis-server did not start: %s", strings.Join(lines, "\n"))
	}
}

// Kill ends the server with SIGKILL, if it runs.
func (r *RedisServer) Kill() { r.stop(os.Kill) }

// Stop ends the server with SIGTERM (with persist, it writes its data
// first), if it runs.
func (r *RedisServer) Stop() { r.stop(os.Interrupt) }

func (r *RedisServer) stop(sig os.Signal) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.proc == nil {
		return
	}
	_ = r.proc.Process.Signal(sig)
	select {
	case <-r.done:
	case <-time.After(15 * time.Second):
		_ = r.proc.Process.Kill()
		<-r.done
	}
	r.proc = nil
}

// String names the server in test logs.
func (r *RedisServer) String() string { return fmt.Sprintf("redis-server at %s", r.sock) }
