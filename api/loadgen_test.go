package api_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"slices"
	"syscall"
	"testing"
	"time"
)

// The gateway benchmarks run their clients in a child process (this test
// binary again, with HOURGLASS_API_LOADGEN set; see TestMain), so that the
// gateway's CPU can be told from the load generator's: each side reads its
// own getrusage over the timed part. The child and the parent speak one
// JSON line at a time over the child's stdin and stdout:
//
//	parent: config          child: ready
//	parent: go              child: (runs) …
//	parent: end (fanout)    child: result
//
// Both sides still share this machine's cores: the figures say how much
// each takes.

const loadgenEnv = "HOURGLASS_API_LOADGEN"

// loadgenMain is the child: it never returns.
func loadgenMain(kind string) {
	in := bufio.NewReader(os.Stdin)
	out := json.NewEncoder(os.Stdout)
	var err error
	switch kind {
	case "orderack":
		err = orderAckClient(in, out)
	case "fanout":
		err = fanoutClient(in, out)
	default:
		err = fmt.Errorf("unknown load generator %q", kind)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "loadgen:", err)
		os.Exit(1)
	}
	os.Exit(0)
}

// readLine decodes the next JSON line into v.
func readLine(in *bufio.Reader, v any) error {
	line, err := in.ReadBytes('\n')
	if err != nil {
		return err
	}
	return json.Unmarshal(line, v)
}

// cpuTime is the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// loadgen is the parent's end of a child load generator.
type loadgen struct {
	cmd *exec.Cmd
	in  io.WriteCloser
	out *bufio.Reader
}

// startLoadgen starts the child and sends it cfg.
func startLoadgen(b *testing.B, kind string, cfg any) *loadgen {
	b.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), loadgenEnv+"="+kind)
	cmd.Stderr = os.Stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		b.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		b.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	l := &loadgen{cmd: cmd, in: in, out: bufio.NewReaderSize(out, 1<<20)}
	b.Cleanup(func() { in.Close(); cmd.Process.Kill(); cmd.Wait() })
	l.send(b, cfg)
	return l
}

func (l *loadgen) send(b *testing.B, v any) {
	b.Helper()
	data, _ := json.Marshal(v)
	if _, err := l.in.Write(append(data, '\n')); err != nil {
		b.Fatal(err)
	}
}

func (l *loadgen) recv(b *testing.B, v any) {
	b.Helper()
	if err := readLine(l.out, v); err != nil {
		b.Fatalf("load generator: %v", err)
	}
}

// quantiles are latency figures in microseconds.
type quantiles struct {
	P50, P99, P999, Max float64
	N                   int
}

// quantilesOf sorts d (in place) and reads its quantiles.
func quantilesOf(d []time.Duration) quantiles {
	if len(d) == 0 {
		return quantiles{}
	}
	slices.Sort(d)
	q := func(p float64) float64 { return float64(d[int(p*float64(len(d)-1))]) / 1e3 }
	return quantiles{P50: q(0.50), P99: q(0.99), P999: q(0.999), Max: q(1), N: len(d)}
}

func us(v float64) time.Duration { return time.Duration(v * 1e3).Round(time.Microsecond) }
