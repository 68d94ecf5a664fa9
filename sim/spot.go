package sim

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/shopspring/decimal"

	"github.com/hourglass-exchange/hourglass/api/client"
	"github.com/hourglass-exchange/hourglass/internal/clock"
)

// SpotBots are the demo's spot market: a provider that quotes its idle
// capacity of a grade on the grade's spot market, and a team that buys it
// with a standing job spec, so that each fill becomes a running lease on
// the provider's node (docs/instruments.md, "Spot markets"). Both trade
// through the gateway as any client does: signed in with their keys, with
// signed orders.
type SpotBots struct {
	Gateway string // http://host:port
	Market  string // the spot market's symbol
	// Provider quotes: it keeps Lots lots offered at Ask (a string price
	// per GPU-hour), placing a new offer whenever its last one filled.
	Provider *ecdsa.PrivateKey
	Ask      string
	Lots     int64
	// Buyer buys one lot at Bid every Every (default a minute), IOC, once
	// Spec has stood its job spec for the market (nil: the buyer stands
	// none; its leases then wait for one).
	Buyer *ecdsa.PrivateKey
	Bid   string
	Every time.Duration
	Spec  func(ctx context.Context, c *client.Client, market client.Market) error
	Clock clock.Clock
	// Logger says what the bots do (nil: nothing).
	Logger *slog.Logger

	offers, buys, bought atomic.Int64
}

// SpotStats counts the offers the provider placed, the buy orders the
// team sent and the lots they bought.
type SpotStats struct{ Offers, Buys, Bought int64 }

// Stats returns the counts so far.
func (s *SpotBots) Stats() SpotStats {
	return SpotStats{s.offers.Load(), s.buys.Load(), s.bought.Load()}
}

// Run trades until ctx ends (nil) or a client fails (an error).
func (s *SpotBots) Run(ctx context.Context) error {
	if s.Provider == nil || s.Buyer == nil || s.Market == "" {
		return errors.New("sim: spot bots need a market, a provider and a buyer")
	}
	if s.Every <= 0 {
		s.Every = time.Minute
	}
	if s.Lots <= 0 {
		s.Lots = 4
	}
	if s.Logger == nil {
		s.Logger = slog.New(slog.DiscardHandler)
	}
	clk := clock.Or(s.Clock)
	seller, err := s.login(ctx, s.Provider)
	if err != nil {
		return quiet(ctx, err)
	}
	defer seller.Close()
	buyer, err := s.login(ctx, s.Buyer)
	if err != nil {
		return quiet(ctx, err)
	}
	defer buyer.Close()
	ms, err := buyer.REST().Markets(ctx)
	if err != nil {
		return quiet(ctx, err)
	}
	var mkt client.Market
	for _, m := range ms {
		if m.Symbol == s.Market {
			mkt = m
		}
	}
	if mkt.Symbol == "" {
		return fmt.Errorf("sim: the gateway lists no market %s", s.Market)
	}
	lot, err := decimal.NewFromString(mkt.LotSize)
	if err != nil {
		return fmt.Errorf("sim: market %s's lot size %q: %w", s.Market, mkt.LotSize, err)
	}
	if s.Spec != nil {
		if err := s.Spec(ctx, buyer, mkt); err != nil {
			return quiet(ctx, fmt.Errorf("sim: the spot buyer's job spec: %w", err))
		}
	}
	s.Logger.Info("sim: spot market open", "market", s.Market, "ask", s.Ask, "lots", s.Lots, "every", s.Every)
	// Client order ids: each account's from its lowest unused nonce on.
	sellerIDs, err := firstNonce(ctx, seller)
	if err != nil {
		return quiet(ctx, err)
	}
	buyerIDs, err := firstNonce(ctx, buyer)
	if err != nil {
		return quiet(ctx, err)
	}
	// The provider keeps an offer up, checking every few seconds (its
	// capacity reaches the exchange from the chain: the first offers may
	// come too early); the team buys every Every once an offer stands.
	offer, offered := uint64(0), false
	seen := map[string]string{}
	var nextBuy time.Time
	said := ""
	for {
		// A connection the gateway closed (a restart, a limit) is dialled
		// again; a failure to is said once and tried again.
		for _, cc := range []struct {
			c   **client.Client
			key *ecdsa.PrivateKey
		}{{&seller, s.Provider}, {&buyer, s.Buyer}} {
			select {
			case <-(*cc.c).Done():
				c, err := s.login(ctx, cc.key)
				if err != nil {
					if ctx.Err() != nil {
						return nil
					}
					if msg := err.Error(); msg != said {
						said = msg
						s.Logger.Warn("sim: a spot bot cannot reach the gateway; retrying", "err", err)
					}
					continue
				}
				why := (*cc.c).Err()
				(*cc.c).Close()
				*cc.c = c
				said = ""
				s.Logger.Info("sim: a spot bot reconnected", "why", why)
			default:
			}
		}
		if offer == 0 || s.filled(ctx, seller, offer) {
			offered = false
			size := lot.Mul(decimal.NewFromInt(s.Lots)).String()
			n := sellerIDs
			sellerIDs++
			ack, err := seller.PlaceOrder(ctx, client.OrderParams{Market: s.Market, Side: "sell", Price: s.Ask, Size: size, ClientOrderID: n})
			switch {
			case err != nil && ctx.Err() != nil:
				return nil
			case err != nil:
				// Capacity not seen yet, or busy, or collateral short: the
				// provider tries again shortly (a new reason is said once).
				if msg := err.Error(); msg != said && s.offers.Load() > 0 {
					s.Logger.Warn("sim: the spot provider's offer refused; retrying", "err", err)
				}
				said = err.Error()
				s.Logger.Debug("sim: the spot provider's offer refused", "err", err)
			default:
				offer, offered = n, true
				if s.offers.Add(1) == 1 {
					s.Logger.Info("sim: the provider offers idle GPUs on the spot market", "market", s.Market, "size", size, "price", s.Ask)
				}
				s.Logger.Debug("sim: spot offer", "status", ack.Status, "size", size, "price", s.Ask)
			}
		} else {
			offered = true
		}
		if offered && !clk.Now().Before(nextBuy) {
			nextBuy = clk.Now().Add(s.Every)
			buyerIDs++
			ack, err := buyer.PlaceOrder(ctx, client.OrderParams{Market: s.Market, Side: "buy", Price: s.Bid, Size: lot.String(), TIF: "ioc", ClientOrderID: buyerIDs - 1})
			if err != nil && ctx.Err() != nil {
				return nil
			}
			s.buys.Add(1)
			if err != nil && err.Error() != said {
				said = err.Error()
				s.Logger.Warn("sim: the spot team's buy refused", "err", err)
			}
			if err == nil && ack.Status == "filled" {
				s.bought.Add(1)
				s.Logger.Info("sim: spot lot bought: a lease starts on the provider's node", "market", s.Market, "price", s.Bid)
			}
		}
		s.reportLeases(ctx, buyer, seen)
		if !clock.Sleep(ctx, clk, spotPoll) {
			return nil
		}
	}
}

// reportLeases says, once per change, how each of the team's leases
// stands: its state and the GPU-hours the oracle judged delivered and
// undelivered so far, with the reasons: the demo's uptime and settlement.
func (s *SpotBots) reportLeases(ctx context.Context, c *client.Client, seen map[string]string) {
	ls, err := c.REST().Leases(ctx)
	if err != nil {
		return
	}
	for _, l := range ls {
		var d client.LeaseDelivery
		if l.Delivery != nil {
			d = *l.Delivery
		}
		key := fmt.Sprintf("%s/%s/%d/%d", l.State, l.Reason, d.DeliveredGPUHours, d.UndeliveredGPUHours)
		if seen[l.ID] == key {
			continue
		}
		seen[l.ID] = key
		s.Logger.Info("sim: spot lease", "lease", l.ID, "state", l.State, "reason", l.Reason, "gpus", l.GPUs, "hours", l.Hours,
			"delivered_gpu_hours", d.DeliveredGPUHours, "undelivered_gpu_hours", d.UndeliveredGPUHours, "undelivered_reasons", d.Reasons)
	}
}

// firstNonce is the account's lowest unused order nonce (at least 1).
func firstNonce(ctx context.Context, c *client.Client) (uint64, error) {
	n, err := c.REST().Nonce(ctx)
	if err != nil {
		return 0, err
	}
	v, err := strconv.ParseUint(n.LowestUnused, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("sim: lowest unused nonce %q: %w", n.LowestUnused, err)
	}
	return max(v, 1), nil
}

// spotPoll is how often the spot provider checks its offer.
const spotPoll = 2 * time.Second

// filled reports whether the offer with client order id n is no longer
// open (filled, or cancelled by the exchange when capacity went); an
// error says nothing (false: asked again at the next round).
func (s *SpotBots) filled(ctx context.Context, c *client.Client, n uint64) bool {
	st, err := c.Status(ctx, client.OrderRef{ClientOrderID: n})
	if err != nil {
		return false
	}
	if st.Order == nil {
		// No longer live, and the gateway keeps no history of it: its nonce
		// was used (filled, or cancelled by the exchange).
		return st.NonceUsed != nil && *st.NonceUsed
	}
	return st.Order.Status != "open" && st.Order.Status != "partially_filled"
}

func (s *SpotBots) login(ctx context.Context, k *ecdsa.PrivateKey) (*client.Client, error) {
	c, err := client.DialGateway(ctx, s.Gateway)
	if err != nil {
		return nil, err
	}
	if _, err := c.Login(ctx, k); err != nil {
		c.Close()
		return nil, err
	}
	return c, nil
}
