package service

import (
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/redeemer/agent"
	"github.com/hourglass-exchange/hourglass/redeemer/lease"
)

// Liveness is implemented by Agents that can tell when a node was last heard from.
type Liveness interface {
	LastSeen(node common.Address) (time.Time, bool)
}

// The remote agents know when each node last polled.
var _ Liveness = (*Remote)(nil)

// The verdicts' default delays (docs/delivery.md, "The redeemer's
// verdicts").
const (
	// DefaultNeverStartedAfter is how long after its window's start a
	// lease with a spec may stay assigned or provisioning before the
	// redeemer closes it provider_never_started. The contract lets
	// REDEEMER_ROLE close it from the start, anyone from the start plus
	// its NEVER_STARTED_GRACE (30 minutes): 10 minutes is an image pull
	// of tens of GiB, and comes well before anyone else may act.
	DefaultNeverStartedAfter = 10 * time.Minute
	// DefaultNodeLostAfter is how long a node with a provisioning or
	// running lease may go unheard (Liveness) before the redeemer closes
	// the lease node_lost.
	DefaultNodeLostAfter = 10 * time.Minute
)

// verdictDefaults fills the verdicts' zero Config fields.
func (c *Config) verdictDefaults() {
	if c.NeverStartedAfter <= 0 {
		c.NeverStartedAfter = DefaultNeverStartedAfter
	}
	if c.NodeLostAfter <= 0 {
		c.NodeLostAfter = DefaultNodeLostAfter
	}
}

// verdict is one closure the redeemer decided.
type verdict struct {
	id       string
	provider common.Address
	node     common.Address // the agent's node (zero: never dispatched)
	tr       lease.Transition
}

// judge closes, on the service's clock, the leases whose holder or
// provider let the window's start pass (spec_missing,
// provider_never_started) or whose node went silent (node_lost, when
// Agents implements Liveness); each closure is stored, then relayed from
// Config.Redeemer like any transition, and the lease's agent is told to
// stop it. A closed lease is never judged again, so a restarted service
// finds the stored closure and does nothing more. It runs at every poll
// of the relay loop.
func (s *Service) judge() {
	now := s.clk.Now().UTC()
	seen := s.lastSeen()
	s.mu.Lock()
	var out []verdict
	var c Change
	for id, r := range s.leases {
		reason, detail := s.verdictFor(r, now, seen)
		if reason == lease.NoReason {
			continue
		}
		at := now
		if since := r.Lease.Since(); at.Before(since) {
			at = since // an agent's clock ahead of ours must not wedge the verdict
		}
		next := r.clone()
		tr, err := next.Lease.Apply(lease.Event{Kind: lease.Close, Actor: lease.Redeemer, At: at, Reason: reason, Detail: detail})
		if err != nil {
			// Never: verdictFor asks only what the rules allow.
			key := "verdict " + id
			if s.failing[key] != err.Error() {
				s.failing[key] = err.Error()
				s.log.Error("redeemer: the lease rules refuse a verdict", "lease", id, "reason", reason.String(), "err", err)
			}
			continue
		}
		c.Put = append(c.Put, next)
		out = append(out, verdict{id: id, provider: r.Lease.Provider, node: r.Node, tr: tr})
	}
	if len(c.Put) == 0 {
		s.mu.Unlock()
		return
	}
	if err := s.cfg.Store.Apply(c); err != nil {
		// Nothing changed: judged again at the next poll.
		if s.failing["verdicts"] != err.Error() {
			s.failing["verdicts"] = err.Error()
			s.log.Error("redeemer: store: the verdicts could not be written; retrying", "err", err)
		}
		s.mu.Unlock()
		return
	}
	delete(s.failing, "verdicts")
	for _, next := range c.Put {
		*s.leases[next.Lease.ID] = next
	}
	s.mu.Unlock()
	select { // relay them now
	case s.poke <- struct{}{}:
	default:
	}
	for _, v := range out {
		s.log.Info("redeemer: lease closed by the redeemer", "lease", v.id, "reason", v.tr.Reason.String(),
			"detail", v.tr.Detail)
		if v.node == (common.Address{}) {
			continue // never handed to an agent
		}
		a, _, ok := s.cfg.Agents.Agent(v.provider)
		if !ok {
			continue
		}
		if err := a.Stop(v.id, lease.Redeemer, v.tr.Reason, v.tr.Detail); err != nil && lease.CodeOf(err) != lease.CodeClosed {
			s.log.Warn("redeemer: telling the agent to stop a lease the redeemer closed", "lease", v.id,
				"reason", v.tr.Reason.String(), "err", err)
		}
	}
}

// lastSeen asks the Agents, when they implement Liveness, when each node
// with a provisioning or running lease was last heard from (not under
// s.mu: the Agents are the caller's code). A node they do not know is not
// in the map.
func (s *Service) lastSeen() map[common.Address]time.Time {
	live, ok := s.cfg.Agents.(Liveness)
	if !ok {
		return nil
	}
	var nodes []common.Address
	s.mu.Lock()
	for _, r := range s.leases {
		if (r.Lease.State == lease.Provisioning || r.Lease.State == lease.Running) && r.Node != (common.Address{}) {
			nodes = append(nodes, r.Node)
		}
	}
	s.mu.Unlock()
	seen := map[common.Address]time.Time{}
	for _, n := range nodes {
		if _, done := seen[n]; done {
			continue
		}
		if t, ok := live.LastSeen(n); ok {
			seen[n] = t
		}
	}
	return seen
}

// SpotSpecGrace is how long after its assignment a spot lease waits for
// its holder's job spec, when none stood with the order, before the
// redeemer closes it spec_missing (docs/delivery.md, "Spot leases").
const SpotSpecGrace = 10 * time.Minute

// verdictFor is the closure lease r deserves at now, or NoReason (s.mu
// held); seen is when each node was last heard from (lastSeen). A
// reservation's clocks run from its window's start; a spot lease's from
// its assignment.
func (s *Service) verdictFor(r *Record, now time.Time, seen map[common.Address]time.Time) (lease.Reason, string) {
	l := &r.Lease
	if !l.State.Open() || !r.Confirmed {
		return lease.NoReason, "" // an unconfirmed redemption may still be undone by a reorg
	}
	if st, _ := r.ChainState(); st == lease.Closed {
		return lease.NoReason, "" // the chain closed it already (the holder, or anyone after the grace)
	}
	start, specBy := l.Start(), l.Start()
	if in, err := instrument.Decode(l.Instrument); err == nil && in.Kind == instrument.Spot && len(l.History) > 0 {
		// A spot lease starts in the hour its fill settled, often before
		// the fill: its clocks run from the assignment, and the holder
		// has SpotSpecGrace to send a spec it did not stand with the order.
		if at := l.History[0].At; at.After(start) {
			start = at
		}
		specBy = start.Add(SpotSpecGrace)
	}
	if r.Node != (common.Address{}) && (l.State == lease.Provisioning || l.State == lease.Running) {
		if at, ok := seen[r.Node]; ok && now.Sub(at) > s.cfg.NodeLostAfter {
			return lease.NodeLost, fmt.Sprintf("node %s last heard from at %s, more than %s before %s", r.Node.Hex(),
				at.UTC().Format(time.RFC3339), s.cfg.NodeLostAfter, now.Format(time.RFC3339))
		}
	}
	if now.Before(start) {
		return lease.NoReason, ""
	}
	switch {
	case r.Spec == nil && l.State == lease.Assigned:
		if now.Before(specBy) {
			return lease.NoReason, ""
		}
		return lease.SpecMissing, "no job spec from the holder by " + specBy.Format(time.RFC3339)
	case r.Spec != nil && (l.State == lease.Assigned || l.State == lease.Provisioning) && !everRan(l):
		// A spot lease's spec may come after the fill (Record.SpecAt):
		// its provider has NeverStartedAfter from the later of the two.
		from, what := start, "the window's start"
		if r.SpecAt.After(from) {
			from, what = r.SpecAt, "its spot spec"
		}
		if !now.Before(from.Add(s.cfg.NeverStartedAfter)) {
			return lease.ProviderNeverStarted, fmt.Sprintf("still %s %s after %s %s", l.State,
				s.cfg.NeverStartedAfter, what, from.Format(time.RFC3339))
		}
	}
	return lease.NoReason, ""
}

// everRan reports whether the lease's job ever ran: a job that ran and is
// being restarted (provisioning again) was started.
func everRan(l *lease.Lease) bool {
	for _, tr := range l.History {
		if tr.To == lease.Running {
			return true
		}
	}
	return false
}

// lateReport takes an agent's report for a lease that is already closed
// (s.mu held): the redeemer closed it first (a verdict), or the agent's
// report crossed it. The report is accepted and ignored, so that the
// agent's report queue moves on; it is said once per lease. A report that
// shows the lease still open on the agent after the redeemer's verdict
// (the agent missed or refused the stop) has the agent told again, once.
func (s *Service) lateReport(r *Record, rep agent.Report) bool {
	if r.Lease.State.Open() || rep.Seq < len(r.Lease.History) {
		return false
	}
	key := "late " + rep.LeaseID
	if _, said := s.failing[key]; said {
		return true
	}
	s.failing[key] = "said"
	s.log.Info("redeemer: the lease is closed; the agent's later reports for it are ignored", "lease", rep.LeaseID,
		"reason", r.Lease.Reason.String(), "report", rep.Transition.String())
	last := r.Lease.History[len(r.Lease.History)-1]
	if last.Actor == lease.Redeemer && rep.Transition.To != lease.Closed {
		id, provider := rep.LeaseID, r.Lease.Provider
		go func() { // not under s.mu: the agent may be remote
			if a, _, ok := s.cfg.Agents.Agent(provider); ok {
				if err := a.Stop(id, lease.Redeemer, last.Reason, last.Detail); err != nil && lease.CodeOf(err) != lease.CodeClosed {
					s.log.Warn("redeemer: telling the agent again to stop a lease the redeemer closed", "lease", id, "err", err)
				}
			}
		}()
	}
	return true
}
