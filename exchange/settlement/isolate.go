package settlement

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
	"github.com/hourglass-exchange/hourglass/internal/evm/txsend"
)

// A batch the chain refuses (docs/settlement.md): the contract skips a bad
// fill with a reason and settles the rest, but some failures revert the
// whole settle call (a wallet that burns the gas of the batch, a batch
// that no longer fits in a block, a fill whose signed order cannot even be
// encoded). Such a batch would be simulated and refused forever, and every
// batch behind it would wait. isolate finds the fills to blame by
// re-simulating parts of the batch and skips them in the engine with
// CmdSkipFills; the rest is sent again.

// errResend tells sendStep that the batch changed (fills skipped) or needs
// a new key: send it again at once.
var errResend = errors.New("settlement: batch changed; sending it again")

// buildError is a part of a batch that cannot be encoded as calldata.
type buildError struct{ err error }

func (e *buildError) Error() string { return "cannot encode the batch: " + e.err.Error() }
func (e *buildError) Unwrap() error { return e.err }

// notTheFills are the Exchange's errors of settle that no fill causes: the
// batch id (the chain moved on while the pipeline looked), a pause, the
// wrong key.
var notTheFills = func() map[[4]byte]bool {
	m := map[[4]byte]bool{}
	for _, name := range []string{"BadBatchId", "SettlementIsPaused", "NotOperator"} {
		if errorsABI != nil {
			if e, ok := errorsABI.Errors[name]; ok {
				m[[4]byte(e.ID[:4])] = true
			}
		}
	}
	return m
}()

var badBatchID = func() (id [4]byte) {
	if errorsABI != nil {
		h := errorsABI.Errors["BadBatchId"].ID
		copy(id[:], h[:4])
	}
	return id
}()

// blamesFills says whether a refusal may be the fills' doing.
func blamesFills(err error) bool {
	var rev *txsend.RevertError
	return refused(err) && !(errors.As(err, &rev) && notTheFills[rev.Selector()])
}

// refused says whether err is the chain (or the encoder) refusing a batch
// as it is, rather than a node that cannot be reached.
func refused(err error) bool {
	var rev *txsend.RevertError
	var be *buildError
	return errors.As(err, &rev) || errors.As(err, &be) || errors.Is(err, txsend.ErrGasEstimate)
}

// Simulator is a Sender that can also simulate a request without sending
// it (txsend.Sender). Without it the pipeline cannot bisect a refused batch.
type Simulator interface {
	Simulate(ctx context.Context, req txsend.Request) error
}

// isolate finds the fills of open batch id whose presence makes it fail
// simulation on the chain's state now (the contract's lastBatchId is last)
// and skips them in the engine. It returns errResend when it skipped
// fills, and an error when it cannot blame any fill (even a batch without
// fills fails: the contract is paused, the key is not the operator's).
func (p *Pipeline) isolate(ctx context.Context, id, last uint64, fills []exchange.PendingFill, specs Specs) error {
	sim, ok := p.cfg.Sender.(Simulator)
	if !ok {
		return fmt.Errorf("settlement: batch %d is refused and the sender cannot simulate parts of it", id)
	}
	if now, err := p.lastBatch(ctx); err != nil {
		return err
	} else if now != last {
		return errResend // the chain moved on: build and send it again
	}
	trial := func(idx []int) error {
		sub := make([]exchange.PendingFill, len(idx))
		for i, j := range idx {
			sub[i] = fills[j]
		}
		b, err := Build(sub, specs)
		if err != nil {
			return &buildError{err}
		}
		return sim.Simulate(ctx, txsend.Request{To: p.cfg.Exchange, Data: p.ex.PackSettle(last+1, b.Orders, b.Fills, b.ContractSigs)})
	}
	if err := trial(nil); err != nil {
		var rev *txsend.RevertError
		if refused(err) && !(errors.As(err, &rev) && rev.Selector() == badBatchID) {
			p.log.Error("settlement: the chain refuses even a batch without fills; no fill is to blame and nothing settles until it accepts one",
				"batch", id, "err", describeRevert(err))
		}
		return fmt.Errorf("settlement: batch %d: an empty batch fails too: %w", id, err)
	}
	rest := make([]int, len(fills))
	for i := range rest {
		rest[i] = i
	}
	err := trial(rest)
	var skips []exchange.SkipEntry
	causes := map[uint16]error{}
	for err != nil {
		if !blamesFills(err) {
			return p.notBlamed(id, err)
		}
		// The shortest failing prefix of rest ends with a fill to blame:
		// trial(rest[:lo]) passes, trial(rest[:hi]) fails with err.
		lo, hi := 0, len(rest)
		for hi-lo > 1 {
			mid := (lo + hi) / 2
			switch e := trial(rest[:mid]); {
			case e == nil:
				lo = mid
			case blamesFills(e):
				hi, err = mid, e
			default:
				return p.notBlamed(id, e)
			}
		}
		bad := rest[hi-1]
		r := exchange.ResultSimulationFailed
		var be *buildError
		if errors.As(err, &be) {
			r = exchange.ResultUnbuildable
		}
		skips = append(skips, exchange.SkipEntry{Index: uint16(bad), Result: r})
		causes[uint16(bad)] = err
		rest = slices.Delete(rest, hi-1, hi)
		err = nil
		if len(rest) > 0 {
			err = trial(rest)
		}
	}
	if len(skips) == 0 {
		// It passes now: the chain moved. Send it again after the pause
		// of a failed step.
		return fmt.Errorf("settlement: batch %d failed simulation, then passed when tried again", id)
	}
	slices.SortFunc(skips, func(a, b exchange.SkipEntry) int { return int(a.Index) - int(b.Index) })
	evs, err := p.submit(exchange.Command{Kind: exchange.CmdSkipFills, Batch: id, Meta: exchange.SkipMeta(skips)})
	if err != nil {
		return err
	}
	if r := rejection(evs); r != exchange.ReasonNone {
		return fmt.Errorf("settlement: skipping fills of batch %d refused by the engine: %v", id, r)
	}
	reasons := map[string]int{}
	for _, s := range skips {
		f := fills[s.Index]
		reason, party := SkipReason(s.Result)
		reasons[reason+"/"+party]++
		p.log.Error("settlement: fill skipped: the batch fails simulation with it and not without it",
			"batch", id, "fill", fillName(f.ID), "index", s.Index, "reason", reason,
			"taker_order", f.TakerOrder, "maker_order", f.MakerOrder, "simulation", describeRevert(causes[s.Index]))
	}
	p.observe(BatchEvent{Batch: id, Fills: len(fills), Kind: "skipped", Skipped: len(skips), Reasons: reasons})
	p.attempts[id]++ // a new payload: a new key
	return errResend
}

// notBlamed ends an isolation that met an error no fill causes: the chain
// moved on (send the batch again at once), or the node or the contract
// refuses everything (retry later).
func (p *Pipeline) notBlamed(id uint64, err error) error {
	var rev *txsend.RevertError
	if errors.As(err, &rev) && notTheFills[rev.Selector()] {
		p.log.Warn("settlement: looking for the fills to blame stopped: the contract refuses the batch for a reason no fill causes",
			"batch", id, "err", describeRevert(err))
		return errResend
	}
	return err
}

// SkipReason names a skipped fill's result byte: the contract's reason and
// party (eip712), or the operator's (exchange.OperatorSkip, party
// "operator"). An unknown reason is UNKNOWN.
func SkipReason(result uint8) (reason, party string) {
	if r, ok := exchange.OperatorSkip(result); ok {
		return r, "operator"
	}
	sk := eip712.DecodeResult(0, result)
	reason, party = sk.Reason.String(), sk.Party.String()
	if strings.HasPrefix(reason, "reason(") {
		reason = "UNKNOWN"
	}
	return reason, party
}

func fillName(id exchange.FillID) string { return fmt.Sprintf("%d:%d", id.Market, id.Seq) }

// errorsABI decodes the Exchange's custom errors for the log.
var errorsABI, _ = bindings.ExchangeMetaData.ParseABI()

// describeRevert says why a simulation failed, naming the Exchange's
// custom error when the revert data is one.
func describeRevert(err error) string {
	var rev *txsend.RevertError
	if errors.As(err, &rev) && len(rev.Data) >= 4 && errorsABI != nil {
		if e, ferr := errorsABI.ErrorByID(rev.Selector()); ferr == nil {
			if args, uerr := e.Inputs.Unpack(rev.Args()); uerr == nil && len(args) > 0 {
				return fmt.Sprintf("%s%v", e.Name, args)
			}
			return e.Name
		}
	}
	if err == nil {
		return ""
	}
	return err.Error()
}
