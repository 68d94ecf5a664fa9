package exchange

// idMap is an open-addressing hash table from uint64 keys to int32 slots
// (linear probing, backward-shift deletion). It replaces a Go map on the
// matching path: no allocation once sized, no tombstones, and a probe is one
// multiply and a few adjacent loads.
type idMap struct {
	keys  []uint64
	vals  []int32 // slot+1; 0 marks an empty bucket
	mask  uint64
	shift uint8
	n     int
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
	m.keys = make([]uint64, size)
	m.vals = make([]int32, size)
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
		v := m.vals[i]
		if v == 0 {
			return 0, false
		}
		if m.keys[i] == k {
			return v - 1, true
		}
		i = (i + 1) & m.mask
	}
}

// put stores slot for k, which must not be present.
func (m *idMap) put(k uint64, slot int32) {
	if (m.n+1)*2 > len(m.keys) {
		m.grow()
	}
	i := m.home(k)
	for m.vals[i] != 0 {
		i = (i + 1) & m.mask
	}
	m.keys[i] = k
	m.vals[i] = slot + 1
	m.n++
}

// del removes k if present.
func (m *idMap) del(k uint64) {
	i := m.home(k)
	for {
		if m.vals[i] == 0 {
			return
		}
		if m.keys[i] == k {
			break
		}
		i = (i + 1) & m.mask
	}
	// Backward-shift: pull later entries of the run into the hole when
	// their home position allows it, so lookups never need tombstones.
	j := i
	for {
		j = (j + 1) & m.mask
		if m.vals[j] == 0 {
			break
		}
		h := m.home(m.keys[j])
		// Entry j may move to i if its home is not in (i, j] cyclically.
		if (j > i && (h <= i || h > j)) || (j < i && (h <= i && h > j)) {
			m.keys[i] = m.keys[j]
			m.vals[i] = m.vals[j]
			i = j
		}
	}
	m.vals[i] = 0
	m.keys[i] = 0
	m.n--
}

func (m *idMap) grow() {
	oldK, oldV := m.keys, m.vals
	m.init(len(oldK) * 2)
	for i, v := range oldV {
		if v != 0 {
			m.put(oldK[i], v-1)
		}
	}
}
