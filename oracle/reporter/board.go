package reporter

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/oracle/judge"
	"github.com/hourglass-exchange/hourglass/oracle/merkle"
)

// The board: how reporters in processes of their own agree on an epoch
// (docs/oracle.md, "Reporters in processes of their own"). The operator
// opens each epoch on the board with its input (the agreed leases and node
// keys, and the last report the epoch builds on); every reporter posts its
// verdicts on the epoch's lease-hours, signed by its key; the operator
// closes the epoch once every registered reporter has posted or the wait
// is over, freezing the verdict sets; every reporter then tallies the
// frozen sets exactly as the operator does (Tally.Apply), signs the
// report's root (EIP-712) and posts the signature; the operator posts the
// report with k of them. The operator relays and cannot forge: verdicts
// and signatures are signed by the reporters' keys, and each reporter
// checks every set it tallies. Withholding a reporter's set is the
// operator's one power, the same as that reporter being silent, which the
// quorum tolerates.

// EpochInput is what the operator opens an epoch with.
type EpochInput struct {
	Epoch uint64 `json:"epoch"`
	// Leases are the leases the epoch judges (each with the hour or not:
	// those without it are skipped), with their holders' complaints.
	Leases []judge.Lease `json:"leases"`
	// Keys are the approved node keys and their providers.
	Keys judge.Keys `json:"keys"`
	// Prev is the last report the epoch's report builds on (nil: none).
	// A reporter with a tally of its own checks that it is the same; a
	// reporter without one (new, or its state lost) starts from it.
	Prev *PrevReport `json:"prev,omitempty"`
}

// PrevReport is a tally's state as the board carries it.
type PrevReport struct {
	Epoch   uint64        `json:"epoch"`
	Root    common.Hash   `json:"root"`
	Leaves  []merkle.Leaf `json:"leaves"`
	Faulted []uint64      `json:"faulted,omitempty"`
}

// VerdictSet is one reporter's verdicts on an epoch's lease-hours, signed
// by its key.
type VerdictSet struct {
	Reporter  common.Address  `json:"reporter"`
	Epoch     uint64          `json:"epoch"`
	Verdicts  []judge.Verdict `json:"verdicts"`
	Signature []byte          `json:"signature,omitempty"`
}

// verdictDomain prefixes what a reporter signs of its verdicts, so that
// the signature means nothing anywhere else.
const verdictDomain = "hourglass reporter verdicts v1\n"

// ErrBadVerdicts is what every malformed or badly signed verdict set's
// error wraps.
var ErrBadVerdicts = errors.New("reporter: bad verdict set")

// Digest is the hash the reporter signs: keccak256 of the domain line and
// the set's JSON without its signature.
func (v VerdictSet) Digest() (common.Hash, error) {
	v.Signature = nil
	b, err := json.Marshal(v)
	if err != nil {
		return common.Hash{}, fmt.Errorf("%w: %v", ErrBadVerdicts, err)
	}
	return crypto.Keccak256Hash([]byte(verdictDomain), b), nil
}

// Sign signs the set with the reporter's key, whose address it sets.
func (v *VerdictSet) Sign(key *ecdsa.PrivateKey) error {
	v.Reporter = crypto.PubkeyToAddress(key.PublicKey)
	d, err := v.Digest()
	if err != nil {
		return err
	}
	v.Signature, err = crypto.Sign(d[:], key)
	return err
}

// Check verifies the set: signed by its reporter, every verdict the
// reporter's and for the set's epoch.
func (v VerdictSet) Check() error {
	for i, x := range v.Verdicts {
		if x.Reporter != v.Reporter || x.Hour != v.Epoch {
			return fmt.Errorf("%w: verdict %d is %s's for hour %d, the set %s's for epoch %d", ErrBadVerdicts, i, x.Reporter, x.Hour, v.Reporter, v.Epoch)
		}
	}
	d, err := v.Digest()
	if err != nil {
		return err
	}
	if len(v.Signature) != 65 {
		return fmt.Errorf("%w: signature of %d bytes", ErrBadVerdicts, len(v.Signature))
	}
	pub, err := crypto.SigToPub(d[:], v.Signature)
	if err != nil || crypto.PubkeyToAddress(*pub) != v.Reporter {
		return fmt.Errorf("%w: not signed by %s", ErrBadVerdicts, v.Reporter)
	}
	return nil
}

// RootSignature is one reporter's EIP-712 signature of an epoch's report
// root (judge.SignReport).
type RootSignature struct {
	Reporter  common.Address `json:"reporter"`
	Epoch     uint64         `json:"epoch"`
	Root      common.Hash    `json:"root"`
	Signature []byte         `json:"signature"`
}

// Check verifies the signature is the reporter's over (epoch, root) under
// d.
func (s RootSignature) Check(d judge.Domain) error {
	who, err := judge.RecoverReportSigner(d, s.Epoch, s.Root, s.Signature)
	if err != nil {
		return err
	}
	if who != s.Reporter {
		return fmt.Errorf("reporter: the signature of epoch %d's root is %s's, not %s's", s.Epoch, who, s.Reporter)
	}
	return nil
}

// EpochRecord is an epoch on the board.
type EpochRecord struct {
	Input EpochInput `json:"input"`
	// OpenedAt is when the operator opened it (its clock).
	OpenedAt time.Time `json:"openedAt"`
	// Verdicts are the sets posted so far, one per reporter, by reporter.
	Verdicts []VerdictSet `json:"verdicts"`
	// Closed: the verdict sets are frozen; reporters tally and sign.
	Closed bool `json:"closed"`
	// Signatures are the root signatures posted so far, by reporter.
	Signatures []RootSignature `json:"signatures"`
}

// Board is where a reporter meets the others: the operator's, through the
// gateway (api/client's ReporterBoard) or in process.
type Board interface {
	// Epochs returns the epochs on the board after epoch after, oldest
	// first.
	Epochs(ctx context.Context, after uint64) ([]EpochRecord, error)
	// PostVerdicts posts the reporter's verdict set of an open epoch.
	PostVerdicts(ctx context.Context, v VerdictSet) error
	// PostSignature posts the reporter's signature of a closed epoch's
	// root.
	PostSignature(ctx context.Context, s RootSignature) error
}

// Frozen returns the verdicts of rec's sets that count: sets that check
// (VerdictSet.Check), of registered reporters (q), one per reporter. The
// others are returned as errors, for the log.
func Frozen(q judge.Quorum, rec *EpochRecord) ([]judge.Verdict, []error) {
	reg := make(map[common.Address]bool, len(q.Reporters))
	for _, a := range q.Reporters {
		reg[a] = true
	}
	seen := map[common.Address]bool{}
	var out []judge.Verdict
	var errs []error
	for _, s := range rec.Verdicts {
		switch err := s.Check(); {
		case err != nil:
			errs = append(errs, err)
		case s.Epoch != rec.Input.Epoch:
			errs = append(errs, fmt.Errorf("%w: %s's set is for epoch %d on epoch %d", ErrBadVerdicts, s.Reporter, s.Epoch, rec.Input.Epoch))
		case !reg[s.Reporter]:
			errs = append(errs, fmt.Errorf("%w: %s is not a registered reporter", ErrBadVerdicts, s.Reporter))
		case seen[s.Reporter]:
			errs = append(errs, fmt.Errorf("%w: %s posted two sets", ErrBadVerdicts, s.Reporter))
		default:
			seen[s.Reporter] = true
			out = append(out, s.Verdicts...)
		}
	}
	return out, errs
}

// Prev is the tally's state as an epoch's input carries it (nil before
// its first report).
func (t *Tally) Prev() *PrevReport {
	st := t.State()
	if st == nil {
		return nil
	}
	return &PrevReport{Epoch: st.Epoch, Root: t.Last().Root, Leaves: st.Leaves, Faulted: st.Faulted}
}

// Adopt starts an empty tally from p (a board's Prev), after checking that
// its leaves make its root.
func (t *Tally) Adopt(p *PrevReport) error {
	rep, err := judge.RestoreReport(p.Epoch, p.Leaves)
	if err != nil {
		return err
	}
	if rep.Root != p.Root {
		return fmt.Errorf("reporter: epoch %d's leaves make root %s, not %s", p.Epoch, rep.Root, p.Root)
	}
	return t.Restore(&QuorumState{Epoch: p.Epoch, Leaves: p.Leaves, Faulted: p.Faulted})
}
