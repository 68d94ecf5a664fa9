package api_test

import (
	"encoding/json"
	"math/big"
	"os"
	"regexp"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/hourglass-exchange/hourglass/api/auth"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
)

// docExampleKey is the key of docs/api.md's worked examples: the
// well-known first development account of Hardhat and Anvil.
const docExampleKey = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"

// apiDoc returns docs/api.md.
func apiDoc(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../docs/api.md")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// docBlock returns the fenced block whose info string is "lang name"
// (```text siwe-with-statement), its text without the last newline.
func docBlock(t *testing.T, doc, lang, name string) string {
	t.Helper()
	re := regexp.MustCompile("(?s)```" + lang + " " + regexp.QuoteMeta(name) + "\n(.*?)\n```")
	m := re.FindStringSubmatch(doc)
	if m == nil {
		t.Fatalf("docs/api.md has no ```%s %s block", lang, name)
	}
	return m[1]
}

// docValue returns the backticked value after "label: " in doc.
func docValue(t *testing.T, doc, label string) string {
	t.Helper()
	m := regexp.MustCompile(regexp.QuoteMeta(label) + ": `([^`]*)`").FindStringSubmatch(doc)
	if m == nil {
		t.Fatalf("docs/api.md has no %q", label)
	}
	return m[1]
}

// TestSIWEWorkedExample checks docs/api.md's sign-in example byte for
// byte: the challenge, the message a client builds from it with and
// without a statement (parsed by the gateway's grammar, and rebuilt from
// the challenge), and each message's personal_sign signature by the
// example key (ECDSA signatures here are deterministic, RFC 6979).
func TestSIWEWorkedExample(t *testing.T) {
	doc := apiDoc(t)
	key, _ := crypto.HexToECDSA(docExampleKey)
	addr := crypto.PubkeyToAddress(key.PublicKey)
	var ch auth.Challenge
	if err := json.Unmarshal([]byte(docBlock(t, doc, "json", "siwe-challenge")), &ch); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ block, statement, sig string }{
		{"siwe-with-statement", "Sign in to Hourglass", "signature with a statement"},
		{"siwe-without-statement", "", "signature without a statement"},
	} {
		text := docBlock(t, doc, "text", c.block)
		want := ch.Message(addr, c.statement).String()
		if text != want {
			t.Errorf("%s: docs/api.md has\n%s\nthe challenge gives\n%s", c.block, text, want)
		}
		m, err := auth.ParseMessage(text)
		if err != nil || m.String() != text || m.Address != addr {
			t.Errorf("%s: ParseMessage: %+v, %v", c.block, m, err)
		}
		sig, err := auth.SignText(key, want)
		if err != nil {
			t.Fatal(err)
		}
		if got := docValue(t, doc, c.sig); got != hexutil.Encode(sig) {
			t.Errorf("%s: docs/api.md has %s, the key signs %s", c.sig, got, hexutil.Encode(sig))
		}
	}
	if got := docValue(t, doc, "sign-in address"); got != addr.Hex() {
		t.Errorf("address %s, want %s", got, addr.Hex())
	}
	if ch.IssuedAt.IsZero() || !ch.ExpiresAt.Equal(ch.IssuedAt.Add(5*time.Minute)) {
		t.Errorf("challenge times %v %v", ch.IssuedAt, ch.ExpiresAt)
	}
}

// TestTypedOrderWorkedExample checks docs/api.md's full typed order: the
// eth_signTypedData_v4 JSON hashes (go-ethereum's apitypes, as wallets do)
// to the digest the Exchange checks, the signature is the example key's
// over it, and the order.place params carry that signature.
func TestTypedOrderWorkedExample(t *testing.T) {
	doc := apiDoc(t)
	key, _ := crypto.HexToECDSA(docExampleKey)
	var td apitypes.TypedData
	if err := json.Unmarshal([]byte(docBlock(t, doc, "json", "typed-order")), &td); err != nil {
		t.Fatal(err)
	}
	got, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	market, _ := new(big.Int).SetString("0x00000000000000000000000000000000010000233001000101000007a01000a8"[2:], 16)
	d := eip712.Domain{ChainID: big.NewInt(1337), VerifyingContract: common.HexToAddress("0x17A4d0311a210beF6d06BD4da372fDb54dBFd8bd")}
	o := eip712.Order{Maker: crypto.PubkeyToAddress(key.PublicKey), Market: market, Side: eip712.Buy, Price: big.NewInt(2_100_000),
		Amount: big.NewInt(10), MaxFeeBps: 10, Expiry: 0, Nonce: 42, Salt: new(big.Int), SignatureType: 0}
	want, err := eip712.Digest(d, o)
	if err != nil {
		t.Fatal(err)
	}
	if common.BytesToHash(got) != want {
		t.Errorf("the typed data hashes to %x; the order's digest is %s", got, want.Hex())
	}
	if v := docValue(t, doc, "typed order digest"); v != want.Hex() {
		t.Errorf("documented digest %s, want %s", v, want.Hex())
	}
	sig, err := eip712.Sign(key, d, o)
	if err != nil {
		t.Fatal(err)
	}
	var params map[string]any
	if err := json.Unmarshal([]byte(docBlock(t, doc, "json", "typed-order-params")), &params); err != nil {
		t.Fatal(err)
	}
	if params["signature"] != hexutil.Encode(sig) || params["client_order_id"] != "42" || params["side"] != "buy" ||
		params["price"] != "2.1000" || params["size"] != "10" || params["max_fee_bps"] != float64(10) {
		t.Errorf("order.place params %v; the signature is %s", params, hexutil.Encode(sig))
	}
}
