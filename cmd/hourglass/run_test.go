package main

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/hourglass-exchange/hourglass/exchange/flash1/flash1test"
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
		{"demo", "extra"},
		{"replay", "--format", "flash1", "a.bin", "b.bin"},
		{"replay", "--format", "flash1", "--generate", "normal", "a.bin"},
		{"replay", "--format", "flash1", "--bogus"},
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
