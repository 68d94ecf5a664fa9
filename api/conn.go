package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"math"
	"strconv"
	"sync"
	"time"

	"github.com/gorilla/websocket"

	"github.com/hourglass-exchange/hourglass/api/auth"
	"github.com/hourglass-exchange/hourglass/api/marketdata"
	"github.com/hourglass-exchange/hourglass/api/wire"
	"github.com/hourglass-exchange/hourglass/exchange"
)

// conn is one websocket connection. Its reader runs on the HTTP handler's
// goroutine and handles requests in order; its writer goroutine drains a
// bounded send queue. Nothing ever waits for a client: a connection whose
// queue overflows, or whose write misses its deadline, is a slow consumer
// and is closed.
type conn struct {
	s      *Server
	ws     *websocket.Conn
	id     uint64 // numbers the server's connections, from 1 (Options.FrameTap)
	log    *slog.Logger
	origin auth.Origin // this connection and its source, for the sign-in caps

	lmu    sync.Mutex
	leases *leaseSub // the leases channel's subscription, nil without

	qmu     sync.Mutex
	q       [][]byte
	spare   [][]byte
	qBytes  int
	writing int        // bytes of the batch the writer holds; with qBytes, counted in Server.sendBytes
	writeAt int64      // when the writer began writing that batch, unix ns; 0 while it writes none
	closing *closeInfo // set once: the writer sends it and ends
	pong    *string    // a ping's payload the writer answers
	wake    chan struct{}
	wbuf    []byte // the writer's frames, written to the socket at once

	readerDone chan struct{}
	writerDone chan struct{}

	// Owned by the reader.
	subs      map[wire.Topic]*topic
	limiter   rateLimiter
	strikes   int // rate-limited messages since strikesAt
	strikesAt time.Time
	session   *auth.Session // signed in; nil before auth.login
	account   exchange.AccountID
	hasAcct   bool
	priv      *privTopic // the account's topic, while a private channel is subscribed
}

// closeInfo is how the server ends a connection: an optional error event
// and the close frame.
type closeInfo struct {
	code   int
	reason string
	event  []byte
}

func (c *conn) signal() {
	select {
	case c.wake <- struct{}{}:
	default:
	}
}

// sendStall is how long a writer must have been stuck in one write before
// its connection counts as not reading, for the shared send budget: a
// client that reads, even a little behind, is not cut for the others'
// queues.
const sendStall = time.Second

// enqueue queues a message without waiting. When the queue is full, or
// all queues together hold more than Options.SendBudgetBytes and this one
// more than its share while its client has not taken a write for
// sendStall, the connection is closed as a slow consumer and the message
// is dropped.
func (c *conn) enqueue(b []byte) {
	o := &c.s.opts
	c.qmu.Lock()
	if c.closing != nil {
		c.qmu.Unlock()
		return
	}
	reason := ""
	switch {
	case len(c.q) >= o.SendQueueLen || c.qBytes+len(b) > o.SendQueueBytes:
		reason = "queue"
	case c.s.sendBytes.Load()+int64(len(b)) > int64(o.SendBudgetBytes) &&
		int64(c.qBytes+c.writing+len(b)) > int64(o.SendBudgetBytes)/max(1, c.s.nconns.Load()) &&
		c.writeAt != 0 && time.Now().UnixNano()-c.writeAt > int64(sendStall):
		reason = "budget"
	}
	if reason != "" {
		n, nb := len(c.q), c.qBytes
		c.dropQueueLocked()
		msg := "send queue overflowed (" + strconv.Itoa(n) + " messages, " + strconv.Itoa(nb) + " bytes pending): read faster or subscribe to less"
		if reason == "budget" {
			msg = "the gateway's send queues are full and this one holds more than its share (" + strconv.Itoa(n) + " messages, " +
				strconv.Itoa(nb) + " bytes pending): read faster or subscribe to less"
		}
		c.closing = &closeInfo{code: websocket.ClosePolicyViolation, reason: string(CodeSlowConsumer), event: errorEvent(errorf(CodeSlowConsumer, msg))}
		c.qmu.Unlock()
		c.s.m.slow.WithLabelValues(reason).Inc()
		c.log.Warn("slow consumer: send queue overflowed", "reason", reason, "messages", n, "bytes", nb)
		c.signal()
		return
	}
	c.q = append(c.q, b)
	c.qBytes += len(b)
	c.s.sendBytes.Add(int64(len(b)))
	c.qmu.Unlock()
	c.signal()
}

// dropQueueLocked empties the queue, giving its bytes back to the budget.
// Called with c.qmu held.
func (c *conn) dropQueueLocked() {
	c.s.sendBytes.Add(-int64(c.qBytes))
	c.q, c.qBytes = nil, 0
}

// fail closes the connection with code, after sending event if not nil.
func (c *conn) fail(code int, reason string, event []byte) {
	c.qmu.Lock()
	if c.closing == nil {
		c.closing = &closeInfo{code: code, reason: reason, event: event}
		c.dropQueueLocked()
	}
	c.qmu.Unlock()
	c.signal()
}

// writeLoop sends queued messages and protocol pings until the connection
// closes.
func (c *conn) writeLoop() {
	defer close(c.writerDone)
	defer func() {
		// Nothing is queued after closing is set: what is left goes back.
		c.qmu.Lock()
		c.dropQueueLocked()
		c.s.sendBytes.Add(-int64(c.writing))
		c.writing = 0
		c.qmu.Unlock()
	}()
	// Protocol pings, socket deadlines and the close grace run on the wall
	// clock, not Options.Clock: they guard the real socket, not the
	// exchange's logic.
	ping := time.NewTicker(c.s.opts.PingInterval)
	defer ping.Stop()
	wt := c.s.opts.WriteTimeout
	for {
		select {
		case <-c.wake:
		case <-ping.C:
			if err := c.ws.WriteControl(websocket.PingMessage, nil, time.Now().Add(wt)); err != nil {
				c.broken(err)
				return
			}
			continue
		case <-c.readerDone:
			c.fail(websocket.CloseNormalClosure, "", nil)
		}
		c.qmu.Lock()
		msgs, nb, cl, pong := c.q, c.qBytes, c.closing, c.pong
		c.q, c.spare, c.qBytes, c.pong = c.spare[:0], nil, 0, nil
		c.writing = nb
		if len(msgs) > 0 {
			c.writeAt = time.Now().UnixNano()
		}
		c.qmu.Unlock()
		if pong != nil {
			if err := c.ws.WriteControl(websocket.PongMessage, []byte(*pong), time.Now().Add(wt)); err != nil {
				c.broken(err)
				return
			}
		}
		// Every queued message goes out in one write: one system call per
		// wake-up instead of one per message, which is what lets a gateway
		// keep up with many subscribers of a busy book.
		// A backlog goes out in chunks of about writeChunk bytes, so the
		// buffer stops growing at that size and is reused, instead of
		// being grown (allocated, cleared, copied) again on every wake-up
		// of a busy connection; an idle connection's stays small.
		if len(msgs) > 0 {
			nc := c.ws.NetConn()
			nc.SetWriteDeadline(time.Now().Add(wt))
			// Sized once for the batch (up to a chunk), not grown step by
			// step by append.
			if need := min(nb+10*len(msgs), writeChunk+4096); cap(c.wbuf) < need {
				c.wbuf = make([]byte, 0, need)
			}
			c.wbuf = c.wbuf[:0]
			tap := c.s.opts.FrameTap
			for i, m := range msgs {
				if tap != nil {
					tap(FrameWritten, c.id, m)
				}
				c.wbuf = appendTextFrame(c.wbuf, m)
				msgs[i] = nil
				if len(c.wbuf) >= writeChunk || i == len(msgs)-1 {
					if _, err := nc.Write(c.wbuf); err != nil {
						c.broken(err)
						return
					}
					c.wbuf = c.wbuf[:0]
				}
			}
			if cap(c.wbuf) > 4*writeChunk {
				c.wbuf = nil // a large message's buffer is not kept
			}
		}
		c.qmu.Lock()
		c.spare = msgs[:0]
		c.s.sendBytes.Add(-int64(c.writing))
		c.writing, c.writeAt = 0, 0
		c.qmu.Unlock()
		if cl != nil {
			c.closeWith(cl)
			return
		}
	}
}

// writeChunk is about the most bytes the writer hands the socket at once.
const writeChunk = 64 << 10

// appendTextFrame appends m as one unmasked, unfragmented websocket text
// frame (RFC 6455 §5.2), as a server sends it. The writer goroutine is the
// only one that writes to the socket (pings are answered through it and
// close frames are its own), so these frames never interleave with the
// library's; the one exception is the close frame the library sends a
// client that broke the protocol, which is being dropped anyway.
func appendTextFrame(dst, m []byte) []byte {
	const finText = 0x81
	switch n := len(m); {
	case n < 126:
		dst = append(dst, finText, byte(n))
	case n <= 0xffff:
		dst = append(dst, finText, 126, byte(n>>8), byte(n))
	default:
		dst = append(dst, finText, 127, byte(n>>56), byte(n>>48), byte(n>>40), byte(n>>32), byte(n>>24), byte(n>>16), byte(n>>8), byte(n))
	}
	return append(dst, m...)
}

// broken ends a connection whose write failed: a missed deadline is a slow
// consumer; no close frame can be sent either way.
func (c *conn) broken(err error) {
	var ne interface{ Timeout() bool }
	if errors.As(err, &ne) && ne.Timeout() {
		c.s.m.slow.WithLabelValues("write_deadline").Inc()
		c.log.Warn("slow consumer: write deadline missed", "err", err)
	}
	c.qmu.Lock()
	if c.closing == nil {
		c.closing = &closeInfo{}
	}
	c.qmu.Unlock()
	c.ws.NetConn().Close()
}

// closeWith sends the error event and the close frame, waits a moment for
// the client's close frame (the reader drains until then), and closes.
func (c *conn) closeWith(cl *closeInfo) {
	dl := time.Now().Add(c.s.opts.WriteTimeout)
	if cl.event != nil {
		if tap := c.s.opts.FrameTap; tap != nil {
			tap(FrameWritten, c.id, cl.event)
		}
		c.ws.SetWriteDeadline(dl)
		if err := c.ws.WriteMessage(websocket.TextMessage, cl.event); err != nil {
			c.ws.NetConn().Close()
			return
		}
	}
	if cl.code != websocket.CloseNormalClosure || cl.reason != "" {
		_ = c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(cl.code, cl.reason), dl)
	} else {
		_ = c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseNormalClosure, ""), dl)
	}
	t := time.NewTimer(c.s.opts.CloseGrace)
	select {
	case <-c.readerDone:
	case <-t.C:
	}
	t.Stop()
	c.ws.NetConn().Close()
}

// readLoop reads and handles requests until the connection ends.
func (c *conn) readLoop() {
	defer close(c.readerDone)
	pw := c.s.opts.PongTimeout
	c.ws.SetReadDeadline(time.Now().Add(pw))
	c.ws.SetPongHandler(func(string) error { return c.ws.SetReadDeadline(time.Now().Add(pw)) })
	// Only the writer writes to the socket: a ping is answered through it,
	// and a client's close frame is answered by the writer's own close.
	c.ws.SetPingHandler(func(data string) error {
		c.qmu.Lock()
		c.pong = &data
		c.qmu.Unlock()
		c.signal()
		return c.ws.SetReadDeadline(time.Now().Add(pw))
	})
	c.ws.SetCloseHandler(func(int, string) error { return nil })
	max := int64(c.s.opts.MaxMessageBytes)
	closing := false
	for {
		typ, r, err := c.ws.NextReader()
		if err != nil {
			return
		}
		if !closing {
			c.qmu.Lock()
			closing = c.closing != nil
			c.qmu.Unlock()
			if closing {
				c.ws.SetReadDeadline(time.Now().Add(c.s.opts.CloseGrace))
			}
		}
		if closing {
			continue // drain until the client's close frame
		}
		data, err := io.ReadAll(io.LimitReader(r, max+1))
		if err != nil {
			return
		}
		c.ws.SetReadDeadline(time.Now().Add(pw))
		c.s.m.received.Inc()
		if tap := c.s.opts.FrameTap; tap != nil {
			tap(FrameRead, c.id, data)
		}
		if int64(len(data)) > max {
			e := errorf(CodeMessageTooLarge, "message exceeds "+strconv.FormatInt(max, 10)+" bytes")
			c.fail(websocket.CloseMessageTooBig, string(CodeMessageTooLarge), errorEvent(e))
			continue
		}
		c.handle(typ, data)
	}
}

// handle answers one message. Every request gets exactly one response, in
// order.
func (c *conn) handle(typ int, data []byte) {
	req, rerr := decodeRequest(data)
	if rerr == nil && typ != websocket.TextMessage {
		rerr = errorf(CodeInvalidRequest, "requests are text frames")
	}
	now := c.s.opts.Clock.Now()
	if ok, wait := c.limiter.allow(now); !ok {
		if c.strike(now) {
			return
		}
		e := errorf(CodeRateLimited, "more than "+strconv.FormatFloat(c.s.opts.RateLimit, 'f', -1, 64)+" messages per second")
		e.RetryAfterMS = max(1, int64(math.Ceil(wait.Seconds()*1000)))
		c.respond(req.ID, req.Method, nil, e)
		return
	}
	if rerr != nil {
		c.respond(req.ID, req.Method, nil, rerr)
		return
	}
	var (
		result []byte
		err    *Error
	)
	switch req.Method {
	case MethodPing:
		result = []byte(`{"time_ms":` + strconv.FormatInt(c.s.opts.Clock.Now().UnixMilli(), 10) + `}`)
	case MethodSubscribe, MethodUnsubscribe:
		if isLeasesChannel(req.Params) {
			result, err = c.leasesSubscribe(req)
			if err == nil && result == nil {
				return // subscribe responds itself, before the snapshot
			}
			break
		}
		if name, ok := isPrivateChannel(req.Params); ok {
			result, err = c.privateSubscribe(req, name)
			if err == nil && result == nil {
				return // subscribe responds itself, before the snapshot
			}
			break
		}
		if req.Method == MethodUnsubscribe {
			result, err = c.unsubscribe(req)
			break
		}
		result, err = c.subscribe(req)
		if err == nil {
			return // subscribe responds itself, before the snapshots
		}
	case MethodAuthChallenge, MethodAuthLogin:
		if c.s.opts.Auth == nil {
			err = errorf(CodeNotImplemented, req.Method+" is not served by this gateway")
		} else if req.Method == MethodAuthChallenge {
			result, err = c.authChallenge()
		} else {
			result, err = c.authLogin(req)
		}
	case MethodOrderPlace, MethodOrderCancel, MethodOrderCancelAll, MethodOrderAmend, MethodCancelAfter, MethodOrderStatus:
		result, err = c.orderMethod(req)
	case MethodLeaseSubmitSpec, MethodLeaseStop, MethodLeaseComplain:
		result, err = c.leaseMethod(req)
	case MethodSpotSetSpec, MethodSpotWithdrawSpec, MethodSpotSpecs:
		result, err = c.spotMethod(req)
	default:
		err = errorf(CodeUnknownMethod, "unknown method "+strconv.Quote(req.Method))
	}
	c.respond(req.ID, req.Method, result, err)
}

// strike counts a rate-limited message; the Options.RateLimitCloseAfter'th
// within Options.RateLimitWindow closes the connection with 1008
// rate_limit_exceeded, and strike reports true: a client that does not
// wait for retry_after_ms would otherwise keep the gateway answering it.
func (c *conn) strike(now time.Time) bool {
	o := &c.s.opts
	if c.strikesAt.IsZero() || now.Sub(c.strikesAt) >= o.RateLimitWindow {
		c.strikes, c.strikesAt = 0, now
	}
	c.strikes++
	if c.strikes < o.RateLimitCloseAfter {
		return false
	}
	e := errorf(CodeRateLimitExceeded, strconv.Itoa(c.strikes)+" messages over the rate limit within "+o.RateLimitWindow.String()+
		": wait for retry_after_ms")
	c.fail(websocket.ClosePolicyViolation, string(CodeRateLimitExceeded), errorEvent(e))
	c.s.m.rateClosed.Inc()
	c.log.Debug("closed: kept sending after being rate-limited", "rate_limited", c.strikes, "window", o.RateLimitWindow)
	return true
}

func isReserved(m string) bool {
	for _, r := range reservedMethods {
		if r == m {
			return true
		}
	}
	return false
}

func (c *conn) respond(id json.RawMessage, method string, result []byte, e *Error) {
	status := 200
	if e != nil {
		status = e.Code.Status()
	}
	c.s.m.requests.WithLabelValues(methodLabel(method), strconv.Itoa(status)).Inc()
	c.enqueue(appendResponse(nil, id, result, e))
}

func methodLabel(m string) string {
	switch m {
	case MethodSubscribe, MethodUnsubscribe, MethodPing:
		return m
	}
	if isReserved(m) {
		return m
	}
	return "other"
}

func (c *conn) known(symbol string) bool {
	_, ok := c.s.market(symbol)
	return ok
}

func (c *conn) subscribe(req request) ([]byte, *Error) {
	keys, err := parseSubscribe(req.Params, c.s.opts.Depths, c.known)
	if err != nil {
		return nil, err
	}
	added := 0
	for _, k := range keys {
		if c.subs[k.topic()] == nil {
			added++
		}
	}
	if len(c.subs)+added > c.s.opts.MaxSubscriptions {
		return nil, errorf(CodeTooManySubscriptions, "a connection may hold "+strconv.Itoa(c.s.opts.MaxSubscriptions)+" streams")
	}
	ts := make([]*topic, len(keys))
	for i, k := range keys {
		if t := c.subs[k.topic()]; t != nil {
			ts[i] = t
			continue
		}
		t, err := c.s.hub.acquire(k)
		if err != nil {
			for j := range i {
				if c.subs[keys[j].topic()] == nil {
					c.s.hub.release(ts[j])
				}
			}
			return nil, err
		}
		ts[i] = t
	}
	c.respond(req.ID, req.Method, subscribeResult(keys), nil)
	for i, k := range keys {
		c.subs[k.topic()] = ts[i]
		ts[i].join(c)
	}
	return nil, nil
}

func (c *conn) unsubscribe(req request) ([]byte, *Error) {
	keys, err := parseSubscribe(req.Params, c.s.opts.Depths, c.known)
	if err != nil {
		return nil, err
	}
	for _, k := range keys {
		if t := c.subs[k.topic()]; t != nil {
			delete(c.subs, k.topic())
			t.leave(c)
			c.s.hub.release(t)
		}
	}
	return subscribeResult(keys), nil
}

// subscribeResult echoes what was (un)subscribed.
func subscribeResult(keys []streamKey) []byte {
	k := keys[0]
	var b bytes.Buffer
	b.WriteString(`{"channel":"` + k.channel.String() + `","markets":[`)
	for i, k := range keys {
		if i > 0 {
			b.WriteByte(',')
		}
		b.Write(appendJSONString(nil, k.market))
	}
	b.WriteByte(']')
	switch k.channel {
	case marketdata.ChannelBook:
		b.WriteString(`,"depth":` + strconv.Itoa(k.depth))
	case marketdata.ChannelCandles:
		b.WriteString(`,"interval":"` + k.interval.String() + `"`)
	}
	b.WriteByte('}')
	return b.Bytes()
}

// leaveAll drops every subscription; the reader calls it at the end.
func (c *conn) leaveAll() {
	for name, t := range c.subs {
		t.leave(c)
		c.s.hub.release(t)
		delete(c.subs, name)
	}
}

// rateLimiter is a token bucket: rate tokens a second, at most burst.
type rateLimiter struct {
	rate   float64
	burst  float64
	tokens float64
	last   time.Time
}

// allow takes a token at now; if there is none it says how long until
// there is.
func (l *rateLimiter) allow(now time.Time) (bool, time.Duration) {
	if l.last.IsZero() {
		l.tokens, l.last = l.burst, now
	}
	if d := now.Sub(l.last); d > 0 {
		l.tokens = math.Min(l.burst, l.tokens+d.Seconds()*l.rate)
		l.last = now
	}
	if l.tokens >= 1 {
		l.tokens--
		return true, 0
	}
	return false, time.Duration((1 - l.tokens) / l.rate * float64(time.Second))
}
