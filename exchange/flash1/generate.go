package flash1

import (
	"container/heap"
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/hourglass-exchange/hourglass/exchange"
)

// Scenario names the shape of a generated workload. Each one stresses the
// book differently, so an engine cannot be fast or right on one by accident.
type Scenario string

// The generated scenarios.
const (
	// Static keeps the mid still and orders far from it with long lives:
	// a deep book with few trades.
	Static Scenario = "static"
	// Normal lets the mid wander around its start.
	Normal Scenario = "normal"
	// Swing25 and Swing40 swing the mid by ±25% and ±40% of its start, so
	// the book is run over level after level on both sides.
	Swing25 Scenario = "swing-25"
	Swing40 Scenario = "swing-40"
	// FlashCrash drops the mid by 35% within half a percent of the run,
	// wiping out the bid levels on the way, holds, then recovers.
	FlashCrash Scenario = "flash-crash"
)

// Scenarios lists every generated scenario.
func Scenarios() []Scenario { return []Scenario{Static, Normal, Swing25, Swing40, FlashCrash} }

// ParseScenario checks a scenario name.
func ParseScenario(name string) (Scenario, error) {
	if _, ok := shapes[Scenario(name)]; !ok {
		return "", fmt.Errorf("flash1: unknown scenario %q (known: static, normal, swing-25, swing-40, flash-crash)", name)
	}
	return Scenario(name), nil
}

// shape holds a scenario's parameters. The mid is a geometric random walk
// pulled back towards a deterministic path (flat, swinging or crashing), so
// that long runs stay in range while still moving like a price.
type shape struct {
	vol    float64 // per-order volatility of the log mid around its path
	revert float64 // per-order pull of the log mid back to its path
	swing  float64 // amplitude of the path's swings, as a fraction of the start
	swings float64 // full swings over the run
	crash  float64 // depth of the crash, as a fraction of the start; 0: none

	takeIOC float64 // probability that an IOC order is priced through the mid
	takeGTC float64 // probability that a GTC order is
	alpha   float64 // power-law exponent of a resting order's distance from the mid
	scale   float64 // that distance's smallest typical value, ticks
	cancel  float64 // share of resting orders that are eventually cancelled
	maxLife float64 // longest life before a cancel, in new orders; lives are log-uniform
}

var shapes = map[Scenario]shape{
	Static:     {vol: 1e-6, revert: 1e-3, takeIOC: 0.05, takeGTC: 0.001, alpha: 1.8, scale: 4, cancel: 0.80, maxLife: 500_000},
	Normal:     {vol: 1.5e-6, revert: 2e-5, takeIOC: 0.3, takeGTC: 0.01, alpha: 2.2, scale: 4, cancel: 0.95, maxLife: 50_000},
	Swing25:    {vol: 1.5e-6, revert: 2e-5, swing: 0.25, swings: 2, takeIOC: 0.3, takeGTC: 0.01, alpha: 2.2, scale: 4, cancel: 0.95, maxLife: 50_000},
	Swing40:    {vol: 1.5e-6, revert: 2e-5, swing: 0.40, swings: 3, takeIOC: 0.3, takeGTC: 0.01, alpha: 2.2, scale: 4, cancel: 0.95, maxLife: 50_000},
	FlashCrash: {vol: 1.5e-6, revert: 2e-5, crash: 0.35, takeIOC: 0.3, takeGTC: 0.01, alpha: 2.2, scale: 4, cancel: 0.90, maxLife: 50_000},
}

// Parameters shared by every scenario.
const (
	startMid   = 50_000 // ticks
	maxDist    = 5_000  // ticks: the cap on a resting order's distance from the mid
	maxThrough = 50     // ticks: the cap on how far a taking order reaches past the mid
	maxQtyGen  = 100    // quantities are uniform in 1..maxQtyGen
	iocShare   = 0.15
	modifyRate = 0.20 // share of resting orders modified once during their life
	staleRate  = 0.02 // cancels or modifies of dead ids, per new order
	reuseRate  = 0.25 // share of new orders that reuse a dead order's id

	// The crash, as fractions of the run: it starts, falls for crashFall,
	// holds at the bottom for crashHold, then recovers over crashRecover.
	crashAt      = 0.45
	crashFall    = 0.005
	crashHold    = 0.01
	crashRecover = 0.08
)

// Generate makes a workload of orders new orders (and the cancels and
// modifies they draw, about as many again) for a scenario. The same scenario,
// count and seed always give the same records. Every order id is unique
// among live orders, so replaying it never trips a duplicate-id rejection.
func Generate(sc Scenario, orders int, seed uint64) ([]Record, error) {
	sh, ok := shapes[sc]
	if !ok {
		_, err := ParseScenario(string(sc))
		return nil, err
	}
	if orders < 0 {
		return nil, fmt.Errorf("flash1: negative order count %d", orders)
	}
	g := &generator{
		shape:  sh,
		rng:    rand.New(rand.NewPCG(seed, 0x686f7572676c6173)), // "hourglas"
		orders: orders,
		recs:   make([]Record, 0, 2*orders+16),
		nextID: 1,
	}
	for t := range orders {
		g.tick(t)
	}
	return g.recs, nil
}

// generator is the state of one Generate call.
type generator struct {
	shape
	rng    *rand.Rand
	orders int
	recs   []Record
	drift  float64 // the log mid's distance from its path
	mid    float64

	pending events   // cancels and modifies not yet due, by due time
	serial  uint64   // insertion order, the tie-break between equal due times
	nextID  uint64   // the next never-used order id
	free    []uint64 // ids of dead orders, oldest first, for reuse
	dead    []uint64 // recently dead ids, for stale cancels and modifies
}

// event is a cancel or modify the generator has scheduled for an order.
type event struct {
	due    int     // the new-order index at which it is emitted
	serial uint64  // tie-break
	typ    MsgType // Cancel or Modify
	last   bool    // the order's last event: its id is dead after it
	side   exchange.Side
	id     uint64
	price  int64
	qty    uint32
}

type events []event

func (e events) Len() int { return len(e) }
func (e events) Less(i, j int) bool {
	return e[i].due < e[j].due || (e[i].due == e[j].due && e[i].serial < e[j].serial)
}
func (e events) Swap(i, j int) { e[i], e[j] = e[j], e[i] }
func (e *events) Push(x any)   { *e = append(*e, x.(event)) }
func (e *events) Pop() any {
	old := *e
	x := old[len(old)-1]
	*e = old[:len(old)-1]
	return x
}

// emit appends a message with the next sequence number.
func (g *generator) emit(r Record) {
	r.Seq = uint64(len(g.recs))
	g.recs = append(g.recs, r)
}

// tick emits what is due before new order t, perhaps a stale cancel or
// modify, then new order t itself.
func (g *generator) tick(t int) {
	g.moveMid(t)
	for len(g.pending) > 0 && g.pending[0].due <= t {
		g.emitEvent(heap.Pop(&g.pending).(event))
	}
	if g.rng.Float64() < staleRate && len(g.dead) > 0 {
		id := g.dead[g.rng.IntN(len(g.dead))]
		if g.rng.IntN(2) == 0 {
			g.emit(Record{Type: Cancel, OrderID: id})
		} else {
			side := exchange.Side(g.rng.IntN(2))
			g.emit(Record{Type: Modify, Side: side, OrderID: id, Price: g.restingPrice(side), Qty: g.qty()})
		}
	}
	g.newOrder(t)
}

// path is the scenario's deterministic mid at fraction u of the run, as a
// multiple of the start.
func (g *generator) path(u float64) float64 {
	p := 1 + g.swing*math.Sin(2*math.Pi*g.swings*u)
	if g.crash > 0 {
		switch d := u - crashAt; {
		case d < 0:
		case d < crashFall:
			p -= g.crash * d / crashFall
		case d < crashFall+crashHold:
			p -= g.crash
		case d < crashFall+crashHold+crashRecover:
			p -= g.crash * (1 - (d-crashFall-crashHold)/crashRecover)
		}
	}
	return p
}

// moveMid advances the mid one step: a mean-reverting random walk in log
// space around the path.
func (g *generator) moveMid(t int) {
	g.drift += -g.revert*g.drift + g.vol*g.rng.NormFloat64()
	g.mid = startMid * g.path(float64(t)/float64(max(g.orders, 1))) * math.Exp(g.drift)
}

// buyShare is the probability that order t buys. The order flow leans with
// a crash's move: mostly sellers on the way down, more buyers on the way up.
func (g *generator) buyShare(t int) float64 {
	if g.crash == 0 {
		return 0.5
	}
	switch d := float64(t)/float64(max(g.orders, 1)) - crashAt; {
	case d >= 0 && d < crashFall:
		return 0.2
	case d >= crashFall+crashHold && d < crashFall+crashHold+crashRecover:
		return 0.6
	}
	return 0.5
}

// distance draws a power-law distance of at least one tick: the tail of
// P(d > x) falls as x^-(alpha-1), capped at limit.
func (g *generator) distance(alpha, scale float64, limit int64) int64 {
	u := 1 - g.rng.Float64() // (0, 1]
	return min(max(int64(scale*math.Pow(u, -1/(alpha-1))), 1), limit)
}

func clampPrice(p int64) int64 { return min(max(p, 1), MaxPrice) }

// restingPrice draws a price on side's own side of the mid.
func (g *generator) restingPrice(side exchange.Side) int64 {
	d := g.distance(g.alpha, g.scale, maxDist)
	if side == exchange.Buy {
		d = -d
	}
	return clampPrice(int64(math.Round(g.mid)) + d)
}

// takingPrice draws a price through the mid, which takes whatever rests
// between the mid and it.
func (g *generator) takingPrice(side exchange.Side) int64 {
	d := int64(g.scale) + g.distance(2.5, 1, maxThrough)
	if side == exchange.Sell {
		d = -d
	}
	return clampPrice(int64(math.Round(g.mid)) + d)
}

func (g *generator) qty() uint32 { return uint32(1 + g.rng.IntN(maxQtyGen)) }

// newOrder emits new order t and schedules its cancel and modify.
func (g *generator) newOrder(t int) {
	side := exchange.Buy
	if g.rng.Float64() >= g.buyShare(t) {
		side = exchange.Sell
	}
	ioc := g.rng.Float64() < iocShare
	take := g.takeGTC
	if ioc {
		take = g.takeIOC
	}
	var price int64
	if g.rng.Float64() < take {
		price = g.takingPrice(side)
	} else {
		price = g.restingPrice(side)
	}
	id := g.nextID
	if len(g.free) > 0 && g.rng.Float64() < reuseRate {
		id, g.free = g.free[0], g.free[1:]
	} else {
		g.nextID++
	}
	r := Record{Type: New, Side: side, IOC: ioc, Qty: g.qty(), OrderID: id, Price: price}
	g.emit(r)
	if ioc { // dead once its message is done
		g.died(id)
		return
	}
	life := int(math.Pow(g.maxLife, g.rng.Float64())) // log-uniform in [1, maxLife]
	cancel := g.rng.Float64() < g.cancel
	if g.rng.Float64() < modifyRate {
		at := 1 + g.rng.IntN(life)
		g.schedule(event{due: t + at, typ: Modify, side: side, id: id, price: price, qty: r.Qty})
		life = max(life, at) // the cancel comes after the modify
	}
	if cancel {
		g.schedule(event{due: t + life, typ: Cancel, last: true, side: side, id: id})
	}
}

func (g *generator) schedule(e event) {
	g.serial++
	e.serial = g.serial
	heap.Push(&g.pending, e)
}

// emitEvent emits a scheduled cancel or modify. A modify moves the order a
// tick towards the current mid (or away, or nowhere) and changes its
// quantity a little; one that crosses the mid trades at once.
func (g *generator) emitEvent(e event) {
	if e.typ == Cancel {
		g.emit(Record{Type: Cancel, Side: e.side, OrderID: e.id})
	} else {
		toward := int64(1)
		if float64(e.price) > g.mid {
			toward = -1
		}
		price := e.price
		switch x := g.rng.Float64(); {
		case x < 0.6:
			price += toward
		case x < 0.8:
			price -= toward
		}
		qty := max(1, min(maxQtyGen, int(e.qty)+g.rng.IntN(11)-5))
		g.emit(Record{Type: Modify, Side: e.side, OrderID: e.id, Price: clampPrice(price), Qty: uint32(qty)})
	}
	if e.last {
		g.died(e.id)
	}
}

// died records that id names no live order any more: it may be reused, and
// stale cancels and modifies aim at it.
func (g *generator) died(id uint64) {
	g.free = append(g.free, id)
	const keep = 1024
	if len(g.dead) < keep {
		g.dead = append(g.dead, id)
	} else {
		g.dead[g.rng.IntN(keep)] = id
	}
}
