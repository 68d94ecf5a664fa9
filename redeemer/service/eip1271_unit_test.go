package service

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// fakeWallets answers CodeAt and CallContract as set.
type fakeWallets struct {
	code    []byte
	codeErr error
	out     []byte
	callErr error
	calls   int
}

func (f *fakeWallets) CodeAt(context.Context, common.Address, *big.Int) ([]byte, error) {
	return f.code, f.codeErr
}

func (f *fakeWallets) CallContract(_ context.Context, c ethereum.CallMsg, _ *big.Int) ([]byte, error) {
	f.calls++
	return f.out, f.callErr
}

// revertErr is a node's error for a reverted call (it carries data).
type revertErr struct{}

func (revertErr) Error() string  { return "execution reverted" }
func (revertErr) ErrorData() any { return "0x" }

// TestContractHolderSignatureAnswers: a contract holder's signature is
// accepted only on the exact magic word; a wallet that says no (another
// word, a revert) is bad_signature; a chain that cannot be asked (its
// code, its call) is unavailable, to retry, and SubmitSpec changes
// nothing then.
func TestContractHolderSignatureAnswers(t *testing.T) {
	magic := make([]byte, 32)
	copy(magic, Magic1271)
	key, _ := crypto.GenerateKey()
	holder := common.HexToAddress("0xda0")
	dom := Domain{ChainID: big.NewInt(1), Vault: common.HexToAddress("0xaa")}
	spec := JobSpec{Holder: holder, StartHour: 500000, Hours: 2, GPUs: 1, Command: []string{"true"}}
	sig, _ := SignSpec(spec, dom, key) // the owner's, not the holder's key
	for _, c := range []struct {
		name  string
		w     *fakeWallets
		nilW  bool
		want  Code
		calls int
	}{
		{"magic", &fakeWallets{code: []byte{1}, out: magic}, false, "", 1},
		{"magic, short word", &fakeWallets{code: []byte{1}, out: magic[:4]}, false, CodeBadSignature, 1},
		{"another word", &fakeWallets{code: []byte{1}, out: make([]byte, 32)}, false, CodeBadSignature, 1},
		{"reverted", &fakeWallets{code: []byte{1}, callErr: revertErr{}}, false, CodeBadSignature, 1},
		{"no code", &fakeWallets{out: magic}, false, CodeBadSignature, 0},
		{"no chain to ask", nil, true, CodeBadSignature, 0},
		{"code unreadable", &fakeWallets{codeErr: errors.New("connection refused")}, false, CodeUnavailable, 0},
		{"call failed", &fakeWallets{code: []byte{1}, callErr: errors.New("timeout")}, false, CodeUnavailable, 1},
	} {
		r := record(t, "1")
		r.Lease.Holder, r.Lease.StartHour, r.Lease.Hours = holder, spec.StartHour, uint32(spec.Hours)
		r.Lease.SpecHash = spec.Hash(dom)
		store := NewMemStore()
		if err := store.Apply(Change{Put: []Record{r}}); err != nil {
			t.Fatal(err)
		}
		cfg := Config{Store: store, Agents: StaticAgents{}, Chain: noChain{}, Domain: dom, Node: noNode{}}
		if !c.nilW {
			cfg.Wallets = c.w
		}
		s, err := New(cfg)
		if err != nil {
			t.Fatal(err)
		}
		_, err = s.SubmitSpec(context.Background(), "1", spec, sig)
		if CodeOf(err) != c.want || (c.want == "") != (err == nil) {
			t.Errorf("%s: %v, want %q", c.name, err, c.want)
		}
		if c.w != nil && c.w.calls != c.calls {
			t.Errorf("%s: %d isValidSignature calls, want %d", c.name, c.w.calls, c.calls)
		}
		got, _ := s.Lease("1")
		recs, _, _ := store.Load()
		if accepted := got.Spec != nil && recs[0].Spec != nil; accepted != (c.want == "") {
			t.Errorf("%s: spec accepted %v, want %v", c.name, accepted, c.want == "")
		}
	}
}
