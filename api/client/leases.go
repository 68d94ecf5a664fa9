package client

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"strconv"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// The holder's leases (docs/api.md, "Leases"): GET /v1/leases, a lease,
// its job's logs, and the websocket methods lease.submit_spec and
// lease.stop. The records mirror the gateway's api.Lease (the client does
// not import the gateway; TestLeaseRecordsMirrorTheGateway keeps them
// equal).

// Lease is one lease as the gateway shows it (GET /v1/leases/{id}).
type Lease struct {
	ID         string `json:"lease_id"`
	Holder     string `json:"holder"`
	Provider   string `json:"provider"`
	Instrument string `json:"instrument"` // the token id, decimal
	GPUs       uint32 `json:"gpus"`
	// StartHour is the window's first hour since 1970-01-01T00:00Z;
	// WindowStart and WindowEnd the window as times (RFC 3339).
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
	// Delivery is the oracle's judgement of the lease's hours so far;
	// nil before its first judged hour.
	Delivery *LeaseDelivery `json:"delivery,omitempty"`
	// Complaints are the holder's complaints filed for the lease's hours
	// (Complain), oldest first.
	Complaints []LeaseComplaint `json:"complaints,omitempty"`
}

// LeaseDelivery is the oracle's judgement of a lease so far.
type LeaseDelivery struct {
	DeliveredGPUHours   uint64      `json:"delivered_gpu_hours"`
	UndeliveredGPUHours uint64      `json:"undelivered_gpu_hours"`
	Reasons             []string    `json:"undelivered_reasons,omitempty"`
	Hours               []LeaseHour `json:"hours"`
}

// LeaseHour is the quorum's decision on one hour of a lease.
type LeaseHour struct {
	Hour      string `json:"hour"`
	Delivered bool   `json:"delivered"`
	Reason    string `json:"reason,omitempty"`
}

// LeaseTransition is one transition of a lease: who (chain, provider,
// holder, redeemer) moved it when, and why.
type LeaseTransition struct {
	From   string `json:"from"`
	To     string `json:"to"`
	Reason string `json:"reason,omitempty"`
	Actor  string `json:"actor"`
	Time   string `json:"time"`
	TimeMS int64  `json:"time_ms"`
	Detail string `json:"detail,omitempty"`
}

// LeaseLog is a piece of a job's log (GET /v1/leases/{id}/logs).
type LeaseLog struct {
	LeaseID string `json:"lease_id"`
	Stream  string `json:"stream"`
	Offset  int64  `json:"offset"`
	// Data is the bytes from Offset as text (an invalid UTF-8 sequence
	// reads as U+FFFD).
	Data string `json:"data"`
	// Next is the offset to ask for next; Size the log's size now.
	Next int64 `json:"next"`
	Size int64 `json:"size"`
}

// LogQuery selects a piece of a job's log: Stream stdout (default) or
// stderr, from byte Offset, at most Limit bytes (0: the gateway's
// default, 64 KiB; at most 1 MiB).
type LogQuery struct {
	Stream string
	Offset int64
	Limit  int
}

// Leases fetches the signed-in account's leases (GET /v1/leases).
func (r *REST) Leases(ctx context.Context) ([]Lease, error) {
	var out struct {
		Leases []Lease `json:"leases"`
	}
	err := r.Get(ctx, "/v1/leases", nil, &out)
	return out.Leases, err
}

// Lease fetches one of the account's leases (GET /v1/leases/{id}):
// another account's is not_lease_holder, an unknown id unknown_lease.
func (r *REST) Lease(ctx context.Context, id string) (Lease, error) {
	var out Lease
	err := r.Get(ctx, "/v1/leases/"+url.PathEscape(id), nil, &out)
	return out, err
}

// LeaseLogs fetches a piece of a lease's job output
// (GET /v1/leases/{id}/logs); ask again from the returned Next. While the
// lease is not on a node yet the gateway answers unavailable.
func (r *REST) LeaseLogs(ctx context.Context, id string, q LogQuery) (LeaseLog, error) {
	v := url.Values{}
	if q.Stream != "" {
		v.Set("stream", q.Stream)
	}
	if q.Offset > 0 {
		v.Set("offset", strconv.FormatInt(q.Offset, 10))
	}
	if q.Limit > 0 {
		v.Set("limit", strconv.Itoa(q.Limit))
	}
	var out LeaseLog
	err := r.Get(ctx, "/v1/leases/"+url.PathEscape(id)+"/logs", v, &out)
	return out, err
}

// SubmitSpec sends the holder's signed job spec for a lease
// (lease.submit_spec; spec is the JSON object whose EIP-712 hash the
// redemption carried, signature the holder's over it) and returns the
// lease. It needs no sign-in. Sending the accepted spec again is a no-op.
func (c *Client) SubmitSpec(ctx context.Context, leaseID string, spec json.RawMessage, signature []byte) (Lease, error) {
	raw, err := c.Call(ctx, "lease.submit_spec", map[string]any{"lease_id": leaseID, "spec": spec,
		"signature": hexutil.Encode(signature)})
	if err != nil {
		return Lease{}, err
	}
	var out Lease
	if err := json.Unmarshal(raw, &out); err != nil {
		return Lease{}, fmt.Errorf("hourglass: lease.submit_spec: %w", err)
	}
	return out, nil
}

// LeaseStop is the result of lease.stop.
type LeaseStop struct {
	LeaseID  string `json:"lease_id"`
	Stopping bool   `json:"stopping"`
}

// StopLease asks the gateway to stop a lease's job (lease.stop; signed in
// as its holder). The lease closes holder_stopped on the node; the chain
// hears of it from the holder's own closeLease.
func (c *Client) StopLease(ctx context.Context, leaseID string) (LeaseStop, error) {
	raw, err := c.Call(ctx, "lease.stop", map[string]string{"lease_id": leaseID})
	if err != nil {
		return LeaseStop{}, err
	}
	var out LeaseStop
	if err := json.Unmarshal(raw, &out); err != nil {
		return LeaseStop{}, fmt.Errorf("hourglass: lease.stop: %w", err)
	}
	return out, nil
}
