// Package sequencer drives the matching engine: it stamps each command with
// a sequence number and a time, journals it durably (group commit, one
// fdatasync per batch), and only then applies it to the engine and hands the
// events out. Nothing leaves before the journal holds the command that caused
// it, so a crash at any point loses no acknowledged command.
//
// Three goroutines form a pipeline over batches, so the fsync of one batch
// overlaps the stamping of the next and the matching of the previous:
//
//	Submit -> stamp (seq, time, encode) -> write (journal, fdatasync) -> apply (engine, callbacks, snapshots)
//
// Recovery on Open loads the newest good snapshot and replays the journal
// after it.
package sequencer

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/journal"
	"github.com/hourglass-exchange/hourglass/internal/clock"
)

var (
	// ErrClosed is returned by Submit after Close.
	ErrClosed = errors.New("sequencer: closed")
	// ErrFailed is returned by Submit once the journal has failed: the
	// sequencer stops rather than acknowledge what it could not persist.
	ErrFailed = errors.New("sequencer: journal failed")
	// ErrConsumersBehind is returned by SnapshotNow while a durable
	// consumer is behind the engine (Options.Durable).
	ErrConsumersBehind = errors.New("sequencer: consumers behind the engine")
	// ErrRecovery wraps every error of Open's recovery.
	ErrRecovery = errors.New("sequencer: recovery failed")
)

// Done is told about one command after it is durable and applied, on the
// sequencer's apply goroutine: keep it short. The command carries its
// stamped Seq and Time; evs is valid only during the call.
type Done func(cmd *exchange.Command, evs []exchange.Event)

// Options configure a Sequencer.
type Options struct {
	// Dir holds the journal (Dir/journal) and snapshots (Dir/snapshots).
	Dir    string
	Engine exchange.Config
	// MaxBatch caps the commands in one group commit (default 8192).
	MaxBatch int
	// SnapshotEvery takes a snapshot once this many commands have been
	// applied since the last one (default DefaultSnapshotEvery, 50,000;
	// negative disables automatic snapshots, SnapshotInterval's included).
	SnapshotEvery int64
	// SnapshotInterval takes a snapshot this long after the last one (or
	// after Open) if any command was applied since, whichever of it and
	// SnapshotEvery comes first (default DefaultSnapshotInterval, 5
	// minutes; negative: by count only). A snapshot is only written once
	// every durable consumer holds its sequence number (Durable): until
	// then it waits, retried every SnapshotRetry, and no other is taken.
	SnapshotInterval time.Duration
	// SegmentBytes is passed to the journal.
	SegmentBytes int64
	// NoSync skips fdatasync. UNSAFE outside tests.
	NoSync bool
	// Clock stamps commands and times the snapshot schedule (default
	// clock.Real). Stamped times never go backwards.
	Clock clock.Clock
	// KeepCommandTime stamps each command with the larger of its own Time
	// and the last stamped time instead of reading Clock: replays and tests
	// use it to make runs reproducible.
	KeepCommandTime bool
	// OnApply, if set, sees every applied command and its events (the
	// market-data and store writers hook in here).
	OnApply Done
	// OnReplay, if set, sees every command that recovery replays from the
	// journal after the snapshot, with its events, before Open returns: a
	// consumer that keeps its own durable position (the history store)
	// catches up from it on a restart, skipping what it already has.
	OnReplay Done
	// Durable, if set, returns the highest sequence number that every such
	// consumer has made durable. A snapshot deletes the journal before it,
	// so none is written past Durable(): it waits until the consumers catch
	// up, and a restart can always replay what they lack. It is called
	// from the sequencer's goroutines, so it must be safe for that.
	Durable func() uint64
	Logger  *slog.Logger
}

// The snapshot schedule's defaults (docs/engine.md, "Journal").
const (
	DefaultSnapshotEvery    = 50_000
	DefaultSnapshotInterval = 5 * time.Minute
	// snapshotRetry is how soon a snapshot that could not be taken (the
	// last one still being written) or written (a durable consumer
	// behind) is tried again.
	snapshotRetry = time.Second
	// deferredWarn is how long a snapshot may wait for the durable
	// consumers before the sequencer says so (once, and once more when
	// it is written).
	deferredWarn = time.Minute
)

// request is one submission: a single command or a slice of them.
type request struct {
	one  exchange.Command
	many []exchange.Command
	done Done
}

// batch is what travels down the pipeline.
type batch struct {
	jb    journal.Batch
	cmds  []exchange.Command
	dones []Done
	enc   []byte
}

// Stats are the sequencer's counters.
type Stats struct {
	Commands uint64
	Batches  uint64
	LastSeq  uint64
	Journal  journal.Stats
	// Snapshots counts the automatic snapshots taken (handed to the
	// writer); SnapshotsWritten those made durable, SnapshotNow's
	// included, and LastSnapshot is the newest one's sequence number.
	Snapshots        uint64
	SnapshotsWritten uint64
	LastSnapshot     uint64
	// RecoveredFrom is the sequence number of the snapshot Open loaded
	// (0: none), and Replayed the journal commands it applied after it.
	RecoveredFrom uint64
	Replayed      uint64
}

// MeanBatch is the mean number of commands per group commit.
func (s Stats) MeanBatch() float64 {
	if s.Batches == 0 {
		return 0
	}
	return float64(s.Commands) / float64(s.Batches)
}

// Sequencer owns an engine and its journal.
type Sequencer struct {
	opts Options
	log  *slog.Logger
	j    *journal.Journal
	e    *exchange.Engine
	snap *snapshotter

	in      chan request
	toWrite chan *batch
	toApply chan *batch
	free    chan *batch
	queries chan func(*exchange.Engine)
	stopped chan struct{}

	closeOnce sync.Once // Close's release of the journal, snapshots and lock
	closeErr  error

	// mu guards closed against a Submit racing Close.
	mu     sync.RWMutex
	closed bool
	failed chan struct{}
	errMu  sync.Mutex
	err    error

	// Owned by the stamp goroutine.
	nextSeq  uint64
	lastTime int64

	// lock holds Dir/LOCK while the Sequencer is open (lockDir).
	lockMu sync.Mutex
	lock   *os.File

	// Owned by the apply goroutine.
	sinceSnap int64
	snapTimer clock.Timer // the time-based schedule and retries; nil when off
	stats     struct {
		sync.Mutex
		commands, batches, snapshots uint64
	}
	recoveredFrom, replayed uint64 // set by recover, read-only after
}

// Open recovers the engine from Dir and starts the pipeline.
func Open(opts Options) (*Sequencer, error) {
	if opts.MaxBatch <= 0 {
		opts.MaxBatch = 8192
	}
	if opts.SnapshotEvery == 0 {
		opts.SnapshotEvery = DefaultSnapshotEvery
	}
	if opts.SnapshotInterval == 0 {
		opts.SnapshotInterval = DefaultSnapshotInterval
	}
	opts.Clock = clock.Or(opts.Clock)
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &Sequencer{
		opts:    opts,
		log:     log,
		in:      make(chan request, 4*opts.MaxBatch),
		toWrite: make(chan *batch, 2),
		toApply: make(chan *batch, 2),
		free:    make(chan *batch, 4),
		queries: make(chan func(*exchange.Engine)),
		stopped: make(chan struct{}),
		failed:  make(chan struct{}),
	}
	lock, err := lockDir(opts.Dir)
	if err != nil {
		return nil, err
	}
	s.lock = lock
	if err := s.recover(); err != nil {
		if s.snap != nil {
			s.snap.close()
		}
		s.unlock()
		return nil, err
	}
	for i := 0; i < cap(s.free); i++ {
		s.free <- &batch{}
	}
	var wg sync.WaitGroup
	wg.Add(3)
	go func() { defer wg.Done(); s.stampLoop() }()
	go func() { defer wg.Done(); s.writeLoop() }()
	go func() { defer wg.Done(); s.applyLoop() }()
	go func() { wg.Wait(); close(s.stopped) }()
	return s, nil
}

// recover loads the newest good snapshot and replays the journal after it.
func (s *Sequencer) recover() error {
	snap, err := openSnapshotter(s.opts.Dir, s.log, s.opts.Clock, s.opts.Durable)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrRecovery, err)
	}
	s.snap = snap
	e, snapSeq, err := snap.loadLatest(s.opts.Engine)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrRecovery, err)
	}
	j, err := journal.Open(s.opts.Dir+"/journal", journal.Options{SegmentBytes: s.opts.SegmentBytes, NoSync: s.opts.NoSync})
	if err != nil {
		return fmt.Errorf("%w: %w", ErrRecovery, err)
	}
	if st := j.Stats(); st.TornBytes > 0 {
		s.log.Warn("journal torn tail cut", "bytes", st.TornBytes)
	}
	if first := j.FirstSeq(); first > snapSeq+1 {
		j.Close()
		return fmt.Errorf("%w: journal starts at %d but the snapshot ends at %d", ErrRecovery, first, snapSeq)
	}
	var c exchange.Command
	replayed := 0
	err = j.Replay(snapSeq+1, func(seq uint64, payload []byte) error {
		if err := exchange.DecodeCommand(payload, &c); err != nil {
			return err
		}
		if c.Seq != seq {
			return fmt.Errorf("frame %d holds command %d", seq, c.Seq)
		}
		evs := e.Apply(&c)
		if s.opts.OnReplay != nil {
			s.opts.OnReplay(&c, evs)
		}
		replayed++
		return nil
	})
	if err != nil {
		j.Close()
		return fmt.Errorf("%w: replay: %w", ErrRecovery, err)
	}
	s.e, s.j = e, j
	s.recoveredFrom, s.replayed = snapSeq, uint64(replayed)
	s.nextSeq = max(j.LastSeq(), snapSeq) + 1
	s.lastTime = e.Now()
	s.log.Info("sequencer recovered", "snapshot_seq", snapSeq, "replayed", replayed, "next_seq", s.nextSeq)
	return nil
}

// Submit queues one command. done (may be nil) runs once it is durable and
// applied. The command's Seq and Time are overwritten. A CmdPlace with
// OrderID 0 gets its Seq as its OrderID, before it is journaled: sequence
// numbers never repeat, so such ids never collide with each other, and
// the gateway, which submits every order so, needs no allocator of its own
// (an explicit OrderID must then stay clear of sequence numbers).
func (s *Sequencer) Submit(cmd exchange.Command, done Done) error {
	return s.submit(request{one: cmd, done: done})
}

// SubmitBatch queues several commands that will be sequenced in order,
// without other commands between them; done runs once for each. The slice
// must not be changed until the last done call.
func (s *Sequencer) SubmitBatch(cmds []exchange.Command, done Done) error {
	if len(cmds) == 0 {
		return nil
	}
	return s.submit(request{many: cmds, done: done})
}

func (s *Sequencer) submit(r request) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return ErrClosed
	}
	select {
	case s.in <- r:
		return nil
	case <-s.failed:
		return s.failure()
	}
}

func (s *Sequencer) failure() error {
	s.errMu.Lock()
	defer s.errMu.Unlock()
	return s.err
}

func (s *Sequencer) fail(err error) {
	s.errMu.Lock()
	defer s.errMu.Unlock()
	if s.err == nil {
		s.err = fmt.Errorf("%w: %w", ErrFailed, err)
		s.log.Error("sequencer stopped: journal write failed", "err", err)
		close(s.failed)
	}
}

// Query runs fn on the apply goroutine between batches, so that fn sees a
// consistent engine (e.g. for StateHash), through a read-only view: only
// the sequencer applies commands, each after journaling it. fn must not
// keep v.
func (s *Sequencer) Query(fn func(v exchange.View)) error {
	return s.query(func(e *exchange.Engine) { fn(e.View()) })
}

// query runs fn on the apply goroutine between batches, with the engine.
func (s *Sequencer) query(fn func(e *exchange.Engine)) error {
	done := make(chan struct{})
	select {
	case s.queries <- func(e *exchange.Engine) { fn(e); close(done) }:
		<-done
		return nil
	case <-s.stopped:
		return ErrClosed
	}
}

// Close stops accepting commands, finishes those already submitted, and
// closes the journal. It returns the journal's failure, if any.
func (s *Sequencer) Close() error {
	s.mu.Lock()
	if !s.closed {
		s.closed = true
		close(s.in)
	}
	s.mu.Unlock()
	<-s.stopped
	// A second Close waits for the first and returns what it did.
	s.closeOnce.Do(func() {
		s.snap.close()
		s.closeErr = s.j.Close()
		s.unlock()
	})
	if f := s.failure(); f != nil {
		return f
	}
	return s.closeErr
}

// ErrLocked is Open of a Dir that another Sequencer has open, in this
// process or another.
var ErrLocked = errors.New("sequencer: the directory is in use by another writer (is the operator running?)")

// unlock releases Dir/LOCK.
func (s *Sequencer) unlock() {
	s.lockMu.Lock()
	defer s.lockMu.Unlock()
	if s.lock != nil {
		s.lock.Close()
		s.lock = nil
	}
}

// Stats returns the counters.
func (s *Sequencer) Stats() Stats {
	s.stats.Lock()
	defer s.stats.Unlock()
	written, last := s.snap.written()
	return Stats{Commands: s.stats.commands, Batches: s.stats.batches, Snapshots: s.stats.snapshots,
		SnapshotsWritten: written, LastSnapshot: last, RecoveredFrom: s.recoveredFrom, Replayed: s.replayed,
		LastSeq: s.j.LastSeq(), Journal: s.j.Stats()}
}

// stampLoop takes requests, stamps and encodes them into a batch, and
// passes the batch on when the input runs dry or the batch is full.
func (s *Sequencer) stampLoop() {
	defer close(s.toWrite)
	var pending request // a request that did not fit the last batch
	has := false
	for {
		b := <-s.free
		b.jb.Reset()
		b.cmds, b.dones = b.cmds[:0], b.dones[:0]
		if !has {
			r, ok := <-s.in
			if !ok {
				s.free <- b
				return
			}
			pending, has = r, true
		}
		now := s.opts.Clock.Now().UnixNano()
		for has {
			if len(b.cmds) > 0 && len(b.cmds)+pending.size() > s.opts.MaxBatch {
				break
			}
			s.stamp(b, &pending, now)
			has = false
			select {
			case r, ok := <-s.in:
				if ok {
					pending, has = r, true
				}
			default:
			}
		}
		s.toWrite <- b
	}
}

func (r *request) size() int {
	if r.many != nil {
		return len(r.many)
	}
	return 1
}

func (s *Sequencer) stamp(b *batch, r *request, now int64) {
	if r.many == nil {
		s.stampOne(b, &r.one, r.done, now)
		return
	}
	for i := range r.many {
		s.stampOne(b, &r.many[i], r.done, now)
	}
}

func (s *Sequencer) stampOne(b *batch, c *exchange.Command, done Done, now int64) {
	c.Seq = s.nextSeq
	s.nextSeq++
	if c.Kind == exchange.CmdPlace && c.OrderID == 0 {
		c.OrderID = exchange.OrderID(c.Seq)
	}
	t := now
	if s.opts.KeepCommandTime {
		t = c.Time
	}
	if t < s.lastTime {
		t = s.lastTime
	}
	c.Time = t
	s.lastTime = t
	b.enc = exchange.AppendCommand(b.enc[:0], c)
	b.jb.Add(c.Seq, b.enc)
	b.cmds = append(b.cmds, *c)
	b.dones = append(b.dones, done)
}

// writeLoop makes each batch durable, then passes it to the apply stage.
func (s *Sequencer) writeLoop() {
	defer close(s.toApply)
	broken := false
	for b := range s.toWrite {
		if !broken {
			if err := s.j.Write(&b.jb); err != nil {
				s.fail(err)
				broken = true
			}
		}
		if broken {
			// Nothing after a failed write is acknowledged.
			s.free <- b
			continue
		}
		s.toApply <- b
	}
}

// applyLoop applies durable batches to the engine and reports the events.
func (s *Sequencer) applyLoop() {
	var timer <-chan time.Time
	if s.opts.SnapshotEvery > 0 && s.opts.SnapshotInterval > 0 {
		s.snapTimer = s.opts.Clock.NewTimer(s.opts.SnapshotInterval)
		defer s.snapTimer.Stop()
		timer = s.snapTimer.C()
	}
	for {
		select {
		case b, ok := <-s.toApply:
			if !ok {
				s.drainQueries()
				return
			}
			s.apply(b)
		case q := <-s.queries:
			q(s.e)
		case <-timer:
			s.scheduledSnapshot()
		}
	}
}

func (s *Sequencer) drainQueries() {
	for {
		select {
		case q := <-s.queries:
			q(s.e)
		default:
			return
		}
	}
}

func (s *Sequencer) apply(b *batch) {
	for i := range b.cmds {
		c := &b.cmds[i]
		evs := s.e.Apply(c)
		if s.opts.OnApply != nil {
			s.opts.OnApply(c, evs)
		}
		if d := b.dones[i]; d != nil {
			d(c, evs)
		}
	}
	n := len(b.cmds)
	s.stats.Lock()
	s.stats.commands += uint64(n)
	s.stats.batches++
	s.stats.Unlock()
	s.sinceSnap += int64(n)
	if s.opts.SnapshotEvery > 0 && s.sinceSnap >= s.opts.SnapshotEvery && !s.snapshot() && s.snapTimer != nil {
		// The last snapshot is still being written (or waits for the
		// durable consumers): try again soon, even if no command comes.
		s.snapTimer.Reset(snapshotRetry)
	}
	s.free <- b
}

// scheduledSnapshot is the time-based schedule: a snapshot if any command
// was applied since the last one, then the next check an interval later
// (or a retry soon, if the writer is still busy).
func (s *Sequencer) scheduledSnapshot() {
	if s.sinceSnap == 0 {
		s.snapTimer.Reset(s.opts.SnapshotInterval)
		return
	}
	if !s.snapshot() {
		s.snapTimer.Reset(snapshotRetry)
	}
}

// consumersCaughtUp says whether a snapshot now would leave every durable
// consumer able to catch up from the journal after it (Options.Durable).
func (s *Sequencer) consumersCaughtUp() bool {
	return s.opts.Durable == nil || s.opts.Durable() >= s.e.LastSeq()
}

// snapshot hands the engine's canonical state to the snapshot writer, which
// writes it once every durable consumer holds it; the journal before the
// older kept snapshot is deleted once the file is durable. It reports false,
// and takes nothing, while the writer still has the last one.
func (s *Sequencer) snapshot() bool {
	if s.snap.busy() {
		return false
	}
	if !s.snap.offer(s.e.LastSeq(), s.e.Snapshot(), s.j) {
		return false
	}
	s.sinceSnap = 0
	if s.snapTimer != nil {
		s.snapTimer.Reset(s.opts.SnapshotInterval)
	}
	s.stats.Lock()
	s.stats.snapshots++
	s.stats.Unlock()
	return true
}

// SnapshotNow takes a snapshot at the current state and waits until it is
// durable.
func (s *Sequencer) SnapshotNow() error {
	var err error
	qerr := s.query(func(e *exchange.Engine) {
		if !s.consumersCaughtUp() {
			err = fmt.Errorf("%w: durable %d, engine at %d", ErrConsumersBehind, s.opts.Durable(), e.LastSeq())
			return
		}
		err = s.snap.write(e.LastSeq(), e.Snapshot(), s.j)
	})
	if qerr != nil {
		return qerr
	}
	return err
}
