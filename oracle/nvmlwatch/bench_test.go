package nvmlwatch

import (
	"encoding/json"
	"runtime"
	"testing"

	"github.com/NVIDIA/go-nvml/pkg/nvml"

	"github.com/hourglass-exchange/hourglass/oracle/nvmlwatch/nvmlmock"
)

// bareLib and bareDevice answer the watcher's calls with constants and
// record nothing (go-nvml's mock keeps every call it gets), so that the
// benchmark measures the watcher alone. Calls the watcher does not make
// panic on the nil embedded interface.
type bareLib struct {
	nvml.Interface
	devs map[string]nvml.Device
}

func (l bareLib) DeviceGetHandleByUUID(u string) (nvml.Device, nvml.Return) {
	return l.devs[u], nvml.SUCCESS
}

type bareDevice struct {
	nvml.Device
	uuid  string
	procs []nvml.ProcessInfo
}

func (d bareDevice) GetUUID() (string, nvml.Return) { return d.uuid, nvml.SUCCESS }

func (bareDevice) GetTotalEccErrors(nvml.MemoryErrorType, nvml.EccCounterType) (uint64, nvml.Return) {
	return 0, nvml.SUCCESS
}
func (bareDevice) GetRemappedRows() (int, int, bool, bool, nvml.Return) {
	return 0, 0, false, false, nvml.SUCCESS
}
func (bareDevice) GetFieldValues(fv []nvml.FieldValue) nvml.Return { return nvml.SUCCESS }
func (bareDevice) GetCurrentClocksEventReasons() (uint64, nvml.Return) {
	return 0, nvml.SUCCESS
}
func (bareDevice) GetCurrPcieLinkGeneration() (int, nvml.Return)    { return 5, nvml.SUCCESS }
func (bareDevice) GetMaxPcieLinkGeneration() (int, nvml.Return)     { return 5, nvml.SUCCESS }
func (bareDevice) GetCurrPcieLinkWidth() (int, nvml.Return)         { return 16, nvml.SUCCESS }
func (bareDevice) GetMaxPcieLinkWidth() (int, nvml.Return)          { return 16, nvml.SUCCESS }
func (bareDevice) GetPowerUsage() (uint32, nvml.Return)             { return 650000, nvml.SUCCESS }
func (bareDevice) GetTotalEnergyConsumption() (uint64, nvml.Return) { return 1e12, nvml.SUCCESS }
func (d bareDevice) GetComputeRunningProcesses() ([]nvml.ProcessInfo, nvml.Return) {
	return append([]nvml.ProcessInfo(nil), d.procs...), nvml.SUCCESS
}

// BenchmarkSample8GPUs is one poll of eight GPUs, each running two
// processes: the agent's CPU per sample (ns/op; at the default 10 s
// interval, cpu-ppm is the share of one core) and its allocations.
// "bare" is the watcher alone; "dgxh100" adds go-nvml's mock, which
// records every call (its memory grows with b.N).
func BenchmarkSample8GPUs(b *testing.B) {
	b.Run("bare", func(b *testing.B) {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		lib := bareLib{devs: map[string]nvml.Device{}}
		for _, u := range allUUIDs(8) {
			lib.devs[u] = bareDevice{procs: []nvml.ProcessInfo{{Pid: 100, UsedGpuMemory: 1 << 34}, {Pid: 101, UsedGpuMemory: 1 << 30}}}
		}
		w, err := New(Config{NVML: lib, GPUs: allUUIDs(8)})
		if err != nil {
			b.Fatal(err)
		}
		benchPolls(b, w)
		runtime.GC()
		runtime.ReadMemStats(&after)
		b.ReportMetric(float64(int64(after.HeapAlloc)-int64(before.HeapAlloc)), "heap-B")
		runtime.KeepAlive(w)
	})
	b.Run("dgxh100", func(b *testing.B) {
		n := nvmlmock.New()
		for i := range n.Devices {
			n.Fault(i, func(g *nvmlmock.GPU) {
				g.Processes = []nvml.ProcessInfo{{Pid: 100, UsedGpuMemory: 1 << 34}, {Pid: 101, UsedGpuMemory: 1 << 30}}
			})
		}
		w, err := New(Config{NVML: n, GPUs: allUUIDs(8)})
		if err != nil {
			b.Fatal(err)
		}
		benchPolls(b, w)
	})
}

func benchPolls(b *testing.B, w *Watcher) {
	w.pollAll() // resolve the handles
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		w.pollAll()
	}
	b.StopTimer()
	ns := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	b.ReportMetric(ns/float64(DefaultInterval.Nanoseconds())*1e6, "cpu-ppm@10s")
	// No event set without Run: only the polled signals are read here.
	if s := w.Snapshot().GPUs[7].Signals; s.Lost || s.Missing || len(s.Errors) > 0 || s.PCIe == nil {
		b.Fatalf("GPU 7 after the polls: %+v", s)
	}
}

// BenchmarkSnapshotJSON8GPUs is one Snapshot of eight GPUs and its JSON,
// what a challenge answer costs the agent before signing.
func BenchmarkSnapshotJSON8GPUs(b *testing.B) {
	lib := bareLib{devs: map[string]nvml.Device{}}
	for _, u := range allUUIDs(8) {
		lib.devs[u] = bareDevice{procs: []nvml.ProcessInfo{{Pid: 100, UsedGpuMemory: 1 << 34}}}
	}
	w, err := New(Config{NVML: lib, GPUs: allUUIDs(8)})
	if err != nil {
		b.Fatal(err)
	}
	w.pollAll()
	var size int
	b.ReportAllocs()
	for b.Loop() {
		j, err := json.Marshal(w.Snapshot())
		if err != nil {
			b.Fatal(err)
		}
		size = len(j)
	}
	b.ReportMetric(float64(size), "json-B")
}

// BenchmarkXIDEvent is the event loop's work for one XID event (after
// Wait returned it): name the GPU, count the XID, judge for the log.
func BenchmarkXIDEvent(b *testing.B) {
	dev := bareDevice{uuid: uuid(3)}
	lib := bareLib{devs: map[string]nvml.Device{}}
	for _, u := range allUUIDs(8) {
		lib.devs[u] = bareDevice{uuid: u}
	}
	w, err := New(Config{NVML: lib, GPUs: allUUIDs(8)})
	if err != nil {
		b.Fatal(err)
	}
	w.pollAll()
	e := nvml.EventData{Device: dev, EventType: nvml.EventTypeXidCriticalError, EventData: 79}
	b.ReportAllocs()
	for b.Loop() {
		w.onEvent(e)
	}
	if g, _ := w.Snapshot().GPU(uuid(3)); g.Signals.XIDs[0].Count != uint64(b.N) {
		b.Fatalf("XIDs %+v after %d events", g.Signals.XIDs, b.N)
	}
}
