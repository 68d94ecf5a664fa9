package redisbus

import (
	"context"
	"errors"
	"time"

	"github.com/redis/go-redis/v9"
)

// KV is a small key-value store with expiry on Redis, for what several
// gateway processes must share besides the bus (the sign-in sessions:
// api/auth.SharedSessions).
type KV struct {
	rdb    redis.UniversalClient
	prefix string
}

// NewKV returns a KV whose keys start with prefix (default "hourglass:kv:").
func NewKV(rdb redis.UniversalClient, prefix string) *KV {
	if prefix == "" {
		prefix = "hourglass:kv:"
	}
	return &KV{rdb: rdb, prefix: prefix}
}

// Put stores value under key for ttl.
func (k *KV) Put(ctx context.Context, key string, value []byte, ttl time.Duration) error {
	return k.rdb.Set(ctx, k.prefix+key, value, ttl).Err()
}

// Get returns the value under key, if it has not expired.
func (k *KV) Get(ctx context.Context, key string) ([]byte, bool, error) {
	b, err := k.rdb.Get(ctx, k.prefix+key).Bytes()
	if errors.Is(err, redis.Nil) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	return b, true, nil
}

// Delete removes key.
func (k *KV) Delete(ctx context.Context, key string) error {
	return k.rdb.Del(ctx, k.prefix+key).Err()
}
