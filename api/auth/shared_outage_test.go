package auth_test

import (
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/redis/go-redis/v9"

	"github.com/hourglass-exchange/hourglass/api/auth"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/health"
	"github.com/hourglass-exchange/hourglass/internal/redisbus"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// TestSharedSessionsOutageSaidOnce: two gateways' session stores share
// their sessions through a real Redis, which is stopped while one of them
// takes 100 sign-ins, 100 look-ups of the other's token and 100 logouts.
// The log says the outage once, at ERROR with the cause, and its end once,
// at INFO, with how long it lasted, how many calls failed and how many
// logouts did not reach the other gateways; each failed call is at DEBUG
// only. Sessions are shared again after it.
func TestSharedSessionsOutageSaidOnce(t *testing.T) {
	srv := testsvc.NewRedis(t, false)
	srv.Start()
	opt, err := redis.ParseURL(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	// One try per call, one dial per try: 300 calls to a stopped server
	// stay quick.
	opt.MaxRetries, opt.DialerRetries, opt.DialerRetryTimeout = -1, 1, time.Millisecond
	rc := redis.NewClient(opt)
	t.Cleanup(func() { rc.Close() })

	clk := clock.NewFake(time.Now())
	var logs testsvc.SyncBuffer
	log := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	st := auth.NewSessionStore(clk, 1000, 0, 0)
	st.Share(redisbus.NewKV(rc, "s:"), log)
	other := auth.NewSessionStore(clk, 1000, 0, 0)
	other.Share(redisbus.NewKV(rc, "s:"), nil)
	reg := prometheus.NewPedanticRegistry()
	reg.MustRegister(st.Health().Collector())
	gauge := func() float64 {
		t.Helper()
		mfs, err := reg.Gather()
		if err != nil || len(mfs) != 1 || mfs[0].GetName() != health.MetricName || len(mfs[0].GetMetric()) != 1 {
			t.Fatalf("gathered %v, %v", mfs, err)
		}
		return mfs[0].GetMetric()[0].GetGauge().GetValue()
	}
	session := func() auth.Session {
		return auth.Session{Address: common.HexToAddress("0x00000000000000000000000000000000000000a1"), ChainID: 1337,
			ExpiresAt: clk.Now().Add(time.Hour)}
	}
	theirs := other.Create(session())
	if _, err := st.Lookup(theirs.Token); err != nil {
		t.Fatalf("the other gateway's session before the outage: %v", err)
	}
	if logs.String() != "" || gauge() != 1 {
		t.Fatalf("before the outage: gauge %v, log:\n%s", gauge(), logs.String())
	}

	srv.Stop()
	for range 100 {
		mine := st.Create(session())
		if _, err := st.Lookup(mine.Token); err != nil {
			t.Fatalf("a session is good on the gateway that granted it, outage or not: %v", err)
		}
		if _, err := st.Lookup(theirs.Token); err == nil {
			t.Fatal("another gateway's token was taken with the shared sessions unreachable")
		}
		if !st.Revoke(mine.Token) {
			t.Fatal("Revoke: the session was not held")
		}
	}
	clk.Advance(5 * time.Second)
	if !st.Health().Down() || gauge() != 0 {
		t.Fatalf("during the outage: down %v, gauge %v", st.Health().Down(), gauge())
	}
	lines := strings.Split(strings.TrimSpace(logs.String()), "\n")
	var said []string
	debug := 0
	for _, l := range lines {
		if strings.Contains(l, "level=DEBUG") {
			debug++
		} else {
			said = append(said, l)
		}
	}
	if len(said) != 1 || !strings.Contains(said[0], "level=ERROR") || !strings.Contains(said[0], "shared sessions: not answering") ||
		!strings.Contains(said[0], "by=sign-in") || !strings.Contains(said[0], "err=") {
		t.Fatalf("300 failed calls said %d lines above DEBUG, want the outage's ERROR alone:\n%s", len(said), strings.Join(said, "\n"))
	}
	if debug != 300 {
		t.Errorf("%d DEBUG lines for 300 failed calls", debug)
	}

	srv.Start()
	// go-redis answers with its last dial error for a while after a run
	// of them; the store's calls go on once its pool dials again.
	testsvc.CheckFor(t, 10*time.Second, 20*time.Millisecond, func() error { return rc.Ping(t.Context()).Err() })
	mark := len(logs.String())
	mine := st.Create(session())
	if _, err := other.Lookup(mine.Token); err != nil {
		t.Fatalf("a session granted after the outage is not shared: %v", err)
	}
	st.Create(session())
	after := strings.Split(strings.TrimSpace(logs.String()[mark:]), "\n")
	if len(after) != 1 || !strings.Contains(after[0], "level=INFO") || !strings.Contains(after[0], "shared sessions: answering again") ||
		!strings.Contains(after[0], "down_for=5s") || !strings.Contains(after[0], "failed_calls=300") || !strings.Contains(after[0], "ends_not_shared=100") {
		t.Fatalf("the recovery said:\n%s", logs.String()[mark:])
	}
	if st.Health().Down() || gauge() != 1 {
		t.Fatalf("after the outage: down %v, gauge %v", st.Health().Down(), gauge())
	}
	t.Logf("the outage and its end:\n%s\n%s", said[0], after[0])
}
