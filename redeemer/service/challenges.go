package service

import (
	"context"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/oracle/challenge"
)

// The redeemer relays the oracle's nonce challenges (docs/oracle.md,
// "Nonce challenges"): a registered reporter posts a challenge for a node
// (Service.PostChallenge), the node finds it in its next poll
// (Assignments.Challenges), signs its answer with the node key and sends
// it back (Service.NodeAnswer), and the reporter collects the answers to
// its challenges (Service.Answers). The redeemer can delay or drop a
// challenge, not forge or alter an answer: the node key signs the answer
// over the reporter's nonce.

// The challenges' codes.
const (
	// CodeNotReporter: the caller is not a registered reporter.
	CodeNotReporter Code = "not_reporter"
	// CodeUnknownChallenge: an answer to no pending challenge of the node
	// (expired, answered already, or never posted).
	CodeUnknownChallenge Code = "unknown_challenge"
	// CodeBadAnswer: an answer that is malformed or not signed by its
	// node's key.
	CodeBadAnswer Code = "bad_answer"
	// CodeTooManyChallenges: the node has MaxPendingChallenges waiting.
	CodeTooManyChallenges Code = "too_many_challenges"
)

// The bounds of the challenges the redeemer holds.
const (
	// ChallengeTTL is how long a posted challenge waits for its node's
	// answer; after it, an answer is refused (the reporter counts none).
	ChallengeTTL = time.Minute
	// MaxPendingChallenges bounds the challenges waiting for one node.
	MaxPendingChallenges = 64
	// MaxAnswersKept bounds the answers kept for one reporter to collect
	// (the oldest go first).
	MaxAnswersKept = 4096
)

// AnswerRecord is an answer as a reporter collects it: Seq orders the
// reporter's answers (collect with after = the last Seq).
type AnswerRecord struct {
	Seq    uint64           `json:"seq"`
	Answer challenge.Answer `json:"answer"`
}

// challenges is the relay's state.
type challenges struct {
	mu      sync.Mutex
	pending map[common.Address][]pendingChallenge // by node
	inbox   map[common.Address]*inbox             // by reporter
}

type pendingChallenge struct {
	c        challenge.Challenge
	received time.Time
}

type inbox struct {
	next    uint64
	answers []AnswerRecord
}

// IsReporter says whether a is a registered reporter (Config.Reporters).
func (s *Service) IsReporter(a common.Address) bool { return s.reporter(a) }

// reporter says whether a is a registered reporter (Config.Reporters).
func (s *Service) reporter(a common.Address) bool {
	return s.cfg.Reporters != nil && s.cfg.Reporters(a)
}

// PostChallenge queues a reporter's challenge for its node. The caller is
// the reporter the gateway authenticated; the challenge must name it.
func (s *Service) PostChallenge(ctx context.Context, caller common.Address, c challenge.Challenge) error {
	switch {
	case !s.reporter(caller):
		return newError(CodeNotReporter, "%s is not a registered reporter", caller)
	case c.Reporter != caller:
		return newError(CodeBadRequest, "the challenge names reporter %s, the caller is %s", c.Reporter, caller)
	case c.Nonce == (common.Hash{}):
		return newError(CodeBadRequest, "a challenge needs a nonce")
	case c.Node == (common.Address{}):
		return newError(CodeBadRequest, "a challenge needs a node")
	}
	if m, ok := s.cfg.Agents.(*Remote); ok {
		if _, err := m.providerOf(ctx, c.Node); err != nil {
			return err
		}
	}
	now := s.clk.Now()
	s.ch.mu.Lock()
	defer s.ch.mu.Unlock()
	q := s.ch.live(c.Node, now)
	for _, p := range q {
		if p.c.Nonce == c.Nonce {
			return nil // posted again
		}
	}
	if len(q) >= MaxPendingChallenges {
		return newError(CodeTooManyChallenges, "node %s has %d challenges waiting", c.Node, len(q))
	}
	s.ch.pending[c.Node] = append(q, pendingChallenge{c: c, received: now})
	return nil
}

// live drops the node's expired challenges and returns the rest (s.ch.mu
// held).
func (ch *challenges) live(node common.Address, now time.Time) []pendingChallenge {
	q := ch.pending[node]
	keep := q[:0]
	for _, p := range q {
		if now.Sub(p.received) < ChallengeTTL {
			keep = append(keep, p)
		}
	}
	if len(keep) == 0 {
		delete(ch.pending, node)
		return nil
	}
	ch.pending[node] = keep
	return keep
}

// nodeChallenges returns the challenges waiting for node.
func (s *Service) nodeChallenges(node common.Address) []challenge.Challenge {
	s.ch.mu.Lock()
	defer s.ch.mu.Unlock()
	var out []challenge.Challenge
	for _, p := range s.ch.live(node, s.clk.Now()) {
		out = append(out, p.c)
	}
	return out
}

// NodeAnswer takes a node's signed answer to one of its pending
// challenges and keeps it for the challenge's reporter.
func (s *Service) NodeAnswer(node common.Address, a challenge.Answer) error {
	if a.Challenge.Node != node {
		return newError(CodeNotNode, "the answer is node %s's, the caller is %s", a.Challenge.Node, node)
	}
	if err := a.Verify(); err != nil {
		return newError(CodeBadAnswer, "%v", err)
	}
	s.ch.mu.Lock()
	defer s.ch.mu.Unlock()
	q := s.ch.live(node, s.clk.Now())
	for i, p := range q {
		if p.c != a.Challenge {
			continue
		}
		s.ch.pending[node] = append(q[:i:i], q[i+1:]...)
		in := s.ch.inbox[a.Challenge.Reporter]
		if in == nil {
			in = &inbox{}
			s.ch.inbox[a.Challenge.Reporter] = in
		}
		in.next++
		in.answers = append(in.answers, AnswerRecord{Seq: in.next, Answer: a})
		if over := len(in.answers) - MaxAnswersKept; over > 0 {
			in.answers = append(in.answers[:0:0], in.answers[over:]...)
		}
		return nil
	}
	return newError(CodeUnknownChallenge, "no challenge of node %s with nonce %s is waiting (expired after %s, answered, or never posted)",
		node, a.Challenge.Nonce, ChallengeTTL)
}

// Answers returns the answers to caller's challenges after seq after, at
// most max, oldest first.
func (s *Service) Answers(caller common.Address, after uint64, max int) ([]AnswerRecord, error) {
	if !s.reporter(caller) {
		return nil, newError(CodeNotReporter, "%s is not a registered reporter", caller)
	}
	if max <= 0 {
		return nil, newError(CodeBadRequest, "max %d", max)
	}
	s.ch.mu.Lock()
	defer s.ch.mu.Unlock()
	in := s.ch.inbox[caller]
	out := []AnswerRecord{}
	if in == nil {
		return out, nil
	}
	for _, r := range in.answers {
		if r.Seq > after {
			out = append(out, r)
			if len(out) == max {
				break
			}
		}
	}
	return out, nil
}

// providerOf reads node's provider on-chain (cached as for polls) without
// counting it as heard from: zero is no node.
func (m *Remote) providerOf(ctx context.Context, node common.Address) (common.Address, error) {
	m.mu.Lock()
	n, ok := m.nodes[node]
	if ok && m.clk.Now().Sub(n.checked) < providerTTL {
		p := n.provider
		m.mu.Unlock()
		return p, nil
	}
	m.mu.Unlock()
	p, err := m.readProvider(ctx, node)
	if err != nil {
		return common.Address{}, err
	}
	if p == (common.Address{}) {
		return common.Address{}, newError(CodeUnknownNode, "%s is not the key of a node approved on-chain", node)
	}
	return p, nil
}

// Nodes returns the nodes that hold open leases, in address order: the
// ones the oracle's reporters challenge.
func (s *Service) Nodes() []common.Address {
	s.mu.Lock()
	defer s.mu.Unlock()
	seen := map[common.Address]bool{}
	var out []common.Address
	for _, r := range s.leases {
		if r.Node != (common.Address{}) && r.Lease.State.Open() && !seen[r.Node] {
			seen[r.Node] = true
			out = append(out, r.Node)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Cmp(out[j]) < 0 })
	return out
}

// Records returns every lease the service keeps, by id.
func (s *Service) Records() []Record {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Record, 0, len(s.leases))
	for _, r := range s.leases {
		out = append(out, r.clone())
	}
	sort.Slice(out, func(i, j int) bool { return lessID(out[i].Lease.ID, out[j].Lease.ID) })
	return out
}
