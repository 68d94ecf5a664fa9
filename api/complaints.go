package api

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strings"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// The holder's word (docs/oracle.md, "The holder's word"): a lease's
// holder complains, signed, that one of the lease's hours was not
// delivered; POST /v1/leases/{lease_id}/complaints.

// LeaseComplaint is a holder's complaint as the gateway shows it: the
// answer of POST /v1/leases/{lease_id}/complaints.
type LeaseComplaint struct {
	LeaseID string `json:"lease_id"`
	// Hour is the lease-hour complained about, in hours since
	// 1970-01-01T00:00Z (start_hour's unit: the oracle's epoch, the
	// signed hour); HourStart the hour as a time.
	Hour      uint64 `json:"hour"`
	HourStart string `json:"hour_start"`
	// Signature is the holder's EIP-712 signature of
	// Complaint(leaseId, hour) under the oracle's domain, 0x hex.
	Signature string `json:"signature"`
	// FiledAt is when the redeemer accepted it (the first time: filing
	// the same hour again answers the complaint already filed).
	FiledAt string `json:"filed_at"`
}

// ComplaintRequest is POST /v1/leases/{lease_id}/complaints's body.
type ComplaintRequest struct {
	Hour      uint64 `json:"hour"`
	Signature string `json:"signature"`
}

// MaxComplaintBytes bounds a complaint's body.
const MaxComplaintBytes = 1 << 10

// The complaint codes (docs/api.md, "Error codes").
const (
	// CodeBadComplaint: the complaint's signature is malformed or is not
	// the lease holder's Complaint(leaseId, hour) under the oracle's
	// domain.
	CodeBadComplaint Code = "bad_complaint"
	// CodeComplaintHour: the hour is not one of the lease's, or has not
	// begun.
	CodeComplaintHour Code = "complaint_hour"
	// CodeComplaintLate: the hour's complaint window (its end plus a
	// minute) has closed.
	CodeComplaintLate Code = "complaint_late"
)

func init() {
	codeStatus[CodeBadComplaint] = http.StatusForbidden
	codeStatus[CodeComplaintHour] = http.StatusBadRequest
	codeStatus[CodeComplaintLate] = http.StatusConflict
	// Codes lists the lease codes: these are lease codes.
	leaseCodeList = append(leaseCodeList, CodeBadComplaint, CodeComplaintHour, CodeComplaintLate)
}

// restLeaseComplaints serves POST /v1/leases/{lease_id}/complaints: the
// signed-in holder's complaint for one of the lease's hours.
func (s *Server) restLeaseComplaints(w http.ResponseWriter, r *http.Request) *Error {
	id := r.PathValue("lease_id")
	addr, e := s.restHolder(r)
	if e != nil {
		return e
	}
	b, e := readBody(r, MaxComplaintBytes)
	if e != nil {
		return e
	}
	if !json.Valid(b) {
		return errorf(CodeInvalidJSON, "the complaint is not JSON")
	}
	var req struct {
		Hour      *uint64 `json:"hour"`
		Signature string  `json:"signature"`
	}
	d := json.NewDecoder(bytes.NewReader(b))
	d.DisallowUnknownFields()
	if err := d.Decode(&req); err != nil {
		return errorf(CodeInvalidParams, "the body is {\"hour\": <hours since 1970>, \"signature\": \"0x…\"}")
	}
	sig, e := complaintSignature(req.Hour, req.Signature)
	if e != nil {
		return e
	}
	c, err := s.opts.Leases.Complain(r.Context(), addr, id, *req.Hour, sig)
	if err != nil {
		return leaseError(err)
	}
	return writeJSON(w, c)
}

// complaintSignature checks a complaint's hour and signature parameters
// (POST /v1/leases/{lease_id}/complaints, lease.complain) and decodes the
// signature.
func complaintSignature(hour *uint64, signature string) ([]byte, *Error) {
	if hour == nil || signature == "" {
		return nil, errorf(CodeInvalidParams, "a complaint is {\"hour\": <hours since 1970>, \"signature\": \"0x…\"}")
	}
	sig, err := hexutil.Decode(strings.TrimSpace(signature))
	if err != nil {
		return nil, errorf(CodeInvalidParams, "signature: want 0x hex")
	}
	return sig, nil
}
