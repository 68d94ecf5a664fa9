package settlement_test

import (
	"bytes"
	"context"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/settlement"
	"github.com/hourglass-exchange/hourglass/internal/evm/txsend"
)

// refusing is a sender whose simulation of any settle call carrying an
// order of one address reverts as a whole, as a batch holding a wallet
// that burns the batch's gas would.
type refusing struct {
	*txsend.Sender
	bad common.Address
}

func (r refusing) check(req txsend.Request) error {
	data := req.Data
	if len(req.SimulateData) > 0 {
		data = req.SimulateData
	}
	if bytes.Contains(data, r.bad[:]) {
		return &txsend.RevertError{Data: crypto.Keccak256([]byte("BadBatchEncoding()"))[:4], Message: "execution reverted"}
	}
	return nil
}

func (r refusing) Send(ctx context.Context, req txsend.Request) (*txsend.Pending, error) {
	if err := r.check(req); err != nil {
		return nil, err
	}
	return r.Sender.Send(ctx, req)
}

func (r refusing) Simulate(ctx context.Context, req txsend.Request) error {
	if err := r.check(req); err != nil {
		return err
	}
	return r.Sender.Simulate(ctx, req)
}

// TestPipelineSkipsRefusedFills: a fill whose batch the chain refuses as a
// whole (simulation reverts) and a fill whose signed order cannot be
// encoded do not hold the batches behind them: the pipeline finds them by
// bisection, skips them in the engine with the operator's reasons
// (SIMULATION_FAILED, UNBUILDABLE), and settles every other fill; the
// engine's balances equal the chain's, so the skipped fills were undone
// exactly.
func TestPipelineSkipsRefusedFills(t *testing.T) {
	w := newWorld(t, 5)
	w.maxFills = 7
	bad := w.keys[3]
	w.wrap = func(s *txsend.Sender) settlement.Sender { return refusing{Sender: s, bad: bad.Addr} }
	w.start(true)
	ids := w.funded()
	rng := rand.New(rand.NewPCG(7, 8))
	var nonce uint64
	good := ids[:3]
	w.trade(rng, good, 20, &nonce)

	place := func(trader int, side exchange.Side, tif exchange.TimeInForce, meta []byte) {
		t.Helper()
		nonce++
		c := exchange.Command{Kind: exchange.CmdPlace, Account: ids[trader], Side: side, TIF: tif,
			Price: 40_000, Qty: 1, MaxFeeBps: 10, Nonce: nonce}
		if side == exchange.Sell {
			c.Price = 10_000
		}
		c, err := settlement.SignPlace(w.keys[trader].Priv, w.env.Domain, w.spec, c)
		if err != nil {
			t.Fatal(err)
		}
		if meta != nil {
			c.Meta = meta
		}
		for _, ev := range w.submit(c) {
			if ev.Kind == exchange.EvRejected {
				t.Fatalf("planted order rejected: %v", ev.Reason)
			}
		}
	}
	// The planted trader sells into the book: every fill of its order
	// makes a settle call revert.
	place(3, exchange.Sell, exchange.IOC, nil)
	// Trader 4's order carries a signed order that does not decode.
	place(4, exchange.Sell, exchange.IOC, []byte("not a signed order"))
	w.trade(rng, good, 40, &nonce)

	w.settled(ids)
	// Every fill of the planted orders was skipped with the operator's
	// reason, and only those.
	skipped := map[string]int{}
	for {
		select {
		case ev := <-w.batches:
			if ev.Kind == "skipped" || ev.Kind == "resolved" {
				for k, n := range ev.Reasons {
					skipped[k] += n
				}
			}
			continue
		default:
		}
		break
	}
	if skipped["SIMULATION_FAILED/operator"] == 0 || skipped["UNBUILDABLE/operator"] == 0 || len(skipped) != 2 {
		t.Fatalf("skips by reason: %v", skipped)
	}
	// The planted traders end where they started.
	for _, i := range []int{3, 4} {
		w.query(func(e exchange.View) {
			c, ch := e.Balance(ids[i], cash)
			tk, th := e.Balance(ids[i], token)
			if c+ch != cashEach || tk+th != tokensEach {
				t.Errorf("trader %d: cash %d tokens %d", i, c+ch, tk+th)
			}
		})
	}
	w.halt()
}
