package exchange

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"sort"
)

// snapshotMagic opens every snapshot; the trailing digits are the format
// version. Version 02 added each account's used nonces and each order's
// nonce and meta; version 03 the settlement ledger and the chain position
// at the end; version 04 the signed orders of the pending fills; version 05
// each market's close lead and closed flag, and the chain time after the
// chain position; version 06 the spot capacities before the chain
// position. Restore still reads versions 01 (no nonces, no meta), 02, 03,
// 04 and 05.
const (
	snapshotMagic   = "HGSNAP06"
	snapshotMagicV5 = "HGSNAP05"
	snapshotMagicV4 = "HGSNAP04"
	snapshotMagicV3 = "HGSNAP03"
	snapshotMagicV2 = "HGSNAP02"
	snapshotMagicV1 = "HGSNAP01"
)

// pendingSize is the encoded size of one pending fill.
const pendingSize = 4 + 8 + 4 + 4 + 8 + 8 + 1 + 4*8

// ErrSnapshot is wrapped by every error of Restore.
var ErrSnapshot = errors.New("exchange: bad snapshot")

// LastSeq returns the Seq of the last command applied.
func (e *Engine) LastSeq() uint64 { return e.cmdSeq }

// Snapshot encodes the engine's canonical state: everything that decides
// its future behaviour and nothing that does not (slab indexes, table
// layouts, zero balances). Two engines that applied the same commands
// produce the same bytes, so the state hash is the SHA-256 of it.
func (e *Engine) Snapshot() []byte {
	w := make([]byte, 0, 64+len(e.bals)*24+e.ids.n*80)
	w = append(w, snapshotMagic...)
	w = binary.LittleEndian.AppendUint64(w, uint64(e.now))
	w = binary.LittleEndian.AppendUint64(w, e.cmdSeq)
	w = binary.LittleEndian.AppendUint64(w, e.ledgerSeq)
	w = binary.LittleEndian.AppendUint64(w, e.serial)

	w = binary.LittleEndian.AppendUint32(w, uint32(len(e.markets)))
	for i := range e.markets {
		m := &e.markets[i]
		s := &m.spec
		w = append(w, s.Instrument[:]...)
		w = binary.LittleEndian.AppendUint32(w, uint32(len(s.Symbol)))
		w = append(w, s.Symbol...)
		w = binary.LittleEndian.AppendUint32(w, uint32(s.BaseAsset))
		w = binary.LittleEndian.AppendUint32(w, uint32(s.QuoteAsset))
		for _, v := range [...]int64{s.TickSize, s.LotSize, s.MinNotional, s.MaxPrice, s.MaxQty, s.RefPrice, s.BandBps, s.MakerFeeBps, s.TakerFeeBps, s.CloseLead} {
			w = binary.LittleEndian.AppendUint64(w, uint64(v))
		}
		closed := byte(0)
		if m.closed {
			closed = 1
		}
		w = append(w, closed)
		w = binary.LittleEndian.AppendUint64(w, m.seq)
	}

	w = binary.LittleEndian.AppendUint32(w, uint32(len(e.accounts)))
	for i := range e.accounts {
		w = append(w, e.accounts[i].address[:]...)
		ns := &e.nonceSets[i]
		w = binary.LittleEndian.AppendUint64(w, ns.base)
		w = binary.LittleEndian.AppendUint32(w, uint32(len(ns.words)))
		for _, x := range ns.words {
			w = binary.LittleEndian.AppendUint64(w, x)
		}
	}

	type kb struct {
		key uint64
		b   balance
	}
	var bs []kb
	for _, bk := range e.balIdx.buckets {
		if bk.val == 0 {
			continue
		}
		if b := e.bals[bk.val-1]; b.avail != 0 || b.held != 0 {
			bs = append(bs, kb{bk.key, b})
		}
	}
	sort.Slice(bs, func(i, j int) bool { return bs[i].key < bs[j].key })
	w = binary.LittleEndian.AppendUint32(w, uint32(len(bs)))
	for _, x := range bs {
		w = binary.LittleEndian.AppendUint64(w, x.key)
		w = binary.LittleEndian.AppendUint64(w, uint64(x.b.avail))
		w = binary.LittleEndian.AppendUint64(w, uint64(x.b.held))
	}

	w = binary.LittleEndian.AppendUint32(w, uint32(e.ids.n))
	for i := range e.markets {
		m := &e.markets[i]
		for _, ld := range []*ladder{&m.bids, &m.asks} {
			for p := ld.best; p != 0; {
				lv := ld.at(p)
				for s := lv.head; s >= 0; s = e.orders[s].next {
					w = appendOrder(w, &e.orders[s])
					var nonce uint64
					var meta []byte
					if x := e.ext(s); x != nil {
						nonce, meta = x.nonce, x.meta
					}
					w = binary.LittleEndian.AppendUint64(w, nonce)
					w = binary.LittleEndian.AppendUint32(w, uint32(len(meta)))
					w = append(w, meta...)
				}
				if ld.buy {
					p = ld.nextFrom(p - 1)
				} else {
					p = ld.nextFrom(p + 1)
				}
			}
		}
	}

	// The settlement ledger, then the chain position last.
	w = binary.LittleEndian.AppendUint64(w, e.batchBase)
	w = binary.LittleEndian.AppendUint32(w, uint32(len(e.batchLen)))
	for _, n := range e.batchLen {
		w = binary.LittleEndian.AppendUint32(w, n)
	}
	p := e.pending()
	w = binary.LittleEndian.AppendUint32(w, uint32(len(p)))
	for i := range p {
		f := &p[i]
		w = binary.LittleEndian.AppendUint32(w, uint32(f.market))
		w = binary.LittleEndian.AppendUint64(w, f.seq)
		w = binary.LittleEndian.AppendUint32(w, uint32(f.taker))
		w = binary.LittleEndian.AppendUint32(w, uint32(f.maker))
		w = binary.LittleEndian.AppendUint64(w, uint64(f.takerOrder))
		w = binary.LittleEndian.AppendUint64(w, uint64(f.makerOrder))
		w = append(w, byte(f.side))
		for _, v := range [...]int64{f.price, f.qty, f.takerFee, f.makerFee} {
			w = binary.LittleEndian.AppendUint64(w, uint64(v))
		}
	}
	// The signed orders behind the pending fills: each distinct one once,
	// in the order the fills first name them, then per fill the taker's and
	// the maker's index in that list (0 = none).
	var metas [][]byte
	index := map[string]uint32{}
	ref := func(m []byte) uint32 {
		if len(m) == 0 {
			return 0
		}
		i, ok := index[string(m)]
		if !ok {
			metas = append(metas, m)
			i = uint32(len(metas))
			index[string(m)] = i
		}
		return i
	}
	refs := make([]uint32, 0, 2*len(p))
	for i := range p {
		refs = append(refs, ref(p[i].takerMeta), ref(p[i].makerMeta))
	}
	w = binary.LittleEndian.AppendUint32(w, uint32(len(metas)))
	for _, m := range metas {
		w = binary.LittleEndian.AppendUint32(w, uint32(len(m)))
		w = append(w, m...)
	}
	for _, r := range refs {
		w = binary.LittleEndian.AppendUint32(w, r)
	}
	// The spot capacities, then the chain position and time last.
	w = e.appendSpot(w)
	w = binary.LittleEndian.AppendUint64(w, e.chainPos)
	return binary.LittleEndian.AppendUint64(w, uint64(e.chainTime))
}

// appendSpot encodes the spot capacities that say something (capacity,
// leases, pending or booked GPU-hours), in (account, grade) order: account
// u32 | grade [32] | gpus i64 | leases u32 | (start, end, gpus i64)... |
// positions u32 | (market u32 | pending, booked i64)...
func (e *Engine) appendSpot(w []byte) []byte {
	le := binary.LittleEndian
	n := 0
	for _, c := range e.capList {
		if !c.empty() {
			n++
		}
	}
	w = le.AppendUint32(w, uint32(n))
	for _, c := range e.capList {
		if c.empty() {
			continue
		}
		w = le.AppendUint32(w, uint32(c.acct))
		w = append(w, c.grade[:]...)
		w = le.AppendUint64(w, uint64(c.gpus))
		w = le.AppendUint32(w, uint32(len(c.leases)))
		for _, l := range c.leases {
			w = le.AppendUint64(w, uint64(l.start))
			w = le.AppendUint64(w, uint64(l.end))
			w = le.AppendUint64(w, uint64(l.gpus))
		}
		w = le.AppendUint32(w, uint32(len(c.pos)))
		for _, p := range c.pos {
			w = le.AppendUint32(w, uint32(p.market))
			w = le.AppendUint64(w, uint64(p.pending))
			w = le.AppendUint64(w, uint64(p.booked))
		}
	}
	return w
}

// readSpot decodes appendSpot's encoding into e, whose markets and
// accounts are restored.
func (e *Engine) readSpot(r *snapReader) error {
	n := r.count(4 + 32 + 8 + 4 + 4)
	var last *capacity
	for i := 0; i < n && r.err == nil; i++ {
		c := &capacity{acct: AccountID(r.u32())}
		copy(c.grade[:], r.take(32))
		c.gpus = r.i64()
		nl := r.count(24)
		for j := 0; j < nl && r.err == nil; j++ {
			c.leases = append(c.leases, lease{r.i64(), r.i64(), r.i64()})
		}
		np := r.count(20)
		for j := 0; j < np && r.err == nil; j++ {
			c.pos = append(c.pos, spotPos{MarketID(r.u32()), r.i64(), r.i64()})
		}
		if r.err != nil {
			break
		}
		switch {
		case int(c.acct) >= len(e.accounts):
			return fmt.Errorf("%w: spot capacity of unknown account %d", ErrSnapshot, c.acct)
		case last != nil && !capLess(last, c):
			return fmt.Errorf("%w: spot capacities out of order", ErrSnapshot)
		case c.grade != reservationGrade(c.grade) || c.empty():
			return fmt.Errorf("%w: spot capacity of account %d invalid", ErrSnapshot, c.acct)
		}
		e.caps[capKey{c.acct, c.grade}] = c
		e.capList = append(e.capList, c)
		last = c
	}
	return r.err
}

// empty reports whether c says nothing: no capacity, no leases, nothing
// pending or booked.
func (c *capacity) empty() bool {
	if c.gpus != 0 || len(c.leases) != 0 {
		return false
	}
	for _, p := range c.pos {
		if p.pending != 0 || p.booked != 0 {
			return false
		}
	}
	return true
}

func appendOrder(w []byte, o *order) []byte {
	w = binary.LittleEndian.AppendUint64(w, uint64(o.id))
	w = binary.LittleEndian.AppendUint64(w, o.serial)
	w = binary.LittleEndian.AppendUint64(w, uint64(o.price))
	w = binary.LittleEndian.AppendUint64(w, uint64(o.qty))
	w = binary.LittleEndian.AppendUint64(w, uint64(o.expiry))
	w = binary.LittleEndian.AppendUint64(w, uint64(o.feeBps))
	w = binary.LittleEndian.AppendUint32(w, uint32(o.account))
	w = binary.LittleEndian.AppendUint32(w, uint32(o.market))
	post := byte(0)
	if o.post {
		post = 1
	}
	return append(w, byte(o.side), byte(o.tif), byte(o.stp), post)
}

// StateHash is the SHA-256 of Snapshot.
func (e *Engine) StateHash() [32]byte { return sha256.Sum256(e.Snapshot()) }

// snapReader decodes a snapshot, remembering the first error.
type snapReader struct {
	b   []byte
	err error
}

func (r *snapReader) take(n int) []byte {
	if r.err != nil || n < 0 || len(r.b) < n {
		if r.err == nil {
			r.err = fmt.Errorf("%w: truncated", ErrSnapshot)
		}
		return make([]byte, max(n, 0))
	}
	v := r.b[:n]
	r.b = r.b[n:]
	return v
}
func (r *snapReader) u64() uint64 { return binary.LittleEndian.Uint64(r.take(8)) }
func (r *snapReader) i64() int64  { return int64(r.u64()) }
func (r *snapReader) u32() uint32 { return binary.LittleEndian.Uint32(r.take(4)) }
func (r *snapReader) count(min int) int {
	n := int(r.u32())
	if r.err == nil && n*min > len(r.b) {
		r.err = fmt.Errorf("%w: count %d exceeds data", ErrSnapshot, n)
		return 0
	}
	return n
}

// Restore builds an engine from a Snapshot. The result's Snapshot equals
// data byte for byte.
func Restore(cfg Config, data []byte) (*Engine, error) {
	r := &snapReader{b: data}
	v1, v2, v3, v4, v5 := false, false, false, false, false
	switch string(r.take(len(snapshotMagic))) {
	case snapshotMagic:
	case snapshotMagicV5:
		v5 = true
	case snapshotMagicV4:
		v4, v5 = true, true
	case snapshotMagicV3:
		v3, v4, v5 = true, true, true
	case snapshotMagicV2:
		v2, v4, v5 = true, true, true
	case snapshotMagicV1:
		v1, v4, v5 = true, true, true
	default:
		return nil, fmt.Errorf("%w: magic", ErrSnapshot)
	}
	e := New(cfg)
	e.now = r.i64()
	e.cmdSeq = r.u64()
	e.ledgerSeq = r.u64()
	e.serial = r.u64()

	nm := r.count(32 + 4 + 8 + 9*8 + 8)
	for i := 0; i < nm && r.err == nil; i++ {
		var s MarketSpec
		copy(s.Instrument[:], r.take(32))
		s.Symbol = string(r.take(r.count(1)))
		s.BaseAsset = AssetID(r.u32())
		s.QuoteAsset = AssetID(r.u32())
		for _, p := range []*int64{&s.TickSize, &s.LotSize, &s.MinNotional, &s.MaxPrice, &s.MaxQty, &s.RefPrice, &s.BandBps, &s.MakerFeeBps, &s.TakerFeeBps} {
			*p = r.i64()
		}
		closed := false
		if !v4 {
			s.CloseLead = r.i64()
			if c := r.take(1)[0]; c > 1 {
				r.err = fmt.Errorf("%w: market %d closed flag %d", ErrSnapshot, i, c)
			} else {
				closed = c == 1
			}
		}
		seq := r.u64()
		if r.err != nil {
			break
		}
		before := len(e.markets)
		e.addMarket(&Command{Kind: CmdAddMarket, Spec: &s})
		if len(e.markets) == before {
			return nil, fmt.Errorf("%w: market %d spec invalid", ErrSnapshot, i)
		}
		e.markets[before].seq = seq
		e.markets[before].closed = closed
	}

	acctSize, orderSize := 20+8+4, 60+8+4
	if v1 {
		acctSize, orderSize = 20, 60
	}
	na := r.count(acctSize)
	for i := 0; i < na && r.err == nil; i++ {
		var a [20]byte
		copy(a[:], r.take(20))
		if _, dup := e.addresses[a]; dup {
			return nil, fmt.Errorf("%w: duplicate account", ErrSnapshot)
		}
		ns := NewNonceSet()
		if !v1 {
			ns.base = r.u64()
			nw := r.count(8)
			if nw > maxNonceWords {
				return nil, fmt.Errorf("%w: account %d: %d nonce words", ErrSnapshot, i, nw)
			}
			for j := 0; j < nw && r.err == nil; j++ {
				ns.words = append(ns.words, r.u64())
			}
			if r.err == nil && !ns.canonical() {
				return nil, fmt.Errorf("%w: account %d: nonce set not canonical", ErrSnapshot, i)
			}
		}
		e.addresses[a] = AccountID(len(e.accounts))
		e.accounts = append(e.accounts, account{address: a, head: -1, tail: -1})
		e.nonceSets = append(e.nonceSets, ns)
	}

	nb := r.count(24)
	for i := 0; i < nb && r.err == nil; i++ {
		k := r.u64()
		s := e.balance(AccountID(k>>32), AssetID(k))
		e.bals[s].avail, e.bals[s].held = r.i64(), r.i64()
		e.supply[AssetID(k)] += e.bals[s].avail + e.bals[s].held
	}

	no := r.count(orderSize)
	slots := make([]int32, 0, no)
	for i := 0; i < no && r.err == nil; i++ {
		o := order{
			id: OrderID(r.u64()), serial: r.u64(), price: r.i64(), qty: r.i64(),
			expiry: r.i64(), feeBps: r.i64(),
			account: AccountID(r.u32()), market: MarketID(r.u32()),
			next: -1, prev: -1, accNext: -1, accPrev: -1, heapIdx: -1,
		}
		t := r.take(4)
		o.side, o.tif, o.stp, o.post = Side(t[0]), TimeInForce(t[1]), STPMode(t[2]), t[3] == 1
		var nonce uint64
		var meta []byte
		if !v1 {
			nonce = r.u64()
			meta = r.take(r.count(1))
		}
		if r.err != nil {
			break
		}
		if len(meta) > MaxMetaSize {
			return nil, fmt.Errorf("%w: order %d: meta of %d bytes", ErrSnapshot, o.id, len(meta))
		}
		if int(o.market) >= len(e.markets) || int(o.account) >= len(e.accounts) || o.side > Sell ||
			o.qty <= 0 || o.price <= 0 || o.price > e.markets[o.market].spec.MaxPrice {
			return nil, fmt.Errorf("%w: order %d invalid", ErrSnapshot, o.id)
		}
		if _, dup := e.ids.get(uint64(o.id)); dup {
			return nil, fmt.Errorf("%w: duplicate order %d", ErrSnapshot, o.id)
		}
		m := &e.markets[o.market]
		ha, ra := m.spec.QuoteAsset, m.spec.BaseAsset
		if o.side == Sell {
			ha, ra = ra, ha
		}
		o.hold = e.balance(o.account, ha)
		o.recv = e.balance(o.account, ra)
		s := e.alloc()
		e.orders[s] = o
		if nonce != 0 || len(meta) > 0 {
			if nonce != 0 {
				if !e.nonceSets[o.account].used(nonce) {
					return nil, fmt.Errorf("%w: order %d: nonce %d not used", ErrSnapshot, o.id, nonce)
				}
				if _, dup := e.nonceIdx[nonceKey{o.account, nonce}]; dup {
					return nil, fmt.Errorf("%w: order %d: duplicate nonce %d", ErrSnapshot, o.id, nonce)
				}
			}
			e.attach(s, nonce, meta)
		}
		slots = append(slots, s)
	}
	if !v1 && !v2 && r.err == nil {
		e.batchBase = r.u64()
		nb := r.count(4)
		for i := 0; i < nb && r.err == nil; i++ {
			n := r.u32()
			e.batchLen = append(e.batchLen, n)
			e.batched += int(n)
		}
		np := r.count(pendingSize)
		e.pend = make([]pendingFill, 0, np)
		for i := 0; i < np && r.err == nil; i++ {
			f := pendingFill{market: MarketID(r.u32()), seq: r.u64(), taker: AccountID(r.u32()), maker: AccountID(r.u32()),
				takerOrder: OrderID(r.u64()), makerOrder: OrderID(r.u64())}
			f.side = Side(r.take(1)[0])
			f.price, f.qty, f.takerFee, f.makerFee = r.i64(), r.i64(), r.i64(), r.i64()
			e.pend = append(e.pend, f)
		}
		if !v3 {
			nm := r.count(5)
			metas := make([][]byte, nm)
			for i := range metas {
				n := r.count(1)
				if r.err == nil && (n == 0 || n > MaxMetaSize) {
					r.err = fmt.Errorf("%w: pending fills' signed order %d has %d bytes", ErrSnapshot, i, n)
				}
				metas[i] = slices.Clone(r.take(n))
			}
			meta := func() []byte {
				i := r.u32()
				if i == 0 || r.err != nil {
					return nil
				}
				if int(i) > len(metas) {
					r.err = fmt.Errorf("%w: pending fill names signed order %d of %d", ErrSnapshot, i, len(metas))
					return nil
				}
				return metas[i-1]
			}
			for i := range e.pend {
				f := &e.pend[i]
				f.takerMeta = meta()
				f.makerMeta = meta()
			}
		}
		if !v5 && r.err == nil {
			if err := e.readSpot(r); err != nil {
				return nil, err
			}
		}
		e.chainPos = r.u64()
		if !v4 {
			e.chainTime = r.i64()
		}
		if r.err == nil && cfg.NoSettlement && len(e.pend) > 0 {
			return nil, fmt.Errorf("%w: %d pending fills under NoSettlement", ErrSnapshot, len(e.pend))
		}
	}
	if r.err != nil {
		return nil, r.err
	}
	if len(r.b) != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrSnapshot, len(r.b))
	}
	// Re-enter orders in book order (levels keep FIFO), then rebuild each
	// account's list in entry order.
	for _, s := range slots {
		e.insert(&e.markets[e.orders[s].market], s)
	}
	for i := range e.accounts {
		e.accounts[i] = account{address: e.accounts[i].address, head: -1, tail: -1}
	}
	slices.SortFunc(slots, func(a, b int32) int {
		return cmpU64(e.orders[a].serial, e.orders[b].serial)
	})
	for _, s := range slots {
		o := &e.orders[s]
		a := &e.accounts[o.account]
		o.accPrev, o.accNext = a.tail, -1
		if a.tail >= 0 {
			e.orders[a.tail].accNext = s
		} else {
			a.head = s
		}
		a.tail = s
		a.open++
	}
	// The time for expiry and the next market close follow from the state
	// and the Config.
	e.dead = addSat(max(e.now, e.chainTime), cfg.SettlementHorizon)
	e.spotHour = hourOf(max(e.now, e.chainTime))
	e.nextClose = noClose
	for i := range e.markets {
		if m := &e.markets[i]; !m.closed {
			e.nextClose = min(e.nextClose, m.closeAt)
		}
	}
	if err := e.CheckInvariants(); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrSnapshot, err)
	}
	return e, nil
}

func cmpU64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
