package sim

import (
	"context"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/internal/clock"
)

// The project's clock (internal/clock) is what the bots and traders take;
// sim only declares the part it reads.
var (
	_ Clock = clock.Real{}
	_ Clock = (*clock.Fake)(nil)
)

// TestTickerFollowsTheClock: a ticker on a fake clock fires when the
// clock is advanced past its tick, not before, and drops missed ticks.
func TestTickerFollowsTheClock(t *testing.T) {
	fake := clock.NewFake(time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC))
	tk := newTicker(fake, time.Second)
	fired := make(chan time.Time, 1)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		for {
			now, ok := tk.wait(ctx)
			if !ok {
				return
			}
			fired <- now
		}
	}()
	select {
	case <-fired:
		t.Fatal("fired before the clock moved")
	case <-time.After(50 * time.Millisecond):
	}
	fake.Advance(999 * time.Millisecond)
	select {
	case <-fired:
		t.Fatal("fired before its tick")
	case <-time.After(50 * time.Millisecond):
	}
	fake.Advance(time.Millisecond)
	select {
	case now := <-fired:
		if want := fake.Now(); !now.Equal(want) {
			t.Errorf("fired at %v, the clock reads %v", now, want)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("did not fire after the clock passed its tick")
	}
	// Five ticks missed: one fires, the rest are dropped.
	fake.Advance(5 * time.Second)
	<-fired
	select {
	case <-fired:
		t.Fatal("a missed tick fired")
	case <-time.After(50 * time.Millisecond):
	}
}
