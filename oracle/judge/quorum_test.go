package judge

import (
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func reporterAddrs(n int) []common.Address {
	rs := make([]common.Address, n)
	for i := range rs {
		rs[i] = common.BigToAddress(common.Big1)
		rs[i][0] = byte(i + 1)
	}
	return rs
}

func TestCombine(t *testing.T) {
	w := newWorld(t, 0)
	rs := reporterAddrs(5)
	q := Quorum{Reporters: rs, K: 3}
	d := func(r int) Verdict { return Verdict{Reporter: rs[r], Lease: 7, Hour: hour0, Outcome: Delivered} }
	u := func(r int, why Reason) Verdict {
		return Verdict{Reporter: rs[r], Lease: 7, Hour: hour0, Outcome: Undelivered, Reason: why}
	}
	a := func(r int) Verdict { return Verdict{Reporter: rs[r], Lease: 7, Hour: hour0, Outcome: Abstain} }
	cases := []struct {
		name    string
		vs      []Verdict
		outcome Outcome
		reason  Reason
	}{
		{"all delivered", []Verdict{d(0), d(1), d(2), d(3), d(4)}, Delivered, NoReason},
		{"exactly k delivered", []Verdict{d(0), d(1), d(2), u(3, NodeLost), u(4, GPUFault)}, Delivered, NoReason},
		{"k-1 delivered", []Verdict{d(0), d(1), u(2, GPUFault), u(3, NodeLost), u(4, GPUFault)}, Undelivered, GPUFault},
		{"k-1 delivered, rest silent: no one said why, node_lost", []Verdict{d(0), d(1)}, Undelivered, NodeLost},
		{"abstentions are silence", []Verdict{d(0), d(1), a(2), a(3), u(4, AttestationFailed)}, Undelivered, AttestationFailed},
		{"reason tie: lowest code", []Verdict{u(0, GPUFault), u(1, NodeLost), u(2, GPUFault), u(3, NodeLost), d(4)}, Undelivered, NodeLost},
		{"plurality reason", []Verdict{u(0, GPUFault), u(1, NodeLost), u(2, GPUFault), u(3, AttestationFailed)}, Undelivered, GPUFault},
		{"a reporter counted once: two verdicts abstain", []Verdict{d(0), d(1), d(2), d(2), u(3, NodeLost)}, Undelivered, NodeLost},
		{"unregistered reporters ignored", []Verdict{d(0), d(1), {Reporter: common.Address{0xee}, Lease: 7, Hour: hour0, Outcome: Delivered}}, Undelivered, NodeLost},
		{"out of range outcome or reason: not counted", []Verdict{d(0), d(1), {Reporter: rs[2], Lease: 7, Hour: hour0, Outcome: 9},
			{Reporter: rs[3], Lease: 7, Hour: hour0, Outcome: Undelivered, Reason: 200}, {Reporter: rs[4], Lease: 7, Hour: hour0, Outcome: Undelivered}},
			Undelivered, NodeLost},
		{"none at all", nil, Undelivered, NodeLost},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := Combine(q, &w.lease, hour0, c.vs)
			if err != nil {
				t.Fatal(err)
			}
			if res.Outcome != c.outcome || res.Reason != c.reason {
				t.Fatalf("got %s, want %s %s", res, c.outcome, c.reason)
			}
			if res.GPUs != w.lease.GPUs || res.Lease != 7 || res.Hour != hour0 {
				t.Fatalf("result %+v names the wrong lease-hour or GPUs", res)
			}
		})
	}

	t.Run("fault needs k", func(t *testing.T) {
		f := func(v Verdict) Verdict { v.Problems |= ProblemFault; return v }
		res, _ := Combine(q, &w.lease, hour0, []Verdict{f(u(0, GPUFault)), f(u(1, GPUFault)), d(2), d(3), d(4)})
		if res.Fault || res.Outcome != Delivered {
			t.Fatalf("two of five saw a fault: %s fault=%v", res, res.Fault)
		}
		res, _ = Combine(q, &w.lease, hour0, []Verdict{f(u(0, GPUFault)), f(u(1, GPUFault)), f(u(2, GPUFault)), d(3), d(4)})
		if !res.Fault || res.Outcome != Undelivered || res.Reason != GPUFault {
			t.Fatalf("three of five saw a fault: %s fault=%v", res, res.Fault)
		}
	})

	t.Run("bad input", func(t *testing.T) {
		for _, c := range []struct {
			name string
			q    Quorum
			vs   []Verdict
			hour uint64
			code Code
		}{
			{"k zero", Quorum{Reporters: rs, K: 0}, nil, hour0, CodeBadQuorum},
			{"k above n", Quorum{Reporters: rs, K: 6}, nil, hour0, CodeBadQuorum},
			{"reporter twice", Quorum{Reporters: append([]common.Address{rs[0]}, rs...), K: 3}, nil, hour0, CodeBadQuorum},
			{"verdict of another hour", q, []Verdict{{Reporter: rs[0], Lease: 7, Hour: hour0 + 1}}, hour0, CodeVerdictMismatch},
			{"verdict of another lease", q, []Verdict{{Reporter: rs[0], Lease: 8, Hour: hour0}}, hour0, CodeVerdictMismatch},
			{"hour outside the lease", q, nil, hour0 + 9, CodeHourOutsideLease},
		} {
			if _, err := Combine(c.q, &w.lease, c.hour, c.vs); CodeOf(err) != c.code {
				t.Errorf("%s: error %v, want code %s", c.name, err, c.code)
			}
		}
	})
}

// TestQuorumMinority is the property: for random n, with k = DefaultK(n)
// and a random minority of f <= n-k reporters that lie (the opposite
// outcome, a random reason, two verdicts, extra verdicts under
// unregistered keys) or stay silent, the result is what the honest
// reporters said, in any order of the verdicts.
func TestQuorumMinority(t *testing.T) {
	w := newWorld(t, 0)
	r := rand.New(rand.NewPCG(15, 15))
	reasons := []Reason{NodeLost, GPUFault, ProviderStopped, AttestationFailed, JobUnreachable}
	for trial := range 5000 {
		n := 3 + r.IntN(9)
		k := DefaultK(n)
		f := r.IntN(n - k + 1)
		rs := reporterAddrs(n)
		q := Quorum{Reporters: rs, K: k}
		truth := Verdict{Lease: 7, Hour: hour0 + uint64(r.IntN(4)), Outcome: Delivered}
		if r.IntN(2) == 0 {
			truth.Outcome, truth.Reason = Undelivered, reasons[r.IntN(len(reasons))]
			if truth.Reason == GPUFault {
				truth.Problems = ProblemFault
			}
		}
		bad := r.Perm(n)[:f]
		isBad := make([]bool, n)
		for _, i := range bad {
			isBad[i] = true
		}
		var vs []Verdict
		for i := range n {
			v := truth
			v.Reporter = rs[i]
			if !isBad[i] {
				vs = append(vs, v)
				continue
			}
			switch r.IntN(5) {
			case 0: // silent
			case 1: // the opposite
				if truth.Outcome == Delivered {
					v.Outcome, v.Reason, v.Problems = Undelivered, reasons[r.IntN(len(reasons))], ProblemFault
				} else {
					v.Outcome, v.Reason, v.Problems = Delivered, NoReason, 0
				}
				vs = append(vs, v)
			case 2: // a random claim
				v.Outcome = Outcome(r.IntN(3))
				v.Reason = Reason(r.IntN(20))
				v.Problems = Problems(r.IntN(64))
				vs = append(vs, v)
			case 3: // two verdicts, one each way
				v2 := v
				v2.Outcome, v2.Reason = Delivered, NoReason
				v.Outcome, v.Reason = Undelivered, GPUFault
				vs = append(vs, v, v2)
			case 4: // sybils: verdicts under keys that are not registered
				for j := range 3 {
					s := v
					s.Reporter = common.Address{0xee, byte(j)}
					s.Outcome, s.Reason, s.Problems = Undelivered, NodeLost, ProblemFault
					if truth.Outcome == Undelivered {
						s.Outcome, s.Reason = Delivered, NoReason
					}
					vs = append(vs, s)
				}
			}
		}
		r.Shuffle(len(vs), func(i, j int) { vs[i], vs[j] = vs[j], vs[i] })
		l := w.lease
		res, err := Combine(q, &l, truth.Hour, vs)
		if err != nil {
			t.Fatal(err)
		}
		if res.Outcome != truth.Outcome || res.Reason != truth.Reason || res.Fault != (truth.Problems&ProblemFault != 0) {
			t.Fatalf("trial %d: n=%d k=%d f=%d bad=%v: got %s fault=%v, honest said %s", trial, n, k, f, bad, res, res.Fault, truth)
		}
	}
}
