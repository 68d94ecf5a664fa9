package judge

import (
	"crypto/ecdsa"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The oracle contract's EIP-712 domain and the types signed under it.
const (
	DomainName    = "Hourglass Oracle"
	DomainVersion = "1"
	// DomainType is the encodeType of the domain (OpenZeppelin EIP712).
	DomainType = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
	// ReportType is what k of n reporters sign for an epoch: the Merkle
	// root of its leaves.
	ReportType = "Report(uint64 epoch,bytes32 root)"
	// ComplaintType is a holder's complaint that a lease-hour was not
	// delivered (the job unreachable); hour is the epoch.
	ComplaintType = "Complaint(uint256 leaseId,uint64 hour)"
)

var (
	// DomainTypeHash is keccak256(DomainType).
	DomainTypeHash = crypto.Keccak256Hash([]byte(DomainType))
	// ReportTypeHash is keccak256(ReportType).
	ReportTypeHash = crypto.Keccak256Hash([]byte(ReportType))
	// ComplaintTypeHash is keccak256(ComplaintType).
	ComplaintTypeHash = crypto.Keccak256Hash([]byte(ComplaintType))

	nameHash    = crypto.Keccak256Hash([]byte(DomainName))
	versionHash = crypto.Keccak256Hash([]byte(DomainVersion))
)

// Domain is one oracle contract's EIP-712 domain.
type Domain struct {
	ChainID           *big.Int
	VerifyingContract common.Address
}

// Separator is the domain separator, as OpenZeppelin's EIP712
// _domainSeparatorV4 computes it.
func (d Domain) Separator() common.Hash {
	chain := d.ChainID
	if chain == nil {
		chain = new(big.Int)
	}
	return crypto.Keccak256Hash(DomainTypeHash[:], nameHash[:], versionHash[:],
		common.LeftPadBytes(chain.Bytes(), 32), common.LeftPadBytes(d.VerifyingContract[:], 32))
}

func word64(x uint64) []byte { return common.LeftPadBytes(new(big.Int).SetUint64(x).Bytes(), 32) }

func digest(d Domain, structHash common.Hash) common.Hash {
	sep := d.Separator()
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], structHash[:])
}

// ReportDigest is the EIP-712 digest of Report(epoch, root) that the
// reporters sign and the contract recovers.
func ReportDigest(d Domain, epoch uint64, root common.Hash) common.Hash {
	return digest(d, crypto.Keccak256Hash(ReportTypeHash[:], word64(epoch), root[:]))
}

// ComplaintDigest is the EIP-712 digest of Complaint(leaseId, hour) that
// a holder signs.
func ComplaintDigest(d Domain, lease, hour uint64) common.Hash {
	return digest(d, crypto.Keccak256Hash(ComplaintTypeHash[:], word64(lease), word64(hour)))
}

// SignDigest signs a digest with key and returns the 65-byte signature
// r ‖ s ‖ v with v 27 or 28 and a low s, as OpenZeppelin's ECDSA takes it.
func SignDigest(key *ecdsa.PrivateKey, digest common.Hash) ([]byte, error) {
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return sig, nil
}

// SignReport is a reporter's signature of Report(epoch, root).
func SignReport(key *ecdsa.PrivateKey, d Domain, epoch uint64, root common.Hash) ([]byte, error) {
	return SignDigest(key, ReportDigest(d, epoch, root))
}

// RecoverReportSigner returns who signed Report(epoch, root) with sig.
func RecoverReportSigner(d Domain, epoch uint64, root common.Hash, sig []byte) (common.Address, error) {
	a, ok := recoverSigner(ReportDigest(d, epoch, root), sig)
	if !ok {
		return common.Address{}, newError(CodeBadSignature, "report %d: signature of %d bytes does not recover", epoch, len(sig))
	}
	return a, nil
}

// Complaint is a holder's signed word that a lease-hour was not delivered.
type Complaint struct {
	Lease     uint64
	Hour      uint64
	Signature []byte // over ComplaintDigest, by the lease's holder
}

// SignComplaint is the holder's complaint for a lease-hour.
func SignComplaint(key *ecdsa.PrivateKey, d Domain, lease, hour uint64) (Complaint, error) {
	sig, err := SignDigest(key, ComplaintDigest(d, lease, hour))
	if err != nil {
		return Complaint{}, err
	}
	return Complaint{Lease: lease, Hour: hour, Signature: sig}, nil
}

// ValidComplaint reports whether c is a complaint for l's hour signed by
// l's holder.
func ValidComplaint(d Domain, l *Lease, hour uint64, c Complaint) bool {
	if c.Lease != l.ID || c.Hour != hour {
		return false
	}
	signer, ok := recoverSigner(ComplaintDigest(d, c.Lease, c.Hour), c.Signature)
	return ok && signer == l.Holder
}

func hasComplaint(d Domain, l *Lease, hour uint64, cs []Complaint) bool {
	for _, c := range cs {
		if ValidComplaint(d, l, hour, c) {
			return true
		}
	}
	return false
}
