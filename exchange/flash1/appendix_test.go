package flash1_test

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/flash1"
)

// battery is the flash1 34-case conformance battery with its expected
// canonical output, from Appendix A of reference/matching-engine.md, where
// the "N acks" and "…" shorthands are written out. Messages use the
// appendix's notation: N<id>:<B|S><qty>@<px>[/IOC] (N<a>..N<b>:… for a
// run of ids), C<id>, M<id>:<B|S><qty>@<px>; seq is the message index.
// Each case has either its exact lines ("|"-separated) or, when long, the
// SHA-256 of its stream.
var battery = []struct {
	name, msgs, want, sha256 string
}{
	{"cancel_middle_then_sweep", "N1:B10@100 N2:B10@100 N3:B10@100 C2 N4:S20@100/IOC",
		"0,0,0,1,100,10 | 0,1,0,2,100,10 | 0,2,0,3,100,10 | 2,3,0,2,100 | 0,4,1,4,100,20 | 1,4,100,10,1,4 | 1,4,100,10,3,4", ""},
	{"cancel_head_then_sweep", "N1:B10@100 N2:B10@100 N3:B10@100 C1 N4:S20@100/IOC",
		"0,0,0,1,100,10 | 0,1,0,2,100,10 | 0,2,0,3,100,10 | 2,3,0,1,100 | 0,4,1,4,100,20 | 1,4,100,10,2,4 | 1,4,100,10,3,4", ""},
	{"multi_level_ioc_sweep", "N1:S10@102 N2:S10@101 N3:S10@100 N4:B30@102/IOC",
		"0,0,1,1,102,10 | 0,1,1,2,101,10 | 0,2,1,3,100,10 | 0,3,0,4,102,30 | 1,3,100,10,3,4 | 1,3,101,10,2,4 | 1,3,102,10,1,4", ""},
	{"modify_into_cross", "N1:S10@100 N2:B10@99 M2:B10@100",
		"0,0,1,1,100,10 | 0,1,0,2,99,10 | 1,2,100,10,1,2 | 3,2,0,2,100,10", ""},
	{"partial_fill_then_cancel", "N1:S10@100 N2:B6@100 C1",
		"0,0,1,1,100,10 | 0,1,0,2,100,6 | 1,1,100,6,1,2 | 2,2,1,1,100", ""},
	{"full_fill_then_stale_cancel", "N1:S10@100 N2:B10@100 C1",
		"0,0,1,1,100,10 | 0,1,0,2,100,10 | 1,1,100,10,1,2 | 4,2,1", ""},
	{"fifo_priority", "N1:B10@100 N2:B10@100 N3:S10@100",
		"0,0,0,1,100,10 | 0,1,0,2,100,10 | 0,2,1,3,100,10 | 1,2,100,10,1,3", ""},
	{"deep_fifo_scattered_cancel", "N1..N8:B10@100 C2 C5 C7 N9:S50@100/IOC",
		"0,0,0,1,100,10 | 0,1,0,2,100,10 | 0,2,0,3,100,10 | 0,3,0,4,100,10 | 0,4,0,5,100,10 | 0,5,0,6,100,10 | 0,6,0,7,100,10 | 0,7,0,8,100,10 | " +
			"2,8,0,2,100 | 2,9,0,5,100 | 2,10,0,7,100 | 0,11,1,9,100,50 | 1,11,100,10,1,9 | 1,11,100,10,3,9 | 1,11,100,10,4,9 | 1,11,100,10,6,9 | 1,11,100,10,8,9", ""},
	{"sweep_residual_becomes_bbo", "N1:S10@100 N2:S10@101 N3:S10@102 N4:B35@102 N5:S5@102/IOC",
		"0,0,1,1,100,10 | 0,1,1,2,101,10 | 0,2,1,3,102,10 | 0,3,0,4,102,35 | 1,3,100,10,1,4 | 1,3,101,10,2,4 | 1,3,102,10,3,4 | 0,4,1,5,102,5 | 1,4,102,5,4,5", ""},
	{"modify_partially_filled_residual", "N1:S10@100 N2:B4@100 M1:S6@101 N3:B6@101/IOC",
		"0,0,1,1,100,10 | 0,1,0,2,100,4 | 1,1,100,4,1,2 | 3,2,1,1,101,6 | 0,3,0,3,101,6 | 1,3,101,6,1,3", ""},
	{"stale_modify_after_full_fill", "N1:S10@100 N2:B10@100 M1:S5@101",
		"0,0,1,1,100,10 | 0,1,0,2,100,10 | 1,1,100,10,1,2 | 5,2,1", ""},
	{"reuse_id_after_cancel", "N1:B10@100 C1 N1:S10@200 N2:B10@200/IOC",
		"0,0,0,1,100,10 | 2,1,0,1,100 | 0,2,1,1,200,10 | 0,3,0,2,200,10 | 1,3,200,10,1,2", ""},
	{"two_level_cancel_sell_priority", "N1:B10@100 N2:B10@100 N3:B10@101 N4:B10@101 C1 C4 N5:S20@100/IOC",
		"0,0,0,1,100,10 | 0,1,0,2,100,10 | 0,2,0,3,101,10 | 0,3,0,4,101,10 | 2,4,0,1,100 | 2,5,0,4,101 | 0,6,1,5,100,20 | 1,6,101,10,3,5 | 1,6,100,10,2,5", ""},
	{"exact_multilevel_boundary", "N1:S10@100 N2:S20@101 N3:S30@102 N4:B60@102/IOC",
		"0,0,1,1,100,10 | 0,1,1,2,101,20 | 0,2,1,3,102,30 | 0,3,0,4,102,60 | 1,3,100,10,1,4 | 1,3,101,20,2,4 | 1,3,102,30,3,4", ""},
	{"taker_price_both_directions", "N1:S10@100 N2:B10@105/IOC N3:B10@200 N4:S10@195/IOC",
		"0,0,1,1,100,10 | 0,1,0,2,105,10 | 1,1,100,10,1,2 | 0,2,0,3,200,10 | 0,3,1,4,195,10 | 1,3,200,10,3,4", ""},
	{"same_level_full_double_consume", "N1:S30@9 N2:S40@9 N3:B100@9 N4:S30@9/IOC",
		"0,0,1,1,9,30 | 0,1,1,2,9,40 | 0,2,0,3,9,100 | 1,2,9,30,1,3 | 1,2,9,40,2,3 | 0,3,1,4,9,30 | 1,3,9,30,3,4", ""},
	{"post_sweep_book_health", "N1:S10@100 N2:S10@101 N3:S10@102 N4:B30@102/IOC N5:S8@101 N6:B8@101/IOC N7:S8@103 N8:B8@103/IOC",
		"0,0,1,1,100,10 | 0,1,1,2,101,10 | 0,2,1,3,102,10 | 0,3,0,4,102,30 | 1,3,100,10,1,4 | 1,3,101,10,2,4 | 1,3,102,10,3,4 | " +
			"0,4,1,5,101,8 | 0,5,0,6,101,8 | 1,5,101,8,5,6 | 0,6,1,7,103,8 | 0,7,0,8,103,8 | 1,7,103,8,7,8", ""},
	{"price_priority_both_sides_reverse_arrival", "N1:S10@105 N2:S10@100 N3:B10@105/IOC N4:B10@90 N5:B10@95 N6:B10@92 N7:S30@90/IOC",
		"0,0,1,1,105,10 | 0,1,1,2,100,10 | 0,2,0,3,105,10 | 1,2,100,10,2,3 | 0,3,0,4,90,10 | 0,4,0,5,95,10 | 0,5,0,6,92,10 | " +
			"0,6,1,7,90,30 | 1,6,95,10,5,7 | 1,6,92,10,6,7 | 1,6,90,10,4,7", ""},
	{"cancel_best_level_minimal_reprobe", "N1:B10@100 N2:B7@99 C1 N3:S7@99/IOC",
		"0,0,0,1,100,10 | 0,1,0,2,99,7 | 2,2,0,1,100 | 0,3,1,3,99,7 | 1,3,99,7,2,3", ""},
	{"ioc_partial_fill_must_not_rest", "N1:S10@100 N2:B15@100/IOC N3:S5@100/IOC",
		"0,0,1,1,100,10 | 0,1,0,2,100,15 | 1,1,100,10,1,2 | 2,1,0,2,100 | 0,2,1,3,100,5 | 2,2,1,3,100", ""},
	{"limit_order_stops_at_own_price", "N1:S5@100 N2:S10@105 N3:B12@102 N4:S7@102/IOC",
		"0,0,1,1,100,5 | 0,1,1,2,105,10 | 0,2,0,3,102,12 | 1,2,100,5,1,3 | 0,3,1,4,102,7 | 1,3,102,7,3,4", ""},
	{"partial_fill_exact_residual_drain", "N1:S20@100 N2:B8@100/IOC N3:B12@100/IOC N4:B5@100/IOC",
		"0,0,1,1,100,20 | 0,1,0,2,100,8 | 1,1,100,8,1,2 | 0,2,0,3,100,12 | 1,2,100,12,1,3 | 0,3,0,4,100,5 | 2,3,0,4,100", ""},
	{"fifo_same_price_multi_aggressor", "N1..N4:B10@100 N5:S15@100/IOC N6:S15@100/IOC",
		"0,0,0,1,100,10 | 0,1,0,2,100,10 | 0,2,0,3,100,10 | 0,3,0,4,100,10 | 0,4,1,5,100,15 | 1,4,100,10,1,5 | 1,4,100,5,2,5 | " +
			"0,5,1,6,100,15 | 1,5,100,5,2,6 | 1,5,100,10,3,6", ""},
	{"reuse_id_after_full_fill", "N1:B10@100 N2:S10@100 N1:S10@200 N3:B10@200/IOC",
		"0,0,0,1,100,10 | 0,1,1,2,100,10 | 1,1,100,10,1,2 | 0,2,1,1,200,10 | 0,3,0,3,200,10 | 1,3,200,10,1,3", ""},
	{"cancel_never_issued_id", "C999 M999:B5@100", "4,0,999 | 5,1,999", ""},
	{"stale_ops_after_cancel", "N1:B10@100 C1 C1 M1:B5@101",
		"0,0,0,1,100,10 | 2,1,0,1,100 | 4,2,1 | 5,3,1", ""},
	{"wide_in_domain_price_ceiling", "N1:S10@200000 N2:B10@200000/IOC",
		"0,0,1,1,200000,10 | 0,1,0,2,200000,10 | 1,1,200000,10,1,2", ""},
	{"large_order_id_ceiling", "C2000000", "4,0,2000000", ""},
	{"deep_recursive_sweep_5000", "N1..N5000:S1@100 N5001:B5000@100/IOC",
		"", "8c1ce06a623efd347e9bfd1321c9032e6910cd222058fffe2e48b977c773430f"},
	{"phantom_trade_exact_exhaust", "N1:S5@100 N2:S5@100 N3:B5@100/IOC",
		"0,0,1,1,100,5 | 0,1,1,2,100,5 | 0,2,0,3,100,5 | 1,2,100,5,1,3", ""},
	{"cancel_best_ask_minimal_reprobe", "N1:S10@100 N2:S7@101 C1 N3:B7@101/IOC",
		"0,0,1,1,100,10 | 0,1,1,2,101,7 | 2,2,1,1,100 | 0,3,0,3,101,7 | 1,3,101,7,2,3", ""},
	{"cancel_empties_entire_side_then_refill", "N1:B10@100 C1 N2:B8@95 N3:S8@95/IOC",
		"0,0,0,1,100,10 | 2,1,0,1,100 | 0,2,0,2,95,8 | 0,3,1,3,95,8 | 1,3,95,8,2,3", ""},
	{"modify_shared_level_sibling_survives", "N1:B10@100 N2:B10@100 M1:B10@99 N3:S10@100/IOC",
		"0,0,0,1,100,10 | 0,1,0,2,100,10 | 3,2,0,1,99,10 | 0,3,1,3,100,10 | 1,3,100,10,2,3", ""},
	{"modify_into_cross_price_improvement", "N1:S10@100 N2:B10@90 M2:B10@105 N3:B10@200 N4:S10@210 M4:S10@195",
		"0,0,1,1,100,10 | 0,1,0,2,90,10 | 1,2,100,10,1,2 | 3,2,0,2,105,10 | 0,3,0,3,200,10 | 0,4,1,4,210,10 | 1,5,200,10,3,4 | 3,5,1,4,195,10", ""},
}

func TestBattery(t *testing.T) {
	if len(battery) != 34 {
		t.Fatalf("battery has %d cases, want the appendix's 34", len(battery))
	}
	for _, c := range battery {
		t.Run(c.name, func(t *testing.T) {
			recs, err := parseMessages(c.msgs)
			if err != nil {
				t.Fatal(err)
			}
			var out strings.Builder
			if _, err := flash1.ReplayTo(&out, recs); err != nil {
				t.Fatal(err)
			}
			if c.sha256 != "" {
				sum := sha256.Sum256([]byte(out.String()))
				if got := hex.EncodeToString(sum[:]); got != c.sha256 {
					t.Errorf("stream hash %s, want %s", got, c.sha256)
				}
				return
			}
			if got := strings.ReplaceAll(out.String(), "\n", " | "); got != c.want {
				t.Errorf("got  %s\nwant %s", got, c.want)
			}
		})
	}
}

// TestSortedFallback replays a case whose sequence numbers run backwards:
// the stream must come out in canonical (seq, kind) order all the same.
func TestSortedFallback(t *testing.T) {
	recs, err := parseMessages("N1:S10@100 N2:B6@100 C1")
	if err != nil {
		t.Fatal(err)
	}
	for i := range recs {
		recs[i].Seq = uint64(10 - i)
	}
	var out strings.Builder
	rep, err := flash1.ReplayTo(&out, recs)
	if err != nil {
		t.Fatal(err)
	}
	want := "2,8,1,1,100\n0,9,0,2,100,6\n1,9,100,6,1,2\n0,10,1,1,100,10"
	if !rep.Sorted || out.String() != want {
		t.Errorf("sorted=%v stream\n%s\nwant\n%s", rep.Sorted, out.String(), want)
	}
}

// parseMessages turns the appendix notation into records, numbering them
// from seq 0.
func parseMessages(s string) ([]flash1.Record, error) {
	var recs []flash1.Record
	for _, tok := range strings.Fields(s) {
		head, order, _ := strings.Cut(tok, ":")
		typ := map[byte]flash1.MsgType{'N': flash1.New, 'C': flash1.Cancel, 'M': flash1.Modify}
		t, ok := typ[head[0]]
		if !ok {
			return nil, fmt.Errorf("%s: unknown message", tok)
		}
		lo, hi, isRange := strings.Cut(head[1:], "..")
		first, err := strconv.ParseUint(lo, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", tok, err)
		}
		last := first
		if isRange {
			if last, err = strconv.ParseUint(strings.TrimPrefix(hi, head[:1]), 10, 64); err != nil {
				return nil, fmt.Errorf("%s: %v", tok, err)
			}
		}
		r := flash1.Record{Type: t}
		if order != "" {
			order, ioc := strings.CutSuffix(order, "/IOC")
			qty, px, ok := strings.Cut(order[1:], "@")
			q, err1 := strconv.ParseUint(qty, 10, 32)
			p, err2 := strconv.ParseInt(px, 10, 64)
			if !ok || err1 != nil || err2 != nil || (order[0] != 'B' && order[0] != 'S') {
				return nil, fmt.Errorf("%s: bad order", tok)
			}
			r.Side, r.IOC, r.Qty, r.Price = exchange.Buy, ioc, uint32(q), p
			if order[0] == 'S' {
				r.Side = exchange.Sell
			}
		}
		for id := first; id <= last; id++ {
			r.OrderID, r.Seq = id, uint64(len(recs))
			recs = append(recs, r)
		}
	}
	return recs, nil
}
