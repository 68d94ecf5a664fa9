package settlement

import (
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// fakeHealth is a ChainHealth whose outage the test sets.
type fakeHealth struct{ down bool }

func (h *fakeHealth) Failed(string, error) {}
func (h *fakeHealth) OK()                  {}
func (h *fakeHealth) Down() bool           { return h.down }

// TestRetryLogDoesNotFlood: a loop that fails every second with the same
// error (a node that lost the contracts) warns once and then once every
// StallLogEvery with the count it held back; a new error warns at once;
// connection errors while the chain is known to be down stay at debug.
func TestRetryLogDoesNotFlood(t *testing.T) {
	var logs testsvc.SyncBuffer
	clk := clock.NewFake(time.Unix(1_800_000_000, 0))
	h := &fakeHealth{}
	p := &Pipeline{cfg: Config{Clock: clk, StallLogEvery: 10 * time.Second, ChainHealth: h},
		log: slog.New(slog.NewTextHandler(&logs, nil))}
	r := retryLog{p: p, msg: "settlement: step failed; retrying"}
	empty := errors.New("abi: attempting to unmarshal an empty string while arguments are expected")
	for range 30 { // 30 s of failures a second
		r.failed(empty)
		clk.Advance(time.Second)
	}
	lines := strings.Split(strings.TrimSpace(logs.String()), "\n")
	if len(lines) != 3 || !strings.Contains(lines[1], "repeated=9") {
		t.Fatalf("30 identical failures in 30 s logged %d lines, want 3 (then every 10 s with the count):\n%s", len(lines), logs.String())
	}
	r.failed(errors.New("something else"))
	if n := strings.Count(logs.String(), "\n"); n != 4 {
		t.Fatalf("a new error is not said at once: %d lines", n)
	}
	h.down = true
	for i := range 20 {
		r.failed(fmt.Errorf("Post \"http://127.0.0.1:8545\": dial tcp: connect: connection refused (%d)", i))
	}
	if n := strings.Count(logs.String(), "\n"); n != 4 {
		t.Fatalf("connection errors while the chain is down were logged:\n%s", logs.String())
	}
	r.ok()
	r.failed(empty)
	if n := strings.Count(logs.String(), "\n"); n != 5 {
		t.Fatalf("after a success the same error is said again at once: %d lines", n)
	}
}
