package exchange

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// ErrCodec is wrapped by every decoding error of a journaled command.
var ErrCodec = errors.New("exchange: bad command encoding")

// The binary command encoding is what the journal stores: a fixed layout per
// kind, little-endian, so that encoding is a few stores and decoding never
// allocates (except the spec of the rare CmdAddMarket and a place's meta).
// Layout, after a common header of kind u8 | seq u64 | time i64:
//
//	place        account u32 | market u32 | order u64 | side, type, tif, stp, post u8 | price, qty, expiry, maxFee i64
//	             [ nonce u64 | meta len u32 | meta ]  (only when Nonce != 0 or Meta is not empty)
//	cancel       account u32 | order u64
//	amend        account u32 | order u64 | price i64 | qty i64
//	mass cancel  account u32 | market u32 | side u8
//	deposit,
//	withdraw     account u32 | asset u32 | amount i64
//	open account address [20]
//	add market   instrument [32] | symbol len u16 + bytes | base u32 | quote u32 | 9 x i64 (spec order)
//	             [ close lead i64 ]  (only when CloseLead != 0)
//	set ref      market u32 | price i64
//	cancel nonces below  account u32 | nonce u64
//	tick         (nothing)
//	settle batch batch u64 | count u32
//	settlement result    batch u64 | results len u32 | results
//	chain deposit,
//	chain withdraw       address [20] | asset [32] | amount [32] | chain u64
//	chain cancel below   address [20] | nonce u64 | chain u64
//	chain cancel nonces  address [20] | count u32 | count x nonce u64 | chain u64
//	chain time   block timestamp (Expiry) i64
//	chain capacity       address [20] | grade (asset) [32] | capacity (amount) [32] | chain u64
//	chain lease          address [20] | instrument (asset) [32] | gpus (amount) [32] | start hour u64 | hours u64 | chain u64
//
// (a chain command without a Log encodes the zero asset, amount and no
// nonces),
// and, after the payload of a deposit, a withdraw, a cancel nonces below or
// a settlement result, [ chain u64 ] (only when Chain != 0).
//
// The place and chain extensions are compatible additions: a journal written
// before them decodes unchanged (no nonce, no meta, no chain position), and a
// command without them is encoded exactly as before. A decoder that predates
// them refuses the longer frames rather than misreading them. Each is
// present only when it says something, so that every command has one
// encoding.
const cmdHeader = 1 + 8 + 8

// placeBase is the payload length of a place without nonce or meta; the
// extension adds placeExt bytes and the meta.
const (
	placeBase = 4 + 4 + 8 + 5 + 32
	placeExt  = 8 + 4
)

// AppendCommand appends the binary encoding of c to dst.
func AppendCommand(dst []byte, c *Command) []byte {
	le := binary.LittleEndian
	dst = append(dst, byte(c.Kind))
	dst = le.AppendUint64(dst, c.Seq)
	dst = le.AppendUint64(dst, uint64(c.Time))
	switch c.Kind {
	case CmdPlace:
		dst = le.AppendUint32(dst, uint32(c.Account))
		dst = le.AppendUint32(dst, uint32(c.Market))
		dst = le.AppendUint64(dst, uint64(c.OrderID))
		post := byte(0)
		if c.PostOnly {
			post = 1
		}
		dst = append(dst, byte(c.Side), byte(c.Type), byte(c.TIF), byte(c.STP), post)
		dst = le.AppendUint64(dst, uint64(c.Price))
		dst = le.AppendUint64(dst, uint64(c.Qty))
		dst = le.AppendUint64(dst, uint64(c.Expiry))
		dst = le.AppendUint64(dst, uint64(c.MaxFeeBps))
		if c.Nonce != 0 || len(c.Meta) != 0 {
			dst = le.AppendUint64(dst, c.Nonce)
			dst = le.AppendUint32(dst, uint32(len(c.Meta)))
			dst = append(dst, c.Meta...)
		}
	case CmdCancel:
		dst = le.AppendUint32(dst, uint32(c.Account))
		dst = le.AppendUint64(dst, uint64(c.OrderID))
	case CmdAmend:
		dst = le.AppendUint32(dst, uint32(c.Account))
		dst = le.AppendUint64(dst, uint64(c.OrderID))
		dst = le.AppendUint64(dst, uint64(c.Price))
		dst = le.AppendUint64(dst, uint64(c.Qty))
	case CmdMassCancel:
		dst = le.AppendUint32(dst, uint32(c.Account))
		dst = le.AppendUint32(dst, uint32(c.Market))
		dst = append(dst, byte(c.Side))
	case CmdDeposit, CmdWithdraw:
		dst = le.AppendUint32(dst, uint32(c.Account))
		dst = le.AppendUint32(dst, uint32(c.Asset))
		dst = le.AppendUint64(dst, uint64(c.Amount))
	case CmdOpenAccount:
		dst = append(dst, c.Address[:]...)
	case CmdAddMarket:
		s := c.Spec
		if s == nil {
			s = &MarketSpec{}
		}
		dst = append(dst, s.Instrument[:]...)
		sym := s.Symbol
		if len(sym) > 0xFFFF {
			sym = sym[:0xFFFF]
		}
		dst = le.AppendUint16(dst, uint16(len(sym)))
		dst = append(dst, sym...)
		dst = le.AppendUint32(dst, uint32(s.BaseAsset))
		dst = le.AppendUint32(dst, uint32(s.QuoteAsset))
		for _, v := range [...]int64{s.TickSize, s.LotSize, s.MinNotional, s.MaxPrice, s.MaxQty, s.RefPrice, s.BandBps, s.MakerFeeBps, s.TakerFeeBps} {
			dst = le.AppendUint64(dst, uint64(v))
		}
		if s.CloseLead != 0 {
			dst = le.AppendUint64(dst, uint64(s.CloseLead))
		}
	case CmdChainTime:
		dst = le.AppendUint64(dst, uint64(c.Expiry))
	case CmdSetReference:
		dst = le.AppendUint32(dst, uint32(c.Market))
		dst = le.AppendUint64(dst, uint64(c.Price))
	case CmdCancelNoncesBelow:
		dst = le.AppendUint32(dst, uint32(c.Account))
		dst = le.AppendUint64(dst, c.Nonce)
	case CmdSettleBatch:
		dst = le.AppendUint64(dst, c.Batch)
		dst = le.AppendUint32(dst, c.Count)
	case CmdSettlementResult, CmdSkipFills:
		dst = le.AppendUint64(dst, c.Batch)
		dst = le.AppendUint32(dst, uint32(len(c.Meta)))
		dst = append(dst, c.Meta...)
	case CmdChainDeposit, CmdChainWithdraw:
		l := chainLog(c)
		dst = append(dst, c.Address[:]...)
		dst = append(dst, l.Asset[:]...)
		dst = append(dst, l.Amount[:]...)
		return le.AppendUint64(dst, c.Chain)
	case CmdChainCancelBelow:
		dst = append(dst, c.Address[:]...)
		dst = le.AppendUint64(dst, c.Nonce)
		return le.AppendUint64(dst, c.Chain)
	case CmdChainCapacity, CmdChainLease:
		l := chainLog(c)
		dst = append(dst, c.Address[:]...)
		dst = append(dst, l.Asset[:]...)
		dst = append(dst, l.Amount[:]...)
		if c.Kind == CmdChainLease {
			dst = le.AppendUint64(dst, l.StartHour)
			dst = le.AppendUint64(dst, l.Hours)
		}
		return le.AppendUint64(dst, c.Chain)
	case CmdReconcile:
		dst = append(dst, c.Address[:]...)
		dst = append(dst, chainLog(c).Asset[:]...)
		dst = le.AppendUint64(dst, uint64(c.Amount))
		return le.AppendUint64(dst, c.Chain)
	case CmdChainCancelNonces:
		l := chainLog(c)
		dst = append(dst, c.Address[:]...)
		dst = le.AppendUint32(dst, uint32(len(l.Nonces)))
		for _, n := range l.Nonces {
			dst = le.AppendUint64(dst, n)
		}
		return le.AppendUint64(dst, c.Chain)
	}
	if c.Chain != 0 && chainKind(c.Kind) {
		dst = le.AppendUint64(dst, c.Chain)
	}
	return dst
}

// chainExt decodes the chain extension of a payload whose own length is n.
func chainExt(p []byte, n int, c *Command) bool {
	switch len(p) {
	case n:
		return true
	case n + 8:
		c.Chain = binary.LittleEndian.Uint64(p[n:])
		return c.Chain != 0
	}
	return false
}

// DecodeCommand decodes one AppendCommand encoding into c, which it resets.
// Trailing bytes are an error.
func DecodeCommand(b []byte, c *Command) error {
	*c = Command{}
	if len(b) < cmdHeader {
		return fmt.Errorf("%w: %d bytes", ErrCodec, len(b))
	}
	le := binary.LittleEndian
	c.Kind = CommandKind(b[0])
	c.Seq = le.Uint64(b[1:])
	c.Time = int64(le.Uint64(b[9:]))
	p := b[cmdHeader:]
	need := func(n int) bool { return len(p) == n }
	ok := true
	switch c.Kind {
	case CmdPlace:
		ok = len(p) == placeBase || len(p) >= placeBase+placeExt
		if ok && len(p) > placeBase {
			x := p[placeBase:]
			c.Nonce = le.Uint64(x)
			n := le.Uint32(x[8:])
			// The extension is present only when it says something, so
			// that every command has one encoding.
			ok = uint64(len(x)) == placeExt+uint64(n) && (c.Nonce != 0 || n != 0)
			if ok && n > 0 {
				c.Meta = append([]byte(nil), x[placeExt:]...)
			}
		}
		if ok = ok && p[20] <= 1; ok {
			c.Account = AccountID(le.Uint32(p))
			c.Market = MarketID(le.Uint32(p[4:]))
			c.OrderID = OrderID(le.Uint64(p[8:]))
			c.Side, c.Type, c.TIF, c.STP, c.PostOnly = Side(p[16]), OrderType(p[17]), TimeInForce(p[18]), STPMode(p[19]), p[20] == 1
			c.Price = int64(le.Uint64(p[21:]))
			c.Qty = int64(le.Uint64(p[29:]))
			c.Expiry = int64(le.Uint64(p[37:]))
			c.MaxFeeBps = int64(le.Uint64(p[45:]))
		}
	case CmdCancel:
		if ok = need(12); ok {
			c.Account = AccountID(le.Uint32(p))
			c.OrderID = OrderID(le.Uint64(p[4:]))
		}
	case CmdAmend:
		if ok = need(28); ok {
			c.Account = AccountID(le.Uint32(p))
			c.OrderID = OrderID(le.Uint64(p[4:]))
			c.Price = int64(le.Uint64(p[12:]))
			c.Qty = int64(le.Uint64(p[20:]))
		}
	case CmdMassCancel:
		if ok = need(9); ok {
			c.Account = AccountID(le.Uint32(p))
			c.Market = MarketID(le.Uint32(p[4:]))
			c.Side = Side(p[8])
		}
	case CmdDeposit, CmdWithdraw:
		if ok = chainExt(p, 16, c); ok {
			c.Account = AccountID(le.Uint32(p))
			c.Asset = AssetID(le.Uint32(p[4:]))
			c.Amount = int64(le.Uint64(p[8:]))
		}
	case CmdOpenAccount:
		if ok = need(20); ok {
			copy(c.Address[:], p)
		}
	case CmdAddMarket:
		if ok = len(p) >= 34; !ok {
			break
		}
		n := int(le.Uint16(p[32:]))
		lead := need(34 + n + 8 + 72 + 8)
		if ok = lead || need(34+n+8+72); !ok {
			break
		}
		s := &MarketSpec{}
		copy(s.Instrument[:], p)
		s.Symbol = string(p[34 : 34+n])
		p = p[34+n:]
		s.BaseAsset = AssetID(le.Uint32(p))
		s.QuoteAsset = AssetID(le.Uint32(p[4:]))
		p = p[8:]
		for i, f := range []*int64{&s.TickSize, &s.LotSize, &s.MinNotional, &s.MaxPrice, &s.MaxQty, &s.RefPrice, &s.BandBps, &s.MakerFeeBps, &s.TakerFeeBps} {
			*f = int64(le.Uint64(p[8*i:]))
		}
		if lead {
			// Present only when not zero: one encoding per command.
			s.CloseLead = int64(le.Uint64(p[72:]))
			ok = s.CloseLead != 0
		}
		c.Spec = s
	case CmdChainTime:
		if ok = need(8); ok {
			c.Expiry = int64(le.Uint64(p))
		}
	case CmdSetReference:
		if ok = need(12); ok {
			c.Market = MarketID(le.Uint32(p))
			c.Price = int64(le.Uint64(p[4:]))
		}
	case CmdCancelNoncesBelow:
		if ok = chainExt(p, 12, c); ok {
			c.Account = AccountID(le.Uint32(p))
			c.Nonce = le.Uint64(p[4:])
		}
	case CmdSettleBatch:
		if ok = need(12); ok {
			c.Batch = le.Uint64(p)
			c.Count = le.Uint32(p[8:])
		}
	case CmdSettlementResult:
		if ok = len(p) >= 12; !ok {
			break
		}
		n := uint64(le.Uint32(p[8:]))
		if ok = uint64(len(p)) >= 12+n && chainExt(p, 12+int(n), c); ok {
			c.Batch = le.Uint64(p)
			if n > 0 {
				c.Meta = append([]byte(nil), p[12:12+n]...)
			}
		}
	case CmdSkipFills:
		if ok = len(p) >= 12 && uint64(len(p)) == 12+uint64(le.Uint32(p[8:])); ok {
			c.Batch = le.Uint64(p)
			if len(p) > 12 {
				c.Meta = append([]byte(nil), p[12:]...)
			}
		}
	case CmdChainDeposit, CmdChainWithdraw:
		if ok = need(20 + 32 + 32 + 8); ok {
			copy(c.Address[:], p)
			c.Log = &ChainLog{}
			copy(c.Log.Asset[:], p[20:])
			copy(c.Log.Amount[:], p[52:])
			c.Chain = le.Uint64(p[84:])
		}
	case CmdChainCapacity:
		if ok = need(20 + 32 + 32 + 8); ok {
			copy(c.Address[:], p)
			c.Log = &ChainLog{}
			copy(c.Log.Asset[:], p[20:])
			copy(c.Log.Amount[:], p[52:])
			c.Chain = le.Uint64(p[84:])
		}
	case CmdChainLease:
		if ok = need(20 + 32 + 32 + 8 + 8 + 8); ok {
			copy(c.Address[:], p)
			c.Log = &ChainLog{}
			copy(c.Log.Asset[:], p[20:])
			copy(c.Log.Amount[:], p[52:])
			c.Log.StartHour = le.Uint64(p[84:])
			c.Log.Hours = le.Uint64(p[92:])
			c.Chain = le.Uint64(p[100:])
		}
	case CmdReconcile:
		if ok = need(20 + 32 + 8 + 8); ok {
			copy(c.Address[:], p)
			c.Log = &ChainLog{}
			copy(c.Log.Asset[:], p[20:])
			c.Amount = int64(le.Uint64(p[52:]))
			c.Chain = le.Uint64(p[60:])
		}
	case CmdChainCancelBelow:
		if ok = need(20 + 8 + 8); ok {
			copy(c.Address[:], p)
			c.Nonce = le.Uint64(p[20:])
			c.Chain = le.Uint64(p[28:])
		}
	case CmdChainCancelNonces:
		if ok = len(p) >= 20+4+8; !ok {
			break
		}
		n := uint64(le.Uint32(p[20:]))
		if ok = uint64(len(p)) == 20+4+8*n+8; ok {
			copy(c.Address[:], p)
			c.Log = &ChainLog{}
			if n > 0 {
				c.Log.Nonces = make([]uint64, n)
				for i := range c.Log.Nonces {
					c.Log.Nonces[i] = le.Uint64(p[24+8*i:])
				}
			}
			c.Chain = le.Uint64(p[24+8*n:])
		}
	default:
		ok = need(0)
	}
	if !ok {
		return fmt.Errorf("%w: kind %d with %d payload bytes", ErrCodec, c.Kind, len(p))
	}
	return nil
}
