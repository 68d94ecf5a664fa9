package sequencer

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/hourglass-exchange/hourglass/exchange"
	"github.com/hourglass-exchange/hourglass/exchange/journal"
	"github.com/hourglass-exchange/hourglass/internal/clock"
)

// A snapshot file is `snap-<seq>.bin`: magic | seq u64 | length u64 |
// CRC32C u32 of the engine snapshot | the engine snapshot. It is written to a
// temporary name, synced, renamed and the directory synced, so a crash
// leaves either the whole file or none; the CRC catches anything else.
const (
	snapMagic  = "HGSNAPF1"
	snapHeader = 8 + 8 + 8 + 4
	keepSnaps  = 2
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// snapshotter writes snapshots in the background and loads them on start.
// It holds at most one snapshot not yet written: one that waits for the
// durable consumers to reach its sequence number keeps the next from being
// taken.
type snapshotter struct {
	mu      sync.Mutex // serialises write between the background writer and SnapshotNow
	dir     string
	log     *slog.Logger
	clk     clock.Clock
	durable func() uint64 // nil: no durable consumers
	work    chan snapJob
	pending atomic.Bool // a job is queued or in the writer
	quit    chan struct{}
	done    chan struct{}

	count, last atomic.Uint64 // snapshots written, the newest one's seq
}

type snapJob struct {
	seq  uint64
	data []byte
	j    *journal.Journal
}

func openSnapshotter(dir string, log *slog.Logger, clk clock.Clock, durable func() uint64) (*snapshotter, error) {
	d := filepath.Join(dir, "snapshots")
	if err := os.MkdirAll(d, 0o755); err != nil {
		return nil, err
	}
	s := &snapshotter{dir: d, log: log, clk: clock.Or(clk), durable: durable, work: make(chan snapJob, 1),
		quit: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(s.done)
		for job := range s.work {
			if s.waitDurable(job.seq) {
				if err := s.write(job.seq, job.data, job.j); err != nil {
					log.Error("snapshot failed", "seq", job.seq, "err", err)
				}
			}
			s.pending.Store(false)
		}
	}()
	return s, nil
}

// busy reports whether the last snapshot offered is not written yet.
func (s *snapshotter) busy() bool { return s.pending.Load() }

// offer queues a snapshot unless the last one is not written yet.
func (s *snapshotter) offer(seq uint64, data []byte, j *journal.Journal) bool {
	if !s.pending.CompareAndSwap(false, true) {
		return false
	}
	s.work <- snapJob{seq, data, j} // never blocks: the writer has taken the last job
	return true
}

// waitDurable waits until every durable consumer holds seq, checking every
// snapshotRetry; it says so once if that takes longer than deferredWarn,
// and again when they catch up. It reports false if the sequencer closes
// first: the snapshot is then dropped, and the next start replays the
// journal it would have covered.
func (s *snapshotter) waitDurable(seq uint64) bool {
	if s.durable == nil {
		return true
	}
	start := s.clk.Now()
	warned := false
	for {
		d := s.durable()
		if d >= seq {
			if warned {
				s.log.Info("snapshot no longer deferred: the durable consumers caught up", "seq", seq,
					"waited", s.clk.Now().Sub(start).Round(time.Second))
			}
			return true
		}
		if !warned && s.clk.Now().Sub(start) >= deferredWarn {
			warned = true
			s.log.Warn("snapshot deferred: a durable consumer (the history store) is behind the engine; "+
				"the journal is kept and restarts replay more until it catches up", "seq", seq, "durable", d)
		}
		t := s.clk.NewTimer(snapshotRetry)
		select {
		case <-t.C():
		case <-s.quit:
			t.Stop()
			s.log.Info("snapshot dropped at close: a durable consumer is behind", "seq", seq, "durable", s.durable())
			return false
		}
	}
}

// written returns how many snapshots have been written and the newest one's
// sequence number.
func (s *snapshotter) written() (count, last uint64) { return s.count.Load(), s.last.Load() }

func (s *snapshotter) close() {
	close(s.quit)
	close(s.work)
	<-s.done
}

// list returns the sequence numbers of the snapshot files, newest first.
func (s *snapshotter) list() ([]uint64, error) {
	ents, err := os.ReadDir(s.dir)
	if err != nil {
		return nil, err
	}
	var seqs []uint64
	for _, e := range ents {
		n := e.Name()
		if !strings.HasPrefix(n, "snap-") || !strings.HasSuffix(n, ".bin") {
			continue
		}
		v, err := strconv.ParseUint(strings.TrimSuffix(strings.TrimPrefix(n, "snap-"), ".bin"), 10, 64)
		if err == nil {
			seqs = append(seqs, v)
		}
	}
	sort.Slice(seqs, func(i, j int) bool { return seqs[i] > seqs[j] })
	return seqs, nil
}

func (s *snapshotter) path(seq uint64) string {
	return filepath.Join(s.dir, fmt.Sprintf("snap-%020d.bin", seq))
}

// write makes a snapshot durable, then deletes older snapshots beyond
// keepSnaps and the journal segments the oldest kept one no longer needs.
func (s *snapshotter) write(seq uint64, data []byte, j *journal.Journal) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	hdr := make([]byte, 0, snapHeader)
	hdr = append(hdr, snapMagic...)
	hdr = binary.LittleEndian.AppendUint64(hdr, seq)
	hdr = binary.LittleEndian.AppendUint64(hdr, uint64(len(data)))
	hdr = binary.LittleEndian.AppendUint32(hdr, crc32.Checksum(data, castagnoli))
	tmp := s.path(seq) + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	_, err = f.Write(hdr)
	if err == nil {
		_, err = f.Write(data)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, s.path(seq))
	}
	if err == nil {
		err = syncDir(s.dir)
	}
	if err != nil {
		os.Remove(tmp)
		return err
	}
	s.count.Add(1)
	for l := s.last.Load(); l < seq && !s.last.CompareAndSwap(l, seq); l = s.last.Load() {
	}
	seqs, err := s.list()
	if err != nil {
		return err
	}
	if len(seqs) > keepSnaps {
		for _, old := range seqs[keepSnaps:] {
			os.Remove(s.path(old))
		}
		seqs = seqs[:keepSnaps]
	}
	// Keep the journal from the oldest kept snapshot on, so that a damaged
	// newest snapshot can still be recovered from the one before.
	return j.TruncateBefore(seqs[len(seqs)-1] + 1)
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// errBadSnapshot marks a snapshot file that cannot be used.
var errBadSnapshot = errors.New("bad snapshot file")

// read loads one snapshot file.
func (s *snapshotter) read(seq uint64, cfg exchange.Config) (*exchange.Engine, error) {
	b, err := os.ReadFile(s.path(seq))
	if err != nil {
		return nil, err
	}
	if len(b) < snapHeader || string(b[:8]) != snapMagic {
		return nil, fmt.Errorf("%w: header", errBadSnapshot)
	}
	if got := binary.LittleEndian.Uint64(b[8:]); got != seq {
		return nil, fmt.Errorf("%w: names seq %d, holds %d", errBadSnapshot, seq, got)
	}
	n := binary.LittleEndian.Uint64(b[16:])
	data := b[snapHeader:]
	if uint64(len(data)) != n || crc32.Checksum(data, castagnoli) != binary.LittleEndian.Uint32(b[24:]) {
		return nil, fmt.Errorf("%w: length or checksum", errBadSnapshot)
	}
	e, err := exchange.Restore(cfg, data)
	if err != nil {
		return nil, err
	}
	if e.LastSeq() != seq {
		return nil, fmt.Errorf("%w: engine at %d, file says %d", errBadSnapshot, e.LastSeq(), seq)
	}
	return e, nil
}

// loadLatest restores the newest usable snapshot, or a new engine when there
// is none. A damaged snapshot is logged and skipped for an older one.
func (s *snapshotter) loadLatest(cfg exchange.Config) (*exchange.Engine, uint64, error) {
	seqs, err := s.list()
	if err != nil {
		return nil, 0, err
	}
	for _, seq := range seqs {
		e, err := s.read(seq, cfg)
		if err == nil {
			return e, seq, nil
		}
		s.log.Warn("skipping snapshot", "seq", seq, "err", err)
	}
	return exchange.New(cfg), 0, nil
}
