package node_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	bindv2 "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/hourglass-exchange/hourglass/api/wire"
	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/exchange/mark"
	"github.com/hourglass-exchange/hourglass/exchange/settlement"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/markfeed"
	"github.com/hourglass-exchange/hourglass/internal/node"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
	"github.com/hourglass-exchange/hourglass/sim"
)

// TestMarkPoster runs the operator on the embedded chain with two
// reservation markets, the first closing within the hour, and the mark
// poster on a fake clock: GET /v1/chain lists both feeds; trades and quotes
// on the first market's book move its posted mark, each round's answer
// being mark.FeedAnswer(mark.Compute(...)) of the book's quotes and trades
// at the engine's command times; the second market, with no quote and no
// trade, gets no round; past the first market's last trading time its
// settlement price (the last round) is recorded on-chain and it gets no
// further post.
func TestMarkPoster(t *testing.T) {
	now := time.Now()
	// The first market's last trading time: the next whole hour, at least
	// 10 minutes away (the engine, on the wall clock, must still trade it).
	ltt := now.Truncate(time.Hour).Add(time.Hour)
	if ltt.Sub(now) < 10*time.Minute {
		ltt = ltt.Add(time.Hour)
	}
	closing, err := instrument.NewReservation(instrument.GPUH100SXM, instrument.DefaultInterconnect(instrument.GPUH100SXM),
		instrument.RegionUS, 1, ltt.Add(markfeed.CloseLead), 24)
	if err != nil {
		t.Fatal(err)
	}
	later, err := instrument.NewReservation(instrument.GPUH200, instrument.DefaultInterconnect(instrument.GPUH200),
		instrument.RegionUS, 1, ltt.Add(7*24*time.Hour), 24)
	if err != nil {
		t.Fatal(err)
	}
	const tick = 10_000 // $0.01
	specs, err := node.Specs([]node.MarketConfig{{Symbol: closing.Symbol(), TickSize: tick}, {Symbol: later.Symbol(), TickSize: tick}})
	if err != nil {
		t.Fatal(err)
	}
	keys := []*ecdsa.PrivateKey{sim.BotKey(0), sim.BotKey(1)}
	fake := clock.NewFake(now)
	var (
		mu     sync.Mutex
		events []markfeed.Event
	)
	cfg := node.Config{Markets: specs, Fund: []common.Address{crypto.PubkeyToAddress(keys[0].PublicKey), crypto.PubkeyToAddress(keys[1].PublicKey)},
		// The poster checks once a heartbeat: each move of the fake clock
		// below is one check, at the time the test moves it to.
		ChainRPC: true, BatchDelay: 50 * time.Millisecond, MarkClock: fake, MarkInterval: time.Minute, MarkTick: time.Minute,
		Marked: func(ev markfeed.Event) { mu.Lock(); events = append(events, ev); mu.Unlock() }}
	in := startOperator(t, cfg)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	eth, err := ethclient.Dial(in.RPCURL)
	if err != nil {
		t.Fatal(err)
	}
	defer eth.Close()

	// GET /v1/chain lists the feeds, one per market.
	resp, err := http.Get("http://" + in.Gateway + "/v1/chain")
	if err != nil {
		t.Fatal(err)
	}
	var chain wire.Chain
	err = json.NewDecoder(resp.Body).Decode(&chain)
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	if len(chain.MarkFeeds) != 2 || chain.MarkFeeds[0].Market != closing.Symbol() || chain.MarkFeeds[1].Market != later.Symbol() {
		t.Fatalf("GET /v1/chain mark_feeds: %+v", chain.MarkFeeds)
	}
	feedA, feedB := chain.MarkFeeds[0].Feed, chain.MarkFeeds[1].Feed
	// The DeliveryOracle (the vault's settler: the token's minter is the
	// vault) finds each market's feed.
	tb, vb, ob := bindings.NewGPUHourToken(), bindings.NewProviderVault(), bindings.NewDeliveryOracle()
	vault, err := bindv2.Call(tb.Instance(eth, chain.Token), &bindv2.CallOpts{Context: ctx}, tb.PackMINTER(), tb.UnpackMINTER)
	if err != nil {
		t.Fatal(err)
	}
	settler := crypto.Keccak256Hash([]byte("SETTLER_ROLE"))
	logs, err := eth.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{vault},
		Topics: [][]common.Hash{{vb.GetABI().Events["RoleGranted"].ID}, {settler}}})
	if err != nil || len(logs) != 1 {
		t.Fatalf("the vault's SETTLER_ROLE grants: %d, %v", len(logs), err)
	}
	oracle := common.BytesToAddress(logs[0].Topics[2][:])
	for i, id := range []instrument.Instrument{closing, later} {
		enc, err := id.Encode()
		if err != nil {
			t.Fatal(err)
		}
		f, err := bindv2.Call(ob.Instance(eth, oracle), &bindv2.CallOpts{Context: ctx}, ob.PackFeedOf(enc.Big()), ob.UnpackFeedOf)
		if err != nil || f != chain.MarkFeeds[i].Feed {
			t.Fatalf("the oracle's feed of %s: %s %v, want %s", id.Symbol(), f, err, chain.MarkFeeds[i].Feed)
		}
	}
	fb := bindings.NewMarkPriceFeed()
	latestRound := func(f common.Address) uint64 {
		t.Helper()
		r, err := bindv2.Call(fb.Instance(eth, f), &bindv2.CallOpts{Context: ctx}, fb.PackLatestRound(), fb.UnpackLatestRound)
		if err != nil {
			t.Fatal(err)
		}
		return r.Uint64()
	}
	round := func(f common.Address, r uint64) bindings.GetRoundDataOutput {
		t.Helper()
		out, err := bindv2.Call(fb.Instance(eth, f), &bindv2.CallOpts{Context: ctx}, fb.PackGetRoundData(new(big.Int).SetUint64(r)), fb.UnpackGetRoundData)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	eventsOf := func(kind string, f common.Address) []markfeed.Event {
		mu.Lock()
		defer mu.Unlock()
		var out []markfeed.Event
		for _, ev := range events {
			if ev.Kind == kind && ev.Feed == f {
				out = append(out, ev)
			}
		}
		return out
	}

	// The traders' engine accounts, funded by the seed.
	ids := fundedAccounts(t, in, keys, specs[0].BaseAsset)
	// What the poster should see of market 0: the book's best quotes and
	// the trades, at the engine's command times (ms).
	var (
		quotes   []mark.Quote
		trades   []mark.Trade
		bid, ask uint64
	)
	domain := eip712.Domain{ChainID: in.ChainID, VerifyingContract: in.Contracts.Exchange}
	nonce := uint64(0)
	// place submits an order on market 0 and records what it did: its
	// trades, and the book's best prices after it (ticks), which these
	// few orders leave where the caller says (checked on the engine).
	place := func(who int, side exchange.Side, price, qty, wantBid, wantAsk int64) {
		t.Helper()
		nonce++
		c := exchange.Command{Kind: exchange.CmdPlace, Market: 0, Account: ids[who], Side: side,
			TIF: exchange.GTC, STP: exchange.STPCancelNewest, Price: price, Qty: qty, MaxFeeBps: 5, Nonce: nonce}
		c, err := settlement.SignPlace(keys[who], domain, specs[0], c)
		if err != nil {
			t.Fatal(err)
		}
		done := make(chan int64, 1)
		if err := in.Seq.Submit(c, func(c *exchange.Command, evs []exchange.Event) {
			for _, ev := range evs {
				switch ev.Kind {
				case exchange.EvRejected:
					t.Errorf("order %d rejected: %v", c.Nonce, ev.Reason)
				case exchange.EvTrade:
					trades = append(trades, mark.Trade{At: c.Time / 1e6, Price: uint64(ev.Price * tick), Qty: uint64(ev.Qty)})
				}
			}
			done <- c.Time / 1e6
		}); err != nil {
			t.Fatal(err)
		}
		at := <-done
		in.Seq.Query(func(e exchange.View) {
			if b, _, a, _ := e.Top(0); b != wantBid || a != wantAsk {
				t.Fatalf("after order %d the book's best are %d/%d, not %d/%d", nonce, b, a, wantBid, wantAsk)
			}
		})
		if b, a := uint64(wantBid*tick), uint64(wantAsk*tick); b != bid || a != ask {
			bid, ask = b, a
			quotes = append(quotes, mark.Quote{At: at, Bid: bid, Ask: ask})
		}
	}
	// tickAt moves the poster's clock to at, which fires its ticker, and
	// waits until it has sent market 0's mark (n sends in all).
	tickAt := func(at time.Time, n int) markfeed.Event {
		t.Helper()
		fake.Set(at)
		var sent []markfeed.Event
		testsvc.CheckFor(t, 30*time.Second, 10*time.Millisecond, func() error {
			if sent = eventsOf(markfeed.EventSent, feedA); len(sent) < n {
				mu.Lock()
				defer mu.Unlock()
				return fmt.Errorf("%d marks sent, want %d (events %+v)", len(sent), n, events)
			}
			return nil
		})
		return sent[n-1]
	}
	// waitRound waits until the poster saw its r-th round of market 0
	// mined (it sends no mark while its last one is not), and checks it is
	// on the chain.
	waitRound := func(f common.Address, r uint64) {
		t.Helper()
		testsvc.CheckFor(t, 30*time.Second, 10*time.Millisecond, func() error {
			if n := len(eventsOf(markfeed.EventPosted, f)); n < int(r) {
				return fmt.Errorf("%d rounds posted, want %d", n, r)
			}
			return nil
		})
		if got := latestRound(f); got != r {
			t.Fatalf("feed %s at round %d, want %d", f, got, r)
		}
	}
	params := mark.DefaultParams

	// The poster's ticker is armed (at its start, on the fake clock).
	testsvc.CheckFor(t, 10*time.Second, time.Millisecond, func() error {
		if fake.Waiters() == 0 {
			return fmt.Errorf("the poster's ticker is not armed yet")
		}
		return nil
	})
	// A trade at $2.00: the first mark is its price.
	place(0, exchange.Sell, 200, 1, 0, 200)
	place(1, exchange.Buy, 200, 1, 0, 0)
	t1 := now.Add(time.Minute)
	sent := tickAt(t1, 1)
	want1, ok := mark.Compute(params, t1.UnixMilli(), 0, quotes, trades)
	if !ok || want1 != 200*tick {
		t.Fatalf("mark.Compute of the first window: %d, %v", want1, ok)
	}
	if sent.Mark != want1 || sent.At != t1 {
		t.Fatalf("the poster sent %d at %s, want %d at %s", sent.Mark, sent.At, want1, t1)
	}
	waitRound(feedA, 1)
	if r := round(feedA, 1); r.Answer.Int64() != mark.FeedAnswer(want1) {
		t.Fatalf("round 1: answer %s, want %d", r.Answer, mark.FeedAnswer(want1))
	}
	// The second market has neither quote nor trade: it got no round.
	if n := len(eventsOf(markfeed.EventNoMark, feedB)); n == 0 {
		t.Fatal("no no_mark event for the second market")
	}
	if r := latestRound(feedB); r != 0 {
		t.Fatalf("the second market's feed has round %d", r)
	}

	// A two-sided book around $2.50 and 3 GPU-hours traded at $2.60: the
	// mark moves up, as far as the 10 % band lets it.
	place(0, exchange.Buy, 240, 1, 240, 0)
	place(1, exchange.Sell, 260, 5, 240, 260)
	place(0, exchange.Buy, 260, 3, 240, 260)
	t2 := t1.Add(time.Minute)
	sent = tickAt(t2, 2)
	want2, ok := mark.Compute(params, t2.UnixMilli(), want1, quotes, trades)
	if !ok || want2 <= want1 {
		t.Fatalf("mark.Compute of the second window: %d (first %d), %v", want2, want1, ok)
	}
	if sent.Mark != want2 {
		t.Fatalf("the poster sent %d, want %d", sent.Mark, want2)
	}
	waitRound(feedA, 2)
	if r := round(feedA, 2); r.Answer.Int64() != mark.FeedAnswer(want2) {
		t.Fatalf("round 2: answer %s, want %d", r.Answer, mark.FeedAnswer(want2))
	}
	t.Logf("marks: %d then %d (base units per GPU-hour)", want1, want2)

	// Every fill settled before the chain's time moves on.
	testsvc.CheckFor(t, 30*time.Second, 20*time.Millisecond, func() error {
		var n int
		in.Seq.Query(func(e exchange.View) { n = e.PendingCount() })
		if n > 0 {
			return fmt.Errorf("%d fills pending", n)
		}
		return nil
	})
	// Past the last trading time, on the chain and on the poster's clock:
	// the settlement price is the last round, and no mark follows it.
	h, err := eth.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if d := ltt.Sub(time.Unix(int64(h.Time), 0)); d > 0 {
		if err := in.AdjustChainTime(d + time.Second); err != nil {
			t.Fatal(err)
		}
	}
	fake.Set(ltt.Add(time.Second))
	settled := func() (bindings.SettlementPriceOutput, error) {
		return bindv2.Call(fb.Instance(eth, feedA), &bindv2.CallOpts{Context: ctx}, fb.PackSettlementPrice(), fb.UnpackSettlementPrice)
	}
	testsvc.CheckFor(t, 30*time.Second, 20*time.Millisecond, func() error {
		_, err := settled()
		return err
	})
	sp, _ := settled()
	if sp.RoundId.Uint64() != 2 || sp.Answer.Int64() != mark.FeedAnswer(want2) {
		t.Fatalf("settlement price: round %s answer %s, want round 2 answer %d", sp.RoundId, sp.Answer, mark.FeedAnswer(want2))
	}
	// Two more ticks: the poster sees the settlement recorded, and sends
	// nothing more to the closed market.
	fake.Advance(time.Minute)
	testsvc.CheckFor(t, 30*time.Second, 10*time.Millisecond, func() error {
		if len(eventsOf(markfeed.EventSettled, feedA)) == 0 {
			return fmt.Errorf("no settled event yet")
		}
		return nil
	})
	fake.Advance(time.Minute)
	last := fake.Now()
	testsvc.CheckFor(t, 30*time.Second, 10*time.Millisecond, func() error {
		// The tick is over once the second market had its turn.
		for _, ev := range eventsOf(markfeed.EventNoMark, feedB) {
			if ev.At.Equal(last) {
				return nil
			}
		}
		return fmt.Errorf("the tick at %s has not run", last)
	})
	if n := len(eventsOf(markfeed.EventSent, feedA)); n != 2 {
		t.Fatalf("%d marks sent to the closed market, want 2", n)
	}
	if r := latestRound(feedA); r != 2 {
		t.Fatalf("the closed market's feed is at round %d", r)
	}
	if n := len(eventsOf(markfeed.EventClosed, feedA)); n != 1 {
		t.Fatalf("%d closed events", n)
	}
}
