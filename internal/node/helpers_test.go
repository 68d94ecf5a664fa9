package node_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/internal/node"
)

// balance is one account's holding of one asset: the engine's available
// plus held, and the asset's id on the Exchange.
type balance struct {
	addr  common.Address
	asset *big.Int
	want  int64
}

// engineBalances lists every account's holding of the quote asset and of
// every market's token.
func engineBalances(e exchange.View) []balance {
	specs := e.Markets()
	var out []balance
	for a := exchange.AccountID(0); len(specs) > 0; a++ {
		addr, ok := e.AccountAddress(a)
		if !ok {
			break
		}
		avail, held := e.Balance(a, specs[0].QuoteAsset)
		out = append(out, balance{addr, big.NewInt(0), avail + held})
		for _, s := range specs {
			avail, held := e.Balance(a, s.BaseAsset)
			out = append(out, balance{addr, new(big.Int).SetBytes(s.Instrument[:]), avail + held})
		}
	}
	return out
}

// checkOnChain fails the test for every balance the Exchange at addr holds
// differently.
func checkOnChain(t *testing.T, cl bind, addr common.Address, want []balance) {
	t.Helper()
	ex := bindings.NewExchange()
	for _, w := range want {
		out, err := cl.CallContract(context.Background(), ethereum.CallMsg{To: &addr, Data: ex.PackBalanceOf(w.addr, w.asset)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		got, err := ex.UnpackBalanceOf(out)
		if err != nil {
			t.Fatal(err)
		}
		if got.Cmp(big.NewInt(w.want)) != 0 {
			t.Errorf("%s asset %#x: chain %s, engine %d", w.addr, w.asset, got, w.want)
		}
	}
}

// bind is what checkOnChain calls.
type bind interface {
	CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error)
}

// startOperator runs the operator with cfg until the benchmark or test
// ends, and returns where it runs once it is ready.
func startOperator(tb testing.TB, cfg node.Config) node.Info {
	tb.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan node.Info, 1)
	done := make(chan error, 1)
	cfg.Addr, cfg.Dir = "127.0.0.1:0", tb.TempDir()
	cfg.Ready = func(in node.Info) { ready <- in }
	go func() { done <- node.Run(ctx, cfg) }()
	tb.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			tb.Errorf("operator: %v", err)
		}
	})
	select {
	case in := <-ready:
		return in
	case err := <-done:
		done <- err
		tb.Fatalf("operator: %v", err)
	case <-time.After(2 * time.Minute):
		tb.Fatal("the operator is not ready after 2 minutes")
	}
	return node.Info{}
}
