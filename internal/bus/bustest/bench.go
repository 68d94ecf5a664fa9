package bustest

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/internal/bus"
)

// Load is what BenchmarkFanout puts through a bus.
type Load struct {
	Topics      int // topics "book.0".., each taken by every subscriber
	Subscribers int // Subscriptions on the gateway
	Rate        int // messages per second, all topics together
	Size        int // bytes of data per message (at least 8)
}

// BenchFanout publishes b.N messages at l.Rate through pub, paced in 1 ms
// batches (one Publish each, as a sequencer flushing its events would), to l.Subscribers Subscriptions of gw, and
// reports the publish-to-delivery delay (p50, p99, max in ms), the
// deliveries per second and the Subscriptions closed as slow consumers.
func BenchFanout(b *testing.B, pub bus.Publisher, gw bus.Subscriber, l Load) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	topics := make([]string, l.Topics)
	for i := range topics {
		topics[i] = fmt.Sprintf("book.%d", i)
	}
	subs := make([]*bus.Subscription, l.Subscribers)
	for i := range subs {
		s, err := gw.Subscribe(ctx, topics...)
		if err != nil {
			b.Fatal(err)
		}
		defer s.Close()
		subs[i] = s
	}
	// Every subscriber records a share of the delays, ten subscribers' worth
	// in all, so that a thousand of them fit in memory.
	stride := uint64(max(1, l.Subscribers/10))
	perTopic := uint64((b.N + l.Topics - 1) / l.Topics)
	var (
		mu        sync.Mutex
		delays    []time.Duration
		delivered int64
		slow      int
		wg        sync.WaitGroup
	)
	for i, s := range subs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []time.Duration
			var n int64
			done := map[string]bool{}
			defer func() {
				mu.Lock()
				delays = append(delays, mine...)
				delivered += n
				mu.Unlock()
			}()
			for len(done) < len(topics) {
				m, err := s.Next(ctx)
				if err != nil {
					if errors.Is(err, bus.ErrSlowConsumer) {
						mu.Lock()
						slow++
						mu.Unlock()
					}
					return
				}
				if m.Kind != bus.KindUpdate {
					continue
				}
				n++
				if (m.Seq+uint64(i))%stride == 0 {
					mine = append(mine, time.Since(time.Unix(0, int64(binary.BigEndian.Uint64(m.Data)))))
				}
				if m.Seq >= perTopic {
					done[m.Topic] = true
				}
			}
		}()
	}

	size := max(8, l.Size)
	total := int(perTopic) * len(topics)
	tick := time.NewTicker(time.Millisecond)
	defer tick.Stop()
	seq := make([]uint64, len(topics))
	b.ResetTimer()
	start := time.Now()
	sent := 0
	for sent < total {
		<-tick.C
		// Catch up with the rate even when ticks were missed.
		due := min(total, int(time.Since(start).Seconds()*float64(l.Rate)))
		if due <= sent {
			continue
		}
		batch := make([]bus.Message, 0, due-sent)
		now := uint64(time.Now().UnixNano())
		for ; sent < due; sent++ {
			t := sent % len(topics)
			seq[t]++
			data := make([]byte, size)
			binary.BigEndian.PutUint64(data, now)
			batch = append(batch, bus.Message{Topic: topics[t], Seq: seq[t], Data: data})
		}
		if err := pub.Publish(ctx, batch...); err != nil {
			b.Fatal(err)
		}
	}
	published := time.Since(start)
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()

	slices.Sort(delays)
	q := func(p float64) float64 {
		if len(delays) == 0 {
			return 0
		}
		return float64(delays[min(len(delays)-1, int(p*float64(len(delays))))]) / 1e6
	}
	b.ReportMetric(q(0.50), "p50-ms")
	b.ReportMetric(q(0.99), "p99-ms")
	b.ReportMetric(q(1), "max-ms")
	b.ReportMetric(float64(sent)/published.Seconds(), "pub-msgs/s")
	b.ReportMetric(float64(delivered)/elapsed.Seconds(), "deliveries/s")
	b.ReportMetric(float64(slow), "slow-closed")
	b.ReportMetric(0, "ns/op")
}
