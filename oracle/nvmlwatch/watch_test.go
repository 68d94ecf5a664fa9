package nvmlwatch

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"reflect"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/server"

	"github.com/hourglass-exchange/hourglass/oracle/nvmlwatch/nvmlmock"
)

func TestHealthyNodeSignals(t *testing.T) {
	n := nvmlmock.New()
	n.Fault(1, func(g *nvmlmock.GPU) {
		g.Processes = []nvml.ProcessInfo{{Pid: 900, UsedGpuMemory: 2 << 30}, {Pid: 12, UsedGpuMemory: 1 << 30}}
		g.ECCCorrected = 3
		g.RemappedRows = nvmlmock.Rows{Correctable: 2}
	})
	r := start(t, n, Config{})
	snap := r.w.Snapshot()
	if snap.Driver != "550.54.15" || len(snap.GPUs) != 8 || !snap.Time.Equal(t0) {
		t.Fatalf("snapshot header: driver %q, %d GPUs, time %v", snap.Driver, len(snap.GPUs), snap.Time)
	}
	othersHealthy(t, snap)
	g, _ := snap.GPU(uuid(1))
	s := g.Signals
	if s.EventMask != EventMask || n.Registered(1) != EventMask {
		t.Errorf("event mask %#x, registered %#x, want %#x", s.EventMask, n.Registered(1), EventMask)
	}
	want := []Process{{PID: 12, UsedMemoryBytes: 1 << 30}, {PID: 900, UsedMemoryBytes: 2 << 30}}
	if !reflect.DeepEqual(s.Processes, want) {
		t.Errorf("processes %+v, want %+v", s.Processes, want)
	}
	if *s.PowerMilliwatts != 700000 || *s.EnergyMillijoules != 1e9+1 || *s.ECCCorrected != 3 || *s.ECCUncorrected != 0 ||
		*s.RemappedRows != (RemappedRows{Correctable: 2}) || *s.RecoveryAction != 0 || *s.ClocksEventReasons != 0 ||
		*s.PCIe != (PCIeLink{Gen: 5, MaxGen: 5, Width: 16, MaxWidth: 16}) || !g.SampledAt.Equal(t0) || s.Polls != 1 {
		t.Errorf("signals %+v", s)
	}
}

// TestPolledFaults injects each fault a poll reads into GPU 2 of eight:
// that GPU gets exactly the expected reasons, the seven others stay healthy.
func TestPolledFaults(t *testing.T) {
	for _, tc := range []struct {
		name      string
		fault     func(g *nvmlmock.GPU)
		reasons   []string
		unhealthy bool
	}{
		{"ecc uncorrectable", func(g *nvmlmock.GPU) { g.ECCUncorrected = 1 }, []string{ReasonECCUncorrectable}, true},
		{"ecc correctable only", func(g *nvmlmock.GPU) { g.ECCCorrected = 500 }, nil, false},
		{"row remap pending", func(g *nvmlmock.GPU) { g.RemappedRows = nvmlmock.Rows{Uncorrectable: 1, Pending: true} }, []string{ReasonRowRemapPending}, true},
		{"row remap failure", func(g *nvmlmock.GPU) { g.RemappedRows = nvmlmock.Rows{Failure: true} }, []string{ReasonRowRemapFailure}, true},
		{"recovery action reset", func(g *nvmlmock.GPU) { g.RecoveryAction = uint32(nvml.GPU_RECOVERY_ACTION_GPU_RESET) }, []string{ReasonRecoveryAction}, true},
		{"recovery action drain p2p", func(g *nvmlmock.GPU) { g.RecoveryAction = uint32(nvml.GPU_RECOVERY_ACTION_DRAIN_P2P) }, []string{ReasonRecoveryAction}, true},
		{"recovery action field unsupported", func(g *nvmlmock.GPU) { g.RecoveryAction, g.RecoveryActionReturn = 1, nvml.ERROR_NOT_SUPPORTED }, nil, false},
		{"hw slowdown", func(g *nvmlmock.GPU) { g.ClocksEventReasons = nvml.ClocksThrottleReasonHwSlowdown }, []string{ReasonHWSlowdown}, false},
		{"hw thermal slowdown", func(g *nvmlmock.GPU) { g.ClocksEventReasons = nvml.ClocksThrottleReasonHwThermalSlowdown }, []string{ReasonHWSlowdown}, false},
		{"hw power brake", func(g *nvmlmock.GPU) { g.ClocksEventReasons = nvml.ClocksThrottleReasonHwPowerBrakeSlowdown }, []string{ReasonHWSlowdown}, false},
		{"sw power cap is not slowdown", func(g *nvmlmock.GPU) {
			g.ClocksEventReasons = nvml.ClocksEventReasonSwPowerCap | nvml.ClocksEventReasonSwThermalSlowdown
		}, nil, false},
		{"pcie width x8", func(g *nvmlmock.GPU) { g.PCIeWidth = 8 }, []string{ReasonPCIeWidthDegraded}, false},
		{"pcie gen3 busy", func(g *nvmlmock.GPU) { g.PCIeGen = 3 }, []string{ReasonPCIeGenDegraded}, false},
		{"pcie gen1 idle", func(g *nvmlmock.GPU) { g.PCIeGen, g.ClocksEventReasons = 1, nvml.ClocksEventReasonGpuIdle }, nil, false},
		{"gpu lost", func(g *nvmlmock.GPU) { g.Returns["*"] = nvml.ERROR_GPU_IS_LOST }, []string{ReasonGPULost}, true},
		{"lost mid-poll", func(g *nvmlmock.GPU) { g.Returns["GetCurrentClocksEventReasons"] = nvml.ERROR_GPU_IS_LOST }, []string{ReasonGPULost}, true},
		{"reset required", func(g *nvmlmock.GPU) { g.Returns["GetRemappedRows"] = nvml.ERROR_RESET_REQUIRED }, []string{ReasonResetRequired}, true},
		{"unknown error", func(g *nvmlmock.GPU) { g.Returns["GetPowerUsage"] = nvml.ERROR_UNKNOWN }, []string{ReasonNVMLUnknownError}, true},
		{"no permission", func(g *nvmlmock.GPU) { g.Returns["GetComputeRunningProcesses"] = nvml.ERROR_NO_PERMISSION }, []string{ReasonNVMLCallFailed}, false},
		{"not supported is no evidence", func(g *nvmlmock.GPU) { g.Returns["GetRemappedRows"] = nvml.ERROR_NOT_SUPPORTED }, nil, false},
		{"events unsupported", func(g *nvmlmock.GPU) { g.SupportedEvents = 0 }, []string{ReasonEventWatchFailed}, true},
		{"register fails", func(g *nvmlmock.GPU) { g.Returns["RegisterEvents"] = nvml.ERROR_UNKNOWN }, []string{ReasonEventWatchFailed}, true},
		{"everything", func(g *nvmlmock.GPU) {
			g.ECCUncorrected, g.RemappedRows, g.RecoveryAction, g.ClocksEventReasons, g.PCIeWidth, g.PCIeGen = 2, nvmlmock.Rows{Pending: true, Failure: true}, 2, nvml.ClocksThrottleReasonHwSlowdown, 4, 2
		}, []string{ReasonECCUncorrectable, ReasonHWSlowdown, ReasonPCIeGenDegraded, ReasonPCIeWidthDegraded,
			ReasonRecoveryAction, ReasonRowRemapFailure, ReasonRowRemapPending}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := nvmlmock.New()
			n.Fault(2, tc.fault)
			r := start(t, n, Config{})
			snap := r.w.Snapshot()
			othersHealthy(t, snap, 2)
			g, _ := snap.GPU(uuid(2))
			if got := codes(g); !slices.Equal(got, tc.reasons) {
				t.Errorf("reasons %v, want %v (%+v)", got, tc.reasons, g.Reasons)
			}
			if g.Healthy == tc.unhealthy {
				t.Errorf("healthy %v, want %v", g.Healthy, !tc.unhealthy)
			}
		})
	}
}

func TestMissingGPU(t *testing.T) {
	n := nvmlmock.New()
	r := start(t, n, Config{GPUs: []string{uuid(0), "GPU-not-on-this-node"}})
	snap := r.w.Snapshot()
	g, _ := snap.GPU("GPU-not-on-this-node")
	if got := codes(g); !slices.Equal(got, []string{ReasonGPUMissing}) || g.Healthy || !g.Signals.Missing {
		t.Errorf("missing GPU: %v %+v", got, g.Health)
	}
	if g, _ := snap.GPU(uuid(0)); !g.Healthy || len(g.Reasons) != 0 {
		t.Errorf("GPU 0: %+v", g.Health)
	}
	if len(snap.GPUs) != 2 {
		t.Errorf("%d GPUs, want 2", len(snap.GPUs))
	}
}

// TestXIDEvents sends XID events through the mock's event set: a critical
// one on GPU 3 makes it unhealthy and no other; the application XIDs on
// GPU 0 are recorded and do not count.
func TestXIDEvents(t *testing.T) {
	n := nvmlmock.New()
	r := start(t, n, Config{})
	for _, x := range ApplicationXIDs {
		n.Event(0, nvml.EventTypeXidCriticalError, x)
	}
	n.Event(0, nvml.EventTypeXidCriticalError, 13)
	snap := r.until(0, "with the application XIDs", func(g GPUSnapshot) bool { return len(g.Signals.XIDs) == 6 })
	othersHealthy(t, snap)
	g, _ := snap.GPU(uuid(0))
	if g.Signals.XIDs[0] != (XIDCount{XID: 13, Count: 2, First: t0, Last: t0}) {
		t.Errorf("XID 13 counted %+v", g.Signals.XIDs[0])
	}

	n.Event(3, nvml.EventTypeXidCriticalError, 79)
	snap = r.until(3, "unhealthy", func(g GPUSnapshot) bool { return !g.Healthy })
	g, _ = snap.GPU(uuid(3))
	if got := codes(g); !slices.Equal(got, []string{"xid_critical:79"}) {
		t.Errorf("GPU 3 reasons %v", got)
	}
	othersHealthy(t, snap, 3)

	// Sticky: the XID stays after later polls, as in NVIDIA's device plugin.
	r.clk.Advance(time.Minute)
	n.Event(3, nvml.EventTypeXidCriticalError, 48)
	snap = r.until(3, "with XID 48", func(g GPUSnapshot) bool { return len(g.Reasons) == 2 })
	g, _ = snap.GPU(uuid(3))
	if got := codes(g); !slices.Equal(got, []string{"xid_critical:48", "xid_critical:79"}) {
		t.Errorf("GPU 3 reasons %v", got)
	}
	if x := g.Signals.XIDs[0]; x.XID != 48 || !x.First.Equal(t0.Add(time.Minute)) {
		t.Errorf("XID 48 recorded %+v", x)
	}
	snap = r.poll()
	if g, _ := snap.GPU(uuid(3)); g.Healthy {
		t.Error("GPU 3 healthy again after a poll")
	}
}

// TestOtherEvents: double-bit ECC, single-bit ECC, GPU unavailable,
// recovery action and row-remap failure events, each on its own GPU.
func TestOtherEvents(t *testing.T) {
	n := nvmlmock.New()
	r := start(t, n, Config{})
	n.Event(1, nvml.EventTypeDoubleBitEccError, 0)
	n.Event(2, nvml.EventTypeSingleBitEccError, 0)
	n.Event(4, nvml.EventTypeGpuUnavailableError, 0)
	n.Event(5, nvml.EventTypeGpuRecoveryAction, uint64(nvml.GPU_RECOVERY_ACTION_NODE_REBOOT))
	n.Event(6, nvml.EventTypeDramRetirementFailure, 0)
	n.Event(7, nvml.EventTypeDramRetirementEvent, 0)
	snap := r.until(7, "remap event", func(g GPUSnapshot) bool { return g.Signals.RemapEvents == 1 })
	want := map[int][]string{1: {ReasonECCUncorrectable}, 4: {ReasonGPULost}, 5: {ReasonRecoveryAction}, 6: {ReasonRowRemapFailure}}
	for i, w := range want {
		g, _ := snap.GPU(uuid(i))
		if got := codes(g); !slices.Equal(got, w) || g.Healthy {
			t.Errorf("GPU %d: reasons %v healthy %v, want %v", i, got, g.Healthy, w)
		}
	}
	othersHealthy(t, snap, 1, 4, 5, 6)
	if g, _ := snap.GPU(uuid(2)); g.Signals.SBEEvents != 1 {
		t.Errorf("SBE events %d", g.Signals.SBEEvents)
	}
	if g, _ := snap.GPU(uuid(5)); g.Reasons[0].Detail != "NODE_REBOOT" {
		t.Errorf("recovery detail %q", g.Reasons[0].Detail)
	}
	// The poll reads the recovery action again: the driver says NONE now.
	snap = r.poll()
	if g, _ := snap.GPU(uuid(5)); !g.Healthy {
		t.Errorf("GPU 5 after the poll read NONE: %+v", g.Health)
	}
}

// TestUnattributedEvent: an event whose GPU NVML cannot name counts on
// every GPU (NVIDIA's device plugin marks them all unhealthy); an event of
// a GPU outside the watched set changes nothing.
func TestUnattributedEvent(t *testing.T) {
	n := nvmlmock.New()
	r := start(t, n, Config{GPUs: allUUIDs(4)})
	n.Event(6, nvml.EventTypeXidCriticalError, 79) // GPU 6 is not watched
	bad := &mock.Device{GetUUIDFunc: func() (string, nvml.Return) { return "", nvml.ERROR_UNKNOWN }}
	n.Event(0, nvml.EventTypeSingleBitEccError, 0)
	n.EventData(nvml.EventData{Device: bad, EventType: nvml.EventTypeXidCriticalError, EventData: 62})
	snap := r.until(3, "unhealthy", func(g GPUSnapshot) bool { return !g.Healthy })
	if snap.UnattributedEvents != 1 {
		t.Errorf("unattributed %d", snap.UnattributedEvents)
	}
	for _, g := range snap.GPUs {
		if got := codes(g); !slices.Equal(got, []string{"xid_critical:62"}) {
			t.Errorf("GPU %s reasons %v", g.UUID, got)
		}
	}
}

func TestBoundedXIDsAndProcesses(t *testing.T) {
	n := nvmlmock.New()
	var procs []nvml.ProcessInfo
	for pid := uint32(10); pid > 0; pid-- {
		procs = append(procs, nvml.ProcessInfo{Pid: pid, UsedGpuMemory: uint64(pid)})
	}
	n.Fault(0, func(g *nvmlmock.GPU) { g.Processes = procs })
	r := start(t, n, Config{MaxXIDs: 4, MaxProcesses: 3})
	for x := uint64(100); x < 110; x++ {
		n.Event(0, nvml.EventTypeXidCriticalError, x)
	}
	n.Event(0, nvml.EventTypeXidCriticalError, 101)
	snap := r.until(0, "all XIDs", func(g GPUSnapshot) bool { return g.Signals.XIDsDropped == 6 })
	g, _ := snap.GPU(uuid(0))
	s := g.Signals
	if len(s.XIDs) != 4 || s.XIDs[0].XID != 100 || s.XIDs[3].XID != 103 || s.XIDs[1].Count != 2 {
		t.Errorf("XIDs %+v", s.XIDs)
	}
	want := []Process{{1, 1}, {2, 2}, {3, 3}}
	if !reflect.DeepEqual(s.Processes, want) || s.ProcessesDropped != 7 {
		t.Errorf("processes %+v dropped %d", s.Processes, s.ProcessesDropped)
	}
}

// TestPollsFollowTheFault: a fault that appears between polls is seen at
// the next one and goes when it clears; HW slowdown is counted per poll.
func TestPollsFollowTheFault(t *testing.T) {
	n := nvmlmock.New()
	r := start(t, n, Config{})
	n.Fault(5, func(g *nvmlmock.GPU) {
		g.ClocksEventReasons = nvml.ClocksThrottleReasonHwThermalSlowdown
		g.EnergyMillijoules += 3600e3
	})
	snap := r.poll()
	g, _ := snap.GPU(uuid(5))
	if !g.Healthy || !g.Degraded || g.Reasons[0] != (Reason{Code: ReasonHWSlowdown, Detail: "hw_thermal"}) {
		t.Errorf("slowdown: %+v", g.Health)
	}
	if !g.SampledAt.Equal(t0.Add(DefaultInterval)) || *g.Signals.EnergyMillijoules != 1e9+5+3600e3 {
		t.Errorf("sampled %v energy %d", g.SampledAt, *g.Signals.EnergyMillijoules)
	}
	n.Fault(5, func(g *nvmlmock.GPU) { g.ClocksEventReasons = nvml.ClocksEventReasonGpuIdle })
	snap = r.poll()
	g, _ = snap.GPU(uuid(5))
	if !g.Healthy || g.Degraded || g.Signals.Polls != 3 || g.Signals.SlowdownPolls != 1 {
		t.Errorf("after slowdown: %+v polls %d slowdown polls %d", g.Health, g.Signals.Polls, g.Signals.SlowdownPolls)
	}
	othersHealthy(t, snap)
}

// TestLostGPUStaysLost: a GPU lost once stays lost (it needs a reset),
// and the poll stops calling it after the call that said so.
func TestLostGPUStaysLost(t *testing.T) {
	n := nvmlmock.New()
	r := start(t, n, Config{})
	dev := n.Devices[4].(*server.Device)
	before := len(dev.GetPowerUsageCalls())
	n.Fault(4, func(g *nvmlmock.GPU) { g.Returns["GetTotalEccErrors"] = nvml.ERROR_GPU_IS_LOST })
	snap := r.poll()
	if g, _ := snap.GPU(uuid(4)); !g.Signals.Lost || g.Healthy {
		t.Fatalf("lost: %+v", g.Health)
	}
	if got := len(dev.GetPowerUsageCalls()); got != before {
		t.Errorf("power read %d times after the GPU was lost", got-before)
	}
	n.Fault(4, func(g *nvmlmock.GPU) { delete(g.Returns, "GetTotalEccErrors") })
	snap = r.poll()
	if g, _ := snap.GPU(uuid(4)); !g.Signals.Lost || g.Healthy {
		t.Errorf("lost GPU healthy again without a reset: %+v", g.Health)
	}
	othersHealthy(t, snap, 4)
}

// TestWaitFailure: a failing EventSet.Wait marks every GPU's events
// unwatched until a Wait works again; logged once each way.
func TestWaitFailure(t *testing.T) {
	n := nvmlmock.New()
	lg := &logCount{}
	r := start(t, n, Config{Log: slog.New(lg)})
	n.SetWaitReturn(nvml.ERROR_UNKNOWN)
	snap := r.until(7, "unwatched", func(g GPUSnapshot) bool { return !g.Healthy })
	for _, g := range snap.GPUs {
		if got := codes(g); !slices.Equal(got, []string{ReasonEventWatchFailed}) || g.Signals.EventWatchError != int(nvml.ERROR_UNKNOWN) {
			t.Errorf("GPU %s: %v", g.UUID, got)
		}
	}
	n.SetWaitReturn(nvml.SUCCESS)
	r.clk.Advance(time.Second) // the loop's back-off
	snap = r.until(7, "watched again", func(g GPUSnapshot) bool { return g.Healthy })
	othersHealthy(t, snap)
	if err := r.close(); err != nil {
		t.Fatal(err)
	}
	if e, i := lg.count("nvmlwatch: NVML event wait fails: XID events unwatched"), lg.count("nvmlwatch: NVML event wait works again"); e != 1 || i != 1 {
		t.Errorf("wait logs: %d failures, %d recoveries, want 1 and 1", e, i)
	}
	if u := lg.count("nvmlwatch: GPU unhealthy"); u != 8 {
		t.Errorf("%d unhealthy logs, want 8 (one per GPU)", u)
	}
}

func TestEventSetCreateFails(t *testing.T) {
	n := nvmlmock.New()
	n.EventSetCreateFunc = func() (nvml.EventSet, nvml.Return) { return nil, nvml.ERROR_NOT_SUPPORTED }
	r := start(t, n, Config{})
	snap := r.poll()
	for _, g := range snap.GPUs {
		if got := codes(g); !slices.Equal(got, []string{ReasonEventWatchFailed}) || g.Signals.Polls != 2 {
			t.Errorf("GPU %s: %v after %d polls", g.UUID, got, g.Signals.Polls)
		}
	}
}

// TestRunStopsWithContext: the event loop and the polls end when ctx ends;
// the event set is freed and NVML shut down; no Wait after Run returned.
func TestRunStopsWithContext(t *testing.T) {
	n := nvmlmock.New()
	r := start(t, n, Config{WaitTimeout: 50 * time.Millisecond})
	waitForWaits(t, n.EventSet(), 2)
	began := time.Now()
	if err := r.close(); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(began); d > time.Second {
		t.Errorf("Run took %v to stop with a 50ms wait timeout", d)
	}
	waits := len(n.EventSet().WaitCalls())
	if len(n.EventSet().FreeCalls()) != 1 || len(n.ShutdownCalls()) != 1 || len(n.InitCalls()) != 1 {
		t.Errorf("free %d shutdown %d init %d", len(n.EventSet().FreeCalls()), len(n.ShutdownCalls()), len(n.InitCalls()))
	}
	time.Sleep(100 * time.Millisecond) // a leaked loop would Wait again in this time
	if got := len(n.EventSet().WaitCalls()); got != waits {
		t.Errorf("%d Waits after Run returned", got-waits)
	}
}

func waitForWaits(t *testing.T, set *mock.EventSet, k int) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for len(set.WaitCalls()) < k {
		if time.Now().After(deadline) {
			t.Fatal("no Wait")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestRunInitFails(t *testing.T) {
	n := nvmlmock.New()
	n.InitFunc = func() nvml.Return { return nvml.ERROR_LIBRARY_NOT_FOUND }
	w, err := New(Config{NVML: n, GPUs: allUUIDs(1)})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Run(context.Background()); !errors.Is(err, ErrInit) {
		t.Fatalf("Run: %v, want ErrInit", err)
	}
	if g := w.Snapshot().GPUs[0]; g.Healthy || codes(g)[0] != ReasonNoSample {
		t.Errorf("unsampled GPU: %+v", g.Health)
	}
}

func TestNewRejects(t *testing.T) {
	n := nvmlmock.New()
	for name, cfg := range map[string]Config{
		"no nvml":        {GPUs: allUUIDs(1)},
		"no gpu":         {NVML: n},
		"repeated":       {NVML: n, GPUs: []string{uuid(1), uuid(1)}},
		"not a uuid":     {NVML: n, GPUs: []string{"0"}},
		"negative":       {NVML: n, GPUs: allUUIDs(1), Interval: -1},
		"huge wait":      {NVML: n, GPUs: allUUIDs(1), WaitTimeout: 2 * time.Hour},
		"negative bound": {NVML: n, GPUs: allUUIDs(1), MaxXIDs: -1},
	} {
		if _, err := New(cfg); !errors.Is(err, ErrConfig) {
			t.Errorf("%s: %v, want ErrConfig", name, err)
		}
	}
}

// TestSnapshotDeterministicJSON: two nodes given the same faults, events
// in a different order and GPUs listed in a different order, give the
// same bytes; the JSON reads back to the same snapshot.
func TestSnapshotDeterministicJSON(t *testing.T) {
	build := func(order []int, gpus []string) []byte {
		n := nvmlmock.New()
		n.Fault(2, func(g *nvmlmock.GPU) {
			g.Processes = []nvml.ProcessInfo{{Pid: 7, UsedGpuMemory: 1}, {Pid: 3, UsedGpuMemory: 2}}
			g.ClocksEventReasons = nvml.ClocksThrottleReasonHwSlowdown
			g.RemappedRows = nvmlmock.Rows{Pending: true}
		})
		r := start(t, n, Config{GPUs: gpus})
		for _, x := range order {
			n.Event(x%8, nvml.EventTypeXidCriticalError, uint64(x))
		}
		r.until(order[len(order)-1]%8, "all events", func(GPUSnapshot) bool {
			var total uint64
			for _, g := range r.w.Snapshot().GPUs {
				for _, x := range g.Signals.XIDs {
					total += x.Count
				}
			}
			return total == uint64(len(order))
		})
		b, err := json.Marshal(r.w.Snapshot())
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	a := build([]int{79, 48, 13, 94, 31}, allUUIDs(8))
	rev := allUUIDs(8)
	slices.Reverse(rev)
	b := build([]int{31, 94, 13, 48, 79}, rev)
	if !bytes.Equal(a, b) {
		t.Fatalf("snapshots differ:\n%s\n%s", a, b)
	}
	var back Snapshot
	if err := json.Unmarshal(a, &back); err != nil {
		t.Fatal(err)
	}
	c, _ := json.Marshal(back)
	if !bytes.Equal(a, c) {
		t.Fatalf("round trip differs:\n%s\n%s", a, c)
	}
	t.Logf("snapshot of 8 GPUs: %d bytes of JSON", len(a))
}

// TestSnapshotSharesNothing: changing a returned snapshot changes no
// later one.
func TestSnapshotSharesNothing(t *testing.T) {
	n := nvmlmock.New()
	n.Fault(0, func(g *nvmlmock.GPU) { g.Processes = []nvml.ProcessInfo{{Pid: 1}} })
	r := start(t, n, Config{})
	n.Event(0, nvml.EventTypeXidCriticalError, 13)
	s1 := r.until(0, "XID", func(g GPUSnapshot) bool { return len(g.Signals.XIDs) == 1 })
	g := s1.GPUs[0]
	g.Signals.XIDs[0].XID = 79
	g.Signals.Processes[0].PID = 2
	*g.Signals.PowerMilliwatts = 1
	g2 := r.w.Snapshot().GPUs[0]
	if g2.Signals.XIDs[0].XID != 13 || g2.Signals.Processes[0].PID != 1 || *g2.Signals.PowerMilliwatts != 700000 {
		t.Errorf("snapshot shared: %+v", g2.Signals)
	}
}

// logCount is a slog handler that counts messages.
type logCount struct {
	mu sync.Mutex
	n  map[string]int
}

func (l *logCount) Enabled(context.Context, slog.Level) bool { return true }
func (l *logCount) Handle(_ context.Context, r slog.Record) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.n == nil {
		l.n = map[string]int{}
	}
	l.n[r.Message]++
	return nil
}
func (l *logCount) WithAttrs([]slog.Attr) slog.Handler { return l }
func (l *logCount) WithGroup(string) slog.Handler      { return l }
func (l *logCount) count(msg string) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.n[msg]
}
