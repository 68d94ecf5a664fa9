package exchange

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// TestEngineDoesNoIO keeps the engine a pure state machine: its own imports
// come from a short list with no clock, file, network, randomness or
// goroutine machinery, and nothing it pulls in transitively talks to a
// network, a database or a process.
func TestEngineDoesNoIO(t *testing.T) {
	goList := func(format string) []string {
		out, err := exec.Command("go", "list", "-f", format, ".").Output()
		if err != nil {
			t.Fatalf("go list: %v", err)
		}
		return strings.Fields(strings.Trim(strings.TrimSpace(string(out)), "[]"))
	}
	allowed := []string{"crypto/sha256", "encoding/binary", "errors", "fmt", "iter", "math/bits", "slices", "sort", "strconv", "strings"}
	for _, imp := range goList("{{.Imports}}") {
		if !slices.Contains(allowed, imp) {
			t.Errorf("package exchange imports %s; the engine may only import %v", imp, allowed)
		}
	}
	forbidden := []string{"net", "net/http", "os/exec", "database/sql", "github.com/jackc/", "github.com/redis/",
		"github.com/gorilla/", "github.com/ethereum/", "github.com/NVIDIA/"}
	for _, dep := range goList("{{.Deps}}") {
		for _, f := range forbidden {
			if dep == f || (strings.HasSuffix(f, "/") && strings.HasPrefix(dep, f)) {
				t.Errorf("package exchange depends on %s", dep)
			}
		}
	}
}
