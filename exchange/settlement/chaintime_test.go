package settlement_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/settlement"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// TestPipelineJournalsChainTime: the pipeline journals the head block's
// timestamp as CmdChainTime, so the engine's time for expiry follows a
// chain whose clock runs ahead of the wall clock (the world's miner adds a
// block, a second of block time, every 5 ms). Before the hook the engine's
// chain time stayed 0 and it matched orders the contract held expired.
func TestPipelineJournalsChainTime(t *testing.T) {
	w := newWorld(t, 2)
	w.start(true)
	defer w.halt()
	h, err := w.env.Chain.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	want := int64(h.Time) * 1e9
	testsvc.CheckFor(t, 10*time.Second, 5*time.Millisecond, func() error {
		var got int64
		w.query(func(e exchange.View) { got = e.ChainTime() })
		if got < want {
			return fmt.Errorf("engine chain time %d, the head block's %d", got, want)
		}
		return nil
	})
	var ahead time.Duration
	w.query(func(e exchange.View) { ahead = time.Duration(e.ChainTime() - time.Now().UnixNano()) })
	t.Logf("the chain's clock runs %v ahead of the wall clock; the engine follows it", ahead.Round(time.Second))
	if c := settlement.ChainTimeCommand(1_700_000_000); c.Kind != exchange.CmdChainTime || c.Expiry != 1_700_000_000*1e9 {
		t.Fatalf("ChainTimeCommand: %+v", c)
	}
}
