package postgres

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/hourglass-exchange/hourglass/internal/evm/watch"
	"github.com/hourglass-exchange/hourglass/internal/health"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
	"github.com/hourglass-exchange/hourglass/redeemer/service"
	"github.com/hourglass-exchange/hourglass/redeemer/service/storetest"
)

// TestLeaseStoreSuite runs the Store conformance suite, the one the memory
// and file stores pass, on PostgreSQL; reopening is a new connection pool
// on the same database, as a restarted node would open.
func TestLeaseStoreSuite(t *testing.T) {
	storetest.Run(t, func(t *testing.T) (service.Store, func(*testing.T) service.Store) {
		url := testsvc.Postgres(t)
		open := func(t *testing.T) service.Store {
			return NewLeaseStore(openStore(t, url), LeaseStoreOptions{})
		}
		return open(t), open
	})
}

// TestLeaseStoreAtomic: a change that fails inside its transaction (after
// its deletion and its first record were written) leaves the leases and the
// checkpoint as they were; an invalid record is refused before anything is
// written, with ErrLeaseRecord.
func TestLeaseStoreAtomic(t *testing.T) {
	ls := NewLeaseStore(openStore(t, testsvc.Postgres(t)), LeaseStoreOptions{})
	cp := watch.Checkpoint{Confirmed: watch.BlockRef{Number: 4}}
	a, b := storetest.Record(t, "1"), storetest.Record(t, "2")
	mustNoErr(t, ls.Apply(service.Change{Put: []service.Record{a, b}, Checkpoint: &cp}))
	before := leaseDump(t, ls)

	boom := errors.New("injected failure")
	ls.afterPut = func(i int) error {
		if i == 1 {
			return boom
		}
		return nil
	}
	a2, c := a, storetest.Record(t, "3")
	a2.Relayed = 9
	cp2 := watch.Checkpoint{Confirmed: watch.BlockRef{Number: 5}}
	err := ls.Apply(service.Change{Delete: []string{"2"}, Put: []service.Record{a2, c}, Checkpoint: &cp2})
	if !errors.Is(err, boom) {
		t.Fatalf("Apply with a failure inside: %v", err)
	}
	if got := leaseDump(t, ls); got != before {
		t.Fatalf("a failed Apply changed the store:\n%s\nwas:\n%s", got, before)
	}
	ls.afterPut = nil

	bad := storetest.Record(t, "4")
	bad.Lease.ID = "not an id"
	if err := ls.Apply(service.Change{Delete: []string{"1"}, Put: []service.Record{c, bad}}); !errors.Is(err, ErrLeaseRecord) {
		t.Fatalf("a record without an id: %v", err)
	}
	if got := leaseDump(t, ls); got != before {
		t.Fatalf("a refused Apply changed the store:\n%s", got)
	}
	// The operators' columns follow the record.
	var state string
	var hasSpec bool
	mustNoErr(t, ls.s.pool.QueryRow(context.Background(),
		"SELECT state, has_spec FROM redeemer_leases WHERE lease_id = '1'").Scan(&state, &hasSpec))
	if state != "assigned" || hasSpec {
		t.Fatalf("lease 1: state %q, has_spec %v", state, hasSpec)
	}
}

func leaseDump(t *testing.T, ls *LeaseStore) string {
	t.Helper()
	recs, cp, err := ls.Load()
	mustNoErr(t, err)
	var sb strings.Builder
	for _, r := range recs {
		fmt.Fprintf(&sb, "%s relayed=%d\n", r.Lease.ID, r.Relayed)
	}
	fmt.Fprintf(&sb, "checkpoint %+v\n", cp)
	return sb.String()
}

// TestLeaseStoreConcurrent: writers applying changes of several leases and
// the checkpoint at once, while readers load: every Load sees whole changes
// only (all of a change's leases at one version, with its checkpoint), and
// the last write wins.
func TestLeaseStoreConcurrent(t *testing.T) {
	url := testsvc.Postgres(t)
	ls := NewLeaseStore(openStore(t, url), LeaseStoreOptions{Timeout: 20 * time.Second})
	other := NewLeaseStore(openStore(t, url), LeaseStoreOptions{Timeout: 20 * time.Second}) // a second pool
	const writers, rounds, leases = 4, 25, 5
	var version atomic.Int64
	var wg sync.WaitGroup
	errs := make(chan error, writers*rounds+64)
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st := ls
			if w%2 == 1 {
				st = other
			}
			for range rounds {
				v := version.Add(1)
				c := service.Change{Checkpoint: &watch.Checkpoint{Confirmed: watch.BlockRef{Number: uint64(v)}}}
				for i := range leases {
					r := storetest.Record(t, fmt.Sprint(i+1))
					r.Relayed = int(v)
					c.Put = append(c.Put, r)
				}
				if err := st.Apply(c); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	stop := make(chan struct{})
	var loads atomic.Int64
	var rwg sync.WaitGroup
	for range 2 {
		rwg.Add(1)
		go func() {
			defer rwg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				recs, cp, err := other.Load()
				if err != nil {
					errs <- err
					return
				}
				loads.Add(1)
				if cp == nil {
					if len(recs) != 0 {
						errs <- fmt.Errorf("leases without their checkpoint: %d", len(recs))
					}
					continue
				}
				if len(recs) != leases {
					errs <- fmt.Errorf("%d leases at checkpoint %d", len(recs), cp.Confirmed.Number)
					return
				}
				for _, r := range recs {
					if uint64(r.Relayed) != cp.Confirmed.Number {
						errs <- fmt.Errorf("lease %s at version %d beside checkpoint %d: a change seen in part", r.Lease.ID, r.Relayed, cp.Confirmed.Number)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(stop)
	rwg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	recs, cp, err := ls.Load()
	mustNoErr(t, err)
	if len(recs) != leases || cp == nil || uint64(recs[0].Relayed) != cp.Confirmed.Number {
		t.Fatalf("after the writers: %d leases, checkpoint %+v", len(recs), cp)
	}
	t.Logf("%d changes by %d writers on 2 pools, %d consistent loads", writers*rounds, writers, loads.Load())
}

// TestLeaseStoreOutage: PostgreSQL stopped while the store is in use and
// started again. Calls during the outage fail with the cause after their
// bounded retries, and change nothing; the store says so once (ERROR) and
// once when PostgreSQL answers again (INFO), the dependency gauge follows,
// and the store works again by itself, with what was written before.
func TestLeaseStoreOutage(t *testing.T) {
	srv := testsvc.StartPostgres(t)
	logs := &logLines{}
	ls := NewLeaseStore(openStore(t, srv.URL), LeaseStoreOptions{Timeout: 300 * time.Millisecond,
		RetryMin: 10 * time.Millisecond, RetryMax: 50 * time.Millisecond, Logger: slog.New(logs)})
	reg := prometheus.NewPedanticRegistry()
	reg.MustRegister(ls.Collectors()...)
	gauge := func() float64 {
		t.Helper()
		mfs, err := reg.Gather()
		mustNoErr(t, err)
		for _, mf := range mfs {
			for _, m := range mf.GetMetric() {
				if mf.GetName() == health.MetricName && len(m.GetLabel()) == 1 && m.GetLabel()[0].GetValue() == LeaseDependency {
					return m.GetGauge().GetValue()
				}
			}
		}
		t.Fatalf("no %s{dependency=%q}", health.MetricName, LeaseDependency)
		return -1
	}
	cp := watch.Checkpoint{Confirmed: watch.BlockRef{Number: 1}}
	mustNoErr(t, ls.Apply(service.Change{Put: []service.Record{storetest.Record(t, "1")}, Checkpoint: &cp}))
	if gauge() != 1 || !ls.Up() {
		t.Fatal("not up with PostgreSQL up")
	}

	srv.Stop()
	for i := range 5 {
		cp2 := watch.Checkpoint{Confirmed: watch.BlockRef{Number: uint64(10 + i)}}
		err := ls.Apply(service.Change{Put: []service.Record{storetest.Record(t, "2")}, Checkpoint: &cp2})
		if err == nil {
			t.Fatal("Apply succeeded with PostgreSQL stopped")
		}
		if i == 0 {
			t.Logf("Apply during the outage: %v", err)
		}
		if _, _, err := ls.Load(); err == nil {
			t.Fatal("Load succeeded with PostgreSQL stopped")
		}
	}
	if gauge() != 0 || ls.Up() {
		t.Fatalf("gauge %v during the outage", gauge())
	}
	if n := logs.count(slog.LevelError, LeaseDependency+": not answering"); n != 1 {
		t.Fatalf("%d ERROR lines for one outage, want 1:\n%s", n, strings.Join(logs.all(), "\n"))
	}

	srv.Start()
	// The first call after the restart may meet a connection the pool
	// still holds from before; it retries within its Timeout.
	testsvc.CheckFor(t, 20*time.Second, 20*time.Millisecond, func() error {
		cp3 := watch.Checkpoint{Confirmed: watch.BlockRef{Number: 20}}
		return ls.Apply(service.Change{Put: []service.Record{storetest.Record(t, "3")}, Checkpoint: &cp3})
	})
	recs, gotCp, err := ls.Load()
	mustNoErr(t, err)
	if len(recs) != 2 || recs[0].Lease.ID != "1" || recs[1].Lease.ID != "3" || gotCp.Confirmed.Number != 20 {
		t.Fatalf("after the outage: %v leases, checkpoint %+v", len(recs), gotCp)
	}
	if gauge() != 1 || !ls.Up() {
		t.Fatalf("gauge %v after recovery", gauge())
	}
	lines := logs.all()
	if n := logs.count(slog.LevelInfo, LeaseDependency+": answering again"); n != 1 {
		t.Fatalf("%d INFO recovery lines, want 1:\n%s", n, strings.Join(lines, "\n"))
	}
	if len(lines) != 2 || !strings.Contains(lines[0], "err=") || !strings.Contains(lines[1], "down_for=") {
		t.Fatalf("the outage's log, want two lines (cause; how long):\n%s", strings.Join(lines, "\n"))
	}
	t.Logf("log:\n%s", strings.Join(lines, "\n"))

	// A failure that is not an outage is not one.
	ls.afterPut = func(int) error { return errors.New("not an outage") }
	if err := ls.Apply(service.Change{Put: []service.Record{storetest.Record(t, "4")}}); err == nil || !ls.Up() {
		t.Fatalf("a refused change: %v, up %v", err, ls.Up())
	}
	if n := len(logs.all()); n != 2 {
		t.Fatalf("%d log lines after a refused change", n)
	}
}
