package reporter

import (
	"context"
	"crypto/ecdsa"
	crand "crypto/rand"
	"encoding/binary"
	"errors"
	"log/slog"
	"math/rand/v2"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/oracle/attest"
	"github.com/hourglass-exchange/hourglass/oracle/challenge"
	"github.com/hourglass-exchange/hourglass/oracle/judge"
)

// Relay is how a reporter reaches the nodes: the redeemer's challenge
// relay, through the gateway (api/client's ReporterLink) or in process.
type Relay interface {
	// PostChallenge queues a challenge for its node.
	PostChallenge(ctx context.Context, c challenge.Challenge) error
	// Answers returns the answers to the reporter's challenges after seq
	// after, oldest first, with their seq.
	Answers(ctx context.Context, after uint64) ([]Collected, error)
}

// Collected is an answer as the relay hands it over.
type Collected struct {
	Seq    uint64           `json:"seq"`
	Answer challenge.Answer `json:"answer"`
}

// Config configures a Reporter.
type Config struct {
	// Key is the reporter's key (registered with the oracle's contract).
	Key   *ecdsa.PrivateKey
	Relay Relay
	// Nodes returns the node keys to challenge now: those with leases
	// open in the hour.
	Nodes func() []common.Address
	// PerHour is how many challenges each node gets per hour (default 4),
	// at times drawn uniformly at random in the hour, unknown to the node.
	PerHour int
	// CollectEvery is how often answers are collected (default 1s).
	CollectEvery time.Duration
	// Keep is how many hours of observations are kept (default 3).
	Keep int
	// Attest verifies the CC attestation in the answers (cc.go,
	// VerifyCC); nil: attest.DefaultVerifier(), NVIDIA's pinned root with
	// OCSP over the network.
	Attest *attest.Verifier
	// Seed seeds the draw of challenge times (0: from crypto/rand).
	Seed  uint64
	Clock clock.Clock
	Log   *slog.Logger
}

// Reporter challenges the nodes at random times each hour and keeps what
// came back, per node and hour, as the judge's observations.
type Reporter struct {
	cfg  Config
	addr common.Address
	clk  clock.Clock
	log  *slog.Logger
	rnd  *rand.Rand

	mu      sync.Mutex
	plan    map[uint64]map[common.Address][]time.Time // hour -> node -> challenge times still to send
	sent    map[common.Address][]*sentChallenge       // node -> its challenges, oldest first
	byNonce map[common.Hash]*sentChallenge
	after   uint64 // the last answer seq collected
	failing string // the relay error already said
	ccFault string // the verifier's own failure already said
}

type sentChallenge struct {
	c        challenge.Challenge
	answer   *challenge.Answer
	received time.Time
	cc       CCResult // the answer's attestation verdict (cc.go)
}

// New returns a Reporter.
func New(cfg Config) (*Reporter, error) {
	if cfg.Key == nil || cfg.Relay == nil || cfg.Nodes == nil {
		return nil, errors.New("reporter: Key, Relay and Nodes are required")
	}
	if cfg.PerHour <= 0 {
		cfg.PerHour = 4
	}
	if cfg.CollectEvery <= 0 {
		cfg.CollectEvery = time.Second
	}
	if cfg.Keep <= 0 {
		cfg.Keep = 3
	}
	if cfg.Attest == nil {
		cfg.Attest = attest.DefaultVerifier()
	}
	seed := cfg.Seed
	if seed == 0 {
		var b [8]byte
		if _, err := crand.Read(b[:]); err != nil {
			return nil, err
		}
		seed = binary.LittleEndian.Uint64(b[:])
	}
	log := cfg.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Reporter{cfg: cfg, addr: crypto.PubkeyToAddress(cfg.Key.PublicKey), clk: clock.Or(cfg.Clock), log: log,
		rnd: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), plan: map[uint64]map[common.Address][]time.Time{},
		sent: map[common.Address][]*sentChallenge{}, byNonce: map[common.Hash]*sentChallenge{}}, nil
}

// Address is the reporter's address.
func (r *Reporter) Address() common.Address { return r.addr }

// Run challenges and collects until ctx ends.
func (r *Reporter) Run(ctx context.Context) error {
	t := r.clk.NewTicker(r.cfg.CollectEvery)
	defer t.Stop()
	for {
		r.Step(ctx)
		select {
		case <-ctx.Done():
			return nil
		case <-t.C():
		}
	}
}

// Step does what is due now: plans the hour's challenges of nodes not
// planned yet, sends those whose time came, collects answers, forgets
// hours older than Keep.
func (r *Reporter) Step(ctx context.Context) {
	now := r.clk.Now()
	hour := judge.EpochOf(now)
	var due []challenge.Challenge
	r.mu.Lock()
	p := r.plan[hour]
	if p == nil {
		p = map[common.Address][]time.Time{}
		r.plan[hour] = p
	}
	for _, n := range r.cfg.Nodes() {
		if _, ok := p[n]; ok {
			continue
		}
		// A node first seen mid-hour gets its challenges in the rest of
		// the hour, as many as a whole hour's share of it.
		start := judge.EpochStart(hour)
		if now.After(start) {
			start = now
		}
		span := judge.EpochStart(hour + 1).Sub(start)
		k := max(1, int(float64(r.cfg.PerHour)*span.Seconds()/judge.EpochSeconds+0.5))
		var ts []time.Time
		for i := 0; i < k; i++ {
			ts = append(ts, start.Add(time.Duration(r.rnd.Int64N(int64(span)))))
		}
		sort.Slice(ts, func(i, j int) bool { return ts[i].Before(ts[j]) })
		p[n] = ts
	}
	for n, ts := range p {
		for len(ts) > 0 && !ts[0].After(now) {
			ts = ts[1:]
			nonce, err := challenge.NewNonce()
			if err != nil {
				continue
			}
			due = append(due, challenge.Challenge{Reporter: r.addr, Node: n, Nonce: nonce, IssuedAt: now.UnixMilli()})
		}
		p[n] = ts
	}
	for h := range r.plan {
		if h < hour {
			delete(r.plan, h) // an hour gone: what it did not send is not sent
		}
	}
	oldest := judge.EpochStart(hour + 1 - uint64(r.cfg.Keep))
	for n, cs := range r.sent {
		i := 0
		for i < len(cs) && time.UnixMilli(cs[i].c.IssuedAt).Before(oldest) {
			delete(r.byNonce, cs[i].c.Nonce)
			i++
		}
		if i == len(cs) {
			delete(r.sent, n)
		} else {
			r.sent[n] = cs[i:]
		}
	}
	r.mu.Unlock()

	var failed error
	for _, c := range due {
		// Recorded before it is posted: a challenge the relay loses is a
		// challenge without an answer, as it is to the judge.
		sc := &sentChallenge{c: c}
		r.mu.Lock()
		r.sent[c.Node] = append(r.sent[c.Node], sc)
		r.byNonce[c.Nonce] = sc
		r.mu.Unlock()
		if err := r.cfg.Relay.PostChallenge(ctx, c); err != nil {
			failed = err
		}
	}
	got, err := r.cfg.Relay.Answers(ctx, r.after)
	if err != nil {
		failed = err
	}
	var fresh []*sentChallenge
	r.mu.Lock()
	for _, a := range got {
		if a.Seq > r.after {
			r.after = a.Seq
		}
		sc := r.byNonce[a.Answer.Challenge.Nonce]
		if sc == nil || sc.answer != nil {
			continue // not ours, forgotten, or a second answer: the first stands
		}
		ans := a.Answer
		sc.answer, sc.received = &ans, r.clk.Now()
		fresh = append(fresh, sc)
	}
	r.mu.Unlock()
	r.verifyCC(ctx, fresh)
	r.mu.Lock()
	was := r.failing
	switch {
	case failed != nil && was != failed.Error():
		r.failing = failed.Error()
		r.log.Error("reporter: the relay is failing; challenges go unanswered", "reporter", r.addr, "err", failed)
	case failed == nil && was != "":
		r.failing = ""
		r.log.Info("reporter: the relay works again", "reporter", r.addr)
	}
	r.mu.Unlock()
}

// Observations returns the reporter's challenges to node sent in hour,
// oldest first, each with what came back, as the judge takes them
// (Observe; judge.Check sets their status).
func (r *Reporter) Observations(node common.Address, hour uint64) []judge.Observation {
	from, to := judge.EpochStart(hour), judge.EpochStart(hour+1)
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []judge.Observation
	for _, sc := range r.sent[node] {
		at := time.UnixMilli(sc.c.IssuedAt)
		if at.Before(from) || !at.Before(to) {
			continue
		}
		o := Observe(sc.c, sc.answer, sc.received)
		if sc.answer != nil {
			o.CC = sc.cc.Verdict
		}
		out = append(out, o)
	}
	return out
}

// NextDue is the earliest time a planned challenge is still to be sent
// (zero: none planned); Pending counts the challenges sent within
// judge.DefaultAnswerDeadline before now with no answer yet. Tests that
// drive a fake clock step by them.
func (r *Reporter) NextDue() time.Time {
	r.mu.Lock()
	defer r.mu.Unlock()
	var next time.Time
	for _, p := range r.plan {
		for _, ts := range p {
			if len(ts) > 0 && (next.IsZero() || ts[0].Before(next)) {
				next = ts[0]
			}
		}
	}
	return next
}

// Pending: see NextDue.
func (r *Reporter) Pending() int {
	now := r.clk.Now()
	r.mu.Lock()
	defer r.mu.Unlock()
	n := 0
	for _, cs := range r.sent {
		for _, sc := range cs {
			if sc.answer == nil && now.Sub(time.UnixMilli(sc.c.IssuedAt)) < judge.DefaultAnswerDeadline {
				n++
			}
		}
	}
	return n
}
