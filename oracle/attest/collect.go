package attest

import (
	"errors"
	"fmt"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
)

// ErrCCOff is returned by Collect when NVML says confidential computing
// is not enabled, neither as the CC feature nor as protected-PCIe
// multi-GPU mode (PPCIE, where the CC feature reads 0): a node claiming CC
// whose GPUs are in neither mode has nothing to present.
var ErrCCOff = errors.New("attest: confidential computing is not enabled on this system")

// Collect asks GPU index, through NVML, for an attestation report over
// the reporter's nonce and for its attestation certificate chain; this is
// the agent's side of a CC challenge. lib must be initialised by the
// caller (nvml.Interface.Init). Collect checks only that the GPU answered
// the nonce it was given; the reporter verifies the rest.
func Collect(lib nvml.Interface, index int, nonce [NonceSize]byte) (Evidence, error) {
	state, ret := lib.SystemGetConfComputeState()
	if ret != nvml.SUCCESS {
		return Evidence{}, fmt.Errorf("%w: SystemGetConfComputeState: %s", ErrCCOff, lib.ErrorString(ret))
	}
	if state.CcFeature != nvml.CC_SYSTEM_FEATURE_ENABLED && !protectedPCIe(lib) {
		return Evidence{}, fmt.Errorf("%w (feature %d, environment %d, devtools %d)", ErrCCOff, state.CcFeature, state.Environment, state.DevToolsMode)
	}
	dev, ret := lib.DeviceGetHandleByIndex(index)
	if ret != nvml.SUCCESS {
		return Evidence{}, fmt.Errorf("attest: GPU %d: DeviceGetHandleByIndex: %s", index, lib.ErrorString(ret))
	}
	cert, ret := dev.GetConfComputeGpuCertificate()
	if ret != nvml.SUCCESS {
		return Evidence{}, fmt.Errorf("attest: GPU %d: GetConfComputeGpuCertificate: %s", index, lib.ErrorString(ret))
	}
	if n := int(cert.AttestationCertChainSize); n == 0 || n > len(cert.AttestationCertChain) {
		return Evidence{}, fmt.Errorf("attest: GPU %d: attestation certificate chain size %d (buffer %d)", index, n, len(cert.AttestationCertChain))
	}
	report := nvml.ConfComputeGpuAttestationReport{Nonce: nonce}
	if ret := dev.GetConfComputeGpuAttestationReport(&report); ret != nvml.SUCCESS {
		return Evidence{}, fmt.Errorf("attest: GPU %d: GetConfComputeGpuAttestationReport: %s", index, lib.ErrorString(ret))
	}
	if n := int(report.AttestationReportSize); n == 0 || n > len(report.AttestationReport) {
		return Evidence{}, fmt.Errorf("attest: GPU %d: attestation report size %d (buffer %d)", index, n, len(report.AttestationReport))
	}
	ev := Evidence{
		Report:    append([]byte(nil), report.AttestationReport[:report.AttestationReportSize]...),
		CertChain: append([]byte(nil), cert.AttestationCertChain[:cert.AttestationCertChainSize]...),
	}
	rep, err := ParseReport(ev.Report)
	if err != nil {
		return Evidence{}, fmt.Errorf("attest: GPU %d: %w", index, err)
	}
	if rep.Nonce != nonce {
		return Evidence{}, fmt.Errorf("attest: GPU %d answered nonce %x, asked %x", index, rep.Nonce[:], nonce[:])
	}
	return ev, nil
}

// protectedPCIe reports whether the system runs Hopper's protected-PCIe
// multi-GPU mode. There the legacy CcFeature field reads disabled while
// the GPUs attest (Intel Trust Authority's GPU adapter warns and goes on;
// gpu_evidence.json in the test data comes from NVIDIA's PPCIE SDK).
func protectedPCIe(lib nvml.Interface) bool {
	settings, ret := lib.SystemGetConfComputeSettings()
	return ret == nvml.SUCCESS && settings.MultiGpuMode == nvml.CC_SYSTEM_MULTIGPU_PROTECTED_PCIE
}
