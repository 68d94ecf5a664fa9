package sim

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"log/slog"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/shopspring/decimal"

	"github.com/hourglass-exchange/hourglass/api/client"
	"github.com/hourglass-exchange/hourglass/exchange"
)

// Bots are the demo's market makers and takers, the agents of Demo, trading
// on a live exchange through its gateway as any client does (api/client):
// each bot account signs in with its key (Sign-In with Ethereum), signs its
// own EIP-712 orders and places them over the websocket, cancels through the
// client, and learns what became of its orders (fills, cancels) from its
// private orders channel. Every order is a real signed order of a funded
// account, so every fill the bots make settles on chain.
//
// Bot i trades from Keys[i] (at least MinBots of them; the first ones are
// the makers) on the gateway's markets in market-id order, market m around
// the fair price of Markets[m]; the accounts must be funded with cash and
// tokens of every market (on the embedded chain: node.Config.Fund).
type Bots struct {
	Gateway string // http://host:port
	Keys    []*ecdsa.PrivateKey
	Markets []DemoMarket
	// Rate is the commands (places and cancels) per second of all the bots
	// together (default 100); the gateway's answers bound it too: a bot
	// sends its next command once the last one is answered.
	Rate int
	// Commands stops the bots after that many commands (0: never).
	Commands int
	Seed     uint64
	Clock    clock.Clock
	Logger   *slog.Logger
	// FundedWithin bounds the wait for the accounts' deposits to reach the
	// exchange (default 2 minutes).
	FundedWithin time.Duration

	sent, placed, refused, canceled, fills atomic.Int64
}

// BotStats counts what the bots did: the commands they sent, the orders
// the exchange took and refused, the cancels it carried out, and the fills
// of their orders their orders channels reported.
type BotStats struct{ Commands, Placed, Refused, Canceled, Fills int64 }

// Stats returns the counts so far.
func (b *Bots) Stats() BotStats {
	return BotStats{b.sent.Load(), b.placed.Load(), b.refused.Load(), b.canceled.Load(), b.fills.Load()}
}

// queueLen bounds each bot's commands not yet sent: a bot that falls
// behind holds the others back, so that the flow stays what the rate says.
const queueLen = 256

// Run signs the bots in, waits until their deposits have reached the
// exchange, and trades until ctx ends (nil) or the Commands are sent and
// answered (nil); any other end is an error.
func (b *Bots) Run(ctx context.Context) error {
	if len(b.Keys) < MinBots {
		return fmt.Errorf("sim: the bots need at least %d accounts, not %d", MinBots, len(b.Keys))
	}
	if len(b.Markets) == 0 {
		return errors.New("sim: the bots need the fair prices of the markets they trade")
	}
	if b.Rate <= 0 {
		b.Rate = 100
	}
	if b.FundedWithin <= 0 {
		b.FundedWithin = 2 * time.Minute
	}
	if b.Logger == nil {
		b.Logger = slog.New(slog.DiscardHandler)
	}
	clk := clock.Or(b.Clock)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	bots := make([]*bot, len(b.Keys))
	defer func() {
		for _, bt := range bots {
			if bt != nil {
				bt.c.Close()
			}
		}
	}()
	for i, k := range b.Keys {
		c, err := client.DialGateway(ctx, b.Gateway)
		if err != nil {
			return quiet(ctx, err)
		}
		bots[i] = &bot{b: b, i: i, c: c, q: make(chan exchange.Command, queueLen), next: 1,
			orders: map[uint64]*botOrder{}, byID: map[exchange.OrderID]uint64{}}
		if _, err := c.Login(ctx, k); err != nil {
			return quiet(ctx, fmt.Errorf("sim: bot %d signs in: %w", i, err))
		}
	}
	markets, err := b.markets(ctx, bots[0].c)
	if err != nil {
		return quiet(ctx, err)
	}
	if err := b.waitFunded(ctx, clk, bots, markets); err != nil {
		return quiet(ctx, err)
	}
	mkts := make([]DemoMarket, len(markets))
	for i, m := range markets {
		mkts[i] = b.Markets[i]
		mkts[i].Symbol = m.Symbol
	}
	f := newDemoFlow(mkts, len(bots), b.Seed, clk.Now().UnixNano())
	for _, bt := range bots {
		bt.flow, bt.markets = f, markets
		if err := bt.follow(ctx); err != nil {
			return quiet(ctx, err)
		}
	}
	b.Logger.Info("sim: bots trading", "accounts", len(bots), "markets", len(markets), "rate", b.Rate)

	var (
		wg    sync.WaitGroup
		once  sync.Once
		first error
	)
	for _, bt := range bots {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := bt.work(ctx, clk); err != nil && ctx.Err() == nil {
				once.Do(func() { first = err })
				cancel()
			}
		}()
	}
	genErr := b.generate(ctx, clk, f, bots)
	for _, bt := range bots {
		close(bt.q)
	}
	wg.Wait()
	if first != nil {
		return first
	}
	if genErr == nil {
		b.Logger.Info("sim: bots done", "commands", b.sent.Load())
	}
	return nil
}

// quiet is err, or nil once ctx has ended: what fails because the run is
// being stopped is no error.
func quiet(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return nil
	}
	return err
}

// generate hands the flow's commands to the bots at the rate, in ticks of
// 10ms, until ctx ends or the budget is spent (nil).
func (b *Bots) generate(ctx context.Context, clk clock.Clock, f *demoFlow, bots []*bot) error {
	const tick = 10 * time.Millisecond
	per := max(1, b.Rate*int(tick)/int(time.Second))
	t := clk.NewTicker(tick)
	defer t.Stop()
	for sent := 0; b.Commands <= 0 || sent < b.Commands; {
		if !tickOf(ctx, t) {
			return ctx.Err()
		}
		n := per
		if b.Commands > 0 {
			n = min(n, b.Commands-sent)
		}
		sent += n
		for _, c := range f.next(n) {
			select {
			case bots[c.Account].q <- c:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
	}
	return nil
}

// markets waits until the gateway lists markets and returns the ones the
// bots trade, in market-id order: as many as they have fair prices for.
func (b *Bots) markets(ctx context.Context, c *client.Client) ([]client.Market, error) {
	for {
		ms, err := c.REST().Markets(ctx)
		if err != nil {
			return nil, err
		}
		if len(ms) > 0 {
			slices.SortFunc(ms, func(a, b client.Market) int { return int(a.MarketID) - int(b.MarketID) })
			return ms[:min(len(ms), len(b.Markets))], nil
		}
		if !clock.Sleep(ctx, clock.Or(b.Clock), 50*time.Millisecond) {
			return nil, ctx.Err()
		}
	}
}

// waitFunded waits until every bot holds the stablecoin and the token of
// every market it trades.
func (b *Bots) waitFunded(ctx context.Context, clk clock.Clock, bots []*bot, markets []client.Market) error {
	deadline := clk.Now().Add(b.FundedWithin)
	for _, bt := range bots {
		for {
			bs, err := bt.c.REST().Balances(ctx)
			if err != nil && !isClientError(err) {
				return err
			}
			if funded(bs, markets) {
				break
			}
			if clk.Now().After(deadline) {
				return fmt.Errorf("sim: the deposits of bot %d did not reach the exchange within %s", bt.i, b.FundedWithin)
			}
			if !clock.Sleep(ctx, clk, 50*time.Millisecond) {
				return ctx.Err()
			}
		}
	}
	return nil
}

func isClientError(err error) bool {
	var ce *client.Error
	return errors.As(err, &ce)
}

// funded reports whether bs hold the stablecoin and every market's token.
func funded(bs []client.Balance, markets []client.Market) bool {
	held := map[string]bool{}
	for _, x := range bs {
		a, _ := decimal.NewFromString(x.Available)
		h, _ := decimal.NewFromString(x.Held)
		held[x.Asset] = a.Add(h).Sign() > 0
	}
	n := 0
	for _, m := range markets {
		if held[m.Symbol] {
			n++
		}
	}
	return n == len(markets) && len(bs) > n // the stablecoin too
}

// bot is one bot account: its connection, its queue of commands, its
// nonces and what it knows of its orders.
type bot struct {
	b       *Bots
	i       int
	c       *client.Client
	q       chan exchange.Command
	flow    *demoFlow
	markets []client.Market

	mu     sync.Mutex
	next   uint64   // next fresh nonce
	free   []uint64 // nonces of refused orders, used again first
	orders map[uint64]*botOrder
	byID   map[exchange.OrderID]uint64 // the flow's order id → nonce
	seq    uint64                      // the orders channel's last seq
	synced bool
}

// botOrder is what a bot knows of one order it placed.
type botOrder struct {
	id     exchange.OrderID // the flow's
	seq    uint64           // the journal seq of the state last applied
	acked  bool
	closed bool
}

// follow subscribes to the bot's orders channel: its snapshot tells where
// the account's nonces stand (a restart), its updates what became of the
// bot's orders.
func (bt *bot) follow(ctx context.Context) error {
	return bt.c.SubscribePrivate(ctx, "orders", bt.onOrders)
}

// onOrders applies one message of the orders channel (on the client's
// reader goroutine).
func (bt *bot) onOrders(ev *client.Event) {
	bt.mu.Lock()
	defer bt.mu.Unlock()
	switch ev.Type {
	case "snapshot":
		var os []client.Order
		if json.Unmarshal(ev.Data, &os) != nil {
			return
		}
		live := map[uint64]bool{}
		for _, o := range os {
			n, _ := strconv.ParseUint(o.ClientOrderID, 10, 64)
			live[n] = true
			bt.next = max(bt.next, n+1)
			bt.applyLocked(n, o.OpenSize, o.Market, o.CmdSeq, false)
		}
		// An order answered before the snapshot and absent from it is
		// closed.
		for n, o := range bt.orders {
			if o.acked && !live[n] {
				bt.closeLocked(n, o)
			}
		}
		bt.seq, bt.synced = ev.Seq, true
	case "update":
		if !bt.synced {
			return
		}
		if ev.Seq != bt.seq+1 {
			// Missed messages: a fresh snapshot puts it right.
			bt.synced = false
			go bt.c.SubscribePrivate(context.Background(), "orders", nil)
			return
		}
		bt.seq = ev.Seq
		var o client.Order
		if json.Unmarshal(ev.Data, &o) != nil {
			return
		}
		if o.Event == "fill" {
			bt.b.fills.Add(1)
		}
		n, _ := strconv.ParseUint(o.ClientOrderID, 10, 64)
		bt.applyLocked(n, o.OpenSize, o.Market, o.CmdSeq, false)
	}
}

// applyLocked records that order nonce had open (a size) after the command
// at seq; older news than the bot has is dropped.
func (bt *bot) applyLocked(nonce uint64, open, market string, seq uint64, ack bool) {
	o := bt.orders[nonce]
	if o == nil {
		return
	}
	if ack {
		o.acked = true
	}
	if seq >= o.seq {
		o.seq = seq
		lots := bt.lots(market, open)
		bt.flow.setOpen(o.id, lots)
		o.closed = lots == 0
	}
	if o.closed && o.acked {
		bt.closeLocked(nonce, o)
	}
}

func (bt *bot) closeLocked(nonce uint64, o *botOrder) {
	bt.flow.setOpen(o.id, 0)
	delete(bt.orders, nonce)
	delete(bt.byID, o.id)
}

// lots converts a size of market into lots.
func (bt *bot) lots(market, size string) int64 {
	v, err := decimal.NewFromString(size)
	if err != nil {
		return 0
	}
	for _, m := range bt.markets {
		if m.Symbol == market {
			if lot, err := decimal.NewFromString(m.LotSize); err == nil && lot.Sign() > 0 {
				return v.Div(lot).IntPart()
			}
		}
	}
	return v.IntPart()
}

// work sends the bot's commands in order, each once the last is answered.
func (bt *bot) work(ctx context.Context, clk clock.Clock) error {
	for c := range bt.q {
		if ctx.Err() != nil {
			continue // drain: the generator closes the queue
		}
		var err error
		if c.Kind == exchange.CmdCancel {
			err = bt.cancel(ctx, clk, c)
		} else {
			err = bt.place(ctx, clk, c)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// retry reports whether err is a rate limit, after waiting what it asks.
func retry(ctx context.Context, clk clock.Clock, err error) bool {
	var ce *client.Error
	if !errors.As(err, &ce) || (ce.Code != "rate_limited" && ce.Code != "order_rate_limited") {
		return false
	}
	return clock.Sleep(ctx, clk, time.Duration(max(ce.RetryAfterMS, 1))*time.Millisecond)
}

// place signs and places one of the flow's orders, with the bot's next
// nonce as its client order id.
func (bt *bot) place(ctx context.Context, clk clock.Clock, c exchange.Command) error {
	m := bt.markets[c.Market]
	p := client.OrderParams{Market: m.Symbol, Side: "buy", Price: scale(c.Price, m.TickSize), Size: scale(c.Qty, m.LotSize),
		PostOnly: c.PostOnly, STP: stpName(c.STP)}
	if c.Side == exchange.Sell {
		p.Side = "sell"
	}
	fee := uint16(c.MaxFeeBps)
	p.MaxFeeBps = &fee
	// The chain checks the signed limit price and expiry: the flow's
	// market orders become IOC limits at their bound, and its GTD orders
	// expire botGTDLife after the clock's time.
	switch {
	case c.Type == exchange.Market || c.TIF == exchange.IOC:
		p.TIF = "ioc"
	case c.TIF == exchange.FOK:
		p.TIF = "fok"
	case c.TIF == exchange.GTD:
		p.TIF, p.Expiry = "gtd", uint64(clk.Now().Add(botGTDLife).Unix())
	}
	bt.mu.Lock()
	var nonce uint64
	if len(bt.free) > 0 {
		nonce, bt.free = bt.free[len(bt.free)-1], bt.free[:len(bt.free)-1]
	} else {
		nonce = bt.next
		bt.next++
	}
	bt.mu.Unlock()
	for {
		bt.mu.Lock()
		bt.orders[nonce] = &botOrder{id: c.OrderID}
		bt.byID[c.OrderID] = nonce
		bt.mu.Unlock()
		p.ClientOrderID = nonce
		bt.b.sent.Add(1)
		ack, err := bt.c.PlaceOrder(ctx, p)
		if err == nil {
			bt.b.placed.Add(1)
			bt.mu.Lock()
			bt.applyLocked(nonce, ack.OpenSize, ack.Market, ack.Seq, true)
			bt.mu.Unlock()
			return nil
		}
		var ce *client.Error
		if !errors.As(err, &ce) {
			return quiet(ctx, fmt.Errorf("sim: bot %d: %w", bt.i, err))
		}
		bt.mu.Lock()
		delete(bt.orders, nonce)
		delete(bt.byID, c.OrderID)
		bt.mu.Unlock()
		switch {
		case retry(ctx, clk, err):
			bt.b.sent.Add(-1) // not taken: the same command again
			continue
		case ce.Code == "duplicate_client_order_id":
			// The account used that nonce before (a restart): the next.
			bt.b.sent.Add(-1)
			bt.mu.Lock()
			nonce = bt.next
			bt.next++
			bt.mu.Unlock()
			continue
		}
		bt.b.refused.Add(1)
		bt.flow.setOpen(c.OrderID, 0)
		if ce.Code != "unavailable" && ce.Code != "internal" {
			// Refused: the nonce was not used (an answer that leaves it
			// open whether the engine took the order is not reused).
			bt.mu.Lock()
			bt.free = append(bt.free, nonce)
			bt.mu.Unlock()
		}
		return nil
	}
}

// cancel cancels one of the bot's orders by its client order id; one that
// was refused, or has gone meanwhile, is no error.
func (bt *bot) cancel(ctx context.Context, clk clock.Clock, c exchange.Command) error {
	bt.mu.Lock()
	nonce, ok := bt.byID[c.OrderID]
	bt.mu.Unlock()
	if !ok {
		return nil // refused or closed before it could be cancelled
	}
	for {
		bt.b.sent.Add(1)
		res, err := bt.c.Cancel(ctx, client.OrderRef{ClientOrderID: nonce})
		if err == nil {
			bt.b.canceled.Add(1)
			bt.mu.Lock()
			if o := bt.orders[nonce]; o != nil && res.Seq >= o.seq {
				o.seq, o.closed = res.Seq, true
				if o.acked {
					bt.closeLocked(nonce, o)
				}
			}
			bt.mu.Unlock()
			return nil
		}
		if !isClientError(err) {
			return quiet(ctx, fmt.Errorf("sim: bot %d: %w", bt.i, err))
		}
		if retry(ctx, clk, err) {
			bt.b.sent.Add(-1)
			continue
		}
		return nil // unknown_order: filled or expired meanwhile
	}
}

// scale is n steps of step (a decimal string), as a decimal string.
func scale(n int64, step string) string {
	s, err := decimal.NewFromString(step)
	if err != nil {
		return strconv.FormatInt(n, 10)
	}
	return decimal.NewFromInt(n).Mul(s).String()
}

func stpName(s exchange.STPMode) string {
	switch s {
	case exchange.STPNone:
		return "none"
	case exchange.STPCancelOldest:
		return "cancel_oldest"
	case exchange.STPCancelBoth:
		return "cancel_both"
	case exchange.STPDecrementCancel:
		return "decrement_cancel"
	}
	return "cancel_newest"
}

// botGTDLife is how long after the clock's time a bot's GTD order expires:
// beyond the engine's settlement horizon (exchange.DefaultSettlementHorizon,
// 15 s) plus the lead of a dev chain's block clock over the wall clock
// (14 s in make demo, 61 to 90 s seen on geth --dev), since the engine takes
// no order that would expire within the horizon of the later of the two.
// At 30 s, as before, a chain 15 s ahead made the engine refuse every one.
const botGTDLife = 5 * time.Minute
