// Package devchain starts an in-process EVM chain (go-ethereum's simulated
// backend) with the fork rules Ethereum mainnet runs today, Osaka, and
// deterministic funded accounts. Tests, gas measurements and the embedded
// dev mode use it.
//
// Since go-ethereum v1.17.5 the simulated backend and `geth --dev` start on
// the draft Bogota (Amsterdam) schedule, where creating a storage slot costs
// about 110k gas instead of 22.1k; every figure measured on that schedule
// would be wrong for mainnet. New switches it off.
package devchain

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"

	"github.com/hourglass-exchange/hourglass/internal/clock"
)

// OsakaConfig is the dev chain's configuration with every fork up to and
// including Osaka and nothing after it.
func OsakaConfig() *params.ChainConfig {
	c := *params.AllDevChainProtocolChanges
	c.BogotaTime = nil
	c.AmsterdamTime = nil
	return &c
}

// WithOsaka is a simulated.NewBackend option that applies OsakaConfig.
func WithOsaka() func(*node.Config, *ethconfig.Config) {
	return func(_ *node.Config, e *ethconfig.Config) {
		g := *e.Genesis
		g.Config = OsakaConfig()
		e.Genesis = &g
	}
}

// Chain is a simulated chain with funded accounts.
type Chain struct {
	Backend *simulated.Backend
	Client  simulated.Client
	ChainID *big.Int
	Keys    []*ecdsa.PrivateKey
	Addrs   []common.Address
	// Clock paces the Miners (nil: clock.Real).
	Clock clock.Clock

	mu sync.Mutex // one Commit at a time
}

// Key returns the i-th deterministic test key (the same for every run).
func Key(i int) *ecdsa.PrivateKey {
	var seed [32]byte
	copy(seed[:], "hourglass devchain account key")
	binary.BigEndian.PutUint16(seed[30:], uint16(i+1))
	k, err := crypto.ToECDSA(crypto.Keccak256(seed[:]))
	if err != nil {
		panic(err)
	}
	return k
}

// New starts a chain whose first n deterministic accounts each hold 10,000
// ether. The chain id is 1337.
func New(n int, options ...func(*node.Config, *ethconfig.Config)) *Chain {
	c := &Chain{}
	alloc := types.GenesisAlloc{}
	eth := new(big.Int).Mul(big.NewInt(10_000), big.NewInt(params.Ether))
	for i := 0; i < n; i++ {
		k := Key(i)
		a := crypto.PubkeyToAddress(k.PublicKey)
		c.Keys, c.Addrs = append(c.Keys, k), append(c.Addrs, a)
		alloc[a] = types.Account{Balance: eth}
	}
	opts := append([]func(*node.Config, *ethconfig.Config){WithOsaka(), simulated.WithBlockGasLimit(60_000_000)}, options...)
	c.Backend = simulated.NewBackend(alloc, opts...)
	c.Client = c.Backend.Client()
	id, err := c.Client.ChainID(context.Background())
	if err != nil {
		panic(err)
	}
	c.ChainID = id
	return c
}

// Close stops the chain.
func (c *Chain) Close() error { return c.Backend.Close() }

// Opts returns transaction options signing as account i.
func (c *Chain) Opts(i int) *bind.TransactOpts {
	return bind.NewKeyedTransactor(c.Keys[i], c.ChainID)
}

// Mine commits a block and returns the receipt of tx, failing if it reverted.
func (c *Chain) Mine(tx *types.Transaction, err error) (*types.Receipt, error) {
	if err != nil {
		return nil, err
	}
	c.Commit()
	r, err := c.Client.TransactionReceipt(context.Background(), tx.Hash())
	if err != nil {
		return nil, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("devchain: transaction %s reverted (gas used %d)", tx.Hash(), r.GasUsed)
	}
	return r, nil
}

// WithRPC serves the chain's JSON-RPC over HTTP and websocket on the given
// loopback ports (eth, net, web3), so that wallets and the CLI can reach
// the embedded chain.
func WithRPC(httpPort, wsPort int) func(*node.Config, *ethconfig.Config) {
	return func(n *node.Config, _ *ethconfig.Config) {
		n.HTTPHost, n.HTTPPort, n.HTTPModules = "127.0.0.1", httpPort, []string{"eth", "net", "web3"}
		n.WSHost, n.WSPort, n.WSModules = "127.0.0.1", wsPort, []string{"eth", "net", "web3"}
		n.HTTPVirtualHosts = []string{"*"}
	}
}

// WithDataDir keeps the chain's database in dir (pebble, as a node does)
// with small caches, instead of in memory: an in-memory chain holds every
// block and state it ever made on the heap, which a long-running demo
// cannot afford. The trie caches are a node's smallest useful ones: a
// demo's state is a few contracts and accounts, and their heap fills to
// these bounds within minutes (with 32, 32 and 16 MB they were still
// filling after 45 minutes of the demo soak). The caller removes dir.
func WithDataDir(dir string) func(*node.Config, *ethconfig.Config) {
	return func(n *node.Config, e *ethconfig.Config) {
		n.DataDir = dir
		e.DatabaseCache, e.DatabaseHandles = 32, 256
		e.TrieCleanCache, e.TrieDirtyCache, e.SnapshotCache = 4, 4, 4
	}
}

// Commit mines a block, one at a time with AutoMine's.
func (c *Chain) Commit() common.Hash {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.Backend.Commit()
}

// Miner mines blocks of a Chain in the background until Stop. Its blocks
// go through Chain.Commit, so they never race Commit or AdjustTime.
type Miner struct {
	mu     sync.Mutex // held while it mines, and by Pause
	paused bool
	cancel context.CancelFunc
	done   chan struct{}
}

// mine starts a Miner that, every poll, mines a block when due says so.
func (c *Chain) mine(poll time.Duration, due func(context.Context) bool) *Miner {
	ctx, cancel := context.WithCancel(context.Background())
	m := &Miner{cancel: cancel, done: make(chan struct{})}
	go func() {
		defer close(m.done)
		t := clock.Or(c.Clock).NewTicker(poll)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C():
			}
			m.mu.Lock()
			if !m.paused && due(ctx) {
				c.Commit()
			}
			m.mu.Unlock()
		}
	}()
	return m
}

// Pause stops (true) or resumes (false) the mining; when Pause(true)
// returns, no block of the Miner's is being mined.
func (m *Miner) Pause(paused bool) {
	m.mu.Lock()
	m.paused = paused
	m.mu.Unlock()
}

// Stop stops the Miner and waits for it.
func (m *Miner) Stop() {
	m.cancel()
	<-m.done
}

// AutoMine mines like a dev node: a block as soon as a transaction is
// waiting (checked every poll), and an empty one when none came for a
// second, so that time and confirmations move on.
func AutoMine(c *Chain, poll time.Duration) *Miner {
	clk := clock.Or(c.Clock)
	last := clk.Now()
	return c.mine(poll, func(ctx context.Context) bool {
		n, err := c.Client.PendingTransactionCount(ctx)
		if (err == nil && n > 0) || clock.Since(clk, last) >= time.Second {
			last = clk.Now()
			return true
		}
		return false
	})
}

// MineEvery mines a block every d, transactions or not, as tests want:
// confirmations and block time move on quickly.
func MineEvery(c *Chain, d time.Duration) *Miner {
	return c.mine(d, func(context.Context) bool { return true })
}

// AdjustTime mines an empty block d after the latest one (the simulated
// backend's AdjustTime). Right after a mined transaction the backend's pool
// can still count it as pending for a moment, and the backend then refuses
// ("non-empty block"): AdjustTime polls until it is accepted, for at most
// about two seconds.
func (c *Chain) AdjustTime(d time.Duration) error {
	var err error
	for try := 0; try < 400; try++ {
		c.mu.Lock()
		err = c.Backend.AdjustTime(d)
		c.mu.Unlock()
		if err == nil || !strings.Contains(err.Error(), "non-empty block") {
			return err
		}
		time.Sleep(5 * time.Millisecond) // real time: the backend's pool settles on its own
	}
	return err
}

// Deploy deploys a contract from account i and mines it.
func (c *Chain) Deploy(i int, meta *bind.MetaData, constructorInput []byte) (common.Address, *types.Receipt, error) {
	addr, tx, err := bind.DeployContract(c.Opts(i), common.FromHex(meta.Bin), c.Client, constructorInput)
	if err != nil {
		return common.Address{}, nil, err
	}
	r, err := c.Mine(tx, nil)
	if err != nil {
		return common.Address{}, r, err
	}
	return addr, r, nil
}
