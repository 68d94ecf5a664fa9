package assign

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/cockroachdb/datadriven"
	"github.com/ethereum/go-ethereum/common"
)

// TestScripts runs the golden scripts in testdata/: each block is one
// command on the state of one grade (instruments named by id=, providers by
// a capital letter), `----`, and what it produces. Run `go test
// ./redeemer/assign -run TestScripts -rewrite` to regenerate the expected
// output after reviewing a change.
//
//	capacity provider=A gpus=8           approved GPUs of the grade
//	mint id=w provider=A amount=100      a mint (burn likewise)
//	expire id=w provider=A               the unassigned GPU-hours lapse
//	redeem id=w gpus=4 hours=10 start=0  prints the parts or the error
//	queue id=w                           providers in redemption order, with unassigned GPU-hours
//	leased provider=A from=0 to=24       leased GPUs per hour, runs of equal hours
func TestScripts(t *testing.T) {
	datadriven.Walk(t, "testdata", func(t *testing.T, path string) {
		h := &scriptState{books: map[string]*Book{}, ledger: NewLedger()}
		datadriven.RunTest(t, path, func(t *testing.T, d *datadriven.TestData) string {
			out, err := h.run(d)
			if err != nil {
				d.Fatalf(t, "%v", err)
			}
			return out
		})
	})
}

type scriptState struct {
	books  map[string]*Book
	ledger *Ledger
}

func provider(name string) common.Address {
	var a common.Address
	copy(a[:], name)
	return a
}

func providerName(a common.Address) string { return strings.TrimRight(string(a[:]), "\x00") }

func arg(d *datadriven.TestData, key string) string {
	for _, a := range d.CmdArgs {
		if a.Key == key && len(a.Vals) > 0 {
			return a.Vals[0]
		}
	}
	return ""
}

func num(d *datadriven.TestData, key string) uint64 {
	n, err := strconv.ParseUint(arg(d, key), 10, 64)
	if err != nil {
		panic(fmt.Sprintf("%s: %s: %v", d.Pos, key, err))
	}
	return n
}

func (s *scriptState) book(d *datadriven.TestData) *Book {
	id := arg(d, "id")
	if s.books[id] == nil {
		s.books[id] = NewBook()
	}
	return s.books[id]
}

func (s *scriptState) run(d *datadriven.TestData) (string, error) {
	switch d.Cmd {
	case "capacity":
		s.ledger.SetCapacity(provider(arg(d, "provider")), num(d, "gpus"))
		return "ok\n", nil
	case "mint":
		s.book(d).Mint(provider(arg(d, "provider")), num(d, "amount"))
		return s.queue(s.book(d)), nil
	case "burn":
		if err := s.book(d).Burn(provider(arg(d, "provider")), num(d, "amount")); err != nil {
			return "error: " + err.Error() + "\n", nil
		}
		return s.queue(s.book(d)), nil
	case "expire":
		n := s.book(d).Expire(provider(arg(d, "provider")))
		return fmt.Sprintf("expired %d\n", n), nil
	case "redeem":
		parts, err := Redeem(s.book(d), s.ledger, Request{GPUs: num(d, "gpus"), Hours: num(d, "hours"), StartHour: num(d, "start")})
		if err != nil {
			return "error: " + err.Error() + "\n", nil
		}
		var b strings.Builder
		for _, p := range parts {
			fmt.Fprintf(&b, "lease %s gpus=%d\n", providerName(p.Provider), p.GPUs)
		}
		return b.String(), nil
	case "queue":
		return s.queue(s.book(d)), nil
	case "leased":
		p := provider(arg(d, "provider"))
		var b strings.Builder
		from, to := num(d, "from"), num(d, "to")
		for h := from; h < to; {
			v := s.ledger.Leased(p, h)
			e := h
			for e < to && s.ledger.Leased(p, e) == v {
				e++
			}
			fmt.Fprintf(&b, "hours %d-%d: %d\n", h, e-1, v)
			h = e
		}
		return b.String(), nil
	}
	return "", fmt.Errorf("unknown command %q", d.Cmd)
}

func (s *scriptState) queue(b *Book) string {
	q := b.Queue()
	if len(q) == 0 {
		return "queue: empty\n"
	}
	parts := make([]string, len(q))
	for i, p := range q {
		parts[i] = fmt.Sprintf("%s(%d)", providerName(p), b.Unassigned(p))
	}
	return "queue: " + strings.Join(parts, " ") + "\n"
}
