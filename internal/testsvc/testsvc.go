// Package testsvc gives tests the real PostgreSQL and Redis they need,
// without any setup: a URL from the environment when one is given
// (DATABASE_URL, REDIS_URL), otherwise throwaway servers started from the
// installed binaries, listening only on a Unix socket in a temporary folder.
//
// PostgreSQL refuses to initialise a cluster as root, so under root the
// server runs as the `postgres` user (runuser). One server serves the whole
// test binary, each Postgres call gets a fresh database; packages that use it
// stop it from TestMain through Main. Each Redis call starts its own
// redis-server (it starts in milliseconds), so pub/sub traffic of one test
// never reaches another.
//
// A missing binary skips the test, except under CI=true, where it fails it:
// CI must never pass by skipping the real components.
package testsvc

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// Main runs the tests and then stops the servers this package started.
// Use it as `func TestMain(m *testing.M) { os.Exit(testsvc.Main(m)) }`.
func Main(m *testing.M) int {
	code := m.Run()
	stopPostgres()
	return code
}

// unavailable skips the test, or fails it under CI=true.
func unavailable(t testing.TB, format string, args ...any) {
	t.Helper()
	msg := fmt.Sprintf(format, args...)
	if os.Getenv("CI") == "true" {
		t.Fatalf("testsvc: %s (CI=true: the real component is required)", msg)
	}
	t.Skipf("testsvc: %s", msg)
}

// findBinary looks for a server binary on PATH and then in the usual
// Debian folders.
func findBinary(name string, globs ...string) string {
	if p, err := exec.LookPath(name); err == nil {
		return p
	}
	for _, g := range globs {
		m, _ := filepath.Glob(g)
		for i := len(m) - 1; i >= 0; i-- { // newest version last in lexical order
			if st, err := os.Stat(m[i]); err == nil && !st.IsDir() {
				return m[i]
			}
		}
	}
	return ""
}

func randomName(prefix string) string {
	var b [6]byte
	_, _ = rand.Read(b[:])
	return prefix + hex.EncodeToString(b[:])
}

// ---- PostgreSQL ----

type pgServer struct {
	dir    string // data, socket and log live here
	socket string
	pgCtl  string
	asUser string // "" or the user that owns the cluster (runuser)
	// durable: a commit is acknowledged once written (StartPostgres's).
	durable bool
	err     error
}

var (
	pgOnce sync.Once
	pg     *pgServer
)

// Postgres returns the URL of a fresh, empty database. With DATABASE_URL
// set it creates the database on that server (the role needs CREATEDB);
// otherwise on a throwaway local server. The database is dropped when the
// test ends.
func Postgres(t testing.TB) string {
	t.Helper()
	admin := os.Getenv("DATABASE_URL")
	if admin == "" {
		pgOnce.Do(func() { pg = startPostgres() })
		if pg.err != nil {
			unavailable(t, "PostgreSQL: %v", pg.err)
		}
		admin = pg.url("postgres")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, admin)
	if err != nil {
		t.Fatalf("testsvc: connect to PostgreSQL: %v", err)
	}
	defer conn.Close(ctx)
	name := randomName("hg_test_")
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("testsvc: create database: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		c, err := pgx.Connect(ctx, admin)
		if err != nil {
			return
		}
		defer c.Close(ctx)
		_, _ = c.Exec(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
	})
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatalf("testsvc: DATABASE_URL: %v", err)
	}
	u.Path = "/" + name
	return u.String()
}

func (s *pgServer) url(db string) string {
	return fmt.Sprintf("postgres://postgres@/%s?host=%s&sslmode=disable", db, url.QueryEscape(s.socket))
}

func startPostgres() *pgServer {
	s := initPostgres()
	if s.err == nil {
		s.err = s.start()
	}
	return s
}

// initPostgres makes a new cluster in a temporary folder, not started.
func initPostgres() *pgServer {
	s := &pgServer{}
	initdb := findBinary("initdb", "/usr/lib/postgresql/*/bin/initdb")
	s.pgCtl = findBinary("pg_ctl", "/usr/lib/postgresql/*/bin/pg_ctl")
	if initdb == "" || s.pgCtl == "" {
		s.err = errors.New("initdb and pg_ctl not found (Debian: apt-get install postgresql)")
		return s
	}
	dir, err := os.MkdirTemp("", "hg-postgres-")
	if err != nil {
		s.err = err
		return s
	}
	s.dir, s.socket = dir, dir
	if os.Geteuid() == 0 {
		// initdb refuses root: the cluster belongs to the postgres user.
		u, err := user.Lookup("postgres")
		if err != nil {
			s.err = fmt.Errorf("running as root and no postgres user: %w", err)
			return s
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		if err := os.Chown(dir, uid, gid); err != nil {
			s.err = err
			return s
		}
		s.asUser = "postgres"
	}
	data := filepath.Join(dir, "data")
	if out, err := s.run(initdb, "-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C"); err != nil {
		s.err = fmt.Errorf("initdb: %v: %s", err, out)
		return s
	}
	return s
}

// start starts the cluster and waits until it accepts connections.
func (s *pgServer) start() error {
	// No TCP at all: the socket in our folder is the only way in.
	// fsync is off (the OS does not crash under a test); a durable server
	// also commits synchronously, so that a killed server keeps what it
	// acknowledged.
	commit := "off"
	if s.durable {
		commit = "on"
	}
	opts := fmt.Sprintf("-c listen_addresses='' -c unix_socket_directories=%s -c fsync=off -c synchronous_commit=%s -c full_page_writes=off -c max_connections=200", s.dir, commit)
	if out, err := s.run(s.pgCtl, "-D", filepath.Join(s.dir, "data"), "-l", filepath.Join(s.dir, "log"), "-o", opts, "-w", "-t", "60", "start"); err != nil {
		log, _ := os.ReadFile(filepath.Join(s.dir, "log"))
		return fmt.Errorf("pg_ctl start: %v: %s %s", err, out, log)
	}
	return nil
}

// stop stops the cluster: mode "fast" (clients disconnected, a clean
// shutdown) or "immediate" (like a crash: recovery at the next start).
func (s *pgServer) stop(mode string) error {
	if out, err := s.run(s.pgCtl, "-D", filepath.Join(s.dir, "data"), "-m", mode, "-w", "stop"); err != nil {
		return fmt.Errorf("pg_ctl stop: %v: %s", err, out)
	}
	return nil
}

func (s *pgServer) run(bin string, args ...string) ([]byte, error) {
	var cmd *exec.Cmd
	if s.asUser != "" {
		cmd = exec.Command("runuser", append([]string{"-u", s.asUser, "--", bin}, args...)...)
	} else {
		cmd = exec.Command(bin, args...)
	}
	cmd.Dir = s.dir
	return cmd.CombinedOutput()
}

func stopPostgres() {
	if pg == nil || pg.err != nil || pg.dir == "" {
		if pg != nil && pg.dir != "" {
			_ = os.RemoveAll(pg.dir)
		}
		return
	}
	_ = pg.stop("immediate")
	_ = os.RemoveAll(pg.dir)
}

// ---- Redis ----

// Redis returns the URL of a Redis server for this test alone: REDIS_URL
// when set (shared: use keys and channels of your own), otherwise a
// redis-server started for the test on a Unix socket and stopped when the
// test ends.
func Redis(t testing.TB) string {
	t.Helper()
	if u := os.Getenv("REDIS_URL"); u != "" {
		return u
	}
	bin := findBinary("redis-server")
	if bin == "" {
		unavailable(t, "redis-server not found (Debian: apt-get install redis-server)")
	}
	dir, err := os.MkdirTemp("", "hg-redis-")
	if err != nil {
		t.Fatal(err)
	}
	sock := filepath.Join(dir, "redis.sock")
	cmd := exec.Command(bin, "--port", "0", "--unixsocket", sock, "--unixsocketperm", "700",
		"--save", "", "--appendonly", "no", "--dir", dir, "--daemonize", "no")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = cmd.Stdout
	if err := cmd.Start(); err != nil {
		unavailable(t, "start redis-server: %v", err)
	}
	ready := make(chan struct{})
	var logMu sync.Mutex
	var logLines []string
	go func() {
		sc := bufio.NewScanner(stdout)
		once := sync.Once{}
		for sc.Scan() {
			line := sc.Text()
			logMu.Lock()
			logLines = append(logLines, line)
			logMu.Unlock()
			if strings.Contains(strings.ToLower(line), "ready to accept connections") {
				once.Do(func() { close(ready) })
			}
		}
	}()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		_ = os.RemoveAll(dir)
	})
	select {
	case <-ready:
	case <-time.After(20 * time.Second):
		logMu.Lock()
		defer logMu.Unlock()
		t.Fatalf("testsvc: redis-server did not start: %s", strings.Join(logLines, "\n"))
	}
	return "unix://" + sock
}

// SyncBuffer is a bytes.Buffer that a test can read while the code under
// test writes to it.
type SyncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *SyncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

// String returns what was written so far.
func (s *SyncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
