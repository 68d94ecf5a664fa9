// Package nvmlmock is go-nvml's DGX H100 mock (mock/dgxh100) answering
// every call nvmlwatch makes, with faults to inject: the node for tests and
// demos that run a watcher without a GPU. go-nvml's mock leaves the health
// calls unset (calling one panics); Wire sets them all from a GPU value per
// device, healthy until a test changes it, and feeds the event set from
// Event.
package nvmlmock

import (
	"fmt"
	"sync"
	"time"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/dgxh100"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/server"
)

// UUID is the deterministic UUID New gives GPU i (go-nvml's mock draws
// random ones).
func UUID(i int) string { return fmt.Sprintf("GPU-%08d-0000-4000-8000-000000000000", i) }

// GPU is what one mock GPU reports. Change it only through Node.Fault.
type GPU struct {
	ECCUncorrected, ECCCorrected uint64 // GetTotalEccErrors, volatile
	RemappedRows                 Rows   // GetRemappedRows
	RecoveryAction               uint32 // FI_DEV_GET_GPU_RECOVERY_ACTION
	RecoveryActionReturn         nvml.Return
	ClocksEventReasons           uint64
	PCIeGen, PCIeMaxGen          int
	PCIeWidth, PCIeMaxWidth      int
	PowerMilliwatts              uint32
	EnergyMillijoules            uint64
	Processes                    []nvml.ProcessInfo
	SupportedEvents              uint64 // GetSupportedEventTypes
	// Returns forces a call's return code by method name
	// ("GetPowerUsage"); "*" forces every call.
	Returns map[string]nvml.Return
	// Registered is the mask RegisterEvents last accepted.
	Registered uint64
}

// Rows is GetRemappedRows' answer.
type Rows struct {
	Correctable, Uncorrectable int
	Pending, Failure           bool
}

// Node is a mock node: the go-nvml server (pass it as nvml.Interface) and
// its GPUs' state.
type Node struct {
	*server.Server
	set    *mock.EventSet
	events chan nvml.EventData

	mu      sync.Mutex
	gpus    []*GPU
	waitRet nvml.Return
}

// New is go-nvml's DGX H100 (8 GPUs) with UUIDs UUID(0..7), wired.
func New() *Node {
	s := dgxh100.New()
	for i, d := range s.Devices {
		d.(*server.Device).UUID = UUID(i)
	}
	return Wire(s)
}

// Wire sets every call nvmlwatch makes on s and its devices (overwriting
// those already set) and returns the node; the GPUs start healthy: PCIe gen5
// x16, 700 W, no error, every event type supported.
func Wire(s *server.Server) *Node {
	n := &Node{Server: s, events: make(chan nvml.EventData, 256)}
	for i, d := range s.Devices {
		g := &GPU{PCIeGen: 5, PCIeMaxGen: 5, PCIeWidth: 16, PCIeMaxWidth: 16, PowerMilliwatts: 700000,
			EnergyMillijoules: 1e9 + uint64(i), SupportedEvents: nvml.EventTypeAll, Returns: map[string]nvml.Return{}}
		n.gpus = append(n.gpus, g)
		n.wire(d.(*server.Device), g)
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
	s.EventSetCreateFunc = func() (nvml.EventSet, nvml.Return) { return n.set, nvml.SUCCESS }
	return n
}

// EventSet is the node's one event set (its call records count Waits).
func (n *Node) EventSet() *mock.EventSet { return n.set }

// Fault changes GPU i's state.
func (n *Node) Fault(i int, f func(g *GPU)) {
	n.mu.Lock()
	defer n.mu.Unlock()
	f(n.gpus[i])
}

// Registered is the event mask GPU i last registered.
func (n *Node) Registered(i int) uint64 {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.gpus[i].Registered
}

// Event queues one event of type typ (nvml.EventType...) with data (the
// XID, the recovery action) on GPU i, as NVML reports a whole GPU's event.
// It blocks when 256 events wait unread.
func (n *Node) Event(i int, typ, data uint64) {
	n.EventData(nvml.EventData{Device: n.Devices[i], EventType: typ, EventData: data,
		GpuInstanceId: 0xFFFFFFFF, ComputeInstanceId: 0xFFFFFFFF})
}

// XID queues an XID critical-error event on GPU i.
func (n *Node) XID(i int, xid uint64) { n.Event(i, nvml.EventTypeXidCriticalError, xid) }

// EventData queues e as it is.
func (n *Node) EventData(e nvml.EventData) { n.events <- e }

// SetWaitReturn makes every EventSet.Wait fail with ret (SUCCESS: work
// again).
func (n *Node) SetWaitReturn(ret nvml.Return) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.waitRet = ret
}

// ret is the forced return of call on g, SUCCESS when none. n.mu held.
func ret(g *GPU, call string) nvml.Return {
	if r, ok := g.Returns["*"]; ok {
		return r
	}
	if r, ok := g.Returns[call]; ok {
		return r
	}
	return nvml.SUCCESS
}

func (n *Node) wire(dev *server.Device, g *GPU) {
	lock := func() func() { n.mu.Lock(); return n.mu.Unlock }
	dev.GetSupportedEventTypesFunc = func() (uint64, nvml.Return) {
		defer lock()()
		return g.SupportedEvents, ret(g, "GetSupportedEventTypes")
	}
	dev.RegisterEventsFunc = func(mask uint64, _ nvml.EventSet) nvml.Return {
		defer lock()()
		r := ret(g, "RegisterEvents")
		if r == nvml.SUCCESS {
			g.Registered = mask
		}
		return r
	}
	dev.GetTotalEccErrorsFunc = func(t nvml.MemoryErrorType, _ nvml.EccCounterType) (uint64, nvml.Return) {
		defer lock()()
		if t == nvml.MEMORY_ERROR_TYPE_UNCORRECTED {
			return g.ECCUncorrected, ret(g, "GetTotalEccErrors")
		}
		return g.ECCCorrected, ret(g, "GetTotalEccErrors")
	}
	dev.GetRemappedRowsFunc = func() (int, int, bool, bool, nvml.Return) {
		defer lock()()
		r := g.RemappedRows
		return r.Correctable, r.Uncorrectable, r.Pending, r.Failure, ret(g, "GetRemappedRows")
	}
	dev.GetFieldValuesFunc = func(fv []nvml.FieldValue) nvml.Return {
		defer lock()()
		for i := range fv {
			if fv[i].FieldId != nvml.FI_DEV_GET_GPU_RECOVERY_ACTION {
				fv[i].NvmlReturn = uint32(nvml.ERROR_NOT_SUPPORTED)
				continue
			}
			fv[i].NvmlReturn = uint32(g.RecoveryActionReturn)
			fv[i].ValueType = uint32(nvml.VALUE_TYPE_UNSIGNED_INT)
			fv[i].Value = [8]byte{byte(g.RecoveryAction), byte(g.RecoveryAction >> 8), byte(g.RecoveryAction >> 16), byte(g.RecoveryAction >> 24)}
		}
		return ret(g, "GetFieldValues")
	}
	dev.GetCurrentClocksEventReasonsFunc = func() (uint64, nvml.Return) {
		defer lock()()
		return g.ClocksEventReasons, ret(g, "GetCurrentClocksEventReasons")
	}
	dev.GetCurrPcieLinkGenerationFunc = func() (int, nvml.Return) {
		defer lock()()
		return g.PCIeGen, ret(g, "GetCurrPcieLinkGeneration")
	}
	dev.GetMaxPcieLinkGenerationFunc = func() (int, nvml.Return) {
		defer lock()()
		return g.PCIeMaxGen, ret(g, "GetMaxPcieLinkGeneration")
	}
	dev.GetCurrPcieLinkWidthFunc = func() (int, nvml.Return) {
		defer lock()()
		return g.PCIeWidth, ret(g, "GetCurrPcieLinkWidth")
	}
	dev.GetMaxPcieLinkWidthFunc = func() (int, nvml.Return) {
		defer lock()()
		return g.PCIeMaxWidth, ret(g, "GetMaxPcieLinkWidth")
	}
	dev.GetPowerUsageFunc = func() (uint32, nvml.Return) {
		defer lock()()
		return g.PowerMilliwatts, ret(g, "GetPowerUsage")
	}
	dev.GetTotalEnergyConsumptionFunc = func() (uint64, nvml.Return) {
		defer lock()()
		return g.EnergyMillijoules, ret(g, "GetTotalEnergyConsumption")
	}
	dev.GetComputeRunningProcessesFunc = func() ([]nvml.ProcessInfo, nvml.Return) {
		defer lock()()
		return append([]nvml.ProcessInfo(nil), g.Processes...), ret(g, "GetComputeRunningProcesses")
	}
}
