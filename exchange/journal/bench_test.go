package journal

import (
	"fmt"
	"testing"
)

// benchPayload is the size of an encoded order command.
const benchPayload = 64

// BenchmarkWriteSync measures group commit: one Write, and so one fdatasync,
// per batch. The journal lives in b.TempDir(), so point TMPDIR at the disk
// you care about; fsync on tmpfs measures nothing.
func BenchmarkWriteSync(b *testing.B) {
	for _, size := range []int{1, 64, 1024, 8192} {
		b.Run(fmt.Sprintf("batch=%d", size), func(b *testing.B) {
			j, err := Open(b.TempDir(), Options{})
			if err != nil {
				b.Fatal(err)
			}
			defer j.Close()
			payload := make([]byte, benchPayload)
			var batch Batch
			seq := uint64(1)
			batches := 0
			b.SetBytes(int64(size * benchPayload))
			for b.Loop() {
				batch.Reset()
				for range size {
					batch.Add(seq, payload)
					seq++
				}
				if err := j.Write(&batch); err != nil {
					b.Fatal(err)
				}
				batches++
			}
			st := j.Stats()
			b.ReportMetric(float64(batches*size)/b.Elapsed().Seconds(), "frames/s")
			b.ReportMetric(float64(st.MeanSync().Nanoseconds())/1e3, "µs/fsync")
		})
	}
}

// BenchmarkReplay measures reading: Replay of 128Ki frames of 64 bytes.
func BenchmarkReplay(b *testing.B) {
	const frames = 128 << 10
	j, err := Open(b.TempDir(), Options{NoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	defer j.Close()
	payload := make([]byte, benchPayload)
	var batch Batch
	for seq := uint64(1); seq <= frames; seq++ {
		batch.Add(seq, payload)
	}
	if err := j.Write(&batch); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(batch.Size()))
	replays := 0
	for b.Loop() {
		replays++
		n := 0
		err := j.Replay(0, func(uint64, []byte) error { n++; return nil })
		if err != nil || n != frames {
			b.Fatalf("replayed %d frames: %v", n, err)
		}
	}
	b.ReportMetric(float64(frames*replays)/b.Elapsed().Seconds(), "frames/s")
}
