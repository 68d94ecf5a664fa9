package service

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
	"github.com/hourglass-exchange/hourglass/redeemer/agent"
	"github.com/hourglass-exchange/hourglass/redeemer/lease"
)

// liveness is Agents with a Liveness: nodes in seen were heard at their
// time, others are unknown.
type liveness struct {
	StaticAgents
	seen map[common.Address]time.Time
}

func (l liveness) LastSeen(n common.Address) (time.Time, bool) {
	t, ok := l.seen[n]
	return t, ok
}

// TestVerdictCases: which leases the redeemer closes, and which it leaves
// alone, an hour into their window (start + 1h, NeverStartedAfter and
// NodeLostAfter their defaults), judged twice: the second round decides
// nothing more.
func TestVerdictCases(t *testing.T) {
	node := common.HexToAddress("0x0de")
	silent := common.HexToAddress("0x51e")
	unknown := common.HexToAddress("0x404")
	spec := &JobSpec{Command: []string{"true"}}
	start := record(t, "x").Lease.Start()
	now := start.Add(time.Hour)
	moved := func(r Record, evs ...lease.Event) Record {
		for _, ev := range evs {
			if _, err := r.Lease.Apply(ev); err != nil {
				t.Fatal(err)
			}
		}
		return r
	}
	prov := lease.Event{Kind: lease.Provision, Actor: lease.Provider, At: start.Add(-time.Minute)}
	run := lease.Event{Kind: lease.Run, Actor: lease.Provider, At: start}
	back := lease.Event{Kind: lease.Provision, Actor: lease.Provider, At: start.Add(time.Minute)}
	cases := []struct {
		id   string
		mk   func(r Record) Record
		want lease.Reason // NoReason: left alone
	}{
		{"no-spec", func(r Record) Record { return r }, lease.SpecMissing},
		{"no-spec-unconfirmed", func(r Record) Record { r.Confirmed = false; return r }, lease.NoReason},
		{"spec-not-dispatched", func(r Record) Record { r.Spec = spec; return r }, lease.ProviderNeverStarted},
		{"provisioning", func(r Record) Record { r.Spec, r.Node = spec, node; return moved(r, prov) }, lease.ProviderNeverStarted},
		{"running", func(r Record) Record { r.Spec, r.Node = spec, node; return moved(r, prov, run) }, lease.NoReason},
		{"restarting", func(r Record) Record { r.Spec, r.Node = spec, node; return moved(r, prov, run, back) }, lease.NoReason},
		{"running-silent", func(r Record) Record { r.Spec, r.Node = spec, silent; return moved(r, prov, run) }, lease.NodeLost},
		{"provisioning-silent", func(r Record) Record { r.Spec, r.Node = spec, silent; return moved(r, prov) }, lease.NodeLost},
		{"running-unknown-node", func(r Record) Record { r.Spec, r.Node = spec, unknown; return moved(r, prov, run) }, lease.NoReason},
		{"closed", func(r Record) Record {
			r.Spec, r.Node = spec, node
			return moved(r, prov, run, lease.Event{Kind: lease.Close, Actor: lease.Provider, Reason: lease.JobExited, At: start.Add(time.Minute)})
		}, lease.NoReason},
		{"closed-on-chain", func(r Record) Record {
			r.Chain = []ChainChange{{State: lease.Closed, Reason: lease.ProviderNeverStarted}}
			return r
		}, lease.NoReason},
	}
	store := NewMemStore()
	for _, c := range cases {
		r := record(t, c.id)
		r.Confirmed = true
		if err := store.Apply(Change{Put: []Record{c.mk(r)}}); err != nil {
			t.Fatal(err)
		}
	}
	agents := liveness{StaticAgents: StaticAgents{}, seen: map[common.Address]time.Time{
		node: now.Add(-time.Minute), silent: now.Add(-DefaultNodeLostAfter - time.Second)}}
	s, err := New(Config{Store: store, Agents: agents, Chain: noChain{}, Node: noNode{},
		Domain: Domain{ChainID: big.NewInt(1), Vault: common.HexToAddress("0xaa")}, Clock: clock.NewFake(now)})
	if err != nil {
		t.Fatal(err)
	}
	before := map[string]int{}
	for _, c := range cases {
		r, _ := s.Lease(c.id)
		before[c.id] = len(r.Lease.History)
	}
	for round := 0; round < 2; round++ {
		s.judge()
		recs, _, _ := store.Load()
		stored := map[string]Record{}
		for _, r := range recs {
			stored[r.Lease.ID] = r
		}
		for _, c := range cases {
			r, _ := s.Lease(c.id)
			grew := len(r.Lease.History) - before[c.id]
			switch {
			case c.want == lease.NoReason && grew != 0:
				t.Errorf("round %d: %s was moved: %v", round, c.id, r.Lease.History)
			case c.want != lease.NoReason && (grew != 1 || r.Lease.Reason != c.want || r.Lease.History[len(r.Lease.History)-1].Actor != lease.Redeemer):
				t.Errorf("round %d: %s: %v, want one closure %s by the redeemer", round, c.id, r.Lease.History, c.want)
			}
			if len(stored[c.id].Lease.History) != len(r.Lease.History) {
				t.Errorf("round %d: %s: stored %v, in memory %v", round, c.id, stored[c.id].Lease.History, r.Lease.History)
			}
		}
	}
	// Without Liveness: no node_lost.
	r := record(t, "alone")
	r.Confirmed, r.Spec, r.Node = true, spec, silent
	r = moved(r, prov, run)
	store2 := NewMemStore()
	_ = store2.Apply(Change{Put: []Record{r}})
	s2, _ := New(Config{Store: store2, Agents: StaticAgents{}, Chain: noChain{}, Node: noNode{},
		Domain: Domain{ChainID: big.NewInt(1), Vault: common.HexToAddress("0xaa")}, Clock: clock.NewFake(now.Add(24 * time.Hour))})
	s2.judge()
	if got, _ := s2.Lease("alone"); got.Lease.State != lease.Running {
		t.Fatalf("without Liveness: %v", got.Lease.History)
	}
}

// stopRecorder is an agent that records its stops.
type stopRecorder struct {
	refusing
	mu    sync.Mutex
	stops []string
}

func (a *stopRecorder) Stop(id string, actor lease.Actor, reason lease.Reason, _ string) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.stops = append(a.stops, id+" "+actor.String()+" "+reason.String())
	return nil
}

func (a *stopRecorder) got() []string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]string(nil), a.stops...)
}

// TestLateReportAfterVerdict: the redeemer closed a provisioning lease
// provider_never_started while its agent went on (it missed the stop) and
// reports the job running: the report and those after it are accepted
// and ignored, said once, and the agent is told again to stop, once.
func TestLateReportAfterVerdict(t *testing.T) {
	key, _ := crypto.GenerateKey()
	node := crypto.PubkeyToAddress(key.PublicKey)
	r := record(t, "1")
	start := r.Lease.Start()
	r.Confirmed, r.Spec, r.Node = true, &JobSpec{Command: []string{"true"}}, node
	if _, err := r.Lease.Apply(lease.Event{Kind: lease.Provision, Actor: lease.Provider, At: start.Add(-time.Minute)}); err != nil {
		t.Fatal(err)
	}
	store := NewMemStore()
	_ = store.Apply(Change{Put: []Record{r}})
	a := &stopRecorder{}
	var buf testsvc.SyncBuffer
	s, err := New(Config{Store: store, Agents: StaticAgents{r.Lease.Provider: {Agent: a, Node: node}}, Chain: noChain{},
		Node: noNode{}, Domain: Domain{ChainID: big.NewInt(1), Vault: common.HexToAddress("0xaa")},
		Clock: clock.NewFake(start.Add(DefaultNeverStartedAfter)), Log: slog.New(slog.NewTextHandler(&buf, nil))})
	if err != nil {
		t.Fatal(err)
	}
	s.judge()
	if got := a.got(); len(got) != 1 || got[0] != "1 redeemer provider_never_started" {
		t.Fatalf("stops after the verdict: %v", got)
	}
	for seq := 2; seq < 5; seq++ {
		rep := agent.Report{Node: node, LeaseID: "1", Seq: seq,
			Transition: lease.Transition{From: lease.Provisioning, To: lease.Running, Actor: lease.Provider, At: start.Add(11 * time.Minute)}}
		if err := rep.Sign(key); err != nil {
			t.Fatal(err)
		}
		if err := s.Report(context.Background(), rep); err != nil {
			t.Fatalf("late report %d: %v", seq, err)
		}
	}
	testsvc.CheckFor(t, 5*time.Second, 5*time.Millisecond, func() error {
		if got := a.got(); len(got) != 2 || got[1] != "1 redeemer provider_never_started" {
			return fmt.Errorf("stops: %v", got)
		}
		return nil
	})
	if n := strings.Count(buf.String(), "later reports for it are ignored"); n != 1 {
		t.Fatalf("said %d times:\n%s", n, buf.String())
	}
	if got, _ := s.Lease("1"); len(got.Lease.History) != 3 || got.Lease.Reason != lease.ProviderNeverStarted {
		t.Fatalf("late reports changed the lease: %v", got.Lease.History)
	}
}

// TestSpotVerdictClocks: a spot lease's clocks run from its assignment,
// not from the start of the hour its fill settled in: a spec may come
// SpotSpecGrace after the fill, and NeverStartedAfter counts from the
// fill; a reservation's run from its window's start, as before.
func TestSpotVerdictClocks(t *testing.T) {
	sp, err := instrument.NewSpot(instrument.GPUH100SXM, instrument.SXM, instrument.RegionUS, 1, 4)
	if err != nil {
		t.Fatal(err)
	}
	spotID, _ := sp.Encode()
	hour := time.Unix(500000*3600, 0).UTC()
	filled := hour.Add(50 * time.Minute) // late in the lease's first hour
	mk := func(id string, spot bool) Record {
		terms := lease.Terms{ID: id, Holder: common.HexToAddress("0xa11ce"), Provider: common.HexToAddress("0xb0b"),
			GPUs: 1, StartHour: 500000, Hours: 4, SpecHash: common.HexToHash("0x5bec")}
		at := hour.Add(-time.Hour)
		if spot {
			terms.Instrument, terms.SpecHash, at = spotID, common.Hash{}, filled
		}
		l, err := lease.Assign(terms, at)
		if err != nil {
			t.Fatal(err)
		}
		return Record{Lease: l, Origin: LogRef{Block: common.HexToHash("0xb1"), Index: 3}, Relayed: 1, Confirmed: true}
	}
	spec := &JobSpec{Command: []string{"true"}}
	cases := []struct {
		id    string
		spot  bool
		spec  bool
		after time.Duration // after the fill
		want  lease.Reason
	}{
		{"spot-no-spec-yet", true, false, SpotSpecGrace - time.Second, lease.NoReason},
		{"spot-no-spec", true, false, SpotSpecGrace, lease.SpecMissing},
		{"spot-not-started-yet", true, true, DefaultNeverStartedAfter - time.Second, lease.NoReason},
		{"spot-never-started", true, true, DefaultNeverStartedAfter, lease.ProviderNeverStarted},
		{"reservation-no-spec", false, false, time.Second, lease.SpecMissing},
		{"reservation-never-started", false, true, time.Second, lease.ProviderNeverStarted},
	}
	for _, c := range cases {
		r := mk(c.id, c.spot)
		if c.spec {
			r.Spec = spec
		}
		now := filled.Add(c.after)
		s, err := New(Config{Store: NewMemStore(), Agents: StaticAgents{}, Chain: noChain{}, Node: noNode{},
			Domain: Domain{ChainID: big.NewInt(1), Vault: common.HexToAddress("0xaa")}, Clock: clock.NewFake(now)})
		if err != nil {
			t.Fatal(err)
		}
		s.mu.Lock()
		got, why := s.verdictFor(&r, now, nil)
		s.mu.Unlock()
		if got != c.want {
			t.Errorf("%s at fill + %s: %s (%s), want %s", c.id, c.after, got, why, c.want)
		}
	}
}
