package api_test

import (
	"bytes"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/hourglass-exchange/hourglass/api"
	"github.com/hourglass-exchange/hourglass/api/internal/apitest"
	"github.com/hourglass-exchange/hourglass/bus"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// BenchmarkFanout measures 1,000 websocket subscribers of one market's
// full book while the engine makes about 10,000 book updates a second for
// one second per iteration: the delay from the command's time to a
// client's receipt (p50, p99) and the slow-consumer disconnects. It
// prints figures and asserts nothing about time.
func BenchmarkFanout(b *testing.B) {
	const (
		subscribers = 1000
		rate        = 10000 // book updates per second
		tick        = time.Millisecond
		run         = time.Second
	)
	lb := bus.NewLocal(bus.Options{})
	defer lb.Close()
	e := apitest.NewEngine(b, apitest.Options{Bus: lb, Accounts: 2})
	g := apitest.NewGateway(b, api.Options{Bus: lb, SendQueueLen: 4096})
	g.WaitMarket(b, e.Symbol)
	o := e.Limit(0, exchange.Buy, 20000, 1)
	e.Submit(o)

	// sentAt[k] is when the command that makes book update base+k was
	// submitted; base is the book's seq before the load.
	sentAt := make([]atomic.Int64, 4*rate*int(run/time.Second)*max(1, b.N)+rate)
	var base atomic.Uint64
	var (
		mu      sync.Mutex
		delays  []time.Duration
		closed  atomic.Int64
		readers sync.WaitGroup
	)
	conns := make([]*websocket.Conn, subscribers)
	for i := range conns {
		ws, _, err := websocket.DefaultDialer.Dial(g.URL(), nil)
		if err != nil {
			b.Fatal(err)
		}
		conns[i] = ws
		ws.WriteMessage(websocket.TextMessage, []byte(`{"id":1,"method":"subscribe","params":{"channel":"book","markets":["`+e.Symbol+`"]}}`))
		readers.Add(1)
		go func() {
			defer readers.Done()
			var local []time.Duration
			defer func() { mu.Lock(); delays = append(delays, local...); mu.Unlock() }()
			for {
				_, data, err := ws.ReadMessage()
				if err != nil {
					if websocket.IsCloseError(err, websocket.ClosePolicyViolation) {
						closed.Add(1)
					}
					return
				}
				now := time.Now()
				seq := seqOf(data)
				if bytes.Contains(data, []byte(`"type":"snapshot"`)) {
					base.CompareAndSwap(0, seq)
					continue
				}
				if k := int(seq) - int(base.Load()); k > 0 && k < len(sentAt) {
					if at := sentAt[k].Load(); at != 0 {
						local = append(local, now.Sub(time.Unix(0, at)))
					}
				}
			}
		}()
	}
	testsvc.CheckFor(b, 30*time.Second, 10*time.Millisecond, func() error {
		if base.Load() == 0 {
			return fmt.Errorf("no snapshot yet")
		}
		return nil
	})
	b.ResetTimer()
	sent := 0
	for range b.N {
		t := time.NewTicker(tick)
		end := time.Now().Add(run)
		for n := 0; time.Now().Before(end); n++ {
			<-t.C
			cmds := make([]exchange.Command, rate*int(tick)/int(time.Second))
			for j := range cmds {
				cmds[j] = exchange.Command{Kind: exchange.CmdAmend, Account: 0, OrderID: o.OrderID, Price: 20000, Qty: int64(2 - (sent+j)%2)}
			}
			at := time.Now().UnixNano()
			for j := range cmds {
				if k := sent + j + 1; k < len(sentAt) {
					sentAt[k].Store(at)
				}
			}
			if err := e.SubmitNow(cmds...); err != nil {
				b.Fatal(err)
			}
			sent += len(cmds)
		}
		t.Stop()
	}
	time.Sleep(500 * time.Millisecond) // let deliveries in flight land before counting
	b.StopTimer()
	for _, ws := range conns {
		ws.Close()
	}
	readers.Wait()
	slices.Sort(delays)
	pct := func(p float64) time.Duration {
		if len(delays) == 0 {
			return 0
		}
		return delays[min(len(delays)-1, int(float64(len(delays))*p))]
	}
	b.ReportMetric(float64(pct(0.50).Microseconds()), "p50-µs")
	b.ReportMetric(float64(pct(0.99).Microseconds()), "p99-µs")
	b.ReportMetric(float64(closed.Load()), "slow-disconnects")
	b.ReportMetric(float64(len(delays))/float64(sent), "deliveries/update")
	fmt.Printf("fanout: %d subscribers, %d updates sent, %d deliveries, p50 %v, p99 %v, %d slow-consumer disconnects\n",
		subscribers, sent, len(delays), pct(0.5), pct(0.99), closed.Load())
}

// seqOf reads the "seq" of a message without decoding it.
func seqOf(data []byte) uint64 {
	i := bytes.Index(data, []byte(`"seq":`))
	if i < 0 {
		return 0
	}
	var n uint64
	for _, c := range data[i+6:] {
		if c < '0' || c > '9' {
			break
		}
		n = n*10 + uint64(c-'0')
	}
	return n
}
