package testsvc

import (
	"bufio"
	"crypto/ecdsa"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/internal/evm/gethdev"
)

// GethInstall is how to install the geth that Geth runs (CI runs it).
const GethInstall = gethdev.Install

// Geth starts a throwaway `geth --dev` for this test and returns its HTTP
// and WebSocket JSON-RPC URLs (127.0.0.1, ports the kernel chose) and the
// key of the funded developer account. Blocks are mined as soon as a
// transaction arrives (--dev.period 0). It stops when the test ends.
//
// The chain runs mainnet's Osaka rules, like internal/evm/devchain: geth --dev's
// own genesis enables the draft Bogota schedule from block 0, and no
// --override flag turns Bogota off. So Geth writes gethdev.Genesis (the
// developer account funded, Osaka, a 60M gas limit) with `geth init` into a
// fresh datadir, and then runs `geth --dev --datadir` with gethdev.Args,
// which keeps a chain that already exists in its datadir: the same node
// `hourglass devnet` runs.
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

	t      testing.TB
	bin    string
	data   string
	port   string   // the HTTP and WebSocket port, after the first start
	flags  []string // geth's beyond gethdev.Args (gethdev.CrashSafe)
	period int      // seconds between blocks (0: a block as soon as a transaction waits)
	proc   *gethProc
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

// StartGethCrashSafe is StartGeth with gethdev.CrashSafe: the node keeps
// every block's state on disk, so that Kill loses nothing and the node
// comes back where it was (StartGeth's node loses the blocks since its
// last clean stop).
func StartGethCrashSafe(t testing.TB) *GethNode {
	t.Helper()
	return startGethNode(t, true, gethdev.CrashSafe...)
}

func startGethNode(t testing.TB, osaka bool, flags ...string) *GethNode {
	t.Helper()
	bin, err := gethdev.Find()
	if err != nil {
		unavailable(t, "%v", err)
	}
	key := gethdev.DevKey()
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	if osaka {
		var initFlags []string
		if len(flags) > 0 {
			initFlags = gethdev.CrashSafeInit
		}
		if err := gethdev.Init(bin, data, gethdev.Genesis(), initFlags...); err != nil {
			t.Fatalf("testsvc: %v", err)
		}
	}
	g := &GethNode{Key: key, t: t, bin: bin, data: data, port: "0", flags: flags}
	g.start()
	t.Cleanup(func() { g.stop(os.Interrupt) })
	return g
}

// LogFile is where geth's log goes, every run appended (beside its
// datadir, removed with the test's temporary folder).
func (g *GethNode) LogFile() string { return filepath.Join(filepath.Dir(g.data), "geth.log") }

// SetPeriod makes geth mine a block every period seconds, empty or not,
// from its next Restart on (0, the start's: a block as soon as a
// transaction waits). A live chain makes blocks whether anyone sends
// transactions or not; a node that lost blocks must mine past them again.
func (g *GethNode) SetPeriod(seconds int) { g.period = seconds }

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
	port, err := strconv.Atoi(g.port)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(g.bin, append(gethdev.Args(g.data, port, g.period), g.flags...)...)
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
	logf, _ := os.OpenFile(g.LogFile(), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	go func() {
		defer close(exited)
		if logf != nil {
			defer logf.Close()
		}
		sc := bufio.NewScanner(stderr)
		sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			if logf != nil {
				fmt.Fprintln(logf, line)
			}
			logMu.Lock()
			if len(logLines) < 2000 {
				logLines = append(logLines, line)
			}
			logMu.Unlock()
			// The JSON-RPC server (auth=false), not the engine API one.
			if ep, ok := gethdev.Endpoint(line); ok {
				select {
				case ready <- ep:
				default:
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

// GethBinary returns the path of the geth that Geth runs, for a test that
// runs it its own way (hourglass devnet); without one the test is skipped,
// or failed under CI=true.
func GethBinary(t testing.TB) string {
	t.Helper()
	bin, err := gethdev.Find()
	if err != nil {
		unavailable(t, "%v", err)
	}
	return bin
}
