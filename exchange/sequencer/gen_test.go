package sequencer

import (
	"math/rand/v2"

	"github.com/hourglass-exchange/hourglass/exchange"
)

const (
	genAccounts = 8
	genSetup    = 1 + genAccounts + 2*genAccounts // market, accounts, deposits
)

// genCommand returns the i-th command (1-based) of a deterministic workload:
// a market, funded accounts, then a mix of limit, IOC, GTD and post-only
// orders, cancels, amends and mass cancels. Each command depends only on i,
// so a process that restarts can continue the stream where its journal ends.
func genCommand(i uint64) exchange.Command {
	t := int64(i) * 1000
	switch {
	case i == 1:
		return exchange.Command{Kind: exchange.CmdAddMarket, Time: t, Spec: &exchange.MarketSpec{
			Symbol: "H100SXM-US-T1-2027-01-04+168h", BaseAsset: 1, QuoteAsset: 0,
			TickSize: 100, LotSize: 1, MaxPrice: 1 << 16, MaxQty: 1 << 20, MakerFeeBps: 2, TakerFeeBps: 5,
		}}
	case i <= 1+genAccounts:
		var a [20]byte
		a[0] = byte(i)
		return exchange.Command{Kind: exchange.CmdOpenAccount, Time: t, Address: a}
	case i <= genSetup:
		k := i - 2 - genAccounts
		return exchange.Command{Kind: exchange.CmdDeposit, Time: t, Account: exchange.AccountID(k / 2), Asset: exchange.AssetID(k % 2), Amount: 1 << 50}
	}
	r := rand.New(rand.NewPCG(i, 0x5eed))
	acct := exchange.AccountID(r.IntN(genAccounts))
	switch x := r.IntN(100); {
	case x < 55:
		c := exchange.Command{Kind: exchange.CmdPlace, Time: t, Account: acct, OrderID: exchange.OrderID(i),
			Side: exchange.Side(r.IntN(2)), Price: 30000 + int64(r.NormFloat64()*40), Qty: 1 + r.Int64N(50),
			MaxFeeBps: 10, STP: exchange.STPMode(r.IntN(5))}
		switch y := r.IntN(10); {
		case y < 2:
			c.TIF = exchange.IOC
		case y < 4:
			c.TIF = exchange.GTD
			c.Expiry = t + r.Int64N(200_000)
		case y < 5:
			c.PostOnly = true
		}
		return c
	case x < 85:
		return exchange.Command{Kind: exchange.CmdCancel, Time: t, Account: acct, OrderID: exchange.OrderID(i - 1 - r.Uint64N(min(i-1, 300)))}
	case x < 97:
		return exchange.Command{Kind: exchange.CmdAmend, Time: t, Account: acct, OrderID: exchange.OrderID(i - 1 - r.Uint64N(min(i-1, 300))),
			Price: 30000 + int64(r.NormFloat64()*40), Qty: 1 + r.Int64N(50)}
	default:
		return exchange.Command{Kind: exchange.CmdMassCancel, Time: t, Account: acct, Market: exchange.NoMarket, Side: exchange.AnySide}
	}
}
