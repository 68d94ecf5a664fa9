package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/hourglass-exchange/hourglass/api/marketdata"
	"github.com/hourglass-exchange/hourglass/api/wire"
	"github.com/hourglass-exchange/hourglass/internal/bus"
)

// hub holds the bus topics this gateway follows. Each topic has exactly one
// bus Subscription and one goroutine, however many websocket connections
// read it: the goroutine keeps the topic's current state (to hand a
// snapshot to each joining connection) and queues every message's bytes,
// as the publisher encoded them, to every subscribed connection. Nothing is
// encoded per connection.
//
// Lock order: hub.followTable.mu, then topic.mu, then conn.qmu.
type hub struct {
	s *Server
	followTable[*topic]
}

// topic is one followed bus topic.
type topic struct {
	h      *hub
	name   wire.Topic
	key    streamKey
	cancel context.CancelFunc
	done   chan struct{}

	mu     sync.Mutex
	refs   int // acquire calls not yet released
	subs   []*conn
	state  streamState
	synced bool
	ready  chan struct{} // closed at the first sync
	once   sync.Once
	snap   []byte // the cached snapshot; nil after a change
}

// streamState is what a topic keeps to serve snapshots.
type streamState interface {
	// reset replaces the state by a snapshot.
	reset(env *marketdata.Envelope) error
	// apply applies the update with the given seq.
	apply(env *marketdata.Envelope) error
	// snapshot encodes the state as a snapshot message, nil if there is
	// none (heartbeats).
	snapshot() []byte
}

func newHub(s *Server) *hub { return &hub{s: s, followTable: newFollowTable[*topic](s)} }

// acquire returns the topic of k, following it on the bus if no one did.
// Every acquire is paired with a release.
func (h *hub) acquire(k streamKey) (*topic, *Error) {
	name := k.topic()
	return h.followTable.acquire(name, func() *topic {
		ctx, cancel := context.WithCancel(context.Background())
		t := &topic{h: h, name: name, key: k, cancel: cancel, done: make(chan struct{}), ready: make(chan struct{}), state: newState(k)}
		go t.run(ctx)
		return t
	})
}

// release drops a reference (see followTable.release).
func (h *hub) release(t *topic) { h.followTable.release(t.name, t) }

func (t *topic) addRef(d int) int {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.refs += d
	return t.refs
}

func (t *topic) stop()                  { t.cancel() }
func (t *topic) doneC() <-chan struct{} { return t.done }

// run follows the topic until ctx ends.
func (t *topic) run(ctx context.Context) {
	defer close(t.done)
	followBus(ctx, t.h.s, t.name, t.follow)
}

var errResubscribe = errors.New("api: topic state lost")

// follow reads one bus Subscription; it returns why it stopped.
func (t *topic) follow(ctx context.Context, sub *bus.Subscription) error {
	if t.key.channel == marketdata.ChannelHeartbeat {
		t.mu.Lock()
		t.synced = true
		t.once.Do(func() { close(t.ready) })
		t.mu.Unlock()
	}
	for {
		m, err := sub.Next(ctx)
		if err != nil {
			return err
		}
		if m.Kind == bus.KindGap {
			t.unsync()
			return fmt.Errorf("%w: gap at %d", errResubscribe, m.Seq)
		}
		var env marketdata.Envelope
		if t.key.channel != channelMarkets {
			if err := json.Unmarshal(m.Data, &env); err != nil {
				t.unsync()
				return fmt.Errorf("%w: seq %d: %v", errResubscribe, m.Seq, err)
			}
		} else {
			env.Data, env.Seq = m.Data, m.Seq
		}
		t.mu.Lock()
		switch m.Kind {
		case bus.KindSnapshot:
			err = t.state.reset(&env)
		default:
			switch {
			case t.synced || t.key.channel == channelMarkets || t.key.channel == marketdata.ChannelHeartbeat:
				// The market list's updates carry the whole list.
				err = t.state.apply(&env)
			default:
				// Joined before the topic had a snapshot: take it now.
				t.mu.Unlock()
				return fmt.Errorf("%w: update %d before any snapshot", errResubscribe, m.Seq)
			}
		}
		if err != nil {
			t.synced = false
			t.mu.Unlock()
			return fmt.Errorf("%w: seq %d: %v", errResubscribe, m.Seq, err)
		}
		t.synced = true
		t.snap = nil
		t.once.Do(func() { close(t.ready) })
		t.fanout(m.Data)
		t.mu.Unlock()
	}
}

func (t *topic) unsync() {
	t.mu.Lock()
	t.synced, t.snap = false, nil
	t.mu.Unlock()
}

// fanout queues data to every subscriber. Called with t.mu held.
func (t *topic) fanout(data []byte) {
	if len(t.subs) == 0 || t.key.channel == channelMarkets {
		return
	}
	for _, c := range t.subs {
		c.enqueue(data)
	}
	t.h.s.m.sent[t.key.channel].Add(float64(len(t.subs)))
}

// join adds c to the subscribers and queues the current snapshot to it, so
// that it gets the snapshot and every update after it with nothing between;
// if c is subscribed already, it just gets a fresh snapshot. A topic that is
// not synced yet sends its snapshot to everyone when it is.
func (t *topic) join(c *conn) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if !slices.Contains(t.subs, c) {
		t.subs = append(t.subs, c)
	}
	if t.synced {
		if s := t.snapshotLocked(); s != nil {
			c.enqueue(s)
		}
	}
}

func (t *topic) leave(c *conn) {
	t.mu.Lock()
	if i := slices.Index(t.subs, c); i >= 0 {
		t.subs = slices.Delete(t.subs, i, i+1)
	}
	t.mu.Unlock()
}

func (t *topic) snapshotLocked() []byte {
	if t.snap == nil {
		t.snap = t.state.snapshot()
	}
	return t.snap
}

// wait waits until the topic is synced, then runs fn with its state.
func (t *topic) wait(ctx context.Context, fn func(streamState)) *Error {
	select {
	case <-t.ready:
	case <-ctx.Done():
		return errorf(CodeUnavailable, "market data not available yet")
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if !t.synced {
		return errorf(CodeUnavailable, "market data re-synchronising")
	}
	fn(t.state)
	return nil
}

// ---- states ----

// channelMarkets marks the markets topic, which carries no envelope.
const channelMarkets marketdata.Channel = 200

func newState(k streamKey) streamState {
	switch k.channel {
	case marketdata.ChannelBook:
		return &bookState{book: marketdata.NewBook(k.depth)}
	case marketdata.ChannelTrades:
		return &tradesState{}
	case marketdata.ChannelTicker:
		return &tickerState{}
	case marketdata.ChannelCandles:
		return &candlesState{}
	case channelMarkets:
		return &marketsState{}
	}
	return heartbeatState{}
}

// head is the envelope fields a snapshot repeats.
type head struct {
	market string
	seq    uint64
	ts     string
}

func (h *head) set(env *marketdata.Envelope) { h.market, h.seq, h.ts = env.Market, env.Seq, env.TS }

// appendEnvelope appends a snapshot message with the given data.
func (h *head) appendSnapshot(dst []byte, ch marketdata.Channel, data []byte, checksum *uint32) []byte {
	dst = append(dst, `{"channel":"`...)
	dst = append(dst, ch.String()...)
	dst = append(dst, `","type":"snapshot","market":`...)
	dst = appendJSONString(dst, h.market)
	dst = append(dst, `,"seq":`...)
	dst = appendUint(dst, h.seq)
	dst = append(dst, `,"ts":`...)
	dst = appendJSONString(dst, h.ts)
	dst = append(dst, `,"data":`...)
	dst = append(dst, data...)
	if checksum != nil {
		dst = append(dst, `,"checksum":`...)
		dst = appendUint(dst, uint64(*checksum))
	}
	return append(dst, '}')
}

type bookState struct {
	head
	book *marketdata.Book
	sum  uint32
}

func (s *bookState) reset(env *marketdata.Envelope) error {
	s.set(env)
	if err := s.book.ApplyEnvelope(env); err != nil {
		return err
	}
	s.sum = *env.Checksum
	return nil
}

func (s *bookState) apply(env *marketdata.Envelope) error { return s.reset(env) }

func (s *bookState) snapshot() []byte {
	d := marketdata.BookData{Bids: wireLevels(s.book.Bids()), Asks: wireLevels(s.book.Asks())}
	data, _ := json.Marshal(d)
	return s.appendSnapshot(nil, marketdata.ChannelBook, data, &s.sum)
}

func wireLevels(ls []marketdata.Level) []marketdata.WireLevel {
	out := make([]marketdata.WireLevel, len(ls))
	for i, l := range ls {
		out[i] = marketdata.WireLevel{l.Price, l.Size}
	}
	return out
}

// maxKept bounds the trades and candles a gateway keeps per topic.
const maxKept = 1000

type tradesState struct {
	head
	trades []marketdata.TradeData
}

func (s *tradesState) reset(env *marketdata.Envelope) error {
	var ts []marketdata.TradeData
	if err := json.Unmarshal(env.Data, &ts); err != nil {
		return err
	}
	s.set(env)
	s.trades = ts
	return nil
}

func (s *tradesState) apply(env *marketdata.Envelope) error {
	var ts []marketdata.TradeData
	if err := json.Unmarshal(env.Data, &ts); err != nil {
		return err
	}
	s.set(env)
	s.trades = append(s.trades, ts...)
	if n := len(s.trades); n > 2*maxKept {
		s.trades = slices.Clone(s.trades[n-maxKept:])
	}
	return nil
}

func (s *tradesState) recent() []marketdata.TradeData {
	return s.trades[max(0, len(s.trades)-maxKept):]
}

func (s *tradesState) snapshot() []byte {
	data, _ := json.Marshal(nonNil(s.recent()))
	return s.appendSnapshot(nil, marketdata.ChannelTrades, data, nil)
}

type tickerState struct {
	head
	data json.RawMessage
}

func (s *tickerState) reset(env *marketdata.Envelope) error {
	s.set(env)
	s.data = env.Data
	return nil
}

func (s *tickerState) apply(env *marketdata.Envelope) error { return s.reset(env) }

func (s *tickerState) snapshot() []byte {
	return s.appendSnapshot(nil, marketdata.ChannelTicker, s.data, nil)
}

type candlesState struct {
	head
	candles []marketdata.CandleData
}

func (s *candlesState) reset(env *marketdata.Envelope) error {
	var cs []marketdata.CandleData
	if err := json.Unmarshal(env.Data, &cs); err != nil {
		return err
	}
	s.set(env)
	s.candles = cs
	return nil
}

func (s *candlesState) apply(env *marketdata.Envelope) error {
	var cs []marketdata.CandleData
	if err := json.Unmarshal(env.Data, &cs); err != nil {
		return err
	}
	s.set(env)
	for _, c := range cs {
		if n := len(s.candles); n > 0 && s.candles[n-1].StartMS == c.StartMS {
			s.candles[n-1] = c
		} else {
			s.candles = append(s.candles, c)
		}
	}
	if n := len(s.candles); n > 2*maxKept {
		s.candles = slices.Clone(s.candles[n-maxKept:])
	}
	return nil
}

func (s *candlesState) recent() []marketdata.CandleData {
	return s.candles[max(0, len(s.candles)-maxKept):]
}

func (s *candlesState) snapshot() []byte {
	data, _ := json.Marshal(nonNil(s.recent()))
	return s.appendSnapshot(nil, marketdata.ChannelCandles, data, nil)
}

type heartbeatState struct{}

func (heartbeatState) reset(*marketdata.Envelope) error { return nil }
func (heartbeatState) apply(*marketdata.Envelope) error { return nil }
func (heartbeatState) snapshot() []byte                 { return nil }

// marketsState is the market list.
type marketsState struct {
	reg *marketRegistry
}

func (s *marketsState) reset(env *marketdata.Envelope) error {
	r, err := newMarketRegistry(env.Data)
	if err != nil {
		return err
	}
	s.reg = r
	return nil
}

func (s *marketsState) apply(env *marketdata.Envelope) error { return s.reset(env) }
func (s *marketsState) snapshot() []byte                     { return nil }

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func appendUint(dst []byte, v uint64) []byte {
	return fmt.Appendf(dst, "%d", v)
}
