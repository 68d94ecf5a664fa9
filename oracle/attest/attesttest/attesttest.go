// Package attesttest holds test helpers for CC attestation (oracle/attest):
// the real H100 evidence of the nvtrust test data, a synthetic device
// that signs Hopper reports over any nonce under a test root, and the
// wiring of go-nvml's mock (mock/dgxh100) conf-compute calls to either,
// so that agents, reporters and whole-loop tests run attestation with no
// GPU. Tests only: nothing here is trusted.
package attesttest

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha512"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/server"

	"github.com/hourglass-exchange/hourglass/oracle/attest"
)

// At is a time inside every real sample certificate's validity and the
// synthetic ones' (the real chains' intermediates run from 2022 to 9999).
var At = time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)

// Sample is one real evidence of gpu_evidence.json: a report over Nonce,
// signed by a real H100, and its chain to NVIDIA's root.
type Sample struct {
	Name     string
	Evidence attest.Evidence
	Nonce    [attest.NonceSize]byte
}

// Dir finds $HOURGLASS_SHARED/testdata/nvtrust (or ../shared next to the
// module root). Missing data fails under CI=true and skips elsewhere.
func Dir(t testing.TB) string {
	t.Helper()
	shared := os.Getenv("HOURGLASS_SHARED")
	if shared == "" {
		dir, err := os.Getwd()
		if err != nil {
			t.Fatal(err)
		}
		for {
			if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
				shared = filepath.Join(dir, "..", "shared")
				break
			}
			if filepath.Dir(dir) == dir {
				t.Fatal("no go.mod above the working directory")
			}
			dir = filepath.Dir(dir)
		}
	}
	d := filepath.Join(shared, "testdata", "nvtrust")
	if _, err := os.Stat(filepath.Join(d, "gpu_evidence.json")); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("nvtrust test data missing in CI: %v", err)
		}
		t.Skipf("nvtrust test data not available: %v (set HOURGLASS_SHARED)", err)
	}
	return d
}

// Samples returns the 8 evidences of gpu_evidence.json.
func Samples(t testing.TB) []Sample {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(Dir(t), "gpu_evidence.json"))
	if err != nil {
		t.Fatal(err)
	}
	var list []struct{ Nonce, Evidence, Certificate string }
	if err := json.Unmarshal(raw, &list); err != nil {
		t.Fatal(err)
	}
	var out []Sample
	for i, e := range list {
		s := Sample{Name: "gpu_evidence[" + string(rune('0'+i)) + "]"}
		if s.Evidence.Report, err = base64.StdEncoding.DecodeString(e.Evidence); err != nil {
			t.Fatal(err)
		}
		if s.Evidence.CertChain, err = base64.StdEncoding.DecodeString(e.Certificate); err != nil {
			t.Fatal(err)
		}
		n, err := hex.DecodeString(e.Nonce)
		if err != nil || len(n) != attest.NonceSize {
			t.Fatalf("sample %d nonce %q", i, e.Nonce)
		}
		copy(s.Nonce[:], n)
		out = append(out, s)
	}
	if len(out) == 0 {
		t.Fatal("gpu_evidence.json holds no evidence")
	}
	return out
}

// Source is what one mock GPU attests with.
type Source interface {
	// Chain is the GPU's attestation certificate chain (PEM, leaf first).
	Chain() []byte
	// Report answers GetConfComputeGpuAttestationReport for nonce.
	Report(nonce [attest.NonceSize]byte) ([]byte, nvml.Return)
}

// Replay is a sample's report whatever the nonce: a node presenting a
// recorded report. NVML's answer is then not over the nonce asked.
type Replay Sample

func (s Replay) Chain() []byte { return s.Evidence.CertChain }

func (s Replay) Report([attest.NonceSize]byte) ([]byte, nvml.Return) {
	return bytes.Clone(s.Evidence.Report), nvml.SUCCESS
}

// Forge is a sample's report with the nonce asked written into it: a fake
// NVML that passes the agent's own nonce check, whose signature no longer
// verifies.
type Forge Sample

func (s Forge) Chain() []byte { return s.Evidence.CertChain }

func (s Forge) Report(nonce [attest.NonceSize]byte) ([]byte, nvml.Return) {
	b := bytes.Clone(s.Evidence.Report)
	copy(b[4:4+attest.NonceSize], nonce[:])
	return b, nvml.SUCCESS
}

// Tamper is Src with byte At of each report flipped after signing: a
// node that changed a measurement (At 200 is in the first blocks) of a
// genuine report over the right nonce. Its signature no longer verifies.
type Tamper struct {
	Src Source
	At  int
}

func (s Tamper) Chain() []byte { return s.Src.Chain() }

func (s Tamper) Report(nonce [attest.NonceSize]byte) ([]byte, nvml.Return) {
	b, ret := s.Src.Report(nonce)
	if ret == nvml.SUCCESS && s.At < len(b) {
		b[s.At] ^= 0x01
	}
	return b, ret
}

// Failing is a GPU whose NVML conf-compute calls fail with Ret.
type Failing struct{ Ret nvml.Return }

func (Failing) Chain() []byte { return nil }

func (f Failing) Report([attest.NonceSize]byte) ([]byte, nvml.Return) { return nil, f.Ret }

// CA is a test root shaped like NVIDIA's device identity hierarchy (P-384),
// whose devices sign real-layout reports over any nonce: pin Root in a
// verifier to make them pass.
type CA struct {
	Root    *x509.Certificate
	key     *ecdsa.PrivateKey
	mu      sync.Mutex
	serial  int64
	ica     *x509.Certificate
	icaKey  *ecdsa.PrivateKey
	tmplRep []byte
}

// NewCA makes a root and an intermediate; template is a real report
// (a Sample's) whose layout the devices' reports copy.
func NewCA(t testing.TB, template []byte) *CA {
	t.Helper()
	if _, err := attest.ParseReport(template); err != nil {
		t.Fatal(err)
	}
	ca := &CA{key: newKey(t), icaKey: newKey(t), serial: 2, tmplRep: bytes.Clone(template)}
	rt := caTemplate(1, "Test Device Identity CA")
	ca.Root = issue(t, rt, rt, &ca.key.PublicKey, ca.key)
	ca.ica = issue(t, caTemplate(2, "Test Provisioner ICA"), ca.Root, &ca.icaKey.PublicKey, ca.key)
	return ca
}

// Device is one synthetic GPU: a leaf key certified by its CA, carrying
// an FWID in the TCG DICE extension as Hopper leaves do.
type Device struct {
	ca   *CA
	key  *ecdsa.PrivateKey
	leaf *x509.Certificate
	fwid []byte
}

// NewDevice issues a device (a fresh leaf key and FWID).
func (ca *CA) NewDevice(t testing.TB) *Device {
	t.Helper()
	ca.mu.Lock()
	ca.serial++
	serial := ca.serial
	ca.mu.Unlock()
	d := &Device{ca: ca, key: newKey(t), fwid: make([]byte, attest.DigestSize)}
	if _, err := rand.Read(d.fwid); err != nil {
		t.Fatal(err)
	}
	spki, err := x509.MarshalPKIXPublicKey(&d.key.PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	type fwid struct {
		Alg    asn1.ObjectIdentifier
		Digest []byte
	}
	ext, err := asn1.Marshal(struct {
		Version int
		Key     asn1.RawValue
		FWID    fwid
	}{1, asn1.RawValue{FullBytes: spki}, fwid{asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 2, 2}, d.fwid}})
	if err != nil {
		t.Fatal(err)
	}
	lt := caTemplate(serial, "Test GSP FMC LF")
	lt.IsCA, lt.KeyUsage = false, x509.KeyUsageDigitalSignature
	lt.ExtraExtensions = []pkix.Extension{{Id: asn1.ObjectIdentifier{2, 23, 133, 5, 4, 1}, Value: ext}}
	d.leaf = issue(t, lt, ca.ica, &d.key.PublicKey, ca.icaKey)
	return d
}

// Chain is the device's chain, leaf first, ending in the CA's root.
func (d *Device) Chain() []byte {
	var b bytes.Buffer
	for _, c := range []*x509.Certificate{d.leaf, d.ca.ica, d.ca.Root} {
		pem.Encode(&b, &pem.Block{Type: "CERTIFICATE", Bytes: c.Raw})
	}
	return b.Bytes()
}

// Report signs the template's layout over nonce with the device's FWID.
func (d *Device) Report(nonce [attest.NonceSize]byte) ([]byte, nvml.Return) {
	b := bytes.Clone(d.ca.tmplRep)
	copy(b[4:4+attest.NonceSize], nonce[:])
	rep, err := attest.ParseReport(b)
	if err != nil {
		return nil, nvml.ERROR_UNKNOWN
	}
	if f, ok := rep.FWID(); ok {
		copy(f, d.fwid) // aliases b
	}
	digest := sha512.Sum384(rep.SignedBytes())
	r, s, err := ecdsa.Sign(rand.Reader, d.key, digest[:])
	if err != nil {
		return nil, nvml.ERROR_UNKNOWN
	}
	r.FillBytes(rep.Signature[:attest.SignatureSize/2])
	s.FillBytes(rep.Signature[attest.SignatureSize/2:])
	return b, nvml.SUCCESS
}

// Wire sets the conf-compute calls of go-nvml's mock server s and its
// devices: CC on (feature enabled, production environment), and GPU i
// attesting with src(i). Calls other than these are left as they are.
func Wire(s *server.Server, src func(i int) Source) {
	s.SystemGetConfComputeStateFunc = func() (nvml.ConfComputeSystemState, nvml.Return) {
		return nvml.ConfComputeSystemState{Environment: nvml.CC_SYSTEM_ENVIRONMENT_PROD, CcFeature: nvml.CC_SYSTEM_FEATURE_ENABLED}, nvml.SUCCESS
	}
	s.SystemGetConfComputeSettingsFunc = func() (nvml.SystemConfComputeSettings, nvml.Return) {
		return nvml.SystemConfComputeSettings{CcFeature: nvml.CC_SYSTEM_FEATURE_ENABLED}, nvml.SUCCESS
	}
	if s.ErrorStringFunc == nil {
		s.ErrorStringFunc = func(r nvml.Return) string { return r.String() }
	}
	for i, d := range s.Devices {
		dev, sc := d.(*server.Device), src(i)
		dev.GetConfComputeGpuCertificateFunc = func() (nvml.ConfComputeGpuCertificate, nvml.Return) {
			var c nvml.ConfComputeGpuCertificate
			chain := sc.Chain()
			if chain == nil {
				_, ret := sc.Report([attest.NonceSize]byte{})
				return c, ret
			}
			c.AttestationCertChainSize = uint32(copy(c.AttestationCertChain[:], chain))
			return c, nvml.SUCCESS
		}
		dev.GetConfComputeGpuAttestationReportFunc = func(r *nvml.ConfComputeGpuAttestationReport) nvml.Return {
			b, ret := sc.Report(r.Nonce)
			if ret != nvml.SUCCESS {
				return ret
			}
			r.AttestationReportSize = uint32(copy(r.AttestationReport[:], b))
			return nvml.SUCCESS
		}
	}
}

// WireCCOff sets s's conf-compute state to CC off (a node that claims CC
// on GPUs that are not in CC mode).
func WireCCOff(s *server.Server) {
	s.SystemGetConfComputeStateFunc = func() (nvml.ConfComputeSystemState, nvml.Return) {
		return nvml.ConfComputeSystemState{CcFeature: nvml.CC_SYSTEM_FEATURE_DISABLED}, nvml.SUCCESS
	}
	s.SystemGetConfComputeSettingsFunc = func() (nvml.SystemConfComputeSettings, nvml.Return) {
		return nvml.SystemConfComputeSettings{}, nvml.SUCCESS
	}
	if s.ErrorStringFunc == nil {
		s.ErrorStringFunc = func(r nvml.Return) string { return r.String() }
	}
}

func newKey(t testing.TB) *ecdsa.PrivateKey {
	k, err := ecdsa.GenerateKey(elliptic.P384(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func caTemplate(serial int64, cn string) *x509.Certificate {
	return &x509.Certificate{
		SerialNumber:          big.NewInt(serial),
		Subject:               pkix.Name{CommonName: cn},
		NotBefore:             time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC),
		NotAfter:              time.Date(2099, 1, 1, 0, 0, 0, 0, time.UTC),
		IsCA:                  true,
		BasicConstraintsValid: true,
		KeyUsage:              x509.KeyUsageCertSign,
	}
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
