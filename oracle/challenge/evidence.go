package challenge

import (
	"github.com/hourglass-exchange/hourglass/oracle/attest"
	"github.com/hourglass-exchange/hourglass/oracle/nvmlwatch"
)

// Evidence is what a node answers a challenge with (Answer.Evidence): the
// GPUs its agent found, its open leases, and the NVML snapshot of its GPUs
// (evidence layer 1). It is the provider's own word, signed: the
// reporter recomputes each GPU's health from the signals (nvmlwatch.Judge)
// rather than take the node's verdict, and weighs it as docs/oracle.md's
// threat model says.
type Evidence struct {
	// GPUs are the node's GPUs by UUID.
	GPUs []string `json:"gpus"`
	// Leases are its open leases.
	Leases []LeaseEvidence `json:"leases"`
	// NVML is the NVML snapshot of the node's GPUs (nil: the node does not
	// watch them).
	NVML *nvmlwatch.Snapshot `json:"nvml,omitempty"`
	// CC is the confidential-computing attestation over the challenge's
	// nonce (evidence layer 3), present when the node claims CC (nil:
	// it does not). The reporter verifies it (oracle/reporter, cc.go);
	// from a node that claims CC, a missing or failing attestation is a
	// failed one.
	CC *CCEvidence `json:"cc,omitempty"`
}

// CCEvidence is a CC node's attestation of its GPUs over one challenge's
// nonce: for each GPU the SPDM measurement report NVML returned for that
// nonce and the GPU's certificate chain (attest.Collect).
type CCEvidence struct {
	// Error is set when the node could not attest at all (NVML says CC
	// is off, or the library failed): a failed attestation.
	Error string `json:"error,omitempty"`
	// GPUs are the node's GPUs' attestations, in the order of
	// Evidence.GPUs.
	GPUs []GPUAttestation `json:"gpus,omitempty"`
}

// GPUAttestation is one GPU's attestation: its report and chain
// (attest.Evidence; base64 in JSON), or the error NVML gave.
type GPUAttestation struct {
	UUID string `json:"uuid"`
	attest.Evidence
	Error string `json:"error,omitempty"`
}

// LeaseEvidence is one open lease of the node.
type LeaseEvidence struct {
	ID string `json:"id"`
	// State is the lease's state on the node: assigned, provisioning or
	// running.
	State string   `json:"state"`
	GPUs  []string `json:"gpus"`
	// Job is the executor's handle of the lease's job ("" before it runs):
	// a process id, a container id.
	Job string `json:"job,omitempty"`
}
