package attest

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/sha512"
	"crypto/x509"
	"encoding/base64"
	"encoding/hex"
	"encoding/xml"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"
)

// XML-DSig identifiers a NVIDIA RIM uses; anything else is refused.
const (
	xmldsigNS      = "http://www.w3.org/2000/09/xmldsig#"
	algC14N11      = "http://www.w3.org/2006/12/xml-c14n11"
	algEnveloped   = "http://www.w3.org/2000/09/xmldsig#enveloped-signature"
	algECDSASHA384 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384"
	algSHA384      = "http://www.w3.org/2001/04/xmldsig-more#sha384"
)

// ErrRIM is wrapped by every RIM parse or signature error.
var ErrRIM = errors.New("attest: bad reference manifest")

// RIM is a parsed NVIDIA reference integrity manifest (TCG RIM / ISO SWID
// tag): the golden measurements of one driver or VBIOS build.
type RIM struct {
	Product, Version string // Meta product and colloquialVersion ("96.00.5E.00.02")
	// Golden holds the active measurements by block index (1-based: the
	// RIM's index + 1), each with its alternatives.
	Golden Reference
}

type rimDoc struct {
	Meta struct {
		Product string `xml:"product,attr"`
		Version string `xml:"colloquialVersion,attr"`
	} `xml:"Meta"`
	Resources []struct {
		Type         string     `xml:"type,attr"`
		Index        string     `xml:"index,attr"`
		Active       string     `xml:"active,attr"`
		Alternatives string     `xml:"alternatives,attr"`
		Size         string     `xml:"size,attr"`
		Attrs        []xml.Attr `xml:",any,attr"`
	} `xml:"Payload>Resource"`
	Signature struct {
		SignedInfo struct {
			C14N      alg `xml:"CanonicalizationMethod"`
			SigMethod alg `xml:"SignatureMethod"`
			Reference struct {
				URI        string `xml:"URI,attr"`
				Transforms []alg  `xml:"Transforms>Transform"`
				Digest     alg    `xml:"DigestMethod"`
				Value      string `xml:"DigestValue"`
			} `xml:"Reference"`
		} `xml:"SignedInfo"`
		Value string   `xml:"SignatureValue"`
		Certs []string `xml:"KeyInfo>X509Data>X509Certificate"`
	} `xml:"Signature"`
}

type alg struct {
	Algorithm string `xml:"Algorithm,attr"`
}

// ParseRIM reads the golden measurements of a RIM without checking its
// signature (VerifyRIM does).
func ParseRIM(doc []byte) (*RIM, error) {
	var d rimDoc
	if err := xml.Unmarshal(doc, &d); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrRIM, err)
	}
	r := &RIM{Product: d.Meta.Product, Version: d.Meta.Version, Golden: Reference{}}
	for _, res := range d.Resources {
		if res.Type != "Measurement" {
			continue
		}
		idx, err := strconv.Atoi(res.Index)
		if err != nil || idx < 0 || idx > 254 {
			return nil, fmt.Errorf("%w: measurement index %q", ErrRIM, res.Index)
		}
		if !strings.EqualFold(res.Active, "true") {
			continue
		}
		alts, err := strconv.Atoi(res.Alternatives)
		size, err2 := strconv.Atoi(res.Size)
		if err != nil || err2 != nil || alts < 1 || alts > 64 {
			return nil, fmt.Errorf("%w: measurement %d: alternatives %q size %q", ErrRIM, idx, res.Alternatives, res.Size)
		}
		for a := 0; a < alts; a++ {
			var hexv string
			for _, at := range res.Attrs {
				if at.Name.Local == "Hash"+strconv.Itoa(a) {
					hexv = at.Value
				}
			}
			v, err := hex.DecodeString(hexv)
			if err != nil || len(v) != size {
				return nil, fmt.Errorf("%w: measurement %d: Hash%d is not %d hex bytes", ErrRIM, idx, a, size)
			}
			r.Golden[idx+1] = append(r.Golden[idx+1], v)
		}
	}
	return r, nil
}

// VerifyRIM checks a RIM's enveloped XML-DSig signature (C14N 1.1,
// ECDSA-SHA384) and that its embedded signing chain reaches root at time
// at, then parses it. nvtrust verifies RIMs the same way (rim/__init__.py);
// goxmldsig could not be used (it hands raw r||s to x509, which wants DER).
func VerifyRIM(doc []byte, root *x509.Certificate, at time.Time) (*RIM, error) {
	var d rimDoc
	if err := xml.Unmarshal(doc, &d); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrRIM, err)
	}
	si := d.Signature.SignedInfo
	if si.C14N.Algorithm != algC14N11 || si.SigMethod.Algorithm != algECDSASHA384 || si.Reference.Digest.Algorithm != algSHA384 || si.Reference.URI != "" {
		return nil, fmt.Errorf("%w: unsupported signature algorithms (%s, %s, %s, URI %q)", ErrRIM, si.C14N.Algorithm, si.SigMethod.Algorithm, si.Reference.Digest.Algorithm, si.Reference.URI)
	}
	if len(si.Reference.Transforms) != 2 || si.Reference.Transforms[0].Algorithm != algEnveloped || si.Reference.Transforms[1].Algorithm != algC14N11 {
		return nil, fmt.Errorf("%w: transforms are not enveloped-signature then C14N 1.1", ErrRIM)
	}
	isSig := func(name string) func(xml.StartElement) bool {
		return func(e xml.StartElement) bool { return e.Name.Local == name && sigNS(e) }
	}
	body, err := canonicalize(doc, isSig("Signature"), nil)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrRIM, err)
	}
	want, err := base64.StdEncoding.DecodeString(strings.TrimSpace(si.Reference.Value))
	if got := sha512.Sum384(body); err != nil || !bytes.Equal(got[:], want) {
		return nil, fmt.Errorf("%w: document digest does not match the signed DigestValue", ErrRIM)
	}
	if len(d.Signature.Certs) == 0 {
		return nil, fmt.Errorf("%w: no signing certificate", ErrRIM)
	}
	var certs []*x509.Certificate
	for i, b64 := range d.Signature.Certs {
		der, err := base64.StdEncoding.DecodeString(strings.Join(strings.Fields(b64), ""))
		if err != nil {
			return nil, fmt.Errorf("%w: certificate %d: %v", ErrRIM, i, err)
		}
		c, err := x509.ParseCertificate(der)
		if err != nil {
			return nil, fmt.Errorf("%w: certificate %d: %v", ErrRIM, i, err)
		}
		certs = append(certs, c)
	}
	roots, inter := x509.NewCertPool(), x509.NewCertPool()
	roots.AddCert(root)
	for _, c := range certs[1:] {
		inter.AddCert(c)
	}
	if _, err := certs[0].Verify(x509.VerifyOptions{Roots: roots, Intermediates: inter, CurrentTime: at, KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageAny}}); err != nil {
		return nil, fmt.Errorf("%w: signer %q: %v", ErrRIM, certs[0].Subject.CommonName, err)
	}
	signed, err := canonicalize(doc, nil, isSig("SignedInfo"))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrRIM, err)
	}
	sig, err := base64.StdEncoding.DecodeString(strings.Join(strings.Fields(d.Signature.Value), ""))
	if err != nil || len(sig) != SignatureSize {
		return nil, fmt.Errorf("%w: signature value is not %d bytes of base64", ErrRIM, SignatureSize)
	}
	pub, ok := certs[0].PublicKey.(*ecdsa.PublicKey)
	if !ok || pub.Curve != elliptic.P384() {
		return nil, fmt.Errorf("%w: signer key is not ECDSA P-384", ErrRIM)
	}
	h := sha512.Sum384(signed)
	if !ecdsa.Verify(pub, h[:], new(big.Int).SetBytes(sig[:48]), new(big.Int).SetBytes(sig[48:])) {
		return nil, fmt.Errorf("%w: SignedInfo signature does not verify with %q", ErrRIM, certs[0].Subject.CommonName)
	}
	return ParseRIM(doc)
}

// sigNS reports whether e is in the XML-DSig namespace, judging by the
// prefix's declaration on e itself or the conventional "ds" prefix (the
// raw tokens canonicalize sees carry prefixes, not URIs).
func sigNS(e xml.StartElement) bool {
	for _, a := range e.Attr {
		if (a.Name.Space == "xmlns" && a.Name.Local == e.Name.Space) || (e.Name.Space == "" && a.Name.Space == "" && a.Name.Local == "xmlns") {
			return a.Value == xmldsigNS
		}
	}
	return e.Name.Space == "ds"
}
