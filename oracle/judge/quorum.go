package judge

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// Quorum is the registered reporter set and how many of them must agree.
type Quorum struct {
	// Reporters are the registered reporters' key addresses (n of them).
	Reporters []common.Address
	// K is how many delivered verdicts make an hour delivered, and how
	// many signatures a report needs. A lying or silent minority of f
	// reporters cannot change a result while f < K <= n-f; DefaultK is
	// the largest f for n.
	K int
}

// DefaultK is the majority n/2+1: it tolerates any minority (f < n/2)
// lying or silent.
func DefaultK(n int) int { return n/2 + 1 }

// Validate checks 1 <= K <= n and distinct reporters.
func (q Quorum) Validate() error {
	n := len(q.Reporters)
	if q.K < 1 || q.K > n {
		return newError(CodeBadQuorum, "k=%d of n=%d", q.K, n)
	}
	seen := make(map[common.Address]bool, n)
	for _, r := range q.Reporters {
		if seen[r] {
			return newError(CodeBadQuorum, "reporter %s listed twice", r)
		}
		seen[r] = true
	}
	return nil
}

// HourResult is the quorum's decision on one lease-hour.
type HourResult struct {
	Lease uint64
	Hour  uint64
	// GPUs is the lease's GPU count: the hour is GPUs GPU-hours.
	GPUs uint64
	// Outcome is Delivered or Undelivered (never Abstain).
	Outcome Outcome
	// Reason is set when Outcome is Undelivered.
	Reason Reason
	// Fault: at least K reporters saw a critical fault on the lease's
	// GPUs. It is the next hours' HourInput.FaultedBefore.
	Fault bool
	// Delivered, Undelivered and Abstained count the registered
	// reporters' verdicts; Ignored counts verdicts not counted (an
	// unregistered reporter, a reporter with two verdicts for the hour,
	// an outcome or reason out of range).
	Delivered, Undelivered, Abstained, Ignored int
}

func (h HourResult) String() string {
	s := fmt.Sprintf("lease %d hour %d %s", h.Lease, h.Hour, h.Outcome)
	if h.Outcome == Undelivered {
		s += " " + h.Reason.String()
	}
	return s + fmt.Sprintf(" (%d delivered, %d undelivered, %d abstained)", h.Delivered, h.Undelivered, h.Abstained)
}

// Combine is the quorum rule for one lease-hour (docs/oracle.md, "Quorum
// and report format"): the hour is delivered iff at least K registered
// reporters judged it delivered; otherwise it is undelivered with the
// reason most of the undelivered verdicts give, ties to the lowest code
// (node_lost when no reporter said undelivered). A reporter's verdict
// counts once: one that gave two for the hour counts as abstaining, and
// verdicts of reporters outside the quorum are ignored, so the result
// depends on the set of verdicts, not their order. With f lying or
// silent reporters, f < K and n-f >= K, the honest reporters decide
// delivered or not alone.
func Combine(q Quorum, l *Lease, hour uint64, vs []Verdict) (HourResult, error) {
	if err := q.Validate(); err != nil {
		return HourResult{}, err
	}
	if err := l.validate(); err != nil {
		return HourResult{}, err
	}
	if !l.HasHour(hour) {
		return HourResult{}, newError(CodeHourOutsideLease, "hour %d is not one of lease %d's (%d+%d)", hour, l.ID, l.StartHour, l.Hours)
	}
	res := HourResult{Lease: l.ID, Hour: hour, GPUs: l.GPUs}
	// Index the reporters; n is small (tens), so a slice scan beats a map.
	got := make([]int, len(q.Reporters)) // verdicts per reporter
	pick := make([]int, len(q.Reporters))
	for i := range vs {
		v := &vs[i]
		if v.Lease != l.ID || v.Hour != hour {
			return HourResult{}, newError(CodeVerdictMismatch, "verdict %d is for lease %d hour %d, combining lease %d hour %d", i, v.Lease, v.Hour, l.ID, hour)
		}
		r := indexOf(q.Reporters, v.Reporter)
		if r < 0 {
			res.Ignored++
			continue
		}
		got[r]++
		pick[r] = i
	}
	var reasons [256]int
	faults := 0
	for r, c := range got {
		if c != 1 {
			if c > 1 {
				res.Ignored += c
			}
			res.Abstained++
			continue
		}
		v := &vs[pick[r]]
		switch {
		case v.Outcome == Delivered:
			res.Delivered++
		case v.Outcome == Undelivered && v.Reason != NoReason && v.Reason.Known():
			res.Undelivered++
			reasons[v.Reason]++
		case v.Outcome == Abstain:
			res.Abstained++
			continue
		default:
			res.Ignored++
			res.Abstained++
			continue
		}
		if v.Problems&ProblemFault != 0 {
			faults++
		}
	}
	res.Fault = faults >= q.K
	if res.Delivered >= q.K {
		res.Outcome = Delivered
		return res, nil
	}
	res.Outcome, res.Reason = Undelivered, NodeLost
	best := 0
	for code, c := range reasons {
		if c > best { // strictly more: a tie keeps the lower code
			best, res.Reason = c, Reason(code)
		}
	}
	return res, nil
}

func indexOf(rs []common.Address, a common.Address) int {
	for i := range rs {
		if rs[i] == a {
			return i
		}
	}
	return -1
}
