package settlement_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"sync/atomic"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/settlement"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// TestPipelineLostBlocks: the node loses the last blocks, in which batches
// were mined and already final for the engine (a reorg deeper than the
// confirmations, as geth --dev does when it is killed), and mines the
// operator's transactions again: from its pool ("reinjected", as geth
// re-sends its saved transactions), or only because the sender sends them
// again from its journal ("forgotten", with the operator restarted while
// the node is behind). Every fill still ends settled exactly once, the
// chain settles every batch once, the engine's balances equal the
// chain's, and the pipeline said it was stalled meanwhile instead of
// going silent.
func TestPipelineLostBlocks(t *testing.T) {
	t.Run("reinjected", func(t *testing.T) { testLostBlocks(t, lostReinjected) })
	t.Run("forgotten", func(t *testing.T) { testLostBlocks(t, lostForgotten) })
	t.Run("restarted-later", func(t *testing.T) { testLostBlocks(t, lostRestartedLater) })
}

// How the node and the operator live through the loss.
const (
	lostReinjected     = iota // the node keeps the transactions; the operator runs on
	lostForgotten             // the node forgets them; the operator restarts while it is behind
	lostRestartedLater        // the operator is down while the node mines them again past its position
)

func testLostBlocks(t *testing.T, how int) {
	w := newWorld(t, 4)
	w.stallAfter = 2 * time.Second // the guard looks below the position after StallAfter/8
	var stalled atomic.Bool
	w.observe = func(ev settlement.BatchEvent) {
		if ev.Kind == "health" && ev.Stalled {
			stalled.Store(true)
		}
	}
	w.start(true)
	ids := w.funded()
	rng := rand.New(rand.NewPCG(9, 10))
	var nonce uint64
	w.trade(rng, ids, 40, &nonce)
	w.settled(ids)

	w.mining(false)
	base, err := w.env.Chain.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	w.trade(rng, ids, 60, &nonce)
	// Mine block by block until batches of these fills are final in the
	// engine (its chain position is above the fork point), then trade
	// again and mine one block of the new batches, not final yet.
	var resolvedBefore uint64
	testsvc.CheckFor(t, 30*time.Second, 20*time.Millisecond, func() error {
		w.commit()
		var pos uint64
		w.query(func(e exchange.View) { pos = e.ChainPosition() })
		if pos>>24 <= base.Number.Uint64() {
			return fmt.Errorf("no batch final since the fork point (block %d, position block %d)", base.Number, pos>>24)
		}
		return nil
	})
	w.trade(rng, ids, 60, &nonce)
	testsvc.CheckFor(t, 30*time.Second, 5*time.Millisecond, func() error {
		if w.pending() == 0 {
			return errors.New("no batch sent")
		}
		return nil
	})
	// The pipeline may send again between a commit and the fork, and the
	// simulated node refuses to fork under a pending transaction ("pending
	// block dirty"): commit and fork again until the pool was empty.
	testsvc.CheckFor(t, 10*time.Second, 5*time.Millisecond, func() error {
		w.commit()
		w.query(func(e exchange.View) { resolvedBefore, _ = e.OldestOpenBatch() })
		return w.env.Chain.Backend.Fork(base.Hash())
	})
	switch how {
	case lostForgotten:
		w.env.Chain.Backend.Rollback()
		w.halt()
		w.start(false)
		w.mining(true)
	case lostRestartedLater:
		var pos uint64
		w.query(func(e exchange.View) { pos = e.ChainPosition() })
		w.halt()
		// The node puts the orphaned transactions back in its pool: they
		// are mined again right above the fork point, below the position.
		testsvc.CheckFor(t, 10*time.Second, 5*time.Millisecond, func() error {
			if w.pending() == 0 {
				return errors.New("the orphaned transactions are not back in the pool")
			}
			return nil
		})
		w.mining(true)
		testsvc.CheckFor(t, 30*time.Second, 10*time.Millisecond, func() error {
			if h, err := w.env.Chain.Client.BlockNumber(context.Background()); err != nil || h <= pos>>24+3 {
				return fmt.Errorf("head %d (%v) not past the engine's position block %d", h, err, pos>>24)
			}
			return nil
		})
		w.start(false)
	default:
		w.mining(true)
	}
	w.settled(ids)
	for id, n := range w.settleLogs() {
		if n != 1 {
			t.Errorf("batch %d settled %d times", id, n)
		}
	}
	if !stalled.Load() {
		t.Error("the pipeline never reported the lost blocks")
	}
	testsvc.CheckFor(t, 10*time.Second, 10*time.Millisecond, func() error {
		if s, why := w.pipe.Stalled(); s {
			return errors.New("still stalled: " + why)
		}
		return nil
	})
	t.Logf("batches resolved before the loss: %d", resolvedBefore-1)
	w.halt()
}
