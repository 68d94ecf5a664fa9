// Package service is the redeemer: it follows ProviderVault's lease events
// (internal/evm/watch, reorg-safe, from a checkpoint), keeps every lease in
// a Store, accepts each lease's job spec from its holder (an EIP-712
// JobSpec whose digest is the lease's specHash, signed by the holder),
// hands a confirmed lease with its spec to its provider's node agent
// (Agents), records the agent's signed reports and relays the transitions
// the chain must see (markProvisioning, markRunning, closeLease) through
// Chain. The gateway calls it through API (SubmitSpec, Lease, Leases,
// Logs, Stop, Complain). docs/delivery.md, "Redeemer", describes it.
package service

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sort"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/evm/watch"
	"github.com/hourglass-exchange/hourglass/oracle/judge"
	"github.com/hourglass-exchange/hourglass/redeemer/agent"
	"github.com/hourglass-exchange/hourglass/redeemer/lease"
)

// Agent is what the service needs of a node agent: redeemer/agent's
// *Agent has these methods (in-process); a remote agent's client would
// too.
type Agent interface {
	Assign(t lease.Terms, spec agent.Spec) (agent.Status, error)
	Stop(id string, actor lease.Actor, reason lease.Reason, detail string) error
	Logs(id string, s agent.Stream, offset int64, max int) (agent.LogChunk, error)
}

// Agents maps a provider to the agent that runs its leases, and that
// agent's node key address (the reports' signer). Choosing among a
// provider's nodes is the Agents' business.
type Agents interface {
	Agent(provider common.Address) (a Agent, node common.Address, ok bool)
}

// StaticAgents is an Agents from a fixed map.
type StaticAgents map[common.Address]NodeAgent

// NodeAgent is an agent and its node key's address.
type NodeAgent struct {
	Agent Agent
	Node  common.Address
}

// Agent returns provider's agent.
func (m StaticAgents) Agent(provider common.Address) (Agent, common.Address, bool) {
	na, ok := m[provider]
	return na.Agent, na.Node, ok
}

// Call names one relayed transition: lease, its index in the lease's
// history (idempotency), and the account that must send it (the node key
// for the provider's transitions).
type Call struct {
	LeaseID *big.Int
	Seq     int
	By      common.Address
}

// Chain is where the service relays the transitions the chain must see.
// Each call returns once the transaction is mined (nil) or failed.
type Chain interface {
	MarkProvisioning(ctx context.Context, c Call) error
	MarkRunning(ctx context.Context, c Call) error
	CloseLease(ctx context.Context, c Call, reason lease.Reason) error
}

// API is what the gateway calls. The caller's address is the one the
// gateway authenticated (a SIWE session); SubmitSpec is authenticated by
// the spec's own signature.
type API interface {
	SubmitSpec(ctx context.Context, leaseID string, spec JobSpec, signature []byte) (Record, error)
	// The holder's standing spot specs (spotspec.go): SubmitSpotSpec is
	// authenticated by the spec's signature, the others by the caller.
	SubmitSpotSpec(ctx context.Context, spec JobSpec, signature []byte) (SpotSpec, error)
	SpotSpecs(holder common.Address) []SpotSpec
	WithdrawSpotSpec(holder common.Address, in instrument.ID) error
	Lease(id string) (Record, error)
	Leases(holder common.Address) []Record
	Logs(caller common.Address, id string, s agent.Stream, offset int64, max int) (agent.LogChunk, error)
	Stop(caller common.Address, id string) error
	Complain(caller common.Address, id string, hour uint64, signature []byte) (FiledComplaint, error)
}

var _ API = (*Service)(nil)
var _ agent.Reporter = (*Service)(nil)

// Config configures a Service.
type Config struct {
	Store  Store
	Agents Agents
	Chain  Chain
	// Domain is the job specs' EIP-712 domain: the chain id and the
	// ProviderVault, whose logs the service follows.
	Domain Domain
	// Node is the Ethereum node the watcher reads.
	Node watch.Node
	// ChainHealth is told whether each poll reached the node; share the
	// operator's, so that an outage is said once however many parts poll
	// (nil: the watcher's own).
	ChainHealth watch.Health
	// FromBlock is where the watcher starts without a checkpoint (the
	// vault's deployment block).
	FromBlock uint64
	// Depth is the watcher's confirmation depth: a lease is handed to an
	// agent once its LeaseAssigned log is Depth blocks deep.
	Depth uint64
	// PollInterval is how often the watcher polls and the relay retries
	// (default 2s).
	PollInterval time.Duration
	// Reporters says whether an account is a registered reporter of the
	// oracle, whose nonce challenges the service relays to the nodes (nil:
	// none is).
	Reporters func(common.Address) bool
	// Oracle is the DeliveryOracle's EIP-712 domain: the board checks the
	// reporters' signatures of report roots under it, and holders sign
	// their complaints under it (complaints.go; zero: complaints are
	// refused unavailable).
	Oracle judge.Domain
	// Redeemer is the account with REDEEMER_ROLE that sends the
	// redeemer's own closures (zero: none).
	Redeemer common.Address
	Clock    clock.Clock
	Log      *slog.Logger

	// NeverStartedAfter is how long after its window's start a lease with
	// a spec may stay assigned or provisioning before the redeemer closes
	// it provider_never_started (default DefaultNeverStartedAfter, 10
	// minutes). NodeLostAfter is how long a node with a provisioning or
	// running lease may go unheard before it is closed node_lost, when
	// Agents implements Liveness (default DefaultNodeLostAfter, 10
	// minutes). verdict.go.
	NeverStartedAfter, NodeLostAfter time.Duration
	// Wallets is asked about holders that are contracts (EIP-1271 spec
	// signatures; nil: Node, when it is a WalletReader).
	Wallets WalletReader

	// OracleClock is the clock the oracle judges lease-hours on (nil:
	// Clock); ComplaintGrace how long after an hour's end its complaint
	// is still taken (default DefaultComplaintGrace; complaints.go).
	OracleClock    clock.Clock
	ComplaintGrace time.Duration
}

// Service is the redeemer.
type Service struct {
	cfg   Config
	clk   clock.Clock
	oclk  clock.Clock // the oracle's: complaint windows
	log   *slog.Logger
	vault *bindings.ProviderVault

	assignedTopic, changedTopic common.Hash

	mu      sync.Mutex
	leases  map[string]*Record
	spot    map[SpotSpecKey]*SpotSpec // the holders' standing spot specs (spotspec.go)
	cp      *watch.Checkpoint
	poke    chan struct{}
	failing map[string]string // lease (relay) or "dispatch <lease>" -> the error already logged
	ch      challenges        // the oracle's nonce challenges, relayed to the nodes
	bd      board             // the oracle's board: epochs, verdicts, root signatures
}

// New opens the service on cfg.Store.
func New(cfg Config) (*Service, error) {
	if cfg.Store == nil || cfg.Agents == nil || cfg.Chain == nil || cfg.Node == nil {
		return nil, errors.New("redeemer: a service needs a store, agents, a chain and a node")
	}
	if cfg.Domain.ChainID == nil || cfg.Domain.Vault == (common.Address{}) {
		return nil, errors.New("redeemer: a service needs the chain id and the vault")
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = 2 * time.Second
	}
	cfg.verdictDefaults()
	if cfg.ComplaintGrace <= 0 {
		cfg.ComplaintGrace = DefaultComplaintGrace
	}
	if cfg.OracleClock == nil {
		cfg.OracleClock = cfg.Clock
	}
	if cfg.Wallets == nil {
		cfg.Wallets, _ = cfg.Node.(WalletReader)
	}
	log := cfg.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	a, err := bindings.ProviderVaultMetaData.ParseABI()
	if err != nil {
		return nil, err
	}
	s := &Service{cfg: cfg, clk: clock.Or(cfg.Clock), oclk: clock.Or(cfg.OracleClock), log: log, vault: bindings.NewProviderVault(),
		assignedTopic: a.Events["LeaseAssigned"].ID, changedTopic: a.Events["LeaseStateChanged"].ID,
		leases: map[string]*Record{}, spot: map[SpotSpecKey]*SpotSpec{}, poke: make(chan struct{}, 1), failing: map[string]string{},
		ch: challenges{pending: map[common.Address][]pendingChallenge{}, inbox: map[common.Address]*inbox{}}}
	recs, cp, err := cfg.Store.Load()
	if err != nil {
		return nil, err
	}
	for i := range recs {
		r := recs[i]
		s.leases[r.Lease.ID] = &r
	}
	s.cp = cp
	if st := s.spotStore(); st != nil {
		specs, err := st.LoadSpotSpecs()
		if err != nil {
			return nil, err
		}
		for i := range specs {
			ss := specs[i].clone()
			s.spot[ss.Key()] = &ss
		}
	}
	return s, nil
}

// Run follows the chain and relays transitions until ctx ends or the
// watcher fails (a reorg deeper than Depth: restart from the store).
func (s *Service) Run(ctx context.Context) error {
	from := watch.From(s.cfg.FromBlock)
	s.mu.Lock()
	if s.cp != nil {
		from = *cloneCheckpoint(s.cp)
	}
	s.mu.Unlock()
	w, err := watch.New(s.cfg.Node, watch.Config{Address: s.cfg.Domain.Vault,
		Topics: [][]common.Hash{{s.assignedTopic, s.changedTopic}}, Depth: s.cfg.Depth,
		PollInterval: s.cfg.PollInterval, Clock: s.clk, Health: s.cfg.ChainHealth}, s.log, from)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		s.relayLoop(ctx)
	}()
	s.dispatch() // leases loaded from the store
	err = w.Run(ctx, s.HandleUpdate)
	cancel()
	wg.Wait()
	return err
}

// HandleUpdate applies one watcher update: leases created, removed,
// confirmed, their on-chain transitions; then persists them with the
// checkpoint, atomically.
func (s *Service) HandleUpdate(ctx context.Context, u watch.Update) error {
	s.mu.Lock()
	changed := map[string]bool{}
	var deleted []string
	var stops []holderStop
	for _, ev := range u.Events {
		id, st := s.applyEvent(ev)
		switch {
		case id == "":
		case st == deletedRec:
			deleted = append(deleted, id)
			delete(changed, id)
		default:
			changed[id] = true
			if st == stopRec {
				stops = append(stops, holderStop{id: id})
			}
		}
	}
	c := Change{Delete: deleted, Checkpoint: &u.Checkpoint}
	for id := range changed {
		if r := s.leases[id]; r != nil {
			s.attachStanding(r) // a new spot lease gets its holder's standing spec
			c.Put = append(c.Put, r.clone())
		}
	}
	if err := s.cfg.Store.Apply(c); err != nil {
		s.mu.Unlock()
		return fmt.Errorf("redeemer: store: %w", err) // the watcher restarts from the stored checkpoint
	}
	s.cp = cloneCheckpoint(&u.Checkpoint)
	for i := range stops {
		if r := s.leases[stops[i].id]; r != nil && r.Node != (common.Address{}) {
			stops[i].provider = r.Lease.Provider
		}
	}
	s.mu.Unlock()
	for _, st := range stops {
		if st.provider == (common.Address{}) {
			continue
		}
		if a, _, ok := s.cfg.Agents.Agent(st.provider); ok {
			if err := a.Stop(st.id, lease.Holder, lease.HolderStopped, chainStopDetail); err != nil &&
				lease.CodeOf(err) != lease.CodeClosed {
				s.log.Warn("redeemer: stopping a lease its holder closed on-chain", "lease", st.id, "err", err)
			}
		}
	}
	s.dispatch()
	return nil
}

// closerOf is who closes a lease with reason, as the lease rules have it.
func closerOf(r lease.Reason) lease.Actor {
	switch r {
	case lease.HolderStopped:
		return lease.Holder
	case lease.SpecMissing, lease.NodeLost, lease.ProviderNeverStarted:
		return lease.Redeemer
	}
	return lease.Provider
}

// chainStopDetail is the detail of a stop the holder sent on-chain.
const chainStopDetail = "closed by the holder on-chain"

type holderStop struct {
	id       string
	provider common.Address
}

type recChange int

const (
	keptRec recChange = iota
	deletedRec
	stopRec
)

func logRef(l types.Log) LogRef { return LogRef{Block: l.BlockHash, Tx: l.TxHash, Index: l.Index} }

// applyEvent applies one event to the records (s.mu held); it returns the
// lease it touched ("" for none).
func (s *Service) applyEvent(ev watch.Event) (string, recChange) {
	l := ev.Log
	if len(l.Topics) == 0 {
		return "", keptRec
	}
	switch l.Topics[0] {
	case s.assignedTopic:
		e, err := s.vault.UnpackLeaseAssignedEvent(&l)
		if err != nil {
			s.log.Error("redeemer: undecodable LeaseAssigned log", "tx", l.TxHash, "err", err)
			return "", keptRec
		}
		id := e.LeaseId.String()
		r := s.leases[id]
		switch ev.Kind {
		case watch.Seen:
			if r != nil && r.Origin == logRef(l) {
				return "", keptRec // a Seen again after a restart
			}
			in, err := instrument.FromBig(e.Id)
			if err != nil {
				s.log.Error("redeemer: LeaseAssigned with a bad instrument", "lease", id, "err", err)
				return "", keptRec
			}
			t := lease.Terms{ID: id, Holder: e.Holder, Provider: e.Provider, Instrument: in,
				GPUs: uint32(e.Gpus.Uint64()), StartHour: uint32(e.StartHour.Uint64()), Hours: uint32(e.Hours.Uint64()),
				SpecHash: e.SpecHash}
			ls, err := lease.Assign(t, time.Unix(int64(e.Time.Uint64()), 0).UTC())
			if err != nil {
				s.log.Error("redeemer: LeaseAssigned the lease rules refuse", "lease", id, "err", err)
				return "", keptRec
			}
			s.leases[id] = &Record{Lease: ls, Origin: logRef(l), Relayed: 1}
			s.log.Info("redeemer: lease assigned", "lease", id, "holder", e.Holder, "provider", e.Provider, "block", l.BlockNumber)
			return id, keptRec
		case watch.Removed:
			if r == nil || r.Origin != logRef(l) {
				return "", keptRec
			}
			if r.Node != (common.Address{}) {
				// Never: only confirmed leases are dispatched, and a
				// confirmed log is never removed.
				s.log.Error("redeemer: a reorg removed a lease already handed to its agent", "lease", id)
			}
			delete(s.leases, id)
			s.log.Info("redeemer: a reorg removed a lease", "lease", id, "block", l.BlockNumber)
			return id, deletedRec
		case watch.Confirmed:
			if r == nil || r.Origin != logRef(l) || r.Confirmed {
				return "", keptRec
			}
			r.Confirmed = true
			return id, keptRec
		}
	case s.changedTopic:
		e, err := s.vault.UnpackLeaseStateChangedEvent(&l)
		if err != nil {
			s.log.Error("redeemer: undecodable LeaseStateChanged log", "tx", l.TxHash, "err", err)
			return "", keptRec
		}
		id := e.LeaseId.String()
		r := s.leases[id]
		if r == nil {
			return "", keptRec
		}
		ref := logRef(l)
		for i, c := range r.Chain {
			if c.Log == ref {
				if ev.Kind == watch.Removed {
					r.Chain = append(r.Chain[:i], r.Chain[i+1:]...)
					return id, keptRec
				}
				return "", keptRec
			}
		}
		if ev.Kind != watch.Seen {
			return "", keptRec
		}
		c := ChainChange{Log: ref, State: lease.State(e.State), Reason: lease.Reason(e.Reason), By: e.By, Time: e.Time.Uint64()}
		r.Chain = append(r.Chain, c)
		if c.State == lease.Closed && r.Lease.State.Open() && r.Node == (common.Address{}) {
			// Closed on-chain before any node had it (the holder's stop,
			// a closure by anyone the vault allows): no agent will report
			// it, so the record closes with the chain, and takes no spec.
			ev := lease.Event{Kind: lease.Close, Actor: closerOf(c.Reason), Reason: c.Reason,
				At: time.Unix(int64(c.Time), 0).UTC(), Detail: "closed on-chain before it reached a node"}
			if ev.At.Before(r.Lease.Since()) {
				ev.At = r.Lease.Since()
			}
			if _, err := r.Lease.Apply(ev); err != nil {
				s.log.Error("redeemer: a lease closed on-chain that the lease rules cannot close", "lease", id, "err", err)
			}
			return id, keptRec
		}
		if c.State == lease.Closed && c.Reason == lease.HolderStopped && r.Lease.State.Open() {
			if r.Stop == nil {
				r.Stop = &agent.StopOrder{Actor: lease.Holder, Reason: lease.HolderStopped, Detail: chainStopDetail}
			}
			return id, stopRec
		}
		return id, keptRec
	}
	return "", keptRec
}

// dispatch hands every confirmed lease with a spec and no agent yet to
// its provider's agent.
func (s *Service) dispatch() {
	type job struct {
		t    lease.Terms
		spec agent.Spec
		a    Agent
	}
	var jobs []job
	s.mu.Lock()
	for _, r := range s.leases {
		if r.Spec == nil || !r.Confirmed || r.Node != (common.Address{}) || !r.Lease.State.Open() {
			continue
		}
		a, node, ok := s.cfg.Agents.Agent(r.Lease.Provider)
		if !ok {
			continue // the provider's agent is not known (yet)
		}
		r.Node = node // before Assign: its first report may come at once
		if o, ok := a.(ownSender); ok && o.sendsOwn() {
			r.AgentSends = true
		}
		jobs = append(jobs, job{t: r.Lease.Terms, spec: r.Spec.AgentSpec(), a: a})
	}
	s.mu.Unlock()
	for _, j := range jobs {
		_, err := j.a.Assign(j.t, j.spec)
		s.mu.Lock()
		r := s.leases[j.t.ID]
		key := "dispatch " + j.t.ID
		if err != nil {
			if r != nil {
				r.Node, r.AgentSends = common.Address{}, false
			}
			said := s.failing[key] == err.Error()
			s.failing[key] = err.Error()
			s.mu.Unlock()
			if !said { // once per distinct refusal, not at every retry
				s.log.Warn("redeemer: the agent refused a lease; retrying", "lease", j.t.ID, "err", err)
			}
			continue
		}
		delete(s.failing, key)
		if r != nil {
			if err := s.cfg.Store.Apply(Change{Put: []Record{r.clone()}}); err != nil {
				s.log.Error("redeemer: store", "err", err)
			}
		}
		s.mu.Unlock()
		s.log.Info("redeemer: lease handed to its agent", "lease", j.t.ID)
	}
}

// SubmitSpec accepts the holder's signed job spec for a lease: the spec
// must be valid, name the lease's holder and redemption, hash to the
// lease's specHash and be signed by the holder: by its key, or, for a
// holder that is a contract, as its EIP-1271 isValidSignature says
// (eip1271.go). A spot lease has no specHash: its spec is checked by its
// fields (spotSpecFits), and once one is accepted another is
// spec_conflict. Submitting the accepted spec again is a no-op. A refusal
// (with its Code) changes nothing.
func (s *Service) SubmitSpec(ctx context.Context, leaseID string, spec JobSpec, sig []byte) (Record, error) {
	if err := spec.Validate(); err != nil {
		return Record{}, err
	}
	hash := spec.Hash(s.cfg.Domain)
	s.mu.Lock()
	_, err := s.specFits(leaseID, spec, hash)
	s.mu.Unlock()
	if err != nil {
		return Record{}, err
	}
	// The signature may need the chain (a contract holder): not under s.mu.
	if err := s.checkHolderSignature(ctx, spec.Holder, hash, sig); err != nil {
		return Record{}, err
	}
	s.mu.Lock()
	r, err := s.specFits(leaseID, spec, hash) // again: a reorg or a closure meanwhile
	if err != nil {
		s.mu.Unlock()
		return Record{}, err
	}
	if r.Spec != nil {
		if r.Spec.Hash(s.cfg.Domain) != hash {
			// A spot lease (no specHash to pin its spec): the first
			// accepted spec, the holder's standing one included, stays.
			s.mu.Unlock()
			return Record{}, newError(CodeSpecConflict, "lease %s already has another spec (%s)", leaseID, r.Spec.Hash(s.cfg.Domain))
		}
		out := r.clone()
		s.mu.Unlock()
		return out, nil // the same spec (same hash) again
	}
	next := r.clone()
	sp := spec
	next.Spec, next.Signature = &sp, append([]byte(nil), sig...)
	if spotLease(next.Lease.Terms) {
		next.SpecAt = s.clk.Now().UTC()
	}
	if err := s.cfg.Store.Apply(Change{Put: []Record{next}}); err != nil {
		s.mu.Unlock()
		return Record{}, fmt.Errorf("redeemer: store: %w", err)
	}
	*r = next.clone()
	s.mu.Unlock()
	s.log.Info("redeemer: job spec accepted", "lease", leaseID, "hash", hash)
	s.dispatch()
	return s.Lease(leaseID)
}

// specFits checks spec, whose hash is hash, against lease leaseID (s.mu
// held): the lease exists and is open, and the spec is its holder's and
// its redemption's. A spot lease (spotLease) has no specHash: its spec is
// checked by its fields instead (spotSpecFits).
func (s *Service) specFits(leaseID string, spec JobSpec, hash common.Hash) (*Record, error) {
	r, ok := s.leases[leaseID]
	if !ok {
		return nil, newError(CodeUnknownLease, "no lease %q (a redemption is known once its block is seen)", leaseID)
	}
	t := r.Lease.Terms
	switch {
	case !r.Lease.State.Open():
		return nil, newError(CodeLeaseClosed, "lease %s is closed (%s)", leaseID, r.Lease.Reason)
	case spec.Holder != t.Holder:
		return nil, newError(CodeNotHolder, "the spec names holder %s, lease %s is %s's", spec.Holder, leaseID, t.Holder)
	case spotLease(t):
		if err := spotSpecFits(t, spec); err != nil {
			return nil, err
		}
		return r, nil
	case hash != t.SpecHash:
		return nil, newError(CodeSpecHashMismatch, "the spec hashes to %s, lease %s was redeemed with %s", hash, leaseID, t.SpecHash)
	case spec.Instrument != t.Instrument || uint32(spec.Hours) != t.Hours || spec.StartHour != t.StartHour:
		return nil, newError(CodeInvalidSpec, "the spec names another redemption than lease %s's", leaseID)
	}
	return r, nil
}

// Lease returns one lease.
func (s *Service) Lease(id string) (Record, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r, ok := s.leases[id]
	if !ok {
		return Record{}, newError(CodeUnknownLease, "no lease %q", id)
	}
	return r.clone(), nil
}

// Leases returns the holder's leases, by id.
func (s *Service) Leases(holder common.Address) []Record {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Record
	for _, r := range s.leases {
		if r.Lease.Holder == holder {
			out = append(out, r.clone())
		}
	}
	sort.Slice(out, func(i, j int) bool { return lessID(out[i].Lease.ID, out[j].Lease.ID) })
	return out
}

// holderAgent returns the agent of caller's lease id.
func (s *Service) holderAgent(caller common.Address, id string) (Agent, error) {
	s.mu.Lock()
	r, ok := s.leases[id]
	var provider common.Address
	var dispatched bool
	if ok {
		provider, dispatched = r.Lease.Provider, r.Node != (common.Address{})
	}
	holder := common.Address{}
	if ok {
		holder = r.Lease.Holder
	}
	s.mu.Unlock()
	switch {
	case !ok:
		return nil, newError(CodeUnknownLease, "no lease %q", id)
	case caller != holder:
		return nil, newError(CodeNotHolder, "lease %s is not %s's", id, caller)
	case !dispatched:
		return nil, newError(CodeUnavailable, "lease %s is not on a node yet", id)
	}
	a, _, ok := s.cfg.Agents.Agent(provider)
	if !ok {
		return nil, newError(CodeUnavailable, "lease %s: its provider's agent is not reachable", id)
	}
	return a, nil
}

// Logs reads the job's output (agent.Agent.Logs) for its holder.
func (s *Service) Logs(caller common.Address, id string, st agent.Stream, offset int64, max int) (agent.LogChunk, error) {
	a, err := s.holderAgent(caller, id)
	if err != nil {
		return agent.LogChunk{}, err
	}
	c, err := a.Logs(id, st, offset, max)
	if errors.Is(err, agent.ErrBadRequest) {
		return agent.LogChunk{}, newError(CodeBadRequest, "%v", err)
	}
	return c, err
}

// Stop asks the lease's agent to stop the job for its holder
// (holder_stopped). The chain hears of it from the holder
// (closeLease(holder_stopped) from the holder's wallet): only the holder
// may send it.
func (s *Service) Stop(caller common.Address, id string) error {
	a, err := s.holderAgent(caller, id)
	if err != nil {
		return err
	}
	order := agent.StopOrder{Actor: lease.Holder, Reason: lease.HolderStopped, Detail: "stopped by the holder"}
	if err := s.keepStop(id, order); err != nil {
		return err
	}
	if err := a.Stop(id, order.Actor, order.Reason, order.Detail); err != nil {
		if lease.CodeOf(err) != "" {
			return newError(CodeLeaseClosed, "%v", err)
		}
		return err
	}
	return nil
}

// keepStop stores a stop for the lease's node (a remote node carries it
// out when it polls); a closed lease refuses it, a stop already kept
// stays.
func (s *Service) keepStop(id string, order agent.StopOrder) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	r, ok := s.leases[id]
	switch {
	case !ok:
		return newError(CodeUnknownLease, "no lease %q", id)
	case !r.Lease.State.Open():
		return newError(CodeLeaseClosed, "lease %s is closed (%s)", id, r.Lease.Reason)
	case r.Stop != nil:
		return nil
	}
	next := r.clone()
	next.Stop = &order
	if err := s.cfg.Store.Apply(Change{Put: []Record{next}}); err != nil {
		return fmt.Errorf("redeemer: store: %w", err)
	}
	*r = next
	return nil
}

// Report records one of the agent's signed transitions (agent.Reporter):
// it must be signed by the node the lease was handed to, come in order
// (a repeat is accepted and ignored) and be allowed by the lease's rules.
// It is stored before Report returns, then relayed to the chain.
func (s *Service) Report(_ context.Context, rep agent.Report) error {
	if err := rep.Verify(); err != nil {
		return newError(CodeBadSignature, "%v", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	r, ok := s.leases[rep.LeaseID]
	if !ok {
		return newError(CodeUnknownLease, "no lease %q", rep.LeaseID)
	}
	if r.Node == (common.Address{}) || rep.Node != r.Node {
		return newError(CodeNotNode, "lease %s was not given to node %s", rep.LeaseID, rep.Node)
	}
	if s.lateReport(r, rep) {
		return nil // closed already (a verdict): accepted and ignored
	}
	n := len(r.Lease.History)
	switch {
	case rep.Seq < n:
		return nil // a repeat
	case rep.Seq > n:
		return newError(CodeBadReport, "lease %s: report %d, want %d", rep.LeaseID, rep.Seq, n)
	}
	tr := rep.Transition
	kind := lease.Close
	switch tr.To {
	case lease.Provisioning:
		kind = lease.Provision
	case lease.Running:
		kind = lease.Run
	}
	next := r.clone()
	at := tr.At
	if s := next.Lease.Since(); at.Before(s) {
		// The node's clock is behind the chain's block time of the
		// assignment (or of a transition the service applied): the
		// signed report keeps the node's time; the record never goes
		// back in time.
		at = s
	}
	if _, err := next.Lease.Apply(lease.Event{Kind: kind, Actor: tr.Actor, At: at, Reason: tr.Reason, Detail: tr.Detail}); err != nil {
		return newError(CodeBadReport, "%v", err)
	}
	if len(rep.GPUs) > 0 && len(rep.GPUs) == int(next.Lease.GPUs) {
		next.GPUs = append([]string(nil), rep.GPUs...)
	}
	if rep.CC {
		next.ClaimsCC = true // the provider's claim; never withdrawn
	}
	if err := s.cfg.Store.Apply(Change{Put: []Record{next}}); err != nil {
		return fmt.Errorf("redeemer: store: %w", err)
	}
	*r = next
	s.log.Info("redeemer: lease moved", "lease", rep.LeaseID, "transition", tr.String())
	select {
	case s.poke <- struct{}{}:
	default:
	}
	return nil
}

// relayLoop sends the transitions the chain has not seen, in order per
// lease, when poked and every PollInterval (a failed one is retried).
func (s *Service) relayLoop(ctx context.Context) {
	t := s.clk.NewTicker(s.cfg.PollInterval)
	defer t.Stop()
	for {
		s.judge()
		s.relay(ctx)
		select {
		case <-ctx.Done():
			return
		case <-s.poke:
		case <-t.C():
		}
	}
}

// relay sends each lease's pending transitions.
func (s *Service) relay(ctx context.Context) {
	type item struct {
		id  string
		seq int
		tr  lease.Transition
		by  common.Address
	}
	for {
		var todo []item
		s.mu.Lock()
		for id, r := range s.leases {
			if r.Relayed < len(r.Lease.History) {
				by := r.Node
				tr := r.Lease.History[r.Relayed]
				if tr.Actor == lease.Redeemer {
					by = s.cfg.Redeemer
				} else if r.AgentSends {
					by = common.Address{} // the node sends it itself
				}
				todo = append(todo, item{id: id, seq: r.Relayed, tr: tr, by: by})
			}
		}
		s.mu.Unlock()
		if len(todo) == 0 || ctx.Err() != nil {
			return
		}
		progress := false
		for _, it := range todo {
			err := s.send(ctx, it.id, it.seq, it.tr, it.by)
			if ctx.Err() != nil {
				return
			}
			s.mu.Lock()
			r := s.leases[it.id]
			if r == nil || r.Relayed != it.seq {
				s.mu.Unlock()
				continue
			}
			next := r.clone()
			if err != nil {
				next.RelayError = err.Error()
			} else {
				next.Relayed++
				next.RelayError = ""
			}
			if serr := s.cfg.Store.Apply(Change{Put: []Record{next}}); serr != nil {
				s.log.Error("redeemer: store", "err", serr)
				s.mu.Unlock()
				return
			}
			*r = next
			was := s.failing[it.id]
			switch {
			case err != nil && was != err.Error():
				s.failing[it.id] = err.Error()
				s.log.Warn("redeemer: relaying a lease transition failed; retrying", "lease", it.id,
					"transition", it.tr.String(), "err", err)
			case err == nil && was != "":
				delete(s.failing, it.id)
				s.log.Info("redeemer: relaying works again", "lease", it.id)
			}
			s.mu.Unlock()
			if err == nil {
				progress = true
			}
		}
		if !progress {
			return
		}
	}
}

// send relays one transition; transitions the chain takes from someone
// else (the holder's stop) or already shows are skipped.
func (s *Service) send(ctx context.Context, id string, seq int, tr lease.Transition, by common.Address) error {
	n, err := strconv.ParseUint(id, 10, 64)
	if err != nil {
		return nil // not a chain lease
	}
	s.mu.Lock()
	r := s.leases[id]
	var chainState lease.State
	if r != nil {
		chainState, _ = r.ChainState()
	}
	s.mu.Unlock()
	if tr.Actor == lease.Holder || chainState == lease.Closed {
		return nil // the holder's to send, or the chain closed the lease: nothing more moves it
	}
	if tr.Actor == lease.Provider && by == (common.Address{}) && r != nil && r.AgentSends {
		return nil // a remote node sends its own transitions
	}
	if by == (common.Address{}) {
		if tr.Actor == lease.Redeemer {
			return errors.New("no REDEEMER_ROLE account configured (Config.Redeemer) to send the redeemer's closure from")
		}
		return errors.New("no account to send it from")
	}
	c := Call{LeaseID: new(big.Int).SetUint64(n), Seq: seq, By: by}
	switch tr.To {
	case lease.Provisioning:
		return s.cfg.Chain.MarkProvisioning(ctx, c)
	case lease.Running:
		return s.cfg.Chain.MarkRunning(ctx, c)
	case lease.Closed:
		return s.cfg.Chain.CloseLease(ctx, c, tr.Reason)
	}
	return nil
}
