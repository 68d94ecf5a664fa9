package artifacts_test

import (
	"bytes"
	"encoding/hex"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/contracts/artifacts"
)

// userFacing are the contracts docs/contracts.md's client reference covers,
// by the name its headings give them.
var userFacing = map[string]string{
	"Exchange":       artifacts.Exchange,
	"MockStablecoin": artifacts.Stablecoin,
	"GPUHourToken":   artifacts.Token,
	"ProviderVault":  artifacts.Vault,
	"DeliveryOracle": artifacts.Oracle,
}

// entries are a contract's functions, events or errors: signature →
// selector (topic0 for events), "0x"-hex.
type entries map[string]string

// fromABI lists what the committed ABI of contract holds, by kind.
func fromABI(t *testing.T, contract string) map[string]entries {
	t.Helper()
	j, ok := artifacts.ABI(contract)
	if !ok {
		t.Fatalf("no ABI of %s", contract)
	}
	a, err := abi.JSON(bytes.NewReader(j))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]entries{"function": {}, "event": {}, "error": {}}
	for _, m := range a.Methods {
		out["function"][m.Sig] = "0x" + hex.EncodeToString(m.ID)
	}
	for _, e := range a.Events {
		out["event"][e.Sig] = e.ID.Hex()
	}
	for _, e := range a.Errors {
		out["error"][e.Sig] = "0x" + hex.EncodeToString(e.ID[:4])
	}
	return out
}

// clientReference returns the lines of docs/contracts.md's "Client
// reference" section, each with its line number.
func clientReference(t *testing.T) (lines []string, first int) {
	t.Helper()
	doc, err := os.ReadFile("../../docs/contracts.md")
	if err != nil {
		t.Fatal(err)
	}
	all := strings.Split(string(doc), "\n")
	for i, l := range all {
		if l == "## Client reference" {
			first = i + 1
			for _, l := range all[i+1:] {
				if strings.HasPrefix(l, "## ") {
					break
				}
				lines = append(lines, l)
			}
			return lines, first + 1
		}
	}
	t.Fatal(`docs/contracts.md has no "## Client reference"`)
	return nil, 0
}

var (
	codeSpan = regexp.MustCompile("`([^`]+)`")
	abiType  = `(?:address|bool|string|bytes\d*|u?int\d*|\([a-z0-9,\[\]()]*\))(?:\[\d*\])*`
	// canonical matches a signature as the ABI writes it: name(type,type).
	canonical = regexp.MustCompile(`^[A-Za-z_]\w*\((?:` + abiType + `(?:,` + abiType + `)*)?\)$`)
	selector  = regexp.MustCompile(`^0x(?:[0-9a-f]{8}|[0-9a-f]{64})$`)
)

// TestClientReference holds docs/contracts.md's client reference to the
// committed ABIs: under the heading of each user-facing contract, its
// function, event and error tables list every entry of its ABI exactly
// once, with the exact signature and its selector (topic0), and nothing the
// ABI lacks; every other signature the section names is in one of the
// ABIs.
func TestClientReference(t *testing.T) {
	lines, first := clientReference(t)
	documented := map[string]map[string]entries{}
	all := map[string]bool{} // every signature of the ABIs
	abis := map[string]map[string]entries{}
	for name, key := range userFacing {
		documented[name] = map[string]entries{"function": {}, "event": {}, "error": {}}
		abis[name] = fromABI(t, key)
		for _, es := range abis[name] {
			for sig := range es {
				all[sig] = true
			}
		}
	}

	contract, kind := "", ""
	for i, l := range lines {
		at := first + i
		if strings.HasPrefix(l, "#") {
			contract, kind = "", ""
			for name := range userFacing {
				if strings.Contains(l, "`"+name+"`") {
					contract = name
				}
			}
			continue
		}
		for _, m := range codeSpan.FindAllStringSubmatch(l, -1) {
			if canonical.MatchString(m[1]) && !all[m[1]] {
				t.Errorf("docs/contracts.md:%d: %s is in none of the ABIs", at, m[1])
			}
		}
		if !strings.HasPrefix(l, "|") {
			kind = ""
			continue
		}
		cells := strings.Split(strings.Trim(l, "|"), "|")
		for j := range cells {
			cells[j] = strings.TrimSpace(cells[j])
		}
		switch {
		case cells[0] == "function" || cells[0] == "event" || cells[0] == "error":
			kind = cells[0]
			if contract == "" {
				t.Errorf("docs/contracts.md:%d: a %s table outside a contract's heading", at, kind)
			}
			continue
		case kind == "" || contract == "" || strings.HasPrefix(cells[0], "---"):
			continue
		}
		if len(cells) < 2 {
			t.Errorf("docs/contracts.md:%d: a row without a selector", at)
			continue
		}
		sig, sel := strings.Trim(cells[0], "`"), strings.Trim(cells[1], "`")
		if !canonical.MatchString(sig) || !selector.MatchString(sel) || "`"+sig+"`" != cells[0] || "`"+sel+"`" != cells[1] {
			t.Errorf("docs/contracts.md:%d: %q %q is not `signature` | `0x…selector`", at, cells[0], cells[1])
			continue
		}
		if _, dup := documented[contract][kind][sig]; dup {
			t.Errorf("docs/contracts.md:%d: %s %s listed twice", at, contract, sig)
		}
		documented[contract][kind][sig] = sel
		// The selector is what the signature hashes to, whatever the ABI says.
		h := "0x" + hex.EncodeToString(crypto.Keccak256([]byte(sig)))
		if kind != "event" {
			h = h[:10]
		}
		if sel != h {
			t.Errorf("docs/contracts.md:%d: %s's selector is %s, not %s", at, sig, h, sel)
		}
	}

	for name := range userFacing {
		for _, kind := range []string{"function", "event", "error"} {
			doc, bin := documented[name][kind], abis[name][kind]
			if len(doc) == 0 {
				t.Errorf("%s: no %s table in the client reference", name, kind)
			}
			for sig, sel := range bin {
				if d, ok := doc[sig]; !ok {
					t.Errorf("%s %s %s (%s) is not documented", name, kind, sig, sel)
				} else if d != sel {
					t.Errorf("%s %s %s: documented %s, ABI %s", name, kind, sig, d, sel)
				}
			}
			for sig := range doc {
				if _, ok := bin[sig]; !ok {
					t.Errorf("%s %s %s is documented but not in the ABI", name, kind, sig)
				}
			}
		}
	}

	// The views a client reads balances with are named.
	text := strings.Join(lines, "\n")
	for _, v := range []string{"`balanceOf(address,uint256)`", "`pendingWithdrawal(address,uint256)`", "`balanceOf(address)`",
		"`allowance(address,address)`", "`freeCollateral(address)`"} {
		if !strings.Contains(text, "| "+v) {
			t.Errorf("the client reference's balance views do not start a row with %s", v)
		}
	}
}
