package auth

import (
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/internal/clock"
)

func TestNonceStoreSingleUse(t *testing.T) {
	clk := clock.NewFake(fakeStart)
	s := NewNonceStore(clk, time.Minute, 10, 0, 0)
	n, exp := s.Issue(Origin{})
	if len(n) < 16 || !isAlnum(n) || !exp.Equal(clk.Now().Add(time.Minute)) {
		t.Fatalf("nonce %q expires %v", n, exp)
	}
	if n2, _ := s.Issue(Origin{}); n2 == n {
		t.Fatal("same nonce twice")
	}
	if err := s.Consume(Origin{}, n); err != nil {
		t.Fatal(err)
	}
	wantCode(t, s.Consume(Origin{}, n), CodeUnknownNonce)
	wantCode(t, s.Consume(Origin{}, "neverissued"), CodeUnknownNonce)
}

func TestNonceStoreExpiry(t *testing.T) {
	clk := clock.NewFake(fakeStart)
	s := NewNonceStore(clk, time.Minute, 10, 0, 0)
	a, _ := s.Issue(Origin{})
	clk.Advance(30 * time.Second)
	b, _ := s.Issue(Origin{})
	clk.Advance(30 * time.Second) // a expires now, b in 30s
	wantCode(t, s.Consume(Origin{}, a), CodeUnknownNonce)
	if s.Len() != 1 {
		t.Fatalf("len %d, want 1 (a purged)", s.Len())
	}
	clk.Advance(29 * time.Second)
	if err := s.Consume(Origin{}, b); err != nil {
		t.Fatal(err)
	}
	c, _ := s.Issue(Origin{})
	clk.Advance(time.Hour)
	s.Issue(Origin{}) // purges c
	if s.Len() != 1 {
		t.Fatalf("len %d, want 1", s.Len())
	}
	wantCode(t, s.Consume(Origin{}, c), CodeUnknownNonce)
}

func TestNonceStoreCapacity(t *testing.T) {
	clk := clock.NewFake(fakeStart)
	s := NewNonceStore(clk, time.Minute, 3, 0, 0)
	var ns []string
	for range 5 {
		n, _ := s.Issue(Origin{})
		ns = append(ns, n)
		clk.Advance(time.Second)
	}
	if s.Len() != 3 {
		t.Fatalf("len %d, want 3", s.Len())
	}
	// The two oldest were evicted.
	wantCode(t, s.Consume(Origin{}, ns[0]), CodeUnknownNonce)
	wantCode(t, s.Consume(Origin{}, ns[1]), CodeUnknownNonce)
	for _, n := range ns[2:] {
		if err := s.Consume(Origin{}, n); err != nil {
			t.Fatal(err)
		}
	}
}

func TestSessionStoreExpiryAndRevocation(t *testing.T) {
	clk := clock.NewFake(fakeStart)
	st := NewSessionStore(clk, 10, 0, 0)
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
	st := NewSessionStore(clk, 3, 0, 0)
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
	wantCode(t, v.nonces.Consume(Origin{}, first.Nonce), CodeUnknownNonce)
}

// TestSessionStoreFloodEvictsOnlyTheFlooder: one address signing in again
// and again, many addresses from one source, and many sources each holding
// many sessions never evict the session of a client who holds one.
func TestSessionStoreFloodEvictsOnlyTheFlooder(t *testing.T) {
	clk := clock.NewFake(fakeStart)
	st := NewSessionStore(clk, 100, 4, 20)
	exp := clk.Now().Add(time.Hour)
	victim := st.CreateFrom(Session{Address: common.HexToAddress("0xA11CE00000000000000000000000000000000000"), ExpiresAt: exp}, "10.0.0.1")
	alive := func() {
		t.Helper()
		if _, err := st.Lookup(victim.Token); err != nil {
			t.Fatalf("the victim's session was evicted: %v", err)
		}
	}
	// One address, one source, 1,000 sign-ins: only its 4 newest stay.
	flooder := common.HexToAddress("0xBAD0000000000000000000000000000000000000")
	var last Session
	for range 1000 {
		last = st.CreateFrom(Session{Address: flooder, ExpiresAt: exp}, "10.0.0.2")
	}
	alive()
	if n := st.AddressLen(flooder); n != 4 {
		t.Fatalf("the flooder holds %d sessions, want 4", n)
	}
	if _, err := st.Lookup(last.Token); err != nil {
		t.Fatal(err)
	}
	// Many addresses from one source: the source keeps its 20 newest.
	for i := range 1000 {
		st.CreateFrom(Session{Address: common.BigToAddress(big.NewInt(int64(1000 + i))), ExpiresAt: exp}, "10.0.0.3")
	}
	alive()
	// 30 sources of 20 each fill the store: the largest source loses its
	// oldest, never the victim, who holds fewer.
	for i := range 600 {
		st.CreateFrom(Session{Address: common.BigToAddress(big.NewInt(int64(5000 + i))), ExpiresAt: exp}, fmt.Sprintf("10.1.%d.%d", i/20/250, i/20%250))
	}
	alive()
	if st.Len() != 100 {
		t.Fatalf("len %d, want 100", st.Len())
	}
}

// TestNonceStoreBoundToOrigin: a nonce is good only on the connection it
// was issued to, and a flood from other connections and sources, however
// large, does not evict it.
func TestNonceStoreBoundToOrigin(t *testing.T) {
	clk := clock.NewFake(fakeStart)
	s := NewNonceStore(clk, time.Minute, 50, 2, 10)
	me := Origin{Conn: "c1", Source: "10.0.0.1"}
	mine, _ := s.Issue(me)
	stolen, _ := s.Issue(me)
	wantCode(t, s.Consume(Origin{Conn: "c2", Source: "10.0.0.1"}, stolen), CodeUnknownNonce)
	wantCode(t, s.Consume(me, stolen), CodeUnknownNonce) // spent by the attempt
	// One connection, one source, many connections, many sources.
	var own []string
	for range 100 {
		n, _ := s.Issue(Origin{Conn: "c2", Source: "10.0.0.2"})
		own = append(own, n)
	}
	for i := range 100 {
		s.Issue(Origin{Conn: fmt.Sprint("c", 100+i), Source: "10.0.0.3"})
	}
	for i := range 200 { // 20 sources of 10 each
		s.Issue(Origin{Conn: fmt.Sprint("c", 1000+i), Source: fmt.Sprint("10.2.", i/10/250, ".", i/10%250)})
	}
	if s.Len() != 50 {
		t.Fatalf("len %d, want 50", s.Len())
	}
	// The flooder's connection kept its newest two at most.
	wantCode(t, s.Consume(Origin{Conn: "c2", Source: "10.0.0.2"}, own[0]), CodeUnknownNonce)
	if err := s.Consume(me, mine); err != nil {
		t.Fatalf("the victim's nonce: %v", err)
	}
	// A closed connection's nonces go.
	n, _ := s.Issue(me)
	if s.Drop("c1") != 1 {
		t.Fatal("drop")
	}
	wantCode(t, s.Consume(me, n), CodeUnknownNonce)
}

func TestSourceOf(t *testing.T) {
	for in, want := range map[string]string{
		"127.0.0.1:5555":                 "127.0.0.1",
		"[::ffff:10.1.2.3]:80":           "10.1.2.3",
		"[2001:db8:1:2:3:4:5:6]:443":     "2001:db8:1:2::/64",
		"[2001:db8:1:2:ffff::1%eth0]:44": "2001:db8:1:2::/64",
		"pipe":                           "pipe",
	} {
		if got := SourceOf(in); got != want {
			t.Errorf("SourceOf(%q) = %q, want %q", in, got, want)
		}
	}
}
