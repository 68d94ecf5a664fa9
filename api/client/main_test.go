package client

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"sync"
	"testing"

	"github.com/hourglass-exchange/hourglass/api/internal/apitest"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// conformance checks every message the package's clients write and read
// against the gateway's websocket schema, as the client sees them (the
// gateways of apitest check the same conversations from their side).
var conformance = apitest.NewConformance(0)

// TestMain runs the tests with every client's traffic checked, and fails
// the package on a message that does not conform, or, when every test
// ran, if a method the client wraps was never seen.
func TestMain(m *testing.M) {
	var (
		mu   sync.Mutex
		ids  = make(map[*Client]uint64)
		next uint64
	)
	frameTap = func(c *Client, sent bool, data []byte) {
		mu.Lock()
		id, ok := ids[c]
		if !ok {
			next++
			id, ids[c] = next, next
		}
		if !sent && data == nil {
			delete(ids, c)
		}
		mu.Unlock()
		switch {
		case sent:
			conformance.ClientMessage(id, data)
		case data == nil:
			conformance.Closed(id)
		default:
			conformance.ServerMessage(id, data)
		}
	}
	code := testsvc.Main(m)
	if err := conformance.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "FAIL: the clients' websocket traffic:", err)
		code = 1
	} else if f := flag.Lookup("test.run"); code == 0 && f != nil && f.Value.String() == "" {
		kinds := conformance.Kinds()
		var missing []string
		for _, kind := range clientKinds {
			if kinds[kind] == 0 {
				missing = append(missing, kind)
			}
		}
		if len(missing) > 0 {
			fmt.Fprintln(os.Stderr, "FAIL: the client tests never checked", missing, "of", kinds)
			code = 1
		}
	}
	os.Exit(code)
}

// clientKinds are the messages the package's tests must exchange, so that
// the check above covers what the client sends and reads.
var clientKinds = slices.Concat(
	[]string{"request_subscribe", "response_subscribe", "request_unsubscribe", "response_unsubscribe",
		"request_ping", "response_ping", "request_auth_challenge", "response_auth_challenge",
		"request_auth_login", "response_auth_login", "request_order_place", "response_order_place",
		"request_order_cancel", "response_order_cancel", "request_order_cancel_all", "response_order_cancel_all",
		"request_order_amend", "response_order_amend", "request_cancel_after", "response_cancel_after",
		"error_response"},
	[]string{"event_book_snapshot", "event_book_update", "event_trades_snapshot", "event_trades_update",
		"event_ticker_snapshot", "event_ticker_update", "event_candles_snapshot", "event_candles_update",
		"event_heartbeat_update"},
	[]string{"event_orders_snapshot", "event_orders_update", "event_fills_snapshot", "event_fills_update",
		"event_balances_snapshot", "event_balances_update", "event_settlement_snapshot", "event_settlement_update"},
)
