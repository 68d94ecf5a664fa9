package exchange

const (
	pageBits = 10
	pageSize = 1 << pageBits
)

// level is one price of one side: a FIFO of orders linked through their
// next/prev slots, with the total open quantity.
type level struct {
	head, tail int32
	count      int32
	qty        int64
}

// ladder is one side of a book: levels indexed directly by price tick,
// allocated a page at a time when a price region is first used, with an
// occupancy bitmap to find the best price after a level empties.
type ladder struct {
	pages [][]level
	occ   bitset
	best  int64 // best occupied price; 0 when the side is empty
	buy   bool
	n     int // occupied levels
}

func newLadder(maxPrice int64, buy bool) ladder {
	return ladder{
		pages: make([][]level, (maxPrice>>pageBits)+1),
		occ:   newBitset(maxPrice + 1),
		buy:   buy,
	}
}

// at returns the level at price, allocating its page on first use.
func (l *ladder) at(price int64) *level {
	p := l.pages[price>>pageBits]
	if p == nil {
		p = make([]level, pageSize)
		for i := range p {
			p[i].head, p[i].tail = -1, -1
		}
		l.pages[price>>pageBits] = p
	}
	return &p[price&(pageSize-1)]
}

// occupied marks price as holding orders and updates the best price.
func (l *ladder) occupied(price int64) {
	l.occ.set(price)
	l.n++
	if l.best == 0 || (l.buy && price > l.best) || (!l.buy && price < l.best) {
		l.best = price
	}
}

// emptied marks price as empty and finds the next best price if needed.
func (l *ladder) emptied(price int64) {
	l.occ.clear(price)
	l.n--
	if price != l.best {
		return
	}
	var p int64
	if l.buy {
		p = l.occ.prev(price - 1)
	} else {
		p = l.occ.next(price + 1)
	}
	if p < 0 {
		p = 0
	}
	l.best = p
}

// nextFrom returns the first occupied price at or beyond price in the
// direction away from the best (down for bids, up for asks), or 0.
func (l *ladder) nextFrom(price int64) int64 {
	var p int64
	if l.buy {
		p = l.occ.prev(price)
	} else {
		p = l.occ.next(price)
	}
	if p < 0 {
		return 0
	}
	return p
}

// crosses reports whether a taker on the other side with limit price can
// trade against this side's best price.
func (l *ladder) crosses(price int64) bool {
	if l.best == 0 {
		return false
	}
	if l.buy {
		return l.best >= price // this side is bids, taker sells at price
	}
	return l.best <= price
}

// within reports whether a resting price p is acceptable to a taker with
// limit price (the taker is on the other side).
func (l *ladder) within(p, price int64) bool {
	if l.buy {
		return p >= price
	}
	return p <= price
}
