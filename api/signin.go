package api

import (
	"math"
	"strconv"
	"sync"
	"time"
)

// sourceLimits are token buckets per source (auth.SourceOf a client's
// address), for what one client's many connections must not multiply:
// sign-in requests. Idle buckets (full again) are dropped as the map
// grows, so it stays as small as the sources active lately. Its mutex is
// a leaf.
type sourceLimits struct {
	rate  float64
	burst int

	mu      sync.Mutex
	buckets map[string]*rateLimiter
	pruneAt int
}

// minPrune is the size from which sourceLimits drops idle buckets.
const minPrune = 4096

func newSourceLimits(rate float64, burst int) *sourceLimits {
	return &sourceLimits{rate: rate, burst: burst, buckets: make(map[string]*rateLimiter), pruneAt: minPrune}
}

// allow takes a token of source's bucket at now; if there is none it says
// how long until there is.
func (l *sourceLimits) allow(source string, now time.Time) (bool, time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.buckets[source]
	if b == nil {
		if len(l.buckets) >= l.pruneAt {
			full := time.Duration(float64(l.burst) / l.rate * float64(time.Second))
			for k, v := range l.buckets {
				if now.Sub(v.last) >= full {
					delete(l.buckets, k)
				}
			}
			l.pruneAt = max(minPrune, 2*len(l.buckets))
		}
		b = &rateLimiter{rate: l.rate, burst: float64(l.burst)}
		l.buckets[source] = b
	}
	return b.allow(now)
}

// signInAllowed applies the per-source sign-in rate to an auth.challenge
// or auth.login.
func (c *conn) signInAllowed() *Error {
	ok, wait := c.s.signIns.allow(c.origin.Source, c.s.opts.Clock.Now())
	if ok {
		return nil
	}
	e := errorf(CodeRateLimited, "more than "+strconv.FormatFloat(c.s.opts.SignInRate, 'f', -1, 64)+
		" sign-in requests (auth.challenge, auth.login) per second from this source")
	e.RetryAfterMS = max(1, int64(math.Ceil(wait.Seconds()*1000)))
	return e
}
