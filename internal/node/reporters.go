package node

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/api"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/oracle/challenge"
	"github.com/hourglass-exchange/hourglass/oracle/judge"
	"github.com/hourglass-exchange/hourglass/oracle/reporter"
	"github.com/hourglass-exchange/hourglass/redeemer/lease"
	"github.com/hourglass-exchange/hourglass/redeemer/service"
)

// reporterAllowed says whether a is a reporter whose challenges the
// redeemer relays: Config.Reporters and the in-process ones.
func (n *node) reporterAllowed(a common.Address) bool {
	for _, r := range n.cfg.Reporters {
		if r == a {
			return true
		}
	}
	for _, k := range n.cfg.ReporterKeys {
		if crypto.PubkeyToAddress(k.PublicKey) == a {
			return true
		}
	}
	return false
}

// startReporters runs the in-process reporters (Config.ReporterKeys): each
// challenges the nodes holding open leases at random times each hour
// through the redeemer's relay, as a reporter elsewhere does through the
// gateway, and keeps the answers as the judge's observations
// (docs/oracle.md, "Reporters").
func (n *node) startReporters(svc *service.Service) error {
	if n.cfg.DemoProvider && n.cfg.ReporterKeys == nil {
		n.cfg.ReporterKeys = DemoReporterKeys(3)
	}
	for _, k := range n.cfg.ReporterKeys {
		r, err := reporter.New(reporter.Config{Key: k, Relay: svcRelay{svc: svc, who: crypto.PubkeyToAddress(k.PublicKey)},
			Nodes: svc.Nodes, PerHour: n.cfg.ChallengesPerHour, Clock: n.cfg.Clock, Log: n.log})
		if err != nil {
			return err
		}
		n.reporters = append(n.reporters, r)
		n.goRun(func(ctx context.Context) { _ = r.Run(ctx) })
	}
	n.runQuorum(svc)
	return nil
}

// svcRelay is a reporter's relay in the redeemer's process.
type svcRelay struct {
	svc *service.Service
	who common.Address
}

func (r svcRelay) PostChallenge(ctx context.Context, c challenge.Challenge) error {
	return r.svc.PostChallenge(ctx, r.who, c)
}

func (r svcRelay) Answers(_ context.Context, after uint64) ([]reporter.Collected, error) {
	rs, err := r.svc.Answers(r.who, after, service.MaxAnswersKept)
	if err != nil {
		return nil, err
	}
	out := make([]reporter.Collected, len(rs))
	for i, a := range rs {
		out[i] = reporter.Collected{Seq: a.Seq, Answer: a.Answer}
	}
	return out, nil
}

// DemoReporterKeys are the demo's in-process reporters' keys: the same at
// every start; dev only.
func DemoReporterKeys(n int) []*ecdsa.PrivateKey {
	var ks []*ecdsa.PrivateKey
	for i := 0; i < n; i++ {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte("hourglass demo reporter key"), []byte{byte(i)}))
		if err != nil {
			panic(err)
		}
		ks = append(ks, k)
	}
	return ks
}

// epochDelay is how long after an hour's end the quorum judges it: every
// challenge of the hour has been answered or has expired by then.
const epochDelay = 2 * time.Minute

// runQuorum has the in-process reporters judge each hour once it is over,
// from the first whole hour they watched (an hour before it would find no
// observations: every lease-hour node_lost): the quorum's results and
// report per epoch (docs/oracle.md, "Reporters"). Posting the report to
// the chain and settling leases from it come with the oracle contract.
func (n *node) runQuorum(svc *service.Service) {
	if len(n.reporters) == 0 {
		return
	}
	var addrs []common.Address
	for _, r := range n.reporters {
		addrs = append(addrs, r.Address())
	}
	n.quorum = &reporter.Quorum{Q: judge.Quorum{Reporters: addrs, K: judge.DefaultK(len(addrs))},
		Domain: judge.Domain{ChainID: n.chain.contracts.ChainID}, Reporters: n.reporters}
	first := judge.EpochOf(n.cfg.Clock.Now()) + 1
	n.goRun(func(ctx context.Context) {
		for hour := first; ; hour++ {
			if !clock.Sleep(ctx, n.cfg.Clock, judge.EpochStart(hour+1).Add(epochDelay).Sub(n.cfg.Clock.Now())) {
				return
			}
			leases, keys := judgeLeases(svc.Records())
			e, err := n.quorum.Run(ctx, hour, leases, keys)
			switch {
			case errors.Is(err, reporter.ErrNoLeases):
				continue
			case err != nil:
				n.log.Error("oracle: judging an epoch failed", "epoch", hour, "err", err)
				continue
			}
			undelivered := 0
			for _, r := range e.Results {
				if r.Outcome == judge.Undelivered {
					undelivered++
				}
			}
			n.log.Info("oracle: epoch judged", "epoch", hour, "lease_hours", len(e.Results), "undelivered", undelivered,
				"root", e.Report.Root, "signatures", len(e.Signatures))
		}
	})
}

// judgeLeases is the judge's view of the redeemer's leases that reached a
// node: terms and the node, the GPUs the node placed them on, and their
// on-chain running and closing times; keys maps each node to its
// provider.
func judgeLeases(recs []service.Record) ([]judge.Lease, judge.Keys) {
	var out []judge.Lease
	keys := judge.Keys{}
	for _, r := range recs {
		id, err := strconv.ParseUint(r.Lease.ID, 10, 64)
		if err != nil || r.Node == (common.Address{}) {
			continue
		}
		l := judge.Lease{ID: id, Holder: r.Lease.Holder, Provider: r.Lease.Provider, Node: r.Node, GPUs: uint64(r.Lease.GPUs),
			StartHour: uint64(r.Lease.StartHour), Hours: uint64(r.Lease.Hours)}
		if len(r.GPUs) == int(r.Lease.GPUs) {
			l.GPUUUIDs = r.GPUs
		}
		for _, c := range r.Chain {
			at := time.Unix(int64(c.Time), 0)
			switch c.State {
			case lease.Running:
				if l.RunningAt.IsZero() {
					l.RunningAt = at
				}
			case lease.Closed:
				l.ClosedAt, l.CloseReason = at, judge.Reason(c.Reason)
			}
		}
		out = append(out, l)
		keys[r.Node] = r.Lease.Provider
	}
	return out, keys
}

// delivery is the in-process quorum's judgement of lease id so far (nil
// before its first judged hour, or without reporters).
func (n *node) delivery(id string) *api.LeaseDelivery {
	q := n.quorum
	lid, err := strconv.ParseUint(id, 10, 64)
	if q == nil || err != nil {
		return nil
	}
	return deliveryView(q.Results(lid))
}

// deliveryView sums a lease's hour results.
func deliveryView(rs []judge.HourResult) *api.LeaseDelivery {
	if len(rs) == 0 {
		return nil
	}
	d := &api.LeaseDelivery{Hours: []api.LeaseHour{}}
	seen := map[judge.Reason]bool{}
	for _, r := range rs {
		h := api.LeaseHour{Hour: api.LeaseTime(judge.EpochStart(r.Hour)), Delivered: r.Outcome == judge.Delivered}
		if h.Delivered {
			d.DeliveredGPUHours += r.GPUs
		} else {
			d.UndeliveredGPUHours += r.GPUs
			h.Reason = r.Reason.String()
			if !seen[r.Reason] {
				seen[r.Reason] = true
				d.Reasons = append(d.Reasons, h.Reason)
			}
		}
		d.Hours = append(d.Hours, h)
	}
	return d
}
