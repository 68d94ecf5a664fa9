package exchange

// The chain commands (docs/engine.md, "Chain events"): one confirmed log of
// the Exchange contract each, with the facts as the chain has them. The
// engine resolves the account, the asset and the amount itself, so that
// what a log does is decided here, deterministically, from the journal
// alone.

var noLog ChainLog

// chainLog returns c.Log, or an empty log.
func chainLog(c *Command) *ChainLog {
	if c.Log == nil {
		return &noLog
	}
	return c.Log
}

// chainAsset resolves an Exchange asset id: zero is the stablecoin, the
// quote asset of the markets (of market 0, the first); any other id is a
// token, the base asset of the market whose instrument it is.
func (e *Engine) chainAsset(id *[32]byte) (AssetID, bool) {
	if *id == ([32]byte{}) {
		if len(e.markets) == 0 {
			return 0, false
		}
		return e.markets[0].spec.QuoteAsset, true
	}
	m, ok := e.instruments[*id]
	if !ok {
		return 0, false
	}
	return e.markets[m].spec.BaseAsset, true
}

// chainAmount converts a uint256 amount to the engine's units: it must be
// positive and at most the balance bound.
func chainAmount(w *[32]byte) (int64, bool) {
	var v uint64
	for i, b := range w {
		if i < 24 {
			if b != 0 {
				return 0, false
			}
			continue
		}
		v = v<<8 | uint64(b)
	}
	if v == 0 || v > maxBalance {
		return 0, false
	}
	return int64(v), true
}

// chainReject rejects a chain command with what the engine resolved of it:
// the account, the asset and the amount.
func (e *Engine) chainReject(c *Command, acct AccountID, asset AssetID, amount int64, r Reason) {
	c2 := *c
	c2.Account, c2.Asset, c2.Amount = acct, asset, amount
	e.reject(&c2, r)
}

// chainDeposit credits a Deposited or WithdrawalCancelled log, opening the
// account if the address has none. Everything is checked before anything
// changes: a rejected deposit opens no account.
func (e *Engine) chainDeposit(c *Command) {
	l := chainLog(c)
	acct, known := e.addresses[c.Address]
	asset, ok := e.chainAsset(&l.Asset)
	if !ok {
		e.chainReject(c, acct, 0, 0, ReasonUnknownAsset)
		return
	}
	if e.capacityAsset(asset) {
		e.chainReject(c, acct, asset, 0, ReasonCapacityAsset)
		return
	}
	amount, ok := chainAmount(&l.Amount)
	if !ok || e.supply[asset] > maxBalance-amount {
		e.chainReject(c, acct, asset, amount, ReasonInvalidAmount)
		return
	}
	if !known {
		if !e.canOpen() {
			e.chainReject(c, 0, asset, amount, ReasonTooManyAccounts)
			return
		}
		acct = e.open(c.Address)
	}
	e.touch(e.balance(acct, asset)).avail += amount
	e.supply[asset] += amount
}

// chainWithdraw debits a WithdrawalRequested log: the whole requested
// amount, even below zero (what pending fills spent can go negative), so
// that the account stops trading what is leaving; when the available
// balance falls short, the account's orders that hold the asset (buys for a
// quote asset, sells for a base asset) are cancelled first, market by
// market. On chain the request only earmarks the amount: fills matched
// before it still settle during the delay, and executeWithdrawal pays
// min(request, balance), logging the unpaid rest as WithdrawalCancelled,
// which chainDeposit credits back: the engine ends where the chain does
// (docs/contracts.md, "Balances in and out").
func (e *Engine) chainWithdraw(c *Command) {
	l := chainLog(c)
	acct, known := e.addresses[c.Address]
	asset, ok := e.chainAsset(&l.Asset)
	if !ok {
		e.chainReject(c, acct, 0, 0, ReasonUnknownAsset)
		return
	}
	if e.capacityAsset(asset) {
		e.chainReject(c, acct, asset, 0, ReasonCapacityAsset)
		return
	}
	if !known {
		e.chainReject(c, 0, asset, 0, ReasonUnknownAccount)
		return
	}
	amount, ok := chainAmount(&l.Amount)
	avail, held := e.Balance(acct, asset)
	short := avail < amount
	if short {
		avail += held // what cancelling the orders below releases
	}
	if !ok || avail < amount-maxBalance {
		e.chainReject(c, acct, asset, amount, ReasonInvalidAmount)
		return
	}
	if short {
		for i := range e.markets {
			switch s := &e.markets[i].spec; asset {
			case s.QuoteAsset:
				e.cancelSide(acct, MarketID(i), Buy)
			case s.BaseAsset:
				e.cancelSide(acct, MarketID(i), Sell)
			}
		}
	}
	e.touch(e.balance(acct, asset)).avail -= amount
	e.supply[asset] -= amount
}

// cancelSide cancels the account's live orders of one side of one market,
// oldest first (a CmdMassCancel).
func (e *Engine) cancelSide(a AccountID, m MarketID, side Side) {
	for i := e.accounts[a].head; i >= 0; {
		o := &e.orders[i]
		next := o.accNext
		if o.market == m && o.side == side {
			e.removeResting(i, ReasonMassCancel)
		}
		i = next
	}
}

// chainCancelBelow applies a CancelledBelow log as CmdCancelNoncesBelow.
func (e *Engine) chainCancelBelow(c *Command) {
	acct, ok := e.addresses[c.Address]
	if !ok {
		e.chainReject(c, 0, 0, 0, ReasonUnknownAccount)
		return
	}
	e.raiseNonces(acct, c.Nonce)
}

// chainCancelNonces applies a NoncesCancelled log: the account's live
// orders with those nonces are cancelled (USER_CANCEL), in the log's order;
// a nonce no live order has is skipped.
func (e *Engine) chainCancelNonces(c *Command) {
	acct, ok := e.addresses[c.Address]
	if !ok {
		e.chainReject(c, 0, 0, 0, ReasonUnknownAccount)
		return
	}
	for _, n := range chainLog(c).Nonces {
		if n == 0 {
			continue
		}
		if s, ok := e.nonceIdx[nonceKey{acct, n}]; ok {
			e.removeResting(s, ReasonUserCancel)
		}
	}
}
