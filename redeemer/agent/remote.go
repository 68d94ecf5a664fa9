package agent

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/oracle/challenge"
	"github.com/hourglass-exchange/hourglass/redeemer/lease"
)

// An agent on a provider's own machine reaches the redeemer through the
// gateway (docs/delivery.md, "Remote agents"): it polls for the leases the
// redeemer handed to its node (Follow), sends its transitions to the
// vault itself and reports them (a Reporter the caller builds: the
// redeemer's service.RemoteReporter), and pushes its jobs' logs so that
// the holders read them at the gateway. The gateway's client speaks JSON;
// so does Operator, so that the client needs nothing of this package.

// Operator is the redeemer as a remote agent reaches it: api/client's
// *AgentLink.
type Operator interface {
	// Assignments returns the node's work, an Assignments in JSON.
	Assignments(ctx context.Context) ([]byte, error)
	// PushLog appends data at offset to one of a lease's logs at the
	// redeemer and returns the size the redeemer then holds.
	PushLog(ctx context.Context, leaseID, stream string, offset int64, data []byte) (int64, error)
	// Answer sends the node's signed answer to a challenge (a
	// challenge.Answer in JSON).
	Answer(ctx context.Context, answer []byte) error
}

// Assignments is the node's work as the redeemer answers a poll
// (GET /v1/agent/leases).
type Assignments struct {
	Node     common.Address `json:"node"`
	Provider common.Address `json:"provider"`
	Leases   []Assignment   `json:"leases"`
	// Challenges are the oracle's nonce challenges waiting for the node's
	// signed answer (Operator.Answer).
	Challenges []challenge.Challenge `json:"challenges,omitempty"`
}

// Assignment is one lease handed to the node.
type Assignment struct {
	Terms lease.Terms `json:"terms"`
	Spec  Spec        `json:"spec"`
	// State and Reason are the lease as the redeemer has it; Closed
	// leases stay listed for an hour so that a node that was away stops
	// their jobs.
	State  lease.State  `json:"state"`
	Reason lease.Reason `json:"reason"`
	// Stop is a stop the node is to carry out (the holder's, at the
	// gateway or on-chain), or nil.
	Stop *StopOrder `json:"stop,omitempty"`
	// Logs is how many bytes of each log the redeemer holds: the node
	// pushes from there.
	Logs map[Stream]int64 `json:"logs"`
}

// StopOrder is a stop for the node to carry out.
type StopOrder struct {
	Actor  lease.Actor  `json:"actor"`
	Reason lease.Reason `json:"reason"`
	Detail string       `json:"detail,omitempty"`
}

// PushChunk bounds the bytes of one log push.
const PushChunk = 256 << 10

// Follow polls op every `every` (default 2s) until ctx ends: it takes
// each lease handed to the node (Assign), carries out the stops, and
// pushes what the redeemer lacks of each lease's logs. A failing poll or
// push is said once and retried at the next poll; it says once when it
// works again. A lease the agent refuses (no capacity, other terms under
// its id) is said once per distinct refusal.
func (a *Agent) Follow(ctx context.Context, op Operator, every time.Duration) error {
	if every <= 0 {
		every = 2 * time.Second
	}
	f := &follower{a: a, op: op, refused: map[string]string{}}
	// Wall time: the poll is network traffic, not the leases' schedule
	// (which a.clk drives, a fake one in tests).
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		err := f.poll(ctx)
		switch {
		case ctx.Err() != nil:
			return ctx.Err()
		case err != nil && !f.failing:
			a.log.Error("the redeemer is not answering; retrying", "every", every, "err", err)
			f.failing = true
		case err == nil && f.failing:
			a.log.Info("the redeemer answers again")
			f.failing = false
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

type follower struct {
	a       *Agent
	op      Operator
	failing bool
	refused map[string]string // lease -> the refusal already said
}

func (f *follower) poll(ctx context.Context) error {
	raw, err := f.op.Assignments(ctx)
	if err != nil {
		return err
	}
	var as Assignments
	if err := json.Unmarshal(raw, &as); err != nil {
		return fmt.Errorf("agent: the redeemer's assignments: %w", err)
	}
	if as.Node != f.a.addr {
		return fmt.Errorf("agent: the redeemer answered for node %s, this is %s", as.Node, f.a.addr)
	}
	for _, c := range as.Challenges {
		f.answer(ctx, c) // first: an answer is judged on time
	}
	for _, l := range as.Leases {
		f.take(l)
	}
	for _, l := range as.Leases {
		for _, s := range []Stream{Stdout, Stderr} {
			if err := f.push(ctx, l.Terms.ID, s, l.Logs[s]); err != nil {
				return err
			}
		}
	}
	return nil
}

// answer answers one challenge with the node's evidence, signed by the
// node key; a challenge of another node is ignored. A failure is said once
// per kind (the reporter counts no answer).
func (f *follower) answer(ctx context.Context, c challenge.Challenge) {
	if c.Node != f.a.addr {
		return
	}
	ev, err := f.a.Evidence(ctx, c)
	if err == nil {
		a := challenge.Answer{Challenge: c, AnsweredAt: f.a.clk.Now().UnixMilli(), Evidence: ev}
		if err = a.Sign(f.a.key); err == nil {
			var b []byte
			if b, err = json.Marshal(a); err == nil {
				err = f.op.Answer(ctx, b)
			}
		}
	}
	if err != nil {
		f.refuse("challenges", "answering a challenge failed", err) // one entry: nonces never repeat
	}
}

// take applies one assignment: a new open lease is assigned; a stop or a
// closure is carried out.
func (f *follower) take(l Assignment) {
	a, id := f.a, l.Terms.ID
	st, err := a.Lease(id)
	has := err == nil
	if !has && l.State.Open() {
		if _, err := a.Assign(l.Terms, l.Spec); err != nil {
			f.refuse(id, "the agent refuses a lease the redeemer handed it", err)
			return
		}
		has = true
		st, _ = a.Lease(id)
	}
	if !has || !st.Lease.State.Open() {
		delete(f.refused, id)
		return
	}
	switch {
	case l.Stop != nil:
		err = a.Stop(id, l.Stop.Actor, l.Stop.Reason, l.Stop.Detail)
	case !l.State.Open():
		err = a.Stop(id, lease.Redeemer, l.Reason, "closed by the redeemer")
	default:
		delete(f.refused, id)
		return
	}
	if err != nil && lease.CodeOf(err) != lease.CodeClosed {
		f.refuse(id, "stopping a lease as the redeemer asks", err)
		return
	}
	delete(f.refused, id)
}

func (f *follower) refuse(id, what string, err error) {
	kind := err.Error()
	switch {
	case errors.Is(err, ErrNoCapacity):
		kind = "no_capacity" // its text counts free GPUs, which move
	case errors.Is(err, ErrLeaseConflict):
		kind = "lease_conflict"
	}
	if f.refused[id] == what+kind {
		return
	}
	f.refused[id] = what + kind
	f.a.log.Warn(what, "lease", id, "err", err)
}

// push sends the redeemer what it lacks of one log, from have.
func (f *follower) push(ctx context.Context, id string, s Stream, have int64) error {
	for {
		c, err := f.a.Logs(id, s, have, PushChunk)
		if errors.Is(err, ErrUnknownLease) {
			return nil // not this node's (yet)
		}
		if err != nil {
			return err
		}
		if len(c.Data) == 0 {
			return nil
		}
		size, err := f.op.PushLog(ctx, id, string(s), have, c.Data)
		if err != nil {
			return fmt.Errorf("agent: pushing the %s of lease %s: %w", s, id, err)
		}
		if size <= have {
			return nil // the redeemer took nothing: again at the next poll
		}
		have = size
	}
}
