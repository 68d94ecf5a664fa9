package api

import (
	"strconv"

	"github.com/hourglass-exchange/hourglass/api/marketdata"
)

// Bus topics. The engine-side Publisher writes them and every gateway reads
// them; a topic's bus Seq is the seq of the market-data message it carries
// (heartbeats and the market list, which have none on the wire, are
// numbered by the publisher). The symbol is always the last part, so that a
// symbol may contain dots.
//
//	markets                      the market list (snapshot = every market)
//	book.<symbol>                full-depth book
//	book.<depth>.<symbol>        book limited to depth levels (10, 50, 500)
//	trades.<symbol>              trades
//	ticker.<symbol>              ticker
//	candles.<interval>.<symbol>  candles of one interval (1m, 5m, 1h, 1d)
//	heartbeat.<symbol>           heartbeats (no snapshot)
const MarketsTopic = "markets"

// BookTopic names the book topic of a market at depth (0: the full book).
func BookTopic(symbol string, depth int) string {
	if depth <= 0 {
		return "book." + symbol
	}
	return "book." + strconv.Itoa(depth) + "." + symbol
}

// TradesTopic names a market's trades topic.
func TradesTopic(symbol string) string { return "trades." + symbol }

// TickerTopic names a market's ticker topic.
func TickerTopic(symbol string) string { return "ticker." + symbol }

// CandlesTopic names a market's candles topic of one interval.
func CandlesTopic(iv marketdata.Interval, symbol string) string {
	return "candles." + iv.String() + "." + symbol
}

// HeartbeatTopic names a market's heartbeat topic.
func HeartbeatTopic(symbol string) string { return "heartbeat." + symbol }
