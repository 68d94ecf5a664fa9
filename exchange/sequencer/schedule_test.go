package sequencer

import (
	"bytes"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

var t0 = time.Date(2027, 1, 4, 0, 0, 0, 0, time.UTC)

// snapFiles returns the sequence numbers of the snapshot files in dir.
func snapFiles(t *testing.T, dir string) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(dir, "snapshots", "snap-*.bin"))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// waitWritten waits until the sequencer has written n snapshots.
func waitWritten(t *testing.T, s *Sequencer, n uint64) Stats {
	t.Helper()
	var st Stats
	testsvc.CheckFor(t, 10*time.Second, 5*time.Millisecond, func() error {
		if st = s.Stats(); st.SnapshotsWritten < n {
			return fmt.Errorf("%d snapshots written, want %d", st.SnapshotsWritten, n)
		}
		return nil
	})
	return st
}

// TestSnapshotOnTime: with few commands, far below SnapshotEvery, a
// snapshot is written once SnapshotInterval has passed on the clock, and
// none when no command came since the last.
func TestSnapshotOnTime(t *testing.T) {
	dir := t.TempDir()
	clk := clock.NewFake(t0)
	opts := Options{Dir: dir, NoSync: true, KeepCommandTime: true, Clock: clk,
		SnapshotEvery: 1_000_000, SnapshotInterval: 5 * time.Minute}
	s, err := Open(opts)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { s.Close() }()
	submitRange(t, s, 1, 40, 10)
	clk.Advance(4 * time.Minute)
	testsvc.CheckHolds(t, 100*time.Millisecond, 10*time.Millisecond, func() error {
		if st := s.Stats(); st.Snapshots != 0 {
			return fmt.Errorf("a snapshot %+v before the interval", st)
		}
		return nil
	})
	clk.Advance(time.Minute)
	st := waitWritten(t, s, 1)
	if st.LastSnapshot != 40 || len(snapFiles(t, dir)) != 1 {
		t.Fatalf("snapshot at %d, files %v; want one at 40", st.LastSnapshot, snapFiles(t, dir))
	}

	// Nothing new: the next interval takes none.
	clk.Advance(5 * time.Minute)
	testsvc.CheckHolds(t, 100*time.Millisecond, 10*time.Millisecond, func() error {
		if st := s.Stats(); st.Snapshots != 1 {
			return fmt.Errorf("%d snapshots with no command since the last", st.Snapshots)
		}
		return nil
	})
	// One more command: the interval after the last check takes it.
	submitRange(t, s, 41, 41, 1)
	clk.Advance(5 * time.Minute)
	if st := waitWritten(t, s, 2); st.LastSnapshot != 41 {
		t.Fatalf("second snapshot at %d, want 41", st.LastSnapshot)
	}
	s.Close()

	// A restart loads the newest snapshot and replays nothing.
	s, err = Open(opts)
	if err != nil {
		t.Fatal(err)
	}
	if st := s.Stats(); st.RecoveredFrom != 41 || st.Replayed != 0 {
		t.Fatalf("recovered from %d replaying %d, want 41 and 0", st.RecoveredFrom, st.Replayed)
	}
	if got, want := hashOf(t, s), referenceHash(t, 41); got != want {
		t.Fatalf("recovered %x, want %x", got, want)
	}
}

// TestSnapshotOnCount: SnapshotEvery commands take a snapshot without the
// clock moving, and a restart replays only the journal after it.
func TestSnapshotOnCount(t *testing.T) {
	dir := t.TempDir()
	clk := clock.NewFake(t0)
	opts := Options{Dir: dir, NoSync: true, KeepCommandTime: true, Clock: clk, MaxBatch: 100, SnapshotEvery: 500}
	s, err := Open(opts)
	if err != nil {
		t.Fatal(err)
	}
	submitRange(t, s, 1, 1300, 100)
	st := waitWritten(t, s, 1)
	if st.LastSnapshot < 500 {
		t.Fatalf("snapshot at %d, before 500 commands", st.LastSnapshot)
	}
	// Close first: a later snapshot may still be in flight, and the restart
	// loads the newest one written.
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	last := s.Stats().LastSnapshot
	s, err = Open(opts)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if st := s.Stats(); st.RecoveredFrom != last || st.Replayed != 1300-last {
		t.Fatalf("recovered from %d replaying %d, want %d and %d", st.RecoveredFrom, st.Replayed, last, 1300-last)
	}
	if got, want := hashOf(t, s), referenceHash(t, 1300); got != want {
		t.Fatalf("recovered %x, want %x", got, want)
	}
}

// syncBuffer is a log sink the sequencer's goroutines write to.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// TestSnapshotWaitsForConsumers: a snapshot due while a durable consumer is
// behind is not skipped until the next threshold: it is written as soon as
// the consumer catches up, with no further command; a wait of more than a
// minute is logged once, and its end once.
func TestSnapshotWaitsForConsumers(t *testing.T) {
	dir := t.TempDir()
	clk := clock.NewFake(t0)
	var mu sync.Mutex
	durable := uint64(0)
	var logs syncBuffer
	opts := Options{Dir: dir, NoSync: true, KeepCommandTime: true, Clock: clk, MaxBatch: 50, SnapshotEvery: 100,
		Durable: func() uint64 { mu.Lock(); defer mu.Unlock(); return durable },
		Logger:  slog.New(slog.NewTextHandler(&logs, nil))}
	s, err := Open(opts)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	submitRange(t, s, 1, 300, 50)
	var taken uint64
	testsvc.CheckFor(t, 10*time.Second, 5*time.Millisecond, func() error {
		if taken = s.Stats().Snapshots; taken != 1 {
			return fmt.Errorf("%d snapshots taken, want 1 (waiting for the consumer)", taken)
		}
		return nil
	})
	// Retries with the consumer at 0 for over a minute: nothing written,
	// and the sequencer says so.
	testsvc.CheckFor(t, 10*time.Second, time.Millisecond, func() error {
		clk.Advance(time.Second)
		if !strings.Contains(logs.String(), "snapshot deferred") {
			return fmt.Errorf("no deferral warning at %v", clk.Now().Sub(t0))
		}
		return nil
	})
	if d := clk.Now().Sub(t0); d < deferredWarn {
		t.Fatalf("warned after %v", d)
	}
	for i := 0; i < 120; i++ {
		clk.Advance(time.Second)
	}
	testsvc.CheckHolds(t, 100*time.Millisecond, 10*time.Millisecond, func() error {
		if st := s.Stats(); st.SnapshotsWritten != 0 || len(snapFiles(t, dir)) != 0 {
			return fmt.Errorf("a snapshot written past the consumer: %+v", st)
		}
		return nil
	})
	// The consumer catches up; no command comes, only the retries.
	mu.Lock()
	durable = 300
	mu.Unlock()
	testsvc.CheckFor(t, 10*time.Second, 5*time.Millisecond, func() error {
		clk.Advance(time.Second)
		if st := s.Stats(); st.LastSnapshot != 300 {
			return fmt.Errorf("newest snapshot %d, want 300: %+v", st.LastSnapshot, st)
		}
		return nil
	})
	out := logs.String()
	if n := strings.Count(out, "snapshot deferred"); n != 1 {
		t.Fatalf("%d deferral warnings, want 1:\n%s", n, out)
	}
	if n := strings.Count(out, "snapshot no longer deferred"); n != 1 {
		t.Fatalf("%d recovery lines, want 1:\n%s", n, out)
	}
}
