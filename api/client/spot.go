package client

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// The signed-in holder's standing spot specs (docs/api.md, "Spot job
// specs"): the job every spot lease of the account in a spot market runs
// when it has no spec of its own.

// SpotSpec is a standing spot spec as the gateway shows it.
type SpotSpec struct {
	Market     string          `json:"market"`
	Instrument string          `json:"instrument"`
	Spec       json.RawMessage `json:"spec"`
	SpecHash   string          `json:"spec_hash"`
	Signature  string          `json:"signature"`
	AcceptedAt string          `json:"accepted_at"`
}

// SpotSpecWithdrawn is the answer of DELETE /v1/spot/specs/{symbol}.
type SpotSpecWithdrawn struct {
	Market    string `json:"market"`
	Withdrawn bool   `json:"withdrawn"`
}

// SetSpotSpec sets the account's standing spec of spot market symbol
// (PUT /v1/spot/specs/{symbol}): spec is the job spec's JSON, naming the
// account, the market, its lease length as hours, start hour and GPUs 0;
// signature the account's EIP-712 signature of it.
func (r *REST) SetSpotSpec(ctx context.Context, symbol string, spec json.RawMessage, signature []byte) (SpotSpec, error) {
	body, err := json.Marshal(map[string]any{"spec": spec, "signature": hexutil.Encode(signature)})
	if err != nil {
		return SpotSpec{}, err
	}
	var out SpotSpec
	err = r.send(ctx, http.MethodPut, "/v1/spot/specs/"+url.PathEscape(symbol), body, &out)
	return out, err
}

// SpotSpecs fetches the account's standing spot specs (GET
// /v1/spot/specs).
func (r *REST) SpotSpecs(ctx context.Context) ([]SpotSpec, error) {
	var out struct {
		Specs []SpotSpec `json:"specs"`
	}
	err := r.Get(ctx, "/v1/spot/specs", nil, &out)
	return out.Specs, err
}

// WithdrawSpotSpec withdraws the account's standing spec of spot market
// symbol (DELETE /v1/spot/specs/{symbol}; unknown_spot_spec: none).
func (r *REST) WithdrawSpotSpec(ctx context.Context, symbol string) (SpotSpecWithdrawn, error) {
	var out SpotSpecWithdrawn
	err := r.send(ctx, http.MethodDelete, "/v1/spot/specs/"+url.PathEscape(symbol), nil, &out)
	return out, err
}

// send requests path with method and a JSON body (nil: none).
func (r *REST) send(ctx context.Context, method, path string, body []byte, out any) error {
	req, err := http.NewRequestWithContext(ctx, method, strings.TrimRight(r.BaseURL, "/")+path, bytes.NewReader(body))
	if err != nil {
		return err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	return r.do(req, out)
}
