package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/hourglass-exchange/hourglass/internal/evm/gethdev"
	"github.com/hourglass-exchange/hourglass/internal/node"
)

// devnetStartTimeout bounds how long geth may take to serve JSON-RPC.
const devnetStartTimeout = 60 * time.Second

// runDevnet is "hourglass devnet": a local `geth --dev` node the way the
// project's gas figures and tests assume it (internal/evm/gethdev), with
// the trader wallet (node.UserKey) funded, in the foreground until ctx
// ends. It prints the JSON-RPC URL, the deployer's and the trader's keys
// and the commands that put the exchange on it.
func runDevnet(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("devnet", flag.ContinueOnError)
	fs.SetOutput(stderr)
	datadir := fs.String("datadir", "", "geth's data directory; an existing chain in it is kept (default: a temporary one, removed at exit)")
	port := fs.Int("port", 8545, "loopback port of the HTTP and WebSocket JSON-RPC (0: one the kernel picks)")
	period := fs.Int("period", 1, "seconds between blocks (0: a block only when a transaction waits; chain time then stands still in between)")
	verbose := fs.Bool("v", false, "copy geth's log to stderr (it always goes to DATADIR/geth.log)")
	fs.Usage = func() {
		fmt.Fprint(stderr, "usage: hourglass devnet [--datadir DIR] [--port 8545] [--period 1] [-v]\n\n"+
			"Runs geth --dev (the geth in PATH or ~/go/bin: "+gethdev.Install+") on loopback\n"+
			"with mainnet's Osaka gas rules and a 60M block gas limit, funds a trader wallet, prints\n"+
			"the RPC URL and the keys, and runs until Ctrl-C.\n\nflags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if fs.NArg() != 0 || *port < 0 || *port > 65535 || *period < 0 {
		fmt.Fprintln(stderr, "hourglass devnet: bad arguments")
		fs.Usage()
		return errUsage
	}
	bin, err := gethdev.Find()
	if err != nil {
		return err
	}
	temporary := *datadir == ""
	if temporary {
		if *datadir, err = os.MkdirTemp("", "hourglass-devnet-"); err != nil {
			return err
		}
		defer os.RemoveAll(*datadir)
	}
	deployer, trader := gethdev.DevKey(), node.UserKey()
	traderAddr := crypto.PubkeyToAddress(trader.PublicKey)
	reused := gethdev.Initialized(*datadir)
	if !reused {
		if err := gethdev.Init(bin, *datadir, gethdev.Genesis(traderAddr), gethdev.CrashSafeInit...); err != nil {
			return err
		}
	}
	logPath := filepath.Join(*datadir, "geth.log")
	logf, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return err
	}
	defer logf.Close()

	g, err := startDevGeth(bin, append(gethdev.Args(*datadir, *port, *period), gethdev.CrashSafe...), logf, *verbose, stderr)
	if err != nil {
		return err
	}
	defer g.stop()
	var ep string
	select {
	case ep = <-g.ready:
	case <-g.exited:
		return fmt.Errorf("geth exited at start (is port %d free?); its log: %s", *port, logPath)
	case <-time.After(devnetStartTimeout):
		return fmt.Errorf("geth did not serve JSON-RPC within %s; its log: %s", devnetStartTimeout, logPath)
	case <-ctx.Done():
		return nil
	}
	rpcURL, wsURL := "http://"+ep, "ws://"+ep

	cl, err := ethclient.DialContext(ctx, rpcURL)
	if err != nil {
		return err
	}
	defer cl.Close()
	qctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	chainID, err := cl.ChainID(qctx)
	if err != nil {
		return fmt.Errorf("geth at %s: %w", rpcURL, err)
	}
	deployerAddr := crypto.PubkeyToAddress(deployer.PublicKey)
	traderWei, err := cl.BalanceAt(qctx, traderAddr, nil)
	if err != nil {
		return fmt.Errorf("geth at %s: %w", rpcURL, err)
	}
	if traderWei.Sign() == 0 {
		fmt.Fprintf(stderr, "hourglass devnet: the trader %s holds no ETH: %s was not made by hourglass devnet\n", traderAddr, *datadir)
	}

	dirNote := "kept: a restart with the same --datadir resumes this chain"
	if temporary {
		dirNote = "temporary, removed when this stops; --datadir keeps the chain (a new chain needs a new serve --dir)"
	} else if reused {
		dirNote = "the chain it already held, resumed"
	}
	every := fmt.Sprintf("a block every %ds", *period)
	if *period == 0 {
		every = "a block whenever a transaction waits"
	}
	fmt.Fprintf(stdout, `geth --dev is running: mainnet's Osaka gas rules, block gas limit %d, %s
  JSON-RPC:  %s  (websocket %s), chain id %s
  datadir:   %s (%s)
  geth log:  %s
  deployer:  %s, geth's developer account, funded in the genesis: deploys the contracts, sends the settlements
             HOURGLASS_DEPLOYER_KEY=0x%x   (its private key, 0x-hex)
  trader:    %s, %s ETH: hourglass serve's demo gives it %s USDC to deposit when it deploys
             HOURGLASS_KEY=0x%x   (its private key, 0x-hex)
next, in another shell, the exchange on this node (its first start deploys the contracts and the demo):
  export ETH_RPC_URL=%s HOURGLASS_DEPLOYER_KEY=0x%x
  hourglass serve --dir ./hourglass-data --confirmations 1
then, in a third, trade as the trader (README.md, "The command-line tool for traders"):
  export ETH_RPC_URL=%s HOURGLASS_KEY=0x%x
  hourglass deposit --asset usdc --amount 250.5
Ctrl-C stops geth.
`, gethdev.GasLimit, every, rpcURL, wsURL, chainID, *datadir, dirNote, logPath,
		deployerAddr, crypto.FromECDSA(deployer),
		traderAddr, formatUnits(traderWei, 18), formatUnits(node.UserCash, 6), crypto.FromECDSA(trader),
		rpcURL, crypto.FromECDSA(deployer), rpcURL, crypto.FromECDSA(trader))

	select {
	case <-ctx.Done():
		return nil
	case <-g.exited:
		return fmt.Errorf("geth stopped; its log: %s", logPath)
	}
}

// formatUnits writes an integer amount of base units with decimals as a
// whole number when it is one.
func formatUnits(x *big.Int, decimals int) string {
	one := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil)
	q, r := new(big.Int).QuoRem(x, one, new(big.Int))
	if r.Sign() == 0 {
		return q.String()
	}
	return new(big.Rat).SetFrac(x, one).FloatString(decimals)
}

// devGeth is the running geth of hourglass devnet.
type devGeth struct {
	cmd    *exec.Cmd
	ready  chan string   // the JSON-RPC host:port, once
	exited chan struct{} // closed when geth has exited
	once   sync.Once
}

// startDevGeth starts geth in a process group of its own, so that the
// terminal's Ctrl-C reaches only hourglass, which then stops geth with
// SIGINT (a clean shutdown writes the chain to the datadir). Its log goes
// to logw (and stderr with verbose).
func startDevGeth(bin string, args []string, logw io.Writer, verbose bool, stderr io.Writer) (*devGeth, error) {
	cmd := exec.Command(bin, args...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	out, err := cmd.StderrPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start geth: %w", err)
	}
	g := &devGeth{cmd: cmd, ready: make(chan string, 1), exited: make(chan struct{})}
	w := logw
	if verbose {
		w = io.MultiWriter(logw, stderr)
	}
	go func() {
		defer close(g.exited)
		sc := bufio.NewScanner(out)
		sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			fmt.Fprintln(w, line)
			if ep, ok := gethdev.Endpoint(line); ok {
				select {
				case g.ready <- ep:
				default:
				}
			}
		}
		_, _ = io.Copy(io.Discard, out)
		_ = cmd.Wait()
	}()
	return g, nil
}

// stop asks geth to shut down cleanly and waits for it (SIGKILL after 30 s).
func (g *devGeth) stop() {
	g.once.Do(func() {
		if err := g.cmd.Process.Signal(os.Interrupt); err != nil && !errors.Is(err, os.ErrProcessDone) {
			_ = g.cmd.Process.Kill()
		}
		select {
		case <-g.exited:
		case <-time.After(30 * time.Second):
			_ = g.cmd.Process.Kill()
			<-g.exited
		}
	})
}
