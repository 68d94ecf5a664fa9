// Package deploy puts the exchange's contracts on a chain (the embedded
// dev chain, geth --dev, or a test network) and seeds a demo world on it: a
// provider that registers nodes, posts collateral and mints GPU-hour
// tokens, and traders funded with stablecoin and tokens inside the
// Exchange. It works through any node (the simulated backend's client or
// ethclient), waiting for each step to be mined.
package deploy

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
)

// Backend is what deploying needs of a node.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
}

// Roles are the Exchange's role holders besides the admin (who deploys and
// owns everything).
type Roles struct {
	Operator, Guardian, FeeRecipient common.Address
}

// Contracts are where the contracts live.
type Contracts struct {
	ChainID    *big.Int
	Stablecoin common.Address // MockStablecoin (6 decimals), minted by the admin
	Token      common.Address // GPUHourToken, minted by the vault
	Vault      common.Address // ProviderVault
	Exchange   common.Address
	// Block is the Exchange's deployment block: its logs start there.
	Block uint64
}

// txGas is the gas limit of every seeding transaction: fixed, so that a
// transaction can be sent before the one it depends on is mined.
const txGas = 1_000_000

var (
	coinB  = bindings.NewMockStablecoin()
	tokenB = bindings.NewGPUHourToken()
	vaultB = bindings.NewProviderVault()
	exB    = bindings.NewExchange()
)

// Deploy deploys MockStablecoin, GPUHourToken, ProviderVault and Exchange
// from admin, makes the vault the token's minter and the admin the vault's
// registrar, and sets the Exchange's withdrawal delay.
func Deploy(ctx context.Context, b Backend, admin *ecdsa.PrivateKey, roles Roles, withdrawalDelay time.Duration) (Contracts, error) {
	s, err := newSender(ctx, b, admin)
	if err != nil {
		return Contracts{}, err
	}
	c := Contracts{ChainID: s.chainID}
	me := s.from
	deploy := func(meta *bind.MetaData, input []byte) (common.Address, error) {
		opts := s.opts(ctx)
		opts.GasLimit = 0
		addr, tx, err := bind.DeployContract(opts, common.FromHex(meta.Bin), b, input)
		if err != nil {
			return common.Address{}, err
		}
		s.nonce++
		rc, err := waitMined(ctx, b, tx.Hash())
		if err != nil {
			return common.Address{}, err
		}
		if rc.Status != types.ReceiptStatusSuccessful {
			return common.Address{}, fmt.Errorf("deploy: constructor reverted (%s)", tx.Hash())
		}
		c.Block = rc.BlockNumber.Uint64()
		return addr, nil
	}
	if c.Stablecoin, err = deploy(&bindings.MockStablecoinMetaData, coinB.PackConstructor(me)); err != nil {
		return c, fmt.Errorf("deploy stablecoin: %w", err)
	}
	if c.Token, err = deploy(&bindings.GPUHourTokenMetaData, tokenB.PackConstructor(me, "")); err != nil {
		return c, fmt.Errorf("deploy token: %w", err)
	}
	if c.Vault, err = deploy(&bindings.ProviderVaultMetaData, vaultB.PackConstructor(me, c.Stablecoin, c.Token)); err != nil {
		return c, fmt.Errorf("deploy vault: %w", err)
	}
	if c.Exchange, err = deploy(&bindings.ExchangeMetaData, exB.PackConstructor(c.Stablecoin, c.Token, me,
		roles.Operator, roles.Guardian, roles.FeeRecipient, uint64(withdrawalDelay/time.Second))); err != nil {
		return c, fmt.Errorf("deploy exchange: %w", err)
	}
	minter, err := bind.Call(tokenB.Instance(b, c.Token), &bind.CallOpts{Context: ctx}, tokenB.PackMINTERROLE(), tokenB.UnpackMINTERROLE)
	if err != nil {
		return c, err
	}
	registrar, err := bind.Call(vaultB.Instance(b, c.Vault), &bind.CallOpts{Context: ctx}, vaultB.PackREGISTRARROLE(), vaultB.UnpackREGISTRARROLE)
	if err != nil {
		return c, err
	}
	s.send(c.Token, tokenB.PackGrantRole(minter, c.Vault))
	s.send(c.Vault, vaultB.PackGrantRole(registrar, me))
	return c, s.flush(ctx)
}

// Seed describes a demo world.
type Seed struct {
	// Markets are the reservation windows the provider mints.
	Markets []instrument.ID
	// Provider registers a node per grade of Markets, posts collateral
	// and mints TokensEach x len(Traders) of every market.
	Provider *ecdsa.PrivateKey
	// Traders get CashEach stablecoin and TokensEach GPU-hours of every
	// market in their Exchange balances.
	Traders    []common.Address
	CashEach   *big.Int
	TokensEach *big.Int
	// Wallets get WalletCash stablecoin in their own wallets, outside the
	// Exchange: something to deposit.
	Wallets    []common.Address
	WalletCash *big.Int
	// CollateralPerHour is the vault's rate for every grade (stablecoin
	// base units per GPU-hour).
	CollateralPerHour *big.Int
}

// SeedDemo seeds s on the contracts c: admin prices the grades, approves
// the provider's nodes and funds the traders' cash; the provider posts
// collateral, mints and deposits the tokens for the traders.
func SeedDemo(ctx context.Context, b Backend, admin *ecdsa.PrivateKey, c Contracts, s Seed) error {
	if len(s.Markets) == 0 || s.Provider == nil {
		return errors.New("deploy: a seed needs markets and a provider")
	}
	a, err := newSender(ctx, b, admin)
	if err != nil {
		return err
	}
	// One key may be both (on a dev node, the one funded key is): then one
	// sender counts the key's nonces.
	p := a
	if crypto.PubkeyToAddress(s.Provider.PublicKey) != a.from {
		if p, err = newSender(ctx, b, s.Provider); err != nil {
			return err
		}
	}
	traders := big.NewInt(int64(len(s.Traders)))
	perMarket := new(big.Int).Mul(s.TokensEach, traders)
	collateral := new(big.Int).Mul(perMarket, big.NewInt(int64(len(s.Markets))))
	collateral.Mul(collateral, s.CollateralPerHour)
	cash := new(big.Int).Mul(s.CashEach, traders)
	if s.WalletCash == nil {
		s.WalletCash = new(big.Int)
	}
	cash.Add(cash, new(big.Int).Mul(s.WalletCash, big.NewInt(int64(len(s.Wallets)))))

	// Grades, and a node per grade big enough for every window of it.
	type grade struct {
		key   *big.Int
		hours uint64
	}
	var grades []grade
	seen := map[string]bool{}
	for _, id := range s.Markets {
		in, err := instrument.Decode(id)
		if err != nil {
			return err
		}
		g := id.GradeKey().Big()
		if !seen[g.String()] {
			seen[g.String()] = true
			grades = append(grades, grade{g, uint64(in.WindowHours)})
		}
	}
	hours := perMarket.Uint64()

	maxUint := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	for _, g := range grades {
		a.send(c.Vault, vaultB.PackSetCollateralPerGpuHour(g.key, s.CollateralPerHour))
	}
	a.send(c.Stablecoin, coinB.PackMint(a.from, new(big.Int).Add(cash, collateral)))
	a.send(c.Stablecoin, coinB.PackTransfer(p.from, collateral))
	a.send(c.Stablecoin, coinB.PackApprove(c.Exchange, maxUint))
	for _, t := range s.Traders {
		a.send(c.Exchange, exB.PackDepositFor(t, s.CashEach))
	}
	for _, w := range s.Wallets {
		if s.WalletCash.Sign() > 0 {
			a.send(c.Stablecoin, coinB.PackTransfer(w, s.WalletCash))
		}
	}
	if err := a.flush(ctx); err != nil {
		return fmt.Errorf("deploy: funding: %w", err)
	}
	for i, g := range grades {
		n := (hours + g.hours - 1) / g.hours
		p.send(c.Vault, vaultB.PackProposeNode(nodeID(i), g.key, uint32(min(n, 1<<31))))
	}
	if err := p.flush(ctx); err != nil {
		return fmt.Errorf("deploy: proposing nodes: %w", err)
	}
	for i := range grades {
		a.send(c.Vault, vaultB.PackApproveNode(p.from, nodeID(i)))
	}
	if err := a.flush(ctx); err != nil {
		return fmt.Errorf("deploy: approving nodes: %w", err)
	}
	p.send(c.Stablecoin, coinB.PackApprove(c.Vault, maxUint))
	p.send(c.Vault, vaultB.PackDepositCollateral(collateral))
	ids := make([]*big.Int, len(s.Markets))
	amounts := make([]*big.Int, len(s.Markets))
	for i, id := range s.Markets {
		ids[i], amounts[i] = id.Big(), s.TokensEach
		p.send(c.Vault, vaultB.PackMint(ids[i], perMarket))
	}
	for _, t := range s.Traders {
		p.send(c.Token, tokenB.PackSafeBatchTransferFrom(p.from, c.Exchange, ids, amounts, common.LeftPadBytes(t[:], 32)))
	}
	if err := p.flush(ctx); err != nil {
		return fmt.Errorf("deploy: minting: %w", err)
	}
	return nil
}

func nodeID(i int) [32]byte {
	var id [32]byte
	copy(id[:], "hourglass demo node")
	id[31] = byte(i)
	return id
}

// sender sends transactions from one key with nonces it counts itself, so
// that many go into one block, and waits for all of them at flush.
type sender struct {
	b       Backend
	key     *ecdsa.PrivateKey
	from    common.Address
	chainID *big.Int
	nonce   uint64
	sent    []*types.Transaction
	err     error
}

func newSender(ctx context.Context, b Backend, key *ecdsa.PrivateKey) (*sender, error) {
	id, err := b.ChainID(ctx)
	if err != nil {
		return nil, err
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	n, err := b.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, err
	}
	return &sender{b: b, key: key, from: from, chainID: id, nonce: n}, nil
}

func (s *sender) opts(ctx context.Context) *bind.TransactOpts {
	o := bind.NewKeyedTransactor(s.key, s.chainID)
	o.Context, o.Nonce, o.GasLimit = ctx, new(big.Int).SetUint64(s.nonce), txGas
	return o
}

// send signs and sends one call; the first error sticks until flush.
func (s *sender) send(to common.Address, data []byte) {
	if s.err != nil {
		return
	}
	o := s.opts(context.Background())
	tx, err := bind.Transact(exB.Instance(s.b, to), o, data)
	if err != nil {
		s.err = fmt.Errorf("transaction %d to %s: %w", s.nonce, to, err)
		return
	}
	s.nonce++
	s.sent = append(s.sent, tx)
}

// flush waits until every transaction sent is mined and succeeded.
func (s *sender) flush(ctx context.Context) error {
	sent := s.sent
	s.sent = nil
	if s.err != nil {
		err := s.err
		s.err = nil
		return err
	}
	for _, tx := range sent {
		rc, err := waitMined(ctx, s.b, tx.Hash())
		if err != nil {
			return err
		}
		if rc.Status != types.ReceiptStatusSuccessful {
			return fmt.Errorf("transaction %s (nonce %d) reverted", tx.Hash(), tx.Nonce())
		}
	}
	return nil
}

// waitMined polls for a receipt more often than bind.WaitMined (every
// second), since a dev chain mines in milliseconds.
func waitMined(ctx context.Context, b Backend, h common.Hash) (*types.Receipt, error) {
	t := time.NewTicker(10 * time.Millisecond)
	defer t.Stop()
	for {
		rc, err := b.TransactionReceipt(ctx, h)
		if err == nil {
			return rc, nil
		}
		if !errors.Is(err, ethereum.NotFound) && !strings.Contains(err.Error(), "indexing is in progress") {
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}
