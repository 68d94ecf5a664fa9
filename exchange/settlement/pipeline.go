package settlement

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/sequencer"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/evm/txsend"
	"github.com/hourglass-exchange/hourglass/internal/evm/watch"
)

// Engine is what the pipeline needs of the sequencer: it journals and
// applies commands, and answers questions between commands.
type Engine interface {
	Submit(cmd exchange.Command, done sequencer.Done) error
	Query(fn func(exchange.View)) error
}

// Sender sends the settle transactions (txsend.Sender). One that is also
// a Simulator lets the pipeline find the fills of a batch the chain
// refuses and skip them (isolate.go); txsend.Sender is both.
type Sender interface {
	Send(ctx context.Context, req txsend.Request) (*txsend.Pending, error)
}

// Chain is what the pipeline reads from the node: logs and headers for the
// watcher, and contract calls (the Exchange's lastBatchId).
type Chain interface {
	watch.Node
	bind.ContractCaller
}

// Config configures a Pipeline. Engine, Sender, Chain and Exchange are
// required.
type Config struct {
	Engine   Engine
	Sender   Sender
	Chain    Chain
	Exchange common.Address
	// Vault is the ProviderVault whose NodeApproved, NodeRetired and
	// LeaseAssigned logs the watcher follows with the Exchange's, in one
	// (block, log index) order, each journaled as one chain command
	// (vault.go): the capacity the spot markets sell. Zero: not watched.
	Vault common.Address
	// StartBlock is the first block whose Exchange logs matter (the
	// deployment block); the watcher starts there on a fresh journal, and
	// at the block of the engine's chain position after that.
	StartBlock uint64
	// Confirmations is how many blocks make a log final, the log's own
	// included: 1 (the default) applies a log once it is mined, as on
	// geth --dev; mainnet wants 12 or more.
	Confirmations uint64
	// MaxFills closes a batch at this many fills (default 100).
	MaxFills int
	// MaxDelay closes a batch this long after its first fill was seen,
	// however small (default 1s).
	MaxDelay time.Duration
	// MaxOpen bounds the batches closed and not yet resolved (default 8):
	// when the chain falls behind, fills wait in the engine unbatched.
	MaxOpen int
	// MaxInFlight bounds the settle transactions sent and not yet mined
	// (default 4): batch N+1 is sent while N waits to be mined, so that a
	// block can take several.
	MaxInFlight int
	// PollInterval is how often the chain is polled (default 250ms).
	PollInterval time.Duration
	// Retry is how long the sender waits after a failure (default 1s).
	Retry  time.Duration
	Logger *slog.Logger
	// Clock times batches, polls and retries (nil: clock.Real).
	Clock clock.Clock
	// Observe, if set, is told about each batch as it is sent and mined,
	// and about the pipeline's health (Kind "health").
	Observe func(BatchEvent)
	// StallAfter is how long the oldest open batch may stay unresolved
	// before the pipeline reports itself stalled (default 2 min).
	StallAfter time.Duration
	// StallLogEvery is how often a stalled pipeline repeats its ERROR
	// (default 10s); GuardInterval how often it compares the engine with
	// the chain (default 1s).
	StallLogEvery time.Duration
	GuardInterval time.Duration
	// ChainHealth, if set, is the chain node's health (health.Dependency),
	// told by the watcher whether its polls reach the node. While the
	// node does not answer (it has said so, once), the pipeline logs its
	// own failed calls to it at debug level instead of a warning a second
	// (and any other error that its loops retry at most once every
	// StallLogEvery while it repeats).
	ChainHealth interface {
		Failed(by string, err error)
		OK()
		Down() bool
	}
}

// BatchEvent reports the progress of one batch.
type BatchEvent struct {
	Batch   uint64
	Fills   int
	Kind    string // "closed", "sent", "mined", "resolved", "skipped" (fills the pipeline skipped)
	TxHash  common.Hash
	GasUsed uint64
	Settled int // fills settled, when resolved
	Skipped int // fills skipped, when resolved or skipped
	// Reasons counts the skipped fills by "REASON/party" (SkipReason).
	Reasons map[string]int
	// Stalled and Problem report the pipeline's health (Kind "health"):
	// whether it is stalled, and why (converge.go).
	Stalled bool
	Problem string
}

// Pipeline settles the engine's fills on the Exchange contract: it closes
// batches in the journal, sends them in order, and applies what the chain
// confirms (batch outcomes, deposits, withdrawal requests, cancels) to the
// engine as journaled commands. All its state is the engine's (open
// batches, pending fills with their signed orders, the chain position), so
// a restart resumes exactly where the journal stands; see
// docs/settlement.md.
type Pipeline struct {
	cfg Config
	log *slog.Logger
	ex  *bindings.Exchange

	closeKick chan struct{}  // wakes the closer
	sendKick  chan struct{}  // wakes the sender
	stop      chan struct{}  // closed when Run ends
	firstAt   time.Time      // when the closer first saw unbatched fills (the closer's own)
	attempts  map[uint64]int // sends of a batch that did not stay on chain (the sender's own)
	guard     guardState     // the guard's own (converge.go)
}

// New checks cfg and returns a Pipeline; Run starts it.
func New(cfg Config) (*Pipeline, error) {
	if cfg.Engine == nil || cfg.Sender == nil || cfg.Chain == nil || cfg.Exchange == (common.Address{}) {
		return nil, errors.New("settlement: Engine, Sender, Chain and Exchange are required")
	}
	if cfg.Confirmations == 0 {
		cfg.Confirmations = 1
	}
	if cfg.MaxFills <= 0 {
		cfg.MaxFills = 100
	}
	if cfg.MaxDelay <= 0 {
		cfg.MaxDelay = time.Second
	}
	if cfg.MaxOpen <= 0 {
		cfg.MaxOpen = 8
	}
	if cfg.MaxInFlight <= 0 {
		cfg.MaxInFlight = 4
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = 250 * time.Millisecond
	}
	if cfg.Retry <= 0 {
		cfg.Retry = time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.StallAfter <= 0 {
		cfg.StallAfter = 2 * time.Minute
	}
	if cfg.StallLogEvery <= 0 {
		cfg.StallLogEvery = 10 * time.Second
	}
	if cfg.GuardInterval <= 0 {
		cfg.GuardInterval = time.Second
	}
	cfg.Clock = clock.Or(cfg.Clock)
	ex := bindings.NewExchange()
	return &Pipeline{cfg: cfg, log: cfg.Logger, ex: ex,
		closeKick: make(chan struct{}, 1), sendKick: make(chan struct{}, 1), stop: make(chan struct{}), attempts: map[uint64]int{}}, nil
}

// Kick wakes the pipeline at once (the operator calls it when the engine
// emits fills) instead of at its next poll.
func (p *Pipeline) Kick() {
	wake(p.closeKick)
	wake(p.sendKick)
}

func wake(ch chan struct{}) {
	select {
	case ch <- struct{}{}:
	default:
	}
}

// Run runs the pipeline until ctx ends or the sequencer fails. A node
// that loses blocks or a reorg deeper than the confirmations does not stop
// it: it converges from what the chain says, or reports itself stalled,
// loudly and repeatedly (converge.go, docs/settlement.md).
func (p *Pipeline) Run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() { <-ctx.Done(); close(p.stop) }()
	errs := make(chan error, 4)
	go func() { errs <- p.runWatcher(ctx) }()
	go func() { errs <- p.runCloser(ctx) }()
	go func() { errs <- p.runSender(ctx) }()
	go func() { errs <- p.runGuard(ctx) }()
	err := <-errs
	cancel()
	<-errs
	<-errs
	<-errs
	if ctx.Err() != nil && errors.Is(err, context.Canceled) {
		return nil
	}
	return err
}

// ---- batches: close, build, send ----

// state is what the batcher reads from the engine.
type state struct {
	unbatched    int
	next, oldest uint64 // next batch id; oldest open (== next when none)
	// fit is how many unbatched fills the next batch can take: at most
	// MaxFills, and with at most MaxWalletOrders wallet orders.
	fit int
}

func (p *Pipeline) state() (state, error) {
	var s state
	err := p.cfg.Engine.Query(func(e exchange.View) {
		s.unbatched, s.next = e.UnbatchedCount(), e.NextBatch()
		s.oldest = s.next
		if o, ok := e.OldestOpenBatch(); ok {
			s.oldest = o
		}
		if s.unbatched == 0 {
			return
		}
		skip, take := e.PendingCount()-s.unbatched, min(s.unbatched, p.cfg.MaxFills)
		next := make([]exchange.PendingFill, 0, take)
		for f := range e.PendingFills() {
			if skip > 0 {
				skip--
				continue
			}
			if next = append(next, f); len(next) == take {
				break
			}
		}
		s.fit = walletFit(next, MaxWalletOrders)
	})
	return s, err
}

// runCloser closes batches by size or time.
func (p *Pipeline) runCloser(ctx context.Context) error {
	return p.loop(ctx, p.closeKick, func(ctx context.Context) error {
		s, err := p.state()
		if err != nil {
			return err
		}
		return p.maybeClose(s)
	})
}

// runSender sends the open batches in order: up to MaxInFlight of them
// unmined at once, each after the one before it, so that several can be
// mined in one block.
func (p *Pipeline) runSender(ctx context.Context) error {
	var flights []flight
	var first <-chan struct{} // the oldest flight's Done
	return p.loopWith(ctx, p.sendKick, func() <-chan struct{} { return first }, func(ctx context.Context) error {
		err := p.sendStep(ctx, &flights)
		first = nil
		if len(flights) > 0 {
			first = flights[0].p.Done()
		}
		return err
	})
}

// loop runs step at every poll or kick until ctx ends or the sequencer
// fails; other errors are logged and retried.
func (p *Pipeline) loop(ctx context.Context, kick chan struct{}, step func(context.Context) error) error {
	return p.loopWith(ctx, kick, func() <-chan struct{} { return nil }, step)
}

// loopWith is loop that also wakes up when the channel wake returns (after
// each step) is closed.
func (p *Pipeline) loopWith(ctx context.Context, kick chan struct{}, wake func() <-chan struct{}, step func(context.Context) error) error {
	tick := p.cfg.Clock.NewTicker(min(p.cfg.PollInterval, p.cfg.MaxDelay/4+time.Millisecond))
	defer tick.Stop()
	rl := retryLog{p: p, msg: "settlement: step failed; retrying"}
	for {
		if err := step(ctx); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if errors.Is(err, sequencer.ErrFailed) || errors.Is(err, sequencer.ErrClosed) {
				return err
			}
			rl.failed(err)
			if !clock.Sleep(ctx, p.cfg.Clock, p.cfg.Retry) {
				return ctx.Err()
			}
		} else {
			rl.ok()
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C():
		case <-kick:
		case <-wake():
		}
	}
}

// maybeClose journals CmdSettleBatch when MaxFills fills wait or the first
// of them has waited MaxDelay, unless MaxOpen batches are open.
func (p *Pipeline) maybeClose(s state) error {
	if s.unbatched == 0 {
		p.firstAt = time.Time{}
		return nil
	}
	if p.firstAt.IsZero() {
		p.firstAt = p.cfg.Clock.Now()
	}
	due := s.unbatched >= p.cfg.MaxFills || clock.Since(p.cfg.Clock, p.firstAt) >= p.cfg.MaxDelay
	if !due || int(s.next-s.oldest) >= p.cfg.MaxOpen {
		return nil
	}
	n := s.fit
	evs, err := p.submit(exchange.Command{Kind: exchange.CmdSettleBatch, Batch: s.next, Count: uint32(n)})
	if err != nil {
		return err
	}
	if r := rejection(evs); r != exchange.ReasonNone {
		return fmt.Errorf("settlement: closing batch %d refused: %v", s.next, r)
	}
	switch {
	case n < min(s.unbatched, p.cfg.MaxFills):
		// Cut short by the wallet orders it may hold: the rest is due
		// as it was.
		wake(p.closeKick)
	case s.unbatched > n:
		p.firstAt = p.cfg.Clock.Now() // the rest has waited since at least now
	default:
		p.firstAt = time.Time{}
	}
	p.observe(BatchEvent{Batch: s.next, Fills: n, Kind: "closed"})
	wake(p.sendKick)
	return nil
}

// lastBatch reads the Exchange's lastBatchId at the latest block.
func (p *Pipeline) lastBatch(ctx context.Context) (uint64, error) {
	out, err := p.cfg.Chain.CallContract(ctx, ethereum.CallMsg{To: &p.cfg.Exchange, Data: p.ex.PackLastBatchId()}, nil)
	if err != nil {
		return 0, err
	}
	return p.ex.UnpackLastBatchId(out)
}

// flight is a settle transaction sent and not yet seen mined.
type flight struct {
	id    uint64
	p     *txsend.Pending
	fills int
}

// sendStep collects the flights that have finished, oldest first, then
// sends the next open batches the chain does not have, while fewer than
// MaxInFlight are unmined. Batch last+1 (the one the contract expects) is
// simulated as it is; a later one, chained behind flights, is simulated
// under the id the contract expects now and gets a gas limit that covers
// every fill settling (its simulation may skip fills that the batches
// before it will fund). A batch is sent under the key batch-<id>, or
// batch-<id>.<n> after a reorg took a mined one away or its transaction
// reverted; the contract's sequential batch ids make a second settlement
// impossible whatever is sent.
func (p *Pipeline) sendStep(ctx context.Context, flights *[]flight) error {
	for len(*flights) > 0 {
		f := (*flights)[0]
		select {
		case <-f.p.Done():
		default:
			goto send
		}
		*flights = (*flights)[1:]
		rc, err := f.p.Wait(ctx)
		switch {
		case errors.Is(err, txsend.ErrReorgedOut):
			p.attempts[f.id]++
			p.log.Warn("settlement: a mined batch left the chain; sending it again", "batch", f.id, "err", err)
		case rc == nil:
			return fmt.Errorf("settlement: batch %d: %w", f.id, err)
		case rc.Status != types.ReceiptStatusSuccessful:
			// A batch mined before its predecessor, or settlement paused:
			// send it again in order.
			p.attempts[f.id]++
			p.log.Warn("settlement: settle transaction reverted; sending the batch again", "batch", f.id, "tx", rc.TxHash)
		default:
			p.observe(BatchEvent{Batch: f.id, Fills: f.fills, Kind: "mined", TxHash: rc.TxHash, GasUsed: rc.GasUsed})
		}
	}
send:
	s, err := p.state()
	if err != nil {
		return err
	}
	last, err := p.lastBatch(ctx)
	if err != nil {
		return err
	}
	next := last + 1
	if n := len(*flights); n > 0 {
		if tail := (*flights)[n-1].id; tail+1 > next {
			next = tail + 1
		}
		if (*flights)[0].id > last+1 {
			// The batch the contract expects is neither mined nor in
			// flight (a reorg took it): those behind it will revert.
			// Send it again once they are done.
			return nil
		}
	}
	for id := max(next, s.oldest); id < s.next && len(*flights) < p.cfg.MaxInFlight; id++ {
		f, err := p.sendBatch(ctx, id, last)
		if errors.Is(err, errResend) {
			wake(p.sendKick)
			return nil
		}
		if err != nil {
			return err
		}
		if f.p == nil {
			last = id // the contract has it already
			continue
		}
		*flights = append(*flights, f)
		select {
		case <-f.p.Done():
			return nil // known to txsend already (a restart, a reorg): see how it ended first
		default:
		}
	}
	return nil
}

// sendBatch builds open batch id from the engine and sends it; the
// contract's lastBatchId is last.
func (p *Pipeline) sendBatch(ctx context.Context, id, last uint64) (flight, error) {
	var (
		fills []exchange.PendingFill
		ok    bool
		spec  = map[exchange.MarketID]exchange.MarketSpec{}
	)
	if err := p.cfg.Engine.Query(func(e exchange.View) {
		fills, ok = e.Batch(id)
		for _, f := range fills {
			if _, seen := spec[f.ID.Market]; !seen {
				spec[f.ID.Market], _ = e.Spec(f.ID.Market)
			}
		}
	}); err != nil {
		return flight{}, err
	}
	if !ok {
		return flight{}, nil // resolved meanwhile
	}
	specs := func(m exchange.MarketID) (exchange.MarketSpec, bool) { s, ok := spec[m]; return s, ok }
	b, err := Build(fills, specs)
	if err != nil {
		p.log.Warn("settlement: a fill of the batch cannot be encoded; finding it", "batch", id, "err", err)
		return flight{}, p.isolate(ctx, id, last, fills, specs)
	}
	key := fmt.Sprintf("batch-%d", id)
	if n := p.attempts[id]; n > 0 {
		key = fmt.Sprintf("batch-%d.%d", id, n)
	}
	req := txsend.Request{To: p.cfg.Exchange, Data: p.ex.PackSettle(id, b.Orders, b.Fills, b.ContractSigs), Key: key}
	if id > last+1 {
		req.SimulateData = p.ex.PackSettle(last+1, b.Orders, b.Fills, b.ContractSigs)
		req.GasLimit = chainedGas(fills, specs)
	}
	pend, err := p.cfg.Sender.Send(ctx, req)
	switch {
	case refused(err):
		// Simulation refused it: the contract moved on meanwhile
		// (BadBatchId), settlement is paused, or fills of it make the
		// whole call fail: find them.
		last2, err2 := p.lastBatch(ctx)
		if err2 == nil && id <= last2 {
			return flight{}, nil
		}
		if err2 == nil && last2 != last {
			return flight{}, errResend
		}
		p.log.Warn("settlement: the batch fails simulation; looking for the fills to blame", "batch", id, "fills", len(fills), "err", describeRevert(err))
		return flight{}, p.isolate(ctx, id, last, fills, specs)
	case errors.Is(err, txsend.ErrKeyConflict):
		// The key holds another payload of this batch (fills skipped since
		// it was sent, before a restart): send under a new key.
		p.attempts[id]++
		return flight{}, errResend
	case err != nil:
		return flight{}, fmt.Errorf("settlement: batch %d: %w", id, err)
	}
	if hashes := pend.Hashes(); len(hashes) > 0 {
		p.observe(BatchEvent{Batch: id, Fills: len(fills), Kind: "sent", TxHash: hashes[len(hashes)-1]})
	}
	return flight{id: id, p: pend, fills: len(fills)}, nil
}

// The gas limit of a batch sent behind others: enough for every fill to
// settle on cold storage with new slots (about 75,000 gas a fill in
// docs/contracts.md), bounded by EIP-7825's 2^24 a transaction.
// A spot fill opens a lease through the spot desk on top
// (docs/contracts.md, "Spot fills"): a batch of one 4-hour spot fill whose
// every slot is new is estimated at 370,685 gas, of one 168-hour fill at
// 661,545, of seven at 3,831,898 (TestChainedGasCoversSpotFills). A batch
// that starves the desk's call reverts whole (SpotGasTooLow), so a spot
// fill is counted in full.
const (
	chainedGasBase     = 300_000
	chainedGasPerFill  = 90_000
	chainedGasSpotFill = 300_000
	chainedGasSpotHour = 2_000
)

// chainedGas is the gas limit of a batch of fills sent behind others.
func chainedGas(fills []exchange.PendingFill, specs func(exchange.MarketID) (exchange.MarketSpec, bool)) uint64 {
	g := uint64(chainedGasBase + chainedGasPerFill*len(fills))
	for _, f := range fills {
		if s, ok := specs(f.ID.Market); ok && s.SpotHours() != 0 {
			g += chainedGasSpotFill + chainedGasSpotHour*uint64(s.SpotHours())
		}
	}
	return min(g, 1<<24)
}

// ---- the chain's side: confirmed logs become engine commands ----

// runWatcher follows the Exchange's logs from the engine's chain position
// and applies every confirmed one. A reorg deeper than the confirmations
// (a node that lost blocks) stops the watcher: it is logged as an ERROR,
// the pipeline reports itself stalled until it has converged, and the
// watcher starts again from the engine's chain position, as a restart
// would; the guard resolves the open batches whose results the chain now
// holds below that position (converge.go).
func (p *Pipeline) runWatcher(ctx context.Context) error {
	for {
		err := p.watchOnce(ctx)
		var deep *watch.DeepReorgError
		if !errors.As(err, &deep) {
			return err
		}
		p.lostBlocks(deep)
		if !clock.Sleep(ctx, p.cfg.Clock, p.cfg.Retry) {
			return ctx.Err()
		}
	}
}

// watchOnce runs one watcher from the engine's chain position.
func (p *Pipeline) watchOnce(ctx context.Context) error {
	var pos uint64
	if err := p.cfg.Engine.Query(func(e exchange.View) { pos = e.ChainPosition() }); err != nil {
		return err
	}
	from := max(p.cfg.StartBlock, pos>>24)
	var also []common.Address
	if p.cfg.Vault != (common.Address{}) {
		also = []common.Address{p.cfg.Vault}
	}
	w, err := watch.New(p.cfg.Chain, watch.Config{Address: p.cfg.Exchange, Also: also, Topics: p.watchTopics(),
		Depth: p.cfg.Confirmations - 1, PollInterval: p.cfg.PollInterval, Clock: p.cfg.Clock, Health: p.cfg.ChainHealth}, p.log, watch.From(from))
	if err != nil {
		return err
	}
	return w.Run(ctx, func(ctx context.Context, u watch.Update) error {
		p.noteChainTime(ctx, u)
		for _, ev := range u.Events {
			if ev.Kind != watch.Confirmed {
				if ev.Kind == watch.Removed {
					p.Kick() // a mined batch may have left the chain
				}
				continue
			}
			if err := p.apply(ev.Log, pos); err != nil {
				return err
			}
		}
		return nil
	})
}

// apply journals one confirmed Exchange log as one engine command (see
// Command), which the engine resolves itself: the account, the asset, the
// amount, duplicates, and the orders a withdrawal must cancel. A log at or
// below from (the engine's chain position when the watcher started) is
// skipped: the watcher resumes at that block, so the logs of the block up
// to the position come again, and the engine would only refuse them
// (CHAIN_EVENT_SEEN).
func (p *Pipeline) apply(l types.Log, from uint64) error {
	d, err := p.decodeLog(l)
	if errors.Is(err, ErrUnknownEvent) {
		return nil
	}
	if err != nil {
		return err
	}
	pos := exchange.ChainPos(l.BlockNumber, uint32(l.Index))
	c, ok := Command(d, pos)
	if !ok || pos <= from {
		return nil
	}
	var fills []exchange.PendingFill // of a batch with skips, to name them
	if b, ok := d.(BatchSettled); ok && b.Skipped > 0 {
		if err := p.cfg.Engine.Query(func(e exchange.View) { fills, _ = e.Batch(b.BatchID) }); err != nil {
			return err
		}
	}
	evs, err := p.submit(c)
	if err != nil {
		return err
	}
	r := rejection(evs)
	if b, ok := d.(BatchSettled); ok {
		if r == exchange.ReasonNone {
			p.resolved(b, fills)
		}
		p.Kick()
	}
	if b, ok := d.(BatchSettled); ok && r == exchange.ReasonBadBatchID {
		var oldest uint64
		if err := p.cfg.Engine.Query(func(e exchange.View) {
			oldest = e.NextBatch()
			if o, ok := e.OldestOpenBatch(); ok {
				oldest = o
			}
		}); err != nil {
			return err
		}
		p.guard.mu.Lock()
		read := p.guard.readTx[b.BatchID] == b.TxHash
		p.guard.mu.Unlock()
		if b.BatchID < oldest && read {
			p.log.Debug("settlement: batch result already read from the chain", "batch", b.BatchID, "tx", b.TxHash)
			return nil
		}
		if b.BatchID < oldest {
			// A batch the engine resolved, settled again after the node
			// lost the blocks of its first settlement (the same
			// transaction, sent again): the same results unless the
			// chain's state differed.
			lvl, msg := slog.LevelWarn, "settlement: a batch the engine resolved was settled again after the node lost blocks"
			if b.Skipped > 0 {
				lvl, msg = slog.LevelError, "settlement: a batch the engine resolved was settled again after the node lost blocks, with skipped fills: the engine may have resolved them differently (docs/settlement.md#recovery)"
			}
			p.log.Log(context.Background(), lvl, msg, "batch", b.BatchID, "settled", b.Settled, "skipped", b.Skipped,
				"tx", b.TxHash, "block", l.BlockNumber)
			return nil
		}
	}
	switch r {
	case exchange.ReasonNone, exchange.ReasonChainEventSeen:
	case exchange.ReasonUnknownAsset, exchange.ReasonUnknownAccount:
		p.log.Warn("settlement: "+describe(c.Kind)+" ignored by the engine", "account", common.Address(c.Address),
			"reason", r, "block", l.BlockNumber, "log", l.Index)
	default:
		p.log.Error("settlement: "+describe(c.Kind)+" refused by the engine", "account", common.Address(c.Address),
			"batch", c.Batch, "reason", r, "block", l.BlockNumber, "log", l.Index)
	}
	return nil
}

// resolved logs and reports a batch result the engine applied: one WARN
// line per skipped fill with the contract's reason (fills are the batch's
// fills before it was applied, when it skipped any).
func (p *Pipeline) resolved(b BatchSettled, fills []exchange.PendingFill) {
	var reasons map[string]int
	for i, r := range b.Results {
		if r == 0 {
			continue
		}
		reason, party := SkipReason(r)
		if reasons == nil {
			reasons = map[string]int{}
		}
		reasons[reason+"/"+party]++
		args := []any{"batch", b.BatchID, "index", i, "reason", reason, "party", party, "result", r, "tx", b.TxHash}
		if i < len(fills) {
			f := fills[i]
			args = append(args, "fill", fillName(f.ID), "taker_order", f.TakerOrder, "maker_order", f.MakerOrder)
		}
		p.log.Warn("settlement: fill skipped by the contract", args...)
	}
	lvl := slog.LevelInfo
	if b.Skipped > 0 {
		lvl = slog.LevelWarn
	}
	p.log.Log(context.Background(), lvl, "settlement: batch final", "batch", b.BatchID, "settled", b.Settled,
		"skipped", b.Skipped, "tx", b.TxHash, "block", b.Block)
	p.observe(BatchEvent{Batch: b.BatchID, Fills: b.Fills(), Kind: "resolved", TxHash: b.TxHash,
		Settled: int(b.Settled), Skipped: int(b.Skipped), Reasons: reasons})
}

// Command returns the one engine command that journals a decoded Exchange
// or ProviderVault event at chain position pos: the facts as the chain has
// them, for the engine to resolve. It returns false for an event the
// engine does not follow (WithdrawalExecuted: the withdrawal left the
// engine when it was requested).
func Command(d any, pos uint64) (exchange.Command, bool) {
	funds := func(kind exchange.CommandKind, addr common.Address, asset, amount *big.Int) exchange.Command {
		l := &exchange.ChainLog{}
		word(asset, &l.Asset)
		word(amount, &l.Amount)
		return exchange.Command{Kind: kind, Address: addr, Log: l, Chain: pos}
	}
	switch ev := d.(type) {
	case BatchSettled:
		return exchange.Command{Kind: exchange.CmdSettlementResult, Batch: ev.BatchID, Meta: ev.Results, Chain: pos}, true
	case Deposited:
		return funds(exchange.CmdChainDeposit, ev.Account, ev.Asset, ev.Amount), true
	case WithdrawalCancelled:
		return funds(exchange.CmdChainDeposit, ev.Account, ev.Asset, ev.Amount), true
	case WithdrawalRequested:
		return funds(exchange.CmdChainWithdraw, ev.Account, ev.Asset, ev.Amount), true
	case CancelledBelow:
		return exchange.Command{Kind: exchange.CmdChainCancelBelow, Address: ev.Account, Nonce: ev.Floor, Chain: pos}, true
	case NoncesCancelled:
		return exchange.Command{Kind: exchange.CmdChainCancelNonces, Address: ev.Account,
			Log: &exchange.ChainLog{Nonces: ev.Nonces}, Chain: pos}, true
	}
	return vaultCommand(d, pos)
}

// word writes a uint256 from a log into a 32-byte big-endian word. The
// ABI decoder never gives more than 256 bits or a negative value.
func word(v *big.Int, w *[32]byte) {
	if v != nil && v.Sign() >= 0 && v.BitLen() <= 256 {
		v.FillBytes(w[:])
	}
}

// describe names what a chain command does, for the log.
func describe(k exchange.CommandKind) string {
	switch k {
	case exchange.CmdSettlementResult:
		return "batch result"
	case exchange.CmdChainDeposit:
		return "deposit"
	case exchange.CmdChainWithdraw:
		return "withdrawal request"
	case exchange.CmdChainCancelBelow:
		return "cancel below"
	case exchange.CmdChainCancelNonces:
		return "nonces cancel"
	case exchange.CmdChainCapacity:
		return "vault capacity"
	case exchange.CmdChainLease:
		return "vault lease"
	}
	return fmt.Sprintf("command kind %d", k)
}

// submit journals and applies one command and returns a copy of its
// events.
func (p *Pipeline) submit(c exchange.Command) ([]exchange.Event, error) {
	done := make(chan []exchange.Event, 1)
	if err := p.cfg.Engine.Submit(c, func(_ *exchange.Command, evs []exchange.Event) {
		done <- append([]exchange.Event(nil), evs...)
	}); err != nil {
		return nil, err
	}
	select {
	case evs := <-done:
		return evs, nil
	case <-p.stop:
		// The sequencer journals and applies what it accepted, or fails
		// for good; either way this process is going down.
		return nil, context.Canceled
	}
}

func (p *Pipeline) observe(ev BatchEvent) {
	if p.cfg.Observe != nil {
		p.cfg.Observe(ev)
	}
}

// rejection returns the reason of a command's rejection, or ReasonNone.
func rejection(evs []exchange.Event) exchange.Reason {
	for _, ev := range evs {
		if ev.Kind == exchange.EvRejected {
			return ev.Reason
		}
	}
	return exchange.ReasonNone
}

// retryLog logs the failures of one retrying loop without flooding the
// log: a failure the chain node's outage explains (ChainHealth is down and
// the error is a connection error: it has said so, once) at debug level;
// otherwise the first of a run of the same error as a warning, then at most
// one line every StallLogEvery with how many it held back.
type retryLog struct {
	p    *Pipeline
	msg  string
	last string    // the error of the last warning
	at   time.Time // when it was logged
	held int       // the same error since, logged at debug level
}

func (r *retryLog) failed(err error) {
	p := r.p
	if h := p.cfg.ChainHealth; h != nil && h.Down() && txsend.IsTransient(err) {
		p.log.Debug(r.msg, "err", err)
		return
	}
	now := p.cfg.Clock.Now()
	if e := err.Error(); e == r.last && now.Sub(r.at) < p.cfg.StallLogEvery {
		r.held++
		p.log.Debug(r.msg, "err", err)
		return
	}
	args := []any{"err", err}
	if r.held > 0 && err.Error() == r.last {
		args = append(args, "repeated", r.held)
	}
	p.log.Warn(r.msg, args...)
	r.last, r.at, r.held = err.Error(), now, 0
}

// ok ends a run of failures.
func (r *retryLog) ok() { r.last, r.held = "", 0 }
