package settlement_test

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/hourglass-exchange/hourglass/contracts/gasbench"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/exchange/sequencer"
	"github.com/hourglass-exchange/hourglass/exchange/settlement"
	"github.com/hourglass-exchange/hourglass/internal/evm/devchain"
	"github.com/hourglass-exchange/hourglass/internal/evm/txsend"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

const (
	cash  = exchange.AssetID(0)
	token = exchange.AssetID(1)
)

// world is a simulated chain with the contracts, funded traders, and an
// engine behind a journal in dir, with the settlement pipeline between
// them; blocks are mined every few milliseconds.
type world struct {
	t      *testing.T
	env    *gasbench.Env
	keys   []gasbench.Key
	spec   exchange.MarketSpec
	dir    string
	seq    *sequencer.Sequencer
	sender *txsend.Sender
	pipe   *settlement.Pipeline
	stop   context.CancelFunc
	wg     sync.WaitGroup
	runErr error

	maxFills int
	// stallAfter is Config.StallAfter (0: the default).
	stallAfter time.Duration
	// observe, if set, sees every BatchEvent too.
	observe func(settlement.BatchEvent)
	// wrap, if set, stands between the pipeline and the sender.
	wrap func(*txsend.Sender) settlement.Sender
	// vault is Config.Vault (zero: not watched).
	vault common.Address

	miner   *devchain.Miner
	batches chan settlement.BatchEvent
}

const (
	cashEach   = 1_000_000_000
	tokensEach = 1_000
)

func newWorld(t *testing.T, traders int) *world {
	t.Helper()
	env, err := gasbench.NewEnv(gasbench.FirstTrader+1, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { env.Close() })
	// Trader 0 is a funded chain account, able to send transactions.
	keys := append([]gasbench.Key{env.FundedKey(gasbench.FirstTrader)}, env.NewKeys(traders-1)...)
	w := &world{t: t, env: env, keys: keys, dir: t.TempDir(), maxFills: 7, batches: make(chan settlement.BatchEvent, 1024)}
	addrs := make([]common.Address, traders)
	for i, k := range w.keys {
		addrs[i] = k.Addr
	}
	if err := env.FundCash(addrs, big.NewInt(cashEach)); err != nil {
		t.Fatal(err)
	}
	if err := env.FundTokens(addrs, env.Market, big.NewInt(tokensEach)); err != nil {
		t.Fatal(err)
	}
	var id instrument.ID
	env.Market.FillBytes(id[:])
	w.spec = exchange.MarketSpec{Instrument: id, Symbol: "H100SXM-US-T1-2027-01-04+168h", BaseAsset: token, QuoteAsset: cash,
		TickSize: 100, LotSize: 1, MinNotional: 1, MaxPrice: 1 << 30, MaxQty: 1 << 20, MakerFeeBps: 2, TakerFeeBps: 5}
	// The miner: blocks every few milliseconds from here on.
	w.miner = devchain.MineEvery(env.Chain, 5*time.Millisecond)
	t.Cleanup(w.miner.Stop)
	return w
}

// start opens the journal in w.dir and starts the pipeline.
func (w *world) start(fresh bool) {
	t := w.t
	t.Helper()
	var err error
	if w.seq, err = sequencer.Open(sequencer.Options{Dir: w.dir, NoSync: true}); err != nil {
		t.Fatal(err)
	}
	if fresh {
		w.submit(exchange.Command{Kind: exchange.CmdAddMarket, Spec: &w.spec})
	}
	ctx, cancel := context.WithCancel(context.Background())
	w.stop = cancel
	if w.sender, err = txsend.New(ctx, txsend.Config{Node: w.env.Chain.Client, Key: w.env.Chain.Keys[gasbench.Operator],
		Journal: mustJournal(t, w.dir), PollInterval: 5 * time.Millisecond, Logger: testLogger(t)}); err != nil {
		t.Fatal(err)
	}
	var sender settlement.Sender = w.sender
	if w.wrap != nil {
		sender = w.wrap(w.sender)
	}
	w.pipe, err = settlement.New(settlement.Config{Engine: w.seq, Sender: sender, Chain: w.env.Chain.Client,
		Exchange: w.env.Exchange, Vault: w.vault, Confirmations: 3, MaxFills: w.maxFills, MaxDelay: 30 * time.Millisecond,
		PollInterval: 5 * time.Millisecond, Retry: 20 * time.Millisecond, Logger: testLogger(t),
		GuardInterval: 20 * time.Millisecond, StallLogEvery: time.Second, StallAfter: w.stallAfter,
		Observe: func(ev settlement.BatchEvent) {
			if w.observe != nil {
				w.observe(ev)
			}
			select {
			case w.batches <- ev:
			default:
			}
		}})
	if err != nil {
		t.Fatal(err)
	}
	w.wg.Add(1)
	go func() { defer w.wg.Done(); w.runErr = w.pipe.Run(ctx) }()
}

// halt stops the pipeline and closes the journal.
func (w *world) halt() {
	w.stop()
	w.wg.Wait()
	if w.runErr != nil {
		w.t.Fatalf("pipeline: %v", w.runErr)
	}
	w.sender.Close()
	w.seq.Close()
}

// testLogger logs through t.Log.
func testLogger(t *testing.T) *slog.Logger {
	return slog.New(slog.NewTextHandler(tWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

type tWriter struct{ t *testing.T }

func (w tWriter) Write(b []byte) (int, error) { w.t.Log(string(b)); return len(b), nil }

func mustJournal(t *testing.T, dir string) txsend.Journal {
	j, err := txsend.OpenFileJournal(dir + "/txsend.journal")
	if err != nil {
		t.Fatal(err)
	}
	return j
}

func (w *world) submit(c exchange.Command) []exchange.Event {
	w.t.Helper()
	done := make(chan []exchange.Event, 1)
	if err := w.seq.Submit(c, func(_ *exchange.Command, evs []exchange.Event) {
		done <- append([]exchange.Event(nil), evs...)
	}); err != nil {
		w.t.Fatal(err)
	}
	return <-done
}

func (w *world) query(fn func(exchange.View)) {
	if err := w.seq.Query(fn); err != nil {
		w.t.Fatal(err)
	}
}

// waitFor polls cond on the engine until it holds.
func (w *world) waitFor(what string, cond func(exchange.View) bool) {
	w.t.Helper()
	testsvc.CheckFor(w.t, 60*time.Second, 5*time.Millisecond, func() error {
		ok := false
		w.query(func(e exchange.View) { ok = cond(e) })
		if !ok {
			return fmt.Errorf("waiting for %s", what)
		}
		return nil
	})
}

// funded waits until the engine holds every trader's deposits.
func (w *world) funded() []exchange.AccountID {
	ids := make([]exchange.AccountID, len(w.keys))
	w.waitFor("deposits", func(e exchange.View) bool {
		for i, k := range w.keys {
			a, ok := e.AccountByAddress(k.Addr)
			if !ok {
				return false
			}
			c, ch := e.Balance(a, cash)
			tk, th := e.Balance(a, token)
			if c+ch == 0 || tk+th == 0 {
				return false
			}
			ids[i] = a
		}
		return true
	})
	return ids
}

// trade places n random signed orders around one price from the traders
// (those of ids, the first of w.keys).
func (w *world) trade(rng *rand.Rand, ids []exchange.AccountID, n int, nonce *uint64) {
	w.t.Helper()
	for range n {
		i := rng.IntN(len(ids))
		side := exchange.Side(rng.IntN(2))
		price := int64(25_000 + rng.IntN(21) - 10)
		*nonce++
		c := exchange.Command{Kind: exchange.CmdPlace, Account: ids[i], Market: 0, Side: side, TIF: exchange.GTC,
			Price: price, Qty: int64(1 + rng.IntN(5)), MaxFeeBps: 10, Nonce: *nonce, STP: exchange.STPCancelNewest}
		c, err := settlement.SignPlace(w.keys[i].Priv, w.env.Domain, w.spec, c)
		if err != nil {
			w.t.Fatal(err)
		}
		w.submit(c)
	}
}

// settled waits until every fill is resolved, then checks that the chain
// settled every batch the engine closed and that every trader's balances
// on chain equal the engine's.
func (w *world) settled(ids []exchange.AccountID) (fills int) {
	t := w.t
	t.Helper()
	w.waitFor("every fill settled", func(e exchange.View) bool { return e.PendingCount() == 0 })
	var next uint64
	w.query(func(e exchange.View) { next = e.NextBatch() })
	last, err := bindCallLastBatch(w)
	if err != nil {
		t.Fatal(err)
	}
	if last != next-1 {
		t.Fatalf("the contract settled %d batches, the engine closed %d", last, next-1)
	}
	for i, k := range w.keys {
		for _, a := range []struct {
			engine exchange.AssetID
			chain  *big.Int
		}{{cash, big.NewInt(0)}, {token, w.env.Market}} {
			onChain, err := w.env.Balance(k.Addr, a.chain)
			if err != nil {
				t.Fatal(err)
			}
			var avail, held int64
			w.query(func(e exchange.View) { avail, held = e.Balance(ids[i], a.engine) })
			if onChain.Int64() != avail+held {
				t.Errorf("trader %d asset %d: chain %s, engine %d + %d held", i, a.engine, onChain, avail, held)
			}
		}
	}
	return int(next - 1)
}

func bindCallLastBatch(w *world) (uint64, error) {
	out, err := w.env.Chain.Client.CallContract(context.Background(),
		ethereum.CallMsg{To: &w.env.Exchange, Data: w.env.ExB.PackLastBatchId()}, nil)
	if err != nil {
		return 0, err
	}
	return w.env.ExB.UnpackLastBatchId(out)
}

// TestPipelineSettlesEveryFill: signed orders matched by the engine are
// batched, sent and settled on the real contract; deposits reach the engine
// from the chain; a restart from the journal sends nothing twice.
func TestPipelineSettlesEveryFill(t *testing.T) {
	w := newWorld(t, 6)
	w.start(true)
	ids := w.funded()
	rng := rand.New(rand.NewPCG(1, 2))
	var nonce uint64
	w.trade(rng, ids, 120, &nonce)
	batches := w.settled(ids)
	if batches < 3 {
		t.Fatalf("only %d batches for the fills", batches)
	}
	// The state but the clocks: the chain's clock is new input with every
	// block the miner adds, and the pipeline journals it (CmdChainTime),
	// which moves the engine's time, its last sequence number and its chain
	// time (the snapshot's bytes 8 to 24, after the magic, and its last 8)
	// and nothing else.
	var hash [32]byte
	stateButClock := func(e exchange.View) [32]byte {
		s := e.Snapshot()
		return sha256.Sum256(append(append([]byte(nil), s[:8]...), s[24:len(s)-8]...))
	}
	w.query(func(e exchange.View) { hash = stateButClock(e) })
	w.halt()

	// Restart: the engine recovers from the journal, the watcher resumes at
	// its chain position, and nothing is applied or sent again.
	w.start(false)
	testsvc.CheckHolds(t, 300*time.Millisecond, 5*time.Millisecond, func() error {
		var after [32]byte
		w.query(func(e exchange.View) { after = stateButClock(e) })
		if after != hash {
			return errors.New("the restarted pipeline changed the engine without new input")
		}
		return nil
	})
	// And it goes on settling.
	w.trade(rng, ids, 40, &nonce)
	if w.settled(ids) <= batches {
		t.Fatal("no batch after the restart")
	}
	w.halt()
}

// mining turns the background miner on or off.
func (w *world) mining(on bool) { w.miner.Pause(!on) }

// commit mines one block.
func (w *world) commit() { w.env.Chain.Commit() }

// pending is the number of transactions in the node's pool.
func (w *world) pending() uint {
	n, err := w.env.Chain.Client.PendingTransactionCount(context.Background())
	if err != nil {
		w.t.Fatal(err)
	}
	return n
}

// settleLogs counts the settlement.BatchSettled logs of each batch id on the
// canonical chain.
func (w *world) settleLogs() map[uint64]int {
	w.t.Helper()
	logs, err := w.env.Chain.Client.FilterLogs(context.Background(), ethereum.FilterQuery{
		Addresses: []common.Address{w.env.Exchange}, Topics: settlement.ExchangeTopics()})
	if err != nil {
		w.t.Fatal(err)
	}
	n := map[uint64]int{}
	for _, l := range logs {
		if ev, err := settlement.Decode(l); err == nil {
			if b, ok := ev.(settlement.BatchSettled); ok {
				n[b.BatchID]++
			}
		}
	}
	return n
}

// displace replaces the operator's pooled transaction at the nonce it had
// at block head with a plain transfer paying more.
func (w *world) displace(head *types.Header) {
	t := w.t
	t.Helper()
	c := w.env.Chain.Client
	op := w.env.Chain.Addrs[gasbench.Operator]
	nonce, err := c.NonceAt(context.Background(), op, head.Number)
	if err != nil {
		t.Fatal(err)
	}
	fee := new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.GWei))
	tx, err := types.SignNewTx(w.env.Chain.Keys[gasbench.Operator], types.LatestSignerForChainID(w.env.Chain.ChainID),
		&types.DynamicFeeTx{ChainID: w.env.Chain.ChainID, Nonce: nonce, GasTipCap: fee, GasFeeCap: fee, Gas: 21000, To: &op})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.SendTransaction(context.Background(), tx); err != nil {
		t.Fatal(err)
	}
}

// TestPipelineReorg: a batch mined in a block that a reorg (the simulated
// backend's Fork) takes away before it is final is settled again on the
// new branch, and its result reaches the engine exactly once. The node
// puts the orphaned transaction back in its pool; in the "displaced" case
// another transaction of the operator's key takes its nonce first, so the
// pipeline must send the batch again itself.
func TestPipelineReorg(t *testing.T) {
	t.Run("reinjected", func(t *testing.T) { testReorg(t, false) })
	t.Run("displaced", func(t *testing.T) { testReorg(t, true) })
}

func testReorg(t *testing.T, displace bool) {
	w := newWorld(t, 4)
	w.maxFills = 100
	w.start(true)
	ids := w.funded()
	w.mining(false)
	rng := rand.New(rand.NewPCG(3, 4))
	var nonce uint64
	w.trade(rng, ids, 30, &nonce)
	// Wait until the pipeline has closed one batch of every fill and sent
	// it.
	w.waitFor("one batch of every fill", func(e exchange.View) bool {
		return e.PendingCount() > 0 && e.UnbatchedCount() == 0
	})
	testsvc.CheckFor(t, 30*time.Second, 5*time.Millisecond, func() error {
		if w.pending() == 0 {
			return errors.New("the batch was never sent")
		}
		return nil
	})
	head, err := w.env.Chain.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	before := w.settleLogs()
	var open uint64
	w.query(func(e exchange.View) { open, _ = e.OldestOpenBatch() })
	w.commit() // the batch's block
	if got := w.settleLogs(); got[open] != 1 {
		t.Fatalf("batch %d not mined: %v", open, got)
	}
	w.commit() // one confirmation on top; Confirmations is 3
	testsvc.CheckHolds(t, 50*time.Millisecond, 5*time.Millisecond, func() error {
		var resolved bool
		w.query(func(e exchange.View) { _, resolved = e.Batch(open); resolved = !resolved })
		if resolved {
			return errors.New("the batch was applied before it was final")
		}
		return nil
	})

	// The reorg: back to the block before the batch, and a longer branch.
	if err := w.env.Chain.Backend.Fork(head.Hash()); err != nil {
		t.Fatal(err)
	}
	if got := w.settleLogs(); got[open] != before[open] {
		t.Fatalf("after the fork the batch is still on the canonical chain: %v", got)
	}
	if displace {
		w.displace(head)
	}
	w.mining(true)
	w.settled(ids)
	if got := w.settleLogs(); got[open] != 1 {
		t.Fatalf("batch %d settled %d times on the canonical chain", open, got[open])
	}
	for id, n := range w.settleLogs() {
		if n != 1 {
			t.Errorf("batch %d settled %d times", id, n)
		}
	}
	w.halt()
}

// transact sends a call to the Exchange from trader 0 and waits until it is
// mined.
func (w *world) transact(data []byte) {
	w.t.Helper()
	tx, err := bind.Transact(w.env.ExchangeI, w.env.Chain.Opts(gasbench.FirstTrader), data)
	if err != nil {
		w.t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	rc, err := bind.WaitMined(ctx, w.env.Chain.Client, tx.Hash())
	if err != nil || rc.Status != types.ReceiptStatusSuccessful {
		w.t.Fatalf("transaction %s: %v (receipt %+v)", tx.Hash(), err, rc)
	}
}

// TestPipelineWithdrawalRequest: a withdrawal request confirmed on chain
// leaves the engine's available balance at once, cancelling the account's
// orders that held the cash it needs; a cancelled request credits it back.
func TestPipelineWithdrawalRequest(t *testing.T) {
	w := newWorld(t, 2)
	w.start(true)
	ids := w.funded()
	c, err := settlement.SignPlace(w.keys[0].Priv, w.env.Domain, w.spec, exchange.Command{Kind: exchange.CmdPlace,
		Account: ids[0], Side: exchange.Buy, TIF: exchange.GTC, Price: 25_000, Qty: 300, MaxFeeBps: 10, Nonce: 1})
	if err != nil {
		t.Fatal(err)
	}
	if evs := w.submit(c); evs[0].Kind != exchange.EvAccepted {
		t.Fatalf("order not accepted: %+v", evs[0])
	}
	const amount = 600_000_000
	w.transact(w.env.ExB.PackRequestWithdrawal(big.NewInt(0), big.NewInt(amount)))
	w.waitFor("the withdrawal request", func(e exchange.View) bool {
		avail, _ := e.Balance(ids[0], cash)
		return avail == cashEach-amount
	})
	w.query(func(e exchange.View) {
		if _, live := e.OrderByNonce(ids[0], 1); live {
			t.Error("the order holding the cash is still live")
		}
		if _, held := e.Balance(ids[0], cash); held != 0 {
			t.Errorf("%d still held", held)
		}
	})
	// On chain the request only earmarks the amount: it stays in the
	// balance (fills matched before it still settle) until paid.
	onChain, err := w.env.Balance(w.keys[0].Addr, big.NewInt(0))
	if err != nil || onChain.Int64() != cashEach {
		t.Fatalf("on chain %v (%v)", onChain, err)
	}
	if p, err := w.env.Pending(w.keys[0].Addr, big.NewInt(0)); err != nil || p.Amount.Int64() != amount {
		t.Fatalf("pending on chain %+v (%v)", p, err)
	}
	w.transact(w.env.ExB.PackCancelWithdrawal(big.NewInt(0)))
	w.waitFor("the cancelled withdrawal", func(e exchange.View) bool {
		avail, _ := e.Balance(ids[0], cash)
		return avail == cashEach
	})
	w.halt()
}

// TestPipelineWithdrawalAfterMatch: a fill matched before its buyer's
// withdrawal request of the whole balance reaches the chain still settles
// (the request only earmarks the balance), the withdrawal pays what is left
// after the delay, and the engine, which debited the whole request, ends
// where the chain does: the unpaid rest comes back as WithdrawalCancelled.
func TestPipelineWithdrawalAfterMatch(t *testing.T) {
	w := newWorld(t, 2)
	w.start(true)
	ids := w.funded()
	// The request and the settle of the fill matched before it reaches
	// the engine, in one block, the request first.
	w.mining(false)
	tx, err := bind.Transact(w.env.ExchangeI, w.env.Chain.Opts(gasbench.FirstTrader), w.env.ExB.PackRequestWithdrawal(big.NewInt(0), big.NewInt(cashEach)))
	if err != nil {
		t.Fatal(err)
	}
	for i, side := range []exchange.Side{exchange.Buy, exchange.Sell} {
		c, err := settlement.SignPlace(w.keys[i].Priv, w.env.Domain, w.spec, exchange.Command{Kind: exchange.CmdPlace,
			Account: ids[i], Side: side, TIF: exchange.GTC, Price: 25_000, Qty: 3, MaxFeeBps: 10, Nonce: 1})
		if err != nil {
			t.Fatal(err)
		}
		w.submit(c)
	}
	testsvc.CheckFor(t, 30*time.Second, 5*time.Millisecond, func() error {
		if n := w.pending(); n < 2 {
			return fmt.Errorf("%d transactions pending, want the request and the settle", n)
		}
		return nil
	})
	w.mining(true)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	rc, err := bind.WaitMined(ctx, w.env.Chain.Client, tx.Hash())
	if err != nil || rc.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("request: %v (%+v)", err, rc)
	}
	w.waitFor("the fill settled", func(e exchange.View) bool { return e.PendingCount() == 0 })
	// The settle came after the request on chain.
	logs, err := w.env.Chain.Client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: rc.BlockNumber, Addresses: []common.Address{w.env.Exchange}})
	if err != nil {
		t.Fatal(err)
	}
	after := false
	for _, l := range logs {
		if _, err := w.env.ExB.UnpackBatchSettledEvent(&l); err == nil {
			after = l.BlockNumber > rc.BlockNumber.Uint64() || l.TxIndex > rc.TransactionIndex
			break
		}
	}
	if !after {
		t.Fatal("the batch settled before the withdrawal request")
	}
	onChain, err := w.env.Balance(w.keys[0].Addr, w.env.Market)
	if err != nil || onChain.Int64() != tokensEach+3 {
		t.Fatalf("buyer's tokens on chain %v (%v), want %d: the fill did not settle", onChain, err, tokensEach+3)
	}
	cashLeft, err := w.env.Balance(w.keys[0].Addr, big.NewInt(0))
	if err != nil || cashLeft.Int64() >= cashEach {
		t.Fatalf("buyer's cash on chain %v (%v)", cashLeft, err)
	}
	w.mining(false)
	if err := w.env.AdvanceTime(time.Hour + time.Minute); err != nil {
		t.Fatal(err)
	}
	w.mining(true)
	w.transact(w.env.ExB.PackExecuteWithdrawal(w.keys[0].Addr, big.NewInt(0)))
	if b, err := w.env.Balance(w.keys[0].Addr, big.NewInt(0)); err != nil || b.Sign() != 0 {
		t.Fatalf("buyer's cash on chain after the withdrawal %v (%v), want 0", b, err)
	}
	w.waitFor("the unpaid rest credited back", func(e exchange.View) bool {
		avail, held := e.Balance(ids[0], cash)
		return avail+held == 0
	})
	w.settled(ids)
	w.halt()
}

// TestPipelineSeveralBatchesABlock: batches are sent behind unmined ones
// (simulated under the batch id the chain expects now), so one block
// settles several, in order, each once.
func TestPipelineSeveralBatchesABlock(t *testing.T) {
	w := newWorld(t, 6)
	w.start(true)
	ids := w.funded()
	w.mining(false)
	rng := rand.New(rand.NewPCG(5, 6))
	var nonce uint64
	w.trade(rng, ids, 120, &nonce)
	// Drain what was observed so far, then wait for three sends.
	sent := map[uint64]bool{}
	deadline := time.After(30 * time.Second)
	for len(sent) < 3 {
		select {
		case ev := <-w.batches:
			if ev.Kind == "sent" {
				sent[ev.Batch] = true
			}
		case <-deadline:
			t.Fatalf("only %d batches sent without mining", len(sent))
		}
	}
	// The pool promotes what it receives in the background: wait until it
	// holds all three as pending before mining the block.
	op := w.env.Chain.Addrs[gasbench.Operator]
	testsvc.CheckFor(t, 30*time.Second, 5*time.Millisecond, func() error {
		mined, err1 := w.env.Chain.Client.NonceAt(context.Background(), op, nil)
		pooled, err2 := w.env.Chain.Client.PendingNonceAt(context.Background(), op)
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if pooled < mined+uint64(len(sent)) {
			return fmt.Errorf("the pool holds %d of the %d settle transactions sent", pooled-mined, len(sent))
		}
		return nil
	})
	before, err := w.env.Chain.Client.BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	w.commit()
	logs, err := w.env.Chain.Client.FilterLogs(context.Background(), ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(before + 1), ToBlock: new(big.Int).SetUint64(before + 1),
		Addresses: []common.Address{w.env.Exchange}, Topics: settlement.ExchangeTopics()})
	if err != nil {
		t.Fatal(err)
	}
	var inBlock []uint64
	for _, l := range logs {
		if ev, err := settlement.Decode(l); err == nil {
			if b, ok := ev.(settlement.BatchSettled); ok {
				inBlock = append(inBlock, b.BatchID)
				if b.Skipped != 0 {
					t.Errorf("batch %d: %d fills skipped", b.BatchID, b.Skipped)
				}
			}
		}
	}
	if len(inBlock) < 3 {
		t.Fatalf("one block settled batches %v", inBlock)
	}
	for i := 1; i < len(inBlock); i++ {
		if inBlock[i] != inBlock[i-1]+1 {
			t.Fatalf("batches out of order in one block: %v", inBlock)
		}
	}
	w.mining(true)
	w.settled(ids)
	for id, n := range w.settleLogs() {
		if n != 1 {
			t.Errorf("batch %d settled %d times", id, n)
		}
	}
	w.halt()
}
