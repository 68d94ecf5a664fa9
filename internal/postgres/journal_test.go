package postgres

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/hourglass-exchange/hourglass/api"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
	"github.com/jackc/pgx/v5"
)

// TestBindJournal: a database belongs to the first journal bound to it;
// another journal is refused with both ids and what to do, and a database
// written before journal ids is taken by the journal that has history, not
// by a new one.
func TestBindJournal(t *testing.T) {
	ctx := context.Background()
	s := openStore(t, testsvc.Postgres(t))
	mustNoErr(t, s.BindJournal(ctx, "journal-a", true))
	mustNoErr(t, s.BindJournal(ctx, "journal-a", false)) // a restart
	if id, err := s.JournalID(ctx); err != nil || id != "journal-a" {
		t.Fatalf("JournalID %q, %v", id, err)
	}
	h := twoFills()
	mustNoErr(t, s.Write(ctx, h.take()))
	for _, fresh := range []bool{true, false} {
		err := s.BindJournal(ctx, "journal-b", fresh)
		var mm *JournalMismatchError
		if !errors.As(err, &mm) || !errors.Is(err, ErrOtherJournal) {
			t.Fatalf("another journal (fresh %v): %v, want a JournalMismatchError", fresh, err)
		}
		msg := err.Error()
		for _, want := range []string{"journal-a", "journal-b", "new, empty database", "--dir", "up to command 10"} {
			if !strings.Contains(msg, want) {
				t.Errorf("the refusal %q does not say %q", msg, want)
			}
		}
	}
	if id, _ := s.JournalID(ctx); id != "journal-a" {
		t.Fatalf("a refused journal changed the binding to %q", id)
	}

	// History written before journal ids: no id, a position.
	legacy := func() *Store {
		s := openStore(t, testsvc.Postgres(t))
		mustNoErr(t, s.Write(ctx, twoFills().take()))
		return s
	}
	old := legacy()
	if err := old.BindJournal(ctx, "new-journal", true); !errors.Is(err, ErrOtherJournal) ||
		!strings.Contains(err.Error(), "no id") || !strings.Contains(err.Error(), "new-journal") {
		t.Fatalf("a new journal on an old database: %v", err)
	}
	mustNoErr(t, old.BindJournal(ctx, "its-journal", false))
	if id, _ := old.JournalID(ctx); id != "its-journal" {
		t.Fatalf("the old database took id %q", id)
	}
}

// settleBatch1 closes batch 1 over twoFills' two fills and applies a
// result that settles the first and reverts the second (INSUFFICIENT_CASH,
// taker).
func settleBatch1(h *harness) {
	h.do(exchange.Command{Kind: exchange.CmdSettleBatch, Batch: 1, Count: 2}, nil)
	h.do(exchange.Command{Kind: exchange.CmdSettlementResult, Batch: 1, Meta: []byte{0, 1<<6 | 13}}, nil)
}

func fillTxs(t *testing.T, s *Store) [][]byte {
	t.Helper()
	fills, err := s.Fills(context.Background(), 1, 0, 10)
	mustNoErr(t, err)
	out := make([][]byte, len(fills))
	for i, f := range fills {
		out[i] = f.TxHash
	}
	return out
}

// TestRecordBatchTx: the fills a batch's transaction resolved carry its
// hash whether the pipeline reports the transaction before or after the
// writer has the outcome; a fill the pipeline skipped carries none.
func TestRecordBatchTx(t *testing.T) {
	ctx := context.Background()
	hash := [32]byte{0xde, 0xad, 31: 0x01}

	// The outcome first, then the transaction.
	s := openStore(t, testsvc.Postgres(t))
	h := twoFills()
	settleBatch1(h)
	mustNoErr(t, s.Write(ctx, h.take()))
	for _, tx := range fillTxs(t, s) {
		if tx != nil {
			t.Fatalf("tx_hash %x before the transaction is known", tx)
		}
	}
	if ids, err := s.BatchesWithoutTx(ctx, 0, 10); err != nil || len(ids) != 1 || ids[0] != 1 {
		t.Fatalf("batches without a transaction: %v, %v; want [1]", ids, err)
	}
	// A batch given twice (a reorg moved it) keeps the last hash.
	mustNoErr(t, s.RecordBatchTx(ctx, []BatchTx{{Batch: 1, TxHash: [32]byte{1}}, {Batch: 1, TxHash: hash}}))
	if ids, err := s.BatchesWithoutTx(ctx, 0, 10); err != nil || len(ids) != 0 {
		t.Fatalf("batches without a transaction after recording: %v, %v", ids, err)
	}
	for i, tx := range fillTxs(t, s) {
		if !bytes.Equal(tx, hash[:]) {
			t.Errorf("fill %d: tx_hash %x, want %x", i, tx, hash)
		}
	}

	// The transaction first, then the outcome.
	s = openStore(t, testsvc.Postgres(t))
	h = twoFills()
	mustNoErr(t, s.Write(ctx, h.take()))
	mustNoErr(t, s.RecordBatchTx(ctx, []BatchTx{{Batch: 1, TxHash: hash}}))
	settleBatch1(h)
	mustNoErr(t, s.Write(ctx, h.take()))
	fills, err := s.Fills(ctx, 1, 0, 10)
	mustNoErr(t, err)
	if len(fills) != 2 || fills[0].State != api.FillSettled || fills[1].State != api.FillReverted {
		t.Fatalf("fills %+v", fills)
	}
	for i, f := range fills {
		if !bytes.Equal(f.TxHash, hash[:]) {
			t.Errorf("fill %d: tx_hash %x, want %x", i, f.TxHash, hash)
		}
	}

	// A fill the pipeline skipped out of the batch was in no transaction.
	s = openStore(t, testsvc.Postgres(t))
	h = twoFills()
	h.do(exchange.Command{Kind: exchange.CmdSettleBatch, Batch: 1, Count: 2}, nil)
	h.do(exchange.Command{Kind: exchange.CmdSkipFills, Batch: 1,
		Meta: exchange.SkipMeta([]exchange.SkipEntry{{Index: 0, Result: exchange.ResultSimulationFailed}})}, nil)
	h.do(exchange.Command{Kind: exchange.CmdSettlementResult, Batch: 1, Meta: []byte{0}}, nil)
	mustNoErr(t, s.Write(ctx, h.take()))
	mustNoErr(t, s.RecordBatchTx(ctx, []BatchTx{{Batch: 1, TxHash: hash}}))
	if txs := fillTxs(t, s); len(txs) != 2 || txs[0] != nil || !bytes.Equal(txs[1], hash[:]) {
		t.Errorf("skipped and settled fills carry tx_hash %x, want none and %x", txs, hash)
	}
	var n int
	mustNoErr(t, s.withConn(ctx, func(c *pgx.Conn) error {
		return c.QueryRow(ctx, "SELECT count(*) FROM settlement_batches").Scan(&n)
	}))
	if n != 1 {
		t.Errorf("%d settlement_batches rows, want 1", n)
	}
}
