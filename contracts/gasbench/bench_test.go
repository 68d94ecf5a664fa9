package gasbench

import (
	"strings"
	"testing"
)

// TestRun runs every gas workload (each Measure fails unless every fill of
// its batch settles) and checks what the figures must say whatever the
// schedule: batching amortises the transaction's base cost, a stored
// filled amount costs extra, and fresh accounts cost more than warm ones.
func TestRun(t *testing.T) {
	if testing.Short() {
		t.Skip("runs every settlement shape (about 5 s)")
	}
	figs, err := Run()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]uint64{}
	for _, f := range figs {
		if f.Value == 0 || !strings.HasPrefix(f.Key, "gas_") {
			t.Errorf("figure %s=%d", f.Key, f.Value)
		}
		got[f.Key] = f.Value
	}
	less := [][2]string{
		{"gas_per_fill_batch10", "gas_per_fill_batch1"},
		{"gas_per_fill_batch100", "gas_per_fill_batch10"},
		{"gas_per_fill_batch100", "gas_per_fill_batch100_makers_rest"},
		{"gas_per_fill_batch10", "gas_per_fill_batch10_maker_rests"},
		{"gas_per_fill_batch100", "gas_per_fill_batch100_cold"},
		{"gas_per_fill_batch100_cold", "gas_per_fill_batch100_cold_new_slots"},
	}
	for _, p := range less {
		a, b := got[p[0]], got[p[1]]
		if a == 0 || b == 0 || a >= b {
			t.Errorf("%s=%d should be below %s=%d", p[0], a, p[1], b)
		}
	}
	if a, b := got["gas_redeem_one_provider"], got["gas_redeem_split3"]; a >= b {
		t.Errorf("gas_redeem_one_provider=%d should be below gas_redeem_split3=%d", a, b)
	}
	if a, b := got["gas_oracle_post_report_3of5"], got["gas_oracle_post_report_7of10"]; a >= b {
		t.Errorf("gas_oracle_post_report_3of5=%d should be below gas_oracle_post_report_7of10=%d", a, b)
	}
	// A spot fill opens a lease: more than a token fill; the longest lease,
	// its whole batch included, within the desk's stipend
	// (Exchange.SPOT_CALL_GAS, 1,000,000) with room to spare.
	if a, b := got["gas_per_fill_batch100"], got["gas_per_fill_spot_batch100"]; a >= b {
		t.Errorf("gas_per_fill_batch100=%d should be below gas_per_fill_spot_batch100=%d", a, b)
	}
	if v := got["gas_per_fill_spot_batch1_168h"]; v > 700_000 {
		t.Errorf("gas_per_fill_spot_batch1_168h=%d, too close to SPOT_CALL_GAS", v)
	}
	if v := got["gas_per_fill_batch100"]; v > 25_000 {
		t.Errorf("gas_per_fill_batch100=%d, above the 25,000 target", v)
	}
	if v, bound := got["gas_per_fill_worst_batch100"], SettleGasBound(ShapeWorst100.Fills)/uint64(ShapeWorst100.Fills); v == 0 || v > bound {
		t.Errorf("gas_per_fill_worst_batch100=%d, want within the bound %d", v, bound)
	}
	for _, k := range []string{"gas_deposit", "gas_withdraw_request", "gas_withdraw_execute", "gas_cancel", "gas_cancel_all", "gas_mint",
		"gas_redeem_one_provider", "gas_redeem_split3", "gas_lease_provisioning", "gas_lease_running", "gas_lease_close_completed",
		"gas_lease_close_holder_stopped", "gas_lease_close_never_started", "gas_expire", "gas_mark_post", "gas_mark_settle",
		"gas_oracle_post_report_3of5", "gas_oracle_post_report_7of10", "gas_oracle_settle_lease",
		"gas_per_fill_spot_batch100", "gas_per_fill_spot_batch1_168h", "gas_oracle_settle_spot_lease"} {
		if got[k] == 0 {
			t.Errorf("%s missing", k)
		}
	}
}
