package postgres

import (
	"context"
	"fmt"
	"testing"

	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// BenchmarkWrite writes batches of a random order flow (the workload of the
// tests: 2 markets, 50 accounts, about one fill per two commands) and prints
// the commands, engine events and table rows written per second, for COPY
// for INSERT ... unnest, and for the default that picks between them. Generating the flow is outside the timer.
//
//	go test -run '^$' -bench BenchmarkWrite -benchtime 20x ./store/
func BenchmarkWrite(b *testing.B) {
	for _, mode := range []struct {
		name string
		m    insertMode
	}{{"auto", insertAuto}, {"copy", insertCopy}, {"unnest", insertUnnest}} {
		for _, size := range []int{1, 100, 1000, 5000} {
			b.Run(fmt.Sprintf("%s/batch=%d", mode.name, size), func(b *testing.B) {
				benchWrite(b, mode.m, size)
			})
		}
	}
}

func benchWrite(b *testing.B, mode insertMode, size int) {
	ctx := context.Background()
	s := openStore(b, testsvc.Postgres(b))
	s.insert = mode
	h := newHarness()
	h.setup(2, 50)
	w := newWorkload(h, 7, 2, 50)
	// A warm book and history first, so that batches touch resting orders.
	mustNoErr(b, s.Write(ctx, append(h.take(), w.generate(20000)...)))

	var cmds, events, rows int
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		batch := w.generate(size)
		cmds += len(batch)
		events += countEvents(batch)
		rows += countRows(batch)
		b.StartTimer()
		if err := s.Write(ctx, batch); err != nil {
			b.Fatal(err)
		}
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(cmds)/sec, "cmds/s")
	b.ReportMetric(float64(events)/sec, "events/s")
	b.ReportMetric(float64(rows)/sec, "rows/s")
	b.ReportMetric(0, "ns/op")
}

// countRows counts the rows a batch inserts or updates, roughly: one per
// place, fill, trade, cancel, amend and balance event, and four candles per
// trade at most.
func countRows(batch []Applied) (n int) {
	for _, a := range batch {
		for _, ev := range a.Events {
			switch ev.Kind {
			case exchange.EvAccepted, exchange.EvRejected, exchange.EvCanceled, exchange.EvAmended,
				exchange.EvBalance, exchange.EvAccountOpened, exchange.EvMarketAdded:
				n++
			case exchange.EvFill:
				n += 2 // the fill and the maker's order
			case exchange.EvTrade:
				n++
			}
		}
	}
	return n
}
