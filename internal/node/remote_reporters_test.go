package node_test

import (
	"context"
	"crypto/ecdsa"
	"log/slog"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/api/client"
	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/node"
	"github.com/hourglass-exchange/hourglass/oracle/judge"
	"github.com/hourglass-exchange/hourglass/oracle/reporter"
)

// TestRemoteReporters is TestOracleSettlesLease's loop with the oracle's
// five reporters outside the operator, each with its own key and its own
// link to the gateway, as reporters in processes of their own run
// (`hourglass oracle reporter`): three honest ones challenge the node and
// take part in each epoch through the board; one lies (it judges every
// lease-hour delivered and signs a root of its own); one is silent. The
// DeliveryOracle needs three of five signatures. The liar and the silent
// one change nothing: the lease's second hour is undelivered gpu_fault,
// the report posted carries the honest reporters' root, and the holder is
// paid for the hour.
func TestRemoteReporters(t *testing.T) {
	var keys []*ecdsa.PrivateKey
	var addrs []common.Address
	for i := 0; i < 5; i++ {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		keys, addrs = append(keys, k), append(addrs, crypto.PubkeyToAddress(k.PublicKey))
	}
	cfg := node.Config{ReporterKeys: []*ecdsa.PrivateKey{}, Reporters: addrs}
	r := oracleSettlesLease(t, cfg, func(r *leaseRun, oclk clock.Clock) []*reporter.Reporter {
		if len(r.in.Reporters) != 0 {
			t.Fatalf("%d reporters in process", len(r.in.Reporters))
		}
		chain, err := (&client.REST{BaseURL: r.gw}).Chain(r.ctx)
		if err != nil {
			t.Fatal(err)
		}
		dom := judge.Domain{ChainID: new(big.Int).SetUint64(chain.ChainID), VerifyingContract: chain.Oracle}
		q := judge.Quorum{Reporters: addrs, K: 3}
		var honest []*reporter.Reporter
		for _, k := range keys[:3] {
			link := reporter.JSONLink{Link: &client.ReporterLink{BaseURL: r.gw, Key: k}}
			rep, err := reporter.New(reporter.Config{Key: k, Relay: link, Nodes: func() []common.Address { return []common.Address{r.in.DemoNode} },
				PerHour: 4, Clock: oclk, Log: slog.Default()})
			if err != nil {
				t.Fatal(err)
			}
			m, err := reporter.NewMember(reporter.MemberConfig{Reporter: rep, Board: link, Quorum: q, Params: judge.Params{Domain: dom},
				Domain: dom, Every: 100 * time.Millisecond, StateFile: t.TempDir() + "/tally.json", Log: slog.Default()})
			if err != nil {
				t.Fatal(err)
			}
			go func() { _ = rep.Run(r.ctx) }()
			go m.Run(r.ctx)
			honest = append(honest, rep)
		}
		go liar(r.ctx, t, &client.ReporterLink{BaseURL: r.gw, Key: keys[3]}, dom)
		// keys[4] is silent.
		return honest
	})
	// On the board: each epoch has the four sets posted (the silent
	// reporter's missing), the three honest reporters signed the root
	// the DeliveryOracle holds, the liar another.
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	recs, err := reporter.JSONLink{Link: &client.ReporterLink{BaseURL: r.gw, Key: keys[0]}}.Epochs(ctx, 0)
	if err != nil || len(recs) != 2 {
		t.Fatalf("the board: %d epochs (%v)", len(recs), err)
	}
	ob := bindings.NewDeliveryOracle()
	for _, rec := range recs {
		out, err := r.eth.CallContract(ctx, ethereum.CallMsg{To: &r.in.Contracts.Oracle, Data: ob.PackReport(rec.Input.Epoch)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		rep, err := ob.UnpackReport(out)
		if err != nil {
			t.Fatal(err)
		}
		var onChain, other int
		for _, s := range rec.Signatures {
			if s.Root == common.Hash(rep.Root) {
				onChain++
			} else if s.Reporter == addrs[3] {
				other++
			}
		}
		if !rec.Closed || len(rec.Verdicts) != 4 || onChain != 3 || other != 1 {
			t.Fatalf("epoch %d: closed %v, %d verdict sets, %d signatures of the posted root %x, %d of the liar's", rec.Input.Epoch, rec.Closed,
				len(rec.Verdicts), onChain, rep.Root, other)
		}
	}
}

// liar takes part in every epoch on the board: it posts a verdict of
// delivered for every lease-hour and signs a root of its own.
func liar(ctx context.Context, t *testing.T, link *client.ReporterLink, dom judge.Domain) {
	b := reporter.JSONLink{Link: link}
	me := crypto.PubkeyToAddress(link.Key.PublicKey)
	posted, signed := map[uint64]bool{}, map[uint64]bool{}
	for ctx.Err() == nil {
		time.Sleep(100 * time.Millisecond)
		recs, err := b.Epochs(ctx, 0)
		if err != nil {
			continue
		}
		for _, rec := range recs {
			e := rec.Input.Epoch
			switch {
			case !rec.Closed && !posted[e]:
				set := reporter.VerdictSet{Epoch: e, Verdicts: []judge.Verdict{}}
				for _, l := range rec.Input.Leases {
					if l.HasHour(e) {
						set.Verdicts = append(set.Verdicts, judge.Verdict{Reporter: me, Lease: l.ID, Hour: e, Outcome: judge.Delivered})
					}
				}
				if err := set.Sign(link.Key); err != nil {
					t.Error(err)
					return
				}
				posted[e] = b.PostVerdicts(ctx, set) == nil
			case rec.Closed && !signed[e]:
				root := crypto.Keccak256Hash([]byte("all delivered"), new(big.Int).SetUint64(e).Bytes())
				sig, err := judge.SignReport(link.Key, dom, e, root)
				if err != nil {
					t.Error(err)
					return
				}
				signed[e] = b.PostSignature(ctx, reporter.RootSignature{Reporter: me, Epoch: e, Root: root, Signature: sig}) == nil
			}
		}
	}
}
