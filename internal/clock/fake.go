package clock

import (
	"sort"
	"sync"
	"time"
)

// Fake is a Clock that moves only when a test moves it. Its timers and
// tickers fire, in deadline order, as Advance or Set passes their
// deadlines; a ticker passed several periods at once fires once, as a
// time.Ticker whose reader was slow.
type Fake struct {
	mu      sync.Mutex
	now     time.Time
	waiters []*fakeWaiter
	added   chan struct{} // closed and replaced whenever a waiter is armed
}

var _ Clock = (*Fake)(nil)

// NewFake returns a Fake reading start.
func NewFake(start time.Time) *Fake {
	return &Fake{now: start, added: make(chan struct{})}
}

// Now returns the fake time.
func (f *Fake) Now() time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.now
}

// Advance moves the clock forward by d, firing what falls due.
func (f *Fake) Advance(d time.Duration) {
	f.mu.Lock()
	t := f.now.Add(d)
	f.mu.Unlock()
	f.Set(t)
}

// Set moves the clock to t (never backwards), firing what falls due on the
// way, each at its own deadline.
func (f *Fake) Set(t time.Time) {
	for {
		f.mu.Lock()
		if t.Before(f.now) {
			f.mu.Unlock()
			return
		}
		var due *fakeWaiter
		for _, w := range f.waiters {
			if !w.when.After(t) && (due == nil || w.when.Before(due.when)) {
				due = w
			}
		}
		if due == nil {
			f.now = t
			f.mu.Unlock()
			return
		}
		if due.when.After(f.now) {
			f.now = due.when
		}
		now := f.now
		if due.period > 0 {
			// Its next tick is the first one past t: the periods this
			// move skips are the ticks a slow reader misses.
			for !due.when.After(t) {
				due.when = due.when.Add(due.period)
			}
		} else {
			f.remove(due)
		}
		f.mu.Unlock()
		select {
		case due.c <- now:
		default: // a tick the reader has not taken yet: dropped
		}
	}
}

// Waiters returns how many timers and tickers are armed: a test waits for
// a goroutine to block on its timer before it advances the clock.
func (f *Fake) Waiters() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.waiters)
}

// Armed returns a channel closed the next time a timer or ticker is armed
// or reset, to wait on instead of polling Waiters.
func (f *Fake) Armed() <-chan struct{} {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.added
}

// NextDeadline returns the earliest armed deadline, if any.
func (f *Fake) NextDeadline() (time.Time, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	ws := append([]*fakeWaiter(nil), f.waiters...)
	if len(ws) == 0 {
		return time.Time{}, false
	}
	sort.Slice(ws, func(i, j int) bool { return ws[i].when.Before(ws[j].when) })
	return ws[0].when, true
}

// NewTimer returns a timer that fires when the clock reaches now+d.
func (f *Fake) NewTimer(d time.Duration) Timer {
	w := &fakeWaiter{f: f, c: make(chan time.Time, 1)}
	w.arm(d, 0)
	return fakeTimer{w}
}

// NewTicker returns a ticker that fires every d of fake time.
func (f *Fake) NewTicker(d time.Duration) Ticker {
	if d <= 0 {
		panic("clock: non-positive interval for NewTicker")
	}
	w := &fakeWaiter{f: f, c: make(chan time.Time, 1)}
	w.arm(d, d)
	return fakeTicker{w}
}

type fakeWaiter struct {
	f      *Fake
	c      chan time.Time
	when   time.Time
	period time.Duration // 0: a timer
}

// arm (re)schedules w d from now and reports whether it was armed before.
func (w *fakeWaiter) arm(d, period time.Duration) bool {
	f := w.f
	f.mu.Lock()
	was := f.remove(w)
	w.when, w.period = f.now.Add(d), period
	f.waiters = append(f.waiters, w)
	close(f.added)
	f.added = make(chan struct{})
	f.mu.Unlock()
	if d <= 0 {
		f.Set(f.Now()) // already due
	}
	return was
}

func (w *fakeWaiter) stop() bool {
	w.f.mu.Lock()
	defer w.f.mu.Unlock()
	return w.f.remove(w)
}

// remove takes w out of the armed set; f.mu is held.
func (f *Fake) remove(w *fakeWaiter) bool {
	for i, x := range f.waiters {
		if x == w {
			f.waiters = append(f.waiters[:i], f.waiters[i+1:]...)
			return true
		}
	}
	return false
}

type fakeTimer struct{ w *fakeWaiter }

func (t fakeTimer) C() <-chan time.Time        { return t.w.c }
func (t fakeTimer) Stop() bool                 { return t.w.stop() }
func (t fakeTimer) Reset(d time.Duration) bool { return t.w.arm(d, 0) }

type fakeTicker struct{ w *fakeWaiter }

func (t fakeTicker) C() <-chan time.Time { return t.w.c }
func (t fakeTicker) Stop()               { t.w.stop() }
func (t fakeTicker) Reset(d time.Duration) {
	if d <= 0 {
		panic("clock: non-positive interval for Ticker.Reset")
	}
	t.w.arm(d, d)
}
