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
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
)

// TestChainedGasCoversSpotFills: the gas limit of a batch sent behind
// others covers what a batch of spot fills costs on the real contracts
// with their spot desk, for fresh providers and buyers (every slot new),
// at the shortest and the longest lease and in a batch of seven; a token
// fill's limit is unchanged. A batch that gets less gas than a spot fill
// needs reverts whole (Exchange.SpotGasTooLow), so the limit must cover it.
func TestChainedGasCoversSpotFills(t *testing.T) {
	const providers = 7
	env, err := gasbench.NewEnv(gasbench.FirstTrader+providers, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	defer env.Close()
	desk, err := env.DeploySpotDesk(0, 0)
	if err != nil {
		t.Fatal(err)
	}
	grade := gasbench.ReservationGrade(gasbench.SpotID(1))
	if _, err := env.Send(gasbench.Admin, desk.VaultI, desk.VaultB.PackSetCollateralPerGpuHour(grade, big.NewInt(1_000_000))); err != nil {
		t.Fatal(err)
	}
	for p := range providers {
		if err := desk.AddProvider(env, gasbench.FirstTrader+p, grade, 8, common.Address{0xc0, byte(p)}, big.NewInt(1_000_000_000)); err != nil {
			t.Fatal(err)
		}
	}
	buyers := env.NewKeys(3 * providers)
	var addrs []common.Address
	for _, k := range buyers {
		addrs = append(addrs, k.Addr)
	}
	if err := env.FundCash(addrs, big.NewInt(1_000_000_000)); err != nil {
		t.Fatal(err)
	}
	nonce := uint64(0)
	// estimate returns the gas estimate of a batch of one fill of `hours`
	// GPU-hours (one GPU) from each of the first n providers to a fresh buyer.
	estimate := func(hours uint16, n int) uint64 {
		t.Helper()
		id := gasbench.SpotID(hours)
		var orders []eip712.SignedOrder
		var fills []eip712.Fill
		for p := range n {
			nonce++
			s, err := env.Signed(env.FundedKey(gasbench.FirstTrader+p), gasbench.OrderSpec{Market: id, Side: eip712.Sell, Price: 2_500_000,
				Amount: int64(hours), MaxFeeBps: 10, Nonce: nonce})
			if err != nil {
				t.Fatal(err)
			}
			b, err := env.Signed(buyers[int(nonce)%len(buyers)], gasbench.OrderSpec{Market: id, Side: eip712.Buy, Price: 2_500_000,
				Amount: int64(hours), MaxFeeBps: 10, Nonce: nonce})
			if err != nil {
				t.Fatal(err)
			}
			orders = append(orders, s, b)
			fills = append(fills, eip712.Fill{Taker: uint16(2*p + 1), Maker: uint16(2 * p), Qty: big.NewInt(int64(hours)), TakerFeeBps: 5})
		}
		batch, err := eip712.EncodeBatch(orders, fills)
		if err != nil {
			t.Fatal(err)
		}
		to := env.Exchange
		g, err := env.Chain.Client.EstimateGas(context.Background(), ethereum.CallMsg{From: env.Addr(gasbench.Operator), To: &to,
			Data: env.ExB.PackSettle(env.NextBatchID(), batch.Orders, batch.Fills, batch.ContractSigs)})
		if err != nil {
			t.Fatal(err)
		}
		return g
	}
	specOf := func(hours uint16) func(exchange.MarketID) (exchange.MarketSpec, bool) {
		in, err := instrument.NewSpot(0x2330, instrument.SXM, instrument.RegionUS, 1, hours)
		if err != nil {
			t.Fatal(err)
		}
		id, err := in.Encode()
		if err != nil {
			t.Fatal(err)
		}
		return func(exchange.MarketID) (exchange.MarketSpec, bool) {
			return exchange.MarketSpec{Instrument: id, LotSize: int64(hours)}, true
		}
	}
	fillsOf := func(n int) []exchange.PendingFill { return make([]exchange.PendingFill, n) }
	for _, c := range []struct {
		hours uint16
		n     int
	}{{1, 1}, {4, 1}, {instrument.MaxSpotHours, 1}, {4, providers}, {instrument.MaxSpotHours, providers}} {
		est, limit := estimate(c.hours, c.n), chainedGas(fillsOf(c.n), specOf(c.hours))
		if est > limit {
			t.Errorf("%d spot fills of %d hours: estimate %d, chained limit %d", c.n, c.hours, est, limit)
		}
		t.Logf("%d spot fills of %d hours: estimate %d, chained limit %d", c.n, c.hours, est, limit)
	}
	token := func(exchange.MarketID) (exchange.MarketSpec, bool) {
		return exchange.MarketSpec{Instrument: instrument.ID{}, LotSize: 1}, true
	}
	if got := chainedGas(fillsOf(5), token); got != chainedGasBase+5*chainedGasPerFill {
		t.Errorf("chained limit of 5 token fills %d", got)
	}
}
