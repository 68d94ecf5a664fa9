package marketdata

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cockroachdb/datadriven"

	"github.com/hourglass-exchange/hourglass/exchange"
)

// TestScripts runs the golden scripts in testdata/: each block is an engine
// command (or a query of the feed), `----`, and the exact JSON of every
// message it produces, one per line. Run
// `go test ./api/marketdata -run TestScripts -rewrite` to regenerate the
// expected output after reviewing a change. Every book message is also fed
// to a full-depth client Book, which must stay in sync.
//
// Commands: place acct= id= side= price= qty= [tif=ioc|fok] [depth=N];
// cancel acct= id=; amend acct= id= [price=] qty=; mass-cancel acct=;
// tick; snapshot [depth=N]; trades [limit=N]; ticker;
// candles interval= [limit=N]; heartbeat. Every command takes t=DURATION,
// the time since 2027-01-04T00:00:00Z (default: unchanged). Prices are
// decimal strings; depth=N prints book updates as a depth-N subscriber
// receives them.
func TestScripts(t *testing.T) {
	datadriven.Walk(t, "testdata", func(t *testing.T, path string) {
		h := newHarness(t, Config{}, 1)
		client := NewBook(0)
		snap, _ := h.feed.Snapshot(0, 0)
		if err := client.ApplyJSON(snap.AppendJSON(nil)); err != nil {
			t.Fatal(err)
		}
		datadriven.RunTest(t, path, func(t *testing.T, d *datadriven.TestData) string {
			out, err := runScript(h, client, d)
			if err != nil {
				d.Fatalf(t, "%v", err)
			}
			return out
		})
	})
}

func runScript(h *harness, client *Book, d *datadriven.TestData) (string, error) {
	args := map[string]string{}
	for _, a := range d.CmdArgs {
		v := ""
		if len(a.Vals) > 0 {
			v = a.Vals[0]
		}
		args[a.Key] = v
	}
	if s, ok := args["t"]; ok {
		dur, err := time.ParseDuration(s)
		if err != nil {
			return "", err
		}
		h.now = max(h.now, testStart+int64(dur))
	}
	num := func(k string) int64 {
		v, _ := strconv.ParseInt(args[k], 10, 64)
		return v
	}
	info, _ := h.feed.Market(0)
	price := func() (int64, error) {
		if args["price"] == "" {
			return 0, nil
		}
		return info.ParsePrice(args["price"])
	}
	var sb strings.Builder
	line := func(b []byte) { sb.Write(b); sb.WriteByte('\n') }

	var cmd exchange.Command
	switch d.Cmd {
	case "place":
		p, err := price()
		if err != nil {
			return "", err
		}
		side := exchange.Buy
		if args["side"] == "sell" {
			side = exchange.Sell
		}
		cmd = place(int(num("acct")), uint64(num("id")), side, p, num("qty"))
		switch args["tif"] {
		case "ioc":
			cmd.TIF = exchange.IOC
		case "fok":
			cmd.TIF = exchange.FOK
		}
	case "cancel":
		cmd = exchange.Command{Kind: exchange.CmdCancel, Account: exchange.AccountID(num("acct")), OrderID: exchange.OrderID(num("id"))}
	case "amend":
		p, err := price()
		if err != nil {
			return "", err
		}
		cmd = exchange.Command{Kind: exchange.CmdAmend, Account: exchange.AccountID(num("acct")), OrderID: exchange.OrderID(num("id")), Price: p, Qty: num("qty")}
	case "mass-cancel":
		cmd = exchange.Command{Kind: exchange.CmdMassCancel, Account: exchange.AccountID(num("acct")), Market: exchange.NoMarket, Side: exchange.AnySide}
	case "tick":
		cmd = exchange.Command{Kind: exchange.CmdTick}
	case "snapshot":
		m, _ := h.feed.Snapshot(0, int(num("depth")))
		line(m.AppendJSON(nil))
		return sb.String(), nil
	case "trades":
		m, _ := h.feed.TradesSnapshot(0, int(num("limit")))
		line(m.AppendJSON(nil))
		return sb.String(), nil
	case "ticker":
		m, _ := h.feed.TickerSnapshot(0)
		line(m.AppendJSON(nil))
		return sb.String(), nil
	case "candles":
		iv, ok := ParseInterval(args["interval"])
		if !ok {
			return "", fmt.Errorf("interval %q", args["interval"])
		}
		m, _ := h.feed.CandlesSnapshot(0, iv, int(num("limit")))
		line(m.AppendJSON(nil))
		return sb.String(), nil
	case "heartbeat":
		for _, m := range h.feed.Heartbeats(h.now) {
			line(m.AppendJSON(nil))
		}
		return sb.String(), nil
	default:
		return "", fmt.Errorf("unknown command %q", d.Cmd)
	}
	evs, out := h.apply(cmd)
	for _, ev := range evs {
		if ev.Kind == exchange.EvRejected {
			fmt.Fprintf(&sb, "rejected: %v\n", ev.Reason)
		}
	}
	for i := range out.Book {
		m := &out.Book[i]
		full := m.AppendJSON(nil)
		if err := client.ApplyJSON(full); err != nil {
			return "", fmt.Errorf("client: %w", err)
		}
		if dp, ok := args["depth"]; ok {
			n, _ := strconv.Atoi(dp)
			line(m.AppendJSONDepth(nil, n))
		} else {
			line(full)
		}
	}
	for i := range out.Trades {
		line(out.Trades[i].AppendJSON(nil))
	}
	for i := range out.Tickers {
		line(out.Tickers[i].AppendJSON(nil))
	}
	for i := range out.Candles {
		line(out.Candles[i].AppendJSON(nil))
	}
	if sb.Len() == 0 {
		sb.WriteString("(no messages)\n")
	}
	return sb.String(), nil
}
