package exchange

import "math/bits"

// bitset is a hierarchical occupancy bitmap over price ticks: level 0 has a
// bit per price, each higher level a bit per non-zero word below. Finding the
// next occupied price above or below any point costs one word per level, so a
// book that empties many levels at once (a flash crash) stays as fast as a
// quiet one; a linear rescan of a flat ladder is 55x slower there
// (reference/matching-engine.md §0).
type bitset struct {
	lv [][]uint64 // lv[0] is the leaf level
}

func newBitset(n int64) bitset {
	var b bitset
	words := (n + 63) >> 6
	for {
		b.lv = append(b.lv, make([]uint64, words))
		if words == 1 {
			break
		}
		words = (words + 63) >> 6
	}
	return b
}

func (b *bitset) set(i int64) {
	for l := range b.lv {
		w := &b.lv[l][i>>6]
		was := *w
		*w = was | 1<<(uint64(i)&63)
		if was != 0 {
			return
		}
		i >>= 6
	}
}

func (b *bitset) clear(i int64) {
	for l := range b.lv {
		w := &b.lv[l][i>>6]
		*w &^= 1 << (uint64(i) & 63)
		if *w != 0 {
			return
		}
		i >>= 6
	}
}

// next returns the smallest set index >= i, or -1.
func (b *bitset) next(i int64) int64 {
	if i < 0 {
		i = 0
	}
	l := 0
	for {
		words := b.lv[l]
		wi := i >> 6
		if wi >= int64(len(words)) {
			return -1
		}
		w := words[wi] & (^uint64(0) << (uint64(i) & 63))
		if w != 0 {
			i = wi<<6 | int64(bits.TrailingZeros64(w))
			break
		}
		// Nothing left in this word: continue from the next word, one level up.
		l++
		if l == len(b.lv) {
			return -1
		}
		i = wi + 1
	}
	for l > 0 {
		l--
		i = i<<6 | int64(bits.TrailingZeros64(b.lv[l][i]))
	}
	return i
}

// prev returns the largest set index <= i, or -1.
func (b *bitset) prev(i int64) int64 {
	if i < 0 {
		return -1
	}
	if max := int64(len(b.lv[0]))<<6 - 1; i > max {
		i = max
	}
	l := 0
	for {
		words := b.lv[l]
		wi := i >> 6
		w := words[wi] & (^uint64(0) >> (63 - uint64(i)&63))
		if w != 0 {
			i = wi<<6 | int64(63-bits.LeadingZeros64(w))
			break
		}
		l++
		if l == len(b.lv) || wi == 0 {
			return -1
		}
		i = wi - 1
	}
	for l > 0 {
		l--
		i = i<<6 | int64(63-bits.LeadingZeros64(b.lv[l][i]))
	}
	return i
}
