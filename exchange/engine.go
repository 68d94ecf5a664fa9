package exchange

import (
	"encoding/binary"
	"math/bits"
)

// Config sizes the engine. None of it is state, except NoSettlement: a
// snapshot restored with a different Config behaves the same except for the
// limits.
type Config struct {
	// OrderCapacity is the expected number of live orders; tables are
	// sized for it so that steady-state matching never allocates.
	OrderCapacity int
	// MaxOpenOrdersPerAccount caps resting orders per account (default 1000).
	MaxOpenOrdersPerAccount int
	// MaxAccounts caps CmdOpenAccount (default 1<<24).
	MaxAccounts int
	// NoSettlement keeps no settlement ledger: fills are not recorded as
	// pending, so CmdSettleBatch finds nothing to batch. It is the one
	// setting that changes state (and so the state hash): only for runs
	// that never settle, like the flash1 replay. Restore refuses a
	// snapshot with pending fills under it.
	NoSettlement bool
	// SettlementHorizon (ns) is how long a fill may take from its match to
	// the block that settles it: the engine matches no order whose expiry
	// is within it of the engine's time, rejecting such a new order and
	// cancelling such a resting one (EXPIRY_WITHIN_HORIZON), and closes a
	// market that much before its last trading time, so that the contract
	// never finds a matched order expired or a market closed. Like
	// NoSettlement it changes what commands do: a journal must be replayed
	// under the horizon it was written with (the node always uses
	// DefaultSettlementHorizon). 0 is none: orders live to their expiry.
	SettlementHorizon int64
}

// DefaultSettlementHorizon is the node's settlement horizon: 15 s, the
// worst time from a match to the block that settles it in the default
// configuration, with room (docs/engine.md, "Time"): up to the batch delay
// (1 s) for the batch to close, a batch or two already in flight ahead of
// it (a block each, about 1 s apiece on a dev chain), the block that
// mines it, and the block timestamps a dev chain runs ahead of its wall
// clock between two chain-time commands.
const DefaultSettlementHorizon = 15 * 1_000_000_000

const (
	defaultMaxOpenOrders = 1000
	defaultMaxAccounts   = 1 << 24
	// maxNotional bounds price*tick*qty*lot of one order so that sums of a
	// few of them, and fees computed in 128 bits, never overflow int64.
	maxNotional = 1 << 60
	// maxBalance bounds any single balance after a deposit.
	maxBalance = 1 << 62
	// feeAccount is the pseudo-account whose balances collect fees.
	feeAccount = FeeAccount
	maxFeeBps  = 10000
)

// order is one live order. Orders live in a slab indexed by int32 and link
// into their level's FIFO and their account's list by index, so the hot state
// holds no pointers.
type order struct {
	id      OrderID
	serial  uint64 // entry order, for deterministic tie-breaks
	price   int64
	qty     int64 // open quantity, lots
	expiry  int64
	feeBps  int64 // fee rate the hold covers (buys)
	next    int32
	prev    int32
	accNext int32
	accPrev int32
	heapIdx int32
	hold    int32 // balance slot of the held asset
	recv    int32 // balance slot of the received asset
	account AccountID
	market  MarketID
	side    Side
	tif     TimeInForce
	stp     STPMode
	post    bool
}

type account struct {
	address    [20]byte
	head, tail int32 // open orders, oldest first
	open       int32
}

// balance is one (account, asset) balance. gen is the Apply generation that
// last touched it, so that a command lists each balance it changes once.
type balance struct {
	avail int64
	held  int64
	key   uint64 // balKey(account, asset)
	gen   uint64
}

// touch is a balance a command changed, with its values before the change.
type touch struct {
	slot        int32
	avail, held int64
}

type market struct {
	spec       MarketSpec
	id         MarketID
	seq        uint64
	bids, asks ladder
	feeBal     int32 // balance slot collecting this market's fees
	lo, hi     int64 // band edges in ticks
	holdFeeBps int64 // max(maker, taker)
	// closeAt is the last trading time (unix ns; noClose for a market
	// that never closes); closed says the engine closed the market.
	closeAt int64
	closed  bool
	// spot is the lease length in hours of a spot market (its
	// instrument's window length, equal to its lot size), 0 for any other
	// market; grade is a spot market's reservation grade (spot.go).
	spot  int64
	grade [32]byte
}

// noClose is the closeAt of a market that never closes.
const noClose = 1<<63 - 1

// Engine is the matching engine. It is not safe for concurrent use: one
// goroutine (the sequencer) owns it.
type Engine struct {
	cfg Config

	now int64
	// chainTime is the latest CmdChainTime; dead is the engine's time for
	// expiry, max(now, chainTime), plus the settlement horizon: an order
	// whose expiry is at or before it no longer trades, nor does a market
	// whose closeAt is. nextClose is the earliest closeAt of the open
	// markets.
	chainTime int64
	dead      int64
	nextClose int64
	cmdSeq    uint64
	ledgerSeq uint64
	serial    uint64

	markets     []market
	instruments map[[32]byte]MarketID
	accounts    []account
	addresses   map[[20]byte]AccountID

	bals   []balance
	balIdx idMap
	// gen numbers Apply calls; touched lists the balances the current
	// command touched, in order, for its EvBalance events.
	gen     uint64
	touched []touch
	// rejected says that the current command was rejected.
	rejected bool
	// supply is, per asset, the sum of every balance (deposits less
	// withdrawals); deposits keep it at most maxBalance so that no balance
	// can overflow however matching moves quantity between accounts. With
	// settlement reversals a balance may go negative, so another may exceed
	// the supply by as much; int64 leaves 2^62 of room for that.
	supply map[AssetID]int64

	orders   []order
	freeHead int32
	ids      idMap
	exp      expiryHeap

	// nonceSets holds each account's used nonces (indexed by AccountID);
	// exts the nonce and meta of live orders that have them (indexed by
	// slot, grown only when such an order rests); nonceIdx finds a live
	// order by (account, nonce).
	nonceSets []NonceSet
	exts      []orderExt
	nonceIdx  map[nonceKey]int32

	// The settlement ledger (settle.go): pend[pendHead:] are the pending
	// fills in fill order; the first batched of them are in the open
	// batches, whose fill counts batchLen lists from batch batchBase on.
	pend     []pendingFill
	pendHead int
	// placing is the place command being matched, and placingMeta its
	// Meta copied once for the ledger (record).
	placing     *Command
	placingMeta []byte
	batched     int
	batchBase   uint64
	batchLen    []uint32
	// chainPos is the highest Command.Chain applied.
	chainPos uint64

	// Spot capacity (spot.go): spotGrades lists the spot markets of each
	// reservation grade in id order; spotAssets the base assets of the
	// spot markets; caps and capList the capacity of each (account,
	// grade) that has one, capList sorted by (account, grade); spotHour is
	// the hour the capacity balances are computed for; dirty lists the
	// capacities a command changed, to bring their balances up to date
	// before its balance events.
	spotGrades map[[32]byte][]MarketID
	spotAssets map[AssetID]MarketID
	caps       map[capKey]*capacity
	capList    []*capacity
	spotHour   int64
	dirty      []*capacity

	out []Event
}

// New returns an empty engine.
func New(cfg Config) *Engine {
	if cfg.MaxOpenOrdersPerAccount <= 0 {
		cfg.MaxOpenOrdersPerAccount = defaultMaxOpenOrders
	}
	if cfg.MaxAccounts <= 0 {
		cfg.MaxAccounts = defaultMaxAccounts
	}
	if cfg.OrderCapacity <= 0 {
		cfg.OrderCapacity = 1024
	}
	return &Engine{
		cfg:         cfg,
		instruments: make(map[[32]byte]MarketID),
		addresses:   make(map[[20]byte]AccountID),
		balIdx:      newIDMap(1024),
		supply:      make(map[AssetID]int64),
		orders:      make([]order, 0, cfg.OrderCapacity),
		freeHead:    -1,
		ids:         newIDMap(cfg.OrderCapacity),
		exp:         expiryHeap{items: make([]expiryItem, 0, 64)},
		nonceIdx:    make(map[nonceKey]int32),
		touched:     make([]touch, 0, 64),
		out:         make([]Event, 0, 256),
		batchBase:   1,
		nextClose:   noClose,
		spotGrades:  make(map[[32]byte][]MarketID),
		spotAssets:  make(map[AssetID]MarketID),
		caps:        make(map[capKey]*capacity),
	}
}

// Now returns the engine's time: the largest Command.Time applied.
func (e *Engine) Now() int64 { return e.now }

// ChainTime returns the latest chain time a CmdChainTime brought (0: none).
func (e *Engine) ChainTime() int64 { return e.chainTime }

// Horizon returns the settlement horizon the engine runs under.
func (e *Engine) Horizon() int64 { return e.cfg.SettlementHorizon }

// advance moves the engine's time for expiry after now or chainTime moved,
// closing the markets and expiring the orders it passes, then the hour of
// the spot capacities (spot.go).
func (e *Engine) advance() {
	if d := addSat(max(e.now, e.chainTime), e.cfg.SettlementHorizon); d > e.dead {
		e.dead = d
		if d >= e.nextClose {
			e.closeMarkets()
		}
		if len(e.exp.items) > 0 && e.exp.items[0].expiry <= d {
			e.expire()
		}
	}
	e.spotTime()
}

// addSat returns a+b for b >= 0, saturating at the largest int64.
func addSat(a, b int64) int64 {
	if a > 1<<63-1-b {
		return 1<<63 - 1
	}
	return a + b
}

// Apply executes one command and returns the events it caused. The returned
// slice is reused by the next call. The last events are one EvBalance per
// balance the command changed, in the order it first touched them.
func (e *Engine) Apply(c *Command) []Event {
	e.out = e.out[:0]
	e.cmdSeq = c.Seq
	e.gen++
	e.touched = e.touched[:0]
	e.rejected = false
	if c.Time > e.now || (c.Kind == CmdChainTime && c.Expiry > e.chainTime) {
		// Both clocks move before anything expires, so that what a
		// command expires is judged by its time as a whole.
		e.now = max(e.now, c.Time)
		if c.Kind == CmdChainTime {
			e.chainTime = max(e.chainTime, c.Expiry)
		}
		e.advance()
	}
	if c.Chain != 0 && chainKind(c.Kind) {
		if c.Chain <= e.chainPos {
			e.reject(c, ReasonChainEventSeen)
			return e.finish()
		}
	}
	switch c.Kind {
	case CmdPlace:
		e.place(c)
	case CmdCancel:
		e.cancel(c)
	case CmdAmend:
		e.amend(c)
	case CmdMassCancel:
		e.massCancel(c)
	case CmdDeposit:
		e.deposit(c)
	case CmdWithdraw:
		e.withdraw(c)
	case CmdOpenAccount:
		e.openAccount(c)
	case CmdAddMarket:
		e.addMarket(c)
	case CmdSetReference:
		e.setReference(c)
	case CmdCancelNoncesBelow:
		e.cancelNoncesBelow(c)
	case CmdSettleBatch:
		e.settleBatch(c)
	case CmdSettlementResult:
		e.settlementResult(c)
	case CmdChainDeposit:
		e.chainDeposit(c)
	case CmdChainWithdraw:
		e.chainWithdraw(c)
	case CmdChainCancelBelow:
		e.chainCancelBelow(c)
	case CmdChainCancelNonces:
		e.chainCancelNonces(c)
	case CmdSkipFills:
		e.skipFills(c)
	case CmdReconcile:
		e.reconcile(c)
	case CmdChainCapacity:
		e.chainCapacity(c)
	case CmdChainLease:
		e.chainLease(c)
	case CmdChainTime, CmdTick: // time only, applied above
	default:
		e.reject(c, ReasonUnknownCommand)
	}
	// A chain event that took effect moves the chain position; a rejected
	// one changed nothing, so it may be submitted again.
	if c.Chain != 0 && !e.rejected && chainKind(c.Kind) {
		e.chainPos = c.Chain
	}
	return e.finish()
}

// finish ends a command with its balance events, after the spot capacity
// balances it changed are brought up to date.
func (e *Engine) finish() []Event {
	if len(e.dirty) > 0 {
		e.syncDirty()
	}
	if len(e.touched) > 0 {
		e.balanceEvents()
	}
	return e.out
}

// ---- events ----

func (e *Engine) marketEvent(m *market, kind EventKind) *Event {
	e.out = append(e.out, Event{})
	ev := &e.out[len(e.out)-1]
	ev.Kind = kind
	ev.Market = m.id
	m.seq++
	ev.Seq = m.seq
	ev.CmdSeq = e.cmdSeq
	return ev
}

func (e *Engine) ledgerEvent(kind EventKind) *Event {
	e.out = append(e.out, Event{})
	ev := &e.out[len(e.out)-1]
	ev.Kind = kind
	ev.Market = NoMarket
	e.ledgerSeq++
	ev.Seq = e.ledgerSeq
	ev.CmdSeq = e.cmdSeq
	return ev
}

// reject reports that c changed nothing. Rejections are ledger events (of no
// market): they change no book, and the submitter knows its command.
func (e *Engine) reject(c *Command, r Reason) {
	e.rejected = true
	ev := e.ledgerEvent(EvRejected)
	ev.Reason = r
	ev.Account = c.Account
	ev.OrderID = c.OrderID
	ev.Side = c.Side
	ev.Price = c.Price
	ev.Qty = c.Qty
	ev.Asset = c.Asset
	ev.Amount = c.Amount
	ev.Nonce = c.Nonce
	ev.Batch = c.Batch
}

func (e *Engine) bookDelta(m *market, side Side, price, qty int64) {
	ev := e.marketEvent(m, EvBookDelta)
	ev.Side = side
	ev.Price = price
	ev.Qty = qty
}

// balanceEvents reports every balance the command changed with its final
// values, in the order the command first touched them.
func (e *Engine) balanceEvents() {
	for _, t := range e.touched {
		b := &e.bals[t.slot]
		if b.avail == t.avail && b.held == t.held {
			continue
		}
		ev := e.ledgerEvent(EvBalance)
		ev.Account = AccountID(b.key >> 32)
		ev.Asset = AssetID(b.key)
		ev.Amount = b.avail
		ev.Qty = b.held
	}
}

// touch returns balance slot s for a change, listing it the first time the
// command touches it.
func (e *Engine) touch(s int32) *balance {
	b := &e.bals[s]
	if b.gen != e.gen {
		e.firstTouch(b, s)
	}
	return b
}

func (e *Engine) firstTouch(b *balance, s int32) {
	b.gen = e.gen
	e.touched = append(e.touched, touch{slot: s, avail: b.avail, held: b.held})
}

// ---- balances ----

func balKey(a AccountID, asset AssetID) uint64 { return uint64(a)<<32 | uint64(asset) }

// Balance returns an account's available and held amounts of an asset
// (zero for a balance it never had).
func (e *Engine) Balance(a AccountID, asset AssetID) (avail, held int64) {
	if s, ok := e.balIdx.get(balKey(a, asset)); ok {
		return e.bals[s].avail, e.bals[s].held
	}
	return 0, 0
}

// balance returns the slot of (account, asset), creating an empty one.
func (e *Engine) balance(a AccountID, asset AssetID) int32 {
	k := balKey(a, asset)
	if s, ok := e.balIdx.get(k); ok {
		return s
	}
	s := int32(len(e.bals))
	e.bals = append(e.bals, balance{key: k})
	e.balIdx.put(k, s)
	return s
}

// holdCost is what a buy of qty lots at price holds: the notional plus the
// fee at feeBps rounded up, so that any fill at or below price with a fee
// rate at or below feeBps is covered by the difference of two holds.
func holdCost(s *MarketSpec, qty, price, feeBps int64) int64 {
	n := qty * s.LotSize * price * s.TickSize
	if feeBps == 0 {
		return n
	}
	return n + feeCeil(n, feeBps)
}

func feeFloor(n, bps int64) int64 {
	if bps == 0 {
		return 0
	}
	hi, lo := bits.Mul64(uint64(n), uint64(bps))
	q, _ := bits.Div64(hi, lo, maxFeeBps)
	return int64(q)
}

func feeCeil(n, bps int64) int64 {
	hi, lo := bits.Mul64(uint64(n), uint64(bps))
	q, r := bits.Div64(hi, lo, maxFeeBps)
	if r != 0 {
		q++
	}
	return int64(q)
}

// holdOf is what order o holds for its open quantity.
func (e *Engine) holdOf(m *market, o *order) int64 {
	if o.side == Buy {
		return holdCost(&m.spec, o.qty, o.price, o.feeBps)
	}
	return o.qty * m.spec.LotSize
}

func (e *Engine) deposit(c *Command) {
	if int(c.Account) >= len(e.accounts) {
		e.reject(c, ReasonUnknownAccount)
		return
	}
	if e.capacityAsset(c.Asset) {
		e.reject(c, ReasonCapacityAsset)
		return
	}
	if c.Amount <= 0 || c.Amount > maxBalance {
		e.reject(c, ReasonInvalidAmount)
		return
	}
	if e.supply[c.Asset] > maxBalance-c.Amount {
		e.reject(c, ReasonInvalidAmount)
		return
	}
	e.touch(e.balance(c.Account, c.Asset)).avail += c.Amount
	e.supply[c.Asset] += c.Amount
}

func (e *Engine) withdraw(c *Command) {
	if int(c.Account) >= len(e.accounts) {
		e.reject(c, ReasonUnknownAccount)
		return
	}
	if e.capacityAsset(c.Asset) {
		e.reject(c, ReasonCapacityAsset)
		return
	}
	if c.Amount <= 0 {
		e.reject(c, ReasonInvalidAmount)
		return
	}
	s, ok := e.balIdx.get(balKey(c.Account, c.Asset))
	if c.Chain != 0 {
		// A withdrawal request the chain has confirmed: the contract
		// already took the amount from the account's balance there, so
		// the engine takes it too, even below zero (the settlement
		// pipeline cancels the account's orders first when available
		// falls short; what pending fills spent can go negative).
		if c.Amount > maxBalance || (ok && e.bals[s].avail < c.Amount-maxBalance) {
			e.reject(c, ReasonInvalidAmount)
			return
		}
		e.touch(e.balance(c.Account, c.Asset)).avail -= c.Amount
		e.supply[c.Asset] -= c.Amount
		return
	}
	if !ok || e.bals[s].avail < c.Amount {
		e.reject(c, ReasonInsufficientBalance)
		return
	}
	e.touch(s).avail -= c.Amount
	e.supply[c.Asset] -= c.Amount
}

func (e *Engine) openAccount(c *Command) {
	if id, ok := e.addresses[c.Address]; ok {
		c2 := *c
		c2.Account = id
		e.reject(&c2, ReasonAccountExists)
		return
	}
	if !e.canOpen() {
		e.reject(c, ReasonTooManyAccounts)
		return
	}
	e.open(c.Address)
}

// canOpen reports whether another account fits under MaxAccounts.
func (e *Engine) canOpen() bool { return len(e.accounts) < e.cfg.MaxAccounts }

// open opens an account for addr, which has none, and reports it: the one
// way an account comes to be (CmdOpenAccount, CmdChainDeposit). The caller
// checked canOpen.
func (e *Engine) open(addr [20]byte) AccountID {
	id := AccountID(len(e.accounts))
	e.accounts = append(e.accounts, account{address: addr, head: -1, tail: -1})
	e.nonceSets = append(e.nonceSets, NewNonceSet())
	e.addresses[addr] = id
	ev := e.ledgerEvent(EvAccountOpened)
	ev.Account = id
	return id
}

// ---- markets ----

func validSpec(s *MarketSpec) bool {
	if s.TickSize <= 0 || s.LotSize <= 0 || s.MaxPrice <= 0 || s.MaxQty <= 0 || s.MinNotional < 0 {
		return false
	}
	if s.MaxPrice > 1<<30 || s.BaseAsset == s.QuoteAsset {
		return false
	}
	if s.MakerFeeBps < 0 || s.TakerFeeBps < 0 || s.MakerFeeBps > 1000 || s.TakerFeeBps > 1000 {
		return false
	}
	if s.BandBps < 0 || s.BandBps >= 10000 || s.RefPrice < 0 || s.RefPrice > s.MaxPrice {
		return false
	}
	if s.BandBps > 0 && s.RefPrice == 0 {
		return false
	}
	if s.CloseLead < 0 {
		return false
	}
	// The largest order's notional must fit with room to spare.
	hi, lo := bits.Mul64(uint64(s.MaxPrice), uint64(s.TickSize))
	if hi != 0 {
		return false
	}
	hi, lo = bits.Mul64(lo, uint64(s.MaxQty))
	if hi != 0 {
		return false
	}
	hi, lo = bits.Mul64(lo, uint64(s.LotSize))
	return hi == 0 && lo <= maxNotional
}

func (m *market) setBand() {
	s := &m.spec
	if s.BandBps == 0 {
		m.lo, m.hi = 1, s.MaxPrice
		return
	}
	d := s.RefPrice * s.BandBps / 10000
	m.lo, m.hi = s.RefPrice-d, s.RefPrice+d
	if m.lo < 1 {
		m.lo = 1
	}
	if m.hi > s.MaxPrice {
		m.hi = s.MaxPrice
	}
}

func (e *Engine) addMarket(c *Command) {
	if c.Spec == nil || !validSpec(c.Spec) {
		e.reject(c, ReasonInvalidMarketSpec)
		return
	}
	if _, dup := e.instruments[c.Spec.Instrument]; dup {
		e.reject(c, ReasonInvalidMarketSpec)
		return
	}
	hours, spot := spotHours(&c.Spec.Instrument)
	switch {
	case spot && hours == 0:
		// The spot kind with a window start or a lease length out of
		// 1..MaxSpotHours.
		e.reject(c, ReasonInvalidMarketSpec)
		return
	case spot && c.Spec.LotSize != hours:
		e.reject(c, ReasonSpotLotSize)
		return
	case !e.assetsFree(c.Spec, spot):
		e.reject(c, ReasonInvalidMarketSpec)
		return
	}
	id := MarketID(len(e.markets))
	e.markets = append(e.markets, market{
		spec:       *c.Spec,
		id:         id,
		bids:       newLadder(c.Spec.MaxPrice, true),
		asks:       newLadder(c.Spec.MaxPrice, false),
		feeBal:     e.balance(feeAccount, c.Spec.QuoteAsset),
		holdFeeBps: max(c.Spec.MakerFeeBps, c.Spec.TakerFeeBps),
	})
	m := &e.markets[id]
	m.setBand()
	m.closeAt = closeTime(&m.spec)
	e.instruments[c.Spec.Instrument] = id
	ev := e.marketEvent(m, EvMarketAdded)
	ev.Asset = c.Spec.BaseAsset
	if spot {
		e.addSpotMarket(id, hours)
	}
	// A market added past its last trading time is closed at once.
	if m.closeAt <= e.dead {
		m.closed = true
	} else {
		e.nextClose = min(e.nextClose, m.closeAt)
	}
}

func (e *Engine) setReference(c *Command) {
	if int(c.Market) >= len(e.markets) {
		e.reject(c, ReasonUnknownMarket)
		return
	}
	m := &e.markets[c.Market]
	if c.Price <= 0 || c.Price > m.spec.MaxPrice {
		e.reject(c, ReasonInvalidPrice)
		return
	}
	m.spec.RefPrice = c.Price
	m.setBand()
	ev := e.marketEvent(m, EvMarketUpdated)
	ev.Asset = m.spec.BaseAsset
	ev.Price = c.Price
}

// ---- order slab ----

func (e *Engine) alloc() int32 {
	if e.freeHead >= 0 {
		s := e.freeHead
		e.freeHead = e.orders[s].next
		return s
	}
	e.orders = append(e.orders, order{})
	return int32(len(e.orders) - 1)
}

func (e *Engine) release(s int32) {
	if int(s) < len(e.exts) && e.exts[s].set {
		e.detach(s)
	}
	e.orders[s] = order{next: e.freeHead}
	e.freeHead = s
}

// ---- placing and matching ----

func (e *Engine) place(c *Command) {
	if int(c.Market) >= len(e.markets) {
		e.reject(c, ReasonUnknownMarket)
		return
	}
	m := &e.markets[c.Market]
	s := &m.spec
	switch {
	case int(c.Account) >= len(e.accounts):
		e.reject(c, ReasonUnknownAccount)
		return
	case m.closed:
		e.reject(c, ReasonMarketClosed)
		return
	case c.Nonce != 0 && e.nonceSets[c.Account].used(c.Nonce):
		e.reject(c, ReasonDuplicateNonce)
		return
	case c.Nonce != 0 && e.nonceSets[c.Account].tooFar(c.Nonce):
		e.reject(c, ReasonNonceTooFar)
		return
	case len(c.Meta) > MaxMetaSize:
		e.reject(c, ReasonMetaTooLarge)
		return
	case c.Side > Sell:
		e.reject(c, ReasonInvalidSide)
		return
	case c.TIF > FOK || c.STP > STPDecrementCancel || c.Type > Market ||
		(c.PostOnly && (c.TIF == IOC || c.TIF == FOK || c.Type == Market)) ||
		(c.Type == Market && c.TIF != IOC && c.TIF != FOK):
		e.reject(c, ReasonInvalidType)
		return
	case c.Qty <= 0 || c.Qty > s.MaxQty:
		e.reject(c, ReasonInvalidQuantity)
		return
	}
	price := c.Price
	if c.Type == Market {
		if c.Side == Buy {
			price = m.hi
		} else {
			price = m.lo
		}
		if (c.Side == Buy && m.asks.best == 0) || (c.Side == Sell && m.bids.best == 0) {
			e.reject(c, ReasonNoLiquidity)
			return
		}
	} else if price <= 0 || price > s.MaxPrice {
		e.reject(c, ReasonInvalidPrice)
		return
	} else if price < m.lo || price > m.hi {
		e.reject(c, ReasonPriceOutOfBand)
		return
	}
	if c.TIF == GTD && c.Expiry <= e.dead {
		r := ReasonExpiryWithinHorizon
		if c.Expiry <= max(e.now, e.chainTime) {
			r = ReasonAlreadyExpired
		}
		e.reject(c, r)
		return
	}
	if s.MinNotional > 0 && c.Qty*s.LotSize*price*s.TickSize < s.MinNotional {
		e.reject(c, ReasonBelowMinNotional)
		return
	}
	// The fee a hold must cover: a post-only order can only make, an IOC
	// or FOK order can only take, a resting order may do either.
	feeBps := m.holdFeeBps
	switch {
	case c.PostOnly:
		feeBps = s.MakerFeeBps
	case c.TIF == IOC || c.TIF == FOK:
		feeBps = s.TakerFeeBps
	}
	if m.spot != 0 && c.Side == Sell {
		feeBps = 0 // the seller of a spot market pays no fee
	}
	if c.MaxFeeBps < feeBps {
		e.reject(c, ReasonMaxFeeTooLow)
		return
	}
	if _, dup := e.ids.get(uint64(c.OrderID)); dup {
		e.reject(c, ReasonDuplicateOrderID)
		return
	}
	acct := &e.accounts[c.Account]
	rests := c.TIF == GTC || c.TIF == GTD
	if rests && int(acct.open) >= e.cfg.MaxOpenOrdersPerAccount {
		e.reject(c, ReasonTooManyOpenOrders)
		return
	}
	var hold int64
	holdAsset, recvAsset := s.QuoteAsset, s.BaseAsset
	if c.Side == Buy {
		hold = holdCost(s, c.Qty, price, feeBps)
	} else {
		hold = c.Qty * s.LotSize
		holdAsset, recvAsset = recvAsset, holdAsset
	}
	hs, ok := e.balIdx.get(balKey(c.Account, holdAsset))
	if ok && e.bals[hs].avail < 0 {
		e.reject(c, ReasonNegativeBalance)
		return
	}
	if !ok || e.bals[hs].avail < hold {
		e.reject(c, ReasonInsufficientBalance)
		return
	}
	opp := &m.asks
	if c.Side == Sell {
		opp = &m.bids
	}
	if c.PostOnly && opp.crosses(price) {
		e.reject(c, ReasonPostOnlyWouldTake)
		return
	}
	if c.TIF == FOK && !e.fillable(opp, c.Account, c.STP, price, c.Qty) {
		e.reject(c, ReasonFOKNotFillable)
		return
	}

	// Accepted: from here on the command changes state.
	rs := e.balance(c.Account, recvAsset)
	hb := e.touch(hs)
	hb.avail -= hold
	hb.held += hold
	if c.Nonce != 0 {
		e.nonceSets[c.Account].use(c.Nonce)
	}
	slot := e.alloc()
	e.serial++
	o := &e.orders[slot]
	*o = order{
		id: c.OrderID, serial: e.serial, price: price, qty: c.Qty, feeBps: feeBps,
		next: -1, prev: -1, accNext: -1, accPrev: -1, heapIdx: -1,
		hold: hs, recv: rs, account: c.Account, market: c.Market,
		side: c.Side, tif: c.TIF, stp: c.STP, post: c.PostOnly,
	}
	if c.TIF == GTD {
		o.expiry = c.Expiry
	}
	ev := e.marketEvent(m, EvAccepted)
	ev.Account, ev.OrderID, ev.Side, ev.Price, ev.Qty = c.Account, c.OrderID, c.Side, price, c.Qty
	ev.Nonce = c.Nonce

	if opp.crosses(price) {
		e.placing, e.placingMeta = c, nil
		e.match(m, opp, slot)
		e.placing, e.placingMeta = nil, nil
	}
	o = &e.orders[slot]
	switch {
	case o.qty == 0:
		e.release(slot)
	case rests:
		if c.Nonce != 0 || len(c.Meta) != 0 {
			e.attach(slot, c.Nonce, c.Meta)
		}
		e.rest(m, slot)
	default:
		e.dropRest(m, slot, ReasonIOCRemainder)
		e.release(slot)
	}
}

// fillable reports whether a FOK order can fill completely against opp at
// prices within limit, honouring what self-trade prevention would do.
func (e *Engine) fillable(opp *ladder, acct AccountID, stp STPMode, limit, need int64) bool {
	for p := opp.best; p != 0 && opp.within(p, limit); {
		lv := opp.at(p)
		if stp == STPNone {
			need -= lv.qty
		} else {
			for i := lv.head; i >= 0 && need > 0; i = e.orders[i].next {
				o := &e.orders[i]
				if o.account == acct {
					if stp == STPCancelOldest {
						continue
					}
					return false
				}
				need -= o.qty
			}
		}
		if need <= 0 {
			return true
		}
		if opp.buy {
			p = opp.nextFrom(p - 1)
		} else {
			p = opp.nextFrom(p + 1)
		}
	}
	return false
}

// match trades the order in slot against opp while it crosses.
func (e *Engine) match(m *market, opp *ladder, slot int32) {
	taker := &e.orders[slot]
	for taker.qty > 0 && opp.crosses(taker.price) {
		price := opp.best
		lv := opp.at(price)
		before := lv.qty
		for taker.qty > 0 && lv.head >= 0 {
			mi := lv.head
			mk := &e.orders[mi]
			if mk.account == taker.account && taker.stp != STPNone {
				e.selfTrade(m, lv, slot, mi)
				continue
			}
			q := min(taker.qty, mk.qty)
			e.fill(m, slot, mi, price, q)
			lv.qty -= q
			if mk.qty == 0 {
				e.unlinkLevel(lv, mi)
				e.forget(mi)
			}
		}
		if lv.qty != before {
			e.bookDelta(m, opp.side(), price, lv.qty)
		}
		if lv.head < 0 {
			opp.emptied(price)
		}
	}
}

func (l *ladder) side() Side {
	if l.buy {
		return Buy
	}
	return Sell
}

// fill moves q lots at price between taker and maker, both in the book's
// market, and reports it.
func (e *Engine) fill(m *market, tslot, mslot int32, price, q int64) {
	taker, maker := &e.orders[tslot], &e.orders[mslot]
	s := &m.spec
	base := q * s.LotSize
	n := base * price * s.TickSize
	takerFee := feeFloor(n, s.TakerFeeBps)
	makerFee := feeFloor(n, s.MakerFeeBps)
	if m.spot != 0 {
		// The seller of a spot market pays no fee, whatever its role.
		if taker.side == Sell {
			takerFee = 0
		} else {
			makerFee = 0
		}
	}
	buyer, seller := taker, maker
	buyerFee, sellerFee := takerFee, makerFee
	if taker.side == Sell {
		buyer, seller = maker, taker
		buyerFee, sellerFee = makerFee, takerFee
	}
	rel := holdCost(s, buyer.qty, buyer.price, buyer.feeBps) - holdCost(s, buyer.qty-q, buyer.price, buyer.feeBps)
	// Touch the taker's balances, then the maker's, so that the balance
	// events list them in that order.
	e.touch(taker.hold)
	e.touch(taker.recv)
	e.touch(maker.hold)
	e.touch(maker.recv)
	bq := &e.bals[buyer.hold]
	bq.held -= rel
	bq.avail += rel - n - buyerFee
	e.bals[seller.hold].held -= base
	if m.spot == 0 {
		e.bals[buyer.recv].avail += base
		e.bals[seller.recv].avail += n - sellerFee
	} else {
		// The notional leaves for the spot desk's escrow and the buyer
		// gets no token: the seller's capacity is pending until the
		// fill settles (spot.go).
		e.spotFill(m, seller.account, base, n)
	}
	if takerFee|makerFee != 0 {
		e.touch(m.feeBal).avail += takerFee + makerFee
	}
	buyer.qty -= q
	seller.qty -= q

	ev := e.marketEvent(m, EvFill)
	ev.Account, ev.OrderID, ev.Side = taker.account, taker.id, taker.side
	ev.MakerAccount, ev.MakerOrderID = maker.account, maker.id
	ev.Price, ev.Qty, ev.TakerFee, ev.MakerFee = price, q, takerFee, makerFee
	e.record(ev, tslot, mslot)
	ev = e.marketEvent(m, EvTrade)
	ev.OrderID, ev.MakerOrderID, ev.Side, ev.Price, ev.Qty = taker.id, maker.id, taker.side, price, q
}

// selfTrade applies the taker's self-trade prevention to the resting order
// mi at the head of lv.
func (e *Engine) selfTrade(m *market, lv *level, slot, mi int32) {
	taker := &e.orders[slot]
	mk := &e.orders[mi]
	switch taker.stp {
	case STPCancelOldest:
		e.cancelResting(m, lv, mi, mk.qty, ReasonSTPCancel)
	case STPCancelNewest:
		e.dropRest(m, slot, ReasonSTPCancel)
	case STPCancelBoth:
		e.cancelResting(m, lv, mi, mk.qty, ReasonSTPCancel)
		e.dropRest(m, slot, ReasonSTPCancel)
	case STPDecrementCancel:
		d := min(taker.qty, mk.qty)
		e.cancelResting(m, lv, mi, d, ReasonSTPCancel)
		e.reduce(m, slot, d, ReasonSTPCancel)
	}
}

// cancelResting removes qty lots (all, or part for decrement-and-cancel) of
// the resting order mi in lv, releasing its hold. It does not report a book
// delta: the caller does once per level.
func (e *Engine) cancelResting(m *market, lv *level, mi int32, qty int64, r Reason) {
	o := &e.orders[mi]
	e.releaseHold(m, o, qty)
	o.qty -= qty
	lv.qty -= qty
	ev := e.marketEvent(m, EvCanceled)
	ev.Account, ev.OrderID, ev.Side, ev.Price, ev.Qty, ev.Reason = o.account, o.id, o.side, o.price, qty, r
	if o.qty == 0 {
		e.unlinkLevel(lv, mi)
		e.forget(mi)
	}
}

// releaseHold returns what o holds for qty of its open lots to available.
func (e *Engine) releaseHold(m *market, o *order, qty int64) {
	var rel int64
	if o.side == Buy {
		rel = holdCost(&m.spec, o.qty, o.price, o.feeBps) - holdCost(&m.spec, o.qty-qty, o.price, o.feeBps)
	} else {
		rel = qty * m.spec.LotSize
	}
	b := e.touch(o.hold)
	b.held -= rel
	b.avail += rel
}

// reduce takes qty lots off a taker that is not in the book.
func (e *Engine) reduce(m *market, slot int32, qty int64, r Reason) {
	o := &e.orders[slot]
	e.releaseHold(m, o, qty)
	o.qty -= qty
	ev := e.marketEvent(m, EvCanceled)
	ev.Account, ev.OrderID, ev.Side, ev.Price, ev.Qty, ev.Reason = o.account, o.id, o.side, o.price, qty, r
}

// dropRest cancels all that is left of a taker that is not in the book.
func (e *Engine) dropRest(m *market, slot int32, r Reason) {
	e.reduce(m, slot, e.orders[slot].qty, r)
}

// rest puts the open quantity of the order in slot at the tail of its level
// and reports the level.
func (e *Engine) rest(m *market, slot int32) {
	lvQty := e.insert(m, slot)
	o := &e.orders[slot]
	e.bookDelta(m, o.side, o.price, lvQty)
}

// insert links the order in slot into its level, the id index, its
// account's list and the expiry queue, and returns the level's new quantity.
func (e *Engine) insert(m *market, slot int32) int64 {
	o := &e.orders[slot]
	ld := &m.bids
	if o.side == Sell {
		ld = &m.asks
	}
	lv := ld.at(o.price)
	o.prev, o.next = lv.tail, -1
	if lv.tail >= 0 {
		e.orders[lv.tail].next = slot
	} else {
		lv.head = slot
	}
	lv.tail = slot
	lv.count++
	lv.qty += o.qty
	if lv.count == 1 {
		ld.occupied(o.price)
	}
	e.ids.put(uint64(o.id), slot)
	a := &e.accounts[o.account]
	o.accPrev, o.accNext = a.tail, -1
	if a.tail >= 0 {
		e.orders[a.tail].accNext = slot
	} else {
		a.head = slot
	}
	a.tail = slot
	a.open++
	if o.tif == GTD {
		e.exp.push(expiryItem{expiry: o.expiry, serial: o.serial, slot: slot}, e.orders)
	}
	return lv.qty
}

// unlinkLevel takes order mi out of its level's FIFO. The caller adjusts the
// level quantity and reports the delta.
func (e *Engine) unlinkLevel(lv *level, mi int32) {
	o := &e.orders[mi]
	if o.prev >= 0 {
		e.orders[o.prev].next = o.next
	} else {
		lv.head = o.next
	}
	if o.next >= 0 {
		e.orders[o.next].prev = o.prev
	} else {
		lv.tail = o.prev
	}
	lv.count--
}

// forget removes a dead resting order from the id index, its account's
// list and the expiry queue, and frees its slot.
func (e *Engine) forget(mi int32) {
	o := &e.orders[mi]
	e.ids.del(uint64(o.id))
	e.detachAccount(mi)
	if o.heapIdx >= 0 {
		e.exp.remove(int(o.heapIdx), e.orders)
	}
	e.release(mi)
}

// removeResting cancels a whole resting order and reports it and its level.
func (e *Engine) removeResting(mi int32, r Reason) {
	o := &e.orders[mi]
	m := &e.markets[o.market]
	ld := &m.bids
	if o.side == Sell {
		ld = &m.asks
	}
	price, side := o.price, o.side
	lv := ld.at(price)
	e.cancelResting(m, lv, mi, o.qty, r)
	e.bookDelta(m, side, price, lv.qty)
	if lv.head < 0 {
		ld.emptied(price)
	}
}

// owned returns the slot of a live order of c.Account, or rejects.
func (e *Engine) owned(c *Command) (int32, bool) {
	s, ok := e.ids.get(uint64(c.OrderID))
	if !ok {
		e.reject(c, ReasonUnknownOrder)
		return 0, false
	}
	if e.orders[s].account != c.Account {
		e.reject(c, ReasonNotOwner)
		return 0, false
	}
	return s, true
}

func (e *Engine) cancel(c *Command) {
	if s, ok := e.owned(c); ok {
		e.removeResting(s, ReasonUserCancel)
	}
}

func (e *Engine) massCancel(c *Command) {
	if int(c.Account) >= len(e.accounts) {
		e.reject(c, ReasonUnknownAccount)
		return
	}
	if c.Market != NoMarket && int(c.Market) >= len(e.markets) {
		e.reject(c, ReasonUnknownMarket)
		return
	}
	if c.Side > AnySide {
		e.reject(c, ReasonInvalidSide)
		return
	}
	for i := e.accounts[c.Account].head; i >= 0; {
		o := &e.orders[i]
		next := o.accNext
		if (c.Market == NoMarket || o.market == c.Market) && (c.Side == AnySide || o.side == c.Side) {
			e.removeResting(i, ReasonMassCancel)
		}
		i = next
	}
}

// amend changes a resting order's price and/or open quantity. A quantity
// decrease at the same price keeps queue priority; any other change takes the
// order out and re-enters it (it may trade) at the tail of its new level.
func (e *Engine) amend(c *Command) {
	slot, ok := e.owned(c)
	if !ok {
		return
	}
	o := &e.orders[slot]
	m := &e.markets[o.market]
	s := &m.spec
	price := c.Price
	if price == 0 {
		price = o.price
	}
	switch {
	case c.Qty <= 0 || c.Qty > s.MaxQty:
		e.reject(c, ReasonInvalidQuantity)
		return
	case price < 0 || price > s.MaxPrice:
		e.reject(c, ReasonInvalidPrice)
		return
	case (price != o.price || c.Qty > o.qty) && (price < m.lo || price > m.hi):
		e.reject(c, ReasonPriceOutOfBand)
		return
	case price == o.price && c.Qty == o.qty:
		e.reject(c, ReasonNoChange)
		return
	case s.MinNotional > 0 && c.Qty*s.LotSize*price*s.TickSize < s.MinNotional:
		e.reject(c, ReasonBelowMinNotional)
		return
	}
	ld, opp := &m.bids, &m.asks
	if o.side == Sell {
		ld, opp = opp, ld
	}
	if price == o.price && c.Qty < o.qty {
		lv := ld.at(price)
		e.releaseHold(m, o, o.qty-c.Qty)
		lv.qty -= o.qty - c.Qty
		o.qty = c.Qty
		e.amended(m, o)
		e.bookDelta(m, o.side, price, lv.qty)
		return
	}
	if o.post && opp.crosses(price) {
		e.reject(c, ReasonPostOnlyWouldTake)
		return
	}
	oldHold := e.holdOf(m, o)
	var newHold int64
	if o.side == Buy {
		newHold = holdCost(s, c.Qty, price, o.feeBps)
	} else {
		newHold = c.Qty * s.LotSize
	}
	b := &e.bals[o.hold]
	if newHold > oldHold && b.avail < 0 {
		e.reject(c, ReasonNegativeBalance)
		return
	}
	if newHold > oldHold && b.avail < newHold-oldHold {
		e.reject(c, ReasonInsufficientBalance)
		return
	}
	// Take the order out of the book, keeping its slot and identity.
	oldPrice := o.price
	lv := ld.at(oldPrice)
	e.unlinkLevel(lv, slot)
	lv.qty -= o.qty
	e.bookDelta(m, o.side, oldPrice, lv.qty)
	if lv.head < 0 {
		ld.emptied(oldPrice)
	}
	e.ids.del(uint64(o.id))
	e.detachAccount(slot)
	if o.heapIdx >= 0 {
		e.exp.remove(int(o.heapIdx), e.orders)
	}
	b = e.touch(o.hold)
	b.avail += oldHold - newHold
	b.held += newHold - oldHold
	o.price, o.qty = price, c.Qty
	e.serial++
	o.serial = e.serial
	e.amended(m, o)
	if opp.crosses(price) {
		e.match(m, opp, slot)
	}
	if e.orders[slot].qty == 0 {
		e.release(slot)
		return
	}
	e.rest(m, slot)
}

func (e *Engine) amended(m *market, o *order) {
	ev := e.marketEvent(m, EvAmended)
	ev.Account, ev.OrderID, ev.Side, ev.Price, ev.Qty = o.account, o.id, o.side, o.price, o.qty
}

func (e *Engine) detachAccount(slot int32) {
	o := &e.orders[slot]
	a := &e.accounts[o.account]
	if o.accPrev >= 0 {
		e.orders[o.accPrev].accNext = o.accNext
	} else {
		a.head = o.accNext
	}
	if o.accNext >= 0 {
		e.orders[o.accNext].accPrev = o.accPrev
	} else {
		a.tail = o.accPrev
	}
	a.open--
	o.accPrev, o.accNext = -1, -1
}

// expire cancels every GTD order whose expiry is at or before dead,
// earliest first (ties in entry order): EXPIRED if the expiry has passed,
// EXPIRY_WITHIN_HORIZON if it is only within the settlement horizon.
func (e *Engine) expire() {
	now := max(e.now, e.chainTime)
	for len(e.exp.items) > 0 && e.exp.items[0].expiry <= e.dead {
		r := ReasonExpired
		if e.exp.items[0].expiry > now {
			r = ReasonExpiryWithinHorizon
		}
		e.removeResting(e.exp.items[0].slot, r)
	}
}

// closeMarkets closes every open market whose last trading time is at or
// before dead, in market order: each resting order is cancelled
// (MARKET_CLOSED), bids then asks, best price first, in time priority.
func (e *Engine) closeMarkets() {
	e.nextClose = noClose
	for i := range e.markets {
		m := &e.markets[i]
		if m.closed {
			continue
		}
		if m.closeAt > e.dead {
			e.nextClose = min(e.nextClose, m.closeAt)
			continue
		}
		m.closed = true
		for _, ld := range [...]*ladder{&m.bids, &m.asks} {
			for ld.best != 0 {
				e.removeResting(ld.at(ld.best).head, ReasonMarketClosed)
			}
		}
	}
}

// Closed reports whether market m is closed (past its last trading time,
// less the settlement horizon).
func (e *Engine) Closed(m MarketID) bool { return int(m) < len(e.markets) && e.markets[m].closed }

// CloseTime returns market m's last trading time (unix ns), or false for a
// market that never closes.
func (e *Engine) CloseTime(m MarketID) (int64, bool) {
	if int(m) >= len(e.markets) || e.markets[m].closeAt == noClose {
		return 0, false
	}
	return e.markets[m].closeAt, true
}

// closeTime is the last trading time of a market of spec s: its window
// start less its lead, for a version-1 reservation instrument id (see
// docs/instruments.md; the engine reads the two fields itself); noClose
// for any other id.
func closeTime(s *MarketSpec) int64 {
	id := &s.Instrument
	// Version (bits 120..127) 1, kind (bits 48..55) 0 = reservation, and
	// a window of at least one hour (bits 0..15).
	if id[16] != 1 || id[25] != 0 || uint16(id[30])<<8|uint16(id[31]) == 0 {
		return noClose
	}
	for _, b := range id[:16] {
		if b != 0 {
			return noClose
		}
	}
	start := int64(binary.BigEndian.Uint32(id[26:30])) * 3600 * 1_000_000_000
	lead := s.CloseLead
	if lead == 0 {
		lead = DefaultCloseLead
	}
	return start - lead
}

// Top returns the best bid and ask of market m with their level quantities;
// a price of 0 means that side is empty.
func (e *Engine) Top(m MarketID) (bid, bidQty, ask, askQty int64) {
	if int(m) >= len(e.markets) {
		return 0, 0, 0, 0
	}
	mk := &e.markets[m]
	if p := mk.bids.best; p != 0 {
		bid, bidQty = p, mk.bids.at(p).qty
	}
	if p := mk.asks.best; p != 0 {
		ask, askQty = p, mk.asks.at(p).qty
	}
	return bid, bidQty, ask, askQty
}

// Depth calls fn for up to levels price levels of one side of market m,
// best first.
func (e *Engine) Depth(m MarketID, side Side, levels int, fn func(price, qty int64)) {
	if int(m) >= len(e.markets) || side > Sell {
		return
	}
	mk := &e.markets[m]
	ld := &mk.bids
	if side == Sell {
		ld = &mk.asks
	}
	for p := ld.best; p != 0 && levels > 0; levels-- {
		fn(p, ld.at(p).qty)
		if ld.buy {
			p = ld.nextFrom(p - 1)
		} else {
			p = ld.nextFrom(p + 1)
		}
	}
}

// Spec returns market m's specification.
func (e *Engine) Spec(m MarketID) (MarketSpec, bool) {
	if int(m) >= len(e.markets) {
		return MarketSpec{}, false
	}
	return e.markets[m].spec, true
}

// Markets returns every market's specification, indexed by MarketID.
func (e *Engine) Markets() []MarketSpec {
	out := make([]MarketSpec, len(e.markets))
	for i := range e.markets {
		out[i] = e.markets[i].spec
	}
	return out
}

// MarketByInstrument returns the market of an instrument id, from the index
// CmdAddMarket keeps (instrument ids are unique).
func (e *Engine) MarketByInstrument(id [32]byte) (MarketID, MarketSpec, bool) {
	m, ok := e.instruments[id]
	if !ok {
		return 0, MarketSpec{}, false
	}
	return m, e.markets[m].spec, true
}
