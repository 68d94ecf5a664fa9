package node_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/settlement"
	"github.com/hourglass-exchange/hourglass/internal/node"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
	"github.com/hourglass-exchange/hourglass/sim"
)

// runningNode is a node started by runNode.
type runningNode struct {
	node.Info
	stop func() error // stops the node and returns what Run returned
}

// runNode runs the node with cfg (its Dir as given) until stop or the end
// of the test.
func runNode(t *testing.T, cfg node.Config) *runningNode {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan node.Info, 1)
	done := make(chan error, 1)
	cfg.Addr = "127.0.0.1:0"
	cfg.Ready = func(in node.Info) { ready <- in }
	go func() { done <- node.Run(ctx, cfg) }()
	var once sync.Once
	var err error
	stop := func() error {
		once.Do(func() { cancel(); err = <-done })
		return err
	}
	t.Cleanup(func() { stop() })
	select {
	case in := <-ready:
		return &runningNode{Info: in, stop: stop}
	case err := <-done:
		t.Fatalf("node on %s: %v", cfg.Dir, err)
	case <-time.After(2 * time.Minute):
		t.Fatalf("the node on %s is not ready after 2 minutes", cfg.Dir)
	}
	return nil
}

// runBots has the demo's bots send n commands through the node's gateway
// and waits for them.
func runBots(t *testing.T, w *sim.World, in node.Info, n int) sim.BotStats {
	t.Helper()
	b := w.Bots("http://" + in.Gateway)
	b.Rate, b.Commands = 1000, n
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := b.Run(ctx); err != nil {
		t.Fatalf("bots: %v", err)
	}
	return b.Stats()
}

// waitHistory waits until the history store holds every command the
// engine applied.
func waitHistory(t *testing.T, db *pgx.Conn, in node.Info) {
	t.Helper()
	testsvc.CheckFor(t, 60*time.Second, 50*time.Millisecond, func() error {
		var last uint64
		in.Seq.Query(func(e exchange.View) { last = e.LastSeq() })
		var pos int64
		if err := db.QueryRow(context.Background(), "SELECT seq FROM writer_position").Scan(&pos); err != nil {
			return err
		}
		if uint64(pos) != last {
			return fmt.Errorf("history at command %d, the engine at %d", pos, last)
		}
		return nil
	})
}

func connect(t *testing.T, url string) *pgx.Conn {
	t.Helper()
	db, err := pgx.Connect(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close(context.Background()) })
	return db
}

// engineRecord is what the engine applied, seen through Config.OnApply: for
// each place command its order id and market, and every fill's key.
type engineRecord struct {
	mu     sync.Mutex
	orders map[uint64]string // placed seq → "market/order id"
	fills  map[string]bool   // "market/seq"
}

func (r *engineRecord) onApply(c *exchange.Command, evs []exchange.Event) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for i := range evs {
		ev := &evs[i]
		switch {
		case c.Kind == exchange.CmdPlace && (ev.Kind == exchange.EvAccepted || ev.Kind == exchange.EvRejected):
			// A place refused for a used nonce is no order of that client
			// order id: the history records none (docs/api.md).
			if ev.Reason != exchange.ReasonDuplicateNonce {
				r.orders[c.Seq] = fmt.Sprintf("%d/%d", c.Market, c.OrderID)
			}
		case ev.Kind == exchange.EvFill:
			r.fills[fmt.Sprintf("%d/%d", ev.Market, ev.Seq)] = true
		}
	}
}

// TestStoreBelongsToOneJournal runs the operator on geth --dev with
// PostgreSQL: a run on journal directory A with the demo's bots, a start on
// a fresh directory B with the same database (refused at once, naming both
// journals and what to do, before touching the chain), and a restart on A
// with more bot traffic. Afterwards every (market, order id) appears once in
// the history, and the history's orders and fills are exactly the engine's.
func TestStoreBelongsToOneJournal(t *testing.T) {
	_, wsURL, devKey := testsvc.Geth(t)
	dbURL := testsvc.Postgres(t)
	dirA, dirB := t.TempDir(), t.TempDir()
	rec := &engineRecord{orders: map[uint64]string{}, fills: map[string]bool{}}
	txs := &batchTxs{m: map[uint64]common.Hash{}}
	cfg := node.Config{RPCURL: wsURL, DeployerKey: devKey, DatabaseURL: dbURL, Confirmations: 1,
		BatchFills: 100, BatchDelay: 200 * time.Millisecond, OrderRate: 1000, MessageRate: 1000, OnApply: rec.onApply,
		Settled: txs.observe}
	w := withDemo(t, &cfg, 0)
	db := connect(t, dbURL)

	cfg.Dir = dirA
	n := runNode(t, cfg)
	st := runBots(t, w, n.Info, 1500)
	if st.Placed == 0 || st.Fills == 0 {
		t.Fatalf("first run: the bots placed %d orders and saw %d fills", st.Placed, st.Fills)
	}
	waitHistorySettled(t, db, n.Info)
	if err := n.stop(); err != nil {
		t.Fatalf("first run: %v", err)
	}
	// The settle transactions are lost from the history (as when batches
	// become final while the node is down, or the history is rebuilt from
	// the journal): the next start reads them from the chain.
	if _, err := db.Exec(context.Background(), "UPDATE fills SET tx_hash = NULL; DELETE FROM settlement_batches"); err != nil {
		t.Fatal(err)
	}
	idA, err := os.ReadFile(filepath.Join(dirA, "journal-id"))
	if err != nil {
		t.Fatal(err)
	}

	// A fresh journal directory with the same database: refused at once.
	cfg.Dir = dirB
	start := time.Now()
	err = node.Run(context.Background(), cfg)
	took := time.Since(start)
	if err == nil {
		t.Fatal("a node on a new journal directory started on another journal's database")
	}
	idB, rerr := os.ReadFile(filepath.Join(dirB, "journal-id"))
	if rerr != nil {
		t.Fatal(rerr)
	}
	for _, want := range []string{strings.TrimSpace(string(idA)), strings.TrimSpace(string(idB)), "new, empty database", "--dir"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("the refusal %q does not say %q", err, want)
		}
	}
	if took > 15*time.Second {
		t.Errorf("refused after %v, want at once", took)
	}
	if _, serr := os.Stat(filepath.Join(dirB, "contracts.json")); serr == nil {
		t.Error("the refused node deployed contracts first")
	}
	t.Logf("refused in %v: %v", took.Round(time.Millisecond), err)

	// The same directory again: it starts and goes on.
	cfg.Dir = dirA
	n = runNode(t, cfg)
	st = runBots(t, w, n.Info, 1500)
	if st.Placed == 0 {
		t.Fatalf("second run: the bots placed no order")
	}
	waitHistorySettled(t, db, n.Info)
	if err := n.stop(); err != nil {
		t.Fatalf("second run: %v", err)
	}
	txs.check(t, db)

	ctx := context.Background()
	var dups int
	if err := db.QueryRow(ctx, `SELECT count(*) FROM (SELECT market_id, order_id FROM orders
		GROUP BY market_id, order_id HAVING count(*) > 1) d`).Scan(&dups); err != nil {
		t.Fatal(err)
	}
	if dups != 0 {
		t.Errorf("%d (market, order id) pairs appear more than once in the history", dups)
	}
	// With DATABASE_URL the redeemer keeps its leases and its place on the
	// chain in PostgreSQL, not in a file.
	var checkpoints int
	if err := db.QueryRow(ctx, `SELECT count(*) FROM redeemer_checkpoint`).Scan(&checkpoints); err != nil || checkpoints != 1 {
		t.Errorf("redeemer checkpoints in PostgreSQL: %d, %v", checkpoints, err)
	}
	got := map[uint64]string{}
	rows, _ := db.Query(ctx, "SELECT placed_seq, market_id, order_id FROM orders")
	var seq, mkt, id int64
	if _, err := pgx.ForEachRow(rows, []any{&seq, &mkt, &id}, func() error {
		got[uint64(seq)] = fmt.Sprintf("%d/%d", mkt, uint64(id))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	gotFills := map[string]bool{}
	rows, _ = db.Query(ctx, "SELECT market_id, seq FROM fills")
	if _, err := pgx.ForEachRow(rows, []any{&mkt, &seq}, func() error {
		gotFills[fmt.Sprintf("%d/%d", mkt, seq)] = true
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	rec.mu.Lock()
	defer rec.mu.Unlock()
	if len(got) != len(rec.orders) || len(gotFills) != len(rec.fills) {
		t.Errorf("the history holds %d orders and %d fills, the engine applied %d and %d",
			len(got), len(gotFills), len(rec.orders), len(rec.fills))
	}
	for s, o := range rec.orders {
		if got[s] != o {
			t.Errorf("place command %d: the engine has order %s, the history %q", s, o, got[s])
		}
	}
	for k := range rec.fills {
		if !gotFills[k] {
			t.Errorf("fill %s is not in the history", k)
		}
	}
	t.Logf("%d orders and %d fills over two runs, each once", len(got), len(gotFills))
}

// batchTxs are the settle transactions of the batches the pipeline saw
// final (Config.Settled).
type batchTxs struct {
	mu sync.Mutex
	m  map[uint64]common.Hash
}

func (b *batchTxs) observe(ev settlement.BatchEvent) {
	if ev.Kind == "resolved" {
		b.mu.Lock()
		b.m[ev.Batch] = ev.TxHash
		b.mu.Unlock()
	}
}

// waitHistorySettled waits until the history holds every command the engine
// applied, no fill is pending, and every settled fill carries a tx_hash.
func waitHistorySettled(t *testing.T, db *pgx.Conn, in node.Info) {
	t.Helper()
	waitHistory(t, db, in)
	testsvc.CheckFor(t, 90*time.Second, 100*time.Millisecond, func() error {
		var pending int
		in.Seq.Query(func(e exchange.View) { pending = e.PendingCount() })
		var matched, untx int
		if err := db.QueryRow(context.Background(), `SELECT count(*) FILTER (WHERE settlement_state = 'matched'),
			count(*) FILTER (WHERE settlement_state = 'settled' AND tx_hash IS NULL) FROM fills`).Scan(&matched, &untx); err != nil {
			return err
		}
		if pending > 0 || matched > 0 || untx > 0 {
			return fmt.Errorf("%d fills pending in the engine; in the history %d matched and %d settled with no tx_hash", pending, matched, untx)
		}
		return nil
	})
}

// check fails the test unless every settled fill in the history carries
// the transaction of its batch, over at least two batches.
func (b *batchTxs) check(t *testing.T, db *pgx.Conn) {
	t.Helper()
	rows, _ := db.Query(context.Background(), "SELECT market_id, seq, batch_id, tx_hash FROM fills WHERE settlement_state = 'settled'")
	var mkt, seq, batch int64
	var tx []byte
	n := 0
	b.mu.Lock()
	defer b.mu.Unlock()
	if _, err := pgx.ForEachRow(rows, []any{&mkt, &seq, &batch, &tx}, func() error {
		n++
		want, ok := b.m[uint64(batch)]
		if !ok {
			return fmt.Errorf("fill %d/%d: batch %d was never reported final", mkt, seq, batch)
		}
		if !bytes.Equal(tx, want[:]) {
			return fmt.Errorf("fill %d/%d of batch %d: tx_hash %x, the batch's transaction is %s", mkt, seq, batch, tx, want)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if n == 0 || len(b.m) < 2 {
		t.Fatalf("%d settled fills in %d batches: too few to show anything", n, len(b.m))
	}
	t.Logf("%d settled fills in %d batches, each with its batch's transaction", n, len(b.m))
}

// TestStoreRecordsSettleTx: on a real run (the embedded chain, PostgreSQL)
// every settled fill in the history carries the hash of the transaction
// that settled its batch.
func TestStoreRecordsSettleTx(t *testing.T) {
	dbURL := testsvc.Postgres(t)
	txs := &batchTxs{m: map[uint64]common.Hash{}}
	d := startDemo(t, node.Config{DatabaseURL: dbURL, BatchFills: 50, BatchDelay: 100 * time.Millisecond, Settled: txs.observe},
		demoOptions{BotRate: 2000, BotCommands: 2000})
	d.waitBots(t, 2*time.Minute)
	db := connect(t, dbURL)
	waitHistorySettled(t, db, d.Info)
	txs.check(t, db)

	// The gateway's /metrics says PostgreSQL is reachable.
	resp, err := http.Get("http://" + d.Gateway + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if want := `hourglass_dependency_up{dependency="postgres"} 1`; !strings.Contains(string(body), want) {
		t.Errorf("/metrics lacks %q", want)
	}
}

// TestStoreDownAtStart: with PostgreSQL down, the node does not start, and
// says why at once.
func TestStoreDownAtStart(t *testing.T) {
	srv := testsvc.StartPostgres(t)
	url := srv.URL
	srv.Stop()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	start := time.Now()
	err := node.Run(ctx, node.Config{Addr: "127.0.0.1:0", Dir: t.TempDir(), DatabaseURL: url})
	if err == nil || !strings.Contains(err.Error(), "does not answer") {
		t.Fatalf("a node with PostgreSQL down: %v, want a connection error", err)
	}
	if took := time.Since(start); took > 15*time.Second {
		t.Errorf("refused after %v", took)
	}
	t.Logf("refused: %v", err)
}

// capturedLog is a slog handler that keeps every record's level and
// message.
type capturedLog struct {
	mu    sync.Mutex
	lines []string
}

func (l *capturedLog) Enabled(_ context.Context, lv slog.Level) bool { return lv >= slog.LevelInfo } // an operator's level
func (l *capturedLog) Handle(_ context.Context, r slog.Record) error {
	l.mu.Lock()
	l.lines = append(l.lines, r.Level.String()+" "+r.Message)
	l.mu.Unlock()
	return nil
}
func (l *capturedLog) WithAttrs([]slog.Attr) slog.Handler { return l }
func (l *capturedLog) WithGroup(string) slog.Handler      { return l }

func (l *capturedLog) len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.lines)
}

// matching returns the lines from the from'th on that contain any of subs.
func (l *capturedLog) matching(from int, subs ...string) []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []string
	for _, s := range l.lines[from:] {
		for _, sub := range subs {
			if strings.Contains(s, sub) {
				out = append(out, s)
				break
			}
		}
	}
	return out
}

// metric reads one sample line's value from the gateway's /metrics.
func metric(t *testing.T, gw, series string) string {
	t.Helper()
	resp, err := http.Get("http://" + gw + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	for _, line := range strings.Split(string(body), "\n") {
		if v, ok := strings.CutPrefix(line, series+" "); ok {
			return v
		}
	}
	return ""
}

// TestStoreOutageMidRun: PostgreSQL stopped while the demo's bots trade
// and started again seconds later. The exchange trades on; the log says
// once that PostgreSQL is gone (ERROR) and once that it is back (INFO);
// /metrics shows the dependency down, then up; and afterwards the history
// equals what the engine applied, with no gap and nothing twice, every
// settled fill with its transaction.
func TestStoreOutageMidRun(t *testing.T) {
	srv := testsvc.StartPostgres(t)
	dbURL := srv.URL
	logs := &capturedLog{}
	rec := &engineRecord{orders: map[uint64]string{}, fills: map[string]bool{}}
	txs := &batchTxs{m: map[uint64]common.Hash{}}
	d := startDemo(t, node.Config{DatabaseURL: dbURL, BatchFills: 50, BatchDelay: 100 * time.Millisecond,
		Logger: slog.New(logs), OnApply: rec.onApply, Settled: txs.observe}, demoOptions{BotRate: 500, BotCommands: 4000})
	const up = `hourglass_dependency_up{dependency="postgres"}`
	if v := metric(t, d.Gateway, up); v != "1" {
		t.Fatalf("%s %q before the outage", up, v)
	}
	time.Sleep(time.Second) // trading
	var before uint64
	d.Seq.Query(func(e exchange.View) { before = e.LastSeq() })
	mark := logs.len()
	srv.Stop()
	testsvc.CheckFor(t, 30*time.Second, 50*time.Millisecond, func() error {
		if v := metric(t, d.Gateway, up); v != "0" {
			return fmt.Errorf("%s %q with PostgreSQL down", up, v)
		}
		return nil
	})
	time.Sleep(3 * time.Second) // an outage of several retries
	var during uint64
	d.Seq.Query(func(e exchange.View) { during = e.LastSeq() })
	if during <= before {
		t.Errorf("the exchange stopped with PostgreSQL: journal at %d before the outage, %d during", before, during)
	}
	srv.Start()
	d.waitBots(t, 2*time.Minute)
	db := connect(t, dbURL)
	waitHistorySettled(t, db, d.Info)
	if v := metric(t, d.Gateway, up); v != "1" {
		t.Errorf("%s %q after the outage", up, v)
	}

	ctx := context.Background()
	var orders, dups int
	if err := db.QueryRow(ctx, `SELECT count(*), count(*) - count(DISTINCT (market_id, order_id)) FROM orders`).Scan(&orders, &dups); err != nil {
		t.Fatal(err)
	}
	var fills int
	if err := db.QueryRow(ctx, `SELECT count(*) FROM fills`).Scan(&fills); err != nil {
		t.Fatal(err)
	}
	rec.mu.Lock()
	if dups != 0 || orders != len(rec.orders) || fills != len(rec.fills) {
		t.Errorf("the history holds %d orders (%d ids twice) and %d fills, the engine applied %d orders and %d fills",
			orders, dups, fills, len(rec.orders), len(rec.fills))
	}
	rec.mu.Unlock()
	txs.check(t, db)

	said := logs.matching(mark, "store", "PostgreSQL", "postgres", "history")
	if n := len(logs.matching(mark, "ERROR postgres: not answering")); n != 1 {
		t.Errorf("%d ERROR lines for the outage, want 1", n)
	}
	if n := len(logs.matching(mark, "INFO postgres: answering again")); n != 1 {
		t.Errorf("%d INFO lines for the recovery, want 1", n)
	}
	if len(said) > 3 {
		t.Errorf("%d log lines about the store for one outage, want at most 3:\n%s", len(said), strings.Join(said, "\n"))
	}
	if errs := logs.matching(0, "ERROR"); len(errs) != 1 {
		t.Errorf("%d ERROR lines in all, want the outage's one:\n%s", len(errs), strings.Join(errs, "\n"))
	}
	t.Logf("journal at %d before the outage, %d during; %d orders, %d fills; the store said:\n%s",
		before, during, orders, fills, strings.Join(said, "\n"))
}

// TestStoreAheadOfJournal: a journal cut short (here: removed, its id
// kept) beside a database that holds more of it is refused, naming both
// positions, instead of having its next commands skipped as written.
func TestStoreAheadOfJournal(t *testing.T) {
	dbURL := testsvc.Postgres(t)
	dir := t.TempDir()
	cfg := node.Config{DatabaseURL: dbURL, Dir: dir}
	withDemo(t, &cfg, 0)
	n := runNode(t, cfg)
	db := connect(t, dbURL)
	waitHistory(t, db, n.Info)
	if err := n.stop(); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"journal", "snapshots"} {
		if err := os.RemoveAll(filepath.Join(dir, p)); err != nil {
			t.Fatal(err)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cfg.Addr = "127.0.0.1:0"
	err := node.Run(ctx, cfg)
	if err == nil || !strings.Contains(err.Error(), "the journal in "+dir+" ends at 0") {
		t.Fatalf("a journal behind its database: %v", err)
	}
	t.Logf("refused: %v", err)
}
