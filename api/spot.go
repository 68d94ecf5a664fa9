package api

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/hourglass-exchange/hourglass/api/wire"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
)

// The holder's standing spot specs (docs/api.md, "Spot job specs"): the
// job every spot lease of the holder in a spot market runs when it has no
// spec of its own, given before the order (PUT /v1/spot/specs/{symbol}),
// listed (GET /v1/spot/specs) and withdrawn (DELETE). Leases serves them.

// SpotSpec is a standing spot spec as the gateway shows it.
type SpotSpec struct {
	// Market is the spot market's symbol, Instrument its token id
	// (decimal, as a lease's).
	Market     string `json:"market"`
	Instrument string `json:"instrument"`
	// Spec is the job spec (docs/delivery.md), SpecHash its EIP-712 hash,
	// Signature the holder's over it.
	Spec       json.RawMessage `json:"spec"`
	SpecHash   string          `json:"spec_hash"`
	Signature  string          `json:"signature"`
	AcceptedAt string          `json:"accepted_at"`
}

// SpotSpecsResponse is GET /v1/spot/specs.
type SpotSpecsResponse struct {
	Account string     `json:"account"`
	Specs   []SpotSpec `json:"specs"`
}

// SpotSpecRequest is PUT /v1/spot/specs/{symbol}'s body: the spec and the
// holder's signature, as lease.submit_spec takes them.
type SpotSpecRequest struct {
	Spec      json.RawMessage `json:"spec"`
	Signature string          `json:"signature"`
}

// SpotSpecWithdrawn is DELETE /v1/spot/specs/{symbol}'s answer.
type SpotSpecWithdrawn struct {
	Market    string `json:"market"`
	Withdrawn bool   `json:"withdrawn"`
}

// The standing spot specs' codes (lease codes).
const (
	// CodeNotSpotMarket: the market is not a spot market (or the spec
	// names another one than the path).
	CodeNotSpotMarket Code = "not_spot_market"
	// CodeUnknownSpotSpec: the account has no standing spec for the
	// market.
	CodeUnknownSpotSpec Code = "unknown_spot_spec"
	// CodeTooManySpotSpecs: the account has the most standing specs a
	// holder may have (64).
	CodeTooManySpotSpecs Code = "too_many_spot_specs"
)

// MaxSpotSpecBytes bounds PUT /v1/spot/specs/{symbol}'s body: a spec's
// strings (64 KiB) with their JSON and a contract wallet's signature.
const MaxSpotSpecBytes = 128 << 10

func init() {
	codeStatus[CodeNotSpotMarket] = http.StatusBadRequest
	codeStatus[CodeUnknownSpotSpec] = http.StatusNotFound
	codeStatus[CodeTooManySpotSpecs] = http.StatusConflict
	leaseCodeList = append(leaseCodeList, CodeNotSpotMarket, CodeUnknownSpotSpec, CodeTooManySpotSpecs)
}

// spotMarket parses a spot market's symbol.
func spotMarket(symbol string) (instrument.ID, *Error) {
	in, err := instrument.ParseSymbol(symbol)
	if err != nil {
		return instrument.ID{}, errorf(CodeInvalidParams, "market: "+err.Error())
	}
	if in.Kind != instrument.Spot {
		return instrument.ID{}, errorf(CodeNotSpotMarket, symbol+" is not a spot market")
	}
	id, err := in.Encode()
	if err != nil {
		return instrument.ID{}, errorf(CodeInvalidParams, "market: "+err.Error())
	}
	return id, nil
}

// restSpotSpecs serves GET /v1/spot/specs: the signed-in account's
// standing spot specs.
func (s *Server) restSpotSpecs(w http.ResponseWriter, r *http.Request) *Error {
	addr, e := s.restHolder(r)
	if e != nil {
		return e
	}
	resp := SpotSpecsResponse{Account: wire.Account(addr), Specs: s.opts.Leases.SpotSpecs(addr)}
	if resp.Specs == nil {
		resp.Specs = []SpotSpec{}
	}
	return writeJSON(w, resp)
}

// restSpotSpec serves PUT and DELETE /v1/spot/specs/{symbol}.
func (s *Server) restSpotSpec(w http.ResponseWriter, r *http.Request) *Error {
	if r.Method != http.MethodPut && r.Method != http.MethodDelete {
		w.Header().Set("Allow", "PUT, DELETE")
		return errorf(CodeMethodNotAllowed, r.Method+" is not allowed here")
	}
	addr, e := s.restHolder(r)
	if e != nil {
		return e
	}
	symbol := r.PathValue("symbol")
	market, e := spotMarket(symbol)
	if e != nil {
		return e
	}
	if r.Method == http.MethodDelete {
		if err := s.opts.Leases.WithdrawSpotSpec(addr, market); err != nil {
			return leaseError(err)
		}
		return writeJSON(w, SpotSpecWithdrawn{Market: symbol, Withdrawn: true})
	}
	b, e := readBody(r, MaxSpotSpecBytes)
	if e != nil {
		return e
	}
	if !json.Valid(b) {
		return errorf(CodeInvalidJSON, "the body is not JSON")
	}
	var req SpotSpecRequest
	d := json.NewDecoder(bytes.NewReader(b))
	d.DisallowUnknownFields()
	if err := d.Decode(&req); err != nil || len(req.Spec) == 0 || req.Signature == "" {
		return errorf(CodeInvalidParams, "the body is {\"spec\": {…}, \"signature\": \"0x…\"}")
	}
	out, e := s.submitSpotSpec(r.Context(), addr, market, req)
	if e != nil {
		return e
	}
	return writeJSON(w, out)
}

// submitSpotSpec checks a standing spec's request (PUT
// /v1/spot/specs/{symbol}) and hands it to Leases.
func (s *Server) submitSpotSpec(ctx context.Context, caller common.Address, market instrument.ID, req SpotSpecRequest) (SpotSpec, *Error) {
	if req.Spec[0] != '{' {
		return SpotSpec{}, errorf(CodeInvalidSpec, "spec must be a JSON object")
	}
	sig, err := hexutil.Decode(strings.TrimSpace(req.Signature))
	if err != nil {
		return SpotSpec{}, errorf(CodeInvalidParams, "signature: want 0x hex")
	}
	ctx, cancel := context.WithTimeout(ctx, s.opts.EngineTimeout)
	defer cancel()
	out, err := s.opts.Leases.SubmitSpotSpec(ctx, caller, market, req.Spec, sig)
	if err != nil {
		return SpotSpec{}, leaseError(err)
	}
	return out, nil
}

// The websocket twins of the REST endpoints (signed in, as lease.stop):
// spot.set_spec {symbol, spec, signature} answers the standing spec,
// spot.withdraw_spec {symbol} {market, withdrawn}, spot.specs {} the
// account's specs as GET /v1/spot/specs.
const (
	MethodSpotSetSpec      = "spot.set_spec"
	MethodSpotWithdrawSpec = "spot.withdraw_spec"
	MethodSpotSpecs        = "spot.specs"
)

// spotMethod serves the spot.* methods.
func (c *conn) spotMethod(req request) ([]byte, *Error) {
	if c.s.opts.Leases == nil || c.s.opts.Auth == nil {
		return nil, errorf(CodeNotImplemented, req.Method+" is not served by this gateway")
	}
	if c.session == nil {
		return nil, errorf(CodeAuthRequired, req.Method+" needs a signed-in connection: auth.login first")
	}
	if _, err := c.s.opts.Auth.Sessions().Lookup(c.session.Token); err != nil {
		return nil, authError(err)
	}
	addr := c.session.Address
	if req.Method == MethodSpotSpecs {
		resp := SpotSpecsResponse{Account: wire.Account(addr), Specs: c.s.opts.Leases.SpotSpecs(addr)}
		if resp.Specs == nil {
			resp.Specs = []SpotSpec{}
		}
		return marshal(resp)
	}
	var p struct {
		Symbol    string          `json:"symbol"`
		Spec      json.RawMessage `json:"spec"`
		Signature string          `json:"signature"`
	}
	if len(req.Params) == 0 || json.Unmarshal(req.Params, &p) != nil || p.Symbol == "" {
		return nil, errorf(CodeInvalidParams, "params: symbol is required")
	}
	market, e := spotMarket(p.Symbol)
	if e != nil {
		return nil, e
	}
	if req.Method == MethodSpotWithdrawSpec {
		if err := c.s.opts.Leases.WithdrawSpotSpec(addr, market); err != nil {
			return nil, leaseError(err)
		}
		return marshal(SpotSpecWithdrawn{Market: p.Symbol, Withdrawn: true})
	}
	if len(p.Spec) == 0 || p.Signature == "" {
		return nil, errorf(CodeInvalidParams, "symbol, spec and signature are required")
	}
	out, e := c.s.submitSpotSpec(context.Background(), addr, market, SpotSpecRequest{Spec: p.Spec, Signature: p.Signature})
	if e != nil {
		return nil, e
	}
	return marshal(out)
}
