package api_test

import (
	"os"
	"sync"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/api"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

func TestMain(m *testing.M) {
	if kind := os.Getenv(loadgenEnv); kind != "" {
		loadgenMain(kind) // a benchmark's load generator: never returns
	}
	os.Exit(testsvc.Main(m))
}

// fakeClock is a Clock that moves only when told to.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func newFakeClock() *fakeClock { return &fakeClock{now: time.Date(2027, 1, 4, 0, 0, 0, 0, time.UTC)} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

// NewTicker returns a ticker that never fires: the tests that use the
// fake clock do not need heartbeats or timed snapshots.
func (c *fakeClock) NewTicker(time.Duration) api.Ticker { return stoppedTicker{} }

type stoppedTicker struct{}

func (stoppedTicker) C() <-chan time.Time { return nil }
func (stoppedTicker) Stop()               {}
