package nvmlwatch

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
)

// Reason codes: stable strings that later layers sign, count and show.
// The ones in unhealthyCodes make a GPU unhealthy; the others only mark it
// degraded. docs/oracle.md ("NVML evidence") has the table with sources.
const (
	// Unhealthy.
	ReasonNoSample         = "no_sample"          // not polled yet: no evidence either way
	ReasonGPUMissing       = "gpu_missing"        // NVML does not know the UUID
	ReasonGPULost          = "gpu_lost"           // ERROR_GPU_IS_LOST, or a GPU-unavailable event
	ReasonResetRequired    = "reset_required"     // a call returned ERROR_RESET_REQUIRED
	ReasonNVMLUnknownError = "nvml_unknown_error" // a call returned ERROR_UNKNOWN
	ReasonXIDCritical      = "xid_critical"       // one per critical XID number seen
	ReasonECCUncorrectable = "ecc_uncorrectable"  // volatile uncorrected ECC count > 0, or a DBE event
	ReasonRowRemapPending  = "row_remap_pending"  // a remap waits for a GPU reset
	ReasonRowRemapFailure  = "row_remap_failure"  // a remap failed (RMA threshold)
	ReasonRecoveryAction   = "recovery_action"    // the driver asks for a reset, reboot or drain
	ReasonEventWatchFailed = "event_watch_failed" // XID events are not being watched
	// Degraded.
	ReasonHWSlowdown        = "hw_slowdown"         // HW / HW thermal / HW power-brake slowdown now
	ReasonPCIeWidthDegraded = "pcie_width_degraded" // link narrower than its maximum
	ReasonPCIeGenDegraded   = "pcie_gen_degraded"   // link slower than its maximum while not idle
	ReasonNVMLCallFailed    = "nvml_call_failed"    // any other failing NVML call
)

var unhealthyCodes = map[string]bool{
	ReasonNoSample: true, ReasonGPUMissing: true, ReasonGPULost: true, ReasonResetRequired: true,
	ReasonNVMLUnknownError: true, ReasonXIDCritical: true, ReasonECCUncorrectable: true,
	ReasonRowRemapPending: true, ReasonRowRemapFailure: true, ReasonRecoveryAction: true,
	ReasonEventWatchFailed: true,
}

// Unhealthy reports whether a reason code makes a GPU unhealthy (rather
// than degraded).
func Unhealthy(code string) bool { return unhealthyCodes[code] }

// ApplicationXIDs are the XIDs NVIDIA's Kubernetes device plugin ignores
// (internal/rm/health.go): the application's fault, the GPU still healthy.
var ApplicationXIDs = []uint64{13, 31, 43, 45, 68, 109}

// CriticalXID reports whether an XID critical-error event makes a GPU
// unhealthy: every XID except the application ones.
func CriticalXID(xid uint64) bool {
	for _, a := range ApplicationXIDs {
		if xid == a {
			return false
		}
	}
	return true
}

// HWSlowdownMask is the clocks-event reasons that mean the hardware itself
// slows the GPU down: HW slowdown, HW thermal slowdown, HW power brake.
const HWSlowdownMask = nvml.ClocksThrottleReasonHwSlowdown | nvml.ClocksThrottleReasonHwThermalSlowdown |
	nvml.ClocksThrottleReasonHwPowerBrakeSlowdown

// Signals are one GPU's raw evidence: the event counts since the watcher
// started and the values of the last poll. A nil pointer is a signal this
// GPU or driver does not support (ERROR_NOT_SUPPORTED) or whose call failed
// (then Errors says which).
type Signals struct {
	Polls         uint64 `json:"polls"`          // polls since the watcher started
	SlowdownPolls uint64 `json:"slowdown_polls"` // of them, with HW slowdown active

	Missing bool `json:"missing,omitempty"` // NVML has no GPU with this UUID
	Lost    bool `json:"lost,omitempty"`    // sticky: a lost GPU needs a reset

	// Events.
	EventMask          uint64     `json:"event_mask"`                     // event types registered (EventMask & supported)
	EventWatchError    int        `json:"event_watch_error,omitempty"`    // nvml.Return of a failed create/register/wait, 0 when watching
	XIDs               []XIDCount `json:"xids,omitempty"`                 // every XID seen, by number (bounded)
	XIDsDropped        uint64     `json:"xids_dropped,omitempty"`         // events of XID numbers past the bound
	DBEEvents          uint64     `json:"dbe_events,omitempty"`           // double-bit ECC events
	SBEEvents          uint64     `json:"sbe_events,omitempty"`           // single-bit ECC events
	UnavailableEvents  uint64     `json:"unavailable_events,omitempty"`   // GPU-unavailable events
	RemapEvents        uint64     `json:"remap_events,omitempty"`         // DRAM retirement (row remap) events
	RemapFailureEvents uint64     `json:"remap_failure_events,omitempty"` // DRAM retirement failure events

	// Polled.
	ECCUncorrected     *uint64       `json:"ecc_uncorrected,omitempty"` // volatile (since driver load)
	ECCCorrected       *uint64       `json:"ecc_corrected,omitempty"`   // volatile
	RemappedRows       *RemappedRows `json:"remapped_rows,omitempty"`
	RecoveryAction     *uint32       `json:"recovery_action,omitempty"` // nvml.GPU_RECOVERY_ACTION_*; an event updates it too
	ClocksEventReasons *uint64       `json:"clocks_event_reasons,omitempty"`
	PCIe               *PCIeLink     `json:"pcie,omitempty"`
	PowerMilliwatts    *uint32       `json:"power_mw,omitempty"`
	EnergyMillijoules  *uint64       `json:"energy_mj,omitempty"` // total since driver load
	Processes          []Process     `json:"processes,omitempty"` // compute processes, by PID (bounded)
	ProcessesDropped   int           `json:"processes_dropped,omitempty"`
	Errors             []CallError   `json:"errors,omitempty"` // the last poll's failing calls, in call order
}

// XIDCount is one XID number seen on a GPU: how often, first and last time.
type XIDCount struct {
	XID   uint64    `json:"xid"`
	Count uint64    `json:"count"`
	First time.Time `json:"first"`
	Last  time.Time `json:"last"`
}

// RemappedRows is GetRemappedRows: rows remapped for correctable and
// uncorrectable errors, a remap pending (needs a reset), a remap failed.
type RemappedRows struct {
	Correctable   int  `json:"correctable"`
	Uncorrectable int  `json:"uncorrectable"`
	Pending       bool `json:"pending"`
	Failure       bool `json:"failure"`
}

// PCIeLink is the link's current generation and width against the maximum
// the GPU and the system allow together.
type PCIeLink struct {
	Gen      int `json:"gen"`
	MaxGen   int `json:"max_gen"`
	Width    int `json:"width"`
	MaxWidth int `json:"max_width"`
}

// Process is one compute process on a GPU: host PID and GPU memory used.
type Process struct {
	PID             uint32 `json:"pid"`
	UsedMemoryBytes uint64 `json:"used_memory_bytes"`
}

// CallError is a failing NVML call: its name and the nvml.Return code.
type CallError struct {
	Call   string `json:"call"`
	Return int    `json:"return"`
}

// Reason is why a GPU is unhealthy or degraded: a code, the XID number
// for xid_critical, and a short detail for people.
type Reason struct {
	Code   string `json:"code"`
	XID    uint64 `json:"xid,omitempty"`
	Detail string `json:"detail,omitempty"`
}

// Health is the judgement of one GPU's signals.
type Health struct {
	Healthy  bool     `json:"healthy"`  // no unhealthy reason
	Degraded bool     `json:"degraded"` // some degraded reason (a healthy GPU can be degraded)
	Reasons  []Reason `json:"reasons,omitempty"`
}

// Judge applies NVIDIA's health rules to one GPU's signals. It is pure:
// the same signals give the same health, reasons sorted by code then XID.
func Judge(s Signals) Health {
	var rs []Reason
	add := func(code string, xid uint64, detail string) {
		rs = append(rs, Reason{Code: code, XID: xid, Detail: detail})
	}
	if s.Polls == 0 {
		add(ReasonNoSample, 0, "")
	}
	if s.Missing {
		add(ReasonGPUMissing, 0, "")
	}
	if s.Lost {
		add(ReasonGPULost, 0, "")
	}
	if s.EventWatchError != 0 {
		add(ReasonEventWatchFailed, 0, fmt.Sprintf("nvml return %d", s.EventWatchError))
	} else if s.EventMask&nvml.EventTypeXidCriticalError == 0 && s.Polls > 0 && !s.Missing && !s.Lost {
		add(ReasonEventWatchFailed, 0, "XID events not registered")
	}
	for _, x := range s.XIDs {
		if CriticalXID(x.XID) {
			add(ReasonXIDCritical, x.XID, fmt.Sprintf("count %d", x.Count))
		}
	}
	if s.DBEEvents > 0 || (s.ECCUncorrected != nil && *s.ECCUncorrected > 0) {
		var n uint64
		if s.ECCUncorrected != nil {
			n = *s.ECCUncorrected
		}
		add(ReasonECCUncorrectable, 0, fmt.Sprintf("volatile %d, events %d", n, s.DBEEvents))
	}
	if r := s.RemappedRows; r != nil && r.Pending {
		add(ReasonRowRemapPending, 0, "")
	}
	if (s.RemappedRows != nil && s.RemappedRows.Failure) || s.RemapFailureEvents > 0 {
		add(ReasonRowRemapFailure, 0, "")
	}
	if a := s.RecoveryAction; a != nil && nvml.DeviceGpuRecoveryAction(*a) != nvml.GPU_RECOVERY_ACTION_NONE {
		add(ReasonRecoveryAction, 0, recoveryActionName(*a))
	}
	for _, e := range s.Errors {
		switch nvml.Return(e.Return) {
		case nvml.ERROR_RESET_REQUIRED:
			add(ReasonResetRequired, 0, e.Call)
		case nvml.ERROR_UNKNOWN:
			add(ReasonNVMLUnknownError, 0, e.Call)
		case nvml.ERROR_GPU_IS_LOST: // gpu_lost above
		default:
			add(ReasonNVMLCallFailed, 0, fmt.Sprintf("%s: nvml return %d", e.Call, e.Return))
		}
	}
	if c := s.ClocksEventReasons; c != nil && *c&HWSlowdownMask != 0 {
		add(ReasonHWSlowdown, 0, slowdownNames(*c))
	}
	if p := s.PCIe; p != nil {
		if p.MaxWidth > 0 && p.Width < p.MaxWidth {
			add(ReasonPCIeWidthDegraded, 0, fmt.Sprintf("x%d of x%d", p.Width, p.MaxWidth))
		}
		// An idle GPU drops its link generation to save power: only a
		// busy GPU's slower link is degradation.
		idle := s.ClocksEventReasons != nil && *s.ClocksEventReasons&nvml.ClocksEventReasonGpuIdle != 0
		if p.MaxGen > 0 && p.Gen < p.MaxGen && !idle {
			add(ReasonPCIeGenDegraded, 0, fmt.Sprintf("gen%d of gen%d", p.Gen, p.MaxGen))
		}
	}
	sort.SliceStable(rs, func(i, j int) bool {
		if rs[i].Code != rs[j].Code {
			return rs[i].Code < rs[j].Code
		}
		if rs[i].XID != rs[j].XID {
			return rs[i].XID < rs[j].XID
		}
		return rs[i].Detail < rs[j].Detail
	})
	h := Health{Healthy: true, Reasons: rs}
	for _, r := range rs {
		if Unhealthy(r.Code) {
			h.Healthy = false
		} else {
			h.Degraded = true
		}
	}
	return h
}

func recoveryActionName(a uint32) string {
	switch nvml.DeviceGpuRecoveryAction(a) {
	case nvml.GPU_RECOVERY_ACTION_GPU_RESET:
		return "GPU_RESET"
	case nvml.GPU_RECOVERY_ACTION_NODE_REBOOT:
		return "NODE_REBOOT"
	case nvml.GPU_RECOVERY_ACTION_DRAIN_P2P:
		return "DRAIN_P2P"
	case nvml.GPU_RECOVERY_ACTION_DRAIN_AND_RESET:
		return "DRAIN_AND_RESET"
	case nvml.GPU_RECOVERY_ACTION_RECOVER_IMEX_DOMAIN:
		return "RECOVER_IMEX_DOMAIN"
	case nvml.GPU_RECOVERY_ACTION_BUS_RESET:
		return "BUS_RESET"
	case nvml.GPU_RECOVERY_ACTION_SYSTEM_REBOOT:
		return "SYSTEM_REBOOT"
	}
	return fmt.Sprintf("action %d", a)
}

func slowdownNames(c uint64) string {
	var n []string
	if c&nvml.ClocksThrottleReasonHwSlowdown != 0 {
		n = append(n, "hw")
	}
	if c&nvml.ClocksThrottleReasonHwThermalSlowdown != 0 {
		n = append(n, "hw_thermal")
	}
	if c&nvml.ClocksThrottleReasonHwPowerBrakeSlowdown != 0 {
		n = append(n, "hw_power_brake")
	}
	return strings.Join(n, ",")
}
