package flash1

import (
	"errors"
	"fmt"
	"math"
	"runtime"
	"slices"
	"time"
)

// DefaultPasses is how many throughput passes Measure takes the best of when
// Options.Passes is 0. The best pass is the one the machine disturbed least;
// allocation figures take the worst pass instead.
const DefaultPasses = 3

// Options tune Run and Measure.
type Options struct {
	Passes int // throughput passes, best taken; 0 means DefaultPasses
}

// Timing is what the timed passes measured. Each pass runs on a fresh engine
// with the workload converted to commands beforehand, applies each message
// (including a modify's conditional re-insert) and renders nothing.
type Timing struct {
	Passes       int     // throughput passes taken
	Capacity     int     // Config.OrderCapacity: a bound on the orders resting at once
	MsgsPerSec   float64 // best throughput pass
	NsPerMsg     float64 // best throughput pass
	AllocsPerMsg float64 // heap allocations per message, worst throughput pass

	// Latencies of single messages, from a separate pass that reads the
	// clock around each one (so they include two clock reads, ~20 ns).
	P50Ns, P99Ns, P999Ns, MaxNs int64
}

// Result is a replay's report and the engine's timings on the same workload.
type Result struct {
	Report
	Timing
}

// ErrNondeterministic means two passes over the same workload left the
// engine in different states: no figure measured on it can be trusted.
var ErrNondeterministic = errors.New("flash1: engine state differs between passes over the same workload")

// Run replays recs to get the report hash, then measures the engine on them,
// checking that every timed pass ends in the state the replay did.
func Run(recs []Record, opt Options) (Result, error) {
	rep, state, err := replay(recs, nil)
	if err != nil {
		return Result{}, err
	}
	tm, err := measure(recs, opt, &state)
	if err != nil {
		return Result{}, err
	}
	return Result{Report: rep, Timing: tm}, nil
}

// Measure times the engine on recs without rendering a report.
func Measure(recs []Record, opt Options) (Timing, error) {
	return measure(recs, opt, nil)
}

// measure runs the throughput passes and the latency pass. If want is not
// nil every pass must end in that engine state; otherwise they must agree
// with each other.
func measure(recs []Record, opt Options, want *[32]byte) (Timing, error) {
	passes := opt.Passes
	if passes <= 0 {
		passes = DefaultPasses
	}
	if len(recs) == 0 {
		return Timing{}, errors.New("flash1: empty workload")
	}
	capacity := orderCapacity(recs)
	s, err := newSession(capacity)
	if err != nil {
		return Timing{}, err
	}
	// Every fresh session has the same market and account ids, so one
	// conversion serves all passes.
	steps, err := plan(recs, s)
	if err != nil {
		return Timing{}, err
	}
	acct, mkt := s.acct, s.mkt
	fresh := func() (*session, error) {
		s, err := newSession(capacity)
		if err == nil && (s.acct != acct || s.mkt != mkt) {
			err = fmt.Errorf("flash1: a fresh engine gave account %d and market %d, the first gave %d and %d",
				s.acct, s.mkt, acct, mkt)
		}
		return s, err
	}
	check := func(s *session) error {
		got := s.eng.StateHash()
		if want == nil {
			want = &got
		} else if got != *want {
			return ErrNondeterministic
		}
		return nil
	}

	n := float64(len(recs))
	tm := Timing{Passes: passes, Capacity: capacity, NsPerMsg: math.Inf(1)}
	for p := range passes {
		if p > 0 {
			if s, err = fresh(); err != nil {
				return Timing{}, err
			}
		}
		elapsed, mallocs := s.throughput(steps)
		if err := check(s); err != nil {
			return Timing{}, err
		}
		s = nil // let this engine go before the next one is built
		tm.NsPerMsg = min(tm.NsPerMsg, float64(elapsed.Nanoseconds())/n)
		tm.AllocsPerMsg = max(tm.AllocsPerMsg, float64(mallocs)/n)
	}
	tm.MsgsPerSec = 1e9 / tm.NsPerMsg

	if s, err = fresh(); err != nil {
		return Timing{}, err
	}
	lat := s.latencies(steps)
	if err := check(s); err != nil {
		return Timing{}, err
	}
	tm.P50Ns, tm.P99Ns, tm.P999Ns = percentile(lat, 0.50), percentile(lat, 0.99), percentile(lat, 0.999)
	tm.MaxNs = lat[len(lat)-1]
	return tm, nil
}

// throughput applies every step once under one clock and returns the time
// taken and the heap allocations made. A forced collection first keeps the
// previous pass's garbage from being collected on this pass's clock.
func (s *session) throughput(steps []step) (time.Duration, uint64) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	s.run(steps)
	elapsed := time.Since(start)
	runtime.ReadMemStats(&after)
	return elapsed, after.Mallocs - before.Mallocs
}

// run applies every step: the loop that throughput figures measure.
func (s *session) run(steps []step) {
	re := s.reinsert()
	for i := range steps {
		s.step(&steps[i], &re)
	}
}

// latencies applies every step under its own clock reads and returns the
// durations in ns, sorted. The slice is allocated before the loop so the
// measurement itself does not allocate.
func (s *session) latencies(steps []step) []int64 {
	re := s.reinsert()
	lat := make([]int64, len(steps))
	runtime.GC()
	for i := range steps {
		start := time.Now()
		s.step(&steps[i], &re)
		lat[i] = int64(time.Since(start))
	}
	slices.Sort(lat)
	return lat
}

// percentile returns the nearest-rank q-quantile of sorted durations.
func percentile(sorted []int64, q float64) int64 {
	i := int(math.Ceil(q*float64(len(sorted)))) - 1
	return sorted[min(max(i, 0), len(sorted)-1)]
}

// String summarises a result on one line, for logs and benchmarks.
func (r Result) String() string {
	return fmt.Sprintf("sha256=%s messages=%d trades=%d resting=%d %.2f M msgs/s p50=%dns p99=%dns p999=%dns allocs/msg=%.4f",
		r.ReportSHA256, r.Messages, r.Trades, r.Resting, r.MsgsPerSec/1e6, r.P50Ns, r.P99Ns, r.P999Ns, r.AllocsPerMsg)
}
