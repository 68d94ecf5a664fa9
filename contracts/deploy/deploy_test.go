package deploy_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/contracts/deploy"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/internal/evm/devchain"
)

// TestDeployAndSeed deploys the contracts on the dev chain and seeds a
// demo world: every trader ends with its cash and tokens inside the
// Exchange, and the provider's mints are backed by its collateral.
func TestDeployAndSeed(t *testing.T) {
	c := devchain.New(6)
	defer c.Close()
	defer devchain.AutoMine(c, 5*time.Millisecond).Stop()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	reporters := []common.Address{{0xcc, 1}, {0xcc, 2}, {0xcc, 3}}
	roles := deploy.Roles{Operator: c.Addrs[1], Guardian: c.Addrs[2], FeeRecipient: c.Addrs[3],
		Reporters: reporters, ReportThreshold: 2, ChallengeWindow: time.Hour}
	ct, err := deploy.Deploy(ctx, c.Client, c.Keys[0], roles, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if ct.Block == 0 || ct.ChainID.Cmp(c.ChainID) != 0 {
		t.Fatalf("contracts %+v", ct)
	}
	var markets []instrument.ID
	for week := range 2 {
		id := h100Week(t, time.Date(2099, 1, 5+7*week, 0, 0, 0, 0, time.UTC))
		markets = append(markets, id)
	}
	traders := []common.Address{{0xaa, 1}, {0xaa, 2}, {0xaa, 3}}
	seed := deploy.Seed{Markets: markets, Provider: c.Keys[5], Traders: traders, CashEach: big.NewInt(5_000_000),
		TokensEach: big.NewInt(300), CollateralPerHour: big.NewInt(100_000), Redeemer: common.Address{0xbb, 1},
		Penalty: big.NewInt(40_000)}
	if err := deploy.SeedDemo(ctx, c.Client, c.Keys[0], ct, seed); err != nil {
		t.Fatal(err)
	}
	vb := bindings.NewProviderVault()
	ob := bindings.NewDeliveryOracle()
	read := func(to common.Address, data []byte) []byte {
		t.Helper()
		out, err := c.Client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	// The oracle: the vault's settler and spot desk (SPOT_ROLE), the
	// Exchange's spot desk (EXCHANGE_ROLE to the Exchange, nobody else),
	// administered by the timelock (the deployer renounced), the
	// Exchange's guardian its guardian, the roles' reporters; the seed's
	// penalty on every grade.
	settler := crypto.Keccak256Hash([]byte("SETTLER_ROLE"))
	spotRole, exchangeRole := crypto.Keccak256Hash([]byte("SPOT_ROLE")), crypto.Keccak256Hash([]byte("EXCHANGE_ROLE"))
	for _, r := range []struct {
		to   common.Address
		role [32]byte
		who  common.Address
		want bool
	}{{ct.Vault, settler, ct.Oracle, true}, {ct.Vault, [32]byte{}, ct.Timelock, true}, {ct.Vault, [32]byte{}, c.Addrs[0], false},
		{ct.Vault, spotRole, ct.Oracle, true}, {ct.Vault, spotRole, c.Addrs[0], false}, {ct.Vault, spotRole, ct.Exchange, false},
		{ct.Oracle, exchangeRole, ct.Exchange, true}, {ct.Oracle, exchangeRole, c.Addrs[0], false}, {ct.Oracle, exchangeRole, c.Addrs[1], false},
		{ct.Oracle, [32]byte{}, ct.Timelock, true}, {ct.Oracle, [32]byte{}, c.Addrs[0], false},
		{ct.Oracle, crypto.Keccak256Hash([]byte("GUARDIAN_ROLE")), c.Addrs[2], true}} {
		if ok, err := vb.UnpackHasRole(read(r.to, vb.PackHasRole(r.role, r.who))); err != nil || ok != r.want {
			t.Errorf("%s: role %x of %s: %v, %v", r.to, r.role, r.who, ok, err)
		}
	}
	if desk, err := bindings.NewExchange().UnpackSpotDesk(read(ct.Exchange, bindings.NewExchange().PackSpotDesk())); err != nil || desk != ct.Oracle {
		t.Errorf("the Exchange's spot desk %s (%v), want the oracle %s", desk, err, ct.Oracle)
	}
	if got, err := ob.UnpackReporters(read(ct.Oracle, ob.PackReporters())); err != nil || len(got) != 3 || got[2] != reporters[2] {
		t.Errorf("reporters %v %v", got, err)
	}
	if k, err := ob.UnpackThreshold(read(ct.Oracle, ob.PackThreshold())); err != nil || k.Int64() != 2 {
		t.Errorf("threshold %v %v", k, err)
	}
	if w, err := ob.UnpackChallengeWindow(read(ct.Oracle, ob.PackChallengeWindow())); err != nil || w != 3600 {
		t.Errorf("challenge window %v %v", w, err)
	}
	if p, err := ob.UnpackPenaltyPerGpuHour(read(ct.Oracle, ob.PackPenaltyPerGpuHour(markets[0].GradeKey().Big()))); err != nil || p.Int64() != 40_000 {
		t.Errorf("penalty %v %v", p, err)
	}
	out, err := c.Client.CallContract(ctx, ethereum.CallMsg{To: &ct.Vault, Data: vb.PackHasRole(crypto.Keccak256Hash([]byte("REDEEMER_ROLE")), seed.Redeemer)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if ok, _ := vb.UnpackHasRole(out); !ok {
		t.Error("the seed's redeemer has no REDEEMER_ROLE")
	}
	ex := bindings.NewExchange()
	bal := func(a common.Address, asset *big.Int) int64 {
		out, err := c.Client.CallContract(ctx, ethereum.CallMsg{To: &ct.Exchange, Data: ex.PackBalanceOf(a, asset)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		v, err := ex.UnpackBalanceOf(out)
		if err != nil {
			t.Fatal(err)
		}
		return v.Int64()
	}
	for _, tr := range traders {
		if got := bal(tr, big.NewInt(0)); got != 5_000_000 {
			t.Errorf("%s: cash %d", tr, got)
		}
		for _, m := range markets {
			if got := bal(tr, m.Big()); got != 300 {
				t.Errorf("%s: %d of %s", tr, got, m)
			}
		}
	}
	vault := bindings.NewProviderVault()
	out, err = c.Client.CallContract(ctx, ethereum.CallMsg{To: &ct.Vault, Data: vault.PackAccount(c.Addrs[5])}, nil)
	if err != nil {
		t.Fatal(err)
	}
	acct, err := vault.UnpackAccount(out)
	if err != nil {
		t.Fatal(err)
	}
	if want := int64(2 * 3 * 300 * 100_000); acct.Locked.Int64() != want || acct.Deposited.Int64() != want {
		t.Errorf("provider collateral %+v, want %d locked", acct, want)
	}

	// A mark feed per market, administered by the timelock; the operator
	// posts, nobody else.
	feeds, err := deploy.DeployFeeds(ctx, c.Client, c.Keys[0], ct, c.Addrs[1], markets)
	if err != nil {
		t.Fatal(err)
	}
	fb := bindings.NewMarkPriceFeed()
	call := func(to common.Address, from common.Address, data []byte) ([]byte, error) {
		return c.Client.CallContract(ctx, ethereum.CallMsg{From: from, To: &to, Data: data}, nil)
	}
	for i, f := range feeds {
		out, err := call(f, common.Address{}, fb.PackINSTRUMENT())
		if err != nil {
			t.Fatal(err)
		}
		if id, _ := fb.UnpackINSTRUMENT(out); id.Cmp(markets[i].Big()) != 0 {
			t.Errorf("feed %d carries %s", i, id)
		}
		out, err = call(f, common.Address{}, fb.PackHasRole([32]byte{}, ct.Timelock))
		if err != nil {
			t.Fatal(err)
		}
		if ok, _ := fb.UnpackHasRole(out); !ok {
			t.Errorf("feed %d: the timelock is not its admin", i)
		}
		if _, err := call(f, c.Addrs[1], fb.PackPostMark(big.NewInt(250_000_000))); err != nil {
			t.Errorf("feed %d: the operator cannot post: %v", i, err)
		}
		if _, err := call(f, c.Addrs[2], fb.PackPostMark(big.NewInt(250_000_000))); err == nil {
			t.Errorf("feed %d: another account posted", i)
		}
	}
	// The oracle finds each instrument's feed (set through the timelock).
	if err := deploy.SetFeeds(ctx, c.Client, c.Keys[0], ct, markets, feeds); err != nil {
		t.Fatal(err)
	}
	for i, id := range markets {
		if f, err := ob.UnpackFeedOf(read(ct.Oracle, ob.PackFeedOf(id.Big()))); err != nil || f != feeds[i] {
			t.Errorf("feedOf(%s) %s %v, want %s", id, f, err, feeds[i])
		}
	}
	if err := deploy.SetFeeds(ctx, c.Client, c.Keys[0], ct, markets, feeds[:1]); err == nil {
		t.Error("SetFeeds with fewer feeds than ids")
	}
}

// TestSeedDemoProviderIsAdmin seeds with one key as admin and provider, as
// the operator does on a dev node with its one funded key: the two roles'
// transactions share the key's nonces.
func TestSeedDemoProviderIsAdmin(t *testing.T) {
	c := devchain.New(4)
	defer c.Close()
	defer devchain.AutoMine(c, 5*time.Millisecond).Stop()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	me := c.Addrs[0]
	ct, err := deploy.Deploy(ctx, c.Client, c.Keys[0], deploy.Roles{Operator: me, Guardian: me, FeeRecipient: c.Addrs[3]}, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	id := h100Week(t, time.Date(2099, 1, 5, 0, 0, 0, 0, time.UTC))
	trader := common.Address{0xaa, 1}
	seed := deploy.Seed{Markets: []instrument.ID{id}, Provider: c.Keys[0], Traders: []common.Address{trader},
		CashEach: big.NewInt(5_000_000), TokensEach: big.NewInt(300), CollateralPerHour: big.NewInt(100_000)}
	if err := deploy.SeedDemo(ctx, c.Client, c.Keys[0], ct, seed); err != nil {
		t.Fatal(err)
	}
	ex := bindings.NewExchange()
	out, err := c.Client.CallContract(ctx, ethereum.CallMsg{To: &ct.Exchange, Data: ex.PackBalanceOf(trader, id.Big())}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if v, err := ex.UnpackBalanceOf(out); err != nil || v.Int64() != 300 {
		t.Fatalf("the trader holds %v tokens, %v; want 300", v, err)
	}
}

// TestDeployTimelock deploys with a 2-second timelock delay, as a test
// network would with its own: the timelock owns the Exchange and
// administers the vault, the deployer keeps neither power, the token's one
// minter is the vault, and SeedDemo's collateral rates go through the
// timelock, executed no earlier than the delay after they were scheduled.
func TestDeployTimelock(t *testing.T) {
	c := devchain.New(6)
	defer c.Close()
	defer devchain.AutoMine(c, 5*time.Millisecond).Stop()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	me := c.Addrs[0]
	roles := deploy.Roles{Operator: c.Addrs[1], Guardian: c.Addrs[2], FeeRecipient: c.Addrs[3], TimelockDelay: 2 * time.Second}
	ct, err := deploy.Deploy(ctx, c.Client, c.Keys[0], roles, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	read := func(to common.Address, data []byte) []byte {
		t.Helper()
		out, err := c.Client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	ex, tok, vault, tl := bindings.NewExchange(), bindings.NewGPUHourToken(), bindings.NewProviderVault(), bindings.NewHourglassTimelock()
	if o, err := ex.UnpackOwner(read(ct.Exchange, ex.PackOwner())); err != nil || o != ct.Timelock {
		t.Fatalf("Exchange owner %s, %v; want the timelock %s", o, err, ct.Timelock)
	}
	if m, err := tok.UnpackMINTER(read(ct.Token, tok.PackMINTER())); err != nil || m != ct.Vault {
		t.Fatalf("token minter %s, %v; want the vault %s", m, err, ct.Vault)
	}
	var admin [32]byte
	registrar, _ := vault.UnpackREGISTRARROLE(read(ct.Vault, vault.PackREGISTRARROLE()))
	for _, c := range []struct {
		role [32]byte
		who  common.Address
		want bool
	}{{admin, ct.Timelock, true}, {admin, me, false}, {registrar, me, true}, {registrar, ct.Timelock, false}} {
		if got, err := vault.UnpackHasRole(read(ct.Vault, vault.PackHasRole(c.role, c.who))); err != nil || got != c.want {
			t.Fatalf("vault role %x of %s: %v, %v; want %v", c.role, c.who, got, err, c.want)
		}
	}
	if d, err := tl.UnpackGetMinDelay(read(ct.Timelock, tl.PackGetMinDelay())); err != nil || d.Int64() != 2 {
		t.Fatalf("timelock delay %v, %v; want 2 s", d, err)
	}
	for _, name := range []string{"PROPOSER", "EXECUTOR", "CANCELLER", "ADMIN"} {
		var role [32]byte
		switch name {
		case "PROPOSER":
			role, _ = tl.UnpackPROPOSERROLE(read(ct.Timelock, tl.PackPROPOSERROLE()))
		case "EXECUTOR":
			role, _ = tl.UnpackEXECUTORROLE(read(ct.Timelock, tl.PackEXECUTORROLE()))
		case "CANCELLER":
			role, _ = tl.UnpackCANCELLERROLE(read(ct.Timelock, tl.PackCANCELLERROLE()))
		}
		got, err := tl.UnpackHasRole(read(ct.Timelock, tl.PackHasRole(role, me)))
		if want := name != "ADMIN"; err != nil || got != want {
			t.Fatalf("timelock %s role of the deployer: %v, %v; want %v", name, got, err, want)
		}
	}

	id := h100Week(t, time.Date(2099, 1, 5, 0, 0, 0, 0, time.UTC))
	from := ct.Block
	seed := deploy.Seed{Markets: []instrument.ID{id}, Provider: c.Keys[5], Traders: []common.Address{{0xaa, 1}},
		CashEach: big.NewInt(5_000_000), TokensEach: big.NewInt(300), CollateralPerHour: big.NewInt(100_000)}
	if err := deploy.SeedDemo(ctx, c.Client, c.Keys[0], ct, seed); err != nil {
		t.Fatal(err)
	}
	rate, err := vault.UnpackCollateralPerGpuHour(read(ct.Vault, vault.PackCollateralPerGpuHour(id.GradeKey().Big())))
	if err != nil || rate.Int64() != 100_000 {
		t.Fatalf("collateral rate %v, %v", rate, err)
	}
	// The rate was scheduled, then executed at least 2 s later.
	logs, err := c.Client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), Addresses: []common.Address{ct.Timelock}})
	if err != nil {
		t.Fatal(err)
	}
	at := map[string]uint64{}
	for _, l := range logs {
		h, err := c.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(l.BlockNumber))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tl.UnpackCallScheduledEvent(&l); err == nil {
			at["scheduled"] = h.Time
		}
		if _, err := tl.UnpackCallExecutedEvent(&l); err == nil {
			at["executed"] = h.Time
		}
	}
	if at["scheduled"] == 0 || at["executed"] < at["scheduled"]+2 {
		t.Fatalf("timelock operation at %v, want executed >= scheduled + 2 s", at)
	}
}

// h100Week is the instrument id of a week of H100 SXM in the US, tier 1,
// from start.
func h100Week(t *testing.T, start time.Time) instrument.ID {
	t.Helper()
	in, err := instrument.NewReservation(instrument.GPUH100SXM, instrument.SXM, instrument.RegionUS, 1, start, 168)
	if err != nil {
		t.Fatal(err)
	}
	id, err := in.Encode()
	if err != nil {
		t.Fatal(err)
	}
	return id
}
