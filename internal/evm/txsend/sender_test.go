package txsend_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/contracts/gasbench"
	"github.com/hourglass-exchange/hourglass/internal/evm/txsend"
)

// TestSimulationRevertSendsNothing: a settle with the wrong batch id
// reverts in simulation with the Exchange's custom error, decoded, and no
// transaction is journaled or sent.
func TestSimulationRevertSendsNothing(t *testing.T) {
	env := newEnv(t)
	j := &txsend.MemJournal{}
	s, _ := newSender(t, env, gasbench.Operator, func(c *txsend.Config) { c.Journal = j })
	_, err := s.Send(context.Background(), settleReq(env, 5))
	var rev *txsend.RevertError
	if !errors.As(err, &rev) {
		t.Fatalf("Send = %v, want a *RevertError", err)
	}
	if sel := rev.Selector(); common.Hash(bindings.ExchangeBadBatchIdErrorID()) == (common.Hash{}) || [4]byte(bindings.ExchangeBadBatchIdErrorID().Bytes()[:4]) != sel {
		t.Fatalf("selector %x, want BadBatchId's", sel)
	}
	dec, err := env.ExB.UnpackError(rev.Data)
	if err != nil {
		t.Fatal(err)
	}
	if bad, ok := dec.(*bindings.ExchangeBadBatchId); !ok || bad.Got != 5 || bad.Want != 1 {
		t.Fatalf("decoded %#v, want BadBatchId(5, 1)", dec)
	}
	t.Logf("revert: %v", rev)
	if recs, _ := j.Load(); len(recs) != 0 {
		t.Fatalf("journal has %d records, want none", len(recs))
	}
	if latest, pending := nonceAt(t, env, s.Address()); latest != 0 || pending != 0 {
		t.Fatalf("operator nonce %d/%d, want nothing sent", latest, pending)
	}
}

// TestSettleBatchesInOrder settles three batches one after another, as the
// settlement pipeline does, and checks idempotency by key afterwards.
func TestSettleBatchesInOrder(t *testing.T) {
	env := newEnv(t)
	s, _ := newSender(t, env, gasbench.Operator, nil)
	ctx := context.Background()
	var ps []*txsend.Pending
	for id := uint64(1); id <= 3; id++ {
		p, err := s.Send(ctx, settleReq(env, id))
		if err != nil {
			t.Fatalf("batch %d: %v", id, err)
		}
		if p.Nonce() != id-1 {
			t.Fatalf("batch %d got nonce %d, want %d", id, p.Nonce(), id-1)
		}
		ps = append(ps, p)
		mineUntil(t, env, p)
	}
	rcs := mineUntil(t, env, ps...)
	if got := lastBatchID(t, env); got != 3 {
		t.Fatalf("lastBatchId = %d, want 3", got)
	}
	// The same key again: the mined receipt, nothing sent.
	p, err := s.Send(ctx, settleReq(env, 2))
	if err != nil {
		t.Fatal(err)
	}
	rc, err := p.Wait(ctx)
	if err != nil || rc.TxHash != rcs[1].TxHash {
		t.Fatalf("resend of batch-2 = %v, %v; want its receipt %s", rc, err, rcs[1].TxHash)
	}
	if _, pending := nonceAt(t, env, s.Address()); pending != 3 {
		t.Fatalf("pending nonce %d after an idempotent resend, want 3", pending)
	}
	// Same key, other payload: refused.
	bad := settleReq(env, 4)
	bad.Key = "batch-2"
	if _, err := s.Send(ctx, bad); !errors.Is(err, txsend.ErrKeyConflict) {
		t.Fatalf("key reuse with another payload = %v, want ErrKeyConflict", err)
	}
}

// TestConcurrentSendsSequentialNonces: many goroutines send at once; the
// nonces are consecutive with no gap or repeat, and every one is mined.
func TestConcurrentSendsSequentialNonces(t *testing.T) {
	env := newEnv(t)
	s, _ := newSender(t, env, gasbench.Admin, nil)
	_, start := nonceAt(t, env, s.Address())
	const n = 40
	ps := make([]*txsend.Pending, n)
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		wg.Go(func() {
			p, err := s.Send(context.Background(), mintReq(env, common.BigToAddress(big.NewInt(int64(1000+i))), 1, fmt.Sprintf("mint-%d", i)))
			if err != nil {
				errs <- err
				return
			}
			ps[i] = p
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	nonces := make([]int, n)
	for i, p := range ps {
		nonces[i] = int(p.Nonce())
	}
	sort.Ints(nonces)
	for i, nc := range nonces {
		if nc != int(start)+i {
			t.Fatalf("nonces %v: want %d..%d with no gap or repeat", nonces, start, int(start)+n-1)
		}
	}
	mineUntil(t, env, ps...)
	if latest, _ := nonceAt(t, env, s.Address()); latest != start+n {
		t.Fatalf("nonce %d after %d sends from %d", latest, n, start)
	}
	for i := range n {
		b, err := env.CoinBalance(common.BigToAddress(big.NewInt(int64(1000 + i))))
		if err != nil || b.Int64() != 1 {
			t.Fatalf("holder %d balance %v, %v; want 1", i, b, err)
		}
	}
}

// TestStuckTransactionReplaced: a transaction not mined for ReplaceAfter is
// re-signed at the same nonce with fees up by at least 12.5%; the pool
// takes the replacement and exactly one of the two is mined.
func TestStuckTransactionReplaced(t *testing.T) {
	env := newEnv(t)
	j := &txsend.MemJournal{}
	s, clk := newSender(t, env, gasbench.Admin, func(c *txsend.Config) { c.Journal = j })
	ctx := context.Background()
	holder := common.HexToAddress("0xbeef")
	_, start := nonceAt(t, env, s.Address())
	p, err := s.Send(ctx, mintReq(env, holder, 7, "stuck"))
	if err != nil {
		t.Fatal(err)
	}
	// Not mined (no Commit). Stuck once ReplaceAfter has passed.
	clk.Advance(2 * replaceAfter)
	checkFor(t, 10*time.Second, 5*time.Millisecond, func() error {
		if h := p.Hashes(); len(h) < 2 {
			return fmt.Errorf("%d hashes, want a replacement", len(h))
		}
		return nil
	})
	hs := p.Hashes()
	// The original left the pool; its bytes are in the journal.
	recs, _ := j.Load()
	first := new(types.Transaction)
	if err := first.UnmarshalBinary(recs[0].Raw); err != nil || first.Hash() != hs[0] {
		t.Fatalf("journal's first record %+v: %v", recs[0], err)
	}
	var second *types.Transaction
	checkFor(t, 10*time.Second, 5*time.Millisecond, func() error {
		tx, pending, err := env.Chain.Client.TransactionByHash(ctx, hs[1])
		if err != nil || !pending {
			return fmt.Errorf("replacement not in the pool: pending=%v err=%v", pending, err)
		}
		second = tx
		return nil
	})
	if first.Nonce() != second.Nonce() || first.Nonce() != start {
		t.Fatalf("nonces %d, %d; want both %d", first.Nonce(), second.Nonce(), start)
	}
	atLeast := func(a, b *big.Int) bool { // a >= 1.125 b
		return new(big.Int).Mul(a, big.NewInt(8)).Cmp(new(big.Int).Mul(b, big.NewInt(9))) >= 0
	}
	if !atLeast(second.GasTipCap(), first.GasTipCap()) || !atLeast(second.GasFeeCap(), first.GasFeeCap()) {
		t.Fatalf("fees %v/%v -> %v/%v: want +12.5%% on both", first.GasTipCap(), first.GasFeeCap(), second.GasTipCap(), second.GasFeeCap())
	}
	if string(first.Data()) != string(second.Data()) || *first.To() != *second.To() || first.Gas() != second.Gas() {
		t.Fatal("the replacement carries another payload")
	}
	rc := mineUntil(t, env, p)[0]
	if rc.TxHash != hs[0] && rc.TxHash != hs[1] {
		t.Fatalf("mined %s, not one of %v", rc.TxHash, hs)
	}
	t.Logf("mined the %s (fees %v/%v -> %v/%v)", map[bool]string{true: "replacement", false: "original"}[rc.TxHash == hs[1]],
		first.GasTipCap(), first.GasFeeCap(), second.GasTipCap(), second.GasFeeCap())
	for i := 0; i < 3; i++ {
		env.Chain.Backend.Commit()
	}
	if latest, _ := nonceAt(t, env, s.Address()); latest != start+1 {
		t.Fatalf("nonce %d, want %d: exactly one transaction", latest, start+1)
	}
	if b, err := env.CoinBalance(holder); err != nil || b.Int64() != 7 {
		t.Fatalf("holder balance %v, %v; want minted once (7)", b, err)
	}
}

// TestReplacementBoundedByMaxFeeCap: at MaxFeeCap the stuck transaction is
// re-sent unchanged instead of replaced.
func TestReplacementBoundedByMaxFeeCap(t *testing.T) {
	env := newEnv(t)
	// A cap a little above what the first transaction pays.
	h, err := env.Chain.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	tip, err := env.Chain.Client.SuggestGasTipCap(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	maxCap := new(big.Int).Add(new(big.Int).Mul(h.BaseFee, big.NewInt(2)), tip)
	node := &flakyNode{Node: env.Chain.Client}
	s, clk := newSender(t, env, gasbench.Admin, func(c *txsend.Config) { c.MaxFeeCap = maxCap; c.Node = node })
	p, err := s.Send(context.Background(), mintReq(env, common.HexToAddress("0xcafe"), 1, "capped"))
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		clk.Advance(2 * replaceAfter)
		node.waitPolls(t, 3)
	}
	if n := len(p.Hashes()); n != 1 {
		t.Fatalf("%d hashes; at MaxFeeCap the transaction must not be re-signed", n)
	}
	mineUntil(t, env, p)
}

// TestRestartRebroadcastsSameNonce: a Sender journals a transaction and
// dies before any node has it; a new Sender on the same file journal sends
// that same transaction at the same nonce, and Send with the key returns
// it instead of sending the request again.
func TestRestartRebroadcastsSameNonce(t *testing.T) {
	env := newEnv(t)
	path := filepath.Join(t.TempDir(), "admin.journal")
	j1, err := txsend.OpenFileJournal(path)
	if err != nil {
		t.Fatal(err)
	}
	down := &flakyNode{Node: env.Chain.Client, failSends: -1, sendErr: &net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}}
	s1, err := txsend.New(context.Background(), txsend.Config{
		Node: down, Key: env.Chain.Keys[gasbench.Admin], Journal: j1, Clock: newFakeClock(t), Logger: testLogger(t),
		PollInterval: 5 * time.Millisecond, MaxRetries: 1,
	})
	if err != nil {
		t.Fatal(err)
	}
	holder := common.HexToAddress("0xfeed")
	req := mintReq(env, holder, 3, "batch-9")
	p1, err := s1.Send(context.Background(), req)
	if err != nil {
		t.Fatalf("Send with the node unreachable = %v; want it journaled and pending", err)
	}
	checkFor(t, 5*time.Second, 5*time.Millisecond, func() error {
		if down.calls() < 3 {
			return fmt.Errorf("%d broadcast attempts", down.calls())
		}
		return nil
	})
	_ = s1.Close() // the crash
	_ = j1.Close()
	if _, pending := nonceAt(t, env, s1.Address()); pending != p1.Nonce() {
		t.Fatalf("the node has the transaction already (pending nonce %d)", pending)
	}
	// A torn line from the crash at the end of the file is ignored.
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	_, _ = f.WriteString(`{"op":"tx","key":"batch-`)
	_ = f.Close()

	j2, err := txsend.OpenFileJournal(path)
	if err != nil {
		t.Fatal(err)
	}
	defer j2.Close()
	s2, _ := newSender(t, env, gasbench.Admin, func(c *txsend.Config) { c.Journal = j2 })
	p2, ok := s2.Lookup("batch-9")
	if !ok {
		t.Fatal("restarted sender does not know batch-9")
	}
	again, err := s2.Send(context.Background(), req)
	if err != nil || again != p2 {
		t.Fatalf("Send of a journaled key = %v, %v; want its Pending", again, err)
	}
	if p2.Nonce() != p1.Nonce() || p2.Hashes()[0] != p1.Hashes()[0] {
		t.Fatalf("restart: nonce %d hash %v, want nonce %d hash %v", p2.Nonce(), p2.Hashes(), p1.Nonce(), p1.Hashes())
	}
	rc := mineUntil(t, env, p2)[0]
	if rc.TxHash != p1.Hashes()[0] {
		t.Fatalf("mined %s, want the journaled %s", rc.TxHash, p1.Hashes()[0])
	}
	if b, err := env.CoinBalance(holder); err != nil || b.Int64() != 3 {
		t.Fatalf("holder balance %v, %v; want 3 (once)", b, err)
	}
	// The next request takes the next nonce.
	p3, err := s2.Send(context.Background(), mintReq(env, holder, 1, "batch-10"))
	if err != nil || p3.Nonce() != p1.Nonce()+1 {
		t.Fatalf("next send: nonce %v, %v; want %d", p3, err, p1.Nonce()+1)
	}
	mineUntil(t, env, p3)
}

// TestNonceTooLowRecovery: another process uses the key behind the
// Sender's back; the Sender's next transaction gets "nonce too low" and is
// sent at the next free nonce.
func TestNonceTooLowRecovery(t *testing.T) {
	env := newEnv(t)
	j := &txsend.MemJournal{}
	s, _ := newSender(t, env, gasbench.Admin, func(c *txsend.Config) { c.Journal = j })
	_, start := nonceAt(t, env, s.Address())
	// The other process: a mint from the same key, mined.
	if _, err := env.Send(gasbench.Admin, env.CoinI, env.CoinB.PackMint(common.HexToAddress("0x01"), big.NewInt(1))); err != nil {
		t.Fatal(err)
	}
	p, err := s.Send(context.Background(), mintReq(env, common.HexToAddress("0x02"), 1, "after-other"))
	if err != nil {
		t.Fatal(err)
	}
	if p.Nonce() != start+1 {
		t.Fatalf("nonce %d, want %d (the other process used %d)", p.Nonce(), start+1, start)
	}
	mineUntil(t, env, p)
	recs, _ := j.Load()
	var drops int
	for _, r := range recs {
		if r.Op == txsend.OpDrop && r.Nonce == start {
			drops++
		}
	}
	if drops != 1 {
		t.Fatalf("journal %+v: want one drop of nonce %d", recs, start)
	}
}

// TestNonceTakenWhilePending: another process replaces the Sender's pending
// transaction with its own at the same nonce; the Sender sees the nonce
// used by a transaction not its own, simulates again and sends at a new
// nonce.
func TestNonceTakenWhilePending(t *testing.T) {
	env := newEnv(t)
	s, _ := newSender(t, env, gasbench.Admin, nil)
	ctx := context.Background()
	holder := common.HexToAddress("0xabcd")
	p, err := s.Send(ctx, mintReq(env, holder, 5, "displaced"))
	if err != nil {
		t.Fatal(err)
	}
	ours, _, err := env.Chain.Client.TransactionByHash(ctx, p.Hashes()[0])
	if err != nil {
		t.Fatal(err)
	}
	other := sendRaw(t, env, env.Chain.Keys[gasbench.Admin], ours.Nonce(),
		new(big.Int).Mul(ours.GasTipCap(), big.NewInt(3)), new(big.Int).Mul(ours.GasFeeCap(), big.NewInt(3)),
		env.Coin, env.CoinB.PackMint(common.HexToAddress("0x03"), big.NewInt(1)))
	rc := mineUntil(t, env, p)[0]
	if rc.TxHash == other.Hash() || p.Nonce() == ours.Nonce() {
		t.Fatalf("mined %s at nonce %d; want a new transaction at a new nonce", rc.TxHash, p.Nonce())
	}
	if b, err := env.CoinBalance(holder); err != nil || b.Int64() != 5 {
		t.Fatalf("holder balance %v, %v; want 5", b, err)
	}
}

// TestTransientErrorsRetried: the node refuses connections twice; Send
// retries and the transaction goes out once.
func TestTransientErrorsRetried(t *testing.T) {
	env := newEnv(t)
	node := &flakyNode{Node: env.Chain.Client, failSends: 2, sendErr: &net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}}
	s, _ := newSender(t, env, gasbench.Admin, func(c *txsend.Config) { c.Node = node })
	p, err := s.Send(context.Background(), mintReq(env, common.HexToAddress("0x04"), 1, "flaky"))
	if err != nil {
		t.Fatal(err)
	}
	if node.calls() != 3 {
		t.Fatalf("%d send attempts, want 3", node.calls())
	}
	if len(p.Hashes()) != 1 {
		t.Fatalf("%d transactions, want one", len(p.Hashes()))
	}
	mineUntil(t, env, p)
}

// TestRejectedGivesNonceBack: a transaction the node refuses outright
// returns ErrRejected and the next request takes the same nonce.
func TestRejectedGivesNonceBack(t *testing.T) {
	env := newEnv(t)
	node := &flakyNode{Node: env.Chain.Client, failSends: 1, sendErr: errors.New("insufficient funds for gas * price + value")}
	s, _ := newSender(t, env, gasbench.Admin, func(c *txsend.Config) { c.Node = node })
	_, start := nonceAt(t, env, s.Address())
	if _, err := s.Send(context.Background(), mintReq(env, common.HexToAddress("0x05"), 1, "refused")); !errors.Is(err, txsend.ErrRejected) {
		t.Fatalf("Send = %v, want ErrRejected", err)
	}
	p, err := s.Send(context.Background(), mintReq(env, common.HexToAddress("0x05"), 1, "refused"))
	if err != nil || p.Nonce() != start {
		t.Fatalf("retry: %v, %v; want nonce %d again", p, err, start)
	}
	mineUntil(t, env, p)
}

// TestMinedRevertReported: a transaction that passes simulation but reverts
// when mined (another transaction got there first) is reported with its
// receipt and ErrReverted.
func TestMinedRevertReported(t *testing.T) {
	env := newEnv(t)
	s, _ := newSender(t, env, gasbench.Operator, nil)
	ctx := context.Background()
	req := settleReq(env, 1)
	req.GasLimit = 200_000
	p1, err := s.Send(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	// Same batch under another key: simulated at the latest block it
	// passes, but batch 1 is mined first.
	req.Key = "batch-1-again"
	p2, err := s.Send(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	mineUntil(t, env, p1)
	mineDone(t, env, p2)
	rc, err := p2.Wait(ctx)
	if !errors.Is(err, txsend.ErrReverted) || rc == nil || rc.Status != types.ReceiptStatusFailed {
		t.Fatalf("second settle of batch 1 = %v, %v; want a failed receipt and ErrReverted", rc, err)
	}
	if got := lastBatchID(t, env); got != 1 {
		t.Fatalf("lastBatchId = %d", got)
	}
}

// TestReorgWaitsForConfirmations: with Confirmations 3 a receipt one block
// deep is not reported; the block is then reorged out, the transaction is
// mined again on the new chain, and the request completes with the
// canonical receipt, minted once.
func TestReorgWaitsForConfirmations(t *testing.T) {
	env := newEnv(t)
	node := &flakyNode{Node: env.Chain.Client}
	s, _ := newSender(t, env, gasbench.Admin, func(c *txsend.Config) { c.Confirmations = 3; c.Node = node })
	ctx := context.Background()
	holder := common.HexToAddress("0x5eed")
	p, err := s.Send(ctx, mintReq(env, holder, 2, "reorged"))
	if err != nil {
		t.Fatal(err)
	}
	var first *types.Receipt
	checkFor(t, 10*time.Second, 5*time.Millisecond, func() error {
		env.Chain.Backend.Commit()
		first, err = env.Chain.Client.TransactionReceipt(ctx, p.Hashes()[0])
		return err
	})
	node.waitPolls(t, 5) // still 1 block deep
	select {
	case <-p.Done():
		t.Fatal("reported at 1 confirmation of 3")
	default:
	}
	parent, err := env.Chain.Client.HeaderByNumber(ctx, new(big.Int).Sub(first.BlockNumber, big.NewInt(1)))
	if err != nil {
		t.Fatal(err)
	}
	if err := env.Chain.Backend.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	rc := mineUntil(t, env, p)[0]
	canon, err := env.Chain.Client.HeaderByNumber(ctx, rc.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	if rc.BlockHash != canon.Hash() {
		t.Fatalf("reported receipt in block %s, canonical is %s", rc.BlockHash, canon.Hash())
	}
	t.Logf("first mined in %s, reported in %s (block %d)", first.BlockHash, rc.BlockHash, rc.BlockNumber)
	if b, err := env.CoinBalance(holder); err != nil || b.Int64() != 2 {
		t.Fatalf("holder balance %v, %v; want 2", b, err)
	}
}

// TestLostBlocksResent: a node that loses the blocks of requests already
// reported mined (geth --dev killed, a reorg deeper than the
// confirmations) and forgets their transactions gets them again from the
// journal at their nonces, so the key's later requests are not stuck
// behind a hole in its nonces.
func TestLostBlocksResent(t *testing.T) {
	env := newEnv(t)
	s, _ := newSender(t, env, gasbench.Admin, nil)
	ctx := context.Background()
	holder := common.HexToAddress("0x1057")
	base, err := env.Chain.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	var ps []*txsend.Pending
	for i := range 3 {
		p, err := s.Send(ctx, mintReq(env, holder, 1, fmt.Sprintf("mint-%d", i)))
		if err != nil {
			t.Fatal(err)
		}
		ps = append(ps, p)
	}
	mineUntil(t, env, ps...)
	// The node loses every block since base, and the transactions in them.
	if err := env.Chain.Backend.Fork(base.Hash()); err != nil {
		t.Fatal(err)
	}
	env.Chain.Backend.Rollback()
	if b, err := env.CoinBalance(holder); err != nil || b.Sign() != 0 {
		t.Fatalf("after the loss the holder has %v (%v)", b, err)
	}
	p, err := s.Send(ctx, mintReq(env, holder, 1, "mint-after"))
	if err != nil {
		t.Fatal(err)
	}
	mineUntil(t, env, p)
	if b, err := env.CoinBalance(holder); err != nil || b.Int64() != 4 {
		t.Fatalf("holder balance %v (%v); want 4: the lost requests were not sent again", b, err)
	}
}
