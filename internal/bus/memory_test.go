package bus_test

import (
	"context"
	"fmt"
	"runtime"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/internal/bus"
	"github.com/hourglass-exchange/hourglass/internal/clock"
)

// heapNow returns the live heap after a full collection.
func heapNow() uint64 {
	runtime.GC()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

// BenchmarkAccountTopicsMemory is the memory the bus holds for N signed-in
// accounts' private topics (account.<address>) under traffic, per 1,000
// accounts, after 1, 5, 10 and 20 simulated minutes: each account gets
// one 300-byte message a second (an order update, a fill, a balance) and a
// 1 KiB snapshot every 100 of them, as api/publish stores them. With the
// short retention of account topics (bus.DefaultShortRetention) the figure
// plateaus after the first minute; "unbounded" is the retention the bus
// had before (10,000 messages per topic, no byte or age bound), which grows
// with time:
//
//	go test -run '^$' -bench AccountTopicsMemory -benchtime 1x ./internal/bus/
func BenchmarkAccountTopicsMemory(b *testing.B) {
	cases := []struct {
		name     string
		accounts int
		minutes  []int
		opts     bus.Options
	}{
		{"accounts=1000", 1000, []int{1, 5, 10, 20}, bus.Options{}},
		{"accounts=5000", 5000, []int{1, 5, 10, 20}, bus.Options{}},
		{"unbounded/accounts=1000", 1000, []int{1, 5, 10}, bus.Options{
			ShortRetention: bus.Retention{Messages: 10000, Bytes: 1 << 40, Age: 1000 * time.Hour},
			Retention:      bus.Retention{Messages: 10000, Bytes: 1 << 40, Age: 1000 * time.Hour}}},
	}
	for _, tc := range cases {
		b.Run(tc.name, func(b *testing.B) {
			for range b.N {
				accountTopics(b, tc.accounts, tc.minutes, tc.opts)
			}
		})
	}
}

func accountTopics(b *testing.B, accounts int, minutes []int, opts bus.Options) {
	ctx := context.Background()
	fake := clock.NewFake(time.Date(2027, 1, 4, 0, 0, 0, 0, time.UTC))
	opts.Clock = fake
	base := heapNow()
	l := bus.NewLocal(opts)
	defer l.Close()
	topics := make([]string, accounts)
	seqs := make([]uint64, accounts)
	for i := range topics {
		topics[i] = fmt.Sprintf("account.0x%040x", i+1)
		if err := l.SetSnapshot(ctx, topics[i], 0, make([]byte, 1024)); err != nil {
			b.Fatal(err)
		}
	}
	batch := make([]bus.Message, 0, 256)
	flush := func() {
		if err := l.Publish(ctx, batch...); err != nil {
			b.Fatal(err)
		}
		batch = batch[:0]
	}
	second := 0
	for _, m := range minutes {
		for ; second < 60*m; second++ {
			for i, topic := range topics {
				seqs[i]++
				batch = append(batch, bus.Message{Topic: topic, Seq: seqs[i], Data: make([]byte, 300)})
				if len(batch) == cap(batch) {
					flush()
				}
				if seqs[i]%100 == 0 {
					flush()
					if err := l.SetSnapshot(ctx, topic, seqs[i], make([]byte, 1024)); err != nil {
						b.Fatal(err)
					}
				}
			}
			flush()
			fake.Advance(time.Second)
		}
		heap := float64(heapNow()-min(base, heapNow())) / (1 << 20)
		msgs, bytes := l.Retained()
		b.ReportMetric(heap/float64(accounts)*1000, fmt.Sprintf("MB/1k-accounts@%dmin", m))
		b.Logf("%d accounts, %2d min: heap %.1f MB (%.1f MB per 1,000 accounts); logs hold %d messages, %.1f MB of data",
			accounts, m, heap, heap/float64(accounts)*1000, msgs, float64(bytes)/(1<<20))
	}
	runtime.KeepAlive(l)
}
