package settlement

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
)

// TestBuildSpotSellerNoFee: in a spot market the batch gives the seller's
// side a fee rate of 0, whether it took or made, and the buyer its role's
// rate; a reservation market's fills keep the market's rates.
func TestBuildSpotSellerNoFee(t *testing.T) {
	in, err := instrument.NewSpot(instrument.GPUH100SXM, instrument.SXM, instrument.RegionUS, 1, 4)
	if err != nil {
		t.Fatal(err)
	}
	spotID, _ := in.Encode()
	specs := map[exchange.MarketID]exchange.MarketSpec{
		0: {Instrument: spotID, BaseAsset: 1, TickSize: 1, LotSize: 4, MaxPrice: 100, MaxQty: 100, MakerFeeBps: 3, TakerFeeBps: 7},
		1: {Instrument: [32]byte{31: 9}, BaseAsset: 2, TickSize: 1, LotSize: 1, MaxPrice: 100, MaxQty: 100, MakerFeeBps: 3, TakerFeeBps: 7},
	}
	meta := func(n uint64) []byte {
		b, err := eip712.MarshalSigned(eip712.SignedOrder{Order: eip712.Order{Maker: common.Address{byte(n)}, Market: big.NewInt(1), Side: eip712.Buy,
			Price: big.NewInt(1), Amount: big.NewInt(1), Nonce: n, Salt: big.NewInt(0)}, Signature: make([]byte, 65)})
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	fill := func(m exchange.MarketID, takerSide exchange.Side, t, mk exchange.OrderID) exchange.PendingFill {
		return exchange.PendingFill{ID: exchange.FillID{Market: m, Seq: uint64(t)}, TakerOrder: t, MakerOrder: mk, TakerSide: takerSide,
			Qty: 2, Price: 5, TakerMeta: meta(uint64(t)), MakerMeta: meta(uint64(mk))}
	}
	fills := []exchange.PendingFill{
		fill(0, exchange.Buy, 1, 2),  // the buyer takes: taker 7, maker (seller) 0
		fill(0, exchange.Sell, 3, 4), // the seller takes: taker 0, maker (buyer) 3
		fill(1, exchange.Sell, 5, 6), // not spot: 7 and 3
	}
	b, err := Build(fills, func(m exchange.MarketID) (exchange.MarketSpec, bool) { s, ok := specs[m]; return s, ok })
	if err != nil {
		t.Fatal(err)
	}
	var want []byte
	for i, f := range []eip712.Fill{
		{Taker: 0, Maker: 1, Qty: big.NewInt(8), TakerFeeBps: 7, MakerFeeBps: 0},
		{Taker: 2, Maker: 3, Qty: big.NewInt(8), TakerFeeBps: 0, MakerFeeBps: 3},
		{Taker: 4, Maker: 5, Qty: big.NewInt(2), TakerFeeBps: 7, MakerFeeBps: 3},
	} {
		if want, err = eip712.EncodeFill(want, f); err != nil {
			t.Fatal(i, err)
		}
	}
	if !bytes.Equal(b.Fills, want) {
		t.Fatalf("fills\n%x\nwant\n%x", b.Fills, want)
	}
}
