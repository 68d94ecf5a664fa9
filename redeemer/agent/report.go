package agent

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/redeemer/lease"
)

// Reporter is what the agent tells about its leases: each transition it
// causes, in order per lease, at least once (a report the Reporter failed
// is retried, and one it took just before an agent crash may come again:
// Seq tells them apart). The redeemer implements it, to record the
// transitions and pass them on to the chain.
type Reporter interface {
	Report(ctx context.Context, r Report) error
}

// ReporterFunc adapts a function to Reporter.
type ReporterFunc func(ctx context.Context, r Report) error

// Report calls f.
func (f ReporterFunc) Report(ctx context.Context, r Report) error { return f(ctx, r) }

// Report is one transition of one lease, signed by the node key.
type Report struct {
	// Node is the node key's address, registered on-chain by the provider.
	Node    common.Address `json:"node"`
	LeaseID string         `json:"leaseId"`
	// Seq is the transition's index in the lease's history (0 is the
	// chain's assignment, which the agent does not report).
	Seq        int              `json:"seq"`
	Transition lease.Transition `json:"transition"`
	// GPUs are the UUIDs the lease is placed on.
	GPUs []string `json:"gpus"`
	// CC: the node claims confidential computing (Config.ClaimsCC). The
	// redeemer records the claim with the lease; it is never withdrawn.
	CC bool `json:"cc,omitempty"`
	// Signature is the node key's secp256k1 signature (65 bytes, r‖s‖v,
	// v in {0,1}) over Digest.
	Signature []byte `json:"signature,omitempty"`
}

// reportDomain prefixes what the node key signs, so that a report's
// signature means nothing anywhere else.
const reportDomain = "hourglass agent report v1\n"

// Digest is the hash the node key signs: keccak256 of the domain line and
// the report's JSON without its signature.
func (r Report) Digest() common.Hash {
	r.Signature = nil
	b, err := json.Marshal(r)
	if err != nil {
		panic(err) // plain data: cannot fail
	}
	return crypto.Keccak256Hash([]byte(reportDomain), b)
}

// Sign sets r's signature with the node key.
func (r *Report) Sign(key *ecdsa.PrivateKey) error {
	sig, err := crypto.Sign(r.Digest().Bytes(), key)
	if err != nil {
		return err
	}
	r.Signature = sig
	return nil
}

// ErrBadSignature is returned by Verify for a report its node did not sign.
var ErrBadSignature = errors.New("agent: bad_signature")

// Verify checks that r was signed by the key of r.Node.
func (r Report) Verify() error {
	if len(r.Signature) != crypto.SignatureLength {
		return fmt.Errorf("%w: %d-byte signature", ErrBadSignature, len(r.Signature))
	}
	pub, err := crypto.SigToPub(r.Digest().Bytes(), r.Signature)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	if got := crypto.PubkeyToAddress(*pub); got != r.Node {
		return fmt.Errorf("%w: signed by %s, not the node %s", ErrBadSignature, got, r.Node)
	}
	return nil
}

// Recorder is a Reporter that keeps every report, for tests; Fail, when
// set, makes a report fail (it is then not recorded).
type Recorder struct {
	mu      sync.Mutex
	reports []Report
	Fail    func(Report) error
	changed chan struct{}
}

// Report records r.
func (rec *Recorder) Report(_ context.Context, r Report) error {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	if rec.Fail != nil {
		if err := rec.Fail(r); err != nil {
			return err
		}
	}
	rec.reports = append(rec.reports, r)
	if rec.changed != nil {
		close(rec.changed)
		rec.changed = nil
	}
	return nil
}

// Reports returns what was recorded, in order.
func (rec *Recorder) Reports() []Report {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	return append([]Report(nil), rec.reports...)
}

// Changed returns a channel closed at the next report.
func (rec *Recorder) Changed() <-chan struct{} {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	if rec.changed == nil {
		rec.changed = make(chan struct{})
	}
	return rec.changed
}
