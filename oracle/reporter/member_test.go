package reporter

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"log/slog"
	"math/big"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
	"github.com/hourglass-exchange/hourglass/oracle/judge"
)

// memBoard is a board in memory, as the redeemer keeps it (without its
// checks: the members check what they tally).
type memBoard struct {
	mu     sync.Mutex
	epochs []EpochRecord
}

func (b *memBoard) Epochs(_ context.Context, after uint64) ([]EpochRecord, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	var out []EpochRecord
	for _, r := range b.epochs {
		if r.Input.Epoch > after {
			r.Verdicts = append([]VerdictSet(nil), r.Verdicts...)
			r.Signatures = append([]RootSignature(nil), r.Signatures...)
			out = append(out, r)
		}
	}
	return out, nil
}

func (b *memBoard) find(e uint64) *EpochRecord {
	for i := range b.epochs {
		if b.epochs[i].Input.Epoch == e {
			return &b.epochs[i]
		}
	}
	return nil
}

func (b *memBoard) PostVerdicts(_ context.Context, v VerdictSet) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.find(v.Epoch).Verdicts = append(b.find(v.Epoch).Verdicts, v)
	return nil
}

func (b *memBoard) PostSignature(_ context.Context, s RootSignature) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.find(s.Epoch).Signatures = append(b.find(s.Epoch).Signatures, s)
	return nil
}

func (b *memBoard) open(in EpochInput) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.epochs = append(b.epochs, EpochRecord{Input: in})
}

func (b *memBoard) close(e uint64) EpochRecord {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.find(e).Closed = true
	return *b.find(e)
}

// TestMembers: three members on a board with the operator's tally. Each
// posts its signed verdicts on the open epoch, and once it is closed
// signs the root the operator's tally makes of the frozen sets; a set
// altered on the board does not count for anyone. A member restarted on
// its state file does not post or sign again; one started without state
// takes the board's last report; one whose tally differs from the
// board's says so once and neither judges nor signs, until the chain
// confirms the root of the board's last report.
func TestMembers(t *testing.T) {
	hour := uint64(499_000)
	clk := clock.NewFake(judge.EpochStart(hour + 1).Add(2 * time.Minute))
	dom := judge.Domain{ChainID: big.NewInt(1337), VerifyingContract: common.HexToAddress("0x0ac1e")}
	board := &memBoard{}
	var keys []*ecdsa.PrivateKey
	var q judge.Quorum
	for i := 0; i < 3; i++ {
		k, _ := crypto.GenerateKey()
		keys = append(keys, k)
		q.Reporters = append(q.Reporters, crypto.PubkeyToAddress(k.PublicKey))
	}
	q.K = 2
	node := common.HexToAddress("0x0de")
	lease := judge.Lease{ID: 7, Provider: common.HexToAddress("0xb0b"), Node: node, GPUs: 1, StartHour: hour, Hours: 3,
		RunningAt: judge.EpochStart(hour)}
	dir := t.TempDir()
	logs := &testsvc.SyncBuffer{}
	newMember := func(i int) *Member {
		r, err := New(Config{Key: keys[i], Relay: &fakeRelay{}, Nodes: func() []common.Address { return nil }, Clock: clk, Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		m, err := NewMember(MemberConfig{Reporter: r, Board: board, Quorum: q, Params: judge.Params{Domain: dom}, Domain: dom,
			StateFile: filepath.Join(dir, r.Address().Hex()+".json"), Log: slog.New(slog.NewTextHandler(logs, nil))})
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	ms := []*Member{newMember(0), newMember(1), newMember(2)}
	var op Tally
	ctx := context.Background()
	epoch := func(e uint64, members []*Member, prev *PrevReport) EpochRecord {
		t.Helper()
		board.open(EpochInput{Epoch: e, Leases: []judge.Lease{lease}, Keys: judge.Keys{node: lease.Provider}, Prev: prev})
		for _, m := range members {
			m.Step(ctx)
		}
		board.close(e)
		for _, m := range members {
			m.Step(ctx)
		}
		recs, _ := board.Epochs(ctx, e-1)
		return recs[0]
	}

	rec := epoch(hour, ms, nil)
	if len(rec.Verdicts) != 3 {
		t.Fatalf("%d verdict sets", len(rec.Verdicts))
	}
	vs, bad := Frozen(q, &rec)
	_, rep, err := op.Apply(q, hour, []judge.Lease{lease}, vs)
	if err != nil || len(bad) != 0 {
		t.Fatal(err, bad)
	}
	if len(rec.Signatures) != 3 {
		t.Fatalf("%d signatures", len(rec.Signatures))
	}
	for _, s := range rec.Signatures {
		if s.Root != rep.Root || s.Check(dom) != nil {
			t.Fatalf("%s signed %s, the operator's root is %s", s.Reporter, s.Root, rep.Root)
		}
	}

	// Epoch 2: one set is altered on the board after it was posted: it
	// does not count, for the members as for the operator.
	e2 := hour + 1
	board.open(EpochInput{Epoch: e2, Leases: []judge.Lease{lease}, Keys: judge.Keys{node: lease.Provider}, Prev: op.Prev()})
	for _, m := range ms {
		m.Step(ctx)
	}
	board.mu.Lock()
	board.find(e2).Verdicts[0].Verdicts[0].Outcome = judge.Delivered
	board.mu.Unlock()
	rec = board.close(e2)
	vs, bad = Frozen(q, &rec)
	if len(bad) != 1 || !strings.Contains(bad[0].Error(), "not signed by") {
		t.Fatalf("the altered set: %v", bad)
	}
	_, rep, err = op.Apply(q, e2, []judge.Lease{lease}, vs)
	if err != nil {
		t.Fatal(err)
	}
	// Member 2 restarts on its state file before it signs; member 0's
	// state is lost.
	ms[2] = newMember(2)
	if ms[2].posted != e2 || ms[2].Tally().Last() == nil || ms[2].Tally().Last().Epoch != hour {
		t.Fatalf("member 2 restored posted %d, tally %+v", ms[2].posted, ms[2].Tally().Last())
	}
	for _, m := range ms {
		m.Step(ctx)
	}
	recs, _ := board.Epochs(ctx, hour)
	if n := len(recs[0].Signatures); n != 3 {
		t.Fatalf("%d signatures of epoch 2", n)
	}
	for _, s := range recs[0].Signatures {
		if s.Root != rep.Root {
			t.Fatalf("%s signed %s, the operator's root is %s", s.Reporter, s.Root, rep.Root)
		}
	}
	ms[2].Step(ctx) // nothing new: no second signature
	if recs, _ = board.Epochs(ctx, hour); len(recs[0].Signatures) != 3 || len(recs[0].Verdicts) != 3 {
		t.Fatalf("after a restart: %d sets, %d signatures", len(recs[0].Verdicts), len(recs[0].Signatures))
	}

	// A new member (no state) takes the board's last report and signs
	// the same root as the others.
	fresh := newMember(0)
	fresh.cfg.StateFile = ""
	fresh.tally = Tally{}
	fresh.done, fresh.posted = e2, e2
	e3 := hour + 2
	ms[0] = fresh
	rec = epoch(e3, ms, op.Prev())
	vs, _ = Frozen(q, &rec)
	if _, rep, err = op.Apply(q, e3, []judge.Lease{lease}, vs); err != nil {
		t.Fatal(err)
	}
	for _, s := range rec.Signatures {
		if s.Root != rep.Root {
			t.Fatalf("epoch 3: %s signed %s, the operator's root is %s", s.Reporter, s.Root, rep.Root)
		}
	}
	if len(rec.Signatures) != 3 || !strings.Contains(logs.String(), "starting from the quorum's last report") {
		t.Fatalf("epoch 3: %d signatures; log:\n%s", len(rec.Signatures), logs)
	}

	// An epoch that builds on another report than member 1's: it says so
	// once and takes no part.
	e4 := hour + 3
	other := op.Prev()
	other.Leaves[0].Delivered += 5
	other.Root = common.Hash{}
	board.open(EpochInput{Epoch: e4, Leases: []judge.Lease{lease}, Keys: judge.Keys{node: lease.Provider}, Prev: other})
	ms[1].Step(ctx)
	ms[1].Step(ctx)
	board.close(e4)
	ms[1].Step(ctx)
	recs, _ = board.Epochs(ctx, e3)
	if len(recs[0].Verdicts) != 0 || len(recs[0].Signatures) != 0 || strings.Count(logs.String(), "does not follow this reporter's tally") != 1 {
		t.Fatalf("a diverged member posted %d sets, %d signatures; log:\n%s", len(recs[0].Verdicts), len(recs[0].Signatures), logs)
	}

	// The operator's tally went on past epoch 4 without member 1 (its
	// record gone from the board, as after an operator restart): member 1
	// is behind. With the DeliveryOracle's root of the Prev to check, it
	// takes the Prev and signs the operator's root again.
	if _, rep4, err := op.Apply(q, e4, []judge.Lease{lease}, nil); err != nil {
		t.Fatal(err)
	} else {
		ms[1].cfg.PostedRoot = func(_ context.Context, epoch uint64) (common.Hash, error) {
			if epoch == e4 {
				return rep4.Root, nil
			}
			return common.Hash{}, nil
		}
	}
	e5 := hour + 4
	rec = epoch(e5, ms[1:2], op.Prev())
	vs, _ = Frozen(q, &rec)
	if _, rep, err = op.Apply(q, e5, []judge.Lease{lease}, vs); err != nil {
		t.Fatal(err)
	}
	if len(rec.Verdicts) != 1 || len(rec.Signatures) != 1 || rec.Signatures[0].Root != rep.Root {
		t.Fatalf("the member behind: %d sets, signatures %+v, the operator's root %s; log:\n%s", len(rec.Verdicts), rec.Signatures, rep.Root, logs)
	}
}

// TestMemberQuorumChange: a member reads the reporter set again before it
// tallies an epoch (QuorumNow): a reporter registered since counts, and a
// failing read keeps the last set, said once.
func TestMemberQuorumChange(t *testing.T) {
	hour := uint64(499_000)
	clk := clock.NewFake(judge.EpochStart(hour + 1).Add(2 * time.Minute))
	dom := judge.Domain{ChainID: big.NewInt(1337), VerifyingContract: common.HexToAddress("0x0ac1e")}
	var keys []*ecdsa.PrivateKey
	var addrs []common.Address
	for i := 0; i < 3; i++ {
		k, _ := crypto.GenerateKey()
		keys, addrs = append(keys, k), append(addrs, crypto.PubkeyToAddress(k.PublicKey))
	}
	node := common.HexToAddress("0x0de")
	lease := judge.Lease{ID: 7, Provider: common.HexToAddress("0xb0b"), Node: node, GPUs: 1, StartHour: hour, Hours: 3,
		RunningAt: judge.EpochStart(hour)}
	board := &memBoard{}
	logs := &testsvc.SyncBuffer{}
	now := judge.Quorum{Reporters: addrs, K: 2} // key 2 registered since the member started
	var fail bool
	r, err := New(Config{Key: keys[0], Relay: &fakeRelay{}, Nodes: func() []common.Address { return nil }, Clock: clk, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	m, err := NewMember(MemberConfig{Reporter: r, Board: board, Quorum: judge.Quorum{Reporters: addrs[:2], K: 2}, Domain: dom,
		Log: slog.New(slog.NewTextHandler(logs, nil)), QuorumNow: func(context.Context) (judge.Quorum, error) {
			if fail {
				return judge.Quorum{}, errors.New("connection refused")
			}
			return now, nil
		}})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for i, e := range []uint64{hour, hour + 1} {
		board.open(EpochInput{Epoch: e, Leases: []judge.Lease{lease}, Keys: judge.Keys{node: lease.Provider}, Prev: m.Tally().Prev()})
		m.Step(ctx)
		for _, k := range keys[1:] {
			set := VerdictSet{Epoch: e, Verdicts: []judge.Verdict{{Reporter: crypto.PubkeyToAddress(k.PublicKey), Lease: 7, Hour: e,
				Outcome: judge.Delivered}}}
			if err := set.Sign(k); err != nil {
				t.Fatal(err)
			}
			if err := board.PostVerdicts(ctx, set); err != nil {
				t.Fatal(err)
			}
		}
		board.close(e)
		fail = i == 1 // the second epoch's read fails: the set read first stands
		m.Step(ctx)
		rs := m.Tally().Results(7)
		if len(rs) != i+1 || rs[i].Delivered != 2 || rs[i].Abstained != 1 || rs[i].Outcome != judge.Delivered {
			t.Fatalf("epoch %d: results %+v", i+1, rs)
		}
	}
	if !strings.Contains(logs.String(), "reporter set changed") || strings.Count(logs.String(), "reading the reporter set failed") != 1 {
		t.Fatalf("log:\n%s", logs)
	}
}
