-- 0002: which journal the store belongs to, and the settlement
-- transaction of each batch.

-- store_journal: at most one row, the id of the journal this history was
-- written from (the node keeps it in DIR/journal-id). The writer's position
-- is a position in that journal and in no other: a node started on another
-- journal directory is refused (Store.BindJournal) instead of mixing two
-- journals' commands, whose sequence numbers, order ids and fill keys
-- collide. Within one journal an order placed through the gateway has its
-- place command's sequence number as its id, so (market_id, order_id) names
-- one order (0001's "may be reused" holds only for ids that a caller of the
-- engine chooses itself).
CREATE TABLE store_journal (
	id         boolean PRIMARY KEY DEFAULT true CHECK (id),
	journal_id text    NOT NULL CHECK (journal_id <> ''),
	bound_ns   bigint  NOT NULL -- when it was recorded (wall clock)
);

-- settlement_batches: the transaction whose BatchSettled log settled a
-- batch, as the settlement pipeline saw it final (Store.RecordBatchTx).
-- fills.tx_hash of the batch's fills that the chain resolved is set from it,
-- whichever of the two arrives first.
CREATE TABLE settlement_batches (
	batch_id    bigint PRIMARY KEY,
	tx_hash     bytea  NOT NULL CHECK (length(tx_hash) = 32),
	recorded_ns bigint NOT NULL
);
CREATE INDEX fills_batch ON fills (batch_id) WHERE batch_id IS NOT NULL;
