package sequencer

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/exchange"
)

// The crash test re-runs this test binary as a child process that owns a
// sequencer on disk, feeds it the deterministic workload, and prints what it
// acknowledged. The parent SIGKILLs it at random moments and restarts it.
const (
	childEnv   = "HOURGLASS_SEQUENCER_CRASH_CHILD"
	crashTotal = 40_000
)

func TestMain(m *testing.M) {
	if dir := os.Getenv(childEnv); dir != "" {
		if err := crashChild(dir); err != nil {
			fmt.Fprintln(os.Stderr, "child:", err)
			os.Exit(3)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func crashOptions(dir string) Options {
	return Options{Dir: dir, KeepCommandTime: true, SnapshotEvery: 2500, SegmentBytes: 64 << 10, MaxBatch: 512}
}

// crashChild recovers, prints `start <last seq>`, submits the rest of the
// workload in chunks with a few chunks in flight, prints `ack <seq>` once
// every command up to seq is durable and applied, and at the end prints
// `hash <hex>`.
func crashChild(dir string) error {
	s, err := Open(crashOptions(dir))
	if err != nil {
		return err
	}
	var last uint64
	s.Query(func(e exchange.View) { last = e.LastSeq() })
	out := bufio.NewWriter(os.Stdout)
	var mu sync.Mutex
	say := func(format string, a ...any) {
		mu.Lock()
		fmt.Fprintf(out, format+"\n", a...)
		out.Flush()
		mu.Unlock()
	}
	say("start %d", last)
	r := rand.New(rand.NewPCG(uint64(os.Getpid()), last))
	window := make(chan struct{}, 4)
	for i := last + 1; i <= crashTotal; {
		n := min(uint64(1+r.IntN(300)), crashTotal-i+1)
		cmds := make([]exchange.Command, n)
		for k := range cmds {
			cmds[k] = genCommand(i + uint64(k))
		}
		end := i + n - 1
		window <- struct{}{}
		err := s.SubmitBatch(cmds, func(c *exchange.Command, _ []exchange.Event) {
			if c.Seq == end {
				say("ack %d", end)
				<-window
			}
		})
		if err != nil {
			return err
		}
		i = end + 1
	}
	for k := 0; k < cap(window); k++ {
		window <- struct{}{}
	}
	var h [32]byte
	s.Query(func(e exchange.View) { h = e.StateHash() })
	say("hash %s", hex.EncodeToString(h[:]))
	return s.Close()
}

// TestCrashRecovery kills a real process with SIGKILL at random points under
// load, restarts it, and checks that no acknowledged command is lost and that
// the final state hash equals a crash-free run of the same commands.
func TestCrashRecovery(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test skipped in -short mode")
	}
	dir := t.TempDir()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 7))
	var maxAck, reached uint64 // highest acknowledged seq; highest seq known durable
	kills, restarts := 0, 0
	finalHash := ""
	deadline := time.Now().Add(90 * time.Second)
	for finalHash == "" {
		if time.Now().After(deadline) || restarts > 200 {
			t.Fatalf("did not finish: %d restarts, %d kills, max ack %d", restarts, kills, maxAck)
		}
		restarts++
		cmd := exec.Command(exe, "-test.run=^$")
		cmd.Env = append(os.Environ(), childEnv+"="+dir)
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		var stderr strings.Builder
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Kill when the acknowledgements pass a random point of the rest of
		// the workload (so the kill lands with batches in every stage of the
		// pipeline, and sometimes mid-snapshot); every fourth run is killed
		// by a timer right after start, to hit recovery itself.
		armed := restarts < 80 && maxAck < crashTotal
		killAt := uint64(crashTotal)
		if armed {
			killAt = maxAck + 1 + r.Uint64N(min(crashTotal-maxAck, 3000))
		}
		byTimer := r.IntN(4) == 0
		var once sync.Once
		killed := false
		kill := func() {
			once.Do(func() {
				killed = true
				cmd.Process.Signal(syscall.SIGKILL)
			})
		}
		if armed && byTimer {
			timer := time.AfterFunc(time.Duration(r.IntN(5000))*time.Microsecond, kill)
			defer timer.Stop()
		}
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			f := strings.Fields(sc.Text())
			if len(f) != 2 {
				continue
			}
			switch f[0] {
			case "start":
				start, _ := strconv.ParseUint(f[1], 10, 64)
				if start < maxAck {
					t.Fatalf("restart %d recovered to seq %d but %d was acknowledged", restarts, start, maxAck)
				}
				reached = max(reached, start)
			case "ack":
				v, _ := strconv.ParseUint(f[1], 10, 64)
				maxAck = max(maxAck, v)
				reached = max(reached, v)
				if armed && !byTimer && v >= killAt {
					kill()
				}
			case "hash":
				finalHash = f[1]
			}
		}
		werr := cmd.Wait()
		once.Do(func() {}) // no kill after this point
		if killed {
			if finalHash == "" {
				kills++
			}
			continue
		}
		if werr != nil {
			t.Fatalf("child failed: %v\n%s", werr, stderr.String())
		}
	}
	if kills < 15 {
		t.Fatalf("only %d kills landed mid-run; the test did not exercise crashes", kills)
	}
	if reached != crashTotal {
		t.Fatalf("workload ended at seq %d, want %d", reached, crashTotal)
	}
	want := referenceHash(t, crashTotal)
	if finalHash != hex.EncodeToString(want[:]) {
		t.Fatalf("state hash after %d kills: %s, crash-free run: %x", kills, finalHash, want)
	}
	// Replaying the journal alone must land on the same state too.
	s, err := Open(Options{Dir: dir, KeepCommandTime: true, SnapshotEvery: -1})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := hashOf(t, s); got != want {
		t.Fatalf("reopened hash %x, want %x", got, want)
	}
	t.Logf("%d restarts, %d SIGKILLs mid-run, %d commands, hash %x", restarts, kills, crashTotal, want[:8])
}
