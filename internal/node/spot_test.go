package node_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/shopspring/decimal"

	"github.com/hourglass-exchange/hourglass/api/client"
	"github.com/hourglass-exchange/hourglass/api/wallet"
	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/internal/node"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
	"github.com/hourglass-exchange/hourglass/oracle/judge"
	"github.com/hourglass-exchange/hourglass/redeemer/service"
	"github.com/hourglass-exchange/hourglass/sim"
)

// spotRun is an operator with the demo's provider node, a spot market of
// the node's grade for leases of Hours hours, the provider signed in as
// the seller and the demo user's wallet as the buyer, its cash deposited.
type spotRun struct {
	*oracleRun
	pkey     *ecdsa.PrivateKey // the demo provider
	provider common.Address
	pc       *client.Client // the provider's connection
	bc       *client.Client // the buyer's
	hours    int64
}

// startSpotRun starts the operator with cfg and a spot market of hours-
// hour leases added to the demo's markets.
func startSpotRun(t *testing.T, ctx context.Context, cfg node.Config, hours uint16) *spotRun {
	t.Helper()
	r := &spotRun{pkey: node.DemoProviderKey(), hours: int64(hours)}
	r.provider = crypto.PubkeyToAddress(r.pkey.PublicKey)
	sp, err := instrument.NewSpot(instrument.GPUH100SXM, instrument.SXM, instrument.RegionUS, 1, hours)
	if err != nil {
		t.Fatal(err)
	}
	id, _ := sp.Encode()
	r.oracleRun = startOracle(t, cfg, nil, func(cfg node.Config) *leaseRun {
		lr := startDemoRun(t, ctx, cfg, func(cfg *node.Config, w *sim.World) {
			if w.Spot.ID != id {
				spec := cfg.Markets[len(cfg.Markets)-1] // the demo's spot market: its parameters
				spec.Instrument, spec.Symbol, spec.LotSize = id, sp.Symbol(), int64(hours)
				spec.BaseAsset = exchange.AssetID(len(cfg.Markets) + 1)
				cfg.Markets = append(cfg.Markets, spec)
			}
		}, func(ms []client.Market) (client.Market, bool) {
			for _, m := range ms {
				if m.Symbol == sp.Symbol() {
					return m, true
				}
			}
			return client.Market{}, false
		})
		lr.id, lr.inst = id, sp
		lr.bkey = node.UserKey()
		lr.buyer = crypto.PubkeyToAddress(lr.bkey.PublicKey)
		lr.dom = service.Domain{ChainID: lr.in.ChainID, Vault: lr.in.Contracts.Vault}
		return lr
	})
	chainInfo, err := (&client.REST{BaseURL: r.gw}).Chain(ctx)
	if err != nil {
		t.Fatal(err)
	}
	r.bw = wallet.New(r.eth, r.bkey, wallet.Contracts{ChainID: r.in.ChainID, Exchange: chainInfo.Exchange,
		Stablecoin: chainInfo.Stablecoin, Token: chainInfo.Token, Confirmations: chainInfo.Confirmations})
	r.bw.Poll = 20 * time.Millisecond
	r.bc, r.bs = r.login(r.bkey)
	r.pc, _ = r.login(r.pkey)
	cash := big.NewInt(10_000 * 1_000_000)
	if _, err := r.bw.DepositCash(ctx, cash); err != nil {
		t.Fatal(err)
	}
	waitBalances(t, r.bc, map[string]string{"USDC": decimal.New(cash.Int64(), -int32(r.mkt.AssetDecimals.Quote)).String()})
	return r
}

// lots is n lots of the spot market as a size string.
func (r *spotRun) lots(n int64) string { return decimal.NewFromInt(n * r.hours).String() }

// standSpec stands the buyer's job spec for the market, running script.
func (r *spotRun) standSpec(script string) {
	r.t.Helper()
	js := service.JobSpec{Holder: r.buyer, Instrument: r.id, Hours: uint16(r.hours), Command: []string{"sh", "-c", script}}
	sig, err := service.SignSpec(js, r.dom, r.bkey)
	if err != nil {
		r.t.Fatal(err)
	}
	raw, _ := json.Marshal(js)
	if _, err := r.bc.REST().SetSpotSpec(r.ctx, r.mkt.Symbol, raw, sig); err != nil {
		r.t.Fatal(err)
	}
}

// escrow is what the DeliveryOracle holds in escrow for spot leases.
func (r *spotRun) escrow() *big.Int {
	ob := bindings.NewDeliveryOracle()
	e, err := ob.UnpackEscrowHeld(r.call(r.in.Contracts.Oracle, ob.PackEscrowHeld()))
	if err != nil {
		r.t.Fatal(err)
	}
	return e
}

// exchangeCash is the buyer's cash in the Exchange.
func (r *spotRun) exchangeCash() *big.Int {
	v, err := r.bw.ExchangeBalance(r.ctx, new(big.Int))
	if err != nil {
		r.t.Fatal(err)
	}
	return v
}

// TestSpotLeaseEndToEnd is a spot market on the embedded chain, as the
// demo runs it: the demo provider quotes idle GPUs of its node's grade on
// the grade's 3-hour spot market (backed by its registered capacity and
// collateral, no token); the demo user stands a job spec for the market
// and buys one lot (one GPU for three hours) with an IOC order. The fill
// settles: the buyer's cash goes into escrow at the DeliveryOracle and a
// lease is assigned to the provider at once, starting in the current
// hour; the provider's agent starts the job from the standing spec; its
// output comes back through the gateway. The reporters judge the first
// hour delivered; in the second an XID 79 on the lease's GPU closes it
// gpu_fault, so the second and third hours are undelivered. When the
// reports are final the lease settles from its proof: the escrow pays the
// provider the price of the delivered GPU-hour and refunds the holder the
// price of the two undelivered ones, plus the grade's penalty for each
// from the provider's collateral.
func TestSpotLeaseEndToEnd(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	penalty := big.NewInt(250_000) // 0.25 USDC per undelivered GPU-hour
	r := startSpotRun(t, ctx, node.Config{Penalty: penalty}, 3)
	// The quorum judges from the first whole hour after the operator
	// started: trade a minute into it.
	r.at(judge.EpochStart(judge.EpochOf(r.oclk.Now()) + 1).Add(time.Minute))

	// The provider offers two lots; a third on top of capacity the engine
	// tracks from the vault's events would be refused (not this node: it
	// has thousands of GPUs registered; TestSpotCapacityVanishes and the
	// engine's tests cover it).
	if ack, err := r.pc.PlaceOrder(ctx, client.OrderParams{Market: r.mkt.Symbol, Side: "sell", Price: "1.95", Size: r.lots(2),
		ClientOrderID: 1}); err != nil || ack.Status != "open" {
		t.Fatalf("the provider's offer: %+v, %v", ack, err)
	}
	r.standSpec(`echo "hello from spot"; exec sleep 86400`)
	cashBefore, provBefore, holderBefore := r.exchangeCash(), r.erc20(r.provider), r.erc20(r.buyer)
	if ack, err := r.bc.PlaceOrder(ctx, client.OrderParams{Market: r.mkt.Symbol, Side: "buy", Price: "1.95", Size: r.lots(1),
		TIF: "ioc", ClientOrderID: 1}); err != nil || ack.Status != "filled" {
		t.Fatalf("the buyer: %+v, %v", ack, err)
	}
	// The fill settles into a lease of one GPU for three hours from this
	// hour, the provider's, its job running from the standing spec.
	r.leaseID = r.leaseRun.leaseID()
	var err error
	if r.lid, err = parseLeaseID(r.leaseID); err != nil {
		t.Fatal(err)
	}
	l := r.waitLease(r.leaseID, "running on-chain", func(l client.Lease) bool { return l.State == "running" && l.ChainState == "running" })
	if l.GPUs != 1 || l.Hours != 3 || !strings.EqualFold(l.Provider, r.provider.Hex()) || !l.SpecAccepted {
		t.Fatalf("the spot lease: %+v", l)
	}
	r.start = time.Unix(int64(l.StartHour)*3600, 0)
	price := big.NewInt(1_950_000) // 1.95 USDC a GPU-hour
	notional := new(big.Int).Mul(price, big.NewInt(3))
	if e := r.escrow(); e.Cmp(notional) != 0 {
		t.Fatalf("escrow %s, want %s", e, notional)
	}
	fee := new(big.Int).Div(new(big.Int).Mul(notional, big.NewInt(r.mkt.TakerFeeBps)), big.NewInt(10_000))
	if paid := new(big.Int).Sub(cashBefore, r.exchangeCash()); paid.Cmp(new(big.Int).Add(notional, fee)) != 0 {
		t.Fatalf("the buyer paid %s from its Exchange cash, want %s + fee %s", paid, notional, fee)
	}
	// The spot market's mark feed follows its trade, beside the windows'.
	if m := r.waitMark(20 * time.Second); m.Cmp(big.NewInt(195_000_000)) != 0 {
		t.Fatalf("the spot market's mark %s, want 1.95 (8 decimals)", m)
	}
	testsvc.CheckFor(t, 20*time.Second, 50*time.Millisecond, func() error {
		lg, err := r.bc.REST().LeaseLogs(ctx, r.leaseID, client.LogQuery{})
		if err != nil || !strings.Contains(lg.Data, "hello from spot") {
			return fmt.Errorf("the job's output: %+v %v", lg, err)
		}
		return nil
	})

	// The first hour is delivered, and settles as soon as its report is
	// final: the escrow pays the provider for it.
	h1 := judge.EpochOf(r.start)
	r.planned(h1)
	r.driveHour(h1, nil)
	r.settle(h1, 1, 0)
	if got := new(big.Int).Sub(r.erc20(r.provider), provBefore); got.Cmp(price) != 0 || r.escrow().Cmp(new(big.Int).Mul(price, big.NewInt(2))) != 0 {
		t.Fatalf("after the first hour the provider got %s from escrow (want %s), %s left in escrow", got, price, r.escrow())
	}
	// In the second hour the lease's GPU falls off the bus.
	r.at(r.oclk.Now().Add(time.Minute))
	r.in.DemoNVML.XID(r.gpuIndex(), 79)
	l = r.waitLease(r.leaseID, "closed gpu_fault on-chain", func(l client.Lease) bool { return l.State == "closed" && l.ChainState == "closed" })
	if l.Reason != "gpu_fault" {
		t.Fatalf("closed: %+v", l)
	}
	depBefore := r.account().Deposited
	defer func() {
		if t.Failed() {
			for h := h1; h <= h1+2; h++ {
				res, ok := r.hourResult(h)
				t.Logf("hour %d (lease start %d): %+v %v", h, h1, res, ok)
			}
		}
	}()
	st := r.settle(h1+2, 1, 2)
	toProvider := new(big.Int).Sub(r.erc20(r.provider), provBefore)
	toHolder := new(big.Int).Sub(r.erc20(r.buyer), holderBefore)
	fromCollateral := new(big.Int).Sub(depBefore, r.account().Deposited)
	wantPenalty := new(big.Int).Mul(penalty, big.NewInt(2))
	if wantPenalty.Cmp(st.Collateral) > 0 {
		wantPenalty.Set(st.Collateral)
	}
	wantHolder := new(big.Int).Add(new(big.Int).Mul(price, big.NewInt(2)), wantPenalty)
	if toProvider.Cmp(price) != 0 || toHolder.Cmp(wantHolder) != 0 || fromCollateral.Cmp(wantPenalty) != 0 || r.escrow().Sign() != 0 {
		t.Fatalf("the provider got %s (want %s, one GPU-hour), the holder %s (want %s: two GPU-hours and the penalty), the collateral paid %s (want %s); escrow left %s",
			toProvider, price, toHolder, wantHolder, fromCollateral, wantPenalty, r.escrow())
	}
	d := r.lease(r.leaseID).Delivery
	if d == nil || d.DeliveredGPUHours != 1 || d.UndeliveredGPUHours != 2 || len(d.Reasons) != 1 || d.Reasons[0] != "gpu_fault" {
		t.Fatalf("the gateway's delivery %+v", d)
	}
	t.Logf("spot lease %s: 1 GPU-hour delivered (%s to the provider from escrow), 2 undelivered gpu_fault (%s refunded to the holder, %s of it the penalty from collateral)",
		r.leaseID, toProvider, toHolder, fromCollateral)
}

// TestSpotCapacityVanishes: a seller whose backing is gone on-chain
// between the match and the settlement (it withdrew the collateral its
// lease would lock) gets its fill skipped SPOT_REFUSED, and the buyer's
// funds are released: its Exchange cash is what it was, no lease exists,
// nothing is in escrow.
func TestSpotCapacityVanishes(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	// Batches wait 3 s: the provider's withdrawal lands in between.
	r := startSpotRun(t, ctx, node.Config{BatchDelay: 3 * time.Second}, 3)
	if _, err := r.pc.PlaceOrder(ctx, client.OrderParams{Market: r.mkt.Symbol, Side: "sell", Price: "1.95", Size: r.lots(1),
		ClientOrderID: 1}); err != nil {
		t.Fatal(err)
	}
	cashBefore := r.exchangeCash()
	results := make(chan json.RawMessage, 8)
	if err := r.bc.SubscribePrivate(ctx, "settlement", func(ev *client.Event) {
		if ev.Type == "update" {
			results <- ev.Data
		}
	}); err != nil {
		t.Fatal(err)
	}
	if ack, err := r.bc.PlaceOrder(ctx, client.OrderParams{Market: r.mkt.Symbol, Side: "buy", Price: "1.95", Size: r.lots(1),
		TIF: "ioc", ClientOrderID: 1}); err != nil || ack.Status != "filled" {
		t.Fatalf("the buyer: %+v, %v", ack, err)
	}
	// The provider takes out all its free collateral before the batch.
	vb := bindings.NewProviderVault()
	free, err := vb.UnpackFreeCollateral(r.call(r.in.Contracts.Vault, vb.PackFreeCollateral(r.provider)))
	if err != nil || free.Sign() == 0 {
		t.Fatalf("free collateral %v, %v", free, err)
	}
	poke := newDevSender(ctx, t, r.eth, r.pkey, r.in.ChainID)
	poke.call(r.in.Contracts.Vault, vb.PackWithdrawCollateral(free))
	poke.flush()
	var res struct{ State, Reason, Party string }
	for res.State == "" || res.State == "matched" {
		select {
		case raw := <-results:
			if err := json.Unmarshal(raw, &res); err != nil {
				t.Fatal(err)
			}
		case <-ctx.Done():
			t.Fatal("no settlement result")
		}
	}
	if res.State != "reverted" || res.Reason != "SPOT_REFUSED" || res.Party != "maker" {
		t.Fatalf("the fill's settlement: %+v, want reverted SPOT_REFUSED, the seller's (maker)", res)
	}
	testsvc.CheckFor(t, 10*time.Second, 50*time.Millisecond, func() error {
		fs, err := r.bc.REST().Fills(ctx, client.Page{})
		if err != nil || len(fs) != 1 || fs[0].Settlement != "reverted" {
			return fmt.Errorf("fills %+v, %v", fs, err)
		}
		return nil
	})
	if got := r.exchangeCash(); got.Cmp(cashBefore) != 0 {
		t.Fatalf("the buyer's cash %s, was %s", got, cashBefore)
	}
	if ls, err := r.bc.REST().Leases(ctx); err != nil || len(ls) != 0 {
		t.Fatalf("leases %+v, %v", ls, err)
	}
	if e := r.escrow(); e.Sign() != 0 {
		t.Fatalf("escrow %s", e)
	}
}
