package jsonl

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/hourglass-exchange/hourglass/exchange"
)

func TestReplayExample(t *testing.T) {
	f, err := os.Open("testdata/example.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out bytes.Buffer
	res, err := Replay(f, &out, exchange.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Commands != 8 {
		t.Fatalf("%d commands", res.Commands)
	}
	want := []string{
		`{"cmd_seq":7,"kind":"fill","seq":5,"market":0,"taker_account":1,"taker_id":2,"side":"sell","maker_account":0,"maker_id":1,"price":25000,"qty":4,"taker_fee":5000,"maker_fee":2000}`,
		`{"cmd_seq":8,"kind":"canceled","seq":8,"market":0,"account":0,"id":1,"side":"buy","price":25000,"qty":6,"reason":"USER_CANCEL"}`,
	}
	for _, w := range want {
		if !strings.Contains(out.String(), w+"\n") {
			t.Errorf("missing event line %s\nin:\n%s", w, out.String())
		}
	}
	// The same input hashes the same.
	f.Seek(0, 0)
	res2, _ := Replay(f, &bytes.Buffer{}, exchange.Config{})
	if res2.StateHash != res.StateHash {
		t.Fatal("replay is not deterministic")
	}
}

func TestParseCommandRejects(t *testing.T) {
	for _, line := range []string{
		`{"kind":"plac"}`,
		`{"kind":"place","side":"up"}`,
		`{"kind":"place","tif":"day"}`,
		`{"kind":"place","stp":"x"}`,
		`{"kind":"place","type":"stop"}`,
		`{"kind":"place","prce":1}`,
		`{"kind":"place","price":"1"}`,
		`{"kind":"open_account","address":"0x12"}`,
		`{"kind":"add_market","spec":{"instrument":"0xzz"}}`,
		`{"kind":"place","market":-1}`,
		`{"kind":"place","meta":"0xzz"}`,
		`{"kind":"place","nonce":-1}`,
		`{"kind":"cancel_nonces"}`,
		`not json`,
	} {
		if _, err := ParseCommand([]byte(line)); !errors.Is(err, ErrSyntax) {
			t.Errorf("%s: err %v, want ErrSyntax", line, err)
		}
	}
}

func TestNonceAndMeta(t *testing.T) {
	c, err := ParseCommand([]byte(`{"kind":"place","account":1,"id":5,"price":3,"qty":1,"nonce":42,"meta":"0x5167"}`))
	if err != nil || c.Nonce != 42 || string(c.Meta) != "\x51\x67" {
		t.Fatalf("place: %+v %v", c, err)
	}
	c, err = ParseCommand([]byte(`{"kind":"cancel_nonces_below","account":2,"nonce":100}`))
	if err != nil || c.Kind != exchange.CmdCancelNoncesBelow || c.Account != 2 || c.Nonce != 100 {
		t.Fatalf("cancel_nonces_below: %+v %v", c, err)
	}
	in := strings.Join([]string{
		`{"kind":"add_market","spec":{"instrument":"0x01","base_asset":1,"quote_asset":0,"tick_size":1,"lot_size":1,"max_price":100,"max_qty":10}}`,
		`{"kind":"open_account","address":"0x00000000000000000000000000000000000000a1"}`,
		`{"kind":"deposit","account":0,"asset":0,"amount":1000}`,
		`{"kind":"place","account":0,"market":0,"id":1,"side":"buy","price":5,"qty":1,"nonce":3,"meta":"0xabcd"}`,
		`{"kind":"place","account":0,"market":0,"id":2,"side":"buy","price":5,"qty":1,"nonce":3}`,
		`{"kind":"cancel_nonces_below","account":0,"nonce":10}`,
	}, "\n")
	var out bytes.Buffer
	if _, err := Replay(strings.NewReader(in), &out, exchange.Config{}); err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{
		`{"cmd_seq":4,"kind":"accepted","seq":2,"market":0,"account":0,"id":1,"side":"buy","price":5,"qty":1,"nonce":3}`,
		`{"cmd_seq":4,"kind":"balance","seq":3,"account":0,"asset":0,"available":995,"held":5}`,
		`{"cmd_seq":5,"kind":"rejected","seq":4,"account":0,"id":2,"reason":"DUPLICATE_NONCE","nonce":3}`,
		`{"cmd_seq":6,"kind":"canceled","seq":4,"market":0,"account":0,"id":1,"side":"buy","price":5,"qty":1,"reason":"NONCE_CANCEL"}`,
		`{"cmd_seq":6,"kind":"nonces_canceled","seq":5,"account":0,"nonce":10}`,
	} {
		if !strings.Contains(out.String(), w+"\n") {
			t.Errorf("missing event line %s\nin:\n%s", w, out.String())
		}
	}
}

func TestSettlement(t *testing.T) {
	in := strings.Join([]string{
		`{"kind":"add_market","spec":{"instrument":"0x01","base_asset":1,"quote_asset":0,"tick_size":1,"lot_size":1,"max_price":100,"max_qty":10,"maker_fee_bps":100,"taker_fee_bps":200}}`,
		`{"kind":"open_account","address":"0x00000000000000000000000000000000000000a1"}`,
		`{"kind":"open_account","address":"0x00000000000000000000000000000000000000b2"}`,
		`{"kind":"deposit","account":0,"asset":0,"amount":1000,"chain":16777217}`,
		`{"kind":"deposit","account":1,"asset":1,"amount":10}`,
		`{"kind":"place","account":0,"market":0,"id":1,"side":"buy","price":50,"qty":2,"max_fee_bps":200}`,
		`{"kind":"place","account":1,"market":0,"id":2,"side":"sell","price":50,"qty":2,"max_fee_bps":200}`,
		`{"kind":"settle_batch","batch":1,"count":1}`,
		`{"kind":"settlement_result","batch":1,"results":"0x4d","chain":16777218}`,
		`{"kind":"deposit","account":0,"asset":0,"amount":1,"chain":16777218}`,
	}, "\n")
	var out bytes.Buffer
	if _, err := Replay(strings.NewReader(in), &out, exchange.Config{}); err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{
		`{"cmd_seq":8,"kind":"batch_closed","seq":11,"batch":1,"count":1}`,
		`{"cmd_seq":9,"kind":"reverted","seq":12,"fill_market":0,"fill_seq":5,"batch":1,"result":77,"taker_account":1,"taker_id":2,"side":"sell","maker_account":0,"maker_id":1,"price":50,"qty":2,"taker_fee":2,"maker_fee":1}`,
		`{"cmd_seq":9,"kind":"balance","seq":13,"account":1,"asset":0,"available":0,"held":0}`,
		`{"cmd_seq":9,"kind":"balance","seq":17,"account":4294967295,"asset":0,"available":0,"held":0}`,
		`{"cmd_seq":10,"kind":"rejected","seq":18,"account":0,"id":0,"reason":"CHAIN_EVENT_SEEN"}`,
	} {
		if !strings.Contains(out.String(), w+"\n") {
			t.Errorf("missing event line %s\nin:\n%s", w, out.String())
		}
	}
	c, err := ParseCommand([]byte(`{"kind":"settle_batch","batch":3,"count":100}`))
	if err != nil || c.Kind != exchange.CmdSettleBatch || c.Batch != 3 || c.Count != 100 {
		t.Fatalf("settle_batch: %+v %v", c, err)
	}
	for _, line := range []string{`{"kind":"settlement_result","results":"0xzz"}`, `{"kind":"settlement_result","results":"0x00","meta":"0x00"}`, `{"kind":"settle_batch","count":-1}`} {
		if _, err := ParseCommand([]byte(line)); !errors.Is(err, ErrSyntax) {
			t.Errorf("%s: err %v, want ErrSyntax", line, err)
		}
	}
}

func TestChainCommands(t *testing.T) {
	in := strings.Join([]string{
		`{"kind":"add_market","spec":{"instrument":"0x01","base_asset":1,"quote_asset":0,"tick_size":1,"lot_size":1,"max_price":100,"max_qty":10}}`,
		`{"kind":"chain_deposit","address":"0x00000000000000000000000000000000000000a1","chain_asset":"0x0","chain_amount":"1000","chain":16777217}`,
		`{"kind":"chain_deposit","address":"0x00000000000000000000000000000000000000a1","chain_asset":"0x01","chain_amount":"18446744073709551616","chain":16777218}`,
		`{"kind":"chain_withdraw","address":"0x00000000000000000000000000000000000000a1","chain_asset":"0x0","chain_amount":"400","chain":16777219}`,
		`{"kind":"chain_cancel_nonces","address":"0x00000000000000000000000000000000000000a1","nonces":[1,2],"chain":16777220}`,
		`{"kind":"chain_cancel_below","address":"0x00000000000000000000000000000000000000a1","nonce":5,"chain":16777221}`,
	}, "\n")
	var out bytes.Buffer
	if _, err := Replay(strings.NewReader(in), &out, exchange.Config{}); err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{
		`{"cmd_seq":2,"kind":"account_opened","seq":1,"account":0}`,
		`{"cmd_seq":2,"kind":"balance","seq":2,"account":0,"asset":0,"available":1000,"held":0}`,
		`{"cmd_seq":3,"kind":"rejected","seq":3,"account":0,"id":0,"reason":"INVALID_AMOUNT"}`,
		`{"cmd_seq":4,"kind":"balance","seq":4,"account":0,"asset":0,"available":600,"held":0}`,
		`{"cmd_seq":6,"kind":"nonces_canceled","seq":5,"account":0,"nonce":5}`,
	} {
		if !strings.Contains(out.String(), w+"\n") {
			t.Errorf("missing event line %s\nin:\n%s", w, out.String())
		}
	}
	for _, line := range []string{`{"kind":"chain_deposit","chain_asset":"0xzz"}`, `{"kind":"chain_deposit","chain_amount":"-1"}`,
		`{"kind":"chain_deposit","chain_amount":"0x10"}`} {
		if _, err := ParseCommand([]byte(line)); !errors.Is(err, ErrSyntax) {
			t.Errorf("%s: err %v, want ErrSyntax", line, err)
		}
	}
}

// TestVaultCommands: chain_capacity and chain_lease are the vault's
// commands; the capacity becomes the balance of the grade's spot market.
func TestVaultCommands(t *testing.T) {
	// A spot market of 4-hour leases (docs/instruments.md) and a
	// reservation window of its grade from hour 2 for 10 hours.
	spot := "0x01000023300100010101000000000004"
	in := strings.Join([]string{
		`{"kind":"add_market","spec":{"instrument":"` + spot + `","base_asset":1,"quote_asset":0,"tick_size":1,"lot_size":4,"max_price":100,"max_qty":10}}`,
		`{"kind":"chain_capacity","address":"0x00000000000000000000000000000000000000a1","chain_asset":"0x01000023300100010100000000000000","chain_amount":"8","chain":16777217}`,
		`{"kind":"chain_lease","address":"0x00000000000000000000000000000000000000a1","chain_asset":"0x0100002330010001010000000002000a","chain_amount":"3","start_hour":2,"hours":10,"chain":16777218}`,
	}, "\n")
	var out bytes.Buffer
	if _, err := Replay(strings.NewReader(in), &out, exchange.Config{}); err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{
		`{"cmd_seq":2,"kind":"balance","seq":2,"account":0,"asset":1,"available":32,"held":0}`,
		`{"cmd_seq":3,"kind":"balance","seq":3,"account":0,"asset":1,"available":20,"held":0}`,
	} {
		if !strings.Contains(out.String(), w+"\n") {
			t.Errorf("missing event line %s\nin:\n%s", w, out.String())
		}
	}
}
