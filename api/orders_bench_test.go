package api_test

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/gorilla/websocket"

	"github.com/hourglass-exchange/hourglass/api"
	"github.com/hourglass-exchange/hourglass/api/auth"
	"github.com/hourglass-exchange/hourglass/api/internal/apitest"
	"github.com/hourglass-exchange/hourglass/api/publish"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/exchange/sequencer"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
	"github.com/hourglass-exchange/hourglass/internal/bus"
)

// BenchmarkOrderAck measures order to acknowledgement over loopback
// websocket: 100 signed-in connections, each offering 200 signed orders a
// second (20,000/s in all, the connections' pacing staggered over the
// period) for two seconds, against a sequencer that journals with group
// commit and fdatasync (not NoSync). Each order is an IOC buy below the
// band's middle, so it is accepted and its remainder cancelled: the ack
// comes after the journal holds it.
//
// The clients run in a child process (loadgen_test.go) that signs every
// order before the clock starts and decodes only an ack's id and status.
// It prints the offered and reached rates, p50, p99 and p99.9 of
// send-to-ack, and the CPU each side spent per acknowledged order over the
// timed part (getrusage of each process: the gateway's includes the
// sequencer, the journal and the publisher, everything in its process).
func BenchmarkOrderAck(b *testing.B) {
	const (
		conns    = 100
		perSec   = 200
		duration = 2 * time.Second
	)
	perConn := int(perSec * duration / time.Second)
	for range b.N {
		r := orderAckRun(b, conns, perConn, time.Second/perSec)
		b.ReportMetric(r.Lat.P50, "p50_us")
		b.ReportMetric(r.Lat.P99, "p99_us")
		b.ReportMetric(r.Lat.P999, "p999_us")
		b.ReportMetric(r.achieved(), "orders/s")
		b.ReportMetric(float64(r.Acks), "acks")
		b.ReportMetric(r.serverUS(), "server-cpu-us/order")
		b.ReportMetric(r.clientUS(), "client-cpu-us/order")
		fmt.Printf("orderack: %d conns, offered %d orders/s (sent at %.0f/s), achieved %.0f acks/s; p50 %v, p99 %v, p99.9 %v, max %v; "+
			"CPU per order: gateway process %.1f µs, load generator %.1f µs (%d acks in %v; %d group commits, %.1f orders each, fdatasync %v)\n",
			conns, conns*perSec, float64(r.Sent)/r.SendElapsed.Seconds(), r.achieved(),
			us(r.Lat.P50), us(r.Lat.P99), us(r.Lat.P999), us(r.Lat.Max), r.serverUS(), r.clientUS(), r.Acks, r.Elapsed.Round(time.Millisecond),
			r.Batches, float64(r.Acks)/float64(max(1, r.Batches)), r.MeanSync.Round(time.Microsecond))
	}
}

// orderAckConfig is what the parent tells the order-ack load generator.
type orderAckConfig struct {
	URL, Symbol, Market string
	ChainID             int64
	Contract            common.Address
	Conns, PerConn      int
	Every               time.Duration
}

// orderAckResult is what it answers.
type orderAckResult struct {
	Sent, Acks           int
	SendElapsed, Elapsed time.Duration // first send to last send, and to the last ack
	Lat                  quantiles
	CPU                  time.Duration // the load generator's, over the run
	ServerCPU            time.Duration // filled in by the parent, with:
	Batches              uint64        // the journal's group commits
	MeanSync             time.Duration // and the mean time of its fdatasync
	Err                  string
}

func (r orderAckResult) achieved() float64 { return float64(r.Acks) / r.Elapsed.Seconds() }
func (r orderAckResult) serverUS() float64 {
	return float64(r.ServerCPU.Microseconds()) / float64(max(1, r.Acks))
}
func (r orderAckResult) clientUS() float64 {
	return float64(r.CPU.Microseconds()) / float64(max(1, r.Acks))
}

func orderAckRun(b *testing.B, conns, perConn int, every time.Duration) orderAckResult {
	b.Helper()
	bs := bus.NewLocal(bus.Options{})
	var seq *sequencer.Sequencer
	pub := publish.New(publish.Options{Bus: bs, Query: func(fn func(exchange.View)) error { return seq.Query(fn) }})
	var err error
	// HOURGLASS_BENCH_NOSYNC=1 skips fdatasync, to tell the disk's share of
	// the latency from the gateway's; the figures of record sync.
	noSync := os.Getenv("HOURGLASS_BENCH_NOSYNC") == "1"
	if noSync {
		b.Log("journal without fdatasync (HOURGLASS_BENCH_NOSYNC=1): a diagnostic, not the target's setup")
	}
	seq, err = sequencer.Open(sequencer.Options{Dir: b.TempDir(), OnApply: pub.OnApply, Logger: slog.New(slog.DiscardHandler), NoSync: noSync})
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	pubDone := make(chan struct{})
	go func() { defer close(pubDone); pub.Run(ctx) }()
	defer func() { cancel(); <-pubDone; seq.Close() }()

	e := &apitest.Engine{T: b, Seq: seq}
	sym, market := benchMarket(b, e)
	v, err := auth.New(auth.Config{Domain: "hourglass.test", ChainID: 1337, MaxNonces: 2 * conns})
	if err != nil {
		b.Fatal(err)
	}
	domain := benchDomain()
	gw := apitest.NewGateway(b, api.Options{Bus: bs, Auth: v, Engine: api.SequencerEngine{Seq: seq}, OrderDomain: domain,
		OrderRate: 1e6, OrderBurst: 1 << 20, RateLimit: 1e6, RateBurst: 1 << 20, SignInRate: 1e6, SignInBurst: 1 << 20})
	gw.WaitMarket(b, sym)
	for i := range conns {
		addr := crypto.PubkeyToAddress(benchKey(i).PublicKey)
		e.Submit(exchange.Command{Kind: exchange.CmdOpenAccount, Address: addr})
		var acct exchange.AccountID
		seq.Query(func(en exchange.View) { acct, _ = en.AccountByAddress(addr) })
		e.Submit(exchange.Command{Kind: exchange.CmdDeposit, Account: acct, Asset: 0, Amount: 1e15})
	}

	lg := startLoadgen(b, "orderack", orderAckConfig{URL: gw.URL(), Symbol: sym, Market: market.String(), ChainID: 1337,
		Contract: domain.VerifyingContract, Conns: conns, PerConn: perConn, Every: every})
	var ready struct{ Err string }
	lg.recv(b, &ready)
	if ready.Err != "" {
		b.Fatal(ready.Err)
	}
	runtime.GC()
	b.ResetTimer()
	cpu0, st0 := cpuTime(), seq.Stats()
	lg.send(b, "go")
	var r orderAckResult
	lg.recv(b, &r)
	r.ServerCPU = cpuTime() - cpu0
	st := seq.Stats()
	r.Batches = st.Batches - st0.Batches
	if n := st.Journal.Syncs - st0.Journal.Syncs; n > 0 {
		r.MeanSync = (st.Journal.SyncTime - st0.Journal.SyncTime) / time.Duration(n)
	}
	b.StopTimer()
	if r.Err != "" {
		b.Fatal(r.Err)
	}
	if r.Acks == 0 {
		b.Fatal("no acks")
	}
	return r
}

func benchDomain() eip712.Domain {
	return eip712.Domain{ChainID: big.NewInt(1337), VerifyingContract: common.HexToAddress("0x7a832fbCbD8ffD9d545e7Fd08836355D2Ff3eAbe")}
}

// benchKey is connection i's account key.
func benchKey(i int) *ecdsa.PrivateKey {
	key, _ := crypto.ToECDSA(common.LeftPadBytes(big.NewInt(int64(1000+i)).Bytes(), 32))
	return key
}

// orderAckClient is the order-ack load generator (the child process).
func orderAckClient(in *bufio.Reader, out *json.Encoder) error {
	var cfg orderAckConfig
	if err := readLine(in, &cfg); err != nil {
		return err
	}
	market, ok := new(big.Int).SetString(cfg.Market, 10)
	if !ok {
		return fmt.Errorf("market %q", cfg.Market)
	}
	domain := eip712.Domain{ChainID: big.NewInt(cfg.ChainID), VerifyingContract: cfg.Contract}
	type client struct {
		ws     *websocket.Conn
		orders [][]byte
		sentAt []atomic.Int64 // unix ns, by order id
		lat    []time.Duration
		err    error
	}
	cs := make([]*client, cfg.Conns)
	var g errgroup
	for i := range cs {
		key := benchKey(i)
		addr := crypto.PubkeyToAddress(key.PublicKey)
		ws, _, err := websocket.DefaultDialer.Dial(cfg.URL, nil)
		if err != nil {
			return err
		}
		defer ws.Close()
		if err := benchLogin(ws, key, addr); err != nil {
			return err
		}
		c := &client{ws: ws, orders: make([][]byte, cfg.PerConn), sentAt: make([]atomic.Int64, cfg.PerConn),
			lat: make([]time.Duration, 0, cfg.PerConn)}
		cs[i] = c
		g.go_(func() error { // sign before the clock starts, on every core
			for k := range cfg.PerConn {
				o := eip712.Order{Maker: addr, Market: market, Side: eip712.Buy, Price: big.NewInt(11000 * 100), Amount: big.NewInt(1),
					MaxFeeBps: 10, Nonce: uint64(k + 1), Salt: new(big.Int)}
				sig, err := eip712.Sign(key, domain, o)
				if err != nil {
					return err
				}
				req, _ := json.Marshal(map[string]any{"id": k, "method": "order.place", "params": map[string]any{
					"market": cfg.Symbol, "side": "buy", "tif": "ioc", "price": "1.1000", "size": "1",
					"client_order_id": strconv.Itoa(k + 1), "max_fee_bps": 10, "signature": hexutil.Encode(sig)}})
				c.orders[k] = req
			}
			return nil
		})
	}
	if err := g.wait(); err != nil {
		return err
	}
	runtime.GC()
	if err := out.Encode(struct{ Err string }{}); err != nil {
		return err
	}
	var goMsg string
	if err := readLine(in, &goMsg); err != nil {
		return err
	}

	cpu0 := cpuTime()
	start := time.Now()
	var (
		wg       sync.WaitGroup
		lastSent atomic.Int64
	)
	for i, c := range cs {
		wg.Add(2)
		go func() { // reader: an ack per order; reads only its id and status
			defer wg.Done()
			c.ws.SetReadDeadline(time.Now().Add(60 * time.Second))
			buf := make([]byte, 4096)
			for len(c.lat) < len(c.orders) {
				_, r, err := c.ws.NextReader()
				if err != nil {
					c.err = err
					return
				}
				n, err := io.ReadFull(r, buf)
				if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
					c.err = err
					return
				}
				now := time.Now()
				id, status, ok := responseHead(buf[:n])
				if !ok || status == 0 {
					continue // an event, not a response
				}
				if status != 200 || id < 0 || id >= len(c.orders) {
					c.err = fmt.Errorf("order %d: %s", id, buf[:n])
					return
				}
				c.lat = append(c.lat, now.Sub(time.Unix(0, c.sentAt[id].Load())))
			}
		}()
		go func() { // writer: at a steady pace, staggered over the period
			defer wg.Done()
			time.Sleep(cfg.Every * time.Duration(i) / time.Duration(len(cs)))
			t := time.NewTicker(cfg.Every)
			defer t.Stop()
			for k, req := range c.orders {
				if k > 0 {
					<-t.C
				}
				c.sentAt[k].Store(time.Now().UnixNano())
				if err := c.ws.WriteMessage(websocket.TextMessage, req); err != nil {
					c.err = err
					return
				}
			}
			lastSent.Store(time.Now().UnixNano())
		}()
	}
	wg.Wait()
	var r orderAckResult
	r.Elapsed = time.Since(start)
	r.CPU = cpuTime() - cpu0
	r.SendElapsed = time.Unix(0, lastSent.Load()).Sub(start)
	var lat []time.Duration
	for _, c := range cs {
		lat = append(lat, c.lat...)
		r.Sent += len(c.orders)
		if c.err != nil && r.Err == "" {
			r.Err = c.err.Error()
		}
	}
	r.Acks = len(lat)
	r.Lat = quantilesOf(lat)
	return out.Encode(r)
}

// responseHead reads the id and status of a response, {"id":N,"status":S,…}
// as the gateway writes it, without decoding the rest; status 0 is an
// event.
func responseHead(m []byte) (id, status int, ok bool) {
	const pre = `{"id":`
	if !bytes.HasPrefix(m, []byte(pre)) {
		return 0, 0, true
	}
	m = m[len(pre):]
	id, m = leadingInt(m)
	const st = `,"status":`
	if !bytes.HasPrefix(m, []byte(st)) {
		return 0, 0, false
	}
	status, _ = leadingInt(m[len(st):])
	return id, status, true
}

func leadingInt(m []byte) (int, []byte) {
	n, i := 0, 0
	for ; i < len(m) && m[i] >= '0' && m[i] <= '9'; i++ {
		n = n*10 + int(m[i]-'0')
	}
	return n, m[i:]
}

// errgroup runs functions at once and keeps the first error.
type errgroup struct {
	wg   sync.WaitGroup
	mu   sync.Mutex
	err  error
	sema chan struct{}
}

func (g *errgroup) go_(fn func() error) {
	if g.sema == nil {
		g.sema = make(chan struct{}, runtime.GOMAXPROCS(0))
	}
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		g.sema <- struct{}{}
		defer func() { <-g.sema }()
		if err := fn(); err != nil {
			g.mu.Lock()
			if g.err == nil {
				g.err = err
			}
			g.mu.Unlock()
		}
	}()
}

func (g *errgroup) wait() error { g.wg.Wait(); return g.err }

// benchMarket adds the H100 market and returns its symbol and instrument id.
func benchMarket(b *testing.B, e *apitest.Engine) (string, *big.Int) {
	b.Helper()
	in, err := instrument.NewReservation(instrument.GPUH100SXM, instrument.DefaultInterconnect(instrument.GPUH100SXM), instrument.RegionUS, 1, apitest.Window, 168)
	if err != nil {
		b.Fatal(err)
	}
	id, err := in.Encode()
	if err != nil {
		b.Fatal(err)
	}
	spec := &exchange.MarketSpec{Instrument: id, Symbol: in.Symbol(), BaseAsset: 1, QuoteAsset: 0,
		TickSize: 100, LotSize: 1, MinNotional: 1_000_000, MaxPrice: 1 << 20, MaxQty: 1 << 20,
		RefPrice: 21000, BandBps: 5000, TakerFeeBps: 5}
	e.Submit(exchange.Command{Kind: exchange.CmdAddMarket, Spec: spec})
	return spec.Symbol, id.Big()
}

// benchLogin signs a connection in with Sign-In with Ethereum.
func benchLogin(ws *websocket.Conn, key *ecdsa.PrivateKey, addr common.Address) error {
	call := func(id int, method string, params any) (json.RawMessage, error) {
		if err := ws.WriteJSON(map[string]any{"id": id, "method": method, "params": params}); err != nil {
			return nil, err
		}
		for {
			var m struct {
				ID     int             `json:"id"`
				Status int             `json:"status"`
				Result json.RawMessage `json:"result"`
			}
			ws.SetReadDeadline(time.Now().Add(10 * time.Second))
			if err := ws.ReadJSON(&m); err != nil {
				return nil, err
			}
			if m.Status == 0 {
				continue
			}
			if m.Status != 200 || m.ID != id {
				return nil, fmt.Errorf("%s: status %d", method, m.Status)
			}
			return m.Result, nil
		}
	}
	res, err := call(-1, "auth.challenge", nil)
	if err != nil {
		return err
	}
	var ch auth.Challenge
	if err := json.Unmarshal(res, &ch); err != nil {
		return err
	}
	text := ch.Message(addr, "Sign in to Hourglass").String()
	sig, err := auth.SignText(key, text)
	if err != nil {
		return err
	}
	_, err = call(-2, "auth.login", map[string]any{"message": text, "signature": hexutil.Encode(sig)})
	return err
}
