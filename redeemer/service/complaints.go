package service

import (
	"fmt"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/oracle/judge"
)

// The holder's word (docs/oracle.md, "The holder's word"): a lease's
// holder may file a signed complaint that one of the lease's hours was not
// delivered (the job unreachable). The service keeps it with the lease's
// record; the oracle's reporters read it with the lease and count it by
// judge.JudgeHour's rule: it turns an hour undelivered only when a
// reporter's own evidence showed a problem in it.

// Complaint codes.
const (
	// CodeBadComplaint: the signature is malformed, or does not recover
	// to the lease's holder under the oracle's EIP-712 domain.
	CodeBadComplaint Code = "bad_complaint"
	// CodeComplaintHour: the hour is not one of the lease's, or has not
	// begun.
	CodeComplaintHour Code = "complaint_hour"
	// CodeComplaintLate: the hour's complaint window has closed (its end
	// plus Config.ComplaintGrace): the oracle judges it, or has.
	CodeComplaintLate Code = "complaint_late"
)

// DefaultComplaintGrace is how long after a lease-hour's end its holder
// may still complain about it. The operator's quorum judges an hour two
// minutes after its end (internal/node's epochDelay): a complaint the
// service accepts is always there when the hour is judged.
const DefaultComplaintGrace = time.Minute

// FiledComplaint is a holder's complaint as the service keeps it.
type FiledComplaint struct {
	// Hour is the lease-hour complained about, in hours since
	// 1970-01-01T00:00Z (the oracle's epoch, the signed hour).
	Hour uint64 `json:"hour"`
	// Signature is the holder's EIP-712 signature of
	// Complaint(leaseId, hour) under the oracle's domain.
	Signature []byte `json:"signature"`
	// FiledAt is when the service accepted it (Config.OracleClock).
	FiledAt time.Time `json:"filedAt"`
}

// JudgeComplaints returns the judge's view of a record's complaints (the
// lease id must be decimal: a chain lease).
func (r *Record) JudgeComplaints() []judge.Complaint {
	id, err := strconv.ParseUint(r.Lease.ID, 10, 64)
	if err != nil || len(r.Complaints) == 0 {
		return nil
	}
	out := make([]judge.Complaint, len(r.Complaints))
	for i, c := range r.Complaints {
		out[i] = judge.Complaint{Lease: id, Hour: c.Hour, Signature: append([]byte(nil), c.Signature...)}
	}
	return out
}

// Complain files the holder's complaint for lease id's hour: caller must
// be the lease's holder (the gateway's signed-in account), hour one of the
// lease's hours that has begun and whose window (until its end plus
// Config.ComplaintGrace, on Config.OracleClock) is open, and sig the
// holder's signature of Complaint(id, hour) under Config.Oracle
// (judge.ValidComplaint: the holder's own key, so a holder that is a
// contract cannot complain). Filing the same hour again returns the
// complaint already filed. A refusal (with its Code) changes nothing; an
// accepted complaint is stored before Complain returns.
func (s *Service) Complain(caller common.Address, id string, hour uint64, sig []byte) (FiledComplaint, error) {
	if s.cfg.Oracle.VerifyingContract == (common.Address{}) {
		return FiledComplaint{}, newError(CodeUnavailable, "this redeemer has no oracle to judge complaints")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	r, ok := s.leases[id]
	if !ok {
		return FiledComplaint{}, newError(CodeUnknownLease, "no lease %q", id)
	}
	lid, err := strconv.ParseUint(id, 10, 64)
	if err != nil {
		return FiledComplaint{}, newError(CodeUnknownLease, "lease %q is not a chain lease", id)
	}
	t := r.Lease.Terms
	if caller != t.Holder {
		return FiledComplaint{}, newError(CodeNotHolder, "lease %s is not %s's", id, caller)
	}
	jl := judge.Lease{ID: lid, Holder: t.Holder, StartHour: uint64(t.StartHour), Hours: uint64(t.Hours)}
	if !jl.HasHour(hour) {
		return FiledComplaint{}, newError(CodeComplaintHour, "hour %d is not one of lease %s's (%d to %d)", hour, id,
			jl.StartHour, jl.StartHour+jl.Hours-1)
	}
	for _, c := range r.Complaints {
		if c.Hour == hour {
			return c, nil // filed already: the same answer
		}
	}
	now := s.oclk.Now()
	if now.Before(judge.EpochStart(hour)) {
		return FiledComplaint{}, newError(CodeComplaintHour, "hour %d (%s) has not begun", hour, judge.EpochStart(hour).UTC().Format(time.RFC3339))
	}
	if closes := judge.EpochStart(hour + 1).Add(s.cfg.ComplaintGrace); !now.Before(closes) {
		return FiledComplaint{}, newError(CodeComplaintLate, "the window for hour %d closed at %s", hour, closes.UTC().Format(time.RFC3339))
	}
	if len(sig) != 65 {
		return FiledComplaint{}, newError(CodeBadComplaint, "signature is %d bytes, want 65", len(sig))
	}
	if !judge.ValidComplaint(s.cfg.Oracle, &jl, hour, judge.Complaint{Lease: lid, Hour: hour, Signature: sig}) {
		return FiledComplaint{}, newError(CodeBadComplaint, "the signature is not lease %s's holder's Complaint(%d, %d) under the oracle %s",
			id, lid, hour, s.cfg.Oracle.VerifyingContract)
	}
	fc := FiledComplaint{Hour: hour, Signature: append([]byte(nil), sig...), FiledAt: now.UTC()}
	next := r.clone()
	next.Complaints = append(next.Complaints, fc)
	if err := s.cfg.Store.Apply(Change{Put: []Record{next}}); err != nil {
		return FiledComplaint{}, fmt.Errorf("redeemer: store: %w", err)
	}
	*r = next
	s.log.Info("redeemer: holder complaint filed", "lease", id, "hour", judge.EpochStart(hour).UTC())
	return fc, nil
}
