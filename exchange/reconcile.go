package exchange

// reconcile applies CmdReconcile (Address, Log.Asset, Amount, Chain): the
// account's balance of the asset, available + held, becomes Amount, the
// chain's (balanceOf less the pending withdrawal, which the engine debits
// at the request, so the two compare like with like). Held stays: what the
// account's resting orders hold is the engine's own and the chain knows
// nothing of it; available becomes Amount − held, refused
// (INSUFFICIENT_BALANCE) where that is negative: the operator cancels the
// orders first. Amount may be negative as the engine's balance may (a
// withdrawal request that pending fills overtook), within the balance
// bound. The supply of the asset moves by the difference, so the
// invariants hold. An address without an account is opened for a positive
// Amount (the chain holds a deposit the engine never applied) and refused
// (UNKNOWN_ACCOUNT) otherwise. Chain only records the block the amount was
// read at: the command is no chain event and leaves the chain position
// alone.
func (e *Engine) reconcile(c *Command) {
	acct, known := e.addresses[c.Address]
	asset, ok := e.chainAsset(&chainLog(c).Asset)
	if !ok {
		e.chainReject(c, acct, 0, c.Amount, ReasonUnknownAsset)
		return
	}
	if e.capacityAsset(asset) {
		e.chainReject(c, acct, asset, c.Amount, ReasonCapacityAsset)
		return
	}
	if !known && c.Amount <= 0 {
		e.chainReject(c, 0, asset, c.Amount, ReasonUnknownAccount)
		return
	}
	if c.Amount > maxBalance || c.Amount < -maxBalance {
		e.chainReject(c, acct, asset, c.Amount, ReasonInvalidAmount)
		return
	}
	if !known {
		// A balance the chain holds for an address the engine never saw
		// (its deposit was lost to the engine): opened as a deposit opens
		// it, everything checked first.
		if e.supply[asset] > maxBalance-c.Amount {
			e.chainReject(c, 0, asset, c.Amount, ReasonInvalidAmount)
			return
		}
		if !e.canOpen() {
			e.chainReject(c, 0, asset, c.Amount, ReasonTooManyAccounts)
			return
		}
		acct = e.open(c.Address)
	}
	avail, held := e.Balance(acct, asset)
	if c.Amount-held < 0 && held > 0 {
		e.chainReject(c, acct, asset, c.Amount, ReasonInsufficientBalance)
		return
	}
	delta := c.Amount - (avail + held)
	if delta == 0 {
		return
	}
	if delta > 0 && e.supply[asset] > maxBalance-delta {
		e.chainReject(c, acct, asset, c.Amount, ReasonInvalidAmount)
		return
	}
	e.touch(e.balance(acct, asset)).avail += delta
	e.supply[asset] += delta
}
