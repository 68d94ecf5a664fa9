// Package artifacts embeds the committed build of the contracts,
// combined.json (make contracts writes it; make check-generated holds it to
// the sources), so that a binary can hand out the contracts' ABIs without
// reading files or linking go-ethereum: the gateway serves them at
// GET /v1/chain/abi/{name} (docs/api.md).
//
// It also embeds morpho.json, the build of the third-party Morpho Blue
// contracts the tests lend against (docs/contracts.md, "Third-party
// contracts"): the Morpho* functions read it; ABI and Contracts never see
// it, so the gateway does not serve it.
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

//go:embed morpho.json
var morpho []byte

// Combined is combined.json as committed, byte for byte.
func Combined() []byte { return combined }

// The contracts a client calls, by the key combined.json files them under.
const (
	Exchange   = "src/Exchange.sol:Exchange"
	Stablecoin = "src/MockStablecoin.sol:MockStablecoin"
	Token      = "src/GPUHourToken.sol:GPUHourToken"
	Vault      = "src/ProviderVault.sol:ProviderVault"
	Oracle     = "src/DeliveryOracle.sol:DeliveryOracle"
	// The DeFi contracts (docs/defi.md): a market's mark feed, the
	// wrapper factory, a reservation's ERC-20 wrapper, the Morpho adapter.
	MarkFeed       = "src/MarkPriceFeed.sol:MarkPriceFeed"
	WrapperFactory = "src/defi/GPUHourWrapperFactory.sol:GPUHourWrapperFactory"
	Wrapper        = "src/defi/WrappedGPUHour.sol:WrappedGPUHour"
	MorphoOracle   = "src/defi/MorphoMarkOracle.sol:MorphoMarkOracle"
)

// Morpho Blue's contracts, by the key morpho.json files them under.
const (
	Morpho  = "@morpho-org/morpho-blue/src/Morpho.sol:Morpho"
	IrmMock = "@morpho-org/morpho-blue/src/mocks/IrmMock.sol:IrmMock"
)

type build struct {
	abis    map[string][]byte // compacted
	bins    map[string]string // creation bytecode, hex without 0x
	version string
}

// parse reads a build in solc's combined-json shape (name is its file).
func parse(name string, data []byte) build {
	var f struct {
		Contracts map[string]struct {
			ABI json.RawMessage `json:"abi"`
			Bin string          `json:"bin"`
		} `json:"contracts"`
		Version string `json:"version"`
	}
	if err := json.Unmarshal(data, &f); err != nil {
		panic(fmt.Sprintf("artifacts: %s: %v", name, err))
	}
	b := build{abis: make(map[string][]byte, len(f.Contracts)), bins: make(map[string]string, len(f.Contracts)), version: f.Version}
	for k, c := range f.Contracts {
		var buf bytes.Buffer
		if err := json.Compact(&buf, c.ABI); err != nil {
			panic(fmt.Sprintf("artifacts: %s: %v", k, err))
		}
		b.abis[k] = buf.Bytes()
		b.bins[k] = c.Bin
	}
	return b
}

// parsed reads combined.json once, on first use.
var parsed = sync.OnceValue(func() build { return parse("combined.json", combined) })

// parsedMorpho reads morpho.json once, on first use. Unlike parsed it is a
// function, not a variable set at init: a binary that calls none of the
// Morpho* functions then links neither it nor morpho.json (the gateway's
// binary carries no third-party code; TestMorphoNotInBinary).
func parsedMorpho() build {
	morphoOnce.Do(func() { morphoBuild = parse("morpho.json", morpho) })
	return morphoBuild
}

var (
	morphoOnce  sync.Once
	morphoBuild build
)

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

// MorphoJSON is morpho.json as committed, byte for byte: Morpho Blue 1.0.0's
// Morpho and IrmMock, built by make contracts' second pass.
func MorphoJSON() []byte { return morpho }

// MorphoABI is the JSON ABI of a Morpho Blue contract (Morpho or IrmMock),
// compacted (callers must not modify it); false for a contract morpho.json
// does not hold.
func MorphoABI(contract string) ([]byte, bool) {
	a, ok := parsedMorpho().abis[contract]
	return a, ok && len(a) > 0
}

// MorphoBin is the creation bytecode of a Morpho Blue contract (Morpho or
// IrmMock), hex without 0x, as morpho.json holds it: what a deployment
// sends, followed by the ABI-encoded constructor arguments. False for a
// contract morpho.json does not hold.
func MorphoBin(contract string) (string, bool) {
	b, ok := parsedMorpho().bins[contract]
	return b, ok && b != ""
}

// MorphoContracts lists the keys of every contract morpho.json holds, sorted.
func MorphoContracts() []string {
	ks := make([]string, 0, len(parsedMorpho().abis))
	for k := range parsedMorpho().abis {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// MorphoCompiler is the solc version that built morpho.json.
func MorphoCompiler() string { return parsedMorpho().version }
