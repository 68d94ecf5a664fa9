package bus

import (
	"context"
	"log/slog"
	"slices"
	"sync"

	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/health"
)

// Options tune a Fanout and Local.
type Options struct {
	// QueueLen bounds the live messages a Subscription holds for its reader
	// (its memory is at most about twice this); one more and the
	// Subscription is closed with ErrSlowConsumer. Default 8192.
	QueueLen int
	// Retention bounds the log Local keeps of each topic for subscribers to
	// catch up from (default DefaultRetention); ShortRetention that of the
	// topics named by ShortPrefixes (default DefaultShortRetention and
	// DefaultShortPrefixes: the accounts' private topics).
	Retention      Retention
	ShortRetention Retention
	ShortPrefixes  []string
	// Clock dates the retained messages (default clock.Real).
	Clock clock.Clock
	// Logger receives transport errors and slow-consumer closures. Default
	// slog.Default().
	Logger *slog.Logger
	// Health, if set, is told of every failed and successful read of the
	// Feed, and logs an outage once (redisbus shares its own). Default: one
	// of the Fanout's own, named "bus".
	Health *health.Dependency
}

func (o Options) withDefaults() Options {
	if o.QueueLen <= 0 {
		o.QueueLen = 8192
	}
	o.Retention = o.Retention.or(DefaultRetention)
	o.ShortRetention = o.ShortRetention.or(DefaultShortRetention)
	if o.ShortPrefixes == nil {
		o.ShortPrefixes = DefaultShortPrefixes
	}
	o.Clock = clock.Or(o.Clock)
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	return o
}

// Fanout hands the live messages of one process's Feed to all its
// Subscriptions. A topic is followed on the Feed once, however many
// Subscriptions take it, and each message is queued to each of them in
// memory, never waiting for one.
type Fanout struct {
	feed Feed
	opts Options
	log  *slog.Logger

	followMu sync.Mutex      // serializes Follow and Unfollow; taken before mu
	followed map[string]bool // guarded by followMu: what the Feed follows now

	mu     sync.RWMutex
	topics map[string][]*Subscription // copied on write: Deliver reads without holding mu
	subs   map[*Subscription]struct{}
	closed bool
}

// NewFanout returns a Fanout over feed. The Feed calls Deliver with live
// messages and Recheck after it may have lost some.
func NewFanout(feed Feed, opts Options) *Fanout {
	opts = opts.withDefaults()
	if opts.Health == nil {
		opts.Health = health.New("bus", opts.Logger, opts.Clock)
	}
	return &Fanout{
		feed:     feed,
		opts:     opts,
		log:      opts.Logger,
		followed: make(map[string]bool),
		topics:   make(map[string][]*Subscription),
		subs:     make(map[*Subscription]struct{}),
	}
}

// Subscribe starts a Subscription to topics. It ends with Close, with
// ErrSlowConsumer, or with ctx.Err() once ctx is done.
func (f *Fanout) Subscribe(ctx context.Context, topics ...string) (*Subscription, error) {
	s := &Subscription{
		fanout: f,
		wake:   make(chan struct{}, 1),
		done:   make(chan struct{}),
		topics: make(map[string]*topicState),
		q:      queue{max: f.opts.QueueLen},
	}
	f.mu.Lock()
	if f.closed {
		f.mu.Unlock()
		return nil, ErrClosed
	}
	f.subs[s] = struct{}{}
	f.mu.Unlock()
	if err := s.Add(ctx, topics...); err != nil {
		s.Close()
		return nil, err
	}
	s.mu.Lock()
	s.stop = context.AfterFunc(ctx, func() { s.closeWith(context.Cause(ctx)) })
	s.mu.Unlock()
	return s, nil
}

// Deliver queues msgs, live messages of topic in Seq order, to every
// Subscription of topic. It never blocks on a subscriber: one whose queue
// overflows is closed with ErrSlowConsumer.
func (f *Fanout) Deliver(topic string, msgs []Message) {
	if len(msgs) == 0 {
		return
	}
	f.mu.RLock()
	subs := f.topics[topic]
	f.mu.RUnlock()
	for _, s := range subs {
		s.push(msgs)
	}
}

// Recheck makes every Subscription of topics (all topics when none are
// given) read the retained log for messages it may have missed. A Feed calls
// it after it may have lost live messages, e.g. after a reconnect, once the
// topics are followed again.
func (f *Fanout) Recheck(topics ...string) {
	f.mu.RLock()
	var subs []*Subscription
	if len(topics) == 0 {
		for s := range f.subs {
			subs = append(subs, s)
		}
	} else {
		seen := make(map[*Subscription]bool)
		for _, t := range topics {
			for _, s := range f.topics[t] {
				if !seen[s] {
					seen[s] = true
					subs = append(subs, s)
				}
			}
		}
	}
	f.mu.RUnlock()
	for _, s := range subs {
		s.recheck(topics)
	}
}

// Topics returns the topics the Feed follows now.
func (f *Fanout) Topics() []string {
	f.followMu.Lock()
	defer f.followMu.Unlock()
	var ts []string
	for t := range f.followed {
		ts = append(ts, t)
	}
	slices.Sort(ts)
	return ts
}

// Close closes every Subscription with ErrClosed and refuses new ones.
func (f *Fanout) Close() {
	f.mu.Lock()
	f.closed = true
	var subs []*Subscription
	for s := range f.subs {
		subs = append(subs, s)
	}
	f.mu.Unlock()
	for _, s := range subs {
		s.closeWith(ErrClosed)
	}
}

func (f *Fanout) register(s *Subscription, topics []string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, t := range topics {
		f.topics[t] = append(slices.Clip(f.topics[t]), s)
	}
}

func (f *Fanout) unregister(s *Subscription, topics []string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, t := range topics {
		subs := slices.DeleteFunc(slices.Clone(f.topics[t]), func(x *Subscription) bool { return x == s })
		if len(subs) == 0 {
			delete(f.topics, t)
		} else {
			f.topics[t] = subs
		}
	}
}

func (f *Fanout) forget(s *Subscription) {
	f.mu.Lock()
	delete(f.subs, s)
	f.mu.Unlock()
}

// reconcile makes the Feed follow exactly those of topics that have a
// Subscription. Follow returns only once the topic is live, so a
// Subscription that reconciles after registering receives every message
// published after reconcile returns.
func (f *Fanout) reconcile(ctx context.Context, topics []string) error {
	f.followMu.Lock()
	defer f.followMu.Unlock()
	var follow, unfollow []string
	f.mu.RLock()
	for _, t := range topics {
		want := len(f.topics[t]) > 0
		switch {
		case want && !f.followed[t]:
			follow = append(follow, t)
		case !want && f.followed[t]:
			unfollow = append(unfollow, t)
		}
	}
	f.mu.RUnlock()
	if len(unfollow) > 0 {
		for _, t := range unfollow {
			delete(f.followed, t)
		}
		if err := f.feed.Unfollow(ctx, unfollow...); err != nil {
			f.log.Warn("bus: unfollow", "topics", unfollow, "err", err)
		}
	}
	if len(follow) > 0 {
		if err := f.feed.Follow(ctx, follow...); err != nil {
			// It may have taken effect in part; undo it.
			_ = f.feed.Unfollow(context.WithoutCancel(ctx), follow...)
			return err
		}
		for _, t := range follow {
			f.followed[t] = true
		}
	}
	return nil
}
