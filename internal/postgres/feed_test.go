package postgres

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/sequencer"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// feedCommands is a realistic stream: markets, funded accounts, then a
// random order flow (as the engine saw it, so with its times).
func feedCommands(n int) []exchange.Command {
	h := newHarness()
	h.setup(2, 6)
	w := newWorkload(h, 7, 2, 6)
	all := append(h.take(), w.generate(n)...)
	cmds := make([]exchange.Command, len(all))
	for i, a := range all {
		cmds[i] = a.Cmd
		cmds[i].Seq = 0
		if a.Order != nil && a.Order.ClientOrderID != "" && a.Cmd.Kind == exchange.CmdPlace {
			cmds[i].Nonce = uint64(a.Cmd.OrderID) // a client order id the engine checks, as the gateway sends it
		}
	}
	return cmds
}

// run feeds cmds[from:to] through a sequencer in dir, with the feeder (if
// any) as its downstream writer, and waits for every ack.
func runSequencer(t *testing.T, dir string, f *Feeder, cmds []exchange.Command) {
	t.Helper()
	opts := sequencer.Options{Dir: dir, KeepCommandTime: true, NoSync: true, SnapshotEvery: 150}
	if f != nil {
		opts.OnApply, opts.OnReplay, opts.Durable = f.OnApply, f.OnApply, f.Durable
	} else {
		opts.Durable = func() uint64 { return 0 } // a writer that has nothing yet holds snapshots back
	}
	s, err := sequencer.Open(opts)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var wg sync.WaitGroup
	wg.Add(len(cmds))
	if len(cmds) > 0 {
		if err := s.SubmitBatch(cmds, func(*exchange.Command, []exchange.Event) { wg.Done() }); err != nil {
			t.Fatal(err)
		}
	}
	wg.Wait()
}

func startFeeder(t *testing.T, s *Store) *Feeder {
	t.Helper()
	f, err := NewFeeder(context.Background(), s, FeederOptions{MaxBatch: 64, MaxDelay: 5 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	go f.Run(context.Background())
	return f
}

// TestFeederResumesFromTheJournal: history written by one uninterrupted run
// equals history written by a run whose writer stopped halfway and caught up
// from the journal on the next start (the replay), with nothing twice.
func TestFeederResumesFromTheJournal(t *testing.T) {
	cmds := feedCommands(600)
	half := len(cmds) / 2

	// One run, the writer always there.
	want := openStore(t, testsvc.Postgres(t))
	f := startFeeder(t, want)
	runSequencer(t, t.TempDir(), f, cmds)
	f.Close()
	if got := f.Durable(); got != uint64(len(cmds)) {
		t.Fatalf("feeder durable at %d of %d", got, len(cmds))
	}

	// The writer is there for the first half only; the exchange goes on.
	got := openStore(t, testsvc.Postgres(t))
	dir := t.TempDir()
	f = startFeeder(t, got)
	runSequencer(t, dir, f, cmds[:half])
	f.Close()
	runSequencer(t, dir, nil, cmds[half:])
	if pos, _ := got.Position(context.Background()); pos != uint64(half) {
		t.Fatalf("store at %d after the first half, want %d", pos, half)
	}
	// Restart: the sequencer replays what the store lacks.
	f = startFeeder(t, got)
	runSequencer(t, dir, f, nil)
	f.Close()

	a, b := dump(t, want), dump(t, got)
	if a != b {
		t.Fatalf("resumed history differs:\n%s", diff(a, b))
	}
	if !strings.Contains(a, "-- SELECT * FROM fills") || strings.Count(a, "\n") < len(cmds)/2 {
		t.Fatalf("the history is suspiciously small:\n%s", a)
	}
	fills, err := want.Fills(context.Background(), 0, 0, 1000)
	if err != nil || len(fills) == 0 {
		t.Fatalf("no fills stored for account 0: %v", err)
	}
	orders, err := want.Orders(context.Background(), 0, 0, 1000, false)
	if err != nil {
		t.Fatal(err)
	}
	withID := 0
	for _, o := range orders {
		if o.ClientID != "" {
			withID++
		}
	}
	if withID == 0 {
		t.Fatal("no order carries its client order id (the command's nonce)")
	}
}
