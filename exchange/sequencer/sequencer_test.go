package sequencer

import (
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/internal/clock"
)

// referenceHash applies commands 1..n straight to an engine.
func referenceHash(t *testing.T, n uint64) [32]byte {
	t.Helper()
	e := exchange.New(exchange.Config{})
	for i := uint64(1); i <= n; i++ {
		c := genCommand(i)
		c.Seq = i
		e.Apply(&c)
	}
	if err := e.CheckInvariants(); err != nil {
		t.Fatal(err)
	}
	return e.StateHash()
}

func hashOf(t *testing.T, s *Sequencer) [32]byte {
	t.Helper()
	var h [32]byte
	if err := s.Query(func(e exchange.View) { h = e.StateHash() }); err != nil {
		t.Fatal(err)
	}
	return h
}

// submitRange submits commands from..to in chunks and waits for all acks.
func submitRange(t *testing.T, s *Sequencer, from, to uint64, chunk int) {
	t.Helper()
	var wg sync.WaitGroup
	for i := from; i <= to; {
		n := min(uint64(chunk), to-i+1)
		cmds := make([]exchange.Command, n)
		for k := range cmds {
			cmds[k] = genCommand(i + uint64(k))
		}
		wg.Add(int(n))
		first := i
		var k uint64
		if err := s.SubmitBatch(cmds, func(c *exchange.Command, _ []exchange.Event) {
			if c.Seq != first+k {
				t.Errorf("ack for seq %d, want %d", c.Seq, first+k)
			}
			k++
			wg.Done()
		}); err != nil {
			t.Fatal(err)
		}
		i += n
	}
	wg.Wait()
}

func TestSequencerRecoversFromJournal(t *testing.T) {
	dir := t.TempDir()
	opts := Options{Dir: dir, KeepCommandTime: true, SnapshotEvery: -1}
	s, err := Open(opts)
	if err != nil {
		t.Fatal(err)
	}
	submitRange(t, s, 1, 3000, 97)
	want := referenceHash(t, 3000)
	if got := hashOf(t, s); got != want {
		t.Fatalf("live hash %x, reference %x", got, want)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Submit(genCommand(3001), nil); err != ErrClosed {
		t.Fatalf("Submit after Close: %v", err)
	}
	s, err = Open(opts)
	if err != nil {
		t.Fatal(err)
	}
	if got := hashOf(t, s); got != want {
		t.Fatalf("recovered hash %x, want %x", got, want)
	}
	submitRange(t, s, 3001, 4000, 50)
	if got, want := hashOf(t, s), referenceHash(t, 4000); got != want {
		t.Fatalf("after more commands: %x, want %x", got, want)
	}
	s.Close()
}

func TestSequencerSnapshotsAndTruncation(t *testing.T) {
	dir := t.TempDir()
	opts := Options{Dir: dir, KeepCommandTime: true, SnapshotEvery: 700, SegmentBytes: 16 << 10, MaxBatch: 100}
	s, err := Open(opts)
	if err != nil {
		t.Fatal(err)
	}
	submitRange(t, s, 1, 5000, 64)
	if err := s.SnapshotNow(); err != nil {
		t.Fatal(err)
	}
	st := s.Stats()
	s.Close()
	if st.Snapshots == 0 {
		t.Fatal("no automatic snapshot taken")
	}
	snaps, _ := filepath.Glob(filepath.Join(dir, "snapshots", "snap-*.bin"))
	t.Logf("snaps %v stats %+v", snaps, st)
	if len(snaps) != keepSnaps {
		t.Fatalf("%d snapshot files, want %d", len(snaps), keepSnaps)
	}
	segs, _ := filepath.Glob(filepath.Join(dir, "journal", "*.wal"))
	if len(segs) > 6 {
		t.Fatalf("journal not truncated after snapshots: %d segments", len(segs))
	}
	want := referenceHash(t, 5000)
	s, err = Open(opts)
	if err != nil {
		t.Fatal(err)
	}
	if got := hashOf(t, s); got != want {
		t.Fatalf("recovered from snapshot: %x, want %x", got, want)
	}
	s.Close()

	// A damaged newest snapshot falls back to the older one plus the journal.
	newest := snaps[len(snaps)-1]
	b, _ := os.ReadFile(newest)
	b[len(b)-3] ^= 0xFF
	os.WriteFile(newest, b, 0o644)
	s, err = Open(opts)
	if err != nil {
		t.Fatal(err)
	}
	if got := hashOf(t, s); got != want {
		t.Fatalf("recovered past a damaged snapshot: %x, want %x", got, want)
	}
	s.Close()
}

// backwardsClock is a clock that steps back 10 ns at every reading.
type backwardsClock struct {
	clock.Real
	mu  sync.Mutex
	now int64
}

func (c *backwardsClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now -= 10
	return time.Unix(0, c.now)
}

func TestSequencerStampsMonotonicTime(t *testing.T) {
	s, err := Open(Options{Dir: t.TempDir(), NoSync: true, Clock: &backwardsClock{now: 1000}})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var last int64
	done := make(chan struct{})
	for i := 0; i < 50; i++ {
		i := i
		s.Submit(exchange.Command{Kind: exchange.CmdTick}, func(c *exchange.Command, _ []exchange.Event) {
			if c.Time < last {
				t.Errorf("time went backwards: %d after %d", c.Time, last)
			}
			last = c.Time
			if i == 49 {
				close(done)
			}
		})
	}
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("no acks")
	}
}

func TestStateHashHex(t *testing.T) {
	// The reference workload is deterministic: its hash must not depend on
	// the run. (A change here means the engine's behaviour changed.)
	a, b := referenceHash(t, 2000), referenceHash(t, 2000)
	if a != b {
		t.Fatalf("reference hash not deterministic: %s vs %s", hex.EncodeToString(a[:]), hex.EncodeToString(b[:]))
	}
}

// consumer stands for a downstream writer with its own durable position
// (the history store): it records what it is shown.
type consumer struct {
	mu      sync.Mutex
	live    map[uint64]string // seq -> events, from OnApply
	replay  map[uint64]string // seq -> events, from OnReplay
	durable uint64
}

func eventsString(evs []exchange.Event) string { return fmt.Sprintf("%+v", evs) }

func (c *consumer) onApply(cmd *exchange.Command, evs []exchange.Event) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.live[cmd.Seq] = eventsString(evs)
}

func (c *consumer) onReplay(cmd *exchange.Command, evs []exchange.Event) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.replay[cmd.Seq] = eventsString(evs)
}

func (c *consumer) position() uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.durable
}

// TestSequencerDurableConsumer: no snapshot passes a lagging consumer's
// durable position, so a restart replays everything after it to OnReplay,
// with exactly the events the live run produced.
func TestSequencerDurableConsumer(t *testing.T) {
	dir := t.TempDir()
	c := &consumer{live: map[uint64]string{}, replay: map[uint64]string{}, durable: 300}
	opts := Options{Dir: dir, KeepCommandTime: true, SnapshotEvery: 100, SegmentBytes: 16 << 10, MaxBatch: 50,
		OnApply: c.onApply, OnReplay: c.onReplay, Durable: c.position}
	s, err := Open(opts)
	if err != nil {
		t.Fatal(err)
	}
	submitRange(t, s, 1, 1000, 20)
	if err := s.SnapshotNow(); !errors.Is(err, ErrConsumersBehind) {
		t.Fatalf("SnapshotNow with the consumer at 300 of 1000: %v", err)
	}
	if st := s.Stats(); st.Snapshots == 0 {
		t.Fatal("no snapshot at all: the consumer's position did not let one through")
	}
	s.Close()
	seqs, err := s.snap.list()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range seqs {
		if q > 300 {
			t.Fatalf("snapshot at %d, past the consumer's durable 300", q)
		}
	}

	s, err = Open(opts)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for q := uint64(301); q <= 1000; q++ {
		got, ok := c.replay[q]
		if !ok {
			t.Fatalf("seq %d was not replayed to the consumer", q)
		}
		if got != c.live[q] {
			t.Fatalf("seq %d replayed with other events:\n%s\nlive:\n%s", q, got, c.live[q])
		}
	}
	// Once the consumer is durable everywhere, snapshots go through again.
	c.mu.Lock()
	c.durable = 1000
	c.mu.Unlock()
	if err := s.SnapshotNow(); err != nil {
		t.Fatal(err)
	}
}

func TestSequencerAssignsOrderIDs(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(Options{Dir: dir, NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	spec := &exchange.MarketSpec{Symbol: "M", BaseAsset: 1, QuoteAsset: 0, TickSize: 1, LotSize: 1, MaxPrice: 1000, MaxQty: 1000}
	addr := [20]byte{19: 1}
	cmds := []exchange.Command{
		{Kind: exchange.CmdAddMarket, Spec: spec},
		{Kind: exchange.CmdOpenAccount, Address: addr},
		{Kind: exchange.CmdDeposit, Asset: 0, Amount: 1e9},
		{Kind: exchange.CmdPlace, Side: exchange.Buy, Price: 10, Qty: 1, Nonce: 7},
		{Kind: exchange.CmdPlace, Side: exchange.Buy, Price: 11, Qty: 1, Nonce: 8},
	}
	var wg sync.WaitGroup
	wg.Add(len(cmds))
	var ids []exchange.OrderID
	if err := s.SubmitBatch(cmds, func(c *exchange.Command, evs []exchange.Event) {
		if c.Kind == exchange.CmdPlace {
			if c.OrderID != exchange.OrderID(c.Seq) {
				t.Errorf("seq %d: order id %d", c.Seq, c.OrderID)
			}
			if len(evs) == 0 || evs[0].Kind != exchange.EvAccepted || evs[0].OrderID != c.OrderID {
				t.Errorf("seq %d: events %+v", c.Seq, evs)
			}
			ids = append(ids, c.OrderID)
		}
		wg.Done()
	}); err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	before := hashOf(t, s)
	check := func(s *Sequencer) {
		t.Helper()
		if err := s.Query(func(e exchange.View) {
			for i, id := range ids {
				o, ok := e.Order(id)
				if !ok || o.Nonce != uint64(7+i) || o.Account != 0 {
					t.Errorf("order %d: %+v %v", id, o, ok)
				}
			}
			if a, ok := e.AccountByAddress(addr); !ok || a != 0 {
				t.Errorf("account of %x: %d %v", addr, a, ok)
			}
			if got, ok := e.AccountAddress(0); !ok || got != addr {
				t.Errorf("address of 0: %x %v", got, ok)
			}
		}); err != nil {
			t.Fatal(err)
		}
	}
	check(s)
	s.Close()
	// The assigned ids are journaled: a replay finds the same orders.
	s, err = Open(Options{Dir: dir, NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if hashOf(t, s) != before {
		t.Fatal("replay differs")
	}
	check(s)
}

// TestSequencerOneWriter: a directory open in one Sequencer is refused to a
// second (ErrLocked) until the first closes.
func TestSequencerOneWriter(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(Options{Dir: dir, NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	if s2, err := Open(Options{Dir: dir, NoSync: true}); !errors.Is(err, ErrLocked) {
		if s2 != nil {
			s2.Close()
		}
		t.Fatalf("second writer: %v, want ErrLocked", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = Open(Options{Dir: dir, NoSync: true})
	if err != nil {
		t.Fatalf("after Close: %v", err)
	}
	s.Close()
}

// TestSequencerCloseTwice: a second Close returns what the first did, and
// neither panics.
func TestSequencerCloseTwice(t *testing.T) {
	s, err := Open(Options{Dir: t.TempDir(), NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
}
