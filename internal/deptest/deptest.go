// Package deptest holds DESIGN.md's layout rules, the "may import" column
// of its table, as tests that fail when a package reaches where it may not
// (tailscale's tstest/deptest is the model). It reads the module's import
// graph with `go list -deps`, so a rule also catches what a package pulls
// in through another.
package deptest

import (
	"encoding/json"
	"fmt"
	"io"
	"os/exec"
	"strings"
)

// Module is the module path every rule is written against.
const Module = "github.com/hourglass-exchange/hourglass"

// Package is one package of the module as `go list` sees it, without its
// tests.
type Package struct {
	ImportPath string
	Dir        string
	Name       string
	Imports    []string // direct imports of the non-test files
	Deps       []string // everything they pull in, transitively
}

// Rel returns the package's path inside the module ("." for the root).
func (p *Package) Rel() string { return Rel(p.ImportPath) }

// Rel returns an import path relative to the module, or the path itself
// for a package outside it.
func Rel(path string) string {
	if path == Module {
		return "."
	}
	if r, ok := strings.CutPrefix(path, Module+"/"); ok {
		return r
	}
	return path
}

// List runs `go list -deps=false -json` over patterns from dir.
func List(dir string, patterns ...string) ([]Package, error) {
	cmd := exec.Command("go", append([]string{"list", "-json=ImportPath,Dir,Name,Imports,Deps"}, patterns...)...)
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			return nil, fmt.Errorf("go list: %w: %s", err, ee.Stderr)
		}
		return nil, fmt.Errorf("go list: %w", err)
	}
	var pkgs []Package
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for {
		var p Package
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			return nil, err
		}
		pkgs = append(pkgs, p)
	}
	return pkgs, nil
}

// Under reports whether rel is folder or inside it.
func Under(rel, folder string) bool {
	return rel == folder || strings.HasPrefix(rel, folder+"/")
}

// Matches reports whether an import path matches pattern: a path ending in
// "/" matches everything under it (and the path itself without the slash),
// any other pattern matches only itself. Module-relative patterns start
// with "./".
func Matches(path, pattern string) bool {
	if r, ok := strings.CutPrefix(pattern, "./"); ok {
		pattern = Module + "/" + r
	}
	if strings.HasSuffix(pattern, "/") {
		return path == strings.TrimSuffix(pattern, "/") || strings.HasPrefix(path, pattern)
	}
	return path == pattern
}
