// Package settlement turns the engine's settlement batches into the
// Exchange contract's settle calls (docs/settlement.md). This file is the
// pure part: a batch of the engine's fills and the signed orders behind
// them become the exact calldata the contract checks, so that every fill
// the engine matched is one the contract settles at the same price, size
// and fees.
package settlement

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
)

// ErrMissingOrder is returned when a fill's order has no signed order: the
// engine matched an order that was placed without one.
var ErrMissingOrder = errors.New("settlement: no signed order for a filled order")

// Specs finds a market's spec.
type Specs func(exchange.MarketID) (exchange.MarketSpec, bool)

// Build encodes the engine's fills of one batch, in order, as the
// contract's settle arguments: each order once (its signed order is the
// place command's Meta, which the engine keeps with every pending fill),
// each fill naming its taker and maker orders, the quantity in token units (lots x lot size) and the
// market's fee rates, which the engine charged with the same floor
// rounding as the contract (in a spot market the seller's rate is 0).
func Build(fills []exchange.PendingFill, specs Specs) (eip712.Batch, error) {
	index := map[exchange.OrderID]uint16{}
	var signed []eip712.SignedOrder
	order := func(id exchange.OrderID, meta []byte) (uint16, error) {
		if i, ok := index[id]; ok {
			return i, nil
		}
		if len(meta) == 0 {
			return 0, fmt.Errorf("%w: order %d", ErrMissingOrder, id)
		}
		so, err := eip712.UnmarshalSigned(meta)
		if err != nil {
			return 0, fmt.Errorf("settlement: order %d: %w", id, err)
		}
		if len(signed) >= eip712.MaxBatchOrders {
			return 0, fmt.Errorf("settlement: more than %d orders in one batch", eip712.MaxBatchOrders)
		}
		i := uint16(len(signed))
		index[id] = i
		signed = append(signed, so)
		return i, nil
	}
	out := make([]eip712.Fill, 0, len(fills))
	for _, f := range fills {
		spec, ok := specs(f.ID.Market)
		if !ok {
			return eip712.Batch{}, fmt.Errorf("settlement: fill %v: unknown market", f.ID)
		}
		t, err := order(f.TakerOrder, f.TakerMeta)
		if err != nil {
			return eip712.Batch{}, err
		}
		m, err := order(f.MakerOrder, f.MakerMeta)
		if err != nil {
			return eip712.Batch{}, err
		}
		takerBps, makerBps := uint16(spec.TakerFeeBps), uint16(spec.MakerFeeBps)
		if spec.SpotHours() != 0 {
			// The seller of a spot market pays no fee (its pay comes
			// from escrow per delivered hour); the contract skips a spot
			// fill whose seller fee is not 0.
			if f.TakerSide == exchange.Sell {
				takerBps = 0
			} else {
				makerBps = 0
			}
		}
		out = append(out, eip712.Fill{Taker: t, Maker: m,
			Qty:         new(big.Int).Mul(big.NewInt(f.Qty), big.NewInt(spec.LotSize)),
			TakerFeeBps: takerBps, MakerFeeBps: makerBps})
	}
	return eip712.EncodeBatch(signed, out)
}

// SignPlace signs the EIP-712 order behind an engine place command, as a
// wallet would, and returns the command with it as Meta: price = ticks x
// tick size, amount = lots x lot size, the command's nonce, max fee and
// expiry (GTD, in seconds), salt 0. The demo's bots and the tests trade
// with it; traders sign through the gateway (api/orderentry).
func SignPlace(key *ecdsa.PrivateKey, d eip712.Domain, spec exchange.MarketSpec, c exchange.Command) (exchange.Command, error) {
	if c.Kind != exchange.CmdPlace || c.Nonce == 0 || c.MaxFeeBps < 0 || c.MaxFeeBps > 0xffff {
		return c, errors.New("settlement: SignPlace wants a place command with a nonce and a max fee")
	}
	o := eip712.Order{Maker: crypto.PubkeyToAddress(key.PublicKey), Market: new(big.Int).SetBytes(spec.Instrument[:]),
		Side: eip712.Buy, Price: new(big.Int).Mul(big.NewInt(c.Price), big.NewInt(spec.TickSize)),
		Amount: new(big.Int).Mul(big.NewInt(c.Qty), big.NewInt(spec.LotSize)), MaxFeeBps: uint16(c.MaxFeeBps),
		Nonce: c.Nonce, Salt: new(big.Int)}
	if c.Side == exchange.Sell {
		o.Side = eip712.Sell
	}
	if c.TIF == exchange.GTD {
		o.Expiry = uint64(c.Expiry / 1e9)
	}
	sig, err := eip712.Sign(key, d, o)
	if err != nil {
		return c, err
	}
	meta, err := eip712.MarshalSigned(eip712.SignedOrder{Order: o, Signature: sig})
	if err != nil {
		return c, err
	}
	c.Meta = meta
	return c, nil
}
