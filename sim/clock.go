package sim

import (
	"context"
	"time"
)

// Clock is the time the bots and traders read. The project's one clock
// (internal/clock: clock.Real{} and *clock.Fake) has it; sim declares only
// what it reads, so that it needs nothing of the exchange's internals.
type Clock interface {
	Now() time.Time
}

// realClock is the wall clock, the default.
type realClock struct{}

func (realClock) Now() time.Time { return time.Now() }

func orReal(c Clock) Clock {
	if c == nil {
		return realClock{}
	}
	return c
}

// poll is how often a wait looks at its clock again: Clock tells the time,
// not when it moves, so a fake clock's Advance is noticed within poll.
const poll = 5 * time.Millisecond

// sleepUntil waits until c reads t or later, or ctx ends (false).
func sleepUntil(ctx context.Context, c Clock, t time.Time) bool {
	for {
		d := t.Sub(c.Now())
		if d <= 0 {
			return true
		}
		tm := time.NewTimer(min(d, poll))
		select {
		case <-ctx.Done():
			tm.Stop()
			return false
		case <-tm.C:
		}
	}
}

// sleep waits d of c's time, or until ctx ends (false).
func sleep(ctx context.Context, c Clock, d time.Duration) bool {
	return sleepUntil(ctx, c, c.Now().Add(d))
}

// ticker fires every d of a Clock's time and, as time.Ticker, drops the
// ticks it missed.
type ticker struct {
	c    Clock
	d    time.Duration
	next time.Time
}

func newTicker(c Clock, d time.Duration) *ticker { return &ticker{c: c, d: d, next: c.Now().Add(d)} }

// wait waits for the next tick and returns the time it read, or false when
// ctx ends.
func (t *ticker) wait(ctx context.Context) (time.Time, bool) {
	if !sleepUntil(ctx, t.c, t.next) {
		return time.Time{}, false
	}
	now := t.c.Now()
	if t.next = t.next.Add(t.d); t.next.Before(now) {
		t.next = now.Add(t.d)
	}
	return now, true
}
