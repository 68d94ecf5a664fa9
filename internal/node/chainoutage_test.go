package node_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/internal/node"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// TestChainOutageSaysOnce kills the operator's geth, keeps it down for a
// few seconds and starts it again. The operator's log (at serve's level,
// INFO) says once, at ERROR with the cause, that the chain node is not
// answering and once that it answers again, with a handful of lines in
// between rather than one every 50 ms (the watcher and the sender back
// off), and the gateway's /metrics shows hourglass_dependency_up
// {dependency="chain"} 1, then 0, then 1.
func TestChainOutageSaysOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("kills geth: not in -short")
	}
	g := testsvc.StartGeth(t)
	var logs testsvc.SyncBuffer
	cfg := node.Config{RPCURL: g.RPC, DeployerKey: g.Key, Confirmations: 1, WithdrawalDelay: time.Hour,
		Logger:       slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelInfo})),
		MarkInterval: 200 * time.Millisecond} // the mark poster reads the chain through the outage too
	withDemo(t, &cfg, 0)
	cfg.Fund = nil // a bare deployment of the demo's markets: quicker, and nothing to settle
	in := startOperator(t, cfg)
	// A clean restart writes geth's state: the kill below loses no block.
	g.Restart()

	up := func() (string, error) {
		resp, err := http.Get("http://" + in.Gateway + "/metrics")
		if err != nil {
			return "", err
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		if err != nil {
			return "", err
		}
		for _, line := range strings.Split(string(b), "\n") {
			if v, ok := strings.CutPrefix(line, `hourglass_dependency_up{dependency="chain"} `); ok {
				return v, nil
			}
		}
		return "", fmt.Errorf("/metrics has no hourglass_dependency_up{dependency=\"chain\"}")
	}
	wantUp := func(want string, within time.Duration) {
		t.Helper()
		testsvc.CheckFor(t, within, 50*time.Millisecond, func() error {
			v, err := up()
			if err == nil && v != want {
				err = fmt.Errorf("hourglass_dependency_up{dependency=\"chain\"} %s, want %s", v, want)
			}
			return err
		})
	}
	wantUp("1", 30*time.Second)

	mark := len(logs.String())
	g.Kill()
	wantUp("0", 10*time.Second)
	// Down for a while: at 50 ms a poll, the watcher alone used to log
	// about 20 lines a second here.
	const outage = 6 * time.Second
	time.Sleep(outage) // the outage itself: real time passing is what is measured
	during := strings.Count(logs.String()[mark:], "\n")
	g.Restart()
	testsvc.CheckFor(t, 30*time.Second, 50*time.Millisecond, func() error {
		if !strings.Contains(logs.String()[mark:], "chain: answering again") {
			return fmt.Errorf("no recovery line yet")
		}
		return nil
	})
	wantUp("1", 10*time.Second)

	out := logs.String()[mark:]
	t.Logf("the operator's log from the kill to the recovery:\n%s", out)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	var downLines, upLines int
	for _, l := range lines {
		switch {
		case strings.Contains(l, "chain: not answering"):
			downLines++
			// The cause names the node: connection refused, or reset if
			// the kill cut a request short.
			if !strings.Contains(l, "level=ERROR") || !strings.Contains(l, "err=") || !strings.Contains(l, strings.TrimPrefix(g.RPC, "http://")) {
				t.Errorf("the outage line is not an ERROR with the cause: %s", l)
			}
		case strings.Contains(l, "chain: answering again"):
			upLines++
		}
	}
	if downLines != 1 || upLines != 1 {
		t.Errorf("%d outage lines and %d recovery lines, want 1 and 1", downLines, upLines)
	}
	// The outage line, a stray warning from a part that failed before it
	// was said, and the recovery: bounded, whatever the outage's length.
	if during > 6 || len(lines) > 10 {
		t.Errorf("%d log lines in %s of outage, %d up to the recovery: the log floods", during, outage, len(lines))
	}
}

// TestChainDownAtStart starts the operator while its geth is down: it says
// once, at ERROR, that the chain node is not answering and waits for it
// instead of exiting; once geth is back it deploys, starts and says the
// node answers again.
func TestChainDownAtStart(t *testing.T) {
	if testing.Short() {
		t.Skip("kills geth: not in -short")
	}
	g := testsvc.StartGeth(t)
	g.Kill()
	var logs testsvc.SyncBuffer
	cfg := node.Config{RPCURL: g.RPC, DeployerKey: g.Key, Confirmations: 1, WithdrawalDelay: time.Hour,
		Addr: "127.0.0.1:0", Dir: t.TempDir(),
		Logger: slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelInfo}))}
	withDemo(t, &cfg, 0)
	cfg.Fund = nil
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan node.Info, 1)
	done := make(chan error, 1)
	cfg.Ready = func(in node.Info) { ready <- in }
	go func() { done <- node.Run(ctx, cfg) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("operator: %v", err)
		}
	}()
	testsvc.CheckFor(t, 20*time.Second, 20*time.Millisecond, func() error {
		select {
		case err := <-done:
			done <- err
			t.Fatalf("the operator stopped with the node down instead of waiting for it: %v", err)
		default:
		}
		if !strings.Contains(logs.String(), "chain: not answering") {
			return fmt.Errorf("no outage line yet: %q", logs.String())
		}
		return nil
	})
	g.Restart()
	select {
	case <-ready:
	case err := <-done:
		done <- err
		t.Fatalf("operator: %v\n%s", err, logs.String())
	case <-time.After(2 * time.Minute):
		t.Fatalf("not ready 2 minutes after geth came back:\n%s", logs.String())
	}
	out := logs.String()
	t.Logf("the operator's log:\n%s", out)
	if strings.Count(out, "chain: not answering") != 1 || strings.Count(out, "chain: answering again") != 1 {
		t.Errorf("want one outage line and one recovery line")
	}
}
