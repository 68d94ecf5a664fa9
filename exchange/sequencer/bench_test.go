package sequencer

import (
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
