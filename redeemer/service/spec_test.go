package service

import (
	"math/big"
	"os"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/hourglass-exchange/hourglass/exchange/instrument"
)

// exampleKey is the worked example's holder key (docs/delivery.md,
// "Redeemer"): keccak256("hourglass example holder").
func exampleKey(t *testing.T) (common.Address, []byte) {
	t.Helper()
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("hourglass example holder")))
	if err != nil {
		t.Fatal(err)
	}
	return crypto.PubkeyToAddress(k.PublicKey), crypto.FromECDSA(k)
}

func exampleSpec(t *testing.T) (JobSpec, Domain) {
	t.Helper()
	holder, _ := exampleKey(t)
	var in instrument.ID
	copy(in[:], common.FromHex("0x0100000000000000000000000000000000000000000000000000000000000001"))
	spec := JobSpec{Holder: holder, Instrument: in, StartHour: 500000, Hours: 2, GPUs: 1,
		Image:   "registry.example/train@sha256:" + strings.Repeat("ab", 32),
		Command: []string{"python", "train.py"}, Env: []string{"EPOCHS=3"},
		SSHPublicKey: ""}
	d := Domain{ChainID: big.NewInt(1337), Vault: common.HexToAddress("0x00000000000000000000000000000000000000aa")}
	return spec, d
}

// typedData is the spec as a wallet's eth_signTypedData_v4 request.
func typedData(s JobSpec, d Domain) apitypes.TypedData {
	strs := func(ss []string) []interface{} {
		out := make([]interface{}, len(ss))
		for i, x := range ss {
			out[i] = x
		}
		return out
	}
	return apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
				{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
			"JobSpec": {{Name: "holder", Type: "address"}, {Name: "instrument", Type: "uint256"},
				{Name: "startHour", Type: "uint32"}, {Name: "hours", Type: "uint16"}, {Name: "gpus", Type: "uint32"},
				{Name: "image", Type: "string"}, {Name: "command", Type: "string[]"}, {Name: "env", Type: "string[]"},
				{Name: "sshPublicKey", Type: "string"}},
		},
		PrimaryType: "JobSpec",
		Domain: apitypes.TypedDataDomain{Name: DomainName, Version: DomainVersion,
			ChainId: (*math.HexOrDecimal256)(d.ChainID), VerifyingContract: d.Vault.Hex()},
		Message: apitypes.TypedDataMessage{
			"holder": s.Holder.Hex(), "instrument": s.Instrument.Big().String(),
			"startHour": big.NewInt(int64(s.StartHour)).String(), "hours": big.NewInt(int64(s.Hours)).String(),
			"gpus": big.NewInt(int64(s.GPUs)).String(), "image": s.Image,
			"command": strs(s.Command), "env": strs(s.Env), "sshPublicKey": s.SSHPublicKey,
		},
	}
}

// TestSpecHashIsEIP712 checks the hand-written encoding against
// go-ethereum's EIP-712 implementation (what wallets do), on the worked
// example and on specs with empty and several-element arrays.
func TestSpecHashIsEIP712(t *testing.T) {
	spec, d := exampleSpec(t)
	variants := []JobSpec{spec}
	v := spec
	v.Command, v.Env, v.Image = []string{"sh", "-c", "echo hi"}, nil, ""
	variants = append(variants, v)
	v.Env = []string{"A=1", "B=2", "C="}
	v.SSHPublicKey = "ssh-ed25519 AAAA x"
	variants = append(variants, v)
	for i, s := range variants {
		want, _, err := apitypes.TypedDataAndHash(typedData(s, d))
		if err != nil {
			t.Fatal(err)
		}
		if got := s.Hash(d); got != common.BytesToHash(want) {
			t.Errorf("variant %d: hash %s, EIP-712 says %s", i, got, hexutil.Encode(want))
		}
	}
}

// TestWorkedExample checks docs/delivery.md's worked example: the hash
// and the holder's signature printed there.
func TestWorkedExample(t *testing.T) {
	spec, d := exampleSpec(t)
	_, raw := exampleKey(t)
	key, _ := crypto.ToECDSA(raw)
	hash := spec.Hash(d)
	sig, err := SignSpec(spec, d, key)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := os.ReadFile("../../docs/delivery.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{spec.Holder.Hex(), d.Separator().Hex(), spec.StructHash().Hex(), hash.Hex(), hexutil.Encode(sig)} {
		if !strings.Contains(string(doc), want) {
			t.Errorf("docs/delivery.md lacks %s", want)
		}
	}
	if signer, err := RecoverSigner(hash, sig); err != nil || signer != spec.Holder {
		t.Fatalf("signer %s, %v; want %s", signer, err, spec.Holder)
	}
	t.Logf("holder %s\nseparator %s\nstruct %s\nhash %s\nsig %s", spec.Holder, d.Separator(), spec.StructHash(), hash, hexutil.Encode(sig))
}

func TestSpecValidate(t *testing.T) {
	spec, _ := exampleSpec(t)
	if err := spec.Validate(); err != nil {
		t.Fatal(err)
	}
	bad := map[string]func(*JobSpec){
		"image by tag":     func(s *JobSpec) { s.Image = "registry.example/train:latest" },
		"no command":       func(s *JobSpec) { s.Command = nil },
		"env not KEY=VAL":  func(s *JobSpec) { s.Env = []string{"EPOCHS"} },
		"two-line ssh key": func(s *JobSpec) { s.SSHPublicKey = "ssh-ed25519 AAAA\nssh-rsa BBBB" },
		"too big":          func(s *JobSpec) { s.Env = []string{"X=" + strings.Repeat("x", MaxSpecBytes)} },
	}
	for name, f := range bad {
		s := spec
		f(&s)
		if err := s.Validate(); CodeOf(err) != CodeInvalidSpec {
			t.Errorf("%s: %v, want %s", name, err, CodeInvalidSpec)
		}
	}
}

func TestRecoverSignerRefuses(t *testing.T) {
	spec, d := exampleSpec(t)
	_, raw := exampleKey(t)
	key, _ := crypto.ToECDSA(raw)
	sig, _ := SignSpec(spec, d, key)
	other := spec
	other.Env = []string{"EPOCHS=4"}
	if signer, err := RecoverSigner(other.Hash(d), sig); err == nil && signer == spec.Holder {
		t.Fatal("a signature of one spec recovers the holder for another")
	}
	for _, s := range [][]byte{sig[:64], append(append([]byte{}, sig[:64]...), 5)} {
		if _, err := RecoverSigner(spec.Hash(d), s); CodeOf(err) != CodeBadSignature {
			t.Errorf("signature %x: %v, want %s", s, err, CodeBadSignature)
		}
	}
}
