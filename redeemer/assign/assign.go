// Package assign is the redemption assignment rule of the ProviderVault
// contract in Go: which providers get a lease when a holder redeems
// `gpus x hours` GPU-hours of a reservation, and the state the rule reads and
// keeps (each instrument's queue of minting providers, each grade's per-hour
// ledger of leased GPUs). It is pure: no I/O, no clock. The contract is the
// authority; this package mirrors it exactly so that the redeemer, the CLI
// and tests can predict and check an assignment, and contracts/tests checks
// the two equal on random cases (docs/delivery.md, "Assignment").
//
// The rule. Providers of an instrument wait in the order of their oldest
// unassigned mint: a provider joins the tail when it mints while it has
// nothing unassigned, and leaves when everything it minted is assigned,
// burned or expired. Provider p can hold
//
//	min(unassigned(p) / hours, min(capacity(p), MaxLeasedGPUs) - busiest(p))
//
// GPUs, where busiest(p) is the most GPUs of the grade already leased from p
// in any hour of the lease. Walking the queue from its head, the first
// provider that can hold all the GPUs gets the whole lease. When none can,
// the lease splits: each provider in queue order takes what it can hold
// until the GPUs are placed; if they cannot all be placed the redemption
// fails (ErrNotAssignable) and nothing changes.
package assign

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// MaxLeasedGPUs is the most GPUs of one grade a provider can have leased in
// one hour (the contract's ledger keeps 16 bits per hour).
const MaxLeasedGPUs = 0xffff

// Errors of Book and Redeem.
var (
	// ErrNotAssignable: the providers cannot hold the lease together.
	// Redeem returns it wrapped in a *NotAssignableError.
	ErrNotAssignable = errors.New("assign: not assignable")
	// ErrBurnExceedsUnassigned: a burn larger than the provider's
	// unassigned GPU-hours.
	ErrBurnExceedsUnassigned = errors.New("assign: burn exceeds unassigned")
	// ErrZero: zero GPUs or zero hours.
	ErrZero = errors.New("assign: zero gpus or hours")
)

// NotAssignableError says how many GPUs the providers could have held.
type NotAssignableError struct {
	GPUs, Hours, Assignable uint64
}

func (e *NotAssignableError) Error() string {
	return fmt.Sprintf("assign: not assignable: %d GPUs x %d hours, providers can hold %d GPUs", e.GPUs, e.Hours, e.Assignable)
}

// Unwrap makes errors.Is(err, ErrNotAssignable) hold.
func (e *NotAssignableError) Unwrap() error { return ErrNotAssignable }

// Request is a redemption: GPUs for Hours hours from StartHour (hours since
// the Unix epoch).
type Request struct {
	GPUs      uint64
	Hours     uint64
	StartHour uint64
}

// Part is one provider's share of a lease (the contract's LeaseAssigned).
type Part struct {
	Provider common.Address
	GPUs     uint64
}

// Book is the redemption state of one instrument id: what each provider
// minted (less burns and expiry), how much of it is assigned, and the
// queue. The zero value is not ready; use NewBook.
type Book struct {
	queue    []common.Address
	head     int
	slot     map[common.Address]int // 1-based index of the live queue entry
	minted   map[common.Address]uint64
	assigned map[common.Address]uint64
}

// NewBook returns the empty state of an instrument.
func NewBook() *Book {
	return &Book{slot: map[common.Address]int{}, minted: map[common.Address]uint64{}, assigned: map[common.Address]uint64{}}
}

// Unassigned is what p minted and is not assigned to a lease.
func (b *Book) Unassigned(p common.Address) uint64 { return b.minted[p] - b.assigned[p] }

// Assigned is what p has assigned to leases.
func (b *Book) Assigned(p common.Address) uint64 { return b.assigned[p] }

// Mint records a mint of amount by p (the contract's ProviderVault.mint).
func (b *Book) Mint(p common.Address, amount uint64) {
	if b.Unassigned(p) == 0 {
		b.queue = append(b.queue, p)
		b.slot[p] = len(b.queue)
	}
	b.minted[p] += amount
}

// Burn records a burn by p; it may take only unassigned GPU-hours.
func (b *Book) Burn(p common.Address, amount uint64) error {
	if u := b.Unassigned(p); amount > u {
		return fmt.Errorf("%w: %d of %d", ErrBurnExceedsUnassigned, amount, u)
	}
	b.minted[p] -= amount
	return nil
}

// Expire drops p's unassigned GPU-hours (the contract's expire, after the
// last trading time) and returns how many.
func (b *Book) Expire(p common.Address) uint64 {
	u := b.Unassigned(p)
	b.minted[p] -= u
	return u
}

func (b *Book) live(i int) bool {
	p := b.queue[i]
	return b.slot[p] == i+1 && b.Unassigned(p) > 0
}

// Queue returns the providers with unassigned GPU-hours in redemption order
// (the contract's redemptionQueue).
func (b *Book) Queue() []common.Address {
	var out []common.Address
	for i := b.head; i < len(b.queue); i++ {
		if b.live(i) {
			out = append(out, b.queue[i])
		}
	}
	return out
}

// Ledger is the per-hour ledger of one grade: each provider's capacity of
// the grade (approved GPUs) and the GPUs leased from it in each hour. Every
// instrument of the grade shares it. The zero value is not ready; use
// NewLedger.
type Ledger struct {
	capacity map[common.Address]uint64
	leased   map[common.Address]map[uint64]uint64
}

// NewLedger returns an empty ledger.
func NewLedger() *Ledger {
	return &Ledger{capacity: map[common.Address]uint64{}, leased: map[common.Address]map[uint64]uint64{}}
}

// SetCapacity sets p's approved GPUs of the grade.
func (l *Ledger) SetCapacity(p common.Address, gpus uint64) { l.capacity[p] = gpus }

// Leased is the GPUs leased from p in hour h.
func (l *Ledger) Leased(p common.Address, h uint64) uint64 { return l.leased[p][h] }

// free is the GPUs p can still lease in every hour of [start, start+hours).
func (l *Ledger) free(p common.Address, start, hours uint64) uint64 {
	capa := min(l.capacity[p], MaxLeasedGPUs)
	var busiest uint64
	for h := start; h < start+hours; h++ {
		busiest = max(busiest, l.leased[p][h])
	}
	if capa <= busiest {
		return 0
	}
	return capa - busiest
}

func (l *Ledger) add(p common.Address, start, hours, gpus uint64) {
	m := l.leased[p]
	if m == nil {
		m = map[uint64]uint64{}
		l.leased[p] = m
	}
	for h := start; h < start+hours; h++ {
		m[h] += gpus
	}
}

// Assign returns the parts the rule gives r, without changing b or l.
func Assign(b *Book, l *Ledger, r Request) ([]Part, error) {
	if r.GPUs == 0 || r.Hours == 0 {
		return nil, ErrZero
	}
	type cand struct {
		p        common.Address
		holdable uint64
	}
	var cands []cand
	for i := b.head; i < len(b.queue); i++ {
		if !b.live(i) {
			continue
		}
		p := b.queue[i]
		h := min(b.Unassigned(p)/r.Hours, l.free(p, r.StartHour, r.Hours))
		if h >= r.GPUs {
			return []Part{{p, r.GPUs}}, nil
		}
		cands = append(cands, cand{p, h})
	}
	left := r.GPUs
	var parts []Part
	for _, c := range cands {
		if left == 0 {
			break
		}
		if take := min(c.holdable, left); take > 0 {
			parts = append(parts, Part{c.p, take})
			left -= take
		}
	}
	if left != 0 {
		return nil, &NotAssignableError{GPUs: r.GPUs, Hours: r.Hours, Assignable: r.GPUs - left}
	}
	return parts, nil
}

// Redeem assigns r as Assign does and records it: the parts' GPU-hours
// become assigned and their GPUs leased in every hour of the lease. On an
// error nothing changes.
func Redeem(b *Book, l *Ledger, r Request) ([]Part, error) {
	parts, err := Assign(b, l, r)
	if err != nil {
		return nil, err
	}
	for b.head < len(b.queue) && !b.live(b.head) {
		b.head++
	}
	for _, pt := range parts {
		b.assigned[pt.Provider] += pt.GPUs * r.Hours
		l.add(pt.Provider, r.StartHour, r.Hours, pt.GPUs)
	}
	return parts, nil
}
