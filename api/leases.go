package api

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/hourglass-exchange/hourglass/api/wire"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
)

// Leases is what the gateway needs of the redeemer (the delivery half:
// docs/delivery.md): the holder's leases, their job output, the holder's
// signed job spec and stop. The gateway declares it and its records;
// internal/node adapts redeemer/service to it. A refusal is a
// *LeaseError whose Code is one of the LeaseCode* codes; any other error
// is answered unavailable.
type Leases interface {
	// Leases returns the holder's leases, by id.
	Leases(holder common.Address) []Lease
	// Lease returns one lease (LeaseCodeUnknown: none).
	Lease(id string) (Lease, error)
	// SubmitSpec accepts the holder's EIP-712 signed job spec (spec is
	// its JSON, as docs/delivery.md describes it) for a lease.
	SubmitSpec(ctx context.Context, leaseID string, spec json.RawMessage, signature []byte) (Lease, error)
	// Logs reads the job's stdout or stderr for its holder, from offset,
	// at most max bytes.
	Logs(caller common.Address, id string, stream string, offset int64, max int) (LeaseLog, error)
	// Stop stops the job for its holder.
	Stop(caller common.Address, id string) error
	// Complain files the holder's signed complaint for one of the
	// lease's hours (api/complaints.go; docs/oracle.md, "The holder's
	// word").
	Complain(ctx context.Context, caller common.Address, id string, hour uint64, signature []byte) (LeaseComplaint, error)
	// SubmitSpotSpec accepts the signed-in holder's standing job spec for
	// a spot market (api/spot.go): spec is its JSON, signature the
	// holder's; the spec must name caller and market
	// (CodeNotLeaseHolder, CodeNotSpotMarket).
	SubmitSpotSpec(ctx context.Context, caller common.Address, market instrument.ID, spec json.RawMessage, signature []byte) (SpotSpec, error)
	// SpotSpecs returns the holder's standing spot specs, by market.
	SpotSpecs(holder common.Address) []SpotSpec
	// WithdrawSpotSpec removes the holder's standing spec for a spot
	// market (CodeUnknownSpotSpec: none).
	WithdrawSpotSpec(caller common.Address, market instrument.ID) error
}

// Lease is one lease as the gateway shows it (GET /v1/leases/{id}).
type Lease struct {
	ID         string `json:"lease_id"`
	Holder     string `json:"holder"`
	Provider   string `json:"provider"`
	Instrument string `json:"instrument"` // the token id, decimal
	GPUs       uint32 `json:"gpus"`
	// StartHour is the window's first hour since 1970-01-01T00:00Z;
	// WindowStart and WindowEnd the window as times.
	StartHour   uint32 `json:"start_hour"`
	Hours       uint32 `json:"hours"`
	WindowStart string `json:"window_start"`
	WindowEnd   string `json:"window_end"`
	SpecHash    string `json:"spec_hash"`
	// SpecAccepted: the holder's signed spec was accepted.
	SpecAccepted bool `json:"spec_accepted"`
	// State is assigned, provisioning, running or closed; Reason the
	// close reason ("" while open).
	State  string `json:"state"`
	Reason string `json:"reason"`
	// Node is the node key of the agent running the lease ("" before).
	Node string `json:"node,omitempty"`
	// ChainState and ChainReason are what the chain last said.
	ChainState  string `json:"chain_state"`
	ChainReason string `json:"chain_reason"`
	// History is every transition, the assignment first.
	History   []LeaseTransition `json:"history"`
	CreatedAt string            `json:"created_at"`
	UpdatedAt string            `json:"updated_at"`
	// Delivery is the oracle's judgement of the lease's hours so far
	// (docs/oracle.md); absent before its first judged hour.
	Delivery *LeaseDelivery `json:"delivery,omitempty"`
	// Complaints are the holder's complaints filed for the lease's
	// hours (api/complaints.go), oldest first.
	Complaints []LeaseComplaint `json:"complaints,omitempty"`
}

// LeaseDelivery is the oracle's judgement of a lease so far: the quorum's
// delivered and undelivered GPU-hours, with the reasons, hour by hour.
type LeaseDelivery struct {
	DeliveredGPUHours   uint64 `json:"delivered_gpu_hours"`
	UndeliveredGPUHours uint64 `json:"undelivered_gpu_hours"`
	// Reasons are the reasons of the undelivered hours (close-reason
	// names: node_lost, gpu_fault, attestation_failed, ...), each once.
	Reasons []string `json:"undelivered_reasons,omitempty"`
	// Hours are the judged hours, oldest first.
	Hours []LeaseHour `json:"hours"`
}

// LeaseHour is the quorum's decision on one hour of a lease.
type LeaseHour struct {
	// Hour is its start (RFC 3339); Delivered whether its GPU-hours were
	// delivered, Reason why not.
	Hour      string `json:"hour"`
	Delivered bool   `json:"delivered"`
	Reason    string `json:"reason,omitempty"`
}

// LeaseTransition is one transition of a lease.
type LeaseTransition struct {
	From   string `json:"from"`
	To     string `json:"to"`
	Reason string `json:"reason,omitempty"`
	Actor  string `json:"actor"`
	Time   string `json:"time"`
	TimeMS int64  `json:"time_ms"`
	Detail string `json:"detail,omitempty"`
}

// LeaseLog is a piece of a job's log.
type LeaseLog struct {
	Data []byte
	// Next is the offset to ask for next; Size the log's size now.
	Next, Size int64
}

// LeaseError is a refusal of the redeemer, with its code.
type LeaseError struct {
	Code    Code
	Message string
}

func (e *LeaseError) Error() string { return string(e.Code) + ": " + e.Message }

// The lease codes (docs/api.md, "Error codes").
const (
	// CodeUnknownLease: no such lease (a redemption's leases are known
	// once its block is seen).
	CodeUnknownLease Code = "unknown_lease"
	// CodeNotLeaseHolder: the caller or the spec's holder is not the
	// lease's holder.
	CodeNotLeaseHolder Code = "not_lease_holder"
	// CodeLeaseClosed: the lease is closed.
	CodeLeaseClosed Code = "lease_closed"
	// CodeInvalidSpec: the job spec is malformed, cannot run, or names
	// another redemption than the lease's.
	CodeInvalidSpec Code = "invalid_spec"
	// CodeSpecHashMismatch: the spec's EIP-712 hash is not the lease's
	// spec_hash.
	CodeSpecHashMismatch Code = "spec_hash_mismatch"
	// CodeSpecBadSignature: the spec's signature is malformed, or is not
	// the lease holder's.
	CodeSpecBadSignature Code = "spec_bad_signature"
	// CodeSpecConflict: another spec was accepted for the lease.
	CodeSpecConflict Code = "spec_conflict"
)

// leaseCodes are the lease codes with their status.
var leaseCodes = map[Code]int{
	CodeUnknownLease:     http.StatusNotFound,
	CodeNotLeaseHolder:   http.StatusForbidden,
	CodeLeaseClosed:      http.StatusConflict,
	CodeInvalidSpec:      http.StatusBadRequest,
	CodeSpecHashMismatch: http.StatusBadRequest,
	CodeSpecBadSignature: http.StatusForbidden,
	CodeSpecConflict:     http.StatusConflict,
}

var leaseCodeList = []Code{CodeUnknownLease, CodeNotLeaseHolder, CodeLeaseClosed, CodeInvalidSpec,
	CodeSpecHashMismatch, CodeSpecBadSignature, CodeSpecConflict}

func init() {
	for c, st := range leaseCodes {
		codeStatus[c] = st
	}
}

// leaseError answers an error of Leases.
func leaseError(err error) *Error {
	var le *LeaseError
	if errors.As(err, &le) {
		if _, ok := codeStatus[le.Code]; ok {
			return errorf(le.Code, le.Message)
		}
		return errorf(CodeInternal, le.Message)
	}
	return errorf(CodeUnavailable, "the redeemer: "+err.Error())
}

// Lease methods.
const (
	MethodLeaseSubmitSpec = "lease.submit_spec"
	MethodLeaseStop       = "lease.stop"
	MethodLeaseComplain   = "lease.complain"
)

// LeasesResponse is GET /v1/leases.
type LeasesResponse struct {
	Account string  `json:"account"`
	Leases  []Lease `json:"leases"`
}

// LeaseLogResponse is GET /v1/leases/{id}/logs.
type LeaseLogResponse struct {
	LeaseID string `json:"lease_id"`
	Stream  string `json:"stream"`
	Offset  int64  `json:"offset"`
	// Data is the bytes from Offset as text (an invalid UTF-8 sequence
	// reads as U+FFFD; Next counts bytes, not characters).
	Data string `json:"data"`
	Next int64  `json:"next"`
	Size int64  `json:"size"`
}

// DefaultLogLimit and MaxLogLimit bound the bytes of one logs request.
const (
	DefaultLogLimit = 64 << 10
	MaxLogLimit     = 1 << 20
)

// restHolder authenticates a lease request by its bearer token.
func (s *Server) restHolder(r *http.Request) (common.Address, *Error) {
	if s.opts.Auth == nil || s.opts.Leases == nil {
		return common.Address{}, errorf(CodeNotImplemented, r.URL.Path+" is not served by this gateway")
	}
	token, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok || token == "" {
		return common.Address{}, errorf(CodeAuthRequired, "Authorization: Bearer <session token> is required")
	}
	sess, err := s.opts.Auth.Sessions().Lookup(strings.TrimSpace(token))
	if err != nil {
		return common.Address{}, authError(err)
	}
	return sess.Address, nil
}

// restLeases serves GET /v1/leases.
func (s *Server) restLeases(w http.ResponseWriter, r *http.Request) *Error {
	addr, err := s.restHolder(r)
	if err != nil {
		return err
	}
	resp := LeasesResponse{Account: wire.Account(addr), Leases: s.opts.Leases.Leases(addr)}
	if resp.Leases == nil {
		resp.Leases = []Lease{}
	}
	return writeJSON(w, resp)
}

// restLease serves GET /v1/leases/{id} and /v1/leases/{id}/logs.
func (s *Server) restLease(w http.ResponseWriter, r *http.Request) *Error {
	rest := strings.TrimPrefix(r.URL.Path, "/v1/leases/")
	id, logs := strings.CutSuffix(rest, "/logs")
	if id == "" || strings.Contains(id, "/") {
		return errorf(CodeNotFound, "no such path "+r.URL.Path)
	}
	addr, err := s.restHolder(r)
	if err != nil {
		return err
	}
	if !logs {
		l, lerr := s.opts.Leases.Lease(id)
		if lerr != nil {
			return leaseError(lerr)
		}
		if !strings.EqualFold(l.Holder, addr.Hex()) {
			return errorf(CodeNotLeaseHolder, "lease "+id+" is not "+wire.Account(addr)+"'s")
		}
		return writeJSON(w, l)
	}
	q := r.URL.Query()
	stream := q.Get("stream")
	switch stream {
	case "":
		stream = "stdout"
	case "stdout", "stderr":
	default:
		return errorf(CodeInvalidParams, "stream must be stdout or stderr")
	}
	offset, err := queryInt(r, "offset", 0, 0, 1<<53)
	if err != nil {
		return err
	}
	limit, err := queryInt(r, "limit", DefaultLogLimit, 1, MaxLogLimit)
	if err != nil {
		return err
	}
	c, lerr := s.opts.Leases.Logs(addr, id, stream, offset, int(limit))
	if lerr != nil {
		return leaseError(lerr)
	}
	return writeJSON(w, LeaseLogResponse{LeaseID: id, Stream: stream, Offset: offset,
		Data: strings.ToValidUTF8(string(c.Data), string(utf8.RuneError)), Next: c.Next, Size: c.Size})
}

// submitSpecParams are lease.submit_spec's.
type submitSpecParams struct {
	LeaseID   string          `json:"lease_id"`
	Spec      json.RawMessage `json:"spec"`
	Signature string          `json:"signature"`
}

// leaseMethod serves lease.submit_spec (authenticated by the spec's own
// signature: no sign-in needed), lease.stop and lease.complain (the
// signed-in holder's).
func (c *conn) leaseMethod(req request) ([]byte, *Error) {
	l := c.s.opts.Leases
	if l == nil {
		return nil, errorf(CodeNotImplemented, req.Method+" is not served by this gateway")
	}
	if req.Method == MethodLeaseSubmitSpec {
		var p submitSpecParams
		if len(req.Params) == 0 || json.Unmarshal(req.Params, &p) != nil {
			return nil, errorf(CodeInvalidParams, "params: lease_id, spec and signature")
		}
		if p.LeaseID == "" || len(p.Spec) == 0 || p.Signature == "" {
			return nil, errorf(CodeInvalidParams, "lease_id, spec and signature are required")
		}
		if p.Spec[0] != '{' {
			return nil, errorf(CodeInvalidSpec, "spec must be a JSON object")
		}
		sig, err := hexutil.Decode(p.Signature)
		if err != nil {
			return nil, errorf(CodeInvalidParams, "signature: want 0x hex")
		}
		ctx, cancel := context.WithTimeout(context.Background(), c.s.opts.EngineTimeout)
		defer cancel()
		out, err := l.SubmitSpec(ctx, p.LeaseID, p.Spec, sig)
		if err != nil {
			return nil, leaseError(err)
		}
		return marshal(out)
	}
	if c.session == nil {
		return nil, errorf(CodeAuthRequired, req.Method+" needs a signed-in connection: auth.login first")
	}
	if _, err := c.s.opts.Auth.Sessions().Lookup(c.session.Token); err != nil {
		return nil, authError(err)
	}
	if req.Method == MethodLeaseComplain {
		var p struct {
			LeaseID   string  `json:"lease_id"`
			Hour      *uint64 `json:"hour"`
			Signature string  `json:"signature"`
		}
		if len(req.Params) == 0 || json.Unmarshal(req.Params, &p) != nil || p.LeaseID == "" {
			return nil, errorf(CodeInvalidParams, "params: lease_id, hour and signature are required")
		}
		sig, e := complaintSignature(p.Hour, p.Signature)
		if e != nil {
			return nil, e
		}
		ctx, cancel := context.WithTimeout(context.Background(), c.s.opts.EngineTimeout)
		defer cancel()
		out, err := l.Complain(ctx, c.session.Address, p.LeaseID, *p.Hour, sig)
		if err != nil {
			return nil, leaseError(err)
		}
		return marshal(out)
	}
	var p struct {
		LeaseID string `json:"lease_id"`
	}
	if len(req.Params) == 0 || json.Unmarshal(req.Params, &p) != nil || p.LeaseID == "" {
		return nil, errorf(CodeInvalidParams, "params: lease_id is required")
	}
	if err := l.Stop(c.session.Address, p.LeaseID); err != nil {
		return nil, leaseError(err)
	}
	return append(appendJSONString([]byte(`{"lease_id":`), p.LeaseID), `,"stopping":true}`...), nil
}

// LeaseTime formats a lease's time as the gateway writes times (RFC 3339
// UTC, 9 fractional digits); the zero time is "".
func LeaseTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return formatTime(t.UnixNano())
}
