// Package wire holds what the gateway (package api), its Go client
// (api/client) and the engine-side publisher (api/publish) agree on, so that
// each is defined once: the JSON shapes the gateway sends and the client
// reads (the order.place acknowledgement, the private channels' records
// (orders, fills, balances, settlement), GET /v1/chain), and the bus
// contract between the publisher and the gateways: the topics (Topic), the
// market list (Markets) and the account topics' state (AccountState).
// docs/api.md documents every public field.
package wire

import (
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
)

// Chain is the chain the exchange settles on, as GET /v1/chain tells
// clients: what they need to deposit, withdraw and sign orders.
type Chain struct {
	ChainID uint64 `json:"chain_id"`
	// Exchange is the Exchange contract: it holds the deposits and is the
	// verifying contract of the orders' EIP-712 domain.
	Exchange common.Address `json:"exchange"`
	// Stablecoin is the quote asset's ERC-20, Token the ERC-1155 of the
	// reservation tokens (the markets' base assets).
	Stablecoin common.Address `json:"stablecoin"`
	Token      common.Address `json:"token"`
	// Oracle is the DeliveryOracle: the reporters' epoch reports and the
	// leases' settlement (docs/oracle.md); absent where none is deployed.
	Oracle common.Address `json:"oracle,omitzero"`
	// WrapperFactory is the GPUHourWrapperFactory: one ERC-20 per
	// reservation id for lending markets (docs/defi.md); absent where none
	// is deployed.
	WrapperFactory common.Address `json:"wrapper_factory,omitzero"`
	// Confirmations is the depth at which the exchange takes a chain event
	// (a deposit, a withdrawal request, a batch's outcome) as final.
	Confirmations uint64 `json:"confirmations"`
	// RPCURL is a JSON-RPC endpoint of the chain clients may use ("" when
	// the operator publishes none).
	RPCURL string `json:"rpc_url,omitempty"`
	// MarkFeeds are the markets' MarkPriceFeeds (Chainlink
	// AggregatorV3Interface, 8 decimals): the operator's marks and, for a
	// reservation, its settlement price (docs/delivery.md, "Mark price and
	// settlement price"). Absent where none is deployed.
	MarkFeeds []MarkFeed `json:"mark_feeds,omitempty"`
}

// MarkFeed is one market's MarkPriceFeed.
type MarkFeed struct {
	Market     string         `json:"market"`     // the market's symbol
	Instrument string         `json:"instrument"` // its instrument id, 0x and 64 hex digits
	Feed       common.Address `json:"feed"`
	// Wrapper is a reservation's ERC-20 wrapper (WrappedGPUHour, at the
	// factory's CREATE2 address; it may not be created yet on a node);
	// absent for spot and where no factory is deployed.
	Wrapper common.Address `json:"wrapper,omitzero"`
}

// Domain is the EIP-712 domain orders are signed in on this chain.
func (c Chain) Domain() eip712.Domain {
	return eip712.Domain{ChainID: new(big.Int).SetUint64(c.ChainID), VerifyingContract: c.Exchange}
}

// OrderAck is the result of order.place: the order as the engine left it
// after the command, which the journal holds.
type OrderAck struct {
	OrderID       uint64 `json:"order_id"`
	ClientOrderID string `json:"client_order_id"`
	Market        string `json:"market"`
	Side          string `json:"side"`
	Price         string `json:"price"`
	Size          string `json:"size"`
	FilledSize    string `json:"filled_size"`
	OpenSize      string `json:"open_size"`
	// Status is open, partially_filled, filled or canceled (the rest was
	// cancelled at once: IOC remainder, self-trade prevention).
	Status string `json:"status"`
	Reason string `json:"reason,omitempty"` // why the rest was cancelled
	Seq    uint64 `json:"seq"`              // the journal sequence number of the command
	Time   string `json:"time"`
	TimeMS int64  `json:"time_ms"`
}

// Order is an order of the orders channel and of GET /v1/orders.
type Order struct {
	OrderID       uint64 `json:"order_id"`
	ClientOrderID string `json:"client_order_id,omitempty"`
	Market        string `json:"market"`
	Side          string `json:"side"`
	Price         string `json:"price"`
	Size          string `json:"size"`
	FilledSize    string `json:"filled_size"`
	OpenSize      string `json:"open_size"`
	// Status is open, partially_filled, filled, canceled or rejected.
	Status string `json:"status"`
	// Event is what changed the order: accepted, fill, amended, canceled,
	// rejected ("" in snapshots and REST).
	Event  string `json:"event,omitempty"`
	Reason string `json:"reason,omitempty"`
	CmdSeq uint64 `json:"cmd_seq"` // the journal seq of the command that made this state
	Time   string `json:"time"`
	TimeMS int64  `json:"time_ms"`
}

// Fill is one side's view of a fill, on the fills channel and
// GET /v1/fills.
type Fill struct {
	Market string `json:"market"`
	// FillID is the fill's event number in its market: (market, fill_id)
	// is unique, and the same for the taker's and the maker's view.
	FillID        uint64 `json:"fill_id"`
	OrderID       uint64 `json:"order_id"`
	ClientOrderID string `json:"client_order_id,omitempty"`
	Side          string `json:"side"`
	Price         string `json:"price"`
	Size          string `json:"size"`
	Fee           string `json:"fee"`
	FeeAsset      string `json:"fee_asset"`
	Liquidity     string `json:"liquidity"` // maker or taker
	// Settlement is matched when the engine matched it (on the fills
	// channel); GET /v1/fills reports settled and reverted as the settlement
	// channel does.
	Settlement string `json:"settlement"`
	CmdSeq     uint64 `json:"cmd_seq"`
	Time       string `json:"time"`
	TimeMS     int64  `json:"time_ms"`
}

// Balance is one asset's balance, on the balances channel and
// GET /v1/balances.
type Balance struct {
	Asset     string `json:"asset"`
	Available string `json:"available"`
	Held      string `json:"held"`
	CmdSeq    uint64 `json:"cmd_seq,omitempty"`
}

// Nonces is an account's nonce window, on the nonces channel and
// GET /v1/nonce: an order's client_order_id (its signed nonce) must be
// unused and from LowestUnused to Max; every nonce below LowestUnused is
// used. The two uint64s are decimal strings, as client_order_id is.
type Nonces struct {
	LowestUnused string `json:"lowest_unused"`
	Window       uint64 `json:"window"`
	Max          string `json:"max"`
	CmdSeq       uint64 `json:"cmd_seq,omitempty"`
}

// NoncesOf returns the window of an account whose lowest unused nonce is
// base.
func NoncesOf(base uint64) Nonces {
	top := base + exchange.NonceWindow - 1
	if top < base || top == ^uint64(0) { // the largest uint64 is reserved
		top = ^uint64(0) - 1
	}
	return Nonces{LowestUnused: strconv.FormatUint(base, 10), Window: exchange.NonceWindow, Max: strconv.FormatUint(top, 10)}
}

// Settlement is one side's view of a fill's settlement state, on
// the settlement channel: each update is the fill's state after a change.
type Settlement struct {
	Market string `json:"market"`
	// FillID is the fill's event number in its market, as on the fills
	// channel: (market, fill_id, liquidity) names this view.
	FillID        uint64 `json:"fill_id"`
	OrderID       uint64 `json:"order_id"`
	ClientOrderID string `json:"client_order_id,omitempty"`
	Side          string `json:"side"`
	Liquidity     string `json:"liquidity"` // maker or taker
	Price         string `json:"price"`
	Size          string `json:"size"`
	// State is matched, settled or reverted.
	State string `json:"state"`
	// Batch is the settlement batch that carries the fill, once it closed
	// (0, absent, before).
	Batch uint64 `json:"batch,omitempty"`
	// Reason is a reverted fill's reason code (the contract's skip reason:
	// INSUFFICIENT_CASH, BAD_SIGNATURE, ...), Party whose order or balance
	// it is about: taker, maker or fill (the pair of orders).
	Reason string `json:"reason,omitempty"`
	Party  string `json:"party,omitempty"`
	CmdSeq uint64 `json:"cmd_seq"` // the journal seq of the command that made this state
	Time   string `json:"time"`
	TimeMS int64  `json:"time_ms"`
}
