package service

import (
	"bytes"
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/redeemer/lease"
)

// Spot leases (docs/delivery.md, "Spot leases"). A fill in a spot market
// becomes a lease through the vault's usual LeaseAssigned, with specHash 0
// (the buyer redeemed nothing, so no spec hash exists) and the spot
// market's id as its instrument. Its job spec is checked by its fields
// instead of a hash (spotSpecFits): the holder's, signed by the holder,
// naming the lease's instrument and hours, and its start hour and GPUs or
// 0 for "whichever fill". The holder gives it after the fill (SubmitSpec,
// as for any lease) or before, with the order: a standing spot spec per
// (holder, spot market) that every spot lease of that holder and market
// without a spec gets, as if the holder had submitted it for the lease.

// The standing spot specs' codes.
const (
	// CodeNotSpot: a standing spot spec for an instrument that is not a
	// spot market.
	CodeNotSpot Code = "not_spot"
	// CodeUnknownSpotSpec: no standing spot spec for that holder and
	// market (withdraw).
	CodeUnknownSpotSpec Code = "unknown_spot_spec"
	// CodeTooManySpotSpecs: the holder has MaxSpotSpecs standing specs
	// already.
	CodeTooManySpotSpecs Code = "too_many_spot_specs"
)

// MaxSpotSpecs bounds one holder's standing spot specs (each market and
// lease length is a market of its own).
const MaxSpotSpecs = 64

// SpotSpec is a holder's standing job spec for one spot market: its spec
// (Holder and Instrument are its key; StartHour and GPUs 0; Hours the
// market's lease length), the holder's signature over its EIP-712 hash,
// and when the service accepted it.
type SpotSpec struct {
	Spec      JobSpec   `json:"spec"`
	Signature []byte    `json:"signature"`
	At        time.Time `json:"at"`
}

// SpotSpecKey names a standing spot spec.
type SpotSpecKey struct {
	Holder     common.Address `json:"holder"`
	Instrument instrument.ID  `json:"instrument"`
}

// Key is the spec's key.
func (s SpotSpec) Key() SpotSpecKey {
	return SpotSpecKey{Holder: s.Spec.Holder, Instrument: s.Spec.Instrument}
}

func (s SpotSpec) clone() SpotSpec {
	c := s
	c.Spec.Command = append([]string(nil), s.Spec.Command...)
	c.Spec.Env = append([]string(nil), s.Spec.Env...)
	c.Signature = append([]byte(nil), s.Signature...)
	return c
}

// lessSpotKey orders keys by holder, then instrument, bytewise.
func lessSpotKey(a, b SpotSpecKey) bool {
	if c := bytes.Compare(a.Holder[:], b.Holder[:]); c != 0 {
		return c < 0
	}
	return bytes.Compare(a.Instrument[:], b.Instrument[:]) < 0
}

// SortSpotSpecs orders specs by holder, then instrument: the order every
// SpotSpecStore loads them in.
func SortSpotSpecs(ss []SpotSpec) {
	sort.Slice(ss, func(i, j int) bool { return lessSpotKey(ss[i].Key(), ss[j].Key()) })
}

// SpotSpecStore is a Store that also keeps the standing spot specs:
// Change.PutSpotSpecs and DeleteSpotSpecs are written with the rest of
// the change, atomically, and LoadSpotSpecs reads them back (by holder,
// then instrument). MemStore, FileStore and internal/postgres.LeaseStore
// are; on a Store that is not, the service refuses standing specs
// (unavailable) and never sets those fields.
type SpotSpecStore interface {
	Store
	LoadSpotSpecs() ([]SpotSpec, error)
}

// spotLease reports whether t is a spot lease: no specHash, a spot
// market's instrument.
func spotLease(t lease.Terms) bool {
	if t.SpecHash != (common.Hash{}) {
		return false
	}
	in, err := instrument.Decode(t.Instrument)
	return err == nil && in.Kind == instrument.Spot
}

// spotSpecFits checks spec's fields against spot lease t's (the holder is
// checked by the caller): its instrument and hours, its start hour and
// GPUs either the lease's or 0.
func spotSpecFits(t lease.Terms, spec JobSpec) error {
	switch {
	case spec.Instrument != t.Instrument:
		return newError(CodeInvalidSpec, "the spec names instrument %s, spot lease %s is of %s", spec.Instrument, t.ID, t.Instrument)
	case uint32(spec.Hours) != t.Hours:
		return newError(CodeInvalidSpec, "the spec names %d hours, spot lease %s is %d", spec.Hours, t.ID, t.Hours)
	case spec.StartHour != 0 && spec.StartHour != t.StartHour:
		return newError(CodeInvalidSpec, "the spec names start hour %d, spot lease %s starts at %d (0: whichever fill)", spec.StartHour, t.ID, t.StartHour)
	case spec.GPUs != 0 && spec.GPUs != t.GPUs:
		return newError(CodeInvalidSpec, "the spec names %d GPUs, spot lease %s has %d (0: whichever fill)", spec.GPUs, t.ID, t.GPUs)
	}
	return nil
}

// checkStandingSpec checks a standing spot spec on its own: valid, a
// holder, a spot market's instrument, that market's lease length, start
// hour and GPUs 0.
func checkStandingSpec(spec JobSpec) error {
	if err := spec.Validate(); err != nil {
		return err
	}
	in, err := instrument.Decode(spec.Instrument)
	switch {
	case err != nil:
		return newError(CodeNotSpot, "instrument %s: %v", spec.Instrument, err)
	case in.Kind != instrument.Spot:
		return newError(CodeNotSpot, "instrument %s (%s) is not a spot market", spec.Instrument, in.Symbol())
	case spec.Holder == (common.Address{}):
		return newError(CodeInvalidSpec, "the spec names no holder")
	case spec.StartHour != 0 || spec.GPUs != 0:
		return newError(CodeInvalidSpec, "a standing spot spec has start hour 0 and GPUs 0 (whichever fill), not %d and %d", spec.StartHour, spec.GPUs)
	case uint16(in.WindowHours) != spec.Hours:
		return newError(CodeInvalidSpec, "the spec names %d hours, %s's leases are %d", spec.Hours, in.Symbol(), in.WindowHours)
	}
	return nil
}

// spotStore is the store's SpotSpecStore, or nil.
func (s *Service) spotStore() SpotSpecStore {
	ss, _ := s.cfg.Store.(SpotSpecStore)
	return ss
}

// SubmitSpotSpec accepts the holder's standing job spec for a spot market
// (checkStandingSpec; the signature checked as SubmitSpec's): it replaces
// the holder's standing spec for that market, and every open spot lease of
// the holder in that market without a spec, not yet on a node, gets it at
// once, in the same write, and goes to its agent. A refusal (with its
// Code) changes nothing.
func (s *Service) SubmitSpotSpec(ctx context.Context, spec JobSpec, sig []byte) (SpotSpec, error) {
	if s.spotStore() == nil {
		return SpotSpec{}, newError(CodeUnavailable, "this redeemer's store keeps no standing spot specs")
	}
	if err := checkStandingSpec(spec); err != nil {
		return SpotSpec{}, err
	}
	hash := spec.Hash(s.cfg.Domain)
	if err := s.checkHolderSignature(ctx, spec.Holder, hash, sig); err != nil {
		return SpotSpec{}, err
	}
	ss := SpotSpec{Spec: spec, Signature: append([]byte(nil), sig...), At: s.clk.Now().UTC()}
	ss = ss.clone()
	key := ss.Key()
	s.mu.Lock()
	if _, ok := s.spot[key]; !ok {
		n := 0
		for k := range s.spot {
			if k.Holder == key.Holder {
				n++
			}
		}
		if n >= MaxSpotSpecs {
			s.mu.Unlock()
			return SpotSpec{}, newError(CodeTooManySpotSpecs, "%s has %d standing spot specs, at most %d: withdraw one first", key.Holder, n, MaxSpotSpecs)
		}
	}
	c := Change{PutSpotSpecs: []SpotSpec{ss}}
	var attached []string
	for id, r := range s.leases {
		if next, ok := attachable(r, ss, ss.At); ok {
			c.Put = append(c.Put, next)
			attached = append(attached, id)
		}
	}
	if err := s.cfg.Store.Apply(c); err != nil {
		s.mu.Unlock()
		return SpotSpec{}, fmt.Errorf("redeemer: store: %w", err)
	}
	s.spot[key] = &ss
	for _, r := range c.Put {
		*s.leases[r.Lease.ID] = r
	}
	out := ss.clone()
	s.mu.Unlock()
	s.log.Info("redeemer: standing spot spec accepted", "holder", key.Holder, "instrument", key.Instrument,
		"hash", hash, "leases", attached)
	if len(attached) > 0 {
		s.dispatch()
	}
	return out, nil
}

// WithdrawSpotSpec removes holder's standing spec for spot market in; the
// leases that got it keep it.
func (s *Service) WithdrawSpotSpec(holder common.Address, in instrument.ID) error {
	if s.spotStore() == nil {
		return newError(CodeUnavailable, "this redeemer's store keeps no standing spot specs")
	}
	key := SpotSpecKey{Holder: holder, Instrument: in}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.spot[key]; !ok {
		return newError(CodeUnknownSpotSpec, "%s has no standing spec for %s", holder, in)
	}
	if err := s.cfg.Store.Apply(Change{DeleteSpotSpecs: []SpotSpecKey{key}}); err != nil {
		return fmt.Errorf("redeemer: store: %w", err)
	}
	delete(s.spot, key)
	s.log.Info("redeemer: standing spot spec withdrawn", "holder", holder, "instrument", in)
	return nil
}

// SpotSpecs returns holder's standing spot specs, by instrument.
func (s *Service) SpotSpecs(holder common.Address) []SpotSpec {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []SpotSpec
	for k, ss := range s.spot {
		if k.Holder == holder {
			out = append(out, ss.clone())
		}
	}
	SortSpotSpecs(out)
	return out
}

// attachable returns r with standing spec ss attached at now, when r is
// an open spot lease of ss's holder and market with no spec, not on a
// node yet, that ss fits.
func attachable(r *Record, ss SpotSpec, now time.Time) (Record, bool) {
	t := r.Lease.Terms
	if r.Spec != nil || r.Node != (common.Address{}) || !r.Lease.State.Open() || !spotLease(t) ||
		t.Holder != ss.Spec.Holder || t.Instrument != ss.Spec.Instrument || spotSpecFits(t, ss.Spec) != nil {
		return Record{}, false
	}
	next := r.clone()
	sp := ss.clone()
	next.Spec, next.Signature, next.SpecAt = &sp.Spec, sp.Signature, now
	return next, true
}

// attachStanding gives r its holder's standing spec for its market, when
// it has none and one fits (s.mu held); it reports whether it did.
func (s *Service) attachStanding(r *Record) bool {
	if r.Spec != nil || !spotLease(r.Lease.Terms) {
		return false
	}
	ss := s.spot[SpotSpecKey{Holder: r.Lease.Holder, Instrument: r.Lease.Instrument}]
	if ss == nil {
		return false
	}
	next, ok := attachable(r, *ss, s.clk.Now().UTC())
	if !ok {
		if spotSpecFits(r.Lease.Terms, ss.Spec) != nil {
			s.log.Warn("redeemer: the holder's standing spot spec does not fit a spot lease; it waits for a spec",
				"lease", r.Lease.ID, "hours", r.Lease.Hours, "specHours", ss.Spec.Hours)
		}
		return false
	}
	*r = next
	s.log.Info("redeemer: standing spot spec attached", "lease", r.Lease.ID, "holder", r.Lease.Holder)
	return true
}
