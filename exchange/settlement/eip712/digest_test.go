package eip712_test

import (
	"bytes"
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/contracts/gasbench"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
	"github.com/hourglass-exchange/hourglass/internal/evm/devchain"
)

// The worked example of docs/contracts.md, pinned so that a change to the
// Go hashing (or to the example) shows up here.
//
// Domain: name "Hourglass Exchange", version "1", chainId 1337 (the dev
// chain), verifyingContract = the address the dev chain's admin account
// (devchain.Key(0)) gets for its third deployment (nonce 2), which is where
// gasbench.NewEnv deploys the Exchange after the stablecoin and the token.
//
// Order:
//
//	maker          0x63EdB6905ad647555ec4F98899d25c74d5C9DecF (devchain.Key(4), gasbench.FirstTrader)
//	market         0x00000000000000000000000000000000010000233001000101000007a01000a8:
//	               H100 SXM (PCI id 0x2330), region US, tier 1, reservation
//	               window 2027-01-04T00:00Z + 168 h (gasbench's Env.Market)
//	side           1 (sell)
//	price          2500000 (2.50 stablecoin units of 6 decimals per GPU-hour)
//	amount         10 GPU-hours
//	maxFeeBps      10
//	expiry         1799020800 (2027-01-04T00:00:00Z)
//	nonce          7
//	salt           0x9e3779b97f4a7c15
//	signatureType  0 (EOA)
const (
	// exampleMaker is devchain.Key(gasbench.FirstTrader)'s address.
	exampleMaker = "0x63EdB6905ad647555ec4F98899d25c74d5C9DecF"
	// exampleVerifyingContract is crypto.CreateAddress(devchain admin, 2).
	exampleVerifyingContract = "0x7a832fbCbD8ffD9d545e7Fd08836355D2Ff3eAbe"
	// exampleMarket is the instrument id of the example's market.
	exampleMarket = "0x00000000000000000000000000000000010000233001000101000007a01000a8"
	// exampleSeparator, exampleStructHash and exampleDigest are the
	// domain separator, hashStruct(order) and the digest the maker signs.
	exampleSeparator  = "0x024575634faea4d3af764ade4c4945f1370afc6016c5e587443e08b687793973"
	exampleStructHash = "0xf7a9a2a34a8f4922b8e1195d7138b8b3e3756b3f1d42641427dc6f69ffa12b9a"
	exampleDigest     = "0x32d7bb4b54df79104595924771269cfd59559dfdccbdbcdd08e4ef5d67ceac86"
	exampleChainID    = 1337
)

// exampleDomain is the worked example's domain, computed in Go only.
func exampleDomain() eip712.Domain {
	admin := crypto.PubkeyToAddress(devchain.Key(gasbench.Admin).PublicKey)
	return eip712.Domain{ChainID: big.NewInt(exampleChainID), VerifyingContract: crypto.CreateAddress(admin, 2)}
}

// exampleOrder is the worked example's order.
func exampleOrder(t *testing.T) eip712.Order {
	t.Helper()
	in, err := instrument.NewReservation(0x2330, instrument.SXM, instrument.RegionUS, 1, time.Date(2027, 1, 4, 0, 0, 0, 0, time.UTC), 168)
	if err != nil {
		t.Fatal(err)
	}
	id, err := in.Encode()
	if err != nil {
		t.Fatal(err)
	}
	return eip712.Order{
		Maker:         crypto.PubkeyToAddress(devchain.Key(gasbench.FirstTrader).PublicKey),
		Market:        id.Big(),
		Side:          eip712.Sell,
		Price:         big.NewInt(2_500_000),
		Amount:        big.NewInt(10),
		MaxFeeBps:     10,
		Expiry:        1799020800,
		Nonce:         7,
		Salt:          new(big.Int).SetUint64(0x9e3779b97f4a7c15),
		SignatureType: eip712.EOA,
	}
}

// TestDigestWorkedExample pins the worked example's hashes (no chain).
func TestDigestWorkedExample(t *testing.T) {
	d, o := exampleDomain(), exampleOrder(t)
	sep, err := d.Separator()
	if err != nil {
		t.Fatal(err)
	}
	sh, err := o.StructHash()
	if err != nil {
		t.Fatal(err)
	}
	digest, err := eip712.Digest(d, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("worked example: chainId %d, verifyingContract %s", exampleChainID, d.VerifyingContract.Hex())
	t.Logf("  maker %s, market %s", o.Maker.Hex(), common.BigToHash(o.Market).Hex())
	t.Logf("  domain separator %s", sep.Hex())
	t.Logf("  struct hash      %s", sh.Hex())
	t.Logf("  digest           %s", digest.Hex())
	for _, c := range []struct{ what, got, want string }{
		{"maker", o.Maker.Hex(), exampleMaker},
		{"verifying contract", d.VerifyingContract.Hex(), exampleVerifyingContract},
		{"market", common.BigToHash(o.Market).Hex(), exampleMarket},
		{"domain separator", sep.Hex(), exampleSeparator},
		{"struct hash", sh.Hex(), exampleStructHash},
		{"digest", digest.Hex(), exampleDigest},
	} {
		if c.got != c.want {
			t.Errorf("worked example %s = %s, pinned %s", c.what, c.got, c.want)
		}
	}
	// A wallet hashing the typed data gets the same digest.
	h, _, err := apitypes.TypedDataAndHash(eip712.TypedData(d, o))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(h, digest[:]) {
		t.Errorf("TypedDataAndHash = %x, eip712.Digest = %s", h, digest.Hex())
	}
}

// TestDigestMatchesContract checks that the Go digest, separator and type
// hash equal the deployed Exchange's, for the worked example and for
// random orders over the full range of every field, and that go-ethereum's
// typed-data hashing (what wallets sign) agrees.
func TestDigestMatchesContract(t *testing.T) {
	e, err := gasbench.NewEnv(gasbench.FirstTrader+1, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = e.Close() })

	typeHash, err := bind.Call(e.ExchangeI, nil, e.ExB.PackORDERTYPEHASH(), e.ExB.UnpackORDERTYPEHASH)
	if err != nil {
		t.Fatal(err)
	}
	if common.Hash(typeHash) != eip712.OrderTypeHash {
		t.Errorf("ORDER_TYPEHASH = %x, eip712.OrderTypeHash = %s", typeHash, eip712.OrderTypeHash.Hex())
	}
	sep, err := bind.Call(e.ExchangeI, nil, e.ExB.PackDomainSeparator(), e.ExB.UnpackDomainSeparator)
	if err != nil {
		t.Fatal(err)
	}
	goSep, err := e.Domain.Separator()
	if err != nil {
		t.Fatal(err)
	}
	if common.Hash(sep) != goSep {
		t.Errorf("domainSeparator() = %x, Go %s (chain %s, contract %s)", sep, goSep.Hex(), e.Domain.ChainID, e.Domain.VerifyingContract.Hex())
	}
	if e.Domain.ChainID.Int64() != exampleChainID {
		t.Errorf("dev chain id %s, the worked example assumes %d", e.Domain.ChainID, exampleChainID)
	}

	check := func(name string, d eip712.Domain, o eip712.Order) common.Hash {
		t.Helper()
		want, err := eip712.Digest(d, o)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got, err := bind.Call(e.ExchangeI, nil, e.ExB.PackHashOrder(toBinding(o)), e.ExB.UnpackHashOrder)
		if err != nil {
			t.Fatalf("%s: hashOrder: %v", name, err)
		}
		if common.Hash(got) != want {
			t.Errorf("%s: hashOrder = %x, eip712.Digest = %s\norder %+v", name, got, want.Hex(), o)
		}
		h, _, err := apitypes.TypedDataAndHash(eip712.TypedData(d, o))
		if err != nil {
			t.Fatalf("%s: TypedDataAndHash: %v", name, err)
		}
		if !bytes.Equal(h, want[:]) {
			t.Errorf("%s: TypedDataAndHash = %x, eip712.Digest = %s\norder %+v", name, h, want.Hex(), o)
		}
		return want
	}

	// The worked example on this deployment; where the dev chain put the
	// Exchange at the example's address, the digest is the pinned one.
	ex := exampleOrder(t)
	got := check("worked example", e.Domain, ex)
	if e.Exchange == exampleDomain().VerifyingContract {
		if got.Hex() != exampleDigest {
			t.Errorf("worked example on the dev chain: digest %s, pinned %s", got.Hex(), exampleDigest)
		}
	} else {
		t.Logf("NewEnv deployed the Exchange at %s, not at the worked example's %s: pinned digest not compared on chain",
			e.Exchange.Hex(), exampleDomain().VerifyingContract.Hex())
	}

	// Random orders. A wallet that signs the typed-data hash produces a
	// signature that recovers to the maker over eip712.Digest.
	rng := rand.New(rand.NewPCG(712, 1337))
	key := devchain.Key(gasbench.FirstTrader)
	n := 200
	if testing.Short() {
		n = 50
	}
	for i := range n {
		o := randomOrder(rng)
		if i%20 == 0 {
			o.Maker = crypto.PubkeyToAddress(key.PublicKey)
		}
		digest := check(fmt.Sprintf("random order %d", i), e.Domain, o)
		if i%20 == 0 {
			h, _, err := apitypes.TypedDataAndHash(eip712.TypedData(e.Domain, o))
			if err != nil {
				t.Fatal(err)
			}
			sig, err := crypto.Sign(h, key)
			if err != nil {
				t.Fatal(err)
			}
			sig[64] += 27
			who, err := eip712.Recover(e.Domain, o, sig)
			if err != nil || who != o.Maker {
				t.Errorf("random order %d: wallet signature over the typed data recovers to %s (%v), want maker %s (digest %s)",
					i, who.Hex(), err, o.Maker.Hex(), digest.Hex())
			}
		}
	}
}

func toBinding(o eip712.Order) bindings.ExchangeOrder {
	return bindings.ExchangeOrder{
		Maker: o.Maker, Market: o.Market, Side: uint8(o.Side), Price: o.Price, Amount: o.Amount,
		MaxFeeBps: o.MaxFeeBps, Expiry: o.Expiry, Nonce: o.Nonce, Salt: o.Salt, SignatureType: uint8(o.SignatureType),
	}
}

// randomBits returns a random value below 2^bits: zero, the maximum, or a
// random value of a random length (so small and large values both occur).
func randomBits(rng *rand.Rand, bits int) *big.Int {
	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(bits)), big.NewInt(1))
	switch rng.IntN(8) {
	case 0:
		return new(big.Int)
	case 1:
		return max
	}
	n := 1 + rng.IntN(bits)
	x := new(big.Int)
	for x.BitLen() < n {
		x.Lsh(x, 64).Or(x, new(big.Int).SetUint64(rng.Uint64()))
	}
	x.Rsh(x, uint(x.BitLen()-n))
	return x
}

func randomOrder(rng *rand.Rand) eip712.Order {
	var maker common.Address
	for i := range maker {
		maker[i] = byte(rng.Uint32())
	}
	return eip712.Order{
		Maker:         maker,
		Market:        randomBits(rng, 256),
		Side:          eip712.Side(randomBits(rng, 8).Uint64()),
		Price:         randomBits(rng, 256),
		Amount:        randomBits(rng, 256),
		MaxFeeBps:     uint16(randomBits(rng, 16).Uint64()),
		Expiry:        randomBits(rng, 64).Uint64(),
		Nonce:         randomBits(rng, 64).Uint64(),
		Salt:          randomBits(rng, 256),
		SignatureType: eip712.SignatureType(randomBits(rng, 8).Uint64()),
	}
}
