package marketdata

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/hourglass-exchange/hourglass/exchange"
)

// Decimals says how many decimal places the base units of a market's two
// assets have: the stablecoin (6 for USDC) and the reservation token (0: one
// token unit is one GPU-hour).
type Decimals struct {
	Quote int
	Base  int
}

// DefaultDecimals is what a market gets when Config.Decimals is nil.
var DefaultDecimals = Decimals{Quote: 6, Base: 0}

// MarketInfo is how one market is named and how its integer ticks and lots
// become the decimal strings of the public API. It never changes after the
// market is added, so messages may hold a pointer to it.
//
// Every price of a market is written with exactly PriceDecimals digits after
// the point and every size with exactly SizeDecimals (no point when it is 0):
// the fewest digits that show every multiple of the tick (lot) exactly. So
// each price and size has one canonical string, which the checksum relies on.
// The one exception is a deleted level, whose quantity is always "0".
type MarketInfo struct {
	ID     exchange.MarketID
	Symbol string
	Spec   exchange.MarketSpec

	Decimals      Decimals
	PriceDecimals int // digits after the point in a price string
	SizeDecimals  int // digits after the point in a size string

	// priceUnit and sizeUnit turn ticks and lots into integers in units of
	// 10^-PriceDecimals and 10^-SizeDecimals: the price and size strings
	// with the point removed.
	priceUnit int64
	sizeUnit  int64
	quoted    []byte // Symbol as a JSON string
}

var errDecimals = errors.New("marketdata: decimals out of range")

// newMarketInfo derives the string format of a market from its spec.
func newMarketInfo(id exchange.MarketID, spec *exchange.MarketSpec, d Decimals) (*MarketInfo, error) {
	if d.Quote < 0 || d.Quote > 18 || d.Base < 0 || d.Base > 18 || spec.TickSize <= 0 || spec.LotSize <= 0 {
		return nil, errDecimals
	}
	pd, pu := scale(spec.TickSize, d.Quote)
	sd, su := scale(spec.LotSize, d.Base)
	q, err := json.Marshal(spec.Symbol)
	if err != nil {
		return nil, err
	}
	return &MarketInfo{
		ID: id, Symbol: spec.Symbol, Spec: *spec, Decimals: d,
		PriceDecimals: pd, SizeDecimals: sd,
		priceUnit: pu, sizeUnit: su, quoted: q,
	}, nil
}

// scale returns the digits after the point needed to show every multiple of
// step base units of an asset with decimals places, and step in units of the
// last such digit. A step of 100 with 6 decimals gives 4 digits and 1; a
// step of 250 gives 5 and 25; a step of 10^7 gives 0 and 10.
func scale(step int64, decimals int) (digits int, unit int64) {
	digits = decimals
	for digits > 0 && step%10 == 0 {
		step /= 10
		digits--
	}
	return digits, step
}

// PriceUnits returns a price in ticks as an integer in units of
// 10^-PriceDecimals: the price string without its point and leading zeros.
func (m *MarketInfo) PriceUnits(ticks int64) int64 { return ticks * m.priceUnit }

// SizeUnits returns a size in lots as an integer in units of
// 10^-SizeDecimals.
func (m *MarketInfo) SizeUnits(lots int64) int64 { return lots * m.sizeUnit }

// AppendPrice appends the canonical string of a price in ticks.
func (m *MarketInfo) AppendPrice(dst []byte, ticks int64) []byte {
	return appendFixed(dst, ticks*m.priceUnit, m.PriceDecimals)
}

// AppendSize appends the canonical string of a size in lots; 0 is "0".
func (m *MarketInfo) AppendSize(dst []byte, lots int64) []byte {
	if lots == 0 {
		return append(dst, '0')
	}
	return appendFixed(dst, lots*m.sizeUnit, m.SizeDecimals)
}

// Price returns the canonical string of a price in ticks.
func (m *MarketInfo) Price(ticks int64) string { return string(m.AppendPrice(nil, ticks)) }

// Size returns the canonical string of a size in lots.
func (m *MarketInfo) Size(lots int64) string { return string(m.AppendSize(nil, lots)) }

// PriceDecimal returns a price in ticks as a decimal in whole stablecoin
// units per GPU-hour.
func (m *MarketInfo) PriceDecimal(ticks int64) decimal.Decimal {
	return decimal.New(ticks*m.priceUnit, -int32(m.PriceDecimals))
}

// SizeDecimal returns a size in lots as a decimal in whole tokens.
func (m *MarketInfo) SizeDecimal(lots int64) decimal.Decimal {
	return decimal.New(lots*m.sizeUnit, -int32(m.SizeDecimals))
}

// ParsePrice turns a price a person typed into ticks. It fails unless the
// price is a positive whole number of ticks.
func (m *MarketInfo) ParsePrice(s string) (int64, error) {
	return parseUnits(s, m.PriceDecimals, m.priceUnit, "price")
}

// ParseSize turns a size a person typed into lots. It fails unless the size
// is a positive whole number of lots.
func (m *MarketInfo) ParseSize(s string) (int64, error) {
	return parseUnits(s, m.SizeDecimals, m.sizeUnit, "size")
}

func parseUnits(s string, digits int, unit int64, what string) (int64, error) {
	d, err := decimal.NewFromString(s)
	if err != nil {
		return 0, fmt.Errorf("marketdata: %s %q: %w", what, s, err)
	}
	u := d.Shift(int32(digits))
	if !u.IsInteger() || u.Sign() <= 0 || !u.Mod(decimal.NewFromInt(unit)).IsZero() {
		return 0, fmt.Errorf("marketdata: %s %q is not a positive multiple of the step", what, s)
	}
	n := u.Div(decimal.NewFromInt(unit))
	if n.GreaterThan(decimal.NewFromInt(1 << 62)) {
		return 0, fmt.Errorf("marketdata: %s %q is too large", what, s)
	}
	return n.IntPart(), nil
}

// appendFixed appends v/10^digits with exactly digits places after the
// point (none when digits is 0). v is not negative.
func appendFixed(dst []byte, v int64, digits int) []byte {
	if digits == 0 {
		return strconv.AppendInt(dst, v, 10)
	}
	var b [24]byte
	i := len(b)
	for n := 0; n < digits; n++ {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
	}
	i--
	b[i] = '.'
	if v == 0 {
		i--
		b[i] = '0'
	}
	for v > 0 {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
	}
	return append(dst, b[i:]...)
}

// appendTime appends unix nanoseconds as RFC 3339 UTC with exactly nine
// fractional digits, e.g. 2027-01-04T00:00:00.250000000Z, so that the
// strings sort as the times do. It does not allocate.
func appendTime(dst []byte, ns int64) []byte {
	sec := floorDiv(ns, 1e9)
	frac := ns - sec*1e9
	days := floorDiv(sec, 86400)
	sod := sec - days*86400
	y, mo, d := civil(days)
	dst = append4(dst, y)
	dst = append(dst, '-')
	dst = append2(dst, mo)
	dst = append(dst, '-')
	dst = append2(dst, d)
	dst = append(dst, 'T')
	dst = append2(dst, sod/3600)
	dst = append(dst, ':')
	dst = append2(dst, sod/60%60)
	dst = append(dst, ':')
	dst = append2(dst, sod%60)
	dst = append(dst, '.')
	var b [9]byte
	for i := 8; i >= 0; i-- {
		b[i] = byte('0' + frac%10)
		frac /= 10
	}
	dst = append(dst, b[:]...)
	return append(dst, 'Z')
}

// civil converts days since 1970-01-01 to a proleptic Gregorian date
// (Howard Hinnant's days_from_civil inverse).
func civil(z int64) (y, m, d int64) {
	z += 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	if mp < 10 {
		m = mp + 3
	} else {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}

func append2(dst []byte, v int64) []byte {
	return append(dst, byte('0'+v/10), byte('0'+v%10))
}

func append4(dst []byte, v int64) []byte {
	if v < 0 || v > 9999 {
		return strconv.AppendInt(dst, v, 10)
	}
	return append(dst, byte('0'+v/1000), byte('0'+v/100%10), byte('0'+v/10%10), byte('0'+v%10))
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}
