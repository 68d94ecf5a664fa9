package gasbench

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
)

// Accounts of MeasureDelivery (on a chain of its own).
const (
	deliveryProvider = FirstTrader // providers are this and the next two
	deliveryHolder   = FirstTrader + 3
	deliveryNodeKey  = FirstTrader + 4 // the first provider's node key, an account of its own
	deliveryAccounts = FirstTrader + 5
)

// MeasureDelivery measures redemption, each lease transition, expiry and
// the mark-price feed on a chain of its own: a ProviderVault over a token
// that names it, three providers with an approved 8-GPU node each and
// collateral at 1 USDC per GPU-hour, and a holder that bought their tokens.
// Figures (whole-transaction gas):
//
//   - gas_redeem_one_provider: 4 GPUs x 10 hours that the oldest minter
//     holds whole (its second lease; the ledger word of those hours new).
//   - gas_redeem_split3: 6 GPUs x 10 hours of another window that splits 2,
//     2, 2 across the three providers (each has 20 GPU-hours).
//   - gas_lease_provisioning, gas_lease_running: by the node's key.
//   - gas_lease_close_completed (provider side, at the end),
//     gas_lease_close_holder_stopped, gas_lease_close_never_started (by a
//     third party, 30 minutes after the start).
//   - gas_expire: a provider's unredeemed GPU-hours after the close.
//   - gas_mark_post (a later round) and gas_mark_settle.
//   - gas_wrapper_create: GPUHourWrapperFactory.create of a reservation id;
//     gas_wrap_first (the holder's first units), gas_wrap (a later one):
//     safeTransferFrom of 10 tokens to the wrapper; gas_unwrap: 5 of 20.
//   - gas_oracle_post_report_3of5, gas_oracle_post_report_7of10: a
//     DeliveryOracle report (not the first) with 3 signatures of 5
//     reporters, then 7 of 10.
//   - gas_oracle_settle_lease: the first settlement of lease 2 (4 GPUs x 10
//     hours, 30 GPU-hours delivered and 10 not) with a proof of three
//     hashes: it detaches the lease from the position, reads the settled
//     feed, frees collateral and pays the holder.
func MeasureDelivery() ([]Figure, error) {
	e, err := NewEnv(deliveryAccounts, time.Hour)
	if err != nil {
		return nil, err
	}
	defer e.Close()
	var figs []Figure
	var ferr error
	do := func(from int, inst *bind.BoundContract, data []byte) uint64 {
		if ferr != nil {
			return 0
		}
		r, err := e.Send(from, inst, data)
		if err != nil {
			ferr = err
			return 0
		}
		return r.GasUsed
	}
	measure := func(key string, from int, inst *bind.BoundContract, data []byte) {
		if g := do(from, inst, data); ferr == nil {
			figs = append(figs, Figure{key, g})
		} else if ferr != nil {
			ferr = fmt.Errorf("%s: %w", key, ferr)
		}
	}

	vb := bindings.NewProviderVault()
	tb := bindings.NewGPUHourToken()
	nonce, err := e.Chain.Client.PendingNonceAt(context.Background(), e.Addr(Admin))
	if err != nil {
		return nil, err
	}
	vaultAt := crypto.CreateAddress(e.Addr(Admin), nonce+1)
	token, _, err := e.Chain.Deploy(Admin, &bindings.GPUHourTokenMetaData, tb.PackConstructor(vaultAt))
	if err != nil {
		return nil, fmt.Errorf("deploy token: %w", err)
	}
	vault, _, err := e.Chain.Deploy(Admin, &bindings.ProviderVaultMetaData, vb.PackConstructor(e.Addr(Admin), e.Addr(Admin), e.Coin, token))
	if err != nil {
		return nil, fmt.Errorf("deploy vault: %w", err)
	}
	vi, ti := vb.Instance(e.Chain.Client, vault), tb.Instance(e.Chain.Client, token)
	now, err := e.Now()
	if err != nil {
		return nil, err
	}
	// The window starts at a whole day on a 48-hour boundary since the
	// epoch, so that its hours fall at the same place in the vault's
	// 16-hour ledger words whatever the day of the run: the figures do not
	// move with the date (with a 24-hour boundary they took one of two
	// values by the day's parity).
	start := time.Unix(int64(now)/ledgerAlign*ledgerAlign, 0).UTC().Add(72 * time.Hour)
	id, id2 := reservationID(start, 48), reservationID(start.Add(48*time.Hour), 48)
	if id == nil || id2 == nil {
		return nil, fmt.Errorf("instrument ids")
	}
	grade := new(big.Int).AndNot(id, big.NewInt(1<<48-1))
	startHour := uint32(start.Unix() / 3600)
	do(Admin, vi, vb.PackSetCollateralPerGpuHour(grade, big.NewInt(1_000_000)))
	for k := range 3 {
		p := deliveryProvider + k
		var node [32]byte
		copy(node[:], fmt.Sprint("gasbench-node-", k))
		key := common.BigToAddress(big.NewInt(int64(0xa0000 + k)))
		if k == 0 {
			key = e.Addr(deliveryNodeKey)
		}
		do(p, vi, vb.PackProposeNode(node, grade, 8, key))
		do(Admin, vi, vb.PackApproveNode(e.Addr(p), node))
		do(Admin, e.CoinI, e.CoinB.PackMint(e.Addr(p), big.NewInt(1_000_000_000)))
		do(p, e.CoinI, e.CoinB.PackApprove(vault, maxUint256))
		do(p, vi, vb.PackDepositCollateral(big.NewInt(1_000_000_000)))
		amount := int64(20)
		if k == 0 {
			amount = 100
			do(p, vi, vb.PackMint(id, big.NewInt(amount)))
			do(p, ti, tb.PackSafeTransferFrom(e.Addr(p), e.Addr(deliveryHolder), id, big.NewInt(amount), nil))
		}
		do(p, vi, vb.PackMint(id2, big.NewInt(20)))
		do(p, ti, tb.PackSafeTransferFrom(e.Addr(p), e.Addr(deliveryHolder), id2, big.NewInt(20), nil))
	}
	h := deliveryHolder
	do(h, ti, tb.PackSetApprovalForAll(vault, true))
	do(h, vi, vb.PackRedeem(id, 1, 1, startHour, [32]byte{1}))                                     // lease 1: the warm-up
	measure("gas_redeem_one_provider", h, vi, vb.PackRedeem(id, 4, 10, startHour+16, [32]byte{2})) // lease 2
	measure("gas_redeem_split3", h, vi, vb.PackRedeem(id2, 6, 10, startHour+48, [32]byte{3}))      // leases 3..5
	do(h, vi, vb.PackRedeem(id, 1, 1, startHour+1, [32]byte{4}))                                   // lease 6
	do(h, vi, vb.PackRedeem(id, 1, 1, startHour, [32]byte{5}))                                     // lease 7
	measure("gas_lease_provisioning", deliveryNodeKey, vi, vb.PackMarkProvisioning(big.NewInt(2)))
	measure("gas_lease_close_holder_stopped", h, vi, vb.PackCloseLease(big.NewInt(6), 2))

	fb := bindings.NewMarkPriceFeed()
	feed, _, err := e.Chain.Deploy(Admin, &bindings.MarkPriceFeedMetaData, fb.PackConstructor(id, e.Addr(Admin), e.Addr(Operator)))
	if err != nil {
		return nil, fmt.Errorf("deploy feed: %w", err)
	}
	fi := fb.Instance(e.Chain.Client, feed)
	do(Operator, fi, fb.PackPostMark(big.NewInt(250_000_000)))
	measure("gas_mark_post", Operator, fi, fb.PackPostMark(big.NewInt(251_000_000)))

	// DeFi: the wrapper of id (the holder has 57 tokens left).
	wfb := bindings.NewGPUHourWrapperFactory()
	factory, _, err := e.Chain.Deploy(Admin, &bindings.GPUHourWrapperFactoryMetaData, wfb.PackConstructor(token))
	if err != nil {
		return nil, fmt.Errorf("deploy wrapper factory: %w", err)
	}
	wfi := wfb.Instance(e.Chain.Client, factory)
	measure("gas_wrapper_create", h, wfi, wfb.PackCreate(id))
	wrapper, err := bind.Call(wfi, nil, wfb.PackWrapperOf(id), wfb.UnpackWrapperOf)
	if err != nil {
		return nil, fmt.Errorf("wrapperOf: %w", err)
	}
	wb := bindings.NewWrappedGPUHour()
	wi := wb.Instance(e.Chain.Client, wrapper)
	measure("gas_wrap_first", h, ti, tb.PackSafeTransferFrom(e.Addr(h), wrapper, id, big.NewInt(10), nil))
	measure("gas_wrap", h, ti, tb.PackSafeTransferFrom(e.Addr(h), wrapper, id, big.NewInt(10), nil))
	measure("gas_unwrap", h, wi, wb.PackUnwrap(big.NewInt(5), e.Addr(h)))

	// The close (start - 2 h), then 30 minutes after the start, then lease
	// 2's start (hour 16) and end (hour 26).
	if ferr == nil {
		ferr = e.advanceTo(uint64(start.Unix()) - 7200)
	}
	measure("gas_mark_settle", Operator, fi, fb.PackSettle())
	measure("gas_expire", h, vi, vb.PackExpire(e.Addr(deliveryProvider), id))
	if ferr == nil {
		ferr = e.advanceTo(uint64(start.Unix()) + 1800)
	}
	measure("gas_lease_close_never_started", h, vi, vb.PackCloseLease(big.NewInt(7), 8))
	if ferr == nil {
		ferr = e.advanceTo(uint64(startHour+16) * 3600)
	}
	measure("gas_lease_running", deliveryNodeKey, vi, vb.PackMarkRunning(big.NewInt(2)))
	if ferr == nil {
		ferr = e.advanceTo(uint64(startHour+26) * 3600)
	}
	measure("gas_lease_close_completed", deliveryNodeKey, vi, vb.PackCloseLease(big.NewInt(2), 1))
	if ferr != nil {
		return nil, ferr
	}
	ofigs, err := e.measureOracle(vault, feed, id, 2, 40, uint64(startHour+25))
	if err != nil {
		return nil, fmt.Errorf("oracle: %w", err)
	}
	return append(figs, ofigs...), nil
}

// ledgerAlign (48 hours, in seconds) is a whole number of days and of the
// vault's 16-hour ledger words: workloads start on it.
const ledgerAlign = 48 * 3600

// advanceTo moves the chain's latest block time to at least t.
func (e *Env) advanceTo(t uint64) error {
	now, err := e.Now()
	if err != nil {
		return err
	}
	if now >= t {
		return nil
	}
	return e.AdvanceTime(time.Duration(t-now) * time.Second)
}

func reservationID(start time.Time, hours uint16) *big.Int {
	in, err := instrument.NewReservation(0x2330, instrument.SXM, instrument.RegionUS, 1, start, hours)
	if err != nil {
		return nil
	}
	id, err := in.Encode()
	if err != nil {
		return nil
	}
	return id.Big()
}
