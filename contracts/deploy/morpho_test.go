package deploy_test

import (
	"bytes"
	"context"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/bindings/morpho"
	"github.com/hourglass-exchange/hourglass/contracts/deploy"
	"github.com/hourglass-exchange/hourglass/internal/evm/devchain"
)

// TestDeployMorpho deploys Morpho Blue on the embedded chain next to the
// exchange's contracts, creates a market lending the exchange's
// MockStablecoin (LLTV 77 %, the IrmMock), reads its parameters back by id
// and supplies stablecoin to it. The collateral and the oracle are stand-in
// addresses: Morpho reads neither until someone borrows.
func TestDeployMorpho(t *testing.T) {
	c := devchain.New(4)
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	// A block every 10 ms: AutoMine would mine most of these transactions
	// only on its one-second empty block.
	miner := devchain.MineEvery(c, 10*time.Millisecond)
	defer miner.Stop()
	ct, err := deploy.Deploy(ctx, c.Client, c.Keys[0], deploy.Roles{Operator: c.Addrs[1], Guardian: c.Addrs[2], FeeRecipient: c.Addrs[3]}, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	owner, lender := c.Keys[1], c.Keys[2]
	mb, coin := morpho.NewMorpho(), bindings.NewMockStablecoin()
	read := func(to common.Address, data []byte) []byte {
		t.Helper()
		out, err := c.Client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}

	head, err := c.Client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	mAddr, irm, err := deploy.DeployMorpho(ctx, c.Client, owner)
	if err != nil {
		t.Fatal(err)
	}
	// The deployment's gas, from its receipt (the first contract creation
	// after head), and the code's size against EIP-170's 24,576 bytes.
	var gas uint64
	for n := head + 1; gas == 0; n++ {
		blk, err := c.Client.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatalf("block %d: %v", n, err)
		}
		for _, tx := range blk.Transactions() {
			rc, err := c.Client.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				t.Fatal(err)
			}
			if tx.To() == nil && rc.ContractAddress == mAddr {
				gas = rc.GasUsed
			}
		}
	}
	code, err := c.Client.CodeAt(ctx, mAddr, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(code) == 0 || len(code) > 24576 {
		t.Fatalf("Morpho's code is %d bytes", len(code))
	}
	t.Logf("Morpho: deployed %d bytes of code with %d gas", len(code), gas)

	if o, err := mb.UnpackOwner(read(mAddr, mb.PackOwner())); err != nil || o != c.Addrs[1] {
		t.Fatalf("Morpho's owner is %s (%v), want %s", o, err, c.Addrs[1])
	}
	if ok, err := mb.UnpackIsIrmEnabled(read(mAddr, mb.PackIsIrmEnabled(irm))); err != nil || !ok {
		t.Fatalf("IrmMock %s enabled: %v, %v", irm, ok, err)
	}

	lltv := new(big.Int).Mul(big.NewInt(77), new(big.Int).Exp(big.NewInt(10), big.NewInt(16), nil)) // 0.77e18
	p := morpho.MarketParams{LoanToken: ct.Stablecoin, CollateralToken: common.Address{0xc0, 1}, Oracle: common.Address{0x0e, 1}, Irm: irm, Lltv: lltv}
	if ok, err := mb.UnpackIsLltvEnabled(read(mAddr, mb.PackIsLltvEnabled(lltv))); err != nil || ok {
		t.Fatalf("LLTV enabled before CreateMorphoMarket: %v, %v", ok, err)
	}
	// Only the owner enables an LLTV: a stranger's key is refused before
	// anything is sent, and Morpho itself reverts its call.
	if _, err := deploy.CreateMorphoMarket(ctx, c.Client, lender, mAddr, p); err == nil || !strings.Contains(err.Error(), "not Morpho's owner") {
		t.Fatalf("a stranger's CreateMorphoMarket: %v", err)
	}
	from := c.Addrs[2]
	if _, err := c.Client.CallContract(ctx, ethereum.CallMsg{From: from, To: &mAddr, Data: mb.PackEnableLltv(lltv)}, nil); err == nil || !strings.Contains(err.Error(), "not owner") {
		t.Fatalf("a stranger's enableLltv: %v", err)
	}
	// Neither an LLTV of 100 % nor an IRM Morpho has not enabled.
	bad := p
	bad.Lltv = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	if _, err := deploy.CreateMorphoMarket(ctx, c.Client, owner, mAddr, bad); err == nil || !strings.Contains(err.Error(), "not in [0, 1e18)") {
		t.Fatalf("LLTV 1e18: %v", err)
	}
	bad = p
	bad.Irm = common.Address{0x11}
	if _, err := deploy.CreateMorphoMarket(ctx, c.Client, owner, mAddr, bad); err == nil || !strings.Contains(err.Error(), "is not enabled") {
		t.Fatalf("an IRM not enabled: %v", err)
	}

	id, err := deploy.CreateMorphoMarket(ctx, c.Client, owner, mAddr, p)
	if err != nil {
		t.Fatal(err)
	}
	// The id is Morpho's own: keccak256(abi.encode(marketParams)).
	if want := crypto.Keccak256Hash(mustPack(t, p)); id != want {
		t.Fatalf("market id %x, abi.encode hashes to %x", id, want)
	}
	got, err := mb.UnpackIdToMarketParams(read(mAddr, mb.PackIdToMarketParams(id)))
	if err != nil {
		t.Fatal(err)
	}
	if got.LoanToken != p.LoanToken || got.CollateralToken != p.CollateralToken || got.Oracle != p.Oracle || got.Irm != p.Irm || got.Lltv.Cmp(lltv) != 0 {
		t.Fatalf("idToMarketParams(%x) = %+v, want %+v", id, got, p)
	}
	if ok, err := mb.UnpackIsLltvEnabled(read(mAddr, mb.PackIsLltvEnabled(lltv))); err != nil || !ok {
		t.Fatalf("LLTV enabled after CreateMorphoMarket: %v, %v", ok, err)
	}
	// A second market with the same parameters is refused, sending nothing;
	// one with another collateral reuses the enabled LLTV.
	if _, err := deploy.CreateMorphoMarket(ctx, c.Client, owner, mAddr, p); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Fatalf("the same market twice: %v", err)
	}
	other := p
	other.CollateralToken = common.Address{0xc0, 2}
	id2, err := deploy.CreateMorphoMarket(ctx, c.Client, lender, mAddr, other)
	if err != nil || id2 == id {
		t.Fatalf("a second market by a stranger (LLTV already enabled): %x, %v", id2, err)
	}
	miner.Stop() // from here on, mustSend mines each transaction's block

	// A lender supplies 1,000 mUSDC: Morpho pulls the exchange's stablecoin
	// (SafeTransferLib against OpenZeppelin's ERC-20) and mints shares at
	// 1e6 per unit (its virtual shares).
	const supplied = 1_000 * 1_000_000
	mustSend(t, ctx, c, c.Keys[0], ct.Stablecoin, coin.PackMint(from, big.NewInt(supplied)))
	mustSend(t, ctx, c, lender, ct.Stablecoin, coin.PackApprove(mAddr, big.NewInt(supplied)))
	mustSend(t, ctx, c, lender, mAddr, mb.PackSupply(p, big.NewInt(supplied), new(big.Int), from, nil))
	m, err := mb.UnpackMarket(read(mAddr, mb.PackMarket(id)))
	if err != nil {
		t.Fatal(err)
	}
	if m.TotalSupplyAssets.Cmp(big.NewInt(supplied)) != 0 || m.TotalSupplyShares.Cmp(big.NewInt(supplied*1_000_000)) != 0 || m.TotalBorrowAssets.Sign() != 0 {
		t.Fatalf("market after the supply: %+v", m)
	}
	pos, err := mb.UnpackPosition(read(mAddr, mb.PackPosition(id, from)))
	if err != nil {
		t.Fatal(err)
	}
	if pos.SupplyShares.Cmp(m.TotalSupplyShares) != 0 {
		t.Fatalf("lender's position %+v, market %+v", pos, m)
	}
	if bal, err := coin.UnpackBalanceOf(read(ct.Stablecoin, coin.PackBalanceOf(mAddr))); err != nil || bal.Cmp(big.NewInt(supplied)) != 0 {
		t.Fatalf("Morpho holds %v mUSDC (%v), want %d", bal, err, supplied)
	}
}

// mustPack is abi.encode(p), through Morpho's own ABI: createMarket's
// argument is the one tuple p, so its calldata less the selector is it.
func mustPack(t *testing.T, p morpho.MarketParams) []byte {
	t.Helper()
	data, err := morpho.NewMorpho().TryPackCreateMarket(p)
	if err != nil {
		t.Fatal(err)
	}
	return data[4:]
}

// TestMorphoNotLinked builds testdata/linkcheck, a command that uses the
// artifacts and the deployment of the exchange as hourglass does, and
// checks that none of Morpho Blue's code or ABI is in it: a binary that
// calls no Morpho function carries no third-party code (morpho.go and
// contracts/artifacts keep no package-level value of it).
func TestMorphoNotLinked(t *testing.T) {
	out := filepath.Join(t.TempDir(), "linkcheck")
	cmd := exec.Command("go", "build", "-o", out, "./testdata/linkcheck")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, b)
	}
	bin, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	code := morpho.MorphoMetaData.Bin
	for _, needle := range []string{code[len(code)/2 : len(code)/2+64], "borrowRateView", "idToMarketParams"} {
		if bytes.Contains(bin, []byte(needle)) {
			t.Errorf("the linked command holds Morpho's %q", needle)
		}
	}
	// The command does link the exchange's own ABIs.
	if !bytes.Contains(bin, []byte("settlementPaused")) {
		t.Errorf("the linked command lacks the Exchange's ABI: the check proves nothing")
	}
}
