// Package bus is the fan-out between the engine process, which publishes
// market data and private events, and the gateways, which serve them to
// websocket clients. The embedded default runs it in one process (Local);
// package redisbus runs the same contract over Redis, so that several gateway
// processes serve the same markets and accounts consistently.
//
// # Topics, sequence numbers and snapshots
//
// A topic is a named, ordered stream: "book.<market>", "trades.<market>",
// "account.<address>". Its single publisher (the engine process, behind the
// sequencer) numbers the messages itself, each Seq one above the one before,
// starting at 1. The bus never invents sequence numbers: it keeps the
// publisher's, in the publisher's order. A message whose Seq is at or below
// one the bus already holds for the topic is a duplicate (a publisher
// re-publishing after a restart) and is dropped, so publishing is idempotent.
// A Seq that jumps ahead is accepted; subscribers then see a gap and recover
// as below. A bus that outlives its publisher (Redis) is a Resumer: a
// restarted publisher continues every topic above the highest Seq the bus
// ever held, so its messages are never taken for duplicates of the old ones
// and a subscriber that stayed sees the jump and re-syncs from the new
// snapshot.
//
// The publisher also stores a snapshot per topic with SetSnapshot: the whole
// state (an L2 book, say) as of a Seq. It need not do so on every message: the
// bus keeps the most recent messages of each topic (the retained log, bounded
// by a Retention: count, bytes and age) and a new subscriber joins the
// snapshot to the messages after it. The publisher must store a snapshot more
// often than the log retains messages, or a new subscriber may find a hole
// between the two (which it then crosses with a gap marker).
//
// # Delivery
//
// A Subscription delivers, for each of its topics and in Seq order:
//
//  1. when the topic is added: a KindSnapshot message carrying the snapshot
//     and its Seq, if the topic has one (a topic without snapshots, like a
//     trade tape, starts with the next message instead);
//  2. then every KindUpdate message with Seq one above the message before it,
//     no duplicate and no hole.
//
// Live messages are buffered from the moment the topic is added, before the
// snapshot is read, and those at or below the snapshot's Seq are dropped, so
// nothing falls between the snapshot and the stream.
//
// When a live message is not the next one (the transport lost some, a Redis
// connection dropped, the publisher's Seq jumped), the Subscription re-syncs
// by itself instead of handing the hole to its reader: it fills the hole from
// the retained log, which the reader never notices; if the log no longer
// reaches back, it delivers the topic's current snapshot again (KindSnapshot:
// replace all state of the topic) followed by the messages after it; and
// only if no snapshot covers the hole either, it delivers a KindGap marker
// whose Seq is the last lost message, so the reader knows that what it holds
// for the topic is incomplete. Snapshot and Gap both mean "the next update
// has Seq+1".
//
// After its transport may have lost messages (a Redis reconnect: Fanout's
// Recheck), a Subscription also compares the end of the log with the
// snapshot: a snapshot beyond the log's end stands for messages that never
// reached the bus (the publisher dropped them while the bus was down, or the
// bus restarted empty), and it is delivered at once, even on a topic that
// stays quiet afterwards.
//
// Messages of different topics are not ordered relative to each other.
//
// # Slow consumers
//
// Publish never waits for a subscriber. Each Subscription has a bounded queue
// of live messages; when it overflows, the Subscription is closed with
// ErrSlowConsumer (the gateway should tell its client why and disconnect it),
// and every other subscriber and the publisher carry on.
//
// # Sharing
//
// Data is shared, not copied: Publish and SetSnapshot keep the slices they are
// given, and every subscriber of a topic receives the same slice. Neither side
// may modify Data after handing it over or receiving it.
//
// # Locks
//
// Where more than one of these mutexes is held, they are taken in this order:
// Local.mu, then Fanout.mu, then Subscription.mu. Fanout.followMu is taken
// before all of them and never while one is held.
package bus

import (
	"context"
	"errors"
	"fmt"
)

var (
	// ErrSlowConsumer closes a Subscription whose reader fell so far behind
	// that its queue overflowed.
	ErrSlowConsumer = errors.New("bus: slow consumer")
	// ErrClosed is returned by a Subscription after Close, and by a Bus
	// after its Close.
	ErrClosed = errors.New("bus: closed")
	// ErrInvalid is returned for a message or topic the bus cannot carry.
	ErrInvalid = errors.New("bus: invalid message")
	// ErrStateLost is returned by a Publish or SetSnapshot that took effect
	// on a bus that lost what it held since this publisher's last call
	// (Redis restarted empty): the publisher must store every snapshot
	// again, or subscribers joining now find none.
	ErrStateLost = errors.New("bus: the bus lost its snapshots and logs")
)

// Kind says what a delivered Message carries.
type Kind uint8

const (
	// KindUpdate is one change to the topic, the one after Seq-1. Publish
	// takes only updates.
	KindUpdate Kind = iota
	// KindSnapshot carries the whole state of the topic as of Seq: the reader
	// replaces whatever it held for the topic.
	KindSnapshot
	// KindGap says that messages up to and including Seq were lost and no
	// snapshot covers them; Data is nil.
	KindGap
)

func (k Kind) String() string {
	switch k {
	case KindUpdate:
		return "update"
	case KindSnapshot:
		return "snapshot"
	case KindGap:
		return "gap"
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

// Message is one item of a topic.
type Message struct {
	Topic string
	Seq   uint64
	Data  []byte
	// Kind is KindUpdate for everything published; a Subscription sets the
	// other kinds.
	Kind Kind
}

// Publisher is the engine side of the bus.
type Publisher interface {
	// Publish sends msgs, in order per topic. Calls that carry the same
	// topic must not run concurrently: a topic has a single writer.
	Publish(ctx context.Context, msgs ...Message) error
	// SetSnapshot stores the state of topic as of seq, replacing the one
	// before.
	SetSnapshot(ctx context.Context, topic string, seq uint64, data []byte) error
}

// Resumer is a bus that may outlive its publisher (Redis): it remembers the
// highest Seq it was ever given, published or snapshotted, on any topic, so
// that a restarted publisher numbers every topic above it and the sequence
// numbers a subscriber sees never go backwards across restarts (api/publish
// does so before it publishes anything).
type Resumer interface {
	HighSeq(ctx context.Context) (uint64, error)
}

// Subscriber is the gateway side of the bus.
type Subscriber interface {
	// Subscribe starts a Subscription to topics. It ends when Close is
	// called, when it falls behind (ErrSlowConsumer), or when ctx is done.
	Subscribe(ctx context.Context, topics ...string) (*Subscription, error)
}

// Bus is both sides together, as the in-process and the Redis
// implementations offer them.
type Bus interface {
	Publisher
	Subscriber
	Close() error
}

// Feed is the transport under a Fanout: how live messages of a topic reach
// this process, and where a Subscription reads what it missed. Local and
// redisbus implement it; nothing else needs to.
type Feed interface {
	// Follow returns once every message published to topics from then on
	// will reach the Fanout through Deliver.
	Follow(ctx context.Context, topics ...string) error
	// Unfollow stops the live messages of topics.
	Unfollow(ctx context.Context, topics ...string) error
	// Snapshot returns the topic's snapshot (Kind KindSnapshot); ok is false
	// when it has none.
	Snapshot(ctx context.Context, topic string) (m Message, ok bool, err error)
	// Since returns up to limit retained messages of topic with Seq above
	// after, oldest first.
	Since(ctx context.Context, topic string, after uint64, limit int) ([]Message, error)
	// Head returns the Seq of the newest retained message of topic, 0 if
	// none.
	Head(ctx context.Context, topic string) (uint64, error)
}

// CheckPublish reports whether msgs may be published: non-empty topics,
// sequence numbers from 1, updates only. Publishers call it first, so that a
// bad batch changes nothing.
func CheckPublish(msgs []Message) error {
	for _, m := range msgs {
		if err := CheckTopic(m.Topic); err != nil {
			return err
		}
		if m.Seq == 0 {
			return fmt.Errorf("%w: %s: seq 0 (sequence numbers start at 1)", ErrInvalid, m.Topic)
		}
		if m.Kind != KindUpdate {
			return fmt.Errorf("%w: %s: publish of a %v", ErrInvalid, m.Topic, m.Kind)
		}
	}
	return nil
}

// CheckTopic reports whether topic is a name the bus can carry.
func CheckTopic(topic string) error {
	if topic == "" {
		return fmt.Errorf("%w: empty topic", ErrInvalid)
	}
	return nil
}
