package api_test

import (
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"

	"github.com/hourglass-exchange/hourglass/api"
	"github.com/hourglass-exchange/hourglass/api/auth"
	"github.com/hourglass-exchange/hourglass/api/internal/apitest"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/redisbus"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// privateLog collects a connection's private events.
type privateLog struct {
	mu   sync.Mutex
	evs  []map[string]any
	raw  []string
	seqs map[string]uint64
}

// collect reads tr's events into the log until cond holds.
func (l *privateLog) collect(t *testing.T, tr *trader, cond func(l *privateLog) error) {
	t.Helper()
	testsvc.CheckFor(t, 10*time.Second, time.Millisecond, func() error {
		for {
			select {
			case m := <-tr.evs:
				l.mu.Lock()
				l.evs = append(l.evs, m)
				b, _ := json.Marshal(m)
				l.raw = append(l.raw, string(b))
				l.mu.Unlock()
				continue
			default:
			}
			break
		}
		return cond(l)
	})
}

// of returns the events of channel ch after its last snapshot (the
// snapshot first).
func (l *privateLog) of(ch string) []map[string]any {
	var out []map[string]any
	for _, m := range l.evs {
		if m["channel"] != ch {
			continue
		}
		if m["type"] == "snapshot" {
			out = out[:0]
		}
		out = append(out, m)
	}
	return out
}

// checkPrivate checks that every event is the account's and that each
// channel's seqs rise by exactly one after its snapshot.
func checkPrivate(t *testing.T, l *privateLog, addr common.Address) {
	t.Helper()
	for _, ch := range []string{"orders", "fills", "balances"} {
		evs := l.of(ch)
		if len(evs) == 0 || evs[0]["type"] != "snapshot" {
			t.Fatalf("%s: first event is not a snapshot: %v", ch, evs)
		}
		for i, m := range evs {
			if m["account"] != strings.ToLower(addr.Hex()) {
				t.Fatalf("%s: event of another account: %v", ch, m)
			}
			if i > 0 && num(m["seq"]) != num(evs[i-1]["seq"])+1 {
				t.Fatalf("%s: seq %v after %v", ch, m["seq"], evs[i-1]["seq"])
			}
		}
	}
}

func updates(evs []map[string]any) []map[string]any {
	var out []map[string]any
	for _, m := range evs {
		if m["type"] == "update" {
			out = append(out, m["data"].(map[string]any))
		}
	}
	return out
}

// engineBalances returns the engine's balances of an account as the
// balances channel writes them.
func engineBalances(t *testing.T, e *apitest.Engine, a exchange.AccountID) map[string][2]string {
	out := map[string][2]string{}
	if err := e.Seq.Query(func(en exchange.View) {
		av, h := en.Balance(a, 0)
		out["USDC"] = [2]string{fmt.Sprintf("%d.%06d", av/1e6, av%1e6), fmt.Sprintf("%d.%06d", h/1e6, h%1e6)}
		av, h = en.Balance(a, 1)
		out[e.Symbol] = [2]string{fmt.Sprint(av), fmt.Sprint(h)}
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

// balancesOf returns the balances a log ends with.
func balancesOf(l *privateLog) map[string][2]string {
	out := map[string][2]string{}
	for _, m := range l.of("balances") {
		var bs []any
		if m["type"] == "snapshot" {
			bs = m["data"].([]any)
		} else {
			bs = []any{m["data"]}
		}
		for _, b := range bs {
			b := b.(map[string]any)
			out[b["asset"].(string)] = [2]string{b["available"].(string), b["held"].(string)}
		}
	}
	return out
}

func subscribePrivate(tr *trader) {
	for _, ch := range []string{"orders", "fills", "balances"} {
		r := tr.ok("subscribe", map[string]any{"channel": ch})
		if r["account"] != strings.ToLower(tr.addr.Hex()) {
			tr.w.t.Fatalf("subscribe %s: %v", ch, r)
		}
	}
}

func TestPrivateChannels(t *testing.T) {
	w := newOrderWorld(t, nil)
	maker, taker := w.trader(1), w.trader(2)
	maker.refused("subscribe", map[string]any{"channel": "orders"}, "auth_required", 401)
	maker.login(false)
	taker.login(false)
	ma, ta := maker.fund(), taker.fund()
	subscribePrivate(maker)
	subscribePrivate(taker)

	ml, tl := &privateLog{}, &privateLog{}
	id := num(maker.ok("order.place", maker.order("buy", 21000, 10, 7, nil))["order_id"])
	taker.ok("order.place", taker.order("sell", 21000, 4, 9, nil))
	fillsDone := func(l *privateLog) error {
		if n := len(updates(l.of("fills"))); n != 1 {
			return fmt.Errorf("%d fills", n)
		}
		want := engineBalances(t, w.e, ma)
		if l == tl {
			want = engineBalances(t, w.e, ta)
		}
		if got := balancesOf(l); fmt.Sprint(got) != fmt.Sprint(want) {
			return fmt.Errorf("balances %v, engine %v", got, want)
		}
		return nil
	}
	ml.collect(t, maker, fillsDone)
	tl.collect(t, taker, fillsDone)
	checkPrivate(t, ml, maker.addr)
	checkPrivate(t, tl, taker.addr)

	// The maker: accepted, then filled in part; a maker fill.
	os := updates(ml.of("orders"))
	if len(os) != 2 || os[0]["event"] != "accepted" || os[0]["status"] != "open" || os[0]["client_order_id"] != "7" ||
		num(os[0]["order_id"]) != id || os[1]["event"] != "fill" || os[1]["status"] != "partially_filled" ||
		os[1]["filled_size"] != "4" || os[1]["open_size"] != "6" || os[1]["price"] != "2.1000" || os[1]["size"] != "10" {
		t.Fatalf("maker orders %v", os)
	}
	f := updates(ml.of("fills"))[0]
	if f["liquidity"] != "maker" || f["side"] != "buy" || f["price"] != "2.1000" || f["size"] != "4" || f["fee"] != "0.000000" ||
		f["settlement"] != "matched" || num(f["order_id"]) != id || f["client_order_id"] != "7" || f["market"] != w.e.Symbol {
		t.Fatalf("maker fill %v", f)
	}
	// The taker: accepted, filled at once; 5 bps of 4 × 2.1 USDC.
	os = updates(tl.of("orders"))
	if len(os) != 2 || os[0]["event"] != "accepted" || os[1]["status"] != "filled" || os[1]["client_order_id"] != "9" {
		t.Fatalf("taker orders %v", os)
	}
	tf := updates(tl.of("fills"))[0]
	if tf["liquidity"] != "taker" || tf["side"] != "sell" || tf["fee"] != "0.004200" || tf["fill_id"] != f["fill_id"] {
		t.Fatalf("taker fill %v", tf)
	}
	// Nothing of the other account (checkPrivate), and no order of it.
	for _, m := range ml.evs {
		if d, ok := m["data"].(map[string]any); ok && d["client_order_id"] == "9" {
			t.Fatalf("maker saw the taker's order: %v", m)
		}
	}

	// A late subscriber (another connection of the maker) gets the
	// snapshot, then the updates, numbered on from the first's.
	late := &trader{w: w, key: maker.key, addr: maker.addr}
	late.connect()
	late.login(false)
	subscribePrivate(late)
	ll := &privateLog{}
	ll.collect(t, late, func(l *privateLog) error {
		if len(l.evs) < 3 {
			return fmt.Errorf("%d events", len(l.evs))
		}
		return nil
	})
	snap := ll.of("orders")[0]
	last := ml.of("orders")
	if snap["type"] != "snapshot" || snap["seq"] != last[len(last)-1]["seq"] {
		t.Fatalf("late snapshot %v, last update %v", snap, last[len(last)-1])
	}
	open := snap["data"].([]any)
	if len(open) != 1 || open[0].(map[string]any)["open_size"] != "6" {
		t.Fatalf("late snapshot's open orders %v", open)
	}
	if fs := ll.of("fills")[0]["data"].([]any); len(fs) != 1 {
		t.Fatalf("late fills snapshot %v", fs)
	}
	maker.ok("order.cancel", map[string]any{"order_id": id})
	for _, l := range []struct {
		l  *privateLog
		tr *trader
	}{{ml, maker}, {ll, late}} {
		l.l.collect(t, l.tr, func(l *privateLog) error {
			os := updates(l.of("orders"))
			if len(os) == 0 || os[len(os)-1]["event"] != "canceled" {
				return fmt.Errorf("no cancel yet")
			}
			if got, want := balancesOf(l), engineBalances(t, w.e, ma); fmt.Sprint(got) != fmt.Sprint(want) {
				return fmt.Errorf("balances %v, engine %v", got, want)
			}
			return nil
		})
		checkPrivate(t, l.l, maker.addr)
	}
	if a, b := ml.of("orders"), ll.of("orders"); a[len(a)-1]["seq"] != b[len(b)-1]["seq"] {
		t.Fatalf("the two connections end at orders seq %v and %v", a[len(a)-1]["seq"], b[len(b)-1]["seq"])
	}
	if o := ll.of("orders"); o[len(o)-1]["data"].(map[string]any)["reason"] != "USER_CANCEL" || o[len(o)-1]["data"].(map[string]any)["status"] != "canceled" {
		t.Fatalf("cancel without a reason: %v", o[len(o)-1])
	}

	// Amended and rejected orders.
	id2 := num(maker.ok("order.place", maker.order("buy", 20000, 5, 11, nil))["order_id"])
	maker.ok("order.amend", map[string]any{"order_id": id2, "size": "2"})
	maker.refused("order.place", maker.order("sell", 22000, 5000, 12, nil), "engine_insufficient_balance", 400)
	ml.collect(t, maker, func(l *privateLog) error {
		if os := updates(l.of("orders")); len(os) < 3 || os[len(os)-1]["event"] != "rejected" {
			return fmt.Errorf("no rejection yet")
		}
		return nil
	})
	checkPrivate(t, ml, maker.addr)
	os = updates(ml.of("orders"))
	os = os[len(os)-3:]
	if os[0]["event"] != "accepted" || os[1]["event"] != "amended" || os[1]["open_size"] != "2" || os[1]["size"] != "5" ||
		os[1]["status"] != "open" || num(os[1]["order_id"]) != id2 {
		t.Fatalf("amend: %v", os[:2])
	}
	if r := os[2]; r["status"] != "rejected" || r["reason"] != "INSUFFICIENT_BALANCE" || r["client_order_id"] != "12" ||
		r["side"] != "sell" || r["size"] != "5000" || r["price"] != "2.2000" || r["open_size"] != "0" {
		t.Fatalf("rejected: %v", r)
	}
}

func TestPrivateTwoGatewaysOverRedis(t *testing.T) {
	url := testsvc.Redis(t)
	newBus := func() *redisbus.Bus {
		opt, err := redis.ParseURL(url)
		if err != nil {
			t.Fatal(err)
		}
		rc := redis.NewClient(opt)
		b := redisbus.New(rc, redisbus.Options{Prefix: "p:"})
		t.Cleanup(func() { b.Close(); rc.Close() })
		return b
	}
	e := apitest.NewEngine(t, apitest.Options{Bus: newBus()})
	v, err := auth.New(auth.Config{Domain: "hourglass.test", ChainID: 1337})
	if err != nil {
		t.Fatal(err)
	}
	w := &orderWorld{t: t, e: e, clock: clock.NewFake(apitest.Start),
		domain: eip712.Domain{ChainID: big.NewInt(1337), VerifyingContract: common.HexToAddress("0x7a832fbCbD8ffD9d545e7Fd08836355D2Ff3eAbe")}}
	e.Seq.Query(func(en exchange.View) {
		spec, _ := en.Spec(0)
		w.market = new(big.Int).SetBytes(spec.Instrument[:])
	})
	var gws []*apitest.Gateway
	for range 2 {
		g := apitest.NewGateway(t, api.Options{Bus: newBus(), Clock: w.clock, Auth: v, Engine: api.SequencerEngine{Seq: e.Seq}, OrderDomain: w.domain})
		g.WaitMarket(t, e.Symbol)
		gws = append(gws, g)
	}
	w.gw = gws[0]
	tr := w.trader(1)
	s := tr.login(false)
	tr.fund()
	other := w.trader(2)
	other.login(false)
	other.fund()
	w.gw = gws[1]
	tr2 := &trader{w: w, key: tr.key, addr: tr.addr}
	tr2.connect()
	tr2.ok("auth.login", map[string]any{"token": s["token"]})
	subscribePrivate(tr)
	subscribePrivate(tr2)
	l1, l2 := &privateLog{}, &privateLog{}
	ready := func(l *privateLog) error {
		if len(l.evs) < 3 {
			return fmt.Errorf("%d events", len(l.evs))
		}
		return nil
	}
	l1.collect(t, tr, ready)
	l2.collect(t, tr2, ready)
	for i := range 5 {
		tr.ok("order.place", tr.order("buy", int64(21000+i), 3, uint64(i+1), nil))
		other.ok("order.place", other.order("sell", int64(21000+i), 2, uint64(i+1), nil))
	}
	tr.ok("order.cancel_all", nil)
	done := func(l *privateLog) error {
		os := updates(l.of("orders"))
		if len(os) != 15 || len(updates(l.of("fills"))) != 5 {
			return fmt.Errorf("%d order updates, %d fills", len(os), len(updates(l.of("fills"))))
		}
		return nil
	}
	l1.collect(t, tr, done)
	l2.collect(t, tr2, done)
	checkPrivate(t, l1, tr.addr)
	checkPrivate(t, l2, tr.addr)
	for _, ch := range []string{"orders", "fills", "balances"} {
		// The two joined at different points: from the later snapshot on,
		// both sequences are the same messages.
		a, b := l1.of(ch), l2.of(ch)
		from := max(num(a[0]["seq"]), num(b[0]["seq"]))
		after := func(evs []map[string]any) string {
			var out []map[string]any
			for _, m := range evs {
				if m["type"] == "update" && num(m["seq"]) > from {
					out = append(out, m)
				}
			}
			return fmt.Sprint(out)
		}
		if after(a) != after(b) || a[len(a)-1]["seq"] != b[len(b)-1]["seq"] {
			t.Fatalf("%s: the gateways differ:\n%v\n%v", ch, a, b)
		}
	}
	if got, want := balancesOf(l2), engineBalances(t, e, tr.account()); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("balances %v, engine %v", got, want)
	}
}

// openOrders returns the open orders a log ends with, by client order id.
func openOrders(l *privateLog) map[string]map[string]any {
	out := map[string]map[string]any{}
	for _, m := range l.of("orders") {
		var os []any
		if m["type"] == "snapshot" {
			os = m["data"].([]any)
		} else {
			os = []any{m["data"]}
		}
		for _, o := range os {
			o := o.(map[string]any)
			if s := o["status"]; s == "open" || s == "partially_filled" {
				out[o["client_order_id"].(string)] = o
			} else {
				delete(out, o["client_order_id"].(string))
			}
		}
	}
	return out
}

func TestPrivateChannelsAfterPublisherResync(t *testing.T) {
	w := newOrderWorld(t, nil)
	maker, taker := w.trader(1), w.trader(2)
	maker.login(false)
	taker.login(false)
	ma := maker.fund()
	taker.fund()
	subscribePrivate(maker)
	ml := &privateLog{}
	maker.ok("order.place", maker.order("buy", 21000, 10, 7, nil))
	taker.ok("order.place", taker.order("sell", 21000, 4, 9, nil))
	ml.collect(t, maker, func(l *privateLog) error {
		if len(updates(l.of("fills"))) != 1 {
			return fmt.Errorf("no fill yet")
		}
		return nil
	})
	snaps := 0
	for _, m := range ml.evs {
		if m["type"] == "snapshot" {
			snaps++
		}
	}
	// The publisher drops what comes while it re-synchronises (as after a
	// queue overflow) and rebuilds every account from the engine; the
	// gateway fetches the fresh snapshot and sends it unasked.
	w.e.Publisher.Resync()
	maker.ok("order.place", maker.order("buy", 20000, 3, 8, nil))
	ml.collect(t, maker, func(l *privateLog) error {
		n := 0
		for _, m := range l.evs {
			if m["type"] == "snapshot" {
				n++
			}
		}
		os := openOrders(l)
		if n < snaps+3 || len(os) != 2 || os["8"] == nil {
			return fmt.Errorf("%d snapshots, open orders %v", n, os)
		}
		if got, want := balancesOf(l), engineBalances(t, w.e, ma); fmt.Sprint(got) != fmt.Sprint(want) {
			return fmt.Errorf("balances %v, engine %v", got, want)
		}
		return nil
	})
	checkPrivate(t, ml, maker.addr)
	os := openOrders(ml)
	if o := os["7"]; o["size"] != "10" || o["filled_size"] != "4" || o["open_size"] != "6" || o["status"] != "partially_filled" {
		t.Fatalf("order 7 after the resync: %v", o)
	}
	if o := os["8"]; o["size"] != "3" || o["open_size"] != "3" || o["price"] != "2.0000" {
		t.Fatalf("order 8 after the resync: %v", o)
	}
	// Updates go on from the new snapshot.
	maker.ok("order.cancel", map[string]any{"client_order_id": "8"})
	ml.collect(t, maker, func(l *privateLog) error {
		if len(openOrders(l)) != 1 {
			return fmt.Errorf("open orders %v", openOrders(l))
		}
		return nil
	})
	checkPrivate(t, ml, maker.addr)
}

func TestPrivateChannelsBeforeTheAccountOpens(t *testing.T) {
	w := newOrderWorld(t, nil)
	tr := w.trader(5)
	tr.login(false)
	subscribePrivate(tr) // the engine has no account for it yet
	// An order before any deposit is refused at the gateway: nothing
	// happened, so the channel says nothing.
	tr.refused("order.place", tr.order("buy", 21000, 1, 1, nil), "engine_insufficient_balance", 400)
	// The deposit opens the account; the channels follow it from there.
	tr.fund()
	tr.ok("order.place", tr.order("buy", 21000, 1, 2, nil))
	l := &privateLog{}
	l.collect(t, tr, func(l *privateLog) error {
		if os := updates(l.of("orders")); len(os) != 1 || os[0]["status"] != "open" {
			return fmt.Errorf("orders %v", l.of("orders"))
		}
		return nil
	})
	checkPrivate(t, l, tr.addr)
}
