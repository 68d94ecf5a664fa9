package eip712

import (
	"encoding/binary"
	"fmt"
	"math/big"
)

// Record sizes of settle's wire format (the contract's ORDER_BYTES and
// FILL_BYTES).
const (
	OrderRecordSize = 185
	FillRecordSize  = 24
	// MaxBatchOrders and MaxBatchFills bound a batch: indexes are uint16.
	MaxBatchOrders = 0xffff
	MaxBatchFills  = 0xffff
)

var (
	// MaxOrderValue is the largest price and amount the contract accepts
	// (2^120 - 1); larger orders are skipped BAD_ORDER.
	MaxOrderValue = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 120), big.NewInt(1))
	maxUint128    = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1))
)

// SignedOrder is an order with its signature: 65 bytes r ‖ s ‖ v for EOA,
// whatever the wallet's isValidSignature takes for Contract.
type SignedOrder struct {
	Order
	Signature []byte
}

// Fill is one fill of a batch: the taker and maker orders by their index in
// the batch's order list, the quantity in token units and the fee each side
// pays in basis points of the notional (at most its order's MaxFeeBps).
type Fill struct {
	Taker, Maker uint16
	Qty          *big.Int
	TakerFeeBps  uint16
	MakerFeeBps  uint16
}

// Batch is the encoded arguments of settle after the batch id.
type Batch struct {
	Orders       []byte
	Fills        []byte
	ContractSigs []byte
}

func put128(dst []byte, x *big.Int, what string) error {
	if x == nil {
		x = new(big.Int)
	}
	if x.Sign() < 0 || x.Cmp(maxUint128) > 0 {
		return fmt.Errorf("%w: %s %s does not fit 128 bits", ErrField, what, x)
	}
	x.FillBytes(dst[:16])
	return nil
}

// EncodeOrder appends the order's 185-byte record to dst; a Contract
// signature goes to sigs and the record points at it.
func EncodeOrder(dst, sigs []byte, o SignedOrder) ([]byte, []byte, error) {
	var r [OrderRecordSize]byte
	r[0] = byte(o.Side)
	r[1] = byte(o.SignatureType)
	copy(r[2:22], o.Maker[:])
	if err := put128(r[22:38], o.Market, "market"); err != nil {
		return dst, sigs, err
	}
	if err := put128(r[38:54], o.Price, "price"); err != nil {
		return dst, sigs, err
	}
	if err := put128(r[54:70], o.Amount, "amount"); err != nil {
		return dst, sigs, err
	}
	binary.BigEndian.PutUint16(r[70:72], o.MaxFeeBps)
	binary.BigEndian.PutUint64(r[72:80], o.Expiry)
	binary.BigEndian.PutUint64(r[80:88], o.Nonce)
	salt, err := word(o.Salt)
	if err != nil {
		return dst, sigs, fmt.Errorf("salt: %w", err)
	}
	copy(r[88:120], salt)
	switch o.SignatureType {
	case Contract:
		if len(sigs)+len(o.Signature) > 0xffffffff {
			return dst, sigs, fmt.Errorf("%w: contract signatures exceed 4 GiB", ErrField)
		}
		binary.BigEndian.PutUint32(r[120:124], uint32(len(sigs)))
		binary.BigEndian.PutUint32(r[124:128], uint32(len(o.Signature)))
		sigs = append(sigs, o.Signature...)
	default:
		// Any other type is encoded as is; the contract skips it BAD_ORDER.
		if len(o.Signature) != 65 {
			return dst, sigs, fmt.Errorf("%w: EOA signature has %d bytes, want 65", ErrSignature, len(o.Signature))
		}
		copy(r[120:185], o.Signature)
	}
	return append(dst, r[:]...), sigs, nil
}

// EncodeFill appends the fill's 24-byte record to dst.
func EncodeFill(dst []byte, f Fill) ([]byte, error) {
	var r [FillRecordSize]byte
	binary.BigEndian.PutUint16(r[0:2], f.Taker)
	binary.BigEndian.PutUint16(r[2:4], f.Maker)
	if err := put128(r[4:20], f.Qty, "quantity"); err != nil {
		return dst, err
	}
	binary.BigEndian.PutUint16(r[20:22], f.TakerFeeBps)
	binary.BigEndian.PutUint16(r[22:24], f.MakerFeeBps)
	return append(dst, r[:]...), nil
}

// EncodeBatch encodes the orders (each once) and the fills that refer to
// them by index.
func EncodeBatch(orders []SignedOrder, fills []Fill) (Batch, error) {
	if len(orders) > MaxBatchOrders || len(fills) > MaxBatchFills {
		return Batch{}, fmt.Errorf("%w: %d orders, %d fills (at most %d each)", ErrField, len(orders), len(fills), MaxBatchOrders)
	}
	b := Batch{Orders: make([]byte, 0, len(orders)*OrderRecordSize), Fills: make([]byte, 0, len(fills)*FillRecordSize)}
	var err error
	for i, o := range orders {
		if b.Orders, b.ContractSigs, err = EncodeOrder(b.Orders, b.ContractSigs, o); err != nil {
			return Batch{}, fmt.Errorf("order %d: %w", i, err)
		}
	}
	for i, f := range fills {
		if b.Fills, err = EncodeFill(b.Fills, f); err != nil {
			return Batch{}, fmt.Errorf("fill %d: %w", i, err)
		}
	}
	return b, nil
}

// SkipReason is why settle skipped a fill (BatchSettled results). The numbers are
// stable: never renumbered, new ones appended.
type SkipReason uint8

// Skip reasons.
const (
	BadOrderIndex      SkipReason = 1  // a fill names an order index beyond the batch
	BadOrder           SkipReason = 2  // malformed order: side, signature type, zero or too large price/amount, market 0, maker 0
	BadSignature       SkipReason = 3  // not signed by the maker (or the EIP-1271 wallet said no, asked once per batch)
	Expired            SkipReason = 4  // block time >= expiry
	NonceUsed          SkipReason = 5  // the order is filled completely or cancelled
	DuplicateOrder     SkipReason = 6  // the same order appears twice in the batch's order list
	MarketMismatch     SkipReason = 7  // taker and maker trade different instruments
	SameSide           SkipReason = 8  // both orders buy or both sell
	PriceNotCrossed    SkipReason = 9  // the taker's limit does not reach the maker's price
	ZeroQty            SkipReason = 10 // fill quantity 0
	Overfill           SkipReason = 11 // the fill exceeds an order's remaining amount
	FeeTooHigh         SkipReason = 12 // a fee above its order's maxFeeBps or MAX_FEE_BPS
	InsufficientCash   SkipReason = 13 // the buyer's cash < notional + its fee
	InsufficientTokens SkipReason = 14 // the seller's tokens < quantity
	WalletGasBudget    SkipReason = 15 // an EIP-1271 order reached after the batch's wallet gas budget (WALLET_GAS_BUDGET) ran low
	TradingClosed      SkipReason = 16 // block time >= the instrument's window start - TRADING_CLOSE_LEAD (2 h)
	SpotRefused        SkipReason = 17 // a spot fill the spot desk refused (no capacity or collateral, size not a multiple of the lease length, no desk); party: the seller
)

var reasonNames = [...]string{
	BadOrderIndex: "BAD_ORDER_INDEX", BadOrder: "BAD_ORDER", BadSignature: "BAD_SIGNATURE",
	Expired: "EXPIRED", NonceUsed: "NONCE_USED", DuplicateOrder: "DUPLICATE_ORDER",
	MarketMismatch: "MARKET_MISMATCH", SameSide: "SAME_SIDE", PriceNotCrossed: "PRICE_NOT_CROSSED",
	ZeroQty: "ZERO_QTY", Overfill: "OVERFILL", FeeTooHigh: "FEE_TOO_HIGH",
	InsufficientCash: "INSUFFICIENT_CASH", InsufficientTokens: "INSUFFICIENT_TOKENS",
	WalletGasBudget: "WALLET_GAS_BUDGET", TradingClosed: "TRADING_CLOSED", SpotRefused: "SPOT_REFUSED",
}

func (r SkipReason) String() string {
	if int(r) < len(reasonNames) && reasonNames[r] != "" {
		return reasonNames[r]
	}
	return fmt.Sprintf("reason(%d)", uint8(r))
}

// Party names which side of a fill a skip reason is about.
type Party uint8

// Parties.
const (
	PartyFill  Party = 0 // the fill itself, or the pair of orders
	PartyTaker Party = 1
	PartyMaker Party = 2
)

func (p Party) String() string {
	switch p {
	case PartyFill:
		return "fill"
	case PartyTaker:
		return "taker"
	case PartyMaker:
		return "maker"
	}
	return fmt.Sprintf("party(%d)", uint8(p))
}

// Settled is a fill that settle settled: its index in the batch, its
// quantity (the fill record's) and its price (the maker order's).
type Settled struct {
	Index uint16
	Qty   *big.Int
	Price *big.Int
}

// Skipped is a fill that settle skipped, and why.
type Skipped struct {
	Index  uint16
	Party  Party
	Reason SkipReason
}

// ResultSettled is the result byte of a settled fill in BatchSettled's
// results; a skipped fill's byte is Party << 6 | Reason.
const ResultSettled = 0

// DecodeResult unpacks the result byte of a skipped fill (not ResultSettled).
func DecodeResult(index uint16, r byte) Skipped {
	return Skipped{Index: index, Party: Party(r >> 6), Reason: SkipReason(r & 0x3f)}
}

// DecodeResults turns the results of a BatchSettled event (one byte per
// fill) into the settled and the skipped fills of batch b, the batch that
// was settled: a settled fill's quantity and price come from its fill
// record and its maker order's record.
func DecodeResults(b Batch, results []byte) ([]Settled, []Skipped, error) {
	if len(results)*FillRecordSize != len(b.Fills) || len(b.Orders)%OrderRecordSize != 0 {
		return nil, nil, fmt.Errorf("%w: %d results for %d bytes of fills", ErrField, len(results), len(b.Fills))
	}
	var settled []Settled
	var skipped []Skipped
	for i, r := range results {
		if r != ResultSettled {
			skipped = append(skipped, DecodeResult(uint16(i), r))
			continue
		}
		f := b.Fills[i*FillRecordSize : (i+1)*FillRecordSize]
		m := int(binary.BigEndian.Uint16(f[2:4]))
		if (m+1)*OrderRecordSize > len(b.Orders) {
			return nil, nil, fmt.Errorf("%w: settled fill %d names order %d beyond the batch", ErrField, i, m)
		}
		o := b.Orders[m*OrderRecordSize : (m+1)*OrderRecordSize]
		settled = append(settled, Settled{
			Index: uint16(i),
			Qty:   new(big.Int).SetBytes(f[4:20]),
			Price: new(big.Int).SetBytes(o[38:54]),
		})
	}
	return settled, skipped, nil
}
