package deploy_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/contracts/artifacts"
	"github.com/hourglass-exchange/hourglass/contracts/deploy"
	"github.com/hourglass-exchange/hourglass/internal/evm/devchain"
)

// The demo's embedded chain (internal/node): its deployer is devchain key
// 0, its operator, guardian and fee recipient keys 1 to 3, the wallet it
// gives people to try the exchange key 5, with 100,000 mUSDC; the Exchange's
// withdrawal delay is hourglass serve's default, one minute.
const (
	demoDeployer = 0
	demoWallet   = 5
	demoDelay    = time.Minute
)

var demoWalletCash = big.NewInt(100_000 * 1_000_000)

// docSection returns the lines of docs/contracts.md under heading (a whole
// line) up to the next heading of the same or a higher level, at their
// index in the doc (the lines before are blank).
func docSection(t *testing.T, heading string) []string {
	t.Helper()
	doc, err := os.ReadFile("../../docs/contracts.md")
	if err != nil {
		t.Fatal(err)
	}
	level := strings.Index(heading, " ")
	var out []string
	in := false
	for i, l := range strings.Split(string(doc), "\n") {
		if in && strings.HasPrefix(l, "#") {
			if h := strings.Index(l, " "); h > 0 && h <= level && strings.Trim(l[:h], "#") == "" {
				break
			}
		}
		if l == heading {
			in = true
			// Padding, so that an index into out is a line number of the doc.
			out = make([]string, i+1)
			continue
		}
		if in {
			out = append(out, l)
		}
	}
	if !in {
		t.Fatalf("docs/contracts.md has no %q", heading)
	}
	return out
}

// record is one call of the worked example: key → value lines, in order.
type record struct {
	line  int
	lines [][2]string
}

func (r record) get(k string) []string {
	var out []string
	for _, kv := range r.lines {
		if kv[0] == k {
			out = append(out, kv[1])
		}
	}
	return out
}

func (r record) one(t *testing.T, k string) string {
	t.Helper()
	v := r.get(k)
	if len(v) != 1 {
		t.Fatalf("docs/contracts.md line %d: want one %q line, have %d", r.line, k, len(v))
	}
	return v[0]
}

// exampleRecords parses the worked example's ```text blocks into records
// (separated by blank lines) and its address table into names.
func exampleRecords(t *testing.T, lines []string) ([]record, map[string]common.Address) {
	t.Helper()
	names := map[string]common.Address{}
	row := regexp.MustCompile("^\\| ([^|`]+?) \\| `(0x[0-9a-f]{40})` \\|")
	var recs []record
	var cur *record
	inBlock := false
	for i, l := range lines {
		switch {
		case strings.HasPrefix(l, "```"):
			inBlock = l == "```text"
			cur = nil
		case !inBlock:
			if m := row.FindStringSubmatch(l); m != nil {
				names[m[1]] = common.HexToAddress(m[2])
			}
		case strings.TrimSpace(l) == "":
			cur = nil
		default:
			k, v, _ := strings.Cut(strings.TrimSpace(l), " ")
			if cur == nil {
				recs = append(recs, record{line: i + 1})
				cur = &recs[len(recs)-1]
			}
			cur.lines = append(cur.lines, [2]string{k, strings.TrimSpace(v)})
		}
	}
	return recs, names
}

// parseArg turns a documented argument ("name=value") into the Go value
// go-ethereum packs for typ.
func parseArg(t *testing.T, typ abi.Type, s string) any {
	t.Helper()
	if _, v, ok := strings.Cut(s, "="); ok {
		s = v
	}
	switch typ.T {
	case abi.AddressTy:
		if !common.IsHexAddress(s) || strings.ToLower(s) != s {
			t.Fatalf("%q is not a lower-case address", s)
		}
		return common.HexToAddress(s)
	case abi.UintTy:
		v, ok := new(big.Int).SetString(s, 10)
		if !ok {
			t.Fatalf("%q is not a decimal integer", s)
		}
		switch typ.Size {
		case 64:
			return v.Uint64()
		case 256:
			return v
		}
	}
	t.Fatalf("the worked example's test does not read %s arguments", typ)
	return nil
}

var contractABIs = func() map[string]abi.ABI {
	m := map[string]abi.ABI{}
	for _, k := range []string{artifacts.Exchange, artifacts.Stablecoin, artifacts.Token, artifacts.Vault} {
		j, _ := artifacts.ABI(k)
		a, err := abi.JSON(bytes.NewReader(j))
		if err != nil {
			panic(err)
		}
		m[k[strings.LastIndexByte(k, ':')+1:]] = a
	}
	return m
}()

// method finds the function of signature sig in contract.
func method(t *testing.T, contract, sig string) abi.Method {
	t.Helper()
	for _, m := range contractABIs[contract].Methods {
		if m.Sig == sig {
			return m
		}
	}
	t.Fatalf("%s has no function %s", contract, sig)
	return abi.Method{}
}

// TestDocsWorkedExample runs docs/contracts.md's worked example (a deposit
// and a withdrawal) as written on the demo's deployment: every address is
// the deterministic one the demo gets, every calldata is what go-ethereum
// packs for the documented function and arguments, every transaction
// succeeds with the documented logs, and every read answers the documented
// value, in the documented order.
func TestDocsWorkedExample(t *testing.T) {
	lines := docSection(t, "### Worked example: a deposit and a withdrawal")
	recs, names := exampleRecords(t, lines)

	c := devchain.New(6)
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	roles := deploy.Roles{Operator: c.Addrs[1], Guardian: c.Addrs[2], FeeRecipient: c.Addrs[3]}
	miner := devchain.AutoMine(c, 5*time.Millisecond)
	ct, err := deploy.Deploy(ctx, c.Client, c.Keys[demoDeployer], roles, demoDelay)
	miner.Stop() // from here on, mustSend mines each transaction's block
	if err != nil {
		t.Fatal(err)
	}
	wallet := c.Keys[demoWallet]
	want := map[string]common.Address{
		"Exchange": ct.Exchange, "MockStablecoin": ct.Stablecoin, "GPUHourToken": ct.Token, "ProviderVault": ct.Vault,
		"the demo wallet": crypto.PubkeyToAddress(wallet.PublicKey),
	}
	for n, a := range want {
		if names[n] != a {
			t.Errorf("worked example: %s is at %s, the table says %s", n, a, names[n])
		}
	}
	if len(names) != len(want) {
		t.Errorf("worked example's address table: %v", names)
	}
	byAddr := map[common.Address]string{}
	for n, a := range want {
		byAddr[a] = n
	}
	// docs/api.md's GET /v1/chain example names the same deployment.
	apiDoc, err := os.ReadFile("../../docs/api.md")
	if err != nil {
		t.Fatal(err)
	}
	chainJSON := fmt.Sprintf(`{"chain_id":%d,"exchange":"%s","stablecoin":"%s","token":"%s",`, c.ChainID,
		strings.ToLower(ct.Exchange.Hex()), strings.ToLower(ct.Stablecoin.Hex()), strings.ToLower(ct.Token.Hex()))
	if !bytes.Contains(apiDoc, []byte(chainJSON)) {
		t.Errorf("docs/api.md's GET /v1/chain example does not start %s", chainJSON)
	}

	// The demo's seed gives the wallet its stablecoin (deploy.SeedDemo's
	// Wallets); here the faucet mints it straight.
	coin := bindings.NewMockStablecoin()
	mustSend(t, ctx, c, c.Keys[demoDeployer], ct.Stablecoin, coin.PackMint(want["the demo wallet"], demoWalletCash))

	steps := map[string]int{}
	for _, r := range recs {
		if w := r.get("wait"); len(w) > 0 {
			d, err := time.ParseDuration(strings.Fields(w[0])[0])
			if err != nil || d != demoDelay {
				t.Fatalf("docs/contracts.md:%d: wait %q; the demo's withdrawal delay is %s", r.line, w[0], demoDelay)
			}
			if err := c.AdjustTime(d); err != nil {
				t.Fatal(err)
			}
			steps["wait"]++
			continue
		}
		rpcMethod := r.one(t, "method")
		to := common.HexToAddress(strings.Fields(r.one(t, "to"))[0])
		contract, ok := byAddr[to]
		if !ok || contract == "the demo wallet" {
			t.Fatalf("docs/contracts.md:%d: to %s is none of the contracts", r.line, to)
		}
		callF := strings.Fields(r.one(t, "call"))
		m := method(t, contract, callF[0])
		if len(callF)-1 != len(m.Inputs) {
			t.Fatalf("docs/contracts.md:%d: %s takes %d arguments, the doc gives %d", r.line, m.Sig, len(m.Inputs), len(callF)-1)
		}
		var args []any
		for i, in := range m.Inputs {
			args = append(args, parseArg(t, in.Type, callF[1+i]))
		}
		packed, err := m.Inputs.Pack(args...)
		if err != nil {
			t.Fatal(err)
		}
		data := append(append([]byte{}, m.ID...), packed...)
		if doc := r.one(t, "data"); doc != "0x"+hex.EncodeToString(data) {
			t.Errorf("docs/contracts.md:%d: %s calldata\n doc %s\nwant 0x%x", r.line, m.Sig, doc, data)
		}
		steps[m.Name]++
		switch rpcMethod {
		case "eth_sendTransaction":
			from := common.HexToAddress(strings.Fields(r.one(t, "from"))[0])
			if from != want["the demo wallet"] {
				t.Fatalf("docs/contracts.md:%d: from %s", r.line, from)
			}
			rc := mustSend(t, ctx, c, wallet, to, data)
			docLogs := r.get("log")
			if len(docLogs) != len(rc.Logs) {
				t.Errorf("docs/contracts.md:%d: %s logged %d events, the doc lists %d", r.line, m.Sig, len(rc.Logs), len(docLogs))
				continue
			}
			for i, l := range rc.Logs {
				f := strings.Fields(docLogs[i])
				if len(f) != 3 || want[f[0]] != l.Address || crypto.Keccak256Hash([]byte(f[1])) != l.Topics[0] || f[2] != l.Topics[0].Hex() {
					t.Errorf("docs/contracts.md:%d: log %d is %s topic0 %s; the doc says %q", r.line, i, byAddr[l.Address], l.Topics[0].Hex(), docLogs[i])
				}
			}
		case "eth_call":
			out, err := c.Client.CallContract(ctx, ethereum.CallMsg{From: want["the demo wallet"], To: &to, Data: data}, nil)
			if rev := r.get("revert"); len(rev) > 0 {
				f := strings.Fields(rev[0])
				var de rpc.DataError
				if !errors.As(err, &de) {
					t.Errorf("docs/contracts.md:%d: %s did not revert: %v", r.line, m.Sig, err)
					continue
				}
				got, _ := de.ErrorData().(string)
				sel := "0x" + hex.EncodeToString(crypto.Keccak256([]byte(f[0]))[:4])
				if len(f) != 2 || f[1] != sel || !strings.HasPrefix(got, sel) {
					t.Errorf("docs/contracts.md:%d: %s reverted %s; the doc says %q (selector %s)", r.line, m.Sig, got, rev[0], sel)
				}
				continue
			}
			if err != nil {
				t.Fatalf("docs/contracts.md:%d: %s: %v", r.line, m.Sig, err)
			}
			vals, err := m.Outputs.Unpack(out)
			if err != nil {
				t.Fatal(err)
			}
			if got, doc := formatResult(vals), r.one(t, "result"); !resultMatches(doc, got) {
				t.Errorf("docs/contracts.md:%d: %s(%v) = %s; the doc says %s", r.line, m.Sig, callF[1:], got, doc)
			}
		default:
			t.Fatalf("docs/contracts.md:%d: method %q", r.line, rpcMethod)
		}
	}
	// The flow the doc promises: approve, deposit, request, wait, execute.
	for _, s := range []string{"approve", "deposit", "requestWithdrawal", "wait", "executeWithdrawal", "balanceOf", "pendingWithdrawal"} {
		if steps[s] == 0 {
			t.Errorf("the worked example has no %s", s)
		}
	}
}

// formatResult writes a call's outputs as the doc does: decimal integers,
// a struct's fields in order, separated by ", ".
func formatResult(vals []any) string {
	var parts []string
	var add func(v any)
	add = func(v any) {
		switch v := v.(type) {
		case *big.Int:
			parts = append(parts, v.String())
		case uint64:
			parts = append(parts, fmt.Sprint(v))
		case bool:
			parts = append(parts, fmt.Sprint(v))
		default:
			// A struct (pendingWithdrawal's Pending): its fields in order.
			rv := reflect.ValueOf(v)
			if rv.Kind() != reflect.Struct {
				parts = append(parts, fmt.Sprint(v))
				return
			}
			for i := range rv.NumField() {
				add(rv.Field(i).Interface())
			}
		}
	}
	for _, v := range vals {
		add(v)
	}
	return strings.Join(parts, ", ")
}

// resultMatches compares a documented result with the call's; a
// documented value in <angle brackets> (a block time) matches anything.
func resultMatches(doc, got string) bool {
	d, g := strings.Split(doc, ", "), strings.Split(got, ", ")
	if len(d) != len(g) {
		return false
	}
	for i := range d {
		if !strings.HasPrefix(d[i], "<") && d[i] != g[i] {
			return false
		}
	}
	return true
}

// mustSend sends data to `to` from key, waits for it to be mined and fails
// unless it succeeded.
func mustSend(t *testing.T, ctx context.Context, c *devchain.Chain, key *ecdsa.PrivateKey, to common.Address, data []byte) *types.Receipt {
	t.Helper()
	bc := bind.NewBoundContract(to, abi.ABI{}, c.Client, c.Client, c.Client)
	opts := bind.NewKeyedTransactor(key, c.ChainID)
	opts.Context = ctx
	tx, err := bc.RawTransact(opts, data)
	if err != nil {
		t.Fatalf("sending %x to %s: %v", data[:4], to, err)
	}
	rc, err := c.Mine(tx, nil)
	if err != nil {
		t.Fatalf("%x to %s: %v", data[:4], to, err)
	}
	return rc
}
