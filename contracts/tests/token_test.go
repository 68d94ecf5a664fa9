package tests

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/hourglass-exchange/hourglass/exchange/instrument"
)

// tokenMetadata is the JSON document of GPUHourToken.uri.
type tokenMetadata struct {
	Name        string `json:"name"`
	Description string `json:"description"`
	Decimals    *int   `json:"decimals"`
	Properties  struct {
		InstrumentID  string `json:"instrument_id"`
		LayoutVersion int    `json:"layout_version"`
		GPUDeviceID   string `json:"gpu_device_id"`
		Interconnect  int    `json:"interconnect"`
		Region        int    `json:"region"`
		Tier          int    `json:"tier"`
		Kind          int    `json:"kind"`
		WindowStart   int64  `json:"window_start"`
		WindowHours   int    `json:"window_hours"`
		WindowEnd     int64  `json:"window_end"`
	} `json:"properties"`
}

const dataURIPrefix = "data:application/json;base64,"

func (e *env) metadata(id *big.Int) tokenMetadata {
	e.t.Helper()
	uri, err := bind.Call(e.tokInst, nil, e.tok.PackUri(id), e.tok.UnpackUri)
	if err != nil {
		e.t.Fatal(err)
	}
	if !strings.HasPrefix(uri, dataURIPrefix) {
		e.t.Fatalf("uri(%#x) = %.60q..., want prefix %q", id, uri, dataURIPrefix)
	}
	raw, err := base64.StdEncoding.DecodeString(uri[len(dataURIPrefix):])
	if err != nil {
		e.t.Fatalf("uri(%#x): base64: %v", id, err)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var m tokenMetadata
	if err := dec.Decode(&m); err != nil {
		e.t.Fatalf("uri(%#x): JSON %s: %v", id, raw, err)
	}
	if dec.More() {
		e.t.Fatalf("uri(%#x): trailing data after the JSON document %s", id, raw)
	}
	return m
}

// checkMetadata compares a metadata document with Go's decoding of id.
func checkMetadata(t *testing.T, m tokenMetadata, id instrument.ID) {
	t.Helper()
	in, err := instrument.Decode(id)
	if err != nil {
		t.Fatal(err)
	}
	p := m.Properties
	var start, end int64
	if in.Kind == instrument.Reservation {
		start, end = in.WindowStartTime().Unix(), in.WindowEnd().Unix()
	}
	if m.Name != fmt.Sprintf("Hourglass GPU-hour 0x%04x", in.GPU) || m.Decimals == nil || *m.Decimals != 0 ||
		m.Description == "" ||
		p.InstrumentID != id.String() || p.LayoutVersion != 1 || p.GPUDeviceID != fmt.Sprintf("0x%04x", in.GPU) ||
		p.Interconnect != int(in.Interconnect) || p.Region != int(in.Region) || p.Tier != int(in.Tier) ||
		p.Kind != int(in.Kind) || p.WindowStart != start || p.WindowHours != int(in.WindowHours) || p.WindowEnd != end {
		t.Fatalf("metadata of %s (%s) = %+v", id, in.Symbol(), m)
	}
}

// TestTokenURIWorkedExample decodes the on-chain metadata of the worked
// example of docs/instruments.md field by field.
func TestTokenURIWorkedExample(t *testing.T) {
	e := newEnv(t, 3)
	id, err := instrument.ParseID("0x010000233001000101000007a01000a8")
	if err != nil {
		t.Fatal(err)
	}
	m := e.metadata(id.Big())
	if m.Name != "Hourglass GPU-hour 0x2330" || *m.Decimals != 0 ||
		m.Properties.InstrumentID != "0x00000000000000000000000000000000010000233001000101000007a01000a8" ||
		m.Properties.GPUDeviceID != "0x2330" || m.Properties.Interconnect != 1 || m.Properties.Region != 1 ||
		m.Properties.Tier != 1 || m.Properties.Kind != 0 || m.Properties.WindowStart != 1799020800 ||
		m.Properties.WindowHours != 168 || m.Properties.WindowEnd != 1799020800+168*3600 {
		t.Fatalf("metadata = %+v", m)
	}
	if !strings.Contains(m.Description, "168-hour window from Unix time 1799020800") {
		t.Fatalf("description %q", m.Description)
	}
	checkMetadata(t, m, id)
}

// TestTokenURIRandom checks the metadata of random valid ids, spot included,
// against exchange/instrument, and that an invalid id has none.
func TestTokenURIRandom(t *testing.T) {
	e := newEnv(t, 3)
	r := rand.New(rand.NewPCG(5, 8))
	kinds := map[instrument.Kind]int{}
	for i := 0; i < 40; i++ {
		in := randomValid(r)
		id, err := in.Encode()
		if err != nil {
			t.Fatal(err)
		}
		kinds[in.Kind]++
		checkMetadata(t, e.metadata(id.Big()), id)
	}
	if kinds[instrument.Spot] == 0 || kinds[instrument.Reservation] == 0 {
		t.Fatalf("kinds covered: %v", kinds)
	}
	for _, bad := range []*big.Int{big.NewInt(0), new(big.Int).SetBit(reservation(t, 0x2330, 1, hourAfter(e.now(), 0), 1), 110, 1)} {
		e.expectRevert(firstProvider, e.tokAddr, e.tok.PackUri(bad), packErr(t, e.tokABI, "InvalidInstrumentId", bad))
	}
}

// TestTokenRoles: only MINTER_ROLE holders mint and burn, the admin
// included; only the admin grants the role.
func TestTokenRoles(t *testing.T) {
	e := newEnv(t, 4)
	id := reservation(t, 0x2330, 1, hourAfter(e.now(), 24*time.Hour), 24)
	minter := e.minterRole()
	var adminRole [32]byte
	p := firstProvider
	one := big.NewInt(1)
	for _, who := range []int{adminAcct, registrarAcct, p} {
		e.expectRevert(who, e.tokAddr, e.tok.PackMint(e.addr(who), id, one),
			packErr(t, e.tokABI, "AccessControlUnauthorizedAccount", e.addr(who), minter))
		e.expectRevert(who, e.tokAddr, e.tok.PackBurn(e.addr(p), id, one),
			packErr(t, e.tokABI, "AccessControlUnauthorizedAccount", e.addr(who), minter))
	}
	e.expectRevert(p, e.tokAddr, e.tok.PackGrantRole(minter, e.addr(p)),
		packErr(t, e.tokABI, "AccessControlUnauthorizedAccount", e.addr(p), adminRole))

	// The vault mints only while it holds MINTER_ROLE.
	grade := gradeOf(id)
	e.setRate(grade, 10)
	e.addNode(p, nodeID("n1"), grade, 1)
	e.fund(p, 1000)
	e.deposit(p, 1000)
	e.mint(p, id, 3)
	if got := e.tokenBalance(p, id); got.Int64() != 3 {
		t.Fatalf("balance %s, want 3", got)
	}
	e.send(adminAcct, e.tokInst, e.tok.PackRevokeRole(minter, e.vaultAddr))
	e.expectRevert(p, e.vaultAddr, e.vault.PackMint(id, one),
		packErr(t, e.tokABI, "AccessControlUnauthorizedAccount", e.vaultAddr, minter))
	e.expectRevert(p, e.vaultAddr, e.vault.PackBurn(id, one),
		packErr(t, e.tokABI, "AccessControlUnauthorizedAccount", e.vaultAddr, minter))
}
