package wire

import (
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/api/marketdata"
)

// Topic names a bus topic: the engine-side publisher (api/publish) writes
// it and every gateway (package api) follows it. A topic's bus Seq is the
// seq of the message it carries (heartbeats and the market list, which
// have none on the wire, are numbered by the publisher). The symbol is
// always the last part, so that a symbol may contain dots.
//
//	markets                      the market list (snapshot = every market; Markets)
//	book.<symbol>                full-depth book
//	book.<depth>.<symbol>        book limited to depth levels (10, 50, 500)
//	trades.<symbol>              trades
//	ticker.<symbol>              ticker
//	candles.<interval>.<symbol>  candles of one interval (1m, 5m, 1h, 1d)
//	heartbeat.<symbol>           heartbeats (no snapshot)
//	account.<address>            an account's private channels (AccountState)
type Topic string

// MarketsTopic is the market list's topic.
const MarketsTopic Topic = "markets"

// BookTopic names the book topic of a market at depth (0: the full book).
func BookTopic(symbol string, depth int) Topic {
	if depth <= 0 {
		return Topic("book." + symbol)
	}
	return Topic("book." + strconv.Itoa(depth) + "." + symbol)
}

// TradesTopic names a market's trades topic.
func TradesTopic(symbol string) Topic { return Topic("trades." + symbol) }

// TickerTopic names a market's ticker topic.
func TickerTopic(symbol string) Topic { return Topic("ticker." + symbol) }

// CandlesTopic names a market's candles topic of one interval.
func CandlesTopic(iv marketdata.Interval, symbol string) Topic {
	return Topic("candles." + iv.String() + "." + symbol)
}

// HeartbeatTopic names a market's heartbeat topic.
func HeartbeatTopic(symbol string) Topic { return Topic("heartbeat." + symbol) }

// AccountTopic names the topic of an account's private events: account.
// and Account(addr).
func AccountTopic(addr common.Address) Topic { return Topic("account." + Account(addr)) }

// Account is how the private channels and the account endpoints name an
// account: its address in lower-case hex.
func Account(addr common.Address) string { return strings.ToLower(addr.Hex()) }
