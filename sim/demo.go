// Package sim simulates market participants: the demo's generated market
// today, and later the agent-based market and fault simulation and the load
// generator.
package sim

import (
	"context"
	"encoding/hex"
	"fmt"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"sort"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/shopspring/decimal"

	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/exchange/sequencer"
)

// Stablecoin amounts have 6 decimals (USDC); a tick is $0.0001 per GPU-hour.
const (
	usdcDecimals = 6
	tickSize     = 100 // base units per GPU-hour per tick
	quoteAsset   = exchange.AssetID(0)
)

// DemoOptions size the generated market.
type DemoOptions struct {
	Accounts int    // default 3000
	Commands int    // default 1,000,000
	Seed     uint64 // default 1
	Dir      string // journal directory; default a temporary one, removed after
	// Start is when the demo's world begins (default: Clock's now); the
	// markets are the weeks after it.
	Start time.Time
	Clock clock.Clock // default clock.Real
}

// DemoMarket is one market of the demo with what happened in it.
type DemoMarket struct {
	Symbol   string
	ID       instrument.ID
	Fair     float64 // $/GPU-hour the agents start from
	Trades   int
	Volume   int64 // GPU-hours
	Notional int64 // stablecoin base units
	Last     int64 // ticks
}

// DemoResult is what Demo measured.
type DemoResult struct {
	Markets   []DemoMarket
	Commands  int
	Rejects   map[exchange.Reason]int
	Elapsed   time.Duration
	Stats     sequencer.Stats
	StateHash [32]byte
	Tops      [][4]int64
}

// demoGrades are the markets: next weeks of H100 SXM in the US, plus other
// grades and regions.
func demoMarkets(start time.Time) ([]DemoMarket, error) {
	// The first Monday after start's day: a window that has begun cannot be
	// minted.
	monday := start.UTC().Truncate(24 * time.Hour).Add(24 * time.Hour)
	for monday.Weekday() != time.Monday {
		monday = monday.Add(24 * time.Hour)
	}
	type g struct {
		gpu    uint16
		region instrument.Region
		tier   uint8
		week   int
		fair   float64
	}
	grades := []g{
		{instrument.GPUH100SXM, instrument.RegionUS, 1, 0, 2.10},
		{instrument.GPUH100SXM, instrument.RegionUS, 1, 1, 2.05},
		{instrument.GPUH100SXM, instrument.RegionUS, 1, 2, 1.98},
		{instrument.GPUH200, instrument.RegionUS, 1, 0, 3.20},
		{instrument.GPUH100PCIE, instrument.RegionEU, 2, 0, 1.65},
	}
	var out []DemoMarket
	for _, x := range grades {
		in, err := instrument.NewReservation(x.gpu, instrument.DefaultInterconnect(x.gpu), x.region, x.tier,
			monday.Add(time.Duration(x.week)*7*24*time.Hour), 168)
		if err != nil {
			return nil, err
		}
		id, err := in.Encode()
		if err != nil {
			return nil, err
		}
		out = append(out, DemoMarket{Symbol: in.Symbol(), ID: id, Fair: x.fair})
	}
	return out, nil
}

// Demo runs the engine behind the real sequencer (journal with fsync) on a
// generated market: market makers quoting around a drifting fair price and
// takers lifting them, cancelling and resting orders. It prints what
// happened to w.
func Demo(ctx context.Context, w io.Writer, o DemoOptions) (DemoResult, error) {
	if o.Accounts <= 0 {
		o.Accounts = 3000
	}
	if o.Commands <= 0 {
		o.Commands = 1_000_000
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.Start.IsZero() {
		o.Start = clock.Or(o.Clock).Now()
	}
	dir := o.Dir
	if dir == "" {
		d, err := os.MkdirTemp("", "hourglass-demo-")
		if err != nil {
			return DemoResult{}, err
		}
		defer os.RemoveAll(d)
		dir = d
	}
	mkts, err := demoMarkets(o.Start)
	if err != nil {
		return DemoResult{}, err
	}
	res := DemoResult{Markets: mkts, Rejects: map[exchange.Reason]int{}}
	var mu sync.Mutex
	seq, err := sequencer.Open(sequencer.Options{
		Dir: dir, Engine: exchange.Config{OrderCapacity: 1 << 16, MaxOpenOrdersPerAccount: 200}, KeepCommandTime: true,
		OnApply: func(c *exchange.Command, evs []exchange.Event) {
			for i := range evs {
				ev := &evs[i]
				switch ev.Kind {
				case exchange.EvTrade:
					m := &res.Markets[ev.Market]
					m.Trades++
					m.Volume += ev.Qty
					m.Notional += ev.Qty * ev.Price * tickSize
					m.Last = ev.Price
				case exchange.EvRejected:
					mu.Lock()
					res.Rejects[ev.Reason]++
					mu.Unlock()
				}
			}
		},
	})
	if err != nil {
		return res, err
	}
	fmt.Fprintf(w, "Hourglass demo: %d markets, %d accounts, %d commands through the sequencer (journal with fsync in %s)\n\n",
		len(mkts), o.Accounts, o.Commands, dir)

	gen := newDemoFlow(mkts, o.Accounts, o.Seed, o.Start.UnixNano())
	setup := gen.setup()
	start := time.Now() // throughput is measured on the wall clock, whatever Clock says
	var wg sync.WaitGroup
	ack := func(*exchange.Command, []exchange.Event) { wg.Done() }
	wg.Add(len(setup))
	if err := seq.SubmitBatch(setup, ack); err != nil {
		return res, err
	}
	// One batch in flight: agents see the fills of the last batch before
	// they act again, which keeps the run deterministic for a seed.
	window := make(chan struct{}, 1)
	sent := len(setup)
	for sent < o.Commands {
		if err := ctx.Err(); err != nil {
			break
		}
		window <- struct{}{}
		cmds := gen.next(min(2048, o.Commands-sent))
		n := len(cmds)
		wg.Add(n)
		last := len(cmds) - 1
		k := 0
		if err := seq.SubmitBatch(cmds, func(c *exchange.Command, evs []exchange.Event) {
			gen.observe(evs)
			if k == last {
				<-window
			}
			k++
			wg.Done()
		}); err != nil {
			return res, err
		}
		sent += n
	}
	wg.Wait()
	res.Elapsed = time.Since(start)
	res.Commands = sent
	seq.Query(func(e exchange.View) {
		res.StateHash = e.StateHash()
		for i := range mkts {
			b, bq, a, aq := e.Top(exchange.MarketID(i))
			res.Tops = append(res.Tops, [4]int64{b, bq, a, aq})
		}
	})
	res.Stats = seq.Stats()
	if err := seq.Close(); err != nil {
		return res, err
	}
	res.print(w)
	return res, nil
}

func usd(ticks int64) string {
	if ticks == 0 {
		return "-"
	}
	return decimal.New(ticks*tickSize, -usdcDecimals).StringFixed(4)
}

func (r *DemoResult) print(w io.Writer) {
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "market\ttrades\tGPU-hours\tVWAP $/GPU-h\tlast\tbid x size\task x size\t")
	for i, m := range r.Markets {
		vwap := "-"
		if m.Volume > 0 {
			vwap = decimal.New(m.Notional, -usdcDecimals).Div(decimal.NewFromInt(m.Volume)).StringFixed(4)
		}
		t := r.Tops[i]
		fmt.Fprintf(tw, "%s\t%d\t%d\t%s\t%s\t%s x %d\t%s x %d\t\n", m.Symbol, m.Trades, m.Volume, vwap, usd(m.Last), usd(t[0]), t[1], usd(t[2]), t[3])
	}
	tw.Flush()
	secs := r.Elapsed.Seconds()
	fmt.Fprintf(w, "\n%d commands in %.2fs: %.0f commands/s through journal (fsync) and engine\n", r.Commands, secs, float64(r.Commands)/secs)
	fmt.Fprintf(w, "group commit: %.0f commands per batch, mean fdatasync %s, %d snapshots\n",
		r.Stats.MeanBatch(), r.Stats.Journal.MeanSync().Round(time.Microsecond), r.Stats.Snapshots)
	var reasons []string
	for k, v := range r.Rejects {
		reasons = append(reasons, fmt.Sprintf("%s=%d", k, v))
	}
	sort.Strings(reasons)
	fmt.Fprintf(w, "rejections by code (cancels racing fills, post-only orders that would take): %v\n", reasons)
	fmt.Fprintf(w, "state hash: %s\n", hex.EncodeToString(r.StateHash[:]))
}

// demoFlow generates the commands of the demo's agents.
type demoFlow struct {
	r        *rand.Rand
	mkts     []DemoMarket
	fair     []float64 // ticks
	fair0    []float64
	accounts int
	makers   int
	nextID   exchange.OrderID
	now      int64
	// quotes[m][maker][side] is the maker's live quote id, 0 if none.
	quotes [][][2]exchange.OrderID
	// resting holds takers' passive orders that may be cancelled later.
	resting []restingOrder
	// open is what the agents believe each of their orders has open, kept
	// from the events as a client keeps it from its order channel.
	mu   sync.Mutex
	open map[exchange.OrderID]int64
}

type restingOrder struct {
	id      exchange.OrderID
	account exchange.AccountID
}

func newDemoFlow(mkts []DemoMarket, accounts int, seed uint64, now int64) *demoFlow {
	f := &demoFlow{r: rand.New(rand.NewPCG(seed, 0xdeb0)), mkts: mkts, accounts: accounts, makers: min(20, accounts/10+1), now: now,
		open: map[exchange.OrderID]int64{}}
	for _, m := range mkts {
		f.fair = append(f.fair, fairTicks(m.Fair))
		f.fair0 = append(f.fair0, fairTicks(m.Fair))
		f.quotes = append(f.quotes, make([][2]exchange.OrderID, f.makers))
	}
	return f
}

// demoSpec is the engine's spec of demo market m, the i-th: its token is
// asset i+1, quoted in the stablecoin, with its band around the fair price.
func demoSpec(i int, m DemoMarket) *exchange.MarketSpec {
	return &exchange.MarketSpec{Instrument: m.ID, Symbol: m.Symbol, BaseAsset: exchange.AssetID(i + 1), QuoteAsset: quoteAsset,
		TickSize: tickSize, LotSize: 1, MinNotional: 1_000_000, MaxPrice: 1 << 20, MaxQty: 1 << 20,
		RefPrice: int64(fairTicks(m.Fair)), BandBps: 2500, MakerFeeBps: 0, TakerFeeBps: 5}
}

// fairTicks converts a price in $/GPU-hour into ticks.
func fairTicks(usd float64) float64 { return usd * 1e6 / tickSize }

// setup adds the markets and opens and funds the accounts: every account
// gets stablecoin and, as if providers had minted and sold them earlier,
// tokens of every market.
func (f *demoFlow) setup() []exchange.Command {
	var cmds []exchange.Command
	for i, m := range f.mkts {
		cmds = append(cmds, exchange.Command{Kind: exchange.CmdAddMarket, Time: f.now, Spec: demoSpec(i, m)})
	}
	for a := 0; a < f.accounts; a++ {
		var addr [20]byte
		addr[0], addr[18], addr[19] = 0xd0, byte(a>>8), byte(a)
		cmds = append(cmds, exchange.Command{Kind: exchange.CmdOpenAccount, Time: f.now, Address: addr})
		cmds = append(cmds, exchange.Command{Kind: exchange.CmdDeposit, Time: f.now, Account: exchange.AccountID(a), Asset: quoteAsset, Amount: 5_000_000 * 1_000_000})
		for i := range f.mkts {
			cmds = append(cmds, exchange.Command{Kind: exchange.CmdDeposit, Time: f.now, Account: exchange.AccountID(a), Asset: exchange.AssetID(i + 1), Amount: 1_000_000})
		}
	}
	return cmds
}

// observe keeps the agents' view of their open orders.
func (f *demoFlow) observe(evs []exchange.Event) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for i := range evs {
		ev := &evs[i]
		switch ev.Kind {
		case exchange.EvAccepted:
			f.open[ev.OrderID] = ev.Qty
		case exchange.EvAmended:
			f.open[ev.OrderID] = ev.Qty
		case exchange.EvFill:
			f.reduce(ev.OrderID, ev.Qty)
			f.reduce(ev.MakerOrderID, ev.Qty)
		case exchange.EvCanceled:
			f.reduce(ev.OrderID, ev.Qty)
		case exchange.EvRejected:
			delete(f.open, ev.OrderID)
		}
	}
}

func (f *demoFlow) reduce(id exchange.OrderID, q int64) {
	if f.open[id] <= q {
		delete(f.open, id)
	} else {
		f.open[id] -= q
	}
}

// setOpen records what a client learned of one of the agents' orders: the
// lots it still has open (0: none, it is gone).
func (f *demoFlow) setOpen(id exchange.OrderID, open int64) {
	f.mu.Lock()
	if open > 0 {
		f.open[id] = open
	} else {
		delete(f.open, id)
	}
	f.mu.Unlock()
}

// sent records an order the agents just sent as open, before the engine
// has answered: a later cancel in the same batch must not be skipped.
func (f *demoFlow) sent(id exchange.OrderID, qty int64) {
	f.mu.Lock()
	f.open[id] = qty
	f.mu.Unlock()
}

// isOpen reports whether order id is still open as far as the agents know.
func (f *demoFlow) isOpen(id exchange.OrderID) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.open[id] > 0
}

func (f *demoFlow) id() exchange.OrderID {
	f.nextID++
	return f.nextID
}

// next returns n more commands.
func (f *demoFlow) next(n int) []exchange.Command {
	cmds := make([]exchange.Command, 0, n)
	for len(cmds) < n {
		f.now += int64(f.r.ExpFloat64() * 50_000) // ~20k commands per simulated second
		m := f.r.IntN(len(f.mkts))
		// Fair value drifts: a random walk of about 0.02% a step, pulled
		// back towards where it started so it stays inside the price band.
		f.fair[m] *= math.Exp(f.r.NormFloat64()*0.0002 + 0.001*math.Log(f.fair0[m]/f.fair[m]))
		fair := f.fair[m]
		mid := exchange.MarketID(m)
		switch x := f.r.Float64(); {
		case x < 0.55: // a maker requotes one side
			mk := f.r.IntN(f.makers)
			side := exchange.Side(f.r.IntN(2))
			if old := f.quotes[m][mk][side]; old != 0 && f.isOpen(old) {
				cmds = append(cmds, exchange.Command{Kind: exchange.CmdCancel, Time: f.now, Account: exchange.AccountID(mk), OrderID: old})
			}
			off := 1 + f.r.ExpFloat64()*8
			px := fair - off
			if side == exchange.Sell {
				px = fair + off
			}
			id, qty := f.id(), 10+f.r.Int64N(190)
			f.quotes[m][mk][side] = id
			f.sent(id, qty)
			cmds = append(cmds, exchange.Command{Kind: exchange.CmdPlace, Time: f.now, Account: exchange.AccountID(mk), Market: mid,
				OrderID: id, Side: side, Price: int64(math.Round(px)), Qty: qty, MaxFeeBps: 5, STP: exchange.STPCancelOldest})
		case x < 0.85: // a taker crosses the spread
			acct := exchange.AccountID(f.makers + f.r.IntN(f.accounts-f.makers))
			side := exchange.Side(f.r.IntN(2))
			px := fair + 15
			if side == exchange.Sell {
				px = fair - 15
			}
			typ, tif := exchange.Limit, exchange.IOC
			if f.r.IntN(10) == 0 {
				typ = exchange.Market
			}
			cmds = append(cmds, exchange.Command{Kind: exchange.CmdPlace, Time: f.now, Account: acct, Market: mid, OrderID: f.id(),
				Side: side, Type: typ, TIF: tif, Price: int64(math.Round(px)), Qty: 1 + f.r.Int64N(40), MaxFeeBps: 5})
		case x < 0.95: // a taker rests a passive order, sometimes GTD
			acct := exchange.AccountID(f.makers + f.r.IntN(f.accounts-f.makers))
			side := exchange.Side(f.r.IntN(2))
			off := 5 + f.r.ExpFloat64()*30
			px := fair - off
			if side == exchange.Sell {
				px = fair + off
			}
			id, qty := f.id(), 5+f.r.Int64N(100)
			f.sent(id, qty)
			c := exchange.Command{Kind: exchange.CmdPlace, Time: f.now, Account: acct, Market: mid, OrderID: id,
				Side: side, Price: int64(math.Round(px)), Qty: qty, MaxFeeBps: 5, PostOnly: f.r.IntN(3) == 0}
			if f.r.IntN(4) == 0 {
				c.TIF, c.Expiry = exchange.GTD, f.now+int64(1+f.r.IntN(30))*int64(time.Second)
			}
			cmds = append(cmds, c)
			f.resting = append(f.resting, restingOrder{id, acct})
		default: // a taker cancels an old passive order
			if len(f.resting) == 0 {
				continue
			}
			i := f.r.IntN(len(f.resting))
			o := f.resting[i]
			f.resting[i] = f.resting[len(f.resting)-1]
			f.resting = f.resting[:len(f.resting)-1]
			if f.isOpen(o.id) {
				cmds = append(cmds, exchange.Command{Kind: exchange.CmdCancel, Time: f.now, Account: o.account, OrderID: o.id})
			}
		}
	}
	return cmds
}
