package node

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/api"
	"github.com/hourglass-exchange/hourglass/redeemer/lease"
	"github.com/hourglass-exchange/hourglass/redeemer/service"
)

func (f *fakeService) Complain(_ common.Address, _ string, hour uint64, sig []byte) (service.FiledComplaint, error) {
	if f.err != nil {
		return service.FiledComplaint{}, f.err
	}
	return service.FiledComplaint{Hour: hour, Signature: sig, FiledAt: time.Date(2026, 12, 21, 0, 42, 10, 0, time.UTC)}, nil
}

// TestComplaintAdapter: the redeemer's complaint refusals reach the
// gateway with the gateway's codes, and a filed complaint reads as the
// gateway shows it.
func TestComplaintAdapter(t *testing.T) {
	f := &fakeService{}
	l := leasesAPI{svc: f}
	for sc, ac := range map[service.Code]api.Code{
		service.CodeUnknownLease: api.CodeUnknownLease, service.CodeNotHolder: api.CodeNotLeaseHolder,
		service.CodeBadComplaint: api.CodeBadComplaint, service.CodeComplaintHour: api.CodeComplaintHour,
		service.CodeComplaintLate: api.CodeComplaintLate,
	} {
		f.err = &service.Error{Code: sc, Msg: "x"}
		var le *api.LeaseError
		if _, err := l.Complain(context.Background(), common.Address{}, "1", 499392, nil); !errors.As(err, &le) || le.Code != ac {
			t.Errorf("%s: %v, want %s", sc, err, ac)
		}
	}
	f.err = nil
	c, err := l.Complain(context.Background(), common.Address{}, "7", 499392, []byte{0xab, 0x1b})
	if err != nil {
		t.Fatal(err)
	}
	if c != (api.LeaseComplaint{LeaseID: "7", Hour: 499392, HourStart: "2026-12-21T00:00:00.000000000Z", Signature: "0xab1b",
		FiledAt: "2026-12-21T00:42:10.000000000Z"}) {
		t.Fatalf("complaint %+v", c)
	}
	// The lease's view lists the complaints filed.
	ls, err := lease.Assign(lease.Terms{ID: "7", Holder: common.HexToAddress("0xabc"), Provider: common.HexToAddress("0xb0"), GPUs: 1,
		StartHour: 499392, Hours: 1}, time.Date(2026, 12, 20, 23, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	f.rec = service.Record{Lease: ls, Complaints: []service.FiledComplaint{{Hour: 499392, Signature: []byte{0xab, 0x1b},
		FiledAt: time.Date(2026, 12, 21, 0, 42, 10, 0, time.UTC)}}}
	v, err := l.Lease("7")
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Complaints) != 1 || v.Complaints[0] != c {
		t.Fatalf("the lease's complaints %+v, want [%+v]", v.Complaints, c)
	}
}
