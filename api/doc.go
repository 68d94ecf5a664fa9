// Package api is the trading gateway: the engine-side Publisher that turns
// the sequencer's applied commands into market data on the bus, and the
// gateway Server that serves it to websocket and REST clients. Package
// api/client is its Go client; docs/api.md is the public contract.
//
// # Data flow
//
//	sequencer OnApply ─▶ Publisher.OnApply ─(bounded queue)─▶ Publisher.Run
//	    ─▶ marketdata.Feed ─▶ bus topics (topics.go) ─▶ Server hub: one bus
//	    Subscription per topic per process ─▶ per-connection send queues
//
// The publisher never blocks the apply goroutine: when its queue
// overflows it drops commands, says so (log at error level, the
// hourglass_md_publisher_queue_overflows_total counter) and rebuilds its
// feed from the engine, storing fresh snapshots at sequence numbers above
// everything published before, so subscribers re-sync through the bus.
//
// The gateway encodes nothing per connection: every subscriber of a topic
// gets the bytes the publisher encoded (a snapshot is built once per topic
// change and shared). Every connection has a bounded send queue and a write
// deadline; a slow consumer gets an error event and close code 1008.
//
// # Locks
//
// hub.mu, then topic.mu, then conn.qmu; Server.mu is never held with any
// of them except conn.qmu (Shutdown closes connections under it).
package api
