package api

import (
	"context"
	"encoding/json"
	"errors"
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
)

var nodeCodeList = []Code{CodeUnknownNode, CodeNotLeaseNode, CodeBadReport, CodeLogOffset}

func init() {
	codeStatus[CodeUnknownNode] = http.StatusForbidden
	codeStatus[CodeNotLeaseNode] = http.StatusForbidden
	codeStatus[CodeBadReport] = http.StatusBadRequest
	codeStatus[CodeLogOffset] = http.StatusConflict
}

// The bounds of the node agents' requests.
const (
	// MaxReportBytes bounds a report's body.
	MaxReportBytes = 64 << 10
	// MaxLogPushBytes bounds a log push's body (redeemer/agent.PushChunk).
	MaxLogPushBytes = 256 << 10
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

// nodeError answers an error of NodeAgents.
func nodeError(err error) *Error {
	var le *LeaseError
	if errors.As(err, &le) {
		return leaseError(err)
	}
	return errorf(CodeUnavailable, "the redeemer: "+err.Error())
}

// restAgentLeases serves GET /v1/agent/leases.
func (s *Server) restAgentLeases(w http.ResponseWriter, r *http.Request) *Error {
	node, e := s.restNode(r)
	if e != nil {
		return e
	}
	b, err := s.opts.NodeAgents.NodeWork(r.Context(), node)
	if err != nil {
		return nodeError(err)
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(append(b, '\n'))
	return nil
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
		return nodeError(err)
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
		return nodeError(err)
	}
	return writeJSON(w, LogPushResponse{Size: size})
}
