package node

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/hourglass-exchange/hourglass/internal/bus"
)

// Market-data sequence numbers never go backwards, across restarts too
// (docs/api.md). Redis remembers the highest one published (the publisher
// resumes above it); the in-process bus starts empty with every process,
// so the node keeps a reservation in its directory instead: the file
// mdSeqFile holds a seq above everything published, the publisher of the
// next start numbers every topic above it, and a loop moves it up by
// mdSeqReserve before the bus comes within half of that of it. Between two
// looks (mdSeqCheck) a topic would have to publish half a million messages
// to pass it.
const (
	mdSeqFile    = "md-seq"
	mdSeqReserve = 1 << 20
	mdSeqCheck   = 100 * time.Millisecond
)

// reserveSeqs reads the reservation in dir (0 when there is none), writes
// the next one above it and returns the seq the publisher starts above.
func reserveSeqs(dir string) (base uint64, err error) {
	b, err := os.ReadFile(filepath.Join(dir, mdSeqFile))
	switch {
	case err == nil:
		if base, err = strconv.ParseUint(strings.TrimSpace(string(b)), 10, 64); err != nil {
			return 0, fmt.Errorf("%s: %w", filepath.Join(dir, mdSeqFile), err)
		}
	case !os.IsNotExist(err):
		return 0, err
	}
	return base, writeSeqReservation(dir, base+mdSeqReserve)
}

// writeSeqReservation replaces the reservation durably.
func writeSeqReservation(dir string, seq uint64) error {
	path := filepath.Join(dir, mdSeqFile)
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintln(f, seq)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	return err
}

// keepSeqsReserved moves the reservation (first at reserved) ahead of the
// bus's highest seq until ctx ends. A reservation it cannot write stops
// the node: seqs past it could go backwards at the next start.
func (n *node) keepSeqsReserved(ctx context.Context, lb *bus.Local, reserved uint64) {
	t := n.cfg.Clock.NewTicker(mdSeqCheck)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C():
		}
		high, _ := lb.HighSeq(ctx)
		if high+mdSeqReserve/2 < reserved {
			continue
		}
		reserved = high + mdSeqReserve
		if err := writeSeqReservation(n.cfg.Dir, reserved); err != nil {
			select {
			case n.failed <- fmt.Errorf("market data: cannot keep the sequence reservation in %s: %w", n.cfg.Dir, err):
			default:
			}
			return
		}
	}
}
