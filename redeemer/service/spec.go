package service

import (
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"regexp"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/redeemer/agent"
	"github.com/hourglass-exchange/hourglass/redeemer/executor"
)

// JobSpec is the holder's job for one redemption: what to run, and which
// redemption it is for (holder, instrument, window and GPUs, as the
// holder passes them to redeem). Its hash (Hash, an EIP-712 typed-data
// digest) is the specHash the holder gives redeem, so it exists before the
// lease ids do: every lease of the redemption (one per provider) carries
// it, and the holder submits the same signed spec for each of them.
type JobSpec struct {
	Holder     common.Address `json:"holder"`
	Instrument instrument.ID  `json:"instrument"`
	StartHour  uint32         `json:"startHour"`
	Hours      uint16         `json:"hours"`
	GPUs       uint32         `json:"gpus"`
	// Image is an OCI image by digest (name@sha256:<64 hex>), or empty for
	// the process executor, which runs Command on the node as is.
	Image        string   `json:"image"`
	Command      []string `json:"command"`
	Env          []string `json:"env"` // KEY=VALUE
	SSHPublicKey string   `json:"sshPublicKey"`
}

// The EIP-712 types of a job spec. A wallet signs it with
// eth_signTypedData_v4 (primary type JobSpec, the domain below).
const (
	domainType  = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
	jobSpecType = "JobSpec(address holder,uint256 instrument,uint32 startHour,uint16 hours,uint32 gpus," +
		"string image,string[] command,string[] env,string sshPublicKey)"
	// DomainName and DomainVersion are the spec domain's name and version;
	// its chainId and verifyingContract are the ProviderVault's.
	DomainName    = "Hourglass Job Spec"
	DomainVersion = "1"
)

var (
	domainTypeHash  = crypto.Keccak256Hash([]byte(domainType))
	jobSpecTypeHash = crypto.Keccak256Hash([]byte(jobSpecType))
)

// Domain is the EIP-712 domain of the job specs of one vault.
type Domain struct {
	ChainID *big.Int
	Vault   common.Address
}

// Separator is the domain separator.
func (d Domain) Separator() common.Hash {
	return crypto.Keccak256Hash(domainTypeHash[:], keccakString(DomainName), keccakString(DomainVersion),
		word(d.ChainID), common.LeftPadBytes(d.Vault[:], 32))
}

// StructHash is hashStruct(JobSpec) of EIP-712.
func (s JobSpec) StructHash() common.Hash {
	return crypto.Keccak256Hash(jobSpecTypeHash[:], common.LeftPadBytes(s.Holder[:], 32), s.Instrument[:],
		uintWord(uint64(s.StartHour)), uintWord(uint64(s.Hours)), uintWord(uint64(s.GPUs)),
		keccakString(s.Image), keccakStrings(s.Command), keccakStrings(s.Env), keccakString(s.SSHPublicKey))
}

// Hash is the spec's EIP-712 digest, keccak256(0x1901 ‖ domain separator ‖
// hashStruct(spec)): the specHash of redeem, and what the holder signs.
func (s JobSpec) Hash(d Domain) common.Hash {
	sep := d.Separator()
	sh := s.StructHash()
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], sh[:])
}

// SignSpec signs the spec's hash with key, as eth_signTypedData_v4 does
// (r ‖ s ‖ v, v 27 or 28).
func SignSpec(s JobSpec, d Domain, key *ecdsa.PrivateKey) ([]byte, error) {
	sig, err := crypto.Sign(s.Hash(d).Bytes(), key)
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return sig, nil
}

func keccakString(s string) []byte { return crypto.Keccak256([]byte(s)) }

func keccakStrings(ss []string) []byte {
	var b []byte
	for _, s := range ss {
		b = append(b, keccakString(s)...)
	}
	return crypto.Keccak256(b)
}

func word(x *big.Int) []byte {
	if x == nil {
		x = new(big.Int)
	}
	return common.LeftPadBytes(x.Bytes(), 32)
}

func uintWord(x uint64) []byte {
	var b [32]byte
	binary.BigEndian.PutUint64(b[24:], x)
	return b[:]
}

// imagePattern is an image by digest.
var imagePattern = regexp.MustCompile(`^[a-z0-9][a-z0-9._/:-]*@sha256:[0-9a-f]{64}$`)

// MaxSpecBytes bounds a spec's strings together (command, env, image, key).
const MaxSpecBytes = 64 << 10

// Validate checks the spec on its own: an image by digest or none, a
// command, KEY=VALUE env, a one-line SSH public key (what every executor
// checks, executor.Validate), and a size bound.
func (s JobSpec) Validate() error {
	if s.Image != "" && !imagePattern.MatchString(s.Image) {
		return newError(CodeInvalidSpec, "image %q is not by digest (name@sha256:<64 hex digits>)", s.Image)
	}
	n := len(s.Image) + len(s.SSHPublicKey)
	for _, a := range s.Command {
		n += len(a)
	}
	for _, a := range s.Env {
		n += len(a)
	}
	if n > MaxSpecBytes {
		return newError(CodeInvalidSpec, "spec is %d bytes, at most %d", n, MaxSpecBytes)
	}
	job := executor.Job{LeaseID: "spec", Image: s.Image, Command: s.Command, Env: s.Env,
		SSHPublicKey: s.SSHPublicKey, LogDir: "/"}
	if err := executor.Validate(job, nil); err != nil {
		return newError(CodeInvalidSpec, "%v", err)
	}
	return nil
}

// AgentSpec is what the agent runs.
func (s JobSpec) AgentSpec() agent.Spec {
	return agent.Spec{Image: s.Image, Command: s.Command, Env: s.Env, SSHPublicKey: s.SSHPublicKey}
}

// RecoverSigner returns the account that signed digest (65 bytes r ‖ s ‖
// v, v in {0, 1, 27, 28}).
func RecoverSigner(digest common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != crypto.SignatureLength {
		return common.Address{}, newError(CodeBadSignature, "signature is %d bytes, want 65", len(sig))
	}
	b := append([]byte(nil), sig...)
	if b[64] >= 27 {
		b[64] -= 27
	}
	if b[64] > 1 {
		return common.Address{}, newError(CodeBadSignature, "signature v is %d", sig[64])
	}
	pub, err := crypto.SigToPub(digest[:], b)
	if err != nil {
		return common.Address{}, newError(CodeBadSignature, "%v", err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// Code is a stable error code of the service's API.
type Code string

// The service's error codes. Stable: the gateway and clients match on them.
const (
	CodeInvalidSpec      Code = "invalid_spec"       // the spec cannot run, or is malformed
	CodeSpecHashMismatch Code = "spec_hash_mismatch" // the spec's hash is not the lease's specHash
	CodeNotHolder        Code = "not_holder"         // the spec, its signer or the caller is not the lease's holder
	CodeBadSignature     Code = "bad_signature"      // the signature is malformed or not the spec's signer's
	CodeUnknownLease     Code = "unknown_lease"      // no such lease (yet: the redemption may not be seen yet)
	CodeLeaseClosed      Code = "lease_closed"       // the lease is closed: no spec any more
	CodeSpecConflict     Code = "spec_conflict"      // another spec was already accepted for the lease
	CodeNotNode          Code = "not_node"           // a report from a node the lease was not given to
	CodeBadReport        Code = "bad_report"         // a report the lease's rules refuse, or out of order
	CodeBadRequest       Code = "bad_request"        // malformed arguments
	CodeUnavailable      Code = "unavailable"        // the lease's agent is not reachable now
)

// ErrService is what every *Error matches with errors.Is.
var ErrService = errors.New("redeemer")

// Error is a refusal with a stable code; a refusal changes nothing.
type Error struct {
	Code Code
	Msg  string
}

func newError(c Code, format string, args ...any) *Error {
	return &Error{Code: c, Msg: fmt.Sprintf(format, args...)}
}

func (e *Error) Error() string { return "redeemer: " + string(e.Code) + ": " + e.Msg }

// Is makes errors.Is(err, ErrService) true for every *Error.
func (e *Error) Is(target error) bool { return target == ErrService }

// CodeOf returns err's code, or "" when err is not an *Error.
func CodeOf(err error) Code {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}
