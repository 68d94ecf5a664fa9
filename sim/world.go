package sim

import (
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/exchange"
)

// Where the bots' and the traders' deterministic keys start (Key).
const (
	botKeyBase    = 1000
	traderKeyBase = 2000
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
	Markets    []DemoMarket
	Specs      []exchange.MarketSpec // Markets as the engine adds them, in order
	BotKeys    []*ecdsa.PrivateKey
	TraderKeys []*ecdsa.PrivateKey
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
	w := &World{Markets: mkts}
	for i, m := range mkts {
		w.Specs = append(w.Specs, *demoSpec(i, m))
	}
	for i := range bots {
		w.BotKeys = append(w.BotKeys, BotKey(i))
	}
	for i := range traders {
		w.TraderKeys = append(w.TraderKeys, TraderKey(i))
	}
	return w, nil
}

// Accounts returns the addresses to fund: the bots', then the traders'.
func (w *World) Accounts() []common.Address {
	var out []common.Address
	for _, ks := range [][]*ecdsa.PrivateKey{w.BotKeys, w.TraderKeys} {
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

// Traders returns the world's simulated traders on the gateway.
func (w *World) Traders(gateway string) *Traders {
	return &Traders{Gateway: gateway, Keys: w.TraderKeys, Seed: 1}
}
