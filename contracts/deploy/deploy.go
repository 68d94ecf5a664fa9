// Package deploy puts the exchange's contracts on a chain (the embedded
// dev chain, geth --dev, or a test network) and seeds a demo world on it: a
// provider that registers nodes, posts collateral and mints GPU-hour
// tokens, and traders funded with stablecoin and tokens inside the
// Exchange. It works through any node (the simulated backend's client or
// ethclient), waiting for each step to be mined.
//
// Admin power goes through a timelock (HourglassTimelock, OpenZeppelin's
// TimelockController): it owns the Exchange and administers the
// ProviderVault, so every setter that can hurt users runs only after a
// proposer scheduled it Roles.TimelockDelay before (see Govern). The
// GPU-hour token has no admin at all: its one minter, the vault, is fixed
// in its constructor. docs/contracts.md, "Roles and delays", has the table.
package deploy

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
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

// Roles are who holds what in a deployment. The deployer keeps no admin
// power of its own: the timelock holds it.
type Roles struct {
	// Operator settles and Guardian pauses settlement, directly (no delay);
	// FeeRecipient receives the fees.
	Operator, Guardian, FeeRecipient common.Address
	// Registrar approves providers' nodes in the vault, directly; zero
	// means the deployer.
	Registrar common.Address
	// Proposer schedules, executes and cancels the timelock's operations;
	// zero means the deployer. On a public network it is a multisig.
	Proposer common.Address
	// Reporters are the DeliveryOracle's first reporter keys and
	// ReportThreshold the signatures a report needs (a majority of them;
	// none and 0: no reports until the timelock sets them, setReporters).
	Reporters       []common.Address
	ReportThreshold int
	// ChallengeWindow is how long a DeliveryOracle report waits before it
	// is final, whole seconds (the Guardian may void it meanwhile); zero
	// on dev chains, hours on a public network (docs/oracle.md).
	ChallengeWindow time.Duration
	// TimelockDelay is the timelock's minimum delay, whole seconds. Zero
	// (the dev chains' value: the demo's seed then schedules and executes
	// its admin calls at once, and a dev chain that mines only on demand
	// needs no block to pass the time) or, on a public network, longer
	// than the Exchange's withdrawal delay (docs/contracts.md).
	TimelockDelay time.Duration
}

// Contracts are where the contracts live.
type Contracts struct {
	ChainID    *big.Int
	Stablecoin common.Address // MockStablecoin (6 decimals), minted by the deployer
	Token      common.Address // GPUHourToken, minted only by the vault
	Vault      common.Address // ProviderVault, administered by the timelock
	Exchange   common.Address // owned by the timelock
	Timelock   common.Address // HourglassTimelock
	Oracle     common.Address // DeliveryOracle, administered by the timelock; the vault's settler and the Exchange's spot desk
	// WrapperFactory deploys the reservations' ERC-20 wrappers
	// (GPUHourWrapperFactory, no admin; docs/defi.md). Zero in a deployment
	// made before it existed.
	WrapperFactory common.Address
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
	tlB    = bindings.NewHourglassTimelock()
	feedB  = bindings.NewMarkPriceFeed()
	orB    = bindings.NewDeliveryOracle()
	wfB    = bindings.NewGPUHourWrapperFactory()
	wrapB  = bindings.NewWrappedGPUHour()
)

// Deploy deploys MockStablecoin, HourglassTimelock, GPUHourToken,
// ProviderVault, Exchange and DeliveryOracle from admin. The token's minter
// is the vault (fixed in the token's constructor; the vault checks it); the
// timelock owns the Exchange and holds the vault's and the oracle's
// DEFAULT_ADMIN_ROLE, with roles.Proposer (default: admin) as its
// proposer, executor and canceller and no admin of its own (it administers
// itself). The oracle holds the vault's SETTLER_ROLE and SPOT_ROLE
// (granted by the deployer, the vault's first admin, which then hands the
// admin role to the timelock and renounces its own), and is the Exchange's
// spot desk (its constructor's spotDesk, the oracle's address to be) with
// the oracle's EXCHANGE_ROLE (granted by the deployer, the oracle's first
// admin, which hands that admin role to the timelock too); roles.Guardian
// is the oracle's guardian. The deployer keeps only the stablecoin faucet (a mock) and, by
// default, the vault's registrar role.
func Deploy(ctx context.Context, b Backend, admin *ecdsa.PrivateKey, roles Roles, withdrawalDelay time.Duration) (Contracts, error) {
	s, err := newSender(ctx, b, admin)
	if err != nil {
		return Contracts{}, err
	}
	if roles.TimelockDelay < 0 || roles.TimelockDelay%time.Second != 0 {
		return Contracts{}, fmt.Errorf("deploy: timelock delay %s is not whole seconds", roles.TimelockDelay)
	}
	if roles.ChallengeWindow < 0 || roles.ChallengeWindow%time.Second != 0 {
		return Contracts{}, fmt.Errorf("deploy: challenge window %s is not whole seconds", roles.ChallengeWindow)
	}
	c := Contracts{ChainID: s.chainID}
	me := s.from
	if roles.Registrar == (common.Address{}) {
		roles.Registrar = me
	}
	if roles.Proposer == (common.Address{}) {
		roles.Proposer = me
	}
	deploy := func(meta *bind.MetaData, input []byte) (common.Address, error) {
		addr, rc, err := s.deployBin(ctx, meta.Bin, input)
		if err != nil {
			return common.Address{}, err
		}
		c.Block = rc.BlockNumber.Uint64()
		return addr, nil
	}
	if c.Stablecoin, err = deploy(&bindings.MockStablecoinMetaData, coinB.PackConstructor(me)); err != nil {
		return c, fmt.Errorf("deploy stablecoin: %w", err)
	}
	proposers := []common.Address{roles.Proposer}
	if c.Timelock, err = deploy(&bindings.HourglassTimelockMetaData, tlB.PackConstructor(
		big.NewInt(int64(roles.TimelockDelay/time.Second)), proposers, proposers, common.Address{})); err != nil {
		return c, fmt.Errorf("deploy timelock: %w", err)
	}
	// The token names its minter in its constructor: the vault, deployed
	// by the next transaction, at the address that nonce gives.
	vaultAt := crypto.CreateAddress(me, s.nonce+1)
	if c.Token, err = deploy(&bindings.GPUHourTokenMetaData, tokenB.PackConstructor(vaultAt)); err != nil {
		return c, fmt.Errorf("deploy token: %w", err)
	}
	if c.Vault, err = deploy(&bindings.ProviderVaultMetaData, vaultB.PackConstructor(me, roles.Registrar, c.Stablecoin, c.Token)); err != nil {
		return c, fmt.Errorf("deploy vault: %w", err)
	}
	if c.Vault != vaultAt {
		return c, fmt.Errorf("deploy: the vault is at %s, the token's minter is %s", c.Vault, vaultAt)
	}
	// The Exchange names its spot desk in its constructor: the oracle,
	// deployed by the next transaction.
	oracleAt := crypto.CreateAddress(me, s.nonce+1)
	if c.Exchange, err = deploy(&bindings.ExchangeMetaData, exB.PackConstructor(c.Stablecoin, c.Token, c.Timelock,
		roles.Operator, roles.Guardian, roles.FeeRecipient, uint64(withdrawalDelay/time.Second), oracleAt)); err != nil {
		return c, fmt.Errorf("deploy exchange: %w", err)
	}
	exBlock := c.Block
	// The deployer administers the oracle until it has granted the
	// Exchange its EXCHANGE_ROLE, then hands the admin role to the timelock.
	if c.Oracle, err = deploy(&bindings.DeliveryOracleMetaData, orB.PackConstructor(c.Vault, me, roles.Guardian,
		roles.Reporters, big.NewInt(int64(roles.ReportThreshold)), uint64(roles.ChallengeWindow/time.Second))); err != nil {
		return c, fmt.Errorf("deploy oracle: %w", err)
	}
	if c.Oracle != oracleAt {
		return c, fmt.Errorf("deploy: the oracle is at %s, the Exchange's spot desk is %s", c.Oracle, oracleAt)
	}
	c.Block = exBlock
	var adminRole [32]byte // DEFAULT_ADMIN_ROLE
	s.send(c.Vault, vaultB.PackGrantRole(crypto.Keccak256Hash([]byte("SETTLER_ROLE")), c.Oracle))
	s.send(c.Vault, vaultB.PackGrantRole(crypto.Keccak256Hash([]byte("SPOT_ROLE")), c.Oracle))
	s.send(c.Vault, vaultB.PackGrantRole(adminRole, c.Timelock))
	s.send(c.Vault, vaultB.PackRenounceRole(adminRole, me))
	s.send(c.Oracle, orB.PackGrantRole(crypto.Keccak256Hash([]byte("EXCHANGE_ROLE")), c.Exchange))
	s.send(c.Oracle, orB.PackGrantRole(adminRole, c.Timelock))
	s.send(c.Oracle, orB.PackRenounceRole(adminRole, me))
	if err := s.flush(ctx); err != nil {
		return c, fmt.Errorf("deploy: vault and oracle roles: %w", err)
	}
	// Last, so that the other contracts' addresses stay those of
	// deployments made before it.
	if c.WrapperFactory, err = deploy(&bindings.GPUHourWrapperFactoryMetaData, wfB.PackConstructor(c.Token)); err != nil {
		return c, fmt.Errorf("deploy wrapper factory: %w", err)
	}
	c.Block = exBlock
	return c, nil
}

// WrapperAddress is where factory deploys (or has deployed) the ERC-20
// wrapper of reservation id over token: CREATE2 with salt bytes32(id) over
// WrappedGPUHour's creation code and (token, id), as the factory's
// wrapperOf computes it.
func WrapperAddress(factory, token common.Address, id instrument.ID) common.Address {
	initCode := append(common.FromHex(bindings.WrappedGPUHourMetaData.Bin), wrapB.PackConstructor(token, id.Big())...)
	return crypto.CreateAddress2(factory, common.BigToHash(id.Big()), crypto.Keccak256(initCode))
}

// CreateWrappers has c.WrapperFactory deploy the wrapper of each
// reservation of ids that has none yet, from key (anyone may), and returns
// their addresses in the order of ids.
func CreateWrappers(ctx context.Context, b Backend, key *ecdsa.PrivateKey, c Contracts, ids []instrument.ID) ([]common.Address, error) {
	if c.WrapperFactory == (common.Address{}) {
		return nil, errors.New("deploy: no wrapper factory in this deployment")
	}
	s, err := newSender(ctx, b, key)
	if err != nil {
		return nil, err
	}
	out := make([]common.Address, len(ids))
	for i, id := range ids {
		out[i] = WrapperAddress(c.WrapperFactory, c.Token, id)
		code, err := b.CodeAt(ctx, out[i], nil)
		if err != nil {
			return nil, err
		}
		if len(code) == 0 {
			s.sendGas(c.WrapperFactory, wfB.PackCreate(id.Big()), 2_000_000)
		}
	}
	if err := s.flush(ctx); err != nil {
		return nil, fmt.Errorf("deploy: wrappers: %w", err)
	}
	return out, nil
}

// SetFeeds names, through the timelock (Govern: proposer must be its
// proposer), feeds[i] as the DeliveryOracle's MarkPriceFeed of ids[i]:
// the settlement price of the instrument's undelivered hours comes from
// it (DeployFeeds deploys them).
func SetFeeds(ctx context.Context, b Backend, proposer *ecdsa.PrivateKey, c Contracts, ids []instrument.ID, feeds []common.Address) error {
	if len(ids) != len(feeds) {
		return fmt.Errorf("deploy: %d ids and %d feeds", len(ids), len(feeds))
	}
	calls := make([]Call, len(ids))
	for i, id := range ids {
		calls[i] = Call{c.Oracle, orB.PackSetFeed(id.Big(), feeds[i])}
	}
	return Govern(ctx, b, proposer, c.Timelock, calls)
}

// DeployFeeds deploys a MarkPriceFeed for each of ids from deployer, in
// order: each administered by c.Timelock, with operator (the key that will
// post the marks; zero: none yet) holding OPERATOR_ROLE. It returns the
// feeds' addresses in the order of ids. The operator's node deploys them
// and posts the marks (internal/markfeed); docs/delivery.md, "Mark price
// and settlement price", has the rule.
func DeployFeeds(ctx context.Context, b Backend, deployer *ecdsa.PrivateKey, c Contracts, operator common.Address, ids []instrument.ID) ([]common.Address, error) {
	s, err := newSender(ctx, b, deployer)
	if err != nil {
		return nil, err
	}
	out := make([]common.Address, len(ids))
	for i, id := range ids {
		if out[i], _, err = s.deployBin(ctx, bindings.MarkPriceFeedMetaData.Bin, feedB.PackConstructor(id.Big(), c.Timelock, operator)); err != nil {
			return nil, fmt.Errorf("deploy feed of %s: %w", id, err)
		}
	}
	return out, nil
}

// Call is one call an operation of the timelock makes.
type Call struct {
	To   common.Address
	Data []byte
}

// Govern runs calls as one timelock operation: proposer (a key holding the
// timelock's proposer and executor roles) schedules them as a batch with
// the timelock's minimum delay, waits until the chain's next block is at
// least that late, and executes them. With a zero delay (dev chains) it
// does not wait. Each call is what the timelock sends, so a setter owned
// by the timelock runs with the timelock as msg.sender.
func Govern(ctx context.Context, b Backend, proposer *ecdsa.PrivateKey, timelock common.Address, calls []Call) error {
	s, err := newSender(ctx, b, proposer)
	if err != nil {
		return err
	}
	return s.govern(ctx, timelock, calls)
}

func (s *sender) govern(ctx context.Context, timelock common.Address, calls []Call) error {
	if len(calls) == 0 {
		return nil
	}
	inst := tlB.Instance(s.b, timelock)
	delay, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, tlB.PackGetMinDelay(), tlB.UnpackGetMinDelay)
	if err != nil {
		return fmt.Errorf("timelock %s: %w", timelock, err)
	}
	targets := make([]common.Address, len(calls))
	values := make([]*big.Int, len(calls))
	payloads := make([][]byte, len(calls))
	for i, c := range calls {
		targets[i], values[i], payloads[i] = c.To, new(big.Int), c.Data
	}
	// The proposer's nonce makes the operation's id unique.
	var salt, predecessor [32]byte
	binary.BigEndian.PutUint64(salt[24:], s.nonce)
	s.send(timelock, tlB.PackScheduleBatch(targets, values, payloads, predecessor, salt, delay))
	if err := s.flush(ctx); err != nil {
		return fmt.Errorf("timelock: schedule: %w", err)
	}
	id, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, tlB.PackHashOperationBatch(targets, values, payloads, predecessor, salt), tlB.UnpackHashOperationBatch)
	if err != nil {
		return err
	}
	ready, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, tlB.PackGetTimestamp(id), tlB.UnpackGetTimestamp)
	if err != nil {
		return err
	}
	if err := waitBlockTime(ctx, s.b, ready.Uint64()); err != nil {
		return err
	}
	s.send(timelock, tlB.PackExecuteBatch(targets, values, payloads, predecessor, salt))
	if err := s.flush(ctx); err != nil {
		return fmt.Errorf("timelock: execute: %w", err)
	}
	return nil
}

// waitBlockTime returns once the next block's time is at least ready: when
// the latest block is already that late, or the wall clock is (a node
// stamps a new block no earlier than its parent + 1 and, on a dev chain
// or a public network, about the wall clock).
func waitBlockTime(ctx context.Context, b Backend, ready uint64) error {
	t := time.NewTicker(100 * time.Millisecond)
	defer t.Stop()
	for {
		h, err := b.HeaderByNumber(ctx, nil)
		if err != nil {
			return err
		}
		if h.Time+1 >= ready || uint64(time.Now().Unix()) >= ready {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
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
	// Penalty is the DeliveryOracle's penalty per undelivered GPU-hour of
	// every grade (stablecoin base units, on top of the settlement price),
	// set through the timelock with the rates. Nil: none.
	Penalty *big.Int
	// SpotCollateral is collateral the provider deposits beyond what its
	// mints lock: what its spot leases lock (rate x GPU-hours each) when
	// it sells on the grades' spot markets. Nil: none.
	SpotCollateral *big.Int
	// Redeemer gets the vault's REDEEMER_ROLE (through the timelock, with
	// the rates): the key the operator's redeemer closes leases with
	// (docs/delivery.md, "Leases"). Zero: nobody.
	Redeemer common.Address
}

// SeedDemo seeds s on the contracts c: admin prices the grades through the
// timelock (Govern: admin must be its proposer, as Deploy makes it by
// default), approves the provider's nodes as the registrar and funds the
// traders' cash; the provider posts collateral, mints and deposits the
// tokens for the traders.
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
	if s.SpotCollateral != nil {
		collateral.Add(collateral, s.SpotCollateral)
	}
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
	var rates []Call
	for _, g := range grades {
		rates = append(rates, Call{c.Vault, vaultB.PackSetCollateralPerGpuHour(g.key, s.CollateralPerHour)})
		if s.Penalty != nil && c.Oracle != (common.Address{}) {
			rates = append(rates, Call{c.Oracle, orB.PackSetPenalty(g.key, s.Penalty)})
		}
	}
	if s.Redeemer != (common.Address{}) {
		rates = append(rates, Call{c.Vault, vaultB.PackGrantRole(crypto.Keccak256Hash([]byte("REDEEMER_ROLE")), s.Redeemer)})
	}
	if err := a.govern(ctx, c.Timelock, rates); err != nil {
		return fmt.Errorf("deploy: collateral rates: %w", err)
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
		p.send(c.Vault, vaultB.PackProposeNode(nodeID(i), g.key, uint32(min(n, 1<<31)), crypto.PubkeyToAddress(DemoNodeKey(i).PublicKey)))
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

// DemoNodeKey is the key of the demo provider's node i (one node per grade
// of Seed.Markets, in their order): SeedDemo registers its address as the
// node's key, so an agent holding it may move the provider's leases. The
// same key at every start; dev only.
func DemoNodeKey(i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("hourglass demo node key"), []byte{byte(i)}))
	if err != nil {
		panic(err) // a keccak256 output is a valid key but with negligible probability
	}
	return k
}

// DemoNodeID is the node id SeedDemo registers for the demo provider's
// node i.
func DemoNodeID(i int) [32]byte { return nodeID(i) }

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

// deployBin deploys a contract from s (creation bytecode bin, "0x"-hex as
// a binding's MetaData holds it, then input, the packed constructor
// arguments) with an estimated gas limit, and waits until it is mined.
func (s *sender) deployBin(ctx context.Context, bin string, input []byte) (common.Address, *types.Receipt, error) {
	opts := s.opts(ctx)
	opts.GasLimit = 0
	addr, tx, err := bind.DeployContract(opts, common.FromHex(bin), s.b, input)
	if err != nil {
		return common.Address{}, nil, err
	}
	s.nonce++
	rc, err := waitMined(ctx, s.b, tx.Hash())
	if err != nil {
		return common.Address{}, nil, err
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		return common.Address{}, nil, fmt.Errorf("constructor reverted (%s)", tx.Hash())
	}
	return addr, rc, nil
}

// send signs and sends one call; the first error sticks until flush.
func (s *sender) send(to common.Address, data []byte) { s.sendGas(to, data, txGas) }

// sendGas is send with a gas limit of its own.
func (s *sender) sendGas(to common.Address, data []byte, gas uint64) {
	if s.err != nil {
		return
	}
	o := s.opts(context.Background())
	o.GasLimit = gas
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
