package api_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/api"
)

// committedABIs reads contracts/artifacts/combined.json from the disk (not
// through the package that embeds it) and returns each contract's ABI,
// compacted, and the compiler version.
func committedABIs(t *testing.T) (map[string][]byte, string) {
	t.Helper()
	b, err := os.ReadFile("../contracts/artifacts/combined.json")
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Contracts map[string]struct {
			ABI json.RawMessage `json:"abi"`
		} `json:"contracts"`
		Version string `json:"version"`
	}
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for k, c := range f.Contracts {
		var buf bytes.Buffer
		if err := json.Compact(&buf, c.ABI); err != nil {
			t.Fatal(err)
		}
		out[k] = buf.Bytes()
	}
	return out, f.Version
}

func httpGet(t *testing.T, method, url string) (int, http.Header, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header, body
}

// TestChainABI: GET /v1/chain/abi/{name} serves exactly the committed ABI
// of each contract a client calls, GET /v1/chain/abi lists them with their
// addresses, GET /v1/chain links them, and an unknown name is 404
// unknown_contract.
func TestChainABI(t *testing.T) {
	chain := &api.ChainInfo{ChainID: 1337,
		Exchange:   common.HexToAddress("0x17a4d0311a210bef6d06bd4da372fdb54dbfd8bd"),
		Stablecoin: common.HexToAddress("0xb3e94da86798acb4836304f37337fe3129fb1e59"),
		Token:      common.HexToAddress("0x7a832fbcbd8ffd9d545e7fd08836355d2ff3eabe"),
		Oracle:     common.HexToAddress("0x6a787ab9c45ea482b660bf5adecbb3b43c94c231"), Confirmations: 1, RPCURL: "http://127.0.0.1:8545",
		WrapperFactory: common.HexToAddress("0x567e677881481dc7b8039d14f32817b0bda243fa")}
	_, g := setup(t, api.Options{Chain: chain})
	abis, compiler := committedABIs(t)
	want := map[string]string{
		"exchange":        "src/Exchange.sol:Exchange",
		"stablecoin":      "src/MockStablecoin.sol:MockStablecoin",
		"token":           "src/GPUHourToken.sol:GPUHourToken",
		"vault":           "src/ProviderVault.sol:ProviderVault",
		"oracle":          "src/DeliveryOracle.sol:DeliveryOracle",
		"mark_feed":       "src/MarkPriceFeed.sol:MarkPriceFeed",
		"wrapper_factory": "src/defi/GPUHourWrapperFactory.sol:GPUHourWrapperFactory",
		"wrapper":         "src/defi/WrappedGPUHour.sol:WrappedGPUHour",
		"morpho_oracle":   "src/defi/MorphoMarkOracle.sol:MorphoMarkOracle",
	}
	for name, key := range want {
		status, h, body := httpGet(t, http.MethodGet, g.HTTP()+"/v1/chain/abi/"+name)
		if status != http.StatusOK || h.Get("Content-Type") != "application/json" {
			t.Fatalf("%s: %d %s %.200s", name, status, h.Get("Content-Type"), body)
		}
		if !bytes.Equal(body, abis[key]) {
			t.Errorf("%s: served ABI differs from %s in combined.json", name, key)
		}
		if _, err := abi.JSON(bytes.NewReader(body)); err != nil {
			t.Errorf("%s: not an ABI go-ethereum reads: %v", name, err)
		}
		if status, _, body := httpGet(t, http.MethodHead, g.HTTP()+"/v1/chain/abi/"+name); status != http.StatusOK || len(body) != 0 {
			t.Errorf("HEAD %s: %d, %d bytes", name, status, len(body))
		}
	}

	status, _, body := httpGet(t, http.MethodGet, g.HTTP()+"/v1/chain/abi")
	var idx api.ABIIndex
	if err := json.Unmarshal(body, &idx); status != http.StatusOK || err != nil {
		t.Fatalf("index: %d %v %s", status, err, body)
	}
	wantIdx := api.ABIIndex{Compiler: compiler, Contracts: []api.ABIContract{
		{Name: "exchange", Contract: "Exchange", Address: "0x17a4d0311a210bef6d06bd4da372fdb54dbfd8bd", ABI: "/v1/chain/abi/exchange"},
		{Name: "stablecoin", Contract: "MockStablecoin", Address: "0xb3e94da86798acb4836304f37337fe3129fb1e59", ABI: "/v1/chain/abi/stablecoin"},
		{Name: "token", Contract: "GPUHourToken", Address: "0x7a832fbcbd8ffd9d545e7fd08836355d2ff3eabe", ABI: "/v1/chain/abi/token"},
		{Name: "vault", Contract: "ProviderVault", ABI: "/v1/chain/abi/vault"},
		{Name: "oracle", Contract: "DeliveryOracle", Address: "0x6a787ab9c45ea482b660bf5adecbb3b43c94c231", ABI: "/v1/chain/abi/oracle"},
		{Name: "mark_feed", Contract: "MarkPriceFeed", ABI: "/v1/chain/abi/mark_feed"},
		{Name: "wrapper_factory", Contract: "GPUHourWrapperFactory", Address: "0x567e677881481dc7b8039d14f32817b0bda243fa", ABI: "/v1/chain/abi/wrapper_factory"},
		{Name: "wrapper", Contract: "WrappedGPUHour", ABI: "/v1/chain/abi/wrapper"},
		{Name: "morpho_oracle", Contract: "MorphoMarkOracle", ABI: "/v1/chain/abi/morpho_oracle"},
	}}
	if got, _ := json.Marshal(idx); !bytes.Equal(got, must(json.Marshal(wantIdx))) {
		t.Errorf("index:\n got %s\nwant %s", got, must(json.Marshal(wantIdx)))
	}

	// docs/api.md's examples are these answers, byte for byte (the
	// addresses are the demo's: contracts/deploy's TestDocsWorkedExample
	// holds them to its deployment).
	docExample(t, `{"contracts":[`, body)

	status, _, body = httpGet(t, http.MethodGet, g.HTTP()+"/v1/chain")
	docExample(t, `{"chain_id":`, body)
	var ch map[string]json.RawMessage
	if err := json.Unmarshal(body, &ch); status != http.StatusOK || err != nil {
		t.Fatalf("/v1/chain: %d %v %s", status, err, body)
	}
	var links map[string]string
	if err := json.Unmarshal(ch["abi"], &links); err != nil || len(links) != len(want) {
		t.Fatalf("/v1/chain abi: %s (%v)", ch["abi"], err)
	}
	for name, key := range want {
		if links[name] != "/v1/chain/abi/"+name {
			t.Errorf("/v1/chain abi[%s] = %q", name, links[name])
			continue
		}
		if _, _, body := httpGet(t, http.MethodGet, g.HTTP()+links[name]); !bytes.Equal(body, abis[key]) {
			t.Errorf("%s from /v1/chain's link differs from the artifact", name)
		}
	}

	for _, path := range []string{"/v1/chain/abi/Exchange", "/v1/chain/abi/timelock", "/v1/chain/abi/", "/v1/chain/abi/exchange/x",
		"/v1/chain/abi/" + strings.Repeat("a", 500)} {
		status, _, body := httpGet(t, http.MethodGet, g.HTTP()+path)
		var e struct {
			Error struct{ Code, Message string } `json:"error"`
		}
		if err := json.Unmarshal(body, &e); status != http.StatusNotFound || err != nil || e.Error.Code != "unknown_contract" ||
			!strings.Contains(e.Error.Message, "exchange, stablecoin, token, vault") || len(e.Error.Message) > 200 {
			t.Errorf("GET %.40s: %d %s", path, status, body)
		}
	}
	if status, _, body := httpGet(t, http.MethodPost, g.HTTP()+"/v1/chain/abi/exchange"); status != http.StatusMethodNotAllowed {
		t.Errorf("POST: %d %s", status, body)
	}
}

// TestChainABIWithoutChain: the ABIs do not depend on a chain: a gateway
// given none still serves them, and lists no addresses.
func TestChainABIWithoutChain(t *testing.T) {
	_, g := setup(t, api.Options{})
	abis, _ := committedABIs(t)
	if status, _, body := httpGet(t, http.MethodGet, g.HTTP()+"/v1/chain/abi/exchange"); status != http.StatusOK ||
		!bytes.Equal(body, abis["src/Exchange.sol:Exchange"]) {
		t.Errorf("exchange: %d %.100s", status, body)
	}
	status, _, body := httpGet(t, http.MethodGet, g.HTTP()+"/v1/chain/abi")
	var idx api.ABIIndex
	if err := json.Unmarshal(body, &idx); status != http.StatusOK || err != nil || len(idx.Contracts) != 9 {
		t.Fatalf("index: %d %v %s", status, err, body)
	}
	for _, c := range idx.Contracts {
		if c.Address != "" {
			t.Errorf("%s has address %s without a chain", c.Name, c.Address)
		}
	}
	if status, _, _ := httpGet(t, http.MethodGet, g.HTTP()+"/v1/chain"); status != http.StatusNotFound {
		t.Errorf("/v1/chain without a chain: %d", status)
	}
}

// TestUnknownContractDocumented: unknown_contract is listed once by Codes,
// answers 404, and is in docs/api.md's error table.
func TestUnknownContractDocumented(t *testing.T) {
	n := 0
	for _, c := range api.Codes() {
		if c == api.CodeUnknownContract {
			n++
		}
	}
	if n != 1 || api.CodeUnknownContract.Status() != http.StatusNotFound {
		t.Errorf("unknown_contract: listed %d times, status %d", n, api.CodeUnknownContract.Status())
	}
	doc, err := os.ReadFile("../docs/api.md")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(doc, []byte("| `unknown_contract` | 404 |")) {
		t.Error("unknown_contract is not in docs/api.md's error codes")
	}
	for _, p := range []string{"GET /v1/chain/abi", "/v1/chain/abi/exchange", "/v1/chain/abi/stablecoin", "/v1/chain/abi/token", "/v1/chain/abi/vault"} {
		if !bytes.Contains(doc, []byte(p)) {
			t.Errorf("docs/api.md does not mention %s", p)
		}
	}
}

// docExample fails unless docs/api.md has a line starting with prefix that
// is body (less its newline).
func docExample(t *testing.T, prefix string, body []byte) {
	t.Helper()
	doc, err := os.ReadFile("../docs/api.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(string(doc), "\n") {
		if strings.HasPrefix(l, prefix) {
			if l != strings.TrimSuffix(string(body), "\n") {
				t.Errorf("docs/api.md's example\n%s\nis not the answer\n%s", l, body)
			}
			return
		}
	}
	t.Errorf("docs/api.md has no example starting %s", prefix)
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
