package flash1

import (
	"flag"
	"runtime"
	"testing"

	"github.com/hourglass-exchange/hourglass/exchange/flash1/flash1test"
)

var benchOrders = flag.Int("flash1.orders", 100_000, "new orders per generated benchmark workload")

// BenchmarkEngine times the production engine on the stored flash1 normal
// workload and on each generated scenario. One op is one pass over the whole
// workload on a fresh engine; setup is outside the timer. It reports msgs/s,
// ns/msg and allocs/msg; it asserts nothing.
func BenchmarkEngine(b *testing.B) {
	b.Run("flash1-normal", func(b *testing.B) {
		recs, err := ReadFile(flash1test.Workload(b, "normal.bin.xz"))
		if err != nil {
			b.Fatal(err)
		}
		benchmarkEngine(b, recs)
	})
	for _, sc := range Scenarios() {
		b.Run(string(sc), func(b *testing.B) {
			recs, err := Generate(sc, *benchOrders, 23)
			if err != nil {
				b.Fatal(err)
			}
			benchmarkEngine(b, recs)
		})
	}
}

func benchmarkEngine(b *testing.B, recs []Record) {
	capacity := orderCapacity(recs)
	s, err := newSession(capacity)
	if err != nil {
		b.Fatal(err)
	}
	steps, err := plan(recs, s)
	if err != nil {
		b.Fatal(err)
	}
	var before, after runtime.MemStats
	var mallocs uint64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		if i > 0 {
			if s, err = newSession(capacity); err != nil {
				b.Fatal(err)
			}
		}
		runtime.GC()
		runtime.ReadMemStats(&before)
		b.StartTimer()
		s.run(steps)
		b.StopTimer()
		runtime.ReadMemStats(&after)
		mallocs += after.Mallocs - before.Mallocs
	}
	msgs := float64(b.N) * float64(len(recs))
	ns := float64(b.Elapsed().Nanoseconds()) / msgs
	b.ReportMetric(ns, "ns/msg")
	b.ReportMetric(1e9/ns, "msgs/s")
	b.ReportMetric(float64(mallocs)/msgs, "allocs/msg")
}
