package nvmlwatch

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/dgxh100"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/server"

	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// t0 is the fake clock's start.
var t0 = time.Date(2027, 1, 4, 10, 0, 0, 0, time.UTC)

// uuid is the deterministic UUID the tests give GPU i of the mock node.
func uuid(i int) string { return fmt.Sprintf("GPU-%08d-0000-4000-8000-000000000000", i) }

// mockGPU is what one mock GPU reports; rets forces a return code on
// a call by name ("*" on every call).
type mockGPU struct {
	eccU, eccC                 uint64
	rows                       RemappedRows
	action                     uint32
	actionRet                  nvml.Return // the field's own return
	clocks                     uint64
	gen, maxGen, width, maxWid int
	power                      uint32
	energy                     uint64
	procs                      []nvml.ProcessInfo
	supported                  uint64
	rets                       map[string]nvml.Return
	registered                 uint64 // the mask RegisterEvents got
}

// node is go-nvml's DGX H100 mock with every call the watcher makes wired
// to a mockGPU, and an event set fed by a channel.
type node struct {
	s      *server.Server
	events chan nvml.EventData
	set    *mock.EventSet

	mu      sync.Mutex
	gpus    []*mockGPU
	waitRet nvml.Return // forced Wait return (SUCCESS: normal)
}

func newNode(t testing.TB) *node {
	n := &node{s: dgxh100.New(), events: make(chan nvml.EventData, 64)}
	for i, d := range n.s.Devices {
		dev := d.(*server.Device)
		dev.UUID = uuid(i)
		g := &mockGPU{gen: 5, maxGen: 5, width: 16, maxWid: 16, power: 70000 + uint32(i), energy: 1e9 + uint64(i),
			supported: nvml.EventTypeAll, rets: map[string]nvml.Return{}}
		n.gpus = append(n.gpus, g)
		n.wire(dev, g)
	}
	n.set = &mock.EventSet{
		WaitFunc: func(ms uint32) (nvml.EventData, nvml.Return) {
			n.mu.Lock()
			ret := n.waitRet
			n.mu.Unlock()
			if ret != nvml.SUCCESS {
				return nvml.EventData{}, ret
			}
			tm := time.NewTimer(time.Duration(ms) * time.Millisecond)
			defer tm.Stop()
			select {
			case e := <-n.events:
				return e, nvml.SUCCESS
			case <-tm.C:
				return nvml.EventData{}, nvml.ERROR_TIMEOUT
			}
		},
		FreeFunc: func() nvml.Return { return nvml.SUCCESS },
	}
	n.s.EventSetCreateFunc = func() (nvml.EventSet, nvml.Return) { return n.set, nvml.SUCCESS }
	return n
}

// ret is the forced return of call on g, SUCCESS when none.
func (n *node) ret(g *mockGPU, call string) nvml.Return {
	if r, ok := g.rets["*"]; ok {
		return r
	}
	if r, ok := g.rets[call]; ok {
		return r
	}
	return nvml.SUCCESS
}

func (n *node) wire(dev *server.Device, g *mockGPU) {
	lock := func() func() { n.mu.Lock(); return n.mu.Unlock }
	dev.GetSupportedEventTypesFunc = func() (uint64, nvml.Return) {
		defer lock()()
		return g.supported, n.ret(g, "GetSupportedEventTypes")
	}
	dev.RegisterEventsFunc = func(mask uint64, _ nvml.EventSet) nvml.Return {
		defer lock()()
		r := n.ret(g, "RegisterEvents")
		if r == nvml.SUCCESS {
			g.registered = mask
		}
		return r
	}
	dev.GetTotalEccErrorsFunc = func(t nvml.MemoryErrorType, _ nvml.EccCounterType) (uint64, nvml.Return) {
		defer lock()()
		if t == nvml.MEMORY_ERROR_TYPE_UNCORRECTED {
			return g.eccU, n.ret(g, "GetTotalEccErrors")
		}
		return g.eccC, n.ret(g, "GetTotalEccErrors")
	}
	dev.GetRemappedRowsFunc = func() (int, int, bool, bool, nvml.Return) {
		defer lock()()
		r := g.rows
		return r.Correctable, r.Uncorrectable, r.Pending, r.Failure, n.ret(g, "GetRemappedRows")
	}
	dev.GetFieldValuesFunc = func(fv []nvml.FieldValue) nvml.Return {
		defer lock()()
		for i := range fv {
			if fv[i].FieldId != nvml.FI_DEV_GET_GPU_RECOVERY_ACTION {
				fv[i].NvmlReturn = uint32(nvml.ERROR_NOT_SUPPORTED)
				continue
			}
			fv[i].NvmlReturn = uint32(g.actionRet)
			fv[i].ValueType = uint32(nvml.VALUE_TYPE_UNSIGNED_INT)
			fv[i].Value = [8]byte{byte(g.action)}
		}
		return n.ret(g, "GetFieldValues")
	}
	dev.GetCurrentClocksEventReasonsFunc = func() (uint64, nvml.Return) {
		defer lock()()
		return g.clocks, n.ret(g, "GetCurrentClocksEventReasons")
	}
	dev.GetCurrPcieLinkGenerationFunc = func() (int, nvml.Return) {
		defer lock()()
		return g.gen, n.ret(g, "GetCurrPcieLinkGeneration")
	}
	dev.GetMaxPcieLinkGenerationFunc = func() (int, nvml.Return) {
		defer lock()()
		return g.maxGen, n.ret(g, "GetMaxPcieLinkGeneration")
	}
	dev.GetCurrPcieLinkWidthFunc = func() (int, nvml.Return) {
		defer lock()()
		return g.width, n.ret(g, "GetCurrPcieLinkWidth")
	}
	dev.GetMaxPcieLinkWidthFunc = func() (int, nvml.Return) {
		defer lock()()
		return g.maxWid, n.ret(g, "GetMaxPcieLinkWidth")
	}
	dev.GetPowerUsageFunc = func() (uint32, nvml.Return) {
		defer lock()()
		return g.power, n.ret(g, "GetPowerUsage")
	}
	dev.GetTotalEnergyConsumptionFunc = func() (uint64, nvml.Return) {
		defer lock()()
		return g.energy, n.ret(g, "GetTotalEnergyConsumption")
	}
	dev.GetComputeRunningProcessesFunc = func() ([]nvml.ProcessInfo, nvml.Return) {
		defer lock()()
		return append([]nvml.ProcessInfo(nil), g.procs...), n.ret(g, "GetComputeRunningProcesses")
	}
}

// fault changes GPU i's state under the node's lock.
func (n *node) fault(i int, f func(g *mockGPU)) {
	n.mu.Lock()
	defer n.mu.Unlock()
	f(n.gpus[i])
}

// event queues one event on GPU i.
func (n *node) event(i int, typ, data uint64) {
	n.events <- nvml.EventData{Device: n.s.Devices[i], EventType: typ, EventData: data,
		GpuInstanceId: 0xFFFFFFFF, ComputeInstanceId: 0xFFFFFFFF}
}

func allUUIDs(n int) []string {
	u := make([]string, n)
	for i := range u {
		u[i] = uuid(i)
	}
	return u
}

// run is one watcher running over a node, with a fake clock.
type run struct {
	t    testing.TB
	n    *node
	w    *Watcher
	clk  *clock.Fake
	stop context.CancelFunc
	done chan error
}

func start(t testing.TB, n *node, cfg Config) *run {
	t.Helper()
	clk := clock.NewFake(t0)
	cfg.NVML, cfg.Clock = n.s, clk
	if cfg.GPUs == nil {
		cfg.GPUs = allUUIDs(len(n.s.Devices))
	}
	if cfg.WaitTimeout == 0 {
		cfg.WaitTimeout = 20 * time.Millisecond
	}
	w, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	r := &run{t: t, n: n, w: w, clk: clk, stop: cancel, done: make(chan error, 1)}
	go func() { r.done <- w.Run(ctx) }()
	t.Cleanup(func() { r.close() })
	r.waitPolls(1)
	return r
}

// close stops the watcher and waits for Run to return.
func (r *run) close() error {
	r.t.Helper()
	if r.stop == nil {
		return nil
	}
	r.stop()
	r.stop = nil
	select {
	case err := <-r.done:
		return err
	case <-time.After(5 * time.Second):
		r.t.Fatal("Run did not return after its context ended")
		return nil
	}
}

// waitPolls waits until every GPU has been polled at least k times.
func (r *run) waitPolls(k uint64) Snapshot {
	r.t.Helper()
	var snap Snapshot
	testsvc.CheckFor(r.t, 5*time.Second, 5*time.Millisecond, func() error {
		snap = r.w.Snapshot()
		for _, g := range snap.GPUs {
			if g.Signals.Polls < k {
				return fmt.Errorf("GPU %s polled %d times, want %d", g.UUID, g.Signals.Polls, k)
			}
		}
		return nil
	})
	return snap
}

// poll advances the clock one interval and waits for the poll it starts.
func (r *run) poll() Snapshot {
	r.t.Helper()
	k := r.w.Snapshot().GPUs[0].Signals.Polls
	r.clk.Advance(r.w.interval)
	return r.waitPolls(k + 1)
}

// until waits until GPU i's snapshot satisfies ok.
func (r *run) until(i int, what string, ok func(g GPUSnapshot) bool) Snapshot {
	r.t.Helper()
	var snap Snapshot
	testsvc.CheckFor(r.t, 5*time.Second, 5*time.Millisecond, func() error {
		snap = r.w.Snapshot()
		g, _ := snap.GPU(uuid(i))
		if !ok(g) {
			return fmt.Errorf("GPU %d: not yet %s: %+v", i, what, g.Health)
		}
		return nil
	})
	return snap
}

// codes is a GPU's reasons as "code" or "code:xid" strings.
func codes(g GPUSnapshot) []string {
	var c []string
	for _, r := range g.Reasons {
		if r.XID != 0 {
			c = append(c, fmt.Sprintf("%s:%d", r.Code, r.XID))
		} else {
			c = append(c, r.Code)
		}
	}
	return c
}

// othersHealthy fails unless every GPU but the ones named is healthy with
// no reason.
func othersHealthy(t testing.TB, snap Snapshot, except ...int) {
	t.Helper()
	skip := map[string]bool{}
	for _, i := range except {
		skip[uuid(i)] = true
	}
	for _, g := range snap.GPUs {
		if skip[g.UUID] {
			continue
		}
		if !g.Healthy || g.Degraded || len(g.Reasons) != 0 {
			t.Errorf("GPU %s: want healthy with no reason, got %+v", g.UUID, g.Health)
		}
	}
}
