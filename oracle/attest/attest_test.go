package attest_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/oracle/attest"
	"github.com/hourglass-exchange/hourglass/oracle/attest/attesttest"
)

// at is inside every real certificate's validity (2022-03-01 .. 9999).
var at = time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)

type sample struct {
	name          string
	ev            attest.Evidence
	nonce         [attest.NonceSize]byte
	driver, vbios string
}

// samples returns the 8 evidences of gpu_evidence.json and the local
// verifier's hopperAttestationReport.txt with its chain. That sample has
// no separate challenge, so its own request nonce stands in for one.
func samples(t testing.TB) []sample {
	t.Helper()
	d := attesttest.Dir(t)
	raw, err := os.ReadFile(filepath.Join(d, "gpu_evidence.json"))
	if err != nil {
		t.Fatal(err)
	}
	var list []struct {
		Nonce, Evidence, Certificate string
		DriverVersion                string `json:"driver_version"`
		VBIOSVersion                 string `json:"vbios_version"`
	}
	if err := json.Unmarshal(raw, &list); err != nil {
		t.Fatal(err)
	}
	var out []sample
	for i, e := range list {
		s := sample{name: "gpu_evidence[" + string(rune('0'+i)) + "]", driver: e.DriverVersion, vbios: e.VBIOSVersion}
		if s.ev.Report, err = base64.StdEncoding.DecodeString(e.Evidence); err != nil {
			t.Fatal(err)
		}
		if s.ev.CertChain, err = base64.StdEncoding.DecodeString(e.Certificate); err != nil {
			t.Fatal(err)
		}
		n, err := hex.DecodeString(e.Nonce)
		if err != nil || len(n) != attest.NonceSize {
			t.Fatalf("sample %d nonce %q", i, e.Nonce)
		}
		copy(s.nonce[:], n)
		out = append(out, s)
	}
	txt, err := os.ReadFile(filepath.Join(d, "hopperAttestationReport.txt"))
	if err != nil {
		t.Fatal(err)
	}
	s := sample{name: "hopperAttestationReport.txt", driver: "550.90.07", vbios: "96.00.9F.00.01"}
	if s.ev.Report, err = hex.DecodeString(strings.TrimSpace(string(txt))); err != nil {
		t.Fatal(err)
	}
	if s.ev.CertChain, err = os.ReadFile(filepath.Join(d, "hopperCertChain.txt")); err != nil {
		t.Fatal(err)
	}
	copy(s.nonce[:], s.ev.Report[4:36])
	if len(out) != 8 {
		t.Fatalf("gpu_evidence.json holds %d evidences, want 8", len(out))
	}
	return append(out, s)
}

func pemCert(t testing.TB, path string) *x509.Certificate {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	certs, err := attest.ParseChain(b)
	if err != nil || len(certs) != 1 {
		t.Fatalf("%s: %v (%d certificates)", path, err, len(certs))
	}
	return certs[0]
}

func deviceRoot(t testing.TB) *x509.Certificate {
	return pemCert(t, filepath.Join(attesttest.Dir(t), "verifier_device_root.pem"))
}

func TestRealEvidenceVerifies(t *testing.T) {
	v := &attest.Verifier{Root: deviceRoot(t)}
	for _, s := range samples(t) {
		res := v.Verify(context.Background(), s.ev, s.nonce, at)
		if !res.OK() {
			t.Errorf("%s: %v", s.name, res)
			continue
		}
		if res.DriverVersion != s.driver || !strings.EqualFold(res.VBIOSVersion, s.vbios) || len(res.FWID) != attest.DigestSize {
			t.Errorf("%s: driver %q vbios %q fwid %d bytes, want %q %q 48", s.name, res.DriverVersion, res.VBIOSVersion, len(res.FWID), s.driver, s.vbios)
		}
	}
}

func TestReportLayout(t *testing.T) {
	for _, s := range samples(t) {
		r, err := attest.ParseReport(s.ev.Report)
		if err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		if r.Param1 != 0x01 || r.Param2 != 0xff || len(r.Measurements) != 64 {
			t.Errorf("%s: param1 %#x param2 %#x, %d blocks; want 01 ff 64", s.name, r.Param1, r.Param2, len(r.Measurements))
		}
		for i, m := range r.Measurements {
			if m.Index != i+1 || len(m.Value) != attest.DigestSize {
				t.Errorf("%s: block %d has index %d and %d bytes", s.name, i, m.Index, len(m.Value))
			}
		}
		certs, err := attest.ParseChain(s.ev.CertChain)
		if err != nil || len(certs) != 5 {
			t.Fatalf("%s: chain: %v, %d certificates, want 5", s.name, err, len(certs))
		}
		// NVIDIA's rule (cc_admin_utils.extract_fwid): the last 48 bytes
		// of the extension. The structured read must give the same bytes.
		var last48 []byte
		for _, e := range certs[0].Extensions {
			if e.Id.String() == "2.23.133.5.4.1" {
				last48 = e.Value[len(e.Value)-48:]
			}
		}
		got, err := attest.LeafFWID(certs[0])
		if err != nil || !bytes.Equal(got, last48) {
			t.Errorf("%s: LeafFWID %x, %v; NVIDIA's last 48 bytes %x", s.name, got, err, last48)
		}
	}
}

// TestFlippedBytesFail flips every 13th byte of one real report (329
// flips over every region; every byte took 22 s, too slow for a unit
// test): none verifies; a flip in the request nonce is bad_nonce, in a
// measurement, the responder nonce, the opaque data or the signature it is
// bad_signature (or malformed_report where it breaks the structure).
func TestFlippedBytesFail(t *testing.T) {
	s := samples(t)[0]
	v := &attest.Verifier{Root: deviceRoot(t)}
	rep, _ := attest.ParseReport(s.ev.Report)
	const step = 13
	counts := map[attest.Code]int{}
	for i := 0; i < len(s.ev.Report); i += step {
		b := bytes.Clone(s.ev.Report)
		b[i] ^= 0x01
		res := v.Verify(context.Background(), attest.Evidence{Report: b, CertChain: s.ev.CertChain}, s.nonce, at)
		counts[res.Code]++
		var want []attest.Code
		switch {
		case i >= 4 && i < 36:
			want = []attest.Code{attest.CodeBadNonce}
		case i >= len(b)-attest.SignatureSize:
			want = []attest.Code{attest.CodeBadSignature}
		default:
			want = []attest.Code{attest.CodeBadSignature, attest.CodeMalformed}
		}
		ok := false
		for _, w := range want {
			ok = ok || res.Code == w
		}
		if !ok {
			t.Fatalf("byte %d flipped: %v, want one of %v", i, res, want)
		}
	}
	// Every measurement byte is signed content: spot-check one directly.
	off := attest.RequestSize + 8 + 4 + 3 + 10 // block 1's value, byte 10
	if !bytes.Equal(s.ev.Report[off:off+1], rep.Measurements[0].Value[10:11]) {
		t.Fatalf("offset arithmetic: %x vs %x", s.ev.Report[off:off+1], rep.Measurements[0].Value[10:11])
	}
	b := bytes.Clone(s.ev.Report)
	b[off] ^= 0x80
	if res := v.Verify(context.Background(), attest.Evidence{Report: b, CertChain: s.ev.CertChain}, s.nonce, at); res.Code != attest.CodeBadSignature {
		t.Fatalf("measurement byte flipped: %v", res)
	}
	t.Logf("codes over %d flips: %v", (len(s.ev.Report)+step-1)/step, counts)
}

func TestWrongNonce(t *testing.T) {
	v := &attest.Verifier{Root: deviceRoot(t)}
	for _, s := range samples(t) {
		n := s.nonce
		n[31] ^= 0xff
		if res := v.Verify(context.Background(), s.ev, n, at); res.Code != attest.CodeBadNonce {
			t.Errorf("%s: %v, want bad_nonce", s.name, res)
		}
	}
}

func newKey(t testing.TB) *ecdsa.PrivateKey {
	k, err := ecdsa.GenerateKey(elliptic.P384(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func selfSigned(t testing.TB, cn string, k *ecdsa.PrivateKey) *x509.Certificate {
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: cn},
		NotBefore:             time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC),
		NotAfter:              time.Date(2099, 1, 1, 0, 0, 0, 0, time.UTC),
		IsCA:                  true,
		BasicConstraintsValid: true,
		KeyUsage:              x509.KeyUsageCertSign,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &k.PublicKey, k)
	if err != nil {
		t.Fatal(err)
	}
	c, _ := x509.ParseCertificate(der)
	return c
}

func TestForeignRootFails(t *testing.T) {
	foreign := selfSigned(t, "NVIDIA Device Identity CA", newKey(t)) // same name, other key
	v := &attest.Verifier{Root: foreign}
	for _, s := range samples(t) {
		if res := v.Verify(context.Background(), s.ev, s.nonce, at); res.Code != attest.CodeBadChain {
			t.Errorf("%s: %v, want bad_chain", s.name, res)
		}
	}
}

func TestChainFailures(t *testing.T) {
	s := samples(t)[0]
	v := &attest.Verifier{Root: deviceRoot(t)}
	ctx := context.Background()
	if res := (&attest.Verifier{}).Verify(ctx, s.ev, s.nonce, at); res.Code != attest.CodeVerifierError {
		t.Errorf("no pinned root: %v, want verifier_error (not the node's fault)", res)
	}
	// Before the intermediates were issued (2022-03-01).
	if res := v.Verify(ctx, s.ev, s.nonce, time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)); res.Code != attest.CodeBadChain {
		t.Errorf("verified before NotBefore: %v", res)
	}
	certs, _ := attest.ParseChain(s.ev.CertChain)
	// The leaf alone cannot reach the root.
	leafOnly := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: certs[0].Raw})
	if res := v.Verify(ctx, attest.Evidence{Report: s.ev.Report, CertChain: leafOnly}, s.nonce, at); res.Code != attest.CodeBadChain {
		t.Errorf("leaf-only chain: %v", res)
	}
	// Another GPU's genuine chain: valid to the root, but its key did not sign.
	other := samples(t)[8]
	if res := v.Verify(ctx, attest.Evidence{Report: s.ev.Report, CertChain: other.ev.CertChain}, s.nonce, at); res.Code != attest.CodeBadSignature {
		t.Errorf("other GPU's chain: %v, want bad_signature", res)
	}
	if res := v.Verify(ctx, attest.Evidence{Report: s.ev.Report, CertChain: []byte("no pem here")}, s.nonce, at); res.Code != attest.CodeMalformed {
		t.Errorf("no chain: %v", res)
	}
	if res := v.Verify(ctx, attest.Evidence{Report: s.ev.Report[:100], CertChain: s.ev.CertChain}, s.nonce, at); res.Code != attest.CodeMalformed {
		t.Errorf("truncated report: %v", res)
	}
}

func TestMeasurementsAgainstReference(t *testing.T) {
	s := samples(t)[0]
	rep, err := attest.ParseReport(s.ev.Report)
	if err != nil {
		t.Fatal(err)
	}
	ref := attest.Reference{}
	for _, m := range rep.Measurements {
		ref[m.Index] = [][]byte{bytes.Repeat([]byte{0xee}, 48), m.Value} // a wrong alternative, then the right one
	}
	v := &attest.Verifier{Root: deviceRoot(t), Reference: ref}
	if res := v.Verify(context.Background(), s.ev, s.nonce, at); !res.OK() {
		t.Fatalf("own values as reference: %v", res)
	}
	ref[5] = [][]byte{bytes.Repeat([]byte{0x11}, 48)}
	ref[40] = ref[5]
	// NVDEC0 is disabled in these reports (0x55): block 36 is not compared.
	if rep.NVDEC0Enabled() {
		t.Fatal("sample says NVDEC0 enabled; the test expects disabled")
	}
	ref[36] = ref[5]
	ref[65] = ref[5] // a block the report lacks
	res := v.Verify(context.Background(), s.ev, s.nonce, at)
	if res.Code != attest.CodeMeasurementMismatch || len(res.Mismatched) != 3 || res.Mismatched[0] != 5 || res.Mismatched[1] != 40 || res.Mismatched[2] != 65 {
		t.Fatalf("%v mismatched %v, want measurement_mismatch [5 40 65]", res, res.Mismatched)
	}
	parsed, err := attest.ParseReference([]string{"1:" + hex.EncodeToString(rep.Measurements[0].Value) + "|00", "2:" + hex.EncodeToString(rep.Measurements[1].Value)})
	if err != nil || len(parsed[1]) != 2 || len(parsed[2]) != 1 {
		t.Fatalf("ParseReference: %v %v", parsed, err)
	}
	if bad := attest.CompareMeasurements(rep, parsed); len(bad) != 0 {
		t.Fatalf("parsed reference mismatched %v", bad)
	}
	for _, e := range []string{"0:00", "x:00", "3:zz", "4"} {
		if _, err := attest.ParseReference([]string{e}); err == nil {
			t.Errorf("ParseReference(%q) accepted", e)
		}
	}
}

func TestDeterministic(t *testing.T) {
	s := samples(t)[0]
	ref := attest.Reference{}
	for i := 1; i <= 64; i++ {
		ref[i] = [][]byte{{0}}
	}
	v := &attest.Verifier{Root: deviceRoot(t), Reference: ref}
	first := v.Verify(context.Background(), s.ev, s.nonce, at)
	for i := 0; i < 5; i++ {
		again := v.Verify(context.Background(), s.ev, s.nonce, at)
		if again.String() != first.String() {
			t.Fatalf("run %d: %q, first %q", i, again, first)
		}
	}
}

func BenchmarkVerify(b *testing.B) {
	s := samples(b)[0]
	v := &attest.Verifier{Root: deviceRoot(b)}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if res := v.Verify(ctx, s.ev, s.nonce, at); !res.OK() {
			b.Fatal(res)
		}
	}
}

// BenchmarkSignatureOnly is the report's own ECDSA-P384 check, to show
// how much of BenchmarkVerify is the chain (four more P-384 checks).
func BenchmarkSignatureOnly(b *testing.B) {
	s := samples(b)[0]
	rep, err := attest.ParseReport(s.ev.Report)
	if err != nil {
		b.Fatal(err)
	}
	certs, err := attest.ParseChain(s.ev.CertChain)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if err := attest.VerifySignature(rep, certs[0]); err != nil {
			b.Fatal(err)
		}
	}
}

// TestNVIDIARootIsTheTestDatas: the embedded root is the nvtrust copy, and
// every real sample verifies to it through DefaultVerifier's root.
func TestNVIDIARootIsTheTestDatas(t *testing.T) {
	if got, want := attest.NVIDIARoot(), deviceRoot(t); !bytes.Equal(got.Raw, want.Raw) {
		t.Fatal("the embedded NVIDIA root differs from testdata/nvtrust/verifier_device_root.pem")
	}
	v := attest.DefaultVerifier()
	if v.Revocation == nil || v.Root.Subject.CommonName != "NVIDIA Device Identity CA" {
		t.Fatalf("default verifier %+v", v)
	}
	v.Revocation = nil // no network in tests
	for _, s := range samples(t) {
		if res := v.Verify(context.Background(), s.ev, s.nonce, at); !res.OK() {
			t.Errorf("%s: %v", s.name, res)
		}
	}
}
