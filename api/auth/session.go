package auth

import (
	"crypto/rand"
	"encoding/hex"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Options are the choices a client makes when it signs in, for the life of
// its session. The gateway adds fields as it grows; they are not part of the
// signed message (they grant nothing), only of the sign-in request.
type Options struct {
	// CancelOnDisconnect cancels the account's open orders when the
	// session's last websocket connection closes.
	CancelOnDisconnect bool `json:"cancel_on_disconnect"`
}

// Session is an authenticated account. Token is the bearer credential for
// REST calls and websocket reconnects; it is secret.
type Session struct {
	Token     string         `json:"token"` // 64 hex digits, 32 random bytes
	Address   common.Address `json:"address"`
	ChainID   uint64         `json:"chain_id"`
	Contract  bool           `json:"contract_wallet"` // signed through EIP-1271
	IssuedAt  time.Time      `json:"issued_at"`
	ExpiresAt time.Time      `json:"expires_at"`
	Options   Options        `json:"options"`
}

// SessionStore holds live sessions by token, at most a fixed number: when it
// is full, a new session evicts the oldest. Expired sessions are refused by
// Lookup and dropped by it, by Sweep and by eviction. It is safe for
// concurrent use.
type SessionStore struct {
	clock Clock

	mu       sync.Mutex
	sessions *fifo[string, Session] // token → session, oldest first
}

// NewSessionStore returns a store of at most max sessions.
func NewSessionStore(clock Clock, max int) *SessionStore {
	if max < 1 {
		max = 1
	}
	return &SessionStore{clock: clock, sessions: newFIFO[string, Session](max)}
}

// Create stores a new session made from s with a fresh Token and IssuedAt
// set to now, and returns it.
func (st *SessionStore) Create(s Session) Session {
	var b [32]byte
	_, _ = rand.Read(b[:]) // never fails (crypto/rand since Go 1.24)
	s.Token = hex.EncodeToString(b[:])
	s.IssuedAt = st.clock.Now()
	st.mu.Lock()
	defer st.mu.Unlock()
	st.sessions.put(s.Token, s)
	return s
}

// Lookup returns the live session of token, or an error with
// CodeInvalidSession if the token is unknown, revoked, evicted or expired.
func (st *SessionStore) Lookup(token string) (Session, error) {
	now := st.clock.Now()
	st.mu.Lock()
	defer st.mu.Unlock()
	s, ok := st.sessions.get(token)
	if !ok {
		return Session{}, newError(CodeInvalidSession, nil, "unknown session token")
	}
	if !now.Before(s.ExpiresAt) {
		st.sessions.remove(token)
		return Session{}, newError(CodeInvalidSession, nil, "session expired at %s", s.ExpiresAt.UTC().Format(time.RFC3339))
	}
	return s, nil
}

// Revoke ends the session of token (logout) and reports whether it existed.
func (st *SessionStore) Revoke(token string) bool {
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.sessions.remove(token)
}

// RevokeAddress ends every session of addr and returns how many there were.
func (st *SessionStore) RevokeAddress(addr common.Address) int {
	st.mu.Lock()
	defer st.mu.Unlock()
	n := 0
	st.sessions.each(func(token string, s Session) {
		if s.Address == addr {
			st.sessions.remove(token)
			n++
		}
	})
	return n
}

// Sweep drops every expired session and returns how many it dropped. The
// gateway calls it now and then; it walks the whole store.
func (st *SessionStore) Sweep() int {
	now := st.clock.Now()
	st.mu.Lock()
	defer st.mu.Unlock()
	n := 0
	st.sessions.each(func(token string, s Session) {
		if !now.Before(s.ExpiresAt) {
			st.sessions.remove(token)
			n++
		}
	})
	return n
}

// Len returns the number of stored sessions, expired ones not yet dropped
// included.
func (st *SessionStore) Len() int {
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.sessions.len()
}
