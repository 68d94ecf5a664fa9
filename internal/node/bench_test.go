package node_test

import (
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/settlement"
	"github.com/hourglass-exchange/hourglass/internal/node"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// batchLog records the settlement pipeline's batch events with the time
// each arrived.
type batchLog struct {
	mu  sync.Mutex
	evs []timedBatch
}

type timedBatch struct {
	at time.Time
	settlement.BatchEvent
}

func (l *batchLog) observe(ev settlement.BatchEvent) {
	l.mu.Lock()
	l.evs = append(l.evs, timedBatch{time.Now(), ev})
	l.mu.Unlock()
}

// settleFigures are what a settlement run measured.
type settleFigures struct {
	batches, fills, skipped int     // resolved batches, fills settled, skipped
	steadyFills             int     // fills settled after the first resolved batch
	steady                  float64 // seconds from the first resolved batch to the last
	gas, mined              uint64  // gas of the settle receipts; fills in the mined batches
}

func (l *batchLog) figures() settleFigures {
	l.mu.Lock()
	defer l.mu.Unlock()
	var (
		f           settleFigures
		first, last time.Time
	)
	for _, ev := range l.evs {
		switch ev.Kind {
		case "mined":
			f.gas += ev.GasUsed
			f.mined += uint64(ev.Fills)
		case "resolved":
			if f.batches == 0 {
				first = ev.at
			} else {
				f.steadyFills += ev.Settled
			}
			last = ev.at
			f.batches++
			f.fills += ev.Settled
			f.skipped += ev.Skipped
		}
	}
	f.steady = last.Sub(first).Seconds()
	return f
}

// waitSettled waits until the bots have stopped and every fill is final.
func waitSettled(tb testing.TB, in node.Info, total time.Duration) {
	tb.Helper()
	testsvc.CheckFor(tb, total, 100*time.Millisecond, func() error {
		var err error
		in.Seq.Query(func(e exchange.View) {
			if n := e.PendingCount(); n > 0 || e.NextBatch() < 2 {
				err = fmt.Errorf("%d fills pending, %d batches", n, e.NextBatch()-1)
			}
		})
		if err != nil {
			return err
		}
		s1 := in.Seq.Stats().LastSeq
		time.Sleep(500 * time.Millisecond)
		if s2 := in.Seq.Stats().LastSeq; s2 != s1 {
			return fmt.Errorf("still trading")
		}
		return nil
	})
}

// BenchmarkSettlementEmbedded measures sustained settlement against the
// embedded chain: the demo's bots trade 20,000 commands through the
// gateway as fast as it answers them, so that fills wait for the chain, and the pipeline
// settles them in batches of up to 100. It reports the fills settled per
// second over the steady part (from the first resolved batch to the last)
// and the gas per fill as sent (the settle receipts' gas over the fills
// settled). The fills the contract skipped are counted apart: the backlog
// outlives the bots' GTD orders (30s), whose fills the chain then refuses
// as expired.
func BenchmarkSettlementEmbedded(b *testing.B) {
	var total settleFigures
	for range b.N {
		var log batchLog
		d := startDemo(b, node.Config{BatchFills: 100, BatchDelay: 200 * time.Millisecond, Settled: log.observe},
			demoOptions{BotRate: 20_000, BotCommands: 20_000})
		d.waitBots(b, 5*time.Minute)
		waitSettled(b, d.Info, 5*time.Minute)
		f := log.figures()
		if f.fills == 0 || f.batches < 3 {
			b.Fatalf("%d fills settled in %d batches", f.fills, f.batches)
		}
		total.batches += f.batches
		total.fills += f.fills
		total.skipped += f.skipped
		total.steadyFills += f.steadyFills
		total.steady += f.steady
		total.gas += f.gas
		total.mined += f.mined
	}
	fps := float64(total.steadyFills) / total.steady
	gpf := float64(total.gas) / float64(total.fills)
	b.ReportMetric(fps, "fills/s")
	b.ReportMetric(gpf, "gas/fill")
	b.ReportMetric(float64(total.fills)/float64(total.batches), "fills/batch")
	b.ReportMetric(float64(total.skipped), "skipped")
	fmt.Printf("settlement (embedded chain): %d fills settled in %d batches (%.1f a batch), %d skipped; %.0f fills/s settled over the steady %.1fs; %.0f gas per fill as sent\n",
		total.fills, total.batches, float64(total.fills)/float64(total.batches), total.skipped, fps, total.steady, gpf)
}

// BenchmarkFillToSettledGeth measures, with one confirmation on geth --dev,
// each fill's time from the engine emitting it (its EvFill applied) to its
// EvSettled applied, while the demo's bots trade at a moderate rate and
// the pipeline closes batches at its defaults (100 fills or 1s). It
// reports p50 and p99 over the first 500 fills settled. Without geth it is
// skipped, or fails under CI=true.
func BenchmarkFillToSettledGeth(b *testing.B) {
	_, wsURL, key := testsvc.Geth(b)
	const want = 500
	var (
		mu      sync.Mutex
		emitted = map[exchange.FillID]time.Time{}
		lat     []time.Duration
	)
	onApply := func(_ *exchange.Command, evs []exchange.Event) {
		now := time.Now()
		mu.Lock()
		defer mu.Unlock()
		for i := range evs {
			ev := &evs[i]
			switch ev.Kind {
			case exchange.EvFill:
				id, _ := ev.FillOf()
				emitted[id] = now
			case exchange.EvSettled, exchange.EvReverted:
				id, _ := ev.FillOf()
				if t0, ok := emitted[id]; ok {
					delete(emitted, id)
					if ev.Kind == exchange.EvSettled {
						lat = append(lat, now.Sub(t0))
					}
				}
			}
		}
	}
	var log batchLog
	startDemo(b, node.Config{RPCURL: wsURL, DeployerKey: key, Confirmations: 1, Settled: log.observe, OnApply: onApply},
		demoOptions{BotRate: 200})
	b.ResetTimer()
	for range b.N {
		mu.Lock()
		lat = lat[:0]
		mu.Unlock()
		testsvc.CheckFor(b, 5*time.Minute, 100*time.Millisecond, func() error {
			mu.Lock()
			defer mu.Unlock()
			if len(lat) < want {
				return fmt.Errorf("%d fills settled", len(lat))
			}
			return nil
		})
	}
	b.StopTimer()
	mu.Lock()
	l := slices.Clone(lat)
	mu.Unlock()
	slices.Sort(l)
	p := func(q float64) time.Duration { return l[min(len(l)-1, int(q*float64(len(l))))] }
	f := log.figures()
	b.ReportMetric(float64(p(0.5).Milliseconds()), "p50-ms")
	b.ReportMetric(float64(p(0.99).Milliseconds()), "p99-ms")
	fmt.Printf("fill to settled (geth --dev, 1 confirmation, batches of up to 100 fills or 1s): %d fills: p50 %v, p99 %v, max %v; %.1f fills a batch, %.0f gas per fill\n",
		len(l), p(0.5).Round(time.Millisecond), p(0.99).Round(time.Millisecond), l[len(l)-1].Round(time.Millisecond),
		float64(f.fills)/float64(max(f.batches, 1)), float64(f.gas)/float64(max(f.fills, 1)))
}
