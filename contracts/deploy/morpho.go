package deploy

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/bindings/morpho"
)

// Morpho Blue (docs/contracts.md, "Third-party contracts") is a lending
// market the tests use to show that wrapped GPU-hours work as collateral
// in a real, unmodified DeFi protocol. It is not part of a deployment of
// the exchange: Deploy never deploys it, and this file keeps no
// package-level binding of it, so that a binary that never calls these
// functions (hourglass) links none of Morpho's code.

// wad is 1e18, Morpho's fixed-point one: an LLTV is below it.
var wad = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// DeployMorpho deploys Morpho Blue 1.0.0's Morpho, owned by key's address,
// and its IrmMock (the package's only interest rate model: the borrow rate
// per second is the utilisation divided by a year), from key, and enables
// the IrmMock in Morpho (enableIrm). Markets are then created with
// CreateMorphoMarket. It returns once everything is mined.
func DeployMorpho(ctx context.Context, b Backend, key *ecdsa.PrivateKey) (morphoAddr, irmAddr common.Address, err error) {
	s, err := newSender(ctx, b, key)
	if err != nil {
		return common.Address{}, common.Address{}, err
	}
	morphoB := morpho.NewMorpho()
	if morphoAddr, _, err = s.deployBin(ctx, morpho.MorphoMetaData.Bin, morphoB.PackConstructor(s.from)); err != nil {
		return common.Address{}, common.Address{}, fmt.Errorf("deploy Morpho: %w", err)
	}
	if irmAddr, _, err = s.deployBin(ctx, morpho.IrmMockMetaData.Bin, nil); err != nil {
		return common.Address{}, common.Address{}, fmt.Errorf("deploy IrmMock: %w", err)
	}
	s.send(morphoAddr, morphoB.PackEnableIrm(irmAddr))
	if err := s.flush(ctx); err != nil {
		return common.Address{}, common.Address{}, fmt.Errorf("deploy: Morpho enableIrm: %w", err)
	}
	return morphoAddr, irmAddr, nil
}

// MorphoMarketID is the id Morpho files the market of p under:
// keccak256(abi.encode(p)), MarketParamsLib.id.
func MorphoMarketID(p morpho.MarketParams) [32]byte {
	var enc [5 * 32]byte
	copy(enc[12:32], p.LoanToken[:])
	copy(enc[44:64], p.CollateralToken[:])
	copy(enc[76:96], p.Oracle[:])
	copy(enc[108:128], p.Irm[:])
	if p.Lltv != nil {
		p.Lltv.FillBytes(enc[128:160])
	}
	return crypto.Keccak256Hash(enc[:])
}

// CreateMorphoMarket creates the market of p in the Morpho at morphoAddr
// from owner, Morpho's owner, enabling p.Lltv first (enableLltv) unless it
// is already, and returns the market's id (MorphoMarketID). It refuses,
// sending nothing, an LLTV outside [0, 1e18), an IRM that Morpho has not
// enabled, a market that already exists and an LLTV to enable when owner
// is not Morpho's owner (creating a market needs no role). Morpho does not look at the
// tokens or the oracle when it creates a market: they are what p names.
func CreateMorphoMarket(ctx context.Context, b Backend, owner *ecdsa.PrivateKey, morphoAddr common.Address, p morpho.MarketParams) ([32]byte, error) {
	id, morphoB := MorphoMarketID(p), morpho.NewMorpho()
	if p.Lltv == nil || p.Lltv.Sign() < 0 || p.Lltv.Cmp(wad) >= 0 {
		return id, fmt.Errorf("deploy: Morpho market: LLTV %v is not in [0, 1e18)", p.Lltv)
	}
	call := func(data []byte) ([]byte, error) {
		return b.CallContract(ctx, ethereum.CallMsg{To: &morphoAddr, Data: data}, nil)
	}
	out, err := call(morphoB.PackIsIrmEnabled(p.Irm))
	if err != nil {
		return id, fmt.Errorf("deploy: Morpho market: isIrmEnabled: %w", err)
	}
	if ok, err := morphoB.UnpackIsIrmEnabled(out); err != nil {
		return id, fmt.Errorf("deploy: Morpho market: isIrmEnabled: %w", err)
	} else if !ok {
		return id, fmt.Errorf("deploy: Morpho market: IRM %s is not enabled in %s", p.Irm, morphoAddr)
	}
	if out, err = call(morphoB.PackMarket(id)); err != nil {
		return id, fmt.Errorf("deploy: Morpho market: market: %w", err)
	}
	if m, err := morphoB.UnpackMarket(out); err != nil {
		return id, fmt.Errorf("deploy: Morpho market: market: %w", err)
	} else if m.LastUpdate.Sign() != 0 {
		return id, fmt.Errorf("deploy: Morpho market %x already exists", id)
	}
	if out, err = call(morphoB.PackIsLltvEnabled(p.Lltv)); err != nil {
		return id, fmt.Errorf("deploy: Morpho market: isLltvEnabled: %w", err)
	}
	enabled, err := morphoB.UnpackIsLltvEnabled(out)
	if err != nil {
		return id, fmt.Errorf("deploy: Morpho market: isLltvEnabled: %w", err)
	}
	s, err := newSender(ctx, b, owner)
	if err != nil {
		return id, err
	}
	if !enabled {
		if out, err = call(morphoB.PackOwner()); err != nil {
			return id, fmt.Errorf("deploy: Morpho market: owner: %w", err)
		}
		if o, err := morphoB.UnpackOwner(out); err != nil {
			return id, fmt.Errorf("deploy: Morpho market: owner: %w", err)
		} else if o != s.from {
			return id, fmt.Errorf("deploy: Morpho market: LLTV %v is not enabled and %s is not Morpho's owner (%s)", p.Lltv, s.from, o)
		}
		s.send(morphoAddr, morphoB.PackEnableLltv(p.Lltv))
	}
	s.send(morphoAddr, morphoB.PackCreateMarket(p))
	if err := s.flush(ctx); err != nil {
		return id, fmt.Errorf("deploy: Morpho market %x: %w", id, err)
	}
	return id, nil
}
