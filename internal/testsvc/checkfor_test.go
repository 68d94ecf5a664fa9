package testsvc_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/internal/testsvc"
)

// fatalTB records a Fatalf and stops the check there, as testing.T would.
type fatalTB struct {
	testing.TB
	msg string
}

func (f *fatalTB) Helper() {}

func (f *fatalTB) Fatalf(format string, args ...any) {
	f.msg = fmt.Sprintf(format, args...)
	panic(f)
}

// fatal runs check on a fatalTB and returns its Fatalf message ("" if none).
func fatal(t *testing.T, check func(testing.TB)) (msg string) {
	tb := &fatalTB{TB: t}
	defer func() {
		if p := recover(); p != nil && p != tb {
			panic(p)
		}
		msg = tb.msg
	}()
	check(tb)
	return ""
}

func TestCheckFor(t *testing.T) {
	calls := 0
	if msg := fatal(t, func(tb testing.TB) {
		testsvc.CheckFor(tb, time.Second, time.Millisecond, func() error {
			if calls++; calls < 3 {
				return errors.New("not yet")
			}
			return nil
		})
	}); msg != "" || calls != 3 {
		t.Fatalf("CheckFor failed (%q) or called fn %d times, want 3", msg, calls)
	}
	msg := fatal(t, func(tb testing.TB) {
		testsvc.CheckFor(tb, 10*time.Millisecond, time.Millisecond, func() error { return errors.New("never") })
	})
	if !strings.Contains(msg, "never") {
		t.Fatalf("CheckFor of a condition that never holds: %q", msg)
	}
}

func TestCheckHolds(t *testing.T) {
	calls := 0
	if msg := fatal(t, func(tb testing.TB) {
		testsvc.CheckHolds(tb, 10*time.Millisecond, time.Millisecond, func() error { calls++; return nil })
	}); msg != "" || calls < 2 {
		t.Fatalf("CheckHolds failed (%q) or called fn only %d times", msg, calls)
	}
	calls = 0
	msg := fatal(t, func(tb testing.TB) {
		testsvc.CheckHolds(tb, time.Second, time.Millisecond, func() error {
			if calls++; calls == 3 {
				return errors.New("changed")
			}
			return nil
		})
	})
	if !strings.Contains(msg, "changed") || calls != 3 {
		t.Fatalf("CheckHolds of a condition that breaks: %q after %d calls", msg, calls)
	}
}
