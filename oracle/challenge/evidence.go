package challenge

import "github.com/hourglass-exchange/hourglass/oracle/nvmlwatch"

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
