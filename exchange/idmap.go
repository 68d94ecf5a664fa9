package exchange

// idMap is an open-addressing hash table from uint64 keys to int32 slots
// (linear probing, backward-shift deletion). It replaces a Go map on the
// matching path: no allocation once sized, no tombstones, and a probe is one
// multiply and a few adjacent loads.
type idMap struct {
	buckets []idBucket
	mask    uint64
	shift   uint8
	n       int
}

// idBucket keeps a key beside its value so that a probe touches one cache
// line, not two.
type idBucket struct {
	key uint64
	val int32 // slot+1; 0 marks an empty bucket
}

func newIDMap(capacity int) idMap {
	size := 16
	for size < capacity*2 {
		size <<= 1
	}
	var m idMap
	m.init(size)
	return m
}

func (m *idMap) init(size int) {
	m.buckets = make([]idBucket, size)
	m.mask = uint64(size - 1)
	bitsUsed := uint8(0)
	for s := size; s > 1; s >>= 1 {
		bitsUsed++
	}
	m.shift = 64 - bitsUsed
	m.n = 0
}

func (m *idMap) home(k uint64) uint64 {
	return (k * 0x9E3779B97F4A7C15) >> m.shift
}

// get returns the slot stored for k.
func (m *idMap) get(k uint64) (int32, bool) {
	i := m.home(k)
	for {
		b := &m.buckets[i]
		if b.val == 0 {
			return 0, false
		}
		if b.key == k {
			return b.val - 1, true
		}
		i = (i + 1) & m.mask
	}
}

// put stores slot for k, which must not be present.
func (m *idMap) put(k uint64, slot int32) {
	if (m.n+1)*2 > len(m.buckets) {
		m.grow()
	}
	i := m.home(k)
	for m.buckets[i].val != 0 {
		i = (i + 1) & m.mask
	}
	m.buckets[i] = idBucket{k, slot + 1}
	m.n++
}

// del removes k if present.
func (m *idMap) del(k uint64) {
	i := m.home(k)
	for {
		if m.buckets[i].val == 0 {
			return
		}
		if m.buckets[i].key == k {
			break
		}
		i = (i + 1) & m.mask
	}
	// Backward-shift: pull later entries of the run into the hole when
	// their home position allows it, so lookups never need tombstones.
	j := i
	for {
		j = (j + 1) & m.mask
		if m.buckets[j].val == 0 {
			break
		}
		h := m.home(m.buckets[j].key)
		// Entry j may move to i if its home is not in (i, j] cyclically.
		if (j > i && (h <= i || h > j)) || (j < i && (h <= i && h > j)) {
			m.buckets[i] = m.buckets[j]
			i = j
		}
	}
	m.buckets[i] = idBucket{}
	m.n--
}

func (m *idMap) grow() {
	old := m.buckets
	m.init(len(old) * 2)
	for _, b := range old {
		if b.val != 0 {
			m.put(b.key, b.val-1)
		}
	}
}
