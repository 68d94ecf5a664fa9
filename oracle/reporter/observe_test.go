package reporter

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/internal/testsvc"
	"github.com/hourglass-exchange/hourglass/oracle/challenge"
	"github.com/hourglass-exchange/hourglass/oracle/judge"
	"github.com/hourglass-exchange/hourglass/oracle/nvmlwatch"
	"github.com/hourglass-exchange/hourglass/oracle/nvmlwatch/nvmlmock"
)

// TestObserveToVerdict: a node's signed answer, with the NVML snapshot
// of a node whose GPU 3 raised XID 79 (fallen off the bus), becomes an
// observation the judge takes as valid; the reporter recomputes each GPU's
// health from its signals, so a node that flips GPU 3's own verdict to
// healthy (and signs that) still shows it faulty; a lease on GPU 3 is
// judged undelivered gpu_fault for the hour, one on GPU 0 delivered.
func TestObserveToVerdict(t *testing.T) {
	n, w, uuids := watchMock(t)
	n.XID(3, 79)
	testsvc.CheckFor(t, 10*time.Second, 10*time.Millisecond, func() error {
		g, _ := w.Snapshot().GPU(uuids[3])
		if g.Healthy || g.SampledAt.IsZero() {
			return fmt.Errorf("GPU 3 %+v", g.Health)
		}
		return nil
	})
	snap := w.Snapshot()

	key, _ := crypto.GenerateKey()
	node := crypto.PubkeyToAddress(key.PublicKey)
	provider, reporter := common.HexToAddress("0xb0b"), common.HexToAddress("0x7e")
	hour := uint64(499_000)
	sent := time.Unix(int64(hour)*3600+600, 0)
	answer := func(ev challenge.Evidence) (challenge.Challenge, challenge.Answer) {
		nonce, _ := challenge.NewNonce()
		c := challenge.Challenge{Reporter: reporter, Node: node, Nonce: nonce, IssuedAt: sent.UnixMilli()}
		b, _ := json.Marshal(ev)
		a := challenge.Answer{Challenge: c, AnsweredAt: sent.UnixMilli() + 200, Evidence: b}
		if err := a.Sign(key); err != nil {
			t.Fatal(err)
		}
		// Through the wire and back, as the reporter collects it.
		raw, _ := json.Marshal(a)
		var back challenge.Answer
		if err := json.Unmarshal(raw, &back); err != nil {
			t.Fatal(err)
		}
		return c, back
	}
	ev := challenge.Evidence{GPUs: uuids, NVML: &snap, Leases: []challenge.LeaseEvidence{
		{ID: "7", State: "running", GPUs: []string{uuids[3]}, Job: "4242"},
		{ID: "8", State: "running", GPUs: []string{uuids[0]}, Job: "4243"}}}
	lied := ev
	liedSnap := snap
	liedSnap.GPUs = append([]nvmlwatch.GPUSnapshot(nil), snap.GPUs...)
	liedSnap.GPUs[3].Healthy, liedSnap.GPUs[3].Reasons = true, nil
	lied.NVML = &liedSnap

	keys := judge.Keys{node: provider}
	for name, e := range map[string]challenge.Evidence{"honest": ev, "flipped verdict": lied} {
		c, a := answer(e)
		obs := []judge.Observation{Observe(c, &a, sent.Add(2*time.Second))}
		judge.Check(obs, judge.DefaultAnswerDeadline, provider, keys, judge.Seen{})
		if obs[0].Status != judge.AnswerValid {
			t.Fatalf("%s: answer %s", name, obs[0].Status)
		}
		s := obs[0].Answer.Snapshot
		if len(s.GPUs) != 8 || s.GPUs[3].Health != judge.Faulty || s.GPUs[3].XID != 79 || s.GPUs[0].Health != judge.Healthy {
			t.Fatalf("%s: snapshot %+v", name, s.GPUs)
		}
		for _, id := range []uint64{7, 8} {
			gpu := uuids[3]
			if id == 8 {
				gpu = uuids[0]
			}
			l := judge.Lease{ID: id, Provider: provider, Node: node, GPUs: 1, GPUUUIDs: []string{gpu}, StartHour: hour, Hours: 2,
				RunningAt: time.Unix(int64(hour)*3600, 0)}
			v, err := judge.JudgeHour(judge.Params{}, judge.HourInput{Reporter: reporter, Lease: l, Hour: hour, Observations: obs})
			if err != nil {
				t.Fatal(err)
			}
			want := judge.Delivered
			if id == 7 {
				want = judge.Undelivered
			}
			if v.Outcome != want || id == 7 && v.Reason != judge.GPUFault {
				t.Fatalf("%s: lease %d: %s", name, id, v)
			}
		}
	}
	// No answer: an observation without one.
	c, _ := answer(ev)
	if o := Observe(c, nil, sent); o.Answer != nil || o.Challenge.Nonce != judge.Nonce(c.Nonce) {
		t.Fatalf("no answer: %+v", o)
	}
}

// watchMock watches go-nvml's mock DGX H100 (every call wired) until the
// test ends, once it has a first sample.
func watchMock(t *testing.T) (*nvmlmock.Node, *nvmlwatch.Watcher, []string) {
	t.Helper()
	n := nvmlmock.New()
	var uuids []string
	for i := 0; i < 8; i++ {
		uuids = append(uuids, nvmlmock.UUID(i))
	}
	w, err := nvmlwatch.New(nvmlwatch.Config{NVML: n.Server, GPUs: uuids, Interval: 10 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	t.Cleanup(func() { cancel(); <-done })
	testsvc.CheckFor(t, 10*time.Second, 10*time.Millisecond, func() error {
		if g, _ := w.Snapshot().GPU(uuids[0]); g.SampledAt.IsZero() {
			return fmt.Errorf("no sample yet")
		}
		return nil
	})
	return n, w, uuids
}
