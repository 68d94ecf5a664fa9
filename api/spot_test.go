package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/hourglass-exchange/hourglass/api"
	wirepkg "github.com/hourglass-exchange/hourglass/api/wire"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
)

// The fake redeemer's standing spot specs: at most fakeSpotLimit an
// account; a spec containing "other" names another holder, "bad" cannot
// run; a signature not 65 bytes is not the holder's; the 99-hour spot
// market's redeemer is unreachable.
const fakeSpotLimit = 2

func fakeSpotMarket(market instrument.ID) (string, uint16) {
	in, _ := instrument.Decode(market)
	return in.Symbol(), in.WindowHours
}

func (f *fakeLeases) SubmitSpotSpec(_ context.Context, caller common.Address, market instrument.ID, spec json.RawMessage, sig []byte) (api.SpotSpec, error) {
	sym, hours := fakeSpotMarket(market)
	switch {
	case hours == 99:
		return api.SpotSpec{}, errors.New("the redeemer does not answer")
	case len(sig) != 65:
		return api.SpotSpec{}, &api.LeaseError{Code: api.CodeSpecBadSignature, Message: "want 65 bytes"}
	case bytes.Contains(spec, []byte("other")):
		return api.SpotSpec{}, &api.LeaseError{Code: api.CodeNotLeaseHolder, Message: "the spec names another holder"}
	case bytes.Contains(spec, []byte("bad")):
		return api.SpotSpec{}, &api.LeaseError{Code: api.CodeInvalidSpec, Message: "the spec cannot run"}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.spot == nil {
		f.spot = map[common.Address]map[string]api.SpotSpec{}
	}
	mine := f.spot[caller]
	if mine == nil {
		mine = map[string]api.SpotSpec{}
		f.spot[caller] = mine
	}
	if _, ok := mine[sym]; !ok && len(mine) >= fakeSpotLimit {
		return api.SpotSpec{}, &api.LeaseError{Code: api.CodeTooManySpotSpecs, Message: "too many"}
	}
	ss := api.SpotSpec{Market: sym, Instrument: market.Big().String(), Spec: spec, SpecHash: "0x" + strings.Repeat("cd", 32),
		Signature: hexutil.Encode(sig), AcceptedAt: "2026-12-20T23:10:00.000000000Z"}
	mine[sym] = ss
	return ss, nil
}

func (f *fakeLeases) SpotSpecs(holder common.Address) []api.SpotSpec {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []api.SpotSpec
	for _, ss := range f.spot[holder] {
		out = append(out, ss)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Market < out[j].Market })
	return out
}

func (f *fakeLeases) WithdrawSpotSpec(caller common.Address, market instrument.ID) error {
	sym, hours := fakeSpotMarket(market)
	if hours == 99 {
		return errors.New("the redeemer does not answer")
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, ok := f.spot[caller][sym]; !ok {
		return &api.LeaseError{Code: api.CodeUnknownSpotSpec, Message: "none for " + sym}
	}
	delete(f.spot[caller], sym)
	return nil
}

// spotBody is PUT /v1/spot/specs/{symbol}'s body.
func spotBody(spec, sig string) []byte {
	return []byte(`{"spec":` + spec + `,"signature":"` + sig + `"}`)
}

var goodSig = "0x" + strings.Repeat("11", 65)

// spotCases are the standing spot spec endpoints' cases for trader 1's
// session mtok, in order: every answer the document lists but 500.
func spotCases(mtok string) []apiCase {
	const specs, one = "/v1/spot/specs", "/v1/spot/specs/{symbol}"
	sym := func(s string) map[string]string { return map[string]string{"symbol": s} }
	four, eight, sixteen := sym("H100SXM-US-T1-SPOT+4h"), sym("H100SXM-US-T1-SPOT+8h"), sym("H100SXM-US-T1-SPOT+16h")
	reservation, gone := sym("H100SXM-US-T1-2027-01-04+168h"), sym("H100SXM-US-T1-SPOT+99h")
	good := spotBody(`{"holder":"x","command":["true"]}`, goodSig)
	return []apiCase{
		{path: specs, token: mtok, status: 200, check: func(m map[string]any) error {
			if len(m["specs"].([]any)) != 0 {
				return fmt.Errorf("specs before any: %v", m)
			}
			return nil
		}},
		{method: "put", path: one, params: four, token: mtok, body: good, status: 200, check: func(m map[string]any) error {
			if m["market"] != "H100SXM-US-T1-SPOT+4h" || m["signature"] != goodSig || m["spec"].(map[string]any)["holder"] != "x" {
				return fmt.Errorf("the spec answered is not the one sent: %v", m)
			}
			return nil
		}},
		{path: specs, token: mtok, status: 200, nonEmpty: "specs"},
		{path: specs, status: 401, code: "auth_required"},
		{method: "put", path: one, params: four, body: good, status: 401, code: "auth_required"},
		{method: "put", path: one, params: four, token: "nope", body: good, status: 401, code: "auth_invalid_session"},
		{method: "put", path: one, params: four, token: mtok, body: []byte(`{"spec":`), status: 400, code: "invalid_json"},
		{method: "put", path: one, params: four, token: mtok, body: []byte(`{"spec":{}}`), status: 400, code: "invalid_params"},
		{method: "put", path: one, params: four, token: mtok, body: []byte(`{"spec":{},"signature":"0x00","x":1}`), status: 400, code: "invalid_params"},
		{method: "put", path: one, params: four, token: mtok, body: spotBody(`{}`, "zz"), status: 400, code: "invalid_params"},
		{method: "put", path: one, params: four, token: mtok, body: spotBody(`[1]`, goodSig), status: 400, code: "invalid_spec"},
		{method: "put", path: one, params: four, token: mtok, body: spotBody(`{"bad":1}`, goodSig), status: 400, code: "invalid_spec"},
		{method: "put", path: one, params: reservation, token: mtok, body: good, status: 400, code: "not_spot_market"},
		{method: "put", path: one, params: four, token: mtok, body: spotBody(`{}`, "0x12"), status: 403, code: "spec_bad_signature"},
		{method: "put", path: one, params: four, token: mtok, body: spotBody(`{"other":1}`, goodSig), status: 403, code: "not_lease_holder"},
		{method: "put", path: one, params: eight, token: mtok, body: good, status: 200},
		{method: "put", path: one, params: sixteen, token: mtok, body: good, status: 409, code: "too_many_spot_specs"},
		{method: "put", path: one, params: four, token: mtok, body: good, status: 200}, // a replacement is not one more
		{method: "put", path: one, params: four, token: mtok, body: bytes.Repeat([]byte(" "), api.MaxSpotSpecBytes+1), status: 413, code: "message_too_large"},
		{method: "put", path: one, params: gone, token: mtok, body: good, status: 503, code: "unavailable"},
		{method: "delete", path: one, params: eight, token: mtok, status: 200, check: func(m map[string]any) error {
			if m["market"] != "H100SXM-US-T1-SPOT+8h" || m["withdrawn"] != true {
				return fmt.Errorf("withdrawn: %v", m)
			}
			return nil
		}},
		{method: "delete", path: one, params: eight, token: mtok, status: 404, code: "unknown_spot_spec"},
		{method: "delete", path: one, params: sym("nope"), token: mtok, status: 400, code: "invalid_params"},
		{method: "delete", path: one, params: reservation, token: mtok, status: 400, code: "not_spot_market"},
		{method: "delete", path: one, params: eight, status: 401, code: "auth_required"},
		{method: "delete", path: one, params: gone, token: mtok, status: 503, code: "unavailable"},
		{method: "put", path: one, params: sixteen, token: mtok, body: good, status: 200}, // room again
	}
}

// spotConformance drives the standing spot spec endpoints in the
// conformance test (TestOpenAPIConformance), with fakeLeases.
func spotConformance(r *openAPIRunner, w *orderWorld, mtok string) {
	for _, c := range spotCases(mtok) {
		r.run(w.gw.HTTP(), c)
	}
}

// TestSpotSpecs: the standing spot spec endpoints keep the signed-in
// account's specs, one per spot market, and refuse everything else with
// its code, changing nothing; another account sees only its own; a
// gateway without a redeemer does not serve them; other methods are 405.
func TestSpotSpecs(t *testing.T) {
	r := newOpenAPIRunner(t)
	f := newFakeLeases()
	w := newOrderWorld(t, func(o *api.Options) { o.Leases = f })
	one, two := w.trader(1), w.trader(2)
	tok := one.login(false)["token"].(string)
	tok2 := two.login(false)["token"].(string)
	spotConformance(r, w, tok)
	m := w.restOK("/v1/spot/specs", tok)
	var got []string
	for _, s := range m["specs"].([]any) {
		got = append(got, s.(map[string]any)["market"].(string))
	}
	if strings.Join(got, " ") != "H100SXM-US-T1-SPOT+16h H100SXM-US-T1-SPOT+4h" {
		t.Fatalf("the account's specs after the refusals: %v", got)
	}
	if m := w.restOK("/v1/spot/specs", tok2); len(m["specs"].([]any)) != 0 {
		t.Fatalf("another account sees %v", m)
	}
	for _, method := range []string{"GET", "POST", "PATCH"} {
		req, _ := http.NewRequest(method, w.gw.HTTP()+"/v1/spot/specs/H100SXM-US-T1-SPOT+4h", nil)
		req.Header.Set("Authorization", "Bearer "+tok)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 405 || resp.Header.Get("Allow") != "PUT, DELETE" {
			t.Errorf("%s: %d, Allow %q", method, resp.StatusCode, resp.Header.Get("Allow"))
		}
	}
	// The websocket twins: the same answers and refusals.
	four := "H100SXM-US-T1-SPOT+4h"
	set := func(sym, spec, sig string) map[string]any {
		return map[string]any{"symbol": sym, "spec": json.RawMessage(spec), "signature": sig}
	}
	anon := w.trader(5)
	anon.refused("spot.set_spec", set(four, `{}`, goodSig), "auth_required", 401)
	anon.refused("spot.specs", nil, "auth_required", 401)
	anon.refused("spot.withdraw_spec", map[string]any{"symbol": four}, "auth_required", 401)
	two.refused("spot.set_spec", map[string]any{"spec": json.RawMessage(`{}`), "signature": goodSig}, "invalid_params", 400)
	two.refused("spot.set_spec", map[string]any{"symbol": four, "signature": goodSig}, "invalid_params", 400)
	two.refused("spot.set_spec", set(four, `{}`, "zz"), "invalid_params", 400)
	two.refused("spot.set_spec", set("nope", `{}`, goodSig), "invalid_params", 400)
	two.refused("spot.set_spec", set("H100SXM-US-T1-2027-01-04+168h", `{}`, goodSig), "not_spot_market", 400)
	two.refused("spot.set_spec", set(four, `[1]`, goodSig), "invalid_spec", 400)
	two.refused("spot.set_spec", set(four, `{"bad":1}`, goodSig), "invalid_spec", 400)
	two.refused("spot.set_spec", set(four, `{}`, "0x12"), "spec_bad_signature", 403)
	two.refused("spot.set_spec", set(four, `{"other":1}`, goodSig), "not_lease_holder", 403)
	two.refused("spot.set_spec", set("H100SXM-US-T1-SPOT+99h", `{}`, goodSig), "unavailable", 503)
	two.refused("spot.withdraw_spec", map[string]any{"symbol": four}, "unknown_spot_spec", 404)
	two.refused("spot.withdraw_spec", map[string]any{}, "invalid_params", 400)
	if r := two.ok("spot.specs", nil); len(r["specs"].([]any)) != 0 || r["account"] != wirepkg.Account(two.addr) {
		t.Fatalf("spot.specs after refusals: %v", r)
	}
	if r := two.ok("spot.set_spec", set(four, `{"holder":"y"}`, goodSig)); r["market"] != four || r["spec"].(map[string]any)["holder"] != "y" {
		t.Fatalf("spot.set_spec: %v", r)
	}
	two.ok("spot.set_spec", set("H100SXM-US-T1-SPOT+8h", `{}`, goodSig))
	two.refused("spot.set_spec", set("H100SXM-US-T1-SPOT+16h", `{}`, goodSig), "too_many_spot_specs", 409)
	if m := w.restOK("/v1/spot/specs", tok2); len(m["specs"].([]any)) != 2 {
		t.Fatalf("GET after spot.set_spec: %v", m)
	}
	if r := two.ok("spot.withdraw_spec", map[string]any{"symbol": four}); r["market"] != four || r["withdrawn"] != true {
		t.Fatalf("spot.withdraw_spec: %v", r)
	}
	if r := two.ok("spot.specs", nil); len(r["specs"].([]any)) != 1 {
		t.Fatalf("spot.specs after the withdrawal: %v", r)
	}

	bare := newOrderWorld(t, nil)
	bt := bare.trader(1)
	btok := bt.login(false)["token"].(string)
	bt.refused("spot.specs", nil, "not_implemented", 501)
	for _, c := range []apiCase{
		{path: "/v1/spot/specs", token: btok, status: 501, code: "not_implemented"},
		{method: "put", path: "/v1/spot/specs/{symbol}", params: map[string]string{"symbol": "H100SXM-US-T1-SPOT+4h"}, token: btok,
			body: spotBody(`{}`, goodSig), status: 501, code: "not_implemented"},
		{method: "delete", path: "/v1/spot/specs/{symbol}", params: map[string]string{"symbol": "H100SXM-US-T1-SPOT+4h"}, token: btok,
			status: 501, code: "not_implemented"},
	} {
		r.run(bare.gw.HTTP(), c)
	}
}
