package apitest

import (
	"strings"
	"testing"
)

// TestConformance feeds the checker conversations and checks what it
// reports: each non-conforming message, and nothing else.
func TestConformance(t *testing.T) {
	const book = `{"channel":"book","type":"update","market":"M","seq":6,"ts":"2027-01-04T00:00:03.000000000Z","data":{"bids":[["2.1400","0"]],"asks":[]}`
	for _, tc := range []struct {
		name string
		msgs []string // "> " client, "< " server, "x" close
		want string   // in the error; "" for none
	}{
		{"valid", []string{`> {"id":1,"method":"ping"}`, `< {"id":1,"status":200,"result":{"time_ms":5}}`, `< ` + book + `,"checksum":7}`, "x"}, ""},
		{"result of another method", []string{`> {"id":1,"method":"ping"}`, `< {"id":1,"status":200,"result":{"channel":"book","markets":["M"],"depth":0}}`}, "not a response_ping"},
		{"responses in request order", []string{`> {"id":1,"method":"ping"}`, `> {"id":2,"method":"subscribe","params":{"channel":"trades","markets":["M"]}}`,
			`< {"id":1,"status":200,"result":{"time_ms":5}}`, `< {"id":2,"status":200,"result":{"time_ms":5}}`}, "not a response_subscribe"},
		{"malformed answered by an error", []string{`> {"id":1`, `< {"id":null,"status":400,"error":{"code":"invalid_json","message":"malformed"}}`}, ""},
		{"malformed left unanswered at close", []string{`> {"id":1`, "x"}, ""},
		{"malformed answered 200", []string{`> {"id":1,"method":"ping","params":[]}`, `< {"id":1,"status":200,"result":{"time_ms":5}}`}, "is not a client_message"},
		{"unknown error code", []string{`> {"id":1,"method":"ping"}`, `< {"id":1,"status":400,"error":{"code":"nope","message":"x"}}`}, "not a server_message"},
		{"id not echoed", []string{`> {"id":"a","method":"ping"}`, `< {"id":1,"status":200,"result":{"time_ms":5}}`}, "does not echo its id"},
		{"invalid id answered null", []string{`> {"id":"ééééééééééééééééééééééééééééééééé","method":"ping"}`,
			`< {"id":null,"status":400,"error":{"code":"invalid_id","message":"id is longer than 64 bytes"}}`}, ""},
		{"status not the code's", []string{`> {"id":1,"method":"ping"}`, `< {"id":1,"status":400,"error":{"code":"rate_limited","message":"x","retry_after_ms":5}}`}, "which is answered 429"},
		{"response to nothing", []string{`< {"id":1,"status":200,"result":{"time_ms":5}}`}, "no request waiting"},
		{"book without checksum", []string{`< ` + book + `}`}, "checksum"},
		{"unknown channel", []string{`< {"channel":"news","type":"update"}`}, "not a server_message"},
		{"not JSON", []string{`< {"channel":`}, "not JSON"},
		{"oversized client message", []string{`> {"id":1,"method":"ping","params":{"pad":"` + strings.Repeat("x", 200) + `"}}`,
			`< {"channel":"error","error":{"code":"message_too_large","message":"message exceeds 100 bytes"}}`}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k := NewConformance(100)
			for _, m := range tc.msgs {
				switch m[0] {
				case '>':
					k.ClientMessage(1, []byte(m[2:]))
				case '<':
					k.ServerMessage(1, []byte(m[2:]))
				default:
					k.Closed(1)
				}
			}
			err := k.Err()
			switch {
			case tc.want == "" && err != nil:
				t.Fatal(err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Fatalf("error %v, want one that says %q", err, tc.want)
			}
		})
	}
}

// TestConformanceSamplesEvents checks that a long stream of events is
// checked in full at first and then sampled, and that the sample still
// catches a bad one.
func TestConformanceSamplesEvents(t *testing.T) {
	k := NewConformance(0)
	ev := `{"channel":"heartbeat","type":"update","market":"M","ts":"2027-01-04T00:00:07.000000000Z","data":{"book_seq":10,"last_trade_id":4,"ticker_seq":7}}`
	for range 10 * fullChecks {
		k.ServerMessage(1, []byte(ev))
	}
	if n := k.Checked(); n != fullChecks+(9*fullChecks)/sampleEvery {
		t.Fatalf("checked %d of %d", n, 10*fullChecks)
	}
	bad := strings.Replace(ev, `"book_seq":10`, `"book_seq":-1`, 1)
	for range sampleEvery {
		k.ServerMessage(1, []byte(bad))
	}
	if err := k.Err(); err == nil || !strings.Contains(err.Error(), "book_seq") {
		t.Fatalf("error %v", err)
	}
}
