package sim

import (
	"context"

	"github.com/hourglass-exchange/hourglass/internal/clock"
)

// tickOf waits for t's next tick; false when ctx ends first. The bots and
// traders pace themselves on the project's clock (internal/clock), so a
// test with a clock.Fake moves them by advancing it.
func tickOf(ctx context.Context, t clock.Ticker) bool {
	select {
	case <-ctx.Done():
		return false
	case <-t.C():
		return true
	}
}
