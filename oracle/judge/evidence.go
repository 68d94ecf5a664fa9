package judge

import (
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Nonce is a challenge's fresh random nonce (the reporter draws it).
type Nonce [32]byte

// Challenge is one challenge a reporter sent to a node.
type Challenge struct {
	// Reporter is the reporter's key address.
	Reporter common.Address
	// Node is the node key challenged: the key registered on-chain for
	// the node the lease runs on.
	Node  common.Address
	Nonce Nonce
	// SentAt is the reporter's clock when it sent the challenge.
	SentAt time.Time
}

// Answer is a node's answer to a challenge, as the challenge layer
// decoded it. The judge trusts one thing of that layer: Digest is the
// hash of the very bytes the node signed, and Nonce and Snapshot were
// decoded from those bytes (so the signature covers them).
type Answer struct {
	// Nonce is the nonce the signed bytes carry.
	Nonce Nonce
	// ReceivedAt is the reporter's clock when the answer arrived.
	ReceivedAt time.Time
	// Digest is the hash the node signed; Signature is its 65-byte
	// secp256k1 signature r ‖ s ‖ v (v 0/1 or 27/28).
	Digest    common.Hash
	Signature []byte
	Snapshot  Snapshot
}

// Health of one GPU in a snapshot, by NVIDIA's rules (the NVML layer's
// table in docs/oracle.md): a critical XID, an uncorrectable ECC error,
// the GPU lost or a row-remap failure is Faulty; signals that slow a GPU
// without making it unusable (HW slowdown, a PCIe link below its maximum,
// a pending row remap) are Degraded. The zero value, HealthUnknown, is a
// snapshot that did not say: it counts as Faulty, since an honest agent
// always says.
type Health uint8

// Health values.
const (
	HealthUnknown Health = 0
	Healthy       Health = 1
	Degraded      Health = 2
	Faulty        Health = 3
)

var healthNames = [...]string{"unknown", "healthy", "degraded", "faulty"}

func (h Health) String() string {
	if int(h) < len(healthNames) {
		return healthNames[h]
	}
	return fmt.Sprintf("health(%d)", uint8(h))
}

// GPUHealth is one GPU's state in a snapshot.
type GPUHealth struct {
	UUID   string
	Health Health
	// Signal names what made the GPU degraded or faulty ("xid", "ecc",
	// "lost", "row_remap", "hw_slowdown", "pcie", ...): evidence to show,
	// not to judge by.
	Signal string
	// XID is the critical XID when Signal is "xid".
	XID uint32
}

// JobSeen says whether a lease's job process was on its GPUs (NVML's
// running compute processes) when the snapshot was taken.
type JobSeen struct {
	Lease  uint64
	OnGPUs bool
}

// Snapshot is the node's signed evidence at a challenge: every GPU of the
// node and the leases' processes.
type Snapshot struct {
	GPUs []GPUHealth
	Jobs []JobSeen
}

// CCVerdict is the reporter's verdict on the confidential-computing
// attestation that came with an answer.
type CCVerdict uint8

// CC verdicts.
const (
	// CCNone: no attestation verdict with this answer: the node does not
	// claim CC, the reporter did not ask this time, or it could not verify
	// for a reason of its own (attest's verifier_error, an OCSP outage).
	CCNone CCVerdict = 0
	// CCPass: the SPDM report over this challenge's nonce verified to
	// NVIDIA's root, and its measurements matched.
	CCPass CCVerdict = 1
	// CCFail: an attestation came and did not verify (or was asked for
	// and not given).
	CCFail CCVerdict = 2
)

// AnswerStatus is CheckAnswer's classification of an answer. Every status
// but AnswerValid counts as no answer.
type AnswerStatus uint8

// Answer statuses.
const (
	// AnswerNone: nothing came back.
	AnswerNone AnswerStatus = 0
	// AnswerLate: it came after the deadline.
	AnswerLate AnswerStatus = 1
	// AnswerReplayed: it carries another challenge's nonce, or this
	// nonce was answered before.
	AnswerReplayed AnswerStatus = 2
	// AnswerForged: the signature is malformed or by a key no approved
	// node has.
	AnswerForged AnswerStatus = 3
	// AnswerOtherNode: signed by an approved node key, but not the key of
	// the lease's node registered for the lease's provider.
	AnswerOtherNode AnswerStatus = 4
	// AnswerValid: a fresh answer of this reporter's challenge, in time,
	// signed by the lease's node key.
	AnswerValid AnswerStatus = 5
)

var answerNames = [...]string{"none", "late", "replayed", "forged", "other_node", "valid"}

func (s AnswerStatus) String() string {
	if int(s) < len(answerNames) {
		return answerNames[s]
	}
	return fmt.Sprintf("answer(%d)", uint8(s))
}

// Observation is one challenge of a reporter to a lease's node and what
// came of it. The challenge layer fills Challenge and Answer, the
// attestation verifier CC, and CheckAnswer Status.
type Observation struct {
	Challenge Challenge
	Answer    *Answer // nil: no answer
	Status    AnswerStatus
	CC        CCVerdict
}

// Keys is the agreed view of the on-chain node registry: every approved
// node key and its provider (ProviderVault.nodeKeyProvider), read at the
// block the reporters agreed on for the epoch.
type Keys map[common.Address]common.Address

// Seen holds the nonces a reporter has accepted an answer for: a second
// answer to one nonce is a replay. An answer to any other challenge fails
// the nonce check, so a reporter may forget a nonce once its challenge's
// deadline has passed: Seen stays as small as the challenges in flight.
type Seen map[Nonce]struct{}

// DefaultAnswerDeadline is how long after its challenge an answer may
// come: enough for a signed NVML snapshot and, where asked, an SPDM
// measurement report from each GPU.
const DefaultAnswerDeadline = 30 * time.Second

// CheckAnswer classifies the answer to ch (rule (a) of docs/oracle.md's
// judgement rule). provider is the lease's provider, keys the registry,
// seen the nonces already answered; a valid answer's nonce is added to
// seen, nothing else changes. The checks go in order, and the first that
// fails names the status: an answer at all; in time (within deadline of
// SentAt, not before it); this challenge's nonce, not answered before; a
// well-formed signature by a registered node key; that key being the
// challenged node's and registered to provider.
func CheckAnswer(ch Challenge, a *Answer, deadline time.Duration, provider common.Address, keys Keys, seen Seen) AnswerStatus {
	if a == nil {
		return AnswerNone
	}
	if a.ReceivedAt.Before(ch.SentAt) {
		// An answer before its question answers another question.
		return AnswerReplayed
	}
	if a.ReceivedAt.Sub(ch.SentAt) > deadline {
		return AnswerLate
	}
	if a.Nonce != ch.Nonce {
		return AnswerReplayed
	}
	if _, dup := seen[a.Nonce]; dup {
		return AnswerReplayed
	}
	signer, ok := recoverSigner(a.Digest, a.Signature)
	if !ok {
		return AnswerForged
	}
	owner, registered := keys[signer]
	if !registered {
		return AnswerForged
	}
	if signer != ch.Node || owner != provider {
		return AnswerOtherNode
	}
	if seen != nil {
		seen[a.Nonce] = struct{}{}
	}
	return AnswerValid
}

// Check sets the status of every observation, in the order given (a
// reporter's observations of one node, oldest first: the first answer to
// a nonce wins).
func Check(obs []Observation, deadline time.Duration, provider common.Address, keys Keys, seen Seen) {
	for i := range obs {
		obs[i].Status = CheckAnswer(obs[i].Challenge, obs[i].Answer, deadline, provider, keys, seen)
	}
}

// recoverSigner returns the address whose key made sig over digest: 65
// bytes, v 0/1 or 27/28, s in the lower half (as OpenZeppelin's ECDSA
// requires, so a signature has one form).
func recoverSigner(digest common.Hash, sig []byte) (common.Address, bool) {
	if len(sig) != 65 {
		return common.Address{}, false
	}
	var s [65]byte
	copy(s[:], sig)
	if s[64] >= 27 {
		s[64] -= 27
	}
	if !crypto.ValidateSignatureValues(s[64], new(big.Int).SetBytes(s[:32]), new(big.Int).SetBytes(s[32:64]), true) {
		return common.Address{}, false
	}
	pub, err := crypto.SigToPub(digest[:], s[:])
	if err != nil {
		return common.Address{}, false
	}
	return crypto.PubkeyToAddress(*pub), true
}
