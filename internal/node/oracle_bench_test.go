package node_test

import (
	"context"
	"encoding/json"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/api/client"
	"github.com/hourglass-exchange/hourglass/contracts/deploy"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/node"
	"github.com/hourglass-exchange/hourglass/oracle/challenge"
	"github.com/hourglass-exchange/hourglass/oracle/judge"
	"github.com/hourglass-exchange/hourglass/oracle/nvmlwatch/nvmlwatchtest"
	"github.com/hourglass-exchange/hourglass/oracle/reporter"
	"github.com/hourglass-exchange/hourglass/redeemer/agent"
)

// cpuTime is the process's user and system CPU so far.
func cpuTime(tb testing.TB) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		tb.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkOracleChallenge is one nonce challenge over the real transport,
// end to end through the operator's gateway and the redeemer's relay (the
// demo's embedded chain, its node registered on-chain), each party on
// api/client's links (ReporterLink, AgentLink): a reporter posts the
// challenge (POST /v1/oracle/challenges), the node's agent polls it
// (GET /v1/agent/leases), answers with its evidence (8 GPUs' NVML
// snapshot, 8 leases) signed by the node key (POST /v1/agent/answers),
// and the reporter collects the answer (GET /v1/oracle/answers), reads it
// (Observe) and checks it (judge.CheckAnswer: nonce, time, signature, key).
// One challenge at a time, every party in this process: ns/op is the
// round trip's wall time; cpu-µs/challenge the process's CPU per challenge
// (reporter, gateway, relay and agent together) less the operator's idle
// CPU, measured for a second before; reporter-µs/challenge the reporter's
// own work on the answer it collected (decode, Observe, check).
func BenchmarkOracleChallenge(b *testing.B) {
	cfg := node.Config{OracleClock: clock.NewFake(time.Now())} // the in-process reporters stay idle
	withDemo(b, &cfg, 0)
	in := startOperator(b, cfg)
	in.StopDemoAgent() // the benchmark answers as the node's agent
	ctx := context.Background()
	gw := "http://" + in.Gateway
	rk := node.DemoReporterKeys(3)[0]
	rl := &client.ReporterLink{BaseURL: gw, Key: rk}
	if _, err := rl.Answers(ctx, 0); err != nil { // signs in
		b.Fatal(err)
	}
	nodeKey := deploy.DemoNodeKey(0)
	link := &client.AgentLink{BaseURL: gw, Key: nodeKey}
	if _, err := link.Assignments(ctx); err != nil { // signs in
		b.Fatal(err)
	}
	ev := nvmlwatchtest.BusyEvidence(b)
	rep, nodeAddr := crypto.PubkeyToAddress(rk.PublicKey), crypto.PubkeyToAddress(nodeKey.PublicKey)
	provider := common.Address{0xaa} // the judge's agreed registry: the node's key, its provider
	keys := judge.Keys{nodeAddr: provider}
	// The operator's idle CPU: its miner, marks and loops.
	idleFrom, idleCPU := time.Now(), cpuTime(b)
	time.Sleep(time.Second)
	idleRate := float64(cpuTime(b)-idleCPU) / float64(time.Since(idleFrom))

	var after uint64
	var reporterCPU time.Duration
	var cpu0 time.Duration
	var wall0 time.Time
	first := true
	for b.Loop() {
		if first {
			cpu0, wall0, first = cpuTime(b), time.Now(), false
		}
		nonce, err := challenge.NewNonce()
		if err != nil {
			b.Fatal(err)
		}
		ch := challenge.Challenge{Reporter: rep, Node: nodeAddr, Nonce: nonce, IssuedAt: time.Now().UnixMilli()}
		body, _ := json.Marshal(ch)
		if err := rl.Challenge(ctx, body); err != nil {
			b.Fatal(err)
		}

		// The node's agent.
		raw, err := link.Assignments(ctx)
		if err != nil {
			b.Fatal(err)
		}
		var as agent.Assignments
		if err := json.Unmarshal(raw, &as); err != nil || len(as.Challenges) != 1 {
			b.Fatalf("the node's challenges: %s %v", raw, err)
		}
		evb, err := json.Marshal(ev)
		if err != nil {
			b.Fatal(err)
		}
		a := challenge.Answer{Challenge: as.Challenges[0], AnsweredAt: time.Now().UnixMilli(), Evidence: evb}
		if err := a.Sign(nodeKey); err != nil {
			b.Fatal(err)
		}
		ab, _ := json.Marshal(a)
		if err := link.Answer(ctx, ab); err != nil {
			b.Fatal(err)
		}

		// The reporter collects and checks.
		got, err := rl.Answers(ctx, after)
		if err != nil {
			b.Fatal(err)
		}
		t0 := time.Now()
		var out struct {
			Answers []struct {
				Seq    uint64           `json:"seq"`
				Answer challenge.Answer `json:"answer"`
			} `json:"answers"`
		}
		if err := json.Unmarshal(got, &out); err != nil || len(out.Answers) != 1 {
			b.Fatalf("answers after %d: %s %v", after, got, err)
		}
		ans := out.Answers[0]
		after = ans.Seq
		o := reporter.Observe(ch, &ans.Answer, time.Now())
		if st := judge.CheckAnswer(o.Challenge, o.Answer, judge.DefaultAnswerDeadline, provider, keys, judge.Seen{}); st != judge.AnswerValid ||
			len(o.Answer.Snapshot.GPUs) != 8 {
			b.Fatalf("the answer: %s, %d GPUs", st, len(o.Answer.Snapshot.GPUs))
		}
		reporterCPU += time.Since(t0)
	}
	wall := time.Since(wall0)
	cpu := float64(cpuTime(b)-cpu0) - idleRate*float64(wall)
	b.ReportMetric(cpu/float64(b.N)/1e3, "cpu-µs/challenge")
	b.ReportMetric(float64(reporterCPU.Nanoseconds())/float64(b.N)/1e3, "reporter-µs/challenge")
	b.ReportMetric(idleRate*1e3, "idle-cpu-ms/s")
}
