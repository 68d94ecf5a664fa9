package client

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/api"

	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// TestConformingSession drives every channel and method the client has
// through one trading session, so that TestMain's check of the clients'
// traffic against the websocket schema sees every kind of message: the
// market-data streams, the private channels, each order method, ping,
// cancel_after and unsubscribe.
func TestConformingSession(t *testing.T) {
	e, g := tradingGateway(t, &api.ChainInfo{ChainID: 1337, Exchange: common.HexToAddress("0x7a832fbCbD8ffD9d545e7Fd08836355D2Ff3eAbe"), Confirmations: 1})
	ctx := context.Background()
	mk, tk := key(t, 21), key(t, 22)
	maker, err := DialGateway(ctx, g.HTTP())
	if err != nil {
		t.Fatal(err)
	}
	defer maker.Close()
	taker, err := DialGateway(ctx, g.HTTP())
	if err != nil {
		t.Fatal(err)
	}
	defer taker.Close()
	if _, err := maker.Login(ctx, mk); err != nil {
		t.Fatal(err)
	}
	if _, err := taker.Login(ctx, tk); err != nil {
		t.Fatal(err)
	}
	fund(t, e, crypto.PubkeyToAddress(mk.PublicKey))
	fund(t, e, crypto.PubkeyToAddress(tk.PublicKey))

	seen := make(chan string, 1024)
	count := func(ev *Event) {
		select {
		case seen <- ev.Channel + "_" + ev.Type:
		default:
		}
	}
	depth := 10
	for _, p := range []SubscribeParams{
		{Channel: "book", Markets: []string{e.Symbol}, Depth: &depth},
		{Channel: "trades", Markets: []string{e.Symbol}},
		{Channel: "ticker", Markets: []string{e.Symbol}},
		{Channel: "candles", Markets: []string{e.Symbol}, Interval: "1m"},
		{Channel: "heartbeat", Markets: []string{e.Symbol}},
	} {
		if err := maker.Subscribe(ctx, p, count); err != nil {
			t.Fatal(err)
		}
	}
	for _, ch := range []string{"orders", "fills", "balances", "settlement"} {
		if err := maker.SubscribePrivate(ctx, ch, count); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := maker.Call(ctx, "ping", nil); err != nil {
		t.Fatal(err)
	}
	if _, err := maker.Call(ctx, "cancel_after", map[string]any{"timeout_ms": 60_000}); err != nil {
		t.Fatal(err)
	}
	ack, err := maker.PlaceOrder(ctx, OrderParams{Market: e.Symbol, Side: "buy", Price: "2.1", Size: "10", ClientOrderID: 1})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := taker.PlaceOrder(ctx, OrderParams{Market: e.Symbol, Side: "sell", Price: "2.1", Size: "3", TIF: "ioc", ClientOrderID: 1}); err != nil {
		t.Fatal(err)
	}
	if _, err := maker.Amend(ctx, OrderRef{OrderID: ack.OrderID}, "5", ""); err != nil {
		t.Fatal(err)
	}
	if _, err := maker.Cancel(ctx, OrderRef{OrderID: ack.OrderID}); err != nil {
		t.Fatal(err)
	}
	if _, err := maker.CancelAll(ctx, "", "buy"); err != nil {
		t.Fatal(err)
	}
	if _, err := maker.Call(ctx, "cancel_after", map[string]any{"timeout_ms": 0}); err != nil {
		t.Fatal(err)
	}
	if _, err := maker.Call(ctx, "order.place", map[string]any{"market": e.Symbol}); err == nil {
		t.Fatal("an order without a signature was taken")
	}
	// Every kind of event arrives; heartbeats come about once a second.
	want := map[string]bool{}
	for _, k := range []string{"book_snapshot", "book_update", "trades_snapshot", "trades_update", "ticker_snapshot", "ticker_update",
		"candles_snapshot", "candles_update", "heartbeat_update", "orders_snapshot", "orders_update", "fills_snapshot", "fills_update",
		"balances_snapshot", "balances_update", "settlement_snapshot", "settlement_update"} {
		want[k] = true
	}
	testsvc.CheckFor(t, 10*time.Second, 5*time.Millisecond, func() error {
		for {
			select {
			case k := <-seen:
				delete(want, k)
			default:
				if len(want) > 0 {
					return fmt.Errorf("no event of %v yet", want)
				}
				return nil
			}
		}
	})
	if _, err := maker.Call(ctx, "unsubscribe", SubscribeParams{Channel: "trades", Markets: []string{e.Symbol}}); err != nil {
		t.Fatal(err)
	}
	if err := conformance.Err(); err != nil {
		t.Fatal(err)
	}
}
