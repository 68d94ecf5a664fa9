package node_test

import (
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/settlement"
	"github.com/hourglass-exchange/hourglass/internal/node"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
	"github.com/hourglass-exchange/hourglass/sim"
)

// TestEmbeddedDemoSettlesEverything runs the embedded demo (chain,
// contracts, seeded provider and bot accounts, engine, gateway,
// settlement, and the bots trading through the gateway): the bots trade a
// fixed number of commands, every fill they make settles on the contract
// with no skip, and afterwards every account's balances on chain equal the
// engine's.
func TestEmbeddedDemoSettlesEverything(t *testing.T) {
	var (
		mu      sync.Mutex
		batches []settlement.BatchEvent
	)
	d := startDemo(t, node.Config{ChainRPC: true, BatchFills: 50, BatchDelay: 100 * time.Millisecond,
		Settled: func(ev settlement.BatchEvent) {
			mu.Lock()
			batches = append(batches, ev)
			mu.Unlock()
		}}, demoOptions{BotRate: 2000, BotCommands: 3000})
	in := d.Info
	checkPrintInfoAsREADMEShows(t, in)
	// Wait for the bots to finish and every fill to be final.
	d.waitBots(t, 2*time.Minute)
	st := d.Bots.Stats()
	t.Logf("bots: %+v", st)
	if st.Placed == 0 || st.Fills == 0 {
		t.Fatalf("the bots placed %d orders and saw %d fills", st.Placed, st.Fills)
	}
	var fills uint64
	var quietSeq uint64   // the journal's last sequence number when last seen
	var quietAt time.Time // when the polls first saw it
	testsvc.CheckFor(t, 90*time.Second, 50*time.Millisecond, func() error {
		var err error
		in.Seq.Query(func(e exchange.View) {
			if n := e.PendingCount(); n > 0 || e.NextBatch() < 3 {
				err = errorf("%d fills pending, %d batches", n, e.NextBatch()-1)
			}
		})
		// Quiet: nothing new for a moment (read after the query, so the
		// state queried is the one that stayed put).
		if s := in.Seq.Stats().LastSeq; s != quietSeq || quietAt.IsZero() {
			quietSeq, quietAt = s, time.Now()
		}
		if err != nil {
			return err
		}
		if d := time.Since(quietAt); d < 300*time.Millisecond {
			return errorf("still trading (quiet for %v)", d)
		}
		return nil
	})
	mu.Lock()
	for _, b := range batches {
		if b.Kind == "resolved" {
			fills += uint64(b.Settled)
			if b.Skipped != 0 {
				t.Errorf("batch %d: %d fills skipped", b.Batch, b.Skipped)
			}
		}
	}
	mu.Unlock()
	if fills == 0 {
		t.Fatal("no fill settled")
	}

	// The chain holds exactly what the engine says, for every account and
	// asset, read over the embedded chain's JSON-RPC.
	cl, err := ethclient.Dial(in.RPCURL)
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	var want []balance
	in.Seq.Query(func(e exchange.View) { want = engineBalances(e) })
	if len(want) < 20 {
		t.Fatalf("only %d balances", len(want))
	}
	checkOnChain(t, cl, in.Contracts.Exchange, want)
	// The gateway's /metrics counts the same.
	resp, err := http.Get("http://" + in.Gateway + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if want := fmt.Sprintf("hourglass_settlement_fills_total{outcome=\"settled\"} %d\n", fills); !strings.Contains(string(body), want) {
		t.Errorf("/metrics lacks %q", want)
	}
	t.Logf("%d fills settled in %d batches", fills, len(batches))
}

func errorf(format string, args ...any) error { return fmt.Errorf(format, args...) }

// TestGatewayTraders: the demo's simulated people trade through the
// gateway with the Go client (sign-in, signed orders over the websocket),
// and their trades settle like the bots'.
func TestGatewayTraders(t *testing.T) {
	in := startDemo(t, node.Config{BatchDelay: 100 * time.Millisecond}, demoOptions{BotRate: 300, Traders: 2, TraderRate: 20}).Info
	// Each trader has traded (its balances moved off the seed) and some of
	// its fills have settled (the engine's ledger holds fewer than all).
	testsvc.CheckFor(t, 60*time.Second, 100*time.Millisecond, func() error {
		var err error
		in.Seq.Query(func(e exchange.View) {
			spec, _ := e.Spec(0)
			for i := range 2 {
				a, ok := e.AccountByAddress(crypto.PubkeyToAddress(sim.TraderKey(i).PublicKey))
				if !ok {
					err = fmt.Errorf("trader %d has no account yet", i)
					return
				}
				avail, held := e.Balance(a, spec.QuoteAsset)
				if avail+held == 5_000_000*1_000_000 {
					err = fmt.Errorf("trader %d has not traded yet", i)
					return
				}
			}
			if e.NextBatch() < 3 {
				err = fmt.Errorf("%d batches", e.NextBatch()-1)
			}
		})
		return err
	})
}
