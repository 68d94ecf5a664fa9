package api_test

import (
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"
	"runtime"
	"strconv"
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
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
	"github.com/hourglass-exchange/hourglass/internal/bus"
	"github.com/hourglass-exchange/hourglass/internal/clock"
)

// memAccount is one signed-in account of BenchmarkSignedInMemory: its key
// and websocket, read by a goroutine that drops what it gets.
type memAccount struct {
	key  *ecdsa.PrivateKey
	addr common.Address
	ws   *websocket.Conn
	id   int
	next uint64 // the next nonce
}

func (a *memAccount) send(method string, params any) error {
	a.id++
	return a.ws.WriteJSON(map[string]any{"id": a.id, "method": method, "params": params})
}

func liveHeap() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

// BenchmarkSignedInMemory measures the memory of signed-in accounts: N
// accounts (1,000 and 3,000) open and funded, each signed in on a
// websocket of its own, subscribed to its orders, fills and balances, with
// one resting order; then each replaces its order every 5 s (a place and a
// cancel) for 40 s. It prints the live heap per 1,000 accounts after the
// sign-ins and at each 10 s of traffic: the figure must not depend on N
// and must stop growing with time. The heap is the whole process's: the
// engine, the gateway, the bus and the N client connections of the test
// (their read buffers, 1 KiB each).
func BenchmarkSignedInMemory(b *testing.B) {
	for _, n := range []int{1000, 3000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			for range b.N {
				signedInMemory(b, n)
			}
		})
	}
}

func signedInMemory(b *testing.B, n int) {
	lb := bus.NewLocal(bus.Options{})
	b.Cleanup(func() { lb.Close() })
	e := apitest.NewEngine(b, apitest.Options{Bus: lb})
	v, err := auth.New(auth.Config{Domain: "hourglass.test", ChainID: 1337, MaxSessions: 2 * n, MaxSessionsPerSource: 2 * n})
	if err != nil {
		b.Fatal(err)
	}
	domain := eip712.Domain{ChainID: big.NewInt(1337), VerifyingContract: common.HexToAddress("0x7a832fbCbD8ffD9d545e7Fd08836355D2Ff3eAbe")}
	g := apitest.NewGateway(b, api.Options{Bus: lb, Clock: clock.Real{}, Auth: v, Engine: api.SequencerEngine{Seq: e.Seq}, OrderDomain: domain,
		MaxConnsPerIP: 2 * n, MaxOpenConnsPerIP: 2*n + 64, MaxConns: 2 * n, SignInRate: 1e6, SignInBurst: 1 << 20})
	var market *big.Int
	e.Seq.Query(func(en exchange.View) {
		spec, _ := en.Spec(0)
		market = new(big.Int).SetBytes(spec.Instrument[:])
	})

	accts := make([]*memAccount, n)
	var cmds []exchange.Command
	for i := range accts {
		var seed [32]byte
		binary.BigEndian.PutUint64(seed[24:], uint64(0x5eed0000+i))
		k, err := crypto.ToECDSA(crypto.Keccak256(seed[:]))
		if err != nil {
			b.Fatal(err)
		}
		accts[i] = &memAccount{key: k, addr: crypto.PubkeyToAddress(k.PublicKey), next: 1}
		cmds = append(cmds, exchange.Command{Kind: exchange.CmdOpenAccount, Address: accts[i].addr})
	}
	e.Submit(cmds...)
	cmds = cmds[:0]
	e.Seq.Query(func(en exchange.View) {
		for _, a := range accts {
			id, _ := en.AccountByAddress(a.addr)
			cmds = append(cmds, exchange.Command{Kind: exchange.CmdDeposit, Account: id, Asset: 0, Amount: 1e12})
		}
	})
	e.Submit(cmds...)
	base := liveHeap()

	order := func(a *memAccount) map[string]any {
		nonce := a.next
		a.next++
		ticks := int64(10000 + nonce%100) // 1.0000 and up: far below the book, never filled
		o := eip712.Order{Maker: a.addr, Market: market, Side: eip712.Buy, Price: big.NewInt(ticks * 100), Amount: big.NewInt(1),
			MaxFeeBps: 10, Nonce: nonce, Salt: new(big.Int)}
		sig, err := eip712.Sign(a.key, domain, o)
		if err != nil {
			b.Fatal(err)
		}
		return map[string]any{"market": e.Symbol, "side": "buy", "price": fmt.Sprintf("%d.%04d", ticks/10000, ticks%10000),
			"size": "1", "client_order_id": strconv.FormatUint(nonce, 10), "max_fee_bps": 10, "signature": hexutil.Encode(sig)}
	}
	dialer := websocket.Dialer{ReadBufferSize: 1024, WriteBufferSize: 1024}
	for _, a := range accts {
		ws, _, err := dialer.Dial(g.URL(), nil)
		if err != nil {
			b.Fatal(err)
		}
		a.ws = ws
		b.Cleanup(func() { ws.Close() })
		go func() {
			for {
				if _, _, err := ws.NextReader(); err != nil {
					return
				}
			}
		}()
		s := v.Sessions().Create(auth.Session{Address: a.addr, ChainID: 1337, ExpiresAt: time.Now().Add(time.Hour)})
		if err := a.send("auth.login", map[string]any{"token": s.Token}); err != nil {
			b.Fatal(err)
		}
		for _, ch := range []string{"orders", "fills", "balances"} {
			if err := a.send("subscribe", map[string]any{"channel": ch}); err != nil {
				b.Fatal(err)
			}
		}
		if err := a.send("order.place", order(a)); err != nil {
			b.Fatal(err)
		}
	}
	time.Sleep(2 * time.Second) // the last answers
	per := func(h uint64) float64 { return float64(h-base) / float64(n) * 1000 / (1 << 20) }
	samples := []float64{per(liveHeap())}
	stop := time.Now().Add(40 * time.Second)
	next := time.Now().Add(10 * time.Second)
	for i := 0; time.Now().Before(stop); i = (i + 1) % n {
		a := accts[i]
		prev := a.next - 1
		if err := a.send("order.place", order(a)); err != nil {
			b.Fatal(err)
		}
		if err := a.send("order.cancel", map[string]any{"market": e.Symbol, "client_order_id": strconv.FormatUint(prev, 10)}); err != nil {
			b.Fatal(err)
		}
		time.Sleep(5 * time.Second / time.Duration(n)) // each account every 5 s
		if time.Now().After(next) {
			samples = append(samples, per(liveHeap()))
			next = next.Add(10 * time.Second)
		}
	}
	samples = append(samples, per(liveHeap()))
	fmt.Printf("signed-in accounts: %d, live heap per 1,000 accounts (MB) after sign-in and each 10 s of traffic: %.1f\n", n, samples)
	b.ReportMetric(samples[len(samples)-1], "MB/1000-accounts")
}
