package agent_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/redeemer/agent"
	"github.com/hourglass-exchange/hourglass/redeemer/lease"
)

// TestRedeemerStop: the redeemer's verdicts stop a lease on the agent.
// node_lost closes a running lease as the redeemer said and stops its
// job; a verdict the lease's rules refuse here (provider_never_started,
// crossed by the job's start) still stops the job, closed
// provider_stopped with the redeemer's reason in its detail, since the
// redeemer closed the lease already. A redeemer's reason from anyone else
// is refused.
func TestRedeemerStop(t *testing.T) {
	clk := clock.NewFake(ten)
	h := newHarness(t, t.TempDir(), clk, options{grace: time.Second})
	killJobsAtEnd(t, h.exec, func() *agent.Agent { return h.a })
	for _, id := range []string{"L1", "L2"} {
		if _, err := h.a.Assign(terms(id, 1, ten, 2), sh(`echo up; while :; do sleep 0.05; done`)); err != nil {
			t.Fatal(err)
		}
		h.waitLog(id, "up\n")
		h.waitState(id, lease.Running)
	}
	if err := h.a.Stop("L1", lease.Provider, lease.ProviderNeverStarted, ""); !errors.Is(err, agent.ErrBadRequest) {
		t.Fatalf("a verdict by the provider: %v", err)
	}
	if err := h.a.Stop("L1", lease.Redeemer, lease.NodeLost, "node silent"); err != nil {
		t.Fatal(err)
	}
	if err := h.a.Stop("L2", lease.Redeemer, lease.ProviderNeverStarted, "still provisioning"); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		id     string
		reason lease.Reason
		actor  lease.Actor
		detail string
	}{
		{"L1", lease.NodeLost, lease.Redeemer, "node silent"},
		{"L2", lease.ProviderStopped, lease.Provider, "closed by the redeemer (provider_never_started): still provisioning"},
	} {
		st := h.waitState(c.id, lease.Closed)
		last := st.Lease.History[len(st.Lease.History)-1]
		if st.Lease.Reason != c.reason || last.Actor != c.actor || !strings.Contains(last.Detail, c.detail) {
			t.Errorf("%s closed %v, want %s by %s (%q)", c.id, last, c.reason, c.actor, c.detail)
		}
		if js, err := h.exec.Inspect(context.Background(), *st.Handle); err != nil || !js.Exited {
			t.Errorf("%s's job after the verdict: %+v, %v", c.id, js, err)
		}
	}
}
