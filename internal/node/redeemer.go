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
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/api"
	"github.com/hourglass-exchange/hourglass/api/wire"
	"github.com/hourglass-exchange/hourglass/contracts/deploy"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/evm/txsend"
	"github.com/hourglass-exchange/hourglass/internal/postgres"
	"github.com/hourglass-exchange/hourglass/oracle/challenge"
	"github.com/hourglass-exchange/hourglass/oracle/judge"
	"github.com/hourglass-exchange/hourglass/oracle/nvmlwatch/nvmlmock"
	"github.com/hourglass-exchange/hourglass/oracle/reporter"
	"github.com/hourglass-exchange/hourglass/redeemer/agent"
	"github.com/hourglass-exchange/hourglass/redeemer/executor/process"
	"github.com/hourglass-exchange/hourglass/redeemer/lease"
	"github.com/hourglass-exchange/hourglass/redeemer/service"
)

// LeaseStoreFile is the redeemer's file store in the operator's directory
// (the default Config.LeaseStore).
const LeaseStoreFile = "redeemer.json"

// DemoNodeDir is the demo provider node agent's directory in the
// operator's directory (its node key, state and job logs).
const DemoNodeDir = "demo-node"

// demoNodeGas is the ETH the embedded chain's admin gives the demo node
// key to send its lease transitions with.
var demoNodeGas = new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))

// startRedeemer runs the redeemer (redeemer/service): it follows the
// vault's leases, takes the holders' job specs through the gateway, hands
// the leases to their providers' node agents and relays their transitions
// to the vault. With Config.DemoProvider it also runs the demo provider's
// node agent (node 0 of the demo's deployment: deploy.DemoNodeKey(0)) in
// process, with the process executor on go-nvml's mock DGX H100.
func (n *node) startRedeemer(ctx context.Context) error {
	c := n.chain.contracts
	store := n.cfg.LeaseStore
	if store == nil && n.pg != nil {
		// With DATABASE_URL the leases live beside the history, in its pool.
		// One PostgreSQL outage is said once: the lease store shares the
		// history feeder's dependency (and its gauge).
		store = postgres.NewLeaseStore(n.pg, postgres.LeaseStoreOptions{Logger: n.log, Clock: n.cfg.Clock,
			Health: n.feeder.Health()})
	}
	if store == nil {
		fs, err := service.OpenFileStore(filepath.Join(n.cfg.Dir, LeaseStoreFile))
		if err != nil {
			return fmt.Errorf("redeemer: %w", err)
		}
		store = fs
	}
	agents := service.NewRemote(service.RemoteConfig{Vault: c.Vault, Node: n.chain.node, Clock: n.cfg.Clock})
	var senders []*txsend.Sender
	var redeemer common.Address
	if k := n.chain.redeemer; k != nil {
		s, err := n.sender(k, "redeemer.txjournal")
		if err != nil {
			return err
		}
		senders = append(senders, s)
		redeemer = s.Address()
	}
	if n.cfg.DemoProvider {
		if !n.chain.embedded || n.chain.provider == (common.Address{}) {
			return errors.New("the demo provider's node runs on the embedded chain with the demo's seed (Fund) only")
		}
		key := deploy.DemoNodeKey(0)
		if err := n.fundNode(ctx, crypto.PubkeyToAddress(key.PublicKey)); err != nil {
			return fmt.Errorf("demo node: %w", err)
		}
		a, err := n.openDemoAgent(key)
		if err != nil {
			return fmt.Errorf("demo node: %w", err)
		}
		n.demoAgent = a
	}
	svc, err := service.New(service.Config{Store: store, Agents: agents,
		Chain:  service.NewVaultChain(c.Vault, n.chain.node, senders...),
		Domain: service.Domain{ChainID: c.ChainID, Vault: c.Vault}, Node: n.chain.node, ChainHealth: n.chain.up, FromBlock: c.Block,
		Depth: n.cfg.Confirmations - 1, PollInterval: n.cfg.RedeemerPoll, Redeemer: redeemer, Clock: n.cfg.Clock, Log: n.log,
		Reporters: n.reporterAllowed, Oracle: n.oracleDomain(), OracleClock: n.cfg.OracleClock})
	if err != nil {
		return fmt.Errorf("redeemer: %w", err)
	}
	n.goRun(func(ctx context.Context) {
		// A watcher failure (a reorg deeper than the confirmations) is
		// said once and the service restarts from its stored checkpoint.
		said := ""
		for {
			err := svc.Run(ctx)
			if ctx.Err() != nil {
				return
			}
			if err != nil && err.Error() != said {
				said = err.Error()
				n.log.Error("redeemer stopped; restarting from its checkpoint", "err", err)
			}
			if !clock.Sleep(ctx, n.cfg.Clock, time.Second) {
				return
			}
		}
	})
	n.leases = leasesAPI{svc: svc, delivery: n.delivery, dom: service.Domain{ChainID: c.ChainID, Vault: c.Vault}}
	n.nodeAgents = nodeAgentsAPI{svc: svc}
	if err := n.startReporters(svc); err != nil {
		return fmt.Errorf("reporters: %w", err)
	}
	n.oracle = oracleAPI{svc: svc}
	return nil
}

// startDemoAgent runs the demo provider's node agent once the gateway
// listens: it reaches the redeemer through the gateway, as an agent on a
// provider's own machine does (hourglass provider agent).
func (n *node) startDemoAgent() {
	a := n.demoAgent
	if a == nil {
		return
	}
	gw := "http://" + n.ln.Addr().String()
	// Tests stop it (a silent node) with Info's stopDemoAgent.
	ctx, stop := context.WithCancel(n.run)
	n.stopDemoAgent = stop
	n.goRun(func(context.Context) {
		if err := a.Run(ctx, gw); err != nil && ctx.Err() == nil {
			n.log.Error("demo node agent stopped", "err", err)
		}
	})
}

// sender opens a transaction sender for key, journaled in the directory.
func (n *node) sender(key *ecdsa.PrivateKey, journal string) (*txsend.Sender, error) {
	j, err := txsend.OpenFileJournal(filepath.Join(n.cfg.Dir, journal))
	if err != nil {
		return nil, err
	}
	s, err := txsend.New(n.run, txsend.Config{Node: n.chain.node, Key: key, Journal: j, Logger: n.log,
		PollInterval: 50 * time.Millisecond, ReplaceAfter: 20 * time.Second, Clock: n.cfg.Clock, Health: n.chain.up})
	if err != nil {
		return nil, err
	}
	n.onClose(func() { s.Close() })
	return s, nil
}

// fundNode gives the demo node key gas from the embedded chain's admin.
func (n *node) fundNode(ctx context.Context, to common.Address) error {
	s, err := txsend.New(ctx, txsend.Config{Node: n.chain.node, Key: n.chain.admin, Logger: n.log,
		PollInterval: 50 * time.Millisecond, Clock: n.cfg.Clock, Health: n.chain.up})
	if err != nil {
		return err
	}
	defer s.Close()
	p, err := s.Send(ctx, txsend.Request{To: to, Value: demoNodeGas, GasLimit: 21000, Key: "fund-demo-node"})
	if err != nil {
		return err
	}
	_, err = p.Wait(ctx)
	return err
}

// openDemoAgent opens the demo node's agent in DemoNodeDir with key: the
// process executor on go-nvml's mock DGX H100.
func (n *node) openDemoAgent(key *ecdsa.PrivateKey) (*NodeAgent, error) {
	dir := filepath.Join(n.cfg.Dir, DemoNodeDir)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	kp := filepath.Join(dir, agent.KeyFile)
	if _, err := os.Stat(kp); errors.Is(err, os.ErrNotExist) {
		if err := crypto.SaveECDSA(kp, key); err != nil {
			return nil, err
		}
	}
	exec, err := process.New(process.Config{StateDir: filepath.Join(dir, "process"), Clock: n.cfg.ProviderClock, Log: n.log})
	if err != nil {
		return nil, err
	}
	// The mock with every call the NVML evidence makes wired, and the
	// same UUIDs at every start (a restarted agent must find its GPUs).
	n.demoNVML = nvmlmock.New()
	gpus := n.demoNVML.Server
	if n.cfg.DemoCC != nil {
		n.cfg.DemoCC(gpus)
	}
	a, err := OpenAgent(AgentConfig{Dir: dir, Chain: n.chain.node, Vault: n.chain.contracts.Vault, ChainHealth: n.chain.up,
		NVML: gpus, Executor: exec, Clock: n.cfg.ProviderClock, NetClock: n.cfg.Clock, Poll: 200 * time.Millisecond, Grace: 2 * time.Second,
		RetryEvery: time.Second, Log: n.log, ClaimsCC: n.cfg.DemoCC != nil})
	if err != nil {
		return nil, err
	}
	n.onClose(a.Close)
	if a.Address() != crypto.PubkeyToAddress(key.PublicKey) {
		return nil, fmt.Errorf("%s holds the key of %s, not the demo node's", kp, a.Address())
	}
	return a, nil
}

// leasesAPI adapts the redeemer to the gateway's api.Leases.
type leasesAPI struct {
	svc service.API
	// delivery is the oracle's judgement of a lease so far (nil: none).
	delivery func(id string) *api.LeaseDelivery
	// dom is the job specs' domain (the standing spot specs' hashes).
	dom service.Domain
}

// view is leaseView with the oracle's judgement.
func (l leasesAPI) view(r service.Record) api.Lease {
	v := leaseView(r)
	if l.delivery != nil {
		v.Delivery = l.delivery(r.Lease.ID)
	}
	return v
}

var _ api.Leases = leasesAPI{}

func (l leasesAPI) Leases(holder common.Address) []api.Lease {
	rs := l.svc.Leases(holder)
	out := make([]api.Lease, len(rs))
	for i, r := range rs {
		out[i] = l.view(r)
	}
	return out
}

func (l leasesAPI) Lease(id string) (api.Lease, error) {
	r, err := l.svc.Lease(id)
	if err != nil {
		return api.Lease{}, leaseErr(err)
	}
	return l.view(r), nil
}

// decodeSpec decodes a job spec's JSON as the gateway took it.
func decodeSpec(raw json.RawMessage) (service.JobSpec, error) {
	var spec service.JobSpec
	d := json.NewDecoder(strings.NewReader(string(raw)))
	d.DisallowUnknownFields()
	if err := d.Decode(&spec); err != nil {
		return spec, &api.LeaseError{Code: api.CodeInvalidSpec, Message: "spec: " + err.Error()}
	}
	if d.More() {
		return spec, &api.LeaseError{Code: api.CodeInvalidSpec, Message: "spec: data after the object"}
	}
	return spec, nil
}

func (l leasesAPI) SubmitSpec(ctx context.Context, id string, raw json.RawMessage, sig []byte) (api.Lease, error) {
	spec, err := decodeSpec(raw)
	if err != nil {
		return api.Lease{}, err
	}
	r, err := l.svc.SubmitSpec(ctx, id, spec, sig)
	if err != nil {
		return api.Lease{}, leaseErr(err)
	}
	return l.view(r), nil
}

func (l leasesAPI) Logs(caller common.Address, id, stream string, offset int64, max int) (api.LeaseLog, error) {
	c, err := l.svc.Logs(caller, id, agent.Stream(stream), offset, max)
	if err != nil {
		return api.LeaseLog{}, leaseErr(err)
	}
	return api.LeaseLog{Data: c.Data, Next: c.Next, Size: c.Size}, nil
}

func (l leasesAPI) Stop(caller common.Address, id string) error {
	return leaseErr(l.svc.Stop(caller, id))
}

func (l leasesAPI) Complain(_ context.Context, caller common.Address, id string, hour uint64, sig []byte) (api.LeaseComplaint, error) {
	c, err := l.svc.Complain(caller, id, hour, sig)
	if err != nil {
		return api.LeaseComplaint{}, leaseErr(err)
	}
	return complaintView(id, c), nil
}

// SubmitSpotSpec hands the signed-in holder's standing spot spec to the
// redeemer: the spec must name the caller and the path's market.
func (l leasesAPI) SubmitSpotSpec(ctx context.Context, caller common.Address, market instrument.ID, raw json.RawMessage, sig []byte) (api.SpotSpec, error) {
	spec, err := decodeSpec(raw)
	if err != nil {
		return api.SpotSpec{}, err
	}
	switch {
	case spec.Holder != caller:
		return api.SpotSpec{}, &api.LeaseError{Code: api.CodeNotLeaseHolder,
			Message: "the spec names holder " + wire.Account(spec.Holder) + ", the signed-in account is " + wire.Account(caller)}
	case spec.Instrument != market:
		return api.SpotSpec{}, &api.LeaseError{Code: api.CodeNotSpotMarket,
			Message: "the spec names instrument " + spec.Instrument.String() + ", not the market's " + market.String()}
	}
	ss, err := l.svc.SubmitSpotSpec(ctx, spec, sig)
	if err != nil {
		return api.SpotSpec{}, leaseErr(err)
	}
	return l.spotView(ss), nil
}

func (l leasesAPI) SpotSpecs(holder common.Address) []api.SpotSpec {
	ss := l.svc.SpotSpecs(holder)
	out := make([]api.SpotSpec, len(ss))
	for i, s := range ss {
		out[i] = l.spotView(s)
	}
	return out
}

func (l leasesAPI) WithdrawSpotSpec(caller common.Address, market instrument.ID) error {
	return leaseErr(l.svc.WithdrawSpotSpec(caller, market))
}

// spotView is a standing spot spec as the gateway shows it.
func (l leasesAPI) spotView(ss service.SpotSpec) api.SpotSpec {
	raw, _ := json.Marshal(ss.Spec)
	v := api.SpotSpec{Instrument: ss.Spec.Instrument.Big().String(), Spec: raw, Signature: hexutil.Encode(ss.Signature),
		AcceptedAt: api.LeaseTime(ss.At)}
	if in, err := instrument.Decode(ss.Spec.Instrument); err == nil {
		v.Market = in.Symbol()
	}
	if l.dom.ChainID != nil {
		v.SpecHash = strings.ToLower(ss.Spec.Hash(l.dom).Hex())
	}
	return v
}

// complaintView is a filed complaint as the gateway shows it.
func complaintView(id string, c service.FiledComplaint) api.LeaseComplaint {
	return api.LeaseComplaint{LeaseID: id, Hour: c.Hour, HourStart: api.LeaseTime(judge.EpochStart(c.Hour)),
		Signature: hexutil.Encode(c.Signature), FiledAt: api.LeaseTime(c.FiledAt)}
}

// leaseCodes maps the redeemer's codes to the gateway's.
var leaseCodes = map[service.Code]api.Code{
	service.CodeInvalidSpec:       api.CodeInvalidSpec,
	service.CodeSpecHashMismatch:  api.CodeSpecHashMismatch,
	service.CodeNotHolder:         api.CodeNotLeaseHolder,
	service.CodeBadSignature:      api.CodeSpecBadSignature,
	service.CodeUnknownLease:      api.CodeUnknownLease,
	service.CodeLeaseClosed:       api.CodeLeaseClosed,
	service.CodeSpecConflict:      api.CodeSpecConflict,
	service.CodeBadRequest:        api.CodeInvalidParams,
	service.CodeUnknownNode:       api.CodeUnknownNode,
	service.CodeNotNode:           api.CodeNotLeaseNode,
	service.CodeBadReport:         api.CodeBadReport,
	service.CodeLogOffset:         api.CodeLogOffset,
	service.CodeNotReporter:       api.CodeNotReporter,
	service.CodeUnknownChallenge:  api.CodeUnknownChallenge,
	service.CodeBadAnswer:         api.CodeBadAnswer,
	service.CodeTooManyChallenges: api.CodeTooManyChallenges,
	service.CodeEpochNotOpen:      api.CodeEpochNotOpen,
	service.CodeEpochNotClosed:    api.CodeEpochNotClosed,
	service.CodeBadVerdicts:       api.CodeBadVerdicts,
	service.CodeAlreadyPosted:     api.CodeAlreadyPosted,
	service.CodeBadComplaint:      api.CodeBadComplaint,
	service.CodeComplaintHour:     api.CodeComplaintHour,
	service.CodeComplaintLate:     api.CodeComplaintLate,
	service.CodeNotSpot:           api.CodeNotSpotMarket,
	service.CodeUnknownSpotSpec:   api.CodeUnknownSpotSpec,
	service.CodeTooManySpotSpecs:  api.CodeTooManySpotSpecs,
}

// leaseErr turns the redeemer's refusal into the gateway's; other errors
// (an agent that does not answer) stay as they are: unavailable.
func leaseErr(err error) error {
	if err == nil {
		return nil
	}
	var se *service.Error
	if errors.As(err, &se) {
		if c, ok := leaseCodes[se.Code]; ok {
			return &api.LeaseError{Code: c, Message: se.Msg}
		}
	}
	return err
}

// leaseView is a record as the gateway shows it.
func leaseView(r service.Record) api.Lease {
	l := r.Lease
	start := time.Unix(int64(l.StartHour)*3600, 0).UTC()
	v := api.Lease{ID: l.ID, Holder: wire.Account(l.Holder), Provider: wire.Account(l.Provider),
		Instrument: l.Instrument.Big().String(), GPUs: l.GPUs, StartHour: l.StartHour, Hours: l.Hours,
		WindowStart: api.LeaseTime(start), WindowEnd: api.LeaseTime(start.Add(time.Duration(l.Hours) * time.Hour)),
		SpecHash: strings.ToLower(l.SpecHash.Hex()), SpecAccepted: r.Spec != nil, State: l.State.String(),
		History: make([]api.LeaseTransition, len(l.History))}
	if l.Reason != lease.NoReason {
		v.Reason = l.Reason.String()
	}
	if r.Node != (common.Address{}) {
		v.Node = wire.Account(r.Node)
	}
	cs, cr := r.ChainState()
	v.ChainState = cs.String()
	if cr != lease.NoReason {
		v.ChainReason = cr.String()
	}
	for i, t := range l.History {
		tr := api.LeaseTransition{From: t.From.String(), To: t.To.String(), Actor: t.Actor.String(),
			Time: api.LeaseTime(t.At), TimeMS: t.At.UnixMilli(), Detail: t.Detail}
		if t.Reason != lease.NoReason {
			tr.Reason = t.Reason.String()
		}
		v.History[i] = tr
	}
	if len(l.History) > 0 {
		v.CreatedAt = api.LeaseTime(l.History[0].At)
		v.UpdatedAt = api.LeaseTime(l.History[len(l.History)-1].At)
	}
	for _, c := range r.Complaints {
		v.Complaints = append(v.Complaints, complaintView(l.ID, c))
	}
	return v
}

// firstGrade names the demo node's grade: the first market's symbol
// without its window.
func firstGrade(markets []string) string {
	if len(markets) == 0 {
		return "first market's"
	}
	m := markets[0]
	if i := strings.LastIndex(m, "-"); i > 0 {
		if j := strings.LastIndex(m[:i], "-"); j > 0 {
			if k := strings.LastIndex(m[:j], "-"); k > 0 {
				return m[:k]
			}
		}
	}
	return m
}

// nodeAgentsAPI adapts the redeemer to the gateway's api.NodeAgents.
type nodeAgentsAPI struct{ svc *service.Service }

var _ api.NodeAgents = nodeAgentsAPI{}

func (l nodeAgentsAPI) NodeWork(ctx context.Context, node common.Address) (json.RawMessage, error) {
	w, err := l.svc.NodeWork(ctx, node)
	if err != nil {
		return nil, leaseErr(err)
	}
	return json.Marshal(w)
}

func (l nodeAgentsAPI) NodeReport(ctx context.Context, node common.Address, raw json.RawMessage) error {
	var rep agent.Report
	d := json.NewDecoder(strings.NewReader(string(raw)))
	d.DisallowUnknownFields()
	if err := d.Decode(&rep); err != nil {
		return &api.LeaseError{Code: api.CodeBadReport, Message: "report: " + err.Error()}
	}
	return leaseErr(l.svc.NodeReport(ctx, node, rep))
}

func (l nodeAgentsAPI) NodeLog(_ context.Context, node common.Address, id, stream string, offset int64, data []byte) (int64, error) {
	n, err := l.svc.NodeLog(node, id, agent.Stream(stream), offset, data)
	return n, leaseErr(err)
}

func (l nodeAgentsAPI) NodeAnswer(_ context.Context, node common.Address, raw json.RawMessage) error {
	var a challenge.Answer
	d := json.NewDecoder(strings.NewReader(string(raw)))
	d.DisallowUnknownFields()
	if err := d.Decode(&a); err != nil {
		return &api.LeaseError{Code: api.CodeBadAnswer, Message: "answer: " + err.Error()}
	}
	return leaseErr(l.svc.NodeAnswer(node, a))
}

// oracleAPI adapts the redeemer's challenge relay to the gateway's
// api.OracleRelay.
type oracleAPI struct{ svc *service.Service }

var _ api.OracleRelay = oracleAPI{}

func (o oracleAPI) PostChallenge(ctx context.Context, reporter common.Address, raw json.RawMessage) error {
	var c challenge.Challenge
	d := json.NewDecoder(strings.NewReader(string(raw)))
	d.DisallowUnknownFields()
	if err := d.Decode(&c); err != nil {
		return &api.LeaseError{Code: api.CodeInvalidParams, Message: "challenge: " + err.Error()}
	}
	return leaseErr(o.svc.PostChallenge(ctx, reporter, c))
}

func (o oracleAPI) Answers(_ context.Context, reporter common.Address, after uint64, limit int) (json.RawMessage, error) {
	rs, err := o.svc.Answers(reporter, after, limit)
	if err != nil {
		return nil, leaseErr(err)
	}
	return json.Marshal(struct {
		Answers []service.AnswerRecord `json:"answers"`
	}{rs})
}

func (o oracleAPI) BoardEpochs(_ context.Context, rep common.Address, after uint64) (json.RawMessage, error) {
	es, err := o.svc.BoardEpochs(rep, after)
	if err != nil {
		return nil, leaseErr(err)
	}
	return json.Marshal(struct {
		Epochs []reporter.EpochRecord `json:"epochs"`
	}{es})
}

func (o oracleAPI) PostVerdicts(_ context.Context, rep common.Address, raw json.RawMessage) error {
	var v reporter.VerdictSet
	if err := strictJSON(raw, &v); err != nil {
		return &api.LeaseError{Code: api.CodeBadVerdicts, Message: "verdict set: " + err.Error()}
	}
	return leaseErr(o.svc.PostVerdicts(rep, v))
}

func (o oracleAPI) PostRootSignature(_ context.Context, rep common.Address, raw json.RawMessage) error {
	var sig reporter.RootSignature
	if err := strictJSON(raw, &sig); err != nil {
		return &api.LeaseError{Code: api.CodeBadVerdicts, Message: "root signature: " + err.Error()}
	}
	return leaseErr(o.svc.PostRootSignature(rep, sig))
}

// strictJSON decodes raw into v, refusing unknown fields.
func strictJSON(raw json.RawMessage, v any) error {
	d := json.NewDecoder(strings.NewReader(string(raw)))
	d.DisallowUnknownFields()
	return d.Decode(v)
}

func (o oracleAPI) ChallengeNodes(_ context.Context, rep common.Address) (json.RawMessage, error) {
	if !o.svc.IsReporter(rep) {
		return nil, &api.LeaseError{Code: api.CodeNotReporter, Message: rep.Hex() + " is not a registered reporter"}
	}
	ns := o.svc.Nodes()
	if ns == nil {
		ns = []common.Address{}
	}
	return json.Marshal(struct {
		Nodes []common.Address `json:"nodes"`
	}{ns})
}
