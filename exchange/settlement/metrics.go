package settlement

import (
	"strings"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the pipeline's Prometheus metrics, fed from its BatchEvents
// (Config.Observe); the gateway serves them on /metrics
// (api.Options.Collectors).
type Metrics struct {
	batches *prometheus.CounterVec
	fills   *prometheus.CounterVec
	gas     prometheus.Counter
	last    *prometheus.GaugeVec
	skips   *prometheus.CounterVec
	stalled prometheus.Gauge
}

// NewMetrics returns the pipeline's metrics, unregistered.
func NewMetrics() *Metrics {
	m := &Metrics{
		batches: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "hourglass_settlement_batches_total",
			Help: "Settlement batches by step: closed (journaled), sent, mined, resolved (final result applied)."}, []string{"step"}),
		fills: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "hourglass_settlement_fills_total",
			Help: "Fills whose final result was applied, by outcome: settled, or skipped by the contract (reverted in the engine)."}, []string{"outcome"}),
		gas: prometheus.NewCounter(prometheus.CounterOpts{Name: "hourglass_settlement_gas_used_total",
			Help: "Gas used by mined settle transactions."}),
		skips: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "hourglass_settlement_skipped_fills_total",
			Help: "Skipped fills by reason and party: the contract's skip reasons (party fill, taker or maker), and the pipeline's own (party operator: SIMULATION_FAILED, UNBUILDABLE)."},
			[]string{"reason", "party"}),
		stalled: prometheus.NewGauge(prometheus.GaugeOpts{Name: "hourglass_settlement_stalled",
			Help: "1 while the settlement pipeline is stalled: it cannot settle or cannot tell what the chain settled (the log repeats an ERROR with the reason; docs/settlement.md#recovery)."}),
		last: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "hourglass_settlement_last_batch",
			Help: "The last batch id at each step; closed minus resolved is the batches open."}, []string{"step"}),
	}
	// Every documented series exists from the start, at zero (docs/api.md).
	for _, step := range []string{"closed", "sent", "mined", "resolved"} {
		m.batches.WithLabelValues(step)
		m.last.WithLabelValues(step)
	}
	m.fills.WithLabelValues("settled")
	m.fills.WithLabelValues("skipped")
	for _, r := range []string{"SIMULATION_FAILED", "UNBUILDABLE"} {
		m.skips.WithLabelValues(r, "operator")
	}
	return m
}

// Collectors lists the metrics, for a registry.
func (m *Metrics) Collectors() []prometheus.Collector {
	return []prometheus.Collector{m.batches, m.fills, m.gas, m.last, m.skips, m.stalled}
}

// Observe counts one BatchEvent; use it as (or from) Config.Observe.
func (m *Metrics) Observe(ev BatchEvent) {
	if ev.Kind == "health" {
		v := 0.0
		if ev.Stalled {
			v = 1
		}
		m.stalled.Set(v)
		return
	}
	m.batches.WithLabelValues(ev.Kind).Inc()
	m.last.WithLabelValues(ev.Kind).Set(float64(ev.Batch))
	switch ev.Kind {
	case "mined":
		m.gas.Add(float64(ev.GasUsed))
	case "resolved":
		m.fills.WithLabelValues("settled").Add(float64(ev.Settled))
		m.fills.WithLabelValues("skipped").Add(float64(ev.Skipped))
	case "skipped":
		m.fills.WithLabelValues("skipped").Add(float64(ev.Skipped))
	}
	for k, n := range ev.Reasons {
		reason, party, _ := strings.Cut(k, "/")
		m.skips.WithLabelValues(reason, party).Add(float64(n))
	}
}
