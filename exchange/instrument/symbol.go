package instrument

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// PCI device ids (vendor 0x10DE) of the GPU models with a short name.
const (
	GPUA100SXM  uint16 = 0x20B2 // A100 SXM4 80GB
	GPUA100PCIE uint16 = 0x20B5 // A100 PCIe 80GB
	GPUH100NVL  uint16 = 0x2321 // H100 NVL 94GB
	GPUH100SXM  uint16 = 0x2330 // H100 SXM5 80GB
	GPUH100PCIE uint16 = 0x2331 // H100 PCIe 80GB
	GPUH200     uint16 = 0x2335 // H200 SXM 141GB
	GPUH200NVL  uint16 = 0x233B // H200 NVL 141GB
	GPUB200     uint16 = 0x2901 // B200
)

// gpuModel is one row of the known-model table. The interconnect is the
// model's usual one, which a symbol leaves implicit.
type gpuModel struct {
	id   uint16
	name string
	ic   Interconnect
}

// gpuModels is the known-model table; docs/instruments.md lists it. Rows may
// be added (which changes how that id's symbol is spelled, never the id);
// a name is never changed or reused.
var gpuModels = []gpuModel{
	{GPUA100SXM, "A100SXM", SXM},
	{GPUA100PCIE, "A100PCIE", PCIe},
	{GPUH100NVL, "H100NVL", NVL},
	{GPUH100SXM, "H100SXM", SXM},
	{GPUH100PCIE, "H100PCIE", PCIe},
	{GPUH200, "H200", SXM},
	{GPUH200NVL, "H200NVL", NVL},
	{GPUB200, "B200", SXM},
}

func lookupGPU(id uint16) (gpuModel, bool) {
	for _, m := range gpuModels {
		if m.id == id {
			return m, true
		}
	}
	return gpuModel{}, false
}

// GPUName returns the symbol form of a GPU model: its short name when the
// model is in the table (e.g. "H100SXM"), else "GPU" and the PCI device id in
// four uppercase hex digits (e.g. "GPU2342").
func GPUName(id uint16) string {
	if m, ok := lookupGPU(id); ok {
		return m.name
	}
	return fmt.Sprintf("GPU%04X", id)
}

// DefaultInterconnect returns the interconnect a symbol leaves implicit for a
// GPU model: the model's usual one from the table, or PCIe for a model not in
// the table.
func DefaultInterconnect(gpu uint16) Interconnect {
	if m, ok := lookupGPU(gpu); ok {
		return m.ic
	}
	return PCIe
}

// Symbol returns the human symbol of a valid instrument (docs/instruments.md):
//
//	H100SXM-US-T1-2027-01-04+168h
//	H100SXM-US-T1-2027-01-04T06+24h
//	H100SXM-US-T1-SPOT+4h         (spot: 4-hour leases starting now)
//	H200.NVL-EU-T2-SPOT+1h        (interconnect other than the model's usual one)
//	GPU2342-APAC-T3-2027-03-01+1h (model not in the table)
//
// ParseSymbol is its exact inverse. For an invalid instrument the result is
// descriptive but does not parse.
func (in Instrument) Symbol() string {
	var b strings.Builder
	b.WriteString(GPUName(in.GPU))
	if in.Interconnect != DefaultInterconnect(in.GPU) {
		b.WriteByte('.')
		b.WriteString(in.Interconnect.String())
	}
	b.WriteByte('-')
	b.WriteString(in.Region.String())
	b.WriteString("-T")
	b.WriteString(strconv.Itoa(int(in.Tier)))
	b.WriteByte('-')
	if in.Kind == Spot {
		fmt.Fprintf(&b, "SPOT+%dh", in.WindowHours)
		return b.String()
	}
	if in.Kind != Reservation {
		b.WriteString(in.Kind.String())
		return b.String()
	}
	t := in.WindowStartTime()
	fmt.Fprintf(&b, "%04d-%02d-%02d", t.Year(), int(t.Month()), t.Day())
	if t.Hour() != 0 {
		fmt.Fprintf(&b, "T%02d", t.Hour())
	}
	fmt.Fprintf(&b, "+%dh", in.WindowHours)
	return b.String()
}

// ParseSymbol parses a symbol as written by Symbol into a version 1
// instrument. It accepts only the canonical spelling (upper case, no
// redundant interconnect, no "T00", no leading zeros), so that every
// instrument has exactly one symbol: ParseSymbol(s) succeeds only when
// Symbol of its result is s.
func ParseSymbol(s string) (Instrument, error) {
	in, err := parseSymbol(s)
	if err != nil {
		return Instrument{}, fmt.Errorf("%w %q: %w", ErrSymbol, s, err)
	}
	if err := in.Validate(); err != nil {
		return Instrument{}, fmt.Errorf("%w %q: %w", ErrSymbol, s, err)
	}
	if c := in.Symbol(); c != s {
		return Instrument{}, fmt.Errorf("%w %q: not canonical, want %q", ErrSymbol, s, c)
	}
	return in, nil
}

func parseSymbol(s string) (Instrument, error) {
	parts := strings.SplitN(s, "-", 4)
	if len(parts) != 4 {
		return Instrument{}, fmt.Errorf("want MODEL-REGION-TIER-WINDOW")
	}
	in := Instrument{Version: CurrentVersion}

	model, icName, hasIC := strings.Cut(parts[0], ".")
	gpu, err := parseGPU(model)
	if err != nil {
		return Instrument{}, err
	}
	in.GPU = gpu
	in.Interconnect = DefaultInterconnect(gpu)
	if hasIC {
		ic, ok := parseInterconnect(icName)
		if !ok {
			return Instrument{}, fmt.Errorf("unknown interconnect %q", icName)
		}
		in.Interconnect = ic
	}

	region, ok := parseRegion(parts[1])
	if !ok {
		return Instrument{}, fmt.Errorf("unknown region %q", parts[1])
	}
	in.Region = region

	tier, ok := strings.CutPrefix(parts[2], "T")
	if !ok || len(tier) != 1 || tier[0] < '0' || tier[0] > '9' {
		return Instrument{}, fmt.Errorf("bad tier %q", parts[2])
	}
	in.Tier = tier[0] - '0'

	window := parts[3]
	date, hours, ok := strings.Cut(window, "+")
	if !ok {
		return Instrument{}, fmt.Errorf("bad window %q: want SPOT+Nh or DATE[THH]+Nh", window)
	}
	if date == "SPOT" {
		in.Kind = Spot
	} else {
		in.Kind = Reservation
		start, err := parseStart(date)
		if err != nil {
			return Instrument{}, err
		}
		in.WindowStart = start
	}
	n, ok := strings.CutSuffix(hours, "h")
	if !ok {
		return Instrument{}, fmt.Errorf("bad window length %q: want Nh", hours)
	}
	h, err := parseDigits(n, 5)
	if err != nil || h > 0xFFFF {
		return Instrument{}, fmt.Errorf("bad window length %q", hours)
	}
	in.WindowHours = uint16(h)
	return in, nil
}

func parseGPU(s string) (uint16, error) {
	for _, m := range gpuModels {
		if m.name == s {
			return m.id, nil
		}
	}
	if x, ok := strings.CutPrefix(s, "GPU"); ok && len(x) == 4 {
		if v, err := strconv.ParseUint(x, 16, 16); err == nil {
			return uint16(v), nil
		}
	}
	return 0, fmt.Errorf("unknown GPU model %q", s)
}

func parseInterconnect(s string) (Interconnect, bool) {
	for i, n := range interconnectNames {
		if n == s {
			return Interconnect(i), true
		}
	}
	return 0, false
}

func parseRegion(s string) (Region, bool) {
	for i, n := range regionNames {
		if n != "" && n == s {
			return Region(i), true
		}
	}
	return 0, false
}

// parseStart parses YYYY-MM-DD or YYYY-MM-DDTHH (the year may have more than
// four digits) into hours since the epoch.
func parseStart(s string) (uint32, error) {
	date, hour, hasHour := strings.Cut(s, "T")
	ymd := strings.Split(date, "-")
	if len(ymd) != 3 || len(ymd[0]) < 4 || len(ymd[1]) != 2 || len(ymd[2]) != 2 || (hasHour && len(hour) != 2) {
		return 0, fmt.Errorf("bad window start %q: want YYYY-MM-DD or YYYY-MM-DDTHH", s)
	}
	y, err1 := parseDigits(ymd[0], 7)
	m, err2 := parseDigits(ymd[1], 2)
	d, err3 := parseDigits(ymd[2], 2)
	var h uint64
	var err4 error
	if hasHour {
		h, err4 = parseDigits(hour, 2)
	}
	if err1 != nil || err2 != nil || err3 != nil || err4 != nil {
		return 0, fmt.Errorf("bad window start %q", s)
	}
	t := time.Date(int(y), time.Month(m), int(d), int(h), 0, 0, 0, time.UTC)
	if uint64(t.Year()) != y || uint64(t.Month()) != m || uint64(t.Day()) != d || uint64(t.Hour()) != h {
		return 0, fmt.Errorf("bad window start %q: no such date or hour", s)
	}
	return EpochHour(t)
}

// parseDigits parses 1 to max ASCII decimal digits.
func parseDigits(s string, max int) (uint64, error) {
	if len(s) == 0 || len(s) > max {
		return 0, fmt.Errorf("want 1 to %d digits", max)
	}
	var v uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("not a digit: %q", c)
		}
		v = v*10 + uint64(c-'0')
	}
	return v, nil
}
