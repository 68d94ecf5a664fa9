package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/hourglass-exchange/hourglass/api/auth"
	"github.com/hourglass-exchange/hourglass/api/marketdata"
	"github.com/hourglass-exchange/hourglass/api/orderentry"
	"github.com/hourglass-exchange/hourglass/api/wire"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
	"github.com/hourglass-exchange/hourglass/internal/bus"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/health"
)

// Options configure a Server. Zero values take the defaults shown.
type Options struct {
	// Bus is where the market data comes from (required).
	Bus bus.Subscriber
	// History serves GET /v1/trades, /v1/candles, /v1/orders, /v1/fills
	// and /v1/balances; nil serves trades and candles from the recent
	// history the market-data streams carry, and the account endpoints
	// from the engine (open orders, balances) and the account's private
	// stream (recent fills).
	History History
	// Leases serves GET /v1/leases, /v1/leases/{id}[/logs] and the
	// lease.* methods (the redeemer); nil answers them not_implemented.
	Leases Leases
	// NodeAgents serves the providers' node agents: GET /v1/agent/leases,
	// POST /v1/agent/reports and /v1/agent/logs (the redeemer); nil
	// answers them not_implemented.
	NodeAgents NodeAgents
	// Oracle serves the oracle's reporters: POST /v1/oracle/challenges,
	// GET /v1/oracle/answers and /v1/oracle/nodes (the redeemer relays the
	// challenges), and the
	// board: GET /v1/oracle/epochs, POST /v1/oracle/verdicts and
	// /v1/oracle/signatures; nil
	// answers them not_implemented.
	Oracle OracleRelay
	// LeasePoll is how often a leases channel subscription reads Leases
	// for changes (default DefaultLeasePoll).
	LeasePoll time.Duration
	Logger    *slog.Logger // default: discard
	// Clock is read for rate limits and ping results (default clock.Real).
	Clock clock.Clock
	// Depths are the depth-limited book streams besides the full book: the
	// publisher's (api/publish) marketdata.Config.Depths (default
	// marketdata.DefaultDepths).
	Depths []int
	// MaxMessageBytes bounds one inbound websocket message (default 16384);
	// a larger one closes the connection with 1009.
	MaxMessageBytes int
	// SendQueueLen and SendQueueBytes bound a connection's send queue
	// (default 4096 messages, 4 MiB); overflowing it closes the connection
	// with 1008 (slow consumer).
	SendQueueLen   int
	SendQueueBytes int
	// SendBudgetBytes bounds the send queues of all connections together
	// (default 256 MiB): while they hold more, a connection whose queue
	// grows beyond its share (SendBudgetBytes over the open connections)
	// is closed as a slow consumer, so that a crowd of clients that do not
	// read cannot take the process's memory or the others' updates.
	SendBudgetBytes int
	// WriteTimeout is the deadline of each websocket write (default 10s);
	// missing it closes the connection.
	WriteTimeout time.Duration
	// PingInterval is the time between protocol pings (default 20s);
	// PongTimeout is how long the server waits for any frame or pong
	// before it drops the connection (default 60s).
	PingInterval time.Duration
	PongTimeout  time.Duration
	// CloseGrace is how long the server waits for the client's close
	// frame after sending its own (default 1s).
	CloseGrace time.Duration
	// RateLimit is the inbound messages a connection may send per second,
	// with bursts of up to RateBurst (default 20 and 50).
	RateLimit float64
	RateBurst int
	// RateLimitCloseAfter rate-limited messages within RateLimitWindow
	// close the connection with 1008 rate_limit_exceeded (default 50 in
	// 10s): a client that does not wait for retry_after_ms.
	RateLimitCloseAfter int
	RateLimitWindow     time.Duration
	// MaxConns bounds the open websockets, MaxConnsPerIP those of one
	// source address (an IPv6 /64 counts as one); beyond them an upgrade
	// is refused with 503 too_many_connections or 429
	// too_many_source_connections. Defaults: MaxOpenConns less a tenth (at
	// least 64) kept for REST and /metrics, at most 50,000; and 256.
	MaxConns      int
	MaxConnsPerIP int
	// MaxOpenConns bounds the TCP connections Serve accepts at once: the
	// next waits in the kernel's backlog until one closes. Default: the
	// descriptor limit (RLIMIT_NOFILE) less a tenth, at least 256, kept
	// for the journal, the database, Redis and the chain. MaxOpenConnsPerIP
	// bounds those of one source (default MaxConnsPerIP + 64); a source
	// over it is answered 429 too_many_source_connections and closed.
	MaxOpenConns      int
	MaxOpenConnsPerIP int
	// HTTP server timeouts of Serve (REST, /metrics and the websocket
	// handshake; an upgraded websocket keeps its own deadlines):
	// HTTPReadHeaderTimeout for the request line and headers (default
	// 10s), HTTPReadTimeout for the whole request with its body (default
	// 30s), HTTPWriteTimeout for the response (default 30s),
	// HTTPIdleTimeout between requests on a kept-alive connection (default
	// 60s). MaxHeaderBytes bounds the request headers (default 32 KiB;
	// over it: 431).
	HTTPReadHeaderTimeout time.Duration
	HTTPReadTimeout       time.Duration
	HTTPWriteTimeout      time.Duration
	HTTPIdleTimeout       time.Duration
	MaxHeaderBytes        int
	// MaxSubscriptions bounds the streams of one connection (default 500).
	MaxSubscriptions int
	// SyncTimeout bounds how long a REST request waits for market data
	// that this gateway does not follow yet (default 5s).
	SyncTimeout time.Duration
	// TopicLinger is how long the gateway keeps following a topic that no
	// connection or request uses any more (default 30s).
	TopicLinger time.Duration

	// Auth signs clients in (auth.challenge, auth.login); nil: those
	// methods answer not_implemented.
	Auth *auth.Verifier
	// Engine takes orders; nil, or Auth nil: the order methods answer
	// not_implemented.
	Engine Engine
	// OrderDomain is the EIP-712 domain orders are signed in (the
	// Exchange contract's).
	OrderDomain eip712.Domain
	// Contracts asks EIP-1271 wallets about their order signatures (nil:
	// contract-signed orders are refused).
	Contracts orderentry.ContractSignatures
	// SettlementHorizon is the engine's (exchange.Config): orders whose
	// expiry is within it of now are refused order_expires_too_soon
	// before they reach the engine. 0: none.
	SettlementHorizon time.Duration
	// OrderRate is the order commands (place, cancel, cancel_all, amend)
	// an account may send per second through this gateway, with bursts of
	// up to OrderBurst (default 10 and 20).
	OrderRate  float64
	OrderBurst int
	// CancelAfterCheck is the longest the cancel_after loop sleeps on
	// Clock (default 100ms); it wakes at the earliest armed deadline.
	CancelAfterCheck time.Duration
	// MaxSwitchesPerSource bounds the cancel_after switches armed from one
	// source (auth.SourceOf; default 1000): more are refused
	// too_many_switches.
	MaxSwitchesPerSource int
	// SignInRate is the sign-in requests (auth.challenge and auth.login
	// together) one source may send per second, over all its
	// connections, with bursts of up to SignInBurst (default 10 and 100).
	SignInRate  float64
	SignInBurst int
	// EngineTimeout bounds one command's wait for the engine (default 10s).
	EngineTimeout time.Duration
	// Chain is what GET /v1/chain answers (nil: chain_not_configured).
	Chain *ChainInfo
	// Collectors are more metrics served on /metrics (the settlement
	// pipeline's, say).
	Collectors []prometheus.Collector
	// Health, if set, is asked by GET /healthz: a non-empty problem (the
	// settlement pipeline stalled, say) answers 503 with it, so that a
	// probe or a load balancer hears what the log says.
	Health func() (problem string)
	// FrameTap, if set, is told every websocket message the gateway reads
	// or writes, and the end of each connection (FrameClosed), for
	// protocol conformance tests: the api tests validate all their
	// gateways' traffic against the websocket schema with it. conn
	// numbers the connection (from 1, per Server). It runs on the
	// connection's reader and writer goroutines, so it must be safe for
	// concurrent use and quick; it must neither keep nor modify data (copy
	// what it keeps): a message sent to many connections is one shared
	// slice. nil (the default) costs one nil check per message.
	FrameTap func(dir FrameDir, conn uint64, data []byte)
}

func (o *Options) defaults() {
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	o.Clock = clock.Or(o.Clock)
	if o.Depths == nil {
		o.Depths = marketdata.DefaultDepths
	}
	setDefault(&o.MaxMessageBytes, 16384)
	setDefault(&o.SendQueueLen, 4096)
	setDefault(&o.SendQueueBytes, 4<<20)
	setDefault(&o.SendBudgetBytes, 256<<20)
	setDefault(&o.WriteTimeout, 10*time.Second)
	setDefault(&o.PingInterval, 20*time.Second)
	setDefault(&o.PongTimeout, 60*time.Second)
	setDefault(&o.CloseGrace, time.Second)
	setDefault(&o.RateLimit, 20)
	setDefault(&o.RateBurst, 50)
	setDefault(&o.RateLimitCloseAfter, 50)
	setDefault(&o.RateLimitWindow, 10*time.Second)
	setDefault(&o.MaxOpenConns, openCap(fdLimit()))
	setDefault(&o.MaxConns, wsCap(o.MaxOpenConns))
	setDefault(&o.MaxConnsPerIP, 256)
	setDefault(&o.MaxOpenConnsPerIP, o.MaxConnsPerIP+perSourceHTTP)
	setDefault(&o.HTTPReadHeaderTimeout, 10*time.Second)
	setDefault(&o.HTTPReadTimeout, 30*time.Second)
	setDefault(&o.HTTPWriteTimeout, 30*time.Second)
	setDefault(&o.HTTPIdleTimeout, 60*time.Second)
	setDefault(&o.MaxHeaderBytes, 32<<10)
	setDefault(&o.MaxSubscriptions, 500)
	setDefault(&o.SyncTimeout, 5*time.Second)
	setDefault(&o.LeasePoll, DefaultLeasePoll)
	setDefault(&o.TopicLinger, 30*time.Second)
	setDefault(&o.OrderRate, 10)
	setDefault(&o.OrderBurst, 20)
	setDefault(&o.CancelAfterCheck, 100*time.Millisecond)
	setDefault(&o.MaxSwitchesPerSource, DefaultMaxSwitchesPerSource)
	setDefault(&o.SignInRate, DefaultSignInRate)
	setDefault(&o.SignInBurst, DefaultSignInBurst)
	setDefault(&o.EngineTimeout, 10*time.Second)
}

// Defaults of the per-source caps on sign-in and dead-man switches.
const (
	DefaultSignInRate           = 10   // sign-in requests per second per source
	DefaultSignInBurst          = 100  // of them at once
	DefaultMaxSwitchesPerSource = 1000 // armed cancel_after switches per source
)

func setDefault[T int | float64 | time.Duration](p *T, v T) {
	if *p <= 0 {
		*p = v
	}
}

// Server is the trading gateway: one websocket endpoint (/v1/ws), REST
// under /v1, /metrics, /healthz and /readyz. It holds no state of its own
// beyond what it follows on the bus, so any number of them can serve the
// same engine.
type Server struct {
	opts    Options
	log     *slog.Logger
	hub     *hub
	priv    *privHub
	markets *topic
	busDown *health.Dependency // the bus failing to subscribe: logged once (follow.go)
	reg     *prometheus.Registry
	m       serverMetrics
	mux     *routeMux // an http.ServeMux that lists its routes (openapi.go)
	up      websocket.Upgrader

	mu       sync.Mutex
	conns    map[*conn]struct{}
	wsOpen   int                // websockets open or being upgraded
	wsBySrc  map[netip.Addr]int // of wsOpen, by source
	shutting bool
	// sendBytes is what every connection's send queue holds, with what
	// its writer is writing: the sum Options.SendBudgetBytes bounds.
	sendBytes atomic.Int64
	nconns    atomic.Int64 // open websockets, for a connection's share of the budget
	http      *http.Server
	wg        sync.WaitGroup

	entry   *orderentry.Entry // nil without Auth and Engine
	orders  *accounts
	signIns *sourceLimits
	connIDs atomic.Uint64
	stopBg  chan struct{}
	bgDone  chan struct{}
	bgClose sync.Once
}

type serverMetrics struct {
	conns        prometheus.Gauge
	topics       prometheus.Gauge
	sent         [6]prometheus.Counter
	received     prometheus.Counter
	slow         *prometheus.CounterVec
	refused      *prometheus.CounterVec
	rateClosed   prometheus.Counter
	openConns    prometheus.Gauge
	requests     *prometheus.CounterVec
	topicResyncs prometheus.Counter
	rest         *prometheus.CounterVec
}

// NewServer returns a Server that follows the market list on the bus.
func NewServer(opts Options) (*Server, error) {
	if opts.Bus == nil {
		return nil, errors.New("api: Options.Bus is required")
	}
	opts.defaults()
	if opts.History != nil {
		opts.History = newLoggedHistory(opts.History, opts.Logger, opts.Clock)
	}
	s := &Server{opts: opts, log: opts.Logger, conns: make(map[*conn]struct{}), wsBySrc: make(map[netip.Addr]int), reg: prometheus.NewRegistry()}
	s.up = websocket.Upgrader{
		ReadBufferSize: 4096, WriteBufferSize: 4096,
		CheckOrigin: func(*http.Request) bool { return true }, // public market data; auth will check its own
	}
	sentVec := prometheus.NewCounterVec(prometheus.CounterOpts{Name: "hourglass_ws_messages_sent_total", Help: "Market-data messages queued to websocket connections."}, []string{"channel"})
	for ch := marketdata.ChannelBook; ch <= marketdata.ChannelHeartbeat; ch++ {
		s.m.sent[ch] = sentVec.WithLabelValues(ch.String())
	}
	s.m.conns = prometheus.NewGauge(prometheus.GaugeOpts{Name: "hourglass_ws_connections", Help: "Open websocket connections."})
	s.m.topics = prometheus.NewGauge(prometheus.GaugeOpts{Name: "hourglass_ws_topics", Help: "Bus topics this gateway follows."})
	s.m.received = prometheus.NewCounter(prometheus.CounterOpts{Name: "hourglass_ws_messages_received_total", Help: "Websocket messages received."})
	s.m.slow = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "hourglass_ws_slow_consumer_disconnects_total", Help: "Connections closed as slow consumers."}, []string{"reason"})
	s.m.refused = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "hourglass_connections_refused_total",
		Help: "Connections refused at a cap: ws_total (MaxConns), ws_source (MaxConnsPerIP), tcp_source (MaxOpenConnsPerIP)."}, []string{"reason"})
	s.m.rateClosed = prometheus.NewCounter(prometheus.CounterOpts{Name: "hourglass_ws_rate_limit_disconnects_total", Help: "Connections closed for sending on after being rate-limited."})
	s.m.openConns = prometheus.NewGauge(prometheus.GaugeOpts{Name: "hourglass_http_open_connections", Help: "TCP connections the gateway's listener holds open (REST, /metrics and websockets)."})
	sendQueued := prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "hourglass_ws_send_queue_bytes", Help: "Bytes queued to all websockets, which Options.SendBudgetBytes bounds."},
		func() float64 { return float64(s.sendBytes.Load()) })
	s.m.requests = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "hourglass_ws_requests_total", Help: "Websocket requests by method and status."}, []string{"method", "status"})
	s.m.topicResyncs = prometheus.NewCounter(prometheus.CounterOpts{Name: "hourglass_ws_topic_resubscribes_total", Help: "Times a followed topic lost its state and re-subscribed to the bus."})
	s.m.rest = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "hourglass_http_requests_total", Help: "REST requests by route and status."}, []string{"route", "status"})
	s.reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		sentVec, s.m.conns, s.m.topics, s.m.received, s.m.slow, s.m.requests, s.m.topicResyncs, s.m.rest,
		s.m.refused, s.m.rateClosed, s.m.openConns, sendQueued)
	if err := registerAll(s.reg, opts.Collectors); err != nil {
		return nil, err
	}
	s.busDown = health.New("market-data bus", s.log, nil)
	for _, r := range []string{"queue", "write_deadline"} {
		s.m.slow.WithLabelValues(r) // at zero from the start, as documented
	}
	s.hub = newHub(s)
	s.priv = newPrivHub(s)
	t, err := s.hub.acquire(streamKey{channel: channelMarkets})
	if err != nil {
		return nil, err
	}
	s.markets = t
	s.routes()
	s.signIns = newSourceLimits(opts.SignInRate, opts.SignInBurst)
	s.log.Info("gateway connection limits", "fd_limit", fdLimit(), "max_open_conns", opts.MaxOpenConns,
		"max_open_conns_per_ip", opts.MaxOpenConnsPerIP, "max_ws_conns", opts.MaxConns, "max_ws_conns_per_ip", opts.MaxConnsPerIP,
		"send_budget_bytes", opts.SendBudgetBytes)
	if opts.MaxConns > opts.MaxOpenConns-httpReserveMin {
		s.log.Warn("MaxConns leaves REST and /metrics fewer than 64 of MaxOpenConns: idle websockets can keep them out",
			"max_ws_conns", opts.MaxConns, "max_open_conns", opts.MaxOpenConns)
	}
	s.stopBg, s.bgDone = make(chan struct{}), make(chan struct{})
	if opts.Auth != nil && opts.Engine != nil {
		s.entry = &orderentry.Entry{Domain: opts.OrderDomain, Markets: registryMarkets{s}, Contracts: opts.Contracts,
			Now: func() uint64 { return uint64(opts.Clock.Now().Unix()) }, Horizon: uint64((opts.SettlementHorizon + time.Second - 1) / time.Second)}
		s.orders = newAccounts()
		go s.cancelAfterLoop()
	} else {
		close(s.bgDone)
	}
	return s, nil
}

// Handler returns the server's HTTP handler. A caller that serves it on
// its own http.Server must call Shutdown to close the websockets, which
// http.Server.Shutdown does not.
func (s *Server) Handler() http.Handler { return s.mux }

// Options returns the options in effect, defaults filled in.
func (s *Server) Options() Options { return s.opts }

// Serve serves on ln until Shutdown, accepting at most
// Options.MaxOpenConns connections at once and Options.MaxOpenConnsPerIP
// from one source, with the HTTP timeouts of Options.
func (s *Server) Serve(ln net.Listener) error {
	s.mu.Lock()
	if s.shutting {
		s.mu.Unlock()
		return http.ErrServerClosed
	}
	o := &s.opts
	ln = newLimitListener(ln, o.MaxOpenConns, o.MaxOpenConnsPerIP, s.m.refused.WithLabelValues("tcp_source"), s.m.openConns)
	// WriteTimeout and ReadTimeout set the socket's deadlines before the
	// handler runs; serveWS clears them once the websocket is upgraded.
	s.http = &http.Server{Handler: s.mux, ReadHeaderTimeout: o.HTTPReadHeaderTimeout, ReadTimeout: o.HTTPReadTimeout,
		WriteTimeout: o.HTTPWriteTimeout, IdleTimeout: o.HTTPIdleTimeout, MaxHeaderBytes: o.MaxHeaderBytes}
	hs := s.http
	s.mu.Unlock()
	return hs.Serve(ln)
}

// Ready reports whether the server has the market list and is not shutting
// down.
func (s *Server) Ready() bool {
	s.mu.Lock()
	shutting := s.shutting
	s.mu.Unlock()
	return !shutting && s.registry() != nil
}

// restShutdownGrace is how long Shutdown lets REST requests finish.
const restShutdownGrace = 2 * time.Second

// Shutdown stops accepting connections, closes every websocket with 1001
// (going away), gives REST requests restShutdownGrace, waits for the
// websockets until ctx ends, and stops following the bus.
func (s *Server) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	s.shutting = true
	hs := s.http
	for c := range s.conns {
		c.fail(websocket.CloseGoingAway, "server shutting down", nil)
	}
	s.mu.Unlock()
	var err error
	if hs != nil {
		// REST requests get a grace period; then whatever is left goes,
		// including connections a client opened and sent nothing on,
		// which http.Server.Shutdown would wait 5 s for.
		hctx, cancel := context.WithTimeout(ctx, restShutdownGrace)
		err = hs.Shutdown(hctx)
		cancel()
		if err != nil && ctx.Err() == nil {
			err = hs.Close()
		}
	}
	done := make(chan struct{})
	go func() { s.wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-ctx.Done():
		s.mu.Lock()
		for c := range s.conns {
			c.ws.NetConn().Close()
		}
		s.mu.Unlock()
		<-done
		err = ctx.Err()
	}
	s.bgClose.Do(func() { close(s.stopBg) })
	<-s.bgDone
	s.hub.close()
	s.priv.close()
	return err
}

// registry returns the market list, nil before the first one arrived.
func (s *Server) registry() *marketRegistry {
	s.markets.mu.Lock()
	defer s.markets.mu.Unlock()
	if !s.markets.synced {
		return nil
	}
	return s.markets.state.(*marketsState).reg
}

func (s *Server) market(symbol string) (*marketEntry, bool) {
	r := s.registry()
	if r == nil {
		return nil, false
	}
	e, ok := r.bySymbol[symbol]
	return e, ok
}

// serveWS upgrades a request to a websocket connection and serves it,
// within the caps of Options.MaxConns and MaxConnsPerIP.
func (s *Server) serveWS(w http.ResponseWriter, r *http.Request) {
	src := sourceOf(r.RemoteAddr)
	s.mu.Lock()
	if s.shutting {
		s.mu.Unlock()
		writeError(w, errorf(CodeUnavailable, "server shutting down"))
		return
	}
	if s.wsOpen >= s.opts.MaxConns {
		s.mu.Unlock()
		s.m.refused.WithLabelValues("ws_total").Inc()
		w.Header().Set("Retry-After", "5")
		writeError(w, errorf(CodeTooManyConnections, "the gateway holds its maximum of "+strconv.Itoa(s.opts.MaxConns)+" websockets: retry later or elsewhere"))
		return
	}
	if s.wsBySrc[src] >= s.opts.MaxConnsPerIP {
		s.mu.Unlock()
		s.m.refused.WithLabelValues("ws_source").Inc()
		writeError(w, errorf(CodeTooManySourceConnections, "a source address may hold "+strconv.Itoa(s.opts.MaxConnsPerIP)+" websockets: close some first"))
		return
	}
	s.wsOpen++
	s.wsBySrc[src]++
	s.wg.Add(1)
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		s.wsOpen--
		if s.wsBySrc[src]--; s.wsBySrc[src] <= 0 {
			delete(s.wsBySrc, src)
		}
		s.mu.Unlock()
		s.wg.Done()
	}()
	ws, err := s.up.Upgrade(w, r, nil)
	if err != nil {
		return // Upgrade answered the client
	}
	// The HTTP server's read and write deadlines were for the handshake:
	// the connection keeps its own from now on.
	ws.NetConn().SetDeadline(time.Time{})
	id := s.connIDs.Add(1)
	c := &conn{
		s: s, ws: ws, id: id, log: s.log.With("conn", ws.RemoteAddr().String()),
		wake: make(chan struct{}, 1), readerDone: make(chan struct{}), writerDone: make(chan struct{}),
		subs:    make(map[wire.Topic]*topic),
		limiter: rateLimiter{rate: s.opts.RateLimit, burst: float64(s.opts.RateBurst)},
		origin:  auth.Origin{Conn: "c" + strconv.FormatUint(id, 10), Source: auth.SourceOf(r.RemoteAddr)},
	}
	s.mu.Lock()
	if s.shutting {
		c.closing = &closeInfo{code: websocket.CloseGoingAway, reason: "server shutting down"}
	}
	s.conns[c] = struct{}{}
	s.mu.Unlock()
	s.m.conns.Inc()
	s.nconns.Add(1)
	go c.writeLoop()
	c.readLoop()
	c.leaveAll()
	c.leavePrivate()
	c.stopLeases()
	c.signOut()
	if s.opts.Auth != nil {
		s.opts.Auth.DropNonces(c.origin.Conn)
	}
	<-c.writerDone
	ws.NetConn().Close()
	if tap := s.opts.FrameTap; tap != nil {
		tap(FrameClosed, c.id, nil)
	}
	s.mu.Lock()
	delete(s.conns, c)
	s.mu.Unlock()
	s.m.conns.Dec()
	s.nconns.Add(-1)
}

func (s *Server) routes() {
	mux := newRouteMux()
	mux.HandleFunc("/v1/ws", s.serveWS)
	mux.HandleFunc("/v1/markets", s.get("markets", s.restMarkets))
	mux.HandleFunc("/v1/book", s.get("book", s.restBook))
	mux.HandleFunc("/v1/trades", s.get("trades", s.restTrades))
	mux.HandleFunc("/v1/candles", s.get("candles", s.restCandles))
	mux.HandleFunc("/v1/orders", s.get("orders", s.restOrders))
	mux.HandleFunc("/v1/orders/", s.get("order", s.restOrder))
	mux.HandleFunc("/v1/nonce", s.get("nonce", s.restNonce))
	mux.HandleFunc("/v1/fills", s.get("fills", s.restFills))
	mux.HandleFunc("/v1/balances", s.get("balances", s.restBalances))
	mux.HandleFunc("/v1/leases", s.get("leases", s.restLeases))
	mux.HandleFunc("/v1/leases/", s.get("lease", s.restLease))
	mux.HandleFunc("/v1/leases/{lease_id}/complaints", s.post("lease_complaints", s.restLeaseComplaints))
	mux.HandleFunc("/v1/spot/specs", s.get("spot_specs", s.restSpotSpecs))
	mux.HandleFunc("/v1/spot/specs/{symbol}", s.count("spot_spec", s.restSpotSpec))
	mux.HandleFunc("/v1/agent/leases", s.get("agent_leases", s.restAgentLeases))
	mux.HandleFunc("/v1/agent/reports", s.post("agent_reports", s.restAgentReports))
	mux.HandleFunc("/v1/agent/logs", s.post("agent_logs", s.restAgentLogs))
	mux.HandleFunc("/v1/agent/answers", s.post("agent_answers", s.restAgentAnswers))
	mux.HandleFunc("/v1/oracle/challenges", s.post("oracle_challenges", s.restOracleChallenges))
	mux.HandleFunc("/v1/oracle/answers", s.get("oracle_answers", s.restOracleAnswers))
	mux.HandleFunc("/v1/oracle/nodes", s.get("oracle_nodes", s.restOracleNodes))
	mux.HandleFunc("/v1/oracle/epochs", s.get("oracle_epochs", s.restOracleEpochs))
	mux.HandleFunc("/v1/oracle/verdicts", s.post("oracle_verdicts", s.restOracleVerdicts))
	mux.HandleFunc("/v1/oracle/signatures", s.post("oracle_signatures", s.restOracleSignatures))
	mux.HandleFunc("/v1/chain", s.get("chain", s.restChain))
	mux.HandleFunc(abiPath, s.get("chain_abi", s.restABIIndex))
	mux.HandleFunc(abiPath+"/", s.get("chain_abi", s.restABI))
	mux.HandleFunc("/v1/openapi.json", s.get("openapi", s.restOpenAPI))
	mux.HandleFunc("/v1/ws.schema.json", s.get("ws_schema", s.restWSSchema))
	for _, p := range reservedPaths {
		mux.HandleFunc(p, s.count("reserved", func(w http.ResponseWriter, r *http.Request) *Error {
			return errorf(CodeNotImplemented, r.URL.Path+" comes with the order-entry work")
		}))
	}
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if h := s.opts.Health; h != nil {
			if problem := h(); problem != "" {
				w.WriteHeader(http.StatusServiceUnavailable)
				b, _ := json.Marshal(struct {
					Status  string `json:"status"`
					Problem string `json:"problem"`
				}{"degraded", problem})
				w.Write(append(b, '\n'))
				return
			}
		}
		w.Write([]byte(`{"status":"ok"}`))
	})
	mux.HandleFunc("/readyz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if !s.Ready() {
			w.WriteHeader(http.StatusServiceUnavailable)
			w.Write([]byte(`{"status":"not_ready"}`))
			return
		}
		w.Write([]byte(`{"status":"ready"}`))
	})
	mux.Handle("/metrics", promhttp.HandlerFor(s.reg, promhttp.HandlerOpts{}))
	mux.HandleFunc("/", s.count("unknown", func(w http.ResponseWriter, r *http.Request) *Error {
		return errorf(CodeNotFound, "no such path "+r.URL.Path)
	}))
	s.mux = mux
}

// reservedPaths are the authenticated account endpoints to come.
var reservedPaths = []string{"/v1/positions", "/v1/ledger"}

// registerAll registers more collectors on the server's registry.
func registerAll(r *prometheus.Registry, cs []prometheus.Collector) error {
	for _, c := range cs {
		if err := r.Register(c); err != nil {
			return fmt.Errorf("api: metrics: %w", err)
		}
	}
	return nil
}
