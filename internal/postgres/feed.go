package postgres

import (
	"context"
	"errors"
	"log/slog"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/internal/health"
)

// Feeder writes the engine's journaled stream into the store, off the
// matching path. Wire it into the sequencer as
//
//	sequencer.Options{OnApply: f.OnApply, OnReplay: f.OnApply, Durable: f.Durable}
//
// OnApply copies each command and its events into a bounded queue that a
// goroutine (Run) writes in batches, closed by size or by time; commands at
// or below the store's position are dropped on arrival, so the replay a
// restart feeds through OnReplay writes nothing twice. Durable is the
// stored position, which holds the sequencer's snapshots back until the
// store has what they would truncate. A full queue blocks OnApply: the
// exchange waits for its history rather than lose it (the wait is counted
// in Stats). Start Run before opening the sequencer: its recovery replay
// goes through OnApply too.
//
// When PostgreSQL cannot be reached, Run keeps the batch and retries with a
// capped exponential backoff, and says so twice (its health.Dependency,
// "postgres"): one ERROR with the cause and the commands waiting when
// writes start failing, one INFO when they succeed again, with how long it
// lasted and how many commands it caught up. While idle it asks the server
// every ProbeEvery, so an outage with no traffic is seen as well. Up (and
// the hourglass_dependency_up{dependency="postgres"} gauge of Collectors)
// says which it is. An error that no retry can cure (a constraint the rows
// break, a journal gap) stops Run with the error.
type Feeder struct {
	s    *Store
	log  *slog.Logger
	opts FeederOptions

	queue chan Applied
	kick  chan struct{} // batch transactions to record

	txMu sync.Mutex
	txs  []BatchTx // settlement transactions not yet recorded

	durable atomic.Uint64
	stats   struct {
		batches, commands, blocked atomic.Uint64
	}
	health    *health.Dependency // PostgreSQL as the writes and probes see it
	stopped   atomic.Bool        // Run stopped on an error no retry cures
	fullSaid  atomic.Bool        // the queue-full warning of this outage was logged
	closeOnce sync.Once
	closed    chan struct{}
	done      chan struct{}
}

// FeederOptions configure a Feeder.
type FeederOptions struct {
	QueueLen int           // commands buffered (default 65,536)
	MaxBatch int           // commands per transaction (default 2,000)
	MaxDelay time.Duration // how long a command may wait for its batch (default 50 ms)
	// RetryMin and RetryMax bound the wait between attempts while
	// PostgreSQL fails: it starts at RetryMin and doubles up to RetryMax
	// (defaults 100 ms and 5 s).
	RetryMin, RetryMax time.Duration
	// ProbeEvery is how often an idle feeder checks that PostgreSQL answers
	// (default 5 s).
	ProbeEvery time.Duration
	Logger     *slog.Logger
}

// FeederStats are the feeder's counters.
type FeederStats struct {
	Batches, Commands uint64
	// Blocked counts OnApply calls that found the queue full and waited.
	Blocked uint64
	Durable uint64
}

// NewFeeder returns a feeder that resumes after the store's position.
func NewFeeder(ctx context.Context, s *Store, opts FeederOptions) (*Feeder, error) {
	if opts.QueueLen <= 0 {
		opts.QueueLen = 1 << 16
	}
	if opts.MaxBatch <= 0 {
		opts.MaxBatch = 2000
	}
	if opts.MaxDelay <= 0 {
		opts.MaxDelay = 50 * time.Millisecond
	}
	if opts.RetryMin <= 0 {
		opts.RetryMin = 100 * time.Millisecond
	}
	if opts.RetryMax < opts.RetryMin {
		opts.RetryMax = max(opts.RetryMin, 5*time.Second)
	}
	if opts.ProbeEvery <= 0 {
		opts.ProbeEvery = 5 * time.Second
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	pos, err := s.Position(ctx)
	if err != nil {
		return nil, err
	}
	f := &Feeder{s: s, log: opts.Logger, opts: opts, queue: make(chan Applied, opts.QueueLen), kick: make(chan struct{}, 1),
		closed: make(chan struct{}), done: make(chan struct{})}
	f.durable.Store(pos)
	f.health = health.New("postgres", opts.Logger, nil)
	return f, nil
}

// OnApply queues a copy of cmd and evs (the sequencer's Done callback).
func (f *Feeder) OnApply(cmd *exchange.Command, evs []exchange.Event) {
	if cmd.Seq <= f.durable.Load() {
		return
	}
	a := Applied{Cmd: *cmd, Events: append([]exchange.Event(nil), evs...)}
	if cmd.Kind == exchange.CmdPlace && (cmd.Nonce != 0 || len(cmd.Meta) != 0) {
		m := &OrderMeta{Signed: append([]byte(nil), cmd.Meta...)}
		if cmd.Nonce != 0 {
			m.ClientOrderID = strconv.FormatUint(cmd.Nonce, 10)
		}
		a.Order = m
	}
	a.Cmd.Meta = nil // kept in Order; the command's slice belongs to the journal
	select {
	case f.queue <- a:
	default:
		f.stats.blocked.Add(1)
		if !f.fullSaid.Swap(true) {
			f.log.Warn("store: the history queue is full: the exchange waits for PostgreSQL", "queued", cap(f.queue))
		}
		select {
		case f.queue <- a:
		case <-f.closed:
		case <-f.done: // Run stopped for good; the journal keeps the command
		}
	}
}

// RecordBatchTx queues the settlement transaction of a batch for the store
// (Store.RecordBatchTx), written by Run beside the history. It never
// blocks: call it from the settlement pipeline's observer.
func (f *Feeder) RecordBatchTx(batch uint64, txHash [32]byte) {
	f.txMu.Lock()
	f.txs = append(f.txs, BatchTx{Batch: batch, TxHash: txHash})
	f.txMu.Unlock()
	select {
	case f.kick <- struct{}{}:
	default:
	}
}

// Durable returns the highest sequence number the store holds.
func (f *Feeder) Durable() uint64 { return f.durable.Load() }

// Up reports whether the feeder's last write or probe of PostgreSQL
// succeeded.
// Health is PostgreSQL's dependency as the feeder sees it, for another
// user of the same database (the redeemer's lease store) to report to, so
// that one outage is said once.
func (f *Feeder) Health() *health.Dependency { return f.health }

func (f *Feeder) Up() bool { return !f.stopped.Load() && !f.health.Down() }

// Stats returns the feeder's counters.
func (f *Feeder) Stats() FeederStats {
	return FeederStats{Batches: f.stats.batches.Load(), Commands: f.stats.commands.Load(),
		Blocked: f.stats.blocked.Load(), Durable: f.durable.Load()}
}

// Collectors returns the feeder's metrics, unregistered, for a registry
// (api.Options.Collectors): hourglass_dependency_up{dependency="postgres"}.
func (f *Feeder) Collectors() []prometheus.Collector {
	return []prometheus.Collector{f.health.Collector()}
}

// permanent reports whether err is one that retrying the same batch cannot
// cure: the rows break a constraint or do not fit the schema, the batch
// does not continue the stored position, or the store is closed.
func permanent(err error) bool {
	if errors.Is(err, ErrClosed) || errors.Is(err, ErrGap) || errors.Is(err, ErrOrder) || errors.Is(err, ErrUnknownFill) {
		return true
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) && len(pe.Code) >= 2 {
		switch pe.Code[:2] {
		case "21", "22", "23", "42": // cardinality, data exception, integrity constraint, syntax or schema
			return true
		}
	}
	return false
}

// outage is Run's view of PostgreSQL's health: the feeder's
// health.Dependency, which says an outage once and its end once, and the
// backoff between attempts.
type outage struct {
	f       *Feeder
	backoff health.Backoff
}

// failed records a failed attempt and returns how long to wait before the
// next one; the first failure of an outage is logged, with the commands
// waiting.
func (o *outage) failed(err error, waiting int) time.Duration {
	o.f.health.FailedWith("store", err, "waiting_commands", waiting, "retry_max", o.f.opts.RetryMax,
		"meanwhile", "history writes are retried with backoff, the commands wait in memory (and the exchange waits once the queue is full)")
	return o.backoff.Next()
}

// ok records a successful attempt; the first after an outage is logged with
// how long it lasted and how many commands it caught up.
func (o *outage) ok(caughtUp int) {
	if o.f.health.OKWith("commands", caughtUp) {
		o.backoff.Reset()
		o.f.fullSaid.Store(false)
	}
}

// attemptTimeout bounds one write or probe, so that a server that does not
// answer counts as down instead of hanging the writer.
const attemptTimeout = time.Minute

// Run writes batches until ctx ends or Close is called, then writes what is
// queued. A failed write is retried with backoff (the batch stays whole:
// Write is all or nothing); once stopping, a failed write is not retried
// (the journal keeps the commands, and the next start writes them). It
// returns nil, or the error that stopped it.
func (f *Feeder) Run(ctx context.Context) error {
	defer close(f.done)
	batch := make([]Applied, 0, f.opts.MaxBatch)
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	probe := time.NewTicker(f.opts.ProbeEvery)
	defer probe.Stop()
	o := &outage{f: f, backoff: health.Backoff{Base: f.opts.RetryMin, Max: f.opts.RetryMax}}
	stopping := false
	// attempt writes the batch and the pending batch transactions (or, with
	// neither, pings the server), retrying until it succeeds, the error is
	// permanent, or Run is stopping.
	attempt := func(ping bool) error {
		for {
			f.txMu.Lock()
			txs := f.txs
			f.txMu.Unlock()
			if len(batch) == 0 && len(txs) == 0 && !ping {
				return nil
			}
			actx, cancel := context.WithTimeout(context.WithoutCancel(ctx), attemptTimeout)
			var err error
			switch {
			case len(batch) > 0 || len(txs) > 0:
				if err = f.s.Write(actx, batch); err == nil {
					err = f.s.RecordBatchTx(actx, txs)
				}
			default:
				err = f.s.pool.Ping(actx)
			}
			cancel()
			if err == nil {
				o.ok(len(batch) + len(f.queue))
				f.txMu.Lock()
				f.txs = f.txs[len(txs):]
				f.txMu.Unlock()
				return nil
			}
			if permanent(err) {
				if !errors.Is(err, ErrClosed) {
					f.stopped.Store(true) // history is not being written
					f.log.Error("store: the history writer stopped: the store and the journal disagree", "err", err,
						"first_seq", firstSeq(batch), "position", f.durable.Load())
				}
				return err
			}
			wait := o.failed(err, len(batch)+len(f.queue))
			if stopping {
				f.log.Warn("store: stopping with history not written; the next start writes it from the journal",
					"commands", len(batch)+len(f.queue), "position", f.durable.Load())
				return err
			}
			t := time.NewTimer(wait)
			select {
			case <-t.C:
			case <-f.closed:
				t.Stop()
				stopping = true
			case <-ctx.Done():
				t.Stop()
				stopping = true
			}
		}
	}
	flush := func() error {
		if err := attempt(false); err != nil {
			return err
		}
		if len(batch) > 0 {
			f.durable.Store(batch[len(batch)-1].Cmd.Seq)
			f.stats.batches.Add(1)
			f.stats.commands.Add(uint64(len(batch)))
			batch = batch[:0]
		}
		return nil
	}
	add := func(a Applied) error {
		batch = append(batch, a)
		if len(batch) >= f.opts.MaxBatch {
			return flush()
		}
		return nil
	}
	idle := true // nothing written since the last probe tick
	for {
		select {
		case a := <-f.queue:
			if len(batch) == 0 {
				timer.Reset(f.opts.MaxDelay)
			}
			idle = false
			if err := add(a); err != nil {
				return err
			}
		case <-timer.C:
			if err := flush(); err != nil {
				return err
			}
		case <-f.kick:
			idle = false
			if len(batch) == 0 {
				if err := flush(); err != nil {
					return err
				}
			}
		case <-probe.C:
			if idle {
				if err := attempt(true); err != nil {
					return err
				}
			}
			idle = true
		case <-f.closed:
			stopping = true
		case <-ctx.Done():
			stopping = true
		}
		if !stopping {
			continue
		}
		// Stopping: write the partial batch and whatever is queued.
		for {
			select {
			case a := <-f.queue:
				if err := add(a); err != nil {
					return err
				}
				continue
			default:
			}
			return flush()
		}
	}
}

func firstSeq(batch []Applied) uint64 {
	if len(batch) == 0 {
		return 0
	}
	return batch[0].Cmd.Seq
}

// Close stops Run after it has written everything queued, and waits for it.
func (f *Feeder) Close() {
	f.closeOnce.Do(func() { close(f.closed) })
	<-f.done
}
