package main

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/contracts/deploy"
	"github.com/hourglass-exchange/hourglass/contracts/gasbench"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
)

// TestCLIWrapUnwrap: a provider's minted GPU-hours wrapped (the first wrap
// creates the wrapper at its CREATE2 address), to itself and to another
// account, and unwrapped to another; bad input exits 2 and sends nothing,
// more than held exits 1.
func TestCLIWrapUnwrap(t *testing.T) {
	vw := newVaultWorld(t)
	ctx := context.Background()
	env := vw.chain
	provider, other := env.FundedKey(gasbench.FirstTrader), env.FundedKey(gasbench.FirstTrader+1)
	pvars := map[string]string{"HOURGLASS_KEY": hexKey(provider.Priv), "ETH_RPC_URL": "sim://chain"}
	ovars := map[string]string{"HOURGLASS_KEY": hexKey(other.Priv), "ETH_RPC_URL": "sim://chain"}
	symbol := vw.market.Symbol()
	nodeKey, _ := crypto.GenerateKey()
	var nodeID [32]byte
	copy(nodeID[:], "box-1")
	if _, err := env.Send(gasbench.FirstTrader, vw.vi, vw.vb.PackProposeNode(nodeID, new(big.Int).AndNot(vw.id, big.NewInt(1<<48-1)), 8, crypto.PubkeyToAddress(nodeKey.PublicKey))); err != nil {
		t.Fatal(err)
	}
	if _, err := env.Send(gasbench.Admin, vw.vi, vw.vb.PackApproveNode(provider.Addr, nodeID)); err != nil {
		t.Fatal(err)
	}
	if _, _, err := vw.cli(ctx, pvars, "provider", "collateral", "deposit", "--amount", "100"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := vw.cli(ctx, pvars, "provider", "mint", "--market", symbol, "--amount", "10"); err != nil {
		t.Fatal(err)
	}
	id, _ := instrument.FromBig(vw.id)
	wrapper := deploy.WrapperAddress(vw.c.WrapperFactory, vw.c.Token, id)
	wb := bindings.NewWrappedGPUHour()
	units := func(who *gasbench.Key) int64 {
		t.Helper()
		code, _ := env.Chain.Client.CodeAt(ctx, wrapper, nil)
		if len(code) == 0 {
			return 0
		}
		b, err := bind.Call(wb.Instance(env.Chain.Client, wrapper), nil, wb.PackBalanceOf(who.Addr), wb.UnpackBalanceOf)
		if err != nil {
			t.Fatal(err)
		}
		return new(big.Int).Div(b, big.NewInt(1e18)).Int64()
	}

	pn := vw.nonce(provider.Addr)
	for _, c := range []struct {
		args []string
		msg  string
	}{
		{[]string{"wrap", "--market", symbol}, "--amount"},
		{[]string{"wrap", "--market", symbol, "--amount", "0"}, "at least 1"},
		{[]string{"wrap", "--market", symbol, "--amount", "1.5"}, "whole number"},
		{[]string{"wrap", "--market", "H100SXM-US-T1-SPOT+4h", "--amount", "1"}, "spot market"},
		{[]string{"wrap", "--market", symbol, "--amount", "1", "--to", "0x12"}, "not an address"},
		{[]string{"unwrap", "--amount", "1"}, "--market is required"},
	} {
		if _, _, err := vw.cli(ctx, pvars, c.args...); err == nil || exitCode(err) != 2 || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("%v: %v (exit %d), want %q", c.args, err, exitCode(err), c.msg)
		}
	}
	if _, _, err := vw.cli(ctx, pvars, "unwrap", "--market", symbol, "--amount", "1"); err == nil || exitCode(err) != 1 || !strings.Contains(err.Error(), "no wrapper yet") {
		t.Errorf("unwrap before any wrapper: %v", err)
	}
	if _, _, err := vw.cli(ctx, pvars, "wrap", "--market", symbol, "--amount", "11"); err == nil || exitCode(err) != 1 || !strings.Contains(err.Error(), "less than 11") {
		t.Errorf("wrap more than held: %v", err)
	}
	if vw.nonce(provider.Addr) != pn {
		t.Fatal("refused input sent a transaction")
	}

	out, progress, err := vw.cli(ctx, pvars, "wrap", "--market", symbol, "--amount", "4")
	if err != nil || !strings.Contains(flat(out), "wrapped 4 GPU-hours of "+symbol) || !strings.Contains(out, "w"+symbol+" at "+wrapper.Hex()) ||
		!strings.Contains(flat(out), "holds 4000000000000000000 units (4 whole GPU-hours)") || !strings.Contains(progress, "create the wrapper: sent transaction") {
		t.Fatalf("wrap: %v\n%s\n%s", err, out, progress)
	}
	if _, _, err := vw.cli(ctx, pvars, "wrap", "--market", symbol, "--amount", "2", "--to", other.Addr.Hex()); err != nil {
		t.Fatal(err)
	}
	if got, want := []int64{units(&provider), units(&other)}, []int64{4, 2}; got[0] != want[0] || got[1] != want[1] {
		t.Fatalf("wrapped units %v, want %v", got, want)
	}
	if _, _, err := vw.cli(ctx, ovars, "unwrap", "--market", symbol, "--amount", "3"); err == nil || exitCode(err) != 1 || !strings.Contains(err.Error(), "less than") {
		t.Errorf("unwrap more than held: %v", err)
	}
	out, _, err = vw.cli(ctx, pvars, "unwrap", "--market", symbol, "--amount", "3", "--to", other.Addr.Hex())
	if err != nil || !strings.Contains(flat(out), "unwrapped 3 GPU-hours of "+symbol+" to "+other.Addr.Hex()) {
		t.Fatalf("unwrap: %v\n%s", err, out)
	}
	tb := bindings.NewGPUHourToken()
	for _, c := range []struct {
		who  gasbench.Key
		want int64
	}{{provider, 10 - 4 - 2}, {other, 3}} {
		b, err := bind.Call(vw.ti, nil, tb.PackBalanceOf(c.who.Addr, vw.id), tb.UnpackBalanceOf)
		if err != nil || b.Int64() != c.want {
			t.Fatalf("%s holds %v tokens, want %d (%v)", c.who.Addr, b, c.want, err)
		}
	}
	if units(&provider) != 1 {
		t.Fatalf("provider's wrapped units after unwrapping 3 of 4: %d", units(&provider))
	}
}
