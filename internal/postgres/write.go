package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/hourglass-exchange/hourglass/api"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
	"github.com/jackc/pgx/v5"
)

// Applied is one command as the sequencer applied it, with the events it
// caused: what Write takes. The sequencer's OnApply slice is valid only
// during the call, so the caller copies Events (and Cmd.Spec is only read).
type Applied struct {
	Cmd    exchange.Command
	Events []exchange.Event
	// Order optionally carries what the gateway knows of a CmdPlace that
	// the engine does not; it is stored with the order.
	Order *OrderMeta
}

// OrderMeta is the gateway's side of a placed order.
type OrderMeta struct {
	ClientOrderID string // the client's own id; "" for none
	Signed        []byte // the signed order as the client sent it (EIP-712 typed data and signature)
}

// Position returns the journal sequence number of the last command written;
// 0 before the first. A writer resumes by replaying the journal after it.
func (s *Store) Position(ctx context.Context) (uint64, error) {
	var seq int64
	err := s.withConn(ctx, func(c *pgx.Conn) error {
		return c.QueryRow(ctx, "SELECT seq FROM writer_position").Scan(&seq)
	})
	if err != nil {
		return 0, fmt.Errorf("store: position: %w", err)
	}
	return uint64(seq), nil
}

// insertMode chooses how the bulk rows (new orders, fills, trades) travel:
// COPY, or INSERT ... SELECT FROM unnest(arrays) pipelined with the other
// statements. BenchmarkWrite measures them: unnest costs no round trip of its
// own and wins for small batches, COPY moves rows faster and wins for large
// ones; insertAuto (the default) picks per table by the row count.
type insertMode uint8

const (
	insertAuto insertMode = iota
	insertCopy
	insertUnnest
)

// copyMinRows is where insertAuto switches a table from unnest to COPY.
const copyMinRows = 500

func (m insertMode) copy(rows int) bool {
	return m == insertCopy || (m == insertAuto && rows >= copyMinRows)
}

// Write writes a batch of applied commands, in increasing Seq order, in one
// transaction with the new journal position (the last command's Seq).
// Commands at or below the stored position are skipped, so replaying an
// overlapping stretch of the journal writes nothing twice; the first command
// written must be the one right after the stored position (ErrGap
// otherwise). On any error nothing of the batch is written and the position
// is unchanged: retry with the same batch.
func (s *Store) Write(ctx context.Context, batch []Applied) error {
	for i := 1; i < len(batch); i++ {
		if batch[i].Cmd.Seq <= batch[i-1].Cmd.Seq {
			return fmt.Errorf("%w: seq %d after %d", ErrOrder, batch[i].Cmd.Seq, batch[i-1].Cmd.Seq)
		}
	}
	if len(batch) == 0 {
		return nil
	}
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	start := time.Now()
	var w writer
	err := s.withTx(ctx, func(tx pgx.Tx) error {
		// The position row's lock serializes writers of one database; the
		// open orders the batch touches are read in the same round trip.
		var pos int64
		var open []orderRow
		b := &pgx.Batch{}
		b.Queue("SELECT seq FROM writer_position FOR UPDATE").QueryRow(func(r pgx.Row) error {
			return r.Scan(&pos)
		})
		if ids := referencedOrders(batch); len(ids) > 0 {
			b.Queue(`SELECT placed_seq, order_id, price, open_qty, filled_qty, filled_value, fees, status
				FROM orders WHERE status = 'open' AND order_id = ANY($1)`, ids).Query(func(rows pgx.Rows) error {
				var o orderRow
				_, err := pgx.ForEachRow(rows, []any{&o.placedSeq, &o.orderID, &o.price, &o.open, &o.filled, &o.value, &o.fees, &o.status},
					func() error { o.existing = true; open = append(open, o); return nil })
				return err
			})
		}
		if err := tx.SendBatch(ctx, b).Close(); err != nil {
			return err
		}
		i := 0
		for i < len(batch) && batch[i].Cmd.Seq <= uint64(pos) {
			i++
		}
		if i == len(batch) {
			return nil // all written before
		}
		if batch[i].Cmd.Seq != uint64(pos)+1 {
			return fmt.Errorf("%w: stored position %d, next command %d", ErrGap, pos, batch[i].Cmd.Seq)
		}
		for j := i + 1; j < len(batch); j++ {
			if batch[j].Cmd.Seq != batch[j-1].Cmd.Seq+1 {
				return fmt.Errorf("%w: command %d after %d", ErrGap, batch[j].Cmd.Seq, batch[j-1].Cmd.Seq)
			}
		}
		w.init(open)
		for k := range batch[i:] {
			w.apply(&batch[i+k])
		}
		if w.unknown > 0 {
			s.log.Warn("store: events named orders not in the store", "count", w.unknown, "first_seq", batch[i].Cmd.Seq)
		}
		last := batch[len(batch)-1].Cmd
		return w.flush(ctx, tx, s.insert, last.Seq, last.Time)
	})
	if err != nil {
		return fmt.Errorf("store: write: %w", err)
	}
	if w.cmds > 0 {
		s.log.Debug("store: wrote batch", "commands", w.cmds, "orders", len(w.newOrders)+len(w.dirty),
			"fills", len(w.fills.market), "trades", len(w.trades.market), "took", time.Since(start))
	}
	return nil
}

// referencedOrders returns the order ids that the batch's fills, cancels
// and amends name. The open orders of these ids already in the store are the
// ones the batch may change; an id the batch itself accepts is not open in
// the store (ids are unique among live orders), so asking for it costs one
// index probe and finds nothing. (Which commands the stored position skips
// is known only inside the transaction; asking for every id keeps that to
// one round trip.)
func referencedOrders(batch []Applied) []int64 {
	seen := map[exchange.OrderID]bool{}
	var ids []int64
	need := func(id exchange.OrderID) {
		if !seen[id] {
			seen[id] = true
			ids = append(ids, int64(id))
		}
	}
	for i := range batch {
		for j := range batch[i].Events {
			ev := &batch[i].Events[j]
			switch ev.Kind {
			case exchange.EvFill:
				need(ev.OrderID)
				need(ev.MakerOrderID)
			case exchange.EvCanceled, exchange.EvAmended:
				need(ev.OrderID)
			}
		}
	}
	return ids
}

// Order statuses as stored.
const (
	statusOpen     = string(api.OrderOpen)
	statusFilled   = string(api.OrderFilled)
	statusCanceled = string(api.OrderCanceled)
	statusRejected = string(api.OrderRejected)
)

type orderRow struct {
	placedSeq, orderID, account, market int64
	side, typ, tif, stp                 int16
	postOnly                            bool
	expiry, maxFee                      int64
	price, qty, open, filled, value     int64
	fees                                int64
	status                              string
	reason                              *string
	clientID                            *string
	signed                              []byte
	created, updated, updatedSeq        int64

	existing bool // read from the store: written back as an UPDATE
	dirty    bool // existing and changed by this batch
}

// fillCols, tradeCols, ... hold a batch's rows column by column: the shape
// both COPY and unnest($1::bigint[], ...) want.
type fillCols struct {
	market, seq, cmdSeq, time                        []int64
	takerAccount, takerOrder                         []int64
	takerSide                                        []int16
	makerAccount, makerOrder, price, qty, tFee, mFee []int64
}

type tradeCols struct {
	market, seq, cmdSeq, time []int64
	side                      []int16
	price, qty, taker, maker  []int64
}

type candleKey struct {
	market   exchange.MarketID
	interval uint8
	start    int64
}

type candle struct {
	open, high, low, close, volume, trades int64
}

type balanceKey struct {
	account exchange.AccountID
	asset   exchange.AssetID
}

type balanceRow struct {
	available, held, cmdSeq, time int64
}

type marketRow struct {
	id      exchange.MarketID
	spec    exchange.MarketSpec
	time    int64
	cmdSeq  int64
	updated bool // only ref_price changed (EvMarketUpdated of an older market)
}

type accountRow struct {
	id      exchange.AccountID
	address [20]byte
	time    int64
	cmdSeq  int64
}

// writer turns a batch's events into rows. It mirrors each order's life
// (accepted, filled, amended, cancelled) in memory, starting from the open
// orders the store already holds, and writes each touched order once.
type writer struct {
	live      map[exchange.OrderID]*orderRow
	newOrders []*orderRow
	dirty     []*orderRow
	fills     fillCols
	trades    tradeCols
	candles   map[candleKey]*candle
	candleOrd []candleKey
	balances  map[balanceKey]*balanceRow
	balOrd    []balanceKey
	markets   []marketRow
	accounts  []accountRow
	settled   []settleRow // fills' on-chain outcomes, applied after the fills
	cmds      int
	unknown   int
}

// settleRow is a fill's on-chain outcome (EvSettled, EvReverted).
type settleRow struct {
	market, seq, batch, time int64
	state                    string
	reason                   *string
	chain                    bool // resolved by the batch's transaction (not skipped by the pipeline)
}

func (w *writer) init(open []orderRow) {
	w.live = make(map[exchange.OrderID]*orderRow, len(open))
	for i := range open {
		w.live[exchange.OrderID(open[i].orderID)] = &open[i]
	}
	w.candles = map[candleKey]*candle{}
	w.balances = map[balanceKey]*balanceRow{}
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func (w *writer) apply(a *Applied) {
	w.cmds++
	c := &a.Cmd
	seq, now := int64(c.Seq), c.Time
	touch := func(o *orderRow) {
		o.updated, o.updatedSeq = now, seq
		if o.existing && !o.dirty {
			o.dirty = true
			w.dirty = append(w.dirty, o)
		}
	}
	order := func(id exchange.OrderID) *orderRow {
		o := w.live[id]
		if o == nil {
			w.unknown++
		}
		return o
	}
	for i := range a.Events {
		ev := &a.Events[i]
		switch ev.Kind {
		case exchange.EvAccepted, exchange.EvRejected:
			// A place refused for a used nonce is not an order of that
			// client order id: the accepted order is (it stays the one
			// OrderByClientID finds, and GET /v1/orders lists no twin).
			if c.Kind != exchange.CmdPlace || ev.Reason == exchange.ReasonDuplicateNonce {
				continue
			}
			o := &orderRow{
				placedSeq: seq, orderID: int64(c.OrderID), account: int64(c.Account), market: int64(c.Market),
				side: int16(c.Side), typ: int16(c.Type), tif: int16(c.TIF), stp: int16(c.STP), postOnly: c.PostOnly,
				expiry: c.Expiry, maxFee: c.MaxFeeBps, price: c.Price, qty: c.Qty,
				status: statusRejected, created: now, updated: now, updatedSeq: seq,
			}
			if c.TIF != exchange.GTD {
				o.expiry = 0
			}
			if a.Order != nil {
				o.clientID, o.signed = nullable(a.Order.ClientOrderID), a.Order.Signed
			}
			if ev.Kind == exchange.EvAccepted {
				o.price, o.qty, o.open, o.status = ev.Price, ev.Qty, ev.Qty, statusOpen
				w.live[ev.OrderID] = o
			} else {
				r := ev.Reason.String()
				o.reason = &r
			}
			w.newOrders = append(w.newOrders, o)
		case exchange.EvFill:
			for _, side := range [2]struct {
				id  exchange.OrderID
				fee int64
			}{{ev.OrderID, ev.TakerFee}, {ev.MakerOrderID, ev.MakerFee}} {
				o := order(side.id)
				if o == nil {
					continue
				}
				o.open -= ev.Qty
				o.filled += ev.Qty
				o.value += ev.Price * ev.Qty
				o.fees += side.fee
				if o.open <= 0 {
					o.status = statusFilled
					delete(w.live, side.id)
				}
				touch(o)
			}
			f := &w.fills
			f.market = append(f.market, int64(ev.Market))
			f.seq = append(f.seq, int64(ev.Seq))
			f.cmdSeq = append(f.cmdSeq, seq)
			f.time = append(f.time, now)
			f.takerAccount = append(f.takerAccount, int64(ev.Account))
			f.takerOrder = append(f.takerOrder, int64(ev.OrderID))
			f.takerSide = append(f.takerSide, int16(ev.Side))
			f.makerAccount = append(f.makerAccount, int64(ev.MakerAccount))
			f.makerOrder = append(f.makerOrder, int64(ev.MakerOrderID))
			f.price = append(f.price, ev.Price)
			f.qty = append(f.qty, ev.Qty)
			f.tFee = append(f.tFee, ev.TakerFee)
			f.mFee = append(f.mFee, ev.MakerFee)
		case exchange.EvTrade:
			t := &w.trades
			t.market = append(t.market, int64(ev.Market))
			t.seq = append(t.seq, int64(ev.Seq))
			t.cmdSeq = append(t.cmdSeq, seq)
			t.time = append(t.time, now)
			t.side = append(t.side, int16(ev.Side))
			t.price = append(t.price, ev.Price)
			t.qty = append(t.qty, ev.Qty)
			t.taker = append(t.taker, int64(ev.OrderID))
			t.maker = append(t.maker, int64(ev.MakerOrderID))
			w.candle(ev.Market, now, ev.Price, ev.Qty)
		case exchange.EvCanceled:
			o := order(ev.OrderID)
			if o == nil {
				continue
			}
			o.open -= ev.Qty
			r := ev.Reason.String()
			o.reason = &r
			if o.open <= 0 {
				o.status = statusCanceled
				delete(w.live, ev.OrderID)
			}
			touch(o)
		case exchange.EvAmended:
			o := order(ev.OrderID)
			if o == nil {
				continue
			}
			o.price, o.open = ev.Price, ev.Qty
			touch(o)
		case exchange.EvBalance:
			k := balanceKey{ev.Account, ev.Asset}
			b := w.balances[k]
			if b == nil {
				b = &balanceRow{}
				w.balances[k] = b
				w.balOrd = append(w.balOrd, k)
			}
			*b = balanceRow{available: ev.Amount, held: ev.Qty, cmdSeq: seq, time: now}
		case exchange.EvAccountOpened:
			w.accounts = append(w.accounts, accountRow{id: ev.Account, address: c.Address, time: now, cmdSeq: seq})
		case exchange.EvMarketAdded:
			if c.Spec != nil {
				w.markets = append(w.markets, marketRow{id: ev.Market, spec: *c.Spec, time: now, cmdSeq: seq})
			}
		case exchange.EvMarketUpdated:
			w.setReference(ev.Market, ev.Price, now, seq)
		case exchange.EvSettled, exchange.EvReverted:
			r := settleRow{market: int64(ev.FillMarket), seq: int64(ev.FillSeq), batch: int64(ev.Batch), time: now,
				state: string(api.FillSettled), chain: c.Kind == exchange.CmdSettlementResult}
			if ev.Kind == exchange.EvReverted {
				sk := eip712.DecodeResult(0, ev.Result)
				reason := sk.Reason.String() + " (" + sk.Party.String() + ")"
				if r, ok := exchange.OperatorSkip(ev.Result); ok {
					reason = r + operatorSuffix // the pipeline's own skip (exchange.CmdSkipFills)
				}
				r.state, r.reason = string(api.FillReverted), &reason
			}
			w.settled = append(w.settled, r)
		}
	}
}

func (w *writer) setReference(m exchange.MarketID, price, now, seq int64) {
	for i := len(w.markets) - 1; i >= 0; i-- {
		if w.markets[i].id == m {
			w.markets[i].spec.RefPrice = price
			w.markets[i].time = now
			return
		}
	}
	w.markets = append(w.markets, marketRow{id: m, spec: exchange.MarketSpec{RefPrice: price}, time: now, cmdSeq: seq, updated: true})
}

// intervals are the candle intervals, UTC-aligned (unix time 0 is midnight).
var intervals = [...]struct {
	name string
	ns   int64
}{
	{"1m", int64(time.Minute)},
	{"5m", 5 * int64(time.Minute)},
	{"1h", int64(time.Hour)},
	{"1d", 24 * int64(time.Hour)},
}

func bucketStart(t, d int64) int64 {
	r := t % d
	if r < 0 {
		r += d
	}
	return t - r
}

func (w *writer) candle(m exchange.MarketID, t, price, qty int64) {
	for i, iv := range intervals {
		k := candleKey{m, uint8(i), bucketStart(t, iv.ns)}
		c := w.candles[k]
		if c == nil {
			w.candles[k] = &candle{open: price, high: price, low: price, close: price, volume: qty, trades: 1}
			w.candleOrd = append(w.candleOrd, k)
			continue
		}
		c.high, c.low, c.close = max(c.high, price), min(c.low, price), price
		c.volume += qty
		c.trades++
	}
}

var (
	orderColumns = []string{"placed_seq", "order_id", "account_id", "market_id", "side", "type", "tif", "post_only",
		"stp", "expiry_ns", "max_fee_bps", "price", "qty", "open_qty", "filled_qty", "filled_value", "fees", "status",
		"reason", "client_order_id", "signed", "created_ns", "updated_ns", "updated_seq"}
	fillColumns = []string{"market_id", "seq", "cmd_seq", "time_ns", "taker_account", "taker_order_id", "taker_side",
		"maker_account", "maker_order_id", "price", "qty", "taker_fee", "maker_fee"}
	tradeColumns = []string{"market_id", "seq", "cmd_seq", "time_ns", "side", "price", "qty", "taker_order_id", "maker_order_id"}
)

const (
	insertOrdersSQL = `INSERT INTO orders (placed_seq, order_id, account_id, market_id, side, type, tif, post_only,
		stp, expiry_ns, max_fee_bps, price, qty, open_qty, filled_qty, filled_value, fees, status,
		reason, client_order_id, signed, created_ns, updated_ns, updated_seq)
	SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::bigint[], $5::smallint[], $6::smallint[],
		$7::smallint[], $8::boolean[], $9::smallint[], $10::bigint[], $11::bigint[], $12::bigint[], $13::bigint[],
		$14::bigint[], $15::bigint[], $16::bigint[], $17::bigint[], $18::text[], $19::text[], $20::text[],
		$21::bytea[], $22::bigint[], $23::bigint[], $24::bigint[])`
	insertFillsSQL = `INSERT INTO fills (market_id, seq, cmd_seq, time_ns, taker_account, taker_order_id, taker_side,
		maker_account, maker_order_id, price, qty, taker_fee, maker_fee)
	SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::bigint[], $5::bigint[], $6::bigint[],
		$7::smallint[], $8::bigint[], $9::bigint[], $10::bigint[], $11::bigint[], $12::bigint[], $13::bigint[])`
	insertTradesSQL = `INSERT INTO trades (market_id, seq, cmd_seq, time_ns, side, price, qty, taker_order_id, maker_order_id)
	SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::bigint[], $5::smallint[], $6::bigint[],
		$7::bigint[], $8::bigint[], $9::bigint[])`
	updateOrdersSQL = `UPDATE orders o SET price = u.price, open_qty = u.open_qty, filled_qty = u.filled_qty,
		filled_value = u.filled_value, fees = u.fees, status = u.status, reason = u.reason,
		updated_ns = u.updated_ns, updated_seq = u.updated_seq
	FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::bigint[], $5::bigint[], $6::bigint[], $7::text[],
		$8::text[], $9::bigint[], $10::bigint[])
		AS u(placed_seq, price, open_qty, filled_qty, filled_value, fees, status, reason, updated_ns, updated_seq)
	WHERE o.placed_seq = u.placed_seq`
	upsertCandlesSQL = `INSERT INTO candles AS c (market_id, interval, start_ns, open, high, low, close, volume, trades)
	SELECT * FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::bigint[], $5::bigint[], $6::bigint[],
		$7::bigint[], $8::bigint[], $9::bigint[])
	ON CONFLICT (market_id, interval, start_ns) DO UPDATE SET
		high = GREATEST(c.high, EXCLUDED.high), low = LEAST(c.low, EXCLUDED.low), close = EXCLUDED.close,
		volume = c.volume + EXCLUDED.volume, trades = c.trades + EXCLUDED.trades`
	upsertBalancesSQL = `INSERT INTO balances AS b (account_id, asset_id, available, held, cmd_seq, updated_ns)
	SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::bigint[], $5::bigint[], $6::bigint[])
	ON CONFLICT (account_id, asset_id) DO UPDATE SET available = EXCLUDED.available, held = EXCLUDED.held,
		cmd_seq = EXCLUDED.cmd_seq, updated_ns = EXCLUDED.updated_ns`
	insertAccountsSQL = `INSERT INTO accounts (account_id, address, created_ns, cmd_seq)
	SELECT * FROM unnest($1::bigint[], $2::bytea[], $3::bigint[], $4::bigint[])`
	insertMarketSQL = `INSERT INTO markets (market_id, instrument, symbol, base_asset, quote_asset, tick_size, lot_size,
		min_notional, max_price, max_qty, ref_price, band_bps, maker_fee_bps, taker_fee_bps, created_ns, cmd_seq, updated_ns)
	VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $15)`
	updateMarketSQL = `UPDATE markets SET ref_price = $2, updated_ns = $3 WHERE market_id = $1`
	setPositionSQL  = `UPDATE writer_position SET seq = $1, updated_ns = $2`
)

// orderCols returns the new orders column by column, in orderColumns order.
func orderCols(os []*orderRow) []any {
	n := len(os)
	var (
		placed, oid, acct, mkt             = make([]int64, n), make([]int64, n), make([]int64, n), make([]int64, n)
		side, typ, tif, stp                = make([]int16, n), make([]int16, n), make([]int16, n), make([]int16, n)
		post                               = make([]bool, n)
		exp, fee, price, qty, open, filled = make([]int64, n), make([]int64, n), make([]int64, n), make([]int64, n), make([]int64, n), make([]int64, n)
		value, fees                        = make([]int64, n), make([]int64, n)
		status                             = make([]string, n)
		reason, client                     = make([]*string, n), make([]*string, n)
		signed                             = make([][]byte, n)
		created, updated, useq             = make([]int64, n), make([]int64, n), make([]int64, n)
	)
	for i, o := range os {
		placed[i], oid[i], acct[i], mkt[i] = o.placedSeq, o.orderID, o.account, o.market
		side[i], typ[i], tif[i], stp[i], post[i] = o.side, o.typ, o.tif, o.stp, o.postOnly
		exp[i], fee[i], price[i], qty[i], open[i], filled[i] = o.expiry, o.maxFee, o.price, o.qty, o.open, o.filled
		value[i], fees[i], status[i], reason[i], client[i], signed[i] = o.value, o.fees, o.status, o.reason, o.clientID, o.signed
		created[i], updated[i], useq[i] = o.created, o.updated, o.updatedSeq
	}
	return []any{placed, oid, acct, mkt, side, typ, tif, post, stp, exp, fee, price, qty, open, filled, value, fees,
		status, reason, client, signed, created, updated, useq}
}

func (f *fillCols) cols() []any {
	return []any{f.market, f.seq, f.cmdSeq, f.time, f.takerAccount, f.takerOrder, f.takerSide, f.makerAccount,
		f.makerOrder, f.price, f.qty, f.tFee, f.mFee}
}

func (t *tradeCols) cols() []any {
	return []any{t.market, t.seq, t.cmdSeq, t.time, t.side, t.price, t.qty, t.taker, t.maker}
}

// columnSource feeds column slices to COPY one row at a time.
type columnSource struct {
	cols []any
	n, i int
	row  []any
}

func newColumnSource(cols []any, n int) *columnSource {
	return &columnSource{cols: cols, n: n, i: -1, row: make([]any, len(cols))}
}

func (s *columnSource) Next() bool { s.i++; return s.i < s.n }
func (s *columnSource) Err() error { return nil }
func (s *columnSource) Values() ([]any, error) {
	for j, c := range s.cols {
		switch c := c.(type) {
		case []int64:
			s.row[j] = c[s.i]
		case []int16:
			s.row[j] = c[s.i]
		case []bool:
			s.row[j] = c[s.i]
		case []string:
			s.row[j] = c[s.i]
		case []*string:
			s.row[j] = c[s.i]
		case [][]byte:
			s.row[j] = c[s.i]
		default:
			return nil, fmt.Errorf("store: column type %T", c)
		}
	}
	return s.row, nil
}

// flush writes the batch's rows and the new position.
func (w *writer) flush(ctx context.Context, tx pgx.Tx, mode insertMode, lastSeq uint64, lastTime int64) error {
	b := &pgx.Batch{}
	bulk := []struct {
		table string
		cols  []string
		sql   string
		vals  []any
		n     int
	}{
		{"orders", orderColumns, insertOrdersSQL, orderCols(w.newOrders), len(w.newOrders)},
		{"fills", fillColumns, insertFillsSQL, w.fills.cols(), len(w.fills.market)},
		{"trades", tradeColumns, insertTradesSQL, w.trades.cols(), len(w.trades.market)},
	}
	// Markets and accounts first: they are rare and small.
	for _, m := range w.markets {
		if m.updated {
			b.Queue(updateMarketSQL, int64(m.id), m.spec.RefPrice, m.time)
			continue
		}
		sp := &m.spec
		b.Queue(insertMarketSQL, int64(m.id), sp.Instrument[:], sp.Symbol, int64(sp.BaseAsset), int64(sp.QuoteAsset),
			sp.TickSize, sp.LotSize, sp.MinNotional, sp.MaxPrice, sp.MaxQty, sp.RefPrice, sp.BandBps,
			sp.MakerFeeBps, sp.TakerFeeBps, m.time, m.cmdSeq)
	}
	if n := len(w.accounts); n > 0 {
		id, addr, t, seq := make([]int64, n), make([][]byte, n), make([]int64, n), make([]int64, n)
		for i, a := range w.accounts {
			id[i], addr[i], t[i], seq[i] = int64(a.id), a.address[:], a.time, a.cmdSeq
		}
		b.Queue(insertAccountsSQL, id, addr, t, seq)
	}
	if n := len(w.dirty); n > 0 {
		id, price, open, filled := make([]int64, n), make([]int64, n), make([]int64, n), make([]int64, n)
		value, fees, status, reason := make([]int64, n), make([]int64, n), make([]string, n), make([]*string, n)
		upd, useq := make([]int64, n), make([]int64, n)
		for i, o := range w.dirty {
			id[i], price[i], open[i], filled[i] = o.placedSeq, o.price, o.open, o.filled
			value[i], fees[i], status[i], reason[i], upd[i], useq[i] = o.value, o.fees, o.status, o.reason, o.updated, o.updatedSeq
		}
		b.Queue(updateOrdersSQL, id, price, open, filled, value, fees, status, reason, upd, useq)
	}
	// Updates of orders already stored go before the new orders: an order
	// filled here may free its id for a new one (orders_open_order_id).
	for _, bk := range bulk {
		if bk.n > 0 && !mode.copy(bk.n) {
			b.Queue(bk.sql, bk.vals...)
		}
	}
	if n := len(w.candleOrd); n > 0 {
		mkt, iv, start := make([]int64, n), make([]string, n), make([]int64, n)
		o, h, l, c, v, t := make([]int64, n), make([]int64, n), make([]int64, n), make([]int64, n), make([]int64, n), make([]int64, n)
		for i, k := range w.candleOrd {
			cd := w.candles[k]
			mkt[i], iv[i], start[i] = int64(k.market), intervals[k.interval].name, k.start
			o[i], h[i], l[i], c[i], v[i], t[i] = cd.open, cd.high, cd.low, cd.close, cd.volume, cd.trades
		}
		b.Queue(upsertCandlesSQL, mkt, iv, start, o, h, l, c, v, t)
	}
	if n := len(w.balOrd); n > 0 {
		acct, asset, av, held, seq, t := make([]int64, n), make([]int64, n), make([]int64, n), make([]int64, n), make([]int64, n), make([]int64, n)
		for i, k := range w.balOrd {
			r := w.balances[k]
			acct[i], asset[i], av[i], held[i], seq[i], t[i] = int64(k.account), int64(k.asset), r.available, r.held, r.cmdSeq, r.time
		}
		b.Queue(upsertBalancesSQL, acct, asset, av, held, seq, t)
	}
	b.Queue(setPositionSQL, int64(lastSeq), lastTime)
	if err := tx.SendBatch(ctx, b).Close(); err != nil {
		return err
	}
	for _, bk := range bulk {
		if bk.n > 0 && mode.copy(bk.n) {
			if _, err := tx.CopyFrom(ctx, pgx.Identifier{bk.table}, bk.cols, newColumnSource(bk.vals, bk.n)); err != nil {
				return fmt.Errorf("copy %s: %w", bk.table, err)
			}
		}
	}
	// Outcomes last: their fills may have been inserted just above.
	if n := len(w.settled); n > 0 {
		mkt, seq, batch, t, state, reason := make([]int64, n), make([]int64, n), make([]int64, n), make([]int64, n), make([]string, n), make([]*string, n)
		chain := make([]bool, n)
		for i, r := range w.settled {
			mkt[i], seq[i], batch[i], t[i], state[i], reason[i], chain[i] = r.market, r.seq, r.batch, r.time, r.state, r.reason, r.chain
		}
		// The transaction hash comes from settlement_batches when the
		// pipeline recorded it first (RecordBatchTx sets it otherwise).
		tag, err := tx.Exec(ctx, `UPDATE fills f SET settlement_state = k.state, batch_id = k.batch, state_reason = k.reason, state_ns = k.t,
				tx_hash = CASE WHEN k.chain THEN (SELECT b.tx_hash FROM settlement_batches b WHERE b.batch_id = k.batch) END
			FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::bigint[], $5::text[], $6::text[], $7::boolean[])
				AS k(market_id, seq, batch, t, state, reason, chain)
			WHERE f.market_id = k.market_id AND f.seq = k.seq`, mkt, seq, batch, t, state, reason, chain)
		if err != nil {
			return fmt.Errorf("settlement outcomes: %w", err)
		}
		if tag.RowsAffected() != int64(n) {
			return fmt.Errorf("%w: %d of %d settled fills found", ErrUnknownFill, tag.RowsAffected(), n)
		}
	}
	return nil
}
