package postgres

import (
	"context"
	"fmt"

	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/jackc/pgx/v5"
)

// SettlementState is where a fill stands on chain.
type SettlementState string

const (
	// Matched: the engine emitted the fill; it is not yet final on chain.
	Matched SettlementState = "matched"
	// Settled: the settlement transaction has its confirmations.
	Settled SettlementState = "settled"
	// Reverted: the chain rejected the fill; the reason says why.
	Reverted SettlementState = "reverted"
)

func (st SettlementState) valid() bool {
	return st == Matched || st == Settled || st == Reverted
}

// FillKey names a fill for good: its market and the per-market sequence
// number of its EvFill, which replaying the journal reproduces.
type FillKey struct {
	Market exchange.MarketID
	Seq    uint64
}

// MarkSettlement moves fills to state, recording the settlement batch, the
// transaction hash (nil for none) and, for a revert, the reason. All fills
// change or none: when one is not in the store (the writer may lag the
// settlement pipeline) it returns ErrUnknownFill and changes nothing, and the
// caller retries later. Marking a fill with the state it has is harmless.
func (s *Store) MarkSettlement(ctx context.Context, fills []FillKey, state SettlementState, batchID uint64, txHash []byte, reason string) error {
	if !state.valid() {
		return fmt.Errorf("%w: %q", ErrInvalidState, state)
	}
	if len(fills) == 0 {
		return nil
	}
	mkt, seq := make([]int64, len(fills)), make([]int64, len(fills))
	for i, f := range fills {
		mkt[i], seq[i] = int64(f.Market), int64(f.Seq)
	}
	var batch *int64
	if batchID != 0 {
		b := int64(batchID)
		batch = &b
	}
	now := s.now().UnixNano()
	err := s.withTx(ctx, func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `UPDATE fills f SET settlement_state = $3, batch_id = $4, tx_hash = $5,
				state_reason = $6, state_ns = $7
			FROM (SELECT DISTINCT * FROM unnest($1::bigint[], $2::bigint[])) AS k(market_id, seq)
			WHERE f.market_id = k.market_id AND f.seq = k.seq`,
			mkt, seq, string(state), batch, txHash, nullable(reason), now)
		if err != nil {
			return err
		}
		if want := distinctFills(fills); tag.RowsAffected() != int64(want) {
			return fmt.Errorf("%w: %d of %d fills found", ErrUnknownFill, tag.RowsAffected(), want)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: mark settlement: %w", err)
	}
	return nil
}

func distinctFills(fills []FillKey) int {
	seen := make(map[FillKey]struct{}, len(fills))
	for _, f := range fills {
		seen[f] = struct{}{}
	}
	return len(seen)
}
