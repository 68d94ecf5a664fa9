package reporter

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/oracle/judge"
	"github.com/hourglass-exchange/hourglass/oracle/merkle"
)

// The epoch: once an hour is over (and its last answers are in), each
// reporter judges every lease-hour of it from its own observations
// (JudgeHour); the quorum combines the reporters' verdicts (judge.Combine),
// builds the epoch's report (judge.BuildReport: cumulative per-lease
// figures in a Merkle tree) and each reporter signs its root (EIP-712).
// docs/oracle.md, "Reporters" and "The judge".

// JudgeHour is this reporter's verdict on each lease's hour, from its own
// observations of the lease's node: judge.Check sets their status against
// keys (the approved node keys and their providers) and seen (the nonces
// already answered), then judge.JudgeHour. faulted names the leases the
// quorum found a critical fault on in an earlier hour. Leases without the
// hour are skipped.
func (r *Reporter) JudgeHour(p judge.Params, hour uint64, leases []judge.Lease, keys judge.Keys, faulted map[uint64]bool) ([]judge.Verdict, error) {
	var out []judge.Verdict
	// One node's observations are checked once, for all of its leases
	// (checking marks each valid answer's nonce seen).
	type nodeKey struct{ node, provider common.Address }
	checked := map[nodeKey][]judge.Observation{}
	for _, l := range leases {
		if !l.HasHour(hour) {
			continue
		}
		k := nodeKey{l.Node, l.Provider}
		obs, ok := checked[k]
		if !ok {
			obs = r.Observations(l.Node, hour)
			judge.Check(obs, judge.DefaultAnswerDeadline, l.Provider, keys, judge.Seen{})
			checked[k] = obs
		}
		v, err := judge.JudgeHour(p, judge.HourInput{Reporter: r.addr, Lease: l, Hour: hour, FaultedBefore: faulted[l.ID],
			Observations: obs, Complaints: l.Complaints})
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

// Quorum runs one oracle's reporters in one process without a board:
// each hour it has each reporter judge the hour, tallies their verdicts
// (Tally) and has each reporter sign the report's root. The operator runs
// its reporters, in process or not, through the board instead (Member,
// docs/oracle.md "Reporters in processes of their own"); Quorum is the
// same steps in one call, for tests and tools.
type Quorum struct {
	Q         judge.Quorum
	Params    judge.Params
	Domain    judge.Domain
	Reporters []*Reporter

	Tally
}

// Epoch is one epoch's outcome: the quorum's results for the hour, the
// report and the reporters' signatures of its root.
type Epoch struct {
	Hour       uint64
	Results    []judge.HourResult
	Report     *judge.Report
	Signatures map[common.Address][]byte
}

// ErrNoLeases is returned for an hour no lease has.
var ErrNoLeases = errors.New("reporter: no lease has the hour")

// Run judges hour (after the last one run, in order) over leases, with
// keys the agreed view of the node registry.
func (q *Quorum) Run(ctx context.Context, hour uint64, leases []judge.Lease, keys judge.Keys) (*Epoch, error) {
	if err := q.Q.Validate(); err != nil {
		return nil, err
	}
	faulted := q.Faulted()
	var verdicts []judge.Verdict
	for _, r := range q.Reporters {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		vs, err := r.JudgeHour(q.Params, hour, leases, keys, faulted)
		if err != nil {
			return nil, fmt.Errorf("reporter %s: %w", r.addr, err)
		}
		verdicts = append(verdicts, vs...)
	}
	results, rep, err := q.Apply(q.Q, hour, leases, verdicts)
	if err != nil {
		return nil, err
	}
	e := &Epoch{Hour: hour, Results: results, Report: rep, Signatures: map[common.Address][]byte{}}
	for _, r := range q.Reporters {
		sig, err := judge.SignReport(r.cfg.Key, q.Domain, hour, rep.Root)
		if err != nil {
			return nil, err
		}
		e.Signatures[r.addr] = sig
	}
	return e, nil
}

// Tally is a quorum's running state, the same in every honest reporter and
// in the operator: the last report (the next one carries its cumulative
// figures forward), the leases found faulty, and every
// lease's hour results. Apply advances it one epoch from the verdicts.
type Tally struct {
	mu      sync.Mutex
	prev    *judge.Report
	faulted map[uint64]bool
	results map[uint64][]judge.HourResult // by lease, every hour combined so far
}

// Faulted returns the leases found faulty so far (a copy): the next
// hour's judge.HourInput.FaultedBefore.
func (t *Tally) Faulted() map[uint64]bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	out := make(map[uint64]bool, len(t.faulted))
	for id := range t.faulted {
		out[id] = true
	}
	return out
}

// Apply combines the verdicts of hour (a later epoch than the last
// applied) over leases by q (judge.Combine, each lease in id order) and
// builds the epoch's report on the last one (judge.BuildReport). It
// returns ErrNoLeases, changing nothing, when no lease has the hour and no
// report came before.
func (t *Tally) Apply(q judge.Quorum, hour uint64, leases []judge.Lease, verdicts []judge.Verdict) ([]judge.HourResult, *judge.Report, error) {
	if err := q.Validate(); err != nil {
		return nil, nil, err
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.prev != nil && hour <= t.prev.Epoch {
		return nil, nil, fmt.Errorf("reporter: epoch %d after epoch %d", hour, t.prev.Epoch)
	}
	byLease := map[uint64][]judge.Verdict{}
	for _, v := range verdicts {
		byLease[v.Lease] = append(byLease[v.Lease], v)
	}
	ls := append([]judge.Lease(nil), leases...)
	sort.Slice(ls, func(i, j int) bool { return ls[i].ID < ls[j].ID })
	var results []judge.HourResult
	for i := range ls {
		l := &ls[i]
		if !l.HasHour(hour) {
			continue
		}
		res, err := judge.Combine(q, l, hour, byLease[l.ID])
		if err != nil {
			return nil, nil, err
		}
		results = append(results, res)
	}
	if len(results) == 0 && t.prev == nil {
		return nil, nil, ErrNoLeases
	}
	rep, err := judge.BuildReport(hour, t.prev, results)
	if err != nil {
		return nil, nil, err
	}
	if t.faulted == nil {
		t.faulted, t.results = map[uint64]bool{}, map[uint64][]judge.HourResult{}
	}
	t.prev = rep
	for _, res := range results {
		if res.Fault {
			t.faulted[res.Lease] = true
		}
		t.results[res.Lease] = append(t.results[res.Lease], res)
	}
	return results, rep, nil
}

// Results returns the quorum's results of a lease so far, hour by hour.
func (t *Tally) Results(lease uint64) []judge.HourResult {
	t.mu.Lock()
	defer t.mu.Unlock()
	return append([]judge.HourResult(nil), t.results[lease]...)
}

// QuorumState is what a Tally must keep across a restart: the last report
// (its epoch and leaves: the next report carries them forward), the leases
// found faulty, and every lease's hour results so far.
type QuorumState struct {
	Epoch   uint64                        `json:"epoch"`
	Leaves  []merkle.Leaf                 `json:"leaves"`
	Faulted []uint64                      `json:"faulted,omitempty"`
	Results map[uint64][]judge.HourResult `json:"results,omitempty"`
}

// State returns the tally's state (nil before its first report).
func (t *Tally) State() *QuorumState {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.prev == nil {
		return nil
	}
	s := &QuorumState{Epoch: t.prev.Epoch, Leaves: append([]merkle.Leaf(nil), t.prev.Leaves...), Results: map[uint64][]judge.HourResult{}}
	for id := range t.faulted {
		s.Faulted = append(s.Faulted, id)
	}
	sort.Slice(s.Faulted, func(i, j int) bool { return s.Faulted[i] < s.Faulted[j] })
	for id, rs := range t.results {
		s.Results[id] = append([]judge.HourResult(nil), rs...)
	}
	return s
}

// Restore sets the tally's state from a State of before a restart; the
// next Apply must be for a later epoch.
func (t *Tally) Restore(s *QuorumState) error {
	rep, err := judge.RestoreReport(s.Epoch, s.Leaves)
	if err != nil {
		return err
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	t.prev, t.faulted, t.results = rep, map[uint64]bool{}, map[uint64][]judge.HourResult{}
	for _, id := range s.Faulted {
		t.faulted[id] = true
	}
	for id, rs := range s.Results {
		t.results[id] = append([]judge.HourResult(nil), rs...)
	}
	return nil
}

// Last is the last report (nil before the first).
func (t *Tally) Last() *judge.Report {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.prev
}
