//go:build !unix

package api

// fdLimit is unknown here: the connection caps take their fixed defaults.
func fdLimit() uint64 { return 0 }
