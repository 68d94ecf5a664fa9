// Package gasbench deploys the Exchange with its stablecoin and GPU-hour
// token on the Osaka dev chain (internal/evm/devchain), drives it (funding,
// signing, settling), and measures the gas of the settlement shapes that
// docs/contracts.md reports. The Exchange tests use the same Env.
package gasbench

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/node"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
	"github.com/hourglass-exchange/hourglass/internal/evm/devchain"
)

// Dev-chain accounts with roles; funded accounts from FirstTrader on send
// their own transactions.
const (
	// Admin deploys, owns the stablecoin faucet and the exchange, and is the
	// token's MINTER: this harness measures the Exchange and funds traders
	// by minting directly, standing in for the ProviderVault (which is the
	// minter in a deployment, contracts/deploy).
	Admin        = 0
	Operator     = 1
	Guardian     = 2
	FeeRecipient = 3
	FirstTrader  = 4
)

// SettleGas is the gas limit of settle transactions (EIP-7825 caps a
// transaction at 2^24).
const SettleGas = 16_000_000

// Env is a dev chain with MockStablecoin, GPUHourToken and Exchange.
type Env struct {
	Chain *devchain.Chain

	Coin, Token, Exchange    common.Address
	CoinB                    *bindings.MockStablecoin
	TokenB                   *bindings.GPUHourToken
	ExB                      *bindings.Exchange
	CoinI, TokenI, ExchangeI *bind.BoundContract

	Domain eip712.Domain
	// Market is a valid instrument id (an H100 SXM reservation window).
	Market *big.Int

	batchID uint64
	nextKey int
}

// NewEnv starts a chain with `accounts` funded accounts (at least
// FirstTrader) and deploys the contracts with the given withdrawal delay.
// Options go to the simulated backend (devchain.New).
func NewEnv(accounts int, withdrawalDelay time.Duration, options ...func(*node.Config, *ethconfig.Config)) (*Env, error) {
	if accounts < FirstTrader {
		accounts = FirstTrader
	}
	c := devchain.New(accounts, options...)
	e := &Env{Chain: c, CoinB: bindings.NewMockStablecoin(), TokenB: bindings.NewGPUHourToken(), ExB: bindings.NewExchange(), nextKey: 10_000}
	fail := func(err error) (*Env, error) { _ = c.Close(); return nil, err }
	var err error
	if e.Coin, _, err = c.Deploy(Admin, &bindings.MockStablecoinMetaData, e.CoinB.PackConstructor(c.Addrs[Admin])); err != nil {
		return fail(fmt.Errorf("deploy stablecoin: %w", err))
	}
	if e.Token, _, err = c.Deploy(Admin, &bindings.GPUHourTokenMetaData, e.TokenB.PackConstructor(c.Addrs[Admin])); err != nil {
		return fail(fmt.Errorf("deploy token: %w", err))
	}
	e.Exchange, err = e.DeployExchange(Admin)
	if err != nil {
		return fail(err)
	}
	_ = withdrawalDelay
	e.CoinI = e.CoinB.Instance(c.Client, e.Coin)
	e.TokenI = e.TokenB.Instance(c.Client, e.Token)
	e.ExchangeI = e.ExB.Instance(c.Client, e.Exchange)
	e.Domain = eip712.Domain{ChainID: c.ChainID, VerifyingContract: e.Exchange}
	in, err := instrument.NewReservation(0x2330, instrument.SXM, instrument.RegionUS, 1, time.Date(2099, 1, 5, 0, 0, 0, 0, time.UTC), 168)
	if err != nil {
		return fail(err)
	}
	id, err := in.Encode()
	if err != nil {
		return fail(err)
	}
	e.Market = id.Big()
	steps := []struct {
		inst *bind.BoundContract
		data []byte
	}{
		{e.CoinI, e.CoinB.PackApprove(e.Exchange, maxUint256)},
		{e.TokenI, e.TokenB.PackSetApprovalForAll(e.Exchange, true)},
		{e.ExchangeI, e.ExB.PackSetWithdrawalDelay(uint64(withdrawalDelay / time.Second))},
	}
	for _, s := range steps {
		if _, err := e.Send(Admin, s.inst, s.data); err != nil {
			return fail(err)
		}
	}
	return e, nil
}

var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// DeployExchange deploys another Exchange over the same tokens and roles
// (zero withdrawal delay, no spot desk: DeploySpotDesk sets one).
func (e *Env) DeployExchange(from int) (common.Address, error) {
	c := e.Chain
	addr, _, err := c.Deploy(from, &bindings.ExchangeMetaData, e.ExB.PackConstructor(
		e.Coin, e.Token, c.Addrs[Admin], c.Addrs[Operator], c.Addrs[Guardian], c.Addrs[FeeRecipient], 0, common.Address{}))
	if err != nil {
		return common.Address{}, fmt.Errorf("deploy exchange: %w", err)
	}
	return addr, nil
}

// Close stops the chain.
func (e *Env) Close() error { return e.Chain.Close() }

// Addr is the address of funded account i.
func (e *Env) Addr(i int) common.Address { return e.Chain.Addrs[i] }

// Send sends a transaction from funded account i and mines it; the error
// says so if it reverted.
func (e *Env) Send(i int, inst *bind.BoundContract, data []byte) (*types.Receipt, error) {
	return e.Chain.Mine(bind.Transact(inst, e.Chain.Opts(i), data))
}

// SendNoEstimate sends with a fixed gas limit (no estimate, so a reverting
// transaction is mined as failed) and does not mine.
func (e *Env) SendNoEstimate(i int, inst *bind.BoundContract, data []byte, gas uint64) (*types.Transaction, error) {
	opts := e.Chain.Opts(i)
	opts.GasLimit = gas
	return bind.Transact(inst, opts, data)
}

// Receipt returns the receipt of a mined transaction.
func (e *Env) Receipt(tx *types.Transaction) (*types.Receipt, error) {
	return e.Chain.Client.TransactionReceipt(context.Background(), tx.Hash())
}

// mined commits blocks until tx is in one (the pool may promote a sent
// transaction after the next block is built) and returns its receipt.
func (e *Env) mined(tx *types.Transaction) (*types.Receipt, error) {
	for try := 0; ; try++ {
		r, err := e.Receipt(tx)
		if err == nil {
			return r, nil
		}
		if !errors.Is(err, ethereum.NotFound) || try == 20 {
			return nil, err
		}
		e.Chain.Backend.Commit()
	}
}

// Key is a signing key that needs no ether: a trader whose orders the
// operator settles.
type Key struct {
	Priv *ecdsa.PrivateKey
	Addr common.Address
}

// NewKeys returns n fresh deterministic keys, distinct from every funded
// account and from earlier calls.
func (e *Env) NewKeys(n int) []Key {
	keys := make([]Key, n)
	for i := range keys {
		k := devchain.Key(e.nextKey)
		e.nextKey++
		keys[i] = Key{Priv: k, Addr: crypto.PubkeyToAddress(k.PublicKey)}
	}
	return keys
}

// FundedKey returns the key of funded account i.
func (e *Env) FundedKey(i int) Key { return Key{Priv: e.Chain.Keys[i], Addr: e.Chain.Addrs[i]} }

// commitEvery bounds how many fixed-gas transactions go into one block.
const commitEvery = 64

// sendMany sends the transactions from Admin with a fixed gas limit,
// committing every commitEvery, and checks every receipt.
func (e *Env) sendMany(calls []call) error {
	var txs []*types.Transaction
	flush := func() error {
		for _, tx := range txs {
			r, err := e.mined(tx)
			if err != nil {
				return err
			}
			if r.Status != types.ReceiptStatusSuccessful {
				return fmt.Errorf("gasbench: funding transaction %s reverted", tx.Hash())
			}
		}
		txs = txs[:0]
		return nil
	}
	nonce, err := e.Chain.Client.PendingNonceAt(context.Background(), e.Addr(Admin))
	if err != nil {
		return err
	}
	for _, c := range calls {
		opts := e.Chain.Opts(Admin)
		opts.GasLimit = 400_000
		opts.Nonce = new(big.Int).SetUint64(nonce)
		nonce++
		tx, err := bind.Transact(c.inst, opts, c.data)
		if err != nil {
			return err
		}
		txs = append(txs, tx)
		if len(txs) == commitEvery {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	return flush()
}

type call struct {
	inst *bind.BoundContract
	data []byte
}

// FundCash mints `amount` stablecoin per account to the admin and deposits
// it into each account's exchange balance (depositFor).
func (e *Env) FundCash(accounts []common.Address, amount *big.Int) error {
	if len(accounts) == 0 || amount.Sign() == 0 {
		return nil
	}
	total := new(big.Int).Mul(amount, big.NewInt(int64(len(accounts))))
	calls := []call{{e.CoinI, e.CoinB.PackMint(e.Addr(Admin), total)}}
	for _, a := range accounts {
		calls = append(calls, call{e.ExchangeI, e.ExB.PackDepositFor(a, amount)})
	}
	return e.sendMany(calls)
}

// FundTokens mints `amount` of token `id` per account to the admin and
// deposits it into each account's exchange balance (safeTransferFrom with
// the beneficiary in data).
func (e *Env) FundTokens(accounts []common.Address, id, amount *big.Int) error {
	if len(accounts) == 0 || amount.Sign() == 0 {
		return nil
	}
	total := new(big.Int).Mul(amount, big.NewInt(int64(len(accounts))))
	calls := []call{{e.TokenI, e.TokenB.PackMint(e.Addr(Admin), id, total)}}
	for _, a := range accounts {
		calls = append(calls, call{e.TokenI, e.TokenB.PackSafeTransferFrom(e.Addr(Admin), e.Exchange, id, amount, common.LeftPadBytes(a[:], 32))})
	}
	return e.sendMany(calls)
}

// MintCoin mints stablecoin to an address (outside the exchange).
func (e *Env) MintCoin(to common.Address, amount *big.Int) error {
	_, err := e.Send(Admin, e.CoinI, e.CoinB.PackMint(to, amount))
	return err
}

// MintTokens mints GPU-hour tokens to an address (outside the exchange).
func (e *Env) MintTokens(to common.Address, id, amount *big.Int) error {
	_, err := e.Send(Admin, e.TokenI, e.TokenB.PackMint(to, id, amount))
	return err
}

// Balance is an account's tradable exchange balance of asset (0 = cash).
func (e *Env) Balance(a common.Address, asset *big.Int) (*big.Int, error) {
	return bind.Call(e.ExchangeI, nil, e.ExB.PackBalanceOf(a, asset), e.ExB.UnpackBalanceOf)
}

// Pending is an account's pending withdrawal of asset.
func (e *Env) Pending(a common.Address, asset *big.Int) (bindings.ExchangePending, error) {
	return bind.Call(e.ExchangeI, nil, e.ExB.PackPendingWithdrawal(a, asset), e.ExB.UnpackPendingWithdrawal)
}

// CoinBalance is the stablecoin an address holds.
func (e *Env) CoinBalance(a common.Address) (*big.Int, error) {
	return bind.Call(e.CoinI, nil, e.CoinB.PackBalanceOf(a), e.CoinB.UnpackBalanceOf)
}

// TokenBalance is the GPU-hour tokens of id an address holds.
func (e *Env) TokenBalance(a common.Address, id *big.Int) (*big.Int, error) {
	return bind.Call(e.TokenI, nil, e.TokenB.PackBalanceOf(a, id), e.TokenB.UnpackBalanceOf)
}

// Now is the time of the latest block.
func (e *Env) Now() (uint64, error) {
	h, err := e.Chain.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		return 0, err
	}
	return h.Time, nil
}

// AdvanceTime moves the chain's clock: devchain's AdjustTime mines an
// empty block d after the latest one, and AdvanceTime then mines one more a
// second later, so the latest block time moves by d + 1s.
func (e *Env) AdvanceTime(d time.Duration) error {
	if err := e.Chain.AdjustTime(d); err != nil {
		return err
	}
	e.Chain.Backend.Commit()
	return nil
}

// OrderSpec is what a test or benchmark chooses of an order.
type OrderSpec struct {
	Market    *big.Int // nil: Env.Market
	Side      eip712.Side
	Price     int64
	Amount    int64
	MaxFeeBps uint16
	Expiry    uint64
	Nonce     uint64
	Salt      uint64
}

// Order builds the order of key k.
func (e *Env) Order(k Key, s OrderSpec) eip712.Order {
	m := s.Market
	if m == nil {
		m = e.Market
	}
	return eip712.Order{
		Maker: k.Addr, Market: m, Side: s.Side, Price: big.NewInt(s.Price), Amount: big.NewInt(s.Amount),
		MaxFeeBps: s.MaxFeeBps, Expiry: s.Expiry, Nonce: s.Nonce, Salt: new(big.Int).SetUint64(s.Salt),
	}
}

// Sign signs o with k for this exchange.
func (e *Env) Sign(k Key, o eip712.Order) (eip712.SignedOrder, error) {
	sig, err := eip712.Sign(k.Priv, e.Domain, o)
	if err != nil {
		return eip712.SignedOrder{}, err
	}
	return eip712.SignedOrder{Order: o, Signature: sig}, nil
}

// Signed builds and signs an order of k.
func (e *Env) Signed(k Key, s OrderSpec) (eip712.SignedOrder, error) {
	return e.Sign(k, e.Order(k, s))
}

// Result is what a settle transaction did: its fills that settled and
// those skipped, in fill order, from its BatchSettled event.
type Result struct {
	Receipt *types.Receipt
	Settled []eip712.Settled
	Skipped []eip712.Skipped
}

// Reasons maps fill index to skip reason (absent: settled).
func (r Result) Reasons() map[uint16]eip712.SkipReason {
	m := map[uint16]eip712.SkipReason{}
	for _, s := range r.Skipped {
		m[s.Index] = s.Reason
	}
	return m
}

// NextBatchID is the id the next Settle uses.
func (e *Env) NextBatchID() uint64 { return e.batchID + 1 }

// Settle encodes and settles a batch as the operator with the next batch id.
func (e *Env) Settle(orders []eip712.SignedOrder, fills []eip712.Fill) (Result, error) {
	b, err := eip712.EncodeBatch(orders, fills)
	if err != nil {
		return Result{}, err
	}
	return e.SettleRaw(Operator, e.batchID+1, b)
}

// SettleRaw sends settle(batchID, b) from funded account `from` with a fixed
// gas limit and mines it; a revert is an error (with the receipt).
func (e *Env) SettleRaw(from int, batchID uint64, b eip712.Batch) (Result, error) {
	tx, err := e.SendNoEstimate(from, e.ExchangeI, e.ExB.PackSettle(batchID, b.Orders, b.Fills, b.ContractSigs), SettleGas)
	if err != nil {
		return Result{}, err
	}
	rc, err := e.mined(tx)
	if err != nil {
		return Result{}, err
	}
	res := Result{Receipt: rc}
	if rc.Status != types.ReceiptStatusSuccessful {
		return res, fmt.Errorf("%w (gas used %d)", ErrReverted, rc.GasUsed)
	}
	e.batchID = max(e.batchID, batchID)
	found := false
	for _, l := range rc.Logs {
		if l.Address != e.Exchange || len(l.Topics) == 0 {
			continue
		}
		ev, err := e.ExB.UnpackBatchSettledEvent(l)
		if err != nil {
			continue
		}
		if found {
			return res, fmt.Errorf("gasbench: two BatchSettled events in one settle")
		}
		found = true
		if res.Settled, res.Skipped, err = eip712.DecodeResults(b, ev.Results); err != nil {
			return res, err
		}
	}
	if !found {
		return res, fmt.Errorf("gasbench: settle emitted no BatchSettled")
	}
	return res, nil
}

// ErrReverted says a transaction was mined but reverted.
var ErrReverted = errors.New("gasbench: transaction reverted")
