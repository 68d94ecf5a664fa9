package bus

import (
	"strings"
	"time"
)

// Retention bounds the retained log of one topic: a message leaves it once
// it is not among the newest Messages, once the newer ones hold Bytes of
// data, or once it is older than Age. The log only fills holes between a
// subscriber's position and the live stream; the snapshot covers the rest,
// so a publisher must store snapshots well inside these bounds (see
// api/publish Options.SnapshotEvery and PrivateSnapshotEvery).
type Retention struct {
	Messages int
	Bytes    int
	Age      time.Duration
}

// Default retentions. Market topics keep a window of minutes (a gateway that
// lost its connection that long catches up without a snapshot; past it, it
// takes the snapshot, which is stored at least every 1,000 messages and
// every second); short topics, the accounts' private ones, need only a
// short catch-up window beside their snapshot, and there are thousands of
// them.
var (
	DefaultRetention      = Retention{Messages: 10000, Bytes: 2 << 20, Age: 2 * time.Minute}
	DefaultShortRetention = Retention{Messages: 256, Bytes: 128 << 10, Age: time.Minute}
	// DefaultShortPrefixes names the short topics: the accounts' private
	// topics (api/wire AccountTopic).
	DefaultShortPrefixes = []string{"account."}
)

func (r Retention) or(d Retention) Retention {
	if r.Messages <= 0 {
		r.Messages = d.Messages
	}
	if r.Bytes <= 0 {
		r.Bytes = d.Bytes
	}
	if r.Age <= 0 {
		r.Age = d.Age
	}
	return r
}

// RetentionFor returns the retention of topic under opts.
func (o Options) RetentionFor(topic string) Retention {
	o = o.withDefaults()
	for _, p := range o.ShortPrefixes {
		if strings.HasPrefix(topic, p) {
			return o.ShortRetention
		}
	}
	return o.Retention
}
