package exchange

import (
	"os"
	"regexp"
	"strconv"
	"testing"
)

// TestReasonCodesDocumented keeps docs/engine.md's table of reason codes
// equal to the code: every reason appears with its number, and nothing else.
func TestReasonCodesDocumented(t *testing.T) {
	doc, err := os.ReadFile("../docs/engine.md")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[Reason]bool{}
	for _, m := range regexp.MustCompile("\\| (\\d+) \\| `([A-Z_]+)`").FindAllStringSubmatch(string(doc), -1) {
		n, _ := strconv.Atoi(m[1])
		r, ok := ParseReason(m[2])
		if !ok || int(r) != n {
			t.Errorf("docs/engine.md lists %s as %d; the code has %d (known: %v)", m[2], n, r, ok)
		}
		seen[r] = true
	}
	for r := ReasonNone + 1; r < numReasons; r++ {
		if !seen[r] {
			t.Errorf("reason %d %s is not in docs/engine.md", r, r)
		}
	}
}
