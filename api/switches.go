package api

import (
	"container/heap"
	"context"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/exchange"
)

// switches are the armed cancel_after deadlines (dead-man switches), one
// per account, in a min-heap by deadline so that firing takes only the due
// ones, and counted per source so that one client cannot arm without
// bound. Its owner (accounts) locks.
type switches struct {
	heap     switchHeap
	byAddr   map[common.Address]*armedSwitch
	bySource map[string]int
}

type armedSwitch struct {
	addr   common.Address
	at     time.Time
	source string
	index  int
}

type switchHeap []*armedSwitch

func (h switchHeap) Len() int           { return len(h) }
func (h switchHeap) Less(i, j int) bool { return h[i].at.Before(h[j].at) }
func (h switchHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i]; h[i].index = i; h[j].index = j }
func (h *switchHeap) Push(x any)        { s := x.(*armedSwitch); s.index = len(*h); *h = append(*h, s) }
func (h *switchHeap) Pop() any {
	old := *h
	s := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	return s
}

func newSwitches() switches {
	return switches{byAddr: make(map[common.Address]*armedSwitch), bySource: make(map[string]int)}
}

// arm sets addr's deadline to at, armed from source; it refuses (false) a
// switch that would give source more than max. It reports whether the
// deadline is now the earliest.
func (w *switches) arm(addr common.Address, source string, at time.Time, max int) (ok, first bool) {
	s := w.byAddr[addr]
	if s == nil || s.source != source {
		if w.bySource[source] >= max {
			return false, false
		}
		w.bySource[source]++
	}
	if s == nil {
		s = &armedSwitch{addr: addr, at: at, source: source}
		w.byAddr[addr] = s
		heap.Push(&w.heap, s)
	} else {
		if s.source != source {
			w.release(s.source)
			s.source = source
		}
		s.at = at
		heap.Fix(&w.heap, s.index)
	}
	return true, w.heap[0] == s
}

// disarm removes addr's switch, if any.
func (w *switches) disarm(addr common.Address) {
	s := w.byAddr[addr]
	if s == nil {
		return
	}
	heap.Remove(&w.heap, s.index)
	delete(w.byAddr, addr)
	w.release(s.source)
}

func (w *switches) release(source string) {
	if w.bySource[source]--; w.bySource[source] <= 0 {
		delete(w.bySource, source)
	}
}

// due removes and returns the switches whose deadline is not after now,
// earliest first.
func (w *switches) due(now time.Time) []common.Address {
	var out []common.Address
	for len(w.heap) > 0 && !now.Before(w.heap[0].at) {
		s := heap.Pop(&w.heap).(*armedSwitch)
		delete(w.byAddr, s.addr)
		w.release(s.source)
		out = append(out, s.addr)
	}
	return out
}

// next returns the earliest deadline.
func (w *switches) next() (time.Time, bool) {
	if len(w.heap) == 0 {
		return time.Time{}, false
	}
	return w.heap[0].at, true
}

// BatchCanceler is an Engine that cancels the open orders of many accounts
// with one submission: the dead-man switches that fall due together fire
// through it, so that thousands of them cost one engine round trip and
// nobody's switch waits for everyone else's. SequencerEngine implements
// it; without it, each due account is cancelled on its own goroutine.
type BatchCanceler interface {
	// CancelAll submits, as one batch and without waiting for it, a mass
	// cancel for each of addrs whose account has open orders (no command
	// for the others), and returns how many it submitted. done, if not
	// nil, runs once they are all applied, with the orders each address
	// lost.
	CancelAll(ctx context.Context, addrs []common.Address, done func(canceled map[common.Address]int)) (int, error)
}

var _ BatchCanceler = SequencerEngine{}

// CancelAll resolves addrs in one query and submits their mass cancels in
// one batch.
func (e SequencerEngine) CancelAll(_ context.Context, addrs []common.Address, done func(map[common.Address]int)) (int, error) {
	var cmds []exchange.Command
	owners := make(map[exchange.AccountID]common.Address)
	err := e.Seq.Query(func(v exchange.View) {
		for _, addr := range addrs {
			if a, ok := v.AccountByAddress(addr); ok && v.OpenOrderCount(a) > 0 {
				cmds = append(cmds, exchange.Command{Kind: exchange.CmdMassCancel, Account: a,
					Market: exchange.NoMarket, Side: exchange.AnySide})
				owners[a] = addr
			}
		}
	})
	if err != nil || len(cmds) == 0 {
		if err == nil && done != nil {
			done(map[common.Address]int{})
		}
		return 0, err
	}
	canceled := make(map[common.Address]int, len(cmds))
	left := len(cmds)
	// The sequencer calls back on its one apply goroutine, in order.
	err = e.Seq.SubmitBatch(cmds, func(c *exchange.Command, evs []exchange.Event) {
		n := 0
		for _, ev := range evs {
			if ev.Kind == exchange.EvCanceled {
				n++
			}
		}
		canceled[owners[c.Account]] = n
		if left--; left == 0 && done != nil {
			done(canceled)
		}
	})
	if err != nil {
		return 0, err
	}
	return len(cmds), nil
}

// fireSwitches cancels the orders of the accounts whose switch fell due,
// without waiting on the engine: one batch through a BatchCanceler, or one
// goroutine each.
func (s *Server) fireSwitches(addrs []common.Address) {
	if bc, ok := s.opts.Engine.(BatchCanceler); ok {
		fired := s.opts.Clock.Now()
		n, err := bc.CancelAll(context.Background(), addrs, func(canceled map[common.Address]int) {
			total := 0
			for _, c := range canceled {
				total += c
			}
			// Switches that cancel nothing are a debug line: a flood of them
			// must not flood the log.
			lvl := slog.LevelInfo
			if len(canceled) == 0 {
				lvl = slog.LevelDebug
			}
			s.log.Log(context.Background(), lvl, "cancel_after fired", "switches", len(addrs),
				"accounts_with_orders", len(canceled), "canceled", total, "took", s.opts.Clock.Now().Sub(fired))
		})
		if err != nil {
			s.log.Warn("cancel_after: the engine did not take the cancels", "switches", len(addrs), "submitted", n, "err", err)
		}
		return
	}
	for _, addr := range addrs {
		go func() {
			n, err := s.massCancel(addr)
			s.log.Info("cancel_after fired", "address", addr, "canceled", n, "err", err)
		}()
	}
}
