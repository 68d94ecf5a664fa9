// Package exchange is the matching engine: a pure, deterministic state
// machine. Apply takes one Command (time travels inside it) and returns the
// Events it caused. It does no I/O, reads no clock and starts no goroutines;
// the sequencer around it journals each command before it is applied.
package exchange

import "slices"

// AccountID is the dense engine-side id of an account, assigned in order by
// CmdOpenAccount. The gateway maps addresses to it.
type AccountID uint32

// MarketID is the dense engine-side id of a market, assigned in order by
// CmdAddMarket.
type MarketID uint32

// AssetID names a balance: the stablecoin or one instrument's token. Assets
// are declared by the markets that use them.
type AssetID uint32

// OrderID identifies a live order engine-wide. The caller chooses it, or
// leaves it 0 in a CmdPlace submitted through the sequencer, which then
// stamps the command's sequence number as the id; an id may be reused once
// the order it named is dead.
type OrderID uint64

// NoMarket marks a command or event that is not about one market, and the
// "every market" filter of a mass cancel.
const NoMarket MarketID = 0xFFFFFFFF

// FeeAccount is the pseudo-account whose balances (one per quote asset)
// collect trading fees. It appears in EvBalance events; it never trades.
const FeeAccount AccountID = 0xFFFFFFFF

// NonceWindow bounds how far above an account's nonce base a new order's
// nonce may be: a nonce n is accepted only if base <= n < base+NonceWindow
// and it is unused. It bounds the memory of an account's used nonces to
// NonceWindow bits.
const NonceWindow = 1 << 16

// MaxMetaSize is the largest Command.Meta a CmdPlace may carry.
const MaxMetaSize = 1024

// Side of an order. The values match the flash1 wire format.
type Side uint8

const (
	Buy  Side = 0
	Sell Side = 1
	// AnySide is the "both sides" filter of a mass cancel.
	AnySide Side = 2
)

// Opposite returns the other side.
func (s Side) Opposite() Side { return s ^ 1 }

// OrderType is limit or market. A market order is an IOC or FOK order whose
// limit is the edge of the market's price band.
type OrderType uint8

const (
	Limit  OrderType = 0
	Market OrderType = 1
)

// TimeInForce says how long the unfilled rest of an order lives.
type TimeInForce uint8

const (
	GTC TimeInForce = 0 // rests until cancelled
	GTD TimeInForce = 1 // rests until Command.Expiry (unix ns)
	IOC TimeInForce = 2 // the rest is cancelled at once
	FOK TimeInForce = 3 // fills completely at once or is rejected
)

// STPMode is the self-trade prevention instruction of the taking order; the
// taker's instruction decides what happens when it would trade with a resting
// order of the same account.
type STPMode uint8

const (
	STPNone            STPMode = 0 // trade with yourself
	STPCancelNewest    STPMode = 1 // cancel the taker's rest
	STPCancelOldest    STPMode = 2 // cancel the resting order, keep matching
	STPCancelBoth      STPMode = 3 // cancel both
	STPDecrementCancel STPMode = 4 // reduce both by the smaller; cancel what reaches zero
)

// CommandKind selects what a Command does.
type CommandKind uint8

const (
	CmdNone         CommandKind = iota
	CmdAddMarket                // Spec
	CmdOpenAccount              // Address
	CmdDeposit                  // Account, Asset, Amount
	CmdWithdraw                 // Account, Asset, Amount
	CmdPlace                    // Account, Market, OrderID, Side, Type, TIF, PostOnly, STP, Price, Qty, Expiry, MaxFeeBps, Nonce, Meta
	CmdCancel                   // Account, OrderID
	CmdAmend                    // Account, OrderID, Price, Qty (new open quantity)
	CmdMassCancel               // Account, Market (or NoMarket), Side (or AnySide)
	CmdTick                     // Time only: expires GTD orders
	CmdSetReference             // Market, Price: re-centres the price band
	// CmdCancelNoncesBelow (Account, Nonce = floor) marks every nonce of
	// the account below the floor used and cancels the account's live
	// orders whose nonce is below it (the on-chain cancelBelow).
	CmdCancelNoncesBelow
	// CmdSettleBatch (Batch = id, Count = fills) closes the next settlement
	// batch: the oldest Count pending fills that are in no batch yet.
	CmdSettleBatch
	// CmdSettlementResult (Batch = id, Meta = one result byte per fill,
	// Chain) applies the contract's BatchSettled outcome of the oldest
	// open batch: 0 settles a fill, anything else reverts it.
	CmdSettlementResult
	// The chain commands: each is one confirmed log of the Exchange
	// contract with the facts as the chain has them (Address, Log, Nonce,
	// Chain); the engine resolves the account, the asset and the amount
	// itself (docs/engine.md, "Chain events").
	//
	// CmdChainDeposit (Address, Log.Asset, Log.Amount, Chain): a Deposited
	// or WithdrawalCancelled log credits the account, opening it first if
	// the address has none.
	CmdChainDeposit
	// CmdChainWithdraw (Address, Log.Asset, Log.Amount, Chain): a
	// WithdrawalRequested log debits the account, cancelling its orders
	// that hold the asset first when the available balance falls short.
	CmdChainWithdraw
	// CmdChainCancelBelow (Address, Nonce = floor, Chain): a CancelledBelow
	// log, applied as CmdCancelNoncesBelow.
	CmdChainCancelBelow
	// CmdChainCancelNonces (Address, Log.Nonces, Chain): a NoncesCancelled
	// log cancels the account's live orders with those nonces.
	CmdChainCancelNonces
	// CmdChainTime (Expiry = a block's timestamp, unix ns) tells the
	// engine how far the chain's clock has gone: the contract holds an
	// order expired from its expiry on by block time, so the engine's time
	// for expiry and market close is the later of its command time and the
	// last chain time (docs/engine.md, "Time"). An earlier chain time
	// changes nothing; it has no events of its own.
	CmdChainTime
	// CmdSkipFills (Batch, Meta = SkipMeta) takes fills out of an open
	// batch and reverts them with the operator's result byte: the
	// settlement pipeline's skips of fills that make the whole batch fail
	// in simulation (exchange/skip.go).
	CmdSkipFills
	// CmdReconcile (Address, Log.Asset, Amount, Chain = the block it was
	// read at) sets an account's balance of an asset (available + held) to
	// what the Exchange contract holds for it, Amount: balanceOf less the
	// pending withdrawal, which the engine debited at the request. It is
	// the operator's recovery (`hourglass reconcile --apply`) for an
	// Exchange event the engine applied that the chain lost, or one it
	// never saw (docs/settlement.md, "Recovery"); held stays, available
	// becomes Amount − held (INSUFFICIENT_BALANCE if that is negative).
	// Chain is a record only: the command neither checks nor moves the
	// chain position (exchange/reconcile.go).
	CmdReconcile
	// The ProviderVault's logs (docs/engine.md, "Spot capacity"), chain
	// commands like the Exchange's:
	//
	// CmdChainCapacity (Address = the provider, Log.Asset = a reservation
	// grade, Log.Amount = the provider's capacity of it in GPUs, Chain): a
	// NodeApproved or NodeRetired log sets the capacity that the spot
	// markets of the grade sell, opening the provider's account if the
	// address has none.
	CmdChainCapacity
	// CmdChainLease (Address = the provider, Log.Asset = the lease's
	// instrument id, Log.Amount = its GPUs, Log.StartHour, Log.Hours,
	// Chain): a LeaseAssigned log leases GPUs out of the provider's
	// capacity of the instrument's reservation grade over those hours.
	CmdChainLease
	numCommandKinds
)

// Command is one input to the engine. Seq and Time are stamped by the
// sequencer; the engine trusts them to be increasing.
type Command struct {
	Kind CommandKind
	Side Side
	Type OrderType
	TIF  TimeInForce
	STP  STPMode
	// PostOnly rejects the order if any part of it would take.
	PostOnly bool

	Seq  uint64 // journal sequence number
	Time int64  // unix nanoseconds

	Account AccountID
	Market  MarketID
	Asset   AssetID
	OrderID OrderID

	Price     int64 // ticks
	Qty       int64 // lots
	Expiry    int64 // unix ns, GTD only
	MaxFeeBps int64 // the highest fee rate the owner signed for
	Amount    int64 // asset base units (deposit, withdraw)

	// Nonce is the order's client order id, unique per account forever
	// (the EIP-712 order nonce; see docs/engine.md), or 0 for none. In
	// CmdCancelNoncesBelow it is the floor.
	Nonce uint64

	Address [20]byte    // CmdOpenAccount and the chain commands
	Spec    *MarketSpec // CmdAddMarket
	// Log is the rest of a chain command's log: its asset, amount or
	// nonces. The engine does not keep it.
	Log *ChainLog
	// Meta is opaque to the engine (the gateway's signed order): journaled
	// with the command and kept with the live order it creates, at most
	// MaxMetaSize bytes. The engine copies it; the caller may reuse it.
	// In CmdSettlementResult it is the contract's results, one byte per
	// fill of the batch.
	Meta []byte

	// Batch is a settlement batch id (CmdSettleBatch, CmdSettlementResult);
	// Count the number of fills a CmdSettleBatch puts in it.
	Batch uint64
	Count uint32

	// Chain is the position of the chain log a chain-derived command comes
	// from: block number << 24 | log index. It is 0 for a command that does
	// not come from the chain. The chain commands and CmdSettlementResult
	// carry it (and CmdDeposit, CmdWithdraw and CmdCancelNoncesBelow may,
	// as journals written before the chain commands do); the engine
	// refuses one at or below the highest position it applied
	// (CHAIN_EVENT_SEEN), so a chain event takes effect once however often
	// it is submitted.
	Chain uint64
}

// ChainLog is what a chain command carries of its Exchange log beyond the
// account's address and the floor nonce.
type ChainLog struct {
	// Asset is the Exchange's asset id: zero for the stablecoin (the
	// markets' quote asset), else a token id, which is the instrument id
	// of the market whose base asset it is. A uint256, big-endian.
	Asset [32]byte
	// Amount is the amount in asset base units, a uint256, big-endian;
	// the engine refuses one above its balance bound (INVALID_AMOUNT).
	Amount [32]byte
	// Nonces are the order nonces of CmdChainCancelNonces.
	Nonces []uint64
	// StartHour and Hours are a CmdChainLease's hours: [StartHour,
	// StartHour+Hours), in hours since the Unix epoch.
	StartHour, Hours uint64
}

// AmountWord returns v as a ChainLog amount.
func AmountWord(v uint64) (w [32]byte) {
	for i := range 8 {
		w[31-i] = byte(v >> (8 * i))
	}
	return w
}

// ChainPos packs a chain log position into Command.Chain. The log index
// must be below 2^24.
func ChainPos(block uint64, logIndex uint32) uint64 { return block<<24 | uint64(logIndex&(1<<24-1)) }

// MarketSpec describes a market. Prices are integer ticks, quantities integer
// lots; TickSize and LotSize turn them into asset base units.
type MarketSpec struct {
	Instrument [32]byte // bit-packed instrument id (see docs/instruments.md), big-endian
	Symbol     string   // human symbol, informational

	BaseAsset  AssetID // the token bought and sold
	QuoteAsset AssetID // the stablecoin it is paid in

	TickSize    int64 // quote base units per lot-unit of base per tick (per GPU-hour)
	LotSize     int64 // base units (GPU-hours) per lot
	MinNotional int64 // quote base units; smaller orders are rejected
	MaxPrice    int64 // ticks; prices are 1..MaxPrice
	MaxQty      int64 // lots per order

	RefPrice int64 // ticks; centre of the price band
	BandBps  int64 // band half-width in basis points of RefPrice; 0 means no band

	MakerFeeBps int64
	TakerFeeBps int64

	// CloseLead is how long before its window start a reservation
	// instrument stops trading (the grade's lead, unix ns; 0 means
	// DefaultCloseLead): the market's last trading time is window start -
	// CloseLead (docs/engine.md, "Market close"). A market whose
	// Instrument is not a reservation id never closes.
	CloseLead int64
}

// DefaultCloseLead is the lead of a market whose MarketSpec.CloseLead is 0:
// two hours (DESIGN.md, "The delivery half").
const DefaultCloseLead = 2 * 3600 * 1_000_000_000

// EventKind selects what an Event reports.
type EventKind uint8

const (
	EvNone           EventKind = iota
	EvMarketAdded              // Market, Asset (base)
	EvAccountOpened            // Account
	EvBalance                  // Account, Asset, Amount = available after, Qty = held after (one per changed balance, after a command's other events)
	EvAccepted                 // Account, Market, OrderID, Side, Price, Qty (original), Nonce
	EvRejected                 // Account, OrderID, Nonce, Reason
	EvAmended                  // Account, Market, OrderID, Side, Price, Qty (new open)
	EvFill                     // taker: Account, OrderID, Side; maker: MakerAccount, MakerOrderID; Price, Qty, TakerFee, MakerFee
	EvTrade                    // public: Market, Side (taker), Price, Qty, OrderID (taker), MakerOrderID
	EvCanceled                 // Account, Market, OrderID, Side, Price, Qty (cancelled open quantity), Reason
	EvBookDelta                // Market, Side, Price, Qty = new total at the level (0 = level gone)
	EvMarketUpdated            // Market, Price = new reference price
	EvNoncesCanceled           // Account, Nonce = the account's nonce base after a CmdCancelNoncesBelow
	EvBatchClosed              // Batch, Qty = fills in it (a ledger event)
	// EvSettled and EvReverted report a fill's outcome on chain (ledger
	// events): FillMarket and FillSeq name the fill, Batch its batch,
	// Result the contract's result byte; the fill's fields as in EvFill
	// (taker Account, OrderID, Side; MakerAccount, MakerOrderID; Price,
	// Qty, TakerFee, MakerFee).
	EvSettled
	EvReverted
)

// Event is one output of the engine. It is a flat value with no pointers so
// that a slice of them costs the garbage collector nothing.
type Event struct {
	Kind   EventKind
	Side   Side
	Reason Reason
	// Result is the contract's result byte of a fill (EvReverted:
	// party << 6 | reason; EvSettled: 0).
	Result uint8

	Market MarketID
	// The 32-bit ids sit in pairs so that the struct has no padding.
	Account      AccountID
	Asset        AssetID
	MakerAccount AccountID
	// FillMarket is the market of the fill an EvSettled or EvReverted is
	// about (Market is NoMarket: they are ledger events).
	FillMarket MarketID

	// Seq numbers the events of one market without gaps, from 1. Events of
	// no market (accounts, balances) are numbered on their own sequence.
	Seq    uint64
	CmdSeq uint64 // Seq of the command that caused it

	OrderID OrderID

	Price  int64
	Qty    int64
	Amount int64

	MakerOrderID OrderID
	TakerFee     int64
	MakerFee     int64

	// Nonce is the order's nonce (EvAccepted, EvRejected) or the account's
	// new nonce base (EvNoncesCanceled).
	Nonce uint64

	// FillSeq is the EvFill Seq of the fill an EvSettled or EvReverted is
	// about; Batch the settlement batch (EvBatchClosed, EvSettled,
	// EvReverted).
	FillSeq uint64
	Batch   uint64
}

// FillID names a fill for good: its market and the Seq of its EvFill,
// which replaying the journal reproduces (the store's FillKey).
type FillID struct {
	Market MarketID
	Seq    uint64
}

// FillOf returns the id of the fill an EvFill, EvSettled or EvReverted is
// about.
func (ev *Event) FillOf() (FillID, bool) {
	switch ev.Kind {
	case EvFill:
		return FillID{ev.Market, ev.Seq}, true
	case EvSettled, EvReverted:
		return FillID{ev.FillMarket, ev.FillSeq}, true
	}
	return FillID{}, false
}

// PendingFill is a fill the chain has not settled or reverted yet, as its
// EvFill reported it.
type PendingFill struct {
	ID         FillID
	Taker      AccountID
	Maker      AccountID
	TakerOrder OrderID
	MakerOrder OrderID
	TakerSide  Side
	Price      int64 // ticks, the maker's
	Qty        int64 // lots
	TakerFee   int64
	MakerFee   int64
	// TakerMeta and MakerMeta are the orders' Command.Meta (the signed
	// orders), kept with the fill until it settles or reverts; nil for an
	// order placed without. Shared with the engine: do not write them.
	TakerMeta, MakerMeta []byte
}

// Equal reports whether f and g are the same fill with the same signed
// orders.
func (f PendingFill) Equal(g PendingFill) bool {
	return f.ID == g.ID && f.Taker == g.Taker && f.Maker == g.Maker &&
		f.TakerOrder == g.TakerOrder && f.MakerOrder == g.MakerOrder && f.TakerSide == g.TakerSide &&
		f.Price == g.Price && f.Qty == g.Qty && f.TakerFee == g.TakerFee && f.MakerFee == g.MakerFee &&
		slices.Equal(f.TakerMeta, g.TakerMeta) && slices.Equal(f.MakerMeta, g.MakerMeta)
}
