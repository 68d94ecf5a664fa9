package client

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/api"
	"github.com/hourglass-exchange/hourglass/api/internal/apitest"
	"github.com/hourglass-exchange/hourglass/api/marketdata"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/internal/bus"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// TestGapResubscribes drops one book update on the client: the Book sees
// the gap, the client re-subscribes and gets a fresh snapshot, and the
// book ends equal to the engine's.
func TestGapResubscribes(t *testing.T) {
	b := bus.NewLocal(bus.Options{})
	defer b.Close()
	e := apitest.NewEngine(t, apitest.Options{Bus: b})
	g := apitest.NewGateway(t, api.Options{Bus: b})
	g.WaitMarket(t, e.Symbol)
	ctx := context.Background()
	c, err := Dial(ctx, g.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Subscribe(ctx, SubscribeParams{Channel: "book", Markets: []string{e.Symbol}}, nil); err != nil {
		t.Fatal(err)
	}
	e.Submit(e.Limit(0, exchange.Buy, 20900, 1))
	testsvc.CheckFor(t, 10*time.Second, 5*time.Millisecond, func() error {
		if v, _ := c.Book(e.Symbol); !v.Synced || len(v.Bids) != 1 {
			return fmt.Errorf("book %+v", v)
		}
		return nil
	})
	c.dropBookUpdate.Store(true)
	e.Submit(e.Limit(0, exchange.Buy, 20901, 1))
	e.Submit(e.Limit(1, exchange.Sell, 21100, 3))
	testsvc.CheckFor(t, 10*time.Second, 5*time.Millisecond, func() error {
		if c.Resyncs() != 1 {
			return fmt.Errorf("%d resyncs", c.Resyncs())
		}
		bids, asks := e.Book()
		v, _ := c.Book(e.Symbol)
		if !v.Synced || !slices.Equal(levels(v.Bids), bids) || !slices.Equal(levels(v.Asks), asks) {
			return fmt.Errorf("book %+v, engine %v %v", v, bids, asks)
		}
		return nil
	})
}

func levels(ls []marketdata.Level) [][2]string {
	out := make([][2]string, 0, len(ls))
	for _, l := range ls {
		out = append(out, [2]string{l.Price, l.Size})
	}
	return out
}
