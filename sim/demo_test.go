package sim

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"
)

func TestDemoTradesInEveryMarket(t *testing.T) {
	var out bytes.Buffer
	start := time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)
	res, err := Demo(context.Background(), &out, DemoOptions{Accounts: 300, Commands: 60_000, Dir: t.TempDir(), Start: start})
	if err != nil {
		t.Fatal(err)
	}
	for i, m := range res.Markets {
		if m.Trades == 0 || m.Volume == 0 {
			t.Errorf("market %s: no trades", m.Symbol)
		}
		if top := res.Tops[i]; top[0] == 0 || top[2] == 0 || top[0] >= top[2] {
			t.Errorf("market %s: book top %v is empty or crossed", m.Symbol, top)
		}
	}
	if !strings.Contains(out.String(), "H100SXM-US-T1-2026-11-30+168h") {
		t.Errorf("output lacks the first week's H100 market:\n%s", out.String())
	}
	// The same seed and start give the same state.
	res2, err := Demo(context.Background(), &bytes.Buffer{}, DemoOptions{Accounts: 300, Commands: 60_000, Dir: t.TempDir(), Start: start})
	if err != nil {
		t.Fatal(err)
	}
	if res2.StateHash != res.StateHash {
		t.Error("demo is not deterministic for a seed")
	}
	t.Log("\n" + out.String())
}
