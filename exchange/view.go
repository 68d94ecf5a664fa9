package exchange

import "iter"

// View is a read-only view of an engine: every question the engine answers
// and no way to change it. The sequencer hands one to readers outside its
// apply goroutine (sequencer.Query), so that nothing can apply a command
// around the journal. A View is valid only while its engine does not
// change: a reader must not keep it past the call that gave it.
type View struct{ e *Engine }

// View returns a read-only view of e.
func (e *Engine) View() View { return View{e} }

// Now returns the engine's time: the largest Command.Time applied.
func (v View) Now() int64 { return v.e.now }

// LastSeq returns the Seq of the last command applied.
func (v View) LastSeq() uint64 { return v.e.cmdSeq }

// Balance returns an account's available and held amounts of an asset.
func (v View) Balance(a AccountID, asset AssetID) (avail, held int64) { return v.e.Balance(a, asset) }

// Top returns the best bid and ask of market m with their level quantities.
func (v View) Top(m MarketID) (bid, bidQty, ask, askQty int64) { return v.e.Top(m) }

// Depth calls fn for up to levels price levels of one side of market m,
// best first.
func (v View) Depth(m MarketID, side Side, levels int, fn func(price, qty int64)) {
	v.e.Depth(m, side, levels, fn)
}

// Spec returns market m's specification.
func (v View) Spec(m MarketID) (MarketSpec, bool) { return v.e.Spec(m) }

// Markets returns every market's specification, indexed by MarketID.
func (v View) Markets() []MarketSpec { return v.e.Markets() }

// MarketByInstrument returns the market of an instrument id.
func (v View) MarketByInstrument(id [32]byte) (MarketID, MarketSpec, bool) {
	return v.e.MarketByInstrument(id)
}

// Order returns the live order with id.
func (v View) Order(id OrderID) (OrderInfo, bool) { return v.e.Order(id) }

// OrderMeta returns the meta of a live order (shared: do not write it).
func (v View) OrderMeta(id OrderID) ([]byte, bool) { return v.e.OrderMeta(id) }

// OrderMetas yields every live order that carries meta, with its meta.
func (v View) OrderMetas() iter.Seq2[OrderID, []byte] { return v.e.OrderMetas() }

// OrderByNonce returns the live order of account placed with nonce.
func (v View) OrderByNonce(account AccountID, nonce uint64) (OrderID, bool) {
	return v.e.OrderByNonce(account, nonce)
}

// AccountByAddress returns the account of addr.
func (v View) AccountByAddress(addr [20]byte) (AccountID, bool) { return v.e.AccountByAddress(addr) }

// AccountCount returns the number of accounts (ids 0 to AccountCount()-1).
func (v View) AccountCount() int { return v.e.AccountCount() }

// AccountAddress returns the address of account a.
func (v View) AccountAddress(a AccountID) ([20]byte, bool) { return v.e.AccountAddress(a) }

// NonceUsed reports whether account can no longer use nonce.
func (v View) NonceUsed(account AccountID, nonce uint64) bool { return v.e.NonceUsed(account, nonce) }

// NonceBase returns the account's nonce base.
func (v View) NonceBase(account AccountID) uint64 { return v.e.NonceBase(account) }

// Nonces returns a copy of the account's used nonces.
func (v View) Nonces(account AccountID) NonceSet { return v.e.Nonces(account) }

// PendingCount returns the number of fills neither settled nor reverted.
func (v View) PendingCount() int { return v.e.PendingCount() }

// UnbatchedCount returns the number of pending fills in no batch yet.
func (v View) UnbatchedCount() int { return v.e.UnbatchedCount() }

// PendingFills iterates the pending fills in fill order.
func (v View) PendingFills() iter.Seq[PendingFill] { return v.e.PendingFills() }

// NextBatch returns the id the next CmdSettleBatch must carry.
func (v View) NextBatch() uint64 { return v.e.NextBatch() }

// OldestOpenBatch returns the id of the oldest open batch, if any.
func (v View) OldestOpenBatch() (uint64, bool) { return v.e.OldestOpenBatch() }

// Batch returns the fills of an open batch.
func (v View) Batch(id uint64) ([]PendingFill, bool) { return v.e.Batch(id) }

// ChainPosition returns the highest Command.Chain applied (0 = none).
func (v View) ChainPosition() uint64 { return v.e.ChainPosition() }

// Totals returns, per asset, the sum of every balance.
func (v View) Totals() map[AssetID]int64 { return v.e.Totals() }

// CheckInvariants verifies the engine's internal consistency.
func (v View) CheckInvariants() error { return v.e.CheckInvariants() }

// Snapshot encodes the engine's canonical state.
func (v View) Snapshot() []byte { return v.e.Snapshot() }

// StateHash is the SHA-256 of Snapshot.
func (v View) StateHash() [32]byte { return v.e.StateHash() }

// ChainTime returns the latest chain time a CmdChainTime brought (0: none).
func (v View) ChainTime() int64 { return v.e.ChainTime() }

// Horizon returns the settlement horizon the engine runs under (ns).
func (v View) Horizon() int64 { return v.e.Horizon() }

// Closed reports whether market m is closed (docs/engine.md, "Market close").
func (v View) Closed(m MarketID) bool { return v.e.Closed(m) }

// CloseTime returns market m's last trading time (unix ns), or false for a
// market that never closes.
func (v View) CloseTime(m MarketID) (int64, bool) { return v.e.CloseTime(m) }

// OpenOrderCount returns how many orders account a has resting (0 for an
// unknown account): the gateway's dead-man switches skip accounts with none.
func (v View) OpenOrderCount(a AccountID) int {
	if int(a) >= len(v.e.accounts) {
		return 0
	}
	return int(v.e.accounts[a].open)
}
