package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/api/client"
	"github.com/hourglass-exchange/hourglass/contracts/deploy"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/internal/node"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
	"github.com/hourglass-exchange/hourglass/sim"
)

// sendETH sends wei from key to to and waits for the receipt.
func (d *demoNode) sendETH(key *ecdsa.PrivateKey, to common.Address, wei *big.Int) {
	d.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := d.eth.PendingNonceAt(ctx, from)
	if err != nil {
		d.t.Fatal(err)
	}
	tip, err := d.eth.SuggestGasTipCap(ctx)
	if err != nil {
		d.t.Fatal(err)
	}
	h, err := d.eth.HeaderByNumber(ctx, nil)
	if err != nil {
		d.t.Fatal(err)
	}
	fee := new(big.Int).Add(tip, new(big.Int).Mul(h.BaseFee, big.NewInt(2)))
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(d.in.ChainID), &types.DynamicFeeTx{ChainID: d.in.ChainID,
		Nonce: nonce, GasTipCap: tip, GasFeeCap: fee, Gas: 21000, To: &to, Value: wei})
	if err != nil {
		d.t.Fatal(err)
	}
	if err := d.eth.SendTransaction(ctx, tx); err != nil {
		d.t.Fatal(err)
	}
	if _, err := bind.WaitMined(ctx, d.eth, tx.Hash()); err != nil {
		d.t.Fatal(err)
	}
}

// TestProviderAgentCommand runs hourglass provider agent as a provider
// runs it on its own machine: the node key in its directory (the demo
// seed's node 0, registered and approved; the operator runs no agent of
// its own), the mock H100 and the process executor, reaching the redeemer
// through the gateway and sending its transitions from the node key. A
// holder redeems a token and submits the spec; the agent provisions the
// lease ahead of the window, runs the job at its start, its output reaches
// the holder; stopped mid-lease and started again on the same directory,
// the agent resumes the same lease on the same GPU with the job still
// running, and closes it completed at the window's end, on-chain too.
// Bad flags are refused before anything starts.
func TestProviderAgentCommand(t *testing.T) {
	d := startDemoNodeWith(t, func(c *node.Config) { c.DemoProvider = false })
	t.Chdir(t.TempDir())
	dir := filepath.Join(t.TempDir(), "agent")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	nodeKey := deploy.DemoNodeKey(0)
	nodeAddr := crypto.PubkeyToAddress(nodeKey.PublicKey)
	if err := crypto.SaveECDSA(filepath.Join(dir, "node.key"), nodeKey); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"provider", "agent"}, "--dir is required"},
		{[]string{"provider", "agent", "--dir", dir, "--executor", "lxc"}, `--executor "lxc"`},
		{[]string{"provider", "agent", "--dir", dir, "--nvml", "fake"}, `--nvml "fake"`},
		{[]string{"provider", "agent", "--dir", dir, "--poll", "0s"}, "must be positive"},
		{[]string{"provider", "agent", "--dir", dir, "--nvml", "mock", "--cc"}, "--cc needs the real NVML"},
	} {
		_, _, err := d.cli("", c.args...)
		refusedWith(t, strings.Join(c.args, " "), err, 2, c.want)
	}
	if out := strings.TrimSpace(d.ok("", "provider", "agent", "--dir", dir, "--address")); out != nodeAddr.Hex() {
		t.Fatalf("--address printed %q, want %s", out, nodeAddr.Hex())
	}
	d.sendETH(node.UserKey(), nodeAddr, new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18)))

	runAgent := func() (stop func() string) {
		ctx, cancel := context.WithCancel(context.Background())
		var out testsvc.SyncBuffer
		done := make(chan struct{})
		var errs string
		var err error
		go func() {
			defer close(done)
			errs, err = d.cliTo(ctx, "", &out, "provider", "agent", "--dir", dir, "--nvml", "mock", "--poll", "100ms", "--grace", "2s")
		}()
		return func() string {
			cancel()
			select {
			case <-done:
			case <-time.After(30 * time.Second):
				t.Fatal("the agent did not stop")
			}
			if err != nil {
				t.Fatalf("the agent: %v\n%s", err, errs)
			}
			return errs
		}
	}
	stop := runAgent()
	defer func() {
		if stop != nil {
			stop()
		}
	}()

	// A demo bot withdraws a token it holds in the Exchange and redeems it.
	botKey := sim.BotKey(0)
	bot := hexKey(botKey)
	d.sendETH(node.UserKey(), crypto.PubkeyToAddress(botKey.PublicKey), new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18)))
	m := d.in.Markets[0]
	inst, err := instrument.ParseSymbol(m)
	if err != nil {
		t.Fatal(err)
	}
	start := inst.WindowStartTime()
	d.ok(bot, "withdraw", "request", "--asset", m, "--amount", "1")
	testsvc.CheckFor(t, 30*time.Second, 100*time.Millisecond, func() error {
		if err := d.in.AdjustChainTime(time.Second); err != nil {
			return err
		}
		_, errs, err := d.cli(bot, "withdraw", "execute", "--asset", m)
		if err != nil {
			return fmt.Errorf("%v %s", err, errs)
		}
		return nil
	})
	d.catchUp()
	if err := os.WriteFile("job.json", []byte(`{"command": ["sh", "-c", "echo hello from $CUDA_VISIBLE_DEVICES; exec sleep 3600"]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	d.ok(bot, "redeem", "--market", m, "--gpus", "1", "--hours", "1", "--start-hour", start.UTC().Format(time.RFC3339),
		"--spec", "job.json", "--out", "job.signed.json")
	d.ok(bot, "lease", "submit", "--spec", "job.signed.json")
	l := d.waitLease(bot, "1", "on the node", func(l client.Lease) bool { return strings.EqualFold(l.Node, nodeAddr.Hex()) })
	if l.State != "assigned" {
		t.Fatalf("lease %+v", l)
	}
	d.moveTo(start.Add(-5 * time.Minute))
	d.waitLease(bot, "1", "provisioning, on-chain too", func(l client.Lease) bool {
		return l.State == "provisioning" && l.ChainState == "provisioning"
	})
	d.moveTo(start)
	l = d.waitLease(bot, "1", "running, on-chain too", func(l client.Lease) bool { return l.State == "running" && l.ChainState == "running" })
	var out string
	testsvc.CheckFor(t, 20*time.Second, 50*time.Millisecond, func() error {
		out = d.ok(bot, "lease", "logs", "1")
		if !strings.HasPrefix(out, "hello from GPU-") {
			return fmt.Errorf("logs %q", out)
		}
		return nil
	})
	gpu := strings.TrimSpace(strings.TrimPrefix(out, "hello from "))

	// The agent goes away mid-lease and comes back on the same directory.
	errs := stop()
	stop = nil
	if !strings.Contains(errs, "node agent "+nodeAddr.Hex()) {
		t.Fatalf("the agent's banner: %s", errs)
	}
	stop = runAgent()
	d.moveTo(start.Add(30 * time.Minute))
	time.Sleep(500 * time.Millisecond) // a few polls
	if l := d.status(bot, "1"); l.State != "running" || len(l.History) != 3 {
		t.Fatalf("after the agent's restart: %+v", l)
	}
	if out := d.ok(bot, "lease", "logs", "1"); strings.Count(out, "hello from") != 1 || !strings.Contains(out, gpu) {
		t.Fatalf("after the restart the job's output is %q (the job restarted, or moved off %s)", out, gpu)
	}
	d.moveTo(start.Add(time.Hour))
	l = d.waitLease(bot, "1", "closed completed, on-chain too", func(l client.Lease) bool {
		return l.State == "closed" && l.ChainState == "closed"
	})
	if l.Reason != "completed" || l.ChainReason != "completed" {
		t.Fatalf("closed %+v", l)
	}
	for _, h := range l.History[1:] {
		if h.Actor != "provider" {
			t.Fatalf("history %+v", l.History)
		}
	}
}
