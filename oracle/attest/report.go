// Package attest verifies NVIDIA H100 confidential-computing attestation:
// the GPU's SPDM 1.1 GET_MEASUREMENTS report over a reporter's nonce and
// the device certificate chain that signs it (layer 3 of the oracle's
// evidence, docs/oracle.md "CC attestation"). Verification uses the
// standard library only; revocation goes through an injected OCSP client
// and the agent-side collection through go-nvml's nvml.Interface.
//
// The format and the checks follow NVIDIA's local GPU verifier
// (NVIDIA/nvtrust guest_tools/gpu_verifiers/local_gpu_verifier,
// attestation/spdm_msrt_*_msg.py, cc_admin_utils.py, verifier.py) and
// DMTF DSP0274 (SPDM 1.1); no code is taken from either.
package attest

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// Sizes of the fixed parts of a Hopper report.
const (
	NonceSize     = 32 // the requester's and the responder's nonces
	RequestSize   = 37 // GET_MEASUREMENTS: 4 header bytes, nonce, slot id
	SignatureSize = 96 // ECDSA P-384, raw r||s
	DigestSize    = 48 // SHA-384, the measurement and FWID size
)

// SPDM codes the parser insists on.
const (
	spdmVersion11       = 0x11
	codeGetMeasurements = 0xe0
	codeMeasurements    = 0x60
	dmtfMeasurementSpec = 0x01 // MeasurementSpecification bit 0: DMTF
)

// Opaque-data field types a verifier reads (OPAQUE_DATA_TYPES in nvtrust's
// spdm_msrt_resp_msg.py); the others are kept as raw fields.
const (
	OpaqueDriverVersion uint16 = 3
	OpaqueVBIOSVersion  uint16 = 6
	OpaqueNVDEC0Status  uint16 = 11
	OpaqueProject       uint16 = 17
	OpaqueProjectSKU    uint16 = 18
	OpaqueChipSKU       uint16 = 15
	OpaqueFWID          uint16 = 20
)

// NVDEC0 status byte values (nvtrust config: NVDEC_STATUS).
const (
	nvdecEnabled  = 0xAA
	nvdecDisabled = 0x55
)

// ErrMalformed is wrapped by every parse error: the bytes are not a
// Hopper SPDM 1.1 GET_MEASUREMENTS request and signed response.
var ErrMalformed = errors.New("attest: malformed report")

// Measurement is one SPDM measurement block in DMTF format.
type Measurement struct {
	Index     int    // block index, 1-based as on the wire (RIM index + 1)
	ValueType byte   // DMTFSpecMeasurementValueType
	Value     []byte // the digest (48 bytes on Hopper)
}

// OpaqueField is one type-length-value entry of the response's opaque data.
type OpaqueField struct {
	Type  uint16
	Value []byte
}

// Report is a parsed attestation report: the GET_MEASUREMENTS request the
// GPU answered followed by its signed MEASUREMENTS response. Slices alias
// Raw.
type Report struct {
	Raw            []byte
	Nonce          [NonceSize]byte // the requester's nonce (the reporter's challenge)
	Param1, Param2 byte            // request: 01 = signature requested, ff = all blocks
	SlotID         byte
	Measurements   []Measurement // in wire order
	ResponderNonce [NonceSize]byte
	Opaque         []OpaqueField // in wire order
	Signature      []byte        // raw r||s over SignedBytes
}

// ParseReport parses a Hopper attestation report (request || response).
// It checks the structure only; Verifier.Verify checks what it says.
func ParseReport(b []byte) (*Report, error) {
	bad := func(format string, a ...any) (*Report, error) {
		return nil, fmt.Errorf("%w: %s", ErrMalformed, fmt.Sprintf(format, a...))
	}
	const respHeader = 8 // version, code, param1, param2, blocks, 3-byte record length
	if len(b) < RequestSize+respHeader+NonceSize+2+SignatureSize {
		return bad("%d bytes, shorter than an empty report", len(b))
	}
	r := &Report{Raw: b}
	req := b[:RequestSize]
	if req[0] != spdmVersion11 || req[1] != codeGetMeasurements {
		return bad("request header %x, want SPDM 1.1 GET_MEASUREMENTS (11 e0)", req[:2])
	}
	r.Param1, r.Param2 = req[2], req[3]
	copy(r.Nonce[:], req[4:4+NonceSize])
	r.SlotID = req[4+NonceSize]

	resp := b[RequestSize:]
	if resp[0] != spdmVersion11 || resp[1] != codeMeasurements {
		return bad("response header %x, want SPDM 1.1 MEASUREMENTS (11 60)", resp[:2])
	}
	nBlocks := int(resp[4])
	recLen := int(resp[5]) | int(resp[6])<<8 | int(resp[7])<<16
	off := respHeader
	if recLen > len(resp)-off-NonceSize-2-SignatureSize {
		return bad("measurement record length %d overruns the report", recLen)
	}
	rec := resp[off : off+recLen]
	off += recLen
	seen := make(map[int]bool, nBlocks)
	for i := 0; i < nBlocks; i++ {
		if len(rec) < 4 {
			return bad("measurement block %d truncated", i)
		}
		idx, spec, size := int(rec[0]), rec[1], int(binary.LittleEndian.Uint16(rec[2:4]))
		if spec != dmtfMeasurementSpec {
			return bad("measurement block %d: specification %#x, want DMTF", idx, spec)
		}
		if size < 3 || len(rec) < 4+size {
			return bad("measurement block %d: size %d overruns the record", idx, size)
		}
		m := rec[4 : 4+size]
		vsize := int(binary.LittleEndian.Uint16(m[1:3]))
		if vsize != size-3 {
			return bad("measurement block %d: value size %d in a %d-byte measurement", idx, vsize, size)
		}
		if seen[idx] {
			return bad("measurement block %d appears twice", idx)
		}
		seen[idx] = true
		r.Measurements = append(r.Measurements, Measurement{Index: idx, ValueType: m[0], Value: m[3:]})
		rec = rec[4+size:]
	}
	if len(rec) != 0 {
		return bad("%d bytes after the last measurement block", len(rec))
	}
	copy(r.ResponderNonce[:], resp[off:off+NonceSize])
	off += NonceSize
	opLen := int(binary.LittleEndian.Uint16(resp[off : off+2]))
	off += 2
	if opLen != len(resp)-off-SignatureSize {
		return bad("opaque length %d leaves %d bytes for a %d-byte signature", opLen, len(resp)-off-opLen, SignatureSize)
	}
	op := resp[off : off+opLen]
	for len(op) > 0 {
		if len(op) < 4 {
			return bad("opaque field truncated")
		}
		t, n := binary.LittleEndian.Uint16(op[0:2]), int(binary.LittleEndian.Uint16(op[2:4]))
		if len(op) < 4+n {
			return bad("opaque field %d: size %d overruns the opaque data", t, n)
		}
		r.Opaque = append(r.Opaque, OpaqueField{Type: t, Value: op[4 : 4+n]})
		op = op[4+n:]
	}
	r.Signature = resp[off+opLen:]
	return r, nil
}

// SignedBytes is what the GPU signed: the request and the response up to
// its signature (SPDM 1.1 L1/L2 transcript for a single exchange).
func (r *Report) SignedBytes() []byte { return r.Raw[:len(r.Raw)-SignatureSize] }

// Field returns the first opaque field of type t.
func (r *Report) Field(t uint16) ([]byte, bool) {
	for _, f := range r.Opaque {
		if f.Type == t {
			return f.Value, true
		}
	}
	return nil, false
}

// Measurement returns the value of block index (1-based).
func (r *Report) Measurement(index int) ([]byte, bool) {
	for _, m := range r.Measurements {
		if m.Index == index {
			return m.Value, true
		}
	}
	return nil, false
}

// FWID is the firmware ID the report carries (opaque field 20).
func (r *Report) FWID() ([]byte, bool) { return r.Field(OpaqueFWID) }

// DriverVersion is the driver version string in the opaque data ("" if
// absent), NUL padding removed.
func (r *Report) DriverVersion() string {
	v, _ := r.Field(OpaqueDriverVersion)
	return trimNUL(v)
}

// VBIOSVersion formats the opaque VBIOS version as nvidia-smi prints it
// ("96.00.A5.00.01"): the 8-byte little-endian field, bytes 3..0 then 4,
// two hex digits each (nvtrust utils.format_vbios_version).
func (r *Report) VBIOSVersion() string {
	v, ok := r.Field(OpaqueVBIOSVersion)
	if !ok || len(v) < 5 {
		return ""
	}
	return fmt.Sprintf("%02X.%02X.%02X.%02X.%02X", v[3], v[2], v[1], v[0], v[4])
}

// NVDEC0Enabled reports whether the NVDEC0 engine is on: block 36 (RIM
// index 35) is only compared when it is (nvtrust verifier.py). A report
// without the field counts as disabled.
func (r *Report) NVDEC0Enabled() bool {
	v, ok := r.Field(OpaqueNVDEC0Status)
	return ok && len(v) > 0 && v[0] == nvdecEnabled
}

func trimNUL(b []byte) string {
	for len(b) > 0 && (b[len(b)-1] == 0 || b[len(b)-1] == ' ') {
		b = b[:len(b)-1]
	}
	return string(b)
}
