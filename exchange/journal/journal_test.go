package journal

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// payloadFor returns the payload the tests write for seq: deterministic, so
// a replay can be checked without keeping what was written, and of varied
// length (empty included) so frame boundaries move around.
func payloadFor(seq uint64) []byte {
	r := rand.New(rand.NewPCG(seq, 7))
	p := make([]byte, r.IntN(100))
	for i := range p {
		p[i] = byte(r.Uint32())
	}
	return p
}

func openJournal(t *testing.T, dir string, opts Options) *Journal {
	t.Helper()
	j, err := Open(dir, opts)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { j.Close() })
	return j
}

// writeSeqs writes seqs first..last in batches of up to size frames.
func writeSeqs(t *testing.T, j *Journal, first, last uint64, size int) {
	t.Helper()
	var b Batch
	for seq := first; seq <= last; {
		b.Reset()
		for ; seq <= last && b.Len() < size; seq++ {
			b.Add(seq, payloadFor(seq))
		}
		if err := j.Write(&b); err != nil {
			t.Fatalf("Write ending at %d: %v", seq-1, err)
		}
	}
}

// checkReplay asserts that Replay(from) yields exactly seqs want..last with
// their payloads.
func checkReplay(t *testing.T, j *Journal, from, want, last uint64) {
	t.Helper()
	next := want
	err := j.Replay(from, func(seq uint64, payload []byte) error {
		if seq != next {
			return fmt.Errorf("got seq %d, want %d", seq, next)
		}
		if !bytes.Equal(payload, payloadFor(seq)) {
			return fmt.Errorf("seq %d: payload %x, want %x", seq, payload, payloadFor(seq))
		}
		next++
		return nil
	})
	if err != nil {
		t.Fatalf("Replay(%d): %v", from, err)
	}
	if next != last+1 {
		t.Fatalf("Replay(%d) ended after seq %d, want %d", from, next-1, last)
	}
}

// segmentFiles returns the segment file names in dir, in order.
func segmentFiles(t *testing.T, dir string) []string {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(dir, "*"+segmentExt))
	if err != nil {
		t.Fatal(err)
	}
	for i := range names {
		names[i] = filepath.Base(names[i])
	}
	slices.Sort(names)
	return names
}

// readDir returns the contents of every file in dir, to show that a failed
// Open left the disk alone.
func readDir(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	for _, name := range segmentFiles(t, dir) {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		files[name] = b
	}
	return files
}

func writeDir(t *testing.T, dir string, files map[string][]byte) {
	t.Helper()
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// frameEnds returns the offset just past each frame of a good segment file.
func frameEnds(t *testing.T, data []byte) []int64 {
	t.Helper()
	var ends []int64
	for off := int64(headerSize); off < int64(len(data)); {
		off += frameHeaderSize + int64(le.Uint32(data[off:]))
		ends = append(ends, off)
	}
	if n := len(ends); n == 0 || ends[n-1] != int64(len(data)) {
		t.Fatalf("segment of %d bytes does not end on a frame: %v", len(data), ends)
	}
	return ends
}

func TestWriteReopenReplay(t *testing.T) {
	dir := t.TempDir()
	j := openJournal(t, dir, Options{})
	if j.LastSeq() != 0 || j.FirstSeq() != 0 {
		t.Fatalf("empty journal: FirstSeq %d LastSeq %d, want 0 0", j.FirstSeq(), j.LastSeq())
	}
	writeSeqs(t, j, 1, 100, 7)
	if st := j.Stats(); st.Frames != 100 || st.Batches != 15 || st.Syncs < 15 {
		t.Fatalf("stats %+v: want 100 frames, 15 batches, at least 15 syncs", st)
	}
	checkReplay(t, j, 0, 1, 100)
	if err := j.Close(); err != nil {
		t.Fatal(err)
	}

	j = openJournal(t, dir, Options{})
	if j.FirstSeq() != 1 || j.LastSeq() != 100 {
		t.Fatalf("reopened: FirstSeq %d LastSeq %d, want 1 100", j.FirstSeq(), j.LastSeq())
	}
	if st := j.Stats(); st.TornBytes != 0 {
		t.Fatalf("clean reopen reported %d torn bytes", st.TornBytes)
	}
	checkReplay(t, j, 0, 1, 100)
	checkReplay(t, j, 42, 42, 100)
	checkReplay(t, j, 101, 101, 100) // nothing to replay
	writeSeqs(t, j, 101, 150, 64)
	checkReplay(t, j, 1, 1, 150)
}

func TestReplayLargePayload(t *testing.T) {
	// A frame bigger than the read buffer takes Replay's copying path.
	opts := Options{MaxPayload: 3 * readBufSize, NoSync: true}
	j := openJournal(t, t.TempDir(), opts)
	big := bytes.Repeat([]byte("hourglass"), 2*readBufSize/9)
	var b Batch
	b.Add(1, []byte("small"))
	b.Add(2, big)
	b.Add(3, []byte("small again"))
	if err := j.Write(&b); err != nil {
		t.Fatal(err)
	}
	var got [][]byte
	err := j.Replay(0, func(seq uint64, p []byte) error {
		got = append(got, slices.Clone(p))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 || string(got[0]) != "small" || !bytes.Equal(got[1], big) || string(got[2]) != "small again" {
		t.Fatalf("replayed %d frames, not the three written", len(got))
	}
}

func TestReplayStopsOnCallbackError(t *testing.T) {
	j := openJournal(t, t.TempDir(), Options{NoSync: true})
	writeSeqs(t, j, 1, 10, 3)
	stop := errors.New("stop")
	var seen []uint64
	err := j.Replay(0, func(seq uint64, _ []byte) error {
		seen = append(seen, seq)
		if seq == 5 {
			return stop
		}
		return nil
	})
	if err != stop || !slices.Equal(seen, []uint64{1, 2, 3, 4, 5}) {
		t.Fatalf("Replay returned %v after %v, want stop after 1..5", err, seen)
	}
}

func TestRotation(t *testing.T) {
	dir := t.TempDir()
	opts := Options{SegmentBytes: 300, NoSync: true}
	j := openJournal(t, dir, opts)
	writeSeqs(t, j, 1, 200, 3)
	j.Close()

	names := segmentFiles(t, dir)
	if len(names) < 10 {
		t.Fatalf("only %d segments with SegmentBytes 300: %v", len(names), names)
	}
	// Every segment is named by its first frame, and scanSegment checks
	// exactly that. Only the last may be under SegmentBytes.
	for i, name := range names {
		var first uint64
		if _, err := fmt.Sscanf(name, "%020d.wal", &first); err != nil {
			t.Fatal(err)
		}
		r := frameReader{br: newReader(nil), max: DefaultMaxPayload}
		s, _, err := scanSegment(&r, filepath.Join(dir, name), first, false)
		if err != nil {
			t.Fatalf("segment %s: %v", name, err)
		}
		if i < len(names)-1 && s.size < opts.SegmentBytes {
			t.Errorf("segment %s rotated at %d bytes, before SegmentBytes", name, s.size)
		}
	}

	j = openJournal(t, dir, opts)
	if j.FirstSeq() != 1 || j.LastSeq() != 200 {
		t.Fatalf("FirstSeq %d LastSeq %d, want 1 200", j.FirstSeq(), j.LastSeq())
	}
	checkReplay(t, j, 0, 1, 200)
	checkReplay(t, j, 123, 123, 200)
}

func TestTruncateBefore(t *testing.T) {
	dir := t.TempDir()
	opts := Options{SegmentBytes: 300, NoSync: true}
	j := openJournal(t, dir, opts)
	writeSeqs(t, j, 1, 200, 3)

	// Truncate at a seq inside some segment, not at its first frame.
	keep := j.segs[len(j.segs)/2]
	seq := keep.first + 1
	if seq >= keep.next {
		t.Fatalf("segment %+v too small for this test", keep)
	}
	if err := j.TruncateBefore(seq); err != nil {
		t.Fatal(err)
	}
	if j.FirstSeq() != keep.first || j.LastSeq() != 200 {
		t.Fatalf("FirstSeq %d LastSeq %d, want %d 200", j.FirstSeq(), j.LastSeq(), keep.first)
	}
	if names := segmentFiles(t, dir); names[0] != segmentName(keep.first) {
		t.Fatalf("oldest segment left is %s, want %s", names[0], segmentName(keep.first))
	}
	checkReplay(t, j, seq, seq, 200)
	checkReplay(t, j, 0, keep.first, 200)
	if err := j.Replay(keep.first-1, func(uint64, []byte) error { return nil }); !errors.Is(err, ErrCompacted) {
		t.Fatalf("Replay before FirstSeq: %v, want ErrCompacted", err)
	}

	// Past the end, everything but the last segment goes.
	if err := j.TruncateBefore(1000); err != nil {
		t.Fatal(err)
	}
	if names := segmentFiles(t, dir); len(names) != 1 {
		t.Fatalf("segments left %v, want only the last", names)
	}
	last := j.FirstSeq()
	checkReplay(t, j, 0, last, 200)
	j.Close()

	j = openJournal(t, dir, opts)
	if j.FirstSeq() != last || j.LastSeq() != 200 {
		t.Fatalf("reopened: FirstSeq %d LastSeq %d, want %d 200", j.FirstSeq(), j.LastSeq(), last)
	}
	writeSeqs(t, j, 201, 210, 4)
	checkReplay(t, j, 0, last, 210)
}

// TestTornTail cuts the last segment at every offset, as a crash in the middle
// of a write can, and checks that Open keeps exactly the complete frames and
// that the journal carries on from there.
func TestTornTail(t *testing.T) {
	for _, tc := range []struct {
		name string
		opts Options
		last uint64 // seqs 1..last are written in batches of 4
		keep int    // cut only within the last keep frames; 0 means the whole segment
	}{
		{"one segment", Options{NoSync: true}, 40, 8},
		{"one segment, header too", Options{NoSync: true}, 3, 0},
		{"rotated", Options{SegmentBytes: 400, NoSync: true}, 60, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			base := t.TempDir()
			j := openJournal(t, base, tc.opts)
			writeSeqs(t, j, 1, tc.last, 4)
			j.Close()
			files := readDir(t, base)
			names := segmentFiles(t, base)
			tailName := names[len(names)-1]
			tail := files[tailName]
			var tailFirst uint64
			fmt.Sscanf(tailName, "%020d.wal", &tailFirst)
			ends := frameEnds(t, tail)

			from := int64(0)
			if tc.keep > 0 {
				from = ends[len(ends)-tc.keep-1]
			}
			dir := t.TempDir()
			writeDir(t, dir, files)
			for cut := from; cut < int64(len(tail)); cut++ {
				// Only the tail changes, and only new segments appear.
				for _, name := range segmentFiles(t, dir) {
					if _, ok := files[name]; !ok {
						os.Remove(filepath.Join(dir, name))
					}
				}
				if err := os.WriteFile(filepath.Join(dir, tailName), tail[:cut], 0o644); err != nil {
					t.Fatal(err)
				}

				// The complete frames are those that end at or before cut.
				good := int64(headerSize)
				wantLast := tailFirst - 1
				for _, end := range ends {
					if end <= cut {
						good, wantLast = end, wantLast+1
					}
				}
				wantTorn := cut - good
				if cut < headerSize {
					wantTorn = cut
				}

				j, err := Open(dir, tc.opts)
				if err != nil {
					t.Fatalf("cut at %d: Open: %v", cut, err)
				}
				if j.LastSeq() != wantLast {
					t.Fatalf("cut at %d: LastSeq %d, want %d", cut, j.LastSeq(), wantLast)
				}
				if got := j.Stats().TornBytes; got != wantTorn {
					t.Fatalf("cut at %d: TornBytes %d, want %d", cut, got, wantTorn)
				}
				if fi, err := os.Stat(filepath.Join(dir, tailName)); err != nil || fi.Size() != good {
					t.Fatalf("cut at %d: tail segment not truncated to %d: %v %v", cut, good, fi.Size(), err)
				}
				checkReplay(t, j, 0, 1, wantLast)
				writeSeqs(t, j, wantLast+1, wantLast+2, 4)
				j.Close()

				j, err = Open(dir, tc.opts)
				if err != nil {
					t.Fatalf("cut at %d: reopen after write: %v", cut, err)
				}
				if j.LastSeq() != wantLast+2 || j.Stats().TornBytes != 0 {
					t.Fatalf("cut at %d: reopened with LastSeq %d, TornBytes %d", cut, j.LastSeq(), j.Stats().TornBytes)
				}
				checkReplay(t, j, 0, 1, wantLast+2)
				j.Close()
			}
		})
	}
}

// TestDamage flips one byte in a frame. At the tail that is a torn write and
// is cut; anywhere else it is ErrCorrupt and the files are left alone.
func TestDamage(t *testing.T) {
	const frames = 10
	payload := bytes.Repeat([]byte{0xAB}, 64) // an encoded order command's size
	frameSize := frameHeaderSize + len(payload)
	at := func(frame, field int) int { return headerSize + frame*frameSize + field }
	for _, tc := range []struct {
		name    string
		offset  int
		corrupt bool
	}{
		{"last frame payload", at(frames-1, 40), false},
		{"last frame length", at(frames-1, 0), false},
		{"last frame absurd length", at(frames-1, 3), false},
		{"last frame crc", at(frames-1, 4), false},
		{"last frame seq", at(frames-1, 8), false},
		{"middle frame payload", at(5, 40), true},
		{"middle frame length", at(5, 0), true},
		{"middle frame absurd length", at(5, 3), true},
		{"middle frame crc", at(5, 4), true},
		{"middle frame seq", at(5, 8), true},
		{"first frame payload", at(0, 16), true},
		{"segment magic", 1, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			j := openJournal(t, dir, Options{NoSync: true})
			var b Batch
			for seq := uint64(1); seq <= frames; seq++ {
				b.Reset()
				b.Add(seq, payload)
				if err := j.Write(&b); err != nil {
					t.Fatal(err)
				}
			}
			j.Close()
			path := filepath.Join(dir, segmentName(1))
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			data[tc.offset] ^= 0x40
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}

			j, err = Open(dir, Options{}) // syncs the cut of a torn tail
			if tc.corrupt {
				if !errors.Is(err, ErrCorrupt) {
					t.Fatalf("Open: %v, want ErrCorrupt", err)
				}
				if after, _ := os.ReadFile(path); !bytes.Equal(after, data) {
					t.Fatal("Open changed a corrupt journal on disk")
				}
				return
			}
			if err != nil {
				t.Fatalf("Open: %v", err)
			}
			defer j.Close()
			if j.LastSeq() != frames-1 || j.Stats().TornBytes != int64(frameSize) {
				t.Fatalf("LastSeq %d TornBytes %d, want %d %d", j.LastSeq(), j.Stats().TornBytes, frames-1, frameSize)
			}
			if fi, _ := os.Stat(path); fi.Size() != int64(at(frames-1, 0)) {
				t.Fatalf("segment is %d bytes, want %d", fi.Size(), at(frames-1, 0))
			}
		})
	}
}

func TestDamageOutsideTail(t *testing.T) {
	opts := Options{SegmentBytes: 300, NoSync: true}
	setup := func(t *testing.T) (string, []string) {
		dir := t.TempDir()
		j := openJournal(t, dir, opts)
		writeSeqs(t, j, 1, 100, 3)
		j.Close()
		return dir, segmentFiles(t, dir)
	}
	expectCorrupt := func(t *testing.T, dir string) {
		t.Helper()
		before := readDir(t, dir)
		if _, err := Open(dir, opts); !errors.Is(err, ErrCorrupt) {
			t.Fatalf("Open: %v, want ErrCorrupt", err)
		}
		if after := readDir(t, dir); len(after) != len(before) {
			t.Fatal("Open changed a corrupt journal on disk")
		} else {
			for name := range before {
				if !bytes.Equal(before[name], after[name]) {
					t.Fatalf("Open changed %s", name)
				}
			}
		}
	}

	t.Run("torn end of a segment that is not the last", func(t *testing.T) {
		dir, names := setup(t)
		path := filepath.Join(dir, names[1])
		fi, _ := os.Stat(path)
		if err := os.Truncate(path, fi.Size()-3); err != nil {
			t.Fatal(err)
		}
		expectCorrupt(t, dir)
	})
	t.Run("missing segment", func(t *testing.T) {
		dir, names := setup(t)
		if err := os.Remove(filepath.Join(dir, names[2])); err != nil {
			t.Fatal(err)
		}
		expectCorrupt(t, dir)
	})
	t.Run("valid frame with the wrong seq at the tail", func(t *testing.T) {
		// A torn write cannot produce a frame whose CRC holds, so a repeated
		// frame is damage, not a tail to cut.
		dir, names := setup(t)
		path := filepath.Join(dir, names[len(names)-1])
		data, _ := os.ReadFile(path)
		ends := frameEnds(t, data)
		start := int64(headerSize)
		if len(ends) > 1 {
			start = ends[len(ends)-2]
		}
		last := data[start:]
		if err := os.WriteFile(path, append(data, last...), 0o644); err != nil {
			t.Fatal(err)
		}
		expectCorrupt(t, dir)
	})
}

func TestWriteRejectsBadBatches(t *testing.T) {
	dir := t.TempDir()
	opts := Options{MaxPayload: 100, NoSync: true}
	j := openJournal(t, dir, opts)

	var b Batch
	b.Add(0, nil)
	if err := j.Write(&b); !errors.Is(err, ErrSequence) {
		t.Fatalf("seq 0: %v, want ErrSequence", err)
	}
	// A fresh journal may start anywhere; its first segment is named so.
	writeSeqs(t, j, 100, 103, 2)
	if j.FirstSeq() != 100 || segmentFiles(t, dir)[0] != segmentName(100) {
		t.Fatalf("FirstSeq %d, files %v", j.FirstSeq(), segmentFiles(t, dir))
	}

	for _, tc := range []struct {
		name string
		seqs []uint64
		size int
		want error
	}{
		{"gap", []uint64{105, 106}, 1, ErrSequence},
		{"repeat", []uint64{103, 104}, 1, ErrSequence},
		{"backwards", []uint64{1}, 1, ErrSequence},
		{"gap inside batch", []uint64{104, 106}, 1, ErrSequence},
		{"repeat inside batch", []uint64{104, 104}, 1, ErrSequence},
		{"payload over MaxPayload", []uint64{104}, 101, ErrTooLarge},
	} {
		b.Reset()
		for _, seq := range tc.seqs {
			b.Add(seq, make([]byte, tc.size))
		}
		if err := j.Write(&b); !errors.Is(err, tc.want) {
			t.Errorf("%s: Write: %v, want %v", tc.name, err, tc.want)
		}
		if j.LastSeq() != 103 {
			t.Fatalf("%s: LastSeq moved to %d", tc.name, j.LastSeq())
		}
	}

	// Rejected batches wrote nothing, and the journal carries on.
	writeSeqs(t, j, 104, 110, 3)
	j.Close()
	j = openJournal(t, dir, opts)
	checkReplay(t, j, 0, 100, 110)
}

func TestWriteErrorIsSticky(t *testing.T) {
	dir := t.TempDir()
	j := openJournal(t, dir, Options{NoSync: true})
	writeSeqs(t, j, 1, 5, 5)
	j.tail.Close() // make the next write fail

	var b Batch
	b.Add(6, []byte("lost"))
	if err := j.Write(&b); !errors.Is(err, ErrBroken) {
		t.Fatalf("Write on a failed file: %v, want ErrBroken", err)
	}
	if err := j.Write(&b); !errors.Is(err, ErrBroken) {
		t.Fatalf("Write after a failed Write: %v, want ErrBroken", err)
	}
	if j.LastSeq() != 5 {
		t.Fatalf("LastSeq %d after failed writes, want 5", j.LastSeq())
	}

	j = openJournal(t, dir, Options{NoSync: true})
	if j.LastSeq() != 5 {
		t.Fatalf("reopened LastSeq %d, want 5", j.LastSeq())
	}
	writeSeqs(t, j, 6, 8, 5)
	checkReplay(t, j, 0, 1, 8)
}

func TestClosed(t *testing.T) {
	j := openJournal(t, t.TempDir(), Options{NoSync: true})
	writeSeqs(t, j, 1, 3, 3)
	if err := j.Close(); err != nil {
		t.Fatal(err)
	}
	if err := j.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	var b Batch
	b.Add(4, nil)
	if err := j.Write(&b); !errors.Is(err, ErrClosed) {
		t.Fatalf("Write after Close: %v, want ErrClosed", err)
	}
	if err := j.Replay(0, func(uint64, []byte) error { return nil }); !errors.Is(err, ErrClosed) {
		t.Fatalf("Replay after Close: %v, want ErrClosed", err)
	}
}

func TestBatchReuseDoesNotAllocate(t *testing.T) {
	payload := make([]byte, 64)
	var b Batch
	fill := func() {
		b.Reset()
		for seq := uint64(1); seq <= 1024; seq++ {
			b.Add(seq, payload)
		}
	}
	fill() // grow once
	if n := testing.AllocsPerRun(10, fill); n != 0 {
		t.Fatalf("refilling a grown batch allocates %v times", n)
	}
	if b.Len() != 1024 || b.Size() != 1024*(frameHeaderSize+64) {
		t.Fatalf("Len %d Size %d", b.Len(), b.Size())
	}
}
