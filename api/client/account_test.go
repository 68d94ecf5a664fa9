package client

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/api"
	"github.com/hourglass-exchange/hourglass/api/auth"
	"github.com/hourglass-exchange/hourglass/api/internal/apitest"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
	"github.com/hourglass-exchange/hourglass/internal/bus"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// tradingGateway is an engine and a gateway that takes signed orders in
// the domain of chain.
func tradingGateway(t *testing.T, chain *api.ChainInfo) (*apitest.Engine, *apitest.Gateway) {
	t.Helper()
	b := bus.NewLocal(bus.Options{})
	t.Cleanup(func() { b.Close() })
	e := apitest.NewEngine(t, apitest.Options{Bus: b})
	v, err := auth.New(auth.Config{Domain: "hourglass.test", ChainID: 1337})
	if err != nil {
		t.Fatal(err)
	}
	o := api.Options{Bus: b, Auth: v, Engine: api.SequencerEngine{Seq: e.Seq}, Chain: chain,
		OrderDomain: eip712.Domain{ChainID: big.NewInt(1337)}}
	if chain != nil {
		o.OrderDomain = eip712.Domain{ChainID: new(big.Int).SetUint64(chain.ChainID), VerifyingContract: chain.Exchange}
	}
	g := apitest.NewGateway(t, o)
	g.WaitMarket(t, e.Symbol)
	return e, g
}

// fund opens key's engine account and deposits 1000 USDC and 100 tokens.
func fund(t *testing.T, e *apitest.Engine, addr common.Address) {
	t.Helper()
	e.Submit(exchange.Command{Kind: exchange.CmdOpenAccount, Address: addr})
	var a exchange.AccountID
	e.Seq.Query(func(en exchange.View) { a, _ = en.AccountByAddress(addr) })
	e.Submit(exchange.Command{Kind: exchange.CmdDeposit, Account: a, Asset: 0, Amount: 1000e6},
		exchange.Command{Kind: exchange.CmdDeposit, Account: a, Asset: 1, Amount: 100})
}

func key(t *testing.T, seed byte) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(common.LeftPadBytes([]byte{seed}, 32))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func TestChainEndpoint(t *testing.T) {
	chain := &api.ChainInfo{ChainID: 31337, Exchange: common.HexToAddress("0x7a832fbCbD8ffD9d545e7Fd08836355D2Ff3eAbe"),
		Stablecoin: common.HexToAddress("0x01"), Token: common.HexToAddress("0x02"), Confirmations: 3, RPCURL: "http://127.0.0.1:8545",
		MarkFeeds: []api.MarkFeed{{Market: "H100SXM-US-T1-2027-01-04+168h", Instrument: "0x" + strings.Repeat("0a", 32), Feed: common.HexToAddress("0x03")}}}
	_, g := tradingGateway(t, chain)
	r := &REST{BaseURL: g.HTTP()}
	got, err := r.Chain(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := Chain{ChainID: 31337, Exchange: chain.Exchange, Stablecoin: chain.Stablecoin, Token: chain.Token, Confirmations: 3, RPCURL: chain.RPCURL,
		MarkFeeds: chain.MarkFeeds}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("chain %+v, want %+v", got, want)
	}
	_, g2 := tradingGateway(t, nil)
	_, err = (&REST{BaseURL: g2.HTTP()}).Chain(context.Background())
	var ae *Error
	if !errors.As(err, &ae) || ae.Code != "chain_not_configured" || ae.Status != 404 {
		t.Fatalf("no chain: %v", err)
	}
}

func TestWSURL(t *testing.T) {
	for in, want := range map[string]string{
		"http://127.0.0.1:8080": "ws://127.0.0.1:8080/v1/ws",
		"https://gw.example/":   "wss://gw.example/v1/ws",
		"ws://h:1":              "ws://h:1/v1/ws",
		"http://h/prefix":       "ws://h/prefix/v1/ws",
	} {
		if got, err := WSURL(in); err != nil || got != want {
			t.Errorf("WSURL(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, bad := range []string{"ftp://h", "127.0.0.1:8080", "http://"} {
		if _, err := WSURL(bad); err == nil {
			t.Errorf("WSURL(%q): no error", bad)
		}
	}
}

// TestTrading signs in, places signed orders that trade, amends and
// cancels, and reads the private channels and REST endpoints, through the
// client against a real gateway and engine.
func TestTrading(t *testing.T) {
	chain := &api.ChainInfo{ChainID: 1337, Exchange: common.HexToAddress("0x7a832fbCbD8ffD9d545e7Fd08836355D2Ff3eAbe"), Confirmations: 1}
	e, g := tradingGateway(t, chain)
	ctx := context.Background()
	mk, tk := key(t, 11), key(t, 12)
	maker, err := DialGateway(ctx, g.HTTP())
	if err != nil {
		t.Fatal(err)
	}
	defer maker.Close()
	if _, err := maker.PlaceOrder(ctx, OrderParams{Market: e.Symbol, Side: "buy", Price: "2.1", Size: "1", ClientOrderID: 1}); !errors.Is(err, ErrNotSignedIn) {
		t.Fatalf("place before sign-in: %v", err)
	}
	s, err := maker.Login(ctx, mk)
	if err != nil {
		t.Fatal(err)
	}
	if s.Address != crypto.PubkeyToAddress(mk.PublicKey) || s.Token == "" || s.ChainID != 1337 {
		t.Fatalf("session %+v", s)
	}
	taker, err := DialGateway(ctx, g.HTTP())
	if err != nil {
		t.Fatal(err)
	}
	defer taker.Close()
	if _, err := taker.Login(ctx, tk); err != nil {
		t.Fatal(err)
	}
	fund(t, e, s.Address)
	fund(t, e, crypto.PubkeyToAddress(tk.PublicKey))

	var mu sync.Mutex
	var settlements []Settlement
	var snapshots int
	if err := maker.SubscribePrivate(ctx, "settlement", func(ev *Event) {
		mu.Lock()
		defer mu.Unlock()
		if ev.Type == "snapshot" {
			snapshots++
			return
		}
		var st Settlement
		if err := json.Unmarshal(ev.Data, &st); err == nil {
			settlements = append(settlements, st)
		}
	}); err != nil {
		t.Fatal(err)
	}

	// Bad params are refused before anything is sent.
	var pe *ParamError
	for _, p := range []OrderParams{
		{Market: "NOPE", Side: "buy", Price: "2.1", Size: "1", ClientOrderID: 1},
		{Market: e.Symbol, Side: "buy", Price: "2.10005", Size: "1", ClientOrderID: 1},
		{Market: e.Symbol, Side: "buy", Price: "2.1", Size: "0.5", ClientOrderID: 1},
		{Market: e.Symbol, Side: "buy", Price: "-2", Size: "1", ClientOrderID: 1},
		{Market: e.Symbol, Side: "hold", Price: "2.1", Size: "1", ClientOrderID: 1},
		{Market: e.Symbol, Side: "buy", Price: "2.1", Size: "1"},
	} {
		if _, err := maker.PlaceOrder(ctx, p); !errors.As(err, &pe) {
			t.Fatalf("%+v: %v, want a ParamError", p, err)
		}
	}

	ack, err := maker.PlaceOrder(ctx, OrderParams{Market: e.Symbol, Side: "buy", Price: "2.1", Size: "10", ClientOrderID: 7, PostOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if ack.Status != "open" || ack.ClientOrderID != "7" || ack.Price != "2.1000" || ack.OpenSize != "10" {
		t.Fatalf("maker ack %+v", ack)
	}
	// The same client order id again: the gateway names the live order.
	_, err = maker.PlaceOrder(ctx, OrderParams{Market: e.Symbol, Side: "buy", Price: "2.1", Size: "10", ClientOrderID: 7})
	var ae *Error
	if !errors.As(err, &ae) || ae.Code != "duplicate_client_order_id" {
		t.Fatalf("duplicate: %v", err)
	}
	tack, err := taker.PlaceOrder(ctx, OrderParams{Market: e.Symbol, Side: "sell", Price: "2.1000", Size: "4", TIF: "ioc", ClientOrderID: 1})
	if err != nil {
		t.Fatal(err)
	}
	if tack.Status != "filled" || tack.FilledSize != "4" {
		t.Fatalf("taker ack %+v", tack)
	}
	st, err := maker.Status(ctx, OrderRef{ClientOrderID: 7})
	if err != nil || st.NonceUsed == nil || !*st.NonceUsed || st.Order == nil || st.Order.OrderID != ack.OrderID || st.Order.OpenSize != "6" {
		t.Fatalf("status of 7: %+v, %v", st, err)
	}
	if st, err := maker.Status(ctx, OrderRef{ClientOrderID: 99}); err != nil || st.NonceUsed == nil || *st.NonceUsed || st.Order != nil {
		t.Fatalf("status of an unused client order id: %+v, %v", st, err)
	}
	if n, err := maker.REST().Nonce(ctx); err != nil || n.LowestUnused != "1" || n.Max != "65536" {
		t.Fatalf("nonce window with 7 used: %+v, %v", n, err)
	}
	am, err := maker.Amend(ctx, OrderRef{ClientOrderID: 7}, "5", "")
	if err != nil || am.OpenSize != "5" || am.OrderID != ack.OrderID {
		t.Fatalf("amend %+v, %v", am, err)
	}
	if _, err := maker.Amend(ctx, OrderRef{OrderID: ack.OrderID, ClientOrderID: 7}, "4", ""); !errors.As(err, &pe) {
		t.Fatalf("amend naming both ids: %v", err)
	}

	rest := maker.REST()
	os, err := rest.Orders(ctx, Page{}, true)
	if err != nil || len(os) != 1 || os[0].OrderID != ack.OrderID || os[0].OpenSize != "5" {
		t.Fatalf("orders %+v, %v", os, err)
	}
	testsvc.CheckFor(t, 10*time.Second, 5*time.Millisecond, func() error {
		fs, err := rest.Fills(ctx, Page{})
		if err != nil {
			return err
		}
		if len(fs) != 1 || fs[0].Size != "4" || fs[0].Liquidity != "maker" || fs[0].Settlement != "matched" {
			return fmt.Errorf("fills %+v", fs)
		}
		return nil
	})
	bs, err := rest.Balances(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]Balance{}
	for _, b := range bs {
		got[b.Asset] = b
	}
	// 1000 - 4 × 2.1 paid, 5 × 2.1 held; 100 + 4 tokens.
	if got["USDC"].Available != "981.100000" || got["USDC"].Held != "10.500000" || got[e.Symbol].Available != "104" {
		t.Fatalf("balances %+v", bs)
	}
	if _, err := (&REST{BaseURL: g.HTTP()}).Balances(ctx); !errors.As(err, &ae) || ae.Code != "auth_required" {
		t.Fatalf("balances without a token: %v", err)
	}

	c, err := maker.Cancel(ctx, OrderRef{ClientOrderID: 7})
	if err != nil || c.OrderID != ack.OrderID || c.CanceledSize != "5" {
		t.Fatalf("cancel %+v, %v", c, err)
	}
	if _, err := maker.Cancel(ctx, OrderRef{ClientOrderID: 7}); !errors.As(err, &ae) || ae.Code != "unknown_order" {
		t.Fatalf("cancel again: %v", err)
	}
	if _, err := maker.PlaceOrder(ctx, OrderParams{Market: e.Symbol, Side: "buy", Price: "2", Size: "1", ClientOrderID: 8}); err != nil {
		t.Fatal(err)
	}
	ca, err := maker.CancelAll(ctx, e.Symbol, "")
	if err != nil || len(ca.Canceled) != 1 {
		t.Fatalf("cancel all %+v, %v", ca, err)
	}

	testsvc.CheckFor(t, 10*time.Second, 5*time.Millisecond, func() error {
		mu.Lock()
		defer mu.Unlock()
		if snapshots != 1 || len(settlements) != 1 {
			return fmt.Errorf("%d snapshots, settlements %+v", snapshots, settlements)
		}
		if st := settlements[0]; st.State != "matched" || st.OrderID != ack.OrderID || st.ClientOrderID != "7" || st.Size != "4" {
			return fmt.Errorf("settlement %+v", st)
		}
		return nil
	})
}
