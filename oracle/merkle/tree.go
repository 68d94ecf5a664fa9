// Package merkle is OpenZeppelin's StandardMerkleTree in Go, for the
// oracle's epoch reports: the leaf of one lease is its cumulative figures
// (leaseId, deliveredGpuHours, undeliveredGpuHours, reasons), all uint256,
// and a proof from Tree.Proof is what OpenZeppelin's MerkleProof.verify
// (sorted pair hashing) accepts on-chain against Tree.Root.
//
// The layout is the npm package @openzeppelin/merkle-tree 1.0.8's
// (dist/core.js, merkletree.js), and testdata/vectors.json holds that
// library's own roots and proofs, which the tests compare byte for byte:
//
//   - leaf = keccak256(bytes.concat(keccak256(abi.encode(values))));
//   - leaves sorted ascending by hash;
//   - the tree an array of 2n-1 nodes, the i-th sorted leaf at index
//     2n-2-i, node k's children at 2k+1 and 2k+2, each inner node
//     keccak256 of its children in ascending order (OpenZeppelin's
//     Hashes.commutativeKeccak256);
//   - a proof the siblings from the leaf up to the root.
//
// The package is pure: no I/O, no clock, no goroutines.
package merkle

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Errors.
var (
	// ErrEmpty: a tree needs at least one leaf (OpenZeppelin's library
	// refuses none as well).
	ErrEmpty = errors.New("merkle: a tree needs at least one leaf")
	// ErrIndex: a value index outside the tree.
	ErrIndex = errors.New("merkle: no such leaf")
)

// LeafTypes are the Solidity types of a lease leaf, in order, as
// StandardMerkleTree.of takes them.
var LeafTypes = []string{"uint256", "uint256", "uint256", "uint256"}

// Leaf is one lease's cumulative figures up to an epoch. Every field is a
// uint256 on-chain; uint64 holds every value the oracle produces (lease
// ids count up from 1, GPU-hours are GPUs x hours, reasons are a bitmap of
// reason codes below 64), and encodes to the same 32-byte words.
type Leaf struct {
	LeaseID uint64
	// Delivered and Undelivered are GPU-hours (GPUs x hours), cumulative
	// from the lease's first hour up to the epoch.
	Delivered   uint64
	Undelivered uint64
	// Reasons has bit c set when some undelivered hour had reason code c.
	Reasons uint64
}

// Encode returns abi.encode(leaseId, delivered, undelivered, reasons): four
// big-endian 32-byte words.
func (l Leaf) Encode() []byte {
	var b [128]byte
	l.encode(&b)
	return b[:]
}

func (l Leaf) encode(b *[128]byte) {
	binary.BigEndian.PutUint64(b[24:32], l.LeaseID)
	binary.BigEndian.PutUint64(b[56:64], l.Delivered)
	binary.BigEndian.PutUint64(b[88:96], l.Undelivered)
	binary.BigEndian.PutUint64(b[120:128], l.Reasons)
}

// Hash returns the leaf's StandardMerkleTree hash,
// keccak256(bytes.concat(keccak256(abi.encode(values)))).
func (l Leaf) Hash() common.Hash {
	return newHasher().leaf(l)
}

// LeafHash is the standard leaf hash of already abi-encoded values.
func LeafHash(encoded []byte) common.Hash {
	inner := crypto.Keccak256(encoded)
	return crypto.Keccak256Hash(inner)
}

// HashPair is OpenZeppelin's Hashes.commutativeKeccak256: keccak256 of the
// two nodes, the smaller first.
func HashPair(a, b common.Hash) common.Hash {
	return newHasher().pair(a, b)
}

// hasher reuses one Keccak state and buffer across many hashes: building
// a tree of thousands of leaves then allocates per tree, not per node.
type hasher struct {
	k   crypto.KeccakState
	buf [128]byte
	out common.Hash
}

func newHasher() *hasher { return &hasher{k: crypto.NewKeccakState()} }

func (h *hasher) sum(b []byte) common.Hash {
	h.k.Reset()
	h.k.Write(b)
	h.k.Read(h.out[:])
	return h.out
}

func (h *hasher) leaf(l Leaf) common.Hash {
	h.buf = [128]byte{}
	l.encode(&h.buf)
	h.sum(h.buf[:])
	return h.sum(h.out[:]) // Write copies out before Read overwrites it
}

func (h *hasher) pair(a, b common.Hash) common.Hash {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	copy(h.buf[:32], a[:])
	copy(h.buf[32:64], b[:])
	return h.sum(h.buf[:64])
}

// Tree is a built StandardMerkleTree. It is immutable once built.
type Tree struct {
	nodes []common.Hash // OpenZeppelin's array layout; nodes[0] is the root
	// at[i] is the array index of the i-th value given to New.
	at []int
}

// New builds the tree of leaves, in the order given; Proof(i) proves the
// i-th. Duplicates are allowed, as OpenZeppelin allows them (the oracle's
// report never has two leaves of one lease).
func New(leaves []Leaf) (*Tree, error) {
	h := newHasher()
	hashes := make([]common.Hash, len(leaves))
	for i, l := range leaves {
		hashes[i] = h.leaf(l)
	}
	return fromHashes(h, hashes)
}

// FromHashes builds the tree of leaf hashes (LeafHash of each value), in
// the order given.
func FromHashes(hashes []common.Hash) (*Tree, error) {
	return fromHashes(newHasher(), hashes)
}

func fromHashes(h *hasher, hashes []common.Hash) (*Tree, error) {
	n := len(hashes)
	if n == 0 {
		return nil, ErrEmpty
	}
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	// A stable sort, as JavaScript's Array.prototype.sort is: equal hashes
	// keep their order, so duplicates land where the library puts them.
	sort.SliceStable(order, func(a, b int) bool {
		return bytes.Compare(hashes[order[a]][:], hashes[order[b]][:]) < 0
	})
	t := &Tree{nodes: make([]common.Hash, 2*n-1), at: make([]int, n)}
	last := len(t.nodes) - 1
	for leaf, v := range order {
		t.nodes[last-leaf] = hashes[v]
		t.at[v] = last - leaf
	}
	for k := last - n; k >= 0; k-- {
		t.nodes[k] = h.pair(t.nodes[2*k+1], t.nodes[2*k+2])
	}
	return t, nil
}

// Root is the tree's root.
func (t *Tree) Root() common.Hash { return t.nodes[0] }

// Len is the number of leaves.
func (t *Tree) Len() int { return len(t.at) }

// LeafHash returns the hash of the i-th value given to New.
func (t *Tree) LeafHash(i int) (common.Hash, error) {
	if i < 0 || i >= len(t.at) {
		return common.Hash{}, fmt.Errorf("%w: %d of %d", ErrIndex, i, len(t.at))
	}
	return t.nodes[t.at[i]], nil
}

// Proof returns the proof of the i-th value given to New: the siblings
// from its leaf up to the root, as OpenZeppelin's getProof gives them and
// MerkleProof.verify takes them.
func (t *Tree) Proof(i int) ([]common.Hash, error) {
	if i < 0 || i >= len(t.at) {
		return nil, fmt.Errorf("%w: %d of %d", ErrIndex, i, len(t.at))
	}
	depth := 0
	for k := t.at[i]; k > 0; k = (k - 1) / 2 {
		depth++
	}
	proof := make([]common.Hash, 0, depth)
	for k := t.at[i]; k > 0; k = (k - 1) / 2 {
		sib := k + 1
		if k%2 == 0 {
			sib = k - 1
		}
		proof = append(proof, t.nodes[sib])
	}
	return proof, nil
}

// ProcessProof folds a proof over a leaf hash, as MerkleProof.processProof
// does, and returns the root it leads to.
func ProcessProof(leaf common.Hash, proof []common.Hash) common.Hash {
	h, acc := newHasher(), leaf
	for _, p := range proof {
		acc = h.pair(acc, p)
	}
	return acc
}

// Verify reports whether proof proves leaf (a leaf hash) under root, as
// MerkleProof.verify does.
func Verify(root, leaf common.Hash, proof []common.Hash) bool {
	return ProcessProof(leaf, proof) == root
}

// VerifyLeaf is Verify for a lease leaf's values.
func VerifyLeaf(root common.Hash, l Leaf, proof []common.Hash) bool {
	return Verify(root, l.Hash(), proof)
}
