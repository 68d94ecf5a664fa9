package settlement

import (
	"context"
	"math/big"

	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/internal/evm/watch"
)

// ChainTimeCommand returns the command that tells the engine the chain's
// clock has reached a block's timestamp (Unix seconds): the contract holds
// an order expired from its expiry on by block time, and a dev chain's
// block clock runs ahead of the wall clock (each block at least a second
// after its parent), so the engine's time for expiry and market close is
// the later of its own and this one (docs/engine.md, "Time").
func ChainTimeCommand(blockTime uint64) exchange.Command {
	return exchange.Command{Kind: exchange.CmdChainTime, Expiry: int64(min(blockTime, 1<<33)) * 1_000_000_000}
}

// noteChainTime journals the timestamp of the node's head block as a
// CmdChainTime when it is later than the engine's chain time. The watcher
// calls it on every update (a new confirmed block at least), so the engine
// follows the chain's clock block by block. A failure is logged, not
// fatal: the settlement horizon still covers the lead it last saw.
func (p *Pipeline) noteChainTime(ctx context.Context, u watch.Update) {
	h, err := p.cfg.Chain.HeaderByNumber(ctx, new(big.Int).SetUint64(u.Head))
	if err != nil || h == nil {
		p.log.Warn("settlement: no head block for the chain time", "block", u.Head, "err", err)
		return
	}
	c := ChainTimeCommand(h.Time)
	var known int64
	if err := p.cfg.Engine.Query(func(e exchange.View) { known = e.ChainTime() }); err != nil || c.Expiry <= known {
		return
	}
	if _, err := p.submit(c); err != nil {
		p.log.Warn("settlement: chain time not journaled", "block", u.Head, "err", err)
	}
}
