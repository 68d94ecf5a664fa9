package auth

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/internal/clock"
)

const testChainID = 1337

// fakeStart is where the tests' fake clocks start.
var fakeStart = time.Date(2026, 7, 1, 12, 0, 0, 0, time.UTC)

func newTestVerifier(t *testing.T, mod func(*Config)) (*Verifier, *clock.Fake) {
	t.Helper()
	clk := clock.NewFake(fakeStart)
	cfg := Config{
		Domain:  "hourglass.exchange",
		URI:     "wss://hourglass.exchange/ws",
		ChainID: testChainID,
		Clock:   clk,
	}
	if mod != nil {
		mod(&cfg)
	}
	v, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return v, clk
}

func testKey(t *testing.T, seed string) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(seed)))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// signedMessage asks v for a challenge, builds the message for addr,
// applies edit, and signs the text with key.
func signedMessage(t *testing.T, v *Verifier, key *ecdsa.PrivateKey, addr common.Address, edit func(*Message)) (string, []byte) {
	t.Helper()
	m := v.Challenge().Message(addr, "Sign in to Hourglass.")
	if edit != nil {
		edit(&m)
	}
	text := m.String()
	sig, err := SignText(key, text)
	if err != nil {
		t.Fatal(err)
	}
	return text, sig
}

func wantCode(t *testing.T, err error, code Code) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want %s", code)
	}
	if got := CodeOf(err); got != code {
		t.Fatalf("code %q, want %q: %v", got, code, err)
	}
}

func TestLoginEOA(t *testing.T) {
	v, clk := newTestVerifier(t, nil)
	key := testKey(t, "alice")
	addr := crypto.PubkeyToAddress(key.PublicKey)
	text, sig := signedMessage(t, v, key, addr, nil)

	s, err := v.LoginWithOptions(context.Background(), text, sig, Options{CancelOnDisconnect: true})
	if err != nil {
		t.Fatal(err)
	}
	if s.Address != addr || s.Contract || s.ChainID != testChainID || !s.Options.CancelOnDisconnect {
		t.Fatalf("session %+v", s)
	}
	if b, err := hex.DecodeString(s.Token); err != nil || len(b) != 32 {
		t.Fatalf("token %q", s.Token)
	}
	if !s.IssuedAt.Equal(clk.Now()) || !s.ExpiresAt.Equal(clk.Now().Add(DefaultSessionTTL)) {
		t.Fatalf("times %v %v", s.IssuedAt, s.ExpiresAt)
	}
	got, err := v.Sessions().Lookup(s.Token)
	if err != nil || got != s {
		t.Fatalf("lookup: %+v %v", got, err)
	}

	// The same message and signature again: the nonce is spent.
	_, err = v.Login(context.Background(), text, sig)
	wantCode(t, err, CodeUnknownNonce)

	// Logout.
	if !v.Sessions().Revoke(s.Token) {
		t.Fatal("revoke: no session")
	}
	_, err = v.Sessions().Lookup(s.Token)
	wantCode(t, err, CodeInvalidSession)
}

func TestLoginRecoveryID01(t *testing.T) {
	v, _ := newTestVerifier(t, nil)
	key := testKey(t, "alice")
	addr := crypto.PubkeyToAddress(key.PublicKey)
	text, sig := signedMessage(t, v, key, addr, nil)
	sig[64] -= 27 // 0 or 1, as some signers produce
	if _, err := v.Login(context.Background(), text, sig); err != nil {
		t.Fatal(err)
	}
}

func TestLoginRejects(t *testing.T) {
	alice := testKey(t, "alice")
	aliceAddr := crypto.PubkeyToAddress(alice.PublicKey)
	mallory := testKey(t, "mallory")

	cases := []struct {
		name string
		// build returns the text and signature to log in with.
		build func(t *testing.T, v *Verifier, clk *clock.Fake) (string, []byte)
		code  Code
	}{
		{"malformed", func(t *testing.T, v *Verifier, _ *clock.Fake) (string, []byte) {
			text, sig := signedMessage(t, v, alice, aliceAddr, nil)
			return strings.ToLower(text), sig
		}, CodeMalformedMessage},
		{"wrong domain", func(t *testing.T, v *Verifier, _ *clock.Fake) (string, []byte) {
			return signedMessage(t, v, alice, aliceAddr, func(m *Message) { m.Domain = "hourglass.exchange.evil.example" })
		}, CodeWrongDomain},
		{"wrong scheme", func(t *testing.T, v *Verifier, _ *clock.Fake) (string, []byte) {
			return signedMessage(t, v, alice, aliceAddr, func(m *Message) { m.Scheme = "http" })
		}, CodeWrongDomain},
		{"wrong URI host", func(t *testing.T, v *Verifier, _ *clock.Fake) (string, []byte) {
			return signedMessage(t, v, alice, aliceAddr, func(m *Message) { m.URI = "wss://evil.example/ws" })
		}, CodeWrongURI},
		{"wrong URI scheme", func(t *testing.T, v *Verifier, _ *clock.Fake) (string, []byte) {
			return signedMessage(t, v, alice, aliceAddr, func(m *Message) { m.URI = "ws://hourglass.exchange/ws" })
		}, CodeWrongURI},
		{"wrong chain", func(t *testing.T, v *Verifier, _ *clock.Fake) (string, []byte) {
			return signedMessage(t, v, alice, aliceAddr, func(m *Message) { m.ChainID = 1 })
		}, CodeWrongChain},
		{"unknown nonce", func(t *testing.T, v *Verifier, _ *clock.Fake) (string, []byte) {
			return signedMessage(t, v, alice, aliceAddr, func(m *Message) { m.Nonce = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" })
		}, CodeUnknownNonce},
		{"nonce expired", func(t *testing.T, v *Verifier, clk *clock.Fake) (string, []byte) {
			text, sig := signedMessage(t, v, alice, aliceAddr, nil)
			clk.Advance(DefaultNonceTTL)
			return text, sig
		}, CodeUnknownNonce},
		{"expired", func(t *testing.T, v *Verifier, clk *clock.Fake) (string, []byte) {
			text, sig := signedMessage(t, v, alice, aliceAddr, func(m *Message) {
				m.ExpirationTime = NewTime(clk.Now().Add(time.Minute))
			})
			clk.Advance(time.Minute)
			return text, sig
		}, CodeExpired},
		{"not before", func(t *testing.T, v *Verifier, clk *clock.Fake) (string, []byte) {
			return signedMessage(t, v, alice, aliceAddr, func(m *Message) {
				m.NotBefore = NewTime(clk.Now().Add(DefaultClockSkew + time.Second))
			})
		}, CodeNotYetValid},
		{"issued in the future", func(t *testing.T, v *Verifier, clk *clock.Fake) (string, []byte) {
			return signedMessage(t, v, alice, aliceAddr, func(m *Message) {
				m.IssuedAt = NewTime(clk.Now().Add(DefaultClockSkew + time.Second))
			})
		}, CodeNotYetValid},
		{"tampered message", func(t *testing.T, v *Verifier, _ *clock.Fake) (string, []byte) {
			text, sig := signedMessage(t, v, alice, aliceAddr, nil)
			return strings.Replace(text, "Sign in to Hourglass.", "Sign in to Hourglass!", 1), sig
		}, CodeBadSignature},
		{"another key", func(t *testing.T, v *Verifier, _ *clock.Fake) (string, []byte) {
			return signedMessage(t, v, mallory, aliceAddr, nil)
		}, CodeBadSignature},
		{"high s", func(t *testing.T, v *Verifier, _ *clock.Fake) (string, []byte) {
			text, sig := signedMessage(t, v, alice, aliceAddr, nil)
			return text, malleate(sig)
		}, CodeBadSignature},
		{"v 29", func(t *testing.T, v *Verifier, _ *clock.Fake) (string, []byte) {
			text, sig := signedMessage(t, v, alice, aliceAddr, nil)
			sig[64] = 29
			return text, sig
		}, CodeBadSignature},
		{"short signature", func(t *testing.T, v *Verifier, _ *clock.Fake) (string, []byte) {
			text, sig := signedMessage(t, v, alice, aliceAddr, nil)
			return text, sig[:64]
		}, CodeBadSignature},
		{"no signature", func(t *testing.T, v *Verifier, _ *clock.Fake) (string, []byte) {
			text, _ := signedMessage(t, v, alice, aliceAddr, nil)
			return text, nil
		}, CodeBadSignature},
		{"zero r", func(t *testing.T, v *Verifier, _ *clock.Fake) (string, []byte) {
			text, sig := signedMessage(t, v, alice, aliceAddr, nil)
			clear(sig[:32])
			return text, sig
		}, CodeBadSignature},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v, clk := newTestVerifier(t, func(c *Config) { c.Scheme = "https" })
			text, sig := c.build(t, v, clk)
			s, err := v.Login(context.Background(), text, sig)
			wantCode(t, err, c.code)
			if s != (Session{}) || v.Sessions().Len() != 0 {
				t.Fatalf("session granted: %+v", s)
			}
		})
	}
}

// malleate returns the other valid signature of the same hash and key:
// (r, n-s) with the recovery id flipped, which plain ecrecover accepts.
func malleate(sig []byte) []byte {
	n := crypto.S256().Params().N
	s := new(big.Int).Sub(n, new(big.Int).SetBytes(sig[32:64]))
	out := make([]byte, 65)
	copy(out, sig[:32])
	s.FillBytes(out[32:64])
	out[64] = 27 + 28 - sig[64] // 27 <-> 28
	return out
}

func TestMalleatedSignatureRecoversSameKey(t *testing.T) {
	// Guard the test above: the high-s twin is a real signature that a
	// non-strict ecrecover would take.
	key := testKey(t, "alice")
	h := TextHash("hello")
	sig, _ := SignText(key, "hello")
	twin := malleate(sig)
	twin[64] -= 27
	pub, err := crypto.SigToPub(h[:], twin)
	if err != nil || crypto.PubkeyToAddress(*pub) != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatalf("twin does not recover the key: %v", err)
	}
	if _, err := RecoverEOA(h, malleate(sig)); err == nil {
		t.Fatal("RecoverEOA accepted high s")
	}
}

func TestLoginTimeBoundsInsideSkew(t *testing.T) {
	v, clk := newTestVerifier(t, nil)
	key := testKey(t, "alice")
	addr := crypto.PubkeyToAddress(key.PublicKey)
	exp := clk.Now().Add(time.Hour)
	text, sig := signedMessage(t, v, key, addr, func(m *Message) {
		m.IssuedAt = NewTime(clk.Now().Add(DefaultClockSkew - time.Second))
		m.NotBefore = NewTime(clk.Now().Add(DefaultClockSkew))
		m.ExpirationTime = NewTime(exp)
		m.RequestID = "r1"
		m.Resources = []string{"https://hourglass.exchange/terms"}
	})
	s, err := v.Login(context.Background(), text, sig)
	if err != nil {
		t.Fatal(err)
	}
	// The message's Expiration Time is sooner than the session TTL.
	if !s.ExpiresAt.Equal(exp) {
		t.Fatalf("expires %v, want %v", s.ExpiresAt, exp)
	}
	clk.Advance(time.Hour)
	_, err = v.Sessions().Lookup(s.Token)
	wantCode(t, err, CodeInvalidSession)
}

// A failed attempt spends the nonce: the right signature cannot follow it.
func TestFailedAttemptConsumesNonce(t *testing.T) {
	v, _ := newTestVerifier(t, nil)
	key := testKey(t, "alice")
	addr := crypto.PubkeyToAddress(key.PublicKey)
	text, sig := signedMessage(t, v, key, addr, nil)
	_, err := v.Login(context.Background(), text, malleate(sig))
	wantCode(t, err, CodeBadSignature)
	_, err = v.Login(context.Background(), text, sig)
	wantCode(t, err, CodeUnknownNonce)
}

// A message for another server or chain does not touch our nonce.
func TestWrongAudienceKeepsNonce(t *testing.T) {
	v, _ := newTestVerifier(t, nil)
	key := testKey(t, "alice")
	addr := crypto.PubkeyToAddress(key.PublicKey)
	c := v.Challenge()
	m := c.Message(addr, "")
	m.ChainID = 1
	sig, _ := SignText(key, m.String())
	_, err := v.Login(context.Background(), m.String(), sig)
	wantCode(t, err, CodeWrongChain)
	m.ChainID = testChainID
	sig, _ = SignText(key, m.String())
	if _, err := v.Login(context.Background(), m.String(), sig); err != nil {
		t.Fatal(err)
	}
}

func TestConcurrentReplay(t *testing.T) {
	v, _ := newTestVerifier(t, nil)
	key := testKey(t, "alice")
	text, sig := signedMessage(t, v, key, crypto.PubkeyToAddress(key.PublicKey), nil)
	var wg sync.WaitGroup
	var mu sync.Mutex
	ok := 0
	for range 16 {
		wg.Go(func() {
			if _, err := v.Login(context.Background(), text, sig); err == nil {
				mu.Lock()
				ok++
				mu.Unlock()
			} else if CodeOf(err) != CodeUnknownNonce {
				t.Errorf("code %q", CodeOf(err))
			}
		})
	}
	wg.Wait()
	if ok != 1 {
		t.Fatalf("%d logins succeeded with one nonce", ok)
	}
}

func TestNewRejectsConfig(t *testing.T) {
	for _, cfg := range []Config{
		{ChainID: 1},
		{Domain: "a b", ChainID: 1},
		{Domain: "hourglass.exchange"},
		{Domain: "hourglass.exchange", ChainID: 1, URI: "not a uri"},
		{Domain: "hourglass.exchange", ChainID: 1, Scheme: "1x"},
	} {
		if _, err := New(cfg); err == nil {
			t.Errorf("New(%+v) accepted", cfg)
		}
	}
}

func TestErrors(t *testing.T) {
	seen := map[Code]bool{}
	for _, c := range Codes {
		if seen[c] || !strings.HasPrefix(string(c), "auth_") {
			t.Errorf("code %q duplicate or unprefixed", c)
		}
		seen[c] = true
		if !strings.Contains(packageDoc(t), string(c)) {
			t.Errorf("code %q missing from the package doc", c)
		}
	}
	err := newError(CodeExpired, context.DeadlineExceeded, "x")
	if !strings.HasPrefix(err.Error(), "auth: auth_expired: x") {
		t.Errorf("text %q", err)
	}
	if CodeOf(err) != CodeExpired || CodeOf(context.Canceled) != "" {
		t.Error("CodeOf")
	}
}
