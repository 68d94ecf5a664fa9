package marketdata

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/exchange"
)

// testStart is the time of the first command of every harness:
// 2027-01-04T00:00:00Z.
var testStart = time.Date(2027, 1, 4, 0, 0, 0, 0, time.UTC).UnixNano()

// testSpec is a realistic market: a tick of 100 stablecoin base units
// (0.0001 USDC per GPU-hour) and a lot of one GPU-hour.
func testSpec(n int) exchange.MarketSpec {
	return exchange.MarketSpec{
		Instrument: [32]byte{31: byte(n + 1)},
		Symbol:     fmt.Sprintf("H100SXM-US-T1-2027-01-%02d+168h", 4+7*n),
		BaseAsset:  exchange.AssetID(n + 1),
		QuoteAsset: 0,
		TickSize:   100,
		LotSize:    1,
		MaxPrice:   1_000_000,
		MaxQty:     10_000,
	}
}

const testAccounts = 4

// harness drives the real engine and a feed side by side.
type harness struct {
	tb   testing.TB
	eng  *exchange.Engine
	feed *Feed
	seq  uint64
	now  int64
}

func newHarness(tb testing.TB, cfg Config, markets int) *harness {
	h := &harness{tb: tb, eng: exchange.New(exchange.Config{MaxOpenOrdersPerAccount: 100000, OrderCapacity: 1 << 16}), feed: New(cfg), now: testStart}
	for n := range markets {
		s := testSpec(n)
		h.mustApply(exchange.Command{Kind: exchange.CmdAddMarket, Spec: &s}, exchange.EvMarketAdded)
	}
	for a := range testAccounts {
		h.mustApply(exchange.Command{Kind: exchange.CmdOpenAccount, Address: [20]byte{byte(a + 1)}}, exchange.EvAccountOpened)
		h.mustApply(exchange.Command{Kind: exchange.CmdDeposit, Account: exchange.AccountID(a), Asset: 0, Amount: 1 << 58}, exchange.EvBalance)
		for n := range markets {
			h.mustApply(exchange.Command{Kind: exchange.CmdDeposit, Account: exchange.AccountID(a), Asset: exchange.AssetID(n + 1), Amount: 1 << 40}, exchange.EvBalance)
		}
	}
	return h
}

func (h *harness) mustApply(c exchange.Command, want exchange.EventKind) {
	evs, _ := h.apply(c)
	if len(evs) == 0 || evs[0].Kind != want {
		h.tb.Fatalf("setup command %+v: events %+v", c, evs)
	}
}

// apply runs one command through the engine and the feed.
func (h *harness) apply(c exchange.Command) ([]exchange.Event, *Output) {
	h.seq++
	c.Seq = h.seq
	if c.Time == 0 {
		c.Time = h.now
	}
	h.now = max(h.now, c.Time)
	evs := h.eng.Apply(&c)
	return evs, h.feed.Apply(&c, evs)
}

func place(acct int, id uint64, side exchange.Side, price, qty int64) exchange.Command {
	return exchange.Command{
		Kind: exchange.CmdPlace, Account: exchange.AccountID(acct), OrderID: exchange.OrderID(id),
		Side: side, Price: price, Qty: qty,
	}
}

// engineLevels returns one side of the engine's book, best first.
func engineLevels(e *exchange.Engine, m exchange.MarketID, side exchange.Side) []level {
	return engineTop(e, m, side, 1<<30)
}

// engineTop returns the best n levels of one side of the engine's book.
func engineTop(e *exchange.Engine, m exchange.MarketID, side exchange.Side, n int) []level {
	var out []level
	e.Depth(m, side, n, func(p, q int64) { out = append(out, level{p, q}) })
	return out
}

// feedLevels returns one side of the feed's book, best first.
func feedLevels(f *Feed, m exchange.MarketID, side exchange.Side) []level {
	mk := f.market(m)
	ld := mk.ladder(side)
	out := make([]level, 0, len(ld.lv))
	for r := range ld.lv {
		out = append(out, ld.rank(r))
	}
	return out
}

// wireLevels turns levels into the strings a client receives.
func wireLevels(info *MarketInfo, ls []level, depth int) []Level {
	if depth > 0 && len(ls) > depth {
		ls = ls[:depth]
	}
	out := make([]Level, len(ls))
	for i, l := range ls {
		out[i] = Level{info.Price(l.price), info.Size(l.qty)}
	}
	return out
}

// orderGen produces random commands over a few markets, with prices that
// wander around a mid, so that books build, cross, and empty.
type orderGen struct {
	rng     *rand.Rand
	markets int
	mid     []int64
	nextID  uint64
	live    []liveOrder
	t       int64
}

type liveOrder struct {
	acct int
	id   uint64
}

func newOrderGen(seed uint64, markets int) *orderGen {
	g := &orderGen{rng: rand.New(rand.NewPCG(seed, 99)), markets: markets, t: testStart}
	for range markets {
		g.mid = append(g.mid, 21_450)
	}
	return g
}

// next returns the next command; time moves forward by up to stepMax ns.
func (g *orderGen) next(stepMax int64) exchange.Command {
	r := g.rng
	g.t += r.Int64N(stepMax + 1)
	m := r.IntN(g.markets)
	g.mid[m] = min(max(g.mid[m]+int64(r.IntN(5))-2, 1000), 900_000)
	acct := r.IntN(testAccounts)
	var c exchange.Command
	switch x := r.IntN(100); {
	case x < 66 || len(g.live) == 0:
		g.nextID++
		side := exchange.Side(r.IntN(2))
		dist := int64(r.ExpFloat64() * 20)
		if r.IntN(10) == 0 {
			dist = -int64(r.IntN(6)) // through the mid: takes
		}
		price := g.mid[m] - dist
		if side == exchange.Sell {
			price = g.mid[m] + dist
		}
		c = place(acct, g.nextID, side, max(price, 1), 1+int64(r.IntN(50)))
		c.Market = exchange.MarketID(m)
		if r.IntN(8) == 0 {
			c.TIF = exchange.IOC
		}
		if c.TIF == exchange.GTC {
			g.live = append(g.live, liveOrder{acct, g.nextID})
		}
	case x < 85:
		i := r.IntN(len(g.live))
		o := g.live[i]
		g.live = slices.Delete(g.live, i, i+1)
		c = exchange.Command{Kind: exchange.CmdCancel, Account: exchange.AccountID(o.acct), OrderID: exchange.OrderID(o.id)}
	case x < 99:
		o := g.live[r.IntN(len(g.live))]
		c = exchange.Command{Kind: exchange.CmdAmend, Account: exchange.AccountID(o.acct), OrderID: exchange.OrderID(o.id), Qty: 1 + int64(r.IntN(60))}
		if r.IntN(2) == 0 {
			c.Price = g.mid[m] + int64(r.IntN(21)) - 10
		}
	default:
		c = exchange.Command{Kind: exchange.CmdMassCancel, Account: exchange.AccountID(acct), Market: exchange.NoMarket, Side: exchange.AnySide}
		g.live = slices.DeleteFunc(g.live, func(o liveOrder) bool { return o.acct == acct })
	}
	c.Time = g.t
	return c
}
