package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/hourglass-exchange/hourglass/api"
)

// Complain is fakeLeases' redeemer taking complaints: lease "7"'s one hour
// is 499392; an earlier hour's window has closed (complaint_late), a later
// one is not the lease's (complaint_hour); a signature must be 65 bytes
// ending in v 27 or 28; lease "9"'s redeemer does not answer.
func (f *fakeLeases) Complain(_ context.Context, caller common.Address, id string, hour uint64, sig []byte) (api.LeaseComplaint, error) {
	l, ok := f.lease(id)
	switch {
	case !ok:
		return api.LeaseComplaint{}, &api.LeaseError{Code: api.CodeUnknownLease, Message: "no lease " + id}
	case !strings.EqualFold(l.Holder, caller.Hex()):
		return api.LeaseComplaint{}, &api.LeaseError{Code: api.CodeNotLeaseHolder, Message: "not the holder"}
	case id == "9":
		return api.LeaseComplaint{}, errors.New("the redeemer does not answer")
	case hour < 499392:
		return api.LeaseComplaint{}, &api.LeaseError{Code: api.CodeComplaintLate, Message: "the window has closed"}
	case hour > 499392:
		return api.LeaseComplaint{}, &api.LeaseError{Code: api.CodeComplaintHour, Message: "not one of the lease's hours"}
	case len(sig) != 65 || sig[64] != 27 && sig[64] != 28:
		return api.LeaseComplaint{}, &api.LeaseError{Code: api.CodeBadComplaint, Message: "not the holder's signature"}
	}
	return api.LeaseComplaint{LeaseID: id, Hour: hour, HourStart: "2026-12-21T00:00:00.000000000Z", Signature: hexutil.Encode(sig),
		FiledAt: "2026-12-21T00:42:10.000000000Z"}, nil
}

// complaintBody is a complaint's body with a well-formed signature.
func complaintBody(hour uint64) []byte {
	sig := bytes.Repeat([]byte{0xab}, 65)
	sig[64] = 27
	b, _ := json.Marshal(api.ComplaintRequest{Hour: hour, Signature: hexutil.Encode(sig)})
	return b
}

// complaintCases are POST /v1/leases/{lease_id}/complaints's answers with
// fakeLeases; mtok is trader 1's session (lease 7's holder).
func complaintCases(mtok string) []apiCase {
	const path = "/v1/leases/{lease_id}/complaints"
	id := func(v string) map[string]string { return map[string]string{"lease_id": v} }
	badSig := complaintBody(499392)
	badSig = bytes.Replace(badSig, []byte(`1b"`), []byte(`00"`), 1) // v 0
	return []apiCase{
		{method: "post", path: path, params: id("7"), token: mtok, body: complaintBody(499392), status: 200,
			check: func(m map[string]any) error {
				var sent api.ComplaintRequest
				json.Unmarshal(complaintBody(499392), &sent)
				if m["lease_id"] != "7" || m["hour"] != float64(499392) || m["signature"] != sent.Signature {
					return errors.New("the complaint answered is not the one sent")
				}
				return nil
			}},
		{method: "post", path: path, params: id("7"), body: complaintBody(499392), status: 401, code: "auth_required"},
		{method: "post", path: path, params: id("7"), token: "nope", body: complaintBody(499392), status: 401, code: "auth_invalid_session"},
		{method: "post", path: path, params: id("8"), token: mtok, body: complaintBody(499392), status: 403, code: "not_lease_holder"},
		{method: "post", path: path, params: id("7"), token: mtok, body: badSig, status: 403, code: "bad_complaint"},
		{method: "post", path: path, params: id("99"), token: mtok, body: complaintBody(499392), status: 404, code: "unknown_lease"},
		{method: "post", path: path, params: id("7"), token: mtok, body: complaintBody(499393), status: 400, code: "complaint_hour"},
		{method: "post", path: path, params: id("7"), token: mtok, body: complaintBody(499391), status: 409, code: "complaint_late"},
		{method: "post", path: path, params: id("7"), token: mtok, body: []byte(`{"hour":`), status: 400, code: "invalid_json"},
		{method: "post", path: path, params: id("7"), token: mtok, body: []byte(`{"signature":"0x00"}`), status: 400, code: "invalid_params"},
		{method: "post", path: path, params: id("7"), token: mtok, body: []byte(`{"hour":499392,"signature":"zz"}`), status: 400, code: "invalid_params"},
		{method: "post", path: path, params: id("7"), token: mtok, body: []byte(`{"hour":499392,"signature":"0x00","lease":7}`), status: 400, code: "invalid_params"},
		{method: "post", path: path, params: id("7"), token: mtok, body: []byte(`{"hour":-1,"signature":"0x00"}`), status: 400, code: "invalid_params"},
		{method: "post", path: path, params: id("7"), token: mtok, body: bytes.Repeat([]byte(" "), api.MaxComplaintBytes+1), status: 413, code: "message_too_large"},
		{method: "post", path: path, params: id("9"), token: mtok, body: complaintBody(499392), status: 503, code: "unavailable"},
	}
}

// TestLeaseComplaints: the signed-in holder's complaint reaches the
// redeemer as sent; every refusal has its code and status; the path takes
// POST only; a gateway without a redeemer answers not_implemented.
func TestLeaseComplaints(t *testing.T) {
	r := newOpenAPIRunner(t)
	w := newOrderWorld(t, func(o *api.Options) { o.Leases = newFakeLeases() })
	tok := w.trader(1).login(false)["token"].(string)
	w.trader(2).login(false)
	for _, c := range complaintCases(tok) {
		r.run(w.gw.HTTP(), c)
	}
	req, _ := http.NewRequest(http.MethodGet, w.gw.HTTP()+"/v1/leases/7/complaints", nil)
	req.Header.Set("Authorization", "Bearer "+tok)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 405 || resp.Header.Get("Allow") != "POST" {
		t.Fatalf("GET: %d, Allow %q", resp.StatusCode, resp.Header.Get("Allow"))
	}
	bare := newOrderWorld(t, nil)
	btok := bare.trader(1).login(false)["token"].(string)
	r.run(bare.gw.HTTP(), apiCase{method: "post", path: "/v1/leases/{lease_id}/complaints", params: map[string]string{"lease_id": "7"},
		token: btok, body: complaintBody(499392), status: 501, code: "not_implemented"})
}

// complaintConformance drives the complaint endpoint in the conformance
// test (TestOpenAPIConformance), with fakeLeases.
func complaintConformance(r *openAPIRunner, w *orderWorld, mtok string) {
	for _, c := range complaintCases(mtok) {
		r.run(w.gw.HTTP(), c)
	}
}
