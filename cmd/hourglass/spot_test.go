package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/api/client"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/internal/node"
	"github.com/hourglass-exchange/hourglass/redeemer/service"
	"github.com/hourglass-exchange/hourglass/sim"
)

// TestSpotSpecCommands: hourglass spot spec set signs the job spec file
// as the account's standing spec of a spot market (holder the key's,
// instrument and hours the market's, start hour and GPUs 0) and the
// operator's redeemer keeps it (show lists it, for that account only);
// withdraw removes it. order place --spec refuses a sell, a reservation
// market and an unknown market before anything is set. Bad input is
// refused with its code and changes nothing.
func TestSpotSpecCommands(t *testing.T) {
	d := startDemoNode(t)
	holderKey := node.UserKey()
	holder, other := hexKey(holderKey), hexKey(sim.BotKey(0))
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	job := write("job.json", `{"command":["sh","-c","nvidia-smi && echo spot"],"env":["EPOCHS=3"]}`)
	const four = "H100SXM-US-T1-SPOT+4h"
	show := func(key string) []client.SpotSpec {
		t.Helper()
		var ss []client.SpotSpec
		if err := json.Unmarshal([]byte(d.ok(key, "spot", "spec", "show", "--json")), &ss); err != nil {
			t.Fatal(err)
		}
		return ss
	}
	if ss := show(holder); len(ss) != 0 {
		t.Fatalf("standing specs before any: %+v", ss)
	}
	if out := d.ok(holder, "spot", "spec", "show"); !strings.Contains(out, "no standing spot specs") {
		t.Fatalf("show: %s", out)
	}

	var set client.SpotSpec
	if err := json.Unmarshal([]byte(d.ok(holder, "spot", "spec", "set", "--market", four, "--spec", job, "--json")), &set); err != nil {
		t.Fatal(err)
	}
	var js service.JobSpec
	if err := json.Unmarshal(set.Spec, &js); err != nil {
		t.Fatal(err)
	}
	in, _ := instrument.ParseSymbol(four)
	id, _ := in.Encode()
	dom := service.Domain{ChainID: d.in.ChainID, Vault: d.in.Contracts.Vault}
	if set.Market != four || js.Holder != crypto.PubkeyToAddress(holderKey.PublicKey) || js.Instrument != id || js.Hours != 4 ||
		js.StartHour != 0 || js.GPUs != 0 || set.SpecHash != strings.ToLower(js.Hash(dom).Hex()) || js.Command[2] != "nvidia-smi && echo spot" {
		t.Fatalf("set: %+v (spec %+v)", set, js)
	}
	if ss := show(holder); len(ss) != 1 || ss[0].SpecHash != set.SpecHash {
		t.Fatalf("show after set: %+v", ss)
	}
	if ss := show(other); len(ss) != 0 {
		t.Fatalf("another account sees %+v", ss)
	}

	// Bad input: refused before the gateway, nothing set.
	for _, c := range []struct {
		what string
		args []string
		code string
	}{
		{"a reservation market", []string{"spot", "spec", "set", "--market", "H100SXM-US-T1-2027-01-04+168h", "--spec", job}, "not a spot market"},
		{"no market", []string{"spot", "spec", "set", "--spec", job}, "--market is required"},
		{"no spec", []string{"spot", "spec", "set", "--market", four}, "--spec FILE is required"},
		{"a start hour", []string{"spot", "spec", "set", "--market", four, "--spec", write("start.json", `{"command":["true"],"startHour":499392}`)}, "leaves them 0"},
		{"GPUs", []string{"spot", "spec", "set", "--market", four, "--spec", write("gpus.json", `{"command":["true"],"gpus":2}`)}, "leaves them 0"},
		{"other hours", []string{"spot", "spec", "set", "--market", four, "--spec", write("hours.json", `{"command":["true"],"hours":8}`)}, "says hours 8"},
		{"another holder", []string{"spot", "spec", "set", "--market", four, "--spec", write("holder.json", `{"command":["true"],"holder":"0x0000000000000000000000000000000000000bad"}`)}, "says holder"},
		{"a spec that cannot run", []string{"spot", "spec", "set", "--market", four, "--spec", write("bad.json", `{"command":["true"],"image":"ubuntu:latest"}`)}, "invalid_spec"},
		{"not a spec", []string{"spot", "spec", "set", "--market", four, "--spec", write("x.json", `{"cmd":1}`)}, "not a job spec"},
		{"a sell with a spec", []string{"order", "place", "--market", four, "--side", "sell", "--price", "2", "--size", "4", "--client-id", "900", "--spec", job}, "goes with a buy"},
		{"a reservation buy with a spec", []string{"order", "place", "--market", d.in.Markets[0], "--side", "buy", "--price", "2", "--size", "1", "--client-id", "901", "--spec", job}, "not a spot market"},
		{"a withdrawal of a reservation", []string{"spot", "spec", "withdraw", "--market", d.in.Markets[0]}, "not a spot market"},
	} {
		_, _, err := d.cli(holder, c.args...)
		refusedWith(t, c.what, err, 2, c.code)
	}
	// A spot market the exchange does not list: refused before the spec
	// is set.
	_, _, err := d.cli(holder, "order", "place", "--market", "H100SXM-US-T1-SPOT+8h", "--side", "buy", "--price", "2", "--size", "8", "--client-id", "902", "--spec", job)
	refusedWith(t, "an unknown spot market", err, 2, "unknown market")
	if ss := show(holder); len(ss) != 1 || ss[0].SpecHash != set.SpecHash {
		t.Fatalf("refusals changed the standing specs: %+v", ss)
	}
	_, _, err = d.cli(holder, "spot", "spec", "withdraw", "--market", "H100SXM-US-T1-SPOT+8h")
	refusedWith(t, "withdrawing none", err, 1, "unknown_spot_spec")

	// Set again (a replacement), then withdrawn.
	job2 := write("job2.json", `{"command":["sh","-c","echo again"]}`)
	if out := d.ok(holder, "spot", "spec", "set", "--market", four, "--spec", job2); !strings.Contains(out, four) || !strings.Contains(out, "echo again") {
		t.Fatalf("set again: %s", out)
	}
	if ss := show(holder); len(ss) != 1 || ss[0].SpecHash == set.SpecHash {
		t.Fatalf("after the replacement: %+v", ss)
	}
	if out := d.ok(holder, "spot", "spec", "withdraw", "--market", four); !strings.Contains(out, "withdrawn") {
		t.Fatalf("withdraw: %s", out)
	}
	if ss := show(holder); len(ss) != 0 {
		t.Fatalf("after the withdrawal: %+v", ss)
	}
}
