package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/evm/watch"
	"github.com/hourglass-exchange/hourglass/internal/health"
	"github.com/hourglass-exchange/hourglass/redeemer/lease"
	"github.com/hourglass-exchange/hourglass/redeemer/service"
)

// LeaseDependency is the name under which a LeaseStore reports PostgreSQL's
// health: its log lines and hourglass_dependency_up{dependency=...}. It is
// not "postgres" so that the history feeder's gauge and this one can be
// registered together.
const LeaseDependency = "postgres_leases"

// ErrLeaseRecord is returned by LeaseStore.Apply for a record it cannot
// keep (a lease id that redeemer/lease would not assign); nothing is
// written.
var ErrLeaseRecord = errors.New("store: invalid lease record")

// LeaseStoreOptions tune a LeaseStore. The zero value is usable.
type LeaseStoreOptions struct {
	// Timeout bounds one Load or Apply, retries included (default 5s): a
	// call that meets a lost connection (PostgreSQL restarting) retries
	// with backoff within it, then returns the error.
	Timeout time.Duration
	// RetryMin and RetryMax bound the backoff between retries (default
	// 50ms and 1s).
	RetryMin, RetryMax time.Duration
	// Logger gets the outage's two lines (nil discards).
	Logger *slog.Logger
	// Clock times the outage for its recovery line (nil: the real clock);
	// the Timeout and the backoff are real time.
	Clock clock.Clock
	// Health, when set, is the database's dependency shared with another
	// user of it (the history feeder's): one outage is said once, and the
	// store exports no gauge of its own (Collectors is empty). Nil: the
	// store's own, LeaseDependency.
	Health *health.Dependency
}

// LeaseStore is the redeemer's service.Store in PostgreSQL: the
// redeemer_leases and redeemer_checkpoint tables (migration 0004) and the
// standing spot specs' redeemer_spot_specs (0005), on the
// history Store's connection pool. Apply writes one change in one
// transaction, its leases and checkpoint together; Load reads every lease
// and the checkpoint from one snapshot. A call that finds PostgreSQL gone
// retries within its Timeout; the first failure of an outage is logged once
// (ERROR, with the cause) and the first success after it once (INFO), and
// the dependency gauge follows.
//
// Its methods are safe for concurrent use. One redeemer service owns the
// tables: two services writing the same database would each keep its own
// view in memory.
type LeaseStore struct {
	s         *Store
	opts      LeaseStoreOptions
	health    *health.Dependency
	ownHealth bool // health is the store's own (its gauge is Collectors')

	// afterPut, when set (tests), runs inside Apply's transaction after
	// each record is written; an error aborts the transaction.
	afterPut func(i int) error
}

var _ service.SpotSpecStore = (*LeaseStore)(nil)

// NewLeaseStore returns the lease store on s's database (whose migrations
// Open applied).
func NewLeaseStore(s *Store, opts LeaseStoreOptions) *LeaseStore {
	if opts.Timeout <= 0 {
		opts.Timeout = 5 * time.Second
	}
	if opts.RetryMin <= 0 {
		opts.RetryMin = 50 * time.Millisecond
	}
	if opts.RetryMax < opts.RetryMin {
		opts.RetryMax = max(time.Second, opts.RetryMin)
	}
	h, own := opts.Health, false
	if h == nil {
		h, own = health.New(LeaseDependency, opts.Logger, opts.Clock), true
	}
	return &LeaseStore{s: s, opts: opts, health: h, ownHealth: own}
}

// Collectors returns the store's metrics: hourglass_dependency_up for
// LeaseDependency.
func (l *LeaseStore) Collectors() []prometheus.Collector {
	if !l.ownHealth {
		return nil
	}
	return []prometheus.Collector{l.health.Collector()}
}

// Up reports whether the last call reached PostgreSQL.
func (l *LeaseStore) Up() bool { return !l.health.Down() }

// Load returns every lease, ordered by id as the chain numbers them, and
// the checkpoint (nil when none was written).
func (l *LeaseStore) Load() ([]service.Record, *watch.Checkpoint, error) {
	var recs []service.Record
	var cp *watch.Checkpoint
	err := l.do("load", func(ctx context.Context) error {
		recs, cp = nil, nil
		return l.s.withConn(ctx, func(c *pgx.Conn) error {
			return pgx.BeginTxFunc(ctx, c, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
				rows, _ := tx.Query(ctx, "SELECT lease_id, record FROM redeemer_leases ORDER BY length(lease_id), lease_id COLLATE \"C\"")
				var id string
				var raw []byte
				if _, err := pgx.ForEachRow(rows, []any{&id, &raw}, func() error {
					var r service.Record
					if err := json.Unmarshal(raw, &r); err != nil {
						return fmt.Errorf("store: lease %s: %w", id, err)
					}
					recs = append(recs, r)
					return nil
				}); err != nil {
					return err
				}
				var c watch.Checkpoint
				var num int64
				var hash, unconf []byte
				err := tx.QueryRow(ctx, "SELECT confirmed_number, confirmed_hash, unconfirmed FROM redeemer_checkpoint").Scan(&num, &hash, &unconf)
				if errors.Is(err, pgx.ErrNoRows) {
					return nil
				}
				if err != nil {
					return err
				}
				c.Confirmed.Number = uint64(num)
				c.Confirmed.Hash.SetBytes(hash)
				if err := json.Unmarshal(unconf, &c.Unconfirmed); err != nil {
					return fmt.Errorf("store: checkpoint: %w", err)
				}
				if len(c.Unconfirmed) == 0 {
					c.Unconfirmed = nil
				}
				cp = &c
				return nil
			})
		})
	})
	if err != nil {
		return nil, nil, err
	}
	return recs, cp, nil
}

// Apply writes c in one transaction: its deletions, then its records whole,
// then its checkpoint. A failed Apply leaves the tables as they were.
func (l *LeaseStore) Apply(c service.Change) error {
	type row struct {
		id, state              string
		holder, provider, node []byte
		confirmed, hasSpec     bool
		record                 []byte
	}
	rows := make([]row, len(c.Put))
	for i := range c.Put {
		r := &c.Put[i]
		if !lease.ValidID(r.Lease.ID) {
			return fmt.Errorf("%w: lease id %q", ErrLeaseRecord, r.Lease.ID)
		}
		b, err := json.Marshal(r)
		if err != nil {
			return fmt.Errorf("%w: lease %s: %v", ErrLeaseRecord, r.Lease.ID, err)
		}
		rows[i] = row{id: r.Lease.ID, state: r.Lease.State.String(), holder: r.Lease.Holder.Bytes(),
			provider: r.Lease.Provider.Bytes(), confirmed: r.Confirmed, hasSpec: r.Spec != nil, record: b}
		if r.Node != ([20]byte{}) {
			rows[i].node = r.Node.Bytes()
		}
	}
	spots := make([][]byte, len(c.PutSpotSpecs))
	for i, ss := range c.PutSpotSpecs {
		b, err := json.Marshal(ss)
		if err != nil {
			return fmt.Errorf("%w: standing spot spec: %v", ErrLeaseRecord, err)
		}
		spots[i] = b
	}
	var unconf []byte
	if c.Checkpoint != nil {
		if c.Checkpoint.Confirmed.Number > 1<<63-1 {
			return fmt.Errorf("%w: checkpoint block %d", ErrLeaseRecord, c.Checkpoint.Confirmed.Number)
		}
		u := c.Checkpoint.Unconfirmed
		if u == nil {
			u = []watch.BlockRef{}
		}
		var err error
		if unconf, err = json.Marshal(u); err != nil {
			return err
		}
	}
	// Every statement is idempotent (a whole-record upsert, a delete, a
	// checkpoint overwrite), so a transaction whose commit was lost with
	// the connection is safely run again.
	return l.do("apply", func(ctx context.Context) error {
		return l.s.withTx(ctx, func(tx pgx.Tx) error {
			if len(c.Delete) > 0 {
				if _, err := tx.Exec(ctx, "DELETE FROM redeemer_leases WHERE lease_id = ANY($1)", c.Delete); err != nil {
					return err
				}
			}
			for i, r := range rows {
				if _, err := tx.Exec(ctx, `INSERT INTO redeemer_leases
					(lease_id, state, holder, provider, node, confirmed, has_spec, record, updated_at)
					VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())
					ON CONFLICT (lease_id) DO UPDATE SET state = EXCLUDED.state, holder = EXCLUDED.holder,
						provider = EXCLUDED.provider, node = EXCLUDED.node, confirmed = EXCLUDED.confirmed,
						has_spec = EXCLUDED.has_spec, record = EXCLUDED.record, updated_at = now()`,
					r.id, r.state, r.holder, r.provider, r.node, r.confirmed, r.hasSpec, string(r.record)); err != nil {
					return fmt.Errorf("lease %s: %w", r.id, err)
				}
				if l.afterPut != nil {
					if err := l.afterPut(i); err != nil {
						return err
					}
				}
			}
			for _, k := range c.DeleteSpotSpecs {
				if _, err := tx.Exec(ctx, "DELETE FROM redeemer_spot_specs WHERE holder = $1 AND instrument = $2",
					k.Holder.Bytes(), k.Instrument[:]); err != nil {
					return fmt.Errorf("standing spot spec: %w", err)
				}
			}
			for i, ss := range c.PutSpotSpecs {
				k := ss.Key()
				if _, err := tx.Exec(ctx, `INSERT INTO redeemer_spot_specs (holder, instrument, record, updated_at)
					VALUES ($1, $2, $3, now())
					ON CONFLICT (holder, instrument) DO UPDATE SET record = EXCLUDED.record, updated_at = now()`,
					k.Holder.Bytes(), k.Instrument[:], string(spots[i])); err != nil {
					return fmt.Errorf("standing spot spec: %w", err)
				}
			}
			if c.Checkpoint != nil {
				if _, err := tx.Exec(ctx, `INSERT INTO redeemer_checkpoint (singleton, confirmed_number, confirmed_hash, unconfirmed, updated_at)
					VALUES (true, $1, $2, $3, now())
					ON CONFLICT (singleton) DO UPDATE SET confirmed_number = EXCLUDED.confirmed_number,
						confirmed_hash = EXCLUDED.confirmed_hash, unconfirmed = EXCLUDED.unconfirmed, updated_at = now()`,
					int64(c.Checkpoint.Confirmed.Number), c.Checkpoint.Confirmed.Hash.Bytes(), string(unconf)); err != nil {
					return fmt.Errorf("checkpoint: %w", err)
				}
			}
			return nil
		})
	})
}

// LoadSpotSpecs returns the standing spot specs, by holder, then
// instrument.
func (l *LeaseStore) LoadSpotSpecs() ([]service.SpotSpec, error) {
	var out []service.SpotSpec
	err := l.do("load spot specs", func(ctx context.Context) error {
		out = nil
		return l.s.withConn(ctx, func(c *pgx.Conn) error {
			rows, _ := c.Query(ctx, "SELECT record FROM redeemer_spot_specs ORDER BY holder, instrument")
			var raw []byte
			_, err := pgx.ForEachRow(rows, []any{&raw}, func() error {
				var ss service.SpotSpec
				if err := json.Unmarshal(raw, &ss); err != nil {
					return fmt.Errorf("store: standing spot spec: %w", err)
				}
				out = append(out, ss)
				return nil
			})
			return err
		})
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// do runs fn until it succeeds, fails for a reason a retry cannot mend, or
// the call's Timeout passes; it tells the dependency's health what it saw.
func (l *LeaseStore) do(by string, fn func(context.Context) error) error {
	ctx, cancel := context.WithTimeout(context.Background(), l.opts.Timeout)
	defer cancel()
	b := health.Backoff{Base: l.opts.RetryMin, Max: l.opts.RetryMax}
	for {
		err := fn(ctx)
		if err == nil {
			l.health.OK()
			return nil
		}
		if l.s.isClosed.Load() {
			return ErrClosed
		}
		if !transient(err) {
			if connLost(err) {
				l.health.Failed(by, err)
			}
			return fmt.Errorf("store: leases: %s: %w", by, err)
		}
		l.health.Failed(by, err)
		wait := b.Next()
		if dl, _ := ctx.Deadline(); time.Until(dl) < wait {
			return fmt.Errorf("store: leases: %s: PostgreSQL not answering (retried for %v): %w", by, l.opts.Timeout, err)
		}
		t := time.NewTimer(wait) // real time, as the call's deadline is
		select {
		case <-ctx.Done():
			t.Stop()
			return fmt.Errorf("store: leases: %s: %w", by, err)
		case <-t.C:
		}
	}
}

// transient reports whether err is PostgreSQL out of reach (a lost or
// refused connection, a server shutting down or starting) rather than a
// refusal of the statement itself or the call's time running out.
func transient(err error) bool {
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return false
	}
	return connLost(err)
}

// connLost reports whether err says the connection to PostgreSQL failed.
func connLost(err error) bool {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch pe.Code[:2] {
		case "08", "57", "53": // connection exception, operator intervention, insufficient resources
			return true
		}
		return false
	}
	var ce *pgconn.ConnectError
	var ne net.Error
	return errors.As(err, &ce) || errors.As(err, &ne) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, context.DeadlineExceeded) || pgconn.SafeToRetry(err) || pgconn.Timeout(err) ||
		strings.Contains(err.Error(), "conn closed") || strings.Contains(err.Error(), "unexpected EOF")
}
