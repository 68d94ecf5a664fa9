package attest

import (
	"context"
	"sync"
	"time"

	"golang.org/x/crypto/ocsp"
)

// CachingOCSPClient keeps each responder's answer about a certificate
// until the answer's nextUpdate (at most MaxTTL), so that a reporter asks
// the responder once per certificate and update period instead of at
// every challenge: with 8 GPUs a node, 4 challenges an hour and two
// checked certificates a chain, a thousand CC nodes would otherwise cost
// each reporter about 64,000 OCSP queries an hour, and a slow responder
// would delay every verification. The cached answer is judged again at every check
// (OCSPChecker: signature, serial, freshness at the challenge's time), so
// the cache changes how often the responder is asked, never the verdict
// on an answer. Failed queries and answers that do not parse are not
// kept.
type CachingOCSPClient struct {
	Client OCSPClient
	// MaxTTL bounds how long an answer is kept (0: one hour), whatever
	// its nextUpdate says.
	MaxTTL time.Duration
	// MaxEntries bounds the cache (0: 16,384); when full, the answer
	// that expires first goes.
	MaxEntries int
	// Now is the cache's clock (nil: time.Now).
	Now func() time.Time

	mu      sync.Mutex
	entries map[string]cachedOCSP
}

type cachedOCSP struct {
	der   []byte
	until time.Time
}

// Query answers from the cache when it holds a live answer to the same
// request of the same responder, and asks Client otherwise.
func (c *CachingOCSPClient) Query(ctx context.Context, server string, request []byte) ([]byte, error) {
	now := time.Now()
	if c.Now != nil {
		now = c.Now()
	}
	key := server + "\x00" + string(request)
	c.mu.Lock()
	if e, ok := c.entries[key]; ok && now.Before(e.until) {
		c.mu.Unlock()
		return e.der, nil
	}
	c.mu.Unlock()
	der, err := c.Client.Query(ctx, server, request)
	if err != nil {
		return nil, err
	}
	ttl := c.MaxTTL
	if ttl <= 0 {
		ttl = time.Hour
	}
	until := now.Add(ttl)
	r, err := ocsp.ParseResponse(der, nil) // the checker verifies it; here only its nextUpdate
	if err != nil {
		return der, nil
	}
	if !r.NextUpdate.IsZero() && r.NextUpdate.Before(until) {
		until = r.NextUpdate
	}
	if !now.Before(until) {
		return der, nil // stale already: the checker says so; asking again next time
	}
	max := c.MaxEntries
	if max <= 0 {
		max = 16384
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.entries == nil {
		c.entries = map[string]cachedOCSP{}
	}
	if _, ok := c.entries[key]; !ok && len(c.entries) >= max {
		first := ""
		for k, e := range c.entries {
			if first == "" || e.until.Before(c.entries[first].until) {
				first = k
			}
		}
		delete(c.entries, first)
	}
	c.entries[key] = cachedOCSP{der: der, until: until}
	return der, nil
}

// Len is how many answers the cache holds.
func (c *CachingOCSPClient) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.entries)
}
