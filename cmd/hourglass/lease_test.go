package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/hourglass-exchange/hourglass/api/client"
	"github.com/hourglass-exchange/hourglass/api/wallet"
	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/node"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
	"github.com/hourglass-exchange/hourglass/redeemer/lease"
	"github.com/hourglass-exchange/hourglass/sim"
)

// TestLeaseReasonMeanings: lease status explains every close reason.
func TestLeaseReasonMeanings(t *testing.T) {
	for _, r := range lease.Reasons() {
		if m := reasonMeaning(r.String()); reasonMeanings[r] == "" || m == "" {
			t.Errorf("close reason %s has no meaning", r)
		}
	}
	if !strings.Contains(reasonMeaning("node_lost"), "provider's fault") || strings.Contains(reasonMeaning("completed"), "fault") {
		t.Errorf("faults: %q, %q", reasonMeaning("node_lost"), reasonMeaning("completed"))
	}
}

// demoNode is an operator node as hourglass serve's demo runs it, with
// the demo provider's node agent on a fake clock, and the CLI's
// environment to reach it.
type demoNode struct {
	t    *testing.T
	in   node.Info
	pclk *clock.Fake
	eth  *ethclient.Client
}

func startDemoNode(t *testing.T) *demoNode {
	t.Helper()
	return startDemoNodeWith(t, nil)
}

// startDemoNodeWith is startDemoNode with the node's configuration
// changed by mod.
func startDemoNodeWith(t *testing.T, mod func(*node.Config)) *demoNode {
	t.Helper()
	w, err := sim.NewWorld(time.Now(), sim.MinBots, 0)
	if err != nil {
		t.Fatal(err)
	}
	pclk := clock.NewFake(time.Now())
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan node.Info, 1)
	done := make(chan error, 1)
	cfg := node.Config{Addr: "127.0.0.1:0", Dir: t.TempDir(), ChainRPC: true, WithdrawalDelay: time.Second,
		BatchDelay: 50 * time.Millisecond, RedeemerPoll: 50 * time.Millisecond, ProviderClock: pclk,
		Markets: w.Specs, Fund: w.Accounts(), DemoProvider: true, SignInRate: 100, // every CLI command signs in
		Ready: func(in node.Info) { ready <- in }}
	if mod != nil {
		mod(&cfg)
	}
	go func() { done <- node.Run(ctx, cfg) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("operator: %v", err)
		}
	})
	var in node.Info
	select {
	case in = <-ready:
	case err := <-done:
		done <- err
		t.Fatalf("operator: %v", err)
	case <-time.After(2 * time.Minute):
		t.Fatal("the operator is not ready after 2 minutes")
	}
	eth, err := ethclient.Dial(in.RPCURL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(eth.Close)
	return &demoNode{t: t, in: in, pclk: pclk, eth: eth}
}

// cli runs an hourglass command with key's HOURGLASS_KEY against the
// node, writing its standard output to stdout.
func (d *demoNode) cliTo(ctx context.Context, key string, stdout *testsvc.SyncBuffer, args ...string) (string, error) {
	var stderr testsvc.SyncBuffer
	env := userEnv{
		getenv: func(k string) string {
			switch k {
			case "HOURGLASS_KEY":
				return key
			case "HOURGLASS_GATEWAY":
				return "http://" + d.in.Gateway
			case "ETH_RPC_URL":
				return d.in.RPCURL
			}
			return ""
		},
		dialChain: func(ctx context.Context, u string) (wallet.Backend, error) { return ethclient.DialContext(ctx, u) },
		poll:      20 * time.Millisecond,
		clock:     d.pclk,
	}
	err := runUser(ctx, args[0], args[1:], stdout, &stderr, env)
	return stderr.String(), err
}

func (d *demoNode) cli(key string, args ...string) (string, string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var out testsvc.SyncBuffer
	errs, err := d.cliTo(ctx, key, &out, args...)
	return out.String(), errs, err
}

// ok runs a command that must succeed.
func (d *demoNode) ok(key string, args ...string) string {
	d.t.Helper()
	out, errs, err := d.cli(key, args...)
	if err != nil {
		d.t.Fatalf("hourglass %s: %v\nstdout: %s\nstderr: %s", strings.Join(args, " "), err, out, errs)
	}
	return out
}

// status is lease status --json.
func (d *demoNode) status(key, id string) client.Lease {
	d.t.Helper()
	var l client.Lease
	if err := json.Unmarshal([]byte(d.ok(key, "lease", "status", id, "--json")), &l); err != nil {
		d.t.Fatal(err)
	}
	return l
}

// waitLease waits until lease id satisfies ok. Until the redeemer has
// seen the lease on-chain the gateway answers unknown_lease: that is
// waited out too.
func (d *demoNode) waitLease(key, id, what string, ok func(client.Lease) bool) client.Lease {
	d.t.Helper()
	var l client.Lease
	testsvc.CheckFor(d.t, 30*time.Second, 100*time.Millisecond, func() error {
		out, errs, err := d.cli(key, "lease", "status", id, "--json")
		if err != nil {
			return fmt.Errorf("lease status %s: %v %s", id, err, errs)
		}
		l = client.Lease{}
		if err := json.Unmarshal([]byte(out), &l); err != nil {
			return fmt.Errorf("lease status %s: %v: %s", id, err, out)
		}
		if !ok(l) {
			return fmt.Errorf("lease %s not %s: %+v", id, what, l)
		}
		return nil
	})
	return l
}

// moveTo moves the chain's time (ahead only), then the agent's, to at.
func (d *demoNode) moveTo(at time.Time) {
	d.t.Helper()
	h, err := d.eth.HeaderByNumber(context.Background(), nil)
	if err != nil {
		d.t.Fatal(err)
	}
	if dt := at.Sub(time.Unix(int64(h.Time), 0)); dt > 0 {
		if err := d.in.AdjustChainTime(dt + time.Second); err != nil {
			d.t.Fatal(err)
		}
	}
	d.pclk.Set(at)
}

// catchUp moves the agent's clock to the chain's latest block time, if
// that is ahead.
func (d *demoNode) catchUp() {
	d.t.Helper()
	h, err := d.eth.HeaderByNumber(context.Background(), nil)
	if err != nil {
		d.t.Fatal(err)
	}
	if at := time.Unix(int64(h.Time)+1, 0); at.After(d.pclk.Now()) {
		d.pclk.Set(at)
	}
}

// nonce is an account's next nonce on the chain.
func (d *demoNode) nonce(a common.Address) uint64 {
	d.t.Helper()
	n, err := d.eth.PendingNonceAt(context.Background(), a)
	if err != nil {
		d.t.Fatal(err)
	}
	return n
}

// refusedWith checks a command's failure: its exit status and the code
// (or text) its error shows.
func refusedWith(t *testing.T, what string, err error, exit int, code string) {
	t.Helper()
	if err == nil {
		t.Fatalf("%s: accepted", what)
	}
	if got := exitCode(err); got != exit || !strings.Contains(err.Error(), code) {
		t.Fatalf("%s: exit %d, %v; want exit %d and %q", what, got, err, exit, code)
	}
}

// TestDemoJobWalkthrough runs, against an operator node with the demo
// provider, the job walkthrough make demo prints (node.PrintInfo) line by
// line as a person pastes it: deposit, buy a GPU-hour, withdraw it to the
// wallet, write the job spec, redeem, lease submit and lease logs
// --follow. The agent's clock (and the chain's) moves to the window: the
// job's line reaches the follower, lease status shows each state with its
// history, and the lease closes completed. A second lease is stopped with
// lease stop: the job stops and the lease closes holder_stopped, on-chain
// too; a third is stopped with --no-chain, then on-chain; a fourth, with
// no spec and so on no node, is closed on-chain only. Bad input (unknown and someone else's leases, a malformed spec
// file, a wrong signature, someone else's signed spec) is refused with its
// code and changes nothing.
func TestDemoJobWalkthrough(t *testing.T) {
	d := startDemoNode(t)
	in := d.in
	t.Chdir(t.TempDir()) // the walkthrough writes job.json and job.signed.json
	holderKey, sellerKey := node.UserKey(), sim.BotKey(0)
	holder, seller := hexKey(holderKey), hexKey(sellerKey)
	holderAddr, sellerAddr := crypto.PubkeyToAddress(holderKey.PublicKey), crypto.PubkeyToAddress(sellerKey.PublicKey)
	m := in.Markets[0]
	inst, err := instrument.ParseSymbol(m)
	if err != nil {
		t.Fatal(err)
	}
	start := inst.WindowStartTime()

	// What make demo prints, with the wallet's export line.
	in.Gateway = "127.0.0.1:8080"
	var info bytes.Buffer
	node.PrintInfo(&info, in)
	if !strings.Contains(info.String(), "export HOURGLASS_KEY=0x") {
		t.Fatalf("PrintInfo prints no wallet: %s", info.String())
	}
	var steps []string
	_, walk, _ := strings.Cut(info.String(), "run a job on it")
	for _, line := range strings.Split(walk, "\n") {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "hourglass ") || strings.HasPrefix(line, "echo ") {
			steps = append(steps, line)
		}
	}
	if len(steps) != 8 {
		t.Fatalf("the walkthrough has %d steps:\n%s", len(steps), info.String())
	}
	// A demo bot offers four GPU-hours (the demo's bots make the market).
	d.ok(seller, "order", "place", "--market", m, "--side", "sell", "--price", "2.10", "--size", "4", "--client-id", "1")

	var follow testsvc.SyncBuffer
	followDone := make(chan error, 1)
	followCtx, stopFollow := context.WithTimeout(context.Background(), 3*time.Minute)
	defer stopFollow()
	for _, step := range steps {
		cmd, _, _ := strings.Cut(step, "#")
		cmd = strings.TrimSpace(cmd)
		t.Logf("$ %s", cmd)
		if rest, ok := strings.CutPrefix(cmd, "echo '"); ok {
			body, file, ok := strings.Cut(rest, "' > ")
			if !ok {
				t.Fatalf("step %q: not echo '...' > FILE", cmd)
			}
			if err := os.WriteFile(file, []byte(body+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		args := strings.Fields(cmd)[1:]
		switch strings.Join(args[:2], " ") {
		case "withdraw request":
			// "once the fill settles"
			testsvc.CheckFor(t, 30*time.Second, 100*time.Millisecond, func() error {
				_, errs, err := d.cli(holder, args...)
				if err != nil {
					return fmt.Errorf("%v %s", err, errs)
				}
				return nil
			})
			continue
		case "withdraw execute":
			// "once ready": the delay is a second here.
			testsvc.CheckFor(t, 30*time.Second, 100*time.Millisecond, func() error {
				if err := in.AdjustChainTime(time.Second); err != nil {
					return err
				}
				_, errs, err := d.cli(holder, args...)
				if err != nil {
					return fmt.Errorf("%v %s", err, errs)
				}
				return nil
			})
			continue
		case "lease submit":
			badSubmissions(t, d, holder, seller, holderAddr, sellerAddr, m, start)
		case "lease logs":
			go func() {
				_, err := d.cliTo(followCtx, holder, &follow, args...)
				followDone <- err
			}()
			continue
		}
		out := d.ok(holder, args...)
		t.Logf("%s", out)
	}
	l := d.status(holder, "1")
	if l.State != "assigned" || !l.SpecAccepted || !strings.EqualFold(l.Node, in.DemoNode.Hex()) {
		t.Fatalf("after the walkthrough: %+v", l)
	}
	out := d.ok(holder, "lease", "status", "1")
	for _, want := range []string{"lease 1 assigned", "spec accepted", "node " + strings.ToLower(in.DemoNode.Hex()), "chain assigned",
		"none -> assigned by chain", m} {
		if !strings.Contains(flat(out), want) {
			t.Errorf("lease status 1 (assigned) does not say %q:\n%s", want, out)
		}
	}
	if out := d.ok(holder, "lease", "list"); !regexp.MustCompile(`(?m)^1\s+` + regexp.QuoteMeta(m) + `\s+1\s+\S+\s+1\s+accepted\s+assigned\s+-\s+assigned$`).MatchString(out) {
		t.Errorf("lease list:\n%s", out)
	}

	// Three more leases, the window's second to fourth hours: 2 to stop
	// while its job runs, 3 to stop with --no-chain first, 4 to stop
	// before any spec (not on a node: only the chain closes it).
	d.ok(holder, "order", "place", "--market", m, "--side", "buy", "--price", "2.50", "--size", "3", "--tif", "ioc", "--client-id", "3")
	testsvc.CheckFor(t, 30*time.Second, 100*time.Millisecond, func() error {
		_, errs, err := d.cli(holder, "withdraw", "request", "--asset", m, "--amount", "3")
		if err != nil {
			return fmt.Errorf("%v %s", err, errs)
		}
		return nil
	})
	testsvc.CheckFor(t, 30*time.Second, 100*time.Millisecond, func() error {
		if err := in.AdjustChainTime(time.Second); err != nil {
			return err
		}
		_, errs, err := d.cli(holder, "withdraw", "execute", "--asset", m)
		if err != nil {
			return fmt.Errorf("%v %s", err, errs)
		}
		return nil
	})
	for n := 2; n <= 4; n++ {
		file := fmt.Sprintf("job%d.signed.json", n)
		d.ok(holder, "redeem", "--market", m, "--gpus", "1", "--hours", "1", "--start-hour", start.Add(time.Duration(n-1)*time.Hour).Format(time.RFC3339),
			"--spec", "job.json", "--out", file)
		if n == 4 {
			continue
		}
		if out := d.ok(holder, "lease", "submit", "--spec", file); !strings.Contains(flat(out), fmt.Sprintf("lease %d spec accepted", n)) {
			t.Fatalf("lease submit (lease %d): %s", n, out)
		}
	}
	// Lease 3: --no-chain asks the gateway only; lease stop again closes
	// it on-chain. (The agent's clock first catches up with the chain's,
	// which the withdrawals moved ahead: the agent's transitions must not
	// be older than the chain's assignment.)
	d.catchUp()
	var res stopResult
	if err := json.Unmarshal([]byte(d.ok(holder, "lease", "stop", "3", "--no-chain", "--json")), &res); err != nil ||
		res.Gateway != "stopping" || res.Chain != "skipped" || res.Transaction != "" {
		t.Fatalf("lease stop 3 --no-chain: %+v %v", res, err)
	}
	l = d.waitLease(holder, "3", "closed holder_stopped", func(l client.Lease) bool { return l.State == "closed" })
	if l.Reason != "holder_stopped" || l.ChainState != "assigned" {
		t.Fatalf("lease 3 stopped at the gateway only: %+v", l)
	}
	out = d.ok(holder, "lease", "stop", "3")
	if !strings.Contains(flat(out), "lease 3 already stopped") || !strings.Contains(flat(out), "chain closeLease(3, holder_stopped): transaction 0x") {
		t.Fatalf("lease stop 3 after --no-chain: %s", out)
	}
	d.waitLease(holder, "3", "closed on-chain", func(l client.Lease) bool {
		return l.ChainState == "closed" && l.ChainReason == "holder_stopped"
	})
	// Lease 4: no spec, not on a node: the chain's close is the stop.
	if err := json.Unmarshal([]byte(d.ok(holder, "lease", "stop", "4", "--json")), &res); err != nil ||
		res.Gateway != "not_on_a_node" || res.Chain != "closed" || res.Transaction == "" {
		t.Fatalf("lease stop 4: %+v %v", res, err)
	}
	d.waitLease(holder, "4", "closed on-chain", func(l client.Lease) bool {
		return l.ChainState == "closed" && l.ChainReason == "holder_stopped"
	})

	// The window: provisioning a few minutes ahead, running at its start.
	d.pclk.Set(start.Add(-5 * time.Minute))
	d.waitLease(holder, "1", "provisioning", func(l client.Lease) bool { return l.State == "provisioning" })
	d.moveTo(start)
	d.waitLease(holder, "1", "running on-chain", func(l client.Lease) bool { return l.State == "running" && l.ChainState == "running" })
	testsvc.CheckFor(t, 30*time.Second, 50*time.Millisecond, func() error {
		if !strings.HasPrefix(follow.String(), "hello from the job on ") {
			return fmt.Errorf("lease logs --follow printed %q", follow.String())
		}
		return nil
	})
	select {
	case err := <-followDone:
		t.Fatalf("lease logs --follow ended while the lease runs: %v", err)
	default:
	}
	if out := d.ok(holder, "lease", "logs", "1"); !strings.HasPrefix(out, "hello from the job on ") {
		t.Fatalf("lease logs 1: %q", out)
	}
	if out := d.ok(holder, "lease", "logs", "1", "--stream", "stderr"); out != "" {
		t.Fatalf("lease logs 1 --stream stderr: %q", out)
	}
	// Someone else's lease: refused, nothing sent, nothing stopped.
	sn := d.nonce(sellerAddr)
	for _, args := range [][]string{{"lease", "status", "1"}, {"lease", "logs", "1"}, {"lease", "stop", "1"}} {
		_, _, err := d.cli(seller, args...)
		refusedWith(t, "the seller's "+strings.Join(args, " "), err, 1, "not_lease_holder")
	}
	if d.nonce(sellerAddr) != sn {
		t.Fatal("lease stop of someone else's lease sent a transaction")
	}
	if l := d.status(holder, "1"); l.State != "running" {
		t.Fatalf("lease 1 after someone else's stop: %+v", l)
	}

	// The window's end: completed; the follower reads to the end and stops.
	d.moveTo(start.Add(time.Hour))
	// The node sends its close to the chain, then reports it.
	l = d.waitLease(holder, "1", "closed on-chain and reported", func(l client.Lease) bool {
		return l.ChainState == "closed" && l.State == "closed"
	})
	if l.State != "closed" || l.Reason != "completed" || l.ChainReason != "completed" {
		t.Fatalf("lease 1 closed: %+v", l)
	}
	select {
	case err := <-followDone:
		if err != nil {
			t.Fatalf("lease logs --follow: %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("lease logs --follow did not end after the lease closed")
	}
	if !strings.HasPrefix(follow.String(), "hello from the job on ") || strings.Count(follow.String(), "hello") != 1 {
		t.Fatalf("lease logs --follow printed %q", follow.String())
	}
	out = d.ok(holder, "lease", "status", "1")
	for _, want := range []string{"lease 1 closed completed", "reason completed: the window ended with the job running",
		"chain closed completed", "none -> assigned by chain", "assigned -> provisioning by provider",
		"provisioning -> running by provider", "running -> closed by provider completed"} {
		if !strings.Contains(flat(out), want) {
			t.Errorf("lease status 1 (closed) does not say %q:\n%s", want, out)
		}
	}
	t.Logf("$ hourglass lease status 1\n%s", out)
	// A closed lease is not stopped again.
	hn := d.nonce(holderAddr)
	_, _, err = d.cli(holder, "lease", "stop", "1")
	refusedWith(t, "stopping a completed lease", err, 1, "lease_closed")
	if d.nonce(holderAddr) != hn {
		t.Fatal("stopping a completed lease sent a transaction")
	}

	// Lease 2 runs from the window's second hour: stop it.
	d.waitLease(holder, "2", "running", func(l client.Lease) bool { return l.State == "running" })
	testsvc.CheckFor(t, 30*time.Second, 50*time.Millisecond, func() error {
		if out, _, err := d.cli(holder, "lease", "logs", "2"); err != nil || !strings.HasPrefix(out, "hello from the job") {
			return fmt.Errorf("lease logs 2: %q %v", out, err)
		}
		return nil
	})
	// Ctrl-C ends a follower cleanly.
	var follow2 testsvc.SyncBuffer
	f2ctx, interrupt := context.WithCancel(context.Background())
	f2done := make(chan error, 1)
	go func() {
		_, err := d.cliTo(f2ctx, holder, &follow2, "lease", "logs", "2", "--follow")
		f2done <- err
	}()
	testsvc.CheckFor(t, 30*time.Second, 50*time.Millisecond, func() error {
		if !strings.HasPrefix(follow2.String(), "hello from the job") {
			return fmt.Errorf("lease logs 2 --follow printed %q", follow2.String())
		}
		return nil
	})
	interrupt()
	select {
	case err := <-f2done:
		if err != nil {
			t.Fatalf("lease logs --follow after Ctrl-C: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("lease logs --follow did not end after Ctrl-C")
	}
	out = d.ok(holder, "lease", "stop", "2")
	t.Logf("$ hourglass lease stop 2\n%s", out)
	if !strings.Contains(flat(out), "lease 2 stopping") || !strings.Contains(flat(out), "chain closeLease(2, holder_stopped): transaction 0x") {
		t.Fatalf("lease stop 2: %s", out)
	}
	l = d.waitLease(holder, "2", "closed holder_stopped", func(l client.Lease) bool {
		return l.State == "closed" && l.ChainState == "closed"
	})
	if l.Reason != "holder_stopped" || l.ChainReason != "holder_stopped" {
		t.Fatalf("lease 2 stopped: %+v", l)
	}
	vb := bindings.NewProviderVault()
	cl, err := bind.Call(vb.Instance(d.eth, in.Contracts.Vault), nil, vb.PackLease(common.Big2), vb.UnpackLease)
	if err != nil || lease.State(cl.State) != lease.Closed || lease.Reason(cl.Reason) != lease.HolderStopped {
		t.Fatalf("lease 2 on-chain: %+v %v", cl, err)
	}
	// Again: nothing more to do, nothing sent.
	hn = d.nonce(holderAddr)
	if err := json.Unmarshal([]byte(d.ok(holder, "lease", "stop", "2", "--json")), &res); err != nil ||
		res.Gateway != "already_stopped" || res.Chain != "already_closed" || res.ChainReason != "holder_stopped" {
		t.Fatalf("lease stop 2 again: %+v %v", res, err)
	}
	if d.nonce(holderAddr) != hn {
		t.Fatal("stopping a stopped lease sent a transaction")
	}
}

// badSubmissions are the refusals of lease submit before the holder's
// spec is accepted: each shows its code and leaves lease 1 without a spec.
func badSubmissions(t *testing.T, d *demoNode, holder, seller string, holderAddr, sellerAddr common.Address, m string, start time.Time) {
	t.Helper()
	// The redeemer knows a redemption once its block is seen; the
	// refusals below are about the lease itself, so it must be known.
	testsvc.CheckFor(t, 30*time.Second, 100*time.Millisecond, func() error {
		if _, errs, err := d.cli(holder, "lease", "status", "1", "--json"); err != nil {
			return fmt.Errorf("%v %s", err, errs)
		}
		return nil
	})
	signed, err := os.ReadFile("job.signed.json")
	if err != nil {
		t.Fatal(err)
	}
	var ss map[string]any
	if err := json.Unmarshal(signed, &ss); err != nil {
		t.Fatal(err)
	}
	write := func(name string, v any) string {
		b, _ := json.Marshal(v)
		if err := os.WriteFile(name, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return name
	}
	with := func(k string, v any) map[string]any {
		c := map[string]any{}
		for kk, vv := range ss {
			c[kk] = vv
		}
		c[k] = v
		return c
	}
	// Another signature: the seller's over the holder's spec.
	sig, err := crypto.Sign(common.HexToHash(ss["spec_hash"].(string)).Bytes(), sim.BotKey(1))
	if err != nil {
		t.Fatal(err)
	}
	spec := ss["spec"].(map[string]any)
	changed := map[string]any{}
	for k, v := range spec {
		changed[k] = v
	}
	changed["env"] = []string{"MORE=1"}
	os.WriteFile("garbage.json", []byte("{not json"), 0o644)
	// The seller's own signed spec of the same redemption terms.
	d.ok(seller, "spec", "sign", "--spec", "job.json", "--market", m, "--gpus", "1", "--hours", "1",
		"--start-hour", start.Format(time.RFC3339), "--out", "seller.signed.json")
	hn, sn := d.nonce(holderAddr), d.nonce(sellerAddr)
	for _, c := range []struct {
		args []string
		exit int
		code string
	}{
		{[]string{"lease", "submit"}, 2, "--spec FILE is required"},
		{[]string{"lease", "submit", "--spec", "nope.json"}, 2, "no such file"},
		{[]string{"lease", "submit", "--spec", "garbage.json"}, 2, "is not a signed spec"},
		{[]string{"lease", "submit", "--spec", write("extra.json", with("extra", 1))}, 2, "is not a signed spec"},
		{[]string{"lease", "submit", "--spec", write("nosig.json", with("signature", "0x"))}, 2, "lacks its signature"},
		{[]string{"lease", "submit", "--spec", write("wrongsig.json", with("signature", fmt.Sprintf("0x%x", sig)))}, 2, "spec_bad_signature"},
		{[]string{"lease", "submit", "--spec", write("changed.json", with("spec", changed))}, 2, "spec_hash_mismatch"},
		{[]string{"lease", "submit", "--spec", write("noleases.json", with("lease_ids", []int{}))}, 2, "names no lease_ids"},
		{[]string{"lease", "submit", "--spec", "job.signed.json", "--lease", "a/b"}, 2, "not a lease id"},
		{[]string{"lease", "submit", "--spec", "job.signed.json", "--lease", "999"}, 1, "unknown_lease"},
		{[]string{"lease", "submit", "--spec", "seller.signed.json", "--lease", "1"}, 1, "not_lease_holder"},
		{[]string{"lease", "status", "999"}, 1, "unknown_lease"},
		{[]string{"lease", "status", "1", "2"}, 2, "one LEASE_ID"},
		{[]string{"lease", "logs", "1", "--stream", "both"}, 2, "stdout or stderr"},
		{[]string{"lease", "stop", "x-1"}, 2, "not a chain lease"},
		{[]string{"lease", "stop", "999"}, 1, "unknown_lease"},
	} {
		_, errs, err := d.cli(holder, c.args...)
		refusedWith(t, strings.Join(c.args, " "), err, c.exit, c.code)
		var ce *client.Error
		if c.exit == 1 && !errors.As(err, &ce) {
			t.Errorf("%s: the gateway's refusal is not a *client.Error: %v", strings.Join(c.args, " "), err)
		}
		t.Logf("refused: hourglass %s: %v %s", strings.Join(c.args, " "), err, errs)
	}
	if l := d.status(holder, "1"); l.SpecAccepted || l.State != "assigned" || l.Node != "" {
		t.Fatalf("lease 1 after the refused submissions: %+v", l)
	}
	if d.nonce(holderAddr) != hn || d.nonce(sellerAddr) != sn {
		t.Fatal("a refused command sent a transaction")
	}
}
