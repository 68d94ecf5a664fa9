package reporter

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/internal/atomicfile"
	"github.com/hourglass-exchange/hourglass/oracle/judge"
)

// MemberConfig configures a Member.
type MemberConfig struct {
	// Reporter challenges the nodes and judges from its own observations.
	Reporter *Reporter
	Board    Board
	// Quorum is the registered reporter set and threshold, as the
	// member reads them from the DeliveryOracle: never from the board.
	Quorum judge.Quorum
	// QuorumNow, when set, reads them again before each epoch is tallied
	// (the set changes through the timelock); an error keeps the last
	// one read, said once.
	QuorumNow func(ctx context.Context) (judge.Quorum, error)
	Params    judge.Params
	// Domain is the DeliveryOracle's EIP-712 domain (reports are signed
	// under it).
	Domain judge.Domain
	// Every is how often the board is read (default 2s; real time).
	Every time.Duration
	// StateFile keeps the member's tally across restarts ("": none).
	StateFile string
	// PostedRoot returns the root the DeliveryOracle holds for an epoch
	// (zero: none posted, or voided). With it, a member whose tally does
	// not match an epoch's Prev (it missed epochs, or lost its state)
	// takes the Prev when the chain holds its root, and so catches up;
	// without it, it takes a Prev only when it has no tally at all.
	PostedRoot func(ctx context.Context, epoch uint64) (common.Hash, error)
	Log        *slog.Logger
}

// Member is one reporter's part in the quorum through a board: it posts
// its verdicts on each open epoch, and once the epoch is closed tallies
// the frozen verdict sets and signs the report's root (docs/oracle.md,
// "Reporters in processes of their own").
type Member struct {
	cfg   MemberConfig
	log   *slog.Logger
	tally Tally
	// posted: the epoch whose verdicts were posted last; done: the last
	// epoch tallied (signed, or skipped as diverged).
	posted, done uint64
	failing      string
	diverged     uint64 // the epoch a divergence was said for
	// quorumFailing: reading the reporter set failed (said once).
	quorumFailing bool
}

// NewMember returns a Member; its tally is restored from StateFile when
// one was saved.
func NewMember(cfg MemberConfig) (*Member, error) {
	if cfg.Reporter == nil || cfg.Board == nil {
		return nil, errors.New("reporter: a member needs a Reporter and a Board")
	}
	if err := cfg.Quorum.Validate(); err != nil {
		return nil, err
	}
	if cfg.Every <= 0 {
		cfg.Every = 2 * time.Second
	}
	m := &Member{cfg: cfg, log: cfg.Log}
	if m.log == nil {
		m.log = slog.New(slog.DiscardHandler)
	}
	if cfg.StateFile != "" {
		b, err := os.ReadFile(cfg.StateFile)
		switch {
		case errors.Is(err, os.ErrNotExist):
		case err != nil:
			return nil, err
		default:
			var st memberState
			if err := json.Unmarshal(b, &st); err != nil {
				return nil, fmt.Errorf("reporter: %s: %w", cfg.StateFile, err)
			}
			if st.Tally != nil {
				if err := m.tally.Restore(st.Tally); err != nil {
					return nil, fmt.Errorf("reporter: %s: %w", cfg.StateFile, err)
				}
			}
			m.posted, m.done = st.Posted, st.Done
		}
	}
	return m, nil
}

type memberState struct {
	Tally  *QuorumState `json:"tally,omitempty"`
	Posted uint64       `json:"posted"`
	Done   uint64       `json:"done"`
}

// Tally is the member's tally (its last report, for tests and views).
func (m *Member) Tally() *Tally { return &m.tally }

// Run reads the board every Every until ctx ends.
func (m *Member) Run(ctx context.Context) {
	t := time.NewTicker(m.cfg.Every)
	defer t.Stop()
	for {
		m.Step(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// Step reads the board once and does what is due: posts its verdicts on
// an open epoch, tallies and signs the closed ones, oldest first. A
// failing board is said once, and again when it works.
func (m *Member) Step(ctx context.Context) {
	err := m.step(ctx)
	switch {
	case err != nil && ctx.Err() == nil && err.Error() != m.failing:
		m.failing = err.Error()
		m.log.Error("reporter: the board is failing; this reporter's verdicts and signatures are missing", "reporter",
			m.cfg.Reporter.Address(), "err", err)
	case err == nil && m.failing != "":
		m.failing = ""
		m.log.Info("reporter: the board works again", "reporter", m.cfg.Reporter.Address())
	}
}

func (m *Member) step(ctx context.Context) error {
	recs, err := m.cfg.Board.Epochs(ctx, m.done)
	if err != nil {
		return err
	}
	for i := range recs {
		rec := &recs[i]
		e := rec.Input.Epoch
		if e <= m.done {
			continue
		}
		if !rec.Closed {
			if e > m.posted {
				if err := m.postVerdicts(ctx, rec); err != nil {
					return err
				}
			}
			return nil // later epochs wait for this one
		}
		if err := m.sign(ctx, rec); err != nil {
			return err
		}
	}
	return nil
}

// postVerdicts judges the open epoch from the reporter's own observations
// and posts the signed set.
func (m *Member) postVerdicts(ctx context.Context, rec *EpochRecord) error {
	if !m.sync(ctx, rec) {
		return nil
	}
	e := rec.Input.Epoch
	vs, err := m.cfg.Reporter.JudgeHour(m.cfg.Params, e, rec.Input.Leases, rec.Input.Keys, m.tally.Faulted())
	if err != nil {
		return fmt.Errorf("judging epoch %d: %w", e, err)
	}
	set := VerdictSet{Epoch: e, Verdicts: vs}
	if set.Verdicts == nil {
		set.Verdicts = []judge.Verdict{}
	}
	if err := set.Sign(m.cfg.Reporter.cfg.Key); err != nil {
		return err
	}
	if err := m.cfg.Board.PostVerdicts(ctx, set); err != nil {
		return fmt.Errorf("posting epoch %d's verdicts: %w", e, err)
	}
	m.posted = e
	m.save()
	return nil
}

// sign tallies the closed epoch's frozen verdict sets and posts the
// signature of the report's root.
func (m *Member) sign(ctx context.Context, rec *EpochRecord) error {
	e := rec.Input.Epoch
	if !m.sync(ctx, rec) {
		m.done = e
		m.save()
		return nil
	}
	m.refreshQuorum(ctx)
	vs, bad := Frozen(m.cfg.Quorum, rec)
	for _, err := range bad {
		m.log.Warn("reporter: a verdict set on the board does not count", "reporter", m.cfg.Reporter.Address(), "epoch", e, "err", err)
	}
	_, rep, err := m.tally.Apply(m.cfg.Quorum, e, rec.Input.Leases, vs)
	if errors.Is(err, ErrNoLeases) {
		m.done = e
		m.save()
		return nil
	}
	if err != nil {
		return fmt.Errorf("tallying epoch %d: %w", e, err)
	}
	sig, err := judge.SignReport(m.cfg.Reporter.cfg.Key, m.cfg.Domain, e, rep.Root)
	if err != nil {
		return err
	}
	m.done = e
	m.save()
	if err := m.cfg.Board.PostSignature(ctx, RootSignature{Reporter: m.cfg.Reporter.Address(), Epoch: e, Root: rep.Root, Signature: sig}); err != nil {
		return fmt.Errorf("posting epoch %d's signature: %w", e, err)
	}
	return nil
}

// sync checks that the epoch builds on the member's tally: the same last
// report. A member without a tally starts from the epoch's Prev; one whose
// tally differs takes the Prev when the chain holds its root
// (PostedRoot). Otherwise it says so once per epoch and takes no part in
// it.
func (m *Member) sync(ctx context.Context, rec *EpochRecord) bool {
	last, prev := m.tally.Last(), rec.Input.Prev
	switch {
	case last == nil && prev == nil:
		return true
	case prev != nil && last != nil && prev.Epoch == last.Epoch && prev.Root == last.Root:
		return true
	case prev == nil:
		m.divergence(rec.Input.Epoch, fmt.Sprintf("the epoch builds on no report, this reporter's last is epoch %d", last.Epoch))
		return false
	case last != nil:
		why := fmt.Sprintf("the epoch builds on epoch %d root %s, this reporter's last is epoch %d root %s", prev.Epoch, prev.Root,
			last.Epoch, last.Root)
		if m.cfg.PostedRoot == nil {
			m.divergence(rec.Input.Epoch, why)
			return false
		}
		posted, err := m.cfg.PostedRoot(ctx, prev.Epoch)
		if err != nil || posted != prev.Root {
			if err == nil {
				err = fmt.Errorf("the DeliveryOracle holds root %s for epoch %d", posted, prev.Epoch)
			}
			m.divergence(rec.Input.Epoch, why+"; "+err.Error())
			return false
		}
	}
	if err := m.tally.Adopt(prev); err != nil {
		m.divergence(rec.Input.Epoch, err.Error())
		return false
	}
	m.log.Info("reporter: starting from the quorum's last report", "reporter", m.cfg.Reporter.Address(), "epoch", prev.Epoch,
		"root", prev.Root, "had", last != nil)
	return true
}

// refreshQuorum reads the quorum again (QuorumNow).
func (m *Member) refreshQuorum(ctx context.Context) {
	if m.cfg.QuorumNow == nil {
		return
	}
	q, err := m.cfg.QuorumNow(ctx)
	if err == nil {
		err = q.Validate()
	}
	switch {
	case err != nil && !m.quorumFailing:
		m.quorumFailing = true
		m.log.Warn("reporter: reading the reporter set failed; using the last one read", "reporter", m.cfg.Reporter.Address(), "err", err)
	case err == nil:
		if m.quorumFailing {
			m.quorumFailing = false
			m.log.Info("reporter: reading the reporter set works again", "reporter", m.cfg.Reporter.Address())
		}
		if !sameQuorum(q, m.cfg.Quorum) {
			m.log.Info("reporter: the DeliveryOracle's reporter set changed", "reporter", m.cfg.Reporter.Address(), "reporters",
				len(q.Reporters), "threshold", q.K)
			m.cfg.Quorum = q
		}
	}
}

// sameQuorum says whether a and b are the same set (in order) and
// threshold.
func sameQuorum(a, b judge.Quorum) bool {
	if a.K != b.K || len(a.Reporters) != len(b.Reporters) {
		return false
	}
	for i := range a.Reporters {
		if a.Reporters[i] != b.Reporters[i] {
			return false
		}
	}
	return true
}

func (m *Member) divergence(epoch uint64, why string) {
	if m.diverged == epoch {
		return
	}
	m.diverged = epoch
	m.log.Error("reporter: the board's epoch does not follow this reporter's tally; it neither judges nor signs it", "reporter",
		m.cfg.Reporter.Address(), "epoch", epoch, "why", why)
}

func (m *Member) save() {
	if m.cfg.StateFile == "" {
		return
	}
	b, err := json.Marshal(memberState{Tally: m.tally.State(), Posted: m.posted, Done: m.done})
	if err == nil {
		err = atomicfile.Write(m.cfg.StateFile, b, 0o600)
	}
	if err != nil {
		m.log.Error("reporter: saving its tally failed", "reporter", m.cfg.Reporter.Address(), "err", err)
	}
}
