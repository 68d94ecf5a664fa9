package client

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/api"
	"github.com/hourglass-exchange/hourglass/api/auth"
	"github.com/hourglass-exchange/hourglass/api/internal/apitest"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
	"github.com/hourglass-exchange/hourglass/internal/bus"
)

// fakeLeases keeps one standing spot spec, its holder's, taking any
// 65-byte signature.
func (f *fakeLeases) SubmitSpotSpec(_ context.Context, caller common.Address, market instrument.ID, spec json.RawMessage, sig []byte) (api.SpotSpec, error) {
	if caller != f.holder {
		return api.SpotSpec{}, &api.LeaseError{Code: api.CodeNotLeaseHolder, Message: "not the holder"}
	}
	if len(sig) != 65 {
		return api.SpotSpec{}, &api.LeaseError{Code: api.CodeSpecBadSignature, Message: "want 65 bytes"}
	}
	in, _ := instrument.Decode(market)
	f.mu.Lock()
	defer f.mu.Unlock()
	f.spot = &api.SpotSpec{Market: in.Symbol(), Instrument: market.Big().String(), Spec: spec, SpecHash: "0x" + hexutil.Encode(make([]byte, 32))[2:],
		Signature: hexutil.Encode(sig), AcceptedAt: "2026-12-20T23:10:00.000000000Z"}
	return *f.spot, nil
}

func (f *fakeLeases) SpotSpecs(holder common.Address) []api.SpotSpec {
	f.mu.Lock()
	defer f.mu.Unlock()
	if holder != f.holder || f.spot == nil {
		return nil
	}
	return []api.SpotSpec{*f.spot}
}

func (f *fakeLeases) WithdrawSpotSpec(caller common.Address, _ instrument.ID) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if caller != f.holder || f.spot == nil {
		return &api.LeaseError{Code: api.CodeUnknownSpotSpec, Message: "none"}
	}
	f.spot = nil
	return nil
}

// TestSpotSpecs: the client sets, lists and withdraws the signed-in
// holder's standing spot spec through a gateway, and gets the refusals as
// *Error with their codes.
func TestSpotSpecs(t *testing.T) {
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
	c, err := DialGateway(ctx, g.HTTP())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	if _, err := c.Login(ctx, k1); err != nil {
		t.Fatal(err)
	}
	r := c.REST()
	const four = "H100SXM-US-T1-SPOT+4h"
	if ss, err := r.SpotSpecs(ctx); err != nil || len(ss) != 0 {
		t.Fatalf("before: %+v, %v", ss, err)
	}
	sig := bytes.Repeat([]byte{0xab}, 65)
	ss, err := r.SetSpotSpec(ctx, four, json.RawMessage(`{"command":["true"]}`), sig)
	if err != nil || ss.Market != four || ss.Signature != hexutil.Encode(sig) || string(ss.Spec) != `{"command":["true"]}` {
		t.Fatalf("set: %+v, %v", ss, err)
	}
	if got, err := r.SpotSpecs(ctx); err != nil || len(got) != 1 || got[0].Market != four {
		t.Fatalf("list: %+v, %v", got, err)
	}
	var ge *Error
	if _, err := r.SetSpotSpec(ctx, four, json.RawMessage(`{}`), sig[:64]); !errors.As(err, &ge) || ge.Code != "spec_bad_signature" || ge.Status != 403 {
		t.Fatalf("a short signature: %v", err)
	}
	if _, err := r.SetSpotSpec(ctx, "H100SXM-US-T1-2027-01-04+168h", json.RawMessage(`{}`), sig); !errors.As(err, &ge) || ge.Code != "not_spot_market" {
		t.Fatalf("a reservation: %v", err)
	}
	if w, err := r.WithdrawSpotSpec(ctx, four); err != nil || !w.Withdrawn || w.Market != four {
		t.Fatalf("withdraw: %+v, %v", w, err)
	}
	if _, err := r.WithdrawSpotSpec(ctx, four); !errors.As(err, &ge) || ge.Code != "unknown_spot_spec" || ge.Status != 404 {
		t.Fatalf("withdraw again: %v", err)
	}
	if _, err := (&REST{BaseURL: g.HTTP()}).SpotSpecs(ctx); !errors.As(err, &ge) || ge.Code != "auth_required" {
		t.Fatalf("no session: %v", err)
	}
}
