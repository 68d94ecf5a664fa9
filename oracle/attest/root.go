package attest

import (
	"crypto/x509"
	_ "embed"
	"sync"
	"time"
)

// nvidiaDeviceRoot is NVIDIA's "NVIDIA Device Identity CA" (ECDSA P-384,
// valid 2021-11-05 to 9999-12-31, SHA-256 fingerprint 10:2B:F6:59:...:7B:48),
// the root every H100's device certificate chain ends in, as NVIDIA's
// local GPU verifier pins it (nvtrust local_gpu_verifier
// certs/verifier_device_root.pem, Apache License 2.0; identical to the
// test data's copy).
//
//go:embed nvidia_device_root.pem
var nvidiaDeviceRoot []byte

var nvidiaRoot = sync.OnceValue(func() *x509.Certificate {
	certs, err := ParseChain(nvidiaDeviceRoot)
	if err != nil || len(certs) != 1 {
		panic("attest: the embedded NVIDIA device root does not parse")
	}
	return certs[0]
})

// NVIDIARoot returns NVIDIA's pinned device root (a copy each call: the
// caller may not change the shared one).
func NVIDIARoot() *x509.Certificate {
	c := *nvidiaRoot()
	return &c
}

// DefaultVerifier is the verifier a reporter uses when it is given none:
// NVIDIA's pinned device root, revocation asked of each certificate's
// OCSP responder (NVIDIA's, over HTTPS, 10 seconds at most per query;
// each answer kept until its nextUpdate, at most an hour:
// CachingOCSPClient), no
// reference measurements (the operator configures RIMs where it has
// them). A reporter without a network to NVIDIA's responder gets
// revocation_unavailable: its own failure, no verdict against the node.
func DefaultVerifier() *Verifier {
	return &Verifier{Root: NVIDIARoot(), Revocation: &OCSPChecker{Client: &CachingOCSPClient{Client: &HTTPOCSPClient{}},
		Timeout: 10 * time.Second}}
}
