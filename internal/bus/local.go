package bus

import (
	"context"
	"sort"
	"sync"
)

// Local is the in-process Bus of the embedded default: publisher and
// subscribers share one process, the retained log and the snapshots live in
// memory, and Publish hands each message straight to the subscribers'
// queues. Nothing is lost in transit, so its subscribers see a gap only when
// the publisher's Seq jumps.
type Local struct {
	fanout *Fanout
	retain int

	mu     sync.Mutex
	topics map[string]*localTopic
	closed bool
}

var (
	_ Bus  = (*Local)(nil)
	_ Feed = (*localFeed)(nil)
)

// localTopic is the retained state of one topic.
type localTopic struct {
	log  []Message // the newest messages, oldest first, at most 2×retain
	snap Message
	has  bool // snap is set
}

func (t *localTopic) head() uint64 {
	if len(t.log) == 0 {
		return 0
	}
	return t.log[len(t.log)-1].Seq
}

// NewLocal returns an empty in-process bus.
func NewLocal(opts Options) *Local {
	opts = opts.withDefaults()
	l := &Local{retain: opts.Retain, topics: make(map[string]*localTopic)}
	l.fanout = NewFanout((*localFeed)(l), opts)
	return l
}

// Publish appends msgs to their topics' logs and queues them to the
// subscribers, in order. A message at or below its topic's newest Seq is
// dropped as a duplicate.
func (l *Local) Publish(ctx context.Context, msgs ...Message) error {
	if err := CheckPublish(msgs); err != nil {
		return err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		return ErrClosed
	}
	// Deliver runs of one topic together; under l.mu, so that concurrent
	// publishers of a topic (which they should not be) cannot reorder it.
	var run []Message
	flush := func() {
		if len(run) > 0 {
			l.fanout.Deliver(run[0].Topic, run)
			run = nil
		}
	}
	for _, m := range msgs {
		t := l.topic(m.Topic)
		if m.Seq <= t.head() {
			continue
		}
		t.log = append(t.log, m)
		if len(t.log) >= 2*l.retain {
			t.log = append(t.log[:0:0], t.log[len(t.log)-l.retain:]...)
		}
		if len(run) > 0 && run[0].Topic != m.Topic {
			flush()
		}
		run = append(run, m)
	}
	flush()
	return nil
}

// SetSnapshot stores the state of topic as of seq.
func (l *Local) SetSnapshot(ctx context.Context, topic string, seq uint64, data []byte) error {
	if err := CheckTopic(topic); err != nil {
		return err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		return ErrClosed
	}
	t := l.topic(topic)
	t.snap, t.has = Message{Topic: topic, Seq: seq, Data: data, Kind: KindSnapshot}, true
	return nil
}

// Subscribe starts a Subscription to topics.
func (l *Local) Subscribe(ctx context.Context, topics ...string) (*Subscription, error) {
	return l.fanout.Subscribe(ctx, topics...)
}

// Close ends every Subscription with ErrClosed; Publish then fails.
func (l *Local) Close() error {
	l.mu.Lock()
	l.closed = true
	l.mu.Unlock()
	l.fanout.Close()
	return nil
}

func (l *Local) topic(name string) *localTopic {
	t := l.topics[name]
	if t == nil {
		t = &localTopic{}
		l.topics[name] = t
	}
	return t
}

// localFeed is Local seen from its Fanout: every published message is
// delivered, so following costs nothing.
type localFeed Local

func (f *localFeed) Follow(ctx context.Context, topics ...string) error   { return nil }
func (f *localFeed) Unfollow(ctx context.Context, topics ...string) error { return nil }

func (f *localFeed) Snapshot(ctx context.Context, topic string) (Message, bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	t := f.topics[topic]
	if t == nil || !t.has {
		return Message{}, false, nil
	}
	return t.snap, true, nil
}

func (f *localFeed) Since(ctx context.Context, topic string, after uint64, limit int) ([]Message, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	t := f.topics[topic]
	if t == nil {
		return nil, nil
	}
	i := sort.Search(len(t.log), func(i int) bool { return t.log[i].Seq > after })
	n := min(len(t.log)-i, limit)
	return append([]Message(nil), t.log[i:i+n]...), nil
}

func (f *localFeed) Head(ctx context.Context, topic string) (uint64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if t := f.topics[topic]; t != nil {
		return t.head(), nil
	}
	return 0, nil
}
