package bus

import (
	"context"
	"sort"
	"sync"
	"time"
)

// Local is the in-process Bus of the embedded default: publisher and
// subscribers share one process, the retained log and the snapshots live in
// memory, and Publish hands each message straight to the subscribers'
// queues. Nothing is lost in transit, so its subscribers see a gap only when
// the publisher's Seq jumps.
//
// Each topic's log is bounded by its Retention (Options): by count, by the
// bytes of its messages' data, and by age. Ages are checked on every
// Publish of the topic and, for every topic, at most every sweepEvery, so
// that an idle topic gives its log back too.
type Local struct {
	fanout *Fanout
	opts   Options

	mu        sync.Mutex
	topics    map[string]*localTopic
	high      uint64    // the highest Seq published or snapshotted (HighSeq)
	lastSweep time.Time // the last trim of every topic by age
	closed    bool
}

var (
	_ Bus     = (*Local)(nil)
	_ Resumer = (*Local)(nil)
	_ Feed    = (*localFeed)(nil)
)

// localTopic is the retained state of one topic.
type localTopic struct {
	ret    Retention
	log    []Message // the retained messages, oldest first, from log[start]
	at     []int64   // when each was published (unix nanoseconds), parallel to log
	start  int
	bytes  int // data bytes of log[start:]
	snap   Message
	has    bool   // snap is set
	newest uint64 // the newest Seq ever published, retained or not
}

// retained returns the retained messages, oldest first.
func (t *localTopic) retained() []Message { return t.log[t.start:] }

// trim drops messages beyond the topic's retention, given the time now.
func (t *localTopic) trim(now int64) {
	cutoff := now - int64(t.ret.Age)
	for t.start < len(t.log) {
		n := len(t.log) - t.start
		if n <= t.ret.Messages && t.bytes <= t.ret.Bytes && t.at[t.start] >= cutoff {
			break
		}
		t.bytes -= len(t.log[t.start].Data)
		t.log[t.start] = Message{}
		t.start++
	}
	switch {
	case t.start == len(t.log):
		t.log, t.at, t.start = nil, nil, 0
	case t.start > 64 && t.start >= len(t.log)/2:
		t.log = append(t.log[:0:0], t.log[t.start:]...)
		t.at = append(t.at[:0:0], t.at[t.start:]...)
		t.start = 0
	}
}

// sweepEvery is how often Publish trims every topic by age.
const sweepEvery = time.Second

// NewLocal returns an empty in-process bus.
func NewLocal(opts Options) *Local {
	opts = opts.withDefaults()
	l := &Local{opts: opts, topics: make(map[string]*localTopic)}
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
	now := l.opts.Clock.Now()
	ns := now.UnixNano()
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
		if m.Seq <= t.newest {
			continue
		}
		t.newest = m.Seq
		l.high = max(l.high, m.Seq)
		t.log = append(t.log, m)
		t.at = append(t.at, ns)
		t.bytes += len(m.Data)
		t.trim(ns)
		if len(run) > 0 && run[0].Topic != m.Topic {
			flush()
		}
		run = append(run, m)
	}
	flush()
	if now.Sub(l.lastSweep) >= sweepEvery {
		l.lastSweep = now
		l.sweep(ns)
	}
	return nil
}

// sweep trims every topic by age and forgets those left with nothing.
func (l *Local) sweep(now int64) {
	for name, t := range l.topics {
		t.trim(now)
		if len(t.log) == 0 && !t.has && t.newest == 0 {
			delete(l.topics, name)
		}
	}
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
	l.high = max(l.high, seq)
	return nil
}

// HighSeq returns the highest Seq published or snapshotted on this bus. A
// Local lives no longer than its publisher, so only a publisher that is
// rebuilt in the same process needs it.
func (l *Local) HighSeq(ctx context.Context) (uint64, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.high, nil
}

// Retained returns how many messages and data bytes the logs of all topics
// hold now, for tests and benchmarks.
func (l *Local) Retained() (msgs, bytes int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, t := range l.topics {
		msgs += len(t.retained())
		bytes += t.bytes
	}
	return msgs, bytes
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
		t = &localTopic{ret: l.opts.RetentionFor(name)}
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
	log := t.retained()
	i := sort.Search(len(log), func(i int) bool { return log[i].Seq > after })
	n := min(len(log)-i, limit)
	return append([]Message(nil), log[i:i+n]...), nil
}

func (f *localFeed) Head(ctx context.Context, topic string) (uint64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if t := f.topics[topic]; t != nil {
		return t.newest, nil
	}
	return 0, nil
}
