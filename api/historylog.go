package api

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"

	"github.com/hourglass-exchange/hourglass/exchange"
)

// loggedHistory is the History the REST handlers use: it says once, at
// ERROR, that the history store fails (and why), and once, at INFO, that it
// answers again, with how long it failed and how many requests it refused
// meanwhile. A database outage under polling clients so costs two lines,
// not one per request. A request the client gave up on is no failure of
// the store.
type loggedHistory struct {
	h   History
	log *slog.Logger

	mu      sync.Mutex
	since   time.Time // when the current failure began; zero while it answers
	refused int
}

func (l *loggedHistory) observe(what string, err error) {
	if err != nil && errors.Is(err, context.Canceled) {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	switch {
	case err != nil && l.since.IsZero():
		l.since, l.refused = time.Now(), 1
		l.log.Error("history store unavailable: history requests answer 503 until it is back", "request", what, "err", err)
	case err != nil:
		l.refused++
	case !l.since.IsZero():
		l.log.Info("history store available again", "down_for", time.Since(l.since).Round(time.Millisecond), "refused", l.refused)
		l.since = time.Time{}
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
