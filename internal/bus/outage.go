package bus

import (
	"log/slog"
	"sync"
	"time"
)

// Outage tracks whether a dependency (Redis, for the bus) answers, and
// logs each change once: a WARN with the first error when it stops
// answering, an INFO with how long it was down when it answers again. The
// failures in between are counted, not logged, however many goroutines see
// them, so that an outage never floods the log. The zero value is not
// usable; use NewOutage.
type Outage struct {
	name string
	log  *slog.Logger
	now  func() time.Time

	mu       sync.Mutex
	down     bool
	since    time.Time
	failures int
	onChange func(up bool)
}

// NewOutage returns a tracker of dependency name (e.g. "redis") that
// starts up. onChange, if set, is called at once and on every change,
// under the tracker's lock: it must be quick (set a gauge).
func NewOutage(name string, log *slog.Logger, onChange func(up bool)) *Outage {
	if log == nil {
		log = slog.Default()
	}
	o := &Outage{name: name, log: log, now: time.Now, onChange: onChange}
	if onChange != nil {
		onChange(true)
	}
	return o
}

// Fail records a failed call; it logs only the first failure of an
// outage. It reports whether this call started the outage.
func (o *Outage) Fail(what string, err error) bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.failures++
	if o.down {
		return false
	}
	o.down, o.since, o.failures = true, o.now(), 1
	o.log.Warn(o.name+" unreachable: retrying with backoff; the next line says when it is back", "dependency", o.name, "during", what, "err", err)
	if o.onChange != nil {
		o.onChange(false)
	}
	return true
}

// OK records a call that succeeded; it logs the end of an outage. It
// reports whether this call ended one.
func (o *Outage) OK() bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	if !o.down {
		return false
	}
	o.down = false
	o.log.Info(o.name+" reachable again", "dependency", o.name, "down_for", o.now().Sub(o.since).Round(time.Millisecond), "failed_calls", o.failures)
	if o.onChange != nil {
		o.onChange(true)
	}
	return true
}

// Up reports whether the dependency answered the last call.
func (o *Outage) Up() bool {
	if o == nil {
		return true
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	return !o.down
}

// Backoff is a capped exponential delay: Next doubles it from Min up to Max,
// Reset goes back to Min.
type Backoff struct {
	Min, Max time.Duration
	cur      time.Duration
}

// Next returns the delay to wait now and doubles the following one.
func (b *Backoff) Next() time.Duration {
	if b.cur < b.Min {
		b.cur = b.Min
	}
	d := b.cur
	b.cur = min(2*b.cur, b.Max)
	return d
}

// Reset makes the next delay Min again.
func (b *Backoff) Reset() { b.cur = 0 }
