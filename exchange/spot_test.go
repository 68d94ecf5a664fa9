package exchange

import (
	"bytes"
	"encoding/binary"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/exchange/instrument"
)

// The spot capacity rules (spot.go, docs/engine.md "Spot capacity").

// spotT0 is the engine time the spot tests start at: a whole hour.
var spotT0 = time.Date(2027, 1, 4, 10, 0, 0, 0, time.UTC).UnixNano()

// spotHour0 is spotT0's hour since the epoch.
var spotHour0 = uint64(spotT0 / hourNs)

func spotID(t testing.TB, hours uint16) [32]byte {
	t.Helper()
	in, err := instrument.NewSpot(instrument.GPUH100SXM, instrument.SXM, instrument.RegionUS, 1, hours)
	if err != nil {
		t.Fatal(err)
	}
	id, err := in.Encode()
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// reservationID is a reservation window of the spot markets' grade.
func reservationID(t testing.TB, startHour uint64, hours uint16) [32]byte {
	t.Helper()
	in, err := instrument.NewReservation(instrument.GPUH100SXM, instrument.SXM, instrument.RegionUS, 1,
		time.Unix(int64(startHour)*3600, 0), hours)
	if err != nil {
		t.Fatal(err)
	}
	id, err := in.Encode()
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func spotSpec(t testing.TB, hours uint16, base AssetID) MarketSpec {
	return MarketSpec{Instrument: spotID(t, hours), Symbol: "H100SXM-US-T1-SPOT", BaseAsset: base, QuoteAsset: 0,
		TickSize: 100, LotSize: int64(hours), MaxPrice: 100_000, MaxQty: 1000, MakerFeeBps: 10, TakerFeeBps: 20}
}

// spotRig is an engine with spot markets of one grade (market 0: 4 h,
// asset 1; market 1 if asked: 8 h, asset 2), a provider (account 0,
// address 0xP1) and a buyer (account 1) with cash.
type spotRig struct {
	t     *testing.T
	e     *Engine
	seq   uint64
	chain uint64
	now   int64
	cmds  []Command
	evs   [][]Event
	grade [32]byte
}

var (
	provAddr  = [20]byte{0xB1}
	buyerAddr = [20]byte{0xB2}
)

func newSpotRig(t *testing.T, markets int) *spotRig {
	r := &spotRig{t: t, e: New(Config{}), now: spotT0}
	r.grade = reservationGrade(spotID(t, 4))
	specs := []MarketSpec{spotSpec(t, 4, 1), spotSpec(t, 8, 2)}
	for i := range markets {
		r.ok(Command{Kind: CmdAddMarket, Spec: &specs[i]})
	}
	r.ok(Command{Kind: CmdOpenAccount, Address: provAddr})
	r.ok(Command{Kind: CmdOpenAccount, Address: buyerAddr})
	r.ok(Command{Kind: CmdDeposit, Account: 1, Asset: 0, Amount: 100_000_000})
	return r
}

func (r *spotRig) apply(c Command) []Event {
	r.t.Helper()
	r.seq++
	c.Seq = r.seq
	if c.Time == 0 {
		c.Time = r.now
	}
	r.now = c.Time
	r.cmds = append(r.cmds, c)
	evs := slices.Clone(r.e.Apply(&c))
	r.evs = append(r.evs, evs)
	if err := r.e.CheckInvariants(); err != nil {
		r.t.Fatalf("after %+v: %v", c, err)
	}
	return evs
}

func (r *spotRig) ok(c Command) []Event {
	r.t.Helper()
	evs := r.apply(c)
	for _, ev := range evs {
		if ev.Kind == EvRejected {
			r.t.Fatalf("%+v rejected %v", c, ev.Reason)
		}
	}
	return evs
}

func (r *spotRig) rejected(c Command, want Reason) {
	r.t.Helper()
	evs := r.apply(c)
	if len(evs) == 0 || evs[0].Kind != EvRejected || evs[0].Reason != want {
		r.t.Fatalf("%+v: events %+v, want a rejection %v", c, evs, want)
	}
}

// capacity journals a NodeApproved or NodeRetired of the provider.
func (r *spotRig) capacity(gpus uint64) []Event {
	r.chain++
	return r.ok(Command{Kind: CmdChainCapacity, Address: provAddr, Chain: r.chain,
		Log: &ChainLog{Asset: r.grade, Amount: AmountWord(gpus)}})
}

// lease journals a LeaseAssigned of the provider.
func (r *spotRig) lease(id [32]byte, gpus, start, hours uint64) []Event {
	r.chain++
	return r.ok(Command{Kind: CmdChainLease, Address: provAddr, Chain: r.chain,
		Log: &ChainLog{Asset: id, Amount: AmountWord(gpus), StartHour: start, Hours: hours}})
}

func (r *spotRig) sell(m MarketID, id OrderID, lots int64) []Event {
	return r.apply(Command{Kind: CmdPlace, Account: 0, Market: m, OrderID: id, Side: Sell, Price: 2000, Qty: lots})
}

func (r *spotRig) bal(a AccountID, asset AssetID) (int64, int64) { return r.e.Balance(a, asset) }

func (r *spotRig) wantBal(a AccountID, asset AssetID, avail, held int64) {
	r.t.Helper()
	if got, gotHeld := r.bal(a, asset); got != avail || gotHeld != held {
		r.t.Fatalf("account %d asset %d: %d available %d held, want %d %d", a, asset, got, gotHeld, avail, held)
	}
}

func canceled(evs []Event, r Reason) []OrderID {
	var ids []OrderID
	for _, ev := range evs {
		if ev.Kind == EvCanceled && ev.Reason == r {
			ids = append(ids, ev.OrderID)
		}
	}
	return ids
}

func balanceEvent(evs []Event, a AccountID, asset AssetID) (Event, bool) {
	for _, ev := range evs {
		if ev.Kind == EvBalance && ev.Account == a && ev.Asset == asset {
			return ev, true
		}
	}
	return Event{}, false
}

func TestSpotHoursMatchesInstrument(t *testing.T) {
	// Every id of the spot kind that exchange/instrument refuses is
	// refused here too, and every one it accepts is read alike.
	base := spotID(t, 24)
	for i := 0; i < 32; i++ {
		for _, v := range []byte{0, 1, 2, 3, 7, 8, 0xA8, 0xFF} {
			id := base
			id[i] = v
			h, spot := spotHours(&id)
			in, err := instrument.Decode(instrument.ID(id))
			switch {
			case err == nil && in.Kind == instrument.Spot:
				if !spot || h != int64(in.WindowHours) {
					t.Errorf("%x: %d %v, want spot %d h", id, h, spot, in.WindowHours)
				}
			case id[25] == 1:
				if !spot || h != 0 {
					t.Errorf("%x (%v): %d %v, want an invalid spot id", id, err, h, spot)
				}
			default:
				if spot {
					t.Errorf("%x: not of the spot kind, read as spot", id)
				}
			}
		}
	}
	for _, h := range []uint16{1, 4, 168} {
		id := spotID(t, h)
		if got, spot := spotHours(&id); !spot || got != int64(h) {
			t.Errorf("spot id of %d h: %d %v", h, got, spot)
		}
		res := reservationID(t, spotHour0, h)
		if _, spot := spotHours(&res); spot {
			t.Errorf("reservation id read as spot")
		}
		// The reservation grade of a spot id is the grade key of the
		// grade's reservation windows.
		var key instrument.ID = res
		if reservationGrade(id) != [32]byte(key.GradeKey()) {
			t.Errorf("reservation grade of %x is %x, want %x", id, reservationGrade(id), key.GradeKey())
		}
	}
}

// TestSpotCapacityBalance: the vault's capacity is the provider's balance
// (capacity x lease length) with an EvBalance; a sell beyond it is
// refused; two resting sells cannot promise the same GPUs.
func TestSpotCapacityBalance(t *testing.T) {
	r := newSpotRig(t, 1)
	evs := r.capacity(8)
	if ev, ok := balanceEvent(evs, 0, 1); !ok || ev.Amount != 32 || ev.Qty != 0 {
		t.Fatalf("capacity 8 x 4 h: balance event %+v %v", ev, ok)
	}
	r.rejected(Command{Kind: CmdPlace, Account: 0, Market: 0, OrderID: 1, Side: Sell, Price: 2000, Qty: 9}, ReasonInsufficientBalance)
	r.sell(0, 1, 5)
	r.wantBal(0, 1, 12, 20)
	r.rejected(Command{Kind: CmdPlace, Account: 0, Market: 0, OrderID: 2, Side: Sell, Price: 2100, Qty: 4}, ReasonInsufficientBalance)
	r.sell(0, 2, 3)
	r.wantBal(0, 1, 0, 32)
	// A node retired: the capacity falls to 6 GPUs (24 GPU-hours) and the
	// newest sell goes.
	evs = r.capacity(6)
	if got := canceled(evs, ReasonCapacityGone); !slices.Equal(got, []OrderID{2}) {
		t.Fatalf("capacity 6: cancelled %v, want [2]", got)
	}
	r.wantBal(0, 1, 4, 20)
	// No capacity at all: every sell goes.
	evs = r.capacity(0)
	if got := canceled(evs, ReasonCapacityGone); !slices.Equal(got, []OrderID{1}) {
		t.Fatalf("capacity 0: cancelled %v", got)
	}
	r.wantBal(0, 1, 0, 0)
}

// TestSpotReservationLease: a lease over the hours of the window removes
// its GPUs from the capacity and cancels the resting sells that no longer
// fit; when its hours end, the capacity comes back.
func TestSpotReservationLease(t *testing.T) {
	r := newSpotRig(t, 1)
	r.capacity(8)
	r.sell(0, 1, 3)
	r.sell(0, 2, 3)
	r.wantBal(0, 1, 8, 24)
	// A lease that starts after the window [now, now+4h) changes nothing.
	evs := r.lease(reservationID(t, spotHour0+4, 10), 5, spotHour0+4, 10)
	if _, ok := balanceEvent(evs, 0, 1); ok {
		t.Fatalf("a lease after the window moved the balance: %+v", evs)
	}
	// One that starts within it takes its GPUs from every hour after.
	evs = r.lease(reservationID(t, spotHour0+2, 10), 3, spotHour0+2, 10)
	if got := canceled(evs, ReasonCapacityGone); !slices.Equal(got, []OrderID{2}) {
		t.Fatalf("cancelled %v, want [2]", got)
	}
	r.wantBal(0, 1, 8, 12) // (8 - 3) x 4 = 20
	// Two hours on, the window [now+2, now+6) meets both leases: 8 GPUs.
	evs = r.apply(Command{Kind: CmdTick, Time: spotT0 + 2*hourNs})
	if got := canceled(evs, ReasonCapacityGone); !slices.Equal(got, []OrderID{1}) {
		t.Fatalf("two hours on: cancelled %v, want [1]", got)
	}
	r.wantBal(0, 1, 0, 0)
	// At the chain's clock 14 h on both leases are over: the whole
	// capacity is back, with its balance event.
	evs = r.apply(Command{Kind: CmdChainTime, Expiry: spotT0 + 14*hourNs})
	if ev, ok := balanceEvent(evs, 0, 1); !ok || ev.Amount != 32 {
		t.Fatalf("leases over: balance %+v %v", ev, ok)
	}
	c := r.e.caps[capKey{0, r.grade}]
	if len(c.leases) != 0 {
		t.Fatalf("ended leases kept: %+v", c.leases)
	}
}

// TestSpotFillSettles: the buyer pays notional and its fee and gets no
// base; the seller gets no cash, pays no fee, and its capacity is pending
// until the result; the spot lease's LeaseAssigned (before the result)
// books it without moving the balance or cancelling the provider's other
// sells; the result releases the pending; the lease's end gives it back.
func TestSpotFillSettles(t *testing.T) {
	r := newSpotRig(t, 1)
	r.capacity(8)
	r.sell(0, 1, 2) // 2 GPUs at 2000 ticks
	r.sell(0, 2, 6)
	evs := r.ok(Command{Kind: CmdPlace, Account: 1, Market: 0, OrderID: 10, Side: Buy, Price: 2000, Qty: 2, TIF: IOC, MaxFeeBps: 20})
	n := int64(2 * 4 * 2000 * 100) // lots x lot size x price x tick
	var fill Event
	for _, ev := range evs {
		if ev.Kind == EvFill {
			fill = ev
		}
	}
	if fill.Qty != 2 || fill.TakerFee != n*20/10000 || fill.MakerFee != 0 {
		t.Fatalf("fill %+v: want the taker (buyer) fee %d and no maker (seller) fee", fill, n*20/10000)
	}
	r.wantBal(1, 0, 100_000_000-n-n*20/10000, 0)
	r.wantBal(1, 1, 0, 0) // no base
	r.wantBal(0, 0, 0, 0) // no cash
	r.wantBal(0, 1, 0, 24)
	r.wantBal(FeeAccount, 0, n*20/10000, 0)
	if tot := r.e.Totals()[0]; tot != 100_000_000-n {
		t.Fatalf("cash supply %d: the notional must have left for escrow", tot)
	}
	r.ok(Command{Kind: CmdSettleBatch, Batch: 1, Count: 1})
	// The settle transaction: LeaseAssigned of the spot lease, then
	// BatchSettled.
	evs = r.lease(spotID(t, 4), 2, spotHour0, 4)
	if _, ok := balanceEvent(evs, 0, 1); ok || len(canceled(evs, ReasonCapacityGone)) != 0 {
		t.Fatalf("the spot lease moved the balance or cancelled: %+v", evs)
	}
	r.chain++
	evs = r.ok(Command{Kind: CmdSettlementResult, Batch: 1, Meta: []byte{0}, Chain: r.chain})
	if evs[0].Kind != EvSettled {
		t.Fatalf("result: %+v", evs)
	}
	r.wantBal(0, 1, 0, 24) // (8 - 2 leased) x 4
	if p := r.e.caps[capKey{0, r.grade}].pos[0]; p.pending != 0 || p.booked != 0 {
		t.Fatalf("position after settlement %+v", p)
	}
	// Another sell cannot use the leased GPUs; four hours on they are back.
	r.rejected(Command{Kind: CmdPlace, Account: 0, Market: 0, OrderID: 3, Side: Sell, Price: 2000, Qty: 1}, ReasonInsufficientBalance)
	r.apply(Command{Kind: CmdTick, Time: spotT0 + 4*hourNs})
	r.wantBal(0, 1, 8, 24)
}

// TestSpotFillReverted: a reverted spot fill refunds the buyer its notional
// and fee and gives the seller its capacity back.
func TestSpotFillReverted(t *testing.T) {
	r := newSpotRig(t, 1)
	r.capacity(8)
	// The seller takes a resting buy: the seller is the taker and still
	// pays no fee; the buyer pays its maker fee.
	r.ok(Command{Kind: CmdPlace, Account: 1, Market: 0, OrderID: 10, Side: Buy, Price: 2000, Qty: 3, MaxFeeBps: 20})
	evs := r.sell(0, 1, 3)
	n := int64(3 * 4 * 2000 * 100)
	for _, ev := range evs {
		if ev.Kind == EvFill && (ev.TakerFee != 0 || ev.MakerFee != n*10/10000) {
			t.Fatalf("fill %+v: want no taker (seller) fee, the maker (buyer) fee %d", ev, n*10/10000)
		}
	}
	r.wantBal(0, 1, 20, 0)
	r.wantBal(1, 0, 100_000_000-n-n*10/10000, 0)
	r.ok(Command{Kind: CmdSettleBatch, Batch: 1, Count: 1})
	r.chain++
	evs = r.ok(Command{Kind: CmdSettlementResult, Batch: 1, Meta: []byte{2<<6 | 9}, Chain: r.chain})
	if evs[0].Kind != EvReverted {
		t.Fatalf("result %+v", evs)
	}
	r.wantBal(0, 1, 32, 0)
	r.wantBal(1, 0, 100_000_000, 0)
	r.wantBal(FeeAccount, 0, 0, 0)
	if tot := r.e.Totals()[0]; tot != 100_000_000 {
		t.Fatalf("cash supply %d after the escrow gave the notional back", tot)
	}
}

// TestSpotGradeMarkets: two lease lengths of one grade each sell the whole
// free capacity, and a fill in one takes its GPUs from the other, whose
// resting sells that no longer fit are cancelled.
func TestSpotGradeMarkets(t *testing.T) {
	r := newSpotRig(t, 2)
	r.capacity(4)
	r.wantBal(0, 1, 16, 0)
	r.wantBal(0, 2, 32, 0)
	r.sell(1, 1, 3) // 3 GPUs for 8 h
	r.sell(0, 2, 2) // 2 GPUs for 4 h
	evs := r.ok(Command{Kind: CmdPlace, Account: 1, Market: 0, OrderID: 10, Side: Buy, Price: 2000, Qty: 2, TIF: IOC, MaxFeeBps: 20})
	if got := canceled(evs, ReasonCapacityGone); !slices.Equal(got, []OrderID{1}) {
		t.Fatalf("cancelled %v, want the 8 h sell", got)
	}
	r.wantBal(0, 1, 8, 0)  // (4 - 2 pending) x 4
	r.wantBal(0, 2, 16, 0) // (4 - 2 pending) x 8
}

// TestSpotRefusals: a spot market's capacity is no token, and its lot size
// is its lease length.
func TestSpotRefusals(t *testing.T) {
	r := newSpotRig(t, 1)
	r.capacity(8)
	bad := spotSpec(t, 6, 3)
	bad.LotSize = 1
	r.rejected(Command{Kind: CmdAddMarket, Spec: &bad}, ReasonSpotLotSize)
	shared := spotSpec(t, 6, 1) // asset 1 is market 0's capacity
	r.rejected(Command{Kind: CmdAddMarket, Spec: &shared}, ReasonInvalidMarketSpec)
	token := MarketSpec{Instrument: reservationID(t, spotHour0+48, 24), BaseAsset: 1, TickSize: 1, LotSize: 1, MaxPrice: 10, MaxQty: 10}
	r.rejected(Command{Kind: CmdAddMarket, Spec: &token}, ReasonInvalidMarketSpec)
	r.rejected(Command{Kind: CmdDeposit, Account: 0, Asset: 1, Amount: 10}, ReasonCapacityAsset)
	r.rejected(Command{Kind: CmdWithdraw, Account: 0, Asset: 1, Amount: 10}, ReasonCapacityAsset)
	id := spotID(t, 4)
	r.rejected(Command{Kind: CmdChainDeposit, Address: provAddr, Log: &ChainLog{Asset: id, Amount: AmountWord(8)}, Chain: 100}, ReasonCapacityAsset)
	r.rejected(Command{Kind: CmdChainWithdraw, Address: provAddr, Log: &ChainLog{Asset: id, Amount: AmountWord(8)}, Chain: 100}, ReasonCapacityAsset)
	r.rejected(Command{Kind: CmdReconcile, Address: provAddr, Log: &ChainLog{Asset: id}, Amount: 8}, ReasonCapacityAsset)
	r.rejected(Command{Kind: CmdChainLease, Address: provAddr, Log: &ChainLog{Asset: id, Amount: AmountWord(0), StartHour: spotHour0, Hours: 4}, Chain: 100}, ReasonInvalidAmount)
	r.rejected(Command{Kind: CmdChainLease, Address: provAddr, Log: &ChainLog{Asset: id, Amount: AmountWord(1), StartHour: spotHour0, Hours: 0}, Chain: 100}, ReasonInvalidAmount)
	r.rejected(Command{Kind: CmdChainCapacity, Address: provAddr, Log: &ChainLog{Asset: r.grade, Amount: AmountWord(1)}, Chain: r.chain}, ReasonChainEventSeen)
	r.wantBal(0, 1, 32, 0)
	// A vault log of an address without an account opens it.
	r.chain++
	evs := r.ok(Command{Kind: CmdChainCapacity, Address: [20]byte{0xC3}, Log: &ChainLog{Asset: r.grade, Amount: AmountWord(1 << 40)}, Chain: r.chain})
	if evs[0].Kind != EvAccountOpened {
		t.Fatalf("events %+v", evs)
	}
	r.wantBal(2, 1, MaxLeasedGPUs*4, 0)
}

// TestSpotSnapshotReplay: the spot state is in the snapshot and the state
// hash; a restored engine and a replay of the journal (through the binary
// codec) give the same events and state as the original.
func TestSpotSnapshotReplay(t *testing.T) {
	r := newSpotRig(t, 2)
	r.capacity(6)
	r.lease(reservationID(t, spotHour0+3, 24), 2, spotHour0+3, 24)
	r.sell(0, 1, 2)
	r.sell(1, 2, 1)
	r.ok(Command{Kind: CmdPlace, Account: 1, Market: 0, OrderID: 10, Side: Buy, Price: 2000, Qty: 1, TIF: IOC, MaxFeeBps: 20})
	mid := len(r.cmds)
	snap := r.e.Snapshot()
	restored, err := Restore(Config{}, snap)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(restored.Snapshot(), snap) {
		t.Fatal("snapshot differs after restore")
	}
	r.ok(Command{Kind: CmdSettleBatch, Batch: 1, Count: 1})
	r.lease(spotID(t, 4), 1, spotHour0, 4)
	r.chain++
	r.ok(Command{Kind: CmdSettlementResult, Batch: 1, Meta: []byte{0}, Chain: r.chain})
	r.ok(Command{Kind: CmdPlace, Account: 1, Market: 1, OrderID: 11, Side: Buy, Price: 2000, Qty: 1, TIF: IOC, MaxFeeBps: 20})
	r.apply(Command{Kind: CmdTick, Time: spotT0 + 5*hourNs})
	r.capacity(2)
	final := r.e.StateHash()

	for i := mid; i < len(r.cmds); i++ {
		c := r.cmds[i]
		if evs := restored.Apply(&c); !slices.Equal(evs, r.evs[i]) {
			t.Fatalf("restored: command %d: events\n%+v\nwant\n%+v", i, evs, r.evs[i])
		}
	}
	replay := New(Config{})
	for i := range r.cmds {
		var c Command
		if err := DecodeCommand(AppendCommand(nil, &r.cmds[i]), &c); err != nil {
			t.Fatal(err)
		}
		if evs := replay.Apply(&c); !slices.Equal(evs, r.evs[i]) {
			t.Fatalf("replay: command %d: events\n%+v\nwant\n%+v", i, evs, r.evs[i])
		}
	}
	for _, x := range []*Engine{restored, replay} {
		if x.StateHash() != final {
			t.Fatal("a restored or replayed engine ends in another state")
		}
	}
	// The spot state is in the hash: another capacity is another state.
	r.capacity(3)
	if r.e.StateHash() == final {
		t.Fatal("the capacity is not in the state hash")
	}
}

// TestRestoreRejectsBadSpot corrupts the spot capacities of a snapshot:
// Restore refuses each with ErrSnapshot (and never panics).
func TestRestoreRejectsBadSpot(t *testing.T) {
	r := newSpotRig(t, 1)
	r.capacity(8)
	snap := r.e.Snapshot()
	// count u32 | account u32 | grade [32] | gpus i64 | 0 leases u32 |
	// 1 position u32 | market u32 | pending i64 | booked i64, then the
	// chain position and time.
	off := len(snap) - 16 - (4 + 4 + 32 + 8 + 4 + 4 + 20)
	if binary.LittleEndian.Uint32(snap[off:]) != 1 || binary.LittleEndian.Uint64(snap[off+40:]) != 8 {
		t.Fatal("cannot find the spot capacities")
	}
	if _, err := Restore(Config{}, snap); err != nil {
		t.Fatal(err)
	}
	for name, mutate := range map[string]func(b []byte){
		"unknown account": func(b []byte) { binary.LittleEndian.PutUint32(b[off+4:], 99) },
		"grade with kind": func(b []byte) { b[off+8+25] = 1 },
		"gpus":            func(b []byte) { binary.LittleEndian.PutUint64(b[off+40:], 70000) },
		"no position":     func(b []byte) { binary.LittleEndian.PutUint32(b[off+52:], 0) },
		"position market": func(b []byte) { binary.LittleEndian.PutUint32(b[off+56:], 7) },
		"pending":         func(b []byte) { binary.LittleEndian.PutUint64(b[off+60:], 4) },
		"booked odd":      func(b []byte) { binary.LittleEndian.PutUint64(b[off+68:], 3) },
		"empty":           func(b []byte) { binary.LittleEndian.PutUint64(b[off+40:], 0) },
	} {
		b := bytes.Clone(snap)
		mutate(b)
		if _, err := Restore(Config{}, b); !errors.Is(err, ErrSnapshot) {
			t.Errorf("%s: err %v", name, err)
		}
	}
}
