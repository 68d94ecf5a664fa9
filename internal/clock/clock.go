// Package clock is the one place Hourglass code reads time from: settlement
// batch timers, the gateway's heartbeats and rate limits, sign-in expiry,
// transaction fee bumps, the log watcher's polling, the bots and the
// simulator. Production code takes a Clock and gets Real; tests pass a Fake
// and move it forward instead of sleeping (tailscale's tstime is the model).
//
// Write deadlines on real sockets stay on the wall clock: they guard the
// kernel's buffers, not the exchange's logic.
package clock

import (
	"context"
	"time"
)

// Clock tells the time and makes timers and tickers that follow it.
type Clock interface {
	// Now is the current time.
	Now() time.Time
	// NewTimer returns a timer that fires once, d from now.
	NewTimer(d time.Duration) Timer
	// NewTicker returns a ticker that fires every d (d > 0). Like
	// time.Ticker it drops ticks a slow reader misses.
	NewTicker(d time.Duration) Ticker
}

// Timer is the part of a time.Timer that a Clock hands out.
type Timer interface {
	C() <-chan time.Time
	// Stop prevents the timer from firing; it reports whether that
	// stopped it.
	Stop() bool
	// Reset makes the timer fire d from now; it reports whether the timer
	// had been active.
	Reset(d time.Duration) bool
}

// Ticker is the part of a time.Ticker that a Clock hands out.
type Ticker interface {
	C() <-chan time.Time
	Stop()
	Reset(d time.Duration)
}

// Real is the wall clock.
type Real struct{}

var _ Clock = Real{}

// Now returns time.Now().
func (Real) Now() time.Time { return time.Now() }

// NewTimer returns a time.Timer.
func (Real) NewTimer(d time.Duration) Timer { return realTimer{time.NewTimer(d)} }

// NewTicker returns a time.Ticker.
func (Real) NewTicker(d time.Duration) Ticker { return realTicker{time.NewTicker(d)} }

type realTimer struct{ t *time.Timer }

func (t realTimer) C() <-chan time.Time        { return t.t.C }
func (t realTimer) Stop() bool                 { return t.t.Stop() }
func (t realTimer) Reset(d time.Duration) bool { return t.t.Reset(d) }

type realTicker struct{ t *time.Ticker }

func (t realTicker) C() <-chan time.Time   { return t.t.C }
func (t realTicker) Stop()                 { t.t.Stop() }
func (t realTicker) Reset(d time.Duration) { t.t.Reset(d) }

// Or returns c, or Real when c is nil: the default of every Config's Clock
// field.
func Or(c Clock) Clock {
	if c == nil {
		return Real{}
	}
	return c
}

// Sleep waits d on c. It returns false, early, when ctx ends first.
func Sleep(ctx context.Context, c Clock, d time.Duration) bool {
	t := c.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C():
		return true
	}
}

// Since returns the time elapsed on c since t.
func Since(c Clock, t time.Time) time.Duration { return c.Now().Sub(t) }
