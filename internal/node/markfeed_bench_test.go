package node_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/exchange/mark"
	"github.com/hourglass-exchange/hourglass/exchange/settlement"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
	"github.com/hourglass-exchange/hourglass/internal/markfeed"
	"github.com/hourglass-exchange/hourglass/internal/node"
	"github.com/hourglass-exchange/hourglass/sim"
)

// BenchmarkMarkFeedLatency measures what a reader of a market's
// MarkPriceFeed (a lending market) waits for after the market moves: from
// submitting the trade that moves the mark past the poster's deviation
// threshold to the operator seeing the mined MarkPosted round that
// carries the new mark, on the embedded chain with the node's defaults (a
// check every second, a 50 bps deviation, a 60 s heartbeat, fills settled
// in batches through the same operator key). The book stays empty between
// trades, so the mark is the trades' weighted median: each iteration a
// maker rests a sell at the other of two prices 2 % apart and a taker buys
// it with just enough GPU-hours to flip the median there. The trade comes
// at a random moment of the poster's second (a seeded uniform pause before
// it, not timed): right after a post, it would come just after a check and
// always wait the whole tick. It reports the median and the 99th
// percentile (run with -benchtime 20x).
func BenchmarkMarkFeedLatency(b *testing.B) {
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	in0, err := instrument.NewReservation(instrument.GPUH100SXM, instrument.DefaultInterconnect(instrument.GPUH100SXM),
		instrument.RegionUS, 1, time.Now().Truncate(time.Hour).Add(30*24*time.Hour), 24)
	if err != nil {
		b.Fatal(err)
	}
	const tick = 10_000 // $0.01
	specs, err := node.Specs([]node.MarketConfig{{Symbol: in0.Symbol(), TickSize: tick}})
	if err != nil {
		b.Fatal(err)
	}
	keys := []*ecdsa.PrivateKey{sim.BotKey(0), sim.BotKey(1)}
	type posted struct {
		answer int64
		at     time.Time // the poster's tick
		seen   time.Time // the wall time the operator saw it mined
	}
	var (
		mu    sync.Mutex
		posts []posted
	)
	in := startOperator(b, node.Config{Markets: specs, BatchDelay: time.Second,
		Fund: []common.Address{crypto.PubkeyToAddress(keys[0].PublicKey), crypto.PubkeyToAddress(keys[1].PublicKey)},
		Marked: func(ev markfeed.Event) {
			if ev.Kind == markfeed.EventPosted {
				mu.Lock()
				posts = append(posts, posted{ev.Answer, ev.At, time.Now()})
				mu.Unlock()
			}
		}})
	// The traders' engine accounts, funded by the seed.
	ids := fundedAccounts(b, in, keys, specs[0].BaseAsset)
	domain := eip712.Domain{ChainID: in.ChainID, VerifyingContract: in.Contracts.Exchange}
	nonce := uint64(0)
	// place submits a GTC order of trader who and waits until the engine
	// applied it.
	place := func(who int, side exchange.Side, price, qty int64) {
		b.Helper()
		nonce++
		c, err := settlement.SignPlace(keys[who], domain, specs[0], exchange.Command{Kind: exchange.CmdPlace, Market: 0, Account: ids[who],
			Side: side, TIF: exchange.GTC, STP: exchange.STPCancelNewest, Price: price, Qty: qty, MaxFeeBps: 5, Nonce: nonce})
		if err != nil {
			b.Fatal(err)
		}
		done := make(chan error, 1)
		if err := in.Seq.Submit(c, func(c *exchange.Command, evs []exchange.Event) {
			var err error
			for _, ev := range evs {
				if ev.Kind == exchange.EvRejected {
					err = fmt.Errorf("order %d rejected: %v", c.Nonce, ev.Reason)
				}
			}
			done <- err
		}); err != nil {
			b.Fatal(err)
		}
		if err := <-done; err != nil {
			b.Fatal(err)
		}
	}
	// waitPost waits for the mined round of price (ticks) from a tick at
	// or after from, and returns when the operator saw it.
	waitPost := func(price int64, from time.Time) time.Time {
		b.Helper()
		want := mark.FeedAnswer(uint64(price * tick))
		for {
			mu.Lock()
			for _, p := range posts {
				if p.answer == want && !p.at.Before(from) {
					mu.Unlock()
					return p.seen
				}
			}
			mu.Unlock()
			if ctx.Err() != nil {
				b.Fatalf("no round of %d ticks posted after %s", price, from)
			}
			time.Sleep(time.Millisecond)
		}
	}

	// The prices, 2 % apart (the threshold is 0.5 %, the band 10 %), and
	// the GPU-hours traded at each: the median is the lower one while it
	// has at least half the weight.
	const lo, hi = 200, 204
	var wLo, wHi int64
	start := time.Now()
	place(0, exchange.Sell, lo, 1)
	place(1, exchange.Buy, lo, 1)
	wLo++
	waitPost(lo, start)
	cur := int64(lo)
	var lat []time.Duration
	r := rand.New(rand.NewPCG(17, 1))
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		time.Sleep(time.Duration(r.Int64N(int64(markfeed.DefaultTick))))
		b.StartTimer()
		next, qty := int64(hi), wLo-wHi+1
		if cur == hi {
			next, qty = lo, wHi-wLo
		}
		place(0, exchange.Sell, next, qty)
		t0 := time.Now()
		place(1, exchange.Buy, next, qty)
		if next == hi {
			wHi += qty
		} else {
			wLo += qty
		}
		lat = append(lat, waitPost(next, t0).Sub(t0))
		cur = next
	}
	b.StopTimer()
	slices.Sort(lat)
	q := func(p float64) time.Duration { return lat[min(len(lat)-1, int(p*float64(len(lat))))] }
	b.ReportMetric(float64(q(0.5).Microseconds())/1000, "p50_ms")
	b.ReportMetric(float64(q(0.99).Microseconds())/1000, "p99_ms")
	b.Logf("a trade moving the mark past %d bps to its mined round over %d moves: p50 %s, p99 %s, min %s, max %s",
		markfeed.DefaultDeviationBps, len(lat), q(0.5).Round(time.Millisecond), q(0.99).Round(time.Millisecond),
		lat[0].Round(time.Millisecond), lat[len(lat)-1].Round(time.Millisecond))
}
