package api

import (
	"net/netip"
	"testing"
)

// TestConnCaps: the default caps leave descriptors to the process and
// accepted connections to REST, however small or large the limit.
func TestConnCaps(t *testing.T) {
	for _, tc := range []struct {
		nofile   uint64
		open, ws int
	}{
		{0, 3687, 3319}, // unknown: 4096 assumed
		{100, 50, 25},
		{1024, 768, 692},
		{20000, 18000, 16200},
		{1 << 20, 943719, maxConnsCeiling},
	} {
		open := openCap(tc.nofile)
		ws := wsCap(open)
		if open != tc.open || ws != tc.ws {
			t.Errorf("RLIMIT_NOFILE %d: open %d, websockets %d; want %d, %d", tc.nofile, open, ws, tc.open, tc.ws)
		}
	}
}

// TestSourceOf: a source is an IPv4 address or an IPv6 /64.
func TestSourceOf(t *testing.T) {
	for addr, want := range map[string]string{
		"127.0.0.2:5000":            "127.0.0.2",
		"[::ffff:10.0.0.1]:80":      "10.0.0.1",
		"[2001:db8:1:2:3:4:5:6]:80": "2001:db8:1:2::",
		"[2001:db8:1:2:ff::1]:81":   "2001:db8:1:2::",
	} {
		if got := sourceOf(addr); got != netip.MustParseAddr(want) {
			t.Errorf("%s: %v, want %s", addr, got, want)
		}
	}
	if sourceOf("@unix") != (netip.Addr{}) {
		t.Error("not an address: want the zero Addr")
	}
}
