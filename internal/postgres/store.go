// Package postgres is the PostgreSQL adapter: the exchange's history of
// markets, accounts, orders, fills (with their settlement state), trades,
// candles and balances, written from the journaled event stream off the
// matching path and read by the REST history endpoints.
//
// The writer is a consumer of the sequencer's OnApply stream: it takes
// batches of applied commands (Applied) and writes each batch in one
// transaction together with the journal position of its last command. A
// command at or below the stored position is skipped, so a writer restarted
// from any earlier journal position writes nothing twice, and a failed
// transaction leaves both the rows and the position as they were.
//
// A store belongs to one journal (BindJournal): its position, the order ids
// (a gateway order's id is its place command's sequence number) and the fill
// keys are that journal's, so (market, order id) names one order in it. The
// Feeder retries a failed write with capped backoff and says an outage once
// when it starts and once when it ends.
//
// The schema lives in embedded migrations (migrations/*.sql), applied by
// Open under an advisory lock, each file once, in order, in a transaction.
//
// Everything is integers, as inside the engine: prices in ticks, quantities
// in lots, amounts and fees in base units, times in unix nanoseconds. Turning
// them into decimals is the gateway's job.
package postgres

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

var (
	// ErrClosed is returned by every method after Close.
	ErrClosed = errors.New("store: closed")
	// ErrNotFound is returned by lookups of a single row that does not
	// exist.
	ErrNotFound = errors.New("store: not found")
	// ErrGap is returned by Write when a batch does not continue the stored
	// journal position without a gap: history would silently miss commands.
	ErrGap = errors.New("store: journal gap")
	// ErrOrder is returned by Write when a batch is not in increasing
	// sequence order.
	ErrOrder = errors.New("store: batch out of order")
	// ErrInvalidInterval is returned by Candles for an interval other than
	// 1m, 5m, 1h and 1d.
	ErrInvalidInterval = errors.New("store: invalid candle interval")
	// ErrInvalidState is returned by MarkSettlement for an unknown
	// settlement state.
	ErrInvalidState = errors.New("store: invalid settlement state")
	// ErrUnknownFill is returned by MarkSettlement when a fill it names is
	// not (yet) in the store; nothing is changed.
	ErrUnknownFill = errors.New("store: unknown fill")
	// ErrMigration wraps every failure to apply the embedded migrations.
	ErrMigration = errors.New("store: migration failed")
)

// maxConns bounds the connections a Store opens: one for the writer and the
// rest for concurrent history reads.
var maxConns = int32(max(4, min(runtime.GOMAXPROCS(0), 16)))

// Store is the history database. Its methods are safe for concurrent use;
// Write calls are serialized (one writer per database; a second process's
// writer waits on the position row's lock and then skips what the first
// wrote).
type Store struct {
	pool *pgxpool.Pool
	log  *slog.Logger
	// now reads the wall clock for the few columns that are not command
	// times (settlement state changes); tests replace it.
	now func() time.Time

	isClosed atomic.Bool
	writeMu  sync.Mutex
	insert   insertMode
}

// Open connects to databaseURL (a libpq URL or key=value string), applies
// the embedded migrations and returns the Store. A nil log discards.
func Open(ctx context.Context, databaseURL string, log *slog.Logger) (*Store, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	cfg, err := pgxpool.ParseConfig(databaseURL)
	if err != nil {
		return nil, fmt.Errorf("store: parse database URL: %w", err)
	}
	cfg.MaxConns = maxConns
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("store: connect: %w", err)
	}
	s := &Store{
		pool: pool,
		log:  log,
		now:  time.Now,
	}
	// A server that is not there is said as such, not as a failed
	// migration.
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("store: PostgreSQL (DATABASE_URL) does not answer: %w", err)
	}
	if err := s.migrate(ctx); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// Close closes every connection, waiting for calls in progress to return
// theirs.
func (s *Store) Close() {
	s.isClosed.Store(true)
	s.pool.Close()
}

// withConn runs fn on a pooled connection.
func (s *Store) withConn(ctx context.Context, fn func(*pgx.Conn) error) error {
	c, err := s.pool.Acquire(ctx)
	if err != nil {
		if s.isClosed.Load() {
			return ErrClosed
		}
		return fmt.Errorf("store: connect: %w", err)
	}
	defer c.Release()
	return fn(c.Conn())
}

// withTx runs fn in a transaction on a pooled connection and commits when
// fn returns nil.
func (s *Store) withTx(ctx context.Context, fn func(pgx.Tx) error) error {
	return s.withConn(ctx, func(c *pgx.Conn) error {
		return pgx.BeginFunc(ctx, c, fn)
	})
}
