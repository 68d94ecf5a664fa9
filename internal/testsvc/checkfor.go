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
