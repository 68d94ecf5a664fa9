package exchange

import "fmt"

// CheckInvariants verifies the engine's internal consistency: every level's
// count and quantity match its orders, the occupancy bitmap and best prices
// match the levels, no book is crossed, every held balance equals the holds
// of the open orders behind it, and the indexes agree with the books. It is
// O(state) and meant for tests, fuzzing and snapshot restore.
func (e *Engine) CheckInvariants() error {
	held := make(map[int32]int64)
	live := 0
	open := make([]int32, len(e.accounts))
	for i := range e.markets {
		m := &e.markets[i]
		for _, ld := range []*ladder{&m.bids, &m.asks} {
			n := 0
			for pi, page := range ld.pages {
				for j := range page {
					lv := &page[j]
					p := int64(pi)<<pageBits | int64(j)
					isSet := ld.occ.next(p) == p
					if (lv.head >= 0) != isSet || (lv.head >= 0) != (lv.count > 0) {
						return fmt.Errorf("market %d %v price %d: occupancy bit %v, head %d, count %d", i, ld.side(), p, isSet, lv.head, lv.count)
					}
					if lv.head < 0 {
						if lv.qty != 0 {
							return fmt.Errorf("market %d price %d: empty level with qty %d", i, p, lv.qty)
						}
						continue
					}
					n++
					var q int64
					var c int32
					prev := int32(-1)
					for s := lv.head; s >= 0; s = e.orders[s].next {
						o := &e.orders[s]
						if o.prev != prev || o.price != p || o.side != ld.side() || o.market != m.id || o.qty <= 0 {
							return fmt.Errorf("market %d price %d: order %d misplaced", i, p, o.id)
						}
						if got, ok := e.ids.get(uint64(o.id)); !ok || got != s {
							return fmt.Errorf("order %d: not indexed", o.id)
						}
						q += o.qty
						c++
						prev = s
						held[o.hold] += e.holdOf(m, o)
						open[o.account]++
						live++
					}
					if lv.tail != prev || q != lv.qty || c != lv.count {
						return fmt.Errorf("market %d price %d: level qty %d count %d tail %d, orders qty %d count %d", i, p, lv.qty, lv.count, lv.tail, q, c)
					}
				}
			}
			if n != ld.n {
				return fmt.Errorf("market %d %v: %d levels, counted %d", i, ld.side(), ld.n, n)
			}
			want := ld.nextFrom(map[bool]int64{true: m.spec.MaxPrice, false: 1}[ld.buy])
			if want != ld.best {
				return fmt.Errorf("market %d %v: best %d, bitmap says %d", i, ld.side(), ld.best, want)
			}
		}
		if m.bids.best != 0 && m.asks.best != 0 && m.bids.best >= m.asks.best {
			return fmt.Errorf("market %d crossed: bid %d ask %d", i, m.bids.best, m.asks.best)
		}
	}
	if live != e.ids.n {
		return fmt.Errorf("%d orders in books, %d indexed", live, e.ids.n)
	}
	for s := range e.bals {
		b := &e.bals[s]
		if b.held != held[int32(s)] {
			return fmt.Errorf("balance slot %d: held %d, open orders hold %d", s, b.held, held[int32(s)])
		}
		if b.avail < 0 {
			return fmt.Errorf("balance slot %d: negative available %d", s, b.avail)
		}
	}
	for i := range e.accounts {
		if e.accounts[i].open != open[i] {
			return fmt.Errorf("account %d: open %d, counted %d", i, e.accounts[i].open, open[i])
		}
		n := int32(0)
		for s := e.accounts[i].head; s >= 0; s = e.orders[s].accNext {
			n++
		}
		if n != open[i] {
			return fmt.Errorf("account %d: list has %d orders, books %d", i, n, open[i])
		}
	}
	for i, it := range e.exp.items {
		if e.orders[it.slot].heapIdx != int32(i) {
			return fmt.Errorf("expiry heap entry %d: slot %d says %d", i, it.slot, e.orders[it.slot].heapIdx)
		}
	}
	return nil
}

// Totals returns, per asset, the sum of every balance (available and held,
// fees included). Deposits minus withdrawals must equal it: matching only
// moves quantity between accounts.
func (e *Engine) Totals() map[AssetID]int64 {
	t := make(map[AssetID]int64)
	for _, bk := range e.balIdx.buckets {
		if bk.val != 0 {
			b := e.bals[bk.val-1]
			t[AssetID(bk.key)] += b.avail + b.held
		}
	}
	return t
}
