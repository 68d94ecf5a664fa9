// Package flash1 replays order-flow workloads in the public format of the
// flash1 matching-engine benchmark through the production engine, renders the
// benchmark's canonical report stream and hashes it, and times the engine on
// the same flow. More than a hundred independent matchers reproduce the
// published hash of each workload, so reproducing it is an outside check that
// our price-time priority is exactly the field's. The package also generates
// workloads of its own in the same spirit (deep books, violent price moves) so
// that benchmarks do not depend on one stored file.
package flash1

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/ulikunitz/xz"
)

// Wire constants of the flash1 binary format: a 16-byte header
// (u64 magic, u32 version, u32 count) followed by count 40-byte records, all
// little-endian.
const (
	Magic      uint64 = 0x4D4542575F303031 // "MEBW_001"
	Version    uint32 = 1
	HeaderSize        = 16
	RecordSize        = 40
)

// ErrFormat is wrapped by every error about a malformed workload, so callers
// can tell bad input from I/O failures with errors.Is.
var ErrFormat = errors.New("flash1: malformed workload")

// MsgType is the kind of a workload message.
type MsgType uint8

// Message types, with their wire values.
const (
	New    MsgType = 0 // a limit order, GTC or IOC
	Cancel MsgType = 1 // cancel a resting order
	Modify MsgType = 2 // cancel and re-insert at a new price and quantity
)

// String returns the lower-case name used in error messages.
func (t MsgType) String() string {
	switch t {
	case New:
		return "new"
	case Cancel:
		return "cancel"
	case Modify:
		return "modify"
	}
	return fmt.Sprintf("type(%d)", uint8(t))
}

// Record is one decoded workload message. It is flat and pointer-free so that
// a slice of two million of them costs the garbage collector nothing.
type Record struct {
	Type    MsgType
	Side    exchange.Side // wire values match: 0 buy, 1 sell
	IOC     bool          // new orders only
	Qty     uint32        // quantity; the new quantity for a modify
	Seq     uint64        // sequence number carried by every report of the message
	OrderID uint64        // may be reused once the order it named is dead
	Price   int64         // ticks; the new price for a modify
}

// maxPrealloc caps how many records a header may make us allocate up front,
// so that a corrupt count fails on a short read instead of exhausting memory.
const maxPrealloc = 1 << 22

// Read decodes a whole workload from r (uncompressed) and checks the header,
// every record's enumerated fields, that exactly count records follow, and
// that nothing follows them.
func Read(r io.Reader) ([]Record, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	var hdr [HeaderSize]byte
	if _, err := io.ReadFull(br, hdr[:]); err != nil {
		return nil, fmt.Errorf("%w: reading header: %v", ErrFormat, err)
	}
	if m := binary.LittleEndian.Uint64(hdr[0:]); m != Magic {
		return nil, fmt.Errorf("%w: magic %#x, want %#x (\"MEBW_001\")", ErrFormat, m, Magic)
	}
	if v := binary.LittleEndian.Uint32(hdr[8:]); v != Version {
		return nil, fmt.Errorf("%w: version %d, want %d", ErrFormat, v, Version)
	}
	count := int(binary.LittleEndian.Uint32(hdr[12:]))

	recs := make([]Record, 0, min(count, maxPrealloc))
	var buf [RecordSize]byte
	for i := range count {
		if _, err := io.ReadFull(br, buf[:]); err != nil {
			if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
				return nil, fmt.Errorf("%w: header says %d records, stream ends inside record %d", ErrFormat, count, i)
			}
			return nil, fmt.Errorf("flash1: reading record %d: %w", i, err)
		}
		rec, err := decodeRecord(&buf)
		if err != nil {
			return nil, fmt.Errorf("%w: record %d: %v", ErrFormat, i, err)
		}
		recs = append(recs, rec)
	}
	switch _, err := br.ReadByte(); {
	case err == nil:
		return nil, fmt.Errorf("%w: data after the %d records the header announces", ErrFormat, count)
	case !errors.Is(err, io.EOF):
		return nil, fmt.Errorf("flash1: reading past the last record: %w", err)
	}
	return recs, nil
}

func decodeRecord(b *[RecordSize]byte) (Record, error) {
	r := Record{
		Type:    MsgType(b[0]),
		Side:    exchange.Side(b[1]),
		IOC:     b[2] == 1,
		Qty:     binary.LittleEndian.Uint32(b[4:]),
		Seq:     binary.LittleEndian.Uint64(b[8:]),
		OrderID: binary.LittleEndian.Uint64(b[16:]),
		Price:   int64(binary.LittleEndian.Uint64(b[24:])),
	}
	switch {
	case r.Type > Modify:
		return r, fmt.Errorf("message type %d, want 0..2", b[0])
	case r.Side > exchange.Sell:
		return r, fmt.Errorf("side %d, want 0 or 1", b[1])
	case b[2] > 1:
		return r, fmt.Errorf("ioc flag %d, want 0 or 1", b[2])
	}
	return r, nil
}

// ReadFile reads a workload from a .bin file, or from an xz-compressed
// .bin.xz file (the form the workloads are stored in).
func ReadFile(path string) ([]Record, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("flash1: %w", err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".xz") {
		xr, err := xz.NewReader(bufio.NewReaderSize(f, 1<<16))
		if err != nil {
			return nil, fmt.Errorf("%w: %s: xz: %v", ErrFormat, path, err)
		}
		r = xr
	}
	recs, err := Read(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return recs, nil
}

// Write encodes recs in the flash1 binary format (uncompressed). Generated
// workloads can thus be stored and fed to other engines' harnesses.
func Write(w io.Writer, recs []Record) error {
	if uint64(len(recs)) > 1<<32-1 {
		return fmt.Errorf("flash1: %d records do not fit the u32 count", len(recs))
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	var hdr [HeaderSize]byte
	binary.LittleEndian.PutUint64(hdr[0:], Magic)
	binary.LittleEndian.PutUint32(hdr[8:], Version)
	binary.LittleEndian.PutUint32(hdr[12:], uint32(len(recs)))
	bw.Write(hdr[:])
	var b [RecordSize]byte
	for i := range recs {
		r := &recs[i]
		b[0], b[1], b[2] = byte(r.Type), byte(r.Side), 0
		if r.IOC {
			b[2] = 1
		}
		binary.LittleEndian.PutUint32(b[4:], r.Qty)
		binary.LittleEndian.PutUint64(b[8:], r.Seq)
		binary.LittleEndian.PutUint64(b[16:], r.OrderID)
		binary.LittleEndian.PutUint64(b[24:], uint64(r.Price))
		bw.Write(b[:])
	}
	return bw.Flush()
}
