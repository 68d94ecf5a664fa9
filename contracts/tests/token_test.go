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
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/hourglass-exchange/hourglass/bindings"
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

// TestTokenRoles: the vault, fixed in the token's constructor, is the only
// minter; nobody, the vault's admin included, mints, and there is no role
// to grant. A burn needs the holder or its ERC-1155 approval, the vault's
// included.
func TestTokenRoles(t *testing.T) {
	e := newEnv(t, 5)
	id := reservation(t, 0x2330, 1, hourAfter(e.now(), 24*time.Hour), 24)
	p, q := firstProvider, firstProvider+1
	one := big.NewInt(1)
	if m := e.minter(); m != e.vaultAddr {
		t.Fatalf("MINTER = %s, want the vault %s", m, e.vaultAddr)
	}
	grade := gradeOf(id)
	e.setRate(grade, 10)
	e.addNode(p, nodeID("n1"), grade, 1)
	e.fund(p, 1000)
	e.deposit(p, 1000)
	e.mint(p, id, 3)
	if got := e.tokenBalance(p, id); got.Int64() != 3 {
		t.Fatalf("balance %s, want 3", got)
	}

	for _, who := range []int{adminAcct, registrarAcct, p, q} {
		e.expectRevert(who, e.tokAddr, e.tok.PackMint(e.addr(who), id, one), packErr(t, e.tokABI, "NotMinter", e.addr(who)))
		if who != p {
			e.expectRevert(who, e.tokAddr, e.tok.PackBurn(e.addr(p), id, one),
				packErr(t, e.tokABI, "ERC1155MissingApprovalForAll", e.addr(who), e.addr(p)))
		}
	}
	// There is no role to grant: the token has no grantRole (AccessControl's
	// selector, packed here with the vault's ABI, finds no function).
	minterRole := crypto.Keccak256Hash([]byte("MINTER_ROLE"))
	for _, who := range []int{adminAcct, p} {
		_, err := e.c.Client.CallContract(ctxBG(), callFrom(e.addr(who), e.tokAddr, e.vault.PackGrantRole(minterRole, e.addr(who))), nil)
		if data, _ := revertData(err); err == nil || len(data) != 0 {
			t.Fatalf("grantRole on the token from account %d: %v, data %x; want a revert without data", who, err, data)
		}
	}

	// The vault burns a provider's tokens only with its approval.
	e.send(p, e.tokInst, e.tok.PackSetApprovalForAll(e.vaultAddr, false))
	e.expectRevert(p, e.vaultAddr, e.vault.PackBurn(id, one),
		packErr(t, e.tokABI, "ERC1155MissingApprovalForAll", e.vaultAddr, e.addr(p)))
	// A holder burns its own tokens; the vault's position (and the
	// collateral locked for it) stays: burning outside the vault only ever
	// leaves more collateral per token.
	e.send(p, e.tokInst, e.tok.PackBurn(e.addr(p), id, one))
	if got := e.tokenBalance(p, id); got.Int64() != 2 {
		t.Fatalf("balance %s after burning 1, want 2", got)
	}
	if pos := e.position(p, id); pos.Minted.Int64() != 3 || pos.Locked.Int64() != 30 {
		t.Fatalf("position after a direct burn %+v, want 3 minted, 30 locked", pos)
	}
	e.send(p, e.tokInst, e.tok.PackSetApprovalForAll(e.vaultAddr, true))
	e.burn(p, id, 1)
	if pos := e.position(p, id); pos.Minted.Int64() != 2 || pos.Locked.Int64() != 20 {
		t.Fatalf("position after burning 1 through the vault %+v, want 2 minted, 20 locked", pos)
	}
	e.checkAccount(p, 1000, 20)

	// Approval is what lets another address burn: q, approved by p, may.
	e.send(p, e.tokInst, e.tok.PackSafeTransferFrom(e.addr(p), e.addr(q), id, one, nil))
	e.expectRevert(p, e.tokAddr, e.tok.PackBurn(e.addr(q), id, one),
		packErr(t, e.tokABI, "ERC1155MissingApprovalForAll", e.addr(p), e.addr(q)))
	e.send(q, e.tokInst, e.tok.PackSetApprovalForAll(e.addr(p), true))
	e.send(p, e.tokInst, e.tok.PackBurn(e.addr(q), id, one))
	if got := e.tokenBalance(q, id); got.Sign() != 0 {
		t.Fatalf("q holds %s after the approved burn", got)
	}
}

// TestTokenConstructor: a token needs a minter.
func TestTokenConstructor(t *testing.T) {
	e := newEnv(t, 3)
	_, _, err := e.c.Deploy(adminAcct, &bindings.GPUHourTokenMetaData, e.tok.PackConstructor(common.Address{}))
	if got, ok := revertData(err); !ok || !bytes.Equal(got, packErr(t, e.tokABI, "ZeroMinter")) {
		t.Fatalf("deploy with no minter: %v%s, want ZeroMinter", err, e.decodeErr(err))
	}
}
