package api_test

import (
	"fmt"
	"strconv"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// orderUpdates returns the orders channel's updates in l.
func orderUpdates(l *privateLog) []map[string]any { return updates(l.of("orders")) }

// TestDuplicateClientOrderIDPublishesNothing: a place that reuses the
// client order id of a live order is refused 409 with the live order's id
// in error.order_id, and publishes nothing on the orders channel: before,
// a "rejected" update carrying the live order's client_order_id made a
// client keyed on its own ids mark its live order rejected.
func TestDuplicateClientOrderIDPublishesNothing(t *testing.T) {
	w := newOrderWorld(t, nil)
	tr := w.trader(1)
	tr.login(false)
	tr.fund()
	tr.ok("subscribe", map[string]any{"channel": "orders"})
	l := &privateLog{}
	id := num(tr.ok("order.place", tr.order("buy", 21000, 10, 7, nil))["order_id"])
	e := tr.refused("order.place", tr.order("buy", 21000, 10, 7, nil), "duplicate_client_order_id", 409)
	if num(e["order_id"]) != id {
		t.Fatalf("refusal %v does not name the live order %d", e, id)
	}
	// A filled or cancelled order's id is refused too, naming nothing.
	tr.ok("order.place", tr.order("buy", 20000, 1, 8, nil))
	tr.ok("order.cancel", map[string]any{"client_order_id": "8"})
	if e := tr.refused("order.place", tr.order("buy", 20000, 1, 8, nil), "duplicate_client_order_id", 409); e["order_id"] != nil {
		t.Fatalf("a dead order named: %v", e)
	}
	// A marker order: once its update arrived, every update before it has.
	marker := num(tr.ok("order.place", tr.order("buy", 20000, 1, 9, nil))["order_id"])
	l.collect(t, tr, func(l *privateLog) error {
		for _, u := range orderUpdates(l) {
			if num(u["order_id"]) == marker {
				return nil
			}
		}
		return fmt.Errorf("no update of the marker order yet")
	})
	for _, u := range orderUpdates(l) {
		if u["status"] == "rejected" {
			t.Errorf("a refused duplicate published %v", u)
		}
	}
	if got := len(orderUpdates(l)); got != 4 { // 7 accepted, 8 accepted and canceled, 9 accepted
		t.Errorf("%d order updates, want 4: %v", got, orderUpdates(l))
	}
}

// TestNoncesChannelAndREST: the nonces channel and GET /v1/nonce tell the
// lowest unused nonce; it moves past every used one, a rejected order
// leaves its nonce free, and a cancellation below a floor raises it.
func TestNoncesChannelAndREST(t *testing.T) {
	w := newOrderWorld(t, nil)
	tr := w.trader(1)
	tok := tr.login(false)["token"].(string)
	if m := w.restOK("/v1/nonce", tok); m["lowest_unused"] != "1" || m["max"] != "65536" || m["window"] != float64(65536) {
		t.Fatalf("a new address's window: %v", m)
	}
	acct := tr.fund()
	tr.ok("subscribe", map[string]any{"channel": "nonces"})
	l := &privateLog{}
	lowest := func(want string) {
		t.Helper()
		l.collect(t, tr, func(l *privateLog) error {
			evs := l.of("nonces")
			if len(evs) == 0 {
				return fmt.Errorf("no nonces event")
			}
			if got := evs[len(evs)-1]["data"].(map[string]any)["lowest_unused"]; got != want {
				return fmt.Errorf("lowest_unused %v, want %s", got, want)
			}
			return nil
		})
		if m := w.restOK("/v1/nonce", tok); m["lowest_unused"] != want {
			t.Fatalf("GET /v1/nonce: %v, want %s", m, want)
		}
	}
	lowest("1")
	tr.ok("order.place", tr.order("buy", 21000, 1, 1, nil))
	lowest("2")
	tr.ok("order.place", tr.order("buy", 21000, 1, 3, nil))
	tr.refused("order.place", tr.order("buy", 40000, 1, 2, nil), "engine_price_out_of_band", 400)
	lowest("2") // neither 3 nor the rejected 2 moved it
	tr.ok("order.place", tr.order("buy", 21000, 1, 2, nil))
	lowest("4")
	w.e.Submit(exchange.Command{Kind: exchange.CmdCancelNoncesBelow, Account: acct, Nonce: 100})
	lowest("100")
	m := w.restOK("/v1/nonce", tok)
	if m["max"] != strconv.Itoa(100+65535) {
		t.Fatalf("max %v", m)
	}
	tr.refused("order.place", tr.order("buy", 21000, 1, 100+65536, nil), "engine_nonce_too_far", 400)
	tr.ok("order.place", tr.order("buy", 21000, 1, 100+65535, nil))
	lowest("100")
	// The channel's seqs are gapless after its snapshot.
	evs := l.of("nonces")
	for i := 1; i < len(evs); i++ {
		if num(evs[i]["seq"]) != num(evs[i-1]["seq"])+1 {
			t.Fatalf("nonces seq %v after %v", evs[i]["seq"], evs[i-1]["seq"])
		}
	}
	if n := len(updates(evs)); n != 3 {
		t.Fatalf("%d nonces updates, want 3 (2, 4, 100)", n)
	}
}

// TestOrderStatusAfterLostAck: a client whose order.place acknowledgement
// was lost (the connection dropped) reconnects, asks order.status by its
// client order id, and learns the order was placed; a retry of the same
// signed order is refused and names it, so the order is never placed
// twice. Run without and with a history database.
func TestOrderStatusAfterLostAck(t *testing.T) {
	t.Run("engine", func(t *testing.T) { orderStatusAfterLostAck(t, newOrderWorld(t, nil), false) })
	t.Run("postgres", func(t *testing.T) { orderStatusAfterLostAck(t, newStoreWorld(t), true) })
}

func orderStatusAfterLostAck(t *testing.T, w *orderWorld, history bool) {
	tr := w.trader(1)
	tok := tr.login(false)["token"].(string)
	// Before the account opens: nothing is placed, nothing is used.
	if r := tr.ok("order.status", map[string]any{"client_order_id": "5"}); r["nonce_used"] != false || r["order"] != nil {
		t.Fatalf("status before any deposit: %v", r)
	}
	acct := tr.fund()

	// The place is sent, and the connection drops before its ack is read.
	placed := tr.order("buy", 21000, 10, 5, nil)
	tr.id++
	if err := tr.ws.WriteJSON(map[string]any{"id": tr.id, "method": "order.place", "params": placed}); err != nil {
		t.Fatal(err)
	}
	var id uint64
	testsvc.CheckFor(t, 10*time.Second, 5*time.Millisecond, func() error {
		var ok bool
		w.e.Seq.Query(func(en exchange.View) {
			var oid exchange.OrderID
			oid, ok = en.OrderByNonce(acct, 5)
			id = uint64(oid)
		})
		if !ok {
			return fmt.Errorf("the order is not on the book yet")
		}
		return nil
	})
	tr.ws.Close()
	tr.connect()
	tr.ok("auth.login", map[string]any{"token": tok})

	r := tr.ok("order.status", map[string]any{"client_order_id": "5"})
	o, _ := r["order"].(map[string]any)
	if r["client_order_id"] != "5" || r["nonce_used"] != true || o == nil || num(o["order_id"]) != id || o["status"] != "open" ||
		o["open_size"] != "10" {
		t.Fatalf("status after the lost ack: %v", r)
	}
	e := tr.refused("order.place", placed, "duplicate_client_order_id", 409)
	if num(e["order_id"]) != id {
		t.Fatalf("the retry names %v, want %d", e, id)
	}
	if n := openOrderCount(t, w, acct); n != 1 {
		t.Fatalf("%d open orders after the retry, want 1", n)
	}
	// By order id, over REST and the socket.
	for _, m := range []map[string]any{tr.ok("order.status", map[string]any{"order_id": id}),
		w.restOK("/v1/orders/"+strconv.FormatUint(id, 10), tok), w.restOK("/v1/orders/by-client-id/5", tok)} {
		o, _ := m["order"].(map[string]any)
		if o == nil || num(o["order_id"]) != id || m["client_order_id"] != "5" || m["nonce_used"] != true {
			t.Fatalf("lookup: %v", m)
		}
	}
	// A nonce never used: not placed; the client may send it.
	if r := tr.ok("order.status", map[string]any{"client_order_id": "6"}); r["nonce_used"] != false || r["order"] != nil {
		t.Fatalf("status of an unused nonce: %v", r)
	}
	// A rejected place leaves its nonce free; with history its order is
	// the rejected one.
	tr.refused("order.place", tr.order("buy", 40000, 1, 6, nil), "engine_price_out_of_band", 400)
	// A cancelled order: its nonce stays used; history still has it.
	tr.ok("order.cancel", map[string]any{"client_order_id": "5"})
	testsvc.CheckFor(t, 10*time.Second, 5*time.Millisecond, func() error {
		r := tr.ok("order.status", map[string]any{"client_order_id": "5"})
		o, _ := r["order"].(map[string]any)
		switch {
		case r["nonce_used"] != true:
			return fmt.Errorf("cancelled: %v", r)
		case history && (o == nil || o["status"] != "canceled"):
			return fmt.Errorf("history has not the cancel yet: %v", r)
		case !history && o != nil:
			return fmt.Errorf("without history a dead order is not known: %v", r)
		}
		if history {
			r := tr.ok("order.status", map[string]any{"client_order_id": "6"})
			if o, _ := r["order"].(map[string]any); r["nonce_used"] != false || o == nil || o["status"] != "rejected" {
				return fmt.Errorf("rejected: %v", r)
			}
		}
		return nil
	})
	if history {
		if st, m := w.restGet("/v1/orders/"+strconv.FormatUint(id, 10), tok); st != 200 || m["order"].(map[string]any)["status"] != "canceled" {
			t.Fatalf("GET the cancelled order: %d %v", st, m)
		}
	} else if st, m := w.restGet("/v1/orders/"+strconv.FormatUint(id, 10), tok); st != 404 || m["error"].(map[string]any)["code"] != "unknown_order" {
		t.Fatalf("GET the cancelled order without history: %d %v", st, m)
	}
	// Bad requests.
	tr.refused("order.status", map[string]any{}, "invalid_params", 400)
	tr.refused("order.status", map[string]any{"order_id": id, "client_order_id": "5"}, "invalid_params", 400)
	tr.refused("order.status", map[string]any{"client_order_id": "0"}, "invalid_client_order_id", 400)
	tr.refused("order.status", map[string]any{"order_id": 999999}, "unknown_order", 404)
	for path, code := range map[string]string{"/v1/orders/x": "invalid_params", "/v1/orders/by-client-id/-1": "invalid_client_order_id",
		"/v1/orders/999999": "unknown_order"} {
		if st, m := w.restGet(path, tok); m["error"] == nil || m["error"].(map[string]any)["code"] != code {
			t.Fatalf("GET %s: %d %v, want %s", path, st, m, code)
		}
	}
	if st, m := w.restGet("/v1/nonce", ""); st != 401 || m["error"].(map[string]any)["code"] != "auth_required" {
		t.Fatalf("GET /v1/nonce without a token: %d %v", st, m)
	}
	// Another account's order is unknown to this one.
	other := w.trader(2)
	other.login(false)
	other.fund()
	other.refused("order.status", map[string]any{"order_id": id}, "unknown_order", 404)
}

func openOrderCount(t *testing.T, w *orderWorld, acct exchange.AccountID) int {
	n := 0
	w.e.Seq.Query(func(en exchange.View) { n = en.OpenOrderCount(acct) })
	return n
}
