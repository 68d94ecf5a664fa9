package watch_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/evm/watch"
	"github.com/hourglass-exchange/hourglass/internal/health"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// downNode is a node that refuses every call while down is set.
type downNode struct {
	n     watch.Node
	down  atomic.Bool
	calls atomic.Int64 // HeaderByNumber calls while down
}

var errRefused = errors.New("dial tcp 127.0.0.1:8545: connect: connection refused")

func (d *downNode) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	if d.down.Load() {
		d.calls.Add(1)
		return nil, errRefused
	}
	return d.n.HeaderByNumber(ctx, n)
}
func (d *downNode) HeaderByHash(ctx context.Context, h common.Hash) (*types.Header, error) {
	if d.down.Load() {
		return nil, errRefused
	}
	return d.n.HeaderByHash(ctx, h)
}
func (d *downNode) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if d.down.Load() {
		return nil, errRefused
	}
	return d.n.FilterLogs(ctx, q)
}

// TestRunBacksOffWhileTheNodeIsDown: with the node refusing, Run polls
// after 50 ms, 100 ms, ... up to MaxBackoff instead of every PollInterval,
// logs its failures at debug level only, and the health it reports to says
// once that the node is down and once that it is back.
func TestRunBacksOffWhileTheNodeIsDown(t *testing.T) {
	x := newWorld(t)
	clk := clock.NewFake(time.Unix(1_800_000_000, 0))
	var logs testsvc.SyncBuffer
	logger := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelInfo}))
	node := &downNode{n: pollNode{x.env.Chain.Client}}
	node.down.Store(true)
	cfg := x.config(1)
	cfg.Clock, cfg.PollInterval, cfg.MaxBackoff = clk, 50*time.Millisecond, 5*time.Second
	cfg.Health = health.New("chain", logger, clk)
	w, err := watch.New(node, cfg, logger, watch.From(x.head().Number.Uint64()+1))
	if err != nil {
		t.Fatal(err)
	}
	startRun(t, w)
	// Run sleeps in its backoff while two waiters are armed: its ticker
	// and the backoff's timer. Step the clock to each deadline.
	var delays []time.Duration
	step := func() time.Duration {
		t.Helper()
		testsvc.CheckFor(t, 5*time.Second, time.Millisecond, func() error {
			if n := clk.Waiters(); n != 2 {
				return fmt.Errorf("%d waiters armed", n)
			}
			return nil
		})
		at, _ := clk.NextDeadline()
		// The earliest deadline: the backoff's, or the ticker's (which
		// Run does not wait on while it backs off).
		d := at.Sub(clk.Now())
		clk.Set(at)
		return d
	}
	for elapsed := time.Duration(0); elapsed < time.Minute; {
		d := step()
		delays = append(delays, d)
		elapsed += d
	}
	polls := node.calls.Load()
	if polls > 30 {
		t.Errorf("%d polls in a minute of outage (delays %v): no backoff", polls, delays)
	}
	if last := delays[len(delays)-1]; last > 5*time.Second {
		t.Errorf("the backoff reached %s, above MaxBackoff", last)
	}
	node.down.Store(false)
	testsvc.CheckFor(t, 10*time.Second, time.Millisecond, func() error {
		if !strings.Contains(logs.String(), "chain: answering again") {
			clk.Advance(time.Second)
			return fmt.Errorf("not recovered")
		}
		return nil
	})
	out := logs.String()
	t.Logf("%d polls in a minute of outage; the log:\n%s", polls, out)
	if n := strings.Count(out, "\n"); n != 2 || strings.Count(out, "level=ERROR") != 1 || !strings.Contains(out, "connection refused") {
		t.Errorf("want one ERROR with the cause and one recovery line, got %d lines", n)
	}
}
