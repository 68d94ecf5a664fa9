package txsend_test

import (
	"fmt"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/hourglass-exchange/hourglass/internal/evm/txsend"
)

// TestFileJournalKeepsNothingInMemory: 2,000 signed transactions of 20 KB
// (a settle transaction of a full batch) appended to a FileJournal leave
// the live heap about where it was (they were kept in memory, 40 MB, before),
// and Load still returns them all, as does a journal opened again.
func TestFileJournalKeepsNothingInMemory(t *testing.T) {
	path := filepath.Join(t.TempDir(), "txsend.journal")
	j, err := txsend.OpenFileJournal(path)
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	heap := func() uint64 {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return ms.HeapAlloc
	}
	const n, size = 2000, 20 << 10
	before := heap()
	for i := range n {
		raw := make([]byte, size) // each its own, as the sender's are
		if err := j.Append(txsend.Record{Op: txsend.OpTx, Key: fmt.Sprintf("batch-%d", i), Nonce: uint64(i), Raw: raw}); err != nil {
			t.Fatal(err)
		}
	}
	grew := int64(heap()) - int64(before)
	t.Logf("live heap after %d appends of 20 KB: %+d bytes", n, grew)
	if grew > 4<<20 {
		t.Errorf("the live heap grew by %d bytes over %d appends", grew, n)
	}
	for _, jr := range []txsend.Journal{j, reopen(t, path)} {
		recs, err := jr.Load()
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) != n || recs[n-1].Key != fmt.Sprintf("batch-%d", n-1) || len(recs[n-1].Raw) != size {
			t.Fatalf("loaded %d records", len(recs))
		}
	}
}

func reopen(t *testing.T, path string) *txsend.FileJournal {
	j, err := txsend.OpenFileJournal(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { j.Close() })
	return j
}
