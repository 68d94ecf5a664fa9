package gasbench

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
)

// SpotDesk is a ProviderVault (over a GPUHourToken of its own: the
// token's minter is fixed at construction) and a DeliveryOracle on the
// Env's stablecoin, wired for spot fills as contracts/deploy wires them:
// the oracle holds the vault's SETTLER_ROLE and SPOT_ROLE, the Exchange
// the oracle's EXCHANGE_ROLE, and the oracle is the Exchange's spotDesk.
// Admin is the vault's admin and registrar and the oracle's admin and
// guardian.
type SpotDesk struct {
	Vault, Token, Oracle    common.Address
	VaultB                  *bindings.ProviderVault
	TokenB                  *bindings.GPUHourToken
	OracleB                 *bindings.DeliveryOracle
	VaultI, TokenI, OracleI *bind.BoundContract
	// Reporters are the oracle's reporter keys (threshold: a majority).
	Reporters []*ecdsa.PrivateKey
}

// DeploySpotDesk deploys and wires a SpotDesk with `reporters` reporter
// keys (ReporterKeys), threshold reporters/2+1, and challenge window
// `window` seconds.
func (e *Env) DeploySpotDesk(reporters int, window uint64) (*SpotDesk, error) {
	d := &SpotDesk{VaultB: bindings.NewProviderVault(), TokenB: bindings.NewGPUHourToken(), OracleB: bindings.NewDeliveryOracle(),
		Reporters: ReporterKeys(reporters)}
	c := e.Chain
	nonce, err := c.Client.PendingNonceAt(context.Background(), e.Addr(Admin))
	if err != nil {
		return nil, err
	}
	vaultAt := crypto.CreateAddress(e.Addr(Admin), nonce+1) // the token at nonce, the vault next
	if d.Token, _, err = c.Deploy(Admin, &bindings.GPUHourTokenMetaData, d.TokenB.PackConstructor(vaultAt)); err != nil {
		return nil, fmt.Errorf("deploy token: %w", err)
	}
	if d.Vault, _, err = c.Deploy(Admin, &bindings.ProviderVaultMetaData, d.VaultB.PackConstructor(e.Addr(Admin), e.Addr(Admin), e.Coin, d.Token)); err != nil {
		return nil, fmt.Errorf("deploy vault: %w", err)
	}
	threshold := int64(0)
	if reporters > 0 {
		threshold = int64(reporters/2 + 1)
	}
	if d.Oracle, _, err = c.Deploy(Admin, &bindings.DeliveryOracleMetaData, d.OracleB.PackConstructor(
		d.Vault, e.Addr(Admin), e.Addr(Admin), Addresses(d.Reporters), big.NewInt(threshold), window)); err != nil {
		return nil, fmt.Errorf("deploy oracle: %w", err)
	}
	d.VaultI = d.VaultB.Instance(c.Client, d.Vault)
	d.TokenI = d.TokenB.Instance(c.Client, d.Token)
	d.OracleI = d.OracleB.Instance(c.Client, d.Oracle)
	for _, s := range []call{
		{d.VaultI, d.VaultB.PackGrantRole(crypto.Keccak256Hash([]byte("SETTLER_ROLE")), d.Oracle)},
		{d.VaultI, d.VaultB.PackGrantRole(crypto.Keccak256Hash([]byte("SPOT_ROLE")), d.Oracle)},
		{d.OracleI, d.OracleB.PackGrantRole(crypto.Keccak256Hash([]byte("EXCHANGE_ROLE")), e.Exchange)},
		{e.ExchangeI, e.ExB.PackSetSpotDesk(d.Oracle)},
	} {
		if _, err := e.Send(Admin, s.inst, s.data); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// AddProvider makes funded account i a provider of the desk's vault: an
// approved node of `gpus` GPUs of reservation grade `grade` whose agent
// key is nodeKey, and `collateral` stablecoin deposited (minted to it
// first).
func (d *SpotDesk) AddProvider(e *Env, i int, grade *big.Int, gpus uint32, nodeKey common.Address, collateral *big.Int) error {
	var node [32]byte
	copy(node[:], nodeKey[:])
	for _, s := range []struct {
		from int
		c    call
	}{
		{i, call{d.VaultI, d.VaultB.PackProposeNode(node, grade, gpus, nodeKey)}},
		{Admin, call{d.VaultI, d.VaultB.PackApproveNode(e.Addr(i), node)}},
		{Admin, call{e.CoinI, e.CoinB.PackMint(e.Addr(i), collateral)}},
		{i, call{e.CoinI, e.CoinB.PackApprove(d.Vault, maxUint256)}},
		{i, call{d.VaultI, d.VaultB.PackDepositCollateral(collateral)}},
	} {
		if _, err := e.Send(s.from, s.c.inst, s.c.data); err != nil {
			return err
		}
	}
	return nil
}

// SpotID is the spot instrument of H100 SXM, US, tier 1 with lease length
// `hours`.
func SpotID(hours uint16) *big.Int {
	in, err := instrument.NewSpot(0x2330, instrument.SXM, instrument.RegionUS, 1, hours)
	if err != nil {
		return nil
	}
	id, err := in.Encode()
	if err != nil {
		return nil
	}
	return id.Big()
}

// ReservationGrade is an instrument's reservation grade: the id with the
// window fields and the kind byte (bits 0..55) zeroed
// (InstrumentId.reservationGrade).
func ReservationGrade(id *big.Int) *big.Int { return new(big.Int).AndNot(id, big.NewInt(1<<56-1)) }

// Spot bench figures: a 4-hour lease at 2.50 USDC per GPU-hour, collateral
// at 1 USDC per GPU-hour.
const (
	spotHours = 4
	spotRate  = 1_000_000
)

// MeasureSpot measures spot fills on a chain of its own with a SpotDesk:
//
//   - gas_per_fill_spot_batch100: ten providers, each with one sell order
//     of 1 GPU x 4 hours per lot filled by ten buyers (one lot each), in
//     one batch: 100 fills, each a new lease (the beside figure:
//     gas_per_fill_batch100, the same shape in a reservation).
//   - gas_per_fill_spot_batch1_168h: one fill of a 168-hour lease (the
//     longest) by a provider with no lease yet: every ledger word new.
//   - gas_oracle_settle_spot_lease: the first settlement of a spot lease
//     of that batch (3 of 4 GPU-hours delivered) with a proof of three
//     hashes: escrow to the provider and the holder, the penalty from the
//     collateral, the rest freed.
func MeasureSpot() ([]Figure, error) {
	const providers, buyersEach = 10, 10
	e, err := NewEnv(FirstTrader+providers+1, time.Hour)
	if err != nil {
		return nil, err
	}
	defer e.Close()
	d, err := e.DeploySpotDesk(5, 600)
	if err != nil {
		return nil, err
	}
	id, long := SpotID(spotHours), SpotID(instrument.MaxSpotHours)
	grade := ReservationGrade(id)
	if _, err := e.Send(Admin, d.VaultI, d.VaultB.PackSetCollateralPerGpuHour(grade, big.NewInt(spotRate))); err != nil {
		return nil, err
	}
	if _, err := e.Send(Admin, d.OracleI, d.OracleB.PackSetPenalty(grade, big.NewInt(500_000))); err != nil {
		return nil, err
	}
	for p := range providers + 1 {
		key := common.BigToAddress(big.NewInt(int64(0xb0000 + p)))
		if err := d.AddProvider(e, FirstTrader+p, grade, 16, key, big.NewInt(1_000_000_000)); err != nil {
			return nil, fmt.Errorf("provider %d: %w", p, err)
		}
	}
	buyers := e.NewKeys(providers * buyersEach)
	var addrs []common.Address
	for _, k := range buyers {
		addrs = append(addrs, k.Addr)
	}
	if err := e.FundCash(addrs, big.NewInt(1_000_000_000)); err != nil {
		return nil, err
	}
	// Spot leases start in the chain's current hour: move it to the start
	// of one of the vault's 16-hour ledger words, so that the figures do
	// not depend on the hour of the run.
	now, err := e.Now()
	if err != nil {
		return nil, err
	}
	if err := e.advanceTo((now/(16*3600) + 1) * 16 * 3600); err != nil {
		return nil, err
	}
	if now, err = e.Now(); err != nil {
		return nil, err
	}
	expiry := now + 86_400
	// A warm-up fill, as the reservation shapes have one: the fee
	// recipient's balance and the desk's escrow exist in steady state.
	warm := []eip712.SignedOrder{}
	for i, s := range []OrderSpec{
		{Market: id, Side: eip712.Sell, Price: benchMakerPrice, Amount: spotHours, MaxFeeBps: benchMaxFee, Expiry: expiry, Salt: salt(1 << 20)},
		{Market: id, Side: eip712.Buy, Price: benchTakerLimit, Amount: spotHours, MaxFeeBps: benchMaxFee, Expiry: expiry, Salt: salt(1<<20 + 1)},
	} {
		k := e.FundedKey(FirstTrader + providers)
		if i == 1 {
			k = buyers[0]
			s.Nonce = 1
		}
		o, err := e.Signed(k, s)
		if err != nil {
			return nil, err
		}
		warm = append(warm, o)
	}
	if _, err := e.settleAll(warm, []eip712.Fill{{Taker: 1, Maker: 0, Qty: big.NewInt(spotHours), TakerFeeBps: benchTakerFee}}); err != nil {
		return nil, fmt.Errorf("warm-up: %w", err)
	}

	var orders []eip712.SignedOrder
	for p := range providers {
		o, err := e.Signed(e.FundedKey(FirstTrader+p), OrderSpec{Market: id, Side: eip712.Sell, Price: benchMakerPrice,
			Amount: buyersEach * spotHours, MaxFeeBps: benchMaxFee, Expiry: expiry, Salt: salt(p)})
		if err != nil {
			return nil, err
		}
		orders = append(orders, o)
	}
	var fills []eip712.Fill
	for i, k := range buyers {
		o, err := e.Signed(k, OrderSpec{Market: id, Side: eip712.Buy, Price: benchTakerLimit, Amount: spotHours,
			MaxFeeBps: benchMaxFee, Expiry: expiry, Salt: salt(providers + i)})
		if err != nil {
			return nil, err
		}
		orders = append(orders, o)
		fills = append(fills, eip712.Fill{Taker: uint16(providers + i), Maker: uint16(i / buyersEach), Qty: big.NewInt(spotHours),
			TakerFeeBps: benchTakerFee})
	}
	res, err := e.settleAll(orders, fills)
	if err != nil {
		return nil, err
	}
	figs := []Figure{{"gas_per_fill_spot_batch100", res.Receipt.GasUsed / uint64(len(fills))}}

	// The longest lease, from the provider with no lease yet.
	var one []eip712.SignedOrder
	for i, s := range []OrderSpec{
		{Market: long, Side: eip712.Sell, Price: benchMakerPrice, Amount: instrument.MaxSpotHours, MaxFeeBps: benchMaxFee, Expiry: expiry, Salt: salt(1 << 21), Nonce: 1},
		{Market: long, Side: eip712.Buy, Price: benchTakerLimit, Amount: instrument.MaxSpotHours, MaxFeeBps: benchMaxFee, Expiry: expiry, Salt: salt(1<<21 + 1), Nonce: 1},
	} {
		k := e.FundedKey(FirstTrader + providers)
		if i == 1 {
			k = buyers[1]
		}
		o, err := e.Signed(k, s)
		if err != nil {
			return nil, err
		}
		one = append(one, o)
	}
	// Provider FirstTrader+providers leased in the warm-up: its ledger
	// words of the next 168 hours are mostly new still; a fresh provider
	// would be the same but for one word.
	res, err = e.settleAll(one, []eip712.Fill{{Taker: 1, Maker: 0, Qty: big.NewInt(instrument.MaxSpotHours), TakerFeeBps: benchTakerFee}})
	if err != nil {
		return nil, fmt.Errorf("168-hour fill: %w", err)
	}
	figs = append(figs, Figure{"gas_per_fill_spot_batch1_168h", res.Receipt.GasUsed})

	// Settle lease 2 (the batch's first) at its end: 3 GPU-hours
	// delivered, 1 not.
	l, err := bind.Call(d.VaultI, nil, d.VaultB.PackLease(big.NewInt(2)), d.VaultB.UnpackLease)
	if err != nil {
		return nil, err
	}
	last := uint64(l.StartHour) + spotHours - 1
	if err := e.advanceTo((last + 1) * 3600); err != nil {
		return nil, err
	}
	leaves := []common.Hash{OracleLeaf(big.NewInt(2), 3, 1, 1<<6)}
	for i := range 7 {
		leaves = append(leaves, OracleLeaf(big.NewInt(3+int64(i)), 4, 0, 0))
	}
	root, proofs := MerkleProofs(leaves)
	sigs, err := SignReport(d.Reporters[:3], ReportDigest(e.Chain.ChainID, d.Oracle, last, root))
	if err != nil {
		return nil, err
	}
	if _, err := e.Send(Operator, d.OracleI, d.OracleB.PackPostReport(last, root, sigs)); err != nil {
		return nil, fmt.Errorf("postReport: %w", err)
	}
	if err := e.AdvanceTime(601 * time.Second); err != nil {
		return nil, err
	}
	r, err := e.Send(Operator, d.OracleI, d.OracleB.PackSettleLease(big.NewInt(2), big.NewInt(3), big.NewInt(1), big.NewInt(1<<6), last, proofs[0]))
	if err != nil {
		return nil, fmt.Errorf("settleLease: %w", err)
	}
	return append(figs, Figure{"gas_oracle_settle_spot_lease", r.GasUsed}), nil
}

// settleAll settles a batch and fails unless every fill settled.
func (e *Env) settleAll(orders []eip712.SignedOrder, fills []eip712.Fill) (Result, error) {
	res, err := e.Settle(orders, fills)
	if err != nil {
		return res, err
	}
	if len(res.Settled) != len(fills) {
		return res, fmt.Errorf("gasbench: %d of %d fills settled (skipped: %+v)", len(res.Settled), len(fills), res.Skipped)
	}
	return res, nil
}
