package node_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/internal/node"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
	"github.com/hourglass-exchange/hourglass/sim"
)

// balance is one account's holding of one asset: the engine's available
// plus held, and the asset's id on the Exchange.
type balance struct {
	addr  common.Address
	asset *big.Int
	want  int64
}

// engineBalances lists every account's holding of the quote asset and of
// every market's token.
func engineBalances(e exchange.View) []balance {
	specs := e.Markets()
	var out []balance
	for a := exchange.AccountID(0); len(specs) > 0; a++ {
		addr, ok := e.AccountAddress(a)
		if !ok {
			break
		}
		avail, held := e.Balance(a, specs[0].QuoteAsset)
		out = append(out, balance{addr, big.NewInt(0), avail + held})
		for _, s := range specs {
			if s.SpotHours() != 0 {
				continue // spot capacity: the vault's, not an Exchange balance
			}
			avail, held := e.Balance(a, s.BaseAsset)
			out = append(out, balance{addr, new(big.Int).SetBytes(s.Instrument[:]), avail + held})
		}
	}
	return out
}

// checkOnChain fails the test for every balance the Exchange at addr holds
// differently.
func checkOnChain(t *testing.T, cl bind, addr common.Address, want []balance) {
	t.Helper()
	ex := bindings.NewExchange()
	for _, w := range want {
		out, err := cl.CallContract(context.Background(), ethereum.CallMsg{To: &addr, Data: ex.PackBalanceOf(w.addr, w.asset)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		got, err := ex.UnpackBalanceOf(out)
		if err != nil {
			t.Fatal(err)
		}
		if got.Cmp(big.NewInt(w.want)) != 0 {
			t.Errorf("%s asset %#x: chain %s, engine %d", w.addr, w.asset, got, w.want)
		}
	}
}

// bind is what checkOnChain calls.
type bind interface {
	CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error)
}

// startOperator runs the operator with cfg until the benchmark or test
// ends, and returns where it runs once it is ready.
func startOperator(tb testing.TB, cfg node.Config) node.Info {
	tb.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan node.Info, 1)
	done := make(chan error, 1)
	cfg.Addr, cfg.Dir = "127.0.0.1:0", tb.TempDir()
	cfg.Ready = func(in node.Info) { ready <- in }
	go func() { done <- node.Run(ctx, cfg) }()
	tb.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			tb.Errorf("operator: %v", err)
		}
	})
	select {
	case in := <-ready:
		return in
	case err := <-done:
		done <- err
		tb.Fatalf("operator: %v", err)
	case <-time.After(2 * time.Minute):
		tb.Fatal("the operator is not ready after 2 minutes")
	}
	return node.Info{}
}

// demoBots is how many bot accounts the demo funds (hourglass serve's
// --bot-accounts default).
const demoBots = 24

// withDemo configures cfg with the demo's world: its markets, and its bot
// and trader accounts funded on a fresh deployment.
func withDemo(tb testing.TB, cfg *node.Config, traders int) *sim.World {
	tb.Helper()
	w, err := sim.NewWorld(time.Now(), demoBots, traders)
	if err != nil {
		tb.Fatal(err)
	}
	cfg.Markets, cfg.Fund = w.Specs, w.Accounts()
	cfg.DemoProvider = cfg.RPCURL == "" // as hourglass serve's demo
	return w
}

// demoOptions are the demo's clients: bots trading at BotRate commands a
// second (0: none) until BotCommands are sent (0: until the test ends),
// and Traders simulated people at TraderRate orders a second each.
type demoOptions struct {
	BotRate, BotCommands int
	Traders              int
	TraderRate           float64
}

// demoRun is a node with the demo's bots and traders trading on its
// gateway, as hourglass serve runs it.
type demoRun struct {
	node.Info
	World *sim.World
	Bots  *sim.Bots  // nil without bots
	Done  chan error // the bots' Run's end
}

// startDemo starts the node with the demo's world, then its bots and
// traders against the gateway; they stop before the node does.
func startDemo(tb testing.TB, cfg node.Config, o demoOptions) *demoRun {
	tb.Helper()
	w := withDemo(tb, &cfg, o.Traders)
	if r := float64(o.BotRate); r > 0 {
		// The bots are the demo's market makers: the gateway lets each
		// account send as much as they all do together.
		cfg.OrderRate, cfg.MessageRate, cfg.SignInRate = max(r, 100), max(r, 100), 100
	}
	in := startOperator(tb, cfg)
	d := &demoRun{Info: in, World: w, Done: make(chan error, 1)}
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	tb.Cleanup(func() { cancel(); wg.Wait() }) // before the node stops
	gw := "http://" + in.Gateway
	if o.BotRate > 0 {
		d.Bots = w.Bots(gw)
		d.Bots.Rate, d.Bots.Commands = o.BotRate, o.BotCommands
		wg.Add(1)
		go func() { defer wg.Done(); d.Done <- d.Bots.Run(ctx) }()
	}
	if o.Traders > 0 {
		tr := w.Traders(gw)
		tr.Rate = o.TraderRate
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := tr.Run(ctx); err != nil {
				tb.Errorf("traders: %v", err)
			}
		}()
	}
	return d
}

// waitBots waits for the bots to send their commands.
func (d *demoRun) waitBots(tb testing.TB, within time.Duration) {
	tb.Helper()
	select {
	case err := <-d.Done:
		if err != nil {
			tb.Fatalf("bots: %v", err)
		}
	case <-time.After(within):
		tb.Fatalf("the bots have not sent their commands after %s: %+v", within, d.Bots.Stats())
	}
}

// waitFunded waits until the first n crash traders (crashKey) have engine
// accounts holding market 0's token, and returns market 0 and their
// accounts.
func waitFunded(t *testing.T, in node.Info, n int) (exchange.MarketSpec, []exchange.AccountID) {
	t.Helper()
	var spec exchange.MarketSpec
	ids := make([]exchange.AccountID, n)
	testsvc.CheckFor(t, 60*time.Second, 20*time.Millisecond, func() error {
		var err error
		in.Seq.Query(func(e exchange.View) {
			spec, _ = e.Spec(0)
			for i := range ids {
				a, ok := e.AccountByAddress(crypto.PubkeyToAddress(crashKey(i).PublicKey))
				if !ok {
					err = fmt.Errorf("trader %d has no account yet", i)
					return
				}
				if avail, held := e.Balance(a, spec.BaseAsset); avail+held == 0 {
					err = fmt.Errorf("trader %d not funded yet", i)
					return
				}
				ids[i] = a
			}
		})
		return err
	})
	return spec, ids
}

// fundedAccounts waits until each of keys has an engine account holding
// some of asset (a fresh deployment's seed funds them) and returns their
// ids, in the order of keys.
func fundedAccounts(tb testing.TB, in node.Info, keys []*ecdsa.PrivateKey, asset exchange.AssetID) []exchange.AccountID {
	tb.Helper()
	ids := make([]exchange.AccountID, len(keys))
	testsvc.CheckFor(tb, 60*time.Second, 20*time.Millisecond, func() error {
		var err error
		in.Seq.Query(func(e exchange.View) {
			for i, k := range keys {
				a, ok := e.AccountByAddress(crypto.PubkeyToAddress(k.PublicKey))
				if !ok {
					err = fmt.Errorf("trader %d has no account yet", i)
					return
				}
				if avail, _ := e.Balance(a, asset); avail == 0 {
					err = fmt.Errorf("trader %d has no tokens yet", i)
					return
				}
				ids[i] = a
			}
		})
		return err
	})
	return ids
}
