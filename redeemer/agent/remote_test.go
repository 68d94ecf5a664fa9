package agent_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
	"github.com/hourglass-exchange/hourglass/oracle/challenge"
	"github.com/hourglass-exchange/hourglass/redeemer/agent"
	"github.com/hourglass-exchange/hourglass/redeemer/lease"
)

// fakeOperator is a redeemer as a remote agent sees it: the assignments
// it answers, the logs it was pushed (taking only what continues them), and
// a switch that makes it fail.
type fakeOperator struct {
	mu      sync.Mutex
	work    agent.Assignments
	logs    map[string][]byte
	polls   int
	down    bool
	pushes  int
	answers []challenge.Answer
}

func (o *fakeOperator) Assignments(context.Context) ([]byte, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.polls++
	if o.down {
		return nil, errors.New("connection refused")
	}
	w := o.work
	w.Leases = append([]agent.Assignment(nil), o.work.Leases...)
	for i := range w.Leases {
		id := w.Leases[i].Terms.ID
		w.Leases[i].Logs = map[agent.Stream]int64{agent.Stdout: int64(len(o.logs[id+"/stdout"])),
			agent.Stderr: int64(len(o.logs[id+"/stderr"]))}
	}
	return json.Marshal(w)
}

func (o *fakeOperator) PushLog(_ context.Context, id, stream string, offset int64, data []byte) (int64, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.pushes++
	k := id + "/" + stream
	have := int64(len(o.logs[k]))
	if offset != have {
		return have, fmt.Errorf("push at %d, have %d", offset, have)
	}
	o.logs[k] = append(o.logs[k], data...)
	return int64(len(o.logs[k])), nil
}

func (o *fakeOperator) Answer(_ context.Context, b []byte) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	var a challenge.Answer
	if err := json.Unmarshal(b, &a); err != nil {
		return err
	}
	o.answers = append(o.answers, a)
	return nil
}

func (o *fakeOperator) set(f func(w *agent.Assignments)) {
	o.mu.Lock()
	defer o.mu.Unlock()
	f(&o.work)
}

func (o *fakeOperator) log(k string) string {
	o.mu.Lock()
	defer o.mu.Unlock()
	return string(o.logs[k])
}

// TestFollow: an agent following a redeemer takes the leases it is
// handed, runs them on its schedule, pushes their logs, carries out a stop
// the holder asked for, and says a redeemer that does not answer once
// (and once when it answers again); a lease it cannot hold is said once.
func TestFollow(t *testing.T) {
	clk := clock.NewFake(t0)
	dir := t.TempDir()
	var buf testsvc.SyncBuffer
	h := newHarness(t, dir, clk, options{log: slog.New(slog.NewTextHandler(&buf, nil))})
	killJobsAtEnd(t, h.exec, func() *agent.Agent { return h.a })
	op := &fakeOperator{logs: map[string][]byte{}, work: agent.Assignments{Node: h.a.Address()}}
	a1 := agent.Assignment{Terms: terms("1", 1, ten, 1), Spec: sh(`echo "started on $CUDA_VISIBLE_DEVICES"; exec sleep 600`),
		State: lease.Assigned}
	tooBig := agent.Assignment{Terms: terms("2", 9, ten, 1), Spec: sh("true"), State: lease.Assigned}
	op.set(func(w *agent.Assignments) { w.Leases = []agent.Assignment{a1, tooBig} })
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- h.a.Follow(ctx, op, 20*time.Millisecond) }()
	defer func() {
		cancel()
		if err := <-done; !errors.Is(err, context.Canceled) {
			t.Errorf("Follow: %v", err)
		}
	}()
	testsvc.CheckFor(t, 10*time.Second, 5*time.Millisecond, func() error {
		_, err := h.a.Lease("1")
		return err
	})
	clk.Set(ten.Add(-5 * time.Minute))
	h.waitState("1", lease.Provisioning)
	clk.Set(ten)
	h.waitState("1", lease.Running)
	testsvc.CheckFor(t, 20*time.Second, 10*time.Millisecond, func() error {
		if got := op.log("1/stdout"); !strings.HasPrefix(got, "started on "+uuid(0)) {
			return fmt.Errorf("pushed stdout %q", got)
		}
		return nil
	})
	if _, err := h.a.Lease("2"); err == nil {
		t.Fatal("a lease of 9 GPUs on an 8-GPU node was taken")
	}
	// A challenge: answered once, signed by the node key, with the agent's
	// view (its GPUs, lease 1 running on GPU 0); another node's is not.
	nonce, _ := challenge.NewNonce()
	mine := challenge.Challenge{Reporter: common.HexToAddress("0x7e"), Node: h.a.Address(), Nonce: nonce, IssuedAt: 1}
	theirs := mine
	theirs.Node[0] ^= 1
	op.set(func(w *agent.Assignments) { w.Challenges = []challenge.Challenge{theirs, mine} })
	testsvc.CheckFor(t, 10*time.Second, 5*time.Millisecond, func() error {
		op.mu.Lock()
		defer op.mu.Unlock()
		if len(op.answers) == 0 {
			return fmt.Errorf("no answer")
		}
		return nil
	})
	op.set(func(w *agent.Assignments) { w.Challenges = nil })
	op.mu.Lock()
	answers := append([]challenge.Answer(nil), op.answers...)
	op.mu.Unlock()
	a := answers[0]
	var view challenge.Evidence
	if err := json.Unmarshal(a.Evidence, &view); err != nil {
		t.Fatal(err)
	}
	if a.Challenge != mine || a.Verify() != nil || len(view.GPUs) != 8 || len(view.Leases) != 1 ||
		view.Leases[0].State != "running" || view.Leases[0].GPUs[0] != uuid(0) || view.Leases[0].Job == "" {
		t.Fatalf("answer %+v (verify %v), view %+v", a, a.Verify(), view)
	}
	for _, b := range answers {
		if b.Challenge.Node != h.a.Address() {
			t.Fatalf("answered another node's challenge: %+v", b)
		}
	}
	// The holder stops the job.
	op.set(func(w *agent.Assignments) {
		w.Leases[0].Stop = &agent.StopOrder{Actor: lease.Holder, Reason: lease.HolderStopped, Detail: "stopped by the holder"}
	})
	st := h.waitState("1", lease.Closed)
	if st.Lease.Reason != lease.HolderStopped {
		t.Fatalf("closed %s", st.Lease.Reason)
	}
	polls := func(n int) {
		op.mu.Lock()
		p := op.polls
		op.mu.Unlock()
		testsvc.CheckFor(t, 10*time.Second, 5*time.Millisecond, func() error {
			op.mu.Lock()
			defer op.mu.Unlock()
			if op.polls < p+n {
				return fmt.Errorf("%d polls", op.polls-p)
			}
			return nil
		})
	}
	// The redeemer goes away for a while, then answers again.
	op.set(func(*agent.Assignments) { op.down = true })
	polls(5)
	op.set(func(*agent.Assignments) { op.down = false })
	polls(3)
	// An answer for another node is refused, and changes nothing.
	op.set(func(w *agent.Assignments) { w.Node[0] ^= 1 })
	polls(3)
	out := buf.String()
	for what, n := range map[string]int{"the agent refuses a lease": 1, "the redeemer is not answering": 2,
		"the redeemer answers again": 1} {
		if got := strings.Count(out, what); got != n {
			t.Errorf("%q logged %d times, want %d:\n%s", what, got, n, out)
		}
	}
	if !strings.Contains(out, "answered for node") {
		t.Errorf("the answer for another node was not said:\n%s", out)
	}
}
