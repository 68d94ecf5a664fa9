package api

import (
	"context"
	"encoding/json"
	"net/http"
	"strconv"
	"time"

	"github.com/hourglass-exchange/hourglass/api/marketdata"
	"github.com/hourglass-exchange/hourglass/exchange"
)

// REST limits.
const (
	DefaultRESTLimit = 100
	MaxRESTLimit     = 1000
	DefaultBookDepth = 50
	MaxBookDepth     = 5000
)

// get wraps a read-only JSON endpoint: GET (or HEAD) only, errors as
// {"error":{"code","message"}} with the code's HTTP status.
func (s *Server) get(route string, fn func(w http.ResponseWriter, r *http.Request) *Error) http.HandlerFunc {
	return s.count(route, func(w http.ResponseWriter, r *http.Request) *Error {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			return errorf(CodeMethodNotAllowed, r.Method+" is not allowed here")
		}
		return fn(w, r)
	})
}

func (s *Server) count(route string, fn func(w http.ResponseWriter, r *http.Request) *Error) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		status := http.StatusOK
		if e := fn(w, r); e != nil {
			status = e.Code.Status()
			writeError(w, e)
		}
		s.m.rest.WithLabelValues(route, strconv.Itoa(status)).Inc()
	}
}

func writeError(w http.ResponseWriter, e *Error) {
	w.Header().Set("Content-Type", "application/json")
	if e.Code == CodeRateLimited {
		w.Header().Set("Retry-After", strconv.FormatInt((e.RetryAfterMS+999)/1000, 10))
	}
	w.WriteHeader(e.Code.Status())
	b := append(e.appendJSON([]byte(`{"error":`)), "}\n"...)
	w.Write(b)
}

func writeJSON(w http.ResponseWriter, v any) *Error {
	b, err := json.Marshal(v)
	if err != nil {
		return errorf(CodeInternal, "encoding the response")
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(append(b, '\n'))
	return nil
}

func (s *Server) restMarkets(w http.ResponseWriter, r *http.Request) *Error {
	reg := s.registry()
	if reg == nil {
		return errorf(CodeUnavailable, "the market list has not arrived yet")
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(reg.json)
	return nil
}

// queryMarket reads the market parameter.
func (s *Server) queryMarket(r *http.Request) (*marketEntry, *Error) {
	sym := r.URL.Query().Get("market")
	if sym == "" {
		return nil, errorf(CodeInvalidParams, "market is required")
	}
	if s.registry() == nil {
		return nil, errorf(CodeUnavailable, "the market list has not arrived yet")
	}
	e, ok := s.market(sym)
	if !ok {
		return nil, errorf(CodeUnknownMarket, "unknown market "+strconv.Quote(sym))
	}
	return e, nil
}

// queryInt reads an optional integer parameter in [lo, hi].
func queryInt(r *http.Request, name string, def, lo, hi int64) (int64, *Error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < lo || n > hi {
		return 0, errorf(CodeInvalidParams, name+" must be an integer from "+strconv.FormatInt(lo, 10)+" to "+strconv.FormatInt(hi, 10))
	}
	return n, nil
}

// withTopic follows a topic for the length of a REST request and runs fn
// once it is synced.
func (s *Server) withTopic(ctx context.Context, k streamKey, fn func(streamState)) *Error {
	t, err := s.hub.acquire(k)
	if err != nil {
		return err
	}
	defer s.hub.release(t)
	ctx, cancel := context.WithTimeout(ctx, s.opts.SyncTimeout)
	defer cancel()
	return t.wait(ctx, fn)
}

// BookResponse is GET /v1/book: the best depth levels of each side, with
// the book stream's seq and the checksum of the full book's best 10 levels.
type BookResponse struct {
	Market   string                 `json:"market"`
	Seq      uint64                 `json:"seq"`
	TS       string                 `json:"ts"`
	Bids     []marketdata.WireLevel `json:"bids"`
	Asks     []marketdata.WireLevel `json:"asks"`
	Checksum uint32                 `json:"checksum"`
}

func (s *Server) restBook(w http.ResponseWriter, r *http.Request) *Error {
	e, err := s.queryMarket(r)
	if err != nil {
		return err
	}
	depth, err := queryInt(r, "depth", DefaultBookDepth, 1, MaxBookDepth)
	if err != nil {
		return err
	}
	var resp BookResponse
	if err := s.withTopic(r.Context(), streamKey{channel: marketdata.ChannelBook, market: e.info.Symbol}, func(st streamState) {
		b := st.(*bookState)
		bids, asks := b.book.Bids(), b.book.Asks()
		resp = BookResponse{
			Market: b.market, Seq: b.seq, TS: b.ts, Checksum: b.sum,
			Bids: wireLevels(bids[:min(len(bids), int(depth))]), Asks: wireLevels(asks[:min(len(asks), int(depth))]),
		}
	}); err != nil {
		return err
	}
	return writeJSON(w, resp)
}

// TradesResponse is GET /v1/trades.
type TradesResponse struct {
	Market string                 `json:"market"`
	Trades []marketdata.TradeData `json:"trades"`
}

func pageParams(r *http.Request) (since, limit int64, err *Error) {
	if since, err = queryInt(r, "since", 0, 0, 1<<53); err != nil {
		return
	}
	limit, err = queryInt(r, "limit", DefaultRESTLimit, 1, MaxRESTLimit)
	return
}

func (s *Server) restTrades(w http.ResponseWriter, r *http.Request) *Error {
	e, err := s.queryMarket(r)
	if err != nil {
		return err
	}
	since, limit, err := pageParams(r)
	if err != nil {
		return err
	}
	resp := TradesResponse{Market: e.info.Symbol, Trades: []marketdata.TradeData{}}
	if s.opts.History != nil {
		ts, herr := s.opts.History.Trades(r.Context(), e.info.ID, since, int(limit))
		if herr != nil {
			return errorf(CodeUnavailable, "trade history is unavailable")
		}
		for _, t := range ts {
			side := "buy"
			if t.Side == exchange.Sell {
				side = "sell"
			}
			resp.Trades = append(resp.Trades, marketdata.TradeData{
				TradeID: t.Seq, Price: e.info.Price(t.Price), Size: e.info.Size(t.Qty), Side: side,
				Time: formatTime(t.TimeNs), TimeMS: floorDivMs(t.TimeNs),
			})
		}
		return writeJSON(w, resp)
	}
	if err := s.withTopic(r.Context(), streamKey{channel: marketdata.ChannelTrades, market: e.info.Symbol}, func(st streamState) {
		for _, t := range st.(*tradesState).recent() {
			if t.TimeMS >= since && len(resp.Trades) < int(limit) {
				resp.Trades = append(resp.Trades, t)
			}
		}
	}); err != nil {
		return err
	}
	return writeJSON(w, resp)
}

// CandlesResponse is GET /v1/candles.
type CandlesResponse struct {
	Market   string                  `json:"market"`
	Interval string                  `json:"interval"`
	Candles  []marketdata.CandleData `json:"candles"`
}

func (s *Server) restCandles(w http.ResponseWriter, r *http.Request) *Error {
	e, err := s.queryMarket(r)
	if err != nil {
		return err
	}
	ivName := r.URL.Query().Get("interval")
	iv, ok := marketdata.ParseInterval(ivName)
	if !ok {
		return errorf(CodeInvalidParams, "interval must be one of 1m, 5m, 1h, 1d")
	}
	since, limit, err := pageParams(r)
	if err != nil {
		return err
	}
	resp := CandlesResponse{Market: e.info.Symbol, Interval: ivName, Candles: []marketdata.CandleData{}}
	if s.opts.History != nil {
		cs, herr := s.opts.History.Candles(r.Context(), e.info.ID, ivName, since, int(limit))
		if herr != nil {
			return errorf(CodeUnavailable, "candle history is unavailable")
		}
		for _, c := range cs {
			resp.Candles = append(resp.Candles, marketdata.CandleData{
				Interval: ivName, Start: formatTime(c.StartNs), StartMS: floorDivMs(c.StartNs),
				Open: e.info.Price(c.Open), High: e.info.Price(c.High), Low: e.info.Price(c.Low), Close: e.info.Price(c.Close),
				Volume: e.info.Size(c.Volume), Trades: c.Trades,
			})
		}
		return writeJSON(w, resp)
	}
	if err := s.withTopic(r.Context(), streamKey{channel: marketdata.ChannelCandles, market: e.info.Symbol, interval: iv}, func(st streamState) {
		for _, c := range st.(*candlesState).recent() {
			if c.StartMS >= since && len(resp.Candles) < int(limit) {
				resp.Candles = append(resp.Candles, c)
			}
		}
	}); err != nil {
		return err
	}
	return writeJSON(w, resp)
}

// formatTime writes unix ns as the market-data time format: RFC 3339 UTC
// with 9 fractional digits.
func formatTime(ns int64) string {
	return time.Unix(0, ns).UTC().Format("2006-01-02T15:04:05.000000000Z")
}

func floorDivMs(ns int64) int64 {
	q := ns / 1e6
	if ns%1e6 < 0 {
		q--
	}
	return q
}
