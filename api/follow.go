package api

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/hourglass-exchange/hourglass/api/wire"
	"github.com/hourglass-exchange/hourglass/internal/bus"
	"github.com/hourglass-exchange/hourglass/internal/health"
)

// followed is a bus topic a gateway follows once however many connections
// read it: the market-data topics (topic) and the account topics
// (privTopic) both are.
type followed interface {
	comparable
	// addRef changes the topic's reference count and returns the new one.
	addRef(delta int) int
	// stop cancels the topic's follow loop; done is closed once it ended.
	stop()
	doneC() <-chan struct{}
}

// followTable holds the followed topics of one kind, by bus topic. Topics are
// created on first acquire and dropped Options.TopicLinger after their
// last release, so that REST requests and clients that come and go find
// them live instead of re-reading the bus snapshot each time. Lock order:
// followTable.mu before the topic's own lock.
type followTable[T followed] struct {
	s      *Server
	mu     sync.Mutex
	topics map[wire.Topic]T
	closed bool
}

func newFollowTable[T followed](s *Server) followTable[T] {
	return followTable[T]{s: s, topics: make(map[wire.Topic]T)}
}

// acquire returns the topic k, made by start (which must begin following
// it) if no one holds it. Every acquire is paired with a release.
func (ft *followTable[T]) acquire(k wire.Topic, start func() T) (T, *Error) {
	ft.mu.Lock()
	defer ft.mu.Unlock()
	var zero T
	if ft.closed {
		return zero, errorf(CodeUnavailable, "server shutting down")
	}
	t, ok := ft.topics[k]
	if !ok {
		t = start()
		ft.topics[k] = t
		ft.s.m.topics.Inc()
	}
	t.addRef(1)
	return t, nil
}

// release drops a reference to the topic k.
func (ft *followTable[T]) release(k wire.Topic, t T) {
	if t.addRef(-1) != 0 {
		return
	}
	// The linger (and followBus's backoff) run on the wall clock, not
	// Options.Clock: they pace the gateway's own use of the bus, which no
	// client sees, and a test's fake clock would only stall them.
	time.AfterFunc(ft.s.opts.TopicLinger, func() {
		ft.mu.Lock()
		defer ft.mu.Unlock()
		if cur, ok := ft.topics[k]; ok && cur == t && t.addRef(0) == 0 {
			delete(ft.topics, k)
			ft.s.m.topics.Dec()
			t.stop()
		}
	})
}

// close stops every topic and waits for their loops.
func (ft *followTable[T]) close() {
	ft.mu.Lock()
	ft.closed = true
	ts := make([]T, 0, len(ft.topics))
	for _, t := range ft.topics {
		ts = append(ts, t)
		t.stop()
	}
	ft.mu.Unlock()
	for _, t := range ts {
		<-t.doneC()
	}
}

// followBus subscribes to topic name until ctx ends, handing each
// subscription to follow and subscribing again (with capped exponential
// backoff) when follow returns: a hole no snapshot covers, the gateway
// falling behind, or a state that rejects an update. A bus that cannot
// subscribe (Redis down, or not up yet at start) is logged once for the
// whole gateway, and once again when it subscribes again; each topic
// keeps trying by itself, so the market list and every followed topic come
// back without anyone's help.
func followBus(ctx context.Context, s *Server, name wire.Topic, follow func(context.Context, *bus.Subscription) error) {
	log := s.log.With("topic", string(name))
	backoff := health.Backoff{Base: 100 * time.Millisecond, Max: followBackoffMax}
	for ctx.Err() == nil {
		sub, err := s.opts.Bus.Subscribe(ctx, string(name))
		if err != nil {
			if ctx.Err() == nil && !errors.Is(err, bus.ErrClosed) {
				s.busDown.Failed("subscribe to "+string(name), err)
			}
		} else {
			s.busDown.OK()
			began := time.Now()
			err = follow(ctx, sub)
			sub.Close()
			if ctx.Err() == nil {
				log.Warn("re-subscribing to the bus", "err", err)
				s.m.topicResyncs.Inc()
			}
			if time.Since(began) >= followBackoffMax {
				// It ran a while: a new problem, not the same one again.
				backoff.Reset()
			}
		}
		t := time.NewTimer(backoff.Next())
		select {
		case <-ctx.Done():
			t.Stop()
		case <-t.C:
		}
	}
}

// followBackoffMax caps the wait between two subscribes of one topic.
const followBackoffMax = 5 * time.Second
