package client

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/api"
	"github.com/hourglass-exchange/hourglass/api/auth"
	"github.com/hourglass-exchange/hourglass/api/internal/apitest"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
	"github.com/hourglass-exchange/hourglass/internal/bus"
)

// Complain is fakeLeases' redeemer taking complaints for lease "7"'s hour
// 499392 from its holder, with any 65-byte signature.
func (f *fakeLeases) Complain(_ context.Context, caller common.Address, id string, hour uint64, sig []byte) (api.LeaseComplaint, error) {
	switch {
	case id != "7":
		return api.LeaseComplaint{}, &api.LeaseError{Code: api.CodeUnknownLease, Message: "no lease " + id}
	case caller != f.holder:
		return api.LeaseComplaint{}, &api.LeaseError{Code: api.CodeNotLeaseHolder, Message: "not the holder"}
	case hour != 499392:
		return api.LeaseComplaint{}, &api.LeaseError{Code: api.CodeComplaintHour, Message: "not one of the lease's hours"}
	case len(sig) != 65:
		return api.LeaseComplaint{}, &api.LeaseError{Code: api.CodeBadComplaint, Message: "want 65 bytes"}
	}
	return api.LeaseComplaint{LeaseID: id, Hour: hour, HourStart: "2026-12-21T00:00:00.000000000Z", Signature: hexutil.Encode(sig),
		FiledAt: "2026-12-21T00:42:10.000000000Z"}, nil
}

// TestComplain: the client files the signed-in holder's complaint through
// a gateway, and gets its refusals as *Error with their codes.
func TestComplain(t *testing.T) {
	k1 := key(t, 31)
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
	login := func(k byte) *REST {
		c, err := DialGateway(ctx, g.HTTP())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		if _, err := c.Login(ctx, key(t, k)); err != nil {
			t.Fatal(err)
		}
		return c.REST()
	}
	holder, other := login(31), login(32)
	sig := bytes.Repeat([]byte{0xab}, 65)
	c, err := holder.Complain(ctx, "7", 499392, sig)
	if err != nil {
		t.Fatal(err)
	}
	if c != (LeaseComplaint{LeaseID: "7", Hour: 499392, HourStart: "2026-12-21T00:00:00.000000000Z", Signature: hexutil.Encode(sig),
		FiledAt: "2026-12-21T00:42:10.000000000Z"}) {
		t.Fatalf("complaint %+v", c)
	}
	var ge *Error
	for _, c := range []struct {
		r      *REST
		id     string
		hour   uint64
		sig    []byte
		code   string
		status int
	}{
		{other, "7", 499392, sig, "not_lease_holder", 403},
		{holder, "99", 499392, sig, "unknown_lease", 404},
		{holder, "7", 499393, sig, "complaint_hour", 400},
		{holder, "7", 499392, sig[:64], "bad_complaint", 403},
		{&REST{BaseURL: g.HTTP()}, "7", 499392, sig, "auth_required", 401},
	} {
		if _, err := c.r.Complain(ctx, c.id, c.hour, c.sig); !errors.As(err, &ge) || ge.Code != c.code || ge.Status != c.status {
			t.Errorf("lease %s hour %d: %v, want %s %d", c.id, c.hour, err, c.code, c.status)
		}
	}
}
