package sequencer

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/exchange"
)

const benchCommands = 500_000

// BenchmarkSequencer measures the whole durable path: stamping, journaling
// with group commit and fdatasync on the real disk, matching, and the ack
// callback. The journal lives in the system temp dir (set TMPDIR to measure
// another disk). It reports commands/s, the mean group-commit batch and the
// mean fdatasync latency. Producers submit single commands (as one
// connection per order would) or slices of 64 (as a gateway that drains its
// sockets would).
func BenchmarkSequencer(b *testing.B) {
	cmds := make([]exchange.Command, benchCommands)
	for i := range cmds {
		cmds[i] = genCommand(uint64(i) + 1)
	}
	for _, per := range []int{1, 64} {
		b.Run(map[int]string{1: "submit=1", 64: "submit=64"}[per], func(b *testing.B) {
			var total time.Duration
			var st Stats
			for it := 0; it < b.N; it++ {
				s, err := Open(Options{Dir: b.TempDir(), KeepCommandTime: true, SnapshotEvery: -1})
				if err != nil {
					b.Fatal(err)
				}
				work := make([]exchange.Command, len(cmds))
				copy(work, cmds)
				const producers = 8
				var wg sync.WaitGroup
				wg.Add(len(work))
				done := func(*exchange.Command, []exchange.Event) { wg.Done() }
				start := time.Now()
				// The setup commands go first, in order.
				if err := s.SubmitBatch(work[:genSetup], done); err != nil {
					b.Fatal(err)
				}
				var pw sync.WaitGroup
				rest := work[genSetup:]
				for p := 0; p < producers; p++ {
					pw.Add(1)
					go func(p int) {
						defer pw.Done()
						chunk := len(rest) / producers
						mine := rest[p*chunk:]
						if p < producers-1 {
							mine = mine[:chunk]
						}
						for i := 0; i < len(mine); i += per {
							end := min(i+per, len(mine))
							var err error
							if per == 1 {
								err = s.Submit(mine[i], done)
							} else {
								err = s.SubmitBatch(mine[i:end], done)
							}
							if err != nil {
								b.Error(err)
								return
							}
						}
					}(p)
				}
				pw.Wait()
				wg.Wait()
				total += time.Since(start)
				st = s.Stats()
				s.Close()
			}
			secs := total.Seconds() / float64(b.N)
			b.ReportMetric(float64(benchCommands)/secs, "cmds/s")
			b.ReportMetric(st.MeanBatch(), "cmds/batch")
			b.ReportMetric(float64(st.Journal.MeanSync().Microseconds()), "fsync_us")
			b.ReportMetric(0, "ns/op")
		})
	}
}

// BenchmarkRestart measures Open, the time a restart takes before the
// engine takes commands, against the length of the journal: with no
// snapshot (the whole journal is replayed) and with snapshots on the
// default schedule (every DefaultSnapshotEvery commands: the newest one is
// loaded and the journal after it replayed). The journals hold the
// genCommand workload (limit, IOC, GTD and post-only orders, cancels,
// amends and mass cancels), written without fdatasync, under an engine
// that keeps no settlement ledger (nothing settles here, so pending fills
// would pile up in the snapshots as they do not in a settling exchange).
// Segments are 4 MiB, about 63,000 of these commands: what the default
// 64 MiB holds of the gateway's orders, whose signed meta makes each about
// 1 KB; Open checks every frame of the segments kept, and a snapshot lets
// the journal before the older of the two kept snapshots go. It reports the
// open time, the commands replayed and the journal and snapshot sizes on
// disk.
func BenchmarkRestart(b *testing.B) {
	for _, n := range []uint64{10_000, 100_000, 1_000_000} {
		for _, snaps := range []bool{false, true} {
			dir := b.TempDir()
			opts := Options{Dir: dir, NoSync: true, KeepCommandTime: true, SnapshotEvery: -1, SegmentBytes: 4 << 20,
				Engine: exchange.Config{NoSettlement: true}}
			if snaps {
				opts.SnapshotEvery = 0 // the default schedule
			}
			var built sync.Once
			name := fmt.Sprintf("commands=%d/snapshots=%v", n, map[bool]string{false: "none", true: "scheduled"}[snaps])
			b.Run(name, func(b *testing.B) {
				built.Do(func() { buildJournal(b, opts, n) })
				var st Stats
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					s, err := Open(opts)
					if err != nil {
						b.Fatal(err)
					}
					b.StopTimer()
					st = s.Stats()
					s.Close()
					b.StartTimer()
				}
				b.StopTimer()
				b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "open_ms")
				b.ReportMetric(float64(st.Replayed), "replayed")
				b.ReportMetric(float64(dirBytes(b, filepath.Join(dir, "journal")))/(1<<20), "journal_MiB")
				b.ReportMetric(float64(dirBytes(b, filepath.Join(dir, "snapshots")))/(1<<10), "snapshots_KiB")
				b.ReportMetric(0, "ns/op")
			})
		}
	}
}

// buildJournal writes commands 1..n of the genCommand workload to dir.
func buildJournal(b *testing.B, opts Options, n uint64) {
	s, err := Open(opts)
	if err != nil {
		b.Fatal(err)
	}
	const chunk = 4096
	var wg sync.WaitGroup
	for i := uint64(1); i <= n; i += chunk {
		cmds := make([]exchange.Command, min(chunk, n-i+1))
		for k := range cmds {
			cmds[k] = genCommand(i + uint64(k))
		}
		wg.Add(len(cmds))
		if err := s.SubmitBatch(cmds, func(*exchange.Command, []exchange.Event) { wg.Done() }); err != nil {
			b.Fatal(err)
		}
	}
	wg.Wait()
	if err := s.Close(); err != nil {
		b.Fatal(err)
	}
}

// dirBytes is the size of the files in dir.
func dirBytes(b *testing.B, dir string) int64 {
	ents, err := os.ReadDir(dir)
	if err != nil {
		b.Fatal(err)
	}
	var total int64
	for _, e := range ents {
		if fi, err := e.Info(); err == nil {
			total += fi.Size()
		}
	}
	return total
}
