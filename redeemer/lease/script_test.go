package lease

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cockroachdb/datadriven"
	"github.com/ethereum/go-ethereum/common"
)

// scriptStart is the window start of every lease in the scripts; times in
// the scripts are offsets from it ("-10m", "+3h").
var scriptStart = time.Date(2027, 1, 4, 10, 0, 0, 0, time.UTC)

// TestScripts runs the golden scripts in testdata/: `assign` creates a
// lease, `event` applies one event, `print` shows a lease with its
// history; each block's output is the transition or the refusal. Run
// `go test ./redeemer/lease -run TestScripts -rewrite` to regenerate after
// reviewing a change. A refused event must leave the lease exactly as it
// was; and when every script ran, every rule of the table has been applied
// and every error code seen at least once.
func TestScripts(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no scripts: %v", err)
	}
	applied := map[Rule]bool{}
	codes := map[Code]bool{}
	ran := 0
	datadriven.Walk(t, "testdata", func(t *testing.T, path string) {
		ran++
		h := &scriptHarness{leases: map[string]*Lease{}, applied: applied, codes: codes}
		datadriven.RunTest(t, path, func(t *testing.T, d *datadriven.TestData) string {
			out, err := h.run(d)
			if err != nil {
				d.Fatalf(t, "%v", err)
			}
			return out
		})
	})
	if ran != len(files) || t.Failed() {
		return // a filtered run: coverage is for the whole set
	}
	for _, r := range Rules() {
		if !applied[r] {
			t.Errorf("no script applies %s %s by %s from %s", r.Kind, r.Reason, r.Actor, r.From)
		}
	}
	for _, c := range Codes() {
		if !codes[c] {
			t.Errorf("no script is refused with %s", c)
		}
	}
}

type scriptHarness struct {
	leases  map[string]*Lease
	applied map[Rule]bool
	codes   map[Code]bool
}

func offset(s string) (time.Time, error) {
	d, err := time.ParseDuration(strings.TrimPrefix(s, "+"))
	if err != nil {
		return time.Time{}, fmt.Errorf("time %q: want an offset from the window start like -10m or +3h", s)
	}
	return scriptStart.Add(d), nil
}

func showTime(t time.Time) string {
	d := t.Sub(scriptStart)
	if d < 0 {
		return d.String()
	}
	return "+" + d.String()
}

func arg(d *datadriven.TestData, key, def string) string {
	for _, a := range d.CmdArgs {
		if a.Key == key {
			if len(a.Vals) == 0 {
				return ""
			}
			return a.Vals[0]
		}
	}
	return def
}

// detail reads detail=(free text, with commas) back into one string.
func detail(d *datadriven.TestData) string {
	for _, a := range d.CmdArgs {
		if a.Key == "detail" {
			return strings.Join(a.Vals, ", ")
		}
	}
	return ""
}

func showTransition(tr Transition) string {
	s := fmt.Sprintf("%s -> %s by %s at %s", tr.From, tr.To, tr.Actor, showTime(tr.At))
	if tr.Reason != NoReason {
		s += " reason " + tr.Reason.String()
	}
	if tr.Detail != "" {
		s += fmt.Sprintf(" (%s)", tr.Detail)
	}
	return s
}

// refused renders an error, with the absolute times of its message
// rewritten as offsets so that the scripts read alike.
func (h *scriptHarness) refused(err error) string {
	c := CodeOf(err)
	h.codes[c] = true
	msg := err.Error()
	var pairs []string
	for _, f := range strings.Fields(msg) {
		f = strings.TrimRight(f, ",.;)")
		if at, perr := time.Parse(time.RFC3339, f); perr == nil {
			pairs = append(pairs, f, showTime(at))
		}
	}
	return "error " + strings.NewReplacer(pairs...).Replace(msg)
}

func (h *scriptHarness) run(d *datadriven.TestData) (string, error) {
	id := arg(d, "id", "L1")
	switch d.Cmd {
	case "assign":
		n := func(k, def string) (uint32, error) {
			v, err := strconv.ParseUint(arg(d, k, def), 10, 32)
			return uint32(v), err
		}
		gpus, err := n("gpus", "1")
		if err != nil {
			return "", err
		}
		hours, err := n("hours", "1")
		if err != nil {
			return "", err
		}
		at, err := offset(arg(d, "at", "-1h"))
		if err != nil {
			return "", err
		}
		startHour := uint32(scriptStart.Unix() / 3600)
		if arg(d, "start", "") == "zero" {
			startHour = 0
		}
		terms := Terms{ID: id, Holder: common.HexToAddress("0x1001"), Provider: common.HexToAddress("0x2002"),
			GPUs: gpus, StartHour: startHour, Hours: hours, SpecHash: common.HexToHash("0xabc")}
		if arg(d, "holder", "") == "zero" {
			terms.Holder = common.Address{}
		}
		if arg(d, "provider", "") == "zero" {
			terms.Provider = common.Address{}
		}
		l, err := Assign(terms, at)
		if err != nil {
			return h.refused(err), nil
		}
		h.leases[id] = &l
		return fmt.Sprintf("%s %s", id, showTransition(l.History[0])), nil
	case "event":
		l, ok := h.leases[id]
		if !ok {
			l = &Lease{Terms: Terms{ID: id}} // never assigned: every event is refused
		}
		ev := Event{Detail: detail(d)}
		var ok1, ok2 bool
		if ev.Kind, ok1 = ParseKind(arg(d, "kind", "")); !ok1 && arg(d, "kind", "") != "bogus" {
			return "", fmt.Errorf("kind %q", arg(d, "kind", ""))
		}
		if ev.Actor, ok2 = ParseActor(arg(d, "actor", "provider")); !ok2 && arg(d, "actor", "") != "bogus" {
			return "", fmt.Errorf("actor %q", arg(d, "actor", ""))
		}
		if r := arg(d, "reason", ""); r != "" {
			var ok bool
			if ev.Reason, ok = ParseReason(r); !ok {
				if r != "bogus" {
					return "", fmt.Errorf("reason %q", r)
				}
				ev.Reason = 200
			}
		}
		if a := arg(d, "at", "+0s"); a != "never" {
			var err error
			if ev.At, err = offset(a); err != nil {
				return "", err
			}
		}
		before := clone(l)
		tr, err := l.Apply(ev)
		if err != nil {
			if !reflect.DeepEqual(before, clone(l)) {
				return "", fmt.Errorf("a refused event changed the lease: %+v -> %+v", before, *l)
			}
			return h.refused(err), nil
		}
		if cerr := before.Check(ev); cerr != nil {
			return "", fmt.Errorf("Apply took an event Check refuses: %v", cerr)
		}
		h.applied[Rule{From: tr.From, Kind: ev.Kind, Reason: ev.Reason, Actor: ev.Actor, Window: ruleWindow(tr.From, ev)}] = true
		return showTransition(tr), nil
	case "print":
		l, ok := h.leases[id]
		if !ok {
			return "", fmt.Errorf("no lease %s", id)
		}
		var b strings.Builder
		fmt.Fprintf(&b, "%s %s", id, l.State)
		if l.Reason != NoReason {
			fmt.Fprintf(&b, " reason %s", l.Reason)
		}
		fmt.Fprintf(&b, " restarts %d since %s\n", l.Restarts, showTime(l.Since()))
		for _, tr := range l.History {
			fmt.Fprintf(&b, "  %s\n", showTransition(tr))
		}
		return b.String(), nil
	}
	return "", fmt.Errorf("unknown command %q", d.Cmd)
}

func ruleWindow(from State, ev Event) Window {
	for _, r := range rules {
		if r.From == from && r.Kind == ev.Kind && r.Reason == ev.Reason && r.Actor == ev.Actor {
			return r.Window
		}
	}
	return 255
}

func clone(l *Lease) Lease {
	c := *l
	c.History = append([]Transition(nil), l.History...)
	return c
}

// TestNamesRoundTrip keeps the stable names parseable and distinct.
func TestNamesRoundTrip(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range Reasons() {
		if p, ok := ParseReason(r.String()); !ok || p != r || seen[r.String()] {
			t.Errorf("reason %d %q", r, r)
		}
		seen[r.String()] = true
	}
	for s := Assigned; s <= Closed; s++ {
		if p, ok := ParseState(s.String()); !ok || p != s {
			t.Errorf("state %d %q", s, s)
		}
	}
	if _, ok := ParseReason("none"); ok {
		t.Error("none parsed as a reason")
	}
	if len(Reasons()) != 11 {
		t.Errorf("%d reasons: update docs/delivery.md and this count together", len(Reasons()))
	}
	if _, err := os.Stat("testdata"); err != nil {
		t.Fatal(err)
	}
}

// A lease round-trips through JSON with its names.
func TestJSON(t *testing.T) {
	l, err := Assign(Terms{ID: "7", Holder: common.HexToAddress("0x1"), Provider: common.HexToAddress("0x2"),
		GPUs: 1, StartHour: uint32(scriptStart.Unix() / 3600), Hours: 1}, scriptStart.Add(-time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := l.Apply(Event{Kind: Provision, Actor: Provider, At: scriptStart.Add(-time.Minute)}); err != nil {
		t.Fatal(err)
	}
	if _, err := l.Apply(Event{Kind: Close, Actor: Holder, Reason: HolderStopped, At: scriptStart}); err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(l)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"state":"closed"`, `"reason":"holder_stopped"`, `"actor":"holder"`, `"from":"none"`, `"startHour":`} {
		if !strings.Contains(string(b), want) {
			t.Fatalf("%s lacks %s", b, want)
		}
	}
	var back Lease
	if err := json.Unmarshal(b, &back); err != nil || !reflect.DeepEqual(back.History, l.History) || back.State != l.State || back.Reason != l.Reason {
		t.Fatalf("round trip %v: %+v", err, back)
	}
	if err := json.Unmarshal([]byte(`{"State":"gone"}`), &back); err == nil {
		t.Fatal("an unknown state parsed")
	}
}

// docs/delivery.md lists every state, close reason (with its code) and
// error code.
func TestDocumented(t *testing.T) {
	b, err := os.ReadFile("../../docs/delivery.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	for s := Assigned; s <= Closed; s++ {
		if !strings.Contains(doc, fmt.Sprintf("| %d | `%s` |", s, s)) {
			t.Errorf("state %d %s is not in the states table", s, s)
		}
	}
	for _, r := range Reasons() {
		if !strings.Contains(doc, fmt.Sprintf("| %d | `%s` |", r, r)) {
			t.Errorf("reason %d %s is not in the reasons table", r, r)
		}
	}
	for _, c := range Codes() {
		if !strings.Contains(doc, fmt.Sprintf("| `%s` |", c)) {
			t.Errorf("error code %s is not in the refusals table", c)
		}
	}
	for _, r := range Rules() {
		if r.Kind == Close && !strings.Contains(doc, fmt.Sprintf("| close `%s` |", r.Reason)) {
			t.Errorf("rule close %s is not in the table of who may do what", r.Reason)
		}
	}
}
