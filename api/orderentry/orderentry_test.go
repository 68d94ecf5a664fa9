package orderentry

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/api/auth"
	"github.com/hourglass-exchange/hourglass/api/marketdata"
	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
	"github.com/hourglass-exchange/hourglass/internal/evm/devchain"
)

const (
	usdc    = exchange.AssetID(0)
	h100    = exchange.AssetID(1)
	nowUnix = 1_798_000_000 // before the window
)

// world is an engine with one H100 market (tick 0.0001 USDC, lot 1 GPU-hour)
// and the market-data feed that names it, plus an account with both assets.
type world struct {
	eng    *exchange.Engine
	feed   *marketdata.Feed
	entry  *Entry
	key    *ecdsa.PrivateKey
	maker  common.Address
	symbol string
	seq    uint64
}

func newWorld(t testing.TB) *world {
	t.Helper()
	in, err := instrument.NewReservation(0x2330, instrument.SXM, instrument.RegionUS, 1, time.Date(2027, 1, 4, 0, 0, 0, 0, time.UTC), 168)
	if err != nil {
		t.Fatal(err)
	}
	id, err := in.Encode()
	if err != nil {
		t.Fatal(err)
	}
	key, _ := crypto.HexToECDSA("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
	w := &world{eng: exchange.New(exchange.Config{}), feed: marketdata.New(marketdata.Config{}), key: key,
		maker: crypto.PubkeyToAddress(key.PublicKey), symbol: in.Symbol()}
	w.entry = &Entry{
		Domain:  eip712.Domain{ChainID: big.NewInt(1337), VerifyingContract: common.HexToAddress("0x7a832fbCbD8ffD9d545e7Fd08836355D2Ff3eAbe")},
		Markets: w.feed,
		Now:     func() uint64 { return nowUnix },
	}
	spec := &exchange.MarketSpec{Instrument: id, Symbol: in.Symbol(), BaseAsset: h100, QuoteAsset: usdc,
		TickSize: 100, LotSize: 1, MinNotional: 1, MaxPrice: 1 << 30, MaxQty: 1 << 20, MakerFeeBps: 2, TakerFeeBps: 5}
	w.apply(t, exchange.Command{Kind: exchange.CmdAddMarket, Spec: spec})
	w.apply(t, exchange.Command{Kind: exchange.CmdOpenAccount, Address: w.maker})
	w.apply(t, exchange.Command{Kind: exchange.CmdDeposit, Asset: usdc, Amount: 1e12})
	w.apply(t, exchange.Command{Kind: exchange.CmdDeposit, Asset: h100, Amount: 1000})
	return w
}

func (w *world) apply(t testing.TB, c exchange.Command) []exchange.Event {
	t.Helper()
	w.seq++
	c.Seq, c.Time = w.seq, nowUnix*1e9
	evs := w.eng.Apply(&c)
	w.feed.Apply(&c, evs)
	return evs
}

// sign fills in the signature of p as the world's key would, for the order
// Prepare will build (the test computes the signed fields independently).
func (w *world) sign(t testing.TB, p Place, price, amount int64) Place {
	t.Helper()
	m, _ := w.feed.MarketBySymbol(w.symbol)
	nonce, _ := strconv.ParseUint(p.ClientOrderID, 10, 64)
	salt := new(big.Int)
	if p.Salt != "" {
		salt, _ = new(big.Int).SetString(p.Salt, 0)
	}
	side := eip712.Buy
	if p.Side == "sell" {
		side = eip712.Sell
	}
	o := eip712.Order{Maker: w.maker, Market: instrument.ID(m.Spec.Instrument).Big(), Side: side,
		Price: big.NewInt(price), Amount: big.NewInt(amount), MaxFeeBps: p.MaxFeeBps, Expiry: p.Expiry,
		Nonce: nonce, Salt: salt}
	sig, err := eip712.Sign(w.key, w.entry.Domain, o)
	if err != nil {
		t.Fatal(err)
	}
	p.Signature = hexutil.Encode(sig)
	return p
}

// TestPrepareEngineAndContractAgree: a signed limit order becomes the engine
// command whose notional is the contract's, carries its signed order as
// meta, is accepted by the engine, and its nonce cannot be used twice.
func TestPrepareEngineAndContractAgree(t *testing.T) {
	w := newWorld(t)
	p := w.sign(t, Place{Market: w.symbol, Side: "buy", Price: "2.5000", Size: "10", ClientOrderID: "7",
		Expiry: nowUnix + 3600, MaxFeeBps: 10, Salt: "0x9e3779b97f4a7c15"}, 2_500_000, 10)
	got, err := w.entry.Prepare(context.Background(), w.maker, p)
	if err != nil {
		t.Fatal(err)
	}
	c := got.Command
	// 2.5 USDC = 2,500,000 base units = 25,000 ticks of 100.
	if c.Kind != exchange.CmdPlace || c.Side != exchange.Buy || c.Price != 25_000 || c.Qty != 10 ||
		c.TIF != exchange.GTD || c.Expiry != (nowUnix+3600)*1e9 || c.Nonce != 7 || c.MaxFeeBps != 10 || c.STP != exchange.STPCancelNewest {
		t.Fatalf("command %+v", c)
	}
	if got.Signed.Price.Int64() != 2_500_000 || got.Signed.Amount.Int64() != 10 {
		t.Fatalf("signed price %s amount %s", got.Signed.Price, got.Signed.Amount)
	}
	back, err := eip712.UnmarshalSigned(c.Meta)
	if err != nil {
		t.Fatal(err)
	}
	if d, _ := eip712.Digest(w.entry.Domain, back.Order); d != got.Digest || !bytes.Equal(back.Signature, got.Signed.Signature) {
		t.Fatal("meta does not hold the signed order")
	}

	c.Account, c.OrderID = 0, 1
	evs := w.apply(t, c)
	if evs[0].Kind != exchange.EvAccepted || evs[0].Nonce != 7 {
		t.Fatalf("engine: %+v", evs[0])
	}
	if meta, ok := w.eng.OrderMeta(1); !ok || !bytes.Equal(meta, c.Meta) {
		t.Fatal("the engine does not keep the signed order with the live order")
	}
	// The same client order id again: the engine refuses it.
	c.OrderID = 2
	if evs := w.apply(t, c); evs[0].Kind != exchange.EvRejected || evs[0].Reason != exchange.ReasonDuplicateNonce {
		t.Fatalf("a reused nonce: %+v", evs[0])
	}
}

// TestPrepareRefuses: every bad field gets its code and no command.
func TestPrepareRefuses(t *testing.T) {
	w := newWorld(t)
	good := Place{Market: w.symbol, Side: "sell", Price: "2.5000", Size: "3", ClientOrderID: "9", MaxFeeBps: 10}
	signed := w.sign(t, good, 2_500_000, 3)
	other, _ := crypto.GenerateKey()
	byOther := eip712.Order{Maker: w.maker, Market: big.NewInt(1), Side: eip712.Sell, Price: big.NewInt(1), Amount: big.NewInt(1), Salt: new(big.Int)}
	otherSig, _ := eip712.Sign(other, w.entry.Domain, byOther)

	for _, tc := range []struct {
		name string
		edit func(p *Place)
		want Code
	}{
		{"unknown market", func(p *Place) { p.Market = "A100-XX" }, CodeUnknownMarket},
		{"side", func(p *Place) { p.Side = "short" }, CodeInvalidSide},
		{"type", func(p *Place) { p.Type = "stop" }, CodeInvalidType},
		{"post-only market", func(p *Place) { p.Type, p.PostOnly = "market", true }, CodeInvalidType},
		{"tif", func(p *Place) { p.TIF = "day" }, CodeInvalidTIF},
		{"gtd market", func(p *Place) { p.Type, p.TIF = "market", "gtd" }, CodeInvalidTIF},
		{"stp", func(p *Place) { p.STP = "maybe" }, CodeInvalidSTP},
		{"price off tick", func(p *Place) { p.Price = "2.50005" }, CodeInvalidPrice},
		{"price zero", func(p *Place) { p.Price = "0" }, CodeInvalidPrice},
		{"price negative", func(p *Place) { p.Price = "-2.5" }, CodeInvalidPrice},
		{"price not a number", func(p *Place) { p.Price = "2,5" }, CodeInvalidPrice},
		{"size fraction", func(p *Place) { p.Size = "1.5" }, CodeInvalidSize},
		{"size zero", func(p *Place) { p.Size = "0" }, CodeInvalidSize},
		{"client id zero", func(p *Place) { p.ClientOrderID = "0" }, CodeInvalidClientID},
		{"client id text", func(p *Place) { p.ClientOrderID = "abc" }, CodeInvalidClientID},
		{"client id too big", func(p *Place) { p.ClientOrderID = "18446744073709551616" }, CodeInvalidClientID},
		{"expired", func(p *Place) { p.Expiry = nowUnix }, CodeOrderExpired},
		{"expiry in ms", func(p *Place) { p.Expiry = nowUnix * 1000 }, CodeInvalidExpiry},
		{"gtd without expiry", func(p *Place) { p.TIF = "gtd" }, CodeInvalidExpiry},
		{"salt", func(p *Place) { p.Salt = "0xzz" }, CodeInvalidSalt},
		{"salt too big", func(p *Place) { p.Salt = "0x1" + string(bytes.Repeat([]byte("0"), 64)) }, CodeInvalidSalt},
		{"signature not hex", func(p *Place) { p.Signature = "nope" }, CodeInvalidSignature},
		{"signature short", func(p *Place) { p.Signature = p.Signature[:100] }, CodeInvalidSignature},
		{"signature type", func(p *Place) { p.SignatureType = "bls" }, CodeInvalidSignature},
		{"signed by another key", func(p *Place) { p.Signature = hexutil.Encode(otherSig) }, CodeSignatureMismatch},
		// Any change to a signed field breaks the signature.
		{"price changed after signing", func(p *Place) { p.Price = "2.4999" }, CodeSignatureMismatch},
		{"size changed after signing", func(p *Place) { p.Size = "4" }, CodeSignatureMismatch},
		{"fee changed after signing", func(p *Place) { p.MaxFeeBps = 11 }, CodeSignatureMismatch},
		{"nonce changed after signing", func(p *Place) { p.ClientOrderID = "10" }, CodeSignatureMismatch},
		{"side changed after signing", func(p *Place) { p.Side = "buy" }, CodeSignatureMismatch},
		{"contract signature without a checker", func(p *Place) { p.SignatureType = "contract" }, CodeContractCall},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := signed
			tc.edit(&p)
			_, err := w.entry.Prepare(context.Background(), w.maker, p)
			if got := CodeOf(err); got != tc.want {
				t.Fatalf("code %q (%v), want %q", got, err, tc.want)
			}
		})
	}
	if _, err := w.entry.Prepare(context.Background(), w.maker, signed); err != nil {
		t.Fatalf("the untouched order is refused: %v", err)
	}
}

// contractWallet is a hand-written fake of an EIP-1271 wallet.
type contractWallet struct {
	isValid func(wallet common.Address, digest common.Hash, sig []byte) (bool, error)
}

func (c contractWallet) IsValidSignature(_ context.Context, wallet common.Address, digest common.Hash, sig []byte) (bool, error) {
	return c.isValid(wallet, digest, sig)
}

// TestPrepareContractWallet: a DAO wallet's order goes through the wallet's
// answer for exactly the order's digest; a refusal and an unreachable wallet
// get their own codes.
func TestPrepareContractWallet(t *testing.T) {
	w := newWorld(t)
	safe := common.HexToAddress("0x5afe5afe5afe5afe5afe5afe5afe5afe5afe5afe")
	p := Place{Market: w.symbol, Side: "buy", Type: "market", Price: "3.0000", Size: "2", ClientOrderID: "1",
		MaxFeeBps: 5, SignatureType: "contract", Signature: "0x0102030405"}
	var asked common.Hash
	answer, callErr := true, error(nil)
	w.entry.Contracts = contractWallet{func(wallet common.Address, digest common.Hash, sig []byte) (bool, error) {
		if wallet != safe || !bytes.Equal(sig, []byte{1, 2, 3, 4, 5}) {
			t.Errorf("asked %s with %x", wallet, sig)
		}
		asked = digest
		return answer, callErr
	}}
	got, err := w.entry.Prepare(context.Background(), safe, p)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := eip712.Digest(w.entry.Domain, got.Signed.Order)
	if asked != got.Digest || asked != want || got.Signed.SignatureType != eip712.Contract {
		t.Fatal("the wallet was not asked about the order's digest")
	}
	if got.Command.TIF != exchange.IOC || got.Command.Price != 30_000 {
		t.Fatalf("a market order is IOC at its signed worst price: %+v", got.Command)
	}
	back, err := eip712.UnmarshalSigned(got.Command.Meta)
	if err != nil || !bytes.Equal(back.Signature, []byte{1, 2, 3, 4, 5}) || back.SignatureType != eip712.Contract {
		t.Fatalf("meta: %+v %v", back, err)
	}
	answer = false
	if _, err := w.entry.Prepare(context.Background(), safe, p); CodeOf(err) != CodeContractRejected {
		t.Fatalf("a refusing wallet: %v", err)
	}
	callErr = errors.New("node unreachable")
	if _, err := w.entry.Prepare(context.Background(), safe, p); CodeOf(err) != CodeContractCall || !errors.Is(err, callErr) {
		t.Fatalf("an unreachable wallet: %v", err)
	}
}

var _ ContractSignatures = auth.ContractSignatures{}

// TestPrepareRealContractWallet: a DAO-style EIP-1271 wallet deployed on the
// simulated chain (contracts/src/test/TestWallet1271.sol) approves an order
// its owner signed and refuses one signed by anybody else, through
// auth.ContractSignatures as the gateway wires it.
func TestPrepareRealContractWallet(t *testing.T) {
	w := newWorld(t)
	chain := devchain.New(2)
	defer chain.Close()
	owner := chain.Keys[1]
	walletB := bindings.NewTestWallet1271()
	wallet, _, err := chain.Deploy(0, &bindings.TestWallet1271MetaData, walletB.PackConstructor(chain.Addrs[1], 0))
	if err != nil {
		t.Fatal(err)
	}
	w.entry.Contracts = auth.ContractSignatures{Caller: chain.Client}
	// The wallet must be an account of the engine for the command to go in;
	// Prepare itself does not care.
	p := Place{Market: w.symbol, Side: "buy", Price: "2.0000", Size: "5", ClientOrderID: "3", MaxFeeBps: 10, SignatureType: "contract"}
	m, _ := w.feed.MarketBySymbol(w.symbol)
	o := eip712.Order{Maker: wallet, Market: instrument.ID(m.Spec.Instrument).Big(), Side: eip712.Buy,
		Price: big.NewInt(2_000_000), Amount: big.NewInt(5), MaxFeeBps: 10, Nonce: 3, Salt: new(big.Int), SignatureType: eip712.Contract}
	sign := func(k *ecdsa.PrivateKey) string {
		sig, err := eip712.Sign(k, w.entry.Domain, o)
		if err != nil {
			t.Fatal(err)
		}
		return hexutil.Encode(sig)
	}
	p.Signature = sign(owner)
	if _, err := w.entry.Prepare(context.Background(), wallet, p); err != nil {
		t.Fatalf("the owner's order through the wallet: %v", err)
	}
	p.Signature = sign(chain.Keys[0])
	if _, err := w.entry.Prepare(context.Background(), wallet, p); CodeOf(err) != CodeContractRejected {
		t.Fatalf("a stranger's signature through the wallet: %v", err)
	}
}

// TestPrepareSettlementHorizon: with a horizon of 15 s, an order expiring
// within it of now is refused order_expires_too_soon (a fill of it could
// reach the chain after the contract holds it expired), and one a second
// beyond it is taken as a GTD order. The refusal comes before the
// signature is checked, so the expiry need not be signed for.
func TestPrepareSettlementHorizon(t *testing.T) {
	w := newWorld(t)
	w.entry.Horizon = 15
	for _, tc := range []struct {
		expiry uint64
		want   Code
	}{
		{nowUnix, CodeOrderExpired},
		{nowUnix + 1, CodeExpiresTooSoon},
		{nowUnix + 15, CodeExpiresTooSoon},
	} {
		p := Place{Market: w.symbol, Side: "sell", Price: "2.5000", Size: "3", ClientOrderID: "9", MaxFeeBps: 10, Expiry: tc.expiry}
		p = w.sign(t, p, 2_500_000, 3)
		if _, err := w.entry.Prepare(context.Background(), w.maker, p); CodeOf(err) != tc.want {
			t.Fatalf("expiry now+%d: %v, want %s", tc.expiry-nowUnix, err, tc.want)
		}
	}
	p := w.sign(t, Place{Market: w.symbol, Side: "sell", Price: "2.5000", Size: "3", ClientOrderID: "9", MaxFeeBps: 10, Expiry: nowUnix + 16}, 2_500_000, 3)
	got, err := w.entry.Prepare(context.Background(), w.maker, p)
	if err != nil || got.Command.TIF != exchange.GTD || got.Command.Expiry != int64(nowUnix+16)*1e9 {
		t.Fatalf("expiry beyond the horizon: %v %+v", err, got.Command)
	}
}
