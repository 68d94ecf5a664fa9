-- 0001_init: the history schema, written by store.Write from the journaled
-- event stream of the matching engine.
--
-- Conventions. Engine ids (market, account, asset: uint32; order id and
-- sequence numbers: uint64) are stored as bigint; a uint64 above 2^63-1 is
-- stored bit for bit as a negative bigint and read back unchanged. Prices are
-- integer ticks, quantities integer lots, amounts and fees integer base units
-- of their asset. Times are unix nanoseconds (bigint, *_ns), the command time
-- the sequencer stamped, so rows replayed from the journal are identical to
-- rows written live. There are no foreign keys: every row comes from the
-- engine, which is the source of integrity, and a rejected order may name a
-- market or account that does not exist.

-- writer_position: exactly one row. seq is the journal sequence number of
-- the last command whose effects are in this database; it moves in the same
-- transaction as the rows, so a restarted writer resumes after it and never
-- writes a command twice.
CREATE TABLE writer_position (
	id         boolean PRIMARY KEY DEFAULT true CHECK (id),
	seq        bigint  NOT NULL,
	updated_ns bigint  NOT NULL
);
INSERT INTO writer_position (id, seq, updated_ns) VALUES (true, 0, 0);

-- markets: one row per EvMarketAdded, with the spec of its CmdAddMarket.
-- ref_price follows EvMarketUpdated. instrument is the 32-byte bit-packed
-- instrument id (docs/instruments.md), big-endian.
CREATE TABLE markets (
	market_id     bigint PRIMARY KEY,
	instrument    bytea  NOT NULL UNIQUE CHECK (length(instrument) = 32),
	symbol        text   NOT NULL,
	base_asset    bigint NOT NULL,
	quote_asset   bigint NOT NULL,
	tick_size     bigint NOT NULL, -- quote base units per GPU-hour per tick
	lot_size      bigint NOT NULL, -- GPU-hours (token units) per lot
	min_notional  bigint NOT NULL, -- quote base units
	max_price     bigint NOT NULL, -- ticks
	max_qty       bigint NOT NULL, -- lots
	ref_price     bigint NOT NULL, -- ticks, centre of the price band
	band_bps      bigint NOT NULL,
	maker_fee_bps bigint NOT NULL,
	taker_fee_bps bigint NOT NULL,
	created_ns    bigint NOT NULL,
	cmd_seq       bigint NOT NULL,
	updated_ns    bigint NOT NULL
);

-- accounts: one row per EvAccountOpened; address is the 20-byte EVM address
-- of CmdOpenAccount.
CREATE TABLE accounts (
	account_id bigint PRIMARY KEY,
	address    bytea  NOT NULL UNIQUE CHECK (length(address) = 20),
	created_ns bigint NOT NULL,
	cmd_seq    bigint NOT NULL
);

-- orders: one row per CmdPlace, accepted or rejected. The key is the
-- command's sequence number (placed_seq): engine order ids may be reused once
-- the order they named is dead, so order_id is unique only among open orders.
-- qty is the quantity placed; open_qty the quantity resting (or about to),
-- after fills, amends and partial cancels; filled_value is the sum of
-- price*qty over its fills (ticks*lots, so filled_value/filled_qty is the
-- average price in ticks); fees the quote base units it paid. status:
-- open (live), filled (open_qty reached 0 by a fill), canceled (by a cancel:
-- user, IOC remainder, expiry, self-trade prevention, mass cancel; reason says
-- which, filled_qty may be > 0), rejected (reason says why; nothing changed).
-- price is the effective limit: for a market order the band edge the engine
-- used. client_order_id and signed (the EIP-712 signed order) come from the
-- gateway when it attached them.
CREATE TABLE orders (
	placed_seq      bigint   PRIMARY KEY,
	order_id        bigint   NOT NULL,
	account_id      bigint   NOT NULL,
	market_id       bigint   NOT NULL,
	side            smallint NOT NULL, -- 0 buy, 1 sell
	type            smallint NOT NULL, -- 0 limit, 1 market
	tif             smallint NOT NULL, -- 0 GTC, 1 GTD, 2 IOC, 3 FOK
	post_only       boolean  NOT NULL,
	stp             smallint NOT NULL,
	expiry_ns       bigint   NOT NULL, -- GTD only, else 0
	max_fee_bps     bigint   NOT NULL,
	price           bigint   NOT NULL,
	qty             bigint   NOT NULL,
	open_qty        bigint   NOT NULL,
	filled_qty      bigint   NOT NULL,
	filled_value    bigint   NOT NULL,
	fees            bigint   NOT NULL,
	status          text     NOT NULL CHECK (status IN ('open', 'filled', 'canceled', 'rejected')),
	reason          text,              -- exchange.Reason name of the rejection or last cancel
	client_order_id text,
	signed          bytea,
	created_ns      bigint   NOT NULL,
	updated_ns      bigint   NOT NULL,
	updated_seq     bigint   NOT NULL
);
CREATE UNIQUE INDEX orders_open_order_id ON orders (order_id) WHERE status = 'open';
CREATE INDEX orders_account_created ON orders (account_id, created_ns, placed_seq);
CREATE INDEX orders_account_open ON orders (account_id, created_ns, placed_seq) WHERE status = 'open';
CREATE INDEX orders_client_order_id ON orders (account_id, client_order_id, placed_seq)
	WHERE client_order_id IS NOT NULL;

-- fills: one row per EvFill (private: both parties and fees). The key is the
-- fill event's market and per-market sequence number, which no replay
-- changes; the settlement pipeline names fills by it (store.FillKey).
-- settlement_state: matched when the engine emitted it, settled after the
-- chain confirmed it, reverted when the chain rejected it (state_reason
-- says why); batch_id and tx_hash name the settlement batch and transaction.
CREATE TABLE fills (
	market_id        bigint   NOT NULL,
	seq              bigint   NOT NULL,
	cmd_seq          bigint   NOT NULL,
	time_ns          bigint   NOT NULL,
	taker_account    bigint   NOT NULL,
	taker_order_id   bigint   NOT NULL,
	taker_side       smallint NOT NULL,
	maker_account    bigint   NOT NULL,
	maker_order_id   bigint   NOT NULL,
	price            bigint   NOT NULL,
	qty              bigint   NOT NULL,
	taker_fee        bigint   NOT NULL,
	maker_fee        bigint   NOT NULL,
	settlement_state text     NOT NULL DEFAULT 'matched'
		CHECK (settlement_state IN ('matched', 'settled', 'reverted')),
	state_reason     text,
	batch_id         bigint,
	tx_hash          bytea,
	state_ns         bigint,           -- when the state last changed (wall clock)
	PRIMARY KEY (market_id, seq)
);
CREATE INDEX fills_taker ON fills (taker_account, time_ns, market_id, seq);
CREATE INDEX fills_maker ON fills (maker_account, time_ns, market_id, seq);
CREATE INDEX fills_unsettled ON fills (cmd_seq) WHERE settlement_state <> 'settled';

-- trades: one row per EvTrade, the public print. seq is the trade event's
-- per-market sequence number (the public trade id); side is the taker's.
CREATE TABLE trades (
	market_id      bigint   NOT NULL,
	seq            bigint   NOT NULL,
	cmd_seq        bigint   NOT NULL,
	time_ns        bigint   NOT NULL,
	side           smallint NOT NULL,
	price          bigint   NOT NULL,
	qty            bigint   NOT NULL,
	taker_order_id bigint   NOT NULL,
	maker_order_id bigint   NOT NULL,
	PRIMARY KEY (market_id, seq)
);
CREATE INDEX trades_market_time ON trades (market_id, time_ns, seq);

-- candles: OHLCV per market, interval and UTC-aligned bucket, maintained by
-- upserts from the trades of each written batch in the same transaction.
-- start_ns is the bucket's first nanosecond; prices are ticks, volume lots.
CREATE TABLE candles (
	market_id bigint NOT NULL,
	interval  text   NOT NULL CHECK (interval IN ('1m', '5m', '1h', '1d')),
	start_ns  bigint NOT NULL,
	open      bigint NOT NULL,
	high      bigint NOT NULL,
	low       bigint NOT NULL,
	close     bigint NOT NULL,
	volume    bigint NOT NULL,
	trades    bigint NOT NULL,
	PRIMARY KEY (market_id, interval, start_ns)
);

-- balances: the latest EvBalance per account and asset: available and held
-- base units after the command cmd_seq.
CREATE TABLE balances (
	account_id bigint NOT NULL,
	asset_id   bigint NOT NULL,
	available  bigint NOT NULL,
	held       bigint NOT NULL,
	cmd_seq    bigint NOT NULL,
	updated_ns bigint NOT NULL,
	PRIMARY KEY (account_id, asset_id)
);
