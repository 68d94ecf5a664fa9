package service

import (
	"bytes"
	"sort"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/oracle/reporter"
)

// The redeemer keeps the oracle's board (docs/oracle.md, "Reporters in
// processes of their own"): the operator opens each epoch with its input
// (OpenEpoch), registered reporters post their signed verdict sets while
// it is open (PostVerdicts), the operator closes it (CloseEpoch), and the
// reporters post their signatures of the report's root (PostRootSignature).
// Reporters read it with BoardEpochs. The board checks every signature it
// takes, so that a bad post is refused at once; the reporters check again
// what they tally.

// The board's codes.
const (
	// CodeEpochNotOpen: verdicts for an epoch that is not open (not
	// opened yet, closed, or gone from the board).
	CodeEpochNotOpen Code = "epoch_not_open"
	// CodeEpochNotClosed: a root signature for an epoch whose verdicts
	// are not frozen yet (or gone from the board).
	CodeEpochNotClosed Code = "epoch_not_closed"
	// CodeBadVerdicts: a verdict set or root signature that is
	// malformed or not signed by the caller's key.
	CodeBadVerdicts Code = "bad_verdicts"
	// CodeAlreadyPosted: the caller posted a different set or signature
	// for the epoch before (posting the same again is accepted).
	CodeAlreadyPosted Code = "already_posted"
)

// BoardEpochs is how many epochs the board keeps (the oldest go first):
// two days of hours, for reporters catching up after a restart.
const BoardEpochs = 48

// board is the board's state.
type board struct {
	mu     sync.Mutex
	epochs []*reporter.EpochRecord // by epoch, ascending
}

func (b *board) find(epoch uint64) *reporter.EpochRecord {
	for _, r := range b.epochs {
		if r.Input.Epoch == epoch {
			return r
		}
	}
	return nil
}

// OpenEpoch puts an epoch on the board, open for verdicts; it must be
// later than every epoch there. The operator calls it.
func (s *Service) OpenEpoch(in reporter.EpochInput) error {
	s.bd.mu.Lock()
	defer s.bd.mu.Unlock()
	if n := len(s.bd.epochs); n > 0 && s.bd.epochs[n-1].Input.Epoch >= in.Epoch {
		return newError(CodeBadRequest, "epoch %d opened after epoch %d", in.Epoch, s.bd.epochs[n-1].Input.Epoch)
	}
	s.bd.epochs = append(s.bd.epochs, &reporter.EpochRecord{Input: in, OpenedAt: s.clk.Now(), Verdicts: []reporter.VerdictSet{},
		Signatures: []reporter.RootSignature{}})
	if len(s.bd.epochs) > BoardEpochs {
		s.bd.epochs = append([]*reporter.EpochRecord(nil), s.bd.epochs[len(s.bd.epochs)-BoardEpochs:]...)
	}
	return nil
}

// CloseEpoch freezes an open epoch's verdict sets and returns its record.
// The operator calls it.
func (s *Service) CloseEpoch(epoch uint64) (reporter.EpochRecord, error) {
	s.bd.mu.Lock()
	defer s.bd.mu.Unlock()
	r := s.bd.find(epoch)
	if r == nil {
		return reporter.EpochRecord{}, newError(CodeEpochNotOpen, "epoch %d is not on the board", epoch)
	}
	r.Closed = true
	return copyRecord(r), nil
}

// BoardEpoch returns an epoch's record.
func (s *Service) BoardEpoch(epoch uint64) (reporter.EpochRecord, bool) {
	s.bd.mu.Lock()
	defer s.bd.mu.Unlock()
	r := s.bd.find(epoch)
	if r == nil {
		return reporter.EpochRecord{}, false
	}
	return copyRecord(r), true
}

// BoardEpochs returns the epochs after epoch after, oldest first, to a
// registered reporter.
func (s *Service) BoardEpochs(caller common.Address, after uint64) ([]reporter.EpochRecord, error) {
	if !s.reporter(caller) {
		return nil, newError(CodeNotReporter, "%s is not a registered reporter", caller)
	}
	s.bd.mu.Lock()
	defer s.bd.mu.Unlock()
	out := []reporter.EpochRecord{}
	for _, r := range s.bd.epochs {
		if r.Input.Epoch > after {
			out = append(out, copyRecord(r))
		}
	}
	return out, nil
}

// PostVerdicts takes a registered reporter's signed verdict set for an
// open epoch.
func (s *Service) PostVerdicts(caller common.Address, v reporter.VerdictSet) error {
	switch {
	case !s.reporter(caller):
		return newError(CodeNotReporter, "%s is not a registered reporter", caller)
	case v.Reporter != caller:
		return newError(CodeBadVerdicts, "the set is %s's, the caller is %s", v.Reporter, caller)
	}
	if err := v.Check(); err != nil {
		return newError(CodeBadVerdicts, "%v", err)
	}
	s.bd.mu.Lock()
	defer s.bd.mu.Unlock()
	r := s.bd.find(v.Epoch)
	if r == nil || r.Closed {
		return newError(CodeEpochNotOpen, "epoch %d is not open for verdicts", v.Epoch)
	}
	for _, p := range r.Verdicts {
		if p.Reporter == caller {
			if bytes.Equal(p.Signature, v.Signature) {
				return nil
			}
			return newError(CodeAlreadyPosted, "%s posted another verdict set for epoch %d", caller, v.Epoch)
		}
	}
	r.Verdicts = append(r.Verdicts, v)
	sort.Slice(r.Verdicts, func(i, j int) bool { return r.Verdicts[i].Reporter.Cmp(r.Verdicts[j].Reporter) < 0 })
	return nil
}

// PostRootSignature takes a registered reporter's signature of a closed
// epoch's report root, checked under the oracle's domain (Config.Oracle).
func (s *Service) PostRootSignature(caller common.Address, sig reporter.RootSignature) error {
	switch {
	case !s.reporter(caller):
		return newError(CodeNotReporter, "%s is not a registered reporter", caller)
	case sig.Reporter != caller:
		return newError(CodeBadVerdicts, "the signature is %s's, the caller is %s", sig.Reporter, caller)
	}
	if err := sig.Check(s.cfg.Oracle); err != nil {
		return newError(CodeBadVerdicts, "%v", err)
	}
	s.bd.mu.Lock()
	defer s.bd.mu.Unlock()
	r := s.bd.find(sig.Epoch)
	if r == nil || !r.Closed {
		return newError(CodeEpochNotClosed, "epoch %d is not closed for signatures", sig.Epoch)
	}
	for _, p := range r.Signatures {
		if p.Reporter == caller {
			if p.Root == sig.Root {
				return nil
			}
			return newError(CodeAlreadyPosted, "%s signed root %s for epoch %d before", caller, p.Root, sig.Epoch)
		}
	}
	r.Signatures = append(r.Signatures, sig)
	sort.Slice(r.Signatures, func(i, j int) bool { return r.Signatures[i].Reporter.Cmp(r.Signatures[j].Reporter) < 0 })
	return nil
}

func copyRecord(r *reporter.EpochRecord) reporter.EpochRecord {
	c := *r
	c.Verdicts = append([]reporter.VerdictSet{}, r.Verdicts...)
	c.Signatures = append([]reporter.RootSignature{}, r.Signatures...)
	return c
}
