package journal

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
)

// The on-disk format. A segment is a file header followed by frames:
//
//	header: magic "HGWL" | u32 version
//	frame:  u32 payload length | u32 CRC32C(seq | payload) | u64 seq | payload
//
// All integers are little-endian. The CRC covers the sequence number so that
// a frame copied to the wrong place, or a seq damaged on disk, is caught.
const (
	headerSize      = 8
	frameHeaderSize = 16
	formatVersion   = 1
	segmentExt      = ".wal"
)

var (
	magic      = [4]byte{'H', 'G', 'W', 'L'}
	castagnoli = crc32.MakeTable(crc32.Castagnoli)
	le         = binary.LittleEndian
)

// errBadFrame marks a frame that is partial, has an absurd length or fails
// its CRC. Open decides whether that is a torn tail or corruption; it never
// leaves the package.
var errBadFrame = errors.New("journal: bad frame")

// segmentName is the file name of the segment whose first frame is seq. The
// zero padding makes lexical and numeric order agree for people with ls.
func segmentName(seq uint64) string { return fmt.Sprintf("%020d%s", seq, segmentExt) }

// fileHeader is written at the start of every segment.
func fileHeader() []byte {
	h := make([]byte, headerSize)
	copy(h, magic[:])
	le.PutUint32(h[4:], formatVersion)
	return h
}

// checkHeader reports whether h is a header this package can read.
func checkHeader(h []byte) error {
	if len(h) < headerSize || [4]byte(h[:4]) != magic {
		return fmt.Errorf("%w: bad segment magic", ErrCorrupt)
	}
	if v := le.Uint32(h[4:]); v != formatVersion {
		return fmt.Errorf("%w: unknown segment version %d", ErrCorrupt, v)
	}
	return nil
}

// newReader returns the buffered reader that Open and Replay read segments
// through.
func newReader(r io.Reader) *bufio.Reader { return bufio.NewReaderSize(r, readBufSize) }

// frameReader decodes the frames of one segment through a buffered reader.
// Frames that fit in the buffer are handed out straight from it (no copy);
// larger ones go through a scratch buffer that is reused.
type frameReader struct {
	br      *bufio.Reader
	off     int64 // file offset of the next frame
	pending int   // bytes of the last frame still to discard from br
	max     uint32
	scratch []byte
}

// reset points r at the start of a segment read through src, keeping its
// buffers.
func (r *frameReader) reset(src io.Reader) {
	r.br.Reset(src)
	r.off, r.pending = headerSize, 0
}

// next decodes the frame at r.off. It returns io.EOF at a clean end of the
// segment and errBadFrame for a partial frame, a length over r.max or (when
// verify is set) a CRC mismatch; any other error is the reader's. The payload
// is valid until the next call.
func (r *frameReader) next(verify bool) (seq uint64, payload []byte, err error) {
	if r.pending > 0 {
		// Discarding what Peek returned earlier, only now, keeps that slice
		// valid for the caller's whole callback.
		if _, err := r.br.Discard(r.pending); err != nil {
			return 0, nil, err
		}
		r.pending = 0
	}
	h, err := r.br.Peek(frameHeaderSize)
	switch {
	case err == io.EOF && len(h) == 0:
		return 0, nil, io.EOF
	case err == io.EOF:
		return 0, nil, errBadFrame // torn header
	case err != nil:
		return 0, nil, err
	}
	n := le.Uint32(h[0:])
	sum := le.Uint32(h[4:])
	seq = le.Uint64(h[8:])
	if n > r.max {
		return 0, nil, errBadFrame
	}
	total := frameHeaderSize + int(n)
	var frame []byte
	if total <= r.br.Size() {
		frame, err = r.br.Peek(total)
		if err == io.EOF {
			return 0, nil, errBadFrame // torn payload
		} else if err != nil {
			return 0, nil, err
		}
		r.pending = total
	} else {
		if cap(r.scratch) < total {
			r.scratch = make([]byte, total)
		}
		frame = r.scratch[:total]
		if _, err := io.ReadFull(r.br, frame); err == io.ErrUnexpectedEOF {
			return 0, nil, errBadFrame
		} else if err != nil {
			return 0, nil, err
		}
	}
	if verify && crc32.Checksum(frame[8:], castagnoli) != sum {
		return 0, nil, errBadFrame
	}
	r.off += int64(total)
	return seq, frame[frameHeaderSize:], nil
}

// findFrame reports whether rest, the bytes of a segment after a bad frame,
// holds a valid frame further on. expect is the seq the bad frame should have
// had; a frame k bytes later can have a seq at most expect+k/16, since every
// frame takes at least 16 bytes. This is what tells a torn tail (garbage up
// to the end of the file) from a damaged frame with good frames after it.
func findFrame(rest []byte, expect uint64, max uint32) bool {
	for o := 1; o+frameHeaderSize <= len(rest); o++ {
		h := rest[o:]
		seq := le.Uint64(h[8:])
		if seq < expect || seq > expect+uint64(o/frameHeaderSize) {
			continue
		}
		n := le.Uint32(h[0:])
		if n > max || frameHeaderSize+int(n) > len(h) {
			continue
		}
		if crc32.Checksum(h[8:frameHeaderSize+int(n)], castagnoli) == le.Uint32(h[4:]) {
			return true
		}
	}
	return false
}
