// Package instrument defines Hourglass instruments (one grade of GPU × one
// delivery window, or the spot market of a grade) and their token ids.
//
// An instrument id is a uint256 that packs the instrument's fields with plain
// shifts and masks; it is never a hash, so the id is decodable both here and
// on-chain. The Solidity library InstrumentId mirrors this layout exactly;
// docs/instruments.md is the specification both follow. Layout version 1,
// bit 0 being the least significant bit of the uint256:
//
//	bits      width  field
//	0..15     16     window length, whole hours (spot: lease length, 1..168)
//	16..47    32     window start, whole hours since 1970-01-01T00:00Z (0 for spot)
//	48..55    8      market kind (0 reservation, 1 spot)
//	56..63    8      SLA tier (1..3)
//	64..79    16     region code
//	80..87    8      interconnect code
//	88..103   16     GPU model, PCI device id (vendor 0x10DE implied)
//	104..119  16     reserved, must be zero
//	120..127  8      layout version (1)
//	128..255  128    must be zero
//
// Every field is byte aligned, so the 64 hex digits of an id read field by
// field. The package does no I/O.
package instrument

import (
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"time"
)

// Errors. Every error returned by this package wraps one of these.
var (
	ErrVersion      = errors.New("instrument: unknown layout version")
	ErrReservedBits = errors.New("instrument: reserved bits set")
	ErrGPU          = errors.New("instrument: invalid GPU model")
	ErrInterconnect = errors.New("instrument: unknown interconnect")
	ErrRegion       = errors.New("instrument: unknown region")
	ErrTier         = errors.New("instrument: invalid SLA tier")
	ErrKind         = errors.New("instrument: unknown market kind")
	ErrWindow       = errors.New("instrument: invalid window")
	ErrID           = errors.New("instrument: malformed id")
	ErrSymbol       = errors.New("instrument: malformed symbol")
)

// CurrentVersion is the layout version this package encodes. Decoding rejects
// every other version.
const CurrentVersion uint8 = 1

// Bit positions of the version 1 layout (least significant bit is 0).
const (
	ShiftWindowHours  = 0
	ShiftWindowStart  = 16
	ShiftKind         = 48
	ShiftTier         = 56
	ShiftRegion       = 64
	ShiftInterconnect = 80
	ShiftGPU          = 88
	ShiftReserved     = 104
	ShiftVersion      = 120
)

// SLA tiers. T1 is the strongest service level.
const (
	MinTier uint8 = 1
	MaxTier uint8 = 3
)

// Kind says whether an instrument is a delivery window or a spot market.
type Kind uint8

const (
	// Reservation is a delivery window [start, start+hours) of a grade; its
	// id is the ERC-1155 token id of the reservation token.
	Reservation Kind = 0
	// Spot is the spot market of a grade: GPUs now, no window, no token
	// minted. Its window start and length are both zero.
	Spot Kind = 1
)

// String returns "RESERVATION" or "SPOT".
func (k Kind) String() string {
	switch k {
	case Reservation:
		return "RESERVATION"
	case Spot:
		return "SPOT"
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// Interconnect is how the GPUs of a node are linked to each other.
type Interconnect uint8

const (
	// PCIe: GPUs talk over PCIe only (PCIe cards, no NVLink).
	PCIe Interconnect = 0
	// SXM: SXM modules on an HGX/DGX board, all GPUs of the node joined
	// by NVLink through NVSwitch.
	SXM Interconnect = 1
	// NVL: PCIe cards joined in pairs (or small groups) by NVLink bridges,
	// as in H100 NVL and H200 NVL.
	NVL              Interconnect = 2
	numInterconnects              = 3
)

var interconnectNames = [numInterconnects]string{PCIe: "PCIE", SXM: "SXM", NVL: "NVL"}

// String returns the symbol form: "PCIE", "SXM" or "NVL".
func (c Interconnect) String() string {
	if c < numInterconnects {
		return interconnectNames[c]
	}
	return fmt.Sprintf("Interconnect(%d)", uint8(c))
}

// Region is where the GPUs are. Codes are stable: append, never renumber.
type Region uint16

const (
	RegionUS    Region = 1 // United States
	RegionEU    Region = 2 // European Union / EEA
	RegionAPAC  Region = 3 // Asia-Pacific
	RegionUK    Region = 4 // United Kingdom
	RegionCA    Region = 5 // Canada
	RegionLATAM Region = 6 // Latin America
	RegionMEA   Region = 7 // Middle East and Africa
	numRegions         = 8
)

var regionNames = [numRegions]string{
	RegionUS:    "US",
	RegionEU:    "EU",
	RegionAPAC:  "APAC",
	RegionUK:    "UK",
	RegionCA:    "CA",
	RegionLATAM: "LATAM",
	RegionMEA:   "MEA",
}

// Valid reports whether r is a known region code.
func (r Region) Valid() bool { return r >= 1 && r < numRegions }

// String returns the symbol form, e.g. "US".
func (r Region) String() string {
	if r.Valid() {
		return regionNames[r]
	}
	return fmt.Sprintf("Region(%d)", uint16(r))
}

// Instrument is the decoded form of an instrument id.
type Instrument struct {
	Version      uint8        // layout version; CurrentVersion
	GPU          uint16       // PCI device id of the GPU model, e.g. GPUH100SXM
	Interconnect Interconnect // PCIe, SXM or NVL
	Region       Region       // e.g. RegionUS
	Tier         uint8        // SLA tier, MinTier..MaxTier
	WindowStart  uint32       // whole hours since the Unix epoch, UTC; 0 for spot
	WindowHours  uint16       // window length in hours, >= 1; 0 for spot
	Kind         Kind         // Reservation or Spot
}

// NewReservation returns the version 1 reservation instrument of a grade for
// the window [start, start+hours). start must be a whole UTC hour.
func NewReservation(gpu uint16, ic Interconnect, region Region, tier uint8, start time.Time, hours uint16) (Instrument, error) {
	h, err := EpochHour(start)
	if err != nil {
		return Instrument{}, err
	}
	in := Instrument{
		Version: CurrentVersion, GPU: gpu, Interconnect: ic, Region: region, Tier: tier,
		WindowStart: h, WindowHours: hours, Kind: Reservation,
	}
	if err := in.Validate(); err != nil {
		return Instrument{}, err
	}
	return in, nil
}

// MaxSpotHours is the longest lease a spot market may sell: a week. A
// spot instrument's window length is its lease length (docs/instruments.md,
// "Spot"); the vault books a lease hour by hour, so the bound bounds the gas
// of a spot fill.
const MaxSpotHours = 168

// NewSpot returns the version 1 spot instrument of a grade whose fills
// become leases of leaseHours hours (1..MaxSpotHours).
func NewSpot(gpu uint16, ic Interconnect, region Region, tier uint8, leaseHours uint16) (Instrument, error) {
	in := Instrument{
		Version: CurrentVersion, GPU: gpu, Interconnect: ic, Region: region, Tier: tier,
		Kind: Spot, WindowHours: leaseHours,
	}
	if err := in.Validate(); err != nil {
		return Instrument{}, err
	}
	return in, nil
}

// EpochHour converts t to whole hours since the Unix epoch. It rejects a time
// that is not on a whole UTC hour, and one outside [1970-01-01T00Z, 2^32 h).
func EpochHour(t time.Time) (uint32, error) {
	sec := t.Unix()
	if t.Nanosecond() != 0 || sec%3600 != 0 {
		return 0, fmt.Errorf("%w: start %s is not a whole UTC hour", ErrWindow, t.UTC().Format(time.RFC3339Nano))
	}
	h := sec / 3600
	if h < 0 || h > 1<<32-1 {
		return 0, fmt.Errorf("%w: start %s out of range", ErrWindow, t.UTC().Format(time.RFC3339))
	}
	return uint32(h), nil
}

// Validate checks every field against layout version 1.
func (in Instrument) Validate() error {
	if in.Version != CurrentVersion {
		return fmt.Errorf("%w: %d", ErrVersion, in.Version)
	}
	if in.GPU == 0 || in.GPU == 0xFFFF {
		return fmt.Errorf("%w: PCI device id %#04x", ErrGPU, in.GPU)
	}
	if in.Interconnect >= numInterconnects {
		return fmt.Errorf("%w: %d", ErrInterconnect, uint8(in.Interconnect))
	}
	if !in.Region.Valid() {
		return fmt.Errorf("%w: %d", ErrRegion, uint16(in.Region))
	}
	if in.Tier < MinTier || in.Tier > MaxTier {
		return fmt.Errorf("%w: %d (want %d..%d)", ErrTier, in.Tier, MinTier, MaxTier)
	}
	switch in.Kind {
	case Reservation:
		if in.WindowHours == 0 {
			return fmt.Errorf("%w: reservation window of 0 hours", ErrWindow)
		}
	case Spot:
		if in.WindowStart != 0 || in.WindowHours == 0 || in.WindowHours > MaxSpotHours {
			return fmt.Errorf("%w: spot instrument with window start %d, lease length %d h (want 0, 1..%d)", ErrWindow, in.WindowStart, in.WindowHours, MaxSpotHours)
		}
	default:
		return fmt.Errorf("%w: %d", ErrKind, uint8(in.Kind))
	}
	return nil
}

// Encode validates the instrument and packs it into its id.
func (in Instrument) Encode() (ID, error) {
	if err := in.Validate(); err != nil {
		return ID{}, err
	}
	lo := uint64(in.WindowHours)<<ShiftWindowHours |
		uint64(in.WindowStart)<<ShiftWindowStart |
		uint64(in.Kind)<<ShiftKind |
		uint64(in.Tier)<<ShiftTier
	hi := uint64(in.Region)<<(ShiftRegion-64) |
		uint64(in.Interconnect)<<(ShiftInterconnect-64) |
		uint64(in.GPU)<<(ShiftGPU-64) |
		uint64(in.Version)<<(ShiftVersion-64)
	var id ID
	putUint64(id[16:24], hi)
	putUint64(id[24:32], lo)
	return id, nil
}

// Decode unpacks and validates an id. It rejects nonzero bits 104..255, an
// unknown layout version, and every field Validate rejects, so that for every
// id it accepts, Encode returns that id again.
func Decode(id ID) (Instrument, error) {
	hi := getUint64(id[16:24])
	lo := getUint64(id[24:32])
	// The version comes first: a later version may give the other bits
	// another meaning.
	if v := uint8(hi >> (ShiftVersion - 64)); v != CurrentVersion {
		return Instrument{}, fmt.Errorf("%w: %d in %s", ErrVersion, v, id)
	}
	if getUint64(id[0:8])|getUint64(id[8:16]) != 0 {
		return Instrument{}, fmt.Errorf("%w: bits 128..255 of %s", ErrReservedBits, id)
	}
	if uint16(hi>>(ShiftReserved-64)) != 0 {
		return Instrument{}, fmt.Errorf("%w: bits 104..119 of %s", ErrReservedBits, id)
	}
	in := Instrument{
		Version:      uint8(hi >> (ShiftVersion - 64)),
		GPU:          uint16(hi >> (ShiftGPU - 64)),
		Interconnect: Interconnect(hi >> (ShiftInterconnect - 64)),
		Region:       Region(hi >> (ShiftRegion - 64)),
		Tier:         uint8(lo >> ShiftTier),
		Kind:         Kind(lo >> ShiftKind),
		WindowStart:  uint32(lo >> ShiftWindowStart),
		WindowHours:  uint16(lo >> ShiftWindowHours),
	}
	if err := in.Validate(); err != nil {
		return Instrument{}, fmt.Errorf("%w (id %s)", err, id)
	}
	return in, nil
}

// WindowStartTime returns the start of the delivery window (UTC), or the zero
// time.Time for a spot instrument.
func (in Instrument) WindowStartTime() time.Time {
	if in.Kind == Spot {
		return time.Time{}
	}
	return time.Unix(int64(in.WindowStart)*3600, 0).UTC()
}

// WindowEnd returns the end of the delivery window, exclusive (UTC), or the
// zero time.Time for a spot instrument.
func (in Instrument) WindowEnd() time.Time {
	if in.Kind == Spot {
		return time.Time{}
	}
	return time.Unix((int64(in.WindowStart)+int64(in.WindowHours))*3600, 0).UTC()
}

// String returns the symbol.
func (in Instrument) String() string { return in.Symbol() }

// ID is an instrument id: a uint256 in big-endian byte order, which is also
// its ABI encoding as a Solidity uint256 and its ERC-1155 token id. Any
// uint256 is an ID; Decode says whether it names an instrument.
type ID [32]byte

// GradeKey returns the id of the instrument's grade: the id with the window
// fields (start and length, the low 48 bits) zeroed, keeping version, GPU,
// interconnect, region, tier and kind, as the contracts' InstrumentId
// gradeKey. Every reservation window of one grade has the same key.
func (id ID) GradeKey() ID {
	for i := len(id) - 6; i < len(id); i++ {
		id[i] = 0
	}
	return id
}

// ReservationGrade returns the key of the instrument's reservation grade:
// the id with the window fields and the kind (bits 0..55) zeroed, as the
// contracts' InstrumentId.reservationGrade. A grade's spot markets and
// reservation windows share it: the vault keeps capacity and collateral
// rates, and the oracle penalties, under it.
func (id ID) ReservationGrade() ID {
	for i := len(id) - 7; i < len(id); i++ {
		id[i] = 0
	}
	return id
}

// Big returns the id as a non-negative big.Int.
func (id ID) Big() *big.Int { return new(big.Int).SetBytes(id[:]) }

// String returns "0x" and 64 lowercase hex digits.
func (id ID) String() string { return "0x" + hex.EncodeToString(id[:]) }

// MarshalText implements encoding.TextMarshaler with the String form.
func (id ID) MarshalText() ([]byte, error) { return []byte(id.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler with ParseID.
func (id *ID) UnmarshalText(b []byte) error {
	v, err := ParseID(string(b))
	if err != nil {
		return err
	}
	*id = v
	return nil
}

// FromBig converts a uint256 held in a big.Int to an ID. It rejects negative
// numbers and numbers of more than 256 bits.
func FromBig(x *big.Int) (ID, error) {
	if x == nil || x.Sign() < 0 || x.BitLen() > 256 {
		return ID{}, fmt.Errorf("%w: %v is not a uint256", ErrID, x)
	}
	var id ID
	x.FillBytes(id[:])
	return id, nil
}

// ParseID parses a hex uint256: an optional "0x" or "0X" prefix, then 1 to 64
// hex digits of either case (the ERC-1155 metadata {id} form, 64 digits
// without prefix, is accepted too). It does not check the layout; see Decode.
func ParseID(s string) (ID, error) {
	digits := s
	if len(digits) >= 2 && digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'X') {
		digits = digits[2:]
	}
	if len(digits) == 0 || len(digits) > 64 {
		return ID{}, fmt.Errorf("%w: %q: want 1 to 64 hex digits", ErrID, s)
	}
	if len(digits)%2 == 1 {
		digits = "0" + digits
	}
	b, err := hex.DecodeString(digits)
	if err != nil {
		return ID{}, fmt.Errorf("%w: %q: not hex", ErrID, s)
	}
	var id ID
	copy(id[32-len(b):], b)
	return id, nil
}

func putUint64(b []byte, v uint64) {
	_ = b[7]
	for i := 7; i >= 0; i-- {
		b[i] = byte(v)
		v >>= 8
	}
}

func getUint64(b []byte) uint64 {
	_ = b[7]
	var v uint64
	for _, c := range b[:8] {
		v = v<<8 | uint64(c)
	}
	return v
}
