package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/exchange/flash1/flash1test"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
	"github.com/hourglass-exchange/hourglass/sim"
)

// run calls Run and returns its output as key=value pairs.
func run(t *testing.T, args ...string) (map[string]string, error) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	err := Run(context.Background(), args, &stdout, &stderr)
	kv := map[string]string{}
	for _, l := range strings.Split(strings.TrimSpace(stdout.String()), "\n") {
		if k, v, ok := strings.Cut(l, "="); ok {
			kv[k] = v
		}
	}
	if err != nil {
		t.Logf("stderr: %s", stderr.String())
	}
	return kv, err
}

func TestReplayFlash1File(t *testing.T) {
	const want = "d5fa1fcda1903969ae0d40910452f33b714e7e8ca0bff938739901f4d2026f1b"
	file := flash1test.Workload(t, "normal-100k.bin.xz")
	// Flags after FILE work too.
	kv, err := run(t, "replay", "--format", "flash1", file, "--passes", "1", "--expect-sha256", want)
	if err != nil {
		t.Fatal(err)
	}
	if kv["report_sha256"] != want || kv["messages"] != "199833" {
		t.Errorf("got %v", kv)
	}
	for _, k := range []string{"msgs_per_sec", "p50_ns", "p99_ns", "p999_ns", "allocs_per_msg", "trades", "resting"} {
		if kv[k] == "" {
			t.Errorf("no %s= line", k)
		}
	}
	if _, err := run(t, "replay", "--format=flash1", "--passes=1", "--expect-sha256=00", file); err == nil {
		t.Error("a wrong --expect-sha256 passed")
	}
}

func TestReplayGenerate(t *testing.T) {
	args := []string{"replay", "--format", "flash1", "--generate", "swing-40", "--orders", "2000", "--seed", "7", "--passes", "1"}
	a, err := run(t, args...)
	if err != nil {
		t.Fatal(err)
	}
	b, err := run(t, args...)
	if err != nil {
		t.Fatal(err)
	}
	if a["report_sha256"] == "" || a["report_sha256"] != b["report_sha256"] || a["scenario"] != "swing-40" {
		t.Errorf("two runs of one seed: %v and %v", a, b)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		nil,
		{"frobnicate"},
		{"replay"},
		{"replay", "--format", "flash1"},
		{"replay", "--format", "csv", "x.csv"},
		{"replay", "--format", "jsonl", "--generate", "normal"},
		{"simulate", "extra"},
		{"replay", "--format", "flash1", "a.bin", "b.bin"},
		{"replay", "--format", "flash1", "--generate", "normal", "a.bin"},
		{"replay", "--format", "flash1", "--bogus"},
		{"serve", "--mark-deviation-bps", "0"},
		{"serve", "--mark-deviation-bps", "10001"},
	} {
		if _, err := run(t, args...); !errors.Is(err, errUsage) {
			t.Errorf("%q: err %v, want a usage error", args, err)
		}
	}
	if _, err := run(t, "replay", "--format", "flash1", "--generate", "calm"); err == nil || errors.Is(err, errUsage) {
		t.Errorf("unknown scenario: err %v", err)
	}
}

func TestReplayJSONL(t *testing.T) {
	kv, err := run(t, "replay", "--format", "jsonl", "../../exchange/jsonl/testdata/example.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if kv["commands"] != "8" || kv["events"] != "20" || len(kv["state_hash"]) != 64 {
		t.Errorf("jsonl replay printed %v", kv)
	}
	if _, err := run(t, "replay", "--format", "jsonl", "no-such-file.jsonl"); err == nil {
		t.Error("a missing file is not an error")
	}
}

func TestMain(m *testing.M) { os.Exit(testsvc.Main(m)) }

// TestServe runs the gateway with its demo bots on a loopback port, on the
// embedded defaults: the markets are listed over REST, the bots make the
// books, and a cancelled context shuts it down cleanly.
func TestServe(t *testing.T) {
	t.Setenv("DATABASE_URL", "")
	t.Setenv("REDIS_URL", "")
	serve(t, "")
}

// TestServeWithPostgresAndRedis runs the same against a real PostgreSQL
// (history: the bots' trades are served from it) and a real Redis.
func TestServeWithPostgresAndRedis(t *testing.T) {
	t.Setenv("DATABASE_URL", testsvc.Postgres(t))
	t.Setenv("REDIS_URL", testsvc.Redis(t))
	serve(t, "/v1/trades?market=")
}

// serve runs `hourglass serve` until the bots have made a book (and, when
// historyPath is set, until that path for the first market lists data),
// then stops it.
func serve(t *testing.T, historyPath string) {
	base, stop := startServe(t, "--bot-rate", "2000")
	get := func(path string, v any) error { return getJSON(base+path, v) }
	var markets struct {
		Markets []struct {
			Symbol string `json:"symbol"`
		} `json:"markets"`
	}
	testsvc.CheckFor(t, 10*time.Second, 20*time.Millisecond, func() error {
		if err := get("/v1/markets", &markets); err != nil {
			return err
		}
		if n := len(markets.Markets); n != 6 || !strings.Contains(markets.Markets[5].Symbol, "-SPOT+") {
			return fmt.Errorf("%d markets, want the demo's 5 windows and its spot market: %+v", n, markets.Markets)
		}
		return nil
	})
	sym := markets.Markets[0].Symbol
	testsvc.CheckFor(t, 10*time.Second, 50*time.Millisecond, func() error {
		var book struct {
			Bids [][]string `json:"bids"`
			Asks [][]string `json:"asks"`
		}
		if err := get("/v1/book?market="+url.QueryEscape(sym), &book); err != nil {
			return err
		}
		if len(book.Bids) == 0 || len(book.Asks) == 0 {
			return fmt.Errorf("the bots have not made %s's book yet: %+v", sym, book)
		}
		return nil
	})
	if historyPath != "" {
		testsvc.CheckFor(t, 20*time.Second, 100*time.Millisecond, func() error {
			var trades struct {
				Trades []json.RawMessage `json:"trades"`
			}
			if err := get(historyPath+url.QueryEscape(sym), &trades); err != nil {
				return err
			}
			if len(trades.Trades) == 0 {
				return fmt.Errorf("no trades of %s in the history yet", sym)
			}
			return nil
		})
	}
	stop()
}

// startServe starts `hourglass serve` with args on a loopback port and a
// fresh directory, and returns its REST base URL once it prints it, and a
// function that stops it and checks that it stopped cleanly.
func startServe(t *testing.T, args ...string) (base string, stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	var out, errs testsvc.SyncBuffer
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, append([]string{"serve", "--addr", "127.0.0.1:0", "--dir", t.TempDir()}, args...), &out, &errs)
	}()
	testsvc.CheckFor(t, 20*time.Second, 20*time.Millisecond, func() error {
		select {
		case err := <-done:
			done <- err
			return fmt.Errorf("serve stopped: %v\n%s", err, errs.String())
		default:
		}
		for _, line := range strings.Split(out.String(), "\n") {
			if f := strings.Fields(line); len(f) == 2 && f[0] == "REST:" {
				base = strings.TrimSuffix(f[1], "/v1/markets")
				return nil
			}
		}
		return fmt.Errorf("no REST address yet: %q %q", out.String(), errs.String())
	})
	return base, func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("serve: %v\n%s", err, errs.String())
			}
		case <-time.After(20 * time.Second):
			t.Fatal("serve did not stop")
		}
	}
}

// getJSON decodes the JSON of a GET of url into v.
func getJSON(url string, v any) error {
	resp, err := http.Get(url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		return fmt.Errorf("GET %s: %s", url, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(v)
}

// TestServeMarketsFile: with --markets and --market, the exchange lists
// exactly the file's markets and then the flags', and runs no demo clients.
func TestServeMarketsFile(t *testing.T) {
	t.Setenv("DATABASE_URL", "")
	t.Setenv("REDIS_URL", "")
	w, err := sim.NewWorld(time.Now(), sim.MinBots, 0)
	if err != nil {
		t.Fatal(err)
	}
	sym := w.Markets[1].Symbol
	file := filepath.Join(t.TempDir(), "markets.json")
	if err := os.WriteFile(file, []byte(`{"markets": [{"symbol": "`+sym+`", "tick_size": 100, "lot_size": 2, "taker_fee_bps": 7}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	flagSym := w.Markets[2].Symbol
	base, stop := startServe(t, "--markets", file, "--market", flagSym+":200")
	var markets struct {
		Markets []struct {
			Symbol      string `json:"symbol"`
			LotSize     string `json:"lot_size"`
			TakerFeeBps int64  `json:"taker_fee_bps"`
		} `json:"markets"`
	}
	testsvc.CheckFor(t, 10*time.Second, 20*time.Millisecond, func() error {
		if err := getJSON(base+"/v1/markets", &markets); err != nil {
			return err
		}
		if len(markets.Markets) == 0 {
			return errors.New("no markets yet")
		}
		return nil
	})
	if m := markets.Markets; len(m) != 2 || m[0].Symbol != sym || m[0].LotSize != "2" || m[0].TakerFeeBps != 7 ||
		m[1].Symbol != flagSym || m[1].LotSize != "1" {
		t.Errorf("GET /v1/markets: %+v, want the file's %s, then the flag's %s", m, sym, flagSym)
	}
	stop()

	// A file that is not one is refused before anything starts.
	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte(`{"markets": [{"symbol": "nonsense", "tick_size": 100}]}`), 0o644)
	if err := Run(context.Background(), []string{"serve", "--markets", bad}, io.Discard, io.Discard); err == nil ||
		!strings.Contains(err.Error(), "nonsense") {
		t.Errorf("a bad markets file: %v", err)
	}
	if err := Run(context.Background(), []string{"serve", "--market", sym + ":0"}, io.Discard, io.Discard); err == nil {
		t.Error("a market with tick size 0 was taken")
	}
}

// TestReconcileCommand: hourglass reconcile needs --dir and --rpc (a usage
// error, status 2, without either) and fails with status 1 on a directory
// that holds no deployment (its work is internal/node's TestGethReconcile).
func TestReconcileCommand(t *testing.T) {
	t.Setenv("ETH_RPC_URL", "")
	for _, args := range [][]string{
		{"reconcile"},
		{"reconcile", "--dir", t.TempDir()},
		{"reconcile", "--rpc", "http://127.0.0.1:1"},
		{"reconcile", "--dir", t.TempDir(), "--rpc", "http://127.0.0.1:1", "extra"},
	} {
		if _, err := run(t, args...); !errors.Is(err, errUsage) || exitCode(err) != 2 {
			t.Errorf("%q: err %v, want a usage error", args, err)
		}
	}
	_, err := run(t, "reconcile", "--dir", t.TempDir(), "--rpc", "http://127.0.0.1:1", "--apply")
	if err == nil || !strings.Contains(err.Error(), "contracts.json") || exitCode(err) != 1 {
		t.Errorf("no deployment: err %v (status %d)", err, exitCode(err))
	}
}
