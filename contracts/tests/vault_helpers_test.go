package tests

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/internal/evm/devchain"
)

// Account indexes on the dev chain.
const (
	adminAcct     = 0 // deploys everything; admin of the token, the vault and the stablecoin faucet
	registrarAcct = 1 // holds the vault's REGISTRAR_ROLE
	firstProvider = 2 // accounts from here on are providers
)

// env is a dev chain with MockStablecoin, GPUHourToken and ProviderVault
// deployed and wired: the vault is the token's MINTER (fixed in the token's
// constructor), account 0 the vault's admin and account 1 its registrar.
type env struct {
	t *testing.T
	c *devchain.Chain

	coin     *bindings.MockStablecoin
	coinInst *bind.BoundContract
	coinAddr common.Address
	coinABI  *abi.ABI

	tok     *bindings.GPUHourToken
	tokInst *bind.BoundContract
	tokAddr common.Address
	tokABI  *abi.ABI

	vault     *bindings.ProviderVault
	vaultInst *bind.BoundContract
	vaultAddr common.Address
	vaultABI  *abi.ABI
}

func newEnv(t *testing.T, accounts int) *env {
	t.Helper()
	c := devchain.New(accounts)
	t.Cleanup(func() { _ = c.Close() })
	e := &env{t: t, c: c,
		coin: bindings.NewMockStablecoin(), tok: bindings.NewGPUHourToken(), vault: bindings.NewProviderVault()}
	var err error
	if e.coinAddr, _, err = c.Deploy(adminAcct, &bindings.MockStablecoinMetaData, e.coin.PackConstructor(c.Addrs[adminAcct])); err != nil {
		t.Fatal(err)
	}
	// The token names the vault, deployed right after it, as its minter.
	vaultAt := e.nextAddress(adminAcct, 1)
	if e.tokAddr, _, err = c.Deploy(adminAcct, &bindings.GPUHourTokenMetaData, e.tok.PackConstructor(vaultAt)); err != nil {
		t.Fatal(err)
	}
	if e.vaultAddr, _, err = c.Deploy(adminAcct, &bindings.ProviderVaultMetaData,
		e.vault.PackConstructor(c.Addrs[adminAcct], c.Addrs[registrarAcct], e.coinAddr, e.tokAddr)); err != nil {
		t.Fatal(err)
	}
	if e.vaultAddr != vaultAt {
		t.Fatalf("vault at %s, token minter %s", e.vaultAddr, vaultAt)
	}
	e.coinInst = e.coin.Instance(c.Client, e.coinAddr)
	e.tokInst = e.tok.Instance(c.Client, e.tokAddr)
	e.vaultInst = e.vault.Instance(c.Client, e.vaultAddr)
	e.coinABI = mustABI(t, &bindings.MockStablecoinMetaData)
	e.tokABI = mustABI(t, &bindings.GPUHourTokenMetaData)
	e.vaultABI = mustABI(t, &bindings.ProviderVaultMetaData)
	return e
}

// nextAddress is the address of the contract that account i's transaction
// `ahead` transactions after its next one would create.
func (e *env) nextAddress(i int, ahead uint64) common.Address {
	e.t.Helper()
	n, err := e.c.Client.PendingNonceAt(context.Background(), e.addr(i))
	if err != nil {
		e.t.Fatal(err)
	}
	return crypto.CreateAddress(e.addr(i), n+ahead)
}

func mustABI(t *testing.T, m *bind.MetaData) *abi.ABI {
	t.Helper()
	a, err := m.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func (e *env) addr(i int) common.Address { return e.c.Addrs[i] }

func (e *env) minter() common.Address {
	e.t.Helper()
	m, err := bind.Call(e.tokInst, nil, e.tok.PackMINTER(), e.tok.UnpackMINTER)
	if err != nil {
		e.t.Fatal(err)
	}
	return m
}

func (e *env) registrarRole() [32]byte {
	r, err := bind.Call(e.vaultInst, nil, e.vault.PackREGISTRARROLE(), e.vault.UnpackREGISTRARROLE)
	if err != nil {
		e.t.Fatal(err)
	}
	return r
}

// send signs data as account from, mines it and fails the test unless it
// succeeds.
func (e *env) send(from int, inst *bind.BoundContract, data []byte) *types.Receipt {
	e.t.Helper()
	r, err := e.c.Mine(bind.Transact(inst, e.c.Opts(from), data))
	if err != nil {
		e.t.Fatalf("transaction from account %d: %v%s", from, err, e.decodeErr(err))
	}
	return r
}

// decodeErr names the custom error inside a failed call, for messages.
func (e *env) decodeErr(err error) string {
	data, ok := revertData(err)
	if !ok {
		return ""
	}
	return " (" + e.nameRevert(data) + ")"
}

// nameRevert spells revert data as the custom error and its arguments.
func (e *env) nameRevert(data []byte) string {
	return revertName(data, e.vaultABI, e.tokABI, e.coinABI)
}

// revertName spells revert data as a custom error of one of the ABIs, with
// its arguments.
func revertName(data []byte, abis ...*abi.ABI) string {
	if len(data) < 4 {
		return "revert data " + hexutil.Encode(data)
	}
	for _, a := range abis {
		for name, er := range a.Errors {
			if bytes.Equal(er.ID[:4], data[:4]) {
				args, _ := er.Inputs.Unpack(data[4:])
				return name + " " + fmtArgs(args)
			}
		}
	}
	return "revert data " + hexutil.Encode(data)
}

func fmtArgs(args []any) string {
	parts := make([]string, len(args))
	for i, a := range args {
		switch v := a.(type) {
		case [32]byte:
			parts[i] = hexutil.Encode(v[:])
		case common.Address:
			parts[i] = v.Hex()
		default:
			parts[i] = fmt.Sprint(v)
		}
	}
	return strings.Join(parts, ", ")
}

// revertData extracts the revert data of a failed eth_call or gas estimate.
func revertData(err error) ([]byte, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return nil, false
	}
	b, err := hexutil.Decode(s)
	return b, err == nil
}

// packErr returns the revert data of custom error name with args.
func packErr(t *testing.T, a *abi.ABI, name string, args ...any) []byte {
	t.Helper()
	er, ok := a.Errors[name]
	if !ok {
		t.Fatalf("no error %s in the ABI", name)
	}
	enc, err := er.Inputs.Pack(args...)
	if err != nil {
		t.Fatalf("pack %s: %v", name, err)
	}
	return append(append([]byte{}, er.ID[:4]...), enc...)
}

// expectRevert checks that data sent by account from to contract `to`
// reverts with exactly `want`: first as an eth_call at the latest block
// (which returns the revert data), then as a mined transaction (which must
// fail and leave the vault account of `from` unchanged).
func (e *env) expectRevert(from int, to common.Address, data, want []byte) {
	e.t.Helper()
	e.expectCallRevert(from, to, data, want)
	before := e.account(from)
	opts := e.c.Opts(from)
	opts.GasLimit = 3_000_000 // skip estimation, which would fail
	tx, err := bind.Transact(bind.NewBoundContract(to, abi.ABI{}, e.c.Client, e.c.Client, e.c.Client), opts, data)
	if err != nil {
		e.t.Fatal(err)
	}
	e.c.Backend.Commit()
	r, err := e.c.Client.TransactionReceipt(context.Background(), tx.Hash())
	if err != nil {
		e.t.Fatal(err)
	}
	if r.Status != types.ReceiptStatusFailed {
		e.t.Fatalf("transaction from account %d succeeded on-chain, want revert %s", from, e.nameRevert(want))
	}
	if after := e.account(from); after.Deposited.Cmp(before.Deposited) != 0 || after.Locked.Cmp(before.Locked) != 0 {
		e.t.Fatalf("reverted transaction changed the account: %+v -> %+v", before, after)
	}
}

// expectCallRevert checks that an eth_call of data by account from to
// contract `to`, at the latest block, reverts with exactly `want`.
func (e *env) expectCallRevert(from int, to common.Address, data, want []byte) {
	e.t.Helper()
	expectCallRevert(e.t, e.c.Client, e.addr(from), to, data, want, e.nameRevert)
}

// expectCallRevert checks that an eth_call of data from `from` to `to`
// reverts with exactly `want`; name spells revert data in failures.
func expectCallRevert(t testing.TB, c ethereum.ContractCaller, from, to common.Address, data, want []byte, name func([]byte) string) {
	t.Helper()
	_, err := c.CallContract(context.Background(), ethereum.CallMsg{From: from, To: &to, Data: data}, nil)
	if err == nil {
		t.Fatalf("call from %s succeeded, want revert %s", from, name(want))
	}
	got, ok := revertData(err)
	if !ok {
		t.Fatalf("call from %s: %v, want revert %s", from, err, name(want))
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("call from %s reverted with %s, want %s", from, name(got), name(want))
	}
}

func ctxBG() context.Context { return context.Background() }

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}

func callFrom(from, to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{From: from, To: &to, Data: data}
}

// setTime mines an empty block whose timestamp is exactly ts (Unix seconds),
// so that eth_call at the latest block sees block.timestamp == ts.
func (e *env) setTime(ts int64) {
	e.t.Helper()
	parent := e.now().Unix()
	if ts <= parent {
		e.t.Fatalf("setTime(%d): the chain is already at %d", ts, parent)
	}
	if err := e.c.AdjustTime(time.Duration(ts-parent) * time.Second); err != nil {
		e.t.Fatal(err)
	}
	if got := e.now().Unix(); got != ts {
		e.t.Fatalf("setTime(%d): block time %d", ts, got)
	}
}

// ---- reads ----

func (e *env) account(i int) bindings.ProviderVaultAccount {
	e.t.Helper()
	a, err := bind.Call(e.vaultInst, nil, e.vault.PackAccount(e.addr(i)), e.vault.UnpackAccount)
	if err != nil {
		e.t.Fatal(err)
	}
	return a
}

func (e *env) position(i int, id *big.Int) bindings.ProviderVaultPosition {
	e.t.Helper()
	p, err := bind.Call(e.vaultInst, nil, e.vault.PackPosition(e.addr(i), id), e.vault.UnpackPosition)
	if err != nil {
		e.t.Fatal(err)
	}
	return p
}

func (e *env) capacity(i int, grade *big.Int) *big.Int {
	e.t.Helper()
	v, err := bind.Call(e.vaultInst, nil, e.vault.PackCapacity(e.addr(i), grade), e.vault.UnpackCapacity)
	if err != nil {
		e.t.Fatal(err)
	}
	return v
}

func (e *env) node(i int, nodeID [32]byte) bindings.ProviderVaultNode {
	e.t.Helper()
	n, err := bind.Call(e.vaultInst, nil, e.vault.PackNode(e.addr(i), nodeID), e.vault.UnpackNode)
	if err != nil {
		e.t.Fatal(err)
	}
	return n
}

func (e *env) coinBalance(a common.Address) *big.Int {
	e.t.Helper()
	v, err := bind.Call(e.coinInst, nil, e.coin.PackBalanceOf(a), e.coin.UnpackBalanceOf)
	if err != nil {
		e.t.Fatal(err)
	}
	return v
}

func (e *env) tokenBalance(i int, id *big.Int) *big.Int {
	e.t.Helper()
	v, err := bind.Call(e.tokInst, nil, e.tok.PackBalanceOf(e.addr(i), id), e.tok.UnpackBalanceOf)
	if err != nil {
		e.t.Fatal(err)
	}
	return v
}

func (e *env) now() time.Time {
	e.t.Helper()
	h, err := e.c.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return time.Unix(int64(h.Time), 0).UTC()
}

// ---- actions ----

// fund mints stablecoin to provider i and approves the vault for all of it
// and for its GPU-hour tokens (the vault burns a provider's tokens only
// with its approval).
func (e *env) fund(i int, amount int64) {
	e.t.Helper()
	e.send(adminAcct, e.coinInst, e.coin.PackMint(e.addr(i), big.NewInt(amount)))
	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	e.send(i, e.coinInst, e.coin.PackApprove(e.vaultAddr, max))
	e.send(i, e.tokInst, e.tok.PackSetApprovalForAll(e.vaultAddr, true))
}

func (e *env) setRate(grade *big.Int, rate int64) {
	e.t.Helper()
	e.send(adminAcct, e.vaultInst, e.vault.PackSetCollateralPerGpuHour(grade, big.NewInt(rate)))
}

// addNode proposes a node of provider i and has the registrar approve it.
func (e *env) addNode(i int, nodeID [32]byte, grade *big.Int, gpus uint32) {
	e.t.Helper()
	e.send(i, e.vaultInst, e.vault.PackProposeNode(nodeID, grade, gpus, nodeKeyOf(e.addr(i), nodeID)))
	e.send(registrarAcct, e.vaultInst, e.vault.PackApproveNode(e.addr(i), nodeID))
}

func (e *env) deposit(i int, amount int64) *types.Receipt {
	e.t.Helper()
	return e.send(i, e.vaultInst, e.vault.PackDepositCollateral(big.NewInt(amount)))
}

func (e *env) mint(i int, id *big.Int, amount int64) *types.Receipt {
	e.t.Helper()
	return e.send(i, e.vaultInst, e.vault.PackMint(id, big.NewInt(amount)))
}

func (e *env) burn(i int, id *big.Int, amount int64) *types.Receipt {
	e.t.Helper()
	return e.send(i, e.vaultInst, e.vault.PackBurn(id, big.NewInt(amount)))
}

// ---- instruments ----

// windowMask covers the window fields (bits 0..47) of an instrument id.
var windowMask = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 48), big.NewInt(1))

// gradeOf returns the grade key of an id: the id with bits 0..47 zeroed.
func gradeOf(id *big.Int) *big.Int { return new(big.Int).AndNot(id, windowMask) }

// reservation encodes a reservation of H100 SXM (or gpu) in the US, tier 1.
func reservation(t *testing.T, gpu uint16, tier uint8, start time.Time, hours uint16) *big.Int {
	t.Helper()
	in, err := instrument.NewReservation(gpu, instrument.SXM, instrument.RegionUS, tier, start, hours)
	if err != nil {
		t.Fatal(err)
	}
	id, err := in.Encode()
	if err != nil {
		t.Fatal(err)
	}
	return id.Big()
}

// hourAfter returns the whole UTC hour at least d after t.
func hourAfter(t time.Time, d time.Duration) time.Time {
	return t.Add(d).Truncate(time.Hour).Add(time.Hour)
}

// nodeKeyOf is the node key address the tests register for a provider's
// node: distinct for every (provider, node id).
func nodeKeyOf(provider common.Address, nodeID [32]byte) common.Address {
	return common.BytesToAddress(crypto.Keccak256(provider[:], nodeID[:]))
}

func nodeID(s string) [32]byte {
	var b [32]byte
	copy(b[:], s)
	return b
}
