package tests

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/contracts/gasbench"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
)

// rmaker is a maker of the random sequence: a funded trader (it sends its
// own cancels and withdrawals), a passive key, or an EIP-1271 wallet.
type rmaker struct {
	addr   common.Address
	key    gasbench.Key // the signer (a wallet's owner)
	trader int          // funded account index, or -1
	wallet *bind.BoundContract
	next   uint64 // the next nonce it means to use
}

// TestExchangeSettleRandom runs a fixed-seed random sequence of settles of
// random batches (partial fills, crossing and non-crossing prices, reused,
// low and far nonces) among ECDSA traders and EIP-1271 wallets whose
// answers change between steps (honest, rejecting, burning all gas, valid
// once then burning), interleaved with nonce cancels (long runs, far
// nonces, floors), nonce slides and withdrawals, and checks after every
// step the asset invariant (the Exchange's holdings of cash and of the
// token equal the sum of the internal balances) and after every settle the
// gas bound SettleGasBound(fills).
func TestExchangeSettleRandom(t *testing.T) {
	steps := 120
	if testing.Short() {
		steps = 40
	}
	x := newX(t, 3)
	rng := rand.New(rand.NewPCG(11, 0x5eed))
	ks := x.keys(3)
	owner := ks[0]
	var ms []*rmaker
	for i := 0; i < 3; i++ {
		ms = append(ms, &rmaker{addr: x.trader(i), key: x.FundedKey(tr0 + i), trader: tr0 + i})
	}
	for _, k := range ks[1:] {
		ms = append(ms, &rmaker{addr: k.Addr, key: k, trader: -1})
	}
	modes := []uint8{wOwner, wReject, wBurn, wFirstCallThenBurn}
	for i := 0; i < 4; i++ {
		w, wI := x.deployWallet(tr0, owner.Addr, modes[i])
		ms = append(ms, &rmaker{addr: w, key: owner, trader: -1, wallet: wI})
	}
	for _, m := range ms {
		x.fundCash(1_000_000_000, m.addr)
		x.fundTokens(x.Market, 10_000, m.addr)
	}
	x.conserve()

	var settles, fills, settled int
	var maxPer uint64
	reasons := map[eip712.SkipReason]int{}
	for step := 0; step < steps; step++ {
		var what string
		switch r := rng.IntN(20); {
		case r < 2: // a run of nonces, or far ones, cancelled
			m := ms[rng.IntN(3)]
			var ns []uint64
			if rng.IntN(2) == 0 {
				for n := m.next + 1; n < m.next+1+uint64(rng.IntN(400)); n++ {
					ns = append(ns, n)
				}
			} else {
				for i := 0; i < 5; i++ {
					ns = append(ns, m.next+64+uint64(rng.IntN(3_000)))
				}
			}
			x.ex(m.trader, x.ExB.PackCancelNonces(ns))
			what = fmt.Sprintf("cancelNonces(%d nonces of %s)", len(ns), m.addr.Hex())
		case r < 3:
			m := ms[rng.IntN(3)]
			m.next += uint64(rng.IntN(100))
			x.ex(m.trader, x.ExB.PackCancelBelow(m.next))
			what = fmt.Sprintf("cancelBelow(%d)", m.next)
		case r < 5:
			m := ms[len(ms)-1-rng.IntN(4)]
			mode := modes[max(0, rng.IntN(len(modes)+3)-3)] // honest half the time
			x.sendTo(tr0, m.wallet, x.wallet.PackSetMode(mode))
			what = fmt.Sprintf("wallet %s mode %d", m.addr.Hex(), mode)
		case r < 6:
			m := ms[rng.IntN(len(ms))]
			x.ex(tr2, x.ExB.PackSlideNonces(m.addr))
			what = "slideNonces"
		case r < 7:
			m := ms[rng.IntN(3)]
			if p := x.pend(m.addr, cashID); p.Amount.Sign() > 0 {
				x.advance(exDelay)
				x.ex(tr2, x.ExB.PackExecuteWithdrawal(m.addr, cashID))
				what = "executeWithdrawal"
			} else {
				x.ex(m.trader, x.ExB.PackRequestWithdrawal(cashID, big.NewInt(1+rng.Int64N(1_000_000))))
				what = "requestWithdrawal"
			}
		default:
			orders, fs := x.randomBatch(rng, ms)
			res := x.settle(orders, fs)
			bound := gasbench.SettleGasBound(len(fs))
			if res.Receipt.GasUsed > bound {
				t.Fatalf("step %d: settle of %d fills used %d gas, above the bound %d", step, len(fs), res.Receipt.GasUsed, bound)
			}
			settles++
			fills += len(fs)
			settled += len(res.Settled)
			maxPer = max(maxPer, res.Receipt.GasUsed/uint64(len(fs)))
			for _, s := range res.Skipped {
				reasons[s.Reason]++
			}
			what = fmt.Sprintf("settle(%d orders, %d fills): %d settled, %d gas", len(orders), len(fs), len(res.Settled), res.Receipt.GasUsed)
		}
		t.Logf("step %d: %s", step, what)
		x.conserve()
	}
	t.Logf("%d settles, %d fills (%d settled), at most %d gas a fill; skips %v", settles, fills, settled, maxPer, reasons)
	if settled == 0 || reasons[eip712.BadSignature] == 0 || reasons[eip712.NonceUsed] == 0 {
		t.Fatalf("the sequence did not exercise settlement: %d settled, skips %v", settled, reasons)
	}
}

// randomBatch builds 2..12 random orders of the makers and 1..30 random
// fills among them.
func (x *xenv) randomBatch(rng *rand.Rand, ms []*rmaker) ([]eip712.SignedOrder, []eip712.Fill) {
	x.t.Helper()
	n := 2 + rng.IntN(11)
	var orders []eip712.SignedOrder
	for i := 0; i < n; i++ {
		m := ms[rng.IntN(len(ms))]
		var nonce uint64
		switch r := rng.IntN(10); {
		case r < 6:
			nonce = m.next
			if rng.IntN(2) == 0 {
				m.next++
			}
		case r < 8:
			nonce = uint64(rng.Int64N(int64(m.next) + 1))
		default:
			nonce = m.next + 64 + uint64(rng.IntN(2_000))
		}
		var s gasbench.OrderSpec
		if rng.IntN(2) == 0 {
			s = buy(95+rng.Int64N(15), 1+rng.Int64N(20), nonce)
		} else {
			s = sell(95+rng.Int64N(15), 1+rng.Int64N(20), nonce)
		}
		s.Salt = rng.Uint64()
		if m.wallet != nil {
			orders = append(orders, x.walletOrder(m.addr, m.key, s))
		} else {
			orders = append(orders, x.order(m.key, s))
		}
	}
	var fs []eip712.Fill
	for i := 1 + rng.IntN(30); i > 0; i-- {
		t, m := rng.IntN(n), rng.IntN(n)
		// Mostly a pair of opposite sides.
		for try := 0; try < 4 && orders[t].Side == orders[m].Side; try++ {
			m = rng.IntN(n)
		}
		fs = append(fs, fill(uint16(t), uint16(m), 1+rng.Int64N(6), uint16(rng.IntN(105)), uint16(rng.IntN(105))))
	}
	return orders, fs
}
