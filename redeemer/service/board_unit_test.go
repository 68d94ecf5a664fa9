package service

import (
	"crypto/ecdsa"
	"errors"
	"math/big"
	"reflect"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/oracle/judge"
	"github.com/hourglass-exchange/hourglass/oracle/reporter"
)

// TestBoard: the board takes a registered reporter's signed verdict set
// while the epoch is open and its root signature once it is closed; every
// other post is refused with its code and changes nothing; the same post
// again is accepted; the board keeps BoardEpochs epochs.
func TestBoard(t *testing.T) {
	var keys []*ecdsa.PrivateKey
	reg := map[common.Address]bool{}
	for i := 0; i < 3; i++ {
		k, _ := crypto.GenerateKey()
		keys = append(keys, k)
		reg[crypto.PubkeyToAddress(k.PublicKey)] = i < 2 // key 2 is not a reporter
	}
	dom := judge.Domain{ChainID: big.NewInt(1337), VerifyingContract: common.HexToAddress("0x0ac1e")}
	s := &Service{cfg: Config{Reporters: func(a common.Address) bool { return reg[a] }, Oracle: dom}, clk: clock.NewFake(time.Unix(1_797_000_000, 0))}
	who := func(i int) common.Address { return crypto.PubkeyToAddress(keys[i].PublicKey) }
	set := func(i int, epoch uint64, outcome judge.Outcome) reporter.VerdictSet {
		v := reporter.VerdictSet{Epoch: epoch, Verdicts: []judge.Verdict{{Reporter: who(i), Lease: 1, Hour: epoch, Outcome: outcome}}}
		if err := v.Sign(keys[i]); err != nil {
			t.Fatal(err)
		}
		return v
	}
	rootSig := func(i int, epoch uint64, root common.Hash) reporter.RootSignature {
		sig, err := judge.SignReport(keys[i], dom, epoch, root)
		if err != nil {
			t.Fatal(err)
		}
		return reporter.RootSignature{Reporter: who(i), Epoch: epoch, Root: root, Signature: sig}
	}
	code := func(err error) Code {
		var se *Error
		if errors.As(err, &se) {
			return se.Code
		}
		if err == nil {
			return ""
		}
		return "other: " + Code(err.Error())
	}
	snapshot := func() []reporter.EpochRecord {
		es, err := s.BoardEpochs(who(0), 0)
		if err != nil {
			t.Fatal(err)
		}
		return es
	}

	if err := s.OpenEpoch(reporter.EpochInput{Epoch: 10}); err != nil {
		t.Fatal(err)
	}
	if c := code(s.OpenEpoch(reporter.EpochInput{Epoch: 10})); c != CodeBadRequest {
		t.Fatalf("opening epoch 10 twice: %s", c)
	}
	if c := code(s.PostVerdicts(who(0), set(0, 10, judge.Delivered))); c != "" {
		t.Fatalf("a reporter's set: %s", c)
	}
	if c := code(s.PostVerdicts(who(0), set(0, 10, judge.Delivered))); c != "" {
		t.Fatalf("the same set again: %s", c)
	}
	before := snapshot()
	forged := set(1, 10, judge.Delivered)
	forged.Verdicts[0].Outcome = judge.Undelivered // changed after signing
	badKey := set(2, 10, judge.Delivered)
	badKey.Reporter = who(1)
	for _, c := range []struct {
		name   string
		caller common.Address
		v      reporter.VerdictSet
		want   Code
	}{
		{"not a reporter", who(2), set(2, 10, judge.Delivered), CodeNotReporter},
		{"another's set", who(1), set(0, 10, judge.Delivered), CodeBadVerdicts},
		{"altered", who(1), forged, CodeBadVerdicts},
		{"signed by another key", who(1), badKey, CodeBadVerdicts},
		{"a second, different set", who(0), set(0, 10, judge.Undelivered), CodeAlreadyPosted},
		{"an epoch not open", who(1), set(1, 11, judge.Delivered), CodeEpochNotOpen},
	} {
		if got := code(s.PostVerdicts(c.caller, c.v)); got != c.want {
			t.Errorf("%s: %s, want %s", c.name, got, c.want)
		}
	}
	root := common.HexToHash("0x7007")
	if c := code(s.PostRootSignature(who(0), rootSig(0, 10, root))); c != CodeEpochNotClosed {
		t.Errorf("a signature of an open epoch: %s", c)
	}
	if after := snapshot(); !reflect.DeepEqual(before, after) {
		t.Fatalf("refused posts changed the board:\n%+v\n%+v", before, after)
	}

	rec, err := s.CloseEpoch(10)
	if err != nil || !rec.Closed || len(rec.Verdicts) != 1 {
		t.Fatalf("closed: %+v %v", rec, err)
	}
	if c := code(s.PostVerdicts(who(1), set(1, 10, judge.Delivered))); c != CodeEpochNotOpen {
		t.Errorf("a set after the close: %s", c)
	}
	if c := code(s.PostRootSignature(who(0), rootSig(0, 10, root))); c != "" {
		t.Fatalf("a signature: %s", c)
	}
	if c := code(s.PostRootSignature(who(0), rootSig(0, 10, root))); c != "" {
		t.Fatalf("the same signature again: %s", c)
	}
	wrong := rootSig(1, 10, root)
	wrong.Root = common.HexToHash("0x8008") // a signature of another root
	for _, c := range []struct {
		name   string
		caller common.Address
		s      reporter.RootSignature
		want   Code
	}{
		{"another root", who(0), rootSig(0, 10, common.HexToHash("0x9009")), CodeAlreadyPosted},
		{"not over its root", who(1), wrong, CodeBadVerdicts},
		{"another's", who(1), rootSig(0, 10, root), CodeBadVerdicts},
		{"not a reporter", who(2), rootSig(2, 10, root), CodeNotReporter},
		{"no such epoch", who(1), rootSig(1, 9, root), CodeEpochNotClosed},
	} {
		if got := code(s.PostRootSignature(c.caller, c.s)); got != c.want {
			t.Errorf("%s: %s, want %s", c.name, got, c.want)
		}
	}
	if got, _ := s.BoardEpoch(10); len(got.Signatures) != 1 || got.Signatures[0].Root != root {
		t.Fatalf("signatures %+v", got.Signatures)
	}
	if _, err := s.BoardEpochs(who(2), 0); code(err) != CodeNotReporter {
		t.Fatalf("a stranger read the board: %v", err)
	}
	for e := uint64(11); e < 11+BoardEpochs; e++ {
		if err := s.OpenEpoch(reporter.EpochInput{Epoch: e}); err != nil {
			t.Fatal(err)
		}
	}
	if es := snapshot(); len(es) != BoardEpochs || es[0].Input.Epoch != 11 {
		t.Fatalf("the board keeps %d epochs from %d", len(es), es[0].Input.Epoch)
	}
	if es, _ := s.BoardEpochs(who(0), 11+BoardEpochs-3); len(es) != 2 {
		t.Fatalf("after: %d epochs", len(es))
	}
}
