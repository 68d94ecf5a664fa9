package attest

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/sha512"
	"crypto/x509"
	"encoding/asn1"
	"encoding/hex"
	"encoding/pem"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"time"
)

// Code is a stable reason code for a failed verification. Codes are part
// of the oracle's judgement (docs/oracle.md "CC attestation"): never
// renamed, only added.
type Code string

// The codes, in the order Verify checks them: the first failing check
// decides the code, so a result is deterministic for given inputs.
const (
	OK                      Code = "ok"
	CodeMalformed           Code = "malformed_report"       // not an SPDM 1.1 Hopper report, or no PEM chain
	CodeBadNonce            Code = "bad_nonce"              // the request nonce is not the reporter's
	CodeBadChain            Code = "bad_chain"              // the chain does not reach the pinned root at the given time
	CodeBadSignature        Code = "bad_signature"          // the leaf key did not sign this report
	CodeFWIDMismatch        Code = "fwid_mismatch"          // the report's FWID is not the leaf certificate's
	CodeRevoked             Code = "revoked"                // OCSP says a chain certificate is revoked
	CodeRevocationUnknown   Code = "revocation_unknown"     // OCSP does not know a chain certificate
	CodeRevocationStale     Code = "revocation_stale"       // the OCSP answer is outside its validity window
	CodeRevocationFailed    Code = "revocation_unavailable" // no verifiable OCSP answer (transport, signature, format)
	CodeMeasurementMismatch Code = "measurement_mismatch"   // a measurement differs from every reference value
	// CodeVerifierError is the reporter's own fault (no pinned root):
	// the judge must not count it against the node.
	CodeVerifierError Code = "verifier_error"
)

// Result is the verdict on one piece of evidence. Equal inputs give equal
// results (no map order, no wall clock).
type Result struct {
	Code   Code   // OK when the evidence verifies
	Detail string // for people: which check, which certificate or block

	// Filled as far as parsing got, for logs and the judge's record.
	DriverVersion string
	VBIOSVersion  string
	FWID          []byte
	Mismatched    []int // block indexes that matched no reference value, ascending
}

// OK reports whether the evidence verified.
func (r Result) OK() bool { return r.Code == OK }

func (r Result) String() string {
	if r.Code == OK {
		return string(OK)
	}
	return string(r.Code) + ": " + r.Detail
}

// Evidence is what a node returns to a challenge: the attestation report
// over the reporter's nonce and the GPU's certificate chain in PEM, leaf
// first (as NVML's attestationCertChain holds it).
type Evidence struct {
	Report    []byte `json:"report"`
	CertChain []byte `json:"cert_chain"`
}

// Reference holds golden measurements by block index (1-based, the
// report's numbering; RIM index i is block i+1). A block matches when its
// value equals any of the alternatives. Blocks absent from the map are not
// compared.
type Reference map[int][][]byte

// Verifier checks evidence against NVIDIA's pinned device root. Root is
// required; once set up a Verifier is safe for concurrent use.
type Verifier struct {
	// Root is the pinned "NVIDIA Device Identity CA" (testdata
	// verifier_device_root.pem); no system roots are consulted.
	Root *x509.Certificate
	// Revocation, when set, is asked about every certificate between the
	// leaf and the root (the GPU-generated leaf has no OCSP entry; nvtrust
	// skips it too). Nil skips revocation: the docs say when that is fine.
	Revocation *OCSPChecker
	// Reference, when non-empty, is compared with the report's blocks.
	Reference Reference
}

// TCG DICE TcbInfo extension (TCG DICE Attestation Architecture), which
// carries the FWID of the firmware that generated the leaf key.
var oidDiceTcbInfo = asn1.ObjectIdentifier{2, 23, 133, 5, 4, 1}

// Verify checks ev against the challenge nonce at time at. Checks, in
// order: parse (a signed request for all blocks), nonce, chain (validity
// at at), signature, FWID, revocation, measurements. at is the time the
// challenge was answered; a reporter passes the challenge's time, not the
// time it happens to verify, so that reporters agree.
func (v *Verifier) Verify(ctx context.Context, ev Evidence, nonce [NonceSize]byte, at time.Time) Result {
	var res Result
	fail := func(c Code, format string, a ...any) Result {
		res.Code, res.Detail = c, fmt.Sprintf(format, a...)
		return res
	}
	if v.Root == nil {
		return fail(CodeVerifierError, "verifier has no pinned root")
	}
	rep, err := ParseReport(ev.Report)
	if err != nil {
		return fail(CodeMalformed, "%v", err)
	}
	res.DriverVersion, res.VBIOSVersion = rep.DriverVersion(), rep.VBIOSVersion()
	res.FWID, _ = rep.FWID()
	certs, err := ParseChain(ev.CertChain)
	if err != nil {
		return fail(CodeMalformed, "%v", err)
	}
	if rep.Param1&0x01 == 0 || rep.Param2 != 0xff {
		// A report over a chosen subset of blocks would hide the others.
		return fail(CodeMalformed, "request param1 %#x param2 %#x: not a signed request for all blocks (01 ff)", rep.Param1, rep.Param2)
	}
	if rep.Nonce != nonce {
		return fail(CodeBadNonce, "report nonce %x, challenge %x", rep.Nonce[:], nonce[:])
	}
	chain, err := v.verifyChain(certs, at)
	if err != nil {
		return fail(CodeBadChain, "%v", err)
	}
	leaf := chain[0]
	if err := VerifySignature(rep, leaf); err != nil {
		return fail(CodeBadSignature, "%v", err)
	}
	certFWID, err := LeafFWID(leaf)
	if err != nil {
		return fail(CodeFWIDMismatch, "%v", err)
	}
	if len(res.FWID) == 0 {
		return fail(CodeFWIDMismatch, "report carries no FWID (opaque field 20)")
	}
	if !bytes.Equal(certFWID, res.FWID) {
		return fail(CodeFWIDMismatch, "report FWID %x, leaf certificate FWID %x", res.FWID, certFWID)
	}
	if v.Revocation != nil {
		// chain[0] is the leaf, chain[len-1] the pinned root.
		for i := 1; i < len(chain)-1; i++ {
			if c, detail := v.Revocation.Check(ctx, chain[i], chain[i+1], at); c != OK {
				return fail(c, "%s", detail)
			}
		}
	}
	if len(v.Reference) > 0 {
		res.Mismatched = CompareMeasurements(rep, v.Reference)
		if len(res.Mismatched) > 0 {
			return fail(CodeMeasurementMismatch, "blocks %v match no reference value", res.Mismatched)
		}
	}
	res.Code = OK
	return res
}

// verifyChain returns the verified chain, leaf first, ending in the pinned
// root. Every certificate after the leaf is offered as an intermediate;
// the GPU's copy of the root, if present, is only an intermediate too, so
// a chain ending in another root fails.
func (v *Verifier) verifyChain(certs []*x509.Certificate, at time.Time) ([]*x509.Certificate, error) {
	roots := x509.NewCertPool()
	roots.AddCert(v.Root)
	inter := x509.NewCertPool()
	for _, c := range certs[1:] {
		inter.AddCert(c)
	}
	chains, err := certs[0].Verify(x509.VerifyOptions{
		Roots:         roots,
		Intermediates: inter,
		CurrentTime:   at,
		KeyUsages:     []x509.ExtKeyUsage{x509.ExtKeyUsageAny},
	})
	if err != nil {
		return nil, fmt.Errorf("leaf %q: %w", certs[0].Subject.CommonName, err)
	}
	// Several chains can exist (cross-signed intermediates); take the
	// shortest, then the first in Go's order, for determinism.
	sort.SliceStable(chains, func(i, j int) bool { return len(chains[i]) < len(chains[j]) })
	return chains[0], nil
}

// ParseChain parses a PEM certificate chain, leaf first. Bytes outside PEM
// blocks (NVML pads its buffer with NULs) are ignored.
func ParseChain(pemChain []byte) ([]*x509.Certificate, error) {
	var certs []*x509.Certificate
	rest := pemChain
	for {
		var blk *pem.Block
		blk, rest = pem.Decode(rest)
		if blk == nil {
			break
		}
		if blk.Type != "CERTIFICATE" {
			continue
		}
		c, err := x509.ParseCertificate(blk.Bytes)
		if err != nil {
			return nil, fmt.Errorf("%w: certificate %d: %v", ErrMalformed, len(certs), err)
		}
		certs = append(certs, c)
	}
	if len(certs) == 0 {
		return nil, fmt.Errorf("%w: no PEM certificate in the chain", ErrMalformed)
	}
	return certs, nil
}

// VerifySignature checks the report's ECDSA P-384 signature (raw r||s)
// over SHA-384 of SignedBytes with the leaf's public key.
func VerifySignature(rep *Report, leaf *x509.Certificate) error {
	pub, ok := leaf.PublicKey.(*ecdsa.PublicKey)
	if !ok || pub.Curve != elliptic.P384() {
		return fmt.Errorf("leaf key is %T, want ECDSA P-384", leaf.PublicKey)
	}
	if len(rep.Signature) != SignatureSize {
		return fmt.Errorf("signature is %d bytes, want %d", len(rep.Signature), SignatureSize)
	}
	digest := sha512.Sum384(rep.SignedBytes())
	r := new(big.Int).SetBytes(rep.Signature[:SignatureSize/2])
	s := new(big.Int).SetBytes(rep.Signature[SignatureSize/2:])
	if !ecdsa.Verify(pub, digest[:], r, s) {
		return errors.New("ECDSA P-384 signature does not verify with the leaf key")
	}
	return nil
}

// fwid is TCG's FWID ::= SEQUENCE { hashAlg OBJECT IDENTIFIER, fwid
// OCTET STRING }.
type fwid struct {
	HashAlg asn1.ObjectIdentifier
	Digest  []byte
}

// LeafFWID returns the SHA-384 FWID in the leaf certificate's TCG DICE
// extension (OID 2.23.133.5.4.1). On Hopper leaves the extension is the
// TCG composite device identifier, SEQUENCE { version INTEGER,
// asymmetricKey SubjectPublicKeyInfo, fwid FWID }; the later DiceTcbInfo
// form keeps its FWIDs in a [6] list. Both are read. NVIDIA's verifier
// takes the extension's last 48 bytes, which is the same digest on Hopper
// certificates (tested).
func LeafFWID(leaf *x509.Certificate) ([]byte, error) {
	for _, ext := range leaf.Extensions {
		if !ext.Id.Equal(oidDiceTcbInfo) {
			continue
		}
		var seq asn1.RawValue
		if rest, err := asn1.Unmarshal(ext.Value, &seq); err != nil || len(rest) > 0 || seq.Tag != asn1.TagSequence {
			return nil, fmt.Errorf("leaf DICE extension is not a DER SEQUENCE")
		}
		body := seq.Bytes
		for len(body) > 0 {
			var f asn1.RawValue
			var err error
			if body, err = asn1.Unmarshal(body, &f); err != nil {
				return nil, fmt.Errorf("leaf DICE extension: %v", err)
			}
			var list []byte
			switch {
			case f.Class == asn1.ClassUniversal && f.Tag == asn1.TagSequence:
				list = f.FullBytes // a lone FWID (composite device ID)
			case f.Class == asn1.ClassContextSpecific && f.Tag == 6:
				list = f.Bytes // DiceTcbInfo fwids [6] IMPLICIT SEQUENCE OF FWID
			default:
				continue
			}
			for len(list) > 0 {
				var id fwid
				if list, err = asn1.Unmarshal(list, &id); err != nil {
					break // a SubjectPublicKeyInfo, not an FWID
				}
				if len(id.Digest) == DigestSize {
					return id.Digest, nil
				}
			}
		}
		return nil, errors.New("leaf DICE extension has no 48-byte FWID")
	}
	return nil, errors.New("leaf certificate has no TCG DICE extension (2.23.133.5.4.1)")
}

// CompareMeasurements returns the block indexes (ascending) whose runtime
// value matches none of ref's alternatives, or that the report lacks.
// Block 36 (RIM index 35, NVDEC0) is skipped when the report says NVDEC0 is
// disabled, as NVIDIA's verifier does.
func CompareMeasurements(rep *Report, ref Reference) []int {
	idx := make([]int, 0, len(ref))
	for i := range ref {
		idx = append(idx, i)
	}
	sort.Ints(idx)
	var bad []int
	for _, i := range idx {
		if i == 36 && !rep.NVDEC0Enabled() {
			continue
		}
		got, ok := rep.Measurement(i)
		match := false
		for _, want := range ref[i] {
			if ok && bytes.Equal(got, want) {
				match = true
				break
			}
		}
		if !match {
			bad = append(bad, i)
		}
	}
	return bad
}

// ParseReference parses "index:hexdigest[|hexdigest...]" entries, one per
// element, into a Reference (block indexes, 1-based).
func ParseReference(entries []string) (Reference, error) {
	ref := Reference{}
	for _, e := range entries {
		var i int
		var rest string
		if n, err := fmt.Sscanf(e, "%d:%s", &i, &rest); err != nil || n != 2 || i < 1 || i > 255 {
			return nil, fmt.Errorf("attest: reference entry %q: want index:hexdigest with index 1..255", e)
		}
		for _, h := range bytes.Split([]byte(rest), []byte("|")) {
			d, err := hex.DecodeString(string(h))
			if err != nil || len(d) == 0 {
				return nil, fmt.Errorf("attest: reference entry %q: bad digest %q", e, h)
			}
			ref[i] = append(ref[i], d)
		}
	}
	return ref, nil
}

// MergeReferences combines the driver RIM's and the VBIOS RIM's golden
// values into one Reference. An index both name is an error, as in
// NVIDIA's verifier (generate_golden_measurement_list): each block
// belongs to one manifest.
func MergeReferences(refs ...Reference) (Reference, error) {
	out := Reference{}
	for _, r := range refs {
		for i, v := range r {
			if _, dup := out[i]; dup {
				return nil, fmt.Errorf("attest: block %d has golden values in two references", i)
			}
			out[i] = v
		}
	}
	return out, nil
}
