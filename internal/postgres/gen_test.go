package postgres

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/exchange"
)

// harness drives a real engine and keeps what it applied, copied, as the
// sequencer's OnApply would hand it to the writer.
type harness struct {
	e       *exchange.Engine
	seq     uint64
	now     int64
	applied []Applied
}

// t0 is a Monday, 2027-01-04 00:00 UTC: bucket boundaries of every interval.
var t0 = time.Date(2027, 1, 4, 0, 0, 0, 0, time.UTC).UnixNano()

func newHarness() *harness {
	return &harness{e: exchange.New(exchange.Config{OrderCapacity: 1 << 14}), now: t0}
}

// do applies c at the harness's current time and returns its events.
func (h *harness) do(c exchange.Command, meta *OrderMeta) []exchange.Event {
	h.seq++
	c.Seq, c.Time = h.seq, h.now
	evs := append([]exchange.Event(nil), h.e.Apply(&c)...)
	h.applied = append(h.applied, Applied{Cmd: c, Events: evs, Order: meta})
	return evs
}

// take returns what was applied since the last take.
func (h *harness) take() []Applied {
	a := h.applied
	h.applied = nil
	return a
}

const (
	quoteAsset = exchange.AssetID(0)
	feeMaker   = 2
	feeTaker   = 5
)

func testSpec(i int) *exchange.MarketSpec {
	s := &exchange.MarketSpec{
		Symbol:    "H100SXM-US-T1-2027-01-04+168h",
		BaseAsset: exchange.AssetID(1 + i), QuoteAsset: quoteAsset,
		TickSize: 100, LotSize: 1, MinNotional: 0, MaxPrice: 100000, MaxQty: 10000,
		MakerFeeBps: feeMaker, TakerFeeBps: feeTaker,
	}
	s.Instrument[0], s.Instrument[31] = 1, byte(i)
	return s
}

func addr(i int) (a [20]byte) {
	a[0], a[19] = 0xa1, byte(i)
	return a
}

// setup adds markets and funded accounts.
func (h *harness) setup(markets, accounts int) {
	for m := range markets {
		h.do(exchange.Command{Kind: exchange.CmdAddMarket, Spec: testSpec(m)}, nil)
	}
	for a := range accounts {
		h.do(exchange.Command{Kind: exchange.CmdOpenAccount, Address: addr(a)}, nil)
		h.do(exchange.Command{Kind: exchange.CmdDeposit, Account: exchange.AccountID(a), Asset: quoteAsset, Amount: 1 << 50}, nil)
		for m := range markets {
			h.do(exchange.Command{Kind: exchange.CmdDeposit, Account: exchange.AccountID(a), Asset: exchange.AssetID(1 + m), Amount: 1 << 30}, nil)
		}
	}
}

// workload generates a realistic random order flow over a harness set up
// with setup: mostly resting limit orders around a drifting mid, some that
// cross, IOCs, cancels and amends, with client order ids.
type workload struct {
	h        *harness
	rng      *rand.Rand
	markets  int
	accounts int
	mid      []int64
	live     map[exchange.OrderID]exchange.AccountID
	liveIDs  []exchange.OrderID
	nextID   exchange.OrderID
	stepNs   int64
}

func newWorkload(h *harness, seed uint64, markets, accounts int) *workload {
	w := &workload{h: h, rng: rand.New(rand.NewPCG(seed, 1)), markets: markets, accounts: accounts,
		live: map[exchange.OrderID]exchange.AccountID{}, nextID: 1, stepNs: int64(50 * time.Millisecond)}
	for range markets {
		w.mid = append(w.mid, 25000)
	}
	return w
}

// track remembers accepted orders as cancel and amend targets. Filled ones
// stay on the list: cancelling them exercises the rejections too.
func (w *workload) track(evs []exchange.Event) {
	for _, ev := range evs {
		if ev.Kind == exchange.EvAccepted {
			w.live[ev.OrderID] = ev.Account
			w.liveIDs = append(w.liveIDs, ev.OrderID)
		}
	}
}

// step applies one random command.
func (w *workload) step() {
	h, r := w.h, w.rng
	h.now += r.Int64N(w.stepNs) + 1
	switch x := r.IntN(100); {
	case x < 15 && len(w.liveIDs) > 0: // cancel
		i := r.IntN(len(w.liveIDs))
		id := w.liveIDs[i]
		w.liveIDs[i] = w.liveIDs[len(w.liveIDs)-1]
		w.liveIDs = w.liveIDs[:len(w.liveIDs)-1]
		h.do(exchange.Command{Kind: exchange.CmdCancel, Account: w.live[id], OrderID: id}, nil)
		delete(w.live, id)
	case x < 22 && len(w.liveIDs) > 0: // amend
		id := w.liveIDs[r.IntN(len(w.liveIDs))]
		m := r.IntN(w.markets)
		w.track(h.do(exchange.Command{Kind: exchange.CmdAmend, Account: w.live[id], OrderID: id,
			Price: w.mid[m] + r.Int64N(41) - 20, Qty: 1 + r.Int64N(20)}, nil))
	default: // place
		m := r.IntN(w.markets)
		w.mid[m] += r.Int64N(5) - 2
		side := exchange.Side(r.IntN(2))
		price := w.mid[m] + r.Int64N(21) - 10
		if side == exchange.Buy {
			price -= 3
		} else {
			price += 3
		}
		tif := exchange.GTC
		if r.IntN(10) == 0 {
			tif = exchange.IOC
		}
		id := w.nextID
		w.nextID++
		var meta *OrderMeta
		if r.IntN(2) == 0 {
			meta = &OrderMeta{ClientOrderID: "c" + itoa(int64(id)), Signed: []byte{0x19, 0x01, byte(id)}}
		}
		w.track(h.do(exchange.Command{Kind: exchange.CmdPlace, Account: exchange.AccountID(r.IntN(w.accounts)),
			Market: exchange.MarketID(m), OrderID: id, Side: side, TIF: tif, Price: price, Qty: 1 + r.Int64N(30),
			MaxFeeBps: feeTaker}, meta))
	}
}

func itoa(n int64) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(b[i:])
		}
	}
}

// generate returns n more commands of the workload.
func (w *workload) generate(n int) []Applied {
	for range n {
		w.step()
	}
	return w.h.take()
}

func countEvents(batch []Applied) (n int) {
	for _, a := range batch {
		n += len(a.Events)
	}
	return n
}

func mustNoErr(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
