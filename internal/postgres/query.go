package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/hourglass-exchange/hourglass/api"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
)

// Paging of the history queries: rows at or after sinceMs (unix
// milliseconds), oldest first, at most limit of them. A limit of 0 or less
// means DefaultLimit, more than MaxLimit means MaxLimit. To read on, pass the
// last row's time (in ms) as the next since and drop the rows already seen:
// several rows may share a millisecond.
const (
	DefaultLimit = 100
	MaxLimit     = 1000
)

func clampLimit(n int) int {
	switch {
	case n <= 0:
		return DefaultLimit
	case n > MaxLimit:
		return MaxLimit
	}
	return n
}

func sinceNs(ms int64) int64 {
	const maxMs = (1<<63 - 1) / 1_000_000
	switch {
	case ms <= 0:
		return 0
	case ms > maxMs:
		return 1<<63 - 1
	}
	return ms * 1_000_000
}

// Market is a market as added, with its current reference price.
type Market struct {
	ID          exchange.MarketID
	Instrument  [32]byte
	Symbol      string
	BaseAsset   exchange.AssetID
	QuoteAsset  exchange.AssetID
	TickSize    int64 // quote base units per GPU-hour per tick
	LotSize     int64 // GPU-hours per lot
	MinNotional int64 // quote base units
	MaxPrice    int64 // ticks
	MaxQty      int64 // lots
	RefPrice    int64 // ticks
	BandBps     int64
	MakerFeeBps int64
	TakerFeeBps int64
	CreatedNs   int64
}

// The history records are the gateway's (api.History): the consumer
// declares what it reads.
var _ api.History = (*Store)(nil)

// Markets returns every market in id order.
func (s *Store) Markets(ctx context.Context) ([]Market, error) {
	var out []Market
	err := s.withConn(ctx, func(c *pgx.Conn) error {
		rows, _ := c.Query(ctx, `SELECT market_id, instrument, symbol, base_asset, quote_asset, tick_size, lot_size,
			min_notional, max_price, max_qty, ref_price, band_bps, maker_fee_bps, taker_fee_bps, created_ns
			FROM markets ORDER BY market_id`)
		var m Market
		var inst []byte
		_, err := pgx.ForEachRow(rows, []any{&m.ID, &inst, &m.Symbol, &m.BaseAsset, &m.QuoteAsset, &m.TickSize,
			&m.LotSize, &m.MinNotional, &m.MaxPrice, &m.MaxQty, &m.RefPrice, &m.BandBps, &m.MakerFeeBps,
			&m.TakerFeeBps, &m.CreatedNs}, func() error {
			copy(m.Instrument[:], inst)
			out = append(out, m)
			return nil
		})
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("store: markets: %w", err)
	}
	return out, nil
}

// Trades returns market's trades from sinceMs on (see DefaultLimit).
func (s *Store) Trades(ctx context.Context, market exchange.MarketID, sinceMs int64, limit int) ([]api.HistoryTrade, error) {
	var out []api.HistoryTrade
	err := s.withConn(ctx, func(c *pgx.Conn) error {
		rows, _ := c.Query(ctx, `SELECT market_id, seq, cmd_seq, time_ns, side, price, qty, taker_order_id, maker_order_id
			FROM trades WHERE market_id = $1 AND time_ns >= $2 ORDER BY time_ns, seq LIMIT $3`,
			int64(market), sinceNs(sinceMs), clampLimit(limit))
		var t api.HistoryTrade
		_, err := pgx.ForEachRow(rows, []any{&t.Market, u64(&t.Seq), u64(&t.CmdSeq), &t.TimeNs, &t.Side, &t.Price, &t.Qty,
			u64(&t.TakerOrderID), u64(&t.MakerOrderID)}, func() error {
			out = append(out, t)
			return nil
		})
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("store: trades: %w", err)
	}
	return out, nil
}

// Candles returns market's candles of interval (1m, 5m, 1h or 1d) whose
// bucket starts at or after sinceMs (see DefaultLimit).
func (s *Store) Candles(ctx context.Context, market exchange.MarketID, interval string, sinceMs int64, limit int) ([]api.HistoryCandle, error) {
	ok := false
	for _, iv := range intervals {
		ok = ok || iv.name == interval
	}
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrInvalidInterval, interval)
	}
	var out []api.HistoryCandle
	err := s.withConn(ctx, func(c *pgx.Conn) error {
		rows, _ := c.Query(ctx, `SELECT market_id, interval, start_ns, open, high, low, close, volume, trades
			FROM candles WHERE market_id = $1 AND interval = $2 AND start_ns >= $3 ORDER BY start_ns LIMIT $4`,
			int64(market), interval, sinceNs(sinceMs), clampLimit(limit))
		var k api.HistoryCandle
		_, err := pgx.ForEachRow(rows, []any{&k.Market, &k.Interval, &k.StartNs, &k.Open, &k.High, &k.Low, &k.Close,
			&k.Volume, &k.Trades}, func() error {
			out = append(out, k)
			return nil
		})
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("store: candles: %w", err)
	}
	return out, nil
}

const orderSelect = `SELECT placed_seq, order_id, account_id, market_id, side, type, tif, post_only, stp, expiry_ns,
	max_fee_bps, price, qty, open_qty, filled_qty, filled_value, fees, status, coalesce(reason, ''),
	coalesce(client_order_id, ''), signed, created_ns, updated_ns, updated_seq FROM orders `

func scanOrders(rows pgx.Rows, out *[]api.HistoryOrder) error {
	var o api.HistoryOrder
	_, err := pgx.ForEachRow(rows, []any{u64(&o.PlacedSeq), u64(&o.OrderID), &o.Account, &o.Market, &o.Side, &o.Type, &o.TIF,
		&o.PostOnly, &o.STP, &o.ExpiryNs, &o.MaxFeeBps, &o.Price, &o.Qty, &o.OpenQty, &o.FilledQty, &o.FilledValue,
		&o.Fees, &o.Status, &o.Reason, &o.ClientID, &o.Signed, &o.CreatedNs, &o.UpdatedNs, u64(&o.UpdatedSeq)}, func() error {
		*out = append(*out, o)
		o.Signed = nil
		return nil
	})
	return err
}

// Orders returns account's orders placed at or after sinceMs, rejected ones
// included, oldest first (see DefaultLimit); with onlyOpen only the open
// ones.
func (s *Store) Orders(ctx context.Context, account exchange.AccountID, sinceMs int64, limit int, onlyOpen bool) ([]api.HistoryOrder, error) {
	q := orderSelect + `WHERE account_id = $1 AND created_ns >= $2 ORDER BY created_ns, placed_seq LIMIT $3`
	if onlyOpen {
		q = orderSelect + `WHERE account_id = $1 AND created_ns >= $2 AND status = 'open'
			ORDER BY created_ns, placed_seq LIMIT $3`
	}
	var out []api.HistoryOrder
	err := s.withConn(ctx, func(c *pgx.Conn) error {
		rows, _ := c.Query(ctx, q, int64(account), sinceNs(sinceMs), clampLimit(limit))
		return scanOrders(rows, &out)
	})
	if err != nil {
		return nil, fmt.Errorf("store: orders: %w", err)
	}
	return out, nil
}

// OrderByClientID returns account's order placed with clientOrderID: the
// accepted one (a nonce is accepted once), else the most recent rejected
// one; ok is false when there is none.
func (s *Store) OrderByClientID(ctx context.Context, account exchange.AccountID, clientOrderID string) (api.HistoryOrder, bool, error) {
	var out []api.HistoryOrder
	err := s.withConn(ctx, func(c *pgx.Conn) error {
		rows, _ := c.Query(ctx, orderSelect+`WHERE account_id = $1 AND client_order_id = $2
			ORDER BY (status <> 'rejected') DESC, placed_seq DESC LIMIT 1`, int64(account), clientOrderID)
		return scanOrders(rows, &out)
	})
	if err != nil {
		return api.HistoryOrder{}, false, fmt.Errorf("store: order by client id: %w", err)
	}
	if len(out) == 0 {
		return api.HistoryOrder{}, false, nil
	}
	return out[0], true, nil
}

// Order returns account's order with id; ok is false when there is none
// (or it is another account's).
func (s *Store) Order(ctx context.Context, account exchange.AccountID, id exchange.OrderID) (api.HistoryOrder, bool, error) {
	var out []api.HistoryOrder
	err := s.withConn(ctx, func(c *pgx.Conn) error {
		rows, _ := c.Query(ctx, orderSelect+`WHERE order_id = $1 AND account_id = $2
			ORDER BY placed_seq DESC LIMIT 1`, int64(id), int64(account))
		return scanOrders(rows, &out)
	})
	if err != nil {
		return api.HistoryOrder{}, false, fmt.Errorf("store: order: %w", err)
	}
	if len(out) == 0 {
		return api.HistoryOrder{}, false, nil
	}
	return out[0], true, nil
}

// Fills returns the fills account took part in (as taker, maker or both)
// from sinceMs on, oldest first (see DefaultLimit).
func (s *Store) Fills(ctx context.Context, account exchange.AccountID, sinceMs int64, limit int) ([]api.HistoryFill, error) {
	// Two index range scans merged, rather than an OR that defeats the
	// (account, time) indexes; a self-trade appears once.
	const cols = `market_id, seq, cmd_seq, time_ns, taker_account, taker_order_id, taker_side, maker_account,
		maker_order_id, price, qty, taker_fee, maker_fee, settlement_state, coalesce(state_reason, ''),
		coalesce(batch_id, 0), tx_hash`
	q := `SELECT * FROM (
		(SELECT ` + cols + ` FROM fills WHERE taker_account = $1 AND time_ns >= $2
			ORDER BY time_ns, market_id, seq LIMIT $3)
		UNION ALL
		(SELECT ` + cols + ` FROM fills WHERE maker_account = $1 AND taker_account <> $1 AND time_ns >= $2
			ORDER BY time_ns, market_id, seq LIMIT $3)
	) f ORDER BY time_ns, market_id, seq LIMIT $3`
	var out []api.HistoryFill
	err := s.withConn(ctx, func(c *pgx.Conn) error {
		rows, _ := c.Query(ctx, q, int64(account), sinceNs(sinceMs), clampLimit(limit))
		var f api.HistoryFill
		_, err := pgx.ForEachRow(rows, []any{&f.Key.Market, u64(&f.Key.Seq), u64(&f.CmdSeq), &f.TimeNs, &f.TakerAccount,
			u64(&f.TakerOrderID), &f.TakerSide, &f.MakerAccount, u64(&f.MakerOrderID), &f.Price, &f.Qty, &f.TakerFee,
			&f.MakerFee, &f.State, &f.StateReason, u64(&f.BatchID), &f.TxHash}, func() error {
			out = append(out, f)
			f.TxHash = nil
			return nil
		})
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("store: fills: %w", err)
	}
	return out, nil
}

// Balances returns account's latest reported balances in asset order.
func (s *Store) Balances(ctx context.Context, account exchange.AccountID) ([]api.HistoryBalance, error) {
	var out []api.HistoryBalance
	err := s.withConn(ctx, func(c *pgx.Conn) error {
		rows, _ := c.Query(ctx, `SELECT account_id, asset_id, available, held, cmd_seq, updated_ns
			FROM balances WHERE account_id = $1 ORDER BY asset_id`, int64(account))
		var b api.HistoryBalance
		_, err := pgx.ForEachRow(rows, []any{&b.Account, &b.Asset, &b.Available, &b.Held, u64(&b.CmdSeq), &b.UpdatedNs},
			func() error {
				out = append(out, b)
				return nil
			})
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("store: balances: %w", err)
	}
	return out, nil
}

// bits64 scans a bigint into a uint64-based engine type bit for bit: the
// store writes uint64s above 2^63-1 as negative bigints.
type bits64[T ~uint64] struct{ p *T }

func u64[T ~uint64](p *T) bits64[T] { return bits64[T]{p} }

func (b bits64[T]) ScanInt64(v pgtype.Int8) error {
	if !v.Valid {
		return errors.New("store: NULL in a uint64 column")
	}
	*b.p = T(v.Int64)
	return nil
}
