package api

import (
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/api/marketdata"
	"github.com/hourglass-exchange/hourglass/exchange"
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
		exchange.EvAmended, exchange.EvFill, exchange.EvCanceled:
		return true
	}
	return false
}

// pubAccount is the publisher's state of one account topic.
type pubAccount struct {
	t     topicSeq
	state accountState
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

// privPublisher is the private side of the Publisher, owned by Run.
type privPublisher struct {
	addrs    []string // by account id: the lower-case address
	accounts map[exchange.AccountID]*pubAccount
	orders   map[exchange.OrderID]*pubOrder
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
			return QuoteAssetName, info.Decimals.Quote, true
		}
	}
	return "", 0, false
}

func (p *Publisher) setAddr(a exchange.AccountID, addr [20]byte) {
	for int(a) >= len(p.priv.addrs) {
		p.priv.addrs = append(p.priv.addrs, "")
	}
	p.priv.addrs[a] = AccountTopic(common.Address(addr))[len("account."):]
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
	pa := &pubAccount{state: accountState{Account: addr}}
	pa.t.names = []string{"account." + addr}
	base := p.opts.SeqBase
	pa.state.Seqs = [3]uint64{base, base, base}
	pa.t.last = base + 1
	p.priv.accounts[a] = pa
	p.addSnap(&pa.t, 0, pa.t.last, pa.state.encode())
	return pa
}

// privUpdate queues one update of an account's channel.
func (p *Publisher) privUpdate(a exchange.AccountID, ch int, ts string, v any) {
	pa := p.account(a)
	if pa == nil {
		return
	}
	data := pa.state.update(ch, ts, v)
	p.add(&pa.t, 0, pa.t.last+1, data)
	if p.count(&pa.t) {
		p.snapshotAccount(pa)
	}
}

func (p *Publisher) snapshotAccount(pa *pubAccount) {
	p.addSnap(&pa.t, 0, pa.t.last, pa.state.encode())
}

func (p *Publisher) orderWire(id exchange.OrderID, o *pubOrder, event, status, reason string, cmdSeq uint64, ts string, ms int64) PrivateOrder {
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
	return PrivateOrder{OrderID: uint64(id), ClientOrderID: clientID(o.nonce), Market: info.Symbol, Side: sideName(o.side),
		Price: info.Price(o.price), Size: info.Size(o.qty), FilledSize: info.Size(o.filled), OpenSize: info.Size(o.open),
		Status: status, Event: event, Reason: reason, CmdSeq: cmdSeq, Time: ts, TimeMS: ms}
}

// applyPrivate queues the private messages of one command.
func (p *Publisher) applyPrivate(a *applied) {
	p.privInit()
	tm := time.Unix(0, a.time).UTC()
	ts, ms := tm.Format(timeFormat), tm.UnixMilli()
	for i := range a.priv {
		ev := &a.priv[i]
		switch ev.Kind {
		case exchange.EvAccountOpened:
			if a.cmd.kind == exchange.CmdOpenAccount {
				p.setAddr(ev.Account, a.cmd.address)
				p.account(ev.Account)
			}
		case exchange.EvAccepted:
			if p.marketInfo(ev.Market) == nil {
				continue
			}
			o := &pubOrder{account: ev.Account, market: ev.Market, side: ev.Side, price: ev.Price, qty: ev.Qty, open: ev.Qty, nonce: ev.Nonce}
			p.priv.orders[ev.OrderID] = o
			p.privUpdate(ev.Account, 0, ts, p.orderWire(ev.OrderID, o, "accepted", "open", "", a.seq, ts, ms))
		case exchange.EvRejected:
			if ev.Nonce == 0 || a.cmd.kind != exchange.CmdPlace || p.marketInfo(a.cmd.market) == nil {
				continue
			}
			o := &pubOrder{market: a.cmd.market, side: a.cmd.side, price: a.cmd.price, qty: a.cmd.qty, nonce: ev.Nonce}
			p.privUpdate(ev.Account, 0, ts, p.orderWire(ev.OrderID, o, "rejected", "rejected", ev.Reason.String(), a.seq, ts, ms))
		case exchange.EvAmended:
			o := p.priv.orders[ev.OrderID]
			if o == nil {
				continue
			}
			o.price, o.open = ev.Price, ev.Qty
			p.privUpdate(o.account, 0, ts, p.orderWire(ev.OrderID, o, "amended", "", "", a.seq, ts, ms))
		case exchange.EvCanceled:
			o := p.priv.orders[ev.OrderID]
			if o == nil {
				continue
			}
			o.open -= ev.Qty
			if o.open < 0 {
				o.open = 0
			}
			p.privUpdate(o.account, 0, ts, p.orderWire(ev.OrderID, o, "canceled", "", ev.Reason.String(), a.seq, ts, ms))
			if o.open == 0 {
				delete(p.priv.orders, ev.OrderID)
			}
		case exchange.EvFill:
			p.fill(ev, a.seq, ts, ms)
		case exchange.EvBalance:
			if ev.Account == exchange.FeeAccount {
				continue
			}
			name, dec, ok := p.asset(ev.Asset)
			if !ok {
				continue
			}
			p.privUpdate(ev.Account, 2, ts, PrivateBalance{Asset: name, Available: formatAmount(ev.Amount, dec),
				Held: formatAmount(ev.Qty, dec), CmdSeq: a.seq})
		}
	}
}

// fill queues the taker's and the maker's order update and fill.
func (p *Publisher) fill(ev *exchange.Event, cmdSeq uint64, ts string, ms int64) {
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
			p.privUpdate(v.acct, 0, ts, p.orderWire(v.id, o, "fill", "", "", cmdSeq, ts, ms))
			if o.open == 0 {
				delete(p.priv.orders, v.id)
			}
		}
		p.privUpdate(v.acct, 1, ts, PrivateFill{Market: info.Symbol, FillID: ev.Seq, OrderID: uint64(v.id),
			ClientOrderID: clientID(nonce), Side: sideName(v.side), Price: info.Price(ev.Price), Size: info.Size(ev.Qty),
			Fee: formatAmount(v.fee, info.Decimals.Quote), FeeAsset: QuoteAssetName, Liquidity: v.liq,
			Settlement: "matched", CmdSeq: cmdSeq, Time: ts, TimeMS: ms})
	}
}

// privEngine is what rebuildPrivate reads from the engine, on its goroutine.
type privEngine struct {
	addrs    [][20]byte
	orders   []exchange.OrderInfo
	balances map[exchange.AccountID][]privBal
	placed   map[exchange.OrderID]int64 // placed sizes from the signed meta
	now      int64
}

type privBal struct {
	asset       exchange.AssetID
	avail, held int64
}

// readPrivate reads the accounts, their live orders (those the publisher
// tracks and those placed with signed meta, which is every order placed
// through a gateway) and their balances. It runs inside Query.
func (p *Publisher) readPrivate(e *exchange.Engine) privEngine {
	var out privEngine
	out.balances = make(map[exchange.AccountID][]privBal)
	out.now = e.Now()
	for a := exchange.AccountID(0); ; a++ {
		addr, ok := e.AccountAddress(a)
		if !ok {
			break
		}
		out.addrs = append(out.addrs, addr)
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
			out.placed[id] = placedLots(e, o.Market, meta)
		}
	}
	var assets []exchange.AssetID
	for id := exchange.MarketID(0); ; id++ {
		s, ok := e.Spec(id)
		if !ok {
			break
		}
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
	ts, ms := tm.Format(timeFormat), tm.UnixMilli()
	old := p.priv.orders
	p.priv.orders = make(map[exchange.OrderID]*pubOrder)
	states := make(map[exchange.AccountID]*accountState)
	st := func(a exchange.AccountID) *accountState {
		if s := states[a]; s != nil {
			return s
		}
		s := &accountState{Account: p.priv.addrs[a], TS: ts}
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
		st(oi.Account).applyOrder(p.orderWire(oi.ID, o, "", "", "", 0, ts, ms))
	}
	for a, bs := range pe.balances {
		for _, b := range bs {
			if name, dec, ok := p.asset(b.asset); ok {
				st(a).applyBalance(PrivateBalance{Asset: name, Available: formatAmount(b.avail, dec), Held: formatAmount(b.held, dec)})
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
			s = &accountState{Account: pa.state.Account, TS: ts}
		}
		s.Seqs = pa.state.Seqs
		if !created {
			for i := range s.Seqs {
				s.Seqs[i]++
			}
			s.Fills = pa.state.Fills
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
