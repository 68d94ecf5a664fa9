package judge

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
)

func TestCheckAnswer(t *testing.T) {
	w := newWorld(t, 1)
	prov := w.lease.Provider
	snap := healthy()
	type tc struct {
		name string
		mk   func() (Challenge, *Answer, Seen)
		want AnswerStatus
	}
	ok := func(delay time.Duration) func() (Challenge, *Answer, Seen) {
		return func() (Challenge, *Answer, Seen) {
			ch := w.challenge(0, hour0, 5)
			return ch, w.answer(t, ch, w.nodeA, delay, snap), Seen{}
		}
	}
	cases := []tc{
		{"valid", ok(2 * time.Second), AnswerValid},
		{"valid at the deadline", ok(DefaultAnswerDeadline), AnswerValid},
		{"none", func() (Challenge, *Answer, Seen) { return w.challenge(0, hour0, 5), nil, Seen{} }, AnswerNone},
		{"late", ok(DefaultAnswerDeadline + time.Millisecond), AnswerLate},
		{"received before sent", ok(-time.Second), AnswerReplayed},
		{"another challenge's nonce", func() (Challenge, *Answer, Seen) {
			old := w.challenge(0, hour0, 1)
			a := w.answer(t, old, w.nodeA, 0, snap)
			ch := w.challenge(0, hour0, 5)
			a.ReceivedAt = ch.SentAt.Add(time.Second)
			return ch, a, Seen{}
		}, AnswerReplayed},
		{"nonce answered before", func() (Challenge, *Answer, Seen) {
			ch := w.challenge(0, hour0, 5)
			return ch, w.answer(t, ch, w.nodeA, time.Second, snap), Seen{ch.Nonce: {}}
		}, AnswerReplayed},
		{"stranger's key", func() (Challenge, *Answer, Seen) {
			ch := w.challenge(0, hour0, 5)
			return ch, w.answer(t, ch, w.stranger, time.Second, snap), Seen{}
		}, AnswerForged},
		{"signature over other bytes", func() (Challenge, *Answer, Seen) {
			ch := w.challenge(0, hour0, 5)
			a := w.answer(t, ch, w.nodeA, time.Second, snap)
			a.Digest[0] ^= 1 // the node signed something else: recovers to a random key
			return ch, a, Seen{}
		}, AnswerForged},
		{"truncated signature", func() (Challenge, *Answer, Seen) {
			ch := w.challenge(0, hour0, 5)
			a := w.answer(t, ch, w.nodeA, time.Second, snap)
			a.Signature = a.Signature[:64]
			return ch, a, Seen{}
		}, AnswerForged},
		{"bad v", func() (Challenge, *Answer, Seen) {
			ch := w.challenge(0, hour0, 5)
			a := w.answer(t, ch, w.nodeA, time.Second, snap)
			a.Signature[64] = 29
			return ch, a, Seen{}
		}, AnswerForged},
		{"high s (malleated)", func() (Challenge, *Answer, Seen) {
			ch := w.challenge(0, hour0, 5)
			a := w.answer(t, ch, w.nodeA, time.Second, snap)
			// (r, n-s, v^1) recovers the same key; OpenZeppelin refuses it, so do we.
			s := new(big.Int).SetBytes(a.Signature[32:64])
			s.Sub(crypto.S256().Params().N, s)
			copy(a.Signature[32:64], s.FillBytes(make([]byte, 32)))
			a.Signature[64] = 27 + 28 - a.Signature[64]
			return ch, a, Seen{}
		}, AnswerForged},
		{"the provider's other node", func() (Challenge, *Answer, Seen) {
			ch := w.challenge(0, hour0, 5)
			return ch, w.answer(t, ch, w.nodeB, time.Second, snap), Seen{}
		}, AnswerOtherNode},
		{"another provider's node", func() (Challenge, *Answer, Seen) {
			ch := w.challenge(0, hour0, 5)
			return ch, w.answer(t, ch, w.nodeC, time.Second, snap), Seen{}
		}, AnswerOtherNode},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ch, a, seen := c.mk()
			before := len(seen)
			got := CheckAnswer(ch, a, DefaultAnswerDeadline, prov, w.keys, seen)
			if got != c.want {
				t.Fatalf("status %s, want %s", got, c.want)
			}
			if grew := len(seen) - before; (got == AnswerValid) != (grew == 1) {
				t.Fatalf("status %s added %d nonces to seen", got, grew)
			}
		})
	}

	t.Run("v as 0/1", func(t *testing.T) {
		ch := w.challenge(0, hour0, 5)
		a := w.answer(t, ch, w.nodeA, time.Second, snap)
		a.Signature[64] -= 27
		if got := CheckAnswer(ch, a, DefaultAnswerDeadline, prov, w.keys, Seen{}); got != AnswerValid {
			t.Fatalf("status %s, want valid", got)
		}
	})
	t.Run("node key registered to another provider", func(t *testing.T) {
		ch := w.challenge(0, hour0, 5)
		a := w.answer(t, ch, w.nodeA, time.Second, snap)
		keys := Keys{addr(w.nodeA): addr(w.otherProvider)}
		if got := CheckAnswer(ch, a, DefaultAnswerDeadline, prov, keys, Seen{}); got != AnswerOtherNode {
			t.Fatalf("status %s, want other_node", got)
		}
	})
	t.Run("a replay of a valid answer", func(t *testing.T) {
		seen := Seen{}
		ch := w.challenge(0, hour0, 5)
		a := w.answer(t, ch, w.nodeA, time.Second, snap)
		obs := []Observation{{Challenge: ch, Answer: a}, {Challenge: ch, Answer: a}}
		Check(obs, DefaultAnswerDeadline, prov, w.keys, seen)
		if obs[0].Status != AnswerValid || obs[1].Status != AnswerReplayed {
			t.Fatalf("statuses %s, %s; want valid, replayed", obs[0].Status, obs[1].Status)
		}
		// The same signed answer presented to a later challenge.
		ch2 := w.challenge(0, hour0, 25)
		a2 := *a
		a2.ReceivedAt = ch2.SentAt.Add(time.Second)
		if got := CheckAnswer(ch2, &a2, DefaultAnswerDeadline, prov, w.keys, seen); got != AnswerReplayed {
			t.Fatalf("old answer to a new challenge: %s, want replayed", got)
		}
	})
}
