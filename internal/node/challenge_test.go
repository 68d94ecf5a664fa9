package node_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/api/client"
	"github.com/hourglass-exchange/hourglass/internal/node"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
	"github.com/hourglass-exchange/hourglass/oracle/challenge"
)

// TestChallengeThroughGateway: a reporter signs in at the gateway, posts
// a nonce challenge for the demo's node, and collects the node's answer:
// signed by the node key over the reporter's nonce, with the node's view
// (its 8 GPUs). The demo node's agent reaches the redeemer through the
// gateway like any remote agent, so this is the whole relay. An account
// that is not a reporter is refused.
func TestChallengeThroughGateway(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	repKey, _ := crypto.GenerateKey()
	rep := crypto.PubkeyToAddress(repKey.PublicKey)
	cfg := node.Config{RedeemerPoll: 50 * time.Millisecond, Reporters: []common.Address{rep}}
	withDemo(t, &cfg, 0)
	in := startOperator(t, cfg)
	gw := "http://" + in.Gateway
	login := func(k *ecdsa.PrivateKey) string {
		c, err := client.DialGateway(ctx, gw)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		s, err := c.Login(ctx, k)
		if err != nil {
			t.Fatal(err)
		}
		return s.Token
	}
	call := func(method, path, token string, body any, out any) int {
		var rd io.Reader
		if body != nil {
			b, _ := json.Marshal(body)
			rd = bytes.NewReader(b)
		}
		req, _ := http.NewRequestWithContext(ctx, method, gw+path, rd)
		req.Header.Set("Authorization", "Bearer "+token)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if out != nil {
			if err := json.Unmarshal(b, out); err != nil {
				t.Fatalf("%s %s: %s", method, path, b)
			}
		}
		return resp.StatusCode
	}
	tok := login(repKey)
	nonce, _ := challenge.NewNonce()
	c := challenge.Challenge{Reporter: rep, Node: in.DemoNode, Nonce: nonce, IssuedAt: time.Now().UnixMilli()}
	strangerKey, _ := crypto.GenerateKey()
	var e struct {
		Error struct{ Code string }
	}
	if st := call(http.MethodPost, "/v1/oracle/challenges", login(strangerKey), c, &e); st != 403 || e.Error.Code != "not_reporter" {
		t.Fatalf("a stranger's challenge: %d %+v", st, e)
	}
	if st := call(http.MethodPost, "/v1/oracle/challenges", tok, c, nil); st != 200 {
		t.Fatalf("the reporter's challenge: %d", st)
	}
	var got struct {
		Answers []struct {
			Seq    uint64
			Answer challenge.Answer
		}
	}
	testsvc.CheckFor(t, 20*time.Second, 50*time.Millisecond, func() error {
		if st := call(http.MethodGet, "/v1/oracle/answers?after=0", tok, nil, &got); st != 200 || len(got.Answers) == 0 {
			return fmt.Errorf("answers: %d %+v", st, got)
		}
		return nil
	})
	a := got.Answers[0].Answer
	if a.Challenge != c || a.Verify() != nil {
		t.Fatalf("answer %+v: %v", a, a.Verify())
	}
	var view challenge.Evidence
	if err := json.Unmarshal(a.Evidence, &view); err != nil || len(view.GPUs) != 8 || view.NVML == nil || len(view.NVML.GPUs) != 8 {
		t.Fatalf("the node's evidence %s: %v", a.Evidence, err)
	}
	for _, g := range view.NVML.GPUs {
		if !g.Healthy || g.SampledAt.IsZero() {
			t.Fatalf("the mock's GPU in the NVML evidence: %+v", g)
		}
	}
	t.Logf("the node answered in %d ms", a.AnsweredAt-c.IssuedAt)
}
