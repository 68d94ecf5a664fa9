package node

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/sequencer"
	"github.com/hourglass-exchange/hourglass/exchange/settlement"
)

// The operator's recovery for an Exchange event that the engine and the
// chain do not share (docs/settlement.md, "Recovery"): a deposit the engine
// applied from blocks the node lost, or one mined below the engine's chain
// position that the watcher never delivers. `hourglass reconcile` compares
// every engine balance with the contract's and, with --apply, journals a
// CmdReconcile per difference that sets the engine's to the chain's (the
// chain is the system of record for money).

// Errors of Reconcile: stable, for the command's exit and for tests.
var (
	// ErrNotQuiescent: the engine has pending fills or an open batch, so
	// its balances legitimately differ from the chain's.
	ErrNotQuiescent = errors.New("reconcile: the engine is not quiescent")
	// ErrBehindChain: the chain holds Exchange logs above the engine's
	// chain position, which the operator applies when it runs.
	ErrBehindChain = errors.New("reconcile: the chain has Exchange events the engine has not applied yet")
	// ErrWrongChain: the node is not the chain of the deployment.
	ErrWrongChain = errors.New("reconcile: the node's chain is not the deployment's")
	// ErrUnreconciled: --apply could not set every difference.
	ErrUnreconciled = errors.New("reconcile: some differences were not applied")
)

// Difference is one balance the engine and the chain disagree on, in the
// asset's base units. Engine is available + held; Chain is the contract's
// balanceOf less its pending withdrawal (the engine debits a withdrawal at
// the request, the contract only earmarks it until it is executed).
type Difference struct {
	Account    exchange.AccountID // when not New
	New        bool               // the engine has no account for Address
	Address    common.Address
	Asset      exchange.AssetID
	ChainAsset *big.Int // the Exchange's asset id: 0 is cash, else an instrument id
	Symbol     string   // "cash" or the market of the base asset
	Engine     int64
	Chain      *big.Int
	// Fees is the engine's fee account's balance, included in Engine: the
	// contract credits the fees to the fee recipient's cash. FeesOnly says
	// the fee recipient has no account of its own: --apply does not
	// change the fee account.
	Fees     int64
	FeesOnly bool
	Applied  bool   // --apply set the engine's balance to Chain
	Refused  string // why --apply could not, if it could not
}

// Delta is Chain − Engine.
func (d Difference) Delta() *big.Int { return new(big.Int).Sub(d.Chain, big.NewInt(d.Engine)) }

// reconcileRow is one (account, asset) balance of the engine.
type reconcileRow struct {
	acct     exchange.AccountID
	new      bool  // no engine account
	fees     int64 // the fee account's, in total
	feesOnly bool  // the fee recipient without an account
	addr     common.Address
	asset    exchange.AssetID
	chainID  *big.Int
	symbol   string
	total    int64
}

// Reconcile opens the engine from cfg.Dir's journal and the deployment in
// cfg.Dir, reads every account's balance of every asset from the node at
// cfg.RPCURL at its latest block (and those of the addresses the Exchange
// logged deposits for that have no account, and the fee recipient's cash
// against the engine's fee account) and writes the differences to w. With
// apply it journals one CmdReconcile per difference (logged at WARN), so
// that the engine equals the chain. The operator must be stopped (the
// journal has one writer). It refuses (ErrNotQuiescent) while fills are
// pending or a batch is open, and (ErrBehindChain) while the chain has
// Exchange events above the engine's chain position: the operator applies
// those itself.
func Reconcile(ctx context.Context, cfg Config, apply bool, w io.Writer) ([]Difference, error) {
	cfg.defaults()
	log := cfg.Logger
	if cfg.Dir == "" || cfg.RPCURL == "" {
		return nil, errors.New("reconcile: the operator's directory (--dir) and the node's RPC URL (--rpc) are needed")
	}
	contracts, err := readDeployment(cfg.Dir)
	if err != nil {
		return nil, fmt.Errorf("reconcile: the deployment: %w", err)
	}
	cl, err := ethclient.DialContext(ctx, cfg.RPCURL)
	if err != nil {
		return nil, fmt.Errorf("reconcile: %w", err)
	}
	defer cl.Close()
	if id, err := cl.ChainID(ctx); err != nil {
		return nil, fmt.Errorf("reconcile: the node's chain id: %w", err)
	} else if contracts.ChainID != nil && id.Cmp(contracts.ChainID) != 0 {
		return nil, fmt.Errorf("%w: the node is chain %s, %s/%s was deployed on chain %s", ErrWrongChain, id, cfg.Dir, deploymentFile, contracts.ChainID)
	}
	seq, err := sequencer.Open(sequencer.Options{Dir: cfg.Dir, Logger: log, Engine: engineConfig})
	if err != nil {
		return nil, fmt.Errorf("reconcile: the journal: %w", err)
	}
	defer seq.Close()

	var (
		rows      []reconcileRow
		pending   int
		openBatch uint64
		open      bool
		chainPos  uint64
	)
	if err := seq.Query(func(v exchange.View) {
		pending, chainPos = v.PendingCount(), v.ChainPosition()
		openBatch, open = v.OldestOpenBatch()
		rows = engineBalances(v)
	}); err != nil {
		return nil, err
	}
	if pending > 0 || open {
		why := fmt.Sprintf("%d fills pending", pending)
		if open {
			why += fmt.Sprintf(", batch %d open", openBatch)
		}
		return nil, fmt.Errorf("%w (%s): its balances differ from the chain's until they settle; run the operator (`hourglass serve --dir %s`) until the pipeline has settled everything, stop it, then reconcile", ErrNotQuiescent, why, cfg.Dir)
	}
	head, err := cl.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("reconcile: the node's head: %w", err)
	}
	block := head.Number.Uint64()
	if n, err := logsAbove(ctx, cl, contracts.Exchange, chainPos, block); err != nil {
		return nil, fmt.Errorf("reconcile: reading the Exchange's logs: %w", err)
	} else if n > 0 {
		return nil, fmt.Errorf("%w: %d log(s) above its position (block %d) up to block %d; run the operator until it has applied them and the pipeline has settled, stop it, then reconcile", ErrBehindChain, n, chainPos>>24, block)
	}

	ex := bindings.NewExchange()
	at := new(big.Int).SetUint64(block)
	call := func(data []byte) ([]byte, error) {
		return cl.CallContract(ctx, ethereum.CallMsg{To: &contracts.Exchange, Data: data}, at)
	}
	out, err := call(ex.PackFeeRecipient())
	if err != nil {
		return nil, fmt.Errorf("reconcile: feeRecipient: %w", err)
	}
	feeTo, err := ex.UnpackFeeRecipient(out)
	if err != nil {
		return nil, err
	}
	// Addresses the chain credited that the engine has no account for:
	// their deposits were lost to it.
	depositors, err := depositorsUpTo(ctx, cl, contracts.Exchange, contracts.Block, block)
	if err != nil {
		return nil, fmt.Errorf("reconcile: reading the Exchange's deposits: %w", err)
	}
	if err := seq.Query(func(v exchange.View) {
		rows = append(rows, unknownBalances(v, depositors, feeTo)...)
		rows = withFees(v, rows, feeTo)
	}); err != nil {
		return nil, err
	}
	var diffs []Difference
	for _, r := range rows {
		out, err := call(ex.PackBalanceOf(r.addr, r.chainID))
		if err != nil {
			return nil, fmt.Errorf("reconcile: balanceOf(%s, %s): %w", r.addr, r.chainID, err)
		}
		bal, err := ex.UnpackBalanceOf(out)
		if err != nil {
			return nil, err
		}
		if out, err = call(ex.PackPendingWithdrawal(r.addr, r.chainID)); err != nil {
			return nil, fmt.Errorf("reconcile: pendingWithdrawal(%s, %s): %w", r.addr, r.chainID, err)
		}
		p, err := ex.UnpackPendingWithdrawal(out)
		if err != nil {
			return nil, err
		}
		chain := new(big.Int).Sub(bal, p.Amount)
		if chain.Cmp(big.NewInt(r.total)) != 0 {
			diffs = append(diffs, Difference{Account: r.acct, New: r.new, Address: r.addr, Asset: r.asset, ChainAsset: r.chainID,
				Symbol: r.symbol, Engine: r.total, Chain: chain, Fees: r.fees, FeesOnly: r.feesOnly})
		}
	}

	if apply {
		applyDifferences(seq, log, diffs, block)
	}
	printDifferences(w, diffs, len(rows), block, apply)
	for _, d := range diffs {
		if apply && !d.Applied {
			return diffs, ErrUnreconciled
		}
	}
	return diffs, nil
}

// unknownBalances lists, for every address of addrs without an engine
// account, a zero balance of every asset: the chain may hold some.
func unknownBalances(v exchange.View, addrs []common.Address, feeTo common.Address) []reconcileRow {
	var rows []reconcileRow
	for _, a := range addrs {
		if _, ok := v.AccountByAddress(a); ok || a == feeTo {
			continue
		}
		for _, r := range assetRows(v) {
			r.addr, r.new = a, true
			rows = append(rows, r)
		}
	}
	return rows
}

// withFees adds the engine's fee account's cash to the fee recipient's cash
// row: the contract credits the fees there. A fee recipient without an
// account gets a row of the fees alone.
func withFees(v exchange.View, rows []reconcileRow, feeTo common.Address) []reconcileRow {
	assets := assetRows(v)
	if len(assets) == 0 {
		return rows
	}
	avail, held := v.Balance(exchange.FeeAccount, assets[0].asset)
	fees := avail + held
	for i := range rows {
		if r := &rows[i]; r.addr == feeTo && r.symbol == "cash" && !r.new {
			r.fees, r.total = fees, r.total+fees
			return rows
		}
	}
	r := assets[0]
	r.acct, r.addr, r.fees, r.total, r.feesOnly = exchange.FeeAccount, feeTo, fees, fees, true
	return append(rows, r)
}

// depositorsUpTo returns the accounts of the Exchange's Deposited logs from
// block from to block to, each once, in order of first deposit.
func depositorsUpTo(ctx context.Context, cl *ethclient.Client, addr common.Address, from, to uint64) ([]common.Address, error) {
	seen := map[common.Address]bool{}
	var out []common.Address
	err := exchangeLogs(ctx, cl, addr, from, to, func(_ *types.Log, v any) {
		if d, ok := v.(settlement.Deposited); ok && !seen[d.Account] {
			seen[d.Account] = true
			out = append(out, d.Account)
		}
	})
	return out, err
}

// assetRows is one zero row per asset the chain holds: cash (the markets'
// quote asset, the Exchange's asset 0) and each market's base asset (its
// instrument id).
func assetRows(v exchange.View) []reconcileRow {
	markets := v.Markets()
	if len(markets) == 0 {
		return nil
	}
	rows := []reconcileRow{{asset: markets[0].QuoteAsset, chainID: new(big.Int), symbol: "cash"}}
	for _, s := range markets {
		if s.SpotHours() != 0 {
			continue // a spot market's base asset is the vault's capacity, not an Exchange balance
		}
		rows = append(rows, reconcileRow{asset: s.BaseAsset, chainID: new(big.Int).SetBytes(s.Instrument[:]), symbol: s.Symbol})
	}
	return rows
}

// engineBalances lists every account's balance of every asset the chain
// holds for it: cash (the markets' quote asset, the Exchange's asset 0) and
// each market's base asset (its instrument id), with zero balances too (the
// chain may hold what the engine lacks). The fee pseudo-account has no
// address and is left out.
func engineBalances(v exchange.View) []reconcileRow {
	var rows []reconcileRow
	assets := assetRows(v)
	for a := range v.AccountCount() {
		id := exchange.AccountID(a)
		addr, _ := v.AccountAddress(id)
		for _, r := range assets {
			avail, held := v.Balance(id, r.asset)
			r.acct, r.addr, r.total = id, addr, avail+held
			rows = append(rows, r)
		}
	}
	return rows
}

// logsAbove counts the Exchange's logs after the engine's chain position
// pos, up to block head, that move balances (deposits, withdrawal requests
// and cancellations, settled batches): the operator applies them when it
// runs, so the balances differ until it has. Cancels move none and are left
// out (one the engine refuses never moves the position).
func logsAbove(ctx context.Context, cl *ethclient.Client, addr common.Address, pos, head uint64) (int, error) {
	n := 0
	err := exchangeLogs(ctx, cl, addr, pos>>24, head, func(l *types.Log, v any) {
		if exchange.ChainPos(l.BlockNumber, uint32(l.Index)) <= pos {
			return
		}
		switch v.(type) {
		case settlement.Deposited, settlement.WithdrawalRequested, settlement.WithdrawalCancelled, settlement.BatchSettled:
			n++
		}
	})
	return n, err
}

// exchangeLogs calls fn with every Exchange log of blocks from to to that
// the settlement pipeline follows, decoded, in windows of logWindow blocks
// (nodes cap the range of one query).
func exchangeLogs(ctx context.Context, cl *ethclient.Client, addr common.Address, from, to uint64, fn func(*types.Log, any)) error {
	for lo := from; lo <= to; lo += logWindow {
		hi := min(to, lo+logWindow-1)
		logs, err := cl.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{addr}, Topics: settlement.ExchangeTopics(),
			FromBlock: new(big.Int).SetUint64(lo), ToBlock: new(big.Int).SetUint64(hi)})
		if err != nil {
			return err
		}
		for i := range logs {
			if logs[i].Removed {
				continue
			}
			v, err := settlement.Decode(logs[i])
			if err != nil {
				return err
			}
			fn(&logs[i], v)
		}
	}
	return nil
}

// logWindow is the most blocks one eth_getLogs of reconcile spans.
const logWindow = 5000

// applyDifferences journals one CmdReconcile per difference and waits for
// the engine to apply them.
func applyDifferences(seq *sequencer.Sequencer, log *slog.Logger, diffs []Difference, block uint64) {
	lo, hi := big.NewInt(-maxReconcile), big.NewInt(maxReconcile)
	done := make(chan struct{}, len(diffs))
	submitted := 0
	for i := range diffs {
		d := &diffs[i]
		if d.FeesOnly {
			d.Refused = "the fee account: not changed by reconcile (check the settled batches and the fee recipient)"
			log.Error("reconcile: not applied", "account", d.Address.Hex(), "asset", d.Symbol, "engine", d.Engine, "chain", d.Chain, "reason", d.Refused)
			continue
		}
		target := new(big.Int).Sub(d.Chain, big.NewInt(d.Fees))
		if target.Cmp(lo) < 0 || target.Cmp(hi) > 0 {
			d.Refused = "INVALID_AMOUNT (beyond the engine's balance bound)"
			log.Error("reconcile: not applied", "account", d.Address.Hex(), "asset", d.Symbol, "engine", d.Engine, "chain", d.Chain, "reason", d.Refused)
			continue
		}
		c := exchange.Command{Kind: exchange.CmdReconcile, Address: d.Address, Log: &exchange.ChainLog{}, Amount: target.Int64(), Chain: block}
		d.ChainAsset.FillBytes(c.Log.Asset[:])
		err := seq.Submit(c, func(_ *exchange.Command, evs []exchange.Event) {
			for _, ev := range evs {
				if ev.Kind == exchange.EvRejected {
					d.Refused = ev.Reason.String()
				}
			}
			d.Applied = d.Refused == ""
			done <- struct{}{}
		})
		if err != nil {
			d.Refused = err.Error()
			continue
		}
		submitted++
	}
	for range submitted {
		<-done
	}
	for _, d := range diffs {
		if d.Applied {
			log.Warn("reconcile: engine balance set to the chain's", "account", d.Address.Hex(), "new_account", d.New, "asset", d.Symbol,
				"engine", d.Engine, "chain", d.Chain, "difference", d.Delta(), "block", block)
		} else if d.Refused != "" {
			log.Error("reconcile: not applied", "account", d.Address.Hex(), "asset", d.Symbol, "engine", d.Engine, "chain", d.Chain, "reason", d.Refused)
		}
	}
}

// maxReconcile is the largest balance the engine holds (its bound, 2^62).
const maxReconcile = 1 << 62

// printDifferences writes the table of differences, or that there are none.
func printDifferences(w io.Writer, diffs []Difference, balances int, block uint64, apply bool) {
	if len(diffs) == 0 {
		fmt.Fprintf(w, "engine and chain agree: %d balances compared at block %d\n", balances, block)
		return
	}
	fmt.Fprintf(w, "%d of %d balances differ at block %d (engine: available + held; chain: balanceOf − pending withdrawal):\n", len(diffs), balances, block)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "account\tasset\tengine\tchain\tdifference\t")
	if apply {
		fmt.Fprint(tw, "applied\t")
	}
	fmt.Fprintln(tw)
	for _, d := range diffs {
		acct := d.Address.Hex()
		switch {
		case d.New:
			acct += " (no account)"
		case d.FeesOnly:
			acct += " (fees)"
		case d.Fees != 0:
			acct += " (with fees)"
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%+d\t", acct, d.Symbol, d.Engine, d.Chain, d.Delta())
		if apply {
			if d.Applied {
				fmt.Fprint(tw, "yes\t")
			} else {
				fmt.Fprintf(tw, "no: %s\t", d.Refused)
			}
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
	if !apply {
		fmt.Fprintln(w, "run again with --apply to set the engine's balances to the chain's")
	}
}
