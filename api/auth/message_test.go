package auth

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// The examples of EIP-4361, and variants that use every optional field.
var validMessages = []string{
	"service.invalid wants you to sign in with your Ethereum account:\n" +
		"0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2\n" +
		"\n" +
		"I accept the ServiceOrg Terms of Service: https://service.invalid/tos\n" +
		"\n" +
		"URI: https://service.invalid/login\n" +
		"Version: 1\n" +
		"Chain ID: 1\n" +
		"Nonce: 32891756\n" +
		"Issued At: 2021-09-30T16:25:24Z\n" +
		"Resources:\n" +
		"- ipfs://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq/\n" +
		"- https://example.com/my-web2-claim.json",

	"https://example.com:3388 wants you to sign in with your Ethereum account:\n" +
		"0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2\n" +
		"\n" +
		"I accept the ExampleOrg Terms of Service: https://example.com/tos\n" +
		"\n" +
		"URI: https://example.com/login\n" +
		"Version: 1\n" +
		"Chain ID: 1\n" +
		"Nonce: 32891756\n" +
		"Issued At: 2021-09-30T16:25:24Z",

	// No statement: three line feeds between the address and the URI.
	"hourglass.exchange wants you to sign in with your Ethereum account:\n" +
		"0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2\n" +
		"\n" +
		"\n" +
		"URI: wss://hourglass.exchange/ws\n" +
		"Version: 1\n" +
		"Chain ID: 1337\n" +
		"Nonce: ABCDEFGHIJKLMNOP2345\n" +
		"Issued At: 2026-01-02T15:04:05.000Z",

	// Every optional field, times with offsets and fractions.
	"localhost:8080 wants you to sign in with your Ethereum account:\n" +
		"0x52908400098527886E0F7030069857D2E4169EE7\n" +
		"\n" +
		"Sign in to Hourglass.\n" +
		"\n" +
		"URI: http://localhost:8080\n" +
		"Version: 1\n" +
		"Chain ID: 18446744073709551615\n" +
		"Nonce: abc123XYZ\n" +
		"Issued At: 2026-01-02T15:04:05.123456789+02:00\n" +
		"Expiration Time: 2026-01-02T16:04:05-07:30\n" +
		"Not Before: 2026-01-02T15:00:00.5Z\n" +
		"Request ID: req-1%20:@!$&'()*+,;=\n" +
		"Resources:\n" +
		"- urn:hourglass:market:H100-2026-12",
}

func TestParseFormatRoundTrip(t *testing.T) {
	for i, text := range validMessages {
		m, err := ParseMessage(text)
		if err != nil {
			t.Fatalf("message %d: %v", i, err)
		}
		if got := m.String(); got != text {
			t.Errorf("message %d round trip:\n%s\nwant\n%s", i, got, text)
		}
	}
	m, _ := ParseMessage(validMessages[3])
	if m.ChainID != 18446744073709551615 || m.Nonce != "abc123XYZ" || m.RequestID != "req-1%20:@!$&'()*+,;=" ||
		len(m.Resources) != 1 || m.Statement != "Sign in to Hourglass." || m.Domain != "localhost:8080" || m.Scheme != "" {
		t.Errorf("fields: %+v", m)
	}
	want := time.Date(2026, 1, 2, 13, 4, 5, 123456789, time.UTC)
	if !m.IssuedAt.Time().Equal(want) {
		t.Errorf("issued at %v, want %v", m.IssuedAt.Time(), want)
	}
	m, _ = ParseMessage(validMessages[1])
	if m.Scheme != "https" || m.Domain != "example.com:3388" {
		t.Errorf("scheme %q domain %q", m.Scheme, m.Domain)
	}
}

func TestFormatBuiltMessage(t *testing.T) {
	addr := common.HexToAddress("0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2")
	m := Message{
		Domain:    "hourglass.exchange",
		Address:   addr,
		URI:       "https://hourglass.exchange",
		Version:   "1",
		ChainID:   1,
		Nonce:     "ABCDEFGH12345678",
		IssuedAt:  NewTime(time.Date(2026, 3, 4, 5, 6, 7, 891_000_000, time.FixedZone("x", 3600))),
		Resources: []string{"https://hourglass.exchange/terms"},
	}
	text := m.String()
	want := "hourglass.exchange wants you to sign in with your Ethereum account:\n" +
		"0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2\n\n\n" +
		"URI: https://hourglass.exchange\nVersion: 1\nChain ID: 1\nNonce: ABCDEFGH12345678\n" +
		"Issued At: 2026-03-04T04:06:07.891Z\nResources:\n- https://hourglass.exchange/terms"
	if text != want {
		t.Fatalf("got\n%s\nwant\n%s", text, want)
	}
	back, err := ParseMessage(text)
	if err != nil {
		t.Fatal(err)
	}
	if back.String() != text || back.Address != addr {
		t.Fatalf("round trip: %+v", back)
	}
}

func TestParseRejects(t *testing.T) {
	base := validMessages[3]
	swap := func(old, new string) string {
		if !strings.Contains(base, old) {
			t.Fatalf("base lacks %q", old)
		}
		return strings.Replace(base, old, new, 1)
	}
	cases := []struct{ name, text string }{
		{"empty", ""},
		{"too long", strings.Replace(base, "Sign in", strings.Repeat("a", MaxMessageLen), 1)},
		{"preamble", swap("wants you to sign in", "wants you to log in")},
		{"no domain", swap("localhost:8080 wants", " wants")},
		{"domain with space", swap("localhost:8080 wants", "local host wants")},
		{"domain with path", swap("localhost:8080 wants", "localhost/x wants")},
		{"bad scheme", swap("localhost:8080 wants", "1http://localhost:8080 wants")},
		{"empty scheme", swap("localhost:8080 wants", "://localhost:8080 wants")},
		{"lower-case address", swap("0x52908400098527886E0F7030069857D2E4169EE7", "0x52908400098527886e0f7030069857d2e4169ee7")},
		// (this address is one of EIP-55's all-caps vectors; TestEIP55 checks case)
		{"bad checksum", swap("0x52908400098527886E0F7030069857D2E4169EE7", "0x52908400098527886E0F7030069857D2E4169Ee7")},
		{"short address", swap("0x52908400098527886E0F7030069857D2E4169EE7", "0x52908400098527886E0F7030069857D2E4169E")},
		{"address without 0x", swap("0x52908400098527886E0F7030069857D2E4169EE7", "52908400098527886E0F7030069857D2E4169EE7")},
		{"no blank line after address", swap("EE7\n\nSign", "EE7\nSign")},
		{"one blank line, no statement", swap("\nSign in to Hourglass.\n", "")},
		{"empty statement", swap("Sign in to Hourglass.", "")},
		{"statement with quote", swap("Sign in to Hourglass.", `Sign "in"`)},
		{"statement with tab", swap("Sign in to Hourglass.", "Sign\tin")},
		{"statement with unicode", swap("Sign in to Hourglass.", "Sign in ✓")},
		{"no blank line after statement", swap("Hourglass.\n\nURI", "Hourglass.\nURI")},
		{"URI without scheme", swap("URI: http://localhost:8080", "URI: localhost")},
		{"URI with space", swap("URI: http://localhost:8080", "URI: http://local host")},
		{"URI bad percent", swap("URI: http://localhost:8080", "URI: http://localhost/%zz")},
		{"URI lower-case label", swap("URI: ", "uri: ")},
		{"missing version", swap("Version: 1\n", "")},
		{"version 2", swap("Version: 1", "Version: 2")},
		{"chain id leading zero", swap("Chain ID: 18446744073709551615", "Chain ID: 01")},
		{"chain id empty", swap("Chain ID: 18446744073709551615", "Chain ID: ")},
		{"chain id negative", swap("Chain ID: 18446744073709551615", "Chain ID: -1")},
		{"chain id overflow", swap("Chain ID: 18446744073709551615", "Chain ID: 18446744073709551616")},
		{"nonce short", swap("Nonce: abc123XYZ", "Nonce: abc123X")},
		{"nonce symbol", swap("Nonce: abc123XYZ", "Nonce: abc-123XYZ")},
		{"missing nonce", swap("Nonce: abc123XYZ\n", "")},
		{"order: nonce before chain", swap("Chain ID: 18446744073709551615\nNonce: abc123XYZ", "Nonce: abc123XYZ\nChain ID: 18446744073709551615")},
		{"missing issued at", swap("Issued At: 2026-01-02T15:04:05.123456789+02:00\n", "")},
		{"issued at with space", swap("2026-01-02T15:04:05.123456789+02:00", "2026-01-02 15:04:05Z")},
		{"issued at lower t", swap("2026-01-02T15:04:05.123456789+02:00", "2026-01-02t15:04:05Z")},
		{"issued at no zone", swap("2026-01-02T15:04:05.123456789+02:00", "2026-01-02T15:04:05")},
		{"issued at month 13", swap("2026-01-02T15:04:05.123456789+02:00", "2026-13-02T15:04:05Z")},
		{"issued at Feb 30", swap("2026-01-02T15:04:05.123456789+02:00", "2026-02-30T15:04:05Z")},
		{"issued at hour 25", swap("2026-01-02T15:04:05.123456789+02:00", "2026-01-02T25:04:05Z")},
		{"issued at unix", swap("2026-01-02T15:04:05.123456789+02:00", "1767366245")},
		{"bad expiration", swap("Expiration Time: 2026-01-02T16:04:05-07:30", "Expiration Time: tomorrow")},
		{"bad not before", swap("Not Before: 2026-01-02T15:00:00.5Z", "Not Before: 2026-01-02T15:00:00.Z")},
		{"order: not before first", swap("Expiration Time: 2026-01-02T16:04:05-07:30\nNot Before: 2026-01-02T15:00:00.5Z", "Not Before: 2026-01-02T15:00:00.5Z\nExpiration Time: 2026-01-02T16:04:05-07:30")},
		{"duplicate expiration", swap("Expiration Time: 2026-01-02T16:04:05-07:30", "Expiration Time: 2026-01-02T16:04:05-07:30\nExpiration Time: 2026-01-02T16:04:05-07:30")},
		{"empty request id", swap("Request ID: req-1%20:@!$&'()*+,;=", "Request ID: ")},
		{"request id with slash", swap("Request ID: req-1%20:@!$&'()*+,;=", "Request ID: a/b")},
		{"resources empty", swap("\nResources:\n- urn:hourglass:market:H100-2026-12", "\nResources:")},
		{"resource without dash", swap("- urn:", "urn:")},
		{"resource bad URI", swap("- urn:hourglass:market:H100-2026-12", "- not a uri")},
		{"unknown field", swap("Request ID:", "Hello: x\nRequest ID:")},
		{"field after resources", base + "\nRequest ID: x"},
		{"trailing newline", base + "\n"},
		{"CRLF", strings.ReplaceAll(base, "\n", "\r\n")},
		{"leading newline", "\n" + base},
		{"field label spacing", swap("Chain ID: ", "Chain ID:  ")},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m, err := ParseMessage(c.text)
			if err == nil {
				t.Fatalf("parsed: %+v", m)
			}
			if CodeOf(err) != CodeMalformedMessage || !errors.Is(err, ErrMalformedMessage) {
				t.Fatalf("code %q: %v", CodeOf(err), err)
			}
		})
	}
}

func TestEIP55(t *testing.T) {
	// The test vectors of EIP-55.
	for _, a := range []string{
		"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
		"0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
		"0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
		"0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
	} {
		text := strings.Replace(validMessages[2], "0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2", a, 1)
		m, err := ParseMessage(text)
		if err != nil {
			t.Fatalf("%s: %v", a, err)
		}
		if m.Address.Hex() != a || m.String() != text {
			t.Errorf("%s: got %s", a, m.Address.Hex())
		}
		for _, bad := range []string{strings.ToLower(a), "0x" + strings.ToUpper(a[2:]), a[:5] + flipCase(a[5:6]) + a[6:]} {
			if bad == a {
				continue
			}
			text := strings.Replace(validMessages[2], "0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2", bad, 1)
			if _, err := ParseMessage(text); CodeOf(err) != CodeMalformedMessage {
				t.Errorf("%s accepted (%v)", bad, err)
			}
		}
	}
}

func flipCase(s string) string {
	if u := strings.ToUpper(s); u != s {
		return u
	}
	return strings.ToLower(s)
}

func TestTime(t *testing.T) {
	var zero Time
	if !zero.IsZero() || zero.String() != "" {
		t.Fatal("zero Time not absent")
	}
	tt := NewTime(time.Date(2026, 1, 2, 3, 4, 5, 999_999_999, time.UTC))
	if tt.String() != "2026-01-02T03:04:05.999Z" || !tt.Time().Equal(time.Date(2026, 1, 2, 3, 4, 5, 999_000_000, time.UTC)) {
		t.Fatalf("NewTime: %s %v", tt, tt.Time())
	}
}
