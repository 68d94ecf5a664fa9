package auth

import (
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/internal/clock"
)

func TestNonceStoreSingleUse(t *testing.T) {
	clk := clock.NewFake(fakeStart)
	s := NewNonceStore(clk, time.Minute, 10)
	n, exp := s.Issue()
	if len(n) < 16 || !isAlnum(n) || !exp.Equal(clk.Now().Add(time.Minute)) {
		t.Fatalf("nonce %q expires %v", n, exp)
	}
	if n2, _ := s.Issue(); n2 == n {
		t.Fatal("same nonce twice")
	}
	if err := s.Consume(n); err != nil {
		t.Fatal(err)
	}
	wantCode(t, s.Consume(n), CodeUnknownNonce)
	wantCode(t, s.Consume("neverissued"), CodeUnknownNonce)
}

func TestNonceStoreExpiry(t *testing.T) {
	clk := clock.NewFake(fakeStart)
	s := NewNonceStore(clk, time.Minute, 10)
	a, _ := s.Issue()
	clk.Advance(30 * time.Second)
	b, _ := s.Issue()
	clk.Advance(30 * time.Second) // a expires now, b in 30s
	wantCode(t, s.Consume(a), CodeUnknownNonce)
	if s.Len() != 1 {
		t.Fatalf("len %d, want 1 (a purged)", s.Len())
	}
	clk.Advance(29 * time.Second)
	if err := s.Consume(b); err != nil {
		t.Fatal(err)
	}
	c, _ := s.Issue()
	clk.Advance(time.Hour)
	s.Issue() // purges c
	if s.Len() != 1 {
		t.Fatalf("len %d, want 1", s.Len())
	}
	wantCode(t, s.Consume(c), CodeUnknownNonce)
}

func TestNonceStoreCapacity(t *testing.T) {
	clk := clock.NewFake(fakeStart)
	s := NewNonceStore(clk, time.Minute, 3)
	var ns []string
	for range 5 {
		n, _ := s.Issue()
		ns = append(ns, n)
		clk.Advance(time.Second)
	}
	if s.Len() != 3 {
		t.Fatalf("len %d, want 3", s.Len())
	}
	// The two oldest were evicted.
	wantCode(t, s.Consume(ns[0]), CodeUnknownNonce)
	wantCode(t, s.Consume(ns[1]), CodeUnknownNonce)
	for _, n := range ns[2:] {
		if err := s.Consume(n); err != nil {
			t.Fatal(err)
		}
	}
}

func TestSessionStoreExpiryAndRevocation(t *testing.T) {
	clk := clock.NewFake(fakeStart)
	st := NewSessionStore(clk, 10)
	alice := common.HexToAddress("0xA11CE00000000000000000000000000000000000")
	bob := common.HexToAddress("0xB0B0000000000000000000000000000000000000")
	a1 := st.Create(Session{Address: alice, ExpiresAt: clk.Now().Add(time.Hour)})
	a2 := st.Create(Session{Address: alice, ExpiresAt: clk.Now().Add(2 * time.Hour)})
	b1 := st.Create(Session{Address: bob, ExpiresAt: clk.Now().Add(time.Minute), Options: Options{CancelOnDisconnect: true}})
	if a1.Token == a2.Token || len(a1.Token) != 64 || !a1.IssuedAt.Equal(clk.Now()) {
		t.Fatalf("tokens %q %q", a1.Token, a2.Token)
	}
	if got, err := st.Lookup(b1.Token); err != nil || !got.Options.CancelOnDisconnect || got.Address != bob {
		t.Fatalf("lookup bob: %+v %v", got, err)
	}
	_, err := st.Lookup("")
	wantCode(t, err, CodeInvalidSession)

	// Expiry: bob's session ends at exactly its ExpiresAt.
	clk.Advance(time.Minute - time.Nanosecond)
	if _, err := st.Lookup(b1.Token); err != nil {
		t.Fatal(err)
	}
	clk.Advance(time.Nanosecond)
	_, err = st.Lookup(b1.Token)
	wantCode(t, err, CodeInvalidSession)
	if st.Len() != 2 {
		t.Fatalf("len %d, want 2", st.Len())
	}

	// Sweep drops a1 after an hour.
	clk.Advance(time.Hour)
	if n := st.Sweep(); n != 1 || st.Len() != 1 {
		t.Fatalf("sweep %d, len %d", n, st.Len())
	}

	// Logout everywhere.
	a3 := st.Create(Session{Address: alice, ExpiresAt: clk.Now().Add(time.Hour)})
	if n := st.RevokeAddress(alice); n != 2 {
		t.Fatalf("revoked %d, want 2", n)
	}
	for _, tok := range []string{a2.Token, a3.Token} {
		_, err := st.Lookup(tok)
		wantCode(t, err, CodeInvalidSession)
	}
	if st.Revoke(a3.Token) {
		t.Fatal("revoked twice")
	}
}

func TestSessionStoreCapacity(t *testing.T) {
	clk := clock.NewFake(fakeStart)
	st := NewSessionStore(clk, 3)
	var ss []Session
	for i := range 5 {
		ss = append(ss, st.Create(Session{Address: common.BigToAddress(common.Big1), ChainID: uint64(i), ExpiresAt: clk.Now().Add(time.Hour)}))
	}
	if st.Len() != 3 {
		t.Fatalf("len %d, want 3", st.Len())
	}
	for i, s := range ss {
		_, err := st.Lookup(s.Token)
		if i < 2 {
			wantCode(t, err, CodeInvalidSession)
		} else if err != nil {
			t.Fatalf("session %d: %v", i, err)
		}
	}
}

func TestVerifierStoreBounds(t *testing.T) {
	v, _ := newTestVerifier(t, func(c *Config) { c.MaxNonces = 2 })
	first := v.Challenge()
	v.Challenge()
	v.Challenge()
	wantCode(t, v.nonces.Consume(first.Nonce), CodeUnknownNonce)
}
