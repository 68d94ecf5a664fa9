package deptest_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/hourglass-exchange/hourglass/internal/deptest"
)

// rule is one row of DESIGN.md's layout table, made checkable.
type rule struct {
	folder string // module-relative; the rule covers it and everything under it
	exact  bool   // only the folder's own package
	why    string
	// onlyImports, when set, lists everything the packages may import
	// directly (standard library included).
	onlyImports []string
	// onlyModuleImports, when set, lists the module's packages they may
	// import directly; anything outside the module is not limited.
	onlyModuleImports []string
	// noDeps may not appear anywhere in what they pull in.
	noDeps []string
	// except names packages under folder that the rule leaves out.
	except []string
}

var rules = []rule{
	{folder: "exchange", exact: true, why: "the engine is a pure state machine: no clock, file, network, randomness or goroutine machinery",
		onlyImports: []string{"crypto/sha256", "encoding/binary", "errors", "fmt", "iter", "math/bits", "slices", "sort", "strconv", "strings"},
		noDeps: []string{"net", "net/http", "os/exec", "database/sql", "github.com/jackc/", "github.com/redis/",
			"github.com/gorilla/", "github.com/ethereum/", "github.com/NVIDIA/"}},
	{folder: "exchange", why: "the domain does not reach the gateway, the adapters it does not own, the wiring or the simulation",
		noDeps: []string{"./api/", "./internal/node/", "./internal/postgres/", "./internal/redisbus/", "./internal/bus/", "./sim/", "./cmd/", "./oracle/", "./redeemer/"}},
	{folder: "bindings", why: "generated bindings need go-ethereum only",
		onlyModuleImports: []string{}, noDeps: []string{"github.com/jackc/", "github.com/redis/"}},
	{folder: "contracts/artifacts", exact: true, why: "the committed artifacts, embedded: data the gateway serves (its ABIs) without linking go-ethereum or the chain",
		onlyImports: []string{"bytes", "embed", "encoding/json", "fmt", "sort", "sync"}},
	{folder: "api", why: "the gateway reaches PostgreSQL only through the History interface it declares; it never links pgx",
		noDeps: []string{"github.com/jackc/", "./internal/postgres/", "./internal/node/", "./sim/", "./cmd/", "./oracle/", "./redeemer/"},
		// The gateway tests' harness runs them against a real PostgreSQL.
		except: []string{"api/internal/apitest"}},
	{folder: "api", exact: true, why: "the gateway gets Redis, the chain and the history through interfaces",
		noDeps: []string{"github.com/redis/", "./internal/redisbus/", "./internal/evm/", "./exchange/settlement"}},
	{folder: "oracle", why: "the oracle never imports the gateway", noDeps: []string{"./api/", "./internal/node/", "./sim/"}},
	{folder: "redeemer", why: "the redeemer never imports the gateway", noDeps: []string{"./api/", "./internal/node/", "./sim/"}},
	// sim.Demo ("hourglass simulate") is the engine alone behind its
	// journal, so exchange/sequencer (and its journal) is the one part of
	// the exchange besides api/client that sim may run; the live demo's
	// bots and traders reach the exchange only through the gateway.
	{folder: "sim", why: "the simulation trades through api/client only (plus the exchange's types)",
		onlyModuleImports: []string{"./api/client", "./api/wire", "./api/marketdata", "./internal/clock", "./exchange", "./exchange/instrument",
			"./exchange/settlement/eip712", "./exchange/sequencer"},
		noDeps: []string{"./internal/node/", "./internal/postgres/", "./internal/redisbus/", "./internal/bus/", "./internal/evm/",
			"./exchange/settlement", "./cmd/", "github.com/jackc/", "github.com/redis/"}},
	{folder: "internal/node", why: "the operator gets its markets from configuration, not from the demo", noDeps: []string{"./sim/", "./cmd/"}},
	{folder: "internal", why: "adapters and wiring never depend on the commands", noDeps: []string{"./cmd/"}},
}

func list(t *testing.T) []deptest.Package {
	t.Helper()
	pkgs, err := deptest.List("../..", "./...")
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) < 20 {
		t.Fatalf("go list found %d packages", len(pkgs))
	}
	return pkgs
}

func TestMayImport(t *testing.T) {
	pkgs := list(t)
	for _, r := range rules {
		covered := 0
		for _, p := range pkgs {
			rel := p.Rel()
			if r.exact && rel != r.folder || !r.exact && !deptest.Under(rel, r.folder) || slices.Contains(r.except, rel) {
				continue
			}
			covered++
			for _, imp := range p.Imports {
				if r.onlyImports != nil && !slices.Contains(r.onlyImports, imp) {
					t.Errorf("%s imports %s; %s (may import only %v)", rel, imp, r.why, r.onlyImports)
				}
				if r.onlyModuleImports != nil && strings.HasPrefix(imp, deptest.Module+"/") &&
					!slices.ContainsFunc(r.onlyModuleImports, func(a string) bool { return deptest.Matches(imp, a) }) {
					t.Errorf("%s imports %s; %s", rel, deptest.Rel(imp), r.why)
				}
			}
			for _, bad := range r.noDeps {
				var hits []string
				for _, dep := range p.Deps {
					if deptest.Matches(dep, bad) {
						hits = append(hits, deptest.Rel(dep))
					}
				}
				if len(hits) > 0 {
					t.Errorf("%s depends on %s (%d packages: %s); %s", rel, bad, len(hits), strings.Join(hits[:min(3, len(hits))], ", "), r.why)
				}
			}
		}
		if covered == 0 {
			// oracle/ and redeemer/ are rules before they are code.
			t.Logf("no package under %s yet: %q holds once there is", r.folder, r.why)
		}
	}
}

// TestCommandsAreMains keeps cmd/ to thin mains that nothing imports.
func TestCommandsAreMains(t *testing.T) {
	for _, p := range list(t) {
		if deptest.Under(p.Rel(), "cmd") && p.Name != "main" {
			t.Errorf("%s is package %s: cmd/ holds mains only; put the logic where the layout says", p.Rel(), p.Name)
		}
	}
}

// TestTopLevelFolders holds the layout's top level: the domain folders the
// design names, docs/, internal/ and .ci/, nothing else.
func TestTopLevelFolders(t *testing.T) {
	allowed := []string{"exchange", "contracts", "bindings", "redeemer", "oracle", "api", "cmd", "sim", "docs", "internal", ".ci", ".git"}
	ents, err := os.ReadDir("../..")
	if err != nil {
		t.Fatal(err)
	}
	// bin/ is where make build leaves the hourglass binary: a build output
	// that git ignores, not part of the layout.
	if ig, err := os.ReadFile("../../.gitignore"); err == nil && slices.Contains(strings.Split(string(ig), "\n"), "/bin/") {
		allowed = append(allowed, "bin")
	}
	for _, e := range ents {
		if e.IsDir() && !slices.Contains(allowed, e.Name()) {
			t.Errorf("top-level folder %s is not in DESIGN.md's layout (%v)", e.Name(), allowed)
		}
	}
	for _, f := range []string{"go.mod", "Makefile", "README.md", filepath.Join(".ci", "run")} {
		if _, err := os.Stat(filepath.Join("../..", f)); err != nil {
			t.Errorf("the layout needs %s: %v", f, err)
		}
	}
}

func TestMatches(t *testing.T) {
	m := deptest.Module
	for _, c := range []struct {
		path, pattern string
		want          bool
	}{
		{m + "/api", "./api/", true},
		{m + "/api/client", "./api/", true},
		{m + "/apix", "./api/", false},
		{m + "/api/client", "./api", false},
		{"github.com/jackc/pgx/v5", "github.com/jackc/", true},
		{"net/http", "net", false},
		{"net", "net", true},
	} {
		if got := deptest.Matches(c.path, c.pattern); got != c.want {
			t.Errorf("Matches(%s, %s) = %v", c.path, c.pattern, got)
		}
	}
}
