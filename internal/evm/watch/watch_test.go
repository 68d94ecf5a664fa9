package watch_test

import (
	"context"
	"errors"
	"fmt"
	"github.com/hourglass-exchange/hourglass/exchange/settlement"
	"github.com/hourglass-exchange/hourglass/internal/evm/watch"
	"log/slog"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"

	"github.com/hourglass-exchange/hourglass/contracts/gasbench"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// The node interfaces are subsets of what the real clients offer.
var (
	_ watch.Node           = (*ethclient.Client)(nil)
	_ watch.HeadSubscriber = (*ethclient.Client)(nil)
	_ watch.Node           = simulated.Client(nil)
	_ watch.HeadSubscriber = simulated.Client(nil)
)

// pollNode hides everything but Node's three methods: no subscriptions.
type pollNode struct{ n watch.Node }

func (p pollNode) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	return p.n.HeaderByNumber(ctx, n)
}
func (p pollNode) HeaderByHash(ctx context.Context, h common.Hash) (*types.Header, error) {
	return p.n.HeaderByHash(ctx, h)
}
func (p pollNode) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	return p.n.FilterLogs(ctx, q)
}

func testLogger(t *testing.T) *slog.Logger {
	return slog.New(slog.NewTextHandler(tWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

type tWriter struct{ t *testing.T }

func (w tWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimSuffix(string(p), "\n"))
	return len(p), nil
}

// world is a dev chain with the Exchange deployed and three parties: a
// funded trader who sends its own transactions, and a buyer and a seller
// whose orders the operator settles.
type world struct {
	t             *testing.T
	env           *gasbench.Env
	trader        int
	buyer, seller gasbench.Key
	salt          uint64
}

func newWorld(t *testing.T) *world {
	t.Helper()
	env, err := gasbench.NewEnv(gasbench.FirstTrader+1, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = env.Close() })
	keys := env.NewKeys(2)
	return &world{t: t, env: env, trader: gasbench.FirstTrader, buyer: keys[0], seller: keys[1]}
}

func (x *world) ctx() context.Context { return context.Background() }

func (x *world) head() *types.Header {
	x.t.Helper()
	h, err := x.env.Chain.Client.HeaderByNumber(x.ctx(), nil)
	if err != nil {
		x.t.Fatal(err)
	}
	return h
}

func (x *world) config(depth uint64) watch.Config {
	return watch.Config{Address: x.env.Exchange, Topics: settlement.ExchangeTopics(), Depth: depth}
}

func (x *world) watcher(cfg watch.Config, from watch.Checkpoint) *watch.Watcher {
	x.t.Helper()
	w, err := watch.New(pollNode{x.env.Chain.Client}, cfg, testLogger(x.t), from)
	if err != nil {
		x.t.Fatal(err)
	}
	return w
}

// fund deposits cash for the trader and the buyer and tokens for the
// seller.
func (x *world) fund() {
	x.t.Helper()
	if err := x.env.FundCash([]common.Address{x.env.Addr(x.trader), x.buyer.Addr}, big.NewInt(1_000_000_000)); err != nil {
		x.t.Fatal(err)
	}
	if err := x.env.FundTokens([]common.Address{x.seller.Addr}, x.env.Market, big.NewInt(1_000)); err != nil {
		x.t.Fatal(err)
	}
}

// requestWithdrawal has the trader request a cash withdrawal and returns
// the transaction.
func (x *world) requestWithdrawal() *types.Transaction {
	x.t.Helper()
	r, err := x.env.Send(x.trader, x.env.ExchangeI, x.env.ExB.PackRequestWithdrawal(big.NewInt(settlement.CashAsset), big.NewInt(1_000)))
	if err != nil {
		x.t.Fatal(err)
	}
	b, err := x.env.Chain.Client.BlockByHash(x.ctx(), r.BlockHash)
	if err != nil {
		x.t.Fatal(err)
	}
	return b.Transactions()[r.TransactionIndex]
}

// settle settles a batch of two fills between the seller (maker) and the
// buyer: the first settles, the second overfills the buy order and is
// skipped. It returns the batch id and the settle transaction's hash.
func (x *world) settle() (uint64, common.Hash) {
	x.t.Helper()
	now, err := x.env.Now()
	if err != nil {
		x.t.Fatal(err)
	}
	x.salt += 2
	sell, err := x.env.Signed(x.seller, gasbench.OrderSpec{Side: eip712.Sell, Price: 2_500_000, Amount: 20, MaxFeeBps: 10, Expiry: now + 86_400, Salt: x.salt})
	if err != nil {
		x.t.Fatal(err)
	}
	buy, err := x.env.Signed(x.buyer, gasbench.OrderSpec{Side: eip712.Buy, Price: 2_600_000, Amount: 10, MaxFeeBps: 10, Expiry: now + 86_400, Salt: x.salt + 1})
	if err != nil {
		x.t.Fatal(err)
	}
	id := x.env.NextBatchID()
	res, err := x.env.Settle([]eip712.SignedOrder{sell, buy}, []eip712.Fill{
		{Taker: 1, Maker: 0, Qty: big.NewInt(10), TakerFeeBps: 5, MakerFeeBps: 2},
		{Taker: 1, Maker: 0, Qty: big.NewInt(5), TakerFeeBps: 5, MakerFeeBps: 2},
	})
	if err != nil {
		x.t.Fatal(err)
	}
	if len(res.Settled) != 1 || len(res.Skipped) != 1 || res.Skipped[0].Reason != eip712.NonceUsed || res.Skipped[0].Party != eip712.PartyTaker {
		x.t.Fatalf("batch %d: settled %v skipped %v; want one of each (the taker nonce used)", id, res.Settled, res.Skipped)
	}
	return id, res.Receipt.TxHash
}

// commit mines n empty blocks.
func (x *world) commit(n int) {
	for range n {
		x.env.Chain.Backend.Commit()
	}
}

// canonical is every log the watcher's filter matches in the canonical
// blocks from..to: the ground truth.
func (x *world) canonical(cfg watch.Config, from, to uint64) []types.Log {
	x.t.Helper()
	if to < from {
		return nil
	}
	logs, err := x.env.Chain.Client.FilterLogs(x.ctx(), ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: []common.Address{cfg.Address}, Topics: cfg.Topics,
	})
	if err != nil {
		x.t.Fatal(err)
	}
	return logs
}

// poll polls until the watcher has reached the node's head.
func poll(t *testing.T, w *watch.Watcher) (watch.Update, []watch.Event) {
	t.Helper()
	var events []watch.Event
	for range 1_000 {
		u, err := w.Poll(context.Background())
		if err != nil {
			t.Fatalf("poll: %v", err)
		}
		events = append(events, u.Events...)
		if u.Tip.Number >= u.Head {
			return u, events
		}
	}
	t.Fatal("poll: never caught up")
	return watch.Update{}, nil
}

type logID struct {
	block common.Hash
	index uint
}

func idOf(l types.Log) logID { return logID{l.BlockHash, l.Index} }

func kinds(events []watch.Event, k watch.Kind) []types.Log {
	var logs []types.Log
	for _, e := range events {
		if e.Kind == k {
			logs = append(logs, e.Log)
		}
	}
	return logs
}

func sameLogs(got, want []types.Log) error {
	if len(got) != len(want) {
		return fmt.Errorf("%d logs, want %d:\n got %s\nwant %s", len(got), len(want), describe(got), describe(want))
	}
	for i := range got {
		if idOf(got[i]) != idOf(want[i]) || got[i].TxHash != want[i].TxHash || got[i].BlockNumber != want[i].BlockNumber {
			return fmt.Errorf("log %d is %s, want %s", i, describe(got[i:i+1]), describe(want[i:i+1]))
		}
	}
	return nil
}

func describe(logs []types.Log) string {
	var b strings.Builder
	for _, l := range logs {
		name := "?"
		if v, err := settlement.Decode(l); err == nil {
			name = fmt.Sprintf("%T", v)
		}
		fmt.Fprintf(&b, "[%s #%d %s/%d tx %s] ", name, l.BlockNumber, l.BlockHash.TerminalString(), l.Index, l.TxHash.TerminalString())
	}
	return b.String()
}

// checkStream checks an event stream against the canonical chain now:
// the Confirmed logs are exactly the canonical logs from `from` up to tip -
// depth, in order, each after a Seen of it and at Tip = block + depth;
// every Seen is at Tip = its block; no log is confirmed twice and no
// confirmed log is removed; a removed log was seen (unless the stream is
// a resumed watcher's, which removes what it saw before the restart).
func checkStream(t *testing.T, x *world, cfg watch.Config, from uint64, events []watch.Event, resumed bool) {
	t.Helper()
	tip := x.head().Number.Uint64()
	var want []types.Log
	if tip >= cfg.Depth {
		want = x.canonical(cfg, from, tip-cfg.Depth)
	}
	if err := sameLogs(kinds(events, watch.Confirmed), want); err != nil {
		t.Fatalf("confirmed: %v", err)
	}
	seen := map[logID]bool{}
	done := map[logID]bool{}
	for i, e := range events {
		id := idOf(e.Log)
		switch e.Kind {
		case watch.Seen:
			if e.Tip != e.Log.BlockNumber {
				t.Errorf("event %d: seen at tip %d, block %d", i, e.Tip, e.Log.BlockNumber)
			}
			if e.Log.Removed {
				t.Errorf("event %d: seen log flagged removed", i)
			}
			seen[id] = true
		case watch.Removed:
			if !seen[id] && !resumed {
				t.Errorf("event %d: removed log %s was not seen", i, describe([]types.Log{e.Log}))
			}
			if done[id] {
				t.Errorf("event %d: removed log %s was confirmed", i, describe([]types.Log{e.Log}))
			}
			if !e.Log.Removed {
				t.Errorf("event %d: removed log without the Removed flag", i)
			}
			delete(seen, id)
		case watch.Confirmed:
			if !seen[id] {
				t.Errorf("event %d: confirmed log %s was not seen", i, describe([]types.Log{e.Log}))
			}
			if done[id] {
				t.Errorf("event %d: log %s confirmed twice", i, describe([]types.Log{e.Log}))
			}
			if e.Tip != e.Log.BlockNumber+cfg.Depth {
				t.Errorf("event %d: confirmed at tip %d, block %d, depth %d", i, e.Tip, e.Log.BlockNumber, cfg.Depth)
			}
			done[id] = true
		}
	}
}

// TestSeenThenConfirmed follows deposits, a withdrawal request and a
// settled batch: each log is Seen in its block, Confirmed exactly Depth
// blocks later, in chain order, once.
func TestSeenThenConfirmed(t *testing.T) {
	x := newWorld(t)
	const depth = 3
	cfg := x.config(depth)
	start := x.head().Number.Uint64() + 1
	w := x.watcher(cfg, watch.From(start))
	var events []watch.Event
	step := func() {
		_, ev := poll(t, w)
		events = append(events, ev...)
	}
	x.fund()
	step()
	x.requestWithdrawal()
	step()
	id, settleTx := x.settle()
	step()
	if got := kinds(events, watch.Seen); len(got) != 5 {
		t.Fatalf("seen %s; want 3 deposits, a withdrawal request and a batch", describe(got))
	}
	checkStream(t, x, cfg, start, events, false)
	for range depth + 1 {
		x.commit(1)
		step()
	}
	checkStream(t, x, cfg, start, events, false)
	if err := sameLogs(kinds(events, watch.Seen), x.canonical(cfg, start, x.head().Number.Uint64())); err != nil {
		t.Fatalf("seen: %v", err)
	}
	if n := len(kinds(events, watch.Removed)); n != 0 {
		t.Fatalf("%d removed without a reorg", n)
	}

	// The confirmed logs decode to what happened, with their origin.
	var got []string
	for _, l := range kinds(events, watch.Confirmed) {
		v, err := settlement.Decode(l)
		if err != nil {
			t.Fatal(err)
		}
		switch v := v.(type) {
		case settlement.Deposited:
			got = append(got, fmt.Sprintf("deposit %s %v %v", v.Account, v.Asset, v.Amount))
		case settlement.WithdrawalRequested:
			got = append(got, fmt.Sprintf("withdraw %s %v %v pending %v", v.Account, v.Asset, v.Amount, v.Pending))
		case settlement.BatchSettled:
			if v.BatchID != id || v.TxHash != settleTx || v.Block != l.BlockNumber || v.LogIndex != l.Index {
				t.Errorf("batch %+v: want id %d tx %s", v, id, settleTx)
			}
			ok0, _ := v.Outcome(0)
			ok1, skip := v.Outcome(1)
			if !ok0 || ok1 || skip.Reason != eip712.NonceUsed || skip.Party != eip712.PartyTaker || len(v.Skips()) != 1 {
				t.Errorf("batch outcomes: %v %v %+v %+v", ok0, ok1, skip, v.Skips())
			}
			got = append(got, fmt.Sprintf("batch %d settled %d skipped %d", v.BatchID, v.Settled, v.Skipped))
		default:
			t.Errorf("unexpected %T", v)
		}
	}
	want := []string{
		fmt.Sprintf("deposit %s 0 1000000000", x.env.Addr(x.trader)),
		fmt.Sprintf("deposit %s 0 1000000000", x.buyer.Addr),
		fmt.Sprintf("deposit %s %v 1000", x.seller.Addr, x.env.Market),
		fmt.Sprintf("withdraw %s 0 1000 pending 1000", x.env.Addr(x.trader)),
		fmt.Sprintf("batch %d settled 1 skipped 1", id),
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("confirmed:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// replace sends, from funded account i, a transaction with nonce `nonce`
// and a high tip, so that it displaces a transaction of that nonce that a
// reorg put back into the pool. Until the pool has caught up with the
// reorg it answers "nonce too low": replace retries.
func (x *world) replace(i int, nonce uint64, data []byte) common.Hash {
	x.t.Helper()
	var hash common.Hash
	testsvc.CheckFor(x.t, 5*time.Second, 5*time.Millisecond, func() error {
		opts := x.env.Chain.Opts(i)
		opts.Nonce = new(big.Int).SetUint64(nonce)
		opts.GasTipCap = big.NewInt(50 * params.GWei)
		opts.GasFeeCap = big.NewInt(100 * params.GWei)
		opts.GasLimit = 200_000
		tx, err := bind.Transact(x.env.ExchangeI, opts, data)
		if err != nil {
			return err
		}
		hash = tx.Hash()
		return nil
	})
	return hash
}

// reorgRun is what the reorg scenario did.
type reorgRun struct {
	x       *world
	cfg     watch.Config
	start   uint64
	events  []watch.Event
	updates []watch.Update // after every poll

	batchID            uint64
	settleTx           common.Hash
	withdrawTx         common.Hash
	orphanSeen         []types.Log // seen in the blocks the reorg orphaned
	forkBlock, newTip0 uint64
}

// runReorg: funds, confirms, then mines a withdrawal request, a settled
// batch and an empty block on top of block P, forks at P, and builds a
// longer branch in which the settle transaction is mined again and the
// withdrawal request is displaced by another transaction of the trader
// (cancelBelow). With pollDuringFork the watcher polls after every block
// and right after the fork; else only once the new branch is complete.
// With restart every poll is made by a new Watcher resumed from the
// previous poll's checkpoint.
func runReorg(t *testing.T, depth uint64, pollDuringFork, restart bool) *reorgRun {
	x := newWorld(t)
	r := &reorgRun{x: x, cfg: x.config(depth)}
	r.start = x.head().Number.Uint64() + 1
	w := x.watcher(r.cfg, watch.From(r.start))
	step := func() {
		if restart && len(r.updates) > 0 {
			w = x.watcher(r.cfg, r.updates[len(r.updates)-1].Checkpoint)
		}
		u, ev := poll(t, w)
		r.events = append(r.events, ev...)
		u.Events = ev
		r.updates = append(r.updates, u)
	}
	x.fund()
	step()
	x.commit(int(depth))
	step()
	parent := x.head()
	r.forkBlock = parent.Number.Uint64()
	mark := len(r.events)

	wtx := x.requestWithdrawal()
	r.withdrawTx = wtx.Hash()
	step()
	r.batchID, r.settleTx = x.settle()
	step()
	x.commit(1)
	step()
	if x.head().Number.Uint64()-r.forkBlock > depth {
		t.Fatalf("the orphaned branch is %d blocks: deeper than depth %d", x.head().Number.Uint64()-r.forkBlock, depth)
	}
	r.orphanSeen = unique(kinds(r.events[mark:], watch.Seen))
	if len(r.orphanSeen) != 2 || len(kinds(r.events[mark:], watch.Confirmed)) != 0 {
		t.Fatalf("orphaned branch: seen %s, want a withdrawal request and a batch, nothing confirmed", describe(r.orphanSeen))
	}
	oldTip := x.head().Number.Uint64()

	if err := x.env.Chain.Backend.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	if pollDuringFork {
		step()
		if n := len(r.updates[len(r.updates)-1].Events); n != 0 {
			t.Fatalf("a head rewound to a known block gave %d events", n)
		}
	}
	x.replace(x.trader, wtx.Nonce(), x.env.ExB.PackCancelBelow(7))
	x.commit(1)
	r.newTip0 = x.head().Number.Uint64()
	if pollDuringFork {
		step()
	}
	for x.head().Number.Uint64() <= oldTip+depth {
		x.commit(1)
		if pollDuringFork {
			step()
		}
	}
	step()
	return r
}

// checkReorg checks what a reorg run delivered.
func (r *reorgRun) check(t *testing.T) {
	t.Helper()
	x := r.x
	checkStream(t, x, r.cfg, r.start, r.events, false)
	// The orphaned logs are removed, newest first, before anything of the
	// new branch is seen.
	removed := kinds(r.events, watch.Removed)
	want := []types.Log{r.orphanSeen[1], r.orphanSeen[0]}
	if err := sameLogs(removed, want); err != nil {
		t.Fatalf("removed: %v", err)
	}
	first := -1
	for i, e := range r.events {
		if e.Kind == watch.Removed && first < 0 {
			first = i
		}
		if e.Kind == watch.Seen && e.Log.BlockNumber > r.forkBlock && first >= 0 && i < first+len(removed) {
			t.Fatalf("event %d: new branch seen among the removed", i)
		}
	}
	// The batch is confirmed exactly once, from the new branch; the
	// displaced withdrawal request never.
	newBlock, err := x.env.Chain.Client.HeaderByNumber(x.ctx(), new(big.Int).SetUint64(r.forkBlock+1))
	if err != nil {
		t.Fatal(err)
	}
	var batches, withdrawals, cancels int
	for _, l := range kinds(r.events, watch.Confirmed) {
		v, err := settlement.Decode(l)
		if err != nil {
			t.Fatal(err)
		}
		switch v := v.(type) {
		case settlement.BatchSettled:
			batches++
			if v.BatchID != r.batchID || v.TxHash != r.settleTx || v.BlockHash != newBlock.Hash() {
				t.Errorf("confirmed batch %d tx %s in %s; want %d tx %s in the new block %s", v.BatchID, v.TxHash, v.BlockHash, r.batchID, r.settleTx, newBlock.Hash())
			}
		case settlement.WithdrawalRequested:
			withdrawals++
		case settlement.CancelledBelow:
			cancels++
			if v.Floor != 7 {
				t.Errorf("cancelled below %d, want 7", v.Floor)
			}
		}
	}
	if batches != 1 || withdrawals != 0 || cancels != 1 {
		t.Fatalf("confirmed %d batches, %d withdrawal requests, %d cancels; want 1, 0, 1", batches, withdrawals, cancels)
	}
	if err := sameLogs(unique(kinds(eventsInBlock(r.events, newBlock.Hash()), watch.Seen)), x.canonical(r.cfg, r.forkBlock+1, r.forkBlock+1)); err != nil {
		t.Fatalf("new branch: %v", err)
	}
}

// unique drops the logs seen before in the list (a restarted watcher sees
// the unconfirmed again).
func unique(logs []types.Log) []types.Log {
	seen := map[logID]bool{}
	var out []types.Log
	for _, l := range logs {
		if !seen[idOf(l)] {
			seen[idOf(l)] = true
			out = append(out, l)
		}
	}
	return out
}

func eventsInBlock(events []watch.Event, h common.Hash) []watch.Event {
	var out []watch.Event
	for _, e := range events {
		if e.Log.BlockHash == h {
			out = append(out, e)
		}
	}
	return out
}

// TestReorg forks the chain under an unconfirmed withdrawal request and
// settled batch: the orphaned logs are Removed newest first, the batch
// mined again on the new branch is Confirmed exactly once, and the
// withdrawal request that the new branch displaced never is.
func TestReorg(t *testing.T) {
	for _, c := range []struct {
		name           string
		depth          uint64
		pollDuringFork bool
	}{
		{"poll-every-block", 3, true},
		{"poll-after-branch", 3, false},
		{"depth-4", 4, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := runReorg(t, c.depth, c.pollDuringFork, false)
			r.check(t)
		})
	}
}

// TestRestartEveryPoll runs the reorg with a new Watcher for every poll,
// each resumed from the checkpoint of the poll before: the confirmed
// stream is the same as without restarts.
func TestRestartEveryPoll(t *testing.T) {
	r := runReorg(t, 3, true, true)
	r.check(t)
}

// TestRestartFromCheckpoints resumes, after the reorg scenario, from the
// checkpoint of every poll of it: the logs confirmed before the checkpoint
// and those the resumed watcher confirms are together the canonical ones,
// none lost or twice; what was unconfirmed is Seen again if still
// canonical and Removed if the reorg orphaned it.
func TestRestartFromCheckpoints(t *testing.T) {
	r := runReorg(t, 3, true, false)
	x := r.x
	want := x.canonical(r.cfg, r.start, x.head().Number.Uint64()-r.cfg.Depth)
	var before []types.Log
	checkpoints := []watch.Checkpoint{watch.From(r.start)}
	confirmedBefore := [][]types.Log{nil}
	for _, u := range r.updates {
		before = append(before, kinds(u.Events, watch.Confirmed)...)
		checkpoints = append(checkpoints, u.Checkpoint)
		confirmedBefore = append(confirmedBefore, append([]types.Log(nil), before...))
	}
	sawOrphans := false
	for i, cp := range checkpoints {
		w := x.watcher(r.cfg, cp)
		_, events := poll(t, w)
		got := append(append([]types.Log(nil), confirmedBefore[i]...), kinds(events, watch.Confirmed)...)
		if err := sameLogs(got, want); err != nil {
			t.Fatalf("resumed from checkpoint %d (%+v): %v", i, cp, err)
		}
		// What the checkpoint held unconfirmed: orphaned blocks' logs are
		// removed (newest first), canonical ones seen again.
		var wantRemoved []types.Log
		for j := len(cp.Unconfirmed) - 1; j >= 0; j-- {
			b := cp.Unconfirmed[j]
			h, err := x.env.Chain.Client.HeaderByNumber(x.ctx(), new(big.Int).SetUint64(b.Number))
			if err != nil {
				t.Fatal(err)
			}
			if h.Hash() == b.Hash {
				continue
			}
			for k := len(r.orphanSeen) - 1; k >= 0; k-- {
				if r.orphanSeen[k].BlockHash == b.Hash {
					wantRemoved = append(wantRemoved, r.orphanSeen[k])
				}
			}
		}
		if err := sameLogs(kinds(events, watch.Removed), wantRemoved); err != nil {
			t.Fatalf("resumed from checkpoint %d: removed: %v", i, err)
		}
		sawOrphans = sawOrphans || len(wantRemoved) > 0
		if len(cp.Unconfirmed) > 0 {
			first, last := cp.Unconfirmed[0].Number, x.head().Number.Uint64()
			if err := sameLogs(kinds(events, watch.Seen), x.canonical(r.cfg, first, last)); err != nil {
				t.Fatalf("resumed from checkpoint %d: seen: %v", i, err)
			}
		}
		checkStream(t, x, r.cfg, cp.Confirmed.Number+1, events, true)
	}
	if !sawOrphans {
		t.Fatal("no checkpoint held a block that the reorg orphaned")
	}
}

// TestDeepReorg: a reorg below the confirmed block, or beyond the window,
// stops the watcher with ErrDeepReorg, for good.
func TestDeepReorg(t *testing.T) {
	for _, c := range []struct {
		name      string
		window    uint64
		forkKnown bool
	}{
		{"below-confirmed", 16, true},
		{"beyond-window", 3, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := newWorld(t)
			cfg := x.config(1)
			cfg.Window = c.window
			start := x.head().Number.Uint64() + 1
			w := x.watcher(cfg, watch.From(start))
			x.fund()
			poll(t, w)
			parent := x.head()
			for range 3 {
				x.requestWithdrawal()
				poll(t, w)
			}
			x.commit(2)
			poll(t, w)
			if err := x.env.Chain.Backend.Fork(parent.Hash()); err != nil {
				t.Fatal(err)
			}
			x.commit(10)
			_, err := w.Poll(context.Background())
			var deep *watch.DeepReorgError
			if !errors.Is(err, watch.ErrDeepReorg) || !errors.As(err, &deep) {
				t.Fatalf("poll after a deep reorg: %v; want ErrDeepReorg", err)
			}
			if deep.ForkKnown != c.forkKnown || (c.forkKnown && deep.Fork != parent.Number.Uint64()) {
				t.Fatalf("deep reorg %+v; want fork known %v at %d", deep, c.forkKnown, parent.Number)
			}
			t.Log(err)
			if _, err2 := w.Poll(context.Background()); !errors.Is(err2, watch.ErrDeepReorg) || w.Err() == nil {
				t.Fatalf("second poll: %v; want the same error", err2)
			}
		})
	}
}

// TestCatchUp starts at block 1 with no topic filter and MaxBlocks 3, at
// depth 0 and 2: many polls catch up with the chain, and every log of the Exchange, admin
// events included, is confirmed once in order.
func TestCatchUp(t *testing.T) {
	x := newWorld(t)
	x.fund()
	x.requestWithdrawal()
	x.settle()
	for _, depth := range []uint64{0, 2} {
		t.Run(fmt.Sprintf("depth-%d", depth), func(t *testing.T) { catchUp(t, x, depth) })
	}
}

func catchUp(t *testing.T, x *world, depth uint64) {
	cfg := watch.Config{Address: x.env.Exchange, Depth: depth, MaxBlocks: 3}
	w := x.watcher(cfg, watch.From(0))
	var events []watch.Event
	polls := 0
	for {
		u, err := w.Poll(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		polls++
		events = append(events, u.Events...)
		if u.Tip.Number >= u.Head {
			break
		}
	}
	checkStream(t, x, cfg, 1, events, false)
	if polls < int(x.head().Number.Uint64()/3) {
		t.Fatalf("%d polls for %d blocks with MaxBlocks 3", polls, x.head().Number)
	}
	var unknown int
	for _, l := range kinds(events, watch.Confirmed) {
		if _, err := settlement.Decode(l); errors.Is(err, settlement.ErrUnknownEvent) {
			unknown++
		} else if err != nil {
			t.Fatal(err)
		}
	}
	if unknown == 0 {
		t.Fatal("no admin event among the unfiltered logs")
	}
}

// runCollector runs a watcher and collects what it hands over.
type runCollector struct {
	ch   chan watch.Update
	done chan error
}

func startRun(t *testing.T, w *watch.Watcher) (*runCollector, context.CancelFunc) {
	ctx, cancel := context.WithCancel(context.Background())
	c := &runCollector{ch: make(chan watch.Update, 100), done: make(chan error, 1)}
	go func() {
		c.done <- w.Run(ctx, func(_ context.Context, u watch.Update) error {
			c.ch <- u
			return nil
		})
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case <-c.done:
		case <-time.After(5 * time.Second):
			t.Error("Run did not return after cancel")
		}
	})
	return c, cancel
}

// wait collects updates until they hold n events of kind k.
func (c *runCollector) wait(t *testing.T, k watch.Kind, n int, tick func()) []watch.Event {
	t.Helper()
	var events []watch.Event
	testsvc.CheckFor(t, 10*time.Second, 5*time.Millisecond, func() error {
		if tick != nil {
			tick()
		}
	drain:
		for {
			select {
			case u := <-c.ch:
				events = append(events, u.Events...)
			default:
				break drain
			}
		}
		if got := len(kinds(events, k)); got < n {
			return fmt.Errorf("%d %s events, want %d", got, k, n)
		}
		return nil
	})
	return events
}

// TestRunPolling: Run with a node that cannot subscribe delivers on the
// clock's ticks.
func TestRunPolling(t *testing.T) {
	x := newWorld(t)
	clk := clock.NewFake(time.Unix(1_800_000_000, 0))
	cfg := x.config(1)
	cfg.Clock, cfg.PollInterval = clk, time.Second
	start := x.head().Number.Uint64() + 1
	w, err := watch.New(pollNode{x.env.Chain.Client}, cfg, testLogger(t), watch.From(start))
	if err != nil {
		t.Fatal(err)
	}
	c, cancel := startRun(t, w)
	x.fund()
	x.commit(1)
	tick := func() { clk.Advance(cfg.PollInterval) }
	events := c.wait(t, watch.Confirmed, 3, tick)
	checkStream(t, x, cfg, start, events, false)
	cancel()
	if err := <-c.done; !errors.Is(err, context.Canceled) {
		t.Fatalf("Run returned %v, want context.Canceled", err)
	}
	c.done <- nil // for the cleanup
}

// TestRunSubscribed: with the simulated client, which pushes new heads, Run
// delivers without a single tick.
func TestRunSubscribed(t *testing.T) {
	x := newWorld(t)
	cfg := x.config(1)
	cfg.Clock = clock.NewFake(time.Unix(1_800_000_000, 0)) // never moves: no tick
	start := x.head().Number.Uint64() + 1
	w, err := watch.New(x.env.Chain.Client, cfg, testLogger(t), watch.From(start))
	if err != nil {
		t.Fatal(err)
	}
	c, _ := startRun(t, w)
	x.fund()
	x.commit(1)
	events := c.wait(t, watch.Confirmed, 3, nil)
	checkStream(t, x, cfg, start, events, false)
}

// TestNewRejects bad configurations and checkpoints.
func TestNewRejects(t *testing.T) {
	n := pollNode{}
	h := common.HexToHash("0x01")
	for _, c := range []struct {
		name string
		cfg  watch.Config
		cp   watch.Checkpoint
	}{
		{"window-not-deeper", watch.Config{Depth: 5, Window: 5}, watch.From(1)},
		{"gap", watch.Config{Depth: 5}, watch.Checkpoint{Confirmed: watch.BlockRef{10, h}, Unconfirmed: []watch.BlockRef{{12, h}}}},
		{"unknown-confirmed-hash", watch.Config{Depth: 5}, watch.Checkpoint{Confirmed: watch.BlockRef{10, common.Hash{}}, Unconfirmed: []watch.BlockRef{{11, h}}}},
	} {
		if _, err := watch.New(n, c.cfg, nil, c.cp); err == nil {
			t.Errorf("%s: New accepted it", c.name)
		}
	}
}

// TestDecodeRejects logs that are not the Exchange's known events.
func TestDecodeRejects(t *testing.T) {
	if _, err := settlement.Decode(types.Log{}); !errors.Is(err, settlement.ErrUnknownEvent) {
		t.Errorf("no topics: %v", err)
	}
	if _, err := settlement.Decode(types.Log{Topics: []common.Hash{{1}}}); !errors.Is(err, settlement.ErrUnknownEvent) {
		t.Errorf("unknown topic: %v", err)
	}
	bad := types.Log{Topics: []common.Hash{settlement.ExchangeTopics()[0][0]}, Data: []byte{1, 2, 3}}
	if _, err := settlement.Decode(bad); err == nil || errors.Is(err, settlement.ErrUnknownEvent) {
		t.Errorf("truncated data: %v", err)
	}
}

// faultyNode answers wrongly once when told: a log of another block
// (badLog), or a failed header request (failHeader).
type faultyNode struct {
	watch.Node
	badLog, failHeader bool
}

func (f *faultyNode) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	logs, err := f.Node.FilterLogs(ctx, q)
	if err == nil && len(logs) > 0 && f.badLog {
		f.badLog = false
		logs[0].BlockHash = common.Hash{0xbb}
	}
	return logs, err
}

func (f *faultyNode) HeaderByHash(ctx context.Context, h common.Hash) (*types.Header, error) {
	if f.failHeader {
		f.failHeader = false
		return nil, errNodeDown
	}
	return f.Node.HeaderByHash(ctx, h)
}

var errNodeDown = errors.New("connection reset")

// TestFailedPollChangesNothing: a Poll that fails half way (a node error,
// an inconsistent answer) leaves the watcher as it was, and the next Poll
// delivers everything.
func TestFailedPollChangesNothing(t *testing.T) {
	x := newWorld(t)
	cfg := x.config(1)
	start := x.head().Number.Uint64() + 1
	node := &faultyNode{Node: pollNode{x.env.Chain.Client}}
	w, err := watch.New(node, cfg, testLogger(t), watch.From(start))
	if err != nil {
		t.Fatal(err)
	}
	x.fund()
	x.requestWithdrawal()
	before := w.Checkpoint()
	node.failHeader = true
	if _, err := w.Poll(context.Background()); !errors.Is(err, errNodeDown) {
		t.Fatalf("poll with a failing node: %v", err)
	}
	node.badLog = true
	if _, err := w.Poll(context.Background()); !errors.Is(err, watch.ErrInconsistent) {
		t.Fatalf("poll with a log of another block: %v", err)
	}
	if got := w.Checkpoint(); fmt.Sprint(got) != fmt.Sprint(before) || w.Err() != nil {
		t.Fatalf("failed polls moved the checkpoint from %+v to %+v (err %v)", before, got, w.Err())
	}
	x.commit(1)
	_, events := poll(t, w)
	checkStream(t, x, cfg, start, events, false)
	if len(kinds(events, watch.Confirmed)) != 4 {
		t.Fatalf("confirmed %s; want 3 deposits and a withdrawal request", describe(kinds(events, watch.Confirmed)))
	}
}

// TestAlsoContracts: with Config.Also a watcher delivers the logs of
// several contracts in one (block, log index) order: the token's transfers
// and the Exchange's deposits of a funding, interleaved within its
// transactions, exactly as the node lists them.
func TestAlsoContracts(t *testing.T) {
	x := newWorld(t)
	cfg := watch.Config{Address: x.env.Exchange, Also: []common.Address{x.env.Token}}
	start := x.head().Number.Uint64() + 1
	w := x.watcher(cfg, watch.From(start))
	x.fund()
	_, events := poll(t, w)
	want, err := x.env.Chain.Client.FilterLogs(x.ctx(), ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(start), ToBlock: x.head().Number,
		Addresses: []common.Address{x.env.Exchange, x.env.Token}})
	if err != nil {
		t.Fatal(err)
	}
	got := kinds(events, watch.Confirmed)
	if err := sameLogs(got, want); err != nil {
		t.Fatal(err)
	}
	from := map[common.Address]int{}
	for _, l := range got {
		from[l.Address]++
	}
	if from[x.env.Exchange] == 0 || from[x.env.Token] == 0 {
		t.Fatalf("logs by contract %v: want both", from)
	}
}
