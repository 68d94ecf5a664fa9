package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"time"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/dgxh100"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/server"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	moby "github.com/moby/moby/client"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/node"
	"github.com/hourglass-exchange/hourglass/oracle/nvmlwatch/nvmlmock"
	"github.com/hourglass-exchange/hourglass/redeemer/agent"
	"github.com/hourglass-exchange/hourglass/redeemer/executor"
	"github.com/hourglass-exchange/hourglass/redeemer/executor/docker"
	"github.com/hourglass-exchange/hourglass/redeemer/executor/oci"
	"github.com/hourglass-exchange/hourglass/redeemer/executor/process"
)

// agentOptions are hourglass provider agent's flags.
type agentOptions struct {
	dir, executor, nvml, runc, images, network string
	poll, grace, ahead                         time.Duration
	address, cc                                bool
}

// providerAgent runs the provider's node agent (docs/delivery.md, "Remote
// agents"): the node key in --dir (created the first time), the node's
// GPUs through NVML, the jobs through an executor; it reaches the redeemer
// through the gateway and sends its transitions to the vault from the
// node key, until interrupted. The jobs keep running when it stops; the
// next start on the same --dir resumes them.
func (u *user) providerAgent(ctx context.Context, args []string) error {
	var o agentOptions
	if err := u.providerFlags("provider agent", "provider agent --dir DIR [--executor process|oci|docker] [--nvml auto|real|mock] [--cc] [--address]", args,
		func(fs *flag.FlagSet) {
			fs.StringVar(&o.dir, "dir", "", "the agent's directory: node key, state, job logs, transaction journal (required)")
			fs.BoolVar(&o.address, "address", false, "print the node key's address (creating the key) and exit: register it with provider node register --key")
			fs.StringVar(&o.executor, "executor", "process", "how jobs run: process (plain processes), oci (runc with CDI), docker (the Docker Engine)")
			fs.StringVar(&o.nvml, "nvml", "auto", "the GPUs: real (libnvidia-ml), mock (go-nvml's DGX H100, 8 GPUs), auto (real when NVML loads)")
			fs.StringVar(&o.runc, "runc", "runc", "oci: the runc binary")
			fs.StringVar(&o.images, "images", "/var/lib/hourglass/images", "oci: the unpacked images, <dir>/<sha256 hex>/rootfs")
			fs.StringVar(&o.network, "network", "", "oci: host runs jobs in the host's network; docker: the containers' network mode")
			fs.BoolVar(&o.cc, "cc", false, "claim confidential computing: answer the oracle's challenges with each GPU's attestation (needs the real NVML with CC on); once claimed, hours without a passing attestation are not delivered")
			fs.DurationVar(&o.poll, "poll", 2*time.Second, "how often to ask the redeemer for work")
			fs.DurationVar(&o.grace, "grace", 30*time.Second, "a job's time between SIGTERM and SIGKILL at its end")
			fs.DurationVar(&o.ahead, "provision-ahead", 5*time.Minute, "how long before a lease's start to provision it")
		}); err != nil {
		return err
	}
	if o.dir == "" {
		return badInput("--dir is required: the agent's directory (its node key, state and job logs)")
	}
	switch o.executor {
	case "process", "oci", "docker":
	default:
		return badInput("--executor %q: process, oci or docker", o.executor)
	}
	switch o.nvml {
	case "auto", "real", "mock":
	default:
		return badInput("--nvml %q: auto, real or mock", o.nvml)
	}
	if o.cc && o.nvml == "mock" {
		return badInput("--cc needs the real NVML (--nvml real or auto): the mock has no GPU to attest")
	}
	if o.poll <= 0 || o.grace <= 0 || o.ahead <= 0 {
		return badInput("--poll, --grace and --provision-ahead must be positive")
	}
	dir, err := filepath.Abs(o.dir)
	if err != nil {
		return badInput("--dir: %v", err)
	}
	key, err := agent.LoadOrCreateKey(filepath.Join(dir, agent.KeyFile))
	if err != nil {
		return err
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	if o.address {
		fmt.Fprintln(u.stdout, addr.Hex())
		return nil
	}
	log := slog.New(slog.NewTextHandler(u.stderr, nil))
	lib, which, err := agentNVML(o.nvml, addr, log)
	if err != nil {
		return err
	}
	if o.cc && which != "real" {
		return badInput("--cc needs the real NVML: none loads on this machine, and the mock has no GPU to attest")
	}
	exec, err := agentExecutor(o, dir, u.env.clock, log)
	if err != nil {
		return err
	}
	if err := u.connect(ctx); err != nil {
		return err
	}
	ch, err := u.rest.Chain(ctx)
	if err != nil {
		return fmt.Errorf("asking the gateway for its chain: %w", err)
	}
	rpc := u.f.rpc
	if rpc == "" {
		rpc = ch.RPCURL
	}
	if rpc == "" {
		return badInput("no chain to send to: give --rpc URL or set ETH_RPC_URL (the gateway publishes no rpc_url)")
	}
	b, err := u.env.dialChain(ctx, rpc)
	if err != nil {
		return fmt.Errorf("connecting to the chain at %s: %w", rpc, err)
	}
	cn, ok := b.(node.Node)
	if !ok {
		return fmt.Errorf("the chain client at %s cannot follow logs", rpc)
	}
	tb := bindings.NewGPUHourToken()
	vault, err := bind.Call(tb.Instance(b, ch.Token), &bind.CallOpts{Context: ctx}, tb.PackMINTER(), tb.UnpackMINTER)
	if err != nil {
		return fmt.Errorf("reading the token's minter (the ProviderVault) at %s: %w", ch.Token, err)
	}
	vb := bindings.NewProviderVault()
	provider, err := bind.Call(vb.Instance(b, vault), &bind.CallOpts{Context: ctx}, vb.PackNodeKeyProvider(addr), vb.UnpackNodeKeyProvider)
	if err != nil {
		return fmt.Errorf("reading the vault at %s: %w", vault, err)
	}
	if provider == (common.Address{}) {
		// Not fatal: the registrar may approve it while the agent waits.
		log.Warn("this node key is not an approved node yet: register it (hourglass provider node register --key "+addr.Hex()+
			") and have it approved; the agent keeps asking", "node", addr)
	}
	na, err := node.OpenAgent(node.AgentConfig{Dir: dir, Chain: cn, Vault: vault, NVML: lib, Executor: exec,
		Clock: u.env.clock, Poll: o.poll, Grace: o.grace, ProvisionAhead: o.ahead, ClaimsCC: o.cc, Log: log})
	if err != nil {
		return err
	}
	defer na.Close()
	claim := ""
	if o.cc {
		claim = "; claims CC (attests every GPU in its answers)"
	}
	fmt.Fprintf(u.stderr, "node agent %s: %d GPUs (%s NVML), %s executor; provider %s; redeemer at %s, chain %s, vault %s%s\n",
		addr.Hex(), len(na.GPUs()), which, o.executor, provider.Hex(), u.f.gateway, rpc, vault.Hex(), claim)
	err = na.Run(ctx, u.f.gateway)
	if errors.Is(err, context.Canceled) || ctx.Err() != nil {
		return nil // interrupted: the jobs keep running for the next start
	}
	return err
}

// agentNVML opens the NVML the agent discovers its GPUs through.
func agentNVML(mode string, node common.Address, log *slog.Logger) (nvml.Interface, string, error) {
	if mode != "mock" {
		lib := agent.OpenNVML()
		ret := lib.Init()
		if ret == nvml.SUCCESS {
			return lib, "real", nil
		}
		if mode == "real" {
			return nil, "", fmt.Errorf("NVML: %s (is the NVIDIA driver installed?)", nvml.ErrorString(ret))
		}
		log.Info("no NVML on this machine: using go-nvml's mock DGX H100 (8 GPUs)", "nvml", nvml.ErrorString(ret))
	}
	s := dgxh100.New()
	// The mock draws random UUIDs: a restarted agent must find the same
	// GPUs, so they derive from the node key. Every call the NVML evidence
	// makes is wired (healthy GPUs).
	h := node.Bytes()
	for i, d := range s.Devices {
		d.(*server.Device).UUID = fmt.Sprintf("GPU-%x-%04x-4000-8000-%012x", h[:4], i, h[4:10])
	}
	return nvmlmock.Wire(s).Server, "mock", nil
}

// agentExecutor opens the executor --executor names.
func agentExecutor(o agentOptions, dir string, clk clock.Clock, log *slog.Logger) (executor.Executor, error) {
	switch o.executor {
	case "oci":
		return oci.New(oci.Options{Images: oci.ImageDir{Dir: o.images}, Runc: o.runc, StateDir: filepath.Join(dir, "oci"),
			HostNetwork: strings.EqualFold(o.network, "host"), Logger: log})
	case "docker":
		c, err := moby.New(moby.FromEnv, moby.WithAPIVersionNegotiation())
		if err != nil {
			return nil, fmt.Errorf("docker: %w", err)
		}
		return docker.New(c, docker.Options{NetworkMode: o.network, Logger: log}), nil
	}
	return process.New(process.Config{StateDir: filepath.Join(dir, "process"), Clock: clk, Log: log})
}
