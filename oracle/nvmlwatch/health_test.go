package nvmlwatch

import (
	"slices"
	"testing"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
)

func u64(v uint64) *uint64 { return &v }
func u32(v uint32) *uint32 { return &v }

// base is a healthy GPU's signals after one poll.
func base() Signals {
	return Signals{Polls: 1, EventMask: EventMask, ECCUncorrected: u64(0), ECCCorrected: u64(0),
		RemappedRows: &RemappedRows{}, RecoveryAction: u32(0), ClocksEventReasons: u64(0),
		PCIe: &PCIeLink{Gen: 5, MaxGen: 5, Width: 16, MaxWidth: 16}, PowerMilliwatts: u32(500000), EnergyMillijoules: u64(1)}
}

// TestJudge is the health rule, signal by signal.
func TestJudge(t *testing.T) {
	for _, tc := range []struct {
		name      string
		change    func(s *Signals)
		reasons   []string
		healthy   bool
		degraded  bool
		firstXID  uint64
		firstText string
	}{
		{name: "healthy", change: func(*Signals) {}, healthy: true},
		{name: "no sample", change: func(s *Signals) { *s = Signals{} }, reasons: []string{ReasonNoSample}},
		{name: "application XIDs", change: func(s *Signals) {
			for _, x := range ApplicationXIDs {
				s.XIDs = append(s.XIDs, XIDCount{XID: x, Count: 1})
			}
		}, healthy: true},
		{name: "XID 79 among application XIDs", change: func(s *Signals) {
			s.XIDs = []XIDCount{{XID: 13, Count: 1}, {XID: 79, Count: 2}, {XID: 109, Count: 1}}
		}, reasons: []string{ReasonXIDCritical}, firstXID: 79, firstText: "count 2"},
		{name: "XIDs 48 and 94", change: func(s *Signals) { s.XIDs = []XIDCount{{XID: 48, Count: 1}, {XID: 94, Count: 1}} },
			reasons: []string{ReasonXIDCritical, ReasonXIDCritical}, firstXID: 48},
		{name: "DBE event", change: func(s *Signals) { s.DBEEvents = 1 }, reasons: []string{ReasonECCUncorrectable}},
		{name: "volatile uncorrected", change: func(s *Signals) { s.ECCUncorrected = u64(4) },
			reasons: []string{ReasonECCUncorrectable}, firstText: "volatile 4, events 0"},
		{name: "corrected and SBE events", change: func(s *Signals) { s.ECCCorrected, s.SBEEvents = u64(1000), 9 }, healthy: true},
		{name: "remap pending", change: func(s *Signals) { s.RemappedRows.Pending = true }, reasons: []string{ReasonRowRemapPending}},
		{name: "remap failure", change: func(s *Signals) { s.RemappedRows.Failure = true }, reasons: []string{ReasonRowRemapFailure}},
		{name: "remap failure event", change: func(s *Signals) { s.RemapFailureEvents = 1 }, reasons: []string{ReasonRowRemapFailure}},
		{name: "remapped rows alone", change: func(s *Signals) { *s.RemappedRows = RemappedRows{Correctable: 3, Uncorrectable: 1} }, healthy: true},
		{name: "recovery reboot", change: func(s *Signals) { s.RecoveryAction = u32(uint32(nvml.GPU_RECOVERY_ACTION_NODE_REBOOT)) },
			reasons: []string{ReasonRecoveryAction}, firstText: "NODE_REBOOT"},
		{name: "lost", change: func(s *Signals) {
			s.Lost = true
			s.Errors = []CallError{{"GetPowerUsage", int(nvml.ERROR_GPU_IS_LOST)}}
		},
			reasons: []string{ReasonGPULost}},
		{name: "missing", change: func(s *Signals) { *s = Signals{Polls: 1, Missing: true} }, reasons: []string{ReasonGPUMissing}},
		{name: "reset required", change: func(s *Signals) { s.Errors = []CallError{{"GetRemappedRows", int(nvml.ERROR_RESET_REQUIRED)}} },
			reasons: []string{ReasonResetRequired}, firstText: "GetRemappedRows"},
		{name: "unknown error", change: func(s *Signals) { s.Errors = []CallError{{"GetPowerUsage", int(nvml.ERROR_UNKNOWN)}} },
			reasons: []string{ReasonNVMLUnknownError}},
		{name: "other call failure", change: func(s *Signals) { s.Errors = []CallError{{"GetPowerUsage", int(nvml.ERROR_NO_PERMISSION)}} },
			reasons: []string{ReasonNVMLCallFailed}, healthy: true, degraded: true, firstText: "GetPowerUsage: nvml return 4"},
		{name: "event wait failed", change: func(s *Signals) { s.EventWatchError = int(nvml.ERROR_UNKNOWN) }, reasons: []string{ReasonEventWatchFailed}},
		{name: "XID not registered", change: func(s *Signals) { s.EventMask = nvml.EventTypeDoubleBitEccError }, reasons: []string{ReasonEventWatchFailed}},
		{name: "hw slowdown", change: func(s *Signals) { s.ClocksEventReasons = u64(HWSlowdownMask) },
			reasons: []string{ReasonHWSlowdown}, healthy: true, degraded: true, firstText: "hw,hw_thermal,hw_power_brake"},
		{name: "sw slowdowns", change: func(s *Signals) {
			s.ClocksEventReasons = u64(nvml.ClocksEventReasonSwPowerCap | nvml.ClocksEventReasonSwThermalSlowdown | nvml.ClocksEventReasonGpuIdle)
		}, healthy: true},
		{name: "pcie x8", change: func(s *Signals) { s.PCIe.Width = 8 }, reasons: []string{ReasonPCIeWidthDegraded}, healthy: true, degraded: true, firstText: "x8 of x16"},
		{name: "pcie gen4 busy", change: func(s *Signals) { s.PCIe.Gen = 4 }, reasons: []string{ReasonPCIeGenDegraded}, healthy: true, degraded: true},
		{name: "pcie gen1 idle", change: func(s *Signals) { s.PCIe.Gen = 1; s.ClocksEventReasons = u64(nvml.ClocksEventReasonGpuIdle) }, healthy: true},
		{name: "unsupported signals", change: func(s *Signals) {
			s.ECCUncorrected, s.RemappedRows, s.RecoveryAction, s.ClocksEventReasons, s.PCIe = nil, nil, nil, nil, nil
		}, healthy: true},
		{name: "unhealthy and degraded", change: func(s *Signals) { s.PCIe.Width = 4; s.XIDs = []XIDCount{{XID: 79, Count: 1}} },
			reasons: []string{ReasonPCIeWidthDegraded, ReasonXIDCritical}, degraded: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := base()
			tc.change(&s)
			h := Judge(s)
			var got []string
			for _, r := range h.Reasons {
				got = append(got, r.Code)
			}
			if !slices.Equal(got, tc.reasons) || h.Healthy != tc.healthy || h.Degraded != tc.degraded {
				t.Fatalf("got %+v, want reasons %v healthy %v degraded %v", h, tc.reasons, tc.healthy, tc.degraded)
			}
			if tc.firstXID != 0 && h.Reasons[0].XID != tc.firstXID {
				t.Errorf("first XID %d, want %d", h.Reasons[0].XID, tc.firstXID)
			}
			if tc.firstText != "" && h.Reasons[0].Detail != tc.firstText {
				t.Errorf("first detail %q, want %q", h.Reasons[0].Detail, tc.firstText)
			}
		})
	}
}

func TestCriticalXID(t *testing.T) {
	for x := uint64(0); x < 200; x++ {
		want := !slices.Contains([]uint64{13, 31, 43, 45, 68, 109}, x)
		if CriticalXID(x) != want {
			t.Errorf("CriticalXID(%d) = %v", x, !want)
		}
	}
}

func TestReasonSeverities(t *testing.T) {
	for _, c := range []string{ReasonHWSlowdown, ReasonPCIeWidthDegraded, ReasonPCIeGenDegraded, ReasonNVMLCallFailed} {
		if Unhealthy(c) {
			t.Errorf("%s unhealthy", c)
		}
	}
	if len(unhealthyCodes) != 11 {
		t.Errorf("%d unhealthy codes", len(unhealthyCodes))
	}
}

// TestFieldValueTypes: the recovery action read from a FieldValue of each
// integer type NVML may use; a field's own failure is a failing call.
func TestFieldValueTypes(t *testing.T) {
	for _, tc := range []struct {
		typ   nvml.ValueType
		value [8]byte
	}{
		{nvml.VALUE_TYPE_UNSIGNED_INT, [8]byte{2}},
		{nvml.VALUE_TYPE_UNSIGNED_LONG_LONG, [8]byte{2}},
		{nvml.VALUE_TYPE_SIGNED_LONG_LONG, [8]byte{2}},
		{nvml.VALUE_TYPE_UNSIGNED_SHORT, [8]byte{2}},
	} {
		var p poller
		v, ok := fieldUint32("f", nvml.FieldValue{ValueType: uint32(tc.typ), Value: tc.value}, &p)
		if !ok || v != 2 || len(p.errs) != 0 {
			t.Errorf("type %d: %d %v %v", tc.typ, v, ok, p.errs)
		}
	}
	var p poller
	if _, ok := fieldUint32("f", nvml.FieldValue{NvmlReturn: uint32(nvml.ERROR_UNKNOWN)}, &p); ok ||
		!slices.Equal(p.errs, []CallError{{"f", int(nvml.ERROR_UNKNOWN)}}) {
		t.Errorf("failed field: %v %v", ok, p.errs)
	}
}
