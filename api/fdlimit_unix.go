//go:build unix

package api

import "syscall"

// fdLimit is the process's descriptor limit (RLIMIT_NOFILE, the soft one,
// which the Go runtime raises to the hard one at start), 0 if unknown.
func fdLimit() uint64 {
	var rl syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &rl); err != nil {
		return 0
	}
	return uint64(rl.Cur)
}
