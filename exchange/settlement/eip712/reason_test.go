package eip712

import "testing"

// TestSkipReasonCodes pins the stable codes of every skip reason (the
// contract's R_ constants) and their names; a new reason is appended.
func TestSkipReasonCodes(t *testing.T) {
	want := []string{"", "BAD_ORDER_INDEX", "BAD_ORDER", "BAD_SIGNATURE", "EXPIRED", "NONCE_USED", "DUPLICATE_ORDER",
		"MARKET_MISMATCH", "SAME_SIDE", "PRICE_NOT_CROSSED", "ZERO_QTY", "OVERFILL", "FEE_TOO_HIGH",
		"INSUFFICIENT_CASH", "INSUFFICIENT_TOKENS", "WALLET_GAS_BUDGET", "TRADING_CLOSED", "SPOT_REFUSED"}
	for code := 1; code < len(want); code++ {
		if got := SkipReason(code).String(); got != want[code] {
			t.Errorf("reason %d: %s, want %s", code, got, want[code])
		}
	}
	if WalletGasBudget != 15 || TradingClosed != 16 || SpotRefused != 17 {
		t.Errorf("WalletGasBudget %d, TradingClosed %d, SpotRefused %d; want 15, 16, 17", WalletGasBudget, TradingClosed, SpotRefused)
	}
	if got := SkipReason(len(want)).String(); got != "reason(18)" {
		t.Errorf("an unknown code reads %s", got)
	}
	if s := DecodeResult(3, 2<<6|16); s.Party != PartyMaker || s.Reason != TradingClosed || s.Index != 3 {
		t.Errorf("DecodeResult: %+v", s)
	}
	if s := DecodeResult(0, 1<<6|17); s.Party != PartyTaker || s.Reason != SpotRefused {
		t.Errorf("DecodeResult: %+v", s)
	}
}
