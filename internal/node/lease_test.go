package node_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/shopspring/decimal"

	"github.com/hourglass-exchange/hourglass/api/client"
	"github.com/hourglass-exchange/hourglass/api/wallet"
	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/node"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
	"github.com/hourglass-exchange/hourglass/oracle/judge"
	"github.com/hourglass-exchange/hourglass/redeemer/service"
	"github.com/hourglass-exchange/hourglass/sim"
)

// leaseRun is an operator with the demo's provider node and a holder that
// bought tokens of the first market on the book and withdrew them to its
// wallet: what the lease tests start from.
type leaseRun struct {
	t      *testing.T
	ctx    context.Context
	in     node.Info
	gw     string
	eth    *ethclient.Client
	pclk   *clock.Fake // the provider's agent's clock
	mkt    client.Market
	inst   instrument.Instrument
	id     instrument.ID
	token  *big.Int
	start  time.Time // the window's start
	buyer  common.Address
	bkey   *ecdsa.PrivateKey
	bw     *wallet.Wallet
	bs     client.Session
	sc     *client.Client // the seller's connection
	bought *big.Int
	dom    service.Domain
}

// startLeaseRun starts the operator with cfg (the demo's markets and
// provider added) and buys and withdraws two lots' tokens.
func startLeaseRun(t *testing.T, ctx context.Context, cfg node.Config) *leaseRun {
	t.Helper()
	r := startDemoRun(t, ctx, cfg, nil, func(ms []client.Market) (client.Market, bool) {
		if len(ms) == 0 {
			return client.Market{}, false
		}
		return ms[0], true // the demo node's grade
	})
	var err error
	if r.id, err = instrument.ParseID(r.mkt.Instrument); err != nil {
		t.Fatal(err)
	}
	if r.inst, err = instrument.Decode(r.id); err != nil {
		t.Fatal(err)
	}
	r.token = r.id.Big()
	r.start = time.Unix(int64(r.inst.WindowStart)*3600, 0)

	// The buyer is the demo's user wallet; the seller a demo bot account.
	sellerKey := sim.BotKey(0)
	r.bkey = node.UserKey()
	r.buyer = crypto.PubkeyToAddress(r.bkey.PublicKey)
	chainInfo, err := (&client.REST{BaseURL: r.gw}).Chain(ctx)
	if err != nil {
		t.Fatal(err)
	}
	r.bw = wallet.New(r.eth, r.bkey, wallet.Contracts{ChainID: r.in.ChainID, Exchange: chainInfo.Exchange,
		Stablecoin: chainInfo.Stablecoin, Token: chainInfo.Token, Confirmations: chainInfo.Confirmations})
	r.bw.Poll = 20 * time.Millisecond
	var bc *client.Client
	bc, r.bs = r.login(r.bkey)
	r.sc, _ = r.login(sellerKey)
	cash := big.NewInt(10_000 * 1_000_000)
	if _, err := r.bw.DepositCash(ctx, cash); err != nil {
		t.Fatal(err)
	}
	usdc := decimal.New(cash.Int64(), -int32(r.mkt.AssetDecimals.Quote)).String()
	waitBalances(t, bc, map[string]string{"USDC": usdc})

	lot := decimal.RequireFromString(r.mkt.LotSize)
	size := lot.Mul(decimal.NewFromInt(2))
	if ack, err := r.sc.PlaceOrder(ctx, client.OrderParams{Market: r.mkt.Symbol, Side: "sell", Price: "2.1",
		Size: size.String(), ClientOrderID: 1}); err != nil || ack.Status != "open" && ack.Status != "partially_filled" {
		t.Fatalf("seller: %+v, %v", ack, err)
	}
	if ack, err := bc.PlaceOrder(ctx, client.OrderParams{Market: r.mkt.Symbol, Side: "buy", Price: "2.1",
		Size: size.String(), TIF: "ioc", ClientOrderID: 1}); err != nil || ack.Status != "filled" {
		t.Fatalf("buyer: %+v, %v", ack, err)
	}
	r.bought = size.Shift(int32(r.mkt.AssetDecimals.Base)).BigInt()
	// The fills settle: the tokens are the buyer's in the Exchange.
	testsvc.CheckFor(t, 30*time.Second, 20*time.Millisecond, func() error {
		got, err := r.bw.ExchangeBalance(ctx, r.token)
		if err != nil || got.Cmp(r.bought) != 0 {
			return fmt.Errorf("the buyer holds %v tokens in the Exchange, want %s (%v)", got, r.bought, err)
		}
		return nil
	})
	// Withdrawn to the wallet: redeem burns the holder's own tokens.
	if _, err := r.bw.RequestWithdrawal(ctx, r.token, r.bought); err != nil {
		t.Fatal(err)
	}
	p, err := r.bw.PendingWithdrawal(ctx, r.token)
	if err != nil {
		t.Fatal(err)
	}
	poke := newDevSender(ctx, t, r.eth, r.bkey, r.in.ChainID)
	poke.mineUntil(p.ReadyAt, 100*time.Millisecond)
	if _, err := r.bw.ExecuteWithdrawal(ctx, r.token); err != nil {
		t.Fatal(err)
	}
	if got, err := r.bw.TokenBalance(ctx, r.token); err != nil || got.Cmp(r.bought) != 0 {
		t.Fatalf("the wallet holds %v tokens, %v; want %s", got, err, r.bought)
	}
	r.dom = service.Domain{ChainID: r.in.ChainID, Vault: r.in.Contracts.Vault}
	return r
}

// startDemoRun starts the operator with cfg as the lease tests run it:
// the demo's markets and provider (edit, when set, changes them first),
// JSON-RPC on, the provider's agent on a fake clock, a 50 ms batch delay
// unless cfg has one; then waits until the gateway lists the market pick
// chooses.
func startDemoRun(t *testing.T, ctx context.Context, cfg node.Config, edit func(*node.Config, *sim.World),
	pick func([]client.Market) (client.Market, bool)) *leaseRun {
	t.Helper()
	r := &leaseRun{t: t, ctx: ctx, pclk: clock.NewFake(time.Now())}
	cfg.ChainRPC, cfg.WithdrawalDelay, cfg.RedeemerPoll, cfg.ProviderClock = true, time.Second, 50*time.Millisecond, r.pclk
	if cfg.BatchDelay == 0 {
		cfg.BatchDelay = 50 * time.Millisecond
	}
	w := withDemo(t, &cfg, 0)
	if !cfg.DemoProvider {
		t.Fatal("the demo runs no provider node")
	}
	if edit != nil {
		edit(&cfg, w)
	}
	r.in = startOperator(t, cfg)
	if r.in.DemoNode == (common.Address{}) || r.in.AdjustChainTime == nil {
		t.Fatalf("info %+v", r.in)
	}
	r.gw = "http://" + r.in.Gateway
	var err error
	if r.eth, err = ethclient.DialContext(ctx, r.in.RPCURL); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(r.eth.Close)
	testsvc.CheckFor(t, 10*time.Second, 20*time.Millisecond, func() error {
		ms, err := (&client.REST{BaseURL: r.gw}).Markets(ctx)
		if err != nil {
			return err
		}
		m, ok := pick(ms)
		if !ok {
			return fmt.Errorf("not the market yet: %d listed", len(ms))
		}
		r.mkt = m
		return nil
	})
	return r
}

func (r *leaseRun) login(key *ecdsa.PrivateKey) (*client.Client, client.Session) {
	c, err := client.DialGateway(r.ctx, r.gw)
	if err != nil {
		r.t.Fatal(err)
	}
	r.t.Cleanup(func() { c.Close() })
	s, err := c.Login(r.ctx, key)
	if err != nil {
		r.t.Fatal(err)
	}
	return c, s
}

// redeem redeems gpus x hours from the window's start for a spec running
// script, and returns the spec with its signature.
func (r *leaseRun) redeem(gpus uint32, hours uint16, script string) (service.JobSpec, []byte) {
	t := r.t
	spec := service.JobSpec{Holder: r.buyer, Instrument: r.id, StartHour: r.inst.WindowStart, Hours: hours, GPUs: gpus,
		Command: []string{"sh", "-c", script}}
	sig, err := service.SignSpec(spec, r.dom, r.bkey)
	if err != nil {
		t.Fatal(err)
	}
	// The vault burns the redeemed tokens from the holder's wallet: the
	// holder approves it first.
	poke := newDevSender(r.ctx, t, r.eth, r.bkey, r.in.ChainID)
	poke.call(r.in.Contracts.Token, bindings.NewGPUHourToken().PackSetApprovalForAll(r.in.Contracts.Vault, true))
	poke.flush()
	redeem := bindings.NewProviderVault().PackRedeem(r.token, gpus, hours, r.inst.WindowStart, spec.Hash(r.dom))
	if _, err := r.eth.CallContract(r.ctx, ethereum.CallMsg{From: r.buyer, To: &r.in.Contracts.Vault, Data: redeem}, nil); err != nil {
		t.Fatalf("redeem: %v %#v", err, err)
	}
	poke = newDevSender(r.ctx, t, r.eth, r.bkey, r.in.ChainID)
	poke.call(r.in.Contracts.Vault, redeem)
	poke.flush()
	return spec, sig
}

// get GETs path at the gateway as the buyer into v.
func (r *leaseRun) get(path string, v any) int {
	req, _ := http.NewRequestWithContext(r.ctx, http.MethodGet, r.gw+path, nil)
	req.Header.Set("Authorization", "Bearer "+r.bs.Token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		r.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if err := json.Unmarshal(b, v); err != nil {
		r.t.Fatalf("GET %s: %s", path, b)
	}
	return resp.StatusCode
}

// leaseID waits for the buyer's only lease and returns its id.
func (r *leaseRun) leaseID() string {
	var id string
	testsvc.CheckFor(r.t, 20*time.Second, 20*time.Millisecond, func() error {
		var l struct {
			Leases []struct {
				ID string `json:"lease_id"`
			}
		}
		if st := r.get("/v1/leases", &l); st != 200 || len(l.Leases) != 1 {
			return fmt.Errorf("GET /v1/leases: %d %+v", st, l)
		}
		id = l.Leases[0].ID
		return nil
	})
	return id
}

// lease reads a lease as the gateway shows it.
func (r *leaseRun) lease(id string) client.Lease {
	var l client.Lease
	if st := r.get("/v1/leases/"+id, &l); st != 200 {
		r.t.Fatalf("GET /v1/leases/%s: %d %+v", id, st, l)
	}
	return l
}

func (r *leaseRun) waitLease(id, what string, ok func(client.Lease) bool) client.Lease {
	r.t.Helper()
	var l client.Lease
	testsvc.CheckFor(r.t, 30*time.Second, 20*time.Millisecond, func() error {
		if l = r.lease(id); !ok(l) {
			return fmt.Errorf("lease not %s: %+v", what, l)
		}
		return nil
	})
	return l
}

// moveTo moves the chain's time, then the agent's, to at.
func (r *leaseRun) moveTo(at time.Time) {
	h, err := r.eth.HeaderByNumber(r.ctx, nil)
	if err != nil {
		r.t.Fatal(err)
	}
	if d := at.Sub(time.Unix(int64(h.Time), 0)); d > 0 {
		if err := r.in.AdjustChainTime(d + time.Second); err != nil {
			r.t.Fatal(err)
		}
	}
	r.pclk.Set(at)
}

// TestLeaseEndToEnd runs a job from a token bought on the book, in the
// demo as hourglass serve runs it on the embedded chain: the user's wallet
// deposits cash and buys tokens of the first market from a demo account's
// offer, withdraws them to its wallet once the fills settle, redeems them
// at the vault with its job spec's hash and sends the signed spec through
// the gateway (lease.submit_spec). The demo provider's node agent (its
// clock a fake one, the chain's time moved with it) runs the job at the
// window's start; its output comes back through GET /v1/leases/{id}/logs,
// and at the window's end the lease closes completed, on-chain too.
func TestLeaseEndToEnd(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	r := startLeaseRun(t, ctx, node.Config{ChallengesPerHour: 3600})
	spec, sig := r.redeem(1, 1, `echo "hello from the job on $CUDA_VISIBLE_DEVICES"; echo oops >&2; exec sleep 600`)
	leaseID := r.leaseID()

	// A spec signed by someone else is refused; the holder's is taken.
	otherSig, _ := service.SignSpec(spec, r.dom, sim.BotKey(0))
	params := func(sig []byte) map[string]any {
		return map[string]any{"lease_id": leaseID, "spec": spec, "signature": hexutil.Encode(sig)}
	}
	if _, err := r.sc.Call(ctx, "lease.submit_spec", params(otherSig)); err == nil || !strings.Contains(err.Error(), "spec_bad_signature") {
		t.Fatalf("a spec signed by another: %v", err)
	}
	if l := r.lease(leaseID); l.SpecAccepted {
		t.Fatal("the refused spec was accepted")
	}
	if _, err := r.sc.Call(ctx, "lease.submit_spec", params(sig)); err != nil {
		t.Fatalf("lease.submit_spec: %v", err)
	}
	if l := r.lease(leaseID); !l.SpecAccepted || !strings.EqualFold(l.Node, r.in.DemoNode.Hex()) {
		t.Fatalf("after the spec: %+v", l)
	}

	// The window's start: the chain's time first, then the agent's.
	r.pclk.Set(r.start.Add(-5 * time.Minute))
	r.waitLease(leaseID, "provisioning on-chain", func(l client.Lease) bool { return l.ChainState == "provisioning" })
	r.moveTo(r.start)
	r.waitLease(leaseID, "running on-chain", func(l client.Lease) bool { return l.State == "running" && l.ChainState == "running" })
	var out struct {
		Data string
		Next int64
	}
	testsvc.CheckFor(t, 20*time.Second, 20*time.Millisecond, func() error {
		if st := r.get("/v1/leases/"+leaseID+"/logs?stream=stdout", &out); st != 200 || !strings.HasPrefix(out.Data, "hello from the job on ") {
			return fmt.Errorf("logs: %d %+v", st, out)
		}
		return nil
	})
	t.Logf("the job says %q", out.Data)
	if st := r.get("/v1/leases/"+leaseID+"/logs?stream=stderr", &out); st != 200 || out.Data != "oops\n" {
		t.Fatalf("stderr: %d %+v", st, out)
	}
	// The demo's three reporters challenge the node holding the lease
	// (every second here): their answers are valid, signed by the node
	// key, and show the node's 8 GPUs.
	if len(r.in.Reporters) != 3 {
		t.Fatalf("%d in-process reporters", len(r.in.Reporters))
	}
	provider := common.HexToAddress(r.lease(leaseID).Provider)
	for _, rep := range r.in.Reporters {
		testsvc.CheckFor(t, 20*time.Second, 50*time.Millisecond, func() error {
			hour := judge.EpochOf(time.Now())
			obs := append(rep.Observations(r.in.DemoNode, hour-1), rep.Observations(r.in.DemoNode, hour)...)
			judge.Check(obs, judge.DefaultAnswerDeadline, provider, judge.Keys{r.in.DemoNode: provider}, judge.Seen{})
			for _, o := range obs {
				if o.Status == judge.AnswerValid && len(o.Answer.Snapshot.GPUs) == 8 {
					return nil
				}
			}
			return fmt.Errorf("reporter %s: no valid answer with the node's 8 GPUs among %d challenges", rep.Address(), len(obs))
		})
	}

	// The window's end: completed, on-chain too. The node sends its close
	// to the chain, then reports it.
	r.moveTo(r.start.Add(time.Hour))
	l := r.waitLease(leaseID, "closed on-chain and reported", func(l client.Lease) bool { return l.ChainState == "closed" && l.State == "closed" })
	if l.Reason != "completed" || l.ChainReason != "completed" {
		t.Fatalf("closed lease: %+v", l)
	}
	var tos []string
	for _, h := range l.History {
		tos = append(tos, h.To+" by "+h.Actor)
	}
	t.Logf("lease %s: %s", leaseID, strings.Join(tos, ", "))
	if got, err := r.bw.TokenBalance(ctx, r.token); err != nil || got.Cmp(new(big.Int).Sub(r.bought, big.NewInt(1))) != 0 {
		t.Fatalf("the wallet holds %v tokens after redeeming one GPU-hour, %v", got, err)
	}
}
