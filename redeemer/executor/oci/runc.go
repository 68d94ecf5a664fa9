package oci

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
)

// runc drives the runc CLI. The executor uses four verbs: run (inside the
// shim), state, kill and delete; each call is one short-lived process, so
// nothing of the agent's stays inside a container's lifetime.
type runc struct {
	bin  string // path to the runc binary
	root string // runc --root: where runc keeps its container state
}

// errNoContainer is what state, kill and delete report for an id runc
// does not know (never created, or already deleted).
var errNoContainer = errors.New("oci: no such container")

func (r runc) command(ctx context.Context, args ...string) *exec.Cmd {
	return exec.CommandContext(ctx, r.bin, append([]string{"--root", r.root}, args...)...)
}

// runcError turns a failed runc call into an error that carries runc's own
// message, and errNoContainer where that message says so.
func (r runc) runcError(verb, id string, out []byte, err error) error {
	msg := strings.TrimSpace(string(out))
	if strings.Contains(msg, "does not exist") || strings.Contains(msg, "not exist") {
		return fmt.Errorf("%w: %s", errNoContainer, id)
	}
	return fmt.Errorf("oci: runc %s %s: %v: %s", verb, id, err, msg)
}

// containerState is the part of `runc state` the executor reads.
type containerState struct {
	ID     string `json:"id"`
	Pid    int    `json:"pid"`
	Status string `json:"status"` // creating, created, running, paused, stopped
}

func (r runc) state(ctx context.Context, id string) (containerState, error) {
	var st containerState
	out, err := r.command(ctx, "state", id).CombinedOutput()
	if err != nil {
		return st, r.runcError("state", id, out, err)
	}
	if err := json.Unmarshal(out, &st); err != nil {
		return st, fmt.Errorf("oci: runc state %s: %w", id, err)
	}
	return st, nil
}

// kill sends sig to the container's init process (its pid 1). SIGKILL
// from outside the pid namespace ends the namespace and every process in
// it; SIGTERM reaches pid 1 only if the job handles it.
func (r runc) kill(ctx context.Context, id string, sig syscall.Signal) error {
	out, err := r.command(ctx, "kill", id, fmt.Sprint(int(sig))).CombinedOutput()
	if err != nil {
		msg := string(out)
		if strings.Contains(msg, "not running") || strings.Contains(msg, "process already finished") {
			return nil
		}
		return r.runcError("kill", id, out, err)
	}
	return nil
}

func (r runc) delete(ctx context.Context, id string) error {
	out, err := r.command(ctx, "delete", "--force", id).CombinedOutput()
	if err != nil {
		return r.runcError("delete", id, out, err)
	}
	return nil
}

// lastLogError returns the last error message runc wrote to its JSON log
// file (runc --log ... --log-format json), or "".
func lastLogError(path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	var last string
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		var line struct {
			Level string `json:"level"`
			Msg   string `json:"msg"`
		}
		if json.Unmarshal(sc.Bytes(), &line) == nil && (line.Level == "error" || line.Level == "fatal") {
			last = line.Msg
		}
	}
	return last
}
