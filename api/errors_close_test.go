package api

import (
	"net/http"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/hourglass-exchange/hourglass/api/orderentry"
	"github.com/hourglass-exchange/hourglass/exchange"
)

// TestHorizonAndCloseCodes: the engine's EXPIRY_WITHIN_HORIZON is the
// gateway's own order_expires_too_soon (400) and MARKET_CLOSED is
// market_closed (409); each is listed once by Codes and in docs/api.md.
func TestHorizonAndCloseCodes(t *testing.T) {
	doc, err := os.ReadFile("../docs/api.md")
	if err != nil {
		t.Fatal(err)
	}
	codes := Codes()
	for _, tc := range []struct {
		r      exchange.Reason
		code   Code
		status int
	}{
		{exchange.ReasonExpiryWithinHorizon, Code(orderentry.CodeExpiresTooSoon), http.StatusBadRequest},
		{exchange.ReasonMarketClosed, CodeMarketClosed, http.StatusConflict},
	} {
		if got := engineCode(tc.r); got != tc.code || got.Status() != tc.status {
			t.Errorf("%s: code %s status %d, want %s %d", tc.r, got, got.Status(), tc.code, tc.status)
		}
		if n := len(slices.DeleteFunc(slices.Clone(codes), func(c Code) bool { return c != tc.code })); n != 1 {
			t.Errorf("%s is listed %d times by Codes", tc.code, n)
		}
		if !strings.Contains(string(doc), "`"+string(tc.code)+"`") {
			t.Errorf("%s is not in docs/api.md", tc.code)
		}
	}
}
