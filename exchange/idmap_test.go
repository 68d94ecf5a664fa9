package exchange

import (
	"math/rand/v2"
	"testing"
)

// TestIDMap checks the table against a Go map through growth within its
// reservation and past it, with deletions interleaved.
func TestIDMap(t *testing.T) {
	for _, capacity := range []int{0, 100, 5000} {
		m := newIDMap(capacity)
		want := map[uint64]int32{}
		rng := rand.New(rand.NewPCG(1, uint64(capacity)))
		for i := range 40000 {
			k := rng.Uint64N(30000)
			if rng.IntN(3) == 0 {
				k = uint64(i) << 20 // keys that differ only in high bits
			}
			if _, ok := want[k]; ok && rng.IntN(2) == 0 {
				m.del(k)
				delete(want, k)
			} else if !ok {
				m.put(k, int32(i))
				want[k] = int32(i)
			}
			if m.n != len(want) {
				t.Fatalf("capacity %d, op %d: n = %d, want %d", capacity, i, m.n, len(want))
			}
			if len(m.buckets) > cap(m.buckets) || len(m.buckets)&(len(m.buckets)-1) != 0 || m.n*2 > len(m.buckets) {
				t.Fatalf("capacity %d, op %d: %d keys in %d buckets (reserved %d)", capacity, i, m.n, len(m.buckets), cap(m.buckets))
			}
		}
		for i := range m.buckets {
			if m.used(uint64(i)) != (m.buckets[i].val != 0) {
				t.Fatalf("capacity %d: bucket %d: occupancy bit %v, value %d", capacity, i, m.used(uint64(i)), m.buckets[i].val)
			}
		}
		for k, v := range want {
			if got, ok := m.get(k); !ok || got != v {
				t.Fatalf("capacity %d: get(%d) = %d, %v; want %d", capacity, k, got, ok, v)
			}
		}
		for k := range uint64(30000) {
			if _, ok := want[k]; !ok {
				if _, ok := m.get(k); ok {
					t.Fatalf("capacity %d: get(%d) found a deleted key", capacity, k)
				}
			}
		}
	}
}

// TestIDMapGrowsWithoutAllocating checks that a table starts small and grows
// within its reservation without allocating.
func TestIDMapGrowsWithoutAllocating(t *testing.T) {
	const capacity = 100_000
	m := newIDMap(capacity)
	if len(m.buckets) != idMapStart {
		t.Fatalf("a table reserved for %d keys starts at %d buckets, want %d", capacity, len(m.buckets), idMapStart)
	}
	k := uint64(0)
	// AllocsPerRun calls the function twice: half the keys each time.
	allocs := testing.AllocsPerRun(1, func() {
		for range capacity / 2 {
			m.put(k, int32(k))
			k++
		}
	})
	if allocs != 0 {
		t.Fatalf("growing to %d keys within the reservation allocated %v times", capacity, allocs)
	}
	if len(m.buckets) != cap(m.buckets) {
		t.Fatalf("%d keys in %d of %d reserved buckets", m.n, len(m.buckets), cap(m.buckets))
	}
}
