package auth

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// MaxMessageLen bounds the sign-in message ParseMessage accepts, in bytes.
const MaxMessageLen = 16 << 10

const (
	preambleSuffix = " wants you to sign in with your Ethereum account:"
	defaultScheme  = "https"
)

// Message is an EIP-4361 (Sign-In with Ethereum) message. String formats it
// as the exact text a wallet signs; ParseMessage reads that text back, and
// ParseMessage(m.String()) returns m for every valid m.
//
// A few things the EIP's grammar allows have no value here, so that one
// message has one text: an empty statement line, an empty Request ID and a
// Resources header with no resources are rejected as malformed.
type Message struct {
	// Scheme is the optional scheme before the domain ("https" is assumed
	// when empty, as the EIP says).
	Scheme string
	// Domain is the RFC 3986 authority asking for the sign-in.
	Domain string
	// Address signs in; it is written in EIP-55 checksum form.
	Address common.Address
	// Statement is an optional line for the user; "" means none.
	Statement string
	// URI is the RFC 3986 URI of the resource the session is for.
	URI string
	// Version is always "1".
	Version string
	// ChainID is the EIP-155 chain id the session is bound to.
	ChainID uint64
	// Nonce is the server's challenge: at least 8 letters and digits.
	Nonce string
	// IssuedAt is when the message was made.
	IssuedAt Time
	// ExpirationTime, when set, is when the message stops being valid.
	ExpirationTime Time
	// NotBefore, when set, is when the message starts being valid.
	NotBefore Time
	// RequestID is an optional system-specific identifier; "" means none.
	RequestID string
	// Resources are optional URIs the user wishes to have resolved.
	Resources []string
}

// Time is an RFC 3339 timestamp of a Message, kept as it was written: the
// wallet signs the exact text, so "2021-09-30T16:25:24.000Z" must not come
// back as "2021-09-30T16:25:24Z". The zero Time means "absent".
type Time struct {
	t    time.Time
	text string
}

// NewTime returns t in UTC with millisecond precision, the form a browser's
// Date.toISOString gives ("2026-01-02T15:04:05.000Z").
func NewTime(t time.Time) Time {
	s := t.UTC().Format("2006-01-02T15:04:05.000Z07:00")
	tt, err := ParseTime(s)
	if err != nil {
		panic("auth: NewTime: " + err.Error()) // only for years outside 0000-9999
	}
	return tt
}

var timeRE = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$`)

// ParseTime parses an RFC 3339 date-time ("T" and "Z" in upper case, as the
// EIP's examples and every wallet write them).
func ParseTime(s string) (Time, error) {
	if !timeRE.MatchString(s) {
		return Time{}, newError(CodeMalformedMessage, nil, "time %q is not RFC 3339", s)
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return Time{}, newError(CodeMalformedMessage, err, "time %q is not RFC 3339", s)
	}
	return Time{t: t, text: s}, nil
}

// Time returns the instant.
func (t Time) Time() time.Time { return t.t }

// IsZero reports whether t is absent.
func (t Time) IsZero() bool { return t.text == "" }

// String returns the text as written.
func (t Time) String() string { return t.text }

// String formats m as the EIP-4361 text that a wallet signs. It does not
// check m; ParseMessage(m.String()) does.
func (m Message) String() string {
	var b strings.Builder
	if m.Scheme != "" {
		b.WriteString(m.Scheme)
		b.WriteString("://")
	}
	b.WriteString(m.Domain)
	b.WriteString(preambleSuffix)
	b.WriteString("\n")
	b.WriteString(m.Address.Hex())
	b.WriteString("\n\n")
	if m.Statement != "" {
		b.WriteString(m.Statement)
		b.WriteString("\n")
	}
	b.WriteString("\nURI: ")
	b.WriteString(m.URI)
	b.WriteString("\nVersion: ")
	b.WriteString(m.Version)
	b.WriteString("\nChain ID: ")
	b.WriteString(strconv.FormatUint(m.ChainID, 10))
	b.WriteString("\nNonce: ")
	b.WriteString(m.Nonce)
	b.WriteString("\nIssued At: ")
	b.WriteString(m.IssuedAt.text)
	if !m.ExpirationTime.IsZero() {
		b.WriteString("\nExpiration Time: ")
		b.WriteString(m.ExpirationTime.text)
	}
	if !m.NotBefore.IsZero() {
		b.WriteString("\nNot Before: ")
		b.WriteString(m.NotBefore.text)
	}
	if m.RequestID != "" {
		b.WriteString("\nRequest ID: ")
		b.WriteString(m.RequestID)
	}
	if len(m.Resources) > 0 {
		b.WriteString("\nResources:")
		for _, r := range m.Resources {
			b.WriteString("\n- ")
			b.WriteString(r)
		}
	}
	return b.String()
}

func malformed(format string, args ...any) *Error {
	return newError(CodeMalformedMessage, nil, format, args...)
}

// ParseMessage parses the exact EIP-4361 text: fields in the EIP's order,
// LF line ends, no trailing newline, the address in EIP-55 checksum form,
// Version 1, a decimal chain id without leading zeros, RFC 3339 times, and
// each value in the character set of its ABNF rule. Any other text is
// rejected with CodeMalformedMessage.
func ParseMessage(text string) (Message, error) {
	if len(text) > MaxMessageLen {
		return Message{}, malformed("message longer than %d bytes", MaxMessageLen)
	}
	lines := strings.Split(text, "\n")
	p := lineReader{lines: lines}
	var m Message

	// Preamble: [scheme "://"] domain " wants you to sign in ...".
	first := p.next()
	authority, ok := strings.CutSuffix(first, preambleSuffix)
	if !ok {
		return Message{}, malformed("line 1 must end %q", preambleSuffix)
	}
	if scheme, rest, found := strings.Cut(authority, "://"); found {
		if !isScheme(scheme) {
			return Message{}, malformed("bad scheme %q", scheme)
		}
		m.Scheme, authority = scheme, rest
	}
	if !isAuthority(authority) {
		return Message{}, malformed("bad domain %q", authority)
	}
	m.Domain = authority

	// Address, in checksum form.
	addr := p.next()
	if !common.IsHexAddress(addr) || !strings.HasPrefix(addr, "0x") || len(addr) != 42 {
		return Message{}, malformed("bad address %q", addr)
	}
	m.Address = common.HexToAddress(addr)
	if m.Address.Hex() != addr {
		return Message{}, malformed("address %q is not in EIP-55 checksum form", addr)
	}
	if p.next() != "" {
		return Message{}, malformed("missing blank line after the address")
	}

	// Optional statement: "\n" (none) or "statement\n\n".
	if line := p.next(); line != "" {
		if !isStatement(line) {
			return Message{}, malformed("bad statement %q", line)
		}
		m.Statement = line
		if p.next() != "" {
			return Message{}, malformed("missing blank line after the statement")
		}
	}

	var err error
	if m.URI, err = p.field("URI: "); err != nil {
		return Message{}, err
	}
	if !isURI(m.URI) {
		return Message{}, malformed("bad URI %q", m.URI)
	}
	if m.Version, err = p.field("Version: "); err != nil {
		return Message{}, err
	}
	if m.Version != "1" {
		return Message{}, malformed("version %q is not 1", m.Version)
	}
	chain, err := p.field("Chain ID: ")
	if err != nil {
		return Message{}, err
	}
	if !isDigits(chain) || (len(chain) > 1 && chain[0] == '0') {
		return Message{}, malformed("bad chain id %q", chain)
	}
	if m.ChainID, err = strconv.ParseUint(chain, 10, 64); err != nil {
		return Message{}, malformed("chain id %q out of range", chain)
	}
	if m.Nonce, err = p.field("Nonce: "); err != nil {
		return Message{}, err
	}
	if len(m.Nonce) < 8 || !isAlnum(m.Nonce) {
		return Message{}, malformed("bad nonce %q", m.Nonce)
	}
	issued, err := p.field("Issued At: ")
	if err != nil {
		return Message{}, err
	}
	if m.IssuedAt, err = ParseTime(issued); err != nil {
		return Message{}, err
	}

	// Optional fields, each at most once and in this order.
	if v, ok := p.optional("Expiration Time: "); ok {
		if m.ExpirationTime, err = ParseTime(v); err != nil {
			return Message{}, err
		}
	}
	if v, ok := p.optional("Not Before: "); ok {
		if m.NotBefore, err = ParseTime(v); err != nil {
			return Message{}, err
		}
	}
	if v, ok := p.optional("Request ID: "); ok {
		if v == "" || !isPchars(v) {
			return Message{}, malformed("bad request id %q", v)
		}
		m.RequestID = v
	}
	if p.more() && p.peek() == "Resources:" {
		p.next()
		if !p.more() {
			return Message{}, malformed("Resources: lists nothing")
		}
		for p.more() {
			r, ok := strings.CutPrefix(p.next(), "- ")
			if !ok || !isURI(r) {
				return Message{}, malformed("bad resource %q", r)
			}
			m.Resources = append(m.Resources, r)
		}
	}
	if p.more() {
		return Message{}, malformed("unexpected line %q", p.peek())
	}
	return m, nil
}

// lineReader walks the lines of a message; past the end it returns a value
// no rule accepts.
type lineReader struct {
	lines []string
	i     int
}

func (p *lineReader) more() bool { return p.i < len(p.lines) }

func (p *lineReader) peek() string { return p.lines[p.i] }

func (p *lineReader) next() string {
	if !p.more() {
		p.i++
		return "\x00end"
	}
	p.i++
	return p.lines[p.i-1]
}

func (p *lineReader) field(prefix string) (string, error) {
	line := p.next()
	v, ok := strings.CutPrefix(line, prefix)
	if !ok {
		return "", malformed("expected %q, got %q", prefix, line)
	}
	return v, nil
}

func (p *lineReader) optional(prefix string) (string, bool) {
	if !p.more() {
		return "", false
	}
	v, ok := strings.CutPrefix(p.peek(), prefix)
	if ok {
		p.i++
	}
	return v, ok
}

// Character classes of RFC 3986.
func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isHex(c byte) bool {
	return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}
func isUnreserved(c byte) bool {
	return isAlpha(c) || isDigit(c) || strings.IndexByte("-._~", c) >= 0
}
func isSubDelim(c byte) bool { return strings.IndexByte("!$&'()*+,;=", c) >= 0 }
func isGenDelim(c byte) bool { return strings.IndexByte(":/?#[]@", c) >= 0 }

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

func isAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isAlpha(s[i]) && !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// isScheme: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ).
func isScheme(s string) bool {
	if s == "" || !isAlpha(s[0]) {
		return false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		if !isAlpha(c) && !isDigit(c) && c != '+' && c != '-' && c != '.' {
			return false
		}
	}
	return true
}

// allowed reports whether s is made of the bytes ok accepts and of
// well-formed percent-encodings.
func allowed(s string, ok func(byte) bool) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '%' {
			if i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2]) {
				return false
			}
			i += 2
			continue
		}
		if !ok(c) {
			return false
		}
	}
	return true
}

// isStatement: *( reserved / unreserved / " " ), not empty here.
func isStatement(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isUnreserved(c) && !isSubDelim(c) && !isGenDelim(c) && c != ' ' {
			return false
		}
	}
	return s != ""
}

// isPchars: *pchar.
func isPchars(s string) bool {
	return allowed(s, func(c byte) bool {
		return isUnreserved(c) || isSubDelim(c) || c == ':' || c == '@'
	})
}

// isAuthority: [ userinfo "@" ] host [ ":" port ], a host present.
func isAuthority(s string) bool {
	if s == "" || !allowed(s, func(c byte) bool {
		return isUnreserved(c) || isSubDelim(c) || c == ':' || c == '@' || c == '[' || c == ']'
	}) {
		return false
	}
	u, err := url.Parse(defaultScheme + "://" + s)
	return err == nil && u.Host != "" && u.Path == "" && u.RawQuery == "" && u.Fragment == "" &&
		u.Opaque == "" && !u.ForceQuery
}

// isURI: an RFC 3986 URI, with a scheme, in the URI character set.
func isURI(s string) bool {
	scheme, _, ok := strings.Cut(s, ":")
	if !ok || !isScheme(scheme) {
		return false
	}
	if !allowed(s, func(c byte) bool { return isUnreserved(c) || isSubDelim(c) || isGenDelim(c) }) {
		return false
	}
	_, err := url.Parse(s)
	return err == nil
}
