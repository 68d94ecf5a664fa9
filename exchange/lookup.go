package exchange

// OrderInfo is a live order as the gateway sees it: who owns it, where it
// rests and what is left of it.
type OrderInfo struct {
	ID      OrderID
	Account AccountID
	Market  MarketID
	Side    Side
	Price   int64 // ticks
	Qty     int64 // open quantity, lots
	Nonce   uint64
	TIF     TimeInForce
	Expiry  int64 // unix ns, GTD only
}

// Order returns the live order with id; ok is false if no live order has it.
func (e *Engine) Order(id OrderID) (OrderInfo, bool) {
	s, ok := e.ids.get(uint64(id))
	if !ok {
		return OrderInfo{}, false
	}
	o := &e.orders[s]
	info := OrderInfo{ID: o.id, Account: o.account, Market: o.market, Side: o.side, Price: o.price,
		Qty: o.qty, TIF: o.tif, Expiry: o.expiry}
	if x := e.ext(s); x != nil {
		info.Nonce = x.nonce
	}
	return info, true
}

// AccountByAddress returns the account CmdOpenAccount opened for addr.
func (e *Engine) AccountByAddress(addr [20]byte) (AccountID, bool) {
	a, ok := e.addresses[addr]
	return a, ok
}

// AccountCount returns the number of accounts: their ids are 0 to
// AccountCount()-1.
func (e *Engine) AccountCount() int { return len(e.accounts) }

// AccountAddress returns the address of account a.
func (e *Engine) AccountAddress(a AccountID) ([20]byte, bool) {
	if int(a) >= len(e.accounts) {
		return [20]byte{}, false
	}
	return e.accounts[a].address, true
}
