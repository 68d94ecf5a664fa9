// Package eip712 is the Go side of the Exchange contract's orders: the
// EIP-712 domain and Order type, struct hashes and digests that match the
// contract's hashOrder bit for bit, signing with an EOA key, typed data for
// wallets (signer/core/apitypes), and the compact wire format of settle
// (batch.go) with its skip reasons.
//
// Units follow the contract: price is stablecoin base units per token unit,
// amount is token units (docs/contracts.md).
package eip712

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// The EIP-712 domain of the Exchange, and its Order type.
const (
	DomainName    = "Hourglass Exchange"
	DomainVersion = "1"
	// OrderType is the encodeType string of Order; its keccak256 is the
	// contract's ORDER_TYPEHASH.
	OrderType = "Order(address maker,uint256 market,uint8 side,uint256 price,uint256 amount,uint16 maxFeeBps,uint64 expiry,uint64 nonce,uint256 salt,uint8 signatureType)"
	// DomainType is the encodeType string of the domain (OpenZeppelin EIP712).
	DomainType = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
)

var (
	// OrderTypeHash is keccak256(OrderType).
	OrderTypeHash = crypto.Keccak256Hash([]byte(OrderType))
	// DomainTypeHash is keccak256(DomainType).
	DomainTypeHash = crypto.Keccak256Hash([]byte(DomainType))
)

// Side of an order.
type Side uint8

// Sides.
const (
	Buy  Side = 0
	Sell Side = 1
)

func (s Side) String() string {
	switch s {
	case Buy:
		return "buy"
	case Sell:
		return "sell"
	}
	return fmt.Sprintf("side(%d)", uint8(s))
}

// SignatureType says how the contract checks an order's signature.
type SignatureType uint8

// Signature types.
const (
	// EOA: a 65-byte ECDSA signature r ‖ s ‖ v (v = 27 or 28, low s) by the
	// maker's key.
	EOA SignatureType = 0
	// Contract: EIP-1271 isValidSignature on the maker contract, asked
	// once per order and batch, within the batch's wallet gas budget.
	Contract SignatureType = 1
)

// Order is the signed order (EIP-712 primary type "Order").
type Order struct {
	Maker         common.Address
	Market        *big.Int // instrument id, the ERC-1155 token id
	Side          Side
	Price         *big.Int // stablecoin base units per token unit
	Amount        *big.Int // token units
	MaxFeeBps     uint16
	Expiry        uint64 // Unix seconds; the order is dead from then on. 0: none
	Nonce         uint64 // identifies the order among the maker's orders
	Salt          *big.Int
	SignatureType SignatureType
}

// Domain is the EIP-712 domain of one Exchange deployment.
type Domain struct {
	ChainID           *big.Int
	VerifyingContract common.Address
}

// Errors.
var (
	ErrField     = errors.New("eip712: order field out of range")
	ErrSignature = errors.New("eip712: bad signature")
)

var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

func word(x *big.Int) ([]byte, error) {
	if x == nil {
		x = new(big.Int)
	}
	if x.Sign() < 0 || x.Cmp(maxUint256) > 0 {
		return nil, fmt.Errorf("%w: %s is not a uint256", ErrField, x)
	}
	return common.LeftPadBytes(x.Bytes(), 32), nil
}

func u64(x uint64) []byte { return common.LeftPadBytes(new(big.Int).SetUint64(x).Bytes(), 32) }

// Separator returns the domain separator, as OpenZeppelin's EIP712
// _domainSeparatorV4 computes it.
func (d Domain) Separator() (common.Hash, error) {
	chain, err := word(d.ChainID)
	if err != nil {
		return common.Hash{}, err
	}
	return crypto.Keccak256Hash(
		DomainTypeHash[:],
		crypto.Keccak256([]byte(DomainName)),
		crypto.Keccak256([]byte(DomainVersion)),
		chain,
		common.LeftPadBytes(d.VerifyingContract[:], 32),
	), nil
}

// StructHash returns hashStruct(order).
func (o Order) StructHash() (common.Hash, error) {
	market, err := word(o.Market)
	if err != nil {
		return common.Hash{}, fmt.Errorf("market: %w", err)
	}
	price, err := word(o.Price)
	if err != nil {
		return common.Hash{}, fmt.Errorf("price: %w", err)
	}
	amount, err := word(o.Amount)
	if err != nil {
		return common.Hash{}, fmt.Errorf("amount: %w", err)
	}
	salt, err := word(o.Salt)
	if err != nil {
		return common.Hash{}, fmt.Errorf("salt: %w", err)
	}
	return crypto.Keccak256Hash(
		OrderTypeHash[:],
		common.LeftPadBytes(o.Maker[:], 32),
		market,
		u64(uint64(o.Side)),
		price,
		amount,
		u64(uint64(o.MaxFeeBps)),
		u64(o.Expiry),
		u64(o.Nonce),
		salt,
		u64(uint64(o.SignatureType)),
	), nil
}

// Digest returns the EIP-712 digest keccak256(0x1901 ‖ separator ‖
// hashStruct(order)) that the maker signs and the contract's hashOrder returns.
func Digest(d Domain, o Order) (common.Hash, error) {
	sep, err := d.Separator()
	if err != nil {
		return common.Hash{}, err
	}
	return DigestWith(sep, o)
}

// DigestWith is Digest with the domain's separator already computed (it
// does not change, so a verifier of many orders computes it once).
func DigestWith(separator common.Hash, o Order) (common.Hash, error) {
	sh, err := o.StructHash()
	if err != nil {
		return common.Hash{}, err
	}
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, separator[:], sh[:]), nil
}

// Sign signs the order's digest with an EOA key and returns the 65-byte
// signature r ‖ s ‖ v with v = 27 or 28, as OpenZeppelin's ECDSA expects.
// crypto.Sign always produces a low s.
func Sign(key *ecdsa.PrivateKey, d Domain, o Order) ([]byte, error) {
	h, err := Digest(d, o)
	if err != nil {
		return nil, err
	}
	return SignDigest(key, h)
}

// SignDigest signs a digest as Sign does.
func SignDigest(key *ecdsa.PrivateKey, digest common.Hash) ([]byte, error) {
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return sig, nil
}

// Recover returns the address whose key made sig (r ‖ s ‖ v, v = 27 or 28)
// over the order's digest.
func Recover(d Domain, o Order, sig []byte) (common.Address, error) {
	if len(sig) != 65 || (sig[64] != 27 && sig[64] != 28) {
		return common.Address{}, ErrSignature
	}
	h, err := Digest(d, o)
	if err != nil {
		return common.Address{}, err
	}
	return RecoverDigest(h, sig)
}

// RecoverDigest is Recover of a digest already computed.
func RecoverDigest(digest common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != 65 || (sig[64] != 27 && sig[64] != 28) {
		return common.Address{}, ErrSignature
	}
	var s [65]byte
	copy(s[:], sig)
	s[64] -= 27
	// The uncompressed public key 0x04 ‖ X ‖ Y; the address is the last 20
	// bytes of keccak256(X ‖ Y), as crypto.PubkeyToAddress computes it,
	// without decoding the point and encoding it again.
	pub, err := crypto.Ecrecover(digest[:], s[:])
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrSignature, err)
	}
	if len(pub) != 65 || pub[0] != 4 {
		return common.Address{}, ErrSignature
	}
	return common.BytesToAddress(crypto.Keccak256(pub[1:])[12:]), nil
}

// Types returns the EIP-712 types of the Exchange's typed data.
func Types() apitypes.Types {
	return apitypes.Types{
		"EIP712Domain": {
			{Name: "name", Type: "string"},
			{Name: "version", Type: "string"},
			{Name: "chainId", Type: "uint256"},
			{Name: "verifyingContract", Type: "address"},
		},
		"Order": {
			{Name: "maker", Type: "address"},
			{Name: "market", Type: "uint256"},
			{Name: "side", Type: "uint8"},
			{Name: "price", Type: "uint256"},
			{Name: "amount", Type: "uint256"},
			{Name: "maxFeeBps", Type: "uint16"},
			{Name: "expiry", Type: "uint64"},
			{Name: "nonce", Type: "uint64"},
			{Name: "salt", Type: "uint256"},
			{Name: "signatureType", Type: "uint8"},
		},
	}
}

func orNew(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return x
}

// TypedData returns the order as EIP-712 typed data (what eth_signTypedData_v4
// takes), for wallets and for hashing with apitypes.TypedDataAndHash.
func TypedData(d Domain, o Order) apitypes.TypedData {
	return apitypes.TypedData{
		Types:       Types(),
		PrimaryType: "Order",
		Domain: apitypes.TypedDataDomain{
			Name:              DomainName,
			Version:           DomainVersion,
			ChainId:           (*math.HexOrDecimal256)(orNew(d.ChainID)),
			VerifyingContract: d.VerifyingContract.Hex(),
		},
		Message: apitypes.TypedDataMessage{
			"maker":         o.Maker.Hex(),
			"market":        orNew(o.Market),
			"side":          big.NewInt(int64(o.Side)),
			"price":         orNew(o.Price),
			"amount":        orNew(o.Amount),
			"maxFeeBps":     big.NewInt(int64(o.MaxFeeBps)),
			"expiry":        new(big.Int).SetUint64(o.Expiry),
			"nonce":         new(big.Int).SetUint64(o.Nonce),
			"salt":          orNew(o.Salt),
			"signatureType": big.NewInt(int64(o.SignatureType)),
		},
	}
}
