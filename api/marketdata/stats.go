package marketdata

// minutesPerDay is the size of the ticker's rolling window in buckets.
const minutesPerDay = 1440

// minuteBucket aggregates the trades of one UTC minute.
type minuteBucket struct {
	minute          int64 // unix minutes; meaningful only when n > 0
	open, high, low int64
	vol, n          int64
}

// dayWindow keeps the trades of the last 24 hours as a ring of per-minute
// buckets. The aggregate of the 1439 minutes before the current one is
// cached, since those no longer change; so a ticker costs O(1), and the ring
// is scanned at most once per minute.
type dayWindow struct {
	b [minutesPerDay]minuteBucket

	cached   bool
	cacheMin int64        // the current minute the cache was built for
	agg      minuteBucket // minutes cacheMin-1439 .. cacheMin-1; open is the earliest
}

// add records a trade at time t (unix ns).
func (w *dayWindow) add(t, price, qty int64) {
	minute := floorDiv(t, 60e9)
	if w.cached && minute < w.cacheMin {
		w.cached = false // time went backwards: the cached minutes changed
	}
	s := &w.b[mod(minute, minutesPerDay)]
	if s.n == 0 || s.minute != minute {
		*s = minuteBucket{minute: minute, open: price, high: price, low: price, vol: qty, n: 1}
		return
	}
	s.high = max(s.high, price)
	s.low = min(s.low, price)
	s.vol += qty
	s.n++
}

// stats returns open, high, low, volume and trade count of the 1440 minutes
// that end with the minute of now; prices are 0 when there was no trade.
func (w *dayWindow) stats(now int64) (open, high, low, vol, n int64) {
	cur := floorDiv(now, 60e9)
	if !w.cached || w.cacheMin != cur {
		w.rebuild(cur)
	}
	a := w.agg
	if s := &w.b[mod(cur, minutesPerDay)]; s.n > 0 && s.minute == cur {
		if a.n == 0 {
			a.open, a.high, a.low = s.open, s.high, s.low
		} else {
			a.high = max(a.high, s.high)
			a.low = min(a.low, s.low)
		}
		a.vol += s.vol
		a.n += s.n
	}
	return a.open, a.high, a.low, a.vol, a.n
}

func (w *dayWindow) rebuild(cur int64) {
	var a minuteBucket
	first := int64(0)
	for i := range w.b {
		s := &w.b[i]
		if s.n == 0 || s.minute >= cur || s.minute <= cur-minutesPerDay {
			continue
		}
		if a.n == 0 {
			a = *s
			first = s.minute
			continue
		}
		if s.minute < first {
			first, a.open = s.minute, s.open
		}
		a.high = max(a.high, s.high)
		a.low = min(a.low, s.low)
		a.vol += s.vol
		a.n += s.n
	}
	w.agg, w.cacheMin, w.cached = a, cur, true
}

// series is the candles of one interval: the current one and a ring of the
// closed ones before it.
type series struct {
	nanos int64
	seq   uint64
	has   bool
	cur   Candle
	hist  []Candle // ring, len = capacity
	head  int      // index of the oldest
	n     int
}

func newSeries(iv Interval, history int) series {
	return series{nanos: iv.Nanos(), hist: make([]Candle, max(history-1, 0))}
}

// add records a trade at time t (unix ns).
func (s *series) add(t, price, qty int64) {
	start := floorDiv(t, s.nanos) * s.nanos
	if s.has && start == s.cur.Start {
		c := &s.cur
		c.High = max(c.High, price)
		c.Low = min(c.Low, price)
		c.Close = price
		c.Volume += qty
		c.Trades++
		return
	}
	if s.has && len(s.hist) > 0 {
		if s.n < len(s.hist) {
			s.hist[(s.head+s.n)%len(s.hist)] = s.cur
			s.n++
		} else {
			s.hist[s.head] = s.cur
			s.head = (s.head + 1) % len(s.hist)
		}
	}
	s.cur = Candle{Start: start, Open: price, High: price, Low: price, Close: price, Volume: qty, Trades: 1}
	s.has = true
}

// last returns up to limit of the most recent candles, oldest first, in a
// new slice (limit <= 0: all that are kept).
func (s *series) last(limit int) []Candle {
	total := s.n
	if s.has {
		total++
	}
	if limit <= 0 || limit > total {
		limit = total
	}
	out := make([]Candle, 0, limit)
	closed := limit
	if s.has {
		closed--
	}
	for i := s.n - closed; i < s.n; i++ {
		out = append(out, s.hist[(s.head+i)%len(s.hist)])
	}
	if s.has {
		out = append(out, s.cur)
	}
	return out
}

func mod(a, b int64) int64 { return a - floorDiv(a, b)*b }
