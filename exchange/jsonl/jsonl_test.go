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
		`not json`,
	} {
		if _, err := ParseCommand([]byte(line)); !errors.Is(err, ErrSyntax) {
			t.Errorf("%s: err %v, want ErrSyntax", line, err)
		}
	}
}
