package node_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/api"
	"github.com/hourglass-exchange/hourglass/api/client"
	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/contracts/deploy"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/node"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
	"github.com/hourglass-exchange/hourglass/oracle/challenge"
	"github.com/hourglass-exchange/hourglass/oracle/judge"
	"github.com/hourglass-exchange/hourglass/oracle/reporter"
	"github.com/hourglass-exchange/hourglass/redeemer/agent"
	"github.com/hourglass-exchange/hourglass/redeemer/service"
)

// The oracle's loop under faults, end to end in the operator as the demo
// runs it (TestOracleSettlesLease is the loop without them): a node that
// goes silent, answers replayed and forged on the relay, and a reorg that
// drops a posted report.

// jumpClock is the wall clock, moved ahead at will: its timers and tickers
// are real (the node's loops keep their pace) while Now jumps, so that a
// test reaches the redeemer's NodeLostAfter without waiting ten minutes.
type jumpClock struct{ off atomic.Int64 }

var _ clock.Clock = (*jumpClock)(nil)

func (c *jumpClock) Now() time.Time                         { return time.Now().Add(time.Duration(c.off.Load())) }
func (c *jumpClock) NewTimer(d time.Duration) clock.Timer   { return clock.Real{}.NewTimer(d) }
func (c *jumpClock) NewTicker(d time.Duration) clock.Ticker { return clock.Real{}.NewTicker(d) }
func (c *jumpClock) Jump(d time.Duration)                   { c.off.Add(int64(d)) }

// judgeLease is the lease as the judge agrees on it, still open: what the
// reporters' own evidence alone decides.
func (o *oracleRun) judgeLease() (judge.Lease, judge.Keys) {
	provider := common.HexToAddress(o.lease(o.leaseID).Provider)
	l := judge.Lease{ID: o.lid, Holder: o.buyer, Provider: provider, Node: o.in.DemoNode, GPUs: 1,
		StartHour: judge.EpochOf(o.start), Hours: uint64(o.lease(o.leaseID).Hours), RunningAt: o.start}
	return l, judge.Keys{o.in.DemoNode: provider}
}

// noAnswerEvidence checks that every reporter challenged the node in hour
// h, got no valid answer, and on that evidence alone (the lease taken as
// open: no close decides the hour) judges it undelivered node_lost.
func (o *oracleRun) noAnswerEvidence(h uint64) {
	o.t.Helper()
	l, keys := o.judgeLease()
	p := judge.Params{Domain: judge.Domain{ChainID: o.in.ChainID, VerifyingContract: o.in.Contracts.Oracle}}
	for _, rep := range o.in.Reporters {
		obs := rep.Observations(o.in.DemoNode, h)
		judge.Check(obs, judge.DefaultAnswerDeadline, l.Provider, keys, judge.Seen{})
		if len(obs) == 0 {
			o.t.Fatalf("reporter %s sent no challenge in hour %d", rep.Address(), h)
		}
		for _, ob := range obs {
			if ob.Status == judge.AnswerValid {
				o.t.Fatalf("reporter %s: a valid answer in hour %d from a node that no longer answers", rep.Address(), h)
			}
		}
		vs, err := rep.JudgeHour(p, h, []judge.Lease{l}, keys, nil)
		if err != nil {
			o.t.Fatal(err)
		}
		if len(vs) != 1 || vs[0].Outcome != judge.Undelivered || vs[0].Reason != judge.NodeLost || vs[0].Problems&judge.ProblemNoAnswer == 0 {
			o.t.Fatalf("reporter %s on its own evidence: %+v", rep.Address(), vs)
		}
	}
}

// TestOracleSilentAgent: a two-hour lease runs on the demo node; its agent
// answers the first hour's challenges, then stops (the node goes silent:
// no poll, no answer) at the second hour's start. Every reporter's
// challenges of the second hour go unanswered, which alone judges it
// undelivered node_lost; ten minutes of silence later (the node's clock
// jumped) the redeemer closes the lease node_lost, on-chain too. The
// quorum judges hour one delivered and hour two undelivered node_lost, the
// report is posted and final, and the lease settles: the holder is paid
// the settlement price for the silent GPU-hour out of the provider's
// collateral.
func TestOracleSilentAgent(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	nclk := &jumpClock{}
	o := startOracleLease(t, ctx, node.Config{Clock: nclk, MarkClock: clock.Real{}}, oracleLease{Hours: 2})
	h1 := judge.EpochOf(o.start)
	o.driveHour(h1, nil)

	// Silent from the second hour on.
	o.in.StopDemoAgent()
	o.at(judge.EpochStart(h1 + 1).Add(time.Minute))
	o.planned(h1 + 1)
	o.driveHour(h1+1, nil)
	o.noAnswerEvidence(h1 + 1)

	// Ten minutes unheard on the redeemer's clock: node_lost.
	if l := o.lease(o.leaseID); l.State != "running" {
		t.Fatalf("the lease before the silence passed NodeLostAfter: %+v", l)
	}
	nclk.Jump(service.DefaultNodeLostAfter + time.Minute)
	l := o.waitLease(o.leaseID, "closed node_lost on-chain", func(l client.Lease) bool {
		return l.State == "closed" && l.ChainState == "closed"
	})
	if l.Reason != "node_lost" || l.ChainReason != "node_lost" {
		t.Fatalf("closed: %+v", l)
	}

	before, closed := o.cash(), o.settlement()
	st := o.settle(h1+1, 1, 1)
	paid := new(big.Int).Sub(o.cash(), before)
	price := o.settlementPrice()
	want := new(big.Int).Set(price)
	if st.Collateral.Cmp(want) < 0 {
		want.Set(st.Collateral)
	}
	if paid.Sign() <= 0 || paid.Cmp(want) != 0 {
		t.Fatalf("the holder was paid %s for the silent GPU-hour, want %s (price %s, lease collateral %s; before %+v)", paid, want, price, st.Collateral, closed)
	}
	r1, ok1 := o.hourResult(h1)
	r2, ok2 := o.hourResult(h1 + 1)
	if !ok1 || !ok2 || r1.Outcome != judge.Delivered || r2.Outcome != judge.Undelivered || r2.Reason != judge.NodeLost {
		t.Fatalf("the quorum: hour 1 %+v, hour 2 %+v", r1, r2)
	}
	d := o.lease(o.leaseID).Delivery
	if d == nil || d.DeliveredGPUHours != 1 || d.UndeliveredGPUHours != 1 || len(d.Reasons) != 1 || d.Reasons[0] != "node_lost" {
		t.Fatalf("the gateway's delivery %+v", d)
	}
	t.Logf("lease %s: hour 1 delivered, hour 2 silent: undelivered node_lost; closed node_lost by the redeemer; the holder was paid %s (settlement price %s, lease collateral %s)",
		o.leaseID, paid, price, st.Collateral)
}

// nodeAttacker holds the demo node's gateway session, not its key: it
// sees the node's challenges and posts answers replayed and forged.
type nodeAttacker struct {
	o      *oracleRun
	link   *client.AgentLink // the node's session
	stolen []byte            // a valid answer of the node's, collected by a reporter earlier
	forger *client.AgentLink // signed in with a key that is no node's
	done   map[common.Hash]bool
	codes  map[string]map[string]int // attack -> refusal code -> count
	forged []judge.Observation       // what a relay that let them through would have handed a reporter
}

func (a *nodeAttacker) refused(attack string, err error) {
	code := "accepted"
	var ce *client.Error
	switch {
	case errors.As(err, &ce):
		code = ce.Code
	case err != nil:
		a.o.t.Fatalf("%s: %v", attack, err)
	}
	if a.codes[attack] == nil {
		a.codes[attack] = map[string]int{}
	}
	a.codes[attack][code]++
}

// step answers every challenge waiting for the node, once each, three
// ways: the stolen answer re-posted as it is; the stolen answer's
// signature on the new challenge; the new challenge with the node's
// evidence signed by another key. And a key that is no node's posts one.
func (a *nodeAttacker) step() {
	o := a.o
	raw, err := a.link.Assignments(o.ctx)
	if err != nil {
		o.t.Fatal(err)
	}
	var as agent.Assignments
	if err := json.Unmarshal(raw, &as); err != nil {
		o.t.Fatal(err)
	}
	var old challenge.Answer
	if err := json.Unmarshal(a.stolen, &old); err != nil {
		o.t.Fatal(err)
	}
	other, _ := crypto.GenerateKey()
	for _, c := range as.Challenges {
		if a.done[c.Nonce] {
			continue
		}
		a.done[c.Nonce] = true
		a.refused("replayed", a.link.Answer(o.ctx, a.stolen))

		re := old
		re.Challenge = c
		b, _ := json.Marshal(re)
		a.refused("replayed on the new challenge", a.link.Answer(o.ctx, b))

		fa := challenge.Answer{Challenge: c, AnsweredAt: time.Now().UnixMilli(), Evidence: old.Evidence}
		dg, err := fa.Digest()
		if err != nil {
			o.t.Fatal(err)
		}
		if fa.Signature, err = crypto.Sign(dg[:], other); err != nil {
			o.t.Fatal(err)
		}
		b, _ = json.Marshal(fa)
		a.refused("forged", a.link.Answer(o.ctx, b))
		a.refused("from a key that is no node's", a.forger.Answer(o.ctx, b))

		// Had the relay let them through, the reporter's judge would
		// take them as it takes any answer: received now, for c.
		recv := time.UnixMilli(c.IssuedAt).Add(time.Second)
		a.forged = append(a.forged, reporter.Observe(c, &old, recv), reporter.Observe(c, &re, recv), reporter.Observe(c, &fa, recv))
	}
}

// stolenAnswer is one of the node's valid answers as reporter key k
// collects it from the relay (GET /v1/oracle/answers).
func (o *oracleRun) stolenAnswer(k int) []byte {
	o.t.Helper()
	b, err := (&client.ReporterLink{BaseURL: o.gw, Key: node.DemoReporterKeys(3)[k]}).Answers(o.ctx, 0)
	if err != nil {
		o.t.Fatal(err)
	}
	var out struct {
		Answers []struct {
			Answer json.RawMessage `json:"answer"`
		} `json:"answers"`
	}
	if err := json.Unmarshal(b, &out); err != nil || len(out.Answers) == 0 {
		o.t.Fatalf("GET /v1/oracle/answers: %s %v", b, err)
	}
	return out.Answers[0].Answer
}

// TestOracleReplayedAndForgedAnswers: a two-hour lease runs on the demo
// node, whose agent answers the first hour and then stops; in the second
// hour someone holding the node's gateway session but not its key answers
// each challenge with the node's earlier valid answer re-posted, that
// answer's signature on the new challenge, and the node's evidence signed
// by another key, and a key that is no node's posts too. The relay refuses
// every one (unknown_challenge, bad_answer, not_lease_node) and none reaches
// a reporter; had one got through, the judge takes it as no answer
// (replayed, forged). The quorum judges the hour undelivered node_lost,
// never delivered.
func TestOracleReplayedAndForgedAnswers(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	o := startOracleLease(t, ctx, node.Config{}, oracleLease{Hours: 2})
	h1 := judge.EpochOf(o.start)
	o.driveHour(h1, nil)
	stolen := o.stolenAnswer(0)

	o.in.StopDemoAgent()
	a := &nodeAttacker{o: o, stolen: stolen, link: &client.AgentLink{BaseURL: o.gw, Key: deploy.DemoNodeKey(0)},
		done: map[common.Hash]bool{}, codes: map[string]map[string]int{}}
	fk, _ := crypto.GenerateKey()
	a.forger = &client.AgentLink{BaseURL: o.gw, Key: fk}
	o.at(judge.EpochStart(h1 + 1).Add(time.Minute))
	o.planned(h1 + 1)
	a.step()
	o.driveHour(h1+1, a.step)
	if len(a.done) == 0 {
		t.Fatal("the attacker saw no challenge")
	}
	t.Logf("%d challenges attacked: %v", len(a.done), a.codes)
	want := map[string]api.Code{"replayed": api.CodeUnknownChallenge, "replayed on the new challenge": api.CodeBadAnswer,
		"forged": api.CodeBadAnswer, "from a key that is no node's": api.CodeNotLeaseNode}
	for attack, code := range want {
		if got := a.codes[attack]; len(got) != 1 || got[string(code)] != len(a.done) {
			t.Errorf("%s: refusals %v, want %s for each of %d", attack, got, code, len(a.done))
		}
	}
	// Nothing got through: the hour's evidence is no answer at all.
	o.noAnswerEvidence(h1 + 1)
	// Had the relay passed them on, the judge would not count them.
	l, keys := o.judgeLease()
	judge.Check(a.forged, judge.DefaultAnswerDeadline, l.Provider, keys, judge.Seen{})
	for i, ob := range a.forged {
		if want := []judge.AnswerStatus{judge.AnswerReplayed, judge.AnswerForged, judge.AnswerForged}[i%3]; ob.Status != want {
			t.Errorf("attack %d: the judge says %s, want %s", i, ob.Status, want)
		}
	}
	v, err := judge.JudgeHour(judge.Params{}, judge.HourInput{Reporter: o.in.Reporters[0].Address(), Lease: l, Hour: h1 + 1,
		Observations: retarget(a.forged, o.in.Reporters[0].Address())})
	if err != nil || v.Outcome != judge.Undelivered || v.Reason != judge.NodeLost {
		t.Fatalf("the hour on the attacks' answers alone: %+v %v", v, err)
	}

	// The quorum: hour 1 delivered, hour 2 node_lost.
	o.at(judge.EpochStart(h1 + 2).Add(3 * time.Minute))
	testsvc.CheckFor(t, 30*time.Second, 100*time.Millisecond, func() error {
		o.oclk.Advance(time.Second)
		if _, ok := o.hourResult(h1 + 1); !ok {
			return errors.New("hour 2 not judged yet")
		}
		return nil
	})
	r1, _ := o.hourResult(h1)
	r2, _ := o.hourResult(h1 + 1)
	if r1.Outcome != judge.Delivered || r2.Outcome != judge.Undelivered || r2.Reason != judge.NodeLost {
		t.Fatalf("the quorum: hour 1 %+v, hour 2 %+v", r1, r2)
	}
	if d := o.lease(o.leaseID).Delivery; d == nil || d.DeliveredGPUHours != 1 || d.UndeliveredGPUHours != 1 || len(d.Reasons) != 1 || d.Reasons[0] != "node_lost" {
		t.Fatalf("the gateway's delivery %+v", d)
	}
}

// retarget makes observations reporter's (the attacks' challenges are
// every reporter's).
func retarget(obs []judge.Observation, reporter common.Address) []judge.Observation {
	var out []judge.Observation
	for _, o := range obs {
		if o.Challenge.Reporter == reporter {
			out = append(out, o)
		}
	}
	return out
}

// logLines keeps the operator's log lines, message and attributes, for
// tests that look for what a part said.
type logLines struct {
	mu    sync.Mutex
	lines []string
	times []time.Time
}

func (l *logLines) Enabled(context.Context, slog.Level) bool { return true }
func (l *logLines) WithAttrs([]slog.Attr) slog.Handler       { return l }
func (l *logLines) WithGroup(string) slog.Handler            { return l }
func (l *logLines) Handle(_ context.Context, r slog.Record) error {
	var b strings.Builder
	b.WriteString(r.Message)
	r.Attrs(func(a slog.Attr) bool {
		fmt.Fprintf(&b, " %s=%v", a.Key, a.Value)
		return true
	})
	l.mu.Lock()
	l.lines, l.times = append(l.lines, b.String()), append(l.times, r.Time)
	l.mu.Unlock()
	return nil
}

// count counts the lines holding every one of parts.
func (l *logLines) count(parts ...string) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := 0
next:
	for _, s := range l.lines {
		for _, p := range parts {
			if !strings.Contains(s, p) {
				continue next
			}
		}
		n++
	}
	return n
}

// first is when the first line holding msg was logged (zero: none).
func (l *logLines) first(msg string) time.Time {
	l.mu.Lock()
	defer l.mu.Unlock()
	for i, s := range l.lines {
		if strings.Contains(s, msg) {
			return l.times[i]
		}
	}
	return time.Time{}
}

// oracleLogs are the DeliveryOracle's events of kind (ReportPosted,
// LeaseSettled) on the canonical chain.
func (o *oracleRun) oracleLogs(topic common.Hash) []types.Log {
	o.t.Helper()
	logs, err := o.eth.FilterLogs(o.ctx, ethereum.FilterQuery{Addresses: []common.Address{o.in.Contracts.Oracle},
		Topics: [][]common.Hash{{topic}}})
	if err != nil {
		o.t.Fatal(err)
	}
	return logs
}

// TestOracleReorgUnderReport: a one-hour lease runs on the demo node and
// completes; the quorum judges the hour delivered and the operator posts
// the epoch's report. The embedded chain then reorganises from the block
// before the report (deeper than the confirmations) and its pool forgets
// the report's transaction: only the operator's sender, seeing its key's
// nonce fall under a mined request's, can put it back. It does (and says
// so): the report is on the canonical chain again in another block, with
// the same root, becomes final, and the lease settles exactly once with
// the report's figures (one GPU-hour delivered, none undelivered).
func TestOracleReorgUnderReport(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	logs := &logLines{}
	o := startOracleLease(t, ctx, node.Config{Logger: slog.New(logs)}, oracleLease{Hours: 1})
	dev, miner := o.in.EmbeddedChain()
	if dev == nil || miner == nil {
		t.Fatal("no embedded chain")
	}
	h1 := judge.EpochOf(o.start)
	o.driveHour(h1, nil)

	// The window's end: the lease completes, on-chain too, before the
	// blocks the reorg drops.
	judgeAt := judge.EpochStart(h1 + 1).Add(2 * time.Minute)
	o.moveTo(judgeAt)
	o.waitLease(o.leaseID, "completed on-chain", func(l client.Lease) bool { return l.ChainState == "closed" && l.Reason == "completed" })
	base, err := o.eth.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	// The quorum judges the hour and posts its report.
	woke := time.Now()
	o.oclk.Set(judgeAt)
	ob := bindings.NewDeliveryOracle()
	report := func() bindings.DeliveryOracleReport {
		rep, err := ob.UnpackReport(o.call(o.in.Contracts.Oracle, ob.PackReport(h1)))
		if err != nil {
			t.Fatal(err)
		}
		return rep
	}
	testsvc.CheckFor(t, 30*time.Second, 50*time.Millisecond, func() error {
		o.oclk.Advance(time.Second)
		if report().PostedAt == 0 || logs.first("oracle: report posted").IsZero() {
			return errors.New("no report posted yet")
		}
		return nil
	})
	posted := report()
	// The figure docs/oracle.md quotes: from the epoch's end to its report
	// mined on the embedded chain, past the quorum's fixed delay.
	judged, mined := logs.first("oracle: epoch judged"), logs.first("oracle: report posted")
	if judged.IsZero() || mined.IsZero() {
		t.Fatal("the quorum did not say it judged and posted")
	}
	t.Logf("epoch end to report posted: 2m0s (the quorum's delay) + %s (judged %s, then mined and seen %s)",
		mined.Sub(woke).Round(time.Millisecond), judged.Sub(woke).Round(time.Millisecond), mined.Sub(judged).Round(time.Millisecond))
	topic := crypto.Keccak256Hash([]byte("ReportPosted(uint64,bytes32,uint256,uint256)"))
	first := o.oracleLogs(topic)
	if len(first) != 1 || first[0].BlockNumber <= base.Number.Uint64() {
		t.Fatalf("ReportPosted %+v after block %d", first, base.Number)
	}

	// The reorg: the simulated node forks only with an empty pool, so
	// commit and fork until it takes; its pool then forgets what the
	// dropped blocks held, and the new branch grows past the old head.
	miner.Pause(true)
	testsvc.CheckFor(t, 10*time.Second, 5*time.Millisecond, func() error {
		dev.Commit()
		return dev.Backend.Fork(base.Hash())
	})
	dev.Backend.Rollback()
	testsvc.CheckFor(t, 10*time.Second, 5*time.Millisecond, func() error {
		dev.Commit()
		h, err := o.eth.HeaderByNumber(ctx, new(big.Int).SetUint64(first[0].BlockNumber))
		if err != nil || h.Hash() == first[0].BlockHash {
			return fmt.Errorf("the report's block %d still canonical (%v)", first[0].BlockNumber, err)
		}
		return nil
	})
	miner.Pause(false)
	reportKey := fmt.Sprintf("oracle-report-%d", h1)
	testsvc.CheckFor(t, 30*time.Second, 50*time.Millisecond, func() error {
		if rep := report(); rep.PostedAt == 0 || rep.Root != posted.Root {
			return fmt.Errorf("the report after the reorg: %+v (was %+v)", rep, posted)
		}
		return nil
	})
	again := o.oracleLogs(topic)
	if len(again) != 1 || again[0].BlockHash == first[0].BlockHash {
		t.Fatalf("ReportPosted after the reorg %+v, before %+v", again, first)
	}
	if n := logs.count("no longer on the chain", "key="+reportKey); n == 0 {
		t.Fatal("the operator's sender did not say it sent the report again")
	}

	// Final a minute later; the lease settles once, from the report.
	st := o.settle(h1, 1, 0)
	var settled []*bindings.DeliveryOracleLeaseSettled
	for _, l := range o.oracleLogs(crypto.Keccak256Hash([]byte("LeaseSettled(uint256,uint64,uint256,uint256,uint256,uint256,uint256)"))) {
		l := l
		ev, err := ob.UnpackLeaseSettledEvent(&l)
		if err != nil {
			t.Fatal(err)
		}
		settled = append(settled, ev)
	}
	if len(settled) != 1 || settled[0].LeaseId.Uint64() != o.lid || settled[0].Epoch != h1 || settled[0].Delivered.Uint64() != 1 ||
		settled[0].Undelivered.Sign() != 0 {
		t.Fatalf("LeaseSettled events %+v", settled)
	}
	r, ok := o.hourResult(h1)
	if !ok || r.Outcome != judge.Delivered {
		t.Fatalf("the quorum's hour %+v", r)
	}
	t.Logf("report of epoch %d: block %d, dropped by a reorg to block %d, sent again by the operator: block %d; lease %s settled once (%d delivered, %d undelivered)",
		h1, first[0].BlockNumber, base.Number, again[0].BlockNumber, o.leaseID, st.Delivered, st.Undelivered)
}
