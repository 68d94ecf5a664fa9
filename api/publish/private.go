package publish

import (
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/api/marketdata"
	"github.com/hourglass-exchange/hourglass/api/wire"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
)

// privCmd is what the private channels need of a command.
type privCmd struct {
	kind    exchange.CommandKind
	address [20]byte
	market  exchange.MarketID
	side    exchange.Side
	price   int64
	qty     int64
}

// isPrivate reports whether an event goes to an account's topic.
func isPrivate(k exchange.EventKind) bool {
	switch k {
	case exchange.EvAccountOpened, exchange.EvBalance, exchange.EvAccepted, exchange.EvRejected,
		exchange.EvAmended, exchange.EvFill, exchange.EvCanceled,
		exchange.EvBatchClosed, exchange.EvSettled, exchange.EvReverted, exchange.EvNoncesCanceled:
		return true
	}
	return false
}

// pubAccount is the publisher's state of one account topic.
type pubAccount struct {
	t     topicSeq
	state wire.AccountState
}

// pubOrder is a live order as the private channels report it.
type pubOrder struct {
	account exchange.AccountID
	market  exchange.MarketID
	side    exchange.Side
	price   int64
	qty     int64 // placed
	filled  int64
	open    int64
	nonce   uint64
}

// pubFill is a fill the engine's settlement ledger holds (matched, not
// settled or reverted yet), as the settlement channel reports it.
type pubFill struct {
	id                     exchange.FillID
	taker, maker           exchange.AccountID
	takerOrder, makerOrder exchange.OrderID
	takerNonce, makerNonce uint64
	price, qty             int64
	side                   exchange.Side // the taker's
	batch                  uint64        // 0: in no batch yet
}

// privPublisher is the private side of the Publisher, owned by Run.
type privPublisher struct {
	addrs    []string // by account id: the lower-case address
	accounts map[exchange.AccountID]*pubAccount
	orders   map[exchange.OrderID]*pubOrder
	// pend mirrors the engine's settlement ledger from pendHead on, in fill
	// order; the first batched of them are in batches.
	pend     []pubFill
	pendHead int
	batched  int
	// nonces mirrors each account's used nonces (by account id) from the
	// events, for the nonces channel.
	nonces []exchange.NonceSet
}

func (p *Publisher) privInit() {
	if p.priv.accounts == nil {
		p.priv.accounts = make(map[exchange.AccountID]*pubAccount)
		p.priv.orders = make(map[exchange.OrderID]*pubOrder)
	}
}

// marketInfo returns the formatting of a market the feed knows.
func (p *Publisher) marketInfo(id exchange.MarketID) *marketdata.MarketInfo {
	if int(id) < len(p.markets) && p.markets[id] != nil {
		return p.markets[id].info
	}
	if info, ok := p.feed.Market(id); ok {
		return info
	}
	return nil
}

// asset returns an asset's name and decimals.
func (p *Publisher) asset(a exchange.AssetID) (string, int, bool) {
	for _, info := range p.feed.Markets() {
		switch a {
		case info.Spec.BaseAsset:
			return info.Symbol, info.Decimals.Base, true
		case info.Spec.QuoteAsset:
			return wire.QuoteAssetName, info.Decimals.Quote, true
		}
	}
	return "", 0, false
}

func (p *Publisher) setAddr(a exchange.AccountID, addr [20]byte) {
	for int(a) >= len(p.priv.addrs) {
		p.priv.addrs = append(p.priv.addrs, "")
	}
	p.priv.addrs[a] = wire.Account(common.Address(addr))
}

// account returns an account's topic state, creating it (and queueing an
// empty snapshot, so that the topic never has messages without one).
func (p *Publisher) account(a exchange.AccountID) *pubAccount {
	if pa := p.priv.accounts[a]; pa != nil {
		return pa
	}
	if int(a) >= len(p.priv.addrs) || p.priv.addrs[a] == "" {
		return nil
	}
	addr := p.priv.addrs[a]
	pa := &pubAccount{state: wire.AccountState{Account: addr}}
	pa.t.names = []wire.Topic{wire.AccountTopic(common.HexToAddress(addr))}
	base := p.base
	for i := range pa.state.Seqs {
		pa.state.Seqs[i] = base
	}
	pa.t.last = base + 1
	p.priv.accounts[a] = pa
	p.addSnap(&pa.t, 0, pa.t.last, pa.state.Encode())
	return pa
}

// privUpdate queues one update of an account's channel.
func (p *Publisher) privUpdate(a exchange.AccountID, ch int, ts string, v any) {
	pa := p.account(a)
	if pa == nil {
		return
	}
	data := pa.state.Update(ch, ts, v)
	p.add(&pa.t, 0, pa.t.last+1, data)
	if pa.t.since++; pa.t.since >= p.opts.PrivateSnapshotEvery {
		p.snapshotAccount(pa)
	}
}

func (p *Publisher) snapshotAccount(pa *pubAccount) {
	p.addSnap(&pa.t, 0, pa.t.last, pa.state.Encode())
}

func (p *Publisher) orderWire(id exchange.OrderID, o *pubOrder, event, status, reason string, cmdSeq uint64, ts string, ms int64) wire.Order {
	info := p.marketInfo(o.market)
	if status == "" {
		switch {
		case o.open > 0 && o.filled == 0:
			status = "open"
		case o.open > 0:
			status = "partially_filled"
		case o.filled == o.qty:
			status = "filled"
		default:
			status = "canceled"
		}
	}
	return wire.Order{OrderID: uint64(id), ClientOrderID: wire.ClientOrderID(o.nonce), Market: info.Symbol, Side: wire.SideName(o.side),
		Price: info.Price(o.price), Size: info.Size(o.qty), FilledSize: info.Size(o.filled), OpenSize: info.Size(o.open),
		Status: status, Event: event, Reason: reason, CmdSeq: cmdSeq, Time: ts, TimeMS: ms}
}

// applyPrivate queues the private messages of one command.
func (p *Publisher) applyPrivate(a *applied) {
	p.privInit()
	tm := time.Unix(0, a.time).UTC()
	ts, ms := tm.Format(wire.TimeFormat), tm.UnixMilli()
	for i := range a.priv {
		ev := &a.priv[i]
		switch ev.Kind {
		case exchange.EvAccountOpened:
			if a.cmd.kind == exchange.CmdOpenAccount || a.cmd.kind == exchange.CmdChainDeposit {
				p.setAddr(ev.Account, a.cmd.address)
				p.account(ev.Account)
			}
		case exchange.EvAccepted:
			if ev.Nonce != 0 {
				ns := p.nonceSet(ev.Account)
				before := ns.Base()
				ns.Use(ev.Nonce)
				p.noncesMoved(ev.Account, before, a.seq, ts)
			}
			if p.marketInfo(ev.Market) == nil {
				continue
			}
			o := &pubOrder{account: ev.Account, market: ev.Market, side: ev.Side, price: ev.Price, qty: ev.Qty, open: ev.Qty, nonce: ev.Nonce}
			p.priv.orders[ev.OrderID] = o
			p.privUpdate(ev.Account, wire.PrivOrders, ts, p.orderWire(ev.OrderID, o, "accepted", "open", "", a.seq, ts, ms))
		case exchange.EvNoncesCanceled:
			ns := p.nonceSet(ev.Account)
			before := ns.Base()
			ns.Raise(ev.Nonce)
			p.noncesMoved(ev.Account, before, a.seq, ts)
		case exchange.EvRejected:
			// A place refused for its nonce is a retry, or a mistake, that
			// reused the client order id of an order already placed: an
			// update naming that client order id would read, to a client
			// keyed on its own ids, as that order's rejection. The refusal
			// is the order.place response (409 duplicate_client_order_id).
			if ev.Nonce == 0 || a.cmd.kind != exchange.CmdPlace || p.marketInfo(a.cmd.market) == nil ||
				ev.Reason == exchange.ReasonDuplicateNonce {
				continue
			}
			o := &pubOrder{market: a.cmd.market, side: a.cmd.side, price: a.cmd.price, qty: a.cmd.qty, nonce: ev.Nonce}
			p.privUpdate(ev.Account, wire.PrivOrders, ts, p.orderWire(ev.OrderID, o, "rejected", "rejected", ev.Reason.String(), a.seq, ts, ms))
		case exchange.EvAmended:
			o := p.priv.orders[ev.OrderID]
			if o == nil {
				continue
			}
			o.price, o.open = ev.Price, ev.Qty
			p.privUpdate(o.account, wire.PrivOrders, ts, p.orderWire(ev.OrderID, o, "amended", "", "", a.seq, ts, ms))
		case exchange.EvCanceled:
			o := p.priv.orders[ev.OrderID]
			if o == nil {
				continue
			}
			o.open -= ev.Qty
			if o.open < 0 {
				o.open = 0
			}
			p.privUpdate(o.account, wire.PrivOrders, ts, p.orderWire(ev.OrderID, o, "canceled", "", ev.Reason.String(), a.seq, ts, ms))
			if o.open == 0 {
				delete(p.priv.orders, ev.OrderID)
			}
		case exchange.EvFill:
			p.fill(ev, a.seq, ts, ms)
		case exchange.EvBatchClosed:
			p.batchClosed(ev, a.seq, ts, ms)
		case exchange.EvSettled, exchange.EvReverted:
			p.settled(ev, a.seq, ts, ms)
		case exchange.EvBalance:
			if ev.Account == exchange.FeeAccount {
				continue
			}
			name, dec, ok := p.asset(ev.Asset)
			if !ok {
				continue
			}
			p.privUpdate(ev.Account, wire.PrivBalances, ts, wire.Balance{Asset: name, Available: wire.FormatAmount(ev.Amount, dec),
				Held: wire.FormatAmount(ev.Qty, dec), CmdSeq: a.seq})
		}
	}
}

// fill queues the taker's and the maker's order update and fill.
func (p *Publisher) fill(ev *exchange.Event, cmdSeq uint64, ts string, ms int64) {
	// The settlement mirror records every fill, as the engine's ledger does.
	pf := pubFill{id: exchange.FillID{Market: ev.Market, Seq: ev.Seq}, taker: ev.Account, maker: ev.MakerAccount,
		takerOrder: ev.OrderID, makerOrder: ev.MakerOrderID, price: ev.Price, qty: ev.Qty, side: ev.Side}
	if o := p.priv.orders[ev.OrderID]; o != nil {
		pf.takerNonce = o.nonce
	}
	if o := p.priv.orders[ev.MakerOrderID]; o != nil {
		pf.makerNonce = o.nonce
	}
	p.priv.pend = append(p.priv.pend, pf)
	info := p.marketInfo(ev.Market)
	if info == nil {
		return
	}
	views := []struct {
		acct  exchange.AccountID
		id    exchange.OrderID
		side  exchange.Side
		fee   int64
		liq   string
		maker bool
	}{
		{ev.Account, ev.OrderID, ev.Side, ev.TakerFee, "taker", false},
		{ev.MakerAccount, ev.MakerOrderID, ev.Side.Opposite(), ev.MakerFee, "maker", true},
	}
	for _, v := range views {
		o := p.priv.orders[v.id]
		var nonce uint64
		if o != nil {
			o.filled += ev.Qty
			o.open = max(0, o.open-ev.Qty)
			nonce = o.nonce
			p.privUpdate(v.acct, wire.PrivOrders, ts, p.orderWire(v.id, o, "fill", "", "", cmdSeq, ts, ms))
			if o.open == 0 {
				delete(p.priv.orders, v.id)
			}
		}
		p.privUpdate(v.acct, wire.PrivFills, ts, wire.Fill{Market: info.Symbol, FillID: ev.Seq, OrderID: uint64(v.id),
			ClientOrderID: wire.ClientOrderID(nonce), Side: wire.SideName(v.side), Price: info.Price(ev.Price), Size: info.Size(ev.Qty),
			Fee: wire.FormatAmount(v.fee, info.Decimals.Quote), FeeAsset: wire.QuoteAssetName, Liquidity: v.liq,
			Settlement: wire.SettlementMatched, CmdSeq: cmdSeq, Time: ts, TimeMS: ms})
	}
	p.settlementUpdates(&pf, wire.SettlementMatched, 0, cmdSeq, ts, ms)
}

// settlementUpdates queues the settlement update of both views of a fill
// (one account's twice for a self-trade): its state, and for a reverted
// fill the contract's result byte.
func (p *Publisher) settlementUpdates(f *pubFill, state string, result uint8, cmdSeq uint64, ts string, ms int64) {
	info := p.marketInfo(f.id.Market)
	if info == nil {
		return
	}
	var reason, party string
	if state == wire.SettlementReverted {
		reason, party = RevertReason(result)
	}
	for _, v := range [2]struct {
		acct  exchange.AccountID
		id    exchange.OrderID
		nonce uint64
		side  exchange.Side
		liq   string
	}{
		{f.taker, f.takerOrder, f.takerNonce, f.side, "taker"},
		{f.maker, f.makerOrder, f.makerNonce, f.side.Opposite(), "maker"},
	} {
		p.privUpdate(v.acct, wire.PrivSettlement, ts, wire.Settlement{Market: info.Symbol, FillID: f.id.Seq, OrderID: uint64(v.id),
			ClientOrderID: wire.ClientOrderID(v.nonce), Side: wire.SideName(v.side), Liquidity: v.liq, Price: info.Price(f.price),
			Size: info.Size(f.qty), State: state, Batch: f.batch, Reason: reason, Party: party,
			CmdSeq: cmdSeq, Time: ts, TimeMS: ms})
	}
}

// RevertReason names a reverted fill's result byte (party << 6 | reason,
// exchange/settlement/eip712): the skip reason's stable code (UNKNOWN for a
// number this build does not know) and the party it is about; party
// "operator" for a fill the settlement pipeline skipped itself
// (exchange.OperatorSkip: SIMULATION_FAILED, UNBUILDABLE).
func RevertReason(result uint8) (reason, party string) {
	if r, ok := exchange.OperatorSkip(result); ok {
		return r, "operator" // the pipeline's own skip (exchange.CmdSkipFills)
	}
	sk := eip712.DecodeResult(0, result)
	reason = sk.Reason.String()
	if strings.HasPrefix(reason, "reason(") {
		reason = "UNKNOWN"
	}
	party = sk.Party.String()
	if strings.HasPrefix(party, "party(") {
		party = "unknown"
	}
	return reason, party
}

// batchClosed gives the next Qty unbatched fills of the mirror the batch
// id, as the engine did, and reports it to their accounts.
func (p *Publisher) batchClosed(ev *exchange.Event, cmdSeq uint64, ts string, ms int64) {
	pv := &p.priv
	start := pv.pendHead + pv.batched
	n := min(int(ev.Qty), len(pv.pend)-start)
	if n < int(ev.Qty) {
		p.log.Error("private publisher: a batch closed with fills it never saw", "batch", ev.Batch,
			"fills", ev.Qty, "known", n)
	}
	for i := start; i < start+n; i++ {
		f := &pv.pend[i]
		f.batch = ev.Batch
		p.settlementUpdates(f, wire.SettlementMatched, 0, cmdSeq, ts, ms)
	}
	pv.batched += n
}

// settled reports a fill's outcome and drops it from the mirror: the
// engine resolves fills in ledger order, so it is the oldest one.
func (p *Publisher) settled(ev *exchange.Event, cmdSeq uint64, ts string, ms int64) {
	pv := &p.priv
	id := exchange.FillID{Market: ev.FillMarket, Seq: ev.FillSeq}
	f := pubFill{id: id, taker: ev.Account, maker: ev.MakerAccount, takerOrder: ev.OrderID, makerOrder: ev.MakerOrderID,
		price: ev.Price, qty: ev.Qty, side: ev.Side, batch: ev.Batch}
	if i := pv.find(id); i > pv.pendHead {
		// A fill the pipeline skipped out of an open batch
		// (exchange.CmdSkipFills): it leaves the middle of the mirror.
		f.takerNonce, f.makerNonce = pv.pend[i].takerNonce, pv.pend[i].makerNonce
		if i < pv.pendHead+pv.batched {
			pv.batched--
		}
		pv.pend = slices.Delete(pv.pend, i, i+1)
	} else if pv.pendHead < len(pv.pend) && pv.pend[pv.pendHead].id == id {
		f.takerNonce, f.makerNonce = pv.pend[pv.pendHead].takerNonce, pv.pend[pv.pendHead].makerNonce
		pv.pend[pv.pendHead] = pubFill{}
		pv.pendHead++
		pv.batched = max(0, pv.batched-1)
		switch live := len(pv.pend) - pv.pendHead; {
		case live == 0:
			pv.pend, pv.pendHead = pv.pend[:0], 0
		case pv.pendHead >= live:
			copy(pv.pend, pv.pend[pv.pendHead:])
			clear(pv.pend[live:])
			pv.pend, pv.pendHead = pv.pend[:live], 0
		}
	}
	state := wire.SettlementSettled
	if ev.Kind == exchange.EvReverted {
		state = wire.SettlementReverted
	}
	p.settlementUpdates(&f, state, ev.Result, cmdSeq, ts, ms)
}

// find returns the index of fill id in the mirror: the oldest pending
// fill's at once, else a search of the batched ones (a fill skipped out of
// an open batch); -1 if it holds none.
func (pv *privPublisher) find(id exchange.FillID) int {
	if pv.pendHead < len(pv.pend) && pv.pend[pv.pendHead].id == id {
		return pv.pendHead
	}
	for i := pv.pendHead + 1; i < len(pv.pend) && i < pv.pendHead+pv.batched; i++ {
		if pv.pend[i].id == id {
			return i
		}
	}
	return -1
}

// privEngine is what rebuildPrivate reads from the engine, on its goroutine.
type privEngine struct {
	addrs    [][20]byte
	orders   []exchange.OrderInfo
	balances map[exchange.AccountID][]privBal
	placed   map[exchange.OrderID]int64 // placed sizes from the signed meta
	now      int64
	// pending is the settlement ledger, in fill order; the first of them
	// are in the open batches, batchLens long.
	pending    []exchange.PendingFill
	firstBatch uint64
	batchLens  []int
	nonces     []exchange.NonceSet // by account id
}

type privBal struct {
	asset       exchange.AssetID
	avail, held int64
}

// readPrivate reads the accounts, their live orders (those the publisher
// tracks and those placed with signed meta, which is every order placed
// through a gateway) and their balances. It runs inside Query.
func (p *Publisher) readPrivate(e exchange.View) privEngine {
	var out privEngine
	out.balances = make(map[exchange.AccountID][]privBal)
	out.now = e.Now()
	for a := exchange.AccountID(0); ; a++ {
		addr, ok := e.AccountAddress(a)
		if !ok {
			break
		}
		out.addrs = append(out.addrs, addr)
		out.nonces = append(out.nonces, e.Nonces(a))
	}
	seen := make(map[exchange.OrderID]bool)
	for id := range p.priv.orders {
		if o, ok := e.Order(id); ok {
			out.orders = append(out.orders, o)
			seen[id] = true
		}
	}
	out.placed = make(map[exchange.OrderID]int64)
	for id, meta := range e.OrderMetas() {
		if o, ok := e.Order(id); ok {
			if !seen[id] {
				out.orders = append(out.orders, o)
			}
			spec, _ := e.Spec(o.Market) // LotSize 0 for a market it does not know: no size
			out.placed[id] = wire.PlacedLots(meta, spec.LotSize)
		}
	}
	for f := range e.PendingFills() {
		out.pending = append(out.pending, f) // the metas are shared, never written again
	}
	if first, ok := e.OldestOpenBatch(); ok {
		out.firstBatch = first
		for id := first; id < e.NextBatch(); id++ {
			fs, _ := e.Batch(id)
			out.batchLens = append(out.batchLens, len(fs))
		}
	}
	var assets []exchange.AssetID
	for _, s := range e.Markets() {
		for _, as := range []exchange.AssetID{s.QuoteAsset, s.BaseAsset} {
			if !slices.Contains(assets, as) {
				assets = append(assets, as)
			}
		}
	}
	for a := range out.addrs {
		for _, as := range assets {
			av, h := e.Balance(exchange.AccountID(a), as)
			if av != 0 || h != 0 {
				out.balances[exchange.AccountID(a)] = append(out.balances[exchange.AccountID(a)], privBal{asset: as, avail: av, held: h})
			}
		}
	}
	return out
}

// rebuildPrivate replaces every account's state by the engine's and
// queues a snapshot of each, above everything published before: each
// channel's seq moves on by one, so that a client that misses the
// gateway's fresh snapshot sees a hole and subscribes again.
func (p *Publisher) rebuildPrivate(pe privEngine) {
	p.privInit()
	for a, addr := range pe.addrs {
		p.setAddr(exchange.AccountID(a), addr)
	}
	tm := time.Unix(0, pe.now).UTC()
	ts, ms := tm.Format(wire.TimeFormat), tm.UnixMilli()
	old := p.priv.orders
	p.priv.orders = make(map[exchange.OrderID]*pubOrder)
	states := make(map[exchange.AccountID]*wire.AccountState)
	st := func(a exchange.AccountID) *wire.AccountState {
		if s := states[a]; s != nil {
			return s
		}
		s := &wire.AccountState{Account: p.priv.addrs[a], TS: ts}
		states[a] = s
		return s
	}
	for _, oi := range pe.orders {
		if p.marketInfo(oi.Market) == nil || int(oi.Account) >= len(p.priv.addrs) {
			continue
		}
		o := &pubOrder{account: oi.Account, market: oi.Market, side: oi.Side, price: oi.Price, qty: oi.Qty, open: oi.Qty, nonce: oi.Nonce}
		if prev := old[oi.ID]; prev != nil {
			o.qty, o.filled = prev.qty, prev.qty-oi.Qty
		} else if q := pe.placed[oi.ID]; q >= oi.Qty {
			o.qty, o.filled = q, q-oi.Qty
		}
		p.priv.orders[oi.ID] = o
		st(oi.Account).ApplyOrder(p.orderWire(oi.ID, o, "", "", "", 0, ts, ms))
	}
	// The settlement mirror, from the engine's ledger. Each account's
	// settlement state keeps the outcomes it had (the engine has forgotten
	// settled and reverted fills) and gets its pending fills as they stand;
	// a fill that was pending and was resolved while the publisher was not
	// looking leaves the state (GET /v1/fills with a database has it).
	p.priv.pend, p.priv.pendHead, p.priv.batched = p.priv.pend[:0], 0, 0
	bi, left := 0, 0
	batch := pe.firstBatch
	if len(pe.batchLens) > 0 {
		left = pe.batchLens[0]
	}
	pendingViews := make(map[exchange.AccountID][]wire.Settlement)
	for _, pf := range pe.pending {
		for left == 0 && bi+1 < len(pe.batchLens) {
			bi++
			batch++
			left = pe.batchLens[bi]
		}
		f := pubFill{id: pf.ID, taker: pf.Taker, maker: pf.Maker, takerOrder: pf.TakerOrder, makerOrder: pf.MakerOrder,
			takerNonce: metaNonce(pf.TakerMeta), makerNonce: metaNonce(pf.MakerMeta), price: pf.Price, qty: pf.Qty, side: pf.TakerSide}
		if left > 0 {
			f.batch = batch
			left--
			p.priv.batched++
		}
		p.priv.pend = append(p.priv.pend, f)
		info := p.marketInfo(f.id.Market)
		if info == nil {
			continue
		}
		for _, v := range [2]struct {
			acct  exchange.AccountID
			id    exchange.OrderID
			nonce uint64
			side  exchange.Side
			liq   string
		}{{f.taker, f.takerOrder, f.takerNonce, f.side, "taker"}, {f.maker, f.makerOrder, f.makerNonce, f.side.Opposite(), "maker"}} {
			if int(v.acct) >= len(p.priv.addrs) {
				continue
			}
			vs := append(pendingViews[v.acct], wire.Settlement{Market: info.Symbol, FillID: f.id.Seq, OrderID: uint64(v.id),
				ClientOrderID: wire.ClientOrderID(v.nonce), Side: wire.SideName(v.side), Liquidity: v.liq, Price: info.Price(f.price),
				Size: info.Size(f.qty), State: wire.SettlementMatched, Batch: f.batch, Time: ts, TimeMS: ms})
			if len(vs) > 2*wire.MaxRecentFills {
				vs = slices.Clone(vs[len(vs)-wire.MaxRecentFills:])
			}
			pendingViews[v.acct] = vs
		}
	}
	for a, vs := range pendingViews {
		st(a).Settlements = vs
	}
	p.priv.nonces = pe.nonces
	for a := range pe.nonces {
		if base := pe.nonces[a].Base(); base != 1 {
			n := wire.NoncesOf(base)
			st(exchange.AccountID(a)).Nonces = &n
		}
	}
	for a, bs := range pe.balances {
		for _, b := range bs {
			if name, dec, ok := p.asset(b.asset); ok {
				st(a).ApplyBalance(wire.Balance{Asset: name, Available: wire.FormatAmount(b.avail, dec), Held: wire.FormatAmount(b.held, dec)})
			}
		}
	}
	for a := range pe.addrs {
		id := exchange.AccountID(a)
		s := states[id]
		pa := p.priv.accounts[id]
		created := pa == nil
		if created {
			if s == nil {
				continue // nothing to say yet; the topic starts with its first event
			}
			pa = p.account(id)
		}
		if s == nil {
			s = &wire.AccountState{Account: pa.state.Account, TS: ts}
		}
		s.Seqs = pa.state.Seqs
		if !created {
			for i := range s.Seqs {
				s.Seqs[i]++
			}
			s.Fills = pa.state.Fills
			var kept []wire.Settlement
			for _, f := range pa.state.Settlements {
				if f.State != wire.SettlementMatched {
					kept = append(kept, f)
				}
			}
			s.Settlements = append(kept, s.Settlements...)
			if n := len(s.Settlements); n > 2*wire.MaxRecentFills {
				s.Settlements = slices.Clone(s.Settlements[n-wire.MaxRecentFills:])
			}
			pa.t.last++
		}
		pa.state = *s
		p.snapshotAccount(pa)
		if !created {
			// A marker after the snapshot, so that a gateway that holds
			// the old state sees the hole now and fetches the snapshot,
			// even if the account stays idle.
			p.add(&pa.t, 0, pa.t.last+1, syncMarker)
		}
	}
}

// nonceSet returns the mirror of an account's used nonces.
func (p *Publisher) nonceSet(a exchange.AccountID) *exchange.NonceSet {
	for int(a) >= len(p.priv.nonces) {
		p.priv.nonces = append(p.priv.nonces, exchange.NewNonceSet())
	}
	return &p.priv.nonces[a]
}

// noncesMoved sends the account's nonce window if its lowest unused nonce
// is no longer before.
func (p *Publisher) noncesMoved(a exchange.AccountID, before, cmdSeq uint64, ts string) {
	base := p.priv.nonces[a].Base()
	if base == before {
		return
	}
	n := wire.NoncesOf(base)
	n.CmdSeq = cmdSeq
	p.privUpdate(a, wire.PrivNonces, ts, n)
}

// metaNonce returns the nonce of a signed order's meta (0 without one).
func metaNonce(meta []byte) uint64 {
	if len(meta) == 0 {
		return 0
	}
	so, err := eip712.UnmarshalSigned(meta)
	if err != nil {
		return 0
	}
	return so.Order.Nonce
}

// syncMarker is the bus message a gateway skips: it only moves the
// topic's seq on past a fresh snapshot.
var syncMarker = []byte(`{"type":"sync"}`)

// snapshotDirtyAccounts queues a snapshot of every account topic that
// changed since its last one.
func (p *Publisher) snapshotDirtyAccounts() {
	for _, pa := range p.priv.accounts {
		if pa.t.dirty {
			p.snapshotAccount(pa)
		}
	}
}
