package node_test

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/internal/node"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// soakLength is how long BenchmarkDemoSoak runs: HOURGLASS_SOAK (a Go
// duration) or 30 minutes.
func soakLength(tb testing.TB) time.Duration {
	s := os.Getenv("HOURGLASS_SOAK")
	if s == "" {
		return 30 * time.Minute
	}
	d, err := time.ParseDuration(s)
	if err != nil || d <= 0 {
		tb.Fatalf("HOURGLASS_SOAK=%q: want a positive Go duration such as 30m", s)
	}
	return d
}

// memSample is the process's memory at one moment, after a full
// collection.
type memSample struct {
	at               time.Duration
	heap, inuse, rss uint64 // bytes: live heap, heap spans in use, resident set
	cmds, accs       uint64
}

func sampleMem(start time.Time, in node.Info) memSample {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	s := memSample{at: time.Since(start), heap: ms.HeapAlloc, inuse: ms.HeapInuse, rss: residentBytes()}
	st := in.Seq.Stats()
	s.cmds = st.Commands
	in.Seq.Query(func(e exchange.View) { s.accs = uint64(e.AccountCount()) })
	return s
}

// residentBytes reads VmRSS from /proc/self/status (0 where there is none).
func residentBytes() uint64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
			kb, _ := strconv.ParseUint(f[1], 10, 64)
			return kb << 10
		}
	}
	return 0
}

// BenchmarkDemoSoak runs what make demo runs (the embedded chain, the
// demo's 24 bot accounts at 100 commands a second, four simulated traders
// at one order a second each, all through the gateway) for HOURGLASS_SOAK
// (default 30 minutes) and prints the live heap and resident set at the
// start and at each third of the run. A process that keeps what it no
// longer needs grows in every sample; one that bounds what it retains
// plateaus after the first. HOURGLASS_SOAK_HEAPPROFILE=FILE writes a heap
// profile at the end; HOURGLASS_SOAK_CHAIN=geth runs the demo on geth --dev
// instead of the embedded chain, so that the heap is the exchange's alone.
func BenchmarkDemoSoak(b *testing.B) {
	length := soakLength(b)
	for range b.N {
		var cfg node.Config
		chain := "embedded chain"
		if os.Getenv("HOURGLASS_SOAK_CHAIN") == "geth" {
			// The chain in a process of its own: the heap is the
			// exchange's alone.
			_, ws, key := testsvc.Geth(b)
			cfg.RPCURL, cfg.DeployerKey, chain = ws, key, "geth --dev"
		}
		d := startDemo(b, cfg, demoOptions{BotRate: 100, Traders: 4, TraderRate: 1})
		start := time.Now()
		time.Sleep(10 * time.Second) // past the start-up: markets, funding, sign-ins
		samples := []memSample{sampleMem(start, d.Info)}
		for i := 1; i <= 3; i++ {
			time.Sleep(time.Until(start.Add(length * time.Duration(i) / 3)))
			samples = append(samples, sampleMem(start, d.Info))
		}
		fmt.Printf("demo soak (%s, 100 bot commands/s, 4 traders), %s:\n", chain, length)
		fmt.Printf("  %8s %10s %10s %10s %10s %8s\n", "at", "heap MB", "inuse MB", "RSS MB", "commands", "accounts")
		for _, s := range samples {
			fmt.Printf("  %8s %10.1f %10.1f %10.1f %10d %8d\n", s.at.Round(time.Second), mb(s.heap), mb(s.inuse), mb(s.rss), s.cmds, s.accs)
		}
		if path := os.Getenv("HOURGLASS_SOAK_HEAPPROFILE"); path != "" {
			f, err := os.Create(path)
			if err != nil {
				b.Fatal(err)
			}
			if err := pprof.WriteHeapProfile(f); err != nil {
				b.Fatal(err)
			}
			f.Close()
		}
		first, last := samples[1], samples[3]
		fmt.Printf("  heap from the first third to the end: %+.1f MB (%.2fx)\n", mb(last.heap)-mb(first.heap), float64(last.heap)/float64(first.heap))
		b.ReportMetric(mb(last.heap), "heap-MB")
		b.ReportMetric(float64(last.heap)/float64(first.heap), "heap-growth-x")
	}
}

func mb(n uint64) float64 { return float64(n) / (1 << 20) }
