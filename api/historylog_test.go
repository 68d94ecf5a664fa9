package api

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"

	"github.com/hourglass-exchange/hourglass/exchange"
)

// flakyHistory fails while down.
type flakyHistory struct{ down bool }

func (f *flakyHistory) err() error {
	if f.down {
		return errors.New("dial unix /tmp/pg/.s.PGSQL.5432: connect: no such file or directory")
	}
	return nil
}

func (f *flakyHistory) Trades(context.Context, exchange.MarketID, int64, int) ([]HistoryTrade, error) {
	return nil, f.err()
}
func (f *flakyHistory) Candles(context.Context, exchange.MarketID, string, int64, int) ([]HistoryCandle, error) {
	return nil, f.err()
}
func (f *flakyHistory) Orders(context.Context, exchange.AccountID, int64, int, bool) ([]HistoryOrder, error) {
	return nil, f.err()
}
func (f *flakyHistory) Order(context.Context, exchange.AccountID, exchange.OrderID) (HistoryOrder, bool, error) {
	return HistoryOrder{}, false, f.err()
}
func (f *flakyHistory) OrderByClientID(context.Context, exchange.AccountID, string) (HistoryOrder, bool, error) {
	return HistoryOrder{}, false, f.err()
}
func (f *flakyHistory) Fills(context.Context, exchange.AccountID, int64, int) ([]HistoryFill, error) {
	return nil, f.err()
}
func (f *flakyHistory) Balances(context.Context, exchange.AccountID) ([]HistoryBalance, error) {
	return nil, f.err()
}

// TestHistoryOutageLogsTwice: 500 requests failing through an outage of
// the history store log one ERROR and, when it answers again, one INFO
// with the count; a request the client abandoned logs nothing.
func TestHistoryOutageLogsTwice(t *testing.T) {
	var buf bytes.Buffer
	f := &flakyHistory{down: true}
	h := newLoggedHistory(f, slog.New(slog.NewTextHandler(&buf, nil)), nil)
	ctx := context.Background()
	for i := range 100 {
		h.Trades(ctx, 0, 0, 1)
		h.Candles(ctx, 0, "1m", 0, 1)
		h.Orders(ctx, exchange.AccountID(i), 0, 1, false)
		h.Fills(ctx, exchange.AccountID(i), 0, 1)
		h.Balances(ctx, exchange.AccountID(i))
	}
	f.down = false
	for range 10 {
		h.Trades(ctx, 0, 0, 1)
	}
	h.observe("orders", context.Canceled)
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], "level=ERROR") || !strings.Contains(lines[0], "connect: no such file") ||
		!strings.Contains(lines[1], "level=INFO") || !strings.Contains(lines[1], "failed_calls=500") {
		t.Fatalf("log:\n%s", buf.String())
	}
}
