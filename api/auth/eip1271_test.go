package auth

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/evm/devchain"
)

var _ ContractCaller = (simulated.Client)(nil)

// Modes of TestWallet1271 (contracts/src/test/TestWallet1271.sol).
const (
	walletOwner     = 0 // valid iff the signature recovers to the owner
	walletReject    = 1
	walletAcceptAll = 2
	walletBurnGas   = 3
)

// walletChain is a dev chain with one TestWallet1271 per mode, owned by
// account 1 and deployed by account 0.
type walletChain struct {
	chain   *devchain.Chain
	owner   *ecdsa.PrivateKey
	wallets map[int]common.Address
}

func newWalletChain(t *testing.T) *walletChain {
	t.Helper()
	c := devchain.New(3)
	t.Cleanup(func() { c.Close() })
	w := &walletChain{chain: c, owner: c.Keys[1], wallets: map[int]common.Address{}}
	for _, mode := range []int{walletOwner, walletReject, walletAcceptAll, walletBurnGas} {
		addr, _, err := c.Deploy(0, &bindings.TestWallet1271MetaData,
			bindings.NewTestWallet1271().PackConstructor(c.Addrs[1], uint8(mode)))
		if err != nil {
			t.Fatalf("deploy mode %d: %v", mode, err)
		}
		w.wallets[mode] = addr
	}
	return w
}

func (w *walletChain) verifier(t *testing.T, mod func(*Config)) (*Verifier, *clock.Fake) {
	return newTestVerifier(t, func(c *Config) {
		c.ChainID = w.chain.ChainID.Uint64()
		c.Caller = w.chain.Client
		if mod != nil {
			mod(c)
		}
	})
}

func TestLoginEIP1271(t *testing.T) {
	w := newWalletChain(t)
	if w.chain.ChainID.Uint64() != testChainID {
		t.Fatalf("chain id %s", w.chain.ChainID)
	}
	stranger := testKey(t, "mallory")
	ctx := context.Background()

	t.Run("owner signs for the wallet", func(t *testing.T) {
		v, _ := w.verifier(t, nil)
		text, sig := signedMessage(t, v, w.owner, w.wallets[walletOwner], nil)
		s, err := v.Login(ctx, text, sig)
		if err != nil {
			t.Fatal(err)
		}
		if s.Address != w.wallets[walletOwner] || !s.Contract {
			t.Fatalf("session %+v", s)
		}
		_, err = v.Login(ctx, text, sig)
		wantCode(t, err, CodeUnknownNonce)
	})
	t.Run("stranger signs for the wallet", func(t *testing.T) {
		v, _ := w.verifier(t, nil)
		text, sig := signedMessage(t, v, stranger, w.wallets[walletOwner], nil)
		_, err := v.Login(ctx, text, sig)
		wantCode(t, err, CodeContractSignatureRejected)
	})
	t.Run("owner signs another message", func(t *testing.T) {
		v, _ := w.verifier(t, nil)
		text, sig := signedMessage(t, v, w.owner, w.wallets[walletOwner], nil)
		text = strings.Replace(text, "Sign in to Hourglass.", "Sign in to Hourglass!", 1)
		_, err := v.Login(ctx, text, sig)
		wantCode(t, err, CodeContractSignatureRejected)
	})
	t.Run("reject mode", func(t *testing.T) {
		v, _ := w.verifier(t, nil)
		text, sig := signedMessage(t, v, w.owner, w.wallets[walletReject], nil)
		_, err := v.Login(ctx, text, sig)
		wantCode(t, err, CodeContractSignatureRejected)
	})
	t.Run("accept-all mode takes any bytes", func(t *testing.T) {
		v, _ := w.verifier(t, nil)
		text, _ := signedMessage(t, v, w.owner, w.wallets[walletAcceptAll], nil)
		s, err := v.Login(ctx, text, []byte("a Safe's packed signatures"))
		if err != nil || !s.Contract {
			t.Fatalf("%+v %v", s, err)
		}
	})
	t.Run("gas burner", func(t *testing.T) {
		v, _ := w.verifier(t, func(c *Config) { c.CallTimeout = 3 * time.Second })
		text, sig := signedMessage(t, v, w.owner, w.wallets[walletBurnGas], nil)
		start := time.Now()
		_, err := v.Login(ctx, text, sig)
		wantCode(t, err, CodeContractCallFailed)
		if d := time.Since(start); d > 3*time.Second+time.Second {
			t.Fatalf("took %v", d)
		}
	})
	t.Run("gas burner with the node's gas cap and a short timeout", func(t *testing.T) {
		v, _ := w.verifier(t, func(c *Config) {
			c.CallGas = 50_000_000
			c.CallTimeout = 100 * time.Millisecond
		})
		text, sig := signedMessage(t, v, w.owner, w.wallets[walletBurnGas], nil)
		start := time.Now()
		_, err := v.Login(ctx, text, sig)
		wantCode(t, err, CodeContractCallFailed)
		if d := time.Since(start); d > 2*time.Second {
			t.Fatalf("took %v", d)
		}
	})
	t.Run("revert on the chain is a rejection", func(t *testing.T) {
		// setMode from a stranger reverts with NotController: a real
		// JSON-RPC revert, in place of the isValidSignature call.
		revert := &fakeCaller{
			codeAt: func(ctx context.Context, a common.Address) ([]byte, error) { return w.chain.Client.CodeAt(ctx, a, nil) },
			call: func(ctx context.Context, msg ethereum.CallMsg) ([]byte, error) {
				msg.From = crypto.PubkeyToAddress(stranger.PublicKey)
				msg.Data = bindings.NewTestWallet1271().PackSetMode(2)
				return w.chain.Client.CallContract(ctx, msg, nil)
			},
		}
		v, _ := w.verifier(t, func(c *Config) { c.Caller = revert })
		text, sig := signedMessage(t, v, w.owner, w.wallets[walletOwner], nil)
		_, err := v.Login(ctx, text, sig)
		wantCode(t, err, CodeContractSignatureRejected)
	})
	t.Run("EOA on a chain-backed verifier", func(t *testing.T) {
		v, _ := w.verifier(t, nil)
		text, sig := signedMessage(t, v, stranger, crypto.PubkeyToAddress(stranger.PublicKey), nil)
		s, err := v.Login(ctx, text, sig)
		if err != nil || s.Contract {
			t.Fatalf("%+v %v", s, err)
		}
		// The owner's signature does not make it the stranger's (no code to ask).
		text, sig = signedMessage(t, v, w.owner, crypto.PubkeyToAddress(stranger.PublicKey), nil)
		_, err = v.Login(ctx, text, sig)
		wantCode(t, err, CodeBadSignature)
		text, sig = signedMessage(t, v, stranger, crypto.PubkeyToAddress(stranger.PublicKey), nil)
		_, err = v.Login(ctx, text, malleate(sig))
		wantCode(t, err, CodeBadSignature)
	})
}

// fakeCaller is a ContractCaller whose answers the test chooses.
type fakeCaller struct {
	codeAt func(ctx context.Context, a common.Address) ([]byte, error)
	call   func(ctx context.Context, msg ethereum.CallMsg) ([]byte, error)
}

func (f *fakeCaller) CodeAt(ctx context.Context, a common.Address, _ *big.Int) ([]byte, error) {
	return f.codeAt(ctx, a)
}

func (f *fakeCaller) CallContract(ctx context.Context, msg ethereum.CallMsg, _ *big.Int) ([]byte, error) {
	return f.call(ctx, msg)
}

type revertErr struct{}

func (revertErr) Error() string          { return "execution reverted" }
func (revertErr) ErrorData() interface{} { return "0x" }

func TestEIP1271Answers(t *testing.T) {
	owner := testKey(t, "owner")
	wallet := common.HexToAddress("0x1271000000000000000000000000000000001271")
	magicWord := make([]byte, 32)
	copy(magicWord, Magic1271[:])
	dirty := append([]byte(nil), magicWord...)
	dirty[31] = 1
	code := func(context.Context, common.Address) ([]byte, error) { return []byte{0x60, 0x00}, nil }

	cases := []struct {
		name string
		f    fakeCaller
		code Code
	}{
		{"magic word", fakeCaller{code, func(context.Context, ethereum.CallMsg) ([]byte, error) { return magicWord, nil }}, ""},
		{"magic word and more", fakeCaller{code, func(context.Context, ethereum.CallMsg) ([]byte, error) { return append(magicWord, 7), nil }}, ""},
		{"magic bytes only", fakeCaller{code, func(context.Context, ethereum.CallMsg) ([]byte, error) { return Magic1271[:], nil }}, CodeContractSignatureRejected},
		{"magic with dirty word", fakeCaller{code, func(context.Context, ethereum.CallMsg) ([]byte, error) { return dirty, nil }}, CodeContractSignatureRejected},
		{"empty answer", fakeCaller{code, func(context.Context, ethereum.CallMsg) ([]byte, error) { return nil, nil }}, CodeContractSignatureRejected},
		{"revert", fakeCaller{code, func(context.Context, ethereum.CallMsg) ([]byte, error) { return nil, revertErr{} }}, CodeContractSignatureRejected},
		{"transport error", fakeCaller{code, func(context.Context, ethereum.CallMsg) ([]byte, error) { return nil, errors.New("connection refused") }}, CodeContractCallFailed},
		{"code error", fakeCaller{func(context.Context, common.Address) ([]byte, error) { return nil, errors.New("connection refused") }, nil}, CodeContractCallFailed},
		{"hangs", fakeCaller{code, func(ctx context.Context, _ ethereum.CallMsg) ([]byte, error) {
			<-ctx.Done()
			return nil, ctx.Err()
		}}, CodeContractCallFailed},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got ethereum.CallMsg
			f := c.f
			if f.call != nil {
				inner := f.call
				f.call = func(ctx context.Context, msg ethereum.CallMsg) ([]byte, error) {
					got = msg
					return inner(ctx, msg)
				}
			}
			v, _ := newTestVerifier(t, func(cfg *Config) {
				cfg.Caller = &f
				cfg.CallTimeout = 50 * time.Millisecond
			})
			text, sig := signedMessage(t, v, owner, wallet, nil)
			s, err := v.Login(context.Background(), text, sig)
			if c.code == "" {
				if err != nil || !s.Contract || s.Address != wallet {
					t.Fatalf("%+v %v", s, err)
				}
			} else {
				wantCode(t, err, c.code)
			}
			if f.call != nil && got.To != nil {
				want := packIsValidSignature(TextHash(text), sig)
				if *got.To != wallet || string(got.Data) != string(want) || got.Gas != DefaultCallGas {
					t.Fatalf("call %+v", got)
				}
			}
		})
	}
}

// The ABI encoding of isValidSignature matches the generated binding's.
func TestPackIsValidSignature(t *testing.T) {
	h := TextHash("x")
	for _, n := range []int{0, 1, 32, 65, 130} {
		sig := make([]byte, n)
		for i := range sig {
			sig[i] = byte(i + 1)
		}
		want := bindings.NewTestWallet1271().PackIsValidSignature(h, sig)
		if got := packIsValidSignature(h, sig); string(got) != string(want) {
			t.Fatalf("len %d:\n%x\n%x", n, got, want)
		}
	}
}

// An EIP-7702 account (delegation designator as code) signs in with its key.
func TestLoginDelegatedEOA(t *testing.T) {
	key := testKey(t, "alice")
	addr := crypto.PubkeyToAddress(key.PublicKey)
	called := false
	f := &fakeCaller{
		codeAt: func(context.Context, common.Address) ([]byte, error) {
			return append([]byte{0xef, 0x01, 0x00}, common.HexToAddress("0x7702").Bytes()...), nil
		},
		call: func(context.Context, ethereum.CallMsg) ([]byte, error) {
			called = true
			return nil, errors.New("no")
		},
	}
	v, _ := newTestVerifier(t, func(c *Config) { c.Caller = f })
	text, sig := signedMessage(t, v, key, addr, nil)
	s, err := v.Login(context.Background(), text, sig)
	if err != nil || s.Contract || called {
		t.Fatalf("%+v %v called=%v", s, err, called)
	}
}
