package postgres

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/api"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// TestCandles trades at times that span several buckets of every interval,
// over several batches, and compares the candles with ones computed here
// from the trades.
func TestCandles(t *testing.T) {
	ctx := context.Background()
	s := openStore(t, testsvc.Postgres(t))
	h := newHarness()
	h.setup(1, 2)
	mustNoErr(t, s.Write(ctx, h.take()))

	type trade struct{ t, price, qty int64 }
	var trades []trade
	// Offsets from t0 (a day boundary): inside the first minute, the next
	// minutes, past 5m, past 1h, into the next day, and back to an hour of
	// day two.
	offsets := []time.Duration{
		0, 10 * time.Second, 59*time.Second + 999*time.Millisecond, time.Minute, 90 * time.Second,
		4*time.Minute + 59*time.Second, 5 * time.Minute, 17 * time.Minute, 59*time.Minute + 59*time.Second,
		time.Hour, time.Hour + 3*time.Minute, 23*time.Hour + 59*time.Minute, 24 * time.Hour,
		24*time.Hour + 30*time.Second, 25*time.Hour + 1*time.Minute,
	}
	id := exchange.OrderID(1)
	for i, off := range offsets {
		h.now = t0 + int64(off)
		price := int64(25000 + (i*37)%11*10 - 50)
		qty := int64(1 + i%4)
		// a resting sell, and a buy that takes it: one trade at price.
		h.do(exchange.Command{Kind: exchange.CmdPlace, Account: 0, Market: 0, OrderID: id, Side: exchange.Sell,
			Price: price, Qty: qty, MaxFeeBps: feeTaker}, nil)
		h.do(exchange.Command{Kind: exchange.CmdPlace, Account: 1, Market: 0, OrderID: id + 1, Side: exchange.Buy,
			Price: price, Qty: qty, MaxFeeBps: feeTaker}, nil)
		id += 2
		trades = append(trades, trade{h.now, price, qty})
		if i%4 == 3 { // several batches, so buckets are merged across them
			mustNoErr(t, s.Write(ctx, h.take()))
		}
	}
	mustNoErr(t, s.Write(ctx, h.take()))

	for _, iv := range intervals {
		var want []api.HistoryCandle
		for _, tr := range trades {
			start := tr.t - tr.t%iv.ns
			if n := len(want); n > 0 && want[n-1].StartNs == start {
				c := &want[n-1]
				c.High, c.Low, c.Close = max(c.High, tr.price), min(c.Low, tr.price), tr.price
				c.Volume += tr.qty
				c.Trades++
				continue
			}
			want = append(want, api.HistoryCandle{Market: 0, Interval: iv.name, StartNs: start, Open: tr.price, High: tr.price,
				Low: tr.price, Close: tr.price, Volume: tr.qty, Trades: 1})
		}
		got, err := s.Candles(ctx, 0, iv.name, 0, 0)
		mustNoErr(t, err)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s candles:\n got %v\nwant %v", iv.name, got, want)
		}
		if len(want) < 2 {
			t.Errorf("%s: only %d buckets; the test should span several", iv.name, len(want))
		}
		// Paging: from the second bucket on, one at a time.
		page, err := s.Candles(ctx, 0, iv.name, want[1].StartNs/1e6, 1)
		mustNoErr(t, err)
		if len(page) != 1 || page[0] != want[1] {
			t.Errorf("%s page from the second bucket: %v", iv.name, page)
		}
	}
	// Spot-check one by hand: the first minute has the trades at 0s, 10s
	// and 59.999s: qty 1+2+3.
	c, _ := s.Candles(ctx, 0, "1m", 0, 1)
	if c[0].Trades != 3 || c[0].Volume != 6 || c[0].StartNs != t0 {
		t.Errorf("first 1m candle: %+v", c[0])
	}
	if _, err := s.Candles(ctx, 0, "2m", 0, 0); !errors.Is(err, ErrInvalidInterval) {
		t.Errorf("2m: %v", err)
	}
}

// TestPaging pages trades, orders and fills by since and limit.
func TestPaging(t *testing.T) {
	ctx := context.Background()
	s := openStore(t, testsvc.Postgres(t))
	h := newHarness()
	h.setup(1, 2)
	const n = 30
	for i := range n {
		h.now = t0 + int64(i)*int64(time.Second)
		id := exchange.OrderID(2*i + 1)
		h.do(exchange.Command{Kind: exchange.CmdPlace, Account: 0, Market: 0, OrderID: id, Side: exchange.Sell,
			Price: 25000, Qty: 1, MaxFeeBps: feeTaker}, nil)
		h.do(exchange.Command{Kind: exchange.CmdPlace, Account: 1, Market: 0, OrderID: id + 1, Side: exchange.Buy,
			Price: 25000, Qty: 1, MaxFeeBps: feeTaker}, nil)
	}
	mustNoErr(t, s.Write(ctx, h.take()))
	ms := func(i int) int64 { return (t0 + int64(i)*int64(time.Second)) / 1e6 }

	tr, err := s.Trades(ctx, 0, ms(10), 5)
	mustNoErr(t, err)
	if len(tr) != 5 || tr[0].TimeNs != ms(10)*1e6 || tr[4].TimeNs != ms(14)*1e6 {
		t.Errorf("trades from 10s, 5: %+v", tr)
	}
	tr, err = s.Trades(ctx, 0, ms(25), 0)
	mustNoErr(t, err)
	if len(tr) != 5 {
		t.Errorf("trades from 25s: %d", len(tr))
	}
	tr, err = s.Trades(ctx, 0, ms(n), 0)
	mustNoErr(t, err)
	if len(tr) != 0 {
		t.Errorf("trades after the last: %d", len(tr))
	}
	if tr, _ := s.Trades(ctx, 0, 0, MaxLimit+5); len(tr) != n {
		t.Errorf("all trades: %d", len(tr))
	}
	if tr, _ := s.Trades(ctx, 1, 0, 0); len(tr) != 0 {
		t.Errorf("trades of another market: %d", len(tr))
	}

	// Page through account 0's orders three at a time.
	var seen []exchange.OrderID
	since := int64(0)
	for len(seen) < n {
		page, err := s.Orders(ctx, 0, since, 3, false)
		mustNoErr(t, err)
		if len(page) == 0 {
			break
		}
		for _, o := range page {
			seen = append(seen, o.OrderID)
		}
		since = page[len(page)-1].CreatedNs/1e6 + 1
	}
	if len(seen) != n || seen[0] != 1 || seen[n-1] != 2*n-1 {
		t.Errorf("paged orders: %v", seen)
	}
	if open, _ := s.Orders(ctx, 0, 0, 0, true); len(open) != 0 {
		t.Errorf("open orders: %+v", open)
	}

	f, err := s.Fills(ctx, 1, ms(20), 4)
	mustNoErr(t, err)
	if len(f) != 4 || f[0].TimeNs != ms(20)*1e6 || f[0].TakerAccount != 1 {
		t.Errorf("fills of account 1 from 20s: %+v", f)
	}
	f, err = s.Fills(ctx, 0, ms(28), 0)
	mustNoErr(t, err)
	if len(f) != 2 || f[0].MakerAccount != 0 {
		t.Errorf("fills of account 0 from 28s: %+v", f)
	}
}

// TestMarkSettlement moves fills through the settlement states.
func TestMarkSettlement(t *testing.T) {
	ctx := context.Background()
	s := openStore(t, testsvc.Postgres(t))
	s.now = func() time.Time { return time.Unix(0, t0+int64(time.Hour)) }
	h := newHarness()
	h.setup(1, 2)
	for i := range 4 {
		id := exchange.OrderID(2*i + 1)
		h.do(exchange.Command{Kind: exchange.CmdPlace, Account: 0, Market: 0, OrderID: id, Side: exchange.Sell,
			Price: 25000, Qty: 1, MaxFeeBps: feeTaker}, nil)
		h.do(exchange.Command{Kind: exchange.CmdPlace, Account: 1, Market: 0, OrderID: id + 1, Side: exchange.Buy,
			Price: 25000, Qty: 1, MaxFeeBps: feeTaker}, nil)
	}
	mustNoErr(t, s.Write(ctx, h.take()))
	fills, err := s.Fills(ctx, 1, 0, 0)
	mustNoErr(t, err)
	if len(fills) != 4 {
		t.Fatalf("%d fills", len(fills))
	}
	tx := make([]byte, 32)
	tx[0], tx[31] = 0xab, 0xcd
	mustNoErr(t, s.MarkSettlement(ctx, []exchange.FillID{fills[0].Key, fills[1].Key, fills[1].Key}, api.FillSettled, 7, tx, ""))
	mustNoErr(t, s.MarkSettlement(ctx, []exchange.FillID{fills[2].Key}, api.FillReverted, 8, nil, "ORDER_SIGNATURE"))

	err = s.MarkSettlement(ctx, []exchange.FillID{fills[3].Key, {Market: 0, Seq: 999}}, api.FillSettled, 9, tx, "")
	if !errors.Is(err, ErrUnknownFill) {
		t.Errorf("unknown fill: %v", err)
	}
	if err := s.MarkSettlement(ctx, []exchange.FillID{fills[3].Key}, "confirmed", 9, tx, ""); !errors.Is(err, ErrInvalidState) {
		t.Errorf("invalid state: %v", err)
	}
	got, err := s.Fills(ctx, 0, 0, 0)
	mustNoErr(t, err)
	type st struct {
		state  api.SettlementState
		batch  uint64
		tx     string
		reason string
	}
	want := []st{{api.FillSettled, 7, fmt.Sprintf("%x", tx), ""}, {api.FillSettled, 7, fmt.Sprintf("%x", tx), ""},
		{api.FillReverted, 8, "", "ORDER_SIGNATURE"}, {api.FillMatched, 0, "", ""}}
	for i, f := range got {
		if g := (st{f.State, f.BatchID, fmt.Sprintf("%x", f.TxHash), f.StateReason}); g != want[i] {
			t.Errorf("fill %d: %+v, want %+v", i, g, want[i])
		}
	}
}
