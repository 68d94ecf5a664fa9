package exchange

import "encoding/binary"

// Spot capacity (docs/engine.md, "Spot capacity"). A spot market's base
// asset is not a token: it is the seller's spot capacity in GPU-hours, which
// only the chain (the ProviderVault's capacity and leases) and time change.
// For each account and spot market of a reservation grade, with lease
// length h, the balance's total (available + held) is
//
//	(free GPUs over [nowHour, nowHour+h) - pending GPUs of the grade) * h
//
// where the free GPUs are the account's capacity of the grade (at most
// MaxLeasedGPUs, as the vault counts it) less the most GPUs leased in any
// hour of the window, and the pending GPUs are those of the account's
// matched spot sells of every spot market of the grade that no settlement
// result has resolved yet. A resting spot sell holds capacity as a token
// sell holds tokens; a fill moves the seller's held capacity into pending;
// the settlement result releases it (the lease, booked by the vault's
// LeaseAssigned command that precedes the result in log order, now counts
// it) or, reverted, gives it back. When the total falls below what resting
// sells hold, they are cancelled (CAPACITY_GONE), newest first, until the
// available balance is not negative.

// MaxLeasedGPUs is the most GPUs of a grade the ProviderVault leases out of
// one provider in any hour (its MAX_LEASED_GPUS): capacity above it counts
// as this much.
const MaxLeasedGPUs = 0xFFFF

// MaxSpotHours is the longest lease a spot market sells (the instrument
// layout's bound, exchange/instrument.MaxSpotHours).
const MaxSpotHours = 168

// hourNs is one hour in unix nanoseconds.
const hourNs = 3600 * 1_000_000_000

// capKey names the capacity of an account in a reservation grade.
type capKey struct {
	acct  AccountID
	grade [32]byte
}

// capacity is an account's spot capacity of one reservation grade.
type capacity struct {
	acct  AccountID
	grade [32]byte
	// gpus is the capacity the vault's last NodeApproved or NodeRetired
	// gave, at most MaxLeasedGPUs.
	gpus int64
	// leases are the GPUs leased out of it, sorted by (start, end), one
	// entry per span, each ending after the engine's hour.
	leases []lease
	// pos has one entry per spot market of the grade, in market order.
	pos []spotPos
	// queued says the capacity is on the engine's dirty list.
	queued bool
}

// lease is gpus GPUs leased over the hours [start, end) (hours since the
// Unix epoch).
type lease struct {
	start, end, gpus int64
}

// spotPos is what an account's matched spot sells of one market hold of its
// capacity until their settlement results: pending GPU-hours, and booked
// GPU-hours, those of the pending that a spot lease of the market (its
// LeaseAssigned, which comes before the result) already counts.
type spotPos struct {
	market          MarketID
	pending, booked int64
}

// spotHours reads an instrument id's kind byte (bits 48..55): whether it
// is the spot kind, as the Exchange contract judges a market spot, and then
// the lease length in hours of a valid version-1 spot id, or 0 for any
// other id of the spot kind (docs/instruments.md: every field valid, window
// start 0, length 1..MaxSpotHours), which the engine refuses as a market.
// The engine reads the fields itself, as closeTime does;
// TestSpotHoursMatchesInstrument holds it to exchange/instrument.
func spotHours(id *[32]byte) (int64, bool) {
	if id[25] != 1 {
		return 0, false
	}
	for _, b := range id[:16] {
		if b != 0 {
			return 0, true
		}
	}
	gpu := binary.BigEndian.Uint16(id[19:21])
	region := binary.BigEndian.Uint16(id[22:24])
	h := int64(binary.BigEndian.Uint16(id[30:32]))
	if id[16] != 1 || id[17]|id[18] != 0 || gpu == 0 || gpu == 0xFFFF || id[21] > 2 || region < 1 || region > 7 ||
		id[24] < 1 || id[24] > 3 || binary.BigEndian.Uint32(id[26:30]) != 0 || h < 1 || h > MaxSpotHours {
		return 0, true
	}
	return h, true
}

// SpotHours returns the lease length in hours of a spot market, or 0 when
// the market is not a spot market (its instrument id is not a version-1
// spot id). A spot market's seller pays no fee (docs/engine.md, "Spot
// capacity").
func (s *MarketSpec) SpotHours() int64 {
	h, _ := spotHours(&s.Instrument)
	return h
}

// reservationGrade is the id of a grade's reservation windows with the
// window fields and the kind zeroed, as InstrumentId.reservationGrade: the
// key of the vault's capacity and leases of the grade.
func reservationGrade(id [32]byte) [32]byte {
	for i := 25; i < 32; i++ {
		id[i] = 0
	}
	return id
}

// hourOf returns the hour since the Unix epoch of a time (unix ns).
func hourOf(t int64) int64 {
	if t < 0 {
		return 0
	}
	return t / hourNs
}

// capacityAsset reports whether asset is a spot market's capacity, which no
// deposit, withdrawal or reconcile may move.
func (e *Engine) capacityAsset(a AssetID) bool {
	_, ok := e.spotAssets[a]
	return ok
}

// assetsFree reports whether a new market of spec s keeps the spot markets'
// base assets their own: a spot market's base asset is no other market's
// asset, and no market uses a spot market's base asset.
func (e *Engine) assetsFree(s *MarketSpec, spot bool) bool {
	if e.capacityAsset(s.BaseAsset) || e.capacityAsset(s.QuoteAsset) {
		return false
	}
	if spot {
		for i := range e.markets {
			if o := &e.markets[i].spec; o.BaseAsset == s.BaseAsset || o.QuoteAsset == s.BaseAsset {
				return false
			}
		}
	}
	return true
}

// addSpotMarket registers the new spot market m with lease length hours:
// every capacity of its grade gains a position in it and a balance.
func (e *Engine) addSpotMarket(m MarketID, hours int64) {
	mk := &e.markets[m]
	mk.spot = hours
	mk.grade = reservationGrade(mk.spec.Instrument)
	e.spotGrades[mk.grade] = append(e.spotGrades[mk.grade], m)
	e.spotAssets[mk.spec.BaseAsset] = m
	for _, c := range e.capList {
		if c.grade == mk.grade {
			c.pos = append(c.pos, spotPos{market: m})
			e.markDirty(c)
		}
	}
}

// capOf returns the capacity of (a, grade), creating an empty one.
func (e *Engine) capOf(a AccountID, grade [32]byte) *capacity {
	k := capKey{a, grade}
	if c, ok := e.caps[k]; ok {
		return c
	}
	c := &capacity{acct: a, grade: grade}
	for _, m := range e.spotGrades[grade] {
		c.pos = append(c.pos, spotPos{market: m})
	}
	e.caps[k] = c
	// Keep capList sorted by (account, grade).
	i := len(e.capList)
	for i > 0 && capLess(c, e.capList[i-1]) {
		i--
	}
	e.capList = append(e.capList, nil)
	copy(e.capList[i+1:], e.capList[i:])
	e.capList[i] = c
	return c
}

func capLess(a, b *capacity) bool {
	if a.acct != b.acct {
		return a.acct < b.acct
	}
	return string(a.grade[:]) < string(b.grade[:])
}

// posOf returns c's position in spot market m.
func (c *capacity) posOf(m MarketID) *spotPos {
	for i := range c.pos {
		if c.pos[i].market == m {
			return &c.pos[i]
		}
	}
	return nil
}

// markDirty queues c for syncDirty at the end of the command.
func (e *Engine) markDirty(c *capacity) {
	if !c.queued {
		c.queued = true
		e.dirty = append(e.dirty, c)
	}
}

// syncDirty brings the balances of the queued capacities up to date, in
// the order they were queued.
func (e *Engine) syncDirty() {
	for i := 0; i < len(e.dirty); i++ {
		c := e.dirty[i]
		c.queued = false
		e.syncCap(c)
	}
	clear(e.dirty)
	e.dirty = e.dirty[:0]
}

// busiest returns the most GPUs c has leased in any hour of [from, to)
// (to - from <= MaxSpotHours).
func (c *capacity) busiest(from, to int64) int64 {
	var diff [MaxSpotHours + 1]int64
	any := false
	for _, l := range c.leases {
		if l.start >= to {
			break
		}
		if l.end <= from {
			continue
		}
		diff[max(l.start, from)-from] += l.gpus
		diff[min(l.end, to)-from] -= l.gpus
		any = true
	}
	if !any {
		return 0
	}
	var run, most int64
	for _, d := range diff[:to-from] {
		run += d
		most = max(most, run)
	}
	return most
}

// pendingGPUs returns the GPUs of c's matched spot sells, in every spot
// market of the grade, that wait for their settlement results and that no
// lease counts yet.
func (e *Engine) pendingGPUs(c *capacity) int64 {
	var n int64
	for _, p := range c.pos {
		n += p.pending / e.markets[p.market].spot
	}
	return n
}

// capTotal returns the total (available + held) of c's balance in the spot
// market of position j.
func (e *Engine) capTotal(c *capacity, j int) int64 {
	h := e.markets[c.pos[j].market].spot
	free := max(0, min(c.gpus, MaxLeasedGPUs)-c.busiest(e.spotHour, e.spotHour+h))
	return (free - e.pendingGPUs(c)) * h
}

// syncCap sets c's balance in each spot market of its grade to its total,
// keeping what resting sells hold, and cancels the account's resting sells
// there (CAPACITY_GONE), newest first, while the available balance is
// negative.
func (e *Engine) syncCap(c *capacity) {
	for j := range c.pos {
		m := &e.markets[c.pos[j].market]
		total := e.capTotal(c, j)
		k := balKey(c.acct, m.spec.BaseAsset)
		s, ok := e.balIdx.get(k)
		if !ok {
			if total == 0 {
				continue
			}
			s = e.balance(c.acct, m.spec.BaseAsset)
		}
		b := &e.bals[s]
		if d := total - b.avail - b.held; d != 0 {
			e.touch(s).avail += d
			e.supply[m.spec.BaseAsset] += d
		}
		if b.avail >= 0 || b.held == 0 {
			continue
		}
		for i := e.accounts[c.acct].tail; i >= 0 && e.bals[s].avail < 0; {
			o := &e.orders[i]
			prev := o.accPrev
			if o.market == m.id && o.side == Sell {
				e.removeResting(i, ReasonCapacityGone)
			}
			i = prev
		}
	}
}

// spotTime moves the hour the capacity balances are computed for to the
// engine's time (the later of the command time and the chain time): leases
// that ended are forgotten, and the balances of the capacities that had
// leases follow.
func (e *Engine) spotTime() {
	h := hourOf(max(e.now, e.chainTime))
	if h == e.spotHour {
		return
	}
	e.spotHour = h
	for _, c := range e.capList {
		if len(c.leases) == 0 {
			continue
		}
		live := c.leases[:0]
		for _, l := range c.leases {
			if l.end > h {
				live = append(live, l)
			}
		}
		clear(c.leases[len(live):])
		c.leases = live
		e.markDirty(c)
	}
	e.syncDirty()
}

// spotFill records a spot fill in market m: the seller's held capacity
// (base GPU-hours, already taken off its held balance) is pending, and the
// notional leaves the engine for the spot desk's escrow.
func (e *Engine) spotFill(m *market, seller AccountID, base, notional int64) {
	c := e.capOf(seller, m.grade)
	c.posOf(m.id).pending += base
	e.supply[m.spec.BaseAsset] -= base
	e.supply[m.spec.QuoteAsset] -= notional
	e.markDirty(c)
}

// spotSettled releases the pending capacity of a settled spot fill: the
// lease the fill became counts it now.
func (e *Engine) spotSettled(f *pendingFill) {
	seller := f.maker
	if f.side == Sell {
		seller = f.taker
	}
	e.spotRelease(seller, f.market, f.qty*e.markets[f.market].spec.LotSize, true)
}

// spotRelease releases q GPU-hours of account a's pending spot sells in
// market m: for a settled fill first those a lease already booked, for a
// reverted one first those no lease booked.
func (e *Engine) spotRelease(a AccountID, m MarketID, q int64, settled bool) {
	c := e.capOf(a, e.markets[m].grade)
	p := c.posOf(m)
	first, second := &p.booked, &p.pending
	if !settled {
		first, second = second, first
	}
	x := min(*first, q)
	*first -= x
	*second -= q - x
	e.markDirty(c)
}

// chainGPUs converts a uint256 to a number of GPUs, at most MaxLeasedGPUs
// (the vault counts no more).
func chainGPUs(w *[32]byte) int64 {
	for _, b := range w[:30] {
		if b != 0 {
			return MaxLeasedGPUs
		}
	}
	return int64(binary.BigEndian.Uint16(w[30:]))
}

// chainCapacity applies a NodeApproved or NodeRetired log (Address = the
// provider, Log.Asset = the grade, Log.Amount = the provider's capacity of
// the grade after it, in GPUs): the capacity is set, and the provider's
// account opened if it has none.
func (e *Engine) chainCapacity(c *Command) {
	l := chainLog(c)
	acct, known := e.addresses[c.Address]
	if !known {
		if !e.canOpen() {
			e.chainReject(c, 0, 0, 0, ReasonTooManyAccounts)
			return
		}
		acct = e.open(c.Address)
	}
	cp := e.capOf(acct, reservationGrade(l.Asset))
	cp.gpus = chainGPUs(&l.Amount)
	e.markDirty(cp)
}

// chainLease applies a LeaseAssigned log (Address = the provider,
// Log.Asset = the lease's instrument id, Log.Amount = its GPUs,
// Log.StartHour and Log.Hours its hours): the GPUs are leased out of the
// provider's capacity of the instrument's reservation grade over those
// hours. A spot lease (a spot instrument id) also books the provider's
// pending GPU-hours in that market, which its settlement result, next in
// log order, then releases.
func (e *Engine) chainLease(c *Command) {
	l := chainLog(c)
	acct, known := e.addresses[c.Address]
	gpus, ok := chainAmount(&l.Amount)
	if !ok || gpus > MaxLeasedGPUs || l.Hours < 1 || l.Hours > 0xFFFF || l.StartHour > 0xFFFFFFFF {
		e.chainReject(c, acct, 0, gpus, ReasonInvalidAmount)
		return
	}
	if !known {
		if !e.canOpen() {
			e.chainReject(c, 0, 0, gpus, ReasonTooManyAccounts)
			return
		}
		acct = e.open(c.Address)
	}
	grade := reservationGrade(l.Asset)
	cp := e.capOf(acct, grade)
	start, end := int64(l.StartHour), int64(l.StartHour+l.Hours)
	if end > e.spotHour {
		i := 0
		for i < len(cp.leases) && (cp.leases[i].start < start || (cp.leases[i].start == start && cp.leases[i].end < end)) {
			i++
		}
		if i < len(cp.leases) && cp.leases[i].start == start && cp.leases[i].end == end {
			cp.leases[i].gpus += gpus
		} else {
			cp.leases = append(cp.leases, lease{})
			copy(cp.leases[i+1:], cp.leases[i:])
			cp.leases[i] = lease{start, end, gpus}
		}
	}
	if m, ok := e.instruments[l.Asset]; ok && e.markets[m].spot != 0 {
		p := cp.posOf(m)
		x := min(p.pending, gpus*e.markets[m].spot)
		p.pending -= x
		p.booked += x
	}
	e.markDirty(cp)
}
