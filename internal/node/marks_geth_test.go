package node_test

import (
	"context"
	"encoding/json"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bindv2 "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/hourglass-exchange/hourglass/api/client"
	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/internal/node"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// TestGethMarkFeeds: on geth --dev, the operator deploys a MarkPriceFeed
// per market with the deployer key, its key as poster, remembers them in
// feeds.json and lists them on GET /v1/chain; a restart with only the
// operator's key uses the same feeds; one missing from feeds.json is
// deployed, alone, by a restart with the deployer key.
func TestGethMarkFeeds(t *testing.T) {
	rpcURL, wsURL, devKey := testsvc.Geth(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	eth, err := ethclient.DialContext(ctx, rpcURL)
	if err != nil {
		t.Fatal(err)
	}
	defer eth.Close()
	dir := t.TempDir()
	cfg := node.Config{RPCURL: wsURL, DeployerKey: devKey, Confirmations: 1}
	withDemo(t, &cfg, 0)
	cfg.DemoProvider = false
	// run starts the operator on dir, reads GET /v1/chain's feeds and
	// feeds.json, and stops it.
	run := func(cfg node.Config) (listed map[string]common.Address, file map[string]common.Address) {
		t.Helper()
		rctx, stop := context.WithCancel(ctx)
		ready := make(chan node.Info, 1)
		done := make(chan error, 1)
		cfg.Addr, cfg.Dir = "127.0.0.1:0", dir
		cfg.Ready = func(in node.Info) { ready <- in }
		go func() { done <- node.Run(rctx, cfg) }()
		var in node.Info
		select {
		case in = <-ready:
		case err := <-done:
			stop()
			t.Fatalf("operator: %v", err)
		}
		ch, err := (&client.REST{BaseURL: "http://" + in.Gateway}).Chain(ctx)
		stop()
		if err := <-done; err != nil {
			t.Fatalf("operator: %v", err)
		}
		if err != nil {
			t.Fatal(err)
		}
		listed = map[string]common.Address{}
		for _, f := range ch.MarkFeeds {
			listed[f.Instrument] = f.Feed
		}
		b, err := os.ReadFile(filepath.Join(dir, node.FeedsFile))
		if os.IsNotExist(err) {
			return listed, nil
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &file); err != nil {
			t.Fatal(err)
		}
		return listed, file
	}
	first, file := run(cfg)
	if len(first) != len(cfg.Markets) || len(file) != len(first) {
		t.Fatalf("%d markets, GET /v1/chain lists %d feeds, %s %d", len(cfg.Markets), len(first), node.FeedsFile, len(file))
	}
	fb := bindings.NewMarkPriceFeed()
	role := [32]byte(crypto.Keccak256([]byte("OPERATOR_ROLE")))
	operator := crypto.PubkeyToAddress(devKey.PublicKey)
	for id, f := range first {
		if file[id] != f {
			t.Fatalf("instrument %s: GET /v1/chain lists %s, %s has %s", id, f, node.FeedsFile, file[id])
		}
		ok, err := bindv2.Call(fb.Instance(eth, f), &bindv2.CallOpts{Context: ctx}, fb.PackHasRole(role, operator), fb.UnpackHasRole)
		if err != nil || !ok {
			t.Fatalf("feed %s: the operator holds OPERATOR_ROLE: %v (%v)", f, ok, err)
		}
	}

	// A restart with the operator's key only: the same feeds.
	cfg2 := cfg
	cfg2.DeployerKey, cfg2.OperatorKey = nil, devKey
	again, _ := run(cfg2)
	if len(again) != len(first) {
		t.Fatalf("after a restart: %d feeds, want %d", len(again), len(first))
	}
	for id, f := range first {
		if again[id] != f {
			t.Fatalf("after a restart instrument %s has feed %s, not %s", id, again[id], f)
		}
	}

	// One forgotten: the deployer deploys it, alone.
	var gone string
	for id := range file {
		gone = id
		break
	}
	delete(file, gone)
	b, _ := json.Marshal(file)
	if err := os.WriteFile(filepath.Join(dir, node.FeedsFile), b, 0o644); err != nil {
		t.Fatal(err)
	}
	third, file3 := run(cfg)
	for id, f := range first {
		switch {
		case id == gone && (third[id] == f || third[id] == (common.Address{}) || file3[id] != third[id]):
			t.Fatalf("the forgotten feed of %s: %s (was %s; file %s)", id, third[id], f, file3[id])
		case id != gone && (third[id] != f || file3[id] != f):
			t.Fatalf("instrument %s: feed %s, file %s, want %s", id, third[id], file3[id], f)
		}
	}

	// No feeds.json and no deployer key: the node runs without marks and
	// says so once.
	if err := os.Remove(filepath.Join(dir, node.FeedsFile)); err != nil {
		t.Fatal(err)
	}
	var logs testsvc.SyncBuffer
	cfg2.Logger = slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelInfo}))
	if none, _ := run(cfg2); len(none) != 0 {
		t.Fatalf("without feeds GET /v1/chain lists %v", none)
	}
	if n := strings.Count(logs.String(), "mark: no MarkPriceFeed for these markets"); n != 1 {
		t.Fatalf("the missing feeds said %d times:\n%s", n, logs.String())
	}
}
