package judge

import (
	"crypto/ecdsa"
	"math"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/oracle/merkle"
)

// Report is one epoch's report: every lease's cumulative figures up to
// the epoch, as OpenZeppelin StandardMerkleTree leaves, and their root.
// It is what k of n reporters sign (Report(epoch, root), EIP-712) and
// what a lease is settled against with Proof.
type Report struct {
	Epoch uint64
	// Leaves, sorted by lease id: one per lease with any hour judged up
	// to the epoch, carried forward from the previous report.
	Leaves []merkle.Leaf
	Root   common.Hash
	tree   *merkle.Tree
}

// BuildReport is epoch's report: prev's leaves (nil for the first
// report) with the results added, each a lease-hour after prev's epoch
// and at or before epoch, at most one per lease-hour. A delivered hour
// adds GPUs to the lease's delivered GPU-hours; an undelivered one adds
// them to its undelivered GPU-hours and sets its reason's bit. Leases
// keep their leaf once they end, so any later root proves their final
// figures. The result depends on the set of results, not their order:
// every honest reporter with the same agreed inputs builds the same
// root. prev is not changed.
func BuildReport(epoch uint64, prev *Report, results []HourResult) (*Report, error) {
	after := uint64(0)
	first := prev == nil
	if !first {
		if prev.Epoch >= epoch {
			return nil, newError(CodeHourOutsideEpoch, "report for epoch %d after one for epoch %d", epoch, prev.Epoch)
		}
		after = prev.Epoch
	}
	// Check every result before changing anything.
	type lh struct{ lease, hour uint64 }
	seen := make(map[lh]bool, len(results))
	for i := range results {
		h := &results[i]
		switch {
		case h.Hour > epoch || (!first && h.Hour <= after):
			return nil, newError(CodeHourOutsideEpoch, "lease %d hour %d in the report of epoch %d (previous %d)", h.Lease, h.Hour, epoch, after)
		case seen[lh{h.Lease, h.Hour}]:
			return nil, newError(CodeDuplicateResult, "lease %d hour %d twice", h.Lease, h.Hour)
		case h.GPUs == 0:
			return nil, newError(CodeBadLease, "lease %d hour %d with no GPUs", h.Lease, h.Hour)
		case h.Outcome != Delivered && h.Outcome != Undelivered:
			return nil, newError(CodeBadLease, "lease %d hour %d outcome %s", h.Lease, h.Hour, h.Outcome)
		case h.Outcome == Undelivered && (h.Reason == NoReason || h.Reason.Bit() == 0):
			return nil, newError(CodeBadLease, "lease %d hour %d undelivered with reason %s", h.Lease, h.Hour, h.Reason)
		}
		seen[lh{h.Lease, h.Hour}] = true
	}
	var carried []merkle.Leaf
	if !first {
		carried = prev.Leaves
	}
	leaves := make([]merkle.Leaf, len(carried), len(carried)+len(results))
	copy(leaves, carried)
	at := make(map[uint64]int, len(leaves)+len(results))
	for i, l := range leaves {
		at[l.LeaseID] = i
	}
	for i := range results {
		h := &results[i]
		j, ok := at[h.Lease]
		if !ok {
			j = len(leaves)
			at[h.Lease] = j
			leaves = append(leaves, merkle.Leaf{LeaseID: h.Lease})
		}
		l := &leaves[j]
		if h.Outcome == Delivered {
			if l.Delivered > math.MaxUint64-h.GPUs {
				return nil, newError(CodeOverflow, "lease %d delivered GPU-hours", h.Lease)
			}
			l.Delivered += h.GPUs
		} else {
			if l.Undelivered > math.MaxUint64-h.GPUs {
				return nil, newError(CodeOverflow, "lease %d undelivered GPU-hours", h.Lease)
			}
			l.Undelivered += h.GPUs
			l.Reasons |= h.Reason.Bit()
		}
	}
	if len(leaves) == 0 {
		return nil, newError(CodeNoLeases, "epoch %d has no lease", epoch)
	}
	slices.SortFunc(leaves, func(a, b merkle.Leaf) int {
		switch {
		case a.LeaseID < b.LeaseID:
			return -1
		case a.LeaseID > b.LeaseID:
			return 1
		}
		return 0
	})
	tree, err := merkle.New(leaves)
	if err != nil {
		return nil, err
	}
	return &Report{Epoch: epoch, Leaves: leaves, Root: tree.Root(), tree: tree}, nil
}

// index is the position of lease in Leaves, or -1.
func (r *Report) index(lease uint64) int {
	i, ok := slices.BinarySearchFunc(r.Leaves, lease, func(l merkle.Leaf, id uint64) int {
		switch {
		case l.LeaseID < id:
			return -1
		case l.LeaseID > id:
			return 1
		}
		return 0
	})
	if !ok {
		return -1
	}
	return i
}

// Leaf returns lease's cumulative figures in the report.
func (r *Report) Leaf(lease uint64) (merkle.Leaf, bool) {
	i := r.index(lease)
	if i < 0 {
		return merkle.Leaf{}, false
	}
	return r.Leaves[i], true
}

// Proof returns lease's leaf and its Merkle proof against Root, as the
// contract's settlement takes them.
func (r *Report) Proof(lease uint64) (merkle.Leaf, []common.Hash, error) {
	i := r.index(lease)
	if i < 0 {
		return merkle.Leaf{}, nil, newError(CodeNoLease, "lease %d is not in the report of epoch %d", lease, r.Epoch)
	}
	p, err := r.tree.Proof(i)
	if err != nil {
		return merkle.Leaf{}, nil, err
	}
	return r.Leaves[i], p, nil
}

// Digest is the EIP-712 digest of Report(Epoch, Root) under d.
func (r *Report) Digest(d Domain) common.Hash { return ReportDigest(d, r.Epoch, r.Root) }

// Sign is a reporter's signature of the report.
func (r *Report) Sign(key *ecdsa.PrivateKey, d Domain) ([]byte, error) {
	return SignReport(key, d, r.Epoch, r.Root)
}

// RestoreReport rebuilds a report from its epoch and leaves (as a
// restarted reporter kept them): the leaves are sorted by lease and the
// tree rebuilt, so Root and Proof are the report's again, and it serves as
// BuildReport's prev.
func RestoreReport(epoch uint64, leaves []merkle.Leaf) (*Report, error) {
	ls := append([]merkle.Leaf(nil), leaves...)
	slices.SortFunc(ls, func(a, b merkle.Leaf) int {
		switch {
		case a.LeaseID < b.LeaseID:
			return -1
		case a.LeaseID > b.LeaseID:
			return 1
		}
		return 0
	})
	for i := 1; i < len(ls); i++ {
		if ls[i].LeaseID == ls[i-1].LeaseID {
			return nil, newError(CodeDuplicateResult, "lease %d has two leaves", ls[i].LeaseID)
		}
	}
	tree, err := merkle.New(ls)
	if err != nil {
		return nil, err
	}
	return &Report{Epoch: epoch, Leaves: ls, Root: tree.Root(), tree: tree}, nil
}
