package sim

import (
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/shopspring/decimal"

	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
)

// Where the bots' and the traders' deterministic keys start (Key).
const (
	botKeyBase    = 1000
	traderKeyBase = 2000
	teamKey       = 3000
)

// Key returns the i-th deterministic demo key: the same for every run, and
// the same as the embedded chain's i-th test key, so that the demo's
// accounts have one address wherever they are funded. Dev and tests only:
// anyone can derive it.
func Key(i int) *ecdsa.PrivateKey {
	var seed [32]byte
	copy(seed[:], "hourglass devchain account key")
	binary.BigEndian.PutUint16(seed[30:], uint16(i+1))
	k, err := crypto.ToECDSA(crypto.Keccak256(seed[:]))
	if err != nil {
		panic(err)
	}
	return k
}

// BotKey is the key of bot account i.
func BotKey(i int) *ecdsa.PrivateKey { return Key(botKeyBase + i) }

// TraderKey is the key of simulated trader i (Traders).
func TraderKey(i int) *ecdsa.PrivateKey { return Key(traderKeyBase + i) }

// MinBots is the fewest bot accounts the bots trade from.
const MinBots = 20

// World is the demo's exchange as configuration: the generated markets
// (the next weeks' H100 windows and a few other grades), and the keys of
// the bot accounts and of the simulated traders, which the chain must fund
// before they can trade.
type World struct {
	Markets []DemoMarket
	// Spot is the demo's spot market: one-hour leases of the first
	// market's grade (H100 SXM, US, T1), listed after Markets.
	Spot       DemoMarket
	Specs      []exchange.MarketSpec // Markets, then Spot, as the engine adds them, in order
	BotKeys    []*ecdsa.PrivateKey
	TraderKeys []*ecdsa.PrivateKey
	// TeamKey is the team that buys GPUs on the spot market (SpotBots).
	TeamKey *ecdsa.PrivateKey
}

// NewWorld returns the world of the markets whose windows start after
// start, with bots bot accounts (at least MinBots) and traders traders.
func NewWorld(start time.Time, bots, traders int) (*World, error) {
	if bots < MinBots {
		return nil, fmt.Errorf("sim: the bots need at least %d accounts, not %d", MinBots, bots)
	}
	mkts, err := demoMarkets(start)
	if err != nil {
		return nil, err
	}
	w := &World{Markets: mkts, TeamKey: Key(teamKey)}
	for i, m := range mkts {
		w.Specs = append(w.Specs, *demoSpec(i, m))
	}
	if w.Spot, err = demoSpot(mkts[0]); err != nil {
		return nil, err
	}
	spot := demoSpec(len(mkts), w.Spot)
	spot.LotSize = demoSpotHours // a lot is one GPU for the lease
	w.Specs = append(w.Specs, *spot)
	for i := range bots {
		w.BotKeys = append(w.BotKeys, BotKey(i))
	}
	for i := range traders {
		w.TraderKeys = append(w.TraderKeys, TraderKey(i))
	}
	return w, nil
}

// Accounts returns the addresses to fund: the bots', the traders', then
// the spot team's.
func (w *World) Accounts() []common.Address {
	var out []common.Address
	for _, ks := range [][]*ecdsa.PrivateKey{w.BotKeys, w.TraderKeys, {w.TeamKey}} {
		for _, k := range ks {
			out = append(out, crypto.PubkeyToAddress(k.PublicKey))
		}
	}
	return out
}

// Bots returns the world's bots, trading on the gateway at its HTTP base
// URL (http://host:port); set their rate and budget before Run.
func (w *World) Bots(gateway string) *Bots {
	return &Bots{Gateway: gateway, Keys: w.BotKeys, Markets: w.Markets, Seed: 1}
}

// demoSpotHours is the lease length of the demo's spot market.
const demoSpotHours = 1

// demoSpot is the spot market of window's grade, one-hour leases, priced
// a little under the window.
func demoSpot(window DemoMarket) (DemoMarket, error) {
	in, err := instrument.Decode(window.ID)
	if err != nil {
		return DemoMarket{}, err
	}
	sp, err := instrument.NewSpot(in.GPU, in.Interconnect, in.Region, in.Tier, demoSpotHours)
	if err != nil {
		return DemoMarket{}, err
	}
	id, err := sp.Encode()
	if err != nil {
		return DemoMarket{}, err
	}
	return DemoMarket{Symbol: sp.Symbol(), ID: id, Fair: window.Fair - 0.15}, nil
}

// SpotBots returns the world's spot market on the gateway: provider
// quotes the idle capacity of its node, and the team buys a lot every ten
// minutes (one GPU for an hour: the demo node's eight mock GPUs are never
// all leased); set Spec to stand the buyer's job spec.
func (w *World) SpotBots(gateway string, provider *ecdsa.PrivateKey) *SpotBots {
	ask := decimal.NewFromFloat(w.Spot.Fair).StringFixed(2)
	return &SpotBots{Gateway: gateway, Market: w.Spot.Symbol, Provider: provider, Ask: ask, Lots: 2,
		Buyer: w.TeamKey, Bid: ask, Every: 10 * time.Minute}
}

// Traders returns the world's simulated traders on the gateway.
func (w *World) Traders(gateway string) *Traders {
	return &Traders{Gateway: gateway, Keys: w.TraderKeys, Seed: 1}
}
