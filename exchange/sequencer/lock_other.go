//go:build !unix

package sequencer

import "os"

// lockDir takes no lock where flock is missing.
func lockDir(string) (*os.File, error) { return nil, nil }
