package testsvc

import (
	"bufio"
	"crypto/ecdsa"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/internal/evm/devchain"
)

// GethInstall is how to install the geth that Geth runs (CI runs it).
const GethInstall = "go install github.com/ethereum/go-ethereum/cmd/geth@v1.17.10"

// gethDevKey is the private key of geth --dev's developer account
// (cmd/utils.DeveloperKey in go-ethereum): geth imports it into an empty
// keystore and makes it the fee recipient. Geth's genesis funds it.
const gethDevKey = "b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291"

// gethGasLimit is the block gas limit of the dev chain, as devchain's.
const gethGasLimit = 60_000_000

// Geth starts a throwaway `geth --dev` for this test and returns its HTTP
// and WebSocket JSON-RPC URLs (127.0.0.1, ports the kernel chose) and the
// key of the funded developer account. Blocks are mined as soon as a
// transaction arrives (--dev.period 0). It stops when the test ends.
//
// The chain runs mainnet's Osaka rules, like internal/evm/devchain: geth --dev's
// own genesis enables the draft Bogota schedule from block 0, and no
// --override flag turns Bogota off. So Geth writes the dev genesis
// (core.DeveloperGenesisBlock, the developer account funded) with
// devchain.OsakaConfig into a genesis file, runs `geth init` on a fresh
// datadir, and then `geth --dev --datadir`, which keeps a chain that
// already exists in its datadir.
//
// The geth binary comes from PATH, $GOBIN or $GOPATH/bin (GethInstall
// installs it); without one the test is skipped, or failed under CI=true.
func Geth(t testing.TB) (rpcURL, wsURL string, devKey *ecdsa.PrivateKey) {
	t.Helper()
	return startGeth(t, true)
}

// startGeth starts geth --dev; without osaka on geth's own dev genesis (the
// draft schedule), for the test that shows the difference.
func startGeth(t testing.TB, osaka bool) (rpcURL, wsURL string, devKey *ecdsa.PrivateKey) {
	t.Helper()
	g := startGethNode(t, osaka)
	return g.RPC, g.WS, g.Key
}

// GethNode is a geth --dev process that a test can kill and start again
// on the same datadir and port, as an operator's node crashes and comes
// back.
type GethNode struct {
	RPC, WS string            // the JSON-RPC URLs; the same after Restart
	Key     *ecdsa.PrivateKey // the funded developer account's key

	t    testing.TB
	bin  string
	data string
	port string // the HTTP and WebSocket port, after the first start
	proc *gethProc
}

// gethProc is one run of geth.
type gethProc struct {
	cmd    *exec.Cmd
	exited chan struct{}
}

// StartGeth starts a throwaway geth --dev as Geth does and returns a
// handle that can Kill and Restart it. It stops when the test ends.
func StartGeth(t testing.TB) *GethNode {
	t.Helper()
	return startGethNode(t, true)
}

func startGethNode(t testing.TB, osaka bool) *GethNode {
	t.Helper()
	bin := findGeth()
	if bin == "" {
		unavailable(t, "geth not found (install: %s)", GethInstall)
	}
	key, err := crypto.HexToECDSA(gethDevKey)
	if err != nil {
		t.Fatal(err)
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	if osaka {
		g := core.DeveloperGenesisBlock(gethGasLimit, &addr)
		g.Config = devchain.OsakaConfig()
		gj, err := json.Marshal(g)
		if err != nil {
			t.Fatal(err)
		}
		genesis := filepath.Join(dir, "genesis.json")
		if err := os.WriteFile(genesis, gj, 0o600); err != nil {
			t.Fatal(err)
		}
		if out, err := exec.Command(bin, "init", "--datadir", data, genesis).CombinedOutput(); err != nil {
			t.Fatalf("testsvc: geth init: %v: %s", err, out)
		}
	}
	g := &GethNode{Key: key, t: t, bin: bin, data: data, port: "0"}
	g.start()
	t.Cleanup(func() { g.stop(os.Interrupt) })
	return g
}

// Kill sends geth SIGKILL and waits for it to exit: what it had not
// written to its datadir is lost, the last blocks included.
func (g *GethNode) Kill() {
	g.t.Helper()
	g.stop(os.Kill)
}

// Restart starts geth again on the same datadir and port, after Kill.
func (g *GethNode) Restart() {
	g.t.Helper()
	g.stop(os.Interrupt)
	g.start()
}

// stop ends the running geth, if any, with sig (SIGKILL after 15 s).
func (g *GethNode) stop(sig os.Signal) {
	p := g.proc
	if p == nil {
		return
	}
	g.proc = nil
	_ = p.cmd.Process.Signal(sig)
	select {
	case <-p.exited:
	case <-time.After(15 * time.Second):
		_ = p.cmd.Process.Kill()
		<-p.exited
	}
}

// start runs geth and waits until it serves JSON-RPC.
func (g *GethNode) start() {
	t := g.t
	t.Helper()
	cmd := exec.Command(g.bin, "--dev", "--dev.period", "0", "--datadir", g.data,
		"--miner.gaslimit", "60000000",
		"--http", "--http.addr", "127.0.0.1", "--http.port", g.port, "--http.api", "eth,net,web3,txpool",
		"--ws", "--ws.addr", "127.0.0.1", "--ws.port", g.port, "--ws.api", "eth,net,web3,txpool",
		"--authrpc.addr", "127.0.0.1", "--authrpc.port", "0",
		"--port", "0", "--nodiscover", "--maxpeers", "0", "--ipcdisable", "--verbosity", "3")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout = nil
	if err := cmd.Start(); err != nil {
		unavailable(t, "start geth: %v", err)
	}
	var (
		logMu    sync.Mutex
		logLines []string
		ready    = make(chan string, 1)
		exited   = make(chan struct{})
	)
	go func() {
		defer close(exited)
		sc := bufio.NewScanner(stderr)
		sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			logMu.Lock()
			if len(logLines) < 2000 {
				logLines = append(logLines, line)
			}
			logMu.Unlock()
			// The JSON-RPC server (auth=false), not the engine API one.
			if strings.Contains(line, "HTTP server started") && strings.Contains(line, "auth=false") {
				if m := endpointRE.FindStringSubmatch(line); m != nil {
					select {
					case ready <- m[1]:
					default:
					}
				}
			}
		}
		_ = cmd.Wait()
	}()
	g.proc = &gethProc{cmd: cmd, exited: exited}
	dump := func() string {
		logMu.Lock()
		defer logMu.Unlock()
		return strings.Join(logLines, "\n")
	}
	select {
	case ep := <-ready:
		// --ws.port 0 equals --http.port 0, so the WebSocket endpoint is
		// served by the HTTP server on the same port.
		g.RPC, g.WS = "http://"+ep, "ws://"+ep
		g.port = ep[strings.LastIndex(ep, ":")+1:]
		return
	case <-exited:
		g.proc = nil
		t.Fatalf("testsvc: geth exited at start:\n%s", dump())
	case <-time.After(60 * time.Second):
		t.Fatalf("testsvc: geth did not start within 60s:\n%s", dump())
	}
}

var endpointRE = regexp.MustCompile(`endpoint=(127\.0\.0\.1:[0-9]+)`)

// findGeth looks for geth on PATH, in $GOBIN and in $GOPATH/bin (default
// ~/go/bin).
func findGeth() string {
	if p, err := exec.LookPath("geth"); err == nil {
		return p
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
			return p
		}
	}
	return ""
}
