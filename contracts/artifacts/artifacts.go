// Package artifacts embeds the committed build of the contracts,
// combined.json (make contracts writes it; make check-generated holds it to
// the sources), so that a binary can hand out the contracts' ABIs without
// reading files or linking go-ethereum: the gateway serves them at
// GET /v1/chain/abi/{name} (docs/api.md).
package artifacts

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"sort"
	"sync"
)

//go:embed combined.json
var combined []byte

// Combined is combined.json as committed, byte for byte.
func Combined() []byte { return combined }

// The contracts a client calls, by the key combined.json files them under.
const (
	Exchange   = "src/Exchange.sol:Exchange"
	Stablecoin = "src/MockStablecoin.sol:MockStablecoin"
	Token      = "src/GPUHourToken.sol:GPUHourToken"
	Vault      = "src/ProviderVault.sol:ProviderVault"
	Oracle     = "src/DeliveryOracle.sol:DeliveryOracle"
)

type build struct {
	abis    map[string][]byte // compacted
	version string
}

// parsed reads combined.json once, on first use.
var parsed = sync.OnceValue(func() build {
	var f struct {
		Contracts map[string]struct {
			ABI json.RawMessage `json:"abi"`
		} `json:"contracts"`
		Version string `json:"version"`
	}
	if err := json.Unmarshal(combined, &f); err != nil {
		panic(fmt.Sprintf("artifacts: combined.json: %v", err))
	}
	b := build{abis: make(map[string][]byte, len(f.Contracts)), version: f.Version}
	for k, c := range f.Contracts {
		var buf bytes.Buffer
		if err := json.Compact(&buf, c.ABI); err != nil {
			panic(fmt.Sprintf("artifacts: %s: %v", k, err))
		}
		b.abis[k] = buf.Bytes()
	}
	return b
})

// ABI is the JSON ABI of contract (a key such as Exchange), exactly the
// array combined.json holds for it, compacted (callers must not modify it); false for a contract the
// build does not hold.
func ABI(contract string) ([]byte, bool) {
	a, ok := parsed().abis[contract]
	return a, ok && len(a) > 0
}

// Contracts lists the keys of every contract the build holds, sorted.
func Contracts() []string {
	ks := make([]string, 0, len(parsed().abis))
	for k := range parsed().abis {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// Compiler is the solc version that built them.
func Compiler() string { return parsed().version }
