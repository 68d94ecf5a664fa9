package node_test

import (
	"bytes"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/hourglass-exchange/hourglass/internal/node"
)

// checkPrintInfoAsREADMEShows checks README.md's make-demo block against
// what PrintInfo prints for in, a demo node on the embedded chain with its
// JSON-RPC (its gateway at hourglass serve's default address): line for
// line, each "…" of the README standing for any text. The contract
// addresses, the chain id and the key's form are checked as printed.
func checkPrintInfoAsREADMEShows(t *testing.T, in node.Info) {
	t.Helper()
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)```text make-demo\n(.*?)\n```").FindSubmatch(b)
	if m == nil {
		t.Fatal("README.md has no ```text make-demo block")
	}
	in.Gateway = "127.0.0.1:8080"
	var out bytes.Buffer
	node.PrintInfo(&out, in)
	want := strings.Split(string(m[1]), "\n")
	got := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(got) != len(want) {
		t.Fatalf("PrintInfo prints %d lines, README.md shows %d:\n%s", len(got), len(want), out.String())
	}
	for i, w := range want {
		re := "^" + strings.ReplaceAll(regexp.QuoteMeta(w), "…", ".+") + "$"
		if !regexp.MustCompile(re).MatchString(got[i]) {
			t.Errorf("line %d: PrintInfo prints\n%s\nREADME.md shows\n%s", i+1, got[i], w)
		}
	}
}
