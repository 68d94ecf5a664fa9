package wire

import (
	"strconv"

	"github.com/hourglass-exchange/hourglass/api/marketdata"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
)

// Markets is the payload of the markets topic (MarketsTopic), every message
// and the snapshot alike: the whole market list. It passes between the
// publisher and the gateways only; GET /v1/markets derives its public form.
type Markets struct {
	Markets []Market `json:"markets"`
}

// Market is one market of the markets topic: the engine's spec (with the
// current reference price) and the decimals the feed formats it with.
type Market struct {
	ID       exchange.MarketID   `json:"id"`
	Decimals marketdata.Decimals `json:"decimals"`
	Spec     exchange.MarketSpec `json:"spec"`
}

// TimeFormat is RFC 3339 UTC with 9 fractional digits, as every time the
// API sends.
const TimeFormat = "2006-01-02T15:04:05.000000000Z07:00"

// SideName names a side as the API does: buy or sell.
func SideName(s exchange.Side) string {
	if s == exchange.Sell {
		return "sell"
	}
	return "buy"
}

// ClientOrderID is the client order id of an order: its signed EIP-712
// nonce in decimal ("" for none).
func ClientOrderID(nonce uint64) string {
	if nonce == 0 {
		return ""
	}
	return strconv.FormatUint(nonce, 10)
}

// PlacedLots reads the placed size from an order's signed meta: its
// amount in token units over the market's lot (0 when it cannot).
func PlacedLots(meta []byte, lotSize int64) int64 {
	so, err := eip712.UnmarshalSigned(meta)
	if err != nil || lotSize <= 0 || !so.Order.Amount.IsInt64() {
		return 0
	}
	return so.Order.Amount.Int64() / lotSize
}
