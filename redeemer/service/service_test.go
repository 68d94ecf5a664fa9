package service_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/dgxh100"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/contracts/deploy"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/evm/devchain"
	"github.com/hourglass-exchange/hourglass/internal/evm/txsend"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
	"github.com/hourglass-exchange/hourglass/redeemer/agent"
	"github.com/hourglass-exchange/hourglass/redeemer/executor/process"
	"github.com/hourglass-exchange/hourglass/redeemer/lease"
	"github.com/hourglass-exchange/hourglass/redeemer/service"
)

// Accounts of the dev chain.
const (
	adminAcct    = 0 // deploys; the timelock's proposer, the registrar, the stablecoin faucet
	providerAcct = 1
	holderAcct   = 2
	redeemerAcct = 3
	nodeAcct     = 4 // the node key (funded, for its gas)
)

var (
	coinB  = bindings.NewMockStablecoin()
	tokenB = bindings.NewGPUHourToken()
	vaultB = bindings.NewProviderVault()
)

// world is the embedded chain with the contracts deployed, a provider
// with an approved node whose key is the agent's, tokens in the holder's
// wallet, and the redeemer service following the vault.
type world struct {
	t         *testing.T
	c         *devchain.Chain
	miner     *devchain.Miner
	ct        deploy.Contracts
	id        instrument.ID
	start     time.Time // the window's start
	dom       service.Domain
	storePath string
	mu        sync.Mutex // guards store and svc (a restart replaces them)
	store     *service.FileStore
	svc       *service.Service
	clk       *clock.Fake
	ag        *agent.Agent
}

func (w *world) key(i int) *ecdsa.PrivateKey { return w.c.Keys[i] }
func (w *world) addr(i int) common.Address   { return w.c.Addrs[i] }

// send mines data from account i to `to` (the miner mines it) and fails
// unless it succeeds.
func (w *world) send(i int, to common.Address, data []byte) *types.Receipt {
	w.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	tx, err := bind.Transact(bind.NewBoundContract(to, abi.ABI{}, w.c.Client, w.c.Client, w.c.Client), w.c.Opts(i), data)
	if err != nil {
		w.t.Fatalf("account %d to %s: %v", i, to, err)
	}
	r, err := bind.WaitMined(ctx, w.c.Client, tx.Hash())
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		w.t.Fatalf("account %d to %s: %v (status %v)", i, to, err, r)
	}
	return r
}

func newWorld(t *testing.T) *world {
	t.Helper()
	c := devchain.New(6)
	t.Cleanup(func() { _ = c.Close() })
	w := &world{t: t, c: c, miner: devchain.AutoMine(c, 5*time.Millisecond)}
	t.Cleanup(func() { w.miner.Stop() })
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var err error
	me := w.addr(adminAcct)
	if w.ct, err = deploy.Deploy(ctx, c.Client, w.key(adminAcct), deploy.Roles{Operator: me, Guardian: me, FeeRecipient: me}, time.Hour); err != nil {
		t.Fatal(err)
	}
	h, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Unix(int64(h.Time), 0).UTC()
	w.start = now.Add(48 * time.Hour).Truncate(time.Hour).Add(time.Hour)
	in, err := instrument.NewReservation(instrument.GPUH100SXM, instrument.SXM, instrument.RegionUS, 1, w.start, 24)
	if err != nil {
		t.Fatal(err)
	}
	if w.id, err = in.Encode(); err != nil {
		t.Fatal(err)
	}
	grade := w.id.GradeKey().Big()
	if err := deploy.Govern(ctx, c.Client, w.key(adminAcct), w.ct.Timelock, []deploy.Call{
		{To: w.ct.Vault, Data: vaultB.PackSetCollateralPerGpuHour(grade, big.NewInt(1))},
		{To: w.ct.Vault, Data: vaultB.PackGrantRole(crypto.Keccak256Hash([]byte("REDEEMER_ROLE")), w.addr(redeemerAcct))},
	}); err != nil {
		t.Fatal(err)
	}
	w.dom = service.Domain{ChainID: w.ct.ChainID, Vault: w.ct.Vault}
	return w
}

// provide registers the provider's node (its key: nodeKey), deposits
// collateral, mints 4 GPU-hours and hands 2 to the holder, who lets the
// vault burn its tokens.
func (w *world) provide(nodeKey common.Address) {
	w.t.Helper()
	p := w.addr(providerAcct)
	node := [32]byte{'n', 'o', 'd', 'e'}
	big1m := big.NewInt(1_000_000)
	w.send(adminAcct, w.ct.Stablecoin, coinB.PackMint(p, big1m))
	w.send(providerAcct, w.ct.Stablecoin, coinB.PackApprove(w.ct.Vault, big1m))
	w.send(providerAcct, w.ct.Vault, vaultB.PackDepositCollateral(big1m))
	w.send(providerAcct, w.ct.Vault, vaultB.PackProposeNode(node, w.id.GradeKey().Big(), 8, nodeKey))
	w.send(adminAcct, w.ct.Vault, vaultB.PackApproveNode(p, node))
	w.send(providerAcct, w.ct.Vault, vaultB.PackMint(w.id.Big(), big.NewInt(4)))
	w.send(providerAcct, w.ct.Token, tokenB.PackSafeTransferFrom(p, w.addr(holderAcct), w.id.Big(), big.NewInt(2), nil))
	w.send(holderAcct, w.ct.Token, tokenB.PackSetApprovalForAll(w.ct.Vault, true))
}

// spec is the holder's job for a one-GPU, one-hour redemption at the
// window's start.
func (w *world) spec(script string) service.JobSpec {
	return service.JobSpec{Holder: w.addr(holderAcct), Instrument: w.id, StartHour: uint32(w.start.Unix() / 3600),
		Hours: 1, GPUs: 1, Command: []string{"sh", "-c", script}, Env: []string{"GREETING=hello"}}
}

// redeem redeems spec's GPUs and hours with its hash.
func (w *world) redeem(spec service.JobSpec) *types.Receipt {
	w.t.Helper()
	return w.send(holderAcct, w.ct.Vault, vaultB.PackRedeem(w.id.Big(), spec.GPUs, spec.Hours, spec.StartHour, spec.Hash(w.dom)))
}

// chainLease reads lease id from the vault.
func (w *world) chainLease(id int64) bindings.ProviderVaultLease {
	w.t.Helper()
	l, err := bind.Call(vaultB.Instance(w.c.Client, w.ct.Vault), nil, vaultB.PackLease(big.NewInt(id)), vaultB.UnpackLease)
	if err != nil {
		w.t.Fatal(err)
	}
	return l
}

// waitChain waits until lease id is in state on-chain (and closed with
// reason, for Closed).
func (w *world) waitChain(id int64, state lease.State, reason lease.Reason) {
	w.t.Helper()
	testsvc.CheckFor(w.t, 30*time.Second, 10*time.Millisecond, func() error {
		l := w.chainLease(id)
		if lease.State(l.State) != state || lease.Reason(l.Reason) != reason {
			return fmt.Errorf("lease %d on-chain is %s (%s), want %s (%s)", id, lease.State(l.State), lease.Reason(l.Reason), state, reason)
		}
		return nil
	})
}

// waitRecord waits until the service's lease id satisfies ok.
func (w *world) waitRecord(id string, what string, ok func(service.Record) bool) service.Record {
	w.t.Helper()
	var r service.Record
	testsvc.CheckFor(w.t, 30*time.Second, 10*time.Millisecond, func() error {
		var err error
		if r, err = w.svc.Lease(id); err != nil {
			return err
		}
		if !ok(r) {
			return fmt.Errorf("lease %s: not %s: %+v", id, what, r.Lease)
		}
		return nil
	})
	return r
}

// setChainTime mines an empty block at ts (Unix seconds).
func (w *world) setChainTime(ts time.Time) {
	w.t.Helper()
	h, err := w.c.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		w.t.Fatal(err)
	}
	if d := ts.Unix() - int64(h.Time); d > 0 {
		if err := w.c.AdjustTime(time.Duration(d) * time.Second); err != nil {
			w.t.Fatal(err)
		}
	}
}

// startAgent starts the provider's node agent: its node key is the node
// account's (funded for gas), the process executor, go-nvml's DGX H100
// mock and a fake clock ten minutes before the window.
func (w *world) startAgent(rep agent.Reporter) {
	w.t.Helper()
	dir := w.t.TempDir()
	if err := crypto.SaveECDSA(filepath.Join(dir, agent.KeyFile), w.key(nodeAcct)); err != nil {
		w.t.Fatal(err)
	}
	w.clk = clock.NewFake(w.start.Add(-10 * time.Minute))
	pe, err := process.New(process.Config{StateDir: filepath.Join(dir, "executor"), Clock: w.clk, PollEvery: 10 * time.Millisecond})
	if err != nil {
		w.t.Fatal(err)
	}
	w.ag, err = agent.New(agent.Config{Dir: dir, NVML: dgxh100.New(), Executor: pe, Reporter: rep, Clock: w.clk,
		Grace: 2 * time.Second, ProvisionAhead: 5 * time.Minute, RetryEvery: 50 * time.Millisecond})
	if err != nil {
		w.t.Fatal(err)
	}
	if w.ag.Address() != w.addr(nodeAcct) {
		w.t.Fatalf("agent address %s, want the node account %s", w.ag.Address(), w.addr(nodeAcct))
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.ag.Run(ctx) }()
	w.t.Cleanup(func() {
		cancel()
		<-done
		stop, c2 := context.WithTimeout(context.Background(), 10*time.Second)
		defer c2()
		for _, s := range w.ag.Leases() {
			if s.Handle != nil {
				_ = pe.Stop(stop, *s.Handle, 0)
			}
		}
	})
}

// startService starts the redeemer on a file store (the same file at
// every start), following the vault from its deployment with depth 1,
// relaying through the node key's and the redeemer's senders; it returns
// a function that stops it (also called when the test ends). opts change
// the service's Config.
func (w *world) startService(agents service.Agents, opts ...func(*service.Config)) (stop func()) {
	w.t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var senders []*txsend.Sender
	for _, i := range []int{nodeAcct, redeemerAcct} {
		s, err := txsend.New(ctx, txsend.Config{Node: w.c.Client, Key: w.key(i), PollInterval: 10 * time.Millisecond})
		if err != nil {
			w.t.Fatal(err)
		}
		senders = append(senders, s)
	}
	if w.storePath == "" {
		w.storePath = filepath.Join(w.t.TempDir(), "leases.json")
	}
	store, err := service.OpenFileStore(w.storePath)
	if err != nil {
		w.t.Fatal(err)
	}
	cfg := service.Config{Store: store, Agents: agents, Chain: service.NewVaultChain(w.ct.Vault, w.c.Client, senders...),
		Domain: w.dom, Node: w.c.Client, FromBlock: w.ct.Block, Depth: 1, PollInterval: 20 * time.Millisecond,
		Redeemer: w.addr(redeemerAcct)}
	for _, o := range opts {
		o(&cfg)
	}
	svc, err := service.New(cfg)
	if err != nil {
		w.t.Fatal(err)
	}
	w.mu.Lock()
	w.store, w.svc = store, svc
	w.mu.Unlock()
	done := make(chan error, 1)
	go func() { done <- svc.Run(ctx) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil && !errors.Is(err, context.Canceled) {
				w.t.Error(err)
			}
			for _, s := range senders {
				_ = s.Close()
			}
		})
	}
	w.t.Cleanup(stop)
	return stop
}

// service returns the running service.
func (w *world) service() *service.Service {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.svc
}

// reporter forwards to the service once it exists (the agent is made
// first: its key is the node's).
type reporter struct{ w *world }

func (r reporter) Report(ctx context.Context, rep agent.Report) error {
	svc := r.w.service()
	if svc == nil {
		return fmt.Errorf("no service yet")
	}
	return svc.Report(ctx, rep)
}

// TestEndToEnd: a provider registers a node whose key is its agent's and
// mints; the holder redeems with its spec's hash and submits the signed
// spec; the agent runs the job at the window's start; the lease goes
// provisioning -> running -> closed completed on-chain, relayed by the
// service; the job's output is readable through the service. A spec whose
// hash mismatches is refused and changes nothing.
func TestEndToEnd(t *testing.T) {
	w := newWorld(t)
	w.startAgent(reporter{w})
	w.provide(w.ag.Address())
	agents := service.StaticAgents{w.addr(providerAcct): {Agent: w.ag, Node: w.ag.Address()}}
	stop := w.startService(agents)

	spec := w.spec(`echo "$GREETING from the job"; echo oops >&2; exec sleep 600`)
	w.redeem(spec)
	const id = "1"
	w.waitRecord(id, "confirmed", func(r service.Record) bool { return r.Confirmed })

	// Refusals change nothing.
	sig, err := service.SignSpec(spec, w.dom, w.key(holderAcct))
	if err != nil {
		t.Fatal(err)
	}
	other := spec
	other.Env = []string{"GREETING=bye"}
	otherSig, _ := service.SignSpec(other, w.dom, w.key(holderAcct))
	badSig, _ := service.SignSpec(spec, w.dom, w.key(providerAcct))
	notHolder := spec
	notHolder.Holder = w.addr(providerAcct)
	nhSig, _ := service.SignSpec(notHolder, w.dom, w.key(providerAcct))
	invalid := spec
	invalid.Command = nil
	for _, c := range []struct {
		name  string
		lease string
		spec  service.JobSpec
		sig   []byte
		code  service.Code
	}{
		{"hash mismatch", id, other, otherSig, service.CodeSpecHashMismatch},
		{"signed by another", id, spec, badSig, service.CodeBadSignature},
		{"short signature", id, spec, sig[:10], service.CodeBadSignature},
		{"another holder", id, notHolder, nhSig, service.CodeNotHolder},
		{"invalid", id, invalid, sig, service.CodeInvalidSpec},
		{"unknown lease", "7", spec, sig, service.CodeUnknownLease},
	} {
		before, _ := w.svc.Lease(id)
		if _, err := w.svc.SubmitSpec(context.Background(), c.lease, c.spec, c.sig); service.CodeOf(err) != c.code {
			t.Errorf("%s: %v, want %s", c.name, err, c.code)
		}
		after, _ := w.svc.Lease(id)
		if after.Spec != nil || after.Node != (common.Address{}) || len(after.Lease.History) != len(before.Lease.History) {
			t.Errorf("%s: the refusal changed the lease: %+v", c.name, after)
		}
	}
	if n := len(w.ag.Leases()); n != 0 {
		t.Fatalf("the agent got %d leases from refused specs", n)
	}

	// The right spec, signed by the holder: accepted, handed to the agent.
	r, err := w.svc.SubmitSpec(context.Background(), id, spec, sig)
	if err != nil {
		t.Fatal(err)
	}
	if r.Spec == nil || r.Node != w.ag.Address() {
		t.Fatalf("accepted spec: %+v", r)
	}
	if _, err := w.svc.SubmitSpec(context.Background(), id, spec, sig); err != nil {
		t.Fatalf("the same spec again: %v", err)
	}
	if _, err := w.ag.Lease(id); err != nil {
		t.Fatal(err)
	}
	if _, err := w.svc.Logs(w.addr(providerAcct), id, agent.Stdout, 0, 1024); service.CodeOf(err) != service.CodeNotHolder {
		t.Fatalf("logs for another: %v, want %s", err, service.CodeNotHolder)
	}

	// Reports the service refuses change nothing.
	stranger, _ := crypto.GenerateKey()
	prov := lease.Transition{From: lease.Assigned, To: lease.Provisioning, Actor: lease.Provider, At: w.start.Add(-6 * time.Minute)}
	for _, c := range []struct {
		name string
		rep  agent.Report
		key  *ecdsa.PrivateKey
		code service.Code
	}{
		{"another node", agent.Report{Node: crypto.PubkeyToAddress(stranger.PublicKey), LeaseID: id, Seq: 1, Transition: prov}, stranger, service.CodeNotNode},
		{"forged", agent.Report{Node: w.ag.Address(), LeaseID: id, Seq: 1, Transition: prov}, stranger, service.CodeBadSignature},
		{"out of order", agent.Report{Node: w.ag.Address(), LeaseID: id, Seq: 3, Transition: prov}, w.key(nodeAcct), service.CodeBadReport},
		{"against the rules", agent.Report{Node: w.ag.Address(), LeaseID: id, Seq: 1,
			Transition: lease.Transition{From: lease.Assigned, To: lease.Running, Actor: lease.Provider, At: w.start}}, w.key(nodeAcct), service.CodeBadReport},
		{"unknown lease", agent.Report{Node: w.ag.Address(), LeaseID: "9", Seq: 1, Transition: prov}, w.key(nodeAcct), service.CodeUnknownLease},
	} {
		if err := c.rep.Sign(c.key); err != nil {
			t.Fatal(err)
		}
		if err := w.svc.Report(context.Background(), c.rep); service.CodeOf(err) != c.code {
			t.Errorf("report %s: %v, want %s", c.name, err, c.code)
		}
		if r, _ := w.svc.Lease(id); len(r.Lease.History) != 1 {
			t.Fatalf("report %s changed the lease: %+v", c.name, r.Lease)
		}
	}

	// Provisioning ahead of the window, relayed by the node key.
	w.clk.Set(w.start.Add(-5 * time.Minute))
	w.waitChain(1, lease.Provisioning, lease.NoReason)

	// At the window's start: the chain's time first, then the agent's.
	w.setChainTime(w.start)
	w.clk.Set(w.start)
	w.waitChain(1, lease.Running, lease.NoReason)
	testsvc.CheckFor(t, 20*time.Second, 10*time.Millisecond, func() error {
		c, err := w.svc.Logs(w.addr(holderAcct), id, agent.Stdout, 0, 1024)
		if err != nil {
			return err
		}
		if string(c.Data) != "hello from the job\n" {
			return fmt.Errorf("stdout %q", c.Data)
		}
		return nil
	})
	if c, err := w.svc.Logs(w.addr(holderAcct), id, agent.Stderr, 0, 1024); err != nil || string(c.Data) != "oops\n" {
		t.Fatalf("stderr %q, %v", c.Data, err)
	}

	// The service restarts on its store mid-lease: it resumes from its
	// checkpoint, the logs it sees again change nothing.
	stop()
	before, _ := w.svc.Lease(id)
	w.startService(agents)
	if after, err := w.svc.Lease(id); err != nil || len(after.Chain) != len(before.Chain) || after.Relayed != before.Relayed {
		t.Fatalf("after a restart: %+v, %v; before %+v", after, err, before)
	}

	// At the end: completed.
	end := w.start.Add(time.Hour)
	w.setChainTime(end)
	w.clk.Set(end)
	w.waitChain(1, lease.Closed, lease.Completed)
	r = w.waitRecord(id, "relayed and seen closed", func(r service.Record) bool {
		s, _ := r.ChainState()
		return r.Relayed == len(r.Lease.History) && s == lease.Closed
	})
	if r.Lease.State != lease.Closed || r.Lease.Reason != lease.Completed || r.RelayError != "" {
		t.Fatalf("lease in the service: %+v", r)
	}
	var states []string
	for _, c := range r.Chain {
		states = append(states, c.State.String()+"/"+c.Reason.String()+" by "+c.By.Hex())
	}
	t.Logf("on-chain: %s", strings.Join(states, ", "))
	if len(r.Chain) != 3 || r.Chain[0].By != w.ag.Address() {
		t.Fatalf("chain transitions %v", states)
	}
	if got := w.svc.Leases(w.addr(holderAcct)); len(got) != 1 || got[0].Lease.ID != id {
		t.Fatalf("holder's leases %+v", got)
	}
	if got := w.svc.Leases(w.addr(providerAcct)); len(got) != 0 {
		t.Fatalf("the provider holds %d leases", len(got))
	}
	// The store holds what the service says.
	recs, cp, err := w.store.Load()
	if err != nil || len(recs) != 1 || cp == nil || recs[0].Lease.State != lease.Closed {
		t.Fatalf("store: %d records, checkpoint %v, %v", len(recs), cp, err)
	}
}

// TestHolderStopsOnChain: the holder closes its provisioning lease
// holder_stopped from its wallet; the service sees it and stops the job
// on the agent, whose closure it records without relaying it (the chain
// has it already). Stop through the service is the holder's only.
func TestHolderStopsOnChain(t *testing.T) {
	w := newWorld(t)
	w.startAgent(reporter{w})
	w.provide(w.ag.Address())
	w.startService(service.StaticAgents{w.addr(providerAcct): {Agent: w.ag, Node: w.ag.Address()}})
	spec := w.spec("exec sleep 600")
	w.redeem(spec)
	const id = "1"
	w.waitRecord(id, "confirmed", func(r service.Record) bool { return r.Confirmed })
	sig, _ := service.SignSpec(spec, w.dom, w.key(holderAcct))
	if _, err := w.svc.SubmitSpec(context.Background(), id, spec, sig); err != nil {
		t.Fatal(err)
	}
	w.clk.Set(w.start.Add(-5 * time.Minute))
	w.waitChain(1, lease.Provisioning, lease.NoReason)
	if err := w.svc.Stop(w.addr(providerAcct), id); service.CodeOf(err) != service.CodeNotHolder {
		t.Fatalf("stop by another: %v, want %s", err, service.CodeNotHolder)
	}

	w.send(holderAcct, w.ct.Vault, vaultB.PackCloseLease(big.NewInt(1), uint8(lease.HolderStopped)))
	w.waitChain(1, lease.Closed, lease.HolderStopped)
	r := w.waitRecord(id, "closed by the holder and settled", func(r service.Record) bool {
		return r.Lease.State == lease.Closed && r.Relayed == len(r.Lease.History)
	})
	if r.Lease.Reason != lease.HolderStopped || r.RelayError != "" {
		t.Fatalf("lease in the service: %+v", r)
	}
	if st, err := w.ag.Lease(id); err != nil || st.Lease.State != lease.Closed || st.Lease.Reason != lease.HolderStopped {
		t.Fatalf("lease on the agent: %+v, %v", st.Lease, err)
	}
	if err := w.svc.Stop(w.addr(holderAcct), id); service.CodeOf(err) != service.CodeLeaseClosed {
		t.Fatalf("stop of a closed lease: %v, want %s", err, service.CodeLeaseClosed)
	}
	if _, err := w.svc.SubmitSpec(context.Background(), id, spec, sig); service.CodeOf(err) != service.CodeLeaseClosed {
		t.Fatalf("spec for a closed lease: %v, want %s", err, service.CodeLeaseClosed)
	}
}

// TestClosedOnChainBeforeANode: a lease its holder closes on-chain before
// any node had it (no spec yet) closes in the service too, and takes no
// spec afterwards: nothing is handed to an agent.
func TestClosedOnChainBeforeANode(t *testing.T) {
	w := newWorld(t)
	w.startAgent(reporter{w})
	w.provide(w.ag.Address())
	w.startService(service.StaticAgents{w.addr(providerAcct): {Agent: w.ag, Node: w.ag.Address()}})
	spec := w.spec("exec sleep 600")
	w.redeem(spec)
	const id = "1"
	w.waitRecord(id, "confirmed", func(r service.Record) bool { return r.Confirmed })
	w.send(holderAcct, w.ct.Vault, vaultB.PackCloseLease(big.NewInt(1), uint8(lease.HolderStopped)))
	w.waitChain(1, lease.Closed, lease.HolderStopped)
	r := w.waitRecord(id, "closed with the chain", func(r service.Record) bool { return r.Lease.State == lease.Closed })
	if r.Lease.Reason != lease.HolderStopped || r.Node != (common.Address{}) {
		t.Fatalf("lease in the service: %+v", r)
	}
	sig, _ := service.SignSpec(spec, w.dom, w.key(holderAcct))
	if _, err := w.svc.SubmitSpec(context.Background(), id, spec, sig); service.CodeOf(err) != service.CodeLeaseClosed {
		t.Fatalf("spec for a lease closed on-chain: %v, want %s", err, service.CodeLeaseClosed)
	}
	if _, err := w.ag.Lease(id); err == nil {
		t.Fatal("the agent was given a lease closed on-chain")
	}
}
