package exchange

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// FuzzEngine decodes the input into commands over a small universe (two
// markets, one of them banded, three funded accounts, sixteen order ids, a
// clock that moves a few units per command) and checks the engine after
// every command: its own invariants; conservation of every asset against
// the deposits and withdrawals accepted; every account's balance against
// what its deposits, withdrawals and fills say; that events agree with the
// state (gapless sequence numbers, fills within both orders' open
// quantity at the maker's price with the right fees, book deltas that
// change and describe the books, the live orders); that matching honours
// price-time priority, limits, self-trade prevention, FOK and post-only;
// that holds were covered; and that a rejection changes nothing. Balance
// events must describe every balance change exactly: a mirror built only
// from EvBalance events equals the engine's balances after every command,
// each event reports a real change, at most once per balance, after the
// command's other events. Nonces follow a simple model (used set and
// floor): duplicates, nonces too far above the base and floors are checked
// against it, with OrderByNonce, NonceUsed and NonceBase; every live
// order's meta is what its place carried. At the end the same commands
// replayed on a fresh engine through the binary codec, and the tail replayed
// on a snapshot restored at a midpoint, must give the same state, the same
// events and the same live meta. Settlement follows a model too: batches
// close over the oldest unbatched fills with sequential ids, results resolve
// the oldest open batch, every fill is settled or reverted at most once, a
// reversal undoes its fill exactly in the balances, the ledger
// (PendingFills, Batch, the counts) is the fills not yet resolved, and chain
// positions at or below the highest applied are refused and change nothing.
func FuzzEngine(f *testing.F) {
	// The seed corpus is in testdata/fuzz/FuzzEngine.
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		fzRun(t, data)
	})
}

// TestEngineRandom runs the fuzz checker over pseudo-random inputs from a
// fixed seed, so that a plain `go test` exercises it deeply.
func TestEngineRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(20240601, 7))
	runs, size := 40, 1200
	if testing.Short() {
		runs = 5
	}
	for i := range runs {
		b := make([]byte, size)
		for j := range b {
			b[j] = byte(r.UintN(256))
		}
		t.Run(fmt.Sprint(i), func(t *testing.T) { fzRun(t, b) })
	}
}

// TestEngineRandomLong runs the checker over fewer, longer inputs: long
// enough for fills to be batched and reverted after their accounts spent
// what they received, so that balances go negative and orders are refused
// NEGATIVE_BALANCE.
func TestEngineRandomLong(t *testing.T) {
	r := rand.New(rand.NewPCG(20261201, 11))
	runs, size := 12, 6000
	if testing.Short() {
		runs = 2
	}
	for i := range runs {
		b := make([]byte, size)
		for j := range b {
			b[j] = byte(r.UintN(256))
		}
		t.Run(fmt.Sprint(i), func(t *testing.T) { fzRun(t, b) })
	}
}

// ---- the universe ----

// fzConfig is the configuration of every engine the checker runs.
var fzConfig = Config{MaxOpenOrdersPerAccount: 6, SettlementHorizon: fzHorizon}

const (
	fzAccounts = 3
	fzIDs      = 16
	fzStart    = 1000
	// fzHorizon is the settlement horizon the checked engine runs under:
	// orders are cancelled that long before their expiry, and CmdChainTime
	// moves the time for expiry ahead of the commands'.
	fzHorizon = 5
	// fzAuto in Command.Batch asks the checker to fill in a plausible
	// batch id (and, for a result, results) from the engine's state right
	// before the command; the replays then use the command as applied.
	fzAuto = ^uint64(0) - 1
	// fzAllAmount in a withdrawal's Amount asks the checker for the whole
	// available balance.
	fzAllAmount = -7777
)

func fzMarkets() []MarketSpec {
	return []MarketSpec{
		{
			Instrument: [32]byte{31: 1}, Symbol: "A", BaseAsset: 1, QuoteAsset: 0,
			TickSize: 1, LotSize: 1, MaxPrice: 64, MaxQty: 20,
			MakerFeeBps: 10, TakerFeeBps: 25,
		},
		{
			Instrument: [32]byte{31: 2}, Symbol: "B", BaseAsset: 2, QuoteAsset: 0,
			TickSize: 3, LotSize: 2, MaxPrice: 64, MaxQty: 15, MinNotional: 12,
			RefPrice: 32, BandBps: 2500, MakerFeeBps: 0, TakerFeeBps: 40,
		},
	}
}

// fzSetup is the fixed prefix of every run.
func fzSetup() []Command {
	var cs []Command
	for _, s := range fzMarkets() {
		s := s
		cs = append(cs, Command{Kind: CmdAddMarket, Spec: &s})
	}
	for a := range fzAccounts {
		cs = append(cs, Command{Kind: CmdOpenAccount, Address: [20]byte{byte(a + 1)}})
	}
	for a := range fzAccounts {
		cs = append(cs,
			Command{Kind: CmdDeposit, Account: AccountID(a), Asset: 0, Amount: 20000},
			Command{Kind: CmdDeposit, Account: AccountID(a), Asset: 1, Amount: 200},
			Command{Kind: CmdDeposit, Account: AccountID(a), Asset: 2, Amount: 300},
		)
	}
	for i := range cs {
		cs[i].Time = fzStart
	}
	return cs
}

type fzReader struct {
	b []byte
	i int
}

func (r *fzReader) more() bool { return r.i < len(r.b) }

func (r *fzReader) next() byte {
	if r.i >= len(r.b) {
		return 0
	}
	v := r.b[r.i]
	r.i++
	return v
}

// fzDecode turns bytes into commands (after the setup prefix). It never
// looks at the engine: the same bytes give the same commands.
func fzDecode(data []byte) []Command {
	cs := fzSetup()
	r := &fzReader{b: data}
	now := int64(fzStart)
	// price keeps most bids in 24..36 and asks in 28..40 (market 1's band
	// is 24..40), so that books build up and still cross often.
	price := func(b byte, side Side) int64 {
		switch {
		case b < 200:
			return 24 + 4*int64(side&1) + int64(b%13)
		case b < 250:
			return 1 + int64(b%64)
		default:
			return []int64{0, -1, 65, 64, 1, 1 << 40}[b-250]
		}
	}
	qty := func(b byte) int64 {
		if b < 240 {
			return 1 + int64(b%8)
		}
		return int64(b%25) - 2 // -2..22: zero, negative, above MaxQty
	}
	account := func(b byte) AccountID {
		if b >= 252 {
			return AccountID(fzAccounts + int(b%3)) // unknown, or opened later
		}
		return AccountID(b % fzAccounts)
	}
	// owner picks an order id and, mostly, the account that usually owns
	// it, so that cancels and amends often find their order.
	owner := func(a, id byte) (AccountID, OrderID) {
		o := OrderID(id % fzIDs)
		if a < 192 {
			return AccountID(int(o) % fzAccounts), o
		}
		return account(a), o
	}
	market := func(b byte) MarketID {
		if b >= 252 {
			return MarketID(2 + b%2) // unknown
		}
		return MarketID(b % 2)
	}
	// nonce keeps most nonces small (so that they collide) and some at the
	// edges of the window and of uint64.
	nonce := func(b byte) uint64 {
		switch {
		case b < 96:
			return 0
		case b < 232:
			return 1 + uint64(b%48)
		default:
			return []uint64{65535, 65536, 65537, 65600, 70000, 70001, 1 << 20, 1 << 40, 1<<64 - 2, 1<<64 - 1, 131071, 64}[(b-232)%12]
		}
	}
	floor := func(b byte) uint64 {
		if b < 200 {
			return uint64(b % 52)
		}
		return []uint64{65536, 65537, 70000, 1 << 20, 1 << 40, 1<<64 - 2, 1<<64 - 1, 63}[b%8]
	}
	meta := func(b byte, seed int) []byte {
		var n int
		switch {
		case b < 128:
			return nil
		case b < 244:
			n = 1 + int(b%40)
		default:
			n = []int{MaxMetaSize, MaxMetaSize + 1, 0, 600}[b%4]
		}
		m := make([]byte, n)
		for i := range m {
			m[i] = byte(seed*31 + i*7)
		}
		return m
	}
	// chain hands out chain positions: mostly none, else rising, sometimes
	// one already seen.
	var chainPos uint64
	chain := func(b byte) uint64 {
		switch {
		case b < 128:
			return 0
		case b < 224:
			chainPos += 1 + uint64(b%3)
			return chainPos
		default:
			return chainPos - min(chainPos, uint64(b%3))
		}
	}
	// chainAddr picks an address: the setup accounts', one CmdOpenAccount
	// may open, or one only a chain deposit opens.
	chainAddr := func(b byte) [20]byte { return [20]byte{b%6 + 1} }
	// chainAsset picks an Exchange asset id: cash, a market's token, or a
	// token no market trades.
	chainAsset := func(b byte) (w [32]byte) {
		switch b % 8 {
		case 3, 7:
			w[31] = 1
		case 4:
			w[31] = 2
		case 5:
			w[31] = 3
		case 6:
			w[0], w[31] = 1, 1
		}
		return w
	}
	// chainAmount picks a uint256 amount: mostly small, sometimes zero,
	// at the 2^62 bound or beyond int64.
	chainAmount := func(b byte) [32]byte {
		if b < 240 {
			return AmountWord(uint64(b%50+1) * 40)
		}
		switch b % 8 {
		case 0:
			return [32]byte{}
		case 1:
			return AmountWord(1 << 62)
		case 2:
			return AmountWord(1<<62 + 1)
		case 3:
			return AmountWord(1 << 63)
		case 4:
			return [32]byte{0: 1, 31: 40}
		case 5:
			return AmountWord(1<<62 - 50000)
		case 6:
			return AmountWord(1<<64 - 1)
		}
		return AmountWord(1 << 61)
	}
	for r.more() {
		op := r.next() % 43
		now += int64(r.next() % 4)
		c := Command{Time: now}
		switch {
		case op == 42:
			// The operator's reconcile: a balance to set, mostly small
			// (negative too), sometimes at or beyond the bound.
			c.Kind = CmdReconcile
			c.Address = chainAddr(r.next())
			c.Log = &ChainLog{Asset: chainAsset(r.next())}
			switch b := r.next(); {
			case b < 240:
				c.Amount = int64(b%60)*40 - 400
			case b%4 == 0:
				c.Amount = 1 << 62
			case b%4 == 1:
				c.Amount = -(1 << 62)
			case b%4 == 2:
				c.Amount = 1<<62 + 1
			default:
				c.Amount = -(1<<62 + 1)
			}
			c.Chain = chain(r.next())
		case op >= 38:
			// A chain command, as the settlement pipeline builds one
			// from an Exchange log.
			c.Kind = CmdChainDeposit + CommandKind(op-38)
			c.Address = chainAddr(r.next())
			c.Log = &ChainLog{}
			switch c.Kind {
			case CmdChainDeposit, CmdChainWithdraw:
				c.Log.Asset = chainAsset(r.next())
				a := r.next()
				c.Log.Amount = chainAmount(a)
				if c.Kind == CmdChainWithdraw && a < 120 {
					// what is available and up to 80 more, so that
					// orders must be cancelled first
					c.Amount, c.Price = fzAllAmount, int64(a%3)*40
				}
			case CmdChainCancelBelow:
				c.Log = nil
				c.Nonce = floor(r.next())
			case CmdChainCancelNonces:
				for range r.next() % 4 {
					c.Log.Nonces = append(c.Log.Nonces, nonce(r.next()))
				}
			}
			c.Chain = chain(r.next())
		case op < 16:
			c.Kind = CmdPlace
			c.Market = market(r.next())
			c.Account, c.OrderID = owner(r.next(), r.next())
			fl := r.next()
			c.Side = Side(fl & 1)
			if fl == 0xFF {
				c.Side = 2
			}
			// TIF: GTC 4/8, GTD 2/8, IOC 1/8, FOK 1/8.
			c.TIF = [8]TimeInForce{GTC, GTC, GTC, GTC, GTD, GTD, IOC, FOK}[(fl>>1)&7]
			switch (fl >> 4) & 15 {
			case 0, 1: // market order, as IOC or FOK
				c.Type = Market
				c.TIF = IOC + c.TIF&1
			case 2: // market order with whatever TIF (mostly invalid)
				c.Type = Market
			case 3, 4:
				c.PostOnly = true
			}
			if st := r.next(); st == 255 {
				c.STP = 5 // invalid
			} else {
				c.STP = STPMode(st % 5)
			}
			c.Price = price(r.next(), c.Side)
			c.Qty = qty(r.next())
			e := r.next()
			c.Expiry = now + 1 + int64(e%64)
			if e >= 250 {
				c.Expiry = now - int64(e%2)
			}
			if fee := r.next(); fee >= 240 {
				c.MaxFeeBps = int64(fee % 50)
			} else {
				c.MaxFeeBps = 100
			}
			c.Nonce = nonce(r.next())
			c.Meta = meta(r.next(), r.i)
		case op < 19:
			c.Kind = CmdCancel
			c.Account, c.OrderID = owner(r.next(), r.next())
		case op < 24:
			c.Kind = CmdAmend
			c.Account, c.OrderID = owner(r.next(), r.next())
			if p := r.next(); p%4 != 0 {
				c.Price = price(p, Side(p>>7))
			}
			c.Qty = qty(r.next())
		case op < 25:
			c.Kind = CmdMassCancel
			c.Account = account(r.next())
			switch m := r.next() % 5; m {
			case 0, 1:
				c.Market = MarketID(m)
			case 2, 3:
				c.Market = NoMarket
			default:
				c.Market = 7
			}
			c.Side = Side(r.next() % 4) // 3 is invalid
		case op < 27:
			c.Kind = CmdTick
			now += int64(r.next() % 8)
			c.Time = now
			if x := r.next(); x%4 == 0 {
				// A block whose clock runs up to 31 ahead of (or, 0 to 3
				// behind: no effect) the commands'.
				c.Kind, c.Expiry = CmdChainTime, now+int64(x>>3)-3
			}
		case op < 30:
			c.Kind = CmdDeposit
			if op == 29 {
				c.Kind = CmdWithdraw
			}
			c.Account = account(r.next())
			c.Asset = AssetID(r.next() % 4)
			if a := r.next(); a < 250 {
				c.Amount = int64(a%50+1) * 40
			} else {
				// zero, negative, and amounts at the 2^62 supply cap
				c.Amount = []int64{0, -1, 1 << 62, 1<<62 - 50000, 1 << 61, -1 << 62}[a-250]
			}
			if c.Kind == CmdWithdraw && c.Amount <= 400 {
				// everything available, so that reversals can take back
				// what was spent
				c.Amount = fzAllAmount
			}
			c.Chain = chain(r.next())
		case op >= 36:
			// A settlement result: mostly for the oldest open batch with
			// one result per fill (filled in by the checker from a seed).
			c.Kind = CmdSettlementResult
			c.Batch = fzAuto
			if b := r.next(); b >= 224 {
				c.Batch = uint64(b % 6)
			}
			c.Meta = []byte{r.next(), r.next()} // seed, length
			c.Chain = chain(r.next())
		case op >= 34:
			c.Kind = CmdSettleBatch
			c.Batch = fzAuto
			if b := r.next(); b >= 224 {
				c.Batch = uint64(b % 6)
			}
			c.Count = uint32(r.next()) // the checker makes it 0..6
		case op >= 32:
			c.Kind = CmdCancelNoncesBelow
			c.Account = account(r.next())
			c.Nonce = floor(r.next())
			c.Chain = chain(r.next())
		case op < 31:
			c.Kind = CmdSetReference
			c.Market = market(r.next())
			if p := r.next(); p < 240 {
				c.Price = 26 + int64(p%13)
			} else {
				c.Price = int64(p%70) - 2
			}
		default:
			switch k := r.next(); k % 4 {
			case 0:
				c.Kind = CmdOpenAccount
				c.Address = [20]byte{k%5 + 1}
			case 1:
				c.Kind = CmdNone
			case 2:
				c.Kind = CommandKind(200)
			default:
				c.Kind = CmdAddMarket // nil spec
			}
		}
		cs = append(cs, c)
	}
	for i := range cs {
		cs[i].Seq = uint64(i + 1)
	}
	return cs
}

// ---- the checker ----

type fzOrder struct {
	account AccountID
	market  MarketID
	side    Side
	price   int64
	qty     int64
	nonce   uint64
	meta    []byte
	tif     TimeInForce
	expiry  int64 // GTD only
}

// fzNonces is the model of an account's nonces: every nonce below floor,
// and the ones in used, can no longer be used.
type fzNonces struct {
	floor uint64
	used  map[uint64]bool
}

func (n *fzNonces) isUsed(x uint64) bool { return x != 0 && (x < n.floor || n.used[x]) }

// base is the smallest unused nonce.
func (n *fzNonces) base() uint64 {
	b := max(1, n.floor)
	for n.used[b] {
		b++
	}
	return b
}

func (n *fzNonces) tooFar(x uint64) bool { return x == 1<<64-1 || x-n.base() >= NonceWindow }

type fzLevel struct {
	market MarketID
	side   Side
	price  int64
}

// fzChecker follows the engine through its events and compares.
type fzChecker struct {
	t         *testing.T
	e         *Engine
	specs     []MarketSpec
	net       map[AssetID]int64 // deposits minus withdrawals accepted
	owned     map[uint64]int64  // per balKey: what the events say it owns
	orders    map[OrderID]*fzOrder
	levels    map[fzLevel]int64
	mktSeq    map[MarketID]uint64
	ledgerSeq uint64
	events    [][]Event
	bals      map[uint64][2]int64 // per balKey: (available, held), from EvBalance only
	nonces    map[AccountID]*fzNonces

	// The settlement model: the fills not resolved yet in fill order (with
	// the batch each is in, 0 for none), the fills resolved, the next
	// batch id, the open batches and the chain position.
	fills     []fzFill
	resolved  map[FillID]bool
	nextBatch uint64
	open      []fzBatch
	chain     uint64
}

type fzFill struct {
	f     PendingFill
	batch uint64
}

type fzBatch struct {
	id    uint64
	count int
}

// prepare fills in the fzAuto fields of c from the engine's state.
func (k *fzChecker) prepare(c *Command) {
	if c.Kind == CmdWithdraw && c.Amount == fzAllAmount {
		avail, _ := k.e.Balance(c.Account, c.Asset)
		c.Amount = max(avail, 1)
	}
	if c.Kind == CmdChainWithdraw && c.Amount == fzAllAmount {
		a, _ := k.e.AccountByAddress(c.Address)
		asset, _ := k.e.chainAsset(&c.Log.Asset)
		avail, _ := k.e.Balance(a, asset)
		c.Log.Amount = AmountWord(uint64(max(avail+c.Price, 1)))
		c.Amount, c.Price = 0, 0
	}
	if c.Kind == CmdSettleBatch {
		// Mostly a count that fits when any fill is unbatched.
		b := c.Count
		c.Count = b % 7
		if n := k.e.UnbatchedCount(); c.Batch == fzAuto && b < 192 && int(c.Count) > n && n > 0 {
			c.Count = uint32(n)
		}
	}
	if c.Batch != fzAuto {
		if c.Kind == CmdSettlementResult {
			c.Meta = fzResults(c.Meta[0], int(c.Meta[1]%4))
		}
		return
	}
	switch c.Kind {
	case CmdSettleBatch:
		c.Batch = k.e.NextBatch()
	case CmdSettlementResult:
		id, ok := k.e.OldestOpenBatch()
		if !ok {
			id = k.e.NextBatch()
		}
		c.Batch = id
		n := int(c.Meta[1] % 4)
		if fills, ok := k.e.Batch(id); ok && c.Meta[1] < 232 {
			n = len(fills)
		}
		c.Meta = fzResults(c.Meta[0], n)
	}
}

// fzResults makes n result bytes from a seed: about one in four reverted
// with a varying party and reason, all of them for seeds from 160.
func fzResults(seed byte, n int) []byte {
	out := make([]byte, n)
	for j := range out {
		if seed >= 160 || (int(seed)+j*7)%4 == 0 {
			out[j] = byte(j%3)<<6 | byte(1+(j+int(seed))%14)
		}
	}
	return out
}

func (k *fzChecker) nonceModel(a AccountID) *fzNonces {
	n := k.nonces[a]
	if n == nil {
		n = &fzNonces{used: map[uint64]bool{}}
		k.nonces[a] = n
	}
	return n
}

func newFzChecker(t *testing.T) *fzChecker {
	return &fzChecker{
		t: t, e: New(fzConfig),
		net: map[AssetID]int64{}, owned: map[uint64]int64{}, orders: map[OrderID]*fzOrder{},
		levels: map[fzLevel]int64{}, mktSeq: map[MarketID]uint64{},
		bals: map[uint64][2]int64{}, nonces: map[AccountID]*fzNonces{},
		resolved: map[FillID]bool{}, nextBatch: 1,
	}
}

// fzRest is one resting order in priority order.
type fzRest struct {
	id      OrderID
	account AccountID
	price   int64
	qty     int64
}

// book returns the resting orders of one side of market m, best first.
func (k *fzChecker) book(m MarketID, side Side) []fzRest {
	e := k.e
	if int(m) >= len(e.markets) {
		return nil
	}
	mk := &e.markets[m]
	ld := &mk.bids
	if side == Sell {
		ld = &mk.asks
	}
	var out []fzRest
	for p := ld.best; p != 0; {
		for s := ld.at(p).head; s >= 0; s = e.orders[s].next {
			o := &e.orders[s]
			out = append(out, fzRest{o.id, o.account, o.price, o.qty})
		}
		if ld.buy {
			p = ld.nextFrom(p - 1)
		} else {
			p = ld.nextFrom(p + 1)
		}
	}
	return out
}

func fzWithin(side Side, limit, p int64) bool {
	if side == Buy {
		return p <= limit
	}
	return p >= limit
}

// taker describes the order that may trade in a command.
type fzTaker struct {
	ok      bool
	id      OrderID
	account AccountID
	market  MarketID
	side    Side
	stp     STPMode
	opp     []fzRest // opposite side before the command
}

func (k *fzChecker) fail(i int, c *Command, evs []Event, format string, args ...any) {
	k.t.Helper()
	var b bytes.Buffer
	fmt.Fprintf(&b, "command %d %+v\n", i, *c)
	if c.Spec != nil {
		fmt.Fprintf(&b, "  spec %+v\n", *c.Spec)
	}
	for _, ev := range evs {
		fmt.Fprintf(&b, "  %+v\n", ev)
	}
	k.t.Fatalf("%s: %s", b.String(), fmt.Sprintf(format, args...))
}

// fzChain is a chain command resolved against the state before it, and
// the command with the older kinds' meaning that the model checks it as.
type fzChain struct {
	ok       bool // the command is a chain command
	known    bool // its address has an account
	acct     AccountID
	asset    AssetID
	assetOK  bool
	amount   int64
	amountOK bool
	avail    int64 // of (acct, asset) before
	held     int64
	net      int64 // the asset's supply before
	legacy   Command
}

// fzReconcile is what a CmdReconcile resolves to before it runs.
type fzReconcile struct {
	ok, known, assetOK bool
	acct               AccountID
	asset              AssetID
	avail, held, net   int64
	accounts           int // before
}

// resolveReconcile resolves a CmdReconcile as a chain command is resolved.
func (k *fzChecker) resolveReconcile(c *Command) fzReconcile {
	var rc fzReconcile
	if c.Kind != CmdReconcile {
		return rc
	}
	rc.ok = true
	rc.acct, rc.known = k.e.AccountByAddress(c.Address)
	rc.accounts = len(k.e.accounts)
	var id [32]byte
	if c.Log != nil {
		id = c.Log.Asset
	}
	if id == ([32]byte{}) {
		rc.assetOK = len(k.specs) > 0
		if rc.assetOK {
			rc.asset = k.specs[0].QuoteAsset
		}
	}
	for _, s := range k.specs {
		if id != ([32]byte{}) && s.Instrument == id {
			rc.asset, rc.assetOK = s.BaseAsset, true
		}
	}
	if rc.known && rc.assetOK {
		rc.avail, rc.held = k.e.Balance(rc.acct, rc.asset)
	}
	rc.net = k.net[rc.asset]
	return rc
}

// checkReconcile checks a CmdReconcile: its refusals, the balance it sets
// (held kept, available the rest) and the supply it moves.
func (k *fzChecker) checkReconcile(i int, c *Command, rc *fzReconcile, evs []Event, rejected *Event, opened []AccountID) {
	k.t.Helper()
	delta := c.Amount - rc.avail - rc.held
	want := ReasonNone
	switch {
	case !rc.assetOK:
		want = ReasonUnknownAsset
	case !rc.known && c.Amount <= 0:
		want = ReasonUnknownAccount
	case c.Amount > 1<<62 || c.Amount < -(1<<62):
		want = ReasonInvalidAmount
	case !rc.known && rc.net > 1<<62-c.Amount:
		want = ReasonInvalidAmount
	case !rc.known && rc.accounts >= k.e.cfg.MaxAccounts:
		want = ReasonTooManyAccounts
	case rc.held > 0 && c.Amount < rc.held:
		want = ReasonInsufficientBalance
	case delta > 0 && rc.net > 1<<62-delta:
		want = ReasonInvalidAmount
	}
	got := ReasonNone
	if rejected != nil {
		got = rejected.Reason
	}
	if got != want {
		k.fail(i, c, evs, "reconcile: %v, want %v", got, want)
	}
	// An unknown address with a balance on chain is opened, as a deposit
	// opens it: the next id.
	wantOpen := want == ReasonNone && !rc.known
	if wantOpen != (len(opened) == 1) || len(opened) > 1 || (wantOpen && opened[0] != AccountID(rc.accounts)) {
		k.fail(i, c, evs, "reconcile opened %v", opened)
	}
	if want != ReasonNone {
		return
	}
	if wantOpen {
		rc.acct = opened[0]
	}
	if avail, held := k.e.Balance(rc.acct, rc.asset); held != rc.held || avail != c.Amount-rc.held {
		k.fail(i, c, evs, "reconcile to %d: avail %d held %d, held was %d", c.Amount, avail, held, rc.held)
	}
	k.net[rc.asset] += delta
	k.owned[balKey(rc.acct, rc.asset)] += delta
}

// resolveChain resolves a chain command the way docs/engine.md says the
// engine must: the account of its address (a deposit to an unknown one
// opens the next id), cash as market 0's quote asset, a token as the base
// asset of the market of that instrument, the amount if it is in 1..2^62.
func (k *fzChecker) resolveChain(c *Command) fzChain {
	var ch fzChain
	switch c.Kind {
	case CmdChainDeposit, CmdChainWithdraw, CmdChainCancelBelow, CmdChainCancelNonces:
	default:
		return ch
	}
	ch.ok = true
	ch.acct, ch.known = k.e.AccountByAddress(c.Address)
	l := c.Log
	if l == nil {
		l = &ChainLog{}
	}
	if l.Asset == ([32]byte{}) {
		ch.asset, ch.assetOK = k.specs[0].QuoteAsset, len(k.specs) > 0
	}
	for _, s := range k.specs {
		if l.Asset != ([32]byte{}) && s.Instrument == l.Asset {
			ch.asset, ch.assetOK = s.BaseAsset, true
		}
	}
	hi := l.Amount[:24]
	v := uint64(0)
	for _, b := range l.Amount[24:] {
		v = v<<8 | uint64(b)
	}
	ch.amount, ch.amountOK = int64(v), !slices.ContainsFunc(hi, func(b byte) bool { return b != 0 }) && v > 0 && v <= 1<<62
	if !ch.amountOK {
		ch.amount = 0
	}
	if ch.known && ch.assetOK {
		ch.avail, ch.held = k.e.Balance(ch.acct, ch.asset)
	}
	ch.net = k.net[ch.asset]
	acct := ch.acct
	if !ch.known {
		acct = 1 << 30 // no account
	}
	ch.legacy = Command{Kind: c.Kind, Seq: c.Seq, Time: c.Time, Chain: c.Chain, Account: acct}
	switch c.Kind {
	case CmdChainDeposit:
		if !ch.known {
			ch.legacy.Account = AccountID(len(k.e.accounts))
		}
		ch.legacy.Kind, ch.legacy.Asset, ch.legacy.Amount = CmdDeposit, ch.asset, ch.amount
	case CmdChainWithdraw:
		ch.legacy.Kind, ch.legacy.Asset, ch.legacy.Amount = CmdWithdraw, ch.asset, ch.amount
	case CmdChainCancelBelow:
		ch.legacy.Kind, ch.legacy.Nonce = CmdCancelNoncesBelow, c.Nonce
	}
	return ch
}

// holds reports whether an order of side in the market holds asset.
func (k *fzChecker) holds(m MarketID, side Side, asset AssetID) bool {
	s := &k.specs[m]
	return (side == Buy && s.QuoteAsset == asset) || (side == Sell && s.BaseAsset == asset)
}

// checkChain checks what a chain command did against its resolution.
func (k *fzChecker) checkChain(i int, real *Command, ch *fzChain, evs []Event, rejected *Event, opened []AccountID) {
	k.t.Helper()
	e := k.e
	if rejected != nil && rejected.Reason == ReasonChainEventSeen {
		return
	}
	want := ReasonNone
	switch real.Kind {
	case CmdChainDeposit:
		switch {
		case !ch.assetOK:
			want = ReasonUnknownAsset
		case !ch.amountOK || ch.net > 1<<62-ch.amount:
			want = ReasonInvalidAmount
		}
	case CmdChainWithdraw:
		avail := ch.avail
		if avail < ch.amount {
			avail += ch.held
		}
		switch {
		case !ch.assetOK:
			want = ReasonUnknownAsset
		case !ch.known:
			want = ReasonUnknownAccount
		case !ch.amountOK || avail < ch.amount-1<<62:
			want = ReasonInvalidAmount
		}
	case CmdChainCancelBelow, CmdChainCancelNonces:
		if !ch.known {
			want = ReasonUnknownAccount
		}
	}
	got := ReasonNone
	if rejected != nil {
		got = rejected.Reason
	}
	if got != want {
		k.fail(i, real, evs, "chain command: %v, want %v", got, want)
	}
	wantOpen := real.Kind == CmdChainDeposit && want == ReasonNone && !ch.known
	if wantOpen != (len(opened) == 1) || len(opened) > 1 || (wantOpen && opened[0] != ch.legacy.Account) {
		k.fail(i, real, evs, "chain command opened %v", opened)
	}
	if want != ReasonNone {
		return
	}
	if a, ok := e.AccountByAddress(real.Address); !ok || a != ch.legacy.Account {
		k.fail(i, real, evs, "address has account %d %v, want %d", a, ok, ch.legacy.Account)
	}
	for id, o := range k.orders {
		if o.qty == 0 || o.account != ch.acct {
			continue
		}
		if real.Kind == CmdChainWithdraw && ch.avail < ch.amount && k.holds(o.market, o.side, ch.asset) {
			k.fail(i, real, evs, "order %d holds asset %d after a withdrawal that fell short", id, ch.asset)
		}
		if real.Kind == CmdChainCancelNonces && o.nonce != 0 && slices.Contains(real.Log.Nonces, o.nonce) {
			k.fail(i, real, evs, "order %d (nonce %d) survived its cancellation", id, o.nonce)
		}
	}
}

// apply runs command i and checks everything about it.
func (k *fzChecker) apply(i int, c *Command) {
	k.t.Helper()
	e := k.e
	before := e.Snapshot()
	// A chain command is checked as the older command it amounts to
	// (legacy) and by checkChain; the engine applies the real one.
	real := c
	ch := k.resolveChain(c)
	if ch.ok {
		c = &ch.legacy
	}

	var tk fzTaker
	switch c.Kind {
	case CmdPlace:
		if int(c.Market) < len(e.markets) && c.Side <= Sell {
			tk = fzTaker{ok: true, id: c.OrderID, account: c.Account, market: c.Market, side: c.Side, stp: c.STP,
				opp: k.book(c.Market, c.Side.Opposite())}
		}
	case CmdAmend:
		if s, ok := e.ids.get(uint64(c.OrderID)); ok {
			o := &e.orders[s]
			tk = fzTaker{ok: true, id: o.id, account: o.account, market: o.market, side: o.side, stp: o.stp,
				opp: k.book(o.market, o.side.Opposite())}
		}
	}

	// The orders a nonce floor must cancel (unless they expire first).
	floorCancels := map[OrderID]bool{}
	if c.Kind == CmdCancelNoncesBelow {
		for id, o := range k.orders {
			if o.account == c.Account && o.nonce != 0 && o.nonce < c.Nonce {
				floorCancels[id] = true
			}
		}
	}

	rc := k.resolveReconcile(c)

	cc := *real
	evs := slices.Clone(e.Apply(&cc))
	k.events = append(k.events, evs)

	if err := e.CheckInvariants(); err != nil {
		k.fail(i, c, evs, "invariants: %v", err)
	}

	var (
		expired   = map[OrderID]bool{}
		accepted  *Event
		rejected  *Event
		touched   []OrderID // makers filled or STP-cancelled, in order
		touchQty  = map[OrderID]int64{}
		takerLeft int64 // the taker's open quantity after matching
		remainder *Event
		balSeen   = map[uint64]bool{}
		nonceEv   *Event
		closed    *Event
		outcomes  []*Event // EvSettled and EvReverted, in order
		opened    []AccountID
	)
	for j := range evs {
		ev := &evs[j]
		if ev.CmdSeq != c.Seq {
			k.fail(i, c, evs, "event %d: CmdSeq %d", j, ev.CmdSeq)
		}
		// Sequence numbers: events of no market (rejections among them) are
		// on the ledger sequence, everything else on its market's sequence.
		if ev.Kind == EvRejected && ev.Market != NoMarket {
			k.fail(i, c, evs, "event %d: a rejection names market %d", j, ev.Market)
		}
		if ev.Market == NoMarket {
			k.ledgerSeq++
			if ev.Seq != k.ledgerSeq {
				k.fail(i, c, evs, "event %d: ledger seq %d, want %d", j, ev.Seq, k.ledgerSeq)
			}
		} else {
			k.mktSeq[ev.Market]++
			if ev.Seq != k.mktSeq[ev.Market] {
				k.fail(i, c, evs, "event %d: market %d seq %d, want %d", j, ev.Market, ev.Seq, k.mktSeq[ev.Market])
			}
		}
		if len(balSeen) > 0 && ev.Kind != EvBalance {
			k.fail(i, c, evs, "event %d: %v after a balance event", j, ev.Kind)
		}
		switch ev.Kind {
		case EvMarketAdded:
			k.specs = append(k.specs, *c.Spec)
			if int(ev.Market) != len(k.specs)-1 {
				k.fail(i, c, evs, "market id %d", ev.Market)
			}
		case EvBalance:
			key := balKey(ev.Account, ev.Asset)
			s, ok := e.balIdx.get(key)
			if !ok || e.bals[s].avail != ev.Amount || e.bals[s].held != ev.Qty {
				k.fail(i, c, evs, "balance event does not match the state")
			}
			if balSeen[key] {
				k.fail(i, c, evs, "event %d: second balance event of account %d asset %d", j, ev.Account, ev.Asset)
			}
			balSeen[key] = true
			if now := [2]int64{ev.Amount, ev.Qty}; k.bals[key] == now {
				k.fail(i, c, evs, "event %d: balance event without a change", j)
			} else {
				k.bals[key] = now
			}
		case EvNoncesCanceled:
			nonceEv = ev
		case EvRejected:
			rejected = ev
		case EvAccepted:
			accepted = ev
			if o := k.orders[ev.OrderID]; o != nil && o.qty > 0 {
				k.fail(i, c, evs, "accepted order %d is already live", ev.OrderID)
			}
			if ev.Qty != c.Qty || ev.Qty <= 0 {
				k.fail(i, c, evs, "accepted quantity %d", ev.Qty)
			}
			if ev.Nonce != c.Nonce {
				k.fail(i, c, evs, "accepted with nonce %d", ev.Nonce)
			}
			var meta []byte
			if len(c.Meta) > 0 {
				meta = slices.Clone(c.Meta)
			}
			k.orders[ev.OrderID] = &fzOrder{ev.Account, ev.Market, ev.Side, ev.Price, ev.Qty, c.Nonce, meta, c.TIF, c.Expiry}
			takerLeft = ev.Qty
		case EvAmended:
			o := k.orders[ev.OrderID]
			if o == nil || ev.Qty <= 0 || ev.Qty != c.Qty {
				k.fail(i, c, evs, "amend of unknown order or bad quantity")
			}
			o.price, o.qty = ev.Price, ev.Qty
			takerLeft = ev.Qty
		case EvFill:
			tko, mko := k.orders[ev.OrderID], k.orders[ev.MakerOrderID]
			if tko == nil || mko == nil {
				k.fail(i, c, evs, "fill of unknown orders")
			}
			if ev.Qty <= 0 || ev.Qty > tko.qty || ev.Qty > mko.qty {
				k.fail(i, c, evs, "fill quantity %d, taker open %d, maker open %d", ev.Qty, tko.qty, mko.qty)
			}
			if ev.Price != mko.price || !fzWithin(tko.side, tko.price, ev.Price) || tko.side == mko.side ||
				ev.Side != tko.side || ev.Account != tko.account || ev.MakerAccount != mko.account ||
				tko.market != ev.Market || mko.market != ev.Market {
				k.fail(i, c, evs, "fill does not match its orders: taker %+v maker %+v", *tko, *mko)
			}
			if tk.ok && tk.stp != STPNone && tko.account == mko.account {
				k.fail(i, c, evs, "self-trade despite STP %d", tk.stp)
			}
			s := &k.specs[ev.Market]
			n := ev.Qty * s.LotSize * ev.Price * s.TickSize
			if ev.TakerFee != n*s.TakerFeeBps/10000 || ev.MakerFee != n*s.MakerFeeBps/10000 {
				k.fail(i, c, evs, "fees %d/%d for notional %d", ev.TakerFee, ev.MakerFee, n)
			}
			if j+1 >= len(evs) || evs[j+1].Kind != EvTrade || evs[j+1].Qty != ev.Qty || evs[j+1].Price != ev.Price ||
				evs[j+1].OrderID != ev.OrderID || evs[j+1].MakerOrderID != ev.MakerOrderID {
				k.fail(i, c, evs, "fill not followed by its trade")
			}
			buyer, seller, buyerFee, sellerFee := tko.account, mko.account, ev.TakerFee, ev.MakerFee
			if tko.side == Sell {
				buyer, seller, buyerFee, sellerFee = seller, buyer, sellerFee, buyerFee
			}
			k.owned[balKey(buyer, s.QuoteAsset)] -= n + buyerFee
			k.owned[balKey(buyer, s.BaseAsset)] += ev.Qty * s.LotSize
			k.owned[balKey(seller, s.BaseAsset)] -= ev.Qty * s.LotSize
			k.owned[balKey(seller, s.QuoteAsset)] += n - sellerFee
			k.owned[balKey(feeAccount, s.QuoteAsset)] += ev.TakerFee + ev.MakerFee
			k.fills = append(k.fills, fzFill{f: PendingFill{ID: FillID{ev.Market, ev.Seq}, Taker: ev.Account, Maker: ev.MakerAccount,
				TakerOrder: ev.OrderID, MakerOrder: ev.MakerOrderID, TakerSide: ev.Side,
				Price: ev.Price, Qty: ev.Qty, TakerFee: ev.TakerFee, MakerFee: ev.MakerFee,
				TakerMeta: tko.meta, MakerMeta: mko.meta}})
			tko.qty -= ev.Qty
			mko.qty -= ev.Qty
			touched = fzAppendOnce(touched, ev.MakerOrderID)
			touchQty[ev.MakerOrderID] += ev.Qty
			takerLeft -= ev.Qty
		case EvTrade:
		case EvCanceled:
			o := k.orders[ev.OrderID]
			if o == nil || ev.Qty <= 0 || ev.Qty > o.qty || ev.Price != o.price || ev.Side != o.side ||
				ev.Account != o.account || ev.Market != o.market {
				k.fail(i, c, evs, "cancel of %d does not match the order %+v", ev.OrderID, o)
			}
			o.qty -= ev.Qty
			switch ev.Reason {
			case ReasonExpired, ReasonExpiryWithinHorizon:
				expired[ev.OrderID] = true
				if c.Time <= 0 {
					k.fail(i, c, evs, "expiry without time")
				}
				if o.tif != GTD || o.expiry > e.dead {
					k.fail(i, c, evs, "order %d (tif %d, expiry %d) expired at %d", ev.OrderID, o.tif, o.expiry, e.dead)
				}
				if (ev.Reason == ReasonExpired) != (o.expiry <= max(e.now, e.chainTime)) {
					k.fail(i, c, evs, "order %d expiring at %d cancelled %s at %d", ev.OrderID, o.expiry, ev.Reason, max(e.now, e.chainTime))
				}
			case ReasonSTPCancel:
				if !tk.ok {
					k.fail(i, c, evs, "STP cancel without a taker")
				}
				if ev.OrderID == tk.id {
					takerLeft -= ev.Qty
				} else {
					touched = fzAppendOnce(touched, ev.OrderID)
					touchQty[ev.OrderID] += ev.Qty
					if ev.Account != tk.account {
						k.fail(i, c, evs, "STP cancelled another account's order")
					}
				}
			case ReasonIOCRemainder:
				remainder = ev
				takerLeft -= ev.Qty
				if o.qty != 0 {
					k.fail(i, c, evs, "IOC remainder is not the whole rest")
				}
			case ReasonUserCancel:
				if real.Kind == CmdChainCancelNonces {
					if ev.Account != ch.acct || o.nonce == 0 || !slices.Contains(real.Log.Nonces, o.nonce) || o.qty != 0 {
						k.fail(i, c, evs, "nonces cancel of order %d (nonce %d)", ev.OrderID, o.nonce)
					}
				} else if c.Kind != CmdCancel || ev.OrderID != c.OrderID || ev.Account != c.Account {
					k.fail(i, c, evs, "user cancel from %v", c.Kind)
				}
			case ReasonMassCancel:
				if real.Kind == CmdChainWithdraw {
					if ev.Account != ch.acct || ch.avail >= ch.amount || !k.holds(ev.Market, ev.Side, ch.asset) || o.qty != 0 {
						k.fail(i, c, evs, "withdrawal cancelled order %d", ev.OrderID)
					}
				} else if c.Kind != CmdMassCancel || ev.Account != c.Account ||
					(c.Market != NoMarket && ev.Market != c.Market) || (c.Side != AnySide && ev.Side != c.Side) {
					k.fail(i, c, evs, "mass cancel outside its filter")
				}
			case ReasonNonceCancel:
				if c.Kind != CmdCancelNoncesBelow || !floorCancels[ev.OrderID] || o.qty != 0 {
					k.fail(i, c, evs, "nonce cancel of order %d (nonce %d) by %v", ev.OrderID, o.nonce, c.Kind)
				}
				delete(floorCancels, ev.OrderID)
			default:
				k.fail(i, c, evs, "cancel reason %v", ev.Reason)
			}
		case EvBookDelta:
			l := fzLevel{ev.Market, ev.Side, ev.Price}
			if ev.Qty < 0 {
				k.fail(i, c, evs, "negative level")
			}
			if k.levels[l] == ev.Qty {
				k.fail(i, c, evs, "event %d: book delta without a change", j)
			}
			k.levels[l] = ev.Qty
		case EvMarketUpdated:
			if c.Kind != CmdSetReference || ev.Price != c.Price {
				k.fail(i, c, evs, "market update")
			}
			k.specs[ev.Market].RefPrice = ev.Price
		case EvAccountOpened:
			opened = append(opened, ev.Account)
		case EvBatchClosed:
			if closed != nil {
				k.fail(i, c, evs, "two batches closed")
			}
			closed = ev
		case EvSettled, EvReverted:
			outcomes = append(outcomes, ev)
		default:
			k.fail(i, c, evs, "event kind %d", ev.Kind)
		}
	}

	// A rejection is the whole answer, apart from expiries it triggered,
	// and it changes nothing but the clock and sequence numbers.
	if rejected != nil {
		for _, ev := range evs {
			if ev.Kind != EvRejected && !(ev.Kind == EvCanceled && (ev.Reason == ReasonExpired || ev.Reason == ReasonExpiryWithinHorizon)) && ev.Kind != EvBookDelta &&
				!(ev.Kind == EvBalance && len(expired) > 0) {
				k.fail(i, c, evs, "rejection with other events")
			}
		}
		if rejected.Nonce != c.Nonce {
			k.fail(i, c, evs, "rejection with nonce %d", rejected.Nonce)
		}
		if len(expired) == 0 {
			after := e.Snapshot()
			if !bytes.Equal(before[32:], after[32:]) {
				k.fail(i, c, evs, "a rejected command changed the state")
			}
		}
		if c.Kind == CmdPlace && rejected.Reason == ReasonFOKNotFillable && tk.ok && fzFillable(k, c, tk, expired) {
			k.fail(i, c, evs, "FOK rejected although fillable")
		}
		if c.Kind == CmdPlace && rejected.Reason == ReasonPostOnlyWouldTake && tk.ok && !fzCrosses(k, c, tk, expired) {
			k.fail(i, c, evs, "post-only rejected although it does not cross")
		}
	}

	if rejected == nil {
		switch c.Kind {
		case CmdDeposit:
			k.net[c.Asset] += c.Amount
			k.owned[balKey(c.Account, c.Asset)] += c.Amount
		case CmdWithdraw:
			k.net[c.Asset] -= c.Amount
			k.owned[balKey(c.Account, c.Asset)] -= c.Amount
		}
	}
	k.checkNonceRules(i, c, evs, accepted, rejected, nonceEv, floorCancels, expired)
	if ch.ok {
		k.checkChain(i, real, &ch, evs, rejected, opened)
	}
	k.checkSettlement(i, c, evs, rejected, closed, outcomes)
	if rc.ok {
		k.checkReconcile(i, c, &rc, evs, rejected, opened)
	}

	// Matching: the makers touched are a prefix of the opposite side in
	// priority order (expired orders aside), each but the last used up.
	if tk.ok && (accepted != nil || (c.Kind == CmdAmend && rejected == nil)) {
		var opp []fzRest
		for _, r := range tk.opp {
			if !expired[r.id] {
				opp = append(opp, r)
			}
		}
		if len(touched) > len(opp) {
			k.fail(i, c, evs, "touched %d makers, %d in the book", len(touched), len(opp))
		}
		for j, id := range touched {
			if opp[j].id != id {
				k.fail(i, c, evs, "maker %d touched out of priority order, want %d", id, opp[j].id)
			}
			if j < len(touched)-1 && touchQty[id] != opp[j].qty {
				k.fail(i, c, evs, "maker %d not used up before the next", id)
			}
		}
		limit := int64(0)
		if o := k.orders[tk.id]; o != nil {
			limit = o.price
		}
		if takerLeft > 0 && len(touched) < len(opp) && fzWithin(tk.side, limit, opp[len(touched)].price) {
			// The next maker was in reach: only a self order under STP may
			// have stopped the taker, and then it keeps nothing.
			k.fail(i, c, evs, "taker stopped with %d left although %d was in reach", takerLeft, opp[len(touched)].id)
		}
		if accepted != nil && c.TIF == FOK {
			if takerLeft != 0 || remainder != nil {
				k.fail(i, c, evs, "FOK accepted but not filled")
			}
			if !fzFillable(k, c, tk, expired) {
				k.fail(i, c, evs, "FOK accepted although the model says not fillable")
			}
		}
		if accepted != nil && c.PostOnly && len(touched) > 0 {
			k.fail(i, c, evs, "post-only order took")
		}
		if accepted != nil && (c.TIF == IOC || c.TIF == FOK || c.Type == Market) {
			if takerLeft != 0 {
				k.fail(i, c, evs, "IOC keeps %d open", takerLeft)
			}
		}
		if accepted != nil && remainder != nil {
			opp2 := k.book(tk.market, tk.side.Opposite())
			if len(opp2) > 0 && fzWithin(tk.side, remainder.Price, opp2[0].price) {
				k.fail(i, c, evs, "IOC remainder cancelled while the book still crosses it")
			}
		}
	}

	// Orders the checker believes live are exactly the engine's, and
	// nothing with quantity zero or an elapsed expiry survives.
	for id, o := range k.orders {
		if o.qty == 0 {
			delete(k.orders, id)
			continue
		}
		s, ok := e.ids.get(uint64(id))
		if !ok {
			k.fail(i, c, evs, "order %d open %d in events, not in the engine", id, o.qty)
		}
		eo := &e.orders[s]
		if eo.qty != o.qty || eo.price != o.price || eo.side != o.side || eo.account != o.account || eo.market != o.market {
			k.fail(i, c, evs, "order %d: engine %+v, events %+v", id, *eo, *o)
		}
		if eo.tif == GTD && eo.expiry <= e.dead {
			k.fail(i, c, evs, "order %d survived its expiry %d at %d (horizon included)", id, eo.expiry, e.dead)
		}
		if eo.tif == IOC || eo.tif == FOK {
			k.fail(i, c, evs, "order %d rests with TIF %d", id, eo.tif)
		}
	}
	if len(k.orders) != e.ids.n {
		k.fail(i, c, evs, "%d orders in events, %d in the engine", len(k.orders), e.ids.n)
	}

	// Book deltas describe the books.
	for l, q := range k.levels {
		mk := &e.markets[l.market]
		ld := &mk.bids
		if l.side == Sell {
			ld = &mk.asks
		}
		if got := ld.at(l.price).qty; got != q {
			k.fail(i, c, evs, "level %+v: deltas say %d, book %d", l, q, got)
		}
		if q == 0 {
			delete(k.levels, l)
		}
	}
	for m := range e.markets {
		for _, side := range []Side{Buy, Sell} {
			for _, r := range k.book(MarketID(m), side) {
				if k.levels[fzLevel{MarketID(m), side, r.price}] == 0 {
					k.fail(i, c, evs, "level %d/%v/%d never reported", m, side, r.price)
				}
			}
		}
	}

	// Every balance holds what the events say: deposits, withdrawals and
	// fills, fees included.
	for key, v := range k.owned {
		var got int64
		if s, ok := e.balIdx.get(key); ok {
			got = e.bals[s].avail + e.bals[s].held
		}
		if got != v {
			k.fail(i, c, evs, "account %d asset %d: owns %d, events say %d", key>>32, uint32(key), got, v)
		}
	}
	for _, bk := range e.balIdx.buckets {
		if bk.val != 0 {
			b := e.bals[bk.val-1]
			if key := bk.key; b.avail+b.held != k.owned[key] {
				k.fail(i, c, evs, "account %d asset %d: owns %d, events say %d", key>>32, uint32(key), b.avail+b.held, k.owned[key])
			}
		}
	}

	// An accepted order had the balance for its hold; an order refused
	// INSUFFICIENT_BALANCE did not.
	if c.Kind == CmdPlace && tk.ok && len(expired) == 0 && rejected != nil &&
		(rejected.Reason == ReasonInsufficientBalance || rejected.Reason == ReasonNegativeBalance) {
		// NEGATIVE_BALANCE exactly when the held asset's available is
		// negative.
		sp := &k.specs[c.Market]
		asset := sp.BaseAsset
		if c.Side == Buy {
			asset = sp.QuoteAsset
		}
		if have := k.availBefore(before, c.Account, asset); (have < 0) != (rejected.Reason == ReasonNegativeBalance) {
			k.fail(i, c, evs, "%v with %d available before", rejected.Reason, have)
		}
	}
	if c.Kind == CmdPlace && tk.ok && len(expired) == 0 && (accepted != nil ||
		(rejected != nil && rejected.Reason == ReasonInsufficientBalance)) {
		sp := &k.specs[c.Market]
		limit := fzLimit(k, c, tk)
		need, asset := c.Qty*sp.LotSize, sp.BaseAsset
		if c.Side == Buy {
			fee := max(sp.MakerFeeBps, sp.TakerFeeBps)
			if c.PostOnly {
				fee = sp.MakerFeeBps
			}
			n := c.Qty * sp.LotSize * limit * sp.TickSize
			need, asset = n+(n*fee+9999)/10000, sp.QuoteAsset
		}
		if have := k.availBefore(before, c.Account, asset); (accepted != nil) != (have >= need) {
			k.fail(i, c, evs, "hold %d with %d available before", need, have)
		}
	}

	// Conservation: every asset sums to what came in minus what went out.
	tot := e.Totals()
	for a, v := range tot {
		if v != k.net[a] {
			k.fail(i, c, evs, "asset %d: total %d, deposits-withdrawals %d", a, v, k.net[a])
		}
	}
	for a, v := range k.net {
		if tot[a] != v {
			k.fail(i, c, evs, "asset %d: total %d, deposits-withdrawals %d", a, tot[a], v)
		}
	}

	// The balances the events describe are the engine's, every one.
	for _, bk := range e.balIdx.buckets {
		if bk.val == 0 {
			continue
		}
		b := e.bals[bk.val-1]
		if got := k.bals[bk.key]; got != [2]int64{b.avail, b.held} {
			k.fail(i, c, evs, "account %d asset %d: engine avail %d held %d, balance events say %v",
				bk.key>>32, uint32(bk.key), b.avail, b.held, got)
		}
	}
	for key, v := range k.bals {
		if s, ok := e.balIdx.get(key); !ok && v != [2]int64{} {
			k.fail(i, c, evs, "balance events describe account %d asset %d, which the engine lacks", key>>32, uint32(key))
		} else if ok && [2]int64{e.bals[s].avail, e.bals[s].held} != v {
			k.fail(i, c, evs, "account %d asset %d differs from its balance events", key>>32, uint32(key))
		}
	}
	k.checkNonceState(i, c, evs)
}

// checkSettlement checks one command against the settlement model (batches,
// results, reversals, the chain position) and the ledger against the model.
func (k *fzChecker) checkSettlement(i int, c *Command, evs []Event, rejected, closed *Event, outcomes []*Event) {
	k.t.Helper()
	e := k.e
	reason := ReasonNone
	if rejected != nil {
		reason = rejected.Reason
	}
	seen := c.Chain != 0 && chainKind(c.Kind) && c.Chain <= k.chain
	if seen != (reason == ReasonChainEventSeen) {
		k.fail(i, c, evs, "chain %d at position %d: %v", c.Chain, k.chain, reason)
	}
	if c.Chain != 0 && chainKind(c.Kind) && rejected == nil {
		k.chain = c.Chain
	}
	if got := e.ChainPosition(); got != k.chain {
		k.fail(i, c, evs, "chain position %d, model %d", got, k.chain)
	}
	unbatched := 0
	for _, f := range k.fills {
		if f.batch == 0 {
			unbatched++
		}
	}
	switch {
	case seen:
	case c.Kind == CmdSettleBatch:
		want := ReasonNone
		switch {
		case c.Batch != k.nextBatch:
			want = ReasonBadBatchID
		case c.Count == 0 || int(c.Count) > unbatched:
			want = ReasonInvalidBatchSize
		}
		if reason != want {
			k.fail(i, c, evs, "settle batch: %v, want %v (next %d, %d unbatched)", reason, want, k.nextBatch, unbatched)
		}
		if want != ReasonNone {
			break
		}
		if closed == nil || closed.Batch != c.Batch || closed.Qty != int64(c.Count) {
			k.fail(i, c, evs, "batch %d closed without its event", c.Batch)
		}
		n := 0
		for j := range k.fills {
			if k.fills[j].batch == 0 && n < int(c.Count) {
				k.fills[j].batch = c.Batch
				n++
			}
		}
		k.open = append(k.open, fzBatch{c.Batch, n})
		k.nextBatch++
	case c.Kind == CmdSettlementResult:
		want := ReasonNone
		switch {
		case len(k.open) == 0 || c.Batch != k.open[0].id:
			want = ReasonBadBatchID
		case len(c.Meta) != k.open[0].count:
			want = ReasonBadResults
		}
		if reason != want {
			k.fail(i, c, evs, "settlement result: %v, want %v", reason, want)
		}
		if want != ReasonNone {
			break
		}
		if len(outcomes) != len(c.Meta) {
			k.fail(i, c, evs, "%d outcomes for %d results", len(outcomes), len(c.Meta))
		}
		for j, ev := range outcomes {
			f := k.fills[j].f
			if k.fills[j].batch != c.Batch {
				k.fail(i, c, evs, "fill %v is not in batch %d", f.ID, c.Batch)
			}
			id, _ := ev.FillOf()
			if k.resolved[id] {
				k.fail(i, c, evs, "fill %v resolved twice", id)
			}
			k.resolved[id] = true
			if id != f.ID || ev.Batch != c.Batch || ev.Result != c.Meta[j] || (ev.Kind == EvReverted) != (c.Meta[j] != 0) ||
				ev.Account != f.Taker || ev.MakerAccount != f.Maker || ev.OrderID != f.TakerOrder || ev.MakerOrderID != f.MakerOrder ||
				ev.Side != f.TakerSide || ev.Price != f.Price || ev.Qty != f.Qty || ev.TakerFee != f.TakerFee || ev.MakerFee != f.MakerFee {
				k.fail(i, c, evs, "outcome %d does not describe fill %+v", j, f)
			}
			if ev.Kind == EvReverted {
				s := &k.specs[f.ID.Market]
				n := f.Qty * s.LotSize * f.Price * s.TickSize
				buyer, seller, bf, sf := f.Taker, f.Maker, f.TakerFee, f.MakerFee
				if f.TakerSide == Sell {
					buyer, seller, bf, sf = seller, buyer, sf, bf
				}
				k.owned[balKey(buyer, s.QuoteAsset)] += n + bf
				k.owned[balKey(buyer, s.BaseAsset)] -= f.Qty * s.LotSize
				k.owned[balKey(seller, s.BaseAsset)] += f.Qty * s.LotSize
				k.owned[balKey(seller, s.QuoteAsset)] -= n - sf
				k.owned[balKey(feeAccount, s.QuoteAsset)] -= bf + sf
			}
		}
		k.fills = k.fills[len(c.Meta):]
		k.open = k.open[1:]
	}
	if (closed != nil) != (c.Kind == CmdSettleBatch && rejected == nil) || (len(outcomes) > 0 && (c.Kind != CmdSettlementResult || rejected != nil)) {
		k.fail(i, c, evs, "settlement events from %v", c.Kind)
	}

	// The ledger is the model's.
	if e.PendingCount() != len(k.fills) || e.UnbatchedCount() != len(k.fills)-k.batched() || e.NextBatch() != k.nextBatch {
		k.fail(i, c, evs, "ledger: %d pending, %d unbatched, next batch %d; model %d, %d, %d",
			e.PendingCount(), e.UnbatchedCount(), e.NextBatch(), len(k.fills), len(k.fills)-k.batched(), k.nextBatch)
	}
	j := 0
	for f := range e.PendingFills() {
		if j >= len(k.fills) || !f.Equal(k.fills[j].f) {
			k.fail(i, c, evs, "pending fill %d: %+v", j, f)
		}
		if k.resolved[f.ID] {
			k.fail(i, c, evs, "resolved fill %v still pending", f.ID)
		}
		j++
	}
	if first, ok := e.OldestOpenBatch(); ok != (len(k.open) > 0) || (ok && first != k.open[0].id) {
		k.fail(i, c, evs, "oldest open batch %d %v", first, ok)
	}
	at := 0
	for _, b := range k.open {
		fills, ok := e.Batch(b.id)
		if !ok || len(fills) != b.count {
			k.fail(i, c, evs, "Batch(%d): %d fills %v, want %d", b.id, len(fills), ok, b.count)
		}
		for _, f := range fills {
			if !f.Equal(k.fills[at].f) || k.fills[at].batch != b.id {
				k.fail(i, c, evs, "Batch(%d) has %v", b.id, f.ID)
			}
			at++
		}
	}
	for _, id := range []uint64{0, k.nextBatch, k.nextBatch + 1} {
		if _, ok := e.Batch(id); ok {
			k.fail(i, c, evs, "Batch(%d) is not open", id)
		}
	}
	if len(k.open) > 0 {
		if _, ok := e.Batch(k.open[0].id - 1); ok {
			k.fail(i, c, evs, "a resolved batch is still open")
		}
	}
}

func (k *fzChecker) batched() int {
	n := 0
	for _, b := range k.open {
		n += b.count
	}
	return n
}

// checkNonceRules checks one command's outcome against the nonce and meta
// rules, then updates the model.
func (k *fzChecker) checkNonceRules(i int, c *Command, evs []Event, accepted, rejected, nonceEv *Event,
	floorCancels map[OrderID]bool, expired map[OrderID]bool) {
	k.t.Helper()
	e := k.e
	known := int(c.Account) < len(e.accounts)
	nonceReason := func(r Reason) bool { return r == ReasonDuplicateNonce || r == ReasonNonceTooFar }
	if rejected != nil && rejected.Reason == ReasonChainEventSeen {
		return // checkSettlement checks that it was due, and it changed nothing
	}
	switch c.Kind {
	case CmdPlace:
		if known && int(c.Market) < len(k.specs) && c.Nonce != 0 {
			n := k.nonceModel(c.Account)
			switch {
			case n.isUsed(c.Nonce):
				if rejected == nil || rejected.Reason != ReasonDuplicateNonce {
					k.fail(i, c, evs, "nonce %d is used (floor %d) but not rejected DUPLICATE_NONCE", c.Nonce, n.floor)
				}
			case n.tooFar(c.Nonce):
				if rejected == nil || rejected.Reason != ReasonNonceTooFar {
					k.fail(i, c, evs, "nonce %d is too far above base %d but not rejected NONCE_TOO_FAR", c.Nonce, n.base())
				}
			case rejected != nil && nonceReason(rejected.Reason):
				k.fail(i, c, evs, "nonce %d (base %d) rejected %v", c.Nonce, n.base(), rejected.Reason)
			}
		} else if rejected != nil && nonceReason(rejected.Reason) && c.Nonce == 0 {
			k.fail(i, c, evs, "a place without nonce rejected %v", rejected.Reason)
		}
		if accepted != nil && len(c.Meta) > MaxMetaSize {
			k.fail(i, c, evs, "accepted %d bytes of meta", len(c.Meta))
		}
		if rejected != nil && rejected.Reason == ReasonMetaTooLarge && len(c.Meta) <= MaxMetaSize {
			k.fail(i, c, evs, "META_TOO_LARGE for %d bytes", len(c.Meta))
		}
		if accepted != nil && c.Nonce != 0 {
			k.nonceModel(c.Account).used[c.Nonce] = true
		}
	case CmdCancelNoncesBelow:
		if !known {
			if rejected == nil || rejected.Reason != ReasonUnknownAccount || nonceEv != nil {
				k.fail(i, c, evs, "nonce floor of an unknown account")
			}
			return
		}
		n := k.nonceModel(c.Account)
		n.floor = max(n.floor, c.Nonce)
		if rejected != nil || nonceEv == nil || nonceEv.Account != c.Account || nonceEv.Nonce != n.base() {
			k.fail(i, c, evs, "nonce floor %d: want base %d in its event", c.Nonce, n.base())
		}
		for id := range floorCancels {
			if !expired[id] {
				k.fail(i, c, evs, "order %d (nonce %d) survived the floor %d", id, k.orders[id].nonce, c.Nonce)
			}
		}
	default:
		if nonceEv != nil {
			k.fail(i, c, evs, "nonce event from %v", c.Kind)
		}
	}
}

// checkNonceState compares the engine's nonce and meta queries with the
// model and the live orders.
func (k *fzChecker) checkNonceState(i int, c *Command, evs []Event) {
	k.t.Helper()
	e := k.e
	probes := []uint64{0, 1, 2, 63, 64, 65, 65535, 65536, 65537, 70000, 1 << 20, 1<<64 - 2, 1<<64 - 1}
	for a := range AccountID(len(e.accounts)) {
		n := k.nonceModel(a)
		if got := e.NonceBase(a); got != n.base() {
			k.fail(i, c, evs, "account %d: nonce base %d, model %d", a, got, n.base())
		}
		check := func(x uint64) {
			if got := e.NonceUsed(a, x); got != n.isUsed(x) {
				k.fail(i, c, evs, "account %d: NonceUsed(%d) = %v, model %v", a, x, got, n.isUsed(x))
			}
		}
		for x := range uint64(52) {
			check(x)
		}
		for _, x := range probes {
			check(x)
			check(n.floor + x)
		}
		for x := range n.used {
			check(x)
			check(x + 1)
		}
	}
	live := map[nonceKey]OrderID{}
	metas := 0
	for id, o := range k.orders {
		if o.nonce != 0 {
			live[nonceKey{o.account, o.nonce}] = id
			if got, ok := e.OrderByNonce(o.account, o.nonce); !ok || got != id {
				k.fail(i, c, evs, "OrderByNonce(%d, %d) = %d %v, want %d", o.account, o.nonce, got, ok, id)
			}
		}
		if m, ok := e.OrderMeta(id); !ok || !bytes.Equal(m, o.meta) || (m == nil) != (o.meta == nil) {
			k.fail(i, c, evs, "OrderMeta(%d) = %d bytes %v, want %d bytes", id, len(m), ok, len(o.meta))
		}
		if o.meta != nil {
			metas++
		}
	}
	for a, n := range k.nonces {
		for x := range n.used {
			if _, ok := live[nonceKey{a, x}]; !ok {
				if id, ok := e.OrderByNonce(a, x); ok {
					k.fail(i, c, evs, "OrderByNonce(%d, %d) = %d, but no live order has it", a, x, id)
				}
			}
		}
	}
	for id, m := range e.OrderMetas() {
		o := k.orders[id]
		if o == nil || !bytes.Equal(m, o.meta) {
			k.fail(i, c, evs, "OrderMetas yields order %d with %d bytes", id, len(m))
		}
		metas--
	}
	if metas != 0 {
		k.fail(i, c, evs, "OrderMetas is %d orders short", metas)
	}
}

// availBefore decodes the available balance of (a, asset) from a snapshot.
func (k *fzChecker) availBefore(snap []byte, a AccountID, asset AssetID) int64 {
	e, err := Restore(fzConfig, snap)
	if err != nil {
		k.t.Fatalf("restore: %v", err)
	}
	if s, ok := e.balIdx.get(balKey(a, asset)); ok {
		return e.bals[s].avail
	}
	return 0
}

func fzAppendOnce(s []OrderID, id OrderID) []OrderID {
	if len(s) > 0 && s[len(s)-1] == id {
		return s
	}
	return append(s, id)
}

// fzLimit is the price limit of the taker in command c.
func fzLimit(k *fzChecker, c *Command, tk fzTaker) int64 {
	if c.Kind == CmdPlace && c.Type == Market {
		mk := &k.e.markets[tk.market]
		if tk.side == Buy {
			return mk.hi
		}
		return mk.lo
	}
	return c.Price
}

// fzFillable is the model of FOK: can the taker fill completely against
// the opposite side, honouring its STP mode?
func fzFillable(k *fzChecker, c *Command, tk fzTaker, expired map[OrderID]bool) bool {
	limit := fzLimit(k, c, tk)
	need := c.Qty
	for _, r := range tk.opp {
		if expired[r.id] {
			continue
		}
		if !fzWithin(tk.side, limit, r.price) {
			break
		}
		if r.account == tk.account && tk.stp != STPNone {
			if tk.stp == STPCancelOldest {
				continue
			}
			return false
		}
		need -= r.qty
		if need <= 0 {
			return true
		}
	}
	return false
}

func fzCrosses(k *fzChecker, c *Command, tk fzTaker, expired map[OrderID]bool) bool {
	for _, r := range tk.opp {
		if !expired[r.id] {
			return fzWithin(tk.side, c.Price, r.price)
		}
	}
	return false
}

// fzRun applies the decoded commands with every check, then replays them.
func fzRun(t *testing.T, data []byte) {
	cmds := fzDecode(data)
	k := newFzChecker(t)
	mid := 0
	if len(data) > 0 {
		mid = int(data[0]) * len(cmds) / 256
	}
	var snap []byte
	for i := range cmds {
		if i == mid {
			snap = k.e.Snapshot()
		}
		k.prepare(&cmds[i])
		k.apply(i, &cmds[i])
	}
	if snap == nil {
		snap = k.e.Snapshot()
	}
	final := k.e.StateHash()

	// Replay on a fresh engine: same state, same events.
	r := New(fzConfig)
	var buf []byte
	for i := range cmds {
		buf = AppendCommand(buf[:0], &cmds[i])
		var c Command
		if err := DecodeCommand(buf, &c); err != nil {
			t.Fatalf("replay: command %d does not decode: %v", i, err)
		}
		evs := r.Apply(&c)
		if !slices.Equal(evs, k.events[i]) {
			t.Fatalf("replay: command %d gave different events:\n%+v\n%+v", i, evs, k.events[i])
		}
	}
	if r.StateHash() != final {
		t.Fatalf("replay: different final state")
	}

	// Restore at the midpoint and apply the rest.
	s, err := Restore(fzConfig, snap)
	if err != nil {
		t.Fatalf("restore at %d: %v", mid, err)
	}
	if !bytes.Equal(s.Snapshot(), snap) {
		t.Fatalf("restore at %d: snapshot differs after restore", mid)
	}
	for i := mid; i < len(cmds); i++ {
		c := cmds[i]
		evs := s.Apply(&c)
		if !slices.Equal(evs, k.events[i]) {
			t.Fatalf("restored at %d: command %d gave different events:\n%+v\n%+v", mid, i, evs, k.events[i])
		}
		if err := s.CheckInvariants(); err != nil {
			t.Fatalf("restored at %d: command %d: %v", mid, i, err)
		}
	}
	if s.StateHash() != final {
		t.Fatalf("restored at %d: different final state", mid)
	}
	for _, x := range []*Engine{r, s} {
		if !slices.EqualFunc(slices.Collect(x.PendingFills()), slices.Collect(k.e.PendingFills()), PendingFill.Equal) || x.ChainPosition() != k.e.ChainPosition() {
			t.Fatalf("replayed or restored engine: different ledger or chain position")
		}
		n := 0
		for id, m := range x.OrderMetas() {
			if want, ok := k.e.OrderMeta(id); !ok || !bytes.Equal(m, want) {
				t.Fatalf("replayed or restored engine: order %d meta differs", id)
			}
			n++
		}
		for range k.e.OrderMetas() {
			n--
		}
		if n != 0 {
			t.Fatalf("replayed or restored engine: %d more orders with meta", n)
		}
	}
}
