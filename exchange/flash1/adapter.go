package flash1

import (
	"fmt"

	"github.com/hourglass-exchange/hourglass/exchange"
)

// Limits of the one market a workload trades on. MaxPrice bounds the tick
// ladder; flash1 prices are a few tens of thousands of ticks, and a workload
// with a price outside 1..MaxPrice is refused before the engine sees it.
const (
	MaxPrice = 1 << 24
	MaxQty   = 1 << 32

	// funding is deposited in both assets: far more than any workload can
	// hold or trade, so risk checks never change an outcome.
	funding = 1 << 60
	// maxOpenOrders lifts the per-account cap: the whole workload is one
	// account, and flash1 has no per-account limit.
	maxOpenOrders = 1 << 30
	// minCapacity and maxCapacity bound the order-table pre-size.
	minCapacity = 1 << 10
	maxCapacity = 1 << 22
)

// Assets of the workload market.
const (
	QuoteAsset exchange.AssetID = 0
	BaseAsset  exchange.AssetID = 1
)

// MarketSpec returns the market every workload trades on: one tick and one
// lot per unit, no minimum notional, no price band and no fees, so that the
// engine's own rules reduce to flash1's plain price-time priority.
func MarketSpec() exchange.MarketSpec {
	return exchange.MarketSpec{
		Symbol:     "FLASH1",
		BaseAsset:  BaseAsset,
		QuoteAsset: QuoteAsset,
		TickSize:   1,
		LotSize:    1,
		MaxPrice:   MaxPrice,
		MaxQty:     MaxQty,
	}
}

// session is one fresh engine set up for a workload: one market, one account
// (self-trade prevention off, since every order is that account's) with
// ample funds. seq numbers the commands it applies.
type session struct {
	eng  *exchange.Engine
	seq  uint64
	acct exchange.AccountID
	mkt  exchange.MarketID
}

// newSession builds the engine with its order tables sized for capacity
// live orders and runs the setup commands, failing on any rejection.
func newSession(capacity int) (*session, error) {
	s := &session{eng: exchange.New(exchange.Config{
		OrderCapacity:           capacity,
		MaxOpenOrdersPerAccount: maxOpenOrders,
		// Nothing settles in a flash1 replay: keep no ledger.
		NoSettlement: true,
	})}
	spec := MarketSpec()
	ev, err := s.setup(&exchange.Command{Kind: exchange.CmdAddMarket, Spec: &spec}, exchange.EvMarketAdded)
	if err != nil {
		return nil, err
	}
	s.mkt = ev.Market
	if ev, err = s.setup(&exchange.Command{Kind: exchange.CmdOpenAccount}, exchange.EvAccountOpened); err != nil {
		return nil, err
	}
	s.acct = ev.Account
	for _, a := range []exchange.AssetID{QuoteAsset, BaseAsset} {
		c := exchange.Command{Kind: exchange.CmdDeposit, Account: s.acct, Asset: a, Amount: funding}
		if _, err := s.setup(&c, exchange.EvBalance); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// setup applies one setup command and returns its first event of kind want.
func (s *session) setup(c *exchange.Command, want exchange.EventKind) (exchange.Event, error) {
	for _, ev := range s.apply(c) {
		switch ev.Kind {
		case want:
			return ev, nil
		case exchange.EvRejected:
			return ev, fmt.Errorf("flash1: engine setup: command %d rejected: %v", c.Kind, ev.Reason)
		}
	}
	return exchange.Event{}, fmt.Errorf("flash1: engine setup: command %d gave no event %d", c.Kind, want)
}

// apply stamps the next sequence number on c and applies it. Time stays 0:
// flash1 has no clock and no order here expires.
func (s *session) apply(c *exchange.Command) []exchange.Event {
	s.seq++
	c.Seq = s.seq
	return s.eng.Apply(c)
}

// step is one workload message converted to an engine command ahead of time,
// so that timed passes measure the engine and not the conversion.
type step struct {
	// cmd is a CmdPlace for a new order and a CmdCancel for a cancel or a
	// modify.
	cmd exchange.Command
	// A modify re-inserts at price and qty, on the cancelled order's side,
	// only if its cancel succeeded.
	modify     bool
	price, qty int64
}

// plan converts a workload into steps for one session's market and account
// (every fresh session gets the same ids). It refuses what the engine could
// not represent faithfully: a price outside 1..MaxPrice or a zero quantity
// would be an engine rejection, which flash1 never has.
func plan(recs []Record, s *session) ([]step, error) {
	steps := make([]step, len(recs))
	for i := range recs {
		r := &recs[i]
		if r.Type != Cancel && (r.Price < 1 || r.Price > MaxPrice || r.Qty == 0) {
			return nil, fmt.Errorf("%w: record %d (seq %d, %v): price %d must be in 1..%d and quantity %d positive",
				ErrFormat, i, r.Seq, r.Type, r.Price, MaxPrice, r.Qty)
		}
		st := &steps[i]
		c := &st.cmd
		c.Account, c.Market, c.OrderID = s.acct, s.mkt, exchange.OrderID(r.OrderID)
		switch r.Type {
		case New:
			c.Kind, c.Type, c.STP = exchange.CmdPlace, exchange.Limit, exchange.STPNone
			c.Side, c.Price, c.Qty, c.TIF = r.Side, r.Price, int64(r.Qty), exchange.GTC
			if r.IOC {
				c.TIF = exchange.IOC
			}
		case Cancel:
			c.Kind = exchange.CmdCancel
		case Modify:
			c.Kind = exchange.CmdCancel
			st.modify, st.price, st.qty = true, r.Price, int64(r.Qty)
		}
	}
	return steps, nil
}

// reinsert returns the template of a modify's second half; step fills in the
// order id, side, price and quantity.
func (s *session) reinsert() exchange.Command {
	return exchange.Command{
		Kind: exchange.CmdPlace, Account: s.acct, Market: s.mkt,
		Type: exchange.Limit, TIF: exchange.GTC, STP: exchange.STPNone,
	}
}

// canceled reports whether evs hold the user cancel of a resting order, and
// its side.
func canceled(evs []exchange.Event) (exchange.Side, bool) {
	for i := range evs {
		if evs[i].Kind == exchange.EvCanceled && evs[i].Reason == exchange.ReasonUserCancel {
			return evs[i].Side, true
		}
	}
	return 0, false
}

// step applies one message the way the report pass does, without looking at
// anything but what a modify needs: this is the loop the timings measure.
func (s *session) step(st *step, re *exchange.Command) {
	evs := s.apply(&st.cmd)
	if !st.modify {
		return
	}
	if side, ok := canceled(evs); ok {
		re.OrderID, re.Side, re.Price, re.Qty = st.cmd.OrderID, side, st.price, st.qty
		s.apply(re)
	}
}
