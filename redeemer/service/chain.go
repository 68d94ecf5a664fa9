package service

import (
	"context"
	"fmt"

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
type VaultChain struct {
	vault   common.Address
	b       *bindings.ProviderVault
	senders map[common.Address]*txsend.Sender
}

// NewVaultChain returns the Chain of the vault at vault, sending from
// senders.
func NewVaultChain(vault common.Address, senders ...*txsend.Sender) *VaultChain {
	c := &VaultChain{vault: vault, b: bindings.NewProviderVault(), senders: map[common.Address]*txsend.Sender{}}
	for _, s := range senders {
		c.senders[s.Address()] = s
	}
	return c
}

func (c *VaultChain) send(ctx context.Context, call Call, what string, data []byte) error {
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
	return c.send(ctx, call, "markProvisioning", c.b.PackMarkProvisioning(call.LeaseID))
}

// MarkRunning sends markRunning.
func (c *VaultChain) MarkRunning(ctx context.Context, call Call) error {
	return c.send(ctx, call, "markRunning", c.b.PackMarkRunning(call.LeaseID))
}

// CloseLease sends closeLease with reason's code (the contract's
// CloseReason).
func (c *VaultChain) CloseLease(ctx context.Context, call Call, reason lease.Reason) error {
	return c.send(ctx, call, "closeLease", c.b.PackCloseLease(call.LeaseID, uint8(reason)))
}
