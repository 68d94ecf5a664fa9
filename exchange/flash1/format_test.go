package flash1_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/flash1"
	"github.com/ulikunitz/xz"
)

var sample = []flash1.Record{
	{Type: flash1.New, Side: exchange.Sell, Qty: 10, Seq: 0, OrderID: 1, Price: 100},
	{Type: flash1.New, Side: exchange.Buy, IOC: true, Qty: 4, Seq: 1, OrderID: 2, Price: 101},
	{Type: flash1.Modify, Side: exchange.Sell, Qty: 11, Seq: 2, OrderID: 1, Price: 99},
	{Type: flash1.Cancel, Side: exchange.Sell, Seq: 3, OrderID: 1 << 40},
}

func encode(t *testing.T, recs []flash1.Record) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := flash1.Write(&b, recs); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestReadWriteRoundTrip(t *testing.T) {
	raw := encode(t, sample)
	if len(raw) != flash1.HeaderSize+flash1.RecordSize*len(sample) {
		t.Fatalf("encoded %d bytes", len(raw))
	}
	got, err := flash1.Read(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, sample) {
		t.Errorf("read back %+v\nwant %+v", got, sample)
	}
}

func TestReadFileXZ(t *testing.T) {
	dir := t.TempDir()
	plain := filepath.Join(dir, "w.bin")
	if err := os.WriteFile(plain, encode(t, sample), 0o644); err != nil {
		t.Fatal(err)
	}
	var z bytes.Buffer
	zw, err := xz.NewWriter(&z)
	if err != nil {
		t.Fatal(err)
	}
	zw.Write(encode(t, sample))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	packed := filepath.Join(dir, "w.bin.xz")
	if err := os.WriteFile(packed, z.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{plain, packed} {
		got, err := flash1.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, sample) {
			t.Errorf("%s: read %+v", path, got)
		}
	}
	// A plain file named .xz is not xz data.
	bad := filepath.Join(dir, "bad.bin.xz")
	os.WriteFile(bad, encode(t, sample), 0o644)
	if _, err := flash1.ReadFile(bad); !errors.Is(err, flash1.ErrFormat) {
		t.Errorf("plain data named .xz: err %v, want ErrFormat", err)
	}
	if _, err := flash1.ReadFile(filepath.Join(dir, "missing.bin")); err == nil || errors.Is(err, flash1.ErrFormat) {
		t.Errorf("missing file: err %v, want an I/O error", err)
	}
}

func TestReadRejectsMalformed(t *testing.T) {
	good := encode(t, sample)
	mutate := func(f func(b []byte) []byte) []byte { return f(bytes.Clone(good)) }
	cases := []struct {
		name, want string
		raw        []byte
	}{
		{"empty", "reading header", nil},
		{"short header", "reading header", good[:10]},
		{"magic", "magic", mutate(func(b []byte) []byte { b[0] ^= 1; return b })},
		{"version", "version 2", mutate(func(b []byte) []byte { b[8] = 2; return b })},
		{"truncated", "stream ends inside record 3", good[:len(good)-1]},
		{"count too large", "header says 5 records", mutate(func(b []byte) []byte { binary.LittleEndian.PutUint32(b[12:], 5); return b })},
		{"trailing data", "data after the 4 records", append(bytes.Clone(good), 0)},
		{"type", "record 1: message type 3", mutate(func(b []byte) []byte { b[16+40] = 3; return b })},
		{"side", "record 0: side 2", mutate(func(b []byte) []byte { b[16+1] = 2; return b })},
		{"ioc", "record 0: ioc flag 7", mutate(func(b []byte) []byte { b[16+2] = 7; return b })},
	}
	for _, c := range cases {
		_, err := flash1.Read(bytes.NewReader(c.raw))
		if !errors.Is(err, flash1.ErrFormat) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err %v, want ErrFormat mentioning %q", c.name, err, c.want)
		}
	}
}

// TestReplayRejectsOutOfRange checks that a workload the market cannot
// represent is refused with a clear error rather than turned into engine
// rejections that flash1 never has.
func TestReplayRejectsOutOfRange(t *testing.T) {
	for _, r := range []flash1.Record{
		{Type: flash1.New, Qty: 1, OrderID: 1, Price: flash1.MaxPrice + 1},
		{Type: flash1.New, Qty: 1, OrderID: 1, Price: 0},
		{Type: flash1.Modify, Qty: 1, OrderID: 1, Price: -5},
		{Type: flash1.New, Qty: 0, OrderID: 1, Price: 100},
	} {
		if _, err := flash1.Replay([]flash1.Record{r}); !errors.Is(err, flash1.ErrFormat) {
			t.Errorf("%+v: err %v, want ErrFormat", r, err)
		}
	}
}

// TestReplayReportsEngineRejection checks that a workload the engine refuses
// (here, an id reused while its order still rests) fails the replay and
// says why, instead of yielding a hash.
func TestReplayReportsEngineRejection(t *testing.T) {
	recs := []flash1.Record{
		{Type: flash1.New, Side: exchange.Buy, Qty: 1, Seq: 0, OrderID: 7, Price: 100},
		{Type: flash1.New, Side: exchange.Buy, Qty: 1, Seq: 1, OrderID: 7, Price: 99},
	}
	_, err := flash1.Replay(recs)
	if err == nil || !strings.Contains(err.Error(), exchange.ReasonDuplicateOrderID.String()) {
		t.Errorf("err %v, want a %v rejection", err, exchange.ReasonDuplicateOrderID)
	}
}
