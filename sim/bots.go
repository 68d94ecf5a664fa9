package sim

import (
	"fmt"
	"time"

	"github.com/hourglass-exchange/hourglass/exchange"
)

// Bots are the demo's market makers and takers, for a live exchange: the
// same agents as Demo, fed the engine's events so that they know their
// open orders. Their order ids start at a base far above any journal
// sequence number, so they never collide with the ids the sequencer gives
// the gateway's orders.
type Bots struct {
	f       *demoFlow
	Markets []DemoMarket
}

// BotOrderIDBase is where the bots' order ids start (2^62).
const BotOrderIDBase = exchange.OrderID(1) << 62

// NewBots returns the bots over accounts 0..accounts-1 of the demo markets
// whose windows start after start, and the commands that add those markets
// and open and fund the accounts (submit them first).
func NewBots(start time.Time, accounts int, seed uint64) (*Bots, []exchange.Command, error) {
	if accounts < 20 {
		return nil, nil, fmt.Errorf("sim: the bots need at least 20 accounts, not %d", accounts)
	}
	mkts, err := demoMarkets(start)
	if err != nil {
		return nil, nil, err
	}
	f := newDemoFlow(mkts, accounts, seed, start.UnixNano())
	f.nextID = BotOrderIDBase
	return &Bots{f: f, Markets: mkts}, f.setup(), nil
}

// Next returns n more commands of the bots.
func (b *Bots) Next(n int) []exchange.Command { return b.f.next(n) }

// Observe tells the bots what the engine did (the sequencer's OnApply).
func (b *Bots) Observe(evs []exchange.Event) { b.f.observe(evs) }
