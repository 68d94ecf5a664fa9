// Package health is one dependency's health (the chain node; PostgreSQL
// and Redis likewise) as the parts that call it see it. An outage must not
// flood the log: a Dependency says once, at ERROR with the cause, that the
// dependency stopped answering, and once, at INFO, when it answers again;
// in between, its callers retry with Backoff and log their own failures at
// debug level. The gauge hourglass_dependency_up{dependency="..."} is 1
// while it answers and 0 while it does not.
package health

import (
	"log/slog"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/hourglass-exchange/hourglass/internal/clock"
)

// MetricName and MetricHelp are the dependency gauge's; every dependency
// registers its own gauge under them with the label dependency=NAME (Opts),
// and one registry takes them only if the help texts are the same.
const (
	MetricName = "hourglass_dependency_up"
	MetricHelp = "Whether the node reaches a dependency it needs (1) or not (0), by dependency."
)

// Opts are the options of the gauge of the dependency name: every part
// that exports one (the chain here, PostgreSQL in internal/postgres, Redis
// in internal/redisbus) builds it from these.
func Opts(name string) prometheus.GaugeOpts {
	return prometheus.GaugeOpts{Name: MetricName, Help: MetricHelp, ConstLabels: prometheus.Labels{"dependency": name}}
}

// Dependency tracks one dependency; its methods may be called from any
// goroutine.
type Dependency struct {
	name  string
	log   *slog.Logger
	clock clock.Clock
	gauge prometheus.Gauge

	mu       sync.Mutex
	down     bool
	since    time.Time // when the current outage began
	failures int       // failed calls in the current outage
}

// New returns the health of the dependency name, up until a call fails.
// logger and clk may be nil (discard, clock.Real).
func New(name string, logger *slog.Logger, clk clock.Clock) *Dependency {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	d := &Dependency{name: name, log: logger, clock: clock.Or(clk),
		gauge: prometheus.NewGauge(Opts(name))}
	d.gauge.Set(1)
	return d
}

// Name is the dependency's name, as in its gauge's label.
func (d *Dependency) Name() string { return d.name }

// Collector is the gauge hourglass_dependency_up{dependency=NAME}, for a
// registry (api.Options.Collectors).
func (d *Dependency) Collector() prometheus.Collector { return d.gauge }

// Failed records a call that got no answer (a refused connection, a
// timeout). The first failure of an outage is logged at ERROR with err and
// by, the part that saw it; the others are only counted. A nil Dependency
// ignores it.
func (d *Dependency) Failed(by string, err error) { d.FailedWith(by, err) }

// FailedWith is Failed with attrs (slog key-value pairs: what the outage
// holds up) added to the outage's line, if this call starts one. It
// reports whether it did.
func (d *Dependency) FailedWith(by string, err error, attrs ...any) bool {
	if d == nil {
		return false
	}
	d.mu.Lock()
	first := !d.down
	if first {
		d.down, d.since, d.failures = true, d.clock.Now(), 0
	}
	d.failures++
	d.mu.Unlock()
	if first {
		d.gauge.Set(0)
		d.log.Error(d.name+": not answering; retrying with backoff until it does (said once; again when it answers)",
			append([]any{"dependency", d.name, "by", by, "err", err}, attrs...)...)
	}
	return first
}

// OK records a call that got an answer. The first after an outage is
// logged at INFO with how long the outage lasted and how many calls
// failed. A nil Dependency ignores it.
func (d *Dependency) OK() { d.OKWith() }

// OKWith is OK with attrs (slog key-value pairs: what caught up) added to
// the recovery's line, if this call ends an outage. It reports whether it
// did.
func (d *Dependency) OKWith(attrs ...any) bool {
	if d == nil {
		return false
	}
	d.mu.Lock()
	if !d.down {
		d.mu.Unlock()
		return false
	}
	d.down = false
	lasted, failures := clock.Since(d.clock, d.since), d.failures
	d.mu.Unlock()
	d.gauge.Set(1)
	d.log.Info(d.name+": answering again", append([]any{"dependency", d.name,
		"down_for", lasted.Round(time.Millisecond), "failed_calls", failures}, attrs...)...)
	return true
}

// Down says whether the dependency is in an outage: its last call failed.
// A nil Dependency is never down.
func (d *Dependency) Down() bool {
	if d == nil {
		return false
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.down
}

// Backoff is a capped exponential delay between retries: Base, then twice
// as long each time up to Max, until Reset. The zero value is not usable.
type Backoff struct {
	Base, Max time.Duration
	next      time.Duration
}

// Next returns the delay before the next try and doubles the one after.
func (b *Backoff) Next() time.Duration {
	if b.next < b.Base {
		b.next = b.Base
	}
	d := b.next
	b.next = min(2*b.next, b.Max)
	return min(d, b.Max)
}

// Reset starts the delays from Base again, after a success.
func (b *Backoff) Reset() { b.next = 0 }
