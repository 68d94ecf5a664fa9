package exchange

import (
	"encoding/binary"
	"slices"
)

// The pipeline's own skips (docs/settlement.md, "A batch the chain
// refuses"): when the simulation of a batch fails for a reason the
// contract cannot report per fill (the whole call reverts), the pipeline
// finds the fills that make it fail and journals CmdSkipFills, which takes
// them out of their open batch and reverts them exactly as a contract skip
// does. Their result bytes use party 3 ("operator"), which the contract
// never writes (its results are party << 6 | reason with parties 0 to 2).

// Results of fills that the operator's pipeline skipped (CmdSkipFills).
const (
	// ResultSimulationFailed: a batch holding the fill reverted as a
	// whole in simulation, and without the fill it did not.
	ResultSimulationFailed uint8 = 3<<6 | 1
	// ResultUnbuildable: the fill's signed orders could not be encoded
	// into settle's calldata (a missing or malformed signed order).
	ResultUnbuildable uint8 = 3<<6 | 2
)

// OperatorSkip names the result byte of a fill the operator's pipeline
// skipped (CmdSkipFills): its stable code and true, or false for a result
// of the contract (exchange/settlement/eip712 names those).
func OperatorSkip(result uint8) (string, bool) {
	switch result {
	case ResultSimulationFailed:
		return "SIMULATION_FAILED", true
	case ResultUnbuildable:
		return "UNBUILDABLE", true
	}
	return "", false
}

// SkipEntry is one fill of a CmdSkipFills: its index in the batch and its
// result byte.
type SkipEntry struct {
	Index  uint16
	Result uint8
}

// SkipMeta encodes the fills of a CmdSkipFills as its Meta: 3 bytes each,
// the index in the batch (little-endian uint16) and the result byte.
// Indices must be increasing and results operator skips.
func SkipMeta(skips []SkipEntry) []byte {
	b := make([]byte, 0, 3*len(skips))
	for _, s := range skips {
		b = binary.LittleEndian.AppendUint16(b, s.Index)
		b = append(b, s.Result)
	}
	return b
}

// skipFills applies CmdSkipFills (Batch, Meta = SkipMeta): each named fill
// of the open batch is reverted as a contract skip reverts it (EvReverted
// with its result, balances restored) and leaves the batch, which keeps
// the rest in order (possibly none: the contract then settles an empty
// batch under its id).
func (e *Engine) skipFills(c *Command) {
	if c.Batch < e.batchBase || c.Batch-e.batchBase >= uint64(len(e.batchLen)) {
		e.reject(c, ReasonBadBatchID)
		return
	}
	b := int(c.Batch - e.batchBase)
	n := int(e.batchLen[b])
	m := c.Meta
	if len(m) == 0 || len(m)%3 != 0 {
		e.reject(c, ReasonBadResults)
		return
	}
	prev := -1
	for i := 0; i < len(m); i += 3 {
		idx, r := int(binary.LittleEndian.Uint16(m[i:])), m[i+2]
		if idx <= prev || idx >= n || r>>6 != 3 {
			e.reject(c, ReasonBadResults)
			return
		}
		prev = idx
	}
	start := e.pendHead
	for _, l := range e.batchLen[:b] {
		start += int(l)
	}
	gone := make([]int, 0, len(m)/3)
	for i := 0; i < len(m); i += 3 {
		at := start + int(binary.LittleEndian.Uint16(m[i:]))
		f := &e.pend[at]
		e.reverse(f)
		ev := e.ledgerEvent(EvReverted)
		ev.Result = m[i+2]
		ev.Batch = c.Batch
		ev.FillMarket, ev.FillSeq = f.market, f.seq
		ev.Account, ev.OrderID, ev.Side = f.taker, f.takerOrder, f.side
		ev.MakerAccount, ev.MakerOrderID = f.maker, f.makerOrder
		ev.Price, ev.Qty, ev.TakerFee, ev.MakerFee = f.price, f.qty, f.takerFee, f.makerFee
		gone = append(gone, at)
	}
	// Close the gaps, last first; the ledger is rarely long when this
	// runs (a batch the chain refuses holds the batches behind it).
	for _, at := range slices.Backward(gone) {
		e.pend = slices.Delete(e.pend, at, at+1)
	}
	e.batchLen[b] -= uint32(len(gone))
	e.batched -= len(gone)
}
