package node_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/api/client"
	"github.com/hourglass-exchange/hourglass/internal/node"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// metricName is a metric name as docs/api.md writes them.
var metricName = regexp.MustCompile(`hourglass_[a-z_]+`)

// TestDocumentedMetricsExported starts a node (the embedded chain, Redis
// for the bus, loopback) and checks that every metric name docs/api.md
// lists is on its /metrics: a name only an event brings must be set to
// zero at start (issue 12: the hourglass_md_* names were documented but
// not exported by hourglass serve).
func TestDocumentedMetricsExported(t *testing.T) {
	doc, err := os.ReadFile("../../docs/api.md")
	if err != nil {
		t.Fatal(err)
	}
	documented := metricName.FindAllString(string(doc), -1)
	slices.Sort(documented)
	documented = slices.Compact(documented)
	if len(documented) < 20 {
		t.Fatalf("only %d metric names in docs/api.md: %v", len(documented), documented)
	}

	cfg := node.Config{RedisURL: testsvc.Redis(t)}
	withDemo(t, &cfg, 0)
	in := startOperator(t, cfg)
	base := "http://" + in.Gateway
	// The requests whose counters are labelled by what was asked.
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	c, err := client.Dial(ctx, "ws://"+in.Gateway+"/v1/ws")
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	testsvc.CheckFor(t, 20*time.Second, 20*time.Millisecond, func() error {
		// The gateway lists the markets once the publisher published them.
		return c.Subscribe(ctx, client.SubscribeParams{Channel: "book", Markets: in.Markets[:1]}, nil)
	})
	get := func(path string) string {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return string(b)
	}
	get("/v1/markets")

	var missing []string
	testsvc.CheckFor(t, 20*time.Second, 50*time.Millisecond, func() error {
		body := get("/metrics")
		missing = missing[:0]
		for _, name := range documented {
			if !regexp.MustCompile(`(?m)^` + name + `(\{| )`).MatchString(body) {
				missing = append(missing, name)
			}
		}
		if len(missing) > 0 {
			return fmt.Errorf("documented in docs/api.md, not on /metrics: %s", strings.Join(missing, ", "))
		}
		return nil
	})
}
