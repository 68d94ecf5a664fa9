package flash1_test

import (
	"math"
	"slices"
	"testing"

	"github.com/hourglass-exchange/hourglass/exchange/flash1"
)

// genOrders keeps generator tests quick while leaving every phase of every
// scenario (swings, the crash and its recovery) in the run.
const genOrders = 50_000

func generate(t *testing.T, sc flash1.Scenario, seed uint64) []flash1.Record {
	t.Helper()
	recs, err := flash1.Generate(sc, genOrders, seed)
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

func TestGenerateDeterministic(t *testing.T) {
	for _, sc := range flash1.Scenarios() {
		a, b := generate(t, sc, 23), generate(t, sc, 23)
		if !slices.Equal(a, b) {
			t.Errorf("%s: two runs with seed 23 differ", sc)
		}
		if slices.Equal(a, generate(t, sc, 24)) {
			t.Errorf("%s: seeds 23 and 24 give the same workload", sc)
		}
	}
}

func TestGenerateUnknown(t *testing.T) {
	if _, err := flash1.Generate("calm", 10, 1); err == nil {
		t.Error("unknown scenario accepted")
	}
	if _, err := flash1.ParseScenario("swing-40"); err != nil {
		t.Error(err)
	}
}

// shape is what a workload looks like from the outside.
type shape struct {
	news, cancels, modifies, iocs int
	lo, hi                        int64 // range of new-order prices
	// swing is how far the market moved: the range of the median new-order
	// price over windows of 1,000 orders.
	swing int64
	rep   flash1.Report
}

func measureShape(t *testing.T, recs []flash1.Record) shape {
	t.Helper()
	s := shape{lo: math.MaxInt64}
	var window, medians []int64
	for i, r := range recs {
		if r.Seq != uint64(i) {
			t.Fatalf("record %d has seq %d", i, r.Seq)
		}
		if r.Type != flash1.Cancel && (r.Qty < 1 || r.Qty > 100 || r.Price < 1 || r.Price > flash1.MaxPrice) {
			t.Fatalf("record %d: qty %d price %d out of range", i, r.Qty, r.Price)
		}
		switch r.Type {
		case flash1.New:
			s.news++
			s.lo, s.hi = min(s.lo, r.Price), max(s.hi, r.Price)
			if window = append(window, r.Price); len(window) == 1000 {
				slices.Sort(window)
				medians, window = append(medians, window[len(window)/2]), window[:0]
			}
			if r.IOC {
				s.iocs++
			}
		case flash1.Cancel:
			s.cancels++
		case flash1.Modify:
			s.modifies++
		}
		if r.IOC && r.Type != flash1.New {
			t.Fatalf("record %d: IOC %v", i, r.Type)
		}
	}
	s.swing = slices.Max(medians) - slices.Min(medians)
	// The replay proves the records valid for the engine: no id is reused
	// while its order rests, no price or quantity is refused.
	var err error
	if s.rep, err = flash1.Replay(recs); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestGenerateShapes(t *testing.T) {
	shapes := map[flash1.Scenario]shape{}
	for _, sc := range flash1.Scenarios() {
		s := measureShape(t, generate(t, sc, 23))
		t.Logf("%-11s news %d cancels %d modifies %d iocs %d prices %d..%d swing %d trades %d rejects %d resting %d",
			sc, s.news, s.cancels, s.modifies, s.iocs, s.lo, s.hi, s.swing, s.rep.Trades, s.rep.Rejects, s.rep.Resting)
		shapes[sc] = s
		// Cancels scheduled past the end of the run are never sent, so
		// fewer are sent where lives are long.
		near := func(got int, want, tol float64) bool { return math.Abs(float64(got)/genOrders-want) <= tol }
		if s.news != genOrders || !near(s.iocs, 0.15, 0.01) || !near(s.modifies, 0.17, 0.03) || !near(s.cancels, 0.65, 0.2) {
			t.Errorf("%s: %d new orders (%d IOC), %d modifies, %d cancels: want %d, ~15%%, ~17%%, 45-85%%",
				sc, s.news, s.iocs, s.modifies, s.cancels, genOrders)
		}
		if s.rep.Rejects == 0 {
			t.Errorf("%s: no cancel or modify of a dead id", sc)
		}
	}
	if st, n := shapes[flash1.Static], shapes[flash1.Normal]; st.rep.Trades*4 > n.rep.Trades || st.rep.Resting < 2*n.rep.Resting {
		t.Errorf("static: %d trades and %d resting against normal's %d and %d: want a deep, quiet book",
			st.rep.Trades, st.rep.Resting, n.rep.Trades, n.rep.Resting)
	}
	swing := func(sc flash1.Scenario) int64 { return shapes[sc].swing }
	if c, n := swing(flash1.FlashCrash), swing(flash1.Normal); c < 10*n || c < 10_000 {
		t.Errorf("flash-crash market moved %d ticks, normal %d: want a crash of over 10,000 and 10× normal", c, n)
	}
	if !(swing(flash1.Swing40) > swing(flash1.Swing25) && swing(flash1.Swing25) > 10*swing(flash1.Normal)) {
		t.Errorf("market moves swing-40 %d, swing-25 %d, normal %d: want swing-40 > swing-25 > 10×normal",
			swing(flash1.Swing40), swing(flash1.Swing25), swing(flash1.Normal))
	}
	for _, sc := range []flash1.Scenario{flash1.Swing25, flash1.Swing40, flash1.FlashCrash} {
		if shapes[sc].rep.Trades <= shapes[flash1.Normal].rep.Trades {
			t.Errorf("%s: %d trades, not more than normal's %d", sc, shapes[sc].rep.Trades, shapes[flash1.Normal].rep.Trades)
		}
	}
}
