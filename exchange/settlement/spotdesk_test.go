package settlement_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/contracts/gasbench"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/exchange/settlement"
)

// TestPipelineSettlesSpotFill: a spot fill the engine matches goes through
// the pipeline to the real contracts with their spot desk
// (gasbench.DeploySpotDesk, wired as contracts/deploy wires it): the
// Exchange opens the lease through the DeliveryOracle and the vault, the
// buyer's notional lands in escrow, the vault's LeaseAssigned comes back
// as a chain command, and the engine's cash and the provider's spot
// capacity agree with the chain once the fill is settled.
func TestPipelineSettlesSpotFill(t *testing.T) {
	w := newWorld(t, 2)
	env := w.env
	desk, err := env.DeploySpotDesk(0, 0)
	if err != nil {
		t.Fatal(err)
	}
	w.vault = desk.Vault
	const admin, provider, hours = gasbench.Admin, gasbench.FirstTrader, 4
	send := func(from int, inst *bind.BoundContract, data []byte) {
		t.Helper()
		if _, err := env.Send(from, inst, data); err != nil {
			t.Fatal(err)
		}
	}
	spotID := gasbench.SpotID(hours)
	grade := gasbench.ReservationGrade(spotID)
	node := [32]byte{5}
	prov := env.Addr(provider)
	send(admin, desk.VaultI, desk.VaultB.PackSetCollateralPerGpuHour(grade, big.NewInt(1_000_000)))
	if err := env.MintCoin(prov, big.NewInt(100_000_000)); err != nil {
		t.Fatal(err)
	}
	send(provider, env.CoinI, env.CoinB.PackApprove(desk.Vault, new(big.Int).Lsh(big.NewInt(1), 255)))
	send(provider, desk.VaultI, desk.VaultB.PackDepositCollateral(big.NewInt(100_000_000)))
	send(provider, desk.VaultI, desk.VaultB.PackProposeNode(node, grade, 8, common.Address{0xb1}))

	w.start(true)
	var inst instrument.ID
	spotID.FillBytes(inst[:])
	spec := exchange.MarketSpec{Instrument: inst, Symbol: "H100SXM-US-T1-SPOT+4h", BaseAsset: 2, QuoteAsset: cash,
		TickSize: 100, LotSize: hours, MaxPrice: 1 << 20, MaxQty: 1000, MakerFeeBps: 2, TakerFeeBps: 5}
	evs := w.submit(exchange.Command{Kind: exchange.CmdAddMarket, Spec: &spec})
	if evs[0].Kind != exchange.EvMarketAdded {
		t.Fatalf("spot market: %+v", evs)
	}
	market := evs[0].Market
	ids := w.funded()
	send(admin, desk.VaultI, desk.VaultB.PackApproveNode(prov, node))
	w.waitFor("the provider's capacity", func(e exchange.View) bool {
		avail, held := e.Balance(ids[0], 2)
		return avail+held == 8*hours
	})

	// The provider offers 2 lots (2 GPUs x 4 hours), a buyer takes one.
	const price = 25_000 // ticks of 100: 2.50 USDC a GPU-hour
	for i, c := range []exchange.Command{
		{Kind: exchange.CmdPlace, Account: ids[0], Market: market, Side: exchange.Sell, TIF: exchange.GTC, Price: price, Qty: 2,
			MaxFeeBps: 10, Nonce: 1, STP: exchange.STPCancelNewest},
		{Kind: exchange.CmdPlace, Account: ids[1], Market: market, Side: exchange.Buy, TIF: exchange.GTC, Price: price, Qty: 1,
			MaxFeeBps: 10, Nonce: 1, STP: exchange.STPCancelNewest},
	} {
		signed, err := settlement.SignPlace(w.keys[i].Priv, env.Domain, spec, c)
		if err != nil {
			t.Fatal(err)
		}
		w.submit(signed)
	}
	w.waitFor("the spot fill settled", func(e exchange.View) bool { return e.PendingCount() == 0 })

	l, err := bind.Call(desk.VaultI, nil, desk.VaultB.PackLease(big.NewInt(1)), desk.VaultB.UnpackLease)
	if err != nil {
		t.Fatal(err)
	}
	if l.Holder != w.keys[1].Addr || l.Provider != prov || l.Gpus != 1 || l.Hours != hours || l.Id.Cmp(spotID) != 0 {
		t.Fatalf("lease 1 %+v", l)
	}
	notional := int64(hours * price * 100)
	held, err := bind.Call(desk.OracleI, nil, desk.OracleB.PackEscrowHeld(), desk.OracleB.UnpackEscrowHeld)
	if err != nil {
		t.Fatal(err)
	}
	coin, err := env.CoinBalance(desk.Oracle)
	if err != nil {
		t.Fatal(err)
	}
	if held.Int64() != notional || coin.Int64() != notional {
		t.Fatalf("escrowHeld %s, the oracle holds %s; want %d", held, coin, notional)
	}
	// The engine's cash is the chain's, for both sides; the buyer paid
	// notional + its taker fee, the seller got nothing yet.
	for i, k := range w.keys {
		chain, err := env.Balance(k.Addr, big.NewInt(0))
		if err != nil {
			t.Fatal(err)
		}
		var avail, hold int64
		w.query(func(e exchange.View) { avail, hold = e.Balance(ids[i], cash) })
		if chain.Int64() != avail+hold {
			t.Fatalf("trader %d: cash %d on chain, %d+%d in the engine", i, chain, avail, hold)
		}
	}
	if b, _ := env.Balance(w.keys[1].Addr, big.NewInt(0)); b.Int64() != cashEach-notional-notional*5/10_000 {
		t.Fatalf("the buyer's cash %s", b)
	}
	// The provider's capacity: 7 free GPUs for the next 4 hours, one lot
	// of which its resting sell holds.
	w.waitFor("the lease booked", func(e exchange.View) bool {
		avail, hold := e.Balance(ids[0], 2)
		return avail == 6*hours && hold == hours
	})
	w.halt()
}
