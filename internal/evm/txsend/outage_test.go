package txsend_test

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/hourglass-exchange/hourglass/internal/evm/txsend"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// TestGethOutageSaysOnce kills geth under a Sender whose monitor is
// following a mined request and starts it again: the log says once, at
// ERROR with the cause, that the node is not answering and once that it
// answers again, and the monitor backs off instead of warning at every
// poll.
func TestGethOutageSaysOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("kills geth: not in -short")
	}
	g := testsvc.StartGeth(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c, err := ethclient.DialContext(ctx, g.RPC)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var logs testsvc.SyncBuffer
	// Fast polls and one quick retry: before the backoff, a line every
	// 30 ms or so.
	s, err := txsend.New(ctx, txsend.Config{Node: c, Key: g.Key, PollInterval: 20 * time.Millisecond,
		MaxRetries: 1, RetryBase: 10 * time.Millisecond, RPCTimeout: time.Second,
		Logger: slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelInfo}))})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p, err := s.Send(ctx, txsend.Request{To: common.HexToAddress("0x7777"), Value: big.NewInt(1), Key: "outage-1"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.Wait(ctx); err != nil {
		t.Fatal(err)
	}
	g.Restart() // a clean restart keeps the mined block through the kill below
	// The monitor may have seen that restart; wait until it has seen geth back.
	testsvc.CheckFor(t, 30*time.Second, 20*time.Millisecond, func() error {
		if l := logs.String(); strings.Count(l, "chain: not answering") != strings.Count(l, "chain: answering again") {
			return fmt.Errorf("the sender has not seen geth back after the clean restart")
		}
		return nil
	})

	mark := len(logs.String())
	g.Kill()
	const outage = 3 * time.Second
	time.Sleep(outage) // the outage itself: real time passing is what is measured
	during := strings.Count(logs.String()[mark:], "\n")
	g.Restart()
	testsvc.CheckFor(t, 30*time.Second, 20*time.Millisecond, func() error {
		if !strings.Contains(logs.String()[mark:], "chain: answering again") {
			return fmt.Errorf("no recovery line yet")
		}
		return nil
	})
	out := logs.String()[mark:]
	t.Logf("the sender's log from the kill to the recovery:\n%s", out)
	if n := strings.Count(out, "chain: not answering"); n != 1 {
		t.Errorf("%d outage lines, want 1", n)
	}
	// The cause names the node: connection refused, or reset if the kill
	// cut a request short.
	if !strings.Contains(out, "level=ERROR") || !strings.Contains(out, "by=txsend") || !strings.Contains(out, strings.TrimPrefix(g.RPC, "http://")) {
		t.Errorf("the outage line is not an ERROR from txsend with the cause")
	}
	if during > 2 || strings.Count(out, "\n") > 4 {
		t.Errorf("%d lines in %s of outage, %d up to the recovery: the log floods", during, outage, strings.Count(out, "\n"))
	}
}
