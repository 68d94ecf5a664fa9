package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// TestDevnetREADME runs the README's steps for a real node as written:
// `hourglass devnet` (its code path, with the real geth), `hourglass serve`
// on the node it prints with the deployer key it prints, and then every
// line of the README's trader block with the trader key it prints: deposit,
// order, book, balances, withdrawal. It fails when the block, the devnet or
// serve on it breaks.
func TestDevnetREADME(t *testing.T) {
	testsvc.GethBinary(t)
	block := readmeCLIBlock(t)
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()

	// hourglass devnet, on a port the kernel picks.
	var dout, derr testsvc.SyncBuffer
	devCtx, stopDevnet := context.WithCancel(ctx)
	devDone := make(chan error, 1)
	go func() {
		devDone <- Run(devCtx, []string{"devnet", "--port", "0", "--datadir", t.TempDir()}, &dout, &derr)
	}()
	defer func() {
		stopDevnet()
		select {
		case err := <-devDone:
			if err != nil {
				t.Errorf("devnet: %v\n%s", err, derr.String())
			}
		case <-time.After(45 * time.Second):
			t.Error("devnet did not stop geth within 45s")
		}
	}()
	printed := map[string]string{}
	testsvc.CheckFor(t, 90*time.Second, 50*time.Millisecond, func() error {
		select {
		case err := <-devDone:
			devDone <- err
			return fmt.Errorf("devnet stopped: %v\n%s", err, derr.String())
		default:
		}
		out := dout.String()
		if !strings.Contains(out, "Ctrl-C stops geth.") {
			return fmt.Errorf("devnet has not printed its keys yet: %q", out)
		}
		for _, v := range []string{"HOURGLASS_DEPLOYER_KEY", "HOURGLASS_KEY"} {
			m := regexp.MustCompile(`(?m)^\s+` + v + `=(0x[0-9a-f]{64})\b`).FindStringSubmatch(out)
			if m == nil {
				return fmt.Errorf("devnet printed no %s line of a 0x-hex key: %q", v, out)
			}
			printed[v] = m[1]
		}
		m := regexp.MustCompile(`JSON-RPC:\s+(http://127\.0\.0\.1:[0-9]+)`).FindStringSubmatch(out)
		if m == nil {
			return fmt.Errorf("devnet printed no JSON-RPC URL: %q", out)
		}
		printed["ETH_RPC_URL"] = m[1]
		return nil
	})
	t.Logf("devnet:\n%s", dout.String())

	// hourglass serve on it, as devnet says (no bots: the test's trader
	// is the only client; a short withdrawal delay for the last line).
	t.Setenv("DATABASE_URL", "")
	t.Setenv("REDIS_URL", "")
	t.Setenv("HOURGLASS_OPERATOR_KEY", "")
	t.Setenv("ETH_RPC_URL", printed["ETH_RPC_URL"])
	t.Setenv("HOURGLASS_DEPLOYER_KEY", printed["HOURGLASS_DEPLOYER_KEY"])
	var sout, serr testsvc.SyncBuffer
	serveCtx, stopServe := context.WithCancel(ctx)
	serveDone := make(chan error, 1)
	go func() {
		serveDone <- Run(serveCtx, []string{"serve", "--addr", "127.0.0.1:0", "--dir", t.TempDir(), "--confirmations", "1",
			"--bot-rate", "0", "--traders", "0", "--withdrawal-delay", "2s"}, &sout, &serr)
	}()
	defer func() {
		stopServe()
		select {
		case err := <-serveDone:
			if err != nil {
				t.Errorf("serve: %v", err)
			}
		case <-time.After(30 * time.Second):
			t.Error("serve did not stop within 30s")
		}
	}()
	var gateway string
	var markets []string
	testsvc.CheckFor(t, 120*time.Second, 50*time.Millisecond, func() error {
		select {
		case err := <-serveDone:
			serveDone <- err
			return fmt.Errorf("serve stopped: %v\n%s", err, serr.String())
		default:
		}
		for _, line := range strings.Split(sout.String(), "\n") {
			f := strings.Fields(line)
			switch {
			case len(f) == 2 && f[0] == "REST:":
				gateway = strings.TrimSuffix(f[1], "/v1/markets")
			case len(f) >= 2 && f[0] == "markets:":
				markets = strings.Fields(strings.Trim(strings.Join(f[1:], " "), "[]"))
			}
		}
		if gateway == "" || len(markets) == 0 {
			return fmt.Errorf("serve has not printed its gateway and markets yet: %q", sout.String())
		}
		return nil
	})

	// The README's block, line by line: exports take what devnet and serve
	// printed, every other line is hourglass commands separated by ';'.
	vars := map[string]string{"HOURGLASS_GATEWAY": gateway}
	t.Setenv("HOURGLASS_GATEWAY", gateway)
	for _, line := range block {
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if rest, ok := strings.CutPrefix(line, "export "); ok {
			for _, kv := range strings.Fields(rest) {
				k, _, _ := strings.Cut(kv, "=")
				switch k {
				case "HOURGLASS_KEY", "ETH_RPC_URL":
					vars[k] = printed[k]
				case "MARKET":
					vars[k] = markets[0]
				default:
					t.Fatalf("the README exports %s, which this test does not know how to set", k)
				}
				t.Setenv(k, vars[k])
			}
			continue
		}
		for _, cmd := range strings.Split(line, ";") {
			args := strings.Fields(os.Expand(strings.TrimSpace(cmd), func(k string) string { return vars[k] }))
			if len(args) < 2 || args[0] != "hourglass" {
				t.Fatalf("README line %q: not an hourglass command", cmd)
			}
			args = args[1:]
			run := func() (string, error) {
				var out, errs bytes.Buffer
				err := Run(ctx, args, &out, &errs)
				if err != nil {
					return "", fmt.Errorf("hourglass %s: %v\nstdout: %s\nstderr: %s", strings.Join(args, " "), err, out.String(), errs.String())
				}
				return out.String(), nil
			}
			var out string
			if len(args) >= 2 && args[0] == "withdraw" && args[1] == "execute" {
				// "once ready": the withdrawal delay is 2s here.
				testsvc.CheckFor(t, 30*time.Second, 500*time.Millisecond, func() (err error) {
					out, err = run()
					return err
				})
			} else {
				var err error
				if out, err = run(); err != nil {
					t.Fatalf("README step fails against hourglass devnet: %v\nserve's log:\n%s", err, tail(serr.String(), 40))
				}
			}
			t.Logf("$ hourglass %s\n%s", strings.Join(args, " "), out)
			switch strings.Join(args[:min(2, len(args))], " ") {
			case "balances":
				if !regexp.MustCompile(`(?m)^USDC\s+229\.489500\s+21\.010500$`).MatchString(out) {
					t.Errorf("balances after depositing 250.5 USDC and bidding 10 at 2.10 (fee 5 bps held): %q", out)
				}
			case "orders":
				if !strings.Contains(out, markets[0]) {
					t.Errorf("open orders do not show the order on %s: %q", markets[0], out)
				}
			}
		}
	}
}

// readmeCLIBlock returns the lines of the README's code block for the
// trader commands (the first sh block of "The command-line tool for
// traders").
func readmeCLIBlock(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	i := strings.Index(s, "## The command-line tool for traders")
	if i < 0 {
		t.Fatal(`README.md has no "## The command-line tool for traders"`)
	}
	s = s[i:]
	start := strings.Index(s, "```sh\n")
	if start < 0 {
		t.Fatal("README.md: no sh block for the trader commands")
	}
	s = s[start+len("```sh\n"):]
	end := strings.Index(s, "```")
	if end < 0 {
		t.Fatal("README.md: the trader commands' block does not end")
	}
	lines := strings.Split(strings.TrimSpace(s[:end]), "\n")
	if len(lines) < 3 {
		t.Fatalf("README.md: the trader block is only %q", lines)
	}
	return lines
}

// tail is the last n lines of s.
func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}
