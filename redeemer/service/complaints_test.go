package service

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/hourglass-exchange/hourglass/internal/clock"
	"github.com/hourglass-exchange/hourglass/oracle/judge"
	"github.com/hourglass-exchange/hourglass/redeemer/lease"
)

// complaintWorld is a service on a file store holding lease "7" of
// holder's, hours 500000 and 500001, with the oracle's clock at the
// first hour's start plus 10 minutes.
type complaintWorld struct {
	t      *testing.T
	path   string
	svc    *Service
	clk    *clock.Fake
	holder *ecdsa.PrivateKey
	dom    judge.Domain
}

const complaintStart = 500000

func newComplaintWorld(t *testing.T) *complaintWorld {
	t.Helper()
	holder, err := crypto.ToECDSA(crypto.Keccak256([]byte("complaint holder")))
	if err != nil {
		t.Fatal(err)
	}
	w := &complaintWorld{t: t, path: filepath.Join(t.TempDir(), "leases.json"), holder: holder,
		clk: clock.NewFake(judge.EpochStart(complaintStart).Add(10 * time.Minute)),
		dom: judge.Domain{ChainID: big.NewInt(1337), VerifyingContract: common.HexToAddress("0x0AC1E")}}
	l, err := lease.Assign(lease.Terms{ID: "7", Holder: crypto.PubkeyToAddress(holder.PublicKey), Provider: common.HexToAddress("0xb0b"),
		GPUs: 1, StartHour: complaintStart, Hours: 2, SpecHash: common.HexToHash("0x5bec")}, judge.EpochStart(complaintStart).Add(-time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	fs, err := OpenFileStore(w.path)
	if err != nil {
		t.Fatal(err)
	}
	if err := fs.Apply(Change{Put: []Record{{Lease: l, Relayed: 1}, record(t, "8")}}); err != nil {
		t.Fatal(err)
	}
	w.open(func(c *Config) {})
	return w
}

// open (re)opens the service on the store file, as a restart does.
func (w *complaintWorld) open(mod func(*Config)) {
	w.t.Helper()
	fs, err := OpenFileStore(w.path)
	if err != nil {
		w.t.Fatal(err)
	}
	cfg := Config{Store: fs, Agents: StaticAgents{}, Chain: noChain{}, Domain: Domain{ChainID: big.NewInt(1337), Vault: common.HexToAddress("0xaa")},
		Node: noNode{}, Oracle: w.dom, OracleClock: w.clk, Clock: clock.NewFake(time.Unix(1, 0))}
	mod(&cfg)
	if w.svc, err = New(cfg); err != nil {
		w.t.Fatal(err)
	}
}

func (w *complaintWorld) holderAddr() common.Address {
	return crypto.PubkeyToAddress(w.holder.PublicKey)
}

func (w *complaintWorld) sign(key *ecdsa.PrivateKey, d judge.Domain, lease, hour uint64) []byte {
	w.t.Helper()
	c, err := judge.SignComplaint(key, d, lease, hour)
	if err != nil {
		w.t.Fatal(err)
	}
	return c.Signature
}

func (w *complaintWorld) file() []byte {
	w.t.Helper()
	b, err := os.ReadFile(w.path)
	if err != nil {
		w.t.Fatal(err)
	}
	return b
}

// TestComplaintAccepted: the holder's signed complaint for a begun hour
// of the lease is kept with the lease, survives a restart, is what the
// judge counts, and filing it again changes nothing.
func TestComplaintAccepted(t *testing.T) {
	w := newComplaintWorld(t)
	sig := w.sign(w.holder, w.dom, 7, complaintStart)
	fc, err := w.svc.Complain(w.holderAddr(), "7", complaintStart, sig)
	if err != nil {
		t.Fatal(err)
	}
	if fc.Hour != complaintStart || !bytes.Equal(fc.Signature, sig) || !fc.FiledAt.Equal(w.clk.Now()) {
		t.Fatalf("filed %+v", fc)
	}
	before := w.file()
	w.clk.Advance(time.Minute)
	again, err := w.svc.Complain(w.holderAddr(), "7", complaintStart, sig)
	if err != nil || !again.FiledAt.Equal(fc.FiledAt) {
		t.Fatalf("again: %+v %v", again, err)
	}
	if !bytes.Equal(before, w.file()) {
		t.Fatal("filing the same complaint again rewrote the store")
	}
	w.open(func(*Config) {}) // a restart
	r, err := w.svc.Lease("7")
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Complaints) != 1 || r.Complaints[0].Hour != complaintStart || !bytes.Equal(r.Complaints[0].Signature, sig) ||
		!r.Complaints[0].FiledAt.Equal(fc.FiledAt) {
		t.Fatalf("after a restart: %+v", r.Complaints)
	}
	jl := judge.Lease{ID: 7, Holder: w.holderAddr(), StartHour: complaintStart, Hours: 2}
	cs := r.JudgeComplaints()
	if len(cs) != 1 || !judge.ValidComplaint(w.dom, &jl, complaintStart, cs[0]) {
		t.Fatalf("the judge's complaints %+v", cs)
	}
	// The second hour, once begun, is a complaint of its own.
	w.clk.Set(judge.EpochStart(complaintStart + 1))
	if _, err := w.svc.Complain(w.holderAddr(), "7", complaintStart+1, w.sign(w.holder, w.dom, 7, complaintStart+1)); err != nil {
		t.Fatal(err)
	}
	if r, _ := w.svc.Lease("7"); len(r.Complaints) != 2 {
		t.Fatalf("complaints %+v", r.Complaints)
	}
}

// TestComplaintWindow: an hour's complaint is taken from its start until
// its end plus the grace, and refused complaint_late after.
func TestComplaintWindow(t *testing.T) {
	end := judge.EpochStart(complaintStart + 1)
	late := newComplaintWorld(t)
	late.clk.Set(end.Add(DefaultComplaintGrace))
	before := late.file()
	if _, err := late.svc.Complain(late.holderAddr(), "7", complaintStart, late.sign(late.holder, late.dom, 7, complaintStart)); CodeOf(err) != CodeComplaintLate {
		t.Fatalf("at the window's close: %v", err)
	}
	if !bytes.Equal(before, late.file()) {
		t.Fatal("a late complaint changed the store")
	}
	w := newComplaintWorld(t)
	w.clk.Set(end.Add(DefaultComplaintGrace - time.Second))
	if _, err := w.svc.Complain(w.holderAddr(), "7", complaintStart, w.sign(w.holder, w.dom, 7, complaintStart)); err != nil {
		t.Fatalf("a second before the window's close: %v", err)
	}
	// A longer grace is the operator's to set.
	w.open(func(c *Config) { c.ComplaintGrace = time.Hour })
	w.clk.Set(judge.EpochStart(complaintStart + 2).Add(59 * time.Minute))
	if _, err := w.svc.Complain(w.holderAddr(), "7", complaintStart+1, w.sign(w.holder, w.dom, 7, complaintStart+1)); err != nil {
		t.Fatalf("within an hour's grace: %v", err)
	}
}

// TestComplaintRefusals: each refusal has its stable code and changes
// nothing.
func TestComplaintRefusals(t *testing.T) {
	w := newComplaintWorld(t)
	other, _ := crypto.ToECDSA(crypto.Keccak256([]byte("someone else")))
	good := w.sign(w.holder, w.dom, 7, complaintStart)
	otherDom := judge.Domain{ChainID: big.NewInt(1337), VerifyingContract: common.HexToAddress("0xbad")}
	short := append([]byte(nil), good[:64]...)
	flipped := append([]byte(nil), good...)
	flipped[10] ^= 1
	before := w.file()
	for _, c := range []struct {
		name   string
		caller common.Address
		id     string
		hour   uint64
		sig    []byte
		want   Code
	}{
		{"unknown lease", w.holderAddr(), "99", complaintStart, good, CodeUnknownLease},
		{"not a chain lease", w.holderAddr(), "x", complaintStart, good, CodeUnknownLease},
		{"another's lease", w.holderAddr(), "8", complaintStart, good, CodeNotHolder},
		{"not the holder", crypto.PubkeyToAddress(other.PublicKey), "7", complaintStart, w.sign(other, w.dom, 7, complaintStart), CodeNotHolder},
		{"before the lease", w.holderAddr(), "7", complaintStart - 1, w.sign(w.holder, w.dom, 7, complaintStart-1), CodeComplaintHour},
		{"after the lease", w.holderAddr(), "7", complaintStart + 2, w.sign(w.holder, w.dom, 7, complaintStart+2), CodeComplaintHour},
		{"an hour not begun", w.holderAddr(), "7", complaintStart + 1, w.sign(w.holder, w.dom, 7, complaintStart+1), CodeComplaintHour},
		{"no signature", w.holderAddr(), "7", complaintStart, nil, CodeBadComplaint},
		{"64 bytes", w.holderAddr(), "7", complaintStart, short, CodeBadComplaint},
		{"a flipped byte", w.holderAddr(), "7", complaintStart, flipped, CodeBadComplaint},
		{"signed by another", w.holderAddr(), "7", complaintStart, w.sign(other, w.dom, 7, complaintStart), CodeBadComplaint},
		{"another oracle's domain", w.holderAddr(), "7", complaintStart, w.sign(w.holder, otherDom, 7, complaintStart), CodeBadComplaint},
		{"another hour's signature", w.holderAddr(), "7", complaintStart, w.sign(w.holder, w.dom, 7, complaintStart+1), CodeBadComplaint},
		{"another lease's signature", w.holderAddr(), "7", complaintStart, w.sign(w.holder, w.dom, 8, complaintStart), CodeBadComplaint},
	} {
		if _, err := w.svc.Complain(c.caller, c.id, c.hour, c.sig); CodeOf(err) != c.want {
			t.Errorf("%s: %v, want %s", c.name, err, c.want)
		}
	}
	if !bytes.Equal(before, w.file()) {
		t.Fatal("a refused complaint changed the store")
	}
	if r, _ := w.svc.Lease("7"); len(r.Complaints) != 0 {
		t.Fatalf("complaints %+v", r.Complaints)
	}
	// Without the oracle's domain no complaint can be judged: unavailable.
	w.open(func(c *Config) { c.Oracle = judge.Domain{} })
	if _, err := w.svc.Complain(w.holderAddr(), "7", complaintStart, good); CodeOf(err) != CodeUnavailable {
		t.Fatalf("no oracle: %v", err)
	}
}

// docBlock returns the fenced block of docs/api.md whose info string is
// "json <name>" (indented as in a list item), trimmed.
func docBlock(t *testing.T, doc, name string) string {
	t.Helper()
	_, rest, ok := strings.Cut(doc, "```json "+name+"\n")
	if !ok {
		t.Fatalf("docs/api.md has no ```json %s block", name)
	}
	body, _, ok := strings.Cut(rest, "```")
	if !ok {
		t.Fatalf("docs/api.md: the %s block does not end", name)
	}
	return strings.TrimSpace(body)
}

// TestComplaintWorkedExample: docs/api.md's complaint example is what a
// wallet's eth_signTypedData_v4 signs (go-ethereum's apitypes hashes the
// typed data), its digest and domain separator are judge's, its signature
// is the example key's, and the service takes it from the holder.
func TestComplaintWorkedExample(t *testing.T) {
	b, err := os.ReadFile("../../docs/api.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	var td apitypes.TypedData
	if err := json.Unmarshal([]byte(docBlock(t, doc, "typed-complaint")), &td); err != nil {
		t.Fatal(err)
	}
	digest, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	dom := judge.Domain{ChainID: big.NewInt(1337), VerifyingContract: common.HexToAddress("0x6A787ab9C45eA482b660Bf5aDEcbb3b43C94c231")}
	want := judge.ComplaintDigest(dom, 7, 499392)
	if common.BytesToHash(digest) != want {
		t.Fatalf("the typed data hashes to %x, judge's digest is %s", digest, want)
	}
	for _, line := range []string{"complaint digest: `" + want.Hex() + "`", "domain separator `" + dom.Separator().Hex() + "`"} {
		if !strings.Contains(doc, line) {
			t.Errorf("docs/api.md does not say %q", line)
		}
	}
	var body struct {
		Hour      uint64 `json:"hour"`
		Signature string `json:"signature"`
	}
	if err := json.Unmarshal([]byte(docBlock(t, doc, "complaint-body")), &body); err != nil {
		t.Fatal(err)
	}
	key, err := crypto.HexToECDSA("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80") // the sign-in example's
	if err != nil {
		t.Fatal(err)
	}
	c, err := judge.SignComplaint(key, dom, 7, 499392)
	if err != nil {
		t.Fatal(err)
	}
	if body.Hour != 499392 || body.Signature != hexutil.Encode(c.Signature) {
		t.Fatalf("the body %+v; the example key signs %s", body, hexutil.Encode(c.Signature))
	}
	holder := crypto.PubkeyToAddress(key.PublicKey)
	if holder != common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266") {
		t.Fatalf("the example key is %s's", holder)
	}
	l, err := lease.Assign(lease.Terms{ID: "7", Holder: holder, Provider: common.HexToAddress("0xb0b"), GPUs: 8, StartHour: 499392, Hours: 1},
		judge.EpochStart(499391))
	if err != nil {
		t.Fatal(err)
	}
	store := NewMemStore()
	if err := store.Apply(Change{Put: []Record{{Lease: l, Relayed: 1}}}); err != nil {
		t.Fatal(err)
	}
	s, err := New(Config{Store: store, Agents: StaticAgents{}, Chain: noChain{}, Domain: Domain{ChainID: big.NewInt(1337), Vault: common.HexToAddress("0xaa")},
		Node: noNode{}, Oracle: dom, OracleClock: clock.NewFake(judge.EpochStart(499392).Add(42 * time.Minute))})
	if err != nil {
		t.Fatal(err)
	}
	sig, _ := hexutil.Decode(body.Signature)
	if _, err := s.Complain(holder, "7", body.Hour, sig); err != nil {
		t.Fatal(err)
	}
}
