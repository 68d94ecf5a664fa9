package testsvc

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// PostgresServer is a PostgreSQL server of one test's own, which the test
// may stop and start again (an outage) without touching the servers of
// other tests. Its data survives a stop.
type PostgresServer struct {
	t testing.TB
	s *pgServer
}

// StartPostgres starts a throwaway PostgreSQL server for this test alone,
// on a Unix socket in a temporary folder (as Postgres does), and stops it
// when the test ends. URL names its database "postgres".
func StartPostgres(t testing.TB) *PostgresServer {
	t.Helper()
	s := startPostgres()
	if s.err != nil {
		if s.dir != "" {
			_ = os.RemoveAll(s.dir)
		}
		unavailable(t, "PostgreSQL: %v", s.err)
	}
	p := &PostgresServer{t: t, s: s}
	t.Cleanup(func() {
		_, _ = s.run(s.pgCtl, "-D", filepath.Join(s.dir, "data"), "-m", "immediate", "-w", "stop")
		_ = os.RemoveAll(s.dir)
	})
	return p
}

// URL is the server's "postgres" database.
func (p *PostgresServer) URL() string { return p.s.url("postgres") }

// Stop stops the server (fast shutdown: connections are cut) and waits
// until it is down.
func (p *PostgresServer) Stop() {
	p.t.Helper()
	if out, err := p.s.run(p.s.pgCtl, "-D", filepath.Join(p.s.dir, "data"), "-m", "fast", "-w", "-t", "60", "stop"); err != nil {
		p.t.Fatalf("testsvc: pg_ctl stop: %v: %s", err, out)
	}
}

// Start starts the stopped server again on the same socket and data, and
// waits until it accepts connections.
func (p *PostgresServer) Start() {
	p.t.Helper()
	opts := fmt.Sprintf("-c listen_addresses='' -c unix_socket_directories=%s -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200", p.s.dir)
	if out, err := p.s.run(p.s.pgCtl, "-D", filepath.Join(p.s.dir, "data"), "-l", filepath.Join(p.s.dir, "log"), "-o", opts, "-w", "-t", "60", "start"); err != nil {
		p.t.Fatalf("testsvc: pg_ctl start: %v: %s", err, out)
	}
}
