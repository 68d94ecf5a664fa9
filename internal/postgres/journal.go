package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// ErrOtherJournal is returned by BindJournal (wrapped in a
// *JournalMismatchError) when the database holds the history of another
// journal than the one the node runs on.
var ErrOtherJournal = errors.New("store: the database belongs to another journal")

// JournalMismatchError says which journal the database belongs to and
// which one asked for it.
type JournalMismatchError struct {
	// Stored is the journal id recorded in the database; "" for history
	// written before journal ids were recorded.
	Stored string
	// Journal is the id of the journal the node runs on.
	Journal string
	// Position is the last command of Stored the database holds.
	Position uint64
}

func (e *JournalMismatchError) Error() string {
	if e.Stored == "" {
		return fmt.Sprintf("the history database (DATABASE_URL) holds history up to command %d of a journal with no id "+
			"(written before journal ids), and this node's journal %s is new: a database belongs to one journal; "+
			"give this journal a new, empty database, or start the node on the journal directory (--dir) that wrote it",
			e.Position, e.Journal)
	}
	return fmt.Sprintf("the history database (DATABASE_URL) belongs to journal %s (history up to command %d), "+
		"and this node's journal directory holds journal %s: a database belongs to one journal; "+
		"give this journal a new, empty database, or start the node on the journal directory (--dir) of journal %s",
		e.Stored, e.Position, e.Journal, e.Stored)
}

// Unwrap makes errors.Is(err, ErrOtherJournal) true.
func (e *JournalMismatchError) Unwrap() error { return ErrOtherJournal }

// BindJournal ties the store to the journal journalID, or checks that it is
// already tied to it: the writer's position counts commands of one journal,
// and rows of another journal would collide with them (the same sequence
// numbers, order ids and fill keys) or be skipped as written. fresh says
// that the journal holds no command yet.
//
// An empty database is bound to journalID. A database bound to another id is
// refused with a *JournalMismatchError. A database written before journal ids
// existed (history, no id) is bound to journalID when the journal is not
// fresh (the operator restarted on the directory it had), and refused when it
// is (a new journal directory beside an old database).
func (s *Store) BindJournal(ctx context.Context, journalID string, fresh bool) error {
	if journalID == "" {
		return errors.New("store: bind journal: empty journal id")
	}
	var bound bool
	err := s.withTx(ctx, func(tx pgx.Tx) error {
		// The position row's lock: one process binds at a time.
		var pos int64
		if err := tx.QueryRow(ctx, "SELECT seq FROM writer_position FOR UPDATE").Scan(&pos); err != nil {
			return err
		}
		var stored string
		err := tx.QueryRow(ctx, "SELECT journal_id FROM store_journal").Scan(&stored)
		switch {
		case err == nil:
			if stored != journalID {
				return &JournalMismatchError{Stored: stored, Journal: journalID, Position: uint64(pos)}
			}
			return nil
		case !errors.Is(err, pgx.ErrNoRows):
			return err
		}
		if pos > 0 && fresh {
			return &JournalMismatchError{Journal: journalID, Position: uint64(pos)}
		}
		bound = true
		_, err = tx.Exec(ctx, "INSERT INTO store_journal (journal_id, bound_ns) VALUES ($1, $2)", journalID, s.now().UnixNano())
		return err
	})
	if err != nil {
		var mm *JournalMismatchError
		if errors.As(err, &mm) {
			return mm
		}
		return fmt.Errorf("store: bind journal: %w", err)
	}
	if bound {
		s.log.Info("store: bound to journal", "journal_id", journalID)
	}
	return nil
}

// JournalID returns the id of the journal the store is bound to, "" for
// none yet.
func (s *Store) JournalID(ctx context.Context) (string, error) {
	var id string
	err := s.withConn(ctx, func(c *pgx.Conn) error {
		return c.QueryRow(ctx, "SELECT journal_id FROM store_journal").Scan(&id)
	})
	if errors.Is(err, pgx.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("store: journal id: %w", err)
	}
	return id, nil
}

// BatchTx is the settlement transaction of a batch.
type BatchTx struct {
	Batch  uint64
	TxHash [32]byte
}

// operatorSuffix ends the state_reason of a fill the settlement pipeline
// skipped itself (exchange.CmdSkipFills): no transaction settled it.
const operatorSuffix = " (operator)"

// RecordBatchTx records the transaction that settled each batch and sets
// tx_hash on the batch's fills the chain resolved (settled, or reverted by
// the contract; not those the pipeline skipped). A batch whose fills are
// not written yet gets its hash when they are (Write reads it). Recording
// a batch again with the same or another hash (a reorg moved it) keeps
// the last.
func (s *Store) RecordBatchTx(ctx context.Context, txs []BatchTx) error {
	if len(txs) == 0 {
		return nil
	}
	// One row per batch, the last given (an upsert may not touch a row
	// twice).
	at := make(map[uint64]int, len(txs))
	var ids []int64
	var hashes [][]byte
	for i := range txs {
		if j, ok := at[txs[i].Batch]; ok {
			hashes[j] = txs[i].TxHash[:]
			continue
		}
		at[txs[i].Batch] = len(ids)
		ids, hashes = append(ids, int64(txs[i].Batch)), append(hashes, txs[i].TxHash[:])
	}
	now := s.now().UnixNano()
	err := s.withTx(ctx, func(tx pgx.Tx) error {
		b := &pgx.Batch{}
		b.Queue(`INSERT INTO settlement_batches AS b (batch_id, tx_hash, recorded_ns)
			SELECT k.batch_id, k.tx_hash, $3 FROM unnest($1::bigint[], $2::bytea[]) AS k(batch_id, tx_hash)
			ON CONFLICT (batch_id) DO UPDATE SET tx_hash = EXCLUDED.tx_hash, recorded_ns = EXCLUDED.recorded_ns`,
			ids, hashes, now)
		b.Queue(`UPDATE fills f SET tx_hash = k.tx_hash
			FROM unnest($1::bigint[], $2::bytea[]) AS k(batch_id, tx_hash)
			WHERE f.batch_id = k.batch_id AND f.settlement_state <> 'matched'
				AND (f.state_reason IS NULL OR f.state_reason NOT LIKE $3)`, ids, hashes, "%"+operatorSuffix)
		return tx.SendBatch(ctx, b).Close()
	})
	if err != nil {
		return fmt.Errorf("store: record batch transactions: %w", err)
	}
	return nil
}

// BatchesWithoutTx returns up to limit batches after the batch id after,
// oldest first, whose fills
// the chain resolved and whose transaction the store does not know: batches
// that became final while the node was down or before it could record them,
// or a history rebuilt from the journal, which does not hold the hash.
func (s *Store) BatchesWithoutTx(ctx context.Context, after uint64, limit int) ([]uint64, error) {
	var out []uint64
	err := s.withConn(ctx, func(c *pgx.Conn) error {
		rows, _ := c.Query(ctx, `SELECT DISTINCT f.batch_id FROM fills f
			WHERE f.batch_id > $3 AND f.settlement_state <> 'matched' AND f.tx_hash IS NULL
				AND (f.state_reason IS NULL OR f.state_reason NOT LIKE $1)
				AND NOT EXISTS (SELECT 1 FROM settlement_batches b WHERE b.batch_id = f.batch_id)
			ORDER BY f.batch_id LIMIT $2`, "%"+operatorSuffix, clampLimit(limit), int64(after))
		var id int64
		_, err := pgx.ForEachRow(rows, []any{&id}, func() error { out = append(out, uint64(id)); return nil })
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("store: batches without transaction: %w", err)
	}
	return out, nil
}
