package tests

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/contracts/deploy"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/internal/evm/devchain"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// Accounts of a deployed world (contracts/deploy on an auto-mined dev chain).
const (
	wDeployer = 0 // deploys; the timelock's proposer and executor, the vault's registrar
	wOperator = 1
	wGuardian = 2
	wFees     = 3
	wProvider = 4
	wOutsider = 5 // holds no role
	wNewOp    = 6
	wAccounts = 7
)

// world is what contracts/deploy deploys and seeds, as the node runs it:
// the timelock owns the Exchange and administers the vault, the vault is
// the token's minter, and the seeded Exchange holds the traders' tokens.
type world struct {
	t       *testing.T
	c       *devchain.Chain
	miner   *devchain.Miner
	ct      deploy.Contracts
	market  *big.Int
	traders []common.Address

	ex                             *bindings.Exchange
	tok                            *bindings.GPUHourToken
	vault                          *bindings.ProviderVault
	tl                             *bindings.HourglassTimelock
	abis                           []*abi.ABI
	exABI, tokABI, vaultABI, tlABI *abi.ABI
}

// newWorld deploys with the given timelock delay and seeds one market.
func newWorld(t *testing.T, delay time.Duration) *world {
	t.Helper()
	c := devchain.New(wAccounts)
	t.Cleanup(func() { _ = c.Close() })
	// A block every 10 ms, transactions or not: deploying and seeding take
	// a fraction of a second (the chain's clock runs ahead of the wall
	// clock meanwhile, a second a block; tests that need exact block times
	// pause the miner).
	miner := devchain.MineEvery(c, 10*time.Millisecond)
	t.Cleanup(miner.Stop)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	roles := deploy.Roles{Operator: c.Addrs[wOperator], Guardian: c.Addrs[wGuardian], FeeRecipient: c.Addrs[wFees], TimelockDelay: delay}
	ct, err := deploy.Deploy(ctx, c.Client, c.Keys[wDeployer], roles, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	in, err := instrument.NewReservation(instrument.GPUH100SXM, instrument.SXM, instrument.RegionUS, 1,
		time.Date(2099, 1, 5, 0, 0, 0, 0, time.UTC), 168)
	if err != nil {
		t.Fatal(err)
	}
	id, err := in.Encode()
	if err != nil {
		t.Fatal(err)
	}
	w := &world{t: t, c: c, miner: miner, ct: ct, market: id.Big(), traders: []common.Address{{0xaa, 1}, {0xaa, 2}},
		ex: bindings.NewExchange(), tok: bindings.NewGPUHourToken(), vault: bindings.NewProviderVault(), tl: bindings.NewHourglassTimelock(),
		exABI: mustABI(t, &bindings.ExchangeMetaData), tokABI: mustABI(t, &bindings.GPUHourTokenMetaData),
		vaultABI: mustABI(t, &bindings.ProviderVaultMetaData), tlABI: mustABI(t, &bindings.HourglassTimelockMetaData)}
	w.abis = []*abi.ABI{w.exABI, w.tokABI, w.vaultABI, w.tlABI}
	seed := deploy.Seed{Markets: []instrument.ID{id}, Provider: c.Keys[wProvider], Traders: w.traders,
		CashEach: big.NewInt(1_000_000), TokensEach: big.NewInt(50), CollateralPerHour: big.NewInt(100_000)}
	if err := deploy.SeedDemo(ctx, c.Client, c.Keys[wDeployer], ct, seed); err != nil {
		t.Fatal(err)
	}
	return w
}

func (w *world) addr(i int) common.Address { return w.c.Addrs[i] }

func (w *world) name(data []byte) string { return revertName(data, w.abis...) }

// call reads a view of contract `to`.
func call[T any](w *world, to common.Address, data []byte, unpack func([]byte) (T, error)) T {
	w.t.Helper()
	out, err := w.c.Client.CallContract(context.Background(), callMsg(to, data), nil)
	if err != nil {
		w.t.Fatal(err)
	}
	v, err := unpack(out)
	if err != nil {
		w.t.Fatal(err)
	}
	return v
}

// expectRevert checks that data from `from` (any address: an eth_call
// needs no key) to `to` reverts with exactly want.
func (w *world) expectRevert(from, to common.Address, data, want []byte) {
	w.t.Helper()
	expectCallRevert(w.t, w.c.Client, from, to, data, want, w.name)
}

// send signs data as account i, waits until the auto-miner mines it and
// returns its receipt (successful or not).
func (w *world) send(i int, to common.Address, data []byte) *types.Receipt {
	w.t.Helper()
	opts := w.c.Opts(i)
	opts.GasLimit = 3_000_000 // no estimate: a failing one is what some sends test
	tx, err := bind.Transact(bind.NewBoundContract(to, abi.ABI{}, w.c.Client, w.c.Client, w.c.Client), opts, data)
	if err != nil {
		w.t.Fatal(err)
	}
	var r *types.Receipt
	testsvc.CheckFor(w.t, 10*time.Second, 5*time.Millisecond, func() (err error) {
		r, err = w.c.Client.TransactionReceipt(context.Background(), tx.Hash())
		return err
	})
	return r
}

func (w *world) mustSend(i int, to common.Address, data []byte) {
	w.t.Helper()
	if r := w.send(i, to, data); r.Status != types.ReceiptStatusSuccessful {
		_, err := w.c.Client.CallContract(context.Background(), callFrom(w.addr(i), to, data), nil)
		d, _ := revertData(err)
		w.t.Fatalf("transaction from account %d reverted: %s", i, w.name(d))
	}
}

func (w *world) tokens(a common.Address) *big.Int {
	w.t.Helper()
	return call(w, w.ct.Token, w.tok.PackBalanceOf(a, w.market), w.tok.UnpackBalanceOf)
}

func (w *world) supply() *big.Int {
	w.t.Helper()
	return call(w, w.ct.Token, w.tok.PackTotalSupply0(w.market), w.tok.UnpackTotalSupply0)
}

// TestAdminCannotMintOrBurn: in a deployment, no key and no contract
// mints without collateral or burns tokens it does not hold or was not
// approved for: not the deployer, the operator, the guardian, the
// registrar, the timelock (which administers the vault and owns the
// Exchange) nor the vault itself. The Exchange's holdings leave it only
// through the Exchange's own flows.
func TestAdminCannotMintOrBurn(t *testing.T) {
	w := newWorld(t, 0)
	if m := call(w, w.ct.Token, w.tok.PackMINTER(), w.tok.UnpackMINTER); m != w.ct.Vault {
		t.Fatalf("MINTER = %s, want the vault %s", m, w.ct.Vault)
	}
	held := w.tokens(w.ct.Exchange)
	supply := w.supply()
	if held.Int64() != 100 || supply.Int64() != 100 {
		t.Fatalf("the Exchange holds %s of %s; want all 100 seeded", held, supply)
	}
	one := big.NewInt(1)
	callers := []common.Address{w.addr(wDeployer), w.addr(wOperator), w.addr(wGuardian), w.addr(wProvider),
		w.addr(wOutsider), w.ct.Timelock, w.ct.Vault}
	for _, who := range callers {
		w.expectRevert(who, w.ct.Token, w.tok.PackBurn(w.ct.Exchange, w.market, one),
			packErr(t, w.tokABI, "ERC1155MissingApprovalForAll", who, w.ct.Exchange))
		if who != w.ct.Vault {
			w.expectRevert(who, w.ct.Token, w.tok.PackMint(who, w.market, one), packErr(t, w.tokABI, "NotMinter", who))
		}
	}
	// Mined, from the keys that hold roles: the same reverts.
	for _, i := range []int{wDeployer, wOperator, wGuardian} {
		if r := w.send(i, w.ct.Token, w.tok.PackBurn(w.ct.Exchange, w.market, one)); r.Status != types.ReceiptStatusFailed {
			t.Fatalf("account %d burnt the Exchange's tokens", i)
		}
		if r := w.send(i, w.ct.Token, w.tok.PackMint(w.addr(i), w.market, one)); r.Status != types.ReceiptStatusFailed {
			t.Fatalf("account %d minted", i)
		}
	}
	// Through the timelock, with all its delay: the operation reverts.
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for _, data := range [][]byte{w.tok.PackBurn(w.ct.Exchange, w.market, one), w.tok.PackMint(w.ct.Timelock, w.market, one)} {
		if err := deploy.Govern(ctx, w.c.Client, w.c.Keys[wDeployer], w.ct.Timelock, []deploy.Call{{To: w.ct.Token, Data: data}}); err == nil {
			t.Fatal("the timelock burnt or minted")
		}
	}
	// No role exists on the token to grant (the vault's ABI packs
	// AccessControl's grantRole; the token has no such function).
	role := call(w, w.ct.Vault, w.vault.PackDEFAULTADMINROLE(), w.vault.UnpackDEFAULTADMINROLE)
	for _, who := range []common.Address{w.addr(wDeployer), w.ct.Timelock} {
		_, err := w.c.Client.CallContract(ctx, callFrom(who, w.ct.Token, w.vault.PackGrantRole(role, who)), nil)
		if d, _ := revertData(err); err == nil || len(d) != 0 {
			t.Fatalf("grantRole on the token from %s: %v %x, want a revert without data", who, err, d)
		}
	}

	// The vault's admin (the timelock) and its registrar (the deployer) can
	// give an address capacity, but the vault mints only against the
	// minter's own free collateral.
	grade := new(big.Int).AndNot(w.market, windowMask)
	var n [32]byte
	copy(n[:], "registrar's own node")
	w.mustSend(wDeployer, w.ct.Vault, w.vault.PackProposeNode(n, grade, 8, nodeKeyOf(w.addr(wDeployer), n)))
	w.mustSend(wDeployer, w.ct.Vault, w.vault.PackApproveNode(w.addr(wDeployer), n))
	w.expectRevert(w.addr(wDeployer), w.ct.Vault, w.vault.PackMint(w.market, one),
		packErr(t, w.vaultABI, "InsufficientCollateral", w.addr(wDeployer), big.NewInt(100_000), new(big.Int)))
	w.expectRevert(w.ct.Timelock, w.ct.Vault, w.vault.PackMint(w.market, one),
		packErr(t, w.vaultABI, "CapacityExceeded", w.ct.Timelock, w.market, new(big.Int), one, new(big.Int)))
	// ...and burns only the caller's own tokens: the provider's position
	// is the provider's to burn.
	w.expectRevert(w.addr(wDeployer), w.ct.Vault, w.vault.PackBurn(w.market, one),
		packErr(t, w.vaultABI, "BurnExceedsMinted", w.addr(wDeployer), w.market, new(big.Int), one))

	if got := w.tokens(w.ct.Exchange); got.Cmp(held) != 0 {
		t.Fatalf("the Exchange holds %s, had %s", got, held)
	}
	if got := w.supply(); got.Cmp(supply) != 0 {
		t.Fatalf("supply %s, was %s", got, supply)
	}
	// The Exchange's own flow still moves them: a trader withdraws.
	for _, tr := range w.traders {
		if b := call(w, w.ct.Exchange, w.ex.PackBalanceOf(tr, w.market), w.ex.UnpackBalanceOf); b.Int64() != 50 {
			t.Fatalf("trader %s holds %s inside the Exchange", tr, b)
		}
	}
}

// TestTimelockedAdmin: the old admin (the deployer) can no longer call any
// setter that can hurt users; the timelock runs them only after its delay,
// scheduled by its proposer; the operator and guardian keep their direct
// day-to-day powers.
func TestTimelockedAdmin(t *testing.T) {
	w := newWorld(t, 0) // the dev chains' delay; raised below through the timelock itself
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	const delay = 3600
	govern := func(calls ...deploy.Call) {
		t.Helper()
		if err := deploy.Govern(ctx, w.c.Client, w.c.Keys[wDeployer], w.ct.Timelock, calls); err != nil {
			t.Fatal(err)
		}
	}
	govern(deploy.Call{To: w.ct.Timelock, Data: w.tl.PackUpdateDelay(big.NewInt(delay))})
	if d := call(w, w.ct.Timelock, w.tl.PackGetMinDelay(), w.tl.UnpackGetMinDelay); d.Int64() != delay {
		t.Fatalf("min delay %s, want %d", d, delay)
	}

	// Who holds what.
	if o := call(w, w.ct.Exchange, w.ex.PackOwner(), w.ex.UnpackOwner); o != w.ct.Timelock {
		t.Fatalf("Exchange owner %s, want the timelock %s", o, w.ct.Timelock)
	}
	var adminRole [32]byte
	for who, want := range map[common.Address]bool{w.ct.Timelock: true, w.addr(wDeployer): false} {
		if got := call(w, w.ct.Vault, w.vault.PackHasRole(adminRole, who), w.vault.UnpackHasRole); got != want {
			t.Fatalf("vault admin role of %s: %v, want %v", who, got, want)
		}
	}
	tlAdmin := call(w, w.ct.Timelock, w.tl.PackDEFAULTADMINROLE(), w.tl.UnpackDEFAULTADMINROLE)
	if call(w, w.ct.Timelock, w.tl.PackHasRole(tlAdmin, w.addr(wDeployer)), w.tl.UnpackHasRole) {
		t.Fatal("the deployer administers the timelock")
	}

	// The old admin's direct calls revert.
	me := w.addr(wDeployer)
	ownable := packErr(t, w.exABI, "OwnableUnauthorizedAccount", me)
	for _, data := range [][]byte{w.ex.PackSetOperator(me), w.ex.PackSetGuardian(me), w.ex.PackSetFeeRecipient(me),
		w.ex.PackSetWithdrawalDelay(0), w.ex.PackTransferOwnership(me)} {
		w.expectRevert(me, w.ct.Exchange, data, ownable)
	}
	grade := new(big.Int).AndNot(w.market, windowMask)
	registrar := call(w, w.ct.Vault, w.vault.PackREGISTRARROLE(), w.vault.UnpackREGISTRARROLE)
	notAdmin := packErr(t, w.vaultABI, "AccessControlUnauthorizedAccount", me, adminRole)
	for _, data := range [][]byte{w.vault.PackSetCollateralPerGpuHour(grade, big.NewInt(1)),
		w.vault.PackGrantRole(registrar, w.addr(wOutsider)), w.vault.PackRevokeRole(registrar, me)} {
		w.expectRevert(me, w.ct.Vault, data, notAdmin)
	}
	w.expectRevert(me, w.ct.Timelock, w.tl.PackUpdateDelay(big.NewInt(0)), packErr(t, w.tlABI, "TimelockUnauthorizedCaller", me))
	if r := w.send(wDeployer, w.ct.Exchange, w.ex.PackSetOperator(me)); r.Status != types.ReceiptStatusFailed {
		t.Fatal("the deployer set the operator directly")
	}

	// The guardian pauses and the operator settles directly, no delay.
	w.mustSend(wGuardian, w.ct.Exchange, w.ex.PackPauseSettlement())
	if !call(w, w.ct.Exchange, w.ex.PackSettlementPaused(), w.ex.UnpackSettlementPaused) {
		t.Fatal("not paused")
	}
	w.mustSend(wGuardian, w.ct.Exchange, w.ex.PackUnpauseSettlement())
	if op := call(w, w.ct.Exchange, w.ex.PackOperator(), w.ex.UnpackOperator); op != w.addr(wOperator) {
		t.Fatalf("operator %s", op)
	}

	// Schedule setOperator(new) with the delay; executing early reverts.
	newOp := w.addr(wNewOp)
	target, value, data := w.ct.Exchange, new(big.Int), w.ex.PackSetOperator(newOp)
	var pred, salt [32]byte
	salt[31] = 7
	id := call(w, w.ct.Timelock, w.tl.PackHashOperation(target, value, data, pred, salt), w.tl.UnpackHashOperation)
	proposer := call(w, w.ct.Timelock, w.tl.PackPROPOSERROLE(), w.tl.UnpackPROPOSERROLE)
	executor := call(w, w.ct.Timelock, w.tl.PackEXECUTORROLE(), w.tl.UnpackEXECUTORROLE)
	out := w.addr(wOutsider)
	w.expectRevert(out, w.ct.Timelock, w.tl.PackSchedule(target, value, data, pred, salt, big.NewInt(delay)),
		packErr(t, w.tlABI, "AccessControlUnauthorizedAccount", out, proposer))
	w.expectRevert(me, w.ct.Timelock, w.tl.PackSchedule(target, value, data, pred, salt, big.NewInt(delay-1)),
		packErr(t, w.tlABI, "TimelockInsufficientDelay", big.NewInt(delay-1), big.NewInt(delay)))
	r := w.send(wDeployer, w.ct.Timelock, w.tl.PackSchedule(target, value, data, pred, salt, big.NewInt(delay)))
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("schedule failed")
	}
	h, err := w.c.Client.HeaderByNumber(ctx, r.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	if ready := call(w, w.ct.Timelock, w.tl.PackGetTimestamp(id), w.tl.UnpackGetTimestamp); ready.Uint64() != h.Time+delay {
		t.Fatalf("ready at %s, want %d", ready, h.Time+delay)
	}
	execute := w.tl.PackExecute(target, value, data, pred, salt)
	var readyState [32]byte
	readyState[31] = 1 << 2 // OperationState.Ready
	early := packErr(t, w.tlABI, "TimelockUnexpectedOperationState", id, readyState)
	w.expectRevert(me, w.ct.Timelock, execute, early)
	if r := w.send(wDeployer, w.ct.Timelock, execute); r.Status != types.ReceiptStatusFailed {
		t.Fatal("executed before the delay")
	}
	// One second short of the delay: still early. (The miner stays paused
	// while the chain's time is what the checks need.)
	w.miner.Pause(true)
	w.advanceTo(h.Time + delay - 1)
	w.expectRevert(me, w.ct.Timelock, execute, early)
	if op := call(w, w.ct.Exchange, w.ex.PackOperator(), w.ex.UnpackOperator); op != w.addr(wOperator) {
		t.Fatalf("operator %s before the delay", op)
	}
	// Then ready: only an executor runs it.
	w.advanceTo(h.Time + delay)
	w.expectRevert(out, w.ct.Timelock, execute, packErr(t, w.tlABI, "AccessControlUnauthorizedAccount", out, executor))
	w.miner.Pause(false)
	w.mustSend(wDeployer, w.ct.Timelock, execute)
	if op := call(w, w.ct.Exchange, w.ex.PackOperator(), w.ex.UnpackOperator); op != newOp {
		t.Fatalf("operator %s after the delay, want %s", op, newOp)
	}
	w.expectRevert(me, w.ct.Timelock, execute, packErr(t, w.tlABI, "TimelockUnexpectedOperationState", id, readyState))

	// A proposer cancels a scheduled change before it runs.
	data = w.ex.PackSetFeeRecipient(out)
	id = call(w, w.ct.Timelock, w.tl.PackHashOperation(target, value, data, pred, salt), w.tl.UnpackHashOperation)
	w.mustSend(wDeployer, w.ct.Timelock, w.tl.PackSchedule(target, value, data, pred, salt, big.NewInt(delay)))
	w.mustSend(wDeployer, w.ct.Timelock, w.tl.PackCancel(id))
	w.advanceTo(w.now() + delay + 1)
	w.expectRevert(me, w.ct.Timelock, w.tl.PackExecute(target, value, data, pred, salt),
		packErr(t, w.tlABI, "TimelockUnexpectedOperationState", id, readyState))
}

func (w *world) now() uint64 {
	w.t.Helper()
	h, err := w.c.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		w.t.Fatal(err)
	}
	return h.Time
}

// advanceTo mines an empty block at time ts, or the next second if the
// chain is already there (exactly ts while the miner is paused).
func (w *world) advanceTo(ts uint64) {
	w.t.Helper()
	now := w.now()
	d := uint64(1)
	if ts > now {
		d = ts - now
	}
	if err := w.c.AdjustTime(time.Duration(d) * time.Second); err != nil {
		w.t.Fatal(err)
	}
	if got := w.now(); got < ts {
		w.t.Fatalf("block time %d, want at least %d", got, ts)
	}
}
