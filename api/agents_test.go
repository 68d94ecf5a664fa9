package api_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/api"
)

// fakeNodeAgents is a redeemer whose node is trader 1's key: lease "7" is
// on it, "8" on another node; trader 2's polls find the chain unreadable;
// any other key is no node.
type fakeNodeAgents struct {
	mu      sync.Mutex
	one     common.Address
	two     common.Address
	logs    map[string][]byte
	seqs    map[string]int
	nonces  map[string]bool // challenges waiting for node one, by nonce
	answers []json.RawMessage
	board   map[uint64]string // the board posts taken, by epoch: their signature
}

func newFakeNodeAgents() *fakeNodeAgents {
	return &fakeNodeAgents{one: seedAddr(1), two: seedAddr(2), logs: map[string][]byte{}, seqs: map[string]int{"7": 1},
		nonces: map[string]bool{}}
}

func (f *fakeNodeAgents) node(n common.Address) error {
	switch n {
	case f.one:
		return nil
	case f.two:
		return errors.New("reading the vault: connection refused")
	}
	return &api.LeaseError{Code: api.CodeUnknownNode, Message: n.Hex() + " is not the key of a node approved on-chain"}
}

func (f *fakeNodeAgents) lease(id string) error {
	switch id {
	case "7":
		return nil
	case "8":
		return &api.LeaseError{Code: api.CodeNotLeaseNode, Message: "lease 8 was not given to this node"}
	}
	return &api.LeaseError{Code: api.CodeUnknownLease, Message: "no lease " + id}
}

func (f *fakeNodeAgents) NodeWork(_ context.Context, n common.Address) (json.RawMessage, error) {
	if err := f.node(n); err != nil {
		return nil, err
	}
	f.mu.Lock()
	size := len(f.logs["7/stdout"])
	f.mu.Unlock()
	return json.Marshal(map[string]any{"node": n, "provider": seedAddr(3), "leases": []any{map[string]any{
		"terms": map[string]any{"id": "7", "holder": seedAddr(1), "provider": seedAddr(3), "instrument": "12345", "gpus": 1,
			"startHour": 499392, "hours": 1, "specHash": "0xabababababababababababababababababababababababababababababababab"},
		"spec": map[string]any{"command": []string{"sh", "-c", "echo hi"}}, "state": "running", "reason": "none",
		"logs": map[string]int{"stdout": size, "stderr": 0}}}})
}

func (f *fakeNodeAgents) NodeReport(_ context.Context, n common.Address, raw json.RawMessage) error {
	if err := f.node(n); err != nil {
		return err
	}
	var r struct {
		LeaseID string `json:"leaseId"`
		Seq     int    `json:"seq"`
	}
	if err := json.Unmarshal(raw, &r); err != nil {
		return &api.LeaseError{Code: api.CodeBadReport, Message: err.Error()}
	}
	if err := f.lease(r.LeaseID); err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if r.Seq > f.seqs[r.LeaseID] {
		return &api.LeaseError{Code: api.CodeBadReport, Message: "out of order"}
	}
	if r.Seq == f.seqs[r.LeaseID] {
		f.seqs[r.LeaseID]++
	}
	return nil
}

func (f *fakeNodeAgents) NodeLog(_ context.Context, n common.Address, id, stream string, offset int64, data []byte) (int64, error) {
	if err := f.node(n); err != nil {
		return 0, err
	}
	if err := f.lease(id); err != nil {
		return 0, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	k := id + "/" + stream
	have := int64(len(f.logs[k]))
	if offset > have {
		return have, &api.LeaseError{Code: api.CodeLogOffset, Message: "the push starts past the log's end"}
	}
	if skip := have - offset; skip < int64(len(data)) {
		f.logs[k] = append(f.logs[k], data[skip:]...)
	}
	return int64(len(f.logs[k])), nil
}

func (f *fakeNodeAgents) NodeAnswer(_ context.Context, n common.Address, raw json.RawMessage) error {
	if err := f.node(n); err != nil {
		return err
	}
	var a struct {
		Challenge struct {
			Nonce string `json:"nonce"`
		} `json:"challenge"`
		Signature string `json:"signature"`
	}
	if err := json.Unmarshal(raw, &a); err != nil || a.Signature == "" {
		return &api.LeaseError{Code: api.CodeBadAnswer, Message: "not a signed answer"}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if !f.nonces[a.Challenge.Nonce] {
		return &api.LeaseError{Code: api.CodeUnknownChallenge, Message: "no challenge with nonce " + a.Challenge.Nonce + " is waiting"}
	}
	delete(f.nonces, a.Challenge.Nonce)
	f.answers = append(f.answers, raw)
	return nil
}

// PostChallenge and Answers make the fake the gateway's OracleRelay too:
// trader 3 is the reporter; trader 2's calls find the redeemer failing.
func (f *fakeNodeAgents) PostChallenge(_ context.Context, rep common.Address, raw json.RawMessage) error {
	switch rep {
	case seedAddr(3):
	case f.two:
		return errors.New("the redeemer is restarting")
	default:
		return &api.LeaseError{Code: api.CodeNotReporter, Message: rep.Hex() + " is not a registered reporter"}
	}
	var c struct {
		Nonce string `json:"nonce"`
	}
	if json.Unmarshal(raw, &c) != nil || c.Nonce == "" {
		return &api.LeaseError{Code: api.CodeInvalidParams, Message: "a challenge needs a nonce"}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.nonces) >= 2 {
		return &api.LeaseError{Code: api.CodeTooManyChallenges, Message: "the node has 2 challenges waiting"}
	}
	f.nonces[c.Nonce] = true
	return nil
}

func (f *fakeNodeAgents) Answers(_ context.Context, rep common.Address, after uint64, limit int) (json.RawMessage, error) {
	switch rep {
	case seedAddr(3):
	case f.two:
		return nil, errors.New("the redeemer is restarting")
	default:
		return nil, &api.LeaseError{Code: api.CodeNotReporter, Message: rep.Hex() + " is not a registered reporter"}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	type rec struct {
		Seq    uint64          `json:"seq"`
		Answer json.RawMessage `json:"answer"`
	}
	out := []rec{}
	for i, a := range f.answers {
		if seq := uint64(i + 1); seq > after && len(out) < limit {
			out = append(out, rec{seq, a})
		}
	}
	return json.Marshal(map[string]any{"answers": out})
}

// ChallengeNodes: node one has open leases.
func (f *fakeNodeAgents) ChallengeNodes(_ context.Context, rep common.Address) (json.RawMessage, error) {
	if err := f.boardCaller(rep); err != nil {
		return nil, err
	}
	return json.Marshal(map[string]any{"nodes": []common.Address{f.one}})
}

// BoardEpochs, PostVerdicts and PostRootSignature are the board: epoch 7
// is open, epoch 6 closed; trader 3 is the reporter.
func (f *fakeNodeAgents) BoardEpochs(_ context.Context, rep common.Address, after uint64) (json.RawMessage, error) {
	if err := f.boardCaller(rep); err != nil {
		return nil, err
	}
	out := []map[string]any{}
	for _, e := range []uint64{6, 7} {
		if e > after {
			out = append(out, map[string]any{"input": map[string]any{"epoch": e, "leases": []any{}, "keys": map[string]any{}},
				"openedAt": "2026-12-07T10:02:00Z", "verdicts": []any{}, "closed": e == 6, "signatures": []any{}})
		}
	}
	return json.Marshal(map[string]any{"epochs": out})
}

func (f *fakeNodeAgents) PostVerdicts(_ context.Context, rep common.Address, raw json.RawMessage) error {
	return f.boardPost(rep, raw, 7, api.CodeEpochNotOpen)
}

func (f *fakeNodeAgents) PostRootSignature(_ context.Context, rep common.Address, raw json.RawMessage) error {
	return f.boardPost(rep, raw, 6, api.CodeEpochNotClosed)
}

func (f *fakeNodeAgents) boardCaller(rep common.Address) error {
	switch rep {
	case seedAddr(3):
		return nil
	case f.two:
		return errors.New("the redeemer is restarting")
	}
	return &api.LeaseError{Code: api.CodeNotReporter, Message: rep.Hex() + " is not a registered reporter"}
}

// boardPost takes a post for epoch ok; another epoch is refused with
// code, a post without a signature bad_verdicts, a second different post
// already_posted.
func (f *fakeNodeAgents) boardPost(rep common.Address, raw json.RawMessage, ok uint64, code api.Code) error {
	if err := f.boardCaller(rep); err != nil {
		return err
	}
	var p struct {
		Epoch     uint64 `json:"epoch"`
		Signature string `json:"signature"`
	}
	if json.Unmarshal(raw, &p) != nil || p.Signature == "" {
		return &api.LeaseError{Code: api.CodeBadVerdicts, Message: "not signed"}
	}
	if p.Epoch != ok {
		return &api.LeaseError{Code: code, Message: fmt.Sprintf("epoch %d", p.Epoch)}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.board == nil {
		f.board = map[uint64]string{}
	}
	if was, seen := f.board[ok]; seen && was != p.Signature {
		return &api.LeaseError{Code: api.CodeAlreadyPosted, Message: "posted before"}
	}
	f.board[ok] = p.Signature
	return nil
}

// agentConformance drives the node agents' endpoints as the document
// describes them; mtok is trader 1's (the node's) token, ttok trader 2's,
// otok another account's.
func agentConformance(r *openAPIRunner, w *orderWorld, f *fakeNodeAgents, mtok string) {
	ttok := w.trader(2).login(false)["token"].(string)
	otok := w.trader(5).login(false)["token"].(string)
	rtok := w.trader(3).login(false)["token"].(string)
	challengeBody := `{"reporter":"` + strings.ToLower(seedAddr(3).Hex()) + `","node":"` + strings.ToLower(seedAddr(1).Hex()) + `","nonce":"0x11` +
		strings.Repeat("00", 31) + `","issuedAt":1797000000000}`
	answerBody := `{"challenge":` + challengeBody + `,"answeredAt":1797000000500,"evidence":{"gpus":[]},"signature":"` +
		strings.Repeat("ab", 65) + `"}`
	rep := `"reporter":"` + strings.ToLower(seedAddr(3).Hex()) + `"`
	verdictsBody := `{` + rep + `,"epoch":7,"verdicts":[{"Reporter":"` + strings.ToLower(seedAddr(3).Hex()) +
		`","Lease":1,"Hour":7,"Outcome":1,"Reason":0,"Problems":0,"Complaint":0,"Answered":4,"Challenged":4}],"signature":"AAAA"}`
	rootSigBody := `{` + rep + `,"epoch":6,"root":"0x` + strings.Repeat("ab", 32) + `","signature":"AAAA"}`
	base := w.gw.HTTP()
	for _, c := range []apiCase{
		{path: "/v1/agent/leases", token: mtok, status: 200, nonEmpty: "leases"},
		{path: "/v1/agent/leases", status: 401, code: "auth_required"},
		{path: "/v1/agent/leases", token: otok, status: 403, code: "unknown_node"},
		{path: "/v1/agent/leases", token: ttok, status: 503, code: "unavailable"},
		{method: "post", path: "/v1/agent/reports", token: mtok, body: []byte(`{"leaseId":"7","seq":1}`), status: 200},
		{method: "post", path: "/v1/agent/reports", token: mtok, body: []byte(`{"leaseId":"7","seq":1}`), status: 200}, // a repeat
		{method: "post", path: "/v1/agent/reports", token: mtok, body: []byte(`{"leaseId":"7","seq":9}`), status: 400, code: "bad_report"},
		{method: "post", path: "/v1/agent/reports", token: mtok, body: []byte(`{"leaseId":"8","seq":1}`), status: 403, code: "not_lease_node"},
		{method: "post", path: "/v1/agent/reports", token: mtok, body: []byte(`{"leaseId":"99","seq":1}`), status: 404, code: "unknown_lease"},
		{method: "post", path: "/v1/agent/reports", status: 401, code: "auth_required", body: []byte(`{}`)},
		{method: "post", path: "/v1/agent/reports", token: ttok, body: []byte(`{"leaseId":"7","seq":1}`), status: 503, code: "unavailable"},
		{method: "post", path: "/v1/agent/logs", query: "lease_id=7&stream=stdout&offset=0", token: mtok, body: []byte("hello\n"), status: 200,
			check: wantSize(6)},
		{method: "post", path: "/v1/agent/logs", query: "lease_id=7&stream=stdout&offset=3", token: mtok, body: []byte("lo\nworld\n"), status: 200,
			check: wantSize(12)},
		{method: "post", path: "/v1/agent/logs", query: "lease_id=7&stream=stdout&offset=40", token: mtok, body: []byte("x"), status: 409, code: "log_offset"},
		{method: "post", path: "/v1/agent/logs", query: "lease_id=7&stream=x&offset=0", token: mtok, body: []byte("x"), status: 400, code: "invalid_params"},
		{method: "post", path: "/v1/agent/logs", query: "lease_id=8&stream=stdout&offset=0", token: mtok, body: []byte("x"), status: 403, code: "not_lease_node"},
		{method: "post", path: "/v1/agent/logs", query: "lease_id=99&stream=stdout&offset=0", token: mtok, body: []byte("x"), status: 404, code: "unknown_lease"},
		{method: "post", path: "/v1/agent/logs", query: "lease_id=7&stream=stdout&offset=0", body: []byte("x"), status: 401, code: "auth_required"},
		{method: "post", path: "/v1/agent/logs", query: "lease_id=7&stream=stdout&offset=0", token: ttok, body: []byte("x"), status: 503, code: "unavailable"},
		// The oracle's challenges: trader 3 is the reporter, trader 1 the node.
		{method: "post", path: "/v1/oracle/challenges", token: rtok, body: []byte(challengeBody), status: 200},
		{method: "post", path: "/v1/oracle/challenges", token: rtok, body: []byte(`{"reporter":"0x0","node":"0x0"}`), status: 400, code: "invalid_params"},
		{method: "post", path: "/v1/oracle/challenges", token: rtok, body: []byte(`{`), status: 400, code: "invalid_json"},
		{method: "post", path: "/v1/oracle/challenges", body: []byte(challengeBody), status: 401, code: "auth_required"},
		{method: "post", path: "/v1/oracle/challenges", token: mtok, body: []byte(challengeBody), status: 403, code: "not_reporter"},
		{method: "post", path: "/v1/oracle/challenges", token: rtok, body: []byte(strings.Replace(challengeBody, "0x11", "0x12", 1)), status: 200},
		{method: "post", path: "/v1/oracle/challenges", token: rtok, body: []byte(strings.Replace(challengeBody, "0x11", "0x13", 1)), status: 429, code: "too_many_challenges"},
		{method: "post", path: "/v1/oracle/challenges", token: ttok, body: []byte(challengeBody), status: 503, code: "unavailable"},
		{method: "post", path: "/v1/agent/answers", token: mtok, body: []byte(answerBody), status: 200},
		{method: "post", path: "/v1/agent/answers", token: mtok, body: []byte(answerBody), status: 409, code: "unknown_challenge"},
		{method: "post", path: "/v1/agent/answers", token: mtok, body: []byte(`{"challenge":{}}`), status: 400, code: "bad_answer"},
		{method: "post", path: "/v1/agent/answers", body: []byte(answerBody), status: 401, code: "auth_required"},
		{method: "post", path: "/v1/agent/answers", token: otok, body: []byte(answerBody), status: 403, code: "unknown_node"},
		{method: "post", path: "/v1/agent/answers", token: ttok, body: []byte(answerBody), status: 503, code: "unavailable"},
		{path: "/v1/oracle/answers", token: rtok, query: "after=0&limit=10", status: 200, nonEmpty: "answers"},
		{path: "/v1/oracle/answers", token: rtok, query: "limit=0", status: 400, code: "invalid_params"},
		{path: "/v1/oracle/answers", status: 401, code: "auth_required"},
		{path: "/v1/oracle/answers", token: mtok, status: 403, code: "not_reporter"},
		{path: "/v1/oracle/answers", token: ttok, status: 503, code: "unavailable"},
		{path: "/v1/oracle/nodes", token: rtok, status: 200, nonEmpty: "nodes"},
		{path: "/v1/oracle/nodes", status: 401, code: "auth_required"},
		{path: "/v1/oracle/nodes", token: mtok, status: 403, code: "not_reporter"},
		{path: "/v1/oracle/nodes", token: ttok, status: 503, code: "unavailable"},
		// The board: epoch 6 is closed, 7 open.
		{path: "/v1/oracle/epochs", token: rtok, query: "after=0", status: 200, nonEmpty: "epochs"},
		{path: "/v1/oracle/epochs", token: rtok, query: "after=-1", status: 400, code: "invalid_params"},
		{path: "/v1/oracle/epochs", status: 401, code: "auth_required"},
		{path: "/v1/oracle/epochs", token: mtok, status: 403, code: "not_reporter"},
		{path: "/v1/oracle/epochs", token: ttok, status: 503, code: "unavailable"},
		{method: "post", path: "/v1/oracle/verdicts", token: rtok, body: []byte(verdictsBody), status: 200},
		{method: "post", path: "/v1/oracle/verdicts", token: rtok, body: []byte(verdictsBody), status: 200}, // the same again
		{method: "post", path: "/v1/oracle/verdicts", token: rtok, body: []byte(strings.Replace(verdictsBody, "AAAA", "BBBB", 1)), status: 409, code: "already_posted"},
		{method: "post", path: "/v1/oracle/verdicts", token: rtok, body: []byte(strings.Replace(verdictsBody, `"epoch":7`, `"epoch":6`, 1)), status: 409, code: "epoch_not_open"},
		{method: "post", path: "/v1/oracle/verdicts", token: rtok, body: []byte(`{"epoch":7}`), status: 400, code: "bad_verdicts"},
		{method: "post", path: "/v1/oracle/verdicts", token: rtok, body: []byte(`{`), status: 400, code: "invalid_json"},
		{method: "post", path: "/v1/oracle/verdicts", body: []byte(verdictsBody), status: 401, code: "auth_required"},
		{method: "post", path: "/v1/oracle/verdicts", token: mtok, body: []byte(verdictsBody), status: 403, code: "not_reporter"},
		{method: "post", path: "/v1/oracle/verdicts", token: ttok, body: []byte(verdictsBody), status: 503, code: "unavailable"},
		{method: "post", path: "/v1/oracle/signatures", token: rtok, body: []byte(rootSigBody), status: 200},
		{method: "post", path: "/v1/oracle/signatures", token: rtok, body: []byte(strings.Replace(rootSigBody, `"epoch":6`, `"epoch":7`, 1)), status: 409, code: "epoch_not_closed"},
		{method: "post", path: "/v1/oracle/signatures", token: rtok, body: []byte(`{"epoch":6}`), status: 400, code: "bad_verdicts"},
		{method: "post", path: "/v1/oracle/signatures", token: mtok, body: []byte(rootSigBody), status: 403, code: "not_reporter"},
		{method: "post", path: "/v1/oracle/signatures", body: []byte(rootSigBody), status: 401, code: "auth_required"},
		{method: "post", path: "/v1/oracle/signatures", token: ttok, body: []byte(rootSigBody), status: 503, code: "unavailable"},
	} {
		r.run(base, c)
	}
	// The log the node pushed is whole, its repeated bytes skipped.
	f.mu.Lock()
	got := string(f.logs["7/stdout"])
	f.mu.Unlock()
	if got != "hello\nworld\n" {
		r.t.Fatalf("the pushed log is %q", got)
	}
}

func wantSize(n int64) func(m map[string]any) error {
	return func(m map[string]any) error {
		if got, _ := m["size"].(float64); int64(got) != n {
			return errors.New("size " + jsonString(m) + ", want " + jsonString(n))
		}
		return nil
	}
}

func jsonString(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
