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

// Quorum runs one oracle's reporters in one process (the embedded
// default): each hour it has each reporter judge the hour, combines their
// verdicts into the quorum's results, builds the epoch's report and has
// each reporter sign its root. Reporters in processes of their own run the
// same steps, exchanging their verdicts and signatures through the
// gateway; that exchange is not built yet.
type Quorum struct {
	Q         judge.Quorum
	Params    judge.Params
	Domain    judge.Domain
	Reporters []*Reporter

	mu      sync.Mutex
	prev    *judge.Report
	faulted map[uint64]bool
	results map[uint64][]judge.HourResult // by lease, every hour combined so far
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
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.prev != nil && hour <= q.prev.Epoch {
		return nil, fmt.Errorf("reporter: epoch %d after epoch %d", hour, q.prev.Epoch)
	}
	if q.faulted == nil {
		q.faulted, q.results = map[uint64]bool{}, map[uint64][]judge.HourResult{}
	}
	byLease := map[uint64][]judge.Verdict{}
	for _, r := range q.Reporters {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		vs, err := r.JudgeHour(q.Params, hour, leases, keys, q.faulted)
		if err != nil {
			return nil, fmt.Errorf("reporter %s: %w", r.addr, err)
		}
		for _, v := range vs {
			byLease[v.Lease] = append(byLease[v.Lease], v)
		}
	}
	e := &Epoch{Hour: hour, Signatures: map[common.Address][]byte{}}
	sort.Slice(leases, func(i, j int) bool { return leases[i].ID < leases[j].ID })
	for i := range leases {
		l := &leases[i]
		if !l.HasHour(hour) {
			continue
		}
		res, err := judge.Combine(q.Q, l, hour, byLease[l.ID])
		if err != nil {
			return nil, err
		}
		e.Results = append(e.Results, res)
	}
	if len(e.Results) == 0 && q.prev == nil {
		return nil, ErrNoLeases
	}
	rep, err := judge.BuildReport(hour, q.prev, e.Results)
	if err != nil {
		return nil, err
	}
	e.Report = rep
	for _, r := range q.Reporters {
		sig, err := judge.SignReport(r.cfg.Key, q.Domain, hour, rep.Root)
		if err != nil {
			return nil, err
		}
		e.Signatures[r.addr] = sig
	}
	q.prev = rep
	for _, res := range e.Results {
		if res.Fault {
			q.faulted[res.Lease] = true
		}
		q.results[res.Lease] = append(q.results[res.Lease], res)
	}
	return e, nil
}

// Results returns the quorum's results of a lease so far, hour by hour.
func (q *Quorum) Results(lease uint64) []judge.HourResult {
	q.mu.Lock()
	defer q.mu.Unlock()
	return append([]judge.HourResult(nil), q.results[lease]...)
}

// QuorumState is what a Quorum must keep across a restart: the last
// report (its epoch and leaves: the next report carries them forward), the
// leases found faulty, and every lease's hour results so far.
type QuorumState struct {
	Epoch   uint64                        `json:"epoch"`
	Leaves  []merkle.Leaf                 `json:"leaves"`
	Faulted []uint64                      `json:"faulted,omitempty"`
	Results map[uint64][]judge.HourResult `json:"results,omitempty"`
}

// State returns the quorum's state (nil before its first report).
func (q *Quorum) State() *QuorumState {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.prev == nil {
		return nil
	}
	s := &QuorumState{Epoch: q.prev.Epoch, Leaves: append([]merkle.Leaf(nil), q.prev.Leaves...), Results: map[uint64][]judge.HourResult{}}
	for id := range q.faulted {
		s.Faulted = append(s.Faulted, id)
	}
	sort.Slice(s.Faulted, func(i, j int) bool { return s.Faulted[i] < s.Faulted[j] })
	for id, rs := range q.results {
		s.Results[id] = append([]judge.HourResult(nil), rs...)
	}
	return s
}

// Restore sets the quorum's state from a State of before a restart; the
// next Run must be for a later epoch.
func (q *Quorum) Restore(s *QuorumState) error {
	rep, err := judge.RestoreReport(s.Epoch, s.Leaves)
	if err != nil {
		return err
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	q.prev, q.faulted, q.results = rep, map[uint64]bool{}, map[uint64][]judge.HourResult{}
	for _, id := range s.Faulted {
		q.faulted[id] = true
	}
	for id, rs := range s.Results {
		q.results[id] = append([]judge.HourResult(nil), rs...)
	}
	return nil
}

// Last is the last report (nil before the first).
func (q *Quorum) Last() *judge.Report {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.prev
}
