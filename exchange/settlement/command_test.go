package settlement

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
)

// TestCommandOnePerLog: every Exchange event the engine follows becomes
// exactly one command with the chain's facts, which the engine resolves
// itself: a deposit to a new address opens its account, a token id is the
// market of that instrument, an amount too large for the engine is refused
// with a reason (not dropped), and a repeat is CHAIN_EVENT_SEEN.
func TestCommandOnePerLog(t *testing.T) {
	e := exchange.New(exchange.Config{})
	spec := exchange.MarketSpec{Instrument: [32]byte{31: 0x42}, Symbol: "X", BaseAsset: 1, QuoteAsset: 0,
		TickSize: 1, LotSize: 1, MaxPrice: 1000, MaxQty: 1000}
	seq := uint64(0)
	apply := func(c exchange.Command) []exchange.Event {
		seq++
		c.Seq = seq
		return e.Apply(&c)
	}
	apply(exchange.Command{Kind: exchange.CmdAddMarket, Spec: &spec})
	addr := common.HexToAddress("0x1111111111111111111111111111111111111111")
	pos := func(i uint32) uint64 { return exchange.ChainPos(7, i) }
	reason := func(evs []exchange.Event) exchange.Reason { return rejection(evs) }

	steps := []struct {
		ev   any
		kind exchange.CommandKind
		want exchange.Reason
	}{
		{Deposited{Account: addr, Asset: big.NewInt(0), Amount: big.NewInt(5000)}, exchange.CmdChainDeposit, exchange.ReasonNone},
		{Deposited{Account: addr, Asset: big.NewInt(0x42), Amount: big.NewInt(70)}, exchange.CmdChainDeposit, exchange.ReasonNone},
		{Deposited{Account: addr, Asset: big.NewInt(0x43), Amount: big.NewInt(70)}, exchange.CmdChainDeposit, exchange.ReasonUnknownAsset},
		{Deposited{Account: addr, Asset: big.NewInt(0), Amount: new(big.Int).Lsh(big.NewInt(1), 70)}, exchange.CmdChainDeposit, exchange.ReasonInvalidAmount},
		{WithdrawalRequested{Account: addr, Asset: big.NewInt(0x42), Amount: big.NewInt(20), Pending: big.NewInt(20)}, exchange.CmdChainWithdraw, exchange.ReasonNone},
		{WithdrawalCancelled{Account: addr, Asset: big.NewInt(0x42), Amount: big.NewInt(20)}, exchange.CmdChainDeposit, exchange.ReasonNone},
		{CancelledBelow{Account: addr, Floor: 10}, exchange.CmdChainCancelBelow, exchange.ReasonNone},
		{NoncesCancelled{Account: addr, Nonces: []uint64{11, 12}}, exchange.CmdChainCancelNonces, exchange.ReasonNone},
		{BatchSettled{BatchID: 1}, exchange.CmdSettlementResult, exchange.ReasonBadBatchID},
	}
	for i, s := range steps {
		c, ok := Command(s.ev, pos(uint32(i+1)))
		if !ok || c.Kind != s.kind || c.Chain != pos(uint32(i+1)) {
			t.Fatalf("step %d: %v %+v", i, ok, c)
		}
		if r := reason(apply(c)); r != s.want {
			t.Fatalf("step %d (%T): %v, want %v", i, s.ev, r, s.want)
		}
		if s.want == exchange.ReasonNone {
			if r := reason(apply(c)); r != exchange.ReasonChainEventSeen {
				t.Fatalf("step %d again: %v", i, r)
			}
		}
	}
	if _, ok := Command(WithdrawalExecuted{Account: addr, Asset: big.NewInt(0), Amount: big.NewInt(1)}, pos(99)); ok {
		t.Fatal("WithdrawalExecuted became a command")
	}
	v := e.View()
	a, ok := v.AccountByAddress(addr)
	if !ok {
		t.Fatal("the deposit opened no account")
	}
	if avail, _ := v.Balance(a, 0); avail != 5000 {
		t.Errorf("cash %d", avail)
	}
	if avail, _ := v.Balance(a, 1); avail != 70 {
		t.Errorf("token %d", avail)
	}
	if v.NonceBase(a) != 10 {
		t.Errorf("nonce base %d", v.NonceBase(a))
	}
}

// TestVaultCommands: the vault's NodeApproved, NodeRetired and
// LeaseAssigned events become one command each, which set the provider's
// spot capacity and lease GPUs out of it; a value too large for the engine
// is refused with a reason, and a repeat is CHAIN_EVENT_SEEN.
func TestVaultCommands(t *testing.T) {
	spot, err := instrument.NewSpot(instrument.GPUH100SXM, instrument.SXM, instrument.RegionUS, 1, 168)
	if err != nil {
		t.Fatal(err)
	}
	spotID, _ := spot.Encode()
	start := time.Date(2027, 1, 4, 0, 0, 0, 0, time.UTC)
	res, err := instrument.NewReservation(instrument.GPUH100SXM, instrument.SXM, instrument.RegionUS, 1, start.Add(48*time.Hour), 24)
	if err != nil {
		t.Fatal(err)
	}
	resID, _ := res.Encode()
	grade := resID.GradeKey()
	e := exchange.New(exchange.Config{})
	spec := exchange.MarketSpec{Instrument: spotID, Symbol: spot.Symbol(), BaseAsset: 1, QuoteAsset: 0,
		TickSize: 1, LotSize: 168, MaxPrice: 1000, MaxQty: 1000}
	seq := uint64(0)
	apply := func(c exchange.Command) []exchange.Event {
		seq++
		c.Seq, c.Time = seq, start.UnixNano()
		return e.Apply(&c)
	}
	apply(exchange.Command{Kind: exchange.CmdAddMarket, Spec: &spec})
	provider := common.HexToAddress("0x2222222222222222222222222222222222222222")
	pos := func(i uint32) uint64 { return exchange.ChainPos(9, i) }
	hour := uint64(start.Unix() / 3600)
	steps := []struct {
		ev   any
		kind exchange.CommandKind
		want exchange.Reason
	}{
		{NodeApproved{Provider: provider, Grade: grade.Big(), GPUs: 8, Capacity: big.NewInt(8)}, exchange.CmdChainCapacity, exchange.ReasonNone},
		{NodeApproved{Provider: provider, Grade: grade.Big(), GPUs: 4, Capacity: big.NewInt(12)}, exchange.CmdChainCapacity, exchange.ReasonNone},
		{NodeRetired{Provider: provider, Grade: grade.Big(), GPUs: 2, Capacity: big.NewInt(10)}, exchange.CmdChainCapacity, exchange.ReasonNone},
		{LeaseAssigned{Provider: provider, ID: resID.Big(), GPUs: big.NewInt(3), StartHour: new(big.Int).SetUint64(hour + 48), Hours: big.NewInt(24)},
			exchange.CmdChainLease, exchange.ReasonNone},
		{LeaseAssigned{Provider: provider, ID: resID.Big(), GPUs: big.NewInt(3), StartHour: new(big.Int).Lsh(big.NewInt(1), 80), Hours: big.NewInt(24)},
			exchange.CmdChainLease, exchange.ReasonInvalidAmount},
		{LeaseAssigned{Provider: provider, ID: resID.Big(), GPUs: big.NewInt(1 << 20), StartHour: new(big.Int).SetUint64(hour), Hours: big.NewInt(1)},
			exchange.CmdChainLease, exchange.ReasonInvalidAmount},
	}
	for i, s := range steps {
		c, ok := Command(s.ev, pos(uint32(i+1)))
		if !ok || c.Kind != s.kind || c.Chain != pos(uint32(i+1)) {
			t.Fatalf("step %d: %v %+v", i, ok, c)
		}
		if r := rejection(apply(c)); r != s.want {
			t.Fatalf("step %d (%T): %v, want %v", i, s.ev, r, s.want)
		}
		if s.want == exchange.ReasonNone {
			if r := rejection(apply(c)); r != exchange.ReasonChainEventSeen {
				t.Fatalf("step %d again: %v", i, r)
			}
		}
	}
	a, ok := e.View().AccountByAddress(provider)
	if !ok {
		t.Fatal("the vault's log opened no account")
	}
	// 10 GPUs, 3 of them leased within the week: 7 x 168 GPU-hours.
	if avail, held := e.Balance(a, 1); avail != 7*168 || held != 0 {
		t.Fatalf("capacity %d + %d, want %d", avail, held, 7*168)
	}
	if err := e.CheckInvariants(); err != nil {
		t.Fatal(err)
	}
}
