package api_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/hourglass-exchange/hourglass/api"
	"github.com/hourglass-exchange/hourglass/api/internal/apitest"
	hgwire "github.com/hourglass-exchange/hourglass/api/wire"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// schemaDefs returns the $defs of the websocket schema, raw.
func schemaDefs(t *testing.T) map[string]json.RawMessage {
	t.Helper()
	var doc struct {
		Defs map[string]json.RawMessage `json:"$defs"`
	}
	if err := json.Unmarshal(hgwire.WebsocketSchema, &doc); err != nil {
		t.Fatal(err)
	}
	return doc.Defs
}

// TestWebsocketSchemaServed checks that GET /v1/ws.schema.json serves the
// schema, that every schema in it compiles, and that it lists every error
// code of the gateway and every method with its request and response.
func TestWebsocketSchemaServed(t *testing.T) {
	_, g := setup(t, api.Options{})
	resp, err := http.Get(g.HTTP() + "/v1/ws.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "application/json" || !bytes.Equal(body, hgwire.WebsocketSchema) {
		t.Fatalf("GET /v1/ws.schema.json: %d %q, %d bytes", resp.StatusCode, resp.Header.Get("Content-Type"), len(body))
	}
	defs := schemaDefs(t)
	for name := range defs {
		if _, err := apitest.Schema(name); err != nil {
			t.Error(err)
		}
	}
	var codes struct {
		Enum []string `json:"enum"`
	}
	if err := json.Unmarshal(defs["error_code"], &codes); err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, c := range api.Codes() {
		want = append(want, string(c))
	}
	slices.Sort(want)
	slices.Sort(codes.Enum)
	if !slices.Equal(codes.Enum, want) {
		t.Errorf("error_code enum %v\nwant api.Codes() %v", codes.Enum, want)
	}
	var cm struct {
		Properties struct {
			Method struct {
				Enum []string `json:"enum"`
			} `json:"method"`
		} `json:"properties"`
	}
	if err := json.Unmarshal(defs["client_message"], &cm); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(cm.Properties.Method.Enum, apitest.Methods) {
		t.Errorf("client_message methods %v, want %v", cm.Properties.Method.Enum, apitest.Methods)
	}
	for _, m := range apitest.Methods {
		for _, kind := range []string{"request_", "response_"} {
			if defs[kind+strings.ReplaceAll(m, ".", "_")] == nil {
				t.Errorf("no %s schema for %s", kind, m)
			}
		}
	}
}

// TestWebsocketSchemaDocExamples validates the one-line websocket messages
// of docs/api.md's examples against the schema: the prose and the schema
// say the same.
func TestWebsocketSchemaDocExamples(t *testing.T) {
	doc, err := os.ReadFile("../docs/api.md")
	if err != nil {
		t.Fatal(err)
	}
	start := bytes.Index(doc, []byte("\n## Websocket"))
	end := bytes.Index(doc, []byte("\n## REST"))
	if start < 0 || end < start {
		t.Fatal("docs/api.md: no Websocket section")
	}
	// Examples elide addresses and signatures: "0x…", "0x2b5a…".
	elided := regexp.MustCompile(`"0x[0-9a-fA-F]*…"`)
	n := 0
	for _, block := range strings.Split(string(doc[start:end]), "```json\n")[1:] {
		block, _, _ = strings.Cut(block, "```")
		for _, line := range strings.Split(block, "\n") {
			line = elided.ReplaceAllString(line, `"0x`+strings.Repeat("0", 40)+`"`)
			var m map[string]any
			if json.Unmarshal([]byte(line), &m) != nil {
				continue // a multi-line or elided example
			}
			name := "server_message"
			switch {
			case m["method"] != nil:
				name = "client_message"
			case m["status"] == nil && m["channel"] == nil:
				continue // a result, not a message
			}
			s, err := apitest.Schema(name)
			if err != nil {
				t.Fatal(err)
			}
			v, _ := jsonschema.UnmarshalJSON(strings.NewReader(line))
			if err := s.Validate(v); err != nil {
				t.Errorf("docs/api.md example is not a %s: %v\n%s", name, err, line)
			}
			n++
		}
	}
	if n < 15 {
		t.Fatalf("only %d examples found", n)
	}
}

// TestFrameTap checks that Options.FrameTap is told every message read and
// written, in order, and the connection's end.
func TestFrameTap(t *testing.T) {
	type frame struct {
		dir  api.FrameDir
		conn uint64
		data string
	}
	var (
		mu     sync.Mutex
		frames []frame
	)
	_, g := setup(t, api.Options{FrameTap: func(dir api.FrameDir, conn uint64, data []byte) {
		mu.Lock()
		frames = append(frames, frame{dir, conn, string(data)})
		mu.Unlock()
	}})
	ws, _, err := websocket.DefaultDialer.Dial(g.URL(), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range []string{`{"id":1,"method":"ping"}`, `{`} {
		if err := ws.WriteMessage(websocket.TextMessage, []byte(m)); err != nil {
			t.Fatal(err)
		}
		ws.SetReadDeadline(time.Now().Add(5 * time.Second))
		if _, _, err := ws.ReadMessage(); err != nil {
			t.Fatal(err)
		}
	}
	ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseNormalClosure, ""), time.Now().Add(time.Second))
	ws.Close()
	testsvc.CheckFor(t, 5*time.Second, 5*time.Millisecond, func() error {
		mu.Lock()
		defer mu.Unlock()
		if len(frames) < 5 {
			return io.ErrUnexpectedEOF
		}
		return nil
	})
	mu.Lock()
	defer mu.Unlock()
	if len(frames) != 5 {
		t.Fatalf("frames %+v", frames)
	}
	want := []struct {
		dir    api.FrameDir
		prefix string
	}{
		{api.FrameRead, `{"id":1,"method":"ping"}`}, {api.FrameWritten, `{"id":1,"status":200,"result":{"time_ms":`},
		{api.FrameRead, `{`}, {api.FrameWritten, `{"id":null,"status":400,"error":{"code":"invalid_json"`}, {api.FrameClosed, ``},
	}
	for i, f := range frames {
		if f.dir != want[i].dir || !strings.HasPrefix(f.data, want[i].prefix) || f.conn != frames[0].conn || f.conn == 0 {
			t.Errorf("frame %d: %v conn %d %q, want %v %q…", i, f.dir, f.conn, f.data, want[i].dir, want[i].prefix)
		}
	}
}

// TestWebsocketSchemaEveryKind drives one gateway through every message
// kind the schema describes (each method's request and response, an error
// response, each channel's snapshot and update, the error event) and
// checks them all against it: the other tests' traffic is checked too,
// but this one cannot leave a kind out.
func TestWebsocketSchemaEveryKind(t *testing.T) {
	k := apitest.NewConformance(0)
	t.Cleanup(func() { // after the gateway's shutdown, registered below
		k.Check(t)
		var missing []string
		seen := k.Kinds()
		for name := range schemaDefs(t) {
			if (strings.HasPrefix(name, "request_") || strings.HasPrefix(name, "response_") || strings.HasPrefix(name, "event_")) && seen[name] == 0 {
				missing = append(missing, name)
			}
		}
		if len(missing) > 0 {
			slices.Sort(missing)
			t.Errorf("no message of %v; seen %v", missing, seen)
		}
	})
	w := newOrderWorld(t, func(o *api.Options) { o.FrameTap = k.Tap; o.Leases = newFakeLeases() })
	w.gw.WaitMarket(t, w.e.Symbol)
	maker, taker := w.trader(1), w.trader(2)
	maker.login(false)
	taker.login(false)
	maker.fund()
	taker.fund()
	for _, ch := range []string{"orders", "fills", "balances", "settlement", "nonces"} {
		maker.ok("subscribe", map[string]any{"channel": ch})
	}
	maker.ok("ping", nil)
	maker.ok("cancel_after", map[string]any{"timeout_ms": 60_000})
	id := num(maker.ok("order.place", maker.order("buy", 20000, 10, 1, nil))["order_id"])
	ioc := func(coid uint64) map[string]any {
		o := taker.order("sell", 20000, 1, coid, nil)
		o["tif"] = "ioc"
		return o
	}
	taker.ok("order.place", ioc(1))
	// Subscribed after a trade, so that every snapshot has something.
	for _, p := range []map[string]any{
		{"channel": "book", "depth": 10}, {"channel": "trades"}, {"channel": "ticker"},
		{"channel": "candles", "interval": "1m"}, {"channel": "heartbeat"},
	} {
		p["markets"] = []string{w.e.Symbol}
		maker.ok("subscribe", p)
	}
	taker.ok("order.place", ioc(2))
	maker.ok("order.amend", map[string]any{"order_id": id, "size": "5"})
	maker.ok("order.status", map[string]any{"client_order_id": "1"})
	maker.ok("order.cancel", map[string]any{"order_id": id})
	maker.refused("order.cancel", map[string]any{"order_id": id}, "unknown_order", 404)
	maker.ok("order.cancel_all", map[string]any{})
	maker.ok("subscribe", map[string]any{"channel": "leases"})
	maker.ok("lease.submit_spec", leaseSpec("7", `{"holder":"x"}`))
	maker.ok("lease.stop", map[string]any{"lease_id": "7"})
	maker.ok("lease.complain", map[string]any{"lease_id": "7", "hour": 499392, "signature": "0x" + strings.Repeat("ab", 64) + "1b"})
	maker.ok("spot.set_spec", map[string]any{"symbol": "H100SXM-US-T1-SPOT+4h", "spec": json.RawMessage(`{"holder":"x"}`), "signature": goodSig})
	maker.ok("spot.specs", nil)
	maker.ok("spot.withdraw_spec", map[string]any{"symbol": "H100SXM-US-T1-SPOT+4h"})
	// The error event: a message over the size limit.
	big, _, err := websocket.DefaultDialer.Dial(w.gw.URL(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer big.Close()
	big.WriteMessage(websocket.TextMessage, []byte(`{"method":"ping","params":{"pad":"`+strings.Repeat("x", 17000)+`"}}`))
	big.SetReadDeadline(time.Now().Add(5 * time.Second))
	if _, data, err := big.ReadMessage(); err != nil || !strings.Contains(string(data), "message_too_large") {
		t.Fatalf("oversized message: %s %v", data, err)
	}
	// Heartbeats come about once a second.
	testsvc.CheckFor(t, 10*time.Second, 10*time.Millisecond, func() error {
		w.clock.Advance(api.DefaultLeasePoll) // the leases channel's poll
		if k.Kinds()["event_heartbeat_update"] == 0 || k.Kinds()["event_nonces_update"] == 0 || k.Kinds()["event_settlement_update"] == 0 ||
			k.Kinds()["event_leases_update"] == 0 {
			return fmt.Errorf("seen %v", k.Kinds())
		}
		return nil
	})
	maker.ok("unsubscribe", map[string]any{"channel": "heartbeat", "markets": []string{w.e.Symbol}})
}
