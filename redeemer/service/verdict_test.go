package service_test

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/dgxh100"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
	"github.com/hourglass-exchange/hourglass/redeemer/agent"
	"github.com/hourglass-exchange/hourglass/redeemer/executor/process"
	"github.com/hourglass-exchange/hourglass/redeemer/lease"
	"github.com/hourglass-exchange/hourglass/redeemer/service"
)

// on runs the service on clk and logs into buf (nil: no log).
func on(clk clock.Clock, buf *testsvc.SyncBuffer) func(*service.Config) {
	return func(c *service.Config) {
		c.Clock = clk
		if buf != nil {
			c.Log = slog.New(slog.NewTextHandler(buf, nil))
		}
	}
}

// judgeAt moves clk to at and runs one round of verdicts.
func (w *world) judgeAt(clk *clock.Fake, at time.Time) {
	clk.Set(at)
	service.Judge(w.service())
}

// wantOpen fails unless lease id is still open in state st, in the
// service and on-chain.
func (w *world) wantOpen(id string, st lease.State) {
	w.t.Helper()
	r, err := w.service().Lease(id)
	if err != nil || r.Lease.State != st {
		w.t.Fatalf("lease %s: %+v, %v; want %s", id, r.Lease, err, st)
	}
	if l := w.chainLease(1); lease.State(l.State) != st {
		w.t.Fatalf("lease 1 on-chain is %s, want %s", lease.State(l.State), st)
	}
}

// wantVerdict waits until lease id is closed with reason on-chain, sent
// by the redeemer's REDEEMER_ROLE account, and the service has seen it;
// it returns the record.
func (w *world) wantVerdict(id string, reason lease.Reason) service.Record {
	w.t.Helper()
	w.waitChain(1, lease.Closed, reason)
	r := w.waitRecord(id, "closed and relayed", func(r service.Record) bool {
		st, _ := r.ChainState()
		return r.Relayed == len(r.Lease.History) && st == lease.Closed
	})
	last := r.Lease.History[len(r.Lease.History)-1]
	if r.Lease.State != lease.Closed || r.Lease.Reason != reason || last.Actor != lease.Redeemer || r.RelayError != "" {
		w.t.Fatalf("lease %s in the service: %+v (relay error %q)", id, r.Lease, r.RelayError)
	}
	if c := r.Chain[len(r.Chain)-1]; c.By != w.addr(redeemerAcct) || c.Reason != reason {
		w.t.Fatalf("closed on-chain by %s (%s), want the redeemer %s (%s)", c.By, c.Reason, w.addr(redeemerAcct), reason)
	}
	return r
}

// runAgent runs an agent on dir with the node key, the process executor
// and clk until the returned stop (also called when the test ends).
func (w *world) runAgent(dir string, clk *clock.Fake) (*agent.Agent, *process.Executor, func()) {
	w.t.Helper()
	if err := crypto.SaveECDSA(filepath.Join(dir, agent.KeyFile), w.key(nodeAcct)); err != nil {
		w.t.Fatal(err)
	}
	pe, err := process.New(process.Config{StateDir: filepath.Join(dir, "executor"), Clock: clk, PollEvery: 10 * time.Millisecond})
	if err != nil {
		w.t.Fatal(err)
	}
	a, err := agent.New(agent.Config{Dir: dir, NVML: dgxh100.New(), Executor: pe, Reporter: reporter{w}, Clock: clk,
		Grace: 2 * time.Second, ProvisionAhead: 5 * time.Minute, RetryEvery: 50 * time.Millisecond})
	if err != nil {
		w.t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	var once sync.Once
	stop := func() {
		once.Do(func() {
			cancel()
			<-done
			c, c2 := context.WithTimeout(context.Background(), 10*time.Second)
			defer c2()
			for _, s := range a.Leases() {
				if s.Handle != nil {
					_ = pe.Stop(c, *s.Handle, 0)
				}
			}
		})
	}
	w.t.Cleanup(stop)
	return a, pe, stop
}

// swapAgents is the provider's one agent, replaced when it restarts.
type swapAgents struct {
	mu       sync.Mutex
	provider common.Address
	a        *agent.Agent
}

func (s *swapAgents) set(a *agent.Agent) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.a = a
}

func (s *swapAgents) Agent(p common.Address) (service.Agent, common.Address, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if p != s.provider || s.a == nil {
		return nil, common.Address{}, false
	}
	return s.a, s.a.Address(), true
}

// liveAgents are agents that say when each node was last heard from.
type liveAgents struct {
	service.StaticAgents
	mu   sync.Mutex
	seen map[common.Address]time.Time
}

var _ service.Liveness = (*liveAgents)(nil)

func (l *liveAgents) heard(n common.Address, at time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.seen[n] = at
}

func (l *liveAgents) LastSeen(n common.Address) (time.Time, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	t, ok := l.seen[n]
	return t, ok
}

// TestVerdictSpecMissing: a confirmed lease without a spec is closed
// spec_missing at its window's start, not a second before. Without a
// REDEEMER_ROLE account the closure is recorded and its relay failure
// said once; restarted with the account, the service relays the stored
// closure (closeLease from REDEEMER_ROLE) and decides nothing again; a
// later report for the closed lease is ignored, said once.
func TestVerdictSpecMissing(t *testing.T) {
	w := newWorld(t)
	w.provide(w.addr(nodeAcct))
	clk := clock.NewFake(w.start.Add(-time.Hour))
	var buf testsvc.SyncBuffer
	stop := w.startService(service.StaticAgents{}, on(clk, &buf), func(c *service.Config) { c.Redeemer = common.Address{} })
	w.redeem(w.spec("echo never"))
	const id = "1"
	w.waitRecord(id, "confirmed", func(r service.Record) bool { return r.Confirmed })

	w.judgeAt(clk, w.start.Add(-time.Second))
	w.wantOpen(id, lease.Assigned)

	w.setChainTime(w.start)
	w.judgeAt(clk, w.start)
	r := w.waitRecord(id, "closed, its relay failing", func(r service.Record) bool { return r.RelayError != "" })
	if r.Lease.State != lease.Closed || r.Lease.Reason != lease.SpecMissing || r.Relayed != 1 ||
		!strings.Contains(r.RelayError, "no REDEEMER_ROLE account") {
		t.Fatalf("lease without a redeemer account: %+v, relayed %d, relay error %q", r.Lease, r.Relayed, r.RelayError)
	}
	for i := 1; i <= 5; i++ { // polls: the relay is retried, the verdict not repeated
		w.judgeAt(clk, w.start.Add(time.Duration(i)*time.Second))
	}
	testsvc.CheckFor(t, 5*time.Second, 10*time.Millisecond, func() error {
		if n := strings.Count(buf.String(), "relaying a lease transition failed"); n != 1 {
			return fmt.Errorf("relay failure said %d times:\n%s", n, buf.String())
		}
		return nil
	})
	if n := strings.Count(buf.String(), "lease closed by the redeemer"); n != 1 {
		t.Fatalf("verdict said %d times", n)
	}
	if l := w.chainLease(1); lease.State(l.State) != lease.Assigned {
		t.Fatalf("lease 1 on-chain is %s without a redeemer account", lease.State(l.State))
	}
	stop()

	// With the account: the stored closure is relayed, nothing decided again.
	var buf2 testsvc.SyncBuffer
	w.startService(service.StaticAgents{}, on(clk, &buf2))
	w.judgeAt(clk, w.start.Add(time.Minute))
	r = w.wantVerdict(id, lease.SpecMissing)
	if len(r.Lease.History) != 2 || strings.Count(buf2.String(), "lease closed by the redeemer") != 0 {
		t.Fatalf("after a restart: history %v, log:\n%s", r.Lease.History, buf2.String())
	}

}

// signedReport is a provisioning report of lease id, number seq, signed
// by the node key.
func signedReport(t *testing.T, w *world, id string, seq int) agent.Report {
	t.Helper()
	rep := agent.Report{Node: w.addr(nodeAcct), LeaseID: id, Seq: seq,
		Transition: lease.Transition{From: lease.Assigned, To: lease.Provisioning, Actor: lease.Provider, At: w.start}}
	if err := rep.Sign(w.key(nodeAcct)); err != nil {
		t.Fatal(err)
	}
	return rep
}

// TestVerdictProviderNeverStarted: the agent provisions a lease ahead of
// its window and goes down. At the window's start plus NeverStartedAfter
// (not a second before) the redeemer closes the lease
// provider_never_started from REDEEMER_ROLE and tells the agent to stop
// it; the agent, back on its directory, closes the lease and never
// starts the job. Its report of the closure, and any later report, are
// accepted and ignored (said once); a restarted service decides nothing
// again.
func TestVerdictProviderNeverStarted(t *testing.T) {
	w := newWorld(t)
	clk := clock.NewFake(w.start.Add(-10 * time.Minute))
	dir := t.TempDir()
	a1, _, stopA1 := w.runAgent(dir, clk)
	w.provide(a1.Address())
	agents := &swapAgents{provider: w.addr(providerAcct), a: a1}
	var buf testsvc.SyncBuffer
	stop := w.startService(agents, on(clk, &buf))
	spec := w.spec("echo started; exec sleep 600")
	w.redeem(spec)
	const id = "1"
	w.waitRecord(id, "confirmed", func(r service.Record) bool { return r.Confirmed })
	sig, _ := service.SignSpec(spec, w.dom, w.key(holderAcct))
	if _, err := w.service().SubmitSpec(context.Background(), id, spec, sig); err != nil {
		t.Fatal(err)
	}
	clk.Set(w.start.Add(-5 * time.Minute))
	w.waitChain(1, lease.Provisioning, lease.NoReason)
	w.waitRecord(id, "provisioning, relayed", func(r service.Record) bool { return r.Relayed == 2 })
	stopA1() // the agent goes down

	w.setChainTime(w.start.Add(service.DefaultNeverStartedAfter))
	w.judgeAt(clk, w.start)
	w.judgeAt(clk, w.start.Add(service.DefaultNeverStartedAfter-time.Second))
	w.wantOpen(id, lease.Provisioning)
	w.judgeAt(clk, w.start.Add(service.DefaultNeverStartedAfter))
	r := w.wantVerdict(id, lease.ProviderNeverStarted)
	if n := len(r.Lease.History); n != 3 {
		t.Fatalf("history %v", r.Lease.History)
	}

	// The agent back on its directory: it closes the lease as the
	// redeemer said, and never starts the job.
	a2, _, _ := w.runAgent(dir, clk)
	agents.set(a2)
	testsvc.CheckFor(t, 20*time.Second, 10*time.Millisecond, func() error {
		st, err := a2.Lease(id)
		if err != nil {
			return err
		}
		if st.Lease.State != lease.Closed || st.Reported != len(st.Lease.History) {
			return fmt.Errorf("lease on the agent: %+v, reported %d", st.Lease, st.Reported)
		}
		return nil
	})
	st, _ := a2.Lease(id)
	last := st.Lease.History[len(st.Lease.History)-1]
	if st.Lease.Reason != lease.ProviderNeverStarted || last.Actor != lease.Redeemer || st.Handle != nil {
		t.Fatalf("lease on the agent: %+v, handle %v", st.Lease, st.Handle)
	}
	for _, tr := range st.Lease.History {
		if tr.To == lease.Running {
			t.Fatalf("the job started after the verdict: %v", st.Lease.History)
		}
	}

	// Later reports for the closed lease: accepted and ignored, said once.
	for seq := 3; seq < 6; seq++ {
		if err := w.service().Report(context.Background(), signedReport(t, w, id, seq)); err != nil {
			t.Fatalf("report %d for the closed lease: %v", seq, err)
		}
	}
	if n := strings.Count(buf.String(), "later reports for it are ignored"); n != 1 {
		t.Fatalf("late reports said %d times:\n%s", n, buf.String())
	}
	if r2, _ := w.service().Lease(id); len(r2.Lease.History) != 3 || r2.Lease.Reason != lease.ProviderNeverStarted {
		t.Fatalf("late reports changed the lease: %+v", r2.Lease)
	}

	// Restarted: nothing decided, nothing sent again.
	stop()
	var buf2 testsvc.SyncBuffer
	w.startService(agents, on(clk, &buf2))
	w.judgeAt(clk, w.start.Add(time.Hour))
	if r2, _ := w.service().Lease(id); len(r2.Lease.History) != 3 || r2.Relayed != 3 || strings.Count(buf2.String(), "closed by the redeemer") != 0 {
		t.Fatalf("after a restart: %+v, relayed %d, log:\n%s", r2.Lease, r2.Relayed, buf2.String())
	}
}

// TestVerdictNodeLost: with Agents that implement Liveness, a running
// lease whose node keeps being heard from is left alone, whatever the
// time; once its node is unheard for longer than NodeLostAfter (not a
// second before) the redeemer closes it node_lost from REDEEMER_ROLE, and
// the agent stops the job.
func TestVerdictNodeLost(t *testing.T) {
	w := newWorld(t)
	clk := clock.NewFake(w.start.Add(-10 * time.Minute))
	ag, pe, _ := w.runAgent(t.TempDir(), clk)
	w.provide(ag.Address())
	agents := &liveAgents{StaticAgents: service.StaticAgents{w.addr(providerAcct): {Agent: ag, Node: ag.Address()}},
		seen: map[common.Address]time.Time{}}
	w.startService(agents, on(clk, nil))
	spec := w.spec("echo started; exec sleep 600")
	w.redeem(spec)
	const id = "1"
	w.waitRecord(id, "confirmed", func(r service.Record) bool { return r.Confirmed })
	sig, _ := service.SignSpec(spec, w.dom, w.key(holderAcct))
	if _, err := w.service().SubmitSpec(context.Background(), id, spec, sig); err != nil {
		t.Fatal(err)
	}
	agents.heard(ag.Address(), w.start.Add(-5*time.Minute))
	clk.Set(w.start.Add(-5 * time.Minute))
	w.waitChain(1, lease.Provisioning, lease.NoReason)
	w.setChainTime(w.start)
	agents.heard(ag.Address(), w.start)
	clk.Set(w.start)
	w.waitChain(1, lease.Running, lease.NoReason)
	w.waitRecord(id, "running, relayed", func(r service.Record) bool { return r.Relayed == 3 })

	// Heard from every few minutes: running fine, for as long as that lasts.
	for m := 5; m <= 40; m += 5 {
		at := w.start.Add(time.Duration(m) * time.Minute)
		agents.heard(ag.Address(), at)
		w.judgeAt(clk, at)
	}
	w.wantOpen(id, lease.Running)

	// Silent from start+40m: still running at start+50m, lost a second later.
	silent := w.start.Add(40 * time.Minute)
	w.judgeAt(clk, silent.Add(service.DefaultNodeLostAfter))
	w.wantOpen(id, lease.Running)
	w.judgeAt(clk, silent.Add(service.DefaultNodeLostAfter+time.Second))
	r := w.wantVerdict(id, lease.NodeLost)
	if !strings.Contains(r.Lease.History[len(r.Lease.History)-1].Detail, "last heard from") {
		t.Fatalf("detail %q", r.Lease.History[len(r.Lease.History)-1].Detail)
	}

	// The agent was told: the job is stopped, the lease closed node_lost.
	testsvc.CheckFor(t, 20*time.Second, 10*time.Millisecond, func() error {
		st, err := ag.Lease(id)
		if err != nil {
			return err
		}
		if st.Lease.State != lease.Closed || st.Reported != len(st.Lease.History) {
			return fmt.Errorf("lease on the agent: %+v", st.Lease)
		}
		return nil
	})
	st, _ := ag.Lease(id)
	if st.Lease.Reason != lease.NodeLost || st.Handle == nil {
		t.Fatalf("lease on the agent: %+v, handle %v", st.Lease, st.Handle)
	}
	js, err := pe.Inspect(context.Background(), *st.Handle)
	if err != nil || !js.Exited {
		t.Fatalf("the job after node_lost: %+v, %v", js, err)
	}
}
