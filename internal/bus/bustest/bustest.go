// Package bustest is the conformance suite that every bus implementation
// passes: the in-process Local and the Redis adapter run the same tests.
package bustest

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/internal/bus"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// Env is one deployment of a bus under test: the engine's publisher and a
// way to start gateway processes.
type Env struct {
	Publisher bus.Publisher
	// Gateway returns the subscriber side of one more gateway process. Over
	// Redis each call opens its own connections, as a separate process
	// would; in process it may return the same bus every time.
	Gateway func(t *testing.T) bus.Subscriber
}

// NewEnv starts a fresh, empty deployment whose gateways use opts.
type NewEnv func(t *testing.T, opts bus.Options) Env

// timeout bounds every wait of the suite.
const timeout = 20 * time.Second

// Run runs the suite against the implementation that newEnv starts.
func Run(t *testing.T, newEnv NewEnv) {
	tests := []struct {
		name string
		fn   func(*testing.T, NewEnv)
	}{
		{"OrderPerTopic", testOrderPerTopic},
		{"TwoGatewaysSeeTheSame", testTwoGateways},
		{"JoinMidStream", testJoinMidStream},
		{"SlowConsumer", testSlowConsumer},
		{"SeqJumpResyncsFromSnapshot", testSeqJumpSnapshot},
		{"SeqJumpWithoutSnapshotIsGap", testSeqJumpGap},
		{"DuplicatesDropped", testDuplicates},
		{"InvalidPublish", testInvalid},
		{"AddRemove", testAddRemove},
		{"Close", testClose},
		{"Context", testContext},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, newEnv) })
	}
}

// Feeder is a test publisher: each topic's state is a running checksum of
// its updates, and a snapshot carries the checksum, so a subscriber that
// applies what it receives must end on the publisher's checksum.
type Feeder struct {
	Pub bus.Publisher

	mu    sync.Mutex
	seq   map[string]uint64
	state map[string]uint64
}

// NewFeeder returns a Feeder publishing through pub.
func NewFeeder(pub bus.Publisher) *Feeder {
	return &Feeder{Pub: pub, seq: make(map[string]uint64), state: make(map[string]uint64)}
}

// Apply is the state machine of a test topic: the checksum after an update.
func Apply(state uint64, update []byte) uint64 {
	return (state ^ binary.BigEndian.Uint64(update)) * 1099511628211
}

// Messages returns the next n updates of topic and advances the topic's
// state as if they were published. The update data is the Seq times a
// constant, so that it differs per message.
func (f *Feeder) Messages(topic string, n int) []bus.Message {
	f.mu.Lock()
	defer f.mu.Unlock()
	msgs := make([]bus.Message, n)
	for i := range msgs {
		f.seq[topic]++
		seq := f.seq[topic]
		data := binary.BigEndian.AppendUint64(nil, seq*0x9e3779b97f4a7c15)
		f.state[topic] = Apply(f.state[topic], data)
		msgs[i] = bus.Message{Topic: topic, Seq: seq, Data: data}
	}
	return msgs
}

// Publish publishes the next n updates of each of topics, interleaved.
func (f *Feeder) Publish(t testing.TB, topics []string, n int) {
	t.Helper()
	var batch []bus.Message
	per := make([][]bus.Message, len(topics))
	for i, topic := range topics {
		per[i] = f.Messages(topic, n)
	}
	for j := range n {
		for i := range topics {
			batch = append(batch, per[i][j])
		}
	}
	if err := f.Pub.Publish(context.Background(), batch...); err != nil {
		t.Fatalf("publish: %v", err)
	}
}

// Snapshot stores topic's current state as its snapshot.
func (f *Feeder) Snapshot(t testing.TB, topic string) uint64 {
	t.Helper()
	f.mu.Lock()
	seq, state := f.seq[topic], f.state[topic]
	f.mu.Unlock()
	if err := f.Pub.SetSnapshot(context.Background(), topic, seq, binary.BigEndian.AppendUint64(nil, state)); err != nil {
		t.Fatalf("snapshot: %v", err)
	}
	return seq
}

// Jump moves topic's Seq forward by n without publishing, as a publisher
// that lost messages would.
func (f *Feeder) Jump(topic string, n uint64) {
	f.mu.Lock()
	f.seq[topic] += n
	f.mu.Unlock()
}

// State returns topic's Seq and checksum.
func (f *Feeder) State(topic string) (seq, state uint64) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.seq[topic], f.state[topic]
}

// Replica is what a gateway client rebuilds of the topics from a
// Subscription.
type Replica struct {
	Seq   map[string]uint64
	State map[string]uint64
	Log   []bus.Message // everything received, in order
	Kinds map[bus.Kind]int
}

// NewReplica returns an empty Replica.
func NewReplica() *Replica {
	return &Replica{Seq: map[string]uint64{}, State: map[string]uint64{}, Kinds: map[bus.Kind]int{}}
}

// Apply takes one delivered message and checks that it continues the topic.
func (r *Replica) Apply(m bus.Message) error {
	r.Log = append(r.Log, m)
	r.Kinds[m.Kind]++
	last, seen := r.Seq[m.Topic]
	switch m.Kind {
	case bus.KindSnapshot:
		if seen && m.Seq < last {
			return fmt.Errorf("%s: snapshot at %d after %d", m.Topic, m.Seq, last)
		}
		r.State[m.Topic] = binary.BigEndian.Uint64(m.Data)
	case bus.KindGap:
		if seen && m.Seq <= last {
			return fmt.Errorf("%s: gap to %d after %d", m.Topic, m.Seq, last)
		}
	case bus.KindUpdate:
		if seen && m.Seq != last+1 {
			return fmt.Errorf("%s: update %d after %d", m.Topic, m.Seq, last)
		}
		r.State[m.Topic] = Apply(r.State[m.Topic], m.Data)
	}
	r.Seq[m.Topic] = m.Seq
	return nil
}

// ReadUntil reads sub into r until every topic of want has reached its Seq.
func (r *Replica) ReadUntil(t testing.TB, sub *bus.Subscription, want map[string]uint64) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	for !r.reached(want) {
		m, err := sub.Next(ctx)
		if err != nil {
			t.Fatalf("next (have %v, want %v): %v", r.Seq, want, err)
		}
		if err := r.Apply(m); err != nil {
			t.Fatal(err)
		}
	}
}

func (r *Replica) reached(want map[string]uint64) bool {
	for topic, seq := range want {
		if r.Seq[topic] < seq {
			return false
		}
	}
	return true
}

func subscribe(t testing.TB, s bus.Subscriber, topics ...string) *bus.Subscription {
	t.Helper()
	sub, err := s.Subscribe(context.Background(), topics...)
	if err != nil {
		t.Fatalf("subscribe %v: %v", topics, err)
	}
	t.Cleanup(func() { sub.Close() })
	return sub
}

func next(t testing.TB, sub *bus.Subscription) bus.Message {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	m, err := sub.Next(ctx)
	if err != nil {
		t.Fatalf("next: %v", err)
	}
	return m
}

// expect reads len(want) messages and compares Topic, Seq and Kind.
func expect(t testing.TB, sub *bus.Subscription, want ...bus.Message) {
	t.Helper()
	for i, w := range want {
		m := next(t, sub)
		if m.Topic != w.Topic || m.Seq != w.Seq || m.Kind != w.Kind {
			t.Fatalf("message %d: got %s %d %v, want %s %d %v", i, m.Topic, m.Seq, m.Kind, w.Topic, w.Seq, w.Kind)
		}
	}
}

func upd(topic string, seqs ...uint64) []bus.Message {
	var ms []bus.Message
	for _, s := range seqs {
		ms = append(ms, bus.Message{Topic: topic, Seq: s, Kind: bus.KindUpdate})
	}
	return ms
}

func seqRange(from, to uint64) []uint64 {
	var s []uint64
	for i := from; i <= to; i++ {
		s = append(s, i)
	}
	return s
}

func want(f *Feeder, topics ...string) map[string]uint64 {
	w := map[string]uint64{}
	for _, t := range topics {
		w[t], _ = f.State(t)
	}
	return w
}

// checkStates fails unless r holds the publisher's state of every topic.
func checkStates(t testing.TB, f *Feeder, r *Replica, topics ...string) {
	t.Helper()
	for _, topic := range topics {
		seq, state := f.State(topic)
		if r.Seq[topic] != seq || r.State[topic] != state {
			t.Fatalf("%s: replica at %d %x, publisher at %d %x", topic, r.Seq[topic], r.State[topic], seq, state)
		}
	}
}

func testOrderPerTopic(t *testing.T, newEnv NewEnv) {
	env := newEnv(t, bus.Options{})
	f := NewFeeder(env.Publisher)
	topics := []string{"book.a", "trades.a", "account.0x01"}
	f.Snapshot(t, "book.a") // the empty book at 0
	sub := subscribe(t, env.Gateway(t), topics...)
	for range 20 {
		f.Publish(t, topics, 10)
	}
	r := NewReplica()
	r.ReadUntil(t, sub, want(f, topics...))
	checkStates(t, f, r, topics...)
	if r.Kinds[bus.KindSnapshot] != 1 || r.Kinds[bus.KindGap] != 0 || r.Kinds[bus.KindUpdate] != 600 {
		t.Fatalf("kinds: %v", r.Kinds)
	}
	// Per topic: exactly 1..200 in order (the snapshot first for the book).
	for _, topic := range topics {
		var seqs []uint64
		for _, m := range r.Log {
			if m.Topic == topic && m.Kind == bus.KindUpdate {
				seqs = append(seqs, m.Seq)
			}
		}
		if !slices.Equal(seqs, seqRange(1, 200)) {
			t.Fatalf("%s: got seqs %v", topic, seqs)
		}
	}
	if m := r.Log[0]; m.Topic == "book.a" && m.Kind != bus.KindSnapshot {
		t.Fatalf("book.a began with %v", m.Kind)
	}
}

func testTwoGateways(t *testing.T, newEnv NewEnv) {
	env := newEnv(t, bus.Options{})
	f := NewFeeder(env.Publisher)
	topics := []string{"book.a", "book.b"}
	for _, topic := range topics {
		f.Snapshot(t, topic)
	}
	gw1, gw2 := env.Gateway(t), env.Gateway(t)
	subs := []*bus.Subscription{
		subscribe(t, gw1, topics...), subscribe(t, gw1, topics...),
		subscribe(t, gw2, topics...), subscribe(t, gw2, topics...),
	}
	for i := range 50 {
		f.Publish(t, topics, 10)
		if i%5 == 4 {
			for _, topic := range topics {
				f.Snapshot(t, topic)
			}
		}
	}
	var logs [][]bus.Message
	for _, sub := range subs {
		r := NewReplica()
		r.ReadUntil(t, sub, want(f, topics...))
		checkStates(t, f, r, topics...)
		logs = append(logs, r.Log)
	}
	perTopic := func(log []bus.Message, topic string) []bus.Message {
		return slices.DeleteFunc(slices.Clone(log), func(m bus.Message) bool { return m.Topic != topic })
	}
	for i := 1; i < len(logs); i++ {
		for _, topic := range topics {
			a, b := perTopic(logs[0], topic), perTopic(logs[i], topic)
			if !slices.EqualFunc(a, b, func(x, y bus.Message) bool {
				return x.Seq == y.Seq && x.Kind == y.Kind && string(x.Data) == string(y.Data)
			}) {
				t.Fatalf("subscriber %d saw a different %s sequence (%d vs %d messages)", i, topic, len(b), len(a))
			}
		}
	}
}

func testJoinMidStream(t *testing.T, newEnv NewEnv) {
	env := newEnv(t, bus.Options{})
	f := NewFeeder(env.Publisher)
	const topic, total = "book.a", 3000
	f.Snapshot(t, topic)
	var published atomic.Uint64
	stop := make(chan struct{})
	done := make(chan error, 1)
	go func() {
		defer close(done)
		for published.Load() < total {
			select {
			case <-stop:
				return
			default:
			}
			msgs := f.Messages(topic, 5)
			if err := env.Publisher.Publish(context.Background(), msgs...); err != nil {
				done <- err
				return
			}
			published.Store(msgs[len(msgs)-1].Seq)
			if published.Load()%50 == 0 {
				seq, state := f.State(topic)
				if err := env.Publisher.SetSnapshot(context.Background(), topic, seq, binary.BigEndian.AppendUint64(nil, state)); err != nil {
					done <- err
					return
				}
			}
		}
	}()
	defer close(stop)
	gw := env.Gateway(t)
	var subs []*bus.Subscription
	for _, at := range []uint64{100, 777, 1500, 2222} {
		testsvc.CheckFor(t, timeout, time.Millisecond, func() error {
			if p := published.Load(); p < at {
				return fmt.Errorf("published %d of %d", p, at)
			}
			return nil
		})
		subs = append(subs, subscribe(t, gw, topic))
	}
	if err := <-done; err != nil {
		t.Fatalf("publisher: %v", err)
	}
	for i, sub := range subs {
		r := NewReplica()
		r.ReadUntil(t, sub, map[string]uint64{topic: total})
		checkStates(t, f, r, topic)
		if r.Log[0].Kind != bus.KindSnapshot || r.Kinds[bus.KindSnapshot] != 1 || r.Kinds[bus.KindGap] != 0 {
			t.Fatalf("subscriber %d: began with %v, kinds %v", i, r.Log[0].Kind, r.Kinds)
		}
	}
}

func testSlowConsumer(t *testing.T, newEnv NewEnv) {
	const queueLen = 16
	env := newEnv(t, bus.Options{QueueLen: queueLen})
	f := NewFeeder(env.Publisher)
	const topic = "book.a"
	f.Snapshot(t, topic)
	gw := env.Gateway(t)
	slow := subscribe(t, gw, topic)
	fast := subscribe(t, gw, topic)
	var got atomic.Uint64
	readErr := make(chan error, 1)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		r := NewReplica()
		for {
			m, err := fast.Next(ctx)
			if err == nil {
				err = r.Apply(m)
			}
			if err != nil {
				readErr <- err
				return
			}
			got.Store(m.Seq)
		}
	}()
	for range 25 {
		f.Publish(t, []string{topic}, 4) // never more than the fast reader's queue holds
		seq, _ := f.State(topic)
		testsvc.CheckFor(t, timeout, time.Millisecond, func() error {
			select {
			case err := <-readErr:
				t.Fatalf("fast subscriber: %v", err)
			default:
			}
			if g := got.Load(); g < seq {
				return fmt.Errorf("fast subscriber at %d of %d", g, seq)
			}
			return nil
		})
	}
	testsvc.CheckFor(t, timeout, time.Millisecond, func() error {
		if err := slow.Err(); !errors.Is(err, bus.ErrSlowConsumer) {
			return fmt.Errorf("slow subscriber: Err() = %v", err)
		}
		return nil
	})
	if _, err := slow.Next(context.Background()); !errors.Is(err, bus.ErrSlowConsumer) {
		t.Fatalf("slow Next: %v", err)
	}
	select {
	case <-slow.Done():
	default:
		t.Fatal("Done not closed")
	}
	if fast.Err() != nil {
		t.Fatalf("fast subscriber ended: %v", fast.Err())
	}
}

func testSeqJumpSnapshot(t *testing.T, newEnv NewEnv) {
	env := newEnv(t, bus.Options{})
	f := NewFeeder(env.Publisher)
	const topic = "book.a"
	f.Snapshot(t, topic)
	sub := subscribe(t, env.Gateway(t), topic)
	f.Publish(t, []string{topic}, 10)
	r := NewReplica()
	r.ReadUntil(t, sub, map[string]uint64{topic: 10})
	// The publisher skips ten numbers and stores a snapshot where it
	// resumes: the log has a hole the snapshot covers.
	f.Jump(topic, 10)
	f.Snapshot(t, topic) // at 20
	f.Publish(t, []string{topic}, 10)
	r.ReadUntil(t, sub, map[string]uint64{topic: 30})
	checkStates(t, f, r, topic)
	var got []string
	for _, m := range r.Log {
		got = append(got, fmt.Sprintf("%v%d", m.Kind, m.Seq))
	}
	wantLog := []string{"snapshot0"}
	for i := 1; i <= 10; i++ {
		wantLog = append(wantLog, fmt.Sprintf("update%d", i))
	}
	wantLog = append(wantLog, "snapshot20")
	for i := 21; i <= 30; i++ {
		wantLog = append(wantLog, fmt.Sprintf("update%d", i))
	}
	if !slices.Equal(got, wantLog) {
		t.Fatalf("got %v\nwant %v", got, wantLog)
	}
}

func testSeqJumpGap(t *testing.T, newEnv NewEnv) {
	env := newEnv(t, bus.Options{})
	f := NewFeeder(env.Publisher)
	const topic = "trades.a" // a tape: no snapshots
	sub := subscribe(t, env.Gateway(t), topic)
	f.Publish(t, []string{topic}, 5)
	expect(t, sub, upd(topic, 1, 2, 3, 4, 5)...)
	f.Jump(topic, 4)
	f.Publish(t, []string{topic}, 3)
	expect(t, sub, bus.Message{Topic: topic, Seq: 9, Kind: bus.KindGap})
	expect(t, sub, upd(topic, 10, 11, 12)...)
}

func testDuplicates(t *testing.T, newEnv NewEnv) {
	env := newEnv(t, bus.Options{})
	const topic = "trades.a"
	sub := subscribe(t, env.Gateway(t), topic)
	pub := func(from, to uint64) {
		var msgs []bus.Message
		for s := from; s <= to; s++ {
			msgs = append(msgs, bus.Message{Topic: topic, Seq: s, Data: []byte{byte(s)}})
		}
		if err := env.Publisher.Publish(context.Background(), msgs...); err != nil {
			t.Fatal(err)
		}
	}
	pub(1, 5)
	pub(3, 7) // a publisher restarted from an earlier point
	pub(8, 8)
	expect(t, sub, upd(topic, seqRange(1, 8)...)...)
	// Nothing else is queued: a short wait sees no message.
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if m, err := sub.Next(ctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("after the last message: %v %v", m, err)
	}
}

func testInvalid(t *testing.T, newEnv NewEnv) {
	env := newEnv(t, bus.Options{})
	ctx := context.Background()
	for _, msgs := range [][]bus.Message{
		{{Topic: "", Seq: 1}},
		{{Topic: "a", Seq: 0}},
		{{Topic: "a", Seq: 1, Kind: bus.KindSnapshot}},
		{{Topic: "a", Seq: 1}, {Topic: "", Seq: 1}},
	} {
		if err := env.Publisher.Publish(ctx, msgs...); !errors.Is(err, bus.ErrInvalid) {
			t.Errorf("publish %v: %v", msgs, err)
		}
	}
	if err := env.Publisher.SetSnapshot(ctx, "", 1, nil); !errors.Is(err, bus.ErrInvalid) {
		t.Errorf("snapshot of no topic: %v", err)
	}
	if _, err := env.Gateway(t).Subscribe(ctx, "a", ""); !errors.Is(err, bus.ErrInvalid) {
		t.Errorf("subscribe to no topic: %v", err)
	}
	// The bad batch changed nothing: "a" starts at 1.
	sub := subscribe(t, env.Gateway(t), "a")
	if err := env.Publisher.Publish(ctx, bus.Message{Topic: "a", Seq: 1}); err != nil {
		t.Fatal(err)
	}
	expect(t, sub, upd("a", 1)...)
}

func testAddRemove(t *testing.T, newEnv NewEnv) {
	env := newEnv(t, bus.Options{})
	f := NewFeeder(env.Publisher)
	a, b := "book.a", "book.b"
	f.Snapshot(t, a)
	f.Snapshot(t, b)
	gw := env.Gateway(t)
	sub := subscribe(t, gw, a)
	if err := sub.Add(context.Background(), b, a); err != nil {
		t.Fatal(err)
	}
	if got := sub.Topics(); !slices.Equal(got, []string{a, b}) {
		t.Fatalf("topics %v", got)
	}
	f.Publish(t, []string{a, b}, 5)
	r := NewReplica()
	r.ReadUntil(t, sub, want(f, a, b))
	checkStates(t, f, r, a, b)

	if err := sub.Remove(context.Background(), b); err != nil {
		t.Fatal(err)
	}
	f.Publish(t, []string{b, a}, 5) // b first: had it stayed, it would come first
	f.Publish(t, []string{b}, 5)
	r.Log = nil
	r.ReadUntil(t, sub, want(f, a))
	for _, m := range r.Log {
		if m.Topic == b {
			t.Fatalf("got %s %d after Remove", m.Topic, m.Seq)
		}
	}
	if got := sub.Topics(); !slices.Equal(got, []string{a}) {
		t.Fatalf("topics %v", got)
	}

	// Back again: b starts over from its snapshot.
	f.Snapshot(t, b)
	f.Publish(t, []string{b}, 3)
	if err := sub.Add(context.Background(), b); err != nil {
		t.Fatal(err)
	}
	r.Log = nil
	r.ReadUntil(t, sub, want(f, a, b))
	checkStates(t, f, r, a, b)
	if m := r.Log[0]; m.Topic != b || m.Kind != bus.KindSnapshot || m.Seq != 15 {
		t.Fatalf("re-added topic began with %s %v %d", m.Topic, m.Kind, m.Seq)
	}
}

func testClose(t *testing.T, newEnv NewEnv) {
	env := newEnv(t, bus.Options{})
	gw := env.Gateway(t)
	sub := subscribe(t, gw, "a")
	other := subscribe(t, gw, "a")
	blocked := make(chan error, 1)
	go func() {
		_, err := sub.Next(context.Background())
		blocked <- err
	}()
	sub.Close()
	select {
	case err := <-blocked:
		if !errors.Is(err, bus.ErrClosed) {
			t.Fatalf("Next after Close: %v", err)
		}
	case <-time.After(timeout):
		t.Fatal("Next did not return after Close")
	}
	if err := sub.Add(context.Background(), "b"); !errors.Is(err, bus.ErrClosed) {
		t.Fatalf("Add after Close: %v", err)
	}
	// The other subscription of the topic is untouched.
	if err := env.Publisher.Publish(context.Background(), bus.Message{Topic: "a", Seq: 1}); err != nil {
		t.Fatal(err)
	}
	expect(t, other, upd("a", 1)...)
}

func testContext(t *testing.T, newEnv NewEnv) {
	env := newEnv(t, bus.Options{})
	gw := env.Gateway(t)

	// Next gives up when its own context does, and the Subscription stays.
	sub := subscribe(t, gw, "a")
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	if _, err := sub.Next(ctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Next: %v", err)
	}
	if err := env.Publisher.Publish(context.Background(), bus.Message{Topic: "a", Seq: 1}); err != nil {
		t.Fatal(err)
	}
	expect(t, sub, upd("a", 1)...)

	// The context of Subscribe bounds the Subscription's life.
	life, end := context.WithCancel(context.Background())
	sub2, err := gw.Subscribe(life, "a")
	if err != nil {
		t.Fatal(err)
	}
	end()
	testsvc.CheckFor(t, timeout, time.Millisecond, func() error {
		if err := sub2.Err(); !errors.Is(err, context.Canceled) {
			return fmt.Errorf("Err() = %v", err)
		}
		return nil
	})
	if _, err := sub2.Next(context.Background()); !errors.Is(err, context.Canceled) {
		t.Fatalf("Next after cancel: %v", err)
	}

	// Subscribe with a context already done fails or ends at once.
	dead, kill := context.WithCancel(context.Background())
	kill()
	if sub3, err := gw.Subscribe(dead, "a"); err == nil {
		testsvc.CheckFor(t, timeout, time.Millisecond, func() error {
			if sub3.Err() == nil {
				return errors.New("still open")
			}
			return nil
		})
	}
}
