package node

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/exchange/sequencer"
	"github.com/hourglass-exchange/hourglass/exchange/settlement"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
	"github.com/hourglass-exchange/hourglass/internal/evm/devchain"
	"github.com/hourglass-exchange/hourglass/sim"
)

// botKeyBase and traderKeyBase are where the bots' and the gateway
// traders' deterministic keys start (devchain.Key).
const (
	botKeyBase    = 1000
	traderKeyBase = 2000
)

// chainBots runs the demo's bots (sim.Bots) as real traders: each bot
// account is a key whose orders are signed EIP-712 orders with nonces,
// trading the cash and tokens the chain credited to it, so that every
// fill they make settles on the contract.
type chainBots struct {
	bots   *sim.Bots
	specs  []exchange.MarketSpec
	keys   []*ecdsa.PrivateKey
	addrs  []common.Address
	domain eip712.Domain

	mu    sync.Mutex
	ids   []exchange.AccountID // engine account of bot i, once funded
	index map[exchange.AccountID]int
	nonce []uint64   // next fresh nonce of bot i
	free  [][]uint64 // nonces of refused orders, used again first
}

func newChainBots(bots *sim.Bots, setup []exchange.Command) *chainBots {
	b := &chainBots{bots: bots, index: map[exchange.AccountID]int{}}
	accounts := 0
	for _, c := range setup {
		switch c.Kind {
		case exchange.CmdAddMarket:
			b.specs = append(b.specs, *c.Spec)
		case exchange.CmdOpenAccount:
			accounts++
		}
	}
	for i := range accounts {
		k := devchain.Key(botKeyBase + i)
		b.keys = append(b.keys, k)
		b.addrs = append(b.addrs, crypto.PubkeyToAddress(k.PublicKey))
	}
	b.nonce = make([]uint64, accounts)
	b.free = make([][]uint64, accounts)
	return b
}

// markets returns the commands that add the demo's markets.
func (b *chainBots) markets() []exchange.Command {
	cmds := make([]exchange.Command, len(b.specs))
	for i := range b.specs {
		cmds[i] = exchange.Command{Kind: exchange.CmdAddMarket, Spec: &b.specs[i]}
	}
	return cmds
}

// instruments returns the markets' instrument ids, for the chain's seed.
func (b *chainBots) instruments() []instrument.ID {
	ids := make([]instrument.ID, len(b.specs))
	for i, s := range b.specs {
		ids[i] = s.Instrument
	}
	return ids
}

// funded resolves the bots' engine accounts once the chain's deposits have
// reached the engine, and where their nonces stand.
func (b *chainBots) funded(e exchange.View) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	ids := make([]exchange.AccountID, len(b.addrs))
	for i, a := range b.addrs {
		id, ok := e.AccountByAddress(a)
		if !ok {
			return false
		}
		if avail, held := e.Balance(id, b.specs[0].QuoteAsset); avail+held == 0 {
			return false
		}
		for _, s := range b.specs {
			if avail, held := e.Balance(id, s.BaseAsset); avail+held == 0 {
				return false
			}
		}
		ids[i] = id
	}
	b.ids = ids
	for i, id := range ids {
		b.index[id] = i
		b.nonce[i] = e.NonceBase(id)
	}
	return true
}

// observe feeds the engine's events to the bots, and takes back the nonces
// of their refused orders.
func (b *chainBots) observe(evs []exchange.Event) {
	b.bots.Observe(evs)
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.ids == nil {
		return
	}
	for i := range evs {
		ev := &evs[i]
		if ev.Kind != exchange.EvRejected || ev.Nonce == 0 {
			continue
		}
		if bot, ok := b.index[ev.Account]; ok && ev.Reason != exchange.ReasonDuplicateNonce {
			b.free[bot] = append(b.free[bot], ev.Nonce)
		}
	}
}

// next returns n more bot commands, as the bots' own engine accounts, with
// every order signed.
func (b *chainBots) next(n int, now time.Time) ([]exchange.Command, error) {
	cmds := b.bots.Next(n)
	b.mu.Lock()
	defer b.mu.Unlock()
	out := cmds[:0]
	for _, c := range cmds {
		bot := int(c.Account)
		if bot >= len(b.ids) {
			continue
		}
		c.Account, c.Time = b.ids[bot], 0
		if c.Kind == exchange.CmdPlace {
			// The chain checks the signed limit price and expiry; the
			// bots' market orders become IOC limits at their bound, and
			// their GTD orders expire in wall-clock time.
			if c.Type == exchange.Market {
				c.Type, c.TIF = exchange.Limit, exchange.IOC
			}
			if c.TIF == exchange.GTD {
				c.Expiry = now.Add(30 * time.Second).UnixNano()
			}
			if f := b.free[bot]; len(f) > 0 {
				c.Nonce, b.free[bot] = f[len(f)-1], f[:len(f)-1]
			} else {
				c.Nonce = b.nonce[bot]
				b.nonce[bot]++
			}
			var err error
			if c, err = settlement.SignPlace(b.keys[bot], b.domain, b.specs[c.Market], c); err != nil {
				return nil, err
			}
		}
		out = append(out, c)
	}
	return out, nil
}

// run waits until the bots are funded, then submits their commands at rate
// per second until ctx ends, or limit commands (when positive) are sent.
func (b *chainBots) run(ctx context.Context, seq *sequencer.Sequencer, rate, limit int, log *slog.Logger) error {
	deadline := time.Now().Add(readyFunded)
	for {
		ok := false
		if err := seq.Query(func(e exchange.View) { ok = b.funded(e) }); err != nil {
			return err
		}
		if ok {
			break
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("the bots' deposits did not reach the engine within %s", readyFunded)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
	log.Info("bots trading", "accounts", len(b.ids), "rate", rate)
	const tick = 10 * time.Millisecond
	per := max(1, rate*int(tick)/int(time.Second))
	t := time.NewTicker(tick)
	defer t.Stop()
	for sent := 0; limit <= 0 || sent < limit; {
		select {
		case <-ctx.Done():
			return nil
		case now := <-t.C:
			n := per
			if limit > 0 {
				n = min(n, limit-sent)
			}
			sent += n
			cmds, err := b.next(n, now)
			if err != nil {
				return err
			}
			if err := seq.SubmitBatch(cmds, nil); err != nil {
				return err
			}
		}
	}
	log.Info("bots done", "commands", limit)
	return nil
}

// TraderKey is the key of gateway trader i (Config.Traders).
func TraderKey(i int) *ecdsa.PrivateKey { return devchain.Key(traderKeyBase + i) }
