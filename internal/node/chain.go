package node

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	gethnode "github.com/ethereum/go-ethereum/node"

	"github.com/hourglass-exchange/hourglass/contracts/deploy"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/evm/devchain"
	"github.com/hourglass-exchange/hourglass/internal/evm/txsend"
	"github.com/hourglass-exchange/hourglass/internal/evm/watch"
	"github.com/hourglass-exchange/hourglass/internal/health"
)

// Node is what the node needs of an Ethereum node: the transaction
// sender's, the watcher's and the deployer's calls. The embedded chain's
// client and ethclient.Client both have them.
type Node interface {
	txsend.Node
	watch.Node
	deploy.Backend
}

// Keys of the embedded chain's funded accounts (devchain.Key).
const (
	keyAdmin    = 0 // deploys, owns the contracts, funds the demo
	keyOperator = 1 // sends the settle transactions
	keyGuardian = 2
	keyFees     = 3 // the fee recipient
	keyProvider = 4 // the demo provider
	keyUser     = 5 // a wallet with ETH and stablecoin for whoever tries the CLI
	keyRedeemer = 6 // the redeemer's REDEEMER_ROLE key
	chainKeys   = 7
)

// chainSetup is the chain the operator settles on.
type chainSetup struct {
	node      Node
	contracts deploy.Contracts
	operator  *ecdsa.PrivateKey
	rpcURL    string // "" when the embedded chain serves no RPC
	wsURL     string
	embedded  bool
	// redeemer has the vault's REDEEMER_ROLE (nil: none, on a node);
	// admin funds the demo node and provider is the demo's provider (the
	// embedded chain with the demo's seed only).
	redeemer *ecdsa.PrivateKey
	admin    *ecdsa.PrivateKey
	provider common.Address
	// adjustTime moves the embedded chain's time ahead (nil on a node).
	adjustTime func(time.Duration) error
	// dev and miner are the embedded chain and its miner (nil on a node):
	// tests reorganise it (Info's test hooks).
	dev   *devchain.Chain
	miner *devchain.Miner
	close func()
	// up is the chain node's health, told by the sender and the watcher
	// (hourglass_dependency_up{dependency="chain"}).
	up *health.Dependency
}

// deploymentFile is where a deployment is remembered in the operator's
// directory, so that a restart on the same chain reuses it.
const deploymentFile = "contracts.json"

// openChain connects to cfg's chain: the embedded one (deployed and seeded
// fresh every start) or the node at cfg.RPCURL, where it reuses the
// deployment in cfg.Dir or, with a deployer key, deploys and seeds one. A
// seed with no traders to fund (markets from a file, no demo) is not sown:
// the contracts are deployed bare.
func openChain(ctx context.Context, cfg *Config, seed deploy.Seed) (*chainSetup, error) {
	up := health.New("chain", cfg.Logger, cfg.Clock)
	if cfg.RPCURL == "" {
		cs, err := openEmbedded(ctx, cfg, seed)
		if cs != nil {
			cs.up = up
		}
		return cs, err
	}
	cl, err := ethclient.DialContext(ctx, cfg.RPCURL)
	if err != nil {
		return nil, fmt.Errorf("ETH_RPC_URL: %w", err)
	}
	cs := &chainSetup{node: cl, rpcURL: cfg.RPCURL, close: cl.Close, up: up}
	if err := waitForChain(ctx, cl, up, cfg.Clock); err != nil {
		cl.Close()
		return nil, err
	}
	path := filepath.Join(cfg.Dir, deploymentFile)
	switch cs.contracts, err = readDeployment(cfg.Dir); {
	case err == nil:
		if cs.operator = cfg.OperatorKey; cs.operator == nil {
			cs.operator = cfg.DeployerKey
		}
		if cs.operator == nil {
			cl.Close()
			return nil, errors.New("the operator's key is needed to settle (HOURGLASS_OPERATOR_KEY)")
		}
		return cs, nil
	case !errors.Is(err, os.ErrNotExist):
		cl.Close()
		return nil, err
	}
	if cfg.DeployerKey == nil {
		cl.Close()
		return nil, fmt.Errorf("no deployment in %s: give a deployer key (HOURGLASS_DEPLOYER_KEY) to deploy one", cfg.Dir)
	}
	// One funded key does everything on a dev node: deploys and owns the
	// contracts, provides the demo's capacity and sends the settlements.
	k := cfg.DeployerKey
	me := crypto.PubkeyToAddress(k.PublicKey)
	roles := deploy.Roles{Operator: me, Guardian: me, FeeRecipient: crypto.PubkeyToAddress(devchain.Key(keyFees).PublicKey)}
	if cs.contracts, err = deploy.Deploy(ctx, cl, k, roles, cfg.WithdrawalDelay); err != nil {
		cl.Close()
		return nil, err
	}
	if len(seed.Traders) > 0 {
		s := seed
		s.Provider = k
		// The wallet hourglass devnet funds with ETH gets stablecoin to
		// deposit, as on the embedded chain.
		s.Wallets = append(s.Wallets, crypto.PubkeyToAddress(UserKey().PublicKey))
		if err := deploy.SeedDemo(ctx, cl, k, cs.contracts, s); err != nil {
			cl.Close()
			return nil, err
		}
	}
	b, _ := json.MarshalIndent(cs.contracts, "", "  ")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		cl.Close()
		return nil, err
	}
	cs.operator = k
	return cs, nil
}

// waitForChain waits until the node answers: a node down at start (or
// started after the operator) is said once, at ERROR, and waited for with
// backoff; a node that answers with an error is one.
func waitForChain(ctx context.Context, cl *ethclient.Client, up *health.Dependency, clk clock.Clock) error {
	backoff := health.Backoff{Base: 250 * time.Millisecond, Max: 5 * time.Second}
	for {
		cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		_, err := cl.ChainID(cctx)
		cancel()
		switch {
		case err == nil:
			up.OK()
			return nil
		case ctx.Err() != nil:
			return ctx.Err()
		case !txsend.IsTransient(err):
			return fmt.Errorf("ETH_RPC_URL: the node answers eth_chainId with an error: %w", err)
		}
		up.Failed("start", fmt.Errorf("waiting for the node at ETH_RPC_URL before starting: %w", err))
		if !clock.Sleep(ctx, clk, backoff.Next()) {
			return ctx.Err()
		}
	}
}

// readDeployment reads the deployment remembered in dir (an error wrapping
// os.ErrNotExist where there is none).
func readDeployment(dir string) (deploy.Contracts, error) {
	var c deploy.Contracts
	path := filepath.Join(dir, deploymentFile)
	b, err := os.ReadFile(path)
	if err != nil {
		return c, err
	}
	if err := json.Unmarshal(b, &c); err != nil {
		return c, fmt.Errorf("%s: %w", path, err)
	}
	return c, nil
}

// openEmbedded starts the in-process chain, serving JSON-RPC on loopback,
// and deploys and seeds the contracts on it (the demo provider's tokens,
// the traders' balances, stablecoin in the user's wallet).
func openEmbedded(ctx context.Context, cfg *Config, s deploy.Seed) (*chainSetup, error) {
	if _, err := os.Stat(filepath.Join(cfg.Dir, "journal")); err == nil {
		return nil, fmt.Errorf("%s holds a journal, but the embedded chain starts empty at every start: use a new directory, or a real node (ETH_RPC_URL)", cfg.Dir)
	}
	// The chain's database lives on disk, in a folder of its own removed
	// with it: in memory it would grow by every block for as long as the
	// demo runs.
	data, err := os.MkdirTemp("", "hourglass-chain-")
	if err != nil {
		return nil, err
	}
	opts := []devchainOption{devchain.WithDataDir(data)}
	httpPort, wsPort := 0, 0
	if cfg.ChainRPC {
		if httpPort, err = freePort(); err != nil {
			os.RemoveAll(data)
			return nil, err
		}
		if wsPort, err = freePort(); err != nil {
			os.RemoveAll(data)
			return nil, err
		}
		opts = append(opts, devchain.WithRPC(httpPort, wsPort))
	}
	c := devchain.New(chainKeys, opts...)
	miner := devchain.AutoMine(c, cfg.BlockPoll)
	cs := &chainSetup{node: c.Client, operator: c.Keys[keyOperator], embedded: true, dev: c, miner: miner,
		close: func() { miner.Stop(); c.Close(); os.RemoveAll(data) }}
	if cfg.ChainRPC {
		cs.rpcURL, cs.wsURL = fmt.Sprintf("http://127.0.0.1:%d", httpPort), fmt.Sprintf("ws://127.0.0.1:%d", wsPort)
	}
	roles := deploy.Roles{Operator: c.Addrs[keyOperator], Guardian: c.Addrs[keyGuardian], FeeRecipient: c.Addrs[keyFees],
		ChallengeWindow: cfg.ReportChallengeWindow}
	// The in-process reporters and the ones of their own processes
	// (Config.Reporters) are the DeliveryOracle's (a majority signs).
	for _, k := range cfg.ReporterKeys {
		roles.Reporters = append(roles.Reporters, crypto.PubkeyToAddress(k.PublicKey))
	}
	roles.Reporters = append(roles.Reporters, cfg.Reporters...)
	if len(roles.Reporters) > 0 {
		roles.ReportThreshold = len(roles.Reporters)/2 + 1
	}
	if cs.contracts, err = deploy.Deploy(ctx, c.Client, c.Keys[keyAdmin], roles, cfg.WithdrawalDelay); err != nil {
		cs.close()
		return nil, err
	}
	cs.redeemer, cs.admin, cs.adjustTime = c.Keys[keyRedeemer], c.Keys[keyAdmin], c.AdjustTime
	if len(s.Traders) > 0 {
		s.Provider = c.Keys[keyProvider]
		s.Redeemer = c.Addrs[keyRedeemer]
		cs.provider = c.Addrs[keyProvider]
		s.Wallets = append(s.Wallets, c.Addrs[keyUser])
		if err := deploy.SeedDemo(ctx, c.Client, c.Keys[keyAdmin], cs.contracts, s); err != nil {
			cs.close()
			return nil, err
		}
	}
	return cs, nil
}

type devchainOption = func(*gethnode.Config, *ethconfig.Config)

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// UserKey is the wallet for people trying the exchange: on the embedded
// chain it holds ETH and stablecoin (not yet deposited); on a node the
// demo's deployment gives it the same stablecoin, and hourglass devnet's
// genesis the ETH.
func UserKey() *ecdsa.PrivateKey { return devchain.Key(keyUser) }

// DemoProviderKey is the demo provider's key on the embedded chain: its
// node is registered and its collateral posted (deploy.SeedDemo), so it
// can quote its idle capacity on the spot markets. Dev only.
func DemoProviderKey() *ecdsa.PrivateKey { return devchain.Key(keyProvider) }
