// Package redisbus is the bus over Redis (go-redis v9), so that several
// gateway processes serve the same markets and accounts as the engine
// publishes them. It keeps every guarantee of package bus; see there.
//
// # Design
//
// Each topic has three things in Redis, all under the key prefix
// (Options.Prefix, so that deployments and tests can share a server):
//
//   - a Pub/Sub channel <prefix>live:<topic> for live delivery. Publish sends
//     one PUBLISH per topic per call carrying that topic's messages of the
//     call, encoded one after another.
//   - a Stream <prefix>log:<topic>, the retained log: one entry per message,
//     with the publisher's Seq as its entry ID (<seq>-0) and the data in
//     field "d". Because the ID is the Seq, Redis itself refuses a message
//     at or below the newest one, which makes Publish idempotent, and a
//     subscriber reads "everything after seq N" as XRANGE (N-0 +. It is
//     bounded by the topic's bus.Retention: XADD MAXLEN ~ the smaller of
//     Messages and Bytes over the average size of the call's messages, and
//     an expiry of Age on the key, renewed by every Publish, so that the log
//     of an idle topic (an account that signed out) goes away entirely.
//   - a string <prefix>snap:<topic>: the snapshot, its Seq (8 bytes, big
//     endian) followed by the data.
//
// Beside them one string, <prefix>high, holds the highest Seq ever
// published or snapshotted on any topic (HighSeq; raised in the same
// pipeline, before the messages, by a script that compares decimal
// strings, so it is exact for every uint64). A restarted publisher reads it
// and numbers every topic above it (api/publish), so that its messages are
// never taken for duplicates of the old ones still in the logs. It also
// tells a running publisher that Redis lost its data (restarted empty,
// flushed): a Publish or SetSnapshot that finds it missing after this Bus
// stored it returns bus.ErrStateLost (the call itself took effect), and
// the publisher stores every snapshot and the market list again. Redis
// must not evict keys (maxmemory-policy noeviction, the default).
//
// A Publish costs one round trip: all its XADDs and PUBLISHes go in one
// pipeline. Redis runs a connection's commands in order, so a message is
// in the log before anyone can receive it live; a subscriber that reads
// the log after seeing a live message always finds it there.
//
// Why Pub/Sub plus a Stream rather than either alone: Pub/Sub pushes a
// message to every gateway with no polling and no per-read cost for the
// topics a gateway follows, and a gateway can add and drop channels on its
// one connection at any time; but it loses whatever is published while a
// connection is down. The Stream fills exactly those holes (and the one
// between a snapshot and the live stream when the snapshot is older than
// the newest message) without resending a snapshot. Reading live messages
// with XREAD BLOCK instead would need the full list of topics and positions
// on every read and a blocked connection to interrupt on every change of
// topics.
//
// Redis going away is logged once (WARN, with the error) and its return
// once (INFO, with how long it was gone), however many calls fail in
// between; the gauge hourglass_dependency_up{dependency="redis"}
// (Collectors) is 0 meanwhile.
//
// Each Bus holds one Pub/Sub connection and follows a topic on it once,
// however many Subscriptions take the topic; a bus.Fanout hands messages to
// the Subscriptions in memory. When that connection fails, go-redis
// reconnects and subscribes again; the first reply after that makes every
// Subscription read the log for what it missed (bus.Fanout.Recheck), so
// even a topic that goes quiet after the outage is caught up.
//
// Publish calls for one topic must not run concurrently: go-redis may send
// them on different connections, and then Redis may see them out of order.
// The engine process has one publisher per topic, so this costs nothing.
package redisbus

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/redis/go-redis/v9"

	"github.com/hourglass-exchange/hourglass/internal/bus"
	"github.com/hourglass-exchange/hourglass/internal/health"
)

// Options tune a Bus.
type Options struct {
	// Prefix starts every key and channel name. Default "hourglass:bus:".
	Prefix string
	// Retention, ShortRetention and ShortPrefixes bound each topic's log,
	// as bus.Options says (defaults bus.DefaultRetention and so on). Counts
	// are approximate (XADD MAXLEN ~ trims whole stream nodes of about 100
	// entries).
	Retention      bus.Retention
	ShortRetention bus.Retention
	ShortPrefixes  []string
	// QueueLen bounds each Subscription's queue (bus.Options.QueueLen).
	QueueLen int
	// FollowTimeout bounds how long Subscribe waits for Redis to confirm a
	// new channel. Default 5s.
	FollowTimeout time.Duration
	// Logger receives connection errors. Default slog.Default().
	Logger *slog.Logger
}

// Bus is a bus.Bus over Redis. The engine process publishes through one;
// each gateway process subscribes through its own.
type Bus struct {
	rdb    redis.UniversalClient
	opts   Options
	ret    bus.Options // the retentions, with defaults
	log    *slog.Logger
	fanout *bus.Fanout
	health *health.Dependency // Redis as the Bus sees it: its gauge, its outage said once
	stored atomic.Bool        // <prefix>high was stored by this Bus

	ctx    context.Context // ends at Close; the reader's context
	cancel context.CancelFunc
	reader sync.WaitGroup

	mu      sync.Mutex
	ps      *redis.PubSub              // started by the first Follow
	waiters map[string][]chan struct{} // channels Follow waits to see confirmed
	closed  bool
}

var (
	_ bus.Bus     = (*Bus)(nil)
	_ bus.Resumer = (*Bus)(nil)
	_ bus.Feed    = (*feed)(nil)
)

// readerBackoffMax caps the wait between two tries of a lost Pub/Sub
// connection.
const readerBackoffMax = 5 * time.Second

// New returns a Bus over rdb. The caller keeps rdb and closes it after the
// Bus.
func New(rdb redis.UniversalClient, opts Options) *Bus {
	if opts.Prefix == "" {
		opts.Prefix = "hourglass:bus:"
	}
	if opts.FollowTimeout <= 0 {
		opts.FollowTimeout = 5 * time.Second
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	driverLogOnce.Do(func() { redis.SetLogger(driverLog{opts.Logger}) })
	b := &Bus{rdb: rdb, opts: opts, log: opts.Logger, waiters: make(map[string][]chan struct{})}
	b.ret = bus.Options{Retention: opts.Retention, ShortRetention: opts.ShortRetention, ShortPrefixes: opts.ShortPrefixes}
	b.health = health.New("redis", opts.Logger, nil)
	b.ctx, b.cancel = context.WithCancel(context.Background())
	b.fanout = bus.NewFanout((*feed)(b), bus.Options{QueueLen: opts.QueueLen, Logger: opts.Logger, Health: b.health})
	return b
}

// driverLog takes go-redis's own log lines (one per failed dial, every
// try, while Redis is down) to the first Bus's logger at DEBUG: the Bus
// says what matters once (its health.Dependency).
type driverLog struct{ log *slog.Logger }

func (d driverLog) Printf(ctx context.Context, format string, v ...any) {
	d.log.Debug("go-redis: " + strings.TrimSpace(fmt.Sprintf(format, v...)))
}

// driverLogOnce sets go-redis's logger, which is global, once per process.
var driverLogOnce sync.Once

// Collectors returns the Bus's metrics: hourglass_dependency_up
// {dependency="redis"}.
func (b *Bus) Collectors() []prometheus.Collector {
	return []prometheus.Collector{b.health.Collector()}
}

// Up reports whether Redis answered the Bus's last call.
func (b *Bus) Up() bool { return !b.health.Down() }

// observe tells the Bus's health how a call to Redis went.
func (b *Bus) observe(what string, err error) {
	if err == nil || errors.Is(err, redis.Nil) {
		b.health.OK()
	} else if b.ctx.Err() == nil && !errors.Is(err, context.Canceled) && !errors.Is(err, context.DeadlineExceeded) {
		b.health.Failed(what, err)
	}
}

func (b *Bus) highKey() string             { return b.opts.Prefix + "high" }
func (b *Bus) logKey(topic string) string  { return b.opts.Prefix + "log:" + topic }
func (b *Bus) snapKey(topic string) string { return b.opts.Prefix + "snap:" + topic }
func (b *Bus) channel(topic string) string { return b.opts.Prefix + "live:" + topic }

// Publish appends msgs to their topics' logs and publishes them live, in one
// round trip. Messages at or below a topic's newest Seq are dropped as
// duplicates (subscribers drop their live copies by Seq).
func (b *Bus) Publish(ctx context.Context, msgs ...bus.Message) error {
	if err := bus.CheckPublish(msgs); err != nil {
		return err
	}
	if len(msgs) == 0 {
		return nil
	}
	pipe := b.rdb.Pipeline()
	raise := b.appendPublish(ctx, pipe, msgs)
	cmds, err := pipe.Exec(ctx)
	if err == nil {
		b.observe("publish", nil)
		return b.checkLost(raise)
	}
	// Exec reports the first failure, and a duplicate is none: look at
	// each command.
	for _, c := range cmds {
		if err := c.Err(); err != nil && !isDuplicate(err) {
			b.observe("publish", err)
			return fmt.Errorf("redisbus: publish: %w", err)
		}
	}
	b.observe("publish", nil)
	return b.checkLost(raise)
}

// raiseHigh raises <prefix>high to ARGV[1] if that is higher: decimal
// strings without leading zeros compare by length, then bytewise. It
// returns 1 if the key was missing.
const raiseHigh = `
local cur = redis.call('GET', KEYS[1])
local n = ARGV[1]
if not cur or #n > #cur or (#n == #cur and n > cur) then
  redis.call('SET', KEYS[1], n)
end
if not cur then return 1 end
return 0`

func (b *Bus) appendRaise(ctx context.Context, pipe redis.Pipeliner, seq uint64) *redis.Cmd {
	return pipe.Eval(ctx, raiseHigh, []string{b.highKey()}, strconv.FormatUint(seq, 10))
}

// checkLost reports bus.ErrStateLost when raise found <prefix>high missing
// although this Bus had stored it before: Redis lost its data (restarted
// without persistence, flushed) since.
func (b *Bus) checkLost(raise *redis.Cmd) error {
	missing, err := raise.Int()
	if err != nil {
		return nil
	}
	if b.stored.Swap(true) && missing == 1 {
		return fmt.Errorf("redisbus: %s is gone: %w", b.highKey(), bus.ErrStateLost)
	}
	return nil
}

// HighSeq returns the highest Seq ever published or snapshotted through a
// Bus with this prefix on this Redis (0 for none).
func (b *Bus) HighSeq(ctx context.Context) (uint64, error) {
	v, err := b.rdb.Get(ctx, b.highKey()).Result()
	b.observe("reading the high seq", err)
	if errors.Is(err, redis.Nil) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("redisbus: high seq: %w", err)
	}
	seq, err := strconv.ParseUint(v, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("redisbus: high seq %q: %w", v, err)
	}
	return seq, nil
}

// appendPublish queues on pipe what publishing msgs takes: for each topic,
// in the order of its first message, an XADD per message and one PUBLISH
// of them all.
func (b *Bus) appendPublish(ctx context.Context, pipe redis.Pipeliner, msgs []bus.Message) *redis.Cmd {
	var order []string
	byTopic := make(map[string][]bus.Message)
	for _, m := range msgs {
		if _, ok := byTopic[m.Topic]; !ok {
			order = append(order, m.Topic)
		}
		byTopic[m.Topic] = append(byTopic[m.Topic], m)
	}
	var high uint64
	for _, m := range msgs {
		high = max(high, m.Seq)
	}
	raise := b.appendRaise(ctx, pipe, high)
	for _, topic := range order {
		ms := byTopic[topic]
		key := b.logKey(topic)
		ret := b.ret.RetentionFor(topic)
		size := 0
		for _, m := range ms {
			size += len(m.Data)
		}
		maxLen := int64(ret.Messages)
		if avg := size / len(ms); avg > 0 {
			maxLen = max(1, min(maxLen, int64(ret.Bytes/avg)))
		}
		for _, m := range ms {
			pipe.XAdd(ctx, &redis.XAddArgs{
				Stream: key,
				MaxLen: maxLen,
				Approx: true,
				ID:     strconv.FormatUint(m.Seq, 10) + "-0",
				Values: []any{"d", m.Data},
			})
		}
		pipe.PExpire(ctx, key, ret.Age)
		pipe.Publish(ctx, b.channel(topic), encodeLive(ms))
	}
	return raise
}

// isDuplicate reports whether err is Redis refusing an XADD at or below
// the stream's newest ID: the message was published before.
func isDuplicate(err error) bool {
	return err != nil && strings.Contains(err.Error(), "equal or smaller than the target stream top item")
}

// SetSnapshot stores the state of topic as of seq.
func (b *Bus) SetSnapshot(ctx context.Context, topic string, seq uint64, data []byte) error {
	if err := bus.CheckTopic(topic); err != nil {
		return err
	}
	v := binary.BigEndian.AppendUint64(make([]byte, 0, 8+len(data)), seq)
	v = append(v, data...)
	pipe := b.rdb.Pipeline()
	raise := b.appendRaise(ctx, pipe, seq)
	pipe.Set(ctx, b.snapKey(topic), v, 0)
	_, err := pipe.Exec(ctx)
	b.observe("storing a snapshot", err)
	if err != nil {
		return fmt.Errorf("redisbus: snapshot %s: %w", topic, err)
	}
	return b.checkLost(raise)
}

// Subscribe starts a Subscription to topics. The first Subscription of a
// topic in this process subscribes its channel; later ones share it.
func (b *Bus) Subscribe(ctx context.Context, topics ...string) (*bus.Subscription, error) {
	return b.fanout.Subscribe(ctx, topics...)
}

// Close ends every Subscription with bus.ErrClosed and closes the Pub/Sub
// connection. It leaves the client open.
func (b *Bus) Close() error {
	b.mu.Lock()
	if b.closed {
		b.mu.Unlock()
		return nil
	}
	b.closed = true
	ps := b.ps
	b.mu.Unlock()
	b.fanout.Close()
	b.cancel()
	var err error
	if ps != nil {
		err = ps.Close()
	}
	b.reader.Wait()
	return err
}

// read receives from the Pub/Sub connection until Close: live messages go
// to the Fanout, confirmations to the Follow that waits for them. After an
// error, go-redis reconnects and subscribes again; the first reply after
// that has every Subscription check the log.
func (b *Bus) read(ps *redis.PubSub) {
	defer b.reader.Done()
	lost := false
	backoff := health.Backoff{Base: 10 * time.Millisecond, Max: readerBackoffMax}
	for {
		msg, err := ps.Receive(b.ctx)
		if err != nil {
			if b.ctx.Err() != nil {
				return
			}
			if !lost {
				b.log.Debug("redisbus: pub/sub connection lost; reconnecting", "err", err)
			}
			b.observe("pub/sub receive", err)
			lost = true
			t := time.NewTimer(backoff.Next())
			select {
			case <-t.C:
			case <-b.ctx.Done():
				t.Stop()
				return
			}
			continue
		}
		backoff.Reset()
		b.observe("pub/sub receive", nil)
		if lost {
			lost = false
			b.log.Debug("redisbus: pub/sub connection back; checking logs")
			b.fanout.Recheck()
		}
		switch m := msg.(type) {
		case *redis.Message:
			topic, ok := strings.CutPrefix(m.Channel, b.opts.Prefix+"live:")
			if !ok {
				continue
			}
			msgs, err := decodeLive(topic, m.Payload)
			if err != nil {
				b.log.Error("redisbus: bad live message", "channel", m.Channel, "err", err)
				continue
			}
			b.fanout.Deliver(topic, msgs)
		case *redis.Subscription:
			if m.Kind == "subscribe" {
				b.mu.Lock()
				for _, w := range b.waiters[m.Channel] {
					close(w)
				}
				delete(b.waiters, m.Channel)
				b.mu.Unlock()
			}
		}
	}
}

// feed is the bus.Feed side of a Bus.
type feed Bus

func (f *feed) bus() *Bus { return (*Bus)(f) }

// Follow subscribes the channels of topics and waits until Redis confirms
// each, so that every message published after it returns is received.
func (f *feed) Follow(ctx context.Context, topics ...string) error {
	b := f.bus()
	ctx, cancel := context.WithTimeout(ctx, b.opts.FollowTimeout)
	defer cancel()
	b.mu.Lock()
	if b.closed {
		b.mu.Unlock()
		return bus.ErrClosed
	}
	if b.ps == nil {
		b.ps = b.rdb.Subscribe(b.ctx)
		b.reader.Add(1)
		go b.read(b.ps)
	}
	ps := b.ps
	chans := make([]string, len(topics))
	waits := make([]chan struct{}, len(topics))
	for i, t := range topics {
		chans[i] = b.channel(t)
		waits[i] = make(chan struct{})
		b.waiters[chans[i]] = append(b.waiters[chans[i]], waits[i])
	}
	b.mu.Unlock()
	// A failed write is no failure yet: go-redis keeps the channels and
	// subscribes them again when it reconnects.
	if err := ps.Subscribe(ctx, chans...); err != nil {
		b.observe("subscribe", err)
	}
	for i, w := range waits {
		select {
		case <-w:
		case <-ctx.Done():
			b.mu.Lock()
			for j := i; j < len(waits); j++ {
				ws := b.waiters[chans[j]]
				for k, x := range ws {
					if x == waits[j] {
						ws = append(ws[:k:k], ws[k+1:]...)
						break
					}
				}
				if len(ws) == 0 {
					delete(b.waiters, chans[j])
				} else {
					b.waiters[chans[j]] = ws
				}
			}
			b.mu.Unlock()
			return fmt.Errorf("redisbus: subscribe %s: not confirmed: %w", chans[i], ctx.Err())
		}
	}
	return nil
}

func (f *feed) Unfollow(ctx context.Context, topics ...string) error {
	b := f.bus()
	b.mu.Lock()
	ps, closed := b.ps, b.closed
	b.mu.Unlock()
	if ps == nil || closed || len(topics) == 0 {
		return nil
	}
	chans := make([]string, len(topics))
	for i, t := range topics {
		chans[i] = b.channel(t)
	}
	return ps.Unsubscribe(ctx, chans...)
}

func (f *feed) Snapshot(ctx context.Context, topic string) (bus.Message, bool, error) {
	v, err := f.rdb.Get(ctx, f.bus().snapKey(topic)).Bytes()
	f.bus().observe("reading a snapshot", err)
	if errors.Is(err, redis.Nil) {
		return bus.Message{}, false, nil
	}
	if err != nil {
		return bus.Message{}, false, err
	}
	if len(v) < 8 {
		return bus.Message{}, false, fmt.Errorf("redisbus: snapshot of %s: %d bytes", topic, len(v))
	}
	return bus.Message{Topic: topic, Seq: binary.BigEndian.Uint64(v), Data: v[8:], Kind: bus.KindSnapshot}, true, nil
}

func (f *feed) Since(ctx context.Context, topic string, after uint64, limit int) ([]bus.Message, error) {
	start := "-"
	if after > 0 {
		start = "(" + strconv.FormatUint(after, 10) + "-0"
	}
	xs, err := f.rdb.XRangeN(ctx, f.bus().logKey(topic), start, "+", int64(limit)).Result()
	f.bus().observe("reading a log", err)
	if err != nil {
		return nil, err
	}
	msgs := make([]bus.Message, 0, len(xs))
	for _, x := range xs {
		seq, err := entrySeq(x.ID)
		if err != nil {
			return nil, err
		}
		d, _ := x.Values["d"].(string)
		msgs = append(msgs, bus.Message{Topic: topic, Seq: seq, Data: []byte(d)})
	}
	return msgs, nil
}

func (f *feed) Head(ctx context.Context, topic string) (uint64, error) {
	xs, err := f.rdb.XRevRangeN(ctx, f.bus().logKey(topic), "+", "-", 1).Result()
	f.bus().observe("reading a log", err)
	if err != nil || len(xs) == 0 {
		return 0, err
	}
	return entrySeq(xs[0].ID)
}

// entrySeq returns the Seq of a log entry ID, <seq>-0.
func entrySeq(id string) (uint64, error) {
	s, _, _ := strings.Cut(id, "-")
	seq, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("redisbus: log entry %q: %w", id, err)
	}
	return seq, nil
}

// encodeLive lays out the live messages of one topic for one PUBLISH: for
// each, its Seq and the length of its data as uvarints, then the data.
func encodeLive(msgs []bus.Message) []byte {
	n := 0
	for _, m := range msgs {
		n += 2*binary.MaxVarintLen64 + len(m.Data)
	}
	buf := make([]byte, 0, n)
	for _, m := range msgs {
		buf = binary.AppendUvarint(buf, m.Seq)
		buf = binary.AppendUvarint(buf, uint64(len(m.Data)))
		buf = append(buf, m.Data...)
	}
	return buf
}

var errBadLive = errors.New("redisbus: malformed live message")

// decodeLive reverses encodeLive. The messages share one copy of payload.
func decodeLive(topic, payload string) ([]bus.Message, error) {
	buf := []byte(payload)
	var msgs []bus.Message
	for len(buf) > 0 {
		seq, n := binary.Uvarint(buf)
		if n <= 0 {
			return nil, errBadLive
		}
		buf = buf[n:]
		l, n := binary.Uvarint(buf)
		if n <= 0 || uint64(len(buf)-n) < l {
			return nil, errBadLive
		}
		buf = buf[n:]
		msgs = append(msgs, bus.Message{Topic: topic, Seq: seq, Data: buf[:l:l]})
		buf = buf[l:]
	}
	return msgs, nil
}
