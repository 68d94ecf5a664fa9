package auth

import "container/list"

// fifo is a map whose entries also form a queue in insertion order, so that
// the oldest entry can be evicted when a cap is reached. Not safe for
// concurrent use; its owner locks.
type fifo[K comparable, V any] struct {
	max   int
	order *list.List // of *fifoEntry[K, V], oldest first
	items map[K]*list.Element
}

type fifoEntry[K comparable, V any] struct {
	key K
	val V
}

func newFIFO[K comparable, V any](max int) *fifo[K, V] {
	return &fifo[K, V]{max: max, order: list.New(), items: make(map[K]*list.Element)}
}

// put adds or replaces k as the newest entry and evicts the oldest entries
// beyond the cap; it returns how many it evicted.
func (f *fifo[K, V]) put(k K, v V) int {
	f.remove(k)
	f.items[k] = f.order.PushBack(&fifoEntry[K, V]{key: k, val: v})
	evicted := 0
	for f.order.Len() > f.max {
		f.remove(f.order.Front().Value.(*fifoEntry[K, V]).key)
		evicted++
	}
	return evicted
}

func (f *fifo[K, V]) get(k K) (V, bool) {
	e, ok := f.items[k]
	if !ok {
		var zero V
		return zero, false
	}
	return e.Value.(*fifoEntry[K, V]).val, true
}

func (f *fifo[K, V]) remove(k K) bool {
	e, ok := f.items[k]
	if !ok {
		return false
	}
	f.order.Remove(e)
	delete(f.items, k)
	return true
}

// oldest returns the oldest entry.
func (f *fifo[K, V]) oldest() (K, V, bool) {
	e := f.order.Front()
	if e == nil {
		var k K
		var v V
		return k, v, false
	}
	fe := e.Value.(*fifoEntry[K, V])
	return fe.key, fe.val, true
}

// each calls fn on every entry, oldest first; fn may remove the entry it is
// given.
func (f *fifo[K, V]) each(fn func(K, V)) {
	for e := f.order.Front(); e != nil; {
		next := e.Next()
		fe := e.Value.(*fifoEntry[K, V])
		fn(fe.key, fe.val)
		e = next
	}
}

func (f *fifo[K, V]) len() int { return f.order.Len() }
