// Package storetest is the conformance suite every redeemer/service.Store
// passes: the memory and file stores in redeemer/service, the PostgreSQL
// one in internal/postgres. A store is judged by what Load returns after
// Apply, in the same process and after a reopen (a restart).
package storetest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/internal/evm/watch"
	"github.com/hourglass-exchange/hourglass/redeemer/lease"
	"github.com/hourglass-exchange/hourglass/redeemer/service"
)

// Opener opens a fresh, empty store for one subtest. reopen, when not nil,
// returns the same store opened anew, as a restarted process would (the
// memory store has none).
type Opener func(t *testing.T) (s service.Store, reopen func(t *testing.T) service.Store)

// Run runs the suite, one subtest per property.
func Run(t *testing.T, open Opener) {
	t.Run("Empty", func(t *testing.T) { testEmpty(t, open) })
	t.Run("RoundTrip", func(t *testing.T) { testRoundTrip(t, open) })
	t.Run("PutReplacesWhole", func(t *testing.T) { testPutReplaces(t, open) })
	t.Run("DeleteThenPut", func(t *testing.T) { testDeleteThenPut(t, open) })
	t.Run("Checkpoint", func(t *testing.T) { testCheckpoint(t, open) })
	t.Run("LoadCopies", func(t *testing.T) { testLoadCopies(t, open) })
	t.Run("ManyInOneChange", func(t *testing.T) { testMany(t, open) })
	t.Run("SpotSpecs", func(t *testing.T) { testSpotSpecs(t, open) })
	t.Run("SpotSpecsReplaceDelete", func(t *testing.T) { testSpotSpecsReplace(t, open) })
	t.Run("SpotSpecsLoadCopies", func(t *testing.T) { testSpotSpecsCopies(t, open) })
}

// Record returns a lease record as the service writes it on assignment.
func Record(t testing.TB, id string) service.Record {
	t.Helper()
	l, err := lease.Assign(lease.Terms{ID: id, Holder: common.HexToAddress("0xa11ce"), Provider: common.HexToAddress("0xb0b"),
		GPUs: 1, StartHour: 500000, Hours: 2, SpecHash: common.HexToHash("0x5bec")}, time.Unix(1_700_000_000, 0).UTC())
	if err != nil {
		t.Fatal(err)
	}
	return service.Record{Lease: l, Origin: service.LogRef{Block: common.HexToHash("0xb1"), Tx: common.HexToHash("0x7e"), Index: 3}, Relayed: 1}
}

// full returns a record with every field set, text that stores tend to
// mangle included.
func full(t testing.TB, id string) service.Record {
	r := Record(t, id)
	r.Confirmed = true
	r.Lease.State = lease.Provisioning
	r.Lease.History = append(r.Lease.History, lease.Transition{From: lease.Assigned, To: lease.Provisioning,
		Actor: lease.Provider, At: time.Unix(1_700_000_100, 123456789).UTC(), Detail: "pulling «image» \x00 \u2028 \"quoted\" \\ done"})
	r.Lease.Restarts = 2
	r.Spec = &service.JobSpec{Holder: r.Lease.Holder, StartHour: 500000, Hours: 2, GPUs: 1,
		Image: "registry.example/train@sha256:" + fmt.Sprintf("%064x", 7), Command: []string{"python", "-c", "print('hé')"},
		Env: []string{"A=1", "B="}, SSHPublicKey: "ssh-ed25519 AAAA test"}
	r.Signature = bytes.Repeat([]byte{0xfe}, 65)
	r.SpecAt = time.Unix(1_700_000_050, 987654321).UTC()
	r.Node = common.HexToAddress("0x40de")
	r.Chain = []service.ChainChange{{Log: service.LogRef{Block: common.HexToHash("0xb2"), Index: 1},
		State: lease.Provisioning, By: common.HexToAddress("0xb0b"), Time: 1<<63 + 5}}
	r.Relayed = 2
	r.RelayError = "execution reverted: not now"
	r.Complaints = []service.FiledComplaint{{Hour: 500000, Signature: bytes.Repeat([]byte{0xc0}, 65),
		FiledAt: time.Unix(1_700_000_200, 987654321).UTC()}}
	return r
}

// canon renders records for comparison: what a store must give back is
// what was put, as JSON (the file store's and PostgreSQL's form).
func canon(t testing.TB, recs []service.Record) string {
	t.Helper()
	if recs == nil {
		recs = []service.Record{}
	}
	b, err := json.MarshalIndent(recs, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func ids(recs []service.Record) []string {
	out := make([]string, len(recs))
	for i, r := range recs {
		out[i] = r.Lease.ID
	}
	return out
}

func sameCheckpoint(a, b *watch.Checkpoint) bool {
	if a == nil || b == nil {
		return a == b
	}
	if a.Confirmed != b.Confirmed || len(a.Unconfirmed) != len(b.Unconfirmed) {
		return false
	}
	for i := range a.Unconfirmed {
		if a.Unconfirmed[i] != b.Unconfirmed[i] {
			return false
		}
	}
	return true
}

func apply(t testing.TB, s service.Store, c service.Change) {
	t.Helper()
	if err := s.Apply(c); err != nil {
		t.Fatalf("Apply: %v", err)
	}
}

func load(t testing.TB, s service.Store) ([]service.Record, *watch.Checkpoint) {
	t.Helper()
	recs, cp, err := s.Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return recs, cp
}

// check asserts what s loads, and what its reopened self loads.
func check(t *testing.T, s service.Store, reopen func(*testing.T) service.Store, want []service.Record, wantCp *watch.Checkpoint) {
	t.Helper()
	stores := []service.Store{s}
	if reopen != nil {
		stores = append(stores, reopen(t))
	}
	for i, st := range stores {
		what := "the store"
		if i == 1 {
			what = "the reopened store"
		}
		recs, cp := load(t, st)
		if got, w := canon(t, recs), canon(t, want); got != w {
			t.Fatalf("%s loads:\n%s\nwant:\n%s", what, got, w)
		}
		if !sameCheckpoint(cp, wantCp) {
			t.Fatalf("%s loads checkpoint %+v, want %+v", what, cp, wantCp)
		}
	}
}

func testEmpty(t *testing.T, open Opener) {
	s, reopen := open(t)
	check(t, s, reopen, nil, nil)
}

// testRoundTrip: every field comes back as written, leases ordered by id
// as the chain numbers them (decimal: 9 before 10), ids of one length in
// byte order (no locale's collation).
func testRoundTrip(t *testing.T, open Opener) {
	s, reopen := open(t)
	recs := []service.Record{full(t, "100"), Record(t, "9"), full(t, "10"), Record(t, "2")}
	cp := watch.Checkpoint{Confirmed: watch.BlockRef{Number: 7, Hash: common.HexToHash("0x07")},
		Unconfirmed: []watch.BlockRef{{Number: 8, Hash: common.HexToHash("0x08")}, {Number: 9, Hash: common.HexToHash("0x09")}}}
	apply(t, s, service.Change{Put: recs, Checkpoint: &cp})
	check(t, s, reopen, []service.Record{recs[3], recs[1], recs[2], recs[0]}, &cp)

	s, reopen = open(t)
	var named []service.Record
	for _, id := range []string{"aB", "a.", "Ab", "a-", "A_", "b"} {
		named = append(named, Record(t, id))
	}
	apply(t, s, service.Change{Put: named})
	check(t, s, reopen, []service.Record{named[5], named[4], named[2], named[3], named[1], named[0]}, nil)
}

// testPutReplacesWhole: a Put writes the record whole: fields it no longer
// has are gone.
func testPutReplaces(t *testing.T, open Opener) {
	s, reopen := open(t)
	r := full(t, "1")
	apply(t, s, service.Change{Put: []service.Record{r}})
	r2 := Record(t, "1")
	r2.Relayed = 5
	apply(t, s, service.Change{Put: []service.Record{r2}})
	check(t, s, reopen, []service.Record{r2}, nil)
}

// testDeleteThenPut: a change deletes, then puts; deleting an unknown id
// is no error; a change without a checkpoint keeps the stored one.
func testDeleteThenPut(t *testing.T, open Opener) {
	s, reopen := open(t)
	cp := watch.Checkpoint{Confirmed: watch.BlockRef{Number: 3, Hash: common.HexToHash("0x03")}}
	a, b, c := Record(t, "1"), Record(t, "2"), Record(t, "3")
	apply(t, s, service.Change{Put: []service.Record{a, b, c}, Checkpoint: &cp})
	b2 := full(t, "2")
	apply(t, s, service.Change{Delete: []string{"1", "2", "404"}, Put: []service.Record{b2}})
	check(t, s, reopen, []service.Record{b2, c}, &cp)
	apply(t, s, service.Change{Delete: []string{"3"}})
	check(t, s, reopen, []service.Record{b2}, &cp)
}

// testCheckpoint: the checkpoint is overwritten whole, an empty unconfirmed
// list included, and written with or without leases.
func testCheckpoint(t *testing.T, open Opener) {
	s, reopen := open(t)
	cp1 := watch.Checkpoint{Confirmed: watch.BlockRef{Number: 10, Hash: common.HexToHash("0x0a")},
		Unconfirmed: []watch.BlockRef{{Number: 11, Hash: common.HexToHash("0x0b")}}}
	apply(t, s, service.Change{Checkpoint: &cp1})
	check(t, s, reopen, nil, &cp1)
	cp2 := watch.Checkpoint{Confirmed: watch.BlockRef{Number: 1<<63 - 1, Hash: common.HexToHash("0xff")}}
	r := Record(t, "5")
	apply(t, s, service.Change{Put: []service.Record{r}, Checkpoint: &cp2})
	check(t, s, reopen, []service.Record{r}, &cp2)
	cp3 := watch.Checkpoint{Confirmed: watch.BlockRef{Number: 0}, Unconfirmed: []watch.BlockRef{}}
	apply(t, s, service.Change{Checkpoint: &cp3})
	check(t, s, reopen, []service.Record{r}, &cp3)
}

// testLoadCopies: neither what Load returns nor what was put can change
// the store afterwards.
func testLoadCopies(t *testing.T, open Opener) {
	s, _ := open(t)
	r := full(t, "1")
	want := canon(t, []service.Record{r})
	cp := watch.Checkpoint{Unconfirmed: []watch.BlockRef{{Number: 1}}}
	apply(t, s, service.Change{Put: []service.Record{r}, Checkpoint: &cp})
	r.Lease.History[0].Detail = "changed after Apply"
	r.Spec.Command[0] = "rm"
	cp.Unconfirmed[0].Number = 99
	recs, gotCp := load(t, s)
	recs[0].Lease.History[0].Detail = "changed after Load"
	recs[0].Chain[0].Time = 1
	recs[0].Signature[0] = 0
	gotCp.Unconfirmed[0].Number = 98
	recs, gotCp = load(t, s)
	if got := canon(t, recs); got != want || gotCp.Unconfirmed[0].Number != 1 {
		t.Fatalf("the store changed with what was put or loaded:\n%s\ncheckpoint %+v", got, gotCp)
	}
}

// testMany: a change of many leases is written and read back in order.
func testMany(t *testing.T, open Opener) {
	s, reopen := open(t)
	const n = 300
	recs := make([]service.Record, n)
	for i := range recs {
		recs[i] = Record(t, strconv.Itoa(n-i))
	}
	cp := watch.Checkpoint{Confirmed: watch.BlockRef{Number: n}}
	apply(t, s, service.Change{Put: recs, Checkpoint: &cp})
	want := make([]service.Record, n)
	for i := range want {
		want[i] = recs[n-1-i]
	}
	check(t, s, reopen, want, &cp)
	got, _ := load(t, s)
	if ids(got)[0] != "1" || ids(got)[n-1] != strconv.Itoa(n) {
		t.Fatalf("order: %v ... %v", ids(got)[:3], ids(got)[n-3:])
	}
}

// spotStore is s as a SpotSpecStore: every store of the project keeps
// the standing spot specs.
func spotStore(t testing.TB, s service.Store) service.SpotSpecStore {
	t.Helper()
	ss, ok := s.(service.SpotSpecStore)
	if !ok {
		t.Fatalf("%T keeps no standing spot specs (service.SpotSpecStore)", s)
	}
	return ss
}

// SpotSpec returns a standing spot spec of holder for the spot market of
// leaseHours hours, with text that stores tend to mangle.
func SpotSpec(t testing.TB, holder string, leaseHours uint16) service.SpotSpec {
	t.Helper()
	in, err := instrument.NewSpot(instrument.GPUH100SXM, instrument.SXM, instrument.RegionUS, 1, leaseHours)
	if err != nil {
		t.Fatal(err)
	}
	id, err := in.Encode()
	if err != nil {
		t.Fatal(err)
	}
	return service.SpotSpec{Spec: service.JobSpec{Holder: common.HexToAddress(holder), Instrument: id, Hours: leaseHours,
		Image: "registry.example/train@sha256:" + fmt.Sprintf("%064x", leaseHours), Command: []string{"sh", "-c", "echo «spot» \x00 \u2028 \"q\" \\"},
		Env: []string{"A=1"}, SSHPublicKey: "ssh-ed25519 AAAA spot"},
		Signature: bytes.Repeat([]byte{byte(leaseHours)}, 65), At: time.Unix(1_700_000_300, 123456789).UTC()}
}

func canonSpot(t testing.TB, ss []service.SpotSpec) string {
	t.Helper()
	if ss == nil {
		ss = []service.SpotSpec{}
	}
	b, err := json.MarshalIndent(ss, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// checkSpot asserts the standing specs s loads, and its reopened self.
func checkSpot(t *testing.T, s service.Store, reopen func(*testing.T) service.Store, want []service.SpotSpec) {
	t.Helper()
	stores := []service.Store{s}
	if reopen != nil {
		stores = append(stores, reopen(t))
	}
	for i, st := range stores {
		got, err := spotStore(t, st).LoadSpotSpecs()
		if err != nil {
			t.Fatalf("LoadSpotSpecs: %v", err)
		}
		if g, w := canonSpot(t, got), canonSpot(t, want); g != w {
			t.Fatalf("store %d (1: reopened) loads standing specs:\n%s\nwant:\n%s", i, g, w)
		}
	}
}

// testSpotSpecs: standing specs come back whole, by holder then
// instrument, written with the leases and checkpoint of the same change,
// which they leave alone.
func testSpotSpecs(t *testing.T, open Opener) {
	s, reopen := open(t)
	checkSpot(t, s, reopen, nil)
	a8, a4, b4 := SpotSpec(t, "0xa11ce", 8), SpotSpec(t, "0xa11ce", 4), SpotSpec(t, "0x0b", 4)
	r := full(t, "1")
	cp := watch.Checkpoint{Confirmed: watch.BlockRef{Number: 4, Hash: common.HexToHash("0x04")}}
	apply(t, s, service.Change{Put: []service.Record{r}, Checkpoint: &cp, PutSpotSpecs: []service.SpotSpec{a8, a4, b4}})
	checkSpot(t, s, reopen, []service.SpotSpec{b4, a4, a8})
	check(t, s, reopen, []service.Record{r}, &cp)
	// A change of leases alone keeps them.
	apply(t, s, service.Change{Put: []service.Record{Record(t, "2")}})
	checkSpot(t, s, reopen, []service.SpotSpec{b4, a4, a8})
}

// testSpotSpecsReplace: a put replaces the key's spec whole; deletions
// come before puts; deleting an unknown key is no error.
func testSpotSpecsReplace(t *testing.T, open Opener) {
	s, reopen := open(t)
	a4, a8 := SpotSpec(t, "0xa11ce", 4), SpotSpec(t, "0xa11ce", 8)
	apply(t, s, service.Change{PutSpotSpecs: []service.SpotSpec{a4, a8}})
	a4b := a4
	a4b.Spec.Command, a4b.Spec.Env, a4b.Spec.Image, a4b.Signature = []string{"true"}, nil, "", []byte{1}
	apply(t, s, service.Change{PutSpotSpecs: []service.SpotSpec{a4b}})
	checkSpot(t, s, reopen, []service.SpotSpec{a4b, a8})
	unknown := service.SpotSpecKey{Holder: common.HexToAddress("0x404"), Instrument: a4.Spec.Instrument}
	apply(t, s, service.Change{DeleteSpotSpecs: []service.SpotSpecKey{a8.Key(), unknown}})
	checkSpot(t, s, reopen, []service.SpotSpec{a4b})
	apply(t, s, service.Change{DeleteSpotSpecs: []service.SpotSpecKey{a4.Key()}, PutSpotSpecs: []service.SpotSpec{a4}})
	checkSpot(t, s, reopen, []service.SpotSpec{a4})
	apply(t, s, service.Change{DeleteSpotSpecs: []service.SpotSpecKey{a4.Key()}})
	checkSpot(t, s, reopen, nil)
}

// testSpotSpecsCopies: neither what LoadSpotSpecs returns nor what was
// put can change the store afterwards.
func testSpotSpecsCopies(t *testing.T, open Opener) {
	s, _ := open(t)
	ss := SpotSpec(t, "0xa11ce", 4)
	want := canonSpot(t, []service.SpotSpec{ss})
	put := SpotSpec(t, "0xa11ce", 4)
	apply(t, s, service.Change{PutSpotSpecs: []service.SpotSpec{put}})
	put.Spec.Command[0], put.Signature[0] = "rm", 0
	got, err := spotStore(t, s).LoadSpotSpecs()
	if err != nil {
		t.Fatal(err)
	}
	got[0].Spec.Env[0], got[0].Signature[1] = "B=2", 0
	got, _ = spotStore(t, s).LoadSpotSpecs()
	if g := canonSpot(t, got); g != want {
		t.Fatalf("the store changed with what was put or loaded:\n%s", g)
	}
}
