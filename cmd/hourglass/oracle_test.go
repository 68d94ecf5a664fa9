package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/internal/node"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// TestOracleReporterCommand: `hourglass oracle reporter` creates its key
// in --dir (--address prints it), refuses bad flags and a key the
// DeliveryOracle has not registered, and with a registered key signs in at
// the gateway, reads the reporter set from the contract and runs until
// interrupted, with no error on the way. Its part in each epoch is
// TestRemoteReporters' (internal/node), over the same link.
func TestOracleReporterCommand(t *testing.T) {
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	me := crypto.PubkeyToAddress(key.PublicKey)
	d := startDemoNodeWith(t, func(c *node.Config) { c.Reporters = []common.Address{me} })
	dir := filepath.Join(t.TempDir(), "reporter")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := crypto.SaveECDSA(filepath.Join(dir, reporterKeyFile), key); err != nil {
		t.Fatal(err)
	}
	stranger := filepath.Join(t.TempDir(), "stranger")
	for _, c := range []struct {
		args []string
		exit int
		want string
	}{
		{[]string{"oracle"}, 2, "usage"},
		{[]string{"oracle", "reporter"}, 2, "--dir is required"},
		{[]string{"oracle", "reporter", "--dir", dir, "--per-hour", "0"}, 2, "--per-hour 0"},
		{[]string{"oracle", "reporter", "--dir", stranger}, 1, "is not a registered reporter"},
	} {
		_, _, err := d.cli("", c.args...)
		refusedWith(t, strings.Join(c.args, " "), err, c.exit, c.want)
	}
	if out := strings.TrimSpace(d.ok("", "oracle", "reporter", "--dir", dir, "--address")); out != me.Hex() {
		t.Fatalf("--address printed %q, want %s", out, me.Hex())
	}
	if _, err := os.Stat(filepath.Join(stranger, reporterKeyFile)); err != nil {
		t.Fatalf("the stranger's key was not created: %v", err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	var out testsvc.SyncBuffer
	done := make(chan struct{})
	var errs string
	go func() {
		defer close(done)
		errs, err = d.cliTo(ctx, "", &out, "oracle", "reporter", "--dir", dir)
	}()
	select {
	case <-done:
		t.Fatalf("the reporter stopped: %v\n%s", err, errs)
	case <-time.After(3 * time.Second): // it signs in, reads the board and the nodes
	}
	cancel()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("the reporter did not stop")
	}
	if err != nil || !strings.Contains(errs, "oracle reporter "+me.Hex()+": 3 of 4 reporters sign") || strings.Contains(errs, "level=ERROR") {
		t.Fatalf("the reporter: %v\n%s", err, errs)
	}
}
