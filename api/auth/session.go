package auth

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/health"
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

// SessionStore holds live sessions by token, bounded so that nobody can
// sign everyone else out: an address with its cap of sessions loses its
// own oldest to a new one, a source with its cap loses its own oldest, and
// when the store is full the source holding the most loses its oldest (see
// NewSessionStore). Expired sessions are refused by Lookup and dropped by
// it, by Sweep and by eviction. An evicted session ends on the shared
// sessions too. It is safe for concurrent use.
type SessionStore struct {
	clock  clock.Clock
	shared SharedSessions
	log    *slog.Logger
	health *health.Dependency // the shared sessions as the calls see them
	// notEnded counts the sessions ended here (logout, eviction) but not
	// on the shared sessions during the current outage.
	notEnded atomic.Int64

	mu       sync.Mutex
	sessions *bounded[Session] // token → session, by address and source, oldest first
}

// SharedSessions is where several gateways keep their sessions, so that a
// token granted by one is good on every other (a Redis, say:
// internal/redisbus.KV): values by key, each with a time to live. Calls are
// bounded by sharedTimeout.
type SharedSessions interface {
	Put(ctx context.Context, key string, value []byte, ttl time.Duration) error
	Get(ctx context.Context, key string) (value []byte, ok bool, err error)
	Delete(ctx context.Context, key string) error
}

// sharedTimeout bounds one call to the shared sessions.
const sharedTimeout = 2 * time.Second

// Share makes the store write every session it creates to shared, look up
// there the tokens it does not hold, and revoke there too. A logout
// (Revoke) on another gateway than the one that granted the session ends it
// everywhere but there, where it lives until it expires.
//
// A failure to reach shared is said once per outage, at ERROR with the
// cause (health.Dependency "shared sessions"), and once more, at INFO, when
// a call gets an answer again; each failed call is logged at DEBUG only.
// Meanwhile a session still works on the gateway that granted it, a token
// granted by another gateway is refused, and a logout or an eviction does
// not reach the other gateways (the recovery's line counts those:
// ends_not_shared).
func (st *SessionStore) Share(shared SharedSessions, log *slog.Logger) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	st.shared, st.log = shared, log
	st.health = health.New("shared sessions", log, st.clock)
}

// sharedFailed records a call to the shared sessions that got no answer:
// the outage's first is said at ERROR, every one at DEBUG as msg.
func (st *SessionStore) sharedFailed(by, msg string, err error, attrs ...any) {
	st.health.FailedWith(by, err, "meanwhile", "sessions work on the gateway that granted them only; "+
		"tokens granted by other gateways are refused; logouts and evictions do not reach the other gateways")
	st.log.Debug(msg, append(attrs, "err", err)...)
}

// sharedOK records a call to the shared sessions that got an answer.
func (st *SessionStore) sharedOK() {
	n := st.notEnded.Load()
	if st.health.OKWith("ends_not_shared", n) {
		st.notEnded.Add(-n)
	}
}

// Health is the shared sessions' health (nil without Share): its gauge
// hourglass_dependency_up{dependency="shared sessions"} is not registered
// anywhere by the store.
func (st *SessionStore) Health() *health.Dependency { return st.health }

// unshare ends evicted sessions on the other gateways too: an evicted
// session must not live on through the shared sessions.
func (st *SessionStore) unshare(evicted []*boundedEntry[Session]) {
	if st.shared == nil || len(evicted) == 0 {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), sharedTimeout)
	defer cancel()
	for i, e := range evicted {
		if err := st.shared.Delete(ctx, sharedKey(e.key)); err != nil {
			st.notEnded.Add(int64(len(evicted) - i))
			st.sharedFailed("eviction", "auth: evicted session not ended on the other gateways", err, "address", e.val.Address)
			return
		}
		st.sharedOK()
	}
}

// sharedKey is a token's key in the shared sessions.
func sharedKey(token string) string { return "session:" + token }

// NewSessionStore returns a store of at most max sessions, perAddress per
// address and perSource per source (0: no cap of that kind).
func NewSessionStore(c clock.Clock, max, perAddress, perSource int) *SessionStore {
	if max < 1 {
		max = 1
	}
	return &SessionStore{clock: c, sessions: newBounded[Session](max, perAddress, perSource)}
}

// Create is CreateFrom with no source.
func (st *SessionStore) Create(s Session) Session { return st.CreateFrom(s, "") }

// CreateFrom stores a new session made from s, signed in from source
// (SourceOf the client's address), with a fresh Token and IssuedAt set to
// now, and returns it. What the caps evict to make room is the address's
// or the source's own, or the largest source's.
func (st *SessionStore) CreateFrom(s Session, source string) Session {
	var b [32]byte
	_, _ = rand.Read(b[:]) // never fails (crypto/rand since Go 1.24)
	s.Token = hex.EncodeToString(b[:])
	s.IssuedAt = st.clock.Now()
	st.mu.Lock()
	evicted := st.sessions.put(s.Token, s.Address.Hex(), source, s)
	st.mu.Unlock()
	st.unshare(evicted)
	if st.shared != nil {
		if ttl := s.ExpiresAt.Sub(s.IssuedAt); ttl > 0 {
			b, _ := json.Marshal(s)
			ctx, cancel := context.WithTimeout(context.Background(), sharedTimeout)
			if err := st.shared.Put(ctx, sharedKey(s.Token), b, ttl); err != nil {
				st.sharedFailed("sign-in", "auth: session not shared with the other gateways", err, "address", s.Address)
			} else {
				st.sharedOK()
			}
			cancel()
		}
	}
	return s
}

// Lookup returns the live session of token, or an error with
// CodeInvalidSession if the token is unknown, revoked, evicted or expired.
// With shared sessions, a token this store does not hold (granted by
// another gateway) is looked up there, every time.
func (st *SessionStore) Lookup(token string) (Session, error) {
	now := st.clock.Now()
	st.mu.Lock()
	e, ok := st.sessions.get(token)
	st.mu.Unlock()
	var s Session
	if ok {
		s = e.val
	}
	if !ok && st.shared != nil && validToken(token) {
		ctx, cancel := context.WithTimeout(context.Background(), sharedTimeout)
		b, found, err := st.shared.Get(ctx, sharedKey(token))
		cancel()
		if err != nil {
			st.sharedFailed("token look-up", "auth: shared sessions unreachable", err)
		} else {
			st.sharedOK()
		}
		// Not kept here: a logout on any gateway must end it at once.
		ok = found && json.Unmarshal(b, &s) == nil && s.Token == token
	}
	if !ok {
		return Session{}, newError(CodeInvalidSession, nil, "unknown session token")
	}
	if !now.Before(s.ExpiresAt) {
		st.mu.Lock()
		st.sessions.remove(token)
		st.mu.Unlock()
		return Session{}, newError(CodeInvalidSession, nil, "session expired at %s", s.ExpiresAt.UTC().Format(time.RFC3339))
	}
	return s, nil
}

// Revoke ends the session of token (logout) and reports whether it existed.
func (st *SessionStore) Revoke(token string) bool {
	st.mu.Lock()
	ok := st.sessions.remove(token)
	st.mu.Unlock()
	if st.shared != nil && validToken(token) {
		ctx, cancel := context.WithTimeout(context.Background(), sharedTimeout)
		defer cancel()
		if err := st.shared.Delete(ctx, sharedKey(token)); err != nil {
			st.notEnded.Add(1)
			st.sharedFailed("logout", "auth: session not revoked on the other gateways", err)
		} else {
			st.sharedOK()
		}
	}
	return ok
}

// validToken reports whether token has the shape of a token (64 hex
// digits), so that garbage never reaches the shared store.
func validToken(token string) bool {
	if len(token) != 64 {
		return false
	}
	_, err := hex.DecodeString(token)
	return err == nil
}

// RevokeAddress ends every session of addr that this store holds and
// returns how many there were (shared sessions it never looked up live on
// until they expire).
func (st *SessionStore) RevokeAddress(addr common.Address) int {
	st.mu.Lock()
	defer st.mu.Unlock()
	return len(st.sessions.removeOwner(addr.Hex()))
}

// AddressLen returns how many sessions of addr this store holds.
func (st *SessionStore) AddressLen(addr common.Address) int {
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.sessions.ownerLen(addr.Hex())
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
