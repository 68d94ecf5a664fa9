package agent_test

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/testsvc"
	"github.com/hourglass-exchange/hourglass/redeemer/agent"
	"github.com/hourglass-exchange/hourglass/redeemer/executor/process"
	"github.com/hourglass-exchange/hourglass/redeemer/lease"
)

// The crash child: an agent on AGENT_DIR whose fake clock starts at
// AGENT_NOW, driven by lines on stdin ("assign ID GPUS START_UNIX HOURS
// SCRIPT…", "advance DURATION", "status ID"), printing "ok" or "err …"
// for each, and "report …" for each transition it reports.
const childEnv = "HOURGLASS_AGENT_CHILD"

func runChild() {
	var mu sync.Mutex
	say := func(format string, args ...any) {
		mu.Lock()
		defer mu.Unlock()
		fmt.Printf(format+"\n", args...)
	}
	fail := func(err error) { say("err %v", err); os.Exit(3) }
	now, err := time.Parse(time.RFC3339Nano, os.Getenv("AGENT_NOW"))
	if err != nil {
		fail(err)
	}
	dir := os.Getenv("AGENT_DIR")
	clk := clock.NewFake(now)
	pe, err := process.New(process.Config{StateDir: filepath.Join(dir, "executor"), Clock: clk, PollEvery: 10 * time.Millisecond})
	if err != nil {
		fail(err)
	}
	rep := agent.ReporterFunc(func(_ context.Context, r agent.Report) error {
		say("report %s %d %s %s %s", r.LeaseID, r.Seq, r.Transition.To, r.Transition.Reason, strings.Join(r.GPUs, ","))
		return nil
	})
	a, err := agent.New(agent.Config{Dir: dir, NVML: mockNode(), Executor: pe, Reporter: rep, Clock: clk,
		Grace: 2 * time.Second, ProvisionAhead: 5 * time.Minute, RetryEvery: time.Minute})
	if err != nil {
		fail(err)
	}
	go func() { _ = a.Run(context.Background()) }()
	say("ready %s", a.Address())
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			continue
		}
		switch f[0] {
		case "assign":
			gpus, _ := strconv.Atoi(f[2])
			start, _ := strconv.ParseInt(f[3], 10, 64)
			hours, _ := strconv.Atoi(f[4])
			script := strings.Join(f[5:], " ")
			if _, err := a.Assign(terms(f[1], uint32(gpus), time.Unix(start, 0), uint32(hours)), sh(script)); err != nil {
				say("err %v", err)
				continue
			}
			say("ok")
		case "advance":
			d, _ := time.ParseDuration(f[1])
			clk.Advance(d)
			say("ok")
		case "status":
			st, err := a.Lease(f[1])
			if err != nil {
				say("err %v", err)
				continue
			}
			h := "-"
			if st.Handle != nil {
				h = st.Handle.ID
			}
			say("status %s %s %s %s %s %d", f[1], st.Lease.State, st.Lease.Reason, strings.Join(st.GPUs, ","), h, st.Lease.Restarts)
		default:
			say("err unknown command %q", f[0])
		}
	}
	os.Exit(0)
}

// child is one run of the agent in a child process.
type child struct {
	t     *testing.T
	cmd   *exec.Cmd
	stdin io.WriteCloser
	lines chan string
	mu    sync.Mutex
	all   []string
}

func startChild(t *testing.T, dir string, now time.Time) *child {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "-test.run", "^$")
	cmd.Env = append(os.Environ(), childEnv+"=1", "AGENT_DIR="+dir, "AGENT_NOW="+now.Format(time.RFC3339Nano))
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	c := &child{t: t, cmd: cmd, stdin: stdin, lines: make(chan string, 1000)}
	go func() {
		defer close(c.lines)
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			c.mu.Lock()
			c.all = append(c.all, sc.Text())
			c.mu.Unlock()
			c.lines <- sc.Text()
		}
	}()
	t.Cleanup(c.kill)
	c.expect("ready ")
	return c
}

// expect returns the next line that starts with prefix ("err" lines fail
// the test), skipping the others.
func (c *child) expect(prefix string) string {
	c.t.Helper()
	timeout := time.After(30 * time.Second)
	for {
		select {
		case l, ok := <-c.lines:
			if !ok {
				c.t.Fatalf("the child exited waiting for %q", prefix)
			}
			if strings.HasPrefix(l, "err") {
				c.t.Fatalf("child: %s", l)
			}
			if strings.HasPrefix(l, prefix) {
				return l
			}
		case <-timeout:
			c.t.Fatalf("no %q from the child", prefix)
		}
	}
}

func (c *child) send(format string, args ...any) {
	c.t.Helper()
	if _, err := fmt.Fprintf(c.stdin, format+"\n", args...); err != nil {
		c.t.Fatal(err)
	}
}

// reports returns the report lines the child printed so far.
func (c *child) reports() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []string
	for _, l := range c.all {
		if strings.HasPrefix(l, "report ") {
			out = append(out, l)
		}
	}
	return out
}

// kill SIGKILLs the agent (not its jobs, which are in groups of their own).
func (c *child) kill() {
	if c.cmd.ProcessState != nil {
		return
	}
	_ = c.cmd.Process.Signal(syscall.SIGKILL)
	_ = c.cmd.Wait()
	for range c.lines {
	}
}

// jobPIDs reads the pids the lease's job printed at each start.
func jobPIDs(t *testing.T, dir, id string) []int {
	b, _ := os.ReadFile(filepath.Join(dir, "logs", id, process.StdoutFile))
	var pids []int
	for _, l := range strings.Split(string(b), "\n") {
		var pid int
		var gpus string
		if n, _ := fmt.Sscanf(l, "start %d on %s", &pid, &gpus); n == 2 {
			pids = append(pids, pid)
		}
	}
	return pids
}

func alive(pid int) bool {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return false
	}
	f := strings.Fields(string(b[strings.LastIndexByte(string(b), ')')+1:]))
	return f[0] != "Z"
}

// The agent, SIGKILLed mid-lease, comes back and resumes the same lease on
// the same GPUs: first adopting the job that kept running, then, after a
// second kill that took the job with it (a node reboot), starting it again
// on those GPUs; the lease then completes at its end.
func TestAgentKilledMidLease(t *testing.T) {
	dir := t.TempDir()
	t.Cleanup(func() {
		for _, pid := range jobPIDs(t, dir, "L1") {
			_ = syscall.Kill(-pid, syscall.SIGKILL)
		}
	})
	now := ten.Add(-time.Minute)
	c := startChild(t, dir, now)
	script := `trap 'echo bye; exit 0' TERM; echo "start $$ on $CUDA_VISIBLE_DEVICES"; while :; do sleep 0.05; done`
	// L0 takes GPU 0 for the same window, so that L1's GPUs are not the
	// first two a fresh placement would pick.
	c.send("assign L0 1 %d 1 %s", ten.Unix(), `exit 0`)
	c.expect("ok")
	c.send("assign L1 2 %d 1 %s", ten.Unix(), script)
	c.expect("ok")
	gpus := uuid(1) + "," + uuid(2)
	c.send("advance 1m")
	c.expect("report L1 2 running none " + gpus)
	testsvc.CheckFor(t, 10*time.Second, 5*time.Millisecond, func() error {
		if len(jobPIDs(t, dir, "L1")) != 1 {
			return fmt.Errorf("job not started: %v", jobPIDs(t, dir, "L1"))
		}
		return nil
	})
	pid := jobPIDs(t, dir, "L1")[0]
	c.send("status L1")
	st1 := c.expect("status L1")
	c.kill()
	if !alive(pid) {
		t.Fatal("the job died with the agent")
	}

	// Run 2: the job is still there and is adopted: same GPUs, same
	// handle, no second start.
	now = ten.Add(30 * time.Minute)
	c = startChild(t, dir, now)
	c.send("status L1")
	if st := c.expect("status L1"); st != st1 || !strings.Contains(st, " running none "+gpus+" "+strconv.Itoa(pid)+"@") {
		t.Fatalf("after the restart %q, before %q", st, st1)
	}
	c.send("advance 1m") // let the runner look
	c.expect("ok")
	testsvc.CheckHolds(t, 300*time.Millisecond, 20*time.Millisecond, func() error {
		if p := jobPIDs(t, dir, "L1"); len(p) != 1 || !alive(pid) {
			return fmt.Errorf("the job was started again (%v) or died", p)
		}
		return nil
	})
	for _, r := range c.reports() {
		if strings.HasPrefix(r, "report L1 ") && !strings.HasPrefix(r, "report L1 2 running") {
			t.Fatalf("adopting reported %q", r)
		}
	}
	c.kill()

	// Run 3: the node lost the job too.
	_ = syscall.Kill(-pid, syscall.SIGKILL)
	testsvc.CheckFor(t, 10*time.Second, 5*time.Millisecond, func() error {
		if alive(pid) {
			return fmt.Errorf("job %d still alive", pid)
		}
		return nil
	})
	now = ten.Add(40 * time.Minute)
	c = startChild(t, dir, now)
	c.expect("report L1 3 provisioning none " + gpus)
	c.expect("report L1 4 running none " + gpus)
	testsvc.CheckFor(t, 10*time.Second, 5*time.Millisecond, func() error {
		if len(jobPIDs(t, dir, "L1")) != 2 {
			return fmt.Errorf("job not started again: %v", jobPIDs(t, dir, "L1"))
		}
		return nil
	})
	b, _ := os.ReadFile(filepath.Join(dir, "logs", "L1", process.StdoutFile))
	if strings.Count(string(b), "on "+gpus+"\n") != 2 {
		t.Fatalf("stdout %q: both starts on %s", b, gpus)
	}
	pid2 := jobPIDs(t, dir, "L1")[1]
	c.send("advance 20m")
	c.expect("report L1 5 closed completed " + gpus)
	c.send("status L1")
	if st := c.expect("status L1"); !strings.HasPrefix(st, "status L1 closed completed "+gpus+" ") || !strings.HasSuffix(st, " 1") {
		t.Fatalf("at the end %q", st)
	}
	if alive(pid2) {
		t.Fatal("the job outlived its lease")
	}
	if !strings.HasSuffix(string(mustRead(t, filepath.Join(dir, "logs", "L1", process.StdoutFile))), "bye\n") {
		t.Fatal("the job did not get SIGTERM")
	}
	c.kill()
	_ = lease.Closed
}

func mustRead(t *testing.T, path string) []byte {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
