package mark

import "testing"

func TestCompute(t *testing.T) {
	p := Params{WindowMs: 1000, TradeWeightMs: 10, BandBps: 1000}
	for _, c := range []struct {
		name   string
		now    int64
		prev   uint64
		quotes []Quote
		trades []Trade
		want   uint64
		ok     bool
	}{
		{name: "nothing", now: 5000, prev: 7, want: 7},
		{name: "one-sided book counts nothing", now: 5000, quotes: []Quote{{4000, 100, 0}}, want: 0},
		{name: "a quote from before the window holds from its start", now: 5000,
			quotes: []Quote{{1000, 100, 110}}, want: 105, ok: true},
		{name: "time weighted: the longer mid wins", now: 5000,
			quotes: []Quote{{4000, 100, 110}, {4600, 200, 210}}, want: 105, ok: true},
		{name: "time weighted: the later, longer mid wins", now: 5000,
			quotes: []Quote{{4000, 100, 110}, {4300, 200, 210}}, want: 205, ok: true},
		{name: "trades weigh by quantity", now: 5000,
			quotes: []Quote{{4000, 100, 110}}, trades: []Trade{{4500, 300, 60}, {4600, 301, 50}}, want: 300, ok: true},
		{name: "trades outside the window do not count", now: 5000,
			quotes: []Quote{{4000, 100, 110}}, trades: []Trade{{4000, 300, 1000}, {5001, 300, 1000}}, want: 105, ok: true},
		{name: "a spike is a median outlier", now: 5000,
			quotes: []Quote{{4000, 100, 110}, {4500, 1000, 1010}, {4510, 100, 110}}, want: 105, ok: true},
		{name: "clamped up to the band", now: 5000, prev: 80,
			quotes: []Quote{{4000, 100, 110}}, want: 88, ok: true},
		{name: "clamped down to the band", now: 5000, prev: 200,
			quotes: []Quote{{4000, 100, 110}}, want: 180, ok: true},
		{name: "odd sides round down", now: 5000, quotes: []Quote{{4000, 101, 102}}, want: 101, ok: true},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, ok := Compute(p, c.now, c.prev, c.quotes, c.trades)
			if got != c.want || ok != c.ok {
				t.Fatalf("Compute = %d %v, want %d %v", got, ok, c.want, c.ok)
			}
		})
	}
}

func TestFeedAnswer(t *testing.T) {
	if got := FeedAnswer(2_500_000); got != 250_000_000 {
		t.Fatalf("FeedAnswer(2.5 USDC) = %d", got)
	}
}
