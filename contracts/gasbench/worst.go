package gasbench

import (
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
)

// The proven gas bounds of settle (docs/contracts.md, "Gas bounds"): a
// settle transaction of n fills uses at most
//
//	SettleBaseGas + n*MaxGasPerFill + WalletGasBudget
//
// whatever its traders do (wallets, nonce patterns, partial fills, fresh
// accounts), for batches of at most MaxBoundedFills fills and at most two
// orders per fill. WalletGasBudget is the contract's WALLET_GAS_BUDGET.
const (
	SettleBaseGas   = 100_000
	MaxGasPerFill   = 150_000
	WalletGasBudget = 2_000_000
	MaxBoundedFills = 1_000
)

// SettleGasBound is the bound above for a batch of n fills.
func SettleGasBound(n int) uint64 {
	return SettleBaseGas + uint64(n)*MaxGasPerFill + WalletGasBudget
}

// WorstShape is the most expensive batch the contract's rules let traders
// make of `Fills` fills: every fill between two orders of its own, each new
// in the batch (digest, signature, account, token and nonce bitmap reads),
// of accounts that hold only what they spend (each fill creates the buyer's
// token slot and the seller's cash slot), whose nonces lie beyond the
// window of accounts with far nonces (a bitmap read each), and left
// partially filled (a stored filled amount each: a new slot). Burners of
// the fills are instead sold by EIP-1271 wallets that burn all the gas they
// are given, one order each, enough of them to spend the batch's whole
// wallet budget; Refills more sell one order of a wallet that answers valid
// on its first call and burns all its gas on every later one (a per-fill
// re-check would pay CONTRACT_SIGNATURE_GAS for each).
type WorstShape struct {
	Fills, Burners, Refills int
}

// ShapeWorst100 is the worst batch of 100 fills that `make gas` reports.
var ShapeWorst100 = WorstShape{Fills: 100, Burners: 12}

// MeasureWorst builds s on a fresh chain (its accounts must send their own
// cancels) and returns the settle's gas and gas per fill. Every ordinary
// fill must settle and every burner fill must be skipped.
func MeasureWorst(s WorstShape) (total, perFill uint64, err error) {
	pairs := s.Fills - s.Burners - s.Refills
	if pairs < 1 {
		return 0, 0, fmt.Errorf("gasbench: %d burners and %d refills in %d fills", s.Burners, s.Refills, s.Fills)
	}
	e, err := NewEnv(FirstTrader+2*pairs, time.Hour)
	if err != nil {
		return 0, 0, err
	}
	defer e.Close()
	var buyers, sellers []common.Address
	for i := 0; i < 2*pairs; i++ {
		a := e.Addr(FirstTrader + i)
		// A far nonce: the account's nonce window has a bitmap behind it.
		if _, err := e.Send(FirstTrader+i, e.ExchangeI, e.ExB.PackCancelNonces([]uint64{5_000})); err != nil {
			return 0, 0, err
		}
		if i < pairs {
			buyers = append(buyers, a)
		} else {
			sellers = append(sellers, a)
		}
	}
	if err := e.FundCash(buyers, big.NewInt(1_000_000_000)); err != nil {
		return 0, 0, err
	}
	if err := e.FundTokens(sellers, e.Market, big.NewInt(1_000)); err != nil {
		return 0, 0, err
	}
	now, err := e.Now()
	if err != nil {
		return 0, 0, err
	}
	spec := func(side eip712.Side, price int64, i int) OrderSpec {
		return OrderSpec{Side: side, Price: price, Amount: 2 * benchQty, MaxFeeBps: benchMaxFee, Expiry: now + 86_400,
			Nonce: 100 + uint64(i), Salt: salt(i)}
	}
	var orders []eip712.SignedOrder
	var fills []eip712.Fill
	for i := 0; i < pairs; i++ {
		b, err := e.Signed(e.FundedKey(FirstTrader+i), spec(eip712.Buy, benchTakerLimit, i))
		if err != nil {
			return 0, 0, err
		}
		sl, err := e.Signed(e.FundedKey(FirstTrader+pairs+i), spec(eip712.Sell, benchMakerPrice, i))
		if err != nil {
			return 0, 0, err
		}
		orders = append(orders, b, sl)
		fills = append(fills, eip712.Fill{Taker: uint16(2 * i), Maker: uint16(2*i + 1), Qty: big.NewInt(benchQty),
			TakerFeeBps: benchTakerFee, MakerFeeBps: benchMakerFee})
	}
	wb := bindings.NewTestWallet1271()
	if s.Refills > 0 {
		// A buyer order large enough for every refill, and the wallet's sell.
		b, err := e.Signed(e.FundedKey(FirstTrader), spec(eip712.Buy, benchTakerLimit, 1_000_000))
		if err != nil {
			return 0, 0, err
		}
		b.Amount = big.NewInt(int64(s.Refills))
		if b, err = e.Sign(e.FundedKey(FirstTrader), b.Order); err != nil {
			return 0, 0, err
		}
		w, _, err := e.Chain.Deploy(Admin, &bindings.TestWallet1271MetaData, wb.PackConstructor(e.Addr(Admin), 5))
		if err != nil {
			return 0, 0, err
		}
		if err := e.FundTokens([]common.Address{w}, e.Market, big.NewInt(1_000)); err != nil {
			return 0, 0, err
		}
		o := e.Order(Key{Addr: w}, spec(eip712.Sell, benchMakerPrice, 1_000_001))
		o.Amount = big.NewInt(int64(s.Refills))
		o.SignatureType = eip712.Contract
		sig, err := eip712.Sign(e.Chain.Keys[Admin], e.Domain, o)
		if err != nil {
			return 0, 0, err
		}
		orders = append(orders, b, eip712.SignedOrder{Order: o, Signature: sig})
		for i := 0; i < s.Refills; i++ {
			fills = append(fills, eip712.Fill{Taker: uint16(len(orders) - 2), Maker: uint16(len(orders) - 1), Qty: big.NewInt(1)})
		}
		pairs += s.Refills // fills that must settle
	}
	if s.Burners > 0 {
		buyer := len(orders) // the first buyer's order, filled again by burner sells
		for i := 0; i < s.Burners; i++ {
			w, _, err := e.Chain.Deploy(Admin, &bindings.TestWallet1271MetaData, wb.PackConstructor(e.Addr(Admin), 3))
			if err != nil {
				return 0, 0, err
			}
			o := e.Order(Key{Addr: w}, spec(eip712.Sell, benchMakerPrice, pairs+i))
			o.SignatureType = eip712.Contract
			orders = append(orders, eip712.SignedOrder{Order: o, Signature: make([]byte, 65)})
			fills = append(fills, eip712.Fill{Taker: 0, Maker: uint16(buyer + i), Qty: big.NewInt(1)})
		}
	}
	res, err := e.Settle(orders, fills)
	if err != nil {
		return 0, 0, err
	}
	if len(res.Settled) != pairs || len(res.Skipped) != s.Burners {
		return 0, 0, fmt.Errorf("gasbench: worst batch settled %d of %d ordinary fills, skipped %+v", len(res.Settled), pairs, res.Skipped)
	}
	for _, k := range res.Skipped {
		if k.Reason != eip712.BadSignature && k.Reason != eip712.WalletGasBudget {
			return 0, 0, fmt.Errorf("gasbench: burner fill %d skipped %s", k.Index, k.Reason)
		}
	}
	return res.Receipt.GasUsed, res.Receipt.GasUsed / uint64(s.Fills), nil
}
