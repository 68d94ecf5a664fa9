package orderentry

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
)

// FuzzPrepare feeds order.place params (JSON, as they arrive) with a
// signature through Prepare: it never panics, every refusal carries a code,
// and whatever it accepts is the maker's signature over exactly the order
// it returns, with meta that decodes to that signed order.
func FuzzPrepare(f *testing.F) {
	w := newWorld(f)
	good := w.sign(f, Place{Market: w.symbol, Side: "buy", Price: "2.5000", Size: "10", ClientOrderID: "7",
		Expiry: nowUnix + 3600, MaxFeeBps: 10, Salt: "0x9e3779b97f4a7c15"}, 2_500_000, 10)
	seed, _ := json.Marshal(good)
	sig, _ := hexutil.Decode(good.Signature)
	f.Add(seed, sig)
	f.Add([]byte(`{"market":"`+w.symbol+`","side":"sell","type":"market","price":"1e3","size":"1","client_order_id":"1"}`), sig)
	f.Add([]byte(`{"side":"buy","price":"-0","size":"0.0","client_order_id":"18446744073709551615","signature_type":"contract"}`), []byte{1})
	f.Fuzz(func(t *testing.T, params []byte, sig []byte) {
		var p Place
		if json.Unmarshal(params, &p) != nil {
			return
		}
		p.Signature = hexutil.Encode(sig)
		got, err := w.entry.Prepare(context.Background(), w.maker, p)
		if err != nil {
			if CodeOf(err) == "" {
				t.Fatalf("a refusal without a code: %v", err)
			}
			return
		}
		if signer, err := eip712.Recover(w.entry.Domain, got.Signed.Order, got.Signed.Signature); err != nil || signer != w.maker {
			t.Fatalf("accepted an order not signed by the maker: %v %v", signer, err)
		}
		if d, _ := eip712.Digest(w.entry.Domain, got.Signed.Order); d != got.Digest {
			t.Fatal("the digest is not the returned order's")
		}
		back, err := eip712.UnmarshalSigned(got.Command.Meta)
		if err != nil || !bytes.Equal(back.Signature, got.Signed.Signature) || back.Price.Cmp(got.Signed.Price) != 0 ||
			back.Amount.Cmp(got.Signed.Amount) != 0 || back.Nonce != got.Command.Nonce {
			t.Fatalf("meta %+v does not hold the signed order %+v (%v)", back, got.Signed, err)
		}
		if got.Command.Price <= 0 || got.Command.Qty <= 0 {
			t.Fatalf("accepted a command with price %d qty %d", got.Command.Price, got.Command.Qty)
		}
	})
}
