package txsend

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hourglass-exchange/hourglass/internal/health"
)

// consumedPolls is how many polls in a row must see a request's nonce used
// by a transaction that is none of its own before it gets a new nonce: a
// node's receipt index can lag its state by a moment.
const consumedPolls = 3

// run is the monitor goroutine. While the node does not answer it polls
// less and less often: from PollInterval doubling up to MaxBackoff.
func (s *Sender) run() {
	defer close(s.stopped)
	backoff := health.Backoff{Base: s.cfg.PollInterval, Max: s.cfg.MaxBackoff}
	for {
		wait := s.cfg.PollInterval
		if s.poll() {
			backoff.Reset()
		} else {
			wait = backoff.Next()
		}
		t := s.clock.NewTimer(wait)
		select {
		case <-s.quit:
			t.Stop()
			return
		case <-s.wake:
		case <-t.C():
		}
		t.Stop()
	}
}

// poll looks at every unfinished request once. It returns false when the
// node did not answer.
func (s *Sender) poll() bool {
	rs := s.sortedRequests()
	s.mu.Lock()
	anyDone := len(s.done) > 0
	s.mu.Unlock()
	if len(rs) == 0 && !anyDone {
		return true
	}
	ctx := s.ctx
	var head *types.Header
	if err := s.retry(ctx, func(ctx context.Context) (err error) {
		head, err = s.node.HeaderByNumber(ctx, nil)
		return err
	}); err != nil {
		s.warnRPC("txsend: monitor: head", err)
		return !IsTransient(err)
	}
	// The nonce Confirmations blocks deep: a nonce used there by another
	// transaction is not undone by a shallow reorg.
	at := new(big.Int).Sub(head.Number, new(big.Int).SetUint64(s.cfg.Confirmations-1))
	if at.Sign() < 0 {
		at.SetInt64(0)
	}
	var used uint64
	if err := s.retry(ctx, func(ctx context.Context) (err error) {
		used, err = s.node.NonceAt(ctx, s.from, at)
		return err
	}); err != nil {
		s.warnRPC("txsend: monitor: nonce", err)
		return !IsTransient(err)
	}
	if s.reopenLost(used) > 0 {
		// The node lost blocks and, likely, its pool: send every
		// unfinished transaction again now rather than after ReplaceAfter.
		rs = s.sortedRequests()
		for _, r := range rs {
			r.needBroadcast = r.hasNonce
		}
	}
	for _, r := range rs {
		if ctx.Err() != nil {
			return true
		}
		s.check(ctx, r, head.Number.Uint64(), used)
	}
	return true
}

// reopenLost finds the mined requests that the chain no longer has: their
// nonce is at or above the key's nonce at the node's head (a node that
// lost blocks, or a reorg deeper than Confirmations). Each one becomes
// unfinished again, with the transactions the journal holds for it, and
// the monitor re-broadcasts them at their nonces: otherwise every later
// transaction of the key would wait behind the hole forever. It returns
// how many it re-opened.
func (s *Sender) reopenLost(used uint64) int {
	s.mu.Lock()
	if s.closed || used > s.maxDone {
		s.mu.Unlock()
		return 0
	}
	lost := map[string]Record{}
	for k, d := range s.done {
		if d.Nonce >= used {
			lost[k] = d
		}
	}
	s.mu.Unlock()
	if len(lost) == 0 {
		return 0
	}
	recs, err := s.journal.Load()
	if err != nil {
		s.log.Error("txsend: journal", "err", err)
		return 0
	}
	txs := map[string][]*types.Transaction{}
	for _, rec := range recs {
		d, ok := lost[rec.Key]
		if !ok || rec.Op != OpTx || rec.Nonce != d.Nonce {
			continue
		}
		tx := new(types.Transaction)
		if err := tx.UnmarshalBinary(rec.Raw); err == nil {
			txs[rec.Key] = append(txs[rec.Key], tx)
		}
	}
	n := 0
	for key, d := range lost {
		ts := txs[key]
		if len(ts) == 0 {
			s.log.Error("txsend: a mined request left the chain and the journal has no transaction for it", "key", key, "nonce", d.Nonce)
			continue
		}
		// Journal the newest transaction again: after a restart the key
		// is unfinished too.
		if err := s.journal.Append(Record{Op: OpTx, Key: key, Nonce: d.Nonce, Raw: mustRaw(ts[len(ts)-1])}); err != nil {
			s.log.Error("txsend: journal", "err", err)
			return n
		}
		tx := ts[0]
		r := &request{p: newPending(key), key: key, data: tx.Data(), value: tx.Value(), gas: tx.Gas(),
			nonce: d.Nonce, hasNonce: true, txs: ts, needBroadcast: true}
		if tx.To() != nil {
			r.to = *tx.To()
		}
		for _, t := range r.txs {
			r.p.addHash(d.Nonce, t.Hash())
		}
		s.mu.Lock()
		delete(s.done, key)
		s.reqs[key] = r
		s.mu.Unlock()
		n++
		s.log.Error("txsend: a mined transaction is no longer on the chain (the node lost blocks or reorganised deeper than the confirmations); sending it again",
			"key", key, "nonce", d.Nonce, "hash", d.Hash, "chain_nonce", used)
	}
	s.mu.Lock()
	s.maxDone = 0
	for _, d := range s.done {
		s.maxDone = max(s.maxDone, d.Nonce)
	}
	s.mu.Unlock()
	return n
}

// check moves one request along: completes it when mined deep enough,
// gives it a new nonce when another transaction used its nonce, re-sends or
// replaces it when it is stuck.
func (s *Sender) check(ctx context.Context, r *request, head, used uint64) {
	if !r.hasNonce {
		s.reassign(ctx, r)
		return
	}
	for i := len(r.txs) - 1; i >= 0; i-- {
		var rc *types.Receipt
		err := s.retry(ctx, func(ctx context.Context) (err error) {
			rc, err = s.node.TransactionReceipt(ctx, r.txs[i].Hash())
			return err
		})
		if err == nil {
			if rc.BlockNumber != nil && head+1 >= rc.BlockNumber.Uint64()+s.cfg.Confirmations {
				s.finish(r, rc, statusErr(rc))
			}
			return // mined; wait until deep enough
		}
		if !isNotFound(err) {
			s.warnRPC("txsend: monitor: receipt", err, "key", r.key, "hash", r.txs[i].Hash())
			return
		}
	}
	if used > r.nonce {
		if r.consumed++; r.consumed >= consumedPolls {
			s.log.Warn("txsend: nonce used by another transaction; re-sending at a new nonce", "key", r.key, "nonce", r.nonce)
			s.reassign(ctx, r)
		}
		return
	}
	r.consumed = 0
	if r.needBroadcast {
		s.rebroadcast(ctx, r, head)
		return
	}
	stuck := s.clock.Now().Sub(r.lastSent) >= s.cfg.ReplaceAfter ||
		(s.cfg.ReplaceAfterBlocks > 0 && head >= r.sentBlock+s.cfg.ReplaceAfterBlocks)
	if stuck {
		s.replace(ctx, r, head)
	}
}

// finish records the outcome and completes the Pending.
func (s *Sender) finish(r *request, rc *types.Receipt, err error) {
	rec := Record{Op: OpDone, Key: r.key, Nonce: r.nonce, Payload: payloadHash(r.to, r.value, r.data)}
	switch {
	case rc != nil:
		rec.Hash, rec.Status = rc.TxHash, rc.Status
		s.log.Info("txsend: mined", "key", r.key, "nonce", r.nonce, "hash", rc.TxHash, "status", rc.Status, "block", rc.BlockNumber, "gas_used", rc.GasUsed)
	default:
		rec.Err = err.Error()
		s.log.Warn("txsend: request failed", "key", r.key, "err", err)
	}
	if jerr := s.journal.Append(rec); jerr != nil {
		// The request stays done here; after a restart it is checked again.
		s.log.Error("txsend: journal", "err", jerr)
	}
	s.mu.Lock()
	delete(s.reqs, r.key)
	if rc != nil {
		s.done[r.key] = rec
		s.maxDone = max(s.maxDone, rec.Nonce)
	}
	s.mu.Unlock()
	r.p.complete(rc, err)
}

// rebroadcast re-sends the newest transaction of r.
func (s *Sender) rebroadcast(ctx context.Context, r *request, head uint64) {
	tx := r.txs[len(r.txs)-1]
	err := s.retry(ctx, func(ctx context.Context) error { return s.node.SendTransaction(ctx, tx) })
	switch {
	case err == nil || isAlreadyKnown(err) || isReplaceUnderpriced(err) || isNonceTooLow(err):
		// In a pool, or an older version of it is, or its nonce is used:
		// receipts and the nonce check take it from here.
		r.needBroadcast = false
	case IsTransient(err):
		s.warnRPC("txsend: rebroadcast failed; retrying", err, "key", r.key, "nonce", r.nonce)
		return
	default:
		s.log.Warn("txsend: node refused rebroadcast; retrying later", "key", r.key, "nonce", r.nonce, "hash", tx.Hash(), "err", err)
		r.needBroadcast = false
	}
	r.lastSent, r.sentBlock = s.clock.Now(), head
}

// bump raises a fee by at least 12.5% (and at least 1 wei).
func bump(x *big.Int) *big.Int {
	inc := new(big.Int).Add(x, big.NewInt(7))
	inc.Rsh(inc, 3) // ceil(x/8)
	if inc.Sign() == 0 {
		inc.SetInt64(1)
	}
	return inc.Add(inc, x)
}

// replaceable says whether geth's pool takes next in place of old: both
// tip and fee cap at least 10% higher.
func replaceable(oldTip, oldCap, tip, feeCap *big.Int) bool {
	need := func(x *big.Int) *big.Int {
		n := new(big.Int).Mul(x, big.NewInt(110))
		return n.Div(n, big.NewInt(100))
	}
	return tip.Cmp(need(oldTip)) >= 0 && feeCap.Cmp(need(oldCap)) >= 0 && (tip.Cmp(oldTip) > 0 || feeCap.Cmp(oldCap) > 0)
}

// replace re-signs r's nonce with bumped fees, or re-sends the newest
// transaction when the fees are at MaxFeeCap.
func (s *Sender) replace(ctx context.Context, r *request, head uint64) {
	oldTip, oldCap := new(big.Int), new(big.Int)
	for _, tx := range r.txs {
		oldTip, oldCap = bigMax(oldTip, tx.GasTipCap()), bigMax(oldCap, tx.GasFeeCap())
	}
	tip, feeCap, _, err := s.fees(ctx)
	if err != nil {
		s.warnRPC("txsend: replace: fees", err, "key", r.key)
		return
	}
	tip = bigMin(bigMax(bump(oldTip), tip), s.cfg.MaxFeeCap)
	feeCap = bigMin(bigMax(bump(oldCap), feeCap), s.cfg.MaxFeeCap)
	if feeCap.Cmp(tip) < 0 {
		feeCap = new(big.Int).Set(tip)
	}
	if !replaceable(oldTip, oldCap, tip, feeCap) {
		s.log.Warn("txsend: stuck at MaxFeeCap; re-sending unchanged", "key", r.key, "nonce", r.nonce, "fee_cap", oldCap)
		r.needBroadcast = true
		s.rebroadcast(ctx, r, head)
		return
	}
	tx, err := s.signTx(r, r.nonce, tip, feeCap)
	if err != nil {
		s.log.Error("txsend: replace: sign", "key", r.key, "err", err)
		return
	}
	if err := s.journal.Append(Record{Op: OpTx, Key: r.key, Nonce: r.nonce, Raw: mustRaw(tx)}); err != nil {
		s.log.Error("txsend: replace: journal", "key", r.key, "err", err)
		return
	}
	r.txs = append(r.txs, tx)
	r.p.addHash(r.nonce, tx.Hash())
	s.log.Info("txsend: replacing stuck transaction", "key", r.key, "nonce", r.nonce, "hash", tx.Hash(), "tip", tip, "fee_cap", feeCap)
	r.needBroadcast = true
	s.rebroadcast(ctx, r, head)
}

// reassign gives r a new nonce after another transaction used its own: it
// simulates r again (a revert ends it) and sends it at the next free nonce.
func (s *Sender) reassign(ctx context.Context, r *request) {
	to := r.to
	msg := ethereum.CallMsg{From: s.from, To: &to, Gas: r.gas, Value: r.value, Data: r.data}
	if err := s.simulate(ctx, msg); err != nil {
		if rev, ok := err.(*RevertError); ok {
			s.finish(r, nil, rev)
			return
		}
		s.warnRPC("txsend: reassign: simulate", err, "key", r.key)
		return
	}
	s.nonceMu.Lock()
	defer s.nonceMu.Unlock()
	if r.hasNonce {
		if err := s.journal.Append(Record{Op: OpDrop, Key: r.key, Nonce: r.nonce}); err != nil {
			s.log.Error("txsend: reassign: journal", "key", r.key, "err", err)
			return
		}
		r.hasNonce = false
	}
	var pending uint64
	if err := s.retry(ctx, func(ctx context.Context) (err error) {
		pending, err = s.node.PendingNonceAt(ctx, s.from)
		return err
	}); err != nil {
		s.warnRPC("txsend: reassign: pending nonce", err, "key", r.key)
		return
	}
	s.next = max(s.next, pending)
	head, err := s.assign(ctx, r)
	if err != nil {
		s.warnRPC("txsend: reassign", err, "key", r.key)
		return
	}
	r.needBroadcast = true
	s.rebroadcast(ctx, r, head)
}
