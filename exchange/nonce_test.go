package exchange

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestNonceSetModel drives a NonceSet and a plain map with the same random
// uses and floors, near word edges and near the top of uint64, and compares
// used, base and canonical form after every step.
func TestNonceSetModel(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for run := range 200 {
		start := uint64(1)
		if run%4 == 3 {
			start = 1<<64 - 3*NonceWindow
		}
		s := NewNonceSet()
		s.raise(start)
		used := map[uint64]bool{}
		floor := start
		base := func() uint64 {
			b := floor
			for used[b] {
				b++
			}
			return b
		}
		for step := range 400 {
			b := base()
			switch x := r.IntN(20); {
			case x == 0:
				f := b - min(b, 100) + uint64(r.IntN(300))
				if r.IntN(8) == 0 {
					f = b + uint64(r.IntN(2*NonceWindow))
				}
				s.raise(f)
				floor = max(floor, f)
			default:
				n := b + uint64(r.IntN(200))
				if r.IntN(10) == 0 {
					n = b + NonceWindow - 1 - uint64(r.IntN(3))
				}
				if n < b || n == 1<<64-1 || used[n] { // wrapped past the top, reserved, or used
					continue
				}
				if s.used(n) || s.tooFar(n) {
					t.Fatalf("run %d step %d: %d refused (base %d)", run, step, n, b)
				}
				s.use(n)
				used[n] = true
			}
			if !s.canonical() {
				t.Fatalf("run %d step %d: not canonical: base %d, %d words", run, step, s.base, len(s.words))
			}
			if s.base != base() {
				t.Fatalf("run %d step %d: base %d, model %d", run, step, s.base, base())
			}
			for range 20 {
				n := s.base + uint64(r.IntN(400)) - 200
				if want := n != 0 && (n < floor || used[n]); s.used(n) != want {
					t.Fatalf("run %d step %d: used(%d) = %v", run, step, n, !want)
				}
			}
			if !s.tooFar(s.base+NonceWindow) || s.tooFar(s.base+NonceWindow-1) && s.base+NonceWindow-1 != 1<<64-1 {
				t.Fatalf("run %d step %d: window edge wrong at base %d", run, step, s.base)
			}
			if len(s.words) > maxNonceWords {
				t.Fatalf("%d words", len(s.words))
			}
		}
	}
	// The top of uint64: the largest nonce is reserved, the one below it
	// can be used and the base stops there.
	s := NewNonceSet()
	s.raise(1<<64 - 2)
	if !s.tooFar(1<<64-1) || s.tooFar(1<<64-2) {
		t.Fatal("top of uint64")
	}
	s.use(1<<64 - 2)
	if s.base != 1<<64-1 || !s.canonical() || !s.used(1<<64-2) {
		t.Fatalf("base %d after using the last nonce", s.base)
	}
}

// nonceEngine is an engine with two accounts, live orders with nonces and
// meta, used nonces and a floor.
func nonceEngine(t *testing.T) *Engine {
	t.Helper()
	e := New(Config{})
	spec := MarketSpec{Instrument: [32]byte{1}, BaseAsset: 1, TickSize: 1, LotSize: 1, MaxPrice: 100, MaxQty: 100}
	seq := uint64(0)
	apply := func(c Command) {
		seq++
		c.Seq = seq
		for _, ev := range e.Apply(&c) {
			if ev.Kind == EvRejected {
				t.Fatalf("command %d rejected %v", seq, ev.Reason)
			}
		}
	}
	apply(Command{Kind: CmdAddMarket, Spec: &spec})
	apply(Command{Kind: CmdOpenAccount, Address: [20]byte{0xAA, 1}})
	apply(Command{Kind: CmdOpenAccount, Address: [20]byte{0xAA, 2}})
	apply(Command{Kind: CmdDeposit, Account: 0, Asset: 0, Amount: 10000})
	apply(Command{Kind: CmdDeposit, Account: 1, Asset: 1, Amount: 10000})
	apply(Command{Kind: CmdPlace, Account: 0, OrderID: 1, Price: 10, Qty: 1, Nonce: 3, Meta: []byte("one")})
	apply(Command{Kind: CmdPlace, Account: 0, OrderID: 2, Price: 11, Qty: 1, Nonce: 1})
	apply(Command{Kind: CmdPlace, Account: 0, OrderID: 3, Price: 12, Qty: 1, Meta: []byte("three")})
	apply(Command{Kind: CmdPlace, Account: 1, OrderID: 4, Side: Sell, Price: 50, Qty: 2, Nonce: 70, Meta: []byte("four")})
	apply(Command{Kind: CmdPlace, Account: 1, OrderID: 5, Side: Sell, Price: 51, Qty: 2, Nonce: 200})
	apply(Command{Kind: CmdCancelNoncesBelow, Account: 1, Nonce: 100})
	return e
}

func TestNonceMetaSnapshot(t *testing.T) {
	e := nonceEngine(t)
	if id, ok := e.OrderByNonce(0, 3); !ok || id != 1 {
		t.Fatalf("OrderByNonce(0, 3) = %d %v", id, ok)
	}
	if _, ok := e.OrderByNonce(1, 70); ok {
		t.Fatal("order 4 survived the floor")
	}
	if !e.NonceUsed(1, 99) || e.NonceUsed(1, 101) || !e.NonceUsed(1, 200) || e.NonceBase(1) != 100 {
		t.Fatalf("account 1 nonces: base %d", e.NonceBase(1))
	}
	snap := e.Snapshot()
	r, err := Restore(Config{}, snap)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(r.Snapshot(), snap) || r.StateHash() != e.StateHash() {
		t.Fatal("restored engine differs")
	}
	for _, id := range []OrderID{1, 2, 3, 5} {
		m1, ok1 := e.OrderMeta(id)
		m2, ok2 := r.OrderMeta(id)
		if !ok1 || !ok2 || !bytes.Equal(m1, m2) {
			t.Fatalf("order %d meta: %q %v / %q %v", id, m1, ok1, m2, ok2)
		}
	}
	if id, ok := r.OrderByNonce(0, 3); !ok || id != 1 {
		t.Fatal("restored OrderByNonce")
	}
	if r.NonceBase(0) != 2 || !r.NonceUsed(0, 3) || r.NonceUsed(0, 2) {
		t.Fatalf("restored nonces: base %d", r.NonceBase(0))
	}

	// Meta and nonces are canonical state: changing either changes the hash.
	for _, c := range []Command{
		{Kind: CmdPlace, Account: 0, OrderID: 9, Price: 1, Qty: 1, Meta: []byte("x")},
		{Kind: CmdPlace, Account: 0, OrderID: 9, Price: 1, Qty: 1, Meta: []byte("y")},
		{Kind: CmdPlace, Account: 0, OrderID: 9, Price: 1, Qty: 1, Nonce: 2},
		{Kind: CmdPlace, Account: 0, OrderID: 9, Price: 1, Qty: 1, Nonce: 4},
		{Kind: CmdPlace, Account: 0, OrderID: 9, Price: 1, Qty: 1},
	} {
		x, _ := Restore(Config{}, snap)
		x.Apply(&c)
		for _, c2 := range []Command{
			{Kind: CmdPlace, Account: 0, OrderID: 9, Price: 1, Qty: 1, Meta: []byte("x")},
			{Kind: CmdPlace, Account: 0, OrderID: 9, Price: 1, Qty: 1, Meta: []byte("y")},
			{Kind: CmdPlace, Account: 0, OrderID: 9, Price: 1, Qty: 1, Nonce: 2},
			{Kind: CmdPlace, Account: 0, OrderID: 9, Price: 1, Qty: 1, Nonce: 4},
			{Kind: CmdPlace, Account: 0, OrderID: 9, Price: 1, Qty: 1},
		} {
			y, _ := Restore(Config{}, snap)
			y.Apply(&c2)
			same := c.Nonce == c2.Nonce && bytes.Equal(c.Meta, c2.Meta)
			if (x.StateHash() == y.StateHash()) != same {
				t.Fatalf("nonce %d meta %q vs nonce %d meta %q: hashes equal %v", c.Nonce, c.Meta, c2.Nonce, c2.Meta, !same)
			}
		}
	}

	// The meta OrderMeta returned stays intact after the order dies and its
	// slot is reused.
	m, _ := e.OrderMeta(1)
	e.Apply(&Command{Kind: CmdCancel, Account: 0, OrderID: 1})
	e.Apply(&Command{Kind: CmdPlace, Account: 0, OrderID: 1, Price: 10, Qty: 1, Meta: []byte("new")})
	if string(m) != "one" {
		t.Fatalf("returned meta changed to %q", m)
	}
}

// TestRestoreRejectsBadNonceState corrupts the nonce and meta parts of a
// snapshot.
func TestRestoreRejectsBadNonceState(t *testing.T) {
	e := nonceEngine(t)
	snap := e.Snapshot()
	// The first account's nonce base follows the accounts count and its
	// address.
	off := bytes.Index(snap, append([]byte{0xAA, 1}, make([]byte, 18)...)) + 20
	if off < 20 || binary.LittleEndian.Uint64(snap[off:]) != 2 {
		t.Fatal("cannot find account 0's nonce base")
	}
	for name, mutate := range map[string]func(b []byte){
		"base 0":          func(b []byte) { binary.LittleEndian.PutUint64(b[off:], 0) },
		"base over a use": func(b []byte) { binary.LittleEndian.PutUint64(b[off:], 3) },
		"words count":     func(b []byte) { binary.LittleEndian.PutUint32(b[off+8:], 5000) },
		"bit below base":  func(b []byte) { b[off+12] |= 1 },
	} {
		b := bytes.Clone(snap)
		mutate(b)
		if _, err := Restore(Config{}, b); !errors.Is(err, ErrSnapshot) {
			t.Errorf("%s: err %v", name, err)
		}
	}
}

// TestRestoreV1 reads version 05, 04, 03, 02 and 01 snapshots (no spot
// capacities; no close lead,
// closed flag or chain time; no signed orders of pending fills; no ledger;
// no nonces, no meta), written here by stripping the later additions from
// an engine that uses none.
func TestRestoreV1(t *testing.T) {
	e := New(Config{})
	spec := MarketSpec{Instrument: [32]byte{1}, BaseAsset: 1, TickSize: 1, LotSize: 1, MaxPrice: 100, MaxQty: 100}
	for i, c := range []Command{
		{Kind: CmdAddMarket, Spec: &spec},
		{Kind: CmdOpenAccount, Address: [20]byte{0xAA, 1}},
		{Kind: CmdDeposit, Asset: 0, Amount: 1000},
		{Kind: CmdPlace, OrderID: 7, Price: 10, Qty: 2},
	} {
		c.Seq = uint64(i + 1)
		e.Apply(&c)
	}
	v6 := e.Snapshot()
	// v6 = v5 with 0 u32 (no spot capacities) before the chain position
	// and time.
	v5 := append(bytes.Clone(v6[:len(v6)-20]), v6[len(v6)-16:]...)
	copy(v5, snapshotMagicV5)
	if r, err := Restore(Config{}, v5); err != nil || !bytes.Equal(r.Snapshot(), v6) {
		t.Fatalf("a version 05 snapshot restores to a different state (%v)", err)
	}
	// v5 = v4 with, after the market's nine spec fields, its close lead
	// u64 and closed u8, and after the chain position the chain time u64.
	specEnd := len(snapshotMagic) + 4*8 + 4 + 32 + 4 + len(spec.Symbol) + 8 + 9*8
	v4 := append(bytes.Clone(v5[:specEnd]), v5[specEnd+9:len(v5)-8]...)
	copy(v4, snapshotMagicV4)
	if r, err := Restore(Config{}, v4); err != nil || !bytes.Equal(r.Snapshot(), v6) {
		t.Fatalf("a version 04 snapshot restores to a different state (%v)", err)
	}
	// v4 = v3 | 0 u32 (no signed orders of pending fills) | chain position u64.
	v3 := append(bytes.Clone(v4[:len(v4)-12]), v4[len(v4)-8:]...)
	copy(v3, snapshotMagicV3)
	if r, err := Restore(Config{}, v3); err != nil || !bytes.Equal(r.Snapshot(), v6) {
		t.Fatalf("a version 03 snapshot restores to a different state (%v)", err)
	}
	// v3 = v2 | batch base u64 | 0 u32 | 0 u32 | chain position u64.
	v2 := bytes.Clone(v3[:len(v3)-24])
	copy(v2, snapshotMagicV2)
	if r, err := Restore(Config{}, v2); err != nil || !bytes.Equal(r.Snapshot(), v6) {
		t.Fatalf("a version 02 snapshot restores to a different state (%v)", err)
	}
	// v2 = magic | header | market | count | address | base u64 | 0 u32 |
	// balances | order count | order (64 bytes) | nonce u64 | 0 u32.
	v1 := bytes.Clone(v2[:len(v2)-12])
	copy(v1, snapshotMagicV1)
	a := bytes.Index(v1, append([]byte{0xAA, 1}, make([]byte, 18)...)) + 20
	v1 = append(v1[:a:a], v1[a+12:]...)
	r, err := Restore(Config{}, v1)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(r.Snapshot(), v6) {
		t.Fatal("a version 01 snapshot restores to a different state")
	}
}

// TestNonceMirrorFromEvents: a NonceSet kept from the events alone (Use on
// an accepted order's nonce, Raise on EvNoncesCanceled), as the market-data
// publisher keeps one per account, equals the engine's after every command
// of a random run with duplicates, nonces beyond the window, rejected
// orders (their nonce stays free) and cancellations below a floor.
func TestNonceMirrorFromEvents(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 13))
	e := New(Config{})
	spec := MarketSpec{Instrument: [32]byte{1}, BaseAsset: 1, TickSize: 1, LotSize: 1, MaxPrice: 100, MaxQty: 100}
	seq := uint64(0)
	apply := func(c Command) []Event {
		seq++
		c.Seq = seq
		return e.Apply(&c)
	}
	apply(Command{Kind: CmdAddMarket, Spec: &spec})
	apply(Command{Kind: CmdOpenAccount, Address: [20]byte{0xAA, 1}})
	apply(Command{Kind: CmdDeposit, Account: 0, Asset: 0, Amount: 1 << 40})
	mirror := e.Nonces(0)
	rejected := 0
	for step := range 3000 {
		var evs []Event
		base := mirror.Base()
		switch k := r.IntN(100); {
		case k < 3:
			evs = apply(Command{Kind: CmdCancelNoncesBelow, Account: 0, Nonce: base + uint64(r.IntN(300))})
		default:
			n := base + uint64(r.IntN(200))
			if k < 10 {
				n = base + NonceWindow + uint64(r.IntN(10)) - 5
			}
			price := int64(1 + r.IntN(50))
			if k < 20 {
				price = 1000 // beyond MaxPrice: rejected, the nonce stays free
			}
			evs = apply(Command{Kind: CmdPlace, Account: 0, OrderID: OrderID(seq + 1), Price: price, Qty: 1,
				TIF: IOC, Nonce: n})
		}
		for _, ev := range evs {
			switch ev.Kind {
			case EvAccepted:
				mirror.Use(ev.Nonce)
			case EvNoncesCanceled:
				mirror.Raise(ev.Nonce)
			case EvRejected:
				rejected++
			}
		}
		got, want := mirror, e.Nonces(0)
		if got.Base() != want.Base() || !slices.Equal(got.words, want.words) {
			t.Fatalf("step %d: mirror base %d words %d, engine base %d words %d", step, got.Base(), len(got.words),
				want.Base(), len(want.words))
		}
	}
	if rejected == 0 || mirror.Base() < 1000 {
		t.Fatalf("a weak run: %d rejections, base %d", rejected, mirror.Base())
	}
}
