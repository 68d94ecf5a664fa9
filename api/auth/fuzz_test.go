package auth

import "testing"

// FuzzParseMessage checks that ParseMessage never panics and that whatever
// it accepts formats back to the very same text (the text is what the
// wallet signed). Seeds: the valid messages here and testdata/fuzz.
func FuzzParseMessage(f *testing.F) {
	for _, m := range validMessages {
		f.Add(m)
	}
	f.Fuzz(func(t *testing.T, text string) {
		m, err := ParseMessage(text)
		if err != nil {
			if CodeOf(err) != CodeMalformedMessage {
				t.Fatalf("code %q: %v", CodeOf(err), err)
			}
			return
		}
		if got := m.String(); got != text {
			t.Fatalf("round trip:\n%q\nwant\n%q", got, text)
		}
		again, err := ParseMessage(m.String())
		if err != nil || again.String() != text {
			t.Fatalf("reparse: %v", err)
		}
	})
}
