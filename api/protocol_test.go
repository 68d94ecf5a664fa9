package api_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/hourglass-exchange/hourglass/api"
	"github.com/hourglass-exchange/hourglass/api/client"
	"github.com/hourglass-exchange/hourglass/api/internal/apitest"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/internal/bus"
	"github.com/hourglass-exchange/hourglass/internal/clock"
)

func setup(t *testing.T, o api.Options) (*apitest.Engine, *apitest.Gateway) {
	t.Helper()
	b := bus.NewLocal(bus.Options{})
	t.Cleanup(func() { b.Close() })
	e := apitest.NewEngine(t, apitest.Options{Bus: b})
	o.Bus = b
	g := apitest.NewGateway(t, o)
	g.WaitMarket(t, e.Symbol)
	return e, g
}

// rawConn is a bare websocket for protocol tests.
type rawConn struct {
	t  *testing.T
	ws *websocket.Conn
}

func dialRaw(t *testing.T, g *apitest.Gateway) *rawConn {
	ws, _, err := websocket.DefaultDialer.Dial(g.URL(), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws.Close() })
	return &rawConn{t, ws}
}

func (r *rawConn) send(s string) {
	r.t.Helper()
	if err := r.ws.WriteMessage(websocket.TextMessage, []byte(s)); err != nil {
		r.t.Fatal(err)
	}
}

type resp struct {
	ID     json.RawMessage `json:"id"`
	Status int             `json:"status"`
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Code         string `json:"code"`
		Message      string `json:"message"`
		RetryAfterMS *int64 `json:"retry_after_ms"`
	} `json:"error"`
	Channel string `json:"channel"`
}

func (r *rawConn) read() resp {
	r.t.Helper()
	r.ws.SetReadDeadline(time.Now().Add(5 * time.Second))
	_, data, err := r.ws.ReadMessage()
	if err != nil {
		r.t.Fatal(err)
	}
	var x resp
	if err := json.Unmarshal(data, &x); err != nil {
		r.t.Fatalf("%s: %v", data, err)
	}
	return x
}

func TestProtocolErrors(t *testing.T) {
	e, g := setup(t, api.Options{})
	r := dialRaw(t, g)
	for _, tc := range []struct {
		req, id, code string
		status        int
	}{
		{`{"id":1,"method":"ping"}`, `1`, "", 200},
		{`{"id":"a","method":"ping","params":{},"extra":[1,2],"future":{"x":1}}`, `"a"`, "", 200}, // unknown fields ignored
		{`not json`, `null`, "invalid_json", 400},
		{`[1,2]`, `null`, "invalid_json", 400},
		{`{"id":1,"method":`, `null`, "invalid_json", 400},
		{`{"id":{},"method":"ping"}`, `null`, "invalid_request", 400},
		{`{"id":2}`, `2`, "invalid_request", 400},
		{`{"id":3,"method":7}`, `3`, "invalid_request", 400},
		{`{"id":4,"method":"ping","params":[1]}`, `4`, "invalid_request", 400},
		{`{"id":5,"method":"nope"}`, `5`, "unknown_method", 404},
		{`{"id":6,"method":"subscribe"}`, `6`, "invalid_params", 400},
		{`{"id":7,"method":"subscribe","params":{"channel":"book","markets":"x"}}`, `7`, "invalid_params", 400},
		{`{"id":8,"method":"subscribe","params":{"channel":"nope","markets":["x"]}}`, `8`, "unknown_channel", 400},
		{`{"id":9,"method":"subscribe","params":{"channel":"book","markets":["NOPE"]}}`, `9`, "unknown_market", 404},
		{`{"id":10,"method":"subscribe","params":{"channel":"book","markets":["` + e.Symbol + `"],"depth":7}}`, `10`, "invalid_params", 400},
		{`{"id":11,"method":"subscribe","params":{"channel":"candles","markets":["` + e.Symbol + `"]}}`, `11`, "invalid_params", 400},
		{`{"id":12,"method":"subscribe","params":{"channel":"candles","markets":["` + e.Symbol + `"],"interval":"2m"}}`, `12`, "invalid_params", 400},
		{`{"id":13,"method":"subscribe","params":{"channel":"book","markets":[]}}`, `13`, "invalid_params", 400},
		{`{"id":14,"method":"order.place","params":{}}`, `14`, "not_implemented", 501},
		{`{"id":15,"method":"auth.login"}`, `15`, "not_implemented", 501},
		{`{"id":16,"method":"cancel_after","params":{"timeout_ms":1}}`, `16`, "not_implemented", 501},
		{`{"id":17,"method":"unsubscribe","params":{"channel":"ticker","markets":["` + e.Symbol + `"]}}`, `17`, "", 200},
	} {
		r.send(tc.req)
		x := r.read()
		code := ""
		if x.Error != nil {
			code = x.Error.Code
			if x.Error.Message == "" {
				t.Errorf("%s: empty message", tc.req)
			}
		}
		if string(x.ID) != tc.id || x.Status != tc.status || code != tc.code {
			t.Errorf("%s: got id %s status %d code %q; want %s %d %q", tc.req, x.ID, x.Status, code, tc.id, tc.status, tc.code)
		}
	}
	// A binary frame is rejected.
	r.ws.WriteMessage(websocket.BinaryMessage, []byte(`{"id":1,"method":"ping"}`))
	if x := r.read(); x.Error == nil || x.Error.Code != "invalid_request" {
		t.Errorf("binary frame: %+v", x)
	}
	// Nothing above subscribed anything: a ping is the next message.
	r.send(`{"id":99,"method":"ping"}`)
	if x := r.read(); string(x.ID) != "99" {
		t.Errorf("after errors: got %+v, want the ping response", x)
	}
	// Subscribe answers before the snapshot.
	r.send(`{"id":100,"method":"subscribe","params":{"channel":"book","markets":["` + e.Symbol + `"],"depth":10}}`)
	if x := r.read(); x.Status != 200 || !strings.Contains(string(x.Result), `"depth":10`) {
		t.Errorf("subscribe: %+v", x)
	}
	if x := r.read(); x.Channel != "book" {
		t.Errorf("after subscribe: %+v, want the snapshot", x)
	}
}

func TestRateLimit(t *testing.T) {
	clk := clock.NewFake(apitest.Start)
	_, g := setup(t, api.Options{Clock: clk, RateLimit: 10, RateBurst: 3})
	r := dialRaw(t, g)
	for i := range 3 {
		r.send(fmt.Sprintf(`{"id":%d,"method":"ping"}`, i))
		if x := r.read(); x.Status != 200 {
			t.Fatalf("ping %d: %+v", i, x)
		}
	}
	r.send(`{"id":4,"method":"ping"}`)
	x := r.read()
	if x.Status != 429 || x.Error == nil || x.Error.Code != "rate_limited" || x.Error.RetryAfterMS == nil || *x.Error.RetryAfterMS != 100 {
		t.Fatalf("over the limit: %+v", x)
	}
	clk.Advance(100 * time.Millisecond)
	r.send(`{"id":5,"method":"ping"}`)
	if x := r.read(); x.Status != 200 {
		t.Fatalf("after retry_after: %+v", x)
	}
}

func TestOversizedMessage(t *testing.T) {
	_, g := setup(t, api.Options{MaxMessageBytes: 1024})
	r := dialRaw(t, g)
	r.send(`{"id":1,"method":"ping","params":{"pad":"` + strings.Repeat("x", 2000) + `"}}`)
	x := r.read()
	if x.Channel != "error" || x.Error == nil || x.Error.Code != "message_too_large" {
		t.Fatalf("got %+v", x)
	}
	_, _, err := r.ws.ReadMessage()
	var ce *websocket.CloseError
	if !errors.As(err, &ce) || ce.Code != websocket.CloseMessageTooBig {
		t.Fatalf("got %v, want close 1009", err)
	}
}

func TestSlowConsumer(t *testing.T) {
	e, g := setup(t, api.Options{SendQueueLen: 8, WriteTimeout: time.Minute})
	// A client with a tiny receive buffer that stops reading.
	d := websocket.Dialer{NetDial: func(network, addr string) (net.Conn, error) {
		c, err := net.Dial(network, addr)
		if err == nil {
			c.(*net.TCPConn).SetReadBuffer(4096)
		}
		return c, err
	}}
	ws, _, err := d.Dial(g.URL(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	ws.WriteMessage(websocket.TextMessage, []byte(`{"id":1,"method":"subscribe","params":{"channel":"book","markets":["`+e.Symbol+`"]}}`))
	metric := func() string {
		resp, err := http.Get(g.HTTP() + "/metrics")
		if err != nil {
			return ""
		}
		defer resp.Body.Close()
		var b strings.Builder
		buf := make([]byte, 1<<16)
		for {
			n, err := resp.Body.Read(buf)
			b.Write(buf[:n])
			if err != nil {
				break
			}
		}
		return b.String()
	}
	// Publish book updates (one order's size going up and down) until the
	// gateway gives up on the client.
	o := e.Limit(0, exchange.Buy, 20000, 1)
	e.Submit(o)
	for i := 0; !strings.Contains(metric(), `hourglass_ws_slow_consumer_disconnects_total{reason="queue"} 1`); i++ {
		if i > 2000 {
			t.Fatal("no slow-consumer disconnect")
		}
		cmds := make([]exchange.Command, 200)
		for j := range cmds {
			cmds[j] = exchange.Command{Kind: exchange.CmdAmend, Account: 0, OrderID: o.OrderID, Price: 20000, Qty: int64(2 - j%2)}
		}
		e.Submit(cmds...)
	}
	// Now read: what was in flight, then the error event, then close 1008.
	var last []byte
	for {
		ws.SetReadDeadline(time.Now().Add(10 * time.Second))
		_, data, err := ws.ReadMessage()
		if err != nil {
			var ce *websocket.CloseError
			if !errors.As(err, &ce) || ce.Code != websocket.ClosePolicyViolation || ce.Text != "slow_consumer" {
				t.Fatalf("got %v, want close 1008 slow_consumer", err)
			}
			break
		}
		last = data
	}
	if !strings.Contains(string(last), `"channel":"error"`) || !strings.Contains(string(last), `"code":"slow_consumer"`) {
		t.Fatalf("last message %s, want the slow_consumer error event", last)
	}
}

func TestShutdownCloses1001(t *testing.T) {
	e, g := setup(t, api.Options{})
	c, err := client.Dial(context.Background(), g.URL())
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Subscribe(context.Background(), client.SubscribeParams{Channel: "book", Markets: []string{e.Symbol}}, nil); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := g.Shutdown(ctx); err != nil {
		t.Fatal(err)
	}
	<-c.Done()
	var ce *websocket.CloseError
	if !errors.As(c.Err(), &ce) || ce.Code != websocket.CloseGoingAway {
		t.Fatalf("got %v, want close 1001", c.Err())
	}
	resp, err := http.Get(g.HTTP() + "/readyz")
	if err == nil {
		resp.Body.Close()
		if resp.StatusCode == 200 {
			t.Error("ready after shutdown")
		}
	}
}

// TestPingAndClientClose: the writer, the only goroutine that writes to the
// socket, answers a client's ping with its payload and a client's close
// frame with its own, between queued messages.
func TestPingAndClientClose(t *testing.T) {
	_, g := setup(t, api.Options{})
	r := dialRaw(t, g)
	pong := make(chan string, 1)
	r.ws.SetPongHandler(func(data string) error { pong <- data; return nil })
	if err := r.ws.WriteControl(websocket.PingMessage, []byte("are you there"), time.Now().Add(time.Second)); err != nil {
		t.Fatal(err)
	}
	r.send(`{"id":1,"method":"ping"}`)
	if x := r.read(); x.Status != 200 { // reading also runs the pong handler
		t.Fatalf("ping method: %+v", x)
	}
	select {
	case got := <-pong:
		if got != "are you there" {
			t.Fatalf("pong %q", got)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("no pong")
	}
	if err := r.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseNormalClosure, "bye"),
		time.Now().Add(time.Second)); err != nil {
		t.Fatal(err)
	}
	r.ws.SetReadDeadline(time.Now().Add(5 * time.Second))
	_, _, err := r.ws.ReadMessage()
	var ce *websocket.CloseError
	if !errors.As(err, &ce) || ce.Code != websocket.CloseNormalClosure {
		t.Fatalf("got %v, want the server's close 1000", err)
	}
}
