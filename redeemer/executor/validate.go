package executor

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"

	"golang.org/x/crypto/ssh"
)

// LeaseIDPattern is what every executor accepts as a lease id: it names
// containers, directories and process groups.
var LeaseIDPattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$`)

// Validate checks what every executor needs of job and gpus before it
// touches anything (the image is each executor's own business): every
// failure wraps ErrSpecInvalid.
func Validate(job Job, gpus []GPU) error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: %s", ErrSpecInvalid, fmt.Sprintf(format, a...))
	}
	if !LeaseIDPattern.MatchString(job.LeaseID) {
		return bad("lease id %q", job.LeaseID)
	}
	if len(job.Command) == 0 || job.Command[0] == "" {
		return bad("empty command")
	}
	for _, a := range job.Command {
		if strings.ContainsRune(a, 0) {
			return bad("command argument holds a NUL byte")
		}
	}
	for _, kv := range job.Env {
		if k, _, ok := strings.Cut(kv, "="); !ok || k == "" || strings.ContainsRune(kv, 0) {
			return bad("env entry %q is not KEY=VALUE", kv)
		}
	}
	if job.SSHPublicKey != "" {
		if strings.ContainsAny(strings.TrimRight(job.SSHPublicKey, "\n"), "\r\n") {
			return bad("ssh public key must be one line")
		}
		if _, _, _, _, err := ssh.ParseAuthorizedKey([]byte(job.SSHPublicKey)); err != nil {
			return bad("ssh public key: %v", err)
		}
	}
	if job.LogDir == "" || !filepath.IsAbs(job.LogDir) {
		return bad("log dir %q is not an absolute path", job.LogDir)
	}
	seen := map[string]bool{}
	for _, g := range gpus {
		if g.UUID == "" || strings.ContainsAny(g.UUID, ",= \n") || seen[g.UUID] {
			return bad("gpu uuid %q", g.UUID)
		}
		seen[g.UUID] = true
	}
	return nil
}
