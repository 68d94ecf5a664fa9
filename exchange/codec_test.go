package exchange

import (
	"errors"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
)

func randomCommand(r *rand.Rand) Command {
	c := Command{
		Kind: CommandKind(r.IntN(int(numCommandKinds) + 2)), Seq: r.Uint64(), Time: r.Int64(),
		Account: AccountID(r.Uint32()), Market: MarketID(r.Uint32()), Asset: AssetID(r.Uint32()),
		OrderID: OrderID(r.Uint64()), Side: Side(r.IntN(3)), Type: OrderType(r.IntN(2)),
		TIF: TimeInForce(r.IntN(4)), STP: STPMode(r.IntN(5)), PostOnly: r.IntN(2) == 1,
		Price: r.Int64(), Qty: r.Int64(), Expiry: r.Int64(), MaxFeeBps: r.Int64(), Amount: r.Int64(),
	}
	for i := range c.Address {
		c.Address[i] = byte(r.Uint32())
	}
	// Nonce and meta: absent, either, or both.
	switch r.IntN(4) {
	case 1:
		c.Nonce = r.Uint64()
	case 2:
		c.Meta = make([]byte, 1+r.IntN(MaxMetaSize+10))
	case 3:
		c.Nonce = 1 + r.Uint64N(1000)
		c.Meta = make([]byte, r.IntN(80))
	}
	for i := range c.Meta {
		c.Meta[i] = byte(r.Uint32())
	}
	c.Batch, c.Count = r.Uint64N(5), uint32(r.IntN(4))
	if r.IntN(2) == 0 {
		c.Chain = r.Uint64()
	}
	if r.IntN(4) != 0 {
		c.Log = &ChainLog{}
		for i := range c.Log.Asset {
			if r.IntN(3) == 0 {
				c.Log.Asset[i] = byte(r.Uint32())
			}
			c.Log.Amount[i] = byte(r.Uint32())
		}
		for range r.IntN(5) {
			c.Log.Nonces = append(c.Log.Nonces, r.Uint64())
		}
		c.Log.StartHour, c.Log.Hours = r.Uint64(), r.Uint64()
	}
	if c.Kind == CmdAddMarket {
		c.Spec = &MarketSpec{Symbol: "H100SXM-US-T1-2027-01-04+168h", BaseAsset: 7, TickSize: 100, LotSize: 1, MaxPrice: 1 << 20, MaxQty: 1 << 16, MakerFeeBps: 1, TakerFeeBps: 5}
		c.Spec.Instrument[5] = 9
		if r.IntN(2) == 0 {
			c.Spec.CloseLead = 1 + r.Int64N(1<<50)
		}
	}
	return c
}

// keepEncoded zeroes the fields a command kind does not carry, so that a
// round trip can be compared with reflect.DeepEqual.
func keepEncoded(c Command) Command {
	k := Command{Kind: c.Kind, Seq: c.Seq, Time: c.Time}
	switch c.Kind {
	case CmdPlace:
		k.Account, k.Market, k.OrderID, k.Side, k.Type, k.TIF, k.STP, k.PostOnly = c.Account, c.Market, c.OrderID, c.Side, c.Type, c.TIF, c.STP, c.PostOnly
		k.Price, k.Qty, k.Expiry, k.MaxFeeBps = c.Price, c.Qty, c.Expiry, c.MaxFeeBps
		k.Nonce = c.Nonce
		if len(c.Meta) > 0 {
			k.Meta = c.Meta
		}
	case CmdCancel:
		k.Account, k.OrderID = c.Account, c.OrderID
	case CmdAmend:
		k.Account, k.OrderID, k.Price, k.Qty = c.Account, c.OrderID, c.Price, c.Qty
	case CmdMassCancel:
		k.Account, k.Market, k.Side = c.Account, c.Market, c.Side
	case CmdDeposit, CmdWithdraw:
		k.Account, k.Asset, k.Amount = c.Account, c.Asset, c.Amount
	case CmdOpenAccount:
		k.Address = c.Address
	case CmdAddMarket:
		k.Spec = c.Spec
	case CmdSetReference:
		k.Market, k.Price = c.Market, c.Price
	case CmdChainTime:
		k.Expiry = c.Expiry
	case CmdCancelNoncesBelow:
		k.Account, k.Nonce = c.Account, c.Nonce
	case CmdSettleBatch:
		k.Batch, k.Count = c.Batch, c.Count
	case CmdSettlementResult, CmdSkipFills:
		k.Batch = c.Batch
		if len(c.Meta) > 0 {
			k.Meta = c.Meta
		}
	case CmdChainDeposit, CmdChainWithdraw:
		k.Address, k.Log = c.Address, &ChainLog{}
		if c.Log != nil {
			k.Log.Asset, k.Log.Amount = c.Log.Asset, c.Log.Amount
		}
	case CmdChainCancelBelow:
		k.Address, k.Nonce = c.Address, c.Nonce
	case CmdChainCapacity, CmdChainLease:
		k.Address, k.Log = c.Address, &ChainLog{}
		if c.Log != nil {
			k.Log.Asset, k.Log.Amount = c.Log.Asset, c.Log.Amount
			if c.Kind == CmdChainLease {
				k.Log.StartHour, k.Log.Hours = c.Log.StartHour, c.Log.Hours
			}
		}
	case CmdReconcile:
		k.Address, k.Log, k.Amount, k.Chain = c.Address, &ChainLog{}, c.Amount, c.Chain
		if c.Log != nil {
			k.Log.Asset = c.Log.Asset
		}
	case CmdChainCancelNonces:
		k.Address, k.Log = c.Address, &ChainLog{}
		if c.Log != nil && len(c.Log.Nonces) > 0 {
			k.Log.Nonces = c.Log.Nonces
		}
	}
	if chainKind(c.Kind) {
		k.Chain = c.Chain
	}
	return k
}

func TestCodecRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var buf []byte
	chained := 0
	defer func() {
		if chained == 0 {
			t.Error("no command with a chain position was tried")
		}
	}()
	for i := 0; i < 5000; i++ {
		c := randomCommand(r)
		buf = AppendCommand(buf[:0], &c)
		var got Command
		if err := DecodeCommand(buf, &got); err != nil {
			t.Fatalf("decode %+v: %v", c, err)
		}
		hasChain := got.Chain != 0
		if hasChain {
			chained++
		}
		if want := keepEncoded(c); !reflect.DeepEqual(got, want) {
			t.Fatalf("round trip:\n got %+v\nwant %+v", got, want)
		}
		// Every truncation and one extra byte must be refused, except
		// that a place with nonce or meta cut right before them is a valid
		// plain place: the extension is compatible, and the journal's
		// length and CRC are what catch a cut frame.
		for n := 0; n < len(buf); n++ {
			if c.Kind == CmdPlace && n == cmdHeader+placeBase {
				continue
			}
			if hasChain && n == len(buf)-8 { // the same, for the chain position
				continue
			}
			if c.Kind == CmdAddMarket && c.Spec.CloseLead != 0 && n == len(buf)-8 { // and the close lead
				continue
			}
			if err := DecodeCommand(buf[:n], &got); !errors.Is(err, ErrCodec) {
				t.Fatalf("kind %d truncated to %d bytes: err %v", c.Kind, n, err)
			}
		}
		if err := DecodeCommand(append(buf, 0), &got); !errors.Is(err, ErrCodec) {
			t.Fatalf("kind %d with a trailing byte: err %v", c.Kind, err)
		}
	}
}

func FuzzDecodeCommand(f *testing.F) {
	r := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 8; i++ {
		c := randomCommand(r)
		f.Add(AppendCommand(nil, &c))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var c Command
		if err := DecodeCommand(b, &c); err != nil {
			return
		}
		if again := AppendCommand(nil, &c); string(again) != string(b) {
			t.Fatalf("decoded command re-encodes differently")
		}
	})
}

// TestCodecPlaceCompatible pins the place encoding: a place without nonce or
// meta is byte for byte what it was before the extension (so old journals
// decode unchanged), the extension is present exactly when it says
// something, and a non-canonical extension (zero nonce, no meta) is refused.
func TestCodecPlaceCompatible(t *testing.T) {
	c := Command{Kind: CmdPlace, Seq: 7, Time: 9, Account: 1, Market: 2, OrderID: 3, Side: Sell, TIF: GTD,
		PostOnly: true, Price: 4, Qty: 5, Expiry: 6, MaxFeeBps: 8}
	plain := AppendCommand(nil, &c)
	if len(plain) != cmdHeader+placeBase {
		t.Fatalf("place without nonce or meta is %d bytes, want %d", len(plain), cmdHeader+placeBase)
	}
	c.Meta = []byte{}
	if got := AppendCommand(nil, &c); string(got) != string(plain) {
		t.Fatal("an empty meta changed the encoding")
	}
	c.Nonce, c.Meta = 42, []byte("signed order")
	ext := AppendCommand(nil, &c)
	if len(ext) != len(plain)+placeExt+len(c.Meta) || string(ext[:len(plain)]) != string(plain) {
		t.Fatalf("extension is not an append: %d bytes", len(ext))
	}
	var got Command
	if err := DecodeCommand(ext, &got); err != nil || got.Nonce != 42 || string(got.Meta) != "signed order" {
		t.Fatalf("decode: %v %+v", err, got)
	}
	// The decoded meta is a copy: the journal may reuse its buffer.
	ext[len(ext)-1] = 'X'
	if string(got.Meta) != "signed order" {
		t.Fatal("decoded meta aliases the input")
	}
	zero := append(slices.Clone(plain), make([]byte, placeExt)...)
	if err := DecodeCommand(zero, &got); !errors.Is(err, ErrCodec) {
		t.Fatalf("empty extension: err %v", err)
	}
}

// TestCodecChainCompatible pins the chain extension: deposits, withdrawals
// and nonce floors without a chain position encode exactly as before, the
// position is an 8-byte append present only when it is not zero, and the
// settlement commands round trip.
func TestCodecChainCompatible(t *testing.T) {
	for _, c := range []Command{
		{Kind: CmdDeposit, Seq: 1, Time: 2, Account: 3, Asset: 4, Amount: 5},
		{Kind: CmdWithdraw, Seq: 1, Time: 2, Account: 3, Asset: 4, Amount: 5},
		{Kind: CmdCancelNoncesBelow, Seq: 1, Time: 2, Account: 3, Nonce: 6},
		{Kind: CmdSettlementResult, Seq: 1, Time: 2, Batch: 7, Meta: []byte{0, 0x4d, 0}},
	} {
		plain := AppendCommand(nil, &c)
		want := map[CommandKind]int{CmdDeposit: 16, CmdWithdraw: 16, CmdCancelNoncesBelow: 12, CmdSettlementResult: 12 + 3}[c.Kind]
		if len(plain) != cmdHeader+want {
			t.Fatalf("kind %d without a chain position: %d bytes, want %d", c.Kind, len(plain), cmdHeader+want)
		}
		c.Chain = ChainPos(1234, 5)
		ext := AppendCommand(nil, &c)
		if string(ext[:len(plain)]) != string(plain) || len(ext) != len(plain)+8 {
			t.Fatalf("kind %d: the chain position is not an append", c.Kind)
		}
		var got Command
		if err := DecodeCommand(ext, &got); err != nil || !reflect.DeepEqual(got, c) {
			t.Fatalf("kind %d: decode %v %+v", c.Kind, err, got)
		}
		zero := append(slices.Clone(plain), make([]byte, 8)...)
		if err := DecodeCommand(zero, &got); !errors.Is(err, ErrCodec) {
			t.Fatalf("kind %d with a zero chain position encoded: err %v", c.Kind, err)
		}
	}
	if ChainPos(1234, 5) != 1234<<24|5 {
		t.Fatal("ChainPos")
	}
	c := Command{Kind: CmdSettleBatch, Seq: 1, Time: 2, Batch: 9, Count: 100}
	b := AppendCommand(nil, &c)
	var got Command
	if err := DecodeCommand(b, &got); err != nil || !reflect.DeepEqual(got, c) || len(b) != cmdHeader+12 {
		t.Fatalf("settle batch: %v %+v", err, got)
	}
}

// TestCodecChainCommands pins the layouts of the chain commands: fixed
// fields, the chain position always last (even when it is 0), and a nonce
// list whose count must match the frame.
func TestCodecChainCommands(t *testing.T) {
	addr := [20]byte{1, 2, 3}
	log := &ChainLog{Amount: AmountWord(500)}
	log.Asset[31] = 7
	for _, tc := range []struct {
		c    Command
		size int
	}{
		{Command{Kind: CmdChainDeposit, Seq: 1, Time: 2, Address: addr, Log: log, Chain: ChainPos(9, 1)}, 20 + 64 + 8},
		{Command{Kind: CmdChainWithdraw, Seq: 1, Time: 2, Address: addr, Log: log, Chain: ChainPos(9, 2)}, 20 + 64 + 8},
		{Command{Kind: CmdChainWithdraw, Seq: 1, Time: 2, Address: addr, Log: &ChainLog{}}, 20 + 64 + 8},
		{Command{Kind: CmdChainCancelBelow, Seq: 1, Time: 2, Address: addr, Nonce: 77, Chain: ChainPos(9, 3)}, 20 + 8 + 8},
		{Command{Kind: CmdReconcile, Seq: 1, Time: 2, Address: addr, Log: &ChainLog{Asset: log.Asset}, Amount: -5, Chain: 9}, 20 + 32 + 8 + 8},
		{Command{Kind: CmdReconcile, Seq: 1, Time: 2, Address: addr, Log: &ChainLog{}}, 20 + 32 + 8 + 8},
		{Command{Kind: CmdChainCancelNonces, Seq: 1, Time: 2, Address: addr, Log: &ChainLog{Nonces: []uint64{5, 6, 7}}, Chain: ChainPos(9, 4)}, 20 + 4 + 24 + 8},
		{Command{Kind: CmdChainCancelNonces, Seq: 1, Time: 2, Address: addr, Log: &ChainLog{}, Chain: ChainPos(9, 5)}, 20 + 4 + 8},
	} {
		b := AppendCommand(nil, &tc.c)
		if len(b) != cmdHeader+tc.size {
			t.Fatalf("kind %d: %d bytes, want %d", tc.c.Kind, len(b), cmdHeader+tc.size)
		}
		var got Command
		if err := DecodeCommand(b, &got); err != nil || !reflect.DeepEqual(got, tc.c) {
			t.Fatalf("kind %d: decode %v\n got %+v %+v\nwant %+v %+v", tc.c.Kind, err, got, got.Log, tc.c, tc.c.Log)
		}
		if tc.c.Kind == CmdChainCancelNonces {
			// A count that claims more nonces than the frame holds.
			bad := slices.Clone(b)
			bad[cmdHeader+20]++
			if err := DecodeCommand(bad, &got); !errors.Is(err, ErrCodec) {
				t.Fatalf("nonce count past the frame: err %v", err)
			}
		}
	}
	if w := AmountWord(0x0102); w[30] != 1 || w[31] != 2 || w[29] != 0 {
		t.Fatalf("AmountWord: %x", w)
	}
}

// TestCodecNoAlloc keeps the journal path allocation-free for commands
// without meta.
func TestCodecNoAlloc(t *testing.T) {
	c := Command{Kind: CmdPlace, Seq: 7, Account: 1, OrderID: 3, Price: 4, Qty: 5, Nonce: 99}
	buf := make([]byte, 0, 256)
	var got Command
	allocs := testing.AllocsPerRun(100, func() {
		buf = AppendCommand(buf[:0], &c)
		if err := DecodeCommand(buf, &got); err != nil {
			t.Fatal(err)
		}
	})
	if allocs != 0 {
		t.Fatalf("%v allocations per encode and decode", allocs)
	}
}

// TestCodecTimeAndLead pins the chain-time command (one i64, the block
// timestamp) and the add-market close lead: absent when 0, so that a market
// added before it encodes exactly as before, an 8-byte append otherwise,
// and a zero lead written out is refused.
func TestCodecTimeAndLead(t *testing.T) {
	c := Command{Kind: CmdChainTime, Seq: 3, Time: 4, Expiry: 1_800_000_000_000_000_000}
	b := AppendCommand(nil, &c)
	var got Command
	if err := DecodeCommand(b, &got); err != nil || !reflect.DeepEqual(got, c) || len(b) != cmdHeader+8 {
		t.Fatalf("chain time: %v %+v (%d bytes)", err, got, len(b))
	}
	spec := &MarketSpec{Symbol: "m", BaseAsset: 1, TickSize: 1, LotSize: 1, MaxPrice: 10, MaxQty: 10}
	a := Command{Kind: CmdAddMarket, Seq: 1, Time: 2, Spec: spec}
	plain := AppendCommand(nil, &a)
	if len(plain) != cmdHeader+32+2+1+8+72 {
		t.Fatalf("add market without a lead: %d bytes", len(plain))
	}
	lead := *spec
	lead.CloseLead = 3600e9
	a.Spec = &lead
	ext := AppendCommand(nil, &a)
	if len(ext) != len(plain)+8 || string(ext[:len(plain)]) != string(plain) {
		t.Fatalf("the close lead is not an append: %d bytes", len(ext))
	}
	if err := DecodeCommand(ext, &got); err != nil || !reflect.DeepEqual(got, a) {
		t.Fatalf("add market with a lead: %v %+v", err, got)
	}
	zero := append(slices.Clone(plain), make([]byte, 8)...)
	if err := DecodeCommand(zero, &got); !errors.Is(err, ErrCodec) {
		t.Fatalf("a zero lead encoded: err %v", err)
	}
}
