package service

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hourglass-exchange/hourglass/redeemer/agent"
	"github.com/hourglass-exchange/hourglass/redeemer/lease"
)

type noNode struct{}

func (noNode) HeaderByNumber(context.Context, *big.Int) (*types.Header, error) {
	return nil, errors.New("no node")
}
func (noNode) HeaderByHash(context.Context, common.Hash) (*types.Header, error) {
	return nil, errors.New("no node")
}
func (noNode) FilterLogs(context.Context, ethereum.FilterQuery) ([]types.Log, error) {
	return nil, errors.New("no node")
}

type noChain struct{}

func (noChain) MarkProvisioning(context.Context, Call) error         { return nil }
func (noChain) MarkRunning(context.Context, Call) error              { return nil }
func (noChain) CloseLease(context.Context, Call, lease.Reason) error { return nil }

// refusing is an agent that refuses leases while err is set.
type refusing struct {
	err     error
	assigns int
}

func (a *refusing) Assign(t lease.Terms, _ agent.Spec) (agent.Status, error) {
	a.assigns++
	return agent.Status{}, a.err
}
func (a *refusing) Stop(string, lease.Actor, lease.Reason, string) error { return nil }
func (a *refusing) Logs(string, agent.Stream, int64, int) (agent.LogChunk, error) {
	return agent.LogChunk{}, nil
}

// TestDispatchRefusalSaidOnce: an agent that keeps refusing a lease is
// retried at every chance but logged once; once it takes the lease, the
// lease records its node and is not handed over again.
func TestDispatchRefusalSaidOnce(t *testing.T) {
	store := NewMemStore()
	r := record(t, "1")
	r.Confirmed = true
	r.Spec = &JobSpec{Command: []string{"true"}}
	if err := store.Apply(Change{Put: []Record{r}}); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	a := &refusing{err: errors.New("agent: no_capacity")}
	node := common.HexToAddress("0x0de")
	s, err := New(Config{Store: store, Agents: StaticAgents{r.Lease.Provider: {Agent: a, Node: node}}, Chain: noChain{},
		Domain: Domain{ChainID: big.NewInt(1), Vault: common.HexToAddress("0xaa")}, Node: noNode{},
		Log: slog.New(slog.NewTextHandler(&buf, nil))})
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 5; i++ {
		s.dispatch()
	}
	if a.assigns != 5 || strings.Count(buf.String(), "refused") != 1 {
		t.Fatalf("%d assigns, log:\n%s", a.assigns, buf.String())
	}
	if got, _ := s.Lease("1"); got.Node != (common.Address{}) {
		t.Fatalf("a refused lease has node %s", got.Node)
	}
	a.err = nil
	s.dispatch()
	s.dispatch()
	if a.assigns != 6 {
		t.Fatalf("%d assigns after the agent took it, want 6", a.assigns)
	}
	if got, _ := s.Lease("1"); got.Node != node {
		t.Fatalf("node %s, want %s", got.Node, node)
	}
	if recs, _, _ := store.Load(); recs[0].Node != node {
		t.Fatalf("stored node %s, want %s", recs[0].Node, node)
	}
}
