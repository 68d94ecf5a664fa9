package postgres

import (
	"context"
	"errors"
	"log/slog"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/hourglass-exchange/hourglass/exchange"
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
type Feeder struct {
	s   *Store
	log *slog.Logger

	queue    chan Applied
	maxBatch int
	maxDelay time.Duration

	durable atomic.Uint64
	stats   struct {
		batches, commands, blocked atomic.Uint64
	}
	closeOnce sync.Once
	closed    chan struct{}
	done      chan struct{}
}

// FeederOptions configure a Feeder.
type FeederOptions struct {
	QueueLen int           // commands buffered (default 65,536)
	MaxBatch int           // commands per transaction (default 2,000)
	MaxDelay time.Duration // how long a command may wait for its batch (default 50 ms)
	Logger   *slog.Logger
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
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	pos, err := s.Position(ctx)
	if err != nil {
		return nil, err
	}
	f := &Feeder{s: s, log: opts.Logger, queue: make(chan Applied, opts.QueueLen), maxBatch: opts.MaxBatch,
		maxDelay: opts.MaxDelay, closed: make(chan struct{}), done: make(chan struct{})}
	f.durable.Store(pos)
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
		select {
		case f.queue <- a:
		case <-f.closed:
		}
	}
}

// Durable returns the highest sequence number the store holds.
func (f *Feeder) Durable() uint64 { return f.durable.Load() }

// Stats returns the feeder's counters.
func (f *Feeder) Stats() FeederStats {
	return FeederStats{Batches: f.stats.batches.Load(), Commands: f.stats.commands.Load(),
		Blocked: f.stats.blocked.Load(), Durable: f.durable.Load()}
}

// Run writes batches until ctx ends or Close is called, then writes what is
// queued. A failed write is retried with backoff (the batch stays whole:
// Write is all or nothing).
func (f *Feeder) Run(ctx context.Context) error {
	defer close(f.done)
	batch := make([]Applied, 0, f.maxBatch)
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		for attempt := 0; ; attempt++ {
			err := f.s.Write(context.WithoutCancel(ctx), batch)
			if err == nil {
				break
			}
			if errors.Is(err, ErrClosed) || errors.Is(err, ErrGap) || errors.Is(err, ErrOrder) {
				return err
			}
			f.log.Warn("store write failed; retrying", "err", err, "attempt", attempt, "commands", len(batch))
			select {
			case <-time.After(min(time.Duration(attempt+1)*100*time.Millisecond, 5*time.Second)):
			case <-f.closed:
				return err
			}
		}
		f.durable.Store(batch[len(batch)-1].Cmd.Seq)
		f.stats.batches.Add(1)
		f.stats.commands.Add(uint64(len(batch)))
		batch = batch[:0]
		return nil
	}
	add := func(a Applied) error {
		batch = append(batch, a)
		if len(batch) >= f.maxBatch {
			return flush()
		}
		return nil
	}
	for {
		select {
		case a := <-f.queue:
			if len(batch) == 0 {
				timer.Reset(f.maxDelay)
			}
			if err := add(a); err != nil {
				return err
			}
		case <-timer.C:
			if err := flush(); err != nil {
				return err
			}
		case <-f.closed:
			ctx = context.WithoutCancel(ctx)
		case <-ctx.Done():
		}
		select {
		case <-f.closed:
		case <-ctx.Done():
		default:
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

// Close stops Run after it has written everything queued, and waits for it.
func (f *Feeder) Close() {
	f.closeOnce.Do(func() { close(f.closed) })
	<-f.done
}
