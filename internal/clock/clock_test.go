package clock_test

import (
	"context"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/internal/clock"
)

var t0 = time.Date(2027, 1, 4, 0, 0, 0, 0, time.UTC)

func fired(c <-chan time.Time) (time.Time, bool) {
	select {
	case t := <-c:
		return t, true
	default:
		return time.Time{}, false
	}
}

func TestFakeTimer(t *testing.T) {
	f := clock.NewFake(t0)
	tm := f.NewTimer(10 * time.Second)
	f.Advance(9 * time.Second)
	if _, ok := fired(tm.C()); ok {
		t.Fatal("fired early")
	}
	f.Advance(5 * time.Second)
	at, ok := fired(tm.C())
	if !ok || !at.Equal(t0.Add(10*time.Second)) {
		t.Fatalf("fired %v at %v, want at +10s", ok, at)
	}
	if got := f.Now(); !got.Equal(t0.Add(14 * time.Second)) {
		t.Fatalf("now %v", got)
	}
	if tm.Stop() {
		t.Fatal("Stop of a fired timer reported true")
	}
	if tm.Reset(time.Second) {
		t.Fatal("Reset of a fired timer reported it active")
	}
	if !tm.Stop() {
		t.Fatal("Stop of an armed timer reported false")
	}
	f.Advance(time.Hour)
	if _, ok := fired(tm.C()); ok {
		t.Fatal("a stopped timer fired")
	}
	if f.Waiters() != 0 {
		t.Fatalf("%d waiters left", f.Waiters())
	}
}

func TestFakeTickerDropsMissedTicks(t *testing.T) {
	f := clock.NewFake(t0)
	tk := f.NewTicker(time.Second)
	defer tk.Stop()
	f.Advance(3500 * time.Millisecond) // three periods pass; the reader took none
	at, ok := fired(tk.C())
	if !ok || !at.Equal(t0.Add(time.Second)) {
		t.Fatalf("first tick %v at %v", ok, at)
	}
	if _, ok := fired(tk.C()); ok {
		t.Fatal("missed ticks were queued")
	}
	f.Advance(500 * time.Millisecond)
	if at, ok := fired(tk.C()); !ok || !at.Equal(t0.Add(4*time.Second)) {
		t.Fatalf("next tick %v at %v, want +4s", ok, at)
	}
	tk.Reset(10 * time.Second)
	f.Advance(9 * time.Second)
	if _, ok := fired(tk.C()); ok {
		t.Fatal("reset ticker fired early")
	}
	f.Advance(time.Second)
	if _, ok := fired(tk.C()); !ok {
		t.Fatal("reset ticker did not fire")
	}
}

func TestFakeFiresInDeadlineOrder(t *testing.T) {
	f := clock.NewFake(t0)
	late, early := f.NewTimer(2*time.Second), f.NewTimer(time.Second)
	f.Advance(time.Minute)
	a, _ := fired(early.C())
	b, _ := fired(late.C())
	if !a.Equal(t0.Add(time.Second)) || !b.Equal(t0.Add(2*time.Second)) {
		t.Fatalf("fired at %v and %v", a, b)
	}
	f.Set(t0) // never backwards
	if !f.Now().Equal(t0.Add(time.Minute)) {
		t.Fatalf("moved back to %v", f.Now())
	}
}

func TestSleep(t *testing.T) {
	f := clock.NewFake(t0)
	armed := f.Armed()
	done := make(chan bool)
	go func() { done <- clock.Sleep(context.Background(), f, time.Hour) }()
	<-armed
	if d, ok := f.NextDeadline(); !ok || !d.Equal(t0.Add(time.Hour)) {
		t.Fatalf("deadline %v %v", d, ok)
	}
	f.Advance(time.Hour)
	if !<-done {
		t.Fatal("Sleep reported ctx done")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if clock.Sleep(ctx, f, time.Hour) {
		t.Fatal("Sleep on a done ctx reported true")
	}
	if clock.Sleep(context.Background(), clock.Real{}, time.Millisecond) != true {
		t.Fatal("real Sleep")
	}
	if clock.Or(nil) != (clock.Real{}) || clock.Or(f) != clock.Clock(f) {
		t.Fatal("Or")
	}
}
