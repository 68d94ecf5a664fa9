package exchange

import (
	"fmt"
	"slices"
)

// CheckInvariants verifies the engine's internal consistency: every level's
// count and quantity match its orders, the occupancy bitmap and best prices
// match the levels, no book is crossed, every held balance equals the holds
// of the open orders behind it, and the indexes agree with the books. It is
// O(state) and meant for tests, fuzzing and snapshot restore.
func (e *Engine) CheckInvariants() error {
	held := make(map[int32]int64)
	live, nonced := 0, 0
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
						if m.closed {
							return fmt.Errorf("market %d is closed and holds order %d", i, o.id)
						}
						if now := max(e.now, e.chainTime); o.tif == GTD && o.expiry <= now {
							return fmt.Errorf("order %d survived its expiry %d at %d", o.id, o.expiry, now)
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
						if x := e.ext(s); x != nil {
							if err := e.checkExt(s, x); err != nil {
								return err
							}
							if x.nonce != 0 {
								nonced++
							}
						}
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
	if nonced != len(e.nonceIdx) {
		return fmt.Errorf("%d live orders with a nonce, %d indexed", nonced, len(e.nonceIdx))
	}
	for s := e.freeHead; s >= 0; s = e.orders[s].next {
		if int(s) < len(e.exts) && (e.exts[s].set || e.exts[s].meta != nil) {
			return fmt.Errorf("free slot %d keeps a nonce or meta", s)
		}
	}
	if len(e.nonceSets) != len(e.accounts) {
		return fmt.Errorf("%d nonce sets for %d accounts", len(e.nonceSets), len(e.accounts))
	}
	for i := range e.nonceSets {
		if !e.nonceSets[i].canonical() {
			return fmt.Errorf("account %d: nonce set not canonical (base %d, %d words)", i, e.nonceSets[i].base, len(e.nonceSets[i].words))
		}
	}
	for s := range e.bals {
		b := &e.bals[s]
		if got, ok := e.balIdx.get(b.key); !ok || got != int32(s) {
			return fmt.Errorf("balance slot %d: key %x indexed at %d", s, b.key, got)
		}
		if b.held != held[int32(s)] {
			return fmt.Errorf("balance slot %d: held %d, open orders hold %d", s, b.held, held[int32(s)])
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
	if err := e.checkLedger(); err != nil {
		return err
	}
	if err := e.checkSpot(); err != nil {
		return err
	}
	tot := e.Totals()
	for a, v := range e.supply {
		if tot[a] != v {
			return fmt.Errorf("asset %d: supply %d, balances sum to %d", a, v, tot[a])
		}
	}
	for a, v := range tot {
		if e.supply[a] != v {
			return fmt.Errorf("asset %d: balances sum to %d, supply %d", a, v, e.supply[a])
		}
	}
	for i, it := range e.exp.items {
		if e.orders[it.slot].heapIdx != int32(i) {
			return fmt.Errorf("expiry heap entry %d: slot %d says %d", i, it.slot, e.orders[it.slot].heapIdx)
		}
	}
	return nil
}

// checkLedger verifies the settlement ledger: the open batches cover a
// prefix of the pending fills, and each pending fill names a fill that
// happened (its market's sequence reached it, increasing per market) between
// accounts that exist. Available balances may be negative: a reverted fill
// takes back what its account may already have spent.
func (e *Engine) checkLedger() error {
	if e.batchBase == 0 {
		return fmt.Errorf("batch base 0")
	}
	sum := 0
	for i, n := range e.batchLen {
		if n == 0 {
			return fmt.Errorf("open batch %d is empty", e.batchBase+uint64(i))
		}
		sum += int(n)
	}
	if sum != e.batched || sum > e.PendingCount() {
		return fmt.Errorf("open batches hold %d fills (counted %d), %d pending", e.batched, sum, e.PendingCount())
	}
	last := make(map[MarketID]uint64)
	for _, f := range e.pending() {
		if int(f.market) >= len(e.markets) || f.seq == 0 || f.seq > e.markets[f.market].seq || f.seq <= last[f.market] {
			return fmt.Errorf("pending fill %d/%d: out of order or beyond its market", f.market, f.seq)
		}
		last[f.market] = f.seq
		okAcct := func(a AccountID) bool { return int(a) < len(e.accounts) }
		if !okAcct(f.taker) || !okAcct(f.maker) || f.side > Sell || f.qty <= 0 || f.qty > e.markets[f.market].spec.MaxQty ||
			f.price <= 0 || f.price > e.markets[f.market].spec.MaxPrice || f.takerFee < 0 || f.makerFee < 0 {
			return fmt.Errorf("pending fill %d/%d: invalid", f.market, f.seq)
		}
	}
	return nil
}

// checkExt verifies the nonce and meta of the live order in slot.
func (e *Engine) checkExt(s int32, x *orderExt) error {
	o := &e.orders[s]
	if x.nonce == 0 && len(x.meta) == 0 {
		return fmt.Errorf("order %d: empty extension", o.id)
	}
	if len(x.meta) > MaxMetaSize {
		return fmt.Errorf("order %d: meta of %d bytes", o.id, len(x.meta))
	}
	if x.nonce != 0 {
		if !e.nonceSets[o.account].used(x.nonce) {
			return fmt.Errorf("order %d: its nonce %d is not used", o.id, x.nonce)
		}
		if got, ok := e.nonceIdx[nonceKey{o.account, x.nonce}]; !ok || got != s {
			return fmt.Errorf("order %d: nonce %d not indexed", o.id, x.nonce)
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

// checkSpot verifies the spot capacities (spot.go): the indexes agree with
// the markets, every capacity is well formed, its pending and booked
// GPU-hours are those of the unresolved spot fills it sold, and every
// balance of a spot market's base asset is its capacity's total.
func (e *Engine) checkSpot() error {
	if h := hourOf(max(e.now, e.chainTime)); e.spotHour != h {
		return fmt.Errorf("spot hour %d, engine time says %d", e.spotHour, h)
	}
	if len(e.dirty) != 0 {
		return fmt.Errorf("%d spot capacities left unsynced", len(e.dirty))
	}
	grades, assets := 0, 0
	for i := range e.markets {
		m := &e.markets[i]
		h, spot := spotHours(&m.spec.Instrument)
		if h != m.spot || (spot && h == 0) {
			return fmt.Errorf("market %d: spot hours %d, instrument says %d", i, m.spot, h)
		}
		if m.spot == 0 {
			continue
		}
		grades++
		assets++
		if m.grade != reservationGrade(m.spec.Instrument) || !slices.Contains(e.spotGrades[m.grade], m.id) || e.spotAssets[m.spec.BaseAsset] != m.id {
			return fmt.Errorf("spot market %d not indexed", i)
		}
	}
	n := 0
	for _, ms := range e.spotGrades {
		n += len(ms)
	}
	if n != grades || len(e.spotAssets) != assets {
		return fmt.Errorf("spot indexes list %d markets and %d assets, %d exist", n, len(e.spotAssets), grades)
	}
	// What the unresolved spot fills hold of each seller's capacity.
	owed := map[capKey]map[MarketID]int64{}
	if !e.cfg.NoSettlement {
		for _, f := range e.pending() {
			m := &e.markets[f.market]
			if m.spot == 0 {
				continue
			}
			seller := f.maker
			if f.side == Sell {
				seller = f.taker
			}
			k := capKey{seller, m.grade}
			if owed[k] == nil {
				owed[k] = map[MarketID]int64{}
			}
			owed[k][f.market] += f.qty * m.spec.LotSize
		}
	}
	totals := map[uint64]int64{}
	for i, c := range e.capList {
		if i > 0 && !capLess(e.capList[i-1], c) {
			return fmt.Errorf("spot capacities out of order at %d", i)
		}
		if e.caps[capKey{c.acct, c.grade}] != c || int(c.acct) >= len(e.accounts) || c.queued {
			return fmt.Errorf("spot capacity of account %d not indexed", c.acct)
		}
		if c.gpus < 0 || c.gpus > MaxLeasedGPUs {
			return fmt.Errorf("account %d: capacity of %d GPUs", c.acct, c.gpus)
		}
		for j, l := range c.leases {
			if l.gpus <= 0 || l.gpus > 1<<40 || l.start < 0 || l.start >= l.end || l.end-l.start > 0xFFFF || l.end <= e.spotHour ||
				(j > 0 && (c.leases[j-1].start > l.start || (c.leases[j-1].start == l.start && c.leases[j-1].end >= l.end))) {
				return fmt.Errorf("account %d: lease %d %+v invalid or out of order", c.acct, j, l)
			}
		}
		ms := e.spotGrades[c.grade]
		if len(c.pos) != len(ms) {
			return fmt.Errorf("account %d: %d spot positions for %d markets", c.acct, len(c.pos), len(ms))
		}
		for j, p := range c.pos {
			h := e.markets[ms[j]].spot
			if p.market != ms[j] || p.pending < 0 || p.booked < 0 || p.pending > maxBalance || p.booked > maxBalance ||
				p.pending%h != 0 || p.booked%h != 0 {
				return fmt.Errorf("account %d: spot position %+v invalid", c.acct, p)
			}
			if !e.cfg.NoSettlement && p.pending+p.booked != owed[capKey{c.acct, c.grade}][p.market] {
				return fmt.Errorf("account %d market %d: pending %d + booked %d, unresolved fills sold %d",
					c.acct, p.market, p.pending, p.booked, owed[capKey{c.acct, c.grade}][p.market])
			}
		}
		for j, p := range c.pos {
			totals[balKey(c.acct, e.markets[p.market].spec.BaseAsset)] = e.capTotal(c, j)
		}
	}
	for s := range e.bals {
		b := &e.bals[s]
		if !e.capacityAsset(AssetID(b.key)) {
			continue
		}
		if want := totals[b.key]; b.avail+b.held != want {
			return fmt.Errorf("account %d: spot capacity balance of asset %d is %d + %d, capacity says %d",
				b.key>>32, AssetID(b.key), b.avail, b.held, want)
		}
		delete(totals, b.key)
	}
	for k, v := range totals {
		if v != 0 {
			return fmt.Errorf("account %d: no balance of asset %d, capacity says %d", k>>32, AssetID(k), v)
		}
	}
	return nil
}
