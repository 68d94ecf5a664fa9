package service

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/oracle/challenge"
	"github.com/hourglass-exchange/hourglass/redeemer/agent"
	"github.com/hourglass-exchange/hourglass/redeemer/lease"
)

// nodeRegistry answers the vault's nodeKeyProvider(key) from a map; down
// makes every call fail.
type nodeRegistry struct {
	mu    sync.Mutex
	nodes map[common.Address]common.Address
	down  bool
	calls int
}

func (r *nodeRegistry) CodeAt(context.Context, common.Address, *big.Int) ([]byte, error) {
	return []byte{1}, nil
}

func (r *nodeRegistry) CallContract(_ context.Context, m ethereum.CallMsg, _ *big.Int) ([]byte, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.calls++
	if r.down {
		return nil, errors.New("connection refused")
	}
	if len(m.Data) != 4+32 {
		return nil, errors.New("not nodeKeyProvider")
	}
	return common.LeftPadBytes(r.nodes[common.BytesToAddress(m.Data[4:])].Bytes(), 32), nil
}

// countingChain counts the transitions the service relays.
type countingChain struct {
	mu sync.Mutex
	n  int
}

func (c *countingChain) add() error                                           { c.mu.Lock(); c.n++; c.mu.Unlock(); return nil }
func (c *countingChain) MarkProvisioning(context.Context, Call) error         { return c.add() }
func (c *countingChain) MarkRunning(context.Context, Call) error              { return c.add() }
func (c *countingChain) CloseLease(context.Context, Call, lease.Reason) error { return c.add() }
func (c *countingChain) count() int                                           { c.mu.Lock(); defer c.mu.Unlock(); return c.n }

func code(err error) Code {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}

// TestRemoteAgents: a node key approved on-chain polls for its work and
// gets its provider's lease (dispatched to it at its first poll), pushes
// logs the holder reads, reports its transitions (which the service does
// not relay: the node sends them itself), and carries out the holder's
// stop, kept in the store. Keys that are no node's, other nodes' pushes
// and reports, gaps in a log and a chain that cannot be read are refused
// and change nothing.
func TestRemoteAgents(t *testing.T) {
	ctx := context.Background()
	clk := clock.NewFake(time.Unix(500000*3600-600, 0))
	store := NewMemStore()
	r := record(t, "1")
	r.Confirmed = true
	r.Spec = &JobSpec{Command: []string{"sh", "-c", "echo hi"}}
	open := record(t, "2") // no spec yet: not handed to a node
	open.Confirmed = true
	if err := store.Apply(Change{Put: []Record{r, open}}); err != nil {
		t.Fatal(err)
	}
	key, _ := crypto.GenerateKey()
	node := crypto.PubkeyToAddress(key.PublicKey)
	other, _ := crypto.GenerateKey()
	otherNode := crypto.PubkeyToAddress(other.PublicKey)
	reg := &nodeRegistry{nodes: map[common.Address]common.Address{node: r.Lease.Provider, otherNode: common.HexToAddress("0xca7")}}
	remote := NewRemote(RemoteConfig{Vault: common.HexToAddress("0xaa"), Node: reg, Clock: clk})
	chain := &countingChain{}
	s, err := New(Config{Store: store, Agents: remote, Chain: chain, Domain: Domain{ChainID: big.NewInt(1), Vault: common.HexToAddress("0xaa")},
		Node: noNode{}, Clock: clk})
	if err != nil {
		t.Fatal(err)
	}
	stranger := common.HexToAddress("0x5")
	if _, err := s.NodeWork(ctx, stranger); code(err) != CodeUnknownNode {
		t.Fatalf("a key that is no node's: %v", err)
	}
	reg.mu.Lock()
	reg.down = true
	reg.mu.Unlock()
	if _, err := s.NodeWork(ctx, node); code(err) != CodeUnavailable {
		t.Fatalf("the chain down: %v", err)
	}
	if _, ok := remote.LastSeen(node); ok {
		t.Fatal("a refused poll counts as seen")
	}
	reg.mu.Lock()
	reg.down = false
	reg.mu.Unlock()

	w, err := s.NodeWork(ctx, node)
	if err != nil {
		t.Fatal(err)
	}
	if w.Node != node || w.Provider != r.Lease.Provider || len(w.Leases) != 1 {
		t.Fatalf("work %+v", w)
	}
	a := w.Leases[0]
	if a.Terms != r.Lease.Terms || a.State != lease.Assigned || a.Stop != nil || a.Logs[agent.Stdout] != 0 ||
		strings.Join(a.Spec.Command, " ") != "sh -c echo hi" {
		t.Fatalf("assignment %+v", a)
	}
	if at, ok := remote.LastSeen(node); !ok || !at.Equal(clk.Now()) {
		t.Fatalf("last seen %v %v", at, ok)
	}
	if rec, _ := s.Lease("1"); rec.Node != node || !rec.AgentSends {
		t.Fatalf("record after the first poll: node %s, agentSends %v", rec.Node, rec.AgentSends)
	}
	calls := reg.calls
	for i := 0; i < 3; i++ {
		if _, err := s.NodeWork(ctx, node); err != nil {
			t.Fatal(err)
		}
	}
	if reg.calls != calls {
		t.Fatalf("the node's provider was read on-chain again within a minute (%d calls)", reg.calls-calls)
	}
	// The other node's work is empty; its pushes and reports are refused.
	if w, err := s.NodeWork(ctx, otherNode); err != nil || len(w.Leases) != 0 {
		t.Fatalf("other node: %+v %v", w, err)
	}
	if _, err := s.NodeLog(otherNode, "1", agent.Stdout, 0, []byte("x")); code(err) != CodeNotNode {
		t.Fatalf("another node's push: %v", err)
	}

	// Logs.
	holder := r.Lease.Holder
	push := func(off int64, data string) (int64, error) {
		return s.NodeLog(node, "1", agent.Stdout, off, []byte(data))
	}
	if n, err := push(0, "hello\n"); n != 6 || err != nil {
		t.Fatalf("push: %d %v", n, err)
	}
	if n, err := push(3, "lo\nworld\n"); n != 12 || err != nil {
		t.Fatalf("overlapping push: %d %v", n, err)
	}
	if n, err := push(40, "gap"); code(err) != CodeLogOffset || n != 12 {
		t.Fatalf("a gap: %d %v", n, err)
	}
	if _, err := s.NodeLog(node, "1", "stdin", 0, nil); code(err) != CodeBadRequest {
		t.Fatalf("a bad stream: %v", err)
	}
	if _, err := s.NodeLog(node, "9", agent.Stdout, 0, nil); code(err) != CodeUnknownLease {
		t.Fatalf("an unknown lease: %v", err)
	}
	c, err := s.Logs(holder, "1", agent.Stdout, 0, 100)
	if err != nil || string(c.Data) != "hello\nworld\n" || c.Next != 12 || c.Size != 12 {
		t.Fatalf("the holder reads %+v %v", c, err)
	}
	if w, _ := s.NodeWork(ctx, node); w.Leases[0].Logs[agent.Stdout] != 12 {
		t.Fatalf("sizes %+v", w.Leases[0].Logs)
	}
	// Past MaxRemoteLog the oldest bytes go; offsets stay the log's.
	big := bytes.Repeat([]byte("x"), agent.PushChunk)
	size := int64(12)
	for size < MaxRemoteLog+100 {
		n, err := s.NodeLog(node, "1", agent.Stdout, size, big)
		if err != nil {
			t.Fatal(err)
		}
		size = n
	}
	c, err = s.Logs(holder, "1", agent.Stdout, 0, 10)
	if err != nil || c.Size != size || c.Next != size-MaxRemoteLog+10 || string(c.Data) != "xxxxxxxxxx" {
		t.Fatalf("after the cap: next %d size %d (pushed %d) %q %v", c.Next, c.Size, size, c.Data, err)
	}

	// A report: the service records it and relays nothing.
	rep := agent.Report{Node: node, LeaseID: "1", Seq: 1, Transition: lease.Transition{From: lease.Assigned, To: lease.Provisioning,
		Actor: lease.Provider, At: clk.Now()}, GPUs: []string{"GPU-0"}}
	if err := rep.Sign(other); err != nil {
		t.Fatal(err)
	}
	if err := s.NodeReport(ctx, otherNode, rep); code(err) != CodeNotNode {
		t.Fatalf("a report of another node: %v", err)
	}
	if err := rep.Sign(key); err != nil {
		t.Fatal(err)
	}
	if err := s.NodeReport(ctx, otherNode, rep); code(err) != CodeNotNode {
		t.Fatalf("a report sent by another node: %v", err)
	}
	if err := s.NodeReport(ctx, node, rep); err != nil {
		t.Fatal(err)
	}
	s.relay(ctx)
	if rec, _ := s.Lease("1"); rec.Lease.State != lease.Provisioning || rec.Relayed != 2 || chain.count() != 0 {
		t.Fatalf("after the report: %s, relayed %d, %d sent", rec.Lease.State, rec.Relayed, chain.count())
	}

	// The holder's stop reaches the node through its poll, and is kept.
	if err := s.Stop(common.HexToAddress("0xbad"), "1"); code(err) != CodeNotHolder {
		t.Fatalf("a stranger's stop: %v", err)
	}
	if err := s.Stop(holder, "1"); err != nil {
		t.Fatal(err)
	}
	w, _ = s.NodeWork(ctx, node)
	if st := w.Leases[0].Stop; st == nil || st.Actor != lease.Holder || st.Reason != lease.HolderStopped {
		t.Fatalf("stop %+v", st)
	}
	recs, _, _ := store.Load()
	for _, rec := range recs {
		if rec.Lease.ID == "1" && (rec.Stop == nil || rec.Stop.Reason != lease.HolderStopped) {
			t.Fatalf("the stop is not stored: %+v", rec.Stop)
		}
	}

	// Closed, the lease stays listed for an hour, then goes with its logs.
	closeRep := agent.Report{Node: node, LeaseID: "1", Seq: 2, Transition: lease.Transition{From: lease.Provisioning, To: lease.Closed,
		Actor: lease.Holder, Reason: lease.HolderStopped, At: clk.Now()}, GPUs: []string{"GPU-0"}}
	if err := closeRep.Sign(key); err != nil {
		t.Fatal(err)
	}
	if err := s.NodeReport(ctx, node, closeRep); err != nil {
		t.Fatal(err)
	}
	if err := s.Stop(holder, "1"); code(err) != CodeLeaseClosed {
		t.Fatalf("a stop of a closed lease: %v", err)
	}
	clk.Advance(59 * time.Minute)
	if w, _ := s.NodeWork(ctx, node); len(w.Leases) != 1 || w.Leases[0].State != lease.Closed {
		t.Fatalf("work after the close: %+v", w)
	}
	clk.Advance(2 * time.Minute)
	if w, _ := s.NodeWork(ctx, node); len(w.Leases) != 0 {
		t.Fatalf("work an hour after the close: %+v", w)
	}
	if c, _ := s.Logs(holder, "1", agent.Stdout, 0, 10); c.Size != 0 {
		t.Fatalf("the logs of a lease closed over an hour ago are kept: %+v", c)
	}
}

// TestChallengeRelay: a registered reporter's challenge reaches its node
// in the node's poll; the node's signed answer is kept for the reporter,
// once; answers of other nodes, forged or to no waiting challenge (expired,
// answered, never posted) are refused, as are challenges of accounts that
// are no reporter, and of nodes that are none.
func TestChallengeRelay(t *testing.T) {
	ctx := context.Background()
	clk := clock.NewFake(time.Unix(1_797_000_000, 0))
	key, _ := crypto.GenerateKey()
	node := crypto.PubkeyToAddress(key.PublicKey)
	other, _ := crypto.GenerateKey()
	rep, rep2 := common.HexToAddress("0x7e"), common.HexToAddress("0x7f")
	reg := &nodeRegistry{nodes: map[common.Address]common.Address{node: common.HexToAddress("0xb0b")}}
	remote := NewRemote(RemoteConfig{Vault: common.HexToAddress("0xaa"), Node: reg, Clock: clk})
	s, err := New(Config{Store: NewMemStore(), Agents: remote, Chain: &countingChain{},
		Domain: Domain{ChainID: big.NewInt(1), Vault: common.HexToAddress("0xaa")}, Node: noNode{}, Clock: clk,
		Reporters: func(a common.Address) bool { return a == rep || a == rep2 }})
	if err != nil {
		t.Fatal(err)
	}
	nonce, _ := challenge.NewNonce()
	c := challenge.Challenge{Reporter: rep, Node: node, Nonce: nonce, IssuedAt: clk.Now().UnixMilli()}
	for name, tc := range map[string]struct {
		caller common.Address
		c      challenge.Challenge
		want   Code
	}{
		"no reporter":        {common.HexToAddress("0x5"), c, CodeNotReporter},
		"another reporter's": {rep2, c, CodeBadRequest},
		"no nonce":           {rep, challenge.Challenge{Reporter: rep, Node: node}, CodeBadRequest},
		"no node":            {rep, challenge.Challenge{Reporter: rep, Node: common.HexToAddress("0x9"), Nonce: nonce}, CodeUnknownNode},
	} {
		if err := s.PostChallenge(ctx, tc.caller, tc.c); code(err) != tc.want {
			t.Errorf("%s: %v, want %s", name, err, tc.want)
		}
	}
	if err := s.PostChallenge(ctx, rep, c); err != nil {
		t.Fatal(err)
	}
	if err := s.PostChallenge(ctx, rep, c); err != nil {
		t.Fatalf("the same challenge again: %v", err)
	}
	w, err := s.NodeWork(ctx, node)
	if err != nil || len(w.Challenges) != 1 || w.Challenges[0] != c {
		t.Fatalf("the node's work: %+v %v", w, err)
	}
	answer := func(k *ecdsa.PrivateKey, ch challenge.Challenge) challenge.Answer {
		a := challenge.Answer{Challenge: ch, AnsweredAt: clk.Now().UnixMilli(), Evidence: []byte(`{"gpus":[]}`)}
		a.Challenge.Node = crypto.PubkeyToAddress(k.PublicKey)
		if err := a.Sign(k); err != nil {
			t.Fatal(err)
		}
		a.Challenge.Node = ch.Node
		return a
	}
	if err := s.NodeAnswer(node, answer(other, c)); code(err) != CodeBadAnswer {
		t.Fatalf("a forged answer: %v", err)
	}
	if err := s.NodeAnswer(common.HexToAddress("0x9"), answer(key, c)); code(err) != CodeNotNode {
		t.Fatalf("an answer sent by another node: %v", err)
	}
	never := c
	never.Nonce[0] ^= 1
	if err := s.NodeAnswer(node, answer(key, never)); code(err) != CodeUnknownChallenge {
		t.Fatalf("an answer to a challenge never posted: %v", err)
	}
	if err := s.NodeAnswer(node, answer(key, c)); err != nil {
		t.Fatal(err)
	}
	if err := s.NodeAnswer(node, answer(key, c)); code(err) != CodeUnknownChallenge {
		t.Fatalf("the same answer twice: %v", err)
	}
	if w, _ := s.NodeWork(ctx, node); len(w.Challenges) != 0 {
		t.Fatalf("an answered challenge is still waiting: %+v", w.Challenges)
	}
	got, err := s.Answers(rep, 0, 10)
	if err != nil || len(got) != 1 || got[0].Seq != 1 || got[0].Answer.Challenge != c || got[0].Answer.Verify() != nil {
		t.Fatalf("the reporter's answers: %+v %v", got, err)
	}
	if got, _ := s.Answers(rep, 1, 10); len(got) != 0 {
		t.Fatalf("answers after the last: %+v", got)
	}
	if got, _ := s.Answers(rep2, 0, 10); len(got) != 0 {
		t.Fatalf("another reporter sees %+v", got)
	}
	if _, err := s.Answers(common.HexToAddress("0x5"), 0, 10); code(err) != CodeNotReporter {
		t.Fatalf("answers for no reporter: %v", err)
	}
	// A challenge waits ChallengeTTL, then an answer counts as none.
	late, _ := challenge.NewNonce()
	lc := challenge.Challenge{Reporter: rep, Node: node, Nonce: late, IssuedAt: clk.Now().UnixMilli()}
	if err := s.PostChallenge(ctx, rep, lc); err != nil {
		t.Fatal(err)
	}
	clk.Advance(ChallengeTTL)
	if w, _ := s.NodeWork(ctx, node); len(w.Challenges) != 0 {
		t.Fatalf("an expired challenge is still waiting: %+v", w.Challenges)
	}
	if err := s.NodeAnswer(node, answer(key, lc)); code(err) != CodeUnknownChallenge {
		t.Fatalf("a late answer: %v", err)
	}
	// At most MaxPendingChallenges wait for one node.
	for i := 0; i < MaxPendingChallenges; i++ {
		n, _ := challenge.NewNonce()
		if err := s.PostChallenge(ctx, rep, challenge.Challenge{Reporter: rep, Node: node, Nonce: n}); err != nil {
			t.Fatal(err)
		}
	}
	n, _ := challenge.NewNonce()
	if err := s.PostChallenge(ctx, rep, challenge.Challenge{Reporter: rep, Node: node, Nonce: n}); code(err) != CodeTooManyChallenges {
		t.Fatalf("one challenge too many: %v", err)
	}
}
