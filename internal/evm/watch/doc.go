// Package watch follows the logs of one contract (the Exchange; with
// Config.Also, of a few more in one order: the ProviderVault) on an EVM
// chain with a confirmation depth and reorg handling, so that the engine,
// the store and the clients hear of a deposit, a withdrawal or a settled
// batch when it is mined, undo what they did when a reorg removes it, and
// treat it as final once it is Depth blocks deep.
//
// A Watcher keeps its own view of the canonical chain: the hashes of the
// last Window blocks it added (Window > Depth), and the logs of the blocks
// not yet confirmed. Each Poll reads the node's head, walks parent hashes
// back from it to the newest block of its view that is still canonical
// (the fork point), and fetches the logs of every block it adds by block
// hash (eth_getLogs with blockHash), so a log's block is never in doubt. It
// does not rely on the node's Removed flag. Polling needs three calls that
// ethclient.Client and the simulated backend's client both have (Node);
// Run also wakes up on new heads when the node can subscribe, but never
// depends on it.
//
// # Guarantees
//
// Events come in chain order, and in one Poll in this order: first Removed,
// then, block by block in ascending order, the Seen events of an added block
// followed by the Confirmed events that its arrival made due.
//
//   - Seen: a log of a block that has just joined the watcher's canonical
//     chain (0 confirmations). Event.Tip is the log's block number.
//   - Removed: a log delivered as Seen whose block has left the canonical
//     chain. A reorg delivers exactly the logs of the orphaned blocks,
//     newest block first and, inside a block, highest log index first, with
//     Log.Removed set, before any log of the new branch. A transaction that
//     the new branch includes again is a new Seen log (another block hash).
//   - Confirmed: a log whose block is Depth blocks below the watcher's tip
//     (tip - block >= Depth), delivered once, after its Seen, and only while
//     the block is canonical: a confirmed log is never removed afterwards by
//     this Watcher. Event.Tip is the log's block number + Depth.
//
// A reorg whose fork point is below the last confirmed block (a confirmed
// log would have to be undone), or deeper than the window (no common
// ancestor is known), is never handled silently: Poll and Run return a
// *DeepReorgError (errors.Is ErrDeepReorg) and the Watcher stays failed.
// The caller must stop and resync its on-chain state from scratch.
//
// A shorter head whose block the watcher holds, or that is below its
// window (a node that is behind or resyncing, or a chain rewound to one of
// its blocks with nothing built on top yet), is not a reorg: the watcher
// waits until the chain grows a block it does not know, then walks back
// from it. Point a Watcher at one node, not a load balancer over nodes at
// different heights.
//
// # Checkpoints and restarts
//
// Every Update carries the Watcher's Checkpoint after its events: the last
// confirmed block and the hashes of the blocks above it. The caller applies
// the events and persists the checkpoint atomically with its own state (the
// engine journal or the store), and after a restart passes it to New:
//
//   - no Confirmed log is lost or delivered twice: the new Watcher confirms
//     exactly the logs above the checkpoint's confirmed block, and fails
//     with ErrDeepReorg if that block is no longer canonical;
//   - every log that was unconfirmed is delivered again as Seen when its
//     block is still canonical, so state built on Seen events must accept a
//     Seen it already holds (the log's block hash and index identify it);
//   - a block of the checkpoint that left the canonical chain while the
//     caller was down gets Removed events for its logs, when the node still
//     serves them by hash (geth does); when it does not, the watcher logs a
//     warning and the caller learns of it only by those logs never being
//     Seen again. Tentative state built on Seen events should therefore
//     be rebuilt, not trusted, after a restart.
//
// If the caller fails to apply an Update, the Watcher has nevertheless
// moved on: the caller must restart from its last persisted checkpoint.
//
// From(block) is the checkpoint of a watcher that has seen nothing: it
// delivers the logs of block and every later one (the Exchange's deployment
// block is the natural start).
//
// A Watcher is not safe for concurrent use.
//
// # Decoding
//
// Decode turns an Exchange log into a typed event (Deposited,
// WithdrawalRequested, WithdrawalCancelled, WithdrawalExecuted,
// NoncesCancelled, CancelledBelow, BatchSettled) carrying the log's block,
// transaction and index (Meta); ExchangeTopics filters a Watcher to those
// events.
package watch
