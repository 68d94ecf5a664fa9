package sim

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"log/slog"
	"math/rand/v2"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/hourglass-exchange/hourglass/api/client"
)

// Traders are simulated people trading through a gateway exactly as a
// client would (api/client): each signs in with its key, follows the book
// of the markets it trades, and now and then takes the best price with an
// IOC order or joins the best bid or offer with a resting one, every order
// an EIP-712 order it signs itself; now and then it cancels what rests.
type Traders struct {
	Gateway string // http://host:port
	Keys    []*ecdsa.PrivateKey
	Markets []string // symbols; empty: the gateway's first market
	Rate    float64  // orders per second, per trader
	Seed    uint64
	Clock   clock.Clock // default: the wall clock
	Logger  *slog.Logger

	placed, filled, refused atomic.Int64
}

// TraderStats counts what the traders did.
type TraderStats struct{ Placed, Filled, Refused int64 }

// Stats returns the counts so far.
func (t *Traders) Stats() TraderStats {
	return TraderStats{t.placed.Load(), t.filled.Load(), t.refused.Load()}
}

// Run runs every trader until ctx ends; it returns the first error that
// stopped one (a trader whose connection drops signs in again).
func (t *Traders) Run(ctx context.Context) error {
	if t.Logger == nil {
		t.Logger = slog.New(slog.DiscardHandler)
	}
	if t.Rate <= 0 {
		t.Rate = 1
	}
	var (
		wg    sync.WaitGroup
		once  sync.Once
		first error
	)
	for i, k := range t.Keys {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(t.Seed, uint64(i)))
			for ctx.Err() == nil {
				err := t.trade(ctx, k, r)
				if ctx.Err() != nil {
					return
				}
				var ce *client.Error
				if errors.As(err, &ce) && ce.Code == "unauthorized" {
					once.Do(func() { first = err })
					return
				}
				t.Logger.Warn("sim: trader reconnects", "trader", i, "err", err)
				clock.Sleep(ctx, clock.Or(t.Clock), time.Second)
			}
		}()
	}
	wg.Wait()
	return first
}

// trade is one session of one trader.
func (t *Traders) trade(ctx context.Context, key *ecdsa.PrivateKey, r *rand.Rand) error {
	c, err := client.DialGateway(ctx, t.Gateway)
	if err != nil {
		return err
	}
	defer c.Close()
	if _, err := c.Login(ctx, key); err != nil {
		return fmt.Errorf("sign in: %w", err)
	}
	markets := t.Markets
	if len(markets) == 0 {
		ms, err := c.REST().Markets(ctx)
		if err != nil {
			return err
		}
		if len(ms) == 0 {
			return errors.New("the gateway lists no market")
		}
		markets = []string{ms[0].Symbol}
	}
	if err := c.Subscribe(ctx, client.SubscribeParams{Channel: "book", Markets: markets}, nil); err != nil {
		return err
	}
	if err := c.SubscribePrivate(ctx, "fills", func(*client.Event) { t.filled.Add(1) }); err != nil {
		return err
	}
	// Client order ids are the signed nonces: start where a clock puts
	// them so that a restarted trader does not reuse one, and step past
	// any the account has used.
	clk := clock.Or(t.Clock)
	nonce := uint64(clk.Now().UnixMilli()%50_000) + 1
	tick := clk.NewTicker(time.Duration(float64(time.Second) / t.Rate))
	defer tick.Stop()
	// A dropped connection ends the wait for the next tick as ctx does.
	tctx, stop := context.WithCancel(ctx)
	defer stop()
	go func() {
		select {
		case <-c.Done():
			stop()
		case <-tctx.Done():
		}
	}()
	for {
		if !tickOf(tctx, tick) {
			select {
			case <-c.Done():
				return c.Err()
			default:
				return ctx.Err()
			}
		}
		m := markets[r.IntN(len(markets))]
		b, ok := c.Book(m)
		if !ok || !b.Synced || len(b.Bids) == 0 || len(b.Asks) == 0 {
			continue
		}
		p := client.OrderParams{Market: m, Size: strconv.Itoa(1 + r.IntN(5))}
		switch x := r.Float64(); {
		case x < 0.5: // take the best price
			p.TIF = "ioc"
			if r.IntN(2) == 0 {
				p.Side, p.Price = "buy", b.Asks[0].Price
			} else {
				p.Side, p.Price = "sell", b.Bids[0].Price
			}
		case x < 0.9: // join the best bid or offer
			p.PostOnly = true
			if r.IntN(2) == 0 {
				p.Side, p.Price = "buy", b.Bids[0].Price
			} else {
				p.Side, p.Price = "sell", b.Asks[0].Price
			}
		default: // leave
			if _, err := c.CancelAll(ctx, m, ""); err != nil {
				return err
			}
			continue
		}
		for try := 0; ; try++ {
			p.ClientOrderID = nonce
			nonce++
			_, err := c.PlaceOrder(ctx, p)
			var ce *client.Error
			if errors.As(err, &ce) && ce.Code == "duplicate_client_order_id" && try < 100 {
				continue
			}
			switch {
			case err == nil:
				t.placed.Add(1)
			case errors.As(err, &ce):
				t.refused.Add(1) // post-only would take, out of band, a rate limit: the market moved on
			default:
				return err
			}
			break
		}
	}
}
