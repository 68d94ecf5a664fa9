package apitest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/hourglass-exchange/hourglass/api"
	"github.com/hourglass-exchange/hourglass/api/wire"
)

// schemaURL is the $id of wire.WebsocketSchema.
const schemaURL = "https://hourglass.exchange/v1/ws.schema.json"

var schemas struct {
	once   sync.Once
	err    error
	byName map[string]*jsonschema.Schema // read-only once compiled
}

// Schema returns the compiled $defs/name of the websocket schema
// (wire.WebsocketSchema): client_message, server_message,
// request_<method>, response_<method>, event_<channel>_<type>, ...
func Schema(name string) (*jsonschema.Schema, error) {
	schemas.once.Do(compileSchemas)
	if schemas.err != nil {
		return nil, schemas.err
	}
	if s := schemas.byName[name]; s != nil {
		return s, nil
	}
	return nil, fmt.Errorf("websocket schema: no $defs/%s", name)
}

// compileSchemas compiles every schema of $defs at once: validation then
// reads a map no one writes.
func compileSchemas() {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(wire.WebsocketSchema))
	if err != nil {
		schemas.err = fmt.Errorf("websocket schema: %w", err)
		return
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	if err := c.AddResource(schemaURL, doc); err != nil {
		schemas.err = fmt.Errorf("websocket schema: %w", err)
		return
	}
	defs, _ := doc.(map[string]any)["$defs"].(map[string]any)
	schemas.byName = make(map[string]*jsonschema.Schema, len(defs)+1)
	for name := range defs {
		s, err := c.Compile(schemaURL + "#/$defs/" + name)
		if err != nil {
			schemas.err = fmt.Errorf("websocket schema %s: %w", name, err)
			return
		}
		schemas.byName[name] = s
	}
}

// Methods are the websocket methods the schema describes, each with its
// request_<method> and response_<method> ($defs name: dots as
// underscores).
var Methods = []string{
	api.MethodSubscribe, api.MethodUnsubscribe, api.MethodPing, api.MethodAuthChallenge, api.MethodAuthLogin,
	api.MethodOrderPlace, api.MethodOrderCancel, api.MethodOrderCancelAll, api.MethodOrderAmend,
	api.MethodOrderStatus, api.MethodCancelAfter, api.MethodLeaseSubmitSpec, api.MethodLeaseStop,
	api.MethodLeaseComplain, api.MethodSpotSetSpec, api.MethodSpotWithdrawSpec, api.MethodSpotSpecs,
}

// defName is the $defs name of a method's request or response schema.
func defName(kind, method string) string { return kind + "_" + strings.ReplaceAll(method, ".", "_") }

// Conformance checks a websocket conversation against the schema as it
// goes, connection by connection: every client message against
// client_message, every server message against server_message and
// against the schema of what it is: a response against response_<method>
// of the request it answers (responses come one per request, in request
// order; it must echo the request's id, and an error's status must be its
// code's), an event against event_<channel>_<type>. A client message that
// is not a client_message (a test's deliberately malformed one) passes
// only if the server answered it with an error, or answered nothing
// because the connection ended first. It keeps nothing of a connection
// after it closed but the failures (at most maxFailures). Of each kind of
// message (each of those schemas) it decodes and validates the first
// fullChecks, then one in sampleEvery, so that load and abuse tests stay
// cheap: validating a message costs about 50 µs, decoding a 16 KB one
// more. A request not sampled is not checked, nor its response's id.
type Conformance struct {
	// MaxMessageBytes is the gateway's limit: a longer client message is
	// answered by the message_too_large error event and a close, not by a
	// response.
	MaxMessageBytes int

	mu         sync.Mutex
	conns      map[uint64]*convo
	kinds      map[string]int // messages seen by schema name
	failures   []string
	failed     int // failures, including those not kept
	checked    int // messages validated
	unanswered int // malformed client messages left unanswered by a closing connection
}

const (
	maxFailures = 20
	fullChecks  = 200 // messages of each kind validated before sampling
	sampleEvery = 50
	maxShown    = 600 // bytes of a message shown in a failure
)

// convo is one connection's state: its client messages not answered
// yet, oldest first.
type convo struct {
	pending []request
}

type request struct {
	method  string
	id      any // the id as sent (nil when absent or null)
	checked bool
	invalid string // why the message is not a client_message; "" when it is one
	frame   string
}

// NewConformance returns a checker for a gateway with the given
// Options.MaxMessageBytes (0: the default, 16384).
func NewConformance(maxMessageBytes int) *Conformance {
	if maxMessageBytes <= 0 {
		maxMessageBytes = 16384
	}
	return &Conformance{MaxMessageBytes: maxMessageBytes, conns: make(map[uint64]*convo), kinds: make(map[string]int)}
}

// Tap is an api.Options.FrameTap.
func (k *Conformance) Tap(dir api.FrameDir, conn uint64, data []byte) {
	switch dir {
	case api.FrameRead:
		k.ClientMessage(conn, data)
	case api.FrameWritten:
		k.ServerMessage(conn, data)
	case api.FrameClosed:
		k.Closed(conn)
	}
}

func (k *Conformance) convo(conn uint64) *convo {
	c := k.conns[conn]
	if c == nil {
		c = &convo{}
		k.conns[conn] = c
	}
	return c
}

// sampled counts a message of a kind and says whether to validate it.
// Called with k.mu held.
func (k *Conformance) sampled(kind string) bool {
	allKinds.Lock()
	allKinds.n[kind]++
	allKinds.Unlock()
	n := k.kinds[kind] + 1
	k.kinds[kind] = n
	if n <= fullChecks || n%sampleEvery == 0 {
		k.checked++
		return true
	}
	return false
}

func (k *Conformance) fail(conn uint64, format string, args ...any) {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.failLocked(conn, format, args...)
}

func (k *Conformance) failLocked(conn uint64, format string, args ...any) {
	k.failed++
	if len(k.failures) < maxFailures {
		k.failures = append(k.failures, fmt.Sprintf("connection %d: ", conn)+fmt.Sprintf(format, args...))
	}
}

func shown(data []byte) string {
	if len(data) > maxShown {
		return string(data[:maxShown]) + "…"
	}
	return string(data)
}

// validate checks v against $defs/name; it returns the error, "" if v
// conforms.
func validate(name string, v any) string {
	s, err := Schema(name)
	if err != nil {
		return err.Error()
	}
	if err := s.Validate(v); err != nil {
		return err.Error()
	}
	return ""
}

// ClientMessage takes a message the client sent on connection conn.
func (k *Conformance) ClientMessage(conn uint64, data []byte) {
	if len(data) > k.MaxMessageBytes {
		return // answered by the message_too_large event and a close
	}
	// Only a sampled message is decoded: a load test's are counted by
	// their method as it reads in the text.
	method, _ := peekString(data, "method")
	r := request{method: method}
	if r.checked = k.sample(defName("request", method)); r.checked {
		r.frame = shown(data)
		v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		if err != nil {
			r.invalid = "not JSON: " + err.Error()
		} else if r.invalid = validate("client_message", v); r.invalid == "" {
			m := v.(map[string]any)
			r.method, _ = m["method"].(string)
			r.id = m["id"]
		}
	}
	k.mu.Lock()
	c := k.convo(conn)
	c.pending = append(c.pending, r)
	k.mu.Unlock()
}

// peekString returns the string value of the first "key" in data, without
// decoding it: what a message of the gateway's own making has first.
func peekString(data []byte, key string) (string, bool) {
	i := bytes.Index(data, []byte(`"`+key+`":`))
	if i < 0 {
		return "", false
	}
	rest := bytes.TrimLeft(data[i+len(key)+3:], " \t\r\n")
	if len(rest) == 0 || rest[0] != '"' {
		return "", false
	}
	end := bytes.IndexByte(rest[1:], '"')
	if end < 0 {
		return "", false
	}
	return string(rest[1 : 1+end]), true
}

// ServerMessage takes a message the server sent on connection conn.
func (k *Conformance) ServerMessage(conn uint64, data []byte) {
	// An event as the gateway writes one ({"channel":"book","type":…) is
	// counted by the kind it reads in the text, and decoded only when
	// sampled.
	evented := bytes.HasPrefix(data, []byte(`{"channel":"`))
	if evented {
		ch, _ := peekString(data, "channel")
		typ, _ := peekString(data, "type")
		if !k.sample(eventKind(ch, typ)) {
			return
		}
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		k.fail(conn, "server message is not JSON (%v): %s", err, shown(data))
		return
	}
	m, _ := v.(map[string]any)
	if _, ok := m["status"]; !ok {
		ch, _ := m["channel"].(string)
		typ, _ := m["type"].(string)
		if kind := eventKind(ch, typ); evented || k.sample(kind) {
			k.check(conn, kind, v, data)
		}
		return
	}
	// A response: it answers the oldest request not answered yet.
	k.mu.Lock()
	c := k.convo(conn)
	if len(c.pending) == 0 {
		k.failLocked(conn, "response with no request waiting for one: %s", shown(data))
		k.mu.Unlock()
		return
	}
	r := c.pending[0]
	c.pending = c.pending[1:]
	st, _ := m["status"].(json.Number)
	code := errorCode(m)
	if r.checked && r.invalid == "" && m["id"] != r.id && code != string(api.CodeInvalidID) {
		k.failLocked(conn, "the response to\n\t%s\ndoes not echo its id:\n\t%s", r.frame, shown(data))
	}
	if code != "" && st.String() != strconv.Itoa(api.Code(code).Status()) {
		k.failLocked(conn, "status %s with code %s, which is answered %d:\n\t%s", st, code, api.Code(code).Status(), shown(data))
	}
	kind := "error_response"
	if st == "200" {
		if r.invalid != "" {
			k.failLocked(conn, "the client message\n\t%s\nis not a client_message (%s)\nbut was answered 200:\n\t%s", r.frame, r.invalid, shown(data))
			k.mu.Unlock()
			return
		}
		kind = defName("response", r.method)
	}
	check := k.sampled(kind)
	k.mu.Unlock()
	if check {
		k.check(conn, kind, v, data)
	}
}

// eventKind is the $defs name of an event's schema.
func eventKind(channel, typ string) string {
	if channel == "error" {
		return "event_error"
	}
	return "event_" + channel + "_" + typ
}

// sample counts a message of a kind and says whether to validate it.
func (k *Conformance) sample(kind string) bool {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.sampled(kind)
}

// check validates a server message against server_message and the schema
// of its kind.
func (k *Conformance) check(conn uint64, specific string, v any, data []byte) {
	if e := validate("server_message", v); e != "" {
		k.fail(conn, "not a server_message: %s\n\t%s", e, shown(data))
		return
	}
	if e := validate(specific, v); e != "" {
		k.fail(conn, "not a %s: %s\n\t%s", specific, e, shown(data))
	}
}

// errorCode returns a response's error code, "" if none.
func errorCode(m map[string]any) string {
	e, _ := m["error"].(map[string]any)
	code, _ := e["code"].(string)
	return code
}

// Closed forgets connection conn. Client messages it never answered are
// fine: a closing connection drops what it had queued.
func (k *Conformance) Closed(conn uint64) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if c := k.conns[conn]; c != nil {
		for _, r := range c.pending {
			if r.invalid != "" {
				k.unanswered++
			}
		}
	}
	delete(k.conns, conn)
}

// Err reports the non-conforming messages seen so far, nil if none.
func (k *Conformance) Err() error {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.failed == 0 {
		return nil
	}
	more := ""
	if k.failed > len(k.failures) {
		more = fmt.Sprintf("\n(and %d more)", k.failed-len(k.failures))
	}
	return fmt.Errorf("%d of %d websocket messages do not conform to the schema (GET /v1/ws.schema.json):\n%s%s",
		k.failed, k.checked, strings.Join(k.failures, "\n"), more)
}

// Checked returns how many messages were validated.
func (k *Conformance) Checked() int {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.checked
}

// allKinds counts the messages of each kind every Conformance of the
// process saw.
var allKinds = struct {
	sync.Mutex
	n map[string]int
}{n: make(map[string]int)}

// SeenKinds returns how many messages of each kind (the $defs name of its
// schema) all the checkers of the process saw.
func SeenKinds() map[string]int {
	allKinds.Lock()
	defer allKinds.Unlock()
	return maps.Clone(allKinds.n)
}

// Kinds returns how many messages of each kind (the $defs name of its
// schema) were seen.
func (k *Conformance) Kinds() map[string]int {
	k.mu.Lock()
	defer k.mu.Unlock()
	return maps.Clone(k.kinds)
}

// Check fails t with the non-conforming messages seen so far.
func (k *Conformance) Check(t testing.TB) {
	t.Helper()
	k.mu.Lock()
	n := k.unanswered
	k.mu.Unlock()
	if n > 0 {
		t.Logf("websocket conformance: %d malformed client messages left unanswered by their closing connection", n)
	}
	if err := k.Err(); err != nil {
		t.Error(err)
	}
}
