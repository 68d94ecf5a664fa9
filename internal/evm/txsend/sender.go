package txsend

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/health"
)

// maxTxGas is the EIP-7825 cap on one transaction's gas (Osaka).
const maxTxGas = 1 << 24

// Config configures a Sender. Node and a key (Key, or From with Signer) are
// required; every other field has a default.
type Config struct {
	Node Node
	// Key signs; or From and Signer (e.g. a keystore or KMS signer).
	Key    *ecdsa.PrivateKey
	From   common.Address
	Signer bind.SignerFn
	// ChainID defaults to the node's.
	ChainID *big.Int

	Journal Journal      // default: a new MemJournal
	Clock   clock.Clock  // default: clock.Real
	Logger  *slog.Logger // default: discard

	// MaxFeeCap bounds the fee cap and tip of every transaction (default
	// 500 gwei).
	MaxFeeCap *big.Int
	// GasMargin is the percentage added to the gas estimate when a request
	// has no GasLimit (default 20).
	GasMargin uint64
	// SimulatePending simulates (and estimates gas) at the node's pending
	// block instead of the latest one. Best effort: geth serves a pending
	// block it built up to 2s earlier, which may lack transactions sent
	// since.
	SimulatePending bool

	// PollInterval is how often the monitor looks for receipts (default 1s).
	PollInterval time.Duration
	// ReplaceAfter is how long a transaction may stay unmined before it is
	// replaced with higher fees (default 30s).
	ReplaceAfter time.Duration
	// ReplaceAfterBlocks, when not 0, also replaces a transaction after this
	// many new blocks without it.
	ReplaceAfterBlocks uint64
	// Confirmations is how deep a receipt must be before the request is
	// reported (default 1: mined).
	Confirmations uint64

	// Health is told whether each call reached the node
	// (health.Dependency, shared with the log watcher): it says once that
	// the node is not answering and once that it answers again, and the
	// sender logs the failures it retries at debug level only. Default: a
	// health.Dependency of the sender's own, logging to Logger.
	Health Health
	// MaxBackoff caps the monitor's delay between polls while the node
	// does not answer: from PollInterval it doubles up to MaxBackoff
	// (default 5s).
	MaxBackoff time.Duration

	// RPCTimeout bounds one call to the node (default 10s).
	RPCTimeout time.Duration
	// MaxRetries is how many times a transient RPC error is retried
	// (default 5), waiting RetryBase (default 100ms) doubling up to
	// RetryMax (default 5s).
	MaxRetries int
	RetryBase  time.Duration
	RetryMax   time.Duration
}

// Health is told about the node's answers (health.Dependency): Failed
// after a call that got none, OK after one that did.
type Health interface {
	Failed(by string, err error)
	OK()
}

// Request is one call to send.
type Request struct {
	To    common.Address
	Data  []byte
	Value *big.Int // nil: 0
	// GasLimit 0 estimates the gas and adds Config.GasMargin percent.
	GasLimit uint64
	// Key names the request for idempotency ("batch-17"): while a request
	// with this Key is pending or mined, Send returns it instead of sending
	// again, across restarts that keep the journal.
	Key string
	// SimulateData, if set, is what Send simulates (and, without a
	// GasLimit, estimates) instead of Data: the same call as it would run
	// on the state it will meet once the requests sent before it are mined
	// (a settle whose batch id the chain will expect by then, simulated
	// under the id it expects now). It is not part of the payload.
	SimulateData []byte
}

// Sender sends the transactions of one key.
type Sender struct {
	cfg     Config
	node    Node
	from    common.Address
	sign    bind.SignerFn
	chainID *big.Int
	journal Journal
	clock   clock.Clock
	log     *slog.Logger

	nonceMu sync.Mutex // before mu
	next    uint64     // the next nonce to assign; under nonceMu

	mu      sync.Mutex
	reqs    map[string]*request // unfinished requests by key; monitor owns their fields
	done    map[string]Record   // mined requests by key
	maxDone uint64              // the highest nonce in done
	closed  bool

	ctx     context.Context // the monitor's; cancelled by Close
	cancel  context.CancelFunc
	wake    chan struct{}
	quit    chan struct{}
	stopped chan struct{}
}

// request is an unfinished request. After it is registered in Sender.reqs
// only the monitor goroutine changes its fields (reassign under nonceMu).
type request struct {
	p     *Pending
	key   string
	to    common.Address
	data  []byte
	value *big.Int
	gas   uint64

	nonce    uint64
	hasNonce bool                 // false: the nonce was dropped, reassign
	txs      []*types.Transaction // signed for nonce, oldest first

	needBroadcast bool // the newest tx may not have reached the node
	lastSent      time.Time
	sentBlock     uint64
	consumed      int // polls in a row that saw the nonce used by another tx
}

// New starts a Sender: it reads the journal, takes the next nonce from
// max(the node's pending nonce, the journal's), and starts the monitor,
// which re-broadcasts the journal's unfinished transactions.
func New(ctx context.Context, cfg Config) (*Sender, error) {
	if cfg.Node == nil {
		return nil, errors.New("txsend: Config.Node is required")
	}
	setDefaults(&cfg)
	s := &Sender{
		cfg: cfg, node: cfg.Node, journal: cfg.Journal, clock: cfg.Clock, log: cfg.Logger,
		reqs: map[string]*request{}, done: map[string]Record{},
		wake: make(chan struct{}, 1), quit: make(chan struct{}), stopped: make(chan struct{}),
	}
	if cfg.ChainID != nil {
		s.chainID = cfg.ChainID
	} else if err := s.retry(ctx, func(ctx context.Context) (err error) {
		s.chainID, err = s.node.ChainID(ctx)
		return err
	}); err != nil {
		return nil, fmt.Errorf("txsend: chain id: %w", err)
	}
	switch {
	case cfg.Key != nil:
		s.from = crypto.PubkeyToAddress(cfg.Key.PublicKey)
		s.sign = bind.NewKeyedTransactor(cfg.Key, s.chainID).Signer
	case cfg.Signer != nil && cfg.From != (common.Address{}):
		s.from, s.sign = cfg.From, cfg.Signer
	default:
		return nil, errors.New("txsend: Config.Key, or Config.From and Config.Signer, is required")
	}
	if err := s.restore(ctx); err != nil {
		return nil, err
	}
	s.ctx, s.cancel = context.WithCancel(context.Background())
	go s.run()
	return s, nil
}

func setDefaults(c *Config) {
	if c.Journal == nil {
		c.Journal = &MemJournal{}
	}
	c.Clock = clock.Or(c.Clock)
	if c.Logger == nil {
		c.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if c.MaxFeeCap == nil {
		c.MaxFeeCap = new(big.Int).Mul(big.NewInt(500), big.NewInt(params.GWei))
	}
	if c.GasMargin == 0 {
		c.GasMargin = 20
	}
	if c.PollInterval <= 0 {
		c.PollInterval = time.Second
	}
	if c.ReplaceAfter <= 0 {
		c.ReplaceAfter = 30 * time.Second
	}
	if c.Confirmations == 0 {
		c.Confirmations = 1
	}
	if c.RPCTimeout <= 0 {
		c.RPCTimeout = 10 * time.Second
	}
	if c.MaxRetries <= 0 {
		c.MaxRetries = 5
	}
	if c.RetryBase <= 0 {
		c.RetryBase = 100 * time.Millisecond
	}
	if c.RetryMax <= 0 {
		c.RetryMax = 5 * time.Second
	}
	if c.MaxBackoff <= 0 {
		c.MaxBackoff = 5 * time.Second
	}
	c.MaxBackoff = max(c.MaxBackoff, c.PollInterval)
	if c.Health == nil {
		c.Health = health.New("chain", c.Logger, c.Clock)
	}
}

// restore folds the journal into the request table and the next nonce.
func (s *Sender) restore(ctx context.Context) error {
	recs, err := s.journal.Load()
	if err != nil {
		return fmt.Errorf("txsend: load journal: %w", err)
	}
	for _, rec := range recs {
		switch rec.Op {
		case OpTx:
			tx := new(types.Transaction)
			if err := tx.UnmarshalBinary(rec.Raw); err != nil {
				return fmt.Errorf("txsend: journal tx of %q: %w", rec.Key, err)
			}
			r := s.reqs[rec.Key]
			if r == nil {
				r = &request{p: newPending(rec.Key), key: rec.Key, data: tx.Data(), value: tx.Value(), gas: tx.Gas()}
				if tx.To() != nil {
					r.to = *tx.To()
				}
				s.reqs[rec.Key] = r
			}
			if !r.hasNonce || r.nonce != rec.Nonce {
				r.nonce, r.hasNonce, r.txs = rec.Nonce, true, nil
			}
			r.txs = append(r.txs, tx)
			r.p.addHash(rec.Nonce, tx.Hash())
			r.needBroadcast = true
			delete(s.done, rec.Key)
		case OpDrop:
			if r := s.reqs[rec.Key]; r != nil && r.nonce == rec.Nonce {
				r.hasNonce = false
			}
		case OpDone:
			delete(s.reqs, rec.Key)
			if rec.Err == "" {
				s.done[rec.Key] = rec
			} else {
				delete(s.done, rec.Key)
			}
		default:
			return fmt.Errorf("txsend: journal record with unknown op %q", rec.Op)
		}
	}
	for _, r := range s.reqs {
		if r.hasNonce {
			s.next = max(s.next, r.nonce+1)
		}
	}
	for _, d := range s.done {
		s.next = max(s.next, d.Nonce+1)
		s.maxDone = max(s.maxDone, d.Nonce)
	}
	var pending uint64
	if err := s.retry(ctx, func(ctx context.Context) (err error) {
		pending, err = s.node.PendingNonceAt(ctx, s.from)
		return err
	}); err != nil {
		return fmt.Errorf("txsend: pending nonce: %w", err)
	}
	s.next = max(s.next, pending)
	if len(s.reqs) > 0 {
		s.log.Info("txsend: resuming journaled requests", "from", s.from, "requests", len(s.reqs), "next_nonce", s.next)
	}
	return nil
}

// Address is the account the Sender sends from.
func (s *Sender) Address() common.Address { return s.from }

// Lookup returns the Pending of an unfinished request.
func (s *Sender) Lookup(key string) (*Pending, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r, ok := s.reqs[key]; ok {
		return r.p, true
	}
	return nil, false
}

// Close stops the monitor. Unfinished requests stay in the journal; their
// Pendings never complete in this process.
func (s *Sender) Close() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	s.mu.Unlock()
	close(s.quit)
	s.cancel()
	<-s.stopped
	return nil
}

// Send simulates the request, assigns it the next nonce, journals and
// broadcasts it, and returns its Pending. A simulation revert is a
// *RevertError and sends nothing. With a Key that is pending or mined it
// returns that request (ErrKeyConflict if its payload differs).
func (s *Sender) Send(ctx context.Context, req Request) (*Pending, error) {
	if req.Key == "" {
		return nil, errors.New("txsend: Request.Key is required")
	}
	if req.Value == nil {
		req.Value = new(big.Int)
	}
	if p, ok, err := s.existing(ctx, req); ok || err != nil {
		return p, err
	}
	msg := ethereum.CallMsg{From: s.from, To: &req.To, Gas: req.GasLimit, Value: req.Value, Data: req.Data}
	if len(req.SimulateData) > 0 {
		msg.Data = req.SimulateData
	}
	if err := s.simulate(ctx, msg); err != nil {
		return nil, err
	}
	gas := req.GasLimit
	if gas == 0 {
		est, err := s.estimate(ctx, msg)
		if err != nil {
			return nil, err
		}
		gas = min(est*(100+s.cfg.GasMargin)/100, max(est, maxTxGas))
	}

	s.nonceMu.Lock()
	defer s.nonceMu.Unlock()
	if p, ok, err := s.existing(ctx, req); ok || err != nil {
		return p, err
	}
	if s.isClosed() {
		return nil, ErrClosed
	}
	r := &request{p: newPending(req.Key), key: req.Key, to: req.To, data: req.Data, value: req.Value, gas: gas}
	bctx := context.WithoutCancel(ctx)
	for conflicts := 0; ; conflicts++ {
		head, err := s.assign(bctx, r)
		if err != nil {
			return nil, err
		}
		tx := r.txs[len(r.txs)-1]
		hadTransient, err := s.broadcastFirst(bctx, tx)
		switch {
		case err == nil:
			r.lastSent, r.sentBlock = s.clock.Now(), head
		case hadTransient:
			// It may have reached the node: keep it, the monitor re-sends.
			s.warnRPC("txsend: first broadcast failed, the monitor retries", err, "key", r.key, "nonce", r.nonce)
			r.needBroadcast, r.lastSent, r.sentBlock = true, s.clock.Now(), head
		case (isNonceTooLow(err) || isReplaceUnderpriced(err)) && conflicts < 3:
			// Another writer holds this nonce: take the next free one.
			s.log.Warn("txsend: nonce taken by another writer; resyncing", "key", r.key, "nonce", r.nonce, "err", err)
			if jerr := s.journal.Append(Record{Op: OpDrop, Key: r.key, Nonce: r.nonce}); jerr != nil {
				return nil, fmt.Errorf("txsend: journal: %w", jerr)
			}
			var pending uint64
			if err := s.retry(bctx, func(ctx context.Context) (err error) {
				pending, err = s.node.PendingNonceAt(ctx, s.from)
				return err
			}); err != nil {
				return nil, fmt.Errorf("txsend: pending nonce: %w", err)
			}
			s.next = max(pending, r.nonce+1)
			continue
		default:
			// Refused outright: no pool holds it; give the nonce back.
			s.next = r.nonce
			_ = s.journal.Append(Record{Op: OpDone, Key: r.key, Nonce: r.nonce, Err: err.Error()})
			return nil, fmt.Errorf("%w: %w", ErrRejected, err)
		}
		s.mu.Lock()
		s.reqs[r.key] = r
		s.mu.Unlock()
		s.kick()
		return r.p, nil
	}
}

// Simulate runs the checks Send runs before it takes a nonce, and sends
// nothing: the call (Request.SimulateData if set, else Data) with eth_call,
// then, without a GasLimit, gas estimation. It returns nil, a *RevertError,
// an error wrapping ErrGasEstimate when the node refused to estimate on
// purpose (e.g. the call needs more gas than a block allows), or the RPC
// error. The settlement pipeline bisects a refused batch with it.
func (s *Sender) Simulate(ctx context.Context, req Request) error {
	if req.Value == nil {
		req.Value = new(big.Int)
	}
	msg := ethereum.CallMsg{From: s.from, To: &req.To, Gas: req.GasLimit, Value: req.Value, Data: req.Data}
	if len(req.SimulateData) > 0 {
		msg.Data = req.SimulateData
	}
	if err := s.simulate(ctx, msg); err != nil {
		return err
	}
	if req.GasLimit == 0 {
		_, err := s.estimate(ctx, msg)
		return err
	}
	return nil
}

// assign gives r the next nonce (under nonceMu), signs it with fresh fees
// and journals it. It returns the head block number the fees came from.
func (s *Sender) assign(ctx context.Context, r *request) (uint64, error) {
	tip, feeCap, head, err := s.fees(ctx)
	if err != nil {
		return 0, err
	}
	nonce := s.next
	tx, err := s.signTx(r, nonce, tip, feeCap)
	if err != nil {
		return 0, err
	}
	if err := s.journal.Append(Record{Op: OpTx, Key: r.key, Nonce: nonce, Raw: mustRaw(tx)}); err != nil {
		return 0, fmt.Errorf("txsend: journal: %w", err)
	}
	s.next = nonce + 1
	r.nonce, r.hasNonce, r.txs, r.consumed = nonce, true, []*types.Transaction{tx}, 0
	r.p.addHash(nonce, tx.Hash())
	s.log.Info("txsend: sending", "key", r.key, "nonce", nonce, "hash", tx.Hash(), "tip", tip, "fee_cap", feeCap, "gas", r.gas)
	return head, nil
}

func (s *Sender) signTx(r *request, nonce uint64, tip, feeCap *big.Int) (*types.Transaction, error) {
	to := r.to
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID: s.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: r.gas,
		To: &to, Value: r.value, Data: r.data,
	})
	signed, err := s.sign(s.from, tx)
	if err != nil {
		return nil, fmt.Errorf("txsend: sign: %w", err)
	}
	return signed, nil
}

func mustRaw(tx *types.Transaction) []byte {
	b, err := tx.MarshalBinary()
	if err != nil {
		panic(err) // a signed dynamic-fee transaction always encodes
	}
	return b
}

// existing returns the request already known under req.Key.
func (s *Sender) existing(ctx context.Context, req Request) (*Pending, bool, error) {
	s.mu.Lock()
	r, pending := s.reqs[req.Key]
	d, mined := s.done[req.Key]
	s.mu.Unlock()
	switch {
	case pending:
		if r.to != req.To || !bytes.Equal(r.data, req.Data) || r.value.Cmp(req.Value) != 0 {
			return nil, true, fmt.Errorf("%w: %q", ErrKeyConflict, req.Key)
		}
		return r.p, true, nil
	case mined:
		if d.Payload != (common.Hash{}) && d.Payload != payloadHash(req.To, req.Value, req.Data) {
			return nil, true, fmt.Errorf("%w: %q", ErrKeyConflict, req.Key)
		}
		p := newPending(req.Key)
		p.addHash(d.Nonce, d.Hash)
		var rc *types.Receipt
		err := s.retry(ctx, func(ctx context.Context) (err error) {
			rc, err = s.node.TransactionReceipt(ctx, d.Hash)
			return err
		})
		switch {
		case err == nil:
			p.complete(rc, statusErr(rc))
		case isNotFound(err):
			p.complete(nil, fmt.Errorf("%w: %q was mined as %s but the node has no receipt", ErrReorgedOut, req.Key, d.Hash))
		default:
			return nil, true, err
		}
		return p, true, nil
	}
	return nil, false, nil
}

// payloadHash identifies a request's payload in done records.
func payloadHash(to common.Address, value *big.Int, data []byte) common.Hash {
	return crypto.Keccak256Hash(to[:], common.BigToHash(value).Bytes(), data)
}

func statusErr(rc *types.Receipt) error {
	if rc.Status != types.ReceiptStatusSuccessful {
		return ErrReverted
	}
	return nil
}

// simulate runs msg with eth_call.
func (s *Sender) simulate(ctx context.Context, msg ethereum.CallMsg) error {
	err := s.retry(ctx, func(ctx context.Context) error {
		var err error
		if s.cfg.SimulatePending {
			_, err = s.node.PendingCallContract(ctx, msg)
		} else {
			_, err = s.node.CallContract(ctx, msg, nil)
		}
		return err
	})
	if rev, ok := asRevert(err); ok {
		return rev
	}
	if err != nil {
		return fmt.Errorf("txsend: simulate: %w", err)
	}
	return nil
}

// estimate asks the node for msg's gas (at the pending block with
// SimulatePending, where the node can).
func (s *Sender) estimate(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	var gas uint64
	err := s.retry(ctx, func(ctx context.Context) (err error) {
		if be, ok := s.node.(blockEstimator); ok && s.cfg.SimulatePending {
			gas, err = be.EstimateGasAtBlock(ctx, msg, pendingBlock)
		} else {
			gas, err = s.node.EstimateGas(ctx, msg)
		}
		return err
	})
	if rev, ok := asRevert(err); ok {
		return 0, rev
	}
	if err != nil && !IsTransient(err) && ctx.Err() == nil {
		return 0, fmt.Errorf("%w: %w", ErrGasEstimate, err)
	}
	if err != nil {
		return 0, fmt.Errorf("txsend: estimate gas: %w", err)
	}
	return gas, nil
}

// fees returns the tip and fee cap of a new transaction: the suggested tip,
// and 2 × base fee + tip, both at most MaxFeeCap.
func (s *Sender) fees(ctx context.Context) (tip, feeCap *big.Int, head uint64, err error) {
	if err = s.retry(ctx, func(ctx context.Context) (err error) {
		tip, err = s.node.SuggestGasTipCap(ctx)
		return err
	}); err != nil {
		return nil, nil, 0, fmt.Errorf("txsend: suggest tip: %w", err)
	}
	var h *types.Header
	if err = s.retry(ctx, func(ctx context.Context) (err error) {
		h, err = s.node.HeaderByNumber(ctx, nil)
		return err
	}); err != nil {
		return nil, nil, 0, fmt.Errorf("txsend: head: %w", err)
	}
	base := new(big.Int)
	if h.BaseFee != nil {
		base.Set(h.BaseFee)
	}
	tip = bigMin(tip, s.cfg.MaxFeeCap)
	feeCap = bigMin(new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), tip), s.cfg.MaxFeeCap)
	if base.Cmp(feeCap) > 0 {
		s.log.Warn("txsend: base fee above MaxFeeCap; the transaction waits for it to fall", "base_fee", base, "max_fee_cap", s.cfg.MaxFeeCap)
	}
	return tip, feeCap, h.Number.Uint64(), nil
}

func bigMin(a, b *big.Int) *big.Int {
	if a.Cmp(b) > 0 {
		return new(big.Int).Set(b)
	}
	return new(big.Int).Set(a)
}

func bigMax(a, b *big.Int) *big.Int {
	if a.Cmp(b) < 0 {
		return new(big.Int).Set(b)
	}
	return new(big.Int).Set(a)
}

// broadcastFirst sends tx, retrying transient errors; "already known"
// counts as sent. hadTransient says whether some attempt failed in a way
// that may have delivered it after all.
func (s *Sender) broadcastFirst(ctx context.Context, tx *types.Transaction) (hadTransient bool, err error) {
	err = s.retry(ctx, func(ctx context.Context) error {
		err := s.node.SendTransaction(ctx, tx)
		if isAlreadyKnown(err) {
			return nil
		}
		if IsTransient(err) {
			hadTransient = true
		}
		return err
	})
	return hadTransient, err
}

// retry runs fn, retrying transient errors with exponential backoff, and
// tells Config.Health whether the node answered.
func (s *Sender) retry(ctx context.Context, fn func(context.Context) error) error {
	delay := s.cfg.RetryBase
	for attempt := 0; ; attempt++ {
		actx, cancel := context.WithTimeout(ctx, s.cfg.RPCTimeout)
		err := fn(actx)
		cancel()
		switch {
		case ctx.Err() != nil:
			return err
		case err == nil || !IsTransient(err):
			s.cfg.Health.OK() // an answer, if perhaps a refusal
			return err
		case attempt >= s.cfg.MaxRetries:
			s.cfg.Health.Failed("txsend", err)
			return err
		}
		s.log.Debug("txsend: transient RPC error, retrying", "attempt", attempt+1, "in", delay, "err", err)
		t := s.clock.NewTimer(delay)
		select {
		case <-ctx.Done():
			t.Stop()
			return err
		case <-s.quit:
			t.Stop()
			return err
		case <-t.C():
		}
		delay = min(2*delay, s.cfg.RetryMax)
	}
}

// warnRPC logs a failed call to the node: at debug level when the node did
// not answer (Config.Health has said so, once), as a warning otherwise.
func (s *Sender) warnRPC(msg string, err error, args ...any) {
	level := slog.LevelWarn
	if IsTransient(err) || errors.Is(err, context.Canceled) { // a retry comes, or the sender is stopping
		level = slog.LevelDebug
	}
	s.log.Log(context.Background(), level, msg, append(args, "err", err)...)
}

func (s *Sender) isClosed() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.closed
}

// kick wakes the monitor.
func (s *Sender) kick() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// Pending is a request on its way to being mined.
type Pending struct {
	key  string
	done chan struct{}

	mu      sync.Mutex
	nonce   uint64
	hashes  []common.Hash
	receipt *types.Receipt
	err     error
}

func newPending(key string) *Pending { return &Pending{key: key, done: make(chan struct{})} }

// Key is the request's idempotency key.
func (p *Pending) Key() string { return p.key }

// Nonce is the nonce the request holds now.
func (p *Pending) Nonce() uint64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.nonce
}

// Hashes are every transaction signed for the request, oldest first; any
// one of those of its current nonce may be the one mined.
func (p *Pending) Hashes() []common.Hash {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]common.Hash(nil), p.hashes...)
}

// Done is closed when the request is finished.
func (p *Pending) Done() <-chan struct{} { return p.done }

// Wait waits for the outcome: the receipt and nil when mined and
// successful, the receipt and ErrReverted when mined and reverted, or the
// error that ended the request (e.g. a *RevertError on re-simulation).
func (p *Pending) Wait(ctx context.Context) (*types.Receipt, error) {
	select {
	case <-p.done:
		p.mu.Lock()
		defer p.mu.Unlock()
		return p.receipt, p.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

func (p *Pending) addHash(nonce uint64, h common.Hash) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.nonce = nonce
	p.hashes = append(p.hashes, h)
}

func (p *Pending) complete(rc *types.Receipt, err error) {
	p.mu.Lock()
	p.receipt, p.err = rc, err
	p.mu.Unlock()
	close(p.done)
}

// sortedRequests returns the unfinished requests in nonce order.
func (s *Sender) sortedRequests() []*request {
	s.mu.Lock()
	rs := make([]*request, 0, len(s.reqs))
	for _, r := range s.reqs {
		rs = append(rs, r)
	}
	s.mu.Unlock()
	sort.Slice(rs, func(i, j int) bool { return rs[i].nonce < rs[j].nonce })
	return rs
}
