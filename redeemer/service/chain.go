package service

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/internal/evm/txsend"
	"github.com/hourglass-exchange/hourglass/redeemer/lease"
)

// VaultChain is the Chain of a ProviderVault: each call is a transaction
// sent with internal/evm/txsend by the sender of the call's account (a
// node key for the provider's transitions, the REDEEMER_ROLE key for the
// redeemer's), keyed by lease and transition so that a retry after a
// restart does not send it twice.
//
// Before sending, it reads the lease on-chain: a transition the chain
// already shows (the lease is in the target state, or closed) is not sent
// again, so a relay repeated after a restart does not revert.
type VaultChain struct {
	vault   common.Address
	b       *bindings.ProviderVault
	inst    *bind.BoundContract
	senders map[common.Address]*txsend.Sender
}

// NewVaultChain returns the Chain of the vault at vault, reading through
// node and sending from senders.
func NewVaultChain(vault common.Address, node bind.ContractCaller, senders ...*txsend.Sender) *VaultChain {
	b := bindings.NewProviderVault()
	c := &VaultChain{vault: vault, b: b, inst: bind.NewBoundContract(vault, abi.ABI{}, node, nil, nil),
		senders: map[common.Address]*txsend.Sender{}}
	for _, s := range senders {
		c.senders[s.Address()] = s
	}
	return c
}

func (c *VaultChain) send(ctx context.Context, call Call, what string, target lease.State, data []byte) error {
	l, err := bind.Call(c.inst, &bind.CallOpts{Context: ctx}, c.b.PackLease(call.LeaseID), c.b.UnpackLease)
	if err != nil {
		return fmt.Errorf("redeemer: reading lease %s: %w", call.LeaseID, err)
	}
	if st := lease.State(l.State); st == target || st == lease.Closed {
		return nil // done already
	}
	s, ok := c.senders[call.By]
	if !ok {
		return fmt.Errorf("redeemer: no key of %s to send %s of lease %s", call.By, what, call.LeaseID)
	}
	p, err := s.Send(ctx, txsend.Request{To: c.vault, Data: data,
		Key: fmt.Sprintf("lease-%s-%d-%s", call.LeaseID, call.Seq, what)})
	if err != nil {
		return fmt.Errorf("redeemer: %s of lease %s: %w", what, call.LeaseID, err)
	}
	if _, err := p.Wait(ctx); err != nil {
		return fmt.Errorf("redeemer: %s of lease %s: %w", what, call.LeaseID, err)
	}
	return nil
}

// MarkProvisioning sends markProvisioning.
func (c *VaultChain) MarkProvisioning(ctx context.Context, call Call) error {
	return c.send(ctx, call, "markProvisioning", lease.Provisioning, c.b.PackMarkProvisioning(call.LeaseID))
}

// MarkRunning sends markRunning.
func (c *VaultChain) MarkRunning(ctx context.Context, call Call) error {
	return c.send(ctx, call, "markRunning", lease.Running, c.b.PackMarkRunning(call.LeaseID))
}

// CloseLease sends closeLease with reason's code (the contract's
// CloseReason).
func (c *VaultChain) CloseLease(ctx context.Context, call Call, reason lease.Reason) error {
	return c.send(ctx, call, "closeLease", lease.Closed, c.b.PackCloseLease(call.LeaseID, uint8(reason)))
}
