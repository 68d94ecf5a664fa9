package client

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/url"
	"strconv"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/shopspring/decimal"

	"github.com/hourglass-exchange/hourglass/api/auth"
	"github.com/hourglass-exchange/hourglass/api/wire"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
)

// Signed-in use: sign-in, order entry with orders signed here, the private
// channels and the account's REST endpoints.

// DialGateway connects to a gateway by its HTTP base URL (e.g.
// http://127.0.0.1:8080): the websocket endpoint is derived from it
// (WSURL), and REST calls go to it. PlaceOrder reads the markets and the
// chain (the orders' EIP-712 domain) from it when it first needs them.
func DialGateway(ctx context.Context, baseURL string) (*Client, error) {
	ws, err := WSURL(baseURL)
	if err != nil {
		return nil, err
	}
	c, err := Dial(ctx, ws)
	if err != nil {
		return nil, err
	}
	c.rest = &REST{BaseURL: strings.TrimRight(baseURL, "/")}
	return c, nil
}

// WSURL derives a gateway's websocket URL from its HTTP base URL:
// http://h:p → ws://h:p/v1/ws, https → wss.
func WSURL(baseURL string) (string, error) {
	u, err := url.Parse(baseURL)
	if err != nil {
		return "", fmt.Errorf("hourglass: gateway URL %q: %w", baseURL, err)
	}
	switch u.Scheme {
	case "http":
		u.Scheme = "ws"
	case "https":
		u.Scheme = "wss"
	case "ws", "wss":
	default:
		return "", fmt.Errorf("hourglass: gateway URL %q: want http://, https://, ws:// or wss://", baseURL)
	}
	if u.Host == "" {
		return "", fmt.Errorf("hourglass: gateway URL %q has no host", baseURL)
	}
	u.Path = strings.TrimRight(u.Path, "/") + "/v1/ws"
	return u.String(), nil
}

// Session is a signed-in session (auth.login's result).
type Session struct {
	Token          string         `json:"token"`
	Address        common.Address `json:"address"`
	ChainID        uint64         `json:"chain_id"`
	ContractWallet bool           `json:"contract_wallet"`
	IssuedAt       string         `json:"issued_at"`
	ExpiresAt      string         `json:"expires_at"`
}

// LoginOptions are the options of a sign-in.
type LoginOptions struct {
	// CancelOnDisconnect: the gateway cancels the account's open orders
	// when the session's last connection to it closes.
	CancelOnDisconnect bool
	// Statement is the message's human-readable statement (default
	// "Sign in to Hourglass").
	Statement string
}

// account is the signed-in state of a Client.
type account struct {
	mu      sync.Mutex
	key     *ecdsa.PrivateKey
	session *Session
	domain  *eip712.Domain
	markets map[string]Market
}

// Login signs in with Sign-In with Ethereum as key's address (an EOA):
// auth.challenge, the EIP-4361 message signed with personal_sign, then
// auth.login. The key also signs the orders PlaceOrder sends.
func (c *Client) Login(ctx context.Context, key *ecdsa.PrivateKey) (Session, error) {
	return c.LoginWith(ctx, key, LoginOptions{})
}

// LoginWith is Login with options.
func (c *Client) LoginWith(ctx context.Context, key *ecdsa.PrivateKey, o LoginOptions) (Session, error) {
	raw, err := c.Call(ctx, "auth.challenge", nil)
	if err != nil {
		return Session{}, err
	}
	var ch auth.Challenge
	if err := json.Unmarshal(raw, &ch); err != nil {
		return Session{}, fmt.Errorf("hourglass: auth.challenge: %w", err)
	}
	if o.Statement == "" {
		o.Statement = "Sign in to Hourglass"
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	text := ch.Message(addr, o.Statement).String()
	sig, err := auth.SignText(key, text)
	if err != nil {
		return Session{}, err
	}
	raw, err = c.Call(ctx, "auth.login", map[string]any{"message": text, "signature": hexutil.Encode(sig),
		"cancel_on_disconnect": o.CancelOnDisconnect})
	if err != nil {
		return Session{}, err
	}
	var s Session
	if err := json.Unmarshal(raw, &s); err != nil {
		return Session{}, fmt.Errorf("hourglass: auth.login: %w", err)
	}
	c.acct.mu.Lock()
	c.acct.key, c.acct.session = key, &s
	c.acct.mu.Unlock()
	return s, nil
}

// Session returns the connection's session (false before Login).
func (c *Client) Session() (Session, bool) {
	c.acct.mu.Lock()
	defer c.acct.mu.Unlock()
	if c.acct.session == nil {
		return Session{}, false
	}
	return *c.acct.session, true
}

// REST returns the REST client of a DialGateway client, with the session's
// bearer token once signed in (nil for a client made by Dial).
func (c *Client) REST() *REST {
	if c.rest == nil {
		return nil
	}
	r := *c.rest
	if s, ok := c.Session(); ok {
		r.Token = s.Token
	}
	return &r
}

// SetDomain sets the EIP-712 domain PlaceOrder signs in, instead of the one
// GET /v1/chain gives.
func (c *Client) SetDomain(d eip712.Domain) {
	c.acct.mu.Lock()
	c.acct.domain = &d
	c.acct.mu.Unlock()
}

// SetMarkets sets the markets PlaceOrder converts prices and sizes with,
// instead of fetching GET /v1/markets.
func (c *Client) SetMarkets(ms []Market) {
	m := make(map[string]Market, len(ms))
	for _, x := range ms {
		m[x.Symbol] = x
	}
	c.acct.mu.Lock()
	c.acct.markets = m
	c.acct.mu.Unlock()
}

// ErrNotSignedIn is returned by the methods that need Login first.
var ErrNotSignedIn = errors.New("hourglass: not signed in: Login first")

// orderContext returns the key, the session, the domain and the markets,
// fetching what is not set yet from the gateway.
func (c *Client) orderContext(ctx context.Context) (*ecdsa.PrivateKey, Session, eip712.Domain, map[string]Market, error) {
	c.acct.mu.Lock()
	key, s, d, ms := c.acct.key, c.acct.session, c.acct.domain, c.acct.markets
	c.acct.mu.Unlock()
	if key == nil || s == nil {
		return nil, Session{}, eip712.Domain{}, nil, ErrNotSignedIn
	}
	if d == nil {
		if c.rest == nil {
			return nil, Session{}, eip712.Domain{}, nil, errors.New("hourglass: no order domain: SetDomain, or DialGateway")
		}
		ch, err := c.rest.Chain(ctx)
		if err != nil {
			return nil, Session{}, eip712.Domain{}, nil, fmt.Errorf("hourglass: the orders' domain: %w", err)
		}
		c.SetDomain(ch.Domain())
		dd := ch.Domain()
		d = &dd
	}
	if ms == nil {
		if c.rest == nil {
			return nil, Session{}, eip712.Domain{}, nil, errors.New("hourglass: no markets: SetMarkets, or DialGateway")
		}
		list, err := c.rest.Markets(ctx)
		if err != nil {
			return nil, Session{}, eip712.Domain{}, nil, err
		}
		c.SetMarkets(list)
		c.acct.mu.Lock()
		ms = c.acct.markets
		c.acct.mu.Unlock()
	}
	return key, *s, *d, ms, nil
}

// OrderParams is an order in people's units, to be signed and placed.
type OrderParams struct {
	Market string // symbol
	Side   string // buy or sell
	// Type is limit (default) or market (IOC/FOK at Price, the worst
	// accepted).
	Type     string
	Price    string // stablecoin per GPU-hour, a whole number of ticks
	Size     string // GPU-hours, a whole number of lots
	TIF      string // gtc (default), gtd, ioc, fok
	PostOnly bool
	STP      string
	// ClientOrderID is the signed nonce (required, ≥ 1, unique per account).
	ClientOrderID uint64
	Expiry        uint64 // Unix seconds; 0: none
	// MaxFeeBps is the highest fee the order accepts (nil: the market's
	// taker fee).
	MaxFeeBps *uint16
	Salt      *big.Int // nil: 0
}

// ParamError is a bad OrderParams field, found before anything was sent.
type ParamError struct {
	Field   string
	Message string
}

func (e *ParamError) Error() string { return "hourglass: " + e.Field + ": " + e.Message }

// OrderAck is the result of order.place.
type OrderAck = wire.OrderAck

// units converts a decimal string into a whole number of steps of step
// (both decimal strings) and the value in base units of an asset with
// decimals places.
func units(field, value, step string, decimals int) (steps, base *big.Int, err error) {
	v, err := decimal.NewFromString(value)
	if err != nil || v.Sign() <= 0 {
		return nil, nil, &ParamError{field, fmt.Sprintf("%q is not a positive decimal", value)}
	}
	st, err := decimal.NewFromString(step)
	if err != nil || st.Sign() <= 0 {
		return nil, nil, &ParamError{field, fmt.Sprintf("the market's step %q is not a positive decimal", step)}
	}
	q := v.Div(st)
	if !v.Mod(st).IsZero() || !q.IsInteger() {
		return nil, nil, &ParamError{field, fmt.Sprintf("%s is not a whole number of %s", value, step)}
	}
	b := v.Shift(int32(decimals))
	if !b.IsInteger() {
		return nil, nil, &ParamError{field, fmt.Sprintf("%s has more than %d decimals", value, decimals)}
	}
	return q.BigInt(), b.BigInt(), nil
}

// SignOrder builds the EIP-712 order of p for maker in market m and signs
// it with key in domain d, returning order.place's params.
func SignOrder(key *ecdsa.PrivateKey, d eip712.Domain, m Market, p OrderParams) (map[string]any, error) {
	maker := crypto.PubkeyToAddress(key.PublicKey)
	o := eip712.Order{Maker: maker, Expiry: p.Expiry, Nonce: p.ClientOrderID, Salt: p.Salt}
	switch p.Side {
	case "buy":
		o.Side = eip712.Buy
	case "sell":
		o.Side = eip712.Sell
	default:
		return nil, &ParamError{"side", fmt.Sprintf("%q: want buy or sell", p.Side)}
	}
	if p.ClientOrderID == 0 {
		return nil, &ParamError{"client_order_id", "required, from 1 to 2^64-1"}
	}
	inst, ok := new(big.Int).SetString(strings.TrimPrefix(m.Instrument, "0x"), 16)
	if !ok {
		return nil, &ParamError{"market", fmt.Sprintf("market %s has no instrument id", m.Symbol)}
	}
	o.Market = inst
	var err error
	if _, o.Price, err = units("price", p.Price, m.TickSize, m.AssetDecimals.Quote); err != nil {
		return nil, err
	}
	if _, o.Amount, err = units("size", p.Size, m.LotSize, m.AssetDecimals.Base); err != nil {
		return nil, err
	}
	fee := uint16(m.TakerFeeBps)
	if p.MaxFeeBps != nil {
		fee = *p.MaxFeeBps
	}
	o.MaxFeeBps = fee
	if o.Salt == nil {
		o.Salt = new(big.Int)
	}
	sig, err := eip712.Sign(key, d, o)
	if err != nil {
		return nil, err
	}
	params := map[string]any{"market": m.Symbol, "side": p.Side, "price": p.Price, "size": p.Size,
		"client_order_id": strconv.FormatUint(p.ClientOrderID, 10), "max_fee_bps": fee,
		"salt": o.Salt.String(), "signature": hexutil.Encode(sig)}
	if p.Type != "" {
		params["type"] = p.Type
	}
	if p.TIF != "" {
		params["tif"] = p.TIF
	}
	if p.PostOnly {
		params["post_only"] = true
	}
	if p.STP != "" {
		params["stp"] = p.STP
	}
	if p.Expiry != 0 {
		params["expiry"] = p.Expiry
	}
	return params, nil
}

// PlaceOrder signs p with the signed-in key and places it. A market the
// gateway does not list, or a price or size that is not a whole number of
// the market's ticks or lots, is a *ParamError and nothing is sent.
func (c *Client) PlaceOrder(ctx context.Context, p OrderParams) (OrderAck, error) {
	key, _, d, ms, err := c.orderContext(ctx)
	if err != nil {
		return OrderAck{}, err
	}
	m, ok := ms[p.Market]
	if !ok {
		return OrderAck{}, &ParamError{"market", fmt.Sprintf("no market %q", p.Market)}
	}
	params, err := SignOrder(key, d, m, p)
	if err != nil {
		return OrderAck{}, err
	}
	raw, err := c.Call(ctx, "order.place", params)
	if err != nil {
		return OrderAck{}, err
	}
	var ack OrderAck
	return ack, json.Unmarshal(raw, &ack)
}

// OrderRef names one of the account's live orders: by OrderID or by
// ClientOrderID (exactly one).
type OrderRef struct {
	OrderID       uint64
	ClientOrderID uint64
}

func (r OrderRef) params() (map[string]any, error) {
	switch {
	case r.OrderID != 0 && r.ClientOrderID != 0:
		return nil, &ParamError{"order", "give the order id or the client order id, not both"}
	case r.OrderID != 0:
		return map[string]any{"order_id": r.OrderID}, nil
	case r.ClientOrderID != 0:
		return map[string]any{"client_order_id": strconv.FormatUint(r.ClientOrderID, 10)}, nil
	}
	return nil, &ParamError{"order", "give the order id or the client order id"}
}

// CancelResult is the result of order.cancel.
type CancelResult struct {
	OrderID       uint64 `json:"order_id"`
	ClientOrderID string `json:"client_order_id"`
	CanceledSize  string `json:"canceled_size"`
	Seq           uint64 `json:"seq"`
}

// Cancel cancels one live order.
func (c *Client) Cancel(ctx context.Context, r OrderRef) (CancelResult, error) {
	params, err := r.params()
	if err != nil {
		return CancelResult{}, err
	}
	raw, err := c.Call(ctx, "order.cancel", params)
	if err != nil {
		return CancelResult{}, err
	}
	var out CancelResult
	return out, json.Unmarshal(raw, &out)
}

// CancelAllResult is the result of order.cancel_all.
type CancelAllResult struct {
	Canceled []uint64 `json:"canceled"`
	Seq      uint64   `json:"seq"`
}

// CancelAll cancels the account's open orders, of one market and/or side
// when they are not "".
func (c *Client) CancelAll(ctx context.Context, market, side string) (CancelAllResult, error) {
	params := map[string]any{}
	if market != "" {
		params["market"] = market
	}
	if side != "" {
		params["side"] = side
	}
	raw, err := c.Call(ctx, "order.cancel_all", params)
	if err != nil {
		return CancelAllResult{}, err
	}
	var out CancelAllResult
	return out, json.Unmarshal(raw, &out)
}

// AmendResult is the result of order.amend.
type AmendResult struct {
	OrderID       uint64 `json:"order_id"`
	ClientOrderID string `json:"client_order_id"`
	Price         string `json:"price"`
	OpenSize      string `json:"open_size"`
	Seq           uint64 `json:"seq"`
}

// Amend reduces a live order's open size to size (a decimal string); price,
// when not "", must be the order's.
func (c *Client) Amend(ctx context.Context, r OrderRef, size, price string) (AmendResult, error) {
	params, err := r.params()
	if err != nil {
		return AmendResult{}, err
	}
	params["size"] = size
	if price != "" {
		params["price"] = price
	}
	raw, err := c.Call(ctx, "order.amend", params)
	if err != nil {
		return AmendResult{}, err
	}
	var out AmendResult
	return out, json.Unmarshal(raw, &out)
}

// SubscribePrivate subscribes to one of the account's private channels
// (orders, fills, balances, settlement); h (may be nil) gets its events,
// the snapshot first. Each call registers h again: to re-subscribe for a
// fresh snapshot (after a seq gap), pass nil.
func (c *Client) SubscribePrivate(ctx context.Context, channel string, h Handler) error {
	if h != nil {
		c.OnEvent(channel, func(ev *Event) {
			if ev.Account != "" {
				h(ev)
			}
		})
	}
	_, err := c.Call(ctx, "subscribe", map[string]string{"channel": channel})
	return err
}

// OrderStatus is the result of order.status (and of the REST order
// lookups): whether the client order id's nonce is used, and the order
// where the gateway knows it (nil otherwise).
type OrderStatus struct {
	ClientOrderID string `json:"client_order_id"`
	NonceUsed     *bool  `json:"nonce_used"`
	Order         *Order `json:"order"`
}

// Status asks what became of one order of the account. After a lost
// order.place acknowledgement: NonceUsed false means the order was not
// placed (send it again; a racing first attempt makes the second refused,
// never placed twice), true that it was (Order says how it stands).
func (c *Client) Status(ctx context.Context, r OrderRef) (OrderStatus, error) {
	params, err := r.params()
	if err != nil {
		return OrderStatus{}, err
	}
	raw, err := c.Call(ctx, "order.status", params)
	if err != nil {
		return OrderStatus{}, err
	}
	var out OrderStatus
	return out, json.Unmarshal(raw, &out)
}
