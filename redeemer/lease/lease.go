// Package lease is the lifecycle of a lease, the GPU-hours a holder
// redeemed from one provider, as a pure state machine: no I/O, no clock
// reads, no goroutines. Time comes in with each event, as commands carry
// it into the matching engine; the redeemer, the provider's node agent and
// the contract all apply the same rules, and the golden scripts in
// testdata/ show every transition and every refusal.
//
// A lease moves assigned → provisioning → running → closed. It may close
// from any open state, always with a reason (a Reason: stable code and
// string); running may fall back to provisioning when the agent restarts a
// job it lost (an agent restart, a node reboot). Who may cause what is a
// fixed table (Rules): the contract assigns, the provider's agent
// provisions and runs, the holder stops, and the redeemer, which watches
// the agent from outside, closes a lease whose provider never started it or
// whose node went silent. An event the table does not allow returns an
// *Error with a stable Code and leaves the lease as it was.
package lease

import (
	"errors"
	"fmt"
	"regexp"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/exchange/instrument"
)

// State is where a lease stands. The numbers are stable: the contract's
// LeaseState enum and the redeemer's store use them.
type State uint8

const (
	// None is the state before assignment; no lease is ever in it.
	None State = 0
	// Assigned: the redemption assigned the lease to a provider; nothing
	// has happened on the node yet.
	Assigned State = 1
	// Provisioning: the provider's agent placed the lease on concrete GPUs
	// and prepares the job (spec checks, image); the job is not running
	// and the holder is not yet served.
	Provisioning State = 2
	// Running: the job runs on the lease's GPUs.
	Running State = 3
	// Closed: the lease is over, with a Reason. Nothing leaves Closed.
	Closed State = 4
)

var stateNames = [...]string{None: "none", Assigned: "assigned", Provisioning: "provisioning", Running: "running", Closed: "closed"}

// String returns the state's stable name.
func (s State) String() string {
	if int(s) < len(stateNames) {
		return stateNames[s]
	}
	return fmt.Sprintf("state(%d)", uint8(s))
}

// ParseState reads a state's name.
func ParseState(s string) (State, bool) {
	for i, n := range stateNames {
		if n == s && State(i) != None {
			return State(i), true
		}
	}
	return None, false
}

// Open reports whether the lease is not closed yet (and exists).
func (s State) Open() bool { return s == Assigned || s == Provisioning || s == Running }

// Reason says why a lease closed. Codes and strings are stable: they are
// in contract events, the redeemer's store, the API and docs/delivery.md
// ("Lease states"), and a closed lease always carries one.
type Reason uint8

const (
	// NoReason is the reason of a lease that is still open.
	NoReason Reason = 0
	// Completed: the window ended with the job running; the agent stopped
	// it (SIGTERM, grace, SIGKILL). Every hour was delivered.
	Completed Reason = 1
	// HolderStopped: the holder stopped the lease before its end.
	HolderStopped Reason = 2
	// SpecInvalid: the job spec cannot be run (no command, malformed env,
	// a hash that does not match, a spec the executor refuses). The
	// holder's fault.
	SpecInvalid Reason = 3
	// ImageUnavailable: the job's image could not be fetched or found by
	// its digest. The holder's fault unless the registry is the
	// provider's.
	ImageUnavailable Reason = 4
	// NodeLost: the node went silent mid-lease (no reports from its agent
	// for longer than the redeemer tolerates). The provider's fault.
	NodeLost Reason = 5
	// GPUFault: a GPU of the lease failed (critical XID, uncorrectable
	// ECC, a GPU the lease was placed on gone from the node), before or
	// during the job. The provider's fault.
	GPUFault Reason = 6
	// ProviderStopped: the provider stopped the lease before its end
	// (node drained, agent shut down for good). The provider's fault.
	ProviderStopped Reason = 7
	// ProviderNeverStarted: the window began and the provider's agent
	// never started the job. Decided by the redeemer, not the agent.
	ProviderNeverStarted Reason = 8
	// JobExited: the holder's job ended by itself before the window's
	// end (whatever its exit code, which the transition's detail gives).
	// The provider delivered; the holder's job chose to stop.
	JobExited Reason = 9
	// StartFailed: the agent tried to start the job and the executor
	// failed for a reason of the provider's own (not the spec, not the
	// image). The provider's fault.
	StartFailed Reason = 10
	// SpecMissing: the window began and the holder had sent no job spec
	// (matching the lease's spec hash) to the redeemer. The holder's
	// fault.
	SpecMissing Reason = 11
)

var reasonNames = [...]string{
	NoReason: "none", Completed: "completed", HolderStopped: "holder_stopped", SpecInvalid: "spec_invalid",
	ImageUnavailable: "image_unavailable", NodeLost: "node_lost", GPUFault: "gpu_fault",
	ProviderStopped: "provider_stopped", ProviderNeverStarted: "provider_never_started",
	JobExited: "job_exited", StartFailed: "start_failed", SpecMissing: "spec_missing",
}

// Reasons lists every close reason, in code order.
func Reasons() []Reason {
	rs := make([]Reason, 0, len(reasonNames)-1)
	for i := 1; i < len(reasonNames); i++ {
		rs = append(rs, Reason(i))
	}
	return rs
}

// String returns the reason's stable name.
func (r Reason) String() string {
	if int(r) < len(reasonNames) {
		return reasonNames[r]
	}
	return fmt.Sprintf("reason(%d)", uint8(r))
}

// ParseReason reads a reason's name.
func ParseReason(s string) (Reason, bool) {
	for i, n := range reasonNames {
		if n == s && Reason(i) != NoReason {
			return Reason(i), true
		}
	}
	return NoReason, false
}

// ProviderFault reports whether closing for r puts the undelivered hours
// on the provider (their collateral pays the holder) rather than on the
// holder.
func (r Reason) ProviderFault() bool {
	switch r {
	case NodeLost, GPUFault, ProviderStopped, ProviderNeverStarted, StartFailed:
		return true
	}
	return false
}

// Actor is who causes a transition.
type Actor uint8

const (
	// Chain is the contract: a redemption assigns a lease.
	Chain Actor = 1
	// Provider is the provider's node agent, signing with its node key.
	Provider Actor = 2
	// Holder is the lease's holder.
	Holder Actor = 3
	// Redeemer watches the agents from outside: it closes leases whose
	// provider never started them or whose node went silent, and refuses
	// specs that do not match the lease.
	Redeemer Actor = 4
)

var actorNames = [...]string{0: "nobody", Chain: "chain", Provider: "provider", Holder: "holder", Redeemer: "redeemer"}

// String returns the actor's stable name.
func (a Actor) String() string {
	if int(a) < len(actorNames) {
		return actorNames[a]
	}
	return fmt.Sprintf("actor(%d)", uint8(a))
}

// ParseActor reads an actor's name.
func ParseActor(s string) (Actor, bool) {
	for i, n := range actorNames {
		if n == s && i != 0 {
			return Actor(i), true
		}
	}
	return 0, false
}

// Terms are what the redemption fixed: they never change over the lease's
// life.
type Terms struct {
	// ID names the lease: the contract's lease id in decimal, or any name
	// of 1 to 128 characters from [A-Za-z0-9_.-] that starts with a letter
	// or a digit (IDPattern, the executors' LeaseIDPattern): agents and
	// executors name files, containers and process groups after it.
	ID         string         `json:"id"`
	Holder     common.Address `json:"holder"`
	Provider   common.Address `json:"provider"`
	Instrument instrument.ID  `json:"instrument"`
	// GPUs is how many GPUs the lease holds, all for its whole window.
	GPUs uint32 `json:"gpus"`
	// StartHour is the window's first hour, in whole hours since
	// 1970-01-01T00:00Z (the instrument id's unit); Hours its length.
	StartHour uint32 `json:"startHour"`
	Hours     uint32 `json:"hours"`
	// SpecHash is the hash of the holder's job spec, as redeemed.
	SpecHash common.Hash `json:"specHash"`
}

// Start is when the lease's window begins.
func (t Terms) Start() time.Time { return time.Unix(int64(t.StartHour)*3600, 0).UTC() }

// End is when the lease's window ends.
func (t Terms) End() time.Time { return time.Unix((int64(t.StartHour)+int64(t.Hours))*3600, 0).UTC() }

// GPUHours is GPUs × Hours, the tokens the redemption burned.
func (t Terms) GPUHours() uint64 { return uint64(t.GPUs) * uint64(t.Hours) }

// IDPattern is what a lease id must match; it equals
// executor.LeaseIDPattern (a test in redeemer/agent checks).
var IDPattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$`)

// ValidID reports whether id can name a lease.
func ValidID(id string) bool { return IDPattern.MatchString(id) }

// Validate checks the terms on their own.
func (t Terms) Validate() error {
	switch {
	case !ValidID(t.ID):
		return newError(CodeInvalidTerms, "lease id %q: want 1 to 128 characters from [A-Za-z0-9_.-], the first a letter or digit", t.ID)
	case t.Holder == (common.Address{}):
		return newError(CodeInvalidTerms, "lease %s: zero holder address", t.ID)
	case t.Provider == (common.Address{}):
		return newError(CodeInvalidTerms, "lease %s: zero provider address", t.ID)
	case t.GPUs == 0:
		return newError(CodeInvalidTerms, "lease %s: zero GPUs", t.ID)
	case t.Hours == 0:
		return newError(CodeInvalidTerms, "lease %s: zero hours", t.ID)
	case t.StartHour == 0:
		return newError(CodeInvalidTerms, "lease %s: zero start hour", t.ID)
	case uint64(t.StartHour)+uint64(t.Hours) > 1<<32-1:
		return newError(CodeInvalidTerms, "lease %s: window ends past hour 2^32", t.ID)
	}
	return nil
}

// Transition is one step of a lease's history.
type Transition struct {
	From State `json:"from"`
	To   State `json:"to"`
	// Reason is set on the transition to Closed.
	Reason Reason    `json:"reason"`
	Actor  Actor     `json:"actor"`
	At     time.Time `json:"at"`
	// Detail is free text for people ("exit code 3", "GPU-… is gone from
	// the node"): no closure without a why.
	Detail string `json:"detail,omitempty"`
}

// String renders a transition for logs and the golden scripts.
func (tr Transition) String() string {
	s := fmt.Sprintf("%s -> %s by %s at %s", tr.From, tr.To, tr.Actor, tr.At.UTC().Format(time.RFC3339))
	if tr.Reason != NoReason {
		s += " reason " + tr.Reason.String()
	}
	if tr.Detail != "" {
		s += fmt.Sprintf(" (%s)", tr.Detail)
	}
	return s
}

// Lease is a lease's terms and where it stands, with its history.
type Lease struct {
	Terms
	State State `json:"state"`
	// Reason is NoReason while open, the close reason once closed.
	Reason Reason `json:"reason"`
	// History holds every transition, the assignment first.
	History []Transition `json:"history"`
	// Restarts counts the times the job fell back from running to
	// provisioning.
	Restarts int `json:"restarts"`
}

// Since is when the lease entered its current state.
func (l *Lease) Since() time.Time {
	if len(l.History) == 0 {
		return time.Time{}
	}
	return l.History[len(l.History)-1].At
}

// Assign creates the lease, in state Assigned, as the contract's
// redemption does at time at. It refuses bad terms and an assignment at or
// after the window's end.
func Assign(t Terms, at time.Time) (Lease, error) {
	if err := t.Validate(); err != nil {
		return Lease{}, err
	}
	if !at.Before(t.End()) {
		return Lease{}, newError(CodeWindowOver, "lease %s: assigned at %s, at or after its window's end %s",
			t.ID, at.UTC().Format(time.RFC3339), t.End().Format(time.RFC3339))
	}
	tr := Transition{From: None, To: Assigned, Actor: Chain, At: at}
	return Lease{Terms: t, State: Assigned, History: []Transition{tr}}, nil
}

// Kind is what an event asks for.
type Kind uint8

const (
	// Provision moves an assigned lease (or a running one whose job was
	// lost) to provisioning.
	Provision Kind = 1
	// Run moves a provisioning lease to running: the job started.
	Run Kind = 2
	// Close closes an open lease with a reason.
	Close Kind = 3
)

var kindNames = [...]string{0: "none", Provision: "provision", Run: "run", Close: "close"}

// String returns the kind's name.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

// ParseKind reads a kind's name.
func ParseKind(s string) (Kind, bool) {
	for i, n := range kindNames {
		if n == s && i != 0 {
			return Kind(i), true
		}
	}
	return 0, false
}

// Event asks a lease to move.
type Event struct {
	Kind   Kind
	Actor  Actor
	At     time.Time
	Reason Reason // Close only
	Detail string
}

// Rule is one row of the table of allowed transitions: an event of Kind
// (with Reason, for Close) by Actor moves a lease from From. Window says
// when, relative to the lease's window, it may happen.
type Rule struct {
	From   State
	Kind   Kind
	Reason Reason
	Actor  Actor
	Window Window
}

// Window constrains an event's time against the lease's window [start, end).
type Window uint8

const (
	// Anytime: no constraint beyond time never going backwards.
	Anytime Window = iota
	// BeforeEnd: at < end.
	BeforeEnd
	// InWindow: start <= at < end.
	InWindow
	// AfterStart: at >= start.
	AfterStart
	// AtEnd: at >= end.
	AtEnd
)

var windowNames = [...]string{Anytime: "anytime", BeforeEnd: "before end", InWindow: "in window", AfterStart: "after start", AtEnd: "at end"}

func (w Window) String() string { return windowNames[w] }

// rules is the table. Each (From, Kind, Reason) names its actors.
var rules = func() []Rule {
	var rs []Rule
	add := func(k Kind, r Reason, w Window, actors []Actor, from ...State) {
		for _, f := range from {
			for _, a := range actors {
				rs = append(rs, Rule{From: f, Kind: k, Reason: r, Actor: a, Window: w})
			}
		}
	}
	prov := []Actor{Provider}
	// The agent provisions ahead of the window (so that image pulls are
	// not billed), and goes back to provisioning to restart a lost job.
	add(Provision, NoReason, BeforeEnd, prov, Assigned, Running)
	// A job never runs outside its window.
	add(Run, NoReason, InWindow, prov, Provisioning)
	add(Close, Completed, AtEnd, prov, Running)
	add(Close, JobExited, InWindow, prov, Running)
	add(Close, HolderStopped, Anytime, []Actor{Holder}, Assigned, Provisioning, Running)
	add(Close, SpecInvalid, Anytime, []Actor{Provider, Redeemer}, Assigned, Provisioning)
	add(Close, ImageUnavailable, Anytime, prov, Assigned, Provisioning)
	add(Close, StartFailed, Anytime, prov, Provisioning)
	add(Close, GPUFault, Anytime, []Actor{Provider, Redeemer}, Assigned, Provisioning, Running)
	add(Close, ProviderStopped, Anytime, prov, Assigned, Provisioning, Running)
	add(Close, NodeLost, Anytime, []Actor{Redeemer}, Provisioning, Running)
	add(Close, ProviderNeverStarted, AfterStart, []Actor{Redeemer}, Assigned, Provisioning)
	add(Close, SpecMissing, AfterStart, []Actor{Redeemer}, Assigned)
	return rs
}()

// Rules returns the table of allowed transitions: every event not in it is
// refused.
func Rules() []Rule { return append([]Rule(nil), rules...) }

// target is the state an allowed event moves a lease to.
func target(ev Event) State {
	switch ev.Kind {
	case Provision:
		return Provisioning
	case Run:
		return Running
	default:
		return Closed
	}
}

// Check reports whether ev may apply to l, without changing it.
func (l *Lease) Check(ev Event) error {
	_, err := l.check(ev)
	return err
}

func (l *Lease) check(ev Event) (Rule, error) {
	if !l.State.Open() {
		if l.State == Closed {
			return Rule{}, newError(CodeClosed, "lease %s is closed (%s)", l.ID, l.Reason)
		}
		return Rule{}, newError(CodeInvalidTransition, "lease %s does not exist", l.ID)
	}
	switch {
	case ev.Kind == 0 || int(ev.Kind) >= len(kindNames):
		return Rule{}, newError(CodeInvalidEvent, "lease %s: unknown event kind %d", l.ID, ev.Kind)
	case ev.Actor == 0 || int(ev.Actor) >= len(actorNames):
		return Rule{}, newError(CodeInvalidEvent, "lease %s: unknown actor %d", l.ID, ev.Actor)
	case ev.Kind == Close && (ev.Reason == NoReason || int(ev.Reason) >= len(reasonNames)):
		return Rule{}, newError(CodeInvalidEvent, "lease %s: close needs a known reason, got %s", l.ID, ev.Reason)
	case ev.Kind != Close && ev.Reason != NoReason:
		return Rule{}, newError(CodeInvalidEvent, "lease %s: %s takes no reason, got %s", l.ID, ev.Kind, ev.Reason)
	case ev.At.IsZero():
		return Rule{}, newError(CodeInvalidEvent, "lease %s: event without a time", l.ID)
	case ev.At.Before(l.Since()):
		return Rule{}, newError(CodeTimeBackwards, "lease %s: event at %s is before its last transition at %s",
			l.ID, ev.At.UTC().Format(time.RFC3339), l.Since().UTC().Format(time.RFC3339))
	}
	what := ev.Kind.String()
	if ev.Kind == Close {
		what = "close " + ev.Reason.String()
	}
	var found, fromOK bool
	var rule Rule
	for _, r := range rules {
		if r.Kind != ev.Kind || r.Reason != ev.Reason || r.From != l.State {
			continue
		}
		fromOK = true
		if r.Actor == ev.Actor {
			rule, found = r, true
			break
		}
	}
	if !fromOK {
		return Rule{}, newError(CodeInvalidTransition, "lease %s: %s is not allowed from %s", l.ID, what, l.State)
	}
	if !found {
		return Rule{}, newError(CodeNotPermitted, "lease %s: %s from %s is not the %s's to do", l.ID, what, l.State, ev.Actor)
	}
	start, end := l.Start(), l.End()
	at := ev.At
	when := func() string { return at.UTC().Format(time.RFC3339) }
	switch rule.Window {
	case BeforeEnd, InWindow:
		if !at.Before(end) {
			return Rule{}, newError(CodeWindowOver, "lease %s: %s at %s, at or after the window's end %s",
				l.ID, what, when(), end.Format(time.RFC3339))
		}
	case AtEnd:
		if at.Before(end) {
			return Rule{}, newError(CodeTooEarly, "lease %s: %s at %s, before the window's end %s",
				l.ID, what, when(), end.Format(time.RFC3339))
		}
	}
	if (rule.Window == InWindow || rule.Window == AfterStart) && at.Before(start) {
		return Rule{}, newError(CodeTooEarly, "lease %s: %s at %s, before the window's start %s",
			l.ID, what, when(), start.Format(time.RFC3339))
	}
	return rule, nil
}

// Apply moves l by ev and returns the transition, or returns an error and
// leaves l as it was.
func (l *Lease) Apply(ev Event) (Transition, error) {
	if _, err := l.check(ev); err != nil {
		return Transition{}, err
	}
	tr := Transition{From: l.State, To: target(ev), Reason: ev.Reason, Actor: ev.Actor, At: ev.At, Detail: ev.Detail}
	if tr.From == Running && tr.To == Provisioning {
		l.Restarts++
	}
	l.State = tr.To
	l.Reason = ev.Reason
	l.History = append(l.History, tr)
	return tr, nil
}

// Code is an error's stable code.
type Code string

// Error codes. Stable: clients and scripts match on them.
const (
	// CodeInvalidTerms: the lease's terms are malformed.
	CodeInvalidTerms Code = "invalid_terms"
	// CodeInvalidEvent: the event itself is malformed (unknown kind,
	// actor or reason, a close without a reason, no time).
	CodeInvalidEvent Code = "invalid_event"
	// CodeInvalidTransition: the event is not allowed from the lease's
	// state, whoever asks.
	CodeInvalidTransition Code = "invalid_transition"
	// CodeNotPermitted: the event is allowed from this state, but not to
	// this actor.
	CodeNotPermitted Code = "not_permitted"
	// CodeClosed: the lease is closed; nothing moves it.
	CodeClosed Code = "lease_closed"
	// CodeTimeBackwards: the event is older than the lease's last
	// transition.
	CodeTimeBackwards Code = "time_backwards"
	// CodeTooEarly: the event comes before the time it is allowed (a job
	// before its window, completed before the end).
	CodeTooEarly Code = "too_early"
	// CodeWindowOver: the event comes at or after the window's end, when
	// only closing is left.
	CodeWindowOver Code = "window_over"
)

// Codes lists every error code.
func Codes() []Code {
	return []Code{CodeInvalidTerms, CodeInvalidEvent, CodeInvalidTransition, CodeNotPermitted, CodeClosed,
		CodeTimeBackwards, CodeTooEarly, CodeWindowOver}
}

// ErrLease is what every *Error matches with errors.Is.
var ErrLease = errors.New("lease")

// Error is a refused assignment or event.
type Error struct {
	Code Code
	Msg  string
}

func newError(c Code, format string, args ...any) *Error {
	return &Error{Code: c, Msg: fmt.Sprintf(format, args...)}
}

func (e *Error) Error() string { return "lease: " + string(e.Code) + ": " + e.Msg }

// Is makes errors.Is(err, ErrLease) true for every *Error.
func (e *Error) Is(target error) bool { return target == ErrLease }

// CodeOf returns err's code, or "" when err is not an *Error.
func CodeOf(err error) Code {
	var le *Error
	if errors.As(err, &le) {
		return le.Code
	}
	return ""
}

// MarshalText writes the state's name: JSON (the agent's state, reports)
// carries names, not numbers.
func (s State) MarshalText() ([]byte, error) {
	if int(s) >= len(stateNames) {
		return nil, fmt.Errorf("lease: unknown state %d", uint8(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText reads a state's name.
func (s *State) UnmarshalText(b []byte) error {
	for i, n := range stateNames {
		if n == string(b) {
			*s = State(i)
			return nil
		}
	}
	return fmt.Errorf("lease: unknown state %q", b)
}

// MarshalText writes the reason's name.
func (r Reason) MarshalText() ([]byte, error) {
	if int(r) >= len(reasonNames) {
		return nil, fmt.Errorf("lease: unknown reason %d", uint8(r))
	}
	return []byte(r.String()), nil
}

// UnmarshalText reads a reason's name ("none" for an open lease).
func (r *Reason) UnmarshalText(b []byte) error {
	for i, n := range reasonNames {
		if n == string(b) {
			*r = Reason(i)
			return nil
		}
	}
	return fmt.Errorf("lease: unknown reason %q", b)
}

// MarshalText writes the actor's name.
func (a Actor) MarshalText() ([]byte, error) {
	if a == 0 || int(a) >= len(actorNames) {
		return nil, fmt.Errorf("lease: unknown actor %d", uint8(a))
	}
	return []byte(a.String()), nil
}

// UnmarshalText reads an actor's name.
func (a *Actor) UnmarshalText(b []byte) error {
	v, ok := ParseActor(string(b))
	if !ok {
		return fmt.Errorf("lease: unknown actor %q", b)
	}
	*a = v
	return nil
}
