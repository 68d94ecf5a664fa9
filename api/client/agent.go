package client

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
)

// AgentLink is a provider's node agent's link to the gateway
// (docs/delivery.md, "Remote agents"): it signs in with the node key
// (SIWE, over a websocket it closes once signed in) and calls the agent
// endpoints with the session's token, signing in again when the session
// is gone (expired, or the gateway restarted). Its methods speak the
// redeemer's JSON, so that redeemer/agent's Operator and the redeemer's
// service.RemoteReporter take it as it is.
type AgentLink struct {
	// BaseURL is the gateway's address, e.g. http://127.0.0.1:8080.
	BaseURL string
	// Key is the node key.
	Key  *ecdsa.PrivateKey
	HTTP *http.Client // default http.DefaultClient

	s signedIn
}

// Assignments returns the node's work (GET /v1/agent/leases).
func (l *AgentLink) Assignments(ctx context.Context) ([]byte, error) {
	return l.do(ctx, http.MethodGet, "/v1/agent/leases", nil, nil)
}

// Report sends one of the node's signed reports (POST /v1/agent/reports).
func (l *AgentLink) Report(ctx context.Context, report []byte) error {
	_, err := l.do(ctx, http.MethodPost, "/v1/agent/reports", nil, report)
	return err
}

// Answer sends the node's signed answer to a challenge (POST
// /v1/agent/answers).
func (l *AgentLink) Answer(ctx context.Context, answer []byte) error {
	_, err := l.do(ctx, http.MethodPost, "/v1/agent/answers", nil, answer)
	return err
}

// PushLog sends data, from offset, of one of a lease's logs (POST
// /v1/agent/logs) and returns the size of the log the redeemer holds.
func (l *AgentLink) PushLog(ctx context.Context, leaseID, stream string, offset int64, data []byte) (int64, error) {
	q := url.Values{"lease_id": {leaseID}, "stream": {stream}, "offset": {strconv.FormatInt(offset, 10)}}
	b, err := l.do(ctx, http.MethodPost, "/v1/agent/logs", q, data)
	if err != nil {
		return 0, err
	}
	var r struct {
		Size int64 `json:"size"`
	}
	if err := json.Unmarshal(b, &r); err != nil {
		return 0, err
	}
	return r.Size, nil
}

// do sends a request with the node key's session.
func (l *AgentLink) do(ctx context.Context, method, path string, q url.Values, body []byte) ([]byte, error) {
	return l.s.do(ctx, l.BaseURL, l.Key, l.HTTP, "Hourglass node agent", method, path, q, body)
}

// signedIn is a key's session at the gateway for REST calls: it signs in
// (SIWE, over a websocket it closes once signed in) at the first call,
// and again when the gateway no longer knows the session (expired, or the
// gateway restarted).
type signedIn struct {
	mu    sync.Mutex
	token string
}

// do sends a request with the session's token, signing in first and
// again once if the gateway no longer knows the session.
func (s *signedIn) do(ctx context.Context, base string, key *ecdsa.PrivateKey, hc *http.Client, statement, method, path string,
	q url.Values, body []byte) ([]byte, error) {
	for attempt := 0; ; attempt++ {
		tok, err := s.session(ctx, base, key, statement, attempt > 0)
		if err != nil {
			return nil, err
		}
		b, err := once(ctx, hc, base, method, path, q, body, tok)
		var e *Error
		if attempt == 0 && errors.As(err, &e) && e.Status == http.StatusUnauthorized {
			continue
		}
		return b, err
	}
}

func (s *signedIn) session(ctx context.Context, base string, key *ecdsa.PrivateKey, statement string, renew bool) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.token != "" && !renew {
		return s.token, nil
	}
	c, err := DialGateway(ctx, base)
	if err != nil {
		return "", err
	}
	defer c.Close()
	sess, err := c.LoginWith(ctx, key, LoginOptions{Statement: statement})
	if err != nil {
		return "", err
	}
	s.token = sess.Token
	return s.token, nil
}

func once(ctx context.Context, hc *http.Client, base, method, path string, q url.Values, body []byte, token string) ([]byte, error) {
	u := strings.TrimRight(base, "/") + path
	if len(q) > 0 {
		u += "?" + q.Encode()
	}
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, u, rd)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	if body != nil {
		req.Header.Set("Content-Type", "application/octet-stream")
		if path != "/v1/agent/logs" {
			req.Header.Set("Content-Type", "application/json")
		}
	}
	if hc == nil {
		hc = http.DefaultClient
	}
	resp, err := hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, statusError(resp.StatusCode, b)
	}
	return b, nil
}

// ReporterLink is an oracle reporter's link to the gateway (docs/oracle.md,
// "Reporters in processes of their own"): it signs in with the reporter's
// key, relays its nonce challenges and collects the answers, and reads and
// posts to the board. Its methods speak the JSON of oracle/challenge and
// oracle/reporter, so that reporter.JSONRelay and reporter.JSONBoard take
// it as it is.
type ReporterLink struct {
	// BaseURL is the gateway's address, e.g. http://127.0.0.1:8080.
	BaseURL string
	// Key is the reporter's key (registered with the DeliveryOracle).
	Key  *ecdsa.PrivateKey
	HTTP *http.Client // default http.DefaultClient

	s signedIn
}

func (l *ReporterLink) do(ctx context.Context, method, path string, q url.Values, body []byte) ([]byte, error) {
	return l.s.do(ctx, l.BaseURL, l.Key, l.HTTP, "Hourglass oracle reporter", method, path, q, body)
}

// Challenge posts a challenge (POST /v1/oracle/challenges).
func (l *ReporterLink) Challenge(ctx context.Context, challenge []byte) error {
	_, err := l.do(ctx, http.MethodPost, "/v1/oracle/challenges", nil, challenge)
	return err
}

// Answers returns the answers after seq after (GET /v1/oracle/answers):
// {"answers":[{"seq","answer"}…]}.
func (l *ReporterLink) Answers(ctx context.Context, after uint64) ([]byte, error) {
	return l.do(ctx, http.MethodGet, "/v1/oracle/answers", url.Values{"after": {strconv.FormatUint(after, 10)},
		"limit": {"1000"}}, nil)
}

// Nodes returns the node keys to challenge now (GET /v1/oracle/nodes):
// {"nodes":[…]}.
func (l *ReporterLink) Nodes(ctx context.Context) ([]byte, error) {
	return l.do(ctx, http.MethodGet, "/v1/oracle/nodes", nil, nil)
}

// Epochs returns the board's epochs after epoch after (GET
// /v1/oracle/epochs): {"epochs":[…]}.
func (l *ReporterLink) Epochs(ctx context.Context, after uint64) ([]byte, error) {
	return l.do(ctx, http.MethodGet, "/v1/oracle/epochs", url.Values{"after": {strconv.FormatUint(after, 10)}}, nil)
}

// Verdicts posts a signed verdict set (POST /v1/oracle/verdicts).
func (l *ReporterLink) Verdicts(ctx context.Context, set []byte) error {
	_, err := l.do(ctx, http.MethodPost, "/v1/oracle/verdicts", nil, set)
	return err
}

// Signature posts a root signature (POST /v1/oracle/signatures).
func (l *ReporterLink) Signature(ctx context.Context, sig []byte) error {
	_, err := l.do(ctx, http.MethodPost, "/v1/oracle/signatures", nil, sig)
	return err
}
