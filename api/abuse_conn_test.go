package api_test

// The abuse suite of the gateway's connections and memory (issue 12,
// "Connections and memory"): on loopback, bounded in count and time, an
// attacker beside a legitimate client, who keeps its REST, its websocket
// and its book updates.

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/gorilla/websocket"

	"github.com/hourglass-exchange/hourglass/api"
	"github.com/hourglass-exchange/hourglass/api/internal/apitest"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/internal/bus"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// dialerFrom dials from a loopback address of its own (127.0.0.0/8 is all
// loopback), so that the gateway sees another source; rcvBuf > 0 shrinks
// the socket's receive buffer, as a client that does not read would.
func dialerFrom(ip string, rcvBuf int) *websocket.Dialer {
	return &websocket.Dialer{HandshakeTimeout: 5 * time.Second, NetDial: func(network, addr string) (net.Conn, error) {
		d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}, Timeout: 5 * time.Second}
		c, err := d.Dial(network, addr)
		if err == nil && rcvBuf > 0 {
			c.(*net.TCPConn).SetReadBuffer(rcvBuf)
		}
		return c, err
	}}
}

// dialFrom opens a websocket from ip; on a refused upgrade it returns the
// status and the error code.
func dialFrom(t *testing.T, g *apitest.Gateway, ip string) (*websocket.Conn, int, string) {
	t.Helper()
	ws, resp, err := dialerFrom(ip, 0).Dial(g.URL(), nil)
	if err == nil {
		t.Cleanup(func() { ws.Close() })
		return ws, http.StatusSwitchingProtocols, ""
	}
	if resp == nil {
		t.Fatalf("dial from %s: %v", ip, err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	m := regexp.MustCompile(`"code":"([a-z_]+)"`).FindSubmatch(body)
	if m == nil {
		t.Fatalf("dial from %s: %d %s: no error code", ip, resp.StatusCode, body)
	}
	return nil, resp.StatusCode, string(m[1])
}

// metricValue reads one sample of the gateway's /metrics (0 if absent).
func metricValue(t *testing.T, g *apitest.Gateway, sample string) float64 {
	t.Helper()
	resp, err := http.Get(g.HTTP() + "/metrics")
	if err != nil {
		t.Fatalf("/metrics: %v", err)
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), sample+" "); ok {
			f, _ := strconv.ParseFloat(v, 64)
			return f
		}
	}
	return 0
}

func getOK(t *testing.T, url string) {
	t.Helper()
	c := http.Client{Timeout: 5 * time.Second}
	resp, err := c.Get(url)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("GET %s: %d", url, resp.StatusCode)
	}
}

func pingOK(t *testing.T, ws *websocket.Conn, id int) {
	t.Helper()
	if err := ws.WriteMessage(websocket.TextMessage, []byte(`{"id":`+strconv.Itoa(id)+`,"method":"ping"}`)); err != nil {
		t.Fatalf("ping %d: %v", id, err)
	}
	for {
		ws.SetReadDeadline(time.Now().Add(5 * time.Second))
		_, data, err := ws.ReadMessage()
		if err != nil {
			t.Fatalf("ping %d: %v", id, err)
		}
		if bytes.HasPrefix(data, []byte(`{"id":`+strconv.Itoa(id)+`,"status":200`)) {
			return
		}
	}
}

// TestAbuseIdleConnections: idle websockets stop at the per-source cap
// (429) and at the total cap (503), idle TCP connections at the listener's
// per-source cap, while a legitimate client's websocket, REST and /metrics
// keep working.
func TestAbuseIdleConnections(t *testing.T) {
	const perIP, total = 15, 40
	_, g := setup(t, api.Options{MaxConns: total, MaxConnsPerIP: perIP, MaxOpenConns: 80, MaxOpenConnsPerIP: 20})

	// One source up to its cap, then refused.
	for i := range perIP {
		if _, st, code := dialFrom(t, g, "127.0.0.2"); st != http.StatusSwitchingProtocols {
			t.Fatalf("websocket %d from 127.0.0.2: %d %s", i, st, code)
		}
	}
	if _, st, code := dialFrom(t, g, "127.0.0.2"); st != http.StatusTooManyRequests || code != "too_many_source_connections" {
		t.Fatalf("websocket over the source cap: %d %q, want 429 too_many_source_connections", st, code)
	}
	// Another source is served.
	legit, st, code := dialFrom(t, g, "127.0.0.1")
	if legit == nil {
		t.Fatalf("legitimate websocket: %d %s", st, code)
	}
	pingOK(t, legit, 1)
	getOK(t, g.HTTP()+"/v1/markets")

	// More sources up to the total, then refused.
	open := perIP + 1
	for _, ip := range []string{"127.0.0.3", "127.0.0.4"} {
		for range min(perIP, total-open) {
			if _, st, code := dialFrom(t, g, ip); st != http.StatusSwitchingProtocols {
				t.Fatalf("websocket %d from %s: %d %s", open, ip, st, code)
			}
			open++
		}
	}
	if _, st, code := dialFrom(t, g, "127.0.0.5"); st != http.StatusServiceUnavailable || code != "too_many_connections" {
		t.Fatalf("websocket over the total cap: %d %q, want 503 too_many_connections", st, code)
	}

	// Idle TCP connections from one source: the listener's per-source
	// cap answers the rest 429 and closes them.
	var idle []net.Conn
	defer func() {
		for _, c := range idle {
			c.Close()
		}
	}()
	for range 25 {
		d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP("127.0.0.6")}, Timeout: 5 * time.Second}
		c, err := d.Dial("tcp", g.Addr)
		if err != nil {
			t.Fatal(err)
		}
		idle = append(idle, c)
	}
	var refused atomic.Int32
	var rg sync.WaitGroup
	for _, c := range idle {
		rg.Add(1)
		go func() {
			defer rg.Done()
			c.SetReadDeadline(time.Now().Add(time.Second))
			b, _ := io.ReadAll(c)
			if bytes.HasPrefix(b, []byte("HTTP/1.1 429")) && bytes.Contains(b, []byte(`"too_many_source_connections"`)) {
				refused.Add(1)
			}
		}()
	}
	rg.Wait()
	refusedTCP := int(refused.Load())
	if refusedTCP != 5 {
		t.Errorf("%d of 25 idle TCP connections from one source refused, want 5 (the cap is 20)", refusedTCP)
	}

	// The legitimate client beside all that.
	pingOK(t, legit, 2)
	getOK(t, g.HTTP()+"/v1/markets")
	getOK(t, g.HTTP()+"/metrics")
	for _, reason := range []string{"ws_source", "ws_total", "tcp_source"} {
		if v := metricValue(t, g, `hourglass_connections_refused_total{reason="`+reason+`"}`); v < 1 {
			t.Errorf("hourglass_connections_refused_total{reason=%q} = %v", reason, v)
		}
	}
	t.Logf("%d websockets open (cap %d, %d per source), %d idle TCP refused", open, total, perIP, refusedTCP)
}

// TestConnDefaultsBelowFDLimit: by default the listener's cap leaves
// descriptors to the rest of the process, and websockets leave some of
// the listener's to REST and /metrics.
func TestConnDefaultsBelowFDLimit(t *testing.T) {
	limits, err := os.ReadFile("/proc/self/limits")
	if err != nil {
		t.Skip("no /proc/self/limits here")
	}
	m := regexp.MustCompile(`Max open files\s+(\d+)`).FindSubmatch(limits)
	if m == nil {
		t.Skip("no descriptor limit in /proc/self/limits")
	}
	nofile, _ := strconv.Atoi(string(m[1]))
	_, g := setup(t, api.Options{})
	o := g.Options()
	t.Logf("RLIMIT_NOFILE %d: MaxOpenConns %d (%d per source), MaxConns %d (%d per source)",
		nofile, o.MaxOpenConns, o.MaxOpenConnsPerIP, o.MaxConns, o.MaxConnsPerIP)
	if o.MaxOpenConns > nofile-256 || o.MaxConns > o.MaxOpenConns-64 || o.MaxConnsPerIP >= o.MaxOpenConnsPerIP || o.MaxConns < 1 {
		t.Fatalf("caps leave no headroom: %+v", o)
	}
}

// TestAbuseNonReadersAndLongIDs: clients that never read, some spamming
// requests with 16 KB ids (and invalid UTF-8 ones) as fast as they can,
// others subscribed to the book, beside a legitimate subscriber. The
// gateway closes them (rate_limit_exceeded, slow_consumer by the shared
// budget) while the legitimate client keeps getting its book updates, and
// its heap stays bounded.
func TestAbuseNonReadersAndLongIDs(t *testing.T) {
	const (
		spammers   = 8
		perSpammer = 800 // 16 KB each: 12.8 MB a spammer, some 4 MB of which the sockets hold
		nonReaders = 8
		budget     = 2 << 20
	)
	// The bus keeps few messages, so that the heap measures the gateway,
	// not the bus's catch-up window.
	b := bus.NewLocal(bus.Options{Retention: bus.Retention{Messages: 100}})
	t.Cleanup(func() { b.Close() })
	e := apitest.NewEngine(t, apitest.Options{Bus: b})
	// No cap on a queue's message count: the shared budget is what cuts.
	g := apitest.NewGateway(t, api.Options{Bus: b, SendBudgetBytes: budget, SendQueueLen: 1 << 20, WriteTimeout: time.Minute})
	g.WaitMarket(t, e.Symbol)
	o := e.Limit(0, exchange.Buy, 20000, 1)
	e.Submit(o)
	sub := `{"id":1,"method":"subscribe","params":{"channel":"book","markets":["` + e.Symbol + `"]}}`

	// The legitimate subscriber reads every book message and notes when.
	legit, _, err := websocket.DefaultDialer.Dial(g.URL(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer legit.Close()
	legit.WriteMessage(websocket.TextMessage, []byte(sub))
	var (
		mu      sync.Mutex
		lastAt  time.Time
		maxGap  time.Duration
		lastSeq atomic.Uint64
		updates atomic.Int64
		measure atomic.Bool
		readErr atomic.Value
	)
	go func() {
		for {
			_, data, err := legit.ReadMessage()
			if err != nil {
				readErr.Store(err)
				return
			}
			if !bytes.HasPrefix(data, []byte(`{"channel":"book"`)) {
				continue
			}
			now := time.Now()
			mu.Lock()
			if measure.Load() && !lastAt.IsZero() {
				maxGap = max(maxGap, now.Sub(lastAt))
			}
			lastAt = now
			mu.Unlock()
			lastSeq.Store(seqOf(data))
			updates.Add(1)
		}
	}()
	testsvc.CheckFor(t, 10*time.Second, 5*time.Millisecond, func() error {
		if lastSeq.Load() == 0 {
			return errors.New("no book snapshot")
		}
		return nil
	})

	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)

	// The attackers.
	var wg sync.WaitGroup
	var sent atomic.Int64
	longID := `"` + strings.Repeat("x", 16000) + `"`
	for i := range spammers {
		ws, _, err := dialerFrom("127.0.0.1", 4096).Dial(g.URL(), nil)
		if err != nil {
			t.Fatal(err)
		}
		defer ws.Close()
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range perSpammer {
				msg := `{"id":` + longID + `,"method":"ping"}`
				if i%2 == 1 && j%2 == 1 {
					msg = "{\"id\":\"\xff\xfe" + strings.Repeat("y", 16000) + "\",\"method\":\"ping\"}"
				}
				ws.SetWriteDeadline(time.Now().Add(5 * time.Second))
				if ws.WriteMessage(websocket.TextMessage, []byte(msg)) != nil {
					return // closed by the gateway
				}
				sent.Add(1)
			}
		}()
	}
	for range nonReaders {
		ws, _, err := dialerFrom("127.0.0.1", 4096).Dial(g.URL(), nil)
		if err != nil {
			t.Fatal(err)
		}
		defer ws.Close()
		// Every depth of the book: four messages an update, which fill
		// the socket's buffers and then the queue four times as fast.
		for i, d := range []int{0, 10, 50, 500} {
			ws.WriteMessage(websocket.TextMessage, []byte(`{"id":`+strconv.Itoa(i)+`,"method":"subscribe","params":{"channel":"book","markets":["`+
				e.Symbol+`"],"depth":`+strconv.Itoa(d)+`}}`))
		}
	}

	// Book updates flow until the spammers are done and the non-readers
	// are cut (or 20 s).
	measure.Store(true)
	start := time.Now()
	spamDone := make(chan struct{})
	go func() { wg.Wait(); close(spamDone) }()
	var peak uint64
	pace := time.NewTicker(20 * time.Millisecond) // 2,500 book updates a second
	defer pace.Stop()
	for round := 0; ; round++ {
		<-pace.C
		cmds := make([]exchange.Command, 50)
		for j := range cmds {
			cmds[j] = exchange.Command{Kind: exchange.CmdAmend, Account: 0, OrderID: o.OrderID, Price: 20000, Qty: int64(2 - j%2)}
		}
		e.Submit(cmds...)
		if round%10 == 0 {
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapAlloc)
		}
		done := false
		select {
		case <-spamDone:
			done = metricValue(t, g, `hourglass_ws_slow_consumer_disconnects_total{reason="budget"}`) >= 1
		default:
		}
		if done || time.Since(start) > 20*time.Second {
			break
		}
	}
	attack := time.Since(start)
	// What the attackers left behind, while their sockets are still open
	// (the write deadline is a minute: only the gateway's caps free it).
	runtime.GC()
	runtime.ReadMemStats(&after)
	measure.Store(false)

	// The legitimate client gets the next update at once.
	seq := lastSeq.Load()
	e.Submit(exchange.Command{Kind: exchange.CmdAmend, Account: 0, OrderID: o.OrderID, Price: 20000, Qty: 3})
	t0 := time.Now()
	testsvc.CheckFor(t, 2*time.Second, time.Millisecond, func() error {
		if err, _ := readErr.Load().(error); err != nil {
			return fmt.Errorf("legitimate subscriber: %v", err)
		}
		if lastSeq.Load() <= seq {
			return fmt.Errorf("no update after seq %d", seq)
		}
		return nil
	})
	mu.Lock()
	gap := maxGap
	mu.Unlock()

	growth := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	budgetCuts := metricValue(t, g, `hourglass_ws_slow_consumer_disconnects_total{reason="budget"}`)
	rateCuts := metricValue(t, g, `hourglass_ws_rate_limit_disconnects_total`)
	if t.Failed() || testing.Verbose() {
		for _, m := range []string{`hourglass_ws_slow_consumer_disconnects_total{reason="queue"}`, `hourglass_ws_slow_consumer_disconnects_total{reason="write_deadline"}`,
			`hourglass_ws_connections`, `hourglass_ws_send_queue_bytes`} {
			t.Logf("%s %v", m, metricValue(t, g, m))
		}
	}
	t.Logf("attack %v: %d spam messages sent of %d; heap %.1f MB before, %.1f MB peak, %.1f MB after (live, growth %+.1f MB); "+
		"legitimate subscriber: %d book messages, longest gap %v, next update in %v; closed: %v rate_limit_exceeded, %v slow_consumer (budget)",
		attack.Round(time.Millisecond), sent.Load(), spammers*perSpammer, mb(before.HeapAlloc), mb(peak), mb(after.HeapAlloc), float64(growth)/(1<<20),
		updates.Load(), gap.Round(time.Millisecond), time.Since(t0).Round(time.Millisecond), rateCuts, budgetCuts)
	if growth > 24<<20 {
		t.Errorf("live heap grew %.1f MB under the attack, want under 24 MB", float64(growth)/(1<<20))
	}
	if budgetCuts < 1 {
		t.Errorf("no non-reader cut by the send budget")
	}
	if gap > 2*time.Second {
		t.Errorf("the legitimate subscriber waited %v between book updates", gap)
	}
}

func mb(b uint64) float64 { return float64(b) / (1 << 20) }

// TestAbuseRequestIDs: an id longer than 64 bytes or not valid UTF-8 is
// refused invalid_id and not echoed; every frame the gateway sends is
// valid UTF-8.
func TestAbuseRequestIDs(t *testing.T) {
	_, g := setup(t, api.Options{})
	r := dialRaw(t, g)
	id64 := `"` + strings.Repeat("a", 62) + `"`
	for _, tc := range []struct {
		name, id, echo, code string
	}{
		{"64 bytes", id64, id64, ""},
		{"65 bytes", `"` + strings.Repeat("a", 63) + `"`, "null", "invalid_id"},
		{"a 65-digit number", strings.Repeat("9", 65), "null", "invalid_id"},
		{"16 KB", `"` + strings.Repeat("a", 16000) + `"`, "null", "invalid_id"},
		{"invalid UTF-8", "\"\xff\xfe\"", "null", "invalid_id"},
		{"an escape", `"\u00e9"`, `"\u00e9"`, ""},
	} {
		r.send(`{"id":` + tc.id + `,"method":"ping"}`)
		r.ws.SetReadDeadline(time.Now().Add(5 * time.Second))
		_, data, err := r.ws.ReadMessage()
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if !utf8.Valid(data) {
			t.Errorf("%s: the response is not valid UTF-8: %q", tc.name, data)
		}
		if len(data) > 300 {
			t.Errorf("%s: a %d-byte response", tc.name, len(data))
		}
		want := `{"id":` + tc.echo + `,"status":200,`
		if tc.code != "" {
			want = `{"id":` + tc.echo + `,"status":400,"error":{"code":"` + tc.code + `"`
		}
		if !bytes.HasPrefix(data, []byte(want)) {
			t.Errorf("%s: got %.200s, want %s…", tc.name, data, want)
		}
	}
}

// TestAbuseRateLimitedClientClosed: a client that keeps sending after
// being rate-limited is closed with 1008 rate_limit_exceeded; one whose
// rate-limited messages are spread beyond the window is not.
func TestAbuseRateLimitedClientClosed(t *testing.T) {
	clk := clock.NewFake(apitest.Start)
	_, g := setup(t, api.Options{Clock: clk, RateLimit: 10, RateBurst: 3, RateLimitCloseAfter: 5, RateLimitWindow: 10 * time.Second})
	burst := func(r *rawConn, limited int) {
		t.Helper()
		for i := range 3 + limited {
			r.send(fmt.Sprintf(`{"id":%d,"method":"ping"}`, i))
			x := r.read()
			if want := map[bool]int{true: 200, false: 429}[i < 3]; x.Status != want {
				t.Fatalf("ping %d: %+v, want %d", i, x, want)
			}
		}
	}
	// Four rate-limited messages, a window, four more: still open.
	patient := dialRaw(t, g)
	burst(patient, 4)
	clk.Advance(10 * time.Second)
	burst(patient, 4)
	clk.Advance(time.Second)
	patient.send(`{"id":99,"method":"ping"}`)
	if x := patient.read(); x.Status != 200 {
		t.Fatalf("patient client: %+v", x)
	}

	// Five within the window: the fifth closes.
	r := dialRaw(t, g)
	burst(r, 4)
	r.send(`{"id":7,"method":"ping"}`)
	if x := r.read(); x.Channel != "error" || x.Error == nil || x.Error.Code != "rate_limit_exceeded" {
		t.Fatalf("fifth rate-limited message: %+v, want the rate_limit_exceeded error event", x)
	}
	r.ws.SetReadDeadline(time.Now().Add(5 * time.Second))
	_, _, err := r.ws.ReadMessage()
	var ce *websocket.CloseError
	if !errors.As(err, &ce) || ce.Code != websocket.ClosePolicyViolation || ce.Text != "rate_limit_exceeded" {
		t.Fatalf("got %v, want close 1008 rate_limit_exceeded", err)
	}
	if v := metricValue(t, g, "hourglass_ws_rate_limit_disconnects_total"); v != 1 {
		t.Errorf("hourglass_ws_rate_limit_disconnects_total = %v, want 1", v)
	}
}

// TestAbuseSlowHTTP: a body trickled a byte at a time, an idle kept-alive
// connection and oversized headers are cut by the HTTP server's limits,
// while a websocket outlives them.
func TestAbuseSlowHTTP(t *testing.T) {
	const timeout = 500 * time.Millisecond
	_, g := setup(t, api.Options{HTTPReadTimeout: timeout, HTTPWriteTimeout: timeout, HTTPIdleTimeout: timeout,
		HTTPReadHeaderTimeout: timeout, MaxHeaderBytes: 4096})
	dial := func() net.Conn {
		c, err := net.DialTimeout("tcp", g.Addr, 5*time.Second)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		return c
	}
	// readToClose reads until the server closes, for up to 5 s.
	readToClose := func(c net.Conn) ([]byte, time.Duration) {
		t.Helper()
		start := time.Now()
		c.SetReadDeadline(start.Add(5 * time.Second))
		b, err := io.ReadAll(c)
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() {
			t.Fatalf("the server did not close the connection in 5 s (read %q)", b)
		}
		return b, time.Since(start)
	}

	// A body of 100 bytes trickled a byte every 200 ms (20 s in all).
	c := dial()
	fmt.Fprintf(c, "POST /v1/markets HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n")
	stop := make(chan struct{})
	go func() {
		tk := time.NewTicker(200 * time.Millisecond)
		defer tk.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tk.C:
				if _, err := c.Write([]byte("x")); err != nil {
					return
				}
			}
		}
	}()
	_, took := readToClose(c)
	close(stop)
	if took > 3*time.Second {
		t.Errorf("trickled body: closed after %v, want about %v", took, timeout)
	}

	// A kept-alive connection that goes idle.
	c = dial()
	fmt.Fprintf(c, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
	b, took := readToClose(c)
	if !bytes.HasPrefix(b, []byte("HTTP/1.1 200")) || took > 3*time.Second {
		t.Errorf("idle connection: closed after %v with %q", took, b)
	}

	// Headers over MaxHeaderBytes.
	c = dial()
	fmt.Fprintf(c, "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Pad: %s\r\n\r\n", strings.Repeat("p", 16<<10))
	if b, _ := readToClose(c); !bytes.HasPrefix(b, []byte("HTTP/1.1 431")) {
		t.Errorf("oversized headers: %.40q, want 431", b)
	}

	// A websocket is not bound by the HTTP timeouts: it pings past them.
	ws, _, err := websocket.DefaultDialer.Dial(g.URL(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	pingOK(t, ws, 1)
	time.Sleep(3 * timeout) // the real socket deadlines run on the wall clock
	pingOK(t, ws, 2)
}

// TestConnLimitCodesDocumented: the connection limits' codes are listed
// by Codes, with their status, and in docs/api.md.
func TestConnLimitCodesDocumented(t *testing.T) {
	doc, err := os.ReadFile("../docs/api.md")
	if err != nil {
		t.Fatal(err)
	}
	for code, status := range map[api.Code]int{
		api.CodeInvalidID: 400, api.CodeRateLimitExceeded: 429,
		api.CodeTooManyConnections: 503, api.CodeTooManySourceConnections: 429,
	} {
		n := 0
		for _, c := range api.Codes() {
			if c == code {
				n++
			}
		}
		if n != 1 || code.Status() != status {
			t.Errorf("%s: listed %d times by Codes, status %d; want once, %d", code, n, code.Status(), status)
		}
		if !bytes.Contains(doc, []byte("| `"+string(code)+"` | "+strconv.Itoa(status)+" |")) {
			t.Errorf("%s is not in docs/api.md's error codes", code)
		}
	}
}
