package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestSummarySaysWhatWasSkipped feeds a recorded `go test -json` stream:
// the plain output keeps the package lines and a failing test's output,
// drops passing tests' output, and ends with the skips grouped by reason
// and the command that installs the missing servers.
func TestSummarySaysWhatWasSkipped(t *testing.T) {
	const stream = `{"Action":"start","Package":"github.com/hourglass-exchange/hourglass/internal/redisbus"}
{"Action":"run","Package":"github.com/hourglass-exchange/hourglass/internal/redisbus","Test":"TestBus"}
{"Action":"output","Package":"github.com/hourglass-exchange/hourglass/internal/redisbus","Test":"TestBus","Output":"=== RUN   TestBus\n"}
{"Action":"output","Package":"github.com/hourglass-exchange/hourglass/internal/redisbus","Test":"TestBus","Output":"    redisbus_test.go:20: testsvc: redis-server not found (Debian: apt-get install redis-server)\n"}
{"Action":"output","Package":"github.com/hourglass-exchange/hourglass/internal/redisbus","Test":"TestBus","Output":"--- SKIP: TestBus (0.00s)\n"}
{"Action":"skip","Package":"github.com/hourglass-exchange/hourglass/internal/redisbus","Test":"TestBus"}
{"Action":"run","Package":"github.com/hourglass-exchange/hourglass/internal/redisbus","Test":"TestKV"}
{"Action":"output","Package":"github.com/hourglass-exchange/hourglass/internal/redisbus","Test":"TestKV","Output":"=== RUN   TestKV\n"}
{"Action":"output","Package":"github.com/hourglass-exchange/hourglass/internal/redisbus","Test":"TestKV","Output":"--- SKIP: TestKV (0.00s)\n"}
{"Action":"output","Package":"github.com/hourglass-exchange/hourglass/internal/redisbus","Test":"TestKV","Output":"    kv_test.go:9: testsvc: redis-server not found (Debian: apt-get install redis-server)\n"}
{"Action":"skip","Package":"github.com/hourglass-exchange/hourglass/internal/redisbus","Test":"TestKV"}
{"Action":"output","Package":"github.com/hourglass-exchange/hourglass/internal/redisbus","Output":"PASS\n"}
{"Action":"output","Package":"github.com/hourglass-exchange/hourglass/internal/redisbus","Output":"ok  \tgithub.com/hourglass-exchange/hourglass/internal/redisbus\t0.01s\n"}
{"Action":"pass","Package":"github.com/hourglass-exchange/hourglass/internal/redisbus"}
{"Action":"run","Package":"github.com/hourglass-exchange/hourglass/exchange","Test":"TestGood"}
{"Action":"output","Package":"github.com/hourglass-exchange/hourglass/exchange","Test":"TestGood","Output":"=== RUN   TestGood\n"}
{"Action":"output","Package":"github.com/hourglass-exchange/hourglass/exchange","Test":"TestGood","Output":"--- PASS: TestGood (0.00s)\n"}
{"Action":"pass","Package":"github.com/hourglass-exchange/hourglass/exchange","Test":"TestGood"}
{"Action":"run","Package":"github.com/hourglass-exchange/hourglass/exchange","Test":"TestBad"}
{"Action":"output","Package":"github.com/hourglass-exchange/hourglass/exchange","Test":"TestBad","Output":"=== RUN   TestBad\n"}
{"Action":"output","Package":"github.com/hourglass-exchange/hourglass/exchange","Test":"TestBad","Output":"    x_test.go:3: it broke\n"}
{"Action":"output","Package":"github.com/hourglass-exchange/hourglass/exchange","Test":"TestBad","Output":"--- FAIL: TestBad (0.00s)\n"}
{"Action":"fail","Package":"github.com/hourglass-exchange/hourglass/exchange","Test":"TestBad"}
{"Action":"output","Package":"github.com/hourglass-exchange/hourglass/exchange","Output":"FAIL\n"}
{"Action":"output","Package":"github.com/hourglass-exchange/hourglass/exchange","Output":"FAIL\tgithub.com/hourglass-exchange/hourglass/exchange\t0.02s\n"}
{"Action":"fail","Package":"github.com/hourglass-exchange/hourglass/exchange"}
{"ImportPath":"github.com/hourglass-exchange/hourglass/broken","Action":"build-output","Output":"broken/x.go:1:1: expected 'package'\n"}
not json at all
`
	var out bytes.Buffer
	s := newSummary(&out)
	s.read(strings.NewReader(stream))
	s.print()
	got := out.String()
	for _, want := range []string{
		"ok  \tgithub.com/hourglass-exchange/hourglass/internal/redisbus\t0.01s\n",
		"    x_test.go:3: it broke\n--- FAIL: TestBad (0.00s)\n",
		"FAIL\tgithub.com/hourglass-exchange/hourglass/exchange\t0.02s\n",
		"broken/x.go:1:1: expected 'package'\n",
		"not json at all\n",
		"2 tests SKIPPED:\n    2  testsvc: redis-server not found (Debian: apt-get install redis-server)\n       internal/redisbus.TestBus, internal/redisbus.TestKV\n",
		"Install them with\n  .ci/install-deps\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	for _, not := range []string{"TestGood", "=== RUN", "\nPASS\n"} {
		if strings.Contains(got, not) {
			t.Errorf("output has %q (go test's plain output does not):\n%s", not, got)
		}
	}
}

// TestExitStatusIsGoTests runs the command on a module with a failing
// test: go test's exit status comes through.
func TestExitStatusIsGoTests(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs go test: not in -short")
	}
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", "module example.com/m\n\ngo 1.22\n")
	write("m_test.go", "package m\n\nimport \"testing\"\n\nfunc TestFails(t *testing.T) { t.Fatal(\"no\") }\n\nfunc TestSkips(t *testing.T) { t.Skip(\"testsvc: geth not found\") }\n")
	bin := filepath.Join(t.TempDir(), "gotest")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "-count=1", "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=", "GOWORK=off")
	out, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	if !asExit(err, &ee) || ee.ExitCode() != 1 {
		t.Fatalf("exit %v, want status 1:\n%s", err, out)
	}
	if !strings.Contains(string(out), "--- FAIL: TestFails") || !strings.Contains(string(out), "1 test SKIPPED") ||
		!strings.Contains(string(out), "testsvc: geth not found") {
		t.Fatalf("output:\n%s", out)
	}
}

func asExit(err error, target **exec.ExitError) bool {
	e, ok := err.(*exec.ExitError)
	*target = e
	return ok
}
