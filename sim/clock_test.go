package sim

import (
	"context"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/internal/clock"
)

// TestTickFollowsTheClock: the bots' and traders' pacing moves with the
// clock they are given: a fake clock's tick comes when it is advanced past
// it, not before, and ticks missed meanwhile are dropped.
func TestTickFollowsTheClock(t *testing.T) {
	fake := clock.NewFake(time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC))
	tk := fake.NewTicker(time.Second)
	defer tk.Stop()
	fired := make(chan struct{}, 1)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		for tickOf(ctx, tk) {
			fired <- struct{}{}
		}
	}()
	quiet := func(what string) {
		t.Helper()
		select {
		case <-fired:
			t.Fatal(what)
		case <-time.After(50 * time.Millisecond):
		}
	}
	quiet("fired before the clock moved")
	fake.Advance(999 * time.Millisecond)
	quiet("fired before its tick")
	fake.Advance(time.Millisecond)
	select {
	case <-fired:
	case <-time.After(5 * time.Second):
		t.Fatal("did not fire after the clock passed its tick")
	}
	fake.Advance(5 * time.Second) // five ticks: one fires, the rest are dropped
	<-fired
	quiet("a missed tick fired")
	cancel()
	if tickOf(ctx, tk) {
		t.Fatal("tickOf reported a tick after ctx ended")
	}
}
