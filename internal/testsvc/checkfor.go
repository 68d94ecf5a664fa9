package testsvc

import (
	"testing"
	"time"
)

// CheckFor calls fn every `every` until it returns nil, and fails the test
// with fn's last error once total has passed: how tests wait for something
// asynchronous, instead of a bare sleep.
func CheckFor(t testing.TB, total, every time.Duration, fn func() error) {
	t.Helper()
	deadline := time.Now().Add(total)
	for {
		err := fn()
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("after %v: %v", total, err)
		}
		time.Sleep(every)
	}
}

// CheckHolds calls fn every `every` for total, and fails the test at the
// first error: how tests see that nothing more happens (no batch applied
// early, no state changed without input) when nothing marks the moment it
// could have, instead of one sleep and one look.
func CheckHolds(t testing.TB, total, every time.Duration, fn func() error) {
	t.Helper()
	deadline := time.Now().Add(total)
	for {
		if err := fn(); err != nil {
			t.Fatalf("within %v: %v", total, err)
		}
		if time.Now().After(deadline) {
			return
		}
		time.Sleep(every)
	}
}
