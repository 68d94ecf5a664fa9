package flash1_test

import (
	"testing"

	"github.com/hourglass-exchange/hourglass/exchange/flash1"
	"github.com/hourglass-exchange/hourglass/exchange/flash1/flash1test"
)

// The stored workloads and their report hashes (testdata/flash1/README.md).
// The full workload's hash is the one flash1 publishes; the trade and
// resting counts are those the reference matcher measured
// (reference/matching-engine.md §7.1).
var workloads = []struct {
	file     string
	messages int
	sha256   string
	trades   int // 0: not known independently
	resting  int
	long     bool
}{
	{file: "normal-100k.bin.xz", messages: 199_833,
		sha256: "d5fa1fcda1903969ae0d40910452f33b714e7e8ca0bff938739901f4d2026f1b"},
	{file: "normal.bin.xz", messages: 1_996_097,
		sha256: "e9b2e3926854410b01a035aeb25dd05f1e597c233be8263de9eb49b6713d367e",
		trades: 62_474, resting: 5_500, long: true},
}

func TestWorkloadReportHash(t *testing.T) {
	for _, w := range workloads {
		t.Run(w.file, func(t *testing.T) {
			if w.long && testing.Short() {
				t.Skip("full workload skipped in -short mode")
			}
			recs, err := flash1.ReadFile(flash1test.Workload(t, w.file))
			if err != nil {
				t.Fatal(err)
			}
			if len(recs) != w.messages {
				t.Fatalf("read %d messages, want %d", len(recs), w.messages)
			}
			rep, err := flash1.Replay(recs)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%+v", rep)
			if rep.ReportSHA256 != w.sha256 {
				t.Errorf("report hash %s, want %s", rep.ReportSHA256, w.sha256)
			}
			if w.trades != 0 && (rep.Trades != w.trades || rep.Resting != w.resting) {
				t.Errorf("trades %d resting %d, want %d and %d", rep.Trades, rep.Resting, w.trades, w.resting)
			}
		})
	}
}

// TestRunMeasures checks Run's figures on the 100k workload: the hash of
// the replay, and timings that a working measurement must produce.
func TestRunMeasures(t *testing.T) {
	recs, err := flash1.ReadFile(flash1test.Workload(t, "normal-100k.bin.xz"))
	if err != nil {
		t.Fatal(err)
	}
	res, err := flash1.Run(recs, flash1.Options{Passes: 2})
	if err != nil {
		t.Fatal(err)
	}
	t.Log(res)
	if res.ReportSHA256 != workloads[0].sha256 || res.Messages != len(recs) {
		t.Errorf("hash %s over %d messages", res.ReportSHA256, res.Messages)
	}
	if res.Passes != 2 || res.MsgsPerSec <= 0 || res.NsPerMsg <= 0 || res.AllocsPerMsg < 0 ||
		!(0 < res.P50Ns && res.P50Ns <= res.P99Ns && res.P99Ns <= res.P999Ns && res.P999Ns <= res.MaxNs) {
		t.Errorf("implausible timing %+v", res.Timing)
	}
	if res.Capacity < res.Resting {
		t.Errorf("order capacity %d below the %d orders resting at the end", res.Capacity, res.Resting)
	}
}
