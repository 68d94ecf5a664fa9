package tests

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
)

// Lease states and close reasons of ProviderVault, in the enums' order.
const (
	leaseNone uint8 = iota
	leaseAssigned
	leaseProvisioning
	leaseRunning
	leaseClosed
)

const (
	reasonNoneClose uint8 = iota
	reasonCompleted
	reasonHolderStopped
	reasonSpecInvalid
	reasonImageUnavailable
	reasonNodeLost
	reasonGPUFault
	reasonProviderStopped
	reasonProviderNeverStarted
	reasonJobExited
	reasonStartFailed
	reasonSpecMissing
)

// deliveryEnv is an env with three providers (accounts 2..4, each with an
// approved node of `gpus[i]` GPUs and ample collateral at 1 unit per
// GPU-hour) and a holder (account 5) that approved the vault on the token.
// id is a 24-hour H100 window starting two days after the chain's time.
type deliveryEnv struct {
	*env
	id, grade *big.Int
	holder    int
}

const deliveryHolder = firstProvider + 3

func newDeliveryEnv(t *testing.T, gpus ...uint32) *deliveryEnv {
	t.Helper()
	e := newEnv(t, deliveryHolder+2)
	id := reservation(t, instrument.GPUH100SXM, 1, hourAfter(e.now(), 48*time.Hour), 24)
	d := &deliveryEnv{env: e, id: id, grade: gradeOf(id), holder: deliveryHolder}
	e.setRate(d.grade, 1)
	for i, g := range gpus {
		p := firstProvider + i
		e.fund(p, 1_000_000)
		e.deposit(p, 1_000_000)
		e.addNode(p, nodeID("node"), d.grade, g)
	}
	e.send(d.holder, e.tokInst, e.tok.PackSetApprovalForAll(e.vaultAddr, true))
	return d
}

// mintTo has provider p mint amount of id and give it to the holder.
func (d *deliveryEnv) mintTo(p int, id *big.Int, amount int64) {
	d.t.Helper()
	d.mint(p, id, amount)
	d.send(p, d.tokInst, d.tok.PackSafeTransferFrom(d.addr(p), d.addr(d.holder), id, big.NewInt(amount), nil))
}

func (d *deliveryEnv) startHour() uint32 { return uint32(bits(d.id, instrument.ShiftWindowStart, 32)) }

func (d *deliveryEnv) redeem(id *big.Int, gpus uint32, hours uint16, start uint32, spec [32]byte) *types.Receipt {
	d.t.Helper()
	return d.send(d.holder, d.vaultInst, d.vault.PackRedeem(id, gpus, hours, start, spec))
}

func (d *deliveryEnv) lease(leaseID int64) bindings.ProviderVaultLease {
	d.t.Helper()
	l, err := bind.Call(d.vaultInst, nil, d.vault.PackLease(big.NewInt(leaseID)), d.vault.UnpackLease)
	if err != nil {
		d.t.Fatal(err)
	}
	return l
}

func (d *deliveryEnv) unassigned(p int, id *big.Int) int64 {
	d.t.Helper()
	v, err := bind.Call(d.vaultInst, nil, d.vault.PackUnassigned(d.addr(p), id), d.vault.UnpackUnassigned)
	if err != nil {
		d.t.Fatal(err)
	}
	return v.Int64()
}

func (d *deliveryEnv) leased(p int, hour uint32) int64 {
	d.t.Helper()
	v, err := bind.Call(d.vaultInst, nil, d.vault.PackLeasedGpus(d.addr(p), d.grade, big.NewInt(int64(hour))), d.vault.UnpackLeasedGpus)
	if err != nil {
		d.t.Fatal(err)
	}
	return v.Int64()
}

func (d *deliveryEnv) lastTradingTime(id *big.Int) int64 {
	d.t.Helper()
	v, err := bind.Call(d.vaultInst, nil, d.vault.PackLastTradingTime(id), d.vault.UnpackLastTradingTime)
	if err != nil {
		d.t.Fatal(err)
	}
	return v.Int64()
}
