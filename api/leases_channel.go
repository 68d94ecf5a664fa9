package api

import (
	"bytes"
	"encoding/json"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/api/wire"
)

// ChannelLeases is the private channel of the signed-in account's leases:
// a snapshot of them all, then an update with every lease that changed
// (new, or another state, history or spec), found by reading Leases every
// Options.LeasePoll.
const ChannelLeases = "leases"

// DefaultLeasePoll is how often a leases subscription reads the redeemer.
const DefaultLeasePoll = time.Second

// leasesEvent is an event of the leases channel.
type leasesEvent struct {
	Channel string  `json:"channel"`
	Type    string  `json:"type"`
	Account string  `json:"account"`
	Leases  []Lease `json:"leases"`
}

// leaseSub is one connection's leases subscription.
type leaseSub struct {
	stop chan struct{}
	done chan struct{}
}

// isLeasesChannel says whether subscribe's params name the leases channel.
func isLeasesChannel(raw json.RawMessage) bool {
	var p struct {
		Channel string `json:"channel"`
	}
	return len(raw) > 0 && json.Unmarshal(raw, &p) == nil && p.Channel == ChannelLeases
}

// leasesSubscribe serves subscribe and unsubscribe of the leases channel.
func (c *conn) leasesSubscribe(req request) ([]byte, *Error) {
	if c.s.opts.Leases == nil || c.s.opts.Auth == nil {
		return nil, errorf(CodeNotImplemented, "the leases channel is not served by this gateway")
	}
	if c.session == nil {
		return nil, errorf(CodeAuthRequired, "private channels need a signed-in connection: auth.login first")
	}
	if _, err := c.s.opts.Auth.Sessions().Lookup(c.session.Token); err != nil {
		return nil, authError(err)
	}
	addr := c.session.Address
	result := []byte(`{"channel":"` + ChannelLeases + `","account":"` + wire.Account(addr) + `"}`)
	c.stopLeases()
	if req.Method == MethodUnsubscribe {
		return result, nil
	}
	c.respond(req.ID, req.Method, result, nil)
	last := map[string][]byte{}
	ls := c.s.opts.Leases.Leases(addr)
	for _, l := range ls {
		last[l.ID], _ = json.Marshal(l)
	}
	c.sendLeases("snapshot", addr, ls)
	sub := &leaseSub{stop: make(chan struct{}), done: make(chan struct{})}
	c.lmu.Lock()
	c.leases = sub
	c.lmu.Unlock()
	go c.pollLeases(sub, addr, last)
	return nil, nil
}

func (c *conn) sendLeases(typ string, addr common.Address, ls []Lease) {
	if ls == nil {
		ls = []Lease{}
	}
	b, err := json.Marshal(leasesEvent{Channel: ChannelLeases, Type: typ, Account: wire.Account(addr), Leases: ls})
	if err == nil {
		c.enqueue(b)
	}
}

// pollLeases sends an update with the leases that changed since the last
// read, every Options.LeasePoll, until the subscription stops.
func (c *conn) pollLeases(sub *leaseSub, addr common.Address, last map[string][]byte) {
	defer close(sub.done)
	t := c.s.opts.Clock.NewTicker(c.s.opts.LeasePoll)
	defer t.Stop()
	for {
		select {
		case <-sub.stop:
			return
		case <-t.C():
		}
		var changed []Lease
		for _, l := range c.s.opts.Leases.Leases(addr) {
			b, _ := json.Marshal(l)
			if !bytes.Equal(last[l.ID], b) {
				last[l.ID] = b
				changed = append(changed, l)
			}
		}
		if len(changed) > 0 {
			c.sendLeases("update", addr, changed)
		}
	}
}

// stopLeases ends the connection's leases subscription, if any, and waits
// for its poller.
func (c *conn) stopLeases() {
	c.lmu.Lock()
	sub := c.leases
	c.leases = nil
	c.lmu.Unlock()
	if sub != nil {
		close(sub.stop)
		<-sub.done
	}
}
