package nvmlwatch

import (
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
)

// BenchmarkWatcherMemory is the agent's watcher over a day of sampling:
// eight GPUs, two processes each, polled 8,640 times (a day at the default
// 10 s interval), one XID event on every GPU each hour, then a snapshot.
// heap-B is what the watcher holds after the day (live heap after a GC,
// over the heap before it was made); growth-B what the samples after the
// first hour added to it (0: its memory does not grow with time);
// ns/sample the CPU of one poll of the eight GPUs; rss-KB the benchmark
// process's resident set after the day (the test binary's, an upper bound
// on what the watcher adds to the agent).
func BenchmarkWatcherMemory(b *testing.B) {
	const samples, perHour = 8640, 360
	var heap, growth int64
	for b.Loop() {
		var m0, m1, m2 runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&m0)
		lib := bareLib{devs: map[string]nvml.Device{}}
		for _, u := range allUUIDs(8) {
			lib.devs[u] = bareDevice{uuid: u, procs: []nvml.ProcessInfo{{Pid: 100, UsedGpuMemory: 1 << 34}, {Pid: 101, UsedGpuMemory: 1 << 30}}}
		}
		w, err := New(Config{NVML: lib, GPUs: allUUIDs(8)})
		if err != nil {
			b.Fatal(err)
		}
		for i := range samples {
			w.pollAll()
			if i%perHour == 0 {
				for _, u := range allUUIDs(8) {
					w.onEvent(nvml.EventData{Device: lib.devs[u], EventType: nvml.EventTypeXidCriticalError, EventData: 13})
				}
			}
			if i == perHour-1 {
				runtime.GC()
				runtime.ReadMemStats(&m1)
			}
		}
		if s := w.Snapshot(); len(s.GPUs) != 8 || s.GPUs[0].Signals.XIDs[0].Count != samples/perHour {
			b.Fatalf("after the day: %+v", s.GPUs[0].Signals)
		}
		runtime.GC()
		runtime.ReadMemStats(&m2)
		heap, growth = int64(m2.HeapAlloc)-int64(m0.HeapAlloc), int64(m2.HeapAlloc)-int64(m1.HeapAlloc)
		runtime.KeepAlive(w)
	}
	b.ReportMetric(float64(heap), "heap-B")
	b.ReportMetric(float64(growth), "growth-B")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/samples, "ns/sample")
	b.ReportMetric(float64(rssKB()), "rss-KB")
}

// rssKB is the process's resident set (VmRSS), 0 where /proc has none.
func rssKB() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == "VmRSS:" {
			n, _ := strconv.ParseInt(f[1], 10, 64)
			return n
		}
	}
	return 0
}
