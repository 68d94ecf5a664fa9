package api_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/api/marketdata"

	"github.com/hourglass-exchange/hourglass/api"
	"github.com/hourglass-exchange/hourglass/api/client"
)

func TestREST(t *testing.T) {
	e, g := setup(t, api.Options{})
	ctx := context.Background()
	rc := &client.REST{BaseURL: g.HTTP()}
	for i := range 10 {
		trade(e, i)
	}

	ms, err := rc.Markets(ctx)
	if err != nil || len(ms) != 1 {
		t.Fatalf("markets: %v %v", ms, err)
	}
	m := ms[0]
	if m.Symbol != e.Symbol || m.TickSize != "0.0001" || m.LotSize != "1" || m.MinNotional != "1" || m.WindowHours != 168 || len(m.Instrument) != 66 {
		t.Errorf("market: %+v", m)
	}

	// The publisher runs behind the engine: poll until the book is there.
	bids, asks := e.Book()
	checkFor(t, 10*time.Second, 5*time.Millisecond, func() error {
		bk, err := rc.Book(ctx, e.Symbol, 3)
		if err != nil {
			return err
		}
		if !slices.Equal(bk.Bids, wire(bids[:3])) || !slices.Equal(bk.Asks, wire(asks[:3])) {
			return fmt.Errorf("book %+v, engine bids %v asks %v", bk, bids, asks)
		}
		return nil
	})
	var all []marketdata.TradeData
	var cs []marketdata.CandleData
	checkFor(t, 10*time.Second, 5*time.Millisecond, func() error {
		var err error
		if all, err = rc.Trades(ctx, e.Symbol, 0, 1000); err != nil {
			return err
		}
		if cs, err = rc.Candles(ctx, e.Symbol, "1m", 0, 10); err != nil {
			return err
		}
		if len(all) < 10 || len(cs) != 1 || cs[0].Trades != int64(len(all)) {
			return fmt.Errorf("%d trades, candles %+v", len(all), cs)
		}
		return nil
	})
	for i := 1; i < len(all); i++ {
		if all[i].TradeID != all[i-1].TradeID+1 {
			t.Errorf("trade id %d after %d", all[i].TradeID, all[i-1].TradeID)
		}
	}
	// Paging: since the 5th trade's ms, 3 at a time.
	page, err := rc.Trades(ctx, e.Symbol, all[4].TimeMS, 3)
	if err != nil || len(page) != 3 || page[0].TimeMS < all[4].TimeMS || page[0].TimeMS > all[5].TimeMS {
		t.Fatalf("trades page: %+v %v", page, err)
	}
	sym := url.QueryEscape(e.Symbol)
	for _, tc := range []struct {
		path, code string
		status     int
	}{
		{"/v1/book", "invalid_params", 400},
		{"/v1/book?market=NOPE", "unknown_market", 404},
		{"/v1/book?market=" + sym + "&depth=0", "invalid_params", 400},
		{"/v1/book?market=" + sym + "&depth=x", "invalid_params", 400},
		{"/v1/trades?market=" + sym + "&limit=1001", "invalid_params", 400},
		{"/v1/trades?market=" + sym + "&since=-1", "invalid_params", 400},
		{"/v1/candles?market=" + sym + "&interval=2m", "invalid_params", 400},
		{"/v1/candles?market=" + sym, "invalid_params", 400},
		{"/v1/orders", "not_implemented", 501},
		{"/v1/balances", "not_implemented", 501},
		{"/v1/nope", "not_found", 404},
	} {
		err := rc.Get(ctx, tc.path, nil, &struct{}{})
		var ae *client.Error
		if !errors.As(err, &ae) || ae.Code != tc.code || ae.Status != tc.status {
			t.Errorf("%s: %v, want %d %s", tc.path, err, tc.status, tc.code)
		}
	}
	req, _ := http.NewRequest(http.MethodPost, g.HTTP()+"/v1/markets", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST /v1/markets: %d", resp.StatusCode)
	}
	for _, p := range []string{"/healthz", "/readyz", "/metrics"} {
		resp, err := http.Get(g.HTTP() + p)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Errorf("%s: %d", p, resp.StatusCode)
		}
	}
}

func wire(ls [][2]string) []marketdata.WireLevel {
	out := make([]marketdata.WireLevel, len(ls))
	for i, l := range ls {
		out[i] = marketdata.WireLevel(l)
	}
	return out
}

// TestHealthzSaysTheProblem: /healthz answers 503 with the problem its
// Health reports (a stalled settlement, say), and 200 once it clears.
func TestHealthzSaysTheProblem(t *testing.T) {
	var problem atomic.Value
	problem.Store("settlement stalled: batch 7 has been open for 2m0s")
	_, g := setup(t, api.Options{Health: func() string { return problem.Load().(string) }})
	get := func() (int, map[string]string) {
		resp, err := http.Get(g.HTTP() + "/healthz")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var body map[string]string
		if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
			t.Fatal(err)
		}
		return resp.StatusCode, body
	}
	if code, body := get(); code != http.StatusServiceUnavailable || body["status"] != "degraded" ||
		body["problem"] != "settlement stalled: batch 7 has been open for 2m0s" {
		t.Errorf("stalled: %d %v", code, body)
	}
	problem.Store("")
	if code, body := get(); code != http.StatusOK || body["status"] != "ok" {
		t.Errorf("healthy: %d %v", code, body)
	}
}
