// Package orderentry turns what a trader sends to place an order (decimal
// strings and an EIP-712 signature) into the engine's command, or into a
// stable error code that changes nothing.
//
// The order a trader signs is the one the settlement contract will check
// (exchange/settlement/eip712, docs/contracts.md), so the engine must never accept an
// order that the contract would refuse: the price and size must be whole
// ticks and lots, the signature must be the maker's, the nonce is the
// client order id, and the signed expiry becomes the engine's GTD expiry so
// that no order outlives its signature on the book. The signed order itself
// travels with the command (Command.Meta) into the journal, where the
// settlement pipeline finds it.
//
// It does no I/O of its own: EIP-1271 wallets are asked through the
// ContractSignatures interface the caller provides.
package orderentry

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/hourglass-exchange/hourglass/api/marketdata"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
)

// Place is the params of order.place: the order in the units people use,
// plus the fields of its EIP-712 signature.
type Place struct {
	Market string `json:"market"` // symbol, e.g. H100SXM-US-T1-2027-01-04+168h
	Side   string `json:"side"`   // "buy" | "sell"
	// Type is "limit" (default) or "market". A market order is an IOC
	// order whose signed price is the worst the trader accepts: the
	// contract settles nothing beyond a signed price.
	Type  string `json:"type,omitempty"`
	Price string `json:"price"` // stablecoin per GPU-hour, a whole number of ticks
	Size  string `json:"size"`  // GPU-hours, a whole number of lots
	// TIF is "gtc" (default), "gtd", "ioc" or "fok". A gtc order with a
	// signed expiry leaves the book at that expiry, like gtd.
	TIF      string `json:"tif,omitempty"`
	PostOnly bool   `json:"post_only,omitempty"`
	// STP is the self-trade prevention mode: "cancel_newest" (default),
	// "cancel_oldest", "cancel_both", "decrement_cancel" or "none".
	STP string `json:"stp,omitempty"`
	// ClientOrderID is the signed order's nonce, a decimal uint64 above 0:
	// unique per account forever (the engine refuses a reuse), so a retry
	// of the same order can never trade twice.
	ClientOrderID string `json:"client_order_id"`
	Expiry        uint64 `json:"expiry,omitempty"` // Unix seconds, signed; 0: none
	MaxFeeBps     uint16 `json:"max_fee_bps"`      // signed
	Salt          string `json:"salt,omitempty"`   // signed uint256, decimal or 0x hex; default 0
	// SignatureType is "eoa" (default: a 65-byte r ‖ s ‖ v signature by
	// the account's key) or "contract" (EIP-1271: the account is a
	// contract wallet that answers isValidSignature).
	SignatureType string `json:"signature_type,omitempty"`
	Signature     string `json:"signature"` // 0x hex
}

// Code is a stable error code of order entry (docs/api.md lists them).
type Code string

// Codes.
const (
	CodeUnknownMarket   Code = "unknown_market"
	CodeInvalidSide     Code = "invalid_side"
	CodeInvalidType     Code = "invalid_type"
	CodeInvalidTIF      Code = "invalid_tif"
	CodeInvalidSTP      Code = "invalid_stp"
	CodeInvalidPrice    Code = "invalid_price"
	CodeInvalidSize     Code = "invalid_size"
	CodeInvalidClientID Code = "invalid_client_order_id"
	CodeInvalidExpiry   Code = "invalid_expiry"
	CodeOrderExpired    Code = "order_expired"
	// CodeExpiresTooSoon: the expiry is not beyond the settlement
	// horizon (Entry.Horizon): a fill of the order could reach the chain
	// after the contract holds it expired, so the engine would not match
	// it (docs/engine.md, "Time").
	CodeExpiresTooSoon    Code = "order_expires_too_soon"
	CodeInvalidSalt       Code = "invalid_salt"
	CodeInvalidSignature  Code = "invalid_signature"
	CodeSignatureMismatch Code = "signature_mismatch"
	CodeContractRejected  Code = "contract_signature_rejected"
	CodeContractCall      Code = "contract_signature_unavailable"
)

// Error is a refused order: a stable code and what was wrong.
type Error struct {
	Code    Code
	Message string
	Err     error // the underlying cause, if any
}

func (e *Error) Error() string { return "orderentry: " + string(e.Code) + ": " + e.Message }
func (e *Error) Unwrap() error { return e.Err }

func fail(code Code, err error, format string, args ...any) error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...), Err: err}
}

// CodeOf returns the code of an order-entry error, or "" for any other.
func CodeOf(err error) Code {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}

// ContractSignatures asks an EIP-1271 wallet whether it signed a digest.
// An error means the wallet could not be asked (not that it said no).
type ContractSignatures interface {
	IsValidSignature(ctx context.Context, wallet common.Address, digest common.Hash, signature []byte) (bool, error)
}

// Markets finds a market by symbol (*marketdata.Feed does).
type Markets interface {
	MarketBySymbol(symbol string) (*marketdata.MarketInfo, bool)
}

// Entry prepares orders for one exchange deployment.
type Entry struct {
	Domain    eip712.Domain
	Markets   Markets
	Contracts ContractSignatures // nil: contract signatures are refused
	// Now returns the current Unix time in seconds: an order whose signed
	// expiry is not after it is refused.
	Now func() uint64
	// Horizon is the engine's settlement horizon in seconds (rounded up):
	// an order whose signed expiry is not after Now + Horizon is refused
	// order_expires_too_soon. 0: none.
	Horizon uint64

	sep atomic.Pointer[separator] // Domain's separator, computed once
}

// separator is a domain's separator and the domain it was computed for.
type separator struct {
	chainID  *big.Int
	contract common.Address
	hash     common.Hash
}

// separator returns the separator of en.Domain, computing it only when the
// domain is not the one last seen.
func (en *Entry) separator() (common.Hash, error) {
	d := en.Domain
	if s := en.sep.Load(); s != nil && s.contract == d.VerifyingContract &&
		(s.chainID == nil) == (d.ChainID == nil) && (s.chainID == nil || s.chainID.Cmp(d.ChainID) == 0) {
		return s.hash, nil
	}
	h, err := d.Separator()
	if err != nil {
		return common.Hash{}, err
	}
	s := &separator{contract: d.VerifyingContract, hash: h}
	if d.ChainID != nil {
		s.chainID = new(big.Int).Set(d.ChainID)
	}
	en.sep.Store(s)
	return h, nil
}

// Prepared is an order ready for the engine: the command (its Account,
// OrderID, Seq and Time are the caller's to fill) and the signed order.
type Prepared struct {
	Command exchange.Command
	Signed  eip712.SignedOrder
	Digest  common.Hash
}

// Prepare checks p as an order of maker and returns what the engine takes.
// Nothing is sent anywhere; a refused order gets an *Error.
func (en *Entry) Prepare(ctx context.Context, maker common.Address, p Place) (Prepared, error) {
	m, ok := en.Markets.MarketBySymbol(p.Market)
	if !ok {
		return Prepared{}, fail(CodeUnknownMarket, nil, "no market %q", p.Market)
	}
	c := exchange.Command{Kind: exchange.CmdPlace, Market: m.ID, STP: exchange.STPCancelNewest}
	o := eip712.Order{Maker: maker, Market: instrument.ID(m.Spec.Instrument).Big(), MaxFeeBps: p.MaxFeeBps, Expiry: p.Expiry}

	switch p.Side {
	case "buy":
		c.Side, o.Side = exchange.Buy, eip712.Buy
	case "sell":
		c.Side, o.Side = exchange.Sell, eip712.Sell
	default:
		return Prepared{}, fail(CodeInvalidSide, nil, "side %q: want buy or sell", p.Side)
	}
	market := false
	switch p.Type {
	case "", "limit":
	case "market":
		market = true
	default:
		return Prepared{}, fail(CodeInvalidType, nil, "type %q: want limit or market", p.Type)
	}
	switch p.TIF {
	case "", "gtc":
		c.TIF = exchange.GTC
	case "gtd":
		c.TIF = exchange.GTD
	case "ioc":
		c.TIF = exchange.IOC
	case "fok":
		c.TIF = exchange.FOK
	default:
		return Prepared{}, fail(CodeInvalidTIF, nil, "tif %q: want gtc, gtd, ioc or fok", p.TIF)
	}
	if market {
		switch c.TIF {
		case exchange.GTC:
			c.TIF = exchange.IOC
		case exchange.IOC, exchange.FOK:
		default:
			return Prepared{}, fail(CodeInvalidTIF, nil, "a market order is ioc or fok, not %s", p.TIF)
		}
		if p.PostOnly {
			return Prepared{}, fail(CodeInvalidType, nil, "a market order cannot be post-only")
		}
	}
	c.PostOnly = p.PostOnly
	switch p.STP {
	case "", "cancel_newest":
	case "cancel_oldest":
		c.STP = exchange.STPCancelOldest
	case "cancel_both":
		c.STP = exchange.STPCancelBoth
	case "decrement_cancel":
		c.STP = exchange.STPDecrementCancel
	case "none":
		c.STP = exchange.STPNone
	default:
		return Prepared{}, fail(CodeInvalidSTP, nil, "stp %q", p.STP)
	}

	ticks, err := m.ParsePrice(p.Price)
	if err != nil {
		return Prepared{}, fail(CodeInvalidPrice, err, "price %q is not a positive whole number of ticks of %s", p.Price, m.Price(1))
	}
	lots, err := m.ParseSize(p.Size)
	if err != nil {
		return Prepared{}, fail(CodeInvalidSize, err, "size %q is not a positive whole number of lots of %s", p.Size, m.Size(1))
	}
	// The signed price is stablecoin base units per GPU-hour, the signed
	// amount GPU-hours: the engine's notional (lots*LotSize)*(ticks*TickSize)
	// is the contract's amount*price.
	c.Price, c.Qty = ticks, lots
	o.Price = new(big.Int).Mul(big.NewInt(ticks), big.NewInt(m.Spec.TickSize))
	o.Amount = new(big.Int).Mul(big.NewInt(lots), big.NewInt(m.Spec.LotSize))

	nonce, err := strconv.ParseUint(p.ClientOrderID, 10, 64)
	if err != nil || nonce == 0 {
		return Prepared{}, fail(CodeInvalidClientID, err, "client_order_id %q: want a decimal integer from 1 to 2^64-1 (it is the signed nonce)", p.ClientOrderID)
	}
	c.Nonce, o.Nonce = nonce, nonce

	if p.Expiry != 0 {
		if now := en.Now(); p.Expiry <= now {
			return Prepared{}, fail(CodeOrderExpired, nil, "expiry %d is not after now (%d)", p.Expiry, now)
		}
		if p.Expiry > 1<<33 { // year 2242: far beyond any window, and keeps ns in an int64
			return Prepared{}, fail(CodeInvalidExpiry, nil, "expiry %d is not a Unix time in seconds", p.Expiry)
		}
		if now := en.Now(); p.Expiry <= now+en.Horizon {
			return Prepared{}, fail(CodeExpiresTooSoon, nil, "expiry %d is within the settlement horizon (%d s after now, %d): the order could not settle in time", p.Expiry, en.Horizon, now)
		}
		if c.TIF == exchange.GTC {
			c.TIF = exchange.GTD
		}
		c.Expiry = int64(p.Expiry) * 1e9
	} else if c.TIF == exchange.GTD {
		return Prepared{}, fail(CodeInvalidExpiry, nil, "a gtd order needs an expiry")
	}
	c.MaxFeeBps = int64(p.MaxFeeBps)

	o.Salt = new(big.Int)
	if p.Salt != "" {
		s, ok := new(big.Int).SetString(p.Salt, 0)
		if !ok || s.Sign() < 0 || s.BitLen() > 256 {
			return Prepared{}, fail(CodeInvalidSalt, nil, "salt %q: want a uint256, decimal or 0x hex", p.Salt)
		}
		o.Salt = s
	}

	sig, err := hexutil.Decode(p.Signature)
	if err != nil {
		return Prepared{}, fail(CodeInvalidSignature, err, "signature: want 0x hex")
	}
	// The signature type is a signed field: set it before hashing.
	switch strings.ToLower(p.SignatureType) {
	case "", "eoa":
		o.SignatureType = eip712.EOA
	case "contract":
		o.SignatureType = eip712.Contract
	default:
		return Prepared{}, fail(CodeInvalidSignature, nil, "signature_type %q: want eoa or contract", p.SignatureType)
	}
	sep, err := en.separator()
	if err != nil {
		return Prepared{}, fail(CodeInvalidPrice, err, "order out of range")
	}
	digest, err := eip712.DigestWith(sep, o)
	if err != nil {
		return Prepared{}, fail(CodeInvalidPrice, err, "order out of range")
	}
	switch o.SignatureType {
	case eip712.EOA:
		if len(sig) != 65 {
			return Prepared{}, fail(CodeInvalidSignature, nil, "an eoa signature has 65 bytes, not %d", len(sig))
		}
		signer, err := eip712.RecoverDigest(digest, sig)
		if err != nil {
			return Prepared{}, fail(CodeInvalidSignature, err, "signature does not recover")
		}
		if signer != maker {
			return Prepared{}, fail(CodeSignatureMismatch, nil, "signed by %s, not by the account %s", signer, maker)
		}
	case eip712.Contract:
		if len(sig) == 0 || len(sig) > exchange.MaxMetaSize-eip712.OrderRecordSize {
			return Prepared{}, fail(CodeInvalidSignature, nil, "a contract signature has 1 to %d bytes", exchange.MaxMetaSize-eip712.OrderRecordSize)
		}
		if en.Contracts == nil {
			return Prepared{}, fail(CodeContractCall, nil, "contract signatures are not checked by this gateway")
		}
		ok, err := en.Contracts.IsValidSignature(ctx, maker, digest, sig)
		if err != nil {
			return Prepared{}, fail(CodeContractCall, err, "could not ask the wallet %s", maker)
		}
		if !ok {
			return Prepared{}, fail(CodeContractRejected, nil, "the wallet %s did not accept the signature", maker)
		}
	}

	signed := eip712.SignedOrder{Order: o, Signature: sig}
	meta, err := eip712.MarshalSigned(signed)
	if err != nil {
		return Prepared{}, fail(CodeInvalidSignature, err, "signed order")
	}
	c.Meta = meta
	return Prepared{Command: c, Signed: signed, Digest: digest}, nil
}
