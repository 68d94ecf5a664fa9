package api_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/hourglass-exchange/hourglass/api"
	"github.com/hourglass-exchange/hourglass/api/internal/apitest"
	"github.com/hourglass-exchange/hourglass/internal/bus"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// openAPIURL names the document for the schema compiler.
const openAPIURL = "https://gateway.hourglass.test/v1/openapi.json"

// openAPIDoc is the OpenAPI document with its schemas compiled on demand.
type openAPIDoc struct {
	t    *testing.T
	raw  map[string]any // as jsonschema.UnmarshalJSON decodes it (numbers are json.Number)
	c    *jsonschema.Compiler
	mu   sync.Mutex
	seen map[string]*jsonschema.Schema // by pointer
}

func loadOpenAPI(t *testing.T, b []byte) *openAPIDoc {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("openapi.json is not JSON: %v", err)
	}
	raw, ok := v.(map[string]any)
	if !ok {
		t.Fatal("openapi.json is not an object")
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	c.AssertFormat()
	if err := c.AddResource(openAPIURL, raw); err != nil {
		t.Fatal(err)
	}
	return &openAPIDoc{t: t, raw: raw, c: c, seen: map[string]*jsonschema.Schema{}}
}

// pointer joins JSON pointer tokens.
func pointer(tokens ...string) string {
	var b strings.Builder
	for _, tok := range tokens {
		b.WriteByte('/')
		b.WriteString(strings.ReplaceAll(strings.ReplaceAll(tok, "~", "~0"), "/", "~1"))
	}
	return b.String()
}

// at returns the value at a JSON pointer of the document.
func (d *openAPIDoc) at(ptr string) (any, bool) {
	var v any = d.raw
	if ptr == "" {
		return v, true
	}
	for _, tok := range strings.Split(ptr[1:], "/") {
		tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
		m, ok := v.(map[string]any)
		if !ok {
			if a, isArr := v.([]any); isArr {
				i, err := strconv.Atoi(tok)
				if err != nil || i < 0 || i >= len(a) {
					return nil, false
				}
				v = a[i]
				continue
			}
			return nil, false
		}
		if v, ok = m[tok]; !ok {
			return nil, false
		}
	}
	return v, true
}

// deref follows an OpenAPI $ref (to a response, a parameter) and returns
// the pointer of the object it names.
func (d *openAPIDoc) deref(ptr string) (string, map[string]any) {
	d.t.Helper()
	for range 8 {
		v, ok := d.at(ptr)
		if !ok {
			d.t.Fatalf("openapi.json: nothing at %s", ptr)
		}
		m, _ := v.(map[string]any)
		r, isRef := m["$ref"].(string)
		if !isRef {
			return ptr, m
		}
		ptr = strings.TrimPrefix(r, "#")
	}
	d.t.Fatalf("openapi.json: $ref loop at %s", ptr)
	return "", nil
}

// schema compiles the schema at a pointer of the document.
func (d *openAPIDoc) schema(ptr string) (*jsonschema.Schema, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if s, ok := d.seen[ptr]; ok {
		return s, nil
	}
	var frag strings.Builder
	for _, tok := range strings.Split(ptr, "/")[1:] {
		frag.WriteByte('/')
		frag.WriteString(url.PathEscape(tok))
	}
	s, err := d.c.Compile(openAPIURL + "#" + frag.String())
	if err != nil {
		return nil, err
	}
	d.seen[ptr] = s
	return s, nil
}

// operation is one documented path and method.
type operation struct {
	path, method, id string
	ptr              string
	op               map[string]any
}

var httpMethods = []string{"get", "put", "post", "delete", "options", "head", "patch", "trace"}

func (d *openAPIDoc) operations() []operation {
	var out []operation
	paths, _ := d.raw["paths"].(map[string]any)
	for p, item := range paths {
		item, _ := item.(map[string]any)
		for _, m := range httpMethods {
			if o, ok := item[m].(map[string]any); ok {
				id, _ := o["operationId"].(string)
				out = append(out, operation{path: p, method: m, id: id, ptr: pointer("paths", p, m), op: o})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].path+out[i].method < out[j].path+out[j].method })
	return out
}

// parameters returns an operation's parameters (path-level ones too), by
// name, with the pointer of each one's schema.
func (d *openAPIDoc) parameters(o operation) map[string]docParam {
	out := map[string]docParam{}
	for _, base := range []string{pointer("paths", o.path), o.ptr} {
		v, _ := d.at(base + "/parameters")
		ps, _ := v.([]any)
		for i := range ps {
			ptr, p := d.deref(base + "/parameters/" + strconv.Itoa(i))
			name, _ := p["name"].(string)
			in, _ := p["in"].(string)
			req, _ := p["required"].(bool)
			out[name] = docParam{in: in, required: req, schema: ptr + "/schema", raw: p}
		}
	}
	return out
}

type docParam struct {
	in       string
	required bool
	schema   string
	raw      map[string]any
}

// response returns the pointer of an operation's response for a status
// (after $ref) and the response, or ok false when the status is not
// documented.
func (d *openAPIDoc) response(o operation, status int) (string, map[string]any, bool) {
	v, _ := d.at(o.ptr + "/responses")
	rs, _ := v.(map[string]any)
	if _, ok := rs[strconv.Itoa(status)]; !ok {
		return "", nil, false
	}
	ptr, r := d.deref(o.ptr + "/responses/" + strconv.Itoa(status))
	return ptr, r, true
}

func (d *openAPIDoc) statuses(o operation) []int {
	v, _ := d.at(o.ptr + "/responses")
	var out []int
	for k := range v.(map[string]any) {
		n, err := strconv.Atoi(k)
		if err != nil {
			d.t.Fatalf("%s %s: response %q is not a status", o.method, o.path, k)
		}
		out = append(out, n)
	}
	slices.Sort(out)
	return out
}

// decodeParamValue turns a query or path value into the JSON value its
// schema describes (an integer parameter is checked as a number).
func decodeParamValue(schemaType any, s string) any {
	if schemaType == "integer" {
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			return json.Number(strconv.FormatInt(n, 10))
		}
		if _, err := strconv.ParseUint(s, 10, 64); err == nil {
			return json.Number(s)
		}
	}
	return s
}

// checkParams holds the values of a request against the operation's
// documented parameters: it returns the problems (an undocumented
// parameter, a missing required one, a value its schema refuses).
func (d *openAPIDoc) checkParams(o operation, pathVals map[string]string, query url.Values) []string {
	var probs []string
	ps := d.parameters(o)
	for name, p := range ps {
		var (
			val string
			has bool
		)
		switch p.in {
		case "path":
			val, has = pathVals[name]
		case "query":
			if vs, ok := query[name]; ok {
				val, has = vs[0], true
			}
		default:
			continue
		}
		if !has {
			if p.required {
				probs = append(probs, name+" is required")
			}
			continue
		}
		sch, err := d.schema(p.schema)
		if err != nil {
			d.t.Fatalf("%s %s: parameter %s: %v", o.method, o.path, name, err)
		}
		st, _ := d.at(p.schema)
		typ := any(nil)
		if m, ok := st.(map[string]any); ok {
			typ = m["type"]
			if r, isRef := m["$ref"].(string); isRef {
				if rm, ok := d.at(strings.TrimPrefix(r, "#")); ok {
					typ = rm.(map[string]any)["type"]
				}
			}
		}
		if err := sch.Validate(decodeParamValue(typ, val)); err != nil {
			probs = append(probs, fmt.Sprintf("%s=%q: %v", name, val, err))
		}
	}
	for name := range query {
		if p, ok := ps[name]; !ok || p.in != "query" {
			probs = append(probs, "query parameter "+name+" is not documented")
		}
	}
	for name := range pathVals {
		if p, ok := ps[name]; !ok || p.in != "path" {
			probs = append(probs, "path parameter "+name+" is not documented")
		}
	}
	return probs
}

// validateBody checks a response against the documented response for its
// status: the status is listed, the content type is one the response
// lists, and the body validates against its schema.
func (d *openAPIDoc) validateBody(o operation, status int, ctype string, body []byte) error {
	ptr, r, ok := d.response(o, status)
	if !ok {
		return fmt.Errorf("status %d is not documented (%s)", status, body)
	}
	content, _ := r["content"].(map[string]any)
	if len(content) == 0 {
		if len(bytes.TrimSpace(body)) != 0 {
			return fmt.Errorf("status %d is documented without a body, got %q", status, body)
		}
		return nil
	}
	mt, _, err := mime.ParseMediaType(ctype)
	if err != nil {
		return fmt.Errorf("Content-Type %q: %v", ctype, err)
	}
	if _, ok := content[mt]; !ok {
		return fmt.Errorf("status %d: Content-Type %s is not documented", status, mt)
	}
	sch, err := d.schema(ptr + pointer("content", mt, "schema"))
	if err != nil {
		return err
	}
	var v any = string(body)
	if mt == "application/json" {
		if v, err = jsonschema.UnmarshalJSON(bytes.NewReader(body)); err != nil {
			return fmt.Errorf("status %d: body is not JSON: %v: %s", status, err, body)
		}
	}
	if err := sch.Validate(v); err != nil {
		return fmt.Errorf("status %d: body %s: %v", status, body, err)
	}
	return nil
}

// TestOpenAPIDocument: the document parses, is OpenAPI 3.1, every $ref
// resolves, every schema compiles under JSON Schema 2020-12, every example
// validates against its schema, every operation is well formed, and the
// Error schema's codes are exactly the gateway's stable codes, each in
// docs/api.md's table.
func TestOpenAPIDocument(t *testing.T) {
	d := loadOpenAPI(t, api.OpenAPI())
	if v, _ := d.raw["openapi"].(string); !strings.HasPrefix(v, "3.1.") {
		t.Fatalf("openapi %q, want 3.1.x", v)
	}
	if ds, _ := d.raw["jsonSchemaDialect"].(string); ds != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("jsonSchemaDialect %q", ds)
	}
	for _, k := range []string{"title", "version"} {
		if s, _ := d.raw["info"].(map[string]any)[k].(string); s == "" {
			t.Errorf("info.%s is missing", k)
		}
	}
	// Every $ref resolves.
	var walk func(ptr string, v any)
	walk = func(ptr string, v any) {
		switch v := v.(type) {
		case map[string]any:
			if r, ok := v["$ref"].(string); ok {
				if !strings.HasPrefix(r, "#/") {
					t.Errorf("%s: $ref %q is not local", ptr, r)
				} else if _, ok := d.at(r[1:]); !ok {
					t.Errorf("%s: $ref %q resolves to nothing", ptr, r)
				}
			}
			for k, e := range v {
				walk(ptr+pointer(k), e)
			}
		case []any:
			for i, e := range v {
				walk(ptr+"/"+strconv.Itoa(i), e)
			}
		}
	}
	walk("", d.raw)
	comps, _ := d.raw["components"].(map[string]any)
	for name := range comps["schemas"].(map[string]any) {
		if _, err := d.schema(pointer("components", "schemas", name)); err != nil {
			t.Errorf("schema %s: %v", name, err)
		}
	}
	ids := map[string]string{}
	schemes, _ := comps["securitySchemes"].(map[string]any)
	pathParam := regexp.MustCompile(`\{([^}]+)\}`)
	ops := d.operations()
	if len(ops) == 0 {
		t.Fatal("no operations")
	}
	for _, o := range ops {
		name := o.method + " " + o.path
		if o.id == "" {
			t.Errorf("%s: no operationId", name)
		} else if prev, dup := ids[o.id]; dup {
			t.Errorf("%s: operationId %s is also %s's", name, o.id, prev)
		}
		ids[o.id] = name
		ps := d.parameters(o)
		for _, m := range pathParam.FindAllStringSubmatch(o.path, -1) {
			if p, ok := ps[m[1]]; !ok || p.in != "path" || !p.required {
				t.Errorf("%s: path parameter %s is not declared, or not required", name, m[1])
			}
		}
		for pname, p := range ps {
			if p.in == "path" && !strings.Contains(o.path, "{"+pname+"}") {
				t.Errorf("%s: path parameter %s is not in the path", name, pname)
			}
			if !slices.Contains([]string{"path", "query", "header"}, p.in) {
				t.Errorf("%s: parameter %s in %q", name, pname, p.in)
			}
			sch, err := d.schema(p.schema)
			if err != nil {
				t.Errorf("%s: parameter %s: %v", name, pname, err)
				continue
			}
			if ex, ok := p.raw["example"]; ok {
				if err := sch.Validate(ex); err != nil {
					t.Errorf("%s: parameter %s: example: %v", name, pname, err)
				}
			}
		}
		if sec, ok := o.op["security"].([]any); ok {
			for _, req := range sec {
				for s := range req.(map[string]any) {
					if _, ok := schemes[s]; !ok {
						t.Errorf("%s: security scheme %s is not defined", name, s)
					}
				}
			}
		}
		sts := d.statuses(o)
		if len(sts) == 0 || sts[0] >= 300 && sts[0] != 101 && o.path != "/v1/positions" && o.path != "/v1/ledger" {
			t.Errorf("%s: no success response (%v)", name, sts)
		}
		for _, st := range sts {
			ptr, r, _ := d.response(o, st)
			if desc, _ := r["description"].(string); desc == "" {
				t.Errorf("%s %d: no description", name, st)
			}
			content, _ := r["content"].(map[string]any)
			for mt, c := range content {
				sch, err := d.schema(ptr + pointer("content", mt, "schema"))
				if err != nil {
					t.Errorf("%s %d %s: %v", name, st, mt, err)
					continue
				}
				if ex, ok := c.(map[string]any)["example"]; ok {
					if err := sch.Validate(ex); err != nil {
						t.Errorf("%s %d %s: example: %v", name, st, mt, err)
					}
				}
				// Every error answer is an ErrorResponse.
				if st >= 400 && mt == "application/json" {
					if err := sch.Validate(map[string]any{"error": map[string]any{"code": "no_such_code", "message": "x"}}); err == nil {
						t.Errorf("%s %d: the schema takes a code that is not a stable one", name, st)
					}
				}
			}
		}
	}
	for name, r := range comps["responses"].(map[string]any) {
		for mt, c := range r.(map[string]any)["content"].(map[string]any) {
			sch, err := d.schema(pointer("components", "responses", name, "content", mt, "schema"))
			if err != nil {
				t.Errorf("response %s: %v", name, err)
				continue
			}
			if ex, ok := c.(map[string]any)["example"]; ok {
				if err := sch.Validate(ex); err != nil {
					t.Errorf("response %s: example: %v", name, err)
				}
			}
		}
	}
	// The codes: exactly api.Codes, each in docs/api.md.
	apiMD, err := os.ReadFile("../docs/api.md")
	if err != nil {
		t.Fatal(err)
	}
	var enum []string
	for _, c := range comps["schemas"].(map[string]any)["ErrorCode"].(map[string]any)["enum"].([]any) {
		enum = append(enum, c.(string))
	}
	var codes []string
	for _, c := range api.Codes() {
		codes = append(codes, string(c))
		if !bytes.Contains(apiMD, []byte("`"+string(c)+"`")) {
			t.Errorf("code %s is not in docs/api.md", c)
		}
	}
	slices.Sort(enum)
	slices.Sort(codes)
	if !slices.Equal(enum, codes) {
		t.Errorf("ErrorCode enum %v\nthe gateway's codes %v", enum, codes)
	}
	// A response that drifts from its schema fails.
	o := operation{path: "/v1/book", method: "get", ptr: pointer("paths", "/v1/book", "get")}
	if err := d.validateBody(o, 200, "application/json", []byte(`{"market":"M","seq":1,"ts":"2027-01-04T00:00:02.000000000Z","bids":[[2.14,"1"]],"asks":[],"checksum":1}`)); err == nil {
		t.Error("a number for a price string validates")
	}
	if err := d.validateBody(o, 200, "application/json", []byte(`{"market":"M","seq":1,"ts":"2027-01-04T00:00:02.000000000Z","bids":[],"asks":[]}`)); err == nil {
		t.Error("a book without its checksum validates")
	}
	if err := d.validateBody(o, 200, "application/json", []byte(`{"market":"M","seq":1,"ts":"2027-01-04T00:00:02.000000000Z","bids":[],"asks":[],"checksum":1,"new_field":true}`)); err != nil {
		t.Errorf("an unknown field is refused: %v", err)
	}
}

// apiCase is one request of the conformance test.
type apiCase struct {
	// method is the HTTP method ("" is GET); body is a POST's body.
	method string
	body   []byte
	path   string            // the documented path (template)
	params map[string]string // path parameters
	query  string
	token  string
	status int    // the status the gateway must answer
	code   string // errors: the code
	// nonEmpty names a list of the response that must not be empty.
	nonEmpty string
	check    func(m map[string]any) error
}

// openAPIRunner requests the gateway as the document describes it.
type openAPIRunner struct {
	t    *testing.T
	d    *openAPIDoc
	ops  map[string]operation // by path
	mu   sync.Mutex
	done map[string]bool // "path status" exercised
}

func newOpenAPIRunner(t *testing.T) *openAPIRunner {
	d := loadOpenAPI(t, api.OpenAPI())
	r := &openAPIRunner{t: t, d: d, ops: map[string]operation{}, done: map[string]bool{}}
	for _, o := range d.operations() {
		if o.method == "get" || o.method == "post" || o.method == "put" || o.method == "delete" {
			r.ops[opKey(o.method, o.path)] = o
		}
	}
	return r
}

// opKey names an operation: its path for a GET (as the coverage keys
// have it), "method path" for another method ("post path", "put path").
func opKey(method, path string) string {
	if method == "" || method == "get" {
		return path
	}
	return method + " " + path
}

// url fills in a case's path parameters.
func (c apiCase) url() string {
	p := c.path
	for k, v := range c.params {
		p = strings.ReplaceAll(p, "{"+k+"}", url.PathEscape(v))
	}
	if c.query != "" {
		p += "?" + c.query
	}
	return p
}

// run requests a case from the gateway at base and checks the answer
// against the document.
func (r *openAPIRunner) run(base string, c apiCase) map[string]any {
	t := r.t
	t.Helper()
	method := strings.ToUpper(c.method)
	if method == "" {
		method = http.MethodGet
	}
	key := opKey(strings.ToLower(method), c.path)
	o, ok := r.ops[key]
	if !ok {
		t.Fatalf("%s %s is not documented", method, c.path)
	}
	q, err := url.ParseQuery(c.query)
	if err != nil {
		t.Fatal(err)
	}
	probs := r.d.checkParams(o, c.params, q)
	switch {
	case c.body != nil:
		// A POST's body is not a parameter: its refusals are the body's.
	case c.code == "invalid_params" || c.code == "invalid_client_order_id":
		if len(probs) == 0 {
			t.Errorf("%s %s: the gateway refuses it (%s) but the document's parameters take it", method, c.url(), c.code)
		}
	case len(probs) > 0:
		t.Errorf("%s %s: %v", method, c.url(), probs)
	}
	var reqBody io.Reader
	if c.body != nil {
		reqBody = bytes.NewReader(c.body)
	}
	req, _ := http.NewRequest(method, base+c.url(), reqBody)
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != c.status {
		t.Fatalf("%s %s: %d %s, want %d", method, c.url(), resp.StatusCode, body, c.status)
	}
	if err := r.d.validateBody(o, resp.StatusCode, resp.Header.Get("Content-Type"), body); err != nil {
		t.Fatalf("%s %s: %v", method, c.url(), err)
	}
	r.mu.Lock()
	r.done[key+" "+strconv.Itoa(resp.StatusCode)] = true
	r.mu.Unlock()
	var m map[string]any
	// An object body is returned for the checks; an array (a contract's
	// ABI) only validates against its schema, above.
	if strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") && !bytes.HasPrefix(body, []byte("[")) {
		if err := json.Unmarshal(body, &m); err != nil {
			t.Fatal(err)
		}
	}
	if c.code != "" {
		if got := m["error"].(map[string]any)["code"]; got != c.code {
			t.Fatalf("%s %s: code %v, want %s", method, c.url(), got, c.code)
		}
	}
	if c.nonEmpty != "" {
		if l, _ := m[c.nonEmpty].([]any); len(l) == 0 {
			t.Fatalf("%s %s: %s is empty: %s", method, c.url(), c.nonEmpty, body)
		}
	}
	if c.check != nil {
		if err := c.check(m); err != nil {
			t.Fatalf("%s %s: %v", method, c.url(), err)
		}
	}
	return m
}

// use makes t the test that failures are reported to.
func (r *openAPIRunner) use(t *testing.T) { r.t, r.d.t = t, t }

// markExercised records a status checked outside run.
func (r *openAPIRunner) markExercised(path string, status int) {
	r.mu.Lock()
	r.done[path+" "+strconv.Itoa(status)] = true
	r.mu.Unlock()
}

// unexercisable are the documented answers the conformance test cannot
// provoke: a bug (500), and the engine not answering in time (503) where
// no history store is asked.
func unexercisable(path string, status int) bool {
	if status == 500 {
		return true
	}
	return status == 503 && path == "/v1/nonce"
}

// checkCoverage fails for a documented operation or status no case asked.
func (r *openAPIRunner) checkCoverage() {
	for _, o := range r.d.operations() {
		for _, st := range r.d.statuses(o) {
			if !r.done[opKey(o.method, o.path)+" "+strconv.Itoa(st)] && !unexercisable(o.path, st) {
				r.t.Errorf("%s %s: the documented status %d was never exercised", strings.ToUpper(o.method), o.path, st)
			}
		}
	}
}

// conformanceWorld drives every documented operation of a gateway with
// sign-in and order entry after two traders traded, and checks every
// answer against the document.
// It returns the maker's session token and the id of its cancelled order
// (client order id 7).
func conformanceWorld(t *testing.T, r *openAPIRunner, w *orderWorld, health *atomic.Pointer[string]) (string, string) {
	maker, taker, mtok, ttok, _, _ := accountTrade(w)
	taker.ok("order.place", taker.order("sell", 22000, 3, 10, nil))
	sym := w.restOK("/v1/markets", "")["markets"].([]any)[0].(map[string]any)["symbol"].(string)
	canceled := strconv.FormatFloat(w.restOK("/v1/orders/by-client-id/7", mtok)["order"].(map[string]any)["order_id"].(float64), 'f', -1, 64)
	maker.ok("order.cancel", map[string]any{"market": sym, "client_order_id": "7"})
	base := w.gw.HTTP()
	msym := url.QueryEscape(sym)
	// The lists fill in behind the engine (the market-data streams, the
	// store's write delay): wait for them before the checks.
	testsvc.CheckFor(t, 10*time.Second, 10*time.Millisecond, func() error {
		for _, p := range []struct{ path, token, list string }{
			{"/v1/trades?market=" + msym, "", "trades"}, {"/v1/candles?interval=1m&market=" + msym, "", "candles"},
			{"/v1/fills", mtok, "fills"}, {"/v1/fills", ttok, "fills"}, {"/v1/orders", ttok, "orders"},
		} {
			st, m := w.restGet(p.path, p.token)
			if l, _ := m[p.list].([]any); st != 200 || len(l) == 0 {
				return fmt.Errorf("GET %s: %d %v", p.path, st, m)
			}
		}
		// The book after the cancel: the taker's ask, no bid.
		if st, m := w.restGet("/v1/book?market="+msym, ""); st != 200 || len(m["asks"].([]any)) != 1 || len(m["bids"].([]any)) != 0 {
			return fmt.Errorf("GET /v1/book: %d %v", st, m)
		}
		return nil
	})
	var orderID string
	{
		st, m := w.restGet("/v1/orders", ttok)
		if st != 200 {
			t.Fatal(st, m)
		}
		os := m["orders"].([]any)
		orderID = strconv.FormatFloat(os[len(os)-1].(map[string]any)["order_id"].(float64), 'f', -1, 64)
	}
	cases := []apiCase{
		{path: "/v1/markets", status: 200, nonEmpty: "markets"},
		{path: "/v1/book", query: "market=" + msym, status: 200, nonEmpty: "asks"},
		{path: "/v1/book", query: "market=" + msym + "&depth=1", status: 200, nonEmpty: "asks"},
		{path: "/v1/book", query: "market=" + msym + "&depth=0", status: 400, code: "invalid_params"},
		{path: "/v1/book", query: "market=" + msym + "&depth=5001", status: 400, code: "invalid_params"},
		{path: "/v1/book", status: 400, code: "invalid_params"},
		{path: "/v1/book", query: "market=NOPE", status: 404, code: "unknown_market"},
		{path: "/v1/trades", query: "market=" + msym, status: 200, nonEmpty: "trades"},
		{path: "/v1/trades", query: "market=" + msym + "&since=0&limit=1000", status: 200, nonEmpty: "trades"},
		{path: "/v1/trades", query: "market=" + msym + "&limit=0", status: 400, code: "invalid_params"},
		{path: "/v1/trades", query: "market=" + msym + "&since=-1", status: 400, code: "invalid_params"},
		{path: "/v1/trades", query: "market=NOPE", status: 404, code: "unknown_market"},
		{path: "/v1/candles", query: "market=" + msym + "&interval=1m", status: 200, nonEmpty: "candles"},
		{path: "/v1/candles", query: "market=" + msym + "&interval=1d&since=0&limit=5", status: 200, nonEmpty: "candles"},
		{path: "/v1/candles", query: "market=" + msym + "&interval=2m", status: 400, code: "invalid_params"},
		{path: "/v1/candles", query: "market=" + msym, status: 400, code: "invalid_params"},
		{path: "/v1/candles", query: "market=NOPE&interval=1m", status: 404, code: "unknown_market"},
		{path: "/v1/orders", token: ttok, status: 200, nonEmpty: "orders"},
		{path: "/v1/orders", query: "open=true&since=0&limit=10", token: ttok, status: 200, nonEmpty: "orders"},
		{path: "/v1/orders", query: "open=maybe", token: ttok, status: 400, code: "invalid_params"},
		{path: "/v1/orders", query: "limit=1001", token: ttok, status: 400, code: "invalid_params"},
		{path: "/v1/orders", status: 401, code: "auth_required"},
		{path: "/v1/orders", token: "nope", status: 401, code: "auth_invalid_session"},
		{path: "/v1/fills", token: mtok, status: 200, nonEmpty: "fills"},
		{path: "/v1/fills", query: "since=0&limit=1", token: ttok, status: 200, nonEmpty: "fills"},
		{path: "/v1/fills", query: "since=x", token: ttok, status: 400, code: "invalid_params"},
		{path: "/v1/fills", status: 401, code: "auth_required"},
		{path: "/v1/balances", token: mtok, status: 200, nonEmpty: "balances"},
		{path: "/v1/balances", token: "nope", status: 401, code: "auth_invalid_session"},
		{path: "/v1/nonce", token: ttok, status: 200},
		{path: "/v1/nonce", status: 401, code: "auth_required"},
		{path: "/v1/orders/{order_id}", params: map[string]string{"order_id": orderID}, token: ttok, status: 200,
			check: func(m map[string]any) error {
				if o, _ := m["order"].(map[string]any); o == nil || fmt.Sprint(o["order_id"]) != orderID {
					return fmt.Errorf("order %v, want %s", m["order"], orderID)
				}
				return nil
			}},
		{path: "/v1/orders/{order_id}", params: map[string]string{"order_id": "999999"}, token: ttok, status: 404, code: "unknown_order"},
		{path: "/v1/orders/{order_id}", params: map[string]string{"order_id": "x"}, token: ttok, status: 400, code: "invalid_params"},
		{path: "/v1/orders/{order_id}", params: map[string]string{"order_id": orderID}, status: 401, code: "auth_required"},
		{path: "/v1/orders/by-client-id/{client_order_id}", params: map[string]string{"client_order_id": "10"}, token: ttok, status: 200,
			check: func(m map[string]any) error {
				if o, _ := m["order"].(map[string]any); m["nonce_used"] != true || o == nil || o["status"] != "open" {
					return fmt.Errorf("live client order 10: %v", m)
				}
				return nil
			}},
		{path: "/v1/orders/by-client-id/{client_order_id}", params: map[string]string{"client_order_id": "9"}, token: ttok, status: 200,
			check: func(m map[string]any) error {
				if m["nonce_used"] != true {
					return fmt.Errorf("filled client order 9: %v", m)
				}
				return nil
			}},
		{path: "/v1/orders/by-client-id/{client_order_id}", params: map[string]string{"client_order_id": "12345"}, token: ttok, status: 200,
			check: func(m map[string]any) error {
				if m["nonce_used"] != false || m["order"] != nil {
					return fmt.Errorf("unused client order id: %v", m)
				}
				return nil
			}},
		{path: "/v1/orders/by-client-id/{client_order_id}", params: map[string]string{"client_order_id": "0"}, token: ttok, status: 400, code: "invalid_client_order_id"},
		{path: "/v1/orders/by-client-id/{client_order_id}", params: map[string]string{"client_order_id": "9"}, token: "nope", status: 401, code: "auth_invalid_session"},
		{path: "/v1/chain", status: 200},
		{path: "/v1/chain/abi", status: 200},
		{path: "/v1/chain/abi/{name}", params: map[string]string{"name": "exchange"}, status: 200},
		{path: "/v1/chain/abi/{name}", params: map[string]string{"name": "timelock"}, status: 404, code: "unknown_contract"},
		{path: "/v1/openapi.json", status: 200, check: func(m map[string]any) error {
			b, _ := json.Marshal(m)
			var want map[string]any
			json.Unmarshal(api.OpenAPI(), &want)
			if wb, _ := json.Marshal(want); !bytes.Equal(b, wb) {
				return fmt.Errorf("GET /v1/openapi.json is not the embedded document")
			}
			return nil
		}},
		{path: "/v1/ws.schema.json", status: 200},
		{path: "/v1/positions", token: ttok, status: 501, code: "not_implemented"},
		{path: "/v1/ledger", status: 501, code: "not_implemented"},
		{path: "/healthz", status: 200},
		{path: "/readyz", status: 200},
		{path: "/metrics", status: 200},
	}
	for _, c := range cases {
		r.run(base, c)
	}
	problem := "settlement stalled: batch 12 reverted 3 times"
	health.Store(&problem)
	r.run(base, apiCase{path: "/healthz", status: 503, check: func(m map[string]any) error {
		if m["status"] != "degraded" || m["problem"] != problem {
			return fmt.Errorf("%v", m)
		}
		return nil
	}})
	health.Store(nil)
	r.websocket(base)
	r.otherMethods(base, ttok)
	return mtok, canceled
}

// websocket checks GET /v1/ws: an upgrade answers 101, a plain GET 400.
func (r *openAPIRunner) websocket(base string) {
	t := r.t
	o := r.ops["/v1/ws"]
	ws, resp, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(base, "http")+"/v1/ws", nil)
	if err != nil {
		t.Fatal(err)
	}
	ws.Close()
	if err := r.d.validateBody(o, resp.StatusCode, resp.Header.Get("Content-Type"), nil); err != nil {
		t.Fatalf("GET /v1/ws upgrade: %v", err)
	}
	r.markExercised("/v1/ws", resp.StatusCode)
	hr, err := http.Get(base + "/v1/ws")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(hr.Body)
	hr.Body.Close()
	if hr.StatusCode != 400 {
		t.Fatalf("GET /v1/ws without an upgrade: %d", hr.StatusCode)
	}
	if err := r.d.validateBody(o, hr.StatusCode, hr.Header.Get("Content-Type"), body); err != nil {
		t.Fatalf("GET /v1/ws without an upgrade: %v", err)
	}
	r.markExercised("/v1/ws", 400)
}

// otherMethods checks the answers the description documents outside the
// operations: another method than GET on a JSON endpoint (405
// method_not_allowed), and a path the document does not list (404
// not_found).
func (r *openAPIRunner) otherMethods(base, token string) {
	t := r.t
	check := func(method, path string, status int, response string) {
		req, _ := http.NewRequest(method, base+path, strings.NewReader("{}"))
		req.Header.Set("Authorization", "Bearer "+token)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != status {
			t.Fatalf("%s %s: %d %s, want %d", method, path, resp.StatusCode, body, status)
		}
		ptr := pointer("components", "responses", response, "content", "application/json", "schema")
		sch, err := r.d.schema(ptr)
		if err != nil {
			t.Fatal(err)
		}
		v, err := jsonschema.UnmarshalJSON(bytes.NewReader(body))
		if err != nil {
			t.Fatalf("%s %s: %v: %s", method, path, err, body)
		}
		if err := sch.Validate(v); err != nil {
			t.Fatalf("%s %s: %s: %v", method, path, body, err)
		}
	}
	for _, o := range r.d.operations() {
		tags, _ := o.op["tags"].([]any)
		if slices.Contains(tags, any("market data")) || slices.Contains(tags, any("account")) || slices.Contains(tags, any("chain")) || slices.Contains(tags, any("meta")) {
			p := o.path
			for _, name := range []string{"{order_id}", "{client_order_id}"} {
				p = strings.ReplaceAll(p, name, "1")
			}
			other := http.MethodPost // another method than the operation's
			if o.method == "post" {
				other = http.MethodGet
			}
			check(other, p, 405, "MethodNotAllowed")
			check(http.MethodDelete, p, 405, "MethodNotAllowed")
		}
	}
	check(http.MethodGet, "/v1/nope", 404, "NotFound")
	check(http.MethodGet, "/v2/markets", 404, "NotFound")
}

// bareGateway is a gateway on a bus that has no market list, without
// sign-in, order entry or chain, that allows 2 websockets and 1 per source:
// the answers of a gateway that is starting or not configured.
func (r *openAPIRunner) bareGateway() {
	t := r.t
	health := "settlement stalled: the chain does not answer"
	g := apitest.StartGateway(t, api.Options{Bus: bus.NewLocal(bus.Options{}), MaxConns: 2, MaxConnsPerIP: 1, SyncTimeout: 100 * time.Millisecond,
		Health: func() string { return health }})
	base := g.HTTP()
	sym := url.QueryEscape("H100SXM-US-T1-2027-01-04+168h")
	for _, c := range []apiCase{
		{path: "/v1/markets", status: 503, code: "unavailable"},
		{path: "/v1/book", query: "market=" + sym, status: 503, code: "unavailable"},
		{path: "/v1/trades", query: "market=" + sym, status: 503, code: "unavailable"},
		{path: "/v1/candles", query: "market=" + sym + "&interval=1h", status: 503, code: "unavailable"},
		{path: "/v1/orders", token: "t", status: 501, code: "not_implemented"},
		{path: "/v1/orders/{order_id}", params: map[string]string{"order_id": "41"}, token: "t", status: 501, code: "not_implemented"},
		{path: "/v1/orders/by-client-id/{client_order_id}", params: map[string]string{"client_order_id": "7"}, token: "t", status: 501, code: "not_implemented"},
		{path: "/v1/fills", status: 501, code: "not_implemented"},
		{path: "/v1/balances", status: 501, code: "not_implemented"},
		{path: "/v1/nonce", status: 501, code: "not_implemented"},
		{path: "/v1/chain", status: 404, code: "chain_not_configured"},
		{path: "/v1/leases", token: "t", status: 501, code: "not_implemented"},
		{path: "/v1/leases/{lease_id}", params: map[string]string{"lease_id": "7"}, token: "t", status: 501, code: "not_implemented"},
		{path: "/v1/leases/{lease_id}/logs", params: map[string]string{"lease_id": "7"}, token: "t", status: 501, code: "not_implemented"},
		{method: "post", path: "/v1/leases/{lease_id}/complaints", params: map[string]string{"lease_id": "7"}, token: "t", body: complaintBody(499392), status: 501, code: "not_implemented"},
		{path: "/v1/agent/leases", token: "t", status: 501, code: "not_implemented"},
		{path: "/v1/spot/specs", token: "t", status: 501, code: "not_implemented"},
		{method: "put", path: "/v1/spot/specs/{symbol}", params: map[string]string{"symbol": "H100SXM-US-T1-SPOT+4h"}, token: "t", body: spotBody(`{}`, goodSig), status: 501, code: "not_implemented"},
		{method: "delete", path: "/v1/spot/specs/{symbol}", params: map[string]string{"symbol": "H100SXM-US-T1-SPOT+4h"}, token: "t", status: 501, code: "not_implemented"},
		{method: "post", path: "/v1/agent/reports", token: "t", body: []byte(`{}`), status: 501, code: "not_implemented"},
		{method: "post", path: "/v1/agent/logs", query: "lease_id=7&stream=stdout&offset=0", token: "t", body: []byte("x"), status: 501, code: "not_implemented"},
		{method: "post", path: "/v1/agent/answers", token: "t", body: []byte(`{}`), status: 501, code: "not_implemented"},
		{method: "post", path: "/v1/oracle/challenges", token: "t", body: []byte(`{}`), status: 501, code: "not_implemented"},
		{path: "/v1/oracle/answers", token: "t", status: 501, code: "not_implemented"},
		{path: "/v1/oracle/epochs", token: "t", status: 501, code: "not_implemented"},
		{path: "/v1/oracle/nodes", token: "t", status: 501, code: "not_implemented"},
		{method: "post", path: "/v1/oracle/verdicts", token: "t", body: []byte(`{}`), status: 501, code: "not_implemented"},
		{method: "post", path: "/v1/oracle/signatures", token: "t", body: []byte(`{}`), status: 501, code: "not_implemented"},
		{path: "/v1/chain/abi", status: 200},
		{path: "/v1/chain/abi/{name}", params: map[string]string{"name": "vault"}, status: 200},
		{path: "/readyz", status: 503},
		{path: "/healthz", status: 503},
	} {
		r.run(base, c)
	}
	// The websocket caps: a second websocket of one source is refused 429,
	// a third of the gateway 503.
	o := r.ops["/v1/ws"]
	wsURL := "ws" + strings.TrimPrefix(base, "http") + "/v1/ws"
	dialFrom := func(src string) (*websocket.Conn, *http.Response, error) {
		d := websocket.Dialer{NetDialContext: (&net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(src)}}).DialContext, HandshakeTimeout: 5 * time.Second}
		return d.Dial(wsURL, nil)
	}
	for _, step := range []struct {
		src    string
		status int
	}{{"127.0.0.1", 101}, {"127.0.0.1", 429}, {"127.0.0.2", 101}, {"127.0.0.3", 503}} {
		ws, resp, err := dialFrom(step.src)
		if ws != nil {
			t.Cleanup(func() { ws.Close() })
		}
		if resp == nil {
			t.Fatalf("websocket from %s: %v", step.src, err)
		}
		body, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != step.status {
			t.Fatalf("websocket from %s: %d %s, want %d", step.src, resp.StatusCode, body, step.status)
		}
		if err := r.d.validateBody(o, resp.StatusCode, resp.Header.Get("Content-Type"), body); err != nil {
			t.Fatalf("websocket from %s: %v", step.src, err)
		}
		r.markExercised("/v1/ws", resp.StatusCode)
	}
}

// routesDocumented checks that every route the gateway's mux registers is
// in the document and every documented path reaches a route of its own:
// a route added without its description, or a description of a path the
// gateway does not serve, fails.
func routesDocumented(t *testing.T, r *openAPIRunner, g *apitest.Gateway) {
	mux, ok := g.Handler().(interface {
		Handler(*http.Request) (http.Handler, string)
	})
	if !ok {
		t.Fatal("the gateway's handler is not a mux")
	}
	reached := map[string][]string{}
	for _, o := range r.d.operations() {
		p := o.path
		for name, ps := range r.d.parameters(o) {
			if ps.in == "path" {
				ex := "1"
				if v, ok := ps.raw["example"]; ok {
					ex = fmt.Sprint(v)
				}
				p = strings.ReplaceAll(p, "{"+name+"}", url.PathEscape(ex))
			}
		}
		req, _ := http.NewRequest(strings.ToUpper(o.method), "http://gateway"+p, nil)
		_, pattern := mux.Handler(req)
		if pattern == "/" || pattern == "" {
			t.Errorf("%s %s (%s) reaches no route of its own but %q", strings.ToUpper(o.method), o.path, p, pattern)
			continue
		}
		reached[pattern] = append(reached[pattern], o.path)
	}
	routes := g.Routes()
	if len(routes) == 0 {
		t.Fatal("the gateway lists no routes")
	}
	for _, p := range routes {
		if p == "/" {
			continue // not_found for every other path: components/responses/NotFound
		}
		if len(reached[p]) == 0 {
			t.Errorf("route %q is not in the OpenAPI document", p)
		}
	}
	t.Logf("routes: %v", routes)
}

// TestOpenAPIConformance holds the running gateway against its OpenAPI
// document without a database, and with PostgreSQL history: every
// documented operation and status is requested (after a trade, so that the
// lists are not empty), and each answer's status is one the document lists
// for it and its body validates against that status's schema; every route
// is documented.
func TestOpenAPIConformance(t *testing.T) {
	r := newOpenAPIRunner(t)
	var health atomic.Pointer[string]
	agents := newFakeNodeAgents()
	mod := func(o *api.Options) {
		o.Leases = newFakeLeases()
		o.NodeAgents = agents
		o.Oracle = agents
		o.Chain = &api.ChainInfo{ChainID: 1337, Confirmations: 1, RPCURL: "http://127.0.0.1:8545"}
		o.Chain.Exchange[19], o.Chain.Stablecoin[19], o.Chain.Token[19] = 1, 2, 3
		o.Chain.MarkFeeds = []api.MarkFeed{{Market: "H100SXM-US-T1-2027-01-04+168h", Instrument: "0x" + strings.Repeat("0a", 32)}}
		o.Chain.MarkFeeds[0].Feed[19] = 4
		o.Health = func() string {
			if p := health.Load(); p != nil {
				return *p
			}
			return ""
		}
	}
	t.Run("memory", func(t *testing.T) {
		r.use(t)
		w := newOrderWorld(t, mod)
		routesDocumented(t, r, w.gw)
		mtok, _ := conformanceWorld(t, r, w, &health)
		leaseConformance(r, w, mtok)
		complaintConformance(r, w, mtok)
		spotConformance(r, w, mtok)
		agentConformance(r, w, agents, mtok)
	})
	t.Run("postgres", func(t *testing.T) {
		r.use(t)
		// The gateway reads history through a pool of its own, which is
		// closed at the end: the store failing.
		w, hist := newStoreWorldWith(t, mod, true)
		mtok, canceled := conformanceWorld(t, r, w, &health)
		hist.Close()
		sym := url.QueryEscape(w.restOK("/v1/markets", "")["markets"].([]any)[0].(map[string]any)["symbol"].(string))
		for _, c := range []apiCase{
			{path: "/v1/trades", query: "market=" + sym, status: 503, code: "unavailable"},
			{path: "/v1/candles", query: "market=" + sym + "&interval=5m", status: 503, code: "unavailable"},
			{path: "/v1/orders", token: mtok, status: 503, code: "unavailable"},
			{path: "/v1/fills", token: mtok, status: 503, code: "unavailable"},
			{path: "/v1/balances", token: mtok, status: 503, code: "unavailable"},
			{path: "/v1/orders/{order_id}", params: map[string]string{"order_id": canceled}, token: mtok, status: 503, code: "unavailable"},
			{path: "/v1/orders/by-client-id/{client_order_id}", params: map[string]string{"client_order_id": "7"}, token: mtok, status: 503, code: "unavailable"},
		} {
			r.run(w.gw.HTTP(), c)
		}
	})
	t.Run("bare", func(t *testing.T) {
		r.use(t)
		r.bareGateway()
	})
	r.use(t)
	if !t.Failed() {
		r.checkCoverage()
	}
}
