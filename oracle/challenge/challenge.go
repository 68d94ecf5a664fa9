// Package challenge is evidence layer 2 of the oracle (docs/oracle.md,
// "Nonce challenges"): a reporter challenges a node with a fresh nonce at a
// time of its own choosing, and the node's agent answers with its evidence
// (the NVML snapshot of its GPUs, and the CC attestation over the nonce
// where the node claims CC), signed by the node key the provider
// registered on-chain. The nonce makes an answer fresh (it cannot be
// prepared ahead or replayed), the signature makes it the node's (the
// operator who relays it cannot forge one), and the reporter's own clock
// makes it timely.
//
// This package holds the messages and their signatures; whether an answer
// counts (the reporter's nonce, in time, the lease's node key, not seen
// before) is the judge's.
package challenge

import (
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Challenge is a reporter's question to a node.
type Challenge struct {
	// Reporter is the reporter's address (its key is registered with the
	// oracle's contract); Node the node key's address.
	Reporter common.Address `json:"reporter"`
	Node     common.Address `json:"node"`
	// Nonce is 32 random bytes, used once.
	Nonce common.Hash `json:"nonce"`
	// IssuedAt is when the reporter issued it, Unix milliseconds on the
	// reporter's clock.
	IssuedAt int64 `json:"issuedAt"`
}

// Answer is a node's signed answer to a challenge.
type Answer struct {
	Challenge Challenge `json:"challenge"`
	// AnsweredAt is when the node answered, Unix milliseconds on the
	// node's clock (the reporter judges lateness on its own clock).
	AnsweredAt int64 `json:"answeredAt"`
	// Evidence is the node's evidence, JSON: its GPUs' NVML snapshot and
	// its leases' jobs (and the CC attestation over Nonce where claimed).
	Evidence json.RawMessage `json:"evidence"`
	// Signature is the node key's secp256k1 signature (65 bytes, r‖s‖v, v
	// in {0,1}) over Digest.
	Signature []byte `json:"signature,omitempty"`
}

// domain prefixes what the node key signs, so that an answer's signature
// means nothing anywhere else (a lease report's, for one).
const domain = "hourglass challenge answer v1\n"

// MaxEvidenceBytes bounds an answer's evidence.
const MaxEvidenceBytes = 256 << 10

// ErrBadAnswer is what every malformed or unsigned answer's error wraps.
var ErrBadAnswer = errors.New("challenge: bad answer")

// NewNonce draws a fresh nonce.
func NewNonce() (common.Hash, error) {
	var n common.Hash
	if _, err := rand.Read(n[:]); err != nil {
		return common.Hash{}, err
	}
	return n, nil
}

// Digest is the hash the node key signs: keccak256 of the domain line and
// the answer's JSON without its signature (the evidence compacted).
func (a Answer) Digest() (common.Hash, error) {
	a.Signature = nil
	if len(a.Evidence) == 0 {
		a.Evidence = json.RawMessage("null")
	}
	b, err := json.Marshal(a)
	if err != nil {
		return common.Hash{}, fmt.Errorf("%w: %v", ErrBadAnswer, err)
	}
	return crypto.Keccak256Hash([]byte(domain), b), nil
}

// Sign signs the answer with the node key, whose address must be the
// challenge's node.
func (a *Answer) Sign(key *ecdsa.PrivateKey) error {
	if crypto.PubkeyToAddress(key.PublicKey) != a.Challenge.Node {
		return fmt.Errorf("%w: the key is not node %s's", ErrBadAnswer, a.Challenge.Node)
	}
	d, err := a.Digest()
	if err != nil {
		return err
	}
	a.Signature, err = crypto.Sign(d[:], key)
	return err
}

// Signer returns the address whose key signed the answer.
func (a Answer) Signer() (common.Address, error) {
	if len(a.Signature) != crypto.SignatureLength || a.Signature[64] > 1 {
		return common.Address{}, fmt.Errorf("%w: a signature is 65 bytes, v 0 or 1", ErrBadAnswer)
	}
	if len(a.Evidence) > MaxEvidenceBytes {
		return common.Address{}, fmt.Errorf("%w: evidence of %d bytes (at most %d)", ErrBadAnswer, len(a.Evidence), MaxEvidenceBytes)
	}
	d, err := a.Digest()
	if err != nil {
		return common.Address{}, err
	}
	pub, err := crypto.SigToPub(d[:], a.Signature)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrBadAnswer, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// Verify checks that the answer is signed by its challenge's node.
func (a Answer) Verify() error {
	s, err := a.Signer()
	if err != nil {
		return err
	}
	if s != a.Challenge.Node {
		return fmt.Errorf("%w: signed by %s, not node %s", ErrBadAnswer, s, a.Challenge.Node)
	}
	return nil
}
