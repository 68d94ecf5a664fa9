package settlement_test

import (
	"context"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/contracts/gasbench"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/exchange/journal"
	"github.com/hourglass-exchange/hourglass/exchange/settlement"
)

// TestPipelineFollowsVault: with Config.Vault set, the ProviderVault's
// NodeApproved, NodeRetired and LeaseAssigned logs on the simulated chain
// with the real contracts become one journaled chain command each, in
// (block, log index) order with the Exchange's logs (here in one block,
// between the Exchange's), and the engine's spot capacity follows them.
func TestPipelineFollowsVault(t *testing.T) {
	w := newWorld(t, 1)
	env, ctx := w.env, context.Background()
	const admin, provider = gasbench.Admin, gasbench.FirstTrader
	send := func(from int, inst *bind.BoundContract, data []byte) *types.Receipt {
		t.Helper()
		r, err := env.Send(from, inst, data)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}

	// A vault over the Env's stablecoin, with its own token.
	vb, tb := bindings.NewProviderVault(), bindings.NewGPUHourToken()
	nonce, err := env.Chain.Client.PendingNonceAt(ctx, env.Addr(admin))
	if err != nil {
		t.Fatal(err)
	}
	token, _, err := env.Chain.Deploy(admin, &bindings.GPUHourTokenMetaData, tb.PackConstructor(crypto.CreateAddress(env.Addr(admin), nonce+1)))
	if err != nil {
		t.Fatal(err)
	}
	if w.vault, _, err = env.Chain.Deploy(admin, &bindings.ProviderVaultMetaData, vb.PackConstructor(env.Addr(admin), env.Addr(admin), env.Coin, token)); err != nil {
		t.Fatal(err)
	}
	vi, ti := vb.Instance(env.Chain.Client, w.vault), tb.Instance(env.Chain.Client, token)

	now, err := env.Now()
	if err != nil {
		t.Fatal(err)
	}
	start := time.Unix(int64(now), 0).UTC().Truncate(24 * time.Hour).Add(72 * time.Hour)
	res, err := instrument.NewReservation(instrument.GPUH100SXM, instrument.SXM, instrument.RegionUS, 1, start, 48)
	if err != nil {
		t.Fatal(err)
	}
	resID, _ := res.Encode()
	spot, err := instrument.NewSpot(instrument.GPUH100SXM, instrument.SXM, instrument.RegionUS, 1, 168)
	if err != nil {
		t.Fatal(err)
	}
	spotID, _ := spot.Encode()
	grade := resID.GradeKey().Big()
	prov := env.Addr(provider)
	nodes := [2][32]byte{{1}, {2}}
	send(admin, vi, vb.PackSetCollateralPerGpuHour(grade, big.NewInt(1_000_000)))
	if err := env.MintCoin(prov, big.NewInt(1_000_000_000)); err != nil {
		t.Fatal(err)
	}
	send(provider, env.CoinI, env.CoinB.PackApprove(w.vault, new(big.Int).Lsh(big.NewInt(1), 255)))
	send(provider, vi, vb.PackDepositCollateral(big.NewInt(1_000_000_000)))
	send(provider, vi, vb.PackProposeNode(nodes[0], grade, 8, common.Address{0xa1}))
	send(provider, vi, vb.PackProposeNode(nodes[1], grade, 4, common.Address{0xa2}))

	w.start(true)
	spec := exchange.MarketSpec{Instrument: spotID, Symbol: spot.Symbol(), BaseAsset: 2, QuoteAsset: cash,
		TickSize: 100, LotSize: 168, MaxPrice: 1 << 20, MaxQty: 1000, MakerFeeBps: 2, TakerFeeBps: 5}
	if evs := w.submit(exchange.Command{Kind: exchange.CmdAddMarket, Spec: &spec}); evs[0].Kind != exchange.EvMarketAdded {
		t.Fatalf("spot market: %+v", evs)
	}
	ids := w.funded()
	capacity := func(want int64) {
		t.Helper()
		w.waitFor("the provider's capacity", func(e exchange.View) bool {
			avail, held := e.Balance(ids[0], 2)
			return avail+held == want
		})
	}

	// One block: an Exchange log, a vault log, an Exchange log, a vault log.
	w.mining(false)
	var txs []*types.Transaction
	nonces := map[int]uint64{}
	for _, s := range []struct {
		from int
		inst *bind.BoundContract
		data []byte
	}{
		{provider, env.ExchangeI, env.ExB.PackCancelBelow(5)},
		{admin, vi, vb.PackApproveNode(prov, nodes[0])},
		{provider, env.ExchangeI, env.ExB.PackCancelBelow(9)},
		{admin, vi, vb.PackApproveNode(prov, nodes[1])},
	} {
		// Nonces counted here: the pool's pending nonce may not have seen
		// the same sender's transaction just sent (replacement underpriced).
		if _, ok := nonces[s.from]; !ok {
			n, err := env.Chain.Client.PendingNonceAt(ctx, env.Addr(s.from))
			if err != nil {
				t.Fatal(err)
			}
			nonces[s.from] = n
		}
		opts := env.Chain.Opts(s.from)
		opts.Nonce = new(big.Int).SetUint64(nonces[s.from])
		nonces[s.from]++
		tx, err := bind.Transact(s.inst, opts, s.data)
		if err != nil {
			t.Fatal(err)
		}
		txs = append(txs, tx)
	}
	w.commit()
	w.mining(true)
	var want []uint64 // the vault's logs' positions, in chain order
	block := uint64(0)
	for _, tx := range txs {
		rc, err := env.Receipt(tx)
		if err != nil || rc.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("transaction %s: %v %+v", tx.Hash(), err, rc)
		}
		if block != 0 && rc.BlockNumber.Uint64() != block {
			t.Fatalf("the transactions span blocks %d and %d", block, rc.BlockNumber)
		}
		block = rc.BlockNumber.Uint64()
		want = append(want, vaultPositions(rc, w.vault)...)
	}
	if len(want) != 2 {
		t.Fatalf("%d vault logs in the block, want 2", len(want))
	}
	capacity(12 * 168)
	w.query(func(e exchange.View) {
		if e.NonceBase(ids[0]) != 9 {
			t.Errorf("nonce base %d: the Exchange's logs around the vault's were not both applied", e.NonceBase(ids[0]))
		}
	})

	// A node retired, then a reservation lease of 3 GPUs within the week.
	want = append(want, vaultPositions(send(provider, vi, vb.PackRetireNode(nodes[1])), w.vault)...)
	capacity(8 * 168)
	send(provider, vi, vb.PackMint(resID.Big(), big.NewInt(3*48)))
	send(provider, ti, tb.PackSafeTransferFrom(prov, env.Addr(admin), resID.Big(), big.NewInt(3*48), nil))
	send(admin, ti, tb.PackSetApprovalForAll(w.vault, true))
	rc := send(admin, vi, vb.PackRedeem(resID.Big(), 3, 48, uint32(start.Unix()/3600), [32]byte{7}))
	want = append(want, vaultPositions(rc, w.vault)...)
	capacity(5 * 168)
	w.halt()

	// The journal: the chain commands in rising position, the vault's one
	// per vault log, at its position.
	j, err := journal.Open(w.dir+"/journal", journal.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	var got []uint64
	var kinds []exchange.CommandKind
	last := uint64(0)
	if err := j.Replay(0, func(seq uint64, payload []byte) error {
		var c exchange.Command
		if err := exchange.DecodeCommand(payload, &c); err != nil {
			return err
		}
		if c.Chain == 0 {
			return nil
		}
		if c.Chain <= last {
			t.Errorf("command %d (kind %d) at chain position %x after %x", seq, c.Kind, c.Chain, last)
		}
		last = c.Chain
		if c.Kind == exchange.CmdChainCapacity || c.Kind == exchange.CmdChainLease {
			got = append(got, c.Chain)
			kinds = append(kinds, c.Kind)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, want) {
		t.Fatalf("vault commands at %x, want the vault's logs at %x", got, want)
	}
	if wantKinds := []exchange.CommandKind{exchange.CmdChainCapacity, exchange.CmdChainCapacity, exchange.CmdChainCapacity, exchange.CmdChainLease}; !slices.Equal(kinds, wantKinds) {
		t.Fatalf("vault command kinds %v, want %v", kinds, wantKinds)
	}
}

// vaultPositions returns the chain positions of a receipt's vault logs
// that the engine follows.
func vaultPositions(rc *types.Receipt, vault common.Address) []uint64 {
	var out []uint64
	for _, l := range rc.Logs {
		if l.Address != vault {
			continue
		}
		if d, err := settlement.DecodeVault(*l); err == nil {
			if _, ok := settlement.Command(d, 0); ok {
				out = append(out, exchange.ChainPos(l.BlockNumber, uint32(l.Index)))
			}
		}
	}
	return out
}
