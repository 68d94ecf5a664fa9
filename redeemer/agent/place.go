package agent

import (
	"errors"
	"fmt"
	"time"

	"github.com/hourglass-exchange/hourglass/redeemer/lease"
)

// ErrNoCapacity is what a lease the node cannot hold is refused with
// (errors.Is); the error is a *CapacityError saying why.
var ErrNoCapacity = errors.New("agent: no_capacity")

// CapacityError says that a lease needs more GPUs over its window than
// the node has free.
type CapacityError struct {
	Lease      string
	Need, Free int
	Total      int
	Start, End time.Time
}

func (e *CapacityError) Error() string {
	return fmt.Sprintf("agent: no_capacity: lease %s needs %d GPUs from %s to %s; %d of the node's %d are free then",
		e.Lease, e.Need, e.Start.UTC().Format(time.RFC3339), e.End.UTC().Format(time.RFC3339), e.Free, e.Total)
}

// Is makes errors.Is(err, ErrNoCapacity) true.
func (e *CapacityError) Is(target error) bool { return target == ErrNoCapacity }

// Placement is a lease's hold on GPUs over its window.
type Placement struct {
	LeaseID    string
	Start, End time.Time
	GPUs       []string // UUIDs
}

// Place picks the GPUs of node for a lease with terms t, given the
// placements of the node's other open leases: never a GPU that another
// lease holds at any moment of t's window, lowest NVML index first. It is
// pure; a refusal is a *CapacityError.
func Place(node []GPU, taken []Placement, t lease.Terms) ([]GPU, error) {
	start, end := t.Start(), t.End()
	held := map[string]bool{}
	for _, p := range taken {
		if p.LeaseID == t.ID || !p.Start.Before(end) || !start.Before(p.End) {
			continue // the same lease, or a window that does not overlap
		}
		for _, u := range p.GPUs {
			held[u] = true
		}
	}
	var free []GPU
	for _, g := range node {
		if !held[g.UUID] {
			free = append(free, g)
		}
	}
	if uint64(len(free)) < uint64(t.GPUs) {
		return nil, &CapacityError{Lease: t.ID, Need: int(t.GPUs), Free: len(free), Total: len(node), Start: start, End: end}
	}
	return free[:t.GPUs], nil
}
