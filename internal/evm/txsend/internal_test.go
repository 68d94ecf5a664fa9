package txsend

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"syscall"
	"testing"

	"github.com/ethereum/go-ethereum/rpc"
)

// TestBump: a bump is at least 12.5% and 1 wei, and always clears geth's
// 10% replacement rule.
func TestBump(t *testing.T) {
	for _, c := range []struct{ in, want int64 }{{0, 1}, {1, 2}, {8, 9}, {9, 11}, {100, 113}, {1_000_000, 1_125_000}} {
		if got := bump(big.NewInt(c.in)); got.Int64() != c.want {
			t.Errorf("bump(%d) = %d, want %d", c.in, got, c.want)
		}
	}
	for x := int64(0); x < 2000; x += 7 {
		b := bump(big.NewInt(x))
		if !replaceable(big.NewInt(x), big.NewInt(x), b, b) {
			t.Fatalf("bump(%d) = %d is not a valid replacement", x, b)
		}
	}
	if replaceable(big.NewInt(100), big.NewInt(100), big.NewInt(100), big.NewInt(100)) {
		t.Fatal("equal fees must not count as a replacement")
	}
	if replaceable(big.NewInt(100), big.NewInt(100), big.NewInt(200), big.NewInt(105)) {
		t.Fatal("a 5% fee cap bump must not count as a replacement")
	}
}

type dataErr struct{ msg, data string }

func (e dataErr) Error() string          { return e.msg }
func (e dataErr) ErrorCode() int         { return 3 }
func (e dataErr) ErrorData() interface{} { return e.data }

type codeErr struct{ code int }

func (e codeErr) Error() string  { return fmt.Sprintf("code %d", e.code) }
func (e codeErr) ErrorCode() int { return e.code }

func TestAsRevert(t *testing.T) {
	rev, ok := asRevert(fmt.Errorf("wrapped: %w", dataErr{"execution reverted", "0x0bfd3cea0000000000000000000000000000000000000000000000000000000000000005"}))
	if !ok || rev.Selector() != [4]byte{0x0b, 0xfd, 0x3c, 0xea} || len(rev.Args()) != 32 || rev.Args()[31] != 5 {
		t.Fatalf("asRevert = %+v, %v", rev, ok)
	}
	// Error(string) "nope"
	rev, ok = asRevert(dataErr{"execution reverted: nope", "0x08c379a0000000000000000000000000000000000000000000000000000000000000002000000000000000000000000000000000000000000000000000000000000000046e6f706500000000000000000000000000000000000000000000000000000000"})
	if r, isReason := rev.Reason(); !ok || !isReason || r != "nope" {
		t.Fatalf("reason = %q, %v", r, isReason)
	}
	if _, ok := asRevert(errors.New("execution reverted")); !ok {
		t.Fatal("a bare revert is a revert")
	}
	if _, ok := asRevert(errors.New("insufficient funds for gas * price + value")); ok {
		t.Fatal("insufficient funds is not a revert")
	}
}

func TestIsTransient(t *testing.T) {
	for _, c := range []struct {
		err  error
		want bool
	}{
		{&net.OpError{Op: "dial", Err: syscall.ECONNREFUSED}, true},
		{fmt.Errorf("post: %w", context.DeadlineExceeded), true},
		{rpc.HTTPError{StatusCode: 502}, true},
		{rpc.HTTPError{StatusCode: 429}, true},
		{rpc.HTTPError{StatusCode: 400}, false},
		{codeErr{-32005}, true},
		{codeErr{-32000}, false},
		{errors.New("nonce too low"), false},
		{context.Canceled, false},
	} {
		if got := IsTransient(c.err); got != c.want {
			t.Errorf("IsTransient(%v) = %v, want %v", c.err, got, c.want)
		}
	}
}
