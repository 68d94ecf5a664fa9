package health

import (
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

func TestDependencySaysOnceAndRecovers(t *testing.T) {
	var logs testsvc.SyncBuffer
	clk := clock.NewFake(time.Unix(1_800_000_000, 0))
	d := New("chain", slog.New(slog.NewTextHandler(&logs, nil)), clk)
	reg := prometheus.NewRegistry()
	reg.MustRegister(d.Collector())
	up := func() float64 {
		t.Helper()
		mfs, err := reg.Gather()
		if err != nil || len(mfs) != 1 || mfs[0].GetName() != MetricName || len(mfs[0].GetMetric()) != 1 {
			t.Fatalf("gathered %v, %v", mfs, err)
		}
		m := mfs[0].GetMetric()[0]
		if l := m.GetLabel(); len(l) != 1 || l[0].GetName() != "dependency" || l[0].GetValue() != "chain" {
			t.Fatalf("labels %v", l)
		}
		return m.GetGauge().GetValue()
	}
	if up() != 1 || d.Down() {
		t.Fatalf("a new dependency is up: gauge %v, down %v", up(), d.Down())
	}
	d.OK()
	if logs.String() != "" {
		t.Fatalf("OK while up logged %q", logs.String())
	}
	for range 1000 {
		d.Failed("watch", errors.New("dial tcp 127.0.0.1:8545: connect: connection refused"))
	}
	clk.Advance(5 * time.Second)
	if up() != 0 || !d.Down() {
		t.Fatalf("after failures: gauge %v, down %v", up(), d.Down())
	}
	d.OK()
	d.OK()
	lines := strings.Split(strings.TrimSpace(logs.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("1000 failures and a recovery logged %d lines, want 2:\n%s", len(lines), logs.String())
	}
	if !strings.Contains(lines[0], "level=ERROR") || !strings.Contains(lines[0], "connection refused") || !strings.Contains(lines[0], "by=watch") {
		t.Errorf("the outage line lacks ERROR, the cause or who saw it: %s", lines[0])
	}
	if !strings.Contains(lines[1], "level=INFO") || !strings.Contains(lines[1], "answering again") ||
		!strings.Contains(lines[1], "down_for=5s") || !strings.Contains(lines[1], "failed_calls=1000") {
		t.Errorf("the recovery line: %s", lines[1])
	}
	if up() != 1 {
		t.Errorf("after the recovery the gauge is %v", up())
	}
}

func TestBackoffDoublesUpToMax(t *testing.T) {
	b := Backoff{Base: 50 * time.Millisecond, Max: 5 * time.Second}
	var got []time.Duration
	for range 10 {
		got = append(got, b.Next())
	}
	want := []time.Duration{50, 100, 200, 400, 800, 1600, 3200, 5000, 5000, 5000}
	for i := range want {
		if got[i] != want[i]*time.Millisecond {
			t.Fatalf("delays %v", got)
		}
	}
	b.Reset()
	if d := b.Next(); d != 50*time.Millisecond {
		t.Fatalf("after Reset: %v", d)
	}
}

// TestDependencyWithAttrs: FailedWith and OKWith report whether they
// started or ended an outage, and add their attrs to its two lines only.
func TestDependencyWithAttrs(t *testing.T) {
	var logs testsvc.SyncBuffer
	d := New("postgres", slog.New(slog.NewTextHandler(&logs, nil)), clock.NewFake(time.Unix(1_800_000_000, 0)))
	if d.OKWith("commands", 1) {
		t.Fatal("OKWith while up says it ended an outage")
	}
	if !d.FailedWith("store", errors.New("connection refused"), "waiting_commands", 7) {
		t.Fatal("the first failure does not say it started the outage")
	}
	for range 99 {
		if d.FailedWith("store", errors.New("connection refused"), "waiting_commands", 8) {
			t.Fatal("a later failure says it started the outage")
		}
	}
	if !d.OKWith("commands", 42) || d.OKWith("commands", 43) {
		t.Fatal("OKWith after the outage: want true once, then false")
	}
	lines := strings.Split(strings.TrimSpace(logs.String()), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], "waiting_commands=7") || !strings.Contains(lines[1], "failed_calls=100 commands=42") {
		t.Fatalf("lines:\n%s", logs.String())
	}

	var nilDep *Dependency
	nilDep.Failed("x", errors.New("e"))
	nilDep.OK()
	if nilDep.Down() || nilDep.FailedWith("x", nil) || nilDep.OKWith() {
		t.Fatal("a nil Dependency is never down and starts or ends nothing")
	}
}
