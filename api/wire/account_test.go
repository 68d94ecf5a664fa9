package wire

import (
	"bytes"
	"encoding/json"
	"testing"
)

// TestPrivateUpdateBytes: the publisher's hand-built update envelope is
// byte for byte what json.Marshal writes, and a gateway that applies it
// (decoding it as it comes off the bus) ends in the same state as the
// publisher.
func TestPrivateUpdateBytes(t *testing.T) {
	pub := &AccountState{Account: "0x7a832fbCbD8ffD9d545e7Fd08836355D2Ff3eAbe"}
	gw := &AccountState{Account: pub.Account}
	const ts = "2027-01-04T00:00:00.000000001Z"
	for i, u := range []struct {
		ch int
		v  any
	}{
		{PrivOrders, Order{OrderID: 7, ClientOrderID: "9", Market: "H100SXM-US-T1-2027-01-04+168h", Side: "buy", Price: "2.1000", Size: "10", Status: "open"}},
		{PrivFills, Fill{Market: "H100SXM-US-T1-2027-01-04+168h", FillID: 3, OrderID: 7, Side: "buy", Price: "2.1000", Size: "4"}},
		{PrivBalances, Balance{Asset: "USDC", Available: "1.000000", Held: "0.000000", CmdSeq: 12}},
		{PrivSettlement, Settlement{Market: "H100SXM-US-T1-2027-01-04+168h", FillID: 3, OrderID: 7, State: "matched"}},
		{PrivOrders, Order{OrderID: 7, Market: "H100SXM-US-T1-2027-01-04+168h", Side: "buy", Price: "2.1000", Size: "10", Status: "canceled"}},
	} {
		d, _ := json.Marshal(u.v)
		want, _ := json.Marshal(PrivateEnvelope{Channel: PrivateChannels[u.ch], Type: "update", Account: pub.Account,
			Seq: pub.Seqs[u.ch] + 1, TS: ts, Data: d})
		got := pub.Update(u.ch, ts, u.v)
		if !bytes.Equal(got, want) {
			t.Fatalf("update %d:\n got %s\nwant %s", i, got, want)
		}
		var env PrivateEnvelope
		if err := json.Unmarshal(got, &env); err != nil {
			t.Fatal(err)
		}
		if err := gw.Apply(&env); err != nil {
			t.Fatalf("update %d: %v", i, err)
		}
	}
	for ch := range PrivateChannels {
		if a, b := pub.Snapshot(ch), gw.Snapshot(ch); !bytes.Equal(a, b) {
			t.Errorf("channel %d: publisher %s, gateway %s", ch, a, b)
		}
	}
}
