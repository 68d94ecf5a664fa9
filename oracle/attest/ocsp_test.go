package attest_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/sha512"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/pem"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/crypto/ocsp"

	"github.com/hourglass-exchange/hourglass/oracle/attest"
)

// testCA is a P-384 hierarchy shaped like NVIDIA's: root -> ica1 -> ica2
// -> leaf, the leaf carrying a DICE composite-device-ID extension with an
// FWID. Its OCSP responder answers from a table the test sets.
type testCA struct {
	root, ica1, ica2, leaf         *x509.Certificate
	rootKey, ica1Key, ica2Key, key *ecdsa.PrivateKey
	srv                            *httptest.Server

	mu     sync.Mutex
	answer map[int64]ocspAnswer // by serial
}

type ocspAnswer struct {
	status     int // ocsp.Good, ocsp.Revoked, ocsp.Unknown
	this, next time.Time
	signer     *ecdsa.PrivateKey // nil: the issuer's key
	responder  *x509.Certificate // delegated responder certificate, if any
	httpStatus int               // non-zero: answer with this HTTP status instead
	hang       bool              // never answer (until the client gives up)
}

func (ca *testCA) set(serial int64, a ocspAnswer) {
	ca.mu.Lock()
	defer ca.mu.Unlock()
	ca.answer[serial] = a
}

func issue(t testing.TB, tmpl, parent *x509.Certificate, pub *ecdsa.PublicKey, key *ecdsa.PrivateKey) *x509.Certificate {
	t.Helper()
	der, err := x509.CreateCertificate(rand.Reader, tmpl, parent, pub, key)
	if err != nil {
		t.Fatal(err)
	}
	c, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func caTemplate(serial int64, cn, ocspURL string) *x509.Certificate {
	return &x509.Certificate{
		SerialNumber:          big.NewInt(serial),
		Subject:               pkix.Name{CommonName: cn},
		NotBefore:             time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC),
		NotAfter:              time.Date(2099, 1, 1, 0, 0, 0, 0, time.UTC),
		IsCA:                  true,
		BasicConstraintsValid: true,
		KeyUsage:              x509.KeyUsageCertSign,
		OCSPServer:            []string{ocspURL},
	}
}

// diceExtension encodes SEQUENCE { version INTEGER, asymmetricKey SPKI,
// fwid SEQUENCE { sha384 OID, OCTET STRING } } as Hopper leaves carry it.
func diceExtension(t testing.TB, pub *ecdsa.PublicKey, fwid []byte) []byte {
	spki, err := x509.MarshalPKIXPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	v, err := asn1.Marshal(struct {
		Version int
		Key     asn1.RawValue
		FWID    struct {
			Alg    asn1.ObjectIdentifier
			Digest []byte
		}
	}{1, asn1.RawValue{FullBytes: spki}, struct {
		Alg    asn1.ObjectIdentifier
		Digest []byte
	}{asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 2, 2}, fwid}})
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func newTestCA(t testing.TB, leafFWID []byte) *testCA {
	ca := &testCA{answer: map[int64]ocspAnswer{}}
	ca.srv = httptest.NewServer(http.HandlerFunc(ca.serve))
	t.Cleanup(ca.srv.Close)
	ca.rootKey, ca.ica1Key, ca.ica2Key, ca.key = newKey(t), newKey(t), newKey(t), newKey(t)
	rt := caTemplate(1, "Test Device Identity CA", "")
	rt.OCSPServer = nil
	ca.root = issue(t, rt, rt, &ca.rootKey.PublicKey, ca.rootKey)
	ca.ica1 = issue(t, caTemplate(2, "Test Identity", ca.srv.URL), ca.root, &ca.ica1Key.PublicKey, ca.rootKey)
	ca.ica2 = issue(t, caTemplate(3, "Test Provisioner ICA", ca.srv.URL), ca.ica1, &ca.ica2Key.PublicKey, ca.ica1Key)
	lt := caTemplate(4, "Test GSP FMC LF", "")
	lt.IsCA, lt.KeyUsage, lt.OCSPServer = false, x509.KeyUsageDigitalSignature, nil
	lt.ExtraExtensions = []pkix.Extension{{Id: asn1.ObjectIdentifier{2, 23, 133, 5, 4, 1}, Value: diceExtension(t, &ca.key.PublicKey, leafFWID)}}
	ca.leaf = issue(t, lt, ca.ica2, &ca.key.PublicKey, ca.ica2Key)
	good := ocspAnswer{status: ocsp.Good, this: at.Add(-time.Hour), next: at.Add(24 * time.Hour)}
	ca.set(2, good)
	ca.set(3, good)
	return ca
}

func (ca *testCA) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	req, err := ocsp.ParseRequest(body)
	if err != nil || r.Header.Get("Content-Type") != "application/ocsp-request" {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	ca.mu.Lock()
	a, ok := ca.answer[req.SerialNumber.Int64()]
	ca.mu.Unlock()
	if !ok {
		w.Write(ocsp.UnauthorizedErrorResponse)
		return
	}
	if a.hang {
		<-r.Context().Done()
		return
	}
	if a.httpStatus != 0 {
		http.Error(w, "responder down", a.httpStatus)
		return
	}
	issuer, key := ca.root, ca.rootKey
	if req.SerialNumber.Int64() == 3 {
		issuer, key = ca.ica1, ca.ica1Key
	}
	if a.signer != nil {
		key = a.signer
	}
	tmpl := ocsp.Response{
		Status: a.status, SerialNumber: req.SerialNumber,
		ThisUpdate: a.this, NextUpdate: a.next,
		Certificate: a.responder,
	}
	if a.status == ocsp.Revoked {
		tmpl.RevokedAt, tmpl.RevocationReason = a.this, ocsp.KeyCompromise
	}
	der, err := ocsp.CreateResponse(issuer, issuer, tmpl, key)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/ocsp-response")
	w.Write(der)
}

func (ca *testCA) chainPEM() []byte {
	var b bytes.Buffer
	for _, c := range []*x509.Certificate{ca.leaf, ca.ica2, ca.ica1, ca.root} {
		pem.Encode(&b, &pem.Block{Type: "CERTIFICATE", Bytes: c.Raw})
	}
	return b.Bytes()
}

// resign returns a real report with nonce and FWID replaced, signed by the
// test leaf key: real structure, test trust anchor.
func resign(t testing.TB, report []byte, nonce [attest.NonceSize]byte, fwid []byte, key *ecdsa.PrivateKey) []byte {
	b := bytes.Clone(report)
	copy(b[4:4+attest.NonceSize], nonce[:])
	rep, err := attest.ParseReport(b)
	if err != nil {
		t.Fatal(err)
	}
	f, ok := rep.FWID()
	if !ok {
		t.Fatal("sample has no FWID")
	}
	copy(f, fwid) // aliases b
	d := sha512.Sum384(rep.SignedBytes())
	r, s, err := ecdsa.Sign(rand.Reader, key, d[:])
	if err != nil {
		t.Fatal(err)
	}
	r.FillBytes(rep.Signature[:48])
	s.FillBytes(rep.Signature[48:])
	return b
}

func TestSyntheticChainAndOCSP(t *testing.T) {
	real := samples(t)[0]
	fwid := bytes.Repeat([]byte{0x5a}, 48)
	nonce := [attest.NonceSize]byte{1, 2, 3}
	ctx := context.Background()

	ca := newTestCA(t, fwid)
	ev := attest.Evidence{Report: resign(t, real.ev.Report, nonce, fwid, ca.key), CertChain: ca.chainPEM()}
	checker := &attest.OCSPChecker{Client: &attest.HTTPOCSPClient{HTTP: ca.srv.Client()}, Timeout: 200 * time.Millisecond}
	v := &attest.Verifier{Root: ca.root, Revocation: checker}

	if res := v.Verify(ctx, ev, nonce, at); !res.OK() {
		t.Fatalf("good chain, good OCSP: %v", res)
	}
	// Without the pinned test root (NVIDIA's instead) the same evidence fails.
	if res := (&attest.Verifier{Root: deviceRoot(t)}).Verify(ctx, ev, nonce, at); res.Code != attest.CodeBadChain {
		t.Fatalf("test chain against NVIDIA's root: %v", res)
	}

	good := ocspAnswer{status: ocsp.Good, this: at.Add(-time.Hour), next: at.Add(24 * time.Hour)}
	otherKey := newKey(t)
	responderFor := func(eku bool) *x509.Certificate {
		tmpl := caTemplate(90, "Test OCSP responder", "")
		tmpl.IsCA, tmpl.KeyUsage, tmpl.OCSPServer = false, x509.KeyUsageDigitalSignature, nil
		if eku {
			tmpl.ExtKeyUsage = []x509.ExtKeyUsage{x509.ExtKeyUsageOCSPSigning}
		}
		return issue(t, tmpl, ca.ica1, &otherKey.PublicKey, ca.ica1Key)
	}
	cases := []struct {
		name   string
		serial int64
		a      ocspAnswer
		want   attest.Code
	}{
		{"ica2 revoked", 3, ocspAnswer{status: ocsp.Revoked, this: at.Add(-time.Hour), next: at.Add(time.Hour)}, attest.CodeRevoked},
		{"ica1 revoked", 2, ocspAnswer{status: ocsp.Revoked, this: at.Add(-time.Hour), next: at.Add(time.Hour)}, attest.CodeRevoked},
		{"ica1 unknown", 2, ocspAnswer{status: ocsp.Unknown, this: at.Add(-time.Hour), next: at.Add(time.Hour)}, attest.CodeRevocationUnknown},
		{"stale: nextUpdate passed", 3, ocspAnswer{status: ocsp.Good, this: at.Add(-48 * time.Hour), next: at.Add(-time.Hour)}, attest.CodeRevocationStale},
		{"stale: no nextUpdate, old", 3, ocspAnswer{status: ocsp.Good, this: at.Add(-25 * time.Hour)}, attest.CodeRevocationStale},
		{"from the future", 3, ocspAnswer{status: ocsp.Good, this: at.Add(time.Hour), next: at.Add(48 * time.Hour)}, attest.CodeRevocationStale},
		{"responder down", 2, ocspAnswer{httpStatus: http.StatusServiceUnavailable}, attest.CodeRevocationFailed},
		{"signed by a stranger", 3, ocspAnswer{status: ocsp.Good, this: at.Add(-time.Hour), next: at.Add(time.Hour), signer: otherKey}, attest.CodeRevocationFailed},
		{"delegated responder without OCSP signing", 3, ocspAnswer{status: ocsp.Good, this: at.Add(-time.Hour), next: at.Add(time.Hour), signer: otherKey, responder: responderFor(false)}, attest.CodeRevocationFailed},
		{"delegated responder", 3, ocspAnswer{status: ocsp.Good, this: at.Add(-time.Hour), next: at.Add(time.Hour), signer: otherKey, responder: responderFor(true)}, attest.OK},
		{"responder silent", 3, ocspAnswer{hang: true}, attest.CodeRevocationFailed},
		{"good again", 3, good, attest.OK},
	}
	for _, c := range cases {
		ca.set(2, good)
		ca.set(3, good)
		ca.set(c.serial, c.a)
		res := v.Verify(ctx, ev, nonce, at)
		if res.Code != c.want {
			t.Errorf("%s: %v, want %s", c.name, res, c.want)
		}
	}
	// Revocation off: a revoked intermediate goes unnoticed (the docs say
	// when that is acceptable).
	ca.set(3, ocspAnswer{status: ocsp.Revoked, this: at.Add(-time.Hour), next: at.Add(time.Hour)})
	if res := (&attest.Verifier{Root: ca.root}).Verify(ctx, ev, nonce, at); !res.OK() {
		t.Errorf("without revocation: %v", res)
	}
}

func TestFWIDMismatch(t *testing.T) {
	real := samples(t)[0]
	nonce := [attest.NonceSize]byte{9}
	ca := newTestCA(t, bytes.Repeat([]byte{0x5a}, 48))
	// Correctly signed by the leaf, but the report claims other firmware
	// than the leaf certificate attests.
	ev := attest.Evidence{Report: resign(t, real.ev.Report, nonce, bytes.Repeat([]byte{0xa5}, 48), ca.key), CertChain: ca.chainPEM()}
	v := &attest.Verifier{Root: ca.root}
	if res := v.Verify(context.Background(), ev, nonce, at); res.Code != attest.CodeFWIDMismatch {
		t.Fatalf("%v, want fwid_mismatch", res)
	}
}

// TestPartialRequestRefused: a genuinely signed report that asked the GPU
// for one block only (param2 = 1) is refused, whatever its signature.
func TestPartialRequestRefused(t *testing.T) {
	real := samples(t)[0]
	fwid := bytes.Repeat([]byte{0x5a}, 48)
	nonce := [attest.NonceSize]byte{7}
	ca := newTestCA(t, fwid)
	report := bytes.Clone(real.ev.Report)
	report[3] = 0x01
	ev := attest.Evidence{Report: resign(t, report, nonce, fwid, ca.key), CertChain: ca.chainPEM()}
	v := &attest.Verifier{Root: ca.root}
	if res := v.Verify(context.Background(), ev, nonce, at); res.Code != attest.CodeMalformed {
		t.Fatalf("%v, want malformed_report", res)
	}
	ev.Report = resign(t, real.ev.Report, nonce, fwid, ca.key)
	if res := v.Verify(context.Background(), ev, nonce, at); !res.OK() {
		t.Fatalf("control: %v", res)
	}
}

// countingOCSP counts the queries that reach its client.
type countingOCSP struct {
	attest.OCSPClient
	n *atomic.Int64
}

func (c countingOCSP) Query(ctx context.Context, server string, req []byte) ([]byte, error) {
	c.n.Add(1)
	return c.OCSPClient.Query(ctx, server, req)
}

// TestOCSPCache: a verifier behind CachingOCSPClient asks the responder
// about each certificate once until the answer's nextUpdate; past it, it
// asks again and sees a revocation; a failed query is not kept, and the
// next verification asks again.
func TestOCSPCache(t *testing.T) {
	real := samples(t)[0]
	fwid := bytes.Repeat([]byte{0x5a}, 48)
	nonce := [attest.NonceSize]byte{4, 5, 6}
	ctx := context.Background()
	ca := newTestCA(t, fwid)
	ev := attest.Evidence{Report: resign(t, real.ev.Report, nonce, fwid, ca.key), CertChain: ca.chainPEM()}
	var queries atomic.Int64
	now := at
	cache := &attest.CachingOCSPClient{Client: countingOCSP{&attest.HTTPOCSPClient{HTTP: ca.srv.Client()}, &queries},
		Now: func() time.Time { return now }, MaxTTL: 48 * time.Hour}
	v := &attest.Verifier{Root: ca.root, Revocation: &attest.OCSPChecker{Client: cache, Timeout: 200 * time.Millisecond}}

	if res := v.Verify(ctx, ev, nonce, at); !res.OK() {
		t.Fatalf("first: %v", res)
	}
	first := queries.Load()
	if first == 0 || cache.Len() != int(first) {
		t.Fatalf("%d queries, %d answers kept", first, cache.Len())
	}
	for i := 0; i < 5; i++ {
		if res := v.Verify(ctx, ev, nonce, at.Add(time.Duration(i)*time.Minute)); !res.OK() {
			t.Fatalf("again: %v", res)
		}
	}
	if q := queries.Load(); q != first {
		t.Fatalf("%d queries after six verifications, want %d", q, first)
	}
	// Revoked at the responder: seen once the kept answer's nextUpdate
	// (a day after at) has passed.
	later := at.Add(25 * time.Hour)
	ca.set(3, ocspAnswer{status: ocsp.Revoked, this: at.Add(24 * time.Hour), next: at.Add(48 * time.Hour)})
	ca.set(2, ocspAnswer{status: ocsp.Good, this: at.Add(24 * time.Hour), next: at.Add(48 * time.Hour)})
	if res := v.Verify(ctx, ev, nonce, at.Add(time.Hour)); !res.OK() {
		t.Fatalf("before nextUpdate (the kept answer): %v", res)
	}
	now = later
	if res := v.Verify(ctx, ev, nonce, later); res.Code != attest.CodeRevoked {
		t.Fatalf("past nextUpdate: %v, want revoked", res)
	}
	if q := queries.Load(); q <= first {
		t.Fatalf("%d queries past nextUpdate: the responder was not asked again", q)
	}
	// A failed query is not kept.
	now = at.Add(49 * time.Hour)
	ca.set(3, ocspAnswer{httpStatus: http.StatusServiceUnavailable})
	if res := v.Verify(ctx, ev, nonce, now); res.Code != attest.CodeRevocationFailed {
		t.Fatalf("responder down: %v", res)
	}
	ca.set(2, ocspAnswer{status: ocsp.Good, this: now.Add(-time.Hour), next: now.Add(time.Hour)})
	ca.set(3, ocspAnswer{status: ocsp.Good, this: now.Add(-time.Hour), next: now.Add(time.Hour)})
	before := queries.Load()
	if res := v.Verify(ctx, ev, nonce, now); !res.OK() || queries.Load() == before {
		t.Fatalf("after the outage: %v, %d new queries", res, queries.Load()-before)
	}
}
