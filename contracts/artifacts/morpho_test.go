package artifacts_test

import (
	"bytes"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/hourglass-exchange/hourglass/bindings/morpho"
	"github.com/hourglass-exchange/hourglass/contracts/artifacts"
)

// TestMorphoBuild holds morpho.json to what docs/contracts.md ("Third-party
// contracts") and package.json promise: Morpho Blue 1.0.0's Morpho and
// IrmMock, built by solc 0.8.19 with Morpho's own settings; the accessors
// hand out exactly what bindings/morpho was generated from; and the
// gateway's ABI and Contracts do not see them.
func TestMorphoBuild(t *testing.T) {
	if got, want := artifacts.MorphoContracts(), []string{artifacts.Morpho, artifacts.IrmMock}; !slices.Equal(got, want) {
		t.Fatalf("morpho.json holds %v, want %v", got, want)
	}
	if v := artifacts.MorphoCompiler(); !strings.HasPrefix(v, "0.8.19+") {
		t.Errorf("morpho.json was built by solc %s, want 0.8.19", v)
	}

	var f struct {
		Package       string `json:"package"`
		EVMVersion    string `json:"evmVersion"`
		OptimizerRuns int    `json:"optimizerRuns"`
		ViaIR         bool   `json:"viaIR"`
	}
	if err := json.Unmarshal(artifacts.MorphoJSON(), &f); err != nil {
		t.Fatal(err)
	}
	if f != (struct {
		Package       string `json:"package"`
		EVMVersion    string `json:"evmVersion"`
		OptimizerRuns int    `json:"optimizerRuns"`
		ViaIR         bool   `json:"viaIR"`
	}{"@morpho-org/morpho-blue@1.0.0", "paris", 999999, true}) {
		t.Errorf("morpho.json's settings: %+v", f)
	}
	// package.json pins both exactly (npm install --save-exact).
	var pkg struct {
		DevDependencies map[string]string `json:"devDependencies"`
	}
	raw, err := os.ReadFile("../package.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &pkg); err != nil {
		t.Fatal(err)
	}
	if d := pkg.DevDependencies; d["@morpho-org/morpho-blue"] != "1.0.0" || d["solc19"] != "npm:solc@0.8.19" {
		t.Errorf("package.json pins morpho-blue %q and solc19 %q", d["@morpho-org/morpho-blue"], d["solc19"])
	}

	for key, meta := range map[string]*bind.MetaData{artifacts.Morpho: &morpho.MorphoMetaData, artifacts.IrmMock: &morpho.IrmMockMetaData} {
		bin, ok := artifacts.MorphoBin(key)
		if !ok || "0x"+bin != meta.Bin {
			t.Errorf("%s: the artifact's bytecode (%d hex digits) is not the binding's (%d)", key, len(bin), len(meta.Bin))
		}
		// abigen drops the spaces inside strings too ("struct MarketParams"
		// becomes "structMarketParams"): compare without any.
		a, ok := artifacts.MorphoABI(key)
		if !ok || !bytes.Equal(noSpace(a), noSpace([]byte(meta.ABI))) {
			t.Errorf("%s: the artifact's ABI is not the binding's", key)
		}
		if _, ok := artifacts.ABI(key); ok {
			t.Errorf("%s is in the gateway's ABIs", key)
		}
		if slices.Contains(artifacts.Contracts(), key) {
			t.Errorf("%s is in Contracts()", key)
		}
	}
	if _, ok := artifacts.MorphoBin(artifacts.Exchange); ok {
		t.Errorf("MorphoBin answers for the Exchange")
	}
	if _, ok := artifacts.MorphoABI("nope"); ok {
		t.Errorf("MorphoABI answers for an unknown contract")
	}
}

func noSpace(b []byte) []byte {
	return bytes.Map(func(r rune) rune {
		if r == ' ' || r == '\n' || r == '\t' {
			return -1
		}
		return r
	}, b)
}
