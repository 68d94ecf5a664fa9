package postgres

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/sequencer"
	"github.com/hourglass-exchange/hourglass/internal/health"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// logLines is a slog handler that keeps every record, at every level.
type logLines struct {
	mu    sync.Mutex
	lines []string
}

func (l *logLines) Enabled(context.Context, slog.Level) bool { return true }
func (l *logLines) Handle(_ context.Context, r slog.Record) error {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s %s", r.Level, r.Message)
	r.Attrs(func(a slog.Attr) bool { fmt.Fprintf(&sb, " %s=%v", a.Key, a.Value); return true })
	l.mu.Lock()
	l.lines = append(l.lines, sb.String())
	l.mu.Unlock()
	return nil
}
func (l *logLines) WithAttrs([]slog.Attr) slog.Handler { return l }
func (l *logLines) WithGroup(string) slog.Handler      { return l }

func (l *logLines) all() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]string(nil), l.lines...)
}

// count returns the lines at level that contain substr.
func (l *logLines) count(level slog.Level, substr string) int {
	n := 0
	for _, s := range l.all() {
		if strings.HasPrefix(s, level.String()+" ") && strings.Contains(s, substr) {
			n++
		}
	}
	return n
}

// TestFeederOutage: PostgreSQL stopped mid-run and started again. The
// exchange goes on, the feeder says once what is wrong (ERROR with the
// cause) and once that it recovered (INFO, how long, how many commands),
// the dependency gauge follows, and the history afterwards equals that of a
// run with no outage: no gap, nothing twice. The log stays a few lines
// however long the outage.
func TestFeederOutage(t *testing.T) {
	cmds := feedCommands(900)
	third := len(cmds) / 3

	want := openStore(t, testsvc.Postgres(t))
	f := startFeeder(t, want)
	runSequencer(t, t.TempDir(), f, cmds)
	f.Close()

	srv := testsvc.StartPostgres(t)
	logs := &logLines{}
	ctx := context.Background()
	got, err := Open(ctx, srv.URL, nil)
	mustNoErr(t, err)
	defer got.Close()
	f, err = NewFeeder(ctx, got, FeederOptions{MaxBatch: 64, MaxDelay: 5 * time.Millisecond, RetryMin: 20 * time.Millisecond,
		RetryMax: 200 * time.Millisecond, ProbeEvery: 50 * time.Millisecond, Logger: slog.New(logs)})
	mustNoErr(t, err)
	reg := prometheus.NewPedanticRegistry()
	reg.MustRegister(f.Collectors()...)
	gauge := func() float64 {
		t.Helper()
		mfs, err := reg.Gather()
		mustNoErr(t, err)
		for _, mf := range mfs {
			if mf.GetName() == health.MetricName {
				for _, m := range mf.GetMetric() {
					for _, lp := range m.GetLabel() {
						if lp.GetName() == "dependency" && lp.GetValue() == "postgres" {
							return m.GetGauge().GetValue()
						}
					}
				}
			}
		}
		t.Fatalf("no %s{dependency=\"postgres\"} gathered", health.MetricName)
		return -1
	}
	if g := gauge(); g != 1 {
		t.Fatalf("gauge %v with PostgreSQL up", g)
	}
	runDone := make(chan error, 1)
	go func() { runDone <- f.Run(ctx) }()

	dir := t.TempDir()
	seq, err := sequencer.Open(sequencer.Options{Dir: dir, KeepCommandTime: true, NoSync: true, SnapshotEvery: 150,
		OnApply: f.OnApply, OnReplay: f.OnApply, Durable: f.Durable})
	mustNoErr(t, err)
	seqOpen := true
	defer func() {
		if seqOpen {
			seq.Close()
		}
	}()
	submit := func(cmds []exchange.Command) {
		t.Helper()
		var wg sync.WaitGroup
		wg.Add(len(cmds))
		mustNoErr(t, seq.SubmitBatch(cmds, func(*exchange.Command, []exchange.Event) { wg.Done() }))
		wg.Wait()
	}
	submit(cmds[:third])
	testsvc.CheckFor(t, 20*time.Second, 10*time.Millisecond, func() error {
		if d := f.Durable(); d != uint64(third) {
			return fmt.Errorf("feeder durable at %d, want %d", d, third)
		}
		return nil
	})

	// The outage: the exchange goes on (the queue holds it), with traffic
	// and idle stretches.
	srv.Stop()
	submit(cmds[third : 2*third])
	testsvc.CheckFor(t, 20*time.Second, 10*time.Millisecond, func() error {
		if f.Up() || gauge() != 0 {
			return fmt.Errorf("the feeder still reports PostgreSQL up (gauge %v)", gauge())
		}
		return nil
	})
	time.Sleep(time.Second) // a long outage, many retries and probes: still one line
	if d := f.Durable(); d != uint64(third) {
		t.Fatalf("durable moved to %d while PostgreSQL was down", d)
	}
	if n := logs.count(slog.LevelError, "postgres: not answering"); n != 1 {
		t.Fatalf("%d ERROR lines for the outage, want 1:\n%s", n, strings.Join(logs.all(), "\n"))
	}

	srv.Start()
	submit(cmds[2*third:])
	testsvc.CheckFor(t, 30*time.Second, 10*time.Millisecond, func() error {
		if d := f.Durable(); d != uint64(len(cmds)) {
			return fmt.Errorf("feeder durable at %d, want %d", d, len(cmds))
		}
		return nil
	})
	if g := gauge(); g != 1 {
		t.Errorf("gauge %v after recovery", g)
	}
	seq.Close()
	seqOpen = false
	f.Close()
	if err := <-runDone; err != nil {
		t.Fatalf("Run: %v", err)
	}

	lines := logs.all()
	if n := logs.count(slog.LevelInfo, "postgres: answering again"); n != 1 {
		t.Errorf("%d INFO recovery lines, want 1", n)
	}
	for _, l := range lines {
		if strings.HasPrefix(l, "ERROR") && !strings.Contains(l, "err=") {
			t.Errorf("the ERROR line does not give the cause: %s", l)
		}
		if strings.HasPrefix(l, "INFO") && strings.Contains(l, "answering again") && (!strings.Contains(l, "down_for=") || !strings.Contains(l, "commands=")) {
			t.Errorf("the recovery line does not say how long and how many: %s", l)
		}
	}
	if len(lines) > 4 {
		t.Errorf("%d log lines for one outage, want at most 4:\n%s", len(lines), strings.Join(lines, "\n"))
	}
	t.Logf("log:\n%s", strings.Join(lines, "\n"))

	// No gap, nothing twice: the same history as the run with no outage.
	a, b := dump(t, want), dump(t, got)
	if a != b {
		t.Fatalf("history after the outage differs:\n%s", diff(a, b))
	}
}
