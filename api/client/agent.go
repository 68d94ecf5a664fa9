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

	mu    sync.Mutex
	token string
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

// do sends a request with the session's token, signing in first and
// again once if the gateway no longer knows the session.
func (l *AgentLink) do(ctx context.Context, method, path string, q url.Values, body []byte) ([]byte, error) {
	for attempt := 0; ; attempt++ {
		tok, err := l.session(ctx, attempt > 0)
		if err != nil {
			return nil, err
		}
		b, err := l.once(ctx, method, path, q, body, tok)
		var e *Error
		if attempt == 0 && errors.As(err, &e) && e.Status == http.StatusUnauthorized {
			continue
		}
		return b, err
	}
}

func (l *AgentLink) session(ctx context.Context, renew bool) (string, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.token != "" && !renew {
		return l.token, nil
	}
	c, err := DialGateway(ctx, l.BaseURL)
	if err != nil {
		return "", err
	}
	defer c.Close()
	s, err := c.LoginWith(ctx, l.Key, LoginOptions{Statement: "Hourglass node agent"})
	if err != nil {
		return "", err
	}
	l.token = s.Token
	return l.token, nil
}

func (l *AgentLink) once(ctx context.Context, method, path string, q url.Values, body []byte, token string) ([]byte, error) {
	u := strings.TrimRight(l.BaseURL, "/") + path
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
	hc := l.HTTP
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
