package exchange

import (
	"iter"
	"math/bits"
	"slices"
)

// NonceSet is the set of an account's used nonces in bounded memory: every
// nonce below base is used (or invalidated by a floor), and words holds the
// used nonces at or above it, bit i of words[w] standing for nonce
// (base&^63) + 64*w + i. The representation is canonical, so that a snapshot
// of it is: base is the smallest unused nonce (never 0, which means "no
// nonce"), word 0 has no bit below base, the last word is not zero, and no
// bit lies at or beyond base+NonceWindow (at most maxNonceWords words).
type NonceSet struct {
	base  uint64
	words []uint64
}

const maxNonceWords = NonceWindow/64 + 1

func NewNonceSet() NonceSet { return NonceSet{base: 1} }

// Base returns the smallest unused nonce (1 for a new account).
func (s *NonceSet) Base() uint64 { return s.base }

// Used reports whether n can no longer be used.
func (s *NonceSet) Used(n uint64) bool { return s.used(n) }

// Use marks n used, as an accepted order does. A nonce already used, 0, or
// outside the window changes nothing (the engine rejects such an order).
func (s *NonceSet) Use(n uint64) {
	if n != 0 && !s.used(n) && !s.tooFar(n) {
		s.use(n)
	}
}

// Raise marks every nonce below floor used, as a nonce cancellation does
// (EvNoncesCanceled carries the base after it).
func (s *NonceSet) Raise(floor uint64) { s.raise(floor) }

// Clone returns a copy that shares no memory with s.
func (s *NonceSet) Clone() NonceSet { return NonceSet{base: s.base, words: slices.Clone(s.words)} }

// used reports whether n can no longer be used. Nonce 0 is not a nonce.
func (s *NonceSet) used(n uint64) bool {
	if n == 0 {
		return false
	}
	if n < s.base {
		return true
	}
	w := n>>6 - s.base>>6
	return w < uint64(len(s.words)) && s.words[w]&(1<<(n&63)) != 0
}

// tooFar reports whether n, not below base, is outside the window. The
// largest uint64 is reserved, so that base never has to pass it.
func (s *NonceSet) tooFar(n uint64) bool { return n-s.base >= NonceWindow || n == ^uint64(0) }

// use marks n used; n must be unused and within the window.
func (s *NonceSet) use(n uint64) {
	w := int(n>>6 - s.base>>6)
	for len(s.words) <= w {
		s.words = append(s.words, 0)
	}
	s.words[w] |= 1 << (n & 63)
	if n == s.base {
		s.slide()
	}
}

// raise marks every nonce below floor used.
func (s *NonceSet) raise(floor uint64) {
	if floor <= s.base {
		return
	}
	drop := floor>>6 - s.base>>6
	if drop >= uint64(len(s.words)) {
		s.words = s.words[:0]
	} else {
		n := copy(s.words, s.words[drop:])
		s.words = s.words[:n]
	}
	s.base = floor
	if len(s.words) > 0 {
		s.words[0] &^= 1<<(floor&63) - 1
	}
	s.slide()
}

// slide moves base past the used nonces at it, drops the words that fall
// wholly below it and clears the bits below it, restoring canonical form.
func (s *NonceSet) slide() {
	for len(s.words) > 0 {
		w := s.words[0] | (1<<(s.base&63) - 1)
		if w != ^uint64(0) {
			s.base = s.base&^63 + uint64(bits.TrailingZeros64(^w))
			s.words[0] = w &^ (1<<(s.base&63) - 1)
			break
		}
		n := copy(s.words, s.words[1:])
		s.words = s.words[:n]
		s.base = s.base&^63 + 64
	}
	for len(s.words) > 0 && s.words[len(s.words)-1] == 0 {
		s.words = s.words[:len(s.words)-1]
	}
}

// canonical reports whether s is in the form slide leaves it in.
func (s *NonceSet) canonical() bool {
	if s.base == 0 || len(s.words) > maxNonceWords {
		return false
	}
	if len(s.words) == 0 {
		return true
	}
	if s.words[0]&(1<<(s.base&63)-1) != 0 || s.words[0]&(1<<(s.base&63)) != 0 || s.words[len(s.words)-1] == 0 {
		return false
	}
	// The highest set bit must be inside the window.
	last := len(s.words) - 1
	top := s.base&^63 + uint64(64*last) + uint64(63-bits.LeadingZeros64(s.words[last]))
	return top-s.base < NonceWindow
}

// orderExt is what a live order carries beyond the hot order struct: its
// nonce (0 for none) and its opaque meta. It lives in Engine.exts, indexed
// by the order's slot, so that orders without either cost nothing.
type orderExt struct {
	set   bool
	nonce uint64
	meta  []byte
}

type nonceKey struct {
	account AccountID
	nonce   uint64
}

// ext returns the extension of the order in slot, or nil.
func (e *Engine) ext(slot int32) *orderExt {
	if int(slot) < len(e.exts) && e.exts[slot].set {
		return &e.exts[slot]
	}
	return nil
}

// attach records the nonce and meta of the order in slot. meta is copied
// into a slice of its own that is never written again, so that what
// OrderMeta returned stays valid after the order dies.
func (e *Engine) attach(slot int32, nonce uint64, meta []byte) {
	for len(e.exts) <= int(slot) {
		e.exts = append(e.exts, orderExt{})
	}
	x := &e.exts[slot]
	x.set, x.nonce = true, nonce
	if len(meta) > 0 {
		x.meta = slices.Clone(meta)
	}
	if nonce != 0 {
		e.nonceIdx[nonceKey{e.orders[slot].account, nonce}] = slot
	}
}

// detach drops the extension of a dying order.
func (e *Engine) detach(slot int32) {
	x := &e.exts[slot]
	if x.nonce != 0 {
		delete(e.nonceIdx, nonceKey{e.orders[slot].account, x.nonce})
	}
	*x = orderExt{}
}

// cancelNoncesBelow cancels the account's live orders whose nonce is below
// the floor, oldest first, and raises the account's nonce base to it.
func (e *Engine) cancelNoncesBelow(c *Command) {
	if int(c.Account) >= len(e.accounts) {
		e.reject(c, ReasonUnknownAccount)
		return
	}
	e.raiseNonces(c.Account, c.Nonce)
}

// raiseNonces cancels the account's live orders whose nonce is below the
// floor, oldest first, and raises its nonce base to the floor.
func (e *Engine) raiseNonces(a AccountID, floor uint64) {
	if len(e.nonceIdx) > 0 {
		for i := e.accounts[a].head; i >= 0; {
			next := e.orders[i].accNext
			if x := e.ext(i); x != nil && x.nonce != 0 && x.nonce < floor {
				e.removeResting(i, ReasonNonceCancel)
			}
			i = next
		}
	}
	ns := &e.nonceSets[a]
	ns.raise(floor)
	ev := e.ledgerEvent(EvNoncesCanceled)
	ev.Account = a
	ev.Nonce = ns.base
}

// NonceUsed reports whether account can no longer use nonce: an accepted
// order used it, or it is below the account's base. Nonce 0 is never used.
func (e *Engine) NonceUsed(account AccountID, nonce uint64) bool {
	if int(account) >= len(e.accounts) {
		return false
	}
	return e.nonceSets[account].used(nonce)
}

// Nonces returns a copy of the account's used nonces (a new account's set
// for an unknown account), for a consumer that mirrors them from the events:
// EvAccepted's Nonce is used, EvNoncesCanceled raises the base to its Nonce.
func (e *Engine) Nonces(account AccountID) NonceSet {
	if int(account) >= len(e.accounts) {
		return NewNonceSet()
	}
	return e.nonceSets[account].Clone()
}

// NonceBase returns the account's nonce base: every nonce below it is used,
// and a new order's nonce must be below base+NonceWindow. It is 0 for an
// unknown account.
func (e *Engine) NonceBase(account AccountID) uint64 {
	if int(account) >= len(e.accounts) {
		return 0
	}
	return e.nonceSets[account].base
}

// OrderByNonce returns the live order of account placed with nonce, so that
// a retried submission can be answered with the order it already created.
func (e *Engine) OrderByNonce(account AccountID, nonce uint64) (OrderID, bool) {
	if nonce == 0 {
		return 0, false
	}
	s, ok := e.nonceIdx[nonceKey{account, nonce}]
	if !ok {
		return 0, false
	}
	return e.orders[s].id, true
}

// OrderMeta returns the meta of a live order; ok is false if no live order
// has that id, and meta is nil for an order placed without one. The slice is
// shared: the engine never writes it again, and the caller must not either.
func (e *Engine) OrderMeta(id OrderID) (meta []byte, ok bool) {
	s, ok := e.ids.get(uint64(id))
	if !ok {
		return nil, false
	}
	if x := e.ext(s); x != nil && len(x.meta) > 0 {
		return x.meta[:len(x.meta):len(x.meta)], true
	}
	return nil, true
}

// OrderMetas yields every live order that carries meta, with its meta (as
// OrderMeta returns it), in no particular order. The settlement pipeline
// initialises its mirror from it at recovery. The engine must not be
// applied to during the iteration.
func (e *Engine) OrderMetas() iter.Seq2[OrderID, []byte] {
	return func(yield func(OrderID, []byte) bool) {
		for s := range e.exts {
			x := &e.exts[s]
			if x.set && len(x.meta) > 0 && !yield(e.orders[s].id, x.meta[:len(x.meta):len(x.meta)]) {
				return
			}
		}
	}
}
