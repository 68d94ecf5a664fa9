package main

import (
	"context"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/api"
	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/contracts/deploy"
	"github.com/hourglass-exchange/hourglass/contracts/gasbench"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/internal/evm/devchain"
	"github.com/hourglass-exchange/hourglass/redeemer/service"
)

// vaultWorld is a world whose gateway names a full deployment (the
// ProviderVault the token's minter) with one priced grade, and whose
// market is a reservation of that grade starting 3 days from the chain's
// day.
type vaultWorld struct {
	*world
	c      deploy.Contracts
	market instrument.Instrument
	id     *big.Int
	vb     *bindings.ProviderVault
	vi, ti *bind.BoundContract
}

func newVaultWorld(t *testing.T) *vaultWorld {
	t.Helper()
	vw := &vaultWorld{vb: bindings.NewProviderVault()}
	vw.world = newWorldWith(t, func(env *gasbench.Env) (api.ChainInfo, *big.Int) {
		m := devchain.MineEvery(env.Chain, 5*time.Millisecond)
		defer m.Stop()
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		c, err := deploy.Deploy(ctx, env.Chain.Client, env.Chain.Keys[gasbench.Admin], deploy.Roles{Operator: env.Addr(gasbench.Operator),
			Guardian: env.Addr(gasbench.Guardian), FeeRecipient: env.Addr(gasbench.FeeRecipient)}, time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		now, err := env.Now()
		if err != nil {
			t.Fatal(err)
		}
		start := time.Unix(int64(now), 0).UTC().Truncate(24 * time.Hour).Add(72 * time.Hour)
		in, err := instrument.NewReservation(0x2330, instrument.SXM, instrument.RegionUS, 1, start, 48)
		if err != nil {
			t.Fatal(err)
		}
		id, _ := in.Encode()
		if err := deploy.Govern(ctx, env.Chain.Client, env.Chain.Keys[gasbench.Admin], c.Timelock,
			[]deploy.Call{{To: c.Vault, Data: vw.vb.PackSetCollateralPerGpuHour(id.GradeKey().Big(), big.NewInt(1_000_000))}}); err != nil {
			t.Fatal(err)
		}
		vw.c, vw.market, vw.id = c, in, id.Big()
		return api.ChainInfo{ChainID: c.ChainID.Uint64(), Exchange: c.Exchange, Stablecoin: c.Stablecoin, Token: c.Token,
			WrapperFactory: c.WrapperFactory, Confirmations: 2}, id.Big()
	})
	env := vw.chain
	vw.vi = vw.vb.Instance(env.Chain.Client, vw.c.Vault)
	vw.ti = env.TokenB.Instance(env.Chain.Client, vw.c.Token)
	// The provider's stablecoin, from the deployer's faucet.
	if _, err := env.Send(gasbench.Admin, env.CoinB.Instance(env.Chain.Client, vw.c.Stablecoin),
		env.CoinB.PackMint(env.Addr(gasbench.FirstTrader), big.NewInt(1000e6))); err != nil {
		t.Fatal(err)
	}
	return vw
}

func (vw *vaultWorld) nonce(a common.Address) uint64 {
	vw.t.Helper()
	n, err := vw.chain.Chain.Client.PendingNonceAt(context.Background(), a)
	if err != nil {
		vw.t.Fatal(err)
	}
	return n
}

func TestCLIProviderAndRedeem(t *testing.T) {
	vw := newVaultWorld(t)
	ctx := context.Background()
	env := vw.chain
	provider, holder := env.FundedKey(gasbench.FirstTrader), env.FundedKey(gasbench.FirstTrader+1)
	pvars := map[string]string{"HOURGLASS_KEY": hexKey(provider.Priv), "ETH_RPC_URL": "sim://chain"}
	hvars := map[string]string{"HOURGLASS_KEY": hexKey(holder.Priv), "ETH_RPC_URL": "sim://chain"}
	symbol := vw.market.Symbol()
	dir := t.TempDir()
	nodeKey, _ := crypto.GenerateKey()
	keyFile := filepath.Join(dir, "node.key")
	if err := crypto.SaveECDSA(keyFile, nodeKey); err != nil {
		t.Fatal(err)
	}
	specFile := filepath.Join(dir, "job.json")
	os.WriteFile(specFile, []byte(`{"image": "", "command": ["echo", "hello"], "env": ["EPOCHS=3"], "sshPublicKey": ""}`), 0o600)
	badSpec := filepath.Join(dir, "bad.json")
	os.WriteFile(badSpec, []byte(`{"image": "ubuntu:latest", "command": ["echo"]}`), 0o600)
	otherHolder := filepath.Join(dir, "other.json")
	os.WriteFile(otherHolder, []byte(`{"holder": "0x00000000000000000000000000000000000000aa", "command": ["echo"]}`), 0o600)
	ws := vw.market.WindowStart

	// Bad input: exit status 2, a clear message, nothing sent.
	pn, hn := vw.nonce(provider.Addr), vw.nonce(holder.Addr)
	redeemArgs := func(extra ...string) []string {
		return append([]string{"redeem", "--market", symbol, "--gpus", "2", "--hours", "3", "--start-hour", strconv.Itoa(int(ws) + 1)}, extra...)
	}
	for _, c := range []struct {
		vars map[string]string
		args []string
		msg  string
	}{
		{pvars, []string{"provider", "node", "register", "--node-id", "box-1", "--grade", "H100SXM-US-T1", "--gpus", "8"}, "give --key ADDRESS or --key-file"},
		{pvars, []string{"provider", "node", "register", "--node-id", "box-1", "--grade", "NOPE", "--gpus", "8", "--key-file", keyFile}, "not a grade"},
		{pvars, []string{"provider", "node", "register", "--node-id", "box-1", "--grade", "H100SXM-US-T1", "--gpus", "0", "--key-file", keyFile}, "positive"},
		{pvars, []string{"provider", "node", "register", "--node-id", strings.Repeat("x", 33), "--grade", "H100SXM-US-T1", "--gpus", "8", "--key-file", keyFile}, "at most 32"},
		{pvars, []string{"provider", "node", "register", "--node-id", "box-1", "--grade", "H100SXM-US-T1", "--gpus", "8", "--key", "0x12"}, "not an address"},
		{pvars, []string{"provider", "collateral", "deposit", "--amount", "1.0000001"}, "more than 6 decimals"},
		{pvars, []string{"provider", "collateral", "deposit"}, "--amount is required"},
		{pvars, []string{"provider", "mint", "--market", "H100SXM-US-T1-SPOT+4h", "--amount", "1"}, "spot market"},
		{pvars, []string{"provider", "mint", "--market", "H100-2027", "--amount", "1"}, "not a market"},
		{pvars, []string{"provider", "mint", "--market", symbol, "--amount", "0"}, "positive"},
		{pvars, []string{"provider", "expire"}, "--market is required"},
		{hvars, redeemArgs(), "--spec is required"},
		{hvars, redeemArgs("--spec", filepath.Join(dir, "nope.json")), "no such file"},
		{hvars, redeemArgs("--spec", badSpec), "not by digest"},
		{hvars, redeemArgs("--spec", otherHolder), "says holder"},
		{hvars, []string{"redeem", "--market", symbol, "--gpus", "2", "--hours", "3", "--start-hour", strconv.Itoa(int(ws) + 47), "--spec", specFile}, "not inside"},
		{hvars, []string{"redeem", "--market", symbol, "--gpus", "2", "--hours", "70000", "--start-hour", strconv.Itoa(int(ws)), "--spec", specFile}, "at most 65535"},
		{hvars, []string{"redeem", "--market", symbol, "--gpus", "2", "--hours", "3", "--start-hour", "2027-01-01T00:30:00Z", "--spec", specFile}, "whole UTC hour"},
		{hvars, []string{"spec", "hash", "--spec", specFile, "--chain-id", "1"}, "together"},
	} {
		_, _, err := vw.cli(ctx, c.vars, c.args...)
		if err == nil || exitCode(err) != 2 || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("%v: %v (exit %d), want %q", c.args, err, exitCode(err), c.msg)
		}
	}
	if _, _, err := vw.cli(ctx, pvars, "provider", "sideways"); exitCode(err) != 2 {
		t.Errorf("unknown provider command: %v", err)
	}
	if vw.nonce(provider.Addr) != pn || vw.nonce(holder.Addr) != hn {
		t.Fatal("bad input sent a transaction")
	}

	// Register a node; the registrar approves it.
	out, progress, err := vw.cli(ctx, pvars, "provider", "node", "register", "--node-id", "box-1", "--grade", "H100SXM-US-T1", "--gpus", "8", "--key-file", keyFile)
	if err != nil || !strings.Contains(out, "approval is the registrar's") || !strings.Contains(out, crypto.PubkeyToAddress(nodeKey.PublicKey).Hex()) ||
		!strings.Contains(progress, "proposeNode: sent transaction 0x") {
		t.Fatalf("register: %v\n%s\n%s", err, out, progress)
	}
	var nodeID [32]byte
	copy(nodeID[:], "box-1")
	n, err := bind.Call(vw.vi, nil, vw.vb.PackNode(provider.Addr, nodeID), vw.vb.UnpackNode)
	if err != nil || n.Status != 1 || n.Gpus != 8 || n.Key != crypto.PubkeyToAddress(nodeKey.PublicKey) {
		t.Fatalf("node on chain: %+v %v", n, err)
	}
	if _, _, err := vw.cli(ctx, pvars, "provider", "node", "register", "--node-id", "box-1", "--grade", "H100SXM-US-T1", "--gpus", "8", "--key-file", keyFile); exitCode(err) != 2 ||
		!strings.Contains(err.Error(), "already proposed") {
		t.Fatalf("register again: %v", err)
	}
	if _, err := env.Send(gasbench.Admin, vw.vi, vw.vb.PackApproveNode(provider.Addr, nodeID)); err != nil {
		t.Fatal(err)
	}
	out, _, err = vw.cli(ctx, pvars, "provider", "node", "list")
	if err != nil || !strings.Contains(flat(out), "box-1 H100SXM-US-T1 8 approved") || !strings.Contains(flat(out), "capacity H100SXM-US-T1 8 GPUs approved") {
		t.Fatalf("node list: %v\n%s", err, out)
	}

	// Collateral, then tokens against it.
	out, progress, err = vw.cli(ctx, pvars, "provider", "collateral", "deposit", "--amount", "500")
	if err != nil || !strings.Contains(flat(out), "collateral 500.000000 deposited, 0.000000 locked") ||
		!strings.Contains(progress, "approve: sent transaction") || !strings.Contains(progress, "depositCollateral: waiting for 2 confirmations") {
		t.Fatalf("deposit: %v\n%s\n%s", err, out, progress)
	}
	out, _, err = vw.cli(ctx, pvars, "provider", "mint", "--market", symbol, "--amount", "100")
	if err != nil || !strings.Contains(flat(out), "minted 100 "+symbol) || !strings.Contains(flat(out), "100.000000 locked") {
		t.Fatalf("mint: %v\n%s", err, out)
	}
	// 8 GPUs x 48 hours = 384, 100 minted: 284 more.
	if _, _, err := vw.cli(ctx, pvars, "provider", "mint", "--market", symbol, "--amount", "1000"); err == nil || exitCode(err) != 1 || !strings.Contains(err.Error(), "can mint 284") {
		t.Fatalf("mint beyond capacity: %v", err)
	}
	if _, _, err := vw.cli(ctx, pvars, "provider", "collateral", "withdraw", "--amount", "450"); err == nil || exitCode(err) != 1 || !strings.Contains(err.Error(), "only 400.000000") {
		t.Fatalf("withdraw locked collateral: %v", err)
	}
	if out, _, err = vw.cli(ctx, pvars, "provider", "collateral", "withdraw", "--amount", "50"); err != nil || !strings.Contains(flat(out), "collateral 450.000000 deposited") {
		t.Fatalf("withdraw: %v\n%s", err, out)
	}

	// The holder gets 20 of them (as a trade and a withdrawal would) and
	// redeems 2 GPUs x 3 hours.
	if _, err := env.Send(gasbench.FirstTrader, vw.ti, env.TokenB.PackSafeTransferFrom(provider.Addr, holder.Addr, vw.id, big.NewInt(20), nil)); err != nil {
		t.Fatal(err)
	}
	signedFile := filepath.Join(dir, "signed.json")
	out, progress, err = vw.cli(ctx, hvars, append(redeemArgs("--spec", specFile, "--out", signedFile), "--json")...)
	if err != nil {
		t.Fatalf("redeem: %v\n%s", err, progress)
	}
	var rr redeemResult
	if err := json.Unmarshal([]byte(out), &rr); err != nil || len(rr.LeaseIDs) != 1 || rr.LeaseIDs[0] != 1 || rr.SignedSpec == nil || rr.SpecFile != signedFile {
		t.Fatalf("redeem output %v:\n%s", err, out)
	}
	for _, want := range []string{"setApprovalForAll: sent transaction", "redeem: sent transaction", "redeem: confirmed"} {
		if !strings.Contains(progress, want) {
			t.Fatalf("progress lacks %q:\n%s", want, progress)
		}
	}
	l, err := bind.Call(vw.vi, nil, vw.vb.PackLease(big.NewInt(1)), vw.vb.UnpackLease)
	if err != nil || l.Holder != holder.Addr || l.Provider != provider.Addr || l.Gpus != 2 || l.Hours != 3 || l.StartHour != ws+1 || l.State != 1 ||
		l.Id.Cmp(vw.id) != 0 || common.Hash(l.SpecHash).Hex() != rr.SpecHash {
		t.Fatalf("lease on chain %+v %v, printed %+v", l, err, rr)
	}
	// The spec's hash is the EIP-712 digest the redeemer checks, and the
	// signature is the holder's.
	var ss signedSpec
	b, _ := os.ReadFile(signedFile)
	if err := json.Unmarshal(b, &ss); err != nil {
		t.Fatal(err)
	}
	domain := service.Domain{ChainID: vw.c.ChainID, Vault: vw.c.Vault}
	if ss.Spec.Hash(domain) != ss.SpecHash || ss.SpecHash.Hex() != rr.SpecHash || ss.Spec.Holder != holder.Addr || ss.Spec.GPUs != 2 ||
		ss.Spec.Command[1] != "hello" || len(ss.LeaseIDs) != 1 || ss.Vault != vw.c.Vault {
		t.Fatalf("signed spec %+v", ss)
	}
	if signer, err := service.RecoverSigner(ss.SpecHash, ss.Signature); err != nil || signer != holder.Addr {
		t.Fatalf("signer %s %v", signer, err)
	}
	if bal, _ := bind.Call(vw.ti, nil, env.TokenB.PackBalanceOf(holder.Addr, vw.id), env.TokenB.UnpackBalanceOf); bal.Int64() != 14 {
		t.Fatalf("holder's tokens after the redemption: %v", bal)
	}
	// The human output prints the lease ids and the signed spec.
	out, _, err = vw.cli(ctx, hvars, "redeem", "--market", symbol, "--gpus", "1", "--hours", "1", "--start-hour",
		vw.market.WindowStartTime().Add(5*time.Hour).Format(time.RFC3339), "--spec", specFile)
	if err != nil || !strings.Contains(flat(out), "lease 2 1 GPUs from provider "+provider.Addr.Hex()) || !strings.Contains(out, `"signature":"0x`) {
		t.Fatalf("redeem (text): %v\n%s", err, out)
	}

	// spec hash and sign agree with redeem.
	out, _, err = vw.cli(ctx, hvars, "spec", "hash", "--spec", signedSpecOnly(t, dir, ss), "--json")
	var sh map[string]any
	if err != nil || json.Unmarshal([]byte(out), &sh) != nil || sh["spec_hash"] != rr.SpecHash {
		t.Fatalf("spec hash: %v\n%s", err, out)
	}
	out, _, err = vw.cli(ctx, hvars, "spec", "sign", "--spec", specFile, "--market", symbol, "--gpus", "2", "--hours", "3",
		"--start-hour", strconv.Itoa(int(ws)+1), "--chain-id", vw.c.ChainID.String(), "--vault", vw.c.Vault.Hex())
	var signed signedSpec
	if err != nil || json.Unmarshal([]byte(out), &signed) != nil || signed.SpecHash.Hex() != rr.SpecHash || !bytesEqual(signed.Signature, ss.Signature) {
		t.Fatalf("spec sign: %v\n%s", err, out)
	}

	// Refused by the vault (beyond the node's 8 GPUs): exit 1, nothing sent.
	hn = vw.nonce(holder.Addr)
	if _, _, err := vw.cli(ctx, hvars, redeemArgs("--gpus", "9", "--hours", "1", "--spec", specFile)...); err == nil || exitCode(err) != 1 ||
		!strings.Contains(err.Error(), "NotAssignable") {
		t.Fatalf("redeem beyond capacity: %v", err)
	}
	if vw.nonce(holder.Addr) != hn {
		t.Fatal("a refused redemption sent a transaction")
	}
	// A holder that never approved the vault: the refusal comes before the
	// approval, so nothing is sent at all.
	fresh := env.NewKeys(1)[0]
	if _, err := env.Send(gasbench.FirstTrader, vw.ti, env.TokenB.PackSafeTransferFrom(provider.Addr, fresh.Addr, vw.id, big.NewInt(9), nil)); err != nil {
		t.Fatal(err)
	}
	fvars := map[string]string{"HOURGLASS_KEY": hexKey(fresh.Priv), "ETH_RPC_URL": "sim://chain"}
	if _, _, err := vw.cli(ctx, fvars, redeemArgs("--gpus", "9", "--hours", "1", "--spec", specFile)...); err == nil || exitCode(err) != 1 ||
		!strings.Contains(err.Error(), "NotAssignable") {
		t.Fatalf("a fresh holder's redemption beyond capacity: %v", err)
	}
	if vw.nonce(fresh.Addr) != 0 {
		t.Fatal("a refused redemption approved the vault")
	}

	// The provider's obligations and leases.
	out, _, err = vw.cli(ctx, pvars, "provider", "positions")
	if err != nil || !strings.Contains(flat(out), symbol+" 100 7 93 100.000000 open") || !strings.Contains(flat(out), "1 "+symbol+" 2") ||
		!strings.Contains(out, "assigned") {
		t.Fatalf("positions: %v\n%s", err, out)
	}
	out, _, err = vw.cli(ctx, pvars, "provider", "burn", "--market", symbol, "--amount", "10")
	if err != nil || !strings.Contains(flat(out), "burned 10 "+symbol) || !strings.Contains(flat(out), "90.000000 locked") {
		t.Fatalf("burn: %v\n%s", err, out)
	}
	if _, _, err := vw.cli(ctx, pvars, "provider", "expire", "--market", symbol); err == nil || exitCode(err) != 1 || !strings.Contains(err.Error(), "can be redeemed until") {
		t.Fatalf("expire while open: %v", err)
	}

	// Past the last trading time: no redemption; the unassigned rest
	// expires and its collateral is free.
	vw.passTime(72 * time.Hour)
	hn = vw.nonce(holder.Addr)
	if _, _, err := vw.cli(ctx, hvars, redeemArgs("--spec", specFile)...); err == nil || exitCode(err) != 2 || !strings.Contains(err.Error(), "can no longer be redeemed") {
		t.Fatalf("redeem after the close: %v", err)
	}
	if vw.nonce(holder.Addr) != hn {
		t.Fatal("a late redemption sent a transaction")
	}
	out, _, err = vw.cli(ctx, pvars, "provider", "expire", "--market", symbol)
	if err != nil || !strings.Contains(flat(out), "expired 83 "+symbol) {
		t.Fatalf("expire: %v\n%s", err, out)
	}
	out, _, err = vw.cli(ctx, pvars, "provider", "positions", "--json")
	var pos struct {
		Locked    string         `json:"locked"`
		Positions []positionInfo `json:"positions"`
		Leases    []leaseInfo    `json:"leases"`
	}
	if err != nil || json.Unmarshal([]byte(out), &pos) != nil || len(pos.Positions) != 1 || pos.Positions[0].State != "delivering" ||
		pos.Positions[0].Minted != 7 || pos.Locked != "7.000000" || len(pos.Leases) != 2 {
		t.Fatalf("positions after expiry: %v\n%s", err, out)
	}
}

// signedSpecOnly writes ss's spec alone to a file.
func signedSpecOnly(t *testing.T, dir string, ss signedSpec) string {
	b, err := json.Marshal(ss.Spec)
	if err != nil {
		t.Fatal(err)
	}
	f := filepath.Join(dir, "complete.json")
	if err := os.WriteFile(f, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return f
}

func bytesEqual(a, b []byte) bool { return string(a) == string(b) }
