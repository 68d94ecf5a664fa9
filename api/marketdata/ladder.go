package marketdata

import (
	"hash/crc32"
	"strconv"
)

// ChecksumLevels is how many levels of each side the book checksum covers.
const ChecksumLevels = 10

// level is one price level of the feed's book: ticks and lots.
type level struct {
	price, qty int64
}

// ladder is one side of an L2 book as a slice sorted from the worst price to
// the best, so that the levels that change most (near the top) sit at the
// end, where inserting and deleting moves few elements, and the level of
// rank r (0 = best) is at index len-1-r.
type ladder struct {
	lv  []level
	bid bool
}

// better reports whether price a is better than price b on this side.
func (l *ladder) better(a, b int64) bool {
	if l.bid {
		return a > b
	}
	return a < b
}

// search returns the first index whose price is at least as good as price,
// and whether that index holds price itself.
func (l *ladder) search(price int64) (int, bool) {
	lo, hi := 0, len(l.lv)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if l.better(price, l.lv[mid].price) {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < len(l.lv) && l.lv[lo].price == price
}

// set makes qty the total at price (0 removes the level) and returns what it
// was.
func (l *ladder) set(price, qty int64) (old int64) {
	i, ok := l.search(price)
	switch {
	case ok && qty == 0:
		old = l.lv[i].qty
		l.lv = append(l.lv[:i], l.lv[i+1:]...)
	case ok:
		old = l.lv[i].qty
		l.lv[i].qty = qty
	case qty != 0:
		l.lv = append(l.lv, level{})
		copy(l.lv[i+1:], l.lv[i:])
		l.lv[i] = level{price, qty}
	}
	return old
}

// betterCount returns how many levels are strictly better than price.
func (l *ladder) betterCount(price int64) int {
	i, ok := l.search(price)
	if ok {
		i++
	}
	return len(l.lv) - i
}

// rank returns level r from the best (0 = best); r < len.
func (l *ladder) rank(r int) level { return l.lv[len(l.lv)-1-r] }

// top returns the best level, or a zero level when the side is empty.
func (l *ladder) top() level {
	if len(l.lv) == 0 {
		return level{}
	}
	return l.lv[len(l.lv)-1]
}

// appendChecksumInput appends the checksum contribution of the best n
// levels: for each, best first, the price string and then the size string,
// each with the point removed and leading zeros stripped.
func (l *ladder) appendChecksumInput(dst []byte, m *MarketInfo, n int) []byte {
	for r := 0; r < n && r < len(l.lv); r++ {
		v := l.lv[len(l.lv)-1-r]
		dst = strconv.AppendInt(dst, v.price*m.priceUnit, 10)
		dst = strconv.AppendInt(dst, v.qty*m.sizeUnit, 10)
	}
	return dst
}

// checksum computes the book checksum (see ChecksumString) of asks and bids,
// using scratch as the buffer for its input.
func checksum(m *MarketInfo, asks, bids *ladder, scratch *[]byte) uint32 {
	b := asks.appendChecksumInput((*scratch)[:0], m, ChecksumLevels)
	b = bids.appendChecksumInput(b, m, ChecksumLevels)
	*scratch = b
	return crc32.ChecksumIEEE(b)
}
