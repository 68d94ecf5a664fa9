package client

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/api"
	"github.com/hourglass-exchange/hourglass/api/auth"
	"github.com/hourglass-exchange/hourglass/api/internal/apitest"
	"github.com/hourglass-exchange/hourglass/api/wire"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
	"github.com/hourglass-exchange/hourglass/internal/bus"
)

// fakeLeases is a redeemer with lease "7" of one holder; its log is
// "hello\n" on stdout.
type fakeLeases struct {
	holder common.Address
	mu     sync.Mutex
	spec   json.RawMessage
	sig    []byte
	stops  int
	spot   *api.SpotSpec
}

func (f *fakeLeases) lease() api.Lease {
	f.mu.Lock()
	defer f.mu.Unlock()
	at := "2026-12-20T23:10:00.000000000Z"
	return api.Lease{ID: "7", Holder: wire.Account(f.holder), Provider: wire.Account(common.Address{3}), Instrument: "12345",
		GPUs: 2, StartHour: 499392, Hours: 1, WindowStart: "2026-12-21T00:00:00.000000000Z", WindowEnd: "2026-12-21T01:00:00.000000000Z",
		SpecHash: "0x" + strings.Repeat("ab", 32), SpecAccepted: f.spec != nil, State: "running", Node: wire.Account(common.Address{4}),
		ChainState: "running", History: []api.LeaseTransition{{From: "none", To: "assigned", Actor: "chain", Time: at, TimeMS: 1797808200000},
			{From: "running", To: "closed", Reason: "job_exited", Actor: "provider", Time: at, TimeMS: 1797808200001, Detail: "exit code 3"}},
		CreatedAt: at, UpdatedAt: at}
}

func (f *fakeLeases) Leases(holder common.Address) []api.Lease {
	if holder != f.holder {
		return nil
	}
	return []api.Lease{f.lease()}
}

func (f *fakeLeases) Lease(id string) (api.Lease, error) {
	if id != "7" {
		return api.Lease{}, &api.LeaseError{Code: api.CodeUnknownLease, Message: "no lease " + id}
	}
	return f.lease(), nil
}

func (f *fakeLeases) SubmitSpec(_ context.Context, id string, spec json.RawMessage, sig []byte) (api.Lease, error) {
	if id != "7" {
		return api.Lease{}, &api.LeaseError{Code: api.CodeUnknownLease, Message: "no lease " + id}
	}
	f.mu.Lock()
	f.spec, f.sig = spec, sig
	f.mu.Unlock()
	return f.lease(), nil
}

func (f *fakeLeases) Logs(caller common.Address, id, stream string, offset int64, max int) (api.LeaseLog, error) {
	if caller != f.holder {
		return api.LeaseLog{}, &api.LeaseError{Code: api.CodeNotLeaseHolder, Message: "not the holder"}
	}
	data := []byte("hello\n")
	if stream == "stderr" {
		data = []byte("oops\n")
	}
	offset = min(offset, int64(len(data)))
	end := min(int64(len(data)), offset+int64(max))
	return api.LeaseLog{Data: data[offset:end], Next: end, Size: int64(len(data))}, nil
}

func (f *fakeLeases) Stop(caller common.Address, id string) error {
	if caller != f.holder {
		return &api.LeaseError{Code: api.CodeNotLeaseHolder, Message: "lease " + id + " is not yours"}
	}
	f.mu.Lock()
	f.stops++
	f.mu.Unlock()
	return nil
}

// TestLeaseMethods: the client lists, reads, pages the logs of, submits a
// spec for and stops a lease through a gateway, and gets the gateway's
// refusals as *Error with their codes.
func TestLeaseMethods(t *testing.T) {
	k1, k2 := key(t, 31), key(t, 32)
	f := &fakeLeases{holder: crypto.PubkeyToAddress(k1.PublicKey)}
	b := bus.NewLocal(bus.Options{})
	t.Cleanup(func() { b.Close() })
	e := apitest.NewEngine(t, apitest.Options{Bus: b})
	v, err := auth.New(auth.Config{Domain: "hourglass.test", ChainID: 1337})
	if err != nil {
		t.Fatal(err)
	}
	g := apitest.NewGateway(t, api.Options{Bus: b, Auth: v, Engine: api.SequencerEngine{Seq: e.Seq}, Leases: f,
		OrderDomain: eip712.Domain{ChainID: big.NewInt(1337)}})
	ctx := context.Background()
	dial := func() *Client {
		c, err := DialGateway(ctx, g.HTTP())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		return c
	}
	c, other := dial(), dial()
	// Before signing in: the REST calls need the session's token.
	var ge *Error
	if _, err := c.REST().Leases(ctx); !errors.As(err, &ge) || ge.Code != "auth_required" || ge.Status != 401 {
		t.Fatalf("leases without a token: %v", err)
	}
	// lease.submit_spec needs no sign-in.
	spec := json.RawMessage(`{"command":["echo","hi"]}`)
	sig := make([]byte, 65)
	sig[0], sig[64] = 1, 27
	l, err := other.SubmitSpec(ctx, "7", spec, sig)
	if err != nil || !l.SpecAccepted || l.ID != "7" {
		t.Fatalf("submit: %+v %v", l, err)
	}
	if string(f.spec) != string(spec) || !bytes.Equal(f.sig, sig) {
		t.Fatalf("the gateway got %s %x", f.spec, f.sig)
	}
	if _, err := other.SubmitSpec(ctx, "99", spec, sig); !errors.As(err, &ge) || ge.Code != "unknown_lease" || ge.Status != 404 {
		t.Fatalf("submit for an unknown lease: %v", err)
	}
	if _, err := c.Login(ctx, k1); err != nil {
		t.Fatal(err)
	}
	if _, err := other.Login(ctx, k2); err != nil {
		t.Fatal(err)
	}
	r := c.REST()
	ls, err := r.Leases(ctx)
	if err != nil || len(ls) != 1 {
		t.Fatalf("leases: %+v %v", ls, err)
	}
	// Every field of the gateway's record comes through.
	want, _ := json.Marshal(f.lease())
	got, _ := json.Marshal(ls[0])
	if string(got) != string(want) {
		t.Fatalf("lease\n got %s\nwant %s", got, want)
	}
	if l, err := r.Lease(ctx, "7"); err != nil || l.History[1].Detail != "exit code 3" {
		t.Fatalf("lease 7: %+v %v", l, err)
	}
	if _, err := r.Lease(ctx, "99"); !errors.As(err, &ge) || ge.Code != "unknown_lease" {
		t.Fatalf("lease 99: %v", err)
	}
	// Logs, a byte at a time and whole.
	var out []byte
	for off := int64(0); ; {
		lg, err := r.LeaseLogs(ctx, "7", LogQuery{Offset: off, Limit: 4})
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, lg.Data...)
		if off = lg.Next; off >= lg.Size {
			break
		}
	}
	if string(out) != "hello\n" {
		t.Fatalf("stdout %q", out)
	}
	if lg, err := r.LeaseLogs(ctx, "7", LogQuery{Stream: "stderr"}); err != nil || lg.Data != "oops\n" || lg.Stream != "stderr" || lg.Size != 5 {
		t.Fatalf("stderr: %+v %v", lg, err)
	}
	if _, err := other.REST().LeaseLogs(ctx, "7", LogQuery{}); !errors.As(err, &ge) || ge.Code != "not_lease_holder" || ge.Status != 403 {
		t.Fatalf("someone else's logs: %v", err)
	}
	if _, err := r.LeaseLogs(ctx, "7", LogQuery{Stream: "both"}); !errors.As(err, &ge) || ge.Code != "invalid_params" {
		t.Fatalf("a bad stream: %v", err)
	}
	// Stop: the holder's only.
	if _, err := other.StopLease(ctx, "7"); !errors.As(err, &ge) || ge.Code != "not_lease_holder" {
		t.Fatalf("someone else's stop: %v", err)
	}
	if s, err := c.StopLease(ctx, "7"); err != nil || !s.Stopping || s.LeaseID != "7" || f.stops != 1 {
		t.Fatalf("stop: %+v %v (%d stops)", s, err, f.stops)
	}
}

// TestLeaseRecordsMirrorTheGateway: the client's records have the
// gateway's JSON fields, name for name and kind for kind.
func TestLeaseRecordsMirrorTheGateway(t *testing.T) {
	for _, c := range []struct{ client, gateway any }{
		{Lease{}, api.Lease{}}, {LeaseTransition{}, api.LeaseTransition{}}, {LeaseLog{}, api.LeaseLogResponse{}},
		{LeaseComplaint{}, api.LeaseComplaint{}},
	} {
		ct, gt := reflect.TypeOf(c.client), reflect.TypeOf(c.gateway)
		if ct.NumField() != gt.NumField() {
			t.Errorf("%s has %d fields, %s %d", ct, ct.NumField(), gt, gt.NumField())
			continue
		}
		for i := range ct.NumField() {
			cf, gf := ct.Field(i), gt.Field(i)
			if cf.Tag.Get("json") != gf.Tag.Get("json") || cf.Type.Kind() != gf.Type.Kind() {
				t.Errorf("%s.%s `%s` %s, %s.%s `%s` %s", ct, cf.Name, cf.Tag.Get("json"), cf.Type, gt, gf.Name, gf.Tag.Get("json"), gf.Type)
			}
		}
	}
}
