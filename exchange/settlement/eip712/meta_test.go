package eip712

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestSignedRoundTrip(t *testing.T) {
	base := Order{
		Maker: common.HexToAddress("0x63EdB6905ad647555ec4F98899d25c74d5C9DecF"), Market: big.NewInt(0x2330),
		Side: Sell, Price: big.NewInt(2_500_000), Amount: big.NewInt(10), MaxFeeBps: 10,
		Expiry: 1799020800, Nonce: 7, Salt: new(big.Int).Lsh(big.NewInt(1), 255),
	}
	eoa := SignedOrder{Order: base, Signature: bytes.Repeat([]byte{0xab}, 65)}
	contract := SignedOrder{Order: base, Signature: []byte("a Safe's concatenated owner signatures")}
	contract.SignatureType = Contract
	for _, o := range []SignedOrder{eoa, contract} {
		b, err := MarshalSigned(o)
		if err != nil {
			t.Fatal(err)
		}
		got, err := UnmarshalSigned(b)
		if err != nil {
			t.Fatal(err)
		}
		d := Domain{ChainID: big.NewInt(1337)}
		h1, _ := Digest(d, o.Order)
		h2, _ := Digest(d, got.Order)
		if h1 != h2 || !bytes.Equal(got.Signature, o.Signature) || got.SignatureType != o.SignatureType {
			t.Fatalf("round trip changed the order: %+v -> %+v", o, got)
		}
		again, _ := MarshalSigned(got)
		if !bytes.Equal(again, b) {
			t.Fatal("marshal is not canonical")
		}
		// Truncated or padded bytes are refused.
		for _, bad := range [][]byte{b[:OrderRecordSize-1], append(append([]byte(nil), b...), 0)} {
			if _, err := UnmarshalSigned(bad); err == nil {
				t.Fatalf("UnmarshalSigned accepted %d bytes", len(bad))
			}
		}
	}
}
