package judge

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestPure holds oracle/judge and oracle/merkle to what they promise: no
// I/O, no clock reads, no goroutines. It reads their non-test sources:
// only the listed imports, no `go` statement, and no call of time.Now,
// time.Since, time.Until, time.Sleep, time.After or time.Tick.
func TestPure(t *testing.T) {
	allowed := map[string]bool{
		"bytes": true, "crypto/ecdsa": true, "encoding/binary": true, "errors": true, "fmt": true,
		"math": true, "math/big": true, "slices": true, "sort": true, "strings": true, "time": true,
		"github.com/ethereum/go-ethereum/common": true, "github.com/ethereum/go-ethereum/crypto": true,
		"github.com/hourglass-exchange/hourglass/oracle/merkle": true,
	}
	clock := map[string]bool{"Now": true, "Since": true, "Until": true, "Sleep": true, "After": true, "Tick": true,
		"NewTimer": true, "NewTicker": true, "AfterFunc": true}
	files := 0
	for _, dir := range []string{".", "../merkle"} {
		names, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range names {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			files++
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, name, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			for _, imp := range f.Imports {
				p, _ := strconv.Unquote(imp.Path.Value)
				if !allowed[p] {
					t.Errorf("%s imports %s: the judge is pure (no I/O, clock or goroutines)", name, p)
				}
			}
			ast.Inspect(f, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.GoStmt:
					t.Errorf("%s: a go statement at %s", name, fset.Position(n.Pos()))
				case *ast.SelectorExpr:
					if id, ok := n.X.(*ast.Ident); ok && id.Name == "time" && clock[n.Sel.Name] {
						t.Errorf("%s: time.%s at %s: times are inputs", name, n.Sel.Name, fset.Position(n.Pos()))
					}
				}
				return true
			})
		}
	}
	if files < 6 {
		t.Fatalf("read only %d source files", files)
	}
}
