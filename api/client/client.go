// Package client is the Go client of the Hourglass gateway: a websocket
// connection with request/response calls and market-data subscriptions
// that keep a checked copy of each subscribed book, and helpers for the
// REST API. The CLI, the simulator and the tests use it.
package client

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"

	"github.com/hourglass-exchange/hourglass/api/marketdata"
)

// Error is an error response of the gateway.
type Error struct {
	Status       int    `json:"-"`
	Code         string `json:"code"`
	Message      string `json:"message"`
	RetryAfterMS int64  `json:"retry_after_ms,omitempty"`
}

func (e *Error) Error() string {
	return fmt.Sprintf("hourglass: %d %s: %s", e.Status, e.Code, e.Message)
}

// frameTap, when the package's tests set it (before any Dial), is told
// every message a Client writes (sent) and reads, and, with nil data, the
// end of its connection: the tests check them against the gateway's
// websocket schema.
var frameTap func(c *Client, sent bool, data []byte)

// ErrClosed is returned by calls on a closed Client.
var ErrClosed = errors.New("hourglass: connection closed")

// Event is one market-data message (or an unsolicited error event).
type Event struct {
	marketdata.Envelope
	// Account is the account of a private channel's event ("" on market
	// data).
	Account string `json:"account,omitempty"`
	Error   *Error `json:"error,omitempty"`
	Raw     []byte `json:"-"`
}

// Handler receives the events of a subscription, on the client's reader
// goroutine: it must return quickly (send to a channel to do more).
type Handler func(ev *Event)

// SubscribeParams are the params of subscribe.
type SubscribeParams struct {
	Channel  string   `json:"channel"`
	Markets  []string `json:"markets"`
	Depth    *int     `json:"depth,omitempty"`
	Interval string   `json:"interval,omitempty"`
}

// Client is one websocket connection to a gateway. It is safe for
// concurrent use.
type Client struct {
	ws     *websocket.Conn
	nextID atomic.Int64
	wmu    sync.Mutex // serialises writes

	mu       sync.Mutex
	pending  map[int64]chan response
	handlers map[string][]Handler // by channel, "" for all
	books    map[string]*bookSub  // by market
	err      error
	done     chan struct{}

	rest *REST   // DialGateway's
	acct account // the signed-in state

	resyncs atomic.Int64
	// dropBookUpdate, when set by a test, drops the next book update of
	// any market, to simulate a lost message.
	dropBookUpdate atomic.Bool
}

type response struct {
	ID     json.RawMessage `json:"id"`
	Status int             `json:"status"`
	Result json.RawMessage `json:"result"`
	Error  *Error          `json:"error"`
}

type bookSub struct {
	depth int
	book  *marketdata.Book
}

// CloseError is why the server closed the connection: the websocket close
// code and reason (e.g. 1008 "slow_consumer", 1001 when it shuts down).
type CloseError = websocket.CloseError

// Dial connects to a gateway's websocket endpoint, e.g.
// ws://127.0.0.1:8080/v1/ws.
func Dial(ctx context.Context, rawURL string) (*Client, error) {
	ws, _, err := websocket.DefaultDialer.DialContext(ctx, rawURL, nil)
	if err != nil {
		return nil, err
	}
	c := &Client{
		ws: ws, pending: make(map[int64]chan response), handlers: make(map[string][]Handler),
		books: make(map[string]*bookSub), done: make(chan struct{}),
	}
	go c.readLoop()
	return c, nil
}

// Close closes the connection.
func (c *Client) Close() error {
	c.wmu.Lock()
	_ = c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseNormalClosure, ""), time.Now().Add(time.Second))
	c.wmu.Unlock()
	err := c.ws.Close()
	<-c.done
	return err
}

// Done is closed when the connection ends; Err then says why.
func (c *Client) Done() <-chan struct{} { return c.done }

// Err returns why the connection ended (a *CloseError when the server
// closed it), nil while it is open.
func (c *Client) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.err
}

// Resyncs returns how many times a book was re-subscribed after a gap or a
// checksum mismatch.
func (c *Client) Resyncs() int64 { return c.resyncs.Load() }

// OnEvent registers h for every event of a channel ("" for every event,
// "error" for the server's error events).
func (c *Client) OnEvent(channel string, h Handler) {
	c.mu.Lock()
	c.handlers[channel] = append(c.handlers[channel], h)
	c.mu.Unlock()
}

// Call sends a request and waits for its response; a non-200 status
// comes back as *Error.
func (c *Client) Call(ctx context.Context, method string, params any) (json.RawMessage, error) {
	id, ch, err := c.send(method, params)
	if err != nil {
		return nil, err
	}
	select {
	case r, ok := <-ch:
		if !ok {
			return nil, c.doneErr()
		}
		if r.Error != nil || r.Status != http.StatusOK {
			e := r.Error
			if e == nil {
				e = &Error{Code: "unknown"}
			}
			e.Status = r.Status
			return nil, e
		}
		return r.Result, nil
	case <-ctx.Done():
		c.mu.Lock()
		delete(c.pending, id)
		c.mu.Unlock()
		return nil, ctx.Err()
	case <-c.done:
		return nil, c.doneErr()
	}
}

func (c *Client) doneErr() error {
	if err := c.Err(); err != nil {
		return err
	}
	return ErrClosed
}

func (c *Client) send(method string, params any) (int64, chan response, error) {
	id := c.nextID.Add(1)
	msg, err := json.Marshal(struct {
		ID     int64  `json:"id"`
		Method string `json:"method"`
		Params any    `json:"params,omitempty"`
	}{id, method, params})
	if err != nil {
		return 0, nil, err
	}
	ch := make(chan response, 1)
	c.mu.Lock()
	if c.err != nil {
		c.mu.Unlock()
		return 0, nil, c.err
	}
	c.pending[id] = ch
	c.mu.Unlock()
	if err := c.WriteRaw(msg); err != nil {
		c.mu.Lock()
		delete(c.pending, id)
		c.mu.Unlock()
		return 0, nil, err
	}
	return id, ch, nil
}

// WriteRaw sends one text message as it is (tests use it for malformed
// requests).
func (c *Client) WriteRaw(msg []byte) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	if frameTap != nil {
		frameTap(c, true, msg)
	}
	c.ws.SetWriteDeadline(time.Now().Add(10 * time.Second))
	return c.ws.WriteMessage(websocket.TextMessage, msg)
}

// Subscribe subscribes to a channel; h (may be nil) gets its events. For
// the book channel the client also keeps a checked Book per market (see
// Book) and re-subscribes by itself when it sees a gap or a checksum
// mismatch.
func (c *Client) Subscribe(ctx context.Context, p SubscribeParams, h Handler) error {
	if p.Channel == "book" {
		depth := 0
		if p.Depth != nil {
			depth = *p.Depth
		}
		c.mu.Lock()
		for _, m := range p.Markets {
			c.books[m] = &bookSub{depth: depth, book: marketdata.NewBook(depth)}
		}
		c.mu.Unlock()
	}
	if h != nil {
		markets := make(map[string]bool, len(p.Markets))
		for _, m := range p.Markets {
			markets[m] = true
		}
		ch := p.Channel
		c.OnEvent(ch, func(ev *Event) {
			if markets[ev.Market] {
				h(ev)
			}
		})
	}
	_, err := c.Call(ctx, "subscribe", p)
	return err
}

// BookView is a copy of a subscribed book.
type BookView struct {
	Synced   bool
	Seq      uint64
	Checksum uint32
	Bids     []marketdata.Level
	Asks     []marketdata.Level
}

// Book returns the client's copy of a subscribed market's book.
func (c *Client) Book(market string) (BookView, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	b := c.books[market]
	if b == nil {
		return BookView{}, false
	}
	return BookView{Synced: b.book.Synced(), Seq: b.book.Seq(), Checksum: b.book.Checksum(), Bids: b.book.Bids(), Asks: b.book.Asks()}, true
}

func (c *Client) readLoop() {
	defer close(c.done)
	for {
		_, data, err := c.ws.ReadMessage()
		if frameTap != nil {
			if err != nil {
				data = nil // the end
			}
			frameTap(c, false, data)
		}
		if err != nil {
			c.mu.Lock()
			if c.err == nil {
				var ce *websocket.CloseError
				if errors.As(err, &ce) {
					c.err = ce
				} else {
					c.err = err
				}
			}
			for id, ch := range c.pending {
				close(ch)
				delete(c.pending, id)
			}
			c.mu.Unlock()
			return
		}
		c.dispatch(data)
	}
}

// dispatch routes one message: a response to its call, an event to the
// book and the handlers.
func (c *Client) dispatch(data []byte) {
	var probe struct {
		ID     json.RawMessage `json:"id"`
		Status int             `json:"status"`
	}
	_ = json.Unmarshal(data, &probe)
	if probe.Status != 0 {
		var r response
		if json.Unmarshal(data, &r) != nil {
			return
		}
		id, err := strconv.ParseInt(string(r.ID), 10, 64)
		c.mu.Lock()
		ch := c.pending[id]
		delete(c.pending, id)
		c.mu.Unlock()
		if err == nil && ch != nil {
			ch <- r
		}
		return
	}
	ev := &Event{Raw: data}
	if json.Unmarshal(data, ev) != nil {
		return
	}
	if ev.Channel == "book" {
		if ev.Type == "update" && c.dropBookUpdate.CompareAndSwap(true, false) {
			return
		}
		c.applyBook(ev)
	}
	c.mu.Lock()
	hs := append(append([]Handler(nil), c.handlers[""]...), c.handlers[ev.Channel]...)
	c.mu.Unlock()
	for _, h := range hs {
		h(ev)
	}
}

// applyBook applies a book message; on a gap or checksum mismatch it
// re-subscribes, which brings a fresh snapshot.
func (c *Client) applyBook(ev *Event) {
	c.mu.Lock()
	b := c.books[ev.Market]
	var err error
	if b != nil {
		err = b.book.ApplyEnvelope(&ev.Envelope)
	}
	c.mu.Unlock()
	if b == nil || err == nil || errors.Is(err, marketdata.ErrNotSynced) {
		return
	}
	c.resyncs.Add(1)
	depth := b.depth
	// Not Call: this runs on the reader goroutine, which must not wait.
	_, _, _ = c.send("subscribe", SubscribeParams{Channel: "book", Markets: []string{ev.Market}, Depth: &depth})
}

// ---- REST ----

// REST is a client of the gateway's REST API.
type REST struct {
	// BaseURL is the gateway's address, e.g. http://127.0.0.1:8080.
	BaseURL string
	HTTP    *http.Client // default http.DefaultClient
	// Token is the session token sent as Authorization: Bearer to the
	// account endpoints ("" sends none).
	Token string
}

// Get fetches path (with query) into out; an error status comes back as
// *Error.
func (r *REST) Get(ctx context.Context, path string, q url.Values, out any) error {
	u := strings.TrimRight(r.BaseURL, "/") + path
	if len(q) > 0 {
		u += "?" + q.Encode()
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	return r.do(req, out)
}

// do sends req with the session's token and decodes the answer into out;
// an error status comes back as *Error.
func (r *REST) do(req *http.Request, out any) error {
	if r.Token != "" {
		req.Header.Set("Authorization", "Bearer "+r.Token)
	}
	hc := r.HTTP
	if hc == nil {
		hc = http.DefaultClient
	}
	resp, err := hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
		return statusError(resp.StatusCode, b)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

// statusError is the gateway's answer with a status other than 200 as an
// *Error: its {"error":{...}} body, or http_<status> when it has none.
func statusError(status int, body []byte) error {
	var e struct {
		Error *Error `json:"error"`
	}
	if json.Unmarshal(body, &e) != nil || e.Error == nil {
		return &Error{Status: status, Code: "http_" + strconv.Itoa(status)}
	}
	e.Error.Status = status
	return e.Error
}

// Market is a market as GET /v1/markets lists it (the fields a client
// commonly needs; the response has more).
type Market struct {
	Symbol        string `json:"symbol"`
	MarketID      uint32 `json:"market_id"`
	Instrument    string `json:"instrument"`
	TickSize      string `json:"tick_size"`
	LotSize       string `json:"lot_size"`
	PriceDecimals int    `json:"price_decimals"`
	SizeDecimals  int    `json:"size_decimals"`
	MinNotional   string `json:"min_notional"`
	WindowHours   int    `json:"window_hours"`
	MakerFeeBps   int64  `json:"maker_fee_bps"`
	TakerFeeBps   int64  `json:"taker_fee_bps"`
	Kind          string `json:"kind"`
	BaseAsset     uint32 `json:"base_asset"`
	QuoteAsset    uint32 `json:"quote_asset"`
	// AssetDecimals are the decimals of the quote asset (the stablecoin)
	// and of the market's token.
	AssetDecimals struct {
		Quote int `json:"quote"`
		Base  int `json:"base"`
	} `json:"asset_decimals"`
}

// Markets lists the markets.
func (r *REST) Markets(ctx context.Context) ([]Market, error) {
	var out struct {
		Markets []Market `json:"markets"`
	}
	err := r.Get(ctx, "/v1/markets", nil, &out)
	return out.Markets, err
}

// BookSnapshot is GET /v1/book.
type BookSnapshot struct {
	Market   string                 `json:"market"`
	Seq      uint64                 `json:"seq"`
	TS       string                 `json:"ts"`
	Bids     []marketdata.WireLevel `json:"bids"`
	Asks     []marketdata.WireLevel `json:"asks"`
	Checksum uint32                 `json:"checksum"`
}

// Book fetches the best depth levels of a market's book.
func (r *REST) Book(ctx context.Context, market string, depth int) (BookSnapshot, error) {
	var out BookSnapshot
	q := url.Values{"market": {market}}
	if depth > 0 {
		q.Set("depth", strconv.Itoa(depth))
	}
	err := r.Get(ctx, "/v1/book", q, &out)
	return out, err
}

// Trades fetches up to limit trades at or after sinceMs, oldest first.
func (r *REST) Trades(ctx context.Context, market string, sinceMs int64, limit int) ([]marketdata.TradeData, error) {
	var out struct {
		Trades []marketdata.TradeData `json:"trades"`
	}
	q := url.Values{"market": {market}, "since": {strconv.FormatInt(sinceMs, 10)}}
	if limit > 0 {
		q.Set("limit", strconv.Itoa(limit))
	}
	err := r.Get(ctx, "/v1/trades", q, &out)
	return out.Trades, err
}

// Candles fetches up to limit candles of an interval starting at or after
// sinceMs, oldest first.
func (r *REST) Candles(ctx context.Context, market, interval string, sinceMs int64, limit int) ([]marketdata.CandleData, error) {
	var out struct {
		Candles []marketdata.CandleData `json:"candles"`
	}
	q := url.Values{"market": {market}, "interval": {interval}, "since": {strconv.FormatInt(sinceMs, 10)}}
	if limit > 0 {
		q.Set("limit", strconv.Itoa(limit))
	}
	err := r.Get(ctx, "/v1/candles", q, &out)
	return out.Candles, err
}
