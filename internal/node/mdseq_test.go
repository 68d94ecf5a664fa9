package node_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/api/client"
	"github.com/hourglass-exchange/hourglass/internal/node"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// bookSeq subscribes to market's book on the node's gateway and returns
// the seq of the book once synced.
func bookSeq(t *testing.T, in node.Info, market string) uint64 {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := client.DialGateway(ctx, "http://"+in.Gateway)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var (
		seq        uint64
		subscribed bool
	)
	testsvc.CheckFor(t, 30*time.Second, 10*time.Millisecond, func() error {
		if !subscribed { // the gateway learns the markets from the bus, after it listens
			if err := c.Subscribe(ctx, client.SubscribeParams{Channel: "book", Markets: []string{market}}, nil); err != nil {
				return err
			}
			subscribed = true
		}
		b, _ := c.Book(market)
		if !b.Synced {
			return fmt.Errorf("book %s not synced", market)
		}
		seq = b.Seq
		return nil
	})
	return seq
}

// TestSeqsNeverGoBackWithoutRedis: the node with the in-process bus, on
// geth --dev, trades, stops and starts again on its directory; the books'
// seqs of the second run start above those of the first (the in-process
// bus forgets them: the reservation in the directory does not).
func TestSeqsNeverGoBackWithoutRedis(t *testing.T) {
	if testing.Short() {
		t.Skip("two runs on geth --dev")
	}
	_, wsURL, key := testsvc.Geth(t)
	cfg := node.Config{RPCURL: wsURL, DeployerKey: key, Dir: t.TempDir(), OrderRate: 1000, MessageRate: 1000, SignInRate: 100}
	w := withDemo(t, &cfg, 0)
	n := runNode(t, cfg)
	runBots(t, w, n.Info, 600)
	market := n.Markets[0]
	before := bookSeq(t, n.Info, market)
	if err := n.stop(); err != nil {
		t.Fatal(err)
	}
	n = runNode(t, cfg)
	after := bookSeq(t, n.Info, market)
	t.Logf("%s: book seq %d before the restart, %d after", market, before, after)
	if after <= before {
		t.Fatalf("%s: the book's seq went from %d to %d across a restart", market, before, after)
	}
}
