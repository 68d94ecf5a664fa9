package auth

import (
	"crypto/rand"
	"sync"
	"time"

	"github.com/hourglass-exchange/hourglass/internal/clock"
)

// NonceStore holds the sign-in nonces the server has issued and nobody has
// used yet. A nonce is good once, until it expires; when the store is full,
// issuing a new nonce evicts the oldest pending one. It is safe for
// concurrent use.
//
// The store lives in one gateway's memory: a client signs in on the gateway
// that gave it the challenge (the websocket it is connected to).
type NonceStore struct {
	clock clock.Clock
	ttl   time.Duration

	mu      sync.Mutex
	pending *fifo[string, time.Time] // nonce → expiry, oldest first
}

// NewNonceStore returns a store whose nonces live for ttl and which keeps at
// most max of them.
func NewNonceStore(c clock.Clock, ttl time.Duration, max int) *NonceStore {
	if max < 1 {
		max = 1
	}
	return &NonceStore{clock: c, ttl: ttl, pending: newFIFO[string, time.Time](max)}
}

// Issue returns a fresh nonce (26 random letters and digits, 128 bits) and
// when it expires.
func (s *NonceStore) Issue() (nonce string, expires time.Time) {
	nonce = rand.Text()
	now := s.clock.Now()
	expires = now.Add(s.ttl)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.purgeLocked(now)
	s.pending.put(nonce, expires)
	return nonce, expires
}

// Consume takes nonce out of the store. It fails with CodeUnknownNonce if
// the nonce was never issued here, was already consumed, was evicted or has
// expired; whatever the outcome, the nonce cannot be consumed again.
func (s *NonceStore) Consume(nonce string) error {
	now := s.clock.Now()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.purgeLocked(now)
	expires, ok := s.pending.get(nonce)
	if !ok {
		return newError(CodeUnknownNonce, nil, "nonce %q was not issued, was used or has expired", nonce)
	}
	s.pending.remove(nonce)
	if !now.Before(expires) {
		return newError(CodeUnknownNonce, nil, "nonce %q expired at %s", nonce, expires.UTC().Format(time.RFC3339))
	}
	return nil
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
		k, exp, ok := s.pending.oldest()
		if !ok || now.Before(exp) {
			return
		}
		s.pending.remove(k)
	}
}
