package node_test

import (
	"bufio"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"net"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5"

	"github.com/hourglass-exchange/hourglass/api/client"
	"github.com/hourglass-exchange/hourglass/api/marketdata"
	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/contracts/deploy"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/journal"
	"github.com/hourglass-exchange/hourglass/internal/node"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
	"github.com/hourglass-exchange/hourglass/sim"
)

// The restart campaign's operator runs in a child process (the test binary
// again, with campaignChildEnv set to its configuration), so that the
// campaign can kill it as a crash would.
const campaignChildEnv = "HOURGLASS_CAMPAIGN_CHILD"

type campaignConfig struct {
	Addr, Dir, DatabaseURL, RedisURL, RPCURL string
	Key                                      string // the deployer's, hex
	Start                                    int64  // the demo world's start, unix seconds
}

// runCampaignChild runs the operator as hourglass serve would against
// PostgreSQL, Redis and geth, prints "ready" once it serves and a status
// line every 200ms, and stops cleanly on SIGTERM.
func runCampaignChild() {
	var cfg campaignConfig
	fail := func(err error) { fmt.Println("error", err); os.Exit(3) }
	if err := json.Unmarshal([]byte(os.Getenv(campaignChildEnv)), &cfg); err != nil {
		fail(err)
	}
	key, err := crypto.HexToECDSA(cfg.Key)
	if err != nil {
		fail(err)
	}
	w, err := sim.NewWorld(time.Unix(cfg.Start, 0), demoBots, 0)
	if err != nil {
		fail(err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	err = node.Run(ctx, node.Config{Addr: cfg.Addr, Dir: cfg.Dir, DatabaseURL: cfg.DatabaseURL, RedisURL: cfg.RedisURL,
		RPCURL: cfg.RPCURL, DeployerKey: key, Markets: w.Specs, Fund: w.Accounts(), OrderRate: 200, MessageRate: 200, SignInRate: 100,
		Logger: slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo})),
		Ready: func(in node.Info) {
			fmt.Println("ready")
			go func() {
				for ctx.Err() == nil {
					in.Seq.Query(func(e exchange.View) {
						fmt.Printf("status pending=%d unbatched=%d lastseq=%d\n", e.PendingCount(), e.UnbatchedCount(), e.LastSeq())
					})
					time.Sleep(200 * time.Millisecond)
				}
			}()
		}})
	if err != nil {
		fail(err)
	}
	fmt.Println("stopped")
}

// operatorProc is the campaign's operator: a child process it can stop,
// kill and start again on the same directory and address.
type operatorProc struct {
	t    *testing.T
	cfg  campaignConfig
	logf *os.File // its stderr, all runs

	mu     sync.Mutex
	cmd    *exec.Cmd
	exited chan struct{}
	ready  chan struct{}
	status string // the last status line
	errs   []string
	starts int
}

func (p *operatorProc) start() {
	t := p.t
	t.Helper()
	cj, _ := json.Marshal(p.cfg)
	cmd := exec.Command(os.Args[0], "-test.run", "^$")
	cmd.Env = append(os.Environ(), campaignChildEnv+"="+string(cj))
	cmd.Stderr = p.logf
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited, ready := make(chan struct{}), make(chan struct{})
	p.mu.Lock()
	p.cmd, p.exited, p.ready = cmd, exited, ready
	p.starts++
	p.mu.Unlock()
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			line := sc.Text()
			p.mu.Lock()
			switch {
			case line == "ready":
				close(ready)
			case strings.HasPrefix(line, "status "):
				p.status = line
			case strings.HasPrefix(line, "error "):
				p.errs = append(p.errs, line)
			}
			p.mu.Unlock()
		}
		_ = cmd.Wait()
		close(exited)
	}()
	select {
	case <-ready:
	case <-exited:
		p.mu.Lock()
		defer p.mu.Unlock()
		t.Fatalf("operator start %d exited before it was ready: %v\n%s", p.starts, p.errs, p.logTail())
	case <-time.After(3 * time.Minute):
		t.Fatalf("operator start %d not ready after 3 minutes\n%s", p.starts, p.logTail())
	}
}

// stop ends the operator: SIGKILL (a crash) or SIGTERM (a clean stop,
// which must end within a minute).
func (p *operatorProc) stop(kill bool) {
	p.t.Helper()
	p.mu.Lock()
	cmd, exited := p.cmd, p.exited
	p.cmd = nil
	p.mu.Unlock()
	if cmd == nil {
		return
	}
	sig := syscall.SIGTERM
	if kill {
		sig = syscall.SIGKILL
	}
	_ = cmd.Process.Signal(sig)
	select {
	case <-exited:
	case <-time.After(time.Minute):
		_ = cmd.Process.Kill()
		<-exited
		p.t.Errorf("the operator did not stop within a minute of SIGTERM")
	}
	if !kill && cmd.ProcessState != nil && cmd.ProcessState.ExitCode() != 0 {
		p.t.Errorf("the operator exited with %d after SIGTERM: %v", cmd.ProcessState.ExitCode(), p.errs)
	}
}

// logTail is the end of the operator's log.
func (p *operatorProc) logTail() string {
	b, _ := os.ReadFile(p.logf.Name())
	if len(b) > 6000 {
		b = b[len(b)-6000:]
	}
	return string(b)
}

// statusField reads a number from the operator's last status line.
func (p *operatorProc) statusField(name string) (uint64, bool) {
	p.mu.Lock()
	s := p.status
	p.mu.Unlock()
	for _, f := range strings.Fields(s) {
		if v, ok := strings.CutPrefix(f, name+"="); ok {
			n, err := strconv.ParseUint(v, 10, 64)
			return n, err == nil
		}
	}
	return 0, false
}

// bookWatcher is a client that follows every market's book through all
// the campaign's outages, reconnecting whenever the gateway goes away, and
// keeps its own copy of each book to check what the gateway sends.
type bookWatcher struct {
	mu         sync.Mutex
	books      map[string]*marketdata.Book
	last       map[string]uint64
	backwards  []string
	mismatched map[string]time.Time // unrecovered mismatches, by market
	late       []string             // mismatches recovered late or never
	mismatches int
	snapshots  int
	updates    int
	connects   int
}

func (w *bookWatcher) run(ctx context.Context, gw string) {
	for ctx.Err() == nil {
		w.follow(ctx, gw)
		select {
		case <-ctx.Done():
		case <-time.After(200 * time.Millisecond):
		}
	}
}

func (w *bookWatcher) follow(ctx context.Context, gw string) {
	c, err := client.DialGateway(ctx, gw)
	if err != nil {
		return
	}
	defer c.Close()
	ms, err := c.REST().Markets(ctx)
	if err != nil || len(ms) == 0 {
		return
	}
	w.mu.Lock()
	w.connects++
	for _, m := range ms {
		w.books[m.Symbol] = marketdata.NewBook(0)
	}
	w.mu.Unlock()
	for _, m := range ms {
		if err := c.Subscribe(ctx, client.SubscribeParams{Channel: "book", Markets: []string{m.Symbol}}, w.observe); err != nil {
			return
		}
	}
	select {
	case <-ctx.Done():
	case <-c.Done():
	}
}

func (w *bookWatcher) observe(ev *client.Event) {
	w.mu.Lock()
	defer w.mu.Unlock()
	now := time.Now()
	if ev.Seq < w.last[ev.Market] {
		w.backwards = append(w.backwards, fmt.Sprintf("%s: %s seq %d after %d", ev.Market, ev.Type, ev.Seq, w.last[ev.Market]))
	}
	w.last[ev.Market] = max(w.last[ev.Market], ev.Seq)
	if ev.Type == "snapshot" {
		w.snapshots++
	} else {
		w.updates++
	}
	err := w.books[ev.Market].ApplyEnvelope(&ev.Envelope)
	if err != nil && !errors.Is(err, marketdata.ErrNotSynced) {
		w.mismatches++
		if _, open := w.mismatched[ev.Market]; !open {
			w.mismatched[ev.Market] = now
		}
		return
	}
	if since, open := w.mismatched[ev.Market]; open && err == nil && ev.Type == "snapshot" {
		if d := now.Sub(since); d > 10*time.Second {
			w.late = append(w.late, fmt.Sprintf("%s: recovered after %s", ev.Market, d.Round(time.Millisecond)))
		}
		delete(w.mismatched, ev.Market)
	}
}

// campaignRounds is how many times the campaign restarts each component:
// HOURGLASS_CAMPAIGN_ROUNDS or 20.
func campaignRounds(t *testing.T) int {
	if s := os.Getenv("HOURGLASS_CAMPAIGN_ROUNDS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			t.Fatalf("HOURGLASS_CAMPAIGN_ROUNDS=%q", s)
		}
		return n
	}
	return 20
}

func freeAddr(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// TestRestartCampaign runs the operator with PostgreSQL, Redis and geth
// --dev under the demo's bots, and restarts or kills each of the four at
// random moments HOURGLASS_CAMPAIGN_ROUNDS times (default 20). Afterwards
// every fill the engine matched is settled or skipped with a reason
// exactly once, the history store holds exactly the engine's fills with
// their outcomes, the chain's batches agree with both, and a client that
// followed the books throughout saw no sequence number go backwards and
// no checksum mismatch that a snapshot did not repair within 10 s.
func TestRestartCampaign(t *testing.T) {
	if testing.Short() {
		t.Skip("the restart campaign takes minutes")
	}
	rounds := campaignRounds(t)
	seed := uint64(time.Now().UnixNano())
	if s := os.Getenv("HOURGLASS_CAMPAIGN_SEED"); s != "" {
		seed, _ = strconv.ParseUint(s, 10, 64)
	}
	t.Logf("seed %d (HOURGLASS_CAMPAIGN_SEED), %d rounds", seed, rounds)
	rng := rand.New(rand.NewPCG(seed, 12))

	pg := testsvc.StartPostgres(t)
	rd := testsvc.StartRedis(t, true)
	geth := testsvc.StartGethCrashSafe(t) // a default geth --dev killed before a clean stop comes back at its genesis, stuck
	start := time.Now()
	w, err := sim.NewWorld(start, demoBots, 0)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	logf, err := os.Create(filepath.Join(t.TempDir(), "operator.log"))
	if err != nil {
		t.Fatal(err)
	}
	defer logf.Close()
	op := &operatorProc{t: t, logf: logf, cfg: campaignConfig{Addr: freeAddr(t), Dir: dir, DatabaseURL: pg.URL,
		RedisURL: rd.URL, RPCURL: geth.WS, Key: hex.EncodeToString(crypto.FromECDSA(geth.Key)), Start: start.Unix()}}
	op.start()
	defer op.stop(true)
	t.Cleanup(func() {
		if !t.Failed() {
			return
		}
		// The logs outlive the test's folders, for a look at what failed.
		keep, err := os.MkdirTemp("", fmt.Sprintf("hourglass-campaign-%d-", seed))
		if err == nil {
			for _, f := range []string{logf.Name(), geth.LogFile()} {
				if b, err := os.ReadFile(f); err == nil {
					_ = os.WriteFile(filepath.Join(keep, filepath.Base(f)), b, 0o644)
				}
			}
		}
		t.Logf("the operator's log ends (it and geth's are kept in %s):\n%s", keep, op.logTail())
	})
	gw := "http://" + op.cfg.Addr

	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	defer func() { cancel(); wg.Wait() }()
	var botRuns int
	wg.Add(1)
	go func() { // the demo's bots, again after every outage of the gateway
		defer wg.Done()
		for ctx.Err() == nil {
			b := w.Bots(gw)
			b.Rate = 100
			_ = b.Run(ctx)
			botRuns++
			select {
			case <-ctx.Done():
			case <-time.After(300 * time.Millisecond):
			}
		}
	}()
	watch := &bookWatcher{books: map[string]*marketdata.Book{}, last: map[string]uint64{}, mismatched: map[string]time.Time{}}
	wg.Add(1)
	go func() { defer wg.Done(); watch.run(ctx, gw) }()

	// Each component restarted rounds times, in a random order, at random
	// moments, half of them crashes.
	events := make([]string, 0, 4*rounds)
	for _, c := range []string{"postgres", "redis", "geth", "operator"} {
		for range rounds {
			events = append(events, c)
		}
	}
	rng.Shuffle(len(events), func(i, j int) { events[i], events[j] = events[j], events[i] })
	time.Sleep(5 * time.Second) // trading under way
	for i, c := range events {
		time.Sleep(time.Duration(500+rng.IntN(2500)) * time.Millisecond)
		kill := rng.IntN(2) == 0
		down := time.Duration(100+rng.IntN(1900)) * time.Millisecond
		t.Logf("event %d/%d: %s, kill=%v, down %s", i+1, len(events), c, kill, down)
		switch c {
		case "postgres":
			if kill {
				pg.Kill()
			} else {
				pg.Stop()
			}
			time.Sleep(down)
			pg.Start()
		case "redis":
			if kill {
				rd.Kill()
			} else {
				rd.Stop()
			}
			time.Sleep(down)
			rd.Start()
		case "geth":
			if kill {
				geth.Kill()
				time.Sleep(down)
			}
			geth.Restart()
		case "operator":
			op.stop(kill)
			time.Sleep(down)
			op.start()
		}
	}
	time.Sleep(5 * time.Second)
	cancel()
	wg.Wait()

	// Everything matched reaches the chain and comes back final.
	testsvc.CheckFor(t, 5*time.Minute, 200*time.Millisecond, func() error {
		pending, ok1 := op.statusField("pending")
		unbatched, ok2 := op.statusField("unbatched")
		if !ok1 || !ok2 || pending > 0 || unbatched > 0 {
			return fmt.Errorf("operator: %d fills pending, %d not in a batch", pending, unbatched)
		}
		return nil
	})
	last, _ := op.statusField("lastseq")
	op.stop(false)
	t.Logf("%d operator starts, %d bot runs, the watcher connected %d times: %d snapshots, %d updates, %d mismatches; %d commands",
		op.starts, botRuns, watch.connects, watch.snapshots, watch.updates, watch.mismatches, last)

	rec := journalFills(t, dir)
	checkStore(t, pg.URL, rec)
	checkChainBatches(t, geth.RPC, dir, rec)

	watch.mu.Lock()
	defer watch.mu.Unlock()
	if len(watch.backwards) > 0 {
		t.Errorf("%d book messages went backwards, e.g. %q", len(watch.backwards), watch.backwards[:min(5, len(watch.backwards))])
	}
	if len(watch.late) > 0 || len(watch.mismatched) > 0 {
		t.Errorf("checksum mismatches not repaired by a snapshot within 10s: %q, still open at the end: %v", watch.late, watch.mismatched)
	}
	if watch.updates == 0 || watch.connects < 2 {
		t.Errorf("the watcher saw %d updates over %d connections", watch.updates, watch.connects)
	}
}

// fillRecord is what the engine's journal says of one fill.
type fillRecord struct {
	finals  int // EvSettled and EvReverted about it
	settled bool
	result  uint8
	batch   uint64
}

// journalFills replays the whole journal in dir on a fresh engine and
// returns every fill it matched with its outcomes. It fails the test if a
// fill has no outcome or more than one.
func journalFills(t *testing.T, dir string) map[exchange.FillID]*fillRecord {
	t.Helper()
	j, err := journal.Open(filepath.Join(dir, "journal"), journal.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	if j.FirstSeq() > 1 {
		t.Fatalf("the journal starts at command %d: the campaign needs it whole", j.FirstSeq())
	}
	e := exchange.New(node.EngineConfig())
	fills := map[exchange.FillID]*fillRecord{}
	var c exchange.Command
	err = j.Replay(1, func(seq uint64, payload []byte) error {
		if err := exchange.DecodeCommand(payload, &c); err != nil {
			return err
		}
		for _, ev := range e.Apply(&c) {
			switch ev.Kind {
			case exchange.EvFill:
				id, _ := ev.FillOf()
				fills[id] = &fillRecord{}
			case exchange.EvSettled, exchange.EvReverted:
				id, _ := ev.FillOf()
				f := fills[id]
				if f == nil {
					return fmt.Errorf("command %d: an outcome of fill %v, which the engine never matched", seq, id)
				}
				f.finals++
				f.settled, f.result, f.batch = ev.Kind == exchange.EvSettled, ev.Result, ev.Batch
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var none, twice int
	for id, f := range fills {
		switch {
		case f.finals == 0:
			none++
		case f.finals > 1:
			twice++
			t.Logf("fill %v: %d outcomes", id, f.finals)
		}
	}
	if len(fills) == 0 || none > 0 || twice > 0 {
		t.Errorf("engine: %d fills, %d without an outcome, %d with more than one", len(fills), none, twice)
	}
	return fills
}

// checkStore compares the history store's fills with the engine's.
func checkStore(t *testing.T, url string, rec map[exchange.FillID]*fillRecord) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	rows, err := conn.Query(ctx, `SELECT market_id, seq, settlement_state, state_reason, batch_id, tx_hash FROM fills`)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[exchange.FillID]bool{}
	var missingHash, extra, wrong int
	for rows.Next() {
		var (
			market, seq int64
			state       string
			reason      *string
			batch       *int64
			hash        []byte
		)
		if err := rows.Scan(&market, &seq, &state, &reason, &batch, &hash); err != nil {
			t.Fatal(err)
		}
		id := exchange.FillID{Market: exchange.MarketID(market), Seq: uint64(seq)}
		seen[id] = true
		f := rec[id]
		if f == nil {
			extra++
			continue
		}
		want := "reverted"
		if f.settled {
			want = "settled"
		}
		if state != want || batch == nil || uint64(*batch) != f.batch || (!f.settled && (reason == nil || *reason == "")) {
			if wrong < 5 {
				t.Logf("store fill %v: state %s reason %v batch %v, engine %+v", id, state, reason, batch, *f)
			}
			wrong++
		}
		if len(hash) != 32 {
			missingHash++
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	missing := 0
	for id := range rec {
		if !seen[id] {
			missing++
		}
	}
	settled := 0
	for _, f := range rec {
		if f.settled {
			settled++
		}
	}
	t.Logf("the engine matched %d fills: %d settled, %d skipped; the history store holds %d rows", len(rec), settled, len(rec)-settled, len(seen))
	if missing+extra+wrong+missingHash > 0 {
		t.Errorf("history store against the engine's %d fills: %d missing, %d the engine never matched, %d with another outcome, %d without the settlement's tx_hash",
			len(rec), missing, extra, wrong, missingHash)
	}
	var dup int
	if err := conn.QueryRow(ctx, `SELECT count(*) FROM (SELECT market_id, order_id FROM orders WHERE status <> 'rejected'
		GROUP BY market_id, order_id HAVING count(*) > 1) d`).Scan(&dup); err != nil {
		t.Fatal(err)
	}
	if dup > 0 {
		t.Errorf("history store: %d (market, order_id) pairs name more than one order", dup)
	}
}

// checkChainBatches compares the Exchange's BatchSettled events with the
// engine's outcomes, batch by batch.
func checkChainBatches(t *testing.T, rpcURL, dir string, rec map[exchange.FillID]*fillRecord) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var d deploy.Contracts
	b, err := os.ReadFile(filepath.Join(dir, "contracts.json"))
	if err == nil {
		err = json.Unmarshal(b, &d)
	}
	if err != nil {
		t.Fatal(err)
	}
	cl, err := ethclient.DialContext(ctx, rpcURL)
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	ex := bindings.NewExchange()
	logs, err := cl.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{d.Exchange}, FromBlock: big.NewInt(0)})
	if err != nil {
		t.Fatal(err)
	}
	type counts struct{ settled, skipped int }
	chain, engine := map[uint64]counts{}, map[uint64]counts{}
	for i := range logs {
		ev, err := ex.UnpackBatchSettledEvent(&logs[i])
		if err != nil {
			continue
		}
		if _, dup := chain[ev.BatchId]; dup {
			t.Errorf("batch %d settled twice on chain", ev.BatchId)
		}
		chain[ev.BatchId] = counts{int(ev.Settled.Int64()), int(ev.Skipped.Int64())}
	}
	for _, f := range rec {
		c := engine[f.batch]
		if f.settled {
			c.settled++
		} else {
			c.skipped++
		}
		engine[f.batch] = c
	}
	for b, c := range engine {
		if b == 0 {
			continue // skipped by the operator, never sent
		}
		if chain[b] != c {
			t.Errorf("batch %d: chain %+v, engine %+v", b, chain[b], c)
		}
	}
	for b := range chain {
		if _, ok := engine[b]; !ok {
			t.Errorf("batch %d is on chain but the engine has no fill in it", b)
		}
	}
}
