package node

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"sync"
	"time"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/api/client"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/evm/txsend"
	"github.com/hourglass-exchange/hourglass/internal/health"
	"github.com/hourglass-exchange/hourglass/oracle/nvmlwatch"
	"github.com/hourglass-exchange/hourglass/redeemer/agent"
	"github.com/hourglass-exchange/hourglass/redeemer/executor"
	"github.com/hourglass-exchange/hourglass/redeemer/lease"
	"github.com/hourglass-exchange/hourglass/redeemer/service"
)

// AgentTxJournal is the node agent's transaction journal in its directory.
const AgentTxJournal = "node.txjournal"

// AgentConfig configures a provider's node agent as its own process runs
// it (hourglass provider agent), and as the demo runs its provider's node:
// the agent (redeemer/agent) reaches the redeemer through the gateway
// (api/client's AgentLink, signed in with the node key), sends its
// transitions to the vault from the node key (txsend, journaled in Dir)
// and pushes its jobs' logs. docs/delivery.md, "Remote agents".
type AgentConfig struct {
	// Dir is the agent's directory: node key, state, logs, transaction
	// journal.
	Dir string
	// Chain is the Ethereum node (JSON-RPC), Vault the ProviderVault.
	Chain Node
	Vault common.Address
	// ChainHealth is told whether the chain answers (nil: the sender's
	// own).
	ChainHealth *health.Dependency
	NVML        nvml.Interface
	Executor    executor.Executor
	// Clock drives the leases' schedule (nil: the real one); NetClock the
	// transaction sender's polls and retries (nil: the real one).
	Clock, NetClock clock.Clock
	// Poll is how often the agent asks the redeemer for its work and
	// pushes logs (default 2s); Grace, ProvisionAhead and RetryEvery are
	// the agent's (agent.Config).
	Poll, Grace, ProvisionAhead, RetryEvery time.Duration
	// WatchEvery is how often the NVML evidence is polled (oracle/nvmlwatch;
	// default 10s). The NVML must answer nvmlwatch's calls: on go-nvml's
	// mock, wire it with oracle/nvmlwatch/nvmlmock.Wire.
	WatchEvery time.Duration
	// ClaimsCC: the node claims confidential computing (agent.Config.ClaimsCC):
	// its lease reports carry the claim and its answers each GPU's
	// attestation over the challenge's nonce, through NVML's conf-compute
	// calls. Once claimed, an hour without a passing attestation is not
	// delivered (docs/oracle.md, "CC attestation in answers").
	ClaimsCC bool
	Log      *slog.Logger
}

// NodeAgent is a node agent opened with OpenAgent.
type NodeAgent struct {
	*agent.Agent
	cfg    AgentConfig
	link   *client.AgentLink
	sender *txsend.Sender
	watch  *nvmlwatch.Watcher
	stop   context.CancelFunc
	once   sync.Once
}

// OpenAgent opens the agent in cfg.Dir (creating its node key the first
// time) and its transaction sender.
func OpenAgent(cfg AgentConfig) (*NodeAgent, error) {
	if cfg.Dir == "" || cfg.Chain == nil || cfg.Vault == (common.Address{}) || cfg.NVML == nil || cfg.Executor == nil {
		return nil, errors.New("node agent: Dir, Chain, Vault, NVML and Executor are required")
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	key, err := agent.LoadOrCreateKey(filepath.Join(cfg.Dir, agent.KeyFile))
	if err != nil {
		return nil, err
	}
	na := &NodeAgent{cfg: cfg, link: &client.AgentLink{Key: key}}
	run, stop := context.WithCancel(context.Background())
	na.stop = stop
	if na.sender, err = agentSender(run, cfg, key); err != nil {
		stop()
		return nil, err
	}
	chain := service.NewVaultChain(cfg.Vault, cfg.Chain, na.sender)
	na.Agent, err = agent.New(agent.Config{Dir: cfg.Dir, NVML: cfg.NVML, Executor: cfg.Executor,
		Reporter: service.RemoteReporter{Chain: chain, Redeemer: na.link}, Clock: cfg.Clock, Grace: cfg.Grace,
		ProvisionAhead: cfg.ProvisionAhead, RetryEvery: cfg.RetryEvery, Log: cfg.Log, ClaimsCC: cfg.ClaimsCC,
		NVMLSnapshot: func() (nvmlwatch.Snapshot, bool) {
			if w := na.watch; w != nil {
				return w.Snapshot(), true
			}
			return nvmlwatch.Snapshot{}, false
		}})
	if err != nil {
		na.Close()
		return nil, err
	}
	var uuids []string
	for _, g := range na.GPUs() {
		uuids = append(uuids, g.UUID)
	}
	if na.watch, err = nvmlwatch.New(nvmlwatch.Config{NVML: cfg.NVML, GPUs: uuids, Interval: cfg.WatchEvery, Log: cfg.Log}); err != nil {
		na.Close()
		return nil, err
	}
	return na, nil
}

func agentSender(ctx context.Context, cfg AgentConfig, key *ecdsa.PrivateKey) (*txsend.Sender, error) {
	j, err := txsend.OpenFileJournal(filepath.Join(cfg.Dir, AgentTxJournal))
	if err != nil {
		return nil, fmt.Errorf("node agent: %w", err)
	}
	var h txsend.Health
	if cfg.ChainHealth != nil {
		h = cfg.ChainHealth
	}
	return txsend.New(ctx, txsend.Config{Node: cfg.Chain, Key: key, Journal: j, Logger: cfg.Log,
		PollInterval: 200 * time.Millisecond, ReplaceAfter: 20 * time.Second, Clock: cfg.NetClock, Health: h})
}

// Run runs the agent against the gateway at gateway (its base URL, e.g.
// http://127.0.0.1:8080) until ctx ends: the leases' schedules, the
// reports, and the poll for work. The jobs keep running after it returns.
func (na *NodeAgent) Run(ctx context.Context, gateway string) error {
	na.link.BaseURL = gateway
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	errs := make(chan error, 4)
	go func() { errs <- na.Agent.Run(ctx) }()
	go func() { errs <- na.Follow(ctx, na.link, na.cfg.Poll) }()
	go func() { errs <- na.watch.Run(ctx) }()
	go func() { errs <- na.stopOnFaults(ctx) }()
	var all []error
	all = append(all, <-errs)
	cancel()
	all = append(all, <-errs, <-errs, <-errs)
	for _, err := range all {
		if err != nil && !errors.Is(err, context.Canceled) {
			return err
		}
	}
	return nil
}

// Close stops the transaction sender.
func (na *NodeAgent) Close() {
	na.once.Do(func() {
		if na.sender != nil {
			na.sender.Close()
		}
		na.stop()
	})
}

// stopOnFaults closes gpu_fault, every second, each open lease placed on
// a GPU the NVML evidence finds unhealthy (a critical XID, uncorrectable
// ECC, the GPU lost, ...): its job stops and the lease closes with the
// fault in its detail, on-chain too. The oracle judges the hours after it
// undelivered from its own challenges either way.
func (na *NodeAgent) stopOnFaults(ctx context.Context) error {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	said := map[string]string{} // lease -> the refusal already logged
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		snap := na.watch.Snapshot()
		for _, st := range na.Leases() {
			if !st.Lease.State.Open() || st.Lease.State == lease.Assigned {
				continue
			}
			for _, u := range st.GPUs {
				g, ok := snap.GPU(u)
				if !ok || g.Healthy || g.SampledAt.IsZero() {
					continue
				}
				why := u + " unhealthy"
				if len(g.Reasons) > 0 {
					why = fmt.Sprintf("%s: %s", u, g.Reasons[0].Code)
					if x := g.Reasons[0].XID; x != 0 {
						why += fmt.Sprintf(" (XID %d)", x)
					}
				}
				if err := na.Stop(st.Lease.ID, lease.Provider, lease.GPUFault, why); err != nil && lease.CodeOf(err) != lease.CodeClosed &&
					said[st.Lease.ID] != err.Error() {
					said[st.Lease.ID] = err.Error()
					na.cfg.Log.Warn("node agent: closing a lease on a faulty GPU", "lease", st.Lease.ID, "err", err)
				}
				break
			}
		}
	}
}
