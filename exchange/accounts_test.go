package exchange

import (
	"encoding/binary"
	"testing"
)

// TestRejectedCommandsOpenNoAccount: thousands of commands from fresh
// addresses and unknown accounts, and orders of an empty account that its
// balance cannot cover, are all rejected and leave the account count, the
// snapshot's size, the empty account's nonces and the hash of everything but
// the counters unchanged: a rejected command opens no account and keeps no
// state for one (docs/engine.md, "Chain events": a refused deposit opens
// no account).
func TestRejectedCommandsOpenNoAccount(t *testing.T) {
	e := New(Config{})
	var seq uint64
	apply := func(c Command) []Event {
		seq++
		c.Seq, c.Time = seq, int64(seq)
		return e.Apply(&c)
	}
	specs := fzMarkets()
	for i := range specs {
		apply(Command{Kind: CmdAddMarket, Spec: &specs[i]})
	}
	funded, empty := [20]byte{19: 0xAA}, [20]byte{19: 0xBB}
	apply(Command{Kind: CmdOpenAccount, Address: funded})
	apply(Command{Kind: CmdChainDeposit, Address: funded, Log: &ChainLog{Amount: AmountWord(1 << 40)}, Chain: ChainPos(1, 0)})
	apply(Command{Kind: CmdOpenAccount, Address: empty})
	emptyID, _ := e.AccountByAddress(empty)
	accounts, size := e.AccountCount(), len(e.Snapshot())
	reference := func() []byte {
		// The state without the counters a rejection moves: accounts,
		// nonces, balances and orders.
		s := []byte{}
		for a := range e.AccountCount() {
			addr, _ := e.AccountAddress(AccountID(a))
			s = append(s, addr[:]...)
			s = binary.LittleEndian.AppendUint64(s, e.NonceBase(AccountID(a)))
			for _, asset := range []AssetID{0, 1, 2} {
				av, h := e.Balance(AccountID(a), asset)
				s = binary.LittleEndian.AppendUint64(s, uint64(av))
				s = binary.LittleEndian.AppendUint64(s, uint64(h))
			}
		}
		return append(s, byte(e.PendingCount()), byte(e.ChainPosition()))
	}
	before := string(reference())

	const fresh = 5000
	rejected := map[Reason]int{}
	for i := range fresh {
		var addr [20]byte
		addr[0] = 0xF0
		binary.BigEndian.PutUint32(addr[16:], uint32(i))
		unknown := AccountID(accounts + i)
		chain := ChainPos(uint64(2+i), 0)
		cmds := []Command{
			{Kind: CmdPlace, Account: unknown, Market: 0, Side: Buy, Price: 10, Qty: 1, MaxFeeBps: 100, OrderID: OrderID(1_000_000 + i), Nonce: 1},
			{Kind: CmdDeposit, Account: unknown, Asset: 0, Amount: 100},
			{Kind: CmdWithdraw, Account: unknown, Asset: 0, Amount: 100},
			{Kind: CmdCancelNoncesBelow, Account: unknown, Nonce: 5},
			{Kind: CmdChainDeposit, Address: addr, Log: &ChainLog{}, Chain: chain},                                               // amount 0
			{Kind: CmdChainDeposit, Address: addr, Log: &ChainLog{Asset: [32]byte{31: 77}, Amount: AmountWord(1)}, Chain: chain}, // no such asset
			{Kind: CmdChainWithdraw, Address: addr, Log: &ChainLog{Amount: AmountWord(1)}, Chain: chain},
			{Kind: CmdChainCancelBelow, Address: addr, Nonce: 9, Chain: chain},
			{Kind: CmdChainCancelNonces, Address: addr, Log: &ChainLog{Nonces: []uint64{1, 2}}, Chain: chain},
			{Kind: CmdReconcile, Address: addr, Log: &ChainLog{}, Amount: -5, Chain: chain}, // nothing to open one for
			// The empty account's orders, each with a new nonce: no balance.
			{Kind: CmdPlace, Account: emptyID, Market: 0, Side: Buy, Price: 10, Qty: 1, MaxFeeBps: 100, OrderID: OrderID(2_000_000 + i), Nonce: uint64(1 + i)},
			{Kind: CmdPlace, Account: emptyID, Market: 1, Side: Sell, Price: 32, Qty: 2, MaxFeeBps: 100, OrderID: OrderID(3_000_000 + i), Nonce: uint64(1 + i)},
		}
		for _, c := range cmds {
			evs := apply(c)
			if len(evs) != 1 || evs[0].Kind != EvRejected {
				t.Fatalf("address %d, %v: %+v, want one rejection", i, c.Kind, evs)
			}
			rejected[evs[0].Reason]++
		}
	}
	t.Logf("rejections: %v", rejected)
	if got := e.AccountCount(); got != accounts {
		t.Fatalf("%d accounts after %d fresh addresses' rejected commands, want %d", got, fresh, accounts)
	}
	if got := len(e.Snapshot()); got != size {
		t.Fatalf("snapshot of %d bytes, was %d", got, size)
	}
	if string(reference()) != before {
		t.Fatal("an account, nonce or balance changed")
	}
	if e.NonceBase(emptyID) != 1 || e.NonceUsed(emptyID, 1) || e.NonceUsed(emptyID, fresh) {
		t.Fatal("a rejected order used its nonce")
	}
	if err := e.CheckInvariants(); err != nil {
		t.Fatal(err)
	}
}
