package attest_test

import (
	"context"
	"errors"
	"testing"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/dgxh100"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/server"

	"github.com/hourglass-exchange/hourglass/oracle/attest"
)

// ccServer is go-nvml's DGX H100 mock with its conf-compute calls answering
// from a real evidence sample: the report only for the sample's nonce (a
// GPU cannot sign another nonce without its key), as NVML fills it.
func ccServer(t *testing.T, s sample, feature uint32) *server.Server {
	t.Helper()
	srv := dgxh100.New()
	srv.SystemGetConfComputeStateFunc = func() (nvml.ConfComputeSystemState, nvml.Return) {
		return nvml.ConfComputeSystemState{Environment: nvml.CC_SYSTEM_ENVIRONMENT_PROD, CcFeature: feature}, nvml.SUCCESS
	}
	srv.SystemGetConfComputeSettingsFunc = func() (nvml.SystemConfComputeSettings, nvml.Return) {
		return nvml.SystemConfComputeSettings{CcFeature: feature, MultiGpuMode: nvml.CC_SYSTEM_MULTIGPU_NONE}, nvml.SUCCESS
	}
	srv.ErrorStringFunc = func(r nvml.Return) string { return r.String() }
	for _, d := range srv.Devices {
		dev := d.(*server.Device)
		dev.GetConfComputeGpuCertificateFunc = func() (nvml.ConfComputeGpuCertificate, nvml.Return) {
			var c nvml.ConfComputeGpuCertificate
			c.AttestationCertChainSize = uint32(copy(c.AttestationCertChain[:], s.ev.CertChain))
			c.CertChainSize = c.AttestationCertChainSize
			copy(c.CertChain[:], s.ev.CertChain)
			return c, nvml.SUCCESS
		}
		dev.GetConfComputeGpuAttestationReportFunc = func(r *nvml.ConfComputeGpuAttestationReport) nvml.Return {
			if r.Nonce != s.nonce {
				return nvml.ERROR_INVALID_ARGUMENT
			}
			r.AttestationReportSize = uint32(copy(r.AttestationReport[:], s.ev.Report))
			return nvml.SUCCESS
		}
	}
	return srv
}

func TestCollectOverMock(t *testing.T) {
	s := samples(t)[0]
	srv := ccServer(t, s, nvml.CC_SYSTEM_FEATURE_ENABLED)
	ev, err := attest.Collect(srv, 3, s.nonce)
	if err != nil {
		t.Fatal(err)
	}
	res := (&attest.Verifier{Root: deviceRoot(t)}).Verify(context.Background(), ev, s.nonce, at)
	if !res.OK() {
		t.Fatalf("collected evidence: %v", res)
	}
	dev := srv.Devices[3].(*server.Device)
	if n := len(dev.GetConfComputeGpuAttestationReportCalls()); n != 1 {
		t.Fatalf("%d report calls on GPU 3, want 1", n)
	}

	other := s.nonce
	other[0] ^= 1
	if _, err := attest.Collect(srv, 3, other); err == nil {
		t.Fatal("a nonce the GPU refused was collected")
	}
	if _, err := attest.Collect(srv, 99, s.nonce); err == nil {
		t.Fatal("GPU 99 collected")
	}
	off := ccServer(t, s, nvml.CC_SYSTEM_FEATURE_DISABLED)
	if _, err := attest.Collect(off, 0, s.nonce); !errors.Is(err, attest.ErrCCOff) {
		t.Fatalf("CC off: %v, want ErrCCOff", err)
	}
	if n := len(off.Devices[0].(*server.Device).GetConfComputeGpuAttestationReportCalls()); n != 0 {
		t.Fatalf("CC off still asked for a report (%d calls)", n)
	}
}

// TestCollectRejectsWrongNonceAnswer: a GPU (or a fake NVML) answering
// with a report over another nonce is refused at the agent already.
func TestCollectRejectsWrongNonceAnswer(t *testing.T) {
	s := samples(t)[0]
	srv := ccServer(t, s, nvml.CC_SYSTEM_FEATURE_ENABLED)
	for _, d := range srv.Devices {
		d.(*server.Device).GetConfComputeGpuAttestationReportFunc = func(r *nvml.ConfComputeGpuAttestationReport) nvml.Return {
			r.AttestationReportSize = uint32(copy(r.AttestationReport[:], s.ev.Report)) // ignores r.Nonce
			return nvml.SUCCESS
		}
	}
	n := s.nonce
	n[5] ^= 0xff
	if _, err := attest.Collect(srv, 0, n); err == nil {
		t.Fatal("report over another nonce collected")
	}
}

// TestCollectProtectedPCIe: in protected-PCIe multi-GPU mode the CC
// feature reads disabled, yet the GPUs attest; Collect goes on. An NVML
// without the settings call (NOT_SUPPORTED) with the feature off is CC off.
func TestCollectProtectedPCIe(t *testing.T) {
	s := samples(t)[0]
	srv := ccServer(t, s, nvml.CC_SYSTEM_FEATURE_DISABLED)
	srv.SystemGetConfComputeSettingsFunc = func() (nvml.SystemConfComputeSettings, nvml.Return) {
		return nvml.SystemConfComputeSettings{MultiGpuMode: nvml.CC_SYSTEM_MULTIGPU_PROTECTED_PCIE}, nvml.SUCCESS
	}
	ev, err := attest.Collect(srv, 0, s.nonce)
	if err != nil {
		t.Fatal(err)
	}
	if res := (&attest.Verifier{Root: deviceRoot(t)}).Verify(context.Background(), ev, s.nonce, at); !res.OK() {
		t.Fatal(res)
	}
	srv.SystemGetConfComputeSettingsFunc = func() (nvml.SystemConfComputeSettings, nvml.Return) {
		return nvml.SystemConfComputeSettings{}, nvml.ERROR_NOT_SUPPORTED
	}
	if _, err := attest.Collect(srv, 0, s.nonce); !errors.Is(err, attest.ErrCCOff) {
		t.Fatalf("feature off, no settings: %v", err)
	}
}
