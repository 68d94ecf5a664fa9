package client

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// LeaseComplaint is a holder's complaint for one of a lease's hours, as
// POST /v1/leases/{id}/complaints answers it (the gateway's
// api.LeaseComplaint; docs/oracle.md, "The holder's word").
type LeaseComplaint struct {
	LeaseID string `json:"lease_id"`
	// Hour is the lease-hour, in hours since 1970-01-01T00:00Z (the
	// signed hour); HourStart the hour as a time (RFC 3339).
	Hour      uint64 `json:"hour"`
	HourStart string `json:"hour_start"`
	// Signature is the holder's EIP-712 signature, 0x hex.
	Signature string `json:"signature"`
	// FiledAt is when the redeemer first accepted it.
	FiledAt string `json:"filed_at"`
}

// Complain files the signed-in holder's complaint that hour (hours since
// 1970) of lease id was not delivered (POST /v1/leases/{id}/complaints).
// signature is the holder's EIP-712 signature of Complaint(leaseId, hour)
// under the DeliveryOracle's domain (GET /v1/chain names the oracle and
// the chain id; docs/api.md has the typed data). Filing the same hour
// again answers the complaint already filed.
func (r *REST) Complain(ctx context.Context, id string, hour uint64, signature []byte) (LeaseComplaint, error) {
	body, err := json.Marshal(struct {
		Hour      uint64 `json:"hour"`
		Signature string `json:"signature"`
	}{hour, hexutil.Encode(signature)})
	if err != nil {
		return LeaseComplaint{}, err
	}
	var out LeaseComplaint
	err = r.post(ctx, "/v1/leases/"+url.PathEscape(id)+"/complaints", body, &out)
	return out, err
}

// post sends a JSON body to path and decodes the answer into out; an
// error status comes back as *Error.
func (r *REST) post(ctx context.Context, path string, body []byte, out any) error {
	return r.send(ctx, http.MethodPost, path, body, out)
}
