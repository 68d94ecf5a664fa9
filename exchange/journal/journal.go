// Package journal is the sequencer's durable command log: an append-only
// sequence of opaque payloads, each stamped with a sequence number that is
// exactly one more than the one before it. The sequencer writes every command
// here, and waits for it to be durable, before the engine applies it; replaying
// the journal from a snapshot rebuilds the engine's state.
//
// The journal is a directory of segment files, each named by the first
// sequence number it holds (00000000000000000001.wal) and closed once it
// reaches Options.SegmentBytes. Frames are CRC32C-checked (see frame.go for
// the format). Open validates every frame: a damaged or partial frame at the
// very end of the last segment is what a crash mid-write leaves, so Open cuts
// it off and reports it in Stats.TornBytes; damage anywhere else is returned as
// ErrCorrupt and nothing is changed on disk, because cutting there would drop
// commands that were acknowledged.
//
// Write is meant to be called by one goroutine (the sequencer): sequence
// numbers come from a single source, and a Write holds the journal across its
// fdatasync. The other methods are safe to call from any goroutine.
package journal

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Defaults for Options.
const (
	DefaultSegmentBytes = 64 << 20
	DefaultMaxPayload   = 1 << 20
)

// readBufSize is the buffer of Open's scan and of Replay. It is large enough
// that reading costs a syscall per megabyte, and a frame that fits in it is
// handed to the callback without a copy.
const readBufSize = 1 << 20

// Errors. Each is wrapped with %w and detail; test with errors.Is.
var (
	// ErrCorrupt means a frame or segment is damaged somewhere other than the
	// torn tail that a crash leaves, or the segments have a gap. Open changes
	// nothing on disk when it returns it; an operator must look.
	ErrCorrupt = errors.New("journal: corrupt frame")
	// ErrSequence means a batch does not continue the journal's sequence
	// numbers exactly. Nothing was written.
	ErrSequence = errors.New("journal: sequence not contiguous")
	// ErrTooLarge means a payload is over Options.MaxPayload. Nothing was
	// written.
	ErrTooLarge = errors.New("journal: payload too large")
	// ErrCompacted means Replay was asked for frames that TruncateBefore has
	// already deleted.
	ErrCompacted = errors.New("journal: sequence already truncated")
	// ErrBroken is returned by every Write after one failed part way: the
	// segment may end in a partial frame, and writing on would leave a gap
	// or a hole. Close and reopen the journal, which cuts the partial frame.
	ErrBroken = errors.New("journal: write failed, journal is read-only")
	// ErrClosed is returned by methods called after Close.
	ErrClosed = errors.New("journal: closed")
)

// Options configure a Journal. The zero value is ready to use.
type Options struct {
	// SegmentBytes is the size after which the next batch starts a new
	// segment; whole segments are the unit TruncateBefore deletes. A segment
	// holds whole batches, so it may pass SegmentBytes by up to one batch.
	// Default 64 MiB.
	SegmentBytes int64
	// MaxPayload bounds one payload. Reading treats a larger length field as
	// a damaged frame rather than trusting it with a huge allocation, so do
	// not lower it below payloads already written. Default 1 MiB.
	MaxPayload int
	// NoSync skips every sync: after each Write, after Open cuts a torn
	// tail, after TruncateBefore. UNSAFE: a batch that Write returned for can
	// then be lost by a crash or power failure. Only for tests and benchmarks
	// that do not care about durability.
	NoSync bool
}

// segment is one segment file as the journal knows it.
type segment struct {
	first uint64 // seq of its first frame, and its name
	next  uint64 // seq after its last frame; first while it is empty
	size  int64  // bytes of header and good frames
}

// Journal is an open command journal. See the package documentation for the
// concurrency rules.
type Journal struct {
	dir  string
	opts Options

	// mu guards the fields below. Write holds it across its fdatasync, so
	// a Replay or TruncateBefore waits for the batch in flight.
	mu       sync.Mutex
	segs     []segment // oldest first; the last one is the tail
	tail     *os.File  // the last segment, open for append; nil in a fresh journal
	next     uint64    // seq the next batch must start at; 0 when any will do
	dirDirty bool      // a segment was created since the directory was synced
	err      error     // sticky: set by a failed Write
	closed   bool

	firstSeq, lastSeq atomic.Uint64 // read without mu
	stats             counters
}

// Stats are counters for benchmarks and for logging after Open.
type Stats struct {
	Frames   uint64        // frames written since Open
	Batches  uint64        // non-empty batches written since Open
	Bytes    uint64        // bytes written since Open, segment headers included
	Syncs    uint64        // fdatasync and directory fsync calls since Open
	SyncTime time.Duration // time spent in those calls
	// TornBytes is how many bytes Open cut from the end of the last segment
	// as a torn tail; worth a log line when it is not zero.
	TornBytes int64
}

// MeanSync returns the mean latency of one sync call.
func (s Stats) MeanSync() time.Duration {
	if s.Syncs == 0 {
		return 0
	}
	return s.SyncTime / time.Duration(s.Syncs)
}

// counters back Stats; they are atomics so that Stats never waits for a
// Write's fsync.
type counters struct {
	frames, batches, bytes, syncs atomic.Uint64
	syncNanos                     atomic.Int64
	tornBytes                     int64 // set by Open, then read-only
}

// Open opens the journal in dir, creating dir if needed. It reads and checks
// every frame, cuts off a torn tail (see Stats.TornBytes), and returns an
// error wrapping ErrCorrupt, having changed nothing, for any other damage.
func Open(dir string, opts Options) (*Journal, error) {
	if opts.SegmentBytes <= 0 {
		opts.SegmentBytes = DefaultSegmentBytes
	}
	if opts.MaxPayload <= 0 {
		opts.MaxPayload = DefaultMaxPayload
	}
	if opts.MaxPayload > math.MaxUint32-frameHeaderSize {
		return nil, fmt.Errorf("journal: MaxPayload %d is over the format's limit", opts.MaxPayload)
	}
	if err := makeDir(dir); err != nil {
		return nil, err
	}
	firsts, err := listSegments(dir)
	if err != nil {
		return nil, err
	}

	j := &Journal{dir: dir, opts: opts}
	var torn int64
	r := frameReader{br: newReader(nil), max: uint32(opts.MaxPayload)}
	for i, first := range firsts {
		last := i == len(firsts)-1
		s, t, err := scanSegment(&r, j.path(first), first, last)
		if err != nil {
			return nil, err
		}
		if i > 0 && first != j.segs[i-1].next {
			return nil, fmt.Errorf("%w: segment %s follows one that ends before seq %d",
				ErrCorrupt, segmentName(first), j.segs[i-1].next)
		}
		j.segs = append(j.segs, s)
		torn = t
	}

	// Everything is checked; only now may the tail be touched.
	if n := len(j.segs); n > 0 {
		t := &j.segs[n-1]
		f, err := os.OpenFile(j.path(t.first), os.O_WRONLY|os.O_APPEND, 0)
		if err != nil {
			return nil, err
		}
		if t.size < headerSize || torn > 0 {
			if err := cutTail(f, t, !opts.NoSync); err != nil {
				f.Close()
				return nil, fmt.Errorf("journal: cutting torn tail of %s: %w", f.Name(), err)
			}
			j.stats.tornBytes = torn
		}
		j.tail, j.next = f, t.next
	}
	j.publish()
	return j, nil
}

// cutTail truncates the tail segment to its last good frame, rewriting the
// header if the crash tore that too, and (with sync) makes the cut durable
// before any new frame can land after it.
func cutTail(f *os.File, t *segment, sync bool) error {
	if err := f.Truncate(t.size); err != nil {
		return err
	}
	if t.size < headerSize {
		if _, err := f.Write(fileHeader()); err != nil {
			return err
		}
		t.size = headerSize
	}
	if !sync {
		return nil
	}
	return f.Sync()
}

// makeDir creates dir if it is missing, and syncs its parent so that the new
// directory survives a crash along with the segments written into it.
func makeDir(dir string) error {
	if _, err := os.Stat(dir); !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	return syncDir(filepath.Dir(dir))
}

// listSegments returns the first seqs of the segments in dir, in order.
// Files that are not named like segments are ignored.
func listSegments(dir string) ([]uint64, error) {
	ents, err := os.ReadDir(dir) // sorted by name, which zero padding makes numeric
	if err != nil {
		return nil, err
	}
	var firsts []uint64
	for _, e := range ents {
		name, ok := strings.CutSuffix(e.Name(), segmentExt)
		if !ok || len(name) != 20 || !e.Type().IsRegular() {
			continue
		}
		seq, err := strconv.ParseUint(name, 10, 64)
		if err != nil {
			continue
		}
		if seq == 0 {
			return nil, fmt.Errorf("%w: segment %s: seq 0 is reserved", ErrCorrupt, e.Name())
		}
		firsts = append(firsts, seq)
	}
	return firsts, nil
}

// scanSegment reads and checks every frame of the segment at path. In the
// last segment, a bad frame (or header) with no valid frame after it is a
// torn tail: scanSegment returns the segment up to its last good frame and the
// number of bytes after that. Any other damage is ErrCorrupt.
func scanSegment(r *frameReader, path string, first uint64, last bool) (s segment, torn int64, err error) {
	f, err := os.Open(path)
	if err != nil {
		return s, 0, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return s, 0, err
	}
	s = segment{first: first, next: first}
	r.reset(f)

	h, err := r.br.Peek(headerSize)
	switch {
	case err == io.EOF || (err == nil && [4]byte(h[:4]) != magic):
		// A header that is short or garbage: torn if nothing follows.
	case err != nil:
		return s, 0, err
	default:
		if err := checkHeader(h); err != nil {
			return s, 0, fmt.Errorf("%s: %w", path, err)
		}
		r.pending = headerSize
		s.size = headerSize
		for {
			seq, _, err := r.next(true)
			if err == io.EOF {
				return s, 0, nil
			}
			if err == errBadFrame {
				break
			}
			if err != nil {
				return s, 0, err
			}
			if seq != s.next {
				return s, 0, fmt.Errorf("%w: %s: frame at offset %d has seq %d, want %d",
					ErrCorrupt, path, s.size, seq, s.next)
			}
			s.next++
			s.size = r.off
		}
	}

	if !last {
		return s, 0, fmt.Errorf("%w: %s: bad frame at offset %d in a segment that is not the last",
			ErrCorrupt, path, s.size)
	}
	rest := make([]byte, info.Size()-s.size)
	if _, err := f.ReadAt(rest, s.size); err != nil {
		return s, 0, err
	}
	if findFrame(rest, s.next, r.max) {
		return s, 0, fmt.Errorf("%w: %s: bad frame at offset %d is followed by good frames",
			ErrCorrupt, path, s.size)
	}
	return s, int64(len(rest)), nil
}

// Write appends the batch and, unless Options.NoSync, makes it durable with
// one fdatasync before returning: once Write returns nil, every frame in b
// survives a crash. The batch must start at LastSeq()+1 (at any seq above 0 in
// a fresh journal). A batch that is rejected writes nothing and leaves the
// journal usable; a failed write or sync makes every later Write fail with
// ErrBroken. Write does not Reset b. Call Write from one goroutine at a time:
// the journal has a single writer, the sequencer.
func (j *Journal) Write(b *Batch) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	switch {
	case j.closed:
		return ErrClosed
	case j.err != nil:
		return j.err
	case b.err != nil:
		return b.err
	case b.n == 0:
		return nil
	case b.maxLen > j.opts.MaxPayload:
		return fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, b.maxLen, j.opts.MaxPayload)
	case j.next != 0 && b.first != j.next:
		return fmt.Errorf("%w: batch starts at %d, journal expects %d", ErrSequence, b.first, j.next)
	}
	if err := j.write(b); err != nil {
		j.err = fmt.Errorf("%w: %w", ErrBroken, err)
		return j.err
	}
	return nil
}

// write does Write's I/O; any error it returns breaks the journal.
func (j *Journal) write(b *Batch) error {
	if j.tail == nil || j.full() {
		if err := j.rotate(b.first); err != nil {
			return err
		}
	}
	n, err := j.tail.Write(b.buf)
	j.stats.bytes.Add(uint64(n))
	if err != nil {
		return err
	}
	if !j.opts.NoSync {
		if err := j.timedSync(func() error { return datasync(j.tail) }); err != nil {
			return err
		}
		if j.dirDirty {
			if err := j.timedSync(func() error { return syncDir(j.dir) }); err != nil {
				return err
			}
			j.dirDirty = false
		}
	}
	t := &j.segs[len(j.segs)-1]
	t.size += int64(n)
	t.next = b.last + 1
	j.next = b.last + 1
	j.publish()
	j.stats.frames.Add(uint64(b.n))
	j.stats.batches.Add(1)
	return nil
}

// full reports whether the tail segment has reached Options.SegmentBytes. An
// empty tail is never full: its name is taken by the batch about to be written.
func (j *Journal) full() bool {
	t := j.segs[len(j.segs)-1]
	return t.size >= j.opts.SegmentBytes && t.next > t.first
}

// rotate starts a new segment whose first frame will be first. The previous
// tail was made durable by the Write that filled it, so the new segment
// can never hold good frames after a torn one.
func (j *Journal) rotate(first uint64) error {
	f, err := os.OpenFile(j.path(first), os.O_WRONLY|os.O_CREATE|os.O_EXCL|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	n, err := f.Write(fileHeader())
	j.stats.bytes.Add(uint64(n))
	if err != nil {
		f.Close()
		return err
	}
	if j.tail != nil {
		if err := j.tail.Close(); err != nil {
			f.Close()
			return err
		}
	}
	j.tail = f
	j.segs = append(j.segs, segment{first: first, next: first, size: headerSize})
	j.dirDirty = true
	return nil
}

// timedSync runs one sync call and counts it in Stats.
func (j *Journal) timedSync(sync func() error) error {
	start := time.Now()
	err := sync()
	j.stats.syncNanos.Add(int64(time.Since(start)))
	j.stats.syncs.Add(1)
	return err
}

// syncDir fsyncs a directory, which makes the files created or removed in it
// durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	err = d.Sync()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	return err
}

// publish refreshes the lock-free copies of FirstSeq and LastSeq. Callers
// hold mu.
func (j *Journal) publish() {
	var first uint64
	if len(j.segs) > 0 && j.segs[0].next > j.segs[0].first {
		first = j.segs[0].first
	}
	j.firstSeq.Store(first)
	if j.next > 0 {
		j.lastSeq.Store(j.next - 1)
	}
}

// LastSeq returns the seq of the last frame written, or 0 if none ever was.
// The next batch must start at LastSeq()+1.
func (j *Journal) LastSeq() uint64 { return j.lastSeq.Load() }

// FirstSeq returns the seq of the oldest frame the journal still holds, or 0
// when it holds none.
func (j *Journal) FirstSeq() uint64 { return j.firstSeq.Load() }

// Stats returns the journal's counters.
func (j *Journal) Stats() Stats {
	return Stats{
		Frames:    j.stats.frames.Load(),
		Batches:   j.stats.batches.Load(),
		Bytes:     j.stats.bytes.Load(),
		Syncs:     j.stats.syncs.Load(),
		SyncTime:  time.Duration(j.stats.syncNanos.Load()),
		TornBytes: j.stats.tornBytes,
	}
}

// Replay calls fn for every frame with seq >= from, in order; from 0 means
// from the oldest frame kept. The payload is only valid during the call. An
// error from fn stops the replay and is returned as is. Asking for frames that
// TruncateBefore has deleted is ErrCompacted, so that a caller restoring a
// snapshot cannot silently skip commands. Frames written while Replay runs
// are not seen.
func (j *Journal) Replay(from uint64, fn func(seq uint64, payload []byte) error) error {
	j.mu.Lock()
	if j.closed {
		j.mu.Unlock()
		return ErrClosed
	}
	segs := slices.Clone(j.segs)
	j.mu.Unlock()

	if len(segs) == 0 {
		return nil
	}
	if from == 0 {
		from = segs[0].first
	}
	if from < segs[0].first {
		return fmt.Errorf("%w: replay from %d, oldest frame is %d", ErrCompacted, from, segs[0].first)
	}
	r := frameReader{br: newReader(nil), max: uint32(j.opts.MaxPayload)}
	for _, s := range segs {
		if s.next <= from {
			continue
		}
		if err := j.replaySegment(&r, s, from, fn); err != nil {
			return err
		}
	}
	return nil
}

// replaySegment replays the frames of s with seq >= from, reading no further
// than the segment's size when Replay started.
func (j *Journal) replaySegment(r *frameReader, s segment, from uint64, fn func(uint64, []byte) error) error {
	path := j.path(s.first)
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%w: %s was removed during replay", ErrCompacted, path)
	} else if err != nil {
		return err
	}
	defer f.Close()

	r.reset(io.LimitReader(f, s.size))
	h, err := r.br.Peek(headerSize)
	if err != nil && err != io.EOF {
		return err
	}
	if err := checkHeader(h); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	r.pending = headerSize
	for want := s.first; want < s.next; want++ {
		seq, payload, err := r.next(want >= from)
		if err == io.EOF || err == errBadFrame || err == nil && seq != want {
			return fmt.Errorf("%w: %s: frame %d at offset %d", ErrCorrupt, path, want, r.off)
		}
		if err != nil {
			return err
		}
		if seq < from {
			continue
		}
		if err := fn(seq, payload); err != nil {
			return err
		}
	}
	return nil
}

// TruncateBefore deletes the segments whose frames all have seq < seq, oldest
// first; the sequencer calls it once a snapshot covers them. It never deletes
// the segment holding seq, nor the last segment.
func (j *Journal) TruncateBefore(seq uint64) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.closed {
		return ErrClosed
	}
	n := 0
	for n < len(j.segs)-1 && j.segs[n+1].first <= seq {
		n++
	}
	if n == 0 {
		return nil
	}
	for i := range n {
		if err := os.Remove(j.path(j.segs[i].first)); err != nil && !errors.Is(err, fs.ErrNotExist) {
			// Keep the segments that are left a contiguous run.
			j.segs = slices.Delete(j.segs, 0, i)
			j.publish()
			return err
		}
	}
	j.segs = slices.Delete(j.segs, 0, n)
	j.publish()
	if j.opts.NoSync {
		return nil
	}
	return j.timedSync(func() error { return syncDir(j.dir) })
}

// Close closes the journal. Every batch that Write returned nil for is
// already durable, so Close does not sync. Calling Close again is a no-op.
func (j *Journal) Close() error {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.closed {
		return nil
	}
	j.closed = true
	if j.tail == nil {
		return nil
	}
	err := j.tail.Close()
	j.tail = nil
	return err
}

// path returns the file path of the segment that starts at first.
func (j *Journal) path(first uint64) string { return filepath.Join(j.dir, segmentName(first)) }
