package api_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/api"
	wirepkg "github.com/hourglass-exchange/hourglass/api/wire"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// fakeLeases is a redeemer of three leases: "7" and "9" of trader 1 ("9"
// is not on a node yet: its logs are unavailable), "8" of trader 2.
type fakeLeases struct {
	mu      sync.Mutex
	one     common.Address
	two     common.Address
	specs   map[string]json.RawMessage
	spot    map[common.Address]map[string]api.SpotSpec
	stopped []string
}

func seedAddr(seed byte) common.Address {
	k, _ := crypto.ToECDSA(common.LeftPadBytes([]byte{seed}, 32))
	return crypto.PubkeyToAddress(k.PublicKey)
}

func newFakeLeases() *fakeLeases {
	return &fakeLeases{one: seedAddr(1), two: seedAddr(2), specs: map[string]json.RawMessage{}}
}

func (f *fakeLeases) lease(id string) (api.Lease, bool) {
	holder := f.one
	switch id {
	case "7", "9":
	case "8":
		holder = f.two
	default:
		return api.Lease{}, false
	}
	f.mu.Lock()
	_, accepted := f.specs[id]
	f.mu.Unlock()
	at := "2026-12-20T23:10:00.000000000Z"
	return api.Lease{ID: id, Holder: wirepkg.Account(holder), Provider: wirepkg.Account(seedAddr(3)), Instrument: "12345",
		GPUs: 8, StartHour: 499392, Hours: 1, WindowStart: "2026-12-21T00:00:00.000000000Z", WindowEnd: "2026-12-21T01:00:00.000000000Z",
		SpecHash: "0x" + strings.Repeat("ab", 32), SpecAccepted: accepted, State: "assigned", ChainState: "assigned",
		History:   []api.LeaseTransition{{From: "none", To: "assigned", Actor: "chain", Time: at, TimeMS: 1797808200000}},
		CreatedAt: at, UpdatedAt: at}, true
}

func (f *fakeLeases) Leases(holder common.Address) []api.Lease {
	var out []api.Lease
	for _, id := range []string{"7", "8", "9"} {
		if l, _ := f.lease(id); strings.EqualFold(l.Holder, holder.Hex()) {
			out = append(out, l)
		}
	}
	return out
}

func (f *fakeLeases) Lease(id string) (api.Lease, error) {
	l, ok := f.lease(id)
	if !ok {
		return api.Lease{}, &api.LeaseError{Code: api.CodeUnknownLease, Message: "no lease " + id}
	}
	return l, nil
}

func (f *fakeLeases) SubmitSpec(_ context.Context, id string, spec json.RawMessage, sig []byte) (api.Lease, error) {
	l, ok := f.lease(id)
	switch {
	case !ok:
		return api.Lease{}, &api.LeaseError{Code: api.CodeUnknownLease, Message: "no lease " + id}
	case len(sig) != 65:
		return api.Lease{}, &api.LeaseError{Code: api.CodeSpecBadSignature, Message: "want 65 bytes"}
	case strings.Contains(string(spec), "other"):
		return api.Lease{}, &api.LeaseError{Code: api.CodeSpecHashMismatch, Message: "the spec hashes to another hash"}
	}
	f.mu.Lock()
	f.specs[id] = spec
	f.mu.Unlock()
	l.SpecAccepted = true
	return l, nil
}

func (f *fakeLeases) Logs(caller common.Address, id, stream string, offset int64, max int) (api.LeaseLog, error) {
	l, ok := f.lease(id)
	switch {
	case !ok:
		return api.LeaseLog{}, &api.LeaseError{Code: api.CodeUnknownLease, Message: "no lease " + id}
	case !strings.EqualFold(l.Holder, caller.Hex()):
		return api.LeaseLog{}, &api.LeaseError{Code: api.CodeNotLeaseHolder, Message: "not the holder"}
	case id == "9":
		return api.LeaseLog{}, errors.New("lease 9 is not on a node yet")
	}
	data := []byte("hello from " + stream + "\n")
	if offset > int64(len(data)) {
		offset = int64(len(data))
	}
	end := min(int64(len(data)), offset+int64(max))
	return api.LeaseLog{Data: data[offset:end], Next: end, Size: int64(len(data))}, nil
}

func (f *fakeLeases) Stop(caller common.Address, id string) error {
	l, ok := f.lease(id)
	switch {
	case !ok:
		return &api.LeaseError{Code: api.CodeUnknownLease, Message: "no lease " + id}
	case !strings.EqualFold(l.Holder, caller.Hex()):
		return &api.LeaseError{Code: api.CodeNotLeaseHolder, Message: "not the holder"}
	}
	f.mu.Lock()
	f.stopped = append(f.stopped, id)
	f.mu.Unlock()
	return nil
}

// leaseSpec is a spec's params for lease.submit_spec.
func leaseSpec(id, spec string) map[string]any {
	return map[string]any{"lease_id": id, "spec": json.RawMessage(spec), "signature": "0x" + strings.Repeat("11", 65)}
}

// TestLeases: the lease endpoints and methods serve the signed-in
// holder's leases, refuse everyone else's with stable codes, and map the
// redeemer's refusals.
func TestLeases(t *testing.T) {
	f := newFakeLeases()
	w := newOrderWorld(t, func(o *api.Options) { o.Leases = f })
	one, two := w.trader(1), w.trader(2)
	tok := one.login(false)["token"].(string)
	two.login(false)
	if st, m := w.restGet("/v1/leases", ""); st != 401 {
		t.Fatalf("no token: %d %v", st, m)
	}
	m := w.restOK("/v1/leases", tok)
	if ls := m["leases"].([]any); len(ls) != 2 || ls[0].(map[string]any)["lease_id"] != "7" || m["account"] != wirepkg.Account(one.addr) {
		t.Fatalf("GET /v1/leases: %v", m)
	}
	if m := w.restOK("/v1/leases/7", tok); m["state"] != "assigned" || m["window_start"] == "" {
		t.Fatalf("GET /v1/leases/7: %v", m)
	}
	for _, c := range []struct {
		path   string
		status int
		code   string
	}{
		{"/v1/leases/8", 403, "not_lease_holder"},
		{"/v1/leases/99", 404, "unknown_lease"},
		{"/v1/leases/8/logs", 403, "not_lease_holder"},
		{"/v1/leases/9/logs", 503, "unavailable"},
		{"/v1/leases/7/logs?stream=both", 400, "invalid_params"},
		{"/v1/leases/7/logs?limit=0", 400, "invalid_params"},
		{"/v1/leases/7/logs?limit=1048577", 400, "invalid_params"},
		{"/v1/leases/7/logs?offset=-1", 400, "invalid_params"},
		{"/v1/leases/7/x/logs", 404, "not_found"},
	} {
		st, m := w.restGet(c.path, tok)
		if e, _ := m["error"].(map[string]any); st != c.status || e == nil || e["code"] != c.code {
			t.Errorf("GET %s: %d %v, want %d %s", c.path, st, m, c.status, c.code)
		}
	}
	m = w.restOK("/v1/leases/7/logs?stream=stderr&offset=6&limit=4", tok)
	if m["data"] != "from" || m["next"] != float64(10) || m["size"] != float64(18) || m["stream"] != "stderr" {
		t.Fatalf("logs: %v", m)
	}
	// The leases channel: a snapshot, then the leases that change.
	nextLeases := func(tr *trader) map[string]any {
		t.Helper()
		for {
			select {
			case ev := <-tr.evs:
				if ev["channel"] == "leases" {
					return ev
				}
			case <-time.After(10 * time.Second):
				t.Fatal("no leases event")
			}
		}
	}
	anonSub := w.trader(6)
	anonSub.refused("subscribe", map[string]any{"channel": "leases"}, "auth_required", 401)
	if r := one.ok("subscribe", map[string]any{"channel": "leases"}); r["channel"] != "leases" || r["account"] != wirepkg.Account(one.addr) {
		t.Fatalf("subscribe leases: %v", r)
	}
	if ev := nextLeases(one); ev["type"] != "snapshot" || len(ev["leases"].([]any)) != 2 {
		t.Fatalf("leases snapshot: %v", ev)
	}
	// submit_spec needs no sign-in: the spec's signature is the holder's.
	anon := w.trader(5)
	anon.refused("lease.submit_spec", leaseSpec("99", `{"holder":"x"}`), "unknown_lease", 404)
	anon.refused("lease.submit_spec", leaseSpec("7", `{"other":1}`), "spec_hash_mismatch", 400)
	anon.refused("lease.submit_spec", leaseSpec("7", `[1]`), "invalid_spec", 400)
	anon.refused("lease.submit_spec", map[string]any{"lease_id": "7", "spec": json.RawMessage(`{}`), "signature": "0x12"}, "spec_bad_signature", 403)
	anon.refused("lease.submit_spec", map[string]any{"lease_id": "7"}, "invalid_params", 400)
	if r := anon.ok("lease.submit_spec", leaseSpec("7", `{"holder":"x"}`)); r["spec_accepted"] != true {
		t.Fatalf("submit_spec: %v", r)
	}
	testsvc.CheckFor(t, 10*time.Second, 10*time.Millisecond, func() error {
		if len(one.evs) > 0 {
			return nil
		}
		w.clock.Advance(api.DefaultLeasePoll) // the poller's tick
		return fmt.Errorf("no update yet")
	})
	if ev := nextLeases(one); ev["type"] != "update" || len(ev["leases"].([]any)) != 1 ||
		ev["leases"].([]any)[0].(map[string]any)["spec_accepted"] != true {
		t.Fatalf("leases update: %v", ev)
	}
	one.ok("unsubscribe", map[string]any{"channel": "leases"})
	anon.refused("lease.stop", map[string]any{"lease_id": "7"}, "auth_required", 401)
	two.refused("lease.stop", map[string]any{"lease_id": "7"}, "not_lease_holder", 403)
	one.refused("lease.stop", map[string]any{}, "invalid_params", 400)
	if r := one.ok("lease.stop", map[string]any{"lease_id": "7"}); r["stopping"] != true || r["lease_id"] != "7" {
		t.Fatalf("lease.stop: %v", r)
	}
	if f.stopped[0] != "7" || len(f.stopped) != 1 {
		t.Fatalf("stopped %v", f.stopped)
	}
	// lease.complain: the signed-in holder's complaint, as POST
	// /v1/leases/{lease_id}/complaints files it.
	sig := "0x" + strings.Repeat("ab", 64) + "1b"
	complaint := map[string]any{"lease_id": "7", "hour": 499392, "signature": sig}
	anon.refused("lease.complain", complaint, "auth_required", 401)
	two.refused("lease.complain", complaint, "not_lease_holder", 403)
	one.refused("lease.complain", map[string]any{"lease_id": "7", "signature": sig}, "invalid_params", 400)
	one.refused("lease.complain", map[string]any{"lease_id": "7", "hour": 499392, "signature": "ab"}, "invalid_params", 400)
	one.refused("lease.complain", map[string]any{"lease_id": "7", "hour": 499393, "signature": sig}, "complaint_hour", 400)
	one.refused("lease.complain", map[string]any{"lease_id": "7", "hour": 499392, "signature": "0x" + strings.Repeat("ab", 65)}, "bad_complaint", 403)
	if r := one.ok("lease.complain", complaint); r["lease_id"] != "7" || r["hour"] != float64(499392) || r["signature"] != sig {
		t.Fatalf("lease.complain: %v", r)
	}
	// Without Leases: not_implemented.
	bare := newOrderWorld(t, nil)
	bt := bare.trader(1)
	btok := bt.login(false)["token"].(string)
	if st, _ := bare.restGet("/v1/leases/7/logs", btok); st != 501 {
		t.Fatalf("no leases: %d", st)
	}
	bt.refused("lease.submit_spec", leaseSpec("7", `{}`), "not_implemented", 501)
}

// leaseConformance drives the lease endpoints of a gateway with
// fakeLeases; mtok is trader 1's session.
func leaseConformance(r *openAPIRunner, w *orderWorld, mtok string) {
	base := w.gw.HTTP()
	id := func(v string) map[string]string { return map[string]string{"lease_id": v} }
	for _, c := range []apiCase{
		{path: "/v1/leases", token: mtok, status: 200, nonEmpty: "leases"},
		{path: "/v1/leases", status: 401, code: "auth_required"},
		{path: "/v1/leases/{lease_id}", params: id("7"), token: mtok, status: 200},
		{path: "/v1/leases/{lease_id}", params: id("7"), token: "nope", status: 401, code: "auth_invalid_session"},
		{path: "/v1/leases/{lease_id}", params: id("8"), token: mtok, status: 403, code: "not_lease_holder"},
		{path: "/v1/leases/{lease_id}", params: id("99"), token: mtok, status: 404, code: "unknown_lease"},
		{path: "/v1/leases/{lease_id}/logs", params: id("7"), query: "stream=stdout&offset=0&limit=100", token: mtok, status: 200},
		{path: "/v1/leases/{lease_id}/logs", params: id("7"), query: "stream=x", token: mtok, status: 400, code: "invalid_params"},
		{path: "/v1/leases/{lease_id}/logs", params: id("7"), status: 401, code: "auth_required"},
		{path: "/v1/leases/{lease_id}/logs", params: id("8"), token: mtok, status: 403, code: "not_lease_holder"},
		{path: "/v1/leases/{lease_id}/logs", params: id("99"), token: mtok, status: 404, code: "unknown_lease"},
		{path: "/v1/leases/{lease_id}/logs", params: id("9"), token: mtok, status: 503, code: "unavailable"},
	} {
		r.run(base, c)
	}
}
