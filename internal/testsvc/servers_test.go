package testsvc_test

import (
	"context"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/redis/go-redis/v9"

	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// TestPostgresServerRestarts checks that a test's own PostgreSQL refuses
// connections while stopped or killed and keeps its data across both.
func TestPostgresServerRestarts(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	p := testsvc.StartPostgres(t)
	exec := func(sql string) error {
		c, err := pgx.Connect(ctx, p.URL)
		if err != nil {
			return err
		}
		defer c.Close(ctx)
		_, err = c.Exec(ctx, sql)
		return err
	}
	if err := exec("CREATE TABLE t (x int); INSERT INTO t VALUES (1)"); err != nil {
		t.Fatal(err)
	}
	for i, stop := range []func(){p.Stop, p.Kill} {
		stop()
		if err := exec("SELECT 1"); err == nil {
			t.Fatalf("stop %d: the server still answers", i)
		}
		p.Start()
		if err := exec("INSERT INTO t VALUES (2)"); err != nil {
			t.Fatalf("after restart %d: %v", i, err)
		}
	}
	c, err := pgx.Connect(ctx, p.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(ctx)
	var n int
	if err := c.QueryRow(ctx, "SELECT count(*) FROM t").Scan(&n); err != nil || n != 3 {
		t.Fatalf("rows %d (%v), want 3", n, err)
	}
}

// TestRedisServerRestarts checks a late start, and that a persistent
// server keeps its data across a stop and an ephemeral one does not.
func TestRedisServerRestarts(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for _, persist := range []bool{true, false} {
		r := testsvc.NewRedis(t, persist)
		opt, err := redis.ParseURL(r.URL)
		if err != nil {
			t.Fatal(err)
		}
		c := redis.NewClient(opt)
		defer c.Close()
		if err := c.Ping(ctx).Err(); err == nil {
			t.Fatal("a server not started answers")
		}
		r.Start()
		if err := c.Set(ctx, "k", "v", 0).Err(); err != nil {
			t.Fatal(err)
		}
		r.Stop()
		if err := c.Ping(ctx).Err(); err == nil {
			t.Fatal("a stopped server answers")
		}
		r.Start()
		got, err := c.Get(ctx, "k").Result()
		switch {
		case persist && got != "v":
			t.Fatalf("persistent: k = %q (%v) after a restart", got, err)
		case !persist && err != redis.Nil:
			t.Fatalf("ephemeral: k = %q (%v) after a restart, want none", got, err)
		}
		r.Kill()
	}
}
