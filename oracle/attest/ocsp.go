package attest

import (
	"bytes"
	"context"
	"crypto"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"time"

	"golang.org/x/crypto/ocsp"
)

// NVIDIAOCSPURL is NVIDIA's OCSP responder for device and RIM certificates
// (nvtrust BaseSettings.OCSP_URL); used when a certificate names none.
const NVIDIAOCSPURL = "https://ocsp.ndis.nvidia.com/"

// OCSPClient carries one DER OCSP request to a responder and returns its
// DER answer. The checker never touches the network itself: production
// wires HTTPOCSPClient, tests a loopback server or a fake.
type OCSPClient interface {
	Query(ctx context.Context, server string, request []byte) ([]byte, error)
}

// HTTPOCSPClient is the RFC 6960 appendix A.1 HTTP POST transport.
type HTTPOCSPClient struct {
	HTTP *http.Client // nil: http.DefaultClient
	// URL, when set, replaces every certificate's responder (a proxy, a
	// cache, or a test server).
	URL string
}

// maxOCSPResponse bounds what is read from a responder.
const maxOCSPResponse = 64 << 10

// Query posts the request and returns the body of a 200 answer.
func (c *HTTPOCSPClient) Query(ctx context.Context, server string, request []byte) ([]byte, error) {
	if c.URL != "" {
		server = c.URL
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, server, bytes.NewReader(request))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/ocsp-request")
	req.Header.Set("Accept", "application/ocsp-response")
	hc := c.HTTP
	if hc == nil {
		hc = http.DefaultClient
	}
	resp, err := hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxOCSPResponse+1))
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("OCSP responder %s: HTTP %d", server, resp.StatusCode)
	}
	if len(body) > maxOCSPResponse {
		return nil, fmt.Errorf("OCSP responder %s: answer over %d bytes", server, maxOCSPResponse)
	}
	return body, nil
}

// OCSPChecker asks a responder about one certificate and judges the
// answer: signed by the issuer (or by a responder certificate the issuer
// signed for OCSP signing), about this certificate, fresh at the given
// time, and good.
type OCSPChecker struct {
	Client OCSPClient
	// MaxAge bounds how old thisUpdate may be when the answer has no
	// nextUpdate (0: 24h).
	MaxAge time.Duration
	// Skew tolerates responder clocks ahead of ours (0: 5 minutes).
	Skew time.Duration
	// Timeout bounds one query (0: 10 seconds), so a silent responder
	// costs a challenge its revocation check, not the reporter's epoch.
	Timeout time.Duration
}

// Check returns OK or the revocation code for cert, with a detail line.
// A certificate on hold counts as revoked (nvtrust's --allow_hold_cert has
// no equivalent here).
func (c *OCSPChecker) Check(ctx context.Context, cert, issuer *x509.Certificate, at time.Time) (Code, string) {
	name := cert.Subject.CommonName
	req, err := ocsp.CreateRequest(cert, issuer, &ocsp.RequestOptions{Hash: crypto.SHA384})
	if err != nil {
		return CodeRevocationFailed, fmt.Sprintf("OCSP request for %q: %v", name, err)
	}
	server := NVIDIAOCSPURL
	if len(cert.OCSPServer) > 0 {
		server = cert.OCSPServer[0]
	}
	timeout := c.Timeout
	if timeout == 0 {
		timeout = 10 * time.Second
	}
	qctx, cancel := context.WithTimeout(ctx, timeout)
	der, err := c.Client.Query(qctx, server, req)
	cancel()
	if err != nil {
		return CodeRevocationFailed, fmt.Sprintf("OCSP for %q: %v", name, err)
	}
	resp, err := ocsp.ParseResponseForCert(der, cert, issuer)
	if err != nil {
		var re ocsp.ResponseError
		if errors.As(err, &re) {
			return CodeRevocationFailed, fmt.Sprintf("OCSP for %q: responder says %v", name, re.Status)
		}
		return CodeRevocationFailed, fmt.Sprintf("OCSP for %q: %v", name, err)
	}
	if resp.SerialNumber == nil || resp.SerialNumber.Cmp(cert.SerialNumber) != 0 {
		return CodeRevocationFailed, fmt.Sprintf("OCSP for %q: answer is about serial %v", name, resp.SerialNumber)
	}
	if rc := resp.Certificate; rc != nil {
		// RFC 6960 4.2.2.2: a delegated responder must be marked for OCSP
		// signing; x/crypto/ocsp checks only that the issuer signed it.
		if !slices.Contains(rc.ExtKeyUsage, x509.ExtKeyUsageOCSPSigning) {
			return CodeRevocationFailed, fmt.Sprintf("OCSP for %q: responder %q lacks the OCSP-signing usage", name, rc.Subject.CommonName)
		}
		if at.Before(rc.NotBefore) || at.After(rc.NotAfter) {
			return CodeRevocationFailed, fmt.Sprintf("OCSP for %q: responder certificate not valid at %s", name, at.UTC().Format(time.RFC3339))
		}
	}
	skew, maxAge := c.Skew, c.MaxAge
	if skew == 0 {
		skew = 5 * time.Minute
	}
	if maxAge == 0 {
		maxAge = 24 * time.Hour
	}
	switch {
	case resp.ThisUpdate.After(at.Add(skew)):
		return CodeRevocationStale, fmt.Sprintf("OCSP for %q: thisUpdate %s is in the future", name, resp.ThisUpdate.UTC().Format(time.RFC3339))
	case !resp.NextUpdate.IsZero() && at.After(resp.NextUpdate):
		return CodeRevocationStale, fmt.Sprintf("OCSP for %q: nextUpdate %s has passed", name, resp.NextUpdate.UTC().Format(time.RFC3339))
	case resp.NextUpdate.IsZero() && at.Sub(resp.ThisUpdate) > maxAge:
		return CodeRevocationStale, fmt.Sprintf("OCSP for %q: thisUpdate %s older than %s", name, resp.ThisUpdate.UTC().Format(time.RFC3339), maxAge)
	}
	switch resp.Status {
	case ocsp.Good:
		return OK, ""
	case ocsp.Revoked:
		return CodeRevoked, fmt.Sprintf("%q revoked at %s (reason %d)", name, resp.RevokedAt.UTC().Format(time.RFC3339), resp.RevocationReason)
	default:
		return CodeRevocationUnknown, fmt.Sprintf("OCSP responder does not know %q", name)
	}
}
