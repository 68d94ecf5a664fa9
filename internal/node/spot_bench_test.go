package node_test

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/api/client"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/internal/node"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
	"github.com/hourglass-exchange/hourglass/redeemer/service"
)

// BenchmarkSpotFillToOutput measures what a team buying GPUs now waits
// for: from its spot buy filling on the book (the order's ack) to its
// job's first output line as the gateway serves it, on the embedded chain
// as the demo runs it. Each of b.N rounds: the demo provider offers a
// lot, the team (a standing job spec for the market) buys it with an IOC
// order; the fill settles in a batch, the vault assigns the lease, the
// redeemer attaches the spec and hands it to the demo node's agent, which
// starts the job; the team polls the lease's logs every 5 ms. The lease is
// then stopped by the team (the mock node has 8 GPUs). It reports the
// median and the 99th percentile (run with -benchtime 100x).
func BenchmarkSpotFillToOutput(b *testing.B) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	cfg := node.Config{ChainRPC: true, RedeemerPoll: 20 * time.Millisecond, BatchDelay: 20 * time.Millisecond}
	w := withDemo(b, &cfg, 0)
	in := startOperator(b, cfg)
	gw := "http://" + in.Gateway
	login := func(key any) *client.Client {
		c, err := client.DialGateway(ctx, gw)
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { c.Close() })
		k := node.DemoProviderKey()
		if key != nil {
			k = w.TeamKey
		}
		if _, err := c.Login(ctx, k); err != nil {
			b.Fatal(err)
		}
		return c
	}
	provider, team := login(nil), login(true)
	market := w.Spot.Symbol
	sp, err := instrument.Decode(w.Spot.ID)
	if err != nil {
		b.Fatal(err)
	}
	js := service.JobSpec{Holder: crypto.PubkeyToAddress(w.TeamKey.PublicKey), Instrument: w.Spot.ID, Hours: sp.WindowHours,
		Command: []string{"sh", "-c", `echo "first line"; exec sleep 86400`}}
	sig, err := service.SignSpec(js, service.Domain{ChainID: in.ChainID, Vault: in.Contracts.Vault}, w.TeamKey)
	if err != nil {
		b.Fatal(err)
	}
	raw, _ := json.Marshal(js)
	if _, err := team.REST().SetSpotSpec(ctx, market, raw, sig); err != nil {
		b.Fatal(err)
	}
	size := fmt.Sprint(sp.WindowHours) // one lot: one GPU for the lease
	var lat []time.Duration
	known := map[string]bool{}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		n := uint64(i + 1)
		// The provider's capacity reaches the engine from the chain after
		// start: its first offer may come too early.
		testsvc.CheckFor(b, 30*time.Second, 50*time.Millisecond, func() error {
			_, err := provider.PlaceOrder(ctx, client.OrderParams{Market: market, Side: "sell", Price: "1.95", Size: size, ClientOrderID: n})
			return err
		})
		ack, err := team.PlaceOrder(ctx, client.OrderParams{Market: market, Side: "buy", Price: "1.95", Size: size, TIF: "ioc", ClientOrderID: n})
		if err != nil || ack.Status != "filled" {
			b.Fatalf("round %d: the team's buy: %+v, %v", i, ack, err)
		}
		filled := time.Now()
		var id string
		for id == "" {
			ls, err := team.REST().Leases(ctx)
			if err != nil {
				b.Fatal(err)
			}
			for _, l := range ls {
				if !known[l.ID] {
					id = l.ID
				}
			}
			if ctx.Err() != nil {
				b.Fatal("no lease")
			}
			time.Sleep(5 * time.Millisecond)
		}
		known[id] = true
		for {
			lg, err := team.REST().LeaseLogs(ctx, id, client.LogQuery{})
			if err == nil && strings.Contains(lg.Data, "first line") {
				break
			}
			if ctx.Err() != nil {
				b.Fatalf("lease %s: no output", id)
			}
			time.Sleep(5 * time.Millisecond)
		}
		lat = append(lat, time.Since(filled))
		b.StopTimer()
		if _, err := team.StopLease(ctx, id); err != nil {
			b.Fatalf("stopping lease %s: %v", id, err)
		}
		testsvc.CheckFor(b, 30*time.Second, 20*time.Millisecond, func() error {
			l, err := team.REST().Lease(ctx, id)
			if err != nil || l.State != "closed" {
				return fmt.Errorf("lease %s: %s %v", id, l.State, err)
			}
			return nil
		})
		b.StartTimer()
	}
	b.StopTimer()
	slices.Sort(lat)
	q := func(p float64) time.Duration { return lat[min(len(lat)-1, int(p*float64(len(lat))))] }
	b.ReportMetric(float64(q(0.5).Microseconds())/1000, "ms-p50")
	b.ReportMetric(float64(q(0.99).Microseconds())/1000, "ms-p99")
	b.Logf("spot fill to the job's first output line over %d fills: p50 %s, p99 %s, min %s, max %s",
		len(lat), q(0.5).Round(time.Millisecond), q(0.99).Round(time.Millisecond), lat[0].Round(time.Millisecond), lat[len(lat)-1].Round(time.Millisecond))
}
