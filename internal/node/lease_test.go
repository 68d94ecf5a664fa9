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
	pclk := clock.NewFake(time.Now())
	cfg := node.Config{ChainRPC: true, WithdrawalDelay: time.Second, BatchDelay: 50 * time.Millisecond,
		RedeemerPoll: 50 * time.Millisecond, ProviderClock: pclk, ChallengesPerHour: 3600}
	withDemo(t, &cfg, 0)
	if !cfg.DemoProvider {
		t.Fatal("the demo runs no provider node")
	}
	in := startOperator(t, cfg)
	if in.DemoNode == (common.Address{}) || in.AdjustChainTime == nil {
		t.Fatalf("info %+v", in)
	}
	gw := "http://" + in.Gateway
	eth, err := ethclient.DialContext(ctx, in.RPCURL)
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
	mkt := markets[0] // the demo node's grade
	instID, err := instrument.ParseID(mkt.Instrument)
	if err != nil {
		t.Fatal(err)
	}
	inst, err := instrument.Decode(instID)
	if err != nil {
		t.Fatal(err)
	}
	token := instID.Big()

	// The buyer is the demo's user wallet; the seller a demo bot account.
	buyerKey, sellerKey := node.UserKey(), sim.BotKey(0)
	buyer := crypto.PubkeyToAddress(buyerKey.PublicKey)
	chainInfo, err := (&client.REST{BaseURL: gw}).Chain(ctx)
	if err != nil {
		t.Fatal(err)
	}
	bw := wallet.New(eth, buyerKey, wallet.Contracts{ChainID: in.ChainID, Exchange: chainInfo.Exchange,
		Stablecoin: chainInfo.Stablecoin, Token: chainInfo.Token, Confirmations: chainInfo.Confirmations})
	bw.Poll = 20 * time.Millisecond
	login := func(key *ecdsa.PrivateKey) (*client.Client, client.Session) {
		c, err := client.DialGateway(ctx, gw)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		s, err := c.Login(ctx, key)
		if err != nil {
			t.Fatal(err)
		}
		return c, s
	}
	bc, bs := login(buyerKey)
	sc, _ := login(sellerKey)
	cash := big.NewInt(10_000 * 1_000_000)
	if _, err := bw.DepositCash(ctx, cash); err != nil {
		t.Fatal(err)
	}
	usdc := decimal.New(cash.Int64(), -int32(mkt.AssetDecimals.Quote)).String()
	waitBalances(t, bc, map[string]string{"USDC": usdc})

	lot := decimal.RequireFromString(mkt.LotSize)
	size := lot.Mul(decimal.NewFromInt(2))
	if ack, err := sc.PlaceOrder(ctx, client.OrderParams{Market: mkt.Symbol, Side: "sell", Price: "2.1",
		Size: size.String(), ClientOrderID: 1}); err != nil || ack.Status != "open" && ack.Status != "partially_filled" {
		t.Fatalf("seller: %+v, %v", ack, err)
	}
	if ack, err := bc.PlaceOrder(ctx, client.OrderParams{Market: mkt.Symbol, Side: "buy", Price: "2.1",
		Size: size.String(), TIF: "ioc", ClientOrderID: 1}); err != nil || ack.Status != "filled" {
		t.Fatalf("buyer: %+v, %v", ack, err)
	}
	bought := size.Shift(int32(mkt.AssetDecimals.Base)).BigInt()
	// The fills settle: the tokens are the buyer's in the Exchange.
	testsvc.CheckFor(t, 30*time.Second, 20*time.Millisecond, func() error {
		got, err := bw.ExchangeBalance(ctx, token)
		if err != nil || got.Cmp(bought) != 0 {
			return fmt.Errorf("the buyer holds %v tokens in the Exchange, want %s (%v)", got, bought, err)
		}
		return nil
	})
	// Withdrawn to the wallet: redeem burns the holder's own tokens.
	if _, err := bw.RequestWithdrawal(ctx, token, bought); err != nil {
		t.Fatal(err)
	}
	p, err := bw.PendingWithdrawal(ctx, token)
	if err != nil {
		t.Fatal(err)
	}
	poke := newDevSender(ctx, t, eth, buyerKey, in.ChainID)
	poke.mineUntil(p.ReadyAt, 100*time.Millisecond)
	if _, err := bw.ExecuteWithdrawal(ctx, token); err != nil {
		t.Fatal(err)
	}
	if got, err := bw.TokenBalance(ctx, token); err != nil || got.Cmp(bought) != 0 {
		t.Fatalf("the wallet holds %v tokens, %v; want %s", got, err, bought)
	}

	// Redeem one GPU for the window's first hour with the spec's hash.
	dom := service.Domain{ChainID: in.ChainID, Vault: in.Contracts.Vault}
	spec := service.JobSpec{Holder: buyer, Instrument: instID, StartHour: inst.WindowStart, Hours: 1, GPUs: 1,
		Command: []string{"sh", "-c", `echo "hello from the job on $CUDA_VISIBLE_DEVICES"; echo oops >&2; exec sleep 600`}}
	sig, err := service.SignSpec(spec, dom, buyerKey)
	if err != nil {
		t.Fatal(err)
	}
	// The vault burns the redeemed tokens from the holder's wallet: the
	// holder approves it first.
	poke = newDevSender(ctx, t, eth, buyerKey, in.ChainID)
	poke.call(in.Contracts.Token, bindings.NewGPUHourToken().PackSetApprovalForAll(in.Contracts.Vault, true))
	poke.flush()
	redeem := bindings.NewProviderVault().PackRedeem(token, 1, 1, inst.WindowStart, spec.Hash(dom))
	if _, err := eth.CallContract(ctx, ethereum.CallMsg{From: buyer, To: &in.Contracts.Vault, Data: redeem}, nil); err != nil {
		t.Fatalf("redeem: %v %#v", err, err)
	}
	poke = newDevSender(ctx, t, eth, buyerKey, in.ChainID)
	poke.call(in.Contracts.Vault, redeem)
	poke.flush()

	// The lease, through the gateway.
	get := func(path string, v any) int {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, gw+path, nil)
		req.Header.Set("Authorization", "Bearer "+bs.Token)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if err := json.Unmarshal(b, v); err != nil {
			t.Fatalf("GET %s: %s", path, b)
		}
		return resp.StatusCode
	}
	type leaseView struct {
		ID, State, Reason, ChainState, ChainReason, Node, Holder, Provider string
		SpecAccepted                                                       bool `json:"spec_accepted"`
		History                                                            []struct{ To, Actor string }
	}
	var leaseID string
	testsvc.CheckFor(t, 20*time.Second, 20*time.Millisecond, func() error {
		var r struct {
			Leases []struct {
				ID string `json:"lease_id"`
			}
		}
		if st := get("/v1/leases", &r); st != 200 || len(r.Leases) != 1 {
			return fmt.Errorf("GET /v1/leases: %d %+v", st, r)
		}
		leaseID = r.Leases[0].ID
		return nil
	})
	lease := func() leaseView {
		var raw map[string]any
		if st := get("/v1/leases/"+leaseID, &raw); st != 200 {
			t.Fatalf("GET /v1/leases/%s: %d %v", leaseID, st, raw)
		}
		b, _ := json.Marshal(raw)
		var v leaseView
		json.Unmarshal(b, &v)
		v.ChainState, _ = raw["chain_state"].(string)
		v.ChainReason, _ = raw["chain_reason"].(string)
		return v
	}
	// A spec signed by someone else is refused; the holder's is taken.
	otherSig, _ := service.SignSpec(spec, dom, sellerKey)
	params := func(sig []byte) map[string]any {
		return map[string]any{"lease_id": leaseID, "spec": spec, "signature": hexutil.Encode(sig)}
	}
	if _, err := sc.Call(ctx, "lease.submit_spec", params(otherSig)); err == nil || !strings.Contains(err.Error(), "spec_bad_signature") {
		t.Fatalf("a spec signed by another: %v", err)
	}
	if v := lease(); v.SpecAccepted {
		t.Fatal("the refused spec was accepted")
	}
	if _, err := sc.Call(ctx, "lease.submit_spec", params(sig)); err != nil {
		t.Fatalf("lease.submit_spec: %v", err)
	}
	if v := lease(); !v.SpecAccepted || !strings.EqualFold(v.Node, in.DemoNode.Hex()) {
		t.Fatalf("after the spec: %+v", v)
	}

	// The window's start: the chain's time first, then the agent's.
	start := time.Unix(int64(inst.WindowStart)*3600, 0)
	moveTo := func(at time.Time) {
		h, err := eth.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		if d := at.Sub(time.Unix(int64(h.Time), 0)); d > 0 {
			if err := in.AdjustChainTime(d + time.Second); err != nil {
				t.Fatal(err)
			}
		}
		pclk.Set(at)
	}
	pclk.Set(start.Add(-5 * time.Minute))
	waitLease := func(what string, ok func(leaseView) bool) leaseView {
		var v leaseView
		testsvc.CheckFor(t, 30*time.Second, 20*time.Millisecond, func() error {
			if v = lease(); !ok(v) {
				return fmt.Errorf("lease not %s: %+v", what, v)
			}
			return nil
		})
		return v
	}
	waitLease("provisioning on-chain", func(v leaseView) bool { return v.ChainState == "provisioning" })
	moveTo(start)
	waitLease("running on-chain", func(v leaseView) bool { return v.State == "running" && v.ChainState == "running" })
	var out struct {
		Data string
		Next int64
	}
	testsvc.CheckFor(t, 20*time.Second, 20*time.Millisecond, func() error {
		if st := get("/v1/leases/"+leaseID+"/logs?stream=stdout", &out); st != 200 || !strings.HasPrefix(out.Data, "hello from the job on ") {
			return fmt.Errorf("logs: %d %+v", st, out)
		}
		return nil
	})
	t.Logf("the job says %q", out.Data)
	// The demo's three reporters challenge the node holding the lease
	// (every second here): their answers are valid, signed by the node
	// key, and show the lease's job on its GPU.
	if len(in.Reporters) != 3 {
		t.Fatalf("%d in-process reporters", len(in.Reporters))
	}
	provider := common.HexToAddress(lease().Provider)
	for _, r := range in.Reporters {
		testsvc.CheckFor(t, 20*time.Second, 50*time.Millisecond, func() error {
			hour := judge.EpochOf(time.Now())
			obs := append(r.Observations(in.DemoNode, hour-1), r.Observations(in.DemoNode, hour)...)
			judge.Check(obs, judge.DefaultAnswerDeadline, provider, judge.Keys{in.DemoNode: provider}, judge.Seen{})
			for _, o := range obs {
				if o.Status == judge.AnswerValid && len(o.Answer.Snapshot.GPUs) == 8 {
					return nil
				}
			}
			return fmt.Errorf("reporter %s: no valid answer with the node's 8 GPUs among %d challenges", r.Address(), len(obs))
		})
	}
	if st := get("/v1/leases/"+leaseID+"/logs?stream=stderr", &out); st != 200 || out.Data != "oops\n" {
		t.Fatalf("stderr: %d %+v", st, out)
	}

	// The window's end: completed, on-chain too.
	moveTo(start.Add(time.Hour))
	// The node sends its transition to the chain, then reports it.
	v := waitLease("closed on-chain and reported", func(v leaseView) bool { return v.ChainState == "closed" && v.State == "closed" })
	if v.State != "closed" || v.Reason != "completed" || v.ChainReason != "completed" {
		t.Fatalf("closed lease: %+v", v)
	}
	var tos []string
	for _, h := range v.History {
		tos = append(tos, h.To+" by "+h.Actor)
	}
	t.Logf("lease %s: %s", leaseID, strings.Join(tos, ", "))
	if got, err := bw.TokenBalance(ctx, token); err != nil || got.Cmp(new(big.Int).Sub(bought, big.NewInt(1))) != 0 {
		t.Fatalf("the wallet holds %v tokens after redeeming one GPU-hour, %v", got, err)
	}
}
