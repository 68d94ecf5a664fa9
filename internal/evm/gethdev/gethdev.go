// Package gethdev is how this project runs `geth --dev`: the genesis its
// contracts' gas figures assume (mainnet's Osaka rules, a 60M block gas
// limit, the developer account funded), the flags (loopback only, no peers,
// HTTP and WebSocket JSON-RPC on one port) and where the pinned geth binary
// is. `hourglass devnet` (a node for people) and internal/testsvc (a node
// for tests) both use it, so the node a newcomer runs is the node the tests
// run.
//
// Plain `geth --dev` differs in two ways that matter here: since
// go-ethereum v1.17.5 its own genesis enables the draft Bogota schedule (a
// new storage slot costs about 110k gas instead of 22.1k, so deploying and
// seeding the contracts runs out of gas: "minting ... reverted"), and it
// does not print the developer account's key. Init writes the Osaka
// genesis into a fresh datadir with `geth init`; `geth --dev --datadir`
// then keeps that chain.
package gethdev

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/hourglass-exchange/hourglass/internal/evm/devchain"
)

// Install is how to install the geth this package runs: the go.mod's
// go-ethereum version (.ci/install-deps runs it).
const Install = "go install github.com/ethereum/go-ethereum/cmd/geth@v1.17.10"

// devKeyHex is the private key of geth --dev's developer account
// (cmd/utils.DeveloperKey in go-ethereum): geth imports it into an empty
// keystore and makes it the fee recipient; Genesis funds it.
const devKeyHex = "b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291"

// GasLimit is the block gas limit of the dev chain, as devchain's.
const GasLimit = 60_000_000

// FundWei is what Genesis gives each extra funded account: 1,000 ETH.
var FundWei = new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))

// DevKey is the key of geth --dev's developer account.
func DevKey() *ecdsa.PrivateKey {
	k, err := crypto.HexToECDSA(devKeyHex)
	if err != nil {
		panic(err) // a constant
	}
	return k
}

// Genesis is the dev chain's genesis: geth's developer genesis (the
// developer account funded, the precompiles and system contracts) under
// Osaka rules with GasLimit, and FundWei for each of fund.
func Genesis(fund ...common.Address) *core.Genesis {
	dev := crypto.PubkeyToAddress(DevKey().PublicKey)
	g := core.DeveloperGenesisBlock(GasLimit, &dev)
	g.Config = devchain.OsakaConfig()
	for _, a := range fund {
		g.Alloc[a] = types.Account{Balance: new(big.Int).Set(FundWei)}
	}
	return g
}

// Initialized says whether datadir already holds a chain (geth init or a
// run of geth wrote it).
func Initialized(datadir string) bool {
	st, err := os.Stat(filepath.Join(datadir, "geth", "chaindata"))
	return err == nil && st.IsDir()
}

// CrashSafe are the flags (for Init and the run alike) of a dev node that
// survives being killed: every block's state is written to disk as it is
// imported (the hash scheme, archive mode). geth's default path scheme
// keeps recent state in memory until a clean stop, so a dev node killed
// before its first clean stop rewinds to its genesis state with its blocks
// still on disk, and waits forever for a snap sync it has no peers for.
// CrashSafeInit are those of them that geth init takes.
var (
	CrashSafe     = []string{"--state.scheme", "hash", "--gcmode", "archive"}
	CrashSafeInit = CrashSafe[:2]
)

// Init writes g into a fresh datadir with `geth init`; flags are geth's
// (CrashSafeInit, or none).
func Init(bin, datadir string, g *core.Genesis, flags ...string) error {
	gj, err := json.Marshal(g)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(datadir, 0o700); err != nil {
		return err
	}
	path := filepath.Join(datadir, "genesis.json")
	if err := os.WriteFile(path, gj, 0o600); err != nil {
		return err
	}
	args := append(append([]string{"init"}, flags...), "--datadir", datadir, path)
	if out, err := exec.Command(bin, args...).CombinedOutput(); err != nil {
		return fmt.Errorf("geth init: %v: %s", err, out)
	}
	return nil
}

// Args are the arguments of `geth --dev` on datadir: a block every period
// seconds (0: as soon as a transaction waits), HTTP and WebSocket JSON-RPC
// on 127.0.0.1:port (0: a port the kernel picks, the same for both), the
// engine API on a loopback port of its own, no peers, no IPC.
func Args(datadir string, port, period int) []string {
	p := strconv.Itoa(port)
	return []string{"--dev", "--dev.period", strconv.Itoa(period), "--datadir", datadir,
		"--miner.gaslimit", strconv.Itoa(GasLimit),
		"--http", "--http.addr", "127.0.0.1", "--http.port", p, "--http.api", "eth,net,web3,txpool",
		"--ws", "--ws.addr", "127.0.0.1", "--ws.port", p, "--ws.api", "eth,net,web3,txpool",
		"--authrpc.addr", "127.0.0.1", "--authrpc.port", "0",
		"--port", "0", "--nodiscover", "--maxpeers", "0", "--ipcdisable", "--verbosity", "3"}
}

var endpointRE = regexp.MustCompile(`endpoint=(127\.0\.0\.1:[0-9]+)`)

// Endpoint returns the host:port of the JSON-RPC server when line is the
// geth log line that says it started (the HTTP server without auth, not the
// engine API's).
func Endpoint(line string) (string, bool) {
	if !strings.Contains(line, "HTTP server started") || !strings.Contains(line, "auth=false") {
		return "", false
	}
	m := endpointRE.FindStringSubmatch(line)
	if m == nil {
		return "", false
	}
	return m[1], true
}

// ErrNotFound says no geth binary was found.
var ErrNotFound = errors.New("geth not found (install: " + Install + ")")

// Find looks for geth on PATH, in $GOBIN and in $GOPATH/bin (default
// ~/go/bin), where Install puts it.
func Find() (string, error) {
	if p, err := exec.LookPath("geth"); err == nil {
		return p, nil
	}
	var dirs []string
	if d := os.Getenv("GOBIN"); d != "" {
		dirs = append(dirs, d)
	}
	if gp := os.Getenv("GOPATH"); gp != "" {
		for _, p := range filepath.SplitList(gp) {
			dirs = append(dirs, filepath.Join(p, "bin"))
		}
	} else if out, err := exec.Command("go", "env", "GOPATH").Output(); err == nil && strings.TrimSpace(string(out)) != "" {
		for _, p := range filepath.SplitList(strings.TrimSpace(string(out))) {
			dirs = append(dirs, filepath.Join(p, "bin"))
		}
	}
	if home, err := os.UserHomeDir(); err == nil {
		dirs = append(dirs, filepath.Join(home, "go", "bin"))
	}
	for _, d := range dirs {
		p := filepath.Join(d, "geth")
		if st, err := os.Stat(p); err == nil && !st.IsDir() && st.Mode()&0o111 != 0 {
			return p, nil
		}
	}
	return "", ErrNotFound
}
