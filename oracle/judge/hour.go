package judge

import (
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// EpochSeconds is the length of an epoch: epoch e covers the hour
// [e*3600, (e+1)*3600) in Unix seconds, and a lease's hours are epochs.
const EpochSeconds = 3600

// EpochStart is the first instant of epoch e.
func EpochStart(e uint64) time.Time { return time.Unix(int64(e)*EpochSeconds, 0) }

// EpochOf is the epoch t falls in.
func EpochOf(t time.Time) uint64 { return uint64(t.Unix() / EpochSeconds) }

// Lease is what every reporter agrees on about a lease, from the chain
// (ProviderVault's lease and its state changes) and the agent's placement:
// the same for all honest reporters, unlike their evidence.
type Lease struct {
	ID       uint64
	Holder   common.Address
	Provider common.Address
	// Node is the node key of the node the lease runs on.
	Node common.Address
	// GPUs is the lease's GPU count; a lease-hour is GPUs GPU-hours.
	GPUs uint64
	// GPUUUIDs are the GPUs it was placed on. Empty (placement not known):
	// every GPU of the node counts as the lease's.
	GPUUUIDs []string
	// StartHour and Hours: the lease's hours are StartHour,
	// StartHour+1, ..., StartHour+Hours-1 (epochs).
	StartHour, Hours uint64
	// ClaimsCC: the node claims confidential computing, so an hour is
	// delivered only with a passing attestation and none failing (a
	// reporter with no attestation verdict either way abstains).
	ClaimsCC bool
	// RunningAt is when the lease became Running (zero: not yet).
	RunningAt time.Time
	// ClosedAt and CloseReason: when and why it closed (zero: open).
	ClosedAt    time.Time
	CloseReason Reason
	// Complaints are the holder's signed complaints filed for the lease
	// (through the gateway); JudgeHour counts the ones for its hour with
	// a valid holder signature (HourInput.Complaints).
	Complaints []Complaint `json:",omitempty"`
}

func (l *Lease) validate() error {
	switch {
	case l.GPUs == 0:
		return newError(CodeBadLease, "lease %d has no GPUs", l.ID)
	case l.Hours == 0:
		return newError(CodeBadLease, "lease %d has no hours", l.ID)
	case len(l.GPUUUIDs) != 0 && uint64(len(l.GPUUUIDs)) != l.GPUs:
		return newError(CodeBadLease, "lease %d of %d GPUs placed on %d", l.ID, l.GPUs, len(l.GPUUUIDs))
	case !l.ClosedAt.IsZero() && (l.CloseReason == NoReason || !l.CloseReason.Known()):
		return newError(CodeBadLease, "lease %d closed with reason %s", l.ID, l.CloseReason)
	case l.ClosedAt.IsZero() && l.CloseReason != NoReason:
		return newError(CodeBadLease, "lease %d is open with reason %s", l.ID, l.CloseReason)
	}
	return nil
}

// HasHour reports whether hour is one of the lease's.
func (l *Lease) HasHour(hour uint64) bool {
	return hour >= l.StartHour && hour-l.StartHour < l.Hours
}

// Outcome of a verdict.
type Outcome uint8

// Outcomes.
const (
	// Abstain: the reporter has no evidence for the hour (it sent no
	// challenge to the node in it). It counts for neither side.
	Abstain Outcome = 0
	// Delivered: the hour's GPU-hours release the provider's collateral.
	Delivered Outcome = 1
	// Undelivered: the hour's GPU-hours pay the holder, with a reason.
	Undelivered Outcome = 2
)

var outcomeNames = [...]string{"abstain", "delivered", "undelivered"}

func (o Outcome) String() string {
	if int(o) < len(outcomeNames) {
		return outcomeNames[o]
	}
	return fmt.Sprintf("outcome(%d)", uint8(o))
}

// Problems is what a reporter's evidence for an hour showed, whatever the
// verdict: the flags say why an hour was undelivered, and which weaker
// problems make a holder's complaint count.
type Problems uint16

// Problem flags.
const (
	// ProblemMissed: some challenge in the hour got no valid answer
	// (but another did).
	ProblemMissed Problems = 1 << iota
	// ProblemNoAnswer: no challenge in the hour got a valid answer.
	ProblemNoAnswer
	// ProblemFault: a valid answer showed a leased GPU faulty (or
	// missing, or of unknown health).
	ProblemFault
	// ProblemDegraded: a valid answer showed a leased GPU degraded.
	ProblemDegraded
	// ProblemJobNotSeen: while the lease was Running, a valid answer did
	// not show its job's process on its GPUs.
	ProblemJobNotSeen
	// ProblemAttestation: the node claims CC and an attestation failed in
	// the hour.
	ProblemAttestation
)

var problemNames = []string{"missed", "no_answer", "fault", "degraded", "job_not_seen", "attestation"}

func (p Problems) String() string {
	if p == 0 {
		return "none"
	}
	var s []string
	for i, n := range problemNames {
		if p&(1<<i) != 0 {
			s = append(s, n)
		}
	}
	return strings.Join(s, "+")
}

// ComplaintEffect is what the holder's complaints did to a verdict.
type ComplaintEffect uint8

// Complaint effects.
const (
	// ComplaintNone: no valid complaint for the hour.
	ComplaintNone ComplaintEffect = 0
	// ComplaintUpheld: a valid complaint, and the reporter's own evidence
	// showed a problem: the hour is undelivered.
	ComplaintUpheld ComplaintEffect = 1
	// ComplaintRejected: a valid complaint, but the reporter's evidence
	// showed no problem (or none at all): the verdict stands.
	ComplaintRejected ComplaintEffect = 2
	// ComplaintMoot: a valid complaint for an hour already undelivered.
	ComplaintMoot ComplaintEffect = 3
)

var complaintNames = [...]string{"none", "upheld", "rejected", "moot"}

func (c ComplaintEffect) String() string {
	if int(c) < len(complaintNames) {
		return complaintNames[c]
	}
	return fmt.Sprintf("complaint(%d)", uint8(c))
}

// Verdict is one reporter's judgement of one lease-hour.
type Verdict struct {
	Reporter common.Address
	Lease    uint64
	Hour     uint64
	Outcome  Outcome
	// Reason is set when Outcome is Undelivered.
	Reason    Reason
	Problems  Problems
	Complaint ComplaintEffect
	// Answered and Challenged count the valid answers and the
	// challenges the reporter sent in the hour's judged window.
	Answered, Challenged int
}

func (v Verdict) String() string {
	s := fmt.Sprintf("lease %d hour %d %s", v.Lease, v.Hour, v.Outcome)
	if v.Outcome == Undelivered {
		s += " " + v.Reason.String()
	}
	if v.Problems != 0 {
		s += " problems " + v.Problems.String()
	}
	if v.Complaint != ComplaintNone {
		s += " complaint " + v.Complaint.String()
	}
	return s
}

// HourInput is everything one reporter judges one lease-hour from.
type HourInput struct {
	Reporter common.Address
	Lease    Lease
	Hour     uint64
	// FaultedBefore: the quorum found a critical fault on the lease's GPUs
	// in an earlier hour (HourResult.Fault). A critical fault does not
	// heal inside a lease, so every later hour is undelivered gpu_fault
	// whatever later snapshots say.
	FaultedBefore bool
	// Observations are this reporter's challenges to the lease's node,
	// with Status set (Check), oldest first; those outside the hour's
	// judged window are skipped.
	Observations []Observation
	// Complaints are the holder's complaints the reporter has for the
	// lease; the ones for this hour with a valid holder signature count.
	Complaints []Complaint
}

// Params are the judgement's parameters; every reporter uses the same.
type Params struct {
	// Domain is the oracle contract's EIP-712 domain: complaints are
	// signed under it.
	Domain Domain
}

// JudgeHour is one reporter's verdict on one lease-hour (docs/oracle.md,
// "Judgement rule"), in this order:
//
//  1. A lease closed provider_never_started: every hour undelivered,
//     with that reason.
//  2. An hour that began after the lease closed: undelivered with the
//     close reason when it is the provider's fault, else delivered (the
//     holder forfeited it).
//  3. A provider-fault close inside the hour: undelivered, close reason.
//  4. FaultedBefore: undelivered gpu_fault.
//  5. The lease not Running by the hour's end: delivered when it closed in
//     the hour for the holder's fault, else undelivered
//     provider_never_started.
//  6. The evidence: the reporter's challenges sent in [hour start, close
//     or hour end). None: abstain. Then, over the valid answers: a leased
//     GPU faulty, missing or of unknown health: undelivered gpu_fault; no
//     valid answer: undelivered node_lost; CC claimed and an attestation
//     failed: undelivered attestation_failed; CC claimed and none passed
//     (no verdict either way): abstain. Otherwise delivered, with problem
//     flags for missed challenges, degraded GPUs, and the job's process
//     not on its GPUs while Running.
//  7. A holder's valid complaint for the hour turns a delivered verdict
//     undelivered only when the reporter's own evidence showed a problem:
//     degraded -> gpu_fault, missed challenges -> node_lost, job not seen
//     -> job_unreachable (first that applies). Without such evidence it is
//     rejected: a holder cannot erase delivered hours alone.
func JudgeHour(p Params, in HourInput) (Verdict, error) {
	l := &in.Lease
	if err := l.validate(); err != nil {
		return Verdict{}, err
	}
	if !l.HasHour(in.Hour) {
		return Verdict{}, newError(CodeHourOutsideLease, "hour %d is not one of lease %d's (%d+%d)", in.Hour, l.ID, l.StartHour, l.Hours)
	}
	for i := range in.Observations {
		ch := &in.Observations[i].Challenge
		if ch.Reporter != in.Reporter || ch.Node != l.Node {
			return Verdict{}, newError(CodeForeignObservation, "observation %d of lease %d: challenge by %s to %s, want by %s to %s",
				i, l.ID, ch.Reporter, ch.Node, in.Reporter, l.Node)
		}
	}
	v := Verdict{Reporter: in.Reporter, Lease: l.ID, Hour: in.Hour}
	undelivered := func(r Reason) (Verdict, error) {
		v.Outcome, v.Reason = Undelivered, r
		return v, nil
	}
	start, end := EpochStart(in.Hour), EpochStart(in.Hour+1)
	closed := !l.ClosedAt.IsZero()

	// 1-3: what the agreed close decides alone.
	if closed && l.CloseReason == ProviderNeverStarted {
		return undelivered(ProviderNeverStarted)
	}
	if closed && !l.ClosedAt.After(start) {
		if l.CloseReason.ProviderFault() {
			return undelivered(l.CloseReason)
		}
		v.Outcome = Delivered
		return v, nil
	}
	closedInHour := closed && l.ClosedAt.Before(end)
	if closedInHour && l.CloseReason.ProviderFault() {
		return undelivered(l.CloseReason)
	}
	// 4: a critical fault earlier in the lease.
	if in.FaultedBefore {
		v.Problems |= ProblemFault
		return undelivered(GPUFault)
	}
	// 5: never Running in the hour.
	running := !l.RunningAt.IsZero() && l.RunningAt.Before(end)
	if closedInHour && running && !l.RunningAt.Before(l.ClosedAt) {
		running = false // closed before it ran
	}
	if !running {
		if closedInHour {
			v.Outcome = Delivered // closed for the holder's fault (3 took the provider's)
			return v, nil
		}
		return undelivered(ProviderNeverStarted)
	}

	// 6: the evidence.
	windowEnd := end
	if closedInHour {
		windowEnd = l.ClosedAt
	}
	attPass := false
	for i := range in.Observations {
		o := &in.Observations[i]
		at := o.Challenge.SentAt
		if at.Before(start) || !at.Before(windowEnd) {
			continue
		}
		v.Challenged++
		if o.Status != AnswerValid || o.Answer == nil {
			continue
		}
		v.Answered++
		v.Problems |= gpuProblems(l.GPUUUIDs, o.Answer.Snapshot.GPUs)
		if !l.RunningAt.After(at) && !jobOnGPUs(l.ID, o.Answer.Snapshot.Jobs) {
			v.Problems |= ProblemJobNotSeen
		}
		if l.ClaimsCC {
			switch o.CC {
			case CCPass:
				attPass = true
			case CCFail:
				v.Problems |= ProblemAttestation
			}
		}
	}
	if v.Challenged == 0 {
		v.Outcome = Abstain
		return v, nil
	}
	if v.Answered < v.Challenged {
		v.Problems |= ProblemMissed
	}
	if v.Answered == 0 {
		v.Problems = v.Problems&^ProblemMissed | ProblemNoAnswer
	}
	switch {
	case v.Problems&ProblemFault != 0:
		v.Outcome, v.Reason = Undelivered, GPUFault
	case v.Problems&ProblemNoAnswer != 0:
		v.Outcome, v.Reason = Undelivered, NodeLost
	case v.Problems&ProblemAttestation != 0:
		v.Outcome, v.Reason = Undelivered, AttestationFailed
	case l.ClaimsCC && !attPass:
		// No attestation verdict either way (not asked, or the reporter
		// could not verify): no opinion on a CC node's hour.
		v.Outcome = Abstain
		return v, nil
	default:
		v.Outcome = Delivered
	}

	// 7: the holder's word.
	if !hasComplaint(p.Domain, l, in.Hour, in.Complaints) {
		return v, nil
	}
	switch {
	case v.Outcome == Undelivered:
		v.Complaint = ComplaintMoot
	case v.Problems&ProblemDegraded != 0:
		v.Complaint, v.Outcome, v.Reason = ComplaintUpheld, Undelivered, GPUFault
	case v.Problems&ProblemMissed != 0:
		v.Complaint, v.Outcome, v.Reason = ComplaintUpheld, Undelivered, NodeLost
	case v.Problems&ProblemJobNotSeen != 0:
		v.Complaint, v.Outcome, v.Reason = ComplaintUpheld, Undelivered, JobUnreachable
	default:
		v.Complaint = ComplaintRejected
	}
	return v, nil
}

// gpuProblems judges the lease's GPUs in one snapshot: a leased GPU
// absent from it is lost (Faulty). With no placement known (uuids empty),
// every GPU listed is the lease's, and a snapshot listing none is a fault.
func gpuProblems(uuids []string, gpus []GPUHealth) Problems {
	if len(uuids) == 0 {
		if len(gpus) == 0 {
			return ProblemFault
		}
		var p Problems
		for i := range gpus {
			p |= healthProblem(gpus[i].Health)
		}
		return p
	}
	var p Problems
	for _, u := range uuids {
		h := HealthUnknown // absent: lost
		for i := range gpus {
			if gpus[i].UUID == u {
				h = gpus[i].Health
				break
			}
		}
		p |= healthProblem(h)
	}
	return p
}

func healthProblem(h Health) Problems {
	switch h {
	case Healthy:
		return 0
	case Degraded:
		return ProblemDegraded
	}
	return ProblemFault
}

func jobOnGPUs(lease uint64, jobs []JobSeen) bool {
	for _, j := range jobs {
		if j.Lease == lease {
			return j.OnGPUs
		}
	}
	return false
}
