package api_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
)

// settlementViews returns the latest state of each fill view a log's
// settlement channel holds (snapshot, then updates), by "fill_id/liquidity".
func settlementViews(l *privateLog) map[string]map[string]any {
	out := map[string]map[string]any{}
	for _, m := range l.of("settlement") {
		var fs []any
		if m["type"] == "snapshot" {
			fs = m["data"].([]any)
		} else {
			fs = []any{m["data"]}
		}
		for _, f := range fs {
			f := f.(map[string]any)
			out[fmt.Sprintf("%v/%v", num(f["fill_id"]), f["liquidity"])] = f
		}
	}
	return out
}

// checkSettlementSeqs checks that the settlement channel starts with a
// snapshot, is the account's only, and that its seqs rise by one.
func checkSettlementSeqs(t *testing.T, l *privateLog, tr *trader) {
	t.Helper()
	evs := l.of("settlement")
	if len(evs) == 0 || evs[0]["type"] != "snapshot" {
		t.Fatalf("settlement: first event is not a snapshot: %v", evs)
	}
	for i, m := range evs {
		if m["account"] != strings.ToLower(tr.addr.Hex()) {
			t.Fatalf("settlement: event of another account: %v", m)
		}
		if i > 0 && num(m["seq"]) != num(evs[i-1]["seq"])+1 {
			t.Fatalf("settlement: seq %v after %v", m["seq"], evs[i-1]["seq"])
		}
	}
}

func TestSettlementChannel(t *testing.T) {
	w := newOrderWorld(t, nil)
	maker, taker := w.trader(1), w.trader(2)
	maker.refused("subscribe", map[string]any{"channel": "settlement"}, "auth_required", 401)
	maker.login(false)
	ts := taker.login(false)
	maker.fund()
	taker.fund()
	for _, tr := range []*trader{maker, taker} {
		if r := tr.ok("subscribe", map[string]any{"channel": "settlement"}); r["channel"] != "settlement" || r["account"] != strings.ToLower(tr.addr.Hex()) {
			t.Fatalf("subscribe: %v", r)
		}
	}
	ml, tl := &privateLog{}, &privateLog{}
	ml.collect(t, maker, func(l *privateLog) error {
		if len(l.of("settlement")) != 1 {
			return fmt.Errorf("no snapshot yet")
		}
		return nil
	})
	if d := ml.of("settlement")[0]["data"].([]any); len(d) != 0 {
		t.Fatalf("snapshot of an account without fills: %v", d)
	}

	// Two fills of one maker order, by two taker orders.
	mid := num(maker.ok("order.place", maker.order("buy", 21000, 10, 7, nil))["order_id"])
	t1 := num(taker.ok("order.place", taker.order("sell", 21000, 4, 9, nil))["order_id"])
	t2 := num(taker.ok("order.place", taker.order("sell", 21000, 3, 10, nil))["order_id"])
	want := func(n int, cond func(views map[string]map[string]any) error) func(*privateLog) error {
		return func(l *privateLog) error {
			vs := settlementViews(l)
			if len(vs) != n {
				return fmt.Errorf("%d fill views: %v", len(vs), vs)
			}
			return cond(vs)
		}
	}
	var fills []uint64 // fill ids, in fill order
	tl.collect(t, taker, want(2, func(vs map[string]map[string]any) error { return nil }))
	for _, m := range updates(tl.of("settlement")) {
		fills = append(fills, num(m["fill_id"]))
	}
	if len(fills) != 2 || fills[0] >= fills[1] {
		t.Fatalf("taker's matched updates %v", updates(tl.of("settlement")))
	}
	// matched: each side's view, with its own order, side and liquidity.
	check := func(l *privateLog, tr *trader, key string, fields map[string]any) {
		t.Helper()
		vs := settlementViews(l)
		v := vs[key]
		for k, x := range fields {
			got := v[k]
			if f, ok := got.(float64); ok {
				got = uint64(f)
			}
			if got != x {
				t.Fatalf("%s %s: %s = %v, want %v (%v)", tr.addr, key, k, got, x, v)
			}
		}
	}
	f1, f2 := fmt.Sprintf("%d/", fills[0]), fmt.Sprintf("%d/", fills[1])
	check(tl, taker, f1+"taker", map[string]any{"state": "matched", "order_id": t1, "client_order_id": "9", "side": "sell",
		"price": "2.1000", "size": "4", "market": w.e.Symbol, "batch": nil, "reason": nil})
	check(tl, taker, f2+"taker", map[string]any{"state": "matched", "order_id": t2, "client_order_id": "10", "size": "3"})
	ml.collect(t, maker, want(2, func(map[string]map[string]any) error { return nil }))
	check(ml, maker, f1+"maker", map[string]any{"state": "matched", "order_id": mid, "client_order_id": "7", "side": "buy", "size": "4"})
	check(ml, maker, f2+"maker", map[string]any{"state": "matched", "order_id": mid, "client_order_id": "7", "size": "3"})

	// The batch closes: both fills carry batch 1.
	w.e.Submit(exchange.Command{Kind: exchange.CmdSettleBatch, Batch: 1, Count: 2})
	batched := want(2, func(vs map[string]map[string]any) error {
		for k, v := range vs {
			if v["batch"] != float64(1) || v["state"] != "matched" {
				return fmt.Errorf("%s not batched: %v", k, v)
			}
		}
		return nil
	})
	ml.collect(t, maker, batched)
	tl.collect(t, taker, batched)

	// The chain settles the first and skips the second: the maker could not pay.
	w.e.Submit(exchange.Command{Kind: exchange.CmdSettlementResult, Batch: 1,
		Meta: []byte{eip712.ResultSettled, byte(eip712.PartyMaker)<<6 | byte(eip712.InsufficientCash)}})
	resolved := want(2, func(vs map[string]map[string]any) error {
		for k, v := range vs {
			if v["state"] == "matched" {
				return fmt.Errorf("%s not resolved: %v", k, v)
			}
		}
		return nil
	})
	ml.collect(t, maker, resolved)
	tl.collect(t, taker, resolved)
	for _, c := range []struct {
		l   *privateLog
		tr  *trader
		liq string
		oid uint64
	}{{ml, maker, "maker", mid}, {tl, taker, "taker", t2}} {
		check(c.l, c.tr, f1+c.liq, map[string]any{"state": "settled", "batch": uint64(1), "reason": nil, "party": nil})
		check(c.l, c.tr, f2+c.liq, map[string]any{"state": "reverted", "batch": uint64(1), "reason": "INSUFFICIENT_CASH",
			"party": "maker", "order_id": c.oid, "size": "3", "price": "2.1000"})
		checkSettlementSeqs(t, c.l, c.tr)
		// matched, batched, resolved: three updates per fill view.
		if n := len(updates(c.l.of("settlement"))); n != 6 {
			t.Fatalf("%s: %d settlement updates: %v", c.liq, n, c.l.of("settlement"))
		}
	}

	// GET /v1/fills (no database) reports the same states.
	for _, f := range w.restOK("/v1/fills", ts["token"].(string))["fills"].([]any) {
		f := f.(map[string]any)
		wantState := map[uint64]string{fills[0]: "settled", fills[1]: "reverted"}[num(f["fill_id"])]
		if f["settlement"] != wantState {
			t.Fatalf("REST fill %v, want %s", f, wantState)
		}
	}

	// A late subscriber gets a snapshot of the resolved fills.
	late := &trader{w: w, key: maker.key, addr: maker.addr}
	late.connect()
	late.login(false)
	late.ok("subscribe", map[string]any{"channel": "settlement"})
	ll := &privateLog{}
	ll.collect(t, late, want(2, func(map[string]map[string]any) error { return nil }))
	snap := ll.of("settlement")[0]
	ms := ml.of("settlement")
	if snap["type"] != "snapshot" || snap["seq"] != ms[len(ms)-1]["seq"] {
		t.Fatalf("late snapshot %v, last update %v", snap, ms[len(ms)-1])
	}
	check(ll, late, f2+"maker", map[string]any{"state": "reverted", "reason": "INSUFFICIENT_CASH", "client_order_id": "7"})

	// A third fill, batched; then the publisher re-synchronises from the
	// engine: the snapshot keeps the outcomes and rebuilds the pending fill
	// (its client order ids from the signed orders the engine keeps).
	t3 := num(taker.ok("order.place", taker.order("sell", 21000, 2, 11, nil))["order_id"])
	w.e.Submit(exchange.Command{Kind: exchange.CmdSettleBatch, Batch: 2, Count: 1})
	tl.collect(t, taker, want(3, func(vs map[string]map[string]any) error {
		for _, v := range vs {
			if num(v["order_id"]) == t3 && v["batch"] == float64(2) {
				return nil
			}
		}
		return fmt.Errorf("third fill not batched: %v", vs)
	}))
	var f3 string
	for k, v := range settlementViews(tl) {
		if num(v["order_id"]) == t3 {
			f3 = strings.TrimSuffix(k, "taker")
		}
	}
	before := len(tl.of("settlement"))
	w.e.Publisher.Resync()
	tl.collect(t, taker, func(l *privateLog) error {
		if evs := l.of("settlement"); len(evs) >= before || evs[0]["type"] != "snapshot" {
			return fmt.Errorf("no fresh snapshot yet")
		}
		return nil
	})
	snapData := tl.of("settlement")[0]["data"].([]any)
	if len(snapData) != 3 {
		t.Fatalf("resync snapshot %v", snapData)
	}
	check(tl, taker, f1+"taker", map[string]any{"state": "settled", "batch": uint64(1)})
	check(tl, taker, f2+"taker", map[string]any{"state": "reverted", "reason": "INSUFFICIENT_CASH"})
	check(tl, taker, f3+"taker", map[string]any{"state": "matched", "batch": uint64(2), "client_order_id": "11", "order_id": t3})

	// The taker's signature fails on chain this time.
	w.e.Submit(exchange.Command{Kind: exchange.CmdSettlementResult, Batch: 2,
		Meta: []byte{byte(eip712.PartyTaker)<<6 | byte(eip712.BadSignature)}})
	tl.collect(t, taker, want(3, func(vs map[string]map[string]any) error {
		if vs[f3+"taker"]["state"] != "reverted" {
			return fmt.Errorf("not reverted yet: %v", vs[f3+"taker"])
		}
		return nil
	}))
	check(tl, taker, f3+"taker", map[string]any{"state": "reverted", "batch": uint64(2), "reason": "BAD_SIGNATURE",
		"party": "taker", "client_order_id": "11"})
	ml.collect(t, maker, want(3, func(vs map[string]map[string]any) error {
		if vs[f3+"maker"]["state"] != "reverted" {
			return fmt.Errorf("not reverted yet: %v", vs[f3+"maker"])
		}
		return nil
	}))
	check(ml, maker, f3+"maker", map[string]any{"reason": "BAD_SIGNATURE", "party": "taker", "client_order_id": "7", "side": "buy"})
}

// TestSettlementChannelOperatorSkip: a fill the settlement pipeline skips
// out of an open batch (exchange.CmdSkipFills) reaches both sides as
// reverted with the pipeline's reason and party "operator", and the other
// fills of the batch still settle with their own client order ids.
func TestSettlementChannelOperatorSkip(t *testing.T) {
	w := newOrderWorld(t, nil)
	maker, taker := w.trader(1), w.trader(2)
	maker.login(false)
	taker.login(false)
	maker.fund()
	taker.fund()
	taker.ok("subscribe", map[string]any{"channel": "settlement"})
	maker.ok("order.place", maker.order("buy", 21000, 10, 7, nil))
	var oids []uint64
	for i, size := range []int64{4, 3, 2} {
		oids = append(oids, num(taker.ok("order.place", taker.order("sell", 21000, size, uint64(9+i), nil))["order_id"]))
	}
	tl := &privateLog{}
	views := func(n int, cond func(map[string]map[string]any) error) func(*privateLog) error {
		return func(l *privateLog) error {
			vs := settlementViews(l)
			if len(vs) != n {
				return fmt.Errorf("%d fill views", len(vs))
			}
			return cond(vs)
		}
	}
	tl.collect(t, taker, views(3, func(map[string]map[string]any) error { return nil }))
	w.e.Submit(exchange.Command{Kind: exchange.CmdSettleBatch, Batch: 1, Count: 3})
	w.e.Submit(exchange.Command{Kind: exchange.CmdSkipFills, Batch: 1,
		Meta: exchange.SkipMeta([]exchange.SkipEntry{{Index: 1, Result: exchange.ResultSimulationFailed}})})
	w.e.Submit(exchange.Command{Kind: exchange.CmdSettlementResult, Batch: 1, Meta: []byte{0, 0}})
	tl.collect(t, taker, views(3, func(vs map[string]map[string]any) error {
		for k, v := range vs {
			if v["state"] == "matched" {
				return fmt.Errorf("%s not resolved: %v", k, v)
			}
		}
		return nil
	}))
	for _, v := range settlementViews(tl) {
		i := slices.Index(oids, num(v["order_id"]))
		want := map[string]any{"state": "settled", "client_order_id": fmt.Sprint(9 + i), "reason": nil, "party": nil}
		if i == 1 {
			want = map[string]any{"state": "reverted", "client_order_id": "10", "reason": "SIMULATION_FAILED", "party": "operator"}
		}
		for k, x := range want {
			if v[k] != x {
				t.Errorf("fill of order %d: %s = %v, want %v (%v)", oids[i], k, v[k], x, v)
			}
		}
	}
}
