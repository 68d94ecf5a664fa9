// Command gotest is what `make test` runs: `go test -json` with the given
// arguments, printed as plain `go test` prints (a line per package, the
// output of failing tests), and at the end every skipped test with its
// reason and, when tests were skipped for want of PostgreSQL, Redis or geth
// (internal/testsvc), the one command that installs them. A fresh machine
// no longer passes `make test` silently while skipping every test against
// a real component. The exit status is go test's.
//
//	go run ./internal/testsvc/cmd/gotest [go test flags] [packages]
//
// The go command is $GO, or go.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"regexp"
	"sort"
	"strings"
)

// InstallDeps is the command that installs what the skipped tests lack.
const InstallDeps = ".ci/install-deps"

func main() {
	goCmd := os.Getenv("GO")
	if goCmd == "" {
		goCmd = "go"
	}
	cmd := exec.Command(goCmd, append([]string{"test", "-json"}, os.Args[1:]...)...)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		fmt.Fprintln(os.Stderr, "gotest:", err)
		os.Exit(2)
	}
	// Ctrl-C reaches go test too (the same process group); this one keeps
	// reading until it has stopped.
	signal.Ignore(os.Interrupt)
	if err := cmd.Start(); err != nil {
		fmt.Fprintln(os.Stderr, "gotest:", err)
		os.Exit(2)
	}
	s := newSummary(os.Stdout)
	s.read(out)
	err = cmd.Wait()
	s.print()
	var ee *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &ee):
		os.Exit(ee.ExitCode())
	default:
		fmt.Fprintln(os.Stderr, "gotest:", err)
		os.Exit(2)
	}
}

// event is one line of `go test -json` (cmd/test2json), build events
// included.
type event struct {
	Action     string
	Package    string
	Test       string
	Output     string
	ImportPath string
}

// skip is a skipped test and why.
type skip struct {
	name   string // package.Test
	reason string
}

// summary turns the event stream into go test's plain output and collects
// the skips.
type summary struct {
	w      io.Writer
	output map[string][]string // a running test's output, by package and test
	skips  []skip
	failed int
}

func newSummary(w io.Writer) *summary { return &summary{w: w, output: map[string][]string{}} }

// read consumes the stream; a line that is not JSON is printed as it is.
func (s *summary) read(r io.Reader) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16<<20)
	for sc.Scan() {
		var ev event
		if err := json.Unmarshal(sc.Bytes(), &ev); err != nil || ev.Action == "" {
			fmt.Fprintln(s.w, sc.Text())
			continue
		}
		s.event(ev)
	}
}

func (s *summary) event(ev event) {
	key := ev.Package + "." + ev.Test
	switch {
	case ev.Action == "build-output":
		fmt.Fprint(s.w, ev.Output)
	case ev.Test == "":
		// Package lines: "ok", "FAIL", "?", and output outside any test;
		// the bare PASS that -json adds is not go test's plain output.
		if ev.Action == "output" && ev.Output != "PASS\n" {
			fmt.Fprint(s.w, ev.Output)
		}
	case ev.Action == "output":
		// -json's "=== RUN" (PAUSE, CONT, NAME) lines are not in go test's
		// plain output.
		if !strings.HasPrefix(ev.Output, "=== ") {
			s.output[key] = append(s.output[key], ev.Output)
		}
	case ev.Action == "fail":
		s.failed++
		fmt.Fprint(s.w, strings.Join(s.output[key], ""))
		delete(s.output, key)
	case ev.Action == "skip":
		s.skips = append(s.skips, skip{name: shortPkg(ev.Package) + "." + ev.Test, reason: skipReason(s.output[key])})
		delete(s.output, key)
	case ev.Action == "pass":
		delete(s.output, key)
	}
}

// skipReason is the message of a test's t.Skip: the last line it logged
// (go test prints a log line as "file.go:N: message"), without the
// file:line prefix.
func skipReason(lines []string) string {
	reason := "(no reason given)"
	for _, l := range lines {
		if m := logLineRE.FindStringSubmatch(strings.TrimSpace(l)); m != nil {
			reason = m[1]
		}
	}
	return reason
}

var logLineRE = regexp.MustCompile(`^[^\s:]+\.go:[0-9]+: (.*)$`)

// shortPkg drops the module path from a package's import path.
func shortPkg(p string) string {
	return strings.TrimPrefix(strings.TrimPrefix(p, "github.com/hourglass-exchange/hourglass"), "/")
}

// print writes the skipped tests grouped by reason and, when real
// components were missing, how to install them.
func (s *summary) print() {
	if len(s.skips) == 0 {
		return
	}
	byReason := map[string][]string{}
	for _, k := range s.skips {
		byReason[k.reason] = append(byReason[k.reason], k.name)
	}
	reasons := make([]string, 0, len(byReason))
	for r := range byReason {
		reasons = append(reasons, r)
	}
	sort.Slice(reasons, func(i, j int) bool {
		if a, b := len(byReason[reasons[i]]), len(byReason[reasons[j]]); a != b {
			return a > b
		}
		return reasons[i] < reasons[j]
	})
	plural := "s"
	if len(s.skips) == 1 {
		plural = ""
	}
	fmt.Fprintf(s.w, "\n%d test%s SKIPPED:\n", len(s.skips), plural)
	missing := false
	for _, r := range reasons {
		names := byReason[r]
		sort.Strings(names)
		list := strings.Join(names[:min(4, len(names))], ", ")
		if len(names) > 4 {
			list += fmt.Sprintf(" and %d more", len(names)-4)
		}
		fmt.Fprintf(s.w, "  %3d  %s\n       %s\n", len(names), r, list)
		if strings.HasPrefix(r, "testsvc:") {
			missing = true
		}
	}
	if missing {
		fmt.Fprintf(s.w, "Tests against real PostgreSQL, Redis or geth did not run. Install them with\n"+
			"  %s\n(apt-get through sudo for postgresql and redis-server; go install for the pinned geth), then run make test again.\n", InstallDeps)
	}
}
