package marketdata

import (
	"fmt"
	"slices"
	"testing"

	"github.com/hourglass-exchange/hourglass/exchange"
)

// TestRandomAgainstEngine runs the real engine on random orders over two
// markets and feeds everything to a Feed. After every command it checks
// that the feed's books equal the engine's; that there is one book update
// exactly when a book changed, numbered one after the last; that one trade
// message came per trade with consecutive ids; and that client Books of
// every depth, fed the encoded messages after a snapshot taken at some
// point of the run, hold exactly the engine's best levels and agree on every
// checksum.
func TestRandomAgainstEngine(t *testing.T) {
	commands := 4000
	if testing.Short() {
		commands = 2000
	}
	for seed := range uint64(4) {
		t.Run(fmt.Sprint(seed), func(t *testing.T) { randomRun(t, seed, commands) })
	}
}

type randomClient struct {
	market exchange.MarketID
	depth  int
	book   *Book
}

func randomRun(t *testing.T, seed uint64, commands int) {
	const markets = 2
	cfg := Config{Depths: []int{10, 20, 30}}
	h := newHarness(t, cfg, markets)
	g := newOrderGen(seed, markets)
	var clients []*randomClient
	join := map[int]bool{0: true, commands / 3: true, commands / 2: true}
	var buf []byte
	maxLevels := 0
	prev := make([][2][]level, markets)
	bookSeq := make([]uint64, markets)
	tradeID := make([]uint64, markets)
	for i := range commands {
		if join[i] {
			for m := range exchange.MarketID(markets) {
				for _, d := range []int{0, 10, 20, 30} {
					c := &randomClient{market: m, depth: d, book: NewBook(d)}
					snap, _ := h.feed.Snapshot(m, d)
					if err := c.book.ApplyJSON(snap.AppendJSON(nil)); err != nil {
						t.Fatalf("cmd %d: snapshot m%d depth %d: %v", i, m, d, err)
					}
					clients = append(clients, c)
				}
			}
		}
		cmd := g.next(3e9)
		evs, out := h.apply(cmd)

		// Trades: one message per trade, consecutive ids.
		var nTrades [markets]int
		for _, ev := range evs {
			if ev.Kind == exchange.EvTrade {
				nTrades[ev.Market]++
			}
		}
		var got [markets]int
		for _, tm := range out.Trades {
			m := tm.Market.ID
			got[m]++
			tradeID[m]++
			if tm.Seq != tradeID[m] || len(tm.Trades) != 1 || tm.Trades[0].ID != tradeID[m] {
				t.Fatalf("cmd %d: trade message %+v, want id %d", i, tm, tradeID[m])
			}
		}
		if got != nTrades {
			t.Fatalf("cmd %d: %v trade messages for %v trades", i, got, nTrades)
		}

		// Books: the feed equals the engine; one update iff changed.
		var updates [markets]int
		for _, bm := range out.Book {
			updates[bm.Market.ID]++
		}
		for m := range exchange.MarketID(markets) {
			eb, ea := engineLevels(h.eng, m, exchange.Buy), engineLevels(h.eng, m, exchange.Sell)
			fb, fa := feedLevels(h.feed, m, exchange.Buy), feedLevels(h.feed, m, exchange.Sell)
			if !slices.Equal(eb, fb) || !slices.Equal(ea, fa) {
				t.Fatalf("cmd %d (%+v): market %d book differs\nengine bids %v asks %v\nfeed   bids %v asks %v", i, cmd, m, eb, ea, fb, fa)
			}
			changed := !slices.Equal(prev[m][0], eb) || !slices.Equal(prev[m][1], ea)
			want := 0
			if changed {
				want = 1
			}
			if updates[m] != want {
				t.Fatalf("cmd %d: market %d: %d book updates, book changed: %v", i, m, updates[m], changed)
			}
			prev[m] = [2][]level{eb, ea}
			maxLevels = max(maxLevels, len(eb), len(ea))
		}
		for _, bm := range out.Book {
			m := bm.Market.ID
			bookSeq[m]++
			if bm.Seq != bookSeq[m] {
				t.Fatalf("cmd %d: book seq %d, want %d", i, bm.Seq, bookSeq[m])
			}
			snap, _ := h.feed.Snapshot(m, 0)
			if snap.Checksum != bm.Checksum || snap.Seq != bm.Seq {
				t.Fatalf("cmd %d: snapshot seq %d checksum %d, update seq %d checksum %d", i, snap.Seq, snap.Checksum, bm.Seq, bm.Checksum)
			}
		}

		// Clients reproduce the engine's best levels and the checksums.
		for _, c := range clients {
			for j := range out.Book {
				bm := &out.Book[j]
				if bm.Market.ID != c.market {
					continue
				}
				buf = bm.AppendJSONDepth(buf[:0], c.depth)
				if err := c.book.ApplyJSON(buf); err != nil {
					t.Fatalf("cmd %d (%+v): client m%d depth %d: %v\n%s", i, cmd, c.market, c.depth, err, buf)
				}
			}
			info, _ := h.feed.Market(c.market)
			n := c.depth
			if n == 0 {
				n = 1 << 30
			}
			wb := wireLevels(info, engineTop(h.eng, c.market, exchange.Buy, n), 0)
			wa := wireLevels(info, engineTop(h.eng, c.market, exchange.Sell, n), 0)
			if !slices.Equal(c.book.Bids(), wb) || !slices.Equal(c.book.Asks(), wa) {
				t.Fatalf("cmd %d (%+v): client m%d depth %d differs\nclient bids %v\nengine bids %v\nclient asks %v\nengine asks %v",
					i, cmd, c.market, c.depth, c.book.Bids(), wb, c.book.Asks(), wa)
			}
		}
	}
	// The run must have exercised something.
	for m := range markets {
		// Full runs see about 1 trade per 10 commands of a market and a book
		// update for most of them.
		if tradeID[m] < uint64(commands/80) || bookSeq[m] < uint64(commands/8) {
			t.Fatalf("market %d: only %d trades and %d book updates", m, tradeID[m], bookSeq[m])
		}
	}
	// Books deeper than a client's depth exercise its depth-limited stream;
	// short runs reach past depth 20, full runs past 30.
	minLevels := 30
	if commands < 4000 {
		minLevels = 21
	}
	if maxLevels < minLevels {
		t.Fatalf("books reached only %d levels: the depth-limited streams were not exercised", maxLevels)
	}
	t.Logf("market 0: %d trades, %d book updates; up to %d levels a side", tradeID[0], bookSeq[0], maxLevels)
}
