package attest_test

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hourglass-exchange/hourglass/oracle/attest"
	"github.com/hourglass-exchange/hourglass/oracle/attest/attesttest"
)

const rimFile = "1010_0205_862_96005E0002_PROD.swidtag"

// rimAt is before the RIM signer's expiry (2025-06-27).
var rimAt = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)

func TestRIMSignatureVerifies(t *testing.T) {
	d := attesttest.Dir(t)
	doc, err := os.ReadFile(filepath.Join(d, rimFile))
	if err != nil {
		t.Fatal(err)
	}
	root := pemCert(t, filepath.Join(d, "verifier_RIM_root.pem"))
	rim, err := attest.VerifyRIM(doc, root, rimAt)
	if err != nil {
		t.Fatal(err)
	}
	if rim.Product != "GH100" || rim.Version != "96.00.5E.00.02" || len(rim.Golden) == 0 {
		t.Fatalf("RIM %s %s with %d active measurements", rim.Product, rim.Version, len(rim.Golden))
	}
	// RIM index 1 (HashedMeasurement_1_FSP) is block 2.
	if g := rim.Golden[2]; len(g) != 1 || !strings.HasPrefix(hex.EncodeToString(g[0]), "c3f65ef7") {
		t.Fatalf("block 2 golden %x", g)
	}
	if _, ok := rim.Golden[8]; ok { // RIM index 7 is inactive
		t.Fatal("inactive RIM index 7 present")
	}

	// Expired signer: at today's date it no longer verifies.
	if _, err := attest.VerifyRIM(doc, root, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)); !errors.Is(err, attest.ErrRIM) {
		t.Fatalf("expired signer accepted: %v", err)
	}
	// Another root.
	if _, err := attest.VerifyRIM(doc, deviceRoot(t), rimAt); !errors.Is(err, attest.ErrRIM) {
		t.Fatalf("device root accepted for a RIM: %v", err)
	}
	// A changed golden value breaks the document digest.
	bad := bytes.Replace(doc, []byte("c3f65ef79a19"), []byte("c3f65ef79a18"), 1)
	if _, err := attest.VerifyRIM(bad, root, rimAt); err == nil || !strings.Contains(err.Error(), "digest") {
		t.Fatalf("tampered measurement: %v", err)
	}
	// A changed SignedInfo (the digest value itself) breaks the signature.
	i := bytes.Index(doc, []byte("<ds:DigestValue>")) + len("<ds:DigestValue>")
	bad = bytes.Clone(doc)
	bad[i] ^= 0x01 // F -> G: still base64, other digest
	if _, err := attest.VerifyRIM(bad, root, rimAt); err == nil {
		t.Fatal("tampered DigestValue accepted")
	}
}

// TestRIMAgainstReport compares the VBIOS RIM with a real report of
// another VBIOS build (96.00.9F.00.01, the only H100 report published with
// a RIM nearby): the VBIOS-specific blocks differ, as they must.
func TestRIMAgainstReport(t *testing.T) {
	d := attesttest.Dir(t)
	doc, _ := os.ReadFile(filepath.Join(d, rimFile))
	rim, err := attest.ParseRIM(doc)
	if err != nil {
		t.Fatal(err)
	}
	s := samples(t)[8]
	v := &attest.Verifier{Root: deviceRoot(t), Reference: rim.Golden}
	res := v.Verify(context.Background(), s.ev, s.nonce, at)
	if res.Code != attest.CodeMeasurementMismatch || len(res.Mismatched) == 0 {
		t.Fatalf("%v", res)
	}
	t.Logf("VBIOS %s report vs VBIOS %s RIM: %d of %d active blocks differ: %v", res.VBIOSVersion, rim.Version, len(res.Mismatched), len(rim.Golden), res.Mismatched)
}

func TestMergeReferences(t *testing.T) {
	a := attest.Reference{1: {{1}}, 2: {{2}}}
	b := attest.Reference{3: {{3}}}
	m, err := attest.MergeReferences(a, b)
	if err != nil || len(m) != 3 {
		t.Fatalf("%v %v", m, err)
	}
	if _, err := attest.MergeReferences(a, attest.Reference{2: {{9}}}); err == nil {
		t.Fatal("an index in both references was accepted")
	}
}
