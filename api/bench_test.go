package api_test

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/hourglass-exchange/hourglass/api"
	"github.com/hourglass-exchange/hourglass/api/internal/apitest"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/internal/bus"
)

// BenchmarkFanout measures 1,000 websocket subscribers of one market's
// full book while the engine makes 10,000 book updates a second (one amend
// each, paced by the clock) for one second per iteration: the delay from
// the command's submission to a client's receipt (p50, p99, counting what
// was not delivered within the drain as later than everything), and the
// slow-consumer disconnects. The clients run in a child process
// (loadgen_test.go) that parses websocket frames itself and reads only a
// message's seq, so that the load generator costs as little as it can; it
// prints the CPU each side spent per delivered message (getrusage of each
// process; the gateway's includes the engine and the publisher). It
// asserts nothing about time.
func BenchmarkFanout(b *testing.B) {
	const (
		subscribers = 1000
		rate        = 10000 // book updates per second
		tick        = time.Millisecond
		run         = time.Second
		drain       = 5 * time.Second // after the load, for deliveries in flight
	)
	lb := bus.NewLocal(bus.Options{})
	defer lb.Close()
	e := apitest.NewEngine(b, apitest.Options{Bus: lb, Accounts: 2})
	// The subscribers all connect from 127.0.0.1.
	g := apitest.NewGateway(b, api.Options{Bus: lb, SendQueueLen: 4096, MaxConnsPerIP: 2 * subscribers, MaxOpenConnsPerIP: 2 * subscribers})
	g.WaitMarket(b, e.Symbol)
	o := e.Limit(0, exchange.Buy, 20000, 1)
	e.Submit(o)
	// Every subscriber's snapshot must hold the order: wait until the
	// gateway's book has it.
	ws, _, err := websocket.DefaultDialer.Dial(g.URL(), nil)
	if err != nil {
		b.Fatal(err)
	}
	ws.WriteMessage(websocket.TextMessage, []byte(`{"id":1,"method":"subscribe","params":{"channel":"book","markets":["`+e.Symbol+`"]}}`))
	for {
		ws.SetReadDeadline(time.Now().Add(30 * time.Second))
		_, data, err := ws.ReadMessage()
		if err != nil {
			b.Fatal(err)
		}
		if bytes.HasPrefix(data, []byte(`{"channel":"book"`)) && seqOf(data) >= 1 {
			break
		}
	}
	ws.Close()

	maxK := rate*int(run/time.Second) + rate
	for range b.N {
		lg := startLoadgen(b, "fanout", fanoutConfig{URL: g.URL(), Symbol: e.Symbol, Subs: subscribers, MaxK: maxK, Drain: drain})
		var ready struct{ Err string }
		lg.recv(b, &ready)
		if ready.Err != "" {
			b.Fatal(ready.Err)
		}
		// sentAt[k] is when the command that makes book update k (counted
		// from the snapshot each client got) was submitted, unix ns.
		sentAt := make([]int64, maxK)
		runtime.GC()
		b.ResetTimer()
		cpu0 := cpuTime()
		lg.send(b, "go")
		start := time.Now()
		t := time.NewTicker(tick)
		total, sent := rate*int(run/time.Second), 0
		for sent < total {
			// Submit what is due by now, so that late ticks do not lower
			// the offered rate.
			due := min(total, int(float64(time.Since(start))*rate/float64(time.Second))+1) - sent
			if due > 0 {
				cmds := make([]exchange.Command, due)
				for j := range cmds {
					cmds[j] = exchange.Command{Kind: exchange.CmdAmend, Account: 0, OrderID: o.OrderID, Price: 20000, Qty: int64(2 - (sent+j)%2)}
				}
				at := time.Now().UnixNano()
				for j := range cmds {
					sentAt[sent+j+1] = at
				}
				if err := e.SubmitNow(cmds...); err != nil {
					b.Fatal(err)
				}
				sent += len(cmds)
			}
			if sent < total {
				<-t.C
			}
		}
		t.Stop()
		sendElapsed := time.Since(start)
		lg.send(b, fanoutEnd{Sent: sent, SentAt: sentAt[:sent+1]})
		var dr fanoutDrained
		lg.recv(b, &dr)
		serverCPU := cpuTime() - cpu0
		b.StopTimer()
		var r fanoutResult
		lg.recv(b, &r)
		if r.Err != "" {
			b.Fatal(r.Err)
		}
		perMsg := func(d time.Duration) float64 { return float64(d.Nanoseconds()) / float64(max(1, r.Delivered)) }
		b.ReportMetric(r.Lat.P50, "p50-µs")
		b.ReportMetric(r.Lat.P99, "p99-µs")
		b.ReportMetric(float64(r.Slow), "slow-disconnects")
		b.ReportMetric(float64(r.Delivered)/float64(sent*subscribers), "delivered/expected")
		b.ReportMetric(perMsg(serverCPU), "server-cpu-ns/msg")
		b.ReportMetric(perMsg(dr.CPU), "client-cpu-ns/msg")
		p99 := us(r.Lat.P99).String()
		if r.Lat.P99 < 0 {
			p99 = "not delivered within " + drain.String()
		}
		fmt.Printf("fanout: %d subscribers, offered %d updates/s (sent %d in %v), %d of %d deliveries (%.1f%%, %d bytes each) "+
			"in %v (%.0f msgs/s); p50 %v, p99 %s; %d slow-consumer disconnects; CPU per delivered message: gateway process %.0f ns, "+
			"load generator %.0f ns\n",
			subscribers, rate, sent, sendElapsed.Round(time.Millisecond), r.Delivered, sent*subscribers,
			100*float64(r.Delivered)/float64(sent*subscribers), r.Bytes/max(1, r.Messages), dr.Elapsed.Round(time.Millisecond),
			float64(r.Delivered)/dr.Elapsed.Seconds(), us(r.Lat.P50), p99, r.Slow, perMsg(serverCPU), perMsg(dr.CPU))
	}
}

type fanoutConfig struct {
	URL, Symbol string
	Subs, MaxK  int
	Drain       time.Duration
}

type fanoutEnd struct {
	Sent   int
	SentAt []int64
}

type fanoutDrained struct {
	CPU     time.Duration // the load generator's, from go until drained
	Elapsed time.Duration
}

type fanoutResult struct {
	Delivered       int
	Messages, Bytes int // every message received, snapshots too
	Slow            int
	Lat             quantiles // P50, P99 < 0: not delivered within the drain
	Err             string
}

// fanoutSub is one subscriber of the fan-out load generator.
type fanoutSub struct {
	ws        *websocket.Conn
	base      atomic.Uint64 // the snapshot's seq plus 1; 0 before it
	last      atomic.Int64  // the highest update received, counted from base
	recvAt    []int32       // µs after go, plus 1, by update; 0: not received
	msgs, n   int
	slow, err atomic.Bool
}

// fanoutClient is the fan-out load generator (the child process).
func fanoutClient(in *bufio.Reader, out *json.Encoder) error {
	var cfg fanoutConfig
	if err := readLine(in, &cfg); err != nil {
		return err
	}
	var epoch atomic.Int64 // unix ns of go; 0 before
	subs := make([]*fanoutSub, cfg.Subs)
	var wg sync.WaitGroup
	for i := range subs {
		ws, _, err := websocket.DefaultDialer.Dial(cfg.URL, nil)
		if err != nil {
			return err
		}
		s := &fanoutSub{ws: ws, recvAt: make([]int32, cfg.MaxK)}
		subs[i] = s
		if err := ws.WriteMessage(websocket.TextMessage, []byte(`{"id":1,"method":"subscribe","params":{"channel":"book","markets":["`+cfg.Symbol+`"]}}`)); err != nil {
			return err
		}
		wg.Add(1)
		go func() { defer wg.Done(); s.read(&epoch) }()
	}
	deadline := time.Now().Add(30 * time.Second)
	for _, s := range subs {
		for s.base.Load() == 0 && !s.err.Load() {
			if time.Now().After(deadline) {
				return fmt.Errorf("no snapshot")
			}
			time.Sleep(time.Millisecond)
		}
	}
	runtime.GC()
	if err := out.Encode(struct{ Err string }{}); err != nil {
		return err
	}
	var goMsg string
	if err := readLine(in, &goMsg); err != nil {
		return err
	}
	cpu0, start := cpuTime(), time.Now()
	epoch.Store(start.UnixNano())
	var end fanoutEnd
	if err := readLine(in, &end); err != nil {
		return err
	}
	deadline = time.Now().Add(cfg.Drain)
	for _, s := range subs {
		for s.last.Load() < int64(end.Sent) && !s.err.Load() && time.Now().Before(deadline) {
			time.Sleep(time.Millisecond)
		}
	}
	dr := fanoutDrained{CPU: cpuTime() - cpu0, Elapsed: time.Since(start)}
	if err := out.Encode(dr); err != nil {
		return err
	}
	for _, s := range subs {
		s.ws.NetConn().Close()
	}
	wg.Wait()
	var r fanoutResult
	var delays []time.Duration
	for _, s := range subs {
		r.Messages += s.msgs
		r.Bytes += s.n
		if s.slow.Load() {
			r.Slow++
		}
		for k := 1; k <= end.Sent; k++ {
			if at := s.recvAt[k]; at != 0 {
				delays = append(delays, time.Duration(start.UnixNano()+int64(at-1)*1e3-end.SentAt[k]))
			}
		}
	}
	r.Delivered = len(delays)
	expected := end.Sent * len(subs)
	r.Lat = quantilesOf(delays)
	// What was not delivered counts as later than everything.
	q := func(p float64) float64 {
		i := int(p * float64(expected-1))
		if i >= len(delays) {
			return -1
		}
		return float64(delays[i]) / 1e3
	}
	r.Lat.P50, r.Lat.P99, r.Lat.P999 = q(0.5), q(0.99), q(0.999)
	return out.Encode(r)
}

// read parses the server's websocket frames (unmasked, unfragmented: the
// gateway writes them so) straight off the socket and records when each
// book update arrived, by its seq.
func (s *fanoutSub) read(epoch *atomic.Int64) {
	nc := s.ws.NetConn()
	buf := make([]byte, 256<<10)
	r, w := 0, 0
	for {
		if w == len(buf) {
			if r == 0 { // one frame larger than the buffer
				buf = append(buf, make([]byte, len(buf))...)
			} else {
				w = copy(buf, buf[r:w])
				r = 0
			}
		}
		n, err := nc.Read(buf[w:])
		if err != nil {
			return
		}
		w += n
		s.n += n
		var at int32 // µs after go, plus 1
		if e := epoch.Load(); e != 0 {
			at = int32((time.Now().UnixNano()-e)/1e3) + 1
		}
		for {
			f := buf[r:w]
			if len(f) < 2 {
				break
			}
			op, l, h := f[0]&0x0f, int(f[1]&0x7f), 2
			switch l {
			case 126:
				if len(f) < 4 {
					break
				}
				l, h = int(f[2])<<8|int(f[3]), 4
			case 127:
				if len(f) < 10 {
					break
				}
				l, h = int(binary.BigEndian.Uint64(f[2:10])), 10
			}
			if (l == 126 && h == 2) || (l == 127 && h == 2) || len(f) < h+l {
				break // incomplete
			}
			m := f[h : h+l]
			r += h + l
			s.msgs++
			switch op {
			case websocket.TextMessage:
				s.message(m, at)
			case websocket.CloseMessage:
				if len(m) >= 2 && int(m[0])<<8|int(m[1]) == websocket.ClosePolicyViolation {
					s.slow.Store(true)
				}
				s.err.Store(true)
				return
			}
		}
		if r == w {
			r, w = 0, 0
		}
	}
}

func (s *fanoutSub) message(m []byte, at int32) {
	seq := seqOf(m)
	base := s.base.Load()
	if base == 0 {
		if bytes.Contains(m[:min(len(m), 64)], []byte(`"type":"snapshot"`)) {
			s.base.Store(seq + 1)
		}
		return
	}
	if k := int64(seq) - int64(base-1); k > 0 && k < int64(len(s.recvAt)) {
		if at != 0 && s.recvAt[k] == 0 {
			s.recvAt[k] = at
		}
		if k > s.last.Load() {
			s.last.Store(k)
		}
	}
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
