// Package mark computes an instrument's mark price, the number the operator
// posts to the instrument's MarkPriceFeed and that becomes its settlement
// price at the last trading time (docs/delivery.md, "Mark price and
// settlement price"). It is a pure function of the book's best prices and
// the trades over a trailing window: no clock, no I/O, the same inputs give
// the same mark.
//
// The rule. Over the window (Now-Window, Now]:
//
//  1. Every quote (the book's best bid and ask after a change) holds from
//     its time until the next quote or Now; the quote in force at the
//     window's start counts from the start. While both sides exist it
//     contributes its mid, floor((bid+ask)/2), weighted by the milliseconds
//     it held. A one-sided or empty book contributes nothing.
//  2. Every trade in the window contributes its price weighted by its
//     quantity x TradeWeightMs (one GPU-hour traded counts as that many
//     milliseconds of quoted mid).
//  3. The mark is the weighted median: the lowest price at which the
//     cumulative weight, prices ascending, reaches half the total.
//  4. It is clamped to the price band around the previous mark:
//     [prev x (10000-BandBps) / 10000, prev x (10000+BandBps) / 10000]
//     (no clamp when there is no previous mark).
//
// With no mid and no trade in the window there is no new mark (ok false):
// the operator posts nothing and the feed's last round ages, which its
// readers see in updatedAt.
package mark

import "sort"

// Quote is the book's best bid and ask from time At (Unix milliseconds) on;
// 0 means that side is empty. Prices are in the market's price units
// (stablecoin base units per GPU-hour).
type Quote struct {
	At       int64
	Bid, Ask uint64
}

// Trade is a fill at time At (Unix milliseconds).
type Trade struct {
	At         int64
	Price, Qty uint64
}

// Params are the rule's parameters.
type Params struct {
	// WindowMs is the trailing window's length in milliseconds.
	WindowMs int64
	// TradeWeightMs is the weight of one traded unit, in milliseconds of mid.
	TradeWeightMs uint64
	// BandBps is the most the mark moves from the previous one, in basis
	// points of it.
	BandBps uint64
}

// DefaultParams: a 15-minute window, one GPU-hour traded weighs as a
// minute of mid, and the mark moves at most 10% from the previous one.
var DefaultParams = Params{WindowMs: 15 * 60 * 1000, TradeWeightMs: 60 * 1000, BandBps: 1000}

type point struct {
	price  uint64
	weight uint64
}

// Compute returns the mark at time now (Unix milliseconds) from quotes and
// trades sorted by time (ties keep their order), given the previous mark
// prev (0: none). ok is false when the window holds no two-sided quote and
// no trade; mark is then prev.
func Compute(p Params, now int64, prev uint64, quotes []Quote, trades []Trade) (mark uint64, ok bool) {
	start := now - p.WindowMs
	var pts []point
	for i, q := range quotes {
		if q.At > now {
			break
		}
		from := max(q.At, start)
		to := now
		if i+1 < len(quotes) && quotes[i+1].At < now {
			to = quotes[i+1].At
		}
		if to <= from || q.Bid == 0 || q.Ask == 0 {
			continue
		}
		pts = append(pts, point{q.Bid/2 + q.Ask/2 + (q.Bid%2+q.Ask%2)/2, uint64(to - from)})
	}
	for _, t := range trades {
		if t.At <= start || t.At > now || t.Qty == 0 {
			continue
		}
		pts = append(pts, point{t.Price, t.Qty * p.TradeWeightMs})
	}
	if len(pts) == 0 {
		return prev, false
	}
	sort.SliceStable(pts, func(i, j int) bool { return pts[i].price < pts[j].price })
	var total, cum uint64
	for _, pt := range pts {
		total += pt.weight
	}
	m := pts[len(pts)-1].price
	for _, pt := range pts {
		cum += pt.weight
		if 2*cum >= total {
			m = pt.price
			break
		}
	}
	return Clamp(m, prev, p.BandBps), true
}

// Clamp bounds m to the band of bandBps around prev (no bound when prev is 0).
func Clamp(m, prev, bandBps uint64) uint64 {
	if prev == 0 {
		return m
	}
	lo := prev * (10000 - min(bandBps, 10000)) / 10000
	hi := prev * (10000 + bandBps) / 10000
	return min(max(m, lo), hi)
}

// FeedAnswer converts a mark in stablecoin base units (6 decimals) per
// GPU-hour to the feed's 8-decimal answer.
func FeedAnswer(m uint64) int64 { return int64(m) * 100 }
