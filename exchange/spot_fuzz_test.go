package exchange

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// FuzzSpot decodes the input into commands over a spot universe (two spot
// markets of one grade, 2 h and 5 h leases, and a token market; three
// accounts with cash) with the vault's chain commands (capacity, leases of
// reservation windows, the spot leases a settlement books before its
// result), time over hours, batches and results, and checks after every
// command: the engine's invariants (which recompute every capacity balance
// and the pending GPU-hours from the ledger); that balance events describe
// every balance; that cash is conserved with the notional of the spot
// fills not reverted gone to escrow; that a spot fill pays the buyer no
// base, the seller no cash and charges it no fee; that no account keeps a
// resting spot sell its capacity does not cover; and that deposits of
// capacity are refused. At the end a replay through the codec and a
// restore at a midpoint give the same events and state.
func FuzzSpot(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{7, 3, 1, 200, 9, 0, 4, 1, 1, 9, 8, 2, 10, 6, 3, 11, 0, 5, 5, 1})
	f.Fuzz(func(t *testing.T, data []byte) { spRun(t, data) })
}

// TestSpotRandom runs FuzzSpot's checker over pseudo-random inputs.
func TestSpotRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(20261207, 16))
	runs, size := 30, 2000
	if testing.Short() {
		runs = 4
	}
	for i := range runs {
		b := make([]byte, size)
		for j := range b {
			b[j] = byte(r.UintN(256))
		}
		t.Run(fmt.Sprint(i), func(t *testing.T) { spRun(t, b) })
	}
}

const spAccounts = 3

func spAddr(a int) [20]byte { return [20]byte{0xD0, byte(a)} }

func spSetup(t testing.TB) []Command {
	s1, s2 := spotSpec(t, 2, 1), spotSpec(t, 5, 2)
	s1.MaxPrice, s2.MaxPrice = 64, 64
	s1.TickSize, s2.TickSize = 1, 1
	tok := MarketSpec{Instrument: reservationID(t, spotHour0+30, 24), Symbol: "R", BaseAsset: 3, QuoteAsset: 0,
		TickSize: 1, LotSize: 1, MaxPrice: 64, MaxQty: 50, MakerFeeBps: 10, TakerFeeBps: 20}
	cs := []Command{{Kind: CmdAddMarket, Spec: &s1}, {Kind: CmdAddMarket, Spec: &s2}, {Kind: CmdAddMarket, Spec: &tok}}
	for a := range spAccounts {
		cs = append(cs, Command{Kind: CmdOpenAccount, Address: spAddr(a)})
	}
	for a := range spAccounts {
		cs = append(cs, Command{Kind: CmdDeposit, Account: AccountID(a), Asset: 0, Amount: 5_000_000},
			Command{Kind: CmdDeposit, Account: AccountID(a), Asset: 3, Amount: 100})
	}
	for i := range cs {
		cs[i].Time = spotT0
	}
	return cs
}

// spDecode turns bytes into commands; settlement commands are completed by
// the checker from the engine's state (spAuto).
const spAuto = ^uint64(0) - 3

func spDecode(t testing.TB, data []byte) []Command {
	cs := spSetup(t)
	r := &fzReader{b: data}
	now := spotT0
	chain := uint64(0)
	grade := reservationGrade(spotID(t, 2))
	for r.more() {
		op := r.next() % 16
		c := Command{Time: now}
		switch {
		case op < 6:
			c.Kind = CmdPlace
			c.Market = MarketID(r.next() % 3)
			c.Account = AccountID(r.next() % spAccounts)
			c.OrderID = OrderID(r.next() % 24)
			fl := r.next()
			c.Side = Side(fl & 1)
			c.TIF = [4]TimeInForce{GTC, GTC, IOC, GTD}[(fl>>1)&3]
			c.STP = STPMode((fl >> 3) % 5)
			c.PostOnly = fl>>6 == 3 && c.TIF != IOC
			c.Price = 20 + int64(r.next()%20)
			c.Qty = 1 + int64(r.next()%6)
			c.Expiry = now + hourNs/2
			c.MaxFeeBps = 20
			if op == 5 {
				c.MaxFeeBps = 0 // a spot sell needs none
			}
		case op < 7:
			c.Kind = CmdCancel
			c.Account, c.OrderID = AccountID(r.next()%spAccounts), OrderID(r.next()%24)
		case op < 8:
			c.Kind = CmdAmend
			c.Account, c.OrderID = AccountID(r.next()%spAccounts), OrderID(r.next()%24)
			c.Price, c.Qty = 20+int64(r.next()%20), 1+int64(r.next()%8)
		case op < 10:
			chain++
			c.Kind, c.Chain, c.Address = CmdChainCapacity, chain, spAddr(int(r.next()%(spAccounts+1)))
			c.Log = &ChainLog{Asset: grade, Amount: AmountWord(uint64(r.next() % 13))}
		case op < 11:
			chain++
			c.Kind, c.Chain, c.Address = CmdChainLease, chain, spAddr(int(r.next()%(spAccounts+1)))
			start := int64(spotHour0) + (now-spotT0)/hourNs + int64(r.next()%14) - 3
			hours := 1 + uint64(r.next()%20)
			c.Log = &ChainLog{Asset: reservationID(t, uint64(max(start, 0)), uint16(hours)), Amount: AmountWord(1 + uint64(r.next()%5)),
				StartHour: uint64(max(start, 0)), Hours: hours}
		case op < 12:
			c.Kind = CmdTick
			now += int64(r.next()%4) * hourNs / 3
			c.Time = now
			if x := r.next(); x%3 == 0 {
				c.Kind, c.Expiry = CmdChainTime, now+int64(x%5)*hourNs/2
			}
		case op < 13:
			c.Kind, c.Batch, c.Count = CmdSettleBatch, spAuto, uint32(r.next()%5)
		case op < 15:
			// A settlement result: the spot leases of its settled fills
			// first, as the chain logs them, then the result.
			chain += 64
			c.Kind, c.Batch, c.Chain, c.Meta = CmdSettlementResult, spAuto, chain, []byte{r.next()}
		default:
			c.Kind = CmdDeposit
			if r.next()%2 == 0 {
				c.Kind = CmdWithdraw
			}
			c.Account, c.Asset, c.Amount = AccountID(r.next()%spAccounts), AssetID(1+r.next()%2), 10
		}
		cs = append(cs, c)
	}
	return cs
}

type spChecker struct {
	t       *testing.T
	e       *Engine
	cmds    []Command
	events  [][]Event
	bals    map[uint64][2]int64
	cash    int64 // deposits of cash
	escrow  int64 // notional of spot fills not reverted
	spotFee map[FillID]int64
}

func (k *spChecker) run(c Command) {
	t := k.t
	c.Seq = uint64(len(k.cmds) + 1)
	evs := slices.Clone(k.e.Apply(&c))
	k.cmds = append(k.cmds, c)
	k.events = append(k.events, evs)
	fail := func(format string, args ...any) {
		t.Helper()
		t.Fatalf("command %d %+v\nevents %+v\n%s", len(k.cmds), c, evs, fmt.Sprintf(format, args...))
	}
	if err := k.e.CheckInvariants(); err != nil {
		fail("invariants: %v", err)
	}
	rejected := false
	for _, ev := range evs {
		switch ev.Kind {
		case EvRejected:
			rejected = true
		case EvBalance:
			k.bals[balKey(ev.Account, ev.Asset)] = [2]int64{ev.Amount, ev.Qty}
		case EvFill:
			s := &k.e.markets[ev.Market]
			if s.spot == 0 {
				continue
			}
			n := ev.Qty * s.spec.LotSize * ev.Price * s.spec.TickSize
			if (ev.Side == Sell && ev.TakerFee != 0) || (ev.Side == Buy && ev.MakerFee != 0) {
				fail("a spot seller paid a fee: %+v", ev)
			}
			k.escrow += n
		case EvReverted:
			if k.e.markets[ev.FillMarket].spot != 0 {
				s := &k.e.markets[ev.FillMarket].spec
				k.escrow -= ev.Qty * s.LotSize * ev.Price * s.TickSize
			}
		}
	}
	if c.Kind == CmdDeposit && !rejected && c.Asset == 0 {
		k.cash += c.Amount
	}
	if (c.Kind == CmdDeposit || c.Kind == CmdWithdraw) && k.e.capacityAsset(c.Asset) && !rejected {
		fail("a deposit or withdrawal of capacity was accepted")
	}
	for key, b := range k.bals {
		if avail, held := k.e.Balance(AccountID(key>>32), AssetID(key)); avail != b[0] || held != b[1] {
			fail("balance %x: events say %v, engine %d %d", key, b, avail, held)
		}
	}
	if tot := k.e.Totals(); tot[0]+k.escrow != k.cash {
		fail("cash %d + escrow %d, deposits %d", tot[0], k.escrow, k.cash)
	}
	for a := range spAccounts {
		for _, asset := range []AssetID{1, 2} {
			if avail, held := k.e.Balance(AccountID(a), asset); avail < 0 && held > 0 {
				fail("account %d keeps %d of capacity %d in resting sells", a, held, avail+held)
			}
		}
	}
	// A spot buyer never gets base.
	for _, ev := range evs {
		if ev.Kind == EvBalance && k.e.capacityAsset(ev.Asset) {
			if _, ok := k.e.caps[capKey{ev.Account, reservationGrade(k.e.markets[k.e.spotAssets[ev.Asset]].spec.Instrument)}]; !ok {
				fail("account %d has spot balance without capacity", ev.Account)
			}
		}
	}
}

// complete fills in a settlement command from the engine's state: a batch
// of the unbatched fills, or the oldest open batch's results with, before
// them, the spot leases of its settled fills.
func (k *spChecker) complete(c Command) []Command {
	e := k.e
	switch c.Kind {
	case CmdSettleBatch:
		c.Batch = e.NextBatch()
		c.Count = min(c.Count, uint32(e.UnbatchedCount()))
		if c.Count == 0 {
			return nil
		}
		return []Command{c}
	case CmdSettlementResult:
		id, ok := e.OldestOpenBatch()
		if !ok {
			return nil
		}
		fills, _ := e.Batch(id)
		c.Batch = id
		seed := c.Meta[0]
		c.Meta = make([]byte, len(fills))
		var out []Command
		pos := c.Chain - 63
		for i, f := range fills {
			if (int(seed)+i*5)%3 == 0 {
				c.Meta[i] = 2<<6 | 9
				continue
			}
			m := &e.markets[f.ID.Market]
			if m.spot == 0 {
				continue
			}
			seller := f.Maker
			if f.TakerSide == Sell {
				seller = f.Taker
			}
			addr := e.accounts[seller].address
			out = append(out, Command{Kind: CmdChainLease, Time: c.Time, Address: addr, Chain: pos,
				Log: &ChainLog{Asset: m.spec.Instrument, Amount: AmountWord(uint64(f.Qty)), StartHour: uint64(e.spotHour), Hours: uint64(m.spot)}})
			pos++
		}
		return append(out, c)
	}
	return []Command{c}
}

func spRun(t *testing.T, data []byte) {
	k := &spChecker{t: t, e: New(Config{SettlementHorizon: 1_000_000_000}), bals: map[uint64][2]int64{}}
	for _, c := range spDecode(t, data) {
		if c.Kind == CmdSettleBatch || c.Kind == CmdSettlementResult {
			for _, x := range k.complete(c) {
				k.run(x)
			}
			continue
		}
		k.run(c)
	}
	mid := 0
	if len(data) > 0 {
		mid = int(data[0]) * len(k.cmds) / 256
	}
	final := k.e.StateHash()
	// Replay through the codec, keeping a snapshot at the midpoint.
	r := New(Config{SettlementHorizon: 1_000_000_000})
	var snap []byte
	for i := range k.cmds {
		if i == mid {
			snap = r.Snapshot()
		}
		var c Command
		if err := DecodeCommand(AppendCommand(nil, &k.cmds[i]), &c); err != nil {
			t.Fatal(err)
		}
		if evs := r.Apply(&c); !slices.Equal(evs, k.events[i]) {
			t.Fatalf("replay: command %d: events differ", i)
		}
	}
	if snap == nil {
		snap = r.Snapshot()
	}
	if r.StateHash() != final {
		t.Fatal("replay: another state")
	}
	s, err := Restore(Config{SettlementHorizon: 1_000_000_000}, snap)
	if err != nil {
		t.Fatalf("restore at %d: %v", mid, err)
	}
	if !bytes.Equal(s.Snapshot(), snap) {
		t.Fatal("restore: snapshot differs")
	}
	for i := mid; i < len(k.cmds); i++ {
		c := k.cmds[i]
		if evs := s.Apply(&c); !slices.Equal(evs, k.events[i]) {
			t.Fatalf("restored at %d: command %d: events differ:\n%+v\n%+v", mid, i, evs, k.events[i])
		}
	}
	if s.StateHash() != final {
		t.Fatal("restored: another state")
	}
}
