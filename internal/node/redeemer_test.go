package node

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/api"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/redeemer/agent"
	"github.com/hourglass-exchange/hourglass/redeemer/lease"
	"github.com/hourglass-exchange/hourglass/redeemer/service"
)

// fakeService answers every call with err, and counts SubmitSpec calls.
type fakeService struct {
	err     error
	rec     service.Record
	submits int
}

func (f *fakeService) SubmitSpec(context.Context, string, service.JobSpec, []byte) (service.Record, error) {
	f.submits++
	return f.rec, f.err
}
func (f *fakeService) SubmitSpotSpec(_ context.Context, spec service.JobSpec, sig []byte) (service.SpotSpec, error) {
	f.submits++
	return service.SpotSpec{Spec: spec, Signature: sig}, f.err
}
func (f *fakeService) SpotSpecs(common.Address) []service.SpotSpec          { return nil }
func (f *fakeService) WithdrawSpotSpec(common.Address, instrument.ID) error { return f.err }
func (f *fakeService) Lease(string) (service.Record, error)                 { return f.rec, f.err }
func (f *fakeService) Leases(common.Address) []service.Record               { return []service.Record{f.rec} }
func (f *fakeService) Stop(common.Address, string) error                    { return f.err }
func (f *fakeService) Logs(common.Address, string, agent.Stream, int64, int) (agent.LogChunk, error) {
	return agent.LogChunk{}, f.err
}

// TestLeasesAdapter: the redeemer's refusals reach the gateway with the
// gateway's codes, an agent that does not answer stays unavailable, a
// spec the gateway cannot decode never reaches the redeemer, and a lease
// reads as the gateway shows it.
func TestLeasesAdapter(t *testing.T) {
	f := &fakeService{}
	l := leasesAPI{svc: f}
	for sc, ac := range map[service.Code]api.Code{
		service.CodeUnknownLease: api.CodeUnknownLease, service.CodeNotHolder: api.CodeNotLeaseHolder,
		service.CodeBadSignature: api.CodeSpecBadSignature, service.CodeBadRequest: api.CodeInvalidParams,
		service.CodeLeaseClosed: api.CodeLeaseClosed, service.CodeSpecHashMismatch: api.CodeSpecHashMismatch,
		service.CodeInvalidSpec: api.CodeInvalidSpec, service.CodeSpecConflict: api.CodeSpecConflict,
	} {
		f.err = &service.Error{Code: sc, Msg: "x"}
		var le *api.LeaseError
		if _, err := l.Logs(common.Address{}, "1", "stdout", 0, 1); !errors.As(err, &le) || le.Code != ac {
			t.Errorf("%s: %v, want %s", sc, err, ac)
		}
	}
	f.err = &service.Error{Code: service.CodeUnavailable, Msg: "not on a node yet"}
	if err := l.Stop(common.Address{}, "1"); err == nil || errors.As(err, new(*api.LeaseError)) {
		t.Errorf("unavailable: %v, want a plain error", err)
	}
	f.err = nil
	for _, bad := range []string{`{"holder":1}`, `{"nope":true}`, `{}x`} {
		var le *api.LeaseError
		if _, err := l.SubmitSpec(context.Background(), "1", json.RawMessage(bad), nil); !errors.As(err, &le) || le.Code != api.CodeInvalidSpec {
			t.Errorf("spec %s: %v, want invalid_spec", bad, err)
		}
	}
	if f.submits != 0 {
		t.Fatalf("undecodable specs reached the redeemer %d times", f.submits)
	}

	at := time.Date(2026, 12, 20, 23, 10, 0, 0, time.UTC)
	ls, err := lease.Assign(lease.Terms{ID: "7", Holder: common.HexToAddress("0xAbC0000000000000000000000000000000000001"),
		Provider: common.HexToAddress("0x00000000000000000000000000000000000000b0"), GPUs: 8, StartHour: 499392, Hours: 2,
		SpecHash: common.HexToHash("0xAB")}, at)
	if err != nil {
		t.Fatal(err)
	}
	f.rec = service.Record{Lease: ls}
	v, err := l.Lease("7")
	if err != nil {
		t.Fatal(err)
	}
	if v.Holder != "0xabc0000000000000000000000000000000000001" || v.State != "assigned" || v.Reason != "" || v.SpecAccepted ||
		v.Node != "" || v.WindowStart != "2026-12-21T00:00:00.000000000Z" || v.WindowEnd != "2026-12-21T02:00:00.000000000Z" ||
		v.CreatedAt != "2026-12-20T23:10:00.000000000Z" || len(v.History) != 1 || v.History[0].TimeMS != at.UnixMilli() ||
		v.ChainState != "assigned" || v.SpecHash != "0x00000000000000000000000000000000000000000000000000000000000000ab" {
		t.Fatalf("lease view %+v", v)
	}
}

// TestSpotSpecAdapter: a standing spot spec reaches the redeemer only
// when it names the signed-in account and the path's market; the
// redeemer's spot codes reach the gateway as its own; the view has the
// market's symbol and the spec's hash.
func TestSpotSpecAdapter(t *testing.T) {
	f := &fakeService{}
	l := leasesAPI{svc: f, dom: service.Domain{ChainID: big.NewInt(1337), Vault: common.HexToAddress("0xaa")}}
	in, err := instrument.NewSpot(instrument.GPUH100SXM, instrument.SXM, instrument.RegionUS, 1, 4)
	if err != nil {
		t.Fatal(err)
	}
	market, _ := in.Encode()
	caller := common.HexToAddress("0xa11ce")
	spec := service.JobSpec{Holder: caller, Instrument: market, Hours: 4, Command: []string{"true"}}
	raw := func(s service.JobSpec) json.RawMessage { b, _ := json.Marshal(s); return b }
	other := spec
	other.Holder = common.HexToAddress("0xb0b")
	var le *api.LeaseError
	if _, err := l.SubmitSpotSpec(context.Background(), caller, market, raw(other), nil); !errors.As(err, &le) || le.Code != api.CodeNotLeaseHolder {
		t.Errorf("another holder's spec: %v", err)
	}
	eight, _ := instrument.NewSpot(instrument.GPUH100SXM, instrument.SXM, instrument.RegionUS, 1, 8)
	eightID, _ := eight.Encode()
	if _, err := l.SubmitSpotSpec(context.Background(), caller, eightID, raw(spec), nil); !errors.As(err, &le) || le.Code != api.CodeNotSpotMarket {
		t.Errorf("another market's spec: %v", err)
	}
	if _, err := l.SubmitSpotSpec(context.Background(), caller, market, json.RawMessage(`{"x":1}`), nil); !errors.As(err, &le) || le.Code != api.CodeInvalidSpec {
		t.Errorf("an undecodable spec: %v", err)
	}
	if f.submits != 0 {
		t.Fatalf("refused specs reached the redeemer %d times", f.submits)
	}
	for sc, ac := range map[service.Code]api.Code{service.CodeNotSpot: api.CodeNotSpotMarket,
		service.CodeUnknownSpotSpec: api.CodeUnknownSpotSpec, service.CodeTooManySpotSpecs: api.CodeTooManySpotSpecs,
		service.CodeBadSignature: api.CodeSpecBadSignature, service.CodeInvalidSpec: api.CodeInvalidSpec} {
		f.err = &service.Error{Code: sc, Msg: "x"}
		if err := l.WithdrawSpotSpec(caller, market); !errors.As(err, &le) || le.Code != ac {
			t.Errorf("%s: %v, want %s", sc, err, ac)
		}
	}
	f.err = nil
	v, err := l.SubmitSpotSpec(context.Background(), caller, market, raw(spec), []byte{1, 2})
	if err != nil {
		t.Fatal(err)
	}
	if v.Market != "H100SXM-US-T1-SPOT+4h" || v.Instrument != market.Big().String() || v.Signature != "0x0102" ||
		v.SpecHash != strings.ToLower(spec.Hash(l.dom).Hex()) {
		t.Fatalf("view %+v", v)
	}
}
