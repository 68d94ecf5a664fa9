package node_test

import (
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/internal/node"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// TestRedisOutageQuiet runs the demo (bots and signed-in traders) over a
// real Redis, kills Redis for 12 s and starts it again, empty: the node
// says once that Redis is gone and once that it is back, not a line per
// try (issue 12: about 1,000 lines in 45 s), its gauge follows, and the
// market list is served again afterwards.
func TestRedisOutageQuiet(t *testing.T) {
	if testing.Short() {
		t.Skip("a 12 s outage")
	}
	srv := testsvc.NewRedis(t, false)
	srv.Start()
	var logs testsvc.SyncBuffer
	cfg := node.Config{RedisURL: srv.URL, Logger: slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelInfo}))}
	d := startDemo(t, cfg, demoOptions{BotRate: 20, Traders: 4, TraderRate: 1})
	base := "http://" + d.Gateway
	get := func(path string) (int, string) {
		resp, err := http.Get(base + path)
		if err != nil {
			return 0, err.Error()
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	up := func(want string) func() error {
		return func() error {
			_, body := get("/metrics")
			if !strings.Contains(body, `hourglass_dependency_up{dependency="redis"} `+want) {
				return fmt.Errorf(`hourglass_dependency_up{dependency="redis"} is not %s`, want)
			}
			return nil
		}
	}
	testsvc.CheckFor(t, 30*time.Second, 50*time.Millisecond, func() error {
		if code, body := get("/v1/markets"); code != http.StatusOK {
			return fmt.Errorf("GET /v1/markets: %d %s", code, body)
		}
		return nil
	})
	time.Sleep(2 * time.Second) // trading
	before := strings.Count(logs.String(), "\n")

	srv.Stop()
	testsvc.CheckFor(t, 10*time.Second, 50*time.Millisecond, up("0"))
	time.Sleep(12 * time.Second)
	during := strings.Split(logs.String(), "\n")[before:]
	srv.Start()
	testsvc.CheckFor(t, 20*time.Second, 50*time.Millisecond, up("1"))
	testsvc.CheckFor(t, 20*time.Second, 50*time.Millisecond, func() error {
		if code, body := get("/v1/markets"); code != http.StatusOK {
			return fmt.Errorf("GET /v1/markets after the outage: %d %s", code, body)
		}
		return nil
	})
	time.Sleep(2 * time.Second)
	// The settlement's INFO lines go on as usual; what the outage adds
	// is counted.
	var warn, bus []string
	for _, l := range strings.Split(logs.String(), "\n")[before:] {
		if strings.Contains(l, "level=WARN") || strings.Contains(l, "level=ERROR") {
			warn = append(warn, l)
		}
		if busLine.MatchString(l) {
			bus = append(bus, l)
		}
	}
	t.Logf("%d lines during the outage; about the bus, until 2 s after it:\n%s", len(during)-1, strings.Join(bus, "\n"))
	if len(warn) > 4 || len(bus) > 8 {
		t.Errorf("a 12 s Redis outage logged %d WARN or ERROR lines and %d about the bus:\n%s", len(warn), len(bus), strings.Join(warn, "\n"))
	}
}

// busLine matches the log lines about Redis, the bus and market data.
var busLine = regexp.MustCompile(`(?i)redis|bus|market-data|subscri|topic`)
