package settlement

import (
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
)

// MaxWalletOrders is how many distinct EIP-1271 wallet orders one batch may
// hold: the Exchange's WALLET_GAS_BUDGET over CONTRACT_SIGNATURE_GAS (2M /
// 200k). The contract starts a wallet's check only while a whole call's gas
// is left in the batch's budget, so with at most this many wallet orders
// every one is asked, whatever the wallets before it burn: an honest wallet
// order is never skipped WALLET_GAS_BUDGET because of the company it was
// batched with. TestMaxWalletOrdersMatchesContract holds it to the
// contract's constants.
const MaxWalletOrders = 10

// walletFit returns how many of fills, from the first, one batch can take
// with at most max distinct wallet orders among them; at least one (a fill
// has two orders).
func walletFit(fills []exchange.PendingFill, max int) int {
	seen := make(map[exchange.OrderID]struct{}, max)
	note := func(id exchange.OrderID, meta []byte) {
		if eip712.IsContractSigned(meta) {
			seen[id] = struct{}{}
		}
	}
	for i := range fills {
		f := &fills[i]
		note(f.TakerOrder, f.TakerMeta)
		note(f.MakerOrder, f.MakerMeta)
		if len(seen) > max && i > 0 {
			return i
		}
	}
	return len(fills)
}
