package service

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"sort"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/redeemer/agent"
	"github.com/hourglass-exchange/hourglass/redeemer/lease"
)

// Remote agents: a provider's node agent runs on the provider's own
// machine, signs in at the gateway with its node key (SIWE) and polls for
// its work (Service.NodeWork); it sends its own transitions to the vault
// from the node key (RemoteReporter) and reports them (Service.NodeReport);
// it pushes its jobs' logs (Service.NodeLog), which the holders read at the
// gateway. docs/delivery.md, "Remote agents".

// CodeUnknownNode: the caller is not the key of a node approved on-chain.
const CodeUnknownNode Code = "unknown_node"

// CodeLogOffset: a log push that does not continue the log the redeemer
// holds (the node pushes again from the size its next poll gives).
const CodeLogOffset Code = "log_offset"

// The bounds of the remote agents' state.
const (
	// MaxRemoteLog is how much of each log of a lease the redeemer keeps:
	// the last 1 MiB of stdout and of stderr (the agent's disk has it all).
	MaxRemoteLog = 1 << 20
	// closedListed is how long a closed lease stays in its node's work,
	// so that a node that was away stops its job and pushes its last logs.
	closedListed = time.Hour
	// providerTTL is how long a node key's provider, read on-chain, is
	// trusted before it is read again (a retired node stops being one).
	providerTTL = time.Minute
)

// RemoteConfig configures a Remote.
type RemoteConfig struct {
	// Vault is the ProviderVault whose nodeKeyProvider says which provider
	// a node key belongs to; Node reads it.
	Vault common.Address
	Node  bind.ContractCaller
	// Local are agents that run in the redeemer's process (the demo's),
	// asked first; nil for none.
	Local Agents
	Clock clock.Clock
}

// Remote is the Agents of the node agents that reach the redeemer through
// the gateway. A provider's lease goes to the provider's node heard from
// last. It is also a Liveness: it knows when each node last polled.
type Remote struct {
	cfg   RemoteConfig
	clk   clock.Clock
	vault *bindings.ProviderVault
	inst  *bind.BoundContract

	mu    sync.Mutex
	nodes map[common.Address]*remoteNode
	logs  map[string]*remoteLog // lease id + "/" + stream
}

type remoteNode struct {
	provider common.Address
	checked  time.Time // when provider was read on-chain
	seen     time.Time // the last poll
}

// remoteLog is the tail of one log: bytes [base, base+len(data)).
type remoteLog struct {
	base int64
	data []byte
}

// NewRemote returns an empty Remote.
func NewRemote(cfg RemoteConfig) *Remote {
	return &Remote{cfg: cfg, clk: clock.Or(cfg.Clock), vault: bindings.NewProviderVault(),
		inst:  bind.NewBoundContract(cfg.Vault, abi.ABI{}, cfg.Node, nil, nil),
		nodes: map[common.Address]*remoteNode{}, logs: map[string]*remoteLog{}}
}

var _ Agents = (*Remote)(nil)

// Agent returns a local agent of provider, or the remote agent of the
// provider's node that polled last.
func (m *Remote) Agent(provider common.Address) (Agent, common.Address, bool) {
	if m.cfg.Local != nil {
		if a, node, ok := m.cfg.Local.Agent(provider); ok {
			return a, node, ok
		}
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	var best common.Address
	var at time.Time
	for node, n := range m.nodes {
		if n.provider == provider && (n.seen.After(at) || n.seen.Equal(at) && best.Cmp(node) > 0) {
			best, at = node, n.seen
		}
	}
	if at.IsZero() {
		return nil, common.Address{}, false
	}
	return remoteAgent{m}, best, true
}

// LastSeen is when node last polled (Liveness).
func (m *Remote) LastSeen(node common.Address) (time.Time, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	n, ok := m.nodes[node]
	if !ok {
		return time.Time{}, false
	}
	return n.seen, true
}

// seen records a poll of node and returns its provider, read on-chain
// (cached for providerTTL): a key that is no approved node's is refused.
// It says whether the node is new (or its provider changed).
func (m *Remote) seen(ctx context.Context, node common.Address) (common.Address, bool, error) {
	now := m.clk.Now()
	m.mu.Lock()
	n, ok := m.nodes[node]
	if ok && now.Sub(n.checked) < providerTTL {
		n.seen = now
		p := n.provider
		m.mu.Unlock()
		return p, false, nil
	}
	m.mu.Unlock()
	p, err := m.readProvider(ctx, node)
	if err != nil {
		return common.Address{}, false, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if p == (common.Address{}) {
		delete(m.nodes, node)
		return common.Address{}, false, newError(CodeUnknownNode, "%s is not the key of a node approved on-chain", node)
	}
	fresh := !ok || n.provider != p
	m.nodes[node] = &remoteNode{provider: p, checked: now, seen: now}
	return p, fresh, nil
}

// readProvider reads the vault's nodeKeyProvider(node).
func (m *Remote) readProvider(ctx context.Context, node common.Address) (common.Address, error) {
	p, err := bind.Call(m.inst, &bind.CallOpts{Context: ctx}, m.vault.PackNodeKeyProvider(node), m.vault.UnpackNodeKeyProvider)
	if err != nil {
		return common.Address{}, newError(CodeUnavailable, "reading node %s on-chain: %v", node, err)
	}
	return p, nil
}

func logKey(id string, s agent.Stream) string { return id + "/" + string(s) }

// sizes returns how much of each log of a lease the redeemer holds.
func (m *Remote) sizes(id string) map[agent.Stream]int64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := map[agent.Stream]int64{}
	for _, s := range []agent.Stream{agent.Stdout, agent.Stderr} {
		if l := m.logs[logKey(id, s)]; l != nil {
			out[s] = l.base + int64(len(l.data))
		} else {
			out[s] = 0
		}
	}
	return out
}

// push appends data, which starts at offset, to a log: bytes the log
// already holds are skipped; a gap is refused (CodeLogOffset). It keeps
// the last MaxRemoteLog bytes.
func (m *Remote) push(id string, s agent.Stream, offset int64, data []byte) (int64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	k := logKey(id, s)
	l := m.logs[k]
	if l == nil {
		l = &remoteLog{}
		m.logs[k] = l
	}
	size := l.base + int64(len(l.data))
	if offset > size {
		return size, newError(CodeLogOffset, "lease %s %s: the redeemer holds %d bytes, the push starts at %d", id, s, size, offset)
	}
	if skip := size - offset; skip < int64(len(data)) {
		l.data = append(l.data, data[skip:]...)
		if over := len(l.data) - MaxRemoteLog; over > 0 {
			l.data = append(l.data[:0:0], l.data[over:]...)
			l.base += int64(over)
		}
	}
	return l.base + int64(len(l.data)), nil
}

// read reads a log from offset (from the oldest byte kept, when offset
// is older).
func (m *Remote) read(id string, s agent.Stream, offset int64, limit int) (agent.LogChunk, error) {
	if s != agent.Stdout && s != agent.Stderr {
		return agent.LogChunk{}, fmt.Errorf("%w: log stream %q (stdout or stderr)", agent.ErrBadRequest, s)
	}
	if offset < 0 || limit <= 0 {
		return agent.LogChunk{}, fmt.Errorf("%w: offset %d, limit %d", agent.ErrBadRequest, offset, limit)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	l := m.logs[logKey(id, s)]
	if l == nil {
		return agent.LogChunk{Next: offset}, nil
	}
	size := l.base + int64(len(l.data))
	offset = max(offset, l.base)
	if offset >= size {
		return agent.LogChunk{Next: offset, Size: size}, nil
	}
	from := offset - l.base
	to := min(int64(len(l.data)), from+int64(min(limit, 1<<20)))
	return agent.LogChunk{Data: append([]byte(nil), l.data[from:to]...), Next: l.base + to, Size: size}, nil
}

// forget drops a lease's logs.
func (m *Remote) forget(id string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.logs, logKey(id, agent.Stdout))
	delete(m.logs, logKey(id, agent.Stderr))
}

// remoteAgent is the Agent of every remote node: assignments and stops
// reach the node when it polls (from the leases' records), its logs are
// what it pushed.
type remoteAgent struct{ m *Remote }

func (remoteAgent) Assign(lease.Terms, agent.Spec) (agent.Status, error) { return agent.Status{}, nil }

func (remoteAgent) Stop(string, lease.Actor, lease.Reason, string) error { return nil }

func (a remoteAgent) Logs(id string, s agent.Stream, offset int64, max int) (agent.LogChunk, error) {
	return a.m.read(id, s, offset, max)
}

// sendsOwn: the node sends its transitions to the chain itself.
func (remoteAgent) sendsOwn() bool { return true }

type ownSender interface{ sendsOwn() bool }

// ---- the service's side ----

// NodeWork answers a remote node's poll: the leases handed to it, open
// ones and those closed in the last hour, each with its spec, its stop
// order and what the redeemer holds of its logs. The caller is the node
// key the gateway authenticated; a key that is no approved node's is
// refused (CodeUnknownNode).
func (s *Service) NodeWork(ctx context.Context, node common.Address) (agent.Assignments, error) {
	m, ok := s.cfg.Agents.(*Remote)
	if !ok {
		return agent.Assignments{}, newError(CodeUnavailable, "this redeemer takes no remote agents")
	}
	provider, fresh, err := m.seen(ctx, node)
	if err != nil {
		return agent.Assignments{}, err
	}
	if fresh {
		s.dispatch() // a node heard from for the first time may take leases now
	}
	now := s.clk.Now()
	out := agent.Assignments{Node: node, Provider: provider, Leases: []agent.Assignment{}}
	var gone []string
	s.mu.Lock()
	for _, r := range s.leases {
		if r.Node != node || r.Spec == nil {
			continue
		}
		if !r.Lease.State.Open() && now.Sub(r.Lease.Since()) > closedListed {
			gone = append(gone, r.Lease.ID)
			continue
		}
		out.Leases = append(out.Leases, agent.Assignment{Terms: r.Lease.Terms, Spec: r.Spec.AgentSpec(),
			State: r.Lease.State, Reason: r.Lease.Reason, Stop: r.Stop})
	}
	s.mu.Unlock()
	sort.Slice(out.Leases, func(i, j int) bool { return lessID(out.Leases[i].Terms.ID, out.Leases[j].Terms.ID) })
	out.Challenges = s.nodeChallenges(node)
	for i := range out.Leases {
		out.Leases[i].Logs = m.sizes(out.Leases[i].Terms.ID)
	}
	for _, id := range gone {
		m.forget(id)
	}
	return out, nil
}

// NodeReport takes a remote node's signed report (Report), which must be
// the caller's own.
func (s *Service) NodeReport(ctx context.Context, node common.Address, rep agent.Report) error {
	if rep.Node != node {
		return newError(CodeNotNode, "the report is node %s's, the caller is %s", rep.Node, node)
	}
	return s.Report(ctx, rep)
}

// NodeLog takes a piece of a lease's log from the node the lease was
// handed to, and returns how much of that log the redeemer now holds.
func (s *Service) NodeLog(node common.Address, id string, st agent.Stream, offset int64, data []byte) (int64, error) {
	m, ok := s.cfg.Agents.(*Remote)
	if !ok {
		return 0, newError(CodeUnavailable, "this redeemer takes no remote agents")
	}
	if st != agent.Stdout && st != agent.Stderr {
		return 0, newError(CodeBadRequest, "log stream %q (stdout or stderr)", st)
	}
	if offset < 0 || len(data) > agent.PushChunk {
		return 0, newError(CodeBadRequest, "offset %d, %d bytes (at most %d)", offset, len(data), agent.PushChunk)
	}
	s.mu.Lock()
	r, ok := s.leases[id]
	var on common.Address
	if ok {
		on = r.Node
	}
	s.mu.Unlock()
	switch {
	case !ok:
		return 0, newError(CodeUnknownLease, "no lease %q", id)
	case on != node:
		return 0, newError(CodeNotNode, "lease %s was not given to node %s", id, node)
	}
	return m.push(id, st, offset, data)
}

// RemoteReporter is a remote node agent's Reporter: it sends each of the
// node's transitions to the vault itself, from the node key (Chain: a
// VaultChain with the node key's sender; a transition the chain already
// shows is not sent again), then reports it to the redeemer through the
// gateway (Redeemer: api/client's *AgentLink). Transitions that are not
// the provider's (the holder's stop, the redeemer's verdicts) are for
// their own keys to send.
type RemoteReporter struct {
	Chain    Chain
	Redeemer interface {
		Report(ctx context.Context, report []byte) error
	}
}

// Report sends rep to the chain, then to the redeemer.
func (r RemoteReporter) Report(ctx context.Context, rep agent.Report) error {
	n, err := strconv.ParseUint(rep.LeaseID, 10, 64)
	if err == nil && rep.Transition.Actor == lease.Provider {
		c := Call{LeaseID: new(big.Int).SetUint64(n), Seq: rep.Seq, By: rep.Node}
		switch rep.Transition.To {
		case lease.Provisioning:
			err = r.Chain.MarkProvisioning(ctx, c)
		case lease.Running:
			err = r.Chain.MarkRunning(ctx, c)
		case lease.Closed:
			err = r.Chain.CloseLease(ctx, c, rep.Transition.Reason)
		}
		if err != nil {
			return err
		}
	}
	b, err := json.Marshal(rep)
	if err != nil {
		return err
	}
	return r.Redeemer.Report(ctx, b)
}
