package exchange

import "math/bits"

// idMap is an open-addressing hash table from uint64 keys to int32 slots
// (linear probing, backward-shift deletion). It replaces a Go map on the
// matching path: no allocation once sized, no tombstones, and a probe is one
// multiply and a few adjacent loads.
//
// Beside the buckets it keeps an occupancy bitmap, one bit per bucket: a
// probe reads the bitmap first and touches a bucket only when it is
// occupied. A table that holds many keys (a deep book) is larger than the
// cache, while its bitmap is 128 times smaller and stays cached: a lookup of
// an id that is not there (the duplicate-id check of every new order) then
// mostly ends in the bitmap without a cache miss, and an insert stores into
// its bucket without loading it first.
//
// The table is reserved for a capacity (twice the expected number of keys)
// but starts small and doubles within the reserved memory as keys come, so
// that its size follows the most keys it held rather than the configured
// capacity: an order table configured for far more orders than rest at
// once would otherwise spread its few keys over more memory than the cache
// holds. Growing within the reservation rehashes through spare, reserved
// with it, and allocates nothing; only growing past it allocates.
type idMap struct {
	buckets []idBucket // len is the table size; cap the reserved size
	occ     []uint64   // bit i%64 of occ[i/64] is set iff buckets[i] is occupied
	spare   []idBucket // scratch for a rehash within the reservation
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

// idMapStart is the size a table starts at, if its reservation is larger.
const idMapStart = 256

func newIDMap(capacity int) idMap {
	reserve := 16
	for reserve < capacity*2 {
		reserve <<= 1
	}
	var m idMap
	m.reserve(reserve)
	m.resize(min(reserve, idMapStart))
	return m
}

// reserve allocates an empty table of up to size buckets.
func (m *idMap) reserve(size int) {
	m.buckets = make([]idBucket, 0, size)
	m.occ = make([]uint64, 0, (size+63)/64)
	m.spare = make([]idBucket, 0, size/4)
	m.n = 0
}

// resize empties the table and sets its size, which must be a power of two
// within the reservation.
func (m *idMap) resize(size int) {
	m.buckets = m.buckets[:size]
	clear(m.buckets)
	m.occ = m.occ[:(size+63)/64]
	clear(m.occ)
	m.mask = uint64(size - 1)
	m.shift = uint8(64 - bits.TrailingZeros64(uint64(size)))
	m.n = 0
}

func (m *idMap) home(k uint64) uint64 {
	return (k * 0x9E3779B97F4A7C15) >> m.shift
}

// used reports whether bucket i is occupied.
func (m *idMap) used(i uint64) bool {
	return m.occ[i>>6]&(1<<(i&63)) != 0
}

// get returns the slot stored for k.
func (m *idMap) get(k uint64) (int32, bool) {
	i := m.home(k)
	for m.used(i) {
		if b := &m.buckets[i]; b.key == k {
			return b.val - 1, true
		}
		i = (i + 1) & m.mask
	}
	return 0, false
}

// put stores slot for k, which must not be present.
func (m *idMap) put(k uint64, slot int32) {
	if (m.n+1)*2 > len(m.buckets) {
		m.grow()
	}
	i := m.home(k)
	for m.used(i) {
		i = (i + 1) & m.mask
	}
	m.occ[i>>6] |= 1 << (i & 63)
	m.buckets[i] = idBucket{k, slot + 1}
	m.n++
}

// del removes k if present.
func (m *idMap) del(k uint64) {
	i := m.home(k)
	for {
		if !m.used(i) {
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
		if !m.used(j) {
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
	m.occ[i>>6] &^= 1 << (i & 63)
	m.n--
}

// grow doubles the table, within the reservation if it has room (the keys,
// at most a quarter of the reserved size, wait in spare meanwhile), or by
// reserving twice as much.
func (m *idMap) grow() {
	size := len(m.buckets) * 2
	var old []idBucket
	if size <= cap(m.buckets) && m.n <= cap(m.spare) {
		old = m.spare[:0]
		for _, b := range m.buckets {
			if b.val != 0 {
				old = append(old, b)
			}
		}
	} else {
		old = m.buckets
		m.reserve(size)
	}
	m.resize(size)
	for _, b := range old {
		if b.val != 0 {
			m.put(b.key, b.val-1)
		}
	}
}
