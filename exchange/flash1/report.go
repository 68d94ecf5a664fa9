package flash1

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"io"
	"slices"
	"strconv"

	"github.com/hourglass-exchange/hourglass/exchange"
)

// Report line kinds. The values are the first field of each canonical line
// and the order the canonical sort gives the lines of one message.
const (
	lineAck          = 0 // 0,seq,side,order_id,price,qty
	lineTrade        = 1 // 1,seq,maker_price,qty,maker_id,taker_id
	lineCancel       = 2 // 2,seq,side,order_id,price
	lineModify       = 3 // 3,seq,side,order_id,new_price,new_qty
	lineCancelReject = 4 // 4,seq,order_id
	lineModifyReject = 5 // 5,seq,order_id
)

// line is one canonical report before rendering. For a trade, id is the
// taker and maker the resting order.
type line struct {
	seq       uint64
	id, maker uint64
	price     int64
	qty       int64
	kind      uint8
	side      exchange.Side
}

// appendTo renders l in canonical form, without a line break.
func (l *line) appendTo(b []byte) []byte {
	b = append(b, '0'+l.kind, ',')
	b = strconv.AppendUint(b, l.seq, 10)
	switch l.kind {
	case lineAck, lineModify:
		b = append(b, ',', '0'+byte(l.side), ',')
		b = strconv.AppendUint(b, l.id, 10)
		b = append(b, ',')
		b = strconv.AppendInt(b, l.price, 10)
		b = append(b, ',')
		b = strconv.AppendInt(b, l.qty, 10)
	case lineTrade:
		b = append(b, ',')
		b = strconv.AppendInt(b, l.price, 10)
		b = append(b, ',')
		b = strconv.AppendInt(b, l.qty, 10)
		b = append(b, ',')
		b = strconv.AppendUint(b, l.maker, 10)
		b = append(b, ',')
		b = strconv.AppendUint(b, l.id, 10)
	case lineCancel:
		b = append(b, ',', '0'+byte(l.side), ',')
		b = strconv.AppendUint(b, l.id, 10)
		b = append(b, ',')
		b = strconv.AppendInt(b, l.price, 10)
	default:
		b = append(b, ',')
		b = strconv.AppendUint(b, l.id, 10)
	}
	return b
}

// stream renders the canonical report stream straight into a SHA-256, so
// that a two-million-message workload never becomes a 100 MB string. The
// canonical order is a stable sort by (seq, kind). When sequence numbers
// increase from message to message that is simply message order with each
// message's lines ordered by kind, which stream produces directly; otherwise
// it keeps every line and sorts them at the end.
type stream struct {
	h       hash.Hash
	buf     []byte
	lines   int
	msg     []line // lines of the current message
	all     []line // every line, when the stream must be sorted at the end
	sortAll bool
	// text, when set, receives the rendered stream too (tests and debugging).
	text func([]byte)
}

func newStream(sortAll bool) *stream {
	return &stream{h: sha256.New(), buf: make([]byte, 0, 1<<16), sortAll: sortAll}
}

func (s *stream) add(l line) { s.msg = append(s.msg, l) }

// endMessage orders the current message's lines by kind (engines emit them
// in that order already; a stable sort of a handful of lines is a cheap
// guarantee) and renders or keeps them.
func (s *stream) endMessage() {
	slices.SortStableFunc(s.msg, func(a, b line) int { return cmp.Compare(a.kind, b.kind) })
	if s.sortAll {
		s.all = append(s.all, s.msg...)
	} else {
		for i := range s.msg {
			s.write(&s.msg[i])
		}
	}
	s.msg = s.msg[:0]
}

func (s *stream) write(l *line) {
	if s.lines > 0 {
		s.buf = append(s.buf, '\n')
	}
	s.lines++
	s.buf = l.appendTo(s.buf)
	if len(s.buf) > cap(s.buf)-128 {
		s.flush()
	}
}

func (s *stream) flush() {
	s.h.Write(s.buf)
	if s.text != nil {
		s.text(s.buf)
	}
	s.buf = s.buf[:0]
}

// sum finishes the stream and returns its hex SHA-256.
func (s *stream) sum() string {
	if s.sortAll {
		slices.SortStableFunc(s.all, func(a, b line) int {
			return cmp.Or(cmp.Compare(a.seq, b.seq), cmp.Compare(a.kind, b.kind))
		})
		for i := range s.all {
			s.write(&s.all[i])
		}
		s.all = nil
	}
	s.flush()
	return hex.EncodeToString(s.h.Sum(nil))
}

// increasing reports whether sequence numbers strictly increase, so that
// message order is already canonical order.
func increasing(recs []Record) bool {
	for i := 1; i < len(recs); i++ {
		if recs[i].Seq <= recs[i-1].Seq {
			return false
		}
	}
	return true
}

// Report is what replaying a workload produced.
type Report struct {
	// ReportSHA256 is the hex SHA-256 of the canonical report stream, the
	// figure flash1 publishes per workload.
	ReportSHA256 string
	Messages     int
	Lines        int // lines of the report stream
	Trades       int
	Rejects      int // cancel and modify rejects: ids that were not resting
	Resting      int // orders resting at the end
	// Sorted says the stream had to be sorted because sequence numbers do
	// not increase from message to message.
	Sorted bool
}

// Replay drives recs through a fresh production engine, as a venue would
// see them, and hashes the canonical report stream.
func Replay(recs []Record) (Report, error) {
	rep, _, err := replay(recs, nil)
	return rep, err
}

// ReplayTo is Replay that also writes the canonical report stream to w, for
// reading small cases and for finding the first line where two engines
// diverge.
func ReplayTo(w io.Writer, recs []Record) (Report, error) {
	var werr error
	rep, _, err := replay(recs, func(b []byte) {
		if werr == nil {
			_, werr = w.Write(b)
		}
	})
	if err == nil && werr != nil {
		err = fmt.Errorf("flash1: writing the report: %w", werr)
	}
	return rep, err
}

// replayer turns engine events into report lines and keeps the open
// quantity of every resting order, which checks the engine's fills against
// the book it acknowledged and yields the resting count.
type replayer struct {
	s    *session
	out  *stream
	live map[exchange.OrderID]int64
	rep  Report
}

// replay is Replay, also returning the engine's state hash at the end (so
// timed passes can prove they did the same work) and, if text is not nil,
// passing it the rendered stream piece by piece.
func replay(recs []Record, text func([]byte)) (Report, [32]byte, error) {
	s, err := newSession(orderCapacity(recs))
	if err != nil {
		return Report{}, [32]byte{}, err
	}
	steps, err := plan(recs, s)
	if err != nil {
		return Report{}, [32]byte{}, err
	}
	sorted := !increasing(recs)
	rp := &replayer{s: s, out: newStream(sorted), live: make(map[exchange.OrderID]int64)}
	rp.out.text = text
	re := s.reinsert()
	for i := range steps {
		if err := rp.message(&recs[i], &steps[i], &re); err != nil {
			return Report{}, [32]byte{}, fmt.Errorf("flash1: record %d (seq %d, %v of order %d): %w",
				i, recs[i].Seq, recs[i].Type, recs[i].OrderID, err)
		}
		rp.out.endMessage()
	}
	rp.rep.ReportSHA256 = rp.out.sum()
	rp.rep.Messages = len(recs)
	rp.rep.Lines = rp.out.lines
	rp.rep.Resting = len(rp.live)
	rp.rep.Sorted = sorted
	return rp.rep, s.eng.StateHash(), nil
}

// message applies one workload message and adds its report lines. It is the
// step loop of the timed passes plus rendering and checks.
func (rp *replayer) message(r *Record, st *step, re *exchange.Command) error {
	evs := rp.s.apply(&st.cmd)
	if r.Type == New {
		return rp.placed(r, evs, false)
	}
	side, ok, err := rp.canceled(r, evs)
	if err != nil || !ok || !st.modify {
		return err
	}
	re.OrderID, re.Side, re.Price, re.Qty = st.cmd.OrderID, side, st.price, st.qty
	return rp.placed(r, rp.s.apply(re), true)
}

// canceled renders the outcome of a cancel, or of a modify's cancel half
// (whose ack waits for the re-insert), and returns the side of the order it
// removed.
func (rp *replayer) canceled(r *Record, evs []exchange.Event) (exchange.Side, bool, error) {
	for i := range evs {
		ev := &evs[i]
		switch ev.Kind {
		case exchange.EvCanceled:
			if ev.Reason != exchange.ReasonUserCancel || ev.OrderID != exchange.OrderID(r.OrderID) {
				return 0, false, fmt.Errorf("unexpected cancel of order %d: %v", ev.OrderID, ev.Reason)
			}
			delete(rp.live, ev.OrderID)
			if r.Type == Cancel {
				rp.out.add(line{seq: r.Seq, kind: lineCancel, side: ev.Side, id: r.OrderID, price: ev.Price})
			}
			return ev.Side, true, nil
		case exchange.EvRejected:
			if ev.Reason != exchange.ReasonUnknownOrder {
				return 0, false, fmt.Errorf("engine rejected the cancel: %v", ev.Reason)
			}
			if _, ok := rp.live[exchange.OrderID(r.OrderID)]; ok {
				return 0, false, fmt.Errorf("engine says order %d is unknown, but it rests", r.OrderID)
			}
			kind := uint8(lineCancelReject)
			if r.Type == Modify {
				kind = lineModifyReject
			}
			rp.out.add(line{seq: r.Seq, kind: kind, id: r.OrderID})
			rp.rep.Rejects++
			return 0, false, nil
		}
	}
	return 0, false, fmt.Errorf("engine neither cancelled nor rejected")
}

// placed renders the outcome of a new order or of a modify's re-insert: the
// ack (new orders only), the trades, then the IOC remainder's cancel ack or
// the modify ack.
func (rp *replayer) placed(r *Record, evs []exchange.Event, modify bool) error {
	var acc *exchange.Event
	var open int64
	for i := range evs {
		ev := &evs[i]
		switch ev.Kind {
		case exchange.EvAccepted:
			acc, open = ev, ev.Qty
			if !modify {
				rp.out.add(line{seq: r.Seq, kind: lineAck, side: ev.Side, id: uint64(ev.OrderID), price: ev.Price, qty: ev.Qty})
			}
		case exchange.EvFill:
			rp.out.add(line{seq: r.Seq, kind: lineTrade, price: ev.Price, qty: ev.Qty,
				maker: uint64(ev.MakerOrderID), id: uint64(ev.OrderID)})
			rp.rep.Trades++
			open -= ev.Qty
			if err := rp.makerFilled(ev.MakerOrderID, ev.Qty); err != nil {
				return err
			}
		case exchange.EvCanceled:
			if ev.Reason != exchange.ReasonIOCRemainder || modify {
				return fmt.Errorf("unexpected cancel of order %d: %v", ev.OrderID, ev.Reason)
			}
			rp.out.add(line{seq: r.Seq, kind: lineCancel, side: ev.Side, id: uint64(ev.OrderID), price: ev.Price})
			open -= ev.Qty
		case exchange.EvRejected:
			return fmt.Errorf("engine rejected the order: %v", ev.Reason)
		}
	}
	switch {
	case acc == nil:
		return fmt.Errorf("engine did not accept the order")
	case open < 0 || (r.IOC && !modify && open != 0):
		return fmt.Errorf("engine left %d of order %d open", open, acc.OrderID)
	case open > 0:
		rp.live[acc.OrderID] = open
	}
	if modify {
		rp.out.add(line{seq: r.Seq, kind: lineModify, side: acc.Side, id: uint64(acc.OrderID), price: acc.Price, qty: acc.Qty})
	}
	return nil
}

// makerFilled takes a fill off a resting order.
func (rp *replayer) makerFilled(id exchange.OrderID, qty int64) error {
	open, ok := rp.live[id]
	switch {
	case !ok:
		return fmt.Errorf("engine filled order %d, which does not rest", id)
	case qty <= 0 || qty > open:
		return fmt.Errorf("engine filled %d of order %d, which has %d open", qty, id, open)
	case qty == open:
		delete(rp.live, id)
	default:
		rp.live[id] = open - qty
	}
	return nil
}

// orderCapacity is the order-table pre-size for a workload: the most orders
// that can rest at once, bounded without running a matcher by counting the
// ids of GTC orders placed and not yet cancelled (a fill only lowers the true
// figure). Sizing for the whole workload instead would spread a few thousand
// live orders over tables meant for millions, and every lookup would miss
// the cache.
func orderCapacity(recs []Record) int {
	placed := make(map[uint64]struct{})
	peak := 0
	for i := range recs {
		switch r := &recs[i]; r.Type {
		case New:
			if !r.IOC {
				placed[r.OrderID] = struct{}{}
				peak = max(peak, len(placed))
			}
		case Cancel:
			delete(placed, r.OrderID)
		}
	}
	return min(max(peak, minCapacity), maxCapacity)
}
