package auth

import (
	"crypto/rand"
	"net"
	"net/netip"
	"sync"
	"time"

	"github.com/hourglass-exchange/hourglass/internal/clock"
)

// Origin is who asks for a challenge or signs in: the connection a nonce
// is bound to and the network source it comes from (SourceOf). The stores'
// caps count per connection and per source, so that one client's flood
// evicts only its own entries. The zero Origin is a caller that names
// none (a test, an in-process client): it has no cap of its own.
type Origin struct {
	// Conn names one websocket connection (unique for the life of the
	// process); a nonce issued to it is good on it only.
	Conn string
	// Source is the client's network: SourceOf its remote address.
	Source string
}

// SourceAddr returns the source of a remote address ("host:port" or a
// bare IP) as an address: an IPv4 address, or the first address of an IPv6
// address's /64 (one subscriber's network: its addresses cost an attacker
// nothing); the invalid Addr when remote names no IP address.
func SourceAddr(remote string) netip.Addr {
	host := remote
	if h, _, err := net.SplitHostPort(remote); err == nil {
		host = h
	}
	a, err := netip.ParseAddr(host)
	if err != nil {
		return netip.Addr{}
	}
	a = a.Unmap().WithZone("")
	if a.Is6() {
		p, _ := a.Prefix(64)
		a = p.Addr()
	}
	return a
}

// SourceOf is SourceAddr as a string: the IPv4 address, the IPv6 /64 as
// a prefix, or the host itself when it is not an IP.
func SourceOf(remote string) string {
	a := SourceAddr(remote)
	switch {
	case !a.IsValid():
		if h, _, err := net.SplitHostPort(remote); err == nil {
			return h
		}
		return remote
	case a.Is4():
		return a.String()
	}
	return netip.PrefixFrom(a, 64).String()
}

// NonceStore holds the sign-in nonces the server has issued and nobody has
// used yet. A nonce is good once, until it expires, and only for the
// Origin it was issued to. The store is bounded three ways (see
// NewNonceStore): a connection's or a source's new nonce evicts its own
// oldest, and when the store is full the source holding the most loses
// its oldest, so a flood of challenges never evicts another client's
// nonce. It is safe for concurrent use.
//
// The store lives in one gateway's memory: a client signs in on the
// connection that gave it the challenge.
type NonceStore struct {
	clock clock.Clock
	ttl   time.Duration

	mu      sync.Mutex
	pending *bounded[time.Time] // nonce → expiry, oldest first
}

// NewNonceStore returns a store whose nonces live for ttl and which keeps at
// most max of them, perConn per Origin.Conn and perSource per
// Origin.Source (0: no cap of that kind).
func NewNonceStore(c clock.Clock, ttl time.Duration, max, perConn, perSource int) *NonceStore {
	if max < 1 {
		max = 1
	}
	return &NonceStore{clock: c, ttl: ttl, pending: newBounded[time.Time](max, perConn, perSource)}
}

// Issue returns a fresh nonce (26 random letters and digits, 128 bits)
// bound to o, and when it expires.
func (s *NonceStore) Issue(o Origin) (nonce string, expires time.Time) {
	nonce = rand.Text()
	now := s.clock.Now()
	expires = now.Add(s.ttl)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.purgeLocked(now)
	s.pending.put(nonce, o.Conn, o.Source, expires)
	return nonce, expires
}

// Consume takes nonce out of the store. It fails with CodeUnknownNonce if
// the nonce was never issued here, was issued to another Origin, was
// already consumed, was evicted or has expired; whatever the outcome, the
// nonce cannot be consumed again.
func (s *NonceStore) Consume(o Origin, nonce string) error {
	now := s.clock.Now()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.purgeLocked(now)
	e, ok := s.pending.get(nonce)
	if !ok {
		return newError(CodeUnknownNonce, nil, "nonce %q was not issued, was used or has expired", nonce)
	}
	s.pending.remove(nonce)
	if e.owner != o.Conn || e.source != o.Source {
		return newError(CodeUnknownNonce, nil, "nonce %q was issued to another connection", nonce)
	}
	if !now.Before(e.val) {
		return newError(CodeUnknownNonce, nil, "nonce %q expired at %s", nonce, e.val.UTC().Format(time.RFC3339))
	}
	return nil
}

// Drop forgets the pending nonces of connection conn (it closed) and
// returns how many there were.
func (s *NonceStore) Drop(conn string) int {
	if conn == "" {
		return 0
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.pending.removeOwner(conn))
}

// Len returns the number of pending nonces, expired ones not yet purged
// included.
func (s *NonceStore) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.pending.len()
}

// purgeLocked drops expired nonces from the front: all nonces live for the
// same ttl, so the oldest expire first.
func (s *NonceStore) purgeLocked(now time.Time) {
	for {
		e, ok := s.pending.oldest()
		if !ok || now.Before(e.val) {
			return
		}
		s.pending.drop(e)
	}
}
