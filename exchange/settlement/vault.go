package settlement

import (
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/exchange"
)

// The ProviderVault's logs the engine follows (docs/settlement.md, "The
// vault's logs"): a provider's capacity of a reservation grade
// (NodeApproved, NodeRetired) and every lease (LeaseAssigned), which decide
// what the spot markets may sell (docs/engine.md, "Spot capacity"). The
// pipeline's watcher reads them with the Exchange's, in one (block, log
// index) order, so that a spot lease, which the vault assigns inside the
// Exchange's settle call, is applied before the BatchSettled result after
// it.

// NodeApproved is a ProviderVault NodeApproved event: the provider's
// capacity of the reservation grade is Capacity GPUs after it.
type NodeApproved struct {
	Meta
	Provider common.Address
	NodeID   [32]byte
	Grade    *big.Int
	GPUs     uint32
	Capacity *big.Int
}

// NodeRetired is a ProviderVault NodeRetired event: the provider's capacity
// of the reservation grade is Capacity GPUs after it.
type NodeRetired struct {
	Meta
	Provider common.Address
	NodeID   [32]byte
	Grade    *big.Int
	GPUs     uint32
	Capacity *big.Int
}

// LeaseAssigned is a ProviderVault LeaseAssigned event: GPUs of the
// provider's grade of instrument ID (a reservation window or a spot
// market) leased to Holder over [StartHour, StartHour+Hours).
type LeaseAssigned struct {
	Meta
	LeaseID   *big.Int
	Holder    common.Address
	Provider  common.Address
	ID        *big.Int
	GPUs      *big.Int
	StartHour *big.Int
	Hours     *big.Int
	SpecHash  [32]byte
	Time      *big.Int
}

var vaultABI = bindings.NewProviderVault()

// vaultDecoders maps a vault event's topic 0 to its decoder.
var vaultDecoders = func() map[common.Hash]func(*types.Log) (any, error) {
	id := eventID(bindings.ProviderVaultMetaData.ParseABI, "ProviderVault")
	return map[common.Hash]func(*types.Log) (any, error){
		id(bindings.ProviderVaultNodeApprovedEventName): func(l *types.Log) (any, error) {
			e, err := vaultABI.UnpackNodeApprovedEvent(l)
			if err != nil {
				return nil, err
			}
			return NodeApproved{metaOf(l), e.Provider, e.NodeId, e.GradeKey, e.Gpus, e.Capacity}, nil
		},
		id(bindings.ProviderVaultNodeRetiredEventName): func(l *types.Log) (any, error) {
			e, err := vaultABI.UnpackNodeRetiredEvent(l)
			if err != nil {
				return nil, err
			}
			return NodeRetired{metaOf(l), e.Provider, e.NodeId, e.GradeKey, e.Gpus, e.Capacity}, nil
		},
		id(bindings.ProviderVaultLeaseAssignedEventName): func(l *types.Log) (any, error) {
			e, err := vaultABI.UnpackLeaseAssignedEvent(l)
			if err != nil {
				return nil, err
			}
			return LeaseAssigned{metaOf(l), e.LeaseId, e.Holder, e.Provider, e.Id, e.Gpus, e.StartHour, e.Hours, e.SpecHash, e.Time}, nil
		},
	}
}()

// VaultTopics is the topic filter for the vault events DecodeVault knows.
func VaultTopics() [][]common.Hash { return topicsOf(vaultDecoders) }

// DecodeVault turns a ProviderVault log into a NodeApproved, NodeRetired or
// LeaseAssigned value (not pointers). Another event is ErrUnknownEvent.
func DecodeVault(l types.Log) (any, error) { return decodeWith(vaultDecoders, "vault ", l) }

// watchTopics is the watcher's topic filter: the Exchange's events, and the
// vault's when it is watched.
func (p *Pipeline) watchTopics() [][]common.Hash {
	t := ExchangeTopics()
	if p.cfg.Vault != (common.Address{}) {
		t = [][]common.Hash{append(slices.Clone(t[0]), VaultTopics()[0]...)}
	}
	return t
}

// decodeLog decodes a log of the Exchange or, when it is watched, the
// vault; ErrUnknownEvent for any other.
func (p *Pipeline) decodeLog(l types.Log) (any, error) {
	switch {
	case l.Address == p.cfg.Exchange:
		return Decode(l)
	case p.cfg.Vault != (common.Address{}) && l.Address == p.cfg.Vault:
		return DecodeVault(l)
	}
	return nil, fmt.Errorf("%w: log of %s", ErrUnknownEvent, l.Address)
}

// u64 returns v as a uint64, or the largest uint64 when it does not fit
// (which the engine refuses, INVALID_AMOUNT).
func u64(v *big.Int) uint64 {
	if v == nil || v.Sign() < 0 || !v.IsUint64() {
		return ^uint64(0)
	}
	return v.Uint64()
}

// vaultCommand is Command for the vault's events.
func vaultCommand(d any, pos uint64) (exchange.Command, bool) {
	capacity := func(provider common.Address, grade, capacity *big.Int) exchange.Command {
		l := &exchange.ChainLog{}
		word(grade, &l.Asset)
		word(capacity, &l.Amount)
		return exchange.Command{Kind: exchange.CmdChainCapacity, Address: provider, Log: l, Chain: pos}
	}
	switch ev := d.(type) {
	case NodeApproved:
		return capacity(ev.Provider, ev.Grade, ev.Capacity), true
	case NodeRetired:
		return capacity(ev.Provider, ev.Grade, ev.Capacity), true
	case LeaseAssigned:
		l := &exchange.ChainLog{StartHour: u64(ev.StartHour), Hours: u64(ev.Hours)}
		word(ev.ID, &l.Asset)
		word(ev.GPUs, &l.Amount)
		return exchange.Command{Kind: exchange.CmdChainLease, Address: ev.Provider, Log: l, Chain: pos}, true
	}
	return exchange.Command{}, false
}
