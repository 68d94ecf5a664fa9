package api

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
)

// NodeAgents is what the gateway needs of the redeemer for the providers'
// node agents (docs/delivery.md, "Remote agents"): an agent signs in with
// its node key (SIWE, like any account), polls for its work, reports its
// signed transitions and pushes its jobs' logs. The bodies are the
// redeemer's JSON (redeemer/agent's Assignments and Report), passed through
// as they are. A refusal is a *LeaseError with one of the lease or node
// codes; any other error is answered unavailable.
type NodeAgents interface {
	// NodeWork returns the node's work (an Assignments).
	NodeWork(ctx context.Context, node common.Address) (json.RawMessage, error)
	// NodeReport takes one of the node's signed reports.
	NodeReport(ctx context.Context, node common.Address, report json.RawMessage) error
	// NodeLog takes a piece of a lease's log from its node and returns
	// the size of the log the redeemer then holds.
	NodeLog(ctx context.Context, node common.Address, leaseID, stream string, offset int64, data []byte) (int64, error)
	// NodeAnswer takes the node's signed answer to one of its challenges
	// (an oracle/challenge Answer).
	NodeAnswer(ctx context.Context, node common.Address, answer json.RawMessage) error
}

// OracleRelay is what the gateway needs of the redeemer for the oracle's
// reporters (docs/oracle.md, "Nonce challenges"): a reporter signs in with
// its key, posts its challenges for the nodes and collects the nodes'
// signed answers.
type OracleRelay interface {
	// PostChallenge queues a challenge (an oracle/challenge Challenge)
	// of reporter.
	PostChallenge(ctx context.Context, reporter common.Address, challenge json.RawMessage) error
	// Answers returns the answers to reporter's challenges after seq
	// after, at most limit: {"answers":[{"seq","answer"}…]}.
	Answers(ctx context.Context, reporter common.Address, after uint64, limit int) (json.RawMessage, error)
	// ChallengeNodes returns the node keys to challenge now, those with
	// open leases: {"nodes":[address…]}.
	ChallengeNodes(ctx context.Context, reporter common.Address) (json.RawMessage, error)
	// BoardEpochs returns the oracle's board after epoch after:
	// {"epochs":[EpochRecord…]} (oracle/reporter's).
	BoardEpochs(ctx context.Context, reporter common.Address, after uint64) (json.RawMessage, error)
	// PostVerdicts takes reporter's signed verdict set of an open epoch
	// (an oracle/reporter VerdictSet).
	PostVerdicts(ctx context.Context, reporter common.Address, set json.RawMessage) error
	// PostRootSignature takes reporter's signature of a closed epoch's
	// report root (an oracle/reporter RootSignature).
	PostRootSignature(ctx context.Context, reporter common.Address, sig json.RawMessage) error
}

// The node agents' codes (docs/api.md, "Error codes").
const (
	// CodeUnknownNode: the signed-in account is not the key of a node
	// approved on-chain.
	CodeUnknownNode Code = "unknown_node"
	// CodeNotLeaseNode: the lease was not handed to the calling node, or
	// the report is another node's.
	CodeNotLeaseNode Code = "not_lease_node"
	// CodeBadReport: a report the lease's rules refuse, out of order, or
	// not signed by its node key.
	CodeBadReport Code = "bad_report"
	// CodeLogOffset: a log push that leaves a gap after what the redeemer
	// holds; push again from the size the next poll gives.
	CodeLogOffset Code = "log_offset"
	// CodeNotReporter: the signed-in account is not a registered reporter.
	CodeNotReporter Code = "not_reporter"
	// CodeUnknownChallenge: an answer to no waiting challenge of the node
	// (expired, answered already, or never posted).
	CodeUnknownChallenge Code = "unknown_challenge"
	// CodeBadAnswer: an answer that is malformed or not signed by its
	// node's key.
	CodeBadAnswer Code = "bad_answer"
	// CodeTooManyChallenges: the node has too many challenges waiting.
	CodeTooManyChallenges Code = "too_many_challenges"
	// CodeEpochNotOpen: verdicts for an epoch the board does not hold
	// open (not opened yet, closed, or gone).
	CodeEpochNotOpen Code = "epoch_not_open"
	// CodeEpochNotClosed: a root signature for an epoch whose verdicts
	// are not frozen yet (or gone from the board).
	CodeEpochNotClosed Code = "epoch_not_closed"
	// CodeBadVerdicts: a verdict set or root signature that is malformed
	// or not signed by the caller's key.
	CodeBadVerdicts Code = "bad_verdicts"
	// CodeAlreadyPosted: the caller posted a different verdict set or
	// root signature for the epoch before.
	CodeAlreadyPosted Code = "already_posted"
)

var nodeCodeList = []Code{CodeUnknownNode, CodeNotLeaseNode, CodeBadReport, CodeLogOffset,
	CodeNotReporter, CodeUnknownChallenge, CodeBadAnswer, CodeTooManyChallenges,
	CodeEpochNotOpen, CodeEpochNotClosed, CodeBadVerdicts, CodeAlreadyPosted}

func init() {
	codeStatus[CodeNotReporter] = http.StatusForbidden
	codeStatus[CodeUnknownChallenge] = http.StatusConflict
	codeStatus[CodeBadAnswer] = http.StatusBadRequest
	codeStatus[CodeTooManyChallenges] = http.StatusTooManyRequests
	codeStatus[CodeUnknownNode] = http.StatusForbidden
	codeStatus[CodeNotLeaseNode] = http.StatusForbidden
	codeStatus[CodeBadReport] = http.StatusBadRequest
	codeStatus[CodeLogOffset] = http.StatusConflict
	codeStatus[CodeEpochNotOpen] = http.StatusConflict
	codeStatus[CodeEpochNotClosed] = http.StatusConflict
	codeStatus[CodeBadVerdicts] = http.StatusBadRequest
	codeStatus[CodeAlreadyPosted] = http.StatusConflict
}

// The bounds of the node agents' requests.
const (
	// MaxReportBytes bounds a report's body.
	MaxReportBytes = 64 << 10
	// MaxLogPushBytes bounds a log push's body (redeemer/agent.PushChunk).
	MaxLogPushBytes = 256 << 10
	// MaxAnswerBytes bounds an answer's body (its evidence is at most
	// 256 KiB).
	MaxAnswerBytes = 320 << 10
	// MaxChallengeBytes bounds a challenge's body.
	MaxChallengeBytes = 4 << 10
	// MaxVerdictsBytes bounds a verdict set's body (a verdict is about
	// 250 bytes of JSON: 16,000 lease-hours).
	MaxVerdictsBytes = 4 << 20
	// MaxRootSignatureBytes bounds a root signature's body.
	MaxRootSignatureBytes = 1 << 10
	// DefaultAnswersLimit and MaxAnswersLimit bound GET /v1/oracle/answers.
	DefaultAnswersLimit = 100
	MaxAnswersLimit     = 1000
)

// LogPushResponse is POST /v1/agent/logs's answer.
type LogPushResponse struct {
	// Size is how many bytes of the log the redeemer holds now.
	Size int64 `json:"size"`
}

// post wraps a JSON endpoint that takes POST only.
func (s *Server) post(route string, fn func(w http.ResponseWriter, r *http.Request) *Error) http.HandlerFunc {
	return s.count(route, func(w http.ResponseWriter, r *http.Request) *Error {
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", "POST")
			return errorf(CodeMethodNotAllowed, r.Method+" is not allowed here")
		}
		return fn(w, r)
	})
}

// restNode authenticates a node agent's request by its bearer token.
func (s *Server) restNode(r *http.Request) (common.Address, *Error) {
	if s.opts.NodeAgents == nil {
		return common.Address{}, errorf(CodeNotImplemented, r.URL.Path+" is not served by this gateway")
	}
	return s.restHolder(r)
}

// readBody reads a request body of at most max bytes.
func readBody(r *http.Request, max int64) ([]byte, *Error) {
	b, err := io.ReadAll(io.LimitReader(r.Body, max+1))
	if err != nil {
		return nil, errorf(CodeInvalidRequest, "reading the body: "+err.Error())
	}
	if int64(len(b)) > max {
		return nil, errorf(CodeMessageTooLarge, "the body is over "+strconv.FormatInt(max, 10)+" bytes")
	}
	return b, nil
}

// restAgentLeases serves GET /v1/agent/leases.
func (s *Server) restAgentLeases(w http.ResponseWriter, r *http.Request) *Error {
	node, e := s.restNode(r)
	if e != nil {
		return e
	}
	b, err := s.opts.NodeAgents.NodeWork(r.Context(), node)
	return writeRaw(w, b, err)
}

// restAgentReports serves POST /v1/agent/reports.
func (s *Server) restAgentReports(w http.ResponseWriter, r *http.Request) *Error {
	node, e := s.restNode(r)
	if e != nil {
		return e
	}
	b, e := readBody(r, MaxReportBytes)
	if e != nil {
		return e
	}
	if !json.Valid(b) {
		return errorf(CodeInvalidJSON, "the report is not JSON")
	}
	if err := s.opts.NodeAgents.NodeReport(r.Context(), node, b); err != nil {
		return leaseError(err)
	}
	return writeJSON(w, struct{}{})
}

// restAgentLogs serves POST /v1/agent/logs?lease_id=&stream=&offset=.
func (s *Server) restAgentLogs(w http.ResponseWriter, r *http.Request) *Error {
	node, e := s.restNode(r)
	if e != nil {
		return e
	}
	q := r.URL.Query()
	id, stream := q.Get("lease_id"), q.Get("stream")
	if id == "" {
		return errorf(CodeInvalidParams, "lease_id is required")
	}
	if stream != "stdout" && stream != "stderr" {
		return errorf(CodeInvalidParams, "stream must be stdout or stderr")
	}
	offset, e := queryInt(r, "offset", -1, 0, 1<<53)
	if e != nil {
		return e
	}
	if offset < 0 {
		return errorf(CodeInvalidParams, "offset is required")
	}
	b, e := readBody(r, MaxLogPushBytes)
	if e != nil {
		return e
	}
	size, err := s.opts.NodeAgents.NodeLog(r.Context(), node, id, stream, offset, b)
	if err != nil {
		return leaseError(err)
	}
	return writeJSON(w, LogPushResponse{Size: size})
}

// restAgentAnswers serves POST /v1/agent/answers.
func (s *Server) restAgentAnswers(w http.ResponseWriter, r *http.Request) *Error {
	node, e := s.restNode(r)
	if e != nil {
		return e
	}
	b, e := readBody(r, MaxAnswerBytes)
	if e != nil {
		return e
	}
	if !json.Valid(b) {
		return errorf(CodeInvalidJSON, "the answer is not JSON")
	}
	if err := s.opts.NodeAgents.NodeAnswer(r.Context(), node, b); err != nil {
		return leaseError(err)
	}
	return writeJSON(w, struct{}{})
}

// restReporter authenticates a reporter's request by its bearer token.
func (s *Server) restReporter(r *http.Request) (common.Address, *Error) {
	if s.opts.Oracle == nil {
		return common.Address{}, errorf(CodeNotImplemented, r.URL.Path+" is not served by this gateway")
	}
	return s.restHolder(r)
}

// restOracleChallenges serves POST /v1/oracle/challenges.
func (s *Server) restOracleChallenges(w http.ResponseWriter, r *http.Request) *Error {
	rep, e := s.restReporter(r)
	if e != nil {
		return e
	}
	b, e := readBody(r, MaxChallengeBytes)
	if e != nil {
		return e
	}
	if !json.Valid(b) {
		return errorf(CodeInvalidJSON, "the challenge is not JSON")
	}
	if err := s.opts.Oracle.PostChallenge(r.Context(), rep, b); err != nil {
		return leaseError(err)
	}
	return writeJSON(w, struct{}{})
}

// restOracleAnswers serves GET /v1/oracle/answers?after=&limit=.
func (s *Server) restOracleAnswers(w http.ResponseWriter, r *http.Request) *Error {
	rep, e := s.restReporter(r)
	if e != nil {
		return e
	}
	after, e := queryInt(r, "after", 0, 0, 1<<53)
	if e != nil {
		return e
	}
	limit, e := queryInt(r, "limit", DefaultAnswersLimit, 1, MaxAnswersLimit)
	if e != nil {
		return e
	}
	b, err := s.opts.Oracle.Answers(r.Context(), rep, uint64(after), int(limit))
	return writeRaw(w, b, err)
}

// restOracleEpochs serves GET /v1/oracle/epochs?after=.
func (s *Server) restOracleEpochs(w http.ResponseWriter, r *http.Request) *Error {
	rep, e := s.restReporter(r)
	if e != nil {
		return e
	}
	after, e := queryInt(r, "after", 0, 0, 1<<53)
	if e != nil {
		return e
	}
	b, err := s.opts.Oracle.BoardEpochs(r.Context(), rep, uint64(after))
	return writeRaw(w, b, err)
}

// restOracleVerdicts serves POST /v1/oracle/verdicts.
func (s *Server) restOracleVerdicts(w http.ResponseWriter, r *http.Request) *Error {
	return s.restOraclePost(w, r, MaxVerdictsBytes, "verdict set", func(o OracleRelay) oraclePost { return o.PostVerdicts })
}

// restOracleSignatures serves POST /v1/oracle/signatures.
func (s *Server) restOracleSignatures(w http.ResponseWriter, r *http.Request) *Error {
	return s.restOraclePost(w, r, MaxRootSignatureBytes, "root signature", func(o OracleRelay) oraclePost { return o.PostRootSignature })
}

type oraclePost func(context.Context, common.Address, json.RawMessage) error

// restOraclePost reads a reporter's JSON body of at most max bytes and
// hands it to the relay's method post picks.
func (s *Server) restOraclePost(w http.ResponseWriter, r *http.Request, max int64, what string, post func(OracleRelay) oraclePost) *Error {
	rep, e := s.restReporter(r)
	if e != nil {
		return e
	}
	b, e := readBody(r, max)
	if e != nil {
		return e
	}
	if !json.Valid(b) {
		return errorf(CodeInvalidJSON, "the "+what+" is not JSON")
	}
	if err := post(s.opts.Oracle)(r.Context(), rep, b); err != nil {
		return leaseError(err)
	}
	return writeJSON(w, struct{}{})
}

// restOracleNodes serves GET /v1/oracle/nodes.
func (s *Server) restOracleNodes(w http.ResponseWriter, r *http.Request) *Error {
	rep, e := s.restReporter(r)
	if e != nil {
		return e
	}
	b, err := s.opts.Oracle.ChallengeNodes(r.Context(), rep)
	return writeRaw(w, b, err)
}

// writeRaw answers the redeemer's JSON b, or err as leaseError does.
func writeRaw(w http.ResponseWriter, b json.RawMessage, err error) *Error {
	if err != nil {
		return leaseError(err)
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(append(b, '\n'))
	return nil
}
