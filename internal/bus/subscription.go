package bus

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/hourglass-exchange/hourglass/internal/health"
)

// sinceLimit is how many retained messages one catch-up read asks for.
const sinceLimit = 1000

// Subscription delivers the messages of its topics, each topic as a snapshot
// followed by every update after it (see the package doc). One goroutine
// reads it with Next; Add, Remove and Close may be called from any other.
type Subscription struct {
	fanout *Fanout

	wake chan struct{} // capacity 1: something was queued
	done chan struct{} // closed with err

	mu      sync.Mutex
	err     error                  // why it ended; nil while open
	stop    func() bool            // stops the context.AfterFunc of Subscribe
	topics  map[string]*topicState // a state is replaced, never reused, when a topic is re-added
	resync  []*topicState          // topics to read the snapshot or log of before anything else
	pending []pendingMessage       // worked out by a catch-up, delivered before the queue
	q       queue                  // live messages
}

// topicState is what a Subscription knows of one topic.
type topicState struct {
	name     string
	synced   bool   // its snapshot (or head) has been read: live messages count
	last     uint64 // Seq of the last message handed to the reader, or queued in pending
	inResync bool   // it is in Subscription.resync
	recheck  bool   // the Feed may have lost messages: the catch-up also looks at the snapshot
}

type pendingMessage struct {
	st *topicState
	m  Message
}

// Next returns the next message of any of the topics. It blocks until there
// is one, ctx is done (ctx.Err()), or the Subscription ends (Err()). While
// the transport under it fails, it retries with backoff, and the
// Subscription's queue keeps filling.
func (s *Subscription) Next(ctx context.Context) (Message, error) {
	s.mu.Lock()
	for {
		if s.err != nil {
			err := s.err
			s.mu.Unlock()
			return Message{}, err
		}
		if len(s.pending) > 0 {
			p := s.pending[0]
			s.pending[0] = pendingMessage{}
			s.pending = s.pending[1:]
			if s.topics[p.m.Topic] == p.st {
				s.mu.Unlock()
				return p.m, nil
			}
			continue
		}
		if len(s.resync) > 0 {
			st := s.resync[0]
			s.resync = s.resync[1:]
			st.inResync = false
			if s.topics[st.name] != st {
				continue
			}
			if err := s.catchUp(ctx, st, nil); err != nil && s.retryLater(st, err) {
				s.mu.Unlock()
				return Message{}, err
			}
			continue
		}
		if m, ok := s.q.pop(); ok {
			st := s.topics[m.Topic]
			switch {
			case st == nil || !st.synced || m.Seq <= st.last:
				// Removed; or not synced yet, and the sync will read this
				// message from the log; or a duplicate.
				continue
			case m.Seq == st.last+1:
				st.last = m.Seq
				s.mu.Unlock()
				return m, nil
			}
			// On failure m is in the log: the next call catches up from there.
			if err := s.catchUp(ctx, st, &m); err != nil && s.retryLater(st, err) {
				s.mu.Unlock()
				return Message{}, err
			}
			continue
		}
		s.mu.Unlock()
		select {
		case <-s.wake:
		case <-s.done:
		case <-ctx.Done():
			return Message{}, ctx.Err()
		}
		s.mu.Lock()
	}
}

// catchUp brings st up to date from the Feed: the retained log after
// st.last, then, where the log has a hole, the snapshot or a gap marker. have is a live message
// beyond st.last+1 that set it off, or nil. What it works out goes to
// s.pending. It is called and returns with s.mu held, and releases it while
// it reads the Feed; it gives up, with an error, when ctx is done, the
// Subscription ends or st is removed.
func (s *Subscription) catchUp(ctx context.Context, st *topicState, have *Message) error {
	feed := s.fanout.feed
	snapChecked := have != nil || !st.recheck
	for {
		var msgs []Message
		err := s.unlocked(ctx, st, func(ctx context.Context) (err error) {
			msgs, err = feed.Since(ctx, st.name, st.last, sinceLimit)
			return err
		})
		if err != nil {
			return err
		}
		var next uint64 // the first Seq known to exist beyond a hole
		progressed := false
		for _, m := range msgs {
			if m.Seq <= st.last {
				continue
			}
			if m.Seq != st.last+1 {
				next = m.Seq
				break
			}
			s.emit(st, m)
			progressed = true
		}
		if next == 0 && progressed && len(msgs) == sinceLimit {
			continue
		}
		if next == 0 && have != nil && have.Seq > st.last+1 {
			next = have.Seq
		}
		if next == 0 && snapChecked {
			break
		}
		if next == 0 {
			// After the Feed may have lost messages (Recheck), the log
			// ends here. A snapshot beyond its end stands for messages
			// that never reached the log (the publisher dropped them
			// while the bus was down, or the bus lost them when it
			// restarted empty): nothing else would tell a quiet topic.
			// Unless the log has moved on meanwhile.
			snapChecked = true
			var (
				snap  Message
				ok    bool
				ahead []Message
			)
			err = s.unlocked(ctx, st, func(ctx context.Context) (err error) {
				if snap, ok, err = feed.Snapshot(ctx, st.name); err != nil || !ok || snap.Seq <= st.last {
					return err
				}
				ahead, err = feed.Since(ctx, st.name, st.last, 1)
				return err
			})
			if err != nil {
				return err
			}
			if !ok || snap.Seq <= st.last {
				break
			}
			if len(ahead) == 0 || ahead[0].Seq != st.last+1 {
				s.emit(st, snap)
			}
			continue
		}
		var (
			snap Message
			ok   bool
		)
		err = s.unlocked(ctx, st, func(ctx context.Context) (err error) {
			snap, ok, err = feed.Snapshot(ctx, st.name)
			return err
		})
		if err != nil {
			return err
		}
		if ok && snap.Seq > st.last && snap.Seq+1 >= next {
			s.emit(st, snap)
			continue
		}
		s.emit(st, Message{Topic: st.name, Seq: next - 1, Kind: KindGap})
	}
	if have != nil && have.Seq == st.last+1 {
		s.emit(st, *have)
	}
	st.recheck = false
	return nil
}

// emit queues m for the reader and moves st to its Seq.
func (s *Subscription) emit(st *topicState, m Message) {
	s.pending = append(s.pending, pendingMessage{st: st, m: m})
	st.last = m.Seq
}

// unlocked runs fn without s.mu, retrying it with backoff while it fails.
// It returns with s.mu held, and an error only when ctx is done, the
// Subscription ended or st was removed meanwhile.
func (s *Subscription) unlocked(ctx context.Context, st *topicState, fn func(context.Context) error) error {
	s.mu.Unlock()
	err := retry(ctx, s, st.name, fn)
	s.mu.Lock()
	switch {
	case err != nil:
		return err
	case s.err != nil:
		return s.err
	case s.topics[st.name] != st:
		return errRemoved
	}
	return nil
}

// retry runs fn until it succeeds, ctx is done or s ends, backing off up
// to retryMax. Failures go to the Fanout's Health, which logs an outage
// once however many topics retry through it.
func retry(ctx context.Context, s *Subscription, topic string, fn func(context.Context) error) error {
	out := s.fanout.opts.Health
	b := health.Backoff{Base: 10 * time.Millisecond, Max: retryMax}
	for {
		err := fn(ctx)
		if err == nil {
			out.OK()
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		out.Failed("catch-up read of "+topic, err)
		t := time.NewTimer(b.Next())
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-s.done:
			t.Stop()
			return ErrClosed
		}
	}
}

// retryMax caps the backoff of a failing catch-up read.
const retryMax = 2 * time.Second

var errRemoved = errors.New("bus: topic removed")

// Add subscribes to more topics; each starts with its snapshot like the
// first ones. Topics already subscribed are left as they are.
func (s *Subscription) Add(ctx context.Context, topics ...string) error {
	for _, t := range topics {
		if err := CheckTopic(t); err != nil {
			return err
		}
	}
	s.mu.Lock()
	if s.err != nil {
		s.mu.Unlock()
		return s.err
	}
	var added []*topicState
	var names []string
	for _, t := range topics {
		if s.topics[t] != nil {
			continue
		}
		st := &topicState{name: t}
		s.topics[t] = st
		added = append(added, st)
		names = append(names, t)
	}
	s.mu.Unlock()
	if len(added) == 0 {
		return nil
	}
	s.fanout.register(s, names)
	if err := s.fanout.reconcile(ctx, names); err != nil {
		_ = s.Remove(context.WithoutCancel(ctx), names...)
		return fmt.Errorf("bus: subscribe %v: %w", names, err)
	}
	// Only now that the topics are live may the snapshot be read: anything
	// published after it reaches the queue. A topic without a snapshot
	// starts after its newest message, so that the reader gets everything
	// published after Add returns. Next reads the log after either.
	type start struct {
		snap Message
		ok   bool
		head uint64
	}
	starts := make([]start, len(added))
	for i, st := range added {
		var err error
		starts[i].snap, starts[i].ok, err = s.fanout.feed.Snapshot(ctx, st.name)
		if err == nil && !starts[i].ok {
			starts[i].head, err = s.fanout.feed.Head(ctx, st.name)
		}
		if err != nil {
			_ = s.Remove(context.WithoutCancel(ctx), names...)
			return fmt.Errorf("bus: subscribe %s: %w", st.name, err)
		}
	}
	s.mu.Lock()
	for i, st := range added {
		if s.topics[st.name] != st {
			continue
		}
		if starts[i].ok {
			s.emit(st, starts[i].snap)
		} else {
			st.last = starts[i].head
		}
		st.synced = true
		if !st.inResync {
			st.inResync = true
			s.resync = append(s.resync, st)
		}
	}
	s.mu.Unlock()
	s.notify()
	return nil
}

// Remove unsubscribes from topics: Next returns nothing more of them, even
// what was queued before.
func (s *Subscription) Remove(ctx context.Context, topics ...string) error {
	s.mu.Lock()
	var removed []string
	for _, t := range topics {
		if s.topics[t] != nil {
			delete(s.topics, t)
			removed = append(removed, t)
		}
	}
	s.mu.Unlock()
	if len(removed) == 0 {
		return nil
	}
	s.fanout.unregister(s, removed)
	return s.fanout.reconcile(ctx, removed)
}

// Topics returns the subscribed topics, sorted.
func (s *Subscription) Topics() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	ts := make([]string, 0, len(s.topics))
	for t := range s.topics {
		ts = append(ts, t)
	}
	slices.Sort(ts)
	return ts
}

// Close ends the Subscription; Next then returns ErrClosed.
func (s *Subscription) Close() error {
	s.closeWith(ErrClosed)
	return nil
}

// Err returns why the Subscription ended (ErrClosed, ErrSlowConsumer, the
// context's error), or nil while it is open.
func (s *Subscription) Err() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.err
}

// Done is closed when the Subscription ends.
func (s *Subscription) Done() <-chan struct{} { return s.done }

// closeWith ends s with err unless it has ended already, and takes it off
// the Fanout. It may be called with Local.mu and Fanout.mu held (by a
// Deliver), so the Fanout's part runs in a goroutine of its own.
func (s *Subscription) closeWith(err error) {
	if err == nil {
		err = ErrClosed
	}
	s.mu.Lock()
	if s.err != nil {
		s.mu.Unlock()
		return
	}
	s.err = err
	close(s.done)
	stop := s.stop
	topics := make([]string, 0, len(s.topics))
	for t := range s.topics {
		topics = append(topics, t)
	}
	s.topics = nil
	s.pending = nil
	s.resync = nil
	s.q = queue{}
	s.mu.Unlock()
	if stop != nil {
		stop()
	}
	if errors.Is(err, ErrSlowConsumer) {
		s.fanout.log.Warn("bus: subscription closed", "topics", topics, "err", err)
	}
	go func() {
		s.fanout.unregister(s, topics)
		s.fanout.forget(s)
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := s.fanout.reconcile(ctx, topics); err != nil {
			s.fanout.log.Warn("bus: unfollow after close", "topics", topics, "err", err)
		}
	}()
}

// push queues live messages; a full queue ends the Subscription.
func (s *Subscription) push(msgs []Message) {
	s.mu.Lock()
	if s.err != nil {
		s.mu.Unlock()
		return
	}
	if !s.q.push(msgs) {
		s.mu.Unlock()
		s.closeWith(fmt.Errorf("%w: more than %d messages queued", ErrSlowConsumer, s.q.max))
		return
	}
	s.mu.Unlock()
	s.notify()
}

// recheck marks topics (all when none are given) for a catch-up from the
// log.
func (s *Subscription) recheck(topics []string) {
	s.mu.Lock()
	mark := func(st *topicState) {
		if st != nil && st.synced {
			st.recheck = true
			if !st.inResync {
				st.inResync = true
				s.resync = append(s.resync, st)
			}
		}
	}
	if len(topics) == 0 {
		for _, st := range s.topics {
			mark(st)
		}
	} else {
		for _, t := range topics {
			mark(s.topics[t])
		}
	}
	s.mu.Unlock()
	s.notify()
}

func (s *Subscription) notify() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// queue is a ring of at most max messages that grows as it fills, so that
// a thousand idle subscriptions cost little.
type queue struct {
	buf        []Message
	head, size int
	max        int
}

// push appends msgs, or reports false if they do not fit under max.
func (q *queue) push(msgs []Message) bool {
	if q.size+len(msgs) > q.max {
		return false
	}
	if q.size+len(msgs) > len(q.buf) {
		n := max(64, 2*len(q.buf))
		for n < q.size+len(msgs) {
			n *= 2
		}
		n = min(n, q.max)
		buf := make([]Message, n)
		for i := range q.size {
			buf[i] = q.buf[(q.head+i)%len(q.buf)]
		}
		q.buf, q.head = buf, 0
	}
	for _, m := range msgs {
		q.buf[(q.head+q.size)%len(q.buf)] = m
		q.size++
	}
	return true
}

func (q *queue) pop() (Message, bool) {
	if q.size == 0 {
		return Message{}, false
	}
	m := q.buf[q.head]
	q.buf[q.head] = Message{}
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return m, true
}

// retryLater queues st to catch up again on the next call to Next after a
// failed catch-up, and reports whether Next should return err: not when the
// subscription has failed for good or st was removed meanwhile. s.mu is
// held.
func (s *Subscription) retryLater(st *topicState, err error) bool {
	if s.topics[st.name] == st && !st.inResync {
		st.inResync = true
		s.resync = append([]*topicState{st}, s.resync...)
	}
	return s.err == nil && !errors.Is(err, errRemoved)
}
