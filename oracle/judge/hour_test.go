package judge

import (
	"testing"
	"time"
)

// TestJudgeHour walks the judgement rule's steps, each case one change
// from a healthy, running lease-hour.
func TestJudgeHour(t *testing.T) {
	const h = hour0 + 1
	w := newWorld(t, 1)
	p := Params{Domain: testDomain}
	type want struct {
		outcome  Outcome
		reason   Reason
		problems Problems
	}
	snapWith := func(f func(*Snapshot)) *Snapshot {
		s := healthy()
		f(&s)
		return &s
	}
	at := func(m int) time.Time { return EpochStart(h).Add(time.Duration(m) * time.Minute) }
	cases := []struct {
		name string
		edit func(in *HourInput)
		want want
	}{
		{"healthy", func(in *HourInput) {}, want{Delivered, NoReason, 0}},
		{"no challenge in the hour: abstain", func(in *HourInput) { in.Observations = nil }, want{Abstain, NoReason, 0}},
		{"challenges of other hours do not count", func(in *HourInput) {
			in.Observations = append(w.hourOf(t, 0, h-1), w.hourOf(t, 0, h+1)...)
		}, want{Abstain, NoReason, 0}},
		{"no valid answer: node_lost", func(in *HourInput) {
			for i := range in.Observations {
				in.Observations[i] = w.observe(t, 0, h, 5+10*i, nil)
			}
		}, want{Undelivered, NodeLost, ProblemNoAnswer}},
		{"only late, forged and replayed answers: node_lost", func(in *HourInput) {
			for i, st := range []AnswerStatus{AnswerLate, AnswerForged, AnswerReplayed, AnswerOtherNode} {
				in.Observations[i].Status = st
			}
		}, want{Undelivered, NodeLost, ProblemNoAnswer}},
		{"one of four answered: delivered, missed", func(in *HourInput) {
			for i := 1; i < 4; i++ {
				in.Observations[i] = w.observe(t, 0, h, 5+15*i, nil)
			}
		}, want{Delivered, NoReason, ProblemMissed}},
		{"critical XID on a leased GPU: gpu_fault", func(in *HourInput) {
			in.Observations[2] = w.observe(t, 0, h, 35, snapWith(func(s *Snapshot) {
				s.GPUs[1] = GPUHealth{UUID: "GPU-a1", Health: Faulty, Signal: "xid", XID: 79}
			}))
		}, want{Undelivered, GPUFault, ProblemFault}},
		{"fault on a GPU the lease does not hold: delivered", func(in *HourInput) {
			in.Observations[2] = w.observe(t, 0, h, 35, snapWith(func(s *Snapshot) { s.GPUs[2].Health = Faulty }))
		}, want{Delivered, NoReason, 0}},
		{"a leased GPU missing from the snapshot: gpu_fault", func(in *HourInput) {
			in.Observations[0] = w.observe(t, 0, h, 5, snapWith(func(s *Snapshot) { s.GPUs = s.GPUs[1:] }))
		}, want{Undelivered, GPUFault, ProblemFault}},
		{"a leased GPU of unknown health: gpu_fault", func(in *HourInput) {
			in.Observations[0] = w.observe(t, 0, h, 5, snapWith(func(s *Snapshot) { s.GPUs[0].Health = HealthUnknown }))
		}, want{Undelivered, GPUFault, ProblemFault}},
		{"a fault in an answer that is not valid does not count", func(in *HourInput) {
			o := w.observe(t, 0, h, 35, snapWith(func(s *Snapshot) { s.GPUs[0].Health = Faulty }))
			o.Status = AnswerLate
			in.Observations[2] = o
		}, want{Delivered, NoReason, ProblemMissed}},
		{"no placement known: every GPU of the node is the lease's", func(in *HourInput) {
			in.Lease.GPUUUIDs = nil
			in.Observations[2] = w.observe(t, 0, h, 35, snapWith(func(s *Snapshot) { s.GPUs[2].Health = Faulty }))
		}, want{Undelivered, GPUFault, ProblemFault}},
		{"degraded leased GPU: delivered, degraded", func(in *HourInput) {
			in.Observations[1] = w.observe(t, 0, h, 20, snapWith(func(s *Snapshot) {
				s.GPUs[0] = GPUHealth{UUID: "GPU-a0", Health: Degraded, Signal: "hw_slowdown"}
			}))
		}, want{Delivered, NoReason, ProblemDegraded}},
		{"job not on its GPUs while running: delivered, flagged", func(in *HourInput) {
			in.Observations[1] = w.observe(t, 0, h, 20, snapWith(func(s *Snapshot) { s.Jobs = nil }))
		}, want{Delivered, NoReason, ProblemJobNotSeen}},
		{"another lease's job does not stand for this one", func(in *HourInput) {
			in.Observations[1] = w.observe(t, 0, h, 20, snapWith(func(s *Snapshot) { s.Jobs = []JobSeen{{Lease: 8, OnGPUs: true}} }))
		}, want{Delivered, NoReason, ProblemJobNotSeen}},
		{"earlier quorum fault: gpu_fault whatever the snapshots", func(in *HourInput) { in.FaultedBefore = true },
			want{Undelivered, GPUFault, ProblemFault}},
		{"closed gpu_fault before the hour", func(in *HourInput) {
			in.Lease.ClosedAt, in.Lease.CloseReason = at(-10), GPUFault
			in.Observations = nil
		}, want{Undelivered, GPUFault, 0}},
		{"closed node_lost inside the hour, healthy evidence before", func(in *HourInput) {
			in.Lease.ClosedAt, in.Lease.CloseReason = at(40), NodeLost
		}, want{Undelivered, NodeLost, 0}},
		{"closed holder_stopped before the hour: forfeited, delivered", func(in *HourInput) {
			in.Lease.ClosedAt, in.Lease.CloseReason = at(-1), HolderStopped
			in.Observations = nil
		}, want{Delivered, NoReason, 0}},
		{"closed job_exited inside the hour: evidence before the close", func(in *HourInput) {
			in.Lease.ClosedAt, in.Lease.CloseReason = at(30), JobExited
			// After the close the job is gone and a GPU may fail: not the lease's concern.
			in.Observations[2] = w.observe(t, 0, h, 35, snapWith(func(s *Snapshot) { s.Jobs = nil; s.GPUs[0].Health = Faulty }))
		}, want{Delivered, NoReason, 0}},
		{"closed exactly at the hour's start counts as before it", func(in *HourInput) {
			in.Lease.ClosedAt, in.Lease.CloseReason = at(0), StartFailed
		}, want{Undelivered, StartFailed, 0}},
		{"closed provider_never_started: every hour", func(in *HourInput) {
			in.Lease.RunningAt = time.Time{}
			in.Lease.ClosedAt, in.Lease.CloseReason = EpochStart(hour0).Add(31*time.Minute), ProviderNeverStarted
		}, want{Undelivered, ProviderNeverStarted, 0}},
		{"not running by the hour's end: provider_never_started", func(in *HourInput) {
			in.Lease.RunningAt = EpochStart(h + 1)
		}, want{Undelivered, ProviderNeverStarted, 0}},
		{"closed spec_missing before running: the holder's, delivered", func(in *HourInput) {
			in.Lease.RunningAt = time.Time{}
			in.Lease.ClosedAt, in.Lease.CloseReason = at(30), SpecMissing
		}, want{Delivered, NoReason, 0}},
		{"running from mid-hour: no job expected before", func(in *HourInput) {
			in.Lease.RunningAt = at(30)
			in.Observations[0] = w.observe(t, 0, h, 5, snapWith(func(s *Snapshot) { s.Jobs = nil }))
			in.Observations[1] = w.observe(t, 0, h, 20, snapWith(func(s *Snapshot) { s.Jobs = nil }))
		}, want{Delivered, NoReason, 0}},
		{"CC claimed, one pass: delivered", func(in *HourInput) {
			in.Lease.ClaimsCC = true
			in.Observations[0].CC = CCPass
		}, want{Delivered, NoReason, 0}},
		{"CC claimed, no attestation verdict: abstain", func(in *HourInput) { in.Lease.ClaimsCC = true },
			want{Abstain, NoReason, 0}},
		{"CC claimed, one fail: attestation_failed", func(in *HourInput) {
			in.Lease.ClaimsCC = true
			in.Observations[1].CC = CCFail
		}, want{Undelivered, AttestationFailed, ProblemAttestation}},
		{"CC claimed, one pass and one fail: attestation_failed", func(in *HourInput) {
			in.Lease.ClaimsCC = true
			in.Observations[0].CC, in.Observations[3].CC = CCPass, CCFail
		}, want{Undelivered, AttestationFailed, ProblemAttestation}},
		{"CC claimed, the pass in an invalid answer does not count", func(in *HourInput) {
			in.Lease.ClaimsCC = true
			in.Observations[0].CC, in.Observations[0].Status = CCPass, AnswerOtherNode
			in.Observations[1].CC = CCFail
		}, want{Undelivered, AttestationFailed, ProblemAttestation | ProblemMissed}},
		{"CC not claimed: verdicts on attestation ignored", func(in *HourInput) {
			in.Observations[0].CC = CCFail
		}, want{Delivered, NoReason, 0}},
		{"fault outranks no answer and attestation", func(in *HourInput) {
			in.Lease.ClaimsCC = true
			in.Observations[2] = w.observe(t, 0, h, 35, snapWith(func(s *Snapshot) { s.GPUs[0].Health = Faulty }))
			in.Observations[2].CC = CCFail
		}, want{Undelivered, GPUFault, ProblemFault | ProblemAttestation}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := w.input(0, h, w.hourOf(t, 0, h))
			c.edit(&in)
			v, err := JudgeHour(p, in)
			if err != nil {
				t.Fatal(err)
			}
			if v.Outcome != c.want.outcome || v.Reason != c.want.reason || v.Problems != c.want.problems {
				t.Fatalf("got %s (problems %s), want %s %s problems %s", v, v.Problems, c.want.outcome, c.want.reason, c.want.problems)
			}
			if v.Lease != w.lease.ID || v.Hour != h || v.Reporter != in.Reporter {
				t.Fatalf("verdict names lease %d hour %d reporter %s", v.Lease, v.Hour, v.Reporter)
			}
		})
	}
}

func TestJudgeHourBadInput(t *testing.T) {
	w := newWorld(t, 2)
	p := Params{Domain: testDomain}
	cases := []struct {
		name string
		edit func(in *HourInput)
		code Code
	}{
		{"hour before the lease", func(in *HourInput) { in.Hour = hour0 - 1 }, CodeHourOutsideLease},
		{"hour after the lease", func(in *HourInput) { in.Hour = hour0 + 4 }, CodeHourOutsideLease},
		{"no GPUs", func(in *HourInput) { in.Lease.GPUs = 0 }, CodeBadLease},
		{"no hours", func(in *HourInput) { in.Lease.Hours = 0 }, CodeBadLease},
		{"placed on fewer GPUs than leased", func(in *HourInput) { in.Lease.GPUUUIDs = in.Lease.GPUUUIDs[:1] }, CodeBadLease},
		{"closed without a reason", func(in *HourInput) { in.Lease.ClosedAt = EpochStart(hour0) }, CodeBadLease},
		{"closed with an unknown reason", func(in *HourInput) {
			in.Lease.ClosedAt, in.Lease.CloseReason = EpochStart(hour0), 99
		}, CodeBadLease},
		{"open with a reason", func(in *HourInput) { in.Lease.CloseReason = NodeLost }, CodeBadLease},
		{"another reporter's observation", func(in *HourInput) {
			in.Observations = append(in.Observations, w.hourOf(t, 1, hour0)[0])
		}, CodeForeignObservation},
		{"an observation of another node", func(in *HourInput) { in.Observations[0].Challenge.Node = addr(w.nodeB) }, CodeForeignObservation},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := w.input(0, hour0, w.hourOf(t, 0, hour0))
			c.edit(&in)
			_, err := JudgeHour(p, in)
			if CodeOf(err) != c.code {
				t.Fatalf("error %v, want code %s", err, c.code)
			}
		})
	}
}

// TestComplaints: a holder's complaint counts only with the reporter's own
// evidence of a problem in the hour; it cannot erase a delivered hour
// alone, and it must be the holder's, for that lease-hour.
func TestComplaints(t *testing.T) {
	const h = hour0 + 2
	w := newWorld(t, 1)
	p := Params{Domain: testDomain}
	complaint := func(signer int, lease, hour uint64) Complaint {
		k := w.holder
		if signer != 0 {
			k = w.stranger
		}
		c, err := SignComplaint(k, testDomain, lease, hour)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	valid := complaint(0, 7, h)
	noJob := healthy()
	noJob.Jobs = nil
	degraded := healthy()
	degraded.GPUs[0].Health = Degraded
	cases := []struct {
		name       string
		complaints []Complaint
		edit       func(in *HourInput)
		outcome    Outcome
		reason     Reason
		effect     ComplaintEffect
	}{
		{"no complaint", nil, func(*HourInput) {}, Delivered, NoReason, ComplaintNone},
		{"complaint, healthy evidence: rejected", []Complaint{valid}, func(*HourInput) {}, Delivered, NoReason, ComplaintRejected},
		{"complaint, job not seen: job_unreachable", []Complaint{valid}, func(in *HourInput) {
			in.Observations[1] = w.observe(t, 0, h, 20, &noJob)
		}, Undelivered, JobUnreachable, ComplaintUpheld},
		{"complaint, missed challenges: node_lost", []Complaint{valid}, func(in *HourInput) {
			in.Observations[1] = w.observe(t, 0, h, 20, nil)
			in.Observations[2] = w.observe(t, 0, h, 35, &noJob)
		}, Undelivered, NodeLost, ComplaintUpheld},
		{"complaint, degraded GPU: gpu_fault", []Complaint{valid}, func(in *HourInput) {
			in.Observations[1] = w.observe(t, 0, h, 20, nil)
			in.Observations[3] = w.observe(t, 0, h, 50, &degraded)
		}, Undelivered, GPUFault, ComplaintUpheld},
		{"complaint on an undelivered hour: moot", []Complaint{valid}, func(in *HourInput) {
			for i := range in.Observations {
				in.Observations[i] = w.observe(t, 0, h, 5+15*i, nil)
			}
		}, Undelivered, NodeLost, ComplaintMoot},
		{"complaint, no evidence at all: abstain", []Complaint{valid}, func(in *HourInput) { in.Observations = nil }, Abstain, NoReason, ComplaintNone},
		{"complaint, CC node with no attestation verdict: abstain", []Complaint{valid}, func(in *HourInput) {
			in.Lease.ClaimsCC = true
			in.Observations[1] = w.observe(t, 0, h, 20, &noJob)
		}, Abstain, NoReason, ComplaintNone},
		{"signed by someone else: ignored", []Complaint{complaint(1, 7, h)}, func(in *HourInput) {
			in.Observations[1] = w.observe(t, 0, h, 20, &noJob)
		}, Delivered, NoReason, ComplaintNone},
		{"for another hour: ignored", []Complaint{complaint(0, 7, h-1)}, func(in *HourInput) {
			in.Observations[1] = w.observe(t, 0, h, 20, &noJob)
		}, Delivered, NoReason, ComplaintNone},
		{"for another lease: ignored", []Complaint{complaint(0, 8, h)}, func(in *HourInput) {
			in.Observations[1] = w.observe(t, 0, h, 20, &noJob)
		}, Delivered, NoReason, ComplaintNone},
		{"a complaint whose hour was edited: ignored", []Complaint{{Lease: 7, Hour: h, Signature: complaint(0, 7, h+1).Signature}}, func(in *HourInput) {
			in.Observations[1] = w.observe(t, 0, h, 20, &noJob)
		}, Delivered, NoReason, ComplaintNone},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := w.input(0, h, w.hourOf(t, 0, h))
			in.Complaints = c.complaints
			c.edit(&in)
			v, err := JudgeHour(p, in)
			if err != nil {
				t.Fatal(err)
			}
			if v.Outcome != c.outcome || v.Reason != c.reason || v.Complaint != c.effect {
				t.Fatalf("got %s, want %s %s complaint %s", v, c.outcome, c.reason, c.effect)
			}
		})
	}
}
