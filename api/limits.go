package api

import (
	"net"
	"net/netip"
	"strconv"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/hourglass-exchange/hourglass/api/auth"
)

// Connection caps. Every client connection costs a file descriptor; when
// the process runs out, accept fails for everyone (REST, /metrics and
// websockets alike) and so do the database, Redis and the chain. So the
// gateway keeps its connections below the descriptor limit: the listener
// accepts at most MaxOpenConns connections (a reserve of descriptors left
// for the rest of the process), and websockets, which live long, take at
// most MaxConns of those (the rest left for REST and /metrics).
const (
	// fdReserveMin and fdReserveDiv: the descriptors the listener leaves
	// to the process (journal, snapshots, the PostgreSQL pool, Redis, the
	// chain's RPC, logs): a tenth of the limit, at least 256.
	fdReserveMin = 256
	fdReserveDiv = 10
	// httpReserveMin and httpReserveDiv: the accepted connections that
	// websockets cannot take: a tenth, at least 64.
	httpReserveMin = 64
	httpReserveDiv = 10
	// maxConnsCeiling bounds the default websocket cap where descriptors
	// are plentiful: memory (two goroutines and their buffers, about
	// 30 KB a connection) runs out first.
	maxConnsCeiling = 50_000
	// fdLimitUnknown is assumed where the limit cannot be read.
	fdLimitUnknown = 4096
	// perSourceHTTP is how many more TCP connections than websockets a
	// source may hold at the listener (its REST requests).
	perSourceHTTP = 64
)

// openCap is the default cap of accepted connections for a descriptor
// limit.
func openCap(nofile uint64) int {
	if nofile == 0 {
		nofile = fdLimitUnknown
	}
	n := int(min(nofile, 1<<24))
	return n - max(n/fdReserveDiv, min(fdReserveMin, n/2))
}

// wsCap is the default cap of websockets for a cap of accepted
// connections.
func wsCap(open int) int {
	return max(1, min(open-max(open/httpReserveDiv, min(httpReserveMin, open/2)), maxConnsCeiling))
}

// sourceOf is the source a connection is counted against (the same as
// sign-in's, auth.SourceAddr): its IPv4 address, or its IPv6 /64; the
// invalid Addr if addr is not an IP address.
func sourceOf(addr string) netip.Addr { return auth.SourceAddr(addr) }

// limitListener accepts at most total connections at once (Accept waits
// for one to close, as golang.org/x/net/netutil's LimitListener does) and
// at most perSource from one source: a source over it gets a 429
// too_many_source_connections at once and is closed.
type limitListener struct {
	net.Listener
	slots     chan struct{}
	perSource int
	refused   prometheus.Counter
	open      prometheus.Gauge

	mu       sync.Mutex
	bySource map[netip.Addr]int

	closeOnce sync.Once
	done      chan struct{}
}

func newLimitListener(ln net.Listener, total, perSource int, refused prometheus.Counter, open prometheus.Gauge) *limitListener {
	return &limitListener{Listener: ln, slots: make(chan struct{}, total), perSource: perSource,
		refused: refused, open: open, bySource: make(map[netip.Addr]int), done: make(chan struct{})}
}

// refusedBySource is what a source over its cap reads before the close.
var refusedBySource = func() []byte {
	e := errorf(CodeTooManySourceConnections, "too many connections from this source: close some first")
	body := append(e.appendJSON([]byte(`{"error":`)), "}\n"...)
	return append([]byte("HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "+
		strconv.Itoa(len(body))+"\r\n\r\n"), body...)
}()

func (l *limitListener) Accept() (net.Conn, error) {
	for {
		select {
		case l.slots <- struct{}{}:
		case <-l.done:
			return nil, net.ErrClosed
		}
		c, err := l.Listener.Accept()
		if err != nil {
			<-l.slots
			return nil, err
		}
		src := sourceOf(c.RemoteAddr().String())
		l.mu.Lock()
		if l.bySource[src] >= l.perSource {
			l.mu.Unlock()
			<-l.slots
			l.refused.Inc()
			// A fresh socket's send buffer is empty: this write does
			// not wait (the deadline guards it anyway).
			c.SetWriteDeadline(time.Now().Add(10 * time.Millisecond))
			c.Write(refusedBySource)
			c.Close()
			continue
		}
		l.bySource[src]++
		l.mu.Unlock()
		l.open.Inc()
		return &limitConn{Conn: c, l: l, src: src}, nil
	}
}

func (l *limitListener) Close() error {
	l.closeOnce.Do(func() { close(l.done) })
	return l.Listener.Close()
}

func (l *limitListener) release(src netip.Addr) {
	l.mu.Lock()
	if l.bySource[src]--; l.bySource[src] <= 0 {
		delete(l.bySource, src)
	}
	l.mu.Unlock()
	l.open.Dec()
	<-l.slots
}

// limitConn gives its slot back when it is closed, once.
type limitConn struct {
	net.Conn
	l    *limitListener
	src  netip.Addr
	once sync.Once
}

func (c *limitConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(func() { c.l.release(c.src) })
	return err
}

// CloseWrite lets http.Server half-close the connection as it does a bare
// TCP one.
func (c *limitConn) CloseWrite() error {
	if cw, ok := c.Conn.(interface{ CloseWrite() error }); ok {
		return cw.CloseWrite()
	}
	return nil
}
