// Package judge decides, from a reporter's own evidence, whether each
// leased GPU-hour was delivered, and combines several reporters' verdicts
// into the epoch report that k of n of them sign. It is pure, as the
// matching engine is: no I/O, no clock reads (every time is an input), no
// goroutines. The layers around it (the challenge sender, the NVML
// snapshot, the attestation verifier, the report poster) fill its plain
// structs; docs/oracle.md ("Judgement rule", "Quorum and report format",
// "Holder complaints") states the rules this package implements.
//
// The steps, each a function:
//
//   - CheckAnswer: is an answer to a challenge valid (fresh nonce of this
//     reporter, in time, signed by the lease's node key, not seen before)?
//   - JudgeHour: one reporter's verdict on one lease-hour, from its
//     checked observations and the holder's complaints.
//   - Combine: the quorum of n reporters' verdicts on one lease-hour.
//   - BuildReport: the epoch's cumulative leaves per lease, their
//     OpenZeppelin Merkle root, and the EIP-712 digest k reporters sign.
package judge

import "fmt"

// Reason is a close-reason code: the numbers are redeemer/lease's Reason
// codes (and ProviderVault's CloseReason), copied here because the oracle
// may not import the redeemer; a test holds them equal. Codes 12 and up
// are the oracle's own, for hours the lease's close reason does not name.
// A leaf's reasons field is a bitmap with bit c set for code c.
type Reason uint8

// Reason codes.
const (
	NoReason             Reason = 0
	Completed            Reason = 1
	HolderStopped        Reason = 2
	SpecInvalid          Reason = 3
	ImageUnavailable     Reason = 4
	NodeLost             Reason = 5
	GPUFault             Reason = 6
	ProviderStopped      Reason = 7
	ProviderNeverStarted Reason = 8
	JobExited            Reason = 9
	StartFailed          Reason = 10
	SpecMissing          Reason = 11
	// AttestationFailed: the lease's node claims confidential computing
	// and, in the hour, its attestation failed (or none passed). A node
	// that claims CC and fails attestation delivers nothing (DESIGN.md).
	AttestationFailed Reason = 12
	// JobUnreachable: the holder complained that the job was unreachable
	// in the hour and the reporter saw the lease's process missing from
	// its GPUs while the lease was running.
	JobUnreachable Reason = 13
)

var reasonNames = [...]string{
	NoReason: "none", Completed: "completed", HolderStopped: "holder_stopped", SpecInvalid: "spec_invalid",
	ImageUnavailable: "image_unavailable", NodeLost: "node_lost", GPUFault: "gpu_fault",
	ProviderStopped: "provider_stopped", ProviderNeverStarted: "provider_never_started",
	JobExited: "job_exited", StartFailed: "start_failed", SpecMissing: "spec_missing",
	AttestationFailed: "attestation_failed", JobUnreachable: "job_unreachable",
}

// String returns the reason's stable name.
func (r Reason) String() string {
	if int(r) < len(reasonNames) {
		return reasonNames[r]
	}
	return fmt.Sprintf("reason(%d)", uint8(r))
}

// Known reports whether r is a code this package knows.
func (r Reason) Known() bool { return int(r) < len(reasonNames) }

// Bit is r's bit in a leaf's reasons bitmap (0 for NoReason).
func (r Reason) Bit() uint64 {
	if r == NoReason || r >= 64 {
		return 0
	}
	return 1 << r
}

// ProviderFault reports whether a lease closed for r leaves its remaining
// hours on the provider (undelivered) rather than on the holder
// (forfeited, counted delivered). It matches redeemer/lease's.
func (r Reason) ProviderFault() bool {
	switch r {
	case NodeLost, GPUFault, ProviderStopped, ProviderNeverStarted, StartFailed, AttestationFailed, JobUnreachable:
		return true
	}
	return false
}

// ReasonsOf lists the codes set in a leaf's reasons bitmap, lowest first.
func ReasonsOf(bitmap uint64) []Reason {
	var rs []Reason
	for c := range 64 {
		if bitmap&(1<<c) != 0 {
			rs = append(rs, Reason(c))
		}
	}
	return rs
}
