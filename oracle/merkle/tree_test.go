package merkle

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/big"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
)

type vectors struct {
	Library string
	Types   []string
	Cases   []struct {
		Values     [][]string
		Root       common.Hash
		LeafHashes []common.Hash
		Proofs     [][]common.Hash
	}
}

func leafOf(t *testing.T, v []string) Leaf {
	t.Helper()
	if len(v) != 4 {
		t.Fatalf("value %v: want 4 fields", v)
	}
	var f [4]uint64
	for i, s := range v {
		x, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("value %v: %v", v, err)
		}
		f[i] = x
	}
	return Leaf{LeaseID: f[0], Delivered: f[1], Undelivered: f[2], Reasons: f[3]}
}

// TestOpenZeppelinVectors compares roots, leaf hashes and proofs with the
// ones @openzeppelin/merkle-tree itself produced (testdata/gen.js).
func TestOpenZeppelinVectors(t *testing.T) {
	b, err := os.ReadFile("testdata/vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var vs vectors
	if err := json.Unmarshal(b, &vs); err != nil {
		t.Fatal(err)
	}
	if len(vs.Cases) < 10 {
		t.Fatalf("only %d cases in the vectors", len(vs.Cases))
	}
	if !slices.Equal(vs.Types, LeafTypes) {
		t.Fatalf("vectors are for %v, the leaf is %v", vs.Types, LeafTypes)
	}
	for _, c := range vs.Cases {
		leaves := make([]Leaf, len(c.Values))
		for i, v := range c.Values {
			leaves[i] = leafOf(t, v)
		}
		tr, err := New(leaves)
		if err != nil {
			t.Fatal(err)
		}
		if tr.Root() != c.Root {
			t.Errorf("%d leaves: root %s, OpenZeppelin %s", len(leaves), tr.Root(), c.Root)
			continue
		}
		for i, l := range leaves {
			if h := l.Hash(); h != c.LeafHashes[i] {
				t.Errorf("%d leaves: leaf %d hash %s, OpenZeppelin %s", len(leaves), i, h, c.LeafHashes[i])
			}
			p, err := tr.Proof(i)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(p, c.Proofs[i]) {
				t.Errorf("%d leaves: proof %d %v, OpenZeppelin %v", len(leaves), i, p, c.Proofs[i])
			}
			if !VerifyLeaf(c.Root, l, c.Proofs[i]) {
				t.Errorf("%d leaves: OpenZeppelin's proof %d does not verify", len(leaves), i)
			}
		}
	}
}

// TestEncodeIsABIEncode holds the hand-written encoding to go-ethereum's
// abi.Arguments.Pack for the leaf types.
func TestEncodeIsABIEncode(t *testing.T) {
	var args abi.Arguments
	for _, ty := range LeafTypes {
		typ, err := abi.NewType(ty, "", nil)
		if err != nil {
			t.Fatal(err)
		}
		args = append(args, abi.Argument{Type: typ})
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		l := Leaf{LeaseID: r.Uint64(), Delivered: r.Uint64() >> r.IntN(64), Undelivered: r.Uint64() >> r.IntN(64), Reasons: r.Uint64()}
		want, err := args.Pack(new(big.Int).SetUint64(l.LeaseID), new(big.Int).SetUint64(l.Delivered),
			new(big.Int).SetUint64(l.Undelivered), new(big.Int).SetUint64(l.Reasons))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(l.Encode(), want) {
			t.Fatalf("%+v: encode %x, abi %x", l, l.Encode(), want)
		}
		if l.Hash() != LeafHash(want) {
			t.Fatalf("%+v: hash differs from the abi encoding's", l)
		}
	}
}

// TestEveryProofVerifies: for random trees, every leaf's proof verifies;
// a changed leaf, a changed proof element, or another root does not.
func TestEveryProofVerifies(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{1, 2, 3, 5, 6, 9, 16, 17, 64, 257} {
		leaves := make([]Leaf, n)
		for i := range leaves {
			leaves[i] = Leaf{LeaseID: uint64(i + 1), Delivered: uint64(r.IntN(1000)), Undelivered: uint64(r.IntN(50)), Reasons: uint64(r.IntN(1 << 12))}
		}
		tr, err := New(leaves)
		if err != nil {
			t.Fatal(err)
		}
		if tr.Len() != n {
			t.Fatalf("len %d, want %d", tr.Len(), n)
		}
		for i, l := range leaves {
			p, err := tr.Proof(i)
			if err != nil {
				t.Fatal(err)
			}
			if !VerifyLeaf(tr.Root(), l, p) {
				t.Fatalf("n=%d: proof of leaf %d does not verify", n, i)
			}
			if h, _ := tr.LeafHash(i); h != l.Hash() {
				t.Fatalf("n=%d: LeafHash(%d) is not the leaf's hash", n, i)
			}
			changed := l
			switch r.IntN(4) {
			case 0:
				changed.LeaseID++
			case 1:
				changed.Delivered++
			case 2:
				changed.Undelivered++
			default:
				changed.Reasons ^= 1 << r.IntN(64)
			}
			if VerifyLeaf(tr.Root(), changed, p) {
				t.Fatalf("n=%d: changed leaf %+v verifies with %d's proof", n, changed, i)
			}
			if len(p) > 0 {
				bad := append([]common.Hash(nil), p...)
				bad[r.IntN(len(bad))][r.IntN(32)] ^= 1 << r.IntN(8)
				if VerifyLeaf(tr.Root(), l, bad) {
					t.Fatalf("n=%d: a flipped proof bit still verifies leaf %d", n, i)
				}
			}
		}
	}
}

// TestTreeDoesNotDependOnOrder: the root depends on the set of leaves, not
// the order they are given in (leaves are sorted by hash), so reporters
// that list leases differently agree.
func TestTreeDoesNotDependOnOrder(t *testing.T) {
	leaves := make([]Leaf, 40)
	for i := range leaves {
		leaves[i] = Leaf{LeaseID: uint64(i + 1), Delivered: uint64(i * 8)}
	}
	a, _ := New(leaves)
	r := rand.New(rand.NewPCG(5, 6))
	r.Shuffle(len(leaves), func(i, j int) { leaves[i], leaves[j] = leaves[j], leaves[i] })
	b, _ := New(leaves)
	if a.Root() != b.Root() {
		t.Fatal("shuffled leaves give another root")
	}
}

func TestErrors(t *testing.T) {
	if _, err := New(nil); !errors.Is(err, ErrEmpty) {
		t.Errorf("empty tree: %v, want ErrEmpty", err)
	}
	tr, _ := New([]Leaf{{LeaseID: 1}})
	for _, i := range []int{-1, 1} {
		if _, err := tr.Proof(i); !errors.Is(err, ErrIndex) {
			t.Errorf("Proof(%d): %v, want ErrIndex", i, err)
		}
		if _, err := tr.LeafHash(i); !errors.Is(err, ErrIndex) {
			t.Errorf("LeafHash(%d): %v, want ErrIndex", i, err)
		}
	}
	if p, _ := tr.Proof(0); len(p) != 0 || tr.Root() != (Leaf{LeaseID: 1}).Hash() {
		t.Errorf("a one-leaf tree's root is its leaf and its proof empty; got proof %v", p)
	}
}

// BenchmarkTree8000 builds the tree of one epoch for 1,000 nodes x 8
// leases and one proof per leaf.
func BenchmarkTree8000(b *testing.B) {
	leaves := make([]Leaf, 8000)
	for i := range leaves {
		leaves[i] = Leaf{LeaseID: uint64(i + 1), Delivered: uint64(i), Undelivered: uint64(i % 7), Reasons: 1 << 5}
	}
	b.ReportAllocs()
	for b.Loop() {
		tr, err := New(leaves)
		if err != nil {
			b.Fatal(err)
		}
		for i := range leaves {
			if _, err := tr.Proof(i); err != nil {
				b.Fatal(err)
			}
		}
	}
}
