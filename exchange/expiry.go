package exchange

// expiryItem is one GTD order in the expiry queue. Ties on expiry break on
// the order's entry serial, so the order in which orders expire depends only
// on the state, never on the heap's layout (which a snapshot does not keep).
type expiryItem struct {
	expiry int64
	serial uint64
	slot   int32
}

// expiryHeap is a binary min-heap of GTD orders; each order records its heap
// index so that a cancel removes it in O(log n).
type expiryHeap struct {
	items []expiryItem
}

func (h *expiryHeap) less(i, j int) bool {
	a, b := &h.items[i], &h.items[j]
	return a.expiry < b.expiry || (a.expiry == b.expiry && a.serial < b.serial)
}

func (h *expiryHeap) swap(i, j int, orders []order) {
	h.items[i], h.items[j] = h.items[j], h.items[i]
	orders[h.items[i].slot].heapIdx = int32(i)
	orders[h.items[j].slot].heapIdx = int32(j)
}

func (h *expiryHeap) up(i int, orders []order) {
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(i, p) {
			return
		}
		h.swap(i, p, orders)
		i = p
	}
}

func (h *expiryHeap) down(i int, orders []order) {
	n := len(h.items)
	for {
		l := 2*i + 1
		if l >= n {
			return
		}
		c := l
		if r := l + 1; r < n && h.less(r, l) {
			c = r
		}
		if !h.less(c, i) {
			return
		}
		h.swap(i, c, orders)
		i = c
	}
}

func (h *expiryHeap) push(it expiryItem, orders []order) {
	h.items = append(h.items, it)
	i := len(h.items) - 1
	orders[it.slot].heapIdx = int32(i)
	h.up(i, orders)
}

func (h *expiryHeap) remove(i int, orders []order) {
	last := len(h.items) - 1
	orders[h.items[i].slot].heapIdx = -1
	if i != last {
		h.items[i] = h.items[last]
		orders[h.items[i].slot].heapIdx = int32(i)
	}
	h.items = h.items[:last]
	if i != last {
		h.down(i, orders)
		h.up(i, orders)
	}
}
