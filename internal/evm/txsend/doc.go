// Package txsend sends contract calls from one key and sees each of them
// mined exactly once: the operator's settle transactions go through it, one
// batch after another, across crashes, restarts, stuck transactions and
// reorgs.
//
// A Sender owns the nonces of its key. Send simulates the call, assigns the
// next nonce, signs an EIP-1559 transaction, writes it to the Journal, and
// broadcasts it; a monitor goroutine then waits for the receipt, replaces a
// stuck transaction with higher fees at the same nonce, and reports the
// outcome on the request's Pending.
//
// # Guarantees
//
// Assuming the Journal's Append is durable when it returns (FileJournal
// fsyncs) and no other writer uses the key except where said below:
//
//   - Simulation first. Send runs the call with eth_call at the latest block
//     (Config.SimulatePending: the pending one, best effort) before it takes
//     a nonce. A revert returns a *RevertError with the revert data (custom
//     error selector and ABI-encoded arguments) and nothing is journaled or
//     sent. So a request that only succeeds on top of an earlier, unmined
//     one (settle of batch N+1 before batch N is mined) fails simulation:
//     wait for the earlier Pending first, or give Request.SimulateData, the
//     call as it would run on the state the chain has now (settle under the
//     batch id it expects now), which is simulated instead.
//   - One nonce per request, no gaps. Nonces are assigned under one lock, in
//     the order Sends reach it, from max(the node's pending nonce at start,
//     the highest live nonce in the journal + 1). A nonce is given back only
//     when the node refused its very first broadcast outright (no transient
//     error before): the transaction is then in no pool, a drop record goes
//     to the journal, and the error is returned to the caller.
//   - Write-ahead. Every signed transaction is appended to the journal before
//     it is broadcast. After a crash, New reloads the journal and the monitor
//     re-broadcasts the newest transaction of every unfinished request at its
//     original nonce; Send with the same Key returns that request's Pending
//     instead of sending it again, and a Key that was mined returns its
//     receipt. A Key whose request failed (see below) may be sent again.
//   - One payload per nonce. All transactions signed for one nonce carry the
//     same to, data, value and gas limit; only the fees differ. Every hash
//     signed for a nonce is kept (Pending.Hashes) and polled: whichever one is
//     mined completes the request.
//   - Replacement. A transaction not mined after Config.ReplaceAfter (by the
//     injected clock) or Config.ReplaceAfterBlocks new blocks is re-signed at
//     the same nonce with tip and fee cap raised by at least 12.5% (geth's
//     pool demands 10% on both), bounded by Config.MaxFeeCap. At the cap it
//     is re-broadcast unchanged instead.
//   - Fees. Type-2 transactions: tip = the node's suggested tip, fee cap =
//     2 × the latest base fee + tip, both bounded by Config.MaxFeeCap.
//   - Retries. Transient RPC errors (connection, timeout, HTTP 5xx/429,
//     rate limits; see IsTransient) are retried with exponential backoff;
//     errors the node gives deliberately are not.
//   - Another writer on the key. If the node says "nonce too low" (or a
//     transaction already holds the nonce in its pool) on a request's first
//     broadcast, the Sender re-reads the nonce from the node and assigns the
//     next free one. If a request's nonce is consumed on chain by a
//     transaction that is not one of its own hashes (seen on three polls in
//     a row, Config.Confirmations blocks deep), the request is simulated
//     again and re-signed at a new nonce; if it now reverts (the other
//     writer did the same work, e.g. settled the batch) the Pending fails
//     with the *RevertError.
//   - Reorgs. A receipt completes a request only once it is
//     Config.Confirmations blocks deep (default 1: as soon as it is mined);
//     until then the request stays monitored, and a receipt that disappears
//     is waited for again with every hash rebroadcast as needed.
//
// # Outcomes
//
// Pending.Wait returns the receipt of the mined transaction: with a nil
// error when it succeeded, with ErrReverted when it was mined but reverted.
// A request that can no longer be mined (its re-simulation reverted) fails
// with that error and no receipt.
//
// # Not guaranteed
//
// Order between requests is nonce order, which is Send order, except after a
// nonce was taken by another writer (the displaced request gets a later
// nonce). A request already reported whose transaction the chain lost (a
// node that lost blocks, a reorg deeper than Config.Confirmations) is
// re-opened when the key's nonce at the head falls to or below its nonce:
// its journaled transactions are re-broadcast at that nonce, so the key's
// later requests are not stuck behind the hole; its Pending was completed
// already, so only a Send of the same Key sees the new outcome. The journal
// grows by a few records per request and is not
// compacted.
//
// # Locks
//
// Sender.nonceMu (nonce assignment, journal appends of new nonces and the
// first broadcast) is taken before Sender.mu (the request table); nothing
// holds mu across a call to the node.
package txsend
