package txsend_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hourglass-exchange/hourglass/contracts/gasbench"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/evm/txsend"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// checkFor polls until fn returns nil (testsvc.CheckFor).
var checkFor = testsvc.CheckFor

// replaceAfter is the tests' ReplaceAfter: far more fake time than
// newFakeClock's pump moves in a test, so that only a test's own Advance
// makes a transaction stuck.
const replaceAfter = time.Hour

// newFakeClock returns a clock.Fake that fires its own timers, a couple of
// real milliseconds after they are armed, so that polls and retry backoffs
// run at once. Each firing moves fake time to that timer's deadline (a poll
// interval or a backoff): far less than replaceAfter.
func newFakeClock(t testing.TB) *clock.Fake {
	clk := clock.NewFake(time.Unix(1_800_000_000, 0))
	done, stopped := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(stopped)
		pace := time.NewTicker(2 * time.Millisecond) // real time: paces the pump
		defer pace.Stop()
		for {
			select {
			case <-done:
				return
			case <-pace.C:
			}
			if d, ok := clk.NextDeadline(); ok {
				clk.Set(d)
			}
		}
	}()
	t.Cleanup(func() { close(done); <-stopped })
	return clk
}

// newEnv deploys the Exchange, stablecoin and token on an Osaka dev chain.
func newEnv(t testing.TB) *gasbench.Env {
	t.Helper()
	env, err := gasbench.NewEnv(gasbench.FirstTrader+2, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = env.Close() })
	return env
}

func testLogger(t testing.TB) *slog.Logger {
	if testing.Verbose() {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.DiscardHandler)
}

// newSender starts a Sender for env's account i with a fake clock and fast
// polling; edit changes the config first.
func newSender(t testing.TB, env *gasbench.Env, i int, edit func(*txsend.Config)) (*txsend.Sender, *clock.Fake) {
	t.Helper()
	clk := newFakeClock(t)
	cfg := txsend.Config{
		Node: env.Chain.Client, Key: env.Chain.Keys[i], Clock: clk, Logger: testLogger(t),
		PollInterval: 5 * time.Millisecond, ReplaceAfter: replaceAfter,
	}
	if edit != nil {
		edit(&cfg)
	}
	s, err := txsend.New(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s, clk
}

// mineUntil commits blocks until every Pending is done, then returns their
// receipts, failing on an error.
func mineUntil(t testing.TB, env *gasbench.Env, ps ...*txsend.Pending) []*types.Receipt {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	rcs := make([]*types.Receipt, len(ps))
	for i, p := range ps {
		mineDone(t, env, p)
		rc, err := p.Wait(ctx)
		if err != nil {
			t.Fatalf("request %s: %v", p.Key(), err)
		}
		rcs[i] = rc
	}
	return rcs
}

// mineDone commits blocks until p is done.
func mineDone(t testing.TB, env *gasbench.Env, p *txsend.Pending) {
	t.Helper()
	env.Chain.Backend.Commit()
	checkFor(t, 30*time.Second, 10*time.Millisecond, func() error {
		select {
		case <-p.Done():
			return nil
		default:
		}
		env.Chain.Backend.Commit()
		return fmt.Errorf("request %s not mined", p.Key())
	})
}

// settleReq is an empty settle of batch id as a request.
func settleReq(env *gasbench.Env, id uint64) txsend.Request {
	return txsend.Request{To: env.Exchange, Data: env.ExB.PackSettle(id, nil, nil, nil), Key: fmt.Sprintf("batch-%d", id)}
}

// mintReq mints amount stablecoin to `to` (Admin only).
func mintReq(env *gasbench.Env, to common.Address, amount int64, key string) txsend.Request {
	return txsend.Request{To: env.Coin, Data: env.CoinB.PackMint(to, big.NewInt(amount)), Key: key}
}

func lastBatchID(t testing.TB, env *gasbench.Env) uint64 {
	t.Helper()
	id, err := bind.Call(env.ExchangeI, nil, env.ExB.PackLastBatchId(), env.ExB.UnpackLastBatchId)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func nonceAt(t testing.TB, env *gasbench.Env, a common.Address) (latest, pending uint64) {
	t.Helper()
	ctx := context.Background()
	latest, err := env.Chain.Client.NonceAt(ctx, a, nil)
	if err != nil {
		t.Fatal(err)
	}
	pending, err = env.Chain.Client.PendingNonceAt(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return latest, pending
}

// flakyNode is a Node whose SendTransaction can be made to fail.
type flakyNode struct {
	txsend.Node
	mu         sync.Mutex
	sendCalls  int
	nonceCalls int
	failSends  int   // fail this many SendTransaction calls ...
	sendErr    error // ... with this error
}

func (n *flakyNode) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	n.mu.Lock()
	n.sendCalls++
	fail := n.failSends != 0
	if n.failSends > 0 {
		n.failSends--
	}
	n.mu.Unlock()
	if fail {
		return n.sendErr
	}
	return n.Node.SendTransaction(ctx, tx)
}

// NonceAt counts monitor polls: each poll with work asks it once.
func (n *flakyNode) NonceAt(ctx context.Context, a common.Address, block *big.Int) (uint64, error) {
	n.mu.Lock()
	n.nonceCalls++
	n.mu.Unlock()
	return n.Node.NonceAt(ctx, a, block)
}

// waitPolls waits until the monitor has polled k more times.
func (n *flakyNode) waitPolls(t testing.TB, k int) {
	t.Helper()
	n.mu.Lock()
	want := n.nonceCalls + k
	n.mu.Unlock()
	checkFor(t, 10*time.Second, 2*time.Millisecond, func() error {
		n.mu.Lock()
		defer n.mu.Unlock()
		if n.nonceCalls < want {
			return fmt.Errorf("%d polls, want %d", n.nonceCalls, want)
		}
		return nil
	})
}

func (n *flakyNode) calls() int {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.sendCalls
}

// sendRaw sends a transaction from key outside any Sender (another
// process using the same key) with the given nonce and fees.
func sendRaw(t testing.TB, env *gasbench.Env, key *ecdsa.PrivateKey, nonce uint64, tip, feeCap *big.Int, to common.Address, data []byte) *types.Transaction {
	t.Helper()
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(env.Chain.ChainID), &types.DynamicFeeTx{
		ChainID: env.Chain.ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 200_000, To: &to, Data: data,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := env.Chain.Client.SendTransaction(context.Background(), tx); err != nil {
		t.Fatal(err)
	}
	return tx
}
