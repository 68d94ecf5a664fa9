package api_test

import (
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/gorilla/websocket"

	"github.com/hourglass-exchange/hourglass/api"
	"github.com/hourglass-exchange/hourglass/api/auth"
	"github.com/hourglass-exchange/hourglass/api/internal/apitest"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
	"github.com/hourglass-exchange/hourglass/internal/bus"
	"github.com/hourglass-exchange/hourglass/internal/clock"
)

// orderWorld is an engine, its publisher on an in-process bus, and one
// gateway that takes orders.
type orderWorld struct {
	t      *testing.T
	e      *apitest.Engine
	gw     *apitest.Gateway
	clock  *clock.Fake
	domain eip712.Domain
	market *big.Int // the instrument id, as signed
}

func newOrderWorld(t *testing.T, mod func(*api.Options)) *orderWorld {
	t.Helper()
	return newOrderWorldWith(t, apitest.Options{}, mod)
}

// newOrderWorldWith is newOrderWorld with the engine's options (its Bus is
// filled in).
func newOrderWorldWith(t *testing.T, eo apitest.Options, mod func(*api.Options)) *orderWorld {
	t.Helper()
	b := bus.NewLocal(bus.Options{})
	eo.Bus = b
	e := apitest.NewEngine(t, eo)
	v, err := auth.New(auth.Config{Domain: "hourglass.test", ChainID: 1337})
	if err != nil {
		t.Fatal(err)
	}
	w := &orderWorld{t: t, e: e, clock: clock.NewFake(apitest.Start),
		domain: eip712.Domain{ChainID: big.NewInt(1337), VerifyingContract: common.HexToAddress("0x7a832fbCbD8ffD9d545e7Fd08836355D2Ff3eAbe")}}
	o := api.Options{Bus: b, Clock: w.clock, Auth: v, Engine: api.SequencerEngine{Seq: e.Seq}, OrderDomain: w.domain}
	if mod != nil {
		mod(&o)
	}
	w.gw = apitest.NewGateway(t, o)
	if err := e.Seq.Query(func(en exchange.View) {
		spec, _ := en.Spec(0)
		w.market = new(big.Int).SetBytes(spec.Instrument[:])
	}); err != nil {
		t.Fatal(err)
	}
	return w
}

// trader is a key and a websocket connection to the gateway.
type trader struct {
	w    *orderWorld
	key  *ecdsa.PrivateKey
	addr common.Address
	ws   *websocket.Conn
	id   int
	resp chan map[string]any
	evs  chan map[string]any
}

func (w *orderWorld) trader(seed byte) *trader {
	w.t.Helper()
	key, err := crypto.ToECDSA(common.LeftPadBytes([]byte{seed}, 32))
	if err != nil {
		w.t.Fatal(err)
	}
	tr := &trader{w: w, key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
	tr.connect()
	return tr
}

func (tr *trader) connect() {
	tr.w.t.Helper()
	ws, _, err := websocket.DefaultDialer.Dial(tr.w.gw.URL(), nil)
	if err != nil {
		tr.w.t.Fatal(err)
	}
	tr.w.t.Cleanup(func() { ws.Close() })
	tr.ws, tr.resp, tr.evs = ws, make(chan map[string]any, 100), make(chan map[string]any, 1000)
	resp, evs := tr.resp, tr.evs
	go func() {
		for {
			_, data, err := ws.ReadMessage()
			if err != nil {
				close(resp)
				return
			}
			var m map[string]any
			if err := json.Unmarshal(data, &m); err != nil {
				panic(err)
			}
			if _, ok := m["status"]; ok {
				resp <- m
			} else {
				evs <- m
			}
		}
	}()
}

// call sends a request and returns its response.
func (tr *trader) call(method string, params any) map[string]any {
	tr.w.t.Helper()
	tr.id++
	if err := tr.ws.WriteJSON(map[string]any{"id": tr.id, "method": method, "params": params}); err != nil {
		tr.w.t.Fatal(err)
	}
	select {
	case m, ok := <-tr.resp:
		if !ok {
			tr.w.t.Fatal("connection closed")
		}
		if m["id"] != float64(tr.id) {
			tr.w.t.Fatalf("response %v to request %d", m, tr.id)
		}
		return m
	case <-time.After(10 * time.Second):
		tr.w.t.Fatalf("no response to %s", method)
	}
	return nil
}

// ok calls and returns the result, failing the test on an error.
func (tr *trader) ok(method string, params any) map[string]any {
	tr.w.t.Helper()
	m := tr.call(method, params)
	if m["status"] != float64(200) {
		tr.w.t.Fatalf("%s %v: %v", method, params, m)
	}
	return m["result"].(map[string]any)
}

// refused calls and checks the error code and status.
func (tr *trader) refused(method string, params any, code string, status int) map[string]any {
	tr.w.t.Helper()
	m := tr.call(method, params)
	e, _ := m["error"].(map[string]any)
	if m["status"] != float64(status) || e == nil || e["code"] != code {
		tr.w.t.Fatalf("%s %v: %v, want %d %s", method, params, m, status, code)
	}
	return e
}

// login signs in with Sign-In with Ethereum over the socket.
func (tr *trader) login(cancelOnDisconnect bool) map[string]any {
	tr.w.t.Helper()
	raw, _ := json.Marshal(tr.ok("auth.challenge", nil))
	var ch auth.Challenge
	if err := json.Unmarshal(raw, &ch); err != nil {
		tr.w.t.Fatal(err)
	}
	text := ch.Message(tr.addr, "Sign in to Hourglass").String()
	sig, err := auth.SignText(tr.key, text)
	if err != nil {
		tr.w.t.Fatal(err)
	}
	return tr.ok("auth.login", map[string]any{"message": text, "signature": hexutil.Encode(sig), "cancel_on_disconnect": cancelOnDisconnect})
}

// fund opens the trader's engine account and deposits both assets.
func (tr *trader) fund() exchange.AccountID {
	tr.w.t.Helper()
	tr.w.e.Submit(exchange.Command{Kind: exchange.CmdOpenAccount, Address: tr.addr})
	a := tr.account()
	tr.w.e.Submit(exchange.Command{Kind: exchange.CmdDeposit, Account: a, Asset: 0, Amount: 1e12},
		exchange.Command{Kind: exchange.CmdDeposit, Account: a, Asset: 1, Amount: 1000})
	return a
}

func (tr *trader) account() exchange.AccountID {
	tr.w.t.Helper()
	var (
		a  exchange.AccountID
		ok bool
	)
	tr.w.e.Seq.Query(func(en exchange.View) { a, ok = en.AccountByAddress(tr.addr) })
	if !ok {
		tr.w.t.Fatalf("no account for %s", tr.addr)
	}
	return a
}

// order returns order.place params signed by signer (the trader's own key
// when nil): price in ticks of 0.0001, size in GPU-hours.
func (tr *trader) order(side string, ticks, size int64, coid uint64, signer *ecdsa.PrivateKey) map[string]any {
	tr.w.t.Helper()
	if signer == nil {
		signer = tr.key
	}
	s := eip712.Buy
	if side == "sell" {
		s = eip712.Sell
	}
	o := eip712.Order{Maker: tr.addr, Market: tr.w.market, Side: s, Price: big.NewInt(ticks * 100), Amount: big.NewInt(size),
		MaxFeeBps: 10, Nonce: coid, Salt: new(big.Int)}
	sig, err := eip712.Sign(signer, tr.w.domain, o)
	if err != nil {
		tr.w.t.Fatal(err)
	}
	return map[string]any{"market": tr.w.e.Symbol, "side": side, "price": fmt.Sprintf("%d.%04d", ticks/10000, ticks%10000),
		"size": strconv.FormatInt(size, 10), "client_order_id": strconv.FormatUint(coid, 10), "max_fee_bps": 10,
		"signature": hexutil.Encode(sig)}
}

// live returns the engine's live order id, if any.
func (w *orderWorld) live(id uint64) (exchange.OrderInfo, bool) {
	var (
		o  exchange.OrderInfo
		ok bool
	)
	w.e.Seq.Query(func(en exchange.View) { o, ok = en.Order(exchange.OrderID(id)) })
	return o, ok
}

func num(v any) uint64 { return uint64(v.(float64)) }

func TestOrderEntryNeedsSignIn(t *testing.T) {
	w := newOrderWorld(t, nil)
	tr := w.trader(1)
	for _, m := range []string{"order.place", "order.cancel", "order.cancel_all", "order.amend", "cancel_after"} {
		tr.refused(m, map[string]any{}, "auth_required", 401)
	}
	// A message signed by another key is refused, and its nonce is spent.
	raw, _ := json.Marshal(tr.ok("auth.challenge", nil))
	var ch auth.Challenge
	json.Unmarshal(raw, &ch)
	text := ch.Message(tr.addr, "").String()
	other, _ := crypto.ToECDSA(common.LeftPadBytes([]byte{99}, 32))
	sig, _ := auth.SignText(other, text)
	tr.refused("auth.login", map[string]any{"message": text, "signature": hexutil.Encode(sig)}, "auth_bad_signature", 403)
	sig, _ = auth.SignText(tr.key, text)
	tr.refused("auth.login", map[string]any{"message": text, "signature": hexutil.Encode(sig)}, "auth_unknown_nonce", 401)
	tr.refused("auth.login", map[string]any{"token": "00"}, "auth_invalid_session", 401)

	s := tr.login(false)
	if s["address"] != tr.addr.Hex() && common.HexToAddress(s["address"].(string)) != tr.addr {
		t.Fatalf("session %v", s)
	}
	tr.refused("auth.login", map[string]any{"token": s["token"]}, "invalid_params", 400) // already signed in
	// A second connection resumes the session with its token.
	tr2 := &trader{w: w, key: tr.key, addr: tr.addr}
	tr2.connect()
	tr2.ok("auth.login", map[string]any{"token": s["token"]})
	tr2.ok("order.cancel_all", nil)
}

func TestOrderPlaceAckIsJournaled(t *testing.T) {
	w := newOrderWorld(t, nil)
	tr := w.trader(1)
	tr.login(false)
	acct := tr.fund()

	ack := tr.ok("order.place", tr.order("buy", 21000, 10, 1, nil))
	id, seq := num(ack["order_id"]), num(ack["seq"])
	// The ack comes after the journal write and the apply: both hold it now.
	if last := w.e.Seq.Stats().LastSeq; last < seq {
		t.Fatalf("acked seq %d, journal ends at %d", seq, last)
	}
	if o, ok := w.live(id); !ok || o.Account != acct || o.Nonce != 1 || o.Qty != 10 || uint64(o.ID) != seq {
		t.Fatalf("engine order %d: %+v %v", id, o, ok)
	}
	if ack["status"] != "open" || ack["client_order_id"] != "1" || ack["price"] != "2.1000" || ack["size"] != "10" ||
		ack["filled_size"] != "0" || ack["open_size"] != "10" || ack["market"] != w.e.Symbol || ack["side"] != "buy" {
		t.Fatalf("ack %v", ack)
	}

	// A retry of the same client order id changes nothing and names the order.
	e := tr.refused("order.place", tr.order("buy", 21000, 10, 1, nil), "duplicate_client_order_id", 409)
	if num(e["order_id"]) != id {
		t.Fatalf("duplicate: %v", e)
	}
	// Order entry's refusals.
	p := tr.order("buy", 21000, 10, 2, nil)
	p["price"] = "2.10001"
	tr.refused("order.place", p, "invalid_price", 400)
	p = tr.order("buy", 21000, 10, 2, nil)
	p["client_order_id"] = "0"
	tr.refused("order.place", p, "invalid_client_order_id", 400)
	other, _ := crypto.ToECDSA(common.LeftPadBytes([]byte{99}, 32))
	tr.refused("order.place", tr.order("buy", 21000, 10, 2, other), "signature_mismatch", 403)
	p = tr.order("buy", 21000, 10, 2, nil)
	p["market"] = "NOPE"
	tr.refused("order.place", p, "unknown_market", 404)
	tr.refused("order.place", map[string]any{"side": 3}, "invalid_params", 400)
	// The engine's refusals.
	tr.refused("order.place", tr.order("buy", 40000, 10, 2, nil), "engine_price_out_of_band", 400)
	tr.refused("order.place", tr.order("sell", 22000, 5000, 2, nil), "engine_insufficient_balance", 400)
	// A rejected place leaves its nonce free.
	if a := tr.ok("order.place", tr.order("sell", 22000, 5, 2, nil)); a["status"] != "open" {
		t.Fatalf("ack %v", a)
	}

	// An address that never deposited has no account and holds nothing:
	// its orders are refused before the journal, and open no account.
	poor := w.trader(2)
	poor.login(false)
	before := w.e.Seq.Stats().LastSeq
	for n := range 15 { // within the account's order rate
		poor.refused("order.place", poor.order("buy", 21000, 10, uint64(n+1), nil), "engine_insufficient_balance", 400)
	}
	w.e.Seq.Query(func(en exchange.View) {
		if _, ok := en.AccountByAddress(poor.addr); ok {
			t.Error("refused orders opened an account")
		}
	})
	if after := w.e.Seq.Stats().LastSeq; after != before {
		t.Errorf("refused orders journaled %d commands", after-before)
	}

	// A taker's ack reports its fills.
	taker := w.trader(3)
	taker.login(false)
	taker.fund()
	a := taker.ok("order.place", taker.order("sell", 21000, 4, 1, nil))
	if a["status"] != "filled" || a["filled_size"] != "4" || a["open_size"] != "0" {
		t.Fatalf("taker ack %v", a)
	}
	a = taker.ok("order.place", taker.order("sell", 21000, 8, 2, nil))
	if a["status"] != "partially_filled" || a["filled_size"] != "6" || a["open_size"] != "2" {
		t.Fatalf("taker ack %v", a)
	}
}

func TestOrderCancelAndAmend(t *testing.T) {
	w := newOrderWorld(t, nil)
	tr := w.trader(1)
	tr.login(false)
	tr.fund()
	ids := make([]uint64, 4)
	for i := range ids {
		ids[i] = num(tr.ok("order.place", tr.order("buy", int64(20000+i), 10, uint64(i+1), nil))["order_id"])
	}
	// Amend: a decrease keeps the order; anything else needs a new signature.
	a := tr.ok("order.amend", map[string]any{"order_id": ids[0], "size": "4"})
	if a["open_size"] != "4" || num(a["order_id"]) != ids[0] {
		t.Fatalf("amend %v", a)
	}
	if o, _ := w.live(ids[0]); o.Qty != 4 {
		t.Fatalf("engine after amend: %+v", o)
	}
	tr.refused("order.amend", map[string]any{"order_id": ids[0], "size": "5"}, "amend_not_decrease", 400)
	tr.refused("order.amend", map[string]any{"order_id": ids[0], "size": "4"}, "amend_not_decrease", 400)
	tr.refused("order.amend", map[string]any{"client_order_id": "1", "price": "2.0001", "size": "3"}, "amend_price_change", 400)
	tr.ok("order.amend", map[string]any{"client_order_id": "1", "price": "2.0000", "size": "3"})
	tr.refused("order.amend", map[string]any{"order_id": ids[0]}, "invalid_params", 400)

	// Cancel by order id and by client order id.
	c := tr.ok("order.cancel", map[string]any{"order_id": ids[1]})
	if c["canceled_size"] != "10" || c["client_order_id"] != "2" {
		t.Fatalf("cancel %v", c)
	}
	tr.ok("order.cancel", map[string]any{"client_order_id": "3"})
	tr.refused("order.cancel", map[string]any{"order_id": ids[1]}, "unknown_order", 404)
	tr.refused("order.cancel", map[string]any{"order_id": ids[1], "client_order_id": "2"}, "invalid_params", 400)

	// Another account cannot touch the orders.
	other := w.trader(2)
	other.login(false)
	other.fund()
	other.refused("order.cancel", map[string]any{"order_id": ids[0]}, "unknown_order", 404)
	other.refused("order.amend", map[string]any{"order_id": ids[0], "size": "1"}, "unknown_order", 404)
	if r := other.ok("order.cancel_all", nil); len(r["canceled"].([]any)) != 0 {
		t.Fatalf("cancel_all of another account: %v", r)
	}

	tr.refused("order.cancel_all", map[string]any{"side": "up"}, "invalid_params", 400)
	if r := tr.ok("order.cancel_all", map[string]any{"market": w.e.Symbol, "side": "sell"}); len(r["canceled"].([]any)) != 0 {
		t.Fatalf("cancel_all sells: %v", r)
	}
	r := tr.ok("order.cancel_all", map[string]any{"market": w.e.Symbol})
	if got := r["canceled"].([]any); len(got) != 2 || num(got[0]) != ids[0] || num(got[1]) != ids[3] {
		t.Fatalf("cancel_all: %v", r)
	}
	for _, id := range ids {
		if _, ok := w.live(id); ok {
			t.Fatalf("order %d still live", id)
		}
	}
}

func TestOrderRateLimit(t *testing.T) {
	w := newOrderWorld(t, func(o *api.Options) { o.OrderRate, o.OrderBurst = 1, 2 })
	tr := w.trader(1)
	tr.login(false)
	tr.fund()
	tr.ok("order.place", tr.order("buy", 20000, 1, 1, nil))
	tr.ok("order.place", tr.order("buy", 20000, 1, 2, nil))
	e := tr.refused("order.place", tr.order("buy", 20000, 1, 3, nil), "order_rate_limited", 429)
	if num(e["retry_after_ms"]) != 1000 {
		t.Fatalf("rate limited: %v", e)
	}
	// The limit is the account's: another connection of it shares it.
	tr2 := &trader{w: w, key: tr.key, addr: tr.addr}
	tr2.connect()
	tr2.login(false)
	tr2.refused("order.cancel_all", nil, "order_rate_limited", 429)
	w.clock.Advance(time.Second)
	tr.ok("order.place", tr.order("buy", 20000, 1, 3, nil))
}

func TestCancelAfter(t *testing.T) {
	w := newOrderWorld(t, nil)
	tr := w.trader(1)
	tr.login(false)
	tr.fund()
	id := num(tr.ok("order.place", tr.order("buy", 20000, 1, 1, nil))["order_id"])
	tr.refused("cancel_after", map[string]any{"timeout_ms": 10}, "invalid_params", 400)
	r := tr.ok("cancel_after", map[string]any{"timeout_ms": 5000})
	if num(r["trigger_time_ms"]) != uint64(apitest.Start.Add(5*time.Second).UnixMilli()) {
		t.Fatalf("cancel_after %v", r)
	}
	w.clock.Advance(4 * time.Second)
	// Refreshed before it fired: the switch moves on.
	tr.ok("cancel_after", map[string]any{"timeout_ms": 5000})
	w.clock.Advance(4 * time.Second)
	tr.call("ping", nil) // a round trip after the check
	if _, ok := w.live(id); !ok {
		t.Fatal("cancelled before the deadline")
	}
	w.clock.Advance(2 * time.Second)
	checkFor(t, 10*time.Second, 5*time.Millisecond, func() error {
		if _, ok := w.live(id); ok {
			w.clock.Advance(100 * time.Millisecond) // the loop may have missed the tick
			return fmt.Errorf("order %d still live", id)
		}
		return nil
	})
	// Disabled, it does not fire.
	id = num(tr.ok("order.place", tr.order("buy", 20000, 1, 2, nil))["order_id"])
	tr.ok("cancel_after", map[string]any{"timeout_ms": 5000})
	tr.ok("cancel_after", map[string]any{"timeout_ms": 0})
	w.clock.Advance(time.Minute)
	tr.call("ping", nil)
	if _, ok := w.live(id); !ok {
		t.Fatal("a disabled cancel_after fired")
	}
}

func TestCancelOnDisconnect(t *testing.T) {
	w := newOrderWorld(t, nil)
	keep := w.trader(1)
	keep.login(false)
	keep.fund()
	kept := num(keep.ok("order.place", keep.order("buy", 20000, 1, 1, nil))["order_id"])
	cod := w.trader(2)
	cod.login(true)
	cod.fund()
	gone := num(cod.ok("order.place", cod.order("buy", 20000, 1, 1, nil))["order_id"])
	keep.ws.Close()
	cod.ws.Close()
	checkFor(t, 10*time.Second, 5*time.Millisecond, func() error {
		if _, ok := w.live(gone); ok {
			return fmt.Errorf("order %d still live", gone)
		}
		return nil
	})
	if _, ok := w.live(kept); !ok {
		t.Fatal("an order without cancel-on-disconnect was cancelled")
	}
}
