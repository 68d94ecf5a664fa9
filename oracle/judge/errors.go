package judge

import (
	"errors"
	"fmt"
)

// ErrJudge matches every *Error (errors.Is).
var ErrJudge = errors.New("judge")

// Code is an error's stable code.
type Code string

// Error codes. Every one is bad input from the caller: the function that
// returns it changed nothing.
const (
	// CodeBadLease: the lease's facts are unusable (no GPUs, no hours,
	// a close reason it does not know).
	CodeBadLease Code = "bad_lease"
	// CodeHourOutsideLease: the hour judged is not one of the lease's.
	CodeHourOutsideLease Code = "hour_outside_lease"
	// CodeForeignObservation: an observation of another reporter or of
	// another node than the lease's.
	CodeForeignObservation Code = "foreign_observation"
	// CodeBadQuorum: k is not between 1 and n, or a reporter is listed
	// twice.
	CodeBadQuorum Code = "bad_quorum"
	// CodeVerdictMismatch: a verdict given to Combine is for another
	// lease-hour than the one combined.
	CodeVerdictMismatch Code = "verdict_mismatch"
	// CodeHourOutsideEpoch: a result for an hour after the report's
	// epoch, or at or before the previous report's.
	CodeHourOutsideEpoch Code = "hour_outside_epoch"
	// CodeDuplicateResult: two results for one lease-hour.
	CodeDuplicateResult Code = "duplicate_result"
	// CodeNoLeases: a report with no lease in it (nothing to sign).
	CodeNoLeases Code = "no_leases"
	// CodeNoLease: a proof asked for a lease that is not in the report.
	CodeNoLease Code = "no_lease"
	// CodeBadSignature: a signature that is not 65 bytes of a valid
	// secp256k1 signature.
	CodeBadSignature Code = "bad_signature"
	// CodeOverflow: a cumulative figure would pass 2^64-1 GPU-hours.
	CodeOverflow Code = "overflow"
)

// Error is the package's error: a stable code and a message.
type Error struct {
	Code Code
	Msg  string
}

func newError(c Code, format string, args ...any) *Error {
	return &Error{Code: c, Msg: fmt.Sprintf(format, args...)}
}

func (e *Error) Error() string { return "judge: " + string(e.Code) + ": " + e.Msg }

// Is makes errors.Is(err, ErrJudge) true for every *Error.
func (e *Error) Is(target error) bool { return target == ErrJudge }

// CodeOf returns err's code, or "" when err is not an *Error.
func CodeOf(err error) Code {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}
