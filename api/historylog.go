package api

import (
	"context"
	"errors"
	"log/slog"

	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/health"
)

// loggedHistory is the History the REST handlers use: its outages are
// said as every dependency's are (health.Dependency "history store": once
// at ERROR with the cause, once at INFO when it answers again, with how
// long it failed and how many requests got 503 meanwhile), so that a
// database outage under polling clients costs two lines, not one per
// request. A request the client gave up on is no failure of the store.
type loggedHistory struct {
	h  History
	up *health.Dependency
}

func newLoggedHistory(h History, log *slog.Logger, clk clock.Clock) *loggedHistory {
	return &loggedHistory{h: h, up: health.New("history store", log, clk)}
}

func (l *loggedHistory) observe(what string, err error) {
	switch {
	case err == nil:
		l.up.OK()
	case !errors.Is(err, context.Canceled):
		l.up.FailedWith("rest "+what, err, "meanwhile", "history requests answer 503")
	}
}

func (l *loggedHistory) Trades(ctx context.Context, m exchange.MarketID, sinceMs int64, limit int) ([]HistoryTrade, error) {
	r, err := l.h.Trades(ctx, m, sinceMs, limit)
	l.observe("trades", err)
	return r, err
}

func (l *loggedHistory) Candles(ctx context.Context, m exchange.MarketID, interval string, sinceMs int64, limit int) ([]HistoryCandle, error) {
	r, err := l.h.Candles(ctx, m, interval, sinceMs, limit)
	l.observe("candles", err)
	return r, err
}

func (l *loggedHistory) Orders(ctx context.Context, a exchange.AccountID, sinceMs int64, limit int, onlyOpen bool) ([]HistoryOrder, error) {
	r, err := l.h.Orders(ctx, a, sinceMs, limit, onlyOpen)
	l.observe("orders", err)
	return r, err
}

func (l *loggedHistory) Order(ctx context.Context, a exchange.AccountID, id exchange.OrderID) (HistoryOrder, bool, error) {
	r, ok, err := l.h.Order(ctx, a, id)
	l.observe("order", err)
	return r, ok, err
}

func (l *loggedHistory) OrderByClientID(ctx context.Context, a exchange.AccountID, clientOrderID string) (HistoryOrder, bool, error) {
	r, ok, err := l.h.OrderByClientID(ctx, a, clientOrderID)
	l.observe("order", err)
	return r, ok, err
}

func (l *loggedHistory) Fills(ctx context.Context, a exchange.AccountID, sinceMs int64, limit int) ([]HistoryFill, error) {
	r, err := l.h.Fills(ctx, a, sinceMs, limit)
	l.observe("fills", err)
	return r, err
}

func (l *loggedHistory) Balances(ctx context.Context, a exchange.AccountID) ([]HistoryBalance, error) {
	r, err := l.h.Balances(ctx, a)
	l.observe("balances", err)
	return r, err
}
