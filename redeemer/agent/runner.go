package agent

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/hourglass-exchange/hourglass/redeemer/executor"
	"github.com/hourglass-exchange/hourglass/redeemer/lease"
)

// runLease drives one lease until it closes or ctx ends: one goroutine per
// open lease, each step decided from the persisted record, so that a
// restarted agent takes up every lease where its record stands.
func (a *Agent) runLease(ctx context.Context, id string) {
	defer a.wg.Done()
	a.mu.Lock()
	wake := a.wakes[id]
	a.mu.Unlock()
	defer func() {
		a.mu.Lock()
		delete(a.wakes, id)
		a.mu.Unlock()
	}()
	failing := false
	for ctx.Err() == nil {
		closed, err := a.step(ctx, id, wake)
		if closed {
			return
		}
		if err != nil && ctx.Err() == nil {
			if !failing {
				a.log.Error("lease step failed; retrying", "lease", id, "every", a.cfg.RetryEvery, "err", err)
				failing = true
			}
			a.waitUntil(ctx, a.clk.Now().Add(a.cfg.RetryEvery), wake, nil)
			continue
		}
		if err == nil && failing {
			a.log.Info("lease step works again", "lease", id)
			failing = false
		}
	}
}

// snapshot is a copy of what a step needs of a record.
type snapshot struct {
	l      lease.Lease
	spec   Spec
	gpus   []string
	handle *executor.Handle
	stop   *stopRequest
}

func (a *Agent) snapshot(id string) snapshot {
	a.mu.Lock()
	defer a.mu.Unlock()
	r := a.leases[id]
	s := snapshot{l: r.Lease, spec: r.Spec, gpus: append([]string(nil), r.GPUs...)}
	s.l.History = append([]lease.Transition(nil), r.Lease.History...)
	if r.Handle != nil {
		h := *r.Handle
		s.handle = &h
	}
	if r.Stop != nil {
		st := *r.Stop
		s.stop = &st
	}
	return s
}

// step takes the lease one step further, or waits for the moment it can;
// it reports whether the lease is closed.
func (a *Agent) step(ctx context.Context, id string, wake <-chan struct{}) (bool, error) {
	s := a.snapshot(id)
	if !s.l.State.Open() {
		a.release(id)
		return true, nil
	}
	now := a.clk.Now()
	if s.stop != nil {
		if s.handle != nil {
			if err := a.stopJob(ctx, id, *s.handle); err != nil {
				return false, err
			}
		}
		done, err := a.close(id, s.stop.Actor, s.stop.Reason, s.stop.Detail)
		if err != nil && s.stop.Actor == lease.Redeemer && lease.CodeOf(err) != "" {
			// The lease moved since the redeemer's verdict (its job
			// started meanwhile): the redeemer closed it all the same.
			return a.close(id, lease.Provider, lease.ProviderStopped, "closed by the redeemer ("+s.stop.Reason.String()+"): "+s.stop.Detail)
		}
		return done, err
	}
	// The node's GPUs are discovered when the agent starts: a GPU gone
	// since the lease was placed (failed, replaced) ends it.
	if m := a.missing(s.gpus); m != "" {
		if s.handle != nil && s.l.State == lease.Running {
			if err := a.stopJob(ctx, id, *s.handle); err != nil {
				return false, err
			}
		}
		return a.close(id, lease.Provider, lease.GPUFault, m)
	}
	switch s.l.State {
	case lease.Assigned:
		if !now.Before(s.l.End()) {
			return a.close(id, lease.Provider, lease.ProviderStopped, "the window ended before the job could start")
		}
		if at := s.l.Start().Add(-a.cfg.ProvisionAhead); now.Before(at) {
			a.waitUntil(ctx, at, wake, nil)
			return false, nil
		}
		if err := executor.Validate(a.job(id, s.spec), a.executorGPUs(s.gpus)); err != nil {
			return a.close(id, lease.Provider, lease.SpecInvalid, err.Error())
		}
		if err := os.MkdirAll(a.LogDir(id), 0o750); err != nil {
			return false, fmt.Errorf("log directory: %w", err)
		}
		return false, a.transition(id, lease.Event{Kind: lease.Provision, Actor: lease.Provider,
			Detail: "on " + strings.Join(s.gpus, ", ")}, nil)

	case lease.Provisioning:
		if !now.Before(s.l.End()) {
			return a.close(id, lease.Provider, lease.ProviderStopped, "the window ended before the job could start")
		}
		if now.Before(s.l.Start()) {
			a.waitUntil(ctx, s.l.Start(), wake, nil)
			return false, nil
		}
		ok, freed := a.acquire(id, s.gpus)
		if !ok {
			// Another lease's job is still stopping on one of these GPUs.
			a.waitUntil(ctx, s.l.End(), wake, freed)
			return false, nil
		}
		h, err := a.cfg.Executor.Start(ctx, a.job(id, s.spec), a.executorGPUs(s.gpus))
		if err != nil {
			a.release(id)
			switch {
			case ctx.Err() != nil:
				return false, ctx.Err()
			case errors.Is(err, executor.ErrSpecInvalid):
				return a.close(id, lease.Provider, lease.SpecInvalid, err.Error())
			case errors.Is(err, executor.ErrImageUnavailable):
				return a.close(id, lease.Provider, lease.ImageUnavailable, err.Error())
			default:
				return a.close(id, lease.Provider, lease.StartFailed, err.Error())
			}
		}
		a.log.Info("job started", "lease", id, "handle", h.ID, "gpus", s.gpus)
		// Stamped with the time the start was decided, in the window even
		// if the clock passed its end while the executor worked.
		return false, a.transition(id, lease.Event{Kind: lease.Run, Actor: lease.Provider, At: now, Detail: "job " + h.ID},
			func(r *record) { r.Handle = &h })

	case lease.Running:
		if s.handle == nil {
			return false, a.transition(id, lease.Event{Kind: lease.Provision, Actor: lease.Provider,
				Detail: "no job on record; starting it again on the same GPUs"}, nil)
		}
		h := *s.handle
		if !now.Before(s.l.End()) {
			if err := a.stopJob(ctx, id, h); err != nil {
				return false, err
			}
			detail := "stopped at the window's end"
			if st, err := a.cfg.Executor.Inspect(ctx, h); err == nil && st.Exited && st.ExitCode >= 0 {
				detail += fmt.Sprintf(", exit code %d", st.ExitCode)
			}
			return a.close(id, lease.Provider, lease.Completed, detail)
		}
		st, err := a.cfg.Executor.Inspect(ctx, h)
		if err != nil {
			return false, fmt.Errorf("inspect job %s: %w", h.ID, err)
		}
		if st.Exited {
			a.release(id)
			if st.ExitCode < 0 {
				// It ended while no executor watched it (the agent or the
				// node was down): a crash as far as anyone can tell.
				return false, a.transition(id, lease.Event{Kind: lease.Provision, Actor: lease.Provider,
					Detail: "the job vanished while the agent was down; starting it again on the same GPUs"},
					func(r *record) { r.Handle = nil })
			}
			return a.close(id, lease.Provider, lease.JobExited, fmt.Sprintf("exit code %d", st.ExitCode))
		}
		a.hold(id, s.gpus)
		wctx, cancel := context.WithCancel(ctx)
		exited := make(chan struct{})
		go func() {
			_, _ = a.cfg.Executor.Wait(wctx, h)
			close(exited)
		}()
		a.waitUntil(ctx, s.l.End(), wake, exited)
		cancel()
		<-exited
		return false, nil
	}
	return false, fmt.Errorf("lease %s in state %s", id, s.l.State)
}

// job is the executor's view of a lease's spec.
func (a *Agent) job(id string, s Spec) executor.Job {
	return executor.Job{LeaseID: id, Image: s.Image, Command: s.Command, Env: s.Env, SSHPublicKey: s.SSHPublicKey,
		LogDir: a.LogDir(id)}
}

func (a *Agent) executorGPUs(uuids []string) []executor.GPU {
	out := make([]executor.GPU, 0, len(uuids))
	for _, u := range uuids {
		g := executor.GPU{UUID: u, Index: -1}
		for _, n := range a.gpus {
			if n.UUID == u {
				g = n.executorGPU()
			}
		}
		out = append(out, g)
	}
	return out
}

// missing says which of a lease's GPUs the node no longer has, or "".
func (a *Agent) missing(uuids []string) string {
	var gone []string
	for _, u := range uuids {
		found := false
		for _, g := range a.gpus {
			found = found || g.UUID == u
		}
		if !found {
			gone = append(gone, u)
		}
	}
	if len(gone) == 0 {
		return ""
	}
	return strings.Join(gone, ", ") + " gone from the node"
}

// stopJob stops a lease's job (SIGTERM, grace, SIGKILL) and frees its
// GPUs once it is gone.
func (a *Agent) stopJob(ctx context.Context, id string, h executor.Handle) error {
	if err := a.cfg.Executor.Stop(ctx, h, a.cfg.Grace); err != nil {
		return fmt.Errorf("stop job %s: %w", h.ID, err)
	}
	a.release(id)
	return nil
}

// close closes the lease; it reports true once it is closed.
func (a *Agent) close(id string, actor lease.Actor, reason lease.Reason, detail string) (bool, error) {
	err := a.transition(id, lease.Event{Kind: lease.Close, Actor: actor, Reason: reason, Detail: detail}, nil)
	if err != nil {
		return false, err
	}
	a.release(id)
	return true, nil
}

// transition applies ev (at ev.At, or the clock's time when it is zero;
// never before the lease's last transition) and mutate to the lease,
// persists it, and wakes the reporter; if the state cannot be written,
// nothing changes.
func (a *Agent) transition(id string, ev lease.Event, mutate func(*record)) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	r := a.leases[id]
	old := *r
	old.Lease.History = append([]lease.Transition(nil), r.Lease.History...)
	switch {
	case ev.At.IsZero():
		ev.At = a.nowFor(r)
	case ev.At.Before(r.Lease.Since()):
		ev.At = r.Lease.Since()
	}
	ev.At = ev.At.UTC() // one zone in the state file and in signed reports
	tr, err := r.Lease.Apply(ev)
	if err != nil {
		return err
	}
	if mutate != nil {
		mutate(r)
	}
	if tr.To == lease.Closed {
		r.Stop = nil
	}
	if err := a.saveLocked(); err != nil {
		*r = old
		return err
	}
	a.log.Info("lease "+tr.To.String(), "lease", id, "from", tr.From.String(), "reason", tr.Reason.String(), "detail", tr.Detail)
	a.pokeReporter()
	return nil
}

// acquire marks a lease's GPUs busy with its job, unless another lease's
// job may still be alive on one of them; then it returns a channel closed
// when some GPU is freed.
func (a *Agent) acquire(id string, uuids []string) (bool, <-chan struct{}) {
	a.mu.Lock()
	defer a.mu.Unlock()
	for _, u := range uuids {
		if h, ok := a.busy[u]; ok && h != id {
			return false, a.freed
		}
	}
	for _, u := range uuids {
		a.busy[u] = id
	}
	return true, nil
}

// hold marks a lease's GPUs busy with its running job.
func (a *Agent) hold(id string, uuids []string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	for _, u := range uuids {
		a.busy[u] = id
	}
}

// release frees the GPUs a lease's job held.
func (a *Agent) release(id string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	n := 0
	for u, h := range a.busy {
		if h == id {
			delete(a.busy, u)
			n++
		}
	}
	if n > 0 {
		close(a.freed)
		a.freed = make(chan struct{})
	}
}

// waitUntil waits until the clock reaches t, the lease is woken, extra is
// closed or ctx ends.
func (a *Agent) waitUntil(ctx context.Context, t time.Time, wake <-chan struct{}, extra <-chan struct{}) {
	tm := a.clk.NewTimer(t.Sub(a.clk.Now()))
	defer tm.Stop()
	select {
	case <-tm.C():
	case <-wake:
	case <-extra:
	case <-ctx.Done():
	}
}
