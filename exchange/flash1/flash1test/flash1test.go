// Package flash1test finds the stored flash1 workloads for tests of any
// package, as net/http/httptest serves tests of net/http's users.
package flash1test

import (
	"os"
	"path/filepath"
	"testing"
)

// SharedDir returns the project's shared folder: $HOURGLASS_SHARED if set,
// else "../shared" next to the repository root (the directory holding
// go.mod, found by walking up from the test's working directory).
func SharedDir(t testing.TB) string {
	t.Helper()
	if d := os.Getenv("HOURGLASS_SHARED"); d != "" {
		return d
	}
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "..", "shared")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("flash1test: no go.mod above the working directory")
		}
		dir = parent
	}
}

// Workload returns the path of a stored workload such as
// "normal-100k.bin.xz". A missing file fails the test when CI=true, where
// the data must be present, and skips it elsewhere.
func Workload(t testing.TB, name string) string {
	t.Helper()
	path := filepath.Join(SharedDir(t), "testdata", "flash1", name)
	if _, err := os.Stat(path); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("flash1 workload missing in CI: %v", err)
		}
		t.Skipf("flash1 workload not available: %v (set HOURGLASS_SHARED)", err)
	}
	return path
}
