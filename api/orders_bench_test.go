package api_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"log/slog"
	"math/big"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/gorilla/websocket"

	"github.com/hourglass-exchange/hourglass/api"
	"github.com/hourglass-exchange/hourglass/api/auth"
	"github.com/hourglass-exchange/hourglass/api/internal/apitest"
	"github.com/hourglass-exchange/hourglass/bus"
	"github.com/hourglass-exchange/hourglass/chain/eip712"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/exchange/sequencer"
)

// BenchmarkOrderAck measures order to acknowledgement over loopback
// websocket: 100 signed-in connections, each offering 200 signed orders a
// second (20,000/s in all) for two seconds, against a sequencer that
// journals with group commit and fdatasync. Each order is an IOC buy below
// the band's middle, so it is accepted and its remainder cancelled: the ack
// comes after the journal holds it. Orders are signed before the clock
// starts. It prints p50, p99 and p99.9 of send-to-ack and the rate reached.
func BenchmarkOrderAck(b *testing.B) {
	const (
		conns    = 100
		perSec   = 200
		duration = 2 * time.Second
	)
	perConn := int(perSec * duration / time.Second)
	for range b.N {
		lat, sent, elapsed := orderAckRun(b, conns, perConn, time.Second/perSec)
		slices.Sort(lat)
		q := func(p float64) float64 { return float64(lat[int(p*float64(len(lat)-1))].Microseconds()) }
		b.ReportMetric(q(0.50), "p50_us")
		b.ReportMetric(q(0.99), "p99_us")
		b.ReportMetric(q(0.999), "p999_us")
		b.ReportMetric(float64(sent)/elapsed.Seconds(), "orders/s")
		b.ReportMetric(float64(len(lat)), "acks")
	}
}

func orderAckRun(b *testing.B, conns, perConn int, every time.Duration) (lat []time.Duration, sent int, elapsed time.Duration) {
	b.Helper()
	bs := bus.NewLocal(bus.Options{})
	var seq *sequencer.Sequencer
	pub := api.NewPublisher(api.PublisherOptions{Bus: bs, Query: func(fn func(*exchange.Engine)) error { return seq.Query(fn) }})
	var err error
	seq, err = sequencer.Open(sequencer.Options{Dir: b.TempDir(), OnApply: pub.OnApply, Logger: slog.New(slog.DiscardHandler)})
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
	domain := eip712.Domain{ChainID: big.NewInt(1337), VerifyingContract: common.HexToAddress("0x7a832fbCbD8ffD9d545e7Fd08836355D2Ff3eAbe")}
	gw := apitest.NewGateway(b, api.Options{Bus: bs, Auth: v, Engine: api.SequencerEngine{Seq: seq}, OrderDomain: domain,
		OrderRate: 1e6, OrderBurst: 1 << 20, RateLimit: 1e6, RateBurst: 1 << 20})
	gw.WaitMarket(b, sym)

	type client struct {
		ws     *websocket.Conn
		orders [][]byte
		sentAt []time.Time
		lat    []time.Duration
		done   chan struct{}
	}
	cs := make([]*client, conns)
	for i := range cs {
		key, _ := crypto.ToECDSA(common.LeftPadBytes(big.NewInt(int64(1000+i)).Bytes(), 32))
		addr := crypto.PubkeyToAddress(key.PublicKey)
		e.Submit(exchange.Command{Kind: exchange.CmdOpenAccount, Address: addr})
		var acct exchange.AccountID
		seq.Query(func(en *exchange.Engine) { acct, _ = en.AccountByAddress(addr) })
		e.Submit(exchange.Command{Kind: exchange.CmdDeposit, Account: acct, Asset: 0, Amount: 1e15})
		ws, _, err := websocket.DefaultDialer.Dial(gw.URL(), nil)
		if err != nil {
			b.Fatal(err)
		}
		defer ws.Close()
		benchLogin(b, ws, key, addr)
		c := &client{ws: ws, sentAt: make([]time.Time, perConn), done: make(chan struct{})}
		for k := range perConn {
			o := eip712.Order{Maker: addr, Market: market, Side: eip712.Buy, Price: big.NewInt(11000 * 100), Amount: big.NewInt(1),
				MaxFeeBps: 10, Nonce: uint64(k + 1), Salt: new(big.Int)}
			sig, err := eip712.Sign(key, domain, o)
			if err != nil {
				b.Fatal(err)
			}
			req, _ := json.Marshal(map[string]any{"id": k, "method": "order.place", "params": map[string]any{
				"market": sym, "side": "buy", "tif": "ioc", "price": "1.1000", "size": "1",
				"client_order_id": strconv.Itoa(k + 1), "max_fee_bps": 10, "signature": hexutil.Encode(sig)}})
			c.orders = append(c.orders, req)
		}
		cs[i] = c
	}

	b.ResetTimer()
	start := time.Now()
	var wg sync.WaitGroup
	var mu sync.Mutex
	for _, c := range cs {
		wg.Add(2)
		go func() { // reader: an ack per order
			defer wg.Done()
			defer close(c.done)
			for range c.orders {
				c.ws.SetReadDeadline(time.Now().Add(30 * time.Second))
				_, data, err := c.ws.ReadMessage()
				if err != nil {
					b.Error(err)
					return
				}
				var m struct {
					ID     int `json:"id"`
					Status int `json:"status"`
				}
				if json.Unmarshal(data, &m) != nil || m.Status == 0 {
					continue // an event, not a response
				}
				if m.Status != 200 {
					b.Errorf("order %d: %s", m.ID, data)
					return
				}
				mu.Lock()
				c.lat = append(c.lat, time.Since(c.sentAt[m.ID]))
				mu.Unlock()
			}
		}()
		go func() { // writer: at a steady pace
			defer wg.Done()
			t := time.NewTicker(every)
			defer t.Stop()
			for k, req := range c.orders {
				<-t.C
				mu.Lock()
				c.sentAt[k] = time.Now()
				mu.Unlock()
				if err := c.ws.WriteMessage(websocket.TextMessage, req); err != nil {
					b.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	elapsed = time.Since(start)
	b.StopTimer()
	for _, c := range cs {
		lat = append(lat, c.lat...)
		sent += len(c.orders)
	}
	if len(lat) == 0 {
		b.Fatal("no acks")
	}
	return lat, sent, elapsed
}

// benchMarket adds the H100 market and returns its symbol and instrument id.
func benchMarket(b *testing.B, e *apitest.Engine) (string, *big.Int) {
	b.Helper()
	in, err := instrument.NewReservation(instrument.GPUH100SXM, instrument.DefaultInterconnect(instrument.GPUH100SXM), instrument.RegionUS, 1, apitest.Start, 168)
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
func benchLogin(b *testing.B, ws *websocket.Conn, key *ecdsa.PrivateKey, addr common.Address) {
	b.Helper()
	call := func(id int, method string, params any) json.RawMessage {
		if err := ws.WriteJSON(map[string]any{"id": id, "method": method, "params": params}); err != nil {
			b.Fatal(err)
		}
		for {
			var m struct {
				ID     int             `json:"id"`
				Status int             `json:"status"`
				Result json.RawMessage `json:"result"`
			}
			ws.SetReadDeadline(time.Now().Add(10 * time.Second))
			if err := ws.ReadJSON(&m); err != nil {
				b.Fatal(err)
			}
			if m.Status == 0 {
				continue
			}
			if m.Status != 200 || m.ID != id {
				b.Fatalf("%s: status %d", method, m.Status)
			}
			return m.Result
		}
	}
	var ch auth.Challenge
	if err := json.Unmarshal(call(-1, "auth.challenge", nil), &ch); err != nil {
		b.Fatal(err)
	}
	text := ch.Message(addr, "Sign in to Hourglass").String()
	sig, err := auth.SignText(key, text)
	if err != nil {
		b.Fatal(err)
	}
	call(-2, "auth.login", map[string]any{"message": text, "signature": hexutil.Encode(sig)})
}
