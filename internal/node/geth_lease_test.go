package node_test

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/hourglass-exchange/hourglass/api/client"
	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/internal/node"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
	"github.com/hourglass-exchange/hourglass/oracle/nvmlwatch/nvmlmock"
	"github.com/hourglass-exchange/hourglass/redeemer/executor/process"
	"github.com/hourglass-exchange/hourglass/redeemer/service"
)

// TestGethLease runs the delivery path on the real components: the
// operator on geth --dev with its leases in PostgreSQL, and a provider's
// node agent of its own (node.OpenAgent, as hourglass provider agent runs
// it) reaching the redeemer through the gateway and sending its
// transitions to geth from its node key. The provider registers the node
// and mints; a holder redeems a token with its spec's hash and submits the
// spec; the redeemer follows geth's logs, keeps the lease in PostgreSQL
// and hands it to the node, which provisions it on-chain (its provisioning
// starts now: geth's clock cannot be moved to the window). The holder
// stops it at the gateway and closes it on-chain from its wallet: closed
// holder_stopped in the redeemer, in PostgreSQL and on geth.
func TestGethLease(t *testing.T) {
	_, wsURL, devKey := testsvc.Geth(t)
	dbURL := testsvc.Postgres(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cfg := node.Config{RPCURL: wsURL, DeployerKey: devKey, DatabaseURL: dbURL, Confirmations: 1, RedeemerPoll: 100 * time.Millisecond}
	withDemo(t, &cfg, 0)
	in := startOperator(t, cfg)
	gw := "http://" + in.Gateway
	eth, err := ethclient.DialContext(ctx, wsURL)
	if err != nil {
		t.Fatal(err)
	}
	defer eth.Close()
	var markets []client.Market
	testsvc.CheckFor(t, 10*time.Second, 20*time.Millisecond, func() error {
		markets, err = (&client.REST{BaseURL: gw}).Markets(ctx)
		if err == nil && len(markets) == 0 {
			err = fmt.Errorf("no market yet")
		}
		return err
	})
	id, err := instrument.ParseID(markets[0].Instrument)
	if err != nil {
		t.Fatal(err)
	}
	inst, err := instrument.Decode(id)
	if err != nil {
		t.Fatal(err)
	}
	token := id.Big()

	// The provider (the developer key) registers a node whose key is the
	// agent's, and mints; the holder gets a token in its wallet.
	agentDir := t.TempDir()
	exec, err := process.New(process.Config{StateDir: agentDir + "/process"})
	if err != nil {
		t.Fatal(err)
	}
	mock := nvmlmock.New()
	na, err := node.OpenAgent(node.AgentConfig{Dir: agentDir, Chain: mustDial(ctx, t, wsURL), Vault: in.Contracts.Vault,
		NVML: mock.Server, Executor: exec, Poll: 100 * time.Millisecond, Grace: 2 * time.Second,
		ProvisionAhead: 24 * 365 * time.Hour, RetryEvery: 500 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer na.Close()
	holderKey := newKey(t)
	holder := crypto.PubkeyToAddress(holderKey.PublicKey)
	dev := newDevSender(ctx, t, eth, devKey, in.ChainID)
	oneETH := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	dev.transfer(holder, oneETH)
	dev.transfer(na.Address(), oneETH)
	coin, vault, tok := bindings.NewMockStablecoin(), bindings.NewProviderVault(), bindings.NewGPUHourToken()
	collateral := big.NewInt(1_000 * 1_000_000)
	var nodeID [32]byte
	copy(nodeID[:], "hourglass geth lease node")
	dev.call(in.Contracts.Stablecoin, coin.PackMint(dev.from, collateral))
	dev.call(in.Contracts.Vault, vault.PackProposeNode(nodeID, id.GradeKey().Big(), 8, na.Address()))
	dev.call(in.Contracts.Vault, vault.PackApproveNode(dev.from, nodeID))
	dev.call(in.Contracts.Stablecoin, coin.PackApprove(in.Contracts.Vault, collateral))
	dev.call(in.Contracts.Vault, vault.PackDepositCollateral(collateral))
	dev.call(in.Contracts.Vault, vault.PackMint(token, big.NewInt(4)))
	dev.call(in.Contracts.Token, tok.PackSafeTransferFrom(dev.from, holder, token, big.NewInt(1), nil))
	dev.flush()
	agentCtx, stopAgent := context.WithCancel(ctx)
	agentDone := make(chan error, 1)
	go func() { agentDone <- na.Run(agentCtx, gw) }()
	defer func() { stopAgent(); <-agentDone }()

	// The holder redeems one GPU-hour with its spec's hash.
	dom := service.Domain{ChainID: in.ChainID, Vault: in.Contracts.Vault}
	spec := service.JobSpec{Holder: holder, Instrument: id, StartHour: inst.WindowStart, Hours: 1, GPUs: 1,
		Command: []string{"sh", "-c", "echo hello; exec sleep 600"}}
	sig, err := service.SignSpec(spec, dom, holderKey)
	if err != nil {
		t.Fatal(err)
	}
	hs := newDevSender(ctx, t, eth, holderKey, in.ChainID)
	hs.call(in.Contracts.Token, tok.PackSetApprovalForAll(in.Contracts.Vault, true))
	hs.call(in.Contracts.Vault, vault.PackRedeem(token, 1, 1, inst.WindowStart, spec.Hash(dom)))
	hs.flush()

	hc, err := client.DialGateway(ctx, gw)
	if err != nil {
		t.Fatal(err)
	}
	defer hc.Close()
	if _, err := hc.Login(ctx, holderKey); err != nil {
		t.Fatal(err)
	}
	var leaseID string
	testsvc.CheckFor(t, 30*time.Second, 50*time.Millisecond, func() error {
		ls, err := hc.REST().Leases(ctx)
		if err != nil || len(ls) != 1 {
			return fmt.Errorf("leases %+v %v", ls, err)
		}
		leaseID = ls[0].ID
		return nil
	})
	if _, err := hc.Call(ctx, "lease.submit_spec", map[string]any{"lease_id": leaseID, "spec": spec, "signature": hexutil.Encode(sig)}); err != nil {
		t.Fatal(err)
	}
	lease := func(what string, ok func(client.Lease) bool) client.Lease {
		t.Helper()
		var l client.Lease
		testsvc.CheckFor(t, 60*time.Second, 100*time.Millisecond, func() error {
			if l, err = hc.REST().Lease(ctx, leaseID); err != nil || !ok(l) {
				return fmt.Errorf("lease not %s: %+v %v", what, l, err)
			}
			return nil
		})
		return l
	}
	l := lease("provisioning on geth", func(l client.Lease) bool { return l.State == "provisioning" && l.ChainState == "provisioning" })
	if !strings.EqualFold(l.Node, na.Address().Hex()) {
		t.Fatalf("lease on node %s, the agent is %s", l.Node, na.Address())
	}
	if _, err := hc.Call(ctx, "lease.stop", map[string]any{"lease_id": leaseID}); err != nil {
		t.Fatal(err)
	}
	n, _ := new(big.Int).SetString(leaseID, 10)
	hs = newDevSender(ctx, t, eth, holderKey, in.ChainID)
	hs.call(in.Contracts.Vault, vault.PackCloseLease(n, 2)) // holder_stopped
	hs.flush()
	l = lease("closed holder_stopped, on geth too", func(l client.Lease) bool { return l.State == "closed" && l.ChainState == "closed" })
	if l.Reason != "holder_stopped" || l.ChainReason != "holder_stopped" {
		t.Fatalf("closed %+v", l)
	}
	// The lease is in PostgreSQL, closed.
	db := connect(t, dbURL)
	var state string
	if err := db.QueryRow(ctx, "SELECT state FROM redeemer_leases WHERE lease_id = $1", leaseID).Scan(&state); err != nil || state != "closed" {
		t.Fatalf("redeemer_leases: %q %v", state, err)
	}
}

func mustDial(ctx context.Context, t *testing.T, url string) *ethclient.Client {
	t.Helper()
	c, err := ethclient.DialContext(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}
