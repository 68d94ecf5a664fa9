// Package wallet is a trader's side of the chain: deposits into the
// Exchange (approving the stablecoin first when the allowance is short),
// withdrawal requests, executions and cancels, and the balances and
// pending withdrawals the contract holds, sent with the trader's own key,
// with progress reported while a transaction waits for its confirmations.
// It takes any backend that speaks to a chain: an ethclient over JSON-RPC,
// or the simulated backend in tests.
package wallet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"
	"reflect"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/shopspring/decimal"

	"github.com/hourglass-exchange/hourglass/bindings"
)

// Backend is what the wallet needs of a chain client (ethclient.Client
// and the simulated backend's client have it).
type Backend interface {
	bind.ContractBackend
	TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
	BlockNumber(ctx context.Context) (uint64, error)
}

// Contracts are the chain and the exchange's contracts (GET /v1/chain).
type Contracts struct {
	ChainID    *big.Int
	Exchange   common.Address
	Stablecoin common.Address
	Token      common.Address
	// Confirmations is how deep a transaction must be before the wallet
	// reports it done (at least 1).
	Confirmations uint64
}

// Cash is the asset id of the stablecoin in the Exchange; any other asset
// id is a token id.
var Cash = new(big.Int)

// Wallet sends a trader's transactions.
type Wallet struct {
	backend Backend
	key     *ecdsa.PrivateKey
	c       Contracts
	// Progress receives a line per step while a transaction is sent and
	// waits (nil: none).
	Progress io.Writer
	// Poll is the interval between checks of receipts and blocks (default
	// 1s).
	Poll time.Duration

	ex                 *bindings.Exchange
	coin               *bindings.MockStablecoin
	token              *bindings.GPUHourToken
	exI, coinI, tokenI *bind.BoundContract
}

// New returns a wallet of key on the contracts c.
func New(b Backend, key *ecdsa.PrivateKey, c Contracts) *Wallet {
	if c.Confirmations == 0 {
		c.Confirmations = 1
	}
	w := &Wallet{backend: b, key: key, c: c, Poll: time.Second,
		ex: bindings.NewExchange(), coin: bindings.NewMockStablecoin(), token: bindings.NewGPUHourToken()}
	w.exI = w.ex.Instance(b, c.Exchange)
	w.coinI = w.coin.Instance(b, c.Stablecoin)
	w.tokenI = w.token.Instance(b, c.Token)
	return w
}

// Address is the wallet's account.
func (w *Wallet) Address() common.Address { return crypto.PubkeyToAddress(w.key.PublicKey) }

func (w *Wallet) progress(format string, args ...any) {
	if w.Progress != nil {
		fmt.Fprintf(w.Progress, format+"\n", args...)
	}
}

// StablecoinDecimals reads the stablecoin's decimals from its contract.
func (w *Wallet) StablecoinDecimals(ctx context.Context) (uint8, error) {
	d, err := bind.Call(w.coinI, &bind.CallOpts{Context: ctx}, w.coin.PackDecimals(), w.coin.UnpackDecimals)
	if err != nil {
		return 0, fmt.Errorf("wallet: reading the stablecoin's decimals: %w", err)
	}
	return d, nil
}

// ErrAmount is a decimal amount that is not a positive number of the
// asset's base units.
var ErrAmount = errors.New("wallet: bad amount")

// ParseAmount converts a decimal amount of an asset with decimals places
// into base units: it must be positive and have no more decimals.
func ParseAmount(s string, decimals uint8) (*big.Int, error) {
	d, err := decimal.NewFromString(strings.TrimSpace(s))
	if err != nil {
		return nil, fmt.Errorf("%w: %q is not a decimal number", ErrAmount, s)
	}
	if d.Sign() <= 0 {
		return nil, fmt.Errorf("%w: %s is not positive", ErrAmount, s)
	}
	u := d.Shift(int32(decimals))
	if !u.IsInteger() {
		return nil, fmt.Errorf("%w: %s has more than %d decimals", ErrAmount, s, decimals)
	}
	return u.BigInt(), nil
}

// FormatAmount writes base units with decimals places.
func FormatAmount(units *big.Int, decimals uint8) string {
	return decimal.NewFromBigInt(units, -int32(decimals)).StringFixed(int32(decimals))
}

// ExchangeBalance is the wallet's tradable balance of asset inside the
// Exchange (Cash or a token id), in base units.
func (w *Wallet) ExchangeBalance(ctx context.Context, asset *big.Int) (*big.Int, error) {
	return bind.Call(w.exI, &bind.CallOpts{Context: ctx}, w.ex.PackBalanceOf(w.Address(), asset), w.ex.UnpackBalanceOf)
}

// StablecoinBalance is the wallet's stablecoin outside the Exchange.
func (w *Wallet) StablecoinBalance(ctx context.Context) (*big.Int, error) {
	return bind.Call(w.coinI, &bind.CallOpts{Context: ctx}, w.coin.PackBalanceOf(w.Address()), w.coin.UnpackBalanceOf)
}

// TokenBalance is the wallet's tokens of id outside the Exchange.
func (w *Wallet) TokenBalance(ctx context.Context, id *big.Int) (*big.Int, error) {
	return bind.Call(w.tokenI, &bind.CallOpts{Context: ctx}, w.token.PackBalanceOf(w.Address(), id), w.token.UnpackBalanceOf)
}

// Pending is a pending withdrawal.
type Pending struct {
	Amount  *big.Int
	ReadyAt time.Time // zero when nothing is pending
}

// PendingWithdrawal reads the wallet's pending withdrawal of asset.
func (w *Wallet) PendingWithdrawal(ctx context.Context, asset *big.Int) (Pending, error) {
	p, err := bind.Call(w.exI, &bind.CallOpts{Context: ctx}, w.ex.PackPendingWithdrawal(w.Address(), asset), w.ex.UnpackPendingWithdrawal)
	if err != nil {
		return Pending{}, err
	}
	out := Pending{Amount: p.Amount}
	if p.Amount.Sign() > 0 {
		out.ReadyAt = time.Unix(int64(p.ReadyAt), 0).UTC()
	}
	return out, nil
}

// DepositCash deposits amount base units of the stablecoin: it approves the
// Exchange first if the allowance is short. It returns the deposit's
// receipt.
func (w *Wallet) DepositCash(ctx context.Context, amount *big.Int) (*types.Receipt, error) {
	have, err := w.StablecoinBalance(ctx)
	if err != nil {
		return nil, fmt.Errorf("wallet: reading the stablecoin balance: %w", err)
	}
	if have.Cmp(amount) < 0 {
		return nil, fmt.Errorf("wallet: %s holds %s base units of the stablecoin, less than the %s to deposit", w.Address(), have, amount)
	}
	allowance, err := bind.Call(w.coinI, &bind.CallOpts{Context: ctx}, w.coin.PackAllowance(w.Address(), w.c.Exchange), w.coin.UnpackAllowance)
	if err != nil {
		return nil, fmt.Errorf("wallet: reading the allowance: %w", err)
	}
	if allowance.Cmp(amount) < 0 {
		if _, err := w.send(ctx, "approve", w.coinI, w.coin.PackApprove(w.c.Exchange, amount)); err != nil {
			return nil, err
		}
	}
	return w.send(ctx, "deposit", w.exI, w.ex.PackDeposit(amount))
}

// DepositToken deposits amount of token id: an ERC-1155 safeTransferFrom
// from the wallet to the Exchange, which credits the sender.
func (w *Wallet) DepositToken(ctx context.Context, id, amount *big.Int) (*types.Receipt, error) {
	have, err := w.TokenBalance(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("wallet: reading the token balance: %w", err)
	}
	if have.Cmp(amount) < 0 {
		return nil, fmt.Errorf("wallet: %s holds %s of token %#x, less than the %s to deposit", w.Address(), have, id, amount)
	}
	return w.send(ctx, "deposit", w.tokenI, w.token.PackSafeTransferFrom(w.Address(), w.c.Exchange, id, amount, nil))
}

// RequestWithdrawal adds amount of asset to the pending withdrawal, ready
// after the Exchange's withdrawal delay. The amount stays in the exchange
// balance until it is paid (fills matched before the request still
// settle), so it must fit in the balance less what is already pending.
func (w *Wallet) RequestWithdrawal(ctx context.Context, asset, amount *big.Int) (*types.Receipt, error) {
	bal, err := w.ExchangeBalance(ctx, asset)
	if err != nil {
		return nil, fmt.Errorf("wallet: reading the exchange balance: %w", err)
	}
	p, err := w.PendingWithdrawal(ctx, asset)
	if err != nil {
		return nil, err
	}
	bal = new(big.Int).Sub(bal, p.Amount)
	if bal.Cmp(amount) < 0 {
		return nil, fmt.Errorf("wallet: the exchange holds %s base units of this asset for %s that are not already pending withdrawal, less than the %s to withdraw", bal, w.Address(), amount)
	}
	return w.send(ctx, "requestWithdrawal", w.exI, w.ex.PackRequestWithdrawal(asset, amount))
}

// ErrNothingPending is returned when there is no pending withdrawal.
var ErrNothingPending = errors.New("wallet: no pending withdrawal of this asset")

// ExecuteWithdrawal pays out the pending withdrawal of asset once it is
// ready.
func (w *Wallet) ExecuteWithdrawal(ctx context.Context, asset *big.Int) (*types.Receipt, error) {
	p, err := w.PendingWithdrawal(ctx, asset)
	if err != nil {
		return nil, err
	}
	if p.Amount.Sign() == 0 {
		return nil, ErrNothingPending
	}
	h, err := w.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	if now := time.Unix(int64(h.Time), 0); now.Before(p.ReadyAt) {
		return nil, fmt.Errorf("wallet: the withdrawal is ready at %s, in %s (chain time)", p.ReadyAt.Format(time.RFC3339), p.ReadyAt.Sub(now))
	}
	return w.send(ctx, "executeWithdrawal", w.exI, w.ex.PackExecuteWithdrawal(w.Address(), asset))
}

// CancelWithdrawal drops the pending withdrawal of asset (the amount never
// left the exchange balance).
func (w *Wallet) CancelWithdrawal(ctx context.Context, asset *big.Int) (*types.Receipt, error) {
	p, err := w.PendingWithdrawal(ctx, asset)
	if err != nil {
		return nil, err
	}
	if p.Amount.Sign() == 0 {
		return nil, ErrNothingPending
	}
	return w.send(ctx, "cancelWithdrawal", w.exI, w.ex.PackCancelWithdrawal(asset))
}

// send signs and sends one call, then waits until it is mined and has the
// confirmations asked for, reporting each step.
func (w *Wallet) send(ctx context.Context, what string, inst *bind.BoundContract, data []byte) (*types.Receipt, error) {
	return w.Transact(ctx, what, inst, data, w.revertReason)
}

// Transact signs data as a call to inst (a contract of any kind) with the
// wallet's key, sends it, and waits until it is mined and has the
// confirmations asked for, reporting each step on Progress, as the
// wallet's own calls do. reason turns a refusal of the call's estimate
// into words (nil: the error as it is).
func (w *Wallet) Transact(ctx context.Context, what string, inst *bind.BoundContract, data []byte, reason func(error) string) (*types.Receipt, error) {
	opts := bind.NewKeyedTransactor(w.key, w.c.ChainID)
	opts.Context = ctx
	tx, err := bind.Transact(inst, opts, data)
	if err != nil {
		if reason == nil {
			reason = error.Error
		}
		return nil, fmt.Errorf("wallet: %s: %s", what, reason(err))
	}
	w.progress("%s: sent transaction %s", what, tx.Hash().Hex())
	return w.wait(ctx, what, tx)
}

func (w *Wallet) wait(ctx context.Context, what string, tx *types.Transaction) (*types.Receipt, error) {
	tick := time.NewTicker(w.Poll)
	defer tick.Stop()
	var r *types.Receipt
	for {
		var err error
		r, err = w.backend.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			break
		}
		if !errors.Is(err, ethereum.NotFound) {
			return nil, fmt.Errorf("wallet: %s: receipt of %s: %w", what, tx.Hash().Hex(), err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("wallet: %s: waiting for %s to be mined: %w", what, tx.Hash().Hex(), ctx.Err())
		case <-tick.C:
		}
	}
	w.progress("%s: mined in block %d", what, r.BlockNumber.Uint64())
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("wallet: %s: transaction %s reverted in block %d", what, tx.Hash().Hex(), r.BlockNumber.Uint64())
	}
	if w.c.Confirmations > 1 {
		target := r.BlockNumber.Uint64() + w.c.Confirmations - 1
		w.progress("%s: waiting for %d confirmations (block %d)", what, w.c.Confirmations, target)
		for {
			n, err := w.backend.BlockNumber(ctx)
			if err != nil {
				return r, err
			}
			if n >= target {
				break
			}
			select {
			case <-ctx.Done():
				return r, fmt.Errorf("wallet: %s: waiting for confirmations of %s: %w", what, tx.Hash().Hex(), ctx.Err())
			case <-tick.C:
			}
		}
		// A reorg may have moved or dropped it: look again.
		r2, err := w.backend.TransactionReceipt(ctx, tx.Hash())
		if err != nil {
			return r, fmt.Errorf("wallet: %s: %s left the chain while confirming: %w", what, tx.Hash().Hex(), err)
		}
		r = r2
	}
	w.progress("%s: confirmed (%d confirmations)", what, w.c.Confirmations)
	return r, nil
}

// revertReason names a custom error of the contracts in a failed estimate
// or call, if the error carries its data.
func (w *Wallet) revertReason(err error) string {
	var de interface{ ErrorData() any }
	if !errors.As(err, &de) {
		return err.Error()
	}
	s, _ := de.ErrorData().(string)
	raw, derr := hexutil.Decode(s)
	if derr != nil || len(raw) < 4 {
		return err.Error()
	}
	for _, unpack := range []func([]byte) (any, error){w.ex.UnpackError, w.coin.UnpackError, w.token.UnpackError} {
		if v, uerr := unpack(raw); uerr == nil {
			t := reflect.TypeOf(v)
			if t.Kind() == reflect.Pointer {
				t = t.Elem()
			}
			return fmt.Sprintf("reverted: %s %+v", t.Name(), v)
		}
	}
	return err.Error()
}
