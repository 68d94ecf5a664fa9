package wallet

import (
	"context"
	"encoding/hex"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/contracts/gasbench"
	"github.com/hourglass-exchange/hourglass/internal/evm/devchain"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

func newEnv(t *testing.T) *gasbench.Env {
	env, err := gasbench.NewEnv(gasbench.FirstTrader+2, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { env.Close() })
	return env
}

func TestDepositAndWithdraw(t *testing.T) {
	env := newEnv(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	k := env.FundedKey(gasbench.FirstTrader)
	if err := env.MintCoin(k.Addr, big.NewInt(1000e6)); err != nil {
		t.Fatal(err)
	}
	if err := env.MintTokens(k.Addr, env.Market, big.NewInt(50)); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(devchain.MineEvery(env.Chain, 5*time.Millisecond).Stop)
	var progress testsvc.SyncBuffer
	w := New(env.Chain.Client, k.Priv, Contracts{ChainID: env.Chain.ChainID, Exchange: env.Exchange,
		Stablecoin: env.Coin, Token: env.Token, Confirmations: 3})
	w.Progress, w.Poll = &progress, 5*time.Millisecond

	dec, err := w.StablecoinDecimals(ctx)
	if err != nil || dec != 6 {
		t.Fatalf("decimals %d, %v", dec, err)
	}
	amt, err := ParseAmount("250.5", dec)
	if err != nil || amt.Int64() != 250_500_000 {
		t.Fatalf("250.5: %v, %v", amt, err)
	}
	r, err := w.DepositCash(ctx, amt)
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := env.Chain.Client.BlockNumber(ctx); n < r.BlockNumber.Uint64()+2 {
		t.Fatalf("returned at block %d, mined in %d: not 3 confirmations", n, r.BlockNumber)
	}
	p := progress.String()
	for _, want := range []string{"approve: sent transaction 0x", "approve: mined in block", "deposit: sent transaction 0x",
		"deposit: waiting for 3 confirmations", "deposit: confirmed (3 confirmations)"} {
		if !strings.Contains(p, want) {
			t.Fatalf("progress lacks %q:\n%s", want, p)
		}
	}
	if b, _ := w.ExchangeBalance(ctx, Cash); b.Int64() != 250_500_000 {
		t.Fatalf("exchange cash %v", b)
	}
	// The allowance was spent: the next deposit approves again.
	if _, err := w.DepositCash(ctx, big.NewInt(1)); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(progress.String(), "approve: sent"); n != 2 {
		t.Fatalf("%d approvals", n)
	}
	if _, err := w.DepositCash(ctx, big.NewInt(10_000e6)); err == nil || !strings.Contains(err.Error(), "less than") {
		t.Fatalf("deposit beyond the wallet's cash: %v", err)
	}

	if _, err := w.DepositToken(ctx, env.Market, big.NewInt(10)); err != nil {
		t.Fatal(err)
	}
	if b, _ := w.ExchangeBalance(ctx, env.Market); b.Int64() != 10 {
		t.Fatalf("exchange tokens %v", b)
	}

	// Withdraw cash: requested, not ready for an hour, then paid.
	if _, err := w.ExecuteWithdrawal(ctx, Cash); !errors.Is(err, ErrNothingPending) {
		t.Fatalf("execute with nothing pending: %v", err)
	}
	if _, err := w.RequestWithdrawal(ctx, Cash, big.NewInt(300e6)); err == nil || !strings.Contains(err.Error(), "less than") {
		t.Fatalf("withdraw beyond the balance: %v", err)
	}
	if _, err := w.RequestWithdrawal(ctx, Cash, big.NewInt(100e6)); err != nil {
		t.Fatal(err)
	}
	pend, err := w.PendingWithdrawal(ctx, Cash)
	if err != nil || pend.Amount.Int64() != 100e6 || pend.ReadyAt.IsZero() {
		t.Fatalf("pending %+v, %v", pend, err)
	}
	if _, err := w.ExecuteWithdrawal(ctx, Cash); err == nil || !strings.Contains(err.Error(), "ready at") {
		t.Fatalf("execute before ready: %v", err)
	}
	if err := env.Chain.AdjustTime(2 * time.Hour); err != nil {
		t.Fatal(err)
	}
	if _, err := w.ExecuteWithdrawal(ctx, Cash); err != nil {
		t.Fatal(err)
	}
	if b, _ := w.StablecoinBalance(ctx); b.Int64() != 1000e6-250_500_000-1+100e6 {
		t.Fatalf("wallet cash after the withdrawal %v", b)
	}
	// Tokens: requested (earmarked: they stay in the balance until paid,
	// and a second request must fit in what is not yet pending), then
	// cancelled.
	if _, err := w.RequestWithdrawal(ctx, env.Market, big.NewInt(4)); err != nil {
		t.Fatal(err)
	}
	if b, _ := w.ExchangeBalance(ctx, env.Market); b.Int64() != 10 {
		t.Fatalf("tokens after the request %v", b)
	}
	if _, err := w.RequestWithdrawal(ctx, env.Market, big.NewInt(7)); err == nil || !strings.Contains(err.Error(), "less than") {
		t.Fatalf("a request beyond what is not yet pending: %v", err)
	}
	if p, err := w.PendingWithdrawal(ctx, env.Market); err != nil || p.Amount.Int64() != 4 {
		t.Fatalf("pending tokens %+v, %v", p, err)
	}
	if _, err := w.CancelWithdrawal(ctx, env.Market); err != nil {
		t.Fatal(err)
	}
	if b, _ := w.ExchangeBalance(ctx, env.Market); b.Int64() != 10 {
		t.Fatalf("tokens after the cancel %v", b)
	}
	// A call the contract refuses names its error.
	if _, err := w.send(ctx, "requestWithdrawal", w.exI, w.ex.PackRequestWithdrawal(Cash, big.NewInt(1e18))); err == nil ||
		!strings.Contains(err.Error(), "reverted: ") {
		t.Fatalf("refused call: %v", err)
	}
}

func TestParseAmount(t *testing.T) {
	for _, c := range []struct {
		in   string
		dec  uint8
		want string
	}{{"250.5", 6, "250500000"}, {"1", 0, "1"}, {"0.000001", 6, "1"}, {" 3 ", 2, "300"}} {
		got, err := ParseAmount(c.in, c.dec)
		if err != nil || got.String() != c.want {
			t.Errorf("ParseAmount(%q, %d) = %v, %v; want %s", c.in, c.dec, got, err, c.want)
		}
	}
	for _, bad := range []string{"0", "-1", "1.0000001", "abc", "", "1e400x"} {
		if _, err := ParseAmount(bad, 6); !errors.Is(err, ErrAmount) {
			t.Errorf("ParseAmount(%q): %v", bad, err)
		}
	}
	if s := FormatAmount(big.NewInt(250_500_000), 6); s != "250.500000" {
		t.Errorf("FormatAmount: %s", s)
	}
}

func TestLoadKey(t *testing.T) {
	k, _ := crypto.GenerateKey()
	dir := t.TempDir()
	ks := keystore.NewKeyStore(dir, keystore.LightScryptN, keystore.LightScryptP)
	acct, err := ks.ImportECDSA(k, "s3cret")
	if err != nil {
		t.Fatal(err)
	}
	pw := filepath.Join(dir, "pw")
	os.WriteFile(pw, []byte("s3cret\n"), 0o600)
	pass, err := ReadPassword(pw)
	if err != nil || pass != "s3cret" {
		t.Fatalf("password %q, %v", pass, err)
	}
	got, err := LoadKey(KeySource{Keystore: acct.URL.Path, Password: pass})
	if err != nil || crypto.PubkeyToAddress(got.PublicKey) != acct.Address {
		t.Fatalf("keystore key %v", err)
	}
	if _, err := LoadKey(KeySource{Keystore: acct.URL.Path, Password: "wrong"}); err == nil || strings.Contains(err.Error(), "s3cret") {
		t.Fatalf("wrong password: %v", err)
	}
	hexKey := "0x" + hex.EncodeToString(crypto.FromECDSA(k))
	got, err = LoadKey(KeySource{Hex: hexKey})
	if err != nil || !got.Equal(k) {
		t.Fatalf("hex key: %v", err)
	}
	if _, err := LoadKey(KeySource{Hex: "0x1234"}); err == nil || strings.Contains(err.Error(), "1234") {
		t.Fatalf("bad hex key: %v", err)
	}
	if _, err := LoadKey(KeySource{}); !errors.Is(err, ErrNoKey) {
		t.Fatalf("no key: %v", err)
	}
	if _, err := LoadKey(KeySource{Keystore: "x", Hex: hexKey}); err == nil {
		t.Fatal("both: no error")
	}
}
