// Package publish is the engine side of the trading gateway: the Publisher
// runs behind the sequencer and turns its applied commands into market data
// and account events on the bus, which every gateway (package api) follows.
// The topics and their records are api/wire's (Topic, Markets,
// AccountState): the gateways need them, never this package.
//
// # Data flow
//
//	sequencer OnApply ─▶ Publisher.OnApply ─(bounded queue)─▶ Publisher.Run
//	    ─▶ marketdata.Feed ─▶ bus topics (wire.Topic) ─▶ gateways
//
// The publisher never blocks the apply goroutine: when its queue
// overflows it drops commands, says so (log at error level, the
// hourglass_md_publisher_queue_overflows_total counter) and rebuilds its
// feed from the engine, storing fresh snapshots at sequence numbers above
// everything published before, so subscribers re-sync through the bus.
//
// # Private channels
//
// The Publisher also publishes each account's events on the bus topic
// wire.AccountTopic(address): order updates, both sides' views of each fill,
// balances and settlement states, each message one event of one channel in
// its wire form, numbered per (channel, account) by the publisher and
// carried in the message. The topic's bus snapshot (wire.AccountState)
// holds the open orders, the recent fills, the balances, the recent
// settlement states and each channel's seq. It learns addresses from
// CmdOpenAccount and, when it (re)builds, from the engine through Query,
// with every account's balances and live orders (those it tracks and those
// placed with signed meta).
package publish
