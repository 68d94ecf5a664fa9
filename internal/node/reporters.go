package node

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/api"
	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/internal/atomicfile"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/evm/txsend"
	"github.com/hourglass-exchange/hourglass/oracle/challenge"
	"github.com/hourglass-exchange/hourglass/oracle/judge"
	"github.com/hourglass-exchange/hourglass/oracle/merkle"
	"github.com/hourglass-exchange/hourglass/oracle/reporter"
	"github.com/hourglass-exchange/hourglass/redeemer/lease"
	"github.com/hourglass-exchange/hourglass/redeemer/service"
)

// reporterAllowed says whether a is a reporter whose challenges the
// redeemer relays: the DeliveryOracle's, Config.Reporters and the
// in-process ones.
func (n *node) reporterAllowed(a common.Address) bool {
	for _, r := range n.quorumNow().Reporters {
		if r == a {
			return true
		}
	}
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
// through the redeemer's relay and takes part in each epoch through the
// board, as a reporter in a process of its own does through the gateway
// (docs/oracle.md, "Reporters in processes of their own"). Then the
// operator's part: opening and closing each epoch on the board and
// posting its report (runQuorum).
func (n *node) startReporters(svc *service.Service) error {
	q, err := n.oracleQuorum()
	if err != nil || len(q.Reporters) == 0 {
		return err
	}
	n.setQuorum(q)
	dom := n.oracleDomain()
	for _, k := range n.cfg.ReporterKeys {
		who := crypto.PubkeyToAddress(k.PublicKey)
		r, err := reporter.New(reporter.Config{Key: k, Relay: svcRelay{svc: svc, who: who},
			Nodes: svc.Nodes, PerHour: n.cfg.ChallengesPerHour, Clock: n.cfg.OracleClock, Log: n.log, Attest: n.cfg.AttestVerifier})
		if err != nil {
			return err
		}
		m, err := reporter.NewMember(reporter.MemberConfig{Reporter: r, Board: svcBoard{svc: svc, who: who}, Quorum: q,
			Params: judge.Params{Domain: dom}, Domain: dom, Every: memberEvery, Log: n.log,
			QuorumNow: func(context.Context) (judge.Quorum, error) { return n.quorumNow(), nil }})
		if err != nil {
			return err
		}
		n.reporters = append(n.reporters, r)
		n.goRun(func(ctx context.Context) { _ = r.Run(ctx) })
		n.goRun(m.Run)
	}
	return n.runQuorum(svc)
}

// memberEvery is how often an in-process reporter reads the board.
const memberEvery = 200 * time.Millisecond

// oracleDomain is the DeliveryOracle's EIP-712 domain.
func (n *node) oracleDomain() judge.Domain {
	return judge.Domain{ChainID: n.chain.contracts.ChainID, VerifyingContract: n.chain.contracts.Oracle}
}

// quorumNow is the DeliveryOracle's reporter set and threshold as last
// read.
func (n *node) quorumNow() judge.Quorum {
	n.quorumMu.Lock()
	defer n.quorumMu.Unlock()
	return n.oracleQ
}

func (n *node) setQuorum(q judge.Quorum) {
	n.quorumMu.Lock()
	defer n.quorumMu.Unlock()
	n.oracleQ = q
}

// refreshQuorum reads the DeliveryOracle's reporter set and threshold
// again before an epoch (they change through the timelock): a change is
// said, a failure said once and the last set read kept.
func (n *node) refreshQuorum() judge.Quorum {
	q, err := n.oracleQuorum()
	old := n.quorumNow()
	switch {
	case err != nil || len(q.Reporters) == 0:
		if !n.quorumFailing {
			n.quorumFailing = true
			n.log.Warn("oracle: reading the DeliveryOracle's reporter set failed; using the last one read", "err", err,
				"reporters", len(q.Reporters))
		}
		return old
	case n.quorumFailing:
		n.quorumFailing = false
		n.log.Info("oracle: reading the DeliveryOracle's reporter set works again")
	}
	if fmt.Sprint(q) != fmt.Sprint(old) {
		n.log.Info("oracle: the DeliveryOracle's reporter set changed", "reporters", len(q.Reporters), "threshold", q.K)
		n.setQuorum(q)
	}
	return q
}

// oracleQuorum reads the registered reporters and the threshold from the
// DeliveryOracle (none: no oracle, or no reporter registered).
func (n *node) oracleQuorum() (judge.Quorum, error) {
	oracle := n.chain.contracts.Oracle
	if oracle == (common.Address{}) {
		return judge.Quorum{}, nil
	}
	ob := bindings.NewDeliveryOracle()
	inst := ob.Instance(n.chain.node, oracle)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	rs, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, ob.PackReporters(), ob.UnpackReporters)
	if err != nil {
		return judge.Quorum{}, fmt.Errorf("oracle: reading the DeliveryOracle's reporters: %w", err)
	}
	th, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, ob.PackThreshold(), ob.UnpackThreshold)
	if err != nil {
		return judge.Quorum{}, fmt.Errorf("oracle: reading the DeliveryOracle's threshold: %w", err)
	}
	if len(rs) == 0 {
		return judge.Quorum{}, nil
	}
	q := judge.Quorum{Reporters: rs, K: int(th.Int64())}
	return q, q.Validate()
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

// svcBoard is a reporter's board in the redeemer's process.
type svcBoard struct {
	svc *service.Service
	who common.Address
}

func (b svcBoard) Epochs(_ context.Context, after uint64) ([]reporter.EpochRecord, error) {
	return b.svc.BoardEpochs(b.who, after)
}

func (b svcBoard) PostVerdicts(_ context.Context, v reporter.VerdictSet) error {
	return b.svc.PostVerdicts(b.who, v)
}

func (b svcBoard) PostSignature(_ context.Context, s reporter.RootSignature) error {
	return b.svc.PostRootSignature(b.who, s)
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

// The operator's waits on the board, on the oracle's clock: for every
// registered reporter's verdicts after opening an epoch, and for k
// signatures of the report's root after closing it.
const (
	verdictWait   = 3 * time.Minute
	signatureWait = 3 * time.Minute
	// judgeStartHourLeft: the hour the operator starts in is judged when
	// at least this much of it is left (runQuorum).
	judgeStartHourLeft = 10 * time.Minute
)

// runQuorum runs the operator's part in each epoch, once the hour is over,
// from the hour the operator started in (unless less than
// judgeStartHourLeft of it was left: an hour the reporters did not watch
// would find no observations, every lease-hour node_lost): it opens the epoch on
// the board with the agreed leases, closes it once every registered
// reporter posted its verdicts or verdictWait passed, tallies the frozen
// sets as every reporter does, and posts the report once k reporters
// signed its root (docs/oracle.md, "Reporters in processes of their own").
func (n *node) runQuorum(svc *service.Service) error {
	clk := n.cfg.OracleClock
	// The hour the operator starts in is judged too when the reporters
	// watch most of it (a spot lease filled after the start has evidence
	// from its assignment on); one with less than judgeStartHourLeft left
	// is not: a node's few challenges might not all be sent in it.
	now := clk.Now()
	first := judge.EpochOf(now)
	if judge.EpochStart(first+1).Sub(now) < judgeStartHourLeft {
		first++
	}
	st, err := n.loadOracleState()
	if err != nil {
		return err
	}
	if st.Next > first {
		first = st.Next
	} else if st.Next != 0 && st.Next < first {
		n.log.Warn("oracle: hours not watched while the operator was down are not judged", "from", judge.EpochStart(st.Next),
			"to", judge.EpochStart(first))
	}
	n.goRun(func(ctx context.Context) {
		for hour := first; ; hour++ {
			if !clock.Sleep(ctx, clk, judge.EpochStart(hour+1).Add(epochDelay).Sub(clk.Now())) {
				return
			}
			e, err := n.runEpoch(ctx, svc, hour)
			switch {
			case errors.Is(err, reporter.ErrNoLeases):
				n.saveOracleState(hour + 1)
				continue
			case err != nil:
				if ctx.Err() == nil {
					n.log.Error("oracle: judging an epoch failed", "epoch", hour, "err", err)
				}
				continue
			}
			n.saveOracleState(hour + 1)
			if len(e.Signatures) < n.quorumNow().K {
				continue // said by runEpoch
			}
			n.postReport(ctx, e)
			n.saveOracleState(hour + 1)
		}
	})
	n.goRun(n.settleLeases)
	return nil
}

// runEpoch runs one epoch on the board: its results and report, with the
// valid signatures of the report's root (fewer than k: said once here).
func (n *node) runEpoch(ctx context.Context, svc *service.Service, hour uint64) (*reporter.Epoch, error) {
	clk, q := n.cfg.OracleClock, n.refreshQuorum()
	leases, keys := judgeLeases(svc.Records())
	has := false
	for i := range leases {
		has = has || leases[i].HasHour(hour)
	}
	if !has && n.tally.Last() == nil {
		return nil, reporter.ErrNoLeases
	}
	if err := svc.OpenEpoch(reporter.EpochInput{Epoch: hour, Leases: leases, Keys: keys, Prev: n.tally.Prev()}); err != nil {
		return nil, err
	}
	opened := clk.Now()
	if !waitBoard(ctx, clk, opened.Add(verdictWait), func() bool {
		rec, _ := svc.BoardEpoch(hour)
		vs, _ := reporter.Frozen(q, &rec)
		return len(verdictSigners(vs)) == len(q.Reporters)
	}) {
		return nil, ctx.Err()
	}
	rec, err := svc.CloseEpoch(hour)
	if err != nil {
		return nil, err
	}
	vs, bad := reporter.Frozen(q, &rec)
	for _, err := range bad {
		n.log.Warn("oracle: a verdict set on the board does not count", "epoch", hour, "err", err)
	}
	if missing := len(q.Reporters) - len(verdictSigners(vs)); missing > 0 {
		n.log.Warn("oracle: reporters posted no verdicts for the epoch; they count as abstaining", "epoch", hour, "missing", missing,
			"of", len(q.Reporters))
	}
	results, rep, err := n.tally.Apply(q, hour, leases, vs)
	if err != nil {
		return nil, err
	}
	e := &reporter.Epoch{Hour: hour, Results: results, Report: rep, Signatures: map[common.Address][]byte{}}
	undelivered := 0
	for _, r := range results {
		if r.Outcome == judge.Undelivered {
			undelivered++
		}
	}
	n.log.Info("oracle: epoch judged", "epoch", hour, "lease_hours", len(results), "undelivered", undelivered, "root", rep.Root,
		"verdict_sets", len(verdictSigners(vs)))
	dom := n.oracleDomain()
	reg := map[common.Address]bool{}
	for _, a := range q.Reporters {
		reg[a] = true
	}
	others := map[common.Address]common.Hash{}
	waitBoard(ctx, clk, clk.Now().Add(signatureWait), func() bool {
		rec, _ := svc.BoardEpoch(hour)
		for _, s := range rec.Signatures {
			switch {
			case !reg[s.Reporter] || s.Check(dom) != nil:
			case s.Root != rep.Root:
				others[s.Reporter] = s.Root
			default:
				e.Signatures[s.Reporter] = s.Signature
			}
		}
		return len(e.Signatures) >= q.K
	})
	if len(e.Signatures) < q.K {
		n.log.Error("oracle: too few reporters signed the epoch's root; its report is not posted (the next report carries its figures)",
			"epoch", hour, "root", rep.Root, "signed", len(e.Signatures), "need", q.K, "other_roots", len(others))
	}
	for who, root := range others {
		n.log.Error("oracle: a reporter signed another root for the epoch", "epoch", hour, "reporter", who, "root", root, "ours", rep.Root)
	}
	return e, nil
}

// verdictSigners are the reporters with verdicts in vs.
func verdictSigners(vs []judge.Verdict) map[common.Address]bool {
	out := map[common.Address]bool{}
	for _, v := range vs {
		out[v.Reporter] = true
	}
	return out
}

// waitBoard polls done every 50ms (real time) until it is true (true) or
// the oracle's clock passes deadline (true) or ctx ends (false).
func waitBoard(ctx context.Context, clk clock.Clock, deadline time.Time, done func() bool) bool {
	t := time.NewTicker(50 * time.Millisecond)
	defer t.Stop()
	for !done() && clk.Now().Before(deadline) {
		select {
		case <-ctx.Done():
			return false
		case <-t.C:
		}
	}
	return true
}

// OracleStateFile keeps the operator's tally in its directory across
// restarts: its last report's figures (the next report carries them on),
// the leases found faulty, the hour results, the reports posted (to settle
// from) and the next epoch to judge.
const OracleStateFile = "oracle.json"

type oracleState struct {
	Quorum *reporter.QuorumState `json:"quorum,omitempty"`
	Posted []postedReport        `json:"posted,omitempty"`
	Next   uint64                `json:"next,omitempty"`
}

type postedReport struct {
	Epoch  uint64        `json:"epoch"`
	Leaves []merkle.Leaf `json:"leaves"`
}

// loadOracleState restores the quorum and the posted reports from
// OracleStateFile (none: a fresh start).
func (n *node) loadOracleState() (oracleState, error) {
	var st oracleState
	b, err := os.ReadFile(filepath.Join(n.cfg.Dir, OracleStateFile))
	if errors.Is(err, os.ErrNotExist) {
		return st, nil
	}
	if err == nil {
		err = json.Unmarshal(b, &st)
	}
	if err != nil {
		return st, fmt.Errorf("oracle: %s: %w", OracleStateFile, err)
	}
	if st.Quorum != nil {
		if err := n.tally.Restore(st.Quorum); err != nil {
			return st, fmt.Errorf("oracle: %s: %w", OracleStateFile, err)
		}
	}
	for _, p := range st.Posted {
		rep, err := judge.RestoreReport(p.Epoch, p.Leaves)
		if err != nil {
			return st, fmt.Errorf("oracle: %s: %w", OracleStateFile, err)
		}
		n.posted = append(n.posted, rep)
	}
	return st, nil
}

// saveOracleState writes OracleStateFile; a failure is said once.
func (n *node) saveOracleState(next uint64) {
	n.oracleMu.Lock()
	st := oracleState{Quorum: n.tally.State(), Next: next}
	for _, r := range n.posted {
		st.Posted = append(st.Posted, postedReport{Epoch: r.Epoch, Leaves: r.Leaves})
	}
	n.oracleMu.Unlock()
	b, err := json.Marshal(st)
	if err == nil {
		err = atomicfile.Write(filepath.Join(n.cfg.Dir, OracleStateFile), b, 0o600)
	}
	switch {
	case err != nil && !n.oracleSaveFailing:
		n.oracleSaveFailing = true
		n.log.Error("oracle: saving its state failed; a restart would lose the figures since", "err", err)
	case err == nil && n.oracleSaveFailing:
		n.oracleSaveFailing = false
		n.log.Info("oracle: its state is saved again")
	}
}

// DefaultReportChallengeWindow is the embedded chain's DeliveryOracle
// challenge window.
const DefaultReportChallengeWindow = 10 * time.Minute

// postReport posts an epoch's report to the DeliveryOracle from the
// operator's sender, with every reporter's signature, ordered by signer
// as the contract wants them; the report is kept for the settlements.
func (n *node) postReport(ctx context.Context, e *reporter.Epoch) {
	oracle := n.chain.contracts.Oracle
	if oracle == (common.Address{}) || n.opSender == nil {
		return
	}
	n.oracleMu.Lock()
	same := len(n.posted) > 0 && n.posted[len(n.posted)-1].Root == e.Report.Root
	n.oracleMu.Unlock()
	if same {
		return // no lease-hour changed the figures: the last report proves them
	}
	signers := make([]common.Address, 0, len(e.Signatures))
	for a := range e.Signatures {
		signers = append(signers, a)
	}
	sort.Slice(signers, func(i, j int) bool { return signers[i].Cmp(signers[j]) < 0 })
	sigs := make([][]byte, len(signers))
	for i, a := range signers {
		sigs[i] = e.Signatures[a]
	}
	ob := bindings.NewDeliveryOracle()
	p, err := n.opSender.Send(ctx, txsend.Request{To: oracle, Data: ob.PackPostReport(e.Hour, e.Report.Root, sigs),
		Key: fmt.Sprintf("oracle-report-%d", e.Hour)})
	if err == nil {
		_, err = p.Wait(ctx)
	}
	if err != nil {
		if ctx.Err() == nil {
			n.log.Error("oracle: posting a report failed", "epoch", e.Hour, "err", err)
		}
		return
	}
	n.oracleMu.Lock()
	n.posted = append(n.posted, e.Report)
	if len(n.posted) > 48 {
		n.posted = n.posted[len(n.posted)-48:]
	}
	n.oracleMu.Unlock()
	n.log.Info("oracle: report posted", "epoch", e.Hour, "root", e.Report.Root, "signatures", len(sigs))
}

// settleLeases settles, every minute, each lease whose figures in the
// latest final report exceed what the DeliveryOracle settled: delivered
// GPU-hours release the provider's collateral, undelivered ones pay the
// holder (docs/oracle.md, "On-chain reports and settlement"). Anyone may
// settle; the operator does it so that nobody has to.
func (n *node) settleLeases(ctx context.Context) {
	oracle := n.chain.contracts.Oracle
	if oracle == (common.Address{}) || n.opSender == nil {
		return
	}
	ob := bindings.NewDeliveryOracle()
	inst := ob.Instance(n.chain.node, oracle)
	failing := ""
	for clock.Sleep(ctx, n.cfg.OracleClock, time.Minute) {
		n.oracleMu.Lock()
		reports := append([]*judge.Report(nil), n.posted...)
		n.oracleMu.Unlock()
		var final *judge.Report
		for i := len(reports) - 1; i >= 0 && final == nil; i-- {
			ok, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, ob.PackIsFinal(reports[i].Epoch), ob.UnpackIsFinal)
			if err == nil && ok {
				final = reports[i]
			}
		}
		if final == nil {
			continue
		}
		var errs []error
		for _, leaf := range final.Leaves {
			id := new(big.Int).SetUint64(leaf.LeaseID)
			st, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, ob.PackSettlement(id), ob.UnpackSettlement)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			if st.Delivered >= leaf.Delivered && st.Undelivered >= leaf.Undelivered {
				continue
			}
			_, proof, err := final.Proof(leaf.LeaseID)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			ps := make([][32]byte, len(proof))
			for i, h := range proof {
				ps[i] = h
			}
			p, err := n.opSender.Send(ctx, txsend.Request{To: oracle, Data: ob.PackSettleLease(id, new(big.Int).SetUint64(leaf.Delivered),
				new(big.Int).SetUint64(leaf.Undelivered), new(big.Int).SetUint64(leaf.Reasons), final.Epoch, ps),
				Key: fmt.Sprintf("oracle-settle-%d-%d", leaf.LeaseID, final.Epoch)})
			if err == nil {
				_, err = p.Wait(ctx)
			}
			if err != nil {
				errs = append(errs, fmt.Errorf("lease %d: %w", leaf.LeaseID, err))
				continue
			}
			n.log.Info("oracle: lease settled", "lease", leaf.LeaseID, "epoch", final.Epoch, "delivered_gpu_hours", leaf.Delivered,
				"undelivered_gpu_hours", leaf.Undelivered)
		}
		err := errors.Join(errs...)
		switch {
		case err != nil && err.Error() != failing && ctx.Err() == nil:
			failing = err.Error()
			n.log.Error("oracle: settling leases failed; retrying every minute", "err", err)
		case err == nil && failing != "":
			failing = ""
			n.log.Info("oracle: settling leases works again")
		}
	}
}

// judgeLeases is the judge's view of the redeemer's leases that reached a
// node: terms and the node, the GPUs the node placed them on, whether the
// node claims CC (its signed reports; the provider's claim), their
// on-chain running and closing times, and the holder's complaints (each
// reporter checks their signatures itself); keys maps each node to its
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
			StartHour: uint64(r.Lease.StartHour), Hours: uint64(r.Lease.Hours), ClaimsCC: r.ClaimsCC,
			Complaints: r.JudgeComplaints()}
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

// delivery is the quorum's judgement of lease id so far (nil before its
// first judged hour, or without reporters).
func (n *node) delivery(id string) *api.LeaseDelivery {
	lid, err := strconv.ParseUint(id, 10, 64)
	if err != nil {
		return nil
	}
	return deliveryView(n.tally.Results(lid))
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
