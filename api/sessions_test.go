package api_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/redis/go-redis/v9"

	"github.com/hourglass-exchange/hourglass/api"
	"github.com/hourglass-exchange/hourglass/api/auth"
	"github.com/hourglass-exchange/hourglass/api/client"
	"github.com/hourglass-exchange/hourglass/api/internal/apitest"
	"github.com/hourglass-exchange/hourglass/internal/bus"
	"github.com/hourglass-exchange/hourglass/internal/evm/devchain"
	"github.com/hourglass-exchange/hourglass/internal/redisbus"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// TestSessionsSharedOverRedis: two gateways, each with its own verifier,
// share their sign-in sessions through Redis: a token granted by one is a
// good bearer token on the other, a made-up one is refused by both, and a
// logout on the other ends it there.
func TestSessionsSharedOverRedis(t *testing.T) {
	opt, err := redis.ParseURL(testsvc.Redis(t))
	if err != nil {
		t.Fatal(err)
	}
	rc := redis.NewClient(opt)
	t.Cleanup(func() { rc.Close() })
	lb := bus.NewLocal(bus.Options{})
	t.Cleanup(func() { lb.Close() })
	e := apitest.NewEngine(t, apitest.Options{Bus: lb})
	var gws []*apitest.Gateway
	var vs []*auth.Verifier
	for range 2 {
		v, err := auth.New(auth.Config{Domain: "hourglass.test", ChainID: 1337, Shared: redisbus.NewKV(rc, "s:")})
		if err != nil {
			t.Fatal(err)
		}
		g := apitest.NewGateway(t, api.Options{Bus: lb, Auth: v, Engine: api.SequencerEngine{Seq: e.Seq}})
		g.WaitMarket(t, e.Symbol)
		gws, vs = append(gws, g), append(vs, v)
	}
	ctx := context.Background()
	c, err := client.Dial(ctx, gws[0].URL())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	sess, err := c.Login(ctx, devchain.Key(7))
	if err != nil {
		t.Fatal(err)
	}
	get := func(g *apitest.Gateway, token string) int {
		req, _ := http.NewRequest(http.MethodGet, g.HTTP()+"/v1/balances", nil)
		req.Header.Set("Authorization", "Bearer "+token)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	for i, g := range gws {
		if st := get(g, sess.Token); st != 200 {
			t.Fatalf("gateway %d refused the session granted by gateway 0: %d", i, st)
		}
		if st := get(g, "00"+sess.Token[2:]); st != 401 {
			t.Fatalf("gateway %d took a made-up token: %d", i, st)
		}
	}
	if !vs[0].Sessions().Revoke(sess.Token) {
		t.Fatal("the granting gateway did not hold the session")
	}
	if st := get(gws[1], sess.Token); st != 401 {
		t.Fatalf("the other gateway still takes a revoked session: %d", st)
	}
}
