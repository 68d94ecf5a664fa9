package api

import (
	"context"

	"github.com/hourglass-exchange/hourglass/exchange"
)

// History is where the REST API reads trades and candles older than what
// the market-data streams keep, and an account's orders, fills and
// balances. The gateway declares it and its records; internal/postgres's
// Store implements it. Paging is the store's: rows at or after sinceMs
// (unix ms), oldest first, at most limit.
type History interface {
	Trades(ctx context.Context, market exchange.MarketID, sinceMs int64, limit int) ([]HistoryTrade, error)
	Candles(ctx context.Context, market exchange.MarketID, interval string, sinceMs int64, limit int) ([]HistoryCandle, error)
	Orders(ctx context.Context, account exchange.AccountID, sinceMs int64, limit int, onlyOpen bool) ([]HistoryOrder, error)
	// Order returns the account's order with id (ok false: none).
	Order(ctx context.Context, account exchange.AccountID, id exchange.OrderID) (o HistoryOrder, ok bool, err error)
	// OrderByClientID returns the account's order placed with
	// clientOrderID: the accepted one if any, else the most recent
	// rejected one (ok false: none).
	OrderByClientID(ctx context.Context, account exchange.AccountID, clientOrderID string) (o HistoryOrder, ok bool, err error)
	Fills(ctx context.Context, account exchange.AccountID, sinceMs int64, limit int) ([]HistoryFill, error)
	Balances(ctx context.Context, account exchange.AccountID) ([]HistoryBalance, error)
}

// HistoryTrade is a public trade print.
type HistoryTrade struct {
	Market       exchange.MarketID
	Seq          uint64 // the trade's per-market event sequence number: the public trade id
	CmdSeq       uint64
	TimeNs       int64
	Side         exchange.Side // the taker's side
	Price        int64         // ticks
	Qty          int64         // lots
	TakerOrderID exchange.OrderID
	MakerOrderID exchange.OrderID
}

// HistoryCandle is the OHLCV of one market over one interval bucket.
type HistoryCandle struct {
	Market   exchange.MarketID
	Interval string // 1m, 5m, 1h or 1d
	StartNs  int64  // the bucket's first nanosecond (UTC-aligned)
	Open     int64  // ticks
	High     int64
	Low      int64
	Close    int64
	Volume   int64 // lots
	Trades   int64
}

// OrderStatus is an order's status in the history.
type OrderStatus string

// Order statuses. An open order that has fills is open, with FilledQty
// above 0 (the API says partially_filled).
const (
	OrderOpen     OrderStatus = "open"
	OrderFilled   OrderStatus = "filled"
	OrderCanceled OrderStatus = "canceled"
	OrderRejected OrderStatus = "rejected"
)

// HistoryOrder is one CmdPlace and what became of it.
type HistoryOrder struct {
	PlacedSeq   uint64 // the CmdPlace's journal sequence number: the order's permanent key
	OrderID     exchange.OrderID
	Account     exchange.AccountID
	Market      exchange.MarketID
	Side        exchange.Side
	Type        exchange.OrderType
	TIF         exchange.TimeInForce
	PostOnly    bool
	STP         exchange.STPMode
	ExpiryNs    int64
	MaxFeeBps   int64
	Price       int64 // ticks: the current limit (after amends)
	Qty         int64 // lots placed
	OpenQty     int64 // lots still open
	FilledQty   int64 // lots filled
	FilledValue int64 // sum of price*qty over the fills: FilledValue/FilledQty is the average price in ticks
	Fees        int64 // quote base units paid
	Status      OrderStatus
	Reason      string // the rejection or last cancellation reason (exchange.Reason name), "" for none
	ClientID    string
	Signed      []byte
	CreatedNs   int64
	UpdatedNs   int64
	UpdatedSeq  uint64
}

// SettlementState is where a fill stands on chain.
type SettlementState string

const (
	// FillMatched: the engine emitted the fill; it is not yet final on chain.
	FillMatched SettlementState = "matched"
	// FillSettled: the settlement transaction has its confirmations.
	FillSettled SettlementState = "settled"
	// FillReverted: the chain rejected the fill; the reason says why.
	FillReverted SettlementState = "reverted"
)

// HistoryFill is one private fill with its settlement state.
type HistoryFill struct {
	// Key names the fill for good: its market and the per-market sequence
	// number of its EvFill, which replaying the journal reproduces.
	Key          exchange.FillID
	CmdSeq       uint64
	TimeNs       int64
	TakerAccount exchange.AccountID
	TakerOrderID exchange.OrderID
	TakerSide    exchange.Side
	MakerAccount exchange.AccountID
	MakerOrderID exchange.OrderID
	Price        int64 // ticks
	Qty          int64 // lots
	TakerFee     int64 // quote base units
	MakerFee     int64
	State        SettlementState
	StateReason  string
	BatchID      uint64 // 0 before it is batched
	TxHash       []byte
}

// HistoryBalance is the latest reported balance of one account in one
// asset.
type HistoryBalance struct {
	Account   exchange.AccountID
	Asset     exchange.AssetID
	Available int64 // base units
	Held      int64 // base units held by open orders
	CmdSeq    uint64
	UpdatedNs int64
}
