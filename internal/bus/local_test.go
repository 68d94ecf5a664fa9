package bus_test

import (
	"context"
	"fmt"
	"log/slog"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/internal/bus"
	"github.com/hourglass-exchange/hourglass/internal/bus/bustest"
	"github.com/hourglass-exchange/hourglass/internal/clock"
)

func TestLocal(t *testing.T) {
	bustest.Run(t, func(t *testing.T, opts bus.Options) bustest.Env {
		if !testing.Verbose() {
			opts.Logger = slog.New(slog.DiscardHandler) // the expected slow-consumer warnings
		}
		l := bus.NewLocal(opts)
		t.Cleanup(func() { l.Close() })
		return bustest.Env{
			Publisher: l,
			Gateway:   func(*testing.T) bus.Subscriber { return l },
		}
	})
}

// BenchmarkLocalFanout is BenchmarkFanout of package redisbus in process:
//
//	go test -run '^$' -bench LocalFanout -benchtime 20000x ./bus/
func BenchmarkLocalFanout(b *testing.B) {
	for _, subs := range []int{1, 100, 1000} {
		b.Run(fmt.Sprintf("subs=%d", subs), func(b *testing.B) {
			l := bus.NewLocal(bus.Options{QueueLen: 1 << 16})
			defer l.Close()
			bustest.BenchFanout(b, l, l, bustest.Load{Topics: 10, Subscribers: subs, Rate: 10000, Size: 100})
		})
	}
}

// TestLocalRetention checks that a topic's log is bounded by bytes and by
// age, the accounts' topics by the short retention, and that an idle
// topic's log is given back by the sweep of a later Publish (issue 12: the
// demo's heap grew from 80 to 330 MB in six minutes, most of it retained
// logs of account topics).
func TestLocalRetention(t *testing.T) {
	ctx := context.Background()
	fake := clock.NewFake(time.Date(2027, 1, 4, 0, 0, 0, 0, time.UTC))
	l := bus.NewLocal(bus.Options{Clock: fake, Logger: slog.New(slog.DiscardHandler)})
	defer l.Close()
	pub := func(topic string, from, to uint64, size int) {
		t.Helper()
		var msgs []bus.Message
		for s := from; s <= to; s++ {
			msgs = append(msgs, bus.Message{Topic: topic, Seq: s, Data: make([]byte, size)})
		}
		if err := l.Publish(ctx, msgs...); err != nil {
			t.Fatal(err)
		}
	}
	const acct = "account.0x0000000000000000000000000000000000000001"
	short, long := bus.DefaultShortRetention, bus.DefaultRetention
	// By bytes: 1 KiB messages.
	pub(acct, 1, 1000, 1024)
	if msgs, bytes := l.Retained(); bytes > short.Bytes || msgs != short.Bytes/1024 {
		t.Fatalf("account topic holds %d messages, %d bytes; want %d bytes at most", msgs, bytes, short.Bytes)
	}
	pub("book.x", 1, 10000, 1024)
	if _, bytes := l.Retained(); bytes > short.Bytes+long.Bytes {
		t.Fatalf("logs hold %d bytes; want at most %d", bytes, short.Bytes+long.Bytes)
	}
	// By age: the account goes idle; a minute later another topic's
	// publication sweeps its log away, and the book's is kept.
	if err := l.SetSnapshot(ctx, acct, 1000, []byte("state")); err != nil {
		t.Fatal(err)
	}
	fake.Advance(short.Age + time.Second)
	pub("book.x", 10001, 10001, 1)
	msgs, _ := l.Retained()
	if want := long.Bytes / 1024; msgs != want { // 4095 of 1 KiB and the new one
		t.Fatalf("%d messages retained after the account's log aged out; want the book's %d", msgs, want)
	}
	// A subscriber still joins the account: its snapshot, then what follows.
	sub, err := l.Subscribe(ctx, acct)
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Close()
	pub(acct, 1001, 1002, 10)
	for _, want := range []bus.Message{{Seq: 1000, Kind: bus.KindSnapshot}, {Seq: 1001}, {Seq: 1002}} {
		m, err := sub.Next(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if m.Seq != want.Seq || m.Kind != want.Kind {
			t.Fatalf("got %v %d, want %v %d", m.Kind, m.Seq, want.Kind, want.Seq)
		}
	}
	// Duplicates are still known after the log is gone.
	fake.Advance(short.Age + time.Second)
	pub("book.x", 10002, 10002, 1)
	pub(acct, 1, 1002, 10)
	if got, _ := l.HighSeq(ctx); got != 10002 {
		t.Fatalf("HighSeq %d, want 10002", got)
	}
	pub(acct, 1003, 1003, 10)
	if m, err := sub.Next(ctx); err != nil || m.Seq != 1003 {
		t.Fatalf("after the republished ones: %v %v", m, err)
	}
}
