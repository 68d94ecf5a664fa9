package settlement

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/contracts/gasbench"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
)

// signedMeta is an order's Command.Meta, a wallet's or a key's.
func signedMeta(t *testing.T, wallet bool, nonce uint64) []byte {
	t.Helper()
	o := eip712.SignedOrder{Order: eip712.Order{Maker: common.Address{1}, Market: big.NewInt(1), Side: eip712.Buy,
		Price: big.NewInt(1), Amount: big.NewInt(1), Nonce: nonce, Salt: big.NewInt(0)}, Signature: make([]byte, 65)}
	if wallet {
		o.SignatureType, o.Signature = eip712.Contract, []byte("wallet's own proof")
	}
	b, err := eip712.MarshalSigned(o)
	if err != nil {
		t.Fatal(err)
	}
	if eip712.IsContractSigned(b) != wallet {
		t.Fatalf("IsContractSigned = %v for a wallet order %v", !wallet, wallet)
	}
	return b
}

// TestWalletFit: a batch takes fills while its distinct wallet orders stay
// within the cap; an order filled several times counts once, key-signed
// orders not at all, and a batch always takes its first fill.
func TestWalletFit(t *testing.T) {
	eoa := signedMeta(t, false, 1)
	fill := func(taker, maker exchange.OrderID, takerWallet, makerWallet bool) exchange.PendingFill {
		f := exchange.PendingFill{TakerOrder: taker, MakerOrder: maker, TakerMeta: eoa, MakerMeta: eoa}
		if takerWallet {
			f.TakerMeta = signedMeta(t, true, uint64(taker))
		}
		if makerWallet {
			f.MakerMeta = signedMeta(t, true, uint64(maker))
		}
		return f
	}
	var fills []exchange.PendingFill
	for i := range 6 { // wallet makers 100..105, each filled twice by key-signed takers
		fills = append(fills, fill(exchange.OrderID(i), exchange.OrderID(100+i), false, true),
			fill(exchange.OrderID(50+i), exchange.OrderID(100+i), false, true))
	}
	if got := walletFit(fills, 6); got != len(fills) {
		t.Errorf("6 wallet orders under a cap of 6: fit %d of %d", got, len(fills))
	}
	if got := walletFit(fills, 5); got != 10 {
		t.Errorf("cap 5: fit %d, want 10 (the sixth wallet order's first fill starts the next batch)", got)
	}
	both := []exchange.PendingFill{fill(1, 2, true, true), fill(3, 4, true, true)}
	if got := walletFit(both, 1); got != 1 {
		t.Errorf("a first fill with two wallet orders over a cap of 1: fit %d, want 1 (a batch takes its first fill)", got)
	}
	plain := []exchange.PendingFill{fill(1, 2, false, false), fill(3, 4, false, false)}
	if got := walletFit(plain, 0); got != 2 {
		t.Errorf("key-signed fills under a cap of 0: fit %d", got)
	}
}

// TestMaxWalletOrdersMatchesContract holds MaxWalletOrders to the deployed
// Exchange: its wallet gas budget over the gas of one wallet call.
func TestMaxWalletOrdersMatchesContract(t *testing.T) {
	env, err := gasbench.NewEnv(gasbench.FirstTrader+1, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	defer env.Close()
	call := func(data []byte, unpack func([]byte) (*big.Int, error)) *big.Int {
		out, err := env.Chain.Client.CallContract(context.Background(), ethereum.CallMsg{To: &env.Exchange, Data: data}, nil)
		if err != nil {
			t.Fatal(err)
		}
		v, err := unpack(out)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	budget := call(env.ExB.PackWALLETGASBUDGET(), env.ExB.UnpackWALLETGASBUDGET)
	per := call(env.ExB.PackCONTRACTSIGNATUREGAS(), env.ExB.UnpackCONTRACTSIGNATUREGAS)
	if want := new(big.Int).Div(budget, per); want.Int64() != MaxWalletOrders {
		t.Errorf("MaxWalletOrders = %d; the contract's budget %s over %s per call is %s", MaxWalletOrders, budget, per, want)
	}
}
