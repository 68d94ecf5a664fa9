package attest

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"sort"
	"strings"
)

// canonicalize writes the W3C Canonical XML 1.1 form (no comments) of
// part of doc: the whole document minus the subtrees skip selects (the
// enveloped-signature transform), or, when only is set, just the first
// subtree only selects, rendered as a document subset with the namespaces
// it inherits declared on its apex. It covers what signed RIMs use:
// elements, attributes, namespace declarations and text; a document with
// a DOCTYPE (entities, defaults) is refused rather than canonicalized
// wrongly.
func canonicalize(doc []byte, skip, only func(xml.StartElement) bool) ([]byte, error) {
	dec := xml.NewDecoder(bytes.NewReader(doc))
	var out bytes.Buffer
	type frame struct {
		inScope  map[string]string // prefix -> namespace URI, as declared in the input
		rendered map[string]string // what the output's nearest rendered ancestor declared
		name     string
		render   bool
	}
	var stack []frame
	skipDepth := 0
	done := false
	for {
		tok, err := dec.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if skipDepth > 0 {
				skipDepth++
				continue
			}
			parent := frame{inScope: map[string]string{}, rendered: map[string]string{}}
			if len(stack) > 0 {
				parent = stack[len(stack)-1]
			}
			if skip != nil && skip(t) {
				skipDepth = 1
				continue
			}
			f := frame{inScope: parent.inScope, rendered: parent.rendered, name: qname(t.Name), render: parent.render}
			var attrs []xml.Attr
			for _, a := range t.Attr {
				switch {
				case a.Name.Space == "" && a.Name.Local == "xmlns":
					f.inScope = with(f.inScope, "", a.Value)
				case a.Name.Space == "xmlns":
					f.inScope = with(f.inScope, a.Name.Local, a.Value)
				default:
					attrs = append(attrs, a)
				}
			}
			if !f.render && !done && (only == nil && len(stack) == 0 || only != nil && only(t)) {
				f.render = true
				f.rendered = map[string]string{} // the apex declares everything in scope
			}
			if f.render {
				out.WriteString("<" + f.name)
				prefixes := make([]string, 0, len(f.inScope))
				for p := range f.inScope {
					prefixes = append(prefixes, p)
				}
				sort.Strings(prefixes)
				for _, p := range prefixes {
					uri := f.inScope[p]
					if prev, ok := f.rendered[p]; ok && prev == uri || !ok && p == "" && uri == "" {
						continue
					}
					f.rendered = with(f.rendered, p, uri)
					if p == "" {
						out.WriteString(` xmlns="` + escapeAttr(uri) + `"`)
					} else {
						out.WriteString(" xmlns:" + p + `="` + escapeAttr(uri) + `"`)
					}
				}
				uriOf := func(a xml.Attr) string {
					if a.Name.Space == "" || a.Name.Space == "xml" {
						return a.Name.Space // "" first; xml: sorts by its prefix, fine for a lone xml: attribute
					}
					return f.inScope[a.Name.Space]
				}
				sort.SliceStable(attrs, func(i, j int) bool {
					ui, uj := uriOf(attrs[i]), uriOf(attrs[j])
					if ui != uj {
						return ui < uj
					}
					return attrs[i].Name.Local < attrs[j].Name.Local
				})
				for _, a := range attrs {
					out.WriteString(" " + qname(a.Name) + `="` + escapeAttr(a.Value) + `"`)
				}
				out.WriteString(">")
			}
			stack = append(stack, f)
		case xml.EndElement:
			if skipDepth > 0 {
				skipDepth--
				continue
			}
			if len(stack) == 0 {
				return nil, errors.New("c14n: unbalanced end element")
			}
			f := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if f.render {
				out.WriteString("</" + f.name + ">")
				if only != nil && (len(stack) == 0 || !stack[len(stack)-1].render) {
					done = true
				}
			}
		case xml.CharData:
			if skipDepth == 0 && len(stack) > 0 && stack[len(stack)-1].render {
				out.WriteString(escapeText(string(t)))
			}
		case xml.Directive:
			return nil, errors.New("c14n: documents with a DOCTYPE are not supported")
		case xml.Comment, xml.ProcInst:
			// Comments are dropped (C14N without comments); the RIMs carry
			// no processing instructions inside the root, and the XML
			// declaration is not part of the canonical form.
		}
	}
	return out.Bytes(), nil
}

func with(m map[string]string, k, v string) map[string]string {
	n := make(map[string]string, len(m)+1)
	for a, b := range m {
		n[a] = b
	}
	n[k] = v
	return n
}

func qname(n xml.Name) string {
	if n.Space == "" {
		return n.Local
	}
	return n.Space + ":" + n.Local
}

var (
	textEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\r", "&#xD;")
	attrEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", `"`, "&quot;", "\t", "&#x9;", "\n", "&#xA;", "\r", "&#xD;")
)

func escapeText(s string) string { return textEscaper.Replace(s) }
func escapeAttr(s string) string { return attrEscaper.Replace(s) }
