package api

import (
	"context"
	"encoding/json"
	"errors"
	"math"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/hourglass-exchange/hourglass/api/auth"
	"github.com/hourglass-exchange/hourglass/api/marketdata"
	"github.com/hourglass-exchange/hourglass/api/orderentry"
	"github.com/hourglass-exchange/hourglass/api/wire"
	"github.com/hourglass-exchange/hourglass/exchange"
)

// Bounds of cancel_after's timeout_ms (0 disables it).
const (
	MinCancelAfter = time.Second
	MaxCancelAfter = time.Hour
)

// registryMarkets is the gateway's market list as order entry reads it.
type registryMarkets struct{ s *Server }

func (m registryMarkets) MarketBySymbol(symbol string) (*marketdata.MarketInfo, bool) {
	e, ok := m.s.market(symbol)
	if !ok {
		return nil, false
	}
	return e.info, true
}

// marketByID returns the market id's formatting, nil if unknown.
func (s *Server) marketByID(id exchange.MarketID) *marketdata.MarketInfo {
	if r := s.registry(); r != nil {
		for _, e := range r.list {
			if e.info.ID == id {
				return e.info
			}
		}
	}
	return nil
}

// accounts is this gateway's state per signed-in account: the order rate
// limit, the cancel_after deadline and the connections whose session chose
// cancel-on-disconnect. Its mutex is a leaf: nothing else is locked or
// called while it is held.
type accounts struct {
	mu       sync.Mutex
	limits   map[common.Address]*rateLimiter
	switches switches       // cancel_after, when armed
	cod      map[string]int // session token → its open cancel-on-disconnect connections
	// wake tells the switch loop that a new deadline is the earliest.
	wake chan struct{}
}

func newAccounts() *accounts {
	return &accounts{limits: make(map[common.Address]*rateLimiter), switches: newSwitches(),
		cod: make(map[string]int), wake: make(chan struct{}, 1)}
}

func (a *accounts) allow(addr common.Address, now time.Time, rate float64, burst int) (bool, time.Duration) {
	a.mu.Lock()
	defer a.mu.Unlock()
	l := a.limits[addr]
	if l == nil {
		l = &rateLimiter{rate: rate, burst: float64(burst)}
		a.limits[addr] = l
	}
	return l.allow(now)
}

// due removes and returns the accounts whose cancel_after deadline is not
// after now, and the next deadline (zero when none is armed).
func (a *accounts) due(now time.Time) ([]common.Address, time.Time) {
	a.mu.Lock()
	defer a.mu.Unlock()
	out := a.switches.due(now)
	next, _ := a.switches.next()
	return out, next
}

// cancelAfterLoop fires cancel_after deadlines on the server's clock: it
// sleeps until the earliest deadline (at most CancelAfterCheck), takes
// every due switch off the heap and hands them to fireSwitches, which
// never waits on the engine, so a switch fires on time however many fall
// due beside it.
func (s *Server) cancelAfterLoop() {
	defer close(s.bgDone)
	for {
		now := s.opts.Clock.Now()
		addrs, next := s.orders.due(now)
		if len(addrs) > 0 {
			s.fireSwitches(addrs)
		}
		wait := s.opts.CancelAfterCheck
		if !next.IsZero() {
			wait = max(0, min(wait, next.Sub(now)))
		}
		t := s.opts.Clock.NewTimer(wait)
		select {
		case <-s.stopBg:
			t.Stop()
			return
		case <-s.orders.wake:
		case <-t.C():
		}
		t.Stop()
	}
}

// massCancel cancels every open order of addr, for cancel_after and
// cancel-on-disconnect.
func (s *Server) massCancel(addr common.Address) (int, error) {
	ctx, cancel := context.WithTimeout(context.Background(), s.opts.EngineTimeout)
	defer cancel()
	acct, ok, err := s.opts.Engine.Account(ctx, addr)
	if err != nil || !ok {
		return 0, err
	}
	_, evs, err := s.opts.Engine.Submit(ctx, exchange.Command{Kind: exchange.CmdMassCancel, Account: acct,
		Market: exchange.NoMarket, Side: exchange.AnySide})
	n := 0
	for _, ev := range evs {
		if ev.Kind == exchange.EvCanceled {
			n++
		}
	}
	return n, err
}

// signOut ends the connection's part in its session: the last connection
// of a session that chose cancel-on-disconnect cancels the account's
// orders. The reader's goroutine calls it once the connection is closed.
func (c *conn) signOut() {
	if c.session == nil || !c.session.Options.CancelOnDisconnect || c.s.orders == nil {
		return
	}
	o := c.s.orders
	o.mu.Lock()
	o.cod[c.session.Token]--
	last := o.cod[c.session.Token] <= 0
	if last {
		delete(o.cod, c.session.Token)
	}
	o.mu.Unlock()
	if last {
		n, err := c.s.massCancel(c.session.Address)
		c.log.Info("cancel-on-disconnect", "address", c.session.Address, "canceled", n, "err", err)
	}
}

// authChallenge issues a nonce bound to this connection: only its own
// auth.login can spend it, and no other connection's challenges evict it.
func (c *conn) authChallenge() ([]byte, *Error) {
	if e := c.signInAllowed(); e != nil {
		return nil, e
	}
	return marshal(c.s.opts.Auth.ChallengeFrom(c.origin))
}

// loginParams are auth.login's: a signed EIP-4361 message, or the token of
// a live session (a reconnect).
type loginParams struct {
	Message            string `json:"message"`
	Signature          string `json:"signature"`
	CancelOnDisconnect bool   `json:"cancel_on_disconnect"`
	Token              string `json:"token"`
}

func authError(err error) *Error {
	if code := auth.CodeOf(err); code != "" {
		return errorf(Code(code), err.Error())
	}
	return errorf(CodeInternal, err.Error())
}

func (c *conn) authLogin(req request) ([]byte, *Error) {
	if c.session != nil {
		return nil, errorf(CodeInvalidParams, "this connection is already signed in")
	}
	if e := c.signInAllowed(); e != nil {
		return nil, e
	}
	var p loginParams
	if len(req.Params) == 0 || json.Unmarshal(req.Params, &p) != nil {
		return nil, errorf(CodeInvalidParams, "params: message and signature, or token")
	}
	v := c.s.opts.Auth
	var sess auth.Session
	switch {
	case p.Token != "":
		if p.Message != "" || p.Signature != "" {
			return nil, errorf(CodeInvalidParams, "token and message exclude each other")
		}
		s, err := v.Sessions().Lookup(p.Token)
		if err != nil {
			return nil, authError(err)
		}
		sess = s
	case p.Message != "" && p.Signature != "":
		sig, err := hexutil.Decode(p.Signature)
		if err != nil {
			return nil, errorf(CodeInvalidParams, "signature: want 0x hex")
		}
		ctx, cancel := context.WithTimeout(context.Background(), c.s.opts.EngineTimeout)
		defer cancel()
		s, err := v.LoginFrom(ctx, c.origin, p.Message, sig, auth.Options{CancelOnDisconnect: p.CancelOnDisconnect})
		if err != nil {
			return nil, authError(err)
		}
		sess = s
	default:
		return nil, errorf(CodeInvalidParams, "message and signature are required")
	}
	c.session = &sess
	if sess.Options.CancelOnDisconnect && c.s.orders != nil {
		c.s.orders.mu.Lock()
		c.s.orders.cod[sess.Token]++
		c.s.orders.mu.Unlock()
	}
	return marshal(sess)
}

// orderMethod serves order.place, order.cancel, order.cancel_all,
// order.amend and cancel_after for the signed-in account.
func (c *conn) orderMethod(req request) ([]byte, *Error) {
	s := c.s
	if s.entry == nil {
		return nil, errorf(CodeNotImplemented, req.Method+" is not served by this gateway")
	}
	if c.session == nil {
		return nil, errorf(CodeAuthRequired, req.Method+" needs a signed-in connection: auth.login first")
	}
	if _, err := s.opts.Auth.Sessions().Lookup(c.session.Token); err != nil {
		return nil, authError(err)
	}
	addr := c.session.Address
	if req.Method == MethodCancelAfter {
		return c.cancelAfter(req)
	}
	if req.Method == MethodOrderStatus { // a read: the message rate covers it
		ctx, cancel := context.WithTimeout(context.Background(), s.opts.EngineTimeout)
		defer cancel()
		return c.orderStatus(ctx, req)
	}
	if ok, wait := s.orders.allow(addr, s.opts.Clock.Now(), s.opts.OrderRate, s.opts.OrderBurst); !ok {
		e := errorf(CodeOrderRateLimited, "more than "+strconv.FormatFloat(s.opts.OrderRate, 'f', -1, 64)+" order commands per second for this account")
		e.RetryAfterMS = max(1, int64(math.Ceil(wait.Seconds()*1000)))
		return nil, e
	}
	ctx, cancel := context.WithTimeout(context.Background(), s.opts.EngineTimeout)
	defer cancel()
	if req.Method == MethodOrderPlace {
		return c.place(ctx, req)
	}
	if !c.hasAcct {
		a, ok, err := s.opts.Engine.Account(ctx, addr)
		if err != nil {
			return nil, engineError(err)
		}
		if !ok {
			if req.Method == MethodOrderCancelAll {
				return []byte(`{"canceled":[]}`), nil
			}
			return nil, errorf(CodeUnknownOrder, "the account has no orders")
		}
		c.account, c.hasAcct = a, true
	}
	switch req.Method {
	case MethodOrderCancel:
		return c.cancel(ctx, req)
	case MethodOrderCancelAll:
		return c.cancelAll(ctx, req)
	}
	return c.amend(ctx, req)
}

func engineError(err error) *Error {
	if errors.Is(err, context.DeadlineExceeded) {
		return errorf(CodeUnavailable, "the engine did not answer in time: the command may or may not have taken effect")
	}
	return errorf(CodeUnavailable, "the engine is not available: "+err.Error())
}

// submit sends a command and returns its stamped form and events, or the
// error of its rejection.
func (c *conn) submit(ctx context.Context, cmd exchange.Command) (exchange.Command, []exchange.Event, *Error) {
	stamped, evs, err := c.s.opts.Engine.Submit(ctx, cmd)
	if err != nil {
		return stamped, nil, engineError(err)
	}
	for _, ev := range evs {
		if ev.Kind == exchange.EvRejected && ev.CmdSeq == stamped.Seq {
			return stamped, evs, errorf(engineCode(ev.Reason), "the engine rejected the command: "+ev.Reason.String())
		}
	}
	return stamped, evs, nil
}

// OrderAck is the result of order.place.
type OrderAck = wire.OrderAck

func (c *conn) place(ctx context.Context, req request) ([]byte, *Error) {
	var p orderentry.Place
	if len(req.Params) == 0 {
		return nil, errorf(CodeInvalidParams, "params are required: the signed order")
	}
	if err := json.Unmarshal(req.Params, &p); err != nil {
		return nil, errorf(CodeInvalidParams, "params: "+err.Error())
	}
	if c.s.registry() == nil {
		return nil, errorf(CodeUnavailable, "the market list has not arrived yet")
	}
	prep, err := c.s.entry.Prepare(ctx, c.session.Address, p)
	if err != nil {
		if code := orderentry.CodeOf(err); code != "" {
			return nil, errorf(Code(code), err.Error())
		}
		return nil, errorf(CodeInternal, err.Error())
	}
	if !c.hasAcct {
		// An address the engine has no account for holds nothing (accounts
		// open with their first deposit), so its order could only be
		// rejected: refuse it here, journaling nothing, so that orders
		// from fresh keys open no accounts and grow no journal.
		a, ok, err := c.s.opts.Engine.Account(ctx, c.session.Address)
		if err != nil {
			return nil, engineError(err)
		}
		if !ok {
			return nil, errorf(engineCode(exchange.ReasonInsufficientBalance),
				"the account holds nothing: deposit into the Exchange first")
		}
		c.account, c.hasAcct = a, true
	}
	cmd := prep.Command
	cmd.Account, cmd.OrderID = c.account, 0 // the sequencer stamps the seq as the id
	stamped, evs, rerr := c.submit(ctx, cmd)
	if rerr != nil {
		if rerr.Code == CodeDuplicateClientOrderID {
			rerr.Message = "client_order_id " + p.ClientOrderID + " was used before by this account"
			if o, ok, err := c.s.opts.Engine.OrderByNonce(ctx, c.account, cmd.Nonce); err == nil && ok {
				rerr.OrderID = uint64(o.ID)
				rerr.Message += ": it is the live order " + strconv.FormatUint(uint64(o.ID), 10)
			}
		}
		return nil, rerr
	}
	info := c.s.marketByID(cmd.Market)
	if info == nil { // Prepare found it in the same list: never
		return nil, errorf(CodeInternal, "market left the list")
	}
	id := stamped.OrderID
	var filled, canceled int64
	reason := ""
	for _, ev := range evs {
		switch {
		case ev.Kind == exchange.EvFill && ev.OrderID == id:
			filled += ev.Qty
		case ev.Kind == exchange.EvCanceled && ev.OrderID == id:
			canceled += ev.Qty
			reason = ev.Reason.String()
		}
	}
	open := cmd.Qty - filled - canceled
	ack := OrderAck{OrderID: uint64(id), ClientOrderID: p.ClientOrderID, Market: info.Symbol, Side: wire.SideName(cmd.Side),
		Price: info.Price(cmd.Price), Size: info.Size(cmd.Qty), FilledSize: info.Size(filled), OpenSize: info.Size(open),
		Reason: reason, Seq: stamped.Seq}
	t := time.Unix(0, stamped.Time).UTC()
	ack.Time, ack.TimeMS = t.Format(wire.TimeFormat), t.UnixMilli()
	switch {
	case open > 0 && filled == 0:
		ack.Status = "open"
	case open > 0:
		ack.Status = "partially_filled"
	case filled == cmd.Qty:
		ack.Status = "filled"
	default:
		ack.Status = "canceled"
	}
	b, _ := json.Marshal(ack)
	return b, nil
}

// orderRef names one order of the account: by order_id or by
// client_order_id (exactly one of them).
type orderRef struct {
	OrderID       *json.Number `json:"order_id"`
	ClientOrderID *string      `json:"client_order_id"`
}

// find returns the account's live order that ref names.
func (c *conn) find(ctx context.Context, ref orderRef) (exchange.OrderInfo, *Error) {
	eng := c.s.opts.Engine
	var (
		o   exchange.OrderInfo
		ok  bool
		err error
	)
	switch {
	case (ref.OrderID == nil) == (ref.ClientOrderID == nil):
		return o, errorf(CodeInvalidParams, "give order_id or client_order_id")
	case ref.OrderID != nil:
		id, perr := strconv.ParseUint(ref.OrderID.String(), 10, 64)
		if perr != nil || id == 0 {
			return o, errorf(CodeInvalidParams, "order_id: want a positive integer")
		}
		o, ok, err = eng.Order(ctx, exchange.OrderID(id))
	default:
		n, perr := strconv.ParseUint(*ref.ClientOrderID, 10, 64)
		if perr != nil || n == 0 {
			return o, errorf(CodeInvalidParams, "client_order_id: want a decimal integer from 1 to 2^64-1")
		}
		o, ok, err = eng.OrderByNonce(ctx, c.account, n)
	}
	if err != nil {
		return o, engineError(err)
	}
	if !ok || o.Account != c.account {
		return o, errorf(CodeUnknownOrder, "no live order of the account has that id")
	}
	if c.s.marketByID(o.Market) == nil {
		return o, errorf(CodeUnavailable, "the market list has not caught up with the engine yet")
	}
	return o, nil
}

func (c *conn) cancel(ctx context.Context, req request) ([]byte, *Error) {
	var ref orderRef
	if len(req.Params) == 0 || json.Unmarshal(req.Params, &ref) != nil {
		return nil, errorf(CodeInvalidParams, "params: order_id or client_order_id")
	}
	o, e := c.find(ctx, ref)
	if e != nil {
		return nil, e
	}
	stamped, evs, e := c.submit(ctx, exchange.Command{Kind: exchange.CmdCancel, Account: c.account, OrderID: o.ID})
	if e != nil {
		return nil, e
	}
	var qty int64
	for _, ev := range evs {
		if ev.Kind == exchange.EvCanceled && ev.OrderID == o.ID {
			qty += ev.Qty
		}
	}
	info := c.s.marketByID(o.Market)
	return marshal(struct {
		OrderID       uint64 `json:"order_id"`
		ClientOrderID string `json:"client_order_id"`
		CanceledSize  string `json:"canceled_size"`
		Seq           uint64 `json:"seq"`
	}{uint64(o.ID), wire.ClientOrderID(o.Nonce), info.Size(qty), stamped.Seq})
}

func (c *conn) cancelAll(ctx context.Context, req request) ([]byte, *Error) {
	var p struct {
		Market *string `json:"market"`
		Side   *string `json:"side"`
	}
	if len(req.Params) > 0 && json.Unmarshal(req.Params, &p) != nil {
		return nil, errorf(CodeInvalidParams, "params: market and side, both optional")
	}
	cmd := exchange.Command{Kind: exchange.CmdMassCancel, Account: c.account, Market: exchange.NoMarket, Side: exchange.AnySide}
	if p.Market != nil {
		m, ok := c.s.market(*p.Market)
		if !ok {
			return nil, errorf(CodeUnknownMarket, "unknown market "+strconv.Quote(*p.Market))
		}
		cmd.Market = m.info.ID
	}
	if p.Side != nil {
		switch *p.Side {
		case "buy":
			cmd.Side = exchange.Buy
		case "sell":
			cmd.Side = exchange.Sell
		default:
			return nil, errorf(CodeInvalidParams, "side: want buy or sell")
		}
	}
	stamped, evs, e := c.submit(ctx, cmd)
	if e != nil {
		return nil, e
	}
	ids := []uint64{}
	for _, ev := range evs {
		if ev.Kind == exchange.EvCanceled {
			ids = append(ids, uint64(ev.OrderID))
		}
	}
	return marshal(struct {
		Canceled []uint64 `json:"canceled"`
		Seq      uint64   `json:"seq"`
	}{ids, stamped.Seq})
}

func (c *conn) amend(ctx context.Context, req request) ([]byte, *Error) {
	var p struct {
		orderRef
		Price *string `json:"price"`
		Size  *string `json:"size"`
	}
	if len(req.Params) == 0 || json.Unmarshal(req.Params, &p) != nil {
		return nil, errorf(CodeInvalidParams, "params: order_id or client_order_id, and size")
	}
	if p.Size == nil && p.Price == nil {
		return nil, errorf(CodeInvalidParams, "size is required")
	}
	o, e := c.find(ctx, p.orderRef)
	if e != nil {
		return nil, e
	}
	info := c.s.marketByID(o.Market)
	if p.Price != nil {
		ticks, err := info.ParsePrice(*p.Price)
		if err != nil {
			return nil, errorf(CodeInvalidParams, "price "+strconv.Quote(*p.Price)+" is not a whole number of ticks")
		}
		if ticks != o.Price {
			return nil, errorf(CodeAmendPriceChange, "the signed order fixes the price: cancel and place a new signed order")
		}
	}
	if p.Size == nil {
		return nil, errorf(CodeInvalidParams, "size is required")
	}
	lots, err := info.ParseSize(*p.Size)
	if err != nil {
		return nil, errorf(CodeInvalidParams, "size "+strconv.Quote(*p.Size)+" is not a positive whole number of lots")
	}
	if lots >= o.Qty {
		return nil, errorf(CodeAmendNotDecrease, "size "+*p.Size+" is not below the open size "+info.Size(o.Qty)+
			": a larger order needs a new signed order")
	}
	stamped, _, e := c.submit(ctx, exchange.Command{Kind: exchange.CmdAmend, Account: c.account, OrderID: o.ID, Qty: lots})
	if e != nil {
		return nil, e
	}
	return marshal(struct {
		OrderID       uint64 `json:"order_id"`
		ClientOrderID string `json:"client_order_id"`
		Price         string `json:"price"`
		OpenSize      string `json:"open_size"`
		Seq           uint64 `json:"seq"`
	}{uint64(o.ID), wire.ClientOrderID(o.Nonce), info.Price(o.Price), info.Size(lots), stamped.Seq})
}

func (c *conn) cancelAfter(req request) ([]byte, *Error) {
	var p struct {
		TimeoutMS *int64 `json:"timeout_ms"`
	}
	if len(req.Params) == 0 || json.Unmarshal(req.Params, &p) != nil || p.TimeoutMS == nil {
		return nil, errorf(CodeInvalidParams, "timeout_ms is required")
	}
	d := time.Duration(*p.TimeoutMS) * time.Millisecond
	if d != 0 && (d < MinCancelAfter || d > MaxCancelAfter) {
		return nil, errorf(CodeInvalidParams, "timeout_ms: 0 (off) or 1000 to 3600000")
	}
	o, addr := c.s.orders, c.session.Address
	o.mu.Lock()
	var at time.Time
	ok, first := true, false
	if d == 0 {
		o.switches.disarm(addr)
	} else {
		at = c.s.opts.Clock.Now().Add(d)
		ok, first = o.switches.arm(addr, c.origin.Source, at, c.s.opts.MaxSwitchesPerSource)
	}
	o.mu.Unlock()
	if !ok {
		return nil, errorf(CodeTooManySwitches, "a source may hold "+strconv.Itoa(c.s.opts.MaxSwitchesPerSource)+
			" armed cancel_after switches: disarm one (timeout_ms 0) or let one fire")
	}
	if first {
		select {
		case o.wake <- struct{}{}:
		default:
		}
	}
	if d == 0 {
		return []byte(`{"timeout_ms":0}`), nil
	}
	return marshal(struct {
		TimeoutMS     int64  `json:"timeout_ms"`
		TriggerTime   string `json:"trigger_time"`
		TriggerTimeMS int64  `json:"trigger_time_ms"`
	}{*p.TimeoutMS, at.UTC().Format(wire.TimeFormat), at.UnixMilli()})
}

// marshal encodes a result; the values encoded here cannot fail.
func marshal(v any) ([]byte, *Error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, errorf(CodeInternal, err.Error())
	}
	return b, nil
}
