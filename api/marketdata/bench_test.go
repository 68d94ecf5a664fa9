package marketdata

import (
	"encoding/json"
	"testing"

	"github.com/hourglass-exchange/hourglass/exchange"
)

// recorded is one applied command and a copy of its events.
type recorded struct {
	cmd exchange.Command
	evs []exchange.Event
}

// recordStream runs the real engine on n random commands over one market
// (after the setup) and keeps every command with its events.
func recordStream(tb testing.TB, n int) (setup, stream []recorded) {
	h := newHarness(tb, Config{}, 0)
	keep := func(c exchange.Command) recorded {
		evs, _ := h.apply(c)
		c.Seq = h.seq
		return recorded{c, append([]exchange.Event(nil), evs...)}
	}
	s := testSpec(0)
	setup = append(setup, keep(exchange.Command{Kind: exchange.CmdAddMarket, Spec: &s}))
	for a := range testAccounts {
		setup = append(setup, keep(exchange.Command{Kind: exchange.CmdDeposit, Account: exchange.AccountID(a), Asset: 1, Amount: 1 << 40}))
	}
	g := newOrderGen(42, 1)
	for range n {
		stream = append(stream, keep(g.next(50e6)))
	}
	return setup, stream
}

// BenchmarkFeedApply measures Feed.Apply on a realistic stream from the
// real engine: about two thirds new orders (some taking), cancels, amends
// and the odd mass cancel. One op is one command. With /encode, every
// message is also encoded to JSON, as the gateway does once per message.
func BenchmarkFeedApply(b *testing.B) {
	setup, stream := recordStream(b, 200_000)
	events := 0
	for _, r := range stream {
		events += len(r.evs)
	}
	for _, encode := range []bool{false, true} {
		name := "apply"
		if encode {
			name = "apply+encode"
		}
		b.Run(name, func(b *testing.B) {
			var f *Feed
			reset := func() {
				f = New(Config{})
				for i := range setup {
					f.Apply(&setup[i].cmd, setup[i].evs)
				}
			}
			reset()
			var buf []byte
			msgs, bytes := 0, 0
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				j := i % len(stream)
				if j == 0 && i > 0 {
					b.StopTimer()
					reset()
					b.StartTimer()
				}
				r := &stream[j]
				out := f.Apply(&r.cmd, r.evs)
				msgs += out.Len()
				if encode {
					for k := range out.Book {
						buf = out.Book[k].AppendJSON(buf[:0])
						bytes += len(buf)
					}
					for k := range out.Trades {
						buf = out.Trades[k].AppendJSON(buf[:0])
						bytes += len(buf)
					}
					for k := range out.Tickers {
						buf = out.Tickers[k].AppendJSON(buf[:0])
						bytes += len(buf)
					}
					for k := range out.Candles {
						buf = out.Candles[k].AppendJSON(buf[:0])
						bytes += len(buf)
					}
				}
			}
			b.StopTimer()
			ns := float64(b.Elapsed().Nanoseconds())
			b.ReportMetric(float64(events)/float64(len(stream)), "events/cmd")
			b.ReportMetric(float64(msgs)/float64(b.N), "msgs/cmd")
			if msgs > 0 {
				b.ReportMetric(ns/float64(msgs), "ns/msg")
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "cmds/s")
			if encode {
				b.ReportMetric(float64(bytes)/float64(b.N), "bytes/cmd")
			}
		})
	}
}

// BenchmarkEncode measures the hand-rolled encoders of the hot messages
// against encoding/json on the equivalent wire structs.
func BenchmarkEncode(b *testing.B) {
	h := newHarness(b, Config{}, 1)
	for i := range 60 {
		h.apply(place(0, uint64(i+1), exchange.Buy, 21400-int64(i), 10+int64(i)))
		h.apply(place(0, uint64(i+101), exchange.Sell, 21500+int64(i), 10+int64(i)))
	}
	_, out := h.apply(place(1, 500, exchange.Sell, 21399, 25))
	book, trade, ticker := out.Book[0], out.Trades[0], out.Tickers[0]
	snap, _ := h.feed.Snapshot(0, 50)

	env := func(v any, ch string) ([]byte, error) {
		d, err := json.Marshal(v)
		if err != nil {
			return nil, err
		}
		sum := book.Checksum
		return json.Marshal(Envelope{Channel: ch, Type: "update", Market: book.Market.Symbol, Seq: 7, TS: "2027-01-04T00:00:00.000000000Z", Data: d, Checksum: &sum})
	}
	wireBook := BookData{Bids: []WireLevel{{"2.1400", "0"}, {"2.1399", "1"}}, Asks: []WireLevel{}}
	wireTrade := []TradeData{{TradeID: 1, Price: "2.1400", Size: "10", Side: "sell", Time: "2027-01-04T00:00:00.000000000Z", TimeMS: 1799020800000}}

	for _, bc := range []struct {
		name string
		fn   func([]byte) []byte
	}{
		{"book-update", book.AppendJSON},
		{"book-update-depth10", func(d []byte) []byte { return book.AppendJSONDepth(d, 10) }},
		{"book-snapshot-50", snap.AppendJSON},
		{"trade", trade.AppendJSON},
		{"ticker", ticker.AppendJSON},
		{"book-update/encoding-json", func(d []byte) []byte {
			b, _ := env(wireBook, "book")
			return append(d, b...)
		}},
		{"trade/encoding-json", func(d []byte) []byte {
			b, _ := env(wireTrade, "trades")
			return append(d, b...)
		}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			var buf []byte
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				buf = bc.fn(buf[:0])
			}
			b.ReportMetric(float64(len(buf)), "bytes/msg")
		})
	}
}

// BenchmarkClientBook measures a client Book applying encoded updates.
func BenchmarkClientBook(b *testing.B) {
	setup, stream := recordStream(b, 20_000)
	f := New(Config{})
	for i := range setup {
		f.Apply(&setup[i].cmd, setup[i].evs)
	}
	var msgs [][]byte
	for i := range stream {
		out := f.Apply(&stream[i].cmd, stream[i].evs)
		for k := range out.Book {
			msgs = append(msgs, out.Book[k].AppendJSON(nil))
		}
	}
	empty := []byte(`{"channel":"book","type":"snapshot","market":"X","seq":0,"ts":"","data":{"bids":[],"asks":[]},"checksum":0}`)
	book := NewBook(0)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		j := i % len(msgs)
		if j == 0 {
			if err := book.ApplyJSON(empty); err != nil {
				b.Fatal(err)
			}
		}
		if err := book.ApplyJSON(msgs[j]); err != nil {
			b.Fatal(err)
		}
	}
}
