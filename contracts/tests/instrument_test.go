package tests

import (
	"bytes"
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/internal/evm/devchain"
)

// Reasons of InstrumentId.check, in the enum's order.
const (
	reasonNone uint8 = iota
	reasonVersion
	reasonReservedBits
	reasonGPU
	reasonInterconnect
	reasonRegion
	reasonTier
	reasonKind
	reasonWindow
)

// goReason maps an error of exchange/instrument to the Solidity reason.
func goReason(t *testing.T, err error) uint8 {
	t.Helper()
	for _, m := range []struct {
		err    error
		reason uint8
	}{
		{instrument.ErrVersion, reasonVersion},
		{instrument.ErrReservedBits, reasonReservedBits},
		{instrument.ErrGPU, reasonGPU},
		{instrument.ErrInterconnect, reasonInterconnect},
		{instrument.ErrRegion, reasonRegion},
		{instrument.ErrTier, reasonTier},
		{instrument.ErrKind, reasonKind},
		{instrument.ErrWindow, reasonWindow},
	} {
		if errors.Is(err, m.err) {
			return m.reason
		}
	}
	if err == nil {
		return reasonNone
	}
	t.Fatalf("unmapped instrument error %v", err)
	return 0
}

type harness struct {
	h    *bindings.InstrumentIdHarness
	inst *bind.BoundContract
}

func deployHarness(t *testing.T) harness {
	t.Helper()
	c := devchain.New(1)
	t.Cleanup(func() { _ = c.Close() })
	h := bindings.NewInstrumentIdHarness()
	addr, _, err := c.Deploy(0, &bindings.InstrumentIdHarnessMetaData, nil)
	if err != nil {
		t.Fatal(err)
	}
	return harness{h, h.Instance(c.Client, addr)}
}

func (h harness) decode(t *testing.T, ids []*big.Int) []bindings.InstrumentIdHarnessDecoded {
	t.Helper()
	var out []bindings.InstrumentIdHarnessDecoded
	for len(ids) > 0 {
		n := min(len(ids), 128)
		got, err := bind.Call(h.inst, nil, h.h.PackDecodeBatch(ids[:n]), h.h.UnpackDecodeBatch)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, got...)
		ids = ids[n:]
	}
	return out
}

// bits returns the width-bit field of x at shift.
func bits(x *big.Int, shift, width uint) uint64 {
	v := new(big.Int).Rsh(x, shift)
	return v.And(v, new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), width), big.NewInt(1))).Uint64()
}

// setField writes v into the width-bit field of x at shift.
func setField(x *big.Int, shift, width uint, v uint64) *big.Int {
	mask := new(big.Int).Lsh(new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), width), big.NewInt(1)), shift)
	out := new(big.Int).AndNot(x, mask)
	return out.Or(out, new(big.Int).Lsh(new(big.Int).SetUint64(v), shift))
}

func randomValid(r *rand.Rand) instrument.Instrument {
	gpus := []uint16{instrument.GPUH100SXM, instrument.GPUH100PCIE, instrument.GPUH200, instrument.GPUB200, 1, 0xFFFE, 0x2342}
	in := instrument.Instrument{
		Version:      instrument.CurrentVersion,
		Interconnect: instrument.Interconnect(r.IntN(3)),
		Region:       instrument.Region(1 + r.IntN(7)),
		Tier:         uint8(1 + r.IntN(3)),
	}
	if r.IntN(2) == 0 {
		in.GPU = gpus[r.IntN(len(gpus))]
	} else {
		in.GPU = uint16(1 + r.IntN(0xFFFE))
	}
	switch r.IntN(5) {
	case 0:
		in.Kind = instrument.Spot
		in.WindowHours = uint16(1 + r.IntN(instrument.MaxSpotHours))
	case 1:
		in.WindowStart = r.Uint32()
		in.WindowHours = uint16(1 + r.IntN(0xFFFF))
	default:
		in.WindowStart = 490000 + uint32(r.IntN(200000))
		in.WindowHours = uint16(1 + r.IntN(24*31))
	}
	return in
}

// corrupt breaks one rule of a valid id (or sometimes several).
func corrupt(r *rand.Rand, id *big.Int) *big.Int {
	switch r.IntN(12) {
	case 0: // version
		v := uint64(r.IntN(256))
		if v == 1 {
			v = 0
		}
		return setField(id, instrument.ShiftVersion, 8, v)
	case 1: // reserved bits 104..119
		return new(big.Int).SetBit(id, 104+r.IntN(16), 1)
	case 2: // bits 128..255
		return new(big.Int).SetBit(id, 128+r.IntN(128), 1)
	case 3:
		return setField(id, instrument.ShiftGPU, 16, []uint64{0, 0xFFFF}[r.IntN(2)])
	case 4:
		return setField(id, instrument.ShiftInterconnect, 8, uint64(3+r.IntN(253)))
	case 5:
		return setField(id, instrument.ShiftRegion, 16, []uint64{0, 8, uint64(8 + r.IntN(0xFFF8))}[r.IntN(3)])
	case 6:
		return setField(id, instrument.ShiftTier, 8, []uint64{0, uint64(4 + r.IntN(252))}[r.IntN(2)])
	case 7:
		return setField(id, instrument.ShiftKind, 8, uint64(2+r.IntN(254)))
	case 8: // reservation of 0 hours, or spot with a window
		if bits(id, instrument.ShiftKind, 8) == 0 {
			return setField(id, instrument.ShiftWindowHours, 16, 0)
		}
		if r.IntN(2) == 0 {
			return setField(id, instrument.ShiftWindowStart, 32, uint64(1+r.IntN(1<<31)))
		}
		return setField(id, instrument.ShiftWindowHours, 16, uint64(1+r.IntN(0xFFFF)))
	case 9: // any 256-bit number
		b := make([]byte, 32)
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		return new(big.Int).SetBytes(b)
	case 10: // random low 128 bits with version 1 and zero reserved bits
		lo := new(big.Int).Lsh(new(big.Int).SetUint64(r.Uint64()&(1<<40-1)), 64)
		lo.Or(lo, new(big.Int).SetUint64(r.Uint64()))
		return setField(lo, instrument.ShiftVersion, 8, 1)
	default: // two corruptions: the first rule broken must win
		return corrupt(r, corrupt(r, id))
	}
}

// TestInstrumentIdMatchesGo decodes hundreds of random ids, valid and
// invalid, with the Solidity library and with exchange/instrument and
// requires the same answer field by field, including which rule an invalid id
// breaks first.
func TestInstrumentIdMatchesGo(t *testing.T) {
	h := deployHarness(t)
	r := rand.New(rand.NewPCG(7, 11))
	var ids []*big.Int
	for i := 0; i < 400; i++ {
		id, err := randomValid(r).Encode()
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id.Big())
	}
	for i := 0; i < 400; i++ {
		ids = append(ids, corrupt(r, ids[r.IntN(400)]))
	}
	// Edges: zero, all ones, the worked example, extreme windows.
	ones := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	worked, _ := new(big.Int).SetString("010000233001000101000007a01000a8", 16)
	maxWin := setField(setField(worked, instrument.ShiftWindowStart, 32, 0xFFFFFFFF), 0, 16, 0xFFFF)
	ids = append(ids, big.NewInt(0), ones, worked, maxWin, setField(worked, instrument.ShiftWindowStart, 32, 0))
	for _, b := range []int{104, 111, 119, 127, 128, 129, 192, 255} { // each edge of the must-be-zero ranges
		ids = append(ids, new(big.Int).SetBit(worked, b, 1))
	}

	got := h.decode(t, ids)
	if len(got) != len(ids) {
		t.Fatalf("got %d results for %d ids", len(got), len(ids))
	}
	var valid, invalid int
	for i, x := range ids {
		d := got[i]
		gid, err := instrument.FromBig(x)
		if err != nil {
			t.Fatal(err)
		}
		in, derr := instrument.Decode(gid)
		want := goReason(t, derr)
		if d.Reason != want || d.Valid != (derr == nil) {
			t.Fatalf("%s: Solidity valid=%v reason=%d; Go: %v (reason %d)", gid, d.Valid, d.Reason, derr, want)
		}
		// Raw getters, valid or not: plain shifts and masks.
		raw := []struct {
			name      string
			got, want uint64
		}{
			{"version", uint64(d.Version), bits(x, instrument.ShiftVersion, 8)},
			{"reserved", uint64(d.Reserved), bits(x, instrument.ShiftReserved, 16)},
			{"gpu", uint64(d.Gpu), bits(x, instrument.ShiftGPU, 16)},
			{"interconnect", uint64(d.Interconnect), bits(x, instrument.ShiftInterconnect, 8)},
			{"region", uint64(d.Region), bits(x, instrument.ShiftRegion, 16)},
			{"tier", uint64(d.Tier), bits(x, instrument.ShiftTier, 8)},
			{"kind", uint64(d.Kind), bits(x, instrument.ShiftKind, 8)},
			{"windowStart", uint64(d.WindowStart), bits(x, instrument.ShiftWindowStart, 32)},
			{"windowHours", uint64(d.WindowHours), bits(x, instrument.ShiftWindowHours, 16)},
		}
		for _, f := range raw {
			if f.got != f.want {
				t.Fatalf("%s: %s = %#x, want %#x", gid, f.name, f.got, f.want)
			}
		}
		end := bits(x, 16, 32) + bits(x, 0, 16)
		if d.WindowEnd.Uint64() != end || d.StartTime.Uint64() != bits(x, 16, 32)*3600 || d.EndTime.Uint64() != end*3600 {
			t.Fatalf("%s: windowEnd %s startTime %s endTime %s", gid, d.WindowEnd, d.StartTime, d.EndTime)
		}
		if gk := gradeOf(x); d.GradeKey.Cmp(gk) != 0 {
			t.Fatalf("%s: gradeKey %#x, want %#x", gid, d.GradeKey, gk)
		}
		var xid instrument.ID
		x.FillBytes(xid[:])
		if gk := xid.GradeKey().Big(); d.GradeKey.Cmp(gk) != 0 {
			t.Fatalf("%s: gradeKey %#x, Go's GradeKey %#x", gid, d.GradeKey, gk)
		}
		// isReservationGrade: window bits zero, kind 0, and a one-hour
		// window of the key decodes in Go.
		key1, _ := instrument.FromBig(new(big.Int).Or(x, big.NewInt(1)))
		_, kerr := instrument.Decode(key1)
		wantGrade := new(big.Int).And(x, windowMask).Sign() == 0 && bits(x, instrument.ShiftKind, 8) == 0 && kerr == nil
		if d.ReservationGrade != wantGrade {
			t.Fatalf("%s: isReservationGrade = %v, want %v", gid, d.ReservationGrade, wantGrade)
		}
		if derr != nil {
			invalid++
			continue
		}
		valid++
		// A valid id: the getters equal Go's decoded fields, and the times
		// equal Go's window start and end.
		if d.Version != in.Version || d.Gpu != in.GPU || d.Interconnect != uint8(in.Interconnect) ||
			d.Region != uint16(in.Region) || d.Tier != in.Tier || d.Kind != uint8(in.Kind) ||
			d.WindowStart != in.WindowStart || d.WindowHours != in.WindowHours {
			t.Fatalf("%s: Solidity %+v, Go %+v", gid, d, in)
		}
		if in.Kind == instrument.Reservation {
			if d.StartTime.Int64() != in.WindowStartTime().Unix() || d.EndTime.Int64() != in.WindowEnd().Unix() {
				t.Fatalf("%s: times %s..%s, Go %s..%s", gid, d.StartTime, d.EndTime, in.WindowStartTime(), in.WindowEnd())
			}
		} else if d.StartTime.Sign() != 0 || d.EndTime.Int64() != int64(in.WindowHours)*3600 {
			t.Fatalf("%s: spot times %s..%s, want 0..lease length", gid, d.StartTime, d.EndTime)
		}
	}
	if valid < 300 || invalid < 300 {
		t.Fatalf("only %d valid and %d invalid ids checked", valid, invalid)
	}
	t.Logf("%d ids agree (%d valid, %d invalid)", len(ids), valid, invalid)
}

// TestInstrumentIdEncodeMatchesGo encodes random field sets, most valid and
// many breaking one rule, with InstrumentId.encode and with Instrument.Encode:
// the ids must be equal, and a set Go rejects must revert with
// InvalidInstrumentFields naming the same rule.
func TestInstrumentIdEncodeMatchesGo(t *testing.T) {
	h := deployHarness(t)
	habi := mustABI(t, &bindings.InstrumentIdHarnessMetaData)
	r := rand.New(rand.NewPCG(3, 5))
	var ins []instrument.Instrument
	for i := 0; i < 400; i++ {
		in := randomValid(r)
		if i%2 == 1 {
			switch r.IntN(8) {
			case 0:
				in.GPU = []uint16{0, 0xFFFF}[r.IntN(2)]
			case 1:
				in.Interconnect = instrument.Interconnect(3 + r.IntN(253))
			case 2:
				in.Region = instrument.Region([]int{0, 8, 8 + r.IntN(0xFFF8)}[r.IntN(3)])
			case 3:
				in.Tier = uint8([]int{0, 4 + r.IntN(252)}[r.IntN(2)])
			case 4:
				in.Kind = instrument.Kind(2 + r.IntN(254))
			case 5:
				in.WindowHours = 0
				in.Kind = instrument.Reservation
			case 6:
				in.Kind = instrument.Spot
				switch r.IntN(3) {
				case 0:
					in.WindowStart = uint32(1 + r.IntN(1<<31))
				case 1:
					in.WindowHours = 0
				default:
					in.WindowHours = uint16(instrument.MaxSpotHours + 1 + r.IntN(0xFFFF-instrument.MaxSpotHours))
				}
			case 7: // several at once
				in.Tier, in.Region = 0, 0
			}
		}
		ins = append(ins, in)
	}
	var fields []bindings.InstrumentIdHarnessFields
	for _, in := range ins {
		fields = append(fields, bindings.InstrumentIdHarnessFields{
			Gpu: in.GPU, Interconnect: uint8(in.Interconnect), Region: uint16(in.Region), Tier: in.Tier,
			Kind: uint8(in.Kind), WindowStart: in.WindowStart, WindowHours: in.WindowHours,
		})
	}
	var got []bindings.InstrumentIdHarnessEncoded
	for off := 0; off < len(fields); off += 100 {
		out, err := bind.Call(h.inst, nil, h.h.PackEncodeBatch(fields[off:min(off+100, len(fields))]), h.h.UnpackEncodeBatch)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, out...)
	}
	var ok, rejected int
	for i, in := range ins {
		id, err := in.Encode()
		g := got[i]
		if err != nil {
			rejected++
			want := packErr(t, habi, "InvalidInstrumentFields", goReason(t, err))
			if g.Ok || !bytes.Equal(g.RevertData, want) {
				t.Fatalf("%+v: Go rejects (%v); Solidity ok=%v id=%#x revert=%x", in, err, g.Ok, g.Id, g.RevertData)
			}
			continue
		}
		ok++
		if !g.Ok || g.Id.Cmp(id.Big()) != 0 {
			t.Fatalf("%+v: Go %s; Solidity ok=%v id=%#x revert=%x", in, id, g.Ok, g.Id, g.RevertData)
		}
	}
	if ok < 150 || rejected < 150 {
		t.Fatalf("only %d valid and %d invalid field sets", ok, rejected)
	}
	t.Logf("%d field sets agree (%d encoded, %d rejected)", len(ins), ok, rejected)
}

// TestInstrumentIdWorkedExample pins docs/instruments.md's worked example.
func TestInstrumentIdWorkedExample(t *testing.T) {
	h := deployHarness(t)
	id, _ := new(big.Int).SetString("1329230783627093287918602462780457128", 10)
	d := h.decode(t, []*big.Int{id})[0]
	if !d.Valid || d.Version != 1 || d.Gpu != 0x2330 || d.Interconnect != 1 || d.Region != 1 || d.Tier != 1 ||
		d.Kind != 0 || d.WindowStart != 499728 || d.WindowHours != 168 {
		t.Fatalf("decoded %+v", d)
	}
	if d.StartTime.Int64() != 1799020800 || d.EndTime.Int64() != 1799020800+168*3600 || d.WindowEnd.Int64() != 499728+168 {
		t.Fatalf("times %s %s %s", d.StartTime, d.EndTime, d.WindowEnd)
	}
	wantKey, _ := new(big.Int).SetString("01000023300100010100000000000000", 16)
	if d.GradeKey.Cmp(wantKey) != 0 || d.ReservationGrade {
		t.Fatalf("gradeKey %#x (is a grade key: %v), want %#x", d.GradeKey, d.ReservationGrade, wantKey)
	}
	enc, err := bind.Call(h.inst, nil, h.h.PackEncode(bindings.InstrumentIdHarnessFields{
		Gpu: 0x2330, Interconnect: 1, Region: 1, Tier: 1, Kind: 0, WindowStart: 499728, WindowHours: 168,
	}), h.h.UnpackEncode)
	if err != nil || enc.Cmp(id) != 0 {
		t.Fatalf("encode = %v, %v; want %s", enc, err, id)
	}
	key := h.decode(t, []*big.Int{wantKey})[0]
	if key.Valid || !key.ReservationGrade {
		t.Fatalf("grade key: valid=%v reservationGrade=%v; want false, true", key.Valid, key.ReservationGrade)
	}
}

// TestReservationGrade: InstrumentId.reservationGrade zeroes the window
// fields and the kind byte, so a spot id and every reservation window of
// the same GPU, interconnect, region and tier share it, and it is a
// reservation grade key (the vault's and the oracle's per-grade settings
// apply to spot ids through it); for a reservation it is its grade key.
func TestReservationGrade(t *testing.T) {
	h := deployHarness(t)
	r := rand.New(rand.NewPCG(3, 17))
	for i := 0; i < 60; i++ {
		in := randomValid(r)
		id, err := in.Encode()
		if err != nil {
			t.Fatal(err)
		}
		got, err := bind.Call(h.inst, nil, h.h.PackReservationGrade(id.Big()), h.h.UnpackReservationGrade)
		if err != nil {
			t.Fatal(err)
		}
		res := in
		res.Kind = instrument.Reservation
		want := new(big.Int).AndNot(id.Big(), big.NewInt(1<<56-1))
		if got.Cmp(want) != 0 {
			t.Fatalf("reservationGrade(%s) = %x, want %x", in.Symbol(), got, want)
		}
		if in.Kind == instrument.Reservation && got.Cmp(gradeOf(id.Big())) != 0 {
			t.Fatalf("reservationGrade(%s) = %x, its grade key is %x", in.Symbol(), got, gradeOf(id.Big()))
		}
		// The same fields as a one-hour reservation window: a valid id, whose grade key it is.
		res.WindowStart, res.WindowHours = 500000, 1
		rid, err := res.Encode()
		if err != nil {
			t.Fatal(err)
		}
		if gradeOf(rid.Big()).Cmp(got) != 0 {
			t.Fatalf("%s: the reservation of its grade has grade key %x, not %x", in.Symbol(), gradeOf(rid.Big()), got)
		}
	}
}
