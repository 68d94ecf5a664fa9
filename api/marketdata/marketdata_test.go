package marketdata

import (
	"bytes"
	"encoding/json"
	"errors"
	"hash/crc32"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/hourglass-exchange/hourglass/exchange"
)

// TestChecksumWorkedExample is the example of CHECKSUM.md (and docs/api.md).
func TestChecksumWorkedExample(t *testing.T) {
	asks := []Level{{"2.1500", "200"}, {"2.1525", "40"}}
	bids := []Level{{"2.1400", "520"}, {"2.0950", "3"}}
	const wantInput = "21500200" + "2152540" + "21400520" + "209503"
	if got := ChecksumString(asks, bids); got != wantInput {
		t.Fatalf("checksum input %q, want %q", got, wantInput)
	}
	if got := crc32.ChecksumIEEE([]byte(wantInput)); got != 4276220661 {
		t.Fatalf("checksum %d, want 4276220661", got)
	}
	// Leading zeros go after the point is removed; trailing zeros stay.
	if got := ChecksumString([]Level{{"0.0800", "12"}}, []Level{{"0.0050", "1.50"}}); got != "80012"+"50150" {
		t.Fatalf("leading zeros: %q", got)
	}
	// Only the best ten levels of each side count.
	var many []Level
	for i := range 12 {
		many = append(many, Level{decimal.New(int64(21500+i), -4).StringFixed(4), "1"})
	}
	if ChecksumString(many, nil) != ChecksumString(many[:10], nil) {
		t.Fatal("levels beyond the tenth changed the checksum input")
	}

	// The feed computes the same value for the same book.
	h := newHarness(t, Config{}, 1)
	for i, c := range []exchange.Command{
		place(0, 1, exchange.Buy, 21400, 500), place(1, 2, exchange.Buy, 21400, 20),
		place(2, 3, exchange.Sell, 21500, 200), place(2, 4, exchange.Sell, 21525, 40),
		place(1, 5, exchange.Buy, 20950, 3),
	} {
		if _, out := h.apply(c); len(out.Book) != 1 || out.Book[0].Seq != uint64(i+1) {
			t.Fatalf("command %d: %+v", i, out.Book)
		}
	}
	snap, _ := h.feed.Snapshot(0, 0)
	if snap.Checksum != 4276220661 || snap.Seq != 5 {
		t.Fatalf("feed checksum %d seq %d", snap.Checksum, snap.Seq)
	}
}

func TestFormat(t *testing.T) {
	for _, tc := range []struct {
		step     int64
		decimals int
		digits   int
		unit     int64
	}{
		{100, 6, 4, 1}, {250, 6, 5, 25}, {1, 6, 6, 1}, {1_000_000, 6, 0, 1}, {10_000_000, 6, 0, 10}, {1, 0, 0, 1}, {5, 0, 0, 5},
	} {
		d, u := scale(tc.step, tc.decimals)
		if d != tc.digits || u != tc.unit {
			t.Errorf("scale(%d, %d) = %d, %d; want %d, %d", tc.step, tc.decimals, d, u, tc.digits, tc.unit)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		spec := exchange.MarketSpec{Symbol: "X", TickSize: []int64{1, 100, 250, 1_000_000, 10_000_000}[r.IntN(5)], LotSize: []int64{1, 10, 1000}[r.IntN(3)]}
		dec := Decimals{Quote: 6, Base: r.IntN(4)}
		m, err := newMarketInfo(0, &spec, dec)
		if err != nil {
			t.Fatal(err)
		}
		ticks, lots := 1+r.Int64N(1_000_000), 1+r.Int64N(1_000_000)
		wantP := decimal.New(ticks*spec.TickSize, -int32(dec.Quote))
		wantS := decimal.New(lots*spec.LotSize, -int32(dec.Base))
		if p := m.Price(ticks); !wantP.Equal(decimal.RequireFromString(p)) || p != wantP.StringFixed(int32(m.PriceDecimals)) {
			t.Fatalf("price of %d ticks of %d: %q, want %s", ticks, spec.TickSize, p, wantP)
		}
		if s := m.Size(lots); !wantS.Equal(decimal.RequireFromString(s)) || s != wantS.StringFixed(int32(m.SizeDecimals)) {
			t.Fatalf("size of %d lots of %d: %q, want %s", lots, spec.LotSize, s, wantS)
		}
		if !m.PriceDecimal(ticks).Equal(wantP) || !m.SizeDecimal(lots).Equal(wantS) {
			t.Fatal("decimal forms differ")
		}
		if back, err := m.ParsePrice(m.Price(ticks)); err != nil || back != ticks {
			t.Fatalf("ParsePrice(%q) = %d, %v", m.Price(ticks), back, err)
		}
		if back, err := m.ParseSize(m.Size(lots)); err != nil || back != lots {
			t.Fatalf("ParseSize(%q) = %d, %v", m.Size(lots), back, err)
		}
	}
	m, _ := newMarketInfo(0, &exchange.MarketSpec{TickSize: 100, LotSize: 1}, DefaultDecimals)
	for _, bad := range []string{"2.14501", "0", "-1", "abc", ""} {
		if _, err := m.ParsePrice(bad); err == nil {
			t.Errorf("ParsePrice(%q) accepted", bad)
		}
	}
	if p, err := m.ParsePrice("2.145"); err != nil || p != 21450 {
		t.Errorf("ParsePrice(2.145) = %d, %v", p, err)
	}
	if m.Size(0) != "0" {
		t.Error("a zero size must be \"0\"")
	}

	for range 5000 {
		ns := r.Int64N(4102444800e9) // 1970..2100
		if r.IntN(4) == 0 {
			ns -= ns % 1e9
		}
		want := time.Unix(0, ns).UTC().Format("2006-01-02T15:04:05.000000000Z")
		if got := string(appendTime(nil, ns)); got != want {
			t.Fatalf("appendTime(%d) = %s, want %s", ns, got, want)
		}
	}
}

// TestWireTypes decodes every kind of message into the documented client
// types, rejecting unknown fields, so that the types and the encoders agree.
func TestWireTypes(t *testing.T) {
	h := newHarness(t, Config{}, 1)
	h.apply(place(0, 1, exchange.Sell, 21500, 10))
	_, out := h.apply(place(1, 2, exchange.Buy, 21500, 4))
	var msgs [][]byte
	for i := range out.Book {
		msgs = append(msgs, out.Book[i].AppendJSON(nil))
	}
	for i := range out.Trades {
		msgs = append(msgs, out.Trades[i].AppendJSON(nil))
	}
	for i := range out.Tickers {
		msgs = append(msgs, out.Tickers[i].AppendJSON(nil))
	}
	for i := range out.Candles {
		msgs = append(msgs, out.Candles[i].AppendJSON(nil))
	}
	hb := h.feed.Heartbeats(h.now + 1e9)
	msgs = append(msgs, hb[0].AppendJSON(nil))
	if len(msgs) != 8 {
		t.Fatalf("%d messages", len(msgs))
	}
	strict := func(b []byte, v any) {
		t.Helper()
		d := json.NewDecoder(bytes.NewReader(b))
		d.DisallowUnknownFields()
		if err := d.Decode(v); err != nil {
			t.Fatalf("%s: %v", b, err)
		}
	}
	for _, b := range msgs {
		var env Envelope
		strict(b, &env)
		switch env.Channel {
		case "book":
			var d BookData
			strict(env.Data, &d)
			if env.Checksum == nil || len(d.Asks) != 1 || d.Asks[0] != (WireLevel{"2.1500", "6"}) {
				t.Fatalf("book %s", b)
			}
		case "trades":
			var d []TradeData
			strict(env.Data, &d)
			if len(d) != 1 || d[0] != (TradeData{TradeID: 1, Price: "2.1500", Size: "4", Side: "buy", Time: "2027-01-04T00:00:00.000000000Z", TimeMS: testStart / 1e6}) {
				t.Fatalf("trade %s", b)
			}
		case "ticker":
			var d TickerData
			strict(env.Data, &d)
			if *d.Last != "2.1500" || d.Bid != nil || *d.AskSize != "6" || d.Volume24h != "4" || d.Trades24h != 1 {
				t.Fatalf("ticker %s", b)
			}
		case "candles":
			var d []CandleData
			strict(env.Data, &d)
			if len(d) != 1 || d[0].Volume != "4" || d[0].Trades != 1 {
				t.Fatalf("candle %s", b)
			}
		case "heartbeat":
			var d HeartbeatData
			strict(env.Data, &d)
			if d != (HeartbeatData{BookSeq: 2, LastTradeID: 1, TickerSeq: 2}) || env.Seq != 0 {
				t.Fatalf("heartbeat %s", b)
			}
		default:
			t.Fatalf("channel %q", env.Channel)
		}
		var generic map[string]any
		if err := json.Unmarshal(b, &generic); err != nil {
			t.Fatal(err)
		}
		if mb, _ := json.Marshal(generic); len(mb) != len(b) {
			t.Fatalf("not canonical JSON: %s", b) // no stray spaces, no duplicates
		}
	}
	// MarshalJSON is the same encoder.
	if b, _ := json.Marshal(out.Book[0]); !bytes.Equal(b, msgs[0]) {
		t.Fatalf("MarshalJSON %s", b)
	}
}

func TestClientBookErrors(t *testing.T) {
	h := newHarness(t, Config{}, 1)
	var updates [][]byte
	for i, c := range []exchange.Command{
		place(0, 1, exchange.Buy, 21400, 5), place(0, 2, exchange.Sell, 21500, 5),
		place(0, 3, exchange.Buy, 21300, 5), place(1, 4, exchange.Sell, 21400, 2),
	} {
		_, out := h.apply(c)
		if len(out.Book) != 1 {
			t.Fatalf("command %d: %d book messages", i, len(out.Book))
		}
		updates = append(updates, out.Book[0].AppendJSON(nil))
	}
	empty := []byte(`{"channel":"book","type":"snapshot","market":"X","seq":0,"ts":"","data":{"bids":[],"asks":[]},"checksum":0}`)

	b := NewBook(0)
	if err := b.ApplyJSON(updates[0]); !errors.Is(err, ErrNotSynced) {
		t.Fatalf("update before snapshot: %v", err)
	}
	if err := b.ApplyJSON(empty); err != nil || !b.Synced() {
		t.Fatalf("snapshot: %v", err)
	}
	if err := b.ApplyJSON(updates[0]); err != nil {
		t.Fatal(err)
	}
	// Skipping update 2: a gap.
	var gap *GapError
	if err := b.ApplyJSON(updates[2]); !errors.As(err, &gap) || gap.Want != 2 || gap.Got != 3 || b.Synced() {
		t.Fatalf("gap: %v", err)
	}
	if err := b.ApplyJSON(updates[1]); !errors.Is(err, ErrNotSynced) {
		t.Fatalf("after a gap: %v", err)
	}
	// Resubscribing recovers.
	snap, _ := h.feed.Snapshot(0, 0)
	if err := b.ApplyJSON(snap.AppendJSON(nil)); err != nil || b.Seq() != 4 {
		t.Fatalf("resnapshot: %v", err)
	}

	// A lost level (state divergence with no gap) shows as a checksum error.
	b2 := NewBook(0)
	if err := b2.ApplyJSON(empty); err != nil {
		t.Fatal(err)
	}
	var bad []byte
	bad = append(bad, updates[0]...)
	bad = bytes.Replace(bad, []byte(`"2.1400","5"`), []byte(`"2.1400","6"`), 1)
	var ce *ChecksumError
	if err := b2.ApplyJSON(bad); !errors.As(err, &ce) || ce.Seq != 1 || ce.Want != out0Checksum(t, updates[0]) || b2.Synced() {
		t.Fatalf("checksum: %v", err)
	}
	// A wrong checksum in a snapshot is caught too.
	d := BookData{Bids: []WireLevel{{"2.1300", "5"}}, Asks: []WireLevel{{"2.1400", "3"}}}
	if err := NewBook(0).ApplySnapshot(4, &d, snap.Checksum+1); !errors.As(err, &ce) {
		t.Fatalf("snapshot checksum: %v", err)
	}
	for _, junk := range []string{`{`, `{"channel":"trades"}`, `{"channel":"book","type":"update","seq":1,"data":{"bids":[["x","1"]]},"checksum":0}`} {
		if err := NewBook(0).ApplyJSON([]byte(junk)); err == nil {
			t.Errorf("accepted %s", junk)
		}
	}
}

func out0Checksum(t *testing.T, msg []byte) uint32 {
	var env Envelope
	if err := json.Unmarshal(msg, &env); err != nil || env.Checksum == nil {
		t.Fatal(err)
	}
	return *env.Checksum
}

// TestNewFromEngine starts a feed from an engine in the middle of a run:
// its books and checksums match the feed that saw everything, and it goes
// on matching.
func TestNewFromEngine(t *testing.T) {
	h := newHarness(t, Config{}, 2)
	g := newOrderGen(7, 2)
	for range 500 {
		h.apply(g.next(1e9))
	}
	late := NewFromEngine(Config{}, h.eng.View())
	for i := range 500 {
		c := g.next(1e9)
		evs, _ := h.apply(c)
		c.Seq = h.seq
		late.Apply(&c, evs)
		for m := range exchange.MarketID(2) {
			a, _ := h.feed.Snapshot(m, 0)
			b, _ := late.Snapshot(m, 0)
			if a.Checksum != b.Checksum || !slices.Equal(a.Bids, b.Bids) || !slices.Equal(a.Asks, b.Asks) {
				t.Fatalf("command %d market %d: late feed differs", i, m)
			}
		}
	}
	if len(late.Markets()) != 2 {
		t.Fatal("markets")
	}
	if mi, ok := late.MarketBySymbol(testSpec(1).Symbol); !ok || mi.ID != 1 {
		t.Fatal("MarketBySymbol")
	}
}

// TestOneTouchManyLevels covers the indexed path of a command that touches
// many levels (a mass cancel of a deep book).
func TestOneTouchManyLevels(t *testing.T) {
	h := newHarness(t, Config{}, 1)
	for i := range 100 {
		h.apply(place(0, uint64(i+1), exchange.Buy, 20000-int64(i), 1))
		h.apply(place(0, uint64(i+1001), exchange.Sell, 22000+int64(i), 1))
	}
	snap10, _ := h.feed.Snapshot(0, 10)
	client := NewBook(10)
	if err := client.ApplyJSON(snap10.AppendJSON(nil)); err != nil {
		t.Fatal(err)
	}
	_, out := h.apply(exchange.Command{Kind: exchange.CmdMassCancel, Account: 0, Market: exchange.NoMarket, Side: exchange.AnySide})
	if len(out.Book) != 1 || len(out.Book[0].Bids) != 100 || len(out.Book[0].Asks) != 100 || out.Book[0].Checksum != 0 {
		t.Fatalf("mass cancel: %+v", out.Book)
	}
	if err := client.ApplyJSON(out.Book[0].AppendJSONDepth(nil, 10)); err != nil || len(client.Bids()) != 0 {
		t.Fatalf("client: %v %v", err, client.Bids())
	}
}
