package reporter

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/oracle/challenge"
	"github.com/hourglass-exchange/hourglass/oracle/judge"
)

// fakeRelay keeps the challenges posted and hands out the answers the
// test puts in.
type fakeRelay struct {
	mu      sync.Mutex
	posted  []challenge.Challenge
	answers []Collected
	down    bool
}

func (f *fakeRelay) PostChallenge(_ context.Context, c challenge.Challenge) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.down {
		return errors.New("connection refused")
	}
	f.posted = append(f.posted, c)
	return nil
}

func (f *fakeRelay) Answers(_ context.Context, after uint64) ([]Collected, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.down {
		return nil, errors.New("connection refused")
	}
	var out []Collected
	for _, a := range f.answers {
		if a.Seq > after {
			out = append(out, a)
		}
	}
	return out, nil
}

// TestReporterChallenges: each node gets PerHour challenges at random
// times inside each hour (a node first seen mid-hour its share of the
// rest); answers are matched to their challenges (the first one stands;
// others' are ignored) and come out as the hour's observations, which the
// judge checks valid; a failing relay is said once, and once when it
// works again; hours older than Keep are forgotten.
func TestReporterChallenges(t *testing.T) {
	hour := uint64(499_000)
	clk := clock.NewFake(judge.EpochStart(hour))
	repKey, _ := crypto.GenerateKey()
	nodeKey, _ := crypto.GenerateKey()
	node := crypto.PubkeyToAddress(nodeKey.PublicKey)
	late := common.HexToAddress("0x1a7e")
	nodes := []common.Address{node}
	relay := &fakeRelay{}
	var logs bytes.Buffer
	r, err := New(Config{Key: repKey, Relay: relay, Nodes: func() []common.Address { return nodes }, PerHour: 6, Seed: 7,
		Clock: clk, Log: slog.New(slog.NewTextHandler(&logs, nil))})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	seq := uint64(0)
	answerAll := func() {
		relay.mu.Lock()
		defer relay.mu.Unlock()
		for _, c := range relay.posted[len(relay.answers):] {
			a := challenge.Answer{Challenge: c, AnsweredAt: clk.Now().UnixMilli(), Evidence: []byte(`{"gpus":[]}`)}
			if c.Node == node {
				if err := a.Sign(nodeKey); err != nil {
					t.Fatal(err)
				}
			}
			seq++
			relay.answers = append(relay.answers, Collected{Seq: seq, Answer: a})
		}
	}
	for m := 0; m < 60; m++ {
		if m == 30 {
			nodes = append(nodes, late)
		}
		clk.Set(judge.EpochStart(hour).Add(time.Duration(m) * time.Minute))
		r.Step(ctx)
		answerAll()
		r.Step(ctx)
	}
	relay.mu.Lock()
	var toNode, toLate int
	for _, c := range relay.posted {
		at := time.UnixMilli(c.IssuedAt)
		if judge.EpochOf(at) != hour || c.Reporter != r.Address() {
			t.Fatalf("challenge %+v outside the hour", c)
		}
		switch c.Node {
		case node:
			toNode++
		case late:
			toLate++
			if at.Before(judge.EpochStart(hour).Add(30 * time.Minute)) {
				t.Fatalf("a challenge to the late node before it was seen: %v", at)
			}
		}
	}
	relay.mu.Unlock()
	if toNode != 6 || toLate != 3 {
		t.Fatalf("%d challenges to the node, %d to the one seen at half past; want 6 and 3", toNode, toLate)
	}
	obs := r.Observations(node, hour)
	if len(obs) != 6 {
		t.Fatalf("%d observations", len(obs))
	}
	judge.Check(obs, judge.DefaultAnswerDeadline, common.HexToAddress("0xb0b"), judge.Keys{node: common.HexToAddress("0xb0b")}, judge.Seen{})
	for _, o := range obs {
		if o.Status != judge.AnswerValid {
			t.Fatalf("observation %+v: %s", o.Challenge, o.Status)
		}
	}
	// A second answer to a nonce, and one to a nonce never sent: ignored.
	first := obs[0]
	relay.mu.Lock()
	dup := relay.answers[0]
	dup.Answer.AnsweredAt++
	seq++
	dup.Seq = seq
	stray := dup
	stray.Answer.Challenge.Nonce[0] ^= 1
	seq++
	stray.Seq = seq
	relay.answers = append(relay.answers, dup, stray)
	relay.mu.Unlock()
	r.Step(ctx)
	if again := r.Observations(node, hour); len(again) != 6 || again[0].Answer.Digest != first.Answer.Digest {
		t.Fatal("a second answer replaced the first")
	}
	// The relay fails for a while: said once, and once when it works.
	relay.mu.Lock()
	relay.down = true
	relay.mu.Unlock()
	for m := 0; m < 5; m++ {
		clk.Set(judge.EpochStart(hour + 1).Add(time.Duration(m) * time.Minute))
		r.Step(ctx)
	}
	relay.mu.Lock()
	relay.down = false
	relay.mu.Unlock()
	r.Step(ctx)
	if n := strings.Count(logs.String(), "the relay is failing"); n != 1 || strings.Count(logs.String(), "works again") != 1 {
		t.Fatalf("logs:\n%s", logs.String())
	}
	// Challenges the relay lost are challenges without answers.
	lost := 0
	for _, o := range r.Observations(node, hour+1) {
		if o.Answer == nil {
			lost++
		}
	}
	if lost == 0 {
		t.Fatal("no unanswered challenge while the relay was down")
	}
	// Keep hours: the first hour is forgotten three hours on.
	clk.Set(judge.EpochStart(hour + 3))
	r.Step(ctx)
	if len(r.Observations(node, hour)) != 0 {
		t.Fatal("observations older than Keep are kept")
	}
}
