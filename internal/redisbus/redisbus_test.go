package redisbus

import (
	"context"
	"encoding/binary"
	"fmt"
	"log/slog"
	"os"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/hourglass-exchange/hourglass/internal/bus"
	"github.com/hourglass-exchange/hourglass/internal/bus/bustest"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

func TestMain(m *testing.M) { os.Exit(testsvc.Main(m)) }

// quiet keeps expected warnings (slow consumers, killed connections) out of
// the test output unless -v.
func quiet(t testing.TB) *slog.Logger {
	if testing.Verbose() {
		return slog.Default()
	}
	return slog.New(slog.DiscardHandler)
}

// client opens a connection pool of its own to the test's Redis, as a
// separate process would.
func client(t testing.TB, url string) *redis.Client {
	t.Helper()
	opt, err := redis.ParseURL(url)
	if err != nil {
		t.Fatal(err)
	}
	c := redis.NewClient(opt)
	t.Cleanup(func() { c.Close() })
	return c
}

// newBus returns a Bus on a client of its own, closed when the test ends.
func newBus(t testing.TB, url string, opts Options) *Bus {
	t.Helper()
	if opts.Logger == nil {
		opts.Logger = quiet(t)
	}
	b := New(client(t, url), opts)
	t.Cleanup(func() { b.Close() })
	return b
}

func TestConformance(t *testing.T) {
	bustest.Run(t, func(t *testing.T, o bus.Options) bustest.Env {
		url := testsvc.Redis(t)
		prefix := fmt.Sprintf("test:%s:", t.Name())
		opts := Options{Prefix: prefix, QueueLen: o.QueueLen, Retention: o.Retention, ShortRetention: o.ShortRetention}
		return bustest.Env{
			Publisher: newBus(t, url, opts),
			Gateway:   func(t *testing.T) bus.Subscriber { return newBus(t, url, opts) },
		}
	})
}

// TestReconnect kills the gateway's Pub/Sub connection in the same MULTI as
// the publication of messages, so they are certainly lost to it live; it
// must still deliver all of them, in order, and with nothing published
// after them (a quiet topic), from the retained log.
func TestReconnect(t *testing.T) {
	url := testsvc.Redis(t)
	opts := Options{Prefix: "t:"}
	pub := newBus(t, url, opts)
	gw := newBus(t, url, opts)
	f := bustest.NewFeeder(pub)
	topics := []string{"book.a", "book.b"}
	for _, topic := range topics {
		f.Snapshot(t, topic)
	}
	sub, err := gw.Subscribe(context.Background(), topics...)
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Close()
	f.Publish(t, topics, 10)
	r := bustest.NewReplica()
	r.ReadUntil(t, sub, map[string]uint64{"book.a": 10, "book.b": 10})

	ctx := context.Background()
	for round := range 3 {
		var msgs []bus.Message
		for _, topic := range topics {
			msgs = append(msgs, f.Messages(topic, 20)...)
		}
		_, err := pub.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
			p.ClientKillByFilter(ctx, "TYPE", "pubsub")
			pub.appendPublish(ctx, p, msgs)
			return nil
		})
		if err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		seq, _ := f.State("book.a")
		r.ReadUntil(t, sub, map[string]uint64{"book.a": seq, "book.b": seq})
	}
	// And live delivery works again afterwards.
	f.Publish(t, topics, 5)
	r.ReadUntil(t, sub, map[string]uint64{"book.a": 75, "book.b": 75})
	for _, topic := range topics {
		seq, state := f.State(topic)
		if r.Seq[topic] != seq || r.State[topic] != state {
			t.Fatalf("%s: replica at %d %x, publisher at %d %x", topic, r.Seq[topic], r.State[topic], seq, state)
		}
	}
	if r.Kinds[bus.KindSnapshot] != 2 || r.Kinds[bus.KindGap] != 0 {
		t.Fatalf("the log should have filled every hole; kinds %v", r.Kinds)
	}
}

// followedTopic is a publishing Bus and a gateway's Bus on url, a feeder
// of topic with a snapshot and five messages, and a Subscription of the
// gateway's that has read them into a replica; the subscription ends with
// the test.
func followedTopic(t *testing.T, url string, opts Options, topic string) (*Bus, *bustest.Feeder, *bus.Subscription, *bustest.Replica) {
	t.Helper()
	pub, gw := newBus(t, url, opts), newBus(t, url, opts)
	f := bustest.NewFeeder(pub)
	f.Snapshot(t, topic)
	sub, err := gw.Subscribe(context.Background(), topic)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sub.Close() })
	f.Publish(t, []string{topic}, 5)
	r := bustest.NewReplica()
	r.ReadUntil(t, sub, map[string]uint64{topic: 5})
	return pub, f, sub, r
}

// TestReconnectPastLog loses more messages than the log keeps: the
// Subscription re-syncs from the snapshot instead.
func TestReconnectPastLog(t *testing.T) {
	const topic = "book.a"
	url := testsvc.Redis(t)
	opts := Options{Prefix: "t:", Retention: bus.Retention{Messages: 10}}
	pub, f, sub, r := followedTopic(t, url, opts, topic)
	var err error

	ctx := context.Background()
	msgs := f.Messages(topic, 1000) // MAXLEN ~ 10 keeps a node's worth: ~100
	seq, state := f.State(topic)
	_, err = pub.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.ClientKillByFilter(ctx, "TYPE", "pubsub")
		pub.appendPublish(ctx, p, msgs)
		p.Set(ctx, pub.snapKey(topic), binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint64(nil, seq), state), 0)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n := pub.rdb.XLen(ctx, pub.logKey(topic)).Val(); n >= 1000 {
		t.Fatalf("log not trimmed: %d entries", n)
	}
	r.ReadUntil(t, sub, map[string]uint64{topic: seq})
	if r.Seq[topic] != seq || r.State[topic] != state {
		t.Fatalf("replica at %d %x, publisher at %d %x", r.Seq[topic], r.State[topic], seq, state)
	}
	if last := r.Log[len(r.Log)-1]; last.Kind != bus.KindSnapshot || last.Seq != seq {
		t.Fatalf("ended on %v %d, want the snapshot at %d", last.Kind, last.Seq, seq)
	}
}

// TestOneChannelPerProcess checks that a gateway subscribes a topic's
// channel once however many Subscriptions take it, and drops it with the
// last one.
func TestOneChannelPerProcess(t *testing.T) {
	url := testsvc.Redis(t)
	gw := newBus(t, url, Options{Prefix: "t:"})
	admin := client(t, url)
	ctx := context.Background()
	ch := gw.channel("book.a")
	var subs []*bus.Subscription
	for range 5 {
		s, err := gw.Subscribe(ctx, "book.a")
		if err != nil {
			t.Fatal(err)
		}
		subs = append(subs, s)
	}
	if n := admin.PubSubNumSub(ctx, ch).Val()[ch]; n != 1 {
		t.Fatalf("NUMSUB %d, want 1", n)
	}
	for _, s := range subs[:4] {
		s.Close()
	}
	if err := subs[4].Remove(ctx, "book.a"); err != nil {
		t.Fatal(err)
	}
	testsvc.CheckFor(t, 10*time.Second, time.Millisecond, func() error {
		if n := admin.PubSubNumSub(ctx, ch).Val()[ch]; n != 0 {
			return fmt.Errorf("NUMSUB %d after the last Subscription left", n)
		}
		if ts := gw.fanout.Topics(); len(ts) != 0 {
			return fmt.Errorf("still following %v", ts)
		}
		return nil
	})
}

func TestLiveEncoding(t *testing.T) {
	msgs := []bus.Message{
		{Topic: "x", Seq: 1, Data: []byte("a")},
		{Topic: "x", Seq: 300, Data: nil},
		{Topic: "x", Seq: 1 << 40, Data: make([]byte, 1000)},
	}
	got, err := decodeLive("x", string(encodeLive(msgs)))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(msgs) {
		t.Fatalf("%d messages", len(got))
	}
	for i := range msgs {
		if got[i].Seq != msgs[i].Seq || string(got[i].Data) != string(msgs[i].Data) || got[i].Topic != "x" {
			t.Fatalf("message %d: %+v", i, got[i])
		}
	}
	for _, bad := range []string{"\x80", "\x01\x05ab"} {
		if _, err := decodeLive("x", bad); err == nil {
			t.Errorf("%q decoded", bad)
		}
	}
}

// BenchmarkFanout publishes 10,000 book updates/s over 10 topics to M
// Subscriptions of one gateway, through Redis, and reports the
// publish-to-delivery delay. Run it with a fixed count, e.g.
//
//	go test -run '^$' -bench Fanout -benchtime 20000x ./internal/redisbus/
func BenchmarkFanout(b *testing.B) {
	for _, subs := range []int{1, 100, 1000} {
		b.Run(fmt.Sprintf("subs=%d", subs), func(b *testing.B) {
			url := testsvc.Redis(b)
			opts := Options{Prefix: "b:", QueueLen: 1 << 16, Logger: quiet(b)}
			pub := newBus(b, url, opts)
			gw := newBus(b, url, opts)
			bustest.BenchFanout(b, pub, gw, bustest.Load{Topics: 10, Subscribers: subs, Rate: 10000, Size: 100})
		})
	}
}

// TestHighSeq checks that Redis keeps the highest seq published or
// snapshotted on any topic, exactly, across Bus instances: what a
// restarted publisher numbers its topics above.
func TestHighSeq(t *testing.T) {
	url := testsvc.Redis(t)
	ctx := context.Background()
	a := newBus(t, url, Options{Prefix: "h:"})
	if h, err := a.HighSeq(ctx); err != nil || h != 0 {
		t.Fatalf("fresh: %d %v", h, err)
	}
	steps := []struct {
		publish bool
		seq     uint64
		want    uint64
	}{
		{true, 5, 5}, {false, 9, 9}, {true, 7, 9}, {true, 1 << 62, 1 << 62},
		{false, 1<<63 + 3, 1<<63 + 3}, {true, 1<<63 + 1, 1<<63 + 3}, {false, 99, 1<<63 + 3},
	}
	for i, s := range steps {
		topic := fmt.Sprintf("t%d", i)
		var err error
		if s.publish {
			err = a.Publish(ctx, bus.Message{Topic: topic, Seq: s.seq, Data: []byte("x")})
		} else {
			err = a.SetSnapshot(ctx, topic, s.seq, []byte("x"))
		}
		if err != nil {
			t.Fatal(err)
		}
		b := newBus(t, url, Options{Prefix: "h:"}) // another process
		if h, err := b.HighSeq(ctx); err != nil || h != s.want {
			t.Fatalf("step %d: HighSeq %d %v, want %d", i, h, err, s.want)
		}
	}
}

// TestLogRetention checks that an account topic's log is trimmed by
// bytes and expires when idle, and a market topic's is bounded by its own
// retention.
func TestLogRetention(t *testing.T) {
	url := testsvc.Redis(t)
	ctx := context.Background()
	b := newBus(t, url, Options{Prefix: "ret:", ShortRetention: bus.Retention{Age: 2 * time.Second}})
	const acct = "account.0x0000000000000000000000000000000000000001"
	for i := range 20 {
		var msgs []bus.Message
		for j := range 50 {
			msgs = append(msgs, bus.Message{Topic: acct, Seq: uint64(i*50 + j + 1), Data: make([]byte, 1024)})
			msgs = append(msgs, bus.Message{Topic: "book.x", Seq: uint64(i*50 + j + 1), Data: make([]byte, 1024)})
		}
		if err := b.Publish(ctx, msgs...); err != nil {
			t.Fatal(err)
		}
	}
	// 128 KiB of 1 KiB messages: MAXLEN ~ 128, which keeps up to a stream
	// node (100 entries) more.
	if n := b.rdb.XLen(ctx, b.logKey(acct)).Val(); n > 128+100 {
		t.Errorf("account log holds %d entries", n)
	}
	if n := b.rdb.XLen(ctx, b.logKey("book.x")).Val(); n != 1000 {
		t.Errorf("book log holds %d entries, want all 1000", n)
	}
	if ttl := b.rdb.PTTL(ctx, b.logKey(acct)).Val(); ttl <= 0 || ttl > 2*time.Second {
		t.Errorf("account log TTL %v, want up to 2s", ttl)
	}
	testsvc.CheckFor(t, 10*time.Second, 50*time.Millisecond, func() error {
		if n := b.rdb.Exists(ctx, b.logKey(acct)).Val(); n != 0 {
			return fmt.Errorf("idle account log still there")
		}
		return nil
	})
}

// TestReconnectSnapshotPastLog: while a gateway's connection is down, the
// publisher drops messages (its bus calls failed) and then stores a
// snapshot beyond them, and the topic goes quiet. The log holds nothing
// newer than the gateway has, but the snapshot is: after the reconnect the
// Subscription delivers it, instead of waiting for a message that may not
// come.
func TestReconnectSnapshotPastLog(t *testing.T) {
	const topic = "book.a"
	url := testsvc.Redis(t)
	opts := Options{Prefix: "t:"}
	pub, f, sub, r := followedTopic(t, url, opts, topic)
	var err error

	ctx := context.Background()
	f.Messages(topic, 3) // dropped by the publisher: never on the bus
	seq, state := f.State(topic)
	_, err = pub.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.ClientKillByFilter(ctx, "TYPE", "pubsub")
		p.Set(ctx, pub.snapKey(topic), binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint64(nil, seq), state), 0)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	r.ReadUntil(t, sub, map[string]uint64{topic: seq})
	if r.Seq[topic] != seq || r.State[topic] != state {
		t.Fatalf("replica at %d %x, publisher at %d %x", r.Seq[topic], r.State[topic], seq, state)
	}
}
