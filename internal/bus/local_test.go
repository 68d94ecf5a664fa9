package bus_test

import (
	"fmt"
	"log/slog"
	"testing"

	"github.com/hourglass-exchange/hourglass/internal/bus"
	"github.com/hourglass-exchange/hourglass/internal/bus/bustest"
)

func TestLocal(t *testing.T) {
	bustest.Run(t, func(t *testing.T, opts bus.Options) bustest.Env {
		if !testing.Verbose() {
			opts.Logger = slog.New(slog.DiscardHandler) // the expected slow-consumer warnings
		}
		l := bus.NewLocal(opts)
		t.Cleanup(func() { l.Close() })
		return bustest.Env{
			Publisher: l,
			Gateway:   func(*testing.T) bus.Subscriber { return l },
		}
	})
}

// BenchmarkLocalFanout is BenchmarkFanout of package redisbus in process:
//
//	go test -run '^$' -bench LocalFanout -benchtime 20000x ./bus/
func BenchmarkLocalFanout(b *testing.B) {
	for _, subs := range []int{1, 100, 1000} {
		b.Run(fmt.Sprintf("subs=%d", subs), func(b *testing.B) {
			l := bus.NewLocal(bus.Options{QueueLen: 1 << 16})
			defer l.Close()
			bustest.BenchFanout(b, l, l, bustest.Load{Topics: 10, Subscribers: subs, Rate: 10000, Size: 100})
		})
	}
}
