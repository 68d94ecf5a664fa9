package testsvc_test

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/redis/go-redis/v9"

	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

func TestMain(m *testing.M) { os.Exit(testsvc.Main(m)) }

// TestPostgres checks that two calls get two distinct, writable databases.
func TestPostgres(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var names []string
	for range 2 {
		conn, err := pgx.Connect(ctx, testsvc.Postgres(t))
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "CREATE TABLE t (x int); INSERT INTO t VALUES (42)"); err != nil {
			t.Fatal(err)
		}
		var name string
		var x int
		if err := conn.QueryRow(ctx, "SELECT current_database(), (SELECT x FROM t)").Scan(&name, &x); err != nil {
			t.Fatal(err)
		}
		if x != 42 {
			t.Fatalf("read %d, want 42", x)
		}
		names = append(names, name)
	}
	if names[0] == names[1] {
		t.Fatalf("both calls got database %s", names[0])
	}
}

// TestRedis checks that each call gets its own server: a key set on one is
// absent on the other.
func TestRedis(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var clients []*redis.Client
	for range 2 {
		opt, err := redis.ParseURL(testsvc.Redis(t))
		if err != nil {
			t.Fatal(err)
		}
		c := redis.NewClient(opt)
		defer c.Close()
		clients = append(clients, c)
	}
	if err := clients[0].Set(ctx, "k", "v", 0).Err(); err != nil {
		t.Fatal(err)
	}
	if v, err := clients[0].Get(ctx, "k").Result(); err != nil || v != "v" {
		t.Fatalf("get = %q, %v", v, err)
	}
	if os.Getenv("REDIS_URL") == "" {
		if n, err := clients[1].Exists(ctx, "k").Result(); err != nil || n != 0 {
			t.Fatalf("second server sees the first one's key: %d, %v", n, err)
		}
	}
}
