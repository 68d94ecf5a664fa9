package postgres

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/api"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

func TestMain(m *testing.M) { os.Exit(testsvc.Main(m)) }

func openStore(t testing.TB, url string) *Store {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	s, err := Open(ctx, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	return s
}

// dump renders every history table, in key order, for comparisons.
func dump(t testing.TB, s *Store) string {
	t.Helper()
	ctx := context.Background()
	var sb strings.Builder
	for _, q := range []string{
		"SELECT * FROM writer_position",
		"SELECT * FROM markets ORDER BY market_id",
		"SELECT * FROM accounts ORDER BY account_id",
		"SELECT * FROM orders ORDER BY placed_seq",
		"SELECT * FROM fills ORDER BY market_id, seq",
		"SELECT * FROM trades ORDER BY market_id, seq",
		"SELECT * FROM candles ORDER BY market_id, interval, start_ns",
		"SELECT * FROM balances ORDER BY account_id, asset_id",
	} {
		err := s.withConn(ctx, func(c *pgx.Conn) error {
			rows, err := c.Query(ctx, q)
			if err != nil {
				return err
			}
			defer rows.Close()
			fmt.Fprintf(&sb, "-- %s\n", q)
			for rows.Next() {
				vals, err := rows.Values()
				if err != nil {
					return err
				}
				fmt.Fprintln(&sb, vals...)
			}
			return rows.Err()
		})
		mustNoErr(t, err)
	}
	return sb.String()
}

func count(t testing.TB, s *Store, table string) int {
	t.Helper()
	var n int
	err := s.withConn(context.Background(), func(c *pgx.Conn) error {
		return c.QueryRow(context.Background(), "SELECT count(*) FROM "+table).Scan(&n)
	})
	mustNoErr(t, err)
	return n
}

func position(t testing.TB, s *Store) uint64 {
	t.Helper()
	p, err := s.Position(context.Background())
	mustNoErr(t, err)
	return p
}

// TestWriteOrderLifecycle follows a few orders through fills, a partial
// fill and cancel, an amend, an IOC remainder and a rejection, and checks
// each row against the events.
func TestWriteOrderLifecycle(t *testing.T) {
	ctx := context.Background()
	s := openStore(t, testsvc.Postgres(t))
	h := newHarness()
	h.setup(1, 3)
	const m = exchange.MarketID(0)
	place := func(acct exchange.AccountID, id exchange.OrderID, side exchange.Side, tif exchange.TimeInForce, price, qty int64, meta *OrderMeta) []exchange.Event {
		h.now += int64(time.Second)
		return h.do(exchange.Command{Kind: exchange.CmdPlace, Account: acct, Market: m, OrderID: id, Side: side,
			TIF: tif, Price: price, Qty: qty, MaxFeeBps: feeTaker}, meta)
	}
	place(0, 1, exchange.Sell, exchange.GTC, 25000, 10, &OrderMeta{ClientOrderID: "a", Signed: []byte("sig-a")})
	place(0, 2, exchange.Sell, exchange.GTC, 25100, 5, nil)
	mustNoErr(t, s.Write(ctx, h.take()))
	// Crosses both levels: 10 @ 25000 from order 1, 2 @ 25100 from order 2.
	place(1, 3, exchange.Buy, exchange.GTC, 25100, 12, &OrderMeta{ClientOrderID: "b"})
	h.do(exchange.Command{Kind: exchange.CmdCancel, Account: 0, OrderID: 2}, nil)
	place(2, 4, exchange.Buy, exchange.GTC, 24000, 7, nil)
	h.do(exchange.Command{Kind: exchange.CmdAmend, Account: 2, OrderID: 4, Price: 24500, Qty: 4}, nil)
	place(1, 5, exchange.Sell, exchange.IOC, 24400, 6, nil) // 4 fill against order 4, 2 cancelled
	rej := place(2, 6, exchange.Buy, exchange.GTC, 24000, 20000, &OrderMeta{ClientOrderID: "too-big"})
	if rej[0].Kind != exchange.EvRejected {
		t.Fatalf("expected a rejection, got %+v", rej)
	}
	place(1, 1, exchange.Buy, exchange.GTC, 20000, 3, nil) // reuses the dead order 1's id
	last := h.seq
	mustNoErr(t, s.Write(ctx, h.take()))

	if got := position(t, s); got != last {
		t.Fatalf("position %d, want %d", got, last)
	}
	type want struct {
		status                   api.OrderStatus
		price, qty, open, filled int64
		value, fees              int64
		reason, client           string
	}
	fee := func(n, bps int64) int64 { return n * bps / 10000 }
	n1, n2 := int64(10*25000*100), int64(2*25100*100)
	n5 := int64(4 * 24500 * 100)
	wants := map[exchange.OrderID][]want{
		1: {{api.OrderFilled, 25000, 10, 0, 10, 10 * 25000, fee(n1, feeMaker), "", "a"}, {api.OrderOpen, 20000, 3, 3, 0, 0, 0, "", ""}},
		2: {{api.OrderCanceled, 25100, 5, 0, 2, 2 * 25100, fee(n2, feeMaker), "USER_CANCEL", ""}},
		3: {{api.OrderFilled, 25100, 12, 0, 12, 10*25000 + 2*25100, fee(n1, feeTaker) + fee(n2, feeTaker), "", "b"}},
		4: {{api.OrderFilled, 24500, 7, 0, 4, 4 * 24500, fee(n5, feeMaker), "", ""}},
		5: {{api.OrderCanceled, 24400, 6, 0, 4, 4 * 24500, fee(n5, feeTaker), "IOC_REMAINDER", ""}},
		6: {{api.OrderRejected, 24000, 20000, 0, 0, 0, 0, "INVALID_QUANTITY", "too-big"}},
	}
	for _, acct := range []exchange.AccountID{0, 1, 2} {
		orders, err := s.Orders(ctx, acct, 0, 0, false)
		mustNoErr(t, err)
		for _, o := range orders {
			ws := wants[o.OrderID]
			if len(ws) == 0 {
				t.Fatalf("unexpected order %+v", o)
			}
			w := ws[0]
			wants[o.OrderID] = ws[1:]
			got := want{o.Status, o.Price, o.Qty, o.OpenQty, o.FilledQty, o.FilledValue, o.Fees, o.Reason, o.ClientID}
			if got != w {
				t.Errorf("order %d (placed %d):\n got %+v\nwant %+v", o.OrderID, o.PlacedSeq, got, w)
			}
			if o.Account != acct || o.Market != m {
				t.Errorf("order %d: account %d market %d", o.OrderID, o.Account, o.Market)
			}
		}
	}
	for id, ws := range wants {
		if len(ws) != 0 {
			t.Errorf("order %d: %d rows missing", id, len(ws))
		}
	}

	open, err := s.Orders(ctx, 1, 0, 0, true)
	mustNoErr(t, err)
	if len(open) != 1 || open[0].OrderID != 1 || open[0].Status != api.OrderOpen {
		t.Errorf("open orders of account 1: %+v", open)
	}
	a, ok, err := s.OrderByClientID(ctx, 0, "a")
	mustNoErr(t, err)
	if !ok || a.OrderID != 1 || string(a.Signed) != "sig-a" || a.Status != api.OrderFilled {
		t.Errorf("order by client id a: %+v %v", a, ok)
	}
	if _, ok, err := s.OrderByClientID(ctx, 0, "b"); err != nil || ok {
		t.Errorf("client id b of the wrong account: %v %v", ok, err)
	}
	if o, ok, err := s.Order(ctx, 0, 1); err != nil || !ok || o.ClientID != "a" {
		t.Errorf("order 1: %+v %v %v", o, ok, err)
	}
	if _, ok, err := s.Order(ctx, 0, 3); err != nil || ok {
		t.Errorf("order 3 is another account's: %v %v", ok, err)
	}

	// Fills: from account 1's view, taker of 3 (two fills) and of 5 (one).
	fills, err := s.Fills(ctx, 1, 0, 0)
	mustNoErr(t, err)
	type fw struct {
		taker, maker exchange.OrderID
		price, qty   int64
		tfee, mfee   int64
	}
	var gotF []fw
	for _, f := range fills {
		gotF = append(gotF, fw{f.TakerOrderID, f.MakerOrderID, f.Price, f.Qty, f.TakerFee, f.MakerFee})
		if f.State != api.FillMatched {
			t.Errorf("fill %+v: state %q", f.Key, f.State)
		}
	}
	wantF := []fw{
		{3, 1, 25000, 10, fee(n1, feeTaker), fee(n1, feeMaker)},
		{3, 2, 25100, 2, fee(n2, feeTaker), fee(n2, feeMaker)},
		{5, 4, 24500, 4, fee(n5, feeTaker), fee(n5, feeMaker)},
	}
	if fmt.Sprint(gotF) != fmt.Sprint(wantF) {
		t.Errorf("fills of account 1:\n got %v\nwant %v", gotF, wantF)
	}
	f2, err := s.Fills(ctx, 2, 0, 0)
	mustNoErr(t, err)
	if len(f2) != 1 || f2[0].MakerOrderID != 4 || f2[0].MakerAccount != 2 {
		t.Errorf("fills of account 2 (maker): %+v", f2)
	}

	trades, err := s.Trades(ctx, m, 0, 0)
	mustNoErr(t, err)
	if len(trades) != 3 {
		t.Fatalf("%d trades", len(trades))
	}
	for i, tr := range trades {
		f := fills[i]
		if tr.Seq != f.Key.Seq+1 || tr.Price != f.Price || tr.Qty != f.Qty || tr.TakerOrderID != f.TakerOrderID ||
			tr.MakerOrderID != f.MakerOrderID || tr.Side != f.TakerSide || tr.TimeNs != f.TimeNs {
			t.Errorf("trade %+v does not match fill %+v", tr, f)
		}
	}

	// Balances are the last EvBalance of each (account, asset): the engine
	// reports every change (holds, fills, fees), so they are the engine's.
	bals, err := s.Balances(ctx, 1)
	mustNoErr(t, err)
	if len(bals) != 2 || bals[0].Asset != quoteAsset || bals[1].Asset != 1 {
		t.Fatalf("balances of account 1: %+v", bals)
	}
	for _, b := range bals {
		avail, held := h.e.Balance(1, b.Asset)
		if b.Available != avail || b.Held != held {
			t.Errorf("stored balance %+v, engine %d available %d held", b, avail, held)
		}
	}
	if bals[0].Available == 1<<50 || bals[0].Held == 0 {
		t.Errorf("account 1's cash shows none of its trading: %+v", bals[0])
	}
	h.now += int64(time.Second)
	h.do(exchange.Command{Kind: exchange.CmdWithdraw, Account: 1, Asset: 1, Amount: 1000}, nil)
	evs := h.applied[len(h.applied)-1].Events
	mustNoErr(t, s.Write(ctx, h.take()))
	bals, err = s.Balances(ctx, 1)
	mustNoErr(t, err)
	if bals[1].Available != evs[0].Amount || bals[1].Held != evs[0].Qty || bals[1].CmdSeq != h.seq {
		t.Errorf("balance after withdraw: %+v, event %+v", bals[1], evs[0])
	}

	mk, err := s.Markets(ctx)
	mustNoErr(t, err)
	if spec := testSpec(0); len(mk) != 1 || mk[0].Instrument != spec.Instrument || mk[0].TickSize != spec.TickSize ||
		mk[0].Symbol != spec.Symbol || mk[0].TakerFeeBps != feeTaker || mk[0].BaseAsset != 1 {
		t.Errorf("markets: %+v", mk)
	}
	if n := count(t, s, "accounts"); n != 3 {
		t.Errorf("%d accounts", n)
	}
}

// TestBatchingDoesNotMatter writes one random order flow in one batch, one
// command at a time (with COPY) and in random batch sizes (with unnest), into
// three databases, and expects the same rows.
func TestBatchingDoesNotMatter(t *testing.T) {
	ctx := context.Background()
	h := newHarness()
	h.setup(2, 6)
	w := newWorkload(h, 1, 2, 6)
	all := append(h.take(), w.generate(1500)...)
	var fills int
	for _, a := range all {
		for _, ev := range a.Events {
			if ev.Kind == exchange.EvFill {
				fills++
			}
		}
	}
	if fills < 200 {
		t.Fatalf("workload made only %d fills", fills)
	}

	one := openStore(t, testsvc.Postgres(t))
	mustNoErr(t, one.Write(ctx, all))
	want := dump(t, one)

	single := openStore(t, testsvc.Postgres(t))
	single.insert = insertCopy
	for i := range all {
		mustNoErr(t, single.Write(ctx, all[i:i+1]))
	}
	if got := dump(t, single); got != want {
		t.Errorf("one command per batch differs from one batch:\n%s", diff(want, got))
	}

	random := openStore(t, testsvc.Postgres(t))
	random.insert = insertUnnest
	for i := 0; i < len(all); {
		n := 1 + w.rng.IntN(400)
		j := min(i+n, len(all))
		mustNoErr(t, random.Write(ctx, all[i:j]))
		i = j
	}
	if got := dump(t, random); got != want {
		t.Errorf("random batches (unnest) differ from one batch:\n%s", diff(want, got))
	}

	// Every fill's quantity is on both its orders.
	var bad int
	err := one.withConn(ctx, func(c *pgx.Conn) error {
		return c.QueryRow(ctx, `SELECT count(*) FROM orders o LEFT JOIN (
				SELECT order_id, placed, sum(qty) q FROM (
					SELECT f.qty, f.taker_order_id order_id, (SELECT max(placed_seq) FROM orders WHERE order_id = f.taker_order_id AND placed_seq <= f.cmd_seq AND status <> 'rejected') placed FROM fills f
					UNION ALL
					SELECT f.qty, f.maker_order_id, (SELECT max(placed_seq) FROM orders WHERE order_id = f.maker_order_id AND placed_seq <= f.cmd_seq AND status <> 'rejected') FROM fills f) x
				GROUP BY order_id, placed) s ON s.placed = o.placed_seq
			WHERE o.filled_qty <> coalesce(s.q, 0) OR (o.status = 'filled' AND o.open_qty <> 0)
				OR (o.status = 'open' AND o.open_qty <= 0)`).Scan(&bad)
	})
	mustNoErr(t, err)
	if bad != 0 {
		t.Errorf("%d orders whose filled quantity is not the sum of their fills", bad)
	}
}

// diff shows the first differing line of two dumps.
func diff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d:\nwant %s\n got %s", i+1, al[i], bl[i])
		}
	}
	return fmt.Sprintf("lengths %d and %d", len(al), len(bl))
}

// TestResume writes a stretch of the journal, "restarts" (a new Store on the
// same database) and writes overlapping and repeated batches: nothing is
// written twice and the position follows the last command.
func TestResume(t *testing.T) {
	ctx := context.Background()
	h := newHarness()
	h.setup(1, 4)
	w := newWorkload(h, 2, 1, 4)
	all := append(h.take(), w.generate(600)...)

	ref := openStore(t, testsvc.Postgres(t))
	mustNoErr(t, ref.Write(ctx, all))
	want := dump(t, ref)

	url := testsvc.Postgres(t)
	s := openStore(t, url)
	mustNoErr(t, s.Write(ctx, all[:300]))
	mustNoErr(t, s.Write(ctx, all[:300])) // the same batch again
	if p := position(t, s); p != all[299].Cmd.Seq {
		t.Fatalf("position %d, want %d", p, all[299].Cmd.Seq)
	}
	s.Close()

	s2 := openStore(t, url)
	if p := position(t, s2); p != all[299].Cmd.Seq {
		t.Fatalf("position after restart %d, want %d", p, all[299].Cmd.Seq)
	}
	mustNoErr(t, s2.Write(ctx, all[100:450])) // overlaps what was written
	mustNoErr(t, s2.Write(ctx, all[440:]))
	if got := dump(t, s2); got != want {
		t.Errorf("resumed writes differ from one write:\n%s", diff(want, got))
	}
	if p := position(t, s2); p != h.seq {
		t.Errorf("position %d, want %d", p, h.seq)
	}

	// A gap is refused, and so is a batch out of order.
	more := w.generate(10)
	if err := s2.Write(ctx, more[1:]); !errors.Is(err, ErrGap) {
		t.Errorf("write after a gap: %v, want ErrGap", err)
	}
	if err := s2.Write(ctx, []Applied{more[1], more[0]}); !errors.Is(err, ErrOrder) {
		t.Errorf("write out of order: %v, want ErrOrder", err)
	}
	if got := dump(t, s2); got != want {
		t.Errorf("refused writes changed rows:\n%s", diff(want, got))
	}
}

// cancelOnCopy cancels the write's context when it starts the COPY of the
// named table: the failure lands in the middle of the transaction.
type cancelOnCopy struct {
	table  string
	cancel context.CancelFunc
}

func (c *cancelOnCopy) TraceQueryStart(ctx context.Context, _ *pgx.Conn, _ pgx.TraceQueryStartData) context.Context {
	return ctx
}
func (c *cancelOnCopy) TraceQueryEnd(context.Context, *pgx.Conn, pgx.TraceQueryEndData) {}
func (c *cancelOnCopy) TraceCopyFromStart(ctx context.Context, _ *pgx.Conn, d pgx.TraceCopyFromStartData) context.Context {
	if d.TableName.Sanitize() == (pgx.Identifier{c.table}).Sanitize() {
		c.cancel()
	}
	return ctx
}
func (c *cancelOnCopy) TraceCopyFromEnd(context.Context, *pgx.Conn, pgx.TraceCopyFromEndData) {}

// TestFailedWriteChangesNothing cancels a write in the middle of its
// transaction, and fails another on a constraint at its very end: the rows
// and the position stay as they were, and the retry writes everything.
func TestFailedWriteChangesNothing(t *testing.T) {
	ctx := context.Background()
	s := openStore(t, testsvc.Postgres(t))
	h := newHarness()
	h.setup(1, 4)
	w := newWorkload(h, 3, 1, 4)
	first := append(h.take(), w.generate(100)...)
	mustNoErr(t, s.Write(ctx, first))
	before := dump(t, s)
	second := w.generate(500)

	cctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// The tracer applies to connections dialled from now on: a new pool.
	tracer := &cancelOnCopy{table: "fills", cancel: cancel}
	cfg := s.pool.Config()
	cfg.ConnConfig.Tracer = tracer
	s.pool.Close()
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	mustNoErr(t, err)
	s.pool = pool
	s.insert = insertCopy // so that the COPY of fills happens
	if err := s.Write(cctx, second); err == nil {
		t.Fatal("write with a context cancelled mid-way succeeded")
	}
	if got := dump(t, s); got != before {
		t.Fatalf("a cancelled write changed rows:\n%s", diff(before, got))
	}

	// A market whose instrument already exists fails the batch of statements.
	bad := append([]Applied(nil), second...)
	spec := *testSpec(0)
	bad = append(bad, Applied{
		Cmd:    exchange.Command{Kind: exchange.CmdAddMarket, Seq: h.seq + 1, Time: h.now, Spec: &spec},
		Events: []exchange.Event{{Kind: exchange.EvMarketAdded, Market: 7, CmdSeq: h.seq + 1}},
	})
	if err := s.Write(ctx, bad); err == nil {
		t.Fatal("write violating a constraint succeeded")
	}
	if got := dump(t, s); got != before {
		t.Fatalf("a failed write changed rows:\n%s", diff(before, got))
	}
	mustNoErr(t, s.Write(ctx, second))
	if p := position(t, s); p != h.seq {
		t.Errorf("position %d, want %d", p, h.seq)
	}
}

// TestMigrations opens a database twice in a row and eight times at once.
func TestMigrations(t *testing.T) {
	url := testsvc.Postgres(t)
	s := openStore(t, url)
	s2 := openStore(t, url)
	ms, err := migrations()
	mustNoErr(t, err)
	if n := count(t, s2, "schema_migrations"); n != len(ms) || n == 0 {
		t.Errorf("%d migrations recorded, want %d", n, len(ms))
	}
	_ = s

	url = testsvc.Postgres(t)
	var wg sync.WaitGroup
	errs := make([]error, 8)
	for i := range errs {
		wg.Go(func() {
			s, err := Open(context.Background(), url, nil)
			if err == nil {
				s.Close()
			}
			errs[i] = err
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Errorf("concurrent Open: %v", err)
		}
	}
	s3 := openStore(t, url)
	if n := count(t, s3, "schema_migrations"); n != len(ms) {
		t.Errorf("%d migrations recorded after concurrent opens, want %d", n, len(ms))
	}
	if p := position(t, s3); p != 0 {
		t.Errorf("position of a new database %d", p)
	}
}

// twoFills is a harness where account 1's buy has taken account 0's two
// sells: two pending fills, not yet written.
func twoFills() *harness {
	h := newHarness()
	h.setup(1, 2)
	h.do(exchange.Command{Kind: exchange.CmdPlace, Account: 0, Market: 0, OrderID: 1, Side: exchange.Sell, Price: 25000, Qty: 1, MaxFeeBps: 10}, nil)
	h.do(exchange.Command{Kind: exchange.CmdPlace, Account: 0, Market: 0, OrderID: 2, Side: exchange.Sell, Price: 25001, Qty: 1, MaxFeeBps: 10}, nil)
	h.do(exchange.Command{Kind: exchange.CmdPlace, Account: 1, Market: 0, OrderID: 3, Side: exchange.Buy, Price: 25001, Qty: 2, MaxFeeBps: 10, TIF: exchange.IOC}, nil)
	return h
}

// TestWriteSettlementOutcomes: the engine's EvSettled and EvReverted move
// the fills they name to settled or reverted, with the batch id and, for a
// reverted fill, the contract's reason and party.
func TestWriteSettlementOutcomes(t *testing.T) {
	ctx := context.Background()
	s := openStore(t, testsvc.Postgres(t))
	h := twoFills()
	mustNoErr(t, s.Write(ctx, h.take()))
	h.do(exchange.Command{Kind: exchange.CmdSettleBatch, Batch: 1, Count: 2}, nil)
	// The first fill settled; the second was skipped INSUFFICIENT_CASH (13) for the taker (party 1).
	evs := h.do(exchange.Command{Kind: exchange.CmdSettlementResult, Batch: 1, Meta: []byte{0, 1<<6 | 13}}, nil)
	var outcomes int
	for _, ev := range evs {
		if ev.Kind == exchange.EvSettled || ev.Kind == exchange.EvReverted {
			outcomes++
		}
	}
	if outcomes != 2 {
		t.Fatalf("engine reported %d outcomes: %+v", outcomes, evs)
	}
	mustNoErr(t, s.Write(ctx, h.take()))
	fills, err := s.Fills(ctx, 1, 0, 10)
	mustNoErr(t, err)
	if len(fills) != 2 {
		t.Fatalf("%d fills", len(fills))
	}
	if f := fills[0]; f.State != api.FillSettled || f.BatchID != 1 || f.StateReason != "" {
		t.Errorf("first fill: %+v", f)
	}
	if f := fills[1]; f.State != api.FillReverted || f.BatchID != 1 || f.StateReason != "INSUFFICIENT_CASH (taker)" {
		t.Errorf("second fill: %+v", f)
	}
}

// TestWriteOperatorSkip: a fill the settlement pipeline skipped out of an
// open batch (exchange.CmdSkipFills) is reverted in the history with the
// pipeline's reason, and the rest of its batch settles.
func TestWriteOperatorSkip(t *testing.T) {
	ctx := context.Background()
	s := openStore(t, testsvc.Postgres(t))
	h := twoFills()
	h.do(exchange.Command{Kind: exchange.CmdSettleBatch, Batch: 1, Count: 2}, nil)
	h.do(exchange.Command{Kind: exchange.CmdSkipFills, Batch: 1,
		Meta: exchange.SkipMeta([]exchange.SkipEntry{{Index: 0, Result: exchange.ResultSimulationFailed}})}, nil)
	h.do(exchange.Command{Kind: exchange.CmdSettlementResult, Batch: 1, Meta: []byte{0}}, nil)
	mustNoErr(t, s.Write(ctx, h.take()))
	fills, err := s.Fills(ctx, 1, 0, 10)
	mustNoErr(t, err)
	if len(fills) != 2 {
		t.Fatalf("%d fills", len(fills))
	}
	if f := fills[0]; f.State != api.FillReverted || f.BatchID != 1 || f.StateReason != "SIMULATION_FAILED (operator)" {
		t.Errorf("skipped fill: %+v", f)
	}
	if f := fills[1]; f.State != api.FillSettled || f.BatchID != 1 || f.StateReason != "" {
		t.Errorf("settled fill: %+v", f)
	}
}
