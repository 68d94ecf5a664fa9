package postgres

import (
	"context"
	"fmt"

	"github.com/hourglass-exchange/hourglass/api"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/jackc/pgx/v5"
)

// MarkSettlement moves fills to state, recording the settlement batch, the
// transaction hash (nil for none) and, for a revert, the reason. All fills
// change or none: when one is not in the store (the writer may lag the
// settlement pipeline) it returns ErrUnknownFill and changes nothing, and the
// caller retries later. Marking a fill with the state it has is harmless.
func (s *Store) MarkSettlement(ctx context.Context, fills []exchange.FillID, state api.SettlementState, batchID uint64, txHash []byte, reason string) error {
	if !validState(state) {
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

func distinctFills(fills []exchange.FillID) int {
	seen := make(map[exchange.FillID]struct{}, len(fills))
	for _, f := range fills {
		seen[f] = struct{}{}
	}
	return len(seen)
}

func validState(st api.SettlementState) bool {
	return st == api.FillMatched || st == api.FillSettled || st == api.FillReverted
}
