package service

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/bindings"
	"github.com/hourglass-exchange/hourglass/exchange/instrument"
	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/internal/evm/watch"
	"github.com/hourglass-exchange/hourglass/redeemer/agent"
	"github.com/hourglass-exchange/hourglass/redeemer/lease"
)

// recorder is an agent that takes every lease and remembers the specs.
type recorder struct {
	mu    sync.Mutex
	specs map[string]agent.Spec
}

func (a *recorder) Assign(t lease.Terms, s agent.Spec) (agent.Status, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.specs == nil {
		a.specs = map[string]agent.Spec{}
	}
	a.specs[t.ID] = s
	return agent.Status{}, nil
}
func (a *recorder) Stop(string, lease.Actor, lease.Reason, string) error { return nil }
func (a *recorder) Logs(string, agent.Stream, int64, int) (agent.LogChunk, error) {
	return agent.LogChunk{}, nil
}

func (a *recorder) got(id string) (agent.Spec, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	s, ok := a.specs[id]
	return s, ok
}

// spotWorld is a service fed LeaseAssigned logs by hand (the vault's
// spot leases come from contracts this package does not need), with one
// provider whose agent is a recorder.
type spotWorld struct {
	t        *testing.T
	store    Store
	svc      *Service
	ag       *recorder
	dom      Domain
	clk      *clock.Fake
	holder   *ecdsa.PrivateKey
	other    *ecdsa.PrivateKey
	provider common.Address
	spot     instrument.ID // H100SXM-US-T1-SPOT+4h
	block    int64
}

var (
	spotNow  = time.Date(2026, 12, 7, 21, 30, 0, 0, time.UTC)
	spotHour = uint32(spotNow.Unix() / 3600)
)

func newSpotWorld(t *testing.T, store Store) *spotWorld {
	t.Helper()
	w := &spotWorld{t: t, store: store, ag: &recorder{}, clk: clock.NewFake(spotNow), provider: common.HexToAddress("0xb0b"),
		dom: Domain{ChainID: big.NewInt(1337), Vault: common.HexToAddress("0xaa")}}
	w.holder, _ = crypto.ToECDSA(crypto.Keccak256([]byte("spot holder")))
	w.other, _ = crypto.ToECDSA(crypto.Keccak256([]byte("someone else")))
	w.spot = spotID(t, 4)
	w.open()
	return w
}

// open (re)starts the service on the world's store.
func (w *spotWorld) open() {
	w.t.Helper()
	s, err := New(Config{Store: w.store, Agents: StaticAgents{w.provider: {Agent: w.ag, Node: common.HexToAddress("0x0de")}},
		Chain: noChain{}, Domain: w.dom, Node: noNode{}, Clock: w.clk})
	if err != nil {
		w.t.Fatal(err)
	}
	w.svc = s
}

func spotID(t testing.TB, hours uint16) instrument.ID {
	t.Helper()
	in, err := instrument.NewSpot(instrument.GPUH100SXM, instrument.SXM, instrument.RegionUS, 1, hours)
	if err != nil {
		t.Fatal(err)
	}
	id, err := in.Encode()
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func (w *spotWorld) addr(k *ecdsa.PrivateKey) common.Address {
	return crypto.PubkeyToAddress(k.PublicKey)
}

// assign feeds the service a LeaseAssigned log of lease id, seen and
// confirmed in one update, as the watcher delivers a deep enough block.
func (w *spotWorld) assign(id int64, holder common.Address, in instrument.ID, gpus, hours uint32, specHash common.Hash) {
	w.t.Helper()
	a, err := bindings.ProviderVaultMetaData.ParseABI()
	if err != nil {
		w.t.Fatal(err)
	}
	ev := a.Events["LeaseAssigned"]
	var data abi.Arguments
	for _, in := range ev.Inputs {
		if !in.Indexed {
			data = append(data, in)
		}
	}
	b, err := data.Pack(in.Big(), big.NewInt(int64(gpus)), big.NewInt(int64(spotHour)), big.NewInt(int64(hours)),
		[32]byte(specHash), big.NewInt(spotNow.Unix()))
	if err != nil {
		w.t.Fatal(err)
	}
	w.block++
	l := types.Log{Address: w.dom.Vault, Topics: []common.Hash{ev.ID, common.BigToHash(big.NewInt(id)),
		common.BytesToHash(holder[:]), common.BytesToHash(w.provider[:])}, Data: b,
		BlockNumber: uint64(w.block), BlockHash: common.BigToHash(big.NewInt(w.block)), TxHash: common.BigToHash(big.NewInt(1000 + w.block))}
	u := watch.Update{Events: []watch.Event{{Kind: watch.Seen, Log: l}, {Kind: watch.Confirmed, Log: l}},
		Checkpoint: watch.Checkpoint{Confirmed: watch.BlockRef{Number: uint64(w.block), Hash: l.BlockHash}}}
	if err := w.svc.HandleUpdate(context.Background(), u); err != nil {
		w.t.Fatal(err)
	}
	if _, err := w.svc.Lease(big.NewInt(id).String()); err != nil {
		w.t.Fatalf("lease %d was not taken: %v", id, err)
	}
}

// spec is the holder's job for spot market in (start hour and GPUs 0).
func (w *spotWorld) spec(in instrument.ID, hours uint16, cmd string) JobSpec {
	return JobSpec{Holder: w.addr(w.holder), Instrument: in, Hours: hours, Command: []string{"sh", "-c", cmd}}
}

func (w *spotWorld) sign(s JobSpec, k *ecdsa.PrivateKey) []byte {
	w.t.Helper()
	sig, err := SignSpec(s, w.dom, k)
	if err != nil {
		w.t.Fatal(err)
	}
	return sig
}

func (w *spotWorld) rec(id string) Record {
	w.t.Helper()
	r, err := w.svc.Lease(id)
	if err != nil {
		w.t.Fatal(err)
	}
	return r
}

// storedSpotSpecs is what the store holds.
func (w *spotWorld) storedSpotSpecs() []SpotSpec {
	w.t.Helper()
	ss, err := w.store.(SpotSpecStore).LoadSpotSpecs()
	if err != nil {
		w.t.Fatal(err)
	}
	return ss
}

// TestSpotLeaseSpec: a spot lease (specHash 0, a spot instrument) takes
// the holder's signed spec without a hash, when it names the lease's
// holder, instrument and hours, and its start hour and GPUs or 0; every
// other spec is refused with its code and changes nothing; once a spec is
// accepted another is spec_conflict. A reservation lease with specHash 0
// still wants the hash.
func TestSpotLeaseSpec(t *testing.T) {
	w := newSpotWorld(t, NewMemStore())
	holder := w.addr(w.holder)
	w.assign(1, holder, w.spot, 2, 4, common.Hash{})
	good := w.spec(w.spot, 4, "echo spot")
	bad := []struct {
		name string
		mk   func(s *JobSpec)
		key  *ecdsa.PrivateKey
		want Code
	}{
		{"hours", func(s *JobSpec) { s.Hours = 3 }, w.holder, CodeInvalidSpec},
		{"instrument", func(s *JobSpec) { s.Instrument = spotID(t, 8); s.Hours = 8 }, w.holder, CodeInvalidSpec},
		{"start hour", func(s *JobSpec) { s.StartHour = spotHour + 1 }, w.holder, CodeInvalidSpec},
		{"gpus", func(s *JobSpec) { s.GPUs = 3 }, w.holder, CodeInvalidSpec},
		{"holder", func(s *JobSpec) { s.Holder = w.addr(w.other) }, w.other, CodeNotHolder},
		{"signature", func(s *JobSpec) {}, w.other, CodeBadSignature},
		{"invalid", func(s *JobSpec) { s.Command = nil }, w.holder, CodeInvalidSpec},
	}
	for _, c := range bad {
		s := good
		c.mk(&s)
		if _, err := w.svc.SubmitSpec(context.Background(), "1", s, w.sign(s, c.key)); CodeOf(err) != c.want {
			t.Errorf("%s: %v, want %s", c.name, err, c.want)
		}
		if r := w.rec("1"); r.Spec != nil || r.Node != (common.Address{}) {
			t.Fatalf("%s: a refused spec changed the lease: %+v", c.name, r)
		}
	}
	sig := w.sign(good, w.holder)
	r, err := w.svc.SubmitSpec(context.Background(), "1", good, sig)
	if err != nil || r.Spec == nil || r.Node == (common.Address{}) {
		t.Fatalf("the holder's spot spec: %+v, %v", r, err)
	}
	if got, ok := w.ag.got("1"); !ok || !reflect.DeepEqual(got, good.AgentSpec()) {
		t.Fatalf("the agent got %+v (%v), want %+v", got, ok, good.AgentSpec())
	}
	if _, err := w.svc.SubmitSpec(context.Background(), "1", good, sig); err != nil {
		t.Fatalf("the accepted spec again: %v", err)
	}
	other := w.spec(w.spot, 4, "echo other")
	if _, err := w.svc.SubmitSpec(context.Background(), "1", other, w.sign(other, w.holder)); CodeOf(err) != CodeSpecConflict {
		t.Fatalf("another spec after one was accepted: %v, want %s", err, CodeSpecConflict)
	}
	if r := w.rec("1"); !reflect.DeepEqual(*r.Spec, good) {
		t.Fatalf("the lease's spec changed: %+v", r.Spec)
	}

	// The lease's own start hour and GPUs are as good as 0.
	w.assign(2, holder, w.spot, 2, 4, common.Hash{})
	exact := good
	exact.StartHour, exact.GPUs = spotHour, 2
	if _, err := w.svc.SubmitSpec(context.Background(), "2", exact, w.sign(exact, w.holder)); err != nil {
		t.Fatalf("a spec with the lease's start hour and GPUs: %v", err)
	}

	// A reservation lease with specHash 0: the hash rules, as ever.
	res, err := instrument.NewReservation(instrument.GPUH100SXM, instrument.SXM, instrument.RegionUS, 1, spotNow.Truncate(time.Hour), 4)
	if err != nil {
		t.Fatal(err)
	}
	resID, _ := res.Encode()
	w.assign(3, holder, resID, 2, 4, common.Hash{})
	rs := w.spec(resID, 4, "echo reservation")
	rs.StartHour, rs.GPUs = spotHour, 2
	if _, err := w.svc.SubmitSpec(context.Background(), "3", rs, w.sign(rs, w.holder)); CodeOf(err) != CodeSpecHashMismatch {
		t.Fatalf("a reservation lease with specHash 0: %v, want %s", err, CodeSpecHashMismatch)
	}
	// And a spot instrument with a specHash: the hash rules too.
	w.assign(4, holder, w.spot, 2, 4, common.HexToHash("0x5bec"))
	if _, err := w.svc.SubmitSpec(context.Background(), "4", good, sig); CodeOf(err) != CodeSpecHashMismatch {
		t.Fatalf("a spot lease with a specHash: %v, want %s", err, CodeSpecHashMismatch)
	}
}

// TestStandingSpotSpecRefusals: every refusal of a standing spec has its
// code and changes nothing, in memory and in the store.
func TestStandingSpotSpecRefusals(t *testing.T) {
	w := newSpotWorld(t, NewMemStore())
	holder := w.addr(w.holder)
	w.assign(1, holder, w.spot, 1, 4, common.Hash{})
	res, err := instrument.NewReservation(instrument.GPUH100SXM, instrument.SXM, instrument.RegionUS, 1, spotNow.Truncate(time.Hour), 4)
	if err != nil {
		t.Fatal(err)
	}
	resID, _ := res.Encode()
	good := w.spec(w.spot, 4, "echo spot")
	cases := []struct {
		name string
		mk   func(s *JobSpec)
		key  *ecdsa.PrivateKey
		want Code
	}{
		{"reservation", func(s *JobSpec) { s.Instrument = resID }, w.holder, CodeNotSpot},
		{"no instrument", func(s *JobSpec) { s.Instrument = instrument.ID{} }, w.holder, CodeNotSpot},
		{"start hour", func(s *JobSpec) { s.StartHour = spotHour }, w.holder, CodeInvalidSpec},
		{"gpus", func(s *JobSpec) { s.GPUs = 1 }, w.holder, CodeInvalidSpec},
		{"hours", func(s *JobSpec) { s.Hours = 8 }, w.holder, CodeInvalidSpec},
		{"no holder", func(s *JobSpec) { s.Holder = common.Address{} }, w.holder, CodeInvalidSpec},
		{"invalid", func(s *JobSpec) { s.Image = "ubuntu:latest" }, w.holder, CodeInvalidSpec},
		{"signature", func(s *JobSpec) {}, w.other, CodeBadSignature},
	}
	for _, c := range cases {
		s := good
		c.mk(&s)
		if _, err := w.svc.SubmitSpotSpec(context.Background(), s, w.sign(s, c.key)); CodeOf(err) != c.want {
			t.Errorf("%s: %v, want %s", c.name, err, c.want)
		}
	}
	if _, err := w.svc.SubmitSpotSpec(context.Background(), good, []byte{1, 2}); CodeOf(err) != CodeBadSignature {
		t.Errorf("a short signature: %v", err)
	}
	if got := w.svc.SpotSpecs(holder); len(got) != 0 {
		t.Fatalf("refused specs are standing: %+v", got)
	}
	if got := w.storedSpotSpecs(); len(got) != 0 {
		t.Fatalf("refused specs are stored: %+v", got)
	}
	if r := w.rec("1"); r.Spec != nil {
		t.Fatalf("a refused standing spec reached a lease: %+v", r.Spec)
	}
	if err := w.svc.WithdrawSpotSpec(holder, w.spot); CodeOf(err) != CodeUnknownSpotSpec {
		t.Fatalf("withdrawing none: %v, want %s", err, CodeUnknownSpotSpec)
	}

	// At most MaxSpotSpecs a holder; replacing one is not one more.
	for h := uint16(1); h <= MaxSpotSpecs; h++ {
		s := w.spec(spotID(t, h), h, "true")
		if _, err := w.svc.SubmitSpotSpec(context.Background(), s, w.sign(s, w.holder)); err != nil {
			t.Fatalf("spec %d: %v", h, err)
		}
	}
	s := w.spec(spotID(t, MaxSpotSpecs+1), MaxSpotSpecs+1, "true")
	if _, err := w.svc.SubmitSpotSpec(context.Background(), s, w.sign(s, w.holder)); CodeOf(err) != CodeTooManySpotSpecs {
		t.Fatalf("spec %d: %v, want %s", MaxSpotSpecs+1, err, CodeTooManySpotSpecs)
	}
	s = w.spec(spotID(t, 1), 1, "echo again")
	if _, err := w.svc.SubmitSpotSpec(context.Background(), s, w.sign(s, w.holder)); err != nil {
		t.Fatalf("replacing one at the limit: %v", err)
	}
	if n := len(w.storedSpotSpecs()); n != MaxSpotSpecs {
		t.Fatalf("%d stored, want %d", n, MaxSpotSpecs)
	}
	// Another holder has its own limit.
	o := w.spec(spotID(t, MaxSpotSpecs+1), MaxSpotSpecs+1, "true")
	o.Holder = w.addr(w.other)
	if _, err := w.svc.SubmitSpotSpec(context.Background(), o, w.sign(o, w.other)); err != nil {
		t.Fatalf("another holder: %v", err)
	}
}

// noSpotStore is a Store that keeps no standing specs.
type noSpotStore struct{ Store }

// TestStandingSpotSpecNeedsStore: on a store that keeps no standing specs
// they are refused unavailable, and leases work as before.
func TestStandingSpotSpecNeedsStore(t *testing.T) {
	w := newSpotWorld(t, noSpotStore{NewMemStore()})
	s := w.spec(w.spot, 4, "true")
	if _, err := w.svc.SubmitSpotSpec(context.Background(), s, w.sign(s, w.holder)); CodeOf(err) != CodeUnavailable {
		t.Fatalf("%v, want %s", err, CodeUnavailable)
	}
	if err := w.svc.WithdrawSpotSpec(s.Holder, w.spot); CodeOf(err) != CodeUnavailable {
		t.Fatalf("withdraw: %v, want %s", err, CodeUnavailable)
	}
	w.assign(1, s.Holder, w.spot, 1, 4, common.Hash{})
	if _, err := w.svc.SubmitSpec(context.Background(), "1", s, w.sign(s, w.holder)); err != nil {
		t.Fatal(err)
	}
}

// TestStandingSpotSpec: the holder's standing spec for a spot market goes
// to the holder's spot leases of that market that have no spec: one
// already there when it is submitted, and one that arrives later, exactly
// as a spec the holder submitted for the lease (the same record, the same
// dispatch); not to another holder's, another market's, or a lease that
// has a spec. A new standing spec replaces the old for leases to come; a
// withdrawn one reaches no lease; the standing specs and the leases that
// got them survive a restart (memory store: the same store; file store:
// reopened).
func TestStandingSpotSpec(t *testing.T) {
	for _, kind := range []string{"mem", "file"} {
		t.Run(kind, func(t *testing.T) {
			var store Store = NewMemStore()
			path := filepath.Join(t.TempDir(), "leases.json")
			reopen := func() Store { return store }
			if kind == "file" {
				reopen = func() Store {
					fs, err := OpenFileStore(path)
					if err != nil {
						t.Fatal(err)
					}
					return fs
				}
				store = reopen()
			}
			testStandingSpotSpec(t, store, reopen)
		})
	}
}

func testStandingSpotSpec(t *testing.T, store Store, reopen func() Store) {
	w := newSpotWorld(t, store)
	holder, other := w.addr(w.holder), w.addr(w.other)
	eight := spotID(t, 8)
	w.assign(1, holder, w.spot, 1, 4, common.Hash{}) // before the standing spec
	w.assign(2, other, w.spot, 1, 4, common.Hash{})  // another holder's
	w.assign(3, holder, eight, 1, 8, common.Hash{})  // another market's
	w.assign(4, holder, w.spot, 1, 4, common.Hash{}) // has its own spec
	own := w.spec(w.spot, 4, "echo own")
	if _, err := w.svc.SubmitSpec(context.Background(), "4", own, w.sign(own, w.holder)); err != nil {
		t.Fatal(err)
	}

	a := w.spec(w.spot, 4, "echo standing A")
	aSig := w.sign(a, w.holder)
	got, err := w.svc.SubmitSpotSpec(context.Background(), a, aSig)
	if err != nil || !reflect.DeepEqual(got.Spec, a) || !got.At.Equal(spotNow) {
		t.Fatalf("SubmitSpotSpec: %+v, %v", got, err)
	}
	// As if the holder had submitted it for lease 1: compare with a twin
	// service given the same lease and the same spec by SubmitSpec.
	twin := newSpotWorld(t, NewMemStore())
	twin.assign(1, holder, w.spot, 1, 4, common.Hash{})
	want, err := twin.svc.SubmitSpec(context.Background(), "1", a, aSig)
	if err != nil {
		t.Fatal(err)
	}
	r1 := w.rec("1")
	r1.Origin, want.Origin = LogRef{}, LogRef{}
	if !reflect.DeepEqual(r1, want) {
		t.Fatalf("lease 1 with the standing spec:\n%+v\nwith the same spec submitted:\n%+v", r1, want)
	}
	if s, ok := w.ag.got("1"); !ok || !reflect.DeepEqual(s, a.AgentSpec()) {
		t.Fatalf("lease 1's agent got %+v, %v", s, ok)
	}
	for _, id := range []string{"2", "3"} {
		if r := w.rec(id); r.Spec != nil {
			t.Fatalf("lease %s got the standing spec: %+v", id, r.Spec)
		}
	}
	if r := w.rec("4"); !reflect.DeepEqual(*r.Spec, own) {
		t.Fatalf("lease 4's own spec was replaced: %+v", r.Spec)
	}

	// A lease that arrives gets it at once.
	w.assign(5, holder, w.spot, 3, 4, common.Hash{})
	if r := w.rec("5"); r.Spec == nil || !reflect.DeepEqual(*r.Spec, a) || !reflect.DeepEqual(r.Signature, aSig) || r.Node == (common.Address{}) {
		t.Fatalf("a new spot lease: %+v", r)
	}
	if s, ok := w.ag.got("5"); !ok || !reflect.DeepEqual(s, a.AgentSpec()) {
		t.Fatalf("lease 5's agent got %+v, %v", s, ok)
	}

	// Replaced: leases to come get B, those that had A keep it.
	b := w.spec(w.spot, 4, "echo standing B")
	bSig := w.sign(b, w.holder)
	if _, err := w.svc.SubmitSpotSpec(context.Background(), b, bSig); err != nil {
		t.Fatal(err)
	}
	if ss := w.svc.SpotSpecs(holder); len(ss) != 1 || !reflect.DeepEqual(ss[0].Spec, b) {
		t.Fatalf("standing specs after the replacement: %+v", ss)
	}
	if ss := w.storedSpotSpecs(); len(ss) != 1 || !reflect.DeepEqual(ss[0].Spec, b) || !reflect.DeepEqual(ss[0].Signature, bSig) {
		t.Fatalf("stored standing specs after the replacement: %+v", ss)
	}
	w.assign(6, holder, w.spot, 1, 4, common.Hash{})
	if r := w.rec("6"); r.Spec == nil || !reflect.DeepEqual(*r.Spec, b) {
		t.Fatalf("a spot lease after the replacement: %+v", r.Spec)
	}
	if r := w.rec("5"); !reflect.DeepEqual(*r.Spec, a) {
		t.Fatalf("lease 5's spec changed with the replacement: %+v", r.Spec)
	}

	// A restart: the standing spec and the leases' specs are still there.
	w.store = reopen()
	w.open()
	if ss := w.svc.SpotSpecs(holder); len(ss) != 1 || !reflect.DeepEqual(ss[0].Spec, b) || !reflect.DeepEqual(ss[0].Signature, bSig) {
		t.Fatalf("standing specs after a restart: %+v", ss)
	}
	if r := w.rec("6"); r.Spec == nil || !reflect.DeepEqual(*r.Spec, b) {
		t.Fatalf("lease 6 after a restart: %+v", r.Spec)
	}
	w.assign(7, holder, w.spot, 1, 4, common.Hash{})
	if r := w.rec("7"); r.Spec == nil || !reflect.DeepEqual(*r.Spec, b) {
		t.Fatalf("a spot lease after a restart: %+v", r.Spec)
	}

	// Withdrawn: no lease gets it any more, and the withdrawal persists.
	if err := w.svc.WithdrawSpotSpec(holder, w.spot); err != nil {
		t.Fatal(err)
	}
	if ss := w.svc.SpotSpecs(holder); len(ss) != 0 {
		t.Fatalf("after the withdrawal: %+v", ss)
	}
	w.assign(8, holder, w.spot, 1, 4, common.Hash{})
	if r := w.rec("8"); r.Spec != nil {
		t.Fatalf("a spot lease after the withdrawal: %+v", r.Spec)
	}
	if r := w.rec("7"); r.Spec == nil {
		t.Fatal("the withdrawal took lease 7's spec")
	}
	w.store = reopen()
	w.open()
	if ss := w.svc.SpotSpecs(holder); len(ss) != 0 {
		t.Fatalf("after the withdrawal and a restart: %+v", ss)
	}
	if err := w.svc.WithdrawSpotSpec(holder, w.spot); CodeOf(err) != CodeUnknownSpotSpec {
		t.Fatalf("withdrawing again: %v", err)
	}
}

// TestSpotSpecWorkedExample checks docs/api.md's worked example of a
// standing spot spec ("Spot job specs"): the example holder's spec for
// H100SXM-US-T1-SPOT+4h under the example domain, its hash and signature.
func TestSpotSpecWorkedExample(t *testing.T) {
	_, d := exampleSpec(t)
	holder, raw := exampleKey(t)
	key, _ := crypto.ToECDSA(raw)
	spec := JobSpec{Holder: holder, Instrument: spotID(t, 4), Hours: 4,
		Command: []string{"sh", "-c", "nvidia-smi && python train.py"}, Env: []string{"EPOCHS=3"}}
	if err := checkStandingSpec(spec); err != nil {
		t.Fatal(err)
	}
	sig, err := SignSpec(spec, d, key)
	if err != nil {
		t.Fatal(err)
	}
	var buf strings.Builder
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(struct {
		Spec      JobSpec `json:"spec"`
		Signature string  `json:"signature"`
	}{spec, hexutil.Encode(sig)}); err != nil {
		t.Fatal(err)
	}
	body := strings.TrimSpace(buf.String())
	doc, err := os.ReadFile("../../docs/api.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{spec.Hash(d).Hex(), body} {
		if !strings.Contains(string(doc), want) {
			t.Errorf("docs/api.md lacks %s", want)
		}
	}
	t.Logf("hash %s\nbody %s", spec.Hash(d), body)
}

// TestSpotLeaseVerdicts: a spot lease starts in the hour it is filled,
// here half an hour into it; its holder has SpotSpecGrace from the
// assignment to give the spec, its provider NeverStartedAfter from the
// later of the assignment and the spec (Record.SpecAt) to start the job
// (a reservation's clock starts at its window's start: TestVerdictCases;
// TestSpotVerdictClocks).
func TestSpotLeaseVerdicts(t *testing.T) {
	w := newSpotWorld(t, NewMemStore())
	holder := w.addr(w.holder)
	w.assign(1, holder, w.spot, 1, 4, common.Hash{}) // no spec
	w.assign(2, holder, spotID(t, 8), 1, 8, common.Hash{})
	standing := w.spec(w.spot, 4, "echo standing")
	if _, err := w.svc.SubmitSpotSpec(context.Background(), standing, w.sign(standing, w.holder)); err != nil {
		t.Fatal(err)
	}
	w.assign(3, holder, w.spot, 1, 4, common.Hash{}) // the standing spec at once
	if r := w.rec("1"); r.Spec == nil || !r.SpecAt.Equal(spotNow) {
		t.Fatalf("lease 1 got the standing spec at %v: %+v", r.SpecAt, r.Spec)
	}
	reason := func(id string) lease.Reason { return w.rec(id).Lease.Reason }
	at := func(d time.Duration) {
		w.clk.Set(spotNow.Add(d))
		Judge(w.svc)
	}
	at(0)
	for _, id := range []string{"1", "2", "3"} {
		if r := reason(id); r != lease.NoReason {
			t.Fatalf("lease %s closed %s at its assignment, half an hour into its start hour", id, r)
		}
	}
	// Lease 2 (the 8-hour market: no standing spec) gets its spec late.
	late := w.spec(spotID(t, 8), 8, "echo late")
	at(8 * time.Minute)
	if _, err := w.svc.SubmitSpec(context.Background(), "2", late, w.sign(late, w.holder)); err != nil {
		t.Fatal(err)
	}
	at(DefaultNeverStartedAfter - time.Second)
	for _, id := range []string{"1", "2", "3"} {
		if r := reason(id); r != lease.NoReason {
			t.Fatalf("lease %s closed %s before its time", id, r)
		}
	}
	at(DefaultNeverStartedAfter)
	if r1, r3 := reason("1"), reason("3"); r1 != lease.ProviderNeverStarted || r3 != lease.ProviderNeverStarted {
		t.Fatalf("10 minutes after the spec: leases 1 and 3 %s, %s; want %s", r1, r3, lease.ProviderNeverStarted)
	}
	at(8*time.Minute + DefaultNeverStartedAfter - time.Second)
	if r := reason("2"); r != lease.NoReason {
		t.Fatalf("lease 2 closed %s before 10 minutes after its spec", r)
	}
	at(8*time.Minute + DefaultNeverStartedAfter)
	if r := reason("2"); r != lease.ProviderNeverStarted {
		t.Fatalf("lease 2: %s, want %s", r, lease.ProviderNeverStarted)
	}

	// No spec at all: spec_missing SpotSpecGrace after the assignment.
	w.clk.Set(spotNow)
	w2 := newSpotWorld(t, NewMemStore())
	w2.assign(1, holder, w2.spot, 1, 4, common.Hash{})
	w2.clk.Set(spotNow.Add(SpotSpecGrace - time.Second))
	Judge(w2.svc)
	if r := w2.rec("1").Lease.Reason; r != lease.NoReason {
		t.Fatalf("spec-less spot lease closed %s before 10 minutes", r)
	}
	w2.clk.Set(spotNow.Add(SpotSpecGrace))
	Judge(w2.svc)
	if r := w2.rec("1").Lease.Reason; r != lease.SpecMissing {
		t.Fatalf("spec-less spot lease: %s, want %s", r, lease.SpecMissing)
	}
}
