package settlement

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/evm/watch"
)

// Converging with the chain after it lost blocks (docs/settlement.md, "A
// node that loses blocks"). The engine's chain position is a block number,
// not a hash: after a node lost blocks (geth --dev killed) or a reorg
// deeper than the confirmations, the node mines the same transactions again
// in blocks at or below that position, which the watcher never delivers
// again. Batch results do not need the position: batch ids are sequential
// on chain and in the engine, so the guard reads the result of the oldest
// open batch from the chain by its id (the contract's lastBatchId and the
// BatchSettled log that exists now) and applies it once it is final. What
// it cannot settle this way it reports: the pipeline is stalled, an ERROR
// repeats every StallLogEvery, and the health event sets
// hourglass_settlement_stalled.

// lostLookback bounds how far below the engine's chain position the guard
// looks for a batch's result.
const lostLookback = 8192

// guardState is the guard's; the watcher reports deep reorgs into it.
type guardState struct {
	mu        sync.Mutex
	deepReorg string    // the last deep reorg, until the guard sees the pipeline converged
	lossLow   uint64    // the lost range (lossLow, lossHigh] of blocks, while known
	lossHigh  uint64    //
	oldest    uint64    // the oldest open batch, and since when
	since     time.Time //
	// onChain is the oldest open batch while the contract's lastBatchId
	// covers it, and since when.
	onChain      uint64
	onChainSince time.Time
	stalled      bool
	// readTx is the transaction of each batch result read from the chain
	// by batch id: the watcher's later delivery of the same one is no news.
	readTx  map[uint64]common.Hash
	problem string
	lastLog time.Time
}

// batchSettledTopic is the BatchSettled event's topic 0.
var batchSettledTopic = func() common.Hash {
	if errorsABI == nil {
		return common.Hash{}
	}
	return errorsABI.Events["BatchSettled"].ID
}()

// Stalled reports whether the pipeline is stalled, and why.
func (p *Pipeline) Stalled() (bool, string) {
	p.guard.mu.Lock()
	defer p.guard.mu.Unlock()
	return p.guard.stalled, p.guard.problem
}

// lostBlocks is the watcher's report of a reorg it cannot undo.
func (p *Pipeline) lostBlocks(deep *watch.DeepReorgError) {
	p.log.Error("settlement: the node lost blocks, or reorganised deeper than the confirmations; the watcher starts again from the engine's chain position and batch results are read from the chain by batch id",
		"err", deep, "confirmed_block", deep.Confirmed.Number, "head", deep.Head.Number)
	g := &p.guard
	g.mu.Lock()
	g.deepReorg = "a reorg removed a confirmed block (" + deep.Error() + ")"
	if deep.ForkKnown {
		if g.lossHigh == 0 || deep.Fork < g.lossLow {
			g.lossLow = deep.Fork
		}
		g.lossHigh = max(g.lossHigh, deep.Confirmed.Number)
	}
	g.mu.Unlock()
	p.Kick()
}

// runGuard compares the engine with the chain every GuardInterval.
func (p *Pipeline) runGuard(ctx context.Context) error {
	tick := p.cfg.Clock.NewTicker(p.cfg.GuardInterval)
	defer tick.Stop()
	var failingSince time.Time
	rl := retryLog{p: p, msg: "settlement: cannot compare the engine with the chain"}
	for {
		if err := p.guardStep(ctx); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if errors.Is(err, errSequencer) {
				return err
			}
			// A node that does not answer for a moment is not a stall;
			// one that does not answer for StallAfter is.
			if failingSince.IsZero() {
				failingSince = p.cfg.Clock.Now()
			}
			rl.failed(err)
			if clock.Since(p.cfg.Clock, failingSince) >= p.cfg.StallAfter {
				p.health([]string{"cannot compare the engine with the chain since " + failingSince.UTC().Format(time.RFC3339) + ": " + err.Error()}, true)
			}
		} else {
			failingSince = time.Time{}
			rl.ok()
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C():
		}
	}
}

// errSequencer wraps a sequencer failure: the guard stops with it.
var errSequencer = errors.New("settlement: sequencer")

// engineState is what the guard reads from the engine.
type engineState struct {
	oldest    uint64
	open      bool
	next, pos uint64
}

func (p *Pipeline) engineState() (engineState, error) {
	var s engineState
	err := p.cfg.Engine.Query(func(e exchange.View) {
		s.oldest, s.open = e.OldestOpenBatch()
		s.next, s.pos = e.NextBatch(), e.ChainPosition()
	})
	if err != nil {
		return s, fmt.Errorf("%w: %w", errSequencer, err)
	}
	return s, nil
}

// guardStep resolves what the chain has settled and the watcher will not
// deliver, then reports the pipeline's health.
func (p *Pipeline) guardStep(ctx context.Context) error {
	s, err := p.engineState()
	if err != nil {
		return err
	}
	h, err := p.cfg.Chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	head := h.Number.Uint64()
	last, err := p.lastBatch(ctx)
	if err != nil {
		return err
	}
	// Look for results below the engine's position only when blocks were
	// lost, or when the chain has held the oldest open batch for a while
	// (a restart after a loss): else the watcher delivers them.
	now := p.cfg.Clock.Now()
	g := &p.guard
	g.mu.Lock()
	if !s.open || last < s.oldest {
		g.onChain = 0
	} else if g.onChain != s.oldest {
		g.onChain, g.onChainSince = s.oldest, now
	}
	look := g.deepReorg != "" || g.lossHigh != 0 || head < s.pos>>24 || now.Sub(g.onChainSince) >= p.cfg.StallAfter/8
	g.mu.Unlock()
	var problems []string
	fromChain := false // results read from the chain in this step: report it at least once
	for look && s.open && last >= s.oldest {
		ok, problem, err := p.resolveFromChain(ctx, s.oldest, s.pos, head)
		if err != nil {
			return err
		}
		if problem != "" {
			problems = append(problems, problem)
		}
		if !ok {
			break
		}
		fromChain = true
		g.mu.Lock()
		if g.deepReorg == "" {
			g.deepReorg = fmt.Sprintf("batch %d's result lay at or below the engine's chain position (block %d): the node lost blocks and mined it again",
				s.oldest, s.pos>>24)
		}
		g.mu.Unlock()
		if s, err = p.engineState(); err != nil {
			return err
		}
	}
	g.mu.Lock()
	lost := uint64(0)
	if pb := s.pos >> 24; head < pb {
		problems = append(problems, fmt.Sprintf("the node's head (block %d) is below the engine's chain position (block %d): the node lost blocks; "+
			"batch results are read from the chain by batch id, other Exchange events mined again at or below block %d are not applied "+
			"(the balances they move: once every fill is settled, stop the operator and run `hourglass reconcile --dir DIR --rpc URL [--apply]`)", head, pb, pb))
		if g.lossHigh == 0 || head < g.lossLow {
			g.lossLow = head
		}
		g.lossHigh = max(g.lossHigh, pb)
	} else if g.lossHigh != 0 && head+1 >= g.lossHigh+p.cfg.Confirmations {
		lost = g.lossHigh
	}
	lossLow := g.lossLow
	if lost != 0 {
		g.lossLow, g.lossHigh = 0, 0
	}
	resolved := s.next - 1
	if s.open {
		resolved = s.oldest - 1
	}
	if last < resolved {
		problems = append(problems, fmt.Sprintf("the contract's lastBatchId is %d but the engine resolved batch %d: the chain lost settled batches; "+
			"the sender sends their transactions again from its journal", last, resolved))
	}
	switch {
	case !s.open:
		g.oldest = 0
	case s.oldest != g.oldest:
		g.oldest, g.since = s.oldest, now
	case now.Sub(g.since) >= p.cfg.StallAfter:
		problems = append(problems, fmt.Sprintf("batch %d has been open for %s (the contract's lastBatchId is %d, the node's head block %d)",
			s.oldest, now.Sub(g.since).Round(time.Second), last, head))
	}
	if g.deepReorg != "" {
		// Converged: nothing else wrong, the watcher is past the engine's
		// position, and the chain holds no result the engine lacks.
		if !fromChain && len(problems) == 0 && head >= s.pos>>24 && (!s.open || last < s.oldest) {
			g.deepReorg = ""
		} else {
			problems = append(problems, g.deepReorg)
		}
	}
	g.mu.Unlock()
	if lost != 0 {
		p.reportLostRange(ctx, lossLow+1, lost)
	}
	p.health(problems, false)
	return nil
}

// resolveFromChain applies the chain's result of open batch id when the
// watcher will not deliver it: its BatchSettled log lies at or below the
// engine's chain position pos (the node mined it again after losing
// blocks) and is final. It returns whether it applied it, and a problem
// when the chain's result cannot be applied.
func (p *Pipeline) resolveFromChain(ctx context.Context, id, pos, head uint64) (bool, string, error) {
	low := min(head, pos>>24)
	from := max(p.cfg.StartBlock, low-min(low, lostLookback))
	logs, err := p.cfg.Chain.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(head),
		Addresses: []common.Address{p.cfg.Exchange}, Topics: [][]common.Hash{{batchSettledTopic}, {common.BigToHash(new(big.Int).SetUint64(id))}}})
	if err != nil {
		return false, "", err
	}
	if len(logs) == 0 {
		return false, "", nil // not found (yet): a batch open for StallAfter is reported
	}
	l := logs[len(logs)-1]
	if l.Removed || head+1 < l.BlockNumber+p.cfg.Confirmations {
		return false, "", nil // not final yet
	}
	// Above the engine's position too: after a loss the watcher may have
	// delivered this batch's log while older batches were still open,
	// and the engine, which takes results in batch order, refused it; the
	// watcher does not deliver it again.
	d, err := Decode(l)
	if err != nil {
		return false, "", err
	}
	b, ok := d.(BatchSettled)
	if !ok || b.BatchID != id {
		return false, "", fmt.Errorf("settlement: the log for batch %d decodes as %T", id, d)
	}
	var fills []exchange.PendingFill
	if err := p.cfg.Engine.Query(func(e exchange.View) { fills, _ = e.Batch(id) }); err != nil {
		return false, "", fmt.Errorf("%w: %w", errSequencer, err)
	}
	evs, err := p.submit(exchange.Command{Kind: exchange.CmdSettlementResult, Batch: id, Meta: b.Results})
	if err != nil {
		return false, "", fmt.Errorf("%w: %w", errSequencer, err)
	}
	if r := rejection(evs); r != exchange.ReasonNone {
		return false, fmt.Sprintf("the chain settled batch %d with %d results (tx %s, block %d) and the engine refuses them: %v",
			id, len(b.Results), l.TxHash, l.BlockNumber, r), nil
	}
	p.log.Warn("settlement: batch result read from the chain by batch id (the node lost blocks, or the watcher's delivery of it came out of order)",
		"batch", id, "block", l.BlockNumber, "tx", l.TxHash, "chain_position_block", pos>>24)
	p.guard.mu.Lock()
	if p.guard.readTx == nil {
		p.guard.readTx = map[uint64]common.Hash{}
	}
	p.guard.readTx[id] = l.TxHash
	for old := range p.guard.readTx {
		if old+1024 < id { // long final: no watcher brings it now
			delete(p.guard.readTx, old)
		}
	}
	p.guard.mu.Unlock()
	p.resolved(b, fills)
	p.Kick()
	return true, "", nil
}

// reportLostRange lists the Exchange events other than batch results (and
// the vault's, when it is watched) that the chain holds in blocks [from,
// to], which the node lost and mined again: the watcher did not apply them. One that was in the lost blocks
// was applied then; one that was not is missing from the engine.
func (p *Pipeline) reportLostRange(ctx context.Context, from, to uint64) {
	addrs := []common.Address{p.cfg.Exchange}
	if p.cfg.Vault != (common.Address{}) {
		addrs = append(addrs, p.cfg.Vault)
	}
	logs, err := p.cfg.Chain.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: addrs, Topics: p.watchTopics()})
	if err != nil {
		p.log.Error("settlement: cannot list the Exchange events in the blocks the node lost", "from", from, "to", to, "err", err)
		return
	}
	n := 0
	for _, l := range logs {
		d, err := p.decodeLog(l)
		if err != nil {
			continue
		}
		if _, batch := d.(BatchSettled); batch {
			continue
		}
		if _, ok := Command(d, 0); !ok {
			continue
		}
		if n++; n <= 100 {
			p.log.Error("settlement: an Exchange event in the blocks the node lost and mined again was not applied: applied already if the same transaction was in the lost blocks, MISSING otherwise: `hourglass reconcile` finds and corrects the balance (docs/settlement.md, Recovery)",
				"event", fmt.Sprintf("%T", d), "tx", l.TxHash, "block", l.BlockNumber, "log", l.Index)
		}
	}
	if n > 0 {
		p.log.Error("settlement: Exchange events in the blocks the node lost were not applied", "events", n, "from", from, "to", to,
			"recovery", "once every fill is settled, stop the operator and run hourglass reconcile --dir DIR --rpc URL, then with --apply")
	}
}

// health reports the pipeline's problems: an ERROR now and every
// StallLogEvery while there are any, an INFO when they are gone, and a
// health event (hourglass_settlement_stalled) on each change.
func (p *Pipeline) health(problems []string, transient bool) {
	now := p.cfg.Clock.Now()
	g := &p.guard
	g.mu.Lock()
	was := g.stalled
	problem := strings.Join(problems, "; ")
	stalled := len(problems) > 0
	logNow := stalled && (!was || clock.Since(p.cfg.Clock, g.lastLog) >= p.cfg.StallLogEvery || (problem != g.problem && !transient))
	g.stalled, g.problem = stalled, problem
	if logNow {
		g.lastLog = now
	}
	g.mu.Unlock()
	if logNow {
		p.log.Error("settlement: STALLED: "+problem, "recovery", "docs/settlement.md#recovery")
	}
	if was && !stalled {
		p.log.Info("settlement: no longer stalled; the engine agrees with the chain")
	}
	if was != stalled {
		p.observe(BatchEvent{Kind: "health", Stalled: stalled, Problem: problem})
	}
}
