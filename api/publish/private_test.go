package publish_test

import (
	"testing"

	"github.com/hourglass-exchange/hourglass/api/publish"
	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/settlement/eip712"
)

func TestRevertReason(t *testing.T) {
	for _, c := range []struct {
		b             byte
		reason, party string
	}{
		{byte(eip712.PartyMaker)<<6 | byte(eip712.InsufficientCash), "INSUFFICIENT_CASH", "maker"},
		{byte(eip712.PartyTaker)<<6 | byte(eip712.Expired), "EXPIRED", "taker"},
		{byte(eip712.PartyFill)<<6 | byte(eip712.PriceNotCrossed), "PRICE_NOT_CROSSED", "fill"},
		{3<<6 | 63, "UNKNOWN", "unknown"},
		{exchange.ResultSimulationFailed, "SIMULATION_FAILED", "operator"},
		{exchange.ResultUnbuildable, "UNBUILDABLE", "operator"},
	} {
		if r, p := publish.RevertReason(c.b); r != c.reason || p != c.party {
			t.Errorf("RevertReason(%#x) = %s, %s; want %s, %s", c.b, r, p, c.reason, c.party)
		}
	}
}
