package api

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/api/wire"
	"github.com/hourglass-exchange/hourglass/internal/bus"
)

// privHub holds the account topics this gateway follows: one bus
// Subscription per account, however many of the account's connections
// subscribe, fanned out by channel. Lock order: privHub.followTable.mu, then
// privTopic.mu, then conn.qmu.
type privHub struct {
	s *Server
	followTable[*privTopic]
}

// privTopic is one followed account topic.
type privTopic struct {
	h      *privHub
	addr   common.Address
	name   wire.Topic
	cancel context.CancelFunc
	done   chan struct{}

	mu     sync.Mutex
	refs   int
	subs   map[*conn]*[wire.NumPrivateChannels]bool // the channels each connection reads
	state  *wire.AccountState
	synced bool
	ready  chan struct{}
	once   sync.Once
}

func newPrivHub(s *Server) *privHub {
	return &privHub{s: s, followTable: newFollowTable[*privTopic](s)}
}

// acquire returns the account's topic, following it on the bus if no one
// did. Every acquire is paired with a release.
func (h *privHub) acquire(addr common.Address) (*privTopic, *Error) {
	name := wire.AccountTopic(addr)
	return h.followTable.acquire(name, func() *privTopic {
		ctx, cancel := context.WithCancel(context.Background())
		t := &privTopic{h: h, addr: addr, name: name, cancel: cancel, done: make(chan struct{}),
			subs: make(map[*conn]*[wire.NumPrivateChannels]bool), ready: make(chan struct{})}
		go t.run(ctx)
		return t
	})
}

// release drops a reference; the topic lingers as market-data topics do.
func (h *privHub) release(t *privTopic) { h.followTable.release(t.name, t) }

func (t *privTopic) addRef(d int) int {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.refs += d
	return t.refs
}

func (t *privTopic) stop()                  { t.cancel() }
func (t *privTopic) doneC() <-chan struct{} { return t.done }

func (t *privTopic) run(ctx context.Context) {
	defer close(t.done)
	followBus(ctx, t.h.s, t.name, t.follow)
}

func (t *privTopic) follow(ctx context.Context, sub *bus.Subscription) error {
	for {
		m, err := sub.Next(ctx)
		if err != nil {
			return err
		}
		switch m.Kind {
		case bus.KindGap:
			t.unsync()
			return fmt.Errorf("%w: gap at %d", errResubscribe, m.Seq)
		case bus.KindSnapshot:
			st, err := wire.DecodeAccountState(m.Data)
			if err != nil {
				t.unsync()
				return fmt.Errorf("%w: snapshot %d: %v", errResubscribe, m.Seq, err)
			}
			t.mu.Lock()
			t.state, t.synced = st, true
			t.once.Do(func() { close(t.ready) })
			// Every subscriber gets the fresh snapshot of its channels.
			for c, chs := range t.subs {
				for ch, on := range chs {
					if on {
						c.enqueue(st.Snapshot(ch))
					}
				}
			}
			t.mu.Unlock()
		default:
			var env wire.PrivateEnvelope
			if err := json.Unmarshal(m.Data, &env); err != nil {
				t.unsync()
				return fmt.Errorf("%w: seq %d: %v", errResubscribe, m.Seq, err)
			}
			t.mu.Lock()
			if !t.synced {
				t.mu.Unlock()
				return fmt.Errorf("%w: update %d before any snapshot", errResubscribe, m.Seq)
			}
			if env.Type == "sync" { // the publisher re-synchronised: see api/publish's rebuildPrivate
				t.mu.Unlock()
				continue
			}
			if err := t.state.Apply(&env); err != nil {
				t.synced = false
				t.mu.Unlock()
				return fmt.Errorf("%w: seq %d: %v", errResubscribe, m.Seq, err)
			}
			ch, _ := wire.PrivateChannel(env.Channel)
			for c, chs := range t.subs {
				if chs[ch] {
					c.enqueue(m.Data)
				}
			}
			t.mu.Unlock()
		}
	}
}

func (t *privTopic) unsync() {
	t.mu.Lock()
	t.synced = false
	t.mu.Unlock()
}

// join subscribes c to channel ch and queues the channel's snapshot (a
// topic not synced yet sends it when it is).
func (t *privTopic) join(c *conn, ch int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	chs := t.subs[c]
	if chs == nil {
		chs = new([wire.NumPrivateChannels]bool)
		t.subs[c] = chs
	}
	chs[ch] = true
	if t.synced {
		c.enqueue(t.state.Snapshot(ch))
	}
}

// leave unsubscribes c from ch (all channels when ch < 0) and reports
// whether c reads none of them any more.
func (t *privTopic) leave(c *conn, ch int) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	chs := t.subs[c]
	if chs == nil {
		return true
	}
	if ch >= 0 {
		chs[ch] = false
	}
	if ch < 0 || *chs == [wire.NumPrivateChannels]bool{} {
		delete(t.subs, c)
		return true
	}
	return false
}

// wait waits until the topic is synced, then runs fn with its state.
func (t *privTopic) wait(ctx context.Context, fn func(*wire.AccountState)) *Error {
	select {
	case <-t.ready:
	case <-ctx.Done():
		return errorf(CodeUnavailable, "the account's events are not available yet")
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if !t.synced {
		return errorf(CodeUnavailable, "the account's events are re-synchronising")
	}
	fn(t.state)
	return nil
}

// privateParams are subscribe's params for a private channel.
type privateParams struct {
	Channel string `json:"channel"`
}

// isPrivateChannel peeks at a subscribe's channel.
func isPrivateChannel(raw json.RawMessage) (string, bool) {
	var p privateParams
	if len(raw) == 0 || json.Unmarshal(raw, &p) != nil {
		return "", false
	}
	if _, ok := wire.PrivateChannel(p.Channel); ok {
		return p.Channel, true
	}
	return "", false
}

// privateSubscribe serves subscribe and unsubscribe of a private channel:
// the connection's own account only.
func (c *conn) privateSubscribe(req request, name string) ([]byte, *Error) {
	if c.s.opts.Auth == nil {
		return nil, errorf(CodeNotImplemented, "private channels are not served by this gateway")
	}
	if c.session == nil {
		return nil, errorf(CodeAuthRequired, "private channels need a signed-in connection: auth.login first")
	}
	if _, err := c.s.opts.Auth.Sessions().Lookup(c.session.Token); err != nil {
		return nil, authError(err)
	}
	ch, _ := wire.PrivateChannel(name)
	addr := c.session.Address
	result := []byte(`{"channel":"` + name + `","account":"` + wire.Account(addr) + `"}`)
	if req.Method == MethodUnsubscribe {
		if c.priv != nil && c.priv.leave(c, ch) {
			c.s.priv.release(c.priv)
			c.priv = nil
		}
		return result, nil
	}
	if c.priv == nil {
		t, err := c.s.priv.acquire(addr)
		if err != nil {
			return nil, err
		}
		c.priv = t
	}
	c.respond(req.ID, req.Method, result, nil)
	c.priv.join(c, ch)
	return nil, nil
}

// leavePrivate drops the connection's private subscriptions.
func (c *conn) leavePrivate() {
	if c.priv != nil {
		c.priv.leave(c, -1)
		c.s.priv.release(c.priv)
		c.priv = nil
	}
}
