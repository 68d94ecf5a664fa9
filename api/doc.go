// Package api is the trading gateway: the Server that follows the market
// data and account events the engine-side publisher (api/publish) puts on
// the bus and serves them to websocket and REST clients, signs clients in
// and takes their orders. Package api/client is its Go client; api/wire
// holds what the three agree on (the bus topics and records, the private
// channels' shapes); docs/api.md is the public contract.
//
// # Data flow
//
//	bus topics (wire.Topic) ─▶ Server hub: one bus Subscription per topic
//	    per process ─▶ per-connection send queues
//
// The gateway encodes nothing per connection: every subscriber of a topic
// gets the bytes the publisher encoded (a snapshot is built once per topic
// change and shared). Every connection has a bounded send queue and a write
// deadline; a slow consumer gets an error event and close code 1008.
//
// # Sign-in and order entry
//
// With Options.Auth (an api/auth Verifier) a connection signs in with
// Sign-In with Ethereum (auth.challenge, auth.login); the session is the
// connection's for its life. With Options.Engine as well, it trades:
//
//	order.place ─▶ orderentry.Entry.Prepare (EIP-712 signature, ticks, lots)
//	    ─▶ Engine.Submit ─▶ sequencer: stamp (OrderID = seq), journal,
//	    apply ─▶ done callback ─▶ ack built from the command's events
//
// The reader goroutine of the connection waits for each command, so its
// responses stay in request order, and nothing is acknowledged before the
// journal holds it. Engine is the consumer-side interface of the engine
// process; SequencerEngine implements it in process. Order ids are the
// commands' journal sequence numbers (the sequencer assigns them to a
// place submitted with OrderID 0), so no gateway allocates any. The
// client order id is the signed EIP-712 nonce, which the engine accepts
// once per account: a retry is refused duplicate_client_order_id with the
// live order it created.
//
// Per account, each gateway keeps an order-rate token bucket, the
// cancel_after deadline and the count of open connections of sessions that
// chose cancel-on-disconnect; the last of them to close mass-cancels the
// account's orders before its handler returns. The deadlines sit in a
// min-heap, counted per source (Options.MaxSwitchesPerSource); one
// goroutine, ending with Shutdown, sleeps on Options.Clock until the
// earliest and hands every due switch at once to the engine's CancelAll
// (BatchCanceler): one query skips the accounts with no resting order, one
// batch cancels the others, and nothing waits on the engine per account,
// so a switch fires on time beside thousands due with it.
//
// Sign-in is bounded per source (auth.SourceOf the remote address: an
// IPv4 address or an IPv6 /64): auth.challenge and auth.login share a
// token bucket (Options.SignInRate and SignInBurst), a challenge's nonce is
// bound to its connection (auth.Origin) and dropped when it closes, and
// the verifier caps sessions per address and per source.
//
// # Private channels
//
// The publisher publishes each account's events on the bus topic
// wire.AccountTopic(address) (see api/publish), each message one event of
// one channel (orders, fills, balances, settlement) in its wire form.
//
// A gateway follows one account topic per signed-in account that
// subscribed (privHub), keeps the same wire.AccountState to hand snapshots to
// joining connections, and forwards each message's bytes unchanged to the
// account's connections subscribed to its channel: every gateway delivers
// the same sequence.
//
// # Locks
//
// hub.followTable.mu, then topic.mu, then conn.qmu; privHub.followTable.mu, then privTopic.mu,
// then conn.qmu (never with the market-data hub's or its topics' locks); Server.mu is never held with any
// of them except conn.qmu (Shutdown closes connections under it).
// accounts.mu (per-account order state) is a leaf: nothing else is locked
// or called under it.
package api
