package node

import (
	"context"
	"crypto/ecdsa"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/oracle/challenge"
	"github.com/hourglass-exchange/hourglass/oracle/reporter"
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
