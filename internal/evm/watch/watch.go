package watch

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/health"
)

// Node is what a Watcher reads from an Ethereum node: ethclient.Client and
// the simulated backend's client both satisfy it.
type Node interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	HeaderByHash(ctx context.Context, hash common.Hash) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// HeadSubscriber is a Node that can push new heads (ethclient.Client over a
// websocket or IPC). Run uses it only to poll sooner.
type HeadSubscriber interface {
	SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error)
}

// Kind says what an Event reports.
type Kind uint8

// Event kinds.
const (
	Seen      Kind = iota + 1 // the log's block joined the canonical chain
	Removed                   // a log delivered as Seen left the canonical chain
	Confirmed                 // the log's block is Depth deep: final for the caller
)

func (k Kind) String() string {
	switch k {
	case Seen:
		return "seen"
	case Removed:
		return "removed"
	case Confirmed:
		return "confirmed"
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

// Event is one log's change of state. Log.Removed is set on Removed events.
type Event struct {
	Kind Kind
	Log  types.Log
	// BlockTime is the timestamp of the log's block (0 for a Removed log of
	// a block the watcher knew only from a checkpoint).
	BlockTime uint64
	// Tip is the number of the watcher's canonical tip when the event was
	// produced: the block's number for Seen, the block's number + Depth for
	// Confirmed, the fork point for Removed.
	Tip uint64
}

// BlockRef names a block.
type BlockRef struct {
	Number uint64
	Hash   common.Hash
}

// Checkpoint is where a Watcher stands: the last confirmed block and the
// blocks above it that it has delivered as Seen, oldest first. A zero
// Confirmed.Hash means the block's hash is not known yet (From).
type Checkpoint struct {
	Confirmed   BlockRef
	Unconfirmed []BlockRef
}

// From is the checkpoint of a watcher that delivers the logs of block
// `block` and of every later one (block 0 means 1: the genesis block has no
// logs).
func From(block uint64) Checkpoint {
	return Checkpoint{Confirmed: BlockRef{Number: max(block, 1) - 1}}
}

// Config is what a Watcher follows and how.
type Config struct {
	// Address is the contract whose logs are delivered.
	Address common.Address
	// Also are more contracts whose logs are delivered with Address's,
	// in one (block, log index) order (the settlement pipeline follows
	// the Exchange and the ProviderVault together). Topics filters them
	// all.
	Also []common.Address
	// Topics filters the logs as in ethereum.FilterQuery (nil: all).
	Topics [][]common.Hash
	// Depth is the number of blocks that must be mined on top of a log's
	// block before it is confirmed: 1 for geth --dev, 12 or more on mainnet;
	// 0 confirms a log as soon as it is seen.
	Depth uint64
	// Window is how many recent block hashes the watcher keeps to find the
	// fork point of a reorg; it must exceed Depth. Default Depth + 64.
	Window uint64
	// MaxBlocks bounds how many new blocks one Poll adds (catching up).
	// Default 128.
	MaxBlocks uint64
	// PollInterval is how often Run polls. Default 2s.
	PollInterval time.Duration
	// PollOnly stops Run from subscribing to new heads.
	PollOnly bool
	// MaxBackoff caps the delay between polls while they fail: from
	// PollInterval it doubles after each failure up to MaxBackoff (default
	// 1s), and is back to PollInterval after a success. Keep it short: the
	// settlement pipeline converges after a node lost blocks only if the
	// watcher sees the loss soon after the node is back (with 5s,
	// TestGethLosesBlocks stalled in 2 runs of 7).
	MaxBackoff time.Duration
	// Health is told whether each poll reached the node
	// (health.Dependency, shared with the transaction sender): it says
	// once that the node is not answering and once that it answers again,
	// and the watcher logs its failed polls at debug level only. Default:
	// a health.Dependency of the watcher's own, logging to its logger.
	Health Health
	// Clock drives Run's polling (nil: clock.Real).
	Clock clock.Clock
}

// Health is told about the node's answers (health.Dependency): Failed
// after a call that got none, OK after one that did.
type Health interface {
	Failed(by string, err error)
	OK()
}

// Update is what one Poll produced: the events and the checkpoint after
// them, which the caller persists with the state the events changed.
type Update struct {
	Events     []Event
	Checkpoint Checkpoint
	// Tip is the watcher's canonical tip after the events; Head the node's
	// head number it read. Tip.Number < Head means Poll is catching up.
	Tip  BlockRef
	Head uint64
}

// ErrDeepReorg says a reorg reached below the last confirmed block or
// beyond the window: the Watcher cannot undo it and has stopped; the caller
// must stop and resync.
var ErrDeepReorg = errors.New("watch: reorg deeper than the confirmed block")

// ErrInconsistent says the node answered something that contradicts
// itself (a log of another block than asked, a parent of the wrong
// number). Poll changes nothing and may be retried.
var ErrInconsistent = errors.New("watch: inconsistent node answer")

// DeepReorgError describes a reorg that the Watcher cannot handle.
type DeepReorgError struct {
	// Confirmed is the watcher's last confirmed block.
	Confirmed BlockRef
	// Head is the node's head at the time.
	Head BlockRef
	// Fork is the newest block the old and new chains share, when the
	// window holds it (ForkKnown).
	Fork      uint64
	ForkKnown bool
	// Oldest is the oldest block of the window.
	Oldest uint64
}

func (e *DeepReorgError) Error() string {
	if e.ForkKnown {
		return fmt.Sprintf("watch: reorg from block %d removes confirmed block %d %s (head %d %s)",
			e.Fork+1, e.Confirmed.Number, e.Confirmed.Hash, e.Head.Number, e.Head.Hash)
	}
	return fmt.Sprintf("watch: reorg deeper than the window (oldest known block %d, confirmed %d %s, head %d %s)",
		e.Oldest, e.Confirmed.Number, e.Confirmed.Hash, e.Head.Number, e.Head.Hash)
}

// Unwrap makes errors.Is(err, ErrDeepReorg) hold.
func (e *DeepReorgError) Unwrap() error { return ErrDeepReorg }

// block is a block of the watcher's view.
type block struct {
	ref  BlockRef
	time uint64
	// logs are the block's matching logs in index order while it is
	// unconfirmed; loaded is false for a block known only from a
	// checkpoint, whose logs have not been fetched.
	logs   []types.Log
	loaded bool
}

// Watcher follows one contract's logs (and Config.Also's); see the package
// documentation.
type Watcher struct {
	node Node
	cfg  Config
	log  *slog.Logger

	// view holds consecutive blocks, oldest first; the last is the tip.
	// Blocks up to number confirmed are confirmed (logs dropped); the
	// confirmed block is always in view.
	view      []block
	confirmed uint64
	err       error
	// behind is set while the node's head is below the view (said once).
	behind bool
}

// New returns a Watcher that resumes from the checkpoint (From for a first
// start); logger may be nil.
func New(node Node, cfg Config, logger *slog.Logger, from Checkpoint) (*Watcher, error) {
	if node == nil {
		return nil, errors.New("watch: nil node")
	}
	if cfg.Window == 0 {
		cfg.Window = cfg.Depth + 64
	}
	if cfg.Window <= cfg.Depth {
		return nil, fmt.Errorf("watch: window %d must exceed depth %d", cfg.Window, cfg.Depth)
	}
	if cfg.MaxBlocks == 0 {
		cfg.MaxBlocks = 128
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = 2 * time.Second
	}
	if cfg.MaxBackoff <= 0 {
		cfg.MaxBackoff = time.Second
	}
	cfg.MaxBackoff = max(cfg.MaxBackoff, cfg.PollInterval)
	cfg.Clock = clock.Or(cfg.Clock)
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Health == nil {
		cfg.Health = health.New("chain", logger, cfg.Clock)
	}
	if (from.Confirmed.Hash == common.Hash{}) && len(from.Unconfirmed) > 0 {
		return nil, errors.New("watch: checkpoint has unconfirmed blocks above a confirmed block without hash")
	}
	if uint64(len(from.Unconfirmed)) > cfg.Window {
		return nil, fmt.Errorf("watch: checkpoint holds %d unconfirmed blocks, more than the window %d", len(from.Unconfirmed), cfg.Window)
	}
	view := []block{{ref: from.Confirmed, loaded: true}}
	for i, r := range from.Unconfirmed {
		if r.Number != from.Confirmed.Number+uint64(i)+1 || (r.Hash == common.Hash{}) {
			return nil, fmt.Errorf("watch: checkpoint's unconfirmed block %d (%d %s) does not follow block %d", i, r.Number, r.Hash, from.Confirmed.Number)
		}
		view = append(view, block{ref: r})
	}
	return &Watcher{
		node: node, cfg: cfg, log: logger.With("contract", cfg.Address),
		view: view, confirmed: from.Confirmed.Number,
	}, nil
}

// at returns the view's block at number n, or nil outside the view.
func (w *Watcher) at(n uint64) *block {
	if n < w.view[0].ref.Number || n > w.tip().ref.Number {
		return nil
	}
	return &w.view[n-w.view[0].ref.Number]
}

func (w *Watcher) tip() *block { return &w.view[len(w.view)-1] }

// Checkpoint is the watcher's position; see Checkpoint.
func (w *Watcher) Checkpoint() Checkpoint {
	c := Checkpoint{Confirmed: w.at(w.confirmed).ref}
	for _, b := range w.view {
		if b.ref.Number > w.confirmed {
			c.Unconfirmed = append(c.Unconfirmed, b.ref)
		}
	}
	return c
}

// Err is the error that stopped the watcher (a *DeepReorgError), or nil.
func (w *Watcher) Err() error { return w.err }

// plan is what one Poll changes, gathered before anything changes.
type plan struct {
	keep     int         // view[:keep] stays
	fork     uint64      // the newest block the old and new chains share
	resolved common.Hash // the hash of view[0] when it was unknown
	orphaned []block     // newest first
	added    []block     // oldest first
}

// Poll brings the watcher up to the node's head (at most MaxBlocks new
// blocks) and returns the events in order with the checkpoint after them.
// On an error other than ErrDeepReorg nothing has changed and Poll may be
// called again.
func (w *Watcher) Poll(ctx context.Context) (Update, error) {
	if w.err != nil {
		return Update{}, w.err
	}
	head, err := w.node.HeaderByNumber(ctx, nil)
	if err != nil {
		return Update{}, fmt.Errorf("watch: head: %w", err)
	}
	u := Update{Head: head.Number.Uint64()}
	tip := w.tip()
	unresolved := (w.view[0].ref.Hash == common.Hash{})
	hasGhosts := !tip.loaded
	if w.behind && (u.Head > tip.ref.Number || w.at(u.Head) != nil) {
		w.behind = false
		w.log.Info("watch: the node's head is back in the watcher's window", "head", u.Head, "tip", tip.ref.Number)
	}
	switch {
	case u.Head < tip.ref.Number:
		// A node behind us, or a chain rewound to a block we hold: wait
		// until it grows a block we do not know.
		b := w.at(u.Head)
		if b == nil && !unresolved && !w.behind {
			w.behind = true
			w.log.Warn("watch: the node's head is below the watcher's window; waiting for it (said once; again when it is back)", "head", u.Head, "tip", tip.ref.Number)
		}
		if unresolved || b == nil || b.ref.Hash == head.Hash() {
			return w.update(u, nil), nil
		}
	case u.Head == tip.ref.Number && head.Hash() == tip.ref.Hash && !hasGhosts:
		return w.update(u, nil), nil
	}

	target := head
	if u.Head > tip.ref.Number+w.cfg.MaxBlocks {
		n := tip.ref.Number + w.cfg.MaxBlocks
		if target, err = w.node.HeaderByNumber(ctx, new(big.Int).SetUint64(n)); err != nil {
			return Update{}, fmt.Errorf("watch: header %d: %w", n, err)
		}
		if target.Number.Uint64() != n {
			return Update{}, fmt.Errorf("%w: asked header %d, got %d", ErrInconsistent, n, target.Number)
		}
	}
	p, err := w.plan(ctx, head, target)
	if err != nil {
		var deep *DeepReorgError
		if errors.As(err, &deep) {
			w.err = err
			w.log.Error("watch: deep reorg; the caller must resync", "err", err)
		}
		return Update{}, err
	}
	return w.update(u, w.apply(p)), nil
}

func (w *Watcher) update(u Update, events []Event) Update {
	u.Events = events
	u.Checkpoint = w.Checkpoint()
	u.Tip = w.tip().ref
	return u
}

// parent fetches the parent of h and checks that it is one.
func (w *Watcher) parent(ctx context.Context, h *types.Header) (*types.Header, error) {
	p, err := w.node.HeaderByHash(ctx, h.ParentHash)
	if err != nil {
		return nil, fmt.Errorf("watch: header %s (parent of %d): %w", h.ParentHash, h.Number, err)
	}
	if p.Number.Uint64()+1 != h.Number.Uint64() || p.Hash() != h.ParentHash {
		return nil, fmt.Errorf("%w: parent %s of block %d is block %d %s", ErrInconsistent, h.ParentHash, h.Number, p.Number, p.Hash())
	}
	return p, nil
}

// plan walks back from target to the newest block of the view that is
// still canonical and fetches the logs of what the view loses and gains.
func (w *Watcher) plan(ctx context.Context, head, target *types.Header) (plan, error) {
	var p plan
	var added []*types.Header // newest first
	cur := target
	tipN := w.tip().ref.Number
	for cur.Number.Uint64() > tipN {
		added = append(added, cur)
		var err error
		if cur, err = w.parent(ctx, cur); err != nil {
			return p, err
		}
	}
	fork := cur.Number.Uint64()
	for {
		b := w.at(fork)
		if b == nil {
			return p, &DeepReorgError{Confirmed: w.at(w.confirmed).ref, Head: BlockRef{head.Number.Uint64(), head.Hash()}, Oldest: w.view[0].ref.Number}
		}
		if (b.ref.Hash == common.Hash{}) {
			p.resolved = cur.Hash() // view[0] of From: whatever is canonical
			break
		}
		if b.ref.Hash == cur.Hash() {
			break
		}
		if fork == w.view[0].ref.Number {
			return p, &DeepReorgError{Confirmed: w.at(w.confirmed).ref, Head: BlockRef{head.Number.Uint64(), head.Hash()}, Oldest: w.view[0].ref.Number}
		}
		added = append(added, cur)
		var err error
		if cur, err = w.parent(ctx, cur); err != nil {
			return p, err
		}
		fork--
	}
	if fork < w.confirmed {
		return p, &DeepReorgError{Confirmed: w.at(w.confirmed).ref, Head: BlockRef{head.Number.Uint64(), head.Hash()}, Fork: fork, ForkKnown: true, Oldest: w.view[0].ref.Number}
	}
	p.keep, p.fork = int(fork-w.view[0].ref.Number)+1, fork
	// Orphaned blocks, newest first; those known only from a checkpoint
	// have their logs fetched by hash if the node still has them.
	for i := len(w.view) - 1; i >= p.keep; i-- {
		b := w.view[i]
		if !b.loaded {
			logs, err := w.logs(ctx, b.ref)
			if err != nil {
				w.log.Warn("watch: cannot fetch the logs of an orphaned block from the checkpoint; its logs get no Removed event",
					"block", b.ref.Number, "hash", b.ref.Hash, "err", err)
			}
			b.logs, b.loaded = logs, true
		}
		p.orphaned = append(p.orphaned, b)
	}
	// Blocks of the checkpoint that are still canonical are delivered
	// again, as if added now.
	keep := p.keep
	for i := 0; i < keep; i++ {
		if w.view[i].loaded {
			continue
		}
		b := w.view[i]
		h, err := w.node.HeaderByHash(ctx, b.ref.Hash)
		if err != nil {
			return p, fmt.Errorf("watch: header %d %s: %w", b.ref.Number, b.ref.Hash, err)
		}
		if b.logs, err = w.logs(ctx, b.ref); err != nil {
			return p, err
		}
		b.time, b.loaded = h.Time, true
		p.added = append(p.added, b)
		p.keep = min(p.keep, i)
	}
	for i := len(added) - 1; i >= 0; i-- {
		h := added[i]
		b := block{ref: BlockRef{h.Number.Uint64(), h.Hash()}, time: h.Time, loaded: true}
		var err error
		if b.logs, err = w.logs(ctx, b.ref); err != nil {
			return p, err
		}
		p.added = append(p.added, b)
	}
	return p, nil
}

// logs fetches the matching logs of one block by its hash.
func (w *Watcher) logs(ctx context.Context, ref BlockRef) ([]types.Log, error) {
	h := ref.Hash
	addrs := append([]common.Address{w.cfg.Address}, w.cfg.Also...)
	logs, err := w.node.FilterLogs(ctx, ethereum.FilterQuery{BlockHash: &h, Addresses: addrs, Topics: w.cfg.Topics})
	if err != nil {
		return nil, fmt.Errorf("watch: logs of block %d %s: %w", ref.Number, ref.Hash, err)
	}
	for _, l := range logs {
		if l.BlockHash != h || l.BlockNumber != ref.Number || !slices.Contains(addrs, l.Address) {
			return nil, fmt.Errorf("%w: log %d of block %d %s from %s asked for block %d %s",
				ErrInconsistent, l.Index, l.BlockNumber, l.BlockHash, l.Address, ref.Number, ref.Hash)
		}
	}
	slices.SortFunc(logs, func(a, b types.Log) int { return int(a.Index) - int(b.Index) })
	return logs, nil
}

// apply changes the view as planned and returns the events.
func (w *Watcher) apply(p plan) []Event {
	var events []Event
	for _, b := range p.orphaned {
		for i := len(b.logs) - 1; i >= 0; i-- {
			l := b.logs[i]
			l.Removed = true
			events = append(events, Event{Kind: Removed, Log: l, BlockTime: b.time, Tip: p.fork})
		}
		w.log.Info("watch: block left the canonical chain", "block", b.ref.Number, "hash", b.ref.Hash, "logs", len(b.logs))
	}
	if (p.resolved != common.Hash{}) {
		w.view[0].ref.Hash = p.resolved
	}
	w.view = w.view[:p.keep]
	for _, b := range p.added {
		w.view = append(w.view, b)
		for _, l := range b.logs {
			events = append(events, Event{Kind: Seen, Log: l, BlockTime: b.time, Tip: b.ref.Number})
		}
		if b.ref.Number < w.cfg.Depth {
			continue
		}
		for n := w.confirmed + 1; n <= b.ref.Number-w.cfg.Depth; n++ {
			c := w.at(n)
			for _, l := range c.logs {
				events = append(events, Event{Kind: Confirmed, Log: l, BlockTime: c.time, Tip: b.ref.Number})
			}
			c.logs = nil
			w.confirmed = n
		}
	}
	if over := len(w.view) - int(w.cfg.Window); over > 0 {
		w.view = slices.Delete(w.view, 0, over)
	}
	return events
}
