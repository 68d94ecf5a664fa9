package api_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/gorilla/websocket"

	"github.com/hourglass-exchange/hourglass/api"
	"github.com/hourglass-exchange/hourglass/api/auth"
	"github.com/hourglass-exchange/hourglass/api/internal/apitest"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// The abuse suite for sign-in and dead-man switches: an attacker with
// free keys on loopback, beside a legitimate trader, against a running
// gateway. The attacker comes from other loopback addresses than the
// trader (127.0.0.2 and up: every 127/8 address is this machine), so
// that the gateway sees them as other sources, as it would on a network
// (dialerFrom).

// abuseConn is an attacker's websocket: requests pipelined, responses read
// back by id.
type abuseConn struct {
	ws *websocket.Conn
	id int
}

// dialAbuse opens an attacker's websocket from ip (dialerFrom).
func dialAbuse(t *testing.T, url, ip string) (*abuseConn, error) {
	ws, _, err := dialerFrom(ip, 0).Dial(url, nil)
	if err != nil {
		return nil, err
	}
	t.Cleanup(func() { ws.Close() })
	return &abuseConn{ws: ws}, nil
}

type abuseResponse struct {
	ID     int             `json:"id"`
	Status int             `json:"status"`
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Code string `json:"code"`
	} `json:"error"`
}

// call sends one request and reads up to its response.
func (c *abuseConn) call(method string, params any) (abuseResponse, error) {
	c.id++
	if err := c.ws.WriteJSON(map[string]any{"id": c.id, "method": method, "params": params}); err != nil {
		return abuseResponse{}, err
	}
	c.ws.SetReadDeadline(time.Now().Add(10 * time.Second))
	for {
		var r abuseResponse
		if err := c.ws.ReadJSON(&r); err != nil {
			return r, err
		}
		if r.ID == c.id && r.Status != 0 {
			if r.Status != 200 && r.Error == nil {
				return r, fmt.Errorf("%s: status %d without an error", method, r.Status)
			}
			return r, nil
		}
	}
}

// signIn signs key in on c with SIWE; the error names the refusal's code.
func (c *abuseConn) signIn(key *ecdsa.PrivateKey) (string, error) {
	r, err := c.call("auth.challenge", nil)
	if err != nil {
		return "", err
	}
	if r.Error != nil {
		return "", errors.New(r.Error.Code)
	}
	var ch auth.Challenge
	if err := json.Unmarshal(r.Result, &ch); err != nil {
		return "", err
	}
	text := ch.Message(crypto.PubkeyToAddress(key.PublicKey), "").String()
	sig, err := auth.SignText(key, text)
	if err != nil {
		return "", err
	}
	r, err = c.call("auth.login", map[string]any{"message": text, "signature": hexutil.Encode(sig)})
	if err != nil {
		return "", err
	}
	if r.Error != nil {
		return "", errors.New(r.Error.Code)
	}
	var s struct{ Token string }
	err = json.Unmarshal(r.Result, &s)
	return s.Token, err
}

// abuseKey is the attacker's i-th free key.
func abuseKey(t *testing.T, i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(common.LeftPadBytes(big.NewInt(int64(1_000_000+i)).Bytes(), 32))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// stillSignedIn checks that the trader's live connection and its REST
// bearer token still hold their session.
func stillSignedIn(t *testing.T, tr *trader, token string) {
	t.Helper()
	tr.ok("order.cancel_all", nil) // auth_invalid_session once the session is gone
	req, _ := http.NewRequest(http.MethodGet, tr.w.gw.HTTP()+"/v1/balances", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("GET /v1/balances with the trader's token: %d", resp.StatusCode)
	}
}

// TestAbuseSessionFlood: one key signing in again and again, and many
// keys from a few sources, fill the gateway's session store (a small one
// here: 300, for a test bounded in time; the default is 100,000). The
// trader beside them keeps its session: its live connection still takes
// order commands and its token still works on REST.
func TestAbuseSessionFlood(t *testing.T) {
	v, err := auth.New(auth.Config{Domain: "hourglass.test", ChainID: 1337, MaxSessions: 300, MaxSessionsPerSource: 100})
	if err != nil {
		t.Fatal(err)
	}
	w := newOrderWorld(t, func(o *api.Options) {
		o.Auth = v
		// The flood must reach the store: the sign-in rate has its own
		// test (TestAbuseChallengeFlood).
		o.SignInRate, o.SignInBurst = 1e6, 1<<20
	})
	tr := w.trader(1)
	token := tr.login(false)["token"].(string)
	tr.fund()
	stillSignedIn(t, tr, token)

	flood := func(src string, keys func(i int) *ecdsa.PrivateKey, n int) {
		t.Helper()
		for i := range n {
			c, err := dialAbuse(t, w.gw.URL(), src)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := c.signIn(keys(i)); err != nil {
				t.Fatalf("attacker sign-in %d from %s: %v", i, src, err)
			}
			c.ws.Close()
		}
	}
	// One key, 400 sign-ins: more than the whole store.
	one := abuseKey(t, 0)
	flood("127.0.0.2", func(int) *ecdsa.PrivateKey { return one }, 400)
	stillSignedIn(t, tr, token)
	if n := v.Sessions().AddressLen(crypto.PubkeyToAddress(one.PublicKey)); n != auth.DefaultMaxSessionsPerAddress {
		t.Fatalf("the flooding address holds %d sessions, want its cap %d", n, auth.DefaultMaxSessionsPerAddress)
	}
	// Fresh keys from four sources, 150 each: over the per-source cap and,
	// together, over the store.
	for s := range 4 {
		flood(fmt.Sprintf("127.0.0.%d", 3+s), func(i int) *ecdsa.PrivateKey { return abuseKey(t, 1+s*1000+i) }, 150)
	}
	stillSignedIn(t, tr, token)
	if n := v.Sessions().Len(); n > 300 {
		t.Fatalf("%d sessions held, cap 300", n)
	}
}

// TestAbuseChallengeFlood: while an attacker floods auth.challenge from
// four connections of another source for 2 s, a trader that takes 2 s to
// sign its challenge (a hardware wallet, a Safe) still signs in. With the
// default sign-in rate the flood is refused rate_limited after its burst;
// with the rate lifted it reaches the nonce store (500 nonces here, for a
// bounded test; 100,000 by default), which evicts only the flooder's own.
func TestAbuseChallengeFlood(t *testing.T) {
	for _, tc := range []struct {
		name        string
		limited     bool
		rate, burst int
	}{
		{"default sign-in rate", true, 0, 0},
		{"sign-in rate lifted", false, 1e6, 1 << 20},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v, err := auth.New(auth.Config{Domain: "hourglass.test", ChainID: 1337, MaxNonces: 500})
			if err != nil {
				t.Fatal(err)
			}
			w := newOrderWorld(t, func(o *api.Options) {
				o.Auth = v
				o.RateLimit, o.RateBurst = 1e6, 1<<20 // one connection may flood
				o.SignInRate, o.SignInBurst = float64(tc.rate), tc.burst
			})
			tr := w.trader(1)
			raw, _ := json.Marshal(tr.ok("auth.challenge", nil))
			var ch auth.Challenge
			if err := json.Unmarshal(raw, &ch); err != nil {
				t.Fatal(err)
			}

			var sent, issued, limited atomic.Int64
			stop := make(chan struct{})
			var wg sync.WaitGroup
			for range 4 {
				c, err := dialAbuse(t, w.gw.URL(), "127.0.0.2")
				if err != nil {
					t.Fatal(err)
				}
				wg.Add(2)
				go func() { // reader
					defer wg.Done()
					for {
						var r abuseResponse
						c.ws.SetReadDeadline(time.Now().Add(10 * time.Second))
						if c.ws.ReadJSON(&r) != nil || r.ID == -1 {
							c.ws.Close()
							return
						}
						if r.Status == 200 {
							issued.Add(1)
						} else if r.Error != nil && r.Error.Code == "rate_limited" {
							limited.Add(1)
						}
					}
				}()
				go func() { // writer: at most 10,000 challenges, for at most 2 s
					defer wg.Done()
					defer c.ws.WriteJSON(map[string]any{"id": -1, "method": "ping"}) // the reader's last
					for i := range 10_000 {
						select {
						case <-stop:
							return
						default:
						}
						if c.ws.WriteJSON(map[string]any{"id": i, "method": "auth.challenge"}) != nil {
							return
						}
						sent.Add(1)
					}
				}()
			}
			// The trader's wallet takes 2 s to sign, meanwhile the flood runs.
			clock.Sleep(context.Background(), clock.Real{}, 2*time.Second)
			close(stop)
			text := ch.Message(tr.addr, "Sign in to Hourglass").String()
			sig, err := auth.SignText(tr.key, text)
			if err != nil {
				t.Fatal(err)
			}
			m := tr.call("auth.login", map[string]any{"message": text, "signature": hexutil.Encode(sig)})
			wg.Wait()
			t.Logf("flood: %d challenges sent, %d issued, %d rate_limited", sent.Load(), issued.Load(), limited.Load())
			if m["status"] != float64(200) {
				t.Fatalf("the trader could not sign in beside the flood: %v", m)
			}
			if issued.Load() < 500 && !tc.limited {
				t.Fatalf("the flood got %d nonces: not enough to fill the store", issued.Load())
			}
			if tc.limited && (limited.Load() == 0 || issued.Load() > int64(api.DefaultSignInBurst)+100) {
				t.Fatalf("the flood was not rate-limited: %d issued, %d refused", issued.Load(), limited.Load())
			}
			// A nonce is good on its own connection only.
			raw, _ = json.Marshal(tr.ok("auth.challenge", nil))
			json.Unmarshal(raw, &ch)
			other := w.trader(2)
			text = ch.Message(other.addr, "").String()
			sig, _ = auth.SignText(other.key, text)
			other.refused("auth.login", map[string]any{"message": text, "signature": hexutil.Encode(sig)}, "auth_unknown_nonce", 401)
		})
	}
}

// TestAbuseCancelAfterFlood: thousands of accounts, from several sources,
// arm cancel_after to fall due at one instant; a trader's switch falls due
// 50 ms later. It fires within its promise (docs/api.md: 100 ms; the bound
// here is 400 ms on the real clock, for a loaded test machine, and the
// lateness is printed), the accounts with no resting order cost the engine
// no command, and a source over its cap of armed switches is refused.
func TestAbuseCancelAfterFlood(t *testing.T) {
	const (
		attackers = 5000
		perSource = 500
		withOrder = 4 // every 4th attacker account has a resting order
	)
	v, err := auth.New(auth.Config{Domain: "hourglass.test", ChainID: 1337, MaxSessions: 2 * attackers})
	if err != nil {
		t.Fatal(err)
	}
	// The journal syncs to disk as in production: what an engine round
	// trip costs is what a serial walk of the due switches pays per account.
	w := newOrderWorldWith(t, apitest.Options{Sync: true}, func(o *api.Options) {
		o.Auth = v
		o.Clock = clock.Real{}
		o.SignInRate, o.SignInBurst = 1e6, 1<<20
		o.MaxSwitchesPerSource = perSource
		// Each attacker source holds perSource websockets: over the
		// gateway's default per-source cap, which is not under test here.
		o.MaxConnsPerIP, o.MaxOpenConnsPerIP, o.MaxConns = perSource+1, 2*perSource, 2*attackers
	})
	tr := w.trader(1)
	tr.login(false)
	tr.fund()
	id := num(tr.ok("order.place", tr.order("buy", 20000, 1, 1, nil))["order_id"])

	// The attackers: engine accounts (a rejected order used to open one),
	// every 4th with a resting order; sessions minted in process (the
	// signatures are not what this test is about), each used by its own
	// connection.
	addrs := make([]common.Address, attackers)
	var cmds []exchange.Command
	for i := range addrs {
		addrs[i] = crypto.PubkeyToAddress(abuseKey(t, i).PublicKey)
		cmds = append(cmds, exchange.Command{Kind: exchange.CmdOpenAccount, Address: addrs[i]})
	}
	w.e.Submit(cmds...)
	cmds = cmds[:0]
	for i, addr := range addrs {
		if i%withOrder != 0 {
			continue
		}
		var a exchange.AccountID
		w.e.Seq.Query(func(en exchange.View) { a, _ = en.AccountByAddress(addr) })
		o := w.e.Limit(int(a), exchange.Buy, 20000, 1)
		o.OrderID, o.Nonce = exchange.OrderID(1<<40+i), uint64(i+1) // clear of the gateway's ids (sequence numbers)
		cmds = append(cmds, exchange.Command{Kind: exchange.CmdDeposit, Account: a, Asset: 0, Amount: 1e12}, o)
	}
	w.e.Submit(cmds...)
	conns := make([]*abuseConn, attackers)
	for i := range conns {
		c, err := dialAbuse(t, w.gw.URL(), fmt.Sprintf("127.0.1.%d", 1+i/perSource))
		if err != nil {
			t.Fatal(err)
		}
		s := v.Sessions().Create(auth.Session{Address: addrs[i], ChainID: 1337, ExpiresAt: time.Now().Add(time.Hour)})
		if r, err := c.call("auth.login", map[string]any{"token": s.Token}); err != nil || r.Status != 200 {
			t.Fatalf("attacker %d: %v %v", i, r, err)
		}
		conns[i] = c
	}

	// Arm them all to fall due at one instant, pipelined.
	due := time.Now().Add(3 * time.Second)
	for _, c := range conns {
		c.id++
		ms := time.Until(due).Milliseconds()
		if err := c.ws.WriteJSON(map[string]any{"id": c.id, "method": "cancel_after", "params": map[string]any{"timeout_ms": ms}}); err != nil {
			t.Fatal(err)
		}
	}
	for i, c := range conns {
		var r abuseResponse
		c.ws.SetReadDeadline(time.Now().Add(10 * time.Second))
		if err := c.ws.ReadJSON(&r); err != nil || r.Status != 200 {
			t.Fatalf("attacker %d arms: %+v %v", i, r, err)
		}
	}
	if time.Until(due) < 1200*time.Millisecond {
		t.Fatalf("arming took too long: due in %v", time.Until(due))
	}
	var before uint64
	w.e.Seq.Query(func(en exchange.View) { before = en.LastSeq() })
	// The trader's switch falls due 50 ms after theirs.
	r := tr.ok("cancel_after", map[string]any{"timeout_ms": time.Until(due.Add(50 * time.Millisecond)).Milliseconds()})
	trigger := time.UnixMilli(int64(num(r["trigger_time_ms"])))
	// One more switch from a full source is refused; from the trader's
	// own source, switches are still taken.
	extra, err := dialAbuse(t, w.gw.URL(), "127.0.1.1")
	if err != nil {
		t.Fatal(err)
	}
	s := v.Sessions().Create(auth.Session{Address: common.HexToAddress("0xE0"), ChainID: 1337, ExpiresAt: time.Now().Add(time.Hour)})
	if r, err := extra.call("auth.login", map[string]any{"token": s.Token}); err != nil || r.Status != 200 {
		t.Fatalf("extra sign-in: %v %v", r, err)
	}
	if r, err := extra.call("cancel_after", map[string]any{"timeout_ms": 60_000}); err != nil || r.Error == nil || r.Error.Code != "too_many_switches" {
		t.Fatalf("a switch over the source's cap: %+v %v", r, err)
	}

	var lateness time.Duration
	testsvc.CheckFor(t, 30*time.Second, time.Millisecond, func() error {
		if _, ok := w.live(id); ok {
			return fmt.Errorf("the trader's order %d is still live", id)
		}
		lateness = time.Since(trigger)
		return nil
	})
	t.Logf("the trader's switch fired %v after its deadline, beside %d due at once", lateness, attackers)
	if lateness > 400*time.Millisecond {
		t.Fatalf("the trader's switch fired %v late (promise: 100 ms)", lateness)
	}
	// Every attacker's switch fired, and only the accounts with orders
	// cost a command: one per attacker with a resting order, and the trader's.
	testsvc.CheckFor(t, 30*time.Second, 10*time.Millisecond, func() error {
		var after uint64
		open := 0
		w.e.Seq.Query(func(en exchange.View) {
			after = en.LastSeq()
			for _, addr := range addrs {
				a, _ := en.AccountByAddress(addr)
				open += en.OpenOrderCount(a)
			}
		})
		if open > 0 {
			return fmt.Errorf("%d attacker orders still rest", open)
		}
		if want := uint64(attackers/withOrder + 1); after-before != want {
			return fmt.Errorf("%d commands journaled for the switches, want %d", after-before, want)
		}
		return nil
	})
}

// TestAbuseLimitsDocumented: the caps and rates this suite defends are the
// ones docs/api.md states.
func TestAbuseLimitsDocumented(t *testing.T) {
	doc, err := os.ReadFile("../docs/api.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		fmt.Sprintf("| %d/s, bursts of %d |", int(api.DefaultSignInRate), api.DefaultSignInBurst),
		fmt.Sprintf("| pending nonces per connection | %d |", auth.DefaultMaxNoncesPerConn),
		fmt.Sprintf("| pending nonces per source | %s |", thousands(auth.DefaultMaxNoncesPerSource)),
		fmt.Sprintf("| pending nonces per gateway | %s |", thousands(auth.DefaultMaxNonces)),
		fmt.Sprintf("| sessions per address, on one gateway | %d |", auth.DefaultMaxSessionsPerAddress),
		fmt.Sprintf("| sessions per source | %s |", thousands(auth.DefaultMaxSessionsPerSource)),
		fmt.Sprintf("| sessions per gateway | %s |", thousands(auth.DefaultMaxSessions)),
		fmt.Sprintf("| armed `cancel_after` switches per source | %s |", thousands(api.DefaultMaxSwitchesPerSource)),
		"`too_many_switches`",
	} {
		if !strings.Contains(string(doc), want) {
			t.Errorf("docs/api.md does not say %q", want)
		}
	}
}

// thousands writes n with comma separators, as the docs do.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
