package auth

import "container/list"

// bounded is a map whose entries each belong to an owner (an address, a
// connection) and come from a source (a client's network), kept in
// insertion order three ways, so that caps can evict without hurting
// anyone but the one who floods:
//
//   - an owner with perOwner entries loses its own oldest to a new one;
//   - a source with perSource entries loses its own oldest;
//   - when the map holds max entries, the source holding the most loses
//     its oldest: a client who holds a few entries is never evicted to
//     make room for one who holds many.
//
// An empty owner or source is counted for the global cap but has no cap of
// its own (a caller that names none). Not safe for concurrent use; its
// owner locks.
type bounded[V any] struct {
	perOwner, perSource, max int

	items   map[string]*boundedEntry[V]
	all     *list.List            // of *boundedEntry, oldest first
	owners  map[string]*list.List // owner → its entries, oldest first
	sources map[string]*list.List // source → its entries, oldest first
	// bySize finds the source holding the most in O(1): sources by their
	// number of entries (counts move by one at a time, so top does too).
	bySize map[int]map[string]struct{}
	top    int
}

type boundedEntry[V any] struct {
	key, owner, source string
	val                V
	inAll, inOwner     *list.Element
	inSource           *list.Element
}

func newBounded[V any](max, perOwner, perSource int) *bounded[V] {
	return &bounded[V]{perOwner: perOwner, perSource: perSource, max: max,
		items: make(map[string]*boundedEntry[V]), all: list.New(), owners: make(map[string]*list.List),
		sources: make(map[string]*list.List), bySize: make(map[int]map[string]struct{})}
}

// put adds or replaces key as the newest entry of owner and source, after
// evicting what the caps require; it returns the evicted entries.
func (b *bounded[V]) put(key, owner, source string, v V) (evicted []*boundedEntry[V]) {
	b.remove(key)
	if owner != "" && b.perOwner > 0 {
		for l := b.owners[owner]; l != nil && l.Len() >= b.perOwner; l = b.owners[owner] {
			evicted = append(evicted, b.drop(l.Front().Value.(*boundedEntry[V])))
		}
	}
	if source != "" && b.perSource > 0 {
		for l := b.sources[source]; l != nil && l.Len() >= b.perSource; l = b.sources[source] {
			evicted = append(evicted, b.drop(l.Front().Value.(*boundedEntry[V])))
		}
	}
	for len(b.items) >= b.max && b.top > 0 {
		var l *list.List
		for s := range b.bySize[b.top] {
			l = b.sources[s]
			break
		}
		evicted = append(evicted, b.drop(l.Front().Value.(*boundedEntry[V])))
	}
	e := &boundedEntry[V]{key: key, owner: owner, source: source, val: v}
	e.inAll = b.all.PushBack(e)
	e.inOwner = pushTo(b.owners, owner, e)
	n := 0
	if l := b.sources[source]; l != nil {
		n = l.Len()
	}
	e.inSource = pushTo(b.sources, source, e)
	b.resize(source, n, n+1)
	b.items[key] = e
	return evicted
}

func pushTo[V any](m map[string]*list.List, k string, e *boundedEntry[V]) *list.Element {
	l := m[k]
	if l == nil {
		l = list.New()
		m[k] = l
	}
	return l.PushBack(e)
}

// resize moves source from the sources holding from entries to those
// holding to.
func (b *bounded[V]) resize(source string, from, to int) {
	if from > 0 {
		delete(b.bySize[from], source)
		if len(b.bySize[from]) == 0 {
			delete(b.bySize, from)
		}
	}
	if to > 0 {
		m := b.bySize[to]
		if m == nil {
			m = make(map[string]struct{})
			b.bySize[to] = m
		}
		m[source] = struct{}{}
		b.top = max(b.top, to)
	}
	for b.top > 0 && len(b.bySize[b.top]) == 0 {
		b.top--
	}
}

// drop unlinks e everywhere and returns it.
func (b *bounded[V]) drop(e *boundedEntry[V]) *boundedEntry[V] {
	delete(b.items, e.key)
	b.all.Remove(e.inAll)
	if l := b.owners[e.owner]; l != nil {
		l.Remove(e.inOwner)
		if l.Len() == 0 {
			delete(b.owners, e.owner)
		}
	}
	if l := b.sources[e.source]; l != nil {
		n := l.Len()
		l.Remove(e.inSource)
		if l.Len() == 0 {
			delete(b.sources, e.source)
		}
		b.resize(e.source, n, n-1)
	}
	return e
}

func (b *bounded[V]) get(key string) (*boundedEntry[V], bool) {
	e, ok := b.items[key]
	return e, ok
}

func (b *bounded[V]) remove(key string) bool {
	e, ok := b.items[key]
	if ok {
		b.drop(e)
	}
	return ok
}

// removeOwner drops every entry of owner and returns them.
func (b *bounded[V]) removeOwner(owner string) []*boundedEntry[V] {
	l := b.owners[owner]
	if l == nil {
		return nil
	}
	var out []*boundedEntry[V]
	for e := l.Front(); e != nil; {
		next := e.Next()
		out = append(out, b.drop(e.Value.(*boundedEntry[V])))
		e = next
	}
	return out
}

// ownerLen returns how many entries owner holds.
func (b *bounded[V]) ownerLen(owner string) int {
	if l := b.owners[owner]; l != nil {
		return l.Len()
	}
	return 0
}

// oldest returns the oldest entry.
func (b *bounded[V]) oldest() (*boundedEntry[V], bool) {
	f := b.all.Front()
	if f == nil {
		return nil, false
	}
	return f.Value.(*boundedEntry[V]), true
}

// each calls fn on every entry, oldest first; fn may remove the entry it is
// given.
func (b *bounded[V]) each(fn func(key string, v V)) {
	for e := b.all.Front(); e != nil; {
		next := e.Next()
		be := e.Value.(*boundedEntry[V])
		fn(be.key, be.val)
		e = next
	}
}

func (b *bounded[V]) len() int { return len(b.items) }
