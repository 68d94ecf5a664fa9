package api_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/api"
	"github.com/hourglass-exchange/hourglass/api/internal/apitest"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/internal/postgres"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// restGet gets a path of the gateway with a bearer token ("" for none).
func (w *orderWorld) restGet(path, token string) (int, map[string]any) {
	w.t.Helper()
	req, _ := http.NewRequest(http.MethodGet, w.gw.HTTP()+path, nil)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		w.t.Fatal(err)
	}
	defer resp.Body.Close()
	var m map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&m); err != nil {
		w.t.Fatal(err)
	}
	return resp.StatusCode, m
}

func (w *orderWorld) restOK(path, token string) map[string]any {
	w.t.Helper()
	st, m := w.restGet(path, token)
	if st != 200 {
		w.t.Fatalf("GET %s: %d %v", path, st, m)
	}
	return m
}

// restBalances returns GET /v1/balances as the engine check wants it.
func (w *orderWorld) restBalances(token string) map[string][2]string {
	out := map[string][2]string{}
	for _, b := range w.restOK("/v1/balances", token)["balances"].([]any) {
		b := b.(map[string]any)
		out[b["asset"].(string)] = [2]string{b["available"].(string), b["held"].(string)}
	}
	return out
}

// accountTrade signs two traders in and has them trade: the maker buys 10
// at 2.1000 (client order id 7), the taker sells 4 into it (9).
func accountTrade(w *orderWorld) (maker, taker *trader, mtok, ttok string, ma, ta exchange.AccountID) {
	maker, taker = w.trader(1), w.trader(2)
	mtok = maker.login(false)["token"].(string)
	ttok = taker.login(false)["token"].(string)
	ma, ta = maker.fund(), taker.fund()
	maker.ok("order.place", maker.order("buy", 21000, 10, 7, nil))
	taker.ok("order.place", taker.order("sell", 21000, 4, 9, nil))
	return
}

func checkAccountAuth(t *testing.T, w *orderWorld) {
	for _, p := range []string{"/v1/orders", "/v1/fills", "/v1/balances"} {
		if st, m := w.restGet(p, ""); st != 401 || m["error"].(map[string]any)["code"] != "auth_required" {
			t.Fatalf("GET %s without a token: %d %v", p, st, m)
		}
		if st, m := w.restGet(p, "nope"); st != 401 || m["error"].(map[string]any)["code"] != "auth_invalid_session" {
			t.Fatalf("GET %s with a bad token: %d %v", p, st, m)
		}
	}
}

func TestAccountRESTWithoutDatabase(t *testing.T) {
	w := newOrderWorld(t, nil)
	checkAccountAuth(t, w)
	maker, _, mtok, ttok, ma, ta := accountTrade(w)
	if got, want := w.restBalances(mtok), engineBalances(t, w.e, ma); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("maker balances %v, engine %v", got, want)
	}
	if got, want := w.restBalances(ttok), engineBalances(t, w.e, ta); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("taker balances %v, engine %v", got, want)
	}
	os := w.restOK("/v1/orders", mtok)["orders"].([]any)
	if len(os) != 1 {
		t.Fatalf("maker orders %v", os)
	}
	o := os[0].(map[string]any)
	if o["client_order_id"] != "7" || o["size"] != "10" || o["filled_size"] != "4" || o["open_size"] != "6" || o["status"] != "partially_filled" {
		t.Fatalf("maker order %v", o)
	}
	if os := w.restOK("/v1/orders", ttok)["orders"].([]any); len(os) != 0 {
		t.Fatalf("taker's open orders %v", os)
	}
	testsvc.CheckFor(t, 10*time.Second, 5*time.Millisecond, func() error {
		fs := w.restOK("/v1/fills", mtok)["fills"].([]any)
		if len(fs) != 1 {
			return fmt.Errorf("maker fills %v", fs)
		}
		if f := fs[0].(map[string]any); f["liquidity"] != "maker" || f["size"] != "4" || f["client_order_id"] != "7" {
			return fmt.Errorf("maker fill %v", f)
		}
		return nil
	})
	if st, m := w.restGet("/v1/orders?open=maybe", mtok); st != 400 || m["error"].(map[string]any)["code"] != "invalid_params" {
		t.Fatalf("open=maybe: %d %v", st, m)
	}
	if st, _ := w.restGet("/v1/positions", mtok); st != 501 {
		t.Fatalf("/v1/positions: %d", st)
	}
	_ = maker
}

// newStoreWorld is an order world whose engine feeds a PostgreSQL history
// store that the gateway reads.
func newStoreWorld(t *testing.T) *orderWorld {
	w, _ := newStoreWorldWith(t, nil, false)
	return w
}

// newStoreWorldWith is newStoreWorld with the gateway's options modified
// by mod (when not nil); with ownPool the gateway reads history through a
// pool of its own, returned, which the test may close to make the store
// fail for the gateway alone.
func newStoreWorldWith(t *testing.T, mod func(*api.Options), ownPool bool) (*orderWorld, *postgres.Store) {
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	dsn := testsvc.Postgres(t)
	st, err := postgres.Open(ctx, dsn, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(st.Close)
	hist := st
	if ownPool {
		if hist, err = postgres.Open(ctx, dsn, nil); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(hist.Close)
	}
	f, err := postgres.NewFeeder(ctx, st, postgres.FeederOptions{MaxDelay: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { defer close(done); f.Run(ctx) }()
	t.Cleanup(func() { f.Close(); <-done })
	return newOrderWorldWith(t, apitest.Options{Feeder: f}, func(o *api.Options) {
		if mod != nil {
			mod(o)
		}
		o.History = hist
	}), hist
}

func TestAccountRESTWithStore(t *testing.T) {
	w := newStoreWorld(t)
	checkAccountAuth(t, w)
	_, taker, mtok, ttok, ma, ta := accountTrade(w)
	taker.ok("order.place", taker.order("sell", 22000, 3, 10, nil))
	testsvc.CheckFor(t, 10*time.Second, 5*time.Millisecond, func() error {
		if got, want := w.restBalances(mtok), engineBalances(t, w.e, ma); fmt.Sprint(got) != fmt.Sprint(want) {
			return fmt.Errorf("maker balances %v, engine %v", got, want)
		}
		if got, want := w.restBalances(ttok), engineBalances(t, w.e, ta); fmt.Sprint(got) != fmt.Sprint(want) {
			return fmt.Errorf("taker balances %v, engine %v", got, want)
		}
		return nil
	})
	os := w.restOK("/v1/orders", ttok)["orders"].([]any)
	if len(os) != 2 {
		t.Fatalf("taker orders %v", os)
	}
	if o := os[0].(map[string]any); o["status"] != "filled" || o["client_order_id"] != "9" || o["filled_size"] != "4" {
		t.Fatalf("taker's filled order %v", o)
	}
	if o := os[1].(map[string]any); o["status"] != "open" || o["open_size"] != "3" || o["price"] != "2.2000" {
		t.Fatalf("taker's open order %v", o)
	}
	if os := w.restOK("/v1/orders?open=true", ttok)["orders"].([]any); len(os) != 1 || os[0].(map[string]any)["client_order_id"] != "10" {
		t.Fatalf("taker's open orders %v", os)
	}
	mo := w.restOK("/v1/orders?limit=1", mtok)["orders"].([]any)
	if len(mo) != 1 || mo[0].(map[string]any)["status"] != "partially_filled" || mo[0].(map[string]any)["open_size"] != "6" {
		t.Fatalf("maker orders %v", mo)
	}
	for _, c := range []struct {
		tok, liq, side, fee string
	}{{mtok, "maker", "buy", "0.000000"}, {ttok, "taker", "sell", "0.004200"}} {
		fs := w.restOK("/v1/fills", c.tok)["fills"].([]any)
		if len(fs) != 1 {
			t.Fatalf("fills %v", fs)
		}
		f := fs[0].(map[string]any)
		if f["liquidity"] != c.liq || f["side"] != c.side || f["fee"] != c.fee || f["settlement"] != "matched" ||
			f["price"] != "2.1000" || f["size"] != "4" {
			t.Fatalf("%s fill %v", c.liq, f)
		}
	}
}
