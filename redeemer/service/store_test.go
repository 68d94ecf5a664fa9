package service

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/internal/evm/watch"
	"github.com/hourglass-exchange/hourglass/redeemer/lease"
)

func record(t *testing.T, id string) Record {
	t.Helper()
	l, err := lease.Assign(lease.Terms{ID: id, Holder: common.HexToAddress("0xa11ce"), Provider: common.HexToAddress("0xb0b"),
		GPUs: 1, StartHour: 500000, Hours: 2, SpecHash: common.HexToHash("0x5bec")}, time.Unix(1_700_000_000, 0).UTC())
	if err != nil {
		t.Fatal(err)
	}
	return Record{Lease: l, Origin: LogRef{Block: common.HexToHash("0xb1"), Index: 3}, Relayed: 1}
}

// TestFileStore: what Apply wrote is what a reopened store loads;
// deletions and checkpoints persist; a write that fails leaves the file
// and the store as they were.
func TestFileStore(t *testing.T) {
	path := filepath.Join(t.TempDir(), "leases.json")
	s, err := OpenFileStore(path)
	if err != nil {
		t.Fatal(err)
	}
	if recs, cp, err := s.Load(); err != nil || len(recs) != 0 || cp != nil {
		t.Fatalf("new store: %v %v %v", recs, cp, err)
	}
	a, b := record(t, "2"), record(t, "10")
	b.Spec = &JobSpec{Command: []string{"true"}}
	b.Chain = []ChainChange{{State: lease.Provisioning, Time: 5}}
	cp := watch.Checkpoint{Confirmed: watch.BlockRef{Number: 7, Hash: common.HexToHash("0x07")},
		Unconfirmed: []watch.BlockRef{{Number: 8, Hash: common.HexToHash("0x08")}}}
	if err := s.Apply(Change{Put: []Record{b, a}, Checkpoint: &cp}); err != nil {
		t.Fatal(err)
	}
	s2, err := OpenFileStore(path)
	if err != nil {
		t.Fatal(err)
	}
	recs, gotCp, err := s2.Load()
	if err != nil || len(recs) != 2 || recs[0].Lease.ID != "2" || recs[1].Lease.ID != "10" {
		t.Fatalf("reopened: %+v, %v", recs, err)
	}
	if !reflect.DeepEqual(*gotCp, cp) || recs[1].Spec == nil || len(recs[1].Chain) != 1 ||
		!recs[0].Lease.History[0].At.Equal(a.Lease.History[0].At) {
		t.Fatalf("reopened: %+v %+v", recs, gotCp)
	}

	// A failing write changes nothing.
	dir := filepath.Dir(path)
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	err = s2.Apply(Change{Delete: []string{"2"}})
	_ = os.Chmod(dir, 0o700)
	if os.Geteuid() != 0 { // root writes anyway
		if err == nil {
			t.Fatal("a write into a read-only directory succeeded")
		}
		if recs, _, _ := s2.Load(); len(recs) != 2 {
			t.Fatalf("a failed write changed the store: %d leases", len(recs))
		}
	}
	if err := s2.Apply(Change{Delete: []string{"2"}}); err != nil {
		t.Fatal(err)
	}
	s3, err := OpenFileStore(path)
	if err != nil {
		t.Fatal(err)
	}
	if recs, _, _ := s3.Load(); len(recs) != 1 || recs[0].Lease.ID != "10" {
		t.Fatalf("after delete: %+v", recs)
	}

	// Another version is refused.
	if err := os.WriteFile(path, []byte(`{"version":9,"leases":[]}`), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenFileStore(path); err == nil {
		t.Fatal("a store of another version opened")
	}
}

// TestMemStoreCopies: what Load returns cannot change the store.
func TestMemStoreCopies(t *testing.T) {
	m := NewMemStore()
	r := record(t, "1")
	if err := m.Apply(Change{Put: []Record{r}}); err != nil {
		t.Fatal(err)
	}
	recs, _, _ := m.Load()
	recs[0].Lease.History[0].Detail = "changed"
	again, _, _ := m.Load()
	if again[0].Lease.History[0].Detail != "" {
		t.Fatal("Load returned the store's own history")
	}
}
