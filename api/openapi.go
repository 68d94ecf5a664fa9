package api

import (
	_ "embed"
	"net/http"
)

// openAPIDocument is the OpenAPI 3.1 description of the REST API, served at
// GET /v1/openapi.json. It is written by hand; api/openapi_test.go holds it
// against the running gateway: every route the mux registers is described,
// and every described operation answers with a status and a body the
// document lists.
//
//go:embed openapi.json
var openAPIDocument []byte

// OpenAPI returns the OpenAPI 3.1 document of the REST API (JSON), as
// GET /v1/openapi.json serves it. The caller must not modify it.
func OpenAPI() []byte { return openAPIDocument }

func (s *Server) restOpenAPI(w http.ResponseWriter, r *http.Request) *Error {
	w.Header().Set("Content-Type", "application/json")
	w.Write(openAPIDocument)
	return nil
}

// routeMux is an http.ServeMux that remembers the patterns registered on
// it, so that the routes can be listed (Routes) and held against the
// OpenAPI document without a second list of them.
type routeMux struct {
	*http.ServeMux
	patterns []string
}

func newRouteMux() *routeMux { return &routeMux{ServeMux: http.NewServeMux()} }

func (m *routeMux) Handle(pattern string, h http.Handler) {
	m.patterns = append(m.patterns, pattern)
	m.ServeMux.Handle(pattern, h)
}

func (m *routeMux) HandleFunc(pattern string, h func(http.ResponseWriter, *http.Request)) {
	m.Handle(pattern, http.HandlerFunc(h))
}

// Routes returns the patterns the server's mux registers (http.ServeMux
// syntax: "/v1/book", "/v1/orders/", "GET /v1/orders/{order_id}"), in
// the order they were registered; "/" is the not_found catch-all.
func (s *Server) Routes() []string {
	out := make([]string, len(s.mux.patterns))
	copy(out, s.mux.patterns)
	return out
}
