package attest

import (
	"encoding/xml"
	"testing"
)

// TestCanonicalize checks the C14N 1.1 rules the RIM digest depends on,
// on a small document: namespace declarations sorted and not repeated,
// attributes sorted by namespace URI then name, empty elements expanded,
// escaping, comments and the XML declaration dropped, the enveloped
// subtree removed, and a subset's apex declaring what it inherits.
func TestCanonicalize(t *testing.T) {
	doc := `<?xml version="1.0"?>
<r xmlns="urn:d" xmlns:b="urn:b" xmlns:a="urn:a" z="1" b:y="2" a:x="&amp;&lt;&quot;">
  <a:e xmlns:a="urn:a" k="v"/><!-- gone -->
  <t>1 &lt; 2 &amp; 3 &gt; 0</t>
  <ds:Signature xmlns:ds="urn:sig"><ds:SignedInfo><ds:M a="1"/></ds:SignedInfo></ds:Signature>
</r>
`
	isName := func(n string) func(xml.StartElement) bool {
		return func(e xml.StartElement) bool { return e.Name.Local == n }
	}
	got, err := canonicalize([]byte(doc), isName("Signature"), nil)
	if err != nil {
		t.Fatal(err)
	}
	want := `<r xmlns="urn:d" xmlns:a="urn:a" xmlns:b="urn:b" z="1" a:x="&amp;&lt;&quot;" b:y="2">
  <a:e k="v"></a:e>
  <t>1 &lt; 2 &amp; 3 &gt; 0</t>
  
</r>`
	if string(got) != want {
		t.Fatalf("document:\n%s\nwant:\n%s", got, want)
	}
	got, err = canonicalize([]byte(doc), nil, isName("SignedInfo"))
	if err != nil {
		t.Fatal(err)
	}
	want = `<ds:SignedInfo xmlns="urn:d" xmlns:a="urn:a" xmlns:b="urn:b" xmlns:ds="urn:sig"><ds:M a="1"></ds:M></ds:SignedInfo>`
	if string(got) != want {
		t.Fatalf("subset:\n%s\nwant:\n%s", got, want)
	}
	if _, err := canonicalize([]byte(`<!DOCTYPE r [<!ENTITY e "x">]><r>&e;</r>`), nil, nil); err == nil {
		t.Fatal("DOCTYPE accepted")
	}
}
