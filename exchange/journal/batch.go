package journal

import (
	"fmt"
	"hash/crc32"
	"math"
)

// Batch is a group of frames that Write makes durable together, so that one
// fdatasync pays for many commands (group commit). Frames are encoded into one
// contiguous buffer as they are added; the buffer is kept across Reset, so a
// Batch that is reused stops allocating once it has grown to its working size.
//
// The zero Batch is empty and ready to use. A Batch is not safe for
// concurrent use.
type Batch struct {
	buf    []byte // encoded frames, ready to write
	n      int
	first  uint64
	last   uint64
	maxLen int   // longest payload, checked against Options.MaxPayload by Write
	err    error // first Add error, reported by Write
}

// Add appends the frame (seq, payload), copying payload. seq must be one more
// than the previous frame's; a batch that breaks that, or holds seq 0, is
// rejected whole by Write, so Add itself need not return an error in the
// sequencer's hot loop.
func (b *Batch) Add(seq uint64, payload []byte) {
	if b.err != nil {
		return
	}
	switch {
	case seq == 0:
		b.err = fmt.Errorf("%w: seq 0 is reserved", ErrSequence)
		return
	case b.n > 0 && seq != b.last+1:
		b.err = fmt.Errorf("%w: batch adds %d after %d", ErrSequence, seq, b.last)
		return
	case len(payload) > math.MaxUint32-frameHeaderSize:
		b.err = fmt.Errorf("%w: %d bytes", ErrTooLarge, len(payload))
		return
	}
	if b.n == 0 {
		b.first = seq
	}
	b.last = seq
	b.n++
	b.maxLen = max(b.maxLen, len(payload))

	off := len(b.buf)
	size := frameHeaderSize + len(payload)
	if cap(b.buf)-off < size {
		grown := make([]byte, off, max(2*cap(b.buf), off+size, 4096))
		copy(grown, b.buf)
		b.buf = grown
	}
	b.buf = b.buf[:off+size]
	f := b.buf[off:]
	le.PutUint32(f[0:], uint32(len(payload)))
	le.PutUint64(f[8:], seq)
	copy(f[frameHeaderSize:], payload)
	le.PutUint32(f[4:], crc32.Checksum(f[8:], castagnoli))
}

// Reset empties the batch and keeps its buffer for reuse.
func (b *Batch) Reset() {
	*b = Batch{buf: b.buf[:0]}
}

// Len returns the number of frames in the batch.
func (b *Batch) Len() int { return b.n }

// Size returns the encoded size of the batch in bytes.
func (b *Batch) Size() int { return len(b.buf) }
