// Package marketdata is the market-data model of the websocket gateway: it
// turns what the matching engine applied into the public channels book,
// trades, ticker, candles and heartbeat, keeps what their snapshots need,
// and gives clients a Book that checks what they receive.
//
// A Feed is a pure state machine, like the engine: Feed.Apply takes exactly
// what the sequencer's OnApply callback gets (the command and its events),
// time comes from the commands (and from the caller of Feed.Heartbeats),
// and it does no I/O, starts no goroutines and reads no clock. Inside,
// prices are integer ticks and sizes integer lots; they become decimal
// strings only when a message is encoded (MarketInfo).
//
// # Wire format
//
// Every message is one JSON object, the event envelope:
//
//	{"channel": "book"|"trades"|"ticker"|"candles"|"heartbeat",
//	 "type": "snapshot"|"update",
//	 "market": "<symbol>",
//	 "seq": <uint64, absent in heartbeats>,
//	 "ts": "<RFC 3339 UTC with 9 fractional digits>",
//	 "data": <per channel>,
//	 "checksum": <uint32, book only>}
//
// Clients ignore channels, types and fields they do not know. Prices and
// sizes are decimal strings with a fixed number of places per market (the
// fewest that show every tick and lot exactly: a tick of 0.0001 gives
// "2.1450"), except that a deleted book level has size "0". "ts" is the
// engine time of the command that caused the message (for a heartbeat, the
// time it was made); fixed-width, so the strings sort as the times do.
//
// seq rises by exactly one per update of one (channel, market) — for
// candles, of one (market, interval) — and a snapshot carries the seq of
// the last update it includes, so the first update after a snapshot of seq
// S has seq S+1. A client that sees any other seq has lost a message and
// resubscribes.
//
// book: data is {"bids": [[price, size], ...], "asks": [...]}, best first.
// A snapshot lists the best levels (depth 10, 50, 500 or the full book); an
// update is sent for each command that changed the book and lists each
// changed level once with its new absolute size ("0": delete). checksum is
// the CRC-32 of the best 10 levels of each side after the message (see
// ChecksumString and CHECKSUM.md). A depth-limited subscriber also gets, in
// an update, the unchanged levels that moved into its depth because levels
// above them went; after each message it truncates its book to its depth.
// Its updates may have no levels at all (the change was deeper than its
// depth): they still come, to keep seq gapless and carry the checksum.
//
//	{"channel":"book","type":"update","market":"H100SXM-US-T1-2027-01-04+168h","seq":6,"ts":"2027-01-04T00:00:03.000000000Z","data":{"bids":[["2.1400","0"],["2.0950","2"]],"asks":[]},"checksum":4134681179}
//
// trades: data is an array of trades; an update has one, and its seq is
// its trade_id (per market, from 1); a snapshot has the most recent ones,
// oldest first. side is the taker's.
//
//	{"channel":"trades","type":"update","market":"H100SXM-US-T1-2027-01-04+168h","seq":3,"ts":"2027-01-04T00:00:03.000000000Z","data":[{"trade_id":3,"price":"2.0950","size":"1","side":"sell","time":"2027-01-04T00:00:03.000000000Z","time_ms":1799020803000}]}
//
// ticker: sent after each command that traded or changed the best bid or
// ask (price or size). The 24-hour figures cover the 1440 whole UTC minutes
// that end with the current one; absent values are null.
//
//	{"channel":"ticker","type":"update","market":"H100SXM-US-T1-2027-01-04+168h","seq":4,"ts":"2027-01-04T00:00:03.000000000Z","data":{"last":"2.0950","last_size":"1","bid":"2.0950","bid_size":"2","ask":"2.1500","ask_size":"200","open_24h":"2.1400","high_24h":"2.1400","low_24h":"2.0950","volume_24h":"521","trades_24h":3}}
//
// candles: intervals 1m, 5m, 1h and 1d, aligned to UTC. data is an array
// of candles; an update carries the current candle of one interval after
// each command that traded; a snapshot the most recent ones, oldest first.
// A bucket without trades has no candle.
//
//	{"channel":"candles","type":"update","market":"H100SXM-US-T1-2027-01-04+168h","seq":1,"ts":"2027-01-04T00:00:03.000000000Z","data":[{"interval":"1m","start":"2027-01-04T00:00:00.000000000Z","start_ms":1799020800000,"open":"2.1400","high":"2.1400","low":"2.0950","close":"2.0950","volume":"521","trades":3}]}
//
// heartbeat: about once a second per market, with the seq of the last book
// update, the last trade id and the seq of the last ticker update.
//
//	{"channel":"heartbeat","type":"update","market":"H100SXM-US-T1-2027-01-04+168h","ts":"2027-01-04T00:00:07.000000000Z","data":{"book_seq":10,"last_trade_id":4,"ticker_seq":7}}
//
// The golden scripts in testdata/ show every message of scripted sessions.
package marketdata
